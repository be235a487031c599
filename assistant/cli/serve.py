"""`assistant serve`: the API, the widget and the sync scheduler in one process that owns the store."""

from __future__ import annotations

import logging
import os
import signal
import sys
from typing import Annotated, Optional

import typer

from assistant.cli.common import app, err, fail, out, runtime, sync_with_progress
from assistant.errors import AssistantError
from assistant.runtime import SAMPLE_CORPUS, folder_source


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="Address to listen on (default: api.host).")] = None,
    port: Annotated[Optional[int], typer.Option(help="Port (default: api.port).")] = None,
    demo: Annotated[bool, typer.Option("--demo", help="Ingest the sample corpus if the store is empty and print "
                                                      "a demo widget page URL and a demo API key.")] = False,
) -> None:
    """Serve the HTTP API and the chat widget; CLI commands on this data dir then go through it."""
    import uvicorn

    from assistant.api import create_app
    from assistant.api import server_file

    try:
        rt = runtime()
        settings = rt.settings
        host = host or settings.api.host
        port = port or settings.api.port
        if server_file.find(settings.data_dir) is not None:
            raise AssistantError(f"a server already owns the store in {settings.data_dir.resolve()}")
        # Open the store now: a second process gets the clear 'store busy' message before anything listens.
        rt.index  # noqa: B018
        base = settings.api.public_url or f"http://{host}:{port}"
        if demo:
            _demo(rt, base)
        # The CLI of this data dir talks to the server with a key that lives as long as the server.
        cli = settings.cli
        info, cli_key = rt.keys.create(user=cli.user, groups=tuple(cli.groups), scopes=("chat", "search", "ingest",
                                       "admin"), label="cli (server session)", actor="serve")
    except AssistantError as exc:
        fail(exc)
    api = create_app(settings, rt)
    server_file.write(settings.data_dir, f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}", cli_key)
    out.print(f"serving on [bold]{base}[/] (API docs: {base}/docs); Ctrl-C stops", highlight=False)
    # uvicorn re-raises SIGTERM once it has shut down; exiting through Python then lets the
    # discovery file and the CLI key be cleaned up below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        uvicorn.run(api, host=host, port=port, log_level=os.environ.get("ASSISTANT_LOG_LEVEL", "warning").lower(),
                    access_log=False)
    finally:
        server_file.clear(settings.data_dir)
        try:
            rt.keys.revoke(info.id, actor="serve")
        except AssistantError:
            pass
        rt.close()


def _demo(rt, base: str) -> None:
    """Sample corpus when the store is empty; a fresh demo widget key and API key (old demo keys revoked)."""
    if rt.index.count() == 0:
        err.print("the store is empty: ingesting the sample corpus first", highlight=False)
        rt.sync.register("sample", "filesystem", folder_source(SAMPLE_CORPUS, public=True))
        sync_with_progress(rt, ["sample"])
    for key in rt.keys.list():
        if key.label == "demo":
            rt.keys.revoke(key.id, actor="serve --demo")
    user = rt.settings.cli.user
    origin = base.rstrip("/")
    _, widget = rt.keys.create(user="widget", kind="widget", scopes=("chat",), origins=(origin,), label="demo",
                               actor="serve --demo")
    _, api = rt.keys.create(user=user, scopes=("chat", "search"), label="demo", actor="serve --demo")
    logging.getLogger(__name__).info("demo keys created")
    out.print(f"demo page: [bold]{origin}/widget/demo?key={widget}[/]", highlight=False, soft_wrap=True)
    out.print(f"demo API key ({user}; chat, search): [bold]{api}[/]", highlight=False, soft_wrap=True)
    out.print(f"try: curl -s {origin}/v1/chat/completions -H 'Authorization: Bearer {api}' "
              "-H 'Content-Type: application/json' -d '{\"model\": \"assistant\", \"messages\": [{\"role\": "
              "\"user\", \"content\": \"What is the VPN client called?\"}]}'", highlight=False, soft_wrap=True)
