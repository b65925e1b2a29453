"""People, organisations and places as one article mentions them.

`extract_mentions` finds names with exact spans as runs of capitalized words
(sentence-initial and headline-case capitals discounted), splits a title off the
name and reads titles written around a person ("U.S. Deputy Secretary of State
Wendy Sherman", "Jens Stoltenberg, NATO chief,", "their deputy foreign ministers, A
and B"). Types come from the name's own words (titles, honorifics, organisation
words, CLDR country and city names, datelines), then spaCy NER for English text
when the model is installed, then the article's other mentions. Tokens and name runs:
`text/tokens.py`; titles: `text/roles.py`; nicknames: `text/nicknames.py`; across a
story's articles: `link/entities.py`."""

from __future__ import annotations

import re

from synoptic import lang as lang_words
from synoptic.model import Article, EntityMention, Sentence, Span
from synoptic.settings import TextSettings
from synoptic.text import caseless_names
from synoptic.text import name_context as nc
from synoptic.text import names as nm
from synoptic.text import person_evidence as pe
from synoptic.text.entity_spacy import _spacy_model, _spacy_types  # noqa: F401 - tests load the model here
from synoptic.text.firm_types import _firm_type, _name_words, settle_types, shared_evidence
from synoptic.text.nicknames import join_nicknames
from synoptic.text.roles import (
    AUXILIARIES,
    attach_roles,
    cue_follows,
    role_before,
    split_title,
)
from synoptic.text.tokens import (
    ARTICLES,
    OPENERS,
    PARTICLE_NAME,
    Candidate,
    Token,
    is_headline_case,
    is_opening_mark,
    is_qualifier,
    is_title_word,
    name_runs,
    strip_possessive,
    tokenize,
    without_possessive,
    word_stats,
)

_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z]\w*$")  # "iTunes", "iPod", "eBay": a brand's lower-case opening
_IN_PREPS = frozenset("in at near inside outside en dans".split())  # where, not to or from whom
_COMPLEMENT = frozenset("of de du des di del della van".split())
_DEFINITE = frozenset("the le la el los il lo gli les las het".split())
_INDEFINITE = frozenset("a an un une uno una een ein eine his her their its our my your".split())  # "his Glen Flora home"
_PROMO = frozenset(w for w in lang_words.all_stop_words("PROMO_OPENINGS") if " " not in w)
_PLACE_PREPS = frozenset("in at near across outside inside from to en à dans".split())


# --- extract_mentions ---------------------------------------------------------------


