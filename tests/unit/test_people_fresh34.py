"""People in development stories nobody had tuned on (#19, stop 34's fresh stories of
bench/data/entities): a street where two streets meet, a clitic pronoun and another
language's function word read as a person, organisations shaped like people's names (an
airline's opener, a bank's business noun, a faith's adjective), and a name whose word the
story writes in lower case elsewhere.

Passages are copied from the development splits of the data sets in ../shared (the Gun
Violence Corpus dev incident 708277, CC BY 4.0; the Wikinews timelines `trial` topic, CC BY
3.0 / MEANTIME CC BY 4.0; ECB+ topic 22, CC BY 3.0; an AEB development page, MIT) unless
said otherwise. Expected values were written from reading the passages.
"""

from __future__ import annotations

from synoptic.link.entities import canonicalize
from synoptic.model import Article, ArticleAnalysis
from synoptic.settings import LinkSettings, TextSettings
from synoptic.text import analyze


def _article(aid: str, text: str, language: str = "en") -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, language=language)


def _mentions(text: str, language: str = "en") -> dict[str, str]:
    return {m.span.text: m.type for m in analyze(_article("a", text, language), TextSettings()).entities}


def _story(texts: list[str], language: str = "en") -> dict[str, str]:
    arts = [_article(f"a{k}", t, language) for k, t in enumerate(texts)]
    analyses: dict[str, ArticleAnalysis] = {a.id: analyze(a, TextSettings()) for a in arts}
    return {e.name: e.type for e in canonicalize(arts, analyses, LinkSettings())}


def test_a_name_where_two_streets_meet_is_a_street():
    # GVC 708277 (dev): "Charles Bussey" is Charles Bussey Avenue, in both reports
    first = ("Police say RaMaya Reed was killed while riding in a vehicle with her mother.\n"
             "Investigators found several spent shell casings in the area of Charles Bussey and Harrison "
             "Street. A motive for the shooting is unknown.")
    second = ("Officers were able to pinpoint the area of the shooting as the 2000 block of S. Harrison St., "
              "near the crossing of Charles Bussey and Harrison.")
    assert _mentions(first)["Charles Bussey"] == "PLACE"
    assert _mentions(second)["Charles Bussey"] == "PLACE"
    assert _mentions(first)["RaMaya Reed"] == "PERSON"
    assert _story([first, second]).get("Charles Bussey") != "PERSON"


def test_a_clitic_pronoun_opening_a_sentence_is_no_speaker():
    # Wikinews es/30414: "Se dice que" (it is said that) is no one saying
    text = ("El martes, Apple Computer anunció la primera generación de productos que utilizarán procesadores "
            "Intel.\nSe dice que el iMac y el nuevo MacBook Pro - un portátil que sustituye al PowerBook -- son "
            "hasta cuatro veces más rápidos que sus predecesores.")
    assert _mentions(text, "es").get("Se") != "PERSON"


def test_a_function_word_of_the_articles_language_is_no_speech_verb_of_another():
    # Wikinews nl/190356: Dutch "dit" ("this") is French "said"; the BlackBerry is a phone
    text = ("In Amerika zal de iPhone 4 alleen verkrijgbaar zijn in combinatie met een AT & T-abonnement, "
            "ondanks het feit dat Apple is gevraagd om de iPhone ook beschikbaar te maken voor andere providers "
            "zoals Verizon.\nQua concurrentie is de BlackBerry op dit moment nog steeds de populairste "
            "smartphone.")
    assert _mentions(text, "nl").get("BlackBerry") != "PERSON"
    # the French verb still makes a speaker in French
    assert _mentions("Le porte-parole a parlé hier. Dupont dit que la grève continue.", "fr").get("Dupont") == "PERSON"


def test_an_airline_opener_makes_an_organisation_and_a_product_keeps_its_last_word():
    # AEB development page 374ac9a5 (MIT): Kazakhstan's airline
    text = ("Boeing also managed to attract bids for some 60 of the embattled 737 Max jet from Turkish-based "
            "carrier SunExpress, Kazakhstan's Air Astana and a third undisclosed buyer.")
    assert _mentions(text)["Air Astana"] == "ORG"
    # Wikinews it/214601: "MacBook Air" is a laptop, no airline
    laptop = ("Nel corso di un evento mediatico tenutosi mercoledì, Apple Inc. ha presentato una nuova linea di "
              "computer portatili MacBook Air e la versione 2011 della suite software iLife della società.")
    assert _mentions(laptop, "it").get("MacBook Air") != "ORG"


