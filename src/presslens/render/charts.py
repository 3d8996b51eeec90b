"""The reports' charts, drawn with matplotlib (no display needed) to PNG or SVG, chosen by the file's suffix.

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


def _figure(path: Path, panels: int) -> Any:
    if path.suffix.lower() not in FORMATS:
        raise Rejected("a chart is written as .png or .svg", str(path))
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "presslens"  # the same chart gives the same SVG
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(panels, 1, figsize=(9, 3.2 * panels + 0.6), squeeze=False, sharex=True)
    return fig, [a[0] for a in axes]


def _save(fig: Any, path: Path) -> Path:
    import matplotlib.pyplot as plt

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


def line_chart(path: Path, title: str, panels: dict[str, dict[str, list[tuple[Any, float]]]]) -> Path:
    """One panel per y label, one line per series, x shared (periods)."""
    fig, axes = _figure(path, len(panels))
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
    return _save(fig, path)


def bar_chart(path: Path, title: str, bars: Sequence[tuple[str, float]], xlabel: str) -> Path:
    """Horizontal bars, largest on top."""
    fig, (ax,) = _figure(path, 1)
    ordered = sorted(bars, key=lambda b: b[1])
    ax.barh([b[0] for b in ordered], [b[1] for b in ordered], color="#4a6fa5")
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    ax.grid(axis="x", alpha=0.3)
    if not bars:
        ax.text(0.5, 0.5, "nothing stored for this", ha="center", va="center", transform=ax.transAxes)
    return _save(fig, path)
