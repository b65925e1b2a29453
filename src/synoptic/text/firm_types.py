"""The types a name's own words or position settle before any other evidence (titles,
datelines, organisation words, acronyms, gazetteer places), for `text/entities.py`."""

from __future__ import annotations

import re

from synoptic.lang.given_names import is_given_name
from synoptic.text import names as nm
from synoptic.text import person_evidence as pe
from synoptic.text.person_fates import only_people
from synoptic.text.place_pairs import regions_after_places
from synoptic.text.roles import AUXILIARIES
from synoptic.text.tokens import Candidate, strip_possessive

_DATELINE_END = re.compile(r"\s*(?:[,(—–-]|$)")
_ROMAN = re.compile(r"(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


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
    elif len(words) == 1 and (lows[0] in nm.THING_ACRONYMS or nm.QUANTITY_NAME.fullmatch(words[0])):
        c.extra["drop"] = "1"  # "USB", "LCD", "2GB": a thing or a quantity, no organisation
        return
    elif len(words) > 2 and lows[0] in nm.ORG_NAME_HEADS and not c.honorific and c.role_span is None:
        typ = "ORG"  # "Chambre des représentants": a head noun and its lower-case complement
    elif len(words) == 1 and nm.SITE_NAME.fullmatch(words[0]):
        typ = "ORG"  # "Amazon.com placed a link"
    elif len(words) == 1 and _ROMAN.fullmatch(words[0]):
        c.extra["drop"] = "1"  # "Region IV", "Pope Benedict XVI": a roman numeral names nothing alone
        return
    elif len(words) == 1 and (lows[0] in nm.CORPORATE_WORDS or lows[0] in nm.ORG_HEAD_NOUNS) and not c.tokens[0].is_acronym:
        c.extra["drop"] = "1"  # "Groupe" of "Groupe d'experts": a business noun alone names nothing
        return
    elif ((set(lows) | {nm.singular(w) for w in lows}) & nm.CORPORATE_WORDS or (
        len(words) >= 2 and lows[0] in nm.ORG_OPENERS  # "Air Astana said": an airline
    )) and not c.honorific:
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
    elif (c.extra.get("of_title") and len(words) > 1) or c.extra.get("org_before") or c.extra.get("employer") or (
        c.extra.get("business")
    ):
        typ = "ORG"
    elif (c.extra.get("age") or only_people(text, c.start, c.end)) and len(words) >= 2 and not pe.not_a_persons_name(words):
        typ = "PERSON"  # "Anthony Mendoza, 17,"; "RaMaya Reed was killed"; "her daughter, Sharai Lynch,"
    elif all(nm.is_demonym(w) for w in words) or (len(words) == 1 and nm.is_compound_adjective(words[0])):
        c.extra["drop"] = "1"  # "Russian troops", "Egyptian-born": an adjective, not a name
        return
    if typ is not None:
        c.type_hint = typ
        c.extra["firm"] = "1"


def shared_evidence(c: Candidate) -> str | None:
    """"cue" for a person only a speech verb typed, "title_of" for an organisation only
    what a title is of typed, "determiner" for a name written with its article as a thing's
    ("the Nintendo Switch."): see `EntityMention.evidence`."""
    if c.type_hint == "PERSON" and c.extra.get("by_cue") and not c.role and not c.extra.get("weak"):
        return "cue"
    if c.type_hint == "OTHER" and c.extra.get("named_thing"):
        return "determiner"
    if c.type_hint == "ORG" and c.extra.get("of_title") and not (
        c.extra.get("employer") or c.extra.get("org_before") or c.extra.get("business")
    ):
        return "title_of"
    return None


# the words of an organisation's name up to an "and" before its last word ("Bureau of
# Alcohol, Tobacco, Firearms and Explosives", "Department of Fish and Wildlife")
_ORG_TAIL = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*,?\s+){1,6}(?:and|&)\s+$")
_VERBS_AFTER = AUXILIARIES | frozenset("may might can should must".split())
_NEXT_WORD = re.compile(r"\s+([a-zà-ÿ]+)\b")  # a lower-case word right after a name


