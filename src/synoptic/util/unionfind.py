"""Disjoint sets over the integers 0..n-1: the one union-find of the package."""

from __future__ import annotations


class UnionFind:
    """Path-halving union-find; the smaller index is always a set's root, so
    groups come out in a stable order whatever order the unions came in."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> int:
        """Join the sets of i and j; returns the root of the joined set."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return ri
        root, child = min(ri, rj), max(ri, rj)
        self.parent[child] = root
        return root

    def same(self, i: int, j: int) -> bool:
        return self.find(i) == self.find(j)

    def groups(self) -> list[list[int]]:
        """Every set as a sorted list, sets ordered by their smallest member."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())
