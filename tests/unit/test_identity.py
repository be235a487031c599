import pytest

from assistant.identity import IdentityStore
from assistant.state import Database
from connectors import Access, Directory, GroupRecord, UserRecord


@pytest.fixture
def store(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'state.db'}")
    db.migrate()
    return IdentityStore(db)


def snapshot(extra_member: str | None = None) -> Directory:
    eng = {"ann@corp.example"} | ({extra_member} if extra_member else set())
    return Directory(
        users=[
            UserRecord(email="Ann@Corp.example", local_ids=frozenset({"posix:ann", "imap:ann"})),
            UserRecord(email="bob@corp.example", local_ids=frozenset({"posix-uid:1002"})),
        ],
        groups=[
            GroupRecord(name="engineering", users=frozenset(eng), local_ids=frozenset({"posix-gid:2001"})),
            GroupRecord(name="tech", groups=frozenset({"engineering"})),
            GroupRecord(name="staff", groups=frozenset({"tech", "loop"})),
            GroupRecord(name="loop", groups=frozenset({"staff"})),
        ],
    )


def test_nested_groups_are_expanded_and_cycles_end(store):
    summary = store.replace("ldap", snapshot())
    assert (summary.users, summary.groups) == (2, 4)
    assert store.groups_of("ann@corp.example") == {"engineering", "tech", "staff", "loop"}
    assert store.groups_of("bob@corp.example") == set()


def test_a_membership_change_is_seen_after_one_directory_sync(store):
    store.replace("ldap", snapshot())
    store.replace("ldap", snapshot(extra_member="bob@corp.example"))
    assert "tech" in store.groups_of("bob@corp.example")
    store.replace("ldap", snapshot())
    assert store.groups_of("bob@corp.example") == set()


@pytest.mark.parametrize(
    ("access", "expected"),
    [
        (Access(local_users=frozenset({"posix:ann"})), ["user:ann@corp.example"]),
        (Access(local_users=frozenset({"posix-uid:1002"}), local_groups=frozenset({"posix-gid:2001"})),
         ["user:bob@corp.example", "group:engineering"]),
        (Access(local_users=frozenset({"posix:nobody"})), []),
        (Access(public=True, local_groups=frozenset({"posix-gid:9"})), ["public"]),
        (Access(users=frozenset({"x@corp.example"})), ["user:x@corp.example"]),
    ],
)
def test_local_ids_map_to_canonical_identities_or_fail_closed(store, access, expected):
    store.replace("ldap", snapshot())
    assert store.canonical(access).tokens() == expected


def test_each_directory_replaces_only_its_own_entries(store):
    store.replace("ldap", snapshot())
    store.replace("hr-file", Directory(users=[UserRecord(email="cy@corp.example")],
                                       groups=[GroupRecord(name="hr", users=frozenset({"ann@corp.example"}))]))
    assert store.groups_of("ann@corp.example") >= {"hr", "engineering"}
    store.replace("hr-file", Directory())
    assert "hr" not in store.groups_of("ann@corp.example") and "engineering" in store.groups_of("ann@corp.example")
    assert store.directories() == {"ldap": 2}
