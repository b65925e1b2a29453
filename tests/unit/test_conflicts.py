"""Disputes on small hand-built records (no other stage needed)."""

from __future__ import annotations

import pytest

from synoptic.compare import roles
from synoptic.compare.conflicts import find_conflicts, mark_disputed
from synoptic.compare.numbers import value_label, values_compatible
from synoptic.compare.polarity import contradiction
from synoptic.compare.units import same_unit
from synoptic.model import (
    Article,
    ArticleAnalysis,
    Entity,
    Fact,
    Origin,
    Quantity,
    Quote,
    QuoteVariant,
    Role,
    Span,
    TimeRef,
)
from synoptic.settings import CompareSettings, TextSettings
from synoptic.text.sentences import split_sentences

SETTINGS = CompareSettings()


def span(article: Article, text: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(text, start + 1)
    return Span(article.id, start, start + len(text), text)


def qty(article: Article, text: str, low, high, unit: str, vague=False, approx=False) -> Quantity:
    return Quantity(span(article, text), low, high, unit, approximate=approx, vague=vague)


def analysis(article: Article, quantities=(), times=()) -> ArticleAnalysis:
    return ArticleAnalysis(
        article=article.id,
        sentences=split_sentences(article),
        quantities=list(quantities),
        times=list(times),
    )


def sentence_fact(fid: str, *spans: Span) -> Fact:
    return Fact(id=fid, text=spans[0].text, mentions=list(spans), articles=[s.article for s in spans])


A = Article(
    "a",
    "a.txt",
    "Moscow has massed 100,000 troops near the Ukrainian border, officials said. "
    "The talks lasted eight hours.",
)
B = Article(
    "b",
    "b.txt",
    "Russia has gathered tens of thousands of troops near the Ukrainian border. "
    "Two Ukrainian soldiers were killed by a mine in the east.",
)
C = Article(
    "c",
    "c.txt",
    "An estimated 100,000 Russian troops are stationed near the border with Ukraine.",
)


def _troops_story(origins=None):
    analyses = {
        "a": analysis(A, [qty(A, "100,000 troops", 1e5, 1e5, "troop"), qty(A, "eight hours", 8, 8, "hour")]),
        "b": analysis(
            B,
            [
                qty(B, "tens of thousands of troops", 1e4, 99999, "troop", vague=True),
                qty(B, "Two Ukrainian soldiers", 2, 2, "soldier"),
            ],
        ),
        "c": analysis(C, [qty(C, "estimated 100,000 Russian troops", 9e4, 1.1e5, "troop", approx=True)]),
    }
    facts = [
        sentence_fact("f1", analyses["a"].sentences[0].span, analyses["b"].sentences[0].span, analyses["c"].sentences[0].span),
        sentence_fact("f2", analyses["a"].sentences[1].span),
        sentence_fact("f3", analyses["b"].sentences[1].span),
    ]
    return facts, [A, B, C], analyses, origins or []


def test_troop_numbers_disagree_with_sides_and_spans():
    facts, arts, analyses, origins = _troops_story()
    found = find_conflicts(facts, arts, analyses, [], [], origins, CompareSettings())
    assert [c.kind for c in found] == ["number"]
    c = found[0]
    assert c.id == "c1"
    sides = {v.value: sorted(v.articles) for v in c.variants}
    assert sides == {"100,000": ["a", "c"], "tens of thousands": ["b"]}
    for v in c.variants:
        for m in v.mentions:
            assert {"a": A, "b": B, "c": C}[m.article].text[m.start : m.end] == m.text
    assert "troops" in c.topic and "border" in c.topic
    assert c.majority == "2 of 3 independent sources: 100,000"
    assert c.facts == ["f1"]


def test_copies_of_one_wire_story_count_once_for_majority():
    facts, arts, analyses, _ = _troops_story()
    origins = [Origin("o1", ["a", "c"], relation="syndicated")]
    (c,) = find_conflicts(facts, arts, analyses, [], [], origins, CompareSettings())
    assert c.majority is None  # 1 source vs 1 source


def test_mark_disputed_only_touches_involved_facts():
    facts, arts, analyses, origins = _troops_story()
    found = find_conflicts(facts, arts, analyses, [], [], origins, CompareSettings())
    marked = mark_disputed(facts, found)
    assert [f.status for f in marked] == ["disputed", "single_source", "single_source"]
    assert [f.status for f in facts][0] == "single_source"  # input left alone


def test_compatible_precision_is_not_a_dispute():
    x = Article("x", "x", "More than 13,000 people have died in the conflict in the east.")
    y = Article("y", "y", "Thousands of people have died in the conflict in the east.")
    analyses = {
        "x": analysis(x, [qty(x, "More than 13,000 people", 13001, None, "people", approx=True)]),
        "y": analysis(y, [qty(y, "Thousands of people", 2000, 999999, "people", vague=True)]),
    }
    facts = [sentence_fact("f1", analyses["x"].sentences[0].span, analyses["y"].sentences[0].span)]
    assert find_conflicts(facts, [x, y], analyses, [], [], [], CompareSettings()) == []


def test_casualty_toll_is_not_a_deployment():
    x = Article("x", "x", "Two soldiers were killed near the border on Sunday.")
    y = Article("y", "y", "Some 5,000 soldiers were deployed near the border on Sunday.")
    analyses = {
        "x": analysis(x, [qty(x, "Two soldiers", 2, 2, "soldier")]),
        "y": analysis(y, [qty(y, "5,000 soldiers", 5000, 5000, "soldier", approx=True)]),
    }
    assert find_conflicts([], [x, y], analyses, [], [], [], CompareSettings()) == []


def _sherman(titles: dict[str, str]) -> tuple[list[Article], Entity]:
    arts = [Article(aid, aid, f"{title} Jane Doe met her counterpart.") for aid, title in titles.items()]
    ent_roles = [
        Role(title, [a.id], [Span(a.id, 0, len(title), title)]) for a, title in zip(arts, titles.values(), strict=True)
    ]
    return arts, Entity("e1", "Jane Doe", "PERSON", roles=ent_roles, articles=list(titles))


def test_title_dispute_ignores_nationality_and_case():
    arts, ent = _sherman(
        {
            "a": "US Secretary of State",
            "b": "Under Secretary of State",
            "c": "Deputy Secretary of State",
            "d": "U.S. Deputy Secretary of State",
            "e": "deputy secretary of state",
        }
    )
    analyses = {a.id: analysis(a) for a in arts}
    (c,) = find_conflicts([], arts, analyses, [ent], [], [], CompareSettings())
    assert c.kind == "role" and c.topic == "Jane Doe's title"
    sides = {v.value: v.articles for v in c.variants}
    assert sides == {
        "Deputy Secretary of State": ["c", "d", "e"],
        "Secretary of State": ["a"],
        "Under Secretary of State": ["b"],
    }
    assert c.majority == "3 of 5 independent sources: Deputy Secretary of State"


def test_general_title_is_not_a_dispute():
    arts, ent = _sherman({"a": "diplomat", "b": "Deputy Secretary of State", "c": "Deputy Secretary"})
    analyses = {a.id: analysis(a) for a in arts}
    assert find_conflicts([], arts, analyses, [ent], [], [], CompareSettings()) == []


def test_title_normalization():
    assert roles.normalize_title("Russian Deputy Foreign Minister") == "deputy foreign minister"
    assert roles.normalize_title("deputy foreign ministers") == "deputy foreign minister"
    assert roles.normalize_title("Dep. Sec. of State") == "deputy secretary of state"
    assert roles.titles_conflict("secretary of state", "deputy secretary of state")
    assert roles.titles_conflict("deputy foreign minister", "deputy secretary of state")
    assert not roles.titles_conflict("minister", "foreign minister")
    assert not roles.titles_conflict("diplomat", "secretary of state")


def test_values_compatible_rules():
    art = Article("q", "q", "100,000 troops tens of thousands of troops 98,000 troops about 90,000 troops")
    exact = qty(art, "100,000 troops", 1e5, 1e5, "troop")
    tens = qty(art, "tens of thousands of troops", 1e4, 99999, "troop", vague=True)
    near = qty(art, "98,000 troops", 98000, 98000, "troop")
    about = qty(art, "about 90,000 troops", 81000, 99000, "troop", approx=True)
    assert not values_compatible(exact, tens, SETTINGS)
    assert values_compatible(exact, near, SETTINGS)
    assert values_compatible(about, exact, SETTINGS)  # 10 % for approximate figures
    assert values_compatible(about, tens, SETTINGS)
    assert value_label(tens) == "tens of thousands"
    assert value_label(exact) == "100,000"


def test_figures_written_to_a_decimal_place_are_as_precise_as_written():
    art = Article("m", "m", "a 5.9 quake a 6.1 quake a 5.95 quake about 6.0 quake $1.5 billion $1.52 billion 6 quake")
    five_nine = qty(art, "5.9 quake", 5.9, 5.9, "magnitude")
    six_one = qty(art, "6.1 quake", 6.1, 6.1, "magnitude")
    finer = qty(art, "5.95 quake", 5.95, 5.95, "magnitude")
    about_six = qty(art, "about 6.0 quake", 5.4, 6.6, "magnitude", approx=True)
    whole = qty(art, "6 quake", 6, 6, "magnitude")
    # 3 % apart, within the rounding of large counts, but each names its tenth
    assert not values_compatible(five_nine, six_one, SETTINGS)
    assert values_compatible(five_nine, finer, SETTINGS)  # 5.95 rounds to the coarser 5.9 or 6.0
    assert values_compatible(about_six, six_one, SETTINGS) and values_compatible(about_six, five_nine, SETTINGS)
    assert values_compatible(whole, five_nine, SETTINGS)  # a whole number keeps the rounding rule
    billion = qty(art, "$1.5 billion", 1.5e9, 1.5e9, "dollar")
    assert values_compatible(billion, qty(art, "$1.52 billion", 1.52e9, 1.52e9, "dollar"), SETTINGS)


def _two_reports(first: str, second: str, days=(None, None)):
    """Two articles whose first sentences are aligned as one fact, their quantities extracted."""
    from synoptic.text.quantities import extract_quantities

    x = Article("x", "x", first, published=days[0])
    y = Article("y", "y", second, published=days[1])
    analyses = {}
    for art in (x, y):
        sentences = split_sentences(art)
        analyses[art.id] = ArticleAnalysis(art.id, sentences=sentences, quantities=extract_quantities(art, sentences, TextSettings()))
    facts = [sentence_fact("f1", analyses["x"].sentences[0].span, analyses["y"].sentences[0].span)]
    return facts, [x, y], analyses


def test_a_magnitude_reported_two_ways_is_a_dispute():
    facts, arts, analyses = _two_reports(
        "The 6.1-magnitude quake struck the island, home to 120,000 people, state media said.",
        "The 5.9-magnitude quake struck the island, home to 120,000 people, state media said.",
    )
    (conflict,) = find_conflicts(facts, arts, analyses, [], [], [], CompareSettings())
    assert {v.value: v.articles for v in conflict.variants} == {"6.1": ["x"], "5.9": ["y"]}


def test_a_part_of_a_count_is_not_a_second_figure_for_it():
    facts, arts, analyses = _two_reports(
        "A fired worker shot three people, killing one, at the accounting firm on Monday.",
        "A fired worker shot to death one person and injured two others at the accounting firm on Monday.",
    )
    # x gives both the three shot and the one killed: "one" is no rival of "three"
    assert find_conflicts(facts, arts, analyses, [], [], [], CompareSettings()) == []


def _toll_story(first: str, second: str):
    from datetime import date

    return _two_reports(first, second, days=(date(2010, 1, 12), date(2010, 1, 13)))


def test_a_toll_that_rose_from_one_day_to_the_next_is_an_update_not_a_dispute():
    facts, arts, analyses = _toll_story(
        "The earthquake killed 10 people on the island, officials said.",
        "The earthquake killed 14 people on the island, officials said.",
    )
    (conflict,) = find_conflicts(facts, arts, analyses, [], [], [], CompareSettings())
    assert conflict.over_time and [v.value for v in conflict.variants] == ["10", "14"]
    assert [f.status for f in mark_disputed(facts, [conflict])] == ["single_source"]
    # a later, smaller figure is no update: the sources disagree
    facts, arts, analyses = _toll_story(
        "The earthquake killed 14 people on the island, officials said.",
        "The earthquake killed 10 people on the island, officials said.",
    )
    (conflict,) = find_conflicts(facts, arts, analyses, [], [], [], CompareSettings())
    assert not conflict.over_time


def test_date_dispute_on_aligned_fact():
    import datetime as dt

    x = Article("x", "x", "The summit will take place in Vienna on January 13.")
    y = Article("y", "y", "The summit will take place in Vienna on January 14.")
    z = Article("z", "z", "The summit will take place in Vienna on January 13, officials said.")
    analyses = {
        "x": analysis(x, times=[TimeRef(span(x, "January 13"), dt.date(2022, 1, 13))]),
        "y": analysis(y, times=[TimeRef(span(y, "January 14"), dt.date(2022, 1, 14))]),
        "z": analysis(z, times=[TimeRef(span(z, "January 13"), dt.date(2022, 1, 13))]),
    }
    facts = [sentence_fact("f1", *(analyses[k].sentences[0].span for k in "xyz"))]
    (c,) = find_conflicts(facts, [x, y, z], analyses, [], [], [], CompareSettings())
    assert c.kind == "date"
    assert {v.value: v.articles for v in c.variants} == {"2022-01-13": ["x", "z"], "2022-01-14": ["y"]}
    assert c.majority == "2 of 3 independent sources: 2022-01-13"


def test_negated_claim_is_a_dispute_paraphrase_is_not():
    def claims_contradict(a: str, b: str) -> str | None:
        return contradiction(
            a,
            b,
            min_overlap=SETTINGS.claim_min_overlap,
            min_words=SETTINGS.claim_min_words,
            min_len_ratio=SETTINGS.claim_min_len_ratio,
            negation_reach=SETTINGS.negation_reach,
            max_diff_words=SETTINGS.claim_max_diff_words,
            diff_divisor=SETTINGS.claim_diff_divisor,
        )

    assert claims_contradict(
        "Russia said it would withdraw its troops from the border.",
        "Russia said it would not withdraw its troops from the border.",
    )
    assert claims_contradict(
        "There was no breakthrough in the talks.", "The talks failed to produce a breakthrough."
    ) is None
    x = Article("x", "x", "The parliament approved the budget on Tuesday after a long debate.")
    y = Article("y", "y", "The parliament rejected the budget on Tuesday after a long debate.")
    analyses = {k.id: analysis(k) for k in (x, y)}
    facts = [sentence_fact("f1", analyses["x"].sentences[0].span, analyses["y"].sentences[0].span)]
    (c,) = find_conflicts(facts, [x, y], analyses, [], [], [], CompareSettings())
    assert c.kind == "claim" and len(c.variants) == 2


def test_quote_variants_from_one_report_are_not_disputed():
    x = Article("x", "x", '"We will not withdraw," he said.')
    y = Article("y", "y", '"We will withdraw," he said.')
    z = Article("z", "z", '"We are not withdrawing," he said.')
    analyses = {k.id: analysis(k) for k in (x, y, z)}
    quote = Quote(
        "q1",
        "We will not withdraw",
        speaker="e1",
        speaker_name="John Roe",
        variants=[
            QuoteVariant("We will not withdraw", ["x", "z"], [span(x, "We will not withdraw")]),
            QuoteVariant("We will withdraw", ["y"], [span(y, "We will withdraw")]),
        ],
        articles=["x", "y", "z"],
    )
    same_report = [Origin("o1", ["x", "y", "z"], relation="translated")]
    assert find_conflicts([], [x, y, z], analyses, [], [quote], same_report, CompareSettings()) == []
    (c,) = find_conflicts([], [x, y, z], analyses, [], [quote], [], CompareSettings())
    assert c.kind == "quote" and "John Roe" in c.topic


def _bench_module():
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "conflicts.py"
    spec = importlib.util.spec_from_file_location("bench_conflicts", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_conflicts"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_hand_written_pairs_precision_and_recall():
    """The 25+ hand-written pairs through the real stages (text, entities, quotes, facts)."""
    bench = _bench_module()
    pairs = bench.load_pairs()
    assert len(pairs) >= 25
    assert sum(1 for p in pairs if p["expected"]) >= 10
    assert sum(1 for p in pairs if not p["expected"]) >= 10
    outcomes = [bench.run_pair(p) for p in pairs]
    s = bench.score(outcomes)
    wrong = [(o.pair["id"], o.kinds) for o in outcomes if not o.correct]
    assert s["precision"] >= 0.9, wrong
    assert s["recall"] >= 0.8, wrong


def test_opposed_statements_make_one_claim_with_two_sides():
    texts = {
        "x": "The club said it would extend the contract of its head coach beyond June.",
        "y": "The club said it would not extend the contract of its head coach beyond June.",
        "z": "The club said it would not extend the contract of its head coach beyond June, reports say.",
    }
    arts = [Article(k, k, v) for k, v in texts.items()]
    analyses = {a.id: analysis(a) for a in arts}
    facts = [sentence_fact("f1", *(analyses[k].sentences[0].span for k in texts))]
    (c,) = find_conflicts(facts, arts, analyses, [], [], [], CompareSettings())
    assert c.kind == "claim"
    assert sorted(sorted(v.articles) for v in c.variants) == [["x"], ["y", "z"]]
    assert c.majority == "2 of 3 independent sources: " + c.variants[[sorted(v.articles) for v in c.variants].index(["y", "z"])].value


def test_clock_times_and_time_dispute():
    from synoptic.compare.detectors.time import clock_times

    assert [t[0] for t in clock_times("at 8:55 a.m. (07:55 GMT) in Geneva")] == [535]
    assert [t[0] for t in clock_times("at 6:41pm")] == [t[0] for t in clock_times("at 18:41")]
    assert clock_times("in 2014 and 57 members") == []
    x = Article("x", "x", "The blast happened at 8:15 a.m. near the central station, police said.")
    y = Article("y", "y", "The blast happened at 10:40 a.m. near the central station, police said.")
    analyses = {a.id: analysis(a) for a in (x, y)}
    facts = [sentence_fact("f1", analyses["x"].sentences[0].span, analyses["y"].sentences[0].span)]
    (c,) = find_conflicts(facts, [x, y], analyses, [], [], [], CompareSettings())
    assert c.kind == "time"
    assert {v.value for v in c.variants} == {"8:15 a.m.", "10:40 a.m."}
    for v in c.variants:
        for m in v.mentions:
            assert {"x": x, "y": y}[m.article].text[m.start : m.end] == m.text


def test_titles_across_time_and_organizations_are_not_disputes():
    n = roles.normalize_title
    assert not roles.titles_conflict(n("former President"), n("President"))
    assert not roles.titles_conflict(n("Angels spokesman"), n("Team spokesman"))
    assert not roles.titles_conflict(n("President"), n("general manager"))
    assert roles.titles_conflict(n("Prime Minister"), n("Finance Minister"))
    # a military grade and the job its holder does
    assert not roles.titles_conflict(n("Lieutenant Colonel"), n("military spokesman"))
    assert roles.titles_conflict(n("Lieutenant Colonel"), n("Colonel"))
    assert roles.side_marker("Russian Deputy Foreign Minister") == "Russian"
    assert roles.side_marker("U.S. Deputy Secretary of State") == "US"


def test_imprecise_wordings_only_on_request():
    x = Article("x", "x", "More than 13,000 people have died in the conflict in the eastern provinces.")
    y = Article("y", "y", "Thousands of people have died in the conflict in the eastern provinces.")
    analyses = {
        "x": analysis(x, [qty(x, "More than 13,000 people", 13000, None, "people", approx=True)]),
        "y": analysis(y, [qty(y, "Thousands of people", 2000, 10000, "people", vague=True)]),
    }
    facts = [sentence_fact("f1", analyses["x"].sentences[0].span, analyses["y"].sentences[0].span)]
    assert find_conflicts(facts, [x, y], analyses, [], [], [], CompareSettings()) == []
    (c,) = find_conflicts(facts, [x, y], analyses, [], [], [], CompareSettings(report_imprecise=True))
    assert c.imprecise and {v.value for v in c.variants} == {"More than 13,000", "Thousands"}
    assert mark_disputed(facts, [c])[0].status == "single_source"


def test_nli_hook_is_optional():
    from synoptic.compare import nli

    assert nli.contradiction_scores([("a", "b")], None) is None
    assert nli.contradiction_scores([("a", "b")], "/nonexistent/model") is None
    x = Article("x", "x", "The talks in Geneva ended on Monday with a promise to meet again.")
    y = Article("y", "y", "The talks in Geneva ended on Monday without any promise to meet again.")
    analyses = {a.id: analysis(a) for a in (x, y)}
    settings = CompareSettings(nli_model_path="/nonexistent/model")
    assert all(c.kind != "claim" or c.variants for c in find_conflicts([], [x, y], analyses, [], [], [], settings))


def _unit_q(low, high, unit="troop", approximate=False) -> Quantity:
    return Quantity(Span("a", 0, 1, "x"), low, high, unit, approximate)


def test_same_unit():
    assert same_unit(_unit_q(1, 1, "troop"), _unit_q(1, 1, "soldier"))
    assert same_unit(_unit_q(1, 1, "troop"), _unit_q(1, 1, "soldat"))
    assert same_unit(_unit_q(1, 1, "people"), _unit_q(1, 1, "persona"))
    assert not same_unit(_unit_q(1, 1, "troop"), _unit_q(1, 1, "people"))
    assert not same_unit(_unit_q(1, 1, ""), _unit_q(1, 1, ""))
