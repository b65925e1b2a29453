"""Words of each language in one place, as spaCy keeps `lang/xx/stop_words.py`.

Each language package (`lang/en`, `lang/fr`, `lang/es`, `lang/de`, `lang/it`, `lang/nl`,
`lang/ar`; short lists for `lang/el`, `lang/ru`, `lang/cs`, `lang/he`) holds its
function-word lists in `stop_words.py`, one list per purpose, because the stages filter
words for different reasons and the lists were tuned for them:

- `STOP_WORDS`: no evidence of content (lexical overlap of facts, the brief's concepts);
- `FUNCTION_WORDS`: capitalized only because they open a sentence (names, quotes);
- `OPENING_WORDS`: open many sentences without naming anything (story linking's names);
- `COUNT_CONTEXT_WORDS`: say nothing about what a figure counts (number disputes);
- `POLARITY_WORDS`: carry no content when two statements are set against each other;
- `NOUN_SEARCH_WORDS`: end the search for the noun a number counts (quantities);
- `DANGLING_OPENINGS`: a sentence opening with one of these (one or two words: "He",
  "The two") leans on an earlier sentence for its referent (the brief, write/standalone.py);
- `PROMO_OPENINGS`: imperatives addressed to the reader ("Read", "Subscribe"): a promo,
  never a fact or a timeline entry (write/standalone.py);
- `TIME_NOUNS`: after a demonstrative they name a time, not a referent ("This week");
- `DANGLING_PREFIXES`: an opening word starting so continues an earlier sentence (Arabic "وال");
- `OBJECT_CLITICS`, `AUXILIARIES`: an object pronoun before an auxiliary among the first
  words ("Le jury l'a condamné") leans on an earlier sentence too (French, Spanish, Italian);
- `PRONOUNS`: personal pronouns, never a name ("Je", "Ik"), and the end of a search for
  the speech verb after a name ("Afterwards he said": "Afterwards" is no speaker);
- `PERSON_NOUNS`: common nouns for people and groups that open sentences ("Diplomats
  said", "Policeman"): never a person's name on their own (entities);
- `NAME_TITLES` (Arabic, a script without capitals): titles and honorifics written before
  a name ("الرئيس", "السيد"); `ORG_HEADS`: nouns that open an organisation's name;
  `SPEECH_VERBS`: verbs of saying, whose subject follows them; `SUBJECT_GAP_WORDS`: a
  particle or preposition where the subject of an opening verb would stand ("وأضاف أن",
  "and [he] added that": the subject is the sentence before's); `NOT_VERBS`: words that
  after "و" open no verb ("وفقا ل"); `WEEKDAY_NAMES`: weekdays as a dateline opens with them
  (languages whose names `text/timex_parse.WEEKDAYS` lacks);
- `CORPORATE_WORDS`: legal forms and business nouns written inside a name ("Chrysler LLC",
  "Banco Santander", "Gruppo Fiat", "Opel GmbH"): a name holding one is an organisation's;
- `VERB_FORMS` (Arabic): finite verbs frequent in news; a name ends before one;
  `TITLE_COMPLEMENTS`: nouns a title governs before its qualifiers ("رئيس وزراء"),
  `NAME_FUNCTION_WORDS`: function words that also open names after a title ("بان كي مون");
- `NAME_ADJECTIVES`: lower-case adjectives that continue a capitalized name ("Nations unies");
  `ORG_NAME_HEADS`: nouns that open an organisation's name written on in lower case ("le
  Conseil des monuments nationaux du Chili");
- `FAITH_ADJECTIVES`: adjectives of a faith or a church, capitalized in names ("Roman
  Catholic", "Catholic Charities"): a name holding one is no person's ("Christian", a given
  name too, is left out);
- `ORG_OPENERS`: words that open an organisation's name before a proper name, never a
  person's ("Air France"), only as the first word ("MacBook Air" is a product);
- `MONTH_NAMES`: month names dateparser lacks (Arabic: the Levantine ones), January
  first, read by `month_names` (text/timex_parse.py);
- `WEEKDAY_PAST`, `WEEKDAY_NEXT`: words beside a weekday that make it the last or the next
  one ("ביום חמישי שעבר", "την περασμένη Πέμπτη"), and `DAY_ORDINALS`: days of the month as
  ordinal words, the first day first ("בשביעי ביולי"), read by text/timex_extra.py;
- `CLAUSE_PREPOSITIONS`, `SUBJECT_ARTICLES` (languages whose verb carries its subject):
  a phrase opened by a preposition before a speech verb ("Durante su discurso, afirmó que")
  leaves the verb its own subject, unless an article opens a noun phrase after it ("…, el
  portavoz afirmó");
- `GENITIVE_ENDINGS`, `GENITIVE_HEADS`, `GENITIVE_ARTICLES` (Czech, Greek): a title
  governs what it is of in the genitive, no preposition between ("ředitel Úřadu OSN"): the
  endings and head nouns that open such a complement, the article that may precede it;
- `DEMONYMS` (Czech, Greek): nouns of nationality, capitalized, that describe a person
  before the name ("Dán Michael Rasmussen") and are never a name (`text/names.is_demonym`);
- `TITLE_FORMS` (Greek): a title in an oblique case and its nominative ("προέδρου=πρόεδρος"),
  the form a role is shown in (`text/names.singular`);
- `SPONSOR_PHRASES`, `SELF_OPENINGS`, `PUBLICATION_NOUNS`: a sentence whose subject names
  the publication itself ("This week's podcast", "Ce dossier": a demonstrative and a noun
  for a publication) and that says it is paid for ("is sponsored by") is a sponsor's
  notice, never a fact (write/standalone.py);
- `CASE_ENDINGS` (Czech): endings of the oblique cases of a noun of nationality
  ("Španělem"), so a `DEMONYMS` word is known in any case (`text/names.is_demonym`);
  `DEMONYM_ADJECTIVE_ENDINGS` (Greek): endings of the adjective made of one ("Ιρανική"),
  no name either;
- `PLACE_CASE_ENDINGS` (Greek): an oblique case's ending of a place name and its
  nominative's ("ου=ο": "Ηνωμένου Βασιλείου"), and `PLACE_NAMES`: names of places CLDR
  (Babel's territories, `text/names.country_names`) gives otherwise ("Βρετανία"); a place
  is never a person (`text/declension.declined_place`); `PLACE_PREPOSITIONS`: a place
  after one is its object, never a quote's speaker (`text/quote_speaker.py`);
- `ORG_WORDS` (Greek): nouns of an organisation's name in their cases ("Υπηρεσία"): a
  name holding one is an organisation's (`text/names.ORG_WORDS`); `PLACE_WORDS` (Greek):
  nouns that end a place's name ("Ωκεανό"), `text/names.PLACE_WORDS`;
- `COORDINATORS`, `GERUND_ENDINGS`: a speech verb joined to a clause by a conjunction
  ("… en zei dat …") or written as a gerund ("…, saying") has the clause's
  subject for its own (`text/quote_speaker.py`);
- `RELATIVE_PRONOUNS`: a quote that closes a relative clause ("which Britain considers
  "…"") is no far speech verb's before it (`text/quotes.py`);
- `VERB_ENDINGS`: endings of finite verbs that open sentences before a name ("Creó Apple"):
  a capitalized first word so ending is no part of the name (a tuple of suffixes).

A language without a list for a purpose has none. The stemmer is one 5-character
prefix for every language (prefix truncation is a strong stemmer substitute across
European languages).
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("en", "fr", "es", "de", "it", "nl", "ar", "el", "ru", "cs", "he", "hi")
PURPOSES = (
    "STOP_WORDS",
    "FUNCTION_WORDS",
    "OPENING_WORDS",
    "COUNT_CONTEXT_WORDS",
    "POLARITY_WORDS",
    "NOUN_SEARCH_WORDS",
    "DANGLING_OPENINGS",
    "PROMO_OPENINGS",
    "TIME_NOUNS",
    "WEEKDAY_PAST",
    "WEEKDAY_NEXT",
    "DANGLING_PREFIXES",
    "OBJECT_CLITICS",
    "AUXILIARIES",
    "PRONOUNS",
    "PERSON_NOUNS",
    "NAME_TITLES",
    "ORG_HEADS",
    "SPEECH_VERBS",
    "VERB_ENDINGS",
    "SUBJECT_GAP_WORDS",
    "NOT_VERBS",
    "WEEKDAY_NAMES",
    "CORPORATE_WORDS",
    "VERB_FORMS",
    "TITLE_COMPLEMENTS",
    "NAME_FUNCTION_WORDS",
    "NAME_ADJECTIVES",
    "ORG_NAME_HEADS",
    "CLAUSE_PREPOSITIONS",
    "SUBJECT_ARTICLES",
    "FAITH_ADJECTIVES",
    "ORG_OPENERS",
    "GENITIVE_ENDINGS",
    "GENITIVE_HEADS",
    "GENITIVE_ARTICLES",
    "DEMONYMS",
    "TITLE_FORMS",
    "SPONSOR_PHRASES",
    "SELF_OPENINGS",
    "PUBLICATION_NOUNS",
    "CASE_ENDINGS",
    "DEMONYM_ADJECTIVE_ENDINGS",
    "PLACE_CASE_ENDINGS",
    "PLACE_NAMES",
    "PLACE_PREPOSITIONS",
    "RELATIVE_PRONOUNS",
    "COORDINATORS",
    "GERUND_ENDINGS",
    "ORG_WORDS",
    "PLACE_WORDS",
)
STEM_LEN = 5


@lru_cache(maxsize=64)
def language_code(language: str | None) -> str | None:
    """A language tag's base code: "en-US" -> "en", "pt_BR" -> "pt"; None stays None."""
    return language.split("-")[0].split("_")[0].lower() or None if language else None


