"""Titles of people, normalized so that only real disagreements remain.

"U.S. Deputy Secretary of State", "Deputy Secretary of State" and "deputy
secretary of state" are one title; "Secretary of State" and "Under Secretary of
State" are not. A generic descriptor ("diplomat", "negotiator", "official") never
disputes an office, and a more specific form of the same office ("minister" vs
"foreign minister") is compatible, unless the difference is a rank modifier
("deputy", "under", "vice", "former", ...), which changes the office.
"""

from __future__ import annotations

import re

from unidecode import unidecode

# Abbreviations of title words (English press style).
_ABBREVIATIONS = {
    "sec": "secretary", "secy": "secretary", "dep": "deputy", "gen": "general",
    "pres": "president", "min": "minister", "amb": "ambassador", "lt": "lieutenant",
    "sen": "senator", "rep": "representative", "gov": "governor", "col": "colonel",
    "maj": "major", "adm": "admiral", "asst": "assistant", "atty": "attorney",
    "cmdr": "commander", "supt": "superintendent", "dir": "director", "vp": "vice president",
    "pm": "prime minister", "ceo": "chief executive officer", "sg": "secretary general",
    "capt": "captain", "sgt": "sergeant", "cpl": "corporal", "pvt": "private", "det": "detective",
    "insp": "inspector", "coo": "chief operating officer", "cfo": "chief financial officer",
    "cto": "chief technology officer",
}
# Grades of a police or military ladder: one person holds one of them at a time ("Lt." and
# "Sgt." of one spokesman is a disagreement). A grade that names a post beside another head
# ("lieutenant governor", "major general") is not compared; grades that share a word
# ("colonel" / "lieutenant colonel") are told apart by the rank rule below.
GRADES = frozenset("private corporal sergeant lieutenant captain major colonel".split())
# "chief operating officer" and "chief executive (officer)": one company's posts that one
# person does not hold together; the word after "chief" says which.
_CHIEF = re.compile(r"\bchief (\w+) officer\b|\bchief (executive)\b")
# Words that change which office is meant when added to a title.
RANK_MODIFIERS = frozenset(
    """deputy under vice assistant associate principal lieutenant junior sub co""".split()
)
# "former President Bush" and "President Bush" name one post at two times: no dispute;
# an acting or interim holder holds the post itself ("FBI Acting Director L. Patrick Gray"
# / "interim FBI director" / "the FBI director Patrick Gray", ECB+ 28_ecb).
_TEMPORAL = frozenset("former ex then late outgoing incoming elect designate acting interim".split())
# Portfolios: words that say which ministry or department a post is in. Two
# different portfolios are a dispute; other qualifiers (an organization's name,
# "team", "police") only make a title more specific.
PORTFOLIOS = frozenset(
    """foreign finance defense defence interior home health justice education state
    treasury economy economic trade energy environment labor labour agriculture transport
    transportation culture commerce industry housing tourism sport sports communications
    information science technology security intelligence immigration prime war navy army
    air homeland veterans""".split()
)
# Head nouns of offices: a title without one is a descriptor, never disputed.
OFFICE_HEADS = frozenset(
    """secretary minister president chancellor ambassador director governor senator
    general admiral spokesperson chair commissioner premier mayor judge justice magistrate attorney
    representative adviser counselor counsellor colonel major captain commander
    king queen prince princess emperor pope archbishop bishop chief executive officer
    undersecretary envoy prosecutor congressman congresswoman councillor councilor
    treasurer speaker leader""".split()
)
# Heads that say what someone does, not which post they hold.
_DESCRIPTOR_HEADS = frozenset("leader envoy chief executive prosecutor officer".split())
_SYNONYMS = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
    "advisor": "adviser", "counsellor": "counselor", "undersecretary": "under secretary",
    "ministers": "minister", "secretaries": "secretary", "presidents": "president",
    "ambassadors": "ambassador", "directors": "director", "generals": "general",
    "envoys": "envoy", "officials": "official", "diplomats": "diplomat",
}
_DROP = frozenset("the a an his her their its our your top".split())
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.'’][A-Za-z0-9]+)*\.?|'s|’s")
# Nationality-shaped adjectives (Russian, Chinese, British, Israeli, French):
# leading ones name the country, not the office.
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i|ch|ic)$")
_ACRONYM = re.compile(r"^(?:[A-Z]\.){1,4}$|^[A-Z]{2,5}$")


def _tokens(title: str) -> list[str]:
    return _TOKEN.findall(unidecode(title).replace("-", " "))


def _is_country_marker(tok: str) -> bool:
    low = tok.lower().rstrip(".")
    if low in RANK_MODIFIERS or low in OFFICE_HEADS or low in _ABBREVIATIONS:
        return False
    return bool(
        _ACRONYM.match(tok)
        or tok.endswith(("'s", "’s"))
        or _NATIONALITY.match(tok)
    )


