"""One answer in a Slack thread: a placeholder at once, updates as the guarded answer grows, the final form.

chat.update is rate-limited by Slack (about one call a second per message is safe), so the text shown is
refreshed at most once per `interval_s`; a retraction and the final message are shown at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from assistant.slack.render import progress_text


class SlackStream:
    def __init__(self, client, channel: str, thread_ts: str, *, interval_s: float, placeholder: str,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.channel = channel
        self.thread_ts = thread_ts
        self.interval_s = interval_s
        self.placeholder = placeholder
        self.clock = clock
        self.ts: str | None = None
        self.text = ""
        self._shown = ""
        self._last = 0.0

    def start(self) -> None:
        """Post the placeholder in the question's thread; never a new message in the channel."""
        response = self.client.chat_postMessage(channel=self.channel, thread_ts=self.thread_ts, text=self.placeholder,
                                                unfurl_links=False, unfurl_media=False)
        self.ts = response["ts"]
        self._last = self.clock()

    def add(self, delta: str) -> None:
        self.text += delta
        if self.clock() - self._last >= self.interval_s:
            self._update(progress_text(self.text))

    def retract(self, message: str) -> None:
        """A guard withdrew what was shown: replace it now, whatever the interval."""
        self.text = ""
        self._update(message)

    def finish(self, text: str, blocks: list[dict] | None = None) -> None:
        self._update(text, blocks, force=True)

    def _update(self, text: str, blocks: list[dict] | None = None, force: bool = False) -> None:
        if not force and text == self._shown:
            return
        kwargs = {"blocks": blocks} if blocks is not None else {}
        self.client.chat_update(channel=self.channel, ts=self.ts, text=text, **kwargs)
        self._shown = text
        self._last = self.clock()
