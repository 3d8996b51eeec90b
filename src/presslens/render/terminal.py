"""A readable report of one `Analysis` for the terminal (rich): metadata, actors, then each section."""

from __future__ import annotations

from collections import Counter

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from presslens.model import Analysis
from presslens.render import console as make_console

_SECTIONS = ("quotes", "claims", "events", "techniques", "frames", "portrayals")


def actor_counts(analysis: Analysis) -> list[tuple[str, int, int, Counter[str]]]:
    """(actor id, direct mentions, mentions through its people and bodies, surface forms) per actor."""
    by_id = {a.id: a for a in analysis.actors}
    direct: Counter[str] = Counter()
    indirect: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = {a.id: Counter() for a in analysis.actors}
    for m in analysis.mentions:
        for actor_id in m.actor_ids:
            direct[actor_id] += 1
            surfaces[actor_id][m.text] += 1
            country = by_id[actor_id].country
            if country and country != actor_id and country in by_id:
                indirect[country] += 1
    return [(a.id, direct[a.id], indirect[a.id], surfaces[a.id]) for a in analysis.actors]


def _meta(analysis: Analysis) -> RenderableType:
    meta = analysis.meta
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column()
    rows = [
        ("outlet", meta.outlet),
        ("authors", ", ".join(meta.authors) or None),
        ("published", meta.published),
        ("translated by", meta.translated_by),
        ("language", f"{meta.language} ({meta.language_confidence:.2f})" if meta.language else None),
        (
            "genre",
            f"{analysis.genre.label} ({analysis.genre.confidence:.2f}): "
            f"{(analysis.genre.explanation or '').partition(': ')[2]}"
            if analysis.genre
            else None,
        ),
        ("dateline", meta.dateline),
        ("url", meta.url or analysis.source.uri),
        ("words", f"{len(analysis.text.split()):,} in {len(analysis.sentences)} sentences"),
        ("id", analysis.id),
    ]
    for key, value in rows:
        if value:
            grid.add_row(key, Text(str(value)))
    title = Text(meta.title or "(no title)", style="bold")
    return Panel(grid, title=title, title_align="left", border_style="cyan")


def _role(actor) -> str:
    """The office to show: head of state or government first."""
    order = ("head_of_state", "head_of_government", "supreme_leader", "foreign_minister", "defence_minister")
    roles = sorted(actor.roles, key=lambda r: order.index(r.office) if r.office in order else len(order))
    return roles[0].title if roles else ""


def _actors(analysis: Analysis) -> RenderableType:
    table = Table(title="Actors", title_justify="left", title_style="bold")
    widest = max((len(a.code) for a in analysis.actors), default=4)
    table.add_column("code", style="bold", no_wrap=True, min_width=min(widest, 14))
    table.add_column("actor", max_width=24, overflow="ellipsis", no_wrap=True)
    table.add_column("what", style="dim", max_width=24, overflow="ellipsis", no_wrap=True)
    table.add_column("mentions", justify="right", no_wrap=True, min_width=8)
    table.add_column("as", overflow="ellipsis", no_wrap=True, max_width=30)
    for actor_id, direct, indirect, surfaces in actor_counts(analysis):
        actor = analysis.actor(actor_id)
        assert actor is not None
        what = " · ".join(
            x for x in (actor.kind, actor.country if actor.country != actor.id else None, _role(actor)) if x
        )
        count = f"{direct}" + (f" +{indirect}" if indirect else "")
        forms = ", ".join(f"{s} ×{n}" if n > 1 else s for s, n in surfaces.most_common(5))
        name = Text(actor.name)
        if not actor.known:
            name.append(" *", style="dim")
        table.add_row(actor.code, name, what, count, forms)
    table.caption = "mentions: direct +through the actor's people and bodies; * not in the gazetteer"
    return table


def _section(analysis: Analysis, name: str) -> RenderableType | None:
    items = getattr(analysis, name)
    if name not in analysis.analyzers and not items:
        return None
    if not items:
        return Text(f"{name}: none found", style="dim")
    table = Table(title=name.capitalize(), title_justify="left", title_style="bold")
    table.add_column("what")
    table.add_column("text", overflow="fold")
    table.add_column("conf.", justify="right")
    for item in items:
        label = next(
            (
                str(getattr(item, k))
                for k in ("kind", "plover", "technique", "frame", "polarity")
                if getattr(item, k, None)
            ),
            "",
        )
        text = getattr(item, "text", None) or getattr(item, "actor_id", "")
        table.add_row(label, text, f"{item.confidence:.2f}")
    return table


def render(analysis: Analysis, console: Console | None = None) -> None:
    console = console or make_console()
    parts: list[RenderableType] = [_meta(analysis)]
    if analysis.actors:
        parts.append(_actors(analysis))
    elif "actors" in analysis.analyzers:
        parts.append(Text("actors: none found", style="dim"))
    for name in _SECTIONS:
        part = _section(analysis, name)
        if part is not None:
            parts.append(part)
    if analysis.warnings:
        notes = Text()
        for w in analysis.warnings:
            notes.append(f"! {w.code}: ", style="yellow")
            notes.append(w.message + "\n")
        parts.append(notes)
    console.print(Group(*parts))
