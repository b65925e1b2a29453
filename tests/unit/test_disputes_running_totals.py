"""Running totals are not the count of one event (#19): real passages from the disputes
development story ecbplus-12_ecbplus (ECB+, CC BY 3.0; see NOTICE), the Indian Navy's
seizure of arms from pirates, run through the real text layer and `find_conflicts` with no
aligned fact (the sentences are worded apart, as the aligner kept them)."""

from __future__ import annotations

from datetime import date

from synoptic import text
from synoptic.compare.conflicts import find_conflicts
from synoptic.compare.figure_subject import named_subject
from synoptic.compare.numbers import describe
from synoptic.model import Article, Span
from synoptic.settings import CompareSettings, TextSettings

SETTINGS = CompareSettings()

THIS_OPERATION = ("During the operation, six AK-47 rifles, 12 magazines and about 300 rounds of ammunition "
                  "were found and confiscated.")
SO_FAR = ("In their five operations so far, the personnel on board the warship have confiscated 14 AK-47 "
          "Rifles, 31 magazines and 923 rounds of ammunition, he said.")
SEIZED = "Six AK 47 rifles, 12 magazines and 300 rounds of ammunition were seized from the boats."
SLIP = ("The Navy confiscated 14 AK-47 rifles, 31 magazines and 923 rounds from the boat along with "
        "grapnels, ladders and rope-handling gloves, Nambiar said.")


def _disputes(reports: list[tuple[str, str]]):
    articles, analyses = [], {}
    for aid, body in reports:
        article = Article(aid, f"{aid}.txt", body, language="en", outlet=aid, published=date(2011, 11, 11))
        analyses[aid] = text.analyze(article, TextSettings())
        articles.append(article)
    return [c for c in find_conflicts([], articles, analyses, [], [], [], SETTINGS) if c.is_dispute]


def test_a_running_total_is_kept_apart_and_one_report_giving_it_as_the_haul_disputes():
    # the Navy's statement gives this operation's haul and the five operations' total; one
    # report gives the total as what was taken "from the boat": the haul is disputed, and the
    # statement's own total ("so far") is on neither side
    found = _disputes([("navy", f"{THIS_OPERATION} {SO_FAR}"), ("dna", SEIZED), ("ians", SLIP)])
    rounds = [c for c in found if any("923" in v.value for v in c.variants)]
    assert rounds, [c.topic for c in found]
    sides = {v.value: v.articles for v in rounds[0].variants}
    assert sides["923"] == ["ians"]
    assert all("navy" not in arts or value != "923" for value, arts in sides.items())


def test_a_sentence_that_counts_so_far_marks_every_figure_of_its_list():
    body = f"{THIS_OPERATION} {SO_FAR}"
    article = Article("navy", "navy.txt", body, language="en")
    analysis = text.analyze(article, TextSettings())
    start = body.index(SO_FAR)
    sentence = Span("navy", start, start + len(SO_FAR), SO_FAR)
    (rounds,) = [q for q in analysis.quantities if "923" in q.span.text]
    assert "total" in describe(rounds, sentence, SETTINGS).scope


def test_a_name_with_a_figure_is_a_model_not_the_actor_of_the_count():
    # "Six AK 47 rifles": AK is the rifles' model, not an organisation whose count it is
    article = Article("dna", "dna.txt", SEIZED, language="en")
    analysis = text.analyze(article, TextSettings())
    names = [Span("dna", 4, 6, "AK")] + [e.span for e in analysis.entities if e.type in ("PERSON", "ORG")]
    (q,) = [q for q in analysis.quantities if "rounds" in q.span.text]
    assert named_subject(names, Span("dna", 0, len(SEIZED), SEIZED), q.span, 2) == frozenset()
