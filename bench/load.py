"""Loading speed: graph elements per second into the embedded store and into a Bolt server.

    python bench/load.py [--corpus DIR] [--sample N]

Loads ../shared/corpus into a fresh embedded store (and again, when every document is
unchanged and skipped), then writes the same graph into an ArcadeDB Bolt server started for
the purpose, batched (UNWIND of 1,000 rows) and one statement per row on a sample, and
prints the ratio. Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.bolt_server import DATABASE, PASSWORD, ArcadeServer  # noqa: E402
from vbkg.graph import build_graph  # noqa: E402
from vbkg.ingest import load  # noqa: E402
from vbkg.stores import Upsert, open_embedded  # noqa: E402
from vbkg.stores.neo4j import Neo4jStore  # noqa: E402
from vbkg.stores.rows import EdgeRow, NodeRow  # noqa: E402
from vbkg.stores.sqlite_changes import Changes  # noqa: E402


def per_row_autocommit(uri: str, nodes: list[NodeRow], edges: list[EdgeRow]) -> float:
    """The naive loader: one MERGE per row, each its own transaction; seconds taken."""
    from neo4j import GraphDatabase

    from vbkg.stores.neo4j import base_of

    driver = GraphDatabase.driver(uri, auth=("root", PASSWORD))
    t0 = time.perf_counter()
    with driver.session(database=DATABASE) as s:
        for n in nodes:
            labels = "".join(f":{lb}" for lb in n.labels)
            s.run(f"MERGE (n{labels} {{id: $id}}) SET n = $props", id=n.id, props=n.props).consume()
        for e in edges:
            s.run(f"MATCH (a:{base_of(e.src)} {{id: $src}}) MATCH (b:{base_of(e.dst)} {{id: $dst}}) "
                  f"MERGE (a)-[r:{e.type} {{key: $key}}]->(b) SET r = $props",
                  src=e.src, dst=e.dst, key=e.key, props=e.props).consume()  # fmt: skip
    driver.close()
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--sample", type=int, default=1500, help="nodes in the batched-vs-per-row comparison")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"skipped: no corpus at {args.corpus} (it is read from ../shared/corpus, never copied)")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="vbkg-bench-"))
    store = open_embedded(str(tmp / "vbkg.db"))
    t0 = time.perf_counter()
    first = load(store, [args.corpus])
    first_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = load(store, [args.corpus])
    again_s = time.perf_counter() - t0
    elements = first.nodes_after + first.edges_after
    print(
        f"corpus: {first.loaded:,} documents loaded, {first.nodes_after:,} nodes + {first.edges_after:,} edges"
    )
    print(
        f"embedded store, first load (extract + merge + write) {first_s:8.1f} s  {elements / first_s:10,.0f} elements/s"
    )
    print(f"embedded store, re-load, {again.skipped:,} unchanged skipped {again_s:8.1f} s")
    nodes, edges = store.nodes(), store.edges()
    t0 = time.perf_counter()
    store.write_graph(nodes, edges)
    write_s = time.perf_counter() - t0
    print(
        f"embedded store, graph write only                     {write_s:8.1f} s  {elements / write_s:10,.0f} elements/s"
    )

    server = ArcadeServer()
    server.start()
    try:
        neo = Neo4jStore(server.uri, "root", PASSWORD, DATABASE)
        t0 = time.perf_counter()
        neo.write_graph(nodes, edges)
        bolt_s = time.perf_counter() - t0
        print(
            f"Bolt server (ArcadeDB), whole graph batched          {bolt_s:8.1f} s  {elements / bolt_s:10,.0f} elements/s"
        )
        t0 = time.perf_counter()
        neo.write_graph(nodes, edges)
        print(f"Bolt server, same graph again (nothing to write)     {time.perf_counter() - t0:8.1f} s")
        neo.close()

        # incremental commits: the records in, then two more documents (the planner's diff only)
        server.reset()
        records = list(store.records())
        neo = Neo4jStore(server.uri, "root", PASSWORD, DATABASE, cache=tmp / "planner.db")
        t0 = time.perf_counter()
        neo.commit([Upsert(r["source"], r["content_hash"], r) for r in records[:-2]], build_graph)
        print(
            f"Bolt server, commit of {len(records) - 2:,} records (cache built, whole sync) {time.perf_counter() - t0:8.1f} s"
        )
        written: list[int] = []
        real = Neo4jStore._write_changes

        def counted(self: Neo4jStore, tx: object, changes: Changes) -> None:
            written.append(len(changes))
            real(self, tx, changes)

        Neo4jStore._write_changes = counted  # type: ignore[method-assign,assignment]
        t0 = time.perf_counter()
        neo.commit([Upsert(r["source"], r["content_hash"], r) for r in records[-2:]], build_graph)
        print(f"Bolt server, then 2 more documents: {sum(written):,} rows written "
              f"(of {sum(neo.counts()):,})          {time.perf_counter() - t0:8.2f} s")  # fmt: skip
        Neo4jStore._write_changes = real  # type: ignore[method-assign]
        neo.close()

        keep = {n.id for n in nodes[: args.sample]}
        sample_nodes = [n for n in nodes if n.id in keep]
        sample_edges = [e for e in edges if e.src in keep and e.dst in keep]
        n_sample = len(sample_nodes) + len(sample_edges)
        rates = {}
        for batch in (1000, 1):
            server.reset()
            s = Neo4jStore(server.uri, "root", PASSWORD, DATABASE, batch=batch)
            t0 = time.perf_counter()
            s.write_graph(sample_nodes, sample_edges)
            rates[batch] = n_sample / (time.perf_counter() - t0)
            s.close()
        server.reset()
        rates[0] = n_sample / per_row_autocommit(server.uri, sample_nodes, sample_edges)
        print(f"sample of {n_sample:,} elements into an empty database:")
        print(f"  batched UNWIND of 1,000 rows, one transaction      {rates[1000]:10,.0f} elements/s")
        print(
            f"  one statement per row, one transaction             {rates[1]:10,.0f} elements/s  ({rates[1000] / rates[1]:.1f}x)"
        )
        print(
            f"  one statement per row, each auto-committed         {rates[0]:10,.0f} elements/s  ({rates[1000] / rates[0]:.1f}x)"
        )
        print("  (goal: batched >= 10x one statement per row)")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
