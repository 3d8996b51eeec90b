"""The check-worthiness scorer, the CLEF/ClaimBuster metrics (checked by hand on tiny rankings), the fixed
splits, and the `presslens eval claims` command."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from presslens.analyzers.checkworthy import load_model, ngram_features, score, tokens
from presslens.cli import main
from presslens.errors import Rejected
from presslens.eval.claims import (
    CLEF_HELD_OUT,
    CLEF_SPLIT_SEED,
    CLEF_TRAINING,
    average_precision,
    claimbuster_is_test,
    classification_scores,
    evaluate_claimbuster,
    evaluate_clef,
    has_number,
    precision_at,
    ranking,
    ranking_scores,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
CLEF_DIR = SHARED / "datasets" / "clef2019-checkworthy-train" / "training"
CLAIMBUSTER = SHARED / "datasets" / "claimbuster-2.5xncs" / "kfold_25ncs.json"

CLAIM = "Unemployment fell to 3.5 percent last year, the lowest rate in fifty years."
SMALL_TALK = "Thank you all for coming tonight."


def needs(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not found: this test needs the ../shared folder beside the checkout")
    return path


# --- the scorer ----------------------------------------------------------------------------------------


def test_scores_are_probabilities_one_per_sentence() -> None:
    sentences = [
        CLAIM,
        SMALL_TALK,
        "The bridge cost $2.1 billion and opened in 2019, three years late.",
        "I think we should all be a little kinder to each other.",
        "What a night!",
        "",
        "Überall 42 %",
    ]
    scores = score(sentences)
    assert len(scores) == len(sentences)
    assert all(isinstance(s, float) and 0.0 <= s <= 1.0 for s in scores)


def test_a_statistical_claim_outranks_small_talk() -> None:
    claim, talk = score([CLAIM, SMALL_TALK])
    assert claim > talk
    model = load_model()
    assert claim >= model.threshold > talk


def test_empty_input() -> None:
    assert score([]) == []


def test_scores_do_not_depend_on_the_batch() -> None:
    alone = score([CLAIM])[0]
    batched = score([SMALL_TALK, CLAIM, SMALL_TALK])[1]
    assert alone == pytest.approx(batched)


def test_tokens_fold_numbers_and_case() -> None:
    assert tokens("In 1975 we spent $3.5 billion, 40% more.") == [
        "in", "<year>", "we", "spent", "$", "<num>", "billion", "<num>", "%", "more",
    ]  # fmt: skip


def test_ngram_features_are_deterministic_hashes() -> None:
    ids, value = ngram_features("Taxes went up.", 18, None)
    # unigrams taxes, went, up + bigrams <s>-taxes, taxes-went, went-up, up-</s>: 7 keys
    assert value == pytest.approx(7**-0.5)
    assert ids == sorted(ids) and all(0 <= i < 2**18 for i in ids)
    assert ngram_features("Taxes went up.", 18, None) == (ids, value)
    empty_ids, empty_value = ngram_features("", 18, None)  # only the <s> </s> bigram
    assert len(empty_ids) == 1 and empty_value == 1.0


# --- the metrics, by hand ------------------------------------------------------------------------------


def test_average_precision_by_hand() -> None:
    # relevant at ranks 1 and 3: (1/1 + 2/3) / 2
    assert average_precision([1, 0, 1, 0, 0]) == pytest.approx((1 + 2 / 3) / 2)
    # relevant at rank 4 only: 1/4
    assert average_precision([0, 0, 0, 1]) == pytest.approx(0.25)
    # relevant at ranks 2, 3, 5: (1/2 + 2/3 + 3/5) / 3
    assert average_precision([0, 1, 1, 0, 1]) == pytest.approx((0.5 + 2 / 3 + 0.6) / 3)
    assert average_precision([0, 0, 0]) == 0.0
    assert average_precision([1, 1]) == 1.0


def test_precision_at_k_by_hand() -> None:
    ranked = [1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1]
    assert precision_at(ranked, 5) == pytest.approx(2 / 5)
    assert precision_at(ranked, 10) == pytest.approx(3 / 10)
    assert precision_at(ranked, 20) == pytest.approx(4 / 20)  # a list shorter than k: the rest are misses


def test_mean_over_files_by_hand() -> None:
    first = [1, 0, 1, 0, 0]  # AP 5/6, P@5 2/5
    second = [0, 0, 0, 1]  # AP 1/4, P@5 1/5
    out = ranking_scores([first, second])
    assert out["map"] == pytest.approx((5 / 6 + 1 / 4) / 2)  # 0.5417
    assert out["p_at_5"] == pytest.approx((2 / 5 + 1 / 5) / 2)  # 0.3
    assert out["p_at_10"] == pytest.approx((2 / 10 + 1 / 10) / 2)  # 0.15
    assert out["p_at_20"] == pytest.approx((2 / 20 + 1 / 20) / 2)  # 0.075
    assert out["files"] == 2
    with pytest.raises(Rejected):
        ranking_scores([])


def test_ranking_keeps_file_order_on_ties() -> None:
    assert ranking([0.5, 0.9, 0.5, 0.1]) == [1, 0, 2, 3]
    assert ranking([1.0, 0.0, 1.0], tie=[3, 9, 7]) == [2, 0, 1]


def test_classification_scores_by_hand() -> None:
    gold = [1, 1, 1, 0, 0, 0, 0]
    pred = [True, True, False, True, False, False, False]  # tp 2, fp 1, fn 1
    out = classification_scores(gold, pred)
    assert out["precision"] == pytest.approx(2 / 3)
    assert out["recall"] == pytest.approx(2 / 3)
    assert out["f1"] == pytest.approx(2 / 3)
    assert (out["sentences"], out["positives"]) == (7, 3)
    assert classification_scores([0, 0], [False, False])["f1"] == 0.0


def test_has_number() -> None:
    assert has_number("We lost 700,000 jobs.")
    assert has_number("Ninety-four million Americans are out of the labor force.")
    assert has_number("Premiums went up twenty percent.")
    assert not has_number("No one knows what one of them said.")


def _write_clef(folder: Path, name: str, rows: list[tuple[str, int]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [f"{i}\tSPEAKER\t{text}\t{label}" for i, (text, label) in enumerate(rows, start=1)]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_evaluate_clef_on_a_tiny_folder(tmp_path: Path) -> None:
    # scores come from a stub: the number in the sentence, over 10
    _write_clef(tmp_path, "a.tsv", [("s 9", 1), ("s 8", 0), ("s 7", 1), ("s 1", 0)])  # ranked 1 0 1 0
    _write_clef(tmp_path, "b.tsv", [("s 5", 0), ("s 6", 1), ("s 2", 0)])  # ranked 1 0 0

    def stub(texts: list[str]) -> list[float]:
        return [int(t.split()[1]) / 10 for t in texts]

    out = evaluate_clef(tmp_path, all_files=True, scorer=stub)
    ours = out["presslens"]
    assert ours["map"] == pytest.approx(((1 + 2 / 3) / 2 + 1.0) / 2)
    assert ours["p_at_5"] == pytest.approx((2 / 5 + 1 / 5) / 2)
    assert ours["files"] == 2
    # every sentence holds a digit, so "has a number" ties everywhere and keeps file order:
    # a: 1 0 1 0 -> AP 5/6; b: 0 1 0 -> AP 1/2
    assert out["has a number"]["map"] == pytest.approx((5 / 6 + 1 / 2) / 2)
    assert 0.0 <= out["random"]["map"] <= 1.0
    with pytest.raises(Rejected, match="CLEF files missing"):
        evaluate_clef(tmp_path, scorer=stub)  # the held-out files are not in this folder


def test_bad_clef_file_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "x.tsv").write_text("1\tA\tno label here\n", encoding="utf-8")
    with pytest.raises(Rejected, match="line 1"):
        evaluate_clef(tmp_path, all_files=True, scorer=lambda t: [0.0] * len(t))


# --- the fixed splits ----------------------------------------------------------------------------------


def test_clef_split_is_the_seeded_shuffle() -> None:
    names = sorted(CLEF_HELD_OUT + CLEF_TRAINING)
    assert len(names) == len(set(names)) == 19
    random.Random(CLEF_SPLIT_SEED).shuffle(names)
    assert sorted(names[:5]) == sorted(CLEF_HELD_OUT)


def test_claimbuster_split_is_fixed_and_about_a_fifth() -> None:
    share = sum(claimbuster_is_test(i) for i in range(1, 20001)) / 20000
    assert 0.18 < share < 0.22
    assert [claimbuster_is_test(i) for i in range(40)] == [claimbuster_is_test(i) for i in range(40)]


def test_claimbuster_evaluation_on_a_tiny_file(tmp_path: Path) -> None:
    test_ids = [i for i in range(1, 200) if claimbuster_is_test(i)][:4]
    items = [
        {"sentence_id": test_ids[0], "label": 1, "text": "Taxes rose 40 percent."},
        {"sentence_id": test_ids[1], "label": 1, "text": "He voted against the bill."},
        {"sentence_id": test_ids[2], "label": 0, "text": "I have 2 dogs."},
        {"sentence_id": test_ids[3], "label": 0, "text": "Good evening."},
        {"sentence_id": next(i for i in range(200) if not claimbuster_is_test(i)), "label": 1, "text": "x"},
    ]
    path = tmp_path / "cb.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    out = evaluate_claimbuster(path, scorer=lambda texts: [0.9, 0.9, 0.1, 0.1], threshold=0.5)
    assert out["presslens"]["f1"] == 1.0 and out["presslens"]["sentences"] == 4
    # has a number: predicts items 0 and 2 -> tp 1, fp 1, fn 1
    assert out["has a number"]["precision"] == pytest.approx(0.5)
    assert out["has a number"]["recall"] == pytest.approx(0.5)


# --- the command ---------------------------------------------------------------------------------------


def test_cli_needs_exactly_one_dataset(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["eval", "claims"]) == 2
    assert "exactly one of" in capsys.readouterr().err
    assert main(["eval", "claims", "--clef", str(tmp_path), "--claimbuster", str(tmp_path / "x.json")]) == 2
    assert main(["eval", "claims", "--clef", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("presslens: error:") == 2


def test_cli_json_on_a_tiny_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _write_clef(tmp_path, "a.tsv", [(CLAIM, 1), (SMALL_TALK, 0), ("Good night.", 0)])
    assert main(["eval", "claims", "--clef", str(tmp_path), "--all-files", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert {"map", "p_at_5", "p_at_10", "p_at_20", "files"} <= set(payload)
    assert payload["map"] == 1.0
    assert set(payload["systems"]) == {"presslens", "has a number", "random"}


def test_cli_warns_about_training_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _write_clef(tmp_path, CLEF_TRAINING[0], [(CLAIM, 1), (SMALL_TALK, 0)])
    assert main(["eval", "claims", "--clef", str(tmp_path), "--all-files", "--json"]) == 0
    captured = capsys.readouterr()
    assert "training saw 1 of these files" in captured.err
    assert json.loads(captured.out)["files"] == 1


# --- on the shared data (skipped without ../shared) ----------------------------------------------------


@pytest.fixture(scope="module")
def clef_scores() -> dict[str, dict[str, float]]:
    return evaluate_clef(needs(CLEF_DIR))


def test_clef_held_out_map_beats_the_number_baseline(clef_scores) -> None:
    ours, numbers, rand = clef_scores["presslens"], clef_scores["has a number"], clef_scores["random"]
    assert ours["files"] == 5
    assert ours["map"] > numbers["map"] > rand["map"]


def test_claimbuster_f1_beats_the_number_baseline() -> None:
    out = evaluate_claimbuster(needs(CLAIMBUSTER))
    assert out["presslens"]["f1"] > out["has a number"]["f1"]
    assert 1800 < out["presslens"]["sentences"] < 2100
