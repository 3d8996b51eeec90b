"""Read any source into `Document`s: clean text, metadata, and how the text maps back to its source.

Sources: plain or Markdown-ish text, HTML, JSONL records, RSS and Atom feeds, WARC web archives, a path
(gzip welcome), stdin, or a URL. Every
refusal is a `Rejected` with a one-line reason; sources holding many documents (JSONL) yield the refusal
for a bad record and go on with the rest.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from presslens.errors import Rejected
from presslens.ingest.clean import clean_text
from presslens.ingest.dates import parse_date
from presslens.ingest.feeds import from_feed, is_feed
from presslens.ingest.metadata import read_text_meta
from presslens.ingest.warc import from_warc, is_warc
from presslens.model import AnalysisWarning, Meta, Source, Span
from presslens.settings import Settings

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_HTML_SNIFF = ("<!doctype html", "<html", "<head", "<body", "<article", "<?xml")


@dataclass
class Document:
    """One article ready for the NLP: clean text, what is known about it, and its non-body lines."""

    text: str
    source: Source
    meta: Meta
    roles: list[tuple[int, int, str]] = field(default_factory=list)
    warnings: list[AnalysisWarning] = field(default_factory=list)


def from_text(
    raw: str,
    *,
    uri: str | None = None,
    kind: str = "text",
    meta: dict[str, Any] | None = None,
    settings: Settings | None = None,
    title: str | None = None,
) -> Document:
    """A document from raw text; `meta` (from a record or the caller) overrides what the text says."""
    settings = settings or Settings()
    _check_size(raw, uri, settings)
    if title and not raw.lstrip().startswith(title.strip()):
        raw = f"{title.strip()}\n\n{raw}"
    cleaned = clean_text(raw)
    if not cleaned.text.strip():
        raise Rejected("no text to analyse (empty or whitespace only)", uri)
    found = read_text_meta(cleaned.text)
    text = cleaned.text
    evidence = {k: Span.over(text, s, e) for k, (s, e) in found.evidence.items()}
    info = Meta(
        title=found.title,
        authors=found.authors,
        outlet=found.outlet,
        published=found.published,
        translated_by=found.translated_by,
        dateline=found.dateline,
        evidence=evidence,
    )
    warnings: list[AnalysisWarning] = []
    if found.published_ambiguous:
        warnings.append(
            AnalysisWarning(
                code="ambiguous-date",
                message=f"read {text[evidence['published'].start : evidence['published'].end]}"
                f" as {found.published} (day first)",
            )
        )
    _apply_meta(info, meta or {}, uri)
    source = Source(uri=uri, kind=kind, raw_chars=len(raw), offset_map=cleaned.offset_map)  # type: ignore[arg-type]
    return Document(text, source, info, found.roles, warnings)


def from_html(
    html: str | bytes,
    *,
    url: str | None = None,
    uri: str | None = None,
    meta: dict[str, Any] | None = None,
    settings: Settings | None = None,
    kind: str = "html",
) -> Document:
    from presslens.ingest.html import extract_html

    settings = settings or Settings()
    try:
        page = extract_html(html, url=url)
    except Rejected as exc:
        raise Rejected(exc.reason, uri or url) from None
    record: dict[str, Any] = {
        "title": page.title,
        "authors": page.authors,
        "published": page.published,
        "outlet": page.outlet,
        "url": page.url or url,
    }
    record.update({k: v for k, v in (meta or {}).items() if v})
    doc = from_text(page.text, uri=uri or url, kind=kind, meta=record, settings=settings, title=page.title)
    doc.source.offset_map = []  # offsets into extracted text mean nothing in the raw HTML
    doc.source.raw_chars = len(html)
    return doc


def from_record(record: Any, *, uri: str | None = None, settings: Settings | None = None) -> Document:
    """A JSONL record: {"text" | "html", "url", "title", "published", "outlet", "authors", ...}."""
    if not isinstance(record, dict):
        raise Rejected("a record must be a JSON object", uri)
    meta = {
        k: record.get(k) for k in ("title", "published", "outlet", "authors", "author", "url", "language")
    }
    url = record.get("url") if isinstance(record.get("url"), str) else None
    if isinstance(record.get("html"), str) and record["html"].strip():
        return from_html(record["html"], url=url, uri=uri, meta=meta, settings=settings, kind="jsonl")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise Rejected('a record needs a non-empty "text" or "html" field', uri)
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    return from_text(text, uri=uri, kind="jsonl", meta=meta, settings=settings, title=title)


def _apply_meta(info: Meta, given: dict[str, Any], uri: str | None) -> None:
    """Metadata supplied with the text wins over what was read from it; the text's evidence stays only
    where it agrees."""
    for key in ("title", "outlet", "url", "language"):
        value = given.get(key)
        if isinstance(value, str) and value.strip():
            setattr(info, key, value.strip())
            if key in info.evidence and info.evidence[key].text != value.strip():
                del info.evidence[key]
    authors = given.get("authors") or given.get("author")
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.replace(";", ",").split(",") if a.strip()]
    if isinstance(authors, list) and all(isinstance(a, str) for a in authors) and authors:
        info.authors = authors
        info.evidence.pop("authors", None)
    published = given.get("published")
    if isinstance(published, str) and published.strip():
        iso = parse_date(published)
        if iso is None:
            raise Rejected(f"cannot read the date {published!r}", uri)
        if iso != info.published:
            info.published = iso
            info.evidence.pop("published", None)


def _check_size(text: str, uri: str | None, settings: Settings) -> None:
    if len(text) > settings.max_chars:
        raise Rejected(
            f"text of {len(text):,} characters is over the {settings.max_chars:,} limit "
            "(raise it with --max-chars)",
            uri,
        )


def decode(data: bytes, uri: str | None, charset: str | None = None) -> tuple[str, str]:
    """Text and encoding of raw bytes: a declared charset, UTF-8, or the detected one. Binary is refused."""
    if not data.strip():
        raise Rejected("no text to analyse (empty or whitespace only)", uri)
    head = data[:8192]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in head:
        raise Rejected("looks like a binary file, not text", uri)
    for encoding in filter(None, (charset, "utf-8")):
        try:
            return data.decode(encoding).removeprefix("\ufeff"), encoding.lower()
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    from presslens.ingest.language import detect_language

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise Rejected("cannot detect the text encoding", uri)
    # Short Western texts fit several code pages equally well: among the least chaotic readings, take the
    # one that reads most like a language (cp1252 on a tie), so "José Núñez" does not come out as cp1250.
    tied = [m for m in results if m.chaos <= best.chaos]
    best = max(tied, key=lambda m: (round(detect_language(str(m))[1], 2), m.encoding == "cp1252"))
    text = str(best)
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > len(text[:8192]) * 0.05:
        raise Rejected("looks like a binary file, not text", uri)
    return text, best.encoding


def from_bytes(
    data: bytes,
    *,
    name: str,
    uri: str | None = None,
    charset: str | None = None,
    content_type: str | None = None,
    settings: Settings | None = None,
) -> Iterator[Document | Rejected]:
    """Documents in raw bytes named `name` (a file name or URL), by type: JSONL, HTML or text."""
    settings = settings or Settings()
    uri = uri or name
    lower = name.lower()
    if lower.endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            yield Rejected("not a readable gzip file", uri)
            return
        lower = lower.removesuffix(".gz")
    if len(data) > settings.max_chars * 4:
        yield Rejected(
            f"input of {len(data):,} bytes is over the size limit of {settings.max_chars:,} "
            "characters (raise it with --max-chars)",
            uri,
        )
        return
    if lower.endswith(".warc") or is_warc(data[:64]):
        yield from from_warc(io.BytesIO(data), uri, settings)
        return
    try:
        text, encoding = decode(data, uri, charset)
    except Rejected as exc:
        yield exc
        return
    if lower.endswith(_JSONL_SUFFIXES):
        yield from _records(enumerate(text.splitlines(), start=1), uri, settings)
        return
    if lower.endswith((".rss", ".atom")) or is_feed(text[:1000]):
        yield from from_feed(text, uri, settings)
        return
    is_html = (
        lower.endswith(_HTML_SUFFIXES)
        or (content_type or "").endswith("html")
        or text.lstrip()[:200].lower().startswith(_HTML_SNIFF)
    )
    try:
        doc = (
            from_html(text, url=uri if "://" in uri else None, uri=uri, settings=settings)
            if is_html
            else from_text(
                text, uri=uri, kind="markdown" if lower.endswith(".md") else "text", settings=settings
            )
        )
    except Rejected as exc:
        yield exc
        return
    doc.source.encoding = encoding
    yield doc


def _corpus_file(path: Path, spec: str, settings: Settings) -> Iterator[Document | Rejected]:
    """A JSONL or WARC corpus (gzipped or not), streamed from disk: a corpus of any size, each record held
    to the size limit on its own."""
    try:
        with path.open("rb") as raw:
            if path.name.lower().removesuffix(".gz").endswith(".warc"):
                yield from from_warc(raw, spec, settings)  # warcio reads gzipped members itself
                return
            gzipped = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            with gzip.open(raw) if gzipped else raw as stream:
                yield from _records(_utf8_lines(stream, spec), spec, settings)
    except (OSError, EOFError) as exc:
        yield Rejected(f"cannot read the file ({getattr(exc, 'strerror', None) or exc})", spec)


def _utf8_lines(stream: IO[bytes], uri: str) -> Iterator[tuple[int, str | Rejected]]:
    for n, line in enumerate(stream, start=1):
        try:
            yield n, line.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError:
            yield n, Rejected("not UTF-8 text (JSON lines are UTF-8)", f"{uri}:{n}")


def _records(
    lines: Iterable[tuple[int, str | Rejected]], uri: str, settings: Settings
) -> Iterator[Document | Rejected]:
    """The documents of numbered JSONL lines (a line may be a `Rejected` already: undecodable)."""
    seen = False
    for n, line in lines:
        if isinstance(line, Rejected):
            seen = True
            yield line
            continue
        if not line.strip():
            continue
        seen = True
        where = f"{uri}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(f"not valid JSON ({exc.msg} at column {exc.colno})", where)
            continue
        try:
            yield from_record(record, uri=where, settings=settings)
        except Rejected as exc:
            yield exc
    if not seen:
        yield Rejected("no records (the file holds only blank lines)", uri)


def from_source(spec: str, settings: Settings | None = None) -> Iterator[Document | Rejected]:
    """Documents from a path, "-" (stdin) or an http(s) URL."""
    settings = settings or Settings()
    if spec == "-":
        data = sys.stdin.buffer.read(settings.max_chars * 4 + 1)
        yield from from_bytes(data, name="<stdin>", settings=settings)
        return
    if "://" in spec[:12]:
        from presslens.ingest.url import fetch

        try:
            page = fetch(spec, settings)
        except Rejected as exc:
            yield exc
            return
        yield from from_bytes(
            page.data,
            name=page.url,
            uri=spec,
            charset=page.charset,
            content_type=page.content_type,
            settings=settings,
        )
        return
    path = Path(spec)
    if not path.exists():
        yield Rejected("no such file", spec)
        return
    if path.is_dir():
        yield Rejected("is a directory, not a file (give the files, or use a glob)", spec)
        return
    if path.name.lower().removesuffix(".gz").endswith((*_JSONL_SUFFIXES, ".warc")):
        yield from _corpus_file(path, spec, settings)
        return
    try:
        size = path.stat().st_size
        if size > settings.max_chars * 4:
            yield Rejected(
                f"file of {size:,} bytes is over the size limit of {settings.max_chars:,} characters "
                "(raise it with --max-chars)",
                spec,
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(f"cannot read the file ({exc.strerror or exc})", spec)
        return
    yield from from_bytes(data, name=path.name, uri=spec, settings=settings)
