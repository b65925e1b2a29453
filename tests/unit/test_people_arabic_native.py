"""Native Arabic names with no title before them (#19): a frequent given name ("محمد") with
more name words after it, the names a list joins to a found one, two name words in apposition,
and a verb of saying with no subject ("واضاف") given to the person named last.

The passages are copied from the development topic M001 of MultiLing 2011 (M0017; CC BY 3.0,
credited in NOTICE). Expected values were written from reading the passages (and the English
version of the same article, M0017.english, which names Mohammad Sidique Khan as the speaker).
"""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import TextSettings
from synoptic.text import analyze

_TRIAL = ("وعرض شريط الفيديو كجزء من محاكمت وحيد علي، ومحمد شاكيل سليم السدير، الذين اتهموا بالتآمر "
          "للتسبب في الانفجار، وذلك بسبب تورطهم المزعوم في التحضير للتفجيرات.\n\n"
          "وظهر ثلاثة من مفجري احداث7 يوليو، و هم محمد صديق خان وتنوير شيزهاد وجيرمين ليندسي، في شريط الفيديو \n"
          "، وايضا لمفجر اخر هو\n، حسيب حسين، في شريط الفيديو. وقد اتخذ هذا الفيلم من الكاميرا الموجودة "
          "في محطة للسكك الحديدية لوتون.\n\n")
_FAREWELL = ("وفي الشهر الماضي تم عرض شريط فيديو في المحكمة يظهر وداع محمد صديق خان قائلا لابنه. في شريط "
             "الفيديو اوضح عقله عن أفعاله. واضاف \"وأنا أفعل ما أفعله من أجل الإسلام، وليس، كما تعلمون ، \n"
             "انها ليست للحصول على استحقاقات مادية أو دنيوية\"، كما قال، عندما تحدث إلى ابنته ستة أشهر من العمر.\n")


def _analyze(text: str):
    return analyze(Article(id="a", source="a.txt", text=text, language="ar"), TextSettings())


def _persons(text: str) -> list[str]:
    return [m.span.text for m in _analyze(text).entities if m.type == "PERSON"]


def test_a_frequent_given_name_named_again_and_the_list_beside_it_make_persons():
    persons = _persons(_TRIAL + _FAREWELL)
    # "محمد" opens a name the article writes again; "تنوير شيزهاد" is listed beside it (the
    # conjunction "و" glued to the next name stays out of it); "حسيب حسين" is in apposition
    for name in ("محمد صديق خان", "تنوير شيزهاد", "جيرمين ليندسي", "حسيب حسين"):
        assert name in persons, name
    # the list's words are no names: the bombers of 7 July, "they are"
    assert not any("مفجري" in p or p == "هم" for p in persons)


def test_a_given_name_met_once_beside_a_name_word_is_weak_evidence():
    # "ومحمد شاكيل سليم السدير" runs two defendants' names together (the English version:
    # Mohammed Shakil and Sadeer Saleem): written once, it is taken as no name of its own
    persons = _persons(_TRIAL)
    assert not any(p.startswith("محمد شاكيل") for p in persons)


def test_a_name_listed_with_wa_beside_a_found_name_ends_before_a_pronoun():
    # M0035: Alejandro Valverde and Iban Mayo "both of them" lost their place
    text = ("مايكل راسموسن من الدنمارك حافظ على صدارته الشاملة، منتهيا ال11  في المرحلة. اليخاندرو فالفيردي و "
            "ايبان مايو  كلاهما خسر موقعه على العموم. كاديل ايفانز ربح موقعا على راسموسن وهو الان متخلفا عنه "
            "دقيقة واحدة فقط. قدمت هذه المرحلة أول هزة في الترتيب في غضون أيام. فالفيردي و مايو، الذين كانوا "
            "سابقا الثاني والثالث، هبطو من العشرة الأوائل.")
    persons = _persons(text)
    assert "ايبان مايو" in persons
    assert not any("كلاهما" in p for p in persons)


def test_a_verb_of_saying_without_a_subject_quotes_the_person_named_last():
    # before, the bomber named last was taken for the farewell video's speaker
    result = _analyze(_TRIAL + _FAREWELL)
    [quote] = [q for q in result.quotes if q.text.startswith("وأنا أفعل")]
    assert quote.speaker_name == "محمد صديق خان"
