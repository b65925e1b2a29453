"""A timeline of the story: facts placed at the dates their own sentences give.

A fact is dated by each resolved time expression found inside one of its
mention sentences (spans are mapped, not re-parsed). Entries with the same
date and fact merge their articles and mentions. An entry reads as its fact,
unless none of the mentions giving its date is the fact's own text: then it
reads as the first of those mentions, so the date shown is in the words shown. Background dates ("in 2014")
are kept: they are part of the story's chronology.

Not every time expression dates the event of its sentence: ages and
durations are quantities, not times, and never reach here; time expressions
inside a quantity span, week-level expressions (no week precision) and
unresolved ones are skipped; so is a "year" that is a number with a unit of measure
("2000 ou 3000 mètres") and a date inside a dateline.

What reads as an entry is a statement: promos, captions, editor's notes and
fragments are none. One entry per event: a sentence naming two days in two clauses
("a council meets on Wednesday, then a conference opens on Thursday") gives each day
its clause; two days in one clause give the first. No text is shown twice.

`story_timeline` splits the entries into the story's own days (day precision within
the window of its articles' dates, `timeline_window_days` either side) and the
background (everything else: earlier years, months, plans far ahead); `split_ahead`
then keeps apart what lies after the window (scheduled or expected).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from synoptic.lang import language_code
from synoptic.model import Article, ArticleAnalysis, Fact, Span, TimelineEntry, TimeRef
from synoptic.settings import WriteSettings
from synoptic.text import names as nm
from synoptic.text import timex_tense
from synoptic.text.quantity_units import unit_after
from synoptic.text.quote_marks import find_quoted
from synoptic.text.timex import resolve_times
from synoptic.write import standalone
from synoptic.write.date_names import names_an_event
from synoptic.write.other_dates import names_other_thing
from synoptic.write.written_day import today_on_event_day

# a statement ends with a full stop or "!" (in several scripts), maybe inside closing marks
_STATEMENT_END = re.compile(r"[.!…।॥。！։።။][\"'”’»)\]]*\s*$")
# "2000 ou 3000 mètres", "1500 to 2000 feet": a bare number, maybe a range, then a unit
_RANGE = re.compile(r"\s*(?:or|ou|to|à|a|y|o|and|et|und|oder|bis|tot|en|of|-|–)\s*\d[\d.,]*", re.IGNORECASE)
# a sentence opening on its date and a relative or subordinating word: a cut sentence's tail
_TAIL = re.compile(r"[\s,]+(?:when|while|where|which|who|whom|whose|that|as|quand|lorsque|où|qui|cuando|donde|que"
                   r"|wenn|als|wo|wanneer|waar|die|dat|quando|dove|che)\b")
# where one clause ends and the next begins, inside one sentence
# a relative clause opens: "the pilot, who was hurt in Monday's crash, ...", "الزلزال الذي وقع
# في 26 ديسمبر"; it runs to the next comma, semicolon or the sentence's end
_RELATIVE = re.compile(
    r"(?:,\s*|\s)(?:who|whom|whose|which|where|qui|lequel|laquelle|lesquels|lesquelles|dont|où|quien|quienes"
    r"|cuyo|cuya|donde|welcher|welche|welches|wo|cui|dove|الذي|التي|الذين|اللذين|اللتين|اللواتي|حيث)(?=\s)"
    r"|,\s*(?:when|lorsque|quand|cuando|als|wanneer|quando)(?=\s)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;،؛]|\s[-–—]\s")
# a counterfactual ("He would've turned 18 next week"; "would have to" is an obligation, no
# counterfactual): its clause says what did not happen,
# so its dates name no event, past or scheduled. English only: the conditional perfect of
# French, Spanish, Italian, Dutch ("aurait fait 10 morts", "habría muerto") also reports an
# unconfirmed event, which is one
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|should|might)(?:\s+not|n['’]t)?(?:\s+have|['’]ve)\s+(?!to\b)\w+",
                             re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?=(?:then|and then|and|while|whereas|but|puis|et|alors|mais|tandis|y|pero|mientras"
    r"|und|dann|aber|en|daarna|maar|e|poi|ma)\b)|\s+(?=(?:then|puis|luego|dann|daarna|poi)\b)",
    re.IGNORECASE,
)


def _iso(value: date, precision: str) -> str:
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def _dated_refs(analysis: ArticleAnalysis, reference_date: date | None, text: str = "",
                language: str | None = None) -> list[TimeRef]:
    refs = analysis.times
    if reference_date is not None and any(t.value is None and t.relative for t in refs):
        # only what the article's own date left open: the rest stays dated from that date
        # (a thread's reference date is weeks after its first articles)
        refs = [
            resolve_times([t], reference_date)[0] if t.value is None and t.relative else t for t in refs
        ]
    refs = today_on_event_day(refs, analysis, text, language)  # "announced today", dated Wednesday
    quantity_spans = [(q.span.start, q.span.end) for q in analysis.quantities]
    out = []
    for t in refs:
        if t.value is None:
            continue
        s, e = t.span.start, t.span.end
        if any(qs < e and s < qe for qs, qe in quantity_spans):
            continue
        if text and (_measured(t, text, language) or names_an_event(t, text)):
            continue
        out.append(t)
    return out


def _measured(t: TimeRef, text: str, language: str | None) -> bool:
    """A bare four-digit "year" followed (maybe through a range) by a unit of measure or a
    counted noun: "2000 ou 3000 mètres" is a height, not the year 2000."""
    if t.precision != "year" or not t.span.text.strip().isdigit():
        return False
    end = t.span.end
    m = _RANGE.match(text, end)
    if m:
        end = m.end()
    found = unit_after(text, end, 2, (language or "en").split("-")[0])
    return bool(found and found[0][:1].islower())


def build_timeline(
    facts: list[Fact],
    analyses: dict[str, ArticleAnalysis],
    reference_date: date | None,
    settings: WriteSettings,
    languages: dict[str, str | None] | None = None,
    language: str | None = None,
    texts: dict[str, str] | None = None,
    spoken_for: set[str] | None = None,
) -> list[TimelineEntry]:
    """Dated entries of the story, sorted by date (coarser precision first on ties).

    `languages` (article id -> language code) and `language` (the brief's) choose the
    wording shown; `texts` (article id -> text) lets a number with a unit be told from a year;
    `spoken_for`: translations whose original is in the brief's language: a date only they
    give (their original's sentence has none) makes no entry, as their sentence would
    double the original's in another language."""
    languages = languages or {}
    spoken_for = spoken_for or set()
    refs_by_article: dict[str, list[TimeRef]] = {}
    for article_id, analysis in analyses.items():
        refs_by_article[article_id] = sorted(
            _dated_refs(analysis, reference_date, (texts or {}).get(article_id, ""), languages.get(article_id)),
            key=lambda t: t.span.start,
        )
    entries: dict[tuple[str, str], TimelineEntry] = {}
    expressions: dict[tuple[str, str], list[tuple[Span, str]]] = {}  # the ref of each mention
    clauses: dict[tuple[str, str], dict[tuple[str, int], str]] = {}  # a mention's clause for a date
    backing: dict[tuple[str, str], list[str]] = {}  # articles that state a day in a shown clause
    for fact in facts:
        if fact.detail_of:  # its sentence is dated through the shared fact already
            continue
        for mention in fact.mentions:
            code = languages.get(mention.article)
            if not _is_statement(mention.text, code) or standalone.caption_paragraph(
                    (texts or {}).get(mention.article, ""), mention.start):
                continue  # a promo, a caption, an editor's note, a fragment
            own = mention.start + standalone.lead_offset(mention.text)  # after a dateline
            inside = [
                t
                for t in refs_by_article.get(mention.article, [])
                if own <= t.span.start and t.span.end <= mention.end
            ]
            if not _tells_an_event(mention, inside, settings.event_words_min):
                continue  # "April 24, 2013 4:45pm": a dateline or a time stamp, no event
            if any(not mention.text[own - mention.start : t.span.start - mention.start].strip(" \"“'‘«(")
                   and _TAIL.match(mention.text, t.span.end - mention.start) for t in inside):
                continue  # "Saturday when it discharged, police said.": a cut sentence's tail
            if inside and all(t.relative for t in inside) and _all_quoted(mention, inside):
                continue  # "… would not be standing here today.": the speaker's day, no event's
            dated = _event_dates(inside, mention, code)
            for t, clause in _one_per_clause(dated, mention):
                iso = _iso(t.value, t.precision)  # type: ignore[arg-type]
                key = (iso, fact.id)
                if clause == SUPPORT_ONLY:
                    backing.setdefault(key, []).append(mention.article)
                    continue
                entry = entries.get(key)
                if entry is None:
                    entry = entries[key] = TimelineEntry(
                        date=iso, precision=t.precision, text="", articles=[], fact=fact.id
                    )
                if mention.article not in entry.articles:
                    entry.articles.append(mention.article)
                if not any(_same(m, mention) for m in entry.mentions):
                    entry.mentions.append(mention)
                    expressions.setdefault(key, []).append((mention, t.span.text))
                    if clause is not None:
                        clauses.setdefault(key, {})[(mention.article, mention.start)] = clause
    for key, backers in backing.items():  # only where the day has an entry of its own
        if key in entries:
            entries[key].articles.extend(a for a in dict.fromkeys(backers) if a not in entries[key].articles)
    entries = {k: e for k, e in entries.items() if any(m.article not in spoken_for for m in e.mentions)}
    by_id = {f.id: f for f in facts}
    for key, entry in entries.items():
        shown = _in_language(entry.mentions, languages, language)
        cut = clauses.get(key, {})
        text = _entry_text(by_id[entry.fact or ""], shown)
        source = next((m for m in shown if m.text == text), shown[0] if shown else None)
        from_cut = source is not None and (source.article, source.start) in cut
        if from_cut:
            text = cut[(source.article, source.start)]
        entry.text = text = text[standalone.lead_offset(text) :]  # no dateline, credit or note
        code = languages.get(source.article) if source is not None else None
        entry.language = code if language and code and code != language else None
        # the expression of a mention that reads as the text shown, so that it is in it
        entry.expression = next(
            (expr for m, expr in expressions.get(key, []) if expr in text and (m.text == text or text in m.text or from_cut and _same(m, source))),
            None,
        )
    ordered = sorted(entries.values(), key=lambda e: (e.date, -len(e.articles), e.fact or ""))
    return _once(ordered)


def _all_quoted(mention: Span, refs: list[TimeRef]) -> bool:
    """Are these time expressions all inside quotation marks of their sentence (the speaker's words)?"""
    pieces = [p for q in find_quoted(mention.text) for p in q.pieces]
    return all(any(s <= t.span.start - mention.start < e for s, e in pieces) for t in refs)


def _is_statement(text: str, language: str | None) -> bool:
    """A sentence that states something: ends like one, opens like one, no promo or note."""
    body = text[standalone.lead_offset(text) :].strip()
    if not body or not _STATEMENT_END.search(body) or standalone.not_a_statement(body, language):
        return False
    first = body.lstrip("\"“'‘«(")[:1]
    if first.isascii() and first.isalpha() and first.islower():
        return False
    return not standalone.quote_piece(body)


_COARSENESS = {"day": 0, "month": 1, "year": 2}
# a clause cut after a comma may open on the conjunction that joined it ("..., and the man
# believed to have fired was arrested on Friday"): the entry starts after it
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|or|et|mais|ou|y|pero|und|aber|en|maar|e|ma|و)\s+", re.IGNORECASE)
SUPPORT_ONLY = "\x00"  # `_one_per_clause`: the date backs its day's entry without wording of its own


def _one_per_clause(refs: list[TimeRef], mention: Span) -> list[tuple[TimeRef, str | None]]:
    """One date per event: with several dates, each in its own clause gives that clause;
    dates sharing a clause give the most precise of them, the first of equals (a year
    beside a day is the name's: "the Games of 2008 closed on Sunday")."""
    if len(refs) < 2:
        return [(t, None) for t in refs]
    bounds = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(mention.text)] + [len(mention.text) + 1]
    out: list[tuple[TimeRef, str | None]] = []
    support: list[tuple[TimeRef, str | None]] = []
    seen: set[int] = set()

    def clause_of(t: TimeRef) -> int:
        return max(i for i, b in enumerate(bounds[:-1]) if b <= t.span.start - mention.start)

    for t in sorted(refs, key=lambda r: (clause_of(r), _COARSENESS.get(r.precision, 3), r.span.start)):
        k = clause_of(t)
        if k in seen:
            # a later date in the same clause ("on Wednesday ... and in Vienna on Thursday"):
            # its wording is not shown twice, but the source still backs that day's entry
            support.append((t, SUPPORT_ONLY))
            continue
        seen.add(k)
        clause = _LEADING_CONJUNCTION.sub("", mention.text[bounds[k] : bounds[k + 1]].strip(" ,;"))
        out.append((t, _standalone(clause, mention.text[: bounds[1]]) if k else clause))
    if len(out) == 1:  # one clause: the whole sentence
        return [(out[0][0], None)] + support
    return out + support


