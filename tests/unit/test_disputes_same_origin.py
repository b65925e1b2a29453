"""Disputes between two rewrites of one report (#19, recall): one origin, still two readings.

Two outlets that rewrite one press release are one source for counting independent
sources, but when their sentences about one fact give it different values, a reader must
see it. Sentences that are copies of each other (one text edited or updated) never dispute.

Real passages from development stories of `bench/data/disputes/` (the Gun Violence Corpus,
CC BY 4.0; ECB+, CC BY 3.0; see NOTICE), put in one fact as the fact aligner does.
"""

from __future__ import annotations

from synoptic.compare.conflicts import find_conflicts
from synoptic.compare.evidence import build_index, copies
from synoptic.model import Origin, Span
from synoptic.render.json import conflict_dict
from synoptic.settings import CompareSettings
from tests.unit.story_parts import one_fact

SETTINGS = CompareSettings()

# gvc-488277: a TV station's rewrite of the sheriff's release, and the release as posted
WDSU = "She was taken to a New Orleans hospital with a bullet wound behind her left ear, officials said."
SHERIFF = ("The victim, Emma Colmenares, is hospitalized at University Hospital in New Orleans with a "
           "bullet wound behind her right ear.")
# ecbplus-12_ecbplus (12_1 and 12_2): one Navy statement, copied with its figures
HINDU = "During the operation, six AK 47 rifles, 12 magazines and about 300 rounds of ammunition were found and confiscated."
NDTV = "During the operation, six AK-47 rifles, 12 magazines and about 300 rounds of ammunition were found and confiscated."


def _run(reports: list[tuple[str, str]], origins: list[Origin]):
    fact, articles, analyses = one_fact(reports)
    found = [c for c in find_conflicts([fact], articles, analyses, [], [], origins, SETTINGS) if c.is_dispute]
    return found, build_index([fact], articles, analyses, origins, SETTINGS)


def test_two_rewrites_of_one_release_that_differ_are_a_dispute_of_one_origin():
    one = [Origin("o1", ["wdsu", "sheriff"], relation="syndicated")]
    (c,), idx = _run([("wdsu", WDSU), ("sheriff", SHERIFF)], one)
    assert sorted(v.value for v in c.variants) == ["left", "right"]
    assert c.same_origin is True and conflict_dict(c)["same_origin"] is True
    # still one source: the count of independent sources does not change
    assert idx.sources(["wdsu", "sheriff"]) == 1 and c.majority is None


def test_the_same_pair_from_two_origins_is_not_marked_same_origin():
    two = [Origin("o1", ["wdsu"]), Origin("o2", ["sheriff"])]
    (c,), _ = _run([("wdsu", WDSU), ("sheriff", SHERIFF)], two)
    assert c.same_origin is False and conflict_dict(c)["same_origin"] is False


def test_a_copy_with_one_word_changed_is_one_text_edited_not_two_readings():
    # the release's sentence copied word for word but for the side: an edit or a later
    # version of one text, not two outlets' reading of the source
    edited = SHERIFF.replace("right", "left")
    one = [Origin("o1", ["sheriff", "copy"], relation="duplicate")]
    found, idx = _run([("sheriff", SHERIFF), ("copy", edited)], one)
    assert found == []
    a, b = Span("sheriff", 0, len(SHERIFF), SHERIFF), Span("copy", 0, len(edited), edited)
    assert not idx.apart(a, b)
    # from two origins the same pair disputes (the like-with-like rules are unchanged)
    found, idx = _run([("sheriff", SHERIFF), ("copy", edited)], [Origin("o1", ["sheriff"]), Origin("o2", ["copy"])])
    assert [c.kind for c in found] == ["claim"] and idx.apart(a, b)


def test_copies_are_read_on_words_figures_aside():
    assert copies(HINDU, NDTV, SETTINGS.origin_copy_words)  # "AK 47" / "AK-47": one text
    assert not copies(WDSU, SHERIFF, SETTINGS.origin_copy_words)  # two rewrites
    # a figure changed in a copied sentence leaves it a copy (an update of one text)
    assert copies(HINDU, HINDU.replace("300", "923"), SETTINGS.origin_copy_words)


def test_one_article_is_never_apart_from_itself():
    _, idx = _run([("wdsu", WDSU), ("sheriff", SHERIFF)], [Origin("o1", ["wdsu", "sheriff"])])
    a = Span("wdsu", 0, 10, WDSU[:10])
    assert not idx.apart(a, Span("wdsu", 20, 30, WDSU[20:30]))
