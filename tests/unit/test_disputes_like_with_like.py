"""Compare like with like: the false alarms of the disputes development split (#19).

Each case is a real passage from a development story of `bench/data/disputes/` (texts
from ../shared: ECB+ CC BY 3.0, MultiLing 2011 CC BY 3.0; see NOTICE), with the
publication dates the set gives them. The sentences are put in one aligned fact, as the
fact aligner did when the old code reported them, and run through the real text layer
and `find_conflicts`: two figures dispute only when they measure the same thing of the
same event at the same time.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from synoptic import text
from synoptic.compare.conflicts import find_conflicts
from synoptic.compare.detectors import age
from synoptic.compare.figure_align import alignment as count_alignment
from synoptic.compare.numbers import describe
from synoptic.compare.units import distance_reference
from synoptic.model import Article, Fact, Span
from synoptic.settings import CompareSettings, TextSettings
from synoptic.text import timex

SETTINGS = CompareSettings()


def _story(reports: list[tuple[str, str, date | None, str]]):
    """(id, text, published, sentence) per article: analysed, times resolved against the
    publication date (as `pipeline.build_story` does), the sentences as one fact."""
    articles, analyses, mentions = [], {}, []
    for aid, body, published, sentence in reports:
        article = Article(aid, f"{aid}.txt", body, language=None, published=published)
        analysis = text.analyze(article, TextSettings())
        analyses[aid] = replace(analysis, times=timex.resolve_times(analysis.times, published))
        start = body.index(sentence)
        mentions.append(Span(aid, start, start + len(sentence), sentence))
        articles.append(article)
    fact = Fact(id="f1", text=mentions[0].text, mentions=mentions, articles=[m.article for m in mentions])
    return [fact], articles, analyses


def _disputes(reports, kind: str | None = None):
    facts, articles, analyses = _story(reports)
    found = find_conflicts(facts, articles, analyses, [], [], [], SETTINGS)
    return [c for c in found if c.is_dispute and (kind is None or c.kind == kind)]


# --- relative dates: read against another anchor than a publication day ----------------

RAIT_FRIDAY = (
    "On Friday, 36-year-old Duncan Rait died after slipping and falling about 200ft from a "
    "ridge near the Tasman Glacier."
)
BUCKLEY_A_DAY_AFTER = (
    "Mr Buckley's death came a day after 36-year-old Duncan Rait was killed after slipping "
    "and falling 200ft from a ridge in the same national park."
)


def test_a_day_counted_from_another_death_does_not_date_this_one():
    # ecbplus-23_ecbplus: "a day after" Rait's death was read against the publication day
    # (16 September) and set against "On Friday" (13 September)
    reports = [
        ("23_3", "One Australian and one English climber have fallen to their deaths in New "
                 "Zealand.\n" + RAIT_FRIDAY, date(2013, 9, 16), RAIT_FRIDAY),
        ("23_5", "Robert Buckley, 32, died while climbing to a hut on Mount Sefton on "
                 "Saturday.\n" + BUCKLEY_A_DAY_AFTER, date(2013, 9, 16), BUCKLEY_A_DAY_AFTER),
    ]
    assert _disputes(reports, "date") == []


def test_the_same_weekday_in_reports_filed_days_apart_is_one_date():
    # ecbplus-23_ecbplus: "on Friday" in the report of the 15th and in one filed later
    # name one Friday; a later filing (here the 20th, the next Friday) moves the anchor,
    # not the event
    later = "The first of the deaths this weekend was that of a New Zealand climber who fell on Friday morning."
    reports = [
        ("23_7", later, date(2013, 9, 15), later),
        ("23_3", RAIT_FRIDAY, date(2013, 9, 21), RAIT_FRIDAY),
    ]
    facts, articles, analyses = _story(reports)
    values = {t.value for a in analyses.values() for t in a.times if t.value}
    assert len(values) == 2  # the two anchors put "Friday" on two days
    assert _disputes(reports, "date") == []


def test_hearings_scheduled_in_reports_of_different_days_are_steps_not_a_dispute():
    # ecbplus-14_ecbplus: Monday's reports have the magistrates' hearing "on Tuesday" and
    # "tomorrow morning"; Tuesday's, after it, the Crown Court hearing "on 19 August"
    tuesday = ("Mr Pitman, of High Street, Wellington, entered a not guilty plea at Taunton Deane "
               "Magistrates and was remanded in custody to appear before Taunton Crown Court on 19 August.")
    monday = ("Robert Pitman, 24, from the town is due to appear before Taunton Deane Magistrates' "
              "Court on Tuesday.")
    tomorrow = "He has been denied bail and will appear at Taunton Deane Magistrates Court tomorrow morning."
    reports = [("14_2", tuesday, date(2013, 7, 23), tuesday), ("14_3", monday, date(2013, 7, 22), monday),
               ("14_9", tomorrow, date(2013, 7, 22), tomorrow)]
    assert _disputes(reports, "date") == []


# --- clock times of different events ---------------------------------------------------

AFTERSHOCK = ("أقوى واحدة ، بلغت قوتها 4،1 ، وقعت على الأرض ، 06:44 بالتوقيت المحلي (09:44 "
              "بالتوقيت العالمي) ،و كان مركزها 66 كلم (41 ميلا) جنوب شرق بيشلومو ، أوهيغينز "
              "المنطقة وكان هناك شعور أقوى في تالكا.")
MAIN_QUAKE = ('ووقع الزلزال "في نهاية الأسبوع الماضي في فصل الصيف ،" يوم السبت 27 فبراير 2010 '
              "في 03:34 بالتوقيت المحلي (06:34 بالتوقيت العالمي) ، في حين أن معظم التشيليين كانوا نائمين.")
WARNING_LIFTED = "تم رفع التحذير من امواج المد في 15:50 بالتوقيت المحلي (18:50 بالتوقيت العالمي)."
FURTHER = "3 ميل) جنوب غرب بيشلومو ، في 02:41 بالتوقيت المحلي (05:41 بالتوقيت العالمي)."


def test_times_of_an_aftershock_and_of_the_main_quake_are_two_events():
    # multiling-M005-ar: October's aftershock at 06:44 and February's quake at 03:34 shared
    # only the words "local time" and "universal time"
    reports = [("M0055", AFTERSHOCK, date(2010, 10, 22), AFTERSHOCK),
               ("M0056", MAIN_QUAKE, date(2010, 10, 24), MAIN_QUAKE)]
    assert _disputes(reports, "time") == []
    reports = [("M0055", FURTHER, date(2010, 10, 22), FURTHER),
               ("M0056", WARNING_LIFTED, date(2010, 10, 24), WARNING_LIFTED)]
    assert _disputes(reports, "time") == []


def test_a_rounded_time_and_a_precise_one_agree_only_within_the_rounding():
    # gvc-730637 (dev): police's "about 1:45 a.m." and the prosecutor's "around 1:54 a.m."
    # for one shot disagree: 1:54 does not round to the quarter hour 1:45. gvc-571922 (dev):
    # "around 7:15pm" and "around 7:30 p.m." are left out as doubtful (the set's note).
    first = "The shooting took place about 1:45 a.m. on the 700 block of Tennessee."
    second = "The fatal shooting took place around 1:54 a.m. on the 700 block of Tennessee."
    reports = [("a", first, date(2016, 12, 21), first), ("b", second, date(2016, 12, 22), second)]
    (c,) = _disputes(reports, "time")
    assert sorted(v.value for v in c.variants) == ["1:45 a.m.", "1:54 a.m."]
    third = "The shooting took place around 7:15pm on the 700 block of Tennessee."
    fourth = "The shooting took place around 7:30 p.m. on the 700 block of Tennessee."
    reports = [("a", third, date(2016, 6, 3), third), ("b", fourth, date(2016, 6, 7), fourth)]
    assert _disputes(reports, "time") == []


# --- distances from different places -----------------------------------------------------

MAY = ("USGS updated their information later, and specified the earthquake reached a 5.7 magnitude, "
       "with a depth of 10 kilometers, and the epicenter was located 70km at the northwest of Curicó, "
       "85km southwest of Rancagua, 95km south of San Antonio, 140km southwest of Santiago.")
JULY = ("It occurred at a depth of 44.3 kilometers (27.5 miles), and the epicenter was located 45 "
        "kilometers southwest of San Antonio, Valparaíso; 100 kilometers at the southwest of Valparaíso.")


def test_a_distance_is_measured_from_its_place():
    assert distance_reference(" at the northwest of Curicó, 85km") == ("northwest", frozenset({"curic"}))
    assert distance_reference(" southwest of San Antonio, Valparaíso") == ("southwest", frozenset({"san", "anton"}))
    assert distance_reference(" to his death") is None


def test_distances_from_different_places_are_not_one_figure():
    # multiling-M005-en: "95km south of San Antonio" and "45 kilometers southwest of San
    # Antonio" (two quakes), "70km ... of Curicó" and "100 kilometers ... of Valparaíso"
    facts, articles, analyses = _story([("M0052", MAY, date(2010, 5, 21), MAY),
                                        ("M0054", JULY, date(2010, 7, 15), JULY)])
    sentences = {a.id: facts[0].mentions[i] for i, a in enumerate(articles)}
    km = {
        aid: [describe(q, sentences[aid], SETTINGS, "f1") for q in analyses[aid].quantities
              if q.unit.startswith("k") and "depth" not in sentences[aid].text[q.span.start - sentences[aid].start - 20:]]
        for aid in sentences
    }
    for a in km["M0052"]:
        for b in km["M0054"]:
            if a.reference and b.reference and a.reference != b.reference:
                assert count_alignment(a, b, SETTINGS) == 0
    assert _disputes([("M0052", MAY, date(2010, 5, 21), MAY), ("M0054", JULY, date(2010, 7, 15), JULY)],
                     "number") == []


# --- sums converted into other currencies -------------------------------------------------

EUROS = ("Armed robbers stole diamonds valued at 85 million euros ($108 million) from the Paris "
         "branch of jeweler Harry Winston, the city prosecutors ' office said.")
DOLLARS = ("Armed robbers-some disguised as women-snatched $108 million worth of diamond rings, "
           "necklaces and luxury watches from a Harry Winston boutique on a posh Paris avenue.")
ESTIMATED = ("Armed thieves have carried out another brazen and meticulously planned robbery of the "
             "Harry Winston store in central Paris, making off with an estimated $102 million in jewelry.")
AUSTRALIAN = ("Jewellery worth more than $160 million has been stolen from a Paris boutique in what "
              "is believed to be France's biggest jewellery theft.")


def test_sums_converted_from_euros_at_each_outlets_rate_are_not_a_dispute():
    # ecbplus-24_ecb: 85 million euros became $108 million (US), "an estimated $102
    # million" and $160 million (Australian)
    reports = [("24_3", EUROS, None, EUROS), ("24_4", DOLLARS, None, DOLLARS),
               ("24_5", ESTIMATED, None, ESTIMATED), ("24_8", AUSTRALIAN, None, AUSTRALIAN)]
    assert _disputes(reports, "number") == []
    # without the euro report the story gives one currency: the figures are compared
    (c,) = _disputes(reports[2:], "number")
    assert sorted(v.value for v in c.variants) == ["an estimated $102 million", "more than $160 million"]


# --- ages: bound to one named person -------------------------------------------------------

SMITH_60 = ("Sixty-year-old Sharron Diane Crawford Smith is now accused of murdering two women at a "
            "Staunton ice cream store in 1967.")
SMITH_61 = ("Staunton Police Chief Jim Williams announced 61-year-old Sharron Diane Crawford Smith was "
            "arrested around 10:24 a.m. Friday and charged with two counts of first degree murder.")
SMITH_AGE_61 = ("This morning, 41 years later, Staunton police have arrested and charged Sharron Diane "
                "Crawford Smith, age 61, with two counts of first-degree murder.")


def test_ages_are_read_next_to_full_names():
    found = age.find_ages("x", SMITH_AGE_61 + " " + SMITH_60, "en", {"smith"})
    assert sorted((a.written, a.age, a.span.text) for a in found) == [
        ("Sharron Diane Crawford Smith", 60, "Sixty-year-old"),
        ("Sharron Diane Crawford Smith", 61, "61"),
    ]
    assert age.find_ages("x", RAIT_FRIDAY, "en", {"smith"}) == []  # Rait is no known person here


def test_one_named_person_given_two_ages_is_a_dispute_and_two_people_are_not():
    from synoptic.compare.evidence import StoryInputs, build_index
    from synoptic.model import Entity

    def ages_of(reports, people):
        facts, articles, analyses = _story(reports)
        idx = build_index(facts, articles, analyses, [], SETTINGS)
        entities = [Entity(f"e{i}", name, "PERSON") for i, name in enumerate(people)]
        story = StoryInputs(facts=facts, analyses=analyses, entities=entities, quotes=[], index=idx)
        return age.detect(story, SETTINGS)

    # ecbplus-22_ecb: 60 in one report, 61 in two others, of one arrest
    (c,) = ages_of([("22_1", SMITH_60, None, SMITH_60), ("22_5", SMITH_61, None, SMITH_61),
                    ("22_9", SMITH_AGE_61, None, SMITH_AGE_61)], ["Sharron Diane Crawford Smith"])
    assert c.kind == "number" and c.is_dispute
    assert {v.value: v.articles for v in c.variants} == {"61": ["22_5", "22_9"], "60": ["22_1"]}
    # ecbplus-23_ecbplus: Rait is 36 and Buckley 32: two people, no dispute
    buckley = ("On Saturday, 32-year-old Englishman Robert Buckley, originally from Essex, fell about "
               "2, 000ft while climbing to a small hut on Mount Sefton.")
    assert ages_of([("23_3", RAIT_FRIDAY, None, RAIT_FRIDAY), ("23_4", buckley, None, buckley)],
                   ["Duncan Rait", "Robert Buckley"]) == []


# --- updates over time ----------------------------------------------------------------------


def test_a_toll_reported_days_later_is_an_update_not_a_dispute():
    # multiling-M000-en: the tsunami toll "passing 80,000" on 29 December, "over 120,000"
    # on 1 January
    first = ("The death toll from the earthquake and tsunamis that has hit countries in Asia and "
             "Eastern Africa continues to rise, passing 80,000 people according to reports from "
             "several news agencies.")
    second = ("Nearly a week after tsunami waves scoured the coasts of multiple countries in southern "
              "Asia, the confirmed death count is over 120,000.")
    reports = [("M0006", first, date(2004, 12, 29), first), ("M0008", second, date(2005, 1, 1), second)]
    assert _disputes(reports) == []


# --- across languages: figures of aligned facts, under the same rules -----------------------

EN_MAGNITUDE = ("The aftershock, as reported by the Servicio Sismológico de la Universidad de Chile "
                "(University of Chile Seismological Service), had a magnitude of 5.8, and occurred at a "
                "depth of 32.6 kilometers (20.3 miles).")
FR_MAGNITUDE = ("La réplique, telle que rapporté par le Servicio Sismológico de la Universidad de Chile "
                "(service sismologique de l'Université du Chili), avait une magnitude de 5,8, et s'est "
                "produite à une profondeur de 32,6 kilomètres (20,3 miles).")
EN_ACEH = ("Near the epicenter of the earthquakes and tsunami, Indonesia's Aceh province alone may have "
           "as many as 80,000 death.")
FR_ACEH = ("Près de l'épicentre des séïsmes et du tsunami, la province d'Aceh en Indonésie pourrait à "
           "elle seule compter au moins 80 000 morts.")


def _bilingual(en: str, fr: str, published: date):
    from synoptic.compare.evidence import build_index

    articles, analyses, mentions = [], {}, []
    for aid, body, language in (("en", en, "en"), ("fr", fr, "fr")):
        article = Article(aid, f"{aid}.txt", body, language=language, published=published)
        analyses[aid] = text.analyze(article, TextSettings())
        mentions.append(Span(aid, 0, len(body), body))
        articles.append(article)
    facts = [Fact(id="f1", text=en, mentions=mentions, articles=["en", "fr"])]
    return facts, articles, analyses, build_index(facts, articles, analyses, [], SETTINGS)


def test_figures_of_a_translated_fact_are_one_count_across_languages():
    # multiling-M005 en/fr (M0055): the magnitude in English and French, one aligned fact
    facts, articles, analyses, idx = _bilingual(EN_MAGNITUDE, FR_MAGNITUDE, date(2010, 10, 22))
    mags = []
    for a in articles:
        (q,) = [q for q in analyses[a.id].quantities if q.unit == "magnitude"]
        m = describe(q, idx.sentence_of(q.span), SETTINGS, "f1")
        m.language = a.language
        mags.append(m)
    assert count_alignment(mags[0], mags[1], SETTINGS) > 0
    assert find_conflicts(facts, articles, analyses, [], [], [], SETTINGS) == []


def test_an_upper_and_a_lower_bound_of_one_figure_across_languages_agree():
    # multiling-M000 en/fr (M0008): "as many as 80,000" and "au moins 80 000" (a
    # translation slip of the bound): both allow 80,000, no dispute
    facts, articles, analyses, _ = _bilingual(EN_ACEH, FR_ACEH, date(2005, 1, 1))
    assert [c for c in find_conflicts(facts, articles, analyses, [], [], [], SETTINGS) if c.is_dispute] == []


# --- two actors' figures -----------------------------------------------------------------


def test_two_companies_plants_are_two_counts():
    # Wikinews (CC BY 2.5), two Dutch test-split reports read as a reader at stop 29: a Ford
    # and a GM restructuring fell in one story, and Ford's "14" plants against GM's "12" was
    # shown as a dispute between sources
    from pathlib import Path

    from synoptic import pipeline
    from synoptic.settings import Settings

    path = Path(__file__).parents[1] / "data" / "disputes" / "wikinews_nl_ford_gm.jsonl"
    # since stop 39 the two are two stories (`link/apart.py`: other days, other rare names);
    # the figures are still two actors' counts when a user vouches they are one story
    grouped = pipeline.brief_paths([str(path)], Settings(quiet=True))
    assert sorted(len(s.articles) for s in grouped.stories) == [1, 1]
    brief = pipeline.brief_paths([str(path)], Settings(quiet=True, one_story=True))
    assert [len(s.articles) for s in brief.stories] == [2]
    assert [c for s in brief.stories for c in s.conflicts if c.is_dispute and c.kind == "number"] == []
