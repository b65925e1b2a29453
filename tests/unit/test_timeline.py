"""Timeline from hand-built facts over real sentence spans and extracted times."""

from __future__ import annotations

from datetime import date

from synoptic.compare import reference_date
from synoptic.model import Article, ArticleAnalysis, Fact, Quantity, Span, TimeRef
from synoptic.settings import CompareSettings, TextSettings, TimeSettings, WriteSettings
from synoptic.text import quantities, timex
from synoptic.text.sentences import split_sentences
from synoptic.write.timeline import build_timeline

A_TEXT = (
    "The envoys met informally on Sunday evening. "
    "Formal talks opened in Geneva on Monday January 10 and lasted eight hours. "
    "Russia seized Crimea in 2014. "
    "After Monday's talks, a council will meet in Brussels on Wednesday, then a conference "
    "opens in Vienna on Thursday."
)
B_TEXT = (
    "Negotiators held talks on Monday. "
    "A council session follows on Wednesday in Brussels. "
    "The 29-year-old soldier said little would change this week."
)


def _analyse(aid: str, text: str) -> tuple[Article, ArticleAnalysis]:
    article = Article(id=aid, source=aid, text=text, language="en")
    sents = split_sentences(article)
    return article, ArticleAnalysis(
        aid,
        sents,
        quantities=quantities.extract_quantities(article, sents, TextSettings()),
        times=timex.extract_times(article, sents, TimeSettings()),
    )


def _one_article_timeline(aid: str, text: str, published: date) -> list:
    """The timeline of one English article published that day, a fact per sentence."""
    _, analysis = _analyse(aid, text)
    analysis.times = timex.resolve_times(analysis.times, published)
    facts = [Fact(f"f{s.index}", s.span.text, [s.span], [aid]) for s in analysis.sentences]
    return build_timeline(facts, {aid: analysis}, published, WriteSettings())


def _setup():
    (a, an_a), (b, an_b) = _analyse("a", A_TEXT), _analyse("b", B_TEXT)
    analyses = {"a": an_a, "b": an_b}
    ref, inferred = reference_date.infer_reference_date([a, b], analyses, None, CompareSettings(), today=date(2026, 1, 1))
    assert (ref, inferred) == (date(2022, 1, 10), True)
    for an in analyses.values():
        an.times = timex.resolve_times(an.times, ref)
    s = {aid: [x.span for x in an.sentences] for aid, an in analyses.items()}
    facts = [
        Fact("f1", s["a"][0].text, [s["a"][0]], ["a"]),
        Fact("f2", s["a"][1].text, [s["a"][1], s["b"][0]], ["a", "b"]),
        Fact("f3", s["a"][2].text, [s["a"][2]], ["a"]),
        Fact("f4", s["b"][1].text, [s["a"][3], s["b"][1]], ["a", "b"]),
        Fact("f5", s["b"][2].text, [s["b"][2]], ["b"]),
    ]
    return facts, analyses, ref


def test_entries_dates_and_merging():
    facts, analyses, ref = _setup()
    entries = build_timeline(facts, analyses, ref, WriteSettings())
    got = [(e.date, e.precision, e.fact, e.articles) for e in entries]
    assert got == [
        ("2014", "year", "f3", ["a"]),
        ("2022-01-09", "day", "f1", ["a"]),
        ("2022-01-10", "day", "f2", ["a", "b"]),
        ("2022-01-12", "day", "f4", ["a", "b"]),
        ("2022-01-13", "day", "f4", ["a"]),
    ]
    by_key = {(e.date, e.fact): e for e in entries}
    # one entry per date and fact, with every supporting mention
    assert len(by_key[("2022-01-10", "f2")].mentions) == 2
    assert by_key[("2022-01-12", "f4")].text == facts[3].text
    # the age is not a date and "this week" has no day: fact f5 is not on the timeline
    assert all(e.fact != "f5" for e in entries)


def test_possessive_date_does_not_date_the_sentence():
    facts, analyses, ref = _setup()
    entries = build_timeline(facts, analyses, ref, WriteSettings())
    # "After Monday's talks, a council will meet ... on Wednesday": not a Monday event
    assert ("2022-01-10", "f4") not in {(e.date, e.fact) for e in entries}


