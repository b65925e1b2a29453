"""Time expressions on hand-written passages in several styles, with expected outputs by hand."""

from __future__ import annotations

from datetime import date

import pytest

from synoptic.compare import reference_date
from synoptic.model import Article, ArticleAnalysis, Span, TimeRef
from synoptic.settings import CompareSettings, TextSettings, TimeSettings
from synoptic.text import timex
from synoptic.text.sentences import split_sentences


def _article(text: str, language: str = "en", published: date | None = None, aid: str = "a"):
    return Article(id=aid, source=aid, text=text, language=language, published=published)


def _times(text: str, language: str = "en", published: date | None = None) -> list[TimeRef]:
    article = _article(text, language, published)
    refs = timex.extract_times(article, split_sentences(article), TimeSettings())
    for r in refs:
        assert text[r.span.start : r.span.end] == r.span.text
    return refs


def _pairs(refs: list[TimeRef]) -> list[tuple[str, str | None]]:
    return [(r.span.text, r.value.isoformat() if r.value else None) for r in refs]


# (style, language, publication date, text, expected [(span, resolved ISO date or None)])
PASSAGES = [
    (
        "US wire, past and future weekdays",
        "en",
        date(2023, 5, 16),  # a Tuesday
        "WASHINGTON (AP) — The Senate voted on Tuesday to confirm the nominee, ending a fight "
        "that began in March 2021. Lawmakers will return on Monday.",
        [("Tuesday", "2023-05-16"), ("March 2021", "2021-03-01"), ("Monday", "2023-05-22")],
    ),
    (
        "UK paper, month without year and a past weekday",
        "en",
        date(2019, 3, 12),  # a Tuesday
        "Britain's parliament will vote again on Thursday on the deal, which MPs rejected by "
        "230 votes in January. Some 1.2 million people signed a petition last week, and the "
        "pound fell 0.5% on Monday.",
        [
            ("Thursday", "2019-03-14"),
            ("January", "2019-01-01"),
            ("last week", None),  # no week precision: found, not resolved
            ("Monday", "2019-03-11"),
        ],
    ),
    (
        "Reuters dateline with weekday, no publication date",
        "en",
        None,
        "LONDON, Tuesday 12 March 2019 (Reuters) - Nearly 40,000 workers walked out on Friday, "
        "the biggest strike since 1989, union leaders said.",
        [("Tuesday 12 March 2019", "2019-03-12"), ("Friday", None), ("since 1989", "1989-01-01")],
    ),
    (
        "French agency copy",
        "fr",
        date(2022, 1, 10),  # a Monday
        "Le président a annoncé lundi que près de 13 000 soldats seraient déployés. La réunion "
        "aura lieu jeudi à Vienne. Des dizaines de milliers de manifestants ont défilé hier à Paris.",
        [("lundi", "2022-01-10"), ("jeudi", "2022-01-13"), ("hier", "2022-01-09")],
    ),
    (
        "Spanish agency copy",
        "es",
        date(2022, 3, 1),  # a Tuesday
        "El gobierno anunció el lunes que unos 5.000 soldados llegarán a la frontera el próximo "
        "viernes. Miles de personas protestaron ayer en Madrid. La pandemia comenzó el 3 de marzo "
        "de 2020.",
        [
            ("lunes", "2022-02-28"),
            ("el próximo viernes", "2022-03-04"),
            ("ayer", "2022-02-28"),
            ("el 3 de marzo de 2020", "2020-03-03"),
        ],
    ),
    (
        "US local news: age and time of day are not dates",
        "en",
        date(2022, 1, 3),  # a Monday
        "The 45-year-old mayor, who has served since 2014, said Friday that up to 300 homes were "
        "destroyed. A town hall is scheduled for Jan. 5 at 9:30 a.m.",
        [("since 2014", "2014-01-01"), ("Friday", "2021-12-31"), ("Jan. 5", "2022-01-05")],
    ),
    (
        "Business wire",
        "en",
        date(2021, 11, 4),  # a Thursday
        "The company said on Wednesday it would cut 1,200 jobs after posting a $2.3 billion loss. "
        "Shares fell 12% yesterday.",
        [("Wednesday", "2021-11-03"), ("yesterday", "2021-11-03")],
    ),
    (
        "Offsets against the publication date",
        "en",
        date(2018, 9, 20),
        "Three years ago, the dam burst, killing at least 62 people. Eight years after the first "
        "warning, engineers say hundreds of homes remain at risk. A report is due next month.",
        [
            ("Three years ago", "2015-01-01"),
            ("Eight years after", "2010-01-01"),
            ("next month", "2018-10-01"),
        ],
    ),
    (
        "ISO and unambiguous numeric dates",
        "en",
        None,
        "The filing, dated 2021-07-15, lists 57 creditors. A hearing was set for 08/30/2021, "
        "court records show.",
        [("2021-07-15", "2021-07-15"), ("08/30/2021", "2021-08-30")],
    ),
    (
        "Labels and phone numbers are not dates",
        "en",
        None,
        "The Nord Stream 2 pipeline runs under the Baltic Sea. Call 555-123-4567 for details. "
        "Article 5 of the treaty was invoked once.",
        [],
    ),
    (
        "French explicit date and a month since",
        "fr",
        date(2022, 2, 8),
        "Les négociations ont débuté le mardi 8 février 2022 à Genève. Environ 150 000 soldats "
        "russes sont massés à la frontière depuis décembre.",
        [("mardi 8 février 2022", "2022-02-08"), ("depuis décembre", "2021-12-01")],
    ),
    (
        "Wire style: Sunday evening, weekday in the past perfect",
        "en",
        date(2022, 1, 10),
        "The two envoys had already met informally on Sunday evening. Talks resume Wednesday "
        "and a summit will follow on Friday.",
        [("Sunday evening", "2022-01-09"), ("Wednesday", "2022-01-12"), ("Friday", "2022-01-14")],
    ),
    (
        # Wikinews in Dutch (CC BY 2.5), 18 September 2008, a Thursday: "until Friday" looks ahead
        "Dutch: until a weekday, a coming weekday",
        "nl",
        date(2008, 9, 18),
        "De Russische overheid houdt alle aandelenbeurzen dicht tot vrijdag, waaronder ook de MICEX "
        "en RTS.",
        [("vrijdag", "2008-09-19")],
    ),
    (
        # Wikinews in Dutch (CC BY 2.5), 4 September 2008 (Thursday): a participle is past;
        # "tot" before a figure is "to", no limit ahead
        "Dutch: a participle and 'tot' before a figure",
        "nl",
        date(2008, 9, 4),
        "CNNMoney.com wijst naar de prijsstijging van Treasury bonds ten gevolge van woensdag "
        "gepubliceerde cijfers die erop wijzen dat de Amerikaanse economie het ook in 2009 moeilijk "
        "zal hebben. De Dow daalde met 344,65 punten tot 11.188,23, een daling van 2,99 procent ten "
        "opzichte van het moment waarop de beurs op woensdag sloot. De index zou komende vrijdag "
        "weer kunnen stijgen.",
        [("woensdag", "2008-09-03"), ("2009", "2009-01-01"), ("woensdag", "2008-09-03"),
         ("vrijdag", "2008-09-05")],
    ),
]


