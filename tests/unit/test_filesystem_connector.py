import os

import pytest

from connectors import Access, ConnectorFailure, Deletion, Document
from connectors.errors import ConnectorConfigError
from connectors.filesystem import FilesystemCheckpoint, FilesystemConnector
from tests.contract import check_contract, drain


@pytest.fixture
def root(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# A\nalpha")
    (tmp_path / "docs" / "sub").mkdir()
    (tmp_path / "docs" / "sub" / "b.txt").write_text("beta")
    (tmp_path / "docs" / ".hidden.md").write_text("secret")
    (tmp_path / "docs" / ".git").mkdir()
    (tmp_path / "docs" / ".git" / "config").write_text("x")
    return tmp_path / "docs"


def test_full_load_yields_every_visible_file_with_access(root):
    access = Access(groups=frozenset({"hr"}))
    run = check_contract(FilesystemConnector("files", root, access=access))
    items, cp = run.items, run.checkpoint
    assert [i.id for i in items] == ["files:a.md", "files:sub/b.txt"]
    assert all(isinstance(i, Document) and i.access == access and i.source == "files" for i in items)
    assert items[0].content == b"# A\nalpha" and items[0].metadata["path"] == "a.md"
    assert set(cp.files) == {"a.md", "sub/b.txt"}


def test_checkpoint_round_trips_and_makes_the_next_run_incremental(root):
    connector = FilesystemConnector("files", root)
    cp = drain(connector).checkpoint
    cp = FilesystemCheckpoint.model_validate_json(cp.model_dump_json())
    assert drain(connector, cp).items == []

    (root / "a.md").write_text("# A\nalpha changed")
    os.utime(root / "a.md", ns=(1, 2_000_000_000_000_000_000))
    (root / "sub" / "b.txt").unlink()
    (root / "c.html").write_text("<p>gamma</p>")
    items = drain(connector, cp).items
    assert sorted((type(i).__name__, i.id) for i in items) == [
        ("Deletion", "files:sub/b.txt"), ("Document", "files:a.md"), ("Document", "files:c.html"),
    ]


def test_unknown_access_fails_closed(root):
    items = drain(FilesystemConnector("files", root)).items
    assert items[0].access.tokens() == []


def test_a_file_over_the_limit_is_a_failure_not_an_error(root):
    (root / "big.txt").write_text("x" * 200)
    items = drain(FilesystemConnector("files", root, max_bytes=100)).items
    failures = [i for i in items if isinstance(i, ConnectorFailure)]
    assert [f.id for f in failures] == ["files:big.txt"] and "over the limit" in failures[0].reason
    assert len([i for i in items if isinstance(i, Document)]) == 2


def test_missing_folder_is_a_configuration_error(tmp_path):
    with pytest.raises(ConnectorConfigError, match="does not exist"):
        FilesystemConnector("files", tmp_path / "nope")


def test_a_single_file_as_root(root):
    items = drain(FilesystemConnector("one", root / "a.md")).items
    assert [i.id for i in items] == ["one:a.md"]


def test_access_tokens_are_canonical():
    access = Access(public=True, users=frozenset({"Ann@Example.com"}), groups=frozenset({"HR", "it"}))
    assert access.tokens() == ["public", "user:ann@example.com", "group:hr", "group:it"]
    assert Deletion(id="x").id == "x"


@pytest.mark.parametrize(
    ("include", "exclude", "expected"),
    [
        ([], [], ["files:a.md", "files:sub/b.txt"]),
        (["**/*.md"], [], ["files:a.md"]),
        (["*.txt"], [], ["files:sub/b.txt"]),
        ([], ["sub/*"], ["files:a.md"]),
        (["**/*"], ["*.md"], ["files:sub/b.txt"]),
    ],
)
def test_include_and_exclude_globs(root, include, expected, exclude):
    connector = FilesystemConnector("files", root, include=include, exclude=exclude)
    assert drain(connector).ids() == expected
    assert sorted(connector.list_ids()) == expected


def test_owner_access_gives_local_ids_for_the_identity_store(root):
    st = (root / "a.md").stat()
    doc = drain(FilesystemConnector("files", root, owner_access=True, access=Access(groups=frozenset({"it"})))).documents[0]
    assert f"posix-uid:{st.st_uid}" in doc.access.local_users and f"posix-gid:{st.st_gid}" in doc.access.local_groups
    assert doc.access.groups == {"it"}
