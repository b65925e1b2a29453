"""Which line patterns a line needs searched (`clean.patterns` holds the patterns).

`match_any` answers whether any of a list's patterns that apply to a line of its length
matches it, as a plain search of each would; a pattern is skipped for an ASCII line that
holds none of the texts every match of it holds (`needed_texts`), which is most of them on
a story's lines (#23: searching them was most of cleaning).
"""

from __future__ import annotations

import re
from functools import cache


def match_any(patterns: list[tuple[re.Pattern[str], int]], line: str, words: int,
              view: tuple[bool, str | None] | None = None) -> bool:
    """`view`: the line's `line_view`, when the caller asks several lists of one line
    (`reasons._classify` asks eleven: lowering the line once, not in each, #23)."""
    # the patterns that apply to lines of this many words, longest limits first (whether
    # any matches does not hang on their order), each skipped when the ASCII line holds
    # none of the texts its every match holds (`_may_match`); a plain loop: `any` over a
    # generator spent more in its own steps than the patterns cost (#23)
    ascii_line, low = view if view is not None else line_view(line)
    entry = _BY_LIMIT.get(id(patterns))
    if entry is None or entry[0] is not patterns or entry[1] != len(patterns):
        entry = _by_limit(patterns)
    for p, limit, ignore, needed, all_ascii in entry[2]:
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


def may_search(p: re.Pattern[str], line: str, view: tuple[bool, str | None]) -> bool:
    """False only when `p` cannot match the line (its `line_view`): as `match_any` skips a
    pattern of its lists, for a pattern asked alone (`reasons._classify`'s PROMO_WORDS)."""
    ascii_line, low = view
    if low is None or not (ascii_line or all(n.isascii() for n in _needed_entry(p)[2])):
        return True
    return _may_match(p, line, low)


def line_view(line: str) -> tuple[bool, str | None]:
    """Whether the line is ASCII, and its lower case where the patterns' needed texts may
    be looked for in it (else None: every pattern is searched). A line in another script,
    or with a curly quote, skips a pattern too when it holds no letter that matches an
    ASCII letter ignoring case (`ASCII_TWINS`) and the texts the pattern needs are ASCII
    (`_prefilter`): a match's needed text is then ASCII in the line, and `str.lower`
    lowers it in place (#23: searched whole, the legal phrases were a sixth of cleaning's
    searches on French and Arabic lines)."""
    ascii_line = line.isascii()
    return ascii_line, (line.lower() if ascii_line or not _TWIN.search(line) else None)


# The characters beyond ASCII that match an ASCII letter ignoring case (Turkish dotted and
# dotless i, the long s, the Kelvin sign: every one, tests/unit/test_clean_prefilter.py)
ASCII_TWINS = "\u0130\u0131\u017f\u212a"
_TWIN = re.compile(f"[{ASCII_TWINS}]")

_Entry = tuple[re.Pattern[str], int, bool, tuple[str, ...], bool]
# id of a pattern list -> (the list, its length, its patterns by limit, longest first, each
# with `_prefilter`'s answer and whether its texts are ASCII); the list is kept, so its id
# names no other while it is here
_BY_LIMIT: dict[int, tuple[list, int, list[_Entry]]] = {}


def _by_limit(patterns: list[tuple[re.Pattern[str], int]]) -> tuple[list, int, list[_Entry]]:
    """The list's entry in `_BY_LIMIT`, made (again) for this list."""
    ordered = sorted(patterns, key=lambda item: -item[1])
    rows = [(p, limit, *_prefilter(p)) for p, limit in ordered]
    entry = _BY_LIMIT[id(patterns)] = (patterns, len(patterns),
                                       [(p, limit, ignore, needed, all(n.isascii() for n in needed))
                                        for p, limit, ignore, needed in rows])
    return entry


def _may_match(p: re.Pattern[str], line: str, low: str) -> bool:
    """False only when `p` cannot match the ASCII `line` (`low`: its lower case): it holds
    none of the texts every match of `p` holds (`needed_texts`). An unanchored alternation
    of phrases ("all rights reserved|tous droits...") is tried by the regex engine at every
    position of a story line; a few substring tests skip it (#23: the legal and comment
    patterns were a fifth of cleaning's line patterns)."""
    _, ignore, needed = _needed_entry(p)
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


def _needed_entry(p: re.Pattern[str]) -> tuple[re.Pattern[str], bool, tuple[str, ...]]:
    """`p`'s entry in `_NEEDED`, made (again) for this pattern."""
    entry = _NEEDED.get(id(p))
    if entry is None or entry[0] is not p:
        entry = _NEEDED[id(p)] = (p, *_prefilter(p))
    return entry


