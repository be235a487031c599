"""The Slack bot: answers mentions, direct messages, thread follow-ups and /ask through the ChatService.

`SlackBot` wires a Bolt app to the runtime; `assistant.slack.routes` mounts it under /slack/events in the API
app (Events API over HTTP) and `assistant slack --socket` runs it over Socket Mode. slack-bolt is imported
lazily: it is the `slack` extra.
"""

from assistant.slack.errors import SlackError

__all__ = ["SlackError"]
