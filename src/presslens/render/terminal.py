"""A readable report of one `Analysis` for the terminal (rich): metadata, actors, then each section."""

from __future__ import annotations

from collections import Counter

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from presslens.model import Analysis, Quantity, Span
from presslens.render import console as make_console

_SECTIONS = ("quotes", "claims", "events", "techniques", "frames", "portrayals", "stances")


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


_BOUND = {"more_than": ">", "less_than": "<", "at_least": "≥", "at_most": "≤", "about": "~", "exact": ""}


def _clip(text: str, n: int = 160) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _who(analysis: Analysis, ids: list[str], fallback: str = "") -> str:
    names = [a.name for i in ids if (a := analysis.actor(i))]
    return " & ".join(names) or fallback


def _scaled(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.6g} {word}"
    return f"{value:,.6g}"


def _number(q: Quantity) -> str:
    """A quantity as a reader would say it: "> 100 billion USD", "#38", "2013 (since)"."""
    if q.kind == "year":
        return f"{_BOUND.get(q.bound, '')}{q.resolved or f'{q.value:g}'}"
    if q.kind == "ordinal":
        return f"#{q.value:g}" + (f" {q.unit}" if q.unit not in ("ordinal", "") else "")
    high = f"–{_scaled(q.high)}" if q.high is not None else ""
    out = f"{_BOUND.get(q.bound, '~')}{_scaled(q.value)}{high} {q.unit}".strip()
    return out + (f" (→ {q.resolved})" if q.resolved else "")


def _quotes(analysis: Analysis) -> RenderableType:
    table = Table(title="Quotes", title_justify="left", title_style="bold")
    table.add_column("kind", no_wrap=True)
    table.add_column("speaker", max_width=24)
    table.add_column("cue", style="dim", no_wrap=True)
    table.add_column("words", overflow="fold")
    table.add_column("conf.", justify="right")
    for q in analysis.quotes:
        speaker = _who(analysis, q.speaker_ids, q.speakers[0].text if q.speakers else "?")
        words = _clip(q.text)
        if q.fragments:
            words += "  [" + " | ".join(f"“{f.text}”" for f in q.fragments) + "]"
        table.add_row(q.kind, speaker, q.cue.text if q.cue else "", words, f"{q.confidence:.2f}")
    if analysis.scare_quotes:
        scare = ", ".join(f"“{s.text}”" for s in analysis.scare_quotes)
        table.caption = f"scare quotes (no speaker, no cue): {scare}"
    return table


def _claims(analysis: Analysis) -> RenderableType:
    table = Table(title="Check-worthy claims", title_justify="left", title_style="bold")
    table.add_column("kind", no_wrap=True)
    table.add_column("score", justify="right")
    table.add_column("numbers", max_width=30)
    table.add_column("by", max_width=18)
    table.add_column("claim", overflow="fold")
    for c in sorted(analysis.claims, key=lambda c: -c.checkworthiness):
        numbers = "; ".join(_number(q) for q in c.quantities)
        by = _who(analysis, c.claimant_ids, "outlet") if c.claimant == "speaker" else "outlet"
        hedged = " (hedged: " + ", ".join(h.text for h in c.hedges) + ")" if c.hedges else ""
        table.add_row(c.kind, f"{c.checkworthiness:.2f}", numbers, by, _clip(c.text) + hedged)
    return table


def _events(analysis: Analysis) -> RenderableType:
    table = Table(title="Events", title_justify="left", title_style="bold")
    table.add_column("trigger", no_wrap=True, max_width=16, overflow="ellipsis")
    table.add_column("type", no_wrap=True)
    table.add_column("who → whom", max_width=36)
    table.add_column("modality", no_wrap=True)
    table.add_column("sentence", overflow="fold")
    table.add_column("conf.", justify="right")
    for e in analysis.events:
        kind = e.plover + (f" / {e.mode}" if e.mode else "")
        who = _who(analysis, e.source_ids, "?")
        whom = _who(analysis, e.target_ids)
        dyad = f"{who} → {whom}" if whom else who
        sentence = analysis.sentences[e.sentence].text if 0 <= e.sentence < len(analysis.sentences) else ""
        sentence = " ".join(sentence.split())
        table.add_row(e.text, kind, dyad, e.modality, _clip(sentence, 120), f"{e.confidence:.2f}")
    return table