def extract_mentions(
    article: Article, sentences: list[Sentence], settings: TextSettings
) -> list[EntityMention]:
    """Names with exact spans, typed PERSON | ORG | PLACE | OTHER, with a person's title.

    Names are runs of capitalized words split into title + name; with spaCy, its
    NER labels type the names the rules have no firm evidence for (and veto dates,
    nationalities and numbers); it only reads the sentences holding such names.
    """
    text = article.text
    body = [s for s in sentences if not s.is_heading]
    if (caseless := caseless_names.extract(article, sentences)) is not None:
        return caseless  # a script without capitals
    # the model is English: other languages keep the rules
    lang = (article.language or "en").split("-")[0].lower()
    nlp = _spacy_model(settings.spacy_model) if settings.use_spacy and lang == "en" else None
    mid_caps, lower = word_stats(text, body, settings)
    solo = pe.named_alone(text)
    titled = pe.named_after_title(text)
    verb_endings = tuple(sorted(lang_words.stop_words(lang, "VERB_ENDINGS")))
    cands: list[Candidate] = []
    sent_toks: list[list[Token]] = []
    for k, sent in enumerate(body):
        toks = tokenize(sent.span.text, sent.span.start)
        if is_headline_case(sent.span.text, settings):
            # a capital is a name's only where the word is capitalized in running text
            upper = {w.upper() for w in mid_caps} if sent.span.text.isupper() else set()
            for t in toks:
                if t.is_word:
                    t.is_cap = without_possessive(t.text) in mid_caps or without_possessive(t.text) in upper
        sent_toks.append(toks)
        runs = [part for run in name_runs(text, toks) for part in nc.split_person_of_org(toks, run, split_title)]
        for whole in runs:
            run = pe.split_at_connector(toks, whole, solo)
            if len(run) + 1 < len(whole):
                runs.append(whole[len(run) + 1 :])  # what the name is of ("di Consumer Reports")
            run = pe.without_glued_employer(toks, run, solo, titled)
            cand = _candidate(text, toks, run, k, mid_caps, lower, verb_endings, lang)
            if cand is None:
                continue
            cands.append(cand)
            if cand.role_span is not None:
                cands.extend(nc.names_in_title(toks, cand.role_span, k, orgs=not cand.place_context))
    cands = join_nicknames(nc.without_held(cands), text)  # "Chili" inside "Conseil … du Chili"; Vincent "The Chin" Gigante
    ents: list[tuple[int, int, str]] = []
    if nlp is not None and cands:
        for c in cands:
            _firm_type(c, text)
        unsure = sorted({c.sent for c in cands if not c.extra.get("firm") and not c.extra.get("drop")})
        for k, doc in zip(unsure, nlp.pipe([body[k].span.text for k in unsure]), strict=True):
            base = body[k].span.start
            ents.extend((base + e.start_char, base + e.end_char, e.label_) for e in doc.ents)
    _type_candidates(cands, text, lower, ents, lang)
    nc.firms_by_company(cands, text)  # "IBM and Compaq", "he founded NeXT"
    attach_roles(text, cands, sent_toks)
    nc.retype_title_words(cands, text)  # "ministro de Agricultura"; "presidente de Genentech"
    mentions = []
    for c in cands:
        if c.type_hint is None:
            continue
        role_span = None
        if c.role_span:
            rs, re_ = c.role_span
            role_span = Span(article.id, rs, re_, text[rs:re_])
        mentions.append(
            EntityMention(
                span=Span(article.id, c.start, c.end, text[c.start : c.end]),
                type=c.type_hint,
                role=c.role,
                role_span=role_span,
                kind=c.extra.get("kind"),
                weak=c.type_hint == "PERSON" and bool(c.extra.get("weak")) and not c.role,
                evidence=shared_evidence(c),
            )
        )
    return mentions


