"""Loaders into extraction: the one place that joins the two stages."""

from __future__ import annotations

import collections
import itertools
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from .extraction import DocumentRecord, extract_document, record_dict
from .extraction.model import Warning
from .loaders import LoaderError, RawDocument, Unchanged, Undecoded, decode, load_paths, scan_lazily

A = TypeVar("A")
B = TypeVar("B")


class ExtractionFailed(LoaderError):
    """Extraction itself failed on a document; reported like a bad file, never as a traceback."""


def extract_raw(doc: RawDocument) -> DocumentRecord | ExtractionFailed:
    try:
        record = extract_document(doc.text, doc.source, doc.meta, doc.content_hash)
    except Exception as exc:  # one bad document must not stop the batch
        return ExtractionFailed(doc.source, f"extraction failed ({type(exc).__name__}: {exc})")
    if doc.warnings:  # what the loader dropped (an impossible metadata date) is reported with the rest
        loader = tuple(Warning("bad_metadata", message) for message in doc.warnings)
        record = replace(record, warnings=record.warnings + loader)
    return record


def extract_paths(paths: Iterable[str | Path]) -> Iterator[DocumentRecord | LoaderError]:
    """Every document under `paths` as a record, or the error that stopped it."""
    for item in load_paths(paths):
        yield item if isinstance(item, LoaderError) else extract_raw(item)


def default_jobs() -> int:
    """Every core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


# Documents handed to the workers at a time: bounds what waits in memory (one window is being
# extracted while the caller consumes the one before), and small inputs never start a pool.
WINDOW_PER_JOB = 32
# How much lower the workers' priority is than the caller's (os.nice increment).
WORKER_NICENESS = 10


class _Done(Generic[B]):
    """A window computed here, queued in order with the workers' results."""

    def __init__(self, results: list[B]) -> None:
        self.results = results

    def get(self) -> list[B]:
        return self.results


def _lower_priority() -> None:
    if hasattr(os, "nice"):  # POSIX only
        os.nice(WORKER_NICENESS)


def map_ordered(
    fn: Callable[[A], B],
    items: Iterable[A],
    jobs: int,
    ahead: int = 2,
    trivial: Callable[[A], bool] | None = None,
) -> Iterator[B]:
    """`map(fn, items)` on `jobs` processes, in order, with `ahead` windows of items in flight.

    The workers go on with the windows ahead while the caller is busy (a load commits a
    batch meanwhile). A window whose every item is `trivial` (an unchanged document) is
    mapped here, and no pool starts until a window needs one. `fn` must be a module-level
    function (it is pickled to the workers).
    """
    it = iter(items)
    size = WINDOW_PER_JOB * max(jobs, 1)
    window = list(itertools.islice(it, size))
    if jobs <= 1 or len(window) < 2 * jobs:
        yield from map(fn, itertools.chain(window, it))
        return
    # Workers come from a fork server (a clean process), never forked from this one: a fork
    # of a process with threads (a Neo4j driver's, a test runner's) can inherit a held lock.
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    pool: Any = None
    pending: collections.deque[Any] = collections.deque()

    def submit(window: list[A]) -> None:
        nonlocal pool
        if trivial is not None and all(trivial(x) for x in window):
            pending.append(_Done([fn(x) for x in window]))
            return
        if pool is None:
            # Workers run at a lower priority: the caller (a load's commits) is the one serial
            # stage, and a worker sharing its core would slow the whole pipeline; the workers
            # still get every cycle the caller leaves. (--jobs 2 on 10k plans: 32 s -> 28 s.)
            pool = ctx.Pool(jobs, initializer=_lower_priority)
        pending.append(pool.map_async(fn, window, chunksize=4))

    try:
        submit(window)
        while pending:
            while len(pending) < max(ahead, 1) and (window := list(itertools.islice(it, size))):
                submit(window)
            yield from pending.popleft().get()
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()


def _extract_item(item: RawDocument | Undecoded | Unchanged | LoaderError) -> DocumentRecord | LoaderError:
    raw = decode(item) if isinstance(item, Undecoded) else item
    assert not isinstance(raw, Unchanged)  # none: no hashes are known when extracting
    return raw if isinstance(raw, LoaderError) else extract_raw(raw)


def _extract_json(item: RawDocument | Undecoded | Unchanged | LoaderError) -> str | LoaderError:
    """A document's record as the JSON text `vbkg extract` prints: made on the worker, so the
    caller only writes it (a record object costs more to send back than its text)."""
    record = _extract_item(item)
    return record if isinstance(record, LoaderError) else json.dumps(record_dict(record), ensure_ascii=False)


def extract_paths_parallel(paths: Iterable[str | Path], jobs: int) -> Iterator[DocumentRecord | LoaderError]:
    """`extract_paths` with decoding and extraction on `jobs` processes; the same records in
    the same order."""
    return map_ordered(_extract_item, scan_lazily(paths), jobs)


def extract_json_parallel(paths: Iterable[str | Path], jobs: int) -> Iterator[str | LoaderError]:
    """`extract_paths_parallel`, each record as its JSON text (`record_dict`)."""
    return map_ordered(_extract_json, scan_lazily(paths), jobs)
