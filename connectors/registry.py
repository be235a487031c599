"""Registries fed by entry point groups: `assistant.connectors` and `assistant.directories`."""

from __future__ import annotations

from importlib.metadata import entry_points

from connectors.base import Connector, DirectorySource
from connectors.errors import UnknownConnectorError

GROUP = "assistant.connectors"
DIRECTORY_GROUP = "assistant.directories"


def _names(group: str) -> list[str]:
    return sorted(ep.name for ep in entry_points(group=group))


def _load(group: str, kind: str, what: str) -> type:
    for ep in entry_points(group=group):
        if ep.name == kind:
            return ep.load()
    raise UnknownConnectorError(f"no {what} of kind {kind!r}; installed: {', '.join(_names(group)) or 'none'}")


def connector_names() -> list[str]:
    return _names(GROUP)


def connector_class(kind: str) -> type[Connector]:
    return _load(GROUP, kind, "connector")


def directory_names() -> list[str]:
    return _names(DIRECTORY_GROUP)


def directory_class(kind: str) -> type[DirectorySource]:
    return _load(DIRECTORY_GROUP, kind, "directory source")
