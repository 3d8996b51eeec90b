"""RSS and Atom feed files: one document per item, with its metadata, and nothing fetched or expanded."""

from __future__ import annotations

from pathlib import Path

from presslens.errors import Rejected
from presslens.ingest import Document, from_source

FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def test_rss_items_become_documents():
    found = list(from_source(str(FEEDS / "wire.rss")))
    docs = [d for d in found if isinstance(d, Document)]
    assert len(docs) == 2
    first, second = docs
    assert first.meta.title == "Norway and Sweden agree on fishing data"
    assert first.meta.outlet == "Harbour Ledger" and first.meta.authors == ["Ingrid Solheim"]
    assert first.meta.published is not None and first.meta.published.startswith("2023-03-14")
    assert first.meta.url == "https://harbour-ledger.example/fishing-data"
    assert "share fishing data from the Skagerrak." in first.text and "first exchange" in first.text
    assert "Short summary" not in first.text  # the full content wins over the description
    assert first.source.kind == "feed" and first.source.uri.endswith("wire.rss#item1")
    assert "three-day strike" in second.text
    bad = [d for d in found if isinstance(d, Rejected)]
    assert len(bad) == 1 and str(bad[0]).startswith(f"{FEEDS / 'wire.rss'}#item3")


def test_atom_entries_become_documents():
    (doc,) = list(from_source(str(FEEDS / "desk.atom")))
    assert isinstance(doc, Document)
    assert doc.meta.title == "Estonia opens new border crossing" and doc.meta.outlet == "Baltic Desk"
    assert doc.meta.authors == ["Kadri Tamm"] and doc.meta.url == "https://baltic-desk.example/crossing"
    assert "new crossing on its border with Latvia" in doc.text and "<p>" not in doc.text


def test_a_broken_or_hostile_feed_is_one_clear_refusal(tmp_path):
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss><channel><item><title>x</title></channel></rss>", encoding="utf-8")
    (refusal,) = list(from_source(str(broken)))
    assert isinstance(refusal, Rejected) and "not a well-formed feed" in str(refusal)
    bomb = tmp_path / "bomb.rss"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY ext SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>t</title><item>'
        "<title>Entities</title><description>&b; &ext; Norway and Sweden agreed on Tuesday to share data."
        "</description></item></channel></rss>",
        encoding="utf-8",
    )
    docs = [d for d in from_source(str(bomb)) if isinstance(d, Document)]
    assert docs and "root:" not in docs[0].text and "aaaaaaaaaa" not in docs[0].text


def _warc(path: Path, pages: list[tuple[str, str, bytes, str]]) -> Path:
    """A gzipped WARC of (url, status, payload, content type) responses, written here with warcio."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, payload, kind in pages:
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=headers
            )
            writer.write_record(record)
    return path


PAGE = (
    b"<html><head><title>Latvia and Estonia sign power deal</title></head><body><article>"
    b"<h1>Latvia and Estonia sign power deal</h1><p>Latvia and Estonia signed an agreement on Monday to link "
    b"their power grids more closely, the two governments said.</p><p>The link is due to open in 2026, "
    b"officials said, and will carry power in both directions.</p></article></body></html>"
)


def test_warc_html_responses_become_documents(tmp_path):
    path = _warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://baltic-desk.example/power", "200 OK", PAGE, "text/html; charset=utf-8"),
            ("https://baltic-desk.example/old", "302 Found", b"", "text/html"),
            ("https://baltic-desk.example/logo.png", "200 OK", b"\x89PNG", "image/png"),
        ],
    )
    (doc,) = list(from_source(str(path)))
    assert isinstance(doc, Document)
    assert doc.meta.title == "Latvia and Estonia sign power deal"
    assert doc.meta.url == "https://baltic-desk.example/power" and doc.source.fetched_at
    assert "link their power grids more closely" in doc.text and "<p>" not in doc.text


def test_a_warc_without_pages_or_broken_is_refused(tmp_path):
    empty = _warc(tmp_path / "empty.warc.gz", [("https://x.example/a.png", "200 OK", b"png", "image/png")])
    (refusal,) = list(from_source(str(empty)))
    assert isinstance(refusal, Rejected) and "no HTML pages" in str(refusal)
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"WARC/1.0\r\nnot a header\r\n\r\n")
    found = list(from_source(str(broken)))
    assert found and all(isinstance(x, Rejected) for x in found)
