"""The internal HTTP API (FastAPI): OpenAI-compatible chat, search, documents, ingest, feedback."""

from assistant.api.app import create_app

__all__ = ["create_app"]
