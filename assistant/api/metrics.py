"""Prometheus metrics of one app (its own registry, so tests can build many apps)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily

log = logging.getLogger(__name__)

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
        self.tokens = Counter("assistant_tokens_total", "Tokens by kind (prompt, completion) and the provider that "
                              "answered.", ["kind", "model"], registry=r)
        self.energy = Counter("assistant_energy_wh_total", "Estimated energy of generation (configured power x busy "
                              "time), by provider.", ["model"], registry=r)
        self.ttft = Histogram("assistant_time_to_first_token_seconds", "From the request to the model's first token, "
                              "queue wait included, by provider.", ["model"], buckets=LATENCY_BUCKETS, registry=r)
        self.speed = Histogram("assistant_generation_tokens_per_second", "Generation speed after the first token, by "
                               "provider.", ["model"], buckets=(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000), registry=r)
        self.answers = Counter("assistant_answers_total", "Answers by channel and outcome.", ["channel", "outcome"],
                               registry=r)
        self.feedback = Counter("assistant_feedback_total", "Feedback by channel and rating.", ["channel", "rating"],
                                registry=r)
        self.queue_waiting = Gauge("assistant_llm_queue_waiting", "Requests waiting for the local model.", registry=r)
        self._store_stats: StoreStats | None = None

    def track_store(self, db: Callable[[], object], window_s: float = 7 * 86400) -> None:
        """Also export satisfaction and feedback rate per channel, computed from the shared store at scrape
        time: right across restarts and replicas, unlike this process's counters."""
        if self._store_stats is None:
            self._store_stats = StoreStats(db, window_s)
            self.registry.register(self._store_stats)

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
        usage, model = answer.usage, answer.model or "-"
        self.tokens.labels("prompt", model).inc(usage.prompt_tokens)
        self.tokens.labels("completion", model).inc(usage.completion_tokens)
        if usage.completion_tokens:  # a question blocked before the model has no generation to measure
            self.energy.labels(model).inc(usage.energy_wh)
            self.ttft.labels(model).observe(usage.ttft_ms / 1000)
            if usage.tokens_per_s:
                self.speed.labels(model).observe(usage.tokens_per_s)
        self.answers.labels(channel, "blocked" if answer.blocked else "answered").inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)


class StoreStats:
    """`assistant_satisfaction_ratio` and `assistant_feedback_rate_ratio` per channel over a trailing window.

    Cached briefly, so frequent scrapes cost one query each per `cache_s`.
    """

    def __init__(self, db: Callable[[], object], window_s: float, cache_s: float = 30.0) -> None:
        self.db = db
        self.window_s = window_s
        self.cache_s = cache_s
        self._lock = threading.Lock()
        self._cached: tuple[float, dict[str, tuple[int, int, int]]] = (-1e9, {})

    def describe(self):
        return []

    def collect(self):
        days = f"{self.window_s / 86400:g}d"
        satisfaction = GaugeMetricFamily(
            "assistant_satisfaction_ratio", f"Share of thumbs-up among ratings in the last {days}, per channel, "
            "from the feedback store.", labels=["channel"])
        rate = GaugeMetricFamily(
            "assistant_feedback_rate_ratio", f"Ratings per answer in the last {days}, per channel, from the "
            "feedback store and the audit log.", labels=["channel"])
        for channel, (answers, ratings, ups) in sorted(self._counts().items()):
            if ratings:
                satisfaction.add_metric([channel], ups / ratings)
            if answers:
                rate.add_metric([channel], ratings / answers)
        yield satisfaction
        yield rate

    def _counts(self) -> dict[str, tuple[int, int, int]]:
        with self._lock:
            at, counts = self._cached
            if time.monotonic() - at < self.cache_s:
                return counts
            try:
                counts = _store_counts(self.db(), datetime.now(timezone.utc) - timedelta(seconds=self.window_s))
            except Exception as exc:  # noqa: BLE001 - a scrape must not fail because the database is away
                log.warning("feedback metrics unavailable: %s", type(exc).__name__)
            self._cached = (time.monotonic(), counts)
            return counts


def _store_counts(db, since: datetime) -> dict[str, tuple[int, int, int]]:
    """channel -> (answers, ratings, thumbs-up) since `since`."""
    from sqlalchemy import case, func, select

    from assistant.regression import REGRESSION_CHANNEL
    from assistant.state.tables import AuditRow, FeedbackRow

    with db.session() as s:
        answers = dict(s.execute(select(AuditRow.channel, func.count()).where(
            AuditRow.created_at >= since, AuditRow.channel != REGRESSION_CHANNEL).group_by(AuditRow.channel)).all())
        ratings = {ch: (n, int(up or 0)) for ch, n, up in s.execute(
            select(FeedbackRow.channel, func.count(), func.sum(case((FeedbackRow.rating > 0, 1), else_=0)))
            .where(FeedbackRow.created_at >= since).group_by(FeedbackRow.channel)).all()}
    return {ch: (answers.get(ch, 0), *ratings.get(ch, (0, 0))) for ch in answers.keys() | ratings.keys()}
