"""Scoring genre and frames on SemEval-2023 Task 3 style labels: a TSV of `id<TAB>label(s)` beside the
articles (`article<id>.txt`), as in the PTC train folder's `genre-framing/`."""

from __future__ import annotations

from pathlib import Path

from presslens.errors import Rejected
from presslens.eval.techniques import article_files

GENRES = ("opinion", "reporting", "satire")


def read_labels(folder: Path, name: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Article texts and their labels, from `folder/genre-framing/<name>.tsv` (or `folder/<name>.tsv`) and
    the article files beside it (`article_files`)."""
    table = next(
        (p for p in (folder / "genre-framing" / f"{name}.tsv", folder / f"{name}.tsv") if p.is_file()), None
    )
    if table is None:
        raise Rejected(f"no {name}.tsv in {folder} or {folder / 'genre-framing'}")
    files = article_files(folder)
    texts: dict[str, str] = {}
    labels: dict[str, list[str]] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        art = parts[0].strip()
        if len(parts) >= 2 and art in files:
            texts[art] = files[art].read_text(encoding="utf-8")
            labels[art] = [x.strip() for x in parts[1].split(",") if x.strip()]
    if not texts:
        raise Rejected(f"none of the articles named in {table} were found under {folder}")
    return texts, labels


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def evaluate_genre(folder: Path) -> dict[str, object]:
    """Macro-F1 over the three genres (and accuracy) of the shipped genre model."""
    from presslens.analyzers.genre import classify
    from presslens.ingest.metadata import story_text

    texts, labels = read_labels(folder, "genre")
    gold, pred = [], []
    for art in sorted(texts):
        body = story_text(texts[art], keep=("heading",))
        gold.append(labels[art][0])
        pred.append(classify(body, [(0, len(body))])[0] if body.strip() else "reporting")
    per = {
        g: _f1(
            sum(p == t == g for p, t in zip(pred, gold, strict=True)),
            sum(p == g != t for p, t in zip(pred, gold, strict=True)),
            sum(t == g != p for p, t in zip(pred, gold, strict=True)),
        )
        for g in GENRES
    }
    return {
        "macro_f1": sum(per.values()) / len(per),
        "accuracy": sum(p == t for p, t in zip(pred, gold, strict=True)) / len(gold),
        "per_genre": per,
        "n_articles": len(gold),
    }


def evaluate_frames(folder: Path) -> dict[str, object]:
    """Micro- and macro-F1 of the shipped frame model over the 14 frames."""
    from presslens.analyzers.framing import FRAMES, model, probabilities
    from presslens.ingest.metadata import story_text

    _, _, cuts = model()
    texts, labels = read_labels(folder, "frames")
    counts = {f: [0, 0, 0] for f in FRAMES}  # tp, fp, fn
    for art in sorted(texts):
        p = probabilities(story_text(texts[art]))
        given = {f for k, f in enumerate(FRAMES) if p[k] >= cuts[k]}
        for f in FRAMES:
            gold = f in labels[art]
            counts[f][0] += f in given and gold
            counts[f][1] += f in given and not gold
            counts[f][2] += gold and f not in given
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    per = {f: _f1(*c) for f, c in counts.items()}
    return {
        "micro_f1": _f1(tp, fp, fn),
        "macro_f1": sum(per.values()) / len(per),
        "per_frame": per,
        "n_articles": len(texts),
    }
