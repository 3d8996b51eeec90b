"""Scoring target-dependent sentiment on NewsMTSC JSONL: one sentence per line (`sentence_normalized`)
with its targets (`targets[{from, to, mention, polarity}]`, polarity 2.0 / 4.0 / 6.0 for negative /
neutral / positive; `to` is exclusive)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from presslens.analyzers.sentiment import CLASSES
from presslens.errors import Rejected

POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}


@dataclass(frozen=True)
class Item:
    sentence: str
    spans: list[tuple[int, int]]
    labels: list[int]  # indices into CLASSES
    article: str  # the article the sentence comes from, for folds by article


def read_newsmtsc(path: Path) -> list[Item]:
    """The sentences of a NewsMTSC JSONL file. A line that is not a sentence with well-formed targets
    stops the read with its line number."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise Rejected(f"cannot read {path}: {exc.__class__.__name__}") from None
    items = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["sentence_normalized"]
            spans, labels = [], []
            for t in record["targets"]:
                start, end = int(t["from"]), int(t["to"])
                if not 0 <= start < end <= len(text):
                    raise ValueError("target outside the sentence")
                spans.append((start, end))
                labels.append(POLARITY[float(t["polarity"])])
        except (ValueError, KeyError, TypeError) as exc:
            raise Rejected(f"{path}:{n}: not a NewsMTSC record ({exc.__class__.__name__}: {exc})") from None
        gid = str(record.get("primary_gid", n))
        items.append(Item(text, spans, labels, "_".join(gid.split("_")[:3])))
    if not items:
        raise Rejected(f"{path} holds no NewsMTSC records")
    return items


def scores(gold: np.ndarray, pred: np.ndarray) -> dict[str, object]:
    """Macro-F1, accuracy, per-class F1 and the confusion table (gold by row, predicted by column)."""
    confusion = np.zeros((len(CLASSES), len(CLASSES)), dtype=int)
    np.add.at(confusion, (gold, pred), 1)
    per = {}
    for c, name in enumerate(CLASSES):
        tp = confusion[c, c]
        fp, fn = confusion[:, c].sum() - tp, confusion[c].sum() - tp
        per[name] = float(2 * tp / (2 * tp + fp + fn)) if tp + fp + fn else 0.0
    return {
        "macro_f1": float(np.mean(list(per.values()))),
        "accuracy": float(np.trace(confusion) / max(confusion.sum(), 1)),
        "per_class": per,
        "confusion": {
            g: dict(zip(CLASSES, map(int, row), strict=True))
            for g, row in zip(CLASSES, confusion, strict=True)
        },
        "n_targets": int(confusion.sum()),
    }


def rows_of(items: list[Item], layers: int, chunk: int = 256) -> np.ndarray:
    """The sentiment model's rows of every target, in order, each sentence encoded on its own."""
    from presslens.analyzers.sentiment import ROW_WIDTH, target_rows
    from presslens.encoder import encode

    out = [np.zeros((0, ROW_WIDTH), dtype=np.float32)]
    for k in range(0, len(items), chunk):
        part = items[k : k + chunk]
        for item, (hidden, offsets) in zip(part, encode([i.sentence for i in part], layers), strict=True):
            out.append(target_rows(item.sentence, hidden, offsets, item.spans))
    return np.vstack(out)


def evaluate_portrayal(path: Path) -> dict[str, object]:
    """The shipped sentiment model on every target of the file."""
    from presslens.analyzers.sentiment import model

    items = read_newsmtsc(path)
    started = time.perf_counter()
    m = model()
    pred = m.probs(rows_of(items, m.layers)).argmax(axis=1)
    gold = [label for item in items for label in item.labels]
    seconds = time.perf_counter() - started
    out = scores(np.array(gold), pred)
    out["sentences_per_s"] = round(len(items) / max(seconds, 1e-9), 1)
    return out
