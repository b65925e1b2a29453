"""Which articles carry the same underlying report: duplicates, syndicated copies, translations.

Five articles are not five sources when two are one wire story. Every article
ends in exactly one `Origin` with a relation:

- `duplicate`: the same text (word-shingle MinHash LSH, confirmed by exact Jaccard);
- `syndicated`: the same report trimmed, edited or rewritten in the same language
  (shingle containment, or in-order sentence alignment with the encoder);
- `translated`: the same report in another language (cross-lingual in-order
  sentence alignment with a multilingual encoder, or, where the encoder does not
  support a language, the report's numbers and names in the same order);
- `independent`: nothing else carries this report.

Candidate pairs come from blocking (MinHash LSH over shingles, nearest neighbours
of article vectors, MinHash LSH over numbers and names), never from all pairs, so
cost grows about linearly with the batch. Each decided pair keeps its evidence:
aligned sentence pairs as exact spans with their similarity.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from synoptic.link import anchors as anchors_mod
from synoptic.link.align import monotone_chain
from synoptic.model import AlignedPair, Article, ArticleAnalysis, Origin, Sentence, Span
from synoptic.settings import LinkSettings
from synoptic.util.scripts import MARKS
from synoptic.util.unionfind import UnionFind
from synoptic.vectors import Encoder

_WORD = re.compile(rf"[\w{MARKS}]+", re.UNICODE)  # (with its letters' marks: Devanagari)


@dataclass
class _View:
    """What dedup needs of one article."""

    index: int
    article: Article
    language: str | None
    sentences: list[Sentence]
    shingles: set[str]
    anchors: list[list[str]]  # per sentence
    numbers: list[set[str]]  # per sentence
    encodable: bool
    vectors: np.ndarray | None = None
    doc_vector: np.ndarray | None = None
    anchor_set: set[str] = field(default_factory=set)


@dataclass
class _Link:
    a: int
    b: int
    relation: str
    method: str
    evidence: list[AlignedPair]
    score: float
    # sentence indices of each side that the alignment used
    a_used: frozenset[int] = frozenset()
    b_used: frozenset[int] = frozenset()


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(unicodedata.normalize("NFKC", text))]


def _shingles(text: str, k: int) -> set[str]:
    words = _words(text)
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _is_content(sentence: Sentence, settings: LinkSettings) -> bool:
    """Reporting, not a label, dateline or caption (too few words, or characters in a
    script written without spaces)."""
    if sentence.is_heading:
        return False
    text = sentence.span.text
    return len(_words(text)) >= settings.content_min_words or (
        " " not in text and len(text) >= settings.content_min_chars
    )


def article_language(article: Article, settings: LinkSettings) -> str | None:
    if article.language:
        return article.language.lower().split("-")[0]
    try:
        import py3langid

        return py3langid.classify(article.text[: settings.language_id_chars])[0]
    except Exception:  # language id is a hint; unknown is a valid answer
        return None


def content_sentences(article: Article, analysis: ArticleAnalysis | None, settings: LinkSettings) -> list[Sentence]:
    if analysis is not None and analysis.sentences:
        sents = analysis.sentences
    else:  # no analysis given: lines as sentences keep spans exact
        sents = []
        for m in re.finditer(r"[^\n]+", article.text):
            text = m.group().strip()
            if text:
                start = article.text.index(text, m.start())
                sents.append(Sentence(Span(article.id, start, start + len(text), text), len(sents)))
    units = _merge_clauses(article.text, sents)
    content = [s for s in units if _is_content(s, settings)]
    return content or [s for s in units if not s.is_heading] or list(units)


# A "sentence" ending in a comma-like mark is a clause some splitters cut off
# (pysbd splits Arabic at "،"); alignment works on whole sentences.
_CLAUSE_END = (",", "،", ";", "؛", "、", ":", "，")


def _merge_clauses(text: str, sents: list[Sentence]) -> list[Sentence]:
    units: list[Sentence] = []
    for s in sents:
        prev = units[-1] if units else None
        if (
            prev is not None
            and not prev.is_heading
            and not s.is_heading
            and prev.span.text.rstrip("\"'”’») ").endswith(_CLAUSE_END)
            and "\n" not in text[prev.span.end : s.span.start]
        ):
            start, end = prev.span.start, s.span.end
            units[-1] = Sentence(Span(prev.span.article, start, end, text[start:end]), prev.index)
        else:
            units.append(s)
    return units


def _views(
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    encoder: Encoder,
    settings: LinkSettings,
    encode: bool = True,
) -> list[_View]:
    views: list[_View] = []
    for i, article in enumerate(articles):
        sents = content_sentences(article, analyses.get(article.id), settings)
        lang = article_language(article, settings)
        body = "\n".join(s.span.text for s in sents)
        per_sentence = [
            anchors_mod.anchors(s.span.text, settings.anchor_name_prefix, settings.anchor_name_min)
            for s in sents
        ]
        views.append(
            _View(
                index=i,
                article=article,
                language=lang,
                sentences=sents,
                shingles=_shingles(body, settings.shingle_size),
                anchors=per_sentence,
                numbers=[anchors_mod.number_set(x) for x in per_sentence],
                encodable=encoder.supports(lang),
                anchor_set={a for sent in per_sentence for a in sent},
            )
        )
    # one batched encoder call for every sentence the encoder can embed
    todo = [v for v in views if v.encodable and v.sentences] if encode else []
    texts = [s.span.text for v in todo for s in v.sentences]
    if texts:
        matrix = encoder.encode(texts)
        offset = 0
        for v in todo:
            n = len(v.sentences)
            v.vectors = matrix[offset : offset + n]
            offset += n
            mean = v.vectors.mean(axis=0)
            norm = float(np.linalg.norm(mean))
            v.doc_vector = mean / norm if norm else mean
    return views


def _minhash(tokens: set[str], num_perm: int):
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm, seed=1)
    m.update_batch([t.encode("utf-8") for t in tokens])
    return m


# Up to this many sets, every pair's exact Jaccard costs less than hashing them (and
# than importing datasketch, which brings scipy.integrate: a sizeable part of a short
# `brief`'s start); LSH takes over above it, where all pairs would be quadratic.
_EXACT_PAIRS_UP_TO = 48


def _exact_pairs(sets: list[set[str]], threshold: float) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for i, a in enumerate(sets):
        for j in range(i + 1, len(sets)):
            b = sets[j]
            if a and b and len(a & b) >= threshold * len(a | b):
                pairs.add((i, j))
    return pairs


def _lsh_pairs(sets: list[set[str]], threshold: float, num_perm: int) -> set[tuple[int, int]]:
    if len(sets) <= _EXACT_PAIRS_UP_TO:
        return _exact_pairs(sets, threshold)
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    hashes: list = []
    pairs: set[tuple[int, int]] = set()
    for i, tokens in enumerate(sets):
        if not tokens:
            hashes.append(None)
            continue
        m = _minhash(tokens, num_perm)
        for key in lsh.query(m):
            j = int(key)
            pairs.add((min(i, j), max(i, j)))
        lsh.insert(str(i), m)
        hashes.append(m)
    return pairs


def _vector_pairs(views: list[_View], settings: LinkSettings) -> set[tuple[int, int]]:
    """Nearest neighbours of article vectors: exact for small batches (blocked matrix
    products), HNSW (usearch) for large ones, so the cost stays about n log n."""
    have = [v for v in views if v.doc_vector is not None]
    if len(have) < 2:
        return set()
    matrix = np.stack([v.doc_vector for v in have]).astype(np.float32)
    k = min(settings.origin_neighbours + 1, len(have))
    floor = settings.origin_neighbour_floor
    pairs: set[tuple[int, int]] = set()
    if len(have) <= settings.origin_exact_neighbours_max:
        for start in range(0, len(have), 1024):
            block = matrix[start : start + 1024] @ matrix.T
            top = np.argpartition(-block, k - 1, axis=1)[:, :k]
            for r, row in enumerate(top):
                i = have[start + r].index
                for c in row:
                    j = have[int(c)].index
                    if i != j and block[r, c] >= floor:
                        pairs.add((min(i, j), max(i, j)))
        return pairs
    from usearch.index import Index

    index = Index(ndim=matrix.shape[1], metric="cos", dtype="f32")
    index.add(np.arange(len(have)), matrix)
    found = index.search(matrix, k)
    for r in range(len(have)):
        i = have[r].index
        for key, dist in zip(found.keys[r], found.distances[r], strict=False):
            if key < 0 or key >= len(have):
                continue
            j = have[int(key)].index
            if i != j and 1.0 - float(dist) >= floor:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def _evidence(a: _View, b: _View, chain: list[tuple[int, int, float]], most: int) -> list[AlignedPair]:
    """The `most` best-aligned pairs of the chain, in order, as evidence."""
    ranked = sorted(chain, key=lambda c: -c[2])[:most]
    ranked.sort(key=lambda c: c[0])
    return [
        AlignedPair(a=a.sentences[i].span, b=b.sentences[j].span, similarity=round(s, 3))
        for i, j, s in ranked
    ]


def _anchor_matrix(a: _View, b: _View) -> np.ndarray:
    """Jaccard of the anchors of each sentence pair (0 where either has none)."""
    sim = np.zeros((len(a.sentences), len(b.sentences)), dtype=np.float32)
    b_sets = [set(x) for x in b.anchors]
    for i, xa in enumerate(a.anchors):
        sa = set(xa)
        if not sa:
            continue
        for j, sb in enumerate(b_sets):
            if sb:
                inter = len(sa & sb)
                if inter:
                    sim[i, j] = inter / len(sa | sb)
    return sim


def _used(chain: list[tuple[int, int, float]]) -> tuple[frozenset[int], frozenset[int]]:
    return frozenset(i for i, _, _ in chain), frozenset(j for _, j, _ in chain)


def _veto_number_conflicts(a: _View, b: _View, sim: np.ndarray, floor: float) -> np.ndarray:
    """A sentence pair whose numbers disagree on both sides is not one report's sentence."""
    sim = sim.copy()
    for i, j in zip(*np.nonzero(sim >= floor), strict=True):
        if anchors_mod.numbers_conflict(a.numbers[i], b.numbers[j]):
            sim[i, j] = 0.0
    return sim


