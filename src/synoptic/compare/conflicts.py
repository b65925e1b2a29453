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

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from synoptic.compare import nli, numbers, polarity, roles
from synoptic.compare.sources import count_sources, group_of, origin_map
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
from synoptic.text.sentences import split_sentences

KIND_ORDER = {"number": 0, "date": 1, "time": 2, "role": 3, "quote": 4, "claim": 5}
# Two counts further apart than this factor are not the same count misreported.
MAX_COUNT_RATIO = 100.0
NLI_THRESHOLD = 0.9
TOPIC_WORDS = 8


# ---------------------------------------------------------------- the story's index


@dataclass
class _Index:
    """Lookups over one story: sentences, facts and origin groups."""

    articles: dict[str, Article]
    sentences: dict[str, list[Span]]
    starts: dict[str, list[int]]
    omap: dict[str, str]
    origins: list[Origin]
    fact_spans: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)

    def sentence_of(self, span: Span) -> Span:
        sents = self.sentences.get(span.article, [])
        i = bisect.bisect_right(self.starts.get(span.article, []), span.start) - 1
        if 0 <= i < len(sents) and sents[i].end >= span.end:
            return sents[i]
        article = self.articles.get(span.article)
        if article is None:
            return span
        # fall back on the line holding the span
        start = article.text.rfind("\n", 0, span.start) + 1
        end = article.text.find("\n", span.end)
        end = len(article.text) if end < 0 else end
        return Span(span.article, start, end, article.text[start:end])

    def facts_of(self, span: Span) -> list[str]:
        return [
            fid
            for start, end, fid in self.fact_spans.get(span.article, [])
            if start < span.end and span.start < end
        ]

    def fact_of(self, span: Span) -> str | None:
        found = self.facts_of(span)
        return found[0] if found else None

    def group(self, article_id: str) -> str:
        return group_of(article_id, self.omap)

    def sources(self, article_ids: Iterable[str]) -> int:
        return count_sources(article_ids, self.origins)


def _index(
    facts: list[Fact],
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    origins: list[Origin],
) -> _Index:
    by_id = {a.id: a for a in articles}
    sentences: dict[str, list[Span]] = {}
    for article in articles:
        analysis = analyses.get(article.id)
        sents = analysis.sentences if analysis and analysis.sentences else split_sentences(article)
        sentences[article.id] = sorted((s.span for s in sents), key=lambda s: s.start)
    fact_spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for fact in facts:
        for m in fact.mentions:
            fact_spans[m.article].append((m.start, m.end, fact.id))
    return _Index(
        articles=by_id,
        sentences=sentences,
        starts={k: [s.start for s in v] for k, v in sentences.items()},
        omap=origin_map(origins),
        origins=origins,
        fact_spans=dict(fact_spans),
    )


# ---------------------------------------------------------------- shared helpers


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _short(text: str, words: int = TOPIC_WORDS) -> str:
    toks = text.split()
    out = " ".join(toks[:words])
    return out.rstrip(" ,;:") + ("…" if len(toks) > words else "")


def _majority(variants: list[Variant], idx: _Index) -> str | None:
    """ "k of n independent sources: value" when one variant has a strict majority."""
    total = idx.sources(a for v in variants for a in v.articles)
    if total < 3:
        return None
    counts = [(idx.sources(v.articles), v.value) for v in variants]
    best, value = max(counts, key=lambda c: c[0])
    if best * 2 > total:
        return f"{best} of {total} independent sources: {value}"
    return None


def _cross_source(variants: list[Variant], idx: _Index) -> bool:
    """The variants are carried by at least two origin groups."""
    return len({idx.group(a) for v in variants for a in v.articles}) >= 2


def _conflict(kind: str, topic: str, variants: list[Variant], idx: _Index, **kw) -> Conflict:
    fact_ids = _unique(f for v in variants for m in v.mentions for f in idx.facts_of(m))
    return Conflict(
        id="",
        kind=kind,  # type: ignore[arg-type]
        topic=topic,
        variants=variants,
        majority=_majority(variants, idx),
        facts=fact_ids,
        **kw,
    )


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())


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


