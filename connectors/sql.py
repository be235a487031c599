"""Rows of a SQL table or query, synced incrementally by an updated-at column.

Works with any database SQLAlchemy reaches (SQLite out of the box, PostgreSQL
with the `postgres` extra). Each row is one document: an id, a title, a body,
an updated-at value and, optionally, columns that say who may read it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Literal
from urllib.parse import quote

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import exc as sa_exc

from connectors.base import (
    Access,
    Checkpoint,
    CheckpointMark,
    Connector,
    ConnectorFailure,
    Deletion,
    Document,
    SlimListing,
    SourceItem,
)
from connectors.errors import (
    ConnectorAuthError,
    ConnectorConfigError,
    SourceUnavailableError,
)

BodyFormat = Literal["text", "markdown", "html"]
_BODY_FORMATS: dict[str, tuple[str, str]] = {
    "text": ("text/plain", ".txt"),
    "markdown": ("text/markdown", ".md"),
    "html": ("text/html", ".html"),
}
_TRUE_WORDS = frozenset({"1", "true", "t", "yes", "y", "on"})
_AUTH_PATTERNS = (
    re.compile(r"authentication failed|no password supplied|access denied|password is required", re.IGNORECASE),
    re.compile(r'role ".*" does not exist', re.IGNORECASE),
)
_MISSING_DATABASE = re.compile(r'database ".*" does not exist|unknown database', re.IGNORECASE)
_CONNECT_TIMEOUT_S = 10


class SqlMark(BaseModel):
    """An updated-at value exactly as the driver returned it, tagged so it binds back with the same type."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["datetime", "date", "int", "float", "decimal", "str"]
    value: str

    @classmethod
    def of(cls, value: object, column: str) -> SqlMark:
        # datetime before date: a datetime is a date too. A bool is an int to Python but no usable mark.
        if isinstance(value, datetime):
            return cls(kind="datetime", value=value.isoformat())
        if isinstance(value, date):
            return cls(kind="date", value=value.isoformat())
        if isinstance(value, int) and not isinstance(value, bool):
            return cls(kind="int", value=str(value))
        if isinstance(value, float):
            return cls(kind="float", value=repr(value))
        if isinstance(value, Decimal):
            return cls(kind="decimal", value=str(value))
        if isinstance(value, str):
            return cls(kind="str", value=value)
        raise ConnectorConfigError(
            f"column {column!r} holds {type(value).__name__} values; "
            "the updated-at column must be a timestamp, a date, a number or text"
        )

    def python(self) -> object:
        parse = {"datetime": datetime.fromisoformat, "date": date.fromisoformat, "int": int, "float": float,
                 "decimal": Decimal, "str": str}[self.kind]
        return parse(self.value)


class SqlCheckpoint(Checkpoint):
    mark: SqlMark | None = Field(None, description="The highest updated-at value delivered so far.")
    at_mark: list[str] = Field(
        default_factory=list,
        description="Row ids already delivered whose updated-at equals the mark, so they are not sent again.",
    )
    known: list[str] = Field(
        default_factory=list,
        description="Every row id seen at the last run; deletions are found against it. "
        "It lives in the checkpoint, which suits sources up to about a million rows.",
    )


