"""Event coding on real news lines, against a blind hand coding.

`real-news-events.json` codes 240 lines of the NewsMTSC and PTC training sets (2014-2019 online news, mostly
US outlets) that name two or more countries or bodies of them: for each, the one event a CAMEO/PLOVER coder
would code (or "NONE"), with its source and target codes. Four coders, who saw neither presslens's output nor
its code, wrote it from the codebooks' categories alone; many lines are opinion, and several codings are
judgement calls (their notes say which). The lines themselves are not in the repository: they are read from
../shared/datasets by their dataset key (a NewsMTSC ``primary_gid``, or a PTC article file and line number).

    python bench/real_news_events.py [--show]

prints how many coded events presslens finds as the lead event of each line (type, then type and both sides),
as precision, recall and F1 over lines with an event; ``--show`` lists every line where the two differ.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATASETS = HERE.parent.parent / "shared" / "datasets"
CODINGS = HERE / "real-news-events.json"
DATE = "2018-06-01"  # the lines run from 2014 to 2019; who holds an office is read on this day


def _lines(codings: list[dict]) -> list[str]:
    """The text of each coded line, from the datasets."""
    mtsc: dict[str, str] = {}
    with open(DATASETS / "newsmtsc-train" / "train.jsonl", encoding="utf-8") as f:
        for row in f:
            item = json.loads(row)
            mtsc.setdefault(item["primary_gid"], item["sentence_normalized"])
    out = []
    for c in codings:
        if c["dataset"] == "newsmtsc":
            out.append(mtsc[c["key"]])
        else:
            path = DATASETS / "ptc-train" / "train-articles" / c["key"]
            out.append(path.read_text(encoding="utf-8").splitlines()[c["line"]].strip())
    return out


def _as_text(kind: str, sources: list[str], targets: list[str]) -> str:
    return "NONE" if kind == "NONE" else f"{kind} {sorted(set(sources))} {sorted(set(targets))}"


def _prf(right: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = right / predicted if predicted else 0.0
    r = right / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--show", action="store_true", help="list the lines where presslens and the coding differ"
    )
    args = parser.parse_args()
    if not (DATASETS / "newsmtsc-train").is_dir() or not (DATASETS / "ptc-train").is_dir():
        print(f"error: the NewsMTSC and PTC training sets are not under {DATASETS}", file=sys.stderr)
        return 2
    from presslens.eval.events import predicted_events
    from presslens.pipeline import analyze_many, to_document
    from presslens.settings import Settings

    codings = json.loads(CODINGS.read_text(encoding="utf-8"))
    texts = _lines(codings)
    settings = Settings()
    docs = [
        to_document(t, url=f"line-{c['n']}", meta={"published": DATE}, settings=settings)
        for c, t in zip(codings, texts, strict=True)
    ]
    gold_events = predicted = type_right = full_right = none_right = 0
    differ = []
    for c, text, analysis in zip(codings, texts, analyze_many(docs, settings=settings), strict=True):
        lead = predicted_events(analysis, "lead")
        mine = _as_text(lead[0].type, lead[0].sources, lead[0].targets) if lead else "NONE"
        theirs = _as_text(c["event"], c["source"], c["target"])
        kind_mine, kind_theirs = mine.split()[0], theirs.split()[0]
        gold_events += kind_theirs != "NONE"
        predicted += kind_mine != "NONE"
        type_right += kind_mine == kind_theirs != "NONE"
        full_right += mine == theirs and kind_theirs != "NONE"
        none_right += kind_mine == kind_theirs == "NONE"
        if mine != theirs:
            differ.append((c, text, theirs, mine))
    print(f"{len(codings)} lines: {gold_events} coded with an event, {predicted} with one found by presslens")
    print(f"both say no event: {none_right}")
    print("| | right | precision | recall | F1 |")
    print("|---|---|---|---|---|")
    for name, right in (("type", type_right), ("type and both sides", full_right)):
        p, r, f1 = _prf(right, predicted, gold_events)
        print(f"| {name} | {right} | {p:.3f} | {r:.3f} | {f1:.3f} |")
    if args.show:
        for c, text, theirs, mine in differ:
            print(f"\n{c['n']} {text}\n   coded     {theirs}  ({c['note']})\n   presslens {mine}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
