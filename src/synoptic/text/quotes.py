"""Direct quotations: the quoted words (exact spans), who said them, and the cue verb.

`extract_quotes` pairs quotation marks paragraph by paragraph (`text/quote_marks.py`),
then reads the attribution around the quote (the name nearest its cue is
`text/quote_speaker.py`): `X said: "…"`, `"…," X said`, `"…," said X`, `X, a spokesman
for Y, said`, `according to X`, a line ending in a colon, transcript labels (`X: "…"`),
pronoun speakers ("he added", "a-t-il ajouté") resolved to the nearest preceding
person whose known gender fits and who is not the object of a preposition, and
an unattributed quote that follows a quote of the same speaker. A quote whose
speaker is not named ("a union official said") keeps `speaker_name` None.
One story-level quote of the wordings that several outlets give of the same words is
`link/quotes.py`.
"""

from __future__ import annotations

import re

from synoptic import lang
from synoptic.model import (
    Article,
    EntityMention,
    Quote,
    Sentence,
    Span,
)
from synoptic.settings import TextSettings
from synoptic.text import names as nm
from synoptic.text.attribution_words import only_title_words, quoted_as
from synoptic.text.pronoun_speakers import (
    WORD,
    full_name,
    gender_evidence,
    pronoun_sex,
    resolve_pronoun,
    sentence_bounds,
)
from synoptic.text.quote_cues import (
    adverbial_gap,
    inverted_cue,
    opens_next_quote,
    statement_source,
    subject_after,
)
from synoptic.text.quote_cues import close_to_end as _close_to_end
from synoptic.text.quote_marks import (
    RawQuote,
    after_determiner,
    find_quoted,
    inside_clause,
    title_cased,
    trim_quote,
    without_introductions,
)
from synoptic.text.quote_speaker import cues_in, speaker_near
from synoptic.text.quote_surnames import surname_speaker

# (Dutch, Italian, German: "Volgens analist Shawn Wu heeft het bedrijf “…”", Wikinews trial nl/214601)
_ACCORDING = re.compile(r"\b(according to|selon|según|d'après|volgens|secondo|laut)\s+", re.IGNORECASE)
_NAMING_CUES = frozenset(
    "call called calls dub dubbed name named term termed appelé appelée appelés appeler "
    "nommé nommée baptisé baptisée llamado llamada denominado denominada".split()
)
# languages whose verb carries its subject ("dijo", "ha annunciato": he or she said); a cue
# right after a quote, with at most an auxiliary between, speaks as a pronoun would
_PRO_DROP = frozenset({"es", "it", "pt", "ca", "ro", "ar"})
_VERB_FIRST = frozenset({"ar"})
_RELATIVE_PRONOUNS = lang.all_stop_words("RELATIVE_PRONOUNS")
_BARE_CUE_GAP = re.compile(r"[\s,;:—–-]*(?:[^\W\d_]{1,6}\s+)?")
# a verb-first language's cue opening its sentence right before the quote ('وقال "…"':
# "and he said"), with nothing but punctuation around it
_OPENING_CUE = re.compile(r"[\W_]*")
# a quote that opens its clause (the sentence's start, or after ":" "," "—"): the cue after it
# has no subject of its own; 'una persona anónima "que conoce …" afirmó' has one, unnamed
_QUOTE_OPENS_CLAUSE = re.compile(r"(?:^|[:;,—–(])[\s\"“”«»„‘’']*$")
_CUE_TO_QUOTE = re.compile(r"[\s,:،\"“«„‘']*")


def _pronoun_speaker(
    text: str,
    q: RawQuote,
    pron: Span,
    before: int,
    quotes: list[RawQuote],
    sentences: list[Sentence],
    mentions: list[EntityMention],
    cache: dict,
) -> None:
    """A pronoun speaker resolved to the nearest compatible person before `before`."""
    if "genders" not in cache:  # computed once per article, only when a pronoun needs it
        cache["genders"] = gender_evidence(text, mentions, sentences)
        cache["quoted"] = [p for r in quotes for p in r.pieces]
    q.speaker = resolve_pronoun(text, pron, before, mentions, cache["genders"], cache["quoted"])
    q.speaker_span = pron