def settle_types(cands: list[Candidate], text: str, surnames: set[str], firm_surnames: set[str],
                 language: str | None = None) -> None:
    """Consistency within the article, over whatever typed a name: a title makes a person,
    a lone surname of a person named in full is that person, a known place is a place; then
    what cannot be a person's name is not one (`person_evidence.not_a_persons_name`)."""
    regions_after_places(cands, text, language, surnames)  # "in Cupertino, Californië"
    # words the article names on their own as a sentence's subject ("Police said Mansion was
    # sitting"): a surname, not a common noun ("Possession of Marijuana", "Founder's Edition
    # or ..." are no subjects of a verb)
    alone_names = frozenset(
        _name_words(c)[0] for c in cands if len(c.tokens) == 1 and c.type_hint == "PERSON" and (
            c.cue_after or c.extra.get("who") or ((m := _NEXT_WORD.match(text, c.end)) and (m[1] in _VERBS_AFTER or m[1].endswith("ed")))
        )
    )
    rejected: set[str] = set()  # words of names that are no person's ("Simultaneous Possession")
    for c in cands:
        if c.type_hint is None or c.extra.get("drop"):
            continue
        titled = c.honorific or c.role_span is not None or c.extra.get("pre_role")
        words = _name_words(c)
        if titled:
            c.type_hint = "PERSON"
            c.extra.pop("weak", None)
            c.extra.pop("by_cue", None)
        elif c.type_hint == "PERSON" and len(words) == 1 and c.place_context and (
            nm.translit_key(words[0]) not in surnames
        ):
            c.type_hint = "PLACE"  # "in the town of Avdiivka": not a person whatever NER says
        elif len(words) == 1 and nm.is_demonym(words[0]):
            c.type_hint = None  # "Ukrainian": an adjective, not a name
        elif len(words) == 1 and len(words[0]) >= 4 and nm.translit_key(words[0]) in surnames:
            if c.type_hint != "PERSON" and nm.translit_key(words[0]) not in firm_surnames:
                c.extra["weak"] = "1"
            c.type_hint = "PERSON"  # "Jordan" after "Michael Jordan": the article says who
        elif nm.is_place_name(" ".join(words)) and not {w.lower() for w in words} & nm.ORG_WORDS:
            c.type_hint = "PLACE"
        if c.type_hint == "PERSON" and words[-1].lower() in nm.HONORIFICS and not is_given_name(words[-1]):
            # "ο Υπουργός Εξωτερικών Λόρδος Triesman": the words up to the honorific, cut from a
            # name in another script, were a person with the title (MultiLing 2011 M0023 in
            # Greek, dev); a name never ends on an honorific
            c.type_hint = None
            continue
        if c.type_hint == "PERSON" and not c.extra.get("age") and pe.not_a_persons_name(words, alone_names):
            if len(words) > 1:
                rejected.update(nm.translit_key(w) for w in words)
            # "Diplomats", "Je", "Financial Officer", "West Yorkshire", "Reduced Emissions"
            if len(words) == 1 or words[-1].lower() in nm.TITLE_HEADS:
                c.type_hint = None
            else:
                c.type_hint = "PLACE" if words[0].lower() in nm.COMPASS_WORDS else "OTHER"
        elif c.type_hint is not None and len(words) == 1 and pe.is_person_noun(words[0]) and not (
            c.tokens[0].is_acronym
        ):
            c.type_hint = None  # "Police", "Investigators" alone name no one
        elif c.type_hint == "PERSON" and len(words) == 1 and not titled and _ORG_TAIL.search(text, max(0, c.start - 120), c.start):
            c.type_hint = "OTHER"  # "the Academy of Motion Pictures Arts and Sciences announced": a name's last word
    # a name the article writes as a thing's, with its article ("the Nintendo Switch."), is
    # that thing where only the shape of its words made it a person ("Nintendo Switch sold")
    things = {" ".join(_name_words(c)) for c in cands if c.extra.get("named_thing") and c.type_hint != "PERSON"}
    for c in cands:
        if c.type_hint == "PERSON" and c.extra.get("weak") and len(c.tokens) > 1 and " ".join(_name_words(c)) in things:
            c.type_hint = "OTHER"
            c.extra["named_thing"] = "1"
            rejected.update(nm.translit_key(w) for w in _name_words(c))
    # a lone word that was a person's only as a part of such names ("Possession of
    # Marijuana" beside "Simultaneous Possession") is none either
    kept = {nm.translit_key(w) for c in cands if c.type_hint == "PERSON" and len(c.tokens) > 1 for w in _name_words(c)}
    for c in cands:
        key = nm.translit_key(_name_words(c)[0])
        if c.type_hint == "PERSON" and c.extra.get("weak") and len(c.tokens) == 1 and key in rejected - kept:
            c.type_hint = "OTHER"
