"""Portrayal: how the article shows each actor, and who stands with or against whom as it tells it.

Every actor mention in the story is read by the target-dependent sentiment model
(`presslens.analyzers.sentiment`) in its sentence, then adjusted for what news makes hard:

- a label the article pins on the mention: a negative word (`data/lexicons/portrayal.yaml`, the
  techniques labels, or VADER's clearly negative words) in its own noun phrase ("the aggressive troops
  of NATO", "America's unilateralism") or modifying what it does ("the U.S. falsely claimed") pulls the
  reading halfway to negative. On NewsMTSC the rule fires on 3% of the targets, 80% of them negative in
  the gold labels, and leaves macro-F1 where it was (the encoder mostly knows already); it is there for
  the commentary vocabulary that news-trained sentiment misses;
- the victim of a violent act (the recipient of a material-conflict event it did not take part in as an
  actor) is not blamed for it: most of its negative share goes to neutral;
- praise or blame inside a quotation is the speaker's view: it counts for the article at QUOTED_WEIGHT
  and becomes the speaker's stance toward that actor.

Mentions are weighted by where they stand (the title and the lead count more; a pronoun, resolved by
coreference-lite, counts for half and for its confidence) and pooled per canonical actor; a person or
body that speaks for a state (a leader, a ministry, the army) also counts for that state, so Putin and
the Kremlin shape how Russia is shown. An actor's polarity is the class that the readings sure of their
class (P at least DECISIVE) give most, by weight; a tie, or no sure reading, is neutral. Voting by the
sure readings rather than averaging every probability keeps a handful of clearly negative sentences from
being drowned by the diffuse readings of plain mentions. Its score is the pooled P(positive) -
P(negative); the evidence is the sentences that show it most, and the cues the sentiment words near the
mention in them.

Stances come from events between actors (each counts its Goldstein intensity over 10: cooperation leans
allied, conflict opposed; negated and hypothetical acts do not count) and from quotations (the speaker's
view of an actor named in its words); actors that agree or act together with no recipient ("Russia and
China signed an agreement") stand with each other. A pair's score is the mean of what it rests on.
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from presslens.analyzers.sentiment import CLASSES, lexicon, model, target_rows, valenced_words
from presslens.model import STORY_ROLES, Mention, Portrayal, Span, Stance
from presslens.resources import load_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from presslens.analyzers import Parsed
    from presslens.model import Actor, Event

NEG, NEU, POS = range(3)
TITLE_WEIGHT = 2.0
LEAD_WEIGHT = 1.5  # the first paragraph of the body
QUOTED_WEIGHT = 0.5  # the speaker's view, not the article's
PRONOUN_WEIGHT = 0.5
LABEL_PULL = 0.5  # how far a pinned negative label moves the mention toward negative
VICTIM_SHARE = 0.25  # what is left of a victim's negative share: the act is told, not blamed on it
SPEAKS_FOR_STATE = frozenset({"GOV", "LEADER", "MIL", "SPY", "COP", "JUD", "LEG"})
EVIDENCE = 3  # sentences per portrayal
CUES = 6  # words per portrayal
CUE_REACH = 60  # characters from the mention within which a sentiment word is a cue
DECISIVE = 0.5  # a reading votes for its class when it is at least this sure of it
STANCE_MIN = 0.2  # a quoted view weaker than this is no stance


@dataclass
class Reading:
    """One mention as the sentiment model reads it."""

    mention: Mention
    probs: np.ndarray  # P(negative, neutral, positive)
    weight: float
    sentence: Span
    quoted_by: list[str]  # the speakers, when the mention is inside a quotation


@functools.cache
def _pejoratives() -> frozenset[str]:
    words = set(load_table("lexicons/portrayal")["pejoratives"])
    words |= {w for w in load_table("lexicons/techniques")["labels"] if " " not in w}
    return frozenset(words)


def readings(parsed: Parsed) -> list[Reading]:
    """Every story mention of an actor, read in its sentence."""
    text = parsed.document.text
    m = model()
    encodings = parsed.encodings
    known = encodings.ranges(m.layers)  # sentences the techniques analyzer already ran, if it did
    lead = min((s.paragraph for s in parsed.sentences if s.role == "body"), default=-1)
    quotes = [(q.start, q.end, q.speaker_ids) for q in parsed.quotes]
    chosen: dict[tuple[int, int], list[int]] = defaultdict(list)
    mentions = parsed.mentions
    for i, mention in enumerate(mentions):
        sentence = parsed.sentences[mention.sentence] if mention.sentence < len(parsed.sentences) else None
        if not mention.actor_ids or sentence is None or sentence.role not in STORY_ROLES:
            continue
        k = bisect.bisect_right(known, (mention.start, len(text) + 1)) - 1
        if k >= 0 and known[k][0] <= mention.start and mention.end <= known[k][1]:
            chosen[known[k]].append(i)
        else:
            chosen[(sentence.start, sentence.end)].append(i)
    ranges = sorted(chosen)
    out = []
    for (a, b), (hidden, offsets) in zip(ranges, encodings.get(ranges, m.layers), strict=True):
        picked = [mentions[i] for i in chosen[(a, b)]]
        probs = m.probs(target_rows(text[a:b], hidden, offsets, [(x.start - a, x.end - a) for x in picked]))
        for mention, p in zip(picked, probs, strict=True):
            sentence = parsed.sentences[mention.sentence]
            # a pronoun repeats an actor already named, through coreference-lite: it counts for less
            weight = mention.confidence * (PRONOUN_WEIGHT if mention.kind == "pronoun" else 1.0)
            weight *= (
                TITLE_WEIGHT if sentence.role == "title" else LEAD_WEIGHT if sentence.paragraph == lead else 1
            )
            speakers = next((ids for s, e, ids in quotes if s <= mention.start and mention.end <= e), None)
            if speakers is not None:
                weight *= QUOTED_WEIGHT
            out.append(
                Reading(mention, p, weight, Span.over(text, sentence.start, sentence.end), speakers or [])
            )
    _pinned_labels(parsed, out)
    _victims(parsed, out)
    return out


def pinned_words(doc: Doc, mention: SpacySpan) -> list[Token]:
    """The negative words the article pins on a mention: in its own noun phrase ("the aggressive troops of
    NATO", "America's unilateralism") or modifying what it does ("the U.S. falsely claimed"), from the
    pejoratives lexicon, the techniques labels and VADER's clearly negative words."""
    root = mention.root
    # the phrase is the noun the mention hangs from: "the troops of NATO", "the regime in Minsk",
    # "America's unilateralism", "the Lukashenko regime"
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "in") and root.head.head.tag_.startswith("NN"):
        root = root.head.head
    elif root.dep_ in ("poss", "compound") and root.head.tag_.startswith("NN"):
        root = root.head
    words = [t for t in root.subtree if t.i < mention.end + 4]
    act = None  # what it does: the verb it is the subject of, or the one it is the agent of ("by Trump")
    if root.dep_ == "nsubj" and root.head.tag_.startswith("VB"):
        act = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "agent":
        act = root.head.head
    if act is not None and not any(t.dep_ == "neg" for t in act.children):  # "was not a failure"
        words += [t for t in act.children if t.dep_ in ("advmod", "acomp", "attr", "xcomp")]
        while act.dep_ == "conj" and act.head.i != act.i:  # "initiated by Trump and followed by Biden"
            act = act.head
        if act.dep_ == "acl":  # "the protectionist course initiated by Trump": the course is its act
            words += [t for t in act.head.children if t.dep_ == "amod"]
    pejoratives = _pejoratives()
    return [
        t
        for t in words
        if not mention.start <= t.i < mention.end and (t.lower_ in pejoratives or _valence(t.lower_) <= -0.4)
    ]


