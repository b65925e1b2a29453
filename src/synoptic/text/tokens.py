"""Tokens of one sentence with the word-shape facts the name rules ask about, and the
runs of capitalized words (with their connectors) that may be names.

Sentence-initial and headline-case capitals are discounted with the article's own word
statistics (`word_stats`): a word is a name's where it is capitalized in running text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from synoptic.lang.given_names import is_given_name
from synoptic.model import Sentence
from synoptic.settings import TextSettings
from synoptic.text import names as nm
from synoptic.util.scripts import MARKS

# Tokens: dotted acronyms (U.S.), ages (29-year-old), a site's name (Amazon.com), acronyms joined by "&" (AT&T), a number
# with its unit or model letters (16GB, 3GS: no name word), words with inner '-’, numbers,
# punctuation.
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|\d+-year-old|[A-Z][\w-]*\.(?:com|org|net)\b|[A-Z]{1,4}&[A-Z]{1,4}\b|\d+(?:[.,]\d+)?[^\W\d_]+\b|[OD](?: ['’] ?|['’] )[A-Z]\w+"
    # (a word keeps the marks of its letters: Devanagari's vowel signs are no `\w`)
    rf"|[^\W\d_](?:[\w'’\-{MARKS}]*(?:[^\W_]|[{MARKS}]))?|\d[\d,.]*\d|\d|\S"
)
# ("O 'Reilly", "D' Alema": an Irish or Italian surname a tokenized source split at its
# apostrophe is one word)
# Generational suffixes that end a person's name and keep their dot: "John DeStefano Jr."
_NAME_SUFFIXES = frozenset("jr sr".split())
_WORD_RE = re.compile(rf"[^\W\d_][\w'’\-{MARKS}]*")
# "L'espagnol", "L'architecture": an elided article before a common word opens a sentence
_ELIDED_LOWER = re.compile(r"[LDJNS]['’][a-zà-ÿ]")
_ELIDED = re.compile(r"[ldjnsLDJNS]['’][A-ZÀ-Ý]")
PARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd)-[A-Z]")
AGE = re.compile(r"\d+-year-old$")
INITIAL = re.compile(r"[A-Z]\.?")
POSSESSIVE = ("'s", "’s")
DETERMINERS = nm.DETERMINERS | {"that"}  # "that minister": a demonstrative before a title
OPENERS = frozenset("\"“‘«„(:—–")  # (an en dash opens a clause too: "TEXAS, US – A court…")
ARTICLES = frozenset("the la el le les los las l' l’".split())


class Token:
    """A token with the word-shape facts the rules ask about, computed once."""

    __slots__ = ("start", "end", "text", "low", "is_word", "is_acronym", "is_cap")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.low = text.lower()
        self.is_word = text[:1].isalpha()
        core = text.replace(".", "").replace("&", "")
        self.is_acronym = len(core) >= 2 and core.isupper() and core.isalpha()
        # reset in headline-case sentences, where capitals mean little; an Arabic article
        # joined to a name ("el-Nashar", "al-Assad") leaves the name's capital after it
        self.is_cap = (text[:1].isupper() and not _ELIDED_LOWER.match(text)) or bool(PARTICLE_NAME.match(text))


@dataclass
class Candidate:
    """A possible name of one sentence (a run of tokens), with what the rules learn of it."""

    start: int
    end: int
    tokens: list[Token]
    sent: int
    type_hint: str | None = None
    role: str | None = None
    role_span: tuple[int, int] | None = None
    place_context: bool = False
    cue_after: bool = False
    honorific: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def tokenize(text: str, offset: int) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        start, end = m.start() + offset, m.end() + offset
        tok = m.group()
        # keep the dot of an initial ("R.") or an honorific ("Mr.") with the word
        if m.end() < len(text) and text[m.end()] == "." and (
            (len(tok) == 1 and tok.isupper()) or (tok.lower() + ".") in nm.HONORIFICS
            or (tok.lower() in nm.COMPANY_ABBREVIATIONS | _NAME_SUFFIXES and tok[:1].isupper())
        ):
            end += 1
            tok += "."
        if out and out[-1].end > start:  # the dot was consumed above
            continue
        if _ELIDED.match(tok) and not (
            tok[0].isupper() and out and out[-1].is_cap and out[-1].is_word and text[out[-1].end - offset : start - offset] == " "
        ):
            # "l'Union Cycliste Internationale", "d'Astana": the article is a word of its own;
            # not after a given name ("Lisa D'Angelo", "Massimo D'Alema": a surname)
            out.append(Token(start, start + 2, tok[:2]))
            start, tok = start + 2, tok[2:]
        out.append(Token(start, end, tok))
    # drop the "." tokens swallowed by an initial
    return [t for i, t in enumerate(out) if not (i and t.text == "." and out[i - 1].end > t.start)]


def adjacent(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end : b.start]
    return gap != "" and gap.isspace() and "\n" not in gap if b.start > a.end else False


def strip_possessive(tok: Token) -> tuple[Token, bool]:
    if tok.text.endswith(POSSESSIVE) and len(tok.text) > 2:
        return Token(tok.start, tok.end - 2, tok.text[:-2]), True
    return tok, False


def is_title_word(low: str) -> bool:
    return low in nm.TITLE_HEADS or low in nm.TITLE_MODIFIERS


def is_qualifier(tok: Token) -> bool:
    """A word that may qualify a title: U.S., NATO, Russian, Ukraine's, Former."""
    core, _ = strip_possessive(tok)
    return (
        tok.is_acronym
        or nm.is_demonym(core.text)
        or nm.is_place_name(core.text)
        or (tok.is_cap and tok.text.endswith(POSSESSIVE))
    )


