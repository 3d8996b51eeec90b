"""The `presslens analyze` command, called in-process: every bad input ends in one clear line on stderr and
exit code 2 (never a traceback), and the good paths print reports, JSON and JSONL that hold together."""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from presslens.analyzers import ANALYZERS
from presslens.cli import main
from presslens.model import Analysis

GENEVA = (
    "Talks Stall in Geneva\n\n"
    "Russia and France met in Geneva on Monday to discuss the grain corridor. "
    "Moscow said the talks would resume next week, while Paris called for patience.\n"
)
RAIL = (
    "Rail Link Agreed\n\n"
    "Germany and Poland agreed on Friday to build a faster rail link between Berlin and Warsaw. "
    "Officials said the first trains could run in 2027.\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line_error(err: str, source: str | Path, *phrases: str) -> str:
    """stderr is exactly one line, "presslens: error: <source>: <reason>", holding every phrase."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith("presslens: error:"), line
    assert str(source) in line, line
    for phrase in phrases:
        assert phrase in line, line
    return line


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "geneva.txt"
    path.write_text(GENEVA, encoding="utf-8")
    return path


# -- bad inputs ---------------------------------------------------------------------------------------------


def test_missing_path(capsys, tmp_path):
    path = tmp_path / "nowhere" / "story.txt"
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 2
    assert out == ""
    assert_one_line_error(err, path, "no such file")


def test_directory(capsys, tmp_path):
    code, out, err = run(capsys, "analyze", str(tmp_path))
    assert code == 2
    assert out == ""
    assert_one_line_error(err, tmp_path, "is a directory")


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  \r\n"], ids=["empty", "whitespace"])
def test_empty_or_whitespace_file(capsys, tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 2
    assert out == ""
    assert_one_line_error(err, path, "no text to analyse", "empty or whitespace only")


def test_binary_file(capsys, tmp_path):
    rng = random.Random(7)
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(300)))
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 2
    assert out == ""
    assert_one_line_error(err, path, "looks like a binary file, not text")


def test_undecodable_bytes_without_nuls(capsys, tmp_path):
    rng = random.Random(0)
    data = bytes(rng.randrange(1, 256) for _ in range(400))
    assert b"\x00" not in data
    path = tmp_path / "noise.txt"
    path.write_bytes(data)
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 2
    assert out == ""
    line = assert_one_line_error(err, path)
    assert "cannot detect the text encoding" in line or "looks like a binary file" in line, line


def test_text_over_max_chars(capsys, article):
    code, out, err = run(capsys, "analyze", str(article), "--max-chars", "50")
    assert code == 2
    assert out == ""
    assert_one_line_error(
        err, article, f"text of {len(GENEVA)} characters", "over the 50 limit", "--max-chars"
    )


def test_file_bytes_over_max_chars(capsys, article):
    # more than four bytes per allowed character: refused before the file is read
    code, out, err = run(capsys, "analyze", str(article), "--max-chars", "10")
    assert code == 2
    assert out == ""
    assert_one_line_error(err, article, f"file of {len(GENEVA.encode())} bytes", "size limit", "--max-chars")


def test_html_with_empty_body(capsys, tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 2
    assert out == ""
    assert_one_line_error(err, path, "no article body found in the HTML")


def test_html_with_only_navigation(capsys, tmp_path):
    path = tmp_path / "nav.html"
    path.write_text('<html><body><nav><a href="/">Home</a></nav></body></html>', encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(path))
    assert_one_line_error(err, path, "no article body found in the HTML")
    assert code == 2
    assert out == ""


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD_RECORDS = [
    json.dumps({"text": RAIL, "title": "Rail Link Agreed"}),
    json.dumps({"text": "Japan said on Sunday it would send relief supplies to the Philippines."}),
]


@pytest.mark.parametrize(
    ("bad_line", "phrase"),
    [
        ('{"text": "unterminated', "not valid JSON"),
        (json.dumps({"title": "A title and nothing else"}), 'needs a non-empty "text" or "html"'),
        (json.dumps(["a", "list"]), "must be a JSON object"),
    ],
    ids=["broken-json", "no-text", "not-an-object"],
)
def test_jsonl_with_one_bad_line(capsys, tmp_path, bad_line, phrase):
    path = _jsonl(tmp_path / "batch.jsonl", [GOOD_RECORDS[0], bad_line, GOOD_RECORDS[1]])
    code, out, err = run(capsys, "analyze", str(path), "--format", "jsonl")
    assert code == 2
    assert "Traceback" not in err
    rows = out.strip().splitlines()
    assert len(rows) == 2
    analyses = [Analysis.model_validate_json(row) for row in rows]
    assert [a.source.uri for a in analyses] == [f"{path}:1", f"{path}:3"]
    assert analyses[0].meta.title == "Rail Link Agreed"
    assert {a.code for a in analyses[0].actors} >= {"DEU", "POL"}
    assert "JPN" in {a.code for a in analyses[1].actors}
    errors = err.strip().splitlines()
    assert errors[0].startswith(f"presslens: error: {path}:2: ")
    assert phrase in errors[0]
    assert errors[1:] == ["presslens: 1 input(s) failed, 2 analysed"]


def test_jsonl_record_without_text(capsys, tmp_path):
    path = _jsonl(tmp_path / "one.jsonl", [json.dumps({"title": "Headline only", "outlet": "Daily Wire"})])
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 2
    assert out == ""
    assert_one_line_error(err, f"{path}:1", 'a record needs a non-empty "text" or "html" field')


def test_jsonl_with_only_blank_lines(capsys, tmp_path):
    path = tmp_path / "blank.jsonl"
    path.write_text("\n  \n\n", encoding="utf-8")
    code, _, err = run(capsys, "analyze", str(path))
    assert code == 2
    # a JSONL file is read line by line: one line says it holds no record
    assert_one_line_error(err, path, "no records (the file holds only blank lines)")


@pytest.mark.parametrize("option", ["--only", "--skip"])
def test_unknown_analyzer(capsys, article, option):
    code, out, err = run(capsys, "analyze", str(article), option, "genre,sentiment")
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("presslens: error: unknown analyzer 'sentiment'")
    assert f"known: {', '.join(ANALYZERS)}" in lines[0]


def test_one_bad_file_among_good_ones(capsys, tmp_path, article):
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "analyze", str(article), str(missing), "--format", "jsonl")
    assert code == 2
    assert len(out.strip().splitlines()) == 1
    assert Analysis.model_validate_json(out).meta.title == "Talks Stall in Geneva"
    errors = err.strip().splitlines()
    assert errors == [
        f"presslens: error: {missing}: no such file",
        "presslens: 1 input(s) failed, 1 analysed",
    ]


def test_bad_option_value_is_a_usage_error(capsys, article):
    code, _, err = run(capsys, "analyze", str(article), "--format", "xml")
    assert "internal error" not in err
    assert "xml" in err
    assert code == 2


# -- good paths ---------------------------------------------------------------------------------------------


def test_text_report(capsys, article):
    code, out, err = run(capsys, "analyze", str(article))
    assert code == 0, err
    assert err == ""
    assert "Talks Stall in Geneva" in out
    assert "RUS" in out and "FRA" in out
    assert "Moscow" in out  # the surface forms of the actor


def test_json_output_validates(capsys, article):
    code, out, err = run(capsys, "analyze", str(article), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    analysis = Analysis.model_validate_json(out)
    assert data["schema_version"] == analysis.schema_version
    assert analysis.meta.title == "Talks Stall in Geneva"
    assert analysis.source.uri == str(article)
    assert analysis.source.encoding == "utf-8"
    assert analysis.text == GENEVA.strip()
    assert {"RUS", "FRA"} <= {a.code for a in analysis.actors}
    assert [m.text for m in analysis.mentions_of("RUS")] == ["Russia", "Moscow"]
    assert analysis.analyzers == list(ANALYZERS)
    assert not [w for w in analysis.warnings if w.code == "analyzer-failed"]


def test_json_output_for_two_files_is_a_list(capsys, tmp_path, article):
    rail = tmp_path / "rail.txt"
    rail.write_text(RAIL, encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(article), str(rail), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert isinstance(data, list)
    assert [Analysis.model_validate(d).meta.title for d in data] == [
        "Talks Stall in Geneva",
        "Rail Link Agreed",
    ]


def test_jsonl_for_two_files(capsys, tmp_path, article):
    rail = tmp_path / "rail.txt"
    rail.write_text(RAIL, encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(article), str(rail), "--format", "jsonl")
    assert code == 0, err
    assert err == ""
    rows = out.splitlines()
    assert len(rows) == 2
    analyses = [Analysis.model_validate_json(row) for row in rows]
    assert [a.source.uri for a in analyses] == [str(article), str(rail)]
    assert [a.meta.title for a in analyses] == ["Talks Stall in Geneva", "Rail Link Agreed"]


def test_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(GENEVA.encode("utf-8"))))
    code, out, err = run(capsys, "analyze", "-", "--format", "json")
    assert code == 0, err
    analysis = Analysis.model_validate_json(out)
    assert analysis.source.uri == "<stdin>"
    assert analysis.meta.title == "Talks Stall in Geneva"
    assert "RUS" in {a.code for a in analysis.actors}


def test_empty_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(b"")))
    code, out, err = run(capsys, "analyze", "-")
    assert code == 2
    assert out == ""
    assert_one_line_error(err, "<stdin>", "no text to analyse")


def test_skip_genre(capsys, article):
    code, out, err = run(capsys, "analyze", str(article), "--format", "json", "--skip", "genre")
    assert code == 0, err
    data = json.loads(out)
    assert data["genre"] is None
    assert "genre" not in data["analyzers"]
    assert data["analyzers"] == [a for a in ANALYZERS if a != "genre"]
    assert data["mentions"]


def test_only_genre(capsys, article):
    code, out, err = run(capsys, "analyze", str(article), "--format", "json", "--only", "genre")
    assert code == 0, err
    data = json.loads(out)
    assert data["analyzers"] == ["genre"]
    assert data["mentions"] == []
    assert data["actors"] == []
    assert data["genre"]["label"] in ("opinion", "reporting", "satire")


def test_schema(capsys):
    code, out, err = run(capsys, "schema")
    assert code == 0, err
    schema = json.loads(out)
    assert schema["title"] == "Analysis"
    assert {"mentions", "schema_version", "text", "genre"} <= set(schema["properties"])


@pytest.mark.parametrize(
    ("args", "expected"),
    [(["--help"], ["analyze", "schema"]), (["analyze", "--help"], ["--format", "--max-chars", "--skip"])],
    ids=["app", "analyze"],
)
def test_help(capsys, args, expected):
    code, out, err = run(capsys, *args)
    assert code == 0
    assert "Traceback" not in out + err
    for word in expected:
        assert word in out


def test_output_file_json(capsys, tmp_path, article):
    target = tmp_path / "out" / "result.json"
    target.parent.mkdir()
    code, out, err = run(capsys, "analyze", str(article), "--format", "json", "-o", str(target))
    assert code == 0, err
    assert out == ""
    analysis = Analysis.model_validate_json(target.read_text(encoding="utf-8"))
    assert analysis.meta.title == "Talks Stall in Geneva"


def test_output_file_text_report(capsys, tmp_path, article):
    target = tmp_path / "report.txt"
    code, out, err = run(capsys, "analyze", str(article), "--output", str(target))
    assert code == 0, err
    assert out == ""
    report = target.read_text(encoding="utf-8")
    assert "Talks Stall in Geneva" in report
    assert "RUS" in report


# -- encodings ----------------------------------------------------------------------------------------------

ACCENTED = (
    "Court Sides with Miner\n\n"
    "José Núñez, a copper miner from Chile, won his case in Santiago on Monday. "
    "The judge said the company owed him three years of wages.\n"
)


def _analyse_file(capsys, path: Path) -> Analysis:
    code, out, err = run(capsys, "analyze", str(path), "--format", "json", "--only", "genre")
    assert code == 0, err
    return Analysis.model_validate_json(out)


def test_latin1_file_keeps_accents(capsys, tmp_path):
    path = tmp_path / "miner.txt"
    path.write_bytes(ACCENTED.encode("latin-1"))
    analysis = _analyse_file(capsys, path)
    assert "José Núñez" in analysis.text
    assert analysis.text == ACCENTED.strip()


def test_utf16_file_with_bom_keeps_accents(capsys, tmp_path):
    path = tmp_path / "miner16.txt"
    path.write_bytes(ACCENTED.encode("utf-16"))
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    analysis = _analyse_file(capsys, path)
    assert "José Núñez" in analysis.text
    assert analysis.text == ACCENTED.strip()
    assert analysis.source.encoding == "utf-16"


def test_utf8_file_with_bom(capsys, tmp_path):
    path = tmp_path / "miner8.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ACCENTED.encode("utf-8"))
    analysis = _analyse_file(capsys, path)
    assert analysis.text == ACCENTED.strip()
    assert analysis.meta.title == "Court Sides with Miner"


def test_cp1252_file_with_curly_quotes(capsys, tmp_path):
    text = (
        "Minister Defends Plan\n\n"
        "The minister said the plan was \u201cfair\u201d and that Spain\u2019s farmers would gain "
        "\u2014 eventually.\n"
    )
    raw = text.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    path = tmp_path / "plan.txt"
    path.write_bytes(raw)
    analysis = _analyse_file(capsys, path)
    assert "\u201cfair\u201d" in analysis.text
    assert "Spain\u2019s" in analysis.text
    assert "\u2014 eventually" in analysis.text
