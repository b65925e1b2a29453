"""Which line patterns a line needs searched (`clean.patterns` holds the patterns).

`match_any` answers whether any of a list's patterns that apply to a line of its length
matches it, as a plain search of each would; a pattern is skipped for an ASCII line that
holds none of the texts every match of it holds (`needed_texts`), which is most of them on
a story's lines (#23: searching them was most of cleaning).
"""

from __future__ import annotations

import re
from functools import cache


def match_any(patterns: list[tuple[re.Pattern[str], int]], line: str, words: int) -> bool:
    # the patterns that apply to lines of this many words, longest limits first (whether
    # any matches does not hang on their order), each skipped when the ASCII line holds
    # none of the texts its every match holds (`_may_match`); a plain loop: `any` over a
    # generator spent more in its own steps than the patterns cost (#23)
    ascii_line = line.isascii()
    # a line in another script, or with a curly quote, skips a pattern too when it holds
    # no letter that matches an ASCII letter ignoring case (`ASCII_TWINS`) and the texts
    # the pattern needs are ASCII (`_prefilter`): a match's needed text is then ASCII in
    # the line, and `str.lower` lowers it in place (#23: searched whole, the legal phrases
    # were a sixth of cleaning's searches on French and Arabic lines)
    low = line.lower() if ascii_line or not _TWIN.search(line) else None
    for p, limit, ignore, needed, all_ascii in _by_limit(patterns):
        if words > limit:
            return False  # the rest apply to shorter lines only
        if low is not None and needed and (ascii_line or all_ascii):
            text = low if ignore else line
            for n in needed:
                if n in text:
                    break
            else:
                continue
        if p.search(line):
            return True
    return False


# The characters beyond ASCII that match an ASCII letter ignoring case (Turkish dotted and
# dotless i, the long s, the Kelvin sign: every one, tests/unit/test_clean_prefilter.py)
ASCII_TWINS = "\u0130\u0131\u017f\u212a"
_TWIN = re.compile(f"[{ASCII_TWINS}]")

_Entry = tuple[re.Pattern[str], int, bool, tuple[str, ...], bool]
# id of a pattern list -> (the list, its length, its patterns by limit, longest first, each
# with `_prefilter`'s answer and whether its texts are ASCII); the list is kept, so its id
# names no other while it is here
_BY_LIMIT: dict[int, tuple[list, int, list[_Entry]]] = {}


def _by_limit(patterns: list[tuple[re.Pattern[str], int]]) -> list[_Entry]:
    entry = _BY_LIMIT.get(id(patterns))
    if entry is None or entry[0] is not patterns or entry[1] != len(patterns):
        ordered = sorted(patterns, key=lambda item: -item[1])
        rows = [(p, limit, *_prefilter(p)) for p, limit in ordered]
        entry = _BY_LIMIT[id(patterns)] = (patterns, len(patterns),
                                           [(p, limit, ignore, needed, all(n.isascii() for n in needed))
                                            for p, limit, ignore, needed in rows])
    return entry[2]


def _may_match(p: re.Pattern[str], line: str, low: str) -> bool:
    """False only when `p` cannot match the ASCII `line` (`low`: its lower case): it holds
    none of the texts every match of `p` holds (`needed_texts`). An unanchored alternation
    of phrases ("all rights reserved|tous droits...") is tried by the regex engine at every
    position of a story line; a few substring tests skip it (#23: the legal and comment
    patterns were a fifth of cleaning's line patterns)."""
    entry = _NEEDED.get(id(p))
    if entry is None or entry[0] is not p:
        entry = _NEEDED[id(p)] = (p, *_prefilter(p))
    _, ignore, needed = entry
    if not needed:
        return True
    text = low if ignore else line
    for n in needed:
        if n in text:
            return True
    return False


# id of a pattern -> (the pattern, whether it ignores case, its `_prefilter` texts); the
# pattern is kept, so its id names no other while it is here
_NEEDED: dict[int, tuple[re.Pattern[str], bool, tuple[str, ...]]] = {}


def _prefilter(p: re.Pattern[str]) -> tuple[bool, tuple[str, ...]]:
    """`needed_texts` where testing them pays: the pattern is not anchored at the line's
    start (that fails at once), and each text is long enough to be rare (a one- or
    two-letter text is in most lines); else no texts: the pattern is always searched."""
    ignore = bool(p.flags & re.IGNORECASE)
    needed = needed_texts(p)
    if needed is None or min(len(n) for n in needed) < 3 or _anchored(p):
        return ignore, ()
    return ignore, tuple(sorted(needed))


def _anchored(p: re.Pattern[str]) -> bool:
    try:
        from re import _constants as c
        from re import _parser as parser

        items = list(parser.parse(p.pattern, p.flags))
        return bool(items) and items[0][0] is c.AT and items[0][1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
    except Exception:
        return False


def needed_texts(p: re.Pattern[str]) -> frozenset[str] | None:
    """Texts one of which every match of `p` holds in an ASCII line (lower case when `p`
    ignores case), or None when none is known: of the items every match goes through
    (a run of ASCII literals, a group, an alternation each of whose branches needs texts,
    a repeat of at least one), the one whose texts are longest ("\\b(click|tap)(ing)? here"
    needs " here", not "tap": #23, such alternations were most of cleaning's searches).
    For an ASCII line, a letter matches a literal ignoring case exactly when their lower
    cases agree."""
    try:
        from re import _constants as c
        from re import _parser as parser

        return _needed(list(parser.parse(p.pattern, p.flags)), bool(p.flags & re.IGNORECASE), c)
    except Exception:  # another engine's internals: search as before
        return None


def _needed(items: list, ignore: bool, c) -> frozenset[str] | None:
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # (None: the end, which ends the last run)
        if op is c.LITERAL and (chr(av).isascii() or not _ascii_twin(chr(av), ignore)):
            # (a letter no ASCII letter matches keeps its text: no ASCII line holds it)
            run.append(chr(av).lower() if ignore else chr(av))
            continue
        if run:  # literals next to each other in the pattern are next to each other in a match
            found.append(frozenset({"".join(run)}))
            run = []
        needed = None
        if op is c.SUBPATTERN and not (av[1] or av[2]):  # a group that changes no flag
            needed = _needed(list(av[3]), ignore, c)
        elif op is c.BRANCH:
            branches = [_needed(list(alternative), ignore, c) for alternative in av[1]]
            if all(b is not None for b in branches):
                needed = frozenset().union(*branches)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            needed = _needed(list(av[2]), ignore, c)
        if needed:
            found.append(needed)
    return max(found, key=lambda texts: min(len(t) for t in texts), default=None)


@cache
def _ascii_twin(letter: str, ignore: bool) -> bool:
    """Whether some ASCII character matches the literal `letter` ("\u212a", the Kelvin
    sign, matches "k" ignoring case)."""
    one = re.compile(re.escape(letter), re.I if ignore else 0)
    return any(one.fullmatch(chr(k)) for k in range(128))
