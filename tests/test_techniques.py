"""Persuasion techniques, frames and their scorers: hand-computed scorer values on tiny made-up spans, the
shipped models loading from the package, and behaviour on two paragraphs written for these tests."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
import yaml

from presslens.analyzers import framing, techniques
from presslens.analyzers.hashing import bucket
from presslens.eval.techniques import labelled_scores, merge, read_ptc, si_scores, tc_micro_f1
from presslens.model import Analysis, Source, Technique
from presslens.render.exports import ptc_lines

TEXTS = yaml.safe_load((Path(__file__).parent / "fixtures" / "techniques" / "texts.yaml").read_text())


def test_si_partial_overlap_by_hand():
    # half of a 10-character prediction lies on a 10-character gold span: P = R = 0.5
    s = si_scores({"a": [(5, 15)]}, {"a": [(0, 10)]})
    assert s["precision"] == pytest.approx(0.5) and s["recall"] == pytest.approx(0.5)
    # a second, missed prediction halves precision: P 0.25, R 0.5, F1 1/3
    s = si_scores({"a": [(5, 15), (20, 30)]}, {"a": [(0, 10)]})
    assert s["precision"] == pytest.approx(0.25) and s["f1"] == pytest.approx(1 / 3)
    # overlapping predictions are merged first: (0, 8) on (0, 10) gives P 1, R 0.8
    s = si_scores({"a": [(0, 4), (3, 8)]}, {"a": [(0, 10)]})
    assert s["precision"] == pytest.approx(1.0) and s["recall"] == pytest.approx(0.8)
    # spans in another article earn nothing
    assert si_scores({"b": [(0, 10)]}, {"a": [(0, 10)]})["f1"] == 0.0
    assert merge([(5, 9), (0, 3), (2, 4)]) == [(0, 4), (5, 9)]


def test_combined_needs_the_same_technique():
    gold = {"a": [(0, 10, "Doubt"), (20, 30, "Loaded_Language")]}
    pred = {"a": [(0, 10, "Loaded_Language"), (20, 25, "Loaded_Language")]}
    s = labelled_scores(pred, gold)
    # only the second prediction counts: P = (0 + 1) / 2, R = (0 + 0.5) / 2
    assert s["precision"] == pytest.approx(0.5) and s["recall"] == pytest.approx(0.25)
    loaded = labelled_scores(pred, gold, "Loaded_Language")
    assert loaded["precision"] == pytest.approx(0.5) and loaded["recall"] == pytest.approx(0.5)
    assert tc_micro_f1(["Doubt", "Slogans"], ["Doubt", "Doubt"]) == pytest.approx(0.5)


def test_read_ptc_folder(tmp_path):
    (tmp_path / "x-articles").mkdir()
    (tmp_path / "x-articles" / "article7.txt").write_text("The so-called experts lied.\n")
    (tmp_path / "labels.labels").write_text("7\tDoubt\t4\t21\n7\tLoaded_Language\t22\t26\n")
    ptc = read_ptc(tmp_path)
    assert ptc.articles["7"].startswith("The so-called")
    assert ptc.spans["7"] == [(4, 21, "Doubt"), (22, 26, "Loaded_Language")]
    assert ptc.si["7"] == [(4, 21), (22, 26)]


def test_models_load_offline_from_the_package():
    m = techniques.model()
    assert m.token_weights.shape == (1 << techniques.TOKEN_BITS,)
    assert m.span_weights.shape == (1 << techniques.SPAN_BITS, len(techniques.TECHNIQUES) + 1)  # and "none"
    assert 0.0 < m.none_cut <= 1.01
    assert 0.0 < m.threshold < 1.0
    assert m.tag_head.shape == (techniques.TAG_WIDTH,) and 1 <= m.layers <= 6
    assert m.span_head.shape == (techniques.SPAN_WIDTH, len(techniques.TECHNIQUES) + 1) and 0.0 < m.mix < 1.0
    weights, bias, cuts = framing.model()
    assert weights.shape == (1 << framing.BITS, len(framing.FRAMES)) and len(bias) == len(cuts) == 14


def test_tokens_sentences_quotes_and_cues():
    t = techniques.tokenize('He called it "a so-called peace". Then he left.\nNew line')
    words = t.words
    assert t.sentence[words.index("then")] == 1 and t.sentence[words.index("new")] == 2
    assert t.quoted[words.index("peace")] and not t.quoted[words.index("then")]
    assert "doubt" in t.cues[words.index("so")]


def test_neutral_wire_paragraph_has_few_techniques():
    found = techniques.find_techniques(TEXTS["neutral_wire"])
    assert len(found) <= 1, [(f.text, f.technique) for f in found]


def test_loaded_opinion_paragraph_is_marked_and_explained():
    text = TEXTS["loaded_opinion"]
    found = techniques.find_techniques(text)
    assert len(found) >= 4, [(f.text, f.technique) for f in found]
    kinds = {f.technique for f in found}
    assert kinds & {"Loaded_Language", "Name_Calling,Labeling"}
    for f in found:
        assert text[f.start : f.end] == f.text
        assert f.explanation and f.text[:20] in f.explanation


def test_scare_quote_is_doubt():
    text = "The ministry keeps defending Ukraine, it says."
    start = text.index("defending")
    found = techniques.find_techniques(text, scare_quotes=[(start, start + len("defending Ukraine"))])
    assert any(f.technique == "Doubt" and f.text == "defending Ukraine" for f in found)


def test_classify_gold_spans():
    text = TEXTS["loaded_opinion"]
    named = techniques.classify(text, [(0, 10)])
    assert len(named) == 1 and named[0][0] in techniques.TECHNIQUES and 0.0 <= named[0][1] <= 1.0


def test_ptc_lines_use_raw_offsets():
    analysis = Analysis(
        id="x",
        text="ab cd",
        source=Source(uri="/tmp/article42.txt", kind="text", offset_map=[(0, 0), (3, 5)]),
        techniques=[Technique(start=3, end=5, text="cd", technique="Doubt")],
    )
    assert list(ptc_lines([analysis])) == ["42\tDoubt\t5\t7\n"]


def test_frames_with_evidence():
    text = TEXTS["loaded_opinion"]
    sentences = [(0, len(text))]
    found = framing.find_frames(text, sentences)
    assert all(f.frame in framing.FRAMES and 0 <= f.confidence <= 1 for f in found)
    p = framing.probabilities("The army deployed troops and missiles along the border to defend the country.")
    assert framing.FRAMES[int(p.argmax())] in ("Security_and_defense", "Political")


def _labelled_folder(tmp_path: Path) -> Path:
    (tmp_path / "train-articles").mkdir()
    (tmp_path / "genre-framing").mkdir()
    (tmp_path / "train-articles" / "article1.txt").write_text(TEXTS["neutral_wire"])
    (tmp_path / "train-articles" / "article2.txt").write_text(TEXTS["loaded_opinion"])
    (tmp_path / "genre-framing" / "genre.tsv").write_text("1\treporting\n2\topinion\n")
    (tmp_path / "genre-framing" / "frames.tsv").write_text("1\tEconomic\n2\tPolitical,Morality\n")
    return tmp_path


def test_eval_genre_and_frames_on_a_tiny_folder(tmp_path):
    from presslens.eval.genre_frames import evaluate_frames, evaluate_genre

    folder = _labelled_folder(tmp_path)
    genre = evaluate_genre(folder)
    assert genre["n_articles"] == 2 and 0.0 <= genre["macro_f1"] <= 1.0
    assert set(genre["per_genre"]) == {"opinion", "reporting", "satire"}
    frames = evaluate_frames(folder)
    assert frames["n_articles"] == 2 and set(frames["per_frame"]) == set(framing.FRAMES)


def test_eval_techniques_cli_json(tmp_path, capsys):
    import json

    from presslens.cli import main

    (tmp_path / "a-articles").mkdir()
    text = TEXTS["loaded_opinion"]
    (tmp_path / "a-articles" / "article9.txt").write_text(text)
    at = text.index("so-called")
    (tmp_path / "a.labels").write_text(f"9\tDoubt\t{at}\t{at + 9}\n")
    assert main(["eval", "techniques", str(tmp_path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"si_f1", "tc_micro_f1", "combined_f1", "per_technique"} <= set(result)
    assert result["n_gold_spans"] == 1


def test_eval_techniques_rejects_a_missing_folder(tmp_path, capsys):
    from presslens.cli import main

    assert main(["eval", "techniques", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert "not a folder" in err and "Traceback" not in err


def test_fast_token_scores_equal_the_feature_sum():
    # inference sums weights per distinct word; training reads `token_features`: the two must agree
    m = techniques.model()
    text = TEXTS["loaded_opinion"] + '\n"A quoted line!" Short. ' + TEXTS["neutral_wire"]
    t = techniques.tokenize(text)
    t.sentence_p = [(k % 10) / 10 + 0.05 for k in range(len(t.sentence_cues))]
    mask = len(m.token_weights) - 1
    slow = [
        m.token_bias + sum(float(m.token_weights[bucket(k, mask)]) for k in techniques.token_features(t, i))
        for i in range(len(t))
    ]
    fast = techniques.token_logits(t, m.token_weights, m.token_bias)
    assert fast == pytest.approx(slow, abs=1e-4)


def test_frames_read_the_sentences_as_the_joined_story():
    # find_frames reads each sentence's words once; its probabilities must be those of the joined text
    text = TEXTS["loaded_opinion"]
    cuts = [0, text.index("Wake up"), text.index("If we let"), len(text)]
    sentences = list(itertools.pairwise(cuts))
    joined = "\n".join(text[s:e] for s, e in sentences)
    p = framing.probabilities(joined)
    found = framing.find_frames(text, sentences)
    assert found
    for f in found:
        assert f.confidence == pytest.approx(float(p[framing.FRAMES.index(f.frame)]), abs=1e-3)


def test_tag_head_rows_see_neighbours_inside_the_sentence_only():
    t = techniques.tokenize("One two three. Four five")
    words = np.arange(1, len(t) + 1, dtype=np.float32)[:, None].repeat(techniques.WIDTH, axis=1)
    sentences = np.array([[10.0], [20.0]], dtype=np.float32).repeat(techniques.WIDTH, axis=1)
    rows = techniques.tag_rows(np.full(len(t), 0.5), t, words, sentences)
    assert rows.shape == (len(t), techniques.TAG_WIDTH)
    first_cells = rows[:, [0, *(1 + techniques.WIDTH * k for k in range(6))]]
    # logit, the word, the words at -2, -1, +1, +2 (zeros past the sentence), the sentence
    assert first_cells[:, 1:].tolist() == [
        [1, 0, 0, 2, 3, 10],  # one
        [2, 0, 1, 3, 4, 10],  # two
        [3, 1, 2, 4, 0, 10],  # three
        [4, 2, 3, 0, 0, 10],  # .
        [5, 0, 0, 6, 0, 20],  # four
        [6, 0, 5, 0, 0, 20],  # five
    ]
    assert np.all(first_cells[:, 0] == 0.5)


def test_encoded_runs_only_the_story_sentences():
    text = "By Jane Roe\nThe talks failed. Both sides blamed the other."
    t = techniques.tokenize(text)
    story = [(text.index("The talks"), len(text))]
    assert [k for k, *_ in techniques.encoder_ranges(t, story)] == [1, 2]
    words, sentences = techniques.encoded(text, t, 3, story)
    byline = [i for i, s in enumerate(t.sentence) if s == 0]
    assert np.all(words[byline] == 0) and np.all(sentences[0] == 0)
    assert np.all(np.linalg.norm(words[len(byline) :], axis=1) > 0)


def test_runner_up_technique_and_cue_labels():
    row = np.zeros(len(techniques.TECHNIQUES) + 1)
    row[[0, 1, -1]] = [0.45, 0.35, 0.2]  # Loaded_Language, Name_Calling, then "none"
    both = techniques.named(row, 0.3)
    assert [techniques.TECHNIQUES[k] for k, _ in both] == ["Loaded_Language", "Name_Calling,Labeling"]
    assert both[0][1] == pytest.approx(0.45 / 0.8) and both[1][1] == pytest.approx(0.35 / 0.8)
    assert len(techniques.named(row, 0.5)) == 1
    t = techniques.tokenize("They sent troops under the guise of keeping the peace.")
    a, b = t.words.index("guise"), t.words.index("peace") + 1
    assert techniques.cue_labels(t, a, b, ("doubt",)) == ["Doubt"]  # the phrase overlaps the span
    assert techniques.cue_labels(t, a, b, ("fear",)) == []
    assert techniques.cue_labels(t, 0, 2, ("doubt",)) == []  # "They sent" holds no cue
