"""A named person's attribute told two ways (#19, recall on news nobody tuned to).

Records ("52-3") and places of residence ("of Bloomington" / "of Minneapolis") bound to a
name. Each case is a real passage from a development story of `bench/data/disputes/` (ECB+,
CC BY 3.0; see NOTICE): a true dispute that must be found, and a near miss from the same
kind of passage that must not be one.
"""

from __future__ import annotations

import datetime as dt

from synoptic.compare.detectors import record, residence
from synoptic.compare.evidence import StoryInputs, build_index
from synoptic.model import Entity
from synoptic.settings import CompareSettings
from tests.unit.story_parts import one_fact

SETTINGS = CompareSettings()

# ecbplus-7_ecb (dev): Klitschko v Rahman, one night's reports
KLITSCHKO_52 = (
    "Wladimir Klitschko (52-3, 46 KOs) blasted a sluggish Hasim Rahman (45-7-2, 36 KOs) in Mannheim, "
    "Germany on Saturday night to retain the IBF, WBO and IBO world heavyweight titles."
)
KLITSCHKO_53 = (
    "Heavyweight Champion, Wladimir Klitschko, 53-3, 47 KO's, easily dismantled former 2-Time Heavyweight "
    "Champion, Hasim Rahman, 45-7-2, 36 KO's, in the seventh round."
)
BOWE_43 = ("On the undercard, former heavyweight champion Riddick Bowe (43-1) scored an eighth-round unanimous "
           "decision over Gene Pukall (14-13-2).")
BOWE_45 = ("Riddick Bowe returned to the ring in Mannheim. Bowe (45-1, 33 KOs) had been training in Germany since "
           "September in an effort to get his stamina up and his weight down.")
# ecbplus-7_ecbplus (dev): one record told the same way in two forms
KLITSCHKO_58 = ("The 36-year-old champion Klitschko, 58-3 with 51 knockouts, floored Thompson with a big right "
                "hand. Wladimir Klitschko retained his titles.")
KLITSCHKO_58B = "Klitschko (58-3, 51 KO) bombed Thompson with a vicious right hand. Wladimir Klitschko won."
# ecbplus-7_ecbplus (dev): a record of title fights only, in a list (no apposition)
TITLE_FIGHTS = "HEAVYWEIGHT TITLE FIGHTS\nJoe Louis 26-1\nWladimir Klitschko 19-2\nLennox Lewis 15-2-1"


def _story(reports, people, published=None):
    fields = {}
    fact, articles, analyses = one_fact(reports, **fields)
    if published:
        for a, day in zip(articles, published, strict=True):
            a.published = day
    idx = build_index([fact], articles, analyses, [], SETTINGS)
    entities = [Entity(f"e{i}", name, typ) for i, (name, typ) in enumerate(people)]
    return StoryInputs(facts=[fact], analyses=analyses, entities=entities, quotes=[], index=idx)


def test_records_bound_to_a_name_in_parentheses_or_apposition():
    found = [(r.name, r.record, r.span.text) for r in record.find_records("a", KLITSCHKO_53)]
    assert found == [(("wladimir", "klitschko"), (53, 3), "53-3"), (("hasim", "rahman"), (45, 7, 2), "45-7-2")]
    # a surname alone is the one person of that surname the article names in full
    assert [(r.name, r.record) for r in record.find_records("a", BOWE_45)] == [(("riddick", "bowe"), (45, 1))]
    # a list of records of title fights is no apposition
    assert record.find_records("a", TITLE_FIGHTS) == []


def test_one_fighter_given_two_records_is_a_dispute_and_the_same_record_is_not():
    (c,) = record.detect(_story([("boxingscene", KLITSCHKO_52), ("fightnews", KLITSCHKO_53)], []), SETTINGS)
    assert c.kind == "number" and c.is_dispute and sorted(v.value for v in c.variants) == ["52-3", "53-3"]
    (c,) = record.detect(_story([("ap", BOWE_43), ("espn", BOWE_45)], []), SETTINGS)
    assert sorted(v.value for v in c.variants) == ["43-1", "45-1"]
    assert record.detect(_story([("espn", KLITSCHKO_58), ("badlefthook", KLITSCHKO_58B)], []), SETTINGS) == []