def test_unresolved_refs_are_resolved_with_the_reference_date():
    article, analysis = _analyse("c", "The ministers met on Sunday.")
    assert analysis.times[0].value is None
    fact = Fact("f", analysis.sentences[0].span.text, [analysis.sentences[0].span], ["c"])
    assert build_timeline([fact], {"c": analysis}, None, WriteSettings()) == []
    entries = build_timeline([fact], {"c": analysis}, date(2022, 1, 10), WriteSettings())
    assert [(e.date, e.fact) for e in entries] == [("2022-01-09", "f")]


def test_time_inside_a_quantity_is_skipped():
    text = "In 2019 some 2000 people fled."
    span = Span("d", 0, len(text), text)
    bogus = TimeRef(Span("d", 13, 17, "2000"), value=date(2000, 1, 1), precision="year")
    good = TimeRef(Span("d", 3, 7, "2019"), value=date(2019, 1, 1), precision="year")
    qty = Quantity(Span("d", 8, 24, "some 2000 people"), 1800, 2200, "people", True)
    analysis = ArticleAnalysis("d", times=[good, bogus], quantities=[qty])
    entries = build_timeline([Fact("f", text, [span], ["d"])], {"d": analysis}, None, WriteSettings())
    assert [e.date for e in entries] == ["2019"]


def test_empty():
    assert build_timeline([], {}, None, WriteSettings()) == []


def test_bounds_and_offsets_do_not_date_the_sentence():
    text = (
        "Countries that joined the alliance after 1997 want guarantees. "
        "An invasion could come soon, eight years after Russia seized Crimea. "
        "Russia has backed the rebels since 2014. "
        "Three years ago, the dam burst."
    )
    entries = _one_article_timeline("e", text, date(2022, 1, 10))
    assert [(e.date, e.fact) for e in entries] == [("2014", "f2"), ("2019", "f3")]


def test_entry_reads_as_a_mention_that_gives_its_date():
    _, an_a = _analyse("a", "The envoys met on Sunday night.")
    _, an_b = _analyse("b", "The envoys began talks on Monday.")
    analyses = {"a": an_a, "b": an_b}
    for an in analyses.values():
        an.times = timex.resolve_times(an.times, date(2022, 1, 10))
    sa, sb = an_a.sentences[0].span, an_b.sentences[0].span
    # a (wrongly) aligned fact whose clearest text is a's sentence
    entries = build_timeline([Fact("f", sa.text, [sa, sb], ["a", "b"])], analyses, None, WriteSettings())
    assert [(e.date, e.text) for e in entries] == [
        ("2022-01-09", "The envoys met on Sunday night."),
        ("2022-01-10", "The envoys began talks on Monday."),
    ]
    # each entry names the words of its text that give its date
    assert [e.expression for e in entries] == ["Sunday night", "Monday"]


def test_attributive_date_names_another_event():
    text = (
        "Artists will gather in Bucharest on Sunday, January 23, for the victims of the "
        "December 26, 2004 tsunami."
    )
    _, analysis = _analyse("g", text)
    analysis.times = timex.resolve_times(analysis.times, date(2005, 1, 18))
    span = analysis.sentences[0].span
    entries = build_timeline([Fact("f", text, [span], ["g"])], {"g": analysis}, None, WriteSettings())
    assert [e.date for e in entries] == ["2005-01-23"]
    # alone in its sentence, the same date does date it (background is kept)
    _, alone = _analyse("h", "The December 26, 2004 tsunami killed 230,000 people.")
    entries = build_timeline(
        [Fact("f", alone.sentences[0].span.text, [alone.sentences[0].span], ["h"])],
        {"h": alone},
        None,
        WriteSettings(),
    )
    assert [e.date for e in entries] == ["2004-12-26"]


def test_a_time_stamp_or_a_house_number_dates_no_event():
    article, analysis = _analyse(
        "t",
        "April 24, 2013 4:45pm\n"
        "All three live inside 1800 Pitkin Ave., the building the gunman fired from.\n"
        "The jury convicted him on April 23, 2013.",
    )
    facts = [Fact(f"f{i}", s.span.text, [s.span], ["t"]) for i, s in enumerate(analysis.sentences)]
    entries = build_timeline(facts, {"t": analysis}, date(2013, 4, 24), WriteSettings())
    # the time stamp says only when; "1800 Pitkin Ave." is an address, not the year 1800
    assert [(e.date, e.text) for e in entries] == [("2013-04-23", "The jury convicted him on April 23, 2013.")]


# --- a timeline of the story (#20)


