"""Portrayal, stances and tone: the sentiment model's features, the NewsMTSC scorer, the per-actor pooling
and its news-specific rules, on texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from presslens.analyzers import portrayal, sentiment
from presslens.analyzers.tone import tone
from presslens.encoder import WIDTH
from presslens.errors import Rejected
from presslens.eval.portrayal import read_newsmtsc, scores

FIXTURES = Path(__file__).parent / "fixtures" / "portrayal"
DAY = {"published": "2022-03-01"}


def polarity(analysis, actor_id: str) -> str:
    found = [p for p in analysis.portrayals if p.actor_id == actor_id]
    assert found, f"no portrayal of {actor_id}: {[p.actor_id for p in analysis.portrayals]}"
    return found[0].polarity


# --- the model's features ---------------------------------------------------------------------------------


def test_a_negator_turns_a_word_over():
    words = sentiment.valenced_words("It was not good, but the result was terrible.")
    assert [w for w in words] == [(11, 15, pytest.approx(-0.74 * 1.9 / 4)), (36, 44, pytest.approx(-2.1 / 4))]


def test_lexicon_columns_count_by_distance_from_the_target():
    text = "Good news: Norway acted and the outcome was terrible"
    start = text.index("Norway")
    row = sentiment.lexicon_rows(text, [(start, start + 6)])[0]
    bands = {b: k for k, b in enumerate(sentiment.BANDS)}
    # "Good" is two words before the target, "terrible" six after
    assert row[2 * bands[(-3, -1)]] == pytest.approx(1.9 / 4)
    assert row[2 * bands[(4, 10)] + 1] == pytest.approx(2.1 / 4)
    assert row[: 2 * len(sentiment.BANDS)].sum() == pytest.approx((1.9 + 2.1) / 4)


def test_target_rows_read_the_target_and_its_sides():
    hidden = np.arange(10 * WIDTH, dtype=np.float32).reshape(10, WIDTH)
    offsets = np.array([(3 * i, 3 * i + 2) for i in range(10)])  # ten two-letter pieces
    row = sentiment.target_rows("x" * 30, hidden, offsets, [(12, 17)])[0]  # pieces 4 and 5
    assert row.shape == (sentiment.ROW_WIDTH,)
    np.testing.assert_allclose(row[:WIDTH], hidden[4:6].mean(axis=0))
    np.testing.assert_allclose(row[WIDTH : 2 * WIDTH], hidden.mean(axis=0))
    np.testing.assert_allclose(row[2 * WIDTH : 3 * WIDTH], hidden[0:4].mean(axis=0))
    np.testing.assert_allclose(row[3 * WIDTH : 4 * WIDTH], hidden[6:10].mean(axis=0))


def test_the_shipped_model_fits_the_features():
    m = sentiment.model()
    assert m.weights.shape == (sentiment.ROW_WIDTH, 3) and m.layers == 3
    p = m.probs(np.zeros((2, sentiment.ROW_WIDTH), dtype=np.float32))
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=1e-5)


# --- the scorer ---------------------------------------------------------------------------------------------


def test_scores_by_hand():
    # gold negative, negative, neutral, positive; predicted negative, neutral, neutral, positive
    result = scores(np.array([0, 0, 1, 2]), np.array([0, 1, 1, 2]))
    # negative: tp 1, fn 1 -> 2/3; neutral: tp 1, fp 1 -> 2/3; positive 1
    assert result["per_class"] == {"negative": 2 / 3, "neutral": 2 / 3, "positive": 1.0}
    assert result["macro_f1"] == pytest.approx(7 / 9)
    assert result["accuracy"] == 0.75
    assert result["confusion"]["negative"] == {"negative": 1, "neutral": 1, "positive": 0}


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


OWN_RECORDS = [
    {
        "primary_gid": "own_1_1_0_Oslo",
        "sentence_normalized": "Oslo was praised for its generous and wise help to the flood victims.",
        "targets": [{"from": 0, "to": 4, "mention": "Oslo", "polarity": 6.0}],
    },
    {
        "primary_gid": "own_1_1_1_Minsk",
        "sentence_normalized": "The brutal regime in Minsk jailed protesters and tortured journalists.",
        "targets": [{"from": 21, "to": 26, "mention": "Minsk", "polarity": 2.0}],
    },
    {
        "primary_gid": "own_2_1_0_Japan",
        "sentence_normalized": "Japan will hold an election in October, officials said.",
        "targets": [{"from": 0, "to": 5, "mention": "Japan", "polarity": 4.0}],
    },
]


def test_read_newsmtsc(tmp_path):
    items = read_newsmtsc(_jsonl(tmp_path / "own.jsonl", OWN_RECORDS))
    assert [(i.spans, i.labels, i.article) for i in items] == [
        ([(0, 4)], [2], "own_1_1"),
        ([(21, 26)], [0], "own_1_1"),
        ([(0, 5)], [1], "own_2_1"),
    ]


def test_read_newsmtsc_names_a_bad_line(tmp_path):
    bad = dict(OWN_RECORDS[0], targets=[{"from": 0, "to": 99, "polarity": 6.0}])
    with pytest.raises(Rejected, match=r"bad.jsonl:2: not a NewsMTSC record"):
        read_newsmtsc(_jsonl(tmp_path / "bad.jsonl", [OWN_RECORDS[0], bad]))


def test_eval_portrayal_cli(tmp_path, capsys):
    from presslens.cli import main

    path = _jsonl(tmp_path / "own.jsonl", OWN_RECORDS)
    assert main(["eval", "portrayal", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"macro_f1", "accuracy"}
    assert out["accuracy"] == 1.0  # three plain sentences, one per class
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    assert main(["eval", "portrayal", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "broken.jsonl:1" in err


# --- pooling and rules on whole articles ------------------------------------------------------------------


def test_praise_and_blame(analyze):
    praised = analyze(
        "Norway was widely praised for its generous aid to refugees, and aid groups thanked Oslo for its "
        "leadership.",
        meta=DAY,
    )
    assert polarity(praised, "NOR") == "positive"
    blamed = analyze(
        "The brutal regime in Minsk jailed peaceful protesters and tortured journalists.", meta=DAY
    )
    p = next(p for p in blamed.portrayals if p.actor_id == "BLR")
    assert p.polarity == "negative" and p.score < -0.3
    assert p.evidence and p.evidence[0].text.startswith("The brutal regime")
    assert {c.text for c in p.cues} & {"brutal", "jailed", "tortured"}


@pytest.mark.parametrize("name", ["neutral-wire.txt", "neutral-wire-2.txt"])
def test_neutral_wire_reports_portray_no_one(analyze, name):
    analysis = analyze((FIXTURES / name).read_text(encoding="utf-8"), meta={"published": "2021-12-15"})
    assert len(analysis.portrayals) >= 6
    shown = {p.actor_id: p.polarity for p in analysis.portrayals if p.polarity != "neutral"}
    assert not shown
    assert all(p.evidence for p in analysis.portrayals)


def test_opinion_piece_condemning_a_regime(analyze):
    analysis = analyze((FIXTURES / "opinion-border.txt").read_text(encoding="utf-8"), meta=DAY)
    assert polarity(analysis, "BLR") == "negative"
    assert polarity(analysis, "person:alexander-lukashenko") == "negative"
    assert analysis.tone is not None and analysis.tone.score < 0


@pytest.mark.parametrize(
    ("sentence", "mention", "pinned"),
    [
        ("The aggressive troops of NATO keep advancing.", "NATO", "aggressive"),
        ("Few trust America's unilateralism.", "America", "unilateralism"),
        ("The U.S. falsely claimed victory.", "U.S.", "falsely"),
        ("It was the protectionist course initiated by Trump.", "Trump", "protectionist"),
        ("Warmongering Washington sent more ships.", "Washington", "Warmongering"),
    ],
)
def test_pinned_words(sentence, mention, pinned):
    from presslens import nlp

    doc = nlp.parse(sentence)
    start = sentence.index(mention)
    span = doc.char_span(start, start + len(mention), alignment_mode="expand")
    assert pinned in [t.text for t in portrayal.pinned_words(doc, span)]


def test_a_negated_label_is_not_pinned():
    from presslens import nlp

    doc = nlp.parse("The programme of Norway was not a failure.")
    start = doc.text.index("Norway")
    assert portrayal.pinned_words(doc, doc.char_span(start, start + 6)) == []
    doc = nlp.parse("The programme of Norway was a failure.")
    assert [t.text for t in portrayal.pinned_words(doc, doc.char_span(start, start + 6))] == ["failure"]


def test_no_pinned_words_on_a_plain_phrase():
    from presslens import nlp

    doc = nlp.parse("The troops of NATO held an exercise near the border.")
    start = doc.text.index("NATO")
    assert portrayal.pinned_words(doc, doc.char_span(start, start + 4)) == []


def test_a_pinned_label_makes_the_portrayal_negative(analyze):
    analysis = analyze("The aggressive troops of NATO keep advancing toward the border.", meta=DAY)
    assert polarity(analysis, "NATO") == "negative"


def test_blame_inside_a_quote_is_the_speakers_stance(analyze):
    analysis = analyze(
        'Russian Foreign Minister Sergei Lavrov said on Tuesday: "Washington is a reckless and dishonest '
        'partner that cannot be trusted." Lavrov met his Chinese counterpart in Beijing.',
        meta=DAY,
    )
    stances = {(s.source_id, s.target_id): s for s in analysis.stances}
    stance = stances[("person:sergei-lavrov", "USA")]
    assert stance.relation == "opposed" and stance.basis == ["quote"]
    assert stance.evidence[0].text.startswith("Russian Foreign Minister")
    assert ("RUS", "USA") in stances  # the minister speaks for his state


def test_the_victim_of_an_attack_is_not_blamed(analyze):
    analysis = analyze("Russian troops shelled Kharkiv on Monday, killing four civilians.", meta=DAY)
    assert polarity(analysis, "UKR") != "negative"
    stance = next(s for s in analysis.stances if (s.source_id, s.target_id) == ("RUS", "UKR"))
    assert stance.relation == "opposed" and stance.basis == ["event"] and stance.score <= -0.5


def test_actors_acting_together_stand_with_each_other(analyze):
    analysis = analyze("Iran and Iraq agreed to expand trade on Friday.", meta=DAY)
    pairs = {(s.source_id, s.target_id): s.relation for s in analysis.stances}
    assert pairs == {("IRN", "IRQ"): "allied", ("IRQ", "IRN"): "allied"}


def test_negated_events_make_no_stance(analyze):
    analysis = analyze("Iran and Iraq did not agree to expand trade on Friday.", meta=DAY)
    assert analysis.stances == []


def test_a_leader_counts_for_the_state(analyze):
    analysis = analyze(
        "Putin was praised for his wise and generous leadership. Russia holds elections in March.", meta=DAY
    )
    counted = {p.actor_id: p.mentions for p in analysis.portrayals}
    assert counted["RUS"] == counted["person:vladimir-putin"] + 1  # "Putin", "his" and "Russia"


# --- tone -----------------------------------------------------------------------------------------------


def test_tone_by_hand():
    # 8 words: "good" and "won" positive, "not bad" turned positive, "lost" negative; we and our are
    # self/group references; 2 verbs given
    t = tone(["We won, not bad.", "Our good team lost."], verbs=2)
    assert t.word_count == 8
    assert t.positive == pytest.approx(100 * 3 / 8, abs=1e-3)
    assert t.negative == pytest.approx(100 * 1 / 8, abs=1e-3)
    assert t.score == pytest.approx(25.0, abs=1e-3) and t.polarity == pytest.approx(50.0, abs=1e-3)
    assert t.self_group_density == pytest.approx(25.0, abs=1e-3)
    assert t.activity_density == pytest.approx(25.0, abs=1e-3)


def test_tone_of_nothing():
    assert tone([], verbs=0).word_count == 0


def test_tone_in_the_analysis(analyze):
    analysis = analyze("We condemn this terrible attack. Officials said the talks went well.", meta=DAY)
    t = analysis.tone
    assert t is not None and t.word_count == 11 and t.negative > 0 and t.self_group_density > 0
    assert t.activity_density > 0