@pytest.mark.parametrize(
    "style,language,published,text,expected", PASSAGES, ids=[p[0] for p in PASSAGES]
)
def test_passages(style, language, published, text, expected):
    assert _pairs(_times(text, language, published)) == expected


def test_relative_refs_stay_unresolved_without_anchor_and_resolve_later():
    text = "The ministers met on Sunday and will meet again on Thursday, ahead of talks in 2024."
    refs = _times(text)
    assert _pairs(refs) == [("Sunday", None), ("Thursday", None), ("2024", "2024-01-01")]
    assert [r.relative for r in refs] == [True, True, False]
    resolved = timex.resolve_times(refs, date(2022, 1, 10))  # a Monday
    assert _pairs(resolved) == [
        ("Sunday", "2022-01-09"),
        ("Thursday", "2022-01-13"),
        ("2024", "2024-01-01"),
    ]
    # the input records are not changed, and resolving again is stable
    assert refs[0].value is None
    assert _pairs(timex.resolve_times(resolved, date(2022, 1, 10))) == _pairs(resolved)


def test_same_weekday_as_anchor_is_the_anchor_unless_last_or_next():
    refs = _times("Talks opened on Monday. They had failed last Monday; next Monday they resume.")
    resolved = timex.resolve_times(refs, date(2022, 1, 10))
    assert _pairs(resolved) == [
        ("Monday", "2022-01-10"),
        ("last Monday", "2022-01-03"),
        ("next Monday", "2022-01-17"),
    ]


def test_month_and_day_without_year_take_the_nearest_year():
    refs = _times("The truce signed on December 28 held until January 3.")
    resolved = timex.resolve_times(refs, date(2022, 1, 10))
    assert _pairs(resolved) == [("December 28", "2021-12-28"), ("January 3", "2022-01-03")]


def test_lowercase_may_and_march_are_not_months():
    assert _times("Troops may march on the capital, officials said.") == []
    assert _pairs(_times("Elections are due in May 2024.")) == [("May 2024", "2024-05-01")]


