"""Persuasion techniques at span level: the 14 techniques of the Propaganda Techniques Corpus (PTC).

Three linear models over hashed features and two linear heads over the shared encoder, trained by
`training/techniques.py` on the PTC train articles (data, split and scores in `data/models/techniques.md`):
- a sentence model that gives each sentence P(it holds a persuasive span), from its words and cue classes;
- a token tagger that scores each word as inside a span or not, from the word and its neighbours, their
  shapes, the cue classes of `data/lexicons/techniques.yaml` around it and in its sentence, whether it sits
  inside quotation marks, and its sentence's probability;
- a tag head, stacked on the tagger: its logit plus the encoder's vectors of the word, its neighbours and its
  sentence (`presslens.encoder`, which reads each word in context) give the final P(inside); runs of words
  above the cut become spans;
- a span classifier that names each span's technique from its words, edges, context, cue classes and how
  often the same words recur in the article (what Repetition is), or rejects it: it also learnt a "no
  technique" class from the tagger's wrong spans on articles it had not seen. A span head over the span's
  encoder vectors is mixed with it in log-probability.

Rules add what the models miss: a scare quote ("defending Ukraine" in quotation marks, not a quotation)
questions what it quotes, which PTC labels Doubt; and the cue phrases of the classes training found useful
(`cue_spans`). Training and inference share `sentence_features`, `token_features`, `span_features`,
`tag_rows` and `span_rows_dense` below; numpy and the encoder's onnxruntime are all that run.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from presslens.analyzers.hashing import bucket
from presslens.encoder import WIDTH, Encodings, word_vectors
from presslens.model import STORY_ROLES, Technique
from presslens.resources import load_arrays, load_table

if TYPE_CHECKING:
    from presslens.analyzers import Parsed

TECHNIQUES = (
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Doubt",
    "Exaggeration,Minimisation",
    "Appeal_to_fear-prejudice",
    "Flag-Waving",
    "Causal_Oversimplification",
    "Slogans",
    "Appeal_to_Authority",
    "Black-and-White_Fallacy",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
    "Bandwagon,Reductio_ad_hitlerum",
)
CUE_CLASSES = (
    "loaded", "labels", "fear", "doubt", "exaggeration", "minimisation", "flag", "causal", "authority",
    "black_white", "cliches", "whatabout", "bandwagon", "hitler", "slogans", "intensifiers",
)  # fmt: skip
TOKEN_BITS = 20
SENTENCE_BITS = 18
SPAN_BITS = 18
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")
_OPEN_QUOTES = {"“", "«", "„"}
_CLOSE_QUOTES = {"”", "»"}
_ENDS = {".", "!", "?"}
_NEWLINE = re.compile(r"\n")


@functools.cache
def cues() -> tuple[dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]], dict[str, str]]:
    """The cue lexicon keyed by a phrase's first word (one-word phrases) or first two words (longer ones):
    key -> [(phrase words, class)]; and the explanations."""
    table = load_table("lexicons/techniques")
    index: dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]] = {}
    for cls in CUE_CLASSES:
        for phrase in table.get(cls) or []:
            words = tuple(w.lower() for w in _TOKEN.findall(str(phrase)))
            if words:
                index.setdefault(words[:2], []).append((words, cls))
    return index, dict(table.get("explanations") or {})


@functools.lru_cache(maxsize=100_000)
def _shape(word: str) -> str:
    if word[0].isdigit():
        return "d"
    if not word[0].isalnum():
        return word if word in "!?\"“”'‘’«»:;()-—–" else "p"
    if word.isupper() and len(word) > 1:
        return "XX"
    return "X" if word[0].isupper() else "x"


@dataclass
class Tokens:
    """A text's word tokens with what both models read off them."""

    starts: list[int]
    ends: list[int]
    words: list[str]  # lower-cased, curly apostrophes straightened
    shapes: list[str]
    sentence: list[int]  # the sentence index of each token
    quoted: list[bool]  # inside quotation marks
    cues: list[frozenset[str]]  # cue classes of the lexicon phrases that cover the token
    sentence_cues: list[frozenset[str]]  # per sentence: the cue classes found in it, and "!" / "?"
    sentence_p: list[float] | None = None  # per sentence: the sentence model's P(holds a technique)
    phrases: list[tuple[int, int, str]] = field(default_factory=list)  # cue phrases found: [a, b), class

    def __len__(self) -> int:
        return len(self.words)

    def sentence_ranges(self) -> list[tuple[int, int]]:
        """Token ranges [a, b) of the sentences."""
        out: list[tuple[int, int]] = []
        for i, s in enumerate(self.sentence):
            if s == len(out):
                out.append((i, i + 1))
            else:
                out[-1] = (out[-1][0], i + 1)
        return out


