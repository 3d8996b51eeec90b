"""`presslens report ...`: the store's built-in reports as tables (actor, relations, outlet, narratives), each
with a chart on request (`--chart FILE.png` or `.svg`)."""

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
CHART = Annotated[Path | None, typer.Option(help="also draw the report's chart to this .png or .svg file")]


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
    chart: CHART = None,
) -> None:
    """How the press portrays an actor over time, by outlet."""
    from presslens.store import Store

    with Store(db, read_only=True) as store:
        ids = store.actor_ids(actor)
        if not ids:
            raise Rejected(f"no actor {actor!r} in the store", str(db))
        result = store.portrayal_series(actor, outlet, period)
    title = f"Portrayal of {', '.join(ids)}"
    console().print(_table(title, result))
    if chart:
        from presslens.render.charts import portrayal_chart

        _drawn(portrayal_chart(title, result), chart)


@report_app.command("relations")
def relations_report(
    a: Annotated[str, typer.Argument(help="one actor (id, code or name)")],
    b: Annotated[str, typer.Argument(help="the other actor")],
    db: DB,
    period: PERIOD = "month",
    chart: CHART = None,
) -> None:
    """Events between two actors over time, both directions, with example sentences."""
    from presslens.store import Store

    with Store(db, read_only=True) as store:
        result = store.relations(a, b, period)
    title = f"Relations: {a} (a) and {b} (b)"
    console().print(_table(title, result))
    if chart:
        from presslens.render.charts import relations_chart

        _drawn(relations_chart(title, result), chart)


@report_app.command("outlet")
def outlet_report(
    outlet: Annotated[str, typer.Argument(help="the outlet's name as stored")], db: DB, chart: CHART = None
) -> None:
    """An outlet's technique rates, the actors it portrays and how, and its genre mix."""
    from presslens.store import Store

    with Store(db, read_only=True) as store:
        profile = store.outlet_profile(outlet)
    out = console()
    for name, result in profile.items():
        out.print(_table(f"{outlet}: {name}", result))
    if chart:
        from presslens.render.charts import techniques_chart

        _drawn(techniques_chart(f"{outlet}: persuasion techniques", profile["techniques"]), chart)


@report_app.command("narratives")
def narratives_report(
    db: DB,
    top: Annotated[int, typer.Option(min=1, help="how many narratives to list")] = 20,
    period: PERIOD = "month",
    chart: CHART = None,
) -> None:
    """The assertions most outlets carry in their own words (found by `presslens narratives`): who
    carries each, where and when it first appeared, and how it spread over time."""
    from presslens.store import Store

    with Store(db, read_only=True) as store:
        summary = store.narrative_summary(top)
        spread = store.narrative_series(period, min(top, 5))
    columns, rows = summary  # the first article's id is for links (the web dashboard); no room for it here
    console().print(_table("Narratives carried by several outlets", (columns[:-1], [r[:-1] for r in rows])))
    if chart:
        from presslens.render.charts import narratives_chart

        _drawn(narratives_chart(spread), chart)


def _drawn(figure: object, path: Path) -> None:
    import sys

    from presslens.render.charts import save

    print(f"chart -> {save(figure, path)}", file=sys.stderr)
