"""Reading sources into documents: records, decoding, gzip, the text/HTML switch of the API, and the offset
map from the clean text back to the raw input."""

from __future__ import annotations

import gzip
import json

import pytest

import presslens
from presslens.errors import Rejected
from presslens.ingest import decode, from_bytes, from_record, from_text
from presslens.ingest.clean import to_raw
from presslens.model import Analysis
from presslens.settings import Settings

QUOTA = "Officials in Oslo said on Tuesday that Norway would raise the cod quota for the coming season."


# -- records ------------------------------------------------------------------------------------------------


def test_record_metadata():
    record = {
        "text": QUOTA,
        "title": "Cod Quota to Rise",
        "published": "March 5, 2024",
        "outlet": "The Northern Gazette",
        "authors": "A. Writer, B. Writer",
    }
    doc = from_record(record, uri="batch.jsonl:1")
    assert doc.meta.published == "2024-03-05"
    assert doc.meta.authors == ["A. Writer", "B. Writer"]
    assert doc.meta.outlet == "The Northern Gazette"
    assert doc.meta.title == "Cod Quota to Rise"
    assert doc.text == f"Cod Quota to Rise\n\n{QUOTA}"
    assert doc.source.uri == "batch.jsonl:1"
    assert doc.source.kind == "jsonl"


def test_record_title_not_repeated_when_already_there():
    doc = from_record({"text": f"Cod Quota to Rise\n\n{QUOTA}", "title": "Cod Quota to Rise"})
    assert doc.text.count("Cod Quota to Rise") == 1
    assert doc.text.startswith("Cod Quota to Rise\n\n")
    assert doc.meta.title == "Cod Quota to Rise"


def test_record_without_title_keeps_the_text():
    doc = from_record({"text": QUOTA, "authors": ["C. Reporter"]})
    assert doc.text == QUOTA
    assert doc.meta.authors == ["C. Reporter"]


def test_record_with_html():
    html = (
        "<html><head><title>Harbour Reopens</title></head><body><article>"
        "<h1>Harbour Reopens</h1>"
        "<p>The harbour in Valletta reopened on Monday after a week of storms, port officials said.</p>"
        "<p>Ferries to Sicily will resume on Wednesday.</p>"
        "</article></body></html>"
    )
    doc = from_record({"html": html, "outlet": "Island Post", "published": "2024-02-12"}, uri="r.jsonl:4")
    assert doc.meta.title == "Harbour Reopens"
    assert doc.meta.outlet == "Island Post"
    assert doc.meta.published == "2024-02-12"
    assert doc.text.startswith("Harbour Reopens\n\n")
    assert "reopened on Monday after a week of storms" in doc.text
    assert "Ferries to Sicily" in doc.text
    assert "<" not in doc.text
    assert doc.source.kind == "jsonl"
    assert doc.source.offset_map == []


@pytest.mark.parametrize("record", [["text", QUOTA], QUOTA, 42, None], ids=["list", "str", "int", "null"])
def test_record_must_be_an_object(record):
    with pytest.raises(Rejected) as info:
        from_record(record, uri="batch.jsonl:7")
    assert str(info.value) == "batch.jsonl:7: a record must be a JSON object"


@pytest.mark.parametrize(
    "record", [{"title": "No body"}, {"text": "   "}, {"text": 12}, {"html": "  ", "text": ""}]
)
def test_record_needs_text_or_html(record):
    with pytest.raises(Rejected, match='needs a non-empty "text" or "html" field'):
        from_record(record)


def test_record_with_unreadable_date():
    with pytest.raises(Rejected) as info:
        from_record({"text": QUOTA, "published": "sometime soon"}, uri="b.jsonl:3")
    assert str(info.value) == "b.jsonl:3: cannot read the date 'sometime soon'"


# -- decode -------------------------------------------------------------------------------------------------


def test_decode_strips_utf8_bom():
    text, encoding = decode("\ufeffSão Paulo votes on Sunday.".encode(), "x.txt")
    assert text == "São Paulo votes on Sunday."
    assert encoding == "utf-8"


def test_decode_utf16_with_bom():
    text, encoding = decode("Zürich, Genève".encode("utf-16"), "x.txt")
    assert text == "Zürich, Genève"
    assert encoding == "utf-16"


def test_decode_declared_charset_wins():
    raw = "Señora Peña visited Cádiz.".encode("latin-1")
    assert decode(raw, "x", charset="ISO-8859-1") == ("Señora Peña visited Cádiz.", "iso-8859-1")


