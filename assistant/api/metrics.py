"""Prometheus metrics of one app (its own registry, so tests can build many apps)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("assistant_http_requests_total", "HTTP requests by route, method and status.",
                                ["route", "method", "status"], registry=r)
        self.latency = Histogram("assistant_http_request_seconds", "HTTP request latency by route.",
                                 ["route", "method"], buckets=LATENCY_BUCKETS, registry=r)
        self.stage = Histogram("assistant_answer_stage_seconds", "Time of each answering stage (retrieval, "
                               "boundary, rewrite, first_token, total).", ["stage"], buckets=LATENCY_BUCKETS, registry=r)
        self.guard = Histogram("assistant_guard_seconds", "Time spent in each guard.", ["guard"],
                               buckets=LATENCY_BUCKETS, registry=r)
        self.findings = Counter("assistant_guard_findings_total", "Guard findings by guard, verdict and kind.",
                                ["guard", "verdict", "kind"], registry=r)
        self.tokens = Counter("assistant_tokens_total", "Tokens by kind (prompt, completion).", ["kind"], registry=r)
        self.answers = Counter("assistant_answers_total", "Answers by channel and outcome.", ["channel", "outcome"],
                               registry=r)
        self.feedback = Counter("assistant_feedback_total", "Feedback by channel and rating.", ["channel", "rating"],
                                registry=r)
        self.queue_waiting = Gauge("assistant_llm_queue_waiting", "Requests waiting for the local model.", registry=r)

    def observe_answer(self, answer, channel: str) -> None:
        """Record what one finished answer measured."""
        for stage, ms in answer.timings_ms.items():
            self.stage.labels(stage).observe(ms / 1000)
        for f in answer.findings:
            self.guard.labels(f.guard).observe(f.elapsed_ms / 1000)
            if f.verdict.value != "allow":
                kinds = {s.label for s in f.spans} or {"-"}
                for kind in kinds:
                    self.findings.labels(f.guard, f.verdict.value, kind).inc()
        self.tokens.labels("prompt").inc(answer.usage.prompt_tokens)
        self.tokens.labels("completion").inc(answer.usage.completion_tokens)
        self.answers.labels(channel, "blocked" if answer.blocked else "answered").inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
