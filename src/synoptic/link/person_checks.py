"""What the story says of a person's name before `link/entities.py` groups it: a word
glued onto a name the story also writes without it, and names only the shape of their
words made persons that the story reads as a product's or an organisation's (#19)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Any

from synoptic.lang.given_names import is_given_name
from synoptic.link.name_forms import _bare_surname, _clean_form, _person_tokens
from synoptic.model import EntityMention, Span
from synoptic.settings import LinkSettings
from synoptic.text import names as nm


def _organisations_over_shapes(mentions: list[EntityMention]) -> None:
    """A name only the shape of its words made a person in one place ("Apple Computer
    podía utilizar su nombre") that the story writes as an organisation elsewhere ("el
    fabricante de ordenadores Apple Computer", "CEO de Apple Computer") is that
    organisation: an organisation's type comes from evidence (a business noun, a legal
    form, what a title is of), a weak person's only from capitals."""
    orgs = Counter(_clean_form(m.span.text) for m in mentions if m.type == "ORG")
    # and without a legal form after it: "Reliance Globalcom" of "Reliance Globalcom Ltd."
    orgs.update(core for m in mentions if m.type == "ORG" and (core := _without_legal_form(_clean_form(m.span.text))))
    # organisations by what only a firm is or has: it employs ("an analyst at Goldman
    # Sachs"), a business noun names it, it has shares; not what a title is of ("a
    # spokesman for X"), which people have too
    firm_orgs = Counter(_clean_form(m.span.text) for m in mentions if m.type == "ORG" and m.evidence != "title_of")
    # persons by more than shape: a title settles it; a cue ("Apple Computer añadió") only
    # while the story does not give the name as an organisation as often
    firm = Counter(_clean_form(m.span.text) for m in mentions if m.type == "PERSON" and not m.weak)
    # persons by more than shape or a speech verb: an honorific, an age, a pronoun, a title
    strong = Counter(_clean_form(m.span.text) for m in mentions
                     if m.type == "PERSON" and not m.weak and m.evidence != "cue")
    titled = {_clean_form(m.span.text) for m in mentions if m.type == "PERSON" and m.role}
    # names the story writes with their article as a thing's: "the Nintendo Switch."
    things = {_clean_form(m.span.text) for m in mentions if m.type == "OTHER" and m.evidence == "determiner"}
    for m in mentions:
        form = _clean_form(m.span.text)
        if m.type != "PERSON" or form in titled or strong[form]:
            continue
        if m.weak and form in things:
            m.type = "OTHER"
            m.weak = False
            continue
        if (m.weak and orgs[form] and orgs[form] >= firm[form]) or (
            # "Morgan Stanley said ..." where the story also writes "an economist at Morgan
            # Stanley": organisations speak too
            m.evidence == "cue" and firm_orgs[form]
        ):
            m.type = "ORG"
            m.weak = False
            m.evidence = None


def _without_legal_form(form: str) -> str | None:
    """An organisation's name without the legal form or business noun it ends on ("Reliance
    Globalcom Ltd." -> "Reliance Globalcom"), None when it ends on none or nothing is left."""
    words = form.split()
    if len(words) >= 3 and words[-1].lower() in nm.CORPORATE_WORDS:
        return " ".join(words[:-1]).rstrip(",")
    return None


def _trim_glued_names(mentions: list[EntityMention], alone: Counter) -> None:
    """A person's name with a word glued on that the story names on its own: "Wikinews
    Diego Grez", "Diego Grez de Wikinews" (the outlet), "Anayeli Ruiz Dolan" (a reporter's
    byline before the surname that opens the next sentence), when the story also writes
    the person's name without it ("Diego Grez"). The mention becomes that name."""
    forms: dict[tuple[str, ...], str] = {}
    for m in mentions:
        if m.type == "PERSON":
            form = _clean_form(m.span.text)
            toks = _person_tokens(form)
            if len(toks) >= 2:
                forms.setdefault(tuple(nm.translit_key(t) for t in toks), form)
    for m in mentions:
        if m.type != "PERSON":
            continue
        toks = _person_tokens(_clean_form(m.span.text))
        if len(toks) < 3:
            continue
        keys = tuple(nm.translit_key(t) for t in toks)
        rest = None
        if keys[1:] in forms and alone[keys[0]] >= 1:
            rest = forms[keys[1:]]
        elif keys[:-1] in forms and alone[nm.translit_key(_bare_surname(toks[-1]))] >= 1:
            rest = forms[keys[:-1]]
        at = m.span.text.find(rest) if rest else -1
        if at >= 0:
            start = m.span.start + at
            m.span = Span(m.span.article, start, start + len(rest), rest)


