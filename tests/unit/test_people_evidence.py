"""Persons a reader can trust in Spanish, Italian and French news, and the story's own
evidence against a person (#19): sentence openers, products, places and organisations that
only the shape of their words made persons.

Every passage is copied from the development splits of the data sets in ../shared
(Wikinews timelines `trial` topic, CC BY 3.0 / MEANTIME CC BY 4.0; MultiLing 2011 topics
M000-M005, CC BY 3.0; the Gun Violence Corpus train/dev incidents, CC BY 4.0): the NOTICE
credits them. Expected values were written from reading the passages.
"""

from __future__ import annotations

from synoptic.link.entities import canonicalize
from synoptic.model import Article, ArticleAnalysis
from synoptic.settings import LinkSettings, TextSettings
from synoptic.text import analyze


def _article(aid: str, text: str, language: str = "en") -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, language=language)


def _types(text: str, language: str = "en") -> dict[str, str]:
    return {m.span.text: m.type for m in analyze(_article("a", text, language), TextSettings()).entities}


def _mentions(text: str, language: str = "en") -> dict[str, tuple[str, str | None]]:
    return {m.span.text: (m.type, m.role) for m in analyze(_article("a", text, language), TextSettings()).entities}


def _entities(articles: list[Article]):
    analyses: dict[str, ArticleAnalysis] = {a.id: analyze(a, TextSettings()) for a in articles}
    return canonicalize(articles, analyses, LinkSettings())


def _persons(articles: list[Article]) -> list[str]:
    return sorted(e.name for e in _entities(articles) if e.type == "PERSON")


# --- sentence openers of Spanish ------------------------------------------------------


def test_a_spanish_conjunction_or_preterite_opening_a_sentence_is_no_part_of_a_name():
    # Wikinews es/238039 and es/287096 (trial topic)
    text = ("Aunque Apple no ha emitido más comunicados oficiales, The New York Times ha informado que "
            "una persona próxima al entorno de Jobs dijo que la salud de Jobs sufre altibajos.\n"
            "Creó Apple en 1976 y, en 1984, se puso a la venta el primer ordenador personal Macintosh.")
    found = _types(text, "es")
    assert "Aunque Apple" not in found and "Creó Apple" not in found
    assert found.get("Apple") != "PERSON"


# --- products and their parts ---------------------------------------------------------


def test_a_run_that_a_brand_word_opens_or_an_acronym_defines_is_no_person():
    # Wikinews es/37313 and es/9549 (trial topic)
    text = ("Apple Corps afirma que el iTunes Music Store de Apple Computer viola un acuerdo al que "
            "llegaron ambas compañías en 1991.\n"
            "La interoperabilidad ha sufrido el ataque de algunos virus, como los problemas con Server "
            "Message Block (SMB) y Active Directory.")
    found = _types(text, "es")
    assert found.get("Music Store") != "PERSON"
    assert found.get("Server Message Block") != "PERSON"


def test_a_name_written_head_first_whose_first_word_stands_alone_is_no_person():
    # Wikinews es/37313 (trial topic): "Apple" alone, "Apple Corps" an organisation, "Computer"
    # never alone; Jobs and Wozniak are the persons
    text = ("Esta semana, Apple Corps, de los Beatles, ha presentado una demanda contra el fabricante de "
            "ordenadores y electrónica Apple Computer en un tribunal londinense.\n"
            "Anteriormente, Apple Corps ha demandado en dos ocasiones a Apple Computer por el uso del "
            "nombre \"Apple\".\n"
            "La demanda se resolvió en 1991, también extrajudicialmente, y Apple pagó 26,5 millones de dólares.\n"
            "El presidente del tribunal, Martin Mann, ha declarado que posee un reproductor de música "
            "portátil iPod, que está fabricado por Apple Computer.\n"
            "Apple Computer fue creada por Steve Jobs y Steve Wozniak en 1976.")
    assert _persons([_article("a", text, "es")]) == ["Martin Mann", "Steve Jobs", "Steve Wozniak"]


# --- places ---------------------------------------------------------------------------


def test_a_name_the_article_writes_as_a_place_is_that_place_everywhere():
    # GVC 688979 (development incident)
    text = ("Toledo police investigate shooting at after-hours club\n\n"
            "Toledo police continue to investigate a shooting at a an after-hours club early Sunday that "
            "sent four men to the hospital.\n\n"
            "Authorities identified the victims as Darell Brown, 28, Antonyo Demarlo-Jennings, 27, "
            "Dominique Davis, 25, Stephaun Gaston, 22, all from Toledo.\n\n"
            "Also this weekend, in an unrelated incident a man was shot at 3:18 a.m. Saturday in North Toledo.")
    found = _types(text)
    assert found["Toledo"] == "PLACE"
    assert {n for n, t in found.items() if t == "PERSON"} == {
        "Darell Brown", "Antonyo Demarlo-Jennings", "Dominique Davis", "Stephaun Gaston"}


def test_place_nouns_doubled_words_and_leading_articles_make_places_not_persons():
    # MultiLing M0050, M0052 and M0055 (French and English)
    fr = ("Selon la BBC, de « grandes vagues » ont frappé les îles Juan Fernández du Chili.\n"
          "Les personnes désespérées ont rapidement couru vers la désormais célèbre colline de La Cruz.\n"
          "L'ONEMI a indiqué que le tremblement de terre a été ressenti entre la région métropolitaine et Bío Bío.")
    found = _types(fr, "fr")
    assert not {"Juan Fernández", "La Cruz", "Bío Bío"} & {n for n, t in found.items() if t == "PERSON"}
    en = ("The USGS reported it occurred off the coast of the Libertador General Bernardo O'Higgins Region "
          "coast, 206 km (128 miles) west-northwest of Talca.\n"
          "The Mercalli scale intensities were: San Fernando, Santa Cruz, Navidad, Curicó, Río Claro, "
          "Linares, Molina, Longaví and Rancagua: IV.")
    assert {n for n, t in _types(en).items() if t == "PERSON"} == set()


