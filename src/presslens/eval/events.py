"""Event coding quality on a PLOVER gold-standard-record (GSR) file.

The file is a JSON list. A record whose ``event`` is ``"DOCUMENT"`` (the first one) documents the file and
is skipped; every other record codes one sentence: ``id``, ``text`` (the sentence), ``date``
(``"2000-01-01"``), ``event`` (a PLOVER 0.5 type), sometimes ``mode``, ``source`` and ``target`` (each a list
of ``{actorText, code, sector}``, the string ``""``, or missing: no actor). PLOVER 0.5 names are mapped to
PLOVER 2.0 (`PLOVER_05_TO_20`); other names are kept as they are. Actor codes are ISO 3166 alpha-3 country
codes or the generic ``IGO``, ``NGO``, ``IMG``, compared verbatim.

An event, gold or predicted, is reduced to (type, set of source codes, set of target codes). Scores are
micro averages over sentences:

* **type**: per sentence, the *set* of predicted types against the set of gold types; TP = the types in
  both, P = TP / all predicted types, R = TP / all gold types.
* **actor**: a predicted event matches a gold event when the types are equal and the source code sets are
  equal (an empty gold source set is matched only by an empty predicted one); one-to-one within a
  sentence; P = matches / predicted events, R = matches / gold events.
* **full**: as actor, with the target code sets equal too.
* **per type**: the type figures restricted to one type; and a confusion count of each gold event's type
  against the type of the sentence's first predicted event (``"none"`` when nothing was predicted).

Empty sides follow `presslens.eval.quotes`: nothing predicted and nothing to find is P = R = 1; nothing
predicted but something to find is P = R = 0; something predicted but nothing to find is P = 0, R = 1.

The split (`split_ids`) is fixed: the record ids (header excluded) sorted, shuffled with
``random.Random(2016)``; the first half is ``tune`` (what the event coder may be tuned on), the rest
``unseen``.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from presslens.errors import Rejected

if TYPE_CHECKING:
    from presslens.model import Actor, Analysis, Event

Split = Literal["tune", "unseen", "all"]
SPLITS: tuple[str, ...] = ("tune", "unseen", "all")
EVENT_CHOICES: tuple[str, ...] = ("lead", "main", "all")
SPLIT_SEED = 2016
NONE = "none"  # the confusion column of a sentence with no predicted event

PLOVER_05_TO_20: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

# Organisations the GSR codes by kind rather than country: the Red Cross bodies as intergovernmental
# (treaty-mandated), rights and aid groups as NGOs, transnational militant networks as IMG. Armed groups
# of one country (Hamas, the Taliban) carry that country in the gazetteer and code as it. Groupings of
# states that meet at summits and speak as one (the G7) are intergovernmental too; loose blocs ("the West")
# have no code.
ORG_GSR_CODES: dict[str, str] = {
    "G7": "IGO",
    "G20": "IGO",
    "BRICS": "IGO",
    "NONALIGNED": "IGO",
    "ICRC": "IGO",
    "IFRC": "IGO",
    "AMNESTY": "NGO",
    "HRW": "NGO",
    "MSF": "NGO",
    "RWB": "NGO",
    "CPJ": "NGO",
    "OXFAM": "NGO",
    "RIGHTSGROUPS": "NGO",
    "TI": "NGO",
    "GREENPEACE": "NGO",
    "IFJ": "NGO",
    "WCC": "NGO",
    "SOCINT": "NGO",
    "SAVECHILDREN": "NGO",
    "IRC": "NGO",
    "CAREINTL": "NGO",
    "LCHR": "NGO",
    "CRISISGROUP": "NGO",
    "ALQAEDA": "IMG",
    "ISIS": "IMG",
}


class CodedEvent(NamedTuple):
    """An event reduced to what the GSR codes: its PLOVER 2.0 type and the codes of each side."""

    type: str
    sources: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()


GoldEvent = CodedEvent
PredictedEvent = CodedEvent


@dataclass(frozen=True)
class GoldRecord:
    """One coded sentence of a GSR file."""

    id: str
    text: str
    date: str | None
    events: tuple[CodedEvent, ...]
    mode: str | None = None


# --- reading the GSR ------------------------------------------------------------------------------------


def plover_20(name: str) -> str:
    """A PLOVER 0.5 event name as PLOVER 2.0 ("DEMAND" -> "REQUEST"); other names unchanged."""
    return PLOVER_05_TO_20.get(name, name)


def _codes(value: Any, where: str) -> frozenset[str]:
    """The actor codes of a ``source``/``target`` value: a list of {actorText, code, sector}, "" or None."""
    if value is None or isinstance(value, str):  # "" or, once in the GSR, a stray word ("diplomatic")
        return frozenset()
    if not isinstance(value, list):
        raise ValueError(f'{where}: expected a list of actors, "" or nothing')
    codes = set()
    for actor in value:
        if not isinstance(actor, dict) or not isinstance(actor.get("code"), str):
            raise ValueError(f'{where}: every actor needs a "code" string')
        if actor["code"]:
            codes.add(actor["code"])
    return frozenset(codes)


def parse_gsr(items: Any, where: str = "<gsr>") -> list[GoldRecord]:
    """The coded sentences of a GSR JSON list (header records skipped). Raises `Rejected` on a bad shape."""
    if not isinstance(items, list):
        raise Rejected("expected a JSON list of PLOVER gold-standard records", source=where)
    records: list[GoldRecord] = []
    seen: set[str] = set()
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            raise Rejected(f"record {n} is not a JSON object", source=where)
        if item.get("event") == "DOCUMENT":
            continue
        try:
            ident, text, event = item.get("id"), item.get("text"), item.get("event")
            if not isinstance(ident, str) or not ident:
                raise ValueError('needs an "id" string')
            if not isinstance(text, str) or not text.strip():
                raise ValueError('needs a non-empty "text" string')
            if not isinstance(event, str) or not event:
                raise ValueError('needs an "event" string')
            date, mode = item.get("date"), item.get("mode")
            if date is not None and not isinstance(date, str):
                raise ValueError('"date" is not a string')
            gold = CodedEvent(
                plover_20(event),
                _codes(item.get("source"), "source"),
                _codes(item.get("target"), "target"),
            )
        except ValueError as err:
            raise Rejected(f"record {n} ({item.get('id')!r}): {err}", source=where) from None
        if ident in seen:
            raise Rejected(f"record {n}: duplicate id {ident!r}", source=where)
        seen.add(ident)
        records.append(
            GoldRecord(ident, text, date or None, (gold,), mode if isinstance(mode, str) and mode else None)
        )
    if not records:
        raise Rejected("no coded sentences (only header records)", source=where)
    return records


def read_gsr(path: Path) -> list[GoldRecord]:
    """The coded sentences of a GSR file (see `parse_gsr`)."""
    path = Path(path)
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise Rejected("no such file", source=str(path)) from None
    except IsADirectoryError:
        raise Rejected("is a directory, not a GSR JSON file", source=str(path)) from None
    except UnicodeDecodeError as err:
        raise Rejected(f"not UTF-8 text ({err.reason})", source=str(path)) from None
    except json.JSONDecodeError as err:
        raise Rejected(f"not valid JSON ({err.msg} at line {err.lineno})", source=str(path)) from None
    except OSError as err:
        raise Rejected(f"cannot read the file ({err.strerror or err})", source=str(path)) from None
    return parse_gsr(items, str(path))


# --- the split ------------------------------------------------------------------------------------------


def split_ids(ids: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(tune, unseen): the fixed split of record ids. Do not change the recipe: tuning relies on it."""
    ordered = sorted(ids)
    random.Random(SPLIT_SEED).shuffle(ordered)
    half = len(ordered) // 2
    return frozenset(ordered[:half]), frozenset(ordered[half:])


