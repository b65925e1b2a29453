"""Where sources disagree: numbers, titles, dates, quotes and claims about one thing.

No NLI model is needed: disagreements are read off the who-what-when layer
(quantities with what they count, people with their titles, resolved dates,
merged quotes) and off aligned facts (negation and antonyms). Each conflict lists
every variant with its articles and exact spans; majorities are counted in
independent sources (copies of one wire story are one source) and stated, never
taken as truth. Precision over recall: anything that could be a paraphrase, a
rounding or a more specific wording is left out.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import pairwise

from synoptic.compare import dates, nli, numbers, polarity, roles
from synoptic.compare.evidence import (
    PUNCT,
    TOPIC_WORDS,
    StoryIndex,
    build_index,
    dedup_spans,
    make_conflict,
    one_count_per_article,
    short,
    unique,
)
from synoptic.model import (
    Article,
    ArticleAnalysis,
    Conflict,
    Entity,
    Fact,
    Origin,
    Quote,
    Span,
    Variant,
)
from synoptic.settings import CompareSettings
from synoptic.util.unionfind import UnionFind

KIND_ORDER = {"number": 0, "date": 1, "time": 2, "role": 3, "quote": 4, "claim": 5}
# Two counts further apart than this factor are not the same count misreported.
MAX_COUNT_RATIO = 20.0
NLI_THRESHOLD = 0.9


# ---------------------------------------------------------------- numbers


def _far_apart(a: numbers.QuantityMention, b: numbers.QuantityMention) -> bool:
    """Counts orders of magnitude apart are different counts, not one misreported."""
    qa, qb = a.quantity, b.quantity
    if None in (qa.low, qa.high, qb.low, qb.high):
        return False
    upper_low = max(qa.low, qb.low)  # type: ignore[type-var]
    lower_high = min(qa.high, qb.high)  # type: ignore[type-var]
    if lower_high <= 0 or upper_low <= lower_high:
        return False
    return upper_low / lower_high > MAX_COUNT_RATIO


# Units that measure rather than count: the topic is what they measure, named before them
# ("Turnout in the referendum was 61 percent").
_MEASURES = frozenset(
    """percent pourcent porciento dollar euro pound yen hour minute day week month year
    kilometer kilometre mile meter metre ton tonne""".split()
)


def _unit_word(m: numbers.QuantityMention) -> str:
    """The counted noun as written ("troops"), else the unit lemma."""
    q, sent = m.quantity.span, m.sentence
    for w in re.findall(r"\S+", q.text)[1:]:
        if numbers.is_unit_word(w, m.quantity.unit):
            return w.strip(PUNCT)
    after = sent.text[q.end - sent.start :].split()[:3]
    for w in after:
        if numbers.is_unit_word(w, m.quantity.unit):
            return w.strip(PUNCT)
    return m.quantity.unit


def _phrase(words: list[str], shared: set[str], from_left: bool) -> tuple[int, str]:
    """The shortest run of `words` next to the number that holds the shared context words."""
    clean = [w.strip(PUNCT) for w in words]
    hits = [i for i, w in enumerate(clean) if w and numbers.stem(w) in shared]
    if not hits:
        return 0, ""
    if from_left:  # words before the number: from the first hit to the number
        first = hits[0]
        run = [w for w in clean[first:] if w]
        while run and run[-1].casefold() in numbers.STOPWORDS:
            run.pop()
        return len(hits), " ".join(run)
    last = hits[-1]
    run = [w for w in clean[: last + 1] if w]
    return len(hits), " ".join(run)


def _number_topic(mentions: list[numbers.QuantityMention]) -> str:
    """The counted noun and the context words most mentions share, in source wording."""
    counts = Counter(s for m in mentions for s in m.window)
    shared = {s for s, c in counts.items() if c >= max(2, (len(mentions) + 1) // 2)}
    best: tuple[int, int, str] | None = None
    for m in mentions:
        q, sent = m.quantity.span, m.sentence
        unit = _unit_word(m)
        measure = numbers.unit_key(m.quantity.unit) in _MEASURES
        if measure:
            before = sent.text[: q.start - sent.start].split()[-numbers.WINDOW :]
            # stop at a clause break so the topic is one phrase
            for k in range(len(before) - 1, -1, -1):
                if before[k][-1:] in ",;:":
                    before = before[k + 1 :]
                    break
            covered, phrase = _phrase(before, shared, from_left=True)
            topic = f"{phrase} ({unit})" if phrase else unit
        else:
            after_text = sent.text[q.end - sent.start :]
            after_text = re.split(r"[,;:.!?]", after_text, maxsplit=1)[0]
            words = after_text.split()[: numbers.WINDOW]
            if words and numbers.is_unit_word(words[0], m.quantity.unit):
                words = words[1:]
            covered, phrase = _phrase(words, shared, from_left=False)
            topic = f"{unit} {phrase}".strip()
        key = (covered, -len(topic), topic)
        if best is None or key > best:
            best = key
    topic = best[2] if best else mentions[0].quantity.unit
    return topic.strip(" ,") or mentions[0].quantity.unit


def _number_conflicts(
    analyses: dict[str, ArticleAnalysis], idx: StoryIndex, settings: CompareSettings
) -> list[Conflict]:
    mentions: list[numbers.QuantityMention] = []
    for aid in idx.articles:
        analysis = analyses.get(aid)
        if analysis is None:
            continue
        text = idx.articles[aid].text
        for q in analysis.quantities:
            if not q.unit or (q.low is None and q.high is None):
                continue
            if numbers.parenthetical(q, text) or numbers.broken(q, text):
                continue
            sent = idx.sentence_of(q.span)
            mention = numbers.describe(q, sent, idx.fact_of(sent), index=len(mentions))
            if not mention.negated:
                mentions.append(mention)
    n = len(mentions)
    union = UnionFind(n)
    strong: set[tuple[int, int]] = set()
    for i in range(n):
        for j in range(i + 1, n):
            a, b = mentions[i], mentions[j]
            link = numbers.alignment(a, b)
            if link and not _far_apart(a, b):
                union.union(i, j)
                if link == numbers.STRONG:
                    strong.add((i, j))
    out: list[Conflict] = []
    for comp in union.groups():
        if len(comp) < 2:
            continue
        ms = [mentions[i] for i in comp]
        compat = {
            (i, j): numbers.values_compatible(mentions[i].quantity, mentions[j].quantity)
            for i in comp
            for j in comp
            if i < j
        }

        def ok(i: int, j: int, compat: dict = compat) -> bool:
            return i == j or compat[(min(i, j), max(i, j))]

        # a real dispute needs two surely aligned mentions from different sources
        members = set(comp)
        disputed = any(
            not compat[(i, j)] and idx.group(mentions[i].article) != idx.group(mentions[j].article)
            for (i, j) in strong
            if i in members and j in members
        )
        # amounts compatible with every other one are vaguer wordings, not sides
        neutral = {i for i in comp if all(ok(i, j) for j in comp)}
        sides = [i for i in comp if i not in neutral] if disputed else list(comp)
        # points first: vague amounts join the figure they fit
        sides.sort(key=lambda i: (mentions[i].quantity.vague, mentions[i].index))
        groups: list[list[int]] = []
        for i in sides:
            for g in groups:
                if all(ok(i, j) for j in g):
                    g.append(i)
                    break
            else:
                groups.append([i])
        variants: list[Variant] = []
        for g in groups:
            labels = Counter(numbers.value_label(mentions[i].quantity) for i in g)
            value = max(labels.items(), key=lambda kv: (kv[1], -len(kv[0])))[0]
            variants.append(
                Variant(
                    value=value,
                    articles=unique(mentions[i].article for i in g),
                    mentions=[mentions[i].quantity.span for i in g],
                )
            )
        if disputed and one_count_per_article(variants):
            over_time = _grew_over_time(groups, mentions, idx)
            if over_time:
                variants = [variants[k] for k in over_time]
            out.append(make_conflict("number", _number_topic(ms), variants, idx, over_time=bool(over_time)))
        elif not disputed and settings.report_imprecise:
            # compatible wordings of one surely matched count ("thousands" / "more than 13,000")
            worded = any(
                numbers.value_label(mentions[i].quantity).casefold()
                != numbers.value_label(mentions[j].quantity).casefold()
                and idx.group(mentions[i].article) != idx.group(mentions[j].article)
                for (i, j) in strong
                if i in members and j in members
            )
            if worded:
                merged = _imprecise_variants(ms)
                out.append(make_conflict("number", _number_topic(ms), merged, idx, imprecise=True))
    return out


def _grew_over_time(
    groups: list[list[int]], mentions: list[numbers.QuantityMention], idx: StoryIndex
) -> list[int]:
    """The variants in date order when each was published after the one before and
    states a larger figure (a toll that rose as the event went on); else []."""
    spans = []
    for g in groups:
        days = [idx.articles[mentions[i].article].published for i in g]
        bounds = [numbers.bounds(mentions[i].quantity) for i in g]
        if None in days or None in bounds:
            return []
        spans.append((min(days), max(days), min(b[0] for b in bounds), max(b[1] for b in bounds)))  # type: ignore
    order = sorted(range(len(groups)), key=lambda k: spans[k][0])
    for before, after in pairwise(order):
        _, last_day, _, top = spans[before]
        next_day, _, bottom, _ = spans[after]
        if not (last_day < next_day and top < bottom):
            return []
    return order


def _imprecise_variants(ms: list[numbers.QuantityMention]) -> list[Variant]:
    by_label: dict[str, list[numbers.QuantityMention]] = defaultdict(list)
    for m in ms:
        by_label[numbers.value_label(m.quantity)].append(m)
    return [
        Variant(value=label, articles=unique(m.article for m in g), mentions=[m.quantity.span for m in g])
        for label, g in by_label.items()
    ]


# ---------------------------------------------------------------- roles


def _entity_roles(
    entity: Entity, analyses: dict[str, ArticleAnalysis], idx: StoryIndex
) -> list[tuple[str, str, Span | None]]:
    """(title, article, span) for every title the entity is given in the story."""
    out: list[tuple[str, str, Span | None]] = []
    for role in entity.roles:
        spans = [m for m in role.mentions if m.article in idx.articles]
        covered = {m.article for m in spans}
        out.extend((role.role, m.article, m) for m in spans)
        out.extend((role.role, a, None) for a in role.articles if a not in covered and a in idx.articles)
    if out:
        return out
    # entities without merged roles: titles attached to their mentions in the analyses
    own = {(m.article, m.start, m.end) for m in entity.mentions}
    for aid, analysis in analyses.items():
        if aid not in idx.articles:
            continue
        for mention in analysis.entities:
            s = mention.span
            if mention.role and (s.article, s.start, s.end) in own:
                out.append((mention.role, aid, mention.role_span))
    return out


def _role_conflicts(
    entities: list[Entity], analyses: dict[str, ArticleAnalysis], idx: StoryIndex
) -> list[Conflict]:
    out: list[Conflict] = []
    for entity in entities:
        if entity.type not in ("PERSON", "PER", "person"):
            continue
        by_norm: dict[str, list[tuple[str, str, Span | None]]] = defaultdict(list)
        for title, aid, span in _entity_roles(entity, analyses, idx):
            norm = roles.normalize_title(title)
            if roles.is_office(norm):
                by_norm[norm].append((title, aid, span))
        norms = list(by_norm)
        clashing = [
            a for a in norms if any(roles.titles_conflict(a, b) for b in norms if b != a)
        ]
        if len(clashing) < 2:
            continue
        variants = []
        for norm in clashing:
            items = by_norm[norm]
            shown = Counter(roles.display_title(t) for t, _, _ in items)
            # prefer the capitalized spelling, then the most frequent
            value = max(shown.items(), key=lambda kv: (kv[0][:1].isupper(), kv[1]))[0]
            variants.append(
                Variant(
                    value=value,
                    articles=unique(a for _, a, _ in items),
                    mentions=dedup_spans(s for _, _, s in items if s is not None),
                )
            )
        if len({a for v in variants for a in v.articles}) < 2:
            continue  # one article's own inconsistency is more likely an extraction slip
        variants.sort(key=lambda v: (-idx.sources(v.articles), v.value))
        out.append(make_conflict("role", f"{entity.name}'s title", variants, idx))
    return out


# ---------------------------------------------------------------- quotes


_DIGITS = re.compile(r"\d[\d,.]*")


def _quote_conflicts(quotes: list[Quote], idx: StoryIndex) -> list[Conflict]:
    out: list[Conflict] = []
    for quote in quotes:
        variants = [v for v in quote.variants if any(a in idx.articles for a in v.articles)]
        if len(variants) < 2:
            continue
        clash: set[int] = set()
        for i in range(len(variants)):
            for j in range(i + 1, len(variants)):
                a, b = variants[i], variants[j]
                ga = {idx.group(x) for x in a.articles}
                gb = {idx.group(x) for x in b.articles}
                if ga <= gb or gb <= ga:
                    continue  # one report's own translations: a weak signal
                if _quotes_differ(a.text, b.text):
                    clash.update((i, j))
        if not clash:
            continue
        chosen = [variants[i] for i in sorted(clash)]
        out_variants = [
            Variant(value=v.text, articles=list(v.articles), mentions=list(v.mentions))
            for v in chosen
        ]
        speaker = quote.speaker_name or "unattributed"
        topic = f"{speaker}'s words: “{short(quote.text, 6)}”"
        out.append(make_conflict("quote", topic, out_variants, idx))
    return out


_CLOCK = re.compile(
    r"\b\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|\b\d{4}\s*(?:GMT|UTC)\b",
    re.IGNORECASE,
)


def _figures(text: str) -> set[str]:
    """Numbers of a quote, clock times aside ("6:41pm" and "18:41" are one time)."""
    return {d.replace(",", "").rstrip(".") for d in _DIGITS.findall(_CLOCK.sub(" ", text))}


def _quotes_differ(a: str, b: str) -> bool:
    """Materially different: other figures, or one wording negates the other."""
    da, db = _figures(a), _figures(b)
    if da and db and da != db:
        return True
    return polarity.contradiction(a, b, min_overlap=0.6, min_words=1, min_len_ratio=0.5) is not None


# ---------------------------------------------------------------- claims


def _claim_conflicts(
    facts: list[Fact], idx: StoryIndex, settings: CompareSettings
) -> list[Conflict]:
    """Aligned statements from different sources where one negates the other."""
    out: list[Conflict] = []
    seen: set[frozenset[tuple[str, int]]] = set()
    candidates: list[tuple[Span, Span, str | None]] = []
    for fact in facts:
        ms = fact.mentions
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                if idx.group(ms[i].article) != idx.group(ms[j].article):
                    candidates.append((ms[i], ms[j], fact.id))
    # statements the aligner kept apart can still be near-identical but opposite
    readings: list[tuple[Span, polarity.Reading]] = [
        (s, polarity.read(s.text)) for sents in idx.sentences.values() for s in sents
    ]
    by_stem: dict[str, list[int]] = defaultdict(list)
    for k, (_, r) in enumerate(readings):
        for st in r.stems:
            by_stem[st].append(k)
    for k, (s, r) in enumerate(readings):
        if len(r.stems) < 3:
            continue
        hits = Counter(x for st in r.stems for x in by_stem[st] if x > k)
        for x, shared in hits.items():
            other, ro = readings[x]
            if other.article == s.article or idx.group(other.article) == idx.group(s.article):
                continue
            if shared >= 0.75 * min(len(r.stems), len(ro.stems)) and r.negated != ro.negated:
                candidates.append((s, other, None))
            elif shared >= 0.6 * min(len(r.stems), len(ro.stems)) and r.negated == ro.negated:
                candidates.append((s, other, None))
    unresolved: list[tuple[Span, Span]] = []
    opposed: list[tuple[Span, Span]] = []
    for a, b, _ in candidates:
        key = frozenset({(a.article, a.start), (b.article, b.start)})
        if key in seen:
            continue
        seen.add(key)
        why = polarity.contradiction(a.text, b.text)
        if why is None:
            unresolved.append((a, b))
            continue
        opposed.append((a, b))
    if settings.nli_model_path and unresolved:
        pairs = [(a.text, b.text) for a, b in unresolved]
        scores = nli.contradiction_scores(pairs, settings.nli_model_path) or []
        threshold = getattr(settings, "nli_threshold", NLI_THRESHOLD)
        for (a, b), score in zip(unresolved, scores, strict=False):
            if score >= threshold:
                opposed.append((a, b))
    out.extend(_merge_claims(opposed, idx))
    return out


def _merge_claims(opposed: list[tuple[Span, Span]], idx: StoryIndex) -> list[Conflict]:
    """One conflict per disputed statement: opposed pairs that share a sentence join,
    and the sentences fall on two sides (each pair puts its two ends on opposite sides)."""
    key = lambda s: (s.article, s.start, s.end)  # noqa: E731
    spans: dict[tuple[str, int, int], Span] = {}
    nodes: dict[tuple[str, int, int], int] = {}
    for a, b in opposed:
        for s in (a, b):
            spans.setdefault(key(s), s)
            nodes.setdefault(key(s), len(nodes))
    union = UnionFind(len(nodes))
    adjacency: dict[int, list[int]] = defaultdict(list)
    for a, b in opposed:
        i, j = nodes[key(a)], nodes[key(b)]
        union.union(i, j)
        adjacency[i].append(j)
        adjacency[j].append(i)
    by_index = {v: k for k, v in nodes.items()}
    out: list[Conflict] = []
    for comp in union.groups():
        side = {comp[0]: 0}
        todo = [comp[0]]
        bipartite = True
        while todo:
            i = todo.pop()
            for j in adjacency[i]:
                if j not in side:
                    side[j] = 1 - side[i]
                    todo.append(j)
                elif side[j] == side[i]:
                    bipartite = False
        if not bipartite:  # no two consistent sides: keep the pairs apart
            out.extend(
                _claim(spans[by_index[i]], spans[by_index[j]], idx)
                for i in comp
                for j in adjacency[i]
                if i < j
            )
            continue
        groups = [[spans[by_index[i]] for i in comp if side[i] == k] for k in (0, 1)]
        variants = [
            Variant(
                value=min(g, key=lambda s: len(s.text)).text,
                articles=unique(s.article for s in g),
                mentions=g,
            )
            for g in groups
        ]
        topic = _claim_topic(variants[0].value, variants[1].value)
        out.append(make_conflict("claim", topic, variants, idx))
    return out


def _claim(a: Span, b: Span, idx: StoryIndex) -> Conflict:
    variants = [
        Variant(value=a.text, articles=[a.article], mentions=[a]),
        Variant(value=b.text, articles=[b.article], mentions=[b]),
    ]
    return make_conflict("claim", _claim_topic(a.text, b.text), variants, idx)


def _claim_topic(a: str, b: str) -> str:
    """The words both statements share, in order, with "…" where they part."""
    wa, wb = a.split(), b.split()
    matcher = difflib.SequenceMatcher(a=[w.casefold() for w in wa], b=[w.casefold() for w in wb])
    parts: list[str] = []
    used = 0
    for block in matcher.get_matching_blocks():
        if not block.size or used >= TOPIC_WORDS + 4:
            continue
        words = wa[block.a : block.a + block.size]
        parts.append(" ".join(words).strip(PUNCT + " "))
        used += block.size
    topic = " … ".join(p for p in parts if p)
    return short(topic, TOPIC_WORDS + 4) if topic else short(a)


# ---------------------------------------------------------------- entry points


def find_conflicts(
    facts: list[Fact],
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    entities: list[Entity],
    quotes: list[Quote],
    origins: list[Origin],
    settings: CompareSettings,
) -> list[Conflict]:
    """Statements about the same thing that disagree, with every variant and its spans."""
    idx = build_index(facts, articles, analyses, origins)
    found: list[Conflict] = []
    found += _number_conflicts(analyses, idx, settings)
    found += _role_conflicts(entities, analyses, idx)
    found += dates.date_conflicts(facts, analyses, idx)
    found += dates.time_conflicts(facts, idx)
    found += _quote_conflicts(quotes, idx)
    found += _claim_conflicts(facts, idx, settings)
    found = _drop_overlaps(found)
    found.sort(
        key=lambda c: (
            c.imprecise,
            c.over_time,
            KIND_ORDER.get(c.kind, 9),
            -idx.sources(a for v in c.variants for a in v.articles),
            c.topic,
        )
    )
    return [replace(c, id=f"c{i}") for i, c in enumerate(found, start=1)]


def _drop_overlaps(conflicts: list[Conflict]) -> list[Conflict]:
    """A claim whose sentences already carry a number, date or quote dispute adds nothing."""

    def spans(c: Conflict) -> set[tuple[str, int, int]]:
        return {(m.article, m.start, m.end) for v in c.variants for m in v.mentions}

    specific = [c for c in conflicts if c.kind != "claim"]
    out = list(specific)
    for c in conflicts:
        if c.kind != "claim":
            continue
        mine = spans(c)
        if any(
            a == b_art and s < be and bs < e
            for o in specific
            for (b_art, bs, be) in spans(o)
            for (a, s, e) in mine
        ):
            continue
        out.append(c)
    return out


def mark_disputed(facts: list[Fact], conflicts: list[Conflict]) -> list[Fact]:
    """Facts involved in a real conflict (not merely imprecise, not an update over
    time) become `disputed`."""
    involved = {f for c in conflicts if c.is_dispute for f in c.facts}
    return [replace(f, status="disputed") if f.id in involved else f for f in facts]
