"""The Bolt app: which Slack events are answered, where, and with whose access.

Every event is acknowledged at once (Bolt answers Slack before the listener runs); answers are prepared in
the bot's own worker threads, so a click on a feedback button is acknowledged within Slack's three seconds
even while every worker is busy answering.
"""

from __future__ import annotations

import logging
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from assistant.chat import Answer, AnswerDelta, ConversationNotFound, Question, Retracted
from assistant.errors import AssistantError, LLMTimeoutError, QueueFullError
from assistant.feedback import AnswerNotFound, record_feedback
from assistant.settings import SlackSettings
from assistant.slack.errors import SlackError, error_code, missing_bolt
from assistant.slack.people import SlackPeople
from assistant.slack.render import FEEDBACK_DOWN, FEEDBACK_UP, answer_message, question_text
from assistant.slack.stream import SlackStream
from assistant.slack.threads import ThreadStore

log = logging.getLogger(__name__)

CHANNEL = "slack"
EMPTY = "Ask me a question about the company's documents, e.g. _how do I reset my password?_"
USAGE = "Usage: `/ask QUESTION`. The answer is shown to you alone."
BUSY = "The assistant is busy right now; please ask again in a minute."
SLOW = "That took too long to answer; please ask again."
FAILED = "Something went wrong while answering; please try again later."
ONLY_ASKER = "Only the person who asked can rate this answer."
THANKS = "Thanks, your feedback was recorded."
# Replies in a thread may come as plain messages or as ones also sent to the channel.
ANSWERED_SUBTYPES = (None, "thread_broadcast")


def _bolt():
    try:
        import slack_bolt
    except ImportError:
        raise missing_bolt() from None
    return slack_bolt


def web_client(settings: SlackSettings):
    """Slack's Web API client, retrying 'ratelimited' after Retry-After and connection errors."""
    _bolt()
    from slack_sdk import WebClient
    from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

    n = settings.max_retries
    return WebClient(token=settings.bot_token, base_url=settings.api_url, timeout=max(1, round(settings.timeout_s)),
                     retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=n),
                                     RateLimitErrorRetryHandler(max_retry_count=n)])


@dataclass(frozen=True)
class Ask:
    """A message the bot answers in its thread."""

    team_id: str
    channel_id: str
    user_id: str
    ts: str
    thread_ts: str
    text: str
    direct: bool
    bot_user_id: str | None


