"""Target-dependent sentiment: how one sentence shows one of the actors it names (negative, neutral,
positive).

A softmax regression over what the shared encoder (`presslens.encoder`, layer 3 of 6, the layer the
techniques heads read too, so the run is shared) knows of the sentence around the target:

- the mean vector of the target's word pieces (each piece already reads its context);
- the mean of the whole sentence;
- the means of the six pieces before and the six after the target;
- the mean of the other pieces weighted by 1 / (1 + distance to the target);
- a few counts from VADER's sentiment lexicon (MIT, installed with `vaderSentiment`): positive and
  negative words by distance band from the target, a distance-weighted sum and the sentence length.

Trained by `training/portrayal.py` on NewsMTSC (data, folds and scores in `data/models/portrayal.md`).
Only numpy and the encoder at run time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

from presslens.encoder import WIDTH
from presslens.errors import Rejected
from presslens.resources import load_arrays, load_table

CLASSES = ("negative", "neutral", "positive")
WINDOW = 6  # pieces each side of the target for the left and right means
NEGATORS = frozenset({"not", "no", "never", "n't", "without", "nor", "cannot", "neither", "hardly"})
# word distance bands (negative: before the target, 0: the target's own words)
BANDS = ((-999, -11), (-10, -4), (-3, -1), (0, 0), (1, 3), (4, 10), (11, 999))
LEXICON_WIDTH = 2 * len(BANDS) + 3
ROW_WIDTH = 5 * WIDTH + LEXICON_WIDTH
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|n['’]t")


@functools.cache
def lexicon() -> dict[str, float]:
    """VADER's word valences (-4 .. +4), from the installed `vaderSentiment` package."""
    try:
        import vaderSentiment
    except ImportError:
        raise Rejected("portrayal needs vaderSentiment; run `make run` or `pip install presslens`") from None
    table: dict[str, float] = {}
    text = (resources.files(vaderSentiment) / "vader_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            table[parts[0]] = float(parts[1])
    return table


def valenced_words(text: str) -> list[tuple[int, int, float]]:
    """The words of `text` that carry sentiment, as (start, end, valence in -1..1); a negator up to three
    words before a word turns its valence over (and weakens it, as VADER does)."""
    lex = lexicon()
    words = [(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _WORD.finditer(text)]
    out = []
    for i, (a, b, w) in enumerate(words):
        v = lex.get(w)
        if v is None:
            continue
        if any(words[j][2] in NEGATORS for j in range(max(0, i - 3), i)):
            v = -0.74 * v
        out.append((a, b, v / 4.0))
    return out


def lexicon_rows(text: str, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """The lexicon columns for each target span of one sentence."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    valenced = {a: v for a, _, v in valenced_words(text)}
    rows = np.zeros((len(spans), LEXICON_WIDTH), dtype=np.float32)
    for r, (start, end) in enumerate(spans):
        inside = [i for i, (a, b) in enumerate(words) if a < end and b > start]
        first, last = (min(inside), max(inside)) if inside else (0, 0)
        for i, (a, _) in enumerate(words):
            v = valenced.get(a)
            if v is None:
                continue
            d = 0 if first <= i <= last else (i - last if i > last else i - first)
            band = next(k for k, (lo, hi) in enumerate(BANDS) if lo <= d <= hi)
            rows[r, 2 * band + (0 if v > 0 else 1)] += abs(v)
            rows[r, -3] += 4.0 * v / (1 + abs(d))
        rows[r, -2] = len(words) / 30
        rows[r, -1] = np.log1p(len(words))
    return rows


def target_rows(
    text: str, hidden: np.ndarray, offsets: np.ndarray, spans: Sequence[tuple[int, int]]
) -> np.ndarray:
    """The model's row for each target span (character offsets into `text`, one sentence) from the
    encoder's piece states and offsets over the same text."""
    rows = np.zeros((len(spans), ROW_WIDTH), dtype=np.float32)
    n = len(hidden)
    if n:
        at = np.arange(n)
        sentence = hidden.mean(axis=0)
        for r, (start, end) in enumerate(spans):
            inside = (offsets[:, 0] < end) & (offsets[:, 1] > start)
            if not inside.any():
                inside[int(np.argmin(np.abs(offsets[:, 0] - start)))] = True
            first, last = int(at[inside].min()), int(at[inside].max())
            distance = np.where(at < first, first - at, np.where(at > last, at - last, 0))
            weight = np.where(inside, 0.0, 1.0 / (1.0 + distance)).astype(np.float32)
            weight /= max(float(weight.sum()), 1e-9)
            row = rows[r]
            row[:WIDTH] = hidden[inside].mean(axis=0)
            row[WIDTH : 2 * WIDTH] = sentence
            if first > 0:  # the WINDOW pieces before, and after
                row[2 * WIDTH : 3 * WIDTH] = hidden[max(first - WINDOW, 0) : first].mean(axis=0)
            if last < n - 1:
                row[3 * WIDTH : 4 * WIDTH] = hidden[last + 1 : last + 1 + WINDOW].mean(axis=0)
            row[4 * WIDTH : 5 * WIDTH] = weight @ hidden
    rows[:, 5 * WIDTH :] = lexicon_rows(text, spans)
    return rows


@dataclass(frozen=True)
class SentimentModel:
    weights: np.ndarray  # (ROW_WIDTH, 3)
    bias: np.ndarray  # (3,)
    layers: int  # the encoder layer it reads

    def probs(self, rows: np.ndarray) -> np.ndarray:
        """P(negative, neutral, positive) per row."""
        z = rows @ self.weights + self.bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)


@functools.cache
def model() -> SentimentModel:
    table = load_table("models/portrayal")
    arrays = load_arrays("models/portrayal")
    weights, bias = arrays["weights"].astype(np.float32), arrays["bias"].astype(np.float32)
    if weights.shape != (ROW_WIDTH, len(CLASSES)):
        raise Rejected("the portrayal model does not fit this version of presslens; rebuild it")
    return SentimentModel(weights, bias, int(table["encoder_layers"]))
