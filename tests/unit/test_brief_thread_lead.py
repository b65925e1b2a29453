"""A thread's brief does not open on "Today" when an equally good lead exists; captions
are no summary sentences (#20, reader-driven).

Passages are real: MultiLing 2011 (WikiNews, CC BY 3.0). M009 is a test topic: its
passages check this behaviour only; no setting was chosen on it.
"""

from __future__ import annotations

from datetime import date

import pytest

from synoptic import vectors
from synoptic.compare.facts import align_facts
from synoptic.settings import (
    ClaritySettings,
    CompareSettings,
    TimeSettings,
    VectorSettings,
    WriteSettings,
)
from synoptic.write.brief import summarize
from synoptic.write.standalone import is_caption, not_a_statement, opens_on_relative_day
from tests.unit.story_parts import article_of_sentences

# MultiLing 2011 M009 (English, test topic): the torch relay in Paris and London, and
# the Beijing opening ceremony weeks later
M009 = {
    "paris": ("2008-04-07", [
        "Today, the Olympic torch went out three times while traveling through Paris, France.",
        "Olympic officials claim that this came as a result of actions by Pro-Tibetan protesters.",
        "It has been reported that the torch was extinguished, then put on a bus to keep it safe.",
    ]),
    "london": ("2008-04-06", [
        "Around 25 arrests have been made by Metropolitan Police officers, during the 31 mile Olympic "
        "Torch relay in London, England.",
        "The torch relay began at Wembley Stadium where protesters waved flags and chanted as the torch "
        "started on its route.",
    ]),
    "arrival": ("2008-04-05", [
        "The 2008 Olympic Torch has arrived in London today, with the delegation being met by Chinese "
        "ambassador Fu Ying and Minister for the Olympics Tessa Jowell at Heathrow Airport.",
        "The torch had just arrived from St Petersburg, Russia.",
    ]),
    "ceremony": ("2008-08-08", [
        "Witnessed by at least 90,000 spectators, the Opening Ceremony of the 2008 Olympic Games was held at "
        "the National Stadium in Beijing China this evening.",
        "204 teams from over the world marched into the stadium.",
    ]),
}


@pytest.fixture(scope="module")
def encoder():
    return vectors.get_encoder(VectorSettings())


def _articles(passages: dict[str, tuple[str, list[str]]], dated: bool = True):
    articles, analyses = [], {}
    for aid, (day, sentences) in passages.items():
        published = date.fromisoformat(day) if dated else None
        article, analyses[aid] = article_of_sentences(aid, sentences, language="en", published=published)
        articles.append(article)
    return articles, analyses


def test_relative_day_openings_in_several_languages():
    time = TimeSettings()
    assert opens_on_relative_day(M009["paris"][1][0], "en", time)  # MultiLing M0097
    assert opens_on_relative_day("Earlier today, the torch reached London.", "en", time)
    assert opens_on_relative_day("Aujourd'hui, la flamme olympique s'est éteinte trois fois à Paris.", "fr", time)
    assert opens_on_relative_day("Heute ist die olympische Fackel in Paris dreimal erloschen.", "de", time)
    assert opens_on_relative_day("Ayer la policía detuvo a 25 personas en Londres.", "es", time)
    assert opens_on_relative_day("Vandaag is de olympische fakkel in Parijs drie keer gedoofd.", "nl", time)
    # "today" later in the sentence: the sentence names its event first
    assert not opens_on_relative_day(M009["arrival"][1][0], "en", time)
    assert not opens_on_relative_day(M009["london"][1][0], "en", time)


def test_a_thread_brief_does_not_lead_with_today_when_an_equal_lead_exists(encoder):
    # undated (as plain files): with dates the earliest report (London) leads anyway, by
    # its earliness, and "Today" would not compete
    articles, analyses = _articles({k: M009[k] for k in ("paris", "london", "ceremony")}, dated=False)
    facts = align_facts(articles, analyses, [], encoder, CompareSettings())
    stories = [{"paris", "london"}, {"ceremony"}]

    def lead(settings: WriteSettings, threads: list[set[str]] | None) -> str:
        summary = summarize(facts, [], articles, analyses, encoder, settings, ClaritySettings(),
                            "en", None, threads, TimeSettings())
        return summary[0].text

    thread_lead = lead(WriteSettings(max_words=80), stories)
    assert not thread_lead.startswith("Today")
    assert thread_lead in {s for _, ss in M009.values() for s in ss[:1]}  # still an article's opening
    # without the preference the "Today" sentence would lead this thread: the rule decides
    assert lead(WriteSettings(max_words=80, thread_lead_avoids_relative_day=False), stories).startswith("Today")
    # when only "Today, ..." opens the thread's main story, it still leads: never dropped
    assert lead(WriteSettings(max_words=80), [{"paris"}, {"ceremony"}]).startswith("Today")
    # a story's brief (no thread) keeps its "Today" lead: nothing is dropped elsewhere
    assert lead(WriteSettings(max_words=80), None) == lead(
        WriteSettings(max_words=80, thread_lead_avoids_relative_day=False), None)


def test_a_photo_caption_is_not_a_statement():
    # MultiLing 2011 M0020 (English, development): a photo's caption, alone on its line
    # between two paragraphs of the report
    assert is_caption("HMS Cornwall at Zeebrugge in 2006.", "en")
    assert not_a_statement("HMS Cornwall at Zeebrugge in 2006.", "en")
    # the sentences around it are statements (a finite verb: "had been inspecting", "occurred")
    assert not is_caption("The incident occurred near the Shatt al-Arab (Arvandrud) waterway, which forms the "
                          "southern border between Iran and Iraq.", "en")
    assert not is_caption("Fifteen British Royal Navy personnel have been captured by Iranian authorities at "
                          "gunpoint in the Persian Gulf off the Iraqi coast.", "en")
    # names, prepositions and a year, but with a verb ("was in"), or a common noun
    assert not is_caption("Blair was in Zeebrugge in 2006.", "en")
    assert not is_caption("The frigate docked at Zeebrugge in 2006.", "en")
    # German capitalises nouns, never its finite verbs (MultiLing M002 German wording)
    assert not is_caption("Die Fregatte HMS Cornwall lag 2006 in Zeebrugge.", "de")
    # a script without capitals is never judged a caption (conservative)
    assert not is_caption("فرقاطة كورنوال في زيبروغ عام 2006.", "ar")
