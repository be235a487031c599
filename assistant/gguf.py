"""A reader of the GGUF header: the metadata key-values, without loading the model.

Follows the GGUF spec (ggml/docs/gguf.md): magic "GGUF", version, tensor count, metadata count, then
typed key-values. Large arrays (the tokenizer's vocabulary) are skipped, not decoded, so reading the
header of a multi-GB file costs milliseconds.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from assistant.errors import AssistantError

MAGIC = b"GGUF"

# GGUF value types -> struct format of the fixed-size ones.
UINT8, INT8, UINT16, INT16, UINT32, INT32, FLOAT32, BOOL, STRING, ARRAY, UINT64, INT64, FLOAT64 = range(13)
_FIXED = {UINT8: "B", INT8: "b", UINT16: "H", INT16: "h", UINT32: "I", INT32: "i", FLOAT32: "f", BOOL: "?",
          UINT64: "Q", INT64: "q", FLOAT64: "d"}
# Arrays longer than this (vocabularies, merges) are skipped: nothing the hub records needs them.
_KEEP_ARRAY = 64
_MAX_STRING = 16 << 20

# llama.cpp's llama_ftype: the `general.file_type` of a GGUF, i.e. the quantization of most of its tensors.
FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K", 11: "Q3_K_S",
    12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K",
    19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL",
    26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0",
    37: "TQ2_0", 38: "MXFP4_MOE",
}


class GGUFError(AssistantError):
    """A file is not a readable GGUF."""


@dataclass(frozen=True)
class GGUFInfo:
    """What the header says: the format version, tensor count and the metadata (big arrays left out)."""

    version: int
    tensor_count: int
    metadata: dict[str, object]

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", ""))

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name", ""))

    @property
    def quantization(self) -> str:
        file_type = self.metadata.get("general.file_type")
        if not isinstance(file_type, int):
            return ""
        return FILE_TYPES.get(file_type, f"type {file_type}")

    @property
    def context_length(self) -> int | None:
        value = self.metadata.get(f"{self.architecture}.context_length")
        return int(value) if isinstance(value, int) else None

    @property
    def chat_template(self) -> str:
        return str(self.metadata.get("tokenizer.chat_template", ""))

    @property
    def license(self) -> str:
        return str(self.metadata.get("general.license", ""))


class _Reader:
    def __init__(self, f: BinaryIO, path: Path, order: str) -> None:
        self.f, self.path, self.order = f, path, order

    def read(self, fmt: str):
        size = struct.calcsize(fmt)
        data = self.f.read(size)
        if len(data) != size:
            raise GGUFError(f"{self.path}: the GGUF header ends early (truncated file)")
        return struct.unpack(self.order + fmt, data)[0]

    def string(self, keep: bool = True) -> str | None:
        n = self.read("Q")
        if n > _MAX_STRING:
            raise GGUFError(f"{self.path}: a GGUF string of {n} bytes (corrupt header)")
        if not keep:
            self.f.seek(n, 1)
            return None
        data = self.f.read(n)
        if len(data) != n:
            raise GGUFError(f"{self.path}: the GGUF header ends early (truncated file)")
        return data.decode("utf-8", errors="replace")

    def value(self, vtype: int, keep: bool = True) -> object:
        if vtype in _FIXED:
            if keep:
                return self.read(_FIXED[vtype])
            self.f.seek(struct.calcsize(_FIXED[vtype]), 1)
            return None
        if vtype == STRING:
            return self.string(keep)
        if vtype == ARRAY:
            item_type, count = self.read("I"), self.read("Q")
            keep_items = keep and count <= _KEEP_ARRAY
            if item_type in _FIXED and not keep_items:
                self.f.seek(count * struct.calcsize(_FIXED[item_type]), 1)
                return None
            items = [self.value(item_type, keep_items) for _ in range(count)]
            return items if keep_items else None
        raise GGUFError(f"{self.path}: unknown GGUF value type {vtype} (corrupt header or a newer format)")


def read_gguf(path: Path | str) -> GGUFInfo:
    """The header of a GGUF file; raises GGUFError naming the file when it is not one."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            if f.read(4) != MAGIC:
                raise GGUFError(f"{path} is not a GGUF file (no GGUF magic)")
            raw = f.read(4)
            if len(raw) != 4:
                raise GGUFError(f"{path}: the GGUF header ends early (truncated file)")
            # A big-endian GGUF shows its version byte-swapped; no version has ever been above 0xFFFF.
            order = "<" if struct.unpack("<I", raw)[0] <= 0xFFFF else ">"
            version = struct.unpack(order + "I", raw)[0]
            if version < 2:
                raise GGUFError(f"{path}: GGUF version {version} is too old (llama.cpp reads 2 and later)")
            r = _Reader(f, path, order)
            tensor_count, kv_count = r.read("Q"), r.read("Q")
            metadata: dict[str, object] = {}
            for _ in range(kv_count):
                key = r.string()
                metadata[key] = r.value(r.read("I"))
    except OSError as exc:
        raise GGUFError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (ValueError, OverflowError, MemoryError):
        # A count or length too large to seek past or hold: the header is corrupt.
        raise GGUFError(f"{path}: a GGUF array or string is larger than any file (corrupt header)") from None
    return GGUFInfo(version, tensor_count, {k: v for k, v in metadata.items() if v is not None})

