"""Connectors: where documents come from, and who may read them.

This package knows nothing of parsing, embedding or the vector store: a
connector yields raw documents with their access rights and returns a
checkpoint the sync engine stores for the next run.
"""

from connectors.base import (
    Access,
    Checkpoint,
    CheckpointMark,
    Connector,
    ConnectorFailure,
    Deletion,
    Directory,
    DirectorySource,
    Document,
    GroupRecord,
    SlimListing,
    SourceItem,
    UserRecord,
)
from connectors.registry import connector_class, connector_names

__all__ = [
    "Access",
    "Checkpoint",
    "CheckpointMark",
    "Connector",
    "ConnectorFailure",
    "Deletion",
    "Directory",
    "DirectorySource",
    "Document",
    "GroupRecord",
    "SlimListing",
    "SourceItem",
    "UserRecord",
    "connector_class",
    "connector_names",
]
