"""`assistant usage`: tokens, speed and estimated energy by user, model and day."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Annotated

import typer
from rich.table import Table

from assistant.cli.common import app, command_runtime, fail, out
from assistant.errors import AssistantError

PARTS = ("user", "model", "day")


@app.command()
def usage(
    by: Annotated[str, typer.Option(help="Group by any of user, model, day, comma-separated, in that order of "
                                         "columns.")] = "user,model,day",
    since: Annotated[datetime | None, typer.Option(help="From this date or time on (UTC); default: 30 days "
                                                           "ago.")] = None,
    until: Annotated[datetime | None, typer.Option(help="Before this date or time (UTC).")] = None,
    user: Annotated[str | None, typer.Option(help="Only this user.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """What answering cost: answers, prompt and completion tokens, mean time to first token, mean tokens/s and
    estimated energy, from the audit log."""
    from assistant.usage import summarize

    parts = tuple(p.strip() for p in by.split(",") if p.strip())
    wrong = [p for p in parts if p not in PARTS]
    if not parts or wrong or len(set(parts)) != len(parts):
        fail(AssistantError(f"--by takes distinct names among {', '.join(PARTS)}; got {by!r}"))
    start = since or datetime.now(UTC) - timedelta(days=30)
    start = start if start.tzinfo else start.replace(tzinfo=UTC)
    end = until if until is None or until.tzinfo else until.replace(tzinfo=UTC)
    with command_runtime() as rt:
        rows = summarize(rt.db, parts, since=start, until=end, user=user)  # type: ignore[arg-type]
    if as_json:
        out.print_json(json.dumps([r.as_dict(parts) for r in rows]))  # type: ignore[arg-type]
        return
    if not rows:
        out.print(f"no answers since {start:%Y-%m-%d %H:%M} UTC")
        return
    table = Table(title=f"Usage since {start:%Y-%m-%d %H:%M} UTC")
    for part in parts:
        table.add_column(part)
    for name in ("answers", "blocked", "prompt tokens", "completion tokens", "mean TTFT", "mean tokens/s", "energy"):
        table.add_column(name, justify="right")
    total_wh = 0.0
    for r in rows:
        total_wh += r.energy_wh
        table.add_row(*r.key, str(r.answers), str(r.blocked), f"{r.prompt_tokens:,}", f"{r.completion_tokens:,}",
                      f"{r.mean_ttft_ms / 1000:.2f} s", f"{r.mean_tokens_per_s:.1f}", f"{r.energy_wh:.4f} Wh")
    out.print(table)
    out.print(f"energy is an estimate: llm.accounting's power figures x each provider's busy time "
              f"(total {total_wh:.4f} Wh)", highlight=False)
