"""Pair scores of articles for story grouping (see `link/stories.py`): the logit of a small
logistic model over pair features (`PAIR_FEATURES`: cosine of multilingual vectors, rare
names and numbers in common, cosine of TF-IDF words, language affinity, days apart),
its coefficients fitted on development pairs by `bench/story_pairs.py --fit`."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from datetime import date
from itertools import chain

import numpy as np

from synoptic.link.apart import cap_apart
from synoptic.link.background import background_for
from synoptic.link.event_days import event_day, event_day_columns, event_month_day, event_weekday
from synoptic.link.features import Features, no_weights, no_words
from synoptic.link.pair_rows import BLOCK_ROWS, SCORE_ORDER, PairRows, PlainMemo
from synoptic.settings import LinkSettings


def smoothed_idf(docs: int, count: int | np.ndarray) -> float | np.ndarray:
    """Smoothed inverse document frequency of a name or word found in `count` of `docs`
    articles; an array of counts gives an array of weights."""
    if isinstance(count, np.ndarray):
        return np.log((docs + 1) / (count + 1.0)) + 1.0
    return math.log((docs + 1) / (count + 1)) + 1.0


def idf_weights(feats: list[Features]) -> Callable[[str], float]:
    """IDF of names over a batch."""
    df: Counter = Counter()
    for f in feats:
        df.update(f.names)
    docs = len(feats)
    return lambda name: smoothed_idf(docs, df.get(name, 0))


WordWeights = Callable[[np.ndarray], np.ndarray]


def word_idf_weights(feats: list[Features], settings: LinkSettings | None = None) -> WordWeights:
    """IDF of word buckets over a batch (a function of an array of buckets); with
    `settings`, beside the background of the batch's languages (`link/background.py`)."""
    # the buckets used and their counts (a count per bucket up to the largest, 2^20, took
    # longer to allocate than to count: #23, the event split calls this for each story)
    used, counts = np.unique(np.concatenate([f.words for f in feats] or [no_words()]), return_counts=True)
    docs = len(feats)
    background = background_for([f.language for f in feats] if settings else [], settings)

    def weights(words: np.ndarray) -> np.ndarray:
        at = np.minimum(np.searchsorted(used, words), max(0, used.size - 1))
        df = np.where(used[at] == words, counts[at], 0) if used.size else np.zeros(len(words), np.int64)
        return background.idf(docs, df, words)

    return weights


def word_matrix(feats: list[Features], word_idf: WordWeights):  # -> scipy.sparse.csr_matrix
    """Rows: each article's TF-IDF word vector, unit length (an article without words: zeros).

    Columns: the buckets these articles use, in ascending order (not all `WORD_BUCKETS`:
    the product of the matrix with its transpose then sizes its work by the articles'
    words, not by the 2^20 buckets, and sums the same products in the same order)."""
    return word_matrices(feats, word_idf)[0]


def word_matrices(feats: list[Features], word_idf: WordWeights):  # -> (csr_matrix, csr_matrix)
    """`word_matrix` with `word_idf`, and with no IDF (plain counts, unit length): the
    buckets' columns found once for both."""
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0] + [len(f.words) for f in feats])
    words = np.concatenate([f.words for f in feats] or [no_words()])
    tf = np.concatenate([f.word_tf for f in feats] or [no_weights()]).astype(np.float64)
    used, columns = np.unique(words, return_inverse=True)
    columns = columns.astype(np.int32)

    def unit(data: np.ndarray):
        matrix = csr_matrix((data, columns.copy(), indptr.copy()), shape=(len(feats), max(1, used.size)))
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return csr_matrix(matrix.multiply(1.0 / norms[:, None]))

    return unit(tf * word_idf(words) if words.size else tf), unit(tf)


def membership(sets: list[frozenset[str]]) -> tuple[object, list[str]]:
    """A sparse 0/1 matrix: row i marks the keys of sets[i]; columns in the order keys
    are first met, each set's by key (a set's own order moves with `PYTHONHASHSEED`,
    and with it the order products sum in)."""
    from scipy.sparse import csr_matrix

    # A key's column is its place in the order keys are met, each set read sorted: by the
    # first set it is in, then by key. The keys of all sets, each set as it iterates, are
    # numbered as met (in C); those first met in one set are a run of numbers, and each run
    # is sorted alone (a sort of the distinct keys, not of every set's); a row's columns are
    # then put in ascending order in C: the matrix the coordinates (row, column) made, to
    # the bit (#23: a loop a key, and a sort a set, were most of the repair pass's setup of
    # its pair features; 2,000 sets of 30 keys: 16 -> 8.5 ms)
    flat = list(chain.from_iterable(sets))
    met = list(dict.fromkeys(flat))
    number = dict(zip(met, range(len(met)), strict=True))
    ids = np.fromiter(map(number.__getitem__, flat), dtype=np.int64, count=len(flat))
    indptr = np.zeros(len(sets) + 1, dtype=np.int32)
    np.cumsum(np.fromiter(map(len, sets), dtype=np.int32, count=len(sets)), out=indptr[1:])
    # where each key is first met: where the numbers reach a new highest
    new = np.ones(len(ids), dtype=bool)
    if len(ids) > 1:
        new[1:] = ids[1:] > np.maximum.accumulate(ids)[:-1]
    in_set = np.searchsorted(indptr, np.flatnonzero(new), side="right") - 1
    cuts = [0, *(np.flatnonzero(np.diff(in_set)) + 1).tolist(), len(met)]
    order = list(chain.from_iterable(sorted(range(a, b), key=met.__getitem__) for a, b in zip(cuts[:-1], cuts[1:], strict=True)))
    vocab = [met[j] for j in order]
    column = np.empty(len(met), dtype=np.int32)
    column[order] = np.arange(len(met), dtype=np.int32)
    cols = column[ids]
    matrix = csr_matrix((np.ones(len(flat)), cols, indptr), shape=(len(sets), max(1, len(vocab))))
    matrix.sort_indices()
    return matrix, vocab


def overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str], floor: int) -> float:
    """Shared share of the smaller set, damped when the sets are tiny."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / max(floor, min(len(a), len(b)))


def day_gap(a: date | None, b: date | None, settings: LinkSettings) -> float:
    """Days between two dated articles, as a share of `story_day_scale` (capped at 1);
    0 when either is undated (no evidence either way)."""
    if a is None or b is None:
        return 0.0
    return min(abs((a - b).days), settings.story_day_scale) / settings.story_day_scale


def _named_years(f: Features, settings: LinkSettings) -> list[int]:
    """The years an article's text names: its numbers from `story_year_first` to `story_year_last`."""
    return [int(n) for n in f.numbers if n.isdigit() and settings.story_year_first <= int(n) <= settings.story_year_last]


def article_year(f: Features, settings: LinkSettings) -> int | None:
    """The year an article was written: its news date's, or else the latest year its text
    names, or None.

    An article rarely names a year after its own, so the latest one it names stands in for
    its date where it has none.
    """
    if f.published is not None:
        return f.published.year
    return max(_named_years(f, settings), default=None)


def years_apart(a: Features, b: Features, settings: LinkSettings) -> float:
    """1 when the two articles were written in different years (`article_year`) and the
    later one does not name the earlier one's year, else 0.

    One company's two emergency patches five years apart are two events; a trial two years
    after a shooting is the same one, and says when it happened ("the 2010 rampage").
    """
    first, second = article_year(a, settings), article_year(b, settings)
    if first is None or second is None or first == second:
        return 0.0
    earlier, later = (first, b) if first < second else (second, a)
    return float(str(earlier) not in later.numbers)


def event_day_pair(a: Features, b: Features, settings: LinkSettings) -> tuple[float, float]:
    """(same_day, other_day) of two articles: whether their leads put their events on one
    day, or on different days; (0, 0) where either does not say. Compared on the most
    either pair of leads says: the days, else the months and days, else the weekdays."""
    slack = settings.event_day_slack
    day_a, day_b = event_day(a.when), event_day(b.when)
    month_day_a, month_day_b = event_month_day(a.when), event_month_day(b.when)
    weekday_a, weekday_b = event_weekday(a.when), event_weekday(b.when)
    if day_a is not None and day_b is not None:
        same = abs((day_a - day_b).days) <= slack
    elif month_day_a is not None and month_day_b is not None:
        same = abs(month_day_a - month_day_b) <= slack
    elif weekday_a is not None and weekday_b is not None:
        same = weekday_a == weekday_b
    else:
        return 0.0, 0.0
    return (1.0, 0.0) if same else (0.0, 1.0)


def coefficients(settings: LinkSettings) -> np.ndarray:
    """The pair model's weights, in the order of `PAIR_FEATURES`."""
    return np.array([getattr(settings, f"pair_{k}") for k in PAIR_FEATURES])


def score_matrix(
    feats: list[Features], settings: LinkSettings, idf: Callable[[str], float], word_idf: WordWeights,
    plain: PlainMemo | None = None,
) -> np.ndarray:
    """Pair scores of all articles at once; entry (i, j) equals `pair_score` of the two:
    the logit of the pair model (`PAIR_FEATURES` weighed by LinkSettings' `pair_*`).
    `plain`: the plain word products of the last call's articles, for those met again."""
    n = len(feats)
    score = np.full((n, n), settings.pair_intercept)
    if n:  # block by block: the same sums, in cache (`link/pair_rows.py`)
        pairs = pair_rows(feats, settings, idf, word_idf, plain)
        weights = dict(zip(PAIR_FEATURES, coefficients(settings).tolist(), strict=True))
        for lo in range(0, n, BLOCK_ROWS):  # each feature times its weight, in PAIR_FEATURES order
            hi = min(n, lo + BLOCK_ROWS)
            pairs.score_rows(lo, hi, weights, score[lo:hi])
    np.fill_diagonal(score, score.max() if n else 0.0)
    return cap_apart(score, feats, settings)