class SqlConnector(Connector, SlimListing):
    """One document per row of `table` (or of the rows `query` returns).

    Rows come in batches of `batch_size`, ordered by (updated-at, id), so a run
    resumes where the last one stopped and rows that share an updated-at value
    are neither lost nor repeated; after each full batch a `CheckpointMark`
    says how far the run got, so a killed sync resumes from there. Configured access columns decide who may
    read each row (lists of emails or group names separated by commas or
    spaces, a truthy public flag); without them every row gets `access`.
    """

    kind = "sql"
    checkpoint_model = SqlCheckpoint

    def __init__(
        self,
        name: str,
        access: Access | None = None,
        *,
        url: str,
        table: str = "",
        query: str = "",
        id_column: str = "id",
        title_column: str = "title",
        body_column: str = "body",
        updated_column: str = "updated_at",
        users_column: str = "",
        groups_column: str = "",
        public_column: str = "",
        body_format: BodyFormat = "text",
        batch_size: int = 500,
    ) -> None:
        super().__init__(name)
        if bool(table.strip()) == bool(query.strip()):
            raise ConnectorConfigError(f"source {name!r}: set exactly one of the options 'table' and 'query'")
        if body_format not in _BODY_FORMATS:
            raise ConnectorConfigError(
                f"source {name!r}: body_format must be one of {', '.join(_BODY_FORMATS)}, not {body_format!r}"
            )
        if batch_size < 1:
            raise ConnectorConfigError(f"source {name!r}: batch_size must be at least 1")
        try:
            self.url = sa.make_url(url)
        except sa_exc.ArgumentError:
            # The URL is not echoed: it may carry a password.
            raise ConnectorConfigError(f"source {name!r}: the 'url' option is not a database URL") from None
        self.access = access or Access()
        self.table = table.strip()
        self.query = query.strip()
        self.id_column, self.title_column, self.body_column = id_column, title_column, body_column
        self.updated_column = updated_column
        self.users_column, self.groups_column, self.public_column = users_column, groups_column, public_column
        self.mime_type, self.extension = _BODY_FORMATS[body_format]
        self.batch_size = batch_size
        self.where = self.url.render_as_string(hide_password=True)
        self._columns = list(dict.fromkeys(
            c for c in (id_column, title_column, body_column, updated_column, users_column, groups_column,
                        public_column) if c
        ))
        self._source = self._selectable()
        self._engine = self._create_engine()

    def doc_id(self, local_id: str) -> str:
        return f"{self.name}:{local_id}"

    def _selectable(self) -> sa.TableClause | sa.Subquery:
        # Untyped columns: values come back as the driver gives them, so a mark binds back unchanged.
        cols = [sa.column(c) for c in self._columns]
        if self.table:
            schema, _, table = self.table.rpartition(".")
            return sa.table(table, *cols, schema=schema or None)
        return sa.text(self.query).columns(*cols).subquery("src")

    def _create_engine(self) -> sa.Engine:
        try:
            driver = self.url.get_driver_name()
            connect_args = {}
            if driver in ("psycopg", "psycopg2") and "connect_timeout" not in self.url.query:
                # libpq would otherwise wait minutes on a host that drops packets.
                connect_args["connect_timeout"] = _CONNECT_TIMEOUT_S
            # No pool: the sync engine builds a connector per run, and pooled connections would
            # linger on the database server between runs.
            engine = sa.create_engine(self.url, poolclass=sa.pool.NullPool, connect_args=connect_args)
        except sa_exc.NoSuchModuleError:
            raise ConnectorConfigError(
                f"source {self.name!r}: no database dialect for {self.url.drivername!r}"
            ) from None
        except ModuleNotFoundError as exc:
            raise ImportError(
                f"source {self.name!r}: the {exc.name} driver for {self.url.get_backend_name()} is not installed; "
                "for PostgreSQL install the 'postgres' extra: pip install 'enterprise-assistant[postgres]'"
            ) from None
        if driver == "pysqlite":
            sa.event.listen(engine, "connect", _tolerate_bad_utf8)
        return engine

    # -- talking to the database ------------------------------------------------------------

    def _detail(self, exc: BaseException) -> str:
        text = str(getattr(exc, "orig", None) or exc).strip()
        line = text.splitlines()[0] if text else type(exc).__name__
        # libpq wraps the server's reason in "connection to server at ..., port N failed: FATAL:  ...".
        return re.sub(r"^(connection failed: )?(connection to server at .*? failed: )?(FATAL: +)?", "", line).strip()

    @contextmanager
    def _connection(self) -> Iterator[sa.Connection]:
        database = self.url.database or ""
        is_file = self.url.get_backend_name() == "sqlite" and database not in ("", ":memory:")
        if is_file and not database.startswith("file:") and not Path(database).exists():
            # sqlite would quietly create an empty file at a mistyped path.
            raise ConnectorConfigError(f"database file {database} does not exist")
        try:
            conn = self._engine.connect()
        except sa_exc.DBAPIError as exc:
            detail = self._detail(exc)
            if any(p.search(detail) for p in _AUTH_PATTERNS):
                raise ConnectorAuthError(f"the database at {self.where} refused the credentials: {detail}") from None
            if _MISSING_DATABASE.search(detail):
                raise ConnectorConfigError(f"no such database at {self.where}: {detail}") from None
            raise SourceUnavailableError(f"cannot connect to the database at {self.where}: {detail}") from None
        with conn:
            try:
                yield conn
            except sa_exc.DBAPIError as exc:
                detail = self._detail(exc)
                if exc.connection_invalidated or "database is locked" in detail:
                    raise SourceUnavailableError(f"lost the database at {self.where}: {detail}") from None
                raise ConnectorConfigError(f"reading {self._label()} from {self.where} failed: {detail}") from None

    def _label(self) -> str:
        return f"table {self.table!r}" if self.table else "the query"

    def _check_source(self, conn: sa.Connection) -> None:
        if self.table:
            schema, _, table = self.table.rpartition(".")
            if not sa.inspect(conn).has_table(table, schema=schema or None):
                raise ConnectorConfigError(f"table {self.table!r} does not exist in {self.where}")
        columns = conn.execute(sa.select(sa.literal_column("*")).select_from(self._source).limit(0)).keys()
        missing = [c for c in self._columns if c not in columns]
        if missing:
            raise ConnectorConfigError(
                f"{self._label()} has no column {', '.join(map(repr, missing))}; it has {', '.join(columns)}"
            )

    def _scan(self, conn: sa.Connection) -> tuple[set[str], list[str]]:
        """Every row id now, and those without an updated-at value (which no incremental query finds)."""
        c = self._source.c
        rows = conn.execute(sa.select(c[self.id_column], c[self.updated_column].is_(None)))
        current: set[str] = set()
        undated: list[str] = []
        for row_id, no_update in rows:
            current.add(str(row_id))
            if no_update:
                undated.append(str(row_id))
        return current, sorted(undated)

    def _batch(self, conn: sa.Connection, mark: object, after: tuple[object, object] | None) -> list[sa.Row]:
        c = self._source.c
        upd, rid = c[self.updated_column], c[self.id_column]
        query = sa.select(*(c[name] for name in self._columns)).where(upd.is_not(None))
        if after is not None:
            last_upd, last_id = after
            query = query.where(sa.or_(upd > last_upd, sa.and_(upd == last_upd, rid > last_id)))
        elif mark is not None:
            query = query.where(upd >= mark)
        return list(conn.execute(query.order_by(upd, rid).limit(self.batch_size)))

    # -- the connector ----------------------------------------------------------------------

    def list_ids(self) -> Iterator[str]:
        with self._connection() as conn:
            self._check_source(conn)
            current, _ = self._scan(conn)
        for local in sorted(current):
            yield self.doc_id(local)

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        cp = checkpoint if isinstance(checkpoint, SqlCheckpoint) else SqlCheckpoint()
        # Ids are listed before rows are read: a row deleted in between is still known, so the
        # next run reports its deletion; a row added in between is delivered and so known too.
        with self._connection() as conn:
            self._check_source(conn)
            current, undated = self._scan(conn)
        for local in sorted(set(cp.known) - current):
            yield Deletion(id=self.doc_id(local))
        for local in undated:
            yield ConnectorFailure(
                id=self.doc_id(local),
                reason=f"the {self.updated_column} column is NULL, so changes to this row cannot be followed",
            )
        start_mark = cp.mark.python() if cp.mark else None
        start_seen = frozenset(cp.at_mark)
        mark, mark_model, at_mark = start_mark, cp.mark, set(start_seen)
        # Sorted again only when a row the scan missed (added since) turns up, which is rare: the marks share it.
        known: list[str] | None = None
        after: tuple[object, object] | None = None
        while True:
            # Each batch on a short-lived connection: no transaction stays open while the caller works.
            with self._connection() as conn:
                rows = self._batch(conn, start_mark, after)
            for row in rows:
                updated, local = row._mapping[self.updated_column], str(row._mapping[self.id_column])
                if updated != mark:
                    mark, mark_model, at_mark = updated, SqlMark.of(updated, self.updated_column), set()
                at_mark.add(local)
                if updated == start_mark and local in start_seen:
                    continue
                if local not in current:
                    current.add(local)
                    known = None
                yield self._item(row._mapping, local)
            if len(rows) < self.batch_size:
                break
            after = (rows[-1]._mapping[self.updated_column], rows[-1]._mapping[self.id_column])
            # Every row ordered up to `after` has been yielded: the next run may start from here.
            known = known or sorted(current)
            yield CheckpointMark(
                checkpoint=SqlCheckpoint.model_construct(mark=mark_model, at_mark=sorted(at_mark), known=known)
            )
        return SqlCheckpoint(mark=mark_model, at_mark=sorted(at_mark), known=known or sorted(current))

    def _item(self, row: sa.RowMapping, local: str) -> SourceItem:
        doc_id = self.doc_id(local)
        for column in (self.title_column, self.body_column):
            if row[column] is None:
                return ConnectorFailure(id=doc_id, reason=f"the {column} column is NULL")
        try:
            title = _utf8(row[self.title_column]).decode("utf-8").strip()
        except UnicodeError:
            return ConnectorFailure(id=doc_id, reason=f"the {self.title_column} column is not valid UTF-8 text")
        try:
            content = _utf8(row[self.body_column])
        except UnicodeError:
            return ConnectorFailure(id=doc_id, reason=f"the {self.body_column} column is not valid UTF-8 text")
        return Document(
            id=doc_id,
            source=self.name,
            title=title or local,
            uri=self._uri(local),
            content=content,
            mime_type=self.mime_type,
            filename=re.sub(r"[^\w.-]", "_", local) + self.extension,
            modified=_as_datetime(row[self.updated_column]),
            access=self._access(row),
            metadata={"row_id": local, **({"table": self.table} if self.table else {})},
        )

    def _uri(self, local: str) -> str:
        if self.url.host:
            location = f"{self.url.host}:{self.url.port}" if self.url.port else self.url.host
        else:
            location = Path(self.url.database or "memory").name
        return f"sql://{location}/{quote(self.table or self.name, safe='.')}#{quote(local, safe='')}"

    def _access(self, row: sa.RowMapping) -> Access:
        if not (self.users_column or self.groups_column or self.public_column):
            return self.access
        return Access(
            users=_names(row[self.users_column]) if self.users_column else frozenset(),
            groups=_names(row[self.groups_column]) if self.groups_column else frozenset(),
            public=_truthy(row[self.public_column]) if self.public_column else False,
        )


def _tolerate_bad_utf8(dbapi_connection: object, _record: object) -> None:
    # sqlite3 fails a whole fetch on one TEXT value that is not UTF-8; decoding with
    # surrogates instead lets that one row be reported as a failure.
    if isinstance(dbapi_connection, sqlite3.Connection):
        dbapi_connection.text_factory = lambda raw: raw.decode("utf-8", "surrogateescape")


def _utf8(value: object) -> bytes:
    """The value as UTF-8 bytes; raises UnicodeError when it is not text."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value)
        raw.decode("utf-8")
        return raw
    return str(value).encode("utf-8")


def _names(value: object) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, (list, tuple, set, frozenset)):
        return frozenset(str(v).strip() for v in value if v is not None and str(v).strip())
    if isinstance(value, (bytes, bytearray, memoryview)):
        value = bytes(value).decode("utf-8", "replace")
    return frozenset(n for n in re.split(r"[,;\s]+", str(value)) if n)


def _truthy(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, (bool, int, float, Decimal)):
        return bool(value)
    return str(value).strip().lower() in _TRUE_WORDS


def _as_datetime(value: object) -> datetime | None:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return None
