"""The seed sample every user tries first: ../shared/samples/russia-china-coordination.txt against its
hand-made reference analysis. `must` entries are asserted; `coreference_should` is reported as a score."""

from __future__ import annotations

import json
import re

import pytest

from conftest import SCORES, shared_path
from presslens.ingest import from_source
from presslens.settings import Settings


@pytest.fixture(scope="module")
def sample():
    path = shared_path("samples", "russia-china-coordination.txt")
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    import presslens

    settings = Settings(strict=True)
    doc = next(from_source(str(path), settings))
    return presslens.analyze(doc, settings=settings), expected


def test_meta(sample):
    analysis, expected = sample
    for key, value in expected["meta"].items():
        if key == "genre":
            if analysis.genre is None:
                pytest.fail("no genre: the genre analyzer did not run")
            assert analysis.genre.label == value
        else:
            assert getattr(analysis.meta, key) == value, key


def test_meta_evidence_points_at_the_text(sample):
    analysis, _ = sample
    assert analysis.text[analysis.meta.evidence["published"].start :].startswith("23/12/2021")
    assert analysis.meta.evidence["translated_by"].text == "Sergio A. Paneque Díaz"


def test_cleaning(sample):
    analysis, _ = sample
    text = analysis.text
    assert "*" not in text and "\\$" not in text and "$100 billion" in text
    assert "true model of interstate cooperation for the 21st century" in text
    assert "serving as a counterweight to the warmongering" in text


def test_actors_must(sample):
    analysis, expected = sample
    missing = []
    for code, surfaces in expected["actors_must"].items():
        found = {m.text for m in analysis.mentions_of(code)}
        missing += [f"{code}: {s!r}" for s in surfaces if s not in found]
    assert not missing, f"not resolved: {missing}"


def test_persons_must(sample):
    analysis, expected = sample
    people = {a.name: a for a in analysis.actors if a.kind == "person"}
    for name, country in expected["persons_must"].items():
        matches = [a for n, a in people.items() if n == name or n.endswith(" " + name)]
        assert matches, f"{name} is not an actor"
        assert matches[0].country == country, name


def test_coreference_should_score(sample, record_property):
    analysis, expected = sample
    names = {a.id: a.name for a in analysis.actors}
    hits, report = 0, []
    for phrase, want in expected["coreference_should"].items():
        want = {want} if isinstance(want, str) else set(want)
        got = [{names[i] for i in m.actor_ids} for m in analysis.mentions if m.text.lower() == phrase.lower()]
        ok = bool(got) and all(g == want for g in got)
        hits += ok
        report.append(f"{phrase!r} -> {got or 'unresolved'} ({'ok' if ok else 'expected ' + str(want)})")
    score = hits / len(expected["coreference_should"])
    record_property("coreference_should", score)
    SCORES["sample coreference_should"] = f"{hits}/{len(expected['coreference_should'])}  " + "; ".join(
        report
    )
    # a score, not a must: but falling below two of three is a regression worth failing on
    assert score >= 2 / 3, report


def test_offsets_exact(sample):
    analysis, _ = sample
    for path, span in analysis.spans():
        assert analysis.text[span.start : span.end] == span.text, path


def _quote_speakers(analysis, quote) -> set[str]:
    """Names and codes of a quote's speakers: {"Vladimir Putin", "RUSGOV"} or {"Russia", "RUS"}."""
    actors = {a.id: a for a in analysis.actors}
    return {x for i in quote.speaker_ids for x in (actors[i].name, actors[i].code)}


def _wanted(speaker: str) -> str:
    """The reference names a government as "Moscow (RUS government)": that is the actor coded RUS."""
    match = re.search(r"\((\w+) government\)", speaker)
    return match.group(1) if match else speaker


def test_quotes_must(sample):
    analysis, expected = sample
    for want in expected["quotes_must"]:
        found = [q for q in analysis.quotes if want["contains"] in q.text]
        assert found, f"no quote contains {want['contains']!r}"
        q = found[0]
        assert q.kind == want["kind"], (want, q.kind)
        assert want["speaker"] in _quote_speakers(analysis, q), (want, q.speaker_ids)


def test_scare_quotes_are_not_quotations(sample):
    analysis, expected = sample
    for item in expected["not_quotes"]:
        assert not any(item["contains"] in q.text for q in analysis.quotes)
        assert any(item["contains"] in s.text for s in analysis.scare_quotes)