def _decide(a: _View, b: _View, encoder: Encoder, settings: LinkSettings) -> _Link | None:
    same_language = a.language == b.language or a.language is None or b.language is None
    # 1. the same words: duplicate or a trimmed/edited copy
    if a.shingles and b.shingles:
        inter = len(a.shingles & b.shingles)
        jaccard = inter / len(a.shingles | b.shingles)
        containment = inter / min(len(a.shingles), len(b.shingles))
        if jaccard >= settings.duplicate_jaccard or containment >= settings.copy_containment:
            sim = _lexical_sentence_matrix(a, b)
            chain = monotone_chain(
                sim, settings.copy_sentence_jaccard, settings.align_per_row, settings.align_cell_bonus
            )
            relation = "duplicate" if jaccard >= settings.duplicate_jaccard else "syndicated"
            return _Link(a.index, b.index, relation, "minhash", _evidence(a, b, chain, settings.origin_max_evidence), jaccard, *_used(chain))
    n_short = min(len(a.sentences), len(b.sentences))
    # One or two similar sentences are what any two reports of one event share (the
    # lead); a rewritten copy needs at least `min_aligned` sentences in order. Shorter
    # articles are linked only by shared wording (step 1).
    need = settings.min_aligned
    if n_short < need:
        return None
    cross_ok = same_language or getattr(encoder, "cross_lingual", False)
    # 2. the same report rewritten or translated: in-order sentence alignment
    if a.vectors is not None and b.vectors is not None and cross_ok:
        threshold = settings.sentence_match if same_language else settings.cross_lingual_match
        sim = _veto_number_conflicts(a, b, a.vectors @ b.vectors.T, threshold)
        chain = monotone_chain(sim, threshold, settings.align_per_row, settings.align_cell_bonus)
        share = len(chain) / n_short
        if len(chain) >= need and share >= settings.syndication_share:
            relation = "syndicated" if same_language else "translated"
            name = getattr(encoder, "name", "encoder")
            return _Link(
                a.index, b.index, relation, f"encoder:{name}", _evidence(a, b, chain, settings.origin_max_evidence), share, *_used(chain)
            )
        return None
    # 3. no shared vector space: numbers and names, in order
    sim = _veto_number_conflicts(a, b, _anchor_matrix(a, b), settings.anchor_match)
    chain = monotone_chain(
        sim, settings.anchor_match, settings.align_per_row, settings.align_cell_bonus
    )
    with_anchors = min(sum(1 for x in a.anchors if x), sum(1 for x in b.anchors if x))
    if with_anchors and len(chain) >= need and len(chain) / with_anchors >= settings.anchor_share:
        if same_language and _median_word_overlap(a, b, chain) < settings.anchor_same_language_words:
            # in one language a copy keeps much of the wording, not only the facts
            return None
        relation = "syndicated" if same_language else "translated"
        score = len(chain) / with_anchors
        return _Link(a.index, b.index, relation, "lexical:anchors", _evidence(a, b, chain, settings.origin_max_evidence), score, *_used(chain))
    return None