def _candidate(
    text: str,
    toks: list[Token],
    run: list[int],
    sent_no: int,
    mid_caps: set[str],
    lower: set[str],
    verb_endings: tuple[str, ...] = (),
    language: str = "en",
) -> Candidate | None:
    run = list(run)
    if nc.title_before_possessive(toks, run):
        return None  # "Senior Assistant State's Attorney Michael Pepper": a title's first words
    # sentence-initial capital: drop it unless the word is a name elsewhere in the article
    first = toks[run[0]]
    at_start = (
        run[0] == 0
        or all(not t.is_word for t in toks[: run[0]])
        or (toks[run[0] - 1].text in OPENERS and is_opening_mark(text, toks[run[0] - 1].start))
        or toks[run[0] - 1].text in ("…", ".", "!", "?")
    )
    # a title opening the sentence stays: "Chief Executive Bernard Looney told staff"
    if at_start and is_title_word(first.low) and split_title(toks, run):
        at_start = False
    if at_start and (nm.is_place_name(" ".join(strip_possessive(toks[i])[0].text for i in run)) or (
        pe.registry_outlet_named(" ".join(strip_possessive(toks[i])[0].text for i in run)) is not None
    ) or (nc.with_police_after(toks, run) != run and first.low not in lower)):
        at_start = False  # "New Zealand", "Reuters reported", "Toledo police said" open sentences as they are
    if at_start and (len(run) >= 2 and pe.age_follows(toks, run[-1]) and first.low not in nm.FUNCTION_WORDS or nm.SITE_NAME.fullmatch(first.text)):
        at_start = False  # "Anthony Mendoza, 17, was charged": a person and their age; "Amazon.com placed"
    if at_start:
        bare, _ = strip_possessive(first)
        rest = [toks[i] for i in run[1:]]
        if (bare.low in nm.FUNCTION_WORDS and not first.is_acronym) or (
            bare.text not in mid_caps
            and not first.is_acronym
            and (
                bare.low in lower
                or bare.low in _PROMO  # "Contact Emma Ockerman: ...", "Follow X on Twitter"
                or len(run) == 1
                # "Armed Forces", "Speaking Tuesday": a participle opens the sentence; not "Mohammed Sidique
                # Khan", whose first word opens a longer name, nor a given name ("Beverly Collins lives", GVC train)
                or (bare.low.endswith(("ing", "ed", "ly", "ful")) and len(run) <= 2 and not (len(run) == 2 and pe.given_name_word(bare.text)))
                or (all(is_qualifier(t) or t.is_acronym for t in rest) and not pe.given_name_word(bare.text))  # not "Jerry Jordan" (GVC 661322)
                # "Creó Apple en 1976": a finite verb of the article's language opens it
                or (len(bare.low) >= 4 and bare.low.endswith(verb_endings) and bool(verb_endings))
            )
        ):
            # "Ryabkov said ...", or a speaker label: "Haldeman: “Yes, sir.”"
            label = run[-1] + 2 < len(toks) and toks[run[-1] + 1].text == ":" and toks[
                run[-1] + 2
            ].text in "\"“«„"
            aux = run[-1] + 1 < len(toks) and toks[run[-1] + 1].low in AUXILIARIES
            if len(run) == 1 and (cue_follows(toks, run[-1], language) or label or aux) and (
                bare.low not in nm.FUNCTION_WORDS and not pe.is_person_noun(bare.text)
                # "Ha detto", "Se dice": an auxiliary or a pronoun the article writes in
                # lower case elsewhere opens the sentence, no name
                and not (bare.low in lower and len(bare.low) <= 3)
            ):
                pass
            else:
                run = run[1:]
                while run and not toks[run[0]].is_cap:
                    run = run[1:]
    if not run:
        return None
    # an honorific inside the run opens the name: "Londres Sir Ian Blair" (a dateline or a place glued
    # before it is not part of it, nor before a rank: "Marion County Lt. Chris Baldridge"; "Army Spc.
    # Charles Graner" keeps its rank)
    inner = next((k for k in range(1, len(run) - 1) if toks[run[k]].low in nm.HONORIFICS
                  and toks[run[k]].text[:1].isupper() and toks[run[k] + 1].is_cap and not (is_title_word(toks[run[0]].low) or (
                      any(is_title_word(toks[i].low) for i in run[:k]) and toks[run[k]].low.rstrip(".") not in nm.TITLE_ABBREVIATIONS))), None)
    if inner is not None:
        run = run[inner:]
    # a noun for people after a name is no part of it: "Nell Carroll Investigators"; but
    # it ends a group's name that an adjective of a people opens or an article precedes
    # ("the Canadian Auto Workers": a union, no person "Canadian Auto")
    group_name = nm.is_demonym(toks[run[0]].text) or (run[0] >= 1 and toks[run[0] - 1].low in ARTICLES)
    while len(run) > 2 and toks[run[-1]].low in pe.PERSON_NOUNS and toks[run[-1]].low.endswith("s") and not group_name:
        run = run[:-1]
    # a caption's participle after a name: "Christian Bandemer Provided by family"
    if len(run) > 2 and toks[run[-1]].low.endswith("ed") and run[-1] + 1 < len(toks) and (
        toks[run[-1] + 1].low == "by"
    ):
        run = run[:-1]
    after_title = nc.acronym_of_title(toks, run)  # "le Secrétaire général de l'ONU Ban Ki-moon"
    run = run[1:] if after_title else run
    run, titled_place = nc.without_place_before(toks, run, lower)  # "Stati Uniti Barack Obama"
    after_title = after_title or titled_place or nc.demonym_noun_before(toks, run)
    n_title = split_title(toks, run)
    title_of = False
    if not n_title and len(run) >= 3 and toks[run[1]].low in _TITLE_OF and not toks[run[1]].is_cap and (
        nm.singular(toks[run[0]].low) in nm.TITLE_HEADS and not nm.is_place_name(toks[run[2]].text)
    ):
        run = run[2:]  # "CEO de Apple Computer": what the title is of, without the title
        title_of = True
    role_span = None
    if n_title:
        if n_title >= len(run):
            return None  # a title with no name: "Deputy Foreign Minister"
        role_span = (run[0], run[n_title - 1])
        run = run[n_title:]
    honorific = None
    while run and toks[run[0]].low in nm.HONORIFICS and len(run) > 1 and not (
        toks[run[0]].low in nc.ROMANCE_HONORIFICS and language.split("-")[0] not in ("es", "it", "pt")
    ):
        honorific = toks[run[0]].low
        run = run[1:]
    if run and not toks[run[0]].is_cap:
        return None  # "Col de Port": a name never opens on a lower-case particle
    # "le directeur du Tour Christian Prudhomme": the organisation or event a title is of,
    # glued before a two-word name
    if len(run) >= 3 and toks[run[0]].low in nm.ORG_WORDS | nm.EVENT_WORDS and all(
        toks[i].is_cap and toks[i].low not in nm.ORG_WORDS | nm.EVENT_WORDS for i in run[1:]
    ) and run[0] - 1 >= 0 and toks[run[0] - 1].low in ("du", "de", "of", "del", "des") and not (
        run[-1] + 1 < len(toks) and toks[run[-1] + 1].text == "("
    ):  # "Union Cycliste Internationale (UCI)": an acronym defines the whole name
        run = run[1:]
    run = nc.name_after_title_complement(toks, run)  # "Under-Secretary-General for Humanitarian Affairs Jan Egeland"
    while run and not toks[run[-1]].is_word:
        run = run[:-1]
    while run and toks[run[-1]].low in nm.ORG_CONNECTORS | nm.NAME_CONNECTORS:
        run = run[:-1]
    if not run:
        return None
    if toks[run[0]].low in ARTICLES and (
        len(run) > 2 or nm.is_place_name(" ".join(toks[i].text for i in run[1:]))
    ):
        run = run[1:]  # "the Organization for ...", "The United States"; not "The Hague"
    run = nc.with_police_after(toks, run)  # "Toledo police said": the city's police force
    complement = len(run) < len(run := nc.with_lower_case_complement(toks, run, language))
    last, _ = strip_possessive(toks[run[-1]])
    start, end = toks[run[0]].start, last.end
    words = [toks[i] for i in run]
    if all(
        (w.low in nm.FUNCTION_WORDS and not w.is_acronym) or w.low in nm.CALENDAR_WORDS
        for w in words
    ):
        return None
    if len(words) == 1 and len(last.text) < 2:
        return None
    glued = nc.glued_figure(text, start)  # "3News", "9News": the figure is part of the name
    cand = Candidate(glued, end, words, sent_no, extra={"complement": "1"} if complement else {})
    cand.honorific = honorific
    if glued < start:
        cand.extra["determiner"] = "1"
        if words[-1].low in pe.OUTLET_WORDS:
            cand.extra["outlet"] = "1"
    if role_span is not None:
        cand.role_span = role_span
    prev = run[0] - 1
    if role_span is not None:
        prev = role_span[0] - 1
    if prev >= 0 and toks[prev].low in _PLACE_PREPS and not (toks[prev].low == "en" and language == "nl") and not (
        prev >= 1 and toks[prev].low == "to" and toks[prev - 1].low == "according"
    ):
        cand.place_context = True
        possessive = strip_possessive(toks[run[-1]])[1] or (
            run[-1] + 1 < len(toks) and toks[run[-1] + 1].text in ("'", "’")
        )
        if toks[prev].low in _IN_PREPS and not possessive:
            cand.extra["place_prep"] = "1"  # (not "in Steve Jobs' place")
    if prev >= 1 and toks[prev].low == "of" and toks[prev - 1].low in ("city", "town", "village", "region", "capital"):
        cand.place_context = True
    # "les îles Juan Fernández", "the town of Lolol": a place noun (any language) before the name; a crossing
    noun = prev - 1 if prev >= 1 and toks[prev].low in ("of", "de", "di", "del", "d'", "du") else prev
    if role_span is None and (noun >= 0 and not toks[noun].is_cap and nm.singular(toks[noun].low) in nm.PLACE_NOUNS
                              or nc.at_crossing(toks, run)):
        cand.place_context = True
        cand.extra["place_noun"] = "1"
    cand.cue_after = cue_follows(toks, run[-1], language) or nc.inverted_cue(toks, run) or (
        # a speaker label: "Haldeman: “Yes, sir.”"
        run[-1] + 2 < len(toks)
        and toks[run[-1] + 1].text == ":"
        and toks[run[-1] + 2].text in "\"“«„"
    )
    # "the Cold War", "Nord Stream 2": not how people are named
    if role_span is None and prev >= 0 and toks[prev].low in _DEFINITE:
        cand.extra["determiner"] = "1"
        nxt = run[-1] + 1
        if (nxt >= len(toks) or toks[nxt].text in (".", ",", ";", ":", "!", "?", ")") or (
            toks[nxt].is_word and toks[nxt].low in nm.FUNCTION_WORDS
        )) and not any(is_title_word(t.low.rstrip(".")) or t.low in nm.HONORIFICS or t.low.rstrip(".") in (
            "rev", "revd", "reverend", "late") for t in words  # "the Rev Billy Graham."
        ) and not (
            # "a la Jon Stewart", "the Jon Stewart of French television": a person's likeness
            (prev >= 1 and toks[prev - 1].low in ("a", "à")) or (nxt < len(toks) and toks[nxt].low in _COMPLEMENT)
        ):
            # "the Nintendo Switch." names a thing; "the Barack Obama administration" does not
            cand.extra["named_thing"] = "1"
    if (run[-1] + 1 < len(toks) and toks[run[-1] + 1].text[:1].isdigit()) or nc.model_year_before(toks, run[0]):
        cand.extra["determiner"] = "1"
    # "iTunes Music Store", "Restricciones/Derechos Digitales": the run continues a name
    # that a lower-case brand word or a slash opens; "Server Message Block (SMB)": an
    # acronym in brackets defines the run (people are not given one)
    if prev >= 0 and role_span is None and (
        _CAMEL.match(toks[prev].text) or (toks[prev].text == "/" and prev >= 1 and toks[prev - 1].is_cap)
    ):
        cand.extra["determiner"] = "1"
    if len(run) >= 2 and run[-1] + 3 < len(toks) and toks[run[-1] + 1].text == "(" and (
        toks[run[-1] + 3].text == ")"
        and toks[run[-1] + 2].text.replace(".", "") in nm.acronyms_of([t.text for t in words])
    ):
        cand.extra["determiner"] = "1"
    # "an Al Qaeda operative", "the donated Star Wars costumes": the name qualifies a noun
    if role_span is None and nc.qualifies_noun(toks, run, prev, language, _INDEFINITE):
        cand.extra["determiner"] = "1"
    if role_span is None and role_before(text, toks, run[0] - (1 if honorific else 0)):
        cand.extra["pre_role"] = "1"
    if pe.press_noun_before(toks, run[0]):
        cand.extra["outlet"] = "1"  # "the daily Le Monde"
    elif pe.org_noun_before(toks, run[0]) and not honorific and role_span is None and not (
        # "la porte-parole de l'équipe Corinne Druey": a title of the team before the noun
        run[0] >= 3 and toks[run[0] - 2].low in ("of", "de", "du", "del", "della", "van")
        and nm.singular(toks[run[0] - 3].low) in nm.TITLE_HEADS
    ):
        cand.extra["org_before"] = "1"  # "l'équipe Astana", "the company Genentech"
    elif role_span is None and not honorific and pe.org_noun_after(toks, run[-1]):
        cand.extra["org_before"] = "1"  # "Sichuan Tengzhong, a Chinese machinery maker"
    if role_span is None and not honorific and (pe.business_of(toks, run[0], run[-1]) or (
        pe.serves_before(toks, run[0]) and not strip_possessive(toks[run[-1]])[1]  # "for Billy Graham's ministry"
    )):
        cand.extra["business"] = "1"  # "Goldman Sachs's shares", "les actions de X"
    if pe.age_follows(toks, run[-1]):
        cand.extra["age"] = "1"
    if after_title or nc.according_to(toks, prev) or (
        role_span is None and not honorific and 2 <= len(run) <= 3 and nc.country_follows(toks, run[-1])
    ):
        cand.extra["person_context"] = "1"  # "According to Tedros Adhanom Ghebreyesus,", "Cadel Evans of Australia"
    nxt = run[-1] + 1
    if nxt < len(toks) and not toks[nxt].is_cap and toks[nxt].low in nm.PLACE_WORDS:
        cand.extra["place_next"] = "1"  # "Shepherd's Bush Underground station"
    # "la directrice de Climate Focus", "a spokesman for Rabobank": what a title is of
    if role_span is None and not honorific and prev >= 1 and toks[prev].low in (
        "of", "for", "at", "de", "du", "des", "del", "della", "van", "bij"
    ) and (not toks[prev - 1].is_cap or toks[prev - 1].is_acronym) and nm.singular(toks[prev - 1].low) in nm.TITLE_HEADS:
        cand.extra["of_title"] = "1"
        if toks[prev].low in ("at", "bij") or toks[prev - 1].low in pe.FIRM_TITLE_HEADS:
            cand.extra["employer"] = "1"  # "an analyst at X", "chairman of Genentech": a firm's
    if title_of:
        cand.extra["of_title"] = "1"
    if role_span is None and not honorific and (
        (len(run) >= 2 and pe.employer_of(toks, prev)) or pe.employs_next(toks, run[-1])
    ) and (
        toks[run[0]].low not in nm.COMPASS_WORDS  # "Hasib Hussain of West Yorkshire": a place
    ):
        cand.extra["employer"] = "1"
    if run[-1] + 2 < len(toks) and toks[run[-1] + 1].text == "," and toks[run[-1] + 2].low in (
        "who", "whose", "qui", "quien", "quien"
    ):
        cand.extra["who"] = "1"
    return cand