def _number_topic(mentions: list[numbers.QuantityMention]) -> str:
    """The counted noun and the context words most mentions share, in source wording."""
    counts = Counter(s for m in mentions for s in m.window)
    shared = {s for s, c in counts.items() if c >= max(2, (len(mentions) + 1) // 2)}
    best: tuple[int, int, str] | None = None
    for m in mentions:
        q = m.quantity.span
        sent = m.sentence
        after = sent.text[q.end - sent.start :]
        unit_word = ""
        words = re.findall(r"\S+", after)
        label = numbers.value_label(m.quantity)
        tail = m.quantity.span.text[len(label) :].strip(" ,")
        if tail and not tail.lower().startswith(("of ", "de ")):
            unit_word = tail
        elif tail:
            unit_word = tail.split(" ", 1)[1] if " " in tail else tail
        phrase_words: list[str] = []
        covered = 0
        last_hit = 0
        for w in words[:TOPIC_WORDS]:
            if w[-1:] in ".;:!?" and phrase_words:
                phrase_words.append(w.rstrip(".;:!?,"))
                if numbers.stem(w.strip(".;:!?,\"“”'’")) in shared:
                    covered += 1
                    last_hit = len(phrase_words)
                break
            phrase_words.append(w)
            if numbers.stem(w.strip(".;:!?,\"“”'’")) in shared:
                covered += 1
                last_hit = len(phrase_words)
        phrase = " ".join(phrase_words[:last_hit]).rstrip(",;:")
        topic = (unit_word or m.quantity.unit) + (" " + phrase if phrase else "")
        key = (covered, -len(topic), topic)
        if best is None or key > best:
            best = key
    topic = best[2] if best else mentions[0].quantity.unit
    return topic.strip(" ,\"“”") or mentions[0].quantity.unit


def _number_conflicts(
    analyses: dict[str, ArticleAnalysis], idx: _Index, settings: CompareSettings
) -> list[Conflict]:
    mentions: list[numbers.QuantityMention] = []
    for aid in idx.articles:
        analysis = analyses.get(aid)
        if analysis is None:
            continue
        for q in analysis.quantities:
            if not q.unit or (q.low is None and q.high is None):
                continue
            sent = idx.sentence_of(q.span)
            mentions.append(
                numbers.describe(q, sent, idx.fact_of(sent), index=len(mentions))
            )
    n = len(mentions)
    union = _Union(n)
    edges: set[tuple[int, int]] = set()
    for i in range(n):
        for j in range(i + 1, n):
            a, b = mentions[i], mentions[j]
            if a.article == b.article:
                continue
            if numbers.aligned(a, b) and not _far_apart(a, b):
                union.join(i, j)
                edges.add((i, j))
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

        # a real dispute needs two directly aligned mentions from different sources
        disputed = any(
            not compat[(i, j)] and idx.group(mentions[i].article) != idx.group(mentions[j].article)
            for (i, j) in edges
            if i in comp and j in comp
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
                    articles=_unique(mentions[i].article for i in g),
                    mentions=[mentions[i].quantity.span for i in g],
                )
            )
        if disputed and len(variants) >= 2:
            out.append(_conflict("number", _number_topic(ms), variants, idx))
        elif not disputed and settings_report_imprecise(settings):
            values = {v.value.casefold() for v in variants}
            if len(values) >= 2 and len({idx.group(m.article) for m in ms}) >= 2:
                merged = _imprecise_variants(ms)
                out.append(_conflict("number", _number_topic(ms), merged, idx, imprecise=True))
    return out


def _imprecise_variants(ms: list[numbers.QuantityMention]) -> list[Variant]:
    by_label: dict[str, list[numbers.QuantityMention]] = defaultdict(list)
    for m in ms:
        by_label[numbers.value_label(m.quantity)].append(m)
    return [
        Variant(value=label, articles=_unique(m.article for m in g), mentions=[m.quantity.span for m in g])
        for label, g in by_label.items()
    ]


def settings_report_imprecise(settings: CompareSettings) -> bool:
    return bool(getattr(settings, "report_imprecise", False))


# ---------------------------------------------------------------- roles


def _entity_roles(
    entity: Entity, analyses: dict[str, ArticleAnalysis], idx: _Index
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
    entities: list[Entity], analyses: dict[str, ArticleAnalysis], idx: _Index
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
                    articles=_unique(a for _, a, _ in items),
                    mentions=_dedup_spans(s for _, _, s in items if s is not None),
                )
            )
        if len({a for v in variants for a in v.articles}) < 2:
            continue  # one article's own inconsistency is more likely an extraction slip
        variants.sort(key=lambda v: (-idx.sources(v.articles), v.value))
        out.append(_conflict("role", f"{entity.name}'s title", variants, idx))
    return out


def _dedup_spans(spans: Iterable[Span]) -> list[Span]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for s in spans:
        key = (s.article, s.start, s.end)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


# ---------------------------------------------------------------- dates


