"""An `Analysis` as rows of the store's tables: one place that says which field goes to which column.

Every finding table carries the article id and the finding's span (`start`, `end`, `text`), so a row can
always point back to its evidence; the article row keeps the whole analysis as JSON besides."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from presslens.ingest.dates import iso_day
from presslens.model import Analysis

# column name -> DuckDB type, per table; the order is the insert order
SPAN = {"idx": "INTEGER", "start": "INTEGER", "end": "INTEGER", "text": "VARCHAR", "confidence": "DOUBLE"}
TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "id": "VARCHAR PRIMARY KEY",
        "uri": "VARCHAR",
        "outlet": "VARCHAR",
        "title": "VARCHAR",
        "published": "DATE",
        "language": "VARCHAR",
        "genre": "VARCHAR",
        "tone": "DOUBLE",
        "word_count": "INTEGER",
        "text": "VARCHAR",
        "analysis": "JSON",
    },
    "mentions": {**SPAN, "kind": "VARCHAR", "actor_ids": "VARCHAR[]", "sentence": "INTEGER"},
    "actors": {
        "actor_id": "VARCHAR",
        "code": "VARCHAR",
        "name": "VARCHAR",
        "kind": "VARCHAR",
        "country": "VARCHAR",
        "sector": "VARCHAR",
        "known": "BOOLEAN",
        "mentions": "INTEGER",
    },
    "quotes": {**SPAN, "kind": "VARCHAR", "speaker_ids": "VARCHAR[]", "cue": "VARCHAR"},
    "claims": {
        **SPAN,
        "kind": "VARCHAR",
        "checkworthiness": "DOUBLE",
        "claimant": "VARCHAR",
        "claimant_ids": "VARCHAR[]",
    },
    "events": {
        **SPAN,
        "plover": "VARCHAR",
        "mode": "VARCHAR",
        "cameo": "VARCHAR",
        "quad_class": "INTEGER",
        "intensity": "DOUBLE",
        "source_ids": "VARCHAR[]",
        "target_ids": "VARCHAR[]",
        "modality": "VARCHAR",
        "event_date": "DATE",
        "sentence_text": "VARCHAR",
    },
    "techniques": {**SPAN, "technique": "VARCHAR", "explanation": "VARCHAR"},
    "frames": {"frame": "VARCHAR", "confidence": "DOUBLE"},
    "portrayals": {
        "actor_id": "VARCHAR",
        "polarity": "VARCHAR",
        "score": "DOUBLE",
        "confidence": "DOUBLE",
        "mentions": "INTEGER",
        "salience": "DOUBLE",
    },
    "stances": {
        "source_id": "VARCHAR",
        "target_id": "VARCHAR",
        "relation": "VARCHAR",
        "score": "DOUBLE",
        "basis": "VARCHAR[]",
    },
}
FINDINGS = tuple(t for t in TABLES if t != "articles")  # each has article_id first


def _span(i: int, item: Any) -> dict[str, Any]:
    return {"idx": i, "start": item.start, "end": item.end, "text": item.text, "confidence": item.confidence}


def _event(a: Analysis, i: int, e: Any) -> dict[str, Any]:
    sentence = a.sentences[e.sentence].text if 0 <= e.sentence < len(a.sentences) else None
    return {
        **_span(i, e),
        **{k: getattr(e, k) for k in ("plover", "mode", "cameo", "quad_class", "intensity", "modality")},
        "source_ids": e.source_ids,
        "target_ids": e.target_ids,
        "event_date": iso_day(e.date),
        "sentence_text": sentence,
    }


def _fields(*names: str) -> Callable[[Analysis, int, Any], dict[str, Any]]:
    return lambda a, i, item: {k: getattr(item, k) for k in names}


# per findings table (named as the Analysis field it reads): the row of its item i
_ROWS: dict[str, Callable[[Analysis, int, Any], dict[str, Any]]] = {
    "mentions": lambda a, i, m: {**_span(i, m), **_fields("kind", "actor_ids", "sentence")(a, i, m)},
    "actors": lambda a, i, x: {
        "actor_id": x.id,
        **_fields("code", "name", "kind", "country", "sector", "known")(a, i, x),
        "mentions": len(x.mentions),
    },
    "quotes": lambda a, i, q: {
        **_span(i, q),
        **_fields("kind", "speaker_ids")(a, i, q),
        "cue": q.cue.text if q.cue else None,
    },
    "claims": lambda a, i, c: {
        **_span(i, c),
        **_fields("kind", "checkworthiness", "claimant", "claimant_ids")(a, i, c),
    },
    "events": _event,
    "techniques": lambda a, i, t: {**_span(i, t), **_fields("technique", "explanation")(a, i, t)},
    "frames": _fields("frame", "confidence"),
    "portrayals": _fields("actor_id", "polarity", "score", "confidence", "mentions", "salience"),
    "stances": _fields("source_id", "target_id", "relation", "score", "basis"),
}


def rows_of(analysis: Analysis) -> dict[str, list[tuple[Any, ...]]]:
    """The rows each table gets from one analysis, as tuples in the table's column order (findings
    tables with the article id first)."""
    a = analysis
    article = {
        "id": a.id,
        "uri": a.source.uri,
        "outlet": a.meta.outlet or a.source.outlet,
        "title": a.meta.title,
        "published": iso_day(a.meta.published),
        "language": a.meta.language,
        "genre": a.genre.label if a.genre else None,
        "tone": a.tone.score if a.tone else None,
        "word_count": a.tone.word_count if a.tone else len(a.text.split()),
        "text": a.text,
        "analysis": a.model_dump_json(),
    }
    out: dict[str, list[tuple[Any, ...]]] = {"articles": [tuple(article[c] for c in TABLES["articles"])]}
    for table, make in _ROWS.items():
        columns = TABLES[table]
        out[table] = [
            (a.id, *(row[c] for c in columns))
            for i, item in enumerate(getattr(a, table))
            for row in [make(a, i, item)]
        ]
    return out
