"""The reader's view: one self-contained HTML file per analysis.

The article is shown as written, cut into segments at every finding's boundaries; each segment carries
the layers that cover it (actors, quotes, claims, events, techniques, frames) as classes, and the ids of
those findings. A layer is switched on and off with its checkbox; hovering or focusing a segment shows
what covers it in a tooltip. Side panels hold the metadata, the actors and how they are portrayed (each
evidence link jumps to its sentence), and the quotes, claims and events.

Safe by construction: every piece of article text reaches the page through Jinja2's autoescaping or, in
the tooltip, through `textContent`; the findings travel as a JSON data block with `<`, `>` and `&`
escaped; the page loads nothing (no network, no CDN) and its Content-Security-Policy allows only its own
style and script, by hash."""

from __future__ import annotations

import base64
import functools
import hashlib
import itertools
import json
from collections.abc import Collection
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from presslens.model import Analysis, Span
from presslens.render.terminal import _number, _who

LAYERS = {  # name -> what the legend says
    "actors": "actors named (resolved to canonical codes)",
    "quotes": "quotations, with their speakers",
    "claims": "check-worthy claims, with normalised quantities",
    "events": "political events (PLOVER / CAMEO)",
    "techniques": "persuasion techniques",
    "frames": "evidence of the article's frames",
}


@dataclass
class Segment:
    start: int
    end: int
    text: str
    findings: list[str] = field(default_factory=list)  # ids into the findings table
    layers: list[str] = field(default_factory=list)
    anchor: str | None = None  # an evidence link lands here


def _asset(name: str) -> str:
    return (resources.files("presslens") / "render" / "assets" / name).read_text(encoding="utf-8")


def csp_hash(source: str) -> str:
    """The Content-Security-Policy source that admits exactly this inline style or script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def findings(analysis: Analysis) -> dict[str, dict[str, Any]]:
    """Every finding shown over the text: id -> {layer, start, end, label, detail}."""
    a = analysis
    out: dict[str, dict[str, Any]] = {}

    def add(layer: str, k: int, span: Span, label: str, detail: str = "") -> None:
        if span.end > span.start:
            out[f"{layer}-{k}"] = {
                "layer": layer,
                "start": span.start,
                "end": span.end,
                "label": label,
                "detail": detail,
            }

    portrayed = {p.actor_id: p for p in a.portrayals}
    for k, m in enumerate(a.mentions):
        if not m.actor_ids:
            continue
        names = []
        for actor_id in m.actor_ids:
            actor = a.actor(actor_id)
            name = f"{actor.name} ({actor.code})" if actor else actor_id
            if actor_id in portrayed:
                name += f", portrayed {portrayed[actor_id].polarity}"
            names.append(name)
        how = "" if m.kind == "name" else f"{m.kind}, confidence {m.confidence:.2f}"
        add("actors", k, m, "; ".join(names), how)
    for k, q in enumerate(a.quotes):
        speaker = _who(a, q.speaker_ids, ", ".join(s.text for s in q.speakers) or "unattributed")
        add("quotes", k, q, f"{q.kind} quote: {speaker}", f"cue: {q.cue.text}" if q.cue else "")
    for k, c in enumerate(a.claims):
        numbers = "; ".join(f"{x.text} = {_number(x)}" for x in c.quantities)
        add("claims", k, c, f"claim ({c.kind}), check-worthiness {c.checkworthiness:.2f}", numbers)
    for k, e in enumerate(a.events):
        who = _who(a, e.source_ids, "?")
        whom = _who(a, e.target_ids, "")
        code = f"CAMEO {e.cameo}" if e.cameo else ""
        detail = ", ".join(
            x
            for x in (
                code,
                f"Goldstein {e.intensity:+.1f}" if e.intensity is not None else "",
                e.modality if e.modality != "asserted" else "",
            )
            if x
        )
        add(
            "events",
            k,
            e,
            f"{e.plover}{' ' + e.mode if e.mode else ''}: {who}{' → ' + whom if whom else ''}",
            detail,
        )
    for k, t in enumerate(a.techniques):
        add("techniques", k, t, t.technique.replace("_", " "), t.explanation or "")
    n = 0
    for f in a.frames:
        for span in f.evidence:
            add("frames", n, span, f"frame: {f.frame.replace('_', ' ')} ({f.confidence:.2f})")
            n += 1
    return out


def segments(
    text: str, table: dict[str, dict[str, Any]], evidence: Collection[tuple[int, int]] = ()
) -> list[Segment]:
    """The text cut at every finding's start and end and at every evidence passage's, each piece with what
    covers it; a piece where evidence starts is its anchor."""
    anchors = {s for s, _ in evidence}
    cuts = {0, len(text)} | {c for f in table.values() for c in (f["start"], f["end"])}
    cuts |= anchors | {e for _, e in evidence}
    cuts = sorted(c for c in cuts if 0 <= c <= len(text))
    starts: dict[int, list[str]] = {}
    for fid, f in table.items():
        starts.setdefault(f["start"], []).append(fid)
    open_: dict[str, int] = {}
    out = []
    for lo, hi in itertools.pairwise(cuts):
        for fid in starts.get(lo, ()):
            open_[fid] = table[fid]["end"]
        for fid in [f for f, end in open_.items() if end <= lo]:
            del open_[fid]
        ids = sorted(open_, key=lambda f: (table[f]["start"], f))
        layers = sorted({table[f]["layer"] for f in ids})
        out.append(Segment(lo, hi, text[lo:hi], ids, layers, f"at-{lo}" if lo in anchors else None))
    return out


@functools.cache
def _page() -> tuple[Any, str, str, str]:
    """The page's template, style, script and Content-Security-Policy: read and compiled once."""
    from jinja2 import Environment

    style, script = _asset("report.css"), _asset("report.js")
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    csp = (
        f"default-src 'none'; style-src {csp_hash(style)}; script-src {csp_hash(script)}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return env.from_string(_asset("report.html")), style, script, csp


def render_html(analysis: Analysis) -> str:
    """The analysis as one self-contained HTML page."""
    template, style, script, csp = _page()
    a = analysis
    table = findings(a)
    evidence = {(s.start, s.end) for p in a.portrayals for s in p.evidence}
    evidence |= {(s.start, s.end) for x in a.stances for s in x.evidence}
    evidence |= {(x.start, x.end) for x in (*a.quotes, *a.claims, *a.events)}
    data = json.dumps(table, ensure_ascii=False)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    counts = {layer: sum(1 for f in table.values() if f["layer"] == layer) for layer in LAYERS}
    return template.render(
        a=a,
        layers=LAYERS,
        counts=counts,
        segments=segments(a.text, table, evidence),
        findings_json=data,
        style=style,
        script=script,
        csp=csp,
        who=lambda ids, fallback="": _who(a, ids, fallback),
        number=_number,
        actor_rows=_actor_rows(a),
    )


def _actor_rows(a: Analysis) -> list[dict[str, Any]]:
    portrayed = {p.actor_id: p for p in a.portrayals}
    rows = []
    for actor in sorted(a.actors, key=lambda x: -len(x.mentions)):
        p = portrayed.get(actor.id)
        rows.append({"actor": actor, "portrayal": p, "evidence": p.evidence if p else []})
    return rows
