"""What news writes of people only (#19): a name that is shot, killed or wounded, that dies,
or that stands in apposition to a word of kinship ("her 8-year-old daughter, Sharai Lynch,")
is a person's, whatever its given name (rare given names are not in `lang.given_names`:
"RaMaya Reed was killed", GVC 708277). Firm evidence, as an age in apposition is."""

from __future__ import annotations

import re

# English, French, Spanish, Italian: passives of harm and verbs of dying right after a name
# (an age in apposition may stand between: "Anthony Mendoza, 17, was shot")
_HARMED = re.compile(
    r"\s*(?:,\s*\d{1,3}\s*,)?\s*(?:"
    r"(?:was|were|has been|had been|got)\s+(?:\w+ly\s+)?(?:shot|killed|stabbed|wounded|injured|murdered|slain"
    r"|hospitali[sz]ed|pronounced dead)"
    r"|died|dies|suffered\s+(?:\w+\s+){0,2}(?:wounds?|injury|injuries)"
    r"|a été (?:tuée?|blessée?|abattue?)|est morte?|est décédée?"
    r"|fue (?:asesinad[oa]|herid[oa]|baleado|baleada)|murió|falleció"
    r"|è stat[oa] (?:uccis[oa]|ferit[oa])|è mort[oa]"
    r")\b"
)
_KIN = (
    "daughter son wife husband mother father brother sister girlfriend boyfriend grandson "
    "granddaughter grandmother grandfather nephew niece cousin uncle aunt fiancé fiancée stepson "
    "stepdaughter stepfather stepmother"
)
KIN_NOUNS = frozenset(_KIN.split())
_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their|the|a)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(_KIN.split()) + r")\s*,\s*$", re.IGNORECASE
)


# "Copeland's father said": only people have a father or a daughter
_KIN_AFTER = re.compile(r"(?:'s|’s|'|’)\s+(?:[\w-]+\s+)?(?:" + "|".join(_KIN.split()) + r")\b")
# "16-year-old Samyah Copeland", "the 8-week-old Teagan Hutton": an age before the name
_AGE_BEFORE = re.compile(r"\b\d{1,3}-(?:year|month|week|day)-old\s+$")


def only_people(text: str, start: int, end: int) -> bool:
    """Is the name at `text[start:end]` harmed or dying right after it, the possessor of a
    relative, after an age, or in apposition to a word of kinship right before it?"""
    return bool(_HARMED.match(text, end) or _KIN_AFTER.match(text, end)) or bool(
        _KIN_BEFORE.search(text, max(0, start - 60), start) or _AGE_BEFORE.search(text, max(0, start - 20), start)
    )
