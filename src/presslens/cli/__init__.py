"""The `presslens` command: one module per command, each a thin wrapper over a plain function."""

from __future__ import annotations

import sys

from presslens.cli import analyze, evaluate, schema  # noqa: F401 - registers the commands
from presslens.cli._app import app
from presslens.errors import Rejected


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; bad input ends in a one-line error and exit code 2, never a traceback."""
    try:
        app(args=argv, standalone_mode=False)
    except Rejected as exc:
        print(f"presslens: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("presslens: interrupted", file=sys.stderr)
        return 130
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    except Exception as exc:  # the CLI is the last line: a bug still gets one line, not a traceback
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            return 2
        if isinstance(exc, click.exceptions.Abort):
            return 1
        print(f"presslens: internal error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
