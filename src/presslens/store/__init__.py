"""The corpus store: every analysis of a corpus in one DuckDB file, its findings in one table each.

An article's id is the hash of its cleaned text, so the same article added twice is stored once. Each
`add` is one transaction: an article and all its findings land together or not at all, and a writer
killed at any moment (kill -9 included) leaves the store as it was after its last finished batch, which
DuckDB's write-ahead log restores on the next open. The schema version is kept in the `meta` table, and
`open` refuses a store written by a newer presslens rather than guessing; older ones are migrated by the
steps in MIGRATIONS.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from presslens.errors import Rejected
from presslens.model import Analysis
from presslens.store.rows import FINDINGS, TABLES, rows_of

STORE_VERSION = 4
# DuckDB keeps the store's keys (article ids) in memory: 256 MB failed to commit a batch into a store of
# 1M articles; the limit is a cap, not what the writer takes
WRITER_MEMORY = "2GB"
# corpus-level tables, derived from the articles and rebuilt by their commands (`presslens dedup`,
# `presslens narratives`); claim vectors are kept so that a new run embeds only the new claims
CORPUS_TABLES = {
    "copies": "CREATE TABLE IF NOT EXISTS copies (article_id VARCHAR PRIMARY KEY, origin_id VARCHAR, "
    "similarity DOUBLE)",
    "claim_vectors": "CREATE TABLE IF NOT EXISTS claim_vectors (article_id VARCHAR NOT NULL, idx INTEGER, "
    "vector BLOB, PRIMARY KEY (article_id, idx))",
    "narratives": "CREATE TABLE IF NOT EXISTS narratives (narrative_id INTEGER PRIMARY KEY, label VARCHAR, "
    "outlets INTEGER, articles INTEGER, first_published DATE, first_outlet VARCHAR, "
    "first_article_id VARCHAR)",
    "narrative_claims": "CREATE TABLE IF NOT EXISTS narrative_claims (narrative_id INTEGER, "
    "article_id VARCHAR, idx INTEGER, similarity DOUBLE)",
}
# version reached -> SQL statements that bring a store of the version before up to it
MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: (CORPUS_TABLES["copies"],),
    3: (CORPUS_TABLES["claim_vectors"], CORPUS_TABLES["narratives"], CORPUS_TABLES["narrative_claims"]),
    # the per-table article_id indexes went: no query looks findings up by article, the reports join, and
    # the indexes cost memory and insert time
    4: tuple(f"DROP INDEX IF EXISTS {table}_article" for table in FINDINGS),
}
ALL_TABLES = (*TABLES, *CORPUS_TABLES)


def _ddl(table: str) -> str:
    columns = TABLES[table]
    cols = [f'"{c}" {t}' for c, t in columns.items()]
    if table != "articles":
        cols.insert(0, "article_id VARCHAR NOT NULL")
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})"


class Store:
    """A DuckDB corpus store. Open it with `Store(path)`; use it as a context manager to close it."""

    def __init__(self, path: str | Path, read_only: bool = False, create: bool = True) -> None:
        import duckdb

        self.path = Path(path)
        if (read_only or not create) and not self.path.exists():
            raise Rejected("no such store", str(path))
        try:
            # a writer takes one thread: it shares the machine with the analysing workers
            config = {} if read_only else {"threads": 1, "memory_limit": WRITER_MEMORY}
            self.db = duckdb.connect(str(self.path), read_only=read_only, config=config)
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

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """All or nothing: committed when the block ends, rolled back when it raises."""
        self.db.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _prepare(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        found = self.db.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()
        if found is None:
            with self._transaction():
                for table in TABLES:
                    self.db.execute(_ddl(table))
                for ddl in CORPUS_TABLES.values():
                    self.db.execute(ddl)
                self.db.execute("INSERT INTO meta VALUES ('store_version', ?)", [str(STORE_VERSION)])
            return
        version = int(found[0])
        if version < STORE_VERSION:
            with self._transaction():
                for step in range(version + 1, STORE_VERSION + 1):
                    for statement in MIGRATIONS.get(step, ()):
                        self.db.execute(statement)
                self.db.execute("UPDATE meta SET value = ? WHERE key = 'store_version'", [str(STORE_VERSION)])

    def _check_version(self) -> None:
        import duckdb

        try:
            found = self.db.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()
        except duckdb.Error:  # no meta table: some other DuckDB file
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
        return self.add_rows((a.id, rows_of(a)) for a in analyses)

    def add_rows(self, items: Iterable[tuple[str, dict[str, list[tuple[Any, ...]]]]]) -> int:
        """`add` for analyses already turned into rows (`rows_of`), as (article id, rows): worker
        processes make the rows, so the one writer only writes. The rows may carry `claim_vectors` too."""
        batch: dict[str, dict[str, list[tuple[Any, ...]]]] = {}
        for article_id, article_rows in items:
            batch.setdefault(article_id, article_rows)
        stored = self.has(batch)
        new = [r for i, r in batch.items() if i not in stored]
        if not new:
            return 0
        rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in (*TABLES, "claim_vectors")}
        for article_rows in new:
            for table, table_rows in article_rows.items():
                rows[table].extend(table_rows)
        import pyarrow as pa

        with self._transaction():
            for table, table_rows in rows.items():
                if table_rows:  # through Arrow: a column at a time, far faster than row inserts
                    columns = {
                        f"c{k}": pa.array(list(col)) for k, col in enumerate(zip(*table_rows, strict=True))
                    }
                    self.db.register("batch_rows", pa.table(columns))
                    self.db.execute(f"INSERT INTO {table} SELECT * FROM batch_rows")
                    self.db.unregister("batch_rows")
        return len(new)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ALL_TABLES}  # type: ignore[index]

    def query(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Column names and rows of a SQL query; a bad query is a one-line `Rejected`."""
        return self.query_params(sql, [])

    def set_copies(self, copies: Iterable[Any]) -> int:
        """Replace the near-copy groups (`presslens.corpus.syndication.Copy` records) in one transaction."""
        rows = [(c.article_id, c.origin, c.similarity) for c in copies]
        with self._transaction():
            self.db.execute("DELETE FROM copies")
            if rows:
                self.db.executemany("INSERT INTO copies VALUES (?, ?, ?)", rows)
        return len(rows)

    def claims_to_embed(self, limit: int) -> list[tuple[str, int, str]]:
        """Up to `limit` stored claims (article id, index, text) that have no vector yet."""
        return self.db.execute(
            """SELECT c.article_id, c.idx, c.text FROM claims c ANTI JOIN claim_vectors v
               ON v.article_id = c.article_id AND v.idx = c.idx LIMIT ?""",
            [limit],
        ).fetchall()

    def add_claim_vectors(self, rows: list[tuple[str, int, bytes]]) -> None:
        with self._transaction():
            self.db.executemany("INSERT OR IGNORE INTO claim_vectors VALUES (?, ?, ?)", rows)

    def claims_with_vectors(self) -> list[tuple[str, int, str, str | None, Any, list[Any], bytes]]:
        """Every embedded claim: article id, index, text, outlet, publication day, the actors named in it
        as (actor id, kind, country) and its vector."""
        return self.db.execute(
            """WITH named AS (
                   SELECT c.article_id, c.idx, list(DISTINCT (m.actor_id, x.kind, x.country)) AS actors
                   FROM claims c
                   JOIN (SELECT article_id, start, "end", UNNEST(actor_ids) AS actor_id FROM mentions) m
                     ON m.article_id = c.article_id AND m.start >= c.start AND m."end" <= c."end"
                   LEFT JOIN actors x ON x.article_id = m.article_id AND x.actor_id = m.actor_id
                   GROUP BY ALL)
               SELECT c.article_id, c.idx, c.text, a.outlet, a.published, coalesce(n.actors, []), v.vector
               FROM claims c JOIN claim_vectors v ON v.article_id = c.article_id AND v.idx = c.idx
               JOIN articles a ON a.id = c.article_id
               LEFT JOIN named n ON n.article_id = c.article_id AND n.idx = c.idx
               ORDER BY c.article_id, c.idx"""
        ).fetchall()

    def set_narratives(self, rows: list[tuple[Any, ...]], members: list[tuple[Any, ...]]) -> None:
        """Replace the narratives (`narratives` rows, `narrative_claims` rows) in one transaction."""
        with self._transaction():
            self.db.execute("DELETE FROM narratives")
            self.db.execute("DELETE FROM narrative_claims")
            if rows:
                self.db.executemany("INSERT INTO narratives VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
                self.db.executemany("INSERT INTO narrative_claims VALUES (?, ?, ?, ?)", members)

    # --- the questions analysts ask (one method each; the reports and the web app share them) ----------

    def actor_ids(self, name_or_code: str) -> list[str]:
        """The stored actor ids an analyst's word names: an actor id ("RUS", "person:vladimir-putin") if one
        is stored, else every actor of that name (any case) or code."""
        _, exact = self.query_params("SELECT 1 FROM actors WHERE actor_id = ? LIMIT 1", [name_or_code])
        if exact:
            return [name_or_code]
        _, rows = self.query_params(
            "SELECT DISTINCT actor_id FROM actors WHERE lower(name) = lower(?) OR upper(code) = upper(?) "
            "ORDER BY 1",
            [name_or_code] * 2,
        )
        return [r[0] for r in rows]

    def portrayal_series(
        self, actor: str, outlet: str | None = None, period: str = "month"
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """How the press portrays an actor over time, per outlet: articles, mean score, and the share of
        positive and negative portrayals, per period (day, week, month, year) of publication."""
        return self.query_params(
            f"""SELECT CAST(date_trunc('{_period(period)}', a.published) AS DATE) AS period, a.outlet,
                   count(*) AS articles, round(avg(p.score), 3) AS mean_score,
                   round(avg(CASE WHEN p.polarity = 'positive' THEN 1 ELSE 0 END), 3) AS positive,
                   round(avg(CASE WHEN p.polarity = 'negative' THEN 1 ELSE 0 END), 3) AS negative
            FROM portrayals p JOIN articles a ON a.id = p.article_id
            WHERE p.actor_id IN (SELECT UNNEST(?)) AND (? IS NULL OR a.outlet = ?)
            GROUP BY ALL ORDER BY period, a.outlet""",
            [self.actor_ids(actor) or [actor], outlet, outlet],
        )

    def relations(self, a: str, b: str, period: str = "month") -> tuple[list[str], list[tuple[Any, ...]]]:
        """Events between two actors in both directions, per period: counts by quad class, the mean
        Goldstein intensity, and one example sentence."""
        return self.query_params(
            f"""SELECT CAST(date_trunc('{_period(period)}', coalesce(e.event_date, a.published)) AS DATE)
                   AS period,
                   CASE WHEN list_has_any(e.source_ids, $a) THEN 'a->b' ELSE 'b->a' END AS direction,
                   count(*) AS events,
                   count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperation,
                   count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict,
                   round(avg(e.intensity), 2) AS mean_intensity,
                   any_value(e.sentence_text) AS example
            FROM events e JOIN articles a ON a.id = e.article_id
            WHERE e.modality NOT IN ('negated', 'hypothetical') AND (
                (list_has_any(e.source_ids, $a) AND list_has_any(e.target_ids, $b))
                OR (list_has_any(e.source_ids, $b) AND list_has_any(e.target_ids, $a)))
            GROUP BY ALL ORDER BY period, direction""",
            {"a": self.actor_ids(a) or [a], "b": self.actor_ids(b) or [b]},
        )

    def outlet_profile(self, outlet: str) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
        """An outlet's habits: technique use per 1,000 words, the actors it portrays most and how, and
        its genre mix."""
        return {
            "techniques": self.query_params(
                """SELECT t.technique, count(*) AS spans,
                       round(1000.0 * count(*) / (SELECT sum(word_count) FROM articles WHERE outlet = ?), 2)
                       AS per_1000_words
                FROM techniques t JOIN articles a ON a.id = t.article_id WHERE a.outlet = ?
                GROUP BY 1 ORDER BY 2 DESC""",
                [outlet, outlet],
            ),
            "actors": self.query_params(
                """SELECT p.actor_id, count(*) AS articles, round(avg(p.score), 3) AS mean_score,
                       mode(p.polarity) AS usual_polarity
                FROM portrayals p JOIN articles a ON a.id = p.article_id WHERE a.outlet = ?
                GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20""",
                [outlet],
            ),
            "genres": self.query_params(
                "SELECT genre, count(*) AS articles FROM articles WHERE outlet = ? "
                "GROUP BY 1 ORDER BY 2 DESC",
                [outlet],
            ),
        }

    def narrative_summary(self, limit: int = 20) -> tuple[list[str], list[tuple[Any, ...]]]:
        """The most widely carried narratives: how many outlets and articles, where and when first seen (and
        the article that first carried it)."""
        return self.query_params(
            """SELECT narrative_id AS id, outlets, articles, first_published, first_outlet,
                   (SELECT string_agg(DISTINCT a.outlet, ', ' ORDER BY a.outlet)
                    FROM narrative_claims c JOIN articles a ON a.id = c.article_id
                    WHERE c.narrative_id = n.narrative_id) AS carried_by,
                   label, first_article_id
            FROM narratives n ORDER BY outlets DESC, articles DESC, narrative_id LIMIT ?""",
            [limit],
        )

    def narrative_series(
        self, period: str = "month", limit: int = 5
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Articles carrying each of the `limit` most widely carried narratives, per period and outlet."""
        return self.query_params(
            f"""SELECT CAST(date_trunc('{_period(period)}', a.published) AS DATE) AS period,
                   c.narrative_id AS id, a.outlet, count(DISTINCT a.id) AS articles
            FROM narrative_claims c JOIN articles a ON a.id = c.article_id
            WHERE c.narrative_id IN (SELECT narrative_id FROM narratives
                                     ORDER BY outlets DESC, articles DESC, narrative_id LIMIT ?)
            GROUP BY ALL ORDER BY period, id, a.outlet""",
            [limit],
        )

    def articles(
        self,
        outlet: str | None = None,
        actor: str | None = None,
        since: Any = None,
        until: Any = None,
        technique: str | None = None,
        text: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[dict[str, Any]]]:
        """Stored articles matching every filter given, newest first: (how many match, one page of them).
        `actor` is an id, code or name; `text` a case-insensitive substring of the title or the text."""
        ids = (self.actor_ids(actor) or [actor]) if actor else None
        columns, rows = self.query_params(
            """SELECT a.id, a.title, a.outlet, a.published, a.genre, a.tone, a.word_count, a.uri,
                   count(*) OVER () AS total
            FROM articles a
            WHERE ($outlet IS NULL OR a.outlet = $outlet)
              AND ($since IS NULL OR a.published >= $since) AND ($until IS NULL OR a.published <= $until)
              AND ($text IS NULL OR contains(lower(a.text), lower($text))
                   OR contains(lower(coalesce(a.title, '')), lower($text)))
              AND ($technique IS NULL OR EXISTS (
                  SELECT 1 FROM techniques t WHERE t.article_id = a.id AND t.technique = $technique))
              AND ($ids IS NULL OR EXISTS (
                  SELECT 1 FROM actors x WHERE x.article_id = a.id AND list_contains($ids, x.actor_id)))
            ORDER BY a.published DESC NULLS LAST, a.id LIMIT $limit OFFSET $offset""",
            {
                "outlet": outlet,
                "since": since,
                "until": until,
                "text": text,
                "technique": technique,
                "ids": ids,
                "limit": limit,
                "offset": offset,
            },
        )
        total = rows[0][-1] if rows else 0
        return total, [dict(zip(columns[:-1], row[:-1], strict=True)) for row in rows]

    def analysis(self, article_id: str) -> str | None:
        """The stored analysis of an article, as JSON."""
        _, rows = self.query_params("SELECT analysis FROM articles WHERE id = ?", [article_id])
        return rows[0][0] if rows else None

    def technique_rates(self) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Per outlet: articles, technique spans per 1,000 words, and its most used technique."""
        return self.query_params(
            """WITH words AS (SELECT outlet, count(*) AS articles, sum(word_count) AS words
                              FROM articles GROUP BY 1),
                    used AS (SELECT a.outlet, t.technique, count(*) AS spans
                             FROM techniques t JOIN articles a ON a.id = t.article_id GROUP BY 1, 2)
            SELECT w.outlet, w.articles, coalesce(sum(u.spans), 0) AS spans,
                   round(1000.0 * coalesce(sum(u.spans), 0) / nullif(w.words, 0), 2) AS per_1000_words,
                   arg_max(u.technique, u.spans) AS most_used
            FROM words w LEFT JOIN used u ON u.outlet IS NOT DISTINCT FROM w.outlet
            GROUP BY w.outlet, w.articles, w.words ORDER BY per_1000_words DESC NULLS LAST, w.outlet""",
            [],
        )

    def busiest(self) -> tuple[str | None, tuple[str, str] | None]:
        """The most portrayed actor and the pair of actors with the most events between them: what the
        dashboard shows before it is asked anything."""
        _, actor = self.query_params(
            "SELECT actor_id FROM portrayals GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1", []
        )
        _, pair = self.query_params(
            """SELECT least(s, t), greatest(s, t) FROM (
                   SELECT UNNEST(source_ids) AS s, UNNEST(target_ids) AS t FROM events) WHERE s <> t
               GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1""",
            [],
        )
        return (actor[0][0] if actor else None), ((pair[0][0], pair[0][1]) if pair else None)

    def query_params(
        self, sql: str, params: list[Any] | dict[str, Any]
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """`query` with bound parameters."""
        import duckdb

        try:
            cursor = self.db.execute(sql, params)
            return [d[0] for d in cursor.description or ()], cursor.fetchall()
        except duckdb.Error as exc:
            raise Rejected(f"query failed: {str(exc).splitlines()[0]}") from None

    def export_parquet(self, folder: Path) -> dict[str, Path]:
        """One Parquet file per table in `folder`."""
        folder.mkdir(parents=True, exist_ok=True)
        out = {}
        for table in ALL_TABLES:
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


def _period(period: str) -> str:
    if period not in ("day", "week", "month", "quarter", "year"):
        raise Rejected(f"unknown period {period!r} (day, week, month, quarter or year)")
    return period


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
