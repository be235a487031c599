"""The routers of the API, in the order the OpenAPI document lists them."""

from __future__ import annotations

from fastapi import APIRouter


def all_routers() -> list[APIRouter]:
    from assistant.api.routes import chat, health

    return [chat.router, health.router]