def _attribute(
    text: str,
    q: RawQuote,
    quotes: list[RawQuote],
    k: int,
    sentences: list[Sentence],
    mentions: list[EntityMention],
    cache: dict,
    settings: TextSettings,
    language: str | None = None,
) -> None:
    pro_drop = language in _PRO_DROP
    first_open = q.open_at
    close = q.close_at if q.close_at is not None else q.pieces[-1][1]
    prev_close = quotes[k - 1].close_at or quotes[k - 1].pieces[-1][1] if k else 0
    nxt_open = quotes[k + 1].open_at if k + 1 < len(quotes) else len(text)
    sb = sentence_bounds(sentences, first_open)
    line_start = text.rfind("\n", 0, first_open) + 1
    before_lo = max(prev_close, sb[0] if sb else line_start, line_start)
    se = sentence_bounds(sentences, max(close - 1, 0))
    line_end = text.find("\n", close)
    line_end = len(text) if line_end < 0 else line_end
    after_hi = min(nxt_open, line_end, (se[1] if se and se[1] > close else line_end))
    # extend the after-window to the end of the sentence that follows the quote's close
    if se is not None and se[1] <= close:
        nse = sentence_bounds(sentences, close + 1)
        if nse is not None and nse[0] <= close + 2:
            after_hi = min(nxt_open, line_end, nse[1])
    before = (before_lo, first_open)
    after = (close, after_hi)
    # 1. "X said:" / "X said, " right before the quote
    acc = list(_ACCORDING.finditer(text, before[0], before[1]))
    cues_b = cues_in(text, *before)
    cues_a = cues_in(text, *after)
    acc_a = list(_ACCORDING.finditer(text, after[0], after[1]))
    choice: tuple[str, int, int, int, int, bool] | None = None  # cue, at, end, lo, hi, prefer_after
    # the cue after the quote introduces the next one: this quote is neither its nor, carried
    # over, the previous quote's speaker's ('… as "the King of the Cochayuyo", an essay called "…"')
    next_quotes = bool(cues_a) and opens_next_quote(text, close, cues_a[0], nxt_open, settings)
    if cues_b and _close_to_end(text, cues_b[-1].end(), before[1], settings.quote_cue_gap):
        c = cues_b[-1]
        choice = (c.group(), c.start(), c.end(), before[0], before[1], False)
    elif acc and _close_to_end(text, acc[-1].end(), before[1], settings.quote_according_gap):
        a = acc[-1]
        choice = ("according to", a.start(), a.end(), a.end(), before[1], True)
    elif cues_a and cues_a[0].start() - after[0] < 140 and not next_quotes:
        c = quoted_as(text, cues_a[0], cues_a)
        choice = (c.group(), c.start(), c.end(), after[0], after[1], True)
    elif acc_a and acc_a[0].start() - after[0] < 40:
        a = acc_a[0]
        choice = ("according to", a.start(), a.end(), a.end(), after[1], True)
    elif cues_b and not _relative_clause(text, cues_b[-1].end(), first_open, mentions):
        c = cues_b[-1]
        choice = (c.group(), c.start(), c.end(), before[0], before[1], False)
    elif cues_b:
        return  # '…, να λέει ότι …, μία κίνηση την οποία η Βρετανία θεωρεί «…»': the clause's subject's
    if choice is not None:
        cue, at, end, lo, hi, pa = choice
        if cue == "according to":
            m, pron = speaker_near(text, lo, hi, lo, lo, mentions, True, language=language)
        else:
            m, pron = speaker_near(text, lo, hi, at, end, mentions, pa, language in _VERB_FIRST, language)
        if m is None and pron is None and settings.quote_surname_speakers:
            # (a naming cue's object is the one named, not a speaker: 'The school's
            # statement called Okafor "a leader …"')
            m = surname_speaker(text, lo, hi, at, end, mentions, language, language in _VERB_FIRST,
                                object_after=cue.lower() in _NAMING_CUES)  # '"…," said Bilham'
        inverted = inverted_cue(text, close, cues_a, language) if m is None and end <= first_open else None
        if inverted is not None:
            # 'واضاف "…" ، وقال المتحدث باسم الوزارة ، محمد علي حسيني': a verb with no subject
            # before the quote ("he added") yields to the cue right after it that names one
            c = inverted
            m, _ = speaker_near(text, after[0], after[1], c.start(), c.end(), mentions, True, language in _VERB_FIRST,
                                language)
            q.cue = c.group().lower()
            if m is not None:
                q.speaker = m
            return  # (an unnamed subject, "وقالت الوكالة": the quote is not the last person's)
        q.cue = cue.lower() if cue != "according to" else cue
        if m is not None:
            q.speaker = m
        elif pron is None and pro_drop and (
            at >= close and _BARE_CUE_GAP.fullmatch(text, close, at) and _QUOTE_OPENS_CLAUSE.search(text[before_lo:first_open])
            and not (language in _VERB_FIRST and subject_after(text, end, language))  # "قال أحد الجنود"
            or end <= first_open and _OPENING_CUE.fullmatch(text, lo, at) and _CUE_TO_QUOTE.fullmatch(text, end, first_open)
            or end <= first_open and _CUE_THAT_QUOTE.fullmatch(text, end, first_open) and _adverbial_opening(text, lo, at, language)
            or end <= first_open and _OPENING_CUE.fullmatch(text, lo, at) and adverbial_gap(text, end, first_open, language)
        ):
            # '"Esto es solo el principio", dijo', 'وقال "…"': the verb's own ending says "he" or "she"
            pron = Span("", at, end, text[at:end])
        if m is None and pron is not None and (source := statement_source(text, close, after[1], mentions)) is not None:
            q.speaker = source  # 'وقال "…" قراءة في بيان فريق استانا': the statement's organisation
            return
        if m is None and pron is not None and not _after_unnamed(text, quotes, k, first_open, mentions):
            _pronoun_speaker(text, q, pron, first_open, quotes, sentences, mentions, cache)
        if q.speaker is not None or pron is not None:
            return
    # 2. no attribution of its own: a quote that follows a quote of the same speaker in
    # the same paragraph, or opens the paragraph right after that speaker's quote
    if choice is None and q.close_at is not None and text[q.close_at - 2 : q.close_at - 1] == ",":
        # '"…," Doreen Warren, the eldest victim's mother, sobbed by phone' (GVC train): a
        # quote that ends on a comma hands on to its speaker, named right after it
        # '"For a purse? For money," questioned neighbor Sharon Williams' (GVC 346621, train):
        # an English verb in the past tense right after it, outside the cue list, with its
        # subject (a title at most, then the name) after it
        past = _INVERTED_PAST.match(text, q.close_at) if language in (None, "en") else None
        named = [m for m in mentions if m.type == "PERSON" and not _POSSESSOR_AFTER.match(text, m.span.end) and (
            0 <= m.span.start - q.close_at <= 2 and not text[q.close_at : m.span.start].strip()
            or past is not None and 0 <= m.span.start - past.end() <= 40
            and only_title_words(text[past.end() : m.span.start]))]
        if named:
            q.speaker = named[0]
            return
    if choice is None:
        # a transcript or interview line: "Haldeman: “Yes, sir.”"; the label opens its line
        # (a headline's last word before a colon is no speaker: "... Death of Friend: "I Don't ..."")
        named = [
            m for m in mentions
            if before[0] <= m.span.start and m.type == "PERSON"
            and _label_opens_line(text[line_start : m.span.start])
            and not text[m.span.end : first_open].strip(" \t:") and ":" in text[m.span.end : first_open]
        ]
        if named:
            q.speaker = named[-1]
            return
    lead = text[line_start:first_open].rstrip(" \t\"“”«»„")
    # (an introduction on the quote's line: 'De rechter, Anthony Mann, was het eens …: "Ik …"',
    # as `clean/csv_quotes` writes what an export had quoted and split; or still quoted,
    # `without_introductions`)
    # (one colon: "UPDATE: Teen Charged in Shooting Death of Friend: "…"" is a headline)
    same_line = lead.endswith(":") and (lead.count(":") == 1 or lead.lstrip()[:1] in "\"“”«„")
    if choice is None and (same_line or first_open == _first_non_space(text, line_start) and line_start >= 2):
        # "Looking back, she told Playboy in 1998:" / "The UN's Mr Gunness disagreed:"
        # the paragraph before, over blank lines ("Mme North écrit :" / "" / "« … »")
        prev_end = line_start + len(lead) if same_line else len(text[:line_start].rstrip())
        prev_start = line_start if same_line else text.rfind("\n", 0, prev_end) + 1
        prev_line = text[prev_start:prev_end]
        # only what follows the paragraph's last quotation mark introduces this quote
        # ("La proposition de « reconstitution » … Mme North écrit :")
        after_mark = max(prev_line.rfind(c) for c in "“”«»\"") + 1
        if prev_line.endswith(":") and prev_line[after_mark:].strip(" :"):
            lo, hi = prev_start + after_mark, prev_start + len(prev_line)
            cues = cues_in(text, lo, hi)
            at = cues[-1] if cues else None
            m, pron = speaker_near(
                text, lo, hi, at.start() if at else hi, at.end() if at else hi, mentions, False
            )
            people = [x for x in mentions if lo <= x.span.start < hi and x.type == "PERSON"]
            if same_line and lead.lstrip()[:1] not in "\"“”«„" and people:
                # an introduction written out on the quote's line names its speaker as the
                # subject of its sentence, a few words in ("De rechter, Anthony Mann, was het
                # eens …:"), not a name further on ("… يديره بعض من أنصار أحمدي نجاد قالوا …:")
                opening = sentence_bounds(sentences, hi - 1)
                people = [x for x in people if len(WORD.findall(text, opening[0] if opening else lo, x.span.start))
                          <= settings.quote_intro_subject_words]
            if people and (at is None or m is None and pron is None):
                m = people[0]  # no verb of saying: the clause's subject ("Steve Jobs, de CEO van Apple …:")
            if m is not None or pron is not None:
                q.cue = at.group().lower() if at else None
                if m is not None:
                    q.speaker = m
                elif pron is not None:
                    _pronoun_speaker(text, q, pron, lo, quotes, sentences, mentions, cache)
                return
    if choice is not None or next_quotes or not k or quotes[k - 1].speaker is None:
        return  # a cue with a subject we cannot name is not the previous speaker's
    prev = quotes[k - 1]
    prev_end = prev.close_at or prev.pieces[-1][1]
    between = text[prev_end:first_open]
    same_para = "\n" not in between
    next_para = (
        between.count("\n") >= 1
        and not between.split("\n", 1)[1].strip()  # no other paragraph in between
        and first_open == _first_non_space(text, line_start)
    )
    others = [
        m for m in mentions
        if prev_end <= m.span.start < first_open and m.type == "PERSON" and m is not prev.speaker
        and nm.translit_key(m.span.text.split()[-1]) != nm.translit_key(prev.speaker.span.text.split()[-1])
        # a possessor speaks no quote ('said Ingrid Wright, Davis' aunt. "We don't want …"')
        and not _POSSESSOR_AFTER.match(text, m.span.end)
    ]
    if (same_para or next_para) and not others:
        q.speaker = prev.speaker
        q.speaker_span = prev.speaker_span
        q.cue = prev.cue
        q.carried = True


