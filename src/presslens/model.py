"""The one data model: every finding is a span over one cleaned text.

`Analysis.text` is the cleaned article (markup, emphasis markers and escapes removed, broken paragraphs
re-joined); every `start`/`end` is a character offset into it, end exclusive, and every `text` field equals
`Analysis.text[start:end]`. The validator below enforces that, so a stored analysis can always point back to
its evidence.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.3"

ActorKind = Literal["country", "igo", "bloc", "person", "org"]
MentionKind = Literal["name", "alias", "adjective", "metonym", "place", "body", "nominal", "group", "pronoun"]
SentenceRole = Literal["title", "byline", "dateline", "credit", "heading", "body"]
STORY_ROLES = ("body", "title", "heading")  # the sentences that tell the story (not bylines and credits)


def content_id(text: str) -> str:
    """The id of an analysis: a short hash of its cleaned text, so identical articles share an id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Record):
    """A stretch of `Analysis.text`: the base of every finding."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)

    @classmethod
    def over(cls, text: str, start: int, end: int, confidence: float = 1.0) -> Span:
        """The span of `text[start:end]`."""
        return cls(start=start, end=end, text=text[start:end], confidence=confidence)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Source(_Record):
    """Where the text came from, and how the cleaned text maps back onto the raw input."""

    uri: str | None = None
    kind: Literal["text", "markdown", "html", "url", "jsonl", "feed", "stdin", "api"] = "api"
    outlet: str | None = None
    fetched_at: str | None = None
    encoding: str | None = None
    raw_chars: int = 0
    # Breakpoints (clean_offset, raw_offset): clean offset c maps to raw offset r + (c - k) for the last
    # breakpoint (k, r) with k <= c. Only kept for text input, where the raw offsets mean something.
    offset_map: list[tuple[int, int]] = Field(default_factory=list)


class Meta(_Record):
    """What the document is. `evidence` anchors each field that was read from the text itself."""

    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    outlet: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    translated_by: str | None = None
    language: str | None = None
    language_confidence: float | None = None
    url: str | None = None
    dateline: str | None = None
    evidence: dict[str, Span] = Field(default_factory=dict)


class Sentence(Span):
    role: SentenceRole = "body"
    paragraph: int = 0


class Mention(Span):
    """A reference to an actor: a name, an alias, a metonym ("the Kremlin"), a title, a pronoun."""

    label: str  # spaCy entity label (PERSON, ORG, GPE, NORP, ...) or PRON / NOUN for coreference
    kind: MentionKind = "name"
    actor_ids: list[str] = Field(default_factory=list)  # more than one for "both leaders"
    sector: str | None = None  # the role this mention plays: GOV for "Moscow said", MIL for "the Pentagon"
    sentence: int = 0


class Role(_Record):
    """An office an actor held at the article's date."""

    office: str
    title: str
    country: str | None = None
    start: str | None = None
    end: str | None = None


class Actor(_Record):
    """A canonical actor: Moscow, the Kremlin and Russia all point at RUS."""

    id: str
    code: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    known: bool = True  # False: not in the gazetteer, kept with its surface name
    roles: list[Role] = Field(default_factory=list)
    mentions: list[int] = Field(default_factory=list)  # indices into Analysis.mentions
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Quote(Span):
    """Who said what: the span is the content (the words quoted or reported)."""

    kind: Literal["direct", "indirect", "mixed"]
    speakers: list[Span] = Field(default_factory=list)  # "Putin and Xi said": two spans
    speaker_ids: list[str] = Field(default_factory=list)  # the actors they resolve to
    cue: Span | None = None  # "said", "according to", "pointed out"
    fragments: list[Span] = Field(default_factory=list)  # mixed: the verbatim pieces inside reported speech


class ScareQuote(Span):
    """A quoted phrase with no speaker and no cue: the writer keeping a distance ("defending Ukraine")."""

    kind: Literal["scare"] = "scare"


