"""The one data model: spans over one text, a JSON Schema, lossless JSON round trips."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from presslens.cli.schema import schema
from presslens.model import SCHEMA_VERSION, Analysis, Mention, content_id


def test_round_trip_is_lossless(example_analysis: Analysis) -> None:
    dumped = example_analysis.model_dump_json()
    again = Analysis.model_validate_json(dumped)
    assert again == example_analysis
    assert again.model_dump_json() == dumped


def test_every_section_exists_and_is_typed(example_analysis: Analysis) -> None:
    data = json.loads(example_analysis.model_dump_json())
    for key in (
        "schema_version",
        "id",
        "source",
        "meta",
        "text",
        "sentences",
        "mentions",
        "actors",
        "quotes",
        "claims",
        "events",
        "techniques",
        "frames",
        "portrayals",
        "tone",
        "genre",
        "warnings",
    ):
        assert key in data
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["id"] == content_id(example_analysis.text)
    assert example_analysis.mentions and example_analysis.actors and example_analysis.sentences


def test_spans_must_point_into_the_text() -> None:
    good = {
        "id": "x",
        "text": "Moscow said so.",
        "mentions": [{"start": 0, "end": 6, "text": "Moscow", "label": "GPE", "actor_ids": ["RUS"]}],
        "actors": [{"id": "RUS", "code": "RUS", "name": "Russia", "kind": "country", "mentions": [0]}],
    }
    assert Analysis.model_validate(good).mentions[0].text == "Moscow"
    bad = json.loads(json.dumps(good))
    bad["mentions"][0]["text"] = "Moskva"
    with pytest.raises(ValidationError, match="does not cover"):
        Analysis.model_validate(bad)
    unknown = json.loads(json.dumps(good))
    unknown["mentions"][0]["actor_ids"] = ["XXX"]
    with pytest.raises(ValidationError, match="unknown actor"):
        Analysis.model_validate(unknown)
    with pytest.raises(ValidationError):
        Mention(start=5, end=2, text="", label="GPE")
    with pytest.raises(ValidationError):
        Analysis.model_validate({**good, "surprise": 1})  # no silent extra fields


def test_json_schema_describes_the_record() -> None:
    doc = schema()
    assert doc["title"] == "Analysis"
    assert {"mentions", "actors", "quotes", "events", "techniques", "genre"} <= set(doc["properties"])
    assert "Mention" in doc["$defs"] and "start" in doc["$defs"]["Mention"]["properties"]
    json.dumps(doc)  # serialisable


def test_content_id_is_stable_and_content_based() -> None:
    assert content_id("abc") == content_id("abc") != content_id("abd")
    assert len(content_id("abc")) == 20
