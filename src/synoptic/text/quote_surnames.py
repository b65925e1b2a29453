"""A speaker named by one word next to the cue, the surname of a person the article names
in full: '"…," said Bilham' after "according to Roger Bilham, a professor …".

The entity tagger may not have made that word a person: a script without capital letters
(Arabic, Hebrew, Hindi) marks a lone word as a name only where it knows it, and a
transliteration may spell the surname otherwise the second time ("روجر بلهام" … "قال
بيلهام", MultiLing 2011 M000 in Arabic, development: its long vowel written once and not the
other time); a language that declines names writes the full name in another case ("podle
Rogera Bilhama" … "řekl Bilham"). The word is the speaker when it is the surname of exactly
one person named in full in the article, compared as the script writes names: the same
spelling key (`translit_key`); in a script without capitals, the same letters once the
vowel letters and vowel signs a transliteration may or may not write are left out; in a
language with case endings (`CASE_ENDINGS`), the same stem once an ending is taken off.
A surname two people of the article bear names neither: the quote stays unattributed.
"""

from __future__ import annotations

from synoptic import lang
from synoptic.model import EntityMention
from synoptic.text import name_keys as nk
from synoptic.text import names as nm
from synoptic.text import person_evidence as pe
from synoptic.text.pronoun_speakers import WORD, name_words

_MIN_LETTERS = 3  # a key shorter than this matches too many words ("لي", "بن")


def _caseless(word: str) -> bool:
    return word.lower() == word.upper()


def _stems(word: str, endings: tuple[str, ...]) -> set[str]:
    low = word.lower()
    out = {nm.translit_key(low)}
    for e in endings:
        if low.endswith(e) and len(low) - len(e) >= 4:
            out.add(nm.translit_key(low[: -len(e)]))
    return out


def _same_surname(word: str, surname: str, endings: tuple[str, ...], least: int = _MIN_LETTERS) -> bool:
    if nm.translit_key(word) == nm.translit_key(surname):
        return True
    if _caseless(word) and _caseless(surname):
        key = nk.vowelless_key(word)
        return len(key) >= least and key == nk.vowelless_key(surname)
    return bool(endings) and bool(_stems(word, endings) & _stems(surname, endings))


def _case_endings(language: str | None) -> tuple[str, ...]:
    """The language's case endings (`CASE_ENDINGS`), longest first."""
    return tuple(sorted(lang.stop_words(lang.language_code(language) or "", "CASE_ENDINGS"), key=len, reverse=True))


def surname_speaker(text: str, lo: int, hi: int, cue_at: int, cue_end: int, mentions: list[EntityMention],
                    language: str | None, verb_first: bool = False,
                    object_after: bool = False) -> EntityMention | None:
    """The person named in full whose surname is the one word right after the cue (when the
    cue opens its clause, '"…," said X', or the language puts its verb first, "ذكر X ان"),
    or the one word before it that opens the clause ('"…," X said', "X אמר"), inside
    [lo, hi); None when no one or more than one person bears it. `object_after`: the
    cue takes the one it is about as its object ("called X"): no word after it is read."""
    people = [m for m in mentions if m.type == "PERSON" and len(name_words(m)) >= 2]
    if not people:
        return None
    endings = _case_endings(language)
    opening = list(WORD.finditer(text, lo, cue_at))
    # (not "a website run by supporters of X reports:": a word deeper in the clause is no subject)
    before = opening if len(opening) == 1 else []
    # (after the cue only as its subject: the cue opens the clause, the language puts its verb
    # first, or nothing before it can be the subject: "Tijdens de keynote zei Schiller dat",
    # Wikinews trial nl/265977; not "a spokesman told X:", X the one spoken to)
    subject_before = any(pe.is_person_noun(w.group().lower()) for w in opening) or any(
        m.type in ("PERSON", "ORG") and lo <= m.span.start and m.span.end <= cue_at for m in mentions)
    after = next(iter(WORD.finditer(text, cue_end, hi)), None) if (
        verb_first or not subject_before) and not object_after else None
    for w in [after, *before]:
        if w is None:
            continue
        gap = text[cue_end : w.start()] if w.start() >= cue_end else text[w.end() : cue_at]
        if gap.strip(" \t,") or _inside_longer_name(w.start(), w.end(), mentions):
            continue
        word = w.group()
        if not _caseless(word) and not word[:1].isupper():
            continue  # ("said earlier", "a dit hier"): a common word
        bearers: list[EntityMention] = []
        for m in people:
            # (one person in two cases, "Roger Bilham" / "Rogera Bilhama", is one bearer)
            if _same_surname(word, name_words(m)[-1], endings) and not any(
                    _same_surname(name_words(m)[0], name_words(b)[0], endings) for b in bearers):
                bearers.append(m)
        if len(bearers) == 1:
            return bearers[0]
        if bearers:
            return None  # two people bear it: neither is named
    return None


def _inside_longer_name(start: int, end: int, mentions: list[EntityMention]) -> bool:
    """Is the word part of a longer name ("said Bilham Institute's director")?"""
    return any(m.span.start <= start and end <= m.span.end and (m.span.start, m.span.end) != (start, end)
               for m in mentions)


# how far from a quote's mark its cue may stand to be read again at the story level
_CUE_REACH = 40


def cue_subject_word(text: str, start: int, end: int, cue: str) -> tuple[int, int] | None:
    """The one word right after a quote's cue, read again in the article text around the
    quote's words [start, end): the cue within a few characters after the quote ('"…," قال
    بيلهام') or before it ('قال بيلهام: "…"'), on the quote's line."""
    low = cue.lower()
    line_end = text.find("\n", end)
    hi = min(len(text), end + _CUE_REACH, line_end if line_end >= 0 else len(text))
    lo = max(0, start - _CUE_REACH, text.rfind("\n", 0, start) + 1)
    for a, b in ((end, hi), (lo, start)):
        cues = [w for w in WORD.finditer(text, a, b) if w.group().lower() == low or w.group().lower()[1:] == low]
        if not cues:
            continue
        c = cues[0] if a == end else cues[-1]
        w = next(iter(WORD.finditer(text, c.end(), hi if a == end else start)), None)
        if w is not None and not text[c.end() : w.start()].strip(" \t,"):
            return w.start(), w.end()
    return None


def story_bearer(word: str, names: list[str], language: str | None) -> int | None:
    """The index of the one full name among `names` (a story's people) whose surname `word`
    is, as `surname_speaker` compares them; None when none or several bear it."""
    if not _caseless(word) and not word[:1].isupper():
        return None
    endings = _case_endings(language)
    # (four letters without the vowels across articles: three are the root of many of
    # Arabic's own words, "كامل" and "كمال")
    found = [k for k, n in enumerate(names)
             if len(n.split()) >= 2 and _same_surname(word, n.split()[-1], endings, _MIN_LETTERS + 1)]
    return found[0] if len(found) == 1 else None
