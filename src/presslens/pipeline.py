"""Run the analyzers on documents: ingest -> one spaCy parse -> analyzers in order -> `Analysis`.

`analyze` takes one text (or HTML); `analyze_many` streams any number through one loaded pipeline, yielding
a `Rejected` in place of an input it cannot read and going on with the rest.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import pairwise, tee
from typing import Any

from presslens import nlp
from presslens.analyzers import Analyzer, Parsed, components, plan
from presslens.errors import Rejected
from presslens.ingest import Document, from_html, from_text
from presslens.ingest.dates import iso_day
from presslens.ingest.language import detect_language
from presslens.model import Analysis, AnalysisWarning, Sentence, content_id
from presslens.settings import Settings

_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
_SKIPPED_ROLES = ("byline", "credit", "dateline")


def to_document(
    item: str | bytes | Document,
    *,
    url: str | None = None,
    meta: dict[str, Any] | None = None,
    settings: Settings | None = None,
) -> Document:
    """A `Document` from text, HTML (sniffed) or bytes."""
    if isinstance(item, Document):
        return item
    if isinstance(item, bytes):
        from presslens.ingest import decode

        item, _ = decode(item, url)
    if _HTML_START.match(item[:500]):
        return from_html(item, url=url, meta=meta, settings=settings, kind="api")
    doc = from_text(item, uri=url, kind="api", meta=meta, settings=settings)
    return doc


def analyze(
    text_or_html: str | bytes | Document,
    url: str | None = None,
    meta: dict[str, Any] | None = None,
    settings: Settings | None = None,
) -> Analysis:
    """Analyse one article. Raises `Rejected` for input it cannot read."""
    settings = settings or Settings()
    document = to_document(text_or_html, url=url, meta=meta, settings=settings)
    result = next(analyze_documents([document], settings))
    if isinstance(result, Rejected):
        raise result
    return result


def analyze_many(
    items: Iterable[str | bytes | Document | Rejected], settings: Settings | None = None, batch_size: int = 16
) -> Iterator[Analysis | Rejected]:
    """Analyse many articles through one pipeline, in order; unreadable ones come back as `Rejected`."""
    settings = settings or Settings()

    def documents() -> Iterator[Document | Rejected]:
        for item in items:
            if isinstance(item, Rejected):
                yield item
                continue
            try:
                yield to_document(item, settings=settings)
            except Rejected as exc:
                yield exc

    yield from analyze_documents(documents(), settings, batch_size)


def analyze_documents(
    items: Iterable[Document | Rejected],
    settings: Settings,
    batch_size: int = 16,
    timings: dict[str, float] | None = None,
) -> Iterator[Analysis | Rejected]:
    """The core loop. `timings`, if given, collects CPU seconds per analyzer (for benchmarks)."""
    analyzers = plan(settings.only, settings.skip)
    needed = components(analyzers)
    feed, keep = tee(items)
    texts = (_parser_text(d) for d in feed if not isinstance(d, Rejected))
    docs = nlp.parse_many(texts, needed, batch_size=batch_size)
    for item in keep:
        if isinstance(item, Rejected):
            yield item
            continue
        parsed = next(docs)
        nlp.keep_text(parsed, item.text)
        try:
            yield build(item, parsed, analyzers, settings, timings)
        except Exception as exc:  # a bug on one document must not stop a batch of thousands
            if settings.strict:
                raise
            yield Rejected(f"could not be analysed ({exc.__class__.__name__}: {exc})", item.source.uri)


# --- worker processes (corpus ingest, the web app): the pipeline loaded once, the settings kept ----------

_worker_settings = Settings()


def start_worker(settings: Settings) -> None:
    """A worker process's initialiser: keep its settings and load the pipeline before the first document."""
    global _worker_settings
    _worker_settings = settings
    analyze("Warm-up text: Moscow and Beijing agreed on trade.", settings=settings)


def analyze_in_worker(documents: Iterable[Document]) -> Iterator[Analysis | Rejected]:
    """`analyze_documents` with the settings the worker was started with."""
    return analyze_documents(documents, _worker_settings)


def build(
    document: Document,
    doc: Any,
    analyzers: list[Analyzer],
    settings: Settings,
    timings: dict[str, float] | None = None,
) -> Analysis:
    """The `Analysis` of one parsed document."""
    text = document.text
    warnings = list(document.warnings)
    meta = document.meta.model_copy()
    sentences = _sentences(doc, text, document.roles)
    body = " ".join(text[s.start : s.end] for s in sentences if s.role == "body")[:20_000]
    language, confidence = detect_language(body or text)
    meta.language = meta.language or language
    meta.language_confidence = round(confidence, 3)
    if meta.language and meta.language != "en":
        warnings.append(
            AnalysisWarning(
                code="language",
                message=f"the text looks like {meta.language!r}; the analyzers are built for English",
            )
        )
    day = iso_day(meta.published)
    if day is None:
        day = date.today()
        warnings.append(
            AnalysisWarning(
                code="no-date",
                message="no publication date found: offices and roles "
                f"are taken as of today ({day.isoformat()})",
            )
        )
    skip = [(s, e) for s, e, role in document.roles if role in _SKIPPED_ROLES]
    parsed = Parsed(doc, document, day, sentences, skip, warnings=warnings, strict=settings.strict)
    sections = parsed.sections
    for analyzer in analyzers:
        started = time.process_time()
        try:
            filled = analyzer.run(parsed)
        except Exception as exc:  # one failing analyzer must not sink the whole analysis
            if settings.strict:
                raise
            warnings.append(
                AnalysisWarning(
                    code="analyzer-failed", message=f"{analyzer.name}: {exc.__class__.__name__}: {exc}"
                )
            )
            continue
        finally:
            if timings is not None:
                timings[analyzer.name] = timings.get(analyzer.name, 0.0) + time.process_time() - started
        sections.update(filled)
    return Analysis(
        id=content_id(text),
        source=document.source,
        meta=meta,
        text=text,
        sentences=sentences,
        warnings=warnings,
        analyzers=[a.name for a in analyzers],
        **sections,
    )


def _parser_text(document: Document) -> str:
    """The text the parser reads: a dateline opening the story ("CAIRO, Egypt (AP) -- ") blanked out, so that
    its city is not parsed as the first sentence's subject. Offsets are unchanged; analyzers read the text
    as written."""
    text = document.text
    for start, end, role in document.roles:
        # not a date on a line of its own, which the parser needs to end the line before
        if role == "dateline" and "\n" not in text[start:end] and text[end : end + 1] not in ("", "\n"):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _sentences(doc: Any, text: str, roles: list[tuple[int, int, str]]) -> list[Sentence]:
    breaks = [m.end() for m in re.finditer(r"\n\n", text)]
    out: list[Sentence] = []
    # a dateline is a sentence of its own, whatever the parser joined it to ("CAIRO, Egypt (AP) -- Libya ...")
    cuts = sorted({i for s, e, r in roles if r == "dateline" for i in (s, e)})
    spans = []
    for sent in doc.sents:
        inside = [i for i in cuts if sent.start_char < i < sent.end_char]
        bounds = [sent.start_char, *inside, sent.end_char]
        spans.extend(pairwise(bounds))
    for start, end in spans:
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if start == end:
            continue
        role = "body"
        for r_start, r_end, r_role in roles:
            overlap = min(end, r_end) - max(start, r_start)
            if overlap > 0 and overlap * 2 >= end - start:
                role = r_role
                break
        out.append(
            Sentence(
                start=start,
                end=end,
                text=text[start:end],
                role=role,  # type: ignore[arg-type]
                paragraph=bisect_right(breaks, start),
            )
        )
    return out
