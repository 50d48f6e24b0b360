"""MUC, B³ and CEAF-e (entity-based CEAF), as in the CoNLL-2012 shared task scorer.

Clusters are sets of hashable mentions. Each metric returns the counts
(recall numerator, recall denominator, precision numerator, precision denominator)
so a corpus score sums documents before dividing (micro average), like the reference scorer.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

Counts = tuple[float, float, float, float]
METRICS = ("muc", "b3", "ceafe")


def muc(key: Sequence[frozenset[Hashable]], response: Sequence[frozenset[Hashable]]) -> Counts:
    def score(
        a: Sequence[frozenset[Hashable]], b: Sequence[frozenset[Hashable]]
    ) -> tuple[float, float]:
        where = {m: n for n, c in enumerate(b) for m in c}
        num = den = 0
        for cluster in a:
            parts = {where.get(m, ("lone", m)) for m in cluster}
            num += len(cluster) - len(parts)
            den += len(cluster) - 1
        return num, den

    return (*score(key, response), *score(response, key))


def b_cubed(key: Sequence[frozenset[Hashable]], response: Sequence[frozenset[Hashable]]) -> Counts:
    def score(
        a: Sequence[frozenset[Hashable]], b: Sequence[frozenset[Hashable]]
    ) -> tuple[float, float]:
        where = {m: c for c in b for m in c}
        num = 0.0
        total = 0
        for cluster in a:
            for m in cluster:
                other = where.get(m)
                num += len(cluster & other) / len(cluster) if other else 0.0
                total += 1
        return num, total

    return (*score(key, response), *score(response, key))


def ceaf_e(key: Sequence[frozenset[Hashable]], response: Sequence[frozenset[Hashable]]) -> Counts:
    """Optimal one-to-one alignment of entities, similarity phi4 = 2|K∩R| / (|K|+|R|)."""
    if not key or not response:
        return 0.0, float(len(key)), 0.0, float(len(response))
    sim = np.zeros((len(key), len(response)))
    where: dict[Hashable, list[int]] = {}
    for j, cluster in enumerate(response):
        for m in cluster:
            where.setdefault(m, []).append(j)
    for i, cluster in enumerate(key):
        for m in cluster:
            for j in where.get(m, []):
                sim[i, j] += 1
    sizes_k = np.array([len(c) for c in key], dtype=float)[:, None]
    sizes_r = np.array([len(c) for c in response], dtype=float)[None, :]
    sim = 2 * sim / (sizes_k + sizes_r)
    best_rows, best_cols = linear_sum_assignment(-sim)
    total = float(sim[best_rows, best_cols].sum())
    return total, float(len(key)), total, float(len(response))


def f1(counts: Counts) -> float:
    rn, rd, pn, pd = counts
    r = rn / rd if rd else 0.0
    p = pn / pd if pd else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def add(a: Counts, b: Counts) -> Counts:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3])
