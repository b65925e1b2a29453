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


def test_a_paragraph_ending_on_a_labelled_photo_note_is_a_caption():
    # M0023: the caption of a file photo was the timeline's entry for 23 March, its note one for 2002
    from synoptic.write.standalone import caption_paragraph

    text = ("وقال بلير ان البحارة في المياه العراقية يوم 23 مارس.\n"
            "قارب قابل للنفخ تابع لدورية بريطانية مماثل لقاربين قد تم احتجازهم من قبل ايران يوم 23 مارس 2007. "
            "(ملف الصورة : زورق دورية المخصصة لكارديف سفينتى المشاهدة في العراق في عام 2002).\n")
    assert caption_paragraph(text, text.index("قارب"))
    assert caption_paragraph(text, text.index("(ملف"))
    assert not caption_paragraph(text, text.index("وقال"))
    english = "Shares of Acme (NYSE: ACME) fell on Monday after the report.\n"
    assert not caption_paragraph(english, 0)


def test_a_day_without_its_year_that_names_an_event_dates_no_entry():
    # MultiLing 2011 M0016 (dev) in English and Arabic: "the 7 July link" in an article of May
    # 2007 became an entry "scheduled" for 2007-07-07 (Arabic) or dated 2006-07-07 (English)
    from datetime import date

    from synoptic.settings import TimeSettings
    from synoptic.text.sentences import split_sentences
    from synoptic.text.timex import extract_times
    from synoptic.write.date_names import names_an_event

    def named(text: str, language: str) -> list[tuple[str, bool]]:
        article = Article(id="a", source="a", text=text, language=language, published=date(2007, 5, 1))
        return [(t.span.text, names_an_event(t, text))
                for t in extract_times(article, split_sentences(article), TimeSettings())]

    assert named("Opposition parties have now called for an independent inquiry into the 7 July link.", "en") == [
        ("the 7 July", True)]
    assert named("ودعت أحزاب المعارضة الآن لإجراء تحقيق مستقل في صلة 7 يوليو.", "ar") == [("7 يوليو", True)]
    assert named("The bombers struck London on July 7, 2005.", "en") == [("July 7, 2005", False)]
    assert not any(n for _, n in named("وقال الشرطة انه سيمثل امام المحكمة يوم 7 يوليو.", "ar"))


def _people(text: str) -> dict[str, str | None]:
    analysis = analyze(Article(id="a", source="a", text=text, language="ar"), Settings().text)
    return {m.span.text: m.role for m in analysis.entities if m.type == "PERSON"}


def test_a_team_is_no_person_and_the_teams_spokesman_is_the_role():
    # MultiLing 2011 M0034 in Arabic (dev): "فريق استانا" (team Astana) was a person, and
    # "the team's spokesman" Corinne Druey's role read "الفريق" (the team)
    text = ("أعلن فريق استانا اليوم ان الكسندر فينوكوروف من كازاخستان فشل في اختبار للدم عقب فوزه في الجوله "
            "التمهيديه يوم السبت.\n\" الفحوصات التي اجريت لفينو كانت ايجابيه ولها علاقة مع عملية نقل الدم ، والفريق "
            "يغادر الجولة ،\" حسب ما قال المتحدث باسم الفريق كورين دروي.\n")
    people = _people(text)
    assert "فريق استانا" not in people
    assert people["كورين دروي"] == "المتحدث باسم الفريق"


def test_in_the_team_alone_is_no_role():
    # M0033: "لزميل كونتادور بالفريق ليفي ليفيميار" (to Contador's teammate Levi Leipheimer)
    text = ("فاز البرتو كونتادور من إسبانيا بالتصنيف العام لجولة دو فرانس 2007. المركزالثالث لزميل كونتادور "
            "بالفريق ليفي ليفيميار من الولايات المتحدة, متخلفا 31 ثانية .\n")
    assert _people(text).get("ليفي ليفيميار") != "الفريق"


