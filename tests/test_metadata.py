"""Metadata read from the text itself: title, bylines, dates, datelines, translator and reporting credits."""

from __future__ import annotations

import pytest

from presslens.ingest.metadata import person_names, read_text_meta

BODY = (
    "The ministry said on Tuesday that the talks would resume next week, and that both delegations had "
    "agreed to a short agenda."
)


def roles(text: str) -> dict[str, str]:
    meta = read_text_meta(text)
    return {role: text[s:e] for s, e, role in meta.roles}


@pytest.mark.parametrize(
    ("byline", "authors", "outlet"),
    [
        ("By: Arnaldo Musa / Special for CubaSi", ["Arnaldo Musa"], "CubaSi"),
        ("By Jane Doe, Reuters", ["Jane Doe"], "Reuters"),
        ("By Jane Doe and John Roe | The Harbour Ledger", ["Jane Doe", "John Roe"], "The Harbour Ledger"),
        ("BY MARY-ANN O'NEIL", ["Mary-Ann O'Neil"], None),  # capitals are title-cased
        ("By Mary-Ann O'Neil, Staff Writer", ["Mary-Ann O'Neil"], None),
        ("Written by Dr. Ana de la Cruz / Exclusive to Norte Diario", ["Dr. Ana de la Cruz"], "Norte Diario"),
        ("By Kim Lee, Moscow correspondent", ["Kim Lee"], None),
    ],
)
def test_bylines(byline: str, authors: list[str], outlet: str | None) -> None:
    meta = read_text_meta(f"A Headline About Talks\n\n{byline}\n\n{BODY}")
    assert meta.authors == authors
    assert meta.outlet == outlet
    if authors:
        s, e = meta.evidence["authors"]
        assert f"A Headline About Talks\n\n{byline}"[s:e].lower().startswith(authors[0].lower())


def test_title_date_and_translator_of_a_scraped_column() -> None:
    text = (
        "Talks Resume: A Fragile Calm\n\nBy: Ana Ruiz / Special for El Faro\n23/12/2021\n\n"
        f"{BODY}\n\nTranslated by José M. Pérez Díaz / El Faro Translation Staff"
    )
    meta = read_text_meta(text)
    assert meta.title == "Talks Resume: A Fragile Calm"
    assert meta.published == "2021-12-23"
    assert meta.translated_by == "José M. Pérez Díaz"
    assert meta.outlet == "El Faro"
    r = roles(text)
    assert r["title"] == "Talks Resume: A Fragile Calm"
    assert r["dateline"] == "23/12/2021"
    assert r["credit"].startswith("Translated by")


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Updated 3 August 1990\n\n" + BODY, "Updated 3 August 1990"),
        ("Iraqi troops occupied Kuwait in August 1990.", None),  # a sentence that ends on a date is body
        ("Iraqi troops occupied Kuwait in August 1990.\n\n" + BODY, None),
    ],
)
def test_a_line_ending_on_a_date_is_a_date_line_only_when_short(text: str, dateline: str | None) -> None:
    assert roles(text).get("dateline") == dateline


def test_wire_dateline_gives_place_and_agency() -> None:
    text = f"Grain Deal Talks Resume\n\nMOSCOW, March 5 (Reuters) - {BODY}"
    meta = read_text_meta(text)
    assert meta.dateline == "MOSCOW"
    assert meta.outlet == "Reuters"
    assert roles(text)["dateline"] == "MOSCOW, March 5 (Reuters) - "


@pytest.mark.parametrize(
    ("opening", "place", "wire"),
    [
        ("CAIRO, Egypt (AP) -- ", "CAIRO, Egypt", "AP"),  # the city in capitals, its country as written
        ("WASHINGTON (AP) _ ", "WASHINGTON", "AP"),  # the old AP archive's underscore
        ("SARAJEVO, Bosnia-Herzegovina (UPI) -- ", "SARAJEVO, Bosnia-Herzegovina", "UPI"),
        ("MOSCOW (ITAR-TASS) - ", "MOSCOW", "ITAR-TASS"),
    ],
)
def test_the_datelines_of_the_older_wires(opening: str, place: str, wire: str) -> None:
    text = f"Grain Deal Talks Resume\n\n{opening}{BODY}"
    meta = read_text_meta(text)
    assert (meta.dateline, meta.outlet) == (place, wire)
    assert roles(text)["dateline"] == opening


@pytest.mark.parametrize(
    "opening",
    [
        "Nicosia, Cyprus -- ",  # the city must be in capitals
        "BREAKING NEWS: ",  # a label
        "SEE ALSO: ",
        "DB: ",  # a speaker of a transcript
    ],
)
def test_a_label_a_speaker_or_a_city_in_lower_case_opens_no_dateline(opening: str) -> None:
    assert read_text_meta(f"Grain Deal Talks Resume\n\n{opening}{BODY}").dateline is None


def test_published_lines_and_reporting_credits() -> None:
    text = (
        f"Headline Here\n\nPublished: Tuesday, 5 March 2024 10:32\n\n{BODY}\n\n"
        "(Reporting by Ann Poe in Kyiv; Editing by Tom Roe)"
    )
    meta = read_text_meta(text)
    assert meta.published == "2024-03-05T10:32"
    assert meta.authors == ["Ann Poe"]
    assert "credit" in roles(text)


def test_no_title_when_the_text_starts_with_prose() -> None:
    meta = read_text_meta(f"{BODY} {BODY}\n\n{BODY}")
    assert meta.title is None and meta.authors == [] and meta.published is None


def test_body_dates_are_not_publication_dates() -> None:
    text = f"Headline Here\n\n{BODY} The vote is set for 12 May 2024 in the capital.\n\n{BODY}"
    assert read_text_meta(text).published is None


def test_section_heads_are_headings() -> None:
    text = f"Headline Here\n\n{BODY}\n\nANTI-COVID FRONT\n\n{BODY}\n\nMEANWHILE...\n\n{BODY}"
    headings = [text[s:e] for s, e, role in read_text_meta(text).roles if role == "heading"]
    assert headings == ["ANTI-COVID FRONT", "MEANWHILE..."]


def test_person_names_filter() -> None:
    assert person_names("Jane Doe, John Roe and Ann Poe") == ["Jane Doe", "John Roe", "Ann Poe"]
    assert person_names("Staff Writer") == []
    assert person_names("reporters in 2021") == []


def test_a_two_letter_dateline_is_a_states_short_name() -> None:
    assert read_text_meta(f"Grain Deal Talks Resume\n\nUK: {BODY}").dateline == "UK"
