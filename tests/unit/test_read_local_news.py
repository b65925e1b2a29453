"""Local news read as a reader, GVC development incidents (CC BY 4.0). A roundup's other
incidents are the article's sentences, not facts of its story: a Toledo Blade report
(incident 688979) put another weekend shooting's victim and times in the nightclub
shooting's timeline and coverage. And the page furniture that reached the brief."""

from __future__ import annotations

from synoptic.clean import clean_document
from synoptic.model import Article, Document
from synoptic.settings import CleanSettings, Settings
from synoptic.text import analyze

REPORT = (
    "Toledo police continue to investigate a shooting at a an after-hours club early Sunday that sent four "
    "men to the hospital.\n\n"
    "Police said that an officer heard several gunshots at 3:37 a.m. Sunday coming from The Underground, a club "
    "at Belmont and Junction avenues in central city.\n\n"
    "First responders took three men with gunshot wounds from the parking lot to ProMedica Toledo Hospital. A "
    "fourth victim was taken to the hospital by private vehicle.\n\n"
    "Police still are trying to identify a motive and suspect in the case.\n\n"
    "Also this weekend, in an unrelated incident a man was shot at 3:18 a.m. Saturday in North Toledo. Officers "
    "in the 1200 block of Sherman Street found Timothy Poole, 47, of Toledo with a gunshot wound to his leg, "
    "police said.\n\n"
    "Separately, a man whom witnesses said intervened during a domestic violence incident was shot in East "
    "Toledo Saturday night.\n"
)


def _analysed(text: str):
    return analyze(Article(id="a", source="a", text=text, language="en"), Settings().text)


def _asides(text: str) -> list[bool]:
    analysis = _analysed(text)
    return [s.aside for s in analysis.sentences]


def test_a_roundups_other_incidents_are_asides_to_the_end():
    flags = _asides(REPORT)
    sentences = _analysed(REPORT).sentences
    first = next(k for k, s in enumerate(sentences) if s.span.text.startswith("Also this weekend"))
    assert flags == [False] * first + [True] * (len(flags) - first)


def test_a_report_that_opens_on_the_other_incident_is_about_it():
    text = ("In an unrelated incident, a man was shot at 3:18 a.m. Saturday in North Toledo. Officers found him "
            "with a gunshot wound to his leg. Witnesses said two men were shooting at each other. The victim was "
            "treated at a hospital.\n")
    assert not any(_asides(text))


def test_another_shooting_named_late_in_a_sentence_is_no_aside():
    text = ("Police arrested a man on Tuesday. He was charged with murder. Detectives searched his home. "
            "They said the weapon had been used in another shooting that left a 15-year-old boy wounded.\n")
    assert not any(_asides(text))


def test_a_labelled_list_of_other_headlines_is_navigation_however_long():
    raw = ("Toledo police investigate shooting at after-hours club\n\n"
           "Police still are trying to identify a motive and suspect in the case.\n\n"
           "RELATED ARTICLES: Toledo mother grieves 3-year-old's shooting death | Judge sets bond at $580,000 for "
           "Toledo man accused of rape, kidnapping | Toledo man sentenced to 11 years in New Year's Day shooting\n\n"
           "Anyone with information is asked to contact Crime Stopper.\n")
    article = clean_document(Document("blade", "blade.txt", raw), CleanSettings())
    assert "RELATED ARTICLES" not in article.text
    assert any(r.reason == "navigation" and r.text.startswith("RELATED ARTICLES") for r in article.removed)


def test_a_site_name_and_tagline_after_a_dash_leave_the_title():
    # GVC development (CC BY 4.0): the sources list read "KiiiTV — Three Dead in Aransas Pass
    # Murder-Suicide - KiiiTV.com South Texas, Corpus Christi, Coastal Bend"
    from synoptic.clean.outlet.titles import split_title_suffix

    assert split_title_suffix("Three Dead in Aransas Pass Murder-Suicide - KiiiTV.com South Texas, Corpus "
                              "Christi, Coastal Bend", "KiiiTV")[0] == "Three Dead in Aransas Pass Murder-Suicide"
    assert split_title_suffix("Four shot during Halloween party at Underground nightclub - Toledo News Now, News, "
                              "Weather, Sports, Toledo, OH")[0] == "Four shot during Halloween party at Underground nightclub"
    # GVC development incident 727980: the tagline before the headline ("Wichita, Kansas News,
    # Weather, Sports - 1 dead after north Wichita shooting")
    assert split_title_suffix("Wichita, Kansas News, Weather, Sports - 1 dead after north Wichita "
                              "shooting")[0] == "1 dead after north Wichita shooting"
    # a headline's own second half stays
    title = "Police: Man, woman, child found dead - a tragedy in three acts"
    assert split_title_suffix(title) == (title, None)


