"""Frames: which of the 14 Media Frames Corpus frames an article uses, with the sentences that carry each.

One logistic regression per frame over hashed word uni- and bigrams of the article body, trained by
`training/framing.py` on the SemEval-2023 Task 3 English frame labels of the PTC articles (data, split and
scores in `data/models/framing.md`). A frame's evidence is the sentences whose words push its score up
most. Only numpy at run time.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from typing import TYPE_CHECKING

import numpy as np

from presslens.analyzers.hashing import bucket
from presslens.model import STORY_ROLES, Frame, Span
from presslens.resources import load_arrays, load_table

if TYPE_CHECKING:
    from presslens.analyzers import Parsed

FRAMES = (
    "Economic",
    "Capacity_and_resources",
    "Morality",
    "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence",
    "Policy_prescription_and_evaluation",
    "Crime_and_punishment",
    "Security_and_defense",
    "Health_and_safety",
    "Quality_of_life",
    "Cultural_identity",
    "Public_opinion",
    "Political",
    "External_regulation_and_reputation",
)
BITS = 18
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")


def words_of(text: str) -> list[str]:
    """A text's words, lower-cased, numbers folded."""
    return ["<num>" if w[0].isdigit() else w.lower().replace("’", "'") for w in _WORD.findall(text)]


def keys_of(words: list[str]) -> set[str]:
    """The hashed keys of a word sequence: its words and word pairs."""
    return {"u " + w for w in words} | {"b " + a + " " + b for a, b in itertools.pairwise(words)}


def keys(text: str) -> set[str]:
    """The hashed keys of a text."""
    return keys_of(words_of(text))


def buckets(found: set[str]) -> np.ndarray:
    mask = (1 << BITS) - 1
    return np.fromiter((bucket(k, mask) for k in found), dtype=np.int64, count=len(found))


@functools.cache
def model() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(weights of shape (2**BITS, frames), biases, cuts), loaded once per process."""
    table = load_table("models/framing")
    weights = load_arrays("models/framing")["weights"].astype(np.float32)
    return weights, np.asarray(table["bias"], dtype=np.float32), np.asarray(table["cuts"], dtype=np.float32)


def probabilities(text: str) -> np.ndarray:
    """P(frame) for each of `FRAMES`."""
    return _probabilities(keys(text))


def _probabilities(found: set[str]) -> np.ndarray:
    weights, bias, _ = model()
    if not found:
        return 1.0 / (1.0 + np.exp(-bias))
    z = bias + weights[buckets(found)].sum(axis=0) / math.sqrt(len(found))
    return 1.0 / (1.0 + np.exp(-z))


def find_frames(text: str, sentences: list[tuple[int, int]], evidence: int = 2) -> list[Frame]:
    """The frames of the text made of these sentences, most probable first, each with its evidence."""
    per_sentence = [words_of(text[s:e]) for s, e in sentences]
    body = [w for words in per_sentence for w in words]  # the words of the sentences joined by line breaks
    if not body:
        return []
    weights, _, cuts = model()
    p = _probabilities(keys_of(body))
    given = [k for k in np.argsort(-p) if p[k] >= cuts[k]]
    if not given:
        return []
    # each sentence's score for every given frame
    rows = []
    for words in per_sentence:
        found = keys_of(words)
        rows.append(weights[buckets(found)][:, given].sum(axis=0) / math.sqrt(len(found)) if found else None)
    out = []
    for col, k in enumerate(given):
        scored = [(float(r[col]), s, e) for r, (s, e) in zip(rows, sentences, strict=True) if r is not None]
        best = sorted(sorted(scored, reverse=True)[:evidence], key=lambda x: x[1])
        out.append(
            Frame(
                frame=FRAMES[k],
                confidence=round(float(p[k]), 3),
                evidence=[Span.over(text, s, e) for score, s, e in best if score > 0],
            )
        )
    return out


def run(parsed: Parsed) -> dict[str, object]:
    """The `framing` analyzer: fills `frames` from the body sentences."""
    body = [(s.start, s.end) for s in parsed.sentences if s.role in STORY_ROLES]
    return {"frames": find_frames(parsed.document.text, body)}
