"""Shipped data tables (lexicons, gazetteer, weights), each read once per process by name."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import numpy as np
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


@functools.cache
def load_arrays(name: str) -> dict[str, np.ndarray]:
    """The arrays of the shipped weights `presslens/data/<name>.npz` ("models/techniques" ...)."""
    path = resources.files("presslens") / "data" / f"{name}.npz"
    try:
        with path.open("rb") as fh, np.load(fh, allow_pickle=False) as npz:
            return {k: npz[k] for k in npz.files}
    except FileNotFoundError:
        raise Rejected(f"model weights {name!r} are missing from the installed package") from None
