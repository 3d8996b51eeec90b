"""Quotation attribution quality on a folder in the BRAT standoff format of attribution corpora (PolNeAR,
PARC).

The folder holds ``text/NAME.txt`` and, beside it, ``attributions/NAME_*.ann`` (one or more files per text,
all gold for NAME: their attributions are pooled, exact duplicates dropped). ``T`` lines carry the spans
(``Tn<TAB>Label START END[;START END...]<TAB>covered text``, character offsets into the raw ``.txt``, end
exclusive); ``E`` lines join them into attributions (``En<TAB>Attribution:Tx Content:Ty Cue:Tz Source:Tw``,
roles in any order, ``Source`` or ``Cue`` possibly missing, a role repeated as ``Source2``; an event
without ``Content`` is skipped). Other BRAT lines (``A``, ``R``, ``M``, ``N``, ``*``, ``#`` notes) are
skipped.

Every figure compares spans as lists of character ranges in the raw text, per document:

* **Normalisation.** A span's ranges are each stripped of surrounding whitespace, quote marks and clause
  punctuation (``STRIP``), sorted, and merged where they touch or are separated only by such characters.
  An attribution with no source (or no cue) has the empty span for that role.
* **Tokens.** The word tokens (``\\w+`` runs) of the text that share at least one character with the span.
  Without a text (``score(..., text=None)``) every character offset counts as a token.
* **Role figures** (content, source, cue), over the *distinct* non-empty normalised spans of that role in the
  gold and in the prediction (a speaker span shared by two attributions counts once):

  - exact: ``matches`` = spans present in both; P = matches / predicted spans, R = matches / gold spans;
  - overlap (token credit): R = sum over gold spans of the tokens it shares with its best-overlapping
    predicted span, divided by the tokens of all gold spans; P = the same from the predicted side (each
    predicted span against its best gold span, over the tokens of all predicted spans).

* **Attribution figures**, over attributions (gold duplicates dropped):

  - exact: a predicted attribution matches a gold one when content and source are both equal after
    normalisation (both sources empty counts as equal; the cue is not required). Matching is one to one.
    P = matches / predicted attributions, R = matches / gold attributions;
  - overlap: a predicted and a gold attribution are *compatible* when their contents share a token and their
    sources share a token (or both have no source). A gold attribution earns the share of its content
    tokens covered by its best compatible prediction (0 if none); R = the sum of these shares / gold
    attributions. A predicted attribution earns the share of *its* content tokens covered by its best
    compatible gold attribution; P = the sum / predicted attributions. Each attribution weighs the same,
    whatever its length, and a wrong speaker earns nothing however well the words were found.

F1 is the harmonic mean of P and R. Empty sides follow `presslens.eval.extraction`: nothing predicted and
nothing to find is P = R = 1; nothing predicted but something to find is P = R = 0; something predicted but
nothing to find is P = 0, R = 1. Folder figures are micro averages: the counts above are summed over files
before P and R are taken.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presslens.errors import Rejected

if TYPE_CHECKING:
    from presslens.model import Analysis

Ranges = tuple[tuple[int, int], ...]
Analyze = Callable[[str], "Analysis"]

ROLES = ("content", "source", "cue")
# Surrounding characters that never decide whether two spans are the same: whitespace, every kind of
# quotation mark, and clause punctuation ("We will not yield," vs We will not yield).
STRIP = frozenset(" \t\n\r\f\v\u00a0\"'`“”‘’„‚«»‹›「」『』,.;:!?…—–-")
_WORD = re.compile(r"\w+")
_RANGE = re.compile(r"^(\d+) (\d+)$")
_ARG = re.compile(r"^([A-Za-z][\w-]*?)(\d*):([TE]\d+)$")
_SKIPPED_LINES = ("A", "R", "M", "N", "*", "#")


@dataclass(frozen=True)
class Attribution:
    """Who said what, as character ranges in the raw text (several ranges: a discontinuous span)."""

    content: Ranges
    source: Ranges = ()
    cue: Ranges = ()


# --- reading BRAT ---------------------------------------------------------------------------------------


def read_brat(directory: Path) -> dict[str, tuple[str, list[Attribution]]]:
    """{NAME: (raw text, gold attributions)} for every ``text/NAME.txt`` with an ``attributions/NAME_*.ann``.

    Raises `Rejected` if a folder is missing, if no text has an annotation file, if an ``.ann`` file has no
    text, or if an ``.ann`` line is malformed (the reason names the file and the line).
    """
    directory = Path(directory)
    text_dir, ann_dir = directory / "text", directory / "attributions"
    if not text_dir.is_dir():
        raise Rejected("no text/ folder in the attribution folder", source=str(directory))
    if not ann_dir.is_dir():
        raise Rejected("no attributions/ folder in the attribution folder", source=str(directory))
    names = sorted(p.stem for p in text_dir.glob("*.txt") if p.is_file())
    files: dict[str, list[Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        # NAME_*.ann: the longest text name that, followed by "_", starts the file name.
        owner = max((n for n in names if ann.stem.startswith(f"{n}_")), key=len, default=None)
        if owner is None:
            raise Rejected(f"attributions/{ann.name} matches no text/NAME.txt", source=str(directory))
        files.setdefault(owner, []).append(ann)
    if not files:
        raise Rejected("no text/NAME.txt has an attributions/NAME_*.ann file", source=str(directory))
    corpus: dict[str, tuple[str, list[Attribution]]] = {}
    for name in sorted(files):
        text = _read(text_dir / f"{name}.txt")
        gold: list[Attribution] = []
        for ann in files[name]:
            for attribution in parse_ann(_read(ann), text, str(ann)):
                if attribution not in gold:
                    gold.append(attribution)
        corpus[name] = (text, gold)
    return corpus


def _read(path: Path) -> str:
    # Offsets count characters of the file as it is: no newline translation, no BOM removal.
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise Rejected(f"unreadable ({err})", source=str(path)) from err


def parse_ann(ann: str, text: str, where: str = "<ann>") -> list[Attribution]:
    """The attributions of one ``.ann`` file over its text, in the order of their ``E`` lines."""
    spans: dict[str, Ranges] = {}
    events: list[tuple[int, str, list[tuple[str, str]]]] = []
    triggers: dict[str, str] = {}

    for number, line in enumerate(ann.splitlines(), start=1):

        def bad(why: str, number: int = number) -> Rejected:
            return Rejected(f"line {number}: {why}", source=where)

        if not line.strip() or line.startswith(_SKIPPED_LINES):
            continue
        fields = line.split("\t")
        ident = fields[0].strip()
        if ident.startswith("T"):
            if len(fields) < 2 or not ident[1:].isdigit():
                raise bad("expected 'Tn<TAB>Label START END<TAB>text'")
            label, _, offsets = fields[1].partition(" ")
            if not label or not offsets:
                raise bad("expected 'Label START END' after the id")
            ranges = []
            for piece in offsets.split(";"):
                m = _RANGE.match(piece.strip())
                if not m:
                    raise bad(f"offsets {piece.strip()!r} are not 'START END'")
                start, end = int(m.group(1)), int(m.group(2))
                if end < start or end > len(text):
                    raise bad(f"offsets {start} {end} fall outside the text ({len(text)} characters)")
                ranges.append((start, end))
            if len(fields) >= 3:
                covered = " ".join(text[s:e] for s, e in ranges)
                if _squash(covered) != _squash("\t".join(fields[2:])):
                    raise bad(f"covered text {fields[2]!r} is not the text at {offsets} ({covered!r})")
            spans[ident] = tuple(ranges)
        elif ident.startswith("E"):
            if len(fields) < 2 or not ident[1:].isdigit() or not fields[1].strip():
                raise bad("expected 'En<TAB>Role:Tx Role:Ty ...'")
            args = []
            for token in fields[1].split():
                m = _ARG.match(token)
                if not m:
                    raise bad(f"event argument {token!r} is not 'Role:Tn'")
                args.append((m.group(1).lower(), m.group(3)))
            triggers[ident] = args[0][1]
            events.append((number, ident, args))
        else:
            raise bad(f"unknown annotation id {ident!r}")

    def resolve(ref: str, number: int, seen: frozenset[str] = frozenset()) -> Ranges:
        if ref in spans:
            return spans[ref]
        if ref in triggers and ref not in seen:  # an event as an argument: its trigger's span
            return resolve(triggers[ref], number, seen | {ref})
        raise Rejected(f"line {number}: {ref} is not defined in the file", source=where)

    found: list[Attribution] = []
    for number, _ident, args in events:
        roles: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
        for role, ref in args:
            ranges = resolve(ref, number)
            if role in roles:
                roles[role].extend(ranges)
        if roles["content"]:  # an attribution without content has nothing to score
            found.append(
                Attribution(
                    content=tuple(sorted(set(roles["content"]))),
                    source=tuple(sorted(set(roles["source"]))),
                    cue=tuple(sorted(set(roles["cue"]))),
                )
            )
    return found


def _squash(s: str) -> str:
    return " ".join(s.split())


# --- predictions ----------------------------------------------------------------------------------------


def predicted_attributions(analysis: Analysis) -> list[Attribution]:
    """The attributions of `Analysis.quotes`, in raw-text offsets (through `Source.offset_map`).

    Content is the quote's span, except for a direct quote with `fragments` (a quote split around "said X"),
    whose content is the fragments. Source is the speaker spans, cue the cue span. Quotes that share the same
    cue span and speakers are one attribution (one act of saying), their contents pooled, so a split quote
    reported as two `Quote` records is scored like one.
    """
    from presslens.ingest.clean import to_raw_span

    offset_map = analysis.source.offset_map

    def raw(spans: Iterable[Any]) -> list[tuple[int, int]]:
        return [to_raw_span(offset_map, s.start, s.end) for s in spans]

    merged: dict[tuple[Ranges, Ranges], list[tuple[int, int]]] = {}
    order: list[tuple[Ranges, Ranges] | int] = []
    single: list[Attribution] = []
    for quote in analysis.quotes:
        pieces = quote.fragments if quote.kind == "direct" and quote.fragments else [quote]
        content = raw(pieces)
        source = tuple(sorted(raw(quote.speakers)))
        cue = tuple(raw([quote.cue])) if quote.cue is not None else ()
        if cue:
            key = (source, cue)
            if key not in merged:
                merged[key] = []
                order.append(key)
            merged[key].extend(content)
        else:
            order.append(len(single))
            single.append(Attribution(tuple(sorted(set(content))), source, ()))
    out = []
    for item in order:
        if isinstance(item, int):
            out.append(single[item])
        else:
            source, cue = item
            out.append(Attribution(tuple(sorted(set(merged[item]))), source, cue))
    return out


# --- scoring --------------------------------------------------------------------------------------------


class _Spans:
    """Normalisation and token sets over one text (or, without a text, over character offsets)."""

    def __init__(self, text: str | None) -> None:
        self.text = text
        if text is not None:
            words = [m.span() for m in _WORD.finditer(text)]
            self.starts = [s for s, _ in words]
            self.ends = [e for _, e in words]

    def normalise(self, ranges: Ranges) -> Ranges:
        text = self.text
        if text is None:
            cleaned = sorted((s, e) for s, e in ranges if e > s)
        else:
            cleaned = []
            for s, e in ranges:
                s, e = max(s, 0), min(e, len(text))
                while s < e and text[s] in STRIP:
                    s += 1
                while e > s and text[e - 1] in STRIP:
                    e -= 1
                if e > s:
                    cleaned.append((s, e))
            cleaned.sort()
        out: list[tuple[int, int]] = []
        for s, e in cleaned:
            if out and (s <= out[-1][1] or self._only_strip(out[-1][1], s)):
                out[-1] = (out[-1][0], max(out[-1][1], e))
            else:
                out.append((s, e))
        return tuple(out)

    def _only_strip(self, a: int, b: int) -> bool:
        return self.text is not None and all(c in STRIP for c in self.text[a:b])

    def tokens(self, ranges: Ranges) -> frozenset[int]:
        if self.text is None:
            return frozenset(i for s, e in ranges for i in range(s, e))
        found: set[int] = set()
        for s, e in ranges:
            # tokens ending after s and starting before e share a character with [s, e)
            found.update(range(bisect_right(self.ends, s), bisect_left(self.starts, e)))
        return frozenset(found)


def tally(gold: list[Attribution], pred: list[Attribution], text: str | None = None) -> dict[str, float]:
    """The counts behind every figure of one document (summed over documents for micro averages)."""
    spans = _Spans(text)
    counts: dict[str, float] = {}
    for role in ROLES:
        g = {spans.normalise(getattr(a, role)) for a in gold} - {()}
        p = {spans.normalise(getattr(a, role)) for a in pred} - {()}
        g_tok = [spans.tokens(r) for r in g]
        p_tok = [spans.tokens(r) for r in p]
        counts[f"{role}_match"] = len(g & p)
        counts[f"{role}_gold"] = len(g)
        counts[f"{role}_pred"] = len(p)
        counts[f"{role}_gold_overlap"] = sum(max((len(t & u) for u in p_tok), default=0) for t in g_tok)
        counts[f"{role}_gold_tokens"] = sum(len(t) for t in g_tok)
        counts[f"{role}_pred_overlap"] = sum(max((len(t & u) for u in g_tok), default=0) for t in p_tok)
        counts[f"{role}_pred_tokens"] = sum(len(t) for t in p_tok)

    unique_gold = list(dict.fromkeys(gold))
    g_norm = [(spans.normalise(a.content), spans.normalise(a.source)) for a in unique_gold]
    p_norm = [(spans.normalise(a.content), spans.normalise(a.source)) for a in pred]
    counts["attribution_match"] = sum((Counter(g_norm) & Counter(p_norm)).values())
    counts["attribution_gold"] = len(g_norm)
    counts["attribution_pred"] = len(p_norm)
    g_tok = [(spans.tokens(c), spans.tokens(s)) for c, s in g_norm]
    p_tok = [(spans.tokens(c), spans.tokens(s)) for c, s in p_norm]

    def compatible(
        a: tuple[frozenset[int], frozenset[int]], b: tuple[frozenset[int], frozenset[int]]
    ) -> bool:
        return bool(a[0] & b[0]) and (bool(a[1] & b[1]) or (not a[1] and not b[1]))

    def credit(mine: tuple[frozenset[int], frozenset[int]], others: list[Any]) -> float:
        if not mine[0]:
            return 0.0
        shared = [len(mine[0] & o[0]) for o in others if compatible(mine, o)]
        return max(shared, default=0) / len(mine[0])

    counts["attribution_gold_overlap"] = sum(credit(g, p_tok) for g in g_tok)
    counts["attribution_pred_overlap"] = sum(credit(p, g_tok) for p in p_tok)
    return counts


def _ratio(num: float, den: float, other_den: float, *, precision: bool) -> float:
    if den:
        return num / den
    if precision:  # nothing predicted: right only if there was nothing to find
        return 0.0 if other_den else 1.0
    return 1.0  # nothing to find: nothing missed


def _prf(num_p: float, den_p: float, num_r: float, den_r: float) -> tuple[float, float, float]:
    p = _ratio(num_p, den_p, den_r, precision=True)
    r = _ratio(num_r, den_r, den_p, precision=False)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def figures(counts: dict[str, float]) -> dict[str, float | int]:
    """P/R/F1 figures from `tally` counts (one document's, or the sum over many)."""
    out: dict[str, float | int] = {}
    for role in (*ROLES, "attribution"):
        match, n_gold, n_pred = counts[f"{role}_match"], counts[f"{role}_gold"], counts[f"{role}_pred"]
        p, r, f = _prf(match, n_pred, match, n_gold)
        out[f"{role}_p_exact"], out[f"{role}_r_exact"], out[f"{role}_f1_exact"] = p, r, f
        if role == "attribution":
            p, r, f = _prf(counts[f"{role}_pred_overlap"], n_pred, counts[f"{role}_gold_overlap"], n_gold)
        else:
            p, r, f = _prf(
                counts[f"{role}_pred_overlap"],
                counts[f"{role}_pred_tokens"],
                counts[f"{role}_gold_overlap"],
                counts[f"{role}_gold_tokens"],
            )
        out[f"{role}_p_overlap"], out[f"{role}_r_overlap"], out[f"{role}_f1_overlap"] = p, r, f
    out["gold_attributions"] = int(counts["attribution_gold"])
    out["predicted_attributions"] = int(counts["attribution_pred"])
    return out


def score(
    gold: list[Attribution], pred: list[Attribution], text: str | None = None
) -> dict[str, float | int]:
    """Exact and token-overlap P/R/F1 per role and per attribution (see the module docstring).

    Keys: ``{role}_{p,r,f1}_{exact,overlap}`` for role in content, source, cue, attribution, plus
    ``gold_attributions`` and ``predicted_attributions``. Pass the raw ``text`` the offsets point into: it
    decides the word tokens and what surrounds a span; without it, characters are the tokens and spans are
    compared as given.
    """
    return figures(tally(gold, pred, text))


def _default_analyze() -> Analyze:
    from presslens.pipeline import analyze
    from presslens.settings import Settings

    settings = Settings()
    return lambda raw: analyze(raw, settings=settings)


def evaluate_quotes(directory: Path, analyze: Analyze | None = None) -> dict[str, Any]:
    """{"files": {NAME: figures}, "overall": figures} over an attribution folder (see `read_brat`).

    Each raw text goes through `analyze` (by default `presslens.pipeline.analyze` with the default
    analyzers); its quotes, mapped back to raw offsets, are scored against the gold. The overall figures are
    micro averages. A text that `analyze` rejects counts as one with no quotes found.
    """
    corpus = read_brat(directory)
    analyze = analyze or _default_analyze()
    per_file: dict[str, dict[str, float | int]] = {}
    total: Counter[str] = Counter()
    for name, (text, gold) in corpus.items():
        try:
            pred = predicted_attributions(analyze(text))
        except Rejected:  # a text presslens refuses is a miss on that file, not a failed evaluation
            pred = []
        counts = tally(gold, pred, text)
        total.update(counts)
        per_file[name] = figures(counts)
    return {"files": per_file, "overall": figures(dict(total))}
