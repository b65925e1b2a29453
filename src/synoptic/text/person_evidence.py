"""Evidence that a capitalized name is, or is not, a person (#19): shape and context first,
closed-class words of each language (`lang/xx`: pronouns, nouns for people) second.

- a pronoun, a common noun for people or groups ("Diplomats", "Policeman", "Je") or a
  title without a name ("Financial Officer") is never a person;
- a name written with the shape of a common noun ("Reduced Emissions", "Developing
  Countries") is not a person's;
- an outlet ("Reuters", "Le Monde", "El Mundo") is an organisation of kind outlet: a name
  of the bundled outlet registry, or a name a press noun introduces ("the daily X").
"""

from __future__ import annotations

import re

from synoptic import lang
from synoptic.clean.outlet.registry import registry_outlet_named
from synoptic.lang.given_names import is_given_name
from synoptic.text import names as nm
from synoptic.text.declension import demonym_adjective
from synoptic.text.tokens import Token, is_title_word, strip_possessive

PRONOUNS = lang.all_stop_words("PRONOUNS")
PERSON_NOUNS = lang.all_stop_words("PERSON_NOUNS")
FAITH_ADJECTIVES = lang.all_stop_words("FAITH_ADJECTIVES")

# Title heads that are also surnames often enough ("John Major", "Stephen King", "Judge
# Dredd"): a name that ends on one may still be a person's.
_SURNAME_HEADS = frozenset(
    """
    king queen prince princess major judge bishop dean justice general chief head chair captain
    coach player singer actor writer author fighter doctor rector priest cardinal pope marshal
    mayor chancellor counsel justices leader representative premier nurse imam rabbi
    emir sultan sheikh
    """.split()
)
# Last words of names that are no one's surname: compass adjectives and oceans ("China
# Southern", "Virgin Atlantic", "Cathay Pacific"); "West", "North" are surnames and stay.
_NOT_SURNAMES = frozenset(
    """
    northern southern eastern western central northeastern northwestern southeastern
    southwestern atlantic pacific
    """.split()
)
# Endings of common nouns that a given name ("Lawrence" stays one) or a surname hardly ever has.
_NOUN_ENDINGS = re.compile(r"(?:tions?|sions?|ments|ness|ities|isms?|ships|ances?|ences?)$")
# Nouns that introduce an outlet's name in running text ("the daily Le Monde", "le quotidien
# El País", "la agencia EFE"), English, French, Spanish, Italian, Dutch, German.
PRESS_NOUNS = frozenset(
    """
    newspaper newspapers daily weekly paper tabloid broadsheet magazine broadcaster channel
    network station agency wire newswire website blog
    quotidien hebdomadaire journal magazine chaîne agence radio télévision
    diario periódico semanario revista cadena agencia emisora
    quotidiano settimanale giornale rivista agenzia emittente
    krant dagblad weekblad zender omroep persbureau
    zeitung tageszeitung nachrichtenagentur sender
    """.split()
)
# Words that end an outlet's name ("Detroit News", "DNAinfo Radio", "7 Action News").
OUTLET_WORDS = frozenset(
    """
    news times post press herald tribune journal gazette radio tv television chronicle
    telegraph guardian observer courier courant dispatch examiner inquirer bulletin
    """.split()
)


# Possessive determiners that open no one's name ("Our Lady"); not those that are surnames
# too ("Su", "Son", "Ma", "Hun").
_OPENING_POSSESSIVES = frozenset(
    "our my your his her their its notre votre nos vos leur leurs nuestra nuestro nostro nostra mijn onze zijn".split()
)
# Last words of a street's name, which no one's surname is ("Lane", "Court", "Way" are and stay).
_STREET_ENDS = frozenset("street avenue road drive boulevard blvd blvd. st. ave ave. rd rd. parkway highway".split())


_CONTRACTIONS = frozenset("re ve ll m d".split())


def is_pronoun(word: str) -> bool:
    """A personal pronoun, or one with a contracted verb ("We're", "I’ve")."""
    low = word.lower().replace("’", "'")
    head, _, tail = low.partition("'")
    return low in PRONOUNS or (head in PRONOUNS and tail in _CONTRACTIONS)


