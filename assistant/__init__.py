"""The enterprise assistant: ingest, retrieval, chat and its channels."""

from assistant import offline as _offline

_offline.enforce()

__version__ = "0.1.0"
