"""The brief a reader would publish (#20), on real passages: MultiLing 2011 topic M007
(WikiNews, CC BY 3.0: the Abu Ghraib court martial, in English and French)."""

from __future__ import annotations

import pytest

from synoptic import vectors
from synoptic.compare.facts import align_facts
from synoptic.model import Article, Fact, Origin
from synoptic.settings import ClaritySettings, CompareSettings, VectorSettings, WriteSettings
from synoptic.write.brief import brief_language, summarize
from synoptic.write.standalone import dangles
from synoptic.write.title import story_title
from tests.unit.story_parts import article_of_sentences

EN = [
    "TEXAS, US – A United States Army court martial found Army Spc. Charles Graner guilty of abusing "
    "prisoners at Iraq's Abu Ghraib prison.",
    "The jury sentenced Graner to ten years in prison.",
    "Graner, 36, was described as the ringleader during his four-day trial before a military jury.",
    "He was accused of assaulting prisoners for fun.",
    "He pleaded innocent to the five charges brought against him, but the ten person jury took five hours "
    "to find him guilty.",
]
EN2 = [
    "A military jury at Fort Hood in Texas found Army Spc. Charles Graner guilty of abusing prisoners at "
    "Abu Ghraib prison in Iraq.",
    "Graner was sentenced to ten years in prison by the jury.",
    "He was described by prosecutors as the ringleader of the abuse.",
]
FR = [
    "Texas, États-Unis -- Le soldat américain Charles Graner a été déclaré coupable par une cour martiale "
    "des États-Unis d’avoir maltraité des détenus irakiens dans la prison d’Abu Ghraib.",
    "Le jury l'a condamné à dix ans de prison.",
    "Graner, 36 ans, a été décrit comme principal meneur pendant son procès de 4 jours devant un jury militaire.",
    "Il a été accusé d'infliger des sévices à des prisonniers, pour le plaisir.",
]


@pytest.fixture(scope="module")
def encoder():
    return vectors.get_encoder(VectorSettings())


def _story(parts: dict[str, tuple[str, list[str]]]):
    articles, analyses = [], {}
    for aid, (language, sentences) in parts.items():
        article, analyses[aid] = article_of_sentences(aid, sentences, language=language, title="")
        articles.append(article)
    return articles, analyses


@pytest.fixture(scope="module")
def story(encoder):
    articles, analyses = _story({"en1": ("en", EN), "en2": ("en", EN2), "fr": ("fr", FR)})
    facts = align_facts(articles, analyses, [], encoder, CompareSettings())
    return articles, analyses, facts


def _summary(story, encoder, language, words=120):
    articles, analyses, facts = story
    return summarize(facts, [], articles, analyses, encoder, WriteSettings(max_words=words), ClaritySettings(),
                     language)


def test_brief_language_is_the_one_most_independent_sources_use():
    articles, _ = _story({"en1": ("en", EN), "en2": ("en", EN2), "fr": ("fr", FR)})
    origins = [Origin("o1", ["en1"]), Origin("o2", ["en2"]), Origin("o3", ["fr"])]
    assert brief_language(articles, origins) == "en"
    assert brief_language(articles, origins, "fr-FR") == "fr"
    # two copies of one French report are one source
    assert brief_language(articles, [Origin("o1", ["en1", "en2"]), Origin("o2", ["fr"])]) == "en"


def test_dateline_is_cut_and_the_span_stays_exact(story, encoder):
    articles, _, _ = story
    texts = {a.id: a.text for a in articles}
    for s in _summary(story, encoder, "en"):
        assert not s.text.startswith("TEXAS")
        assert texts[s.span.article][s.span.start : s.span.end] == s.text
    fr = _summary(story, encoder, "fr")
    assert fr and not any(s.text.startswith("Texas, États-Unis") for s in fr)


def test_a_dangling_sentence_only_follows_its_referent(story, encoder):
    articles, _, _ = story
    texts = {a.id: a.text for a in articles}
    for language in ("en", "fr"):
        summary = _summary(story, encoder, language)
        assert not dangles(summary[0].text, language)
        for prev, s in zip(summary, summary[1:], strict=False):
            if dangles(s.text, language):
                assert prev.span.article == s.span.article, s.text
                assert not texts[s.span.article][prev.span.end : s.span.start].strip()


