"""Translations in languages the encoder does not know come together by the sounds of
their names (`features.sound_keys`), not by vectors that say nothing there."""

from __future__ import annotations

import zlib
from datetime import date

import numpy as np

from synoptic.link.candidate_scores import candidate_scores
from synoptic.link.features import article_features
from synoptic.link.online import OnlineClusterer
from synoptic.link.scoring import score_matrix
from synoptic.model import Article
from synoptic.settings import LinkSettings
from synoptic.text.name_keys import sound_key

HI_SAILORS = (
    "ईरान ने 15 ब्रिटिश नाविकों को रिहा किया",
    "ईरान के राष्ट्रपति महमूद अहमदीनेजाद ने बुधवार को तेहरान में कहा कि 15 ब्रिटिश नाविकों को रिहा किया "
    "जाएगा। ब्रिटेन के प्रधानमंत्री टोनी ब्लेयर ने इस फैसले का स्वागत किया। नाविकों को 23 मार्च को फारस की "
    "खाड़ी में पकड़ा गया था। वे गुरुवार को लंदन पहुंचेंगे।",
)
EL_SAILORS = (
    "Το Ιράν απελευθερώνει 15 Βρετανούς ναύτες",
    "Ο πρόεδρος του Ιράν Μαχμούντ Αχμαντινετζάντ δήλωσε την Τετάρτη στην Τεχεράνη ότι οι 15 Βρετανοί ναύτες "
    "θα απελευθερωθούν. Ο πρωθυπουργός της Βρετανίας Τόνι Μπλερ χαιρέτισε την απόφαση. Οι ναύτες είχαν "
    "συλληφθεί στις 23 Μαρτίου στον Περσικό Κόλπο. Θα φτάσουν στο Λονδίνο την Πέμπτη.",
)
HI_CYCLING = (
    "अल्बर्टो कोंटाडोर ने टूर डी फ्रांस जीता",
    "स्पेन के साइकिल चालक अल्बर्टो कोंटाडोर ने रविवार को पेरिस में टूर डी फ्रांस का खिताब जीता। उन्होंने "
    "3500 किलोमीटर की दौड़ में 189 सवारों को पीछे छोड़ा। टीम अस्ताना के प्रबंधक ने कहा कि यह एक शानदार "
    "जीत थी।",
)


class EnglishOnly:
    """An encoder that knows English alone, and gives other languages the near-same vector
    (as a multilingual encoder does a script it never saw)."""

    def supports(self, language: str | None) -> bool:
        return language in (None, "en")

    def encode(self, texts: list[str]) -> np.ndarray:
        base = np.ones(16)
        return np.stack([base + 0.01 * np.random.default_rng(zlib.crc32(t.encode())).standard_normal(16)
                         for t in texts])


def _features(settings: LinkSettings):
    articles = [Article(id=aid, source=aid, title=title, text=text, language=lang, published=date(2007, 4, 4))
                for aid, lang, (title, text) in (("hi-sailors", "hi", HI_SAILORS), ("el-sailors", "el", EL_SAILORS),
                                                 ("hi-cycling", "hi", HI_CYCLING))]
    return article_features(articles, EnglishOnly(), settings)


def test_a_name_sounds_alike_in_four_scripts() -> None:
    assert sound_key("Μπλερ") == sound_key("ब्लेयर") == sound_key("Blair") == "blr"
    assert sound_key("לונדון") == sound_key("London") == "lndn"
    assert sound_key("Ιράν") == sound_key("ईरान") == "rn"


def test_a_translation_the_encoder_can_not_place_joins_its_original() -> None:
    settings = LinkSettings()
    feats = _features(settings)
    assert not any(f.encoded for f in feats)
    assert {"blr", "rn", "tn"} <= feats[0].sounds & feats[1].sounds
    clusterer = OnlineClusterer(settings)
    for f in feats:
        clusterer.add(f)
    clusterer.repair()
    groups = sorted(sorted(g) for g in clusterer.groups())
    assert groups == [["el-sailors", "hi-sailors"], ["hi-cycling"]]


def test_the_stream_scores_unplaced_pairs_as_the_batch() -> None:
    settings = LinkSettings()
    feats = _features(settings)
    clusterer = OnlineClusterer(settings)
    for f in feats:
        clusterer.add(f)
    clusterer._refresh_memos(exact=True)
    batch = score_matrix(feats, settings, clusterer._idf, clusterer._word_weights)
    for i, f in enumerate(feats):
        cosines = np.array([float(np.dot(f.vector, g.vector)) for g in feats])
        one = candidate_scores(f, feats, cosines, settings, clusterer._pair_memo, clusterer.name_idf(),
                               clusterer._unit_weights, clusterer._tf_norm)
        assert np.allclose(np.delete(one, i), np.delete(batch[i], i))


def test_sound_candidates_are_in_other_languages() -> None:
    # an article in a script without capitals shares many words' sounds with every other
    # of its language: they must not crowd its translation out of the candidates
    settings = LinkSettings()
    hi_sailors, el_sailors, hi_cycling = _features(settings)
    clusterer = OnlineClusterer(settings)
    clusterer.add(el_sailors)
    clusterer.add(hi_cycling)
    assert clusterer.sound_neighbours(hi_sailors) == ["el-sailors"]


def test_numbers_in_native_digits_meet_their_translation() -> None:
    from synoptic.link.features import number_keys

    hindi = Article(id="hi", source="hi", text="दौड़ में १८९ सवार थे और यह २००७ में ३५०० किलोमीटर लंबी थी।", language="hi")
    english = Article(id="en", source="en", text="The race of 3,500 kilometres had 189 riders in 2007.", language="en")
    assert number_keys(hindi) == number_keys(english) == {"189", "2007", "3500"}
