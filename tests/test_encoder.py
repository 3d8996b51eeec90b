"""The shared encoder: files checked, pieces mapped onto any word tokenisation, context in the vectors,
long sentences run in windows."""

from __future__ import annotations

import numpy as np
import pytest

from presslens import encoder
from presslens.analyzers.techniques import tokenize
from presslens.errors import Rejected

TEXT = "Ministers met in Vilnius on Tuesday. They didn't agree on grain quotas!"


def test_word_vectors_follow_the_words_and_sentences():
    t = tokenize(TEXT)
    sentences = [(t.starts[a], t.ends[b - 1]) for a, b in t.sentence_ranges()]
    assert len(sentences) == 2
    words, sents = encoder.word_vectors(TEXT, sentences, t.starts, t.ends, layers=3)
    assert words.shape == (len(t), encoder.WIDTH) and sents.shape == (2, encoder.WIDTH)
    assert np.all(np.linalg.norm(words, axis=1) > 0)  # every word reached by at least one piece
    # "didn't" is one word of the tokenizer and several pieces of the encoder: its vector is their mean
    hidden, offsets = encoder.encode([TEXT[sentences[1][0] : sentences[1][1]]], layers=3)[0]
    k = t.words.index("didn't")
    a, b = t.starts[k] - sentences[1][0], t.ends[k] - sentences[1][0]
    inside = (offsets[:, 0] >= a) & (offsets[:, 0] < b)
    assert inside.sum() >= 2
    np.testing.assert_allclose(words[k], hidden[inside].mean(axis=0), rtol=1e-5, atol=1e-5)
    # a word outside the sentences asked for keeps zeros
    only_first, _ = encoder.word_vectors(TEXT, sentences[:1], t.starts, t.ends, layers=3)
    assert np.all(only_first[t.sentence.index(1) :] == 0)


def test_a_word_in_context_differs_from_the_same_word_elsewhere():
    text = "The bank raised rates. We sat on the river bank."
    t = tokenize(text)
    sentences = [(t.starts[a], t.ends[b - 1]) for a, b in t.sentence_ranges()]
    words, _ = encoder.word_vectors(text, sentences, t.starts, t.ends, layers=3)
    first, second = (i for i, w in enumerate(t.words) if w == "bank")
    cos = words[first] @ words[second] / np.linalg.norm(words[first]) / np.linalg.norm(words[second])
    assert 0.2 < cos < 0.99


def test_long_sentences_run_in_windows():
    long = " ".join(["grain"] * (encoder.WINDOW + 40))
    (hidden, offsets), (short, _) = encoder.encode([long, "grain"], layers=2)
    assert hidden.shape == (encoder.WINDOW + 40, encoder.WIDTH) == (len(offsets), encoder.WIDTH)
    assert offsets[-1, 1] == len(long)
    assert short.shape == (1, encoder.WIDTH)


def test_sentence_embeddings_are_unit_length_and_similar_for_paraphrases():
    v = encoder.sentence_embeddings(
        [
            "The talks on grain exports ended without a deal.",
            "Negotiations about grain exports failed.",
            "I like jazz.",
        ]
    )
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2


def test_a_damaged_tokenizer_file_is_refused(monkeypatch):
    encoder._tokenizer.cache_clear()
    monkeypatch.setattr(encoder, "TOKENIZER_SHA256", "0" * 64)
    try:
        with pytest.raises(Rejected, match="sha256"):
            encoder._tokenizer()
    finally:
        encoder._tokenizer.cache_clear()


def test_layers_out_of_range():
    with pytest.raises(ValueError):
        encoder._session(7)
