"""FileDirectory: the same directory written as YAML and as CSV, and what the validation rejects."""

from __future__ import annotations

import re

import pytest

from connectors.base import DirectorySource
from connectors.directory_file import FileDirectory
from connectors.errors import ConnectorConfigError

YAML = """\
users:
  - email: Ann@Example.org
    name: Ann Archer
    local_ids: [posix:ann, posix-uid:1001]
  - email: bob@example.org
groups:
  - name: engineering
    members: [ann@example.org, backend]
    local_ids: [posix-gid:2001]
  - name: backend
    members: [BOB@example.org, databases]
  - name: databases
    members: [Engineering]
  - name: empty
"""

CSV = """\
kind,id,name,member_of,local_ids
user,Ann@Example.org,Ann Archer,engineering,posix:ann;posix-uid:1001
user,bob@example.org,,backend,
group,engineering,,databases,posix-gid:2001
group,backend,,engineering,

group,databases,,backend
group,empty
"""

# Columns in another order, optional ones left out, a byte-order mark as Excel writes it.
CSV_REORDERED = "\ufeffid,member_of,kind\nann@example.org,engineering,user\nbob@example.org,backend,user\n" + (
    "engineering,databases,group\nbackend,engineering,group\ndatabases,backend,group\nempty,,group\n"
)

EXPECTED_GROUPS = {
    "engineering": ({"ann@example.org"}, {"backend"}),
    "backend": ({"bob@example.org"}, {"databases"}),
    "databases": (set(), {"engineering"}),
    "empty": (set(), set()),
}


def _source(tmp_path, filename: str, content: str) -> FileDirectory:
    path = tmp_path / filename
    path.write_text(content, encoding="utf-8")
    return FileDirectory("people", path=str(path))


def test_is_a_directory_source():
    assert issubclass(FileDirectory, DirectorySource)
    assert FileDirectory.kind == "file"


@pytest.mark.parametrize(
    ("filename", "content"),
    [("dir.yaml", YAML), ("dir.yml", YAML), ("dir.csv", CSV), ("DIR.CSV", CSV)],
)
def test_reads_users_groups_and_nested_groups(tmp_path, filename, content):
    directory = _source(tmp_path, filename, content).load_directory()
    users = {u.email: u for u in directory.users}
    assert set(users) == {"ann@example.org", "bob@example.org"}
    assert users["ann@example.org"].name == "Ann Archer"
    assert users["ann@example.org"].local_ids == {"posix:ann", "posix-uid:1001"}
    assert users["bob@example.org"].local_ids == set()
    assert [g.name for g in directory.groups] == list(EXPECTED_GROUPS)
    for group in directory.groups:
        assert (group.users, group.groups) == EXPECTED_GROUPS[group.name]
    assert {g.name: g for g in directory.groups}["engineering"].local_ids == {"posix-gid:2001"}


def test_csv_columns_in_any_order_and_optional(tmp_path):
    directory = _source(tmp_path, "dir.csv", CSV_REORDERED).load_directory()
    for group in directory.groups:
        assert (group.users, group.groups) == EXPECTED_GROUPS[group.name]


def test_the_file_is_read_again_on_each_load(tmp_path):
    source = _source(tmp_path, "dir.yaml", YAML)
    source.load_directory()
    source.path.write_text("users:\n  - email: carl@example.org\n")
    directory = source.load_directory()
    assert [u.email for u in directory.users] == ["carl@example.org"]
    assert directory.groups == []


