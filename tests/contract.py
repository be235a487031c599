"""The shared connector contract: every connector is drained and checked through here."""

from __future__ import annotations

from dataclasses import dataclass, field

from connectors import Checkpoint, Connector, ConnectorFailure, Deletion, Document
from connectors.base import CheckpointMark


@dataclass
class Drained:
    items: list
    checkpoint: Checkpoint
    # Each mark with the number of items yielded before it; marks are not in `items`.
    marks: list[tuple[int, Checkpoint]] = field(default_factory=list)

    @property
    def documents(self) -> list[Document]:
        return [i for i in self.items if isinstance(i, Document)]

    @property
    def deletions(self) -> list[Deletion]:
        return [i for i in self.items if isinstance(i, Deletion)]

    @property
    def failures(self) -> list[ConnectorFailure]:
        return [i for i in self.items if isinstance(i, ConnectorFailure)]

    def ids(self, kind: type = Document) -> list[str]:
        return [i.id for i in self.items if isinstance(i, kind)]


def drain(connector: Connector, checkpoint: Checkpoint | None = None, max_items: int = 20_000) -> Drained:
    """Run a connector to its end, with an iteration cap so a looping source fails the test instead of hanging.

    Marks are copied through JSON as they come, the way the sync engine stores them, so a connector that
    changes a checkpoint after yielding it is caught by `check_marks`.
    """
    gen = connector.load(checkpoint)
    items: list = []
    marks: list[tuple[int, Checkpoint]] = []
    while True:
        try:
            item = next(gen)
        except StopIteration as stop:
            result = stop.value
            break
        if isinstance(item, CheckpointMark):
            assert isinstance(item.checkpoint, connector.checkpoint_model), (
                f"{connector.kind} marked a {type(item.checkpoint).__name__}"
            )
            marks.append((len(items), connector.checkpoint_model.model_validate_json(item.checkpoint.model_dump_json())))
            continue
        items.append(item)
        assert len(items) + len(marks) <= max_items, f"{connector.kind} yielded more than {max_items} items"
    assert isinstance(result, connector.checkpoint_model), f"{connector.kind} returned {type(result).__name__}"
    return Drained(items, result, marks)


def check_contract(connector: Connector, checkpoint: Checkpoint | None = None) -> Drained:
    """What every connector promises: typed items, ids scoped to the source, a checkpoint that round-trips JSON."""
    run = drain(connector, checkpoint)
    for item in run.items:
        assert isinstance(item, Document | Deletion | ConnectorFailure), type(item)
        assert item.id.startswith(f"{connector.name}:"), f"id {item.id!r} is not scoped to source {connector.name!r}"
    for doc in run.documents:
        assert doc.source == connector.name and doc.title and doc.uri
    ids = run.ids()
    assert len(ids) == len(set(ids)), "a document was yielded twice in one run"
    again = connector.checkpoint_model.model_validate_json(run.checkpoint.model_dump_json())
    assert again == run.checkpoint, "the checkpoint does not round-trip through JSON"
    return run


def check_marks(connector: Connector, checkpoint: Checkpoint | None = None, most: int = 4) -> Drained:
    """Resuming from a mark, on a source that does not change, is finishing the run: the same end, no loss.

    From each of up to `most` marks (first, last and some between), a run delivers exactly the documents
    that came after the mark in the full run, no deletion the full run did not make, and ends at the
    same checkpoint. Resuming from a later mark never fetches more than from an earlier one.
    """
    run = check_contract(connector, checkpoint)
    assert run.marks, f"{connector.kind} yielded no mark"
    chosen = sorted({round(i * (len(run.marks) - 1) / max(most - 1, 1)) for i in range(most)})
    fetched = []
    for at, mark in (run.marks[i] for i in chosen):
        rest = drain(connector, mark)
        after = {i.id for i in run.items[at:] if isinstance(i, Document)}
        assert set(rest.ids()) == after, f"resuming from the mark after item {at} fetched the wrong documents"
        assert set(rest.ids(Deletion)) <= set(run.ids(Deletion)), "resuming from a mark deleted a live document"
        assert rest.checkpoint == run.checkpoint, f"resuming from the mark after item {at} ended elsewhere"
        fetched.append(len(rest.documents))
    assert fetched == sorted(fetched, reverse=True), "a later mark fetched more than an earlier one"
    return run
