"""Dates in Hebrew, Greek and Czech as the development articles write them (MultiLing 2011
M000-M005, CC BY 3.0; NOTICE credits it): a weekday made the last one by a word beside it
("ביום חמישי שעבר" written on a Thursday is the Thursday before), a day of the month as an
ordinal word ("בשביעי ביולי", "της εβδόμη Ιουλίου"), a Greek month in the accusative with
its year after the genitive article, a Czech month in the instrumental."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import TimeSettings
from synoptic.text.sentences import split_sentences
from synoptic.text.timex import extract_times, find_times


def _found(text: str, language: str) -> list[tuple[str, str, int | None, int | None, int | None]]:
    return [(text[f.start : f.end], f.expr.kind, f.expr.year, f.expr.month, f.expr.day)
            for f in find_times(text, language, TimeSettings())]


def _resolved(text: str, language: str, published: date) -> list[date | None]:
    article = Article(id="a", source="a.txt", text=text, language=language, published=published)
    return [t.value for t in extract_times(article, split_sentences(article), TimeSettings())]


def test_last_thursday_written_on_a_thursday_is_the_week_before():
    # M0012 in Hebrew, dated Thursday 14 July 2005: the police ask who saw Hussain "last Thursday"
    text = "המשטרה מבקשת לדעת אם מישהו ראה את חוסיין ביום חמישי שעבר בקרבת איזור קינגס קרוס."
    assert _resolved(text, "he", date(2005, 7, 14)) == [date(2005, 7, 7)]


def test_a_bare_thursday_written_on_a_thursday_stays_that_day():
    text = "המשטרה פשטה על בתים בלידס ביום חמישי."
    assert _resolved(text, "he", date(2005, 7, 14)) == [date(2005, 7, 14)]


def test_greek_and_czech_last_weekday_words():
    assert _found("Η αστυνομία τους συνέλαβε την περασμένη Πέμπτη στο Λονδίνο.", "el")[0][0] == "περασμένη Πέμπτη"
    assert _found("Policie je zatkla minulý čtvrtek v Londýně.", "cs")[0][0] == "minulý čtvrtek"


def test_a_day_as_an_ordinal_word():
    text = "52 אנשים נהרגו ומאות נפצעו בשביעי ביולי 2005, כשארבעת המחבלים המתאבדים פוצצו את עצמם."
    assert _found(text, "he") == [("בשביעי ביולי 2005", "date", 2005, 7, 7)]
    assert _found("Λεπτομέρειες σχετικά με την σύνδεση με την εβδόμη Ιουλίου δεν παρουσιάστηκαν.", "el")[0][3:] == (7, 7)


def test_a_greek_month_in_the_accusative_and_a_czech_one_in_the_instrumental():
    assert _found("Ο σεισμός στη Σουμάτρα το Δεκέμβριο του 2004 ήταν ο μεγαλύτερος.", "el") == [
        ("Δεκέμβριο του 2004", "month", 2004, 12, None)]
    assert [f[3:] for f in _found("Dobrovolníci pracovali v Lololu mezi 30. dubnem a 1. květnem.", "cs")] == [
        (4, 30), (5, 1)]


def test_a_weekday_without_a_word_beside_it_is_no_date_of_the_month():
    # "ביום חמישי" (on Thursday) is a weekday, not the fifth of a month
    assert [f[1] for f in _found("הם נעצרו ביום חמישי בערב.", "he")] == ["weekday"]


def test_an_ordinal_after_a_definite_noun_is_its_adjective_not_a_day():
    # M0013 in Hebrew: "the second set of attacks in July"; the arrest was on 29 July
    text = "מעורב לכאורה בסט הפיגועים השני ביולי בלונדון, אוסמן נעצר ברומא ב29 ביולי."
    assert [f[3:] for f in _found(text, "he")] == [(7, 29)]
    assert _found("אשר היכו בלונדון בבוקר השביעי ביולי, 2005.", "he")[0][2:] == (2005, 7, 7)


def test_a_year_after_a_noun_is_part_of_a_name_in_scripts_without_capitals():
    # M0010 in Hebrew: warrants issued under the Terrorism Act 2000 (it was the timeline's background)
    assert _found("לאחר שהצווים לפשיטות הונפקו עקב פעולות הטרור 2000.", "he") == []
    # M0000 in Arabic: the donations can be written off the 2004 tax returns
    assert _found("قد تشطب على عائداتها الضريبية 2004، وذلك بفضل مشروع القانون", "ar") == []


def test_a_year_after_a_preposition_or_a_noun_of_time_is_a_date():
    assert [f[2] for f in _found("بدون القانون الجديد، كان على المتبرعين الانتظار حتى عام 2006.", "ar")] == [2006]
    assert [f[2] for f in _found("ضحايا تسونامي في 2005 قد تشطب", "ar")] == [2005]
    assert [f[2] for f in _found("השיחות על משטר שינוי אקלים חדש לאחר 2012, שהוא", "he")] == [2012]
    assert _found("יום שבת, 26 מרס 2005", "he") == [("יום שבת, 26 מרס 2005", "date", 2005, 3, 26)]
