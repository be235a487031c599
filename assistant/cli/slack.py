"""`assistant slack --socket`: the Slack bot over Socket Mode, for workspaces that cannot reach an endpoint."""

from __future__ import annotations

from typing import Annotated

import typer

from assistant.cli.common import app, command_runtime, out


@app.command()
def slack(
    socket: Annotated[bool, typer.Option("--socket", help="Connect to Slack over Socket Mode (needs "
                                                           "SLACK_APP_TOKEN) and answer until Ctrl-C.")] = False,
) -> None:
    """Run the Slack bot. Over HTTP it is part of `assistant serve` (POST /slack/events); --socket runs it here."""
    from assistant.errors import AssistantError
    from assistant.slack.bot import build_bot

    with command_runtime(on_interrupt="the Slack bot stopped") as rt:
        settings = rt.settings
        if not socket:
            base = settings.api.public_url or f"http://{settings.api.host}:{settings.api.port}"
            state = "on" if settings.slack.http_enabled else "off (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET)"
            out.print(f"Over HTTP the bot is served by `assistant serve` at {base}/slack/events: {state}.\n"
                      "Without a public endpoint, run `assistant slack --socket` (needs SLACK_APP_TOKEN).",
                      highlight=False, soft_wrap=True)
            return
        if not settings.slack.app_token:
            raise AssistantError("Socket Mode needs an app-level token with connections:write: set SLACK_APP_TOKEN")
        bot = build_bot(rt)
        # Open the store now: a running server that owns it gets its clear message before Slack connects.
        rt.index  # noqa: B018
        out.print("connecting to Slack over Socket Mode; Ctrl-C stops", highlight=False)
        try:
            bot.serve_socket()
        finally:
            bot.close()
