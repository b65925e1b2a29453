"""MultiLing 2011 M002 in Arabic (development, CC BY 3.0), read as a reader at stop 36: the
British sailors held by Iran (2007). Quotes went to the wrong person and one minister was two."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze
from synoptic.text import names as nm


def _quotes(text: str) -> list[tuple[str | None, str]]:
    analysis = analyze(Article(id="a", source="a", text=text, language="ar"), Settings().text)
    return [(q.speaker_name, q.text[:20]) for q in analysis.quotes]


def test_the_speaker_named_after_the_quote_wins_over_he_added():
    # M0029: the quote went to Blair, the last person named before "واضاف" (he added)
    text = ("يوم الثلاثاء قال رئيس وزراء المملكة المتحدة توني بلير في مقابلة تلفزيونية انه سيتم الافراج عنهم.\n"
            "واضاف \"انهم في صحة جيدة تماما. تأكدوا أنهم كانوا يعاملون بسلوك إنساني وأخلاقي\" ، وقال المتحدث باسم "
            "وزارة الخارجية الايرانية ، محمد علي حسيني الذي أضاف أيضا أن أحد البحارة الأنثى الوحيدة كان لها \"خصوصية تامة\".\n")
    assert _quotes(text)[0][0] == "محمد علي حسيني"


def test_an_unnamed_speaker_after_the_quote_is_not_the_last_person():
    # M0023: "وقالت الوكالة" (the agency said) after the quote; it was given to Ahmadinejad
    text = ("وقال الرئيس محمود احمدي نجاد ان البحارة دخلوا المياه.\n"
            "واضاف \"اذا ثبت انهم دخلوا الأراضي الإيرانية عن عمد ، سيتم اتهامهم بالتجسس\" ، وقالت الوكالة واللتي دعت "
            "البحارة \"بالمتمردين\".\n")
    assert _quotes(text)[0][0] is None


def test_a_cue_with_a_title_the_name_carries_names_the_speaker():
    # M0027: '"…" ، قال وزير الخارجية البريطاني مارغريت بيكيت' stayed unattributed
    text = ("واضاف \"اننا سوف نفرض تجميد على جميع الأعمال التجارية الثنائية الرسمية الاخرى مع ايران\" ، قال وزير "
            "الخارجية البريطاني مارغريت بيكيت إلى مجلس العموم.\n")
    assert _quotes(text)[0][0] == "مارغريت بيكيت"


def test_a_cue_that_introduces_the_next_quote_is_not_this_ones():
    # M0022: Ray Cooper's words went to the grandmother named before the next quote
    text = ("وقال راي كوبر عم آدم سبيري احد مشاة البحرية الخمسة عشر الذين تم احتجازهم ، أن هذه هي \"أفضل هدية يمكن "
            "تخيلها ، لذلك دعونا فقط نعيدهم لبيوتهم\" ، في حين قالت جدته ، مارغريت سبيري ، \"لا اعتقد انني كنت سأخرج "
            "من الباب مرة أخرى إذا حدث أي شيء له\".\n")
    assert _quotes(text)[0][0] != "مارغريت سبيري"


def test_jim_and_ghain_spell_one_g():
    # M0020 "مارجريت بيكيت" and M0027 "مارغريت بيكيت" were two people
    assert nm.translit_key("مارجريت") == nm.translit_key("مارغريت")