def is_person_noun(word: str) -> bool:
    """A common noun for people or a title on its own: "Diplomats", "Policeman",
    "Investigators", "Spokesman", "Officials"."""
    low = word.lower()
    return (
        low in PERSON_NOUNS
        or nm.singular(low) in PERSON_NOUNS
        or low in nm.TITLE_HEADS
        or nm.singular(low) in nm.TITLE_HEADS
        or is_pronoun(low)
        # a plural of "-ists": "Environmentalists", "Activists" name a group, never a surname
        or (low.endswith("ists") and len(low) > 6)
        # a Greek plural in "-οι" ("Αμερικανοί", "Περιβαλλοντολόγοι"): a group, no one's name
        or (low.endswith(("οι", "οί")) and "\u0370" <= low[:1] <= "\u03ff")
    )


def given_name_word(word: str) -> bool:
    """A known given name (`lang.given_names`) that is no title, organisation or place word
    ("General", "Justice", "Press" are in the list of given names too)."""
    low = word.lower()
    return is_given_name(word) and not (
        low in nm.TITLE_HEADS or low in nm.TITLE_MODIFIERS or low in nm.ORG_WORDS or nm.is_place_name(word)
        or nm.is_demonym(word)
    )


_DOUBLE_SURNAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}-[A-ZÀ-Ý][A-Za-zà-ÿ]{2,}")


def double_surname(given: str, word: str) -> bool:
    """"Refugio Modesto-DeLaCruz": a hyphenated last word after a known given name is a double
    surname, whatever its parts also name (a town, "Modesto")."""
    return given_name_word(given) and bool(_DOUBLE_SURNAME.fullmatch(word))


def not_a_persons_name(words: list[str], named_alone: frozenset[str] = frozenset()) -> bool:
    """A name that cannot be a person's by its own words: one pronoun or noun for people,
    a title whose last word is a title head that is no surname ("Operating Officer"), a
    compass word before a name ("West Yorkshire"), or words shaped like common nouns
    ("Reduced Emissions", "Developing Countries"). A word the article writes as a name on
    its own (`named_alone`: "Police said Mansion was sitting") is no common noun, whatever
    its ending ("DeAngelo Mansion")."""
    if not words:
        return True
    if len(words) >= 2 and len(words[-1].rstrip(".")) == 1:
        return True  # "Charles O" (of "O 'Reilly"), "V. S.": initials are no full name
    lows = [w.lower() for w in words]
    if len(words) >= 2 and any(w in FAITH_ADJECTIVES for w in lows) or demonym_adjective(lows[0]):
        return True  # "Roman Catholic", "Muslim Woman", "Ιρανική Επαναστατική Φρουρά": a faith's, a nation's, no one's
    if len(words) >= 2 and (lows[0] in _OPENING_POSSESSIVES or lows[-1] in _STREET_ENDS or lows[-1].rstrip(".") in (
        nm.TITLE_ABBREVIATIONS | {"gov", "sen", "rep"}) or any(w in nm.CORPORATE_WORDS or w in _AMOUNT_WORDS for w in lows)):
        # "Our Lady (of the Lake Hospital)"; "Dr. Samuel Shepard Drive"; "Alaska Gov."; "Reliance Globalcom Ltd."
        return True
    noun_shaped = any(len(w) > 6 and _NOUN_ENDINGS.search(w) and o not in named_alone and not is_given_name(o)
                      for w, o in zip(lows, words, strict=True))
    if len(words) == 1:  # a nationality ("soldats Britanniques"); a service ("Student Assistance")
        return is_person_noun(words[0]) or nm.is_demonym(words[0].removesuffix("'s").removesuffix("’s")) or noun_shaped
    if lows[-1] in nm.TITLE_HEADS and lows[-1] not in _SURNAME_HEADS and not (
        len(words) == 2 and given_name_word(words[0])  # "Jocelyn Caporal": a surname that is also a rank
    ):
        return True
    if all(_title_word(w) for w in words) and not is_given_name(words[0]):
        return True  # "Assistant State" (of "Senior Assistant State's Attorney"), "Consul Iranien"
    if lows[-1] in PERSON_NOUNS and lows[-1].endswith("s"):
        return True  # "Canadian Auto Workers", "Revolutionary Guards": a group's name
    if lows[0] in nm.COMPASS_WORDS or lows[-1] in _NOT_SURNAMES:
        return True  # "West Yorkshire"; "China Southern", "Virgin Atlantic": no one's surname
    if noun_shaped:
        return True
    # participles opening a two-word phrase: "Reduced Emissions", "Developing Countries"; not
    # a given name whose surname the article names alone ("Rasheed Martin" ... "Martin may")
    return len(words) == 2 and lows[0].endswith(("ing", "ed")) and len(lows[0]) > 5 and words[-1] not in named_alone


