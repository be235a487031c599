"""`python -m eval.watermark_generate WORK`: the generation step of a split watermark evaluation.

`python -m eval.watermark --record WORK` asks every question through the chat service on this machine and
saves, instead of generating, the exact request each answer would send to the local model
(`WORK/requests.jsonl`). This module runs those requests through the project's own `LlamaCppProvider`, with
the watermark processor where the request asked for it, and saves every streamed piece and the usage
(`WORK/generations.jsonl`; `--ids` generates a chosen subset in a chosen order, `--reuse` fills in the rest from an
earlier run). `python -m eval.watermark --deliver WORK` then asks the same questions again and
hands each answer's recorded generation to the chat service, whose output guards and PII restoration make the
delivered text that is scored.

The split lets the generations run on another machine (a GPU: hundreds of 300-token answers take minutes there
and hours on two CPU cores) with nothing but llama-cpp-python, numpy and pydantic installed. Only the model's
sampling happens there; retrieval, the prompt, the guards and the scoring happen where the corpus is.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import time
from pathlib import Path

KEY = "eval-watermark-key"


def request_of(row: dict, watermark):  # noqa: ANN201 - ChatRequest, imported late so --help stays light
    from assistant.llm.base import ChatMessage, ChatRequest

    return ChatRequest(
        messages=tuple(ChatMessage(role=m["role"], content=m["content"]) for m in row["messages"]),
        max_tokens=row["max_tokens"], temperature=row["temperature"], stop=tuple(row["stop"]),
        requester=row["requester"], watermark=watermark if row["marked"] else None,
        watermark_temperature=row["watermark_temperature"], pseudonymized=row["pseudonymized"],
    )


_worker: dict = {}


def _start(llama: dict, mark: dict) -> None:
    """A worker's own model (and sampling seed) and watermark processor, kept for all its requests."""
    import os

    from assistant.llm.llama import LlamaCppProvider
    from assistant.settings import LlamaCppSettings, WatermarkSettings
    from assistant.watermark import WatermarkProcessor

    seed = llama.get("seed", 42) + os.getpid() % 10_000  # workers must not all draw the same samples
    _worker["provider"] = LlamaCppProvider(LlamaCppSettings.model_validate({**llama, "seed": seed}))
    _worker["watermark"] = WatermarkProcessor(WatermarkSettings.model_validate(mark))


def _generate(rows: list[dict]) -> list[dict]:
    from assistant.llm.base import StreamEnd, TokenDelta

    out = []
    for row in rows:
        t = time.perf_counter()
        deltas, end = [], None
        for item in _worker["provider"].stream(request_of(row, _worker["watermark"])):
            if isinstance(item, TokenDelta):
                deltas.append(item.text)
            elif isinstance(item, StreamEnd):
                end = item
        assert end is not None
        out.append({"id": row["id"], "deltas": deltas, "finish_reason": end.finish_reason, "model": end.model,
                    "prompt_tokens": end.usage.prompt_tokens, "completion_tokens": end.usage.completion_tokens,
                    "busy_ms": end.usage.busy_ms, "wall_s": time.perf_counter() - t})
    return out


def select(rows: list[dict], ids: list[int] | None) -> list[dict]:
    """The requests to generate: all, or those of `ids` in that order (a run cut short keeps the first ones)."""
    if ids is None:
        return rows
    by_id = {r["id"]: r for r in rows}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        raise ValueError(f"--ids names requests the record does not have: {unknown[:5]}")
    return [by_id[i] for i in dict.fromkeys(ids)]