def _relative_clause(text: str, cue_end: int, first_open: int, mentions: list[EntityMention]) -> bool:
    """A relative pronoun (`RELATIVE_PRONOUNS`) between a far cue and the quote, a name after
    it, no comma between: the quote closes the relative clause, whose subject that name is."""
    words = list(WORD.finditer(text, cue_end, first_open))
    rel = next((w for w in reversed(words) if w.group().lower() in _RELATIVE_PRONOUNS), None)
    # (the clause reaches the quote, no comma closing it before: "the sailors, who were held
    # by the Iranian forces, are not released, then Britain will «…»" is the cue's)
    return rel is not None and not re.search(r"[,;:،]", text[rel.end() : first_open]) and any(
        rel.end() <= m.span.start and m.span.end <= first_open for m in mentions)


def _after_unnamed(text: str, quotes: list[RawQuote], k: int, first_open: int, mentions: list[EntityMention]) -> bool:
    """Does the quote right before, in this paragraph or the one before, have a cue whose
    subject is not named, with no person named since? A pronoun is then that person: '"…,"
    said the neighbor, a family friend who declined to give her name. / "She is a brilliant
    little girl," she added.' (GVC 346621, train: "she" went back to a gallery's "Previous
    Next" before them)."""
    if not k:
        return False
    prev = quotes[k - 1]
    prev_end = prev.close_at or prev.pieces[-1][1]
    if prev.speaker is not None or prev.cue is None or text.count("\n", prev_end, first_open) > 2:
        return False
    return not any(m.type == "PERSON" and prev_end <= m.span.start < first_open for m in mentions)


