"""Audit log, vault keys, and evaluations."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Annotated, Optional

import typer
from cryptography.fernet import Fernet
from rich.table import Table

from assistant.cli.common import app, command_runtime, err, fail, out
from assistant.errors import AssistantError

vault_app = typer.Typer(no_args_is_help=True, help="Encrypted pseudonymization vaults.")
app.add_typer(vault_app, name="vault")
eval_app = typer.Typer(no_args_is_help=True, help="Measurements: PII detection and restoration, guards, regression set.")
app.add_typer(eval_app, name="eval")


@app.command()
def audit(
    user: Annotated[Optional[str], typer.Option("--user", help="Only answers to this principal.")] = None,
    since: Annotated[Optional[datetime], typer.Option(help="Only answers from this date or time on (UTC).")] = None,
    limit: Annotated[int, typer.Option(help="Most records shown, newest first.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line instead of a table.")] = False,
) -> None:
    """Answers as the audit log holds them: pseudonymized question and answer, sources, findings, cost."""
    from assistant.audit import query_audit

    from assistant.admin_log import record_admin

    with command_runtime() as rt:
        rows = query_audit(rt.db, since=since.replace(tzinfo=since.tzinfo or timezone.utc) if since else None,
                           principal=user, limit=limit)
        if as_json:
            record_admin(rt.db, rt.settings.cli.user, "audit.export", user or "*", records=len(rows),
                         since=since.isoformat() if since else None)
    if as_json:
        for r in rows:
            typer.echo(json.dumps({
                "id": r.id, "created_at": r.created_at.isoformat(), "principal": r.principal, "channel": r.channel,
                "conversation_id": r.conversation_id, "question": r.question, "answer": r.answer, "sources": r.sources,
                "findings": r.findings, "blocked": r.blocked, "model": r.model, "prompt_version": r.prompt_version,
                "prompt_tokens": r.prompt_tokens, "completion_tokens": r.completion_tokens, "timings_ms": r.timings_ms,
            }))
        return
    table = Table(title=f"Audit log ({len(rows)} newest)")
    for col in ("time (UTC)", "principal", "question", "answer", "sources", "findings", "tokens", "ms"):
        table.add_column(col, overflow="fold")
    for r in rows:
        kinds = sorted({s["label"] for f in r.findings for s in f["spans"]})
        verdicts = sorted({f"{f['guard']}:{f['verdict']}" for f in r.findings if f["verdict"] != "allow"})
        table.add_row(
            r.created_at.strftime("%Y-%m-%d %H:%M:%S"), r.principal, r.question[:120], r.answer[:160],
            ", ".join(f"[{s['number']}] {s['doc_id']}" for s in r.sources)[:80],
            " ".join(verdicts + kinds) or "-", f"{r.prompt_tokens}+{r.completion_tokens}",
            f"{r.timings_ms.get('total', 0):.0f}",
        )
    out.print(table)


@vault_app.command("rotate-key")
def rotate_key(
    new_key: Annotated[Optional[str], typer.Option(help="The new Fernet key; default: a fresh one.")] = None,
) -> None:
    """Re-encrypt every vault with a new key, then use only that key.

    With a key file (no privacy.vault_key), the file is replaced. With a key from
    the environment, the new key is printed: put it in ASSISTANT_VAULT_KEY.
    """
    from assistant.privacy import key_file

    with command_runtime() as rt:
        key = (new_key or Fernet.generate_key().decode()).encode()
        try:
            Fernet(key)
        except ValueError:
            fail(AssistantError("--new-key is not a Fernet key (32 url-safe base64-encoded bytes)"))
        path = None if rt.settings.privacy.vault_key.strip() else key_file(rt.settings)
        if path is not None:
            # Both keys are on disk before any vault changes, so a crash mid-way loses nothing.
            path.write_bytes(key + b"," + path.read_bytes().strip())
        count = rt.vaults.rotate(key)
        if path is None:
            out.print(f"re-encrypted {count} vaults; set ASSISTANT_VAULT_KEY to the new key:")
            out.print(key.decode(), highlight=False)
        else:
            path.write_bytes(key)
            out.print(f"re-encrypted {count} vaults; the new key is in {path}", highlight=False)


@vault_app.command("purge")
def purge() -> None:
    """Delete expired vaults now (they are also dropped when next opened)."""
    with command_runtime() as rt:
        out.print(f"deleted {rt.vaults.purge_expired()} expired vaults")


@eval_app.command("pii", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def eval_pii(ctx: typer.Context) -> None:
    """PII detection per entity against Presidio's defaults, pseudonymization latency, restoration by the model.

    Options: --per-entity N, --seed N, --model-samples N, --no-model, --json PATH.
    """
    try:
        from eval.pii import main
    except ImportError as exc:
        err.print(f"[bold red]error:[/] the evaluation needs the repository's eval package: {exc}", highlight=False)
        raise typer.Exit(1) from None
    raise typer.Exit(main(list(ctx.args)))
