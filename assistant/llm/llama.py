"""The local llama.cpp provider: one model instance behind a fair queue."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.errors import LLMError, MissingDependencyError
from assistant.llm.base import (
    Cancellation,
    ChatRequest,
    LogitsHook,
    StreamEnd,
    StreamItem,
    TokenDelta,
    Usage,
)
from assistant.llm.llama_params import model_params
from assistant.llm.models import resolve_gguf
from assistant.llm.queue import FairQueue, QueueStats
from assistant.settings import LlamaCppSettings

if TYPE_CHECKING:
    from llama_cpp import Llama


def _import_llama_cpp():  # noqa: ANN202 - the module type exists only when the package does
    try:
        import llama_cpp
    except ImportError as exc:
        raise MissingDependencyError(
            "the local model needs llama-cpp-python: pip install llama-cpp-python==0.3.36"
        ) from exc
    return llama_cpp


def llama_kwargs(s: LlamaCppSettings, model_path: Path, llama_cpp=None) -> dict[str, object]:
    """The `llama_cpp.Llama(...)` keyword arguments the settings ask for.

    `llama_cpp` (the module) maps KV cache type names to ggml's numbers; without it the names stay, for tests.
    """

    def ggml_type(name: str | None) -> object:
        if name is None or llama_cpp is None:
            return name
        return getattr(llama_cpp, f"GGML_TYPE_{name.upper()}")

    return {
        "model_path": str(model_path),
        "n_ctx": s.n_ctx,
        "n_threads": s.n_threads or os.cpu_count(),
        "n_threads_batch": s.n_threads_batch or s.n_threads or os.cpu_count(),
        "n_batch": s.n_batch,
        "n_ubatch": s.n_ubatch,
        "n_gpu_layers": s.n_gpu_layers,
        "main_gpu": s.main_gpu,
        "tensor_split": list(s.tensor_split) or None,
        "offload_kqv": s.offload_kqv,
        "flash_attn": s.flash_attn,
        "type_k": ggml_type(s.type_k),
        "type_v": ggml_type(s.type_v),
        "seed": s.seed,
        "chat_format": s.chat_format or None,
        "verbose": False,
    }


def _chain(*hooks: LogitsHook | None) -> LogitsHook | None:
    """One hook running the given ones in order; None when none is given."""
    present = [h for h in hooks if h is not None]
    if len(present) < 2:
        return present[0] if present else None

    def run(input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
        for hook in present:
            scores = hook(input_ids, scores)
        return scores

    return run


class _TokenCounter:
    """A logits processor that counts sampled tokens and runs the caller's hook.

    llama.cpp calls it once per sampled token with every token in the context
    so far, so its first call tells the exact prompt length after the GGUF's
    chat template and tokenizer ran; the sampled count includes the end-of-turn
    token when the model stops by itself. It runs inside a ctypes callback, where an
    exception would be printed and swallowed, so a failing hook is recorded
    and raised by the generation loop instead.
    """

    def __init__(self, hook: LogitsHook | None) -> None:
        self._hook = hook
        self.prompt_tokens = 0
        self.sampled = 0
        self.hook_error: Exception | None = None

    def raise_hook_error(self) -> None:
        if self.hook_error is not None:
            raise LLMError(f"the logits hook failed: {self.hook_error}") from self.hook_error

    def __call__(self, input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
        if self.sampled == 0:
            self.prompt_tokens = len(input_ids)
        self.sampled += 1
        if self._hook is None or self.hook_error is not None:
            return scores
        try:
            return self._hook(input_ids, scores)
        except Exception as exc:  # noqa: BLE001 - re-raised by the generation loop
            self.hook_error = exc
            return scores


class LlamaCppProvider:
    """A GGUF model run in-process by llama-cpp-python.

    The model loads on first use. Requests go through a fair queue: one
    generation at a time, requesters served in turn, a bounded number waiting.
    """

    remote = False

    def __init__(self, settings: LlamaCppSettings) -> None:
        self.settings = settings
        self.model_path = resolve_gguf(settings.model_path)
        self.name = f"llama_cpp:{self.model_path.name}"
        self.n_ctx = settings.n_ctx
        self._llm: Llama | None = None
        self._load_lock = threading.Lock()
        self._queue: FairQueue[StreamItem] = FairQueue(settings.queue_depth, name="llama-cpp-queue")

    def stream(self, request: ChatRequest, cancel: Cancellation | None = None) -> Iterator[StreamItem]:
        """Queue the request; QueueFullError is raised here, at once, when too many wait."""
        return self._queue.submit(request.requester, partial(self._generate, request), self.settings.timeout_s, cancel)

    def count_tokens(self, text: str) -> int:
        return len(self._model().tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def stats(self) -> QueueStats:
        return self._queue.stats()

    def close(self) -> None:
        self._queue.close()
        with self._load_lock:
            if self._llm is not None:
                self._llm.close()
                self._llm = None

    def _model(self) -> Llama:
        with self._load_lock:
            if self._llm is None:
                llama_cpp = _import_llama_cpp()
                s = self.settings
                try:
                    with model_params(s.cpu_extra_buffers):
                        self._llm = llama_cpp.Llama(**llama_kwargs(s, self.model_path, llama_cpp))
                except ValueError as exc:
                    raise LLMError(f"llama.cpp could not load {self.model_path}: {exc}") from exc
                if s.prompt_cache:
                    self._llm.set_cache(llama_cpp.LlamaRAMCache(capacity_bytes=s.prompt_cache_mb << 20))
            return self._llm

    def _generate(self, request: ChatRequest, emit: Callable[[StreamItem], None], cancel: Cancellation) -> None:
        llm = self._model()
        llama_cpp = _import_llama_cpp()
        started = time.perf_counter()  # after the queue wait: the model's busy time starts here
        counter = _TokenCounter(_chain(request.logits_hook, request.watermark))
        try:
            chunks = llm.create_chat_completion(
                messages=[{"role": m.role, "content": m.content} for m in request.messages],
                stream=True,
                max_tokens=request.max_tokens,
                temperature=request.temperature if request.watermark is None or request.watermark_temperature is None
                else request.watermark_temperature,
                stop=[*request.stop, *self.settings.stop] or None,
                logits_processor=llama_cpp.LogitsProcessorList([counter]),
            )
            finish_reason = "stop"
            for chunk in chunks:
                counter.raise_hook_error()
                if cancel.cancelled:
                    chunks.close()
                    return
                choice = chunk["choices"][0]
                text = choice["delta"].get("content")
                if text:
                    emit(TokenDelta(text))
                if choice.get("finish_reason"):
                    finish_reason = choice["finish_reason"]
        except ValueError as exc:
            # llama-cpp-python raises ValueError for a prompt longer than the context window.
            raise LLMError(f"the request does not fit the model's {self.n_ctx}-token context: {exc}") from exc
        counter.raise_hook_error()
        emit(
            StreamEnd(
                usage=Usage(prompt_tokens=counter.prompt_tokens, completion_tokens=counter.sampled,
                            busy_ms=(time.perf_counter() - started) * 1000),
                finish_reason=finish_reason,
                model=self.name,
            )
        )
