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
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import networkx as nx

from .cypher_guard import writes
from .interface import GraphBuilder, Store, StoreError, Upsert
from .neo4j_uri import parse as parse_uri
from .ref_keys import matches
from .rows import EdgeRow, NodeRow, to_rows

_BASES = ("Document", "Organization", "Person")
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
BATCH = 1000


def _ident(name: str) -> str:
    """A label or type spliced into Cypher: checked, because parameters cannot name labels."""
    if not _NAME.match(name):
        raise StoreError(f"refusing label or relationship type {name!r}")
    return name


_CLASH_RETRIES = 6


def _clash(exc: BaseException) -> bool:
    """A unique-key violation from a concurrent writer (Neo4j's code; ArcadeDB's message)."""
    code = str(getattr(exc, "code", "") or "")
    return code.endswith("ConstraintValidationFailed") or "Duplicated key" in str(exc)


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
                 batch: int = BATCH) -> None:  # fmt: skip
        from neo4j import GraphDatabase

        parsed = parse_uri(uri)  # credentials in the URI are used, never printed
        self.uri, self.database, self.batch = parsed.uri, database, batch
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

    def _write(self, work: Any) -> None:
        """Run `work` in one write transaction; a clash with a concurrent load is run again."""
        from neo4j.exceptions import DriverError, Neo4jError

        for attempt in range(_CLASH_RETRIES + 1):
            try:
                with self.driver.session(database=self.database) as s:
                    s.execute_write(work)
                return
            except Neo4jError as exc:
                if attempt < _CLASH_RETRIES and _clash(exc):
                    # two loads created the same node at once: the loser's transaction was rolled
                    # back whole, and `work` reads the state afresh, so running it again converges
                    time.sleep(0.2 * 2**attempt + random.random() * 0.2)
                    continue
                raise StoreError(f"writing to Neo4j at {self.uri} failed, this batch was not committed "
                                 f"({_said(exc)})") from exc  # fmt: skip
            except (DriverError, OSError) as exc:
                # a lost connection before COMMIT leaves the transaction uncommitted: nothing changed
                raise StoreError(f"writing to Neo4j at {self.uri} failed, this batch was not committed "
                                 f"({_said(exc)}); run the same load again when the server is back") from exc  # fmt: skip

    def _ensure_constraints(self) -> None:
        from neo4j.exceptions import Neo4jError

        statements = [
            f"CREATE CONSTRAINT {b.lower()}_id IF NOT EXISTS FOR (n:{b}) REQUIRE n.id IS UNIQUE"
            for b in _BASES
        ]
        statements.append(
            "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.source IS UNIQUE"
        )
        with self.driver.session(database=self.database) as s:
            for cypher in statements:
                s.run(cypher).consume()
            # symbol -> document looks documents up by number; a server without this index
            # syntax (ArcadeDB) scans, and answers the same
            with contextlib.suppress(Neo4jError):
                s.run("CREATE INDEX document_number IF NOT EXISTS FOR (n:Document) ON (n.number)").consume()

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
        rows = [{"source": u.source, "hash": u.content_hash, "record": json.dumps(u.record, ensure_ascii=False),
                 "warnings": [str(w["kind"]) for w in u.record.get("warnings", [])]}
                for u in upserts]  # fmt: skip

        def work(tx: Any) -> None:
            for batch in self._batches(rows):
                # the warning kinds beside the record: `stats` counts them without reading records
                tx.run("UNWIND $rows AS r MERGE (s:Source {source: r.source}) "
                       "SET s.content_hash = r.hash, s.record = r.record, s.warnings = r.warnings",
                       rows=batch).consume()  # fmt: skip
            records = [json.loads(r["record"]) for r in tx.run("MATCH (s:Source) RETURN s.record AS record")]
            nodes, edges = to_rows(build(records))
            self._sync(tx, nodes, edges)

        self._write(work)

    def write_graph(self, nodes: Sequence[NodeRow], edges: Sequence[EdgeRow]) -> None:
        self._write(lambda tx: self._sync(tx, nodes, edges))

    def _sync(self, tx: Any, nodes: Sequence[NodeRow], edges: Sequence[EdgeRow]) -> None:
        have_nodes = {
            r["id"]: (tuple(sorted(r["labels"])), r["props"])
            for r in tx.run(
                "MATCH (n) WHERE n:Document OR n:Organization OR n:Person "
                "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
            )
        }
        have_edges = {
            r["props"]["key"]: (r["type"], r["props"])
            for r in tx.run(
                "MATCH ()-[e]->() WHERE e.key IS NOT NULL RETURN type(e) AS type, properties(e) AS props"
            )
        }
        want_nodes = {n.id: n for n in nodes}
        want_edges = {e.key: e for e in edges}
        # nodes that vanished or changed labels go; their edges go with them
        stale = defaultdict(list)
        for node_id, (labels, _) in have_nodes.items():
            if node_id not in want_nodes or want_nodes[node_id].labels != labels:
                stale[next(b for b in _BASES if b in labels)].append(node_id)
        for base, ids in stale.items():
            for batch in self._batches([{"id": i} for i in ids]):
                tx.run(
                    f"UNWIND $rows AS r MATCH (n:{_ident(base)} {{id: r.id}}) DETACH DELETE n", rows=batch
                ).consume()
        gone = {i for ids in stale.values() for i in ids}
        stale_edges = defaultdict(list)
        for key, (etype, _) in have_edges.items():
            if key not in want_edges or want_edges[key].type != etype:
                ends = key.split("|")
                if not (len(ends) == 3 and (ends[0] in gone or ends[2] in gone)):  # else already deleted
                    stale_edges[etype].append(key)
        for etype, keys in stale_edges.items():
            for batch in self._batches([{"key": k} for k in keys]):
                tx.run(
                    f"UNWIND $rows AS r MATCH ()-[e:{_ident(etype)} {{key: r.key}}]->() DELETE e", rows=batch
                ).consume()
        # write what is new or different
        # The diff knows which nodes and edges are new: those are CREATEd (no lookup), the
        # changed ones matched by their indexed id or key and SET.
        by_labels: dict[tuple[tuple[str, ...], bool], list[dict[str, Any]]] = defaultdict(list)
        for n in nodes:
            have = have_nodes.get(n.id)
            if n.id in gone or have is None:
                by_labels[(n.labels, True)].append({"id": n.id, "props": n.props})
            elif have[1] != n.props:
                by_labels[(n.labels, False)].append({"id": n.id, "props": n.props})
        for (labels, new), batch_rows in sorted(by_labels.items()):
            node = f"(n{''.join(':' + _ident(lb) for lb in labels)} {{id: r.id}})"
            cypher = f"UNWIND $rows AS r {'CREATE' if new else 'MATCH'} {node} SET n = r.props"
            for batch in self._batches(batch_rows):
                tx.run(cypher, rows=batch).consume()
        by_type: dict[tuple[str, str, str, bool], list[dict[str, Any]]] = defaultdict(list)
        for e in edges:
            have_edge = have_edges.get(e.key)
            new = e.src in gone or e.dst in gone or have_edge is None or have_edge[0] != e.type
            if new or have_edge is None or have_edge[1] != e.props:
                by_type[(e.type, base_of(e.src), base_of(e.dst), new)].append(
                    {"src": e.src, "dst": e.dst, "key": e.key, "props": e.props})  # fmt: skip
        for (etype, sb, db, new), batch_rows in sorted(by_type.items()):
            ends = f"MATCH (a:{_ident(sb)} {{id: r.src}}) MATCH (b:{_ident(db)} {{id: r.dst}})"
            rel = f"(a)-[e:{_ident(etype)} {{key: r.key}}]->(b)"
            cypher = f"UNWIND $rows AS r {ends} {'CREATE' if new else 'MATCH'} {rel} SET e = r.props"
            for batch in self._batches(batch_rows):
                tx.run(cypher, rows=batch).consume()

    # --- reads ---------------------------------------------------------------------------------
    @staticmethod
    def _node(r: dict[str, Any]) -> NodeRow:
        return NodeRow(r["id"], tuple(sorted(r["labels"])), r["props"])

    @staticmethod
    def _edge(r: dict[str, Any]) -> EdgeRow:
        return EdgeRow(r["src"], r["type"], r["dst"], r["props"])

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
            return [r.data() for r in tx.run(cypher, parameters=params)]

        try:
            with self.driver.session(database=self.database) as s:
                return s.execute_write(work) if write else s.execute_read(work)
        except Neo4jError as exc:
            raise StoreError(f"Cypher failed: {exc.message or exc}") from exc
        except (DriverError, OSError, ValueError, TypeError, OverflowError) as exc:
            raise StoreError(f"Cypher failed at {self.uri}: {_said(exc)}") from exc

    def close(self) -> None:
        self.driver.close()
