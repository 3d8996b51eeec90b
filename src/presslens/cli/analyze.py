"""`presslens analyze`: analyse articles from files, URLs or stdin, as a report or as JSON."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from presslens.cli._app import app, split_names
from presslens.errors import Rejected
from presslens.settings import Settings


class Format(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    events_tsv = "events-tsv"
    ptc = "ptc"
    html = "html"


def analyze_sources(sources: list[str], settings: Settings) -> Iterator:
    """Analyses (or `Rejected`) for every document in `sources`, in order, through one pipeline."""
    from presslens.ingest import from_source
    from presslens.pipeline import analyze_documents

    def documents() -> Iterator:
        for spec in sources:
            yield from from_source(spec, settings)

    yield from analyze_documents(documents(), settings)


@app.command("analyze")
def analyze_cli(
    sources: Annotated[
        list[str], typer.Argument(help="files, http(s) URLs, or - for stdin", show_default=False)
    ],
    format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="text report, JSON for machines, events as GDELT-style TSV rows, techniques as PTC "
            "label lines, or one article as a self-contained HTML page",
        ),
    ] = Format.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="write here instead of stdout")
    ] = None,
    only: Annotated[list[str] | None, typer.Option(help="run only these analyzers (comma-separated)")] = None,
    skip: Annotated[
        list[str] | None, typer.Option(help="do not run these analyzers (comma-separated)")
    ] = None,
    max_chars: Annotated[int, typer.Option(help="refuse texts longer than this")] = 5_000_000,
    allow_private_urls: Annotated[bool, typer.Option(help="let URL fetches reach private addresses")] = False,
    month_first: Annotated[bool, typer.Option(help="read 03/04/2021 as March 4")] = False,
) -> None:
    """Analyse articles: metadata, actors and every analyzer's findings, each anchored to the text."""
    settings = Settings(
        max_chars=max_chars,
        only=split_names(only),
        skip=split_names(skip),
        allow_private_urls=allow_private_urls,
        day_first=not month_first,
    )
    from presslens.analyzers import plan

    plan(settings.only, settings.skip)  # unknown analyzer names fail before any work
    if format is Format.html and len(sources) != 1:
        raise Rejected("--format html shows one article: give one source")
    failed = 0
    done = 0
    with output.open("w", encoding="utf-8") if output else _stdout() as out:
        results = (
            list(analyze_sources(sources, settings))
            if format in (Format.json, Format.html)
            else analyze_sources(sources, settings)
        )
        if format in (Format.json, Format.html):  # the whole output at once, after every refusal is told
            good = [r for r in results if not isinstance(r, Rejected)]
            for r in results:
                if isinstance(r, Rejected):
                    failed += 1
                    print(f"presslens: error: {r}", file=sys.stderr)
        if format is Format.html:
            from presslens.render.html import render_html

            if len(good) > 1:
                raise Rejected("--format html shows one article, and this source holds several")
            for analysis in good:
                out.write(render_html(analysis))
                done = 1
        elif format is Format.json:
            if good:
                body = (
                    good[0].model_dump_json(indent=2)
                    if len(good) == 1
                    else "[\n" + ",\n".join(g.model_dump_json(indent=2) for g in good) + "\n]"
                )
                out.write(body + "\n")
                done = len(good)
        elif format in (Format.events_tsv, Format.ptc):
            from presslens.render.exports import events_tsv, ptc_lines

            def analysed() -> Iterator:
                nonlocal failed, done
                for result in results:
                    if isinstance(result, Rejected):
                        failed += 1
                        print(f"presslens: error: {result}", file=sys.stderr)
                        continue
                    done += 1
                    yield result

            for line in (events_tsv if format is Format.events_tsv else ptc_lines)(analysed()):
                out.write(line)
            out.flush()
        else:
            for result in results:
                if isinstance(result, Rejected):
                    failed += 1
                    print(f"presslens: error: {result}", file=sys.stderr)
                    continue
                done += 1
                if format is Format.jsonl:
                    out.write(result.model_dump_json() + "\n")
                    out.flush()
                else:
                    from presslens.render import console
                    from presslens.render.terminal import render

                    render(result, console(out if output else None))
    if failed:
        if done:
            print(f"presslens: {failed} input(s) failed, {done} analysed", file=sys.stderr)
        raise typer.Exit(2)


class _stdout:
    """stdout as a context manager that is not closed on exit."""

    def __enter__(self):
        return sys.stdout

    def __exit__(self, *exc: object) -> None:
        sys.stdout.flush()
