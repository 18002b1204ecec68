"""Loading documents into a store: skip the unchanged, extract the rest, commit atomically."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .extraction import record_dict
from .graph import build_graph
from .loaders import LoaderError, load_paths
from .pipeline import extract_raw
from .stores import LoadSummary, Store, Upsert

Progress = Callable[[str], None]


def load(store: Store, paths: Iterable[str | Path], progress: Progress | None = None) -> LoadSummary:
    """Load documents; a document whose content hash is unchanged is skipped, a bad one fails alone."""
    summary = LoadSummary()
    known = store.known_hashes()
    upserts: list[Upsert] = []
    for item in load_paths(paths):
        if isinstance(item, LoaderError):
            summary.failed.append((item.source, item.problem))
        elif known.get(item.source) == item.content_hash:
            summary.skipped += 1
        else:
            record = extract_raw(item)
            if isinstance(record, LoaderError):
                summary.failed.append((record.source, record.problem))
            else:
                upserts.append(Upsert(item.source, item.content_hash, record_dict(record)))
        if progress:
            progress(getattr(item, "source", ""))
    summary.nodes_before, summary.edges_before = store.counts()
    if upserts:
        store.commit(upserts, build_graph)
    summary.loaded = len(upserts)
    summary.nodes_after, summary.edges_after = store.counts()
    return summary


def push(source: Store, target: Store) -> tuple[int, int]:
    """Copy the records and graph of one store into another (embedded → Neo4j)."""
    upserts = [Upsert(r["source"], r.get("content_hash") or "", r) for r in source.records()]
    target.commit(upserts, build_graph)
    return target.counts()