@pytest.mark.parametrize(
    "text",
    [
        "José Núñez, the mayor of Málaga, said on Tuesday that the new tram line would open in spring. "
        "Critics in Córdoba called the project late, and the council will meet à la carte next week.",
        "Señora Peña, a councillor in Cádiz, called for an inquiry into the tram contract on Monday.",
        "Le ministre a déclaré à la presse que la réforme était nécessaire.",
    ],
    ids=["spanish-long", "spanish-short", "french"],
)
def test_decode_detects_latin1(text):
    decoded, encoding = decode(text.encode("latin-1"), "x.txt")
    assert decoded == text
    assert encoding.replace("-", "_") in ("latin_1", "iso8859_1", "cp1252", "iso8859_15", "windows_1252")


def test_decode_refuses_nul_bytes():
    with pytest.raises(Rejected) as info:
        decode(b"PK\x03\x04\x00\x00some archive", "file.zip")
    assert str(info.value) == "file.zip: looks like a binary file, not text"


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n"], ids=["empty", "whitespace"])
def test_decode_refuses_empty(data):
    with pytest.raises(Rejected) as info:
        decode(data, "in.txt")
    assert str(info.value) == "in.txt: no text to analyse (empty or whitespace only)"


# -- gzip ---------------------------------------------------------------------------------------------------

RAIN = "Floods in Lisbon\n\nHeavy rain fell across Lisbon on Sunday, and Portugal issued flood warnings."


def test_gzip_text():
    (doc,) = from_bytes(gzip.compress(RAIN.encode()), name="rain.txt.gz")
    assert not isinstance(doc, Rejected), doc
    assert doc.text == RAIN
    assert doc.meta.title == "Floods in Lisbon"
    assert doc.source.kind == "text"
    assert doc.source.uri == "rain.txt.gz"


def test_gzip_recognised_by_magic_bytes():
    (doc,) = from_bytes(gzip.compress(RAIN.encode()), name="download")
    assert not isinstance(doc, Rejected), doc
    assert doc.text == RAIN


def test_gzip_jsonl():
    lines = '{"text": "Spain and Morocco signed a fisheries pact."}\n{"nope": 1}\n'
    docs = list(from_bytes(gzip.compress(lines.encode()), name="feed.jsonl.gz"))
    assert len(docs) == 2
    assert docs[0].text == "Spain and Morocco signed a fisheries pact."
    assert isinstance(docs[1], Rejected)
    assert docs[1].source == "feed.jsonl.gz:2"


@pytest.mark.parametrize(
    "data",
    [b"this is not gzip at all", b"\x1f\x8b\x08\x00garbage", gzip.compress(RAIN.encode())[:30]],
    ids=["plain", "bad-header", "truncated"],
)
def test_corrupt_gzip_rejected(data):
    (result,) = from_bytes(data, name="rain.txt.gz")
    assert isinstance(result, Rejected)
    assert str(result) == "rain.txt.gz: not a readable gzip file"


def test_decompressed_size_is_capped():
    data = gzip.compress(b"word " * 2000)
    (result,) = from_bytes(data, name="big.txt.gz", settings=Settings(max_chars=100))
    assert isinstance(result, Rejected)
    assert "over the size limit of 100 characters" in str(result)


# -- the API picks the HTML or the text path ----------------------------------------------------------------

FERRY_BODY = (
    "<body><article><h1>Ferry Strike Ends</h1>"
    "<p>Ferry workers in Piraeus ended a three-day strike on Thursday after the Greek government agreed "
    "to raise wages, the union said.</p><p>Services to Crete resumed in the evening.</p>"
    "</article></body></html>"
)


def test_analyze_html_uses_the_html_path(analyze):
    html = f"<!doctype html><html><head><title>Ferry Strike Ends</title></head>{FERRY_BODY}"
    analysis = analyze(html)
    assert isinstance(analysis, Analysis)
    assert analysis.meta.title == "Ferry Strike Ends"
    assert analysis.text.startswith("Ferry Strike Ends\n\nFerry workers in Piraeus")
    assert "<" not in analysis.text
    assert analysis.source.offset_map == []  # offsets into extracted text are not kept for HTML
    assert analysis.source.raw_chars == len(html)
    assert "GRC" in {a.code for a in analysis.actors}


def test_analyze_html_og_title(analyze):
    html = (
        '<!DOCTYPE html><html><head><meta property="og:title" content="Ferries Sail Again"></head>'
        + FERRY_BODY
    )
    analysis = analyze(html)
    assert analysis.meta.title == "Ferries Sail Again"
    assert analysis.text.startswith("Ferries Sail Again\n\n")
    assert "<" not in analysis.text


