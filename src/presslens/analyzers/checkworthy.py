"""Check-worthiness: how much a sentence reads like a factual claim a fact-checker would want to check.

A logistic regression over hashed word uni- and bigrams and character n-grams of the words, plus a few
structural features (numbers, capitalised names, length, person, hedges, comparisons), trained by
`training/checkworthy.py` on ClaimBuster and CLEF-2019 CheckThat! debate and speech sentences (see
`data/models/checkworthy.md` for data, split, scores and limits). Only numpy is needed at run time; the
weights load once per process from `data/models/checkworthy.npz` and `checkworthy.yaml`.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from presslens.resources import load_arrays, load_table

_TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|[$%€£?]")
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NUMBER_WORDS = _words(
    "zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousand thousands million millions billion billions trillion trillions dozen dozens percent"
)
_FIRST_SINGULAR = _words("i me my mine myself i'm i've i'd i'll")
_FIRST_PLURAL = _words("we us our ours ourselves we're we've we'd we'll")
_SECOND = _words("you your yours yourself you're you've you'd you'll")
_HEDGES = _words("maybe perhaps probably possibly might think believe guess hope feel seems seem suppose")
_COMPARISON = _words(
    "more less most least fewer than largest highest lowest biggest smallest worst best record "
    "increase increased decrease decreased rose fell doubled tripled"
)
_TIME = _words("ago since last year years percent")

STRUCTURAL = (
    "digit",
    "number",
    "numbers",
    "year",
    "log_words",
    "capitalised",
    "capitalised_share",
    "first_singular",
    "first_plural",
    "second_person",
    "question",
    "hedge",
    "comparison",
    "time",
)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; a number becomes "<year>" (1600-2099) or "<num>", symbols stay."""
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok[0].isdigit():
            out.append("<year>" if len(tok) == 4 and _YEAR.fullmatch(tok) else "<num>")
        else:
            out.append(tok.lower().replace("’", "'"))
    return out


def _hash(key: str, mask: int) -> int:
    return zlib.crc32(key.encode("utf-8")) & mask


def ngram_features(text: str, bits: int, chars: tuple[int, int] | None) -> tuple[list[int], float]:
    """Hashed bucket ids of the sentence's word uni/bigrams (and character n-grams of each word, `chars` =
    (shortest, longest)), each counted once, and the value every bucket gets (1/sqrt(number of keys))."""
    mask = (1 << bits) - 1
    toks = tokens(text)
    keys = {"u " + t for t in toks}
    padded = ["<s>", *toks, "</s>"]
    keys.update("b " + a + " " + b for a, b in itertools.pairwise(padded))
    if chars:
        lo, hi = chars
        for t in set(toks):
            if t[0] == "<" or not t[0].isalpha():
                continue
            w = f"^{t}$"
            for n in range(lo, hi + 1):
                keys.update("c " + w[i : i + n] for i in range(len(w) - n + 1))
    if not keys:
        return [], 0.0
    return sorted(_hash(k, mask) for k in keys), 1.0 / math.sqrt(len(keys))


def structural_features(text: str) -> list[float]:
    """The values of `STRUCTURAL` for one sentence."""
    words = [m.group() for m in _TOKEN.finditer(text)]
    lower = [w.lower().replace("’", "'") for w in words]
    n = max(len(words), 1)
    digits = sum(1 for w in words if w[0].isdigit())
    number_words = sum(1 for w in lower if w in _NUMBER_WORDS)
    capitalised = sum(1 for w in words[1:] if w[0].isupper() and w.lower() not in _FIRST_SINGULAR)
    return [
        float(digits > 0),
        float(digits + number_words > 0),
        math.log1p(digits + number_words),
        float(any(len(w) == 4 and _YEAR.fullmatch(w) for w in words)),
        math.log1p(len(words)),
        float(capitalised > 0),
        capitalised / n,
        float(any(w in _FIRST_SINGULAR for w in lower)),
        float(any(w in _FIRST_PLURAL for w in lower)),
        float(any(w in _SECOND for w in lower)),
        float("?" in text),
        float(any(w in _HEDGES for w in lower)),
        float(any(w in _COMPARISON or (w.endswith("est") and len(w) > 5) for w in lower)),
        float(any(w in _TIME for w in lower)),
    ]


@dataclass(frozen=True)
class CheckworthyModel:
    """Weights of the logistic regression: z = bias + ngram part + structural part (+ encoder part)."""

    variant: str
    bits: int
    chars: tuple[int, int] | None
    ngram: np.ndarray | None  # (2**bits,) weight of each hashed bucket
    structural_mean: np.ndarray | None
    structural_scale: np.ndarray | None
    structural: np.ndarray | None  # weights of the standardised STRUCTURAL features
    embedding: np.ndarray | None  # (384,) weights of the shared encoder's vectors
    bias: float
    threshold: float  # the score from which a sentence counts as check-worthy

    def logits(self, sentences: list[str]) -> np.ndarray:
        z = np.full(len(sentences), self.bias, dtype=np.float64)
        if self.ngram is not None:
            for i, text in enumerate(sentences):
                ids, value = ngram_features(text, self.bits, self.chars)
                if ids:
                    z[i] += value * float(self.ngram[ids].sum(dtype=np.float64))
        if self.structural is not None:
            x = np.array([structural_features(t) for t in sentences], dtype=np.float64)
            z += ((x - self.structural_mean) / self.structural_scale) @ self.structural
        if self.embedding is not None:
            from presslens.encoder import sentence_embeddings

            z += sentence_embeddings(sentences).astype(np.float64) @ self.embedding
        return z


@functools.cache
def load_model() -> CheckworthyModel:
    meta = load_table("models/checkworthy")
    arrays = load_arrays("models/" + str(meta["weights"]).removesuffix(".npz"))

    def get(key: str) -> np.ndarray | None:
        return arrays[key].astype(np.float64) if key in arrays else None

    chars = meta.get("chars")
    return CheckworthyModel(
        variant=str(meta["variant"]),
        bits=int(meta["bits"]),
        chars=(int(chars[0]), int(chars[1])) if chars else None,
        ngram=arrays["ngram"].astype(np.float32) if "ngram" in arrays else None,
        structural_mean=get("structural_mean"),
        structural_scale=get("structural_scale"),
        structural=get("structural"),
        embedding=get("embedding"),
        bias=float(meta["bias"]),
        threshold=float(meta["threshold"]),
    )


def score(sentences: list[str]) -> list[float]:
    """Check-worthiness in [0, 1] of each sentence (a factual claim worth checking)."""
    sentences = list(sentences)
    if not sentences:
        return []
    z = np.clip(load_model().logits(sentences), -40.0, 40.0)
    return [float(v) for v in 1.0 / (1.0 + np.exp(-z))]


def is_checkworthy(sentences: Iterable[str]) -> list[bool]:
    """`score` at the model's threshold."""
    threshold = load_model().threshold
    return [s >= threshold for s in score(list(sentences))]
