"""Train the persuasion-technique tagger and classifier (`presslens.analyzers.techniques`) on ptc-train.

    python training/techniques.py [--datasets ../shared/datasets] [--folds 5] [--no-write]

Cross-validates by article (ids sorted, shuffled by random.Random(SEED), dealt into folds), prints SI, TC,
combined and per-technique figures, then fits on every article and writes `data/models/techniques.npz`,
`techniques.yaml` and the model card `techniques.md`. Deterministic: no random initialisation.
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from linear import (  # training/linear.py, beside this script
    fit_binary,
    fit_dense_binary,
    fit_dense_softmax,
    fit_softmax,
    sigmoid,
)

from presslens.analyzers.hashing import crc_bucket as _hash
from presslens.analyzers.techniques import (
    CUE_RULES,
    SENTENCE_BITS,
    SPAN_BITS,
    TECHNIQUES,
    TOKEN_BITS,
    Repeats,
    Tokens,
    cue_spans,
    encoded,
    mixed_probs,
    sentence_features,
    sentence_key,
    span_features,
    span_rows_dense,
    span_techniques,
    spans_from_scores,
    tag_rows,
    token_features,
    token_range,
    tokenize,
)
from presslens.eval.techniques import PTC, labelled_scores, read_ptc, si_scores

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "src" / "presslens" / "data" / "models"
SEED = 2020
TOKEN_L2 = 1e-5
SENTENCE_L2 = 1e-4
INNER_FOLDS = 4
POSITIVE_WEIGHT = 2.0  # tokens inside spans are about a fifth; this tilts the loss toward recall
SPAN_L2S = (3e-6,)  # earlier runs: TC 0.568 at 3e-6, 0.563 at 1e-5, 0.543 at 1e-4, about the same at 1e-6
# the encoder layer the heads read: on PTC the tag head alone scored SI 0.392 at layer 2, 0.399 at 3 and
# 0.381 at 6 (layer 3 runs at about twice the speed of all six)
LAYERS = 3
HEAD_L2 = 1e-2  # both encoder heads, on standardised columns
MIXES = (0.3, 0.5, 0.7)  # the span head's share of the classifier's log-probabilities, chosen on TC
THRESHOLDS = tuple(round(x, 3) for x in np.arange(0.20, 0.61, 0.05))
NONE_CUTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)  # 1.01: keep every span
# a runner-up technique's share from which a span gets it too (1.01: never), chosen on span-and-technique F1
SECOND_CUTS = (0.2, 0.3, 0.4, 0.5, 1.01)
NEGATIVE_CUT = 0.3  # the tagger's spans at this cut that touch no gold span teach the classifier "none"


@dataclass
class Article:
    id: str
    text: str
    tokens: Tokens
    inside: np.ndarray  # per token: 1 when it overlaps a gold SI span
    spans: list[tuple[int, int, str, int, int]]  # gold (start, end, technique, token a, token b)
    token_cols: list[np.ndarray]  # per token: hashed columns of its features (without the sentence's)
    sentence_cols: list[np.ndarray]  # per sentence: hashed columns of the sentence model's features
    sentence_y: np.ndarray  # per sentence: 1 when a gold span touches it
    span_cols: list[np.ndarray]  # per gold span: hashed columns of the classifier's features
    words: np.ndarray  # per token: the encoder's vector
    sentences: np.ndarray  # per sentence: the encoder's vector
    span_dense: np.ndarray  # per gold span: the span head's row


def span_rows(t: Tokens, ranges: Iterable[tuple[int, int]], counts: Repeats) -> list[np.ndarray]:
    """The hashed columns of the classifier's features of each token range."""
    mask = (1 << SPAN_BITS) - 1
    return [np.array([_hash(k, mask) for k in span_features(t, lo, hi, counts)]) for lo, hi in ranges]


