"""The improvement loop: the report, the feedback store, the regression set, retention and erasure."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from assistant.admin_log import record_admin
from assistant.cli.common import app, command_runtime, err, fail, out
from assistant.cli.privacy import eval_app
from assistant.errors import AssistantError

feedback_app = typer.Typer(no_args_is_help=True,
                           help="Ratings of answers: list, export, promote to the regression set.")
app.add_typer(feedback_app, name="feedback")
retention_app = typer.Typer(no_args_is_help=True, help="Retention periods of conversations, vaults, audit, feedback.")
app.add_typer(retention_app, name="retention")

REPORT_DAYS = 30


def _utc(when: datetime | None) -> datetime | None:
    return None if when is None else when.replace(tzinfo=when.tzinfo or timezone.utc)


@app.command()
def report(
    since: Annotated[Optional[datetime], typer.Option(help=f"From this date or time on (UTC); default: the last "
                                                           f"{REPORT_DAYS} days.")] = None,
    out_path: Annotated[Path, typer.Option("--out", help="The HTML file to write.")] = Path("report.html"),
) -> None:
    """One self-contained HTML page: usage, satisfaction, latency, guard findings, weak topics, corpus gaps,
    sources and prompt versions. Questions and answers appear pseudonymized."""
    from assistant.report import build_report, load_report_data

    start = _utc(since) or datetime.now(timezone.utc) - timedelta(days=REPORT_DAYS)
    with command_runtime() as rt:
        with err.status("reading the audit log and the feedback..."):
            data = load_report_data(rt.db, start)
            grounding = {g.name for stage in ("input", "context", "boundary", "output")
                         for g in getattr(rt.settings.guards, stage) if "grounding" in g.kind}
            # A lambda, so the embedding model loads only when there are questions to group.
            page = build_report(data, lambda texts: rt.embedder.embed(texts), grounding_guards=grounding,
                                prompt_split=rt.settings.chat.prompt_split)
        try:
            out_path.parent.mkdir(parents=True, exist_ok=True)
            out_path.write_text(page, encoding="utf-8")
        except OSError as exc:
            fail(AssistantError(f"cannot write {out_path}: {exc.strerror}"))
    what = "no data yet" if data.empty else f"{len(data.answers)} answers, {len(data.ratings)} ratings"
    out.print(f"wrote {out_path} ({what})", highlight=False)


@feedback_app.command("list")
def list_command(
    down: Annotated[bool, typer.Option("--down", help="Only thumbs-down.")] = False,
    since: Annotated[Optional[datetime], typer.Option(help="Only from this date or time on (UTC).")] = None,
    limit: Annotated[int, typer.Option(help="Most ratings shown, newest first.")] = 20,
) -> None:
    """Recent ratings with their answer ids (to promote), pseudonymized question and comment."""
    from assistant.feedback import list_feedback

    with command_runtime() as rt:
        rows = list_feedback(rt.db, since=_utc(since), limit=limit, rating="down" if down else None)
    table = Table(title=f"Feedback ({len(rows)} newest)")
    for col in ("time (UTC)", "answer id", "channel", "rating", "question", "comment", "sources"):
        # Answer ids are copied into `feedback promote`: never folded.
        table.add_column(col, overflow="fold", no_wrap=col == "answer id")
    for r in rows:
        table.add_row(r.created_at.strftime("%Y-%m-%d %H:%M"), r.answer_id, r.channel, "up" if r.rating > 0 else "down",
                      r.question[:100], r.comment[:100], ", ".join(s["doc_id"] for s in r.sources)[:80])
    out.print(table)


@feedback_app.command("export")
def export_command(
    out_path: Annotated[Optional[Path], typer.Option("--out", help="JSONL file; default: standard output.")] = None,
    since: Annotated[Optional[datetime], typer.Option(help="Only from this date or time on (UTC).")] = None,
) -> None:
    """Every rating as one JSON object per line: pseudonymized question, answer and comment, no principal."""
    from assistant.feedback import export_feedback

    with command_runtime() as rt:
        count = 0
        handle = sys.stdout if out_path is None else None
        try:
            handle = handle or out_path.open("w", encoding="utf-8")
        except OSError as exc:
            fail(AssistantError(f"cannot write {out_path}: {exc.strerror}"))
        try:
            for record in export_feedback(rt.db, since=_utc(since)):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
        finally:
            if out_path is not None:
                handle.close()
        record_admin(rt.db, rt.settings.cli.user, "feedback.export", str(out_path or "-"), records=count)
    if out_path is not None:
        out.print(f"exported {count} ratings to {out_path}", highlight=False)


@feedback_app.command("promote")
def promote_command(
    answer_ids: Annotated[list[str], typer.Argument(help="Answer ids of rated answers (`assistant feedback list`).")],
    reference: Annotated[str, typer.Option(help="The right answer (one answer id only).")] = "",
    expected_doc: Annotated[list[str], typer.Option("--expected-doc", help="A document id a good answer cites "
                                                                           "(repeatable).")] = [],
) -> None:
    """Turn rated answers into regression cases: a thumbs-up as answered, a thumbs-down with the right answer
    (--reference) or document (--expected-doc)."""
    from assistant.regression import promote, regression_file

    with command_runtime() as rt:
        path = regression_file(rt.settings)
        cases = promote(rt.db, path, answer_ids, reference=reference, expected_docs=expected_doc)
        record_admin(rt.db, rt.settings.cli.user, "feedback.promote", ",".join(answer_ids)[:1000], cases=len(cases))
    for c in cases:
        out.print(f"promoted {c.id} ({c.rating}): expects {', '.join(c.expected_sources) or 'no document'}"
                  f"{'' if c.reference else ', no reference answer'}", highlight=False, soft_wrap=True)
    out.print(f"{len(cases)} cases written to {path}", highlight=False)


@eval_app.command("regression")
def regression_command(
    baseline_update: Annotated[bool, typer.Option("--baseline-update", help="Store this run as the baseline.")] = False,
    margin: Annotated[Optional[float], typer.Option(help="Largest allowed drop below the baseline (0..1); default: "
                                                         "chat.regression_margin.")] = None,
) -> None:
    """Re-ask the regression set; exit 1 when the score falls below the baseline by more than the margin.

    The questions are asked as the CLI's principal with admin access. The first run stores the baseline.
    """
    from assistant.regression import (
        baseline_file,
        compare,
        load_baseline,
        load_cases,
        regression_file,
        regression_principal,
        run_regression,
        save_baseline,
    )

    if margin is not None and not 0 <= margin <= 1:
        fail(AssistantError("--margin is a score difference between 0 and 1"))
    with command_runtime(on_interrupt="nothing was stored; run it again") as rt:
        cases = load_cases(regression_file(rt.settings))
        baseline_path = baseline_file(rt.settings)
        baseline = load_baseline(baseline_path)
        with Progress(TextColumn("[bold]re-asking"), BarColumn(), MofNCompleteColumn(), console=err,
                      transient=True) as progress:
            task = progress.add_task("cases", total=len(cases))
            run = run_regression(rt.chat, regression_principal(rt), cases, rt.embedder.embed,
                                 on_case=lambda _r: progress.advance(task))
        limit = rt.settings.chat.regression_margin if margin is None else margin
        table = Table(title=f"Regression set ({len(cases)} cases)")
        for col in ("case", "question", "recall", "similarity", "score", "baseline"):
            table.add_column(col, overflow="fold")
        for r in run.results:
            before = baseline.cases.get(r.case.id) if baseline else None
            table.add_row(r.case.id[:8], r.case.question[:70], _num(r.recall), _num(r.similarity), _num(r.score),
                          _num(before))
        out.print(table)
        out.print(f"score {_num(run.score)} (source recall {_num(run.recall)}, answer similarity "
                  f"{_num(run.similarity)})", highlight=False)
        if baseline is None or baseline_update:
            save_baseline(baseline_path, run.baseline())
            out.print(f"baseline {'updated' if baseline else 'created'}: {baseline_path}", highlight=False)
            return
        verdict = compare(run, baseline, limit)
        extra = f"; {verdict.new_cases} new cases not in the baseline" if verdict.new_cases else ""
        if verdict.common == 0:
            out.print(f"no case in common with the baseline{extra}: store one with --baseline-update", highlight=False)
            return
        line = (f"{_num(verdict.score)} against the baseline's {_num(verdict.baseline_score)} on {verdict.common} "
                f"cases (margin {limit:g}){extra}")
        if not verdict.passed:
            err.print(f"[bold red]regression:[/] {line}", highlight=False, soft_wrap=True)
            raise typer.Exit(1)
        out.print(f"[green]ok:[/] {line}", highlight=False, soft_wrap=True)


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


@retention_app.command("run")
def retention_run() -> None:
    """Delete what is past its retention period now (the server also does it on `retention.schedule`)."""
    from assistant.retention import run_retention

    with command_runtime() as rt:
        r = rt.settings.retention
        if not r.active:
            out.print("no retention period is set (retention.*_days): only expired vaults are deleted")
        summary = run_retention(rt.db, rt.settings)
    out.print(", ".join(f"{n} {kind}" for kind, n in summary.as_dict().items()) + " deleted", highlight=False)


@app.command()
def forget(
    user: Annotated[str, typer.Option("--user", help="The person's canonical email.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Erase a person: conversations, messages, vaults, feedback, API keys, regression cases, and the text of
    their audit records (counts and timings stay). The admin log records it without naming them."""
    from assistant.regression import regression_file
    from assistant.retention import forget_user

    if "@" not in user:
        fail(AssistantError("--user takes the person's email, as their answers were recorded"))
    if not yes and sys.stdin.isatty():
        typer.confirm(f"Erase everything stored about {user}? This cannot be undone.", abort=True)
    with command_runtime() as rt:
        summary = forget_user(rt.db, user, actor=rt.settings.cli.user, regression_file=regression_file(rt.settings))
    counts = {k: v for k, v in summary.as_dict().items() if k != "token"}
    out.print(", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items()), highlight=False)
    out.print(f"recorded in the admin log as user.forget {summary.token}", highlight=False)
