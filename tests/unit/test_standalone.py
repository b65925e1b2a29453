"""Sentences that stand alone (#20): datelines and credits, dangling openings, promos and notes.

Passages are real: GVC (local news, CC BY 4.0), MultiLing 2011 (WikiNews, CC BY 3.0),
Wikinews-timeline (CC BY 3.0/4.0), and the bundled example (see NOTICE).
"""

from __future__ import annotations

import pytest

from synoptic.write.standalone import dangles, is_promo, lead_offset, not_a_statement


@pytest.mark.parametrize(
    "text, rest",
    [
        ("HUDSON, Fla. (AP) - A 12-year-old boy was cooking with his older brother when an argument erupted.",
         "A 12-year-old boy was cooking"),
        ("CINCINNATI (AP) — An Ohio prosecutor says he will take the case of the self-inflicted gunshot "
         "death of a 3-year-old boy to a grand jury.", "An Ohio prosecutor says"),
        ("EUREKA, Mo. (AP) – A woman and child have been found dead in a hotel room near Six Flags St. Louis, "
         "and authorities suspect murder-suicide.", "A woman and child"),
        ("NEW HAVEN, Conn., Oct. 27 (UPI) -- One person was killed and five others injured.", "One person was"),
        ("(CNN) Police say they've captured the man accused of shooting.", "Police say"),
        ("By JONATHAN MILTON, Associated Press\nCINCINNATI (AP) — An Ohio prosecutor says he will take the case.",
         "An Ohio prosecutor"),
        # MultiLing 2011 M000: a Wikinews dateline run into the first sentence (English, Arabic)
        ("Tuesday, January 18, 2005Through a telethon, Romanians have raised 15 billion lei.", "Through a telethon"),
        ("الثلاثاء 18 يناير، 2005 ومن خلال حملة تلفزيونية في يوم الاهداء 2004، جمع الرمانيون 15 مليار لي.",
         "ومن خلال حملة"),
        ("السبت 26 أذار 2005 ، الأرقام الصادرة عن منظمة أوكسفام الدولية اليوم كشفت أن ما يصل إلى أربعة أضعاف.",
         "الأرقام الصادرة"),
    ],
)
def test_dateline_byline_and_credit_are_cut_from_the_sentence(text, rest):
    cut = lead_offset(text)
    assert cut > 0 and text[cut:].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "By Sunday night, their relatives had gotten worried, so Shauna Washington's mother, Diane Minor, "
        "and a cousin went to the family's home.",  # GVC: "By" is a preposition here
        "The United Nations Children's Fund (UNICEF) said the camps were full.",
        "U.S. Secretary of State Antony Blinken stressed Sunday that Russia had to choose.",
        "Top U.S. and Russian officials held crucial talks Monday with tensions soaring over Ukraine.",
        "On January 18, 2005 police said the telethon had raised 15 billion lei.",  # "On": no dateline
        "January 18, 2005 was the day the telethon closed.",
    ],
)
def test_a_sentence_without_dateline_is_left_whole(text):
    assert lead_offset(text) == 0


@pytest.mark.parametrize(
    "text, language",
    [
        ("He pleaded innocent to the five charges brought against him, but the ten person jury took five hours "
         "to find him guilty.", "en"),
        ("Another crewman has a broken leg.", "en"),
        # Gun Violence Corpus (CC BY 4.0): the place of the sentence before it
        ("That's south of Jefferson and east of Clairpointe Ave.", "en"),
        ("It's the third shooting in the block this year.", "en"),
        ("The two diplomats had already met informally in the Swiss city on Sunday evening.", "en"),
        ("But the talks ended without an agreement.", "en"),
        ("Hij demonstreerde de Wikipedia Dashboard widget.", "nl"),
        ("Ils ont été arrêtés dimanche à Paris.", "fr"),
        ("Die beiden Minister trafen sich am Montag in Genf.", "de"),
        ("Sin embargo, el gobierno no respondió.", "es"),
        ("وهو ما أكده المتحدث باسم الحكومة.", "ar"),
        # MultiLing 2011 M007 (WikiNews, CC BY 3.0): whom the jury sentenced is in the sentence
        # before; the brief put it after another man's
        ("Le jury l'a condamné à dix ans de prison.", "fr"),
        ("El jurado lo ha condenado a diez años de prisión.", "es"),
        ("La giuria l'ha condannato a dieci anni di carcere.", "it"),
    ],
)
def test_openings_that_need_an_earlier_sentence(text, language):
    assert dangles(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("This week the talks resumed in Geneva.", "en"),
        ("Top U.S. and Russian officials held crucial talks Monday.", "en"),
        ("Het vliegtuig stortte neer in de Atlantische Oceaan.", "nl"),  # "het" the article
        ("وقال المتحدث باسم الحكومة إن الانفجار وقع صباحا.", "ar"),  # "و" opens most Arabic sentences
        ("Les responsables brésiliens ont précédemment indiqué que les boîtes pouvaient être au fond.", "fr"),
        ("L'armée a confirmé qu'elles faisaient partie de celles requises par l'ACLU.", "fr"),  # an article
        ("La police a arrêté trois hommes lundi.", "fr"),
        ("La città è rimasta chiusa per tre giorni.", "it"),
    ],
)
def test_openings_that_stand_alone(text, language):
    assert not dangles(text, language)


