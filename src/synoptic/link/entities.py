"""Canonical entities of a story: mentions of one referent grouped across its articles
and spellings (transliteration keys + edit distance, partial names, honorifics,
initials, acronyms and their long forms, and a small table of exonyms), each with the
roles its articles give it."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import JaroWinkler

from synoptic.lang import language_code
from synoptic.link.name_forms import _bare_surname, _clean_form, _person_tokens
from synoptic.link.person_checks import (
    _confirmed_people,
    _organisations_over_shapes,
    _trim_glued_names,
    _unsupported_shapes,
)
from synoptic.link.person_titles import ranked_surnames
from synoptic.link.role_forms import fold_contained
from synoptic.model import Article, ArticleAnalysis, Entity, EntityMention, Role
from synoptic.settings import LinkSettings
from synoptic.text import names as nm
from synoptic.text.tokens import DETERMINERS
from synoptic.util.unionfind import UnionFind


@dataclass
class _Group:
    type: str
    forms: Counter = field(default_factory=Counter)
    mentions: list[EntityMention] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)  # of the most complete name

    def add(self, m: EntityMention) -> None:
        self.mentions.append(m)
        self.forms[_clean_form(m.span.text)] += 1
        if m.span.article not in self.articles:
            self.articles.append(m.span.article)


def _surname_of(group_tokens: list[str], word: str, settings: LinkSettings) -> bool:
    """Is a lone word the surname of a full name, with or without its particle?"""
    last = group_tokens[-1]
    return _same_word(last, word, settings) or _same_word(_bare_surname(last), word, settings)


def _exact_surname(group_tokens: list[str], word: str) -> bool:
    """The lone word is the full name's surname in the same transliteration."""
    key, last = nm.translit_key(word), group_tokens[-1]
    return key in (nm.translit_key(last), nm.translit_key(_bare_surname(last)))


def _same_word(a: str, b: str, settings: LinkSettings) -> bool:
    """One spelling of a name part: the same transliteration key, or keys long enough
    to compare that are close (Jaro-Winkler)."""
    ka, kb = nm.translit_key(a), nm.translit_key(b)
    if ka == kb:
        return True
    if nm.is_latin(a) != nm.is_latin(b):
        # across scripts ("Sarkozy" / "ساركوزي"): the consonants, which both spellings keep
        ca, cb = nm.consonant_key(a), nm.consonant_key(b)
        return len(ca) >= settings.name_consonants_min and ca == cb
    shortest = settings.name_fuzzy_min_chars
    return len(ka) >= shortest and len(kb) >= shortest and JaroWinkler.similarity(ka, kb) >= settings.name_similarity


def _given_name_owner(
    pool: list[_Group], word: str, settings: LinkSettings, alone: Counter | None = None
) -> _Group | None:
    """The one full name in `pool` that `word` opens, or None when none does. Of several,
    the one named far more often (its mentions so far and its surname standing alone,
    counted in `alone`), at least `given_name_dominance` times the next: "Steve" in an
    obituary of Steve Jobs that quotes Steve Ballmer once; else None."""
    key = nm.translit_key(word)
    owners = [g for g in pool if len(g.tokens) > 1 and key in _given_keys(g)]
    if len(owners) <= 1:
        return owners[0] if owners else None

    def weight(g: _Group) -> int:
        return len(g.mentions) + (alone or Counter())[nm.translit_key(g.tokens[-1])]
    ranked = sorted(owners, key=lambda g: -weight(g))
    if weight(ranked[0]) >= settings.given_name_dominance * weight(ranked[1]):
        return ranked[0]
    return None


def _given_keys(g: _Group) -> set[str]:
    """The given names a person's full forms open with ("Tim" and "Timothy" of Tim Cook)."""
    keys = {nm.translit_key(g.tokens[0])}
    for form in g.forms:
        toks = _person_tokens(form)
        if len(toks) > 1:
            keys.add(nm.translit_key(toks[0]))
    return keys


def _short_given_name(a: str, b: str, settings: LinkSettings) -> bool:
    """A short form of a given name that opens the long one: "Tim" / "Timothy", "Chris" /
    "Christopher" (three letters up to `short_given_name_max`)."""
    ka, kb = sorted((nm.translit_key(a), nm.translit_key(b)), key=len)
    return 3 <= len(ka) <= settings.short_given_name_max and len(kb) > len(ka) and kb.startswith(ka)