def test_a_first_line_running_headline_dateline_and_lede_together_gives_the_headline():
    # MultiLing 2011 M0016 in Arabic (dev): the story's title read on into the dateline and lede
    from synoptic.clean import clean_document
    from synoptic.model import Document
    from synoptic.settings import CleanSettings

    raw = ("تم العثور على خمس مذنبين في مؤامرة تفجيرات بريطانيا الثلاثاء 1 مايو 2007 يوم الاثنين تم العثور على خمسة "
           "رجال بتهمة التفجيرلدورهم في مؤامرة فاشلة لتنفيذ تفجيرات في المملكة المتحدة.\n"
           "وقد اعتقل الخمسة في عام 2004 في غارة للشرطة في عملية اطلق غليها عملية شق.\n")
    article = clean_document(Document("a", "M0016.txt", raw), CleanSettings())
    assert article.title == "تم العثور على خمس مذنبين في مؤامرة تفجيرات بريطانيا"
    # a full date with no weekday before it is part of what the line says
    from synoptic.clean.dates import headline_before_dateline

    line = "Survivors remember the 7 July 2005 bombings as the city falls silent for two minutes"
    assert headline_before_dateline(line) == line


def test_a_line_naming_a_ship_a_place_and_a_year_is_a_caption():
    # M0020: "HMS Cornwall at Zeebrugge in 2006" was the timeline's background for 2006
    from synoptic.write.standalone import caption_paragraph

    text = "اتش ام اس كورنوال في زيبروغ في عام 2006.\nوقال البيان ان البحارة كانوا في المياه العراقية في عام 2007.\n"
    assert caption_paragraph(text, 0)
    assert not caption_paragraph(text, text.index("وقال"))
    assert not caption_paragraph("انتخب بوتين في عام 2000.\n", 0)


def test_the_prime_ministers_spokesman_leaves_blair_his_title():
    # M0026: "قال متحدث باسم رئيس الوزراء البريطاني توني بلير" (said a spokesman for British PM Tony Blair)
    text = ("\"نحن لا نسعى لوضع إيران في الزاوية\" ، قال متحدث باسم رئيس الوزراء البريطاني توني بلير.\n")
    assert _people(text)["توني بلير"] == "رئيس الوزراء البريطاني"


def test_he_said_afterwards_colon_is_the_last_person():
    # MultiLing 2011 M0035 in Arabic (dev): 'وقال بعد ذلك : "…"' (and he said afterwards) stayed unattributed
    text = ("ومايكل راسموسن من الدنمارك حافظ على صدارته. راسموسن عمل أفضل مما توقعه البعض. وقال بعد ذلك : \"أعتقد أنه "
            "كان لدي فرصة عادلة، ولكني عملت بشكل جيد للغايه في ال30 كم الاخيره\".\n")
    assert _quotes(text)[0][0] == "مايكل راسموسن"


def test_a_peer_is_named_by_his_surname_alone():
    # M0023: 'صرح وزير الشؤون الخارجية اللورد تريسمان ، واضاف "…"' (Lord Triesman) was nobody
    text = ("في بيان صحفي 25 مارس ، صرح وزير الشؤون الخارجية اللورد تريسمان ، واضاف \"لقد تم الإصرار على أن "
            "البحارة ينبغي الإفراج عنهم فورا\".\n")
    assert _people(text) == {"تريسمان": "وزير الشؤون الخارجية"}
    assert _quotes(text)[0][0] == "تريسمان"


def test_the_subject_after_an_arabic_verb_speaks_and_the_one_spoken_to_does_not():
    # M0022: a soldier's thanks went to Ahmadinejad (to whom he spoke), and Blair's words to
    # Ahmadinejad, named in the clause before Blair's verb
    text = ("وكان التلفزيون الايراني قد بث لقطات فيديو حية تري السيد أحمدي نجاد يبتسم ، ويتحدث ويصافح بعض المعتقلين. "
            "\"نحن ممتنون لعفوك ،\" قال أحد الجنود لأحمدي نجاد.\n\n"
            "بعد اعلان احمدي نجاد يوم الاربعاء انه تم الافراج عن الجنود ، قال رئيس الوزراء البريطاني توني بلير "
            "للصحفيين \"اننا لا نضمر لكم [ايران] سوء نية ، بل على العكس ، إننا نحترم إيران كحضارة قديمة\".\n")
    assert [s for s, _ in _quotes(text)] == [None, "توني بلير"]
