"""The SQL connector against SQLite and a real PostgreSQL server."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from connectors import Access, Deletion
from connectors.errors import (
    ConnectorAuthError,
    ConnectorConfigError,
    SourceUnavailableError,
)
from connectors.sql import SqlCheckpoint, SqlConnector
from tests.contract import check_contract, check_marks, drain
from tests.services import free_port
from tests.services.postgres import postgres_fixture

postgres = postgres_fixture()

T0 = datetime(2024, 3, 1, 9, 30)
_sqlite_names = itertools.count()


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


class Table:
    """The source table, written through its own engine as an application would."""

    def __init__(self, url: str, body_type: type[sa.types.TypeEngine] = sa.Text) -> None:
        self.url = url
        self.engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        self.table = sa.Table(
            "docs", sa.MetaData(),
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
            sa.Column("title", sa.Text),
            sa.Column("body", body_type),
            sa.Column("updated_at", sa.DateTime),
            sa.Column("readers", sa.Text),
            sa.Column("teams", sa.Text),
            sa.Column("everyone", sa.Boolean),
        )
        self.table.metadata.create_all(self.engine)

    def insert(self, *rows: dict) -> None:
        with self.engine.begin() as conn:
            blank = dict.fromkeys(self.table.c.keys())
            conn.execute(self.table.insert(),
                         [{**blank, "title": f"Doc {r['id']}", "body": f"body {r['id']}", **r} for r in rows])

    def update(self, row_id: int, **values) -> None:
        with self.engine.begin() as conn:
            conn.execute(self.table.update().where(self.table.c.id == row_id).values(**values))

    def delete(self, row_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(self.table.delete().where(self.table.c.id == row_id))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / f'source{next(_sqlite_names)}.db'}"
    return request.getfixturevalue("postgres").create_database("sql")


@pytest.fixture
def source(db_url) -> Table:
    table = Table(db_url)
    table.insert(*({"id": i, "updated_at": at(i)} for i in (1, 2, 3)))
    return table


def connector(url: str, **options) -> SqlConnector:
    return SqlConnector("crm", url=url, **{"table": "docs", **options})


def ids(items) -> list[str]:
    return [i.id for i in items]


def test_first_sync_yields_every_row_as_a_document(source):
    access = Access(groups=frozenset({"sales"}))
    run = check_contract(connector(source.url, access=access))
    assert run.ids() == ["crm:1", "crm:2", "crm:3"] and run.failures == [] and run.deletions == []
    doc = run.documents[0]
    assert (doc.title, doc.content, doc.mime_type, doc.filename) == ("Doc 1", b"body 1", "text/plain", "1.txt")
    assert doc.modified == at(1).replace(tzinfo=UTC)
    assert doc.access == access and doc.metadata == {"row_id": "1", "table": "docs"}
    assert doc.uri.startswith("sql://") and doc.uri.endswith("/docs#1")
    assert sorted(run.checkpoint.known) == ["1", "2", "3"] and run.checkpoint.at_mark == ["3"]


def test_unconfigured_access_fails_closed(source):
    assert drain(connector(source.url)).documents[0].access.tokens() == []


def test_incremental_sync_yields_only_changed_rows(source):
    conn = connector(source.url)
    cp = SqlCheckpoint.model_validate_json(drain(conn).checkpoint.model_dump_json())
    assert drain(conn, cp).items == []

    source.update(2, body="body 2, revised", updated_at=at(10))
    source.insert({"id": 4, "updated_at": at(11)})
    run = check_contract(conn, cp)
    assert run.ids() == ["crm:2", "crm:4"] and run.documents[0].content == b"body 2, revised"
    assert drain(conn, run.checkpoint).items == []


def test_rows_sharing_an_updated_at_across_batch_boundaries_are_neither_lost_nor_repeated(db_url):
    source = Table(db_url)
    source.insert(*({"id": i, "updated_at": at(5)} for i in range(1, 8)))
    conn = connector(db_url, batch_size=2)
    run = check_contract(conn)
    assert run.ids() == [f"crm:{i}" for i in range(1, 8)]

    source.insert({"id": 8, "updated_at": at(5)}, {"id": 0, "updated_at": at(5)})
    again = check_contract(conn, run.checkpoint)
    assert again.ids() == ["crm:0", "crm:8"]

    source.update(3, updated_at=at(6))
    source.insert({"id": 9, "updated_at": at(6)})
    last = check_contract(conn, again.checkpoint)
    assert last.ids() == ["crm:3", "crm:9"] and drain(conn, last.checkpoint).items == []


def test_a_mark_after_each_full_batch_resumes_without_loss_or_repeat(db_url):
    source = Table(db_url)
    # Rows sharing an updated-at value straddle the batch boundaries, where the marks fall.
    source.insert(*({"id": i, "updated_at": at(i // 3)} for i in range(1, 10)))
    conn = connector(db_url, batch_size=2)
    first = check_marks(conn)
    assert [at for at, _ in first.marks] == [2, 4, 6, 8]
    mark = first.marks[1][1]
    assert (mark.at_mark, len(mark.known)) == (["3", "4"], 9)  # rows 3 and 4 share the mark's updated-at

    source.delete(2)
    source.update(4, body="changed", updated_at=at(9))
    source.insert({"id": 10, "updated_at": at(1)}, {"id": 11, "updated_at": at(8)})
    later = check_marks(conn, first.checkpoint)
    assert later.ids(Deletion) == ["crm:2"] and later.ids() == ["crm:11", "crm:4"]


def test_deleted_rows_become_deletions(source):
    conn = connector(source.url)
    cp = drain(conn).checkpoint
    source.delete(2)
    run = check_contract(conn, cp)
    assert run.items == [Deletion(id="crm:2")]
    assert list(conn.list_ids()) == ["crm:1", "crm:3"]
    assert drain(conn, run.checkpoint).items == []


def test_access_columns_decide_who_reads_each_row(db_url):
    source = Table(db_url)
    source.insert(
        {"id": 1, "updated_at": at(1), "readers": "ann@example.com, bob@example.com", "teams": "hr it"},
        {"id": 2, "updated_at": at(2), "everyone": True},
        {"id": 3, "updated_at": at(3)},
    )
    conn = connector(db_url, users_column="readers", groups_column="teams", public_column="everyone",
                     access=Access(public=True))
    docs = {d.id: d.access for d in drain(conn).documents}
    assert docs["crm:1"] == Access(users=frozenset({"ann@example.com", "bob@example.com"}), groups=frozenset({"hr", "it"}))
    assert docs["crm:2"] == Access(public=True)
    assert docs["crm:3"].tokens() == []


def test_bad_rows_are_failures_and_the_sync_goes_on(source):
    source.insert({"id": 4, "title": None, "updated_at": at(4)}, {"id": 5, "body": None, "updated_at": at(5)},
                  {"id": 6, "updated_at": None})
    run = check_contract(connector(source.url))
    assert run.ids() == ["crm:1", "crm:2", "crm:3"]
    reasons = {f.id: f.reason for f in run.failures}
    assert set(reasons) == {"crm:4", "crm:5", "crm:6"}
    assert "title column is NULL" in reasons["crm:4"] and "body column is NULL" in reasons["crm:5"]
    assert "updated_at column is NULL" in reasons["crm:6"]


def test_undecodable_bodies_are_failures(db_url):
    source = Table(db_url, body_type=sa.LargeBinary)
    source.insert({"id": 1, "body": "naïve".encode(), "updated_at": at(1)},
                  {"id": 2, "body": b"\xff\xfe broken", "updated_at": at(2)})
    run = drain(connector(db_url))
    assert run.documents[0].content == "naïve".encode()
    assert ids(run.failures) == ["crm:2"] and "not valid UTF-8" in run.failures[0].reason


def test_sqlite_text_that_is_not_utf8_fails_only_its_row(tmp_path):
    url = f"sqlite:///{tmp_path / 'raw.db'}"
    source = Table(url)
    source.insert({"id": 1, "updated_at": at(1)})
    with source.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO docs (id, title, body, updated_at) VALUES "
                             "(2, 'Two', CAST(x'ff61' AS TEXT), '2024-03-01 09:32:00.000000')"))
    run = drain(connector(url))
    assert run.ids() == ["crm:1"] and ids(run.failures) == ["crm:2"]


def test_an_interrupted_sync_resumes_from_the_previous_checkpoint(source):
    conn = connector(source.url, batch_size=2)
    cp = drain(conn).checkpoint
    for row_id in (1, 2, 3):
        source.update(row_id, body=f"new {row_id}", updated_at=at(20 + row_id))
    source.insert({"id": 4, "updated_at": at(30)})
    source.delete(1)

    gen = conn.load(cp)
    partial = [next(gen), next(gen)]
    gen.close()
    assert partial[0] == Deletion(id="crm:1")

    run = check_contract(conn, cp)
    assert run.ids(Deletion) == ["crm:1"] and run.ids() == ["crm:2", "crm:3", "crm:4"]
    assert [d.content for d in run.documents] == [b"new 2", b"new 3", b"body 4"]


def test_a_query_source_with_markdown_bodies(source):
    query = "SELECT id, title, body, updated_at FROM docs WHERE id <> 2"
    run = check_contract(SqlConnector("kb", url=source.url, query=query, body_format="markdown"))
    assert run.ids() == ["kb:1", "kb:3"]
    assert (run.documents[0].filename, run.documents[0].mime_type) == ("1.md", "text/markdown")


def test_an_integer_version_column_serves_as_the_mark(source):
    query = "SELECT id, title, body, id * 10 AS version FROM docs"
    conn = SqlConnector("kb", url=source.url, query=query, updated_column="version", batch_size=2)
    run = check_contract(conn)
    assert run.ids() == ["kb:1", "kb:2", "kb:3"] and run.checkpoint.mark.kind == "int"
    assert run.documents[0].modified is None
    source.insert({"id": 4, "updated_at": at(4)})
    assert drain(conn, run.checkpoint).ids() == ["kb:4"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"table": "nope"}, "table 'nope' does not exist"),
        ({"title_column": "headline"}, "has no column 'headline'"),
        ({"query": "SELEC nonsense"}, "reading the query"),
    ],
)
def test_a_wrong_table_column_or_query_is_a_configuration_error(source, options, message):
    if "query" in options:
        options = {"table": "", **options}
    with pytest.raises(ConnectorConfigError, match=message):
        drain(connector(source.url, **options))


def test_options_are_checked_when_the_connector_is_built(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    with pytest.raises(ConnectorConfigError, match="exactly one of"):
        SqlConnector("s", url=url)
    with pytest.raises(ConnectorConfigError, match="exactly one of"):
        SqlConnector("s", url=url, table="t", query="SELECT 1")
    with pytest.raises(ConnectorConfigError, match="no database dialect for 'nosuchdb'"):
        SqlConnector("s", url="nosuchdb://host/db", table="t")
    with pytest.raises(ConnectorConfigError, match="not a database URL"):
        SqlConnector("s", url="::nonsense::", table="t")
    with pytest.raises(ConnectorConfigError, match="does not exist"):
        drain(SqlConnector("s", url=url, table="t"))
    assert not (tmp_path / "x.db").exists()


def test_wrong_password_is_an_auth_error_without_the_password(postgres):
    url = postgres.add_password_user("reader", "right-horse-battery")
    Table(postgres.url).insert({"id": 1, "updated_at": at(1)})
    with pytest.raises(ConnectorAuthError) as err:
        drain(connector(url.replace("right-horse-battery", "wrong-staple-xyz")))
    message = str(err.value)
    assert "password authentication failed" in message and "\n" not in message
    assert "wrong-staple-xyz" not in message and "right-horse-battery" not in message
    assert [d.id for d in drain(connector(url)).documents] == ["crm:1"]


def test_an_unreachable_server_is_unavailable_with_one_clear_line(postgres):
    url = postgres.url_for("test", "reader", "pw-never-shown").replace(f":{postgres.port}/", f":{free_port()}/")
    with pytest.raises(SourceUnavailableError, match="cannot connect") as err:
        list(connector(url).list_ids())
    assert "\n" not in str(err.value) and "pw-never-shown" not in str(err.value)


def test_a_missing_database_is_a_configuration_error(postgres):
    with pytest.raises(ConnectorConfigError, match="no such database"):
        drain(connector(postgres.url_for("no_such_db")))

