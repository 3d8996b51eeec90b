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


def _parsed(spec: str):
    """A parse as the tagger and parser gave it, one "word/tag/dep/head" per token."""
    import spacy
    from spacy.tokens import Doc

    rows = [t.rsplit("/", 3) for t in spec.split()]
    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        tags=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[int(r[3]) for r in rows],
    )


def test_a_sentence_read_as_one_noun_phrase_gets_its_verb_back() -> None:
    """ "Burma's junta placed opposition leader Aung San Suu Kyi under house arrest": "junta placed" read as
    describing "leader"."""
    doc = _parsed(
        "Burma/NNP/poss/5 's/POS/case/0 junta/NN/npadvmod/3 placed/VBD/amod/5 opposition/NN/compound/5 "
        "leader/NN/ROOT/5 Aung/NNP/compound/9 San/NNP/compound/9 Suu/NNP/compound/9 Kyi/NNP/appos/5 "
        "under/IN/prep/5 house/NN/compound/12 arrest/NN/pobj/10 on/IN/prep/5 Thursday/NNP/pobj/13 ././punct/5"
    )
    nlp._main_clauses(doc)
    assert doc[3].dep_ == "ROOT" and doc[3].tag_ == "VBD"
    assert (doc[2].dep_, doc[2].head.i, doc[0].head.i) == ("nsubj", 3, 2)
    assert (doc[5].dep_, doc[5].head.i, doc[10].head.i) == ("dobj", 3, 3)
    # and with the subject hung on the object: "Supporters of Yushchenko blockaded government buildings"
    doc = _parsed(
        "Supporters/NNS/nmod/5 of/IN/prep/0 Yushchenko/NNP/pobj/1 blockaded/VBN/amod/5 "
        "government/NN/compound/5 buildings/NNS/ROOT/5 in/IN/prep/5 Kiev/NNP/pobj/6 ././punct/5"
    )
    nlp._main_clauses(doc)
    assert doc[3].dep_ == "ROOT" and (doc[0].dep_, doc[0].head.i) == ("nsubj", 3)
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 3)


def test_a_main_clause_hung_on_an_opening_phrase_gets_its_verb_back() -> None:
    """ "In a letter to the secretary-general, Nicaragua asked on Monday for observers": the preposition read
    as the root, the subject as an apposition of the phrase's noun and the verb as describing it."""
    doc = _parsed(
        "In/IN/ROOT/0 a/DT/det/2 letter/NN/pobj/0 to/IN/prep/2 the/DT/det/5 secretary-general/NN/pobj/3 "
        ",/,/punct/5 Nicaragua/NNP/appos/5 asked/VBD/acl/7 on/IN/prep/8 Monday/NNP/pobj/9 for/IN/prep/8 "
        "observers/NNS/pobj/11 ././punct/0"
    )
    nlp._main_clauses(doc)
    assert doc[8].dep_ == "ROOT"
    assert (doc[7].dep_, doc[7].head.i) == ("nsubj", 8)
    assert (doc[0].dep_, doc[0].head.i) == ("prep", 8)
    # a clause that describes the noun keeps its shape: "In a letter to Annan, who asked for observers"
    doc = _parsed(
        "In/IN/ROOT/0 a/DT/det/2 letter/NN/pobj/0 to/IN/prep/2 Annan/NNP/pobj/3 ,/,/punct/4 "
        "who/WP/nsubj/7 asked/VBD/relcl/4 for/IN/prep/7 observers/NNS/pobj/8 ././punct/0"
    )
    nlp._main_clauses(doc)
    assert doc[0].dep_ == "ROOT"


