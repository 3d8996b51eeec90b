"""`presslens eval ...`: score presslens on benchmark data, side by side with the reference systems."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from presslens.cli._app import eval_app
from presslens.render import console


def print_scores(title: str, scores: dict[str, dict[str, float]], as_json: bool) -> None:
    """Every eval command's output: a table for people, or JSON for machines."""
    if as_json:
        first = next(iter(scores.values()))
        payload = {**first, "systems": scores} if len(scores) > 1 else first
        print(json.dumps(payload, indent=2))
        return
    columns = list(next(iter(scores.values())))
    table = Table(title=title, title_justify="left")
    table.add_column("system", style="bold")
    for c in columns:
        table.add_column(c, justify="right")
    for system, row in scores.items():
        table.add_row(
            system, *(f"{row[c]:.4f}" if isinstance(row[c], float) else str(row[c]) for c in columns)
        )
    console().print(table)


@eval_app.command("extraction")
def extraction_cli(
    directory: Annotated[
        Path, typer.Argument(help="benchmark folder: ground-truth.json and html/ID.html.gz")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
) -> None:
    """HTML body extraction: precision/recall/F1 over 4-token shingles (Zyte article-extraction benchmark),
    presslens beside bare trafilatura."""
    from presslens.eval.extraction import evaluate_extraction

    scores = evaluate_extraction(directory)
    print_scores(f"Article body extraction, {directory}", scores, as_json)


_QUOTE_COLUMNS = {  # table heading -> figure; "~" marks token-overlap credit
    "content": "content_f1_exact",
    "content~": "content_f1_overlap",
    "source": "source_f1_exact",
    "source~": "source_f1_overlap",
    "cue": "cue_f1_exact",
    "cue~": "cue_f1_overlap",
    "attribution": "attribution_f1_exact",
    "attribution~": "attribution_f1_overlap",
    "gold": "gold_attributions",
    "found": "predicted_attributions",
}


@eval_app.command("quotes")
def quotes_cli(
    directory: Annotated[
        Path, typer.Argument(help="attribution folder: text/NAME.txt and attributions/NAME_*.ann (BRAT)")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
    per_file: Annotated[bool, typer.Option("--per-file", help="also score each file on its own")] = False,
) -> None:
    """Quote attribution: F1 of content, source and cue spans (exact and token overlap) and of whole
    attributions, against BRAT standoff gold (PolNeAR/PARC style)."""
    from presslens.eval.quotes import evaluate_quotes

    result = evaluate_quotes(directory)
    overall = result["overall"]
    if as_json:
        payload = {**overall, "files": result["files"]} if per_file else overall
        print(json.dumps(payload, indent=2))
        return
    rows = {"overall": overall, **(result["files"] if per_file else {})}
    table = {name: {col: row[key] for col, key in _QUOTE_COLUMNS.items()} for name, row in rows.items()}
    title = f"Quote attribution F1 (exact, ~ token overlap), {directory}"
    print_scores(title, table, as_json=False)


@eval_app.command("claims")
def claims_cli(
    clef: Annotated[
        Path | None,
        typer.Option("--clef", help="CLEF-2019 CheckThat! task-1 folder of TSV files (or its parent)"),
    ] = None,
    claimbuster: Annotated[
        Path | None, typer.Option("--claimbuster", help="ClaimBuster JSON list (kfold_25ncs.json)")
    ] = None,
    all_files: Annotated[
        bool, typer.Option("--all-files", help="CLEF: score every file, not only the held-out ones")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
) -> None:
    """Check-worthiness: CLEF-2019 MAP and P@5/10/20 on the held-out files (--clef), or ClaimBuster
    precision/recall/F1 of the check-worthy class on its test split (--claimbuster), presslens beside the
    "has a number" baseline (and random, for CLEF)."""
    from presslens.errors import Rejected
    from presslens.eval.claims import CLEF_TRAINING, clef_folder, evaluate_claimbuster, evaluate_clef

    if (clef is None) == (claimbuster is None):
        raise Rejected("give exactly one of --clef DIR or --claimbuster FILE")
    if clef is not None:
        if all_files:
            seen = sorted(p.name for p in clef_folder(clef).glob("*.tsv") if p.name in CLEF_TRAINING)
            if seen:
                typer.echo(
                    f"presslens: warning: --all-files: training saw {len(seen)} of these files; "
                    "only the held-out ones measure generalisation",
                    err=True,
                )
        scores = evaluate_clef(clef, all_files=all_files)
        where = "all files" if all_files else "held-out files"
        print_scores(f"Check-worthiness, CLEF-2019 task 1, {where} of {clef}", scores, as_json)
    else:
        if all_files:
            raise Rejected("--all-files applies to --clef only")
        assert claimbuster is not None
        from presslens.analyzers.checkworthy import load_model

        scores = evaluate_claimbuster(claimbuster)
        title = f"Check-worthiness, ClaimBuster test split of {claimbuster}"
        print_scores(f"{title} (threshold {load_model().threshold})", scores, as_json)


_EVENT_COLUMNS = {  # table heading -> figure
    "type P": "type_precision",
    "type R": "type_recall",
    "type F1": "type_f1",
    "actor P": "actor_precision",
    "actor R": "actor_recall",
    "actor F1": "actor_f1",
    "full P": "full_precision",
    "full R": "full_recall",
    "full F1": "full_f1",
    "n": "n_sentences",
    "sent/s": "sentences_per_s",
}


@eval_app.command("events")
def events_cli(
    file: Annotated[Path, typer.Argument(help="PLOVER gold-standard-record JSON list (GSR)")],
    split: Annotated[
        str, typer.Option("--split", help="tune, unseen (the fixed held-out half) or all records")
    ] = "all",
    events: Annotated[
        str,
        typer.Option(
            "--events",
            help="lead: each sentence's first main event, as a GSR codes one (default); main: every event "
            "not in a subordinate clause; all: every event",
        ),
    ] = "lead",
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
) -> None:
    """Event coding: precision/recall/F1 of the PLOVER type, of type with source actors, and of type with
    source and target actors, against PLOVER gold-standard records (0.5 names mapped to PLOVER 2.0)."""
    from presslens.errors import Rejected
    from presslens.eval.events import EVENT_CHOICES, SPLITS, evaluate_events

    if split not in SPLITS:
        raise Rejected(f"unknown --split {split!r} (known: {', '.join(SPLITS)})")
    if events not in EVENT_CHOICES:
        raise Rejected(f"unknown --events {events!r} (known: {', '.join(EVENT_CHOICES)})")
    result = evaluate_events(file, split=split, events=events)
    if as_json:
        print(json.dumps(result, indent=2))
        return
    title = f"Event coding, {split} split of {file} ({events} events)"
    row = {col: result[key] for col, key in _EVENT_COLUMNS.items()}
    print_scores(title, {"presslens": row}, as_json=False)
    out = console()
    out.print(_per_type_table(result["per_type"]))
    out.print(_confusion_table(result["confusion"]))


def _per_type_table(per_type: dict[str, dict[str, float]]) -> Table:
    table = Table(title="Event type, per type (sentence-level type sets)", title_justify="left")
    table.add_column("type", style="bold")
    for c in ("gold", "predicted", "correct"):
        table.add_column(c, justify="right")
    for c in ("P", "R", "F1"):
        table.add_column(c, justify="right")
    for kind, row in per_type.items():
        table.add_row(
            kind,
            *(str(row[c]) for c in ("gold", "predicted", "correct")),
            *(f"{row[c]:.3f}" for c in ("precision", "recall", "f1")),
        )
    return table


def _confusion_table(confusion: dict[str, dict[str, int]]) -> Table:
    """Gold type (rows) against the type of the sentence's first predicted event (columns)."""
    from presslens.eval.events import NONE

    predicted = [*sorted({p for row in confusion.values() for p in row} - {NONE}), NONE]
    table = Table(
        title="Confusion: gold × first predicted",
        title_justify="left",
    )
    table.add_column("gold \\ predicted", style="bold")
    for p in predicted:
        table.add_column(p[:4], justify="right")
    for gold, row in confusion.items():
        table.add_row(
            gold,
            *(
                (f"[green]{n}[/green]" if p == gold else str(n)) if (n := row.get(p, 0)) else "·"
                for p in predicted
            ),
        )
    return table


_TRAINED_ON = (
    "note: the shipped models were trained on the PTC train articles; on those articles these figures are "
    "in-sample. Cross-validated figures: src/presslens/data/models/{card}.md"
)


@eval_app.command("techniques")
def techniques_cli(
    directory: Annotated[
        Path, typer.Argument(help="PTC folder: *-articles/articleID.txt and technique label files (TSV)")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
) -> None:
    """Persuasion techniques (SemEval-2020 Task 11): span identification F1 with partial-overlap credit
    (SI), technique classification micro-F1 on the gold spans (TC), span-and-technique F1, per technique."""
    from presslens.eval.techniques import evaluate_techniques

    result = evaluate_techniques(directory)
    if as_json:
        print(json.dumps(result, indent=2))
        return
    columns = (
        "si_precision",
        "si_recall",
        "si_f1",
        "tc_micro_f1",
        "combined_f1",
        "n_articles",
        "articles_per_s",
    )
    print_scores(f"Persuasion techniques, {directory}", {"presslens": {c: result[c] for c in columns}}, False)
    table = Table(title="Per technique: span and technique, partial overlap", title_justify="left")
    for c in ("technique", "gold", "predicted", "P", "R", "F1"):
        table.add_column(c, justify="left" if c == "technique" else "right")
    for name, row in result["per_technique"].items():  # type: ignore[union-attr]
        table.add_row(
            name,
            str(row["gold"]),
            str(row["predicted"]),
            *(f"{row[k]:.3f}" for k in ("precision", "recall", "f1")),
        )
    out = console()
    out.print(table)
    out.print(_TRAINED_ON.format(card="techniques"))


@eval_app.command("genre")
def genre_cli(
    directory: Annotated[
        Path, typer.Argument(help="folder with genre.tsv (or genre-framing/genre.tsv) and articles")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
) -> None:
    """Genre (opinion, reporting, satire): macro-F1 and accuracy against SemEval-2023 Task 3 labels."""
    from presslens.eval.genre_frames import evaluate_genre

    result = evaluate_genre(directory)
    if as_json:
        print(json.dumps(result, indent=2))
        return
    row = {"macro_f1": result["macro_f1"], "accuracy": result["accuracy"], "n": result["n_articles"]}
    row |= {f"F1 {g}": v for g, v in result["per_genre"].items()}  # type: ignore[union-attr]
    print_scores(f"Genre, {directory}", {"presslens": row}, False)
    console().print(_TRAINED_ON.format(card="genre"))


@eval_app.command("frames")
def frames_cli(
    directory: Annotated[
        Path, typer.Argument(help="folder with frames.tsv (or genre-framing/frames.tsv) and articles")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
) -> None:
    """Frames (the 14 Media Frames Corpus frames, multi-label): micro- and macro-F1 against SemEval-2023
    Task 3 labels."""
    from presslens.eval.genre_frames import evaluate_frames

    result = evaluate_frames(directory)
    if as_json:
        print(json.dumps(result, indent=2))
        return
    row = {"micro_f1": result["micro_f1"], "macro_f1": result["macro_f1"], "n": result["n_articles"]}
    print_scores(f"Frames, {directory}", {"presslens": row}, False)
    table = Table(title="Per frame", title_justify="left")
    table.add_column("frame")
    table.add_column("F1", justify="right")
    for name, f1 in result["per_frame"].items():  # type: ignore[union-attr]
        table.add_row(name, f"{f1:.3f}")
    console().print(table)
    console().print(_TRAINED_ON.format(card="framing"))


@eval_app.command("portrayal")
def portrayal_cli(
    path: Annotated[
        Path, typer.Argument(help="NewsMTSC JSONL: sentence_normalized, targets[from, to, polarity]")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
) -> None:
    """Target-dependent sentiment (negative, neutral, positive) per target: macro-F1, accuracy and the
    confusion table against NewsMTSC labels."""
    from presslens.analyzers.sentiment import CLASSES
    from presslens.eval.portrayal import evaluate_portrayal

    result = evaluate_portrayal(path)
    if as_json:
        print(json.dumps({k: result[k] for k in ("macro_f1", "accuracy")}))
        return
    row = {"macro_f1": result["macro_f1"], "accuracy": result["accuracy"], "targets": result["n_targets"]}
    row |= {f"F1 {c}": f for c, f in result["per_class"].items()}  # type: ignore[union-attr]
    row["sentences/s"] = result["sentences_per_s"]
    print_scores(f"Target-dependent sentiment, {path}", {"presslens": row}, False)
    table = Table(title="Confusion: gold × predicted", title_justify="left")
    table.add_column("gold \\ predicted", style="bold")
    for c in CLASSES:
        table.add_column(c, justify="right")
    for gold, counts in result["confusion"].items():  # type: ignore[union-attr]
        table.add_row(gold, *(str(counts[c]) for c in CLASSES))
    console().print(table)
    console().print(
        "note: the shipped model was trained on NewsMTSC train; on that file these figures are in-sample. "
        "Cross-validated figures: src/presslens/data/models/portrayal.md"
    )