def pulled_negative(probs: np.ndarray) -> np.ndarray:
    """A reading moved LABEL_PULL of the way to negative: what a pinned label does to it."""
    return (1 - LABEL_PULL) * probs + LABEL_PULL * np.eye(3, dtype=probs.dtype)[NEG]


def _pinned_labels(parsed: Parsed, found: list[Reading]) -> None:
    """Pull a mention toward negative when the article pins a negative word on it."""
    for r in found:
        span = parsed.doc.char_span(r.mention.start, r.mention.end, alignment_mode="expand")
        if span is not None and len(span) and pinned_words(parsed.doc, span):
            r.probs = pulled_negative(r.probs)


def _valence(word: str) -> float:
    return lexicon().get(word, 0.0) / 4.0


def _victims(parsed: Parsed, found: list[Reading]) -> None:
    """Move most of the negative share of an actor that a violent act in its sentence was done to (and
    that took no part in one as an actor) to neutral."""
    struck: dict[int, set[str]] = defaultdict(set)
    striking: dict[int, set[str]] = defaultdict(set)
    for e in parsed.sections.get("events", []):
        if e.quad_class == 4 and e.modality not in ("negated", "hypothetical"):
            struck[e.sentence].update(e.target_ids)
            striking[e.sentence].update(e.source_ids)
    for r in found:
        ids = set(r.mention.actor_ids)
        k = r.mention.sentence
        if ids & struck[k] and not ids & striking[k]:
            p = r.probs.copy()
            p[NEU] += (1 - VICTIM_SHARE) * p[NEG]
            p[NEG] *= VICTIM_SHARE
            r.probs = p


