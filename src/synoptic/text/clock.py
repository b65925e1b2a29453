"""Clock times as written in the languages the package reads.

English times are read as they always were: hours with minutes or a.m./p.m. ("1:45 a.m.",
"11:35", "9pm"), a time zone after them. Other languages write the hour after a word that
leads to it and often without minutes: French "à 15 h 30", "vers 11 heures", "à trois
heures du matin"; Spanish "a las 3 de la tarde", "a las tres y media"; Italian "alle 15",
"verso le 3 del mattino"; Dutch "om 9 uur 's avonds"; Arabic "الساعة الثامنة والنصف",
"الساعة 11 صباحا" (Arabic-Indic digits too). Each language's words are in
`lang/xx/clock.py`:

- `LEADS`: words before an hour that make a bare number a time ("à", "a las", "alle", "om",
  "الساعة"); `HOUR_WORDS`: the word for "o'clock" after the hour ("heures", "h", "uur");
  `HOUR_WORD_NEEDED`: a bare number after a lead is no time without it ("à 15 ans");
- `HOURS`: hours as words ("trois", "الثالثة"); `NAMED`: named times ("midi", "minuit");
  `MINUTES`: minutes as words after the hour ("et demie", "والنصف"; negative: "moins le quart");
- `HALF_DAY`: the part of the day after the hour ("du soir" pm, "صباحا" am, "de la noche"
  night: pm from 6 to 11, am before);
- `ZONES`: the clock a time is read on ("heure locale", "بتوقيت جرينتش");
- `DURATION_BEFORE`, `DURATION_AFTER`: a length of time, not a time of day ("en 3 h 51",
  "pendant 15 heures", "à trois heures de route").

When in doubt, no time: a bare hour (no minutes, hour word or part of the day) must not be
followed by a word ("a las 3 víctimas" counts victims).
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache

from synoptic import lang

_ENGLISH = re.compile(
    r"(?<![\d:.])(?<!:\s)(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2})(?::\d{2})?)?\s*(?P<ap>[ap]\.?\s?m\b\.?)?"
    r"(?:\s*(?P<tz>GMT|UTC|[A-Z]{2,3}T|local time))?(?![\d:])",
    re.IGNORECASE,
)
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_LETTER = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"[\w']+")
# minutes or seconds marked after the figures: a length of time ("5h 34m 28s", "3h 51' 03")
_DURATION_TAIL = re.compile(r"\s?(?:m|min|mn|mins|s|'|′|’|\")(?![^\W\d_])")


@dataclass(frozen=True)
class ClockMatch:
    """Where a clock time is written (offsets in the text read), as a regex match gives them."""

    begin: int
    finish: int
    written: str
    open_half: bool  # on a 12-hour dial with no part of the day: may be either half

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self, *_: object) -> str:
        return self.written


@dataclass(frozen=True)
class _Words:
    code: str
    pattern: re.Pattern[str]
    hours: dict[str, int]
    named: dict[str, int]
    minutes: dict[str, int]
    half_day: dict[str, str]
    hour_word_needed: bool
    duration_before: re.Pattern[str] | None
    duration_after: re.Pattern[str] | None


def _alternation(words) -> str:  # type: ignore[no-untyped-def]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _fold(word: str) -> str:
    return " ".join(word.casefold().replace("’", "'").split())


@lru_cache(maxsize=16)
def _language(code: str) -> _Words | None:
    try:
        found = importlib.util.find_spec(f"synoptic.lang.{code}.clock")
    except ModuleNotFoundError:  # no `synoptic.lang.<code>` at all (py3langid's "ary", #23)
        return None
    if found is None:
        return None
    data = importlib.import_module(f"synoptic.lang.{code}.clock")
    hours = {_fold(k): v for k, v in data.HOURS.items()}
    named = {_fold(k): v for k, v in data.NAMED.items()}
    minutes = {_fold(k): v for k, v in data.MINUTES.items()}
    half_day = {_fold(k): v for k, v in data.HALF_DAY.items()}
    apostrophe = lambda ws: {w.replace("’", "'") for w in ws} | {w.replace("'", "’") for w in ws}  # noqa: E731
    lead = _alternation(apostrophe(data.LEADS))
    hour = r"\d{1,2}(?!\d|[.,]\d{1}(?!\d))" + (f"|(?:{_alternation(apostrophe(hours) | apostrophe(named))})(?!\\w)" if hours or named else "")
    hour_word = _alternation(data.HOUR_WORDS) if data.HOUR_WORDS else r"(?!x)x"
    tail = (
        rf"(?:\s?(?P<sep>[:.h])\s?(?P<m>\d{{2}})(?!\d)|\s*(?P<hw>{hour_word})(?!\w)\.?(?:\s?(?P<m2>\d{{2}})(?!\d))?)?"
        + (rf"(?:\s+(?P<mw>{_alternation(apostrophe(minutes))})(?!\w))?" if minutes else "")
        + (rf"(?:\s*(?P<hd>{_alternation(apostrophe(half_day))})(?!\w))?" if half_day else "")
    )
    pattern = re.compile(
        rf"(?:(?<!\w)(?P<lead>{lead})(?:\s+|(?<=['’]))|(?<![\w:.,]))(?P<h>{hour}){tail}", re.IGNORECASE
    )
    before = re.compile(rf"(?<!\w)(?:{_alternation(data.DURATION_BEFORE)})\s*$", re.I) if data.DURATION_BEFORE else None
    after = (
        re.compile(rf"\s*(?:{_alternation(apostrophe(data.DURATION_AFTER))})(?!\w)", re.I) if data.DURATION_AFTER else None
    )
    return _Words(code, pattern, hours | named, named, minutes, half_day, data.HOUR_WORD_NEEDED, before, after)


@lru_cache(maxsize=16)
def _zones(codes: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    zones: dict[str, str] = {}
    for code in codes:
        if importlib.util.find_spec(f"synoptic.lang.{code}.clock") is not None:
            zones.update({_fold(k): v for k, v in importlib.import_module(f"synoptic.lang.{code}.clock").ZONES.items()})
    if not zones:
        return None
    return re.compile(rf"\s*[,(]?\s*(?P<zone>{_alternation(zones)})(?!\w)", re.IGNORECASE), zones


@lru_cache(maxsize=16)
def _prefilter(codes: tuple[str, ...]) -> tuple[str, ...]:
    """These languages' clock-time words (a lead, an hour word, a part of the day, a zone),
    spaced as `_spaced` writes a text: a text with none is read as English only (most
    sentences: the patterns of every language cost ten times the English one, #23)."""
    words: set[str] = set()
    for code in codes:
        data = importlib.import_module(f"synoptic.lang.{code}.clock")
        for phrase in (*data.LEADS, *data.HOUR_WORDS, *data.HALF_DAY, *data.ZONES):
            words.add(f" {_spaced(phrase).strip()} ")
    return tuple(sorted(words))


def _spaced(text: str) -> str:
    """A text folded, its words (apostrophes kept) between single spaces."""
    return " " + " ".join(_WORDS.findall(text.casefold().replace("’", "'"))) + " "


def _codes(language: str | None) -> tuple[str, ...]:
    code = lang.language_code(language) if language else None
    if code == "en":
        return ()
    if code:
        return (code,) if _language(code) else ()
    return tuple(c for c in lang.LANGUAGES if c != "en" and _language(c))


def _with_half(hour: int, half: str) -> int | None:
    """The hour on a 24-hour dial once the part of the day is known (None: no such hour)."""
    if not 1 <= hour <= 12:
        return None
    if half == "am" or (half == "night" and hour < 6):
        return 0 if hour == 12 else hour
    if half == "night" and hour == 12:
        return 0
    return hour if hour == 12 else hour + 12


def _read(text: str, m: re.Match[str], words: _Words) -> tuple[int, int, bool] | None:
    """(minutes after midnight, where the time ends, open to either half of the day) of a
    match of a language's pattern, or None when it is no time of day."""
    raw = _fold(m.group("h"))
    minute = m.group("m") or m.group("m2")
    hour_word = m.group("hw") or (m.group("sep") or "").casefold() == "h"  # "15h30", "15 h 30"
    minute_word, half = m.groupdict().get("mw"), m.groupdict().get("hd")
    lead, end = m.group("lead"), m.end()
    named = raw in words.named
    if raw.isdigit():
        hour = int(raw)
    elif raw in words.hours:
        hour = words.hours[raw] if not named else words.named[raw] // 60
    else:
        return None
    if not lead:
        # "15 h 30", "3 heures du matin": an hour word and minutes or a part of the day
        if not hour_word or not (minute or half):
            return None
        if words.duration_before and words.duration_before.search(text[: m.start()]):
            return None  # "en 3 h 51": a length of time
    elif not (minute or hour_word or half or minute_word or named) or (
        words.hour_word_needed and not raw.isdigit() and not hour_word and not named
    ):
        if words.hour_word_needed:
            return None  # "à 15 ans", "om drie"
        nxt = text[end:].lstrip()[:1]
        if nxt and _LETTER.match(nxt):
            return None  # "a las 3 víctimas": a count, not a time
    if _DURATION_TAIL.match(text, end):
        return None
    if hour_word and not (minute or half) and words.duration_after and words.duration_after.match(text, end):
        return None  # "à trois heures de route", "3 uur lang"
    mins = int(minute) if minute else 0
    if hour > 23 or mins > 59:
        return None
    open_half = not named and 1 <= hour <= 12 and not raw.startswith("0")
    if half:
        hour = _with_half(hour, words.half_day[_fold(half)])
        if hour is None:
            return None
        open_half = False
    total = hour * 60 + mins + (words.minutes.get(_fold(minute_word), 0) if minute_word else 0)
    return total % 1440, end, open_half


def clock_times(text: str, language: str | None = None) -> list[tuple[int, str, ClockMatch]]:
    """(minutes after midnight, time zone, where written) of the explicit clock times of a
    text in `language` (every language the package reads when None; English times only for
    English). Times inside parentheses restate another in a second zone and are skipped."""
    return list(_clock_times(text, language))


@lru_cache(maxsize=1 << 12)  # several dispute detectors and the timeline read the same sentences
def _clock_times(text: str, language: str | None) -> tuple[tuple[int, str, ClockMatch], ...]:
    read = text.translate(_EASTERN_DIGITS)
    codes = _codes(language)
    if codes:
        spaced = _spaced(read)
        if not any(w in spaced for w in _prefilter(codes)):
            codes = ()
    zones = _zones(codes)
    found: list[tuple[int, int, int, str, bool]] = []  # start, end, minutes, zone, open
    for code in codes:
        words = _language(code)
        if words is None:
            continue
        for m in words.pattern.finditer(read):
            got = _read(read, m, words)
            if got is None or read[: m.start("h")].rstrip().endswith("("):
                continue
            minutes, end, open_half = got
            found.append((m.start("h"), end, minutes, "", open_half))
    taken = [(s, e) for s, e, *_ in found]
    for m in _ENGLISH.finditer(read):
        if m.group("m") is None and m.group("ap") is None:
            continue  # a bare number is not a time
        if read[: m.start()].rstrip().endswith("(") or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if codes and _DURATION_TAIL.match(read, m.end()):
            continue  # "5h 34m 28s": a race's time
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        ap = (m.group("ap") or "").lower()
        if hour > 23 or minute > 59 or (ap and hour > 12):
            continue
        end, open_half = m.end(), not ap and 1 <= hour <= 12 and not m.group("h").startswith("0")
        if not ap:  # "11:24 صباحا", "8:30 du soir": the part of the day in the text's language
            for code in codes:
                words = _language(code)
                half = _half_after(read, end, words) if words else None
                if half is not None and _with_half(hour, half[0]) is not None:
                    hour, end, open_half = _with_half(hour, half[0]), half[1], False  # type: ignore[assignment]
                    break
        elif ap.startswith("p") and hour < 12:
            hour += 12
        elif ap.startswith("a") and hour == 12:
            hour = 0
        found.append((m.start(), end, hour * 60 + minute, (m.group("tz") or "").upper(), open_half))
    out = []
    for start, end, minutes, zone, open_half in sorted(found):
        if not zone and zones is not None:
            z = zones[0].match(read, end)
            if z:
                zone = zones[1][_fold(z.group("zone"))]
        written = text[start:end].rstrip()
        out.append((minutes, zone, ClockMatch(start, start + len(written), written, open_half)))
    return tuple(out)


def _half_after(text: str, end: int, words: _Words) -> tuple[str, int] | None:
    """The part of the day written right after a time ("صباحا", "du soir"), and where it ends."""
    if not words.half_day:
        return None
    m = re.compile(rf"\s*(?P<hd>{_alternation(words.half_day)})(?!\w)", re.IGNORECASE).match(text, end)
    return (words.half_day[_fold(m.group("hd"))], m.end()) if m else None


def half_day_open(written: str, language: str | None = None) -> bool:
    """A written clock time on a 12-hour dial with no part of the day ("8:30", "3 h"; not
    "08:32", "20:30", "8:30 p.m." or "8 مساء"). The time as written, without the word that
    led to it ("3 heures" of "à 3 heures")."""
    found = clock_times(written, language)
    if found:
        return found[0][2].open_half
    read = written.translate(_EASTERN_DIGITS)
    m = re.match(r"\s*(\d{1,2})(?!\d)", read)
    first = _fold(read).split(" ")
    words = [w for w in map(_language, _codes(language)) if w]
    if m and (m.group(1).startswith("0") or not 1 <= int(m.group(1)) <= 12):
        return False
    if not m and not any(" ".join(first[:k]) in w.hours and " ".join(first[:k]) not in w.named for w in words for k in (1, 2)):
        return False
    return not any(_half_after(read, e, w) for w in words for e in _ends(read))


def _ends(text: str) -> list[int]:
    """Where a part of the day may follow in a time as written: after each of its words."""
    return [m.end() for m in re.finditer(r"\S+", text)]