def test_a_plural_noun_of_asking_read_as_a_verb_is_the_object() -> None:
    """ "Sudan rejected UN calls on Wednesday to let foreign troops into Darfur": "UN calls" read as a
    clause."""
    doc = _parsed(
        "Sudan/NNP/nsubj/1 rejected/VBD/ROOT/1 UN/NNP/nsubj/3 calls/VBZ/ccomp/1 on/IN/prep/3 "
        "Wednesday/NNP/pobj/4 to/TO/aux/7 let/VB/xcomp/3 foreign/JJ/amod/9 troops/NNS/dobj/7 "
        "into/IN/prep/7 Darfur/NNP/pobj/10 ././punct/1"
    )
    nlp._main_clauses(doc)
    assert (doc[3].dep_, doc[3].tag_, doc[3].head.i) == ("dobj", "NNS", 1)
    assert (doc[2].dep_, doc[2].head.i) == ("compound", 3)
    assert (doc[7].dep_, doc[7].head.i) == ("acl", 3)


def test_a_verb_read_as_an_adjective_after_that_or_to() -> None:
    """ "demanded that Belarus free Andrzej Poczobut" and "asked Argentina on Monday to clear protesters
    blocking the bridges": "free" and "clear" read as adjectives of the noun after them."""
    doc = _parsed(
        "Poland/NNP/nsubj/1 demanded/VBD/ROOT/1 on/IN/prep/1 Wednesday/NNP/pobj/2 that/IN/advmod/8 "
        "Belarus/NNP/nsubj/6 free/JJ/compound/8 Andrzej/NNP/compound/8 Poczobut/NNP/ccomp/1 ././punct/1"
    )
    nlp._main_clauses(doc)
    assert (doc[6].dep_, doc[6].tag_, doc[6].head.i) == ("ccomp", "VB", 1)
    assert (doc[5].dep_, doc[5].head.i, doc[8].dep_, doc[8].head.i) == ("nsubj", 6, "dobj", 6)
    assert (doc[4].dep_, doc[4].head.i) == ("mark", 6)
    doc = _parsed(
        "Uruguay/NNP/nsubj/1 asked/VBD/ROOT/1 Argentina/NNP/dobj/1 on/IN/prep/1 Monday/NNP/pobj/3 "
        "to/IN/prep/1 clear/JJ/amod/7 protesters/NNS/pobj/5 blocking/VBG/acl/7 the/DT/det/10 "
        "bridges/NNS/dobj/8 ././punct/1"
    )
    nlp._main_clauses(doc)
    assert (doc[6].dep_, doc[6].tag_, doc[6].head.i) == ("xcomp", "VB", 1)
    assert (doc[5].dep_, doc[5].head.i, doc[7].dep_, doc[7].head.i) == ("aux", 6, "dobj", 6)
    # a real adjective: "sold arms to free nations" asks no one to do anything
    doc = _parsed(
        "They/PRP/nsubj/1 sold/VBD/ROOT/1 arms/NNS/dobj/1 to/IN/prep/1 free/JJ/amod/5 nations/NNS/pobj/3 "
        "././punct/1"
    )
    nlp._main_clauses(doc)
    assert doc[4].dep_ == "amod"


def test_an_apposition_hung_on_the_subject_across_the_verb_goes_to_the_noun_before_it() -> None:
    """ "refused to receive a delegation from ECOWAS, the African Union and the United Nations": the list
    read as an apposition of the subject."""
    doc = _parsed(
        "Niger/NNP/nsubj/1 refused/VBD/ROOT/1 to/TO/aux/3 receive/VB/xcomp/1 envoys/NNS/dobj/3 "
        "from/IN/prep/4 ECOWAS/NNP/pobj/5 ,/,/punct/1 the/DT/det/10 African/NNP/compound/10 "
        "Union/NNP/appos/0 and/CC/cc/10 "
        "the/DT/det/14 United/NNP/compound/14 Nations/NNP/conj/10 ././punct/1"
    )
    nlp._main_clauses(doc)
    assert (doc[10].dep_, doc[10].head.i) == ("conj", 6)
    # an apposition before the verb stays: "Annan, the UN chief, said"
    doc = _parsed(
        "Annan/NNP/nsubj/5 ,/,/punct/0 the/DT/det/4 UN/NNP/compound/4 chief/NN/appos/0 said/VBD/ROOT/5 "
        "././punct/5"
    )
    nlp._main_clauses(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("appos", 0)
