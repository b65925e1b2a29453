"""Czech declines its nouns of nationality: passages of MultiLing 2011 M003 in Czech
(development; CC BY 3.0)."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings


def _people(text: str) -> dict[str, str | None]:
    from synoptic.text import analyze

    analysis = analyze(Article(id="a", source="a", text=text, language="cs"), Settings().text)
    return {m.span.text: m.role for m in analysis.entities if m.type == "PERSON"}


def test_a_demonym_in_the_instrumental_is_a_role_shown_in_the_nominative():
    # M0036: the brief listed a person "Španělem Albertem Contadorem" ("ahead of the
    # Spaniard Alberto Contador"); the nationality is his role, as "Dán Michael Rasmussen"
    text = ("Rasmussen udržel náskok dvou minut a 23 sekund před Španělem Albertem Contadorem. Oba dva "
            "zvýšili svoje vedení.\n")
    assert _people(text) == {"Albertem Contadorem": "Španěl"}


def test_declined_demonyms_are_known_and_names_are_not():
    from synoptic.text import names as nm

    assert nm.is_demonym("Španělem") and nm.is_demonym("Dánkou") and nm.is_demonym("Italů")
    assert not any(nm.is_demonym(w) for w in ("Marek", "Bruselu", "Contadorem", "Danem"))


def test_a_title_s_complement_before_a_given_name_is_cut_from_the_name():
    # M0035: "Astany Marc Biver: Manažer" (the manager of Astana, Marc Biver)
    text = 'Manažer Astany Marc Biver řekl: "Vino popírá jakékoliv manipulace s krví."\n'
    assert _people(text) == {"Marc Biver": "Manažer"}