def test_each_day_of_a_two_day_sentence_gets_its_clause():
    facts, analyses, ref = _setup()
    entries = {(e.date, e.fact): e for e in build_timeline(facts, analyses, ref, WriteSettings())}
    wednesday, thursday = entries[("2022-01-12", "f4")], entries[("2022-01-13", "f4")]
    assert "Brussels" in wednesday.text and "Vienna" not in wednesday.text
    assert "Vienna" in thursday.text and "Brussels" not in thursday.text
    assert thursday.expression in thursday.text


def test_story_days_first_background_apart():
    from synoptic.write.timeline import story_timeline

    facts, analyses, ref = _setup()
    articles = [Article(id=aid, source=aid, text=t, language="en", published=date(2022, 1, 10))
                for aid, t in (("a", A_TEXT), ("b", B_TEXT))]
    own, background = story_timeline(facts, analyses, articles, ref, WriteSettings())
    assert [e.date for e in background] == ["2014"]
    assert own and all(e.precision == "day" and "2022-01-03" <= e.date <= "2022-01-17" for e in own)


def test_a_number_with_a_unit_is_not_a_year():
    # MultiLing 2011 M0088 (French WikiNews, CC BY 3.0)
    text = ("Les responsables brésiliens ont précédemment indiqué que les boîtes pouvaient être au fond de "
            "l'océan, entre « 2000 ou 3000 mètres [6500 à 9800 pieds] dans cette zone de l'océan. »")
    article = Article(id="m", source="m", text=text, language="fr")
    sents = split_sentences(article)
    analysis = ArticleAnalysis("m", sents, times=timex.extract_times(article, sents, TimeSettings()))
    facts = [Fact(f"f{s.index}", s.span.text, [s.span], ["m"]) for s in sents]
    entries = build_timeline(facts, {"m": analysis}, date(2009, 6, 2), WriteSettings(), {"m": "fr"}, "fr",
                             {"m": text})
    assert not any(e.date.startswith(("2000", "3000")) for e in entries)


def test_promos_and_editor_notes_are_no_entries():
    text = ("Read in their words today whatever you like. "  # the bundled example's promo
            "[See attached related story on the talks held on Monday in Geneva.] "
            "Negotiators held talks in Geneva on Monday.")
    entries = _one_article_timeline("p", text, date(2022, 1, 10))
    assert [e.text for e in entries] == ["Negotiators held talks in Geneva on Monday."]


def test_the_tail_of_a_cut_sentence_is_no_entry():
    # GVC (CC BY 4.0): a line break cut "... cleaning the gun on / Saturday when it discharged"
    text = ("Saturday when it discharged, police said.\n"
            "Police in Brooklyn responded to a 911 call on Saturday afternoon and found the baby girl.")
    entries = _one_article_timeline("t", text, date(2014, 11, 23))
    assert [e.text[:6] for e in entries] == ["Police"]


def test_a_relative_clause_date_does_not_date_the_sentence():
    # GVC (CC BY 4.0): the days are those of the friends' gathering, not of what Opheim said;
    # the same article's own event keeps its day
    text = ("Opheim, who said 15 of Luke’s friends gathered at his house Saturday and Sunday, said, "
            "“We can never get Luke back.” "
            "Luke was shot on Friday night at a party in Fargo.")
    entries = _one_article_timeline("r", text, date(2014, 11, 24))
    assert [e.text[:4] for e in entries] == ["Luke"]


def test_an_articles_own_dates_stay_when_another_ref_is_left_open():
    # MultiLing 2011 (CC BY 3.0), French Wikinews of 2 February 2010 in a thread whose last
    # article is of 18 March: "a déclaré dimanche" was shown as 14 March, because one other
    # expression of the article was still open and the whole article was dated again from
    # the thread's reference date
    from synoptic.write.timeline import _dated_refs

    text = ("Tommy Vietor, un porte-parole de la maison blanche, a déclaré dimanche que le trafic "
            "aérien devrait reprendre son cours dans les douze prochaines heures.")
    article = Article(id="m", source="m", text=text, language="fr", published=date(2010, 2, 2))
    sents = split_sentences(article)
    times = timex.resolve_times(timex.extract_times(article, sents, TimeSettings()), article.published)
    sunday = next(t for t in times if t.span.text == "dimanche")
    assert sunday.value == date(2010, 1, 31)
    open_ref = TimeRef(Span("m", 0, 5, "Tommy"), None, relative=True)  # one the article left open
    analysis = ArticleAnalysis("m", sents, times=[*times, open_ref])
    dated = {t.span.text: t.value for t in _dated_refs(analysis, date(2010, 3, 18), text, "fr")}
    assert dated["dimanche"] == date(2010, 1, 31)