def _median_word_overlap(a: _View, b: _View, chain: list[tuple[int, int, float]]) -> float:
    overlaps = []
    for i, j, _ in chain:
        wa, wb = set(_words(a.sentences[i].span.text)), set(_words(b.sentences[j].span.text))
        overlaps.append(len(wa & wb) / len(wa | wb) if wa and wb else 0.0)
    return float(np.median(overlaps)) if overlaps else 0.0


def _lexical_sentence_matrix(a: _View, b: _View) -> np.ndarray:
    """Word-set overlap of each sentence pair (for evidence of lexical copies)."""
    wa = [set(_words(s.span.text)) for s in a.sentences]
    wb = [set(_words(s.span.text)) for s in b.sentences]
    sim = np.zeros((len(wa), len(wb)), dtype=np.float32)
    for i, x in enumerate(wa):
        for j, y in enumerate(wb):
            if x and y:
                sim[i, j] = len(x & y) / len(x | y)
    return sim


def candidate_pairs(views: list[_View], settings: LinkSettings) -> set[tuple[int, int]]:
    pairs = _lsh_pairs([v.shingles for v in views], settings.minhash_threshold, settings.minhash_perm)
    pairs |= _vector_pairs(views, settings)
    # numbers and names: blocking for articles the encoder cannot place
    unplaced = {v.index for v in views if v.doc_vector is None}
    if unplaced:
        anchor_pairs = _lsh_pairs([v.anchor_set for v in views], settings.anchor_minhash_threshold, settings.minhash_perm)
        pairs |= {p for p in anchor_pairs if p[0] in unplaced or p[1] in unplaced}
    return pairs


