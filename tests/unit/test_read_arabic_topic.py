"""MultiLing 2011 topic M005 in Arabic (Chile's earthquake and aftershocks, 2010; CC BY 3.0),
development, read as a reader at stop 34: the October reports' "on 27 February" was listed as
scheduled for the February to come, and "at least 2000 people" as the year 2000."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import TimeSettings
from synoptic.text.sentences import split_sentences
from synoptic.text.timex import extract_times, is_year_like


def _dates(text: str, published: date, language: str = "ar") -> list[date | None]:
    article = Article(id="a", source="a", text=text, language=language, published=published)
    return [t.value for t in extract_times(article, split_sentences(article), TimeSettings())]


def test_a_day_and_month_far_ahead_with_no_future_word_is_the_one_before():
    text = "في 27 فبراير ,زلزال تسونامي دمر تماما بيشلومو الأكثر الساحلية والقرى القديمة.\n"
    assert _dates(text, date(2010, 10, 22)) == [date(2010, 2, 27)]
    # near days stay the nearest, whatever the tense (ESC development: "a May 10 deadline")
    text = "The judge has given him a May 10 deadline, the news wire said.\n"
    assert _dates(text, date(2013, 5, 2), "en") == [date(2013, 5, 10)]
    # a future clause looks ahead however far
    text = "The trial will open on February 27.\n"
    assert _dates(text, date(2010, 10, 22), "en") == [date(2011, 2, 27)]


def test_no_less_than_2000_people_is_a_count():
    text = "قدر رئيس بلدية كوردوفا ان ما لا يقل 2000 شخصا كانوا يقيمون في المدينة."
    i = text.index("2000")
    assert not is_year_like(text, i, i + 4)


def test_a_headline_loses_its_full_stop_an_abbreviation_keeps_its():
    from synoptic.model import Article
    from synoptic.settings import Settings
    from synoptic.write.title import story_title

    settings = Settings()

    def title(headline: str) -> str:
        article = Article(id="a", source="a", text="Body text of the report here.", title=headline, language="ar")
        return story_title([article], [], settings.write, settings.compare.clarity)

    assert title("زلزال جديد يضرب تشيلي.") == "زلزال جديد يضرب تشيلي"
    assert title("Talks stall between the two sides, says U.S.") == "Talks stall between the two sides, says U.S."
    assert title("Waiting for the verdict...") == "Waiting for the verdict..."
