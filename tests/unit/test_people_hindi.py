"""People in Hindi (Devanagari has no capitals): passages of MultiLing 2011 topics M000-M005
(development; CC BY 3.0). Hindi briefs listed no person at all and gave every quote to
no one."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings


def _analysed(text: str):
    from synoptic.text import analyze

    return analyze(Article(id="a", source="a", text=text, language="hi"), Settings().text)


def _people(text: str) -> dict[str, str | None]:
    people: dict[str, str | None] = {}
    for m in _analysed(text).entities:
        if m.type == "PERSON":
            people[m.span.text] = people.get(m.span.text) or m.role
    return people


def test_a_title_before_a_hindi_name_gives_the_person_and_role():
    # M001 (M0015): "प्रधानमंत्री टोनी ब्लेयर ने, ..." (Prime Minister Tony Blair) and a
    # compound title "संस्कृति सचिव" (culture secretary)
    text = ("प्रधानमंत्री टोनी ब्लेयर ने, जो लंदन फायर ब्रिगेड मुख्यालय में एक निजी स्मारक में भाग लिया "
            "ने कहा कि यह एक समय हैं। संस्कृति सचिव टेसा जोवेल ने पुष्पांजलि अर्पित की।\n")
    assert _people(text) == {"टोनी ब्लेयर": "प्रधानमंत्री", "टेसा जोवेल": "संस्कृति सचिव"}


def test_a_hindi_quote_goes_to_the_titled_speaker():
    # M001 (M0010): the police commissioner's words were listed as unattributed
    text = ('लंदन मेट्रोपोलिटन पुलिस आयुक्त सर इयान ब्लेयर ने कहा  कि ऑपरेशन "सीधे गुरुवार के प्रक्षुब्ध '
            'से जुड़ा हुआ है".\n')
    assert [q.speaker_name for q in _analysed(text).quotes] == ["इयान ब्लेयर"]


def test_a_body_or_a_plural_that_speaks_is_no_person():
    # M002 (M0020): "रक्षा मंत्रालय ने कहा" (the defence ministry said); M004 (M0043):
    # "पर्यावरण संगठनों ने कहा" (environmental organisations said); "समर्थक चलाते हैं"
    # (supporters run): a title word before a verb and its auxiliary
    text = ("रक्षा मंत्रालय ने कहा कि नाविक नियमित ही जहाजों की जांच करते हैं। कई पर्यावरण संगठनों ने कहा "
            "कि यह कमजोर है। अभियान समर्थक चलाते हैं।\n")
    assert _people(text) == {}


def test_a_two_word_speaker_without_a_title_is_a_person_and_later_his_surname():
    # M004 (M0049): "... के हंस वरोल्म ने कहा" (Hans Verolme of WWF said), and the surname
    # alone as a later speaker
    text = ("डब्ल्यू डब्ल्यू एफ के हंस वरोल्म ने कहा कि सम्मेलन सफल रहा। बाद में वरोल्म ने कहा कि "
            "काम बाकी है।\n")
    people = _people(text)
    assert set(people) == {"हंस वरोल्म", "वरोल्म"}
