"""How well narratives are found: claim clustering scored on hand-written assertion groups.

`tests/fixtures/narratives/assertions.yaml` holds groups of sentences that make one assertion in different
words, next to groups that change its actor, direction, number or negation. Each group and the groups
`near` it form a family; families are split in two halves (seed 7). Every method's threshold is chosen on
one half (best pairwise F1 over a grid) and scored on the other, then the halves swap; both figures are
printed. Scores are over pairs of sentences after clustering (`presslens.corpus.narratives.groups`): a
pair is found when both sentences land in one group, right when they come from one assertion group.

Methods: TF-IDF vectors of words and word pairs, or the shared encoder's sentence vectors; then the
actor check, and the actor and number checks, of `presslens.corpus.narratives`.

    python bench/narratives.py [--json]
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import math
import random
import re
import time
from pathlib import Path

import numpy as np
import yaml

from presslens.corpus import narratives as nar

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "narratives" / "assertions.yaml"
GRID = [round(t, 3) for t in np.arange(0.05, 0.951, 0.025)]
_WORD = re.compile(r"\w+")
_STOP = frozenset(
    "a an the of to in on and or is are was were be been that this for by with as at from it its".split(" ")  # noqa: SIM905
)


def tfidf_vectors(texts: list[str]) -> np.ndarray:
    def terms(text: str) -> list[str]:
        words = [w for w in _WORD.findall(text.lower()) if w not in _STOP]
        return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]

    counted = [collections.Counter(terms(t)) for t in texts]
    df = collections.Counter(term for c in counted for term in c)
    vocab = {term: k for k, term in enumerate(df)}
    out = np.zeros((len(texts), len(vocab)), dtype=np.float32)
    for row, c in enumerate(counted):
        for term, k in c.items():
            out[row, vocab[term]] = (1 + math.log(k)) * math.log((1 + len(texts)) / (1 + df[term]) + 1)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def passages(texts: list[str], use_actors: bool) -> list[nar.Passage]:
    from presslens.pipeline import analyze

    out = []
    for k, text in enumerate(texts):
        found: frozenset[str] = frozenset()
        if use_actors:
            a = analyze(text)
            actors = {x.id: x for x in a.actors}
            found = frozenset(
                nar.as_state(i, actors[i].kind, actors[i].country) if i in actors else i
                for m in a.mentions
                for i in m.actor_ids
            )
        out.append(nar.Passage(("fixture", k), text, None, None, found))
    return out


def pair_scores(labels: list[str], found: list[list[int]], subset: set[int]) -> tuple[float, float, float]:
    group = {m: g for g, members in enumerate(found) for m in members}
    tp = fp = fn = 0
    items = sorted(subset)
    for x, i in enumerate(items):
        for j in items[x + 1 :]:
            same = labels[i] == labels[j]
            together = i in group and group.get(i) == group.get(j)
            tp += same and together
            fp += together and not same
            fn += same and not together
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def run(
    ps: list[nar.Passage],
    vectors: np.ndarray,
    labels: list[str],
    half: set[int],
    threshold: float,
    numbers: bool,
):
    keep = sorted(half)
    sub = [ps[i] for i in keep]
    pairs = nar.link(sub, vectors[keep], threshold, check_numbers=numbers)
    found = [[keep[m] for m in g] for g in nar.groups(pairs, threshold)]
    return pair_scores(labels, found, half)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["groups"]
    texts, labels, family = [], [], []
    for g in data:
        for s in g["sentences"]:
            texts.append(s)
            labels.append(g["id"])
            family.append(g.get("near", g["id"]))
    families = sorted(set(family))
    random.Random(7).shuffle(families)
    first = set(families[: len(families) // 2])
    halves = [
        {i for i, f in enumerate(family) if f in first},
        {i for i, f in enumerate(family) if f not in first},
    ]

    from presslens.encoder import sentence_embeddings

    sentence_embeddings(texts[:8])  # load the encoder before timing it
    started = time.perf_counter()
    embedded = sentence_embeddings(texts)
    per_s = len(texts) / (time.perf_counter() - started)
    plain, with_actors = passages(texts, False), passages(texts, True)
    methods = {
        "tf-idf": (tfidf_vectors(texts), plain, False),
        "tf-idf + actors + numbers": (tfidf_vectors(texts), with_actors, True),
        "embeddings": (embedded, plain, False),
        "embeddings + actors": (embedded, with_actors, False),
        "embeddings + actors + numbers": (embedded, with_actors, True),
    }
    results = {}
    for name, (vectors, ps, numbers) in methods.items():
        rows = []
        for tune, test in (halves, halves[::-1]):
            best = max(GRID, key=lambda t: (run(ps, vectors, labels, tune, t, numbers)[2], -t))
            rows.append((best, *run(ps, vectors, labels, test, best, numbers)))
        at_default = [run(ps, vectors, labels, h, nar.THRESHOLD, numbers) for h in halves]
        results[name] = {
            "thresholds": [r[0] for r in rows],
            "unseen_f1": [round(r[3], 3) for r in rows],
            "unseen_precision": [round(r[1], 3) for r in rows],
            "unseen_recall": [round(r[2], 3) for r in rows],
            "f1_at_shipped_threshold": [round(s[2], 3) for s in at_default],
        }
    summary = {
        "sentences": len(texts),
        "groups": len(data),
        "families": len(families),
        "embeddings_per_s": round(per_s, 1),
        "methods": results,
    }
    if args.json:
        print(json.dumps(summary))
        return
    print(
        f"{len(texts)} sentences, {len(data)} assertion groups in {len(families)} families; "
        f"{per_s:.0f} sentences/s embedded"
    )
    heads = ("thresholds", "unseen P", "unseen R", "unseen F1", f"F1 @{nar.THRESHOLD}")
    keys = ("thresholds", "unseen_precision", "unseen_recall", "unseen_f1", "f1_at_shipped_threshold")
    print(f"{'method':32}" + "".join(f"{h:>16}" for h in heads))
    for name, r in results.items():
        cells = (" / ".join(f"{v:.3f}" for v in r[k]) for k in keys)
        print(f"{name:32}" + "".join(f"{c:>16}" for c in cells))


if __name__ == "__main__":
    main()
