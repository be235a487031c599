"""`assistant models`: the models this deployment runs, and how they run here."""

from __future__ import annotations

import typer
from rich.table import Table

from assistant.cli.common import app, fail, out
from assistant.errors import AssistantError
from assistant.settings import load_settings

models_app = typer.Typer(no_args_is_help=True, help="Language models: backend, offload and speed.")
app.add_typer(models_app, name="models")


@models_app.command("check")
def check(
    provider: str = typer.Option("", help="Which llama.cpp provider of llm.providers; default: llm.llama_cpp."),
    max_tokens: int = typer.Option(64, min=2, help="Tokens generated for the generation speed."),
) -> None:
    """Load the local model as configured and report backend, layers offloaded, VRAM and tokens/s."""
    from assistant.llm.check import run_check

    try:
        settings = load_settings().llm
        llama = settings.llama_cpp
        if provider:
            spec = next((p for p in settings.providers if p.name == provider and p.kind == "llama_cpp"), None)
            if spec is None:
                raise AssistantError(f"no llama_cpp provider named {provider!r} in llm.providers")
            llama = spec.llama_cpp or llama
        with out.status("loading the model and timing a fixed prompt…"):
            result = run_check(llama, max_tokens)
    except AssistantError as exc:
        fail(exc)
    table = Table(title="llama.cpp check", show_header=False)
    table.add_column("what", style="bold")
    table.add_column("value")
    table.add_row("model", result.model)
    table.add_row("backend", result.backend)
    table.add_row("layers offloaded", f"{result.layers_offloaded}/{result.layers_total}")
    table.add_row("VRAM used", result.vram)
    table.add_row("prompt", f"{result.prompt_tokens} tokens, {result.prompt_tokens_per_s:.1f} tokens/s")
    table.add_row("generation", f"{result.generated_tokens} tokens, {result.generation_tokens_per_s:.1f} tokens/s")
    table.add_row("build", result.system_info)
    out.print(table)
    if llama.n_gpu_layers != 0 and result.backend == "CPU":
        out.print("[yellow]n_gpu_layers asks for offload, but this llama-cpp-python build has no GPU backend: "
                  "reinstall it with CMAKE_ARGS=\"-DGGML_CUDA=on\" (see the README's GPU section).[/]")
