"""`assistant watermark detect`: did this text come from this deployment's local model?"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from assistant.cli.common import app, fail, out
from assistant.errors import AssistantError

watermark_app = typer.Typer(no_args_is_help=True, help="The provenance watermark of local models' answers.")
app.add_typer(watermark_app, name="watermark")


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.is_file():
        raise AssistantError(f"{path}: no such file")
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise AssistantError(f"{path}: not UTF-8 text; the detector reads plain text") from None
    except OSError as exc:
        raise AssistantError(f"{path}: {exc.strerror}") from None


@watermark_app.command("detect")
def detect(
    files: Annotated[list[str], typer.Argument(help="Text files to test; '-' reads standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per file.")] = False,
    provider: Annotated[str, typer.Option(help="The llama_cpp provider of llm.providers whose model wrote the "
                                               "texts (green lists follow its tokenizer); default: llm.llama_cpp.")] = "",
) -> None:
    """Tell whether each text carries this deployment's watermark: the z-score of its green tokens.

    Needs the key of llm.watermark (the same secret the answers were generated with) and the local model's
    tokenizer (read from its GGUF, without loading the weights). z >= llm.watermark.z_threshold (4 by default)
    counts as watermarked; about 1 in 30,000 unmarked texts reaches z 4 by chance.
    """
    from assistant.llm.models import resolve_gguf
    from assistant.runtime import Runtime
    from assistant.settings import load_settings
    from assistant.watermark import Detector

    try:
        settings = load_settings()
        wm = settings.llm.watermark
        if not wm.key:
            raise AssistantError("llm.watermark.key is empty: set it (ASSISTANT_WATERMARK_KEY) to the secret the "
                                 "answers were generated with")
        texts = [(f, _read(f)) for f in files]
        rt = Runtime(settings)
        try:
            llm = rt.model_settings.llm
            llama = llm.llama_cpp
            if provider:
                spec = next((p for p in llm.providers if p.name == provider and p.kind == "llama_cpp"), None)
                if spec is None:
                    raise AssistantError(f"no llama_cpp provider named {provider!r} in llm.providers")
                llama = spec.llama_cpp or llama
            elif len({(p.llama_cpp or llama).model_path for p in llm.providers if p.kind == "llama_cpp"} - {
                    llama.model_path}) > 0:
                raise AssistantError("the local providers run different models, whose tokenizers mark differently: "
                                     "name the one that wrote the texts with --provider")
            model = resolve_gguf(llama.model_path)
        finally:
            rt.close()
        detector = Detector(wm, model)
    except AssistantError as exc:
        fail(exc)
    try:
        results = [(name, detector.detect(text)) for name, text in texts]
    finally:
        detector.close()
    if as_json:
        for name, d in results:
            verdict = "too short" if d.tokens < wm.min_tokens else ("watermarked" if d.watermarked else "not watermarked")
            print(json.dumps({"file": name, "tokens": d.tokens, "green": d.green, "green_share": round(d.green_share, 4),
                              "z": round(d.z, 2), "threshold": d.threshold, "verdict": verdict}))
        return
    table = Table(title=f"Watermark (gamma {wm.gamma}, threshold z >= {wm.z_threshold})")
    for col in ("file", "tokens", "green", "z", "verdict"):
        table.add_column(col, justify="left" if col in ("file", "verdict") else "right")
    for name, d in results:
        if d.tokens < wm.min_tokens:
            verdict = f"too short to tell (< {wm.min_tokens} tokens)"
        else:
            verdict = "[green]watermarked[/]" if d.watermarked else "not watermarked"
        table.add_row(name, str(d.tokens), f"{d.green} ({d.green_share:.0%})", f"{d.z:.2f}", verdict)
    out.print(table)
