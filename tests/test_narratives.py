"""Narratives: claims that make the same assertion in different words, grouped across outlets; and the
reports' charts."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest
import yaml

from presslens.corpus import narratives as nar
from presslens.store import Store

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "narratives"
CLI = str(Path(sys.executable).parent / "presslens")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=600)


def _passage(k: int, text: str, actors: set[str], outlet: str = "A") -> nar.Passage:
    return nar.Passage(("x", k), text, outlet, None, frozenset(actors))


def test_numbers_are_the_amounts_normalised():
    assert nar.numbers("Trade rose by 30 percent last year to a record $190 billion.") == {30.0, 1.9e11}
    assert nar.numbers("It reached an all-time high of 190 billion dollars in 2023.") == {1.9e11}
    assert nar.numbers("Schools have been closed for six weeks.") == {6.0}
    assert nar.numbers("The president came to power in 2013.") == frozenset()


def test_compatible_needs_the_same_actors_and_numbers_that_agree():
    a = _passage(0, "Trade between Russia and China rose by 30 percent to $190 billion.", {"RUS", "CHN"})
    b = _passage(1, "Russian-Chinese trade hit a record $190 billion.", {"RUS", "CHN"})
    india = _passage(2, "Trade between Russia and India rose by 30 percent to $190 billion.", {"RUS", "IND"})
    fell = _passage(3, "Trade between Russia and China fell by 10 percent.", {"RUS", "CHN"})
    assert nar.compatible(a, b, nar.numbers(a.text), nar.numbers(b.text))
    assert not nar.compatible(a, india, nar.numbers(a.text), nar.numbers(india.text))
    assert not nar.compatible(a, fell, nar.numbers(a.text), nar.numbers(fell.text))
    assert nar.as_state("person:vladimir-putin", "person", "RUS") == "RUS"
    assert nar.as_state("NATO", "igo", None) == "NATO"


def test_average_linkage_does_not_chain():
    # a and b are close, b and c are close, a and c unrelated: single linkage would make one group
    pairs = {(0, 1): 0.9, (1, 2): 0.8, (3, 4): 0.7}
    assert sorted(map(sorted, nar.groups(pairs, 0.5))) == [[0, 1], [3, 4]]


def test_quantized_vectors_keep_their_direction():
    v = np.random.default_rng(3).normal(size=384).astype(np.float32)
    v /= np.linalg.norm(v)
    back = nar.unquantized(nar.quantized(v))
    assert len(nar.quantized(v)) == 384 and float(back @ v) > 0.999


@pytest.fixture(scope="module")
def assertions(analyze):
    from presslens.encoder import sentence_embeddings

    groups = yaml.safe_load((FIXTURES / "assertions.yaml").read_text(encoding="utf-8"))["groups"]
    wanted = {"trade-record", "trade-india", "trade-fell", "us-debt", "japan-debt", "wheat-africa"}
    passages, labels = [], []
    for g in groups:
        if g["id"] not in wanted:
            continue
        for k, text in enumerate(g["sentences"]):
            a = analyze(text)
            kinds = {x.id: x for x in a.actors}
            actors = {
                nar.as_state(i, kinds[i].kind, kinds[i].country) if i in kinds else i
                for m in a.mentions
                for i in m.actor_ids
            }
            passages.append(
                nar.Passage(
                    ("fixture", len(passages)), text, f"outlet-{k}", date(2024, 1, 1 + k), frozenset(actors)
                )
            )
            labels.append(g["id"])
    return passages, labels, sentence_embeddings([p.text for p in passages])


def test_the_same_assertion_in_other_words_is_one_narrative(assertions):
    passages, labels, vectors = assertions
    found = nar.find_narratives(passages, vectors)
    by_label = {frozenset(labels[p.key[1]] for p, _ in n.members): n for n in found}
    # each assertion of three outlets is found whole, and the near ones (other country, other
    # numbers) stay out of it
    for name in ("trade-record", "us-debt", "wheat-africa"):
        narrative = by_label[frozenset({name})]
        assert len(narrative.members) == labels.count(name) == len(narrative.outlets)
        assert narrative.origin.published == date(2024, 1, 1)
        assert narrative.label in {p.text for p, _ in narrative.members}


def test_ingest_narratives_and_report_with_a_chart(tmp_path):
    db = str(tmp_path / "n.duckdb")
    done = _run("ingest", str(FIXTURES / "outlets.jsonl"), "--db", db, "-j", "1")
    assert done.returncode == 0, done.stderr
    with Store(db, read_only=True) as store:
        counts = store.counts()
    assert counts["claim_vectors"] == counts["claims"] > 0  # embedded by the ingest workers
    done = _run("narratives", "--db", db)
    assert done.returncode == 0, done.stderr
    assert "1 narratives carried by two outlets or more, holding 3 claims" in done.stderr
    with Store(db, read_only=True) as store:
        _, rows = store.query(
            "SELECT outlets, articles, first_published, first_outlet, label FROM narratives"
        )
        assert rows[0][:4] == (3, 3, date(2024, 1, 12), "The Northfield Courier")
        assert "$190 billion" in rows[0][4] or "190 billion dollars" in rows[0][4]
        _, members = store.query(
            "SELECT a.outlet FROM narrative_claims c JOIN articles a ON a.id = c.article_id ORDER BY 1"
        )
    assert [m[0] for m in members] == ["The Evening Compass", "The Harbour Tribune", "The Northfield Courier"]
    svg = tmp_path / "charts" / "narratives.svg"
    report = _run("report", "narratives", "--db", db, "--period", "week", "--chart", str(svg))
    assert report.returncode == 0, report.stderr
    assert "The Harbour Tribune" in report.stdout
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml") and "<svg" in svg.read_text()
    # a second run embeds nothing new and finds the same
    again = _run("narratives", "--db", db)
    assert "embedded" not in again.stderr and "1 narratives" in again.stderr
    missing = _run("narratives", "--db", str(tmp_path / "nothing.duckdb"))
    assert missing.returncode == 2 and "no such store" in missing.stderr
    assert not (tmp_path / "nothing.duckdb").exists()


def test_every_report_draws_its_chart_and_a_bad_suffix_is_one_line(tmp_path, analyze):
    db = tmp_path / "c.duckdb"
    article = analyze((ROOT / "examples" / "baltic-grain-talks.md").read_text(encoding="utf-8"))
    with Store(db) as store:
        store.add([article])
    outlet = article.meta.outlet or ""
    for args in (
        ("actor", "RUS"),
        ("relations", "RUS", "UKR"),
        ("outlet", outlet),
    ):
        png = tmp_path / f"{args[0]}.png"
        done = _run("report", *args, "--db", str(db), "--chart", str(png))
        assert done.returncode == 0, done.stderr
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad = _run("report", "actor", "RUS", "--db", str(db), "--chart", str(tmp_path / "chart.gif"))
    assert bad.returncode == 2 and "written as .png or .svg" in bad.stderr and "Traceback" not in bad.stderr
