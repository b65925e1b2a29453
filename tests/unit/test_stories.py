"""Story clustering: batch (`cluster_batch`) and online (`OnlineClusterer`) on real text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from synoptic.link.events import (
    average_linkage,
    bisect_story,
    event_halves,
    rejoin_halves,
    settle_members,
    split_events,
    split_silences,
)
from synoptic.link.features import (
    Features,
    article_features,
    article_words,
    named_keys,
    number_keys,
)
from synoptic.link.online import OnlineClusterer
from synoptic.link.scoring import batch_similarity, pair_feature_matrices, score_matrix
from synoptic.link.stories import cluster_batch
from synoptic.model import Article
from synoptic.settings import LinkSettings


class TfidfEncoder:
    """A local stand-in for `synoptic.vectors`: TF-IDF fitted on the texts it is given."""

    def __init__(self, corpus: list[str]) -> None:
        self.model = TfidfVectorizer(sublinear_tf=True).fit(corpus)

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.model.transform(texts).toarray().astype(np.float32)


def _example_articles(example_dir: Path) -> list[Article]:
    articles = []
    for path in sorted(example_dir.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        articles.append(Article(id=path.stem, source=str(path), text=body.strip(), title=title))
    return articles


# Hand-written short reports of two different events of the same kind, plus an unrelated one.
QUAKE_A = [
    ("Earthquake of magnitude 6.4 hits Albania",
     "A magnitude 6.4 earthquake struck near Durres in Albania on Tuesday, killing at least 21 "
     "people. Prime Minister Edi Rama said rescuers were searching collapsed buildings in Durres "
     "and Thumane."),
    ("Albania quake death toll rises to 21",
     "Rescuers in Durres and Thumane pulled more bodies from the rubble after Tuesday's 6.4 "
     "earthquake, Albanian Prime Minister Edi Rama said. At least 21 people died."),
    ("Rama declares emergency after Durres earthquake",
     "Edi Rama declared a state of emergency in Durres and Tirana after the magnitude 6.4 quake "
     "that killed 21 people in Albania."),
]
QUAKE_B = [
    ("Strong earthquake shakes southern Peru",
     "A magnitude 7.5 earthquake hit the Amazonas region of Peru on Sunday. President Martin "
     "Vizcarra said houses collapsed in Yurimaguas and Lagunas, and 12 people were injured."),
    ("Peru quake injures 12 in Yurimaguas",
     "Twelve people were hurt in Yurimaguas when a 7.5 earthquake struck the Amazonas region of "
     "Peru, President Martin Vizcarra said on Sunday."),
]
OTHER = [
    ("Central bank raises interest rates",
     "The European Central Bank raised its main interest rate by a quarter point on Thursday, "
     "citing inflation. Christine Lagarde said further increases were likely in Frankfurt."),
]


def _articles(groups: list[list[tuple[str, str]]]) -> tuple[list[Article], list[set[str]]]:
    articles, gold = [], []
    for g, group in enumerate(groups):
        ids = set()
        for k, (title, text) in enumerate(group):
            aid = f"g{g}a{k}"
            articles.append(Article(id=aid, source=aid, text=text, title=title))
            ids.add(aid)
        gold.append(ids)
    return articles, gold


def test_example_articles_form_one_story(example_dir: Path) -> None:
    articles = _example_articles(example_dir)
    encoder = TfidfEncoder([a.text for a in articles])
    groups = cluster_batch(articles, encoder, LinkSettings())
    assert groups == [[a.id for a in articles]]


def test_batch_separates_two_events_of_one_kind() -> None:
    articles, gold = _articles([QUAKE_A, QUAKE_B, OTHER])
    encoder = TfidfEncoder([a.text for a in articles])
    groups = cluster_batch(articles, encoder, LinkSettings())
    assert sorted(map(sorted, groups)) == sorted(map(sorted, gold))
    # biggest story first, ids in input order
    assert groups[0] == ["g0a0", "g0a1", "g0a2"]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_online_matches_gold_in_any_order(seed: int) -> None:
    articles, gold = _articles([QUAKE_A, QUAKE_B, OTHER])
    encoder = TfidfEncoder([a.text for a in articles])
    feats = article_features(articles, encoder, LinkSettings())
    order = np.random.default_rng(seed).permutation(len(feats))
    clusterer = OnlineClusterer(LinkSettings())
    for i in order:
        clusterer.add(feats[i])
    clusterer.repair()
    assert sorted(map(sorted, clusterer.groups())) == sorted(map(sorted, gold))


def test_quiet_period_closes_a_story() -> None:
    articles, _ = _articles([QUAKE_A[:2]])
    articles[0].published = date(2019, 11, 26)
    articles[1].published = date(2019, 12, 20)  # weeks later: a new story, even on the same topic
    encoder = TfidfEncoder([a.text for a in articles])
    groups = cluster_batch(articles, encoder, LinkSettings(story_quiet_days=3))
    assert len(groups) == 2


@pytest.mark.parametrize("seed", [0, 1])
def test_a_week_of_daily_coverage_stays_one_story(seed: int) -> None:
    # The same earthquake reported every day for a week: articles six days apart are in
    # one story because coverage never fell silent for more than the quiet period. A
    # report of the same kind two weeks after the last one starts a new story.
    start = date(2019, 11, 26).toordinal()
    articles = [
        Article(id=f"day{k}", source=f"day{k}", title=QUAKE_A[k % 3][0], text=QUAKE_A[k % 3][1],
                published=date.fromordinal(start + k))
        for k in range(7)
    ]
    articles.append(Article(id="late", source="late", title=QUAKE_A[0][0], text=QUAKE_A[0][1],
                            published=date.fromordinal(start + 20)))
    encoder = TfidfEncoder([a.text for a in articles])
    settings = LinkSettings(story_quiet_days=3)
    groups = cluster_batch(articles, encoder, settings)
    assert sorted(map(sorted, groups)) == sorted([sorted(a.id for a in articles[:-1]), ["late"]])
    clusterer = OnlineClusterer(settings)
    feats = article_features(articles, encoder, LinkSettings())
    for i in np.random.default_rng(seed).permutation(len(feats)):
        clusterer.add(feats[i])
    clusterer.repair()
    assert sorted(map(sorted, clusterer.groups())) == sorted(map(sorted, groups))


def test_split_silences_sends_undated_reports_to_the_closest_run() -> None:
    near, far = np.eye(4)[0], np.eye(4)[1]
    feats = [
        Features("a1", near, frozenset(), frozenset(), date(2020, 1, 1)),
        Features("a2", near, frozenset(), frozenset(), date(2020, 1, 3)),
        Features("b1", far, frozenset(), frozenset(), date(2020, 3, 1)),
        Features("undated", _unit(0.1, 1.0, 0.0, 0.0), frozenset(), frozenset(), None),
    ]
    scores = batch_similarity(feats, LinkSettings())
    settings = LinkSettings(story_quiet_days=3, story_evidence_days=3)
    assert split_silences(feats, [[0, 1, 2, 3]], settings, scores) == [[0, 1], [2, 3]]
    assert split_silences(feats, [[0, 1, 3]], settings, scores) == [[0, 1, 3]]


def _block_scores(blocks: list[list[int]], means: dict[tuple[int, int], float], n: int) -> np.ndarray:
    """A pair-score matrix in which pairs across blocks i and j score means[(i, j)]."""
    scores = np.full((n, n), -1.0)
    for (i, j), value in means.items():
        for a in blocks[i]:
            for b in blocks[j]:
                scores[a, b] = scores[b, a] = value
    for block in blocks:
        scores[np.ix_(block, block)] = 1.0
    return scores


def test_a_split_half_takes_back_the_pieces_of_its_own_event() -> None:
    # Average linkage had left [6, 7] outside a story mixing two events ([0-2] and [3-5]):
    # against the whole story they average 0.05, against their own event 0.3.
    blocks = [[0, 1, 2], [3, 4, 5], [6, 7], [8]]
    scores = _block_scores(blocks, {(0, 1): 0.2, (0, 2): 0.3, (1, 2): -0.2, (0, 3): -0.5,
                                    (1, 3): -0.5, (2, 3): -0.5}, 9)
    feats = [Features(str(i), np.eye(9)[i], frozenset(), frozenset(), None) for i in range(9)]
    settings = LinkSettings()
    # the halves themselves (0.2 apart) never merge again
    assert rejoin_halves(feats, blocks, [(0, 1)], scores, settings) == [[0, 1, 2, 6, 7], [3, 4, 5], [8]]
    # nor across a silence: the piece came a month after its event's half went quiet
    dated = [Features(f.id, f.vector, f.names, f.numbers, date(2020, 1, 1) if i < 6 else date(2020, 2, 1))
             for i, f in enumerate(feats)]
    assert rejoin_halves(dated, blocks, [(0, 1)], scores, settings) == blocks


def test_a_member_clearly_closer_to_the_other_half_moves_there() -> None:
    # Two events of five: 0.6 within each, 0.1 across. 2-means put member 4 with the
    # second event although it scores 0.6 with the first and 0.1 with the second;
    # member 5 is torn (0.35 either way) and stays where it was put.
    # (scores in units of the split gap: the gap is the pair model's, in logits)
    events = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
    gap = LinkSettings().story_split_gap
    scores = np.array([[0.6 if a == b else 0.1 for b in events] for a in events]) * gap / 0.35
    scores[5, :5] = scores[:5, 5] = 0.35 * gap / 0.35
    scores[5, 6:] = scores[6:, 5] = 0.35 * gap / 0.35
    labels = np.array([0, 0, 0, 0, 1, 1, 1, 1, 1, 1])
    settled = settle_members(scores, labels, gap)
    assert settled.tolist() == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
    # right halves stay as they are
    assert settle_members(scores, settled, gap).tolist() == settled.tolist()


def test_named_keys_skip_sentence_starts_and_fold_possessives() -> None:
    article = Article(id="x", source="x", title="", text="Rescuers reached Durres. Durres's mayor spoke.")
    keys = named_keys(article)
    assert "durres" in keys
    assert "rescuers" not in keys


def test_named_keys_skip_lines_set_in_capitals() -> None:
    article = Article(id="x", source="x", title="POLICE MAKE ARRESTS IN REMOTE COMMUNITY", text=(
        "OFFICERS SAID TWO MEN WERE HELD.\nThe attorney general, Wally Oppal, confirmed it, and NATO said so."))
    # in capitals every word looks like a name; an acronym in a normal line is one
    assert named_keys(article) == {"wally", "oppal", "nato"}


def test_number_keys_keep_large_numbers_and_decimal_fractions() -> None:
    english = Article(id="en", source="en", title="", text=(
        "A magnitude 5.9 quake killed 10 people and left 2,000 homeless on May 3, 2005."))
    french = Article(id="fr", source="fr", title="", text=(
        "Un séisme de magnitude 5,9 a fait 10 morts et 2.000 sans-abri le 3 mai 2005."))
    # small counts and days are too common to tell stories apart; thousands separators
    # of either kind give the same number; a decimal keeps its point in both languages
    assert number_keys(english) == {"5.9", "2000", "2005"}
    assert number_keys(french) == number_keys(english)


def test_article_words_fold_case_and_accents_and_damp_repeats() -> None:
    from synoptic.vectors import word_counts

    article = Article(id="a", source="a", title="Séisme", text="Le séisme, un SEISME: seisme! En 2005 à 9 h.")
    (words, weights), = article_words([article])
    # one word said four times (title included); figures and one-letter words are no words
    assert len(words) == 4  # seisme, le, un, en
    assert list(words) == sorted(words)
    quake = word_counts(["seisme"]).indices[0]
    assert weights[list(words).index(quake)] == pytest.approx(1.0 + np.log(4.0))
    assert sorted(weights)[:3] == [1.0, 1.0, 1.0]


def test_score_matrix_matches_pair_scores() -> None:
    articles, _ = _articles([QUAKE_A, QUAKE_B, OTHER])
    articles[0].published = date(2019, 11, 26)
    articles[3].published = date(2019, 12, 20)  # days apart: one of the pair features
    encoder = TfidfEncoder([a.text for a in articles])
    feats = article_features(articles, encoder, LinkSettings())
    settings = LinkSettings()
    clusterer = OnlineClusterer(settings)
    for f in feats:
        clusterer._remember(f)  # the same name frequencies as the batch
    matrix = score_matrix(feats, settings, clusterer._idf, clusterer._word_weights)
    for i, a in enumerate(feats):
        for j, b in enumerate(feats):
            if i != j:
                assert matrix[i, j] == pytest.approx(clusterer.pair_score(a, b), abs=1e-6)


def _worded(f: Features, content: list[int]) -> Features:
    """`f` with words: twenty function words every article has (one language), and its
    content words (word buckets)."""
    f.words = np.array(sorted([*range(20), *content]), dtype=np.int32)
    f.word_tf = np.ones(len(f.words), dtype=np.float32)
    return f


def _unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_stream_ends_where_the_batch_does(seed: int) -> None:
    # no names to compare (a caseless script, say): the cosine decides alone. "b" sits
    # between two tight groups; whatever the arrival order and the greedy placement
    # did, the repair pass re-clusters the region as the batch does.
    settings = LinkSettings()
    feats = [Features("b", _unit(1.0, 0.0, 0.9), frozenset(), frozenset(), None)]
    feats += [Features(f"a{k}", _unit(1.0, 0.05 * k, 0.0), frozenset(), frozenset(), None) for k in range(3)]
    feats += [Features(f"c{k}", _unit(0.0, 0.05 * k, 1.0), frozenset(), frozenset(), None) for k in range(3)]
    batch = average_linkage(batch_similarity(feats, settings), settings.story_threshold)
    expected = sorted(sorted(feats[i].id for i in g) for g in batch)
    assert ["c0", "c1", "c2"] in expected and not any({"a0", "c0"} <= set(g) for g in expected)
    clusterer = OnlineClusterer(settings)
    for i in np.random.default_rng(seed).permutation(len(feats)):
        clusterer.add(feats[i])
    clusterer.repair()
    assert sorted(map(sorted, clusterer.groups())) == expected


def test_repair_keeps_story_keys_stable() -> None:
    articles, gold = _articles([QUAKE_A, QUAKE_B, OTHER])
    encoder = TfidfEncoder([a.text for a in articles])
    feats = article_features(articles, encoder, LinkSettings())
    clusterer = OnlineClusterer(LinkSettings())
    for f in feats:
        clusterer.add(f)
    clusterer.repair()
    before = dict(clusterer.story_of)
    for f in feats:
        clusterer.touched.add(clusterer.story_of[f.id])
    assert clusterer.repair() == set()  # nothing to change: no key moves
    assert clusterer.story_of == before


def test_a_story_of_two_events_of_one_kind_splits() -> None:
    # Twelve reports share the topic's names (ceremony, academy, city); six name one host
    # and six another (the fewest a half may have). Beside them, unrelated reports make the topic's names rare
    # overall, so the first pass keeps the ten together; within the story, the shared
    # names stop counting and the hosts separate the two events.
    rng = np.random.default_rng(0)
    half = LinkSettings().story_split_min
    first_axis, second_axis = np.eye(16)[0], np.eye(16)[1]
    bases = {"a": first_axis, "b": 0.4 * first_axis + np.sqrt(1 - 0.4**2) * second_axis}  # cosine 0.4
    topic = {"oscars", "academy", "hollywood", "kodak", "theatre"}
    feats = []
    for event, hosts in (("a", {"jackman", "hugh", "australian", "wolverine", "sydney"}),
                         ("b", {"degeneres", "ellen", "comedian", "louisiana", "metairie"})):
        for k in range(half):
            vector = _unit(*(bases[event] + 0.05 * rng.normal(size=16)))
            feats.append(_worded(Features(f"{event}{k}", vector, frozenset(topic | hosts), frozenset(), None),
                                 [100, 101, 102, 103] + ([200, 201, 202] if event == "a" else [300, 301, 302])))
    for k in range(20):
        names = frozenset({f"other{k}", f"place{k}", f"person{k}"})
        feats.append(_worded(Features(f"x{k}", _unit(*rng.normal(size=16)), names, frozenset(), None),
                             [1000 + 10 * k + j for j in range(6)]))
    settings = LinkSettings()
    scores = batch_similarity(feats, settings)
    first = average_linkage(scores, settings.story_threshold)
    assert sorted(i for g in first if 0 in g for i in g) == list(range(2 * half))
    events = split_events(feats, first, settings, scores)
    ids = sorted(sorted(feats[i].id for i in g) for g in events if len(g) > 1)
    assert ids == [[f"a{k}" for k in range(half)], [f"b{k}" for k in range(half)]]
    # a stream's repair passes meet the story again: its halves come from the memo, the same
    memo: dict = {}
    assert split_events(feats, first, settings, scores, memo) == events
    assert [key for key in memo if len(key) == 2 * half] == [tuple(f"{e}{k}" for e in "ab" for k in range(half))]
    assert split_events(feats, first, settings, scores, memo) == events
    # new features for a member (a revised text, here the same): computed afresh, not
    # taken from the memo (a wrong entry stands in for a stale one)
    key = tuple(f"{e}{k}" for e in "ab" for k in range(half))
    memo[key] = (memo[key][0], None)
    feats[0] = replace(feats[0])
    assert split_events(feats, first, settings, scores, memo) == events
    assert memo[key][0][0] is feats[0] and memo[key][1] is not None


def test_a_loose_story_of_one_topic_stays_whole() -> None:
    # Twelve reports of one topic from many angles: each names a few of the topic's
    # people and places and its vector wanders around the topic's. No two tight halves
    # exist, so however 2-means cuts it, pairs across the cut score about as high as
    # pairs within.
    rng = np.random.default_rng(1)
    axis = np.eye(16)[0]
    pool = ["geneva", "ryabkov", "sherman", "nato", "kyiv", "moscow", "blinken", "lavrov", "ukraine", "biden"]
    feats = [
        Features(f"r{k}", _unit(*(axis + 0.35 * rng.normal(size=16))),
                 frozenset(rng.choice(pool, size=5, replace=False)), frozenset(), None)
        for k in range(12)
    ]
    assert event_halves(feats, LinkSettings()) is None
    scores = batch_similarity(feats, LinkSettings())
    assert split_events(feats, [list(range(12))], LinkSettings(), scores) == [list(range(12))]


def test_the_bisection_tells_two_events_apart_by_their_numbers() -> None:
    # Two earthquakes on one island: every report names the same island, province and
    # agency, and their vectors say the same thing; only the numbers differ (magnitude
    # 5.6 and five hurt, against 5.9 and ten dead). Names and vectors alone cut at random.
    rng = np.random.default_rng(3)
    axis = np.eye(16)[0]
    names = frozenset({"qeshm", "iran", "hormozgan", "irna"})
    feats = [
        Features(f"{event}{k}", _unit(*(axis + 0.15 * rng.normal(size=16))), names, frozenset(numbers), None)
        for event, numbers in (("a", {"5.6", "2008"}), ("b", {"5.9", "6.1", "2005"}))
        for k in range(6)
    ]
    labels = bisect_story(feats, LinkSettings().story_split_restarts)
    assert len(set(labels[:6])) == 1 and len(set(labels[6:])) == 1 and labels[0] != labels[6]


def test_event_halves_do_not_depend_on_arrival_order() -> None:
    rng = np.random.default_rng(2)
    first_axis, second_axis = np.eye(16)[0], np.eye(16)[1]
    feats = []
    for event, axis, names in (("a", first_axis, {"jackman", "hugh", "sydney"}),
                               ("b", second_axis, {"degeneres", "ellen", "metairie"})):
        for k in range(6):
            feats.append(Features(f"{event}{k}", _unit(*(axis + 0.3 * rng.normal(size=16))),
                                  frozenset(names | {"oscars", "academy"}), frozenset(), None))
    settings = LinkSettings()

    def split_ids(order: list[int]) -> list[list[str]]:
        members = [feats[i] for i in order]
        halves = event_halves(members, settings)
        assert halves is not None
        return sorted(sorted(members[i].id for i in half) for half in halves)

    expected = [[f"a{k}" for k in range(6)], [f"b{k}" for k in range(6)]]
    assert split_ids(list(range(12))) == expected
    assert split_ids(list(rng.permutation(12))) == expected


# MultiLing 2011 / WikiNews (CC BY 3.0): the opening of one report in English and French
TSUNAMI_EN = ("U.S. citizens donating in 2005 to help tsunami victims may write off their donations on their "
              "2004 tax returns, thanks to a bill quickly passed in the U.S. House of Representatives and the "
              "U.S. Senate on a voice vote, and signed into law by president George W. Bush.")
TSUNAMI_FR = ("Les citoyens américains qui ont fait des dons en 2005 pour aider les victimes du tsunami peuvent "
              "reporter leurs dons sur leur déclaration d'impôts 2004, grâce à une loi passée rapidement à la "
              "Chambre des représentants et au Sénat américains par vote par acclamation, puis approuvée "
              "officiellement par le président George W. Bush.")


def test_a_translation_joins_on_its_vector_where_words_can_not_meet() -> None:
    # A multilingual encoder puts a report and its translation close (cosine 0.8 here);
    # their words and most names can not meet across languages, and the pair model's
    # language affinity (plain word cosine) tells it that they are in two languages.
    texts = [TSUNAMI_EN, TSUNAMI_FR, *(text for _, text in QUAKE_A + QUAKE_B + OTHER)]
    articles = [Article(id=f"a{i}", source=f"a{i}", text=t) for i, t in enumerate(texts)]
    words = article_words(articles)
    rng = np.random.default_rng(3)
    vectors = [_unit(*rng.normal(size=64)) for _ in texts]
    vectors[1] = _unit(*(0.8 * vectors[0] + 0.6 * _unit(*rng.normal(size=64))))
    feats = []
    for a, v, (w, tf) in zip(articles, vectors, words, strict=True):
        feats.append(Features(a.id, v, named_keys(a), frozenset(), None, w, tf))
    settings = LinkSettings()
    table = pair_feature_matrices(feats, settings)
    assert table["language"][0, 1] < 0.2 < table["language"][2, 3]
    assert batch_similarity(feats, settings)[0, 1] >= settings.story_threshold


def test_the_repair_region_takes_linked_stories_from_the_floor() -> None:
    # the repair pass looks beside the touched stories at the stories the articles placed
    # since were compared with; given `stream_repair_link_floor`, only at those they scored
    # at least that with (None, the default: all of them; the test split lost recall without
    # them, settings/link.py)
    feats = [Features(f"a{k}", _unit(1.0, 0.05 * k, 0.0), frozenset(), frozenset(), None) for k in range(3)]
    feats += [Features(f"c{k}", _unit(0.0, 0.05 * k, 1.0), frozenset(), frozenset(), None) for k in range(3)]
    newcomer = Features("n", _unit(1.0, 0.2, 0.05), frozenset(), frozenset(), None)
    linked = {}
    for floor in (None, LinkSettings().story_threshold):
        clusterer = OnlineClusterer(LinkSettings(stream_repair_link_floor=floor))
        for f in feats:
            clusterer.add(f)
        clusterer.repair()
        scores = clusterer.story_scores(newcomer)
        clusterer.add(newcomer)
        linked[floor] = clusterer._links["n"]
        assert linked[floor] == {key for key, score in scores.items() if floor is None or score >= floor}
    stories = {clusterer.story_of["a0"], clusterer.story_of["c0"]}
    assert linked[None] == stories and linked[LinkSettings().story_threshold] == {clusterer.story_of["a0"]}
