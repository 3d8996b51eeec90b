"""Check-worthiness on CLEF-2019 CheckThat! Task 1 and on ClaimBuster, with the fixed splits training obeys.

CLEF (debates and speeches, one TSV per file: line, speaker, text, label) is a ranking task: each file's
sentences are ranked by score and the official metric is the mean over files of average precision (AP = the
mean, over the file's check-worthy sentences, of the precision at the rank of each; 0 for a file without
one), beside the mean precision at 5, 10 and 20. As in the task's own scorer, equal scores keep file order.

ClaimBuster (``{sentence_id, label, text}``) is scored as classification: precision, recall and F1 of the
check-worthy class at the model's threshold, on the test part of a fixed split by ``sentence_id``.

The splits are constants here, and `training/checkworthy.py` imports them, so that training never sees
what these functions score:

* CLEF: the five files of ``CLEF_HELD_OUT`` (a seeded shuffle of the 19 training-file names,
  ``random.Random(2019).shuffle(sorted(names))``, first five; two primary debates and three speeches, no
  sentence of them in ClaimBuster);
* ClaimBuster: a sentence is in the test part when ``sha256("presslens-claimbuster-split:<id>")`` read as
  an integer is 0 mod 5 (about 20%); the rule needs no other row, so the split is the same for any copy
  or subset of the file.

Baselines: "has a number" scores 1 when a sentence holds a digit or a number word (``NUMBER_WORDS``, with
"percent"; "one" is left out, being mostly a pronoun) and 0 otherwise; ties are broken by sentence length
in words (longer first), then by position. "random" is the mean over ten seeded random rankings.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from presslens.errors import Rejected

Scorer = Callable[[list[str]], list[float]]

CLEF_HELD_OUT: tuple[str, ...] = (
    "20160209_msnbc_dem.tsv",
    "20160414_9dem.tsv",
    "20170601_paris_climate_n.tsv",
    "20170928_trump_tax.tsv",
    "20182601_trump_world.tsv",
)
CLEF_TRAINING: tuple[str, ...] = (
    "20160226_10_gop.tsv",
    "20160722_trump_acceptance.tsv",
    "20160926_1pres.tsv",
    "20161005_vice_pres.tsv",
    "20161010_2pres.tsv",
    "20161019_3pres.tsv",
    "20170216_trump_press.tsv",
    "20170228_trump_address.tsv",
    "20170315_nashville.tsv",
    "20180916_trump_miami.tsv",
    "20180926_un_press.tsv",
    "20181010_medicare.tsv",
    "20181112_trump_pelosi.tsv",
    "20190108_oval_office.tsv",
)
CLEF_SPLIT_SEED = 2019
CLAIMBUSTER_SPLIT_SALT = "presslens-claimbuster-split:"
CLAIMBUSTER_TEST_MODULUS = 5  # 1 in 5 sentence ids is test
RANDOM_SEEDS = tuple(range(10))
K_VALUES = (5, 10, 20)

_NUMBER_TEXT = (
    "zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousand thousands million millions billion billions trillion trillions dozen dozens percent"
)
NUMBER_WORDS = frozenset(_NUMBER_TEXT.split())
_WORD = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")


# --- the splits ----------------------------------------------------------------------------------------


def claimbuster_is_test(sentence_id: int) -> bool:
    """Whether a ClaimBuster sentence is in the fixed test part (about 20%)."""
    digest = hashlib.sha256(f"{CLAIMBUSTER_SPLIT_SALT}{int(sentence_id)}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % CLAIMBUSTER_TEST_MODULUS == 0


# --- the data ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    number: int
    speaker: str
    text: str
    label: int


def read_clef_file(path: Path) -> list[Line]:
    """The lines of one CLEF task-1 TSV (line number, speaker, text, label)."""
    out = []
    for k, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        parts = raw.split("\t")
        if len(parts) != 4 or not parts[0].strip().isdigit() or parts[3].strip() not in ("0", "1"):
            raise Rejected(f"line {k} is not 'line<TAB>speaker<TAB>text<TAB>0|1'", source=str(path))
        out.append(Line(int(parts[0]), parts[1].strip(), parts[2].strip(), int(parts[3])))
    return out


def clef_folder(directory: Path) -> Path:
    """The folder holding the TSV files: DIR itself, or DIR/training for the dataset's root folder."""
    directory = Path(directory)
    if not directory.is_dir():
        raise Rejected("not a folder", source=str(directory))
    if not any(directory.glob("*.tsv")) and (directory / "training").is_dir():
        directory = directory / "training"
    if not any(directory.glob("*.tsv")):
        raise Rejected("no .tsv files in the CLEF folder", source=str(directory))
    return directory


def load_clef(directory: Path, files: Iterable[str] | None = None) -> dict[str, list[Line]]:
    """{file name: lines} for the named files of the folder (all of its .tsv files if None)."""
    folder = clef_folder(directory)
    names = sorted(p.name for p in folder.glob("*.tsv")) if files is None else list(files)
    missing = [n for n in names if not (folder / n).is_file()]
    if missing:
        raise Rejected(f"CLEF files missing: {', '.join(missing)}", source=str(folder))
    return {name: read_clef_file(folder / name) for name in names}


