"""The speaker a quote's cue names: the name (or pronoun) closest to the cue, once the
names that only qualify another are set aside (a possessor, a title's organisation, an
appositive's names, a noun's complement, the object of the verb)."""

from __future__ import annotations

import re

from synoptic import lang
from synoptic.model import EntityMention, Span
from synoptic.text import names as nm
from synoptic.text import person_evidence as pe
from synoptic.text.attribution_words import (
    PRONOUNS,
    is_cue,
    noun_of_people_after,
    only_title_words,
    open_title_apposition,
    title_gap,
)
from synoptic.text.case_complements import genitive_phrase
from synoptic.text.place_pairs import after_place_preposition
from synoptic.text.pronoun_speakers import WORD
from synoptic.text.quote_cues import role_between

_FR_INVERSION = re.compile(r"-t-(il|elle|ils|elles)\b|-(il|elle)\b", re.IGNORECASE)
_OF_LINK = re.compile(r"\s+(?:of(?:\s+the)?|from(?:\s+the)?|de(?:\s+la)?|du|des|d['’]|del)\s*", re.IGNORECASE)
# ", 34, a mother of 12," after a name: the noun that says who the person is
_APPOSITIVE = re.compile(r"\s*,[^.;:!?\n]{1,140},\s*(?:\w+\s+){0,2}")
_AFTER_PREPOSITION = re.compile(r"\b(?:in|of|for|at|on|with|from|by)\s+(?:the|a|an)\s+$")
_MODIFIES_NOUN = re.compile(r"\s+[a-z]+\s*$")
_NOUN_COMPLEMENT = re.compile(r"[^\W\d_]{3,}\s+(?:of(?:\s+the)?|de(?:\s+la)?|du|des|d['’]|del|della|dello|dei)\s*$", re.IGNORECASE)


def speaker_near(
    text: str,
    lo: int,
    hi: int,
    cue_at: int,
    cue_end: int,
    mentions: list[EntityMention],
    prefer_after: bool,
    verb_first: bool = False,
    language: str | None = None,
) -> tuple[EntityMention | None, Span | None]:
    """The name (or pronoun) closest to a cue inside [lo, hi). In a verb-first language
    (Arabic) a name after the cue with only its own title between is the verb's subject
    ("قال رئيس الوزراء البريطاني توني بلير للصحفيين"), and a name with the preposition "ل"
    (to) glued to it is the one spoken to ("قال أحد الجنود لأحمدي نجاد")."""
    cands = sorted((m for m in mentions if lo <= m.span.start and m.span.end <= hi
                    and not (verb_first and m.span.start > 0 and text[m.span.start - 1] == "ل")),
                   key=lambda m: m.span.start)
    # "Yvo de Boer de la CCNUCC a déclaré", "Smith of Reuters said": the name after
    # "of" qualifies the one before it, which is the subject
    cands = [
        m for k, m in enumerate(cands)
        if not (k and _OF_LINK.fullmatch(text[cands[k - 1].span.end : m.span.start]))
    ]
    # "Le Centre d'alerte aux tsunamis du Pacifique a indiqué", "the mayor of Paris said":
    # a place or another non-person name completing a noun is not the subject
    cands = [
        m for m in cands
        if m.type in ("PERSON", "ORG") or not _NOUN_COMPLEMENT.search(text, max(0, m.span.start - 20), m.span.start)
    ]
    # a speaker is a person, or an organisation or a country speaking through someone; a
    # product, an event or a word the tagger could not type ("Rev" cut from its name) is none
    # ... nor a place in brackets, the gloss of the one before ("el evento de Cupertino (California) y expresó")
    cands = [m for m in cands if m.type != "OTHER" and not (
        m.type == "PLACE" and text[max(0, m.span.start - 1) : m.span.start] + text[m.span.end : m.span.end + 1] == "()")]
    # ... nor a place a preposition governs ("in Cupertino, Californië en zei", "για την Ιταλία")
    cands = [m for m in cands if not (m.type == "PLACE" and after_place_preposition(text, m.span.start, language))]
    # "η Υπουργός Εξωτερικών του Ηνωμένου Βασιλείου δήλωσε": a genitive completes a noun
    cands = [m for m in cands if not genitive_phrase(text, m.span.start, m.span.end)]
    # "said Soul City Boxing Gym owner Roshawn Jones": a name right before a title and a
    # person's name qualifies the title; the person is the speaker
    cands = [
        m for k, m in enumerate(cands)
        if not (m.type != "PERSON" and k + 1 < len(cands) and cands[k + 1].type == "PERSON"
                and title_gap(text[m.span.end : cands[k + 1].span.start]))
    ]
    # "said Wayne County Prosecutor Kym Worthy": a name inside a person's title is no speaker
    titles = [(p, p.role_span) for p in cands if p.type == "PERSON" and p.role_span is not None]
    cands = [m for m in cands if not any(
        p is not m and t.start <= m.span.start and m.span.end <= t.end and t.end <= p.span.start for p, t in titles
    )]
    # "X warned Moscow that “…”": a name after the cue is its object, unless the cue
    # opens the clause ("said X") as it does after a quote. After a quote whose cue has a
    # subject of its own ("…," a village resident told AP), the name after is the listener.
    allow_after = not text[lo:cue_at].strip(" ,.:;—–-\"“”«»„") or prefer_after and not any(
        w[:1].islower() and pe.is_person_noun(w) for w in WORD.findall(text, lo, cue_at)
    )
    best: tuple[float, EntityMention] | None = None
    for m in cands:
        if text[m.span.end : m.span.end + 2] in ("'s", "’s"):
            # "Reid's rep told Us", "said Pruner's friend Zachary Rees": the possessor is not
            # the speaker, before the cue or after it
            continue
        if m.span.end <= cue_at:
            gap = text[m.span.end : cue_at]
            # "Joe Crilly, a spokesperson for William Hill, said": the appositive's
            # names are not the subject; the name before it is
            appositive = (_APPOSITIVE.fullmatch(gap) or m.type == "PERSON" and open_title_apposition(gap)) and not cues_in(
                text, m.span.end, cue_at
            )
            if m.type != "ORG" and noun_of_people_after(gap):
                # "a Bukit Sama village resident told": the name qualifies the subject (an
                # organisation keeps its voice: "a Pentagon spokesman said")
                continue
            if _MODIFIES_NOUN.match(gap) and _AFTER_PREPOSITION.search(text, max(0, m.span.start - 20), m.span.start):
                # "The prosecutor in the Costello case claimed that …" (ECB+ 26, dev): a name
                # between "in the" and a noun qualifies the noun, the subject is unnamed
                continue
            dist = 0 if appositive else cue_at - m.span.end
            if prefer_after and m.span.start - lo <= 3 and m.type == "PERSON":
                dist = 0  # the name right after the quote: "…," LaRue, recalling…, told
        elif m.span.start >= cue_end:
            # after the cue only as its inverted subject: "…," said (29-year-old soldier) X
            subject = verb_first and m.type == "PERSON" and role_between(text, cue_end, m)
            if not subject and (not allow_after or not (only_title_words(_without_names(text, cue_end, m.span.start, mentions))
                                                        or role_between(text, cue_end, m))):
                continue
            dist = 0 if subject else m.span.start - cue_end + (0 if prefer_after else 5)
        else:
            continue
        # people speak more often than organisations, which speak more than places
        dist += {"PERSON": 0, "ORG": 15, "PLACE": 30}.get(m.type, 40)
        if best is None or dist < best[0]:
            best = (dist, m)
    pron: tuple[float, Span] | None = None
    for w in WORD.finditer(text, lo, hi):
        low = w.group().lower()
        if low in PRONOUNS and not _determines_title(text, w.end()):
            if w.end() <= cue_at:
                # ("She is asking for "…"", GVC train: an auxiliary between is no distance)
                d = 0 if re.fullmatch(r"\s+(?:is|was|has been|had been)\s+", text[w.end() : cue_at]) else cue_at - w.end()
            elif w.start() >= cue_end:
                if re.match(r"[ \t]+[^\W_]", text[w.end():]):
                    # "said his cousin Jennifer Rogulich", "said his 20-year-old daughter
                    # Nicole Caron" (GVC train): a determiner, not the subject
                    continue
                d = w.start() - cue_end
            else:
                continue
            if d <= 2 and (pron is None or d < pron[0]):
                pron = (d, Span("", w.start(), w.end(), w.group()))
    for m in _FR_INVERSION.finditer(text, lo, hi):
        if abs(m.start() - cue_end) <= 1 or abs(cue_at - m.end()) <= 1:
            g = m.group(1) or m.group(2)
            pron = (0, Span("", m.start() + m.group().index(g), m.end(), g))
    if pron is not None and (best is None or best[0] > 12):
        return None, pron[1]
    if best is not None and best[0] < 80:
        return best[1], None
    if pron is None and not verb_first and (subject := _clause_subject(text, lo, cue_at, cue_end, cands, language)):
        return subject, None
    if pron is not None:
        return None, pron[1]
    return None, None


