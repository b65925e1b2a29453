"""What the words around a capitalized name say of it (#19), beside `person_evidence.py`:
a person's name joined by "of" to an organisation's, a country after a person's name,
"according to" before one who speaks, a figure glued before a name ("3News")."""

from __future__ import annotations

import re

from synoptic import lang
from synoptic.clean.outlet.registry import registry_outlet_named
from synoptic.lang.given_names import is_given_name
from synoptic.text import names as nm
from synoptic.text.case_complements import settle_genitive_complements
from synoptic.text.roles import CUE_WORDS, cue_follows
from synoptic.text.tokens import POSSESSIVE, Candidate, Token, strip_possessive

_ACCORDING = frozenset({("to", "according"), ("après", "d'"), ("après", "d’")})


def title_of_before(toks: list[Token], k: int) -> bool:
    """Is the complement word at k ("of", "de l'") that of a title ("secrétaire général de l'")?"""
    if k >= 1 and toks[k].low.replace("’", "'") in ("l'", "d'") and toks[k - 1].low in ("de", "du"):
        k -= 1
    # (the title's head or the adjective after it: "secrétaire général de l'")
    return any(nm.singular(toks[j].low) in nm.TITLE_HEADS for j in range(max(0, k - 2), k))


def acronym_of_title(toks: list[Token], run: list[int]) -> bool:
    """"le Secrétaire général de l'ONU Ban Ki-moon": does the run open on the acronym a title
    is of, glued before a person's two or three words?"""
    return 3 <= len(run) <= 4 and toks[run[0]].is_acronym and run[0] >= 1 and (
        toks[run[0] - 1].low.replace("’", "'") in ("of", "de", "du", "l'", "d'", "di", "del", "dell'")
    ) and title_of_before(toks, run[0] - 1) and all(
        toks[i].is_cap and not toks[i].is_acronym and toks[i].low not in nm.ORG_WORDS | nm.PLACE_WORDS | nm.EVENT_WORDS
        for i in run[1:]
    )


def glued_figure(text: str, start: int) -> int:
    """Where a name starts that a figure is glued to ("3News", "9News": one outlet's name,
    no person's), else `start`."""
    glued = start
    while glued > 0 and text[glued - 1].isdigit():
        glued -= 1
    return glued if glued < start and (glued == 0 or not text[glued - 1].isalnum()) else start


def according_to(toks: list[Token], prev: int) -> bool:
    """"According to X", "selon X", "según X", "d'après X": X speaks (a person or a body)."""
    return prev >= 0 and (toks[prev].low in ("selon", "según", "secondo") or (
        prev >= 1 and (toks[prev].low, toks[prev - 1].low) in _ACCORDING
    ))


_OF_ORG = frozenset("of de du di del della van".split())
_OF_ARTICLES = frozenset("the la le l' l’ el il lo het".split())


def split_person_of_org(toks: list[Token], run: list[int], title_len) -> list[list[int]]:
    """"Assistant Police Chief David Perkins of the Aransas Pass Police Department", "John
    Smith of the Mayo Clinic": a person's name (after a title or an honorific, or opening
    on a known given name) joined by "of" to an organisation's name (one holding an
    organisation word) is two names, the person's with the title and the organisation's.
    `title_len` is `roles.split_title`. An outlet's name glued to a person's is split off
    too (`split_outlet`)."""
    if len(parts := split_outlet(toks, run)) > 1:
        return parts
    for k in range(2, len(run) - 1):
        conn = toks[run[k]]
        if conn.is_cap or conn.low not in _OF_ORG:
            continue
        j = k + 1
        if toks[run[j]].low in _OF_ARTICLES and not toks[run[j]].is_cap:
            j += 1
        head, tail = run[:k], run[j:]
        # (an organisation word in it, or an acronym opening it: "Lt. Dan McGrath of the
        # LVMPD Homicide Section", GVC train)
        if not tail or not (toks[tail[0]].is_acronym or any(
                toks[i].low in nm.ORG_WORDS or nm.singular(toks[i].low) in nm.ORG_WORDS for i in tail)):
            continue
        n_title = title_len(toks, head)
        while n_title < len(head) and toks[head[n_title]].low in nm.HONORIFICS:
            n_title += 1
        name = head[n_title:]
        if not 2 <= len(name) <= 3 or any(not toks[i].is_cap or toks[i].low in nm.ORG_WORDS for i in name):
            continue
        if n_title or is_given_name(toks[name[0]].text):
            return [head, tail]
    return [run]