def test_one_language_other_languages_corroborate_and_are_cited(story, encoder):
    summary = _summary(story, encoder, "en")
    assert all(s.span.article.startswith("en") for s in summary)
    assert all(s.language is None for s in summary)
    # the French report states the verdict too: it is cited beside the English sentence
    assert any("fr" in s.articles for s in summary)
    french = _summary(story, encoder, "fr")
    assert all(s.span.article == "fr" or s.language == "en" for s in french)


def test_a_fact_no_source_states_in_the_brief_s_language_is_marked():
    # a lone French statement in an English brief comes with its language
    encoder = vectors.get_encoder(VectorSettings(encoder="tfidf"))
    articles, analyses = _story({"en1": ("en", EN[:2]), "fr": ("fr", FR[2:3])})
    facts = align_facts(articles, analyses, [], encoder, CompareSettings())
    summary = summarize(facts, [], articles, analyses, encoder, WriteSettings(max_words=200), ClaritySettings(),
                        "en")
    marked = [s for s in summary if s.span.article == "fr"]
    assert marked and all(s.language == "fr" for s in marked)
    assert all(s.language is None for s in summary if s.span.article == "en1")


def test_title_is_in_the_brief_s_language(story):
    articles, _, facts = story
    articles = [
        Article(id=a.id, source=a.source, text=a.text, language=a.language,
                title={"en1": "Graner found guilty of mistreatment at Abu Ghraib", "en2": "",
                       "fr": "Graner reconnu coupable de sévices à Abu Ghraib"}[a.id])
        for a in articles
    ]
    assert story_title(articles, facts, WriteSettings(), ClaritySettings(), "fr").startswith("Graner reconnu")
    assert story_title(articles, facts, WriteSettings(), ClaritySettings(), "en").startswith("Graner found")


def test_a_clearer_translation_never_stands_in_for_the_brief_s_own_wording():
    # Wikinews "Airbus announces job cuts of 10,000" (CC BY 3.0) and its Dutch version: the
    # English wording opens on "This move" (it leans on the sentence before), the Dutch one
    # reads alone; the English brief showed "(nl) De beslissing volgt op ..." though an
    # English source states the fact
    en = ["Airbus, Europe's biggest aircraft manufacturer, has announced 10,000 job cuts over the next four years.",
          "This move comes after well-publicized delays on its A380 super-jumbo commercial airliner."]
    nl = ["Airbus, de grootste vliegtuigbouwer van Europa, gaat de komende vier jaar 10.000 banen schrappen.",
          "De beslissing volgt op de veelbesproken vertragingen bij de ontwikkeling van de A380 superjumbo, "
          "een commercieel vliegtuig."]
    articles, analyses = _story({"en": ("en", en), "nl": ("nl", nl)})
    spans = {aid: [s.span for s in analyses[aid].sentences] for aid in ("en", "nl")}
    facts = [Fact(f"f{k}", spans["en"][k].text, [spans["en"][k], spans["nl"][k]], ["en", "nl"], 2, "corroborated")
             for k in range(2)]
    encoder = vectors.get_encoder(VectorSettings(encoder="tfidf"))
    summary = summarize(facts, [], articles, analyses, encoder, WriteSettings(max_words=200), ClaritySettings(),
                        "en")
    assert summary and all(s.span.article == "en" and s.language is None for s in summary)


def test_a_trail_of_site_segments_leaves_the_title():
    # GVC development (282561, CC BY 4.0): the story was titled "Family in Rancho Penasquitos
    # murder-suicide identified - CBS News 8"
    from synoptic.settings import WriteSettings
    from synoptic.write.title import _clean_title

    title = ("Family in Rancho Penasquitos murder-suicide identified - CBS News 8 - San Diego, CA News Station - "
             "KFMB Channel 8")
    assert _clean_title(title, WriteSettings()) == "Family in Rancho Penasquitos murder-suicide identified"
    assert _clean_title("Trump - Putin summit ends - World news", WriteSettings()) == "Trump - Putin summit ends"