def _title_word(word: str) -> bool:
    """A word of titles: a head ("Consul"), a modifier ("Assistant", "State's"), a nationality."""
    w = word.removesuffix("'s").removesuffix("’s")
    return is_title_word(w.lower()) or nm.is_demonym(w)


# A compound name: "Jean-Pierre", "Jones-Drew", "Fatayi-Williams" (two capitalized parts of
# three letters or more), or an East Asian given name after the surname: "Ki-moon", "Jong-un",
# "Ing-wen" (two short parts, the second in lower case); not "Port-au-Prince" (three parts),
# "New York-listed", "Australian-born" (a long lower-case part), "Wi-Fi" (short).
_COMPOUND_CAPS = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}-[A-ZÀ-Ý][a-zà-ÿ]{2,}")
_COMPOUND_ASIAN = re.compile(r"[A-Z][a-z]{1,3}-[a-z]{2,4}")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten hundred thousand".split())
# Numbers and currencies written with capitals ("a hundred Billion Dollars of India's trade")
_AMOUNT_WORDS = _NUMBER_WORDS | frozenset("million millions billion billions trillion dollars euros".split())


def compound_name_part(word: str, last: bool) -> bool:
    """A hyphenated word that may be part of a person's name (see `_COMPOUND_CAPS`; an East
    Asian given name only as a name's last word), whose parts are no places, outlet,
    organisation, event, number or function words ("Miami-Dade", "Sun-Times", "Take-Two",
    "Six-Day", "All-American")."""
    if _COMPOUND_ASIAN.fullmatch(word):
        return last
    if not _COMPOUND_CAPS.fullmatch(word):
        return False
    parts = word.split("-")
    lows = {p.lower() for p in parts}
    return not (
        any(nm.is_place_name(p) or p.lower() in nm.city_names() or p in nm.US_STATES for p in parts)
        or lows & (OUTLET_WORDS | nm.ORG_WORDS | nm.EVENT_WORDS | nm.FUNCTION_WORDS | nm.CALENDAR_WORDS | _NUMBER_WORDS)
        or any(nm.is_demonym(p) for p in parts)
    )


def outlet_name(words: list[str]) -> bool:
    """Is the name that of a news outlet: in the bundled registry ("Reuters", "Le Monde",
    "The Wall Street Journal"), or ending on an outlet word after another word ("Detroit
    News", "DNAinfo Radio")?"""
    name = " ".join(words)
    if registry_outlet_named(name) is not None:
        return True
    return len(words) >= 2 and words[-1].lower() in OUTLET_WORDS and words[-1][:1].isupper()


def _bare_noun(tok: Token) -> str:
    """The noun of a token without an elided article: "l'équipe" -> "équipe"."""
    return tok.low.replace("’", "'").rsplit("'", 1)[-1]


def press_noun_before(toks: list[Token], first: int) -> bool:
    """"the daily Le Monde", "le quotidien El Mundo", "told the newspaper X": a press noun
    right before the name (a determiner or "the" between is fine)."""
    i = first - 1
    return i >= 0 and _bare_noun(toks[i]) in PRESS_NOUNS and not toks[i].is_cap


# Nouns that say the name after them is an organisation ("l'équipe Astana", "the company
# Genentech", "la banque Rabobank").
ORG_NOUNS = frozenset(
    """
    team company firm group party bank club union
    retailer retailers carmaker carmakers automaker automakers manufacturer manufacturers maker
    makers airline airlines carrier carriers insurer insurers lender lenders supplier suppliers
    distributor distributors chain conglomerate subsidiary subsidiaries competitor competitors
    startup companies firms banks giant giants studio studios label
    équipe société compagnie entreprise groupe parti banque formation géant
    constructeur constructeurs fabricant fabricants distributeur distributeurs assureur filiale
    enseigne
    equipo empresa compañía grupo partido banco
    fabricante fabricantes minorista minoristas aerolínea aerolíneas aseguradora filial
    distribuidora empresas compañías gigante estudio estudios
    squadra società azienda gruppo partito banca
    produttore produttori costruttore costruttori rivenditore rivenditori vettore vettori
    compagnie aziende controllata
    ploeg bedrijf partij
    fabrikant fabrikanten winkelier winkeliers luchtvaartmaatschappij verzekeraar bedrijven
    hersteller autobauer fluggesellschaft konzern firma unternehmen
    """.split()
)
# Words that open the examples of a plural noun before them: "other retailers, including
# Best Buy", "fabricantes como Fiat", "rivenditori, tra cui Best Buy".
_EXAMPLE_WORDS = frozenset("including like such as notably incluidos incluidas como comme notamment dont tra cui "
                           "come waaronder zoals".split())
