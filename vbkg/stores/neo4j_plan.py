"""The Neo4j store's write planner: an embedded store that mirrors the Neo4j graph.

A commit to Neo4j must write only what changed, without reading the whole graph back. The
embedded store already knows how (sqlite_facts.py re-resolves only the identity groups a
commit touches); so the Neo4j store keeps one beside it, in a cache file, runs each commit
there first, and replays the diff (sqlite_changes.py) in one Neo4j transaction.

Neo4j stays the truth. Its `(:VbkgState {id: 'graph'})` node holds a token that every commit
renews; the cache records the token it mirrors. When they differ (another machine loaded,
`vbkg push` or a `cypher --write` changed the graph, the database was recreated, or a
process died between the two commits), the cache is rebuilt from the `Source` records in
Neo4j and the whole graph is made equal to it once, reading it back as before.

The cache lives in $VBKG_CACHE_DIR, else $XDG_CACHE_HOME/vbkg, else ~/.cache/vbkg, one file
per server and database; it can be deleted at any time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .interface import StoreError

if TYPE_CHECKING:
    from .sqlite import SQLiteStore


def cache_dir() -> Path:
    if where := os.environ.get("VBKG_CACHE_DIR"):
        return Path(where)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "vbkg"


def cache_path(uri: str, database: str | None) -> Path:
    digest = hashlib.sha256(f"{uri}\n{database or ''}".encode()).hexdigest()[:20]
    return cache_dir() / "neo4j" / f"{digest}.db"


def remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def open_cache(path: Path) -> SQLiteStore | None:
    """The planner's embedded store, or None when it cannot be kept (the commit then diffs the whole graph)."""
    from .sqlite import SQLiteStore

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            store = SQLiteStore(path)
        except StoreError:  # a damaged cache is rebuilt, never trusted
            remove(path)
            store = SQLiteStore(path)
    except (OSError, StoreError):
        return None
    if store.read_only:
        store.close()
        return None
    return store
