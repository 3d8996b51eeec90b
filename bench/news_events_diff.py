"""The main events presslens codes on every real news line, saved to compare two versions of the coder.

Reads the NewsMTSC training sentences and the lines of the PTC training articles (longer than 40 characters)
from ../shared/datasets, deduplicated, and writes {line: [[type, sources, targets], ...]} as JSON: the main
events of each line (those not told in a subordinate clause of another), as `presslens eval events` codes
them. Run it on two versions of the code and ``--diff`` the two files to read every line whose events
changed: the way a rule change is checked against real news, where no gold coding exists.

    python bench/news_events_diff.py OUT.json [--limit N]
    python bench/news_events_diff.py --diff BEFORE.json AFTER.json

Every line is analysed as an article of 2018-06-01 (the lines run from 2014 to 2019).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATASETS = HERE.parent.parent / "shared" / "datasets"
DATE = "2018-06-01"


def news_lines() -> list[str]:
    """The deduplicated NewsMTSC sentences, then the PTC article lines, in file order."""
    lines: list[str] = []
    seen: set[str] = set()

    def add(text: str) -> None:
        if text and text not in seen:
            seen.add(text)
            lines.append(text)

    with open(DATASETS / "newsmtsc-train" / "train.jsonl", encoding="utf-8") as f:
        for row in f:
            add(json.loads(row)["sentence_normalized"].strip())
    for path in sorted((DATASETS / "ptc-train" / "train-articles").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.strip()) > 40:
                add(line.strip())
    return lines


def code(lines: list[str]) -> dict[str, list[list[object]]]:
    from presslens.eval.events import predicted_events
    from presslens.pipeline import analyze_many, to_document
    from presslens.settings import Settings

    settings = Settings()
    docs = (
        to_document(t, url=f"line-{i}", meta={"published": DATE}, settings=settings)
        for i, t in enumerate(lines)
    )
    return {
        text: [[e.type, sorted(e.sources), sorted(e.targets)] for e in predicted_events(analysis, "main")]
        for text, analysis in zip(lines, analyze_many(docs, settings=settings), strict=True)
    }


def diff(before: Path, after: Path) -> int:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    changed = [line for line in a if line in b and a[line] != b[line]]
    for n, line in enumerate(changed, 1):
        print(f"{n} | {line}\n   before {a[line]}\n   after  {b[line]}")
    print(f"{len(changed)} of {len(set(a) & set(b))} lines changed their main events")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, help="where to write the coded lines (JSON)")
    parser.add_argument("--limit", type=int, help="code only the first N lines")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"), help="compare two saves")
    args = parser.parse_args()
    if args.diff:
        missing = [str(p) for p in args.diff if not p.is_file()]
        if missing:
            print(f"error: no such file: {', '.join(missing)}", file=sys.stderr)
            return 2
        return diff(*args.diff)
    if args.out is None:
        parser.error("give OUT.json, or --diff BEFORE AFTER")
    if not (DATASETS / "newsmtsc-train").is_dir() or not (DATASETS / "ptc-train").is_dir():
        print(f"error: the NewsMTSC and PTC training sets are not under {DATASETS}", file=sys.stderr)
        return 2
    lines = news_lines()[: args.limit]
    args.out.write_text(json.dumps(code(lines)), encoding="utf-8")
    print(f"{len(lines)} lines coded into {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
