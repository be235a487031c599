"""Errors of the guard layer; messages can be shown to a user."""


class GuardError(Exception):
    """Base class."""


class GuardConfigError(GuardError):
    """A guard is configured wrongly or is not installed."""