def find_origins(
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    encoder: Encoder,
    settings: LinkSettings,
) -> list[Origin]:
    """Group articles by the underlying report they carry; every article in exactly one group."""
    if not articles:
        return []
    # one article has nothing to be a copy of: its sentences are not encoded for nothing
    views = _views(articles, analyses, encoder, settings, encode=len(articles) > 1)
    links = [
        link
        for i, j in sorted(candidate_pairs(views, settings))
        if (link := _decide(views[i], views[j], encoder, settings)) is not None
    ]
    uf = UnionFind(len(views))
    # languages of each group's members that the encoder placed
    placed: list[set[str]] = [{v.language or ""} if v.vectors is not None else set() for v in views]
    cross = bool(getattr(encoder, "cross_lingual", False))
    used: list[set[int]] = [set() for _ in views]  # sentences each article was linked by
    kept: list[_Link] = []
    # Strong evidence first (shared wording, encoder alignment), then numbers and names.
    # A lexical-only link may not join two groups that both hold articles the encoder
    # could compare: the encoder did not link them, so a weaker path must not either.
    rank = {"minhash": 0, "lexical:anchors": 2}
    for link in sorted(links, key=lambda k: (rank.get(k.method, 1), -k.score)):
        ra, rb = uf.find(link.a), uf.find(link.b)
        if ra != rb:
            if link.method == "lexical:anchors" and (
                (placed[ra] and placed[rb]) if cross else (placed[ra] & placed[rb])
            ):
                continue
            # An article that carries one report in some sentences and another report
            # in other sentences (a roundup, a live blog) is not a bridge: two reports
            # meet through it only if it shares the same part of itself with both.
            if (used[link.a] and not used[link.a] & link.a_used) or (
                used[link.b] and not used[link.b] & link.b_used
            ):
                continue
            uf.union(ra, rb)
            placed[uf.find(ra)] = placed[ra] | placed[rb]
        used[link.a] |= link.a_used
        used[link.b] |= link.b_used
        kept.append(link)
    members: dict[int, list[int]] = {}
    for v in views:
        members.setdefault(uf.find(v.index), []).append(v.index)
    by_root: dict[int, list[_Link]] = {}
    for link in kept:
        by_root.setdefault(uf.find(link.a), []).append(link)
    origins: list[Origin] = []
    for root in sorted(members):  # root = smallest input index: stable order
        idx = members[root]
        group_links = by_root.get(root, [])
        ids = [views[i].article.id for i in idx]
        if not group_links:
            origins.append(
                Origin(
                    id=f"o{len(origins) + 1}",
                    articles=ids,
                    relation="independent",
                    method=_singleton_method(views[idx[0]], encoder),
                )
            )
            continue
        relations = {link.relation for link in group_links}
        if relations == {"duplicate"}:
            relation = "duplicate"
        elif "translated" in relations:
            relation = "translated"
        else:
            relation = "syndicated"
        methods = sorted({link.method for link in group_links})
        evidence = [pair for link in group_links for pair in link.evidence]
        origins.append(
            Origin(
                id=f"o{len(origins) + 1}",
                articles=ids,
                relation=relation,  # type: ignore[arg-type]
                evidence=evidence,
                method="+".join(methods),
            )
        )
    return origins


def _singleton_method(view: _View, encoder: Encoder) -> str:
    name = getattr(encoder, "name", "encoder")
    if not view.sentences:
        return "minhash (no sentences to align)"
    if not view.encodable:
        lang = view.language or "unknown"
        return f"minhash+lexical:anchors (language {lang} not supported by {name})"
    return f"minhash+encoder:{name}"


def origin_of(origins: list[Origin]) -> dict[str, str]:
    """Article id -> origin id."""
    return {article: origin.id for origin in origins for article in origin.articles}


def independent_sources(article_ids: list[str], origins: list[Origin]) -> int:
    """How many distinct reports stand behind these articles.

    An article no origin knows counts as its own source (a fact can be asked about
    before or without dedup).
    """
    owner = origin_of(origins)
    return len({owner.get(a, f"article:{a}") for a in dict.fromkeys(article_ids)})
