"""Number disputes: figures for one count that cannot both be right.

Mentions of a count are aligned (`compare/numbers.py`: same unit, shared context,
same qualifiers); a group of aligned mentions is a dispute when two surely
aligned mentions from different sources disagree beyond rounding, and an update
over time when each later report states a larger figure.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import pairwise

from synoptic import lang
from synoptic.compare import (
    figure_align,
    figure_place,
    figure_scope,
    figure_slot,
    figure_subject,
    money,
    numbers,
    toll_kind,
    units,
)
from synoptic.compare.detectors import time as time_detector
from synoptic.compare.evidence import (
    PUNCT,
    StoryIndex,
    StoryInputs,
    first_fit_groups,
    make_conflict,
    one_count_per_article,
    unique,
)
from synoptic.model import Conflict, Quantity, Variant
from synoptic.settings import CompareSettings
from synoptic.util.unionfind import UnionFind


def _far_apart(a: numbers.QuantityMention, b: numbers.QuantityMention, max_ratio: float) -> bool:
    """Counts orders of magnitude apart are different counts, not one misreported."""
    qa, qb = a.quantity, b.quantity
    if None in (qa.low, qa.high, qb.low, qb.high):
        return False
    fa, fb = units.unit_factor(qa), units.unit_factor(qb)  # lengths in metres
    upper_low = max(qa.low * fa, qb.low * fb)  # type: ignore[operator]
    lower_high = min(qa.high * fa, qb.high * fb)  # type: ignore[operator]
    if lower_high <= 0 or upper_low <= lower_high:
        return False
    return upper_low / lower_high > max_ratio


_AGE_UNITS = frozenset({"year-old", "jarige"})

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
        if units.is_unit_word(w, m.quantity.unit):
            return w.strip(PUNCT)
    after = sent.text[q.end - sent.start :].split()[:3]
    for w in after:
        if units.is_unit_word(w, m.quantity.unit):
            return w.strip(PUNCT)
    return m.quantity.unit


def _phrase(words: list[str], shared: set[str], from_left: bool) -> tuple[int, str]:
    """The shortest run of `words` next to the number that holds the shared context words."""
    clean = [w.strip(PUNCT) for w in words]
    hits = [i for i, w in enumerate(clean) if w and units.stem(w) in shared]
    if not hits:
        return 0, ""
    if from_left:  # words before the number: from the first hit to the number
        first = hits[0]
        run = [w for w in clean[first:] if w]
        while run and run[-1].casefold() in lang.all_stop_words("COUNT_CONTEXT_WORDS"):
            run.pop()
        return len(hits), " ".join(run)
    last = hits[-1]
    run = [w for w in clean[: last + 1] if w]
    return len(hits), " ".join(run)


def _number_topic(mentions: list[numbers.QuantityMention], reach: int) -> str:
    """The counted noun and the context words most mentions share, in source wording."""
    distance = figure_place.distance_topic(mentions)
    if distance:
        return distance
    counts = Counter(s for m in mentions for s in m.window)
    shared = {s for s, c in counts.items() if c >= max(2, (len(mentions) + 1) // 2)}
    best: tuple[int, int, str] | None = None
    for m in mentions:
        q, sent = m.quantity.span, m.sentence
        unit = _unit_word(m)
        measure = units.unit_key(m.quantity.unit) in _MEASURES
        if measure:
            before = sent.text[: q.start - sent.start].split()[-reach:]
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
            words = after_text.split()[:reach]
            if words and units.is_unit_word(words[0], m.quantity.unit):
                words = words[1:]
            covered, phrase = _phrase(words, shared, from_left=False)
            topic = f"{unit} {phrase}".strip()
        key = (covered, -len(topic), topic)
        if best is None or key > best:
            best = key
    topic = best[2] if best else mentions[0].quantity.unit
    return topic.strip(" ,") or mentions[0].quantity.unit



def link_reason(
    a: numbers.QuantityMention, b: numbers.QuantityMention, settings: CompareSettings
) -> tuple[int, str]:
    """The link between two figures of a story (0, WEAK or STRONG) with the rule that
    decided it: `figure_align.alignment_reason`, then the checks on the pair's values."""
    link, reason = figure_align.alignment_reason(a, b, settings)
    if not link:
        return 0, reason
    if _far_apart(a, b, settings.max_count_ratio):
        return 0, "orders of magnitude apart"
    if figure_scope.different_measures(a.quantity, a.sentence, b.quantity, b.sentence):
        return 0, "different measures"  # another part, span or line of figures
    if (a.movement or b.movement) and a.movement != b.movement:
        return 0, "a movement and another length"  # "ran 35 yards" / "threw for 329 yards"
    if (
        link == figure_align.WEAK
        and units.is_measure(a.quantity)
        and not numbers.values_compatible(a.quantity, b.quantity, settings)
    ):
        # lengths and durations measure many things in a story (two climbers'
        # falls): a weak link only gathers another mention of the same figure
        return 0, "weak link between two measures"
    return link, reason

