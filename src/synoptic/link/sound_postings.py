"""The online clusterer's postings of name sounds (`features.sound_keys`): the candidates
of a pair the encoder can not place (one of the two articles unencoded), whose vectors are
no neighbours (`OnlineClusterer.sound_neighbours`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from synoptic.link.features import Features


class SoundPostings:
    """Sound key -> the held articles whose names sound so: of the articles the encoder does
    not place; of all once one of those came."""

    def __init__(self) -> None:
        self.unencoded: dict[str, set[str]] = {}
        self.all: dict[str, set[str]] | None = None

    def post(self, f: Features, held: Iterable[Features]) -> None:
        """`f` joins; `held`: every article held so far (read when the first unencoded one comes)."""
        if not f.encoded and self.all is None:  # the first: every article held so far
            self.all = {}
            for other in held:
                if other is not f:
                    for k in other.sounds:
                        self.all.setdefault(k, set()).add(other.id)
        for posts in (self.all, None if f.encoded else self.unencoded):
            for k in f.sounds if posts is not None else ():
                posts.setdefault(k, set()).add(f.id)

    def unpost(self, f: Features) -> None:
        # an encoded article is posted among all only (`post`): the other postings are not
        # looked through for it (an eviction forgets ~10,000 articles at once, #23)
        for posts in (self.all, None if f.encoded else self.unencoded):
            for k in f.sounds if posts is not None else ():
                held = posts.get(k)
                if held is not None:
                    held.discard(f.id)
                    if not held:
                        del posts[k]

    def neighbours(self, f: Features, features: dict[str, Features], cap: int, floor: float, count: int) -> list[str]:
        """The held articles in other languages sharing most sounds of names with `f` where
        the encoder can not place the pair (`f` or they unencoded), at most `count`; a sound
        more than `cap` articles share is too common to tell."""
        posts = self.unencoded if f.encoded else self.all
        if not posts or not f.sounds:
            return []
        shared: Counter = Counter()
        for k in sorted(f.sounds):
            held = posts.get(k)
            if held is not None and len(held) <= cap:
                shared.update(held)
        shared.pop(f.id, None)
        # ranked by the share the pair feature weighs; an article of `f`'s own language
        # is none of these (its words say it, and its vector where the encoder knows it)
        mine = len(f.sounds)
        ranked = sorted(((-n / max(floor, min(mine, len(features[aid].sounds))), aid)
                         for aid, n in shared.items()
                         if not (f.language and features[aid].language == f.language)))
        return [aid for _, aid in ranked[:count]]
