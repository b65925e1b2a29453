"""Who "he" or "she" is when a quote's speaker is a pronoun: the nearest person named
before the quote whose gender, as the article gives it (honorifics, nouns in apposition,
"X said she"), does not contradict the pronoun."""

from __future__ import annotations

import re
from collections import Counter

from synoptic.lang.given_names import given_name_sex, is_given_name
from synoptic.model import EntityMention, Sentence, Span
from synoptic.text import names as nm
from synoptic.text import person_evidence as pe
from synoptic.text.person_fates import KIN_NOUNS

# A word goes on over combining marks: an Indic vowel sign ("गांवों", MultiLing 2011 M000 in
# Hindi: cut at each sign, every Hindi quote shared its one-letter "words" with every other),
# Arabic harakat, decomposed Latin accents; a danda ("।", U+0964/5) ends it.
_MARKS = "\u0300-\u036f\u064b-\u065f\u0670\u0900-\u0963\u0966-\u0dff"
WORD = re.compile(rf"[^\W\d_][\w'’\-{_MARKS}]*|\d[\d.,]*")
MALE_PRONOUNS = frozenset("he him his il lui él hij".split())
FEMALE_PRONOUNS = frozenset("she her hers elle ella zij lei".split())
_PREPOSITIONS = frozenset(
    "on in at to from with by of for about against into onto over under via sur dans avec "
    "par pour contre en con por para sobre contra".split()
)
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’»)]?\s")
_APPOSITION = re.compile(r",(?:\s*\d{1,3},)?\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?")


def sentence_bounds(sentences: list[Sentence], pos: int) -> tuple[int, int] | None:
    for s in sentences:
        if s.span.start <= pos < s.span.end + 1:
            return s.span.start, s.span.end
    return None


def gender_evidence(
    text: str, mentions: list[EntityMention], sentences: list[Sentence]
) -> dict[str, str]:
    """Surname key -> "m"/"f" from honorifics, or a pronoun right after the name in its sentence."""
    votes: dict[str, Counter[str]] = {}
    persons = [m for m in mentions if m.type == "PERSON"]
    for i, m in enumerate(persons):
        key = nm.translit_key(m.span.text.split()[-1].removesuffix("'s").removesuffix("’s"))
        c = votes.setdefault(key, Counter())
        before = text[max(0, m.span.start - 6) : m.span.start].lower().split()
        if before and before[-1] in nm.MALE_HONORIFICS:
            c["m"] += 2
        if before and before[-1] in nm.FEMALE_HONORIFICS:
            c["f"] += 2
        # "Zurana Horton, 34, a mother of 12": the role or the appositive's noun
        described = (m.role or "") + " " + (_APPOSITION.match(text, m.span.end) or [""])[0]
        nouns = {w.lower() for w in WORD.findall(described)}
        if nouns & nm.MALE_NOUNS and not nouns & nm.FEMALE_NOUNS:
            c["m"] += 2
        elif nouns & nm.FEMALE_NOUNS and not nouns & nm.MALE_NOUNS:
            c["f"] += 2
        sb = sentence_bounds(sentences, m.span.start)
        if sb is None:
            continue
        nxt = persons[i + 1].span.start if i + 1 < len(persons) else sb[1]
        window = text[m.span.end : min(sb[1], nxt)]
        # "X explained that she ...": a subject pronoun within a few words of the name;
        # "Villittha said her grandson …" (GVC 562315, dev): a possessive right after a verb
        # that takes no person as its object
        words = [w.lower() for w in WORD.findall(window)[:5]]
        own = words[1] if len(words) >= 2 and words[0] in _NO_OBJECT_CUES else None
        if ("he" in words or own == "his") and "she" not in words and own != "her":
            c["m"] += 1
        elif ("she" in words or own == "her") and "he" not in words and own != "his":
            c["f"] += 1
    out = {}
    for key, c in votes.items():
        if c["m"] != c["f"]:
            out[key] = "m" if c["m"] > c["f"] else "f"
    return out


