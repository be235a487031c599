"""The PII guard with the real analyzer: tables of inputs and pseudonymized outputs, and bad input."""

from __future__ import annotations

from datetime import timedelta

import pytest

from guardrails import GuardContext, Verdict
from guardrails.base import Span
from guardrails.pii.guard import PiiGuard
from guardrails.pii.vault import Vault


@pytest.fixture(scope="module")
def guard():
    return PiiGuard("pii", allow_list=["Northwind Harbor"])


def boundary(guard, text, vault=None, fragments=()):
    ctx = GuardContext("boundary", principal="ann@corp.example")
    ctx.cache["pii.vault"] = vault or Vault.new("c", "ann@corp.example", timedelta(hours=1))
    ctx.cache["pii.fragments"] = list(fragments)
    return guard.scan(text, ctx), ctx


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail femke.visser@northwind-harbor.example today.", "Mail <EMAIL_ADDRESS_1> today."),
        ("Call Femke Visser on +31 10 555 0142.", "Call <PERSON_1> on <PHONE_NUMBER_1>."),
        ("Card 4111 1111 1111 1111 was declined.", "Card <CREDIT_CARD_1> was declined."),
        ("Pay to NL91ABNA0417164300 by Friday.", "Pay to <IBAN_CODE_1> by Friday."),
        ("The VPN gateway is 10.20.30.40.", "The VPN gateway is <IP_ADDRESS_1>."),
        ("Northwind Harbor opens at nine.", "Northwind Harbor opens at nine."),
        ("Ask Joana Carvalho, then Joana again.", "Ask <PERSON_1>, then <PERSON_1> again."),
        ("Emails: a.b@corp.example and c.d@corp.example", "Emails: <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>"),
    ],
)
def test_pseudonymized_outputs(guard, text, expected):
    result, _ = boundary(guard, text)
    assert result.text == expected
    assert result.verdict is (Verdict.TRANSFORM if expected != text else Verdict.ALLOW)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Background check for Megan Parsons submitted today.", ["Megan Parsons"], id="tagged-as-org"),
        pytest.param("For access to the wiki, copy Darrell Rodriguez.", ["Darrell Rodriguez"], id="after-a-verb"),
        pytest.param("Payroll questions go to Kimberly Hall, payroll@corp.example.", ["Kimberly Hall"], id="before-email"),
        pytest.param("Regards,\nMaximilian Oberhuber", ["Maximilian Oberhuber"], id="signature"),
        pytest.param("Femke Visser <femke.visser@corp.example> wrote:", ["Femke Visser"], id="display-name"),
        pytest.param("Contact: Zorblax Quint", ["Zorblax Quint"], id="contact-label"),
        pytest.param("Dr. Okonkwo approved the request.", ["Okonkwo"], id="title"),
        pytest.param("please ask ms. Patricia about it", ["Patricia"], id="lower-case-title"),
        pytest.param("My name is Aantje Smeenk.", ["Aantje Smeenk"], id="name-is"),
        pytest.param("Approved by Ingrid Haugland on Monday.", ["Ingrid Haugland"], id="approved-by"),
        pytest.param("Anne-Lise Frederiksen signed the contract.", ["Anne-Lise Frederiksen"], id="hyphenated"),
        pytest.param("From: Sven Lindqvist\nTo: Ana Ferreira", ["Sven Lindqvist", "Ana Ferreira"], id="mail-header"),
        pytest.param("Sofia Lima, SofiaCardosoLima@einrot.com", ["Sofia Lima"], id="spelled-in-the-address"),
        pytest.param("The attendees were Hiroya, Timothy, Matthew and Michelle.",
                     ["Hiroya", "Timothy", "Matthew", "Michelle"], id="list"),
        pytest.param("Troy asked finance to pay the invoice.", ["Troy"], id="lone-given-name"),
    ],
)
def test_person_contexts_the_small_model_misses(guard, text, names):
    found = [text[s.start:s.end].rstrip(",") for s in guard.analyzer.analyze(text) if s.label == "PERSON"]
    assert found == names


