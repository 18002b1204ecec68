"""The Neo4j store (Neo4j 5 Cypher; also tested against ArcadeDB's Bolt plugin).

Each loaded document's extraction record is a `(:Source {source, content_hash, record})`
node; the merged graph is `:Document`/`:Organization`/`:Person` nodes with unique ids and
typed relationships carrying a unique `key`. A commit writes the changed records and then
makes the stored graph equal to the graph built from all records: only what differs is
written, in batched `UNWIND … MERGE` statements, all in one managed transaction (which the
driver retries on transient errors). Loading the same documents twice writes nothing.
"""

from __future__ import annotations

import contextlib
import json
import random
import re
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .cypher_guard import writes
from .interface import GraphBuilder, Store, StoreError, Upsert
from .neo4j_plan import cache_path, open_cache
from .neo4j_uri import parse as parse_uri
from .neo4j_values import edge_props, node_props, plain, read_edge_props, read_node_props
from .ref_keys import matches
from .rows import EdgeRow, NodeRow, to_rows
from .sqlite_changes import Changes

if TYPE_CHECKING:
    import networkx as nx

    from .sqlite import SQLiteStore

_BASES = ("Document", "Organization", "Person")
T = TypeVar("T")
_STATE = "VbkgState"  # the node whose token says which graph a planner cache mirrors (neo4j_plan.py)
_TOKEN = "neo4j_token"
# The schema every key a write matches on needs (also printed by the bulk path, neo4j_import.py).
CONSTRAINTS = (
    *(f"CREATE CONSTRAINT {b.lower()}_id IF NOT EXISTS FOR (n:{b}) REQUIRE n.id IS UNIQUE" for b in _BASES),
    "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.source IS UNIQUE",
    f"CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:{_STATE}) REQUIRE n.id IS UNIQUE",
)
# symbol -> document looks documents up by number
NUMBER_INDEX = "CREATE INDEX document_number IF NOT EXISTS FOR (n:Document) ON (n.number)"
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
BATCH = 1000


def _ident(name: str) -> str:
    """A label or type spliced into Cypher: checked, because parameters cannot name labels."""
    if not _NAME.match(name):
        raise StoreError(f"refusing label or relationship type {name!r}")
    return name


_CLASH_RETRIES = 6


_ANY_TOKEN = object()  # _write's `expect` when the work does not depend on the graph's token


class _Stale(Exception):
    """The graph is not the one the planner cache mirrors: rebuild the cache and sync."""


def _warn(message: str) -> None:
    print(f"vbkg: {message}", file=sys.stderr)


def _clash(exc: BaseException) -> bool:
    """A unique-key violation from a concurrent writer (Neo4j's code; ArcadeDB's message)."""
    code = str(getattr(exc, "code", "") or "")
    return code.endswith("ConstraintValidationFailed") or "Duplicated key" in str(exc)


def _schema_race(exc: BaseException) -> bool:
    """ArcadeDB makes a type for each label set and relationship type the first time one is
    written, outside the transaction; two loads doing so at once fail one with a bare "Error
    executing Cypher command" (its cause, TypeAlreadyExistsException, is only in the server's
    log). Run again, the type is there. Neo4j has no such types and never answers this way."""
    code = str(getattr(exc, "code", "") or "")
    return code.endswith("SemanticError") and _said(exc).startswith("Error executing Cypher command")


def _said(exc: BaseException) -> str:
    """What the driver said, in one line, without its class name's noise."""
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(message).split())[:300]


def base_of(node_id: str) -> str:
    if node_id.startswith("org-"):
        return "Organization"
    if node_id.startswith("person-"):
        return "Person"
    return "Document"


