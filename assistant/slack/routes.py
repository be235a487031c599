"""POST /slack/events (and /slack/interactivity): Slack's Events API, interactivity and slash commands.

Slack signs each request; Bolt checks the signature and refuses timestamps older than five minutes (a
replayed request). The bot is built at the first request, from the app's runtime.
"""

from __future__ import annotations

import threading

import anyio
from fastapi import APIRouter, Request, Response

from assistant.api.errors import ApiError, responses

router = APIRouter(tags=["slack"])

_lock = threading.Lock()

DESCRIPTION = ("Slack calls it; nobody else can: a request needs Slack's signature (X-Slack-Signature over the "
               "body with the app's signing secret) and a timestamp (X-Slack-Request-Timestamp) under five minutes "
               "old. Events are acknowledged at once and answered in the background; a redelivery "
               "(X-Slack-Retry-Num) is acknowledged and not answered again. 404 while the bot is not configured.")


def slack_bot(app):
    """The app's bot, built once; None while SLACK_BOT_TOKEN or SLACK_SIGNING_SECRET is missing."""
    bot = getattr(app.state, "slack_bot", None)
    if bot is not None or not app.state.settings.slack.http_enabled:
        return bot
    from assistant.slack.bot import build_bot

    with _lock:
        if getattr(app.state, "slack_bot", None) is None:
            app.state.slack_bot = build_bot(app.state.runtime, app.state.metrics)
    return app.state.slack_bot


async def _handle(request: Request) -> Response:
    bot = await anyio.to_thread.run_sync(slack_bot, request.app)
    if bot is None:
        raise ApiError(404, "the Slack bot is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET",
                       "not_found_error")
    body = await request.body()
    headers = {k: request.headers.getlist(k) for k in request.headers.keys()}
    resp = await anyio.to_thread.run_sync(bot.handle, body, request.url.query, headers)
    if resp.status == 401:
        raise ApiError(401, "invalid Slack request signature, or a timestamp more than five minutes off",
                       "authentication_error")
    return Response(content=resp.body, status_code=resp.status, headers=resp.first_headers_without_set_cookie())


@router.post("/slack/events", responses=responses(401, 404), summary="Slack Events API, interactivity and /ask",
             description=DESCRIPTION)
async def slack_events(request: Request) -> Response:
    return await _handle(request)


@router.post("/slack/interactivity", responses=responses(401, 404), summary="Slack interactivity (button clicks)",
             description="The same endpoint as /slack/events, for apps that give interactivity its own URL. "
                         + DESCRIPTION)
async def slack_interactivity(request: Request) -> Response:
    return await _handle(request)
