"""The chat widget: one script tag embeds a web component that talks to the chat API in the browser."""

from assistant.widget.routes import router

__all__ = ["router"]