def _person_match(a: list[str], b: list[str], settings: LinkSettings) -> bool:
    """Full names agree on the surname and, when both give one, the given name; a
    compound surname alone ("Lo Presti") matches the full name that ends with it."""
    if not a or not b:
        return False
    if not _same_word(a[-1], b[-1], settings):
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) >= 2 and len(long_) > len(short) and all(
        _same_word(x, y, settings) for x, y in zip(short, long_[-len(short) :], strict=True)
    ):
        # the same person with one more leading word: a given name ("Sidique Khan",
        # "Mohammed Sidique Khan"; "أحمدي نجاد", "محمود أحمدي نجاد"), a glued title, or
        # a compound surname alone ("Lo Presti", "De Niro")
        return True
    if len(a) >= 2 and len(b) >= 2 and nm.is_latin(a[0]) != nm.is_latin(b[0]):
        # given names across scripts are short in consonants ("Tony" / "توني": "tn"), and
        # a silent ending may be left out ("Nicolas" / "نيكولا": "nkls", "nkl")
        ca, cb = sorted((nm.consonant_key(a[0]), nm.consonant_key(b[0])), key=len)
        return len(ca) >= 2 and cb.startswith(ca) and len(cb) - len(ca) <= 1
    if len(a) >= 2 and len(b) >= 2:
        return (
            _same_word(a[0], b[0], settings)
            or a[0][0].lower() == b[0][0].lower() and (len(a[0]) <= 2 or len(b[0]) <= 2)
            or _short_given_name(a[0], b[0], settings)
        )
    return True