_AND_WORDS = frozenset("and or y o e et ou en of und".split())


_COMPLEMENT_OF = frozenset("of de di d' d’ del della van".split())
_POSSESSIVES = frozenset("his her their its su sus suo sua suoi sue son sa ses leur leurs zijn haar hun".split())


def _past_complement(toks: list[Token], i: int) -> int:
    """The index of the noun before a short complement that a name follows: "el fabricante
    de ordenadores y electrónica Apple Computer", "il costruttore di auto Fiat" (the noun,
    "de"/"di", then one to three lower-case words that are no person's: "la empresa de su
    hermano Juan" is his brother's). Else `i` itself."""
    j, words = i, 0
    while j >= 0 and words < 4 and toks[j].is_word and not toks[j].is_cap and toks[j].low not in _COMPLEMENT_OF:
        if toks[j].low in _POSSESSIVES or is_person_noun(toks[j].text):
            return i
        words += 1
        j -= 1
    if 1 <= words <= 3 and j >= 1 and toks[j].low in _COMPLEMENT_OF and not toks[j - 1].is_cap:
        return j - 1
    return i


def org_noun_before(toks: list[Token], first: int) -> bool:
    """"the company Genentech", "retailer Best Buy", "other retailers, including Best Buy and
    Radio Shack": a noun of organisations right before the name, before the words that open
    its examples, or before the first name of a pair it heads."""
    i = first - 1
    pair = i >= 1 and toks[i].low in _AND_WORDS and toks[i - 1].is_cap
    if pair:  # the second of a pair: "including Best Buy and Radio Shack"
        i -= 1
        while i >= 0 and toks[i].is_cap:
            i -= 1
    examples = False
    while i >= 0 and (toks[i].low in _EXAMPLE_WORDS or (examples and toks[i].text == ",")):
        examples = True  # (a comma only before the words of examples: "della società, Mark Chandler")
        i -= 1
    if not pair and not examples:
        i = _past_complement(toks, i)
    if i < 0 or toks[i].is_cap or _bare_noun(toks[i]) not in ORG_NOUNS:
        return False
    # a pair belongs to a plural noun or its examples ("retailers Best Buy and Radio Shack"),
    # not to "the company Genentech and Art Levinson"
    return not pair or examples or toks[i].low.endswith("s")


_CAP_WORD = re.compile(r"\b[A-ZÀ-Ý][\w-]+")
_LAST_WORD = re.compile(r"(\w+)\s+$")


def named_alone(text: str) -> dict[str, int]:
    """How often each capitalized word is written without a name connector before it."""
    counts: dict[str, int] = {}
    for m in _CAP_WORD.finditer(text):
        before = _LAST_WORD.search(text, max(0, m.start() - 20), m.start())
        if before is None or before.group(1).lower() not in nm.NAME_CONNECTORS:
            counts[m.group()] = counts.get(m.group(), 0) + 1
    return counts


_TITLE_BEFORE = re.compile(r"([\w’'-]+)\.?\s+$")


def named_after_title(text: str) -> frozenset[str]:
    """Capitalized words the article writes on their own right after a person's title or an
    honorific ("spokesman Nugroho", "Mr. Nugroho"): a person's surname, not an organisation."""
    out = set()
    for m in _CAP_WORD.finditer(text):
        before = _TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is None:
            continue
        word = before.group(1).lower().replace("’", "'").rsplit("'", 1)[-1]
        if word in nm.HONORIFICS or nm.singular(word) in nm.TITLE_HEADS:
            out.add(m.group())
    return frozenset(out)


def split_at_connector(toks: list[Token], run: list[int], solo: dict[str, int]) -> list[int]:
    """"Macintosh de Apple", "Longhorn van Microsoft": a name connector before a word the
    article names on its own (twice or more) joins two names, not one person's parts
    ("Yvo de Boer" stays: "Boer" is not named alone)."""
    for k in range(1, len(run) - 1):
        conn, nxt = toks[run[k]], toks[run[k + 1]]
        if not conn.is_cap and conn.low in nm.NAME_CONNECTORS and solo.get(strip_possessive(nxt)[0].text, 0) >= 2:
            return run[:k]
        # "Mike Gikas di Consumer Reports": a full name opening on a given name, then what it
        # is of, of two capitalized words or more none of which is a given name
        rest = run[k + 1 :]
        if (not conn.is_cap and conn.low in nm.NAME_CONNECTORS and k >= 2 and len(rest) >= 2
                and given_name_word(toks[run[0]].text) and not any(is_given_name(toks[i].text) for i in rest)
                and all(toks[i].is_cap for i in rest)):
            return run[:k]
    return run