def select(records: Sequence[GoldRecord], split: str) -> list[GoldRecord]:
    """The records of one part of the split ("tune", "unseen" or "all"), in file order."""
    if split not in SPLITS:
        raise Rejected(f"unknown split {split!r} (known: {', '.join(SPLITS)})")
    if split == "all":
        return list(records)
    tune, _unseen = split_ids(r.id for r in records)
    return [r for r in records if (r.id in tune) == (split == "tune")]


# --- predictions ----------------------------------------------------------------------------------------


def gsr_code(actor: Actor) -> str | None:
    """How one of our actors is written in a GSR: a country as its ISO code ("RUS"); a person or an
    organisation of a country as that country; an intergovernmental body, or someone serving one (the
    Arab League's secretary-general), as "IGO"; the organisations of `ORG_GSR_CODES` as it says; anything
    else (blocs such as "the West", people and groups of no known country) None."""
    if actor.kind == "country":
        return actor.code or actor.id
    if actor.kind == "igo":
        return "IGO"
    if actor.kind in ("org", "bloc") and actor.id in ORG_GSR_CODES:
        return ORG_GSR_CODES[actor.id]
    if actor.kind == "bloc":
        return None
    if actor.country in ORG_GSR_CODES:  # al-Qaeda's leader is coded as al-Qaeda (IMG)
        return ORG_GSR_CODES[actor.country]
    if actor.country and not _is_country(actor.country):
        return "IGO"
    return actor.country or None


