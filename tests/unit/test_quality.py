import pytest

from assistant.ingest.parsing import Section
from assistant.ingest.quality import (
    bands,
    drop_repeated_lines,
    language,
    minhash,
    similarity,
)

TEXT = " ".join(f"Clause {i}: the harbour office keeps visitor badge {i} at the front desk." for i in range(40))


def test_running_headers_and_footers_are_dropped():
    pages = [Section((f"Page {n}",), f"Northwind Harbor — Confidential\nBody text of page {n}.\nPage footer v2")
             for n in range(1, 5)]
    cleaned = drop_repeated_lines(pages)
    assert [s.text for s in cleaned] == [f"Body text of page {n}." for n in range(1, 5)]


def test_short_documents_keep_their_lines():
    pages = [Section(("A",), "Same line"), Section(("B",), "Same line")]
    assert drop_repeated_lines(pages) == pages


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The expense policy explains how to file a claim for travel costs.", "en"),
        ("Het reisbeleid legt uit hoe je een declaratie indient voor reiskosten.", "nl"),
        ("A política de despesas explica como apresentar um pedido de reembolso.", "pt"),
        ("ok", ""),
    ],
)
def test_language_is_recorded(text, code):
    assert language(text) == code


def test_near_duplicates_share_bands_and_score_high():
    a, b = minhash(TEXT), minhash(TEXT.replace("Clause 39", "Clause thirty-nine"))
    other = minhash(" ".join(f"Policy {i} covers laptops and printers." for i in range(40)))
    assert similarity(a, b) >= 0.9 and set(bands(a)) & set(bands(b))
    assert similarity(a, other) < 0.2
    assert minhash(TEXT) == a, "signatures are deterministic"
    assert minhash("") == [] and bands([]) == []
