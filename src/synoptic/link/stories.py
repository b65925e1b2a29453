"""Group articles into stories: one batch pass for `brief`, one online clusterer for streams.

Both score article pairs the same way (`scoring.score_matrix`, and `OnlineClusterer.pair_score`
for one pair): the logit of a small logistic model over pair features whose weights
(`pair_*` in `LinkSettings`) `bench/story_pairs.py --fit` learns on development pairs:
- the cosine of the encoder's vectors of title + lead (multilingual when the encoder is);
- the share of named things in common (capitalized words), weighted by rarity (IDF):
  it separates two events of the same kind ("an earthquake in A" vs "in B");
- overlap of the numbers the articles state;
- the cosine of their words (TF-IDF over the whole text, rarity as for names): the
  vector reads the lead only, and in one language the body's own words ("aftershocks",
  "tsunami warning", "ceasefire") hold a topic together when leads say it differently;
- language affinity (the cosine of plain word counts: high within a language, near 0
  across), which lets the vectors alone join a translation, where words and names
  can not meet, and "days apart" of dated articles;
- time: a story runs while its coverage goes on; a silence of more than
  `story_evidence_days` ends it (`split_silences`) unless the reports on either side are
  clearly one event (an event's follow-ups weeks later), one of more than
  `story_quiet_days` however alike the articles after it.
Both group by average linkage at `story_threshold`, cut stories at their silences, then
split a story whose members form two separate events once names are weighted within it
(`split_events`; a member clearly closer to the other half moves there, `settle_members`),
each half taking back the pieces of its own event (`rejoin_halves`). The stream
places each newcomer at once by top-k linkage (`stream_threshold`), then its repair pass
re-clusters the touched stories and their neighbours as the batch does, so a stream
ends where a batch would, whatever the arrival order. Measured on ECB+ and MultiLing by
`bench/stories.py`.

Where each part lives: article features in `link/features.py`, pair scores in
`link/scoring.py`, linkage, silences and the event split in `link/events.py`, the
online clusterer in `link/online.py`; `cluster_batch` below runs them for a batch.
"""

from __future__ import annotations

from synoptic.link.events import group_stories
from synoptic.link.features import article_features
from synoptic.link.online import OnlineClusterer
from synoptic.link.scoring import batch_similarity
from synoptic.model import Article
from synoptic.settings import LinkSettings
from synoptic.vectors import Encoder


def cluster_batch(articles: list[Article], encoder: Encoder, settings: LinkSettings) -> list[list[str]]:
    """Article ids grouped into stories: biggest story first, ids in input order."""
    if not articles:
        return []
    feats = article_features(articles, encoder, settings)
    if len(articles) > settings.story_batch_max:
        clusterer = OnlineClusterer(settings, dim=None)
        for f in feats:
            clusterer.add(f)
        clusterer.repair()
        groups_ids = clusterer.groups()
    else:
        groups = group_stories(feats, batch_similarity(feats, settings), settings)
        groups_ids = [[feats[i].id for i in g] for g in groups]
    order = {a.id: i for i, a in enumerate(articles)}
    for g in groups_ids:
        g.sort(key=order.__getitem__)
    groups_ids.sort(key=lambda g: (-len(g), order[g[0]]))
    return groups_ids