def _prefilter(p: re.Pattern[str]) -> tuple[bool, tuple[str, ...]]:
    """`needed_texts` where testing them pays: the pattern is not anchored at the line's
    start (that fails at once) unless it opens on a repeat (which the engine tries in
    every length first: "^([\\w'’-]+\\s+){0,3}[A-Z]... contributed to this report"), and each
    text is long enough to be rare (a one- or two-letter text is in most lines); else no
    texts: the pattern is always searched. A text that holds another of them is dropped:
    a line holding it holds the other (#23: fewer tests, the same lines searched)."""
    ignore = bool(p.flags & re.IGNORECASE)
    needed = needed_texts(p)
    if needed is None or min(len(n) for n in needed) < 3 or _anchored(p):
        return ignore, ()
    return ignore, tuple(sorted(n for n in needed if not any(m != n and m in n for m in needed)))


def _anchored(p: re.Pattern[str]) -> bool:
    """Anchored at the line's start, and failing there at once: its first item after the
    anchor is no repeat."""
    try:
        from re import _constants as c
        from re import _parser as parser

        items = list(parser.parse(p.pattern, p.flags))
        if not (items and items[0][0] is c.AT and items[0][1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)):
            return False
        return len(items) < 2 or items[1][0] not in (c.MAX_REPEAT, c.MIN_REPEAT)
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
    # the longest shortest text; of those, the longest on average: "(make|give) a
    # (contribution|donation|gift)" needs one of the second three, rarer in prose (#23)
    return max(found, key=lambda texts: (min(len(t) for t in texts), sum(map(len, texts)) / len(texts)),
               default=None)


@cache
def _ascii_twin(letter: str, ignore: bool) -> bool:
    """Whether some ASCII character matches the literal `letter` ("\u212a", the Kelvin
    sign, matches "k" ignoring case)."""
    one = re.compile(re.escape(letter), re.I if ignore else 0)
    return any(one.fullmatch(chr(k)) for k in range(128))


def ascii_whole_words(pattern: str) -> frozenset[str] | None:
    """For `\\b(pattern)\\b` searched ignoring case in an ASCII line: the words (runs of word
    characters, lower case) such that it matches there exactly when the line holds one of
    them as a whole run; None when that cannot be told (the pattern is no finite list of
    texts, or one of its texts starts with a run it does not also allow alone, or a letter
    of it matches an ASCII letter ignoring case)."""
    try:
        from re import _constants as c
        from re import _parser as parser

        texts = _texts(list(parser.parse(pattern, re.IGNORECASE)), c)
    except Exception:
        return None
    if texts is None:
        return None
    texts = {t.lower() for t in texts if t.isascii() or not any(_ascii_twin(ch, True) for ch in t if not ch.isascii())}
    runs = {t for t in texts if t.isascii() and _RUN.fullmatch(t)}
    for t in texts:
        if t.isascii() and not _RUN.fullmatch(t):
            first = _RUN.match(t)
            if first is None or first.group() not in runs:
                return None  # (such a text would need its own test)
    return frozenset(runs)


_RUN = re.compile(r"\w+")
_TEXTS_LIMIT = 5000  # texts enumerated at most


def _texts(items: list, c) -> set[str] | None:
    """Every text the parsed items match in an ASCII line, or None when they match no
    short finite list there."""
    if _foreign(items, c):
        return set()  # (no ASCII line holds a match: "(?:كانون|تشرين)\\s+...")
    out = {""}
    for op, av in items:
        if op is c.LITERAL:
            options = {chr(av)}
        elif op is c.IN and all(o is c.LITERAL for o, _ in av):
            options = {chr(v) for _, v in av}
        elif op is c.SUBPATTERN and not (av[1] or av[2]):
            options = _texts(list(av[3]), c)
        elif op is c.BRANCH:
            branches = [_texts(list(b), c) for b in av[1]]
            options = None if any(b is None for b in branches) else set().union(*branches)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[1] <= 1:
            inner = _texts(list(av[2]), c)
            options = None if inner is None else (inner | {""} if av[0] == 0 else inner)
        else:
            return None
        if options is None or len(out) * len(options) > _TEXTS_LIMIT:
            return None
        out = {a + b for a in out for b in options}
    return out


def _foreign(items: list, c) -> bool:
    """Every match of the parsed items holds a character that no ASCII one matches
    ignoring case."""
    def alien(ch: str) -> bool:
        return not ch.isascii() and not _ascii_twin(ch, True)

    for op, av in items:
        if op is c.LITERAL and alien(chr(av)):
            return True
        if op is c.IN and av and all(o is c.LITERAL and alien(chr(v)) for o, v in av):
            return True
        if op is c.SUBPATTERN and _foreign(list(av[3]), c):
            return True
        if op is c.BRANCH and all(_foreign(list(b), c) for b in av[1]):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1 and _foreign(list(av[2]), c):
            return True
    return False
