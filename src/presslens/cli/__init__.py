"""The `presslens` command: one module per command, each a thin wrapper over a plain function."""

from __future__ import annotations

import sys

from presslens.cli import analyze, dedup, evaluate, ingest, narratives, query, report, schema, serve  # noqa: F401 - registers
from presslens.cli._app import app
from presslens.errors import Rejected


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; bad input ends in a one-line error and exit code 2, never a traceback."""
    try:
        app(args=argv, prog_name="presslens")  # usage errors, --help and typer.Exit end in SystemExit
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except Rejected as exc:
        print(f"presslens: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("presslens: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the CLI is the last line: a bug still gets one line, not a traceback
        print(f"presslens: internal error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