def test_a_banks_business_noun_makes_an_organisation():
    # hand-written (no development passage names a mutual or a savings bank): the nouns are
    # business nouns of banks' names, as "Bank" is
    text = "The bank said Washington Mutual had failed. Deposits at Golden West Savings rose."
    found = _mentions(text)
    assert found["Washington Mutual"] == "ORG"
    assert found["Golden West Savings"] == "ORG"


def test_a_faiths_adjective_in_a_name_makes_no_person():
    # ECB+ 22_4 (dev topic 22), as the corpus tokenises it: the headline's "Muslim Woman" is
    # no one's name
    headline = "‘ Very Spiritual ’ Muslim Woman Shoots Co - workers"
    assert not any("Muslim" in k for k, v in _mentions(headline).items() if v == "PERSON")
    text = (headline + "\nAccording to reports , a Muslim woman named Yvonne Hiller shot and killed two co - "
            "workers at a Kraft plant in Philadelphia .")
    assert _mentions(text)["Yvonne Hiller"] == "PERSON"


# --- read on unlabelled development documents (GVC train incidents, MultiLing M004) -------


def _people(text: str, language: str = "en") -> set[str]:
    return {k for k, v in _story([text], language).items() if v == "PERSON"}


def test_groups_and_determiners_opening_a_sentence_are_no_speakers():
    # GVC train incidents 346621, 727980, 558618
    assert not _people("The girl was rushed to an area hospital for surgery and is expected to survive, police "
                       "said.\nCops declined to say anything else about the shooting, citing an investigation.")
    assert not _people("One person is dead after a shooting in north Wichita early Saturday morning.\nDispatchers "
                       "said officers responded to a shooting around 2 a.m. in the 1300th block of North Erie.")
    assert not _people("A witness say a 17-year-old male pulled out a gun and pointed it at the girl and fired.\n"
                       "Another witness said the male had a handgun that he started waving it around when the "
                       "gun went off.")
    # MultiLing M0042 (English): "Environmental scientists say": the scientists speak
    assert not _people("Environmental scientists say tree cutting in tropical areas accounts for about 20 percent "
                       "of all man-made carbon dioxide emissions blamed for global warming.")


def test_a_noun_between_a_name_and_a_speech_verb_is_what_speaks():
    # GVC train incident 701425: the documents say, "Arrest" is no one
    text = ("Police say the child is in stable but serious condition.\nArrest documents say Kinchen admitted to "
            "being preoccupied on her cellphone at the time of the shooting.")
    assert "Arrest" not in _people(text)
    assert _people("Arrest documents say Crystal Kinchen admitted it. Kinchen later said she was sorry.") == {
        "Crystal Kinchen"}


def test_a_possessive_or_a_street_word_makes_no_persons_name():
    # GVC train incidents 701425 and 677316
    assert not _people("The child was taken to Our Lady of the Lake Hospital by a personal vehicle rather than "
                       "EMS, according to authorities.")
    assert not _people("Police initially investigated a shooting on Dr. Samuel Shepard Drive as a homicide, but "
                       "later determined the man died from a self-inflicted gunshot wound.")


def test_a_name_qualifying_a_noun_after_a_possessive_or_a_model_year_is_a_things():
    # GVC train incident 302749: Glen Flora is a town ("his Glen Flora home")
    text = ("Officials say 60-year-old Patrick McFarlane died after he was hit by a bullet on Saturday afternoon.\n"
            "DNR officials said McFarlane was outside his Glen Flora home when he was shot once in the torso.")
    assert _people(text) == {"Patrick McFarlane"}
    # GVC train incident 653539: a car's make and model after its year
    car = ("Police said the man was shot once in the forehead as he drove a silver 2004 Ford Escape in the area "
           "of Terrace and Atlantic avenues about 10:10 p.m. Monday.")
    assert "Ford Escape" not in _people(car)
    assert _mentions(car)["Terrace"] == "PLACE"
    # a year after a preposition dates an event, the name after it is a person's
    assert "John Smith" in _people("In 2004 John Smith was elected mayor. Smith said he loved the town.")


