"""Ingest a corpus into the store: read the sources, skip what is stored, analyse the rest in worker
processes, and write the analyses in batches.

Sources are files, folders (searched for article files), globs, JSONL, CSV, RSS, Atom and WARC corpora. A
document's id is the hash of its cleaned text, known before any parsing, so an article already in the
store (or twice in the input) costs only its reading. Worker processes each load the pipeline once; the
parent process is the one writer, and each batch is one transaction, so killing an ingest at any moment
loses at most the batch in flight and a second run picks up where the first stopped. Bad records are
reported with where they are and why, and skipped. The sources are read WINDOW documents ahead of the
workers, so a corpus of millions of articles never sits in memory whole; a corpus of one window has its
whole count known before the first analysis, for the progress bar's estimate.
"""

from __future__ import annotations

import csv
import glob
import io
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from presslens.errors import Rejected
from presslens.ingest import Document, from_record, from_source
from presslens.model import Analysis, content_id
from presslens.settings import Settings

ARTICLE_SUFFIXES = (
    ".txt",
    ".md",
    ".html",
    ".htm",
    ".jsonl",
    ".ndjson",
    ".csv",
    ".rss",
    ".atom",
    ".xml",
    ".gz",
)
TEXT_COLUMNS = ("text", "body", "content", "article")  # tried in order when --text-column is not given
WINDOW = 20_000  # documents read ahead of the analysis (about 100 MB of news text)


@dataclass
class Summary:
    read: int = 0  # documents read from the sources
    added: int = 0
    stored_before: int = 0  # already in the store
    repeated: int = 0  # the same text twice in this input
    rejected: list[Rejected] = field(default_factory=list)  # unreadable records, with where and why
    failed: list[Rejected] = field(default_factory=list)  # documents the pipeline could not analyse
    queued: int = 0  # new documents sent to analysis so far
    seconds: float = 0.0

    @property
    def per_second(self) -> float:
        return self.added / self.seconds if self.seconds else 0.0


def expand(specs: list[str]) -> Iterator[str | Rejected]:
    """File paths for every source: a file as is, a folder's article files (recursively, sorted), a glob's
    matches (sorted); "-" and URLs pass through."""
    for spec in specs:
        if spec == "-" or "://" in spec[:12]:
            yield spec
        elif any(c in spec for c in "*?["):
            matches = sorted(p for p in glob.glob(spec, recursive=True) if Path(p).is_file())
            if not matches:
                yield Rejected("the pattern matches no file", spec)
            yield from matches
        elif Path(spec).is_dir():
            files = sorted(
                str(p)
                for p in Path(spec).rglob("*")
                if p.is_file() and p.name.lower().endswith(ARTICLE_SUFFIXES)
            )
            if not files:
                yield Rejected("the folder holds no article files", spec)
            yield from files
        else:
            yield spec


def csv_documents(path: str, settings: Settings, text_column: str | None) -> Iterator[Document | Rejected]:
    """One document per CSV row: the text column (given, or the first of TEXT_COLUMNS present) with the
    url, title, published, outlet and authors columns when the file has them."""
    try:
        raw = Path(path).read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        yield Rejected(f"cannot read the CSV file ({exc.__class__.__name__})", path)
        return
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = reader.fieldnames or []
    column = text_column or next((c for c in TEXT_COLUMNS if c in columns), None)
    if column not in columns:
        yield Rejected(
            f"no text column (columns: {', '.join(columns) or 'none'}; choose one with --text-column)", path
        )
        return
    for n, row in enumerate(reader, start=2):  # line 1 is the header
        record = {k: v for k, v in row.items() if k and v}
        record["text"] = row.get(column) or ""
        try:
            yield from_record(record, uri=f"{path}:{n}", settings=settings)
        except Rejected as exc:
            yield exc


def documents(
    specs: list[str], settings: Settings, text_column: str | None = None
) -> Iterator[Document | Rejected]:
    """Every document of the sources, in order, with the refusals where they occur."""
    for path in expand(specs):
        if isinstance(path, Rejected):
            yield path
        elif path.lower().endswith(".csv"):
            yield from csv_documents(path, settings, text_column)
        else:
            yield from from_source(path, settings)


# --- workers ----------------------------------------------------------------------------------------------


def _start_worker(settings: Settings) -> None:
    from presslens.pipeline import start_worker  # imported in the worker: the writer holds no pipeline

    start_worker(settings)


Rows = tuple[str, dict[str, list[tuple[Any, ...]]]]  # an analysis as the store's rows, with its id


def _rows(results: Iterable[Analysis | Rejected]) -> list[Rows | Rejected]:
    """The store's rows of each analysis, with the vectors of its claims for `presslens narratives`
    (embedded here, in the worker, all claims of the chunk in one run of the encoder)."""
    from presslens.corpus.narratives import claim_vectors
    from presslens.store.rows import rows_of

    done = list(results)
    vectors = claim_vectors([r for r in done if not isinstance(r, Rejected)])
    return [
        r if isinstance(r, Rejected) else (r.id, rows_of(r) | {"claim_vectors": vectors[r.id]}) for r in done
    ]