def _adverbial_opening(text: str, lo: int, at: int, language: str | None) -> bool:
    """What stands before a pro-drop speech verb is an adverbial phrase, not its subject:
    "Durante la rueda de prensa, afirmó que", "Nel suo intervento ha detto che" (an opening
    preposition, no capitalized word, no article but one right after a preposition)."""
    words = _PLAIN_WORD.findall(text, lo, at)
    auxiliaries = lang.stop_words(language or "", "AUXILIARIES")
    while words and words[-1].lower() in auxiliaries:
        words.pop()
    preps = lang.stop_words(language or "", "CLAUSE_PREPOSITIONS")
    if not words or words[0].lower() not in preps:
        return False
    articles = lang.stop_words(language or "", "SUBJECT_ARTICLES")
    return not any(
        w[:1].isupper() or w.lower() in articles and words[i].lower() not in preps
        for i, w in enumerate(words[1:])
    )


_PLAIN_WORD = re.compile(r"[^\W\d_]+['’]?|\d+")
# 'afirmó que "…"', 'ha dichiarato che "…"': the cue, "that", then the opening mark
_CUE_THAT_QUOTE = re.compile(r"\s+(?:que|che)\s*[:,]?\s*", re.IGNORECASE)


_POSSESSOR_AFTER = re.compile(r"['’](?:s\b|\s)")
_INVERTED_PAST = re.compile(r"[ \t]+[a-z]{3,}ed[ \t]+")


