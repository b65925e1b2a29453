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
import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from unidecode import unidecode

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
MAX_COUNT_RATIO = 20.0
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


# Units that measure rather than count: the topic is what they measure, named before them
# ("Turnout in the referendum was 61 percent").
_MEASURES = frozenset(
    """percent pourcent porciento dollar euro pound yen hour minute day week month year
    kilometer kilometre mile meter metre ton tonne""".split()
)
_PUNCT = ".,;:!?\"“”'’()[]"


def _unit_word(m: numbers.QuantityMention) -> str:
    """The counted noun as written ("troops"), else the unit lemma."""
    q, sent = m.quantity.span, m.sentence
    for w in re.findall(r"\S+", q.text)[1:]:
        if numbers.is_unit_word(w, m.quantity.unit):
            return w.strip(_PUNCT)
    after = sent.text[q.end - sent.start :].split()[:3]
    for w in after:
        if numbers.is_unit_word(w, m.quantity.unit):
            return w.strip(_PUNCT)
    return m.quantity.unit


def _phrase(words: list[str], shared: set[str], from_left: bool) -> tuple[int, str]:
    """The shortest run of `words` next to the number that holds the shared context words."""
    clean = [w.strip(_PUNCT) for w in words]
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
    analyses: dict[str, ArticleAnalysis], idx: _Index, settings: CompareSettings
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
            mentions.append(
                numbers.describe(q, sent, idx.fact_of(sent), index=len(mentions))
            )
    n = len(mentions)
    union = _Union(n)
    strong: set[tuple[int, int]] = set()
    for i in range(n):
        for j in range(i + 1, n):
            a, b = mentions[i], mentions[j]
            link = numbers.alignment(a, b)
            if link and not _far_apart(a, b):
                union.join(i, j)
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
                    articles=_unique(mentions[i].article for i in g),
                    mentions=[mentions[i].quantity.span for i in g],
                )
            )
        if disputed and _one_count_per_article(variants):
            out.append(_conflict("number", _number_topic(ms), variants, idx))
        elif not disputed and settings_report_imprecise(settings):
            values = {v.value.casefold() for v in variants}
            if len(values) >= 2 and len({idx.group(m.article) for m in ms}) >= 2:
                merged = _imprecise_variants(ms)
                out.append(_conflict("number", _number_topic(ms), merged, idx, imprecise=True))
    return out


def _one_count_per_article(variants: list[Variant]) -> bool:
    """At least two sides, and no article on two of them.

    An article that gives two incompatible figures for "the same" count is
    counting two things (one count of murder, two counts of possession; a sum
    and its conversion): the alignment is wrong, not the sources.
    """
    if len(variants) < 2:
        return False
    seen: set[str] = set()
    for v in variants:
        arts = set(v.articles)
        if arts & seen:
            return False
        seen |= arts
    return True


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


@dataclass
class _Dated:
    span: Span  # the time expression
    sentence: Span  # the statement it dates
    value: date  # resolved date (against a common anchor when the article gave none)
    precision: str
    relative: bool
    resolved: bool  # False: resolved here only to compare
    anchored: bool  # the article has its own publication date


_PREPOSITIONS = frozenset("on in at by from until since during for of the this last next".split())
# A date right after these words bounds a period ("until Monday", "since 2014"):
# it does not date the event itself.
_NON_EVENT_BEFORE = frozenset(
    "until till since by before after from through ahead prior within".split()
)
# A date next to a reporting verb dates the report ("authorities said Saturday").
_REPORTING = frozenset(
    """said says say told tells announced announces reported reports stated states added
    adds according declared wrote tweeted confirmed confirms explained noted""".split()
)
DATE_CONTEXT_SHARED = 3  # content words two dated statements share to be about one event
DATE_CONTEXT_SHARE = 0.3


def _date_topic(sentence: Span, time: Span) -> str:
    """What happens at the date, in the source's words: the clause around the date expression."""
    before = sentence.text[: time.start - sentence.start].split()
    after = sentence.text[time.end - sentence.start :].split()
    use_before = len(before) >= 3
    words = [w.strip(_PUNCT) for w in (before if use_before else after)]
    if use_before:
        while words and words[-1].casefold() in _PREPOSITIONS:
            words.pop()
        words = words[-TOPIC_WORDS:]
    else:
        cut = next((i for i, w in enumerate(after) if w[-1:] in ",;:."), len(after))
        words = words[: min(cut + 1, TOPIC_WORDS)]
    phrase = " ".join(w for w in words if w)
    return f"date: {phrase}" if phrase else "date"


_WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi
    vendredi samedi dimanche lunes martes miercoles jueves viernes sabado domingo""".split()
)
_MONTHS = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec janvier fevrier mars avril
    mai juin juillet aout septembre octobre novembre decembre enero febrero marzo abril
    mayo junio julio agosto septiembre octubre noviembre diciembre""".split()
)


def _date_words(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Weekday names, month names and numbers of a time expression."""
    words = [unidecode(w).casefold().strip(".") for w in re.findall(r"\w+", text)]
    return (
        frozenset(w for w in words if w in _WEEKDAYS),
        frozenset(w for w in words if w in _MONTHS),
        frozenset(w for w in words if w.isdigit()),
    )


def _dates_comparable(a: _Dated, b: _Dated) -> bool:
    """Both resolved on solid ground, or both the same kind of relative words read
    against one anchor ("Friday" / "Thursday"; not "19 August" / "Tuesday")."""
    solid_a = not a.relative or a.anchored
    solid_b = not b.relative or b.anchored
    if solid_a and solid_b:
        return True
    if not (a.relative and b.relative and not a.anchored and not b.anchored):
        return False
    if a.precision != b.precision:
        return False
    wa, wb = _date_words(a.span.text), _date_words(b.span.text)
    # "yesterday" and "today" in two undated articles may be one day: only named
    # days and months can be compared without publication dates
    if not (wa[0] or wa[1]) or not (wb[0] or wb[1]):
        return False
    return all(bool(x) == bool(y) for x, y in zip(wa, wb, strict=True))


def _same_event(a: _Dated, b: _Dated) -> bool:
    """The two dated statements share enough words, dates aside, to be about one event."""
    def stems(d: _Dated) -> frozenset[str]:
        text = d.sentence.text
        cut = d.span.start - d.sentence.start
        return polarity.read(text[:cut] + " " + text[cut + len(d.span.text) :]).stems

    sa, sb = stems(a), stems(b)
    shared = len(sa & sb)
    if shared < DATE_CONTEXT_SHARED or shared / (min(len(sa), len(sb)) or 1) < DATE_CONTEXT_SHARE:
        return False
    return bool(_around(a.sentence, a.span) & _around(b.sentence, b.span))


TIME_NEIGHBOURS = 4  # words either side of a date that say what happened then


def _around(sentence: Span, time: Span) -> frozenset[str]:
    """Content words right next to a date or time ("approved ... in 2009"): two dates
    of one sentence-level fact date one event only if these words meet."""
    before = sentence.text[: time.start - sentence.start].split()[-TIME_NEIGHBOURS:]
    after = sentence.text[time.end - sentence.start :].split()[:TIME_NEIGHBOURS]
    return polarity.read(" ".join(before + after)).stems


def _date_conflicts(
    facts: list[Fact], analyses: dict[str, ArticleAnalysis], idx: _Index
) -> list[Conflict]:
    out: list[Conflict] = []
    anchor = _common_anchor(analyses, idx)
    for fact in facts:
        if len({idx.group(a) for a in fact.articles}) < 2:
            continue
        dated: list[_Dated] = []
        for m in fact.mentions:
            art = idx.articles.get(m.article)
            item = _one_date(m, analyses.get(m.article), anchor, bool(art and art.published))
            if item is not None:
                dated.append(item)
        if len(dated) < 2:
            continue
        clash = False
        linked: set[int] = set()
        for i in range(len(dated)):
            for j in range(i + 1, len(dated)):
                x, y = dated[i], dated[j]
                if idx.group(x.span.article) == idx.group(y.span.article):
                    continue
                if not _dates_comparable(x, y) or not _same_event(x, y):
                    continue
                linked.update((i, j))
                if not _dates_agree(x, y):
                    clash = True
        if not clash:
            continue
        groups: list[list[_Dated]] = []
        for k in sorted(linked):
            item = dated[k]
            for g in groups:
                if _dates_agree(item, g[0]):
                    g.append(item)
                    break
            else:
                groups.append([item])
        variants = [
            Variant(
                value=_date_label(g),
                articles=_unique(d.span.article for d in g),
                mentions=[d.span for d in g],
            )
            for g in groups
        ]
        if not _cross_source(variants, idx) or not _one_count_per_article(variants):
            continue
        first = groups[0][0]
        out.append(_conflict("date", _date_topic(first.sentence, first.span), variants, idx))
    return out


def _common_anchor(analyses: dict[str, ArticleAnalysis], idx: _Index) -> date:
    """A date to resolve leftover relative expressions against, the same for every article."""
    for aid in idx.articles:
        art = idx.articles[aid]
        if art.published:
            return art.published
    values = sorted(
        t.value for aid in idx.articles for t in getattr(analyses.get(aid), "times", []) if t.value
    )
    return values[len(values) // 2] if values else date(2000, 1, 1)


def _event_time(sentence: Span, time: Span) -> bool:
    """Does the time expression date the statement's event (not a report or a bound)?"""
    before = sentence.text[: time.start - sentence.start].split()[-3:]
    after = sentence.text[time.end - sentence.start :].split()[:2]
    low_before = [w.strip(_PUNCT).casefold() for w in before]
    low_after = [w.strip(_PUNCT).casefold() for w in after]
    if any(w in _NON_EVENT_BEFORE for w in low_before):  # "until at least Monday"
        return False
    near = low_before[-2:] + low_after[:1]
    return not any(w in _REPORTING for w in near)


def _one_date(
    mention: Span, analysis: ArticleAnalysis | None, anchor: date, anchored: bool
) -> _Dated | None:
    """The single event date a statement gives, or None when it gives none or several."""
    if analysis is None:
        return None
    inside = [
        t
        for t in analysis.times
        if mention.start <= t.span.start and t.span.end <= mention.end
    ]
    inside = [t for t in inside if _event_time(mention, t.span)]
    if not inside:
        return None
    unresolved = [t for t in inside if t.value is None]
    resolved_here = set()
    if unresolved:
        try:
            from synoptic.text.timex import resolve_times
        except ImportError:
            return None
        again = resolve_times(unresolved, anchor)
        resolved_here = {(t.span.start, t.span.end) for t in again if t.value is not None}
        inside = [t for t in inside if t.value is not None] + [t for t in again if t.value is not None]
    distinct = {(t.value, t.precision) for t in inside}
    if len(distinct) != 1:
        return None  # several dates: which one is the event's is unclear
    t = inside[0]
    return _Dated(
        span=t.span,
        sentence=mention,
        value=t.value,  # type: ignore[arg-type]
        precision=t.precision,
        relative=t.relative or (t.span.start, t.span.end) in resolved_here,
        resolved=(t.span.start, t.span.end) not in resolved_here,
        anchored=anchored,
    )


def _date_label(group: list[_Dated]) -> str:
    """ISO date at its precision when the article fixed it; the words themselves when
    only a guessed anchor did ("Tuesday" in an undated article)."""
    d = group[0]
    if not d.resolved or (d.relative and not d.anchored):
        return d.span.text
    text = d.value.isoformat()
    return text[:4] if d.precision == "year" else text[:7] if d.precision == "month" else text


def _dates_agree(a: _Dated, b: _Dated) -> bool:
    order = {"year": 4, "month": 7, "day": 10}
    keep = min(order.get(a.precision, 10), order.get(b.precision, 10))
    if a.value.isoformat()[:keep] == b.value.isoformat()[:keep]:
        return True
    # the same relative words resolved against two anchors (or two tenses) are not a
    # disagreement of the sources: "Friday" and "Friday evening" name one day
    if a.relative and b.relative:
        wa, wb = _date_words(a.span.text), _date_words(b.span.text)
        return any(wa) and wa == wb
    return False


# ---------------------------------------------------------------- clock times

_CLOCK_TIME = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s*(?P<ap>[ap]\.?\s?m\b\.?)?"
    r"(?:\s*(?P<tz>GMT|UTC|[A-Z]{2,3}T|local time))?(?![\d:])",
    re.IGNORECASE,
)
TIME_TOLERANCE_MIN = 10  # "about 9 a.m." and "9:05" are one time


