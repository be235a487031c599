"""Errors whose messages can be shown to a user as they are."""


class AssistantError(Exception):
    """Base class for the assistant package."""


class SettingsError(AssistantError):
    """A configuration file or environment variable is wrong."""


class MissingDependencyError(AssistantError, ImportError):
    """An optional package is not installed; the message names what to install."""


class ModelNotFoundError(AssistantError):
    """A model file or package is missing."""


class StoreError(AssistantError):
    """The vector store cannot be used."""


class StoreBusyError(StoreError):
    """Another process holds the embedded store."""


class StoreMismatchError(StoreError):
    """The store was built with other settings than the current ones."""


class LLMError(AssistantError):
    """The model could not answer."""


class QueueFullError(LLMError):
    """The local model's queue is full; the request was refused at once."""


class LLMTimeoutError(LLMError):
    """The request took longer than its timeout."""


class LLMCancelledError(LLMError):
    """The caller went away."""


class ProviderUnavailableError(LLMError):
    """A remote provider cannot be reached or answered with an error."""


class ModelHubError(AssistantError):
    """A model cannot be registered in the hub as asked (a duplicate name, an unknown kind)."""


class ModelIntegrityError(AssistantError):
    """A registered model's files no longer have the hash they were registered with."""


class StoreUnavailableError(StoreError):
    """The Qdrant server cannot be reached, or refused a request."""
