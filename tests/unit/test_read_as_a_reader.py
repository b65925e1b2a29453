"""Passages read in briefs of stories nobody had tuned to (Wikinews trial in Dutch,
MultiLing 2011 development topic M003 in Arabic; both CC BY), each a defect a reader saw."""

from __future__ import annotations

from synoptic.clean import clean_document
from synoptic.model import Article, Document
from synoptic.settings import CleanSettings, TimeSettings
from synoptic.text.quote_marks import find_quoted
from synoptic.text.sentences import split_sentences
from synoptic.text.timex_tense import clause_direction


def test_a_wiki_image_caption_left_before_the_prose_is_cut_as_a_caption():
    # "Steve Jobs Credit" had become a person of the brief
    raw = ("Apple kondigt nieuwe iPods aan\n\n"
           "Apple CEO Steve Jobs Credit: mylerdude]] Apple brengt verscheidene nieuwe ontwerpen van de "
           "populaire iPod-collectie uit.\n")
    article = clean_document(Document("nl", "nl.txt", raw), CleanSettings())
    assert article.text.startswith("Apple brengt verscheidene nieuwe ontwerpen")
    assert any(r.reason == "caption" and r.text.endswith("mylerdude]]") for r in article.removed)


def test_a_headline_ending_with_a_full_stop_over_a_lone_dateline_is_the_title():
    raw = ("سباق فرنسا للدراجات : ذو القميص الأصفر  راسموسن تم ابعاده من السباق.\n\n"
           "الأربعاء 25 يوليو 2007\n\n"
           "صاحب القميص الاصفر الحالي، مايكل راسموسن تم ابعاده من سباق فرنسا للدراجات 2007 من قبل فريقه.\n")
    article = clean_document(Document("ar", "M0031.arabic.txt", raw), CleanSettings())
    assert article.title.startswith("سباق فرنسا للدراجات")
    assert article.text.startswith("صاحب القميص")


def test_a_lead_paragraph_is_not_taken_for_a_headline():
    raw = ("The council voted on Tuesday to close the old bridge to traffic for two years of repairs.\n\n"
           "Work begins in May.\n")
    article = clean_document(Document("en", "en.txt", raw), CleanSettings())
    assert not article.title


def test_an_arabic_sentence_run_into_the_next_without_a_space_ends_at_its_full_stop():
    text = ("فاز الكسندر فينوكوروف من كازاخستان بالمرحلة 13 من سباق فرنسا للدراجات 2007.انهى فينوكوروف "
            "الجوله الفرديه في السباق. قال د.محمد ذلك.")
    got = [s.span.text for s in split_sentences(Article(id="a", source="a", text=text, language="ar"))]
    assert got == [
        "فاز الكسندر فينوكوروف من كازاخستان بالمرحلة 13 من سباق فرنسا للدراجات 2007.",
        "انهى فينوكوروف الجوله الفرديه في السباق.",
        "قال د.محمد ذلك.",
    ]


def test_an_elided_word_after_a_single_quote_opens_no_quotation():
    # Dutch "foto ‘s" (plural) had opened a quote running to the sentence's end
    text = "De schermindeling biedt toegang tot muziek, video, foto ‘s en de iTunes Store."
    assert find_quoted(text) == []
    quoted = "He called it ‘a disgrace’ and left."
    assert [quoted[s:e] for q in find_quoted(quoted) for s, e in q.pieces] == ["a disgrace"]


def test_present_tense_scheduling_verbs_look_ahead_in_other_languages():
    # "De zaak begint op woensdag" (published on a Tuesday) had been dated the Wednesday before
    for sentence, day in [
        ("De zaak begint op woensdag voor het koninklijk gerechtshof in het centrum van Londen.", "woensdag"),
        ("Le procès s'ouvre lundi à Paris.", "lundi"),
        ("Der Prozess beginnt am Montag in Berlin.", "Montag"),
    ]:
        i = sentence.index(day)
        assert clause_direction(sentence, i, i + len(day), TimeSettings()) == 1, sentence
    past = "Le procès a commencé lundi à Paris."
    i = past.index("lundi")
    assert clause_direction(past, i, i + 5, TimeSettings()) == -1


def _people(text: str) -> list[tuple[str, str | None]]:
    from synoptic.settings import Settings
    from synoptic.text import analyze

    analysis = analyze(Article(id="a", source="a", text=text, language="en"), Settings().text)
    return [(text[m.span.start : m.span.end], m.role) for m in analysis.entities if m.type == "PERSON"]


def test_a_second_title_before_a_two_word_name_keeps_the_name_whole():
    # GVC (CC BY 4.0), a New Haven nightclub shooting: "Hartman" named alone later had cut
    # "Officer David Hartman" to a person "David"
    text = ("Police spokesman Officer David Hartman said an officer rushed into the club this morning.\n\n"
            "The victims were located within the club, and Hartman said all available officers were sent.\n")
    assert ("David Hartman", "Police spokesman Officer") in _people(text)


def test_a_capital_elision_after_a_given_name_is_part_of_the_surname():
    text = "Cretella worked out the deal with Assistant State’s Attorney Lisa D’Angelo.\n"
    assert ("Lisa D’Angelo", "State’s Attorney") in _people(text)