def _clock_times(text: str) -> list[tuple[int, str, re.Match[str]]]:
    """(minutes after midnight, time zone, match) of explicit clock times; times inside
    parentheses restate another in a second zone and are skipped."""
    out = []
    for m in _CLOCK_TIME.finditer(text):
        if m.group("m") is None and m.group("ap") is None:
            continue  # a bare number is not a time
        if text[: m.start()].rstrip().endswith("("):
            continue
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        ap = (m.group("ap") or "").lower()
        if hour > 23 or minute > 59 or (ap and hour > 12):
            continue
        if ap.startswith("p") and hour < 12:
            hour += 12
        elif ap.startswith("a") and hour == 12:
            hour = 0
        out.append((hour * 60 + minute, (m.group("tz") or "").upper(), m))
    return out


def _time_conflicts(facts: list[Fact], idx: _Index) -> list[Conflict]:
    """Aligned statements from different sources that put one event at other clock times."""
    out: list[Conflict] = []
    for fact in facts:
        timed: list[tuple[int, str, Span, Span]] = []
        for mention in fact.mentions:
            found = _clock_times(mention.text)
            if len(found) != 1:
                continue
            minutes, tz, m = found[0]
            start = mention.start + m.start()
            text = mention.text[m.start() : m.end()].rstrip()
            timed.append((minutes, tz, Span(mention.article, start, start + len(text), text), mention))
        clash = False
        for i in range(len(timed)):
            for j in range(i + 1, len(timed)):
                a, b = timed[i], timed[j]
                if idx.group(a[2].article) == idx.group(b[2].article) or a[1] != b[1]:
                    continue
                if not _statements_close(a[3], a[2], b[3], b[2]):
                    continue
                if abs(a[0] - b[0]) > TIME_TOLERANCE_MIN:
                    clash = True
        if not clash:
            continue
        groups: list[list[tuple[int, str, Span, Span]]] = []
        for item in timed:
            for g in groups:
                if abs(g[0][0] - item[0]) <= TIME_TOLERANCE_MIN and g[0][1] == item[1]:
                    g.append(item)
                    break
            else:
                groups.append([item])
        variants = [
            Variant(value=g[0][2].text, articles=_unique(t[2].article for t in g), mentions=[t[2] for t in g])
            for g in groups
        ]
        if len(variants) < 2 or not _one_count_per_article(variants):
            continue
        first = groups[0][0]
        topic = _date_topic(first[3], first[2]).replace("date:", "time:", 1)
        out.append(_conflict("time", topic, variants, idx))
    return out


