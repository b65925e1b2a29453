"""Direct quotations: the quoted words (exact spans), who said them, and the cue verb.

`extract_quotes` pairs quotation marks paragraph by paragraph (`text/quote_marks.py`),
then reads the attribution around
the quote: `X said: "…"`, `"…," X said`, `"…," said X`, `X, a spokesman for Y,
said`, `according to X`, a line ending in a colon, transcript labels (`X: "…"`),
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
from synoptic.text import person_evidence as pe
from synoptic.text.attribution_words import (
    PRONOUNS,
    is_cue,
    noun_of_people_after,
    only_title_words,
    open_title_apposition,
    title_gap,
)
from synoptic.text.case_complements import genitive_phrase
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
    role_between,
    subject_after,
)
from synoptic.text.quote_cues import close_to_end as _close_to_end
from synoptic.text.quote_marks import (
    RawQuote,
    after_determiner,
    find_quoted,
    inside_clause,
    trim_quote,
    without_introductions,
)

_ACCORDING = re.compile(r"\b(according to|selon|según|d'après)\s+", re.IGNORECASE)
_FR_INVERSION = re.compile(r"-t-(il|elle|ils|elles)\b|-(il|elle)\b", re.IGNORECASE)
_NAMING_CUES = frozenset(
    "call called calls dub dubbed name named term termed appelé appelée appelés appeler "
    "nommé nommée baptisé baptisée llamado llamada denominado denominada".split()
)
_OF_LINK = re.compile(r"\s+(?:of(?:\s+the)?|from(?:\s+the)?|de(?:\s+la)?|du|des|d['’]|del)\s*", re.IGNORECASE)
# ", 34, a mother of 12," after a name: the noun that says who the person is
_APPOSITIVE = re.compile(r"\s*,[^.;:!?\n]{1,140},\s*(?:\w+\s+){0,2}")
_NOUN_COMPLEMENT = re.compile(r"[^\W\d_]{3,}\s+(?:of(?:\s+the)?|de(?:\s+la)?|du|des|d['’]|del|della|dello|dei)\s*$", re.IGNORECASE)
# languages whose verb carries its subject ("dijo", "ha annunciato": he or she said); a cue
# right after a quote, with at most an auxiliary between, speaks as a pronoun would
_PRO_DROP = frozenset({"es", "it", "pt", "ca", "ro", "ar"})
_VERB_FIRST = frozenset({"ar"})
_BARE_CUE_GAP = re.compile(r"[\s,;:—–-]*(?:[^\W\d_]{1,6}\s+)?")
# a verb-first language's cue opening its sentence right before the quote ('وقال "…"':
# "and he said"), with nothing but punctuation around it
_OPENING_CUE = re.compile(r"[\W_]*")
# a quote that opens its clause (the sentence's start, or after ":" "," "—"): the cue after it
# has no subject of its own; 'una persona anónima "que conoce …" afirmó' has one, unnamed
_QUOTE_OPENS_CLAUSE = re.compile(r"(?:^|[:;,—–(])[\s\"“”«»„‘’']*$")
_CUE_TO_QUOTE = re.compile(r"[\s,:،\"“«„‘']*")
def _speaker_near(
    text: str,
    lo: int,
    hi: int,
    cue_at: int,
    cue_end: int,
    mentions: list[EntityMention],
    prefer_after: bool,
    verb_first: bool = False,
) -> tuple[EntityMention | None, Span | None]:
    """The name (or pronoun) closest to a cue inside [lo, hi). In a verb-first language
    (Arabic) a name after the cue with only its own title between is the verb's subject
    ("قال رئيس الوزراء البريطاني توني بلير للصحفيين"), and a name with the preposition "ل"
    (to) glued to it is the one spoken to ("قال أحد الجنود لأحمدي نجاد")."""
    cands = sorted((m for m in mentions if lo <= m.span.start and m.span.end <= hi
                    and not (verb_first and m.span.start > 0 and text[m.span.start - 1] == "ل")),
                   key=lambda m: m.span.start)
    # "Yvo de Boer de la CCNUCC a déclaré", "Smith of Reuters said": the name after
    # "of" qualifies the one before it, which is the subject
    cands = [
        m for k, m in enumerate(cands)
        if not (k and _OF_LINK.fullmatch(text[cands[k - 1].span.end : m.span.start]))
    ]
    # "Le Centre d'alerte aux tsunamis du Pacifique a indiqué", "the mayor of Paris said":
    # a place or another non-person name completing a noun is not the subject
    cands = [
        m for m in cands
        if m.type in ("PERSON", "ORG") or not _NOUN_COMPLEMENT.search(text, max(0, m.span.start - 20), m.span.start)
    ]
    # a speaker is a person, or an organisation or a country speaking through someone; a
    # product, an event or a word the tagger could not type ("Rev" cut from its name) is none
    # ... nor a place in brackets, the gloss of the one before ("el evento de Cupertino (California) y expresó")
    cands = [m for m in cands if m.type != "OTHER" and not (
        m.type == "PLACE" and text[max(0, m.span.start - 1) : m.span.start] + text[m.span.end : m.span.end + 1] == "()")]
    # "η Υπουργός Εξωτερικών του Ηνωμένου Βασιλείου δήλωσε": a genitive completes a noun
    cands = [m for m in cands if not genitive_phrase(text, m.span.start, m.span.end)]
    # "said Soul City Boxing Gym owner Roshawn Jones": a name right before a title and a
    # person's name qualifies the title; the person is the speaker
    cands = [
        m for k, m in enumerate(cands)
        if not (m.type != "PERSON" and k + 1 < len(cands) and cands[k + 1].type == "PERSON"
                and title_gap(text[m.span.end : cands[k + 1].span.start]))
    ]
    # "said Wayne County Prosecutor Kym Worthy": a name inside a person's title is no speaker
    titles = [(p, p.role_span) for p in cands if p.type == "PERSON" and p.role_span is not None]
    cands = [m for m in cands if not any(
        p is not m and t.start <= m.span.start and m.span.end <= t.end and t.end <= p.span.start for p, t in titles
    )]
    # "X warned Moscow that “…”": a name after the cue is its object, unless the cue
    # opens the clause ("said X") as it does after a quote. After a quote whose cue has a
    # subject of its own ("…," a village resident told AP), the name after is the listener.
    allow_after = not text[lo:cue_at].strip(" ,.:;—–-\"“”«»„") or prefer_after and not any(
        w[:1].islower() and pe.is_person_noun(w) for w in WORD.findall(text, lo, cue_at)
    )
    best: tuple[float, EntityMention] | None = None
    for m in cands:
        if text[m.span.end : m.span.end + 2] in ("'s", "’s"):
            # "Reid's rep told Us", "said Pruner's friend Zachary Rees": the possessor is not
            # the speaker, before the cue or after it
            continue
        if m.span.end <= cue_at:
            gap = text[m.span.end : cue_at]
            # "Joe Crilly, a spokesperson for William Hill, said": the appositive's
            # names are not the subject; the name before it is
            appositive = (_APPOSITIVE.fullmatch(gap) or m.type == "PERSON" and open_title_apposition(gap)) and not _cues_in(
                text, m.span.end, cue_at
            )
            if m.type != "ORG" and noun_of_people_after(gap):
                # "a Bukit Sama village resident told": the name qualifies the subject (an
                # organisation keeps its voice: "a Pentagon spokesman said")
                continue
            dist = 0 if appositive else cue_at - m.span.end
            if prefer_after and m.span.start - lo <= 3 and m.type == "PERSON":
                dist = 0  # the name right after the quote: "…," LaRue, recalling…, told
        elif m.span.start >= cue_end:
            # after the cue only as its inverted subject: "…," said (29-year-old soldier) X
            subject = verb_first and m.type == "PERSON" and role_between(text, cue_end, m)
            if not subject and (not allow_after or not (only_title_words(_without_names(text, cue_end, m.span.start, mentions))
                                                        or role_between(text, cue_end, m))):
                continue
            dist = 0 if subject else m.span.start - cue_end + (0 if prefer_after else 5)
        else:
            continue
        # people speak more often than organisations, which speak more than places
        dist += {"PERSON": 0, "ORG": 15, "PLACE": 30}.get(m.type, 40)
        if best is None or dist < best[0]:
            best = (dist, m)
    pron: tuple[float, Span] | None = None
    for w in WORD.finditer(text, lo, hi):
        low = w.group().lower()
        if low in PRONOUNS and not _determines_title(text, w.end()):
            if w.end() <= cue_at:
                # ("She is asking for "…"", GVC train: an auxiliary between is no distance)
                d = 0 if re.fullmatch(r"\s+(?:is|was|has been|had been)\s+", text[w.end() : cue_at]) else cue_at - w.end()
            elif w.start() >= cue_end:
                if re.match(r"[ \t]+[^\W_]", text[w.end():]):
                    # "said his cousin Jennifer Rogulich", "said his 20-year-old daughter
                    # Nicole Caron" (GVC train): a determiner, not the subject
                    continue
                d = w.start() - cue_end
            else:
                continue
            if d <= 2 and (pron is None or d < pron[0]):
                pron = (d, Span("", w.start(), w.end(), w.group()))
    for m in _FR_INVERSION.finditer(text, lo, hi):
        if abs(m.start() - cue_end) <= 1 or abs(cue_at - m.end()) <= 1:
            g = m.group(1) or m.group(2)
            pron = (0, Span("", m.start() + m.group().index(g), m.end(), g))
    if pron is not None and (best is None or best[0] > 12):
        return None, pron[1]
    if best is not None and best[0] < 80:
        return best[1], None
    if pron is not None:
        return None, pron[1]
    return None, None


_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w-]*)")


def _determines_title(text: str, end: int) -> bool:
    """"ha dichiarato il CEO di Apple": a word of the pronoun lists that is another
    language's article ("il", "lo") before a title opens a noun phrase, it is no subject."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and nm.singular(m.group(1).lower()) in nm.TITLE_HEADS