# how many words may open a sentence before its subject ("Il CEO di Apple Steve Jobs": four)
_SUBJECT_WORDS = 5
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w-]*)")


def _clause_subject(text: str, lo: int, cue_at: int, cue_end: int, cands: list[EntityMention],
                    language: str | None) -> EntityMention | None:
    """A speech verb joined to its clause by a conjunction ("Apple CEO Steve Jobs onthulde de
    nieuwe producten tijdens het evenement in Cupertino, Californië en zei dat …", Wikinews
    trial nl/214601, development) or written as a gerund ("…, saying", "ha promosso l'iPhone
    commentando:", Wikinews trial it/107785) has the
    clause's subject for its own, however far: the one person the sentence names before the
    verb, named among its first words (a title before at most)."""
    code = lang.language_code(language)
    if not code or cue_at <= lo:
        return None
    words = text[lo:cue_at].split()
    joined = bool(words) and words[-1].lower() in lang.stop_words(code, "COORDINATORS")
    endings = tuple(lang.stop_words(code, "GERUND_ENDINGS"))
    gerund = bool(endings) and text[cue_at:cue_end].lower().endswith(endings)
    if not (joined or gerund):
        return None
    people = [m for m in cands if m.type == "PERSON" and m.span.end <= cue_at]
    if len(people) != 1 or len(WORD.findall(text, lo, people[0].span.start)) > _SUBJECT_WORDS:
        return None
    return people[0]


def _determines_title(text: str, end: int) -> bool:
    """"ha dichiarato il CEO di Apple": a word of the pronoun lists that is another
    language's article ("il", "lo") before a title opens a noun phrase, it is no subject."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and nm.singular(m.group(1).lower()) in nm.TITLE_HEADS


def _without_names(text: str, lo: int, hi: int, mentions: list[EntityMention]) -> str:
    """The text of [lo, hi) with the names inside it left out: what is said of the name after."""
    out, at = [], lo
    for m in sorted(mentions, key=lambda m: m.span.start):
        if lo <= m.span.start and m.span.end <= hi:
            out.append(text[at : m.span.start])
            at = m.span.end
    out.append(text[at:hi])
    return " ".join(out)


def cues_in(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return [w for w in WORD.finditer(text, lo, hi) if is_cue(w.group())]