# --- article-level word statistics (sentence-initial disambiguation) -------------


_SMALL_WORDS = frozenset("the a an of in on at to for with from by and or but into as over after".split())


def is_headline_case(sentence: str, settings: TextSettings) -> bool:
    """"Tara Reid Finally Checks Into Rehab": most words capitalized, function words too."""
    words = _WORD_RE.findall(sentence)
    if len(words) < settings.headline_min_words:
        return False
    caps = sum(w[0].isupper() for w in words)
    small = [w for w in words[1:] if w.lower() in _SMALL_WORDS]
    if not small:
        return (
            len(words) >= settings.headline_min_words_alone
            and caps >= settings.headline_caps_share_alone * len(words)
        )
    small_caps = sum(w[0].isupper() for w in small)
    return (
        caps >= settings.headline_caps_share * len(words)
        and small_caps >= len(small) * settings.headline_small_caps_share
    )


def without_possessive(word: str) -> str:
    return word[:-2] if word.endswith(POSSESSIVE) else word


def word_stats(
    text: str, sentences: list[Sentence], settings: TextSettings
) -> tuple[set[str], set[str]]:
    """Capitalized words seen mid-sentence (outside headline-case lines), and words seen
    in lower case."""
    starts = {s.span.start for s in sentences}
    mid_caps: set[str] = set()
    lower: set[str] = set()
    for sent in sentences:
        headline = is_headline_case(sent.span.text, settings)
        for m in _WORD_RE.finditer(text, sent.span.start, sent.span.end):
            w = m.group()
            if not w[0].isupper():
                lower.add(w)
            elif not headline and m.start() not in starts and not _after_sentence_start(
                text, m.start(), starts
            ):
                mid_caps.add(without_possessive(w))
    return mid_caps, lower


def is_opening_mark(text: str, i: int) -> bool:
    """Is the mark at i an opening one? A straight quote after a word or a comma closes."""
    if text[i] not in "\"'":
        return True
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-"


