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


def _version(value: bool) -> None:
    if value:
        from presslens import __version__
        from presslens.model import SCHEMA_VERSION
        from presslens.nlp import MODEL, MODEL_VERSION

        print(f"presslens {__version__} (schema {SCHEMA_VERSION}, {MODEL} {MODEL_VERSION})")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="print the version"
    ),
) -> None:
    """Read news the way a careful analyst does, and show the work."""


def split_names(values: list[str] | None) -> tuple[str, ...]:
    """--only a,b --only c -> ("a", "b", "c")."""
    return tuple(n.strip() for v in values or () for n in v.split(",") if n.strip())
