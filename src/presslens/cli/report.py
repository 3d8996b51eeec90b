"""`presslens report ...`: the store's built-in reports as tables (actor, relations, outlet)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from presslens.cli._app import app
from presslens.errors import Rejected
from presslens.render import console

report_app = typer.Typer(help="Built-in reports over a corpus store.", no_args_is_help=True)
app.add_typer(report_app, name="report")

DB = Annotated[Path, typer.Option("--db", help="the DuckDB store")]
PERIOD = Annotated[str, typer.Option(help="day, week, month, quarter or year")]


def _table(title: str, result: tuple[list[str], list[tuple[Any, ...]]]) -> Table:
    columns, rows = result
    table = Table(*columns, title=title, title_justify="left", title_style="bold")
    for row in rows:
        table.add_row(*("" if v is None else str(v)[:120] for v in row))
    if not rows:
        table.caption = "nothing stored for this"
    return table


@report_app.command("actor")
def actor_report(
    actor: Annotated[str, typer.Argument(help="an actor id, code or name: RUS, Russia, person:xi-jinping")],
    db: DB,
    outlet: Annotated[str | None, typer.Option(help="only this outlet")] = None,
    period: PERIOD = "month",
) -> None:
    """How the press portrays an actor over time, by outlet."""
    from presslens.store import Store

    with Store(db, read_only=True) as store:
        ids = store.actor_ids(actor)
        if not ids:
            raise Rejected(f"no actor {actor!r} in the store", str(db))
        console().print(
            _table(f"Portrayal of {', '.join(ids)}", store.portrayal_series(actor, outlet, period))
        )


@report_app.command("relations")
def relations_report(
    a: Annotated[str, typer.Argument(help="one actor (id, code or name)")],
    b: Annotated[str, typer.Argument(help="the other actor")],
    db: DB,
    period: PERIOD = "month",
) -> None:
    """Events between two actors over time, both directions, with example sentences."""
    from presslens.store import Store

    with Store(db, read_only=True) as store:
        console().print(_table(f"Relations: {a} (a) and {b} (b)", store.relations(a, b, period)))


@report_app.command("outlet")
def outlet_report(outlet: Annotated[str, typer.Argument(help="the outlet's name as stored")], db: DB) -> None:
    """An outlet's technique rates, the actors it portrays and how, and its genre mix."""
    from presslens.store import Store

    with Store(db, read_only=True) as store:
        profile = store.outlet_profile(outlet)
    out = console()
    for name, result in profile.items():
        out.print(_table(f"{outlet}: {name}", result))
