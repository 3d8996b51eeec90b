"""Genre: opinion or reporting, from how the text speaks rather than what it is about.

A logistic regression over a dozen rates of stance markers (first person, evaluative words, hedges,
certainty, obligation, attribution verbs, quoted share, questions ...), trained by `training/genre.py` on
the SemEval-2023 genre labels of the PTC articles (see `data/models/genre.md` for data, split and scores).
Satire has two training examples there and is never predicted. The evidence is the sentences that push the
decision hardest, with the markers in them.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from presslens.model import Genre, Span
from presslens.resources import load_table

if TYPE_CHECKING:
    from presslens.analyzers import Parsed

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_QUOTED = re.compile(r"[\"“”«»„]([^\"“”«»„]{1,1500})[\"“”«»„]")
_MARKER_KEYS = (
    "first_person",
    "second_person",
    "evaluative_negative",
    "evaluative_positive",
    "intensifiers",
    "hedges",
    "certainty",
    "obligation",
    "reporting_verbs",
    "news_markers",
)
FEATURES = (*_MARKER_KEYS, "quoted_share", "questions", "exclamations", "digits")


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, str]  # single word or phrase -> marker key
    phrases: re.Pattern[str]  # all multi-word entries in one alternation, longest first


@functools.cache
def _lexicon() -> _Lexicon:
    table = load_table("lexicons/stance")
    words: dict[str, str] = {}
    phrases: list[str] = []
    for key in _MARKER_KEYS:
        for entry in table.get(key) or ():
            entry = str(entry).lower()
            if entry not in words:
                words[entry] = key
                if not re.fullmatch(r"[a-z][a-z'’\-]*", entry):
                    phrases.append(entry)
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return _Lexicon(words, re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"))


def _unquoted(text: str) -> str:
    """The text with quotes blanked out: a quoted "I" or "shameful" is the source's, not the writer's."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def markers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, marker key) of every stance marker outside quotes."""
    lex = _lexicon()
    plain = _unquoted(text)
    lower = plain.lower()
    found = [
        (m.start(), m.end(), lex.words[w]) for m in _WORD.finditer(lower) if (w := m.group()) in lex.words
    ]
    found.extend((m.start(), m.end(), lex.words[m.group()]) for m in lex.phrases.finditer(lower))
    return found


def features(text: str) -> dict[str, float]:
    """Rates per 100 words (log-scaled) of each marker, plus quoted share, questions, exclamations, digits."""
    n_words = max(len(_WORD.findall(text)), 1)
    counts = dict.fromkeys(FEATURES, 0.0)
    for _, _, key in markers(text):
        counts[key] += 1
    quoted = sum(len(m.group()) for m in _QUOTED.finditer(text))
    plain = _unquoted(text)
    counts["questions"] = plain.count("?")
    counts["exclamations"] = plain.count("!")
    counts["digits"] = len(re.findall(r"\d+(?:[.,]\d+)*", text))
    out = {k: math.log1p(100.0 * v / n_words) for k, v in counts.items()}
    out["quoted_share"] = quoted / max(len(text), 1)
    return out


@dataclass(frozen=True)
class GenreModel:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, feats: dict[str, float]) -> float:
        """P(opinion)."""
        z = self.bias + sum(
            w * (feats[f] - m) / s
            for f, m, s, w in zip(self.features, self.mean, self.scale, self.weights, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def contributions(self, feats: dict[str, float]) -> dict[str, float]:
        return {
            f: w * (feats[f] - m) / s
            for f, m, s, w in zip(self.features, self.mean, self.scale, self.weights, strict=True)
        }


@functools.cache
def load_model() -> GenreModel:
    data = load_table("models/genre")
    return GenreModel(
        features=tuple(data["features"]),
        mean=tuple(data["mean"]),
        scale=tuple(data["scale"]),
        weights=tuple(data["weights"]),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
    )


def classify(text: str, sentences: list[tuple[int, int]]) -> tuple[str, float, list[tuple[int, int]], str]:
    """Label, confidence, evidence sentences and a one-line explanation, from the body `sentences`."""
    model = load_model()
    feats = features("\n".join(text[s:e] for s, e in sentences))
    p = model.probability(feats)
    label = "opinion" if p >= model.threshold else "reporting"
    confidence = p if label == "opinion" else 1.0 - p
    sign = 1.0 if label == "opinion" else -1.0
    contrib = model.contributions(feats)
    top = sorted((k for k in contrib if sign * contrib[k] > 0), key=lambda k: -sign * contrib[k])[:3]
    explanation = f"{label}: " + (", ".join(_describe(k, feats[k]) for k in top) or "no marked signal")
    # evidence: the sentences holding the most markers of the features that decided
    keys = set(top)
    starts = [s for s, _ in sentences]
    weight: dict[tuple[int, int], int] = {}
    for at, _, key in markers(text):
        i = bisect_right(starts, at) - 1
        if key in keys and i >= 0 and at < sentences[i][1]:
            weight[sentences[i]] = weight.get(sentences[i], 0) + 1
    evidence = sorted(sorted(weight, key=lambda sp: -weight[sp])[:3])
    return label, confidence, evidence, explanation


def _describe(key: str, value: float) -> str:
    if value == 0:
        return f"no {key.replace('_', ' ')}"
    rate = math.expm1(value)
    names = {
        "quoted_share": f"{value:.0%} of the text quoted",
        "questions": f"{rate:.1f} questions per 100 words",
        "exclamations": f"{rate:.1f} exclamations per 100 words",
        "digits": f"{rate:.1f} numbers per 100 words",
    }
    return names.get(key, f"{rate:.1f} {key.replace('_', ' ')} per 100 words")


def run(parsed: Parsed) -> dict[str, object]:
    """The `genre` analyzer: fills `genre` from the body sentences."""
    text = parsed.document.text
    body = [(s.start, s.end) for s in parsed.sentences if s.role == "body"]
    if not body:
        return {}
    label, confidence, evidence, explanation = classify(text, body)
    genre = Genre(
        label=label,  # type: ignore[arg-type]
        confidence=round(confidence, 3),
        evidence=[Span.over(text, s, e) for s, e in evidence],
        explanation=explanation,
    )
    return {"genre": genre}
