"""The enterprise assistant: ingest, retrieval, chat and its channels."""

import os

from assistant import offline as _offline

_offline.enforce()

if os.environ.get("ASSISTANT_LLAMA_FIRST") == "1":
    # Loads llama.cpp's shared libraries before anything imports numpy. On the H200 check machine (README's GPU
    # section) a CUDA build of llama-cpp-python loaded after that image's numpy crashed in the model load;
    # loaded first, it ran. Opt-in: a CPU build does not need it, and it costs the import on every command.
    import llama_cpp  # noqa: F401

__version__ = "0.1.0"