# --- organisations --------------------------------------------------------------------


def test_an_agency_an_operative_s_group_and_a_team_are_no_persons():
    # MultiLing M0011 and M0034 (English), M0052 (English)
    text = ("Unnamed co-conspirator: an Al Qaeda operative believed to be the bomb-maker and cell organizer.\n"
            "Astana Team announced today that Alexander Vinokourov had failed a blood test.\n"
            "The United States Geological Survey first reported it reached a preliminary magnitude of 5.5.")
    found = _types(text)
    persons = {n for n, t in found.items() if t == "PERSON"}
    assert persons == {"Alexander Vinokourov"}


def test_the_team_a_spokeswoman_speaks_for_is_not_her_name():
    # MultiLing M0034 (French): "la porte-parole de l'équipe Corinne Druey"; "l'équipe Astana"
    text = ("\"Nous sommes partis\", a déclaré la porte-parole de l'équipe Corinne Druey.\n"
            "Toutefois, l'équipe Astana, qui s'est retirée aujourd'hui, a eu deux autres coureurs.")
    found = _types(text, "fr")
    assert found["Corinne Druey"] == "PERSON"
    assert found["Astana"] == "ORG"


# --- one person, one name -------------------------------------------------------------


def test_a_short_given_name_joins_the_long_one_of_the_same_surname():
    # Wikinews en/238039 (trial topic)
    text = ("He left current chief operating officer Timothy D. Cook in charge of day-to-day operations.\n"
            "I have asked Tim Cook to be responsible for all of Apple's day to day operations.\n"
            "I have great confidence that Tim and the rest of the executive management team will do a "
            "terrific job.")
    people = [e for e in _entities([_article("a", text)]) if e.type == "PERSON"]
    assert len(people) == 1
    assert {people[0].name, *people[0].aliases} >= {"Timothy D. Cook", "Tim Cook", "Tim"}


def test_a_given_name_alone_goes_to_the_person_the_article_is_about():
    # Wikinews es/287096 (trial topic): "Steve" is Jobs, not Ballmer, whom the article names once
    text = ("Steve Jobs falleció ayer a la edad de 56 años.\n"
            "El 24 de agosto, Jobs abandonó su puesto de CEO.\n"
            "Todos los que hemos tenido la suerte de conocer a Steve y trabajar con él hemos perdido a un amigo.\n"
            "El actual CEO de Microsoft, Steve Ballmer, también expresó sus condolencias por el fallecimiento "
            "de Jobs.")
    people = {e.name: e for e in _entities([_article("a", text, "es")]) if e.type == "PERSON"}
    assert set(people) == {"Steve Jobs", "Steve Ballmer"}
    assert "Steve" in people["Steve Jobs"].aliases


def test_an_outlet_glued_to_a_reporter_s_name_is_trimmed_when_the_story_writes_it_without():
    # MultiLing M0052 and M0055 (French)
    a = _article("a", "Le journaliste de Wikinews Diego Grez, qui était à Santa Cruz au moment de la "
                      "secousse, a indiqué que l'électricité a été coupée.", "fr")
    b = _article("b", "Diego Grez, un journaliste de Wikinews à Pichilemu, a déclaré : « Cela s'est produit "
                      "très soudainement. »\nGrez a dit au sujet du tremblement de la nuit de mercredi.", "fr")
    assert _persons([a, b]) == ["Diego Grez"]


def test_a_surname_a_tokenized_source_split_at_its_apostrophe_is_one_name():
    # Wikinews en/279494 (trial topic, MEANTIME tokens)
    text = "Charles O 'Reilly, a management expert at Stanford University, says otherwise."
    found = _mentions(text)
    assert found["Charles O 'Reilly"][0] == "PERSON"


# --- roles on the right person --------------------------------------------------------


def test_each_apposition_of_a_list_belongs_to_the_name_before_it():
    # GVC b4a99b2c (train incident, development split)
    text = ("E'Monnie Dixon, a 17-year-old student at Rock Hill High School, and Ja'Terreon Thorne, a "
            "17-year-old student at Northwestern High School.")
    found = _mentions(text)
    assert found["E'Monnie Dixon"] == ("PERSON", "17-year-old student at Rock Hill High School")
    assert found["Ja'Terreon Thorne"] == ("PERSON", "17-year-old student at Northwestern High School")


def test_a_school_district_named_by_a_plural_org_word_is_an_organisation():
    # GVC b4a99b2c (train incident, development split)
    assert _types("Statement from Rock Hill Schools:\n\nIt has been an extremely sad 24 hours.")[
        "Rock Hill Schools"] == "ORG"


def test_a_place_that_opens_an_organisation_s_name_is_no_person():
    # GVC 591237 (development incident)
    text = ("The husband has been identified as Corpus Christi firefighter Steven Dolan and the wife is "
            "Brenda Dolan.\n\nSteven Dolan had been a firefighter with the Corpus Christi Fire Department "
            "for 19 years and worked at Fire Station No. 1.")
    assert _persons([_article("a", text)]) == ["Brenda Dolan", "Steven Dolan"]
