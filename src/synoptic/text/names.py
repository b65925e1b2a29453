"""Small vocabularies and string keys for names: titles, places, transliteration.

Everything here is general language knowledge (job titles, honorifics,
country names from Babel's CLDR data, a short table of well-known exonyms),
never names taken from a particular corpus.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from synoptic import lang
from synoptic.text.city_locales import cldr_city_names
from synoptic.text.declension import declined_place, oblique_demonym
from synoptic.text.name_keys import ascii_fold, consonant_key, translit_key  # noqa: F401 (their home before)
from synoptic.util.tables import cached_words, file_stamp

# Head nouns of a title: a role phrase must contain one of these.
TITLE_HEADS = frozenset(
    """
    president presidents minister ministers secretary secretaries ambassador ambassadors consul consuls
    chancellor chancellors governor governors senator senators spokesman spokeswoman
    spokesperson spokesmen spokeswomen chief chiefs director directors chairman chairwoman
    chairperson chair head leader leaders commander commanders envoy envoys negotiator
    negotiators diplomat diplomats official officials soldier soldiers officer officers analyst
    analysts correspondent correspondents editor editors professor professors mayor mayors
    king queen prince princess pope judge judges justice justices magistrate magistrates
    juge juges juez jueza jueces
    lawyer lawyers attorney attorneys ceo coo cfo cto
    founder founders owner owners premier representative representatives congressman congresswoman
    lawmaker lawmakers mp mps general generals admiral colonel captain lieutenant sergeant
    spc spc. pfc pfc. pvt pvt. cpl cpl. sgt sgt. lt lt. capt capt. col. maj. det. cmdr. insp. supt.
    major commissioner commissioners inspector superintendent sheriff detective coach
    manager managers executive executives economist economists researcher researchers
    scientist scientists expert experts adviser advisers advisor advisors aide aides
    activist activists journalist journalists reporter reporters resident residents
    worker workers student students teacher teachers doctor doctors nurse nurses
    fighter fighters commentator author writer singer actor actress player striker
    goalkeeper captain prosecutor prosecutors attorney-general counsel dean rector
    bishop archbishop cardinal rabbi imam priest emir sultan sheikh prime-minister
    ministre ministres président présidente porte-parole secrétaire ambassadeur chancelier
    chancelière dirigeant dirigeante maire canciller líder lider alcalde alcaldesa jefe jefa
    député députée sénateur sénatrice diputado diputada senador senadora portavoz
    presidente ministro ministra secretario secretaria portavoz embajador
    marine marines sailor sailors seaman trooper airman constable corporal
    directeur directrice directora direttore portavoce amministratore presidenta
    analist woordvoerder burgemeester voorzitter topman directeur-generaal
    deputy deputies coroner examiner pastor reverend principal junior senior sophomore freshman
    attendee policeman policewoman investigator investigators neighbor neighbour
    rechter commissaris
    journaliste periodista giornalista correspondant corresponsal corrispondente verslaggever
    reportero photographer columnist rédacteur
    professeur professeure profesor profesora professore professoressa hoogleraar chercheur
    chercheuse investigador investigadora ricercatore ricercatrice onderzoeker
    ejecutivo ejecutiva vicepresidente vicepresidenta comisario comisaria consejero consejera
    gerente fundador cofundador fondatore commissario oprichter
    général générale capitaine sergent caporal commandant amiral soldat
    coronel capitán sargento teniente comandante
    generale colonnello capitano sergente tenente comandante
    πρωθυπουργός πρόεδρος υπουργός επίτροπος γραμματέας εκπρόσωπος διευθυντής βουλευτής
    αρχηγός πρέσβης καγκελάριος δήμαρχος
    πρόεδρο προέδρου πρωθυπουργό πρωθυπουργού υπουργό υπουργού δήμαρχο δημάρχου αρχηγό
    εκπρόσωπο εκπροσώπου διευθυντή γραμματέα καθηγητής καθηγητή καθηγήτρια δικαστής εισαγγελέας
    στρατηγός ναύαρχος αντιναύαρχος υποναύαρχος συνταγματάρχης αντισυνταγματάρχης ταγματάρχης
    λοχαγός υπολοχαγός ανθυπολοχαγός πρίγκιπας βασιλιάς βασίλισσα
    президент министр премьер-министр председатель посол пресс-секретарь представитель
    директор губернатор мэр
    prezident premiér ministr předseda mluvčí velvyslanec ředitel představitel
    prezidentka premiérka ministryně předsedkyně velvyslankyně ředitelka představitelka
    manažer manažerka šéf šéfka starosta starostka guvernér kancléř kancléřka poslanec
    poslankyně senátor senátorka soudce soudkyně profesor profesorka docent docentka velitel
    generál plukovník kapitán princ princezna král královna papež biskup trenér náměstek
    náměstkyně tajemník tajemnice vicepremiér místopředseda hejtman komisař komisařka
    """.split()
) | {f"{p}{t}" for t in lang.stop_words("he", "NAME_TITLES") for p in ("", "ה")} | lang.stop_words("cs", "NAME_TITLES")  # Hebrew, with its article
# Words that may sit inside a title before or around its head.
TITLE_MODIFIERS = frozenset(
    """
    deputy under vice assistant associate foreign prime former acting interim senior top
    chief general state defense defence interior home affairs finance treasury justice
    health trade economy economic energy foreign-affairs national security military
    army navy air force police party opposition special permanent first second lead
    principal executive managing attorney supreme high district federal regional
    democratic republican labour labor conservative liberal green white house of the for
    ex- ex elect designate outgoing incoming retired late team club city county
    agriculture education transport transportation environment labour culture commerce
    industry housing veterans immigration communications technology science tourism
    development infrastructure fisheries sport sports women youth operating financial marketing
    royal adjoint adjointe affaires étrangères vice-président vice-ministre
    exteriores asuntos adjunto viceministro
    """.split()
)
# Abbreviated ranks and titles written before a name ("Army Spc. Charles Graner").
TITLE_ABBREVIATIONS = frozenset(
    "spc pfc pvt cpl sgt lt col gen maj capt adm cmdr det insp supt amb atty pres hon msgr rev revd".split()
)
# abbreviations that open a place's or an institution's name ("St. Vincent", "Mt. Sinai",
# "Ft. Worth"): their full stop ends nothing
PLACE_ABBREVIATIONS = frozenset("st ste mt ft pt".split())
# Abbreviations that end company names and keep their dot: "Apple Inc.", "Ford Motor Co."
COMPANY_ABBREVIATIONS = frozenset("inc corp ltd co bros".split())
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady sen sen. rep rep. gov gov. "
    "m. mme mme. mlle sr sr. sra sra. don doña κ κ. κα κα. λόρδος λόρδου λόρδο".split()  # Greek "κ." (Mr.), "κα" (Mrs.), Lord
) | TITLE_ABBREVIATIONS | {f"{a}." for a in TITLE_ABBREVIATIONS}
# Male / female honorifics, for pronoun compatibility.
MALE_HONORIFICS = frozenset("mr mr. sir lord m. sr sr. don κ κ. λόρδος λόρδου λόρδο".split())
FEMALE_HONORIFICS = frozenset("mrs mrs. ms ms. miss dame lady mme mme. mlle sra sra. doña κα κα.".split())
# Determiners (English, French, Spanish, German) that open a noun phrase.
DETERMINERS = frozenset(
    "the a an this these those its their his her our my your "
    "le la les l' l’ un une des du au aux ce cet cette ces sa son ses leur leurs notre "
    "el los las uno una del al su sus este esta estos estas der die das den dem ein eine".split()
)
# Nouns of a role or an appositive that tell a person's gender ("a mother of 12").
MALE_NOUNS = frozenset(
    """man father husband son brother boy dad grandfather widower actor king prince
    spokesman chairman congressman businessman""".split()
)
FEMALE_NOUNS = frozenset(
    """woman mother wife daughter sister girl mom mum grandmother widow actress queen princess
    spokeswoman chairwoman congresswoman businesswoman""".split()
)

# Capitalized words that start an organisation's name or end it.
ORG_WORDS = frozenset(
    """
    organization organisation council committee union bank institute university association
    agency party ministry department court commission forces treaty fund federation
    foundation corporation company group society office service news times post press
    network parliament congress senate assembly alliance coalition army navy police
    administration government league club school college church inc inc. corp corp. ltd
    ltd. llc plc co. airlines bureau board authority centre center program programme
    tribunal kremlin pentagon cabinet dialogue summit nations community federal reserve
    airways crescent conservancy corps brigade brigades regiment
    force command marshals guard fleet squadron battalion marines
    hospital clinic inn elementary patrol media pact exchange unit
    commissie raad ministerie partij rechtbank gerechtshof regering universiteit
    département ministère conseil gouvernement parlement assemblée comité parti armée
    ministerio gobierno consejo partido ejército ministero governo consiglio partito esercito
    ministerium regierung
    survey conference team
    ένωση ένωσης επιτροπή επιτροπής οργανισμός οργανισμού εθνών συμβούλιο συμβουλίου τράπεζα
    τράπεζας υπουργείο υπουργείου κόμμα κόμματος κυβέρνηση κυβέρνησης βουλή βουλής διάσκεψη
    διάσκεψης σύμβαση σύμβασης πολιτείες πολιτειών ταμείο ταμείου αστυνομία αστυνομίας
    союз союза комитет комитета организация организации министерство министерства партия
    партии правительство правительства банк банка совет совета комиссия комиссии фонд фонда
    unie komise výbor ministerstvo strana vláda banka organizace kongres kongresu
    """.split()
) | lang.all_stop_words("CORPORATE_WORDS") | lang.all_stop_words("ORG_WORDS")
# Nouns that open an organisation's name in French, Spanish, Italian, German, Dutch
# ("Universidad de Chile", "Institut Pasteur"): organisation words, but no name alone (the
# rest of "Fédération danoise de cyclisme" is in lower case)
ORG_HEAD_NOUNS = frozenset(
    """
    universidad université università universität instituto institut istituto fundación
    fondation fondazione servicio servizio asociación associazione federación fédération
    federazione comisión commissione sindicato policía polizia politie organización
    organizzazione agencia agenzia agence tribunale corte cour fuerza
    centre centro conseil consejo consiglio comité comitato ministère ministerio ministero
    """.split()
)
ORG_WORDS = ORG_WORDS | ORG_HEAD_NOUNS
# Legal forms and business nouns of every language (`lang/xx`): a name holding one is an
# organisation's even after a title word ("General Motors Corp.", "Chief Industries").
CORPORATE_WORDS = lang.all_stop_words("CORPORATE_WORDS")
# Words that end the name of an event ("Tour de France", "Taipei Badminton Open").
EVENT_WORDS = frozenset(
    """
    tour prix open championship championships cup games olympics festival tournament
    race rally marathon awards award tsunami earthquake
    """.split()
)
# Capitalized words that make a name a place.
PLACE_WORDS = frozenset(
    """
    city town village county province region state republic island islands mountains mountain river
    lake sea ocean gulf bay valley peninsula district street avenue square airport
    border coast desert beach heights springs gardens falls glacier canyon creek harbor
    harbour hills road bridge station line stadium arena
    drive ave avenue boulevard blvd lane way pike circle terrace trail parkway pkwy highway
    hwy township park plaza rapids
    """.split()
) | lang.all_stop_words("PLACE_WORDS")
# Abbreviated street types that end a street's name (never a person's last word).
STREET_ABBREVIATIONS = frozenset("st st. rd rd. ave. blvd. ln ln.".split())
# Words that open a place's name ("Fort Smith", "Mount Cook", "Lake Placid", "San Francisco",
# "Río Claro", "Puerto Montt", "Monte Carlo", "Isola d'Elba").
PLACE_OPENERS = frozenset(
    "fort mount mt mt. lake port san santa los las río rio puerto cerro isla bahía lago monte isola porto"
    " base camp".split()  # "Royal Marine Base Chivenor", "Camp Lejeune"
)
# Lower-case nouns of places, in the languages of `lang`, that say the name after them (or
# after "of"/"de") is a place: "les îles Juan Fernández", "la région de Bío Bío".
PLACE_NOUNS = frozenset(
    """
    city town village region province island islands county district capital
    ville village région province île îles commune département
    ciudad pueblo región provincia isla islas comuna municipio localidad
    città paese regione provincia isola isole comune
    stad dorp provincie eiland gemeente
    """.split()
)
# Compass words that name a part of a known place ("West Texas", "Northern California").
COMPASS_WORDS = frozenset(
    """
    north south east west northern southern eastern western central northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern upper lower
    """.split()
)
# The states of the United States, which CLDR does not list (Washington is left out: it is
# as often a surname, or the US government, as the state).
US_STATES = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
    """.split()
) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
     "rhode island", "south carolina", "south dakota", "west virginia"}
