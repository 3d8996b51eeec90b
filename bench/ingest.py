"""Corpus ingest and store queries.

1. Generates a synthetic corpus (bench/corpus.py, no network) and ingests it with `presslens ingest`, with
   one worker and with two (`--workers`), each into a fresh store: wall seconds, articles/s, the speed-up,
   the peak resident memory of the largest process (a worker, when there are two) and the store's size.
   Then, on the last store: `presslens narratives` and each report, timed.
2. Builds a synthetic store of `--rows` articles (1M by default) with portrayals, events, techniques,
   actors and narratives in proportion, straight in SQL, and times each report query on it (best of three).

    python bench/ingest.py [--n 400] [--workers 1,2] [--keep DIR] [--rows 1000000] [--skip-ingest]
                           [--skip-queries]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLI = str(Path(sys.executable).parent / "presslens")


def measure(args: list[str]) -> None:
    """(child mode) Run the CLI and print its wall time and the peak RSS of the largest process it ran."""
    started = time.perf_counter()
    done = subprocess.run([CLI, *args], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # every waited-for descendant
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mib": peak_kib / 1024,
                "rc": done.returncode,
                "err": done.stderr[-400:],
            }
        )
    )


def ingest_runs(n: int, folder: Path, workers: list[int]) -> Path:
    sys.path.insert(0, str(HERE))
    from corpus import generate, write_jsonl

    corpus = folder / "corpus.jsonl"
    write_jsonl(corpus, generate(n))
    rates = {}
    for jobs in workers:
        db = folder / f"store-{jobs}.duckdb"
        out = subprocess.run(
            [sys.executable, __file__, "--measure", "ingest", str(corpus), "--db", str(db), "-j", str(jobs)],
            capture_output=True,
            text=True,
        )
        result = json.loads(out.stdout)
        if result["rc"] != 0:
            raise SystemExit(f"ingest failed: {result['err']}")
        rates[jobs] = n / result["seconds"]
        size = db.stat().st_size / 2**20
        print(
            f"workers {jobs}: {n} articles in {result['seconds']:.1f} s = {rates[jobs]:.2f} articles/s "
            f"(start-up included), peak RSS of the largest process {result['peak_mib']:.0f} MiB, "
            f"store {size:.1f} MiB",
            flush=True,
        )
    if 1 in rates and 2 in rates:
        print(f"speed-up with 2 workers: {rates[2] / rates[1]:.2f}", flush=True)
    return folder / f"store-{workers[-1]}.duckdb"


def corpus_commands(db: Path) -> None:
    """`presslens narratives` and each report on an ingested store, timed (CLI start-up included)."""
    commands = [
        ["narratives", "--db", str(db)],
        ["report", "actor", "RUS", "--db", str(db)],
        ["report", "relations", "RUS", "UKR", "--db", str(db)],
        ["report", "outlet", "Meridian Wire", "--db", str(db)],
        ["report", "narratives", "--db", str(db)],
    ]
    for args in commands:
        started = time.perf_counter()
        done = subprocess.run([CLI, *args], capture_output=True, text=True)
        seconds = time.perf_counter() - started
        tail = done.stderr.strip().splitlines()[-1][:120] if done.stderr.strip() else ""
        print(
            f"{seconds:7.2f} s  presslens {' '.join(args[:-2])}  (exit {done.returncode}) {tail}", flush=True
        )


def synthetic_store(path: Path, rows: int) -> None:
    """A store of `rows` articles with findings in the proportions of real runs, built in SQL."""
    from presslens.store import Store

    with Store(path) as store:
        db = store.db
        started = time.perf_counter()
        db.execute(
            f"""INSERT INTO articles SELECT 'a' || i, NULL, 'Outlet ' || (i % 50), 'Title ' || i,
                DATE '2018-01-01' + CAST(i % 2000 AS INTEGER), 'en',
                CASE WHEN i % 3 = 0 THEN 'opinion' ELSE 'reporting' END, (i % 21) - 10.0, 400 + i % 600,
                'text', '{{}}' FROM range({rows}) t(i)"""
        )
        actors = "['RUS','UKR','USA','CHN','NATO','EU','DEU','FRA','GBR','IRN']"
        db.execute(
            f"""INSERT INTO actors SELECT 'a' || i, {actors}[1 + (i + k) % 10], {actors}[1 + (i + k) % 10],
                'name', 'country', NULL, NULL, true, 1 + k FROM range({rows}) t(i), range(3) s(k)"""
        )
        db.execute(
            f"""INSERT INTO portrayals SELECT 'a' || i, {actors}[1 + (i + k) % 10],
                ['negative','neutral','positive'][1 + (i * 7 + k) % 3], ((i * 13 + k) % 200) / 100.0 - 1,
                0.8, 1 + k, 0.3 FROM range({rows}) t(i), range(3) s(k)"""
        )
        db.execute(
            f"""INSERT INTO events SELECT 'a' || i, k, 0, 4, 'talk', 0.8, 'CONSULT', NULL, '040',
                1 + (i + k) % 4, ((i + k) % 20) - 10.0, [{actors}[1 + i % 10]], [{actors}[1 + (i + 1) % 10]],
                'asserted', NULL, 'Sentence ' || i FROM range({rows}) t(i), range(2) s(k)"""
        )
        db.execute(
            f"""INSERT INTO techniques SELECT 'a' || i, k, 0, 4, 'word', 0.5,
                ['Loaded_Language','Doubt','Name_Calling,Labeling','Flag-Waving'][1 + (i + k) % 4], NULL
                FROM range({rows}) t(i), range(3) s(k)"""
        )
        db.execute(
            f"""INSERT INTO narratives SELECT i, 'Label ' || i, 2 + i % 9, 3 + i % 40,
                DATE '2018-01-01' + CAST(i % 2000 AS INTEGER), 'Outlet ' || (i % 50), 'a' || (i * 37 % {rows})
                FROM range({rows // 20}) t(i)"""
        )
        db.execute(
            f"""INSERT INTO narrative_claims SELECT i % {rows // 20}, 'a' || (i * 7919 % {rows}), 0, 0.7
                FROM range({rows // 2}) t(i)"""
        )
        db.execute("CHECKPOINT")
        counts = store.counts()
        print(
            f"synthetic store: {counts['articles']:,} articles, {counts['portrayals']:,} portrayals, "
            f"{counts['events']:,} events, {counts['techniques']:,} techniques, built in "
            f"{time.perf_counter() - started:.0f} s, {path.stat().st_size / 2**20:.0f} MiB",
            flush=True,
        )


def query_times(path: Path) -> None:
    from presslens.store import Store

    with Store(path, read_only=True) as store:
        queries = {
            "report actor RUS (portrayal per month and outlet)": lambda: store.portrayal_series("RUS"),
            "report actor RUS --outlet 'Outlet 7'": lambda: store.portrayal_series("RUS", "Outlet 7"),
            "report relations RUS UKR (events per month, both ways)": lambda: store.relations("RUS", "UKR"),
            "report outlet 'Outlet 7' (techniques, actors, genres)": lambda: store.outlet_profile("Outlet 7"),
            "report narratives (top 20, spread of the top 5)": lambda: (
                store.narrative_summary(),
                store.narrative_series(),
            ),
        }
        for name, run in queries.items():
            best = float("inf")
            for _ in range(3):
                started = time.perf_counter()
                run()
                best = min(best, time.perf_counter() - started)
            print(f"{best:7.3f} s  {name}", flush=True)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        measure(sys.argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="articles to ingest (the issue's run: 10000)")
    parser.add_argument("--rows", type=int, default=1_000_000, help="articles in the synthetic store")
    parser.add_argument("--workers", default="1,2", help="worker counts to ingest with, in order")
    parser.add_argument("--keep", type=Path, help="keep the corpus and stores in this folder")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-queries", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if not args.skip_ingest:
            corpus_commands(ingest_runs(args.n, folder, [int(w) for w in args.workers.split(",")]))
        if not args.skip_queries:
            synthetic_store(Path(tmp) / "synthetic.duckdb", args.rows)
            query_times(Path(tmp) / "synthetic.duckdb")
    return 0


if __name__ == "__main__":
    sys.exit(main())
