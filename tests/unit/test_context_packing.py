"""Context building: documents numbered in rank order, touching chunks merged, overlaps and repeats said once,
neighbours only beside what they were fetched for, and the whole packed to a token budget."""

from __future__ import annotations

import pytest

from assistant.chat import build_context, pack_context
from assistant.retrieval import RetrievedChunk


def words(text: str) -> int:
    return len(text.split())


def chunk(doc: str, index: int, text: str, score: float = 1.0, section: str = "S", neighbour_of: int | None = None,
          pii=None) -> RetrievedChunk:
    return RetrievedChunk(doc_id=doc, chunk_index=index, title=doc.upper(), section=section, uri=f"/{doc}",
                          source="src", text=text, score=score, neighbour_of=neighbour_of, pii=pii, pii_config="c")


def test_documents_are_numbered_by_their_best_hit_and_their_chunks_kept_in_order():
    text, citations = build_context([
        chunk("b", 4, "b four"), chunk("a", 0, "a zero"), chunk("b", 1, "b one", section="T"),
    ], 1000, words)
    assert text == "[1] B (T)\nb one\n\n[1] B (S)\nb four\n\n[2] A (S)\na zero"
    assert [(c.number, c.doc_id, c.sections) for c in citations] == [(1, "b", ("S", "T")), (2, "a", ("S",))]


def test_adjacent_chunks_are_one_passage_and_their_overlap_is_said_once():
    first = "The shuttle leaves the north gate at seven every morning and"
    second = "north gate at seven every morning and returns at noon."
    packed = pack_context([chunk("a", 3, first), chunk("a", 4, second, neighbour_of=3)], 1000, words)
    assert packed.text == f"[1] A (S)\n{first} returns at noon."
    assert [c.text for c in packed.chunks] == [first, " returns at noon."]
    # Without dedupe each chunk is kept whole.
    plain = pack_context([chunk("a", 3, first), chunk("a", 4, second, neighbour_of=3)], 1000, words, dedupe=False)
    assert plain.text == f"[1] A (S)\n{first}\n{second}"


def test_a_short_common_phrase_is_not_taken_for_an_overlap():
    text, _ = build_context([chunk("a", 0, "Read the manual."), chunk("a", 1, "the manual. Then act.")], 1000, words)
    assert text == "[1] A (S)\nRead the manual.\nthe manual. Then act."


def test_the_same_text_twice_is_given_once():
    text, citations = build_context([
        chunk("a", 0, "Lunch is served  from noon."), chunk("b", 7, "lunch is served from noon."),
        chunk("b", 8, "More."),
    ], 1000, words)
    assert text == "[1] A (S)\nLunch is served  from noon.\n\n[2] B (S)\nMore."
    assert [c.doc_id for c in citations] == ["a", "b"]
    repeated, _ = build_context([chunk("a", 0, "x y"), chunk("b", 0, "x y")], 1000, words, dedupe=False)
    assert repeated.count("x y") == 2


def test_the_same_chunk_twice_is_given_once_even_without_dedupe():
    text, _ = build_context([chunk("a", 0, "x"), chunk("a", 0, "x", neighbour_of=1)], 1000, words, dedupe=False)
    assert text == "[1] A (S)\nx"


def test_hits_are_packed_before_neighbours_and_the_budget_holds():
    hits = [chunk("a", 5, "alpha " * 10), chunk("b", 2, "beta " * 10)]
    near = [chunk("a", 4, "before " * 10, neighbour_of=5), chunk("a", 6, "after " * 10, neighbour_of=5),
            chunk("b", 3, "next " * 10, neighbour_of=2)]
    text, citations = build_context(hits + near, 40, words)
    assert words(text) <= 40
    assert "alpha" in text and "beta" in text and "before" in text
    assert "after" not in text and "next" not in text
    assert [c.doc_id for c in citations] == ["a", "b"]


def test_a_neighbour_goes_in_only_beside_what_it_was_fetched_for():
    # The hit itself did not fit, so neither do the chunks around it; a second ring needs the first.
    chunks = [chunk("a", 0, "a a a a a"), chunk("b", 5, "b " * 50), chunk("b", 4, "n " * 2, neighbour_of=5),
              chunk("a", 2, "far " * 2, neighbour_of=0)]
    text, citations = build_context(chunks, 30, words)
    assert text == "[1] A (S)\na a a a a"
    assert [c.doc_id for c in citations] == ["a"]


def test_the_first_chunk_goes_in_even_over_the_budget():
    text, citations = build_context([chunk("a", 0, "w " * 100), chunk("b", 0, "small")], 10, words)
    assert text.startswith("[1] A (S)") and "small" not in text and len(citations) == 1


def test_nothing_to_pack_is_an_empty_context():
    assert build_context([], 100, words) == ("", ())


FIRST = "Call Nadia at the depot before the truck leaves."
SECOND = FIRST[20:] + " Ask Omar."  # the last 28 characters of FIRST, then its own


@pytest.mark.parametrize("spans, kept", [
    (((0, 3, "LOCATION", 0.9), (33, 37, "PERSON", 0.8)), ((5, 9, "PERSON", 0.8),)),
    (((20, 32, "PERSON", 0.9),), None),
    ((), ()),
])
def test_stored_pii_offsets_follow_a_cut_chunk(spans, kept):
    packed = pack_context([chunk("a", 0, FIRST), chunk("a", 1, SECOND, neighbour_of=0, pii=spans)], 1000, words)
    cut = packed.chunks[1]
    assert cut.text == " Ask Omar."
    # A span that straddles the cut drops the stored spans: the boundary analyses the text itself.
    assert cut.pii == kept
    assert packed.text.endswith(FIRST + cut.text)