def _statements_close(sa: Span, ta: Span, sb: Span, tb: Span) -> bool:
    """Two statements share enough words, their times aside, to be about one event."""
    def stems(sentence: Span, time: Span) -> frozenset[str]:
        cut = time.start - sentence.start
        return polarity.read(sentence.text[:cut] + " " + sentence.text[cut + len(time.text) :]).stems

    a, b = stems(sa, ta), stems(sb, tb)
    shared = len(a & b)
    if shared < DATE_CONTEXT_SHARED or shared / (min(len(a), len(b)) or 1) < DATE_CONTEXT_SHARE:
        return False
    return bool(_around(sa, ta) & _around(sb, tb))


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


def _merge_claims(opposed: list[tuple[Span, Span]], idx: _Index) -> list[Conflict]:
    """One conflict per disputed statement: opposed pairs that share a sentence join,
    and the sentences fall on two sides (each pair puts its two ends on opposite sides)."""
    key = lambda s: (s.article, s.start, s.end)  # noqa: E731
    spans: dict[tuple[str, int, int], Span] = {}
    nodes: dict[tuple[str, int, int], int] = {}
    for a, b in opposed:
        for s in (a, b):
            spans.setdefault(key(s), s)
            nodes.setdefault(key(s), len(nodes))
    union = _Union(len(nodes))
    adjacency: dict[int, list[int]] = defaultdict(list)
    for a, b in opposed:
        i, j = nodes[key(a)], nodes[key(b)]
        union.join(i, j)
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
                articles=_unique(s.article for s in g),
                mentions=g,
            )
            for g in groups
        ]
        topic = _claim_topic(variants[0].value, variants[1].value)
        out.append(_conflict("claim", topic, variants, idx))
    return out


def _claim(a: Span, b: Span, idx: _Index) -> Conflict:
    variants = [
        Variant(value=a.text, articles=[a.article], mentions=[a]),
        Variant(value=b.text, articles=[b.article], mentions=[b]),
    ]
    return _conflict("claim", _claim_topic(a.text, b.text), variants, idx)


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
        parts.append(" ".join(words).strip(_PUNCT + " "))
        used += block.size
    topic = " … ".join(p for p in parts if p)
    return _short(topic, TOPIC_WORDS + 4) if topic else _short(a)


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
    found += _time_conflicts(facts, idx)
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