@lru_cache(maxsize=256)  # asked per sentence by the timeline: the list is built once
def stop_words(code: str, purpose: str = "STOP_WORDS") -> frozenset[str]:
    """The words of one language kept out for `purpose` (empty for a language without them)."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown word list {purpose!r}; one of {PURPOSES}")
    if code not in LANGUAGES:
        return frozenset()
    module = importlib.import_module(f"synoptic.lang.{code}.stop_words")
    return frozenset(getattr(module, purpose, frozenset()))


@lru_cache(maxsize=64)
def month_names(code: str) -> dict[str, int]:
    """Month names of a language beyond those dateparser knows (`MONTH_NAMES` of its
    package: twelve strings, January first, alternatives separated by "|"), name -> 1..12."""
    if code not in LANGUAGES:
        return {}
    module = importlib.import_module(f"synoptic.lang.{code}.stop_words")
    names = getattr(module, "MONTH_NAMES", ())
    return {name: n for n, alternatives in enumerate(names, start=1) for name in alternatives.split("|")}


def day_ordinals(code: str) -> dict[str, int]:
    """Days of the month written as ordinal words (`DAY_ORDINALS`: the first day first,
    alternatives separated by "|"), word -> 1..31."""
    if code not in LANGUAGES:
        return {}
    module = importlib.import_module(f"synoptic.lang.{code}.stop_words")
    names = getattr(module, "DAY_ORDINALS", ())
    return {name: n for n, alternatives in enumerate(names, start=1) for name in alternatives.split("|")}


@lru_cache(maxsize=16)
def all_stop_words(purpose: str = "STOP_WORDS") -> frozenset[str]:
    """The words kept out for `purpose` in every language the package knows."""
    return frozenset().union(*(stop_words(code, purpose) for code in LANGUAGES))


def stem(word: str) -> str:
    """The word's 5-character prefix, case-folded, with one apostrophe form."""
    return word.casefold().replace("’", "'")[:STEM_LEN]