def test_the_story_leaves_out_the_figures_and_times_of_an_aside():
    from synoptic.pipeline import brief_from_documents

    other = ("Four shot at Toledo nightclub\n\nFour people were shot and hospitalized after shots rang out during a "
             "Halloween party at the Underground nightclub early Sunday. Police are still investigating what sparked "
             "the gunfire.\n")
    settings = Settings()
    settings.one_story = True
    settings.vectors.encoder = "tfidf"
    brief = brief_from_documents([Document("blade", "blade.txt", "Toledo police investigate shooting\n\n" + REPORT),
                                  Document("wtol", "wtol.txt", other)], settings)
    story = brief.stories[0]
    assert not any("3:18" in e.text or "North Toledo" in e.text for e in story.timeline)
    facts = " ".join(f.text for f in story.facts)
    assert "3:37 a.m." in facts and "3:18 a.m." not in facts and "North Toledo" not in facts


def test_a_note_to_the_reader_and_a_headline_given_twice_are_page_furniture():
    # GVC development incident (Waterbury, DoingItLocal): "Please note this is Waterbury in our
    # expanded area coverage." was a fact the outlet "alone reported", and its headline was
    # listed as "Waterbury News: Man Shot In The HeadWaterbury News: Man Shot In The Head"
    raw = ("Waterbury News: Man Shot In The HeadWaterbury News: Man Shot In The Head\n\n"
           "A man was shot in the head on Porter Street on Saturday afternoon, police said.\n\n"
           "Please note this is Waterbury in our expanded area coverage.\n\n"
           "Please call police at 203-574-6920 with any information.\n")
    article = clean_document(Document("dil", "dil.txt", raw), CleanSettings())
    assert article.title == "Waterbury News: Man Shot In The Head"
    assert "Please note" not in article.text and "Please call police" in article.text


def test_a_street_block_is_no_year():
    # GVC development (Little Rock): "the 2000 block of S. Harrison St." was background dated 2000
    from synoptic.text.timex import is_year_like

    text = "Officers were able to pinpoint the area of the shooting as the 2000 block of S. Harrison St."
    i = text.index("2000")
    assert not is_year_like(text, i, i + 4)
    text = "The plant closed in 2000 and never reopened."
    i = text.index("2000")
    assert is_year_like(text, i, i + 4)


def test_she_who_speaks_is_not_the_possessor_in_the_apposition():
    # GVC incident 111416, read at review: the mother's words were given to her dead son

    text = ("Osborne looked at Anderson's family and told them how sorry he is.\n\n"
            "Jennifer Anderson, Matt's mother, tearfully addressed the court.\n\n"
            "\"This has effected our family in so many ways,\" she said. \"Since Matt's death, our world has "
            "been turned upside down.\"\n")
    analysis = _analysed(text)
    assert [q.speaker_name for q in analysis.quotes] == ["Jennifer Anderson", "Jennifer Anderson"]


# GVC development incident 470971 (Poplar Bluff, December 2015), read at stop 34
def test_a_classmate_named_after_the_cue_is_the_speaker():
    text = ("\"It's really sad,\" said classmate Chelsea Becker. \"She was so bubbly, and she was so active.\"\n\n"
            "Classmate Abby Johnston said she was in shock.\n")
    analysis = _analysed(text)
    assert [q.speaker_name for q in analysis.quotes] == ["Chelsea Becker", "Chelsea Becker"]


def test_the_name_after_according_to_the_sheriff_is_no_sheriff():
    text = ("Witnesses told deputies that another family member was trying to unload a rifle, hitting Kaitlyn "
            "Pullam.\n\nAccording to the sheriff, Pullam did not have a pulse at the scene.\n\n"
            "The sheriff, Mark Dobbs, said deputies continued CPR on her.\n")
    analysis = _analysed(text)
    roles = {m.span.text: m.role for m in analysis.entities}
    assert roles.get("Pullam") is None and roles["Mark Dobbs"] == "sheriff"


