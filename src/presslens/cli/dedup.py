"""`presslens dedup`: find near-copies and syndication across a store, grouped with their origin."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from presslens.cli._app import app


@app.command("dedup")
def dedup_cli(db: Annotated[Path, typer.Option("--db", help="the DuckDB store")]) -> None:
    """Group the stored articles that are copies or near-copies of each other (wire copy, syndication,
    re-headlined or edited pieces), the earliest published as origin; the groups go to the `copies`
    table, replacing the last run's."""
    from presslens.corpus.syndication import body_of, find_copies
    from presslens.store import Store

    with Store(db, create=False) as store:
        _, rows = store.query("SELECT id, text, title, published FROM articles")
        copies = find_copies((i, body_of(text, title), day) for i, text, title, day in rows)
        store.set_copies(copies)
    groups = len({c.origin for c in copies})
    print(
        f"{groups} groups of near-copies holding {len(copies)} of {len(rows)} articles -> {db}",
        file=sys.stderr,
    )