def _standalone(clause: str, first: str) -> str:
    """A clause cut from after a sentence's first reads as a sentence: it opens on a capital,
    and one opening on a verb takes the sentence's subject when that subject opens the
    first clause as a name or a pronoun right before its verb ("Apple Computer fue creada
    por Steve Jobs y Steve Wozniak en 1976, y lanzó al mercado el iTunes Music Store en 2003":
    "Apple Computer lanzó al mercado ...", Wikinews trial es, dev; it showed "lanzó al
    mercado el iTunes Music Store en 2003.")."""
    if not clause[:1].islower():
        return clause
    if timex_tense.past_verb_at(clause) == 0:
        verb = timex_tense.past_verb_at(first)
        subject = first[:verb].strip() if verb else ""
        words = subject.split()
        if 1 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words):
            return f"{subject} {clause}"
    return clause[:1].upper() + clause[1:]


def _in_language(mentions: list[Span], languages: dict[str, str | None], language: str | None) -> list[Span]:
    if not language:
        return mentions
    own = [m for m in mentions if languages.get(m.article) in (language, None)]
    return own or mentions


def _once(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """No text shown twice: a sentence keeps its first (earliest, best attested) date, and
    on one day an entry whose text holds another's, or is held in it (a sentence one
    outlet glued to the next: "... off of South Avenue A. Upon arrival, ..."), is one
    entry: the better attested one."""
    seen: set[str] = set()
    day: dict[str, list[str]] = {}
    out = []
    for entry in entries:
        # (without its closing stop: "… told NBC 4 New York." is held in "… New York Friday.")
        key = " ".join(entry.text.split()).casefold().rstrip(" .!?。")
        if key in seen or any(key in other or other in key for other in day.get(entry.date, [])):
            continue
        seen.add(key)
        day.setdefault(entry.date, []).append(key)
        out.append(entry)
    return out


def story_window(articles: list[Article], reference_date: date | None, days: int) -> tuple[date, date] | None:
    """The story's own days: its articles' dates (or the reference date), `days` either side."""
    dates = [a.published for a in articles if a.published is not None]
    if not dates and reference_date is not None:
        dates = [reference_date]
    if not dates:
        return None
    return min(dates) - timedelta(days=days), max(dates) + timedelta(days=days)


def split_background(
    entries: list[TimelineEntry], window: tuple[date, date] | None
) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """(the story's own days, the background): day-precision entries inside the window,
    and the rest; without a window every entry is the story's."""
    if window is None:
        return entries, []
    own, background = [], []
    for entry in entries:
        inside = entry.precision == "day" and window[0].isoformat() <= entry.date <= window[1].isoformat()
        (own if inside else background).append(entry)
    return own, background


def split_ahead(
    background: list[TimelineEntry], window: tuple[date, date] | None
) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """(what came before, what lies ahead): an entry whose whole period starts after the
    story's window is scheduled or expected ("a preliminary hearing on May 4", "service
    in 2008"), not background. A month holding the window's end ("this month") stays; a
    year holding any of the window's days says no more than the story's own days and is
    dropped (a thread from December 2004 to January 2005 listed "donating in 2005" as
    background)."""
    if window is None:
        return background, []
    start, end = window[0].isoformat(), window[1].isoformat()
    earlier, ahead = [], []
    for entry in background:
        if entry.precision == "year" and (start.startswith(entry.date) or end.startswith(entry.date)):
            continue  # the story's own year, no day given ("the 2008 Olympic torch"): no chronology
        (ahead if entry.date > end and not end.startswith(entry.date) else earlier).append(entry)
    return earlier, ahead


def story_timeline(
    facts: list[Fact],
    analyses: dict[str, ArticleAnalysis],
    articles: list[Article],
    reference_date: date | None,
    settings: WriteSettings,
    language: str | None = None,
    spoken_for: set[str] | None = None,
) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """The story's own dated entries and its background, worded in `language` where a
    source allows (`spoken_for`: see `build_timeline`)."""
    languages = {a.id: language_code(a.language) for a in articles}
    entries = build_timeline(
        facts, analyses, reference_date, settings, languages, language, {a.id: a.text for a in articles},
        spoken_for,
    )
    return split_background(entries, story_window(articles, reference_date, settings.timeline_window_days))


def _tells_an_event(mention: Span, refs: list[TimeRef], min_words: int) -> bool:
    """Does a sentence say something besides its time expressions?"""
    chars = list(mention.text)
    for t in refs:
        for i in range(t.span.start - mention.start, t.span.end - mention.start):
            chars[i] = " "
    return len(re.findall(r"[^\W\d_]{2,}", "".join(chars))) >= min_words


def _entry_text(fact: Fact, dated: list[Span]) -> str:
    """The fact's text when one of the mentions giving this date reads so; else the first
    such mention's own sentence, so that the date shown is in the text shown (a fact
    aligned across outlets may read "met on Sunday night" where another outlet's
    mention gives Monday)."""
    if any(m.text == fact.text for m in dated):
        return fact.text
    return dated[0].text if dated else fact.text


_POSSESSIVE = ("'s", "’s")
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.IGNORECASE)
_EVENT_NOUN_NEXT = re.compile(r"\s+([a-z]+)\b")
# a noun after the date, maybe behind a figure of its own ("the February 27 8.8 earthquake")
_NOUN_NEXT = re.compile(r",?\s+(?:\d+(?:[.,]\d+)?\s+)?(?!(?:and|or|to|in|on|at|of|for|by|with|when|as|that)\b)[a-zA-Z]")
# "could come soon, eight years after Russia seized Crimea": the offset dates the
# clause that follows it, not the sentence's own event
_OTHER_EVENT = re.compile(r"\b(?:after|since|après|después)$", re.IGNORECASE)
# "countries that joined after 1997", "before Thursday", "until 2020": the date
# bounds a period, it is not when the event happened ("since 2014" starts one: kept)
_BOUND = re.compile(
    r"\b(?:after|before|by|until|till|prior\s+to|ahead\s+of|après|avant|jusqu['’]à|jusqu['’]en"
    r"|después\s+de|antes\s+de|hasta"
    # Greek and Italian ("μια συμφωνία μετά το 2012": a post-2012 deal, MultiLing 2011 M004 in
    # Greek, dev: eight such sentences were "scheduled" for 2012), Dutch
    r"|μετά|πριν(?:\s+από)?|μέχρι|έως|dopo|prima\s+d[ie]l?|fino\s+al?|entro|tot|na"
    # "reporting 3,165 shooting incidents through Nov. 16" (GVC dev 704555): a count up to a day
    r"|through|thru"
    # Arabic, with the year word that may follow: "لما بعد عام 2012" (post-2012), "بحلول عام
    # 2020" (by 2020), "حتى عام 2013" (until 2013); MultiLing 2011 M004 ar (dev) scheduled them all
    r"|ل?ما\s*بعد|بعد|قبل|حتى|بحلول)(?:\s+(?:عام|سنة|العام))?"
    r"\s+(?:(?:the|le|la|el|l['’]|το|την|τον|τα|τις|τους|il|lo|i|gli|de|het)\s*)?$",
    re.IGNORECASE,
)


