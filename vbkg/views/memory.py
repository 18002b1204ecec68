"""A read-only store held in memory: the site reads every node and edge many times, and one
pass over the store is far cheaper than a query per card (a round trip each on Neo4j)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..stores import EdgeRow, NodeRow, Store
from ..stores.interface import GraphBuilder, Upsert


class MemoryStore(Store):
    name = "memory"

    def __init__(self, source: Store) -> None:
        self._nodes = {n.id: n for n in source.nodes()}
        self._edges = source.edges()
        self._out: dict[str, list[EdgeRow]] = {}
        self._in: dict[str, list[EdgeRow]] = {}
        for e in self._edges:
            self._out.setdefault(e.src, []).append(e)
            self._in.setdefault(e.dst, []).append(e)

    def known_hashes(self) -> dict[str, str]:
        return {}

    def records(self) -> Iterator[dict[str, Any]]:
        return iter(())

    def commit(self, upserts: Sequence[Upsert], build: GraphBuilder) -> None:
        raise NotImplementedError("a MemoryStore is read-only")

    def write_graph(self, nodes: Sequence[NodeRow], edges: Sequence[EdgeRow]) -> None:
        raise NotImplementedError("a MemoryStore is read-only")

    def node(self, node_id: str) -> NodeRow | None:
        return self._nodes.get(node_id)

    def nodes(self, label: str | None = None) -> list[NodeRow]:
        return [n for n in self._nodes.values() if label is None or label in n.labels]

    def edges(
        self, src: str | None = None, dst: str | None = None, types: Sequence[str] | None = None
    ) -> list[EdgeRow]:
        if src is not None:
            found = self._out.get(src, [])
            if dst is not None:
                found = [e for e in found if e.dst == dst]
        elif dst is not None:
            found = self._in.get(dst, [])
        else:
            found = self._edges
        return [e for e in found if types is None or e.type in types]

    def counts(self) -> tuple[int, int]:
        return len(self._nodes), len(self._edges)

    def close(self) -> None:
        pass