def normalize_title(title: str) -> str:
    """Lowercase canonical title without nationality prefixes, abbreviations or plurals."""
    toks = [t for t in _tokens(title) if t not in ("'s", "’s")]
    # leading nationality / country / organization acronym markers
    while toks and (_is_country_marker(toks[0]) or toks[0].lower() in _DROP):
        toks.pop(0)
    out: list[str] = []
    for tok in toks:
        low = tok.lower().rstrip(".").replace("’", "'")
        if low in _DROP or (_ACRONYM.match(tok) and low not in _ABBREVIATIONS):
            continue
        low = _ABBREVIATIONS.get(low, low)
        low = _SYNONYMS.get(low, low)
        if low.endswith("s") and low[:-1] in OFFICE_HEADS:  # plural of a post
            low = low[:-1]
        out.extend(low.split())
    return " ".join(out)


def is_office(norm: str) -> bool:
    """A title naming a post (has an office head noun that is not a mere descriptor, a grade
    or a company's chief post)."""
    toks = norm.split()
    return any(t in OFFICE_HEADS and t not in _DESCRIPTOR_HEADS for t in toks) or bool(
        grade(norm) or chief_post(norm))


def grade(norm: str) -> frozenset[str]:
    """The grade words of a title that names nothing but a grade ("police sergeant",
    "lieutenant colonel"); empty for any other title ("lieutenant governor")."""
    toks = norm.split()
    grades = frozenset(t for t in toks if t in GRADES)
    heads = {t for t in toks if t in OFFICE_HEADS or t in _DESCRIPTOR_HEADS or t in RANK_MODIFIERS}
    return grades if grades and heads <= GRADES else frozenset()


def chief_post(norm: str) -> str | None:
    """Which chief post a title names ("chief operating officer" -> "operating"), or None."""
    m = _CHIEF.search(norm)
    return (m.group(1) or m.group(2)) if m else None


def _parts(norm: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    toks = [t for t in norm.split() if t not in _TEMPORAL]
    return (
        frozenset(t for t in toks if t in RANK_MODIFIERS),
        frozenset(t for t in toks if t in OFFICE_HEADS and t not in _DESCRIPTOR_HEADS),
        frozenset(t for t in toks if t in PORTFOLIOS),
    )


def holds_two_posts(norm: str) -> bool:
    """A title of two posts held together ("executive vice president of defenders of wildlife
    and former director of fish and wildlife service"): "and" joins two parts that each name
    an office ("secretary of health and human services" is one)."""
    return " and " in norm and sum(1 for part in norm.split(" and ") if is_office(part)) >= 2


def titles_conflict(a: str, b: str) -> bool:
    """Two normalized titles of one person that cannot both be right.

    They clash when their rank differs ("deputy", "under", "vice" ...) on one post or when
    both name a portfolio and the portfolios differ ("foreign" vs "finance"). A
    title that only adds a qualifier is more specific, not different ("minister"
    / "foreign minister", "spokesman" / "team spokesman"); two different posts
    without a rank or portfolio clash ("president" / "general manager") are
    often held together, so they are not disputed either.
    """
    if a == b or not a or not b:
        return False
    if not (is_office(a) and is_office(b)):
        return False
    if holds_two_posts(a) or holds_two_posts(b):  # each post's rank is its own: no like with like
        return False
    grade_a, grade_b = grade(a), grade(b)
    if grade_a and grade_b and not grade_a & grade_b:  # two grades: "sergeant" / "lieutenant"
        return True
    chief_a, chief_b = chief_post(a), chief_post(b)
    if chief_a and chief_b:
        return chief_a != chief_b
    rank_a, head_a, port_a = _parts(a)
    rank_b, head_b, port_b = _parts(b)
    if rank_a != rank_b:
        # a rank sets apart two grades of one post ("deputy secretary" / "secretary");
        # a grade and a job are held together ("lieutenant colonel" / "military spokesman")
        return bool(head_a & head_b)
    return bool(port_a and port_b and port_a != port_b)


def display_title(title: str) -> str:
    """The title as written, minus leading country markers ("U.S. Deputy ..." -> "Deputy ...")."""
    toks = _TOKEN.findall(title.replace("-", " - "))
    start = 0
    while start < len(toks) and (
        _is_country_marker(unidecode(toks[start])) or toks[start].lower() in _DROP
    ):
        start += 1
    if start >= len(toks):
        return title.strip()
    # cut the original string at the first kept token to keep its spelling
    pos = 0
    for tok in toks[:start]:
        pos = title.index(tok, pos) + len(tok)
    return title[pos:].strip(" ,")


def side_marker(title: str) -> str | None:
    """The country or organization a title names first ("Russian Deputy Foreign
    Minister" -> "Russian", "U.S. Deputy Secretary of State" -> "US"), or None."""
    toks = _TOKEN.findall(title.replace("-", " "))
    for tok in toks:
        plain = unidecode(tok)
        if plain.lower() in _DROP:
            continue
        if not _is_country_marker(plain):
            return None
        marker = plain.removesuffix("'s").removesuffix("’s").replace(".", "")
        return marker or None
    return None