def batch_similarity(feats: list[Features], settings: LinkSettings) -> np.ndarray:
    """Pair scores of a batch, names and words weighted by their IDF over the batch."""
    return score_matrix(feats, settings, idf_weights(feats), word_idf_weights(feats, settings))


# The pair features a story score weighs (`pair_feature_matrices`), in the order of the
# coefficients `bench/story_pairs.py --fit` writes into LinkSettings.
#   cosine         cosine of the multilingual vectors of title and lead
#   words          cosine of the TF-IDF word vectors of the whole text
#   names          IDF-weighted share of names in common (of the smaller side), where
#                  both articles name at least `story_name_min` things
#   names_unknown  1 where they do not (a script without capitals): names say nothing
#   numbers        share of numbers in common, damped below `story_number_floor`
#   language       cosine of the plain word counts (no IDF): function words make it high
#                  within a language and near 0 across, so words and names, which can
#                  not meet across languages, stop counting against a translation
#   days           days apart (`day_gap`)
#   across         cosine * (1 - language): the vectors' say where the words can not meet
#   years          1 where the articles were written in different years and the later one
#                  does not name the earlier one's year (`years_apart`): `days` stops
#                  counting after a week, and undated articles have none
#   same_day       1 where both leads say on which day the event happened (`event_days`)
#                  and it is one day (resolved days at most `event_day_slack` apart, or
#                  else the same weekday)
#   other_day      1 where both say it and the days differ: two events of one kind
#   sounds         where the encoder does not know both languages (then `cosine` and
#                  `across` are 0: its vectors say nothing there): the share of the sounds
#                  of names in common (`features.sound_keys`), damped below
#                  `story_sound_floor`, times (1 - language), between articles not
#                  known to be in one language: names across scripts (within one
#                  language the words and names say it)
PAIR_FEATURES = SCORE_ORDER


def pair_feature_matrices(
    feats: list[Features],
    settings: LinkSettings,
    idf: Callable[[str], float] | None = None,
    word_idf: WordWeights | None = None,
) -> dict[str, np.ndarray]:
    """Each pair feature of all pairs of a batch (IDF over the batch unless given)."""
    idf = idf or idf_weights(feats)
    word_idf = word_idf or word_idf_weights(feats, settings)
    return pair_rows(feats, settings, idf, word_idf).rows(0, len(feats))


def pair_rows(feats: list[Features], settings: LinkSettings, idf: Callable[[str], float],
              word_idf: WordWeights, plain_memo: PlainMemo | None = None) -> PairRows:
    """What each article brings to the pair features, for blocks of rows (`link/pair_rows.py`)."""
    vectors = np.stack([f.vector for f in feats]).astype(np.float64)
    days = np.array([f.published.toordinal() if f.published else np.nan for f in feats], dtype=float)
    names, vocab = membership([f.names for f in feats])
    weights = np.array([idf(k) for k in vocab]) if vocab else None
    numbers, number_vocab = membership([f.numbers for f in feats])
    # (sounds count only where the encoder can not place a pair: none when it places all)
    unplaced = not all(f.encoded for f in feats)
    sounds, sound_vocab = membership([f.sounds for f in feats]) if unplaced else (None, [])
    words, plain = word_matrices(feats, word_idf)
    products = None
    if plain_memo is not None:
        products = plain_memo.products([f.id for f in feats], [f.words for f in feats], plain)
    return PairRows(settings, vectors, words, plain,
                    days, year_columns(feats, settings), event_day_columns([f.when for f in feats]),
                    names if vocab else None, weights, numbers if number_vocab else None,
                    np.array([f.encoded for f in feats], dtype=bool), sounds if sound_vocab else None,
                    language_codes(feats), products)


def language_codes(feats: list[Features]) -> np.ndarray:
    """Each article's language as a number (0: unknown), for `PairRows`' sounds."""
    codes: dict[str, int] = {}
    return np.array([codes.setdefault(f.language, len(codes) + 1) if f.language else 0 for f in feats])


def year_columns(feats: list[Features], settings: LinkSettings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each article's year (0: unknown), the years each article names (a row per article, a
    column per year any of them names and a last one none does) and the column of each
    article's year there: `pair_rows.years_apart_rows` makes `years_apart` of all pairs from
    them (a block at a time: an article x article matrix of who names whose year was 32 MB
    at 2,000 articles, and a twentieth of the repair's score matrix, #23)."""
    years = np.array([article_year(f, settings) or 0 for f in feats])
    named, vocab = membership([frozenset(str(y) for y in _named_years(f, settings)) for f in feats])
    column = {int(y): k for k, y in enumerate(vocab)}
    padded = np.hstack([named.toarray() > 0, np.zeros((len(feats), 1), dtype=bool)])
    return years, padded, np.array([column.get(int(y), padded.shape[1] - 1) for y in years], dtype=np.intp)