def load_claimbuster(path: Path) -> list[tuple[int, int, str]]:
    """(sentence_id, label, text) of every item of a ClaimBuster JSON list."""
    path = Path(path)
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise Rejected("no such file", source=str(path)) from None
    except (OSError, ValueError) as err:
        raise Rejected(f"unreadable ClaimBuster JSON ({err})", source=str(path)) from err
    try:
        return [(int(d["sentence_id"]), int(d["label"]), str(d["text"])) for d in items]
    except (TypeError, KeyError, ValueError) as err:
        raise Rejected("expected a JSON list of {sentence_id, label, text}", source=str(path)) from err


# --- the metrics ---------------------------------------------------------------------------------------


def ranking(scores: Sequence[float], tie: Sequence[float] | None = None) -> list[int]:
    """Indices by score, highest first; equal scores by `tie` (highest first), then by position."""
    if tie is None:
        return sorted(range(len(scores)), key=lambda i: -scores[i])
    return sorted(range(len(scores)), key=lambda i: (-scores[i], -tie[i]))


def average_precision(ranked_labels: Sequence[int]) -> float:
    """AP of one ranked list of 0/1 labels: mean precision at each relevant rank (0 if none is relevant)."""
    hits, total = 0, 0.0
    for rank, label in enumerate(ranked_labels, start=1):
        if label:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def precision_at(ranked_labels: Sequence[int], k: int) -> float:
    """Share of relevant items among the first k (items missing from a short list count as misses)."""
    return sum(1 for label in ranked_labels[:k] if label) / k


def ranking_scores(ranked: Iterable[Sequence[int]]) -> dict[str, float]:
    """MAP and mean P@5/10/20 over ranked label lists (one per file), plus the file count."""
    lists = list(ranked)
    if not lists:
        raise Rejected("no files to score")
    out = {"map": sum(average_precision(r) for r in lists) / len(lists)}
    for k in K_VALUES:
        out[f"p_at_{k}"] = sum(precision_at(r, k) for r in lists) / len(lists)
    out["files"] = len(lists)
    return out


def classification_scores(gold: Sequence[int], pred: Sequence[bool]) -> dict[str, float]:
    """Precision, recall and F1 of the positive class, with the counts."""
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if p and not g)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "sentences": len(gold),
        "positives": sum(1 for g in gold if g),
    }


# --- the baselines -------------------------------------------------------------------------------------


def has_number(text: str) -> bool:
    """A digit, or a number word ("forty", "million", "percent" ...)."""
    return bool(_DIGIT.search(text)) or any(w.lower() in NUMBER_WORDS for w in _WORD.findall(text))


def n_words(text: str) -> int:
    return len(text.split())


# --- the evaluations -----------------------------------------------------------------------------------


def _default_scorer() -> Scorer:
    """What the claims analyzer reports: the trained model's score with the structural lift."""
    from presslens.analyzers.claims import checkworthiness

    return checkworthiness


def evaluate_clef(
    directory: Path, all_files: bool = False, scorer: Scorer | None = None
) -> dict[str, dict[str, float]]:
    """{system: {"map", "p_at_5", "p_at_10", "p_at_20", "files"}} for presslens, "has a number" and random,
    on the held-out files of the folder (every .tsv file with `all_files`)."""
    scorer = scorer or _default_scorer()
    data = load_clef(directory, None if all_files else CLEF_HELD_OUT)
    ours, numbers = [], []
    randoms: list[list[list[int]]] = [[] for _ in RANDOM_SEEDS]
    for name in sorted(data):
        lines = data[name]
        texts = [ln.text for ln in lines]
        labels = [ln.label for ln in lines]
        scores = scorer(texts)
        ours.append([labels[i] for i in ranking(scores)])
        flags = [float(has_number(t)) for t in texts]
        numbers.append([labels[i] for i in ranking(flags, tie=[n_words(t) for t in texts])])
        for slot, seed in zip(randoms, RANDOM_SEEDS, strict=True):
            rng = random.Random(f"{seed}:{name}")
            slot.append([labels[i] for i in ranking([rng.random() for _ in texts])])
    random_runs = [ranking_scores(r) for r in randoms]
    mean_random = {k: sum(run[k] for run in random_runs) / len(random_runs) for k in random_runs[0]}
    mean_random["files"] = len(data)
    return {
        "presslens": ranking_scores(ours),
        "has a number": ranking_scores(numbers),
        "random": mean_random,
    }


def claimbuster_test(path: Path) -> list[tuple[int, int, str]]:
    """The test part of the fixed ClaimBuster split."""
    rows = [r for r in load_claimbuster(path) if claimbuster_is_test(r[0])]
    if not rows:
        raise Rejected("no sentence of the file falls in the test split", source=str(path))
    return rows


def evaluate_claimbuster(
    path: Path, scorer: Scorer | None = None, threshold: float | None = None
) -> dict[str, dict[str, float]]:
    """{system: {"precision", "recall", "f1", "sentences", "positives"}} of the check-worthy class on the
    ClaimBuster test split, for presslens at its threshold and for "has a number"."""
    if scorer is None:
        from presslens.analyzers.checkworthy import load_model

        scorer = _default_scorer()
        threshold = load_model().threshold if threshold is None else threshold
    threshold = 0.5 if threshold is None else threshold
    rows = claimbuster_test(path)
    texts = [t for _, _, t in rows]
    gold = [label for _, label, _ in rows]
    scores = scorer(texts)
    return {
        "presslens": classification_scores(gold, [s >= threshold for s in scores]),
        "has a number": classification_scores(gold, [has_number(t) for t in texts]),
    }
