"""`assistant models check`: which backend llama.cpp runs on, what it offloaded, and how fast it is."""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass

import numpy as np

from assistant.llm.llama import _import_llama_cpp, llama_kwargs
from assistant.llm.llama_params import model_params
from assistant.llm.models import resolve_gguf
from assistant.settings import LlamaCppSettings

# A fixed prompt, so figures from different machines compare; about 250 tokens for common tokenizers.
PROMPT = (
    "The quarterly report describes how the support team handled requests across three regions. "
    "Response times improved after the new routing rules, while the backlog of billing questions grew "
    "during the migration of the invoicing system. " * 5
    + "\nSummarize the report in three sentences:\n"
)
GPU_BACKENDS = ("CUDA", "Metal", "Vulkan", "SYCL", "HIP", "ROCm", "MUSA", "CANN", "OpenCL")


@dataclass(frozen=True)
class CheckResult:
    model: str
    backend: str
    system_info: str
    layers_offloaded: int
    layers_total: int
    vram: str
    prompt_tokens: int
    prompt_tokens_per_s: float
    generated_tokens: int
    generation_tokens_per_s: float


def backend_name(llama_cpp) -> str:
    """'CPU' unless this llama.cpp build can offload, then the GPU backend its system info names."""
    if not llama_cpp.llama_supports_gpu_offload():
        return "CPU"
    info = system_info(llama_cpp)
    return next((b for b in GPU_BACKENDS if b.lower() in info.lower()), "GPU")


def system_info(llama_cpp) -> str:
    raw = llama_cpp.llama_print_system_info()
    return (raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)).strip()


def vram_used() -> str:
    """Memory in use per GPU as nvidia-smi reports it, or 'n/a' without nvidia-smi."""
    smi = shutil.which("nvidia-smi")
    if smi is None:
        return "n/a"
    try:
        lines = subprocess.run(
            [smi, "--query-gpu=name,memory.used,memory.total", "--format=csv,noheader,nounits"],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout.strip().splitlines()
    except (OSError, subprocess.SubprocessError):
        return "n/a"
    parts = [[p.strip() for p in line.split(",")] for line in lines if line.count(",") == 2]
    return "; ".join(f"{name}: {used} / {total} MiB" for name, used, total in parts) or "n/a"


def run_check(settings: LlamaCppSettings, max_tokens: int = 64) -> CheckResult:
    """Load the model as configured, without the prompt cache, and time one prompt and one generation."""
    llama_cpp = _import_llama_cpp()
    path = resolve_gguf(settings.model_path)
    with model_params(settings.cpu_extra_buffers):
        llm = llama_cpp.Llama(**llama_kwargs(settings, path, llama_cpp))
    try:
        n_layer = int(llama_cpp.llama_model_n_layer(llm.model))
        backend = backend_name(llama_cpp)
        wanted = n_layer if settings.n_gpu_layers < 0 else min(settings.n_gpu_layers, n_layer)
        offloaded = wanted if backend != "CPU" else 0
        vram = vram_used() if backend != "CPU" else "n/a"
        eos = llm.token_eos()
        times: list[float] = []

        def no_eos(_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
            # Called once per sampled token, after the prompt's (or the previous token's) evaluation.
            times.append(time.perf_counter())
            # The model must generate `max_tokens` tokens, or the generation figure would vary with its answer.
            scores[eos] = -np.inf
            return scores

        prompt_tokens = len(llm.tokenize(PROMPT.encode("utf-8")))
        start = time.perf_counter()
        llm.create_completion(PROMPT, max_tokens=max_tokens, temperature=0.0,
                              logits_processor=llama_cpp.LogitsProcessorList([no_eos]))
        generated = len(times)
        first, end = (times[0], times[-1]) if times else (start, start)
    finally:
        llm.close()
    return CheckResult(
        model=path.name, backend=backend, system_info=system_info(llama_cpp), layers_offloaded=offloaded,
        layers_total=n_layer, vram=vram, prompt_tokens=prompt_tokens,
        prompt_tokens_per_s=prompt_tokens / max(first - start, 1e-9), generated_tokens=generated,
        generation_tokens_per_s=(generated - 1) / max(end - first, 1e-9) if generated > 1 else 0.0,
    )