def counts_for(actors: dict[str, Actor], actor_id: str) -> list[str]:
    """The actors a mention of `actor_id` speaks for: itself, and its state when it is a leader or a
    state body."""
    actor = actors.get(actor_id)
    out = [actor_id]
    speaks = actor is not None and (
        (actor.sector or "") in SPEAKS_FOR_STATE or any(r.office != "other" for r in actor.roles)
    )
    if speaks and actor.kind in ("person", "org") and actor.country in actors:
        out.append(actor.country)
    return out


def portrayals(parsed: Parsed, found: list[Reading]) -> list[Portrayal]:
    text = parsed.document.text
    actors = {a.id: a for a in parsed.actors}
    pooled: dict[str, list[Reading]] = defaultdict(list)
    for r in found:
        for actor_id in dict.fromkeys(x for a in r.mention.actor_ids for x in counts_for(actors, a)):
            pooled[actor_id].append(r)
    total = sum(r.weight for r in found) or 1.0
    out = []
    for actor_id, rs in pooled.items():
        weights = np.array([r.weight for r in rs])
        probs = np.array([r.probs for r in rs])
        mean = weights @ probs / weights.sum()
        votes = np.zeros(3)  # the weight of the readings sure of their class
        np.add.at(votes, probs.argmax(axis=1), weights * (probs.max(axis=1) >= DECISIVE))
        polarity = int(votes.argmax()) if (votes == votes.max()).sum() == 1 else NEU
        lean = probs[:, POS] - probs[:, NEG]
        strength = weights * (lean if polarity == POS else -lean if polarity == NEG else probs[:, NEU])
        evidence: list[Span] = []
        cues: list[Span] = []
        for j in np.argsort(-strength, kind="stable"):
            if len(evidence) == EVIDENCE:
                break
            r = rs[j]
            if r.sentence in evidence:
                continue
            evidence.append(r.sentence)
            if polarity != NEU:
                cues += _cues(text, r, positive=polarity == POS)
        out.append(
            Portrayal(
                actor_id=actor_id,
                polarity=CLASSES[polarity],  # type: ignore[arg-type]
                score=round(float(mean[POS] - mean[NEG]), 3),
                confidence=round(float(votes[polarity] / votes.sum() if votes.sum() else mean[polarity]), 3),
                negative=round(float(mean[NEG]), 3),
                neutral=round(float(mean[NEU]), 3),
                positive=round(float(mean[POS]), 3),
                mentions=len(rs),
                salience=round(float(weights.sum() / total), 3),
                evidence=sorted(evidence, key=lambda s: s.start),
                cues=sorted(_distinct(cues)[:CUES], key=lambda s: s.start),
            )
        )
    out.sort(key=lambda p: (-p.salience, p.actor_id))
    return out


