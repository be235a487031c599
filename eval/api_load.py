"""Concurrent streaming clients against the HTTP API on loopback: failures, time to first token, total time."""

from __future__ import annotations

import json
import socket
import threading
import time

import httpx

from assistant.api import create_app
from assistant.runtime import Runtime


def _one(url: str, key: str, question: str) -> tuple[bool, float, float, str]:
    """(ok, seconds to the first released text, total seconds, error)."""
    body = {"model": "assistant", "stream": True, "messages": [{"role": "user", "content": question}]}
    t0 = time.perf_counter()
    first = None
    try:
        with httpx.stream("POST", f"{url}/v1/chat/completions", json=body,
                          headers={"Authorization": f"Bearer {key}"}, timeout=httpx.Timeout(10, read=300)) as r:
            if r.status_code != 200:
                r.read()
                return False, 0.0, time.perf_counter() - t0, f"{r.status_code}: {r.text[:200]}"
            for line in r.iter_lines():
                if not line.startswith("data: {"):
                    continue
                chunk = json.loads(line[6:])
                if "error" in chunk:
                    return False, 0.0, time.perf_counter() - t0, chunk["error"].get("message", "error")
                if first is None and chunk["choices"] and chunk["choices"][0]["delta"].get("content"):
                    first = time.perf_counter() - t0
    except httpx.HTTPError as exc:
        return False, 0.0, time.perf_counter() - t0, str(exc)
    total = time.perf_counter() - t0
    return True, first if first is not None else total, total, ""


def bench_api(rt: Runtime, questions: list[str], clients: int = 8, seconds: float = 60.0) -> dict:
    """`clients` users stream questions back to back for `seconds`; requests in flight at the end finish."""
    import uvicorn

    app = create_app(rt.settings, rt, scheduler=False)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    while not server.started:
        time.sleep(0.05)
    keys = [rt.keys.create(user=f"load{i}@example.com", scopes=("chat",), actor="bench")[1] for i in range(clients)]
    results: list[tuple[bool, float, float, str]] = []
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def client(i: int) -> None:
        n = i
        while time.perf_counter() < stop_at:
            outcome = _one(url, keys[i], questions[n % len(questions)])
            n += clients
            with lock:
                results.append(outcome)

    t0 = time.perf_counter()
    workers = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    wall = time.perf_counter() - t0
    server.should_exit = True
    thread.join(timeout=15)
    ok = [r for r in results if r[0]]
    return {"clients": clients, "seconds": seconds, "wall_s": wall, "requests": len(results),
            "failed": len(results) - len(ok), "errors": sorted({r[3] for r in results if not r[0]})[:5],
            "ttft_s": [r[1] for r in ok], "total_s": [r[2] for r in ok]}


def main() -> None:
    """`python -m eval.api_load`: the sample corpus in a scratch store, then the concurrent-client figure alone."""
    import argparse
    import os
    import platform
    import tempfile
    from pathlib import Path

    import yaml

    from assistant.runtime import SAMPLE_CORPUS, folder_source
    from assistant.settings import load_settings
    from eval.bench import QUESTIONS, percentile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    questions = [q["question"] for q in yaml.safe_load(Path(QUESTIONS).read_text())]
    with tempfile.TemporaryDirectory() as tmp:
        rt = Runtime(load_settings(profiles=["default"], overrides={"data_dir": tmp}))
        try:
            rt.sync.register("sample", "filesystem", folder_source(SAMPLE_CORPUS, public=True))
            rt.sync.sync("sample")
            load = bench_api(rt, questions, args.clients, args.seconds)
        finally:
            rt.close()
    print(f"{platform.machine()}, {os.cpu_count()} cores, load average at the end {os.getloadavg()[0]:.1f}")
    print(f"{load['clients']} streaming clients for {load['seconds']:.0f} s (wall {load['wall_s']:.0f} s): "
          f"{load['requests']} requests, {load['failed']} failed {load['errors']}")
    if load["ttft_s"]:
        print(f"first released text p50 {percentile(load['ttft_s'], 0.5):.1f} s, "
              f"p95 {percentile(load['ttft_s'], 0.95):.1f} s; total p50 {percentile(load['total_s'], 0.5):.1f} s, "
              f"p95 {percentile(load['total_s'], 0.95):.1f} s")


if __name__ == "__main__":
    main()
