"""`presslens serve`: the web app (API, analyse page, article view, corpus dashboard)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from presslens.cli._app import app
from presslens.errors import Rejected


@app.command("serve")
def serve_cli(
    db: Annotated[Path | None, typer.Option("--db", help="a corpus store to serve (read-only)")] = None,
    host: Annotated[str, typer.Option(help="address to listen on; 0.0.0.0 exposes it to the network")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option("-j", "--workers", min=1, help="analysing processes")] = 1,
    timeout: Annotated[float, typer.Option(min=1.0, help="seconds an analysis may take")] = 60.0,
    max_body: Annotated[int, typer.Option(min=1024, help="largest request body, in bytes")] = 2_000_000,
    allow_private_urls: Annotated[bool, typer.Option(help="let URL fetches reach private addresses")] = False,
) -> None:
    """Serve the API (OpenAPI spec at /openapi.json) and the pages: / to analyse an article, /dashboard
    for the store given with --db, /articles/ID for one stored article."""
    if db is not None and not db.exists():
        raise Rejected("no such store", str(db))
    try:
        import uvicorn
    except ImportError:
        raise Rejected("presslens serve needs uvicorn and fastapi: pip install presslens") from None
    from presslens.settings import Settings
    from presslens.web.app import create_app

    web = create_app(db, Settings(allow_private_urls=allow_private_urls), workers, timeout, max_body)
    print(f"presslens: serving on http://{host}:{port}/", file=sys.stderr)
    uvicorn.run(web, host=host, port=port, log_level="warning")