def _is_country(code: str) -> bool:
    from presslens.actors.gazetteer import load_gazetteer

    entry = load_gazetteer().entries.get(code)
    return entry is None or entry.kind == "country"


def _codes_of(analysis: Analysis, ids: Iterable[str]) -> frozenset[str]:
    codes = set()
    for actor_id in ids:
        actor = analysis.actor(actor_id)
        code = gsr_code(actor) if actor is not None else None
        if code:
            codes.add(code)
    return frozenset(codes)


def predicted_events(
    analysis: Analysis,
    events: str = "lead",
    coder: Callable[[Event], str | None] | None = None,
    is_main: Callable[[Event], bool] | None = None,
) -> list[CodedEvent]:
    """The events of an analysis as GSR codings, in text order: the type `coder` gives (by default
    `presslens.analyzers.events.coded_plover`; None drops the event), sources and targets through
    `gsr_code`. `events` says which: "all"; "main", those not told in a subordinate clause of another
    (`presslens.analyzers.events.is_main`); or "lead", each sentence's first main event, the one event
    per sentence that a GSR codes."""
    if events not in EVENT_CHOICES:
        raise Rejected(f"unknown events choice {events!r} (known: {', '.join(EVENT_CHOICES)})")
    if not analysis.events:
        return []
    if coder is None or is_main is None:
        from presslens.analyzers import events as coding  # imported here: scoring works without it

        coder = coder or coding.coded_plover
        is_main = is_main or coding.is_main
    out: list[CodedEvent] = []
    seen: set[int] = set()
    for event in sorted(analysis.events, key=lambda e: e.start):
        if events != "all" and not is_main(event):
            continue
        if events == "lead" and event.sentence in seen:
            continue
        kind = coder(event)
        if not kind:
            continue
        seen.add(event.sentence)
        out.append(
            CodedEvent(kind, _codes_of(analysis, event.source_ids), _codes_of(analysis, event.target_ids))
        )
    return out


# --- scoring --------------------------------------------------------------------------------------------


def _ratio(num: float, den: float, other_den: float, *, precision: bool) -> float:
    if den:
        return num / den
    if precision:  # nothing predicted: right only if there was nothing to find
        return 0.0 if other_den else 1.0
    return 1.0  # nothing to find: nothing missed