def _date_conflicts(
    facts: list[Fact], analyses: dict[str, ArticleAnalysis], idx: _Index
) -> list[Conflict]:
    out: list[Conflict] = []
    for fact in facts:
        if len({idx.group(a) for a in fact.articles}) < 2:
            continue
        dated: list[tuple[Span, object, str, bool]] = []
        for m in fact.mentions:
            analysis = analyses.get(m.article)
            if analysis is None:
                continue
            times = [
                t
                for t in analysis.times
                if t.value is not None and m.start <= t.span.start and t.span.end <= m.end
            ]
            if len({(t.value, t.precision) for t in times}) != 1:
                continue  # undated, or several dates: which one is the event's is unclear
            t = times[0]
            dated.append((t.span, t.value, t.precision, t.relative))
        if len(dated) < 2:
            continue
        groups: list[list[tuple[Span, object, str, bool]]] = []
        for item in dated:
            for g in groups:
                if _dates_agree(item, g[0]):
                    g.append(item)
                    break
            else:
                groups.append([item])
        if len(groups) < 2:
            continue
        variants = [
            Variant(
                value=str(g[0][1]) if g[0][2] == "day" else _date_label(g[0]),
                articles=_unique(s.article for s, *_ in g),
                mentions=[s for s, *_ in g],
            )
            for g in groups
        ]
        if not _cross_source(variants, idx) or not _date_groups_real(groups, idx):
            continue
        out.append(_conflict("date", "date of: " + _short(fact.text), variants, idx))
    return out


def _date_label(item: tuple[Span, object, str, bool]) -> str:
    value, precision = item[1], item[2]
    text = str(value)
    return text[:4] if precision == "year" else text[:7] if precision == "month" else text


def _dates_agree(a: tuple[Span, object, str, bool], b: tuple[Span, object, str, bool]) -> bool:
    order = {"year": 4, "month": 7, "day": 10}
    keep = min(order.get(a[2], 10), order.get(b[2], 10))
    if str(a[1])[:keep] == str(b[1])[:keep]:
        return True
    # one relative word resolved against two anchors is not a disagreement of the sources
    return a[3] and b[3] and a[0].text.casefold() == b[0].text.casefold()


def _date_groups_real(groups: list[list[tuple[Span, object, str, bool]]], idx: _Index) -> bool:
    """Sides from different sources, and not only relative words resolved differently."""
    sides = [{idx.group(s.article) for s, *_ in g} for g in groups]
    return len(set().union(*sides)) >= 2


# ---------------------------------------------------------------- quotes


_DIGITS = re.compile(r"\d[\d,.]*")


def _quote_conflicts(quotes: list[Quote], idx: _Index) -> list[Conflict]:
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
        topic = f"{speaker}'s words: “{_short(quote.text, 6)}”"
        out.append(_conflict("quote", topic, out_variants, idx))
    return out


def _quotes_differ(a: str, b: str) -> bool:
    """Materially different: other figures, or one wording negates the other."""
    da = {d.replace(",", "").rstrip(".") for d in _DIGITS.findall(a)}
    db = {d.replace(",", "").rstrip(".") for d in _DIGITS.findall(b)}
    if da and db and da != db:
        return True
    return polarity.contradiction(a, b, min_overlap=0.6, min_words=1) is not None


# ---------------------------------------------------------------- claims


def _claim_conflicts(
    facts: list[Fact], idx: _Index, settings: CompareSettings
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
    for a, b, _ in candidates:
        key = frozenset({(a.article, a.start), (b.article, b.start)})
        if key in seen:
            continue
        seen.add(key)
        why = polarity.contradiction(a.text, b.text)
        if why is None:
            unresolved.append((a, b))
            continue
        out.append(_claim(a, b, idx))
    if settings.nli_model_path and unresolved:
        pairs = [(a.text, b.text) for a, b in unresolved]
        scores = nli.contradiction_scores(pairs, settings.nli_model_path) or []
        for (a, b), score in zip(unresolved, scores, strict=False):
            if score >= NLI_THRESHOLD:
                out.append(_claim(a, b, idx))
    return out


def _claim(a: Span, b: Span, idx: _Index) -> Conflict:
    variants = [
        Variant(value=a.text, articles=[a.article], mentions=[a]),
        Variant(value=b.text, articles=[b.article], mentions=[b]),
    ]
    ra, rb = polarity.read(a.text), polarity.read(b.text)
    shared = ra.stems & rb.stems
    # topic: the first words of the affirmative side that both statements share
    positive = b if ra.negated and not rb.negated else a
    words = [w for w in positive.text.split() if numbers.stem(w.strip(".,;:\"“”")) in shared]
    topic = " ".join(words[:TOPIC_WORDS]) or _short(positive.text)
    return _conflict("claim", topic.strip(" ,.;:"), variants, idx)


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
    idx = _index(facts, articles, analyses, origins)
    found: list[Conflict] = []
    found += _number_conflicts(analyses, idx, settings)
    found += _role_conflicts(entities, analyses, idx)
    found += _date_conflicts(facts, analyses, idx)
    found += _quote_conflicts(quotes, idx)
    found += _claim_conflicts(facts, idx, settings)
    found = _drop_overlaps(found)
    found.sort(
        key=lambda c: (
            c.imprecise,
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
    """Facts involved in a real (not merely imprecise) conflict become `disputed`."""
    involved = {f for c in conflicts if not c.imprecise for f in c.facts}
    return [replace(f, status="disputed") if f.id in involved else f for f in facts]
