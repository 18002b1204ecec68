"""The embedded store: one SQLite file (default ./vbkg.db), atomic commits, file locking.

Tables: `sources` (one extraction record per loaded document, with its content hash),
`nodes` and `edges` (the merged graph, derived from all records). A load rewrites the
records it changed and the derived graph in one IMMEDIATE transaction: two loads at once
run one after the other, and a load killed half-way leaves the last committed state.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..extraction.identity_key import fold_code, number_key, type_key
from . import sqlite_changes, sqlite_search
from .interface import GraphBuilder, Store, StoreError, Upsert
from .ref_keys import matches
from .rows import EdgeRow, NodeRow, to_rows
from .sqlite_changes import Changes
from .sqlite_facts import CONFLICT, HEAD_KEY, LOADED, NUMBER, NUMBER_KEY, Facts
from .sqlite_facts import SCHEMA as FACTS_SCHEMA
from .sqlite_open import check_schema as _check_schema
from .sqlite_open import connect as _connect
from .sqlite_open import why as _why

if TYPE_CHECKING:
    import networkx as nx

SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    source TEXT PRIMARY KEY, content_hash TEXT NOT NULL, record TEXT NOT NULL, loaded_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (id TEXT PRIMARY KEY, labels TEXT NOT NULL, props TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS node_labels (label TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (label, id));
CREATE TABLE IF NOT EXISTS edges (
    src TEXT NOT NULL, type TEXT NOT NULL, dst TEXT NOT NULL, props TEXT NOT NULL, PRIMARY KEY (src, type, dst));
CREATE INDEX IF NOT EXISTS edges_dst ON edges (dst, type);
CREATE INDEX IF NOT EXISTS edges_type ON edges (type);
"""
_LOCK_WAIT_S = 600