def split_outlet(toks: list[Token], run: list[int]) -> list[list[int]]:
    """"řekl Greenspon CTV News" (Greenspon told CTV News): where the language puts the
    listener right after the speaker, a person's name and an outlet the registry knows run
    together are two names (MultiLing 2011 M001 in Czech). The person's part is one to three
    capitalized words, the outlet's two words or an acronym; a run that is an outlet's name
    as a whole stays. (Not an outlet before a name: "the Australian Robbie McEwan" is who he
    is, not "The Australian".)"""
    if len(run) < 2 or registry_outlet_named(" ".join(toks[i].text for i in run)) is not None:
        return [run]
    for k in range(1, len(run)):
        head, tail = run[:k], run[k:]
        # (an outlet of one ordinary word, "Focus", ends names too often: "Climate Focus")
        if registry_outlet_named(" ".join(toks[i].text for i in tail)) is not None and _person_words(toks, head) and (
            len(tail) >= 2 or toks[tail[0]].is_acronym
        ):
            return [head, tail]
    return [run]


def _person_words(toks: list[Token], part: list[int]) -> bool:
    return 1 <= len(part) <= 3 and all(
        toks[i].is_cap and not toks[i].is_acronym and toks[i].low not in nm.ORG_WORDS and toks[i].low not in nm.FUNCTION_WORDS
        for i in part
    )


def country_follows(toks: list[Token], last: int) -> bool:
    """"Cadel Evans of Australia,", "Alberto Contador of Spain has won": a country after "of"
    (then punctuation or a lower-case word) says where a person is from; sports and
    diplomatic news name people so."""
    j = last + 1
    if j + 1 >= len(toks) or toks[j].low not in ("of", "from") or toks[j].is_cap:
        return False
    k = j + 1
    words = []
    while k < len(toks) and toks[k].is_word and toks[k].is_cap and len(words) < 3:
        words.append(toks[k].text)
        k += 1
    if not words or not nm.is_place_name(" ".join(words)):
        return False
    return k >= len(toks) or not toks[k].is_word or not toks[k].is_cap


def _title_word(tok: Token) -> bool:
    low = tok.low.rstrip(".")
    return (
        low in nm.TITLE_HEADS or nm.singular(low) in nm.TITLE_HEADS or low in nm.TITLE_MODIFIERS
        or low in nm.HONORIFICS or nm.is_demonym(strip_possessive(tok)[0].text)
    )


def names_in_title(toks: list[Token], role_span: tuple[int, int], sent: int, orgs: bool = True) -> list[Candidate]:
    """The names inside a person's title, each a mention of its own: "NATO Secretary General
    X", "U.S. Deputy Secretary of State X" (an acronym, a country), "Former Microsoft CEO
    Bill Gates" (capitalized words that are no title words: the organisation the title is of;
    not where the name is a place's: "la région Libertador General Bernardo O'Higgins")."""
    out: list[Candidate] = []
    run: list[Token] = []

    def flush() -> None:
        if run and orgs:
            org = Candidate(run[0].start, run[-1].end, list(run), sent)
            org.extra["org_before"] = "1"  # typed an organisation by `firm_types._firm_type`
            out.append(org)
        run.clear()

    for i in range(role_span[0], role_span[1] + 1):
        tok = toks[i]
        bare, possessive = strip_possessive(tok)
        if not tok.is_word or not tok.is_cap or _title_word(tok):
            flush()
        elif tok.is_acronym or nm.is_place_name(bare.text):
            flush()
            out.append(Candidate(bare.start, bare.end, [bare], sent))
        else:
            run.append(bare)
            if possessive:  # "Microsoft's chief executive X": the possessive ends it
                flush()
    flush()
    return out