class Quantity(Span):
    """A number with its meaning: `$100 billion USD` is 1e11 USD; `100-plus million doses` more than 1e8."""

    value: float
    unit: str  # ISO 4217 currency, "percent", "ordinal", "year", "years", or the counted noun ("doses")
    bound: Literal["exact", "more_than", "less_than", "at_least", "at_most", "about", "range"] = "exact"
    high: float | None = None  # upper end of a range
    kind: Literal["money", "percent", "count", "ordinal", "year", "period", "measure"] = "count"
    resolved: str | None = None  # a date or year a relative expression resolves to ("twenty years ago")


class Claim(Span):
    """A check-worthy factual claim: the span is the sentence or clause."""

    kind: Literal["statistic", "record", "comparison", "event", "causal", "prediction", "other"] = "other"
    quantities: list[Quantity] = Field(default_factory=list)
    claimant: Literal["outlet", "speaker"] = "outlet"
    claimant_ids: list[str] = Field(default_factory=list)  # the speaker's actors when inside a quote
    hedges: list[Span] = Field(default_factory=list)  # allegedly, reportedly, may
    checkworthiness: float = Field(default=0.0, ge=0.0, le=1.0)


class Event(Span):
    """Who did what to whom: `text` is the trigger ("imposed sanctions", "talks"), `sentence` the evidence.

    `plover` is the act as the text tells it; `cameo`, `quad_class` and `intensity` (Goldstein) code the
    sentence the way CAMEO does, modality included: a promise to visit is CAMEO 036 (intent to meet), a
    vow to attack is 13 (threaten), a refusal to talk is 12 (reject)."""

    plover: str
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    intensity: float | None = None
    source_ids: list[str] = Field(default_factory=list)
    target_ids: list[str] = Field(default_factory=list)
    sources: list[Span] = Field(default_factory=list)  # the phrases naming the actors
    targets: list[Span] = Field(default_factory=list)  # the phrases naming the recipients
    source_sector: str | None = (
        None  # CAMEO sector of the side, when its words say: COP for "Egyptian police"
    )
    target_sector: str | None = None  # CVL for "demonstrators", REB for "rebels", JRN for "journalists"
    modality: Literal["asserted", "negated", "future", "hypothetical", "claimed", "ongoing"] = "asserted"
    claimant_ids: list[str] = Field(default_factory=list)  # who reports it, when not the actor itself
    condition: Span | None = None  # the clause it depends on: "unless Baghdad accepts", "if talks fail"
    reciprocal: bool = False  # "support each other": every actor is also a recipient
    main: bool = True  # False when told in a subordinate clause of another event ("to disperse them")
    date: str | None = None  # ISO date, when the sentence dates the event
    location: Span | None = None
    context: list[str] = Field(default_factory=list)  # PLOVER contexts: military, economic, health ...
    sentence: int = 0


class Technique(Span):
    technique: str
    explanation: str | None = None


class Frame(_Record):
    frame: str
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    evidence: list[Span] = Field(default_factory=list)


class Portrayal(_Record):
    """How the article shows one actor: the pooled sentiment of its mentions, weighted by where they stand
    (title and lead more, inside quotations less). `score` is P(positive) - P(negative); `evidence` holds
    the sentences that show it most, `cues` the sentiment words near the actor in them."""

    actor_id: str
    polarity: Literal["positive", "neutral", "negative"]
    score: float = Field(ge=-1.0, le=1.0)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    negative: float = Field(default=0.0, ge=0.0, le=1.0)
    neutral: float = Field(default=0.0, ge=0.0, le=1.0)
    positive: float = Field(default=0.0, ge=0.0, le=1.0)
    mentions: int = 0
    salience: float = Field(default=0.0, ge=0.0, le=1.0)  # its share of all weighted actor mentions
    evidence: list[Span] = Field(default_factory=list)
    cues: list[Span] = Field(default_factory=list)


class Stance(_Record):
    """Where one actor stands toward another as the article tells it: from the events between them
    (cooperation allied, conflict opposed) and from what the first says of the second in quotations."""

    source_id: str
    target_id: str
    relation: Literal["allied", "opposed"]
    score: float = Field(ge=-1.0, le=1.0)
    basis: list[Literal["event", "quote"]] = Field(default_factory=list)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    evidence: list[Span] = Field(default_factory=list)


