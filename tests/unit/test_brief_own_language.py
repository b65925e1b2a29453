"""A fact its own-language source states speaks in the brief's language or not at all: a
translation never stands in for the brief's own wording because that one is too short."""

from __future__ import annotations

from synoptic.model import Fact
from synoptic.settings import ClaritySettings, WriteSettings
from synoptic.write.brief import _candidates
from tests.unit.story_parts import article_of_sentences

# Wikinews trial 37961 (CC BY 2.5), its Italian and Dutch versions: the Dutch brief's summary
# said "(it) Un colpo di pistola corrisponde a 140 dB."
IT = "Un colpo di pistola corrisponde a 140 dB."
NL = "Een pistoolschot is 140 dB."


def _fact():
    it, it_analysis = article_of_sentences("it", [IT], language="it")
    nl, nl_analysis = article_of_sentences("nl", [NL], language="nl")
    spans = [it_analysis.sentences[0].span, nl_analysis.sentences[0].span]
    fact = Fact(id="f1", text=NL, mentions=spans, articles=["it", "nl"], independent_sources=1)
    return fact, [it, nl], {"it": it_analysis, "nl": nl_analysis}


def test_a_translation_does_not_speak_for_a_fact_the_brief_s_language_states():
    fact, articles, analyses = _fact()
    assert _candidates([fact], articles, analyses, WriteSettings(), ClaritySettings(), "nl") == []


def test_a_fact_only_another_language_states_still_speaks_through_it():
    fact, articles, analyses = _fact()
    cands = _candidates([fact], articles, analyses, WriteSettings(), ClaritySettings(), "en")
    assert [c.span.text for c in cands] == [IT]
