import pytest

from guardrails import GuardContext, GuardPipeline, Verdict
from guardrails.errors import GuardConfigError
from guardrails.grounding import NOT_FOUND, GroundingGuard
from guardrails.grounding.support import ContextIndex, check, sentences_of, strip_citations
from guardrails.pipeline import Release, Retraction

EXPENSES = (
    "Submit claims within 30 days of the expense. Claims older than 90 days are only paid with approval from "
    "the Finance Director. Attach an itemised receipt for every expense above €25. Nobody may approve their own "
    "expenses. Mileage is reimbursed at €0.23 per km in the Netherlands and Portugal. Employees who travel more "
    "than four times a year can apply for a Harbor Card."
)
LEAVE = (
    "Employees receive one extra vacation day after 5 years of service. Summer requests should be submitted "
    "by 1 March. You may carry over up to 5 unused days into the next year. Bereavement leave is 5 days for "
    "the death of a partner, child or parent."
)
SOURCES = [(1, "Expense Policy", EXPENSES), (2, "Leave Policy", LEAVE)]


def ctx(sources=SOURCES) -> GuardContext:
    context = GuardContext("output")
    context.cache["context.sources"] = sources
    return context


def index() -> ContextIndex:
    return ContextIndex.build(SOURCES)


@pytest.mark.parametrize(
    ("claim", "supported", "problem"),
    [
        ("Submit claims within 30 days of the expense.", True, ""),
        ("Claims older than 90 days need approval from the Finance Director.", True, ""),
        ("Submit claims within 60 days of the expense.", False, "number"),
        ("Summer requests should be submitted by 1 May.", False, "number"),
        ("Claims older than 90 days are only paid with approval from the Marketing Director.", False, "name"),
        ("Employees who travel more than four times a year cannot apply for a Harbor Card.", False, "negation"),
        ("Bereavement leave is not 5 days for the death of a partner, child or parent.", False, "negation"),
        ("The cafeteria serves breakfast on weekdays in the main building.", False, "unsupported"),
        ("Employees who travel more than 4 times a year can apply for a Harbor Card.", True, ""),
    ],
)
def test_support_table(claim, supported, problem):
    result = check(claim, index(), embed=None)
    assert (result.supported, result.problem) == (supported, problem)


def test_sentences_without_a_claim_are_not_judged():
    result = check("I hope this helps.", index(), embed=None)
    assert result.supported and not result.checked


def test_decimals_and_abbreviations_do_not_split_sentences():
    text = "The rate is €0.23 per km. It changed in 2024."
    assert [text[a:b].strip() for a, b in sentences_of(text)] == ["The rate is €0.23 per km.", "It changed in 2024."]


def test_citations_are_taken_out_before_the_check():
    assert strip_citations("Mileage is €0.23 per km [1][2].") == ("Mileage is €0.23 per km.", [(1, 23, 27), (2, 27, 30)])


def test_an_unsupported_sentence_is_flagged_with_its_span():
    answer = "Submit claims within 30 days of the expense [1]. Claims older than 45 days are rejected outright [1]."
    result = GroundingGuard("grounding").scan(answer, ctx())
    flagged = [s for s in result.spans if s.label.startswith("unsupported")]
    assert len(flagged) == 1 and answer[flagged[0].start:flagged[0].end].startswith("Claims older than 45")


def test_a_citation_to_a_source_that_does_not_say_it_is_removed():
    answer = "Submit claims within 30 days of the expense [2]. Bereavement leave is 5 days for a parent [2]."
    result = GroundingGuard("grounding").scan(answer, ctx())
    assert result.verdict is Verdict.TRANSFORM
    assert result.text == "Submit claims within 30 days of the expense. Bereavement leave is 5 days for a parent [2]."
    assert [s.label for s in result.spans] == ["citation-removed"]


def test_unsupported_sentences_can_be_removed_instead_of_flagged():
    answer = "Submit claims within 30 days of the expense [1]. The cafeteria opens at seven every weekday morning."
    result = GroundingGuard("grounding", unsupported="remove").scan(answer, ctx())
    assert result.verdict is Verdict.TRANSFORM and result.text == "Submit claims within 30 days of the expense [1]."


def test_an_answer_with_no_support_is_replaced_by_an_honest_one_with_the_closest_sources():
    answer = "The cafeteria serves breakfast from seven. Parking permits cost twenty euros each month."
    result = GroundingGuard("grounding").scan(answer, ctx())
    assert result.verdict is Verdict.TRANSFORM and result.text.startswith(NOT_FOUND)
    assert "[1] Expense Policy" in result.text or "[2] Leave Policy" in result.text


def test_with_no_context_there_is_nothing_to_check_against():
    result = GroundingGuard("grounding").scan("Anything at all is said here today.", GuardContext("output"))
    assert result.verdict is Verdict.ALLOW


def _stream(guard, tokens, context):
    stream = GuardPipeline({"output": [guard]}).stream(context)
    events = []
    for token in tokens:
        events += stream.push(token)
    return events + stream.close(), stream


def test_a_streamed_answer_without_support_is_retracted_with_the_honest_message():
    tokens = ["The cafeteria serves ", "breakfast from seven. ", "Parking permits cost ", "twenty euros a month."]
    events, _ = _stream(GroundingGuard("grounding"), tokens, ctx())
    assert any(isinstance(e, Release) for e in events)
    retraction = events[-1]
    assert isinstance(retraction, Retraction) and retraction.message.startswith(NOT_FOUND)


def test_a_streamed_answer_with_support_keeps_its_state_across_segments():
    tokens = ["The cafeteria serves breakfast from seven. ", "Submit claims within 30 days ", "of the expense [1]."]
    events, stream = _stream(GroundingGuard("grounding"), tokens, ctx())
    assert not stream.retracted
    assert "".join(e.text for e in events if isinstance(e, Release)).endswith("of the expense [1].")
    assert any(r.verdict is Verdict.WARN for r in stream.results)


def test_two_requests_through_one_guard_keep_separate_state():
    guard = GroundingGuard("grounding")
    _stream(guard, ["Submit claims within 30 days of the expense."], ctx())
    events, _ = _stream(guard, ["The cafeteria serves breakfast from seven every day."], ctx())
    assert isinstance(events[-1], Retraction)


@pytest.mark.parametrize(
    "options",
    [{"unsupported": "hide"}, {"no_support": "block"}, {"lexical": 0.2, "floor": 0.5}, {"similarity": "bm25"}],
)
def test_bad_configuration_is_refused(options):
    with pytest.raises(GuardConfigError):
        GroundingGuard("grounding", **options)
