"""The typer application and the options several commands share."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="presslens",
    help="Read news the way a careful analyst does, and show the work.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(
    help="Score presslens against benchmark data: a table for people, --json for machines.",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")


def split_names(values: list[str] | None) -> tuple[str, ...]:
    """--only a,b --only c -> ("a", "b", "c")."""
    return tuple(n.strip() for v in values or () for n in v.split(",") if n.strip())
