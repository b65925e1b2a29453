"""A title may govern an organisation's name before its holder's: "مدير استانا مارك بييفر"
(the Astana director Marc Biver; MultiLing 2011 M0034 in Arabic, development, read as a
reader) listed the person "استانا مارك بييفر". The article names the team "فريق استانا"."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze

TEXT = (
    "أعلن فريق استانا اليوم ان الكسندر فينوكوروف من كازاخستان فشل في اختبار للدم عقب فوزه في الجوله التمهيديه "
    "يوم السبت.\n"
    "مدير استانا مارك بييفر صرح : \" فينو ينفي اي تلاعب بالدم .\" وأضاف أن فريقه كان في حالة صدمة بعد الأحداث.\n"
)


def test_the_titles_organisation_is_no_part_of_the_name():
    article = Article(id="a", source="a", text=TEXT, language="ar", published=date(2007, 7, 24))
    people = {m.span.text: m.role_span.text if m.role_span else None
              for m in analyze(article, Settings().text).entities if m.type == "PERSON"}
    assert "استانا مارك بييفر" not in people
    assert people.get("مارك بييفر") == "مدير استانا"


def test_a_quote_read_from_an_organisations_statement_is_its():
    # M0034 (dev): 'وقال "…" قراءة في بيان فريق استانا' (read in a statement of the Astana
    # team) went to the rider named before
    text = TEXT + ('كما فاز فينوكوروف مرحلة أمس. وقال "هناك وجود اختلاط في الدم ، مما يلمح الى انه كان هناك نقل دم '
                   'مع دم متشاكل،" قراءة في بيان فريق استانا.\n')
    article = Article(id="a", source="a", text=text, language="ar", published=date(2007, 7, 24))
    quotes = analyze(article, Settings().text).quotes
    assert [q.speaker_name for q in quotes if q.text.startswith("هناك")] == ["فريق استانا"]