def _techniques(analysis: Analysis) -> RenderableType:
    table = Table(title="Persuasion techniques", title_justify="left", title_style="bold")
    table.add_column("technique", no_wrap=True)
    table.add_column("text", max_width=40, overflow="fold")
    table.add_column("why", overflow="fold")
    table.add_column("conf.", justify="right")
    for t in analysis.techniques:
        table.add_row(t.technique, _clip(t.text, 80), t.explanation or "", f"{t.confidence:.2f}")
    return table


def _frames(analysis: Analysis) -> RenderableType:
    table = Table(title="Frames", title_justify="left", title_style="bold")
    table.add_column("frame", no_wrap=True)
    table.add_column("P", justify="right")
    table.add_column("carried by", overflow="fold")
    for f in analysis.frames:
        evidence = " | ".join(_clip(" ".join(e.text.split()), 90) for e in f.evidence)
        table.add_row(f.frame, f"{f.confidence:.2f}", evidence)
    return table


def _first(evidence: list[Span]) -> str:
    """The first evidence sentence on one line, clipped."""
    return _clip(" ".join(evidence[0].text.split()), 110) if evidence else ""


def _portrayals(analysis: Analysis) -> RenderableType:
    table = Table(title="Portrayal", title_justify="left", title_style="bold")
    table.add_column("actor", max_width=22)
    table.add_column("shown as", no_wrap=True)
    table.add_column("score", justify="right")
    table.add_column("mentions", justify="right")
    table.add_column("words", max_width=24)
    table.add_column("strongest evidence", overflow="fold")
    for p in analysis.portrayals:
        style = {"positive": "green", "negative": "red"}.get(p.polarity, "")
        words = ", ".join(dict.fromkeys(c.text.lower() for c in p.cues))
        evidence = _first(p.evidence)
        table.add_row(
            _who(analysis, [p.actor_id]),
            Text(p.polarity, style=style),
            f"{p.score:+.2f}",
            str(p.mentions),
            words,
            evidence,
        )
    if analysis.tone:
        t = analysis.tone
        table.caption = (
            f"tone {t.score:+.2f} (positive {t.positive:.2f}%, negative {t.negative:.2f}%, polarity "
            f"{t.polarity:.2f}%, activity {t.activity_density:.1f}%, self/group {t.self_group_density:.2f}%, "
            f"{t.word_count} words)"
        )
    return table


def _stances(analysis: Analysis) -> RenderableType:
    table = Table(title="Stances", title_justify="left", title_style="bold")
    table.add_column("who → whom", max_width=36)
    table.add_column("relation", no_wrap=True)
    table.add_column("score", justify="right")
    table.add_column("from", no_wrap=True)
    table.add_column("evidence", overflow="fold")
    for x in analysis.stances:
        style = "green" if x.relation == "allied" else "red"
        dyad = f"{_who(analysis, [x.source_id])} → {_who(analysis, [x.target_id])}"
        evidence = _first(x.evidence)
        table.add_row(dyad, Text(x.relation, style=style), f"{x.score:+.2f}", ", ".join(x.basis), evidence)
    return table


def _section(analysis: Analysis, name: str) -> RenderableType | None:
    items = getattr(analysis, name)
    if name not in analysis.analyzers and not items:
        return None
    if not items:
        return Text(f"{name}: none found", style="dim")
    if name == "quotes":
        return _quotes(analysis)
    if name == "claims":
        return _claims(analysis)
    if name == "events":
        return _events(analysis)
    if name == "techniques":
        return _techniques(analysis)
    if name == "frames":
        return _frames(analysis)
    if name == "portrayals":
        return _portrayals(analysis)
    if name == "stances":
        return _stances(analysis)
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
