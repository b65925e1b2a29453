"""Threads: the stories of one developing topic over days and weeks (link/threads.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ThreadSettings:
    # a story's similarity to another: these weights on the cosine of their mean lead
    # vectors, of their words (TF-IDF over the stories compared) and of their names
    # (capitalized words, TF-IDF likewise); average linkage merges groups of stories while
    # their mean similarity is at least `threshold`; a pair further apart in time than
    # `window_days` scores far below it (only the window is searched for a batch).
    # Chosen on MultiLing 2011 M000-M005 (en+fr+ar, the files through `synoptic ingest`:
    # `python bench/stories.py --threads-tune`):
    # B-cubed F1 0.971 there (thresholds 0.2 / 0.3 beside it: 0.871 / 0.938). Its topics
    # run over months to years, a report every few weeks or months: hence a long window
    window_days: int = 400
    vector_weight: float = 0.7
    word_weight: float = 0.3
    name_weight: float = 0.15
    threshold: float = 0.25
    # a story is regrouped with a batch's stories only when its mean vector comes this
    # close to one of theirs (a dense filter before the full similarity); hand-set well
    # below the cosines of one topic's stories on MultiLing M000-M005 (USE)
    candidate_cosine: float = 0.2
    # story profiles held in memory between batches, at most; hand-set
    cached_profiles: int = 50_000
    # words and names a story profile keeps (its heaviest): bounds the store and the cost
    profile_words: int = 300
    profile_names: int = 60
