"""The shared connector contract: every connector is drained and checked through here."""

from __future__ import annotations

from dataclasses import dataclass

from connectors import Checkpoint, Connector, ConnectorFailure, Deletion, Document


@dataclass
class Drained:
    items: list
    checkpoint: Checkpoint

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
    """Run a connector to its end, with an iteration cap so a looping source fails the test instead of hanging."""
    gen = connector.load(checkpoint)
    items: list = []
    while True:
        try:
            item = next(gen)
        except StopIteration as stop:
            result = stop.value
            break
        items.append(item)
        assert len(items) <= max_items, f"{connector.kind} yielded more than {max_items} items"
    assert isinstance(result, connector.checkpoint_model), f"{connector.kind} returned {type(result).__name__}"
    return Drained(items, result)


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