_NO_OBJECT_CUES = frozenset("said says added explained recalled noted".split())
# a possessive after a name: "Lewis' father", "Reid's rep"
_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|(?<=s['’]))")


# A sentence opening on an unnamed person introduced as new ("A witness, who requested her
# identity not be revealed, said she …": GVC train; "One neighbor", "Another resident"): a
# pronoun after it is that person's, not a name's further back
_UNNAMED_SUBJECT = re.compile(r"(?:^|(?<=[.!?\n])[\"”’]?\s*)(?:A|An|One|Another)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b")


def _last_unnamed_subject(text: str, hi: int) -> int:
    """Where the last sentence before `hi` that opens on an unnamed newcomer starts (-1: none)."""
    last = -1
    for m in _UNNAMED_SUBJECT.finditer(text, 0, hi):
        noun = m.group(1)
        if noun in nm.MALE_NOUNS or noun in nm.FEMALE_NOUNS or (
            noun in pe.PERSON_NOUNS and nm.singular(noun) == noun):
            last = m.start()
    return last


_PLURAL_PRONOUNS = frozenset("they ils elles ellos".split())


def resolve_pronoun(
    text: str,
    pron: Span,
    before: int,
    mentions: list[EntityMention],
    genders: dict[str, str],
    quoted: list[tuple[int, int]],
) -> EntityMention | None:
    """The nearest person named before the quote, outside quotations, whose known
    gender (honorifics, "X said she") does not contradict the pronoun."""
    want = "m" if pron.text.lower() in MALE_PRONOUNS else "f" if pron.text.lower() in FEMALE_PRONOUNS else None
    found: EntityMention | None = None
    if pron.text.lower() in _PLURAL_PRONOUNS:
        return None  # '"…," they said' after "Family members said …": a group, not the last name
    unnamed = _last_unnamed_subject(text, before)  # (once a pronoun, not once a candidate)
    for m in sorted(mentions, key=lambda m: -m.span.start):
        if m.type != "PERSON" or m.span.start >= before:
            continue
        if any(s <= m.span.start < e for s, e in quoted):
            continue
        # "Jennifer Anderson, Matt's mother, addressed the court. '...,' she said": a possessor
        # is not the one who speaks (as `quotes` skips "Reid's rep told Us")
        if _POSSESSIVE_AFTER.match(text, m.span.end):
            # "Steafon Lewis' father offered an apology. '…,' he said" (GVC 562315, dev): a
            # possessor opening its sentence qualifies the subject, who is not named
            start = text.rfind("\n", 0, m.span.start) + 1
            opening = _SENTENCE_BREAK.search(text, start, m.span.start)
            if found is None and not (text[opening.end() if opening else start : m.span.start]).strip():
                return None
            continue
        # "on Twitter", "with Biden": the object of a preposition is rarely the "he" who speaks
        prev = WORD.findall(text[max(0, m.span.start - 12) : m.span.start])
        if prev and prev[-1].lower() in _PREPOSITIONS:
            continue
        # "Rachel Williams said Davis was a 'nice kid.' '…,' she said" (GVC 562315, dev): the
        # subject of what was said is not the one who says the next words
        if prev and prev[-1].lower() in _NO_OBJECT_CUES and not _SENTENCE_BREAK.search(
                text, max(0, m.span.start - 12), m.span.start):
            continue
        # ... nor anyone named further on in what another named person said in an earlier
        # sentence: "Villittha said her grandson told her he was playing with a gun when
        # Davis was shot. '…,' she said" (the one who reported it goes on speaking; within
        # the reported sentence itself, "X said that Mendoza … and that he told …", the
        # pronoun is of those it reports)
        if _SENTENCE_BREAK.search(text, m.span.end, before) and _in_reported_clause(text, m, mentions):
            continue
        # ... nor the relative named as what was said of: "She said her son Dewaun Rockingham
        # was the light of her life. '…,' she said" (GVC train)
        near = [w.lower() for w in WORD.findall(text[max(0, m.span.start - 40) : m.span.start])[-3:]]
        if len(near) == 3 and near[0] in _NO_OBJECT_CUES and near[1] in ("his", "her", "their") and near[2] in KIN_NOUNS:
            continue
        g = mention_sex(m, genders)
        if want is not None and g is not None and g != want and not (
                g != _evidence_sex(m, genders) and _opens_last_sentence(text, m, before)):
            continue
        if found is None and unnamed >= m.span.end:
            return None
        if found is None:
            # (a name only its shape makes a person's is one when it opens on a given name:
            # "As police sought Walker, Doreen Walker woke up …. '…,' she said", GVC train)
            if not m.weak or is_given_name(m.span.text.split()[0]):
                return m
            found = m
        elif _SENTENCE_BREAK.search(text, m.span.end, found.span.start):
            break
        elif not m.weak:
            # "Bruce Ewing, commandant de l'équipe Canada's Disaster Assistance Response, …":
            # a name only by its shape after a sure person in one sentence is that
            # person's team or title, not the "he" who speaks
            return m
    return found



def _in_reported_clause(text: str, m: EntityMention, mentions: list[EntityMention]) -> bool:
    """Is `m` named inside what another person, named before it in its sentence and
    followed at once by a verb of saying, said ("X said ... m ...")?"""
    start = text.rfind("\n", 0, m.span.start) + 1
    breaks = list(_SENTENCE_BREAK.finditer(text, start, m.span.start))
    start = breaks[-1].end() if breaks else start
    for n in mentions:
        if n.type != "PERSON" or not (start <= n.span.start and n.span.end < m.span.start):
            continue
        after = WORD.findall(text[n.span.end : n.span.end + 16])
        if after and after[0].lower() in _NO_OBJECT_CUES and not _same_person(
                name_words(n), name_words(m)):
            return True
    return False


def name_words(m: EntityMention) -> list[str]:
    """A mention's words, a possessive "'s" taken off ("Lewis's" -> ["Lewis"])."""
    return m.span.text.removesuffix("'s").removesuffix("’s").split()


def pronoun_sex(word: str) -> str | None:
    low = word.lower()
    return "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None


def _evidence_sex(m: EntityMention, genders: dict[str, str]) -> str | None:
    return genders.get(nm.translit_key(name_words(m)[-1]))


def _opens_last_sentence(text: str, m: EntityMention, before: int) -> bool:
    """Does the name open the sentence right before the quote? Its pronoun is then the
    name's whatever sex a given name says: a translation may have lost it ("Wendy Sherman
    announced …. '…,' he added": a machine translation, the example)."""
    start = text.rfind("\n", 0, m.span.start) + 1
    breaks = list(_SENTENCE_BREAK.finditer(text, start, m.span.start))
    opened = not text[breaks[-1].end() if breaks else start : m.span.start].strip()
    return opened and len(_SENTENCE_BREAK.findall(text, m.span.end, before)) <= 1


def mention_sex(m: EntityMention, genders: dict[str, str]) -> str | None:
    """A person's sex as the article gives it: by the given name the mention opens on
    ("Viola Warren", "Wendell Warren": one surname, two sexes), else by what the article
    says of the surname (`gender_evidence`)."""
    words = name_words(m)
    own = given_name_sex(words[0]) if len(words) > 1 else None
    return own or genders.get(nm.translit_key(words[-1]))


def _same_person(a: list[str], b: list[str]) -> bool:
    """Two full forms of one name: one ends with the other ("Apple Steve Jobs" / "Steve
    Jobs", a word the tagger took in), or their given names are one's short form ("Fred" /
    "Frederick LaRue")."""
    short, long_ = sorted((a, b), key=len)
    if long_[len(long_) - len(short):] == short:
        return True
    x, y = sorted((nm.translit_key(a[0]), nm.translit_key(b[0])), key=len)
    return len(x) >= 3 and y.startswith(x)


def full_name(m: EntityMention, mentions: list[EntityMention], sex: str | None = None,
              spoken: list[str | None] | None = None, bare_surnames: int = 3) -> str:
    """The most complete form of this person's name written in the same article. Of a
    surname several people bear, not one of the other sex than the pronoun that named the
    speaker (`sex`: '"…," she said' after "Doreen Walker" and "Jonathon Walker"), and the
    one who spoke last of those who have (`spoken`: the article's speakers so far; '"…,"
    said his 20-year-old daughter Nicole Caron. … "…," Caron recalled', not Dan Caron,
    the man shot), else the first named. A full name first written after the surname alone
    has stood more than `bare_surnames` times is not this person's."""
    surface = m.span.text.removesuffix("'s").removesuffix("’s")
    if m.type != "PERSON":
        return surface
    last = nm.translit_key(surface.split()[-1])
    fuller: list[str] = []
    bare = 0  # the surname written alone so far, in the article's order
    for o in sorted(mentions, key=lambda o: o.span.start):
        words = name_words(o)
        if o.type != "PERSON" or nm.translit_key(words[-1]) != last:
            continue
        if len(words) <= len(surface.split()):
            bare += 1
        elif o.span.start > m.span.start and bare > bare_surnames:
            # a full name first written after the surname alone has long stood for someone
            # is another bearer of it: "Louis Gigante", the brother, after 40 "Gigante" that
            # are Vincent, introduced as 'Vincent "The Chin" Gigante' (ECB+ 26, dev: the
            # brother was given Vincent's "God bless you")
            continue
        elif not (sex is not None and given_name_sex(words[0]) not in (None, sex)):
            fuller.append(" ".join(words))
    if len(set(fuller)) > 1:
        speakers = [n for n in (spoken or []) if n in fuller]
        if speakers:
            return speakers[-1]
        # a surname two people bear, neither of whom has spoken: the one the article named
        # first, its longest form ("Frederick LaRue", the subject, not "Ike Parsons LaRue",
        # his father named after him, ECB+ 28, dev)
        fuller = [n for n in fuller if _same_person(n.split(), fuller[0].split())]
    best = surface
    for name in fuller:
        if len(name.split()) > len(best.split()):
            best = name
    return best
