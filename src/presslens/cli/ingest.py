"""`presslens ingest`: analyse a corpus into a DuckDB store, with progress, workers and resumption."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from presslens.cli._app import app, split_names
from presslens.settings import Settings


@app.command("ingest")
def ingest_cli(
    sources: Annotated[
        list[str], typer.Argument(help="files, folders, globs, JSONL or CSV corpora", show_default=False)
    ],
    db: Annotated[Path, typer.Option("--db", help="the DuckDB store (created if missing)")],
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="worker processes (default: all cores)", min=1)
    ] = None,
    batch: Annotated[int, typer.Option(help="analyses per write transaction", min=1)] = 32,
    text_column: Annotated[str | None, typer.Option(help="the text column of CSV files")] = None,
    only: Annotated[list[str] | None, typer.Option(help="run only these analyzers (comma-separated)")] = None,
    skip: Annotated[
        list[str] | None, typer.Option(help="do not run these analyzers (comma-separated)")
    ] = None,
    max_chars: Annotated[int, typer.Option(help="refuse texts longer than this")] = 5_000_000,
    engine: Annotated[str, typer.Option(help="local worker processes, or dask")] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="the Dask scheduler's address (default: a local cluster)")
    ] = None,
) -> None:
    """Analyse every article of the sources into the store. Articles already stored are skipped, so a
    second run adds nothing and a run that was killed resumes where it stopped."""
    from presslens.analyzers import plan
    from presslens.corpus.ingest import default_workers, ingest, is_terminal

    settings = Settings(max_chars=max_chars, only=split_names(only), skip=split_names(skip))
    plan(settings.only, settings.skip)
    workers = jobs or default_workers()
    show = _Progress() if is_terminal() else _Lines()
    with show:
        summary = ingest(
            sources,
            db,
            settings,
            workers,
            batch,
            text_column,
            show.update,
            engine=engine,
            scheduler=scheduler,
        )
    for bad in [*summary.rejected, *summary.failed]:
        print(f"presslens: skipped: {bad}", file=sys.stderr)
    print(
        f"{summary.added} added, {summary.stored_before} already stored, {summary.repeated} repeated, "
        f"{len(summary.rejected)} unreadable, {len(summary.failed)} failed; "
        f"{summary.per_second:.2f} articles/s with {workers} worker(s) -> {db}",
        file=sys.stderr,
    )
    if summary.rejected or summary.failed:
        raise typer.Exit(2)


class _Lines:
    """Progress as plain lines, one per stored batch (logs, pipes, tests)."""

    def __enter__(self) -> _Lines:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def update(self, summary, total: int) -> None:  # type: ignore[no-untyped-def]
        print(
            f"stored {summary.added} of {total} ({summary.per_second:.2f} articles/s)",
            file=sys.stderr,
            flush=True,
        )


class _Progress:
    """A rich progress bar with articles/s and the time left."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"),
            TimeRemainingColumn(),
            transient=False,
        )
        self.task = self.bar.add_task("ingest", total=None, rate="0.00")

    def __enter__(self) -> _Progress:
        self.bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.__exit__(None, None, None)

    def update(self, summary, total: int) -> None:  # type: ignore[no-untyped-def]
        self.bar.update(self.task, total=total, completed=summary.added, rate=f"{summary.per_second:.2f}")
