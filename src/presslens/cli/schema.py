"""`presslens schema`: the JSON Schema of the Analysis record."""

from __future__ import annotations

import json

from presslens.cli._app import app
from presslens.model import Analysis


def schema() -> dict:
    return Analysis.model_json_schema()


@app.command("schema")
def schema_cli() -> None:
    """Print the JSON Schema of the analysis output."""
    print(json.dumps(schema(), indent=2, ensure_ascii=False))
