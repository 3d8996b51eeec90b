"""Shipped data tables (lexicons, gazetteer, weights), each read once per process by name."""

from __future__ import annotations

import functools
import hashlib
import json
import os
from importlib import resources
from pathlib import Path
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
    # parsing the big YAML tables (the gazetteer's people and places) takes about a second; the same table
    # as JSON, kept in the user's cache under the hash of its text, loads in a tenth of that
    stem = name.replace("/", "-")
    cached = _cache_dir() / f"{stem}-{hashlib.sha1(text.encode()).hexdigest()[:16]}.json"
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    table = yaml.load(text, Loader=loader)
    as_json = json.dumps(table, ensure_ascii=False)
    if json.loads(as_json) == table:  # only tables JSON keeps as they are (no dates, no number keys)
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(f".{os.getpid()}.part")
            partial.write_text(as_json, encoding="utf-8")
            partial.replace(cached)
            for stale in cached.parent.glob(f"{stem}-*.json"):
                if stale != cached:  # the table as it was before an upgrade
                    stale.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only home: parse the YAML each time
    return table


def _cache_dir() -> Path:
    """Where parsed tables are kept: $PRESSLENS_CACHE, else presslens/ in the user's cache folder."""
    if os.environ.get("PRESSLENS_CACHE"):
        return Path(os.environ["PRESSLENS_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "presslens"


@functools.cache
def load_arrays(name: str) -> dict[str, np.ndarray]:
    """The arrays of the shipped weights `presslens/data/<name>.npz` ("models/techniques" ...)."""
    path = resources.files("presslens") / "data" / f"{name}.npz"
    try:
        with path.open("rb") as fh, np.load(fh, allow_pickle=False) as npz:
            return {k: npz[k] for k in npz.files}
    except FileNotFoundError:
        raise Rejected(f"model weights {name!r} are missing from the installed package") from None