def tokenize(text: str) -> Tokens:
    """Tokens, sentences (ended by . ! ? or a line break), quotation state and cue classes."""
    found = list(_TOKEN.finditer(text))
    starts = [m.start() for m in found]
    ends = [m.end() for m in found]
    raw = [m.group() for m in found]
    words = [w.lower().replace("’", "'") for w in raw]
    breaks = {bisect_left(starts, m.start()) for m in _NEWLINE.finditer(text)}  # tokens after a line break
    sentence, quoted = [], []
    s, inside, previous = 0, False, ""
    for i, w in enumerate(raw):
        if i and (i in breaks or (previous in _ENDS and w not in _CLOSE_QUOTES and w != '"')):
            s += 1
            if i in breaks:
                inside = False
        if w in _OPEN_QUOTES or (w == '"' and not inside):
            inside = True
            quoted.append(True)
        elif w in _CLOSE_QUOTES or w == '"':
            quoted.append(True)
            inside = False
        else:
            quoted.append(inside)
        sentence.append(s)
        previous = w
    index, _ = cues()
    covered: dict[int, set[str]] = {}
    phrases = []
    for i, w in enumerate(words):
        found = index.get((w,), [])
        if i + 1 < len(words) and (w, words[i + 1]) in index:
            found = found + index[(w, words[i + 1])]
        for phrase, cls in found:
            if len(phrase) <= 2 or tuple(words[i : i + len(phrase)]) == phrase:
                phrases.append((i, i + len(phrase), cls))
                for j in range(i, i + len(phrase)):
                    covered.setdefault(j, set()).add(cls)
    per_sentence: list[set[str]] = [set() for _ in range(s + 1)] if words else []
    for i, classes in covered.items():
        per_sentence[sentence[i]].update(classes)
    for i, w in enumerate(words):
        if w == "!" or w == "?":
            per_sentence[sentence[i]].add(w)
    none: frozenset[str] = frozenset()
    return Tokens(
        starts, ends, words, [_shape(w) for w in raw], sentence, quoted,
        [frozenset(covered[i]) if i in covered else none for i in range(len(words))],
        [frozenset(c) for c in per_sentence], None, phrases,
    )  # fmt: skip


# --- the token tagger --------------------------------------------------------------------------------


def token_features(t: Tokens, i: int) -> list[str]:
    """The tagger's features of token i: hashed by `hashing.bucket`, each worth 1."""
    n = len(t)
    w = t.words

    def word(k: int) -> str:
        j = i + k
        return w[j] if 0 <= j < n and t.sentence[j] == t.sentence[i] else "<b>"

    f = [f"{k}:{word(k)}" for k in (-2, -1, 0, 1, 2)]
    f.append(f"0p:{w[i][:5]}")  # a crude stem: "warmonger", "warmongering" and "warmongers" share it
    f += [f"b-:{word(-1)}|{w[i]}", f"b+:{w[i]}|{word(1)}"]
    for k in (-1, 0, 1):
        j = i + k
        if 0 <= j < n:
            f.append(f"{k}s:{t.shapes[j]}")
            f += [f"{k}c:{c}" for c in t.cues[j]]
    if t.quoted[i]:
        f.append("q")
    f += [f"S:{c}" for c in t.sentence_cues[t.sentence[i]]]
    if t.sentence_p is not None:
        f.append(sentence_key(t.sentence_p[t.sentence[i]]))
    return f


