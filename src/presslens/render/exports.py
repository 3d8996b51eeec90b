"""Flat exports of analyses for other tools: events as GDELT-style tab-separated rows, persuasion techniques
as PTC label lines (SemEval-2020 Task 11) in the raw input's offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import PurePath

from presslens.model import Analysis, Event

EVENT_COLUMNS: tuple[str, ...] = (
    "date",
    "actor1_code",
    "actor1_name",
    "actor1_type",
    "actor2_code",
    "actor2_name",
    "actor2_type",
    "plover",
    "coded",
    "mode",
    "modality",
    "cameo",
    "quad_class",
    "goldstein",
    "confidence",
    "source_url",
    "sentence",
)

_SPACE = re.compile(r"\s+")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _field(value: object) -> str:
    """One TSV cell: empty for None, numbers without noise, no tab or line break inside."""
    if value is None:
        return ""
    if isinstance(value, float):
        value = f"{value:.3f}".rstrip("0").rstrip(".")
    return _SPACE.sub(" ", str(value)).strip()


def gdelt_date(value: str | None) -> str:
    """An ISO date or date-time as GDELT writes it: "2024-03-05T10:00" -> "20240305" ("" if unreadable;
    a partial date keeps what it has: "2024-03" -> "202403")."""
    m = _ISO_DATE.match(value or "")
    return "".join(g for g in m.groups() if g) if m else ""


def _actor(analysis: Analysis, actor_id: str | None) -> tuple[str, str]:
    if actor_id is None:
        return "", ""
    actor = analysis.actor(actor_id)
    if actor is None:  # an id the actor list does not hold: keep the id so the row is not silently empty
        return actor_id, ""
    return actor.code, actor.name


def event_rows(analysis: Analysis, event: Event) -> Iterator[list[str]]:
    """The rows of one event: one per (source, target) dyad; an empty side gives empty actor cells. The
    date is the event's own when the sentence dates it, else the article's."""
    date = gdelt_date(event.date) or gdelt_date(analysis.meta.published)
    sentence = (
        analysis.sentences[event.sentence].text if 0 <= event.sentence < len(analysis.sentences) else ""
    )
    from presslens.analyzers.events import coded_plover

    tail = [
        event.plover,
        coded_plover(event) or "",  # the type as CAMEO codes it: a promise to visit is AGREE
        event.mode,
        event.modality,
        event.cameo,
        event.quad_class,
        event.intensity,
        event.confidence,
        analysis.source.uri or analysis.meta.url,
        sentence,
    ]
    sources: list[str | None] = list(event.source_ids) or [None]
    targets: list[str | None] = list(event.target_ids) or [None]
    for source in sources:
        for target in targets:
            if event.reciprocal and source is not None and source == target and len(sources) > 1:
                continue  # "A and B support each other": A -> B and B -> A, not A -> A
            row = [
                date,
                *_actor(analysis, source),
                event.source_sector if source is not None else None,  # CAMEO type: COP, REB, CVL ...
                *_actor(analysis, target),
                event.target_sector if target is not None else None,
                *tail,
            ]
            yield [_field(v) for v in row]


def events_tsv(analyses: Iterable[Analysis]) -> Iterator[str]:
    """A header line, then one line per event dyad of every analysis, in order; each line ends in "\\n"."""
    yield "\t".join(EVENT_COLUMNS) + "\n"
    for analysis in analyses:
        for event in analysis.events:
            for row in event_rows(analysis, event):
                yield "\t".join(row) + "\n"


_PTC_ID = re.compile(r"article(\w+)\.txt$")


def ptc_id(analysis: Analysis) -> str:
    """The article id PTC files use: NNN of "articleNNN.txt", else the file's stem, else the analysis id."""
    uri = analysis.source.uri or ""
    m = _PTC_ID.search(uri)
    if m:
        return m.group(1)
    return PurePath(uri).stem if uri and uri != "-" else analysis.id


def ptc_lines(analyses: Iterable[Analysis]) -> Iterator[str]:
    """`id<TAB>technique<TAB>start<TAB>end` per technique span, offsets into the raw input where the text
    came from a text file (so the official scorer reads them against the original article)."""
    from presslens.ingest.clean import to_raw_span

    for analysis in analyses:
        art = ptc_id(analysis)
        offsets = analysis.source.offset_map
        for t in analysis.techniques:
            start, end = to_raw_span(offsets, t.start, t.end) if offsets else (t.start, t.end)
            yield f"{art}\t{t.technique}\t{start}\t{end}\n"