def _chunks(todo: list[Document], size: int = 8) -> list[list[Document]]:
    """The documents in runs of `size`, the unit of work sent to a worker."""
    return [todo[k : k + size] for k in range(0, len(todo), size)]


def _analyse_chunk(chunk: list[Document]) -> list[Rows | Rejected]:
    from presslens.pipeline import analyze_in_worker

    return _rows(analyze_in_worker(chunk))


def _analyse_chunk_with(chunk: list[Document], settings: Settings) -> list[Rows | Rejected]:
    """A Dask task: the pipeline loads on a worker's first task and stays loaded for the next ones."""
    from presslens.pipeline import analyze_documents

    return _rows(analyze_documents(chunk, settings))


def _analysed_on_dask(
    windows: Iterator[list[Document]], settings: Settings, scheduler: str | None
) -> Iterator[Rows | Rejected]:
    """The same rows, made by the workers of a Dask cluster: the one at `scheduler` ("tcp://host:8786"), or
    a local cluster of one single-threaded worker process per core when None."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise Rejected("--engine dask needs dask.distributed: pip install 'dask[distributed]'") from None
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=default_workers(), threads_per_worker=1, processes=True)
    try:
        with Client(scheduler or cluster) as client:
            for window in windows:
                chunks = _chunks(window)
                futures = [
                    client.submit(_analyse_chunk_with, chunk, settings, pure=False) for chunk in chunks
                ]
                for future in as_completed(futures):
                    yield from future.result()
                    future.release()
    except OSError as exc:
        raise Rejected(f"cannot reach the Dask scheduler {scheduler!r} ({exc})") from None
    finally:
        if cluster is not None:
            cluster.close()


def _analysed(
    windows: Iterator[list[Document]], settings: Settings, workers: int
) -> Iterator[Rows | Rejected]:
    """The store's rows of each document's analysis, made by `workers` processes (in any order), a window
    of documents at a time. The workers also turn analyses into rows, so that this process, the writer,
    only writes, and holds no models: each process stays small (one worker about 0.77 GB)."""
    import multiprocessing

    pool = None
    context = multiprocessing.get_context("spawn")  # no forked copies of loaded models or open stores
    try:
        for window in windows:
            if pool is None:  # started on the first window with work in it
                pool = context.Pool(max(workers, 1), initializer=_start_worker, initargs=(settings,))
            for results in pool.imap_unordered(_analyse_chunk, _chunks(window)):
                yield from results
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()


# --- the run ----------------------------------------------------------------------------------------------


def ingest(
    specs: list[str],
    db: str | Path,
    settings: Settings | None = None,
    workers: int = 1,
    batch: int = 32,
    text_column: str | None = None,
    on_batch: Callable[[Summary, int], None] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> Summary:
    """Read, skip what is stored, analyse and store. `on_batch(summary, to_do)` is called after each
    committed batch (for a progress display). `engine` "dask" analyses on a Dask cluster (`scheduler`,
    or a local one); the store is written here either way."""
    if engine not in ("local", "dask"):
        raise Rejected(f"unknown engine {engine!r} (local or dask)")
    from presslens.store import Store

    settings = settings or Settings()
    summary = Summary()
    started = time.perf_counter()
    with Store(db) as store:
        seen: set[str] = set()

        def windows() -> Iterator[list[Document]]:
            """The sources' new documents, WINDOW read at a time; what is stored or repeated is counted."""
            read: list[tuple[str, Document]] = []
            items = documents(specs, settings, text_column)
            while True:
                for item in items:
                    if isinstance(item, Rejected):
                        summary.rejected.append(item)
                        continue
                    summary.read += 1
                    read.append((content_id(item.text), item))
                    if len(read) >= WINDOW:
                        break
                if not read:
                    return
                stored = store.has(i for i, _ in read)
                todo = []
                for doc_id, doc in read:
                    if doc_id in seen:
                        summary.repeated += 1
                        continue
                    seen.add(doc_id)
                    if doc_id in stored:
                        summary.stored_before += 1
                    else:
                        todo.append(doc)
                read = []
                summary.queued += len(todo)
                if on_batch:
                    on_batch(summary, summary.queued)
                if todo:
                    yield todo

        pending: list[Rows] = []
        results = (
            _analysed_on_dask(windows(), settings, scheduler)
            if engine == "dask"
            else _analysed(windows(), settings, workers)
        )
        for result in results:
            if isinstance(result, Rejected):
                summary.failed.append(result)
            else:
                pending.append(result)
            if len(pending) >= batch:
                summary.added += store.add_rows(pending)
                pending = []
                summary.seconds = time.perf_counter() - started
                if on_batch:
                    on_batch(summary, summary.queued)
        if pending:
            summary.added += store.add_rows(pending)
    summary.seconds = time.perf_counter() - started
    if on_batch:
        on_batch(summary, summary.queued)
    return summary


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def is_terminal() -> bool:
    return sys.stderr.isatty()
