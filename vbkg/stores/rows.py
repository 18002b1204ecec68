"""The one property form every store keeps, so every store answers with the same values.

Nested values (an edge's evidence) become JSON strings; None values are dropped (Neo4j
cannot hold a null property), lists hold no None.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..graph.schema import Label

if TYPE_CHECKING:
    import networkx as nx

JSON_PROPS = frozenset({"evidence"})


@dataclass(frozen=True)
class NodeRow:
    id: str
    labels: tuple[str, ...]
    props: dict[str, Any]

    @property
    def base(self) -> str:
        """The label a node is merged on: Document, Organization or Person."""
        for label in (Label.DOCUMENT, Label.ORGANIZATION, Label.PERSON):
            if label in self.labels:
                return str(label)
        return self.labels[0]


@dataclass(frozen=True)
class EdgeRow:
    src: str
    type: str
    dst: str
    props: dict[str, Any]

    @property
    def key(self) -> str:
        return f"{self.src}|{self.type}|{self.dst}"


def clean(props: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in props.items():
        if v is None:
            continue
        if k in JSON_PROPS:
            if not isinstance(v, str):  # already JSON (a graph read back from a store): as it is
                v = json.dumps(v, ensure_ascii=False, sort_keys=True)
        elif isinstance(v, list | tuple):
            v = [x for x in v if x is not None]
        out[k] = v
    return out


def to_rows(g: nx.MultiDiGraph) -> tuple[list[NodeRow], list[EdgeRow]]:
    nodes = [
        NodeRow(
            str(n),
            tuple(sorted(a["labels"])),
            clean({"id": str(n), **{k: v for k, v in a.items() if k != "labels"}}),
        )
        for n, a in g.nodes(data=True)
    ]
    edges = [
        EdgeRow(
            str(s),
            str(k),
            str(d),
            clean({"key": f"{s}|{k}|{d}", **{x: v for x, v in a.items() if x != "type"}}),
        )
        for s, d, k, a in g.edges(keys=True, data=True)
    ]
    nodes.sort(key=lambda r: r.id)
    edges.sort(key=lambda r: (r.src, r.type, r.dst))
    return nodes, edges


def from_rows(nodes: Iterable[NodeRow], edges: Iterable[EdgeRow]) -> nx.MultiDiGraph:
    import networkx as nx  # here: reading a store needs no networkx until a whole graph is asked for

    g = nx.MultiDiGraph()
    for n in nodes:
        g.add_node(n.id, labels=list(n.labels), **{k: v for k, v in n.props.items() if k != "id"})
    for e in edges:
        g.add_edge(e.src, e.dst, key=e.type, type=e.type, **{k: v for k, v in e.props.items() if k != "key"})
    return g


def evidence(props: Mapping[str, Any]) -> list[dict[str, Any]]:
    raw = props.get("evidence")
    return json.loads(raw) if isinstance(raw, str) else list(raw or [])
