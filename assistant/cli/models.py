"""`assistant models`: the model hub (what this deployment may load), and how the local model runs here."""

from __future__ import annotations

import typer
from rich import box
from rich.table import Table

from assistant.cli.common import app, command_runtime, err, out
from assistant.errors import AssistantError

models_app = typer.Typer(no_args_is_help=True, help="The model hub, and the local model's backend, offload and speed.")
app.add_typer(models_app, name="models")

_STATUS = {"ok": "[green]ok[/]", "changed": "[bold red]changed[/]", "missing": "[bold red]missing[/]"}


def _hub(rt):
    from assistant.hub import ModelHub

    hub = ModelHub(rt.db)
    with out.status("registering the default models on first run…"):
        hub.ensure_defaults()
    return hub


def _mb(size: int) -> str:
    return f"{size / 1e6:,.1f} MB"


@models_app.command("list")
def list_models(paths: bool = typer.Option(False, "--paths", help="Show each model's path and sha256.")) -> None:
    """The registered models: kind, size, quantization, context length, licence, origin and last verification."""
    with command_runtime() as rt:
        models = _hub(rt).list()
    table = Table(title="Model hub", box=box.SIMPLE_HEAD)
    for column in ("name", "kind", "size", "quant", "context", "licence", "origin", "status"):
        table.add_column(column, no_wrap=column in ("name", "kind", "licence"))
    for m in models:
        table.add_row(m.name, m.kind, _mb(m.size_bytes), m.quantization or "-", str(m.context_length or "-"),
                      m.licence or "unknown", m.origin, _STATUS.get(m.status, m.status))
    out.print(table)
    if paths:
        for m in models:
            verified = f"{m.verified_at:%Y-%m-%d %H:%M} UTC" if m.verified_at else "never"
            out.print(f"[bold]{m.name}[/]: {m.path}\n  sha256 {m.sha256}, verified {verified}",
                      highlight=False, soft_wrap=True)
    if not models:
        out.print("No models registered: `assistant models add PATH_OR_PACKAGE` adds one.")


@models_app.command("add")
def add(
    path_or_package: str = typer.Argument(..., help="A GGUF file, a sentence-transformers, cross-encoder or spaCy folder, "
                                         "or an installed package that ships one."),
    name: str | None = typer.Option(None, help="Hub name; default: from the file, folder or package."),
    kind: str | None = typer.Option(None, help="llm, embedding, ner or reranker; default: detected."),
) -> None:
    """Register a model: its files are hashed, and its metadata read without loading it."""
    with command_runtime() as rt:
        hub = _hub(rt)
        with out.status(f"hashing {path_or_package}…"):
            m = hub.add(path_or_package, name=name, kind=kind)
    details = ", ".join(p for p in (m.kind, _mb(m.size_bytes), m.quantization,
                                    f"context {m.context_length}" if m.context_length else "",
                                    f"licence {m.licence or 'unknown'}", f"from {m.origin}") if p)
    out.print(f"added [bold]{m.name}[/] ({details})", highlight=False, soft_wrap=True)
    out.print(f"  {m.path}\n  sha256 {m.sha256}", highlight=False, soft_wrap=True)
    out.print(f"Settings may refer to it as {m.name!r}.", highlight=False)


@models_app.command("remove")
def remove(name: str = typer.Argument(..., help="Hub name.")) -> None:
    """Forget a model; its files stay where they are."""
    with command_runtime() as rt:
        m = _hub(rt).remove(name)
    out.print(f"removed [bold]{m.name}[/] ({m.path}); its files are left as they are", highlight=False, soft_wrap=True)


@models_app.command("verify")
def verify(name: str | None = typer.Argument(None, help="Hub name; default: every model.")) -> None:
    """Re-hash the models' files; exits 1 when any changed or is missing (the runtime refuses those)."""
    with command_runtime() as rt:
        hub = _hub(rt)
        with out.status("hashing the models' files…"):
            report = hub.verify(name)
    table = Table(title="Model verification", box=box.SIMPLE_HEAD)
    for column in ("name", "kind", "status", "path"):
        table.add_column(column, no_wrap=column == "name", overflow="fold")
    for v in report:
        table.add_row(v.name, v.kind, _STATUS[v.status], v.path)
    out.print(table)
    bad = [v for v in report if v.status != "ok"]
    for v in bad:
        found = f"found {v.found}" if v.found else "the path is gone"
        err.print(f"[bold red]{v.status}:[/] {v.name}: sha256 expected {v.expected}, {found}",
                  highlight=False, soft_wrap=True)
    if bad:
        names = ", ".join(v.name for v in bad)
        err.print(f"{len(bad)} model(s) will not load until restored: {names}. If the new files are trusted, "
                  "`assistant models remove NAME` then `assistant models add PATH --name NAME` registers them.",
                  highlight=False, soft_wrap=True)
        raise typer.Exit(1)


@models_app.command("check")
def check(
    provider: str = typer.Option("", help="Which llama.cpp provider of llm.providers; default: llm.llama_cpp."),
    max_tokens: int = typer.Option(64, min=2, help="Tokens generated for the generation speed."),
) -> None:
    """Load the local model as configured and report backend, layers offloaded, VRAM and tokens/s."""
    from assistant.llm.check import run_check

    with command_runtime() as rt:
        settings = rt.model_settings.llm
        llama = settings.llama_cpp
        if provider:
            spec = next((p for p in settings.providers if p.name == provider and p.kind == "llama_cpp"), None)
            if spec is None:
                raise AssistantError(f"no llama_cpp provider named {provider!r} in llm.providers")
            llama = spec.llama_cpp or llama
        with out.status("loading the model and timing a fixed prompt…"):
            result = run_check(llama, max_tokens)
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
