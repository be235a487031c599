"""Errors a connector raises: only configuration and credential problems.

A failure on one document is yielded as a `ConnectorFailure`, never raised.
"""


class ConnectorError(Exception):
    """Base class; the message can be shown to a user as it is."""


class ConnectorConfigError(ConnectorError):
    """The connector's settings are wrong (a missing folder, a bad option)."""


class UnknownConnectorError(ConnectorError):
    """No connector of that kind is registered."""


class ConnectorAuthError(ConnectorError):
    """The source refused the credentials."""


class SourceUnavailableError(ConnectorError):
    """The source's server cannot be reached; the sync stops and keeps its checkpoint."""
