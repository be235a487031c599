"""`make bench`: ingest, retrieval and generation figures for the sample corpus.

Prints the assistant's figures next to raw llama-cpp-python's on the same
prompt in the same run, so the overhead of the queue and the guarded
release is visible. Not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

import yaml
from rich.console import Console
from rich.table import Table

from assistant.chat import AnswerDelta, Question, build_context
from assistant.llm.base import ChatMessage, ChatRequest, StreamEnd, TokenDelta
from assistant.llm.llama_params import model_params
from assistant.llm.models import resolve_gguf
from assistant.prompts import load_prompt
from assistant.retrieval import Principal, RetrievalQuery
from assistant.runtime import SAMPLE_CORPUS, Runtime, folder_source
from assistant.settings import load_settings

QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "sample_questions.yaml"
console = Console()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def bench_ingest(rt: Runtime) -> dict:
    rt.embedder.embed(["warm up"])
    # Model loads are start-up costs, not ingest throughput: the PII analyzer loads spaCy on first use.
    for guard in rt.guards.guards("boundary"):
        if guard.pseudonymizes:
            guard.analyzer.analyze("Warm up, Ann.")
    rt.sync.register("sample", "filesystem", folder_source(SAMPLE_CORPUS, public=True))
    t = time.perf_counter()
    summary = rt.sync.sync("sample")
    elapsed = time.perf_counter() - t
    return {"documents": summary.added, "chunks": summary.chunks_written, "seconds": elapsed,
            "chunks_per_s": summary.chunks_written / elapsed}


# Text shaped to make a regular expression backtrack: long runs of what a rule's prefix accepts and never completes.
HOSTILE_INPUTS = {
    "unclosed tags": "<tool_result " * 15000,
    "unclosed hidden style": '<span style="display:none">x ' * 6000,
    "blank lines": "\n" * 50000 + "x",
    "leetspeak words": "h4x0r " * 20000,
    "repeated override openers": "ignore previous instructions about " * 6000,
    "mixed-script words": "aа " * 40000,
}


def bench_injection_rules() -> dict:
    """Seconds the injection rules take on each hostile input (about 50-200 KB): they must stay linear, or one
    crafted document stalls ingest."""
    from guardrails.injection.detect import detect

    seconds = {}
    for name, text in HOSTILE_INPUTS.items():
        start = time.perf_counter()
        detect(text)
        seconds[name] = time.perf_counter() - start
    worst = max(seconds, key=seconds.get)
    return {"seconds": seconds, "worst": worst, "worst_s": seconds[worst],
            "largest_kb": max(len(t.encode()) for t in HOSTILE_INPUTS.values()) / 1024}


def bench_sync(rt: Runtime, root: Path, documents: int) -> dict:
    """Full sync of a generated tree, then a re-sync with nothing changed, in the same process."""
    for i in range(documents):
        folder = root / f"team-{i % 20:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"note-{i:05d}.md").write_text(
            f"# Note {i}\n\nTeam {i % 20} agreed on item {i}: the shipment to berth {i % 97} leaves on day {i % 28}. "
            f"Contact desk {i % 13} for the customs form {i * 7 % 1000}.\n"
        )
    rt.sync.register("generated", "filesystem", folder_source(root, public=True))
    t = time.perf_counter()
    full = rt.sync.sync("generated")
    full_s = time.perf_counter() - t
    t = time.perf_counter()
    again = rt.sync.sync("generated")
    resync_s = time.perf_counter() - t
    assert again.added == again.updated == 0
    return {"documents": full.added, "full_s": full_s, "docs_per_s": full.added / full_s, "resync_s": resync_s,
            "resync_share": resync_s / full_s}


def bench_retrieval(rt: Runtime, questions: list[str], rounds: int) -> dict:
    principal = Principal(user="bench@localhost")
    retriever = rt.chat.retriever
    retriever.retrieve(RetrievalQuery(text="warm up", principal=principal))
    times = []
    for _ in range(rounds):
        for q in questions:
            t = time.perf_counter()
            retriever.retrieve(RetrievalQuery(text=q, principal=principal))
            times.append((time.perf_counter() - t) * 1000)
    return {"queries": len(times), "p50_ms": percentile(times, 0.5), "p95_ms": percentile(times, 0.95)}


def bench_assistant(rt: Runtime, questions: list[str]) -> dict:
    """Wall time from the question to the first guarded segment on screen, the figure a user feels."""
    principal = Principal(user="bench@localhost")
    released = []
    for q in questions:
        t0 = time.perf_counter()
        first = None
        for event in rt.chat.ask(Question(text=q, principal=principal, channel="bench")):
            if isinstance(event, AnswerDelta) and first is None:
                first = time.perf_counter() - t0
        released.append(first if first is not None else time.perf_counter() - t0)
    return {"first_guarded_segment_s": statistics.median(released)}


def prompt_messages(rt: Runtime, question: str) -> list[dict]:
    chunks = rt.chat.retriever.retrieve(RetrievalQuery(text=question, principal=Principal(user="bench@localhost")))
    context, _ = build_context(chunks, rt.settings.chat.context_tokens, rt.llm.count_tokens)
    prompt = load_prompt(rt.settings.config_dir, rt.settings.chat.prompt_template)
    system, user = prompt.render(context=context, question=question)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def bench_provider_stream(rt: Runtime, messages: list[dict]) -> dict:
    """The assistant's llama.cpp provider (queue, worker thread, token counting), freshly loaded like the raw run."""
    from assistant.llm.llama import LlamaCppProvider

    request = ChatRequest(messages=tuple(ChatMessage(**m) for m in messages), max_tokens=rt.settings.llm.max_tokens,
                          temperature=rt.settings.llm.temperature)
    provider = LlamaCppProvider(rt.model_settings.llm.llama_cpp)
    try:
        t0 = time.perf_counter()
        first = None
        usage = None
        for item in provider.stream(request):
            if isinstance(item, TokenDelta) and first is None:
                first = time.perf_counter() - t0
            if isinstance(item, StreamEnd):
                usage = item.usage
        total = time.perf_counter() - t0
    finally:
        provider.close()
    return {"ttft_s": first or total, "tokens": usage.completion_tokens,
            "tokens_per_s": usage.completion_tokens / max(total - (first or 0), 1e-9),
            "prompt_tokens": usage.prompt_tokens}