_APPOSITION_DETERMINERS = frozenset("a an the un une le la l' l’ una uno el il lo een de het ein eine der die das".split())


def org_noun_after(toks: list[Token], last: int) -> bool:
    """"NPD Group, a market research firm", "Best Buy, the electronics retailer": an apposition
    whose head is a noun of organisations (within four words of its determiner). Not ", which":
    it may belong to a noun before the name ("Entre Olas, directed by Jorge Nasser, which also
    helped", MultiLing M0056)."""
    if strip_possessive(toks[last])[1]:
        return False
    j = last + 1
    if j + 1 >= len(toks) or toks[j].text != ",":
        return False
    if _bare_noun(toks[j + 1]) not in _APPOSITION_DETERMINERS and toks[j + 1].low not in _APPOSITION_DETERMINERS:
        return False
    for k in range(j + 2, min(len(toks), j + 6)):
        if not toks[k].is_word:
            return False
        if not toks[k].is_cap and _bare_noun(toks[k]) in ORG_NOUNS and (
            # the head of the apposition, not a noun qualifying it ("a bank teller")
            k + 1 >= len(toks) or not toks[k + 1].is_word
            or toks[k + 1].low in nm.ORG_CONNECTORS or toks[k + 1].low in nm.FUNCTION_WORDS
        ):
            return True
        if is_person_noun(toks[k].text):
            return False  # "Jane Doe, a bank teller"; "X, the company's founder"
    return False


def without_glued_employer(
    toks: list[Token], run: list[int], solo: dict[str, int], titled: frozenset[str] = frozenset()
) -> list[int]:
    """"le journaliste de Wikinews Diego Grez", "le porte-parole Jacob Bergsma Rabobank": after a
    title or a verb of saying (the listener first: "řekla Wikinews Edith Larraín", MultiLing M005 cs), three capitalized words of which the first or the last is a word the article names
    on its own (twice or more) and the other end is not, are that name glued to a person's two
    ("Mohammed Sidique Khan" after no title stays whole). A last word the article also writes
    after a title (`named_after_title`: "spokesman Sutopo Purwo Nugroho" ... "spokesman
    Nugroho") is the person's surname and stays."""
    if len(run) != 3 or re.fullmatch(r"\w\.?", toks[run[1]].text):
        return run  # "Timothy D. Cook": a middle initial makes one person's name
    if toks[run[0]].low in nm.HONORIFICS or nm.singular(toks[run[0]].low) in nm.TITLE_HEADS:
        return run  # "spokesman Officer David Hartman": a rank and a name, no employer
    i = run[0] - 1
    title = i >= 0 and not toks[i].is_cap and (
        nm.singular(_bare_noun(toks[i])) in nm.TITLE_HEADS or toks[i].low in lang.all_stop_words("SPEECH_VERBS")
        or (toks[i].low in ("de", "du", "of", "di", "del", "van") and i >= 1 and not toks[i - 1].is_cap
            and nm.singular(_bare_noun(toks[i - 1])) in nm.TITLE_HEADS)
    )
    if not title:
        return run
    first, last = (strip_possessive(toks[k])[0].text for k in (run[0], run[-1]))
    if solo.get(first, 0) >= 2 and solo.get(last, 0) < 2:
        return run[1:]
    if solo.get(last, 0) >= 2 and solo.get(first, 0) < 2 and last not in titled:
        return run[:2]
    return run


def age_follows(toks: list[Token], last: int) -> bool:
    """", 17," or ", 30 ans," after a name: a person's age in apposition."""
    return last + 2 < len(toks) and toks[last + 1].text == "," and toks[last + 2].text.isdigit() and (
        len(toks[last + 2].text) <= 3
        and (last + 3 >= len(toks) or toks[last + 3].text in (",", ")") or toks[last + 3].low in ("ans", "años", "anni", "jaar"))
    )


