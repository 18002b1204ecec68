"""Opening the embedded store's file: missing, empty, foreign, read-only, each said plainly.

Nothing is written to a file before it is known to be a vbkg store (or a new, empty one), so
a wrong `--store` never alters someone else's database.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from .interface import StoreError


def connect(path: Path, create: bool, timeout: float, schema: str = "") -> tuple[sqlite3.Connection, bool]:
    """(connection, read_only). Creates the file, with `schema`, only when `create` and it does not exist."""
    if not path.exists():
        if not create:
            raise StoreError(f"no vbkg store at {path}; `vbkg load FILES --store {path}` makes one")
        _create(path, schema, timeout)
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a vbkg store; pass a file with --store")
    if path.stat().st_size == 0:
        raise StoreError(f"{path} is an empty file, not a vbkg store; delete it or pass another --store")
    parent = path.resolve().parent
    if os.access(path, os.W_OK) and os.access(parent, os.W_OK):
        return _open(str(path), path, timeout, uri=False), False
    # Read-only. A WAL store needs its -shm file: where it cannot be made, nobody can be
    # writing either, so the file is opened as immutable.
    wal_files = all(Path(f"{path}-{x}").exists() for x in ("wal", "shm"))
    mode = "mode=ro" if os.access(parent, os.W_OK) or wal_files else "immutable=1"
    return _open(f"file:{quote(str(path.resolve()))}?{mode}", path, timeout, uri=True), True


def _create(path: Path, schema: str, timeout: float) -> None:
    """Make a new store whole, then put it in place: a process that opens `path` meanwhile (two
    loads into a new store at once) never sees a half-made file, which it would rightly refuse."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        db = _open(str(tmp), path, timeout, uri=False)
        try:
            db.executescript(schema)
            db.execute("PRAGMA journal_mode=WAL")
        finally:
            db.close()
        try:
            os.link(tmp, path)  # fails if another process got there first: theirs is as good
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot create {path} ({exc}); check the path and its permissions") from exc
    finally:
        tmp.unlink(missing_ok=True)


def _open(target: str, path: Path, timeout: float, uri: bool) -> sqlite3.Connection:
    try:
        return sqlite3.connect(target, timeout=timeout, isolation_level=None, uri=uri)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path} ({exc}); check the path and its permissions") from exc


def check_schema(db: sqlite3.Connection, path: Path, version: str, read_only: bool) -> None:
    """Refuse a database that is not a vbkg store, before anything is written to it."""
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        if read_only:
            raise StoreError(f"{path} is an empty database, not a vbkg store, and it is read-only")
        return  # a new store
    if not {"meta", "sources", "nodes", "edges"} <= tables:
        held = ", ".join(sorted(tables)[:5])
        raise StoreError(f"{path} is an SQLite database but not a vbkg store (it holds tables {held}); "
                         "pass the right --store")  # fmt: skip
    row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    if row is not None and row[0] != version:
        raise StoreError(
            f"{path}: store schema {row[0]}, this vbkg reads {version}; rebuild it with `vbkg load`"
        )


def why(exc: BaseException) -> str:
    """The cause in a few words: a JSON error's position means nothing to the reader."""
    if isinstance(exc, json.JSONDecodeError):
        return "a stored row is not valid JSON"
    return str(exc)