def _ttft(provider, messages: list[dict], max_tokens: int = 4) -> float:
    request = ChatRequest(messages=tuple(ChatMessage(**m) for m in messages), max_tokens=max_tokens, temperature=0.0)
    t0 = time.perf_counter()
    first = None
    for item in provider.stream(request):
        if isinstance(item, TokenDelta) and first is None:
            first = time.perf_counter() - t0
    return first if first is not None else time.perf_counter() - t0


def bench_prefix_cache(rt: Runtime, first: list[dict], second: list[dict], other: list[dict]) -> dict:
    """Time to first token with `prompt_cache` off and on, after an unrelated prompt went in between.

    llama.cpp reuses the KV state of the previous prompt's common prefix by itself; the cache matters when
    another prompt came in between (another user's question, the follow-up rewrite's own prompt). Two cases:
    a new question sharing the system prompt, and the same prompt again (a regenerated answer).
    """
    from assistant.llm.llama import LlamaCppProvider

    out = {}
    for cached in (False, True):
        provider = LlamaCppProvider(rt.model_settings.llm.llama_cpp.model_copy(update={"prompt_cache": cached}))
        try:
            _ttft(provider, first)  # loads the model; with the cache on, `first`'s state is kept
            _ttft(provider, other)
            shared = _ttft(provider, second)
            _ttft(provider, other)
            again = _ttft(provider, first)
        finally:
            provider.close()
        out["on" if cached else "off"] = {"shared_system_prompt_s": shared, "same_prompt_again_s": again}
    return out


