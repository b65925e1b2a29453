"""A fact is corroborated only by mentions that agree on its figures (`compare.agreement`)."""

from __future__ import annotations

from dataclasses import replace

from synoptic.compare.agreement import split_disagreeing
from synoptic.model import Fact
from synoptic.settings import CompareSettings
from tests.unit.story_parts import one_fact

# MultiLing 2011 development topic M005 (CC BY 3.0): two reports of two Chilean quakes
A = "The earthquake lasted approximately 30 seconds."
B = "The aftershock lasted in about ten seconds."
C = "The tremor lasted about 30 seconds, residents said."


def _fact(texts: list[str]) -> tuple[Fact, dict]:
    fact, _, analyses = one_fact([(f"a{n}", t) for n, t in enumerate(texts)])
    return replace(fact, independent_sources=len(texts), status="corroborated", weight=1.0), analyses


def test_mentions_giving_one_measure_other_values_do_not_corroborate_each_other():
    fact, analyses = _fact([A, B, C])
    facts = split_disagreeing([fact], analyses, [], CompareSettings())
    assert [(f.id, f.text, f.articles, f.status) for f in facts] == [
        ("f1", A, ["a0", "a2"], "corroborated"),
        ("f2", B, ["a1"], "single_source"),
    ]


def test_agreeing_figures_and_disputed_facts_stay_whole():
    fact, analyses = _fact([A, C])
    assert split_disagreeing([fact], analyses, [], CompareSettings()) == [fact]
    fact, analyses = _fact([A, B])
    disputed = Fact(fact.id, fact.text, fact.mentions, fact.articles, 2, "disputed", 1.0)
    assert split_disagreeing([disputed], analyses, [], CompareSettings()) == [disputed]


def test_distances_are_compared_from_the_same_place_only():
    # MultiLing 2011 development topic M005 (CC BY 3.0): the epicentres of two quakes, each
    # given from several towns; 165 km and 560 km from Santiago cannot both be true
    may = ("Exact distances were: 102 kilometers to the northwest of Talca; 165km to the southwest of Santiago "
           "de Chile and 167km to the south of Valparaíso.")
    july = ("Its epicenter was located 55 kilometers at the southwest of Lebu, Bío Bío Region; 100 kilometers at "
            "the northwest of Temuco, Araucanía Region; and 560 kilometers at the southwest of Santiago, "
            "Metropolitan Region.")
    fact, analyses = _fact([may, july])
    assert [f.articles for f in split_disagreeing([fact], analyses, [], CompareSettings())] == [["a0"], ["a1"]]
    # the same distances from other towns measure nothing in common: no disagreement
    other = "The epicenter was located 100 kilometers at the northwest of Temuco, Araucanía Region."
    fact, analyses = _fact([may, other])
    assert split_disagreeing([fact], analyses, [], CompareSettings()) == [fact]


def test_two_members_of_a_series_do_not_corroborate_each_other():
    # MultiLing 2011 development topic M003, French (CC BY 3.0): two stages of one race won
    # by one rider, aligned by their wording; each stage is its own report's alone
    stage13 = "Le kazakh Alexander Vinokourov a remporté la 13eme étape du Tour de France 2007."
    stage15 = ("Le kazakh Alexandre Vinokourov a remporté la 15eme étape du Tour de France 2007 dans un temps "
               "de 5h 34m 28s.")
    again = "Alexander Vinokourov, le kazakh, a remporté la treizième étape du Tour de France 2007."
    fact, analyses = _fact([stage13, stage15])
    assert [f.articles for f in split_disagreeing([fact], analyses, [], CompareSettings())] == [["a0"], ["a1"]]
    # one stage told twice, or an ordinal word the lists do not hold, stays one fact
    for other in (stage13.replace("Alexander", "Alexandre"), again):
        fact, analyses = _fact([stage13, other])
        assert split_disagreeing([fact], analyses, [], CompareSettings()) == [fact]
    # English words and digits alike
    fact, analyses = _fact(["Vinokourov won the 13th stage of the Tour.", "Vinokourov won the fifteenth stage."])
    assert len(split_disagreeing([fact], analyses, [], CompareSettings())) == 2


def _fact_with_people(texts: list[str], language: str = "en") -> tuple[Fact, dict, list]:
    from synoptic.link.entities import canonicalize
    from synoptic.settings import LinkSettings

    fact, articles, analyses = one_fact([(f"a{n}", t) for n, t in enumerate(texts)], language=language)
    fact = replace(fact, independent_sources=len(texts), status="corroborated", weight=1.0)
    return fact, analyses, canonicalize(articles, analyses, LinkSettings())


