"""People in development stories nobody had tuned on (#19, stop 34's fresh stories of
bench/data/entities): a street where two streets meet, a clitic pronoun and another
language's function word read as a person, organisations shaped like people's names (an
airline's opener, a bank's business noun, a faith's adjective), and a name whose word the
story writes in lower case elsewhere.

Passages are copied from the development splits of the data sets in ../shared (the Gun
Violence Corpus dev incident 708277, CC BY 4.0; the Wikinews timelines `trial` topic, CC BY
3.0 / MEANTIME CC BY 4.0; ECB+ topic 22, CC BY 3.0; an AEB development page, MIT) unless
said otherwise. Expected values were written from reading the passages.
"""

from __future__ import annotations

from synoptic.link.entities import canonicalize
from synoptic.model import Article, ArticleAnalysis
from synoptic.settings import LinkSettings, TextSettings
from synoptic.text import analyze


def _article(aid: str, text: str, language: str = "en") -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, language=language)


def _mentions(text: str, language: str = "en") -> dict[str, str]:
    return {m.span.text: m.type for m in analyze(_article("a", text, language), TextSettings()).entities}


def _story(texts: list[str], language: str = "en") -> dict[str, str]:
    arts = [_article(f"a{k}", t, language) for k, t in enumerate(texts)]
    analyses: dict[str, ArticleAnalysis] = {a.id: analyze(a, TextSettings()) for a in arts}
    return {e.name: e.type for e in canonicalize(arts, analyses, LinkSettings())}


def test_a_name_where_two_streets_meet_is_a_street():
    # GVC 708277 (dev): "Charles Bussey" is Charles Bussey Avenue, in both reports
    first = ("Police say RaMaya Reed was killed while riding in a vehicle with her mother.\n"
             "Investigators found several spent shell casings in the area of Charles Bussey and Harrison "
             "Street. A motive for the shooting is unknown.")
    second = ("Officers were able to pinpoint the area of the shooting as the 2000 block of S. Harrison St., "
              "near the crossing of Charles Bussey and Harrison.")
    assert _mentions(first)["Charles Bussey"] == "PLACE"
    assert _mentions(second)["Charles Bussey"] == "PLACE"
    assert _mentions(first)["RaMaya Reed"] == "PERSON"
    assert _story([first, second]).get("Charles Bussey") != "PERSON"


def test_a_clitic_pronoun_opening_a_sentence_is_no_speaker():
    # Wikinews es/30414: "Se dice que" (it is said that) is no one saying
    text = ("El martes, Apple Computer anunció la primera generación de productos que utilizarán procesadores "
            "Intel.\nSe dice que el iMac y el nuevo MacBook Pro - un portátil que sustituye al PowerBook -- son "
            "hasta cuatro veces más rápidos que sus predecesores.")
    assert _mentions(text, "es").get("Se") != "PERSON"


def test_a_function_word_of_the_articles_language_is_no_speech_verb_of_another():
    # Wikinews nl/190356: Dutch "dit" ("this") is French "said"; the BlackBerry is a phone
    text = ("In Amerika zal de iPhone 4 alleen verkrijgbaar zijn in combinatie met een AT & T-abonnement, "
            "ondanks het feit dat Apple is gevraagd om de iPhone ook beschikbaar te maken voor andere providers "
            "zoals Verizon.\nQua concurrentie is de BlackBerry op dit moment nog steeds de populairste "
            "smartphone.")
    assert _mentions(text, "nl").get("BlackBerry") != "PERSON"
    # the French verb still makes a speaker in French
    assert _mentions("Le porte-parole a parlé hier. Dupont dit que la grève continue.", "fr").get("Dupont") == "PERSON"


def test_an_airline_opener_makes_an_organisation_and_a_product_keeps_its_last_word():
    # AEB development page 374ac9a5 (MIT): Kazakhstan's airline
    text = ("Boeing also managed to attract bids for some 60 of the embattled 737 Max jet from Turkish-based "
            "carrier SunExpress, Kazakhstan's Air Astana and a third undisclosed buyer.")
    assert _mentions(text)["Air Astana"] == "ORG"
    # Wikinews it/214601: "MacBook Air" is a laptop, no airline
    laptop = ("Nel corso di un evento mediatico tenutosi mercoledì, Apple Inc. ha presentato una nuova linea di "
              "computer portatili MacBook Air e la versione 2011 della suite software iLife della società.")
    assert _mentions(laptop, "it").get("MacBook Air") != "ORG"


def test_a_banks_business_noun_makes_an_organisation():
    # hand-written (no development passage names a mutual or a savings bank): the nouns are
    # business nouns of banks' names, as "Bank" is
    text = "The bank said Washington Mutual had failed. Deposits at Golden West Savings rose."
    found = _mentions(text)
    assert found["Washington Mutual"] == "ORG"
    assert found["Golden West Savings"] == "ORG"


def test_a_faiths_adjective_in_a_name_makes_no_person():
    # ECB+ 22_4 (dev topic 22), as the corpus tokenises it: the headline's "Muslim Woman" is
    # no one's name
    headline = "‘ Very Spiritual ’ Muslim Woman Shoots Co - workers"
    assert not any("Muslim" in k for k, v in _mentions(headline).items() if v == "PERSON")
    text = (headline + "\nAccording to reports , a Muslim woman named Yvonne Hiller shot and killed two co - "
            "workers at a Kraft plant in Philadelphia .")
    assert _mentions(text)["Yvonne Hiller"] == "PERSON"
