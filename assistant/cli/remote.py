"""CLI commands that go through a running `assistant serve` (it owns the store)."""

from __future__ import annotations

import json

import httpx

from assistant.api.server_file import RunningServer
from assistant.cli.common import err, out
from assistant.errors import AssistantError


def _headers(server: RunningServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.key}"}


def _error(response: httpx.Response) -> AssistantError:
    try:
        message = response.json()["error"]["message"]
    except (ValueError, KeyError, TypeError):
        message = response.text[:300]
    return AssistantError(f"the server at {response.request.url.host}:{response.request.url.port} answered "
                          f"{response.status_code}: {message}")


def ask(server: RunningServer, question: str, sources: list[str], conversation: str | None,
        filters: dict | None = None) -> None:
    body = {"model": "assistant", "stream": True, "messages": [{"role": "user", "content": question}],
            "rag": {"sources": sources, "conversation_id": conversation, "filters": filters or {}}}
    final: dict = {}
    try:
        with httpx.stream("POST", f"{server.url}/v1/chat/completions", json=body, headers=_headers(server),
                          timeout=httpx.Timeout(10, read=600)) as response:
            if response.status_code != 200:
                response.read()
                raise _error(response)
            event = ""
            for line in response.iter_lines():
                if line.startswith("event:"):
                    event = line[6:].strip()
                    continue
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                chunk = json.loads(data)
                if "error" in chunk:
                    raise AssistantError(f"the server stopped the answer: {chunk['error'].get('message')}")
                if event == "retraction":
                    out.print(f"\n[bold red]answer withdrawn:[/] {chunk['retraction']['message']}", highlight=False)
                elif chunk.get("answer_id"):
                    final = chunk
                else:
                    text = chunk["choices"][0]["delta"].get("content") or ""
                    out.print(text, end="", highlight=False, markup=False)
                event = ""
    except httpx.HTTPError as exc:
        raise AssistantError(f"cannot reach the server at {server.url}: {exc}") from None
    out.print()
    if final.get("citations"):
        out.print("\n[bold]Sources[/]")
        for c in final["citations"]:
            where = f" — {', '.join(c['sections'][:2])}" if c.get("sections") else ""
            out.print(f"  [{c['number']}] {c['title']}{where}\n      {c['uri']}", highlight=False, markup=False)
    if final:
        usage = final.get("usage") or {}
        err.print(f"[dim]{final.get('model')} via {server.url} · {usage.get('prompt_tokens', 0)} prompt + "
                  f"{usage.get('completion_tokens', 0)} generated tokens · conversation {final.get('conversation_id')}"
                  "[/]", highlight=False, soft_wrap=True)


def sync(server: RunningServer, names: list[str], full: bool) -> int:
    """Ask the server to sync each source; returns how many failed."""
    failed = 0
    for name in names:
        try:
            response = httpx.post(f"{server.url}/v1/sources/{name}/sync", params={"full": full},
                                  headers=_headers(server), timeout=httpx.Timeout(10, read=None))
        except httpx.HTTPError as exc:
            raise AssistantError(f"cannot reach the server at {server.url}: {exc}") from None
        if response.status_code != 200:
            err.print(f"[yellow]{name}[/]: {_error(response)}", highlight=False, soft_wrap=True)
            failed += 1
            continue
        s = response.json()
        for doc_id, reason in s["failures"]:
            err.print(f"[yellow]skipped[/] {doc_id}: {reason}", highlight=False, soft_wrap=True)
        out.print(f"[bold]{name}[/] (via {server.url}): {s['added']} added, {s['updated']} updated, "
                  f"{s['unchanged']} unchanged, {s['access_changed']} access changed, {s['deleted']} deleted, "
                  f"{s['duplicates']} near-duplicates, {s['failed']} failed; {s['chunks_written']} chunks written",
                  highlight=False, soft_wrap=True)
        failed += bool(s["failed"])
    return failed
