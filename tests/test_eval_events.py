"""`presslens eval events`: reading PLOVER gold-standard records, the fixed split, the scorer on a hand-made
fixture with figures worked out by hand, the GSR code of our actors, and the command's bad-input path."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from presslens.cli import main
from presslens.errors import Rejected
from presslens.eval.events import (
    NONE,
    CodedEvent,
    GoldRecord,
    evaluate_events,
    gsr_code,
    plover_20,
    predicted_events,
    read_gsr,
    score,
    select,
    split_ids,
)
from presslens.model import Actor, Analysis, Event, Sentence

FIXTURE = Path(__file__).parent / "fixtures" / "events" / "tiny_gsr.json"


def ev(kind: str, sources: set[str] | None = None, targets: set[str] | None = None) -> CodedEvent:
    return CodedEvent(kind, frozenset(sources or ()), frozenset(targets or ()))


# -- reading -------------------------------------------------------------------------------------------------


def test_read_fixture_skips_header_maps_names_and_empty_sides() -> None:
    records = read_gsr(FIXTURE)
    assert [r.id for r in records] == [f"TINY-000{i}" for i in range(1, 6)]
    assert [r.events for r in records] == [
        (ev("REQUEST", {"RUS", "CHN"}, {"JPN"}),),  # DEMAND -> REQUEST, compound source
        (ev("ASSAULT", {"ISR"}, {"LBN"}),),  # FIGHT -> ASSAULT
        (ev("AGREE", {"IGO"}),),  # target ""
        (ev("REJECT", {"FRA"}),),  # target missing
        (ev("PROTEST", {"KEN"}, {"KEN"}),),
    ]
    assert records[0].date == "2000-01-01"
    assert records[0].mode is None and records[4].mode == "demo"


def test_plover_05_names() -> None:
    assert [plover_20(n) for n in ("DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "AGREE", "REJECT")] == [
        "REQUEST",
        "ACCUSE",
        "ACCUSE",
        "ASSAULT",
        "AGREE",
        "REJECT",
    ]


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        ("{not json", "not valid JSON"),
        ('{"id": "x"}', "expected a JSON list"),
        ("[1, 2]", "record 0 is not a JSON object"),
        ('[{"id": "a", "event": "AGREE"}]', '"text"'),
        ('[{"id": "a", "text": "Hi.", "event": "AGREE", "source": {"code": "RUS"}}]', "source"),
        ('[{"id": "a", "text": "Hi.", "event": "AGREE", "source": [{"actorText": "x"}]}]', '"code"'),
        ('[{"event": "DOCUMENT", "id": "h"}]', "no coded sentences"),
        (
            '[{"id": "a", "text": "Hi.", "event": "AGREE"}, {"id": "a", "text": "Yo.", "event": "AGREE"}]',
            "duplicate id",
        ),
    ],
)
def test_bad_files_rejected(tmp_path: Path, content: str, phrase: str) -> None:
    path = tmp_path / "gsr.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(Rejected) as err:
        read_gsr(path)
    assert phrase in str(err.value)
    assert str(path) in str(err.value)


# -- the split -----------------------------------------------------------------------------------------------


def test_split_is_the_fixed_recipe_disjoint_and_complete() -> None:
    ids = [f"PLOVER-{i:04d}" for i in range(1, 52)]
    tune, unseen = split_ids(reversed(ids))  # input order does not matter
    expected = sorted(ids)
    random.Random(2016).shuffle(expected)
    assert tune == set(expected[: len(ids) // 2])
    assert not tune & unseen
    assert tune | unseen == set(ids)
    assert len(tune) == 25 and len(unseen) == 26
    assert split_ids(ids) == (tune, unseen)  # deterministic


def test_select_keeps_file_order_and_partitions() -> None:
    records = read_gsr(FIXTURE)
    tune, unseen = select(records, "tune"), select(records, "unseen")
    assert len(tune) == 2 and len(unseen) == 3
    assert {r.id for r in tune} | {r.id for r in unseen} == {r.id for r in records}
    assert [r.id for r in tune] == sorted(r.id for r in tune)
    assert select(records, "all") == records
    with pytest.raises(Rejected, match="unknown split"):
        select(records, "test")


# -- scoring -------------------------------------------------------------------------------------------------

PREDICTED = [
    [ev("REQUEST", {"CHN", "RUS"}, {"JPN"})],  # all right
    [ev("ACCUSE", {"ISR"}, {"LBN"}), ev("ASSAULT", {"ISR"})],  # right type and source, target missed
    [],  # nothing found
    [ev("REJECT", {"FRA", "DEU"})],  # right type, one source too many
    [ev("PROTEST", {"KEN"}, {"KEN"}), ev("PROTEST", {"KEN"})],  # a duplicate: only one can match
]


def test_score_by_hand() -> None:
    gold = [r.events[0] for r in read_gsr(FIXTURE)]
    s = score(gold, PREDICTED)
    # type sets: TP 1+1+0+1+1 = 4 of 5 predicted types (1+2+0+1+1) and 5 gold types
    assert s["type_precision"] == pytest.approx(0.8)
    assert s["type_recall"] == pytest.approx(0.8)
    assert s["type_f1"] == pytest.approx(0.8)
    # actor: sentences 1, 2, 5 match once; 6 predicted events, 5 gold
    assert s["actor_precision"] == pytest.approx(3 / 6)
    assert s["actor_recall"] == pytest.approx(3 / 5)
    assert s["actor_f1"] == pytest.approx(2 * 0.5 * 0.6 / 1.1)
    # full: sentences 1 and 5
    assert s["full_precision"] == pytest.approx(2 / 6)
    assert s["full_recall"] == pytest.approx(2 / 5)
    assert s["full_f1"] == pytest.approx(4 / 11)
    assert (s["n_sentences"], s["n_gold_events"], s["n_predicted_events"]) == (5, 5, 6)
    assert s["confusion"] == {
        "AGREE": {NONE: 1},
        "ASSAULT": {"ACCUSE": 1},
        "PROTEST": {"PROTEST": 1},
        "REJECT": {"REJECT": 1},
        "REQUEST": {"REQUEST": 1},
    }
    assert s["per_type"]["ASSAULT"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "gold": 1,
        "predicted": 1,
        "correct": 1,
    }
    assert s["per_type"]["ACCUSE"]["precision"] == 0.0 and s["per_type"]["ACCUSE"]["gold"] == 0
    assert s["per_type"]["AGREE"]["recall"] == 0.0 and s["per_type"]["AGREE"]["predicted"] == 0


def test_score_accepts_lists_of_gold_events_per_sentence() -> None:
    gold = [[r.events[0]] for r in read_gsr(FIXTURE)]
    assert score(gold, PREDICTED)["full_f1"] == pytest.approx(4 / 11)


def test_empty_gold_source_only_matched_by_empty_prediction() -> None:
    gold = [ev("COERCE", set(), {"USA"})]
    assert score(gold, [[ev("COERCE", {"USA"}, {"USA"})]])["actor_f1"] == 0.0
    assert score(gold, [[ev("COERCE", set(), {"USA"})]])["full_f1"] == 1.0


def test_perfect_and_empty() -> None:
    gold = [r.events[0] for r in read_gsr(FIXTURE)]
    perfect = score(gold, [[g] for g in gold])
    assert all(perfect[f"{m}_f1"] == 1.0 for m in ("type", "actor", "full"))
    nothing = score(gold, [[] for _ in gold])
    assert all(nothing[f"{m}_{k}"] == 0.0 for m in ("type", "actor", "full") for k in ("precision", "recall"))
    with pytest.raises(ValueError):
        score(gold, [[]])


# -- our actors as GSR codes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        (Actor(id="RUS", code="RUS", name="Russia", kind="country"), "RUS"),
        (
            Actor(id="person:putin", code="RUSGOV", name="Vladimir Putin", kind="person", country="RUS"),
            "RUS",
        ),
        (Actor(id="UN", code="UN", name="UN", kind="igo"), "IGO"),
        (Actor(id="NATO", code="NATO", name="NATO", kind="igo"), "IGO"),
        (Actor(id="HRW", code="UNKORG", name="Human Rights Watch", kind="org"), "NGO"),
        (Actor(id="org:acme", code="DEU", name="Acme", kind="org", country="DEU", known=False), "DEU"),
        (Actor(id="WEST", code="WEST", name="the West", kind="bloc"), None),
        (Actor(id="G7", code="G7", name="G7", kind="bloc"), "IGO"),  # a grouping that meets as one
        (  # the leader of a network the GSR codes by kind
            Actor(
                id="person:osama-bin-laden",
                code="IMG",
                name="Osama bin Laden",
                kind="person",
                country="ALQAEDA",
            ),
            "IMG",
        ),
        (Actor(id="person:jane-doe", code="UNK", name="Jane Doe", kind="person", known=False), None),
        (Actor(id="org:acme", code="UNKORG", name="Acme", kind="org", known=False), None),
    ],
)
def test_gsr_code(actor: Actor, code: str | None) -> None:
    assert gsr_code(actor) == code


# -- from analyses -------------------------------------------------------------------------------------------

TEXT = "Russia and the West accused Japan. Putin met Jane Doe."
ACTORS = [
    Actor(id="RUS", code="RUS", name="Russia", kind="country"),
    Actor(id="WEST", code="WEST", name="the West", kind="bloc"),
    Actor(id="JPN", code="JPN", name="Japan", kind="country"),
    Actor(id="person:putin", code="RUSGOV", name="Vladimir Putin", kind="person", country="RUS"),
    Actor(id="person:jane-doe", code="UNK", name="Jane Doe", kind="person", known=False),
]


def _analysis() -> Analysis:
    accused, met = TEXT.index("accused"), TEXT.index("met")
    return Analysis(
        id="t",
        text=TEXT,
        sentences=[
            Sentence(start=0, end=34, text=TEXT[:34]),
            Sentence(start=35, end=len(TEXT), text=TEXT[35:]),
        ],
        actors=ACTORS,
        events=[
            Event(
                start=accused,
                end=accused + 7,
                text="accused",
                plover="ACCUSE",
                source_ids=["RUS", "WEST"],
                target_ids=["JPN"],
            ),
            Event(
                start=met,
                end=met + 3,
                text="met",
                plover="CONSULT",
                source_ids=["person:putin"],
                target_ids=["person:jane-doe"],
                sentence=1,
            ),
        ],
    )


def _coder(event: Event) -> str | None:
    return event.plover


def _main_only_first(event: Event) -> bool:
    return event.sentence == 0


def test_predicted_events_codes_actors_and_filters_main() -> None:
    analysis = _analysis()
    assert predicted_events(analysis, "all", coder=_coder) == [
        ev("ACCUSE", {"RUS"}, {"JPN"}),  # the bloc is dropped
        ev("CONSULT", {"RUS"}),  # the person of no known country is dropped
    ]
    assert predicted_events(analysis, "main", coder=_coder, is_main=_main_only_first) == [
        ev("ACCUSE", {"RUS"}, {"JPN"})
    ]
    assert predicted_events(analysis, "all", coder=lambda e: None) == []


def test_lead_keeps_one_event_per_sentence() -> None:
    analysis = _analysis()
    second = analysis.events[0].model_copy(update={"plover": "REJECT"})
    analysis.events.append(second)  # a second main event in sentence 0
    everything = predicted_events(analysis, "main", coder=_coder, is_main=lambda e: True)
    lead = predicted_events(analysis, "lead", coder=_coder, is_main=lambda e: True)
    assert len(everything) == 3
    assert lead == [ev("ACCUSE", {"RUS"}, {"JPN"}), ev("CONSULT", {"RUS"})]


def test_evaluate_with_injected_analyses_counts_rejected_as_misses() -> None:
    def run(records: list[GoldRecord]) -> list[Analysis | Rejected]:
        return [Rejected("refused", r.id) if r.id == "TINY-0001" else _analysis() for r in records]

    result = evaluate_events(FIXTURE, events="all", analyze_many=run, coder=_coder)
    assert result["n_rejected"] == 1
    assert result["n_sentences"] == 5
    assert result["n_predicted_events"] == 8  # 2 per accepted sentence
    assert result["type_precision"] == 0.0  # ACCUSE/CONSULT never match the fixture's types
    assert result["sentences_per_s"] > 0
    assert result["split"] == "all"


# -- the command ---------------------------------------------------------------------------------------------


def _one_line_error(err: str, *phrases: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("presslens: error:")
    for phrase in phrases:
        assert phrase in lines[0], lines[0]


def test_cli_missing_file(capsys, tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    code = main(["eval", "events", str(path)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    _one_line_error(captured.err, str(path), "no such file")


def test_cli_garbled_file(capsys, tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text('[{"id": "a", "text": "Hi', encoding="utf-8")
    code = main(["eval", "events", str(path), "--json"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    _one_line_error(captured.err, str(path), "not valid JSON")


def test_cli_unknown_split(capsys) -> None:
    code = main(["eval", "events", str(FIXTURE), "--split", "test"])
    assert code == 2
    _one_line_error(capsys.readouterr().err, "--split")


def test_cli_json_on_fixture(capsys) -> None:
    """The real pipeline end to end: one JSON object with every figure in range."""
    code = main(["eval", "events", str(FIXTURE), "--json", "--split", "unseen"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    payload = json.loads(captured.out)
    for key in ("type_precision", "type_recall", "type_f1", "actor_f1", "full_f1"):
        assert 0.0 <= payload[key] <= 1.0
    for key in ("actor_precision", "actor_recall", "full_precision", "full_recall", "per_type"):
        assert key in payload
    assert payload["n_sentences"] == 3
    assert payload["sentences_per_s"] > 0
