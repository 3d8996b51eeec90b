"""Narratives: the same assertion carried by several outlets in their own words.

The unit is a stored check-worthy claim. Two claims make the same assertion when

- their sentence embeddings (the shared MiniLM encoder, all six layers, mean-pooled) are close: cosine at
  least THRESHOLD;
- they are about the same actors: the Jaccard overlap of their actors, a person or organisation counted
  as its country (Lavrov and Moscow are both Russia), is at least ACTOR_OVERLAP. Embeddings alone confuse
  "trade between Russia and China rose" with "trade between Russia and India rose";
- their numbers do not disagree: the quantities one gives (normalised: "$190 billion" and "190 billion
  dollars" are one value) are all among the other's. "fell by 10 percent" is not "rose by 30 percent", nor
  "$15 billion over 15 years" "$35 billion over 15 years"; "rose 30% to $190 billion" is "hit $190 billion".

Claims are grouped by average linkage over that similarity (a pair failing a check counts 0), cut at
THRESHOLD, so a chain of loosely similar claims does not merge two assertions. A group is a narrative
when at least MIN_OUTLETS outlets carry it; its label is the claim closest to all the others, its origin
the earliest published.

Measured with `bench/narratives.py` on hand-written assertion groups (`tests/fixtures/narratives/
assertions.yaml`), threshold tuned on one half of the groups and scored on the other: pairwise F1 0.86 and
0.78 on the unseen halves, against 0.72 and 0.72 for the embeddings without the two checks and 0.21 and
0.40 for TF-IDF over words and word pairs. The halves chose 0.425 and 0.4; THRESHOLD is a little higher
because a corpus holds far more unrelated claims than those 94 sentences, and a false merge misleads more
than a missed one.

Claims are embedded once, by the ingest workers (`claim_vectors`), and kept in the store as bytes.
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from presslens.model import Analysis
    from presslens.store import Store

THRESHOLD = 0.5
ACTOR_OVERLAP = 0.5
MIN_OUTLETS = 2
AMOUNTS = ("money", "percent", "count", "measure", "period")
BLOCK = 1024  # claims per block of the similarity product: BLOCK x n floats at a time


@dataclass(frozen=True)
class Passage:
    """A claim as narratives see it: `key` names it in the store (article id, claim index)."""

    key: tuple[str, int]
    text: str
    outlet: str | None
    published: date | None
    actors: frozenset[str]


@dataclass(frozen=True)
class Narrative:
    label: str  # the member claim most similar to the others
    members: list[tuple[Passage, float]]  # each claim with its mean similarity to the others
    origin: Passage  # the earliest published member (undated ones count as latest)

    @property
    def outlets(self) -> list[str]:
        return sorted({p.outlet for p, _ in self.members if p.outlet})


def numbers(text: str) -> frozenset[float]:
    """The values of the amounts in a text: money, percentages, counts, measures and periods ("$190
    billion" gives 1.9e11, "six weeks" 6). Years, dates and ordinals are left out: outlets place the same
    assertion in time in their own ways ("last year", "in 2023")."""
    from presslens.analyzers.quantities import find_quantities

    return frozenset(q.value for q in find_quantities(text) if q.kind in AMOUNTS)


def as_state(actor_id: str, kind: str | None, country: str | None) -> str:
    """The actor a claim is about for narratives: a person or organisation with a country counts as it."""
    return country if kind in ("person", "org") and country else actor_id


def compatible(a: Passage, b: Passage, numbers_a: frozenset[float], numbers_b: frozenset[float]) -> bool:
    """The two checks besides the embeddings: same actors, numbers that do not disagree."""
    if (a.actors or b.actors) and len(a.actors & b.actors) < ACTOR_OVERLAP * len(a.actors | b.actors):
        return False
    return numbers_a <= numbers_b or numbers_b <= numbers_a


def similar_pairs(vectors: np.ndarray, threshold: float) -> Iterator[tuple[int, int, float]]:
    """Pairs (i < j) of unit vectors whose cosine reaches `threshold`, a block of rows at a time."""
    for start in range(0, len(vectors), BLOCK):
        sims = vectors[start : start + BLOCK] @ vectors.T
        rows, cols = np.nonzero(sims >= threshold)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i = start + r
            if i < c:
                yield i, c, float(sims[r, c])


def groups(pairs: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Average-linkage groups of the items in `pairs` (similarities of linked pairs; an unlinked pair
    counts 0), merged while the mean similarity between two groups reaches `threshold`; singletons left
    out. Exact average linkage (UPGMA), run over the sparse links only, so a corpus's worth of claims
    never needs its square: the best merge comes off a heap, and entries made stale by a merge are
    skipped when they surface."""
    links: dict[int, dict[int, float]] = {}
    for (i, j), s in pairs.items():
        links.setdefault(i, {})[j] = s
        links.setdefault(j, {})[i] = s
    members = {i: [i] for i in links}
    heap = [(-s, i, j) for (i, j), s in pairs.items() if s >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        if links[a].get(b, 0.0) / (len(members[a]) * len(members[b])) != -negative:
            continue  # stale: a or b has grown since this entry was made
        members[a] += members.pop(b)
        for x, s in links.pop(b).items():
            del links[x][b]
            if x != a:
                links[a][x] = links[x][a] = links[a].get(x, 0.0) + s
        links[a].pop(b, None)
        for x, s in links[a].items():
            mean = s / (len(members[a]) * len(members[x]))
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(a, x), max(a, x)))
    return [sorted(m) for m in members.values() if len(m) > 1]