def test_one_predicate_of_two_different_people_does_not_corroborate():
    # MultiLing 2011 development topic M003, French (CC BY 3.0): the Tour's winner and a
    # stage's winner, aligned by their wording ("a remporté ... du Tour de France 2007")
    tour = "L'espagnol Alberto Contador a remporté le classement général du Tour de France 2007."
    stage = "Le kazakh Alexandre Vinokourov a remporté la 15eme étape du Tour de France 2007 dans un temps de 5h 34m 28s."
    fact, analyses, people = _fact_with_people([tour, stage], "fr")
    assert split_disagreeing([fact], analyses, [], CompareSettings()) == [fact]  # (no entities: no rule)
    parts = split_disagreeing([fact], analyses, [], CompareSettings(), entities=people)
    assert [f.articles for f in parts] == [["a0"], ["a1"]]
    # one rider told twice, his surname alone in one report, stays one fact
    again = "Vinokourov a remporté la 15eme étape du Tour de France 2007."
    fact, analyses, people = _fact_with_people([stage, again], "fr")
    assert split_disagreeing([fact], analyses, [], CompareSettings(), entities=people) == [fact]


def test_one_event_told_from_two_sides_stays_one_fact():
    # ECB+ development topic 5 (5_10ecb, 5_13ecb): one coach replaced by another; the reverted
    # lead-agent rule split them
    fired = ("Cheeks was replaced on an interim basis by assistant general manager Tony DiLeo, a long-time "
             "member of the team's front office.")
    named = "Assistant general manager Tony DiLeo was named interim coach."
    fact, analyses, people = _fact_with_people([fired, named])
    assert split_disagreeing([fact], analyses, [], CompareSettings(), entities=people) == [fact]


def test_one_speaker_s_different_words_do_not_corroborate_each_other():
    # GVC development incident 402674 (CC BY 4.0): one neighbour's two quotes, one frame
    one = "“It’s too bad the kids were the victims. It’s a sad thing that they had to pay the price,” said neighbor Ross Manche."
    other = ("“This is such a strange incident. It’s just unusual for something like this to happen around a "
             "nice town,” said neighbor Ross Manche.")
    fact, analyses = _fact([one, other])
    assert [f.articles for f in split_disagreeing([fact], analyses, [], CompareSettings())] == [["a0"], ["a1"]]
    # ECB+ development 27_ecbplus: a part of one statement quoted is the same words
    whole = ("“This will help prevent exploitation but may affect usability; therefore, trusted sites should be "
             "added to the Internet Explorer Trusted Sites zone,” he said.")
    part = 'But doing this "may affect usability", he said, so users should add sites they trust to the IE zone.'
    fact, analyses = _fact([whole, part])
    assert split_disagreeing([fact], analyses, [], CompareSettings()) == [fact]


def test_a_mention_with_no_quote_joins_the_part_it_shares_most_words_with():
    # MultiLing 2011 development topic M002, English (CC BY 3.0): one fact held the
    # announcement (two reports) and a report of a website's claim (two more)
    told = ("Iranian President Mahmoud Ahmadinejad has announced that the fifteen British captured navy personnel "
            "detained by Iran would be released, saying they have been pardoned as a gift to the British people.")
    gift = ("Iranian President Mahmoud Ahmadinejad on Wednesday announced that he would free the fifteen British "
            'captured navy personnel as a "gift to the British people."')
    site = ('The Australian has reported that an internet website "run by associates of Mahmoud Ahmadinejad" states '
            "that the 15 British sailors who were arrested by Iranian Revolutionary Guards could face charges of espionage.")
    fact, analyses = _fact([site, told, gift])
    parts = split_disagreeing([fact], analyses, [], CompareSettings())
    assert sorted(f.articles for f in parts) == [["a0"], ["a1", "a2"]]


def test_a_quote_whose_marks_are_wrong_still_corroborates_its_words():
    # ECB+ development 2_1ecbplus / 2_8ecbplus: the first opens its quote on the line before
    # and closes it with an opening mark, so the words read as quoted are the next quote's
    from synoptic.model import Span

    lines = ["“ It’s official: I’m hosting the #Oscars!",
             "I’d like to thank @TheAcademy, my wife Portia and, oh dear, there goes the orchestra “, the comedian "
             "and talk show host said on her Twitter feed just now."]
    plain = '"I\'d like to thank @TheAcademy, my wife Portia and, oh dear, there goes the orchestra, " the comedian added on Twitter.'
    fact, articles, analyses = one_fact([("a0", "\n".join(lines)), ("a1", plain)])
    start = len(lines[0]) + 1
    mentions = [Span("a0", start, start + len(lines[1]), lines[1]), fact.mentions[1]]
    fact = replace(fact, text=lines[1], mentions=mentions, independent_sources=2, status="corroborated", weight=1.0)
    assert split_disagreeing([fact], analyses, [], CompareSettings()) == [fact]
