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