@pytest.mark.parametrize(
    "text",
    [
        "Grant access to the Lincoln Center server before May 5.",
        "Will the build pass on Monday?",
        "The May release ships to Paris and Florence.",
        "Jordan Valley Bank approved the loan.",
        "Victoria Station is closed for maintenance.",
        "Mark the ticket as resolved and close it.",
        "Summer interns start in June; Autumn reviews follow.",
        "Send the report to the Sales Team by Friday.",
        "Hope this helps. Regards, The IT Service Desk",
        "Christian holidays and Easter Monday are days off.",
        "Virginia and Georgia offices follow the Eastern time zone.",
        "Rose Street and Grant Avenue are closed.",
        "Please return it to 307 Alvaro Cunqueiro 55, Sevilla.",
        "The Princess Royal arrived this morning.",
        "Capitalized words like Wisdom and Discipline are often mistaken for names.",
    ],
)
def test_capitalised_words_that_are_no_person_are_left_alone(guard, text):
    assert [text[s.start:s.end] for s in guard.analyzer.analyze(text) if s.label == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Mobile: 730 064 218", "730 064 218"),
        ("Please have the manager call me at 070 1445 1279", "070 1445 1279"),
        ("office (491)905-8651x850", "(491)905-8651x850"),
        ("Fax: +41 (0)37 165 72 62", "+41 (0)37 165 72 62"),
        ("Reach me at +447700 400 499.", "+447700 400 499"),
        ("Desk: 938.026.2067", "938.026.2067"),
    ],
)
def test_phone_formats_without_a_valid_region_are_found(guard, text, phone):
    assert [text[s.start:s.end] for s in guard.analyzer.analyze(text) if s.label == "PHONE_NUMBER"] == [phone]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("For the visa application, her passport number is 067165726.", "US_PASSPORT"),
        ("Travel document: United States passport C91361939, holder Richard Delattre.", "US_PASSPORT"),
    ],
)
def test_a_number_goes_to_the_entity_its_context_names(guard, text, label):
    assert [s.label for s in guard.analyzer.analyze(text) if s.label != "PERSON"] == [label]


def test_fragments_use_stored_spans_and_ner_runs_only_on_the_rest(guard):
    chunk = "Contact: Zorblax Quint."  # NER would not call this a person; the stored span says it is
    spans = [Span(start=9, end=22, label="PERSON")]
    result, ctx = boundary(guard, f"Sources: {chunk}\nQuestion: is Femke Visser in?", fragments=[(chunk, spans, "doc:a")])
    assert result.text == "Sources: Contact: <PERSON_1>.\nQuestion: is <PERSON_2> in?"
    vault = ctx.cache["pii.vault"]
    assert vault.entries["<PERSON_1>"].origins == ["doc:a"] and vault.entries["<PERSON_2>"].origins == ["question"]


def test_output_restores_allowed_values_and_masks_invented_ones(guard):
    vault = Vault.new("c", "ann@corp.example", timedelta(hours=1))
    vault.placeholder_for("Femke Visser", "PERSON", "question")
    vault.placeholder_for("Pieter Bakker", "PERSON", "doc:secret")
    ctx = GuardContext("output")
    ctx.cache["pii.vault"] = vault
    ctx.cache["pii.allowed"] = lambda e: "question" in e.origins
    result = guard.feed("Ask person_1 or <PERSON_2>, or mail bob.jones@elsewhere.example.", ctx)
    assert result.text == "Ask Femke Visser or <PERSON_2>, or mail [EMAIL_ADDRESS]."
    assert [s.label for s in result.spans] == ["EMAIL_ADDRESS"] and "masked 1" in result.reason


def test_output_keeps_words_the_model_was_shown_in_clear_and_masks_the_rest(guard):
    vault = Vault.new("c", "ann@corp.example", timedelta(hours=1))
    ctx = GuardContext("output")
    ctx.cache["pii.vault"] = vault
    # A source in which ingest took "Femke Visser" for a person (stored span) but not "Pieter Bakker".
    chunk = "Leave requests go to Femke Visser; the VPN helpdesk is run by Pieter Bakker."
    ctx.cache["pii.fragments"] = [(chunk, [Span(start=21, end=33, label="PERSON")], "doc:a")]
    result = guard.feed("Ask Pieter Bakker, or Femke Visser, or Jan de Vries.", ctx)
    # Shown in clear: the sources' own words. A span's value and a name from nowhere: masked.
    assert "Pieter Bakker" in result.text
    assert "Femke Visser" not in result.text and "Jan de Vries" not in result.text
    assert [s.label for s in result.spans] == ["PERSON", "PERSON"] and "masked 2" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "Müller wohnt in Köln; 李雷的邮箱是 li.lei@corp.example; Иван Петров звонит +7 495 555 0100.",
        "<PERSON_1> <PERSON_2> <EMAIL_ADDRESS_1> [PERSON_3] PERSON 4 " * 50,
        "\x00\x01 control \u202e bidi \u200b zero-width femke.visser@northwind-harbor.example",
    ],
)
def test_bad_input_is_handled_without_a_crash_or_a_leak(guard, text):
    result, ctx = boundary(guard, text)
    assert "femke.visser@northwind-harbor.example" not in result.text
    assert "li.lei@corp.example" not in result.text
    vault = ctx.cache["pii.vault"]
    # Placeholder-shaped input is defused: it can never name a vault entry on the way back.
    assert all(e.origins == ["question"] for e in vault.entries.values())


@pytest.mark.slow
def test_a_megabyte_of_text_is_analysed_whole(guard):
    filler = "The quay opens at six and closes at ten. " * 25_000
    text = filler + "Mail femke.visser@northwind-harbor.example now."
    assert len(text) > 1_000_000
    result, _ = boundary(guard, text)
    assert "femke.visser@northwind-harbor.example" not in result.text and result.text.endswith("Mail <EMAIL_ADDRESS_1> now.")
