"""Cleaning scraped, Markdown-ish text, and the map from clean offsets back to the raw input."""

from __future__ import annotations

import pytest

from presslens.ingest.clean import clean_text, to_raw, to_raw_span


def clean(raw: str) -> str:
    return clean_text(raw).text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('He called it *"a farce"* yesterday.', 'He called it "a farce" yesterday.'),
        ("**Bold** and __strong__ and _lean_ and ***all***.", "Bold and strong and lean and all."),
        ("Trade hit \\$100 billion, up 5\\%.", "Trade hit $100 billion, up 5%."),
        ("The snake_case_name and 2*3*4 stay.", "The snake_case_name and 2*3*4 stay."),
        ("An \\*escaped\\* star.", "An *escaped* star."),
        ("See [the report](https://example.org/r) and ![chart](img.png) now.", "See the report and now."),
        ("## A heading\n\nBody text.", "A heading\n\nBody text."),
        ("> quoted block line", "quoted block line"),
        ("Tom &amp; Jerry &quot;met&quot;.", 'Tom & Jerry "met".'),
        ("Spaces   inside  \t a line  ", "Spaces inside a line"),
        ("Windows\r\nline.\r\n\r\nEnds", "Windows\nline.\n\nEnds"),
        ("Zero\u200bwidth and\u00a0no-break", "Zerowidth and no-break"),
    ],
)
def test_markup_is_removed(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_paragraph_broken_mid_sentence_is_rejoined() -> None:
    raw = 'He called it a "true model of interstate*\n\ncooperation," he said.\n\nNext paragraph.'
    assert (
        clean("*" + raw)
        == 'He called it a "true model of interstate cooperation," he said.\n\nNext paragraph.'
    )


def test_headings_and_finished_paragraphs_stay_apart() -> None:
    raw = (
        "ANTI-COVID FRONT\n\nlong before the pandemic, both cooperated.\n\nA finished sentence.\n\nnext one."
    )
    out = clean(raw)
    assert "ANTI-COVID FRONT\n\nlong before" in out  # a heading is never joined to what follows
    assert "A finished sentence.\n\nnext one." in out  # a paragraph ending in a full stop is complete


def test_hard_wrapped_prose_is_unwrapped_but_short_lines_are_kept() -> None:
    wrapped = (
        "The ministry said on Tuesday that the talks would resume next week in\n"
        "Geneva, and that both delegations had agreed to a short agenda covering\n"
        "prisoner exchanges and grain shipments."
    )
    assert "\n" not in clean(wrapped)
    header = "By Jane Doe / The Ledger\n12 March 2024"
    assert clean(header) == header


def test_blank_runs_collapse_and_edges_are_trimmed() -> None:
    assert clean("\n\n  First.\n\n\n\n\nSecond.  \n\n") == "First.\n\nSecond."


def test_offset_map_points_back_to_the_raw_text() -> None:
    raw = "Title\n\nBy: A. Writer\n\nIt cost \\$5 *billion* and **more**, she\n\nsaid. Done &amp; dusted."
    cleaned = clean_text(raw)
    text = cleaned.text
    assert text == "Title\n\nBy: A. Writer\n\nIt cost $5 billion and more, she said. Done & dusted."
    for i, ch in enumerate(text):
        j = to_raw(cleaned.offset_map, i)
        if ch not in " &":  # a joined break becomes a space; an entity becomes its character
            assert raw[j] == ch, (i, ch, raw[j])
    start = text.index("billion")
    a, b = to_raw_span(cleaned.offset_map, start, start + 7)
    assert raw[a:b] == "billion"


def test_to_raw_without_a_map_is_the_identity() -> None:
    assert to_raw([], 17) == 17
