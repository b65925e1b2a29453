"""A reporter's or a journalist's title before a name is a title, not part of the name:
passages of MultiLing 2011 M005 (development) in Czech and Hebrew, whose briefs listed the
persons "Reportér Wikinews Diego Grez" and "העיתונאית טניה ארקה" ("the journalist Tania
Arce")."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text.entities import extract_mentions
from synoptic.text.sentences import split_sentences


def _people(text: str, language: str) -> list[tuple[str, str | None]]:
    article = Article(id="a", source="a", text=text, language=language, published=date(2010, 5, 21))
    return [(m.span.text, m.role) for m in extract_mentions(article, split_sentences(article), Settings().text)
            if m.type == "PERSON"]


def test_a_czech_reporter_of_an_outlet_is_the_persons_title():
    text = ("Reportér Wikinews Diego Grez, který byl v Santa Cruz v době otřesu, sdělil, že proud vypadl "
            "přibližně na 30 minut a lidé rychle opustili jejich domy.")
    assert _people(text, "cs") == [("Diego Grez", "Reportér")]


def test_a_czech_journalist_after_the_cue_is_titled():
    text = ('"Nejhorší to bylo, když siréna hasičů zazněla dvakrát a lidé na kopci začali řvát "tsunami!", '
            "řekla novinám novinářka Tania Arce.")
    assert _people(text, "cs") == [("Tania Arce", "novinářka")]


def test_a_hebrew_journalist_with_the_article_is_titled():
    text = ('"הדבר הקשה ביותר התרחש כאשר אזעקת מכבי האש הושמעה פעמיים, ואנשים בגבעה התחילו לצעוק "צונאמי"", '
            "אמרה העיתונאית טניה ארקה לעיתון.")
    assert _people(text, "he") == [("טניה ארקה", "העיתונאית")]


def test_a_capitalised_spanish_title_with_its_complement_leaves_the_name():
    # Wikinews trial es/89284 (dev): the brief listed "Europea de Competencia Neelie Kroes"
    text = ('La Comisión Europea ha aplaudido el anuncio de Apple y, como respuesta a las noticias, la Comisaria '
            'Europea de Competencia Neelie Kroes afirmó que "la Comisión está muy a favor de las soluciones".')
    assert _people(text, "es") == [("Neelie Kroes", "Comisaria Europea de Competencia")]


def test_the_word_after_an_apposed_title_is_what_the_title_is_of():
    # MultiLing M005 in Czech (M0055): "Wikinews" was a person titled "reportér", then joined
    # "Wikinews Edith Larraín" in the story's people
    text = ('Diego Grez, reportér Wikinews v Pichilemu, řekl: "Stalo se to velmi náhle a cítil jsem, jako by se '
            'země točila v kruzích."')
    assert _people(text, "cs") == [("Diego Grez", None)]


def test_an_acronym_after_an_apposed_title_is_no_person():
    # MultiLing M004 in Czech (M0042, development): "OSN" (the UN) was a person titled "šéf"
    text = ("Yvo de Boer, šéf OSN pro změny klimatu, řekl, že REDD dohoda během této konference je "
            "nepravděpodobná.")
    assert [name for name, _ in _people(text, "cs")] == ["Yvo de Boer"]