def canonicalize(
    articles: list[Article], analyses: dict[str, ArticleAnalysis], settings: LinkSettings
) -> list[Entity]:
    """Canonical entities of a story, ordered by salience (articles, then mentions)."""
    order = [a.id for a in articles if a.id in analyses]
    # how often each word stands alone as a name in the story, whatever its type
    alone: Counter = Counter(
        nm.translit_key(f) for aid in order for m in analyses[aid].entities
        if " " not in (f := _clean_form(m.span.text))
    )
    alone_in = {aid: Counter(nm.translit_key(f) for m in analyses[aid].entities
                             if " " not in (f := _clean_form(m.span.text))) for aid in order}
    _organisations_over_shapes([m for aid in order for m in analyses[aid].entities])
    _trim_glued_names([m for aid in order for m in analyses[aid].entities], alone)
    groups: list[_Group] = []
    # 1. people with full names, across articles
    people: list[_Group] = []
    singles: list[tuple[EntityMention, list[str]]] = []
    others: list[EntityMention] = []
    # candidates for a full name: people whose surname key starts alike
    by_surname: dict[str, list[_Group]] = defaultdict(list)
    for aid in order:
        for m in analyses[aid].entities:
            if m.type == "PERSON":
                toks = _person_tokens(_clean_form(m.span.text))
                if len(toks) >= 2:
                    bucket = by_surname[nm.translit_key(toks[-1])[:2]]
                    # the consonants' bucket finds the name written in another script
                    other_script = by_surname["c:" + nm.consonant_key(toks[-1])]
                    g = next((p for p in bucket + other_script if _person_match(p.tokens, toks, settings)), None)
                    if g is None:
                        g = _Group("PERSON", tokens=toks)
                        people.append(g)
                        bucket.append(g)
                        other_script.append(g)
                        bare = nm.translit_key(_bare_surname(toks[-1]))[:2]
                        if bare != nm.translit_key(toks[-1])[:2]:
                            by_surname[bare].append(g)  # "Boer" finds "Yvo de Boer"
                    elif len(toks) > len(g.tokens):
                        g.tokens = toks
                    g.add(m)
                elif toks:
                    singles.append((m, toks))
            else:
                others.append(m)
    # an untyped lone word that is a person's surname elsewhere in the story
    surnames = {nm.translit_key(form) for p in people if len(p.tokens) > 1
                for form in (p.tokens[-1], _bare_surname(p.tokens[-1]))}
    for m in list(others):
        form = _clean_form(m.span.text)
        # (ORG too: NER calls a lone surname an organisation often enough)
        if (
            m.type in ("OTHER", "ORG")
            and " " not in form
            and not _acronym_key(form).isupper()
            and nm.translit_key(form) in surnames
        ):
            others.remove(m)
            singles.append((m, [form]))
    # 2. partial names: the person introduced in the same article, else anywhere in the story
    in_article: dict[str, list[_Group]] = defaultdict(list)
    for g in people:
        for aid in g.articles:
            in_article[aid].append(g)
    lone: list[_Group] = []
    # one answer per (surname, word): a long article asks the same pairs many times, and
    # asking each anew made this step quadratic in its mentions
    known: dict[tuple[str, str], bool] = {}

    def surname_of(g: _Group, word: str) -> bool:
        key = (g.tokens[-1], word)
        if key not in known:
            known[key] = _surname_of(g.tokens, word, settings)
        return known[key]

    for m, toks in singles:
        word = toks[0]
        # a lone word is a surname (news rarely calls adults by their given name, and
        # "BlackBerry" is not the given name of "BlackBerry Storm")
        local = [g for g in in_article[m.span.article] if surname_of(g, word)]
        pool = local or [
            g for g in by_surname[nm.translit_key(word)[:2]] + by_surname["c:" + nm.consonant_key(word)]
            if len(g.tokens) > 1 and surname_of(g, word)
        ]
        if pool:
            # a surname spelled exactly as it stands alone beats a merely close one:
            # "Waters" is Moses Waters, not "Star Wars" nearer in the text
            exact = [g for g in pool if _exact_surname(g.tokens, word)]
            _nearest(exact or pool, m).add(m)
            continue
        # else the given name of the one person of its article (or, failing that, of the
        # story) it opens: "Steve" after "Steve Jobs", "Hasib" after "Hasib Hussain"
        given = _given_name_owner(
            in_article[m.span.article], word, settings, alone_in[m.span.article]
        ) or _given_name_owner([p for p in people if p not in lone], word, settings, alone)
        if given is not None:
            given.add(m)
            continue
        g = next((p for p in lone if _same_word(p.tokens[0], word, settings)), None)
        if g is None:
            g = _Group("PERSON", tokens=toks)
            people.append(g)
            lone.append(g)
        g.add(m)
    # the words that open (or are) a name of another kind in the story: "Apple" of "Apple Corps"
    heads = {nm.translit_key(_clean_form(m.span.text).split()[0]) for m in others if _clean_form(m.span.text)}
    people = ranked_surnames(people, surname_of)  # "Chief Smith" of "Jason Smith"
    people = _confirmed_people(people, others, alone, heads, settings)
    people = _unsupported_shapes(people, others)
    groups.extend(people)
    # 3. organisations, places and others: acronyms, exonyms, spelling variants
    texts = {a.id: a.text for a in articles}
    merged = _group_others(others, _defined_acronyms(texts, analyses, order))
    # the same written form typed differently in two articles is still one referent
    person_form = {f: p for p in groups for f in p.forms}
    for g in list(merged):
        target = next((person_form[f] for f in g.forms if f in person_form), None)
        if target is not None:
            for m in g.mentions:
                target.add(m)
            merged.remove(g)
    groups.extend(merged)
    return _entities(groups, order, {a.id: language_code(a.language) for a in articles})


def _defined_acronyms(
    texts: dict[str, str], analyses: dict[str, ArticleAnalysis], order: list[str]
) -> list[tuple[str, str]]:
    """"Long Form (LF)" written in an article: the acronym is defined there."""
    pairs = []
    for aid in order:
        text = texts.get(aid, "")
        ms = sorted(analyses[aid].entities, key=lambda m: m.span.start)
        for a, b in zip(ms, ms[1:], strict=False):
            if text[a.span.end : b.span.start] == " (" and text[b.span.end : b.span.end + 1] == ")":
                if _acronym_key(b.span.text).isupper() and " " in a.span.text:
                    pairs.append((_clean_form(a.span.text), _clean_form(b.span.text)))
    return pairs


_DESIGNATORS = frozenset(
    "center centre clinic hospital inc inc. corp corp. corporation company co co. ltd ltd. "
    "llc plc group foundation".split()
)


