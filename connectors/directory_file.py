"""Users and groups from a YAML or CSV file, for deployments without a directory server.

The format follows the file's extension (`.yaml`, `.yml` or `.csv`; UTF-8).

YAML::

    users:
      - email: ann@example.org                  # required, the canonical id (lowercased)
        name: Ann Archer                        # optional
        local_ids: [posix:ann, posix-uid:1001]  # optional, ids other sources use
    groups:
      - name: engineering                       # required, the canonical group name
        members: [ann@example.org, backend]     # with "@" a user, else a nested group
        local_ids: [posix-gid:2001]             # optional

CSV, a header row and then one row per user or group::

    kind,id,name,member_of,local_ids
    user,ann@example.org,Ann Archer,engineering;devs,posix:ann;posix-uid:1001
    group,engineering,,,posix-gid:2001
    group,backend,,engineering,

- `kind`: `user` or `group`.
- `id`: a user's email, or a group's name.
- `name`: a user's display name; empty for a group.
- `member_of`: the groups this user or group is a direct member of, `;`-separated.
- `local_ids`: ids other sources use for it, `;`-separated.

The header must hold `kind` and `id`; the other columns are optional and may
come in any order. Blank rows are skipped.

Both formats: every member must be a user or group the file defines, emails
and group names are unique (ignoring case), a group name holds no "@", and
every local id has the form `<namespace>:<id>` (`posix:ann`, `imap:ann`,
`posix-gid:2001`) and belongs to one user or group only. Cycles among nested
groups are reported as they are; the identity store expands them. Errors name
the file and line but not the emails on it, which are personal data.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import yaml

from connectors.base import Directory, DirectorySource, GroupRecord, UserRecord
from connectors.errors import ConnectorConfigError

CSV_COLUMNS = ("kind", "id", "name", "member_of", "local_ids")
USER_KEYS = frozenset({"email", "name", "local_ids"})
GROUP_KEYS = frozenset({"name", "members", "local_ids"})
TOP_KEYS = frozenset({"users", "groups"})


@dataclass
class _Entry:
    line: int
    id: str
    name: str = ""
    local_ids: list[str] = field(default_factory=list)


@dataclass
class _Membership:
    line: int
    group: str
    member: str
    # How the file refers to the member, for errors: "member 2 of 'eng'" or "member_of".
    where: str


@dataclass
class _Parsed:
    users: list[_Entry] = field(default_factory=list)
    groups: list[_Entry] = field(default_factory=list)
    memberships: list[_Membership] = field(default_factory=list)


class FileDirectory(DirectorySource):
    """A directory kept in one YAML or CSV file, re-read on every load."""

    kind: ClassVar[str] = "file"

    def __init__(self, name: str, *, path: str | Path) -> None:
        self.name = name
        self.path = Path(path).expanduser()
        if self.path.suffix.lower() not in (".yaml", ".yml", ".csv"):
            raise ConnectorConfigError(f"source {name!r}: {self.path} must end in .yaml, .yml or .csv")
        if not self.path.is_file():
            raise ConnectorConfigError(f"source {name!r}: directory file {self.path} does not exist")

    def __repr__(self) -> str:
        return f"FileDirectory({self.name!r}, path={str(self.path)!r})"

    def load_directory(self) -> Directory:
        try:
            text = self.path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise ConnectorConfigError(f"source {self.name!r}: directory file {self.path} does not exist") from None
        except UnicodeDecodeError:
            raise ConnectorConfigError(f"{self.path}: not UTF-8 text") from None
        except OSError as exc:
            raise ConnectorConfigError(f"{self.path}: cannot read: {exc.strerror}") from None
        parse = _parse_csv if self.path.suffix.lower() == ".csv" else _parse_yaml
        return _assemble(self.path, parse(self.path, text))


class _Located(dict):
    """A YAML mapping that remembers the line it started on."""

    line = 0


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_located(loader: _LineLoader, node: yaml.MappingNode) -> _Located:
    mapping = _Located(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_located)


def _parse_yaml(path: Path, text: str) -> _Parsed:
    try:
        # _LineLoader is a SafeLoader: no Python objects from the file.
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f":{mark.line + 1}" if mark else ""
        raise ConnectorConfigError(f"{path}{at}: not valid YAML: {getattr(exc, 'problem', None) or exc}") from None
    if data is None:
        # An empty file more likely lost its content than means "nobody": the snapshot would revoke everyone.
        raise ConnectorConfigError(f"{path}: the file is empty; write 'users: []' for an empty directory")
    if not isinstance(data, dict):
        raise ConnectorConfigError(f"{path}: expected a mapping with 'users' and 'groups'")
    _check_keys(path, data, TOP_KEYS, "the top level")
    parsed = _Parsed()
    for entry in _entries(path, data, "users"):
        _check_keys(path, entry, USER_KEYS, "a user")
        email = _text(path, entry, "email", required=True)
        parsed.users.append(_Entry(entry.line, email, _text(path, entry, "name"), _text_list(path, entry, "local_ids")))
    for entry in _entries(path, data, "groups"):
        _check_keys(path, entry, GROUP_KEYS, "a group")
        name = _text(path, entry, "name", required=True)
        parsed.groups.append(_Entry(entry.line, name, local_ids=_text_list(path, entry, "local_ids")))
        for position, member in enumerate(_text_list(path, entry, "members"), 1):
            parsed.memberships.append(_Membership(entry.line, name, member, f"member {position} of {name!r}"))
    return parsed


def _entries(path: Path, data: dict, key: str) -> list[_Located]:
    items = data.get(key) or []
    if not isinstance(items, list):
        raise ConnectorConfigError(f"{path}:{data.line}: '{key}' must be a list")
    for position, item in enumerate(items, 1):
        if not isinstance(item, _Located):
            raise ConnectorConfigError(f"{path}: {key} entry {position} must be a mapping")
    return items


def _check_keys(path: Path, entry: _Located, allowed: frozenset[str], what: str) -> None:
    unknown = sorted(str(k) for k in entry if k not in allowed)
    if unknown:
        raise ConnectorConfigError(
            f"{path}:{entry.line}: unknown key(s) {', '.join(unknown)} in {what}; allowed: {', '.join(sorted(allowed))}"
        )


def _text(path: Path, entry: _Located, key: str, *, required: bool = False) -> str:
    value = entry.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise ConnectorConfigError(f"{path}:{entry.line}: '{key}' must be non-empty text")
    return value.strip()


def _text_list(path: Path, entry: _Located, key: str) -> list[str]:
    values = entry.get(key)
    if values is None:
        return []
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise ConnectorConfigError(f"{path}:{entry.line}: '{key}' must be a list of non-empty texts")
    return [v.strip() for v in values]


def _parse_csv(path: Path, text: str) -> _Parsed:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    parsed = _Parsed()
    try:
        header = [cell.strip() for cell in next(reader, [])]
        if not any(header):
            raise ConnectorConfigError(f"{path}: the file is empty; it needs a header row: {','.join(CSV_COLUMNS)}")
        unknown = [c for c in header if c not in CSV_COLUMNS]
        if unknown:
            raise ConnectorConfigError(
                f"{path}:1: unknown column(s) {', '.join(unknown)}; allowed: {', '.join(CSV_COLUMNS)}"
            )
        if len(set(header)) != len(header):
            raise ConnectorConfigError(f"{path}:1: a column appears twice in the header")
        if not {"kind", "id"} <= set(header):
            raise ConnectorConfigError(f"{path}:1: the header needs the columns kind and id")
        for row in reader:
            if any(cell.strip() for cell in row):
                _csv_row(path, reader.line_num, header, row, parsed)
    except csv.Error as exc:
        raise ConnectorConfigError(f"{path}:{reader.line_num}: not valid CSV: {exc}") from None
    return parsed


def _csv_row(path: Path, line: int, header: list[str], row: list[str], parsed: _Parsed) -> None:
    if len(row) > len(header):
        raise ConnectorConfigError(f"{path}:{line}: {len(row)} cells, but the header has {len(header)} columns")
    # Spreadsheets drop trailing empty cells, so a short row is read as if they were there.
    cells = dict.fromkeys(CSV_COLUMNS, "") | {column: cell.strip() for column, cell in zip(header, row, strict=False)}
    kind, entry_id = cells["kind"].lower(), cells["id"]
    if not entry_id:
        raise ConnectorConfigError(f"{path}:{line}: the id is empty")
    local_ids = _split(cells["local_ids"])
    if kind == "user":
        parsed.users.append(_Entry(line, entry_id, cells["name"], local_ids))
    elif kind == "group":
        if cells["name"]:
            raise ConnectorConfigError(f"{path}:{line}: a group row takes no name; its id is its name")
        parsed.groups.append(_Entry(line, entry_id, local_ids=local_ids))
    else:
        raise ConnectorConfigError(f"{path}:{line}: kind must be 'user' or 'group', not {cells['kind']!r}")
    for group in _split(cells["member_of"]):
        parsed.memberships.append(_Membership(line, group, entry_id, "member_of"))


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _assemble(path: Path, parsed: _Parsed) -> Directory:
    owner_of_local_id: dict[str, _Entry] = {}

    def claim_local_ids(entry: _Entry) -> frozenset[str]:
        for position, local_id in enumerate(entry.local_ids, 1):
            namespace, _, value = local_id.partition(":")
            if not namespace or not value or any(c.isspace() for c in namespace):
                raise ConnectorConfigError(
                    f"{path}:{entry.line}: local id {position} must look like '<namespace>:<id>', e.g. 'posix:ann'"
                )
            owner = owner_of_local_id.setdefault(local_id, entry)
            if owner is not entry:
                raise ConnectorConfigError(
                    f"{path}:{entry.line}: local id {position} is already given on line {owner.line}"
                )
        return frozenset(entry.local_ids)

    users: dict[str, tuple[_Entry, UserRecord]] = {}
    for entry in parsed.users:
        email = entry.id.lower()
        if "@" not in email or any(c.isspace() for c in email):
            raise ConnectorConfigError(f"{path}:{entry.line}: a user's email must look like name@domain")
        if email in users:
            raise ConnectorConfigError(
                f"{path}:{entry.line}: the email repeats the user on line {users[email][0].line}"
            )
        users[email] = entry, UserRecord(email=email, local_ids=claim_local_ids(entry), name=entry.name)

    groups: dict[str, tuple[_Entry, frozenset[str]]] = {}
    for entry in parsed.groups:
        key = entry.id.lower()
        if "@" in key:
            raise ConnectorConfigError(f"{path}:{entry.line}: group {entry.id!r}: a group name cannot contain '@'")
        if key in groups:
            raise ConnectorConfigError(
                f"{path}:{entry.line}: group {entry.id!r} repeats the group on line {groups[key][0].line}"
            )
        groups[key] = entry, claim_local_ids(entry)

    user_members: dict[str, set[str]] = {key: set() for key in groups}
    group_members: dict[str, set[str]] = {key: set() for key in groups}
    for membership in parsed.memberships:
        group = membership.group.lower()
        if group not in groups:
            raise ConnectorConfigError(
                f"{path}:{membership.line}: {membership.where} names {membership.group!r}, "
                "which is not a group in this file"
            )
        member = membership.member.lower()
        if member in users:
            user_members[group].add(member)
        elif member in groups:
            group_members[group].add(groups[member][0].id)
        else:
            raise ConnectorConfigError(
                f"{path}:{membership.line}: {membership.where} is neither a user nor a group in this file"
            )

    return Directory(
        users=[record for _, record in users.values()],
        groups=[
            GroupRecord(name=entry.id, users=frozenset(user_members[key]), groups=frozenset(group_members[key]),
                        local_ids=local_ids)
            for key, (entry, local_ids) in groups.items()
        ],
    )
