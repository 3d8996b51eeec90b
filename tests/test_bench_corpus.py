"""Tests for the synthetic news corpus generator in bench/corpus.py."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import statistics
import sys
from pathlib import Path
from types import ModuleType

import pytest

CORPUS_PATH = Path(__file__).resolve().parent.parent / "bench" / "corpus.py"


def _load_corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("presslens_bench_corpus", CORPUS_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses need the module to be registered while the class bodies execute
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()


@pytest.fixture(scope="module")
def articles() -> list[corpus.SyntheticArticle]:
    return corpus.generate(200, seed=13)


def _words(text: str) -> int:
    return len(text.split())


def test_same_seed_is_identical() -> None:
    assert corpus.generate(25, seed=5) == corpus.generate(25, seed=5)


def test_different_seed_differs() -> None:
    a = corpus.generate(10, seed=1)
    b = corpus.generate(10, seed=2)
    assert [x.text for x in a] != [x.text for x in b]


def test_default_seed_is_13() -> None:
    assert corpus.generate(3) == corpus.generate(3, seed=13)


def test_prefix_stability() -> None:
    """Asking for more articles does not change the earlier ones."""
    assert corpus.generate(30, seed=7)[:10] == corpus.generate(10, seed=7)


def test_count_and_unique_ids(articles: list[corpus.SyntheticArticle]) -> None:
    assert len(articles) == 200
    assert len({a.id for a in articles}) == 200
    assert corpus.generate(0) == []


def test_word_counts(articles: list[corpus.SyntheticArticle]) -> None:
    counts = [_words(a.text) for a in articles]
    assert min(counts) >= 250, min(counts)
    assert max(counts) <= 1200, max(counts)
    assert 400 <= statistics.mean(counts) <= 800, statistics.mean(counts)
    # genuinely varied lengths, not a constant
    assert max(counts) - min(counts) > 300


def test_text_layout(articles: list[corpus.SyntheticArticle]) -> None:
    for a in articles:
        assert a.text.startswith(a.title + "\n\n")
        assert "\n" not in a.title
        assert a.author in a.text
        lines = a.text.split("\n")
        byline, date_line = lines[2], lines[3]
        assert byline.startswith("By ") or byline.startswith("By: ")
        assert a.author in byline
        assert date_line
        assert lines[4] == ""
        paragraphs = [b for b in a.text.split("\n\n")[2:] if not b.isupper()]
        assert 5 <= len(paragraphs) <= 25, (a.id, len(paragraphs))


def test_published_is_iso_date(articles: list[corpus.SyntheticArticle]) -> None:
    for a in articles:
        parsed = dt.date.fromisoformat(a.published)
        assert parsed.isoformat() == a.published


def test_no_unfilled_slots() -> None:
    for seed in (0, 1, 2):
        for a in corpus.generate(100, seed=seed):
            assert "{" not in a.text and "}" not in a.text, a.id
            assert "{" not in a.title


def test_variety(articles: list[corpus.SyntheticArticle]) -> None:
    texts = "\n".join(a.text for a in articles)
    # quotes in several styles, markdown emphasis and capitalised subheadings all occur
    assert '," ' in texts or '." ' in texts
    assert "\u201c" in texts
    assert "'" in texts
    assert "*" in texts
    assert any(block.isupper() and len(block) > 5 for a in articles for block in a.text.split("\n\n"))
    assert len({a.outlet for a in articles}) >= 5
    assert len({a.title for a in articles}) >= 150
    opinion_like = sum(1 for a in articles if " We " in a.text or a.text.count(" we ") >= 2)
    assert opinion_like >= 5


def test_template_inventory() -> None:
    assert corpus.template_count()["sentence_templates"] >= 150


def test_write_jsonl(tmp_path: Path, articles: list[corpus.SyntheticArticle]) -> None:
    out = tmp_path / "corpus.jsonl"
    corpus.write_jsonl(out, articles[:5])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    for line, art in zip(lines, articles[:5], strict=True):
        record = json.loads(line)
        assert set(record) == {"id", "title", "text", "outlet", "published", "authors"}
        assert record["id"] == art.id
        assert record["text"] == art.text
        assert record["authors"] == [art.author]


def test_cli(tmp_path: Path) -> None:
    out = tmp_path / "cli.jsonl"
    assert corpus.main(["4", str(out), "--seed", "3"]) == 0
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [a.id for a in corpus.generate(4, seed=3)]