def test_year_or_count():
    assert _pairs(_times("About 2000 people fled, up from 1500 in 2019.")) == [
        ("2019", "2019-01-01")
    ]
    assert _pairs(_times("the 2014 annexation")) == [("2014", "2014-01-01")]
    assert _times("Prices rose 2015% and 2016 troops arrived.") == []


def test_a_definite_article_makes_no_this_year_without_its_modifier():
    published = date(2007, 12, 15)
    # "l'année 2050" is the year 2050, not this year; "l'an passé" is last year
    assert _pairs(_times("Réduire les émissions d'ici l'année 2050, comme l'an passé.", "fr", published)) == [
        ("2050", "2050-01-01"), ("l'an passé", "2006-01-01")]
    assert _pairs(_times("El año 2020 y el mes pasado.", "es", published)) == [
        ("2020", "2020-01-01"), ("el mes pasado", "2007-11-01")]


def test_capitalized_spanish_weekday_mid_sentence_is_a_name():
    assert _times("Cantó Plácido Domingo en Madrid.", "es") == []


def test_parse_expression_round_trips_spans():
    text = (
        "On Monday January 10, 2022, since 2014, in December, Sunday night, three weeks ago, "
        "il y a deux ans, hace tres días, le 3 mars 2020, yesterday."
    )
    for ref in _times(text):
        assert timex.parse_expression(ref.span.text) is not None, ref.span.text


def test_resolve_keeps_unparseable_refs():
    odd = TimeRef(Span("a", 0, 5, "xyzzy"), value=date(2020, 1, 1), precision="day")
    assert timex.resolve_times([odd], date(2022, 1, 1))[0].value == date(2020, 1, 1)


def test_odd_input_never_crashes_and_spans_stay_exact():
    import random

    from synoptic.text import quantities

    rng = random.Random(7)
    words = (
        "Monday January 0 10 2022 999 decades ago since 1800 in December last week 100,000 "
        "troops tens of thousands of more than 13.000,5 € $ 1/1/2099 2099-12-31 31/02/2020 "
        "lundi 31 février hace 999 años 0 people 9999999999999999999999 - – . , ; \n yesterday "
        "el próximo viernes la mañana İstanbul ß Σ"
    ).split(" ")
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        article = _article(text, rng.choice(["en", "fr", "es", None]))
        sents = split_sentences(article)
        refs = timex.extract_times(article, sents, TimeSettings())
        found = quantities.extract_quantities(article, sents, TextSettings())
        for x in [*refs, *found]:
            assert text[x.span.start : x.span.end] == x.span.text
        for anchor in (date(1, 1, 2), date(2022, 1, 10), date(9999, 12, 30)):
            timex.resolve_times(refs, anchor)
        reference_date.infer_reference_date(
            [article],
            {article.id: ArticleAnalysis(article.id, sents, times=refs)},
            None,
            CompareSettings(),
        )


@pytest.mark.parametrize(
    "language,text,expected",
    [
        (
            "de",
            "Die Gespräche begannen am Montag, 10. Januar 2022, in Genf. Gestern trafen sich "
            "die Minister.",
            [("Montag, 10. Januar 2022", "2022-01-10"), ("Gestern", "2022-01-09")],
        ),
        (
            "cs",
            "Jednání začala v pondělí 10. ledna 2022 v Ženevě. Včera se ministři sešli.",
            [("pondělí 10. ledna 2022", "2022-01-10"), ("Včera", "2022-01-09")],
        ),
        (
            "el",
            "Οι συνομιλίες ξεκίνησαν τη Δευτέρα 10 Ιανουαρίου 2022 στη Γενεύη.",
            [("Δευτέρα 10 Ιανουαρίου 2022", "2022-01-10")],
        ),
    ],
)
def test_other_languages_from_dateparser_data(language, text, expected):
    refs = timex.resolve_times(_times(text, language), date(2022, 1, 10))
    assert _pairs(refs) == expected


def test_other_language_names_need_the_language():
    assert _times("Die Gespräche begannen am Montag.", None) == []


def test_weekday_modifiers_after_the_name():
    refs = _times("Se reunieron el lunes pasado y volverán el lunes próximo.", "es")
    assert _pairs(timex.resolve_times(refs, date(2022, 1, 10))) == [
        ("lunes pasado", "2022-01-03"),
        ("lunes próximo", "2022-01-17"),
    ]
    refs = _times("Ils se sont vus lundi dernier, puis lundi soir.", "fr")
    assert _pairs(timex.resolve_times(refs, date(2022, 1, 10))) == [
        ("lundi dernier", "2022-01-03"),
        ("lundi soir", "2022-01-10"),
    ]