def load(ptc: PTC) -> list[Article]:
    tmask, smask = (1 << TOKEN_BITS) - 1, (1 << SENTENCE_BITS) - 1
    out = []
    for art in ptc.ids:
        text = ptc.articles[art]
        t = tokenize(text)
        inside = np.zeros(len(t))
        for s, e in ptc.si.get(art, []):
            a, b = token_range(t, s, e)
            inside[a:b] = 1.0
        spans = []
        for s, e, tech in ptc.spans.get(art, []):
            a, b = token_range(t, s, e)
            if b > a and tech in TECHNIQUES:
                spans.append((s, e, tech, a, b))
        ranges = t.sentence_ranges()
        counts = Repeats(t)
        words, sentences = encoded(text, t, LAYERS)
        gold_ranges = [(a, b) for *_, a, b in spans]
        out.append(
            Article(
                art,
                text,
                t,
                inside,
                spans,
                [np.array([_hash(k, tmask) for k in token_features(t, i)]) for i in range(len(t))],
                [np.array([_hash(k, smask) for k in sentence_features(t, a, b)]) for a, b in ranges],
                np.array([float(inside[a:b].any()) for a, b in ranges]),
                span_rows(t, gold_ranges, counts),
                words,
                sentences,
                span_rows_dense(t, gold_ranges, words, sentences),
            )
        )
    return out


def folds_of(ids: list[str], k: int) -> dict[str, int]:
    order = sorted(ids)
    random.Random(SEED).shuffle(order)
    return {art: i % k for i, art in enumerate(order)}


# --- sparse matrices of hashed features ---------------------------------------------------------------