def test_a_sentence_one_outlet_glued_to_the_next_is_one_entry_of_its_day():
    # Gun Violence Corpus (CC BY 4.0), a development incident read at stop 30: one report
    # kept "... off of South Avenue A. Upon arrival, ..." as one sentence, and the timeline
    # showed the corroborated sentence twice on its day
    one = ("Officers responded to calls of a possible shooting after 10 p.m. Tuesday in the 1700 block "
           "of West Highland Avenue off of South Avenue A.")
    glued = one + " Upon arrival, they found three people with gunshot wounds."
    analyses, facts = {}, []
    for aid, text in [("a", one), ("b", one), ("c", glued)]:
        _, analyses[aid] = _analyse(aid, text)
        analyses[aid].times = timex.resolve_times(analyses[aid].times, date(2016, 6, 29))
        facts.append((aid, analyses[aid].sentences[0].span))
    shared = Fact("f1", one, [facts[0][1], facts[1][1]], ["a", "b"])
    alone = Fact("f2", glued, [facts[2][1]], ["c"])
    entries = build_timeline([shared, alone], analyses, date(2016, 6, 29), WriteSettings())
    assert [(e.date, e.fact) for e in entries] == [("2016-06-28", "f1")]


def test_a_counterfactual_clause_dates_no_event():
    # GVC (CC BY 4.0), a Bronx shooting: what the victim "would've" done next week and next
    # month was listed as scheduled; the shooting on Thursday stays, and so does an
    # obligation ahead ("would have to appear on Monday")
    text = ("He would've turned 18 next week and was set to graduate high school next month before "
            "joining the Army. "
            "A 17-year-old boy was fatally shot in the chest inside a Bronx apartment Thursday evening, police say. "
            "His lawyer said Lewis would have to appear in court on Monday.")
    entries = _one_article_timeline("c", text, date(2016, 5, 20))
    assert [(e.date, e.text[:6]) for e in entries] == [("2016-05-19", "A 17-y"), ("2016-05-23", "His la")]


def test_a_sentence_given_twice_with_one_more_word_is_one_entry():
    # GVC development incident 562315 (NBC New York, 2016): the article gives its lead twice,
    # once ending "… told NBC 4 New York." and once "… told NBC 4 New York Friday."; both showed
    lead = ("The 19-year-old man charged in the shooting death of a teen inside a Bronx apartment Thursday evening "
            "cried after his friend died, the man's grandmother told NBC 4 New York")
    entries = _one_article_timeline("nbc", f"{lead}.\n\n{lead} Friday.\n", date(2016, 5, 20))
    assert [e.date for e in entries] == ["2016-05-19"]


def test_a_year_the_story_runs_into_is_no_background():
    # MultiLing 2011 M000 in English (development): a thread from December 2004 to January 2005
    # listed "U.S. citizens donating in 2005 …" as background
    from synoptic.model import TimelineEntry
    from synoptic.write.timeline import split_ahead

    window = (date(2004, 12, 22), date(2005, 1, 27))
    entries = [TimelineEntry(date="2005", precision="year", text="Donating in 2005 may be written off.",
                             articles=["a"]),
               TimelineEntry(date="2001", precision="year", text="The law was passed in 2001.", articles=["a"]),
               TimelineEntry(date="2006", precision="year", text="A memorial opens in 2006.", articles=["a"])]
    earlier, ahead = split_ahead(entries, window)
    assert [e.date for e in earlier] == ["2001"] and [e.date for e in ahead] == ["2006"]


def test_a_relative_day_inside_a_quotation_dates_no_event():
    # MultiLing 2011 M0028 in English (development): the captain's "Had we chosen to do so then
    # many of us would not be standing here today." was a timeline entry on the press day
    text = ("\"Had we chosen to do so then many of us would not be standing here today.\"\n\n"
            "The crew spoke at a press conference on Friday.\n")
    entries = _one_article_timeline("wn", text, date(2007, 4, 7))
    assert [e.text for e in entries] == ["The crew spoke at a press conference on Friday."]