def _confirmed_people(
    people: list[Any], others: list[EntityMention], alone: Counter, heads: set[str], settings: LinkSettings
) -> list[Any]:
    """The people the story confirms. A name written head first, whose first word the story
    uses on its own ("Apple" of "Apple Computer") while its last word never stands alone,
    and that opens a name of another kind too ("Apple Corps", an organisation), is a
    product's or an organisation's, not a person's: news calls people by their surname
    alone ("Jobs" of "Steve Jobs"; "Steve" alone in a tribute is his given name). A name
    with a title ("presidente del tribunal, Martin Mann") stays. So does one whose surname
    stands alone ("Disney" of "Walt Disney", "The Walt Disney Company")."""
    # the longer names of other kinds: "Corpus Christi Fire Department" for "Corpus Christi"
    longer = [_clean_form(m.span.text) for m in others if m.type in ("ORG", "PLACE") and " " in m.span.text]
    # first words of organisations' names: "Apple" alone, by its capital only, is "Apple
    # Computer"'s or "Apple Corps"'s short name, not a person's
    org_heads = {nm.translit_key(f.split()[0]) for m in others if m.type == "ORG" and (f := _clean_form(m.span.text))}
    kept = []
    for g in people:
        if len(g.tokens) < 2:
            # (a word given no title that no full name of a person claimed: "Apple", whose
            # "Apple Computer" the story read as an organisation)
            if not any(m.role for m in g.mentions) and nm.translit_key(g.tokens[0]) in org_heads:
                for m in g.mentions:
                    m.type = "ORG"
                    m.weak = False
                    others.append(m)
            else:
                kept.append(g)
            continue
        first = alone[nm.translit_key(g.tokens[0])]
        last = alone[nm.translit_key(g.tokens[-1])] + alone[nm.translit_key(_bare_surname(g.tokens[-1]))]
        titled = any(m.role for m in g.mentions)
        head_first = last == 0 and first >= settings.head_first_alone_min and not titled and (
            nm.translit_key(g.tokens[0]) in heads
        )
        # a name only the shape of its words made a person, whose surname never stands alone,
        # that opens an organisation's or a place's longer name: a place's ("Corpus Christi
        # firefighter", "Corpus Christi Fire Department"), not a person's
        opens_other = last == 0 and all(m.weak for m in g.mentions) and any(
            long_.startswith(f + " ") for f in g.forms for long_ in longer
        )
        if not head_first and not opens_other:
            kept.append(g)
            continue
        for m in g.mentions:
            m.type = "OTHER"
            others.append(m)
    return kept


# scripts whose given names the list holds (Latin, and Greek, Cyrillic, Georgian, Armenian
# transliterated: `bench/build_given_names.py`); a name in another script is not judged by it
_LISTED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "GEORGIAN", "ARMENIAN")


def _listed_script(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or unicodedata.name(ch, "").startswith(_LISTED_SCRIPTS))


def _unsupported_shapes(people: list[Any], others: list[EntityMention]) -> list[Any]:
    """People only the shape of their words made persons (no title, honorific, age, verb of
    saying or apposition in any article of the story: every mention weak) whose full name
    opens on no known given name (`lang.given_names`): "Active Directory", "Microsoft
    Longhorn", "Crime Stopper" are a product's and a hotline's names, "Roshawn Jones" and
    "Ryan Dunn" are people's. A rare given name stays a person's wherever the story gives
    any other evidence ("Hasib Hussain, 18,", "said Shahzad Tanweer"). Greek and Cyrillic
    names are judged too ("Ευρωπαϊκή Ένωση" is the European Union's name, "Σταύρος Δήμας" a
    man's), through their transliteration."""
    kept = []
    for g in people:
        weak = all(m.weak and not m.role for m in g.mentions)
        full = [f for f in g.forms if len(_person_tokens(f)) >= 2]
        given = any(is_given_name(_person_tokens(f)[0]) for f in full) or any(
            is_given_name(_person_tokens(f)[0]) for f in g.forms if len(_person_tokens(f)) == 1
        )
        # (a lone word no full name claimed is left to the other checks: "Comeaux" alone)
        if not weak or given or not full or not any(_listed_script(ch) for f in g.forms for ch in f):
            kept.append(g)
            continue
        for m in g.mentions:
            m.type = "OTHER"
            m.weak = False
            others.append(m)
    return kept
