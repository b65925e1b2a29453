"""A domain spelled out as a name: which words of a text (or a page's title) name the site.

A site's domain is evidence of its name only where a text writes the same
letters as a proper name: "New Jersey 101.5" for nj1015.com (a word may stand
in by its initial), "Atlanta Journal-Constitution" for ajc.com, "FOX 4" for
fox4kc.com (a broadcaster's brand and channel, the domain's leading letters and
digits), "WSOC" for wsoctv.com (call letters before "tv"). Nothing is derived
from the domain alone: without such a span the site stays unnamed. See
bench/outlets.py for what this names and misses.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from synoptic.clean.outlet.domains import site_label
from synoptic.settings import OutletNameSettings

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)?")
# what may stand between two words of one name: nothing ("Fox59"), a space, a hyphen
_GAP = re.compile(r"|[ \u00a0]|[-–]| ?& ?")
# small words a name may hold in full between its capitalised words
# what follows a word inside an address or a longer word: "example.com", "example@"
_ADDRESS_TAIL = re.compile(r"\.[^\W\d_]|[\w@]")
_JOINERS = {"of", "the", "and", "on", "de", "du", "la", "le", "les", "el", "del", "di", "da", "der", "die", "das",
            "van", "von"}


def _label(domain: str) -> str:
    return re.sub(r"[^a-z0-9]", "", site_label(domain))


def _variants(label: str) -> list[tuple[str, bool]]:
    """(letters to spell, whole label?): the label, then its brand-and-channel part
    ("fox4kc" -> "fox4") and its call letters before "tv" ("wsoctv" -> "wsoc")."""
    found = [(label, True)]
    m = re.fullmatch(r"([a-z]+\d+)[a-z]+", label)
    if m:
        found.append((m.group(1), False))
    if label.endswith("tv") and 3 <= len(label) - 2 <= 4:
        found.append((label[:-2], False))
    return found


@lru_cache(maxsize=4096)
def _forms(word: str) -> list[tuple[str, int]]:
    """How a word may spell part of a domain: in full, or (a capitalised word) by its initial."""
    full = "".join(c for c in word.casefold() if c.isalnum())
    forms = [(full, 0)]
    if word[:1].isupper() and word.isalpha() and len(word) > 1:
        forms.append((full[0], 1))
    return forms


def _initials_needed(letters: str, words: list[str]) -> int | None:
    """The fewest initials with which `words` spell exactly `letters`, or None."""
    states = {(0, 0)}
    for word in words:
        states = {(pos + len(form), used + ini) for pos, used in states for form, ini in _forms(word)
                  if letters.startswith(form, pos)}
        if not states:
            return None
    done = [used for pos, used in states if pos == len(letters)]
    return min(done) if done else None


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _styled(word: str) -> bool:
    """One word as a brand: capitals or digits inside ("DNAinfo", "WFAA", "Fox59")."""
    return word[:1].isupper() and (word.isupper() or any(c.isupper() or c.isdigit() for c in word[1:]))


def _acceptable(words: list[str], whole: bool, initials: int, settings: OutletNameSettings,
                glued: bool = False) -> bool:
    name_words = [w for w in words if not w.isdigit()]
    if whole and glued and len(words) > 1 and any(w.isdigit() for w in words):
        return True  # the whole domain written as one word of letters and digits: "13abc", "my6sense"
    if not (_is_name_word(words[0]) and _is_name_word(words[-1])):
        return False
    if any(not _is_name_word(w) and w.casefold() not in _JOINERS for w in words):
        return False
    if initials and (initials > settings.max_initials or len(words) < settings.initials_min_words):
        return False
    if not whole:
        # part of a domain: a brand with its channel ("FOX 4"), or call letters ("WSOC")
        return initials == 0 and (any(c.isdigit() for c in "".join(words))
                                  or (len(words) == 1 and words[0].isupper()))
    if len(words) == 1 or not name_words:
        # one word: only when styled as a brand; "Cincinnati" on cincinnati.com is the city
        return _styled(words[0]) or (words[0][:1].isdigit() and any(c.isupper() for c in words[0]))
    return True


def spelled_names(domain: str, text: str, settings: OutletNameSettings | None = None) -> Counter[str]:
    """Every span of `text` that spells the domain's site label as a name, counted.

    Spans inside an address ("news@example.com", "example.com/page") do not count.
    """
    settings = settings or OutletNameSettings()
    label = _label(domain)
    if len(label) < 3 or not text:
        return Counter()
    variants = _variants(label)
    found: Counter[str] = Counter()
    # where a name may start: a word beginning as the domain does, not inside an address
    head = re.escape(label[0])
    starts = re.compile(rf"(?<![\w@./_]){head}" if not label[0].isalpha()
                        else rf"(?<![\w@./_])(?i:{head})")
    prefixes = tuple(letters for letters, _ in variants)
    for start in starts.finditer(text):
        word = _TOKEN.match(text, start.start())
        if word is None or not (word.group(0)[:1].isupper() and word.group(0).isalpha()
                                or any(p.startswith(word.group(0).casefold()) for p in prefixes)):
            continue  # neither a capitalised word (an initial) nor the start of the domain
        # the words that follow, as far as a name can reach
        tokens = []
        for t in _TOKEN.finditer(text, start.start(), start.start() + settings.max_name_chars):
            if tokens and not _GAP.fullmatch(text[tokens[-1].end():t.start()]):
                break
            tokens.append(t)
            if len(tokens) == settings.max_name_words:
                break
        first = tokens[0] if tokens else None
        if first is None or first.start() != start.start():
            continue
        for j in range(len(tokens)):
            words = [t.group(0) for t in tokens[:j + 1]]
            if _initials_needed(label, words[:1]) is None and not any(
                    letters.startswith(f) for letters, _ in variants for f, _ in _forms(words[0])):
                break
            end = tokens[j].end()
            glued = end - first.start() == sum(len(w) for w in words)
            if _ADDRESS_TAIL.match(text, end):
                continue  # "example.com", "example@"
            for letters, whole in variants:
                initials = _initials_needed(letters, words)
                if initials is not None and _acceptable(words, whole, initials, settings, glued):
                    found[text[first.start():end]] += 1
                    break
    return found


def spelled_name(domain: str, text: str, settings: OutletNameSettings | None = None) -> str | None:
    """The site's name as the text spells its domain, or None.

    The whole domain label before a part of it ("FOX 4 Kansas City" before "FOX 4"),
    fewer initials before more, then the spelling used most often.
    """
    found = spelled_names(domain, text, settings)
    if not found:
        return None
    label = _label(domain)

    def rank(name: str) -> tuple[int, int, int]:
        words = _TOKEN.findall(name)
        whole = _initials_needed(label, words)
        return (0 if whole is not None else 1, whole or 0, -found[name])

    return min(found, key=rank)


def fits_domain(name: str, domain: str | None) -> bool:
    """Whether a name is the domain's site spelled out (in full, by initials, or the
    domain's leading part: "Practical Horseman" for practicalhorsemanmag.com)."""
    if not domain or not name:
        return False
    label = _label(domain)
    words = _TOKEN.findall(name)
    letters = re.sub(r"[^\w]|_", "", name.casefold())
    if not words or len(letters) < 3:
        return False
    if label.startswith(letters) or letters.startswith(label):
        return True
    # "The Wall Street Journal" on wsj.com: small words need not be spelled
    content = [w for w in words if w.casefold() not in _JOINERS]
    return any(_initials_needed(label, ws) is not None for ws in (words, content) if ws)