def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Figures for one count that cannot both be right (or, with `report_imprecise`,
    compatible wordings of one count)."""
    idx = story.index
    mentions = figure_mentions(story, settings)
    conversions = money.converts_currencies(
        [m.quantity for m in mentions], [a.text for a in idx.articles.values()]
    )
    n = len(mentions)
    union = UnionFind(n)
    strong: set[tuple[int, int]] = set()
    for i in range(n):
        for j in range(i + 1, n):
            link, _ = link_reason(mentions[i], mentions[j], settings)
            if not link:
                continue
            union.union(i, j)
            if link == figure_align.STRONG:
                strong.add((i, j))
    out = [c for comp in union.groups() if (c := _conflict(comp, mentions, strong, idx, settings, conversions))]
    # the event's tolls told in statements that share no words: linked only to each other
    taken = {(m.article, m.start) for c in out for v in c.variants for m in v.mentions}
    tolls = UnionFind(n)
    toll_pairs: set[tuple[int, int]] = set()
    for i in range(n):
        for j in range(i + 1, n):
            a, b = mentions[i], mentions[j]
            if figure_align.same_toll(a, b, settings) and not figure_scope.different_measures(
                a.quantity, a.sentence, b.quantity, b.sentence
            ):
                tolls.union(i, j)
                toll_pairs.add((i, j))
    for comp in tolls.groups():
        if len(comp) < 2 or any((mentions[i].article, mentions[i].quantity.span.start) in taken for i in comp):
            continue
        c = _conflict(comp, mentions, toll_pairs, idx, settings, conversions)
        if c is not None and not c.imprecise:
            out.append(c)
    return out


def _conflict(
    comp: list[int],
    mentions: list[numbers.QuantityMention],
    strong: set[tuple[int, int]],
    idx: StoryIndex,
    settings: CompareSettings,
    conversions: object,
) -> Conflict | None:
    """The dispute (or imprecise wording) a group of linked figures makes, if any."""
    found = _group_conflict(comp, mentions, strong, idx, settings, conversions)
    if found is None and any(mentions[i].dated for i in comp):
        # an article on two sides because one of its statements names another month or year
        # ("In January, five cables ... were cut" beside this week's three): the group
        # without such statements, when it still sets two sources against each other
        # (a dated figure another source states undated, surely linked, is this event's:
        # "played in just 10 games this year, ... catching 52 passes" / "caught 52 passes")
        undated = [i for i in comp if not mentions[i].dated or _confirmed(i, comp, mentions, strong, settings)]
        if len({mentions[i].article for i in undated}) >= 2:
            again = _group_conflict(undated, mentions, strong, idx, settings, conversions)
            if again is not None and not again.imprecise:
                return again
    return found


def _confirmed(
    i: int, comp: list[int], mentions: list[numbers.QuantityMention], strong: set[tuple[int, int]],
    settings: CompareSettings,
) -> bool:
    """Is figure `i` surely linked to a compatible undated figure of another article?"""
    return any(
        (min(i, j), max(i, j)) in strong and not mentions[j].dated
        and mentions[j].article != mentions[i].article
        and numbers.values_compatible(mentions[i].quantity, mentions[j].quantity, settings)
        for j in comp
    )


def _group_conflict(
    comp: list[int],
    mentions: list[numbers.QuantityMention],
    strong: set[tuple[int, int]],
    idx: StoryIndex,
    settings: CompareSettings,
    conversions: object,
) -> Conflict | None:
    ms = [mentions[i] for i in comp]
    compat = {
        (i, j): numbers.values_compatible(mentions[i].quantity, mentions[j].quantity, settings)
        for i in comp
        for j in comp
        if i < j
    }

    def ok(i: int, j: int, compat: dict = compat) -> bool:
        return i == j or compat[(min(i, j), max(i, j))]

    # a real dispute needs two surely aligned mentions from different sources: two
    # origins. Figures of two rewrites of one report are left out (unlike dates, sides
    # and claims, `StoryIndex.apart`): versions of one wire story update a toll or a
    # market figure through the day and rewriters round ("4 1/2 months" / "four
    # months"); on ECB+ development topics both such pairs were false alarms
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
    groups = first_fit_groups(sides, lambda i, g, ok=ok: all(ok(i, j) for j in g))
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
    if disputed and money.is_money(ms[0].quantity) and conversions:
        disputed = False  # sums in a story that converts currencies: rates differ by outlet
    if disputed and one_count_per_article(variants):
        over_time = _grew_over_time(groups, mentions, idx, settings)
        if over_time:
            variants = [variants[k] for k in over_time]
        return (make_conflict("number", _number_topic(ms, settings.number_topic_words), variants, idx, over_time=bool(over_time)))
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
            return (make_conflict("number", _number_topic(ms, settings.number_topic_words), merged, idx, imprecise=True))
    return None



def figure_mentions(
    story: StoryInputs, settings: CompareSettings, dropped: list[tuple[Quantity, str]] | None = None
) -> list[numbers.QuantityMention]:
    """The story's figures that may dispute, each with its context; a figure left out is
    added to `dropped` with the reason (for `bench/dispute_stages.py`)."""
    analyses, idx = story.analyses, story.index
    mentions: list[numbers.QuantityMention] = []

    def drop(q: Quantity, reason: str) -> None:
        if dropped is not None:
            dropped.append((q, reason))

    for aid in idx.articles:
        analysis = analyses.get(aid)
        if analysis is None:
            continue
        text = idx.articles[aid].text
        for q in analysis.quantities:
            if not q.unit or (q.low is None and q.high is None):
                drop(q, "no unit or no value")
                continue
            if units.unit_key(q.unit) in _AGE_UNITS:
                drop(q, "an age (age detectors)")
                continue  # ages: compared per named person (detectors/age.py)
            if numbers.parenthetical(q, text) or numbers.broken(q, text):
                drop(q, "parenthetical or broken figure")
                continue
            sent = idx.sentence_of(q.span)
            if figure_scope.countdown(q, sent) or figure_scope.loose_word(q):
                drop(q, "clock reading or loose word")
                continue  # a clock reading, "a few": no claim to dispute
            elapsed = figure_scope.elapsed(q, sent)
            if elapsed and idx.articles[aid].published is None:
                drop(q, "time elapsed, report undated")
                continue  # an ongoing event's length so far, as of a moment not known
            mention = numbers.describe(q, sent, settings, idx.fact_of(sent), index=len(mentions))
            mention.elapsed = elapsed
            mention.language = idx.articles[aid].language
            mention.days = frozenset(
                t.value for t in analysis.times
                if t.value is not None and t.precision == "day"
                and sent.start <= t.span.start and t.span.end <= sent.end
            )
            mention.published = idx.articles[aid].published
            mention.dated = any(
                t.precision in ("month", "year") and sent.start <= t.span.start and t.span.end <= sent.end
                for t in analysis.times
            )
            mention.clocks = frozenset(minutes for minutes, _, _ in time_detector.clock_times(sent.text))
            mention.subject = figure_subject.named_subject(
                [e.span for e in analysis.entities if e.type == "PERSON"], sent, q.span
            )
            # the company or person whose figure it is: two actors' counts are two counts
            mention.actor = figure_subject.named_subject(
                [e.span for e in analysis.entities if e.type in ("PERSON", "ORG") and e.kind != "outlet"], sent, q.span, 2
            )
            _read_toll(mention, analysis.quantities, text)
            if mention.negated:
                drop(q, "negated")
            else:
                mentions.append(mention)
    _sole_tolls(mentions, settings)
    per_unit = Counter((m.article, units.unit_key(m.unit)) for m in mentions)
    for m in mentions:
        m.unit_sole = per_unit[(m.article, units.unit_key(m.unit))] == 1
    figure_slot.mark_slots(mentions)
    _sole_sizes(mentions, settings, {aid: a.text for aid, a in idx.articles.items()})
    return mentions


# an aftershock (a second quake of its own size) named in a sentence: en, fr, es, it, nl, de
_AFTERSHOCK = re.compile(r"aftershock|r[ée]plique|r[ée]plica|assestamento|naschok|nachbeben", re.IGNORECASE)


def _sole_sizes(mentions: list[numbers.QuantityMention], settings: CompareSettings, texts: dict[str, str]) -> None:
    """Mark the magnitudes of articles that give one value for their quake. A magnitude in a
    statement that names a month or a year is another quake told in passing and left aside;
    an article that names an aftershock anywhere, or gives two values, tells of more than
    one quake: none of its magnitudes is marked (ECB+ 20, development: a quake and the next
    day's, 5.6 and 5.2, in one story)."""
    by_article: dict[str, list[numbers.QuantityMention]] = defaultdict(list)
    for m in mentions:
        if units.unit_key(m.unit) in units.MAGNITUDE_UNITS and not m.dated:
            by_article[m.article].append(m)
    for aid, ms in by_article.items():
        if _AFTERSHOCK.search(texts.get(aid, "")):
            continue
        if all(numbers.values_compatible(a.quantity, b.quantity, settings) for a in ms for b in ms):
            for m in ms:
                m.size_sole = True


def _sole_tolls(mentions: list[numbers.QuantityMention], settings: CompareSettings) -> None:
    """Mark the toll figures of articles that give one value for each toll (an article
    that also tells another event's toll gives two values for one toll: none of its toll
    figures is marked). A part's toll that says it is a part, by a place its clause names
    or a scope word ("killing 30 in Anbar province", "another 12"), leaves the article's
    whole toll its one value: the figures that name no part are marked."""
    by_article: dict[str, list[numbers.QuantityMention]] = defaultdict(list)
    for m in mentions:
        if m.toll and not m.dated:
            by_article[m.article].append(m)

    def one_value(ms: list[numbers.QuantityMention]) -> bool:
        return all(
            a.toll != b.toll or numbers.values_compatible(a.quantity, b.quantity, settings)
            for a in ms for b in ms
        )

    for ms in by_article.values():
        whole = [m for m in ms if not (m.toll_place or m.scope)]
        for m in ms if one_value(ms) else whole if one_value(whole) else []:
            m.toll_sole = True

def _read_toll(mention: numbers.QuantityMention, figures: list[Quantity], article_text: str) -> None:
    """Which toll a casualty figure counts, whether its sentence pairs it with the other
    toll, and whether its "other" only sets it apart from that other toll."""
    q, sent = mention.quantity, mention.sentence
    kind = toll_kind.toll_kind(q, sent)
    # "89 people were arrested", "200 people were evacuated": counted only as people
    held = kind in toll_kind.PEOPLE_KINDS and q.unit in toll_kind.PEOPLE_UNITS
    if not (held or (kind and kind not in toll_kind.PEOPLE_KINDS and mention.casualty)):
        return
    mention.toll = kind
    others = [f for f in figures if f is not q and sent.start <= f.span.start and f.span.end <= sent.end]
    mention.toll_place = toll_kind.toll_place(q, sent)
    mention.event_sizes = toll_kind.event_sizes(sent.text)
    if not mention.event_sizes:
        # the article's size of its event, when it gives one ("A strong 5.6 -magnitude earthquake")
        sizes = toll_kind.event_sizes(article_text)
        mention.event_sizes = sizes if len(sizes) == 1 else frozenset()
    mention.toll_pair = any(
        toll_kind.toll_kind(f, sent) not in ("", mention.toll, *toll_kind.PEOPLE_KINDS) for f in others
    )
    if "other" in mention.scope and toll_kind.other_kind_before(q, sent, mention.toll, others):
        mention.scope = mention.scope - {"other"}
        mention.contrast_other = True


def _grew_over_time(
    groups: list[list[int]],
    mentions: list[numbers.QuantityMention],
    idx: StoryIndex,
    settings: CompareSettings,
) -> list[int]:
    """The variants in date order when each was published after the one before and
    states a larger figure (a toll that rose as the event went on); else []."""
    spans = []
    for g in groups:
        days = [idx.articles[mentions[i].article].published for i in g]
        bounds = [numbers.bounds(mentions[i].quantity, settings) for i in g]
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
