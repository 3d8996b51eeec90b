"""The corpus store: every analysis of a corpus in one DuckDB file, its findings in one table each.

An article's id is the hash of its cleaned text, so the same article added twice is stored once. Each
`add` is one transaction: an article and all its findings land together or not at all, and a writer
killed at any moment (kill -9 included) leaves the store as it was after its last finished batch, which
DuckDB's write-ahead log restores on the next open. The schema version is kept in the `meta` table, and
`open` refuses a store written by a newer presslens rather than guessing; older ones are migrated by the
steps in MIGRATIONS.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from presslens.errors import Rejected
from presslens.model import Analysis
from presslens.store.rows import FINDINGS, TABLES, rows_of

STORE_VERSION = 1
# version reached -> SQL statements that bring a store of the version before up to it
MIGRATIONS: dict[int, tuple[str, ...]] = {}


def _ddl(table: str) -> str:
    columns = TABLES[table]
    cols = [f'"{c}" {t}' for c, t in columns.items()]
    if table != "articles":
        cols.insert(0, "article_id VARCHAR NOT NULL")
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})"


class Store:
    """A DuckDB corpus store. Open it with `Store(path)`; use it as a context manager to close it."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        import duckdb

        self.path = Path(path)
        if read_only and not self.path.exists():
            raise Rejected("no such store", str(path))
        try:
            self.db = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise Rejected(f"cannot open the store ({exc.__class__.__name__}: {exc})", str(path)) from None
        if not read_only:
            self._prepare()
        self._check_version()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _prepare(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        found = self.db.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()
        if found is None:
            self.db.execute("BEGIN")
            for table in TABLES:
                self.db.execute(_ddl(table))
            for table in FINDINGS:
                self.db.execute(f"CREATE INDEX IF NOT EXISTS {table}_article ON {table} (article_id)")
            self.db.execute("INSERT INTO meta VALUES ('store_version', ?)", [str(STORE_VERSION)])
            self.db.execute("COMMIT")
            return
        version = int(found[0])
        if version < STORE_VERSION:
            self.db.execute("BEGIN")
            for step in range(version + 1, STORE_VERSION + 1):
                for statement in MIGRATIONS.get(step, ()):
                    self.db.execute(statement)
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'store_version'", [str(STORE_VERSION)])
            self.db.execute("COMMIT")

    def _check_version(self) -> None:
        try:
            found = self.db.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()
        except Exception:
            found = None
        if found is None:
            raise Rejected("not a presslens store (no store_version)", str(self.path))
        if int(found[0]) > STORE_VERSION:
            raise Rejected(
                f"the store was written by a newer presslens (store version {found[0]}, this one reads "
                f"{STORE_VERSION})",
                str(self.path),
            )

    def has(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored."""
        wanted = list(set(ids))
        if not wanted:
            return set()
        rows = self.db.execute("SELECT id FROM articles WHERE id IN (SELECT UNNEST(?))", [wanted]).fetchall()
        return {r[0] for r in rows}

    def add(self, analyses: Iterable[Analysis]) -> int:
        """Store analyses not stored yet, in one transaction; returns how many were added."""
        batch: dict[str, Analysis] = {}
        for a in analyses:
            batch.setdefault(a.id, a)
        stored = self.has(batch)
        new = [a for i, a in batch.items() if i not in stored]
        if not new:
            return 0
        rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLES}
        for a in new:
            for table, items in rows_of(a).items():
                rows[table].extend(items)
        import pyarrow as pa

        self.db.execute("BEGIN")
        try:
            for table, items in rows.items():
                if items:  # through Arrow: a column at a time, far faster than row inserts
                    columns = {f"c{k}": pa.array(list(col)) for k, col in enumerate(zip(*items, strict=True))}
                    self.db.register("batch_rows", pa.table(columns))
                    self.db.execute(f"INSERT INTO {table} SELECT * FROM batch_rows")
                    self.db.unregister("batch_rows")
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return len(new)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # type: ignore[index]

    def query(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Column names and rows of a SQL query; a bad query is a one-line `Rejected`."""
        import duckdb

        try:
            cursor = self.db.execute(sql)
            return [d[0] for d in cursor.description or ()], cursor.fetchall()
        except duckdb.Error as exc:
            message = str(exc).splitlines()[0]
            raise Rejected(f"query failed: {message}") from None

    def export_parquet(self, folder: Path) -> dict[str, Path]:
        """One Parquet file per table in `folder`."""
        folder.mkdir(parents=True, exist_ok=True)
        out = {}
        for table in TABLES:
            path = folder / f"{table}.parquet"
            self.db.execute(f"COPY {table} TO '{_quoted(path)}' (FORMAT PARQUET)")
            out[table] = path
        return out

    def export_jsonl(self, path: Path) -> int:
        """Every stored analysis, one JSON record per line, in the order they were added."""
        n = 0
        with path.open("w", encoding="utf-8") as fh:
            for (record,) in self.db.execute("SELECT analysis FROM articles ORDER BY rowid").fetchall():
                fh.write(record + "\n")
                n += 1
        return n


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
