"""The words around a quote's attribution: the cue verbs of reported speech, and the title
words that may stand between a cue and its speaker's name ("said the team's spokeswoman X",
"a déclaré la porte-parole de l'équipe X", "X, président de l'UCI, a déclaré")."""

from __future__ import annotations

import re

from synoptic import lang
from synoptic.text import names as nm
from synoptic.text import person_evidence as pe
from synoptic.text.person_fates import KIN_NOUNS
from synoptic.text.pronoun_speakers import FEMALE_PRONOUNS, MALE_PRONOUNS, WORD

# Cue verbs of reported speech: English, French, Spanish here, other languages' from their
# `SPEECH_VERBS` lists in `lang/xx/` (Dutch "zei", German "sagte", Italian "detto"...).
# Small on purpose.
CUES = lang.all_stop_words("SPEECH_VERBS") | frozenset(
    """
    said says say saying told tells telling added adds adding explained explains stated states
    asked asks asking replied replies warned warns insisted insists stressed stresses noted notes
    argued argues wrote writes tweeted tweets declared declares announced announces continued
    hammered assured assures affirmed affirms claimed claims urged urges acknowledged admitted
    commented remarked recalled answered confirmed denied suggested predicted conceded cautioned
    emphasized emphasised pointed posted quoted quipped shouted yelled whispered reiterated
    concluded observed countered responded vowed promised testified called calling described
    describing
    stating noting explaining insisting arguing writing declaring announcing urging replying
    responding stressing acknowledging admitting reiterating
    déclaré déclare dit affirmé affirme ajouté ajoute expliqué explique estimé estime souligné
    souligne assuré assure indiqué indique martelé insisté précisé lancé prévenu raconte raconté
    dijo dice afirmó afirma declaró declara añadió añade explicó explica aseguró asegura
    señaló señala indicó indica advirtió insistió subrayó agregó
    reconoció reconoce admitió admite diciendo afirmando asegurando señalando explicando añadiendo
    disant affirmant ajoutant expliquant reconnu admis reconnaît admet
    """.split()
)
PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | frozenset({"they", "ils", "elles", "ellos"})
# Arabic glues "and" / "so" to the verb ("وقال", "فأضاف")
_GLUED_CONJUNCTIONS = ("و", "ف", "ו")  # Arabic and Hebrew "and"


_STOP_PUNCT = re.compile(r"[.;!?]")
_AGE_WORD = re.compile(r"\d+(-year-old)?")


def is_cue(word: str) -> bool:
    w = word.lower()
    return w in CUES or (len(w) > 3 and w.startswith(_GLUED_CONJUNCTIONS) and w[1:] in CUES)


def title_gap(gap: str) -> bool:
    """" owner ", " spokesman ", " chief executive ": lower-case title words ending on a title."""
    words = WORD.findall(gap)
    return 1 <= len(words) <= 3 and not _STOP_PUNCT.search(gap) and "," not in gap and all(
        w[:1].islower() and (w.lower() in nm.TITLE_HEADS or w.lower() in nm.TITLE_MODIFIERS) for w in words
    ) and nm.singular(words[-1].lower()) in nm.TITLE_HEADS


_ABBREVIATED = re.compile(r"\b(\w+)\.")
_KIN_MODIFIERS = frozenset("older younger eldest oldest youngest elder little big twin late year-old".split())


def only_title_words(gap: str) -> bool:
    # (an honorific's full stop ends nothing: "said Rev. Ronald Taylor", "said Lt. X")
    # (nor a company's: "ha dichiarato il CEO di Apple Inc. Steve Jobs")
    gap = _ABBREVIATED.sub(lambda m: m[1] if m[1].lower() in nm.HONORIFICS or m[1].lower() in nm.COMPANY_ABBREVIATIONS
                           else m[0], gap)
    words = WORD.findall(gap)
    if len(words) > 8 or _STOP_PUNCT.search(gap):
        return False
    if gap.rstrip().endswith((",", "،")):
        return True  # an appositive title before the name: "said the opposition leader, X" (Arabic "،")
    if _title_noun_phrase(words) or _title_with_complement(words) or _descriptor(words):
        return True
    if len(words) >= 2 and words[0].lower() in ("his", "her", "their") and words[-1].lower() in KIN_NOUNS and all(
            _AGE_WORD.fullmatch(w.lower()) or w.lower() in _KIN_MODIFIERS for w in words[1:-1]):
        # "said his cousin Jennifer Rogulich" (GVC 571210, train), "said his 20-year-old
        # daughter Nicole Caron" (GVC train): a relative, named
        return True
    return all(
        w.lower() in nm.TITLE_HEADS
        or w.lower() in nm.TITLE_MODIFIERS
        or w.lower() in nm.HONORIFICS  # "said Rev. Ronald Taylor", "said Mr. Smith"
        or w.lower() in ("the", "a", "an", "by", "year-old", "ο", "η", "οι")  # Greek names take an article
        or _AGE_WORD.fullmatch(w.lower())
        or nm.is_demonym(w)
        or w.replace(".", "").isupper()
        or (w[:1].isupper() and w.endswith(("'s", "’s")))  # "Microsoft's Dustin Childs"
        # "said classmate Chelsea Becker": one person's common noun, written as a title
        or (w.islower() and w in pe.PERSON_NOUNS and nm.singular(w) == w)
        for w in words
    )


