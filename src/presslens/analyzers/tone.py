"""Document tone as GDELT's Global Knowledge Graph reports it, over the story's words.

GDELT counts words of a tonal dictionary; presslens uses VADER's lexicon (MIT, installed with
`vaderSentiment`), with a negator up to three words before a word turning it over. Every density is in
percent of the story's words: positive and negative words, tone (positive minus negative), polarity
(their sum), activity (verbs, from the parse's tags) and self/group reference (personal pronouns).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presslens.analyzers.sentiment import valenced_words
from presslens.model import STORY_ROLES, Tone

if TYPE_CHECKING:
    from presslens.analyzers import Parsed

PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
    ]
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")


def tone(texts: list[str], verbs: int) -> Tone:
    """The tone of the story's sentences, given how many verbs they hold."""
    words = [w.lower() for t in texts for w in _WORD.findall(t)]
    n = len(words)
    if not n:
        return Tone(score=0.0)
    valences = [v for t in texts for *_, v in valenced_words(t)]
    positive = 100.0 * sum(v > 0 for v in valences) / n
    negative = 100.0 * sum(v < 0 for v in valences) / n
    return Tone(
        score=round(positive - negative, 3),
        positive=round(positive, 3),
        negative=round(negative, 3),
        polarity=round(positive + negative, 3),
        activity_density=round(100.0 * verbs / n, 3),
        self_group_density=round(100.0 * sum(w in PRONOUNS for w in words) / n, 3),
        word_count=n,
    )


def run(parsed: Parsed) -> dict[str, object]:
    """The `tone` analyzer: fills `tone`."""
    story = [s for s in parsed.sentences if s.role in STORY_ROLES]
    doc = parsed.doc
    verbs = 0
    for s in story:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        verbs += sum(t.tag_.startswith("VB") and t.dep_ not in ("aux", "auxpass") for t in span or ())
    return {"tone": tone([s.text for s in story], verbs)}