def _event_dates(refs: list[TimeRef], mention: Span, language: str | None = None) -> list[TimeRef]:
    """The refs that date the events of one mention sentence.

    A date inside a relative clause ("The pilot, who was hurt in the crash on Monday,
    is recovering") dates that clause's event, not the sentence's: it is left out, and a
    sentence dated only there has no entry (the clause's event is dated by its own
    sentences).

    A date right after "after", "before", "until"... bounds a period rather
    than dating an event, and is left out; so is "N years after", which
    dates the clause after it.

    A date that modifies a noun, possessive ("After Monday's talks, a meeting
    will take place on Wednesday") or attributive ("gather on Sunday, January
    23, for the victims of the December 26 tsunami"), names another event;
    when the sentence has a date of its own, that one dates the sentence.
    """
    refs = [
        t
        for t in refs
        if not _BOUND.search(mention.text, 0, t.span.start - mention.start)
        and not _OTHER_EVENT.search(t.span.text)
        and not names_other_thing(mention.text[: t.span.start - mention.start], mention.text[t.span.end - mention.start :])
    ]
    skipped = _relative_clauses(mention.text)
    if (language or "en") == "en":
        skipped += _counterfactual_clauses(mention.text)
    refs = [t for t in refs if not any(a <= t.span.start - mention.start < b for a, b in skipped)]
    if len(refs) < 2:
        return refs

    def modifier(t: TimeRef) -> bool:
        start, end = t.span.start - mention.start, t.span.end - mention.start
        after = mention.text[end : end + 2]
        if after.startswith(_POSSESSIVE):
            return True
        if t.relative and (noun := _EVENT_NOUN_NEXT.match(mention.text, end)) and (
                nm.singular(noun.group(1).lower()) in nm.EVENT_WORDS):
            return True  # "an aftershock of the magnitude 8.8, February 27 earthquake hit ... on Wednesday"
        return bool(
            _DETERMINER.search(mention.text, max(0, start - 8), start)
            and _NOUN_NEXT.match(mention.text, end)
        )

    plain = [t for t in refs if not modifier(t)]
    return plain or refs


def _relative_clauses(text: str) -> list[tuple[int, int]]:
    """Where the sentence's relative clauses are (start, end): a date inside one dates
    that clause's event ("who was hurt in Monday's crash"), not the main clause's."""
    out = []
    for m in _RELATIVE.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        out.append((m.start(), end.start() if end else len(text)))
    return out


def _counterfactual_clauses(text: str) -> list[tuple[int, int]]:
    """Where a counterfactual's clause is (start, end): from the clause break before it to
    the one after ("He would've turned 18 next week and was set to graduate next month")."""
    out = []
    for m in _COUNTERFACTUAL.finditer(text):
        before = [b.end() for b in _CLAUSE_END.finditer(text, 0, m.start())]
        end = _CLAUSE_END.search(text, m.end())
        out.append((before[-1] if before else 0, end.start() if end else len(text)))
    return out


def _same(a: Span, b: Span) -> bool:
    return a.article == b.article and a.start == b.start and a.end == b.end
