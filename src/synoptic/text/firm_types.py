"""The types a name's own words or position settle before any other evidence (titles,
datelines, organisation words, acronyms, gazetteer places), for `text/entities.py`."""

from __future__ import annotations

import re

from synoptic.text import names as nm
from synoptic.text import person_evidence as pe
from synoptic.text.tokens import Candidate, strip_possessive

_DATELINE_END = re.compile(r"\s*(?:[,(—–-]|$)")


def _name_words(c: Candidate) -> list[str]:
    out = [t.text for t in c.tokens]
    out[-1] = strip_possessive(c.tokens[-1])[0].text
    return out


def _is_dateline(text: str, c: Candidate) -> bool:
    """"WASHINGTON —", "KIEV, March 3 (Reuters) -": an upper-case place opening the story."""
    if not all(t.text.isupper() and len(t.text) >= 3 for t in c.tokens):
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    if text[line_start : c.start].strip():
        return False
    return bool(_DATELINE_END.match(text[c.end : c.end + 3]))


def _firm_type(c: Candidate, text: str) -> None:
    """Types the name's own words or position settle: titles, datelines, organisation
    words, acronyms, gazetteer places; demonyms are dropped."""
    words = _name_words(c)
    lows = [w.lower() for w in words]
    name = " ".join(words)
    typ: str | None = None
    if c.extra.get("outlet") or (pe.outlet_name(words) and not c.honorific and (
        len(words) > 1 or len(words[0]) >= 4 or c.tokens[0].is_acronym
    )):
        typ = "ORG"
        c.extra["kind"] = "outlet"
    elif len(words) == 1 and lows[0] in nm.CORPORATE_WORDS and not c.tokens[0].is_acronym:
        c.extra["drop"] = "1"  # "Groupe" of "Groupe d'experts": a business noun alone names nothing
        return
    elif (set(lows) | {nm.singular(w) for w in lows}) & nm.CORPORATE_WORDS and not c.honorific:
        typ = "ORG"  # "Chrysler LLC", "Banco Santander", "Gruppo Fiat": a legal form or business noun
    elif c.honorific or c.role_span is not None or c.extra.get("pre_role"):
        typ = "PERSON"
    elif _is_dateline(text, c):
        typ = "PLACE"
    elif (set(lows) | {nm.singular(w) for w in lows}) & nm.ORG_WORDS:  # "Rock Hill Schools"
        typ = "ORG"
    elif len(words) == 1 and c.tokens[0].is_acronym:
        typ = "PLACE" if words[0] in nm.PLACE_ACRONYMS else "ORG"
    elif nm.is_place_name(name) or nm.is_place_phrase(words) or c.extra.get("place_next") or (
        c.extra.get("place_noun")
    ):
        typ = "PLACE"
    elif (c.extra.get("of_title") and len(words) > 1) or c.extra.get("org_before") or c.extra.get("employer"):
        typ = "ORG"
    elif c.extra.get("age") and len(words) >= 2 and not pe.not_a_persons_name(words):
        typ = "PERSON"  # "Anthony Mendoza, 17,"
    elif all(nm.is_demonym(w) for w in words) or (len(words) == 1 and nm.is_compound_adjective(words[0])):
        c.extra["drop"] = "1"  # "Russian troops", "Egyptian-born": an adjective, not a name
        return
    if typ is not None:
        c.type_hint = typ
        c.extra["firm"] = "1"