class SlackBot:
    """`runtime` gives the ChatService, the database and principals with their directory groups."""

    def __init__(self, settings: SlackSettings, runtime, *, metrics=None, client=None) -> None:
        if not settings.bot_token:
            raise SlackError("the Slack bot needs its bot token: set SLACK_BOT_TOKEN (slack.bot_token)")
        bolt = _bolt()
        self.settings = settings
        self.runtime = runtime
        self.metrics = metrics
        self.client = client or web_client(settings)
        self.people = SlackPeople(settings, self.client, runtime.principal)
        self.threads = ThreadStore(runtime.db)
        self.pool = ThreadPoolExecutor(settings.workers, thread_name_prefix="slack-answer")
        # The token is checked (auth.test) at the first event, not here: the app may start while Slack is away.
        self.app = bolt.App(client=self.client, signing_secret=settings.signing_secret or None,
                            token_verification_enabled=False, logger=log.getChild("bolt"))
        self._register(self.app)

    def handle(self, body: bytes, query: str, headers: dict[str, list[str]]):
        """One HTTP request from Slack (events, interactivity, slash commands): Bolt verifies its signature
        and timestamp, acknowledges it, and hands it to the listeners below."""
        bolt = _bolt()
        return self.app.dispatch(bolt.BoltRequest(body=body.decode("utf-8", "replace"), query=query, headers=headers))

    def serve_socket(self) -> None:
        """Socket Mode: Slack pushes the same requests over a WebSocket the bot opens; blocks until stopped."""
        if not self.settings.app_token:
            raise SlackError("Socket Mode needs an app-level token with connections:write: set SLACK_APP_TOKEN "
                             "(slack.app_token)")
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        # A wrong token or no route to Slack gets one clear line instead of reconnection attempts forever.
        try:
            self.client.auth_test()
        except Exception as exc:  # noqa: BLE001
            raise SlackError(f"cannot reach Slack at {self.settings.api_url} with the bot token "
                             f"({error_code(exc)})") from None
        SocketModeHandler(self.app, self.settings.app_token).start()

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)

    def _register(self, app) -> None:
        @app.event("app_mention")
        def on_mention(body, event, context):
            self._take(body, event, context.bot_user_id, direct=str(event.get("channel", "")).startswith("D"))

        @app.event("message")
        def on_message(body, event, context):
            if event.get("subtype") not in ANSWERED_SUBTYPES or event.get("bot_id") or not event.get("user"):
                return
            direct = event.get("channel_type") == "im"
            # In a channel only the asker's own follow-ups in a thread the bot answered them in are taken up
            # unmentioned; people talking among themselves there are left alone.
            thread_ts = event.get("thread_ts")
            if not direct and (not thread_ts or self.threads.conversation(
                    _team(body, event), event["channel"], thread_ts, event["user"]) is None):
                return
            self._take(body, event, context.bot_user_id, direct)

        @app.command("/ask")
        def on_ask(ack, command, respond, context):
            text = question_text(command.get("text", ""), context.bot_user_id)
            if not text:
                ack(text=USAGE, response_type="ephemeral")
                return
            ack(text=self.settings.placeholder, response_type="ephemeral")
            self.pool.submit(self._answer_privately, command.get("team_id", ""), command["user_id"], text, respond)

        @app.action(re.compile(f"^({FEEDBACK_UP}|{FEEDBACK_DOWN})$"))
        def on_feedback(ack, body, action, respond):
            ack()
            self.pool.submit(self._feedback, body, action, respond)

    def _take(self, body: dict, event: dict, bot_user_id: str | None, direct: bool) -> None:
        ask = Ask(team_id=_team(body, event), channel_id=event["channel"], user_id=event["user"], ts=event["ts"],
                  thread_ts=event.get("thread_ts") or event["ts"], text=event.get("text", ""), direct=direct,
                  bot_user_id=bot_user_id)
        # A retry (X-Slack-Retry-Num), or the message event that comes with an app_mention, has the same
        # channel and ts: only the first is answered.
        if not self.threads.claim(f"{ask.team_id}:{ask.channel_id}:{ask.ts}"):
            log.info("message %s in %s already taken up", ask.ts, ask.channel_id)
            return
        self.pool.submit(self._answer, ask)

    def _answer(self, ask: Ask) -> None:
        stream = SlackStream(self.client, ask.channel_id, ask.thread_ts, interval_s=self.settings.update_interval_s,
                             placeholder=self.settings.placeholder)
        try:
            stream.start()
        except Exception as exc:  # noqa: BLE001 - nowhere to say it but the log
            log.warning("cannot post in channel %s (%s)", ask.channel_id, error_code(exc))
            return
        try:
            text = question_text(ask.text, ask.bot_user_id)
            if not text:
                stream.finish(EMPTY)
                return
            asker = self.people.principal(ask.team_id, ask.user_id)
            audience = () if ask.direct else self.people.audience(ask.channel_id, ask.bot_user_id)
            conversation = self.threads.conversation(ask.team_id, ask.channel_id, ask.thread_ts, ask.user_id)
            answer = self._ask(Question(text=text, principal=asker, conversation_id=conversation, channel=CHANNEL,
                                        audience=audience), stream)
            self.threads.remember(ask.team_id, ask.channel_id, ask.thread_ts, ask.user_id, answer.conversation_id)
            stream.finish(*answer_message(answer, self.settings.document_url))
        except Exception as exc:  # noqa: BLE001 - the asker gets a plain message, the log the kind of failure
            try:
                stream.finish(self._user_message(exc))
            except Exception as again:  # noqa: BLE001
                log.warning("cannot update the answer in channel %s (%s)", ask.channel_id, error_code(again))

    def _answer_privately(self, team_id: str, user_id: str, text: str, respond) -> None:
        """/ask: only the asker sees the answer, so their own access is the whole audience."""
        try:
            asker = self.people.principal(team_id, user_id)
            message, blocks = answer_message(self._ask(Question(text=text, principal=asker, channel=CHANNEL)),
                                             self.settings.document_url)
            respond(text=message, blocks=blocks, response_type="ephemeral", replace_original=True)
        except Exception as exc:  # noqa: BLE001
            try:
                respond(text=self._user_message(exc), response_type="ephemeral", replace_original=True)
            except Exception as again:  # noqa: BLE001
                log.warning("cannot answer /ask (%s)", error_code(again))

    def _ask(self, question: Question, stream: SlackStream | None = None) -> Answer:
        try:
            return self._run(question, stream)
        except ConversationNotFound:
            # The thread's conversation is gone (deleted, or the asker's email changed): start a new one.
            return self._run(replace(question, conversation_id=None), stream)

    def _run(self, question: Question, stream: SlackStream | None) -> Answer:
        answer = None
        for event in self.runtime.chat.ask(question):
            if isinstance(event, Answer):
                answer = event
            elif stream is not None and isinstance(event, AnswerDelta):
                stream.add(event.text)
            elif stream is not None and isinstance(event, Retracted):
                stream.retract(event.message)
        if answer is None:
            raise AssistantError("the answer ended early")
        if self.metrics is not None:
            self.metrics.observe_answer(answer, CHANNEL)
        return answer

    def _feedback(self, body: dict, action: dict, respond) -> None:
        user_id = body["user"]["id"]
        team_id = body["user"].get("team_id") or (body.get("team") or {}).get("id", "")
        rating = "up" if action.get("action_id") == FEEDBACK_UP else "down"
        try:
            clicker = self.people.principal(team_id, user_id)
            # The store checks the answer was given to the clicker; anyone else's click is refused.
            record_feedback(self.runtime.db, answer_id=str(action.get("value", "")), principal=clicker.user,
                            rating=rating, channel=CHANNEL)
            notice = THANKS
            if self.metrics is not None:
                self.metrics.feedback.labels(CHANNEL, rating).inc()
        except AnswerNotFound:
            notice = ONLY_ASKER
        except Exception as exc:  # noqa: BLE001
            notice = self._user_message(exc)
        self._ephemeral(body, user_id, notice, respond)

    def _ephemeral(self, body: dict, user_id: str, text: str, respond) -> None:
        container = body.get("container") or {}
        channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
        thread_ts = (body.get("message") or {}).get("thread_ts") or container.get("thread_ts")
        try:
            self.client.chat_postEphemeral(channel=channel, user=user_id, text=text,
                                           **({"thread_ts": thread_ts} if thread_ts else {}))
        except Exception:  # noqa: BLE001 - e.g. an /ask answer in a channel the bot is not in
            try:
                respond(text=text, response_type="ephemeral", replace_original=False)
            except Exception as exc:  # noqa: BLE001
                log.warning("cannot tell user %s about their feedback (%s)", user_id, error_code(exc))

    @staticmethod
    def _user_message(exc: Exception) -> str:
        if isinstance(exc, QueueFullError):
            return BUSY
        if isinstance(exc, LLMTimeoutError):
            return SLOW
        if isinstance(exc, AssistantError):
            return str(exc)
        log.error("answering in Slack failed: %s", error_code(exc))
        return FAILED


def _team(body: dict, event: dict) -> str:
    return str(body.get("team_id") or event.get("team") or "")


def build_bot(runtime, metrics=None) -> SlackBot:
    return SlackBot(runtime.settings.slack, runtime, metrics=metrics)