def stack(groups: list[np.ndarray], scaled: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(rows, columns, values) of rows given as arrays of hashed columns; `scaled` gives each row unit length."""
    lengths = np.array([len(g) for g in groups])
    rows = np.repeat(np.arange(len(groups)), lengths)
    cols = np.concatenate(groups) if groups else np.zeros(0, dtype=np.int64)
    vals = (1.0 / np.sqrt(np.maximum(lengths, 1)))[rows] if scaled else np.ones(len(cols))
    return rows, cols, vals


def fit_columns(
    groups: list[np.ndarray], y: np.ndarray, bits: int, l2: float, weight: np.ndarray | None = None
) -> tuple[np.ndarray, float]:
    """A binary model over hashed rows, its weights spread back over all 2**bits buckets."""
    rows, cols, vals = stack(groups, scaled=bits != TOKEN_BITS)
    used, inv = np.unique(cols, return_inverse=True)
    w, b = fit_binary(rows, inv, vals, y, np.ones(len(y)) if weight is None else weight, len(used), l2)
    full = np.zeros(1 << bits)
    full[used] = w
    return full, b


def logits(groups: list[np.ndarray], w: np.ndarray, b: float, scaled: bool) -> np.ndarray:
    rows, cols, vals = stack(groups, scaled)
    return np.bincount(rows, weights=vals * w[cols], minlength=len(groups)) + b


# --- the models ----------------------------------------------------------------------------------------


@dataclass
class Fitted:
    sentence_w: np.ndarray  # over all 2**SENTENCE_BITS buckets
    sentence_b: float
    token_w: np.ndarray  # over all 2**TOKEN_BITS buckets
    token_b: float


@dataclass
class Classifier:
    span_w: np.ndarray  # (2**SPAN_BITS, classes): the sparse softmax
    span_b: np.ndarray
    head_w: np.ndarray  # (SPAN_WIDTH, classes): the span head over the encoder's vectors
    head_b: np.ndarray

    def probs(self, groups: list[np.ndarray], dense: np.ndarray, mix: float) -> np.ndarray:
        """Probabilities (techniques, then "none") of rows given as hashed columns and span-head rows."""
        if not groups:
            return np.zeros((0, len(self.span_b)))
        rows, cols, vals = stack(groups, scaled=True)
        z = np.zeros((len(groups), len(self.span_b)))
        np.add.at(z, rows, vals[:, None] * self.span_w[cols])
        return mixed_probs(z + self.span_b, dense @ self.head_w + self.head_b, mix)

    def name(self, groups: list[np.ndarray], dense: np.ndarray, mix: float) -> list[str]:
        """The technique of each row (never "none": for gold spans)."""
        p = self.probs(groups, dense, mix)
        return [TECHNIQUES[k] for k in p[:, : len(TECHNIQUES)].argmax(axis=1)]


SP_COLS = [_hash(sentence_key((k + 0.5) / 10), (1 << TOKEN_BITS) - 1) for k in range(10)]


def fit_sentences(articles: list[Article]) -> tuple[np.ndarray, float]:
    groups = [g for a in articles for g in a.sentence_cols]
    y = np.concatenate([a.sentence_y for a in articles])
    return fit_columns(groups, y, SENTENCE_BITS, SENTENCE_L2)


def sentence_p(articles: list[Article], w: np.ndarray, b: float) -> list[np.ndarray]:
    return [sigmoid(logits(a.sentence_cols, w, b, scaled=True)) for a in articles]


def with_sentence(a: Article, p: np.ndarray) -> list[np.ndarray]:
    """The article's token rows with their sentence's probability feature added."""
    sent = a.tokens.sentence
    return [np.append(c, SP_COLS[min(int(p[sent[i]] * 10), 9)]) for i, c in enumerate(a.token_cols)]


def inner_sentence_p(articles: list[Article]) -> list[np.ndarray]:
    """Sentence probabilities for training the tagger: out-of-fold inside these articles."""
    inner = folds_of([a.id for a in articles], INNER_FOLDS)
    out: list[np.ndarray | None] = [None] * len(articles)
    for f in range(INNER_FOLDS):
        w, b = fit_sentences([a for a in articles if inner[a.id] != f])
        for k, a in enumerate(articles):
            if inner[a.id] == f:
                out[k] = sentence_p([a], w, b)[0]
    return [x for x in out if x is not None]


def fit_tagger(articles: list[Article]) -> Fitted:
    """The sentence model and the sparse tagger (the tag head and the classifier are fitted apart, on
    their out-of-fold outputs)."""
    sw, sb = fit_sentences(articles)
    ps = inner_sentence_p(articles)
    groups = [r for a, p in zip(articles, ps, strict=True) for r in with_sentence(a, p)]
    y = np.concatenate([a.inside for a in articles])
    tw, tb = fit_columns(groups, y, TOKEN_BITS, TOKEN_L2, np.where(y > 0, POSITIVE_WEIGHT, 1.0))
    return Fitted(sw, sb, tw, tb)


def token_probs(f: Fitted, a: Article) -> np.ndarray:
    p = sentence_p([a], f.sentence_w, f.sentence_b)[0]
    return sigmoid(logits(with_sentence(a, p), f.token_w, f.token_b, scaled=False))


def head_rows(a: Article, sparse: np.ndarray) -> np.ndarray:
    """The tag head's rows of an article, from the sparse tagger's probabilities."""
    p = np.clip(sparse, 1e-7, 1.0 - 1e-7)
    return tag_rows(np.log(p) - np.log1p(-p), a.tokens, a.words, a.sentences)


def fit_head(articles: list[Article], sparse: dict[str, np.ndarray]) -> tuple[np.ndarray, float]:
    """The tag head: logistic regression over the sparse tagger's out-of-fold logit and the encoder's
    vectors (stacking), with the tagger's weight on tokens inside spans."""
    x = np.vstack([head_rows(a, sparse[a.id]) for a in articles])
    y = np.concatenate([a.inside for a in articles])
    return fit_dense_binary(x, y, np.where(y > 0, POSITIVE_WEIGHT, 1.0), HEAD_L2)


def fit_classifier(
    articles: list[Article], span_l2: float, negatives: dict[str, tuple[list[np.ndarray], np.ndarray]]
) -> Classifier:
    """Softmax over the techniques plus "none", learnt from the gold spans and the tagger's wrong spans:
    one over hashed features, one (the span head) over the encoder's vectors."""
    groups = [g for a in articles for g in a.span_cols]
    dense = [a.span_dense for a in articles]
    labels = [TECHNIQUES.index(x[2]) for a in articles for x in a.spans]
    for a in articles:
        cols, rows = negatives.get(a.id, ([], np.zeros((0, a.span_dense.shape[1]))))
        groups += cols
        dense.append(rows)
        labels += [len(TECHNIQUES)] * len(cols)
    rows_, cols_, vals = stack(groups, scaled=True)
    used, inv = np.unique(cols_, return_inverse=True)
    y = np.array(labels)
    w, b = fit_softmax(rows_, inv, vals, y, len(TECHNIQUES) + 1, len(used), span_l2)
    full = np.zeros((1 << SPAN_BITS, len(TECHNIQUES) + 1))
    full[used] = w
    head_w, head_b = fit_dense_softmax(np.vstack(dense), y, len(TECHNIQUES) + 1, HEAD_L2)
    return Classifier(full, b, head_w, head_b)


def wrong_spans(a: Article, probs: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """Both rows of the tagger's candidate spans (at NEGATIVE_CUT) that touch no gold span."""
    wrong = [
        (lo, hi) for lo, hi in spans_from_scores(a.tokens, probs, NEGATIVE_CUT) if not a.inside[lo:hi].any()
    ]
    return span_rows(a.tokens, wrong, Repeats(a.tokens)), span_rows_dense(
        a.tokens, wrong, a.words, a.sentences
    )


def candidates(
    clf: Classifier, mix: float, a: Article, probs: np.ndarray, cut: float
) -> tuple[list[tuple[int, int]], np.ndarray]:
    """The tagger's spans at this cut and the classifier's probabilities for each."""
    ranges = spans_from_scores(a.tokens, probs, cut)
    groups = span_rows(a.tokens, ranges, Repeats(a.tokens))
    return ranges, clf.probs(groups, span_rows_dense(a.tokens, ranges, a.words, a.sentences), mix)


# --- cross-validation ----------------------------------------------------------------------------------


def out_of_fold(articles: list[Article], k: int, cache: Path | None) -> dict[str, np.ndarray]:
    """Every article's sparse-tagger probabilities from a tagger trained on the other folds (cached on
    disk when asked, so that the later stages can be re-tuned without refitting)."""
    if cache is not None and cache.exists():
        stored = np.load(cache)
        if set(stored.files) == {a.id for a in articles}:
            return {name: stored[name] for name in stored.files}
    fold = folds_of([a.id for a in articles], k)
    probs: dict[str, np.ndarray] = {}
    started = time.perf_counter()
    for f in range(k):
        tagger = fit_tagger([a for a in articles if fold[a.id] != f])
        for a in articles:
            if fold[a.id] == f:
                probs[a.id] = token_probs(tagger, a)
        print(f"  tagger fold {f + 1}/{k} done ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    if cache is not None:
        np.savez(cache, **probs)
    return probs


def head_out_of_fold(articles: list[Article], k: int, sparse: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Every article's final token probabilities: a tag head trained on the other folds' out-of-fold
    sparse logits."""
    fold = folds_of([a.id for a in articles], k)
    probs: dict[str, np.ndarray] = {}
    for f in range(k):
        w, b = fit_head([a for a in articles if fold[a.id] != f], sparse)
        for a in articles:
            if fold[a.id] == f:
                probs[a.id] = sigmoid(head_rows(a, sparse[a.id]) @ w + b)
    return probs


def cross_validate(
    articles: list[Article], k: int, probs: dict[str, np.ndarray], cache: Path | None = None
) -> dict[str, object]:
    """TC on gold spans; SI and span-and-technique from the out-of-fold tagger and a classifier trained on
    the other folds. The cut, the "none" cut, the mix and the cue-rule classes are chosen on the pooled
    out-of-fold predictions."""
    fold = folds_of([a.id for a in articles], k)
    gold_si = {a.id: [(s, e) for s, e, *_ in a.spans] for a in articles}
    gold_tc = {a.id: [(s, e, t) for s, e, t, *_ in a.spans] for a in articles}
    started = time.perf_counter()
    stage = cache.with_suffix(".spans.pkl") if cache is not None else None
    if stage is not None and stage.exists():
        with stage.open("rb") as fh:
            negatives_n, tc, best_mix, found, tc_per, seconds = pickle.load(fh)
    else:
        negatives_n, tc, best_mix, found, tc_per = classify_folds(articles, fold, probs)
        seconds = time.perf_counter() - started
        if stage is not None:
            with stage.open("wb") as fh:
                pickle.dump((negatives_n, tc, best_mix, found, tc_per, seconds), fh)
    return decode_and_score(articles, found, gold_si, gold_tc) | {
        "tc_by_mix": tc,
        "span_l2": SPAN_L2S[0],
        "mix": best_mix,
        "tc_micro_f1": tc[best_mix],
        "tc_per_technique": tc_per,
        "negatives": negatives_n,
        "seconds": seconds,
    }


def classify_folds(articles: list[Article], fold: dict[str, int], probs: dict[str, np.ndarray]) -> tuple:
    """Per fold, classifiers trained on the other folds (gold spans plus the tagger's wrong spans): TC on the
    gold spans by mix, and every article's candidate spans at every cut with their probabilities."""
    k = max(fold.values()) + 1
    started = time.perf_counter()
    negatives = {a.id: wrong_spans(a, probs[a.id]) for a in articles}
    classifiers: dict[int, Classifier] = {}
    mixes = (0.0, *MIXES)
    tc_right: dict[float, int] = dict.fromkeys(mixes, 0)
    for f in range(k):
        classifiers[f] = fit_classifier([a for a in articles if fold[a.id] != f], SPAN_L2S[0], negatives)
        for a in articles:
            if fold[a.id] == f:
                for mix in mixes:
                    given = classifiers[f].name(a.span_cols, a.span_dense, mix)
                    tc_right[mix] += sum(g == x[2] for g, x in zip(given, a.spans, strict=True))
        print(f"  classifier fold {f + 1}/{k} done ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    n_spans = sum(len(a.spans) for a in articles)
    tc = {mix: tc_right[mix] / n_spans for mix in mixes}
    best_mix = max(MIXES, key=lambda x: tc[x])
    found = {  # every article's candidates at every cut, with the classifier's probabilities
        (a.id, cut): candidates(classifiers[fold[a.id]], best_mix, a, probs[a.id], cut)
        for a in articles
        for cut in THRESHOLDS
    }
    tc_per = per_technique_tc(articles, classifiers, fold, best_mix)
    return sum(len(v[0]) for v in negatives.values()), tc, best_mix, found, tc_per


def decode_and_score(
    articles: list[Article],
    found: dict[tuple[str, float], tuple[list[tuple[int, int]], np.ndarray]],
    gold_si: dict[str, list[tuple[int, int]]],
    gold_tc: dict[str, list[tuple[int, int, str]]],
) -> dict[str, object]:
    def decode(
        cut: float,
        none_cut: float,
        rules: tuple[str, ...] = (),
        second: float = 1.01,
        labels: tuple[str, ...] = (),
    ) -> dict[str, list[tuple[int, int, str]]]:
        out = {}
        for a in articles:
            ranges, p = found[(a.id, cut)]
            kept = []
            for (lo, hi), row in zip(ranges, p, strict=True):
                if row[-1] >= none_cut:
                    continue
                kept += [(lo, hi, x) for x, _ in span_techniques(a.tokens, lo, hi, row, second, labels)]
            for lo, hi, tech in cue_spans(a.tokens, rules):
                if not any(x[0] < hi and lo < x[1] for x in kept):
                    kept.append((lo, hi, tech))
            out[a.id] = [(a.tokens.starts[lo], a.tokens.ends[hi - 1], tech) for lo, hi, tech in kept]
        return out

    def si_of(pred: dict[str, list[tuple[int, int, str]]]) -> dict[str, float]:
        return si_scores({i: [(s, e) for s, e, _ in v] for i, v in pred.items()}, gold_si)

    grid = {(cut, nc): si_of(decode(cut, nc))["f1"] for cut in THRESHOLDS for nc in NONE_CUTS}
    cut, none_cut = max(grid, key=lambda x: grid[x])
    plain = si_of(decode(max(THRESHOLDS, key=lambda c: grid[(c, 1.01)]), 1.01))
    base = decode(cut, none_cut)
    base_si, base_comb = si_of(base)["f1"], labelled_scores(base, gold_tc)["f1"]
    by_class = {}
    for cls in CUE_RULES:  # each cue rule on its own: kept when it helps both scores
        pred = decode(cut, none_cut, (cls,))
        by_class[cls] = (si_of(pred)["f1"] - base_si, labelled_scores(pred, gold_tc)["f1"] - base_comb)
    rules = tuple(c for c, (d_si, d_comb) in by_class.items() if d_si >= 0 and d_comb > 0)
    by_second = {x: labelled_scores(decode(cut, none_cut, rules, x), gold_tc)["f1"] for x in SECOND_CUTS}
    second = max(SECOND_CUTS, key=lambda x: by_second[x])
    with_second = by_second[second]
    by_label = {}  # each cue rule as a second label, on its own: kept when it helps span and technique
    for cls in CUE_RULES:
        by_label[cls] = (
            labelled_scores(decode(cut, none_cut, rules, second, (cls,)), gold_tc)["f1"] - with_second
        )
    labels = tuple(c for c, d in by_label.items() if d > 0)
    predicted = decode(cut, none_cut, rules, second, labels)
    return {
        "cue_labels": labels,
        "label_deltas": by_label,
        "second_cut": second,
        "combined_by_second": by_second,
        "si": si_of(predicted),
        "si_without_none": plain,
        "si_without_rules": si_of(base),
        "combined_without_rules": base_comb,
        "rules": rules,
        "rule_deltas": by_class,
        "combined": labelled_scores(predicted, gold_tc),
        "per_technique": {t: labelled_scores(predicted, gold_tc, t) for t in TECHNIQUES},
        "cut": float(cut),
        "none_cut": float(none_cut),
    }


def per_technique_tc(
    articles: list[Article], classifiers: dict[int, Classifier], fold: dict[str, int], mix: float
) -> dict[str, dict[str, float]]:
    """P/R/F1 of technique classification on the gold spans, per technique."""
    gold, pred = [], []
    for a in articles:
        gold += [x[2] for x in a.spans]
        pred += classifiers[fold[a.id]].name(a.span_cols, a.span_dense, mix)
    out = {}
    for t in TECHNIQUES:
        tp = sum(g == p == t for g, p in zip(gold, pred, strict=True))
        n_pred, n_gold = pred.count(t), gold.count(t)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        out[t] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "gold": n_gold}
    return out


# --- writing the model --------------------------------------------------------------------------------


def write(f: Fitted, head: tuple[np.ndarray, float], clf: Classifier, cv: dict[str, object], n: int) -> None:
    np.savez_compressed(
        MODELS / "techniques.npz",
        sentence=f.sentence_w.astype(np.float16),
        token=f.token_w.astype(np.float16),
        span=clf.span_w.astype(np.float16),
        tag_head=head[0].astype(np.float32),
        span_head=clf.head_w.astype(np.float32),
    )
    table = {
        "sentence_bias": round(float(f.sentence_b), 6),
        "token_bias": round(float(f.token_b), 6),
        "threshold": cv["cut"],
        "none_cut": cv["none_cut"],
        "cue_rules": list(cv["rules"]),
        "span_bias": [round(float(x), 6) for x in clf.span_b],
        "encoder_layers": LAYERS,
        "tag_head_bias": round(float(head[1]), 6),
        "span_head_bias": [round(float(x), 6) for x in clf.head_b],
        "mix": cv["mix"],
        "second_cut": cv["second_cut"],
        "cue_labels": list(cv["cue_labels"]),
        "head_l2": HEAD_L2,
        "classes": [*TECHNIQUES, "none"],
        "token_l2": TOKEN_L2,
        "sentence_l2": SENTENCE_L2,
        "positive_weight": POSITIVE_WEIGHT,
        "span_l2": cv["span_l2"],
        "articles": n,
        "seed": SEED,
    }
    (MODELS / "techniques.yaml").write_text(
        "# Written by training/techniques.py; see techniques.md.\n" + yaml.safe_dump(table, sort_keys=False),
        encoding="utf-8",
    )
    (MODELS / "techniques.md").write_text(card(cv, n), encoding="utf-8")


def card(cv: dict[str, object], n: int) -> str:
    cut, none_cut, span_l2 = cv["cut"], cv["none_cut"], cv["span_l2"]
    plain = cv["si_without_none"]
    si, comb = cv["si"], cv["combined"]
    per, tc_per = cv["per_technique"], cv["tc_per_technique"]
    rows = "\n".join(
        f"| {t} | {tc_per[t]['gold']} | {tc_per[t]['precision']:.3f} | {tc_per[t]['recall']:.3f} | {tc_per[t]['f1']:.3f} "
        f"| {per[t]['precision']:.3f} | {per[t]['recall']:.3f} | {per[t]['f1']:.3f} |"
        for t in TECHNIQUES
    )
    mixes = ", ".join(f"{k:g}: {v:.3f}" for k, v in cv["tc_by_mix"].items())
    deltas = "; ".join(f"{c} {a:+.4f} / {b:+.4f}" for c, (a, b) in cv["rule_deltas"].items())
    return f"""# Persuasion-technique model card

**What**: `presslens.analyzers.techniques`, three linear models over hashed features and two linear heads
over the shared encoder (`presslens.encoder`: layer {LAYERS} of 6 of the int8 all-MiniLM-L6-v2, run once per
sentence). A sentence model (logistic regression over
the sentence's words, word pairs, cue classes and length) gives each sentence P(holds a technique). A token
tagger (logistic regression over hashed features of each word: the word, its first five letters, two
neighbours each side, two bigrams, shapes, the cue classes of `data/lexicons/techniques.yaml` around it and in its sentence, inside
quotation marks, and its sentence's probability in tenths) marks the words inside persuasive spans; runs at
or above the cut ({cut}) become spans. The tagger learns from sentence probabilities that are out-of-fold
({INNER_FOLDS} inner folds), so it sees them as they will be on new text. A span classifier (softmax
regression over the span's words, their first five letters and bigrams, first and last word, length, two words of context each side,
the rest of its sentence, cue classes, how often its words recur in the article, quoted, capitals, whole
sentence or part, in the title) names the technique, or "none". The tag head (logistic regression over
the sparse tagger's out-of-fold logit, the token's encoder vector, its neighbours' and its sentence's) gives
the final P(inside); the span head (softmax over the span's mean vector, its first and last token's, its
sentence's and its log length) is mixed with the span classifier in log-probability (span head share
{cv["mix"]}). Both heads use L2 {HEAD_L2:g} on standardised columns. Besides the gold spans it learns from the tagger's
out-of-fold spans that touch no gold span ({cv["negatives"]} of them at cut {NEGATIVE_CUT}), and a span whose
"none" probability reaches {none_cut} is dropped. 2^{SENTENCE_BITS}, 2^{TOKEN_BITS} and 2^{SPAN_BITS} hashed buckets by CRC32; weights `techniques.npz` (float16),
`techniques.yaml`. At run time: numpy, and onnxruntime for the encoder. Rebuild: `python training/techniques.py`.

**Data**: the PTC train articles (`../shared/datasets/ptc-train`, SemEval-2020 Task 11), {n} articles; SI gold
from `train-task-si.labels`, technique spans from `train-task-flc-tc.labels`. The lexicon was written for
presslens without looking at this corpus.

**Cross-validation**: 5 folds by article (ids sorted, `random.Random({SEED})`): every article is tagged by
a tagger and classified by a classifier that never saw it. Three settings were chosen on these same pooled
out-of-fold predictions, so the figures are slightly optimistic: the tagger's cut and the "none" cut (grid
of {len(THRESHOLDS)} x {len(NONE_CUTS)}, best SI F1), and the span head's share (TC micro-F1 by share, 0 being the sparse classifier alone: {mixes}).
The sparse classifier's L2 is {span_l2:g}. A span also gets its runner-up technique when that one's share of
the technique probability reaches {cv["second_cut"]} (span-and-technique F1 by share:
{", ".join(f"{k:g}: {v:.3f}" for k, v in cv["combined_by_second"].items())}; 1.01 is never). A cue phrase
inside a found span gives it the technique its class names too, for the rules that raised span-and-technique
F1 alone: kept {", ".join(cv["cue_labels"]) or "none"} (changes: {"; ".join(f"{c} {d:+.4f}" for c, d in cv["label_deltas"].items())}). Without the "none" class (best cut alone) SI F1 is {plain["f1"]:.3f}.

**Cue rules**: a cue phrase of some lexicon classes ("under the guise of", "the only way") adds a span of its
own, run on to the end of its clause, where the models found none. Each class was tried alone, its
multi-word phrases and its single words ("/word") apart, on the out-of-fold predictions, and kept when it
raised both SI and span-and-technique F1: kept
{", ".join(cv["rules"]) or "none"}. Without them: SI F1 {cv["si_without_rules"]["f1"]:.3f}, span-and-technique F1
{cv["combined_without_rules"]:.3f}. Changes each class made alone (SI, span and technique):
{deltas}.
The tagger uses L2 {TOKEN_L2:g} and weight {POSITIVE_WEIGHT} on tokens inside spans, the sentence model L2
{SENTENCE_L2:g} (fixed, not searched).

| metric | presslens (5-fold CV) | SemEval-2020 winner (hidden test) | organisers' baseline |
|---|---|---|---|
| SI F1 (partial overlap) | **{si["f1"]:.3f}** (P {si["precision"]:.3f}, R {si["recall"]:.3f}) | 0.516 | 0.003 |
| TC micro-F1 on gold spans | **{cv["tc_micro_f1"]:.3f}** | 0.621 | 0.25 |
| span and technique F1 | {comb["f1"]:.3f} (P {comb["precision"]:.3f}, R {comb["recall"]:.3f}) | | |

Per technique: TC on gold spans, then span-and-technique with partial overlap on predicted spans.

| technique | gold spans | TC P | TC R | TC F1 | span P | span R | span F1 |
|---|---|---|---|---|---|---|---|
{rows}

Cross-validation took {cv["seconds"]:.0f} s on this 2-core machine.

**Limits**: linear models over words, a short window and a small encoder's view of each word in its
sentence: they find the short loaded and labelling phrases that make up most of the corpus and miss the long
clause-level techniques (causal oversimplification,
whataboutism, black-and-white) unless a cue word marks them. PTC spans are one annotator team's reading of
propaganda-heavy articles; a neutral wire report should get few spans, and the test suite checks it.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, default=ROOT.parent / "shared" / "datasets")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--cache", type=Path, help="keep the out-of-fold tagger scores here (npz) and reuse them"
    )
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles (a smoke test)")
    args = parser.parse_args(argv)
    ptc = read_ptc(args.datasets / "ptc-train")
    if args.limit:
        ptc.articles = {k: ptc.articles[k] for k in ptc.ids[: args.limit]}
    started = time.perf_counter()
    articles = load(ptc)
    print(f"{len(articles)} articles, {sum(len(a.tokens) for a in articles)} tokens", file=sys.stderr)
    sparse = out_of_fold(articles, args.folds, args.cache)
    probs = head_out_of_fold(articles, args.folds, sparse)
    print(f"tag head fitted out of fold ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    cv = cross_validate(articles, args.folds, probs, args.cache)
    si, comb = cv["si"], cv["combined"]
    print(
        f"SI P/R/F1 {si['precision']:.3f}/{si['recall']:.3f}/{si['f1']:.3f} (cut {cv['cut']}, none {cv['none_cut']})"
    )
    print(
        f"SI without the none class {cv['si_without_none']['f1']:.3f}; without rules {cv['si_without_rules']['f1']:.3f}"
    )
    print(f"rules kept {cv['rules']}; deltas (SI, combined) {cv['rule_deltas']}")
    print(f"TC micro-F1 {cv['tc_micro_f1']:.3f} (by mix: {cv['tc_by_mix']})")
    print(f"combined P/R/F1 {comb['precision']:.3f}/{comb['recall']:.3f}/{comb['f1']:.3f}")
    if args.no_write:
        return 0
    tagger = fit_tagger(articles)
    head = fit_head(articles, sparse)  # on the out-of-fold logits, as it will see new text
    negatives = {a.id: wrong_spans(a, probs[a.id]) for a in articles}  # out-of-fold candidates
    write(tagger, head, fit_classifier(articles, SPAN_L2S[0], negatives), cv, len(articles))
    print(
        f"wrote {MODELS / 'techniques.npz'} ({time.perf_counter() - started:.0f} s in all)", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
