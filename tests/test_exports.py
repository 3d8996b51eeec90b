"""GDELT-style event rows: one header, one row per (source, target) dyad, clean cells."""

from __future__ import annotations

from pathlib import Path

from presslens.cli import main
from presslens.model import Actor, Analysis, Event, Meta, Sentence, Source
from presslens.render.exports import EVENT_COLUMNS, events_tsv, gdelt_date

TEXT = "Talks fail\n\nRussia and China\taccused Japan of provocations on Monday. Tokyo denied it."
FIRST = "Russia and China\taccused Japan of provocations on Monday."
SECOND = "Tokyo denied it."


def _analysis(**event: object) -> Analysis:
    first, second = TEXT.index(FIRST), TEXT.index(SECOND)
    trigger = TEXT.index("accused")
    fields = {
        "start": trigger,
        "end": trigger + len("accused"),
        "text": "accused",
        "plover": "ACCUSE",
        "mode": "allege",
        "cameo": "112",
        "quad_class": 3,
        "intensity": -2.0,
        "confidence": 0.85,
        "source_ids": ["RUS", "CHN"],
        "target_ids": ["JPN"],
        "source_sector": "GOV",
        "sentence": 1,
        **event,
    }
    return Analysis(
        id="a1",
        source=Source(uri="https://example.org/talks", kind="url"),
        meta=Meta(published="2024-03-05T09:30:00+00:00"),
        text=TEXT,
        sentences=[
            Sentence(start=0, end=10, text="Talks fail", role="title"),
            Sentence(start=first, end=first + len(FIRST), text=FIRST),
            Sentence(start=second, end=second + len(SECOND), text=SECOND),
        ],
        actors=[
            Actor(id="RUS", code="RUS", name="Russia", kind="country"),
            Actor(id="CHN", code="CHN", name="China", kind="country"),
            Actor(id="JPN", code="JPN", name="Japan", kind="country"),
        ],
        events=[Event(**fields)],  # type: ignore[arg-type]
    )


def _rows(analyses: list[Analysis]) -> tuple[list[str], list[dict[str, str]]]:
    lines = list(events_tsv(analyses))
    assert all(line.endswith("\n") and line.count("\n") == 1 for line in lines)
    header = lines[0].rstrip("\n").split("\t")
    rows = [line.rstrip("\n").split("\t") for line in lines[1:]]
    assert all(len(row) == len(header) for row in rows)
    return header, [dict(zip(header, row, strict=True)) for row in rows]


def test_two_sources_one_target_give_two_dyads() -> None:
    header, rows = _rows([_analysis()])
    assert tuple(header) == EVENT_COLUMNS
    assert len(rows) == 2
    assert [(r["actor1_code"], r["actor1_name"], r["actor2_code"], r["actor2_name"]) for r in rows] == [
        ("RUS", "Russia", "JPN", "Japan"),
        ("CHN", "China", "JPN", "Japan"),
    ]
    row = rows[0]
    assert (row["actor1_type"], row["actor2_type"]) == ("GOV", "")
    assert row["date"] == "20240305"
    assert (row["plover"], row["coded"], row["mode"], row["modality"], row["cameo"]) == (
        "ACCUSE",
        "ACCUSE",
        "allege",
        "asserted",
        "112",
    )
    assert (row["quad_class"], row["goldstein"], row["confidence"]) == ("3", "-2", "0.85")
    assert row["source_url"] == "https://example.org/talks"
    assert row["sentence"] == "Russia and China accused Japan of provocations on Monday."  # tab gone


def test_empty_side_and_missing_values_give_empty_cells() -> None:
    analysis = _analysis(target_ids=[], mode=None, cameo=None, quad_class=None, intensity=None)
    analysis = analysis.model_copy(update={"meta": Meta(), "source": Source()})
    _, rows = _rows([analysis])
    assert [(r["actor1_code"], r["actor2_code"], r["actor2_name"]) for r in rows] == [
        ("RUS", "", ""),
        ("CHN", "", ""),
    ]
    row = rows[0]
    assert row["date"] == row["mode"] == row["cameo"] == row["goldstein"] == row["source_url"] == ""
    _, rows = _rows([_analysis(source_ids=[], target_ids=[])])
    assert len(rows) == 1 and rows[0]["actor1_code"] == rows[0]["actor2_code"] == ""


def test_event_date_wins_and_reciprocal_events_have_no_self_dyads() -> None:
    _, rows = _rows([_analysis(date="2024-03-04", reciprocal=True, target_ids=["RUS", "CHN"])])
    assert [(r["actor1_code"], r["actor2_code"]) for r in rows] == [("RUS", "CHN"), ("CHN", "RUS")]
    assert rows[0]["date"] == "20240304"


def test_no_events_is_just_the_header() -> None:
    analysis = _analysis().model_copy(update={"events": []})
    assert list(events_tsv([analysis, analysis])) == ["\t".join(EVENT_COLUMNS) + "\n"]


def test_gdelt_date() -> None:
    assert gdelt_date("2024-03-05") == "20240305"
    assert gdelt_date("2024-03-05T23:59:00Z") == "20240305"
    assert gdelt_date("2024-03") == "202403"
    assert gdelt_date(None) == gdelt_date("yesterday") == ""


def test_cli_events_tsv_to_file(capsys, tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(
        "Talks Stall\n\nRussia accused France of sabotaging the talks in Geneva on Monday.\n",
        encoding="utf-8",
    )
    target = tmp_path / "events.tsv"
    code = main(["analyze", str(article), "--format", "events-tsv", "-o", str(target)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out == ""
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(EVENT_COLUMNS)
    assert all(len(line.split("\t")) == len(EVENT_COLUMNS) for line in lines[1:])


def test_terminal_report_has_an_events_table() -> None:
    import io

    from rich.console import Console

    from presslens.render.terminal import render

    buffer = io.StringIO()
    analysis = _analysis(modality="future").model_copy(update={"analyzers": ["actors", "events"]})
    render(analysis, Console(file=buffer, width=200, color_system=None))
    out = buffer.getvalue()
    assert "Events" in out
    line = next(line for line in out.splitlines() if "accused" in line)
    for cell in ("ACCUSE / allege", "Russia & China → Japan", "future", "Russia and China accused Japan"):
        assert cell in line, line