def _form_keys(form: str) -> list[tuple[str, str]]:
    """Keys under which two written forms name one thing: the same words (case,
    accents, exonyms folded), the same transliteration, or an acronym and its long form."""
    keys = [("p", nm.place_key(form))]
    ak = _acronym_key(form)
    words = form.split()
    # two-letter acronyms are too ambiguous to match initials ("AP", "American Pie")
    if ak.isupper() and ak.isalpha() and 3 <= len(ak) <= 8 and " " not in form.strip():
        keys.append(("a", ak))
    elif not ak.isupper():
        if len(words) >= 2:
            for long_ak in sorted(nm.acronyms_of(words)):
                if 3 <= len(long_ak) <= 8:
                    keys.append(("l", long_ak))
        if len(form) >= 6:
            keys.append(("t", nm.translit_key(form.replace(" ", ""))))
    # "Promises Treatment Center" / "Promises", "Betty Ford Clinic" / "Betty Ford Center"
    if len(words) >= 2 and words[-1].lower() in _DESIGNATORS:
        stem = words[:-1]
        while len(stem) > 1 and stem[-1].lower() in ("treatment", "medical", "health", "recovery"):
            stem = stem[:-1]
        keys.append(("s", nm.place_key(" ".join(stem))))
    else:
        keys.append(("s", nm.place_key(form)))
    return keys


def _group_others(
    others: list[EntityMention], defined: list[tuple[str, str]] = ()  # type: ignore[assignment]
) -> list[_Group]:
    """Union-find over distinct written forms, joined by shared keys."""
    forms: dict[str, int] = {}
    types: dict[str, Counter] = defaultdict(Counter)
    for m in others:
        form = _clean_form(m.span.text)
        forms.setdefault(form, len(forms))
        types[form][m.type] += 1
    sets = UnionFind(len(forms))
    seen: dict[tuple[str, str], int] = {}
    for long_form, short in defined:
        if long_form in forms and short in forms:
            sets.union(forms[short], forms[long_form])
    for form, i in forms.items():
        kind_of = types[form].most_common(1)[0][0]
        for kind, key in _form_keys(form):
            if kind == "s" and kind_of not in ("ORG", "OTHER"):
                continue  # short names of organisations only
            # an acronym meets its long forms; a long form meets acronyms, not other long forms
            probe = [("a", key), ("l", key)] if kind == "a" else [("a", key)] if kind == "l" else [(kind, key)]
            for pk in probe:
                if pk in seen:
                    sets.union(i, seen[pk])
            seen.setdefault((kind, key), i)
    _join_short_names(forms, types, sets)
    by_root: dict[int, _Group] = {}
    out: list[_Group] = []
    for m in others:
        form = _clean_form(m.span.text)
        root = sets.find(forms[form])
        g = by_root.get(root)
        if g is None:
            g = by_root[root] = _Group(m.type, tokens=form.split())
            out.append(g)
        g.add(m)
    return out


def _join_short_names(forms: dict[str, int], types: dict[str, Counter], sets: UnionFind) -> None:
    """A lone word of an organisation or other name that ends the story's longer names of
    that kind is the short name of the one mentioned most, at least twice as often as the
    next ("Colts" of "Indianapolis Colts", not of "Baltimore Colts" named once; "Texans"
    of "Houston Texans" and "Dallas Texans" named alike stays apart)."""
    longer: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        words = form.split()
        if len(words) >= 2 and types[form].most_common(1)[0][0] in ("ORG", "OTHER"):
            longer[nm.place_key(words[-1])].append(form)
    for form, i in forms.items():
        if " " in form or _acronym_key(form).isupper() or types[form].most_common(1)[0][0] not in ("ORG", "OTHER"):
            continue
        owners = sorted(longer.get(nm.place_key(form), []), key=lambda f: -sum(types[f].values()))
        if owners and (len(owners) == 1 or sum(types[owners[0]].values()) >= 2 * sum(types[owners[1]].values())):
            sets.union(i, forms[owners[0]])


def ascii_low(form: str) -> str:
    return nm.ascii_fold(form).strip().removeprefix("the ")


def _nearest(pool: list[_Group], m: EntityMention) -> _Group:
    """Of several people a lone surname may refer to, the one named last before it in its
    article by a form holding that surname ("Clinton" after "Hillary Clinton said"), else
    the most mentioned. A mention by the given name alone does not count: news calls a
    child by the given name, an adult by the surname, so "classmates of Ezekiel" between
    "said Marisa Melendez" and "Melendez said" leaves the quote to the aunt."""
    key_word = nm.translit_key(m.span.text.split()[-1]) if m.span.text.split() else ""

    def holds_surname(x: EntityMention) -> bool:
        return key_word in {nm.translit_key(t) for t in _person_tokens(_clean_form(x.span.text))}

    def key(g: _Group) -> tuple[int, int]:
        before = [
            x.span.start for x in g.mentions
            if x.span.article == m.span.article and x.span.start < m.span.start and holds_surname(x)
        ]
        return (max(before) if before else -1, len(g.mentions))
    return max(pool, key=key)