def prf(match: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts, with the empty-side conventions of the module docstring."""
    p = _ratio(match, n_pred, n_gold, precision=True)
    r = _ratio(match, n_gold, n_pred, precision=False)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _matches(gold: Sequence[CodedEvent], pred: Sequence[CodedEvent], key: Callable[[CodedEvent], Any]) -> int:
    """One-to-one matches: each gold event takes the first unused prediction with the same key (the
    relation is an equality, so greedy matching is also maximal)."""
    used = [False] * len(pred)
    found = 0
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and key(p) == key(g):
                used[i] = True
                found += 1
                break
    return found


def _as_events(item: CodedEvent | Sequence[CodedEvent]) -> list[CodedEvent]:
    if isinstance(item, CodedEvent):
        return [item]
    if isinstance(item, tuple) and len(item) == 3 and isinstance(item[0], str):  # a bare (type, src, tgt)
        return [CodedEvent(*item)]
    return [CodedEvent(*e) if not isinstance(e, CodedEvent) else e for e in item]


def score(
    gold: Sequence[GoldEvent | Sequence[GoldEvent]], predicted: Sequence[Sequence[PredictedEvent]]
) -> dict[str, Any]:
    """Type, actor and full P/R/F1 (see the module docstring), one gold item and one list of predictions per
    sentence. A gold item is one `GoldEvent` or a list of them.

    Keys: ``{type,actor,full}_{precision,recall,f1}``, ``n_sentences``, ``n_gold_events``,
    ``n_predicted_events``, ``per_type`` ({type: {precision, recall, f1, gold, predicted, correct}}) and
    ``confusion`` ({gold type: {predicted type or "none": count}}).
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} lists of predictions")
    type_tp = type_pred = type_gold = 0
    actor_match = full_match = n_gold = n_pred = 0
    per_gold: Counter[str] = Counter()
    per_pred: Counter[str] = Counter()
    per_tp: Counter[str] = Counter()
    confusion: dict[str, Counter[str]] = {}
    for gold_item, pred_item in zip(gold, predicted, strict=True):
        g_events, p_events = _as_events(gold_item), _as_events(pred_item)
        g_types, p_types = {e.type for e in g_events}, {e.type for e in p_events}
        type_tp += len(g_types & p_types)
        type_pred += len(p_types)
        type_gold += len(g_types)
        per_gold.update(g_types)
        per_pred.update(p_types)
        per_tp.update(g_types & p_types)
        n_gold += len(g_events)
        n_pred += len(p_events)
        actor_match += _matches(g_events, p_events, lambda e: (e.type, e.sources))
        full_match += _matches(g_events, p_events, lambda e: (e.type, e.sources, e.targets))
        first = p_events[0].type if p_events else NONE
        for g in g_events:
            confusion.setdefault(g.type, Counter())[first] += 1
    out: dict[str, Any] = {}
    for name, (match, n_p, n_g) in {
        "type": (type_tp, type_pred, type_gold),
        "actor": (actor_match, n_pred, n_gold),
        "full": (full_match, n_pred, n_gold),
    }.items():
        out[f"{name}_precision"], out[f"{name}_recall"], out[f"{name}_f1"] = prf(match, n_p, n_g)
    out["n_sentences"] = len(gold)
    out["n_gold_events"] = n_gold
    out["n_predicted_events"] = n_pred
    per_type: dict[str, dict[str, float | int]] = {}
    for kind in sorted(per_gold.keys() | per_pred.keys()):
        p, r, f = prf(per_tp[kind], per_pred[kind], per_gold[kind])
        per_type[kind] = {
            "precision": p,
            "recall": r,
            "f1": f,
            "gold": per_gold[kind],
            "predicted": per_pred[kind],
            "correct": per_tp[kind],
        }
    out["per_type"] = per_type
    out["confusion"] = {g: dict(sorted(row.items())) for g, row in sorted(confusion.items())}
    return out


# --- running --------------------------------------------------------------------------------------------

AnalyzeMany = Callable[[list[GoldRecord]], Iterable["Analysis | Rejected"]]


def _default_analyze_many(records: list[GoldRecord]) -> Iterator[Analysis | Rejected]:
    """Every record through one default pipeline, the record date as the article date."""
    from presslens.pipeline import analyze_many, to_document
    from presslens.settings import Settings

    settings = Settings()

    def documents() -> Iterator[Any]:
        for record in records:
            meta = {"published": record.date} if record.date else None
            try:
                yield to_document(record.text, url=record.id, meta=meta, settings=settings)
            except Rejected as exc:
                yield exc

    yield from analyze_many(documents(), settings=settings)


def evaluate_events(
    path: Path,
    split: str = "all",
    events: str = "lead",
    analyze_many: AnalyzeMany | None = None,
    coder: Callable[[Event], str | None] | None = None,
    is_main: Callable[[Event], bool] | None = None,
) -> dict[str, Any]:
    """`score` of presslens on the records of `split` in a GSR file, plus ``sentences_per_s`` (records
    analysed per wall-clock second, once the pipeline is loaded), ``split`` and ``n_rejected``. A record
    presslens rejects counts as one with no events predicted."""
    records = select(read_gsr(path), split)
    if not records:
        raise Rejected(f"no records in the {split!r} split", source=str(path))
    run = analyze_many or _default_analyze_many
    if analyze_many is None:  # load the model and every analyzer's tables before the clock starts
        for _ in run(records[:1]):
            pass
    predicted: list[list[CodedEvent]] = []
    rejected = failed = 0
    started = time.perf_counter()
    for analysis in run(records):
        if isinstance(analysis, Rejected):
            rejected += 1
            predicted.append([])
        else:
            # an analyzer that failed leaves a warning, not a crash: count it, a score must not hide it
            failed += any(w.code.startswith("analyzer-failed") for w in analysis.warnings)
            predicted.append(predicted_events(analysis, events, coder=coder, is_main=is_main))
    elapsed = time.perf_counter() - started
    if len(predicted) != len(records):
        raise RuntimeError(f"{len(records)} records but {len(predicted)} analyses")
    result = score([r.events for r in records], predicted)
    result["sentences_per_s"] = len(records) / elapsed if elapsed > 0 else 0.0
    result["split"] = split
    result["n_rejected"] = rejected
    result["n_failed"] = failed
    return result