def reuse_others(work: Path, previous: Path) -> int:
    """Fill `generations.jsonl` with `previous`'s generation of every recorded request not generated here, and list
    the ones generated here in `regenerated_ids.json`, so `--deliver` can run and the figures can be split."""
    path = work / "generations.jsonl"
    done = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = {g["id"] for g in done}
    wanted = [json.loads(line)["id"] for line in (work / "requests.jsonl").read_text(encoding="utf-8").splitlines()]
    old = {g["id"]: g for g in map(json.loads, previous.read_text(encoding="utf-8").splitlines())}
    missing = [i for i in wanted if i not in ids and i not in old]
    if missing:
        raise ValueError(f"{previous} has no generation for requests {missing[:5]}")
    with path.open("a", encoding="utf-8") as f:
        for i in wanted:
            if i not in ids:
                f.write(json.dumps(old[i]) + "\n")
    (work / "regenerated_ids.json").write_text(json.dumps(sorted(ids)), encoding="utf-8")
    return len(wanted) - len(ids)


def generate(work: Path, model: Path, workers: int, gpu_layers: int, threads: int, ids: list[int] | None = None) -> dict:
    spec = json.loads((work / "spec.json").read_text(encoding="utf-8"))
    rows = select([json.loads(line) for line in (work / "requests.jsonl").read_text(encoding="utf-8").splitlines()], ids)
    llama = {**spec["llama_cpp"], "model_path": str(model), "n_gpu_layers": gpu_layers, "n_threads": threads,
             "queue_depth": 8, "timeout_s": 3600}
    # Small tasks, each answer written as soon as its task is done: a run cut short keeps what it generated.
    tasks = [rows[i:i + 8] for i in range(0, len(rows), 8)]
    t = time.perf_counter()
    done: list[dict] = []
    with (work / "generations.jsonl").open("w", encoding="utf-8") as f:
        if workers == 1:
            _start(llama, spec["watermark"])
            parts = map(_generate, tasks)
            pool = None
        else:
            pool = multiprocessing.get_context("spawn").Pool(workers, _start, (llama, spec["watermark"]))
            parts = pool.imap_unordered(_generate, tasks)
        try:
            for part in parts:
                for r in part:
                    f.write(json.dumps(r) + "\n")
                f.flush()
                done += part
        finally:
            if pool is not None:
                pool.terminate()
    wall = time.perf_counter() - t
    tokens = sum(r["completion_tokens"] for r in done)
    return {"requests": len(done), "completion_tokens": tokens, "wall_s": round(wall, 1),
            "tokens_per_s_all_workers": round(tokens / wall, 1) if wall else 0.0, "workers": workers,
            "n_gpu_layers": gpu_layers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("work", type=Path, help="The folder `python -m eval.watermark --record` wrote.")
    parser.add_argument("--model", type=Path, required=True, help="The GGUF file (the same model as the record).")
    parser.add_argument("--workers", type=int, default=1, help="Processes, each with its own copy of the model.")
    parser.add_argument("--gpu-layers", type=int, default=0, help="n_gpu_layers (-1: all).")
    parser.add_argument("--threads", type=int, default=0, help="CPU threads per worker (0: all cores).")
    parser.add_argument("--ids", type=Path, help="JSON list of request ids: generate only these, in this order "
                        "(stop the run when enough are done).")
    parser.add_argument("--reuse", type=Path, help="An earlier generations.jsonl of the same record: its generations "
                        "fill in the requests not generated now; regenerated_ids.json lists the new ones.")
    args = parser.parse_args()
    missing = [n for n in ("spec.json", "requests.jsonl") if not (args.work / n).is_file()]
    if missing:
        parser.error(f"{args.work}: no {', '.join(missing)} there; run python -m eval.watermark --record into it first")
    if not args.model.is_file():
        parser.error(f"--model {args.model}: no such file")
    ids = json.loads(args.ids.read_text(encoding="utf-8")) if args.ids else None
    try:
        summary = generate(args.work, args.model, args.workers, args.gpu_layers, args.threads, ids)
    except KeyboardInterrupt:
        summary = {"stopped": True}  # what was generated is on disk; --reuse still fills in the rest
    if args.reuse:
        summary["reused"] = reuse_others(args.work, args.reuse)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