class Tone(_Record):
    """Document tone as GDELT's GKG defines it, every density in percent of the story's words: `score`
    (tone) is positive minus negative, `polarity` their sum."""

    score: float
    positive: float = 0.0
    negative: float = 0.0
    polarity: float = 0.0
    activity_density: float = 0.0  # verbs
    self_group_density: float = 0.0  # personal pronouns
    word_count: int = 0


class Genre(_Record):
    label: Literal["opinion", "reporting", "satire"]
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    evidence: list[Span] = Field(default_factory=list)
    explanation: str | None = None


class AnalysisWarning(_Record):
    """Something the reader should know: truncated input, a skipped analyzer, an uncertain reading."""

    code: str
    message: str


_ACTOR_REFERENCES = (
    ("mentions", "actor_ids"),
    ("quotes", "speaker_ids"),
    ("claims", "claimant_ids"),
    ("events", "source_ids"),
    ("events", "target_ids"),
    ("events", "claimant_ids"),
    ("portrayals", "actor_id"),
    ("stances", "source_id"),
    ("stances", "target_id"),
)


class Analysis(_Record):
    schema_version: str = SCHEMA_VERSION
    id: str
    source: Source = Field(default_factory=Source)
    meta: Meta = Field(default_factory=Meta)
    text: str
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    scare_quotes: list[ScareQuote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    techniques: list[Technique] = Field(default_factory=list)
    frames: list[Frame] = Field(default_factory=list)
    portrayals: list[Portrayal] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)
    tone: Tone | None = None
    genre: Genre | None = None
    warnings: list[AnalysisWarning] = Field(default_factory=list)
    analyzers: list[str] = Field(default_factory=list)  # which analyzers filled this analysis

    @model_validator(mode="after")
    def _spans_point_into_text(self) -> Analysis:
        for path, span in self.spans():
            if span.end > len(self.text) or self.text[span.start : span.end] != span.text:
                raise ValueError(f"{path}: [{span.start}:{span.end}] does not cover {span.text!r}")
        known = self._actor_ids()
        for field, attr in _ACTOR_REFERENCES:
            for i, item in enumerate(getattr(self, field)):
                ids = getattr(item, attr)
                if not set([ids] if isinstance(ids, str) else ids) <= known:
                    raise ValueError(f"{field}[{i}] names an unknown actor {ids}")
        return self

    def _actor_ids(self) -> set[str]:
        return {a.id for a in self.actors}

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span in the analysis, with a path naming where it sits."""
        for field in ("sentences", "mentions", "quotes", "scare_quotes", "claims", "events", "techniques"):
            for i, item in enumerate(getattr(self, field)):
                yield from _walk(f"{field}[{i}]", item)
        for key, span in self.meta.evidence.items():
            yield f"meta.evidence.{key}", span
        for i, frame in enumerate(self.frames):
            yield from _walk(f"frames[{i}]", frame)
        for field in ("portrayals", "stances"):
            for i, item in enumerate(getattr(self, field)):
                yield from _walk(f"{field}[{i}]", item)
        if self.genre:
            yield from _walk("genre", self.genre)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def mentions_of(self, code: str) -> list[Mention]:
        """Mentions that stand for `code`, directly or through an actor of that country (Putin for RUS)."""
        ids = {a.id for a in self.actors if a.id == code or a.code == code or a.country == code}
        return [m for m in self.mentions if ids.intersection(m.actor_ids)]


def _walk(path: str, record: BaseModel) -> Iterator[tuple[str, Span]]:
    if isinstance(record, Span):
        yield path, record
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, Span):
            yield from _walk(f"{path}.{name}", value)
        elif isinstance(value, list):
            for j, item in enumerate(value):
                if isinstance(item, Span):
                    yield from _walk(f"{path}.{name}[{j}]", item)
