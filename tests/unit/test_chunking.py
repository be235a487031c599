import pytest

from assistant.ingest.chunking import Chunker
from assistant.ingest.parsing import Section
from assistant.settings import ChunkingSettings


@pytest.fixture(scope="module")
def chunker(embedder):
    return Chunker(ChunkingSettings(chunk_tokens=64, overlap_tokens=8), embedder.count_tokens)


def paragraph(topic: str, n: int) -> str:
    return " ".join(f"The {topic} rule number {i} says employees must file form {i} before day {i}." for i in range(n))


def test_chunks_fit_the_token_budget(chunker, embedder):
    chunks = chunker.chunk([Section(("Expenses",), paragraph("expense", 40))])
    assert len(chunks) > 5
    assert all(embedder.count_tokens(c.text) <= 64 for c in chunks)
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert all(c.section == "Expenses" for c in chunks)


def test_neighbouring_chunks_overlap(chunker):
    chunks = chunker.chunk([Section(("A",), paragraph("travel", 30))])
    first_words = set(chunks[0].text.split()[-6:])
    assert first_words & set(chunks[1].text.split()[:20])


def test_a_chunk_never_straddles_two_top_headings(chunker):
    sections = [Section(("Leave",), "Annual leave is 27 days."), Section(("Travel",), "Book trains via RailDesk.")]
    chunks = chunker.chunk(sections)
    assert [(c.section, c.text) for c in chunks] == [
        ("Leave", "Annual leave is 27 days."), ("Travel", "Book trains via RailDesk."),
    ]


def test_small_subsections_under_one_heading_are_packed_with_their_titles(chunker):
    sections = [
        Section(("Benefits", "Pension"), "Employer pays 8%."),
        Section(("Benefits", "Bike"), "Lease a bike through CycleWise."),
    ]
    chunks = chunker.chunk(sections)
    assert len(chunks) == 1
    assert chunks[0].section == "Benefits > Pension"
    assert "Bike\nLease a bike" in chunks[0].text


def test_empty_and_invisible_sections_make_no_chunks(chunker):
    assert chunker.chunk([Section((), "   \n\n "), Section(("X",), "\u200b\u200b")]) == []


def test_embedding_text_carries_title_and_section(chunker):
    [chunk] = chunker.chunk([Section(("Wifi",), "The SSID is Harbor-Staff.")])
    assert chunk.embedding_text("IT guide") == "IT guide > Wifi\nThe SSID is Harbor-Staff."