# The second half of a hyphenated adjective ("Egyptian-born", "London-based"): no name.
_ADJECTIVE_TAILS = frozenset("born based backed led owned run made controlled held occupied funded".split())
# Sentence-level function words that are capitalized only because they start a sentence.
FUNCTION_WORDS = lang.all_stop_words("FUNCTION_WORDS")
# Words that are capitalized but are dates, not names.
NAME_ADJECTIVES = lang.all_stop_words("NAME_ADJECTIVES")
ORG_NAME_HEADS = lang.all_stop_words("ORG_NAME_HEADS")
ORG_OPENERS = lang.all_stop_words("ORG_OPENERS")
CALENDAR_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december mon tue wed thu fri sat sun jan feb
    mar apr jun jul aug sep sept oct nov dec gmt utc cet cest est edt pst pdt bst am pm a.m.
    p.m.
    """.split()
)
# Connectors allowed inside multi-word names.
# ("y" and "e" are not: "Mac y Windows", "Natale e Capodanno" join two names far more often
# than a double surname's halves)
NAME_CONNECTORS = frozenset("de du des la le von van der den da di del bin ibn al el".split())
ORG_CONNECTORS = frozenset("of for and in on the & de des du la del".split())

# Country-style acronyms that name places, not organisations.
PLACE_ACRONYMS = frozenset("US U.S. USA U.S.A. UK U.K. UAE U.A.E. DRC PRC ROK DPRK".split())
# Acronyms of things, not of organisations: technology and common nouns written in capitals
# in any language ("a USB cable", "the LCD screen", "MP3 players").
THING_ACRONYMS = frozenset(
    """
    usb lcd led oled cd cds dvd dvds hd hdtv os ios pc pcs mac drm gb mb tb kb ghz mhz gps sms mms
    mp3 mp4 pdf html api cpu gpu ram rom ssd sim wi-fi wifi lte sdk vpn voip ip url dna rna hiv aids
    suv atm ceo cfo coo cto faq diy vip
    """.split()
)
# A company named by its site ("Amazon.com", "Yahoo.com").
SITE_NAME = re.compile(r"[A-Z][\w-]*\.(?:com|org|net)")
# A number and a unit ("2GB", "16GB", "1.8GHz"): a quantity, no name.
QUANTITY_NAME = re.compile(r"\d+(?:[.,]\d+)?(?:GB|MB|TB|KB|GHz|MHz|mAh|mm|cm|km|kg|MP|K|G)", re.IGNORECASE)

# Well-known exonyms and older spellings -> current form. Documented, deliberately small:
# only places whose two spellings are both common in English news.
EXONYMS = {
    "kiev": "kyiv",
    "kharkov": "kharkiv",
    "odessa": "odesa",
    "lvov": "lviv",
    "lugansk": "luhansk",
    "nikolaev": "mykolaiv",
    "zaporozhye": "zaporizhzhia",
    "chernobyl": "chornobyl",
    "peking": "beijing",
    "bombay": "mumbai",
    "calcutta": "kolkata",
    "madras": "chennai",
    "burma": "myanmar",
    "rangoon": "yangon",
    "ivory coast": "cote d'ivoire",
    "czechia": "czech republic",
    "turkiye": "turkey",
    "byelorussia": "belarus",
    "belorussia": "belarus",
    "moldavia": "moldova",
    "swaziland": "eswatini",
    "saigon": "ho chi minh city",
    "holland": "netherlands",
    "america": "united states",
    # country acronyms and common short names
    "us": "united states",
    "u.s.": "united states",
    "usa": "united states",
    "u.s.a.": "united states",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "uae": "united arab emirates",
    "u.a.e.": "united arab emirates",
    "drc": "democratic republic of the congo",
    "dprk": "north korea",
}

# Demonyms that are not derivable from a country name by suffix.
_EXTRA_DEMONYMS = frozenset(
    """
    swiss french british dutch greek german chinese japanese english irish scottish welsh
    spanish portuguese turkish polish danish swedish finnish norwegian thai vietnamese
    israeli iraqi iranian pakistani afghan saudi yemeni kuwaiti qatari emirati bangladeshi
    filipino cypriot maltese czech slovak serb serbian croat croatian bosnian kosovar
    soviet western eastern european african asian arab latin nordic baltic englishman
    englishwoman frenchman frenchwoman irishman irishwoman scotsman scotswoman welshman
    welshwoman dutchman dutchwoman briton brit
    britannique espagnol espagnole allemand allemande français française anglais anglaise
    néerlandais néerlandaise belge suisse russe chinois chinoise japonais japonaise danois
    danoise suédois suédoise norvégien norvégienne kazakh kazakhe luxembourgeois
    portugais portugaise irlandais irlandaise écossais écossaise grec grecque turc turque
    engelse britse amerikaanse europese franse duitse nederlandse belgische spaanse
    italiaanse japanse russische europeo europea británico británica estadounidense
    americano americana francés francesa alemán alemana español española italiano italiana
    britannico britannica statunitense francese tedesco tedesca spagnolo spagnola
    """.split()
) | lang.all_stop_words("DEMONYMS")  # other languages' nouns of nationality

@lru_cache(maxsize=4)
def country_names(lang: str = "en") -> frozenset[str]:
    """Lower-cased country and region names from CLDR (Babel), in English, French and Spanish."""
    names: set[str] = set(_cldr_territories())
    names.update({"america", "europe", "asia", "africa", "crimea", "donbas", "siberia",
                  "scandinavia", "balkans", "caucasus", "gaza", "west bank", "middle east"})
    names.update(US_STATES)
    names.update(EXONYMS)
    names.update(city_names())
    return frozenset(names)


def _babel_version() -> str | None:
    """Babel's version from its metadata (importing Babel for it cost ~0.1 s of a first brief: #23)."""
    from importlib import metadata
    try:
        return metadata.version("babel")
    except metadata.PackageNotFoundError:  # pragma: no cover - Babel ships with the default install
        return None