def _cues(text: str, r: Reading, positive: bool) -> list[Span]:
    """Sentiment words of the reading's sentence near the mention, of the portrayal's sign."""
    a = r.sentence.start
    out = []
    for s, e, v in valenced_words(r.sentence.text):
        near = min(abs(a + s - r.mention.end), abs(r.mention.start - (a + e))) <= CUE_REACH
        if near and (v > 0) == positive and not (r.mention.start <= a + s < r.mention.end):
            out.append(Span.over(text, a + s, a + e, confidence=round(abs(v), 3)))
    return out


def _distinct(spans: list[Span]) -> list[Span]:
    """The spans, each stretch of text once, in their order."""
    seen: set[tuple[int, int]] = set()
    return [s for s in spans if (s.start, s.end) not in seen and not seen.add((s.start, s.end))]


def stances(parsed: Parsed, found: list[Reading]) -> list[Stance]:
    """Who is allied with or opposed to whom: events between actors and quoted views, pooled per pair."""
    actors = {a.id: a for a in parsed.actors}
    pairs: dict[tuple[str, str], list[tuple[float, str, Span]]] = defaultdict(list)
    text = parsed.document.text

    def add(source: str, target: str, value: float, basis: str, evidence: Span) -> None:
        for s in counts_for(actors, source):
            for t in counts_for(actors, target):
                if (
                    s != t
                    and s in actors
                    and t in actors
                    and actors[s].country != t
                    and actors[t].country != s
                ):
                    pairs[(s, t)].append((value, basis, evidence))

    events: list[Event] = parsed.sections.get("events", [])
    for e in events:
        if e.quad_class is None or e.modality in ("negated", "hypothetical") or not e.main:
            continue
        # Goldstein's scale: talks lean a little toward each other, an attack all the way apart
        value = e.intensity / 10 if e.intensity is not None else (0.5 if e.quad_class in (1, 2) else -0.5)
        sentence = parsed.sentences[e.sentence]
        evidence = Span.over(text, sentence.start, sentence.end)
        sides = [(s, t) for s in e.source_ids for t in e.target_ids]
        if e.reciprocal or (value > 0 and not e.target_ids):  # "support each other", "A and B agreed"
            sides += [(s, t) for s in e.source_ids for t in e.source_ids]
        for s, t in sides:
            add(s, t, value, "event", evidence)
    for r in found:
        lean = float(r.probs[POS] - r.probs[NEG])
        if abs(lean) >= STANCE_MIN:
            for speaker in r.quoted_by:
                for target in r.mention.actor_ids:
                    add(speaker, target, lean, "quote", r.sentence)
    out = []
    for (s, t), items in pairs.items():
        score = sum(v for v, *_ in items) / len(items)
        if abs(score) < STANCE_MIN / 2:
            continue
        evidence = _distinct([span for *_, span in items])[:EVIDENCE]
        out.append(
            Stance(
                source_id=s,
                target_id=t,
                relation="allied" if score > 0 else "opposed",
                score=round(score, 3),
                basis=sorted({b for _, b, _ in items}),  # type: ignore[misc]
                evidence=sorted(evidence, key=lambda x: x.start),
                confidence=round(min(1.0, 0.5 + 0.1 * len(items)) * min(1.0, abs(score)), 3),
            )
        )
    out.sort(key=lambda x: (-abs(x.score) * len(x.evidence), x.source_id, x.target_id))
    return out


def run(parsed: Parsed) -> dict[str, object]:
    """The `portrayal` analyzer: fills `portrayals` and `stances`."""
    found = readings(parsed)
    return {"portrayals": portrayals(parsed, found), "stances": stances(parsed, found)}