def bench_raw_llama(rt: Runtime, messages: list[dict]) -> dict:
    from llama_cpp import Llama

    s = rt.settings.llm.llama_cpp
    # The same model parameters as the provider, or the AMX crash of README's "Models" section.
    with model_params(s.cpu_extra_buffers):
        llm = Llama(model_path=str(resolve_gguf(rt.model_settings.llm.llama_cpp.model_path)), n_ctx=s.n_ctx, n_threads=s.n_threads or os.cpu_count(),
                    n_batch=s.n_batch, n_gpu_layers=s.n_gpu_layers, seed=s.seed, verbose=False)
    t0 = time.perf_counter()
    first = None
    tokens = 0
    for chunk in llm.create_chat_completion(messages=messages, stream=True, max_tokens=rt.settings.llm.max_tokens,
                                            temperature=rt.settings.llm.temperature):
        if chunk["choices"][0]["delta"].get("content"):
            first = first or time.perf_counter() - t0
            tokens += 1
    total = time.perf_counter() - t0
    llm.close()
    return {"ttft_s": first or total, "tokens": tokens, "tokens_per_s": tokens / max(total - (first or 0), 1e-9)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="Rounds over the question set for retrieval timing.")
    parser.add_argument("--answers", type=int, default=5, help="Questions answered end to end by the model.")
    parser.add_argument("--sync-docs", type=int, default=2000, help="Documents in the generated tree for the sync figure.")
    parser.add_argument("--load-clients", type=int, default=8, help="Concurrent streaming API clients.")
    parser.add_argument("--load-seconds", type=float, default=60, help="How long the API clients ask (0 skips it).")
    parser.add_argument("--json", type=Path, help="Also write the figures to this JSON file.")
    args = parser.parse_args()

    questions = [q["question"] for q in yaml.safe_load(QUESTIONS.read_text())]
    with tempfile.TemporaryDirectory() as tmp:
        rt = Runtime(load_settings(profiles=["default"], overrides={"data_dir": tmp}))
        try:
            with console.status("ingesting the sample corpus"):
                ingest = bench_ingest(rt)
            with console.status("injection rules on hostile inputs"):
                hostile = bench_injection_rules()
            with console.status("timing retrieval"):
                retrieval = bench_retrieval(rt, questions, args.rounds)
            with console.status("answering with the assistant"):
                assistant = bench_assistant(rt, questions[: args.answers])
            with console.status(f"syncing a generated tree of {args.sync_docs} documents"):
                sync = bench_sync(rt, Path(tmp) / "generated", args.sync_docs)
            messages = prompt_messages(rt, questions[0])
            with console.status("same prompt: provider vs raw llama-cpp-python"):
                # Alternated, two rounds each, best of each kept: the machine's other load hits both alike.
                rounds = [(bench_provider_stream(rt, messages), bench_raw_llama(rt, messages)) for _ in range(2)]
                provider = max((p for p, _ in rounds), key=lambda r: r["tokens_per_s"])
                raw = max((r for _, r in rounds), key=lambda r: r["tokens_per_s"])
            with console.status("time to first token with and without the prompt cache"):
                unrelated = [{"role": "system", "content": "Rewrite the follow-up as a standalone question."},
                             {"role": "user", "content": "How many days of leave do I get? And in my first year?"}]
                cache = bench_prefix_cache(rt, messages, prompt_messages(rt, questions[1]), unrelated)
            load = None
            if args.load_seconds > 0:
                from eval.api_load import bench_api

                with console.status(f"{args.load_clients} streaming API clients for {args.load_seconds:.0f} s"):
                    load = bench_api(rt, questions, args.load_clients, args.load_seconds)
        finally:
            rt.close()

    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}"
    table = Table(title=f"Sample corpus benchmark ({machine})")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_row("ingest", f"{ingest['documents']} docs, {ingest['chunks']} chunks in {ingest['seconds']:.1f} s")
    table.add_row("ingest chunks/s", f"{ingest['chunks_per_s']:.1f}")
    table.add_row(f"injection rules on {len(HOSTILE_INPUTS)} hostile inputs up to {hostile['largest_kb']:.0f} KB: worst",
                  f"{hostile['worst_s']:.2f} s ({hostile['worst']})")
    table.add_row(f"full sync of {sync['documents']} generated documents", f"{sync['docs_per_s']:.1f} docs/s ({sync['full_s']:.1f} s)")
    table.add_row("no-change re-sync", f"{sync['resync_s']:.2f} s ({sync['resync_share']:.1%} of the full sync)")
    table.add_row(f"retrieval p50 / p95 ({retrieval['queries']} queries)", f"{retrieval['p50_ms']:.1f} / {retrieval['p95_ms']:.1f} ms")
    table.add_row("prompt tokens (question 1)", f"{provider['prompt_tokens']}")
    table.add_row("time to first token: assistant provider / raw llama-cpp-python",
                  f"{provider['ttft_s']:.2f} / {raw['ttft_s']:.2f} s")
    table.add_row("generation tokens/s: assistant provider / raw llama-cpp-python",
                  f"{provider['tokens_per_s']:.0f} / {raw['tokens_per_s']:.0f}")
    overhead = 1 - provider["tokens_per_s"] / raw["tokens_per_s"] if raw["tokens_per_s"] else 0.0
    table.add_row("overhead in generation tokens/s (target < 5%)", f"{overhead:.1%}")
    for case, label in (("shared_system_prompt_s", "new question, same system prompt"),
                        ("same_prompt_again_s", "same prompt again")):
        table.add_row(f"TTFT after an unrelated prompt, {label}: prompt cache off / on",
                      f"{cache['off'][case]:.2f} / {cache['on'][case]:.2f} s")
    table.add_row(f"first guarded segment, end to end (median of {args.answers})", f"{assistant['first_guarded_segment_s']:.2f} s")
    if load is not None:
        label = f"API: {load['clients']} streaming clients for {load['seconds']:.0f} s"
        table.add_row(f"{label}: requests / failed", f"{load['requests']} / {load['failed']}")
        if load["ttft_s"]:
            table.add_row(f"{label}: first released text p50 / p95",
                          f"{percentile(load['ttft_s'], 0.5):.1f} / {percentile(load['ttft_s'], 0.95):.1f} s")
            table.add_row(f"{label}: total p50 / p95",
                          f"{percentile(load['total_s'], 0.5):.1f} / {percentile(load['total_s'], 0.95):.1f} s")
        for error in load["errors"]:
            table.add_row("API error", error)
    console.print(table)
    if args.json:
        args.json.write_text(json.dumps({"machine": machine, "ingest": ingest, "retrieval": retrieval,
                                         "assistant": assistant, "sync": sync, "provider": provider, "raw_llama": raw, "overhead": overhead,
                                         "prompt_cache": cache, "api_load": load, "injection_hostile": hostile}, indent=2))
