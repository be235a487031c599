"""Errors of the Slack bot; their messages can be shown as they are."""

from assistant.errors import AssistantError, MissingDependencyError


class SlackError(AssistantError):
    """The Slack bot cannot run as configured."""


def missing_bolt() -> MissingDependencyError:
    return MissingDependencyError("the Slack bot needs slack-bolt: pip install 'enterprise-assistant[slack]'")


def error_code(exc: Exception) -> str:
    """Slack's error code for logs, never the response body (it can hold names and emails)."""
    response = getattr(exc, "response", None)
    code = response.get("error") if response is not None and hasattr(response, "get") else None
    return str(code or type(exc).__name__)
