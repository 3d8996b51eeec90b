"""The reports' and the dashboard's charts, drawn with matplotlib (no display needed): saved as PNG or SVG
by the file's suffix, or as an SVG data URI for a web page.

A chart is made from a report's own table (`columns`, `rows`), so what is drawn is what is printed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from presslens.errors import Rejected

Result = tuple[list[str], list[tuple[Any, ...]]]
FORMATS = (".png", ".svg")


def series(result: Result, x: str, group: str, y: str) -> dict[str, list[tuple[Any, float]]]:
    """Points (x, y) per value of the `group` column, rows without a y left out."""
    columns, rows = result
    ix, ig, iy = columns.index(x), columns.index(group), columns.index(y)
    out: dict[str, list[tuple[Any, float]]] = {}
    for row in rows:
        if row[iy] is not None and row[ix] is not None:
            out.setdefault(str(row[ig]), []).append((row[ix], float(row[iy])))
    return out


def _figure(panels: int) -> Any:
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "presslens"  # the same chart gives the same SVG
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(panels, 1, figsize=(9, 3.2 * panels + 0.6), squeeze=False, sharex=True)
    return fig, [a[0] for a in axes]


def save(fig: Any, path: Path) -> Path:
    """Write a chart to a .png or .svg file."""
    import matplotlib.pyplot as plt

    if path.suffix.lower() not in FORMATS:
        plt.close(fig)
        raise Rejected("a chart is written as .png or .svg", str(path))
    fig.tight_layout()
    metadata = {"Date": None} if path.suffix.lower() == ".svg" else {}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=120, metadata=metadata)
    except OSError as exc:
        raise Rejected(f"cannot write the chart ({exc.strerror})", str(path)) from None
    finally:
        plt.close(fig)
    return path


def data_uri(fig: Any) -> str:
    """A chart as an SVG data URI, for an <img> (its own styles stay inside the image)."""
    import base64
    import io

    import matplotlib.pyplot as plt

    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="svg", metadata={"Date": None})
    plt.close(fig)
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode()


def line_chart(title: str, panels: dict[str, dict[str, list[tuple[Any, float]]]]) -> Any:
    """One panel per y label, one line per series, x shared (periods)."""
    fig, axes = _figure(len(panels))
    for ax, (ylabel, lines) in zip(axes, panels.items(), strict=True):
        for name, points in sorted(lines.items()):
            ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", markersize=3, label=name)
        ax.set_ylabel(ylabel)
        ax.grid(alpha=0.3)
        if 1 < len(lines) <= 12:
            ax.legend(fontsize=8, loc="best")
        if not lines:
            ax.text(0.5, 0.5, "nothing stored for this", ha="center", va="center", transform=ax.transAxes)
    axes[0].set_title(title, loc="left")
    fig.autofmt_xdate()
    return fig


def bar_chart(title: str, bars: Sequence[tuple[str, float]], xlabel: str) -> Any:
    """Horizontal bars, largest on top."""
    fig, (ax,) = _figure(1)
    ordered = sorted(bars, key=lambda b: b[1])
    ax.barh([b[0] for b in ordered], [b[1] for b in ordered], color="#4a6fa5")
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    ax.grid(axis="x", alpha=0.3)
    if not bars:
        ax.text(0.5, 0.5, "nothing stored for this", ha="center", va="center", transform=ax.transAxes)
    return fig


# --- one chart per report, shared by `presslens report --chart` and the web dashboard -------------------


def portrayal_chart(title: str, result: Result) -> Any:
    """`Store.portrayal_series`: the mean score and the articles per period, a line per outlet."""
    return line_chart(
        title,
        {
            "mean score (-1..1)": series(result, "period", "outlet", "mean_score"),
            "articles": series(result, "period", "outlet", "articles"),
        },
    )


def relations_chart(title: str, result: Result) -> Any:
    """`Store.relations`: events and their mean Goldstein intensity per period, a line per direction."""
    return line_chart(
        title,
        {
            "events": series(result, "period", "direction", "events"),
            "mean Goldstein (-10..10)": series(result, "period", "direction", "mean_intensity"),
        },
    )


def techniques_chart(title: str, result: Result) -> Any:
    """`Store.outlet_profile(...)["techniques"]`: spans per 1,000 words, a bar per technique."""
    _, rows = result
    return bar_chart(title, [(str(r[0]).replace("_", " "), float(r[2])) for r in rows], "per 1,000 words")


def outlet_rates_chart(result: Result) -> Any:
    """`Store.technique_rates`: technique spans per 1,000 words, a bar per outlet."""
    return bar_chart(
        "Persuasion techniques by outlet",
        [(str(r[0]), float(r[3] or 0)) for r in result[1]],
        "technique spans per 1,000 words",
    )


def narratives_chart(result: Result) -> Any:
    """`Store.narrative_series`: articles carrying each narrative per period, summed over outlets."""
    per: dict[str, dict[Any, float]] = {}
    for day, narrative, _, articles in result[1]:
        line = per.setdefault(f"narrative {narrative}", {})
        line[day] = line.get(day, 0) + articles
    return line_chart(
        "Articles carrying the most widely carried narratives",
        {"articles": {k: sorted(v.items()) for k, v in per.items()}},
    )