def _user(email: str, *extra: str) -> str:
    return f"  - email: {email}\n" + "".join(f"    {line}\n" for line in extra)


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("users: []\nteams: []\n", 1, "unknown key(s) teams"),
        ("users:\n" + _user("a@x.org", "mail: b@x.org"), 2, "unknown key(s) mail in a user"),
        ("users: []\ngroups:\n  - name: g\n    member: [a@x.org]\n", 3, "unknown key(s) member in a group"),
        ("users:\n" + _user("a@x.org") + _user("A@X.org"), 3, "the email repeats the user on line 2"),
        ("users:\n" + _user("a@x.org") + "groups:\n  - name: g\n    members: [a@x.org, b@x.org]\n",
         4, "member 2 of 'g' is neither a user nor a group"),
        ("groups:\n  - name: g\n    members: [h]\n", 2, "member 1 of 'g' is neither a user nor a group"),
        ("groups:\n  - name: g\n  - name: G\n", 3, "repeats the group on line 2"),
        ("groups:\n  - name: g@x\n", 2, "cannot contain '@'"),
        ("users:\n" + _user("ann"), 2, "email must look like"),
        ("users:\n" + _user("a@x.org", "local_ids: [ann]"), 2, "local id 1 must look like '<namespace>:<id>'"),
        ("users:\n" + _user("a@x.org", "local_ids: [posix:a]") + _user("b@x.org", "local_ids: [posix:a]"),
         4, "local id 1 is already given on line 2"),
        ("groups:\n  - name: g\n    members: a@x.org\n", 2, "'members' must be a list"),
        ("users:\n" + _user("a@x.org", "name: [Ann]"), 2, "'name' must be non-empty text"),
        ("users:\n  - name: Ann\n", 2, "'email' must be non-empty text"),
        ("users: {a: b}\n", 1, "'users' must be a list"),
        ("users:\n  - [a@x.org]\n", None, "users entry 1 must be a mapping"),
        ("- a@x.org\n", None, "expected a mapping"),
        ("", None, "the file is empty"),
        ("users: [\n", 2, "not valid YAML"),
    ],
)
def test_yaml_validation(tmp_path, content, line, message):
    source = _source(tmp_path, "dir.yaml", content)
    with pytest.raises(ConnectorConfigError, match=re.escape(message)) as info:
        source.load_directory()
    where = f"{source.path}:{line}: " if line else f"{source.path}: "
    assert str(info.value).startswith(where)


HEADER = "kind,id,name,member_of,local_ids\n"


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("kind,id,email\n", 1, "unknown column(s) email"),
        ("kind,name\n", 1, "needs the columns kind and id"),
        ("kind,id,id\n", 1, "a column appears twice"),
        (HEADER + "person,a@x.org\n", 2, "kind must be 'user' or 'group', not 'person'"),
        (HEADER + "user,a@x.org\nuser,A@x.org\n", 3, "the email repeats the user on line 2"),
        (HEADER + "user,a@x.org,,eng\n", 2, "member_of names 'eng', which is not a group"),
        (HEADER + "group,eng\ngroup,ops,,eng;dev\n", 3, "member_of names 'dev', which is not a group"),
        (HEADER + "group,eng,Engineering\n", 2, "a group row takes no name"),
        (HEADER + "user,a@x.org,,,,extra\n", 2, "6 cells, but the header has 5 columns"),
        (HEADER + "user,,Ann\n", 2, "the id is empty"),
        (HEADER + "user,a@x.org,,,posix:a\ngroup,g,,,posix:a\n", 3, "local id 1 is already given on line 2"),
        (HEADER + 'user,"a@x.org"x\n', 2, "not valid CSV"),
        ("", None, "the file is empty"),
    ],
)
def test_csv_validation(tmp_path, content, line, message):
    source = _source(tmp_path, "dir.csv", content)
    with pytest.raises(ConnectorConfigError, match=re.escape(message)) as info:
        source.load_directory()
    where = f"{source.path}:{line}: " if line else f"{source.path}: "
    assert str(info.value).startswith(where)


def test_errors_do_not_repeat_emails(tmp_path):
    source = _source(tmp_path, "dir.yaml", "users:\n" + _user("ann@x.org") + _user("Ann@x.org"))
    with pytest.raises(ConnectorConfigError) as info:
        source.load_directory()
    assert "ann@" not in str(info.value).lower()


def test_missing_file(tmp_path):
    with pytest.raises(ConnectorConfigError, match="does not exist"):
        FileDirectory("people", path=str(tmp_path / "missing.yaml"))
    source = _source(tmp_path, "dir.yaml", YAML)
    source.path.unlink()
    with pytest.raises(ConnectorConfigError, match="does not exist"):
        source.load_directory()


def test_unknown_extension(tmp_path):
    (tmp_path / "dir.json").write_text("{}")
    with pytest.raises(ConnectorConfigError, match=r"\.yaml, \.yml or \.csv"):
        FileDirectory("people", path=str(tmp_path / "dir.json"))


def test_not_utf8(tmp_path):
    path = tmp_path / "dir.csv"
    path.write_bytes(HEADER.encode() + "user,ann@x.org,Zo\u00eb\n".encode("latin-1"))
    with pytest.raises(ConnectorConfigError, match="not UTF-8"):
        FileDirectory("people", path=str(path)).load_directory()
