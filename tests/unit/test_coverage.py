"""Coverage per article and per outlet, counted at the level of origins."""

from __future__ import annotations

from synoptic.compare.coverage import compute_coverage, major_threshold, outlet_coverage
from synoptic.model import Article, Entity, Fact, Origin, Quote, QuoteVariant, Role, Span
from synoptic.settings import CompareSettings


def fact(fid: str, *articles: str) -> Fact:
    return Fact(
        id=fid,
        text=f"The statement {fid} reported by several outlets.",
        mentions=[Span(a, 0, 1, "x") for a in articles],
        articles=list(articles),
    )


ARTS = [
    Article("w1", "w1", "x", outlet="Daily A"),
    Article("w2", "w2", "x", outlet="Daily B"),  # translated copy of w1's wire story
    Article("b", "b", "x", outlet="Daily B"),
    Article("c", "c", "x", outlet="Gazette"),
    Article("d", "d", "x", outlet="Herald"),
]
ORIGINS = [Origin("o1", ["w1", "w2"], relation="translated")]


def test_major_threshold():
    assert major_threshold(1) == 2
    assert major_threshold(4) == 2
    assert major_threshold(5) == 3


def test_unique_and_missing_at_origin_level():
    facts = [
        fact("f_wire", "w1", "w2"),  # only the wire story: unique to both copies
        fact("f_trim", "w1", "b", "c"),  # w2 trimmed it: still omits it
        fact("f_all", "w1", "w2", "b", "c", "d"),
        fact("f_b", "b"),
        fact("f_two", "c", "d"),  # 2 of 4 sources: major
    ]
    cov = {c.article: c for c in compute_coverage(facts, ARTS, [], [], ORIGINS, CompareSettings())}
    assert cov["w1"].unique_facts == ["f_wire"]
    assert cov["w2"].unique_facts == ["f_wire"]
    assert cov["b"].unique_facts == ["f_b"]
    assert cov["d"].unique_facts == []
    assert cov["w2"].missing_facts == ["f_trim", "f_two"]
    assert cov["d"].missing_facts == ["f_trim"]
    assert cov["c"].missing_facts == []
    assert cov["w1"].missing_facts == ["f_two"]


def test_a_report_written_before_a_fact_was_first_reported_did_not_leave_it_out():
    # GVC (a toddler's shooting): the first report, written while he was alive, was listed as
    # leaving out his death, reported by the next day's articles
    from datetime import date

    arts = [
        Article("early", "early", "x", outlet="KSLA", published=date(2016, 7, 12)),
        Article("late1", "late1", "x", outlet="KLTV", published=date(2016, 7, 13)),
        Article("late2", "late2", "x", outlet="Arklatex", published=date(2016, 7, 13)),
        Article("undated", "undated", "x", outlet="Herald"),
    ]
    facts = [fact("f_death", "late1", "late2"), fact("f_shooting", "late1", "early")]
    cov = {c.article: c for c in compute_coverage(facts, arts, [], [], [], CompareSettings())}
    assert cov["early"].missing_facts == []
    assert cov["late2"].missing_facts == ["f_shooting"]
    assert cov["undated"].missing_facts == ["f_death", "f_shooting"]


def test_fragments_are_not_major_facts():
    frag = Fact(id="f_frag", text="“", mentions=[], articles=["w1", "b", "c"])
    cov = {c.article: c for c in compute_coverage([frag], ARTS, [], [], ORIGINS, CompareSettings())}
    assert cov["d"].missing_facts == []


def test_quoted_entities_per_article():
    ents = [Entity("e1", "Jane Doe", "PERSON"), Entity("e2", "John Roe", "PERSON")]
    quotes = [
        Quote("q1", "We will see", speaker="e1", articles=["w1", "b"],
              variants=[QuoteVariant("We will see", ["w1", "b"])]),
        Quote("q2", "No", speaker="e2", articles=["b"]),
        Quote("q3", "Unknown voice", speaker=None, articles=["c"]),
    ]
    cov = {c.article: c for c in compute_coverage([], ARTS, ents, quotes, ORIGINS, CompareSettings())}
    assert cov["w1"].quoted == ["e1"]
    assert cov["b"].quoted == ["e1", "e2"]
    assert cov["c"].quoted == []


def test_outlet_rows_union_unique_and_intersect_missing():
    facts = [fact("f_wire", "w1", "w2"), fact("f_b", "b"), fact("f_maj", "w1", "c", "d")]
    cov = compute_coverage(facts, ARTS, [], [], ORIGINS, CompareSettings())
    rows = {r["outlet"]: r for r in outlet_coverage(cov, ARTS)}
    assert rows["Daily B"]["articles"] == ["w2", "b"]
    assert rows["Daily B"]["unique_facts"] == ["f_wire", "f_b"]
    assert rows["Daily B"]["missing_facts"] == ["f_maj"]
    assert rows["Daily A"]["missing_facts"] == []


def test_outlet_rows_group_voices_by_side_their_titles_reveal():
    ents = [
        Entity("e1", "Sergei Ryabkov", "PERSON",
               roles=[Role("Russian Deputy Foreign Minister", ["w1", "b"]), Role("Deputy Foreign Minister", ["c"])]),
        Entity("e2", "Wendy Sherman", "PERSON",
               roles=[Role("U.S. Deputy Secretary of State", ["w1"]), Role("US Under Secretary of State", ["b"])]),
        Entity("e3", "Mykhailo", "PERSON", roles=[Role("29-year-old soldier", ["w1"])]),
    ]
    quotes = [Quote(f"q{i}", "words", speaker=e.id, articles=["w1"]) for i, e in enumerate(ents)]
    cov = compute_coverage([], ARTS, ents, quotes, ORIGINS, CompareSettings())
    rows = {r["outlet"]: r for r in outlet_coverage(cov, ARTS, ents)}
    assert rows["Daily A"]["quoted_sides"] == {"Russian": ["e1"], "US": ["e2"], "": ["e3"]}
    assert "quoted_sides" not in outlet_coverage(cov, ARTS)[0]


def test_one_independent_source_reports_nothing_alone():
    # a Wikinews article and its translations (one origin): each version listed the same
    # eleven facts as "only here", and a lone report did the same
    facts = [fact("f1", "w1", "w2"), fact("f2", "w1")]
    cov = compute_coverage(facts, ARTS[:2], [], [], ORIGINS, CompareSettings())
    assert all(not c.unique_facts and not c.missing_facts for c in cov)
    lone = compute_coverage([fact("f1", "d")], ARTS[4:], [], [], [], CompareSettings())
    assert not lone[0].unique_facts


def test_a_story_of_one_independent_source_has_no_coverage_section():
    from synoptic.render import html, markdown

    articles = [{"id": f"a{k}", "source": "x", "outlet": "wikinews.org", "title": f"T{k}", "text": "x",
                 "language": code} for k, code in enumerate(("en", "es"))]
    story = {"id": "s1", "title": "Airbus", "articles": ["a0", "a1"], "independent_sources": 1,
             "origins": [{"id": "o1", "articles": ["a0", "a1"], "relation": "translated"}],
             "coverage": [{"article": a["id"], "unique_facts": [], "missing_facts": [], "quoted": []}
                          for a in articles]}
    data = {"schema": "synoptic.brief/1", "skipped": [], "articles": articles, "stories": [story]}
    assert "Coverage" not in markdown.render(data)
    assert "What each outlet alone reported" not in html.render(data)
    story["independent_sources"] = 2
    assert "Coverage" in markdown.render(data)