def sentence_key(p: float) -> str:
    """The tagger's feature for its sentence's probability, in tenths."""
    return f"sp:{min(int(p * 10), 9)}"


def sentence_features(t: Tokens, a: int, b: int) -> list[str]:
    """The sentence model's features of the sentence of tokens [a, b): its words and word pairs, its cue
    classes, its length."""
    w = t.words[a:b]
    f = {f"w:{x}" for x in w} | {f"p:{x}|{y}" for x, y in itertools.pairwise(w)}
    f |= {f"c:{c}" for c in t.sentence_cues[t.sentence[a]]} if b > a else set()
    f.add(f"n:{_length_bucket(b - a)}")
    return sorted(f)


def sentence_probs(t: Tokens, weights: np.ndarray, bias: float) -> list[float]:
    """The sentence model's P(the sentence holds a technique span), per sentence."""
    mask = len(weights) - 1
    lookup = _weight_cache(weights)
    out = []
    for a, b in t.sentence_ranges():
        keys = sentence_features(t, a, b)
        z = bias + sum(lookup(k, mask) for k in keys) / math.sqrt(max(len(keys), 1))
        out.append(1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0))))
    return out


@dataclass(frozen=True)
class TechniqueModel:
    sentence_weights: np.ndarray  # (2**SENTENCE_BITS,)
    sentence_bias: float
    token_weights: np.ndarray  # (2**TOKEN_BITS,)
    token_bias: float
    threshold: float  # a token is inside a span when its probability reaches this
    span_weights: np.ndarray  # (2**SPAN_BITS, len(TECHNIQUES) + 1): the last class is "no technique"
    span_bias: np.ndarray
    none_cut: float  # a span whose "no technique" probability reaches this is dropped
    cue_rules: tuple[str, ...]  # cue classes whose phrases add spans of their own (see `cue_spans`)
    layers: int  # the encoder layer the two heads read
    tag_head: np.ndarray  # (TAG_WIDTH,) over `tag_rows`: the tagger's final logit
    tag_head_bias: float
    span_head: np.ndarray  # (SPAN_WIDTH, len(TECHNIQUES) + 1) over `span_rows_dense`
    span_head_bias: np.ndarray
    mix: float  # the span head's share of the classifier's log-probabilities
    second_cut: float  # a span's runner-up technique is given too when its share reaches this
    cue_labels: tuple[str, ...]  # cue rules whose phrases inside a found span give it their technique too


@functools.cache
def model() -> TechniqueModel:
    """The shipped weights (loaded once per process)."""
    table = load_table("models/techniques")
    arrays = {k: v.astype(np.float32) for k, v in load_arrays("models/techniques").items()}
    sentence_weights, token_weights, span_weights = arrays["sentence"], arrays["token"], arrays["span"]
    tag_head, span_head = arrays["tag_head"], arrays["span_head"]
    return TechniqueModel(
        sentence_weights,
        float(table["sentence_bias"]),
        token_weights,
        float(table["token_bias"]),
        float(table["threshold"]),
        span_weights,
        np.asarray(table["span_bias"], dtype=np.float32),
        float(table["none_cut"]),
        tuple(table.get("cue_rules") or ()),
        int(table["encoder_layers"]),
        tag_head,
        float(table["tag_head_bias"]),
        span_head,
        np.asarray(table["span_head_bias"], dtype=np.float32),
        float(table["mix"]),
        float(table.get("second_cut", 1.01)),
        tuple(table.get("cue_labels") or ()),
    )


# --- the encoder heads ---------------------------------------------------------------------------------

