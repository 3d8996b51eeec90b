"""The corpus store and `presslens ingest`: idempotent, resumable after kill -9, rows that match the analyses,
bad records reported, CSV corpora, query and export."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from presslens.errors import Rejected
from presslens.store import STORE_VERSION, Store
from presslens.store.rows import FINDINGS

ROOT = Path(__file__).resolve().parents[1]
CLI = str(Path(sys.executable).parent / "presslens")


@pytest.fixture(scope="module")
def two(analyze):
    return [
        analyze((ROOT / "examples" / "baltic-grain-talks.md").read_text(encoding="utf-8")),
        analyze((ROOT / "tests" / "fixtures" / "portrayal" / "neutral-wire.txt").read_text(encoding="utf-8")),
    ]


def _corpus(path: Path, n: int) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate, write_jsonl

    write_jsonl(path, generate(n, seed=7))
    return path


def _findings_match(store: Store) -> None:
    """Every stored article has exactly the findings its stored analysis holds."""
    _, articles = store.query("SELECT id, analysis FROM articles")
    for article_id, record in articles:
        analysis = json.loads(record)
        for table in FINDINGS:
            _, rows = store.query(f"SELECT count(*) FROM {table} WHERE article_id = '{article_id}'")
            assert rows[0][0] == len(analysis[table]), (article_id, table)


def test_add_is_idempotent_and_rows_match(tmp_path, two):
    with Store(tmp_path / "c.duckdb") as store:
        assert store.add([*two, two[0]]) == 2
        assert store.add(two) == 0
        counts = store.counts()
        assert counts["articles"] == 2
        assert counts["events"] == len(two[0].events) + len(two[1].events) > 0
        assert counts["portrayals"] == len(two[0].portrayals) + len(two[1].portrayals) > 0
        _findings_match(store)
        _, rows = store.query(
            "SELECT e.text, substr(a.text, e.start + 1, e.end - e.start) FROM events e "
            "JOIN articles a ON a.id = e.article_id"
        )
        assert rows and all(t == s for t, s in rows)  # every span points back into its article


def test_reopen_and_read_only(tmp_path, two):
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store.add(two[:1])
    with Store(path, read_only=True) as store:
        assert store.counts()["articles"] == 1
        with pytest.raises(Rejected, match="query failed"):
            store.query("SELECT * FROM no_such_table")
    with pytest.raises(Rejected, match="no such store"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_a_newer_store_is_refused(tmp_path, two):
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store.db.execute("UPDATE meta SET value = ? WHERE key = 'store_version'", [str(STORE_VERSION + 1)])
    with pytest.raises(Rejected, match="newer presslens"):
        Store(path)


def test_export_parquet_and_jsonl(tmp_path, two):
    import duckdb

    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store.add(two)
        written = store.export_parquet(tmp_path / "parquet")
        assert store.export_jsonl(tmp_path / "all.jsonl") == 2
    events = duckdb.connect().execute(f"SELECT count(*) FROM '{written['events']}'").fetchall()[0][0]
    assert events == len(two[0].events) + len(two[1].events)
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["id"] for line in lines} == {a.id for a in two}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=600)


def test_ingest_twice_adds_nothing_and_reports_bad_records(tmp_path):
    corpus = _corpus(tmp_path / "c.jsonl", 6)
    with corpus.open("a", encoding="utf-8") as fh:
        fh.write("{broken\n")
    (tmp_path / "rows.csv").write_text(
        'headline,body,outlet\n"Talks in Oslo","Norway and Sweden agreed on Tuesday to share fishing data.",'
        'Nordic Wire\n"Empty","",Nordic Wire\n',
        encoding="utf-8",
    )
    db = str(tmp_path / "store.duckdb")
    first = _run("ingest", str(corpus), str(tmp_path / "rows.csv"), "--db", db, "-j", "1")
    assert first.returncode == 2, first.stderr
    assert "7 added" in first.stderr
    assert f"{corpus}:7: not valid JSON" in first.stderr and "rows.csv:3" in first.stderr
    assert "Traceback" not in first.stderr
    second = _run("ingest", str(corpus), str(tmp_path / "rows.csv"), "--db", db, "-j", "1")
    assert "0 added, 7 already stored" in second.stderr
    with Store(db, read_only=True) as store:
        _, rows = store.query("SELECT outlet FROM articles WHERE text LIKE '%fishing data%'")
        assert rows == [("Nordic Wire",)]


def test_ingest_killed_mid_run_resumes_with_every_article_once(tmp_path):
    corpus = _corpus(tmp_path / "c.jsonl", 16)
    db = str(tmp_path / "store.duckdb")
    run = subprocess.Popen(
        [CLI, "ingest", str(corpus), "--db", db, "-j", "1", "--batch", "4"],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert run.stderr is not None
    for line in run.stderr:  # kill it once a batch or two is stored, mid-way through the next
        if line.startswith("stored ") and int(line.split()[1]) >= 4:
            os.kill(run.pid, signal.SIGKILL)
            break
    run.wait(timeout=600)
    assert run.returncode == -signal.SIGKILL
    with Store(db, read_only=True) as store:
        partial = store.counts()["articles"]
    assert 4 <= partial < 16
    again = _run("ingest", str(corpus), "--db", db, "-j", "1")
    assert again.returncode == 0, again.stderr
    assert f"{16 - partial} added, {partial} already stored" in again.stderr
    with Store(db, read_only=True) as store:
        _, rows = store.query("SELECT count(*), count(DISTINCT id) FROM articles")
        assert rows == [(16, 16)]
        _findings_match(store)


def test_two_workers_store_the_same_rows(tmp_path):
    corpus = _corpus(tmp_path / "c.jsonl", 6)
    counts = []
    for jobs in ("1", "2"):
        db = str(tmp_path / f"store-{jobs}.duckdb")
        done = _run("ingest", str(corpus), "--db", db, "-j", jobs)
        assert done.returncode == 0, done.stderr
        with Store(db, read_only=True) as store:
            counts.append(store.counts())
            _, ids = store.query("SELECT id FROM articles ORDER BY id")
        counts[-1]["ids"] = ids  # type: ignore[assignment]
    assert counts[0] == counts[1]


def test_query_and_export_cli(tmp_path, two):
    db = tmp_path / "c.duckdb"
    with Store(db) as store:
        store.add(two)
    out = _run("query", "SELECT count(*) AS n FROM articles", "--db", str(db), "-f", "json")
    assert out.returncode == 0 and json.loads(out.stdout) == {"n": 2}
    bad = _run("query", "SELEC nonsense", "--db", str(db))
    assert bad.returncode == 2 and bad.stderr.startswith("presslens: error: query failed")
    assert len(bad.stderr.strip().splitlines()) == 1
    exported = _run("export", "--db", str(db), "--parquet", str(tmp_path / "pq"))
    assert exported.returncode == 0 and (tmp_path / "pq" / "portrayals.parquet").exists()


def test_report_queries(tmp_path, two):
    with Store(tmp_path / "c.duckdb") as store:
        store.add(two)
        assert store.actor_ids("Russia") == store.actor_ids("RUS") == ["RUS"]
        columns, rows = store.portrayal_series("Russia", period="year")
        assert columns[:3] == ["period", "outlet", "articles"] and sum(r[2] for r in rows) == 2
        columns, rows = store.relations("RUS", "UKR")
        assert rows and {r[1] for r in rows} <= {"a->b", "b->a"} and all(r[2] == r[3] + r[4] for r in rows)
        outlet = two[0].meta.outlet
        profile = store.outlet_profile(outlet)
        assert set(profile) == {"techniques", "actors", "genres"}
        assert profile["actors"][1] and profile["genres"][1][0][1] == 1
        with pytest.raises(Rejected, match="unknown period"):
            store.portrayal_series("RUS", period="fortnight")


def test_report_cli(tmp_path, two):
    db = tmp_path / "c.duckdb"
    with Store(db) as store:
        store.add(two)
    out = _run("report", "relations", "Russia", "Ukraine", "--db", str(db))
    assert out.returncode == 0 and ("a->b" in out.stdout or "b->a" in out.stdout)
    missing = _run("report", "actor", "Atlantis", "--db", str(db))
    assert missing.returncode == 2 and "no actor 'Atlantis'" in missing.stderr


STORY = (
    "Fishing ministers from Norway and Sweden met in Oslo on Tuesday and agreed to share catch data from the "
    "Skagerrak every month, officials said.\n\nThe deal follows two years of talks over falling cod stocks. "
    "Scientists have warned that the stocks could collapse without closer cooperation.\n\nThe first exchange "
    "is due in May, and the ministers will meet again in the autumn to review it."
)


def test_near_copies_are_grouped_with_the_earliest_as_origin():
    from datetime import date

    from presslens.corpus.syndication import find_copies

    paragraphs = STORY.split("\n\n")
    reordered = "\n\n".join(reversed(paragraphs))
    edited = STORY.replace("Tuesday", "Wednesday").replace("officials said", "a spokesman said")
    other = (
        "Heavy rain flooded streets in Lisbon on Monday, and the city closed two metro lines while crews "
        "pumped out the stations.\n\nForecasters expect more storms this week across southern Portugal."
    )
    copies = find_copies(
        [
            ("late", reordered, date(2023, 3, 16)),
            ("first", STORY, date(2023, 3, 14)),
            ("edited", edited, date(2023, 3, 15)),
            ("other", other, date(2023, 3, 14)),
        ]
    )
    assert {(c.article_id, c.origin) for c in copies} == {
        ("first", "first"),
        ("edited", "first"),
        ("late", "first"),
    }
    assert next(c.similarity for c in copies if c.article_id == "first") == 1.0


def test_dedup_cli_and_the_store_migration(tmp_path, two):
    db = tmp_path / "c.duckdb"
    with Store(db) as store:
        store.add(two)
        # a store as version 1 wrote it: no copies, no claim vectors or narratives
        for table in ("copies", "claim_vectors", "narratives", "narrative_claims"):
            store.db.execute(f"DROP TABLE {table}")
        store.db.execute("UPDATE meta SET value = '1' WHERE key = 'store_version'")
    with Store(db) as store:
        counts = store.counts()
        assert counts["copies"] == counts["narratives"] == counts["claim_vectors"] == 0
        _, version = store.query("SELECT value FROM meta WHERE key = 'store_version'")
        assert version == [(str(STORE_VERSION),)]
    done = _run("dedup", "--db", str(db))
    assert done.returncode == 0 and "0 groups of near-copies holding 0 of 2 articles" in done.stderr


def test_dask_engine_on_a_local_cluster_stores_the_same_rows(tmp_path):
    pytest.importorskip("dask.distributed", reason="the dask engine needs dask[distributed] (a dependency)")
    from dask.distributed import LocalCluster

    from presslens.corpus.ingest import ingest

    corpus = _corpus(tmp_path / "c.jsonl", 6)
    local = ingest([str(corpus)], tmp_path / "local.duckdb", workers=1)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = ingest(
            [str(corpus)], tmp_path / "dask.duckdb", engine="dask", scheduler=cluster.scheduler_address
        )
    assert local.added == on_dask.added == 6
    tables = {}
    for name in ("local", "dask"):
        with Store(tmp_path / f"{name}.duckdb", read_only=True) as store:
            tables[name] = {
                t: store.query(f"SELECT * EXCLUDE (article_id) FROM {t} ORDER BY ALL")[1]
                if t != "articles"
                else store.query("SELECT id, text FROM articles ORDER BY id")[1]
                for t in ("articles", "mentions", "events", "portrayals", "techniques")
            }
    assert tables["local"] == tables["dask"]


def test_a_corpus_larger_than_the_read_ahead_window_is_streamed(tmp_path, monkeypatch):
    from presslens.corpus import ingest as corpus_ingest

    corpus = _corpus(tmp_path / "c.jsonl", 7)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    corpus.write_text("\n".join([*lines, lines[0], lines[5]]) + "\n", encoding="utf-8")  # two repeats
    monkeypatch.setattr(corpus_ingest, "WINDOW", 3)
    totals: list[int] = []
    db = tmp_path / "s.duckdb"
    summary = corpus_ingest.ingest([str(corpus)], db, on_batch=lambda s, total: totals.append(total), batch=2)
    assert (summary.read, summary.added, summary.repeated, summary.queued) == (9, 7, 2, 7)
    assert totals[0] == 3 and totals[-1] == 7 and totals == sorted(totals)  # the total grows by window
    with Store(db, read_only=True) as store:
        _findings_match(store)
    again = corpus_ingest.ingest([str(corpus)], db)
    assert (again.added, again.stored_before, again.repeated) == (0, 7, 2)
