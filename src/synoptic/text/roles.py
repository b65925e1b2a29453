"""Titles and roles of a person as one article writes them: in the name's run ("U.S.
Deputy Secretary of State Wendy Sherman"), before it ("NATO chief X"), after it ("X, a
spokesman for Y,") or before a list of names ("their deputy foreign ministers, A and B")."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from synoptic import lang
from synoptic.lang.given_names import is_given_name
from synoptic.text import names as nm
from synoptic.text.declension import nominative_demonym
from synoptic.text.title_cases import oblique_title
from synoptic.text.tokens import (
    AGE,
    ARTICLES,
    DETERMINERS,
    POSSESSIVE,
    Candidate,
    Token,
    adjacent,
    is_qualifier,
)

PRONOUNS = lang.all_stop_words("PRONOUNS")
# Cue verbs right after a name make it a speaker (person or organisation).
CUE_WORDS = frozenset(
    """
    said says say told tells added adds explained stated asked replied warned insisted
    stressed noted argued wrote tweeted declared announced continued hammered assured
    affirmed claimed urged acknowledged admitted commented remarked recalled answered
    confirmed denied suggested predicted conceded cautioned emphasized emphasised
    testified testifies
    déclaré dit affirmé ajouté expliqué estimé souligné assuré indiqué
    dijo afirmó declaró añadió explicó aseguró señaló indicó
    insisté précisé averti rappelé advirtió insistió subrayó agregó
    """.split()
) | lang.all_stop_words("SPEECH_VERBS")  # "zei", "sagte", "detto", "dichiarato" (lang/xx)


# a noun for a person between a name and a speech verb is the speaker ("Heartbroken father
# says", "the Taradise star said"): the name qualifies it
_SPEAKING_NOUNS = nm.MALE_NOUNS | nm.FEMALE_NOUNS | lang.all_stop_words("PERSON_NOUNS") | frozenset(
    "star friend neighbor neighbour official spokesperson source".split()
)
_S_ADVERBS = frozenset("always sometimes perhaps nevertheless afterwards besides towards thus".split())


def _plural_noun(tok: Token) -> bool:
    """A lower-case word shaped like an English plural noun ("documents", "records"), not an
    adverb ("always", "finally") or a function word."""
    return tok.is_word and not tok.is_cap and len(tok.low) >= 4 and tok.low.endswith("s") and not (
        tok.low.endswith(("ss", "us", "ly", "ous")) or tok.low in _S_ADVERBS or tok.low in nm.FUNCTION_WORDS
    )


@lru_cache(maxsize=32)
def _false_friends(language: str | None) -> frozenset[str]:
    """Speech verbs of other languages that are function words of this one: Dutch "dit"
    ("this") is French "said" ("de BlackBerry op dit moment", Wikinews nl/190356)."""
    code = lang.language_code(language)
    if code is None:
        return frozenset()
    return (lang.stop_words(code, "FUNCTION_WORDS") & CUE_WORDS) - lang.stop_words(code, "SPEECH_VERBS")


def cue_follows(toks: list[Token], last: int, language: str | None = None) -> bool:
    """A speech verb right after the name, or after an adverb or auxiliary ("X later said");
    with the article's language, not a function word of it that another's verbs share."""
    false_friends = _false_friends(language)
    for k in range(last + 1, min(last + 4, len(toks))):
        if toks[k].low in CUE_WORDS and toks[k].low not in false_friends:
            return True
        # "Arrest documents say": a plural noun between is what speaks, the name qualifies it
        if _plural_noun(toks[k]) or toks[k].low in _SPEAKING_NOUNS:
            return False
        # "Afterwards he said": a pronoun is the speaker, not the word before it
        if not toks[k].is_word or toks[k].is_cap or toks[k].low in PRONOUNS:
            return False
    return False



# "Buckley had climbed": a capitalized subject of an auxiliary is likely a name
AUXILIARIES = frozenset("is was has had will would could did does".split())
_AMBIGUOUS_HEADS = frozenset("general major chief head chair captain leader king justice".split())


def split_title(toks: list[Token], run: list[int]) -> int:
    """Number of leading tokens of a run that form a title ("US Secretary of State").

    Of the prefixes that read as a title, prefer one ending on a title word ("... of
    State", not "... of State Hillary"), that leaves a two-word name, and is longest.
    """
    n = len(run)
    if _parse_role(toks, run[0], run[-1], loose=False) and _title_vocab(toks[run[-1]]) and not _given_then_head(toks, run):
        if not (n == 1 and cue_follows(toks, run[0])):
            return n  # a title with no name: "Deputy Foreign Minister" (but "King said")
    best: tuple[bool, bool, int] | None = None
    for k in range(n - 1):
        nxt = toks[run[k + 1]]
        if not nxt.is_cap or nxt.low in nm.ORG_CONNECTORS:
            continue
        if not _parse_role(toks, run[0], run[k], loose=False):
            continue
        rem = n - k - 1
        heads = [toks[i].low for i in run[: k + 1] if _is_head(toks[i])]
        if rem < 2 and all(h in _AMBIGUOUS_HEADS for h in heads):
            continue  # "General Motors", "Chief Keef": not a title before a name
        if rem < 2 and (not _title_vocab(toks[run[k]]) or nm.is_demonym(toks[run[k]].text)) and any(
            toks[i].low in _OF_WORDS for i in run[1:k]
        ):
            # "CEO de Apple Computer", "CEO of Nordic Naturals" (no title ends "of Nordic"):
            # one word after "title of Name" goes on the name
            continue
        if any(toks[i].low in nm.ORG_WORDS or nm.singular(toks[i].low) in nm.ORG_WORDS for i in run[k + 1 :]) or toks[run[-1]].low in nm.PLACE_WORDS or (
            nxt.low in nm.PLACE_OPENERS
        ):
            continue  # "General Motors Company", "General Bernardo O'Higgins Region", "Royal Marine Base X": no name
        if rem > 2 and nm.is_demonym(nxt.text) and any(toks[i].low in _OF_WORDS for i in run[k + 2 : -2]):
            continue  # "Comisaria Europea de Competencia Neelie Kroes": no name opens on its title's complement
        score = (_title_vocab(toks[run[k]]), rem >= 2, k)
        if best is None or score > best:
            best = score
    after = run[-1] + 1
    joined = after < len(toks) and toks[after].text in ("&", "+")  # "European Aeronautic Defense & Space"
    if best is None and 3 <= n <= 4 and not joined and nm.is_demonym(toks[run[0]].text) and not any(
        toks[i].low in nm.ORG_WORDS or toks[i].low in nm.PLACE_WORDS or toks[i].low in nm.EVENT_WORDS
        or toks[i].is_acronym
        for i in run[1:]
    ):
        return 1  # "Englishman Robert Buckley": the nationality describes the person
    return best[2] + 1 if best is not None else 0


def _given_then_head(toks: list[Token], run: list[int]) -> bool:
    """"Jocelyn Caporal", "Steve Bishop": a known given name and one word that is also a
    title (a rank, a see) are a person's name, not a title without a name."""
    first = toks[run[0]]
    return len(run) == 2 and is_given_name(first.text) and not (
        _is_head(first) or first.low in nm.TITLE_MODIFIERS or first.low in nm.ORG_WORDS or is_qualifier(first)
        or first.is_acronym
    )


def _title_vocab(tok: Token) -> bool:
    return _is_head(tok) or tok.low in nm.TITLE_MODIFIERS or is_qualifier(tok)


# a finite auxiliary ends an apposition (one-letter ones are other languages' prepositions)
_AUXILIARIES = frozenset("was were is are has have had will".split()) | {
    w for w in lang.all_stop_words("AUXILIARIES") if len(w) > 1}
_OF_WORDS = frozenset("of for to at in de del du des d' d’ da di della dello delle degli".split())
# Dutch and German "of", in lower case only ("Vincent van Gogh" holds it as a name's word)
_LOWER_OF = frozenset({"van", "von"})
# an article opening an apposition after a name, of languages whose articles are another's
# prepositions (Dutch "de", Italian "il"): "Neil Aspinall, de manager van Apple Corps, zei"
_APPOSITION_ARTICLES = frozenset({"de", "het", "een", "il", "lo"})


def _of_word(tok: Token) -> bool:
    return tok.low in _OF_WORDS or tok.low in _LOWER_OF and not tok.is_cap


_CLAUSE_WORDS = frozenset("who whose which that qui que dont quien quienes que".split())


_COMPOUND_HEADS = ("sheriff", "president", "minister", "secretary", "governor", "director",
                   "chancellor", "commissioner", "general", "chairman", "chairwoman")


def _is_head(tok: Token) -> bool:
    if tok.is_cap and len(tok.low) > 8 and tok.low.endswith(_COMPOUND_HEADS):
        return True  # "Undersheriff", "Vice-President", "Attorney-General"
    # plural heads only in lower case ("deputy foreign ministers"): "Queens" is a place
    return tok.low in nm.TITLE_HEADS and not (tok.is_cap and tok.low.endswith("s") and tok.low[:-1] in nm.TITLE_HEADS) or (
        not tok.is_cap and nm.singular(tok.low) in nm.TITLE_HEADS
    )


def _pre_word(tok: Token) -> bool:
    """A word that may come before a title's head: Deputy, U.S., NATO, Treasury, 29-year-old."""
    low = tok.low
    if low in nm.TITLE_MODIFIERS and low not in ("of", "the", "for", "and"):
        return True
    if AGE.match(low) or low in ("former", "ex", "top"):
        return True
    if is_qualifier(tok):
        return True
    return tok.is_word and tok.is_cap and low not in nm.FUNCTION_WORDS and low not in nm.CALENDAR_WORDS


def _parse_role(toks: list[Token], s: int, e: int, loose: bool, paired: bool = False) -> bool:
    """Does toks[s..e] read as a title: PRE* HEAD+ (of-phrase)?

    `loose` (after a determiner: "the commerce secretary") admits a few ordinary words;
    `paired` (an apposition, bounded by its commas) admits two titles joined by "and"
    ("The Vice President and general counsel of the company, Mark Chandler,").
    """
    if s > e or e - s > (14 if paired else 10):
        return False
    if paired and (k := _pair_joint(toks, s, e)) is not None:
        return _parse_role(toks, s, k - 1, loose) and _parse_role(toks, k + 1, e, loose)
    i, unknown = s, 0
    while i <= e and not _is_head(toks[i]):
        t = toks[i]
        if _pre_word(t):
            pass
        elif loose and t.is_word and t.low not in nm.FUNCTION_WORDS and unknown < 2 and not (
                t.low in CUE_WORDS or t.low in _AUXILIARIES):
            # (a verb ends the phrase: "his mother told New York Post columnist Cindy Adams"
            # gave her the role "mother told New York Post columnist", ECB+ 26, dev)
            unknown += 1
        else:
            return False
        i += 1
    if i > e:
        return False
    i += 1
    # (a nationality after the head, as French, Spanish and Italian write it: "Premier
    # Ministre Britannique", "presidente iraní")
    while i <= e and (_is_head(toks[i]) or (toks[i].low in nm.TITLE_MODIFIERS and toks[i].low not in _OF_WORDS | ARTICLES | {"and"})
                      or nm.is_demonym(toks[i].text)):
        i += 1
    if i > e:
        return True
    if not _of_word(toks[i]):
        return False
    i += 1
    if i <= e and toks[i].low in ARTICLES:
        i += 1
    count = 0
    while i <= e:
        t = toks[i]
        if _name_dot(toks, i):
            i += 1
            continue
        if not t.is_word or count >= 5 or not (t.is_cap or loose or _pre_word(t)):
            return False
        count += 1
        i += 1
    return count > 0


def _pair_joint(toks: list[Token], s: int, e: int) -> int | None:
    """The "and" joining two titles held by one person ("Vice President and general counsel",
    "vice presidente e consigliere generale"): right after a title's head, and the other
    title's head after it (not a name: "the minister and Bob Smith" is two people)."""
    for k in range(s + 1, e):
        if toks[k].low in _LIST_AND and _is_head(toks[k - 1]) and any(_is_head(t) for t in toks[k + 1 : e + 1]):
            return k
    return None


def role_before(text: str, toks: list[Token], first: int) -> tuple[int, int] | None:
    """Title words written just before a name: "NATO chief", "29-year-old soldier"."""
    end = first - 1
    if end < 0 or not adjacent(text, toks[end], toks[first]):
        return None
    if _complement_after(toks, first):
        return None
    # "le Premier ministre japonais Junichiro Koizumi": an adjective of nationality after the head
    tail = end
    if end >= 1 and not toks[end].is_cap and nm.is_demonym(toks[end].text) and adjacent(text, toks[end - 1], toks[end]) and (
        _is_head(toks[end - 1])
    ):
        end -= 1
    if not (_is_head(toks[end]) or toks[end].low in nm.TITLE_MODIFIERS - {"of", "the", "for", "and"}):
        return None
    best = None
    i = end
    while i >= 0 and end - i < 8 and (i == end or adjacent(text, toks[i], toks[i + 1])):
        if i < end and not toks[i].is_cap and toks[i + 1].is_cap and (_is_head(toks[i]) or oblique_title(toks[i].low)):
            # "a starostou Litueche Bernardem Cornejem starosta Pichilemu Roberto Córdova": the
            # capitalised words after a title are its holder's name, the title is "starosta"
            j = i + 1
            while j <= end and toks[j].is_cap:
                j += 1
            if best is not None and best < j:
                best = next((k for k in range(j, end + 1) if _parse_role(toks, k, end, loose=False)), None)
            break
        if toks[i].low in DETERMINERS and i < end and (best is None or best > i + 1) and _parse_role(toks, i + 1, end, loose=True):
            best = i + 1  # "the German environmental minister Sigmar Gabriel": a few ordinary words after "the"
        if toks[i].low in DETERMINERS or not toks[i].is_word and not AGE.match(toks[i].low):
            break
        if _parse_role(toks, i, end, loose=False):
            best = i
        i -= 1
    return (best, tail) if best is not None else None


def _complement_after(toks: list[Token], first: int) -> bool:
    """One capitalised word after a title that is what the title is of, not who holds it: an
    event's or an organisation's word ("Italský komentátor Tour de France"), or the word after
    a title in apposition to a name ("Diego Grez, reportér Wikinews v Pichilemu"; MultiLing 2011
    M003 and M005 in Czech, development: both were typed persons with those titles)."""
    if first + 1 < len(toks) and toks[first + 1].is_cap:
        return False  # a name of two words or more: "reportér Wikinews Diego Grez"
    if toks[first].low in nm.EVENT_WORDS or toks[first].low in nm.ORG_WORDS:
        return True
    i = first - 1
    while i >= 0 and not toks[i].is_cap and (_is_head(toks[i]) or toks[i].low in nm.TITLE_MODIFIERS):
        i -= 1
    return i < first - 1 and i >= 1 and toks[i].text == "," and toks[i - 1].is_cap


def _role_after(text: str, toks: list[Token], last: int) -> tuple[int, int] | None:
    """An appositive title: "Jens Stoltenberg, NATO chief, said", "X, a spokesman for Y."."""
    if last + 2 >= len(toks) or toks[last + 1].text != ",":
        return None
    i = last + 2
    loose = toks[i].low in DETERMINERS or toks[i].low in _APPOSITION_ARTICLES and not toks[i].is_cap or (
        toks[i].low == "another")  # "Bernard Warfield, another next-door neighbor, said"
    if loose:
        i += 1
    start = i
    # (an apposition no comma closes ends at the verb: "Jan Egeland, the UN's chief of
    # emergency relief said that …"; one that describes with "a" at its auxiliary: "Brennan
    # Weikel, a senior at Weatherford High School was killed in a hunting accident", GVC
    # 522597, dev; but "Mottaki, the female sailor will be released" names another subject)
    described = toks[last + 2].low in ("a", "an", "another")
    while i < len(toks) and (toks[i].text not in (",", ".", ";", ")", "—", "–", ":") or _name_dot(toks, i)) and (
        toks[i].low not in _CLAUSE_WORDS and toks[i].low not in CUE_WORDS
        and not (described and toks[i].low in _AUXILIARIES)
    ):
        i += 1
    if i == start:
        return None
    if _parse_role(toks, start, i - 1, loose, paired=True) or _head_then_of(toks, start, i - 1, loose):
        return start, i - 1
    # "Claudia Harris, a next-door neighbor and close friend of the family, said" (GVC dev
    # 525486): the title before "and" when what follows is no title ("the mayor and John Doe")
    k = next((k for k in range(start + 1, i - 1) if toks[k].low in _LIST_AND and _is_head(toks[k - 1])), None)
    if k is not None and _parse_role(toks, start, k - 1, loose):
        return start, k - 1
    return None


def _head_then_of(toks: list[Token], start: int, end: int, loose: bool) -> bool:
    """"Charles Ammon, associate professor of geosciences at Penn State University,": a title
    and a complement of any case after "of"/"at" (in an apposition, up to its comma)."""
    h = start
    while h <= end and not _is_head(toks[h]):
        h += 1
    while h + 1 <= end and _is_head(toks[h + 1]):
        h += 1
    if h < end and toks[h + 1].low not in _OF_WORDS | {"at", "en"}:
        # a head among the modifiers: "Apple's senior vice president for Macintosh engineering"
        # ("senior" is a head), Wikinews en/199629 (dev, read as a reader)
        h = next((k for k in range(h + 1, end) if _is_head(toks[k]) and toks[k + 1].low in _OF_WORDS | {"at", "en"}), h)
    if h >= end or end - h > 30 or not _parse_role(toks, start, h, loose):
        return False
    return toks[h + 1].low in _OF_WORDS | {"at", "en"} and all(t.is_word or t.text in ("'", "’", "-") for t in toks[h + 1 : end + 1])


def _name_dot(toks: list[Token], i: int) -> bool:
    """The full stop of "St." inside a name ("a spokesman for St. Vincent")."""
    return (toks[i].text == "." and 0 < i < len(toks) - 1 and toks[i - 1].low in nm.PLACE_ABBREVIATIONS
            and toks[i + 1].is_cap and toks[i + 1].low not in nm.FUNCTION_WORDS)


def _opens_clause(toks: list[Token], last: int) -> bool:
    """"According to the sheriff, Pullam did not have a pulse": a lone name after a comma and
    followed by an ordinary word is the subject of the clause the comma opens, not the title's
    apposition ("the sheriff, Mark Dobbs, said" closes it; "…, Mark Dobbs said" cues it)."""
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    return nxt is not None and nxt.is_word and not nxt.is_cap and nxt.low not in CUE_WORDS and nxt.low not in _LIST_AND


_LIST_AND = frozenset({"and", "et", "y", "e", "und", "en", "i", "og", "och", "a", "и", "και"})


def _role_of_list(text: str, toks: list[Token], first: int, last: int, name_starts: set[int]) -> tuple[int, int] | None:
    """"their deputy foreign ministers, Wendy Sherman and Sergei Riabkov": walk back over
    the list of names to the comma, then read the title before it."""
    i = first
    while True:
        if i >= 2 and toks[i - 1].text == "," and (i - 1) not in name_starts:
            j = i - 2
            # the comma may follow another name of the list
            back = j
            while back >= 0 and toks[back].is_cap and toks[back].is_word and back not in name_starts:
                back -= 1
            if back in name_starts and back != j + 1:
                i = back
                continue
            break
        if i >= 2 and (toks[i - 1].low in _LIST_AND or toks[i - 1].text == "&"):
            j = i - 2
            back = j
            while back > 0 and toks[back].is_cap and back not in name_starts:
                back -= 1
            if back in name_starts:
                i = back
                continue
        return _plural_title_of_list(text, toks, i) if i != first else None
    comma = i - 1
    if comma < 1 or i == first and _opens_clause(toks, last):
        return None
    end = comma - 1
    for s in range(max(0, comma - 14), comma):
        before = toks[s - 1] if s else None
        if before is not None and before.low not in DETERMINERS and before.is_word:
            continue
        loose = before is not None and before.low in DETERMINERS
        if _parse_role(toks, s, end, loose, paired=True):
            return s, end
    return None


def _plural_title_of_list(text: str, toks: list[Token], head: int) -> tuple[int, int] | None:
    """"singers Angela Similea and Dida Dragan": a plural title right before a list's first
    name is each member's (singular) role; a singular one ("Prime Minister A and B") is the
    first's alone."""
    span = role_before(text, toks, head)
    if span is None or not any(nm.singular(t.low) != t.low and nm.singular(t.low) in nm.TITLE_HEADS
                               for t in toks[span[0] : span[1] + 1]):
        return None
    return span


_COMPLEMENT_OPENERS = frozenset("of de des du del della di van von".split())


def _role_text(text: str, toks: list[Token], span: tuple[int, int]) -> tuple[str, int, int]:
    # "the company's finance chief": the title is "finance chief"
    if span[0] < span[1] and toks[span[0]].text.endswith(POSSESSIVE) and not toks[span[0]].is_cap:
        span = (span[0] + 1, span[1])
    # "Salih Idris's London-based adviser, Tom Carnaffin": the possessor is a person of
    # their own, named with their own name; the role is "London-based adviser"
    poss = [i for i in range(span[0] + 1, span[1]) if toks[i].text.endswith(POSSESSIVE) and toks[i].is_cap]
    if poss and all(toks[j].is_cap and toks[j].is_word for j in range(span[0], poss[-1] + 1)):
        span = (poss[-1] + 1, span[1])
    s, e = toks[span[0]].start, toks[span[1]].end
    words = []
    complement = False  # past "of": "Chief of Detectives Robert Boyce" heads detectives
    for t in toks[span[0] : span[1] + 1]:
        w = t.text
        complement = complement or t.low in _COMPLEMENT_OPENERS
        if not complement and nm.singular(t.low) != t.low and nm.singular(t.low) in nm.TITLE_HEADS:
            w = nm.singular(w)  # "deputy foreign ministers, A and B": each is a minister
        else:
            w = nominative_demonym(w)  # "před Španělem Albertem Contadorem": a Spaniard
        words.append(w)
    out = ""
    for i, t in enumerate(toks[span[0] : span[1] + 1]):
        if i and text[toks[span[0] + i - 1].end : t.start]:
            out += " "
        out += words[i]
    return out, s, e


def attach_roles(text: str, cands: list[Candidate], sent_toks: list[list[Token]]) -> None:
    by_sent: dict[int, list[Candidate]] = defaultdict(list)
    for c in cands:
        by_sent[c.sent].append(c)
    for sent_no, items in by_sent.items():
        toks = sent_toks[sent_no]
        index = {t.start: i for i, t in enumerate(toks)}
        starts = {index[c.start] for c in items if c.start in index and c.type_hint == "PERSON"}
        for c in items:
            if c.type_hint != "PERSON":
                c.role_span = None
                continue
            first = index.get(c.start)
            if first is None:
                continue
            last = max(i for i, t in enumerate(toks) if t.start < c.end)
            span = c.role_span
            if span is not None:
                # extend an in-run title left over "former", ages and qualifiers ("Ukraine's")
                ext = role_before(text, toks, span[0])
                if ext is not None:
                    span = (ext[0], span[1])  # "le président Iranien Mahmoud Ahmadinejad"
                else:
                    j = span[0] - 1
                    if j >= 0 and adjacent(text, toks[j], toks[j + 1]) and (
                        toks[j].low in ("former", "ex") or AGE.match(toks[j].low)
                        or (toks[j].is_cap and is_qualifier(toks[j]))
                    ):
                        span = (j, span[1])
            if span is None:
                before = role_before(text, toks, first - (1 if c.honorific else 0))
                span = before
            if span is None:
                span = _role_after(text, toks, last)
            if span is None:
                span = _role_of_list(text, toks, first - (1 if c.honorific else 0), last, starts)
            if span is None:
                c.role_span = None
                continue
            role, s, e = _role_text(text, toks, span)
            c.role = role
            c.role_span = (s, e)

