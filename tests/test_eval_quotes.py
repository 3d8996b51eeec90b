"""The quote-attribution scorer: BRAT reading, span scoring by hand, raw offsets, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import presslens
from presslens.analyzers import ANALYZERS
from presslens.cli import main
from presslens.errors import Rejected
from presslens.eval.quotes import (
    Attribution,
    evaluate_quotes,
    parse_ann,
    predicted_attributions,
    read_brat,
    score,
)
from presslens.ingest.clean import clean_text, to_raw
from presslens.model import Analysis, Quote, Source, Span, content_id
from presslens.settings import Settings

FIXTURE = Path(__file__).parent / "fixtures" / "attribution"
SEVEN = {
    "content_f1_exact",
    "content_f1_overlap",
    "source_f1_exact",
    "source_f1_overlap",
    "cue_f1_exact",
    "attribution_f1_exact",
    "attribution_f1_overlap",
}


def at(text: str, needle: str, after: str = "") -> tuple[tuple[int, int], ...]:
    """The one range of `needle` in `text`, searching from the start of `after`."""
    start = text.index(needle, text.index(after) if after else 0)
    return ((start, start + len(needle)),)


# --- reading ----------------------------------------------------------------------------------------------


def test_read_fixture_counts() -> None:
    corpus = read_brat(FIXTURE)
    assert {name: len(gold) for name, (_, gold) in corpus.items()} == {
        "ferry_report": 9,
        "library_vote": 10,
        "port_strike": 9,
    }
    text, gold = corpus["port_strike"]
    split = next(a for a in gold if len(a.content) == 2)  # the quote split around "Ms Cruz told reporters"
    assert [text[s:e] for s, e in split.content] == [
        "This is not about squeezing anyone",
        "It is about keeping the port open.",
    ]
    assert [text[s:e] for s, e in split.source] == ["Ms Cruz"]
    continuation = next(a for a in gold if text[a.content[0][0] :].startswith("Nobody asked"))
    assert continuation.cue == ()  # a continuation quote: a source, no cue
    assert [text[s:e] for s, e in continuation.source] == ["Tomas Berg"]


def test_fixture_offsets_cover_their_text() -> None:
    for ann in sorted((FIXTURE / "attributions").glob("*.ann")):
        text = (FIXTURE / "text" / f"{ann.stem.rsplit('_', 1)[0]}.txt").read_bytes().decode("utf-8")
        lines = [line for line in ann.read_text(encoding="utf-8").splitlines() if line.startswith("T")]
        assert lines, ann
        for line in lines:
            _tid, label_offsets, covered = line.split("\t")
            ranges = [tuple(map(int, piece.split())) for piece in label_offsets.split(" ", 1)[1].split(";")]
            assert covered == " ".join(text[s:e] for s, e in ranges), line


def test_fixture_has_no_attribution_for_scare_quotes() -> None:
    for text, gold in read_brat(FIXTURE).values():
        for scare in ('"modernisation"', '"efficiency review"', '"premium"'):
            if scare in text:
                s = text.index(scare)
                assert not any(a <= s < b for att in gold for a, b in att.content), scare


def _folder(tmp_path: Path, text: str, ann: str) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "attributions" / "doc_1.ann").write_text(ann, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "bad_line",
    [
        "T3\tSource ten 12\tKim",  # offsets that are not numbers
        "T3\tSource 8 11\tKim",  # covered text that is not the text at the offsets
        "T3\tSource 8 999\tKim",  # offsets beyond the text
        "T3",  # no label, no offsets
        "E2\tAttribution:T1 Content:T9",  # an event naming an undefined span
        "E2\tAttribution T1",  # an argument without Role:Tn
        "X1\twhat is this",  # an unknown annotation id
    ],
)
def test_malformed_line_names_file_and_line(tmp_path: Path, bad_line: str) -> None:
    text = "Jo Kim said it rained."
    ann = "T1\tSource 0 6\tJo Kim\nT2\tContent 12 21\tit rained\n" + bad_line + "\n"
    folder = _folder(tmp_path, text, ann)
    with pytest.raises(Rejected) as err:
        read_brat(folder)
    assert "doc_1.ann" in str(err.value)
    assert "line 3" in str(err.value)


def test_missing_folders_rejected(tmp_path: Path) -> None:
    with pytest.raises(Rejected, match="text/"):
        read_brat(tmp_path)
    (tmp_path / "text").mkdir()
    with pytest.raises(Rejected, match="attributions/"):
        read_brat(tmp_path)
    (tmp_path / "attributions").mkdir()
    with pytest.raises(Rejected, match="no text"):
        read_brat(tmp_path)


def test_ann_without_text_rejected(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "Jo Kim said it rained.", "")
    (folder / "attributions" / "other_1.ann").write_text("", encoding="utf-8")
    with pytest.raises(Rejected, match=r"other_1\.ann"):
        read_brat(folder)


def test_parse_roles_in_any_order_discontinuous_and_several_files(tmp_path: Path) -> None:
    text = '"Rain," Jo Kim said, "is coming." Tea is good, it is said.'
    (rain,), (coming,) = at(text, "Rain"), at(text, "is coming.")
    (kim,), (said,) = at(text, "Jo Kim"), at(text, "said")
    (tea,), (said2,) = at(text, "Tea is good"), at(text, "said", "Tea")
    ann = (
        f"T1\tContent {rain[0]} {rain[1]};{coming[0]} {coming[1]}\tRain is coming.\n"
        f"T2\tSource {kim[0]} {kim[1]}\tJo Kim\n"
        f"T3\tCue {said[0]} {said[1]}\tsaid\n"
        f"T4\tAttribution {said[0]} {said[1]}\tsaid\n"
        "E1\tSource:T2 Attribution:T4 Cue:T3 Content:T1\n"
        "A1\tNegated E1\n"
        "#1\tAnnotatorNotes T1\tsplit quote\n"
        f"T5\tContent {tea[0]} {tea[1]}\tTea is good\n"
        f"T6\tCue {said2[0]} {said2[1]}\tsaid\n"
        "E2\tAttribution-no-source:T6 Cue:T6 Content:T5\n"
    )
    folder = _folder(tmp_path, text, ann)
    # a second annotation file for the same text: pooled, its duplicate dropped
    (folder / "attributions" / "doc_2.ann").write_text(ann.split("T5")[0], encoding="utf-8")
    gold = read_brat(folder)["doc"][1]
    assert gold == [
        Attribution(content=(rain, coming), source=(kim,), cue=(said,)),
        Attribution(content=(tea,), source=(), cue=(said2,)),
    ]


def test_event_defined_before_its_spans() -> None:
    text = "Jo Kim said it rained."
    ann = "E1\tAttribution:T3 Content:T2 Source:T1\nT1\tSource 0 6\tJo Kim\nT2\tContent 12 21\tit rained\n"
    ann += "T3\tAttribution 7 11\tsaid\n"
    assert parse_ann(ann, text) == [Attribution(content=((12, 21),), source=((0, 6),), cue=())]


# --- scoring by hand --------------------------------------------------------------------------------------

TEXT = 'Ann Lee said "the dam will hold" and Bob Roe said the river was rising fast.'


def _ann() -> Attribution:
    return Attribution(at(TEXT, "the dam will hold"), at(TEXT, "Ann Lee"), at(TEXT, "said"))


def _bob() -> Attribution:
    return Attribution(
        at(TEXT, "the river was rising fast"), at(TEXT, "Bob Roe"), at(TEXT, "said", "Bob Roe")
    )


def test_identical_scores_one() -> None:
    figures = score([_ann(), _bob()], [_ann(), _bob()], TEXT)
    assert all(figures[k] == 1.0 for k in SEVEN)
    assert figures["cue_f1_overlap"] == 1.0
    assert figures["gold_attributions"] == figures["predicted_attributions"] == 2


def test_disjoint_scores_zero() -> None:
    figures = score([_ann()], [_bob()], TEXT)
    assert all(figures[k] == 0.0 for k in SEVEN)


def test_partial_overlap_by_hand() -> None:
    # content: gold "the river was rising fast" (5 tokens), predicted "said the river was" (4); 3 shared
    # source: gold "Bob Roe" (2 tokens), predicted "Roe" (1); 1 shared. Cue: the same "said".
    pred = Attribution(at(TEXT, "said the river was"), at(TEXT, "Roe"), at(TEXT, "said", "Bob Roe"))
    f = score([_bob()], [pred], TEXT)
    assert f["content_f1_exact"] == 0.0 and f["source_f1_exact"] == 0.0
    assert f["content_r_overlap"] == pytest.approx(3 / 5)
    assert f["content_p_overlap"] == pytest.approx(3 / 4)
    assert f["content_f1_overlap"] == pytest.approx(2 / 3)
    assert f["source_r_overlap"] == pytest.approx(1 / 2)
    assert f["source_p_overlap"] == pytest.approx(1.0)
    assert f["source_f1_overlap"] == pytest.approx(2 / 3)
    assert f["cue_f1_exact"] == 1.0
    assert f["attribution_f1_exact"] == 0.0
    # compatible (content and source overlap): gold earns 3/5 of its content, the prediction 3/4 of its own
    assert f["attribution_r_overlap"] == pytest.approx(3 / 5)
    assert f["attribution_p_overlap"] == pytest.approx(3 / 4)
    assert f["attribution_f1_overlap"] == pytest.approx(2 / 3)


def test_exact_ignores_surrounding_quotes_and_spaces_and_counts_misses() -> None:
    # predicted: Ann's quote with its quote marks and a space, nothing for Bob
    quoted = at(TEXT, '"the dam will hold" ')
    f = score([_ann(), _bob()], [Attribution(quoted, at(TEXT, "Ann Lee"), at(TEXT, "said"))], TEXT)
    assert f["content_p_exact"] == 1.0 and f["content_r_exact"] == 0.5
    assert f["content_f1_exact"] == pytest.approx(2 / 3)
    assert f["attribution_f1_exact"] == pytest.approx(2 / 3)
    assert f["content_r_overlap"] == pytest.approx(4 / 9)  # 4 of the 4 + 5 gold content tokens
    assert f["content_f1_overlap"] == pytest.approx(8 / 13)


def test_wrong_speaker_earns_no_attribution_credit() -> None:
    pred = Attribution(_bob().content, at(TEXT, "Ann Lee"), _bob().cue)
    f = score([_bob()], [pred], TEXT)
    assert f["content_f1_exact"] == 1.0
    assert f["attribution_f1_exact"] == 0.0
    assert f["attribution_f1_overlap"] == 0.0


def test_pieces_separated_by_punctuation_equal_the_whole() -> None:
    text = 'Jo said: "Rain, soon."'
    gold = [Attribution(at(text, "Rain") + at(text, "soon"), (), ())]  # annotated as two pieces
    pred = [Attribution(at(text, '"Rain, soon."'), (), ())]  # found as one, with its marks
    assert score(gold, pred, text)["content_f1_exact"] == 1.0
    apart = [Attribution(at(text, "Jo") + at(text, "Rain"), (), ())]  # "said" between: not the same span
    assert score(apart, [Attribution(at(text, 'Jo said: "Rain'), (), ())], text)["content_f1_exact"] == 0.0


def test_without_text_characters_are_tokens() -> None:
    f = score([Attribution(((0, 10),))], [Attribution(((5, 15),))])
    assert f["content_r_overlap"] == pytest.approx(0.5)
    assert f["content_p_overlap"] == pytest.approx(0.5)
    assert f["content_f1_exact"] == 0.0
    assert f["attribution_f1_overlap"] == pytest.approx(0.5)  # both without a source: compatible


def test_empty_sides() -> None:
    assert score([], [], TEXT)["attribution_f1_exact"] == 1.0
    nothing_found = score([_ann()], [], TEXT)
    assert all(nothing_found[k] == 0.0 for k in SEVEN)
    nothing_to_find = score([], [_ann()], TEXT)
    assert nothing_to_find["content_p_exact"] == 0.0
    assert nothing_to_find["content_r_exact"] == 1.0
    assert nothing_to_find["content_f1_exact"] == 0.0


# --- predictions in raw offsets ---------------------------------------------------------------------------


def _hand_analysis(raw: str, quotes: list[tuple[str, list[str], str | None, list[str]]]) -> Analysis:
    """An analysis of `raw`; quotes are (content, speakers, cue, fragments) strings of the clean text."""
    cleaned = clean_text(raw)
    text = cleaned.text

    def span(needle: str, after: str = "") -> Span:
        start = text.index(needle, text.index(after) if after else 0)
        return Span(start=start, end=start + len(needle), text=needle)

    built = []
    for content, speakers, cue, fragments in quotes:
        c = span(content)
        built.append(
            Quote(
                start=c.start,
                end=c.end,
                text=c.text,
                kind="direct",
                speakers=[span(s) for s in speakers],
                cue=span(cue, content) if cue else None,
                fragments=[span(f, content) for f in fragments],
            )
        )
    return Analysis(
        id=content_id(text),
        text=text,
        source=Source(kind="text", offset_map=cleaned.offset_map, raw_chars=len(raw)),
        quotes=built,
    )


def test_predicted_attributions_map_back_through_markdown() -> None:
    raw = (
        'The talks *collapsed* on Friday.\n\n"We will **not** sign this deal," said _Anna Holt_, a minister.'
    )
    analysis = _hand_analysis(raw, [("We will not sign this deal", ["Anna Holt"], "said", [])])
    assert analysis.text.startswith("The talks collapsed on Friday.")
    (pred,) = predicted_attributions(analysis)
    assert [raw[s:e] for s, e in pred.content] == ["We will **not** sign this deal"]
    assert [raw[s:e] for s, e in pred.source] == ["Anna Holt"]
    assert [raw[s:e] for s, e in pred.cue] == ["said"]
    gold = Attribution(at(raw, "We will **not** sign this deal"), at(raw, "Anna Holt"), at(raw, "said"))
    assert score([gold], [pred], raw)["attribution_f1_exact"] == 1.0


def test_split_quote_as_fragments_or_as_two_records() -> None:
    raw = '"We will *not* sign," said Anna Holt, "this deal or any other."'
    whole = 'We will not sign," said Anna Holt, "this deal or any other.'
    first, second = "We will not sign", "this deal or any other."
    as_fragments = _hand_analysis(raw, [(whole, ["Anna Holt"], "said", [first, second])])
    as_records = _hand_analysis(raw, [(first, ["Anna Holt"], "said", []), (second, ["Anna Holt"], None, [])])
    # the second record has no cue of its own: give it the first one's, as a quote finder would
    q1, q2 = as_records.quotes
    as_records = as_records.model_copy(update={"quotes": [q1, q2.model_copy(update={"cue": q1.cue})]})
    expected = [raw[s:e] for s, e in at(raw, "We will *not* sign") + at(raw, "this deal or any other.")]
    for analysis in (as_fragments, as_records):
        (pred,) = predicted_attributions(analysis)
        assert [raw[s:e] for s, e in pred.content] == expected


# --- the whole folder -------------------------------------------------------------------------------------


def _clean_offset(offset_map: list[tuple[int, int]], clean_len: int) -> dict[int, int]:
    """raw offset -> clean offset, for every clean character (the first one that maps there)."""
    inverse: dict[int, int] = {}
    for c in range(clean_len):
        inverse.setdefault(to_raw(offset_map, c), c)
    return inverse


def _perfect(analyze):
    """An `analyze` that parses for real, then puts the gold attributions in as its quotes."""
    corpus = read_brat(FIXTURE)
    gold_by_text = {text: gold for text, gold in corpus.values()}

    def run(raw: str) -> Analysis:
        analysis = analyze(raw)
        text = analysis.text
        inverse = _clean_offset(analysis.source.offset_map, len(text))

        def span(ranges: tuple[tuple[int, int], ...]) -> Span:
            start, end = inverse[ranges[0][0]], inverse[ranges[-1][1] - 1] + 1
            return Span(start=start, end=end, text=text[start:end])

        quotes = []
        for att in gold_by_text[raw]:
            whole = span(att.content)
            pieces = [span((r,)) for r in att.content] if len(att.content) > 1 else []
            quotes.append(
                Quote(
                    start=whole.start,
                    end=whole.end,
                    text=whole.text,
                    kind="direct",
                    speakers=[span((r,)) for r in att.source],
                    cue=span(att.cue) if att.cue else None,
                    fragments=pieces,
                )
            )
        return Analysis.model_validate({**analysis.model_dump(), "quotes": [q.model_dump() for q in quotes]})

    return run


def _parse(raw: str) -> Analysis:
    """presslens.analyze for real (ingest, cleaning, offset map, parse) with every analyzer skipped."""
    return presslens.analyze(raw, settings=Settings(strict=True, skip=tuple(ANALYZERS)))


def test_evaluate_with_perfect_quotes_scores_one() -> None:
    result = evaluate_quotes(FIXTURE, analyze=_perfect(_parse))
    assert set(result["files"]) == {"ferry_report", "library_vote", "port_strike"}
    overall = result["overall"]
    assert {k: overall[k] for k in SEVEN} == dict.fromkeys(SEVEN, 1.0)
    assert overall["gold_attributions"] == overall["predicted_attributions"] == 28
    for figures in result["files"].values():
        assert all(figures[k] == 1.0 for k in SEVEN)


def test_evaluate_with_no_quotes_scores_zero() -> None:
    overall = evaluate_quotes(FIXTURE, analyze=_parse)["overall"]
    assert all(overall[k] == 0.0 for k in SEVEN)
    assert overall["predicted_attributions"] == 0


def test_cli_json(capsys) -> None:
    code = main(["eval", "quotes", str(FIXTURE), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    payload = json.loads(out)
    assert set(payload) >= SEVEN
    assert all(0.0 <= payload[k] <= 1.0 for k in SEVEN)
    assert payload["gold_attributions"] == 28


def test_cli_table_per_file(capsys) -> None:
    code = main(["eval", "quotes", str(FIXTURE), "--per-file"])
    out = capsys.readouterr().out
    assert code == 0
    for name in ("overall", "ferry_report", "library_vote", "port_strike"):
        assert name in out


def test_cli_missing_folder(capsys, tmp_path: Path) -> None:
    code = main(["eval", "quotes", str(tmp_path)])
    assert code == 2
    assert "text/" in capsys.readouterr().err
