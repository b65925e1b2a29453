"""A publication date from a page's own dateline ("Published: 14:32, 3 March 2023").

Only complete dates with a four-digit year are read, so that nothing is
guessed: relative stamps ("3 hours ago") and ambiguous slash dates
("04/05/2023" on an English page) give None.
"""

from __future__ import annotations

import re
from datetime import date

from synoptic import lang
from synoptic.clean.patterns import _WEEKDAYS

_MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    [
        "january jan janvier janv januar jän enero ene gennaio gen janeiro januari stycznia styczeń января январь",
        "february feb février févr februar febrero febbraio fevereiro fev februari lutego luty февраля февраль",
        "march mar mars märz marzo março maart marca marzec марта март",
        "april apr avril abril aprile abr kwietnia kwiecień апреля апрель",
        "may mai mayo maggio maio mei maja maj мая май",
        "june jun juin juni junio giugno junho czerwca czerwiec июня июнь",
        "july jul juillet juil juli julio luglio julho lipca lipiec июля июль",
        "august aug août agosto augustus ago sierpnia sierpień августа август",
        "september sep sept septembre settembre septiembre setembro set września wrzesień сентября сентябрь",
        "october oct octobre oktober okt octubre ottobre outubro out października październik октября октябрь",
        "november nov novembre noviembre novembro listopada listopad ноября ноябрь",
        "december dec décembre déc dezember dez diciembre dic dicembre dezembro grudnia grudzień декабря декабрь",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _n
# Czech, Greek and Hindi (nominative and genitive: "29. listopadu 2007", "29 Νοεμβρίου 2007",
# "29 नवम्बर, 2007"), as MultiLing 2011 writes its datelines
for _n, _names in enumerate(
    [
        "leden ledna Ιανουάριος Ιανουαρίου जनवरी", "únor února Φεβρουάριος Φεβρουαρίου फ़रवरी फरवरी",
        "březen března Μάρτιος Μαρτίου मार्च", "duben dubna Απρίλιος Απριλίου अप्रैल",
        "květen května Μάιος Μαΐου Μαίου मई", "červen června Ιούνιος Ιουνίου जून",
        "červenec července Ιούλιος Ιουλίου जुलाई", "srpen srpna Αύγουστος Αυγούστου अगस्त",
        "září Σεπτέμβριος Σεπτεμβρίου सितंबर सितम्बर", "říjen října Οκτώβριος Οκτωβρίου अक्टूबर अक्तूबर",
        "listopad listopadu Νοέμβριος Νοεμβρίου नवंबर नवम्बर", "prosinec prosince Δεκέμβριος Δεκεμβρίου दिसंबर दिसम्बर",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name.casefold()] = _n
# Arabic (Egyptian and Levantine month names; "كانون"/"تشرين" name two months each: they
# are read with their "first"/"second", `_TWO_WORD_MONTHS`) and Hebrew (bare, and as "in" or
# "of" January: with the prefix ב or ל)
for _n, _names in enumerate(
    [
        "يناير ינואר", "فبراير شباط פברואר", "مارس آذار מרץ מרס", "أبريل ابريل إبريل نيسان אפריל",
        "مايو أيار מאי", "يونيو يونيه حزيران יוני", "يوليو يوليه تموز יולי", "أغسطس اغسطس אוגוסט",
        "سبتمبر أيلول ספטמבר", "أكتوبر اكتوبر אוקטובר", "نوفمبر נובמבר", "ديسمبر דצמבר",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _n
        if "\u05d0" <= _name[0] <= "\u05ea":  # a Hebrew name: "in" or "of" it too ("ה-29 לנובמבר")
            _MONTHS["ב" + _name] = _n
            _MONTHS["ל" + _name] = _n

# month names of two words ("كانون الثاني", January in Levantine Arabic: `lang` lists them)
# are read as one: each is put as its English name before the patterns look
_TWO_WORD_MONTHS = sorted(
    ((name, n) for code in lang.LANGUAGES for name, n in lang.month_names(code).items() if " " in name),
    key=lambda x: -len(x[0]),
)
_TWO_WORD = re.compile("|".join(re.escape(name).replace(r"\ ", r"\s+") for name, _ in _TWO_WORD_MONTHS))
_TWO_WORD_NAME = {name: n for name, n in _TWO_WORD_MONTHS}
for _code in lang.LANGUAGES:  # and their one-word names ("أذار", as some write آذار)
    for _name, _n in lang.month_names(_code).items():
        if " " not in _name:
            _MONTHS.setdefault(_name.casefold(), _n)
_ENGLISH = [""] + "january february march april may june july august september october november december".split()


def _one_word_months(line: str) -> str:
    return _TWO_WORD.sub(lambda m: _ENGLISH[_TWO_WORD_NAME[" ".join(m.group().split())]], line)


# (with the vowel signs and virama of Devanagari, which are no word characters: "नवम्बर"; two
# letters for "मई", May in Hindi)
_MONTH = r"(?P<mon>[^\W\d_](?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963]){1,13})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# a weekday between the month and the year ("8 בדצמבר, שבת, 2007", "1 मई मंगलवार, 2007"; MultiLing
# 2011 M004 in Hebrew and M001 in Hindi, dev, whose dates were not read)
_WEEKDAY_IN = rf"(?:(?:{_WEEKDAYS})\s*,?\s*)?"
_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),
    # (a comma before the year, "vendredi 29 janvier, 2010", is the English habit carried over)
    # (and a comma with no space after it, "मार्च 23,2007": MultiLing 2011 M002 in Hindi)
    # (a Hebrew article or preposition glued to the day, "יום שלישי, ה12 ביולי, 2005": MultiLing
    # 2011 M001 in Hebrew, dev, whose articles' dates were none of them read)
    re.compile(rf"(?:\b|(?<=(?<!\w)[בהלמו]))(?<!\d){_DAY}\s+(?:de\s+)?{_MONTH}(?:\s*,\s*|\s+)(?:de\s+)?{_WEEKDAY_IN}{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s*,?\s+{_DAY}(?:\s*,\s*|\s+){_WEEKDAY_IN}{_YEAR}\b", re.I),
]
_SLASH = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d\d)\b")


def _month(value: str) -> int | None:
    if value.isdigit():
        return int(value)
    return _MONTHS.get(value.casefold().rstrip("."))


def date_in_line(line: str, language: str | None = None) -> date | None:
    """The first complete date written in `line`, or None."""
    line = _one_word_months(line)
    for pattern in _PATTERNS:
        for m in pattern.finditer(line):
            month = _month(m.group("mon"))
            if month is None:
                continue
            try:
                return date(int(m.group("year")), month, int(m.group("day")))
            except ValueError:
                continue
    m = _SLASH.search(line)
    if m:
        a, b = int(m.group("a")), int(m.group("b"))
        # day first everywhere but in US-style English; undecidable 1-12/1-12 in English is left alone
        if a > 12 or (language not in (None, "en") and b <= 12):
            day, month = a, b
        elif b > 12:
            month, day = a, b
        else:
            return None
        try:
            return date(int(m.group("year")), month, day)
        except ValueError:
            return None
    return None


# What may stand before a dateline's date at the head of a text: a weekday or a place in
# capitals and punctuation ("Tuesday, ", "WASHINGTON, "), nothing like a sentence
_DATELINE_HEAD = re.compile(r"^\W*(?:[^\W\d_]+\W+){0,2}$")
# how far into the text a dateline's date may start; hand-set
_DATELINE_REACH = 40


# the first lines of a text that may open with a dateline (a caption or a kicker may
# stand above it); hand-set
_DATELINE_LINES = 3


def opening_date(text: str, language: str | None = None) -> date | None:
    """The date one of a text's first lines opens with, as a dateline run into it ("Tuesday,
    January 18, 2005Through a telethon…", "WASHINGTON, March 3, 2023 —"); None elsewhere."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:_DATELINE_LINES]
    for line in lines:
        # a year run into the next word ("2005Through") ends there
        line = _one_word_months(line)
        head = re.sub(r"\b((?:19|20)\d\d)(?=[^\W\d_])", r"\1 ", line[: _DATELINE_REACH + 40])
        for pattern in _PATTERNS:
            m = pattern.search(head)
            if m and m.start() <= _DATELINE_REACH and _DATELINE_HEAD.match(head[: m.start()]):
                found = date_in_line(m.group(), language)
                if found is not None:
                    return found
    return None


# A numeric date written before a headline ("2005/01/08 Tsunami aid donations…", a wiki's
# archive form; MultiLing 2011 M000 in every language): the day it was filed, not the news.
_TITLE_DATE = re.compile(r"^\s*(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})\s+(?=\S)")


def without_date_prefix(title: str) -> str:
    """A headline without the numeric date it opens with (a title that is only a date stays)."""
    rest = _TITLE_DATE.sub("", title, count=1)
    return rest if any(ch.isalpha() for ch in rest) else title


# a weekday (maybe after the word "day": "يوم الجمعة") right before a date, with a comma
_WEEKDAY_BEFORE = re.compile(rf"(?:\b(?:يوم|day)\s+)?\b(?:{_WEEKDAYS})\b[\s,،]*$", re.IGNORECASE)
# the words a headline keeps before a run-in dateline, and the lede words after it; hand-set
_HEADLINE_MIN_WORDS = 3


def headline_before_dateline(title: str) -> str:
    """A first line that runs the headline, a dateline and the lede together ("تم العثور على
    خمس مذنبين في مؤامرة تفجيرات بريطانيا الثلاثاء 1 مايو 2007 يوم الاثنين تم …", MultiLing
    2011 M0016 in Arabic, dev: the story's title read on into the lede): the headline ends
    before the weekday and the full date. A date with no weekday before it stays ("the 7
    July 2005 bombings" names an event)."""
    for pattern in _PATTERNS[2:]:
        for m in pattern.finditer(title):
            if _month(m.group("mon")) is None:
                continue
            w = _WEEKDAY_BEFORE.search(title, 0, m.start())
            if w is None:
                continue
            head = title[: w.start()].rstrip(" ,،-—–:")
            if len(head.split()) >= _HEADLINE_MIN_WORDS and len(title[m.end():].split()) >= _HEADLINE_MIN_WORDS:
                return head
    return title
