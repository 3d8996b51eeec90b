"""The analyzers, registered in one place: a name, what each fills, what it needs, and its entry point.

Entry points are "module:function" strings, imported on first use, so that `import presslens` stays cheap
and a disabled analyzer costs nothing. Each entry point takes a `Parsed` document and returns the sections
it fills as a dict.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from presslens.errors import Rejected

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from presslens.encoder import Encodings
    from presslens.ingest import Document
    from presslens.model import Actor, AnalysisWarning, Mention, Quote, Sentence


@dataclass
class Parsed:
    """What an analyzer reads: the parse, the document, and the sections filled before it."""

    doc: Doc
    document: Document
    day: date  # the article's date (or today): offices and "current" roles are taken at this date
    sentences: list[Sentence]
    skip: list[tuple[int, int]]  # bylines, credits, datelines: about the document, not the story
    sections: dict[str, Any] = field(default_factory=dict)  # what earlier analyzers filled
    warnings: list[AnalysisWarning] = field(default_factory=list)  # the analysis's, shared with the pipeline
    strict: bool = False  # let a failure inside an analyzer raise instead of becoming a warning
    _encodings: Encodings | None = None

    @property
    def encodings(self) -> Encodings:
        """The shared encoder's runs over this document's text, made on first use and kept for the
        analyzers after (techniques and portrayal read the same sentences)."""
        if self._encodings is None:
            from presslens.encoder import Encodings

            self._encodings = Encodings(self.document.text)
        return self._encodings

    def failed(self, analyzer: str, where: str, exc: Exception) -> None:
        """A part of the text one analyzer could not read (one sentence, say): a warning naming it, so that
        the rest of the document keeps that analyzer's output; raised again when strict."""
        if self.strict:
            raise exc
        from presslens.model import AnalysisWarning

        self.warnings.append(
            AnalysisWarning(
                code="analyzer-failed-part",
                message=f"{analyzer}: {where} skipped ({exc.__class__.__name__}: {exc})",
            )
        )

    @property
    def mentions(self) -> list[Mention]:
        return self.sections.get("mentions", [])

    @property
    def actors(self) -> list[Actor]:
        return self.sections.get("actors", [])

    @property
    def quotes(self) -> list[Quote]:
        return self.sections.get("quotes", [])


@dataclass(frozen=True)
class Analyzer:
    name: str
    fills: tuple[str, ...]
    needs: frozenset[str]  # spaCy components
    after: tuple[str, ...]  # analyzers whose output it reads
    entry: str  # "module:function"
    about: str

    @property
    def run(self) -> Callable[[Parsed], dict[str, Any]]:
        module, _, func = self.entry.partition(":")
        return getattr(importlib.import_module(module), func)


ANALYZERS: dict[str, Analyzer] = {
    a.name: a
    for a in (
        Analyzer(
            "actors",
            ("mentions", "actors"),
            frozenset({"parser", "ner", "tagger"}),
            (),
            "presslens.actors:run",
            "mentions resolved to canonical actors, with coreference-lite",
        ),
        Analyzer(
            "quotes",
            ("quotes", "scare_quotes"),
            frozenset({"parser", "tagger"}),
            ("actors",),
            "presslens.analyzers.quotes:run",
            "direct, indirect and mixed quotations with speakers and cues; scare quotes apart",
        ),
        Analyzer(
            "claims",
            ("claims",),
            frozenset({"parser"}),
            ("quotes",),
            "presslens.analyzers.claims:run",
            "check-worthy factual claims with normalised quantities, claimant and hedges",
        ),
        Analyzer(
            "events",
            ("events",),
            frozenset({"parser", "tagger", "ner"}),
            ("actors", "quotes"),
            "presslens.analyzers.events:run",
            "who did what to whom: PLOVER event types with CAMEO codes, compound actors and modality",
        ),
        Analyzer(
            "techniques",
            ("techniques",),
            frozenset(),
            ("quotes",),
            "presslens.analyzers.techniques:run",
            "persuasion techniques at span level (the 14 of the PTC), with an explanation for each",
        ),
        Analyzer(
            "framing",
            ("frames",),
            frozenset(),
            (),
            "presslens.analyzers.framing:run",
            "the Media Frames Corpus frames of the article, with the sentences that carry each",
        ),
        Analyzer(
            "genre",
            ("genre",),
            frozenset(),
            (),
            "presslens.analyzers.genre:run",
            "opinion or reporting, from stance markers (trained on the PTC genre labels)",
        ),
        Analyzer(
            "portrayal",
            ("portrayals", "stances"),
            frozenset({"parser", "tagger"}),
            ("actors", "quotes", "events"),
            "presslens.analyzers.portrayal:run",
            "how each actor is shown (target-dependent sentiment, with evidence) and who stands with whom",
        ),
        Analyzer(
            "tone",
            ("tone",),
            frozenset({"tagger"}),
            (),
            "presslens.analyzers.tone:run",
            "GDELT-style document tone: positive, negative, polarity, activity and self/group densities",
        ),
    )
}


def plan(only: Iterable[str] = (), skip: Iterable[str] = ()) -> list[Analyzer]:
    """The analyzers to run, in order: `only` (or all) plus what they read, minus `skip`."""
    only, skip = list(only), set(skip)
    for name in [*only, *skip]:
        if name not in ANALYZERS:
            raise Rejected(f"unknown analyzer {name!r} (known: {', '.join(ANALYZERS)})")
    wanted: set[str] = set()
    todo = list(only or ANALYZERS)
    while todo:
        name = todo.pop()
        if name in wanted or (name in skip and name not in only):
            continue
        wanted.add(name)
        todo.extend(a for a in ANALYZERS[name].after if a not in skip)
    return [a for name, a in ANALYZERS.items() if name in wanted]


def components(analyzers: Iterable[Analyzer]) -> frozenset[str]:
    """spaCy components the analyzers need; the parser always runs, for sentences."""
    needed = {"parser"}
    for a in analyzers:
        needed |= a.needs
    return frozenset(needed)
