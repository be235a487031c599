import pytest

from guardrails import GuardContext, GuardPipeline, Verdict
from guardrails.base import Guard, GuardResult
from guardrails.blocklist import BlocklistGuard
from guardrails.errors import GuardConfigError
from guardrails.pipeline import Release, Retraction


def ctx():
    return GuardContext("output", principal="ann@example.com")


@pytest.mark.parametrize(
    ("action", "text", "verdict", "out"),
    [
        ("block", "Our codename is Bluefin.", Verdict.BLOCK, "Our codename is Bluefin."),
        ("redact", "Our codename is BLUEFIN, not Redfin.", Verdict.TRANSFORM, "Our codename is [redacted], not Redfin."),
        ("warn", "bluefin", Verdict.WARN, "bluefin"),
        ("block", "Nothing to see here.", Verdict.ALLOW, "Nothing to see here."),
    ],
)
def test_blocklist_table(action, text, verdict, out):
    result = BlocklistGuard("codenames", patterns=[r"\bbluefin\b"], action=action).scan(text, ctx())
    assert (result.verdict, result.text) == (verdict, out)
    if verdict is not Verdict.ALLOW:
        assert result.spans and text[result.spans[0].start:result.spans[0].end].lower() == "bluefin"


def test_blocklist_rejects_bad_configuration():
    with pytest.raises(GuardConfigError, match="empty"):
        BlocklistGuard("x", patterns=[])
    with pytest.raises(GuardConfigError, match="bad pattern"):
        BlocklistGuard("x", patterns=["("])


def test_transform_feeds_the_next_guard_and_block_stops_the_stage():
    seen = []

    class Spy(Guard):
        kind = "spy"

        def scan(self, text, ctx):
            seen.append(text)
            return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text=text)

    pipeline = GuardPipeline({"input": [
        BlocklistGuard("redact", patterns=["secret"], action="redact"), Spy("spy"),
        BlocklistGuard("stop", patterns=["forbidden"]), Spy("never"),
    ]})
    result = pipeline.run("input", "a secret and a forbidden word", GuardContext("input"))
    assert seen == ["a [redacted] and a forbidden word"]
    assert result.blocked and [r.guard for r in result.results] == ["redact", "spy", "stop"]
    assert all(r.elapsed_ms >= 0 for r in result.results)


def test_an_empty_stage_allows_everything():
    result = GuardPipeline().run("output", "anything", GuardContext("output"))
    assert (result.verdict, result.text, result.results) == (Verdict.ALLOW, "anything", ())


def tokens(text: str, size: int = 3) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


def test_stream_releases_whole_sentences_only():
    stream = GuardPipeline().stream(ctx())
    released = []
    for t in tokens("First sentence here. Second one! Third without end"):
        for event in stream.push(t):
            released.append(event.text)
    assert released == ["First sentence here. ", "Second one! "]
    assert [e.text for e in stream.close()] == ["Third without end"]


def test_stream_cuts_long_runs_at_a_space_never_inside_a_word():
    stream = GuardPipeline().stream(ctx(), max_segment_chars=40)
    events = []
    for t in tokens("word " * 30):
        events += stream.push(t)
    events += stream.close()
    assert "".join(e.text for e in events) == "word " * 30
    assert all(e.text.endswith(" ") for e in events[:-1])


def test_a_later_block_retracts_what_was_released():
    stream = GuardPipeline({"output": [BlocklistGuard("b", patterns=["bluefin"])]}).stream(ctx())
    events = []
    for t in tokens("All is fine. The codename is Bluefin. More text."):
        events += stream.push(t)
    events += stream.close()
    assert isinstance(events[0], Release) and events[0].text == "All is fine. "
    assert isinstance(events[-1], Retraction)
    assert stream.retracted and stream.verdict() is Verdict.BLOCK
    assert stream.push("more") == [] and stream.close() == []


def test_stream_guard_state_across_segments_and_finish():
    class CountsSentences(Guard):
        kind = "count"

        def __init__(self, name):
            super().__init__(name)
            self.n = 0

        def scan(self, text, ctx):
            self.n += 1
            return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text=text)

        def finish(self, ctx):
            verdict = Verdict.BLOCK if self.n > 2 else Verdict.ALLOW
            return GuardResult(guard=self.name, verdict=verdict, text="", reason="too long")

    stream = GuardPipeline({"output": [CountsSentences("c")]}).stream(ctx())
    events = []
    for t in tokens("One. Two. Three. Four."):
        events += stream.push(t)
    events += stream.close()
    assert isinstance(events[-1], Retraction) and events[-1].message == "too long"


def test_registry_builds_configured_guards_and_names_unknown_kinds():
    from guardrails.registry import build_guard

    guard = build_guard("names", "blocklist", {"patterns": ["x"], "action": "warn"})
    assert guard.name == "names" and isinstance(guard, BlocklistGuard)
    with pytest.raises(GuardConfigError, match="no guard of kind 'nope'"):
        build_guard("n", "nope", {})
    with pytest.raises(GuardConfigError, match="unexpected keyword"):
        build_guard("n", "blocklist", {"patterns": ["x"], "colour": "red"})


def test_blocklist_refuses_an_unknown_action():
    with pytest.raises(GuardConfigError, match="action must be"):
        BlocklistGuard("x", patterns=["a"], action="Block")
