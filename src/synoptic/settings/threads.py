"""Threads: the stories of one developing topic over days and weeks (link/threads.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ThreadSettings:
    # a story's similarity to another: these weights on the cosine of their mean lead
    # vectors, of their words (TF-IDF over the stories compared) and of their names
    # (capitalized words, TF-IDF likewise), less gap_weight * log2(1 + gap / gap_days)
    # for the days between them (0 when their days overlap); average linkage merges
    # groups of stories while their mean similarity is at least `threshold`.
    # Chosen (#18) on MultiLing 2011 M000-M005 only (en+fr+ar files through `synoptic
    # ingest`; `python bench/stories.py --threads-tune`): the former hard 400-day cut
    # split a topic that runs 2005-2009 (London bombings: trial, anniversaries; F1 0.947,
    # recall 0.899), and without any time term content alone merged look-alike topics
    # (the 2004 tsunami and the 2010 Chile earthquake). With this gap term thread F1 is
    # 0.985 at threshold 0.30-0.35, >= 0.971 over 0.25-0.45, >= 0.955 over 0.25-0.50; the
    # threshold in the middle. At 0.35, gap_weight 0.04-0.08 and gap_days 15-60 all give
    # >= 0.955; names 2.0 widens the plateau over 1.0 (>= 0.971 over 0.25-0.40).
    vector_weight: float = 1.0
    word_weight: float = 0.3
    name_weight: float = 2.0
    threshold: float = 0.35
    gap_weight: float = 0.06
    gap_days: float = 30.0
    # a batch regroups the stories this many days either side of its own (and the whole
    # threads they belong to): bounds a batch's work in a long store; hand-set (a thread
    # reaches further through the stories it already holds)
    window_days: int = 400
    # a story is regrouped with a batch's stories only when its mean vector comes this
    # close to one of theirs (a dense filter before the full similarity); hand-set well
    # below the cosines of one topic's stories on MultiLing M000-M005 (USE)
    candidate_cosine: float = 0.2
    # a batch regroups at most this many stories: the touched ones, then the others nearest
    # in time to them; the rest keep their thread. Without it a thread that grows without
    # end (TF-IDF vectors put 227 of 245 synthetic stories in one) is regrouped whole at
    # every batch, a cost and memory quadratic in the store (1 GB and seconds a batch at
    # 5,000 stories). Hand-set for bounded cost: no batch of the development sets
    # (ECB+, GVC, MultiLing M000-M005) nor of 4,000 synthetic articles comes near it, so
    # their threads are as without the bound
    regroup_stories: int = 2000
    # story profiles held in memory between batches, at most; hand-set
    cached_profiles: int = 50_000
    # words and names a story profile keeps (its heaviest): bounds the store and the cost
    profile_words: int = 300
    profile_names: int = 60
