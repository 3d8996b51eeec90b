"""Property: every finding's offsets are exact, `analysis.text[f.start:f.end] == f.text`, whatever the input:
markdown emphasis, escapes, entities, broken paragraphs, odd quotes and spaces, unicode, metadata lines."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import presslens
from presslens.errors import Rejected
from presslens.model import Analysis
from presslens.settings import Settings

SENTENCES = [
    "Moscow said the Kremlin would respond to the U.S.-China tariff war.",
    "Vladimir Putin praised his Chinese counterpart, and he thanked Xi Jinping.",
    "The Pentagon and the White House disagreed; both countries had doubts.",
    "“We will not yield,” said Olena Marchuk, a spokeswoman for the Ukrainian Red Cross.",
    "According to NATO, the West's claims were «unfounded» and „exaggerated“.",
    "Trade rose to \\$100 billion, 91.6% more than the 38th round in 2013.",
    "The Russian Foreign Ministry and the People's Republic signed it in Beijing.",
    "She said the *so-called* deal was **over** & done &amp; dusted.",
    "Kiev, Kyiv and KYIV — all the same city — welcomed Antonio Guterres.",
    "Jordan Peterson visited New Mexico and Latin America last week.",
]
HEADERS = ["By: Ana Ruiz / Special for El Faro", "By Jane Doe, Reuters", "23/12/2021", "March 5, 2024", ""]
noise = st.text(alphabet=st.sampled_from(list("abcXYZ éüñЖ中 *_\\\"'“”«»-—.,;:!?\n\t&#$%0123")), max_size=40)


@st.composite
def articles(draw: st.DrawFn) -> str:
    parts = [draw(st.sampled_from(["Talks Resume In Geneva", "RUSSIA AND CHINA", "", "a lower-case start"]))]
    parts += draw(st.lists(st.sampled_from(HEADERS), max_size=2))
    for _ in range(draw(st.integers(1, 6))):
        para = " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)))
        if draw(st.booleans()):
            para += draw(noise)
        if draw(st.booleans()):  # a paragraph broken in mid-sentence
            cut = draw(st.integers(0, len(para)))
            para = para[:cut] + draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "  \n \n"])) + para[cut:]
        parts.append(para)
    if draw(st.booleans()):
        parts.append("Translated by Sergio A. Paneque Díaz / CubaSí Translation Staff")
    return draw(st.sampled_from(["\n\n", "\n", "\n\n\n"])).join(parts)


def _check(analysis: Analysis) -> None:
    for path, span in analysis.spans():
        assert 0 <= span.start <= span.end <= len(analysis.text), path
        assert analysis.text[span.start : span.end] == span.text, path
    for actor in analysis.actors:
        for i in actor.mentions:
            assert actor.id in analysis.mentions[i].actor_ids
    ends = [s.end for s in analysis.sentences]
    starts = [s.start for s in analysis.sentences]
    assert all(e <= s for e, s in zip(ends, starts[1:], strict=False))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_offsets_are_exact_on_varied_articles(text: str) -> None:
    try:
        analysis = presslens.analyze(text, settings=Settings(strict=True))
    except Rejected:  # an input that cleans to nothing is refused, not analysed
        return
    _check(analysis)
    assert Analysis.model_validate_json(analysis.model_dump_json()) == analysis


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_offsets_are_exact_on_arbitrary_text(text: str) -> None:
    try:
        analysis = presslens.analyze(text, settings=Settings(strict=True))
    except Rejected:
        return
    _check(analysis)