_POLICE = frozenset("police polizia politie polizei policía policia".split())


def with_police_after(toks: list[Token], run: list[int]) -> list[int]:
    """"Toledo police", "Detroit police say": a town's name and the lower-case word for police
    after it name that town's police force, an organisation (the run takes the word); a
    country's name stays the country's ("New Zealand police said")."""
    nxt = run[-1] + 1
    if nxt < len(toks) and toks[nxt].low in _POLICE and not toks[nxt].is_cap and len(run) <= 3 and (
        not strip_possessive(toks[run[-1]])[1] and toks[nxt].start - toks[run[-1]].end == 1
        and not nm.is_demonym(toks[run[-1]].text)  # "Italian police": no name
        and not any(toks[i].low in nm.FUNCTION_WORDS for i in run)  # "When police arrived"
        and not nm.is_place_name(" ".join(toks[i].text for i in run))  # "New Zealand police": the country
    ):
        return [*run, nxt]
    return run


# Nouns of where two streets meet: "the corner of X and Y", "near the crossing of X and Y",
# "l'angle de", "la esquina de", "l'incrocio di", "de hoek van", English to Dutch.
_CROSSING_NOUNS = frozenset(
    """
    corner corners intersection crossing junction crossroads angle croisement carrefour
    esquina cruce intersección angolo incrocio hoek kruising kruispunt
    """.split()
)
_STREET_ENDS = nm.STREET_ABBREVIATIONS | frozenset(
    "street streets avenue avenues road roads drive boulevard lane way place court ave blvd".split()
)
_STREET_AND = frozenset("and & et y e en".split())
_STREET_PLURALS = frozenset("streets avenues roads drives boulevards lanes".split())


def _street_name(toks: list[Token], first: int, step: int) -> bool:
    """Capitalized words from `first` on (forwards or backwards) that end on a street word:
    "Harrison Street", "S. Harrison St."."""
    k = first
    while 0 <= k < len(toks) and toks[k].is_cap and toks[k].is_word:
        k += step
    last = k - 1 if step > 0 else first
    return k != first and toks[last].low in _STREET_ENDS and (step > 0 or toks[first].is_cap)


def at_crossing(toks: list[Token], run: list[int]) -> bool:
    """A name where two streets meet is a street's: "in the area of Charles Bussey and
    Harrison Street", "near the crossing of Charles Bussey and Harrison" (GVC 708277), "at
    Harrison Street and Charles Bussey": after a noun of crossings and "of", or joined by
    "and" to a street's name."""
    i = run[0] - 1
    if i >= 1 and toks[i].low in ("of", "de", "di", "van", "del") and toks[i - 1].low in _CROSSING_NOUNS:
        return True
    nxt = run[-1] + 1
    if nxt + 1 < len(toks) and toks[nxt].low in _STREET_AND and _street_name(toks, nxt + 1, 1):
        return True
    # "Terrace and Atlantic avenues": two names before one plural street noun
    k = nxt + 1 if nxt < len(toks) and toks[nxt].low in _STREET_AND else nxt
    while k < len(toks) and toks[k].is_cap and toks[k].is_word:
        k += 1
    if k < len(toks) and toks[k].low in _STREET_PLURALS and (k == nxt or k > nxt + 1):
        return True
    return i >= 1 and toks[i].low in _STREET_AND and toks[i - 1].low in _STREET_ENDS and toks[i - 1].is_cap


_YEAR = re.compile(r"(?:19|20)\d\d")
_TIME_PREPS = frozenset("in since of by until till from to before after during for on between around circa".split())