class Neo4jStore(Store):
    name = "neo4j"

    def __init__(self, uri: str, user: str | None, password: str | None, database: str | None = None,
                 batch: int = BATCH, cache: Path | None = None) -> None:  # fmt: skip
        from neo4j import GraphDatabase

        parsed = parse_uri(uri)  # credentials in the URI are used, never printed
        self.uri, self.database, self.batch = parsed.uri, database, batch
        self._cache: SQLiteStore | None = None
        self._no_cache = False
        self._cache_path = cache or cache_path(self.uri, database)
        where = f"Neo4j at {self.uri}" + (f", database {database!r}" if database else "")
        try:
            self.driver = GraphDatabase.driver(
                parsed.uri, auth=(parsed.user or user or "neo4j", parsed.password or password or ""),
                connection_timeout=10, max_transaction_retry_time=15,
            )  # fmt: skip
        except Exception as exc:  # the driver's URI and configuration errors are of many types
            raise StoreError(f"cannot use {where}: {_said(exc)}") from exc
        try:
            self.driver.verify_connectivity()
            self._ensure_constraints()
        except Exception as exc:
            self.driver.close()
            raise StoreError(f"cannot reach {where}: {_said(exc)}; check the URI, the server, "
                             "NEO4J_USERNAME/NEO4J_PASSWORD and NEO4J_DATABASE") from exc  # fmt: skip

    # --- plumbing ------------------------------------------------------------------------------
    def _read(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            with self.driver.session(database=self.database) as s:
                return s.execute_read(lambda tx: [r.data() for r in tx.run(cypher, parameters=params)])
        except (Neo4jError, DriverError, OSError) as exc:
            raise StoreError(f"reading from Neo4j at {self.uri} failed: {_said(exc)}") from exc

    def _write(self, work: Any, expect: object = _ANY_TOKEN) -> None:
        """Run `work` in one write transaction; a clash with a concurrent load is run again.
        With `expect` (the graph token `work` plans against), a failure after another writer
        committed is _Stale: the caller plans again against the graph that writer left."""
        from neo4j.exceptions import DriverError, Neo4jError

        for attempt in range(_CLASH_RETRIES + 1):
            try:
                with self.driver.session(database=self.database) as s:
                    s.execute_write(work)
                return
            except Neo4jError as exc:
                if attempt < _CLASH_RETRIES and (_clash(exc) or _schema_race(exc)):
                    # two loads created the same node or type at once: the loser's transaction was
                    # rolled back whole, and `work` reads the state afresh, so running it again converges
                    time.sleep(0.2 * 2**attempt + random.random() * 0.2)
                    continue
                if expect is not _ANY_TOKEN and self._token() != expect:
                    # another load committed while this one ran. Neo4j makes the second writer
                    # wait on the state node; ArcadeDB's optimistic locking lets both run and fails
                    # one with an error that names no clash. Nothing of this one was committed.
                    raise _Stale from exc
                raise StoreError(f"writing to Neo4j at {self.uri} failed, this batch was not committed "
                                 f"({_said(exc)})") from exc  # fmt: skip
            except (DriverError, OSError) as exc:
                # a lost connection before COMMIT leaves the transaction uncommitted: nothing changed
                raise StoreError(f"writing to Neo4j at {self.uri} failed, this batch was not committed "
                                 f"({_said(exc)}); run the same load again when the server is back") from exc  # fmt: skip

    def _ensure_constraints(self) -> None:
        from neo4j.exceptions import Neo4jError

        with self.driver.session(database=self.database) as s:
            for cypher in CONSTRAINTS:
                s.run(cypher).consume()
            # a server without this index syntax (ArcadeDB) scans, and answers the same
            with contextlib.suppress(Neo4jError):
                s.run(NUMBER_INDEX).consume()

    def _batches(self, rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
        for i in range(0, len(rows), self.batch):
            yield rows[i : i + self.batch]

    # --- records -------------------------------------------------------------------------------
    def known_hashes(self) -> dict[str, str]:
        rows = self._read("MATCH (s:Source) RETURN s.source AS source, s.content_hash AS hash")
        return {r["source"]: r["hash"] for r in rows}

    def records(self) -> Iterator[dict[str, Any]]:
        for r in self._read("MATCH (s:Source) RETURN s.record AS record ORDER BY s.source"):
            yield json.loads(r["record"])

    def commit(self, upserts: Sequence[Upsert], build: GraphBuilder) -> None:
        """Planned by the cache (neo4j_plan.py): only the diff is written, in one transaction
        with the records; without a cache that mirrors this graph, the whole graph is synced."""
        from ..graph import build_graph

        if build is not build_graph:  # another builder: no facts to plan with
            self._commit_whole(upserts, build)
            return
        for _ in range(_CLASH_RETRIES + 1):
            cache = self._planner()
            if cache is None:
                self._commit_whole(upserts, build)
                return
            token = self._token()
            try:
                if token is None or cache.meta(_TOKEN) != token:
                    self._resync(cache, upserts, token)
                else:
                    cache.commit(upserts, build, then=partial(self._replay, cache, upserts, expect=token))
                return
            except _Stale:  # another writer committed between our read of the token and our lock
                continue
        raise StoreError(
            f"writing to Neo4j at {self.uri} failed: other loads kept committing; run the load again"
        )

    def _planner(self) -> SQLiteStore | None:
        if self._cache is None and not self._no_cache:
            self._cache = open_cache(self._cache_path)
            if self._cache is None:  # said once; each commit of this store then syncs the whole graph
                self._no_cache = True
                _warn(f"cannot keep the write planner's cache at {self._cache_path} (not writable): "
                      "each commit reads the whole graph back")  # fmt: skip
        return self._cache

    def _token(self) -> str | None:
        rows = self._read(f"MATCH (m:{_STATE} {{id: 'graph'}}) RETURN m.token AS token")
        return rows[0]["token"] if rows else None

    @staticmethod
    def _claim(tx: Any, expect: str | None) -> str:
        """Lock the state node (two commits run one after the other); _Stale unless it holds `expect`."""
        row = tx.run(f"MERGE (m:{_STATE} {{id: 'graph'}}) SET m.writes = coalesce(m.writes, 0) + 1 "
                     "RETURN m.token AS token").single()  # fmt: skip
        if row["token"] != expect:
            raise _Stale
        token = uuid.uuid4().hex
        tx.run(f"MATCH (m:{_STATE} {{id: 'graph'}}) SET m.token = $token", token=token).consume()
        return token

    def _write_sources(self, tx: Any, upserts: Sequence[Upsert]) -> None:
        rows = [{"source": u.source, "hash": u.content_hash,
                 "record": u.prepared.record_json if u.prepared else json.dumps(u.record, ensure_ascii=False),
                 "warnings": [str(w["kind"]) for w in u.record.get("warnings", [])]}
                for u in upserts]  # fmt: skip
        for batch in self._batches(rows):
            # the warning kinds beside the record: `stats` counts them without reading records
            tx.run("UNWIND $rows AS r MERGE (s:Source {source: r.source}) "
                   "SET s.content_hash = r.hash, s.record = r.record, s.warnings = r.warnings",
                   rows=batch).consume()  # fmt: skip

    def _replay(
        self, cache: SQLiteStore, upserts: Sequence[Upsert], changes: Changes, *, expect: str
    ) -> None:
        """In one Neo4j transaction: the records and the cache's diff; then the cache commits too."""
        token: list[str] = []

        def work(tx: Any) -> None:
            token[:] = [self._claim(tx, expect)]
            self._write_sources(tx, upserts)
            self._write_changes(tx, changes)

        self._write(work, expect)
        cache.set_meta(_TOKEN, token[0])

    def _resync(self, cache: SQLiteStore, upserts: Sequence[Upsert], expect: str | None) -> None:
        """Rebuild the cache from Neo4j's records (and these), and make Neo4j's graph equal to it."""
        from ..graph import build_graph

        stored = {r["source"]: Upsert(r["source"], r["hash"], json.loads(r["record"])) for r in self._read(
            "MATCH (s:Source) RETURN s.source AS source, s.content_hash AS hash, s.record AS record")}  # fmt: skip
        stored.update({u.source: u for u in upserts})

        def replace(_: Changes) -> None:
            nodes, edges = cache.nodes(), cache.edges()
            token: list[str] = []

            def work(tx: Any) -> None:
                token[:] = [self._claim(tx, expect)]
                self._write_sources(tx, upserts)
                self._sync(tx, nodes, edges)

            self._write(work, expect)
            cache.set_meta(_TOKEN, token[0])

        # in the cache's own transaction: a load sharing the cache waits, then finds it current
        cache.commit(list(stored.values()), build_graph, then=replace, whole=True)

    def _commit_whole(self, upserts: Sequence[Upsert], build: GraphBuilder) -> None:
        def work(tx: Any) -> None:
            self._write_sources(tx, upserts)
            records = [json.loads(r["record"]) for r in tx.run("MATCH (s:Source) RETURN s.record AS record")]
            nodes, edges = to_rows(build(records))
            self._sync(tx, nodes, edges)
            self._forget(tx)

        self._write(work)

    @staticmethod
    def _forget(tx: Any) -> None:
        """The graph changed outside the planner: every cache is stale."""
        tx.run(f"MERGE (m:{_STATE} {{id: 'graph'}}) SET m.token = $token", token=uuid.uuid4().hex).consume()

    def write_graph(self, nodes: Sequence[NodeRow], edges: Sequence[EdgeRow]) -> None:
        def work(tx: Any) -> None:
            self._sync(tx, nodes, edges)
            self._forget(tx)

        self._write(work)

    def _write_changes(self, tx: Any, ch: Changes) -> None:
        """A diff, by indexed lookups: edges by their ends' unique ids, nodes by id; new ones CREATEd."""

        def node(n: NodeRow) -> str:
            return f"(n:{_ident(base_of(n.id))} {{id: r.id}})"

        def edge(template: str) -> Callable[[EdgeRow], str]:
            """`template` with {a}, {e} and {b}: the edge's two ends, by id, and its type."""
            return lambda x: template.format(a=f"(a:{_ident(base_of(x.src))} {{id: r.src}})",
                                             e=f"[e:{_ident(x.type)}]",
                                             b=f"(b:{_ident(base_of(x.dst))} {{id: r.dst}})")  # fmt: skip

        def edge_row(x: EdgeRow) -> dict[str, Any]:
            return {"src": x.src, "dst": x.dst, "props": edge_props(x.props)}

        def node_row(n: NodeRow) -> dict[str, Any]:
            return {"id": n.id, "props": node_props(n.props)}

        def created(n: NodeRow) -> str:
            return f"CREATE (n{''.join(':' + _ident(lb) for lb in n.labels)} {{id: r.id}}) SET n = r.props"

        run = partial(self._by_statement, tx)
        run(ch.gone_edges, edge("MATCH {a}-{e}->{b} DELETE e"), lambda x: {"src": x.src, "dst": x.dst})
        run(ch.gone_nodes, lambda n: f"MATCH {node(n)} DETACH DELETE n", lambda n: {"id": n.id})
        run(ch.new_nodes, created, node_row)
        run(ch.changed_nodes, lambda n: f"MATCH {node(n)} SET n = r.props", node_row)
        run(ch.new_edges, edge("MATCH {a} MATCH {b} CREATE (a)-{e}->(b) SET e = r.props"), edge_row)
        run(ch.changed_edges, edge("MATCH {a}-{e}->{b} SET e = r.props"), edge_row)

    def _by_statement(
        self, tx: Any, items: Sequence[T], statement: Callable[[T], str], row: Callable[[T], dict[str, Any]]
    ) -> None:
        """Each item's row, batched under the statement it needs (labels and relationship types
        are spliced into Cypher: parameters cannot name them)."""
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for x in items:
            groups[f"UNWIND $rows AS r {statement(x)}"].append(row(x))
        for cypher, rows in sorted(groups.items()):
            self._run_batches(tx, cypher, rows)

    def _run_batches(self, tx: Any, cypher: str, rows: list[dict[str, Any]]) -> None:
        for batch in self._batches(rows):
            tx.run(cypher, rows=batch).consume()

    def _sync(self, tx: Any, nodes: Sequence[NodeRow], edges: Sequence[EdgeRow]) -> None:
        """Make the graph exactly these rows, reading it whole: `push`, and a cache out of step."""
        have_nodes = {
            r["id"]: NodeRow(r["id"], tuple(sorted(r["labels"])), read_node_props(r["props"]))
            for r in tx.run(
                "MATCH (n) WHERE n:Document OR n:Organization OR n:Person "
                "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
            )
        }
        have_edges = {
            r["props"]["key"]: EdgeRow(r["src"], r["type"], r["dst"], read_edge_props(r["props"]))
            for r in tx.run(
                "MATCH (a)-[e]->(b) WHERE e.key IS NOT NULL "
                "RETURN a.id AS src, type(e) AS type, b.id AS dst, properties(e) AS props"
            )
        }
        want_nodes = {n.id: n for n in nodes}
        want_edges = {e.key: e for e in edges}
        ch = Changes()
        for node_id, have in have_nodes.items():
            want = want_nodes.get(node_id)
            if want is None or want.labels != have.labels:
                ch.gone_nodes.append(have)
        gone = {n.id for n in ch.gone_nodes}
        for n in nodes:
            have_node = have_nodes.get(n.id)
            if n.id in gone or have_node is None:
                ch.new_nodes.append(n)
            elif have_node.props != n.props:
                ch.changed_nodes.append(n)
        for key, have_edge in have_edges.items():
            want_edge = want_edges.get(key)
            if (want_edge is None or want_edge.type != have_edge.type) and not (
                have_edge.src in gone or have_edge.dst in gone  # else deleted with its node
            ):
                ch.gone_edges.append(have_edge)
        for e in edges:
            had = have_edges.get(e.key)
            if e.src in gone or e.dst in gone or had is None or had.type != e.type:
                ch.new_edges.append(e)
            elif had.props != e.props:
                ch.changed_edges.append(e)
        self._write_changes(tx, ch)

    # --- reads ---------------------------------------------------------------------------------
    @staticmethod
    def _node(r: dict[str, Any]) -> NodeRow:
        return NodeRow(r["id"], tuple(sorted(r["labels"])), read_node_props(r["props"]))

    @staticmethod
    def _edge(r: dict[str, Any]) -> EdgeRow:
        return EdgeRow(r["src"], r["type"], r["dst"], read_edge_props(r["props"]))

    def node(self, node_id: str) -> NodeRow | None:
        rows = self._read(f"MATCH (n:{base_of(node_id)} {{id: $id}}) "
                          "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props", id=node_id)  # fmt: skip
        return self._node(rows[0]) if rows else None

    def nodes(self, label: str | None = None) -> list[NodeRow]:
        match = (
            f"MATCH (n:{_ident(label)})"
            if label
            else "MATCH (n) WHERE n:Document OR n:Organization OR n:Person"
        )
        rows = self._read(
            f"{match} RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id"
        )
        return [self._node(r) for r in rows]

    def edges(
        self, src: str | None = None, dst: str | None = None, types: Sequence[str] | None = None
    ) -> list[EdgeRow]:
        a = f"(a:{base_of(src)} {{id: $src}})" if src is not None else "(a)"
        b = f"(b:{base_of(dst)} {{id: $dst}})" if dst is not None else "(b)"
        rel = "[e:" + "|".join(_ident(t) for t in types) + "]" if types else "[e]"
        cypher = (f"MATCH {a}-{rel}->{b} WHERE e.key IS NOT NULL "
                  "RETURN a.id AS src, type(e) AS type, b.id AS dst, properties(e) AS props")  # fmt: skip
        rows = self._read(cypher, src=src, dst=dst)
        return sorted((self._edge(r) for r in rows), key=lambda e: (e.src, e.type, e.dst))

    def edges_reaching(
        self, node_id: str, types: Sequence[str], incoming: bool = True
    ) -> dict[str, list[EdgeRow]]:
        # One query per level of the walk, not per node. A variable-length pattern would list
        # every path (thousands under a hub, more over CITES) to find the same edges.
        rel = "[e:" + "|".join(_ident(t) for t in types) + "]" if types else "[e]"
        out: dict[str, list[EdgeRow]] = {}
        frontier = {node_id}
        while frontier:
            by_base: dict[str, list[str]] = defaultdict(list)
            for tip in sorted(frontier):
                out[tip] = []
                by_base[base_of(tip)].append(tip)
            for base, tips in by_base.items():
                ends = f"(a)-{rel}->(b:{_ident(base)})" if incoming else f"(a:{_ident(base)})-{rel}->(b)"
                rows = self._read(
                    f"MATCH {ends} WHERE {'b' if incoming else 'a'}.id IN $tips AND e.key IS NOT NULL "
                    "RETURN a.id AS src, type(e) AS type, b.id AS dst, properties(e) AS props",
                    tips=tips,
                )
                for r in rows:
                    e = self._edge(r)
                    out[e.dst if incoming else e.src].append(e)
            frontier = {e.src if incoming else e.dst for tip in frontier for e in out[tip]} - out.keys()
        for found in out.values():
            found.sort(key=lambda e: (e.src, e.type, e.dst))
        return out

    def in_degrees(self, types: Sequence[str]) -> list[tuple[str, int]]:
        if not types:
            return super().in_degrees(types)
        rel = "[e:" + "|".join(_ident(t) for t in types) + "]"
        rows = self._read(f"MATCH (a)-{rel}->(b) WHERE e.key IS NOT NULL AND a.id <> b.id "
                          "RETURN b.id AS dst, count(DISTINCT a.id) AS n")  # fmt: skip
        return [(r["dst"], int(r["n"])) for r in rows]

    def relation_counts(self, dst: str, types: Sequence[str]) -> dict[str, int]:
        if not types:
            return super().relation_counts(dst, types)
        rel = "[e:" + "|".join(_ident(t) for t in types) + "]"
        rows = self._read(f"MATCH (a)-{rel}->(b:{base_of(dst)} {{id: $dst}}) WHERE e.key IS NOT NULL "
                          "AND a.id <> b.id RETURN type(e) AS type, count(*) AS n", dst=dst)  # fmt: skip
        return {r["type"]: int(r["n"]) for r in sorted(rows, key=lambda r: str(r["type"]))}

    def edge_heads(self, dst: str, types: Sequence[str]) -> Iterator[tuple[str, str, bool]]:
        rel = "[e:" + "|".join(_ident(t) for t in types) + "]" if types else "[e]"
        rows = self._read(f"MATCH (a)-{rel}->(b:{base_of(dst)} {{id: $dst}}) WHERE e.key IS NOT NULL "
                          "RETURN a.id AS src, type(e) AS type, e.head AS head", dst=dst)  # fmt: skip
        found = [(r["src"], r["type"], bool(r["head"])) for r in rows]
        return iter(
            sorted(found, key=lambda x: (not x[2], x[0], x[1]))
        )  # Python's order of text, as SQLite's

    def graph(self) -> nx.MultiDiGraph:
        """Nodes and edges in one read transaction: a load committing meanwhile is not half seen."""
        from neo4j.exceptions import DriverError, Neo4jError

        from .rows import from_rows

        node_q = ("MATCH (n) WHERE n:Document OR n:Organization OR n:Person "
                  "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props")  # fmt: skip
        edge_q = ("MATCH (a)-[e]->(b) WHERE e.key IS NOT NULL "
                  "RETURN a.id AS src, type(e) AS type, b.id AS dst, properties(e) AS props")  # fmt: skip

        def work(tx: Any) -> tuple[list[NodeRow], list[EdgeRow]]:
            nodes = [self._node(r.data()) for r in tx.run(node_q)]
            return nodes, [self._edge(r.data()) for r in tx.run(edge_q)]

        try:
            with self.driver.session(database=self.database) as s:
                nodes, edges = s.execute_read(work)
        except (Neo4jError, DriverError, OSError) as exc:
            raise StoreError(f"reading from Neo4j at {self.uri} failed: {_said(exc)}") from exc
        nodes.sort(key=lambda n: n.id)
        edges.sort(key=lambda e: (e.src, e.type, e.dst))
        return from_rows(nodes, edges)

    # --- indexed reads: lookups by the unique id index, counts grouped by the server ------------
    def documents_numbered(self, number: str) -> list[NodeRow]:
        key = number.lstrip("0")
        if not key:  # number_key("") is "0": a document without a number matches "0" too
            return super().documents_numbered(number)
        spellings = [("0" * zeros) + key for zeros in range(6)]  # stored as printed: "01", "001"
        rows = self._read(
            "MATCH (n:Document) WHERE n.number IN $numbers "
            "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id",
            numbers=spellings,
        )
        return [self._node(r) for r in rows]

    def documents_referenced(
        self, type_code: str | None, number: str, issuer_code: str | None, year: int | None
    ) -> list[NodeRow]:
        key = number.lstrip("0")
        if not key:
            return super().documents_referenced(type_code, number, issuer_code, year)
        # Through the number index, only the parts `matches` reads come back; the few documents
        # that match are then read whole. Cypher has no fold_code, so issuers are compared here.
        parts = self._read(
            "MATCH (n:Document) WHERE n.number IN $numbers RETURN n.id AS id, n.number AS number, "
            "n.type_code AS type_code, n.symbol AS symbol, n.issuer_code AS issuer_code, n.year AS year",
            numbers=[("0" * zeros) + key for zeros in range(6)],
        )
        ids = [
            r["id"] for r in parts
            if matches(NodeRow(r["id"], (), {k: v for k, v in r.items() if v is not None}),
                       type_code, number, issuer_code, year)
        ]  # fmt: skip
        if not ids:
            return []
        rows = self._read(
            "MATCH (n:Document) WHERE n.id IN $ids "
            "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id",
            ids=ids,
        )
        return [self._node(r) for r in rows]

    def grouped_stats(self) -> dict[str, Any] | None:
        (missing,) = self._read("MATCH (s:Source) WHERE s.warnings IS NULL RETURN count(s) AS c")
        if missing["c"]:
            return None  # records loaded by an older vbkg: count from the records
        docs = self._read(
            "MATCH (n:Document) RETURN n.id AS id, n.number AS number, n.loaded AS loaded, "
            "n.date_conflict AS conflict ORDER BY n.id"
        )
        labels = self._read("MATCH (n) WHERE n:Document OR n:Organization OR n:Person "
                            "UNWIND labels(n) AS label RETURN label, count(*) AS c")  # fmt: skip
        rels = self._read("MATCH ()-[e]->() WHERE e.key IS NOT NULL RETURN type(e) AS type, count(*) AS c")
        warnings = self._read("MATCH (s:Source) UNWIND s.warnings AS kind RETURN kind, count(*) AS c")
        return {
            "documents": len(docs),
            "numbered": sum(1 for d in docs if d["number"]),
            "unnumbered": sorted(d["id"] for d in docs if not d["number"]),
            "loaded": sum(1 for d in docs if d["loaded"]),
            "stubs": sum(1 for d in docs if not d["loaded"]),
            "labels": dict(sorted((r["label"], r["c"]) for r in labels)),
            "relationships": dict(sorted((r["type"], r["c"]) for r in rels)),
            "date_conflicts": sorted(d["id"] for d in docs if d["conflict"]),
            "warnings": dict(sorted((r["kind"], r["c"]) for r in warnings)),
        }

    def counts(self) -> tuple[int, int]:
        (n,) = self._read("MATCH (n) WHERE n:Document OR n:Organization OR n:Person RETURN count(n) AS c")
        (e,) = self._read("MATCH ()-[e]->() WHERE e.key IS NOT NULL RETURN count(e) AS c")
        return int(n["c"]), int(e["c"])

    def run(self, cypher: str, params: dict[str, Any], write: bool = False,
            timeout: float | None = None) -> list[dict[str, Any]]:  # fmt: skip
        """An analyst's Cypher, read-only unless `write`.

        Read-only twice: the statement is checked (cypher_guard.writes), and runs in a read
        transaction, which Neo4j enforces. Servers that ignore the access mode (ArcadeDB)
        have only the check. `timeout` (seconds) is the server's transaction time limit.
        """
        from neo4j import unit_of_work
        from neo4j.exceptions import DriverError, Neo4jError

        if not write and (found := writes(cypher)):
            raise StoreError(f"this query writes ({found}); add --write to allow it")

        @unit_of_work(timeout=timeout)  # the server's transaction time limit
        def work(tx: Any) -> list[dict[str, Any]]:
            rows = [plain(r.data()) for r in tx.run(cypher, parameters=params)]
            if write:  # whatever it wrote, no planner cache mirrors the graph any more
                self._forget(tx)
            return rows

        try:
            with self.driver.session(database=self.database) as s:
                return s.execute_write(work) if write else s.execute_read(work)
        except Neo4jError as exc:
            raise StoreError(f"Cypher failed: {exc.message or exc}") from exc
        except (DriverError, OSError, ValueError, TypeError, OverflowError) as exc:
            raise StoreError(f"Cypher failed at {self.uri}: {_said(exc)}") from exc

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None
        self.driver.close()