def test_quotes_should_score(sample):
    analysis, expected = sample
    hits, report = 0, []
    for want in expected["quotes_should"]:
        found = [q for q in analysis.quotes if want["contains"] in q.text]
        speakers = _quote_speakers(analysis, found[0]) if found else set()
        wanted = {
            _wanted(w) for w in (want["speaker"] if isinstance(want["speaker"], list) else [want["speaker"]])
        }
        ok = bool(found) and found[0].kind == want["kind"] and wanted <= speakers
        hits += ok
        report.append(f"{want['contains'][:30]!r}: {'ok' if ok else 'missed'}")
    SCORES["sample quotes_should"] = f"{hits}/{len(expected['quotes_should'])}  " + "; ".join(report)
    assert hits >= len(expected["quotes_should"]) // 2, report


def test_claims_must(sample):
    analysis, expected = sample
    for want in expected["claims_must"]:
        found = [c for c in analysis.claims if want["contains"] in c.text]
        assert found, f"no claim contains {want['contains']!r}"
        quantity = want["quantity"]
        matches = [
            q
            for c in found
            for q in c.quantities
            if q.value == quantity["value"]
            and q.unit == quantity["unit"]
            and q.bound == quantity.get("bound", q.bound)
        ]
        assert matches, (want, [c.quantities for c in found])


def test_claims_should_score(sample):
    analysis, expected = sample
    found = [any(w["contains"] in c.text for c in analysis.claims) for w in expected["claims_should"]]
    SCORES["sample claims_should"] = f"{sum(found)}/{len(found)}"
    assert sum(found) >= len(found) // 2


def _codes(analysis, ids: list[str]) -> set[str]:
    return {(a.country or a.code) for i in ids if (a := analysis.actor(i)) is not None}


def test_events_should_score(sample):
    """Each expected event: an event whose trigger overlaps the expected trigger words, of the expected
    type, naming at least the expected actors and recipients."""
    analysis, expected = sample
    report, hits = [], 0
    for want in expected["events_should"]:
        places = [(m.start(), m.end()) for m in re.finditer(re.escape(want["trigger"]), analysis.text)]
        assert places, f"trigger {want['trigger']!r} is not in the cleaned text"
        ok = any(
            any(e.start < end and at < e.end for at, end in places)
            and e.plover == want["plover"]
            and set(want.get("actors", [])) <= _codes(analysis, e.source_ids)
            and set(want.get("recipients", [])) <= _codes(analysis, e.target_ids)
            for e in analysis.events
        )
        hits += ok
        report.append(f"{want['trigger'][:30]!r}: {'ok' if ok else 'missed'}")
    SCORES["sample events_should"] = f"{hits}/{len(expected['events_should'])}  " + "; ".join(report)
    assert hits >= 7


def test_techniques_should_score(sample):
    """Each expected technique: a found span overlapping the expected words, with the expected technique."""
    analysis, expected = sample
    report, hits = [], 0
    for want in expected["techniques_should"]:
        at = analysis.text.find(want["contains"])
        assert at >= 0, f"{want['contains']!r} is not in the cleaned text"
        end = at + len(want["contains"])
        ok = any(
            t.start < end and at < t.end and t.technique == want["technique"] for t in analysis.techniques
        )
        hits += ok
        report.append(f"{want['contains'][:25]!r}: {'ok' if ok else 'missed'}")
    SCORES["sample techniques_should"] = f"{hits}/{len(expected['techniques_should'])}  " + "; ".join(report)
    # the techniques issue asks for 5 of 9 (measured: 5)
    assert hits >= 5


def test_frames_should_score(sample):
    analysis, expected = sample
    found = {f.frame for f in analysis.frames}
    hits = [f for f in expected["frames_should"] if f in found]
    SCORES["sample frames_should"] = f"{len(hits)}/{len(expected['frames_should'])} (found: {sorted(found)})"
    assert all(f.evidence for f in analysis.frames)
    assert "Security_and_defense" in found


def test_portrayal_must(sample):
    analysis, expected = sample
    shown = {p.actor_id: p for p in analysis.portrayals}
    wrong = []
    for code, polarity in expected["portrayal_must"].items():
        p = shown.get(code)
        if p is None or p.polarity != polarity or not p.evidence:
            wrong.append(f"{code}: {p.polarity if p else 'no portrayal'} (expected {polarity})")
    assert not wrong, wrong
