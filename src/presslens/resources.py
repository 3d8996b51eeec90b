"""Shipped data tables (lexicons, gazetteer, weights), each read once per process by name."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

from presslens.errors import Rejected


@functools.cache
def load_table(name: str) -> Any:
    """The parsed YAML table `presslens/data/<name>.yaml` ("actors/countries", "actors/lexicon" ...)."""
    path = resources.files("presslens") / "data" / f"{name}.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise Rejected(f"data table {name!r} is missing from the installed package") from None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)
