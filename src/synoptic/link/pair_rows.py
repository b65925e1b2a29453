"""The pair features of a set of articles, a block of rows at a time (`scoring`'s matrices).

The stream's repair pass scores every pair of a region of up to `stream_repair_articles`
articles (2,000: four million pairs) at each batch. Built whole, each of the eleven
features is a 32 MB matrix, and the score's weighted sum and the features' own elementwise
steps stream some fifty such matrices through memory (#23: the repair's score matrix was
a third of an article's CPU in this process at 10,000 synthetic articles). `PairRows` computes what each article contributes once (its vector, its
word rows, its names' weights...), then `rows(lo, hi)` gives the features of the pairs of
articles lo..hi with every article, in blocks small enough to stay in the processor's
cache, and `scoring.score_matrix` sums each block as it comes. Every entry is computed
by the same operations on the same numbers as over the whole matrix (a row of a sparse
product, or of a dense one, sums the same terms in the same order), so the scores are
the same to the bit. Measured on a 2,000-article region with one BLAS thread: alone, no
faster (least of six runs 0.59 s whole, 0.61 s in blocks); beside other work its median
is lower (0.78-1.12 -> 0.63-0.67 s), and the eleven whole matrices (350 MB) are never
held at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from synoptic.link.gram import dense_product
from synoptic.settings import LinkSettings

# rows of a block: 128 x 2,000 pairs x 8 bytes = 2 MB a feature; hand-set (about a level-2
# cache; 64 to 256 rows timed alike on a 2,000-article region, within the load's noise)
BLOCK_ROWS = 128


# the order `score_rows` adds the features in: `scoring.PAIR_FEATURES`
SCORE_ORDER = ("cosine", "words", "names", "names_unknown", "numbers", "language", "days", "across", "years",
               "same_day", "other_day", "sounds")


@dataclass
class _Parts:
    """A block's pair features before they are features (`PairRows._parts`): the vectors'
    and the words' products; days apart as a share of `story_day_scale` (NaN where either
    is undated); whether the years are apart, the event days the same or other; the
    names' share and where it is known (None: nobody names enough), the numbers' share
    and where both state numbers (None: nobody does); the sounds (`scoring`'s "sounds")."""

    cosine: np.ndarray
    words: np.ndarray
    language: np.ndarray
    gap: np.ndarray = field(default_factory=lambda: np.zeros(0))
    apart: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    same: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    other: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    share: np.ndarray | None = None
    known: np.ndarray | None = None
    number_share: np.ndarray | None = None
    numbered: np.ndarray | None = None
    sounds: np.ndarray | None = None  # the sounds' share where it counts (None: nowhere)


class PairRows:
    """What `scoring.pair_feature_matrices` computes of each article (`scoring.pair_rows`
    prepares it), ready for blocks of rows."""

    def __init__(self, settings: LinkSettings, vectors: np.ndarray, words, plain, days: np.ndarray,
                 years: tuple[np.ndarray, np.ndarray, np.ndarray], event_days: tuple[np.ndarray, np.ndarray, np.ndarray],
                 names=None, name_weights: np.ndarray | None = None, numbers=None,
                 encoded: np.ndarray | None = None, sounds=None, languages: np.ndarray | None = None,
                 plain_products: np.ndarray | None = None) -> None:
        self.n = len(vectors)
        self.settings = settings
        self.vectors = vectors
        self.words, self.words_t = words, words.T.tocsr()
        self.plain = plain  # (its transpose when needed: `plain_t`)
        # the two word products, whole, filled a block of rows at a time from their upper
        # part (`_word_products`); rows below `_filled` are complete
        self._products: tuple[np.ndarray, np.ndarray] | None = None
        self._filled = 0
        # the plain products whole, when given (`PlainMemo`): only the TF-IDF ones are made
        self._plain = plain_products
        self._cos: np.ndarray | None = None  # the same for the vectors' products (`_cosines`)
        self._cos_filled = 0
        self.days, self.years, self.event_days = days, years, event_days
        self.names = None
        if names is not None and name_weights is not None:
            self.names = names.multiply(name_weights[None, :]).tocsr()
            self.names_t = names.T.tocsr()
            self.name_total = np.asarray(names @ name_weights).ravel()
            self.name_enough = np.asarray(names.sum(axis=1)).ravel() >= settings.story_name_min
        self.numbers = None
        if numbers is not None:
            self.numbers = numbers.tocsr()
            self.numbers_t = numbers.T.tocsr()
            self.number_sizes = np.asarray(numbers.sum(axis=1)).ravel()
        self.encoded = np.ones(self.n, dtype=bool) if encoded is None else encoded
        self.languages = np.zeros(self.n, dtype=int) if languages is None else languages
        self.sounds = None
        if sounds is not None:
            self.sounds, self.sounds_t = sounds.tocsr(), sounds.T.tocsr()
            self.sound_sizes = np.asarray(sounds.sum(axis=1)).ravel()

    @cached_property
    def plain_t(self):  # -> csr_matrix; not made when the plain products are given whole
        return self.plain.T.tocsr()

    def rows(self, lo: int, hi: int) -> dict[str, np.ndarray]:
        """Each pair feature of articles lo..hi (rows) with every article (columns)."""
        n = self.n
        p = self._parts(lo, hi)
        out = {"cosine": p.cosine, "words": p.words, "language": p.language}
        out["days"] = np.nan_to_num(p.gap, nan=0.0)  # undated: no evidence either way
        out["across"] = p.cosine * (1.0 - p.language)
        out["years"] = p.apart.astype(float)
        out["same_day"], out["other_day"] = p.same.astype(float), p.other.astype(float)
        out["names"], out["names_unknown"] = np.zeros((hi - lo, n)), np.ones((hi - lo, n))
        if p.known is not None:
            out["names"] = np.where(p.known, p.share, 0.0)
            out["names_unknown"] = (~p.known).astype(float)
        out["numbers"] = np.zeros((hi - lo, n))
        if p.numbered is not None:
            out["numbers"] = np.where(p.numbered, p.number_share, 0.0)
        out["sounds"] = p.sounds if p.sounds is not None else np.zeros((hi - lo, n))
        return out

    def score_rows(self, lo: int, hi: int, weights: dict[str, float], score: np.ndarray) -> None:
        """Add each pair feature of articles lo..hi times its weight to `score` (their rows
        of the scores), in `SCORE_ORDER`: what adding the weighted `rows` does, to the bit,
        in fewer passes (#23: they were a third of the repair's score matrix). A term whose
        feature is 0 adds its weight times 0, which leaves any sum as it is, so it is
        skipped; a 0/1 feature that is 1 adds its weight itself."""
        p = self._parts(lo, hi)
        term = np.empty_like(score)

        def add(values: np.ndarray, weight: float, where: np.ndarray | bool = True) -> None:
            np.multiply(values, weight, out=term)
            np.add(score, term, out=score, where=where)

        add(p.cosine, weights["cosine"])
        add(p.words, weights["words"])
        if p.known is not None:
            add(p.share, weights["names"], p.known)
            np.add(score, weights["names_unknown"], out=score, where=~p.known)
        else:  # nobody's names are known here: `names_unknown` is 1 for every pair
            np.add(score, weights["names_unknown"], out=score)
        if p.numbered is not None:
            add(p.number_share, weights["numbers"], p.numbered)
        add(p.language, weights["language"])
        add(p.gap, weights["days"], ~np.isnan(p.gap))
        np.subtract(1.0, p.language, out=term)
        np.multiply(p.cosine, term, out=term)  # across: cosine * (1 - language)
        add(term, weights["across"])
        for flags, name in ((p.apart, "years"), (p.same, "same_day"), (p.other, "other_day")):
            np.add(score, weights[name], out=score, where=flags)
        if p.sounds is not None:
            add(p.sounds, weights["sounds"])

    def _parts(self, lo: int, hi: int) -> _Parts:
        """What the pair features of articles lo..hi with every article are made of."""
        st = self.settings
        p = _Parts(self._cosines(lo, hi), *self._word_products(lo, hi))
        # the vectors say nothing where the encoder does not know either language (a new
        # array: the cached products stay as computed)
        unknown = ~np.outer(self.encoded[lo:hi], self.encoded)
        if unknown.any():
            p.cosine = np.where(unknown, 0.0, p.cosine)
        days = self.days
        # NaN where either is undated
        p.gap = np.minimum(np.abs(days[lo:hi, None] - days[None, :]), st.story_day_scale) / st.story_day_scale
        p.apart = years_apart_rows(*self.years, lo, hi)
        p.same, p.other = event_day_rows(*self.event_days, st.event_day_slack, lo, hi)
        if self.names is not None:
            shared = dense_product(self.names, self.names_t, lo, hi)
            total, enough = self.name_total, self.name_enough
            smaller = np.minimum.outer(total[lo:hi], total)
            p.share = np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)
            p.known = np.outer(enough[lo:hi], enough) & (smaller > 0)
        if self.numbers is not None:
            shared = dense_product(self.numbers, self.numbers_t, lo, hi)
            sizes = self.number_sizes
            floor = np.maximum(st.story_number_floor, np.minimum.outer(sizes[lo:hi], sizes))
            p.number_share = shared / floor
            p.numbered = np.outer(sizes[lo:hi] > 0, sizes > 0)
        if self.sounds is not None and unknown.any():
            shared = dense_product(self.sounds, self.sounds_t, lo, hi)
            sizes = self.sound_sizes
            floor = np.maximum(st.story_sound_floor, np.minimum.outer(sizes[lo:hi], sizes))
            codes = self.languages
            one_language = (codes[lo:hi, None] == codes[None, :]) & (codes[None, :] > 0)
            p.sounds = np.where(unknown & ~one_language, shared / floor * (1.0 - p.language), 0.0)
        return p

    def _cosines(self, lo: int, hi: int) -> np.ndarray:
        """Rows lo..hi of the vectors' products, from their upper part as `_word_products`
        does (a dense product's entry sums the same terms in the same order either way
        round: equal to the bit to the whole rows' on every repair region of 3,000 synthetic
        articles; half the product, #23)."""
        if lo != self._cos_filled:
            return self.vectors[lo:hi] @ self.vectors.T
        if self._cos is None:
            self._cos = np.empty((self.n, self.n))
        upper = self.vectors[lo:hi] @ self.vectors[lo:].T
        self._cos[lo:hi, lo:] = upper
        self._cos[hi:, lo:hi] = upper[:, hi - lo:].T
        self._cos_filled = hi
        return self._cos[lo:hi]

    def _word_products(self, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """Rows lo..hi of the TF-IDF and plain word products of every pair.

        Both are symmetric to the bit: entry (i, j) sums the products of the words i and j
        share in ascending order of word, each product the same either way round (sparse
        rows are summed in the order of the left row's words). So blocks taken in order
        compute only their columns from lo on, and take the columns before lo from the
        blocks above, transposed: half the sparse products (#23: they were half of the
        repair pass's score matrix), for two n x n matrices held through the pass."""
        given = self._plain
        if lo != self._filled:  # rows out of order: each product whole
            return (dense_product(self.words, self.words_t, lo, hi),
                    given[lo:hi] if given is not None else dense_product(self.plain, self.plain_t, lo, hi))
        if self._products is None:
            self._products = (np.empty((self.n, self.n)), given if given is not None else np.empty((self.n, self.n)))
        made = ((self.words,) if given is not None else (self.words, self.plain))
        for full, matrix in zip(self._products, made, strict=False):  # (the plain ones given: the first only)
            upper = dense_product(matrix, matrix[lo:].T.tocsr(), lo, hi)
            full[lo:hi, lo:] = upper
            full[hi:, lo:hi] = upper[:, hi - lo:].T
        self._filled = hi
        words, plain = self._products
        return words[lo:hi], plain[lo:hi]


class PlainMemo:
    """The plain word products (`PairRows`' "language") of the last region scored, kept for
    the next: an article's plain row is its own counts at unit length whatever the region
    (no IDF), and a product sums the common words in ascending order either way round, so
    a pair met again has the same product to the bit. The stream's repair pass scores a
    region at each batch that mostly holds the last one's articles: their products are
    copied, and only the newcomers' rows computed (#23: the two word products were a
    third of the repair's score matrix). One region is kept (2,000 articles: 32 MB)."""

    def __init__(self) -> None:
        self._at: dict[str, tuple[object, int]] = {}  # article id -> (its words, its row)
        self._products = np.zeros((0, 0))

    def products(self, ids: list[str], words: list[np.ndarray], plain) -> np.ndarray:
        """The plain products of the articles `ids` (their word buckets `words`, their
        plain rows `plain`), all pairs; remembered for the next call."""
        n = len(ids)
        old = np.full(n, -1, dtype=np.int64)
        for i, (aid, w) in enumerate(zip(ids, words, strict=True)):
            held = self._at.get(aid)
            if held is not None and held[0] is w:  # the same words (a revised article has others)
                old[i] = held[1]
        kept = np.flatnonzero(old >= 0)
        fresh = np.flatnonzero(old < 0)
        out = np.empty((n, n))
        if len(kept):
            out[np.ix_(kept, kept)] = self._products[np.ix_(old[kept], old[kept])]
        if len(fresh):
            rows = dense_product(plain[fresh], plain.T.tocsr())
            out[fresh, :] = rows
            out[:, fresh] = rows.T
        self._at = {aid: (w, i) for i, (aid, w) in enumerate(zip(ids, words, strict=True))}
        self._products = out
        return out


def years_apart_rows(years: np.ndarray, named: np.ndarray, of_year: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """`scoring.years_apart` of articles lo..hi with every article, from `scoring.year_columns`:
    true where both years are known and differ and the later article does not name the
    earlier one's year."""
    block = years[lo:hi, None]
    # [i, j]: article j names article i's year; article i names article j's year
    named_by, names = named[:, of_year[lo:hi]].T, named[lo:hi][:, of_year]
    later_names_earlier = np.where(block < years[None, :], named_by, names)
    known = years > 0
    return np.outer(known[lo:hi], known) & (block != years[None, :]) & ~later_names_earlier


def event_day_rows(days: np.ndarray, month_days: np.ndarray, weekdays: np.ndarray, slack: int,
                   lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
    """`scoring.event_day_pair` (same day, other day) of articles lo..hi with every article,
    from `event_days.event_day_columns`."""

    def both(values: np.ndarray) -> np.ndarray:
        known = ~np.isnan(values)
        return np.outer(known[lo:hi], known)

    with np.errstate(invalid="ignore"):
        near = np.abs(days[lo:hi, None] - days[None, :]) <= slack
        near_month_day = np.abs(month_days[lo:hi, None] - month_days[None, :]) <= slack
        weekday_same = weekdays[lo:hi, None] == weekdays[None, :]
    both_days, both_month_days, both_weekdays = both(days), both(month_days), both(weekdays)
    same = np.where(both_days, near, np.where(both_month_days, near_month_day, both_weekdays & weekday_same))
    other = np.where(both_days, ~near, np.where(both_month_days, ~near_month_day, both_weekdays & ~weekday_same))
    return same, other


def event_day_pairs(days: np.ndarray, month_days: np.ndarray, weekdays: np.ndarray, slack: int,
                    rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """`event_day_rows`' other day of the pairs (rows[k], cols[k]) only (`apart.cap_apart`
    asks it of the few pairs above the threshold, not of all pairs of a region)."""

    def both(values: np.ndarray) -> np.ndarray:
        known = ~np.isnan(values)
        return known[rows] & known[cols]

    with np.errstate(invalid="ignore"):
        near = np.abs(days[rows] - days[cols]) <= slack
        near_month_day = np.abs(month_days[rows] - month_days[cols]) <= slack
        weekday_same = weekdays[rows] == weekdays[cols]
    return np.where(both(days), ~near, np.where(both(month_days), ~near_month_day, both(weekdays) & ~weekday_same))