def _cldr_territories() -> frozenset[str]:
    """CLDR's territory names in six languages (kept in the user's cache: #23)."""
    return cached_words("territories", ("territories/3", _babel_version()), _build_territories)


def _build_territories() -> frozenset[str]:
    names: set[str] = set()
    try:
        from babel import Locale

        for code in ("en", "fr", "es", "it", "de", "nl", "el"):
            for key, name in Locale(code).territories.items():
                if key.isdigit() and code != "en" or key in ("UN", "EU", "EZ"):  # no territory: a union
                    continue
                names.add(name.lower())
                # "Congo - Kinshasa", "Hong Kong SAR China": keep the first part too
                names.add(re.split(r" [-(]| SAR", name)[0].lower())
    except Exception:  # pragma: no cover - Babel ships with the default install
        pass
    return frozenset(names)


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Lower-cased names of the world's larger cities: the IANA time-zone cities (Europe/Kyiv)
    and their CLDR names in seven languages ("Λονδίνο" was a person: MultiLing 2011 Greek,
    dev), kept in the user's cache, keyed by the time-zone data and Babel's version (#23)."""
    import sys
    import zoneinfo

    try:
        import tzdata

        bundled = tzdata.IANA_VERSION
    except ImportError:
        bundled = None
    key = ("cities/4", _babel_version(), bundled, sys.version_info[:2],
           tuple((p, file_stamp(p), file_stamp(os.path.join(p, "tzdata.zi"))) for p in zoneinfo.TZPATH))
    return cached_words("cities", key, _build_cities)


def _build_cities() -> frozenset[str]:
    names: set[str] = set()
    try:
        import zoneinfo

        areas = {"Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe",
                 "Indian", "Pacific"}
        compass = {"north", "south", "east", "west", "central", "general", "eastern", "western",
                   "southern", "northern", "yukon", "acre", "knox", "oral"}
        for tz in zoneinfo.available_timezones():
            area, _, rest = tz.partition("/")
            city = rest.rsplit("/", 1)[-1].replace("_", " ")
            # legacy aliases ("Mexico/General", "Australia/West") are not cities
            if area in areas and city and not city.isupper() and city.lower() not in compass:
                names.add(city.lower())
    except Exception:  # pragma: no cover - no tz database on this system
        pass
    try:
        names.update(cldr_city_names())
    except Exception:  # pragma: no cover
        pass
    return frozenset(names)


@lru_cache(maxsize=65536)
def is_place_name(name: str) -> bool:
    low, places = name.lower().strip(), country_names()
    return low in places or name in PLACE_ACRONYMS or low.removeprefix("the ") in places or declined_place(low, places)


def is_place_phrase(words: list[str]) -> bool:
    """A name of several words that its own words make a place: "Fort Smith", "Newport
    Beach", "Gulf of Aden", "West Texas" (a compass word before a known place)."""
    if len(words) < 2:
        return False
    lows = [w.lower() for w in words]
    return (
        lows[0] in PLACE_OPENERS
        or lows[-1] in PLACE_WORDS
        or lows[-1] in STREET_ABBREVIATIONS  # "Saint John St.", "Killiam Rd."
        or (lows[0] in PLACE_WORDS and lows[1] == "of")
        or (lows[0] in COMPASS_WORDS and is_place_name(" ".join(words[1:])))
    )


def is_compound_adjective(word: str) -> bool:
    """"Egyptian-born", "Kremlin-backed": an adjective made of a name, not a name."""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail.lower() in _ADJECTIVE_TAILS


@lru_cache(maxsize=65536)
def is_demonym(word: str) -> bool:
    """Russian, Ukrainian, American, Swiss...: an adjective of a place, not a name."""
    low = word.lower()
    if low in _EXTRA_DEMONYMS:
        return True
    countries = country_names()
    for suffix, repl in (("ian", "ia"), ("ian", "e"), ("ian", ""), ("an", "a"), ("an", ""),
                         ("ese", ""), ("ese", "a"), ("i", ""), ("ish", ""), ("ic", "ia"),
                         # French: Australien, Colombienne, Américain, Japonais
                         # (not "-ois": François is a name)
                         ("ien", "ie"), ("ienne", "ie"), ("ien", ""), ("ain", "ique"), ("aine", "ique"),
                         ("ais", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            if low[: -len(suffix)] + repl in countries:
                return True
    if oblique_demonym(low):
        return True
    # a plural ("Britanniques", "Iraniens", "Russians"): a people, not a person's name
    return low.endswith("s") and len(low) > 5 and is_demonym(word[:-1])


def is_latin(word: str) -> bool:
    return all(ord(ch) < 0x250 for ch in word if ch.isalpha())


@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    low = ascii_fold(name).strip()
    low = low.removeprefix("the ")
    return EXONYMS.get(low, low)


def acronym_of(words: list[str]) -> str:
    """Initials of the capitalized content words: Organization for Security and
    Cooperation in Europe -> OSCE."""
    return "".join(w[0].upper() for w in words if w[:1].isupper() and w.lower() not in ORG_CONNECTORS)


def acronyms_of(words: list[str]) -> set[str]:
    """Initials with and without capitalized connectors: Research In Motion -> RIM, RM."""
    return {acronym_of(words), "".join(w[0].upper() for w in words if w[:1].isupper())}


_BASE_FORMS = dict(w.split("=") for w in lang.all_stop_words("TITLE_FORMS"))  # "προέδρου" -> "πρόεδρος"


def singular(word: str) -> str:
    low = word.lower()
    if low in _BASE_FORMS:
        base = _BASE_FORMS[low]
        return base[:1].upper() + base[1:] if word[:1].isupper() else base
    if low.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if low.endswith(("sses", "ches", "shes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word