def test_present_tense_schedule_reads_as_future():
    refs = _times("The talks, which began on Sunday, resume on Thursday. The summit opens Friday.")
    assert _pairs(timex.resolve_times(refs, date(2022, 1, 10))) == [
        ("Sunday", "2022-01-09"),
        ("Thursday", "2022-01-13"),
        ("Friday", "2022-01-14"),
    ]


def test_a_passive_infinitive_looks_ahead_unless_it_reports_a_fact():
    refs = _times("The phone, long rumored to be released in May, got a date. "
                  "The man was said to be taken to hospital on Monday.")
    assert _pairs(timex.resolve_times(refs, date(2013, 4, 24))) == [
        ("May", "2013-05-01"),
        ("Monday", "2013-04-22"),
    ]


def test_a_month_in_last_year_takes_the_year_before_the_reports():
    # ECB+ (CC BY 3.0), topic 37 (Aceh quake, July 2013): "In April last year an
    # 8.6-magnitude quake struck ..." was placed in April 2013, the report's own year
    text = (
        "In April last year an 8.6-magnitude quake struck 431 kilometres off Banda Aceh. "
        "El sismo de abril del año pasado y el de marzo del año que viene."
    )
    resolved = timex.resolve_times(_times(text), date(2013, 7, 2))
    assert _pairs(resolved) == [
        ("April last year", "2012-04-01"),
        ("abril del año pasado", "2012-04-01"),
        ("marzo del año que viene", "2014-03-01"),
    ]


def test_since_a_month_of_a_year_is_that_month():
    # Wikinews (CC BY 2.5), 27 October 2008: "since October" had taken the words and left
    # the year, so the Nikkei's low "not seen since October 1982" was dated October 2008
    found = timex.find_times("Japan's Nikkei fell to lows not seen since October 1982 as the", "en", TimeSettings())
    assert [(f.expr.kind, f.expr.year, f.expr.month, f.expr.since) for f in found] == [("month", 1982, 10, True)]


def test_coming_from_is_movement_not_the_future():
    # Gun Violence Corpus (CC BY 4.0), a development incident read at stop 30's review: in a
    # Monday report "gunshots at 3:37 a.m. Sunday coming from The Underground" was dated to
    # the next Sunday; "coming" before a preposition is the verb of movement
    from synoptic.text.timex_tense import clause_direction

    text = ("Police said that an officer heard several gunshots at 3:37 a.m. Sunday coming from The "
            "Underground, a club at Belmont and Junction avenues in central city.")
    start = text.index("Sunday")
    assert clause_direction(text, start, start + 6, TimeSettings()) == -1
    ahead = "Officials said talks on the budget resume Sunday, with more meetings in the coming days."
    start = ahead.index("Sunday")
    assert clause_direction(ahead, start, start + 6, TimeSettings()) == 1


def test_planned_with_its_object_is_a_past_verb():
    # Gun Violence Corpus (CC BY 4.0), incident 717231 (train), News 3, a Tuesday report: the
    # robbery of the Friday before was dated to the next Friday ("planned" read as "a planned ...")
    text = "They believe the boys planned the theft before carrying it out Friday evening."
    refs = _times(text, published=date(2016, 12, 6))
    assert _pairs(refs) == [("Friday evening", "2016-12-02")]
    ahead = "Organizers said a planned rally Friday would go ahead."
    assert [v for _, v in _pairs(_times(ahead, published=date(2016, 12, 6)))] == ["2016-12-09"]


def test_arabic_future_and_past_cues():
    # MultiLing 2011 development topic M004 (CC BY 3.0), a report of Thursday 13 December
    # 2007: "Friday will be the last day of the talks" was dated to the Friday before
    from synoptic.text.timex_tense import clause_direction

    text = ("بعد اسبوعين تقريبا من المفاوضات ، وهذه السنة مؤتمر الأمم المتحدة الإطارية بشأن تغير المناخ "
            "يتجه إلى نهايته ، يوم الجمعة سيكون اليوم الأخير من المحادثات ، مع امكانية تمديد حتى يوم "
            "السبت إذا تعذر التوصل إلى اتفاق مسبق.")
    start = text.index("الجمعة")
    assert clause_direction(text, start, start + len("الجمعة"), TimeSettings()) == 1
    past = "وقال المتحدث يوم الجمعة إن المحادثات كانت صعبة."
    start = past.index("الجمعة")
    assert clause_direction(past, start, start + len("الجمعة"), TimeSettings()) == -1
    expected = "ومن المتوقع أن ينتهي مؤتمر بالي يوم الجمعة."
    start = expected.index("الجمعة")
    assert clause_direction(expected, start, start + len("الجمعة"), TimeSettings()) == 1