def _after_sentence_start(text: str, pos: int, starts: set[int]) -> bool:
    """A word that opens a sentence, a quotation or a clause after a colon."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n" or text[i] == "…" or (text[i] in OPENERS and is_opening_mark(text, i)):
        return True
    while i >= 0 and text[i] in "\"'“‘«„([—- ":
        if i in starts:
            return True
        i -= 1
    return False


# --- rule-based name runs -----------------------------------------------------------


def _possessive_inside(toks: list[Token], j: int) -> bool:
    """"Cook County State's Attorney's Office", "the Medical Examiner's Office": a possessive
    inside an office's name, which one to three capitalized words after it end on an
    organisation word ("Office", "Department", "Bureau"), after a title's word."""
    bare = strip_possessive(toks[j])[0].low
    if bare not in nm.TITLE_HEADS and bare not in nm.TITLE_MODIFIERS:
        return False  # (not "Obama's Office": a person's)
    k = j + 1
    while k < len(toks) and k - j <= 3 and toks[k].is_word and toks[k].is_cap:
        if toks[k].low in nm.ORG_WORDS and not toks[k].text.endswith(POSSESSIVE):
            return not (k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].is_cap)
        if not toks[k].text.endswith(POSSESSIVE) and k - j >= 2:
            return False
        k += 1
    return False


_CHANNEL_WORDS = frozenset("news tv radio".split())


def _calendar(text: str, toks: list[Token], i: int) -> bool:
    """A day, month or time-zone word; not a given name so spelled before a surname ("Jan
    Egeland", where "Jan 10" is a date)."""
    t = toks[i]
    if t.low not in nm.CALENDAR_WORDS:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return not (
        nxt is not None and nxt.is_word and nxt.is_cap and nxt.low not in nm.CALENDAR_WORDS
        and adjacent(text, t, nxt) and is_given_name(t.text) and len(nxt.text) >= 3
    )


# the postal codes of the states of the United States, as a dateline writes them after a town
# ("OVERLAND, MO (KTVI)")
_US_POSTAL = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split()
)


def _abbreviation_of_place(text: str, toks: list[Token], i: int) -> bool:
    """No name: a state's postal code after a town and a comma ("OVERLAND, MO"), or the doubled
    letters of a Spanish plural abbreviation ("EE. UU.", los Estados Unidos; "FF. AA.")."""
    t = toks[i]
    if t.text in _US_POSTAL and i >= 2 and toks[i - 1].text == "," and toks[i - 2].is_cap and (
        i + 1 >= len(toks) or not (toks[i + 1].is_word and toks[i + 1].is_cap)
    ):
        return True
    core = t.text
    return (len(core) == 2 and core.isalpha() and core.isupper() and core[0] == core[1] and i + 1 < len(toks)
            and toks[i + 1].text == "." and toks[i + 1].start == t.end)


def script_of(word: str) -> str:
    """The script most of a word's letters are written in ("LATIN", "GREEK", "CYRILLIC",
    …; a Latin word with one Greek look-alike capital, "Μarie", is Latin)."""
    counts: dict[str, int] = {}
    for ch in word:
        if ch.isalpha():
            script = unicodedata.name(ch, "OTHER ?").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


def _label(text: str, toks: list[Token], i: int) -> bool:
    """A capitalized label opening a sentence ("UPDATE: The sheriff's office identifies…",
    "BREAKING: …"): one upper-case word and its colon, the word nowhere else in the text.
    An acronym a text names ("NATO: …") is written again elsewhere."""
    t = toks[i]
    return (i == 0 and len(t.text) > 1 and t.text.isupper() and len(toks) > 1 and toks[1].text == ":"
            and toks[1].start == t.end and text.count(t.text) == 1)