def _label_opens_line(lead: str) -> bool:
    """What comes before a speaker label on its line: nothing but a bullet or a title
    ("President Nixon:"), never a headline's words or an earlier colon."""
    return ":" not in lead and len(lead.split()) <= 2 and not any(w[:1].islower() for w in lead.split())


def _first_non_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def extract_quotes(
    article: Article, sentences: list[Sentence], mentions: list[EntityMention], settings: TextSettings
) -> list[Quote]:
    """Direct quotations of one article with speaker, cue and the exact quoted spans."""
    text = article.text
    headings = [s.span for s in sentences if s.is_heading]
    raws = [
        r
        for r in without_introductions(text, find_quoted(text))
        if not any(h.start <= r.open_at < h.end for h in headings)
    ]
    cache: dict = {}  # per-article gender evidence, computed on the first pronoun
    language = lang.language_code(article.language)
    for k, r in enumerate(raws):
        _attribute(text, r, raws, k, sentences, mentions, cache, settings, language)
    out: list[Quote] = []
    for r in raws:
        spans = []
        for s, e in r.pieces:
            s, e = trim_quote(text, s, e)
            if e > s:
                spans.append(Span(article.id, s, e, text[s:e]))
        words = sum(len(WORD.findall(sp.text)) for sp in spans)
        if not spans or words < settings.quote_min_words:
            continue
        # a determiner just before the opening mark makes a short quoted phrase its noun
        # phrase: a term or a name in quotation marks (the « feuille de route de Bali »),
        # not speech ("that" is no determiner there: 'said that "…"' opens speech)
        naming = r.cue is None or r.cue.lower() in _NAMING_CUES  # "what is now called the « … »"
        if r.speaker is None and naming and words <= settings.quote_term_words and (
            after_determiner(text, r.open_at) or inside_clause(text, r.open_at, r.close_at)
            or r.cue is None and title_cased(" ".join(sp.text for sp in spans))  # "Back to the Mac"
        ):
            continue
        sex = pronoun_sex(r.speaker_span.text) if r.speaker_span is not None else None  # named by "he"/"she"
        speaker_name = full_name(r.speaker, mentions, sex, [q.speaker_name for q in out],
                                 settings.quote_bare_surnames) if r.speaker is not None else None
        out.append(
            Quote(
                id=f"q{len(out) + 1}",
                text=" ".join(sp.text for sp in spans),
                speaker=None,
                speaker_name=speaker_name,
                cue=r.cue,
                variants=[],
                articles=[article.id],
                verbatim=True,
                mentions=spans,
                speaker_mention=r.speaker.span if r.speaker is not None else None,
            )
        )
    return out