_TITLE_OF = frozenset("of for at de du des del della di van bij".split())


def _type_candidates(
    cands: list[Candidate], text: str, lower: set[str], ents: list[tuple[int, int, str]], language: str | None = None
) -> None:
    """Types from the name's own words (firm evidence), then from spaCy when it ran,
    then from the article's other mentions."""
    person_parts: set[str] = set()
    firm_parts: set[str] = set()  # words of persons that more than their shape makes persons
    place_names: set[str] = set()
    for c in cands:
        _firm_type(c, text)
    if ents:
        _spacy_types(cands, ents)
    for c in cands:
        if c.extra.get("drop"):
            continue
        if c.type_hint is not None:
            if c.type_hint == "PERSON":
                person_parts.update(w for w in _name_words(c))
                firm_parts.update(w for w in _name_words(c))
            elif c.type_hint == "PLACE":
                place_names.add(" ".join(_name_words(c)))
            continue
        words = _name_words(c)
        name = " ".join(words)
        if any(t.is_acronym for t in c.tokens) or any(
            "-" in t.text and not PARTICLE_NAME.match(t.text)
            # (a compound part opens or ends a name of two words, or ends one of three)
            and not ((pe.compound_name_part(t.text, k == len(c.tokens) - 1) or (
                # "Refugio Modesto-DeLaCruz": a double surname after a known given name
                k == len(c.tokens) - 1 and pe.double_surname(c.tokens[0].text, t.text)
            )) and (len(c.tokens) == 2 or (len(c.tokens) == 3 and k == 2)))
            for k, t in enumerate(c.tokens)
        ):
            c.type_hint = "OTHER"
        elif 2 <= len(words) <= 4 and all(
            (t.is_cap and not any(ch.isdigit() for ch in w)) or w.lower() in nm.NAME_CONNECTORS
            for w, t in zip(words, c.tokens, strict=True)
        ) and not c.extra.get("determiner") and not (
            # "in Aransas Pass", "La Cruz", "Bío Bío": a place's, not a person's shape
            (c.place_context and c.extra.get("place_prep"))
            or c.tokens[0].low in ARTICLES
            or len({w.lower() for w in words}) < len(words)
        ) and (
            c.cue_after
            or c.extra.get("who")
            or not any((w.lower() in lower and w.lower() not in nm.NAME_CONNECTORS)
                       or is_title_word(w.lower()) for w in words)
        ):
            c.type_hint = "PERSON"
            if not (c.cue_after or c.extra.get("who") or c.extra.get("person_context")):
                c.extra["weak"] = "1"  # the shape of its words alone says person
            else:
                c.extra["by_cue"] = "1"
        if c.type_hint == "PERSON":
            person_parts.update(words)
            if not c.extra.get("weak"):
                firm_parts.update(words)
        elif c.type_hint == "PLACE":
            place_names.add(name)
    part_keys = {nm.translit_key(p) for p in person_parts if len(p) >= 4}
    firm_keys = {nm.translit_key(p) for p in firm_parts if len(p) >= 4}
    for c in cands:
        if c.type_hint is not None or c.extra.get("drop"):
            continue
        name = " ".join(_name_words(c))
        if name in place_names:
            c.type_hint = "PLACE"
        elif name in person_parts or (
            len(c.tokens) == 1 and len(name) >= 4 and nm.translit_key(name) in part_keys
        ):
            c.type_hint = "PERSON"
            if not (name in firm_parts or nm.translit_key(name) in firm_keys or c.cue_after):
                c.extra["weak"] = "1"  # a part of names only their shape makes persons ("Pachauri a insisté" speaks)
        elif c.place_context:
            c.type_hint = "PLACE"
        elif c.cue_after:
            c.type_hint = "PERSON"
            c.extra["by_cue"] = "1"
        else:
            c.type_hint = "OTHER"
    # consistency within the article, over whatever typed the name: a known place name
    # is a place, a lone surname of a person named in full is that person
    surnames = {
        nm.translit_key(_name_words(c)[-1])
        for c in cands
        if c.type_hint == "PERSON" and len(c.tokens) > 1
    }
    firm_surnames = {
        nm.translit_key(_name_words(c)[-1])
        for c in cands
        if c.type_hint == "PERSON" and len(c.tokens) > 1 and not c.extra.get("weak")
    }
    # a name the article writes as a place somewhere ("in Toledo", "North Toledo", "in Aransas
    # Pass") is that place wherever only the shape of its words made it a person
    placed = {" ".join(_name_words(c)) for c in cands if c.type_hint == "PLACE" or (
        c.place_context and c.extra.get("place_prep"))}
    placed |= {" ".join(_name_words(c)[1:]) for c in cands
               if c.type_hint == "PLACE" and len(c.tokens) > 1 and c.tokens[0].low in nm.COMPASS_WORDS}
    for c in cands:
        if c.type_hint == "PERSON" and c.extra.get("weak") and " ".join(_name_words(c)) in placed:
            c.type_hint = "PLACE"
            c.extra.pop("weak", None)
    settle_types(cands, text, surnames, firm_surnames, language)
