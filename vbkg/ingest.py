"""Loading documents into a store: skip the unchanged, extract the rest, commit in batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .extraction import record_dict
from .graph import build_graph
from .loaders import LoaderError, RawDocument, Unchanged, Undecoded, decode, scan_lazily
from .pipeline import WINDOW_PER_JOB, extract_raw, map_ordered
from .stores import LoadSummary, Store, Upsert
from .stores.sqlite_facts import source_rows

Progress = Callable[[str], None]
# Documents per commit: bounds the memory a load holds; each commit is atomic, so a load
# stopped later keeps the batches before it.
BATCH_SIZE = 1000
# Batches extracted ahead of the one being committed: the workers go on meanwhile, and a
# commit slower than usual (a hub re-resolved) does not leave them idle.
AHEAD_BATCHES = 2


def _prepare(item: RawDocument | Undecoded | Unchanged | LoaderError) -> Upsert | Unchanged | LoaderError:
    """A read document decoded and extracted into the upsert that stores it (in a worker
    process with --jobs, so the main process only reads, hashes and commits)."""
    raw = decode(item) if isinstance(item, Undecoded) else item
    if not isinstance(raw, RawDocument):
        return raw
    item = raw
    record = extract_raw(item)
    if isinstance(record, LoaderError):
        return record
    data = record_dict(record)
    # the store's rows of it are built here too: on a worker with --jobs, not in the committing process
    return Upsert(item.source, item.content_hash, data, source_rows(item.source, data))


def _unread(item: RawDocument | Undecoded | Unchanged | LoaderError) -> bool:
    """Nothing to extract: an unchanged document or a file that could not be read."""
    return not isinstance(item, RawDocument | Undecoded)


def load(
    store: Store,
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    jobs: int = 1,
) -> LoadSummary:
    """Load documents; one whose raw bytes are unchanged is skipped undecoded, a bad one fails alone.

    Documents are read and committed here, extracted on `jobs` processes.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    summary = LoadSummary()
    summary.nodes_before, summary.edges_before = store.counts()
    batch: list[Upsert] = []
    ahead = max(2, AHEAD_BATCHES * batch_size // (WINDOW_PER_JOB * max(jobs, 1)))
    scanned = scan_lazily(paths, known=store.known_hashes())
    for item in map_ordered(_prepare, scanned, jobs, ahead, trivial=_unread):
        if isinstance(item, LoaderError):
            summary.failed.append((item.source, item.problem))
        elif isinstance(item, Unchanged):
            summary.skipped += 1
        else:
            if not _identified(item.record):
                summary.not_documents.append(item.source)
            else:
                batch.append(item)
        if progress:
            progress(item.source)
        if len(batch) >= batch_size:
            _commit(store, batch, summary)
            batch = []
    if batch:
        _commit(store, batch, summary)
    summary.nodes_after, summary.edges_after = store.counts()
    return summary


_IDENTITY = ("symbol", "number", "type_code", "issuer", "date", "year", "title")


def _identified(record: dict[str, Any]) -> bool:
    """Does anything say what document this is? A file with none (a README, notes) is none."""
    document = record.get("document") or {}
    return any(document.get(key) for key in _IDENTITY)


def _commit(store: Store, batch: list[Upsert], summary: LoadSummary) -> None:
    store.commit(batch, build_graph)
    summary.loaded += len(batch)


def push(source: Store, target: Store) -> tuple[int, int]:
    """Copy the records and graph of one store into another (embedded → Neo4j)."""
    upserts = [Upsert(r["source"], r.get("content_hash") or "", r) for r in source.records()]
    target.commit(upserts, build_graph)
    return target.counts()
