"""Guard registry fed by the `assistant.guards` entry point group."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

from guardrails.base import Guard
from guardrails.errors import GuardConfigError

GROUP = "assistant.guards"


def guard_kinds() -> list[str]:
    return sorted(ep.name for ep in entry_points(group=GROUP))


def build_guard(name: str, kind: str, options: dict[str, Any]) -> Guard:
    for ep in entry_points(group=GROUP):
        if ep.name == kind:
            cls = ep.load()
            try:
                return cls(name, **options)
            except TypeError as exc:
                raise GuardConfigError(f"guard {name!r} ({kind}): {exc}") from exc
    raise GuardConfigError(f"guard {name!r}: no guard of kind {kind!r}; installed: {', '.join(guard_kinds())}")