def test_words_of_a_title_are_no_persons_name():
    text = "Cretella worked out the deal with Senior Assistant State’s Attorney Michael Pepper.\n"
    people = _people(text)
    assert ("Michael Pepper", "State’s Attorney") in people
    assert not any(name.startswith("Assistant") for name, _ in people)


def test_a_nationality_after_a_french_title_stays_with_the_title():
    # MultiLing 2011 M002 (French, CC BY): "Ministre Britannique" had become a person
    from synoptic.settings import Settings
    from synoptic.text import analyze

    text = ("Le président Iranien Mahmoud Ahmadinejad a annoncé la libération.\n\n"
            "Le Premier Ministre Britannique Tony Blair a qualifié l'arrestation d'illégale.\n")
    analysis = analyze(Article(id="a", source="a", text=text, language="fr"), Settings().text)
    people = [(text[m.span.start : m.span.end], m.role) for m in analysis.entities if m.type == "PERSON"]
    assert people == [("Mahmoud Ahmadinejad", "président Iranien"), ("Tony Blair", "Premier Ministre Britannique")]


def test_a_surname_alone_joins_the_full_name_written_with_a_generation():
    from synoptic.link.name_forms import _person_tokens

    assert _person_tokens("John DeStefano Jr")[-1] == "DeStefano"
    assert _person_tokens("Martin Luther King Jr.")[-1] == "King"


def test_a_site_suffix_of_several_parts_leaves_the_headline():
    from synoptic.clean.outlet import split_title_suffix

    title = ("Marion County toddler injured in accidental shooting has died - KLTV.com - "
             "Tyler, Longview, Jacksonville |ETX News")
    head, tail = split_title_suffix(title)
    assert head == "Marion County toddler injured in accidental shooting has died"
    assert tail == "KLTV.com | Tyler, Longview, Jacksonville | ETX News"
    assert split_title_suffix("Man, 30, shot dead - police say - The Herald") == ("Man, 30, shot dead - police say", "The Herald")
    assert split_title_suffix("A well-known e-mail scam -spreads") == ("A well-known e-mail scam -spreads", None)


def test_a_dateline_closed_with_double_arrows_is_not_part_of_the_sentence():
    from synoptic.text.dateline import lead_offset

    text = "NEW HAVEN>> One woman is dead after a shooting at the Key Club Cabaret Saturday."
    assert text[lead_offset(text):].startswith("One woman is dead")


def test_a_capitalized_nationality_after_a_noun_is_no_person():
    # MultiLing M002 (French): "les quinze soldats Britanniques" had made "Britanniques" a soldier
    from synoptic.settings import Settings
    from synoptic.text import analyze

    text = ("Ahmadinejad a annoncé que les quinze soldats Britanniques de la Navy détenus par l'Iran "
            "seraient libérés.\n\nLe premier ministre a parlé avec le Consul Iranien à Londres.\n")
    analysis = analyze(Article(id="a", source="a", text=text, language="fr"), Settings().text)
    people = [text[m.span.start : m.span.end] for m in analysis.entities if m.type == "PERSON"]
    assert "Britanniques" not in people and "Consul Iranien" not in people


def test_an_italian_speaker_after_a_company_title_is_found():
    # Wikinews trial (it, CC BY): the sentence had been cut after "Apple Inc." and the
    # article "il" had been read as the French pronoun, the quote left unattributed
    from synoptic.settings import Settings
    from synoptic.text import analyze

    text = ('"Amiamo i Beatles ed è stato doloroso", ha dichiarato il CEO di Apple Inc. Steve Jobs.\n\n'
            "La controversia si dibatte tra il produttore di iPhone, Apple Inc. (che è stato consultato "
            "mercoledì per la prima volta) e Cisco.\n")
    article = Article(id="a", source="a", text=text, language="it")
    assert len(split_sentences(article)) == 2
    analysis = analyze(article, Settings().text)
    assert [q.speaker_name for q in analysis.quotes] == ["Steve Jobs"]


def test_a_gerund_or_an_admission_introduces_a_quote_in_spanish():
    # Wikinews trial (es, CC BY): both quotes were left unattributed
    from synoptic.settings import Settings
    from synoptic.text import analyze

    text = ('Durante la presentación del iPhone 4, Steve Jobs comenzó insinuando el incidente diciendo '
            '"Interrumpidme si ya habéis visto esto".\n\n'
            'Jobs reconoció que "un porcentaje muy pequeño de usuarios" estaba teniendo problemas con la antena.\n')
    analysis = analyze(Article(id="a", source="a", text=text, language="es"), Settings().text)
    assert [q.speaker_name for q in analysis.quotes] == ["Steve Jobs", "Steve Jobs"]


def test_the_authors_address_after_a_colon_is_a_byline():
    # GVC (CC BY 4.0), a Detroit shooting: it was listed as a fact the Free Press alone reported
    from synoptic.clean.lines import classify_line
    from synoptic.settings import LineSettings

    assert classify_line("Contact Emma Ockerman: eockerman@freepress.com", LineSettings()) == "byline"
    assert classify_line("Police said they had no contact with the suspect.", LineSettings()) is None