def model_year_before(toks: list[Token], first: int) -> bool:
    """"a silver 2004 Ford Escape" (GVC): a year after a determiner or an adjective and before
    the name dates a model of a thing; no one is named so ("In 2004 John Smith" stays)."""
    i = first - 1
    return i >= 1 and bool(_YEAR.fullmatch(toks[i].text)) and toks[i - 1].is_word and not toks[i - 1].is_cap and (
        toks[i - 1].low not in _TIME_PREPS
    )


_AND = re.compile(r"\s*(?:,\s*(?:and|y|et|e|en|und|o|or|ou)?|and|y|et|e|en|und|o|or|ou)\s*")
# Verbs and nouns whose object is a firm: one founds, buys or acquires a company ("he founded
# NeXT", "bought Pixar", "la compra de NeXT"), English, French, Spanish, Italian, Dutch.
_FIRM_OBJECT = re.compile(
    r"(?:\b(?:founded|co-founded|cofounded|bought|acquired|purchase of|acquisition of|takeover of|"
    r"fondé|racheté|rachat de|acquisition de|fundó|compró|adquirió|compra de|adquisición de|"
    r"fondato|acquistato|acquisito|acquisizione di|opgericht|overgenomen|overname van)\s+)$",
    re.IGNORECASE,
)
# A list of firms after a plural noun of firms: "companies including Apple Computer, Microsoft",
# "des entreprises majeures, comme Apple", "empresas como".
_FIRM_LIST = re.compile(
    r"\b(?:companies|firms|corporations|businesses|retailers|banks|organi[sz]ations|charities|entreprises|sociétés|"
    r"compagnies|organisations|empresas|compañías|organizaciones|aziende|società|imprese|organizzazioni|bedrijven|"
    r"organisaties)(?:\s+\w+)?,?\s+(?:including|such as|like|comme|dont|como|incluidas|incluyendo|come|tra cui|"
    r"quali|zoals|waaronder)\s+$",
    re.IGNORECASE,
)


def firms_by_company(cands: list[Candidate], text: str) -> None:
    """One word nothing typed (OTHER) is an organisation where it is what one founds or buys
    ("he founded NeXT", "In 1986 he bought Pixar"), or stands in a pair or list with an
    organisation ("positions at IBM and Compaq", "con IBM y Motorola")."""
    for c in cands:
        if c.type_hint == "OTHER" and len(c.tokens) <= 2 and (
            _FIRM_OBJECT.search(text, max(0, c.start - 30), c.start) or _FIRM_LIST.search(text, max(0, c.start - 50), c.start)
        ):
            c.type_hint = "ORG"
    by_start = sorted((c for c in cands if c.type_hint is not None), key=lambda c: c.start)
    for _ in range(2):
        for a, b in zip(by_start, by_start[1:], strict=False):
            if a.sent != b.sent or not _AND.fullmatch(text, a.end, b.start):
                continue
            for x, y in ((a, b), (b, a)):
                if x.type_hint == "ORG" and y.type_hint == "OTHER" and len(y.tokens) == 1 and not y.extra.get("named_thing"):
                    y.type_hint = "ORG"


_ARTICLES = frozenset("the los las la le les el il lo gli l' l’ de het der die".split())


def without_place_before(toks: list[Token], run: list[int], lower: set[str]) -> tuple[list[int], bool]:
    """"Stati Uniti Barack Obama": a place glued before a person's two or three words is no part
    of the name. Also: is that place what a title before it is of ("El Presidente de los
    Estados Unidos Barack Obama"), which makes the name a person's?"""
    for k in (3, 2, 1):
        rest = run[k:]
        if 2 <= len(rest) <= 3 and nm.is_place_name(" ".join(toks[i].text for i in run[:k])) and all(
            toks[i].is_cap and toks[i].low not in nm.ORG_WORDS | nm.PLACE_WORDS | nm.EVENT_WORDS | lower
            and not nm.is_place_name(toks[i].text) for i in rest
        ):
            j = run[0] - 1
            if j >= 0 and toks[j].low in _ARTICLES and not toks[j].is_cap:
                j -= 1
            titled = j >= 1 and toks[j].low in _OF_ORG | {"l'", "d'"} and title_of_before(toks, j)
            return rest, titled
    return run, False


