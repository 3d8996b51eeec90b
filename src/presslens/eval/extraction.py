"""Body-extraction quality on a folder laid out like the Zyte article-extraction benchmark.

The folder holds ``ground-truth.json`` ({id: {"articleBody": str, "url": str}}) and ``html/ID.html.gz``.
Each page is compared on sets of word 4-shingles. As upstream, the counts are summed over all pages before
precision = |pred ∩ true| / |pred| and recall = |pred ∩ true| / |true| are taken (micro average); the per-page
means (macro) are reported beside them, so one huge page cannot hide a string of failures.

Edge cases, applied identically to every extractor (they only matter for the macro figures):

* empty prediction, empty truth: P = R = 1 (nothing to find, nothing wrongly found);
* empty prediction, non-empty truth: P = R = 0. Precision is 0/0 here; counting it as 1 would let an
  extractor raise its mean precision by giving up on hard pages, so a failed page costs on both axes;
* non-empty prediction, empty truth: P = 0, R = 1 (everything returned is spurious).

A text shorter than ``n`` tokens, but not empty, counts as one shingle of all its tokens, so a very short
body is not mistaken for an empty one.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable
from pathlib import Path

from presslens.errors import Rejected

Extractor = Callable[[str, str | None], str]

_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; punctuation and whitespace only separate."""
    return _WORD.findall(text.lower())


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    """The set of ``n`` consecutive tokens of ``text`` (one shingle of all tokens if there are fewer)."""
    toks = tokens(text)
    if not toks:
        return set()
    if len(toks) < n:
        return {tuple(toks)}
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def counts(pred: str, truth: str) -> tuple[int, int, int]:
    """Shingles in common, in the prediction, and in the truth."""
    p_set, t_set = shingles(pred), shingles(truth)
    return len(p_set & t_set), len(p_set), len(t_set)


def score_pair(pred: str, truth: str) -> tuple[float, float]:
    """Precision and recall of one extracted body against its ground truth."""
    return score_pair_from_counts(*counts(pred, truth))


def read_page(path: Path) -> str:
    """Text of a gzipped page: UTF-8 (what the benchmark ships), else the charset a detector finds."""
    with gzip.open(path, "rb") as fh:
        raw = fh.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        return str(best) if best is not None else raw.decode("utf-8", errors="replace")


def load_benchmark(directory: Path) -> list[tuple[str, str | None, str, Path]]:
    """(id, url, truth, html path) for every page with both a ground truth and an HTML file, sorted by id."""
    directory = Path(directory)
    truth_file, html_dir = directory / "ground-truth.json", directory / "html"
    if not truth_file.is_file():
        raise Rejected("no ground-truth.json in the benchmark folder", source=str(directory))
    if not html_dir.is_dir():
        raise Rejected("no html/ folder in the benchmark folder", source=str(directory))
    try:
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise Rejected(f"unreadable ground-truth.json ({err})", source=str(directory)) from err
    pages = []
    for page_id in sorted(truth):
        path = html_dir / f"{page_id}.html.gz"
        if path.is_file():
            item = truth[page_id]
            pages.append((page_id, item.get("url"), item.get("articleBody") or "", path))
    if not pages:
        raise Rejected("no page of ground-truth.json has an html/ID.html.gz file", source=str(directory))
    return pages


def _presslens(html: str, url: str | None) -> str:
    from presslens.ingest.html import extract_html

    try:
        return extract_html(html, url=url).text
    except Rejected:
        return ""


def _bare_trafilatura(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def default_extractors() -> dict[str, Extractor]:
    return {"presslens": _presslens, "trafilatura": _bare_trafilatura}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summarize(page_counts: list[tuple[int, int, int]]) -> dict[str, float]:
    """Micro precision, recall and F1 (the benchmark's own), their per-page (macro) twins, page count."""
    common = sum(c for c, _, _ in page_counts)
    n_pred = sum(p for _, p, _ in page_counts)
    n_true = sum(t for _, _, t in page_counts)
    precision = common / n_pred if n_pred else 0.0
    recall = common / n_true if n_true else 0.0
    per_page = [score_pair_from_counts(*c) for c in page_counts]
    pages = len(per_page)
    macro_p = sum(p for p, _ in per_page) / pages if pages else 0.0
    macro_r = sum(r for _, r in per_page) / pages if pages else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "macro_precision": macro_p,
        "macro_recall": macro_r,
        "macro_f1": _f1(macro_p, macro_r),
        "pages": pages,
    }


def score_pair_from_counts(common: int, n_pred: int, n_true: int) -> tuple[float, float]:
    if not n_pred:
        return (1.0, 1.0) if not n_true else (0.0, 0.0)
    if not n_true:
        return 0.0, 1.0
    return common / n_pred, common / n_true


def evaluate_extraction(
    directory: Path, extractors: dict[str, Extractor] | None = None
) -> dict[str, dict[str, float]]:
    """{name: {"precision", "recall", "f1", "macro_*", "pages"}} for each extractor over the benchmark folder.

    An extractor takes (html text, url) and returns the body text. An exception in one extractor on one
    page counts as an empty prediction for that page.
    """
    pages = load_benchmark(directory)
    extractors = extractors if extractors is not None else default_extractors()
    found: dict[str, list[tuple[int, int, int]]] = {name: [] for name in extractors}
    for _page_id, url, truth, path in pages:
        html = read_page(path)
        for name, extract in extractors.items():
            try:
                pred = extract(html, url) or ""
            except Exception:  # an extractor crash is a miss on that page, not a failed evaluation
                pred = ""
            found[name].append(counts(pred, truth))
    return {name: summarize(values) for name, values in found.items()}