def link(
    passages: Sequence[Passage], vectors: np.ndarray, threshold: float = THRESHOLD, check_numbers: bool = True
) -> dict[tuple[int, int], float]:
    """The similarity of every pair of passages that may make the same assertion. A passage's amounts are
    read only when it has a close neighbour (most claims have none)."""

    @functools.cache
    def amounts(i: int) -> frozenset[float]:
        return numbers(passages[i].text) if check_numbers else frozenset()

    return {
        (i, j): s
        for i, j, s in similar_pairs(vectors, threshold)
        if compatible(passages[i], passages[j], amounts(i), amounts(j))
    }


def find_narratives(
    passages: Sequence[Passage],
    vectors: np.ndarray,
    threshold: float = THRESHOLD,
    min_outlets: int = MIN_OUTLETS,
) -> list[Narrative]:
    """Narratives among claims with their unit sentence vectors, most widely carried first. Claims with
    the same words (wire copy, syndication, boilerplate) are clustered as one."""
    same_words: dict[str, list[int]] = {}
    for k, p in enumerate(passages):
        same_words.setdefault(p.text, []).append(k)
    copies = list(same_words.values())
    first = [c[0] for c in copies]
    pairs = link([passages[k] for k in first], vectors[first], threshold)
    clustered = groups(pairs, threshold)
    alone = set(range(len(first))) - {u for g in clustered for u in g}
    out = []
    for unique in [*clustered, *([u] for u in sorted(alone) if len(copies[u]) > 1)]:
        members = [k for u in unique for k in copies[u]]
        if len({passages[m].outlet for m in members if passages[m].outlet}) < min_outlets:
            continue
        # each member's mean similarity to the others, from the sum of all: O(members), not its square
        total = vectors[members].sum(axis=0)
        mean = (vectors[members] @ total - 1.0) / (len(members) - 1)
        found = [(passages[m], round(float(s), 3)) for m, s in zip(members, mean, strict=True)]
        dated = min(found, key=lambda x: (x[0].published is None, x[0].published or date.max, x[0].key))
        out.append(Narrative(found[int(np.argmax(mean))][0].text, found, dated[0]))
    out.sort(key=lambda x: (-len(x.outlets), -len(x.members), x.label))
    return out


EMBED_BATCH = 256  # claims embedded and stored per transaction: an interrupted run keeps what it embedded


def quantized(vector: np.ndarray) -> bytes:
    """A unit vector as 384 signed bytes (the store keeps a quarter of the float32 size)."""
    return np.clip(np.round(vector * 127.0), -127, 127).astype(np.int8).tobytes()


def unquantized(blob: bytes) -> np.ndarray:
    v = np.frombuffer(blob, dtype=np.int8).astype(np.float32)
    return v / max(float(np.linalg.norm(v)), 1e-12)


def embedded(claims: Sequence[tuple[str, int, str]]) -> list[tuple[str, int, bytes]]:
    """`claim_vectors` rows for (article id, claim index, text) claims, in one run of the encoder."""
    from presslens.encoder import sentence_embeddings

    if not claims:
        return []
    vectors = sentence_embeddings([text for _, _, text in claims])
    return [(a, i, quantized(v)) for (a, i, _), v in zip(claims, vectors, strict=True)]


def claim_vectors(analyses: Sequence[Analysis]) -> dict[str, list[tuple[str, int, bytes]]]:
    """The `claim_vectors` rows of each analysis, by article id."""
    rows = embedded([(a.id, k, c.text) for a in analyses for k, c in enumerate(a.claims)])
    out: dict[str, list[tuple[str, int, bytes]]] = {a.id: [] for a in analyses}
    for row in rows:
        out[row[0]].append(row)
    return out


def update(
    store: Store, threshold: float = THRESHOLD, on_embedded: Callable[[int], None] | None = None
) -> list[Narrative]:
    """Embed the store's claims that have no vector yet, find the narratives among all claims and store
    them in place of the last run's."""
    while batch := store.claims_to_embed(EMBED_BATCH):
        store.add_claim_vectors(embedded(batch))
        if on_embedded:
            on_embedded(len(batch))
    rows = store.claims_with_vectors()
    passages = [
        Passage((a, i), text, outlet, day, frozenset(as_state(*x) for x in named))
        for a, i, text, outlet, day, named, _ in rows
    ]
    vectors = np.stack([unquantized(r[-1]) for r in rows]) if rows else np.zeros((0, 384), np.float32)
    found = find_narratives(passages, vectors, threshold)
    store.set_narratives(
        [
            (
                k,
                n.label,
                len(n.outlets),
                len({p.key[0] for p, _ in n.members}),
                n.origin.published,
                n.origin.outlet,
                n.origin.key[0],
            )
            for k, n in enumerate(found, 1)
        ],
        [(k, p.key[0], p.key[1], s) for k, n in enumerate(found, 1) for p, s in n.members],
    )
    return found