def _without_names(text: str, lo: int, hi: int, mentions: list[EntityMention]) -> str:
    """The text of [lo, hi) with the names inside it left out: what is said of the name after."""
    out, at = [], lo
    for m in sorted(mentions, key=lambda m: m.span.start):
        if lo <= m.span.start and m.span.end <= hi:
            out.append(text[at : m.span.start])
            at = m.span.end
    out.append(text[at:hi])
    return " ".join(out)


def _cues_in(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return [w for w in WORD.finditer(text, lo, hi) if is_cue(w.group())]


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
    cues_b = _cues_in(text, *before)
    cues_a = _cues_in(text, *after)
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
        c = cues_a[0]
        choice = (c.group(), c.start(), c.end(), after[0], after[1], True)
    elif acc_a and acc_a[0].start() - after[0] < 40:
        a = acc_a[0]
        choice = ("according to", a.start(), a.end(), a.end(), after[1], True)
    elif cues_b:
        c = cues_b[-1]
        choice = (c.group(), c.start(), c.end(), before[0], before[1], False)
    if choice is not None:
        cue, at, end, lo, hi, pa = choice
        if cue == "according to":
            m, pron = _speaker_near(text, lo, hi, lo, lo, mentions, True)
        else:
            m, pron = _speaker_near(text, lo, hi, at, end, mentions, pa, language in _VERB_FIRST)
        inverted = inverted_cue(text, close, cues_a, language) if m is None and end <= first_open else None
        if inverted is not None:
            # 'واضاف "…" ، وقال المتحدث باسم الوزارة ، محمد علي حسيني': a verb with no subject
            # before the quote ("he added") yields to the cue right after it that names one
            c = inverted
            m, _ = _speaker_near(text, after[0], after[1], c.start(), c.end(), mentions, True, language in _VERB_FIRST)
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
        if m is None and pron is not None:
            _pronoun_speaker(text, q, pron, first_open, quotes, sentences, mentions, cache)
        if q.speaker is not None or pron is not None:
            return
    # 2. no attribution of its own: a quote that follows a quote of the same speaker in
    # the same paragraph, or opens the paragraph right after that speaker's quote
    if choice is None and q.close_at is not None and text[q.close_at - 2 : q.close_at - 1] == ",":
        # '"…," Doreen Warren, the eldest victim's mother, sobbed by phone' (GVC train): a
        # quote that ends on a comma hands on to its speaker, named right after it
        named = [m for m in mentions if m.type == "PERSON" and 0 <= m.span.start - q.close_at <= 2
                 and not text[q.close_at : m.span.start].strip() and not _POSSESSOR_AFTER.match(text, m.span.end)]
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
    # (a quoted introduction, `without_introductions`: '"De rechter, Anthony Mann, was het eens …:" "Ik …"')
    same_line = lead.endswith(":") and lead.lstrip()[:1] in "\"“”«„"
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
            cues = _cues_in(text, lo, hi)
            at = cues[-1] if cues else None
            m, pron = _speaker_near(
                text, lo, hi, at.start() if at else hi, at.end() if at else hi, mentions, False
            )
            people = [x for x in mentions if lo <= x.span.start < hi and x.type == "PERSON"]
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
        ):
            continue
        sex = pronoun_sex(r.speaker_span.text) if r.speaker_span is not None else None  # named by "he"/"she"
        speaker_name = full_name(r.speaker, mentions, sex, [q.speaker_name for q in out]) if r.speaker is not None else None
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