def _acronym_key(form: str) -> str:
    return form.replace(".", "").replace(" ", "")


def _best_name(g: _Group) -> str:
    forms = list(g.forms.items())
    if g.type == "PERSON":
        # the script most of its mentions are written in (Latin on a tie)
        latin = sum(c for f, c in forms if nm.is_latin(f)) * 2 >= sum(c for _, c in forms)

        # the surname as most mentions spell it: a typo in one report ("Donald Rumsfled")
        # loses to the spelling the others use ("Rumsfeld", "Donald Rumsfeld")
        surnames: Counter[str] = Counter()
        for f, c in forms:
            if tokens := _person_tokens(f):
                surnames[tokens[-1]] += c

        def score(item: tuple[str, int]) -> tuple[int, bool, int, int, int]:
            form, count = item
            tokens = _person_tokens(form)
            return (len(tokens), nm.is_latin(form) == latin, surnames[tokens[-1]] if tokens else 0, count, -len(form))
        return max(forms, key=score)[0]
    def oscore(item: tuple[str, int]) -> tuple[int, int, int, int, int]:
        form, count = item
        modern = 0 if ascii_low(form) in nm.EXONYMS else 1
        return (
            modern,
            0 if _acronym_key(form).isupper() and " " not in form and len(form) <= 6 else 1,
            0 if form.isupper() else 1,
            count,
            len(form),
        )
    return max(forms, key=oscore)[0]


def _norm_role(role: str) -> str:
    """Entity-level title: drop nationality qualifiers ("U.S.", "Russian") and determiners."""
    words = role.split()
    while len(words) > 1 and (
        words[0].lower() in DETERMINERS
        or words[0].rstrip(",") in nm.PLACE_ACRONYMS
        or nm.is_demonym(words[0])
        or nm.is_place_name(words[0].removesuffix("'s").removesuffix("’s"))
    ):
        words = words[1:]
    return " ".join(words)


def _only_nationality(role: str) -> bool:
    words = role.split()
    return bool(words) and all(
        nm.is_demonym(w) or w.rstrip(",") in nm.PLACE_ACRONYMS or nm.is_place_name(w) for w in words
    )


def _entities(groups: list[_Group], order: list[str], languages: dict[str, str | None]) -> list[Entity]:
    rank = {a: i for i, a in enumerate(order)}
    built = []
    for g in groups:
        if not g.mentions:
            continue
        name = _best_name(g)
        types = Counter(m.type for m in g.mentions)
        roles: dict[str, Role] = {}
        role_forms: dict[str, Counter] = defaultdict(Counter)
        for m in g.mentions:
            if not m.role:
                continue
            r = _norm_role(m.role)
            if _only_nationality(r) and types.most_common(1)[0][0] != "PERSON":
                # "Englishman Robert Buckley" says who he is; "Iranian" of the
                # Revolutionary Guard or "British" of British Airways is no post
                continue
            key = r.lower()
            role_forms[key][r] += 1
            entry = roles.setdefault(key, Role(role=r, articles=[]))
            if m.span.article not in entry.articles:
                entry.articles.append(m.span.article)
            if m.role_span is not None:
                entry.mentions.append(m.role_span)
        for key, entry in roles.items():
            entry.role = role_forms[key].most_common(1)[0][0]
        roles = fold_contained(roles, languages)  # "Mayor" and "New Haven Mayor": one role
        for entry in roles.values():
            entry.articles.sort(key=lambda a: rank.get(a, 0))
        aliases = [f for f, _ in g.forms.most_common() if f != name]
        kinds = Counter(m.kind for m in g.mentions if m.type == "ORG")
        # an outlet when most of its organisation mentions read as one ("told Reuters")
        kind = "outlet" if kinds["outlet"] * 2 > sum(kinds.values()) else None
        built.append(
            Entity(
                id="",
                name=name,
                type=types.most_common(1)[0][0],
                aliases=aliases,
                roles=list(roles.values()),
                articles=sorted(g.articles, key=lambda a: rank.get(a, 0)),
                mentions=[m.span for m in g.mentions],
                kind=kind,
            )
        )
    built.sort(key=lambda e: (-len(e.articles), -len(e.mentions), e.name))
    for i, e in enumerate(built, start=1):
        e.id = f"e{i}"
    return built
