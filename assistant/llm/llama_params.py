"""llama.cpp model parameters that `llama_cpp.Llama` does not take as arguments.

`use_extra_bufts` lets llama.cpp move weights into extra CPU buffer types
(AMX tiles, repacked layouts). With llama-cpp-python 0.3.36 built natively on
an Intel CPU with AMX, the AMX matrix multiply crashes the process on the
first prompt of more than a few tokens (seen on this project's machines), so
the default turns it off; the settings can turn it back on.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()


def _patched(original, use_extra_bufts: bool):
    def params():
        p = original()
        p.use_extra_bufts = use_extra_bufts
        return p

    return params


@contextmanager
def model_params(use_extra_bufts: bool) -> Iterator[None]:
    """Within the block, models load with these parameters (the constructor reads the defaults)."""
    import llama_cpp.llama as llama_module

    with _lock:
        original = llama_module.llama_cpp.llama_model_default_params
        llama_module.llama_cpp.llama_model_default_params = _patched(original, use_extra_bufts)
        try:
            yield
        finally:
            llama_module.llama_cpp.llama_model_default_params = original


def set_process_defaults(use_extra_bufts: bool) -> None:
    """For a process that only serves one model (the OpenAI-compatible server)."""
    import llama_cpp.llama as llama_module

    original = llama_module.llama_cpp.llama_model_default_params
    llama_module.llama_cpp.llama_model_default_params = _patched(original, use_extra_bufts)
