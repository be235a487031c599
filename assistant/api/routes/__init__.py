"""The routers of the API, in the order the OpenAPI document lists them."""

from __future__ import annotations

from fastapi import APIRouter


def all_routers() -> list[APIRouter]:
    from assistant.api.routes import admin, chat, conversations, health, ingest, library
    from assistant.slack import routes as slack
    from assistant.widget import routes as widget

    return [chat.router, conversations.router, library.router, ingest.router, admin.router, health.router, widget.router, slack.router]