@lru_cache(maxsize=32)
def spacy_stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words for a language when spaCy is installed (optional extra), for
    languages this package has no lists for.

    The word list file is read on its own: importing spaCy itself takes seconds.
    """
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations or not code.isalpha():
        return frozenset()
    path = Path(list(spec.submodule_search_locations)[0]) / "lang" / code / "stop_words.py"
    try:
        source = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    # the list is a triple-quoted block of words: read it as data, never run it
    source = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("#"))
    blocks = re.findall(r'"""(.*?)"""', source, re.DOTALL)
    return frozenset(w for block in blocks for w in block.split())


# Word lists the dispute finders read (`lang/xx/disputes.py`), kept apart from the
# stop-word lists: they name things rather than filter them.
DISPUTE_PURPOSES = (
    "HONORIFICS", "OCCURRENCE_VERBS", "GENERIC_EVENT_NOUNS", "NICKNAMES", "GOOD_MANNER", "BAD_MANNER",
    "ORDINALS", "CONTRASTS", "RUNNING_TOTAL", "RESIDENCE_CUES", "RESIDENT_NOUNS",
    "STOP_CUES", "ROUND_ORDINALS", "ORDINAL_VALUES", "ORDINAL_COPULAS", "REPEAT_PHRASES", "REPEAT_ACTS",
    "PEOPLE_KINDS", "AND_WORDS", "RECORD_MOVES", "ACT_AUXILIARIES", "IRREGULAR_PAST",
    "BODY_PARTS", "WOUND_VERBS", "WOUND_NOUNS", "MALE_PEOPLE", "FEMALE_PEOPLE", "ANOTHER_PERSON",
    "ACT_FAMILIES", "CLAIM_HEDGES",
)


@lru_cache(maxsize=64)
def dispute_words(code: str, purpose: str) -> frozenset:
    """One language's dispute-finder list for `purpose` (empty when it has none)."""
    if purpose not in DISPUTE_PURPOSES:
        raise ValueError(f"unknown dispute list {purpose!r}; one of {DISPUTE_PURPOSES}")
    if code not in LANGUAGES or importlib.util.find_spec(f"synoptic.lang.{code}.disputes") is None:
        return frozenset()
    module = importlib.import_module(f"synoptic.lang.{code}.disputes")
    return frozenset(getattr(module, purpose, frozenset()))


@lru_cache(maxsize=16)
def all_dispute_words(purpose: str) -> frozenset:
    """A dispute-finder list over every language the package knows."""
    return frozenset().union(*(dispute_words(code, purpose) for code in LANGUAGES))