def test_a_record_with_one_bout_more_reported_days_later_is_the_result_after_a_preview():
    story = _story([("preview", KLITSCHKO_52), ("report", KLITSCHKO_53)], [],
                   published=[dt.date(2008, 12, 10), dt.date(2008, 12, 14)])
    assert record.detect(story, SETTINGS) == []


# ecbplus-21_ecb (dev): the driver's home town
LASALLE_BLOOMINGTON = ("Police stopped Anthony Phillip LaSalle, 36, of Bloomington, when he hit another vehicle at the "
                       "intersection of American Boulevard and Lyndale Avenue.")
LASALLE_MINNEAPOLIS = ("According to police, Anthony LaSalle, 36, of Minneapolis, hit and killed a 66-year-old LuAnn "
                       "Marie Johnson in the parking lot of the Bloomington Sam's Club Wednesday night.")
# ecbplus-21_ecbplus (dev): a neighbourhood, a borough and another neighbourhood
CHOHAN_COLLEGE_POINT = ("Police responded to the Richmond Hill crash on the corner of 117th Street and 97th Avenue at "
                        "7:01 p. m. on Friday to find the unconscious Raj K. Chohan, 59, of College Point, lying in the "
                        "roadway, the NYPD said.")
CHOHAN_OZONE_PARK = ("Raj Chohan, who lived in South Ozone Park, was walking towards a Sikh temple for a Friday "
                     "evening service.")
PEOPLE = [("Anthony LaSalle", "PERSON"), ("Raj Chohan", "PERSON"), ("LuAnn Marie Johnson", "PERSON")]


def test_homes_bound_to_a_name_by_a_residence_cue():
    found = residence.find_homes("a", CHOHAN_OZONE_PARK.replace("Raj Chohan, who lived in",
                                                                "Raj Chohan lives there. Chohan, who lived half a mile away in"),
                                 {"chohan"})
    assert [(h.name, h.place) for h in found] == [(("raj", "chohan"), "south ozone park")]


def test_one_person_living_in_two_towns_is_a_dispute():
    (c,) = residence.detect(_story([("startribune", LASALLE_BLOOMINGTON), ("kare11", LASALLE_MINNEAPOLIS)], PEOPLE),
                            SETTINGS)
    assert c.kind == "claim" and c.is_dispute and sorted(v.value for v in c.variants) == ["Bloomington", "Minneapolis"]


def test_a_place_and_its_whole_are_no_dispute():
    # the story writes "Minneapolis, Minnesota"-like pairs: a place written with another after
    # a comma is its container, and a container agrees with anything inside it
    whole = LASALLE_MINNEAPOLIS.replace("of Minneapolis,", "of Hennepin,") + " Bloomington, Hennepin is a county."
    assert residence.detect(_story([("startribune", LASALLE_BLOOMINGTON), ("kare11", whole)], PEOPLE), SETTINGS) == []
    # a state is of a higher level than a town
    state = LASALLE_MINNEAPOLIS.replace("of Minneapolis,", "of Minnesota,")
    assert residence.detect(_story([("startribune", LASALLE_BLOOMINGTON), ("kare11", state)], PEOPLE), SETTINGS) == []
    # places whose words contain each other ("Ozone Park" / "South Ozone Park")
    part = CHOHAN_COLLEGE_POINT.replace("College Point", "Ozone Park")
    assert residence.detect(_story([("ny1", part), ("dna", CHOHAN_OZONE_PARK)], PEOPLE), SETTINGS) == []
    # a third place ("of Queens") that may hold both: in doubt, no dispute
    queens = "Raj Chohan, of Queens, died."
    assert residence.detect(_story([("ny1", CHOHAN_COLLEGE_POINT), ("dna", CHOHAN_OZONE_PARK), ("cbs", queens)],
                                   PEOPLE), SETTINGS) == []