def test_a_place_word_after_a_state_keeps_the_town_whole():
    # GVC train incident 548991: Wisconsin Rapids is a town
    found = _mentions("UPDATE: Three dead in Wisconsin Rapids murder-suicide\n\nA man killed his two children "
                      "and then himself at 440 11th Street South, Wisconsin Rapids.")
    assert found.get("Wisconsin Rapids") == "PLACE" and "Rapids" not in found


def test_a_name_that_is_killed_or_stands_beside_a_word_of_kinship_is_a_persons():
    # GVC 708277 (dev) and 432540 (train): rare given names, no title, no speech verb
    assert _people("Family members have identified the 2-year-old killed in what police believe was a drive-by "
                   "shooting Tuesday night.\nPolice say RaMaya Reed was killed while riding in a vehicle with "
                   "her mother.") == {"RaMaya Reed"}
    text = ("The 45-year-old mother, Marsha Lynch, told deputies the bullet went through her leg, then hit her "
            "8-year-old daughter, Sharai Lynch, in head.")
    assert _people(text) == {"Marsha Lynch", "Sharai Lynch"}


def test_a_rank_before_the_surname_of_a_person_named_in_full_is_a_title():
    # GVC train incidents 489149 and 461515: "Chief" could open a name ("Chief Keef"), but
    # the story names the chief in full
    text = ("“They've been violent and they've really shook the community to the core,” said Anadarko Police "
            "Chief Jason Smith.\nThe latest suicide happened Tuesday involving an 11-year-old boy. Chief Smith "
            "is trying to come up with a plan to address what is happening.")
    assert _people(text) == {"Jason Smith"}
    text = ("\"Co-workers of Ms. Johnson had called concerned about her not showing up for work,\" says Cleveland "
            "Police Chief Mark Gibson.\nChief Gibson says Anderson has already been transported back to Bradley "
            "County.")
    assert "Chief Gibson" not in _people(text) and "Mark Gibson" in _people(text)


def test_a_computer_makers_name_and_a_dutch_preposition_are_no_persons():
    # Wikinews it/107785: "Computer" is a business noun of a firm's name, as "Systems" is
    text = ("Apple lancia iPhone 3G\n\n9 giugno 2008\nApple Computer ha lanciato oggi una versione 3G del proprio "
            "dispositivo iPhone.\nSteve Jobs, il CEO di Apple, ha annunciato lo sviluppo a una conferenza di "
            "sviluppatori.\nApple ha annunciato che l'iPhone 3G consentirà l'accesso a Internet al doppio della "
            "velocità.")
    assert _people(text, "it") == {"Steve Jobs"}
    assert _mentions(text, "it")["Apple Computer"] == "ORG"
    # Wikinews nl/265977: "Tijdens" ("during") opens the sentence
    text = ("Apple kondigt Mac OS X Lion, iOS 5 en iCloud aan\n\n07-Jun-11\nTijdens de Worldwide Developers "
            "Conference (WWDC) van Apple in het Moscone West centrum in San Francisco onthulde CEO Steve Jobs de "
            "volgende generatie software.")
    assert "Tijdens" not in _mentions(text, "nl")


def test_arabic_names_with_an_age_or_a_colon_in_a_list_of_profiles():
    # MultiLing M0011 (Arabic): the suspects' profiles, no title before any name
    text = ("جميع المشتبه بهم في تفجيرات لندن مواطنين برطانين.\n\n"
            "اربعة انتحارين تزعموا التفجير.\n"
            "شاهزاد تنوير ,22, طالب في جامعة ليدز متروبوليتان,حيث درس العلوم الرياضية.\n"
            "حسيب حسين ,18,من ليدز.\n"
            "محمد صديق خان ,30,ولد في الباكستان,من داوسبري.\n"
            "مصطفى ست مريم نصار : مخطط مشتبه بهم يعتقد أيضا أن يكون منظم تفجيرات مدريد 11 مارس 2004.")
    people = _people(text, "ar")
    assert {"شاهزاد تنوير", "حسيب حسين", "محمد صديق خان", "مصطفى ست مريم نصار"} <= people
    assert not any("ليدز" in p or "اربعة" in p for p in people)


