"""The wire agency behind a copy, from its credit ("WASHINGTON (AP) --", "-- AFP").

Only credit positions count: the dateline and byline of the first lines, and
the last lines (a closing credit, a copyright line). "Reuters reported" in the
body names a source, not the copy's author, and "The Associated Press
contributed to this report" marks the outlet's own story. Pass the text as
scraped (the cleaner removes datelines and bylines as furniture).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from synoptic.clean.outlet.registry import registry_outlet
from synoptic.model import Outlet

# agency domain (its registry row) -> the forms its credits take, as written.
# Short forms are case-sensitive ("AP", "dpa"); ambiguous ones ("PA", "CP", "AA")
# only in their long form.
CREDIT_FORMS: dict[str, tuple[str, ...]] = {
    "apnews.com": ("AP", "Associated Press", "The Associated Press", "ASSOCIATED PRESS",
                   "أسوشيتد برس", "الأسوشيتد برس", "أ ب"),
    "afp.com": ("AFP", "Agence France-Presse", "Agence France Presse", "AGENCE FRANCE-PRESSE",
                "أ ف ب", "ا ف ب", "أ.ف.ب", "فرانس برس", "وكالة فرانس برس", "وكالة الأنباء الفرنسية",
                "法新社"),
    "reuters.com": ("Reuters", "REUTERS", "Thomson Reuters", "rtr", "رويترز", "Рейтер", "路透社"),
    "dpa.com": ("dpa", "DPA", "Deutsche Presse-Agentur", "د ب أ"),
    "efe.com": ("EFE", "Efe", "Agencia EFE", "إفي"),
    "ansa.it": ("ANSA", "Agenzia ANSA"),
    "xinhuanet.com": ("Xinhua", "XINHUA", "Xinhua News Agency", "新华社", "شينخوا"),
    "kyodonews.net": ("Kyodo", "Kyodo News", "共同通信"),
    "yna.co.kr": ("Yonhap", "Yonhap News Agency", "연합뉴스"),
    "anp.nl": ("ANP",),
    "belga.be": ("Belga", "BELGA"),
    "apa.at": ("APA", "Austria Presse Agentur"),
    "aap.com.au": ("AAP", "Australian Associated Press"),
    "lusa.pt": ("Lusa", "LUSA", "Agência Lusa"),
    "europapress.es": ("Europa Press",),
    "aa.com.tr": ("Anadolu Agency", "Anadolu Ajansı", "الأناضول"),
    "ptinews.com": ("PTI", "Press Trust of India"),
    "ians.in": ("IANS",),
    "aninews.in": ("ANI",),
    "tass.com": ("TASS", "ТАСС"),
    "ria.ru": ("RIA Novosti", "РИА Новости"),
    "interfax.ru": ("Interfax", "Интерфакс"),
    "upi.com": ("UPI", "United Press International"),
    "bloomberg.com": ("Bloomberg", "Bloomberg News"),
    "pa.media": ("PA Media", "Press Association"),
    "thecanadianpress.com": ("The Canadian Press", "Canadian Press"),
    "agi.it": ("AGI",),
    "adnkronos.com": ("Adnkronos", "Adnkronos/Ign"),
    "ritzau.dk": ("Ritzau",),
    "ntb.no": ("NTB",),
    "pap.pl": ("PAP",),
    "ctk.cz": ("ČTK", "CTK"),
    "wafa.ps": ("WAFA", "وفا"),
    "spa.gov.sa": ("SPA", "واس"),
    "wam.ae": ("WAM", "وام"),
    "irna.ir": ("IRNA", "إرنا"),
    "antaranews.com": ("Antara", "ANTARA"),
    "bernama.com": ("Bernama", "BERNAMA"),
    "kna.de": ("KNA",),
}

_DASH = r"[-–—_:|]|\.-"
_NO_WORD_BEFORE = r"(?<![\w])"
_NO_WORD_AFTER = r"(?![\w])"
# "The Associated Press contributed to this report": a note, not a credit
_CONTRIBUTED = re.compile(r"(?i)contribut|reporting by|additional reporting")
_LEADS = re.compile(
    r"(?i)^(?:(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?|(?:by|par|por|von|door|di|da|de|av|af|from)\s+"
    r"|(?:source|fuente|quelle|bron|fonte|المصدر)\s*:\s*)"
)


@cache
def _forms() -> tuple[dict[str, str], str]:
    by_form = {form: domain for domain, forms in CREDIT_FORMS.items() for form in forms}
    alternation = "|".join(re.escape(f) for f in sorted(by_form, key=len, reverse=True))
    return by_form, f"{_NO_WORD_BEFORE}(?:{alternation}){_NO_WORD_AFTER}"


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    _, ag = _forms()
    agencies = rf"(?P<ag>{ag})(?:\s*[/,&]\s*{ag})*"
    # "WASHINGTON (AP) _", "Genève (AFP) -", "MADRID, 3 ene (EFE).-", "(ANSA) - ROMA"
    dateline = re.compile(rf"[(\[]\s*{agencies}\s*[)\]]\s*(?:{_DASH})")
    line_start = re.compile(rf"^\s*[(\[]\s*{agencies}\s*[)\]]")
    # a whole line that is the credit: "AFP", "— Reuters", "By Jane Doe, Associated Press"
    whole = re.compile(rf"^(?i:the\s+)?{agencies}(?i:\s+(?:staff|news|writers?|reporters?))?\s*\.?$")
    # a closing credit at the end of the last paragraph: "... said. — AFP", "(dpa)";
    # not "[ Bloomberg ]", a link to another story, nor "Jane Doe / AFP", a photo credit
    closing = re.compile(rf"(?:[-–—]|\()\s*{agencies}\s*\)?\s*\.?\s*$")
    # a copyright line: "Copyright 2019 The Associated Press. All rights reserved."
    copyright_line = re.compile(rf"(?i)^\(?(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s*)?(?:the\s+)?{agencies}")
    return dateline, line_start, whole, closing, copyright_line


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def _whole_line_credit(line: str, whole: re.Pattern[str]) -> re.Match[str] | None:
    """A line that is only a credit, once a byline or copyright lead-in is set aside."""
    stripped = line.strip(" \t-–—_|•·*")
    lead = _LEADS.match(stripped)
    offset = line.index(stripped) if stripped else 0
    body = stripped[lead.end():] if lead else stripped
    if lead and lead.group(0).strip().casefold() in {"by", "par", "por", "von", "door", "di", "da", "de",
                                                      "av", "af", "from"}:
        # "By JANE DOE, Associated Press": the credit is the last part
        parts = re.split(r",\s*|\s+[-–—|]\s+|\s+(?:for|für|pour|para|per)\s+", body)
        body = parts[-1]
    start = offset + stripped.rindex(body) if body and body in stripped else offset
    m = whole.match(body)
    if not m:
        return None
    return _Shifted(m, start)


class _Shifted:
    """A match whose group offsets are moved into the enclosing line."""

    def __init__(self, match: re.Match[str], shift: int) -> None:
        self._m, self._shift = match, shift

    def group(self, name: str) -> str:
        return self._m.group(name)

    def start(self, name: str) -> int:
        return self._m.start(name) + self._shift

    def end(self, name: str) -> int:
        return self._m.end(name) + self._shift


def _agency(form: str, start: int, end: int) -> tuple[Outlet, tuple[int, int]] | None:
    by_form, _ = _forms()
    domain = by_form.get(form) or next((by_form[f] for f in by_form if f.casefold() == form.casefold()), None)
    outlet = registry_outlet(domain)
    if outlet is None:
        return None
    outlet.name_from = "credit"
    return outlet, (start, end)


def wire_agency(text: str, head_lines: int = 3, tail_lines: int = 3) -> tuple[Outlet, tuple[int, int]] | None:
    """The wire agency credited in `text`, with the (start, end) of its credit; None if none.

    Looks at the first `head_lines` and last `tail_lines` non-empty lines only.
    With several agencies in one credit ("(AFP/ANP)"), the first is returned.
    """
    if not text:
        return None
    dateline, line_start, whole, closing, copyright_line = _patterns()
    lines = _lines(text)
    head = lines[:head_lines]
    tail = lines[-tail_lines:]
    for pos, line in head:
        m = dateline.search(line[:300]) or line_start.search(line)
        if m:
            return _agency(m.group("ag"), pos + m.start("ag"), pos + m.end("ag"))
        w = _whole_line_credit(line, whole) if len(line) < 120 else None
        if w:
            return _agency(w.group("ag"), pos + w.start("ag"), pos + w.end("ag"))
    for pos, line in reversed(tail):
        if _CONTRIBUTED.search(line):
            continue
        for pattern in (copyright_line, closing):
            m = pattern.search(line.strip()) if pattern is copyright_line else pattern.search(line)
            if m:
                shift = line.index(line.strip()) if pattern is copyright_line else 0
                return _agency(m.group("ag"), pos + shift + m.start("ag"), pos + shift + m.end("ag"))
        w = _whole_line_credit(line, whole) if len(line) < 120 else None
        if w:
            return _agency(w.group("ag"), pos + w.start("ag"), pos + w.end("ag"))
    return None


def agency_of_copies(members: Sequence[tuple[Outlet | None, str]]) -> Outlet | None:
    """The wire agency behind a group of copies of one story, when a member says so.

    `members` are (outlet, text as scraped) of the copies. A credit in any
    member's text names the agency (the most credited one, ties by order);
    failing that, a member published by a wire agency itself. None otherwise:
    copies alone do not make a wire story.
    """
    credited: Counter[str] = Counter()
    agencies: dict[str, Outlet] = {}
    for _, text in members:
        found = wire_agency(text)
        if found and found[0].id:
            credited[found[0].id] += 1
            agencies.setdefault(found[0].id, found[0])
    if credited:
        return agencies[credited.most_common(1)[0][0]]
    for outlet, _ in members:
        if outlet is not None and outlet.kind == "wire_agency":
            return outlet
    return None
