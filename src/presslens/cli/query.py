"""`presslens query` and `presslens export`: SQL over the store, and the store as Parquet or JSONL."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from presslens.cli._app import app
from presslens.errors import Rejected


class Output(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command("query")
def query_cli(
    sql: Annotated[str, typer.Argument(help="a SQL query over the store's tables")],
    db: Annotated[Path, typer.Option("--db", help="the DuckDB store")],
    format: Annotated[Output, typer.Option("--format", "-f", help="table, csv or json lines")] = Output.table,
) -> None:
    """Run SQL on the store (opened read-only): articles, mentions, actors, quotes, claims, events,
    techniques, frames, portrayals, stances."""
    from presslens.store import Store

    with Store(db, read_only=True) as store:
        columns, rows = store.query(sql)
    if format is Output.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif format is Output.json:
        for row in rows:
            print(json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False))
    else:
        from rich.table import Table

        from presslens.render import console

        table = Table(*columns)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        console().print(table)


@app.command("export")
def export_cli(
    db: Annotated[Path, typer.Option("--db", help="the DuckDB store")],
    parquet: Annotated[Path | None, typer.Option(help="write one Parquet file per table here")] = None,
    jsonl: Annotated[Path | None, typer.Option(help="write every stored analysis here, one per line")] = None,
) -> None:
    """Export the store: every table as Parquet, or the analyses as JSONL."""
    from presslens.store import Store

    if parquet is None and jsonl is None:
        raise Rejected("say what to export: --parquet DIR and/or --jsonl FILE")
    with Store(db, read_only=True) as store:
        if parquet is not None:
            written = store.export_parquet(parquet)
            print(f"{len(written)} tables -> {parquet}", file=sys.stderr)
        if jsonl is not None:
            print(f"{store.export_jsonl(jsonl)} analyses -> {jsonl}", file=sys.stderr)
