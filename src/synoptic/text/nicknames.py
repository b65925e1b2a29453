"""A nickname in quotation marks inside a person's name: `Vincent "The Chin" Gigante`.

The marks break the run of capitalized words, so the given name, the nickname and the
surname were three names ("Vincent", "Chin", "Gigante", none a person), and a quote of
the man went, at story level, to the one person the story named in full with his surname,
his brother (ECB+ topic 26, development). `join_nicknames` makes the three one person's
name: the words of the given name and the surname are its words (how it is typed and
keyed), its span runs over the nickname (what the article wrote).
"""

from __future__ import annotations

import re

from synoptic.text import person_evidence as pe
from synoptic.text.tokens import Candidate, Token

# between a given name and a surname: a quoted nickname of one to three capitalized words,
# an article before them or not ("The Chin", "Sammy the Bull" is no name's middle)
_NICKNAME = re.compile(
    r"\s+[\"“'‘](?:(?:the|el|la|le|il|lo|de|het|der|die)\s+)?[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}\s*[\"”'’]\s+",
    re.IGNORECASE,
)


def join_nicknames(cands: list[Candidate], text: str) -> list[Candidate]:
    """Candidates with a given name, a quoted nickname and a surname made one."""
    ordered = sorted(cands, key=lambda c: c.start)
    drop: set[int] = set()
    for i, first in enumerate(ordered):
        if i in drop or first.extra.get("drop"):
            continue
        gap = _NICKNAME.match(text, first.end)
        if gap is None or not _nickname_cased(text[gap.start() : gap.end()]):
            continue
        after = [j for j in range(i + 1, len(ordered)) if ordered[j].start >= gap.end()]
        inside = [j for j in range(i + 1, len(ordered)) if ordered[j].end <= gap.end()]
        if not after or ordered[after[0]].start != gap.end():
            continue
        last = ordered[after[0]]
        given = first.tokens[-1].text
        if not (pe.given_name_word(given) or first.role_span is not None or first.honorific):
            continue
        if len(last.tokens) > 2 or not all(t.is_cap for t in last.tokens) or last.role_span is not None:
            continue
        first.end = last.end
        first.tokens = first.tokens + last.tokens
        first.cue_after = last.cue_after
        for key, value in last.extra.items():
            first.extra.setdefault(key, value)
        first.extra["person_context"] = "1"  # a nickname is given to people: no mere shape
        first.extra.pop("determiner", None)
        first.extra.pop("named_thing", None)
        drop.update(inside)
        drop.add(after[0])
    gone = {id(ordered[k]) for k in drop}
    kept = [c for c in cands if id(c) not in gone]
    return _given_name_opening(kept, text)


# a given name, then the nickname, right before a surname: the given name alone opening a
# sentence is no candidate of its own (a capital any sentence's first word has)
_GIVEN_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)" + _NICKNAME.pattern + r"$", re.IGNORECASE)


def _given_name_opening(cands: list[Candidate], text: str) -> list[Candidate]:
    """`Vincent "The Chin" Gigante, the powerful mob boss …` opening a sentence: the given
    name was dropped with the sentence's capital; the surname takes it and the nickname."""
    gone: set[int] = set()
    for c in cands:
        if len(c.tokens) > 2 or c.role_span is not None or not all(t.is_cap for t in c.tokens):
            continue
        m = _GIVEN_BEFORE.search(text, max(0, c.start - 60), c.start)
        if m is None or not pe.given_name_word(m.group(1)) or not m.group(1)[:1].isupper():
            continue
        if not _nickname_cased(text[m.end(1) : c.start]):
            continue
        if any(o is not c and o.start < m.end(1) and o.end > m.start(1) for o in cands):
            continue  # the given name is a candidate's: the pass above
        gone.update(id(o) for o in cands if o is not c and m.end(1) <= o.start and o.end <= c.start)
        c.tokens = [Token(m.start(1), m.end(1), m.group(1)), *c.tokens]
        c.start = m.start(1)
        c.extra["person_context"] = "1"
        c.extra.pop("determiner", None)
        c.extra.pop("named_thing", None)
    return [c for c in cands if id(c) not in gone]


def _nickname_cased(gap: str) -> bool:
    """The quoted words are capitalized (an article aside): a name, not a phrase."""
    words = [w.strip("\"“”'‘’") for w in gap.split()]
    words = [w for w in words if w]
    if words and words[0].lower() in ("the", "el", "la", "le", "il", "lo", "de", "het", "der", "die"):
        words = words[1:]
    return bool(words) and all(w[:1].isupper() for w in words)
