"""Scoring persuasion techniques on the Propaganda Techniques Corpus format (SemEval-2020 Task 11).

A PTC folder holds `*-articles/articleID.txt` and label files: TSV lines `id<TAB>technique<TAB>start<TAB>end`
(technique classification, TC) or `id<TAB>start<TAB>end` (span identification, SI), character offsets with
an exclusive end, either one file per article or one file for all.

Span identification follows the task's partial-overlap credit: spans are sets of character positions,
overlapping spans of one article are merged first, and
    P = 1/|S| sum_s sum_t |s & t| / |s|,   R = 1/|T| sum_t sum_s |s & t| / |t|
over predicted spans S and gold spans T of the same article. The combined score gives the same credit
only where the techniques agree (the span-and-technique metric of the 2019 fragment-level task), and the
per-technique table restricts both sides to one technique. Technique classification is micro-F1 over the
gold spans, each given one predicted technique (so it equals accuracy).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from presslens.errors import Rejected

Spans = dict[str, list[tuple[int, int]]]  # article id -> [(start, end)]
Labelled = dict[str, list[tuple[int, int, str]]]  # article id -> [(start, end, technique)]

_ARTICLE = re.compile(r"article(\d+)\.txt$")


@dataclass
class PTC:
    articles: dict[str, str]  # id -> text
    spans: Labelled  # the technique spans (TC labels); empty when the folder has SI labels only
    si: Spans  # the span-identification gold: the SI labels, or the TC spans merged

    @property
    def ids(self) -> list[str]:
        return sorted(self.articles)


def article_files(folder: Path) -> dict[str, Path]:
    """Article id -> its `articleID.txt`, in the folder's `*-articles` folders, else in the folder itself."""
    paths = sorted(folder.glob("*articles*/article*.txt")) or sorted(folder.glob("article*.txt"))
    return {m.group(1): path for path in paths if (m := _ARTICLE.search(path.name))}


def read_ptc(folder: Path) -> PTC:
    """A PTC folder: its articles and whichever label files it has."""
    if not folder.is_dir():
        raise Rejected(f"{folder} is not a folder")
    articles = {art: path.read_text(encoding="utf-8") for art, path in article_files(folder).items()}
    if not articles:
        raise Rejected(f"no article*.txt files found in {folder} or its *-articles folder")
    tc: Labelled = defaultdict(list)
    si: Spans = defaultdict(list)
    label_files = [p for p in sorted(folder.rglob("*.labels")) if p.is_file()]
    # one combined file per task is preferred over the per-article copies of the same lines
    combined = [p for p in label_files if not p.name.startswith("article")]
    for path in combined or label_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 4 and parts[0] in articles:
                tc[parts[0]].append((int(parts[2]), int(parts[3]), parts[1]))
            elif len(parts) == 3 and parts[0] in articles:
                si[parts[0]].append((int(parts[1]), int(parts[2])))
    if not si:
        si = {k: [(s, e) for s, e, _ in v] for k, v in tc.items()}
    if not tc and not si:
        raise Rejected(f"no label lines for the articles in {folder}")
    return PTC(articles, dict(tc), {k: merge(v) for k, v in si.items()})


def merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans joined."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _prf(p_sum: float, p_n: int, r_sum: float, r_n: int) -> dict[str, float]:
    p = p_sum / p_n if p_n else 0.0
    r = r_sum / r_n if r_n else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "predicted": p_n, "gold": r_n}


def si_scores(predicted: Spans, gold: Spans) -> dict[str, float]:
    """Span identification with partial-overlap credit; both sides merged per article."""
    p_sum = r_sum = 0.0
    p_n = r_n = 0
    for art in set(predicted) | set(gold):
        s_spans, t_spans = merge(predicted.get(art, [])), merge(gold.get(art, []))
        p_n += len(s_spans)
        r_n += len(t_spans)
        for s in s_spans:
            p_sum += sum(_overlap(s, t) for t in t_spans) / (s[1] - s[0])
        for t in t_spans:
            r_sum += sum(_overlap(s, t) for s in s_spans) / (t[1] - t[0])
    return _prf(p_sum, p_n, r_sum, r_n)


def labelled_scores(predicted: Labelled, gold: Labelled, technique: str | None = None) -> dict[str, float]:
    """Partial-overlap credit where the techniques agree; one technique only when given."""
    p_sum = r_sum = 0.0
    p_n = r_n = 0
    for art in set(predicted) | set(gold):
        s_spans = [x for x in predicted.get(art, []) if technique in (None, x[2]) and x[1] > x[0]]
        t_spans = [x for x in gold.get(art, []) if technique in (None, x[2]) and x[1] > x[0]]
        p_n += len(s_spans)
        r_n += len(t_spans)
        for s in s_spans:
            p_sum += min(1.0, sum(_overlap(s[:2], t[:2]) for t in t_spans if t[2] == s[2]) / (s[1] - s[0]))
        for t in t_spans:
            r_sum += min(1.0, sum(_overlap(s[:2], t[:2]) for s in s_spans if s[2] == t[2]) / (t[1] - t[0]))
    return _prf(p_sum, p_n, r_sum, r_n)


def tc_micro_f1(predicted: list[str], gold: list[str]) -> float:
    """Micro-F1 of one predicted technique per gold span: the share named right."""
    if not gold:
        return 0.0
    return sum(p == g for p, g in zip(predicted, gold, strict=True)) / len(gold)


def score(
    predicted: Labelled, classified: Labelled, ptc: PTC, techniques: Iterable[str]
) -> dict[str, object]:
    """All figures: SI from the predicted spans, TC from the techniques given to the gold spans
    (`classified`, in the same order as `ptc.spans`), combined and per technique."""
    si = si_scores({k: [(s, e) for s, e, _ in v] for k, v in predicted.items()}, ptc.si)
    gold_labels = [t for art in ptc.ids for _, _, t in ptc.spans.get(art, [])]
    given = [t for art in ptc.ids for _, _, t in classified.get(art, [])]
    combined = labelled_scores(predicted, ptc.spans)
    per = {t: labelled_scores(predicted, ptc.spans, t) for t in techniques}
    return {
        "si_precision": si["precision"],
        "si_recall": si["recall"],
        "si_f1": si["f1"],
        "tc_micro_f1": tc_micro_f1(given, gold_labels) if len(given) == len(gold_labels) else 0.0,
        "combined_f1": combined["f1"],
        "per_technique": per,
        "n_articles": len(ptc.articles),
        "n_gold_spans": len(gold_labels),
        "n_predicted_spans": sum(len(v) for v in predicted.values()),
    }


def evaluate_techniques(folder: Path) -> dict[str, object]:
    """The technique model on every article of a PTC folder: its spans (SI, combined, per technique) and
    its technique for each gold span (TC). It reads each article's text as given, so offsets match."""
    import time

    from presslens.analyzers.techniques import TECHNIQUES, classify, find_techniques, tokenize

    ptc = read_ptc(folder)
    predicted: Labelled = {}
    classified: Labelled = {}
    started = time.perf_counter()
    for art in ptc.ids:
        text = ptc.articles[art]
        tokens = tokenize(text)
        predicted[art] = [(f.start, f.end, f.technique) for f in find_techniques(text, tokens=tokens)]
        gold = ptc.spans.get(art, [])
        named = classify(text, [(s, e) for s, e, _ in gold], tokens)
        classified[art] = [(s, e, t) for (s, e, _), (t, _) in zip(gold, named, strict=True)]
    result = score(predicted, classified, ptc, TECHNIQUES)
    result["articles_per_s"] = len(ptc.articles) / max(time.perf_counter() - started, 1e-9)
    return result