def test_promos_captions_and_editor_notes_are_not_statements():
    assert is_promo("Read in their words today whatever you like.", "en")  # the bundled example
    assert not is_promo("Police read the statement on Monday.", "en")
    assert not is_promo('"Read the room," the senator said.', "en")
    assert not_a_statement("[See attached related story for more details on the shooting.]", "en")
    assert not_a_statement("Police said the man was armed. (Photo: Reuters) The car was found later.", "en")
    assert not not_a_statement("Russia invaded in 2014 and continues to occupy the Crimean peninsula.", "en")


def test_arabic_continuations_and_dutch_connectives_dangle():
    # MultiLing 2011 M007 (Arabic), Wikinews-timeline (Dutch, Ryanair)
    assert dangles("والتقصير في أداء الواجب فيما يتعلق بهذا القانون.", "ar")
    assert dangles("حيث أن التعذيب وغيره من الانتهاكات ضد المعتقلين في حجز الولايات المتحدة في العراق مستمرة.", "ar")
    # a verb whose subject is the sentence before's: a particle or a preposition stands
    # where its subject would (MultiLing 2011 M007, M000), unlike "وقال المتحدث"
    assert dangles("واتهم بالاعتداء على السجناء من أجل المتعة.", "ar")
    assert dangles("وأضاف أن خبراء في الرفات البشرية كانوا في طريقهم إلى موقع الإصلاح لدراسة نتائج البحث.", "ar")
    assert not dangles("وقال المتحدث إن خبراء في الرفات البشرية كانوا في طريقهم.", "ar")
    assert not dangles("ومن المتوقع أن ينتهي مؤتمر بالي يوم الجمعة.", "ar")
    assert dangles("Hiermee heeft Ryanair in totaal 230 machines in bestelling staan bij de Amerikaanse fabrikant.", "nl")


def test_a_piece_of_a_longer_quote():
    from synoptic.write.standalone import quote_piece

    assert quote_piece("“Daarnaast zijn de operationele kosten per vliegtuig het laagst.")
    assert not quote_piece("Sherman called the discussion “frank and straightforward.”")


def test_a_sponsor_s_notice_about_the_publication_is_no_statement():
    # AEB development page (a podcast's show notes): the brief's summary ended on "This
    # week's Tennis Podcast is sponsored by the Davis Cup by Rakuten Madrid Finals, which
    # takes place 18-24 November."; who sponsors what the news tells of is news
    from synoptic.write.standalone import not_a_statement

    notice = ("This week's Tennis Podcast is sponsored by the Davis Cup by Rakuten Madrid Finals, which takes "
              "place 18-24 November.")
    assert not_a_statement(notice, "en")
    assert not_a_statement("- " + notice, "en")
    assert not not_a_statement("The rally was sponsored by the union.", "en")
    assert not not_a_statement("This year's march is sponsored by the union and begins at noon.", "en")
    assert not not_a_statement("This was supported by the mayor, officials said.", "en")


@pytest.mark.parametrize("text, language, expected", [
    # MultiLing 2011 M004 in French (dev): in the brief it followed Yvo de Boer's sentence,
    # though "il" is Ban Ki-moon, named sentences before it in its article
    ("« Honnêtement et de manière réaliste, il est peut être trop ambitieux pour les délégués d'espérer trouver "
     "un accord sur les objectifs de réduction sur l'émission de gaz à effet de serre », a-t-il dit.", "fr", True),
    ('"Rebuilding starts now," she said.', "en", True),
    ('"Rebuilding starts now," he told reporters.', "en", True),
    # the speaker named in the cue, or a quoted name that is the sentence's subject
    ('"Rebuilding starts now," Mayor Ray Nagin said.', "en", False),
    ('"Rebuilding starts now," said Nagin, who met him.', "en", False),
    ("« Le Grand Départ » aura lieu à Londres.", "fr", False),
])
def test_a_quote_whose_speaker_is_a_pronoun_needs_the_sentence_that_names_him(text, language, expected):
    assert dangles(text, language) is expected
