"""Counts written without their noun, whose noun the verb gives: the people of a toll.

"Qeshm Gov. Heidar Alishvandi said 50 were injured", "two were wounded", "one other was
killed", "three died": the figure is the subject of a casualty verb and counts people, as
"50 people were injured" would. English only, and only casualty verbs: "two were
arrested" or "five had fled" stay out (their counted thing is less sure).

A participle before a figure with a scope word between ("wounding other 70", "injuring
another five") is a count of the noun counted before it, as "injuring 80" is.
"""

from __future__ import annotations

import re

# the figure (and "other"/"others") then a passive or intransitive casualty verb
_SUBJECT_OF_TOLL = re.compile(
    r"\s+(?:others?\s+)?(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+"
    r"(?:(?:also|reportedly|critically|seriously|severely|slightly|fatally|badly|later)\s+){0,2}"
    r"(?:injured|wounded|hurt|killed)|died|perished)\b",
    re.IGNORECASE,
)
# "wounding other 70", "injuring another five": a participle, then a scope word
_PARTICIPLE_SCOPE = re.compile(r"\b[a-z]{3,}(?:ing|ed)\s+(?:other|another|a\s+further|an\s+additional)\s+$")


# the same in French, Spanish, Italian and Dutch: "20 ont été blessés", "tres murieron",
# "venti sono rimasti feriti", "twintig raakten gewond"; there a reading of the first word
# after the figure as its noun would take the verb ("rimasti", "raakten") for what is counted
_SUBJECT_OF_TOLL_BY_LANGUAGE = {
    "fr": r"\s+(?:autres\s+)?(?:(?:ont\s+été|sont|ont|avaient\s+été)\s+(?:(?:grièvement|gravement|légèrement"
    r"|mortellement)\s+)?(?:tuée?s?|blessée?s?|morte?s?|décédée?s?)|périrent)",
    "es": r"\s+(?:otr[oa]s?\s+)?(?:(?:resultaron|fueron|han\s+resultado|quedaron|han\s+sido)\s+(?:gravemente\s+)?"
    r"(?:herid[oa]s?|muert[oa]s?|asesinad[oa]s?)|murieron|fallecieron)",
    "it": r"\s+(?:altr[ie]\s+)?(?:(?:sono\s+)?(?:rimast[ieao]|stat[ieao])\s+(?:gravemente\s+|lievemente\s+)?"
    r"(?:ferit[ieao]|uccis[ieao])|sono\s+mort[ieao]|sono\s+ferit[ieao]|morirono)",
    "nl": r"\s+(?:anderen?\s+)?(?:(?:raakten|raakte|zijn|werden|werd)\s+(?:zwaar\s+|licht\s+|ernstig\s+)?"
    r"(?:gewond|gedood|omgekomen)|kwamen\s+om|stierven)",
}
_SUBJECT_OF_TOLL_OTHER = {k: re.compile(v, re.IGNORECASE) for k, v in _SUBJECT_OF_TOLL_BY_LANGUAGE.items()}
TOLL_SUBJECT_LANGUAGES = frozenset(_SUBJECT_OF_TOLL_OTHER)


def subject_of_toll(text: str, end: int, language: str) -> bool:
    """Is the figure ending at `end` the nounless subject of a casualty verb?"""
    if language in _SUBJECT_OF_TOLL_OTHER:
        return bool(_SUBJECT_OF_TOLL_OTHER[language].match(text, end))
    return language in ("en", "") and bool(_SUBJECT_OF_TOLL.match(text, end))


def participle_then_scope(text: str, start: int, language: str) -> bool:
    """Does a participle and a scope word stand right before the figure ("wounding other 70")?"""
    return language in ("en", "") and bool(_PARTICIPLE_SCOPE.search(text[max(0, start - 40) : start]))