class SQLiteStore(Store):
    name = "embedded"

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        init = f"{_SCHEMA}\n{FACTS_SCHEMA}\nINSERT OR IGNORE INTO meta VALUES ('schema', '{SCHEMA_VERSION}');"
        self.db, self.read_only = _connect(self.path, create, _LOCK_WAIT_S, init)
        try:
            _check_schema(self.db, self.path, SCHEMA_VERSION, self.read_only)
            if not self.read_only:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute("PRAGMA temp_store=MEMORY")
                self.db.executescript(_SCHEMA)
                # the per-source facts incremental commits keep (sqlite_facts.py); an older store
                # opened read-only has none, and its queries scan as they did
                self.db.executescript(FACTS_SCHEMA)
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"{self.path}: not a vbkg store, or damaged ({exc})") from exc
        except StoreError:
            self.db.close()
            raise

    def known_hashes(self) -> dict[str, str]:
        with self._reading():
            return dict(self.db.execute("SELECT source, content_hash FROM sources").fetchall())

    def records(self) -> Iterator[dict[str, Any]]:
        with self._reading():
            for (record,) in self.db.execute("SELECT record FROM sources ORDER BY source"):
                yield json.loads(record)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One IMMEDIATE transaction: it waits for other writers, and any error rolls it back."""
        if self.read_only:
            raise StoreError(f"{self.path} is read-only (the file or its directory): nothing was loaded; "
                             "load into a copy in a writable place")  # fmt: skip
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: writing failed, nothing was changed ({_why(exc)})") from exc

    def commit(
        self,
        upserts: Sequence[Upsert],
        build: GraphBuilder,
        then: Callable[[Changes], None] | None = None,
        whole: bool = False,
    ) -> None:
        """With vbkg's own builder only the facts of these sources change (sqlite_facts.py); any
        other builder rebuilds the graph from every record.

        `then` gets the commit's diff of the graph (sqlite_changes.py) before the transaction
        commits; if it raises, nothing is committed (the Neo4j store replays the diff there).
        `whole`: these are all the records; any other is dropped and every fact rebuilt.
        """
        from ..graph import build_graph  # here: a store opened to be read needs no graph building

        # A big batch touches index pages all over a large store: give it up to 256 MB of page
        # cache (256 KB a document); a commit of a few documents gets 32 MB, so adding two
        # documents to a 100k store stays small (82 MB peak).
        self.db.execute(f"PRAGMA cache_size=-{min(262144, max(32768, 256 * len(upserts)))}")
        now = time.time()
        with self._transaction():
            if then is not None:
                sqlite_changes.start(self.db)
            if whole:
                self.db.execute("DELETE FROM sources")
            self.db.executemany(
                "INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)",
                [(u.source, u.content_hash, u.prepared.record_json if u.prepared else
                  json.dumps(u.record, ensure_ascii=False), now) for u in upserts],
            )  # fmt: skip
            facts = Facts(self.db)
            if build is not build_graph:
                nodes, edges = to_rows(build(self.records()))
                self._replace_graph(nodes, edges)
                facts.invalidate()
            elif facts.current() and not whole:
                facts.replace({u.source: u.record for u in upserts},
                              {u.source: u.prepared for u in upserts if u.prepared})  # fmt: skip
            else:  # the first commit, or a store an older vbkg or `write_graph` wrote
                facts.rebuild(list(self.records()))
            if then is not None:
                then(sqlite_changes.collect(self.db))

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Inside a commit's `then`: committed with it."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def write_graph(self, nodes: Sequence[NodeRow], edges: Sequence[EdgeRow]) -> None:
        with self._transaction():
            self._replace_graph(nodes, edges)
            Facts(self.db).invalidate()

    def _replace_graph(self, nodes: Sequence[NodeRow], edges: Sequence[EdgeRow]) -> None:
        self.db.execute("DELETE FROM nodes")
        self.db.execute("DELETE FROM node_labels")
        self.db.execute("DELETE FROM edges")
        self.db.executemany(
            "INSERT INTO nodes VALUES (?, ?, ?)",
            [(n.id, json.dumps(list(n.labels)), json.dumps(n.props, ensure_ascii=False)) for n in nodes],
        )
        self.db.executemany(
            "INSERT INTO node_labels VALUES (?, ?)", [(lb, n.id) for n in nodes for lb in n.labels]
        )
        self.db.executemany(
            "INSERT INTO edges VALUES (?, ?, ?, ?)",
            [(e.src, e.type, e.dst, json.dumps(e.props, ensure_ascii=False)) for e in edges],
        )

    # --- reads -------------------------------------------------------------------------------
    @staticmethod
    def _node(row: tuple[str, str, str]) -> NodeRow:
        return NodeRow(row[0], tuple(json.loads(row[1])), json.loads(row[2]))

    @staticmethod
    def _edge(row: tuple[str, str, str, str]) -> EdgeRow:
        return EdgeRow(row[0], row[1], row[2], json.loads(row[3]))

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """A damaged page or row is one StoreError naming the file, never a traceback."""
        try:
            yield
        except (sqlite3.DatabaseError, ValueError, TypeError) as exc:
            raise StoreError(f"{self.path} is damaged ({_why(exc)}); rebuild it with `vbkg load` into a new "
                             "store, or restore a copy") from exc  # fmt: skip

    def graph(self) -> nx.MultiDiGraph:
        """Nodes and edges from one snapshot: a load committing meanwhile is not half seen."""
        if self.db.in_transaction:  # inside a commit: already one transaction
            return super().graph()
        with self._reading():
            self.db.execute("BEGIN")  # deferred: the first SELECT fixes the snapshot (WAL)
        try:
            return super().graph()
        finally:
            if self.db.in_transaction:
                self.db.execute("COMMIT")

    def node(self, node_id: str) -> NodeRow | None:
        with self._reading():
            row = self.db.execute("SELECT id, labels, props FROM nodes WHERE id = ?", (node_id,)).fetchone()
            return self._node(row) if row else None

    def nodes(self, label: str | None = None) -> list[NodeRow]:
        with self._reading():
            return self._nodes(label)

    def _nodes(self, label: str | None) -> list[NodeRow]:
        if label is None:
            rows = self.db.execute("SELECT id, labels, props FROM nodes ORDER BY id").fetchall()
        else:
            rows = self.db.execute(
                "SELECT n.id, n.labels, n.props FROM node_labels l JOIN nodes n ON n.id = l.id "
                "WHERE l.label = ? ORDER BY n.id",
                (label,),
            ).fetchall()
        return [self._node(r) for r in rows]

    def edges(
        self, src: str | None = None, dst: str | None = None, types: Sequence[str] | None = None
    ) -> list[EdgeRow]:
        where, args = [], []
        if src is not None:
            where.append("src = ?")
            args.append(src)
        if dst is not None:
            where.append("dst = ?")
            args.append(dst)
        if types:
            where.append(f"type IN ({','.join('?' * len(types))})")
            args.extend(types)
        sql = "SELECT src, type, dst, props FROM edges"
        if where:
            sql += " WHERE " + " AND ".join(where)
        with self._reading():
            return [self._edge(r) for r in self.db.execute(sql + " ORDER BY src, type, dst", args).fetchall()]

    def edges_reaching(
        self, node_id: str, types: Sequence[str], incoming: bool = True
    ) -> dict[str, list[EdgeRow]]:
        if not types:  # every relation, as `edges` reads no types
            return super().edges_reaching(node_id, types, incoming)
        # one recursive query: the nodes the walk reaches (UNION stops at cycles), then their edges
        near, far = ("dst", "src") if incoming else ("src", "dst")
        marks = ",".join("?" * len(types))
        sql = (
            f"WITH RECURSIVE reach(id) AS (SELECT ? UNION SELECT e.{far} FROM reach r JOIN edges e "
            f"ON e.{near} = r.id AND e.type IN ({marks})) "
            f"SELECT e.src, e.type, e.dst, e.props FROM reach r JOIN edges e ON e.{near} = r.id "
            f"AND e.type IN ({marks}) ORDER BY e.src, e.type, e.dst"
        )
        out: dict[str, list[EdgeRow]] = {node_id: []}
        with self._reading():
            for row in self.db.execute(sql, [node_id, *types, *types]):
                e = self._edge(row)
                out.setdefault(e.dst if incoming else e.src, []).append(e)
        return out

    def edge_heads(self, dst: str, types: Sequence[str]) -> Iterator[tuple[str, str, bool]]:
        if not types:
            yield from super().edge_heads(dst, types)
            return
        # answered from the index edges_dst_head alone, in its order: no row and no JSON is read
        sql = (f"SELECT src, type, {HEAD_KEY} FROM edges WHERE dst = ? AND type IN ({','.join('?' * len(types))}) "
               f"ORDER BY {HEAD_KEY} DESC, src, type")  # fmt: skip
        with self._reading():  # lazily, row by row from the index: a first page reads its own rows
            for src, rel, head in self.db.execute(sql, [dst, *types]):
                yield src, rel, bool(head)

    # --- indexed reads (the tables sqlite_facts.py keeps) ----------------------------------------
    def documents_numbered(self, number: str) -> list[NodeRow]:
        rows = self.db.execute(
            f"SELECT n.id, n.labels, n.props FROM nodes n JOIN node_labels l ON l.id = n.id AND l.label = 'Document' "
            f"WHERE {NUMBER_KEY} = ? ORDER BY n.id",
            (number.lstrip("0"),),
        ).fetchall()
        return [self._node(r) for r in rows]

    def documents_referenced(
        self, type_code: str | None, number: str, issuer_code: str | None, year: int | None
    ) -> list[NodeRow]:
        if not Facts(self.db).current():
            return super().documents_referenced(type_code, number, issuer_code, year)
        # the index narrows by every part the REF gives; `matches` then decides exactly as the scan
        where = ["r.number = ?"]
        args: list[str | int] = [number_key(number)]
        if issuer_code:
            where.append("r.issuer = ?")
            args.append(fold_code(issuer_code))
        if type_code:
            where.append("r.type IN (?, '')")
            args.append(type_key(type_code))
        if year:
            where.append("(r.year IS NULL OR r.year = ?)")
            args.append(year)
        rows = self.db.execute(
            "SELECT n.id, n.labels, n.props FROM doc_refs r JOIN nodes n ON n.id = r.node "
            f"WHERE {' AND '.join(where)} ORDER BY n.id",
            args,
        ).fetchall()
        found = (self._node(r) for r in rows)
        return [n for n in found if matches(n, type_code, number, issuer_code, year)]

    def in_degrees(self, types: Sequence[str]) -> list[tuple[str, int]]:
        if not types:
            return super().in_degrees(types)
        marks = ",".join("?" * len(types))
        with self._reading():
            # `+type`: not by the type index; the (dst, ..., src, type) index covers the query and
            # is walked in dst order (at 100k: 0.1-0.2 s, against 0.45-0.63 s by type and a sort)
            rows = self.db.execute(f"SELECT dst, count(DISTINCT src) FROM edges WHERE +type IN ({marks}) "
                                   "AND src != dst GROUP BY dst", list(types))  # fmt: skip
            return [(dst, int(n)) for dst, n in rows]

    def relation_counts(self, dst: str, types: Sequence[str]) -> dict[str, int]:
        if not types:
            return super().relation_counts(dst, types)
        marks = ",".join("?" * len(types))
        with self._reading():
            rows = self.db.execute(f"SELECT type, count(*) FROM edges WHERE dst = ? AND type IN ({marks}) "
                                   "AND src != dst GROUP BY type ORDER BY type", [dst, *types])  # fmt: skip
            return {t: int(n) for t, n in rows}

    def recent_documents(self, limit: int) -> list[NodeRow]:
        date = "json_extract(props, '$.date')"
        with self._reading():
            rows = self.db.execute(f"SELECT id, labels, props FROM nodes WHERE {LOADED} = 1 AND {date} IS NOT NULL "
                                   f"AND {date} != '' ORDER BY {date} DESC, id DESC LIMIT ?", (limit,))  # fmt: skip
            return [self._node(r) for r in rows]

    def search_ranked(self, tokens: Sequence[str], limit: int) -> list[tuple[int, str]] | None:
        """queries.search's ranking from the word, trigram and number indexes (sqlite_search):
        only the `limit` best rows come back."""
        if not tokens or not Facts(self.db).current():
            return None
        with self._reading():
            return sqlite_search.ranked(self.db, tokens, limit)

    def grouped_stats(self) -> dict[str, Any] | None:
        if not Facts(self.db).current():
            return None
        # every figure from an index alone (nodes_doc_flags, node_labels, edges_type,
        # warnings_kind): no document's properties are read, whatever the archive's size
        docs = f"FROM nodes WHERE {LOADED} IS NOT NULL"
        with self._reading():
            (documents,) = self.db.execute(
                "SELECT count(*) FROM node_labels WHERE label = 'Document'"
            ).fetchone()
            (loaded,) = self.db.execute(f"SELECT count(*) {docs} AND {LOADED} = 1").fetchone()
            # sorted here: an ORDER BY id would walk the table by id instead of the index
            unnumbered = sorted(i for (i,) in self.db.execute(f"SELECT id {docs} AND {NUMBER} = ''"))
            conflicts = sorted(i for (i,) in self.db.execute(f"SELECT id {docs} AND {CONFLICT} = 1"))
            grouped = {
                table: dict(
                    self.db.execute(f"SELECT {col}, count(*) FROM {table} GROUP BY {col} ORDER BY {col}")
                )
                for table, col in (("node_labels", "label"), ("edges", "type"), ("warnings", "kind"))
            }
        return {
            "documents": documents,
            "numbered": documents - len(unnumbered),
            "unnumbered": unnumbered,
            "loaded": loaded,
            "stubs": documents - loaded,
            "labels": grouped["node_labels"],
            "relationships": grouped["edges"],
            "date_conflicts": conflicts,
            "warnings": grouped["warnings"],
        }

    def counts(self) -> tuple[int, int]:
        with self._reading():
            (n,) = self.db.execute("SELECT count(*) FROM nodes").fetchone()
            (e,) = self.db.execute("SELECT count(*) FROM edges").fetchone()
            return int(n), int(e)

    def close(self) -> None:
        self.db.close()
