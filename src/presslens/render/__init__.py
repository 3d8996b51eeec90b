"""Renderers: each takes a finished `Analysis` (or scores) and never analyses again."""

from __future__ import annotations

from typing import IO

from rich.console import Console


def console(file: IO[str] | None = None) -> Console:
    """A rich console; when output is not a terminal (a pipe, a file, CI logs), wide enough for our tables."""
    out = Console(file=file)
    if not out.is_terminal:
        out.width = max(out.width, 120)
    return out
