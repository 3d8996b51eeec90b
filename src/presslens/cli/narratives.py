"""`presslens narratives`: find the assertions that several outlets carry in their own words."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from presslens.cli._app import app


@app.command("narratives")
def narratives_cli(
    db: Annotated[Path, typer.Option("--db", help="the DuckDB store")],
    threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="least similarity of two claims in one narrative")
    ] = 0.5,
) -> None:
    """Group the stored claims that make the same assertion in different words, across outlets, into
    the `narratives` and `narrative_claims` tables, replacing the last run's. Claims are embedded once
    and kept; `presslens report narratives` shows the result."""
    from presslens.corpus.narratives import update
    from presslens.store import Store

    embedded = 0

    def note(n: int) -> None:
        nonlocal embedded
        embedded += n
        print(f"\rembedded {embedded} new claims", end="", file=sys.stderr, flush=True)

    with Store(db, create=False) as store:
        found = update(store, threshold, note)
    if embedded:
        print(file=sys.stderr)
    claims = sum(len(n.members) for n in found)
    print(
        f"{len(found)} narratives carried by two outlets or more, holding {claims} claims -> {db}",
        file=sys.stderr,
    )
