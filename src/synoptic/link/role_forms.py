"""One person's roles as a reader lists them (#19): a role that another of the person's
roles holds with only a qualifier more ("Mayor" [1] and "New Haven Mayor" [3], GVC 492366;
"الرئيس" and "الرئيس الإيراني") is one role, the fuller one, cited by both articles. A
qualifier is a name before the title ("New Haven"), "of" and a name after it ("Mayor of
New Haven"), or in Arabic the definite words after it; a word that makes another post
("Vice", "former", "deputy", "نائب") is none, and those roles stay apart."""

from __future__ import annotations

from synoptic.model import Role
from synoptic.text import names as nm
from synoptic.text.arabic_words import is_arabic

_OF = frozenset("of for de del della di du des van von".split())


def _arabic(words: list[str]) -> bool:
    return is_arabic(" ".join(words))


# words that make another post of a title ("Deputy Sheriff", "Lieutenant Governor",
# "former Mayor") or the same post at another time ("acting", "outgoing", "elect"): such a
# role is not the title with a qualifier. Other words of a title (a place, a county, a
# department: "Marion County Sheriff", "Finance Minister") only say which one
_OTHER_POST = frozenset("""
    deputy under vice assistant associate lieutenant sub co former acting interim ex ex- elect
    designate outgoing incoming retired late adjoint adjointe vice-président vice-ministre
""".split())


def _qualifier(word: str) -> bool:
    low = word.casefold()
    return word[:1].isupper() and low not in _OTHER_POST and low not in nm.HONORIFICS


def qualified(short: str, long: str) -> bool:
    """Is `long` the role `short` with qualifiers only?"""
    s, full = short.split(), long.split()
    if not s or len(full) <= len(s):
        return False
    low_s, low_l = [w.casefold() for w in s], [w.casefold() for w in full]
    for i in range(len(full) - len(s) + 1):
        if low_l[i : i + len(s)] != low_s:
            continue
        before, after = full[:i], full[i + len(s):]
        if _arabic(s):
            if not before and all(w.lstrip("و").startswith(("ال", "لل")) for w in after):
                return True
            continue
        if after and not (after[0].casefold() in _OF and all(_qualifier(w) or w.casefold() in _OF for w in after[1:])
                          and len(after) > 1):
            continue
        if all(_qualifier(w) for w in before):
            return True
    return False


def fold_contained(roles: dict[str, Role], languages: dict[str, str | None] | None = None) -> dict[str, Role]:
    """The roles with each one that a fuller role of the same person qualifies folded into
    that role (its articles and mentions added). Only within a language (`languages`: each
    article's): "CEO" of an English report is not folded into "CEO de Apple" of its Spanish
    translation, which an English brief then showed as his role (Wikinews 195869, dev)."""
    keys = sorted(roles, key=lambda k: -len(roles[k].role.split()))
    out = dict(roles)
    for k in reversed(keys):  # shortest first
        short = out.get(k)
        if short is None:
            continue
        fuller = [o for o in keys if o != k and o in out and qualified(short.role, out[o].role)
                  and _same_language(short, out[o], languages or {})]
        if not fuller:
            continue
        target = out[max(fuller, key=lambda o: len(out[o].articles))]
        for a in short.articles:
            if a not in target.articles:
                target.articles.append(a)
        target.mentions.extend(short.mentions)
        del out[k]
    return out


def _same_language(a: Role, b: Role, languages: dict[str, str | None]) -> bool:
    """Do two roles share a language of their articles (unknown languages match any)?"""
    la = {languages.get(x) for x in a.articles}
    lb = {languages.get(x) for x in b.articles}
    return None in la or None in lb or bool(la & lb)
