"""Arabic country names typed as persons in MultiLing 2011 (development, read as a reader):
"ايران" in M002 after "من جانب ايران" (by Iran) gave it a surname, and "تشيلي" and
"نيوزيلندا" in M005 spoke a quote of New Zealand's civil defence ministry. CLDR's Arabic
territory names (Babel), folded, are no one's surname."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import TextSettings
from synoptic.text import analyze
from synoptic.text.arabic_words import country_names, fold


def _analyze(text: str):
    return analyze(Article(id="a", source="a.txt", text=text, language="ar"), TextSettings())


def test_arabic_country_names_are_folded():
    names = country_names()
    for name in ("إيران", "ايران", "تشيلي", "نيوزيلندا", "المملكة المتحدة"):
        assert fold(name) in names, name
    for name in ("توني بلير", "بلير", "كارمان"):
        assert fold(name) not in names, name


def test_a_country_is_no_persons_surname():
    text = ("تحدث فيليكس كارمان وكريستوفر إير عن القبض عليهم واحتجازهم من جانب ايران.\n"
            "وقال كارمان ان البحارة احتجزوا من قبل ايران.\n")
    people = {m.span.text for m in _analyze(text).entities if m.type == "PERSON"}
    assert "ايران" not in people and "فيليكس كارمان" in people


def test_a_country_speaks_no_ministrys_quote():
    # ("The New Zealand Herald reported New Zealand evacuating the coast …": M005 in Arabic)
    text = (" وفقا لوكالة فرانس برس، وهي جزء من جزر الماركيز في بولينيزيا الفرنسية ضربتها موجة تبلغ 13قدم. ولم "
            "يبلغ عن وقوع اصابات.\n وذكرت صحيفة نيوزيلند هيرالد نيوزيلندا اخلاء المناطق الساحلية في الوقت 8:00 "
            "صباحا بالتوقيت المحلي (18،00 بالتوقيت العالمي). "
            "ولم يبلغ عن موجات تبلغ 20 سم أو أقل في جزر تشاتام (400 ميلا من البر الرئيسى نيوزيلندا) 19،05 "
            "بالتوقيت العالمي .حيث  قالت وزارة الدفاع المدني لبي بي سي ان \"مرتفعات أكبر موجة سوف تحدث ما بين "
            "ستة و 12 ساعة بعد الموجات الأولية.\"\n")
    an = _analyze(text)
    assert "نيوزيلندا" not in [q.speaker_name for q in an.quotes]
    assert "نيوزيلندا" not in {m.span.text for m in an.entities if m.type == "PERSON"}
