"""Dispute precision (#19): compare like with like. Each test is a false alarm the CLI
showed on ECB+ development topics 1-30 (`bench/data/disputes/ecb_dev_judged.md`), on its
real passages (ECB+, CC BY 3.0; see NOTICE).
"""

from __future__ import annotations

from synoptic import text
from synoptic.compare import figure_scope
from synoptic.compare.conflicts import find_conflicts
from synoptic.model import Article, Quantity, Span
from synoptic.settings import CompareSettings, TextSettings

SETTINGS = CompareSettings()


def _figure(body: str, figure: str) -> tuple[Quantity, Span]:
    """The quantity whose text starts with `figure`, and the passage as its sentence."""
    article = Article("a", "a.txt", body, language="en")
    for q in text.analyze(article, TextSettings()).quantities:
        if q.span.text.startswith(figure) or figure in q.span.text.split():
            return q, Span("a", 0, len(body), body)
    raise AssertionError(f"no figure {figure!r} in {body!r}")


def _number_disputes(reports: list[tuple[str, str]]):
    articles, analyses = [], {}
    for aid, body in reports:
        article = Article(aid, f"{aid}.txt", body, language="en")
        analyses[aid] = text.analyze(article, TextSettings())
        articles.append(article)
    found = find_conflicts([], articles, analyses, [], [], [], SETTINGS)
    return [c for c in found if c.is_dispute and c.kind == "number"]


def test_a_game_clock_reading_is_a_moment_not_a_count():
    # ECB+ 29_ecb: two plays of one game, "12 minutes, 31 seconds" and "4 minutes 48 seconds" left
    first = ("Clark collected a one-yard touchdown pass with 12 minutes, 31 seconds remaining "
             "before Vinatieri tied the game.")
    second = ("Garrard returned it 35 yards for a touchdown and a 31-24 lead with 4 minutes 48 "
              "seconds remaining.")
    for body, figure in ((first, "12"), (first, "31 seconds"), (second, "4"), (second, "48")):
        assert figure_scope.countdown(*_figure(body, figure)), figure
    assert not figure_scope.countdown(*_figure("Police negotiated for two hours with the man.", "two"))
    assert _number_disputes([("29_1", first), ("29_2", second)]) == []


def test_a_figure_that_measures_the_noun_after_it_is_not_an_amount():
    # ECB+ 29_ecb: "the 7-yard line" is a place on the field, "91 yards" a player's rushing
    line = _figure("Garrard drove Jacksonville to the 7-yard line with 29 seconds remaining.", "7")
    rushing = _figure("Maurice Jones-Drew got 20 carries for 91 yards and David Garrard threw "
                      "for 329 yards.", "91")
    assert figure_scope.different_measures(*line, *rushing)


def test_two_lines_of_statistics_with_no_figure_in_common_are_two_games():
    # ECB+ 7_ecb: one round's punches against the whole fight's
    round_ = _figure("In fact, Klitschko landed 28 of his 68 punches thrown during the round, "
                     "while Rahman connected on just 1-of-16 over the same span.", "68")
    fight = _figure("The final numbers showed Klitschko landing 178 of 369 punches thrown while "
                    "Rahman connected on just 30 of 207 punches thrown.", "369")
    assert figure_scope.different_measures(*round_, *fight)
    # ECB+ 25_ecbplus: Pierre Thomas's 2010 season against his 2009 season
    late = _figure("He finished with 269 yards and two touchdown rushing and caught 29 passes "
                   "for 201 yards.", "29")
    before = _figure("He had 793 yards and six touchdowns on 147 carries and caught 39 passes for "
                     "302 yards and another two touchdowns.", "39")
    assert figure_scope.different_measures(*late, *before)


def test_a_toll_with_one_other_figure_is_still_compared():
    # two accounts of one attack naming one other figure each stay comparable
    a = _figure("The blast killed 12 people and injured 30 others.", "12")
    b = _figure("The blast killed 15 people and injured 50 others.", "15")
    assert not figure_scope.different_measures(*a, *b)


def test_a_named_kind_is_a_part_of_the_whole():
    # ECB+ 12_ecb: "seven AK-47 assault rifles, two other rifles" / "Nine assault rifles" /
    # "12 AK 47 guns, three rifles": counts of different parts of one cache
    ak = _figure("The Naval commandos seized seven AK-47 assault rifles, two other rifles, a "
                 "grenade launcher and 13 fully loaded magazines.", "seven")
    nine = _figure("Nine assault rifles, a grenade launcher, 13 fully loaded magazines and a GPS "
                   "receiver were seized.", "Nine")
    three = _figure("The Indian commandos also recovered 12 AK 47 guns, three rifles, two "
                    "grenades along with other ammunition.", "three")
    assert figure_scope.different_measures(*ak, *nine)
    assert figure_scope.different_measures(*ak, *three)
    # a proper adjective says whose troops, not which part: left to the qualifier rule
    russian = _figure("Washington said 100,000 Russian troops are within striking range.", "100,000")
    plain = _figure("Moscow must move its estimated 100,000 troops away from the border.", "100,000")
    assert not figure_scope.different_measures(*russian, *plain)


def test_a_coordinated_count_is_not_one_of_its_parts():
    # ECB+ 12_ecb: "some 420 passengers and crew" against "its 246 passengers and most of its crew"
    both = _figure("The threat of pirates prompted a German cruise ship to evacuate some 420 "
                   "passengers and crew after the company decided not to risk their safety.", "some 420")
    part = _figure("The German cruise liner MS Columbus said it would fly its 246 passengers "
                   "and most of its crew over the Gulf of Aden.", "246")
    assert figure_scope.different_measures(*both, *part)


def test_spans_spent_on_different_things_are_different_spans():
    # ECB+ 5_ecb: three spans of one career
    germany = _figure("DiLeo played and coached for 10 seasons in West Germany and was named "
                      "coach of the year.", "10")
    sixers = _figure("DiLeo has spent 19 seasons with the 76ers.", "19")
    director = _figure("He spent four seasons as the team's director of personnel before being "
                       "promoted.", "four")
    assert figure_scope.different_measures(*germany, *sixers)
    assert figure_scope.different_measures(*sixers, *director)


def test_the_days_an_ongoing_event_has_lasted_are_an_update():
    # ECB+ 19_ecb: reports of two days count the riots so far
    four = _figure("A fragile Government reeling from four days of riots sparked by the police "
                   "shooting.", "four")
    eight = _figure("Athens was calm Sunday after eight days of the worst riots Greece has seen "
                    "in decades.", "eight")
    assert figure_scope.elapsed(*four) and figure_scope.elapsed(*eight)
    assert not figure_scope.elapsed(*_figure("Police began two hours of negotiations.", "two"))