# --- read on unlabelled development documents (ECB+ topics 1-30, GVC train incidents) ----


def test_the_last_word_of_an_organisations_name_after_and_is_no_speaker():
    # ECB+ 2_11ecbplus and 18_11ecb (dev topics 2 and 18), as the corpus tokenises them
    assert "Sciences" not in _people("The Academy of Motion Pictures Arts and Sciences announced this morning that "
                                     "Ellen DeGeneres would return to the Academy Awards as emcee .")
    assert "Explosives" not in _people("The spokesman for the Bureau of Alcohol , Tobacco , Firearms and "
                                       "Explosives also said at least one bomb technician had been injured .")


def test_a_noun_for_a_person_between_a_name_and_a_speech_verb_is_the_speaker():
    # GVC train incident 717231; ECB+ 1_3ecb (dev topic 1)
    assert not _people("RELATED | Heartbroken father says 13-year-old son made a decision that cost him his life")
    assert "Taradise" not in _people("When asked whether she was still a party girl , the Taradise star said , `` I "
                                     "'ve done enough of everything for a lifetime ! ''")


def test_contractions_function_words_and_a_title_abbreviation_make_no_persons():
    # GVC train incident 168844; ECB+ 30_11ecbplus, 30_10ecb and 13_17ecb (dev topics 30, 13)
    assert _people("We're told Clarence Washington was a janitor in the Culpeper school district.") == {
        "Clarence Washington"}
    assert not _people("\" Further restoration has continued throughout the weekend in cooperation with customers "
                       "and partners . \"")
    assert not _people("Others warned that bank and stock market trading could be affected .")
    assert not _people("Alaska Gov. sarah palin 's home church has been badly damaged in an arson fire .")
    # GVC train incident 487094: "But" opens the sentence, the age is Black's
    text = ("Marie Black, a woman who lives at the home, said the girl had spent the night there with Black’s "
            "daughter, as she often does on weekends. But Black, 47, was at work at the time of the shooting.")
    assert "But Black" not in _people(text) and "Marie Black" in _people(text)


def test_a_firms_name_without_its_legal_form_is_the_firm():
    # ECB+ 30_12ecb (dev topic 30)
    text = ("Internet traffic `` from Mumbai to London has now been rerouted via Hong Kong , ''\nReliance said in an "
            "e-mailed `` traffic disruption update . ''\nThere 's no timeframe for when communications will be "
            "restored , said Sanjeev Gaur , director of assurance at Reliance Globalcom Ltd. in India .\nFlag "
            "Telecom Group Ltd. , a Reliance Globalcom unit , operates FLAG FEA .\nReliance Globalcom does n't know "
            "exactly what happened and engineers are working on the problem .")
    assert _people(text) == {"Sanjeev Gaur"}


def test_an_age_before_a_name_or_a_relative_after_it_makes_a_person():
    # GVC train incident 669251: rare given names, no title
    text = ("Police said 15-year-old Christopher Andrews and 16-year-old Samyah Copeland were found with gunshot "
            "wounds.\nThey believe Andrews shot and killed Copeland before shooting himself.")
    assert {"Christopher Andrews", "Samyah Copeland"} <= _people(text)


def test_a_rank_an_agent_and_an_amount_make_no_persons_of_their_own():
    # ECB+ 16_2ecbplus, 5_9ecbplus and 12_6ecbplus (dev topics 16, 5, 12), as tokenised
    text = ("A Superior Court jurty in Norwalk today convicted a Hawaiian Gardens gang member of murdering L . A . "
            "County Sheriff's Deputy Jerry Ortiz in June , 2005 .\nSheriff Deputy Ortiz , 35 , with LASD's Gang "
            "Enforcement Unit , was killed June 24 , 2005 outside an apartment .\nDeputy Ortiz was a Lakewood "
            "Award of Valor winner in 2003 .")
    assert "Deputy Ortiz" not in _people(text) and "Jerry Ortiz" in _people(text)
    assert not _people("Agent says Sixers to sign Dalembert to six - year deal")
    assert not _people("This is the fifth successful anti - piracy operation , foiling the pirates ’ intention of "
                       "attacking merchant vessels transiting this busy sea lane through which over a hundred "
                       "Billion Dollars of India ’ s external trade passes each year .")