def test_an_app_pitch_and_a_headline_cut_by_its_site_are_page_furniture():
    from synoptic.clean.outlet.titles import split_title_suffix

    raw = ("Poplar Bluff teen recovering after accidentally being shot\n\n"
           "Pullam was airlifted to St. Louis Children's Hospital for further treatment.\n\n"
           "Download the KFVS News app: iPhone | Android\n\n")
    article = clean_document(Document("kfvs", "kfvs.txt", raw), CleanSettings())
    assert "Download" not in article.text and "airlifted" in article.text
    # the site cut its own headline and left its separator hanging before its name
    assert split_title_suffix("Poplar Bluff teen recovering after accidentally being shot in fa - | WBTV "
                              "Charlotte")[0] == "Poplar Bluff teen recovering after accidentally being shot in fa"


# GVC development incident 562315 (abc7ny, NBC New York, May 2016), read at stop 34
def test_sentences_run_together_at_a_quotation_mark_are_cut_on_its_right_side():
    from synoptic.text.sentences import split_sentences

    text = ("He was pronounced dead at Jacobi Hospital.\"He was nice, well-known kid,\" family friend Rachel "
            "Williams said. \"Very good, not a trouble-maker. He didn't deserve that.\"Neighbors say his mother "
            "is a postal worker.\n")
    sentences = [s.span.text for s in split_sentences(Article(id="a", source="a", text=text, language="en"))]
    assert sentences == ["He was pronounced dead at Jacobi Hospital.",
                         "\"He was nice, well-known kid,\" family friend Rachel Williams said.",
                         "\"Very good, not a trouble-maker. He didn't deserve that.\"",
                         "Neighbors say his mother is a postal worker."]


def test_the_quote_after_a_speakers_quote_stays_theirs_past_a_possessor():
    text = ("\"We want this to be a full investigation,\" said Ingrid Wright, Davis' aunt. \"We don't want him to "
            "be just tossed to the side.\"\n")
    analysis = _analysed(text)
    assert [q.speaker_name for q in analysis.quotes] == ["Ingrid Wright", "Ingrid Wright"]


def test_the_newsroom_speaking_of_its_own_coverage_is_page_furniture():
    # GVC development incident 727980 (KAKE, Wichita, December 2016): the note was a fact the
    # outlet "alone reported", in the summary and the timeline
    raw = ("1 dead after north Wichita shooting\n\n"
           "One person is dead after a shooting in north Wichita early Saturday morning.\n\n"
           "Dispatchers said officers responded to a shooting around 2 a.m. in the 1300th block of North Erie.\n\n"
           "We expect to get an update about the investigation from officers after a media briefing later today.\n\n"
           "This story will be updated.\n\n"
           "We found the gun in the basement, the officer said.\n")
    article = clean_document(Document("kake", "kake.txt", raw), CleanSettings())
    assert "We expect" not in article.text and "This story will be updated" not in article.text
    assert "Dispatchers said" in article.text and "We found the gun" in article.text


def test_the_reporters_credit_and_contact_lines_are_bylines():
    # GVC development incident 413257 (The Denver Post, September 2015): the reporter was
    # listed among the story's people
    raw = ("Mesa County prosecutors charge hunter in shooting death\n\n"
           "Mesa County prosecutors Friday filed felony charges against a man.\n\n"
           "Kieran Nicholson: 303-954-1822, knicholson@denverpost.com or twitter.com/kierannicholson\n\n"
           "Staff writer Jesse Paul contributed to this report.\n\n"
           "Jesse Paul: 303-954-1733, jpaul@denverpost.com or @JesseAPaul\n")
    article = clean_document(Document("dp", "dp.txt", raw), CleanSettings())
    assert "Jesse Paul" not in article.text and "Nicholson" not in article.text
    assert "felony charges" in article.text


# GVC development incident 478948 (NBC News, CBS News, KJRH; Tulsa, 2013), read at stop 34
def test_an_update_stamp_and_a_stations_credit_before_the_dateline_are_no_part_of_the_sentence():
    from synoptic.text.dateline import lead_offset

    for text, start in (("Updated at 4:45 p.m. ET: Officials in Oklahoma said four people were found shot dead.",
                         "Officials in Oklahoma"),
                        ("KOTV (CBS/AP) TULSA, Okla. - A preliminary hearing is scheduled for two brothers.",
                         "A preliminary hearing")):
        assert text[lead_offset(text):].startswith(start)


def test_an_apposition_no_comma_closes_ends_at_testified():
    text = ("Laura Moore, a neighbor of Powell's testified about finding the women's bodies. \"They're all dead!\" "
            "she said.\n")
    analysis = _analysed(text)
    assert {m.span.text: m.role for m in analysis.entities}["Laura Moore"] == "neighbor of Powell's"
