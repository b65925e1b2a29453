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
    # Chosen on MultiLing 2011 M000-M005 (en+fr+ar, the files through `synoptic ingest`;
    # `python bench/stories.py --threads-tune`) with the window off, so that content alone
    # must tell topics apart (the development topics lie years apart, the window alone
    # would separate them): the threshold with the best F1 averaged with its neighbours
    # (+-0.05): 0.950, F1 0.941 (0.970 at 0.40, 0.941 at 0.50); 0.934 with the window.
    # Re-run (#18) on the stories of bridged silences (`story_bridge_margin`): best smoothed
    # F1 still 0.950; the defaults give F1 0.947 with the window, 0.970 without: kept.
    # Its topics run over months to years, a report every few weeks or months: hence a
    # long window (hand-set).
    window_days: int = 400
    vector_weight: float = 1.0
    word_weight: float = 0.3
    name_weight: float = 1.0
    threshold: float = 0.45
    # a story is regrouped with a batch's stories only when its mean vector comes this
    # close to one of theirs (a dense filter before the full similarity); hand-set well
    # below the cosines of one topic's stories on MultiLing M000-M005 (USE)
    candidate_cosine: float = 0.2
    # story profiles held in memory between batches, at most; hand-set
    cached_profiles: int = 50_000
    # words and names a story profile keeps (its heaviest): bounds the store and the cost
    profile_words: int = 300
    profile_names: int = 60