def demonym_noun_before(toks: list[Token], run: list[int]) -> bool:
    """"l'australien Cadel Evans", "l'espagnol Alberto Contador": a nationality written as a
    noun (its article before it) right before two or three words names a person; not "le
    groupe américain General Motors", where it qualifies the noun before it."""
    i = run[0] - 1
    if i < 0 or toks[i].is_cap or not 2 <= len(run) <= 3:
        return False
    word = toks[i].low.replace("’", "'")
    if "'" in word:
        article, _, word = word.rpartition("'")
        return article in ("l", "d") and nm.is_demonym(word.capitalize())
    return i >= 1 and toks[i - 1].low in _ARTICLES and nm.is_demonym(word.capitalize())


def title_before_possessive(toks: list[Token], run: list[int]) -> bool:
    """"Senior Assistant State's Attorney Michael Pepper": a run of title words whose last
    word is a possessive and whose next word is a title head is the first part of a title,
    no name ("Ukraine's President" keeps its place: its run holds no title word)."""
    last = toks[run[-1]]
    nxt = run[-1] + 1
    if len(run) < 2 or not last.text.endswith(POSSESSIVE) or nxt >= len(toks) or not toks[nxt].is_cap:
        return False
    if nm.singular(toks[nxt].low) not in nm.TITLE_HEADS:
        return False
    return all(toks[i].low in nm.TITLE_HEADS or toks[i].low in nm.TITLE_MODIFIERS for i in run[:-1])


def name_after_title_complement(toks: list[Token], run: list[int]) -> list[int]:
    """"Under-Secretary-General for Humanitarian Affairs Jan Egeland": after a title and its
    "for"/"of", the complement's words glued before a two-word name opening on a known given
    name are the title's, not the person's."""
    if len(run) < 3 or run[0] < 2 or toks[run[0] - 1].low not in ("of", "for", "du", "de", "des", "del", "di"):
        return run
    head = toks[run[0] - 2]
    if not (nm.singular(head.low) in nm.TITLE_HEADS or head.low.endswith(("general", "secretary", "minister"))):
        return run
    first = toks[run[-2]]
    if not is_given_name(first.text) or first.low in nm.TITLE_HEADS or first.low in nm.ORG_WORDS or any(
        is_given_name(toks[i].text) for i in run[:-2]
    ):
        return run
    return run[-2:]


_EMPLOYER_PREPS = frozenset("of at for de du di del della van bij".split())


def retype_title_words(cands: list[Candidate], text: str) -> None:
    """Words of a person's title ("ministro de Agricultura") are no names of their own; but
    what the title is of names the person's employer ("presidente de Genentech"); nor is a
    title's genitive complement ("ředitel Úřadu OSN", `text/case_complements.py`)."""
    settle_genitive_complements(cands, text)
    role_spans = [c.role_span for c in cands if c.role_span and c.type_hint == "PERSON"]
    for c in cands:
        if c.type_hint == "OTHER" and any(rs <= c.start and c.end <= re_ for rs, re_ in role_spans):
            before = text[max(0, c.start - 40) : c.start].split()
            employer = len(before) >= 2 and before[-1].lower() in _EMPLOYER_PREPS and (
                nm.singular(before[-2].lower().strip(",")) in nm.TITLE_HEADS  # the head right before "de"
            )
            c.type_hint = "ORG" if employer else None


_LOWER_CONNECTORS = frozenset("de des du d' d’ la l' l’".split())
_PARTICIPLE_NEXT = frozenset("en à au aux dans par".split())


