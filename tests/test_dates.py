"""Publication dates in the forms newsrooms write them."""

from __future__ import annotations

import pytest

from presslens.ingest.dates import find_date, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("23/12/2021", "2021-12-23"),
        ("12/23/2021", "2021-12-23"),
        ("23.12.2021", "2021-12-23"),
        ("2021-12-23", "2021-12-23"),
        ("2021/12/23", "2021-12-23"),
        ("December 23, 2021", "2021-12-23"),
        ("Dec. 23, 2021", "2021-12-23"),
        ("23 December 2021", "2021-12-23"),
        ("23rd of December, 2021", "2021-12-23"),
        ("Thursday, 23 Dec 2021", "2021-12-23"),
        ("Thu, December 23, 2021 at 4:05 pm", "2021-12-23T16:05"),
        ("Published: 2021-12-23T08:30:00Z", "2021-12-23T08:30:00+00:00"),
        ("Updated 5 March 2024 10:32", "2024-03-05T10:32"),
        ("March 2024", "2024-03"),
        ("23/12/21", "2021-12-23"),
    ],
)
def test_common_forms(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso == iso


def test_ambiguous_numeric_dates_are_flagged_and_read_day_first() -> None:
    found = find_date("03/04/2021")
    assert found is not None and found.iso == "2021-04-03" and found.ambiguous
    us = find_date("03/04/2021", day_first=False)
    assert us is not None and us.iso == "2021-03-04"
    assert not find_date("23/12/2021").ambiguous  # type: ignore[union-attr]


def test_impossible_dates_and_non_dates() -> None:
    assert find_date("31/02/2021") is None
    assert find_date("version 1.2.3 of the report") is None
    assert find_date("the 38th time since 2013") is None


def test_span_is_the_date_itself() -> None:
    text = "By Jane Doe | December 23, 2021 | Moscow"
    found = find_date(text)
    assert found is not None and text[found.start : found.end] == "December 23, 2021"


def test_parse_date_falls_back_for_rare_forms() -> None:
    assert parse_date("2021-12-23") == "2021-12-23"
    assert parse_date("23 décembre 2021") == "2021-12-23"
    assert parse_date("not a date at all") is None
    assert parse_date("   ") is None


def test_iso_day():
    from datetime import date

    from presslens.ingest.dates import iso_day

    assert iso_day("2021-12-23T10:00:00+03:00") == date(2021, 12, 23)
    assert iso_day("2021-12") == date(2021, 12, 1)
    assert iso_day("yesterday") is None and iso_day(None) is None and iso_day("2021") is None