# "Pat McQuaid, président de l'Union Cycliste Internationale (UCI) a déclaré": a title in
# apposition that no second comma closes; the names inside it are not the subject
_OPEN_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|a|an|le|la|les)\s+|l['’])?([^\W\d_][\w-]*)[^.;!?\n]{0,120}")


def open_title_apposition(gap: str) -> bool:
    m = _OPEN_APPOSITION.fullmatch(gap)
    return bool(m) and gap.count(",") == 1 and nm.singular(m.group(1).lower()) in nm.TITLE_HEADS


# "the spokeswoman of the team X", "la porte-parole de l'équipe X": a title completed by
# what it speaks for, at most three words, right before the name
_COMPLEMENT_LINKS = frozenset("of for at de du des del della di dei degli dello van von".split())
_ARTICLES = frozenset("the a an le la les l il lo el los las der die das het".split())


def _title_with_complement(words: list[str]) -> bool:
    heads = [k for k, w in enumerate(words[:4]) if nm.singular(w.lower()) in nm.TITLE_HEADS]
    if not heads:
        return False
    k = heads[-1]
    rest = words[k + 1:]
    link = rest[0].lower() if rest else ""
    if not (link in _COMPLEMENT_LINKS or link.startswith(("d'", "d’"))) or len(rest) > 4:
        return False
    return all(w.lower() in _ARTICLES for w in words[:k]) and not any(
        is_cue(w) or w.lower() in PRONOUNS for w in rest
    )


def noun_of_people_after(gap: str) -> bool:
    """Lower-case words between a name and its cue that end on a noun of people ("village
    resident", "administration officials"): the name only qualifies the cue's subject."""
    words = WORD.findall(gap)
    return (
        bool(words) and len(words) <= 4 and not _STOP_PUNCT.search(gap) and "," not in gap
        and all(w[:1].islower() and w.lower() not in nm.FUNCTION_WORDS for w in words)
        and pe.is_person_noun(words[-1]) and not pe.is_pronoun(words[-1].lower())
    )


# articles that open a title between a cue and its name ("a déclaré le premier ministre X",
# "dijo el alcalde X", "ha detto il sindaco X", "zei de burgemeester X")
_ARTICLES = frozenset("the a an le la les l el los las il lo gli de het der die".split())


def _descriptor(words: list[str]) -> bool:
    """"said planetary geologist X", "said longtime friend X": a few lower-case content words
    ending on a singular noun describe the person named next (professions are too many to
    list); no function word, pronoun or cue among them ("told reporters X was…" has a plural)."""
    return 1 <= len(words) <= 3 and all(
        w.isalpha() and w.islower() and w not in nm.FUNCTION_WORDS and w not in PRONOUNS and not is_cue(w)
        for w in words
    ) and nm.singular(words[-1]) == words[-1] and not words[-1].endswith("ly")


def _title_noun_phrase(words: list[str]) -> bool:
    """"said national disaster agency spokesman X": a short noun phrase that ends on a title
    right before the name; its other words qualify the title (no function word, cue or
    pronoun among them: not "said that spokesman X", "said he told spokesman X")."""
    if not 2 <= len(words) <= 5 or nm.singular(words[-1].lower()) not in nm.TITLE_HEADS:
        return False
    return all(
        w.lower() in _ARTICLES
        or (w.lower() not in nm.FUNCTION_WORDS and w.lower() not in PRONOUNS and not is_cue(w))
        for w in words[:-1]
    )


# "…," Mr. Gravano quoted Mr. Gotti as saying: the words between a cue and a later one that
# make the later one's subject the person quoted (ECB+ 26, dev: the quote is Gotti's)
_QUOTED_AS = re.compile(r"\s+(?:[^.;:!?\"“”«»]|\.(?=\s[A-Z])){1,60}?\s+as\s+", re.IGNORECASE)


def quoted_as(text: str, cue: re.Match[str], cues: list[re.Match[str]]) -> re.Match[str]:
    """The cue whose subject speaks: "quoted X as saying" hands the quote to X's "saying"."""
    for later in cues:
        if later.start() > cue.end() and _QUOTED_AS.fullmatch(text, cue.end(), later.start()):
            return later
    return cue