def name_runs(text: str, toks: list[Token]) -> list[list[int]]:
    """Maximal runs of capitalized words (with connectors) inside one sentence."""
    runs: list[list[int]] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if (not (t.is_word and t.is_cap) or _calendar(text, toks, i) or _abbreviation_of_place(text, toks, i)
                or _label(text, toks, i)):
            i += 1
            continue
        run = [i]
        j = i
        while not toks[j].text.endswith(POSSESSIVE) or _possessive_inside(toks, j):
            nxt = j + 1
            if (
                run == [j] and toks[j].low in nm.PLACE_ABBREVIATIONS and nxt + 1 < n and toks[nxt].text == "."
                and toks[nxt].start == toks[j].end and adjacent(text, toks[nxt], toks[nxt + 1])
                and toks[nxt + 1].is_word and toks[nxt + 1].is_cap
            ):
                # "St. Louis", "Mt. Sinai": the abbreviation's full stop is inside the name
                run.append(nxt + 1)
                j = nxt + 1
                continue
            if nxt >= n or not adjacent(text, toks[j], toks[nxt]):
                break
            if (nxt + 1 < n and toks[nxt].text.isdigit() and len(toks[nxt].text) <= 3
                    and toks[nxt + 1].low in _CHANNEL_WORDS and adjacent(text, toks[nxt], toks[nxt + 1])):
                run.extend((nxt, nxt + 1))  # "KOIN 6 News", "TV 2 News": a channel's number, its end
                j = nxt + 1
                break
            cand = toks[nxt]
            if cand.low in nm.NAME_ADJECTIVES and toks[j].is_cap:
                run.append(nxt)  # "les Nations unies": the name's lower-case adjective ends it
                break
            if cand.is_word and cand.is_cap and not _calendar(text, toks, nxt) and (
                script_of(toks[j].text) == script_of(cand.text)
            ):  # a name keeps one script: "Αντιναύαρχος Charles Style" is a title and a name
                run.append(nxt)
                j = nxt
                continue
            # connectors: "bin", "de" in personal names; "of", "for", "and" in organisations
            k = nxt
            conn: list[int] = []
            while k < n and toks[k].is_word and not toks[k].is_cap and len(conn) < 2:
                if not adjacent(text, toks[k - 1], toks[k]):
                    break
                conn.append(k)
                k += 1
            if not conn or k >= n or not (toks[k].is_cap and toks[k].is_word):
                break
            if not adjacent(text, toks[k - 1], toks[k]):
                break
            lows = [toks[c].low for c in conn]
            words = {toks[r].low for r in run}
            if toks[k].low in nm.CALENDAR_WORDS:
                break
            # "in"/"on" only inside names that start with their kind ("Organization for
            # Security and Cooperation in Europe"), not "Betty Ford Center in Rancho Mirage"
            if ("in" in lows or "on" in lows) and (
                next((toks[r].low for r in run if toks[r].low not in ARTICLES), "") not in nm.ORG_WORDS
                or any(toks[r].low in ("in", "on") for r in run)
            ):
                break
            orgish = bool(words & nm.ORG_WORDS)
            titled = bool(words & (nm.TITLE_HEADS | nm.PLACE_WORDS))
            if len(conn) == 1 and lows[0] in ("de", "di", "du") and toks[run[-1]].low in nm.ORG_WORDS | nm.EVENT_WORDS and (
                len([r for r in run if toks[r].low not in ARTICLES]) >= 2
                and next(toks[r].low for r in run if toks[r].low not in ARTICLES) not in nm.ORG_WORDS  # (not "Universidad de Chile")
            ) and (toks[k].low in nm.PLACE_OPENERS or nm.is_place_name(toks[k].text)):
                break  # "Moscone West Convention Center de San Francisco": a name, then where it is
            if len(conn) == 1 and lows[0] in nm.NAME_CONNECTORS and not orgish:
                # "David Millar du Royaume-Uni": a person from a place, not one name; "John
                # Bellinger du Département d'Etat": a person of an organisation
                ok = not nm.is_place_name(toks[k].text) and toks[k].low not in nm.ORG_WORDS
            elif lows in (["of"], ["of", "the"]) and (orgish or titled):
                ok = not (orgish and toks[k].low in nm.ORG_WORDS)
            elif lows == ["and"]:
                # "Organization for Security and Cooperation": only after an inner connector
                ok = orgish and any(toks[r].low in ("of", "for", "on") for r in run)
            elif all(c in nm.ORG_CONNECTORS for c in lows) and toks[run[0]].low in nm.ORG_WORDS:
                ok = True
            elif all(c in nm.ORG_CONNECTORS for c in lows) and orgish and lows[0] != "and":
                # (not "the Chicago Police and the Cook County ...": two names)
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