# ECB+ 29_ecb and 29_ecbplus (dev review): a score after a team's name is no record
JAGUARS_SCORE = "Peyton Manning was nearly perfect as the Colts beat the host Jaguars, 31-24, on Thursday night."
JAGUARS_RECORD = "The Jaguars (5-10) opened the scoring at Jacksonville Stadium in the first quarter."


def test_a_score_after_a_name_is_no_record():
    assert record.find_records("a", JAGUARS_SCORE) == []
    assert record.detect(_story([("ap", JAGUARS_SCORE), ("espn", JAGUARS_RECORD)], []), SETTINGS) == []
    # and a record of many more bouts is another span (or a score in parentheses)
    other = JAGUARS_RECORD.replace("(5-10)", "(31-24)")
    assert record.detect(_story([("ap", other), ("espn", JAGUARS_RECORD)], []), SETTINGS) == []


def test_a_place_before_a_resident_noun_is_a_home_only_for_a_known_place():
    text = "Anthony LaSalle, a 36-year-old Bloomington man, was charged. Anthony LaSalle, a Muslim man, prayed."
    found = residence.find_homes("a", text, {"lasalle"}, frozenset({"bloomington"}))
    assert [(h.name, h.place) for h in found] == [(("anthony", "lasalle"), "bloomington")]


# ecbplus-7_ecb (dev): one stoppage told as 2:15 and as 44 seconds into the seventh round
STOP_215 = ("After flooring Rahman in the sixth round with a left-right combo Klitschko wasted little time wrapping it "
            "up in the seventh with a big left-right-left series that led to the referee stepping in and stopping "
            "the fight at the 2:15 mark.")
STOP_44 = ("The champion finished the job 44 seconds into the seventh round when he followed up a left jab with a hook "
           "over the top to put Rahman in the corner before referee Tony Weeks stepped in to stop the fight.")
STOP_44B = ("Wladimir Klitschko defended his IBF heavyweight crown with ease after stopping American Hasim Rahman after "
            "44 seconds of the seventh round of their contest at the SAP Arena in Germany.")
# ecbplus-7_ecbplus (dev): a knockdown's round is not the stoppage's
KNOCKDOWN = ("The Ukrainian champion dropped Thompson again in the sixth, and referee Sam Williams gave the challenger a "
             "standing count before stopping the fight at 2:56.")


def test_one_stoppage_at_two_times_of_one_round_is_a_dispute():
    from synoptic.compare.detectors import stoppage

    (c,) = stoppage.detect(_story([("boxingscene", STOP_215), ("eurosport", STOP_44)], []), SETTINGS)
    assert c.kind == "time" and c.is_dispute and sorted(v.value for v in c.variants) == ["0:44", "2:15"]
    # the same moment in two wordings, and a stoppage of another round: no dispute
    assert stoppage.detect(_story([("eurosport", STOP_44), ("ap", STOP_44B)], []), SETTINGS) == []
    assert stoppage.detect(_story([("ap", KNOCKDOWN), ("eurosport", STOP_44)], []), SETTINGS) == []
    # a time with no stopping word near it is no stoppage
    assert stoppage.detect(_story([("a", "He was down 44 seconds into the seventh round."), ("b", STOP_215)], []),
                           SETTINGS) == []


def test_a_record_its_bearer_moved_to():
    # ecbplus-7_ecbplus (dev)
    text = ("The 36-year-old champion Klitschko improved to 58-3 (51 KO). Wladimir Klitschko won. Thompson, who was "
            "the mandatory challenger nominated by the IBF, fell to 36-3 (24 KO). Tony Thompson lost.")
    found = [(r.name, r.record) for r in record.find_records("a", text)]
    assert found == [(("wladimir", "klitschko"), (58, 3)), (("tony", "thompson"), (36, 3))]
