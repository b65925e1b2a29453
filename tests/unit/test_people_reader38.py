"""People and roles read as a journalist would, in development stories (stop 38): a plural
title names a list's profession, not one person's role; a title in apposition after a name
and a comma is that name's role, not a second name.

Passages from MultiLing 2011 topic M000 (development split, CC BY 3.0; NOTICE credits it).
"""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import TextSettings
from synoptic.text import analyze


def _mentions(text: str, language: str) -> dict[str, tuple[str, str | None]]:
    article = Article(id="a", source="a.txt", text=text, language=language)
    return {m.span.text: (m.type, m.role) for m in analyze(article, TextSettings()).entities}


def test_an_arabic_plural_title_is_no_one_persons_role():
    found = _mentions("مشاهير الإعلام مثل سوبرانو فيليسيا فيليب والمغنين أنجيلا سيميليا وديدا دراجان "
                      "سيشاركون أيضا.", "ar")
    assert found["أنجيلا سيميليا"] == ("PERSON", None)  # "the singers" is not her role
    assert found["فيليسيا فيليب"] == ("PERSON", "سوبرانو")  # a singular title still is


def test_an_arabic_list_keeps_its_singular_titles():
    found = _mentions("شارك العشرات من المشاهير الرومانيون في الحمله التليفزيونيه، بما في ذلك حارس المرمى بوجدان "
                      "ستيليا، مصممو الأزياء كاتينكا رومان و ميهاي البو، وزير الشؤون الخارجية السابق ميرسيا جيوانا "
                      "والسوبرانو ماريانا نيكوليسكو.", "ar")
    assert found["كاتينكا رومان"] == ("PERSON", None)  # "fashion designers"
    assert found["بوجدان ستيليا"] == ("PERSON", "حارس المرمى")
    assert found["ميرسيا جيوانا"] == ("PERSON", "وزير الشؤون الخارجية السابق")


def test_an_arabic_title_in_apposition_is_the_names_role_not_a_second_name():
    found = _mentions('قال  بيكي بويل ، مدير سياسات أوكسفام "يظهرفي بعض القرى أن ما يصل إلى 80 ٪ من القتلى '
                      'هم من النساء."', "ar")
    assert found["بيكي بويل"] == ("PERSON", "مدير سياسات أوكسفام")
    assert "سياسات أوكسفام" not in found  # "Oxfam's policies" is no person


def test_a_list_after_a_title_and_a_comma_is_still_a_list_of_people():
    found = _mentions("شارك المشاهير، بما في ذلك حارس المرمى بوجدان ستيليا، مصممو الأزياء كاتينكا رومان.", "ar")
    assert found["كاتينكا رومان"][0] == "PERSON"  # a given name after the title: the next name


def test_an_english_plural_title_is_each_listed_persons_singular_role():
    found = _mentions("Media celebrities such as the soprano Felicia Filip and singers Angela Similea and Dida "
                      "Dragan will also be participating, as well as Maia Morgenstern.", "en")
    assert found["Angela Similea"] == ("PERSON", "singer")
    assert found["Dida Dragan"] == ("PERSON", "singer")
    assert found["Maia Morgenstern"] == ("PERSON", None)


def test_an_english_singular_title_before_a_list_is_the_first_names_alone():
    found = _mentions("Newly-elected president Traian Basescu and prime minister Calin Popescu-Tariceanu also "
                      "took part. Prime Minister Tony Blair and John Prescott attended.", "en")
    assert found["Tony Blair"][1] == "Prime Minister"
    assert found["John Prescott"][1] is None


def _quotes(text: str, language: str) -> list[tuple[str | None, str]]:
    article = Article(id="a", source="a.txt", text=text, language=language)
    return [(q.speaker_name, q.text[:20]) for q in analyze(article, TextSettings()).quotes]


def test_a_hebrew_subject_its_apposition_and_a_verb_of_saying_introduce_the_next_quote():
    # MultiLing 2011 M0014 in Hebrew (M001, development): "Saba Mozakka, the daughter of ...,
    # was quoted on the BBC's site:" and the quote in the next paragraph
    text = ("קרובי הנספים גם כן הביעו ביקורת. סאבה מוזאקה, הבת של בהנז מוזאקה שנהרגה בפיצוץ בקו הפיקדילי, "
            "צוטטה באתר של ה-בי.בי.סי:\n\n"
            "\"המשפחות ייאבקו למען קיום תחקיר בטחוני מלא. תיאור השתלשלות האירועים לא תספק אף אחד.\"\n")
    assert _quotes(text, "he")[0][0] == "סאבה מוזאקה"


def test_a_hebrew_title_before_a_name_in_apposition_is_no_name():
    # M0010 in Hebrew: "London's police commissioner, Sir Ian Blair, said"
    text = "נציב משטרת לונדון, סר יאן בלייר, אמר כי המשטרה פושטת על בתים בלידס.\n"
    assert "נציב משטרת לונדון" not in _mentions(text, "he")


def test_a_quoted_introduction_ending_on_a_colon_is_narration_and_names_the_speaker():
    # Wikinews nl/40203 (trial topic, development; CC BY 3.0): the Dutch translation quotes
    # every segment, the narration that introduces a quote included
    text = ("Het nummer dat voor de demonstratie werd gekocht was Le Freak van Chic.\n"
            "\"Na afloop van de zaak nodigde Steve Jobs, de CEO van Apple Computer, de platenmaatschappij uit voor "
            "een samenwerking:\" \"We hebben altijd veel van de Beatles gehouden en hopen dat we nu kunnen "
            "samenwerken om ze in de iTunes Music Store te krijgen\" \".\"\n"
            "Apple Corps heeft besloten om beroep in te dienen tegen de beslissing.\n"
            "\"Manager Neil Aspinall zei namens Apple Corps het volgende:\" \"Met alle respect voor de rechter moet "
            "ik zeggen dat hij de verkeerde conclusie heeft getrokken.\" \"\"")
    got = _quotes(text, "nl")
    assert got == [("Steve Jobs", "We hebben altijd vee"), ("Neil Aspinall", "Met alle respect voo")]


def test_a_headlines_words_before_a_colon_still_name_no_speaker():
    text = "UPDATE: Teen Charged in Shooting Death of Friend: \"I Don't Know Why I Played With That Gun\"\n"
    assert _quotes(text, "en") == [(None, "I Don't Know Why I P")]


def test_a_quote_left_unclosed_before_its_attribution_ends_there():
    # GVC 399367 (development; CC BY 4.0): the first quote has no closing mark
    text = ("A resident who lives near the Elks Lodge said she is disappointed in the shooting.\n\n"
            "\"I'm disappointed, I'm very disappointed in the situation, not just here in Madisonville but how it "
            "continues to repeat itself, neighbor Constance Jones said. \"These young people have so much potential "
            "if they could just find their way.\"\n")
    got = _quotes(text, "en")
    assert [s for s, _ in got] == ["Constance Jones", "Constance Jones"]
    assert got[0][1] == "I'm disappointed, I'"


def test_a_closing_mark_after_a_sentence_still_closes():
    text = "\"We are all in shock. We pray for them.\" The mayor said. \"Nobody expected it.\"\n"
    assert [q for _, q in _quotes(text, "en")] == ["We are all in shock.", "Nobody expected it."]
