"""Check-worthy claims: which sentences, what kind, whose, how hedged, with which numbers."""

from __future__ import annotations

import pytest

from presslens.settings import Settings

CLAIMS = Settings(only=("claims",), strict=True)


@pytest.fixture(scope="module")
def claims(analyze):
    def run(text: str):
        analysis = analyze(text, meta={"published": "2024-05-02"}, settings=CLAIMS)
        return analysis, {c.text: c for c in analysis.claims}

    return run


def test_statistics_records_and_their_numbers(claims) -> None:
    _, found = claims(
        "Trade between the two countries exceeded a record $100 billion last year. "
        "Unemployment fell to 3.5 percent in March, the lowest rate since 1969. "
        "Thank you all for coming tonight."
    )
    trade = found["Trade between the two countries exceeded a record $100 billion last year."]
    assert trade.kind == "record"
    money = next(q for q in trade.quantities if q.kind == "money")
    assert (money.value, money.unit, money.bound) == (1e11, "USD", "more_than")
    assert any(q.resolved == "2023" for q in trade.quantities)
    jobs = found["Unemployment fell to 3.5 percent in March, the lowest rate since 1969."]
    assert jobs.kind in ("record", "comparison") and jobs.checkworthiness > 0.5
    assert "Thank you all for coming tonight." not in found


def test_claims_in_quotes_belong_to_the_speaker(claims) -> None:
    analysis, found = claims(
        '"Inflation will fall below 2 percent by 2026," said Christine Lagarde. '
        "The bank said that lending grew by 12 percent in the first quarter."
    )
    names = {a.id: a.name for a in analysis.actors}
    quoted = next(c for t, c in found.items() if "Inflation will fall" in t)
    assert quoted.claimant == "speaker" and [names[i] for i in quoted.claimant_ids] == ["Christine Lagarde"]
    lending = next(c for t, c in found.items() if "lending grew" in t)
    assert lending.claimant == "speaker" and lending.kind in ("statistic", "comparison")


def test_hedges_are_marked(claims) -> None:
    _, found = claims("The strike reportedly killed 12 civilians and may have destroyed 40 homes.")
    claim = next(iter(found.values()))
    assert [h.text for h in claim.hedges] == ["reportedly", "may"]


def test_questions_and_small_talk_are_not_claims(claims) -> None:
    analysis, _ = claims(
        "Will the economy grow by 3 percent next year? Good evening and welcome. We are delighted to be here."
    )
    assert analysis.claims == []


def test_spans_are_exact(claims) -> None:
    analysis, _ = claims("Exports to India rose 14% to $8.2 billion in 2023, the ministry said.")
    assert analysis.claims
    for c in analysis.claims:
        assert analysis.text[c.start : c.end] == c.text
        for q in c.quantities:
            assert analysis.text[q.start : q.end] == q.text and c.start <= q.start and q.end <= c.end
