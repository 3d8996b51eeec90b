"""The pipeline: analyzer planning, error handling, batches, long texts and warnings."""

from __future__ import annotations

import pytest

import presslens
from presslens import nlp
from presslens.analyzers import ANALYZERS, Analyzer, components, plan
from presslens.errors import Rejected
from presslens.settings import Settings

TEXT = "Moscow and Kyiv traded blame on Monday, officials said.\n\nThe Kremlin denied it."


def test_plan_resolves_only_and_skip() -> None:
    assert [a.name for a in plan()] == list(ANALYZERS)
    assert [a.name for a in plan(only=["genre"])] == ["genre"]
    assert "genre" not in [a.name for a in plan(skip=["genre"])]
    with pytest.raises(Rejected, match="unknown analyzer 'nope'"):
        plan(only=["nope"])
    assert {"parser", "ner"} <= components(plan())
    assert nlp.closure({"lemmatizer"}) == {"lemmatizer", "attribute_ruler", "tagger", "tok2vec"}


def test_only_and_skip_change_what_is_filled() -> None:
    only = presslens.analyze(TEXT, settings=Settings(only=("genre",)))
    assert only.analyzers == ["genre"] and not only.mentions and only.genre is not None
    skipped = presslens.analyze(TEXT, settings=Settings(skip=("genre",)))
    assert skipped.genre is None and skipped.mentions


def test_a_failing_analyzer_becomes_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = Analyzer("genre", ("genre",), frozenset(), (), "presslens.nowhere:run", "broken on purpose")
    monkeypatch.setitem(ANALYZERS, "genre", broken)
    analysis = presslens.analyze(TEXT)
    assert analysis.genre is None and analysis.mentions
    assert any(w.code == "analyzer-failed" and "genre" in w.message for w in analysis.warnings)
    with pytest.raises(ModuleNotFoundError):
        presslens.analyze(TEXT, settings=Settings(strict=True))


def test_a_sentence_the_event_coder_fails_on_costs_only_that_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from presslens.analyzers import events

    text = "Russia and China signed a trade deal. Iran condemned Israel. Turkey threatened Syria."
    real = events._Coder.code_sentence

    def fragile(self: events._Coder, start: int, end: int, index: int) -> list:
        if index == 1:
            raise RecursionError("maximum recursion depth exceeded")
        return real(self, start, end, index)

    monkeypatch.setattr(events._Coder, "code_sentence", fragile)
    analysis = presslens.analyze(text)
    assert {e.plover for e in analysis.events} == {
        "SUPPORT",
        "THREATEN",
    }  # a signed deal is SUPPORT (CAMEO 057)
    (warning,) = [w for w in analysis.warnings if w.code.startswith("analyzer-failed")]
    assert warning.code == "analyzer-failed-part"
    assert "events: sentence 2 (characters 38-60) skipped (RecursionError" in warning.message
    with pytest.raises(RecursionError):
        presslens.analyze(text, settings=Settings(strict=True))


def test_analyze_many_streams_in_order_and_reports_bad_items() -> None:
    out = list(presslens.analyze_many([TEXT, "   ", "Beijing said nothing.", Rejected("broken", "x")]))
    assert [type(o).__name__ for o in out] == ["Analysis", "Rejected", "Analysis", "Rejected"]
    assert "Beijing" in out[2].text


def test_long_texts_are_parsed_in_chunks_with_exact_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 400)
    paragraph = "Moscow said on Monday that the Kremlin would answer the Pentagon within days. "
    text = "\n\n".join(paragraph * 3 for _ in range(8))
    analysis = presslens.analyze(text, settings=Settings(strict=True))
    assert len([m for m in analysis.mentions if m.text == "Pentagon"]) == 24
    assert analysis.sentences[-1].end == len(analysis.text)
    for path, span in analysis.spans():
        assert analysis.text[span.start : span.end] == span.text, path


def test_warnings_for_language_and_missing_date() -> None:
    analysis = presslens.analyze(
        "El gobierno anunció el martes que las conversaciones seguirán la próxima semana."
    )
    codes = {w.code for w in analysis.warnings}
    assert {"language", "no-date"} <= codes
    assert analysis.meta.language == "es"


def test_size_limit_is_enforced() -> None:
    with pytest.raises(Rejected, match="over the 20 limit"):
        presslens.analyze(TEXT, settings=Settings(max_chars=20))


def test_titles_and_bylines_get_roles(example_analysis) -> None:
    roles = [s.role for s in example_analysis.sentences]
    assert roles[:3] == ["title", "byline", "dateline"] and roles[-1] == "credit"
    assert roles.count("body") >= 10


def test_a_dateline_is_a_sentence_of_its_own_and_not_parsed_as_the_doer() -> None:
    analysis = presslens.analyze(
        "CAIRO, Egypt (AP) -- Libya expelled 300 Egyptian workers on Tuesday. Egypt protested.",
        meta={"published": "1995-06-01"},
    )
    assert [(s.role, s.text) for s in analysis.sentences][:2] == [
        ("dateline", "CAIRO, Egypt (AP) --"),
        ("body", "Libya expelled 300 Egyptian workers on Tuesday."),
    ]
    assert analysis.meta.dateline == "CAIRO, Egypt"
    event = analysis.events[0]
    assert analysis.text[event.start : event.end] == "expelled"
    assert [analysis.actor(a).code for a in event.source_ids] == ["LBY"]


def test_a_trailing_clause_of_time_made_the_root_gives_the_main_verb_back() -> None:
    """The parser sometimes makes "after Beijing warned the island" the root of "Taiwan ruled out talks on
    Friday, two days after Beijing warned the island", with "ruled" hung on it as what was warned."""
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    words = ["Taiwan", "ruled", "out", "talks", ",", "two", "days", "after", "Beijing", "warned", "it", "."]
    heads = [1, 9, 1, 1, 9, 6, 9, 9, 9, 9, 9, 9]
    deps = [
        "nsubj",
        "ccomp",
        "prt",
        "dobj",
        "punct",
        "nummod",
        "npadvmod",
        "mark",
        "nsubj",
        "ROOT",
        "dobj",
        "punct",
    ]
    tags = ["NNP", "VBD", "RP", "NNS", ",", "CD", "NNS", "IN", "NNP", "VBD", "PRP", "."]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)
    nlp._main_clauses(doc)
    assert (doc[1].dep_, doc[1].head.i) == ("ROOT", 1)
    assert (doc[9].dep_, doc[9].head.i) == ("advcl", 1)
    assert len(list(doc.sents)) == 1
    # a clause of saying keeps its shape: "Taiwan ruled out talks, Beijing said"
    deps[7], words[7], tags[7] = "punct", ",", ","
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)
    nlp._main_clauses(doc)
    assert doc[9].dep_ == "ROOT" and doc[1].head.i == 9