# Nouns of what a firm has and a person does not: its shares, shareholders, earnings, a
# subsidiary ("Goldman Sachs's shares", "shares of Morgan Stanley", "les actions de X",
# "las acciones de X", "le azioni di X"), English, French, Spanish, Italian, Dutch.
BUSINESS_NOUNS = frozenset(
    """
    shares stock stocks shareholders stockholders earnings revenue revenues profits subsidiary
    subsidiaries headquarters
    actions actionnaires bénéfices filiale filiales
    acciones accionistas beneficios filial filiales
    azioni azionisti utili controllata controllate
    aandelen aandeelhouders dochterbedrijf
    """.split()
)
_BUSINESS_OF = frozenset("of in de du des di del della van".split())


def business_of(toks: list[Token], first: int, last: int) -> bool:
    """"Goldman Sachs's shares", "shares of Morgan Stanley", "stake in X", "les actions
    de X", "las acciones de X": the name owns what only a firm has."""
    nxt = last + 1
    possessive = strip_possessive(toks[last])[1]
    if not possessive and nxt < len(toks) and toks[nxt].text in ("'", "’"):
        possessive, nxt = True, nxt + 1  # "Goldman Sachs' shares"
    if possessive and nxt < len(toks) and toks[nxt].low in BUSINESS_NOUNS:
        return True
    # (not "a stake in Kylie Jenner's cosmetics company": the firm is what she owns)
    return first >= 2 and toks[first - 1].low in _BUSINESS_OF and not possessive and (
        toks[first - 2].low in BUSINESS_NOUNS or toks[first - 2].low == "stake"
    ) and not (nxt < len(toks) and toks[nxt].text in ("'", "’"))


# Verbs of riding, playing or working for a team or firm: "who rides for Saunier Duval-Prodir",
# "qui court pour X", "works for Goldman Sachs"; English, French, Spanish, Italian.
_SERVES = frozenset(
    """
    rides rode riding races raced racing plays played playing works worked working drives drove
    court courait roule roulait joue jouait travaille travaillait
    corre corría juega jugaba trabaja trabajaba corre gioca giocava lavora lavorava
    """.split()
)


def serves_before(toks: list[Token], first: int) -> bool:
    """"who rides for X", "qui court pour X", "works for X": a team or a firm, not a person."""
    return first >= 2 and toks[first - 1].low in ("for", "pour", "para", "per", "voor") and toks[first - 2].low in _SERVES


_EMPLOYER_PREPS = frozenset("of with at from de di con van bij chez von".split())


def employer_of(toks: list[Token], prev: int) -> bool:
    """"Mike Gikas of Consumer Reports", "Ben Reitzes, with Barclays Capital", "Ben Reitzes, de
    Barclays Capital": a name after a preposition that follows a person's two or three
    capitalized words names where the person works, an organisation (a known place is
    typed first: "Tony Blair of Britain")."""
    if prev < 2 or toks[prev].low not in _EMPLOYER_PREPS or toks[prev].is_cap:
        return False
    k = prev - 1
    if toks[k].text == ",":
        k -= 1
    n = 0
    while k >= 0 and toks[k].is_cap and toks[k].is_word and not toks[k].is_acronym:
        n += 1
        k -= 1
    return 2 <= n <= 3 and (k < 0 or not toks[k].is_cap)


def employs_next(toks: list[Token], last: int) -> bool:
    """"Goldman Sachs analyst Jane Doe", "Morgan Stanley chief economist Richard Berner": a
    name right before a lower-case title and another capitalized name is who that person
    works for (a person's own name takes a possessive there: "Obama's spokesman")."""
    if strip_possessive(toks[last])[1]:
        return False
    j = last + 1
    while j < len(toks) and j - last <= 3 and toks[j].is_word and not toks[j].is_cap and (
        toks[j].low in nm.TITLE_MODIFIERS or toks[j].low in nm.TITLE_HEADS
    ):
        j += 1
    return j - last >= 2 and toks[j - 1].low in nm.TITLE_HEADS and j < len(toks) and toks[j].is_cap and (
        toks[j].low not in nm.FUNCTION_WORDS
    )



# Titles only a firm or a body gives ("chairman of Genentech", "CEO de Apple", "fundador de
# Pixar"): what they are of is an organisation even when it is one word.
FIRM_TITLE_HEADS = frozenset(
    """
    ceo chairman chairwoman founder co-founder cofounder shareholder shareholders
    fondateur cofondateur fondatrice pdg fundador cofundador fundadora cofundadora
    fondatore cofondatore oprichter medeoprichter
    """.split()
)
