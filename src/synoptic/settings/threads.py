"""Threads: the stories of one developing topic over days and weeks (link/threads.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ThreadSettings:
    # a story's similarity to another: these weights on the cosine of their mean lead
    # vectors, of their words (TF-IDF over the stories compared) and of their names
    # (capitalized words, TF-IDF likewise); chosen on MultiLing 2011 M000-M005
    # (`python bench/stories.py --threads-tune`)
    vector_weight: float = 0.5
    word_weight: float = 0.3
    name_weight: float = 0.4
    # average linkage merges groups of stories while their mean similarity is at least this;
    # MultiLing M000-M005, as above
    threshold: float = 0.45
    # stories further apart in time than this many days never share a thread (a topic
    # that falls silent this long and returns is a new thread); hand-set: MultiLing
    # topics run over days to a few months
    window_days: int = 60
    # a story is regrouped with a batch's stories only when its mean vector comes this
    # close to one of theirs (a dense filter before the full similarity); hand-set well
    # below the cosines of one topic's stories on MultiLing M000-M005 (USE)
    candidate_cosine: float = 0.3
    # story profiles held in memory between batches, at most; hand-set
    cached_profiles: int = 50_000
    # words and names a story profile keeps (its heaviest): bounds the store and the cost
    profile_words: int = 300
    profile_names: int = 60
