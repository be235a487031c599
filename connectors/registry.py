"""Connector registry fed by the `assistant.connectors` entry point group."""

from __future__ import annotations

from importlib.metadata import entry_points

from connectors.base import Connector, DirectorySource
from connectors.errors import UnknownConnectorError

GROUP = "assistant.connectors"


def connector_names() -> list[str]:
    return sorted(ep.name for ep in entry_points(group=GROUP))


def connector_class(kind: str) -> type[Connector]:
    for ep in entry_points(group=GROUP):
        if ep.name == kind:
            return ep.load()
    raise UnknownConnectorError(
        f"no connector of kind {kind!r}; installed: {', '.join(connector_names()) or 'none'}"
    )


DIRECTORY_GROUP = "assistant.directories"


def directory_names() -> list[str]:
    return sorted(ep.name for ep in entry_points(group=DIRECTORY_GROUP))


def directory_class(kind: str) -> type[DirectorySource]:
    for ep in entry_points(group=DIRECTORY_GROUP):
        if ep.name == kind:
            return ep.load()
    raise UnknownConnectorError(
        f"no directory source of kind {kind!r}; installed: {', '.join(directory_names()) or 'none'}"
    )