TAG_NEIGHBOURS = (-2, -1, 1, 2)  # +-2 rather than +-1: SI 0.399 -> 0.402 in cross-validation
TAG_WIDTH = 1 + (2 + len(TAG_NEIGHBOURS)) * WIDTH
SPAN_WIDTH = 4 * WIDTH + 1


def encoder_ranges(t: Tokens, within: Iterable[tuple[int, int]] | None = None) -> list[tuple[int, int, int]]:
    """The sentences the encoder runs on, as (sentence index, start, end): those that overlap `within`
    (character ranges; all when None)."""
    ranges = list(within) if within is not None else None
    out = []
    for k, (a, b) in enumerate(t.sentence_ranges()):
        s, e = t.starts[a], t.ends[b - 1]
        if ranges is None or any(lo < e and s < hi for lo, hi in ranges):
            out.append((k, s, e))
    return out


def encoded(
    text: str,
    t: Tokens,
    layers: int,
    within: Iterable[tuple[int, int]] | None = None,
    encodings: Encodings | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The shared encoder's vectors of every token and sentence. Sentences outside `within` are not run
    and keep zeros: their spans are dropped anyway."""
    run = encoder_ranges(t, within)
    words, vectors = word_vectors(text, [(s, e) for _, s, e in run], t.starts, t.ends, layers, encodings)
    sentences = np.zeros((t.sentence[-1] + 1 if len(t) else 0, WIDTH), dtype=np.float32)
    sentences[[k for k, *_ in run]] = vectors
    return words, sentences


def tag_rows(logit: np.ndarray, t: Tokens, words: np.ndarray, sentences: np.ndarray) -> np.ndarray:
    """The tag head's row of every token: the sparse tagger's logit, the token's vector, the vectors of the
    tokens TAG_NEIGHBOURS away inside its sentence (zeros past its edges), and its sentence's vector."""
    sent = np.asarray(t.sentence)
    at = np.arange(len(words))
    cols = [logit[:, None].astype(np.float32), words]
    for k in TAG_NEIGHBOURS:
        near = np.zeros_like(words)
        j = np.clip(at + k, 0, max(len(words) - 1, 0))
        ok = (at + k >= 0) & (at + k < len(words)) & (sent[j] == sent)
        near[ok] = words[j[ok]]
        cols.append(near)
    return np.hstack([*cols, sentences[sent]])


def span_rows_dense(
    t: Tokens, ranges: Iterable[tuple[int, int]], words: np.ndarray, sentences: np.ndarray
) -> np.ndarray:
    """The span head's row of each token range [a, b): its tokens' mean vector, its first and last
    token's, its sentence's, and the log of its length."""
    rows = [
        np.concatenate(
            [words[a:b].mean(axis=0), words[a], words[b - 1], sentences[t.sentence[a]], [math.log(b - a)]]
        )
        for a, b in ranges
    ]
    return np.array(rows, dtype=np.float32).reshape(-1, SPAN_WIDTH)


def named(row: np.ndarray, second_cut: float) -> list[tuple[int, float]]:
    """The techniques a span is given from its probabilities (techniques, then "none"), with each one's
    share of the technique mass: the best, and the runner-up when its share reaches `second_cut` (PTC
    often gives one span two techniques, loaded words that also label, a doubt cast in loaded words)."""
    share = row[:-1] / max(float(row[:-1].sum()), 1e-12)
    first, second = (int(k) for k in np.argsort(-share)[:2])
    out = [(first, float(share[first]))]
    if share[second] >= second_cut:
        out.append((second, float(share[second])))
    return out


def mixed_probs(sparse_logits: np.ndarray, dense_logits: np.ndarray, mix: float) -> np.ndarray:
    """The classifier's probabilities (rows of classes): the two softmaxes' log-probabilities, mixed."""
    z = (1.0 - mix) * _log_softmax(sparse_logits) + mix * _log_softmax(dense_logits)
    return np.exp(_log_softmax(z))


def _log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def token_logits(t: Tokens, weights: np.ndarray, bias: float) -> np.ndarray:
    """The tagger's logit for every token: the sum of the weights of `token_features`, computed per
    distinct word, shape and sentence rather than per token (the same sum; a test holds them equal)."""
    n = len(t)
    if not n:
        return np.zeros(0)
    mask = len(weights) - 1
    look = _weight_cache(weights)
    at = np.arange(n)
    sent = np.asarray(t.sentence)
    vocab = ["<b>", *dict.fromkeys(t.words)]
    ids = {w: k for k, w in enumerate(vocab)}
    word = np.array([ids[w] for w in t.words])
    z = np.full(n, bias, dtype=np.float64)
    roles = np.array([_word_roles(look, mask, w) for w in vocab])  # (words, 6)
    for col, k in enumerate(_OFFSETS):  # the word k places away, or "<b>" past the sentence's edge
        j = np.clip(at + k, 0, n - 1)
        inside = (at + k >= 0) & (at + k < n) & (sent[j] == sent)
        z += roles[np.where(inside, word[j], 0), col]
    z += roles[word, len(_OFFSETS)]
    near = ["<b>" if i == 0 or t.sentence[i - 1] != t.sentence[i] else t.words[i - 1] for i in range(n)]
    after = ["<b>" if i == n - 1 or t.sentence[i + 1] != t.sentence[i] else t.words[i + 1] for i in range(n)]
    z += [
        look(f"b-:{a}|{b}", mask) + look(f"b+:{b}|{c}", mask)
        for a, b, c in zip(near, t.words, after, strict=True)
    ]
    shapes = sorted(set(t.shapes))
    shape = np.array([shapes.index(x) for x in t.shapes])
    for k in (-1, 0, 1):  # shapes and cues of the neighbours, within the text (not the sentence)
        role = np.array([look(f"{k}s:{x}", mask) for x in shapes])
        lo, hi = max(0, -k), n - max(0, k)
        z[lo:hi] += role[shape[lo + k : hi + k]]
        for i in range(lo, hi):
            for c in t.cues[i + k]:
                z[i] += look(f"{k}c:{c}", mask)
    z += look("q", mask) * np.asarray(t.quoted, dtype=np.float64)
    per_sentence = [
        sum(look(f"S:{c}", mask) for c in cues)
        + (look(sentence_key(t.sentence_p[k]), mask) if t.sentence_p is not None else 0.0)
        for k, cues in enumerate(t.sentence_cues)
    ]
    return z + np.asarray(per_sentence)[sent]


_OFFSETS = (-2, -1, 0, 1, 2)


@functools.lru_cache(maxsize=300_000)
def _word_roles(look: Callable[[str, int], float], mask: int, word: str) -> tuple[float, ...]:
    """A word's weights as the word at each offset of `token_features`, then as a stem."""
    return (*(look(f"{k}:{word}", mask) for k in _OFFSETS), look(f"0p:{word[:5]}", mask))


_LOOKUPS: dict[int, Callable[[str, int], float]] = {}


def _weight_cache(weights: np.ndarray) -> Callable[[str, int], float]:
    """A cached key -> weight lookup for one weight vector (the shipped ones live as long as the process)."""
    found = _LOOKUPS.get(id(weights))
    if found is None:

        @functools.lru_cache(maxsize=400_000)
        def found(key: str, mask: int) -> float:
            return float(weights[bucket(key, mask)])

        found.weights = weights  # type: ignore[attr-defined]  # keeps the id valid
        _LOOKUPS[id(weights)] = found
    return found


def spans_from_scores(t: Tokens, probs: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Token ranges [a, b) of runs at or above the cut, bridged over one weak word inside a sentence and
    trimmed of punctuation at the edges."""
    runs: list[list[int]] = []
    for i, p in enumerate(probs):
        if p < threshold:
            continue
        if runs and runs[-1][1] >= i - 1 and t.sentence[runs[-1][0]] == t.sentence[i]:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    out = []
    for a, b in runs:
        while a < b and t.shapes[a] not in ("x", "X", "XX", "d"):
            a += 1
        while b > a and t.shapes[b - 1] not in ("x", "X", "XX", "d"):
            b -= 1
        if b > a:
            out.append((a, b))
    return out


# --- the span classifier -------------------------------------------------------------------------------


def _length_bucket(n: int) -> str:
    return next(str(cut) for cut in (1, 2, 3, 5, 9, 19, 10**9) if n <= cut)


class Repeats:
    """How often a word sequence occurs in the text (for Repetition), counted when asked."""

    def __init__(self, t: Tokens) -> None:
        self.words = t.words
        self.at: dict[str, list[int]] = {}
        for i, w in enumerate(t.words):
            self.at.setdefault(w, []).append(i)

    def count(self, key: tuple[str, ...]) -> int:
        n = len(key)
        return max(1, sum(1 for i in self.at.get(key[0], ()) if tuple(self.words[i : i + n]) == key))


def span_features(t: Tokens, a: int, b: int, counts: Repeats) -> list[str]:
    """The classifier's features of the token range [a, b)."""
    w = t.words
    inner = w[a:b]
    f = {f"u:{x}" for x in inner} | {f"st:{x[:5]}" for x in inner if len(x) > 5}
    f.update(f"bg:{x}|{y}" for x, y in itertools.pairwise(inner))
    f.update((f"first:{inner[0]}", f"last:{inner[-1]}", f"len:{_length_bucket(b - a)}"))
    f.update(f"L:{w[j]}" for j in range(max(0, a - 2), a))
    f.update(f"R:{w[j]}" for j in range(b, min(len(w), b + 2)))
    f.update(f"c:{c}" for j in range(a, b) for c in t.cues[j])
    f.update(f"S:{c}" for c in t.sentence_cues[t.sentence[a]])
    s = t.sentence[a]
    lo, hi, n = a, b, len(w)
    while lo > 0 and t.sentence[lo - 1] == s:
        lo -= 1
    while hi < n and t.sentence[hi] == s:
        hi += 1
    f.update(f"s:{x}" for x in w[lo:a] + w[b:hi])  # the rest of its sentence
    key = tuple(inner[:4])
    f.add(f"rep:{min(counts.count(key), 4)}")
    content = [x for x in inner if len(x) > 3]
    if content:
        f.add(f"repw:{min(max(counts.count((x,)) for x in content), 6)}")
    if all(t.quoted[j] for j in range(a, b)):
        f.add("quoted")
    if any(t.shapes[j] == "XX" for j in range(a, b)):
        f.add("caps")
    whole = lo == a and (hi == b or all(t.shapes[j] == "p" for j in range(b, hi)))
    f.add("whole" if whole else "part")
    if s == 0:
        f.add("title")  # the first line: headlines carry slogans and loaded words
    return sorted(f)


def span_logits(features: list[str], weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mask = weights.shape[0] - 1
    rows = [bucket(x, mask) for x in features]
    return bias + weights[rows].sum(axis=0) / math.sqrt(max(len(rows), 1))


def token_range(t: Tokens, start: int, end: int) -> tuple[int, int]:
    """The tokens [a, b) that a character span touches."""
    a = bisect_right(t.ends, start)
    b = bisect_left(t.starts, end, lo=a)
    return a, b


def span_probs(
    t: Tokens, ranges: list[tuple[int, int]], words: np.ndarray, sentences: np.ndarray, m: TechniqueModel
) -> np.ndarray:
    """The classifier's probabilities (techniques, then "none") of each token range."""
    if not ranges:
        return np.zeros((0, len(TECHNIQUES) + 1))
    counts = Repeats(t)
    sparse = np.array(
        [span_logits(span_features(t, a, b, counts), m.span_weights, m.span_bias) for a, b in ranges]
    )
    dense = span_rows_dense(t, ranges, words, sentences) @ m.span_head + m.span_head_bias
    return mixed_probs(sparse, dense, m.mix)


def tag(
    text: str,
    t: Tokens,
    m: TechniqueModel,
    within: Iterable[tuple[int, int]] | None = None,
    encodings: Encodings | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every token's P(inside a span), with the encoder's token and sentence vectors."""
    t.sentence_p = sentence_probs(t, m.sentence_weights, m.sentence_bias)
    words, sentences = encoded(text, t, m.layers, within, encodings)
    z = tag_rows(token_logits(t, m.token_weights, m.token_bias), t, words, sentences) @ m.tag_head
    return 1.0 / (1.0 + np.exp(-np.clip(z + m.tag_head_bias, -40.0, 40.0))), words, sentences


def classify(text: str, spans: Iterable[tuple[int, int]], t: Tokens | None = None) -> list[tuple[str, float]]:
    """The technique of each character span, with its probability (used on gold spans by the TC scorer)."""
    t = t if t is not None else tokenize(text)
    m = model()
    words, sentences = encoded(text, t, m.layers)
    ranges = [token_range(t, start, end) for start, end in spans]
    ok = [k for k, (a, b) in enumerate(ranges) if b > a]
    p = span_probs(t, [ranges[k] for k in ok], words, sentences, m)[:, : len(TECHNIQUES)]
    out = [(TECHNIQUES[0], 0.0)] * len(ranges)
    for k, row in zip(ok, p, strict=True):
        best = int(row.argmax())
        out[k] = (TECHNIQUES[best], float(row[best] / row.sum()))
    return out


# --- cue rules -------------------------------------------------------------------------------------------

# Cue classes whose phrases may name a technique by themselves ("under the guise of", "what about"), and
# which technique. Which rules are used was measured (`training/techniques.py`, see the model card).
CUE_TECHNIQUES = {
    "doubt": "Doubt",
    "whatabout": "Whataboutism,Straw_Men,Red_Herring",
    "causal": "Causal_Oversimplification",
    "black_white": "Black-and-White_Fallacy",
    "cliches": "Thought-terminating_Cliches",
    "bandwagon": "Bandwagon,Reductio_ad_hitlerum",
    "hitler": "Bandwagon,Reductio_ad_hitlerum",
    "slogans": "Slogans",
    "flag": "Flag-Waving",
    "fear": "Appeal_to_fear-prejudice",
    "authority": "Appeal_to_Authority",
}
_CLAUSE_ENDS = {",", ";", ":", ".", "!", "?", "(", ")", "—", "–"}


def cue_rule(cls: str, words: int) -> str:
    """A cue rule's name: the class for phrases of two words or more, "class/word" for single words."""
    return cls if words > 1 else f"{cls}/word"


CUE_RULES = tuple(cue_rule(c, n) for c in CUE_TECHNIQUES for n in (2, 1))


def cue_spans(t: Tokens, rules: Iterable[str]) -> list[tuple[int, int, str]]:
    """Token ranges of the cue phrases these rules take, each run on to the end of its clause (at most a
    dozen words past the cue), with the technique the class names."""
    wanted = set(rules)
    out = []
    for a, b, cls in t.phrases:
        if cls not in CUE_TECHNIQUES or cue_rule(cls, b - a) not in wanted:
            continue
        end = b
        while (
            end < len(t)
            and end - b < 12
            and t.sentence[end] == t.sentence[a]
            and t.words[end] not in _CLAUSE_ENDS
        ):
            end += 1
        out.append((a, end, CUE_TECHNIQUES[cls]))
    return out


def cue_labels(t: Tokens, a: int, b: int, rules: Iterable[str]) -> list[str]:
    """The techniques that the cue phrases of these rules inside the token range [a, b) name ("under the
    guise of" in a span makes it Doubt too)."""
    wanted = set(rules)
    named_by = [
        CUE_TECHNIQUES[cls]
        for lo, hi, cls in t.phrases
        if lo < b and a < hi and cls in CUE_TECHNIQUES and cue_rule(cls, hi - lo) in wanted
    ]
    return list(dict.fromkeys(named_by))


def span_techniques(
    t: Tokens, a: int, b: int, row: np.ndarray, second_cut: float, label_rules: Iterable[str]
) -> list[tuple[str, float]]:
    """The techniques a found span [a, b) is given, each with its share: the classifier's (`named`), then
    those its cue phrases name (`cue_labels`) at share 0.5. Training decodes with this too."""
    given = [(TECHNIQUES[k], share) for k, share in named(row, second_cut)]
    have = {x for x, _ in given}
    return given + [(x, 0.5) for x in cue_labels(t, a, b, label_rules) if x not in have]


# --- the analyzer --------------------------------------------------------------------------------------


def explain(technique: str, span: str) -> str:
    template = cues()[1].get(technique) or f'"{{span}}" reads as {technique.replace("_", " ")}'
    short = span if len(span) <= 60 else span[:57].rstrip() + "..."
    return template.replace("{span}", short.replace("\n", " "))


def find_techniques(
    text: str,
    scare_quotes: Iterable[tuple[int, int]] = (),
    within: Iterable[tuple[int, int]] | None = None,
    tokens: Tokens | None = None,
    encodings: Encodings | None = None,
) -> list[Technique]:
    """Technique spans of a text: the tagger's runs named by the classifier, and Doubt on scare quotes.
    `within` limits the spans to these character ranges (the story's sentences); `tokens`, when the caller
    has them, saves tokenizing again."""
    t = tokens if tokens is not None else tokenize(text)
    if not len(t):
        return []
    m = model()
    ranges = list(within) if within is not None else None
    probs, words, sentences = tag(text, t, m, ranges, encodings)
    found: list[Technique] = []

    def in_story(start: int, end: int) -> bool:
        return ranges is None or any(s <= start and end <= e for s, e in ranges)

    spans = [
        (a, b) for a, b in spans_from_scores(t, probs, m.threshold) if in_story(t.starts[a], t.ends[b - 1])
    ]
    for (a, b), p in zip(spans, span_probs(t, spans, words, sentences, m), strict=True):
        if p[-1] >= m.none_cut:  # the classifier reads it as no technique at all
            continue
        for technique, share in span_techniques(t, a, b, p, m.second_cut, m.cue_labels):
            confidence = float(probs[a:b].mean()) * share
            found.append(_technique(text, t.starts[a], t.ends[b - 1], technique, confidence))
    for a, b, technique in cue_spans(t, m.cue_rules):
        start, end = t.starts[a], t.ends[b - 1]
        if in_story(start, end) and not any(f.start < end and start < f.end for f in found):
            found.append(_technique(text, start, end, technique, 0.5))
    for start, end in scare_quotes:
        if not any(f.technique == "Doubt" and f.start <= start and end <= f.end for f in found):
            found.append(_technique(text, start, end, "Doubt", 0.6))
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _technique(text: str, start: int, end: int, technique: str, confidence: float) -> Technique:
    span = text[start:end]
    return Technique(
        start=start,
        end=end,
        text=span,
        confidence=round(min(max(confidence, 0.0), 1.0), 3),
        technique=technique,
        explanation=explain(technique, span),
    )


def run(parsed: Parsed) -> dict[str, object]:
    """The `techniques` analyzer: fills `techniques` over the story's sentences."""
    text = parsed.document.text
    body = [(s.start, s.end) for s in parsed.sentences if s.role in STORY_ROLES]
    scare = [(q.start, q.end) for q in parsed.sections.get("scare_quotes", [])]
    return {"techniques": find_techniques(text, scare, within=body, encodings=parsed.encodings)}
