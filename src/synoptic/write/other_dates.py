"""Dates a sentence gives of something other than its own event: the year of a law's name
("under the Terrorism Act 2000", "بموجب قانون الإرهاب لعام 2000") and the date of an event a
comparison counts from ("the deadliest ... since the Lockerbie bombing in 1988", "منذ تفجير
لوكربي في 1988"). MultiLing 2011 M001 in Arabic (dev) put the raids of July 2005 under 2000
and the toll of the London bombings under 1988 in its timeline's background.

"since 2014" right before its date starts a period and stays (`timeline._BOUND` keeps it);
here "since" is followed by the event it names, then that event's date.
"""

from __future__ import annotations

import re

# a law or treaty named with its year: capitalised in Latin scripts ("the Terrorism Act of
# 2000"), in Arabic "law of <subject> for the year" ("قانون الإرهاب لعام")
_LAW_YEAR = re.compile(
    r"(?:\b(?:Act|Law|Treaty|Convention|Accord|Protocol)\s+(?:of\s+)?"
    r"|(?:قانون|معاهدة|اتفاقية|اتفاق)(?:\s+\S+){0,3}\s+(?:لعام|لسنة|عام|سنة)\s+)$"
)
# "since" and a named event before its date: "since the Lockerbie bombing in 1988"
_SINCE_EVENT = re.compile(
    r"(?:\b(?:since|depuis|desde|dal|sinds|seit)|(?:^|\s)منذ)(?:\s+[^\s,;.]+){1,5}?\s+"
    r"(?:in|on|of|en|de|du|del|in|op|van|im|في|عام|سنة)\s+$",
    re.IGNORECASE,
)


# a baseline a change is measured against: "cuts ... from 1990 baselines", "par rapport à
# 1990", "عن مستويات عام 1990" (MultiLing 2011 M004, dev: each dated a background entry
# under 1990); "from" alone is a start, so it needs the baseline word after the date
_BASELINE = re.compile(
    r"(?:\b(?:compared\s+(?:with|to)|relative\s+to|(?:below|above)(?:\s+(?:the|their|its))?"
    r"(?:\s+levels?\s+(?:of|in))?|par\s+rapport\s+(?:à|aux?)(?:\s+(?:l'|la\s+|les\s+)?(?:niveaux?\s+de|année))?"
    r"|en\s+comparaison\s+(?:avec|de)|(?:con\s+)?respecto\s+a(?:l)?|en\s+comparación\s+con|rispetto\s+a(?:l|i|gli)?"
    r"|ten\s+opzichte\s+van|vergeleken\s+met|im\s+Vergleich\s+zu)"
    r"|(?:^|\s)(?:عن|من|مقارنة\s+(?:مع|ب))\s+(?:مستويات|انبعاثات)(?:\s+(?:عام|سنة))?)\s+$",
    re.IGNORECASE,
)
_BASELINE_AFTER = re.compile(r"\s+(?:baselines?|levels?)\b", re.IGNORECASE)


def names_other_thing(before: str, after: str = "") -> bool:
    """Does the text right before a date (or the word right after it) make it another thing's:
    a law's name, the event a comparison counts from, a baseline? (A period's bound, "until
    2020", is `timeline._BOUND`'s.)"""
    tail = before[-80:]
    return bool(
        _LAW_YEAR.search(tail)
        or _SINCE_EVENT.search(tail)
        or _BASELINE.search(tail)
        or _BASELINE_AFTER.match(after)
    )