def test_analyze_plain_text_uses_the_text_path(analyze):
    text = "Ferry Strike Ends\n\nFerry **workers** in Piraeus ended a strike on Thursday, the union said."
    analysis = analyze(text)
    assert analysis.meta.title == "Ferry Strike Ends"
    assert analysis.text == text.replace("**", "")
    assert analysis.source.raw_chars == len(text)
    assert analysis.source.offset_map  # the text path keeps the map back to the raw text
    start = analysis.text.index("workers")
    assert text[to_raw(analysis.source.offset_map, start) :].startswith("workers**")


def test_analyze_many_keeps_order_and_rejects(analyze):
    settings = Settings(strict=True)
    items = [
        "Greece and Turkey held talks in Athens on Monday.",
        "",
        "Canada said on Friday it would join the mission.",
    ]
    results = list(presslens.analyze_many(items, settings=settings))
    assert [type(r) for r in results] == [Analysis, Rejected, Analysis]
    assert results[0].text == items[0]
    assert "no text to analyse" in str(results[1])
    assert results[2].text == items[2]
    assert [a.code for a in results[2].actors] == ["CAN"]


def test_analyze_raises_rejected(analyze):
    with pytest.raises(Rejected, match="no text to analyse"):
        analyze("  \n ")


# -- the offset map -----------------------------------------------------------------------------------------

RAW = (
    "# Budget Row in Lisbon\n"
    "\n"
    "The finance minister said the **new budget** would cost \\$4 billion, and the\n"
    "opposition called it *reckless* at a press conference on Thursday morning.\n"
    "\n"
    "Portugal's parliament will vote on the plan, which the minister\n"
    "\n"
    'defended on Friday as "prudent" and \\*necessary\\*.\n'
)


@pytest.fixture(scope="module")
def budget_doc():
    return from_text(RAW, uri="budget.md")


def test_offset_map_cleaning(budget_doc):
    text = budget_doc.text
    assert text.startswith("Budget Row in Lisbon\n\nThe finance minister")
    assert "the new budget would cost $4 billion, and the opposition called it reckless at" in text
    assert "which the minister defended on Friday" in text  # the broken paragraph is joined
    assert "*necessary*" in text  # escaped asterisks are literal
    assert "\\" not in text and "**" not in text and "#" not in text


def test_offset_map_points_back_to_raw(budget_doc):
    text, offsets = budget_doc.text, budget_doc.source.offset_map
    raws = [to_raw(offsets, i) for i in range(len(text))]
    assert raws == sorted(raws)  # the cleaning never reorders
    joins = 0
    for i, char in enumerate(text):
        original = RAW[raws[i]]
        if original != char:
            # the only characters that differ are spaces standing for a line or paragraph break
            assert char in " \n" and original == "\n", (i, char, original)
            joins += 1
    assert joins == 2  # the soft wrap after "and the", and the paragraph broken after "the minister"


@pytest.mark.parametrize(
    ("word", "raw_form"),
    [
        ("Budget Row", "Budget Row"),
        ("new budget", "new budget"),
        ("$4 billion", "$4 billion"),
        ("reckless", "reckless"),
        ("defended", "defended"),
        ("*necessary*", "*necessary\\*"),
    ],
)
def test_offset_map_spans(budget_doc, word, raw_form):
    text, offsets = budget_doc.text, budget_doc.source.offset_map
    start = text.index(word)
    raw_start = to_raw(offsets, start)
    raw_end = to_raw(offsets, start + len(word) - 1) + 1
    assert RAW[raw_start:raw_end] == raw_form


def test_a_jsonl_corpus_over_the_size_limit_is_streamed_record_by_record(tmp_path):
    from presslens.ingest import from_source

    story = "Spain and Morocco signed a fisheries pact on Monday, officials in Rabat said."
    lines = [json.dumps({"text": f"{story} Day {k}."}) for k in range(40)]
    lines.insert(7, json.dumps({"text": "word " * 400}))  # one record over the limit
    lines.insert(9, "caf\xe9 not utf-8")
    data = ("\n".join(lines) + "\n").encode("utf-8").replace("caf\xe9".encode(), b"caf\xe9")
    settings = Settings(max_chars=1000)  # the file is several times that; each record is not
    for name, blob in (("c.jsonl", data), ("c.jsonl.gz", gzip.compress(data))):
        path = tmp_path / name
        path.write_bytes(blob)
        assert len(data) > settings.max_chars * 4
        found = list(from_source(str(path), settings))
        refused = [x for x in found if isinstance(x, Rejected)]
        assert len(found) == 42 and len(refused) == 2
        assert f"{path}:8" in str(refused[0]) and "over the 1,000 limit" in str(refused[0])
        assert f"{path}:10" in str(refused[1]) and "not UTF-8" in str(refused[1])