def with_lower_case_complement(toks: list[Token], run: list[int], language: str) -> list[int]:
    """"le Conseil des monuments nationaux du Chili", "la Chambre des représentants": in a
    language that capitalizes only an organisation's first word (`ORG_NAME_HEADS`), the head
    noun takes its complement of lower-case words (and a capitalized place after "du"/"de")."""
    heads = lang.stop_words(language, "ORG_NAME_HEADS")
    if len(run) != 1 or toks[run[0]].low not in heads:
        return run
    function = lang.stop_words(language, "FUNCTION_WORDS") - _LOWER_CONNECTORS
    out, k, words = list(run), run[0] + 1, 0
    while k < len(toks) and toks[k].low in _LOWER_CONNECTORS:
        k += 1
    if k == run[0] + 1:
        return run  # no "de": "le Sénat a voté"
    while k < len(toks) and words < 4 and toks[k].is_word and not toks[k].is_cap and toks[k].low not in function:
        if toks[k].low in _LOWER_CONNECTORS and not (
            k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].is_cap and toks[k + 1].low not in function
        ):
            break  # "... du Chili": the place is read below
        if toks[k].low.endswith(("é", "ée", "és", "ées")) and k + 1 < len(toks) and toks[k + 1].low in _PARTICIPLE_NEXT:
            break  # "... internationale basé en Indonésie": a participle after the name
        out.append(k)
        words += 1
        k += 1
    if not words:
        return run
    out = list(range(run[0], out[-1] + 1))
    j = k
    while j < len(toks) and toks[j].low in _LOWER_CONNECTORS:
        j += 1
    if j > k and j < len(toks) and toks[j].is_cap and nm.is_place_name(toks[j].text):
        out = list(range(run[0], j + 1))  # "... du Chili"
    return out


def without_held(cands: list[Candidate]) -> list[Candidate]:
    """Candidates not inside a name that took its lower-case complement (and the place after)."""
    held = [(c.start, c.end) for c in cands if c.extra.get("complement")]
    return [c for c in cands if not any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in held)]


def qualifies_noun(toks: list[Token], run: list[int], prev: int, language: str | None, indefinite: frozenset[str]) -> bool:
    """A name between a determiner and a common noun qualifies the noun; people are not
    named so: "an Al Qaeda operative", "un portavoz de" (an indefinite article right
    before), "the donated Star Wars costumes" (an article and an adjective before; GVC
    development 613903). Not before a verb of saying ("told her Mary was", "her Mary said")."""
    def content(i: int) -> bool:
        return 0 <= i < len(toks) and toks[i].is_word and not toks[i].is_cap and toks[i].low not in nm.FUNCTION_WORDS
    if not content(run[-1] + 1) or cue_follows(toks, run[-1], language):
        return False
    if prev >= 0 and toks[prev].low in indefinite:
        return True
    # an adjective between an English article and the name (where adjectives stand before
    # nouns; in French or Spanish the word there is a title: "le conseiller Dorothy
    # Lockwood d'avoir"), and the word after no past tense: "the young John Smith walked"
    english = (language or "en").split("-")[0].lower() == "en"  # French "a déclaré X à" is no article
    return english and prev >= 1 and content(prev) and toks[prev - 1].low in _ENGLISH_ARTICLES and not toks[
        run[-1] + 1
    ].low.endswith("ed")


_ENGLISH_ARTICLES = frozenset(("the", "a", "an"))


# Honorifics of Spanish and Italian only ("don Juan", "doña Rosa"); in other languages given
# names ("Baton Rouge Police spokesman Don Coppola Jr." is Don Coppola; GVC 486434)
ROMANCE_HONORIFICS = frozenset("don doña".split())


def inverted_cue(toks: list[Token], run: list[int]) -> bool:
    """'“…,” said Mattix.': a name right after a verb of saying that follows a quotation's
    close, and ending its clause, is that verb's inverted subject: a speaker, as the name
    before "said" is (GVC development 402674: the neighbour's two quotes had no speaker)."""
    i, nxt = run[0], run[-1] + 1
    return (i >= 2 and toks[i - 1].low in CUE_WORDS and toks[i - 2].text in ("”", '"', "»")
            and (nxt >= len(toks) or not toks[nxt].is_word))

