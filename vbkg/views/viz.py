"""Pictures as standalone pages (`vbkg viz`): a document's neighbourhood, grown along its
chain and implementers, or the organizational hierarchy. One HTML file with vis-network and
the shared script (assets/graph.js) inlined, so it opens from file:// with no network.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import networkx as nx

from ..graph.schema import DOCUMENT_RELATIONS, Rel
from ..queries.trace import chain, trace
from ..stores import Store
from .graphdata import edge_json, neighbourhood, node_json
from .style import style_json

ASSETS = Path(__file__).parent / "assets"
_TREE: list[str] = [Rel.SUB_ORGANIZATION_OF, Rel.REPORTS_TO]


def levels(g: nx.MultiDiGraph) -> dict[Any, int]:
    """Level 0 at the top (what is implemented or reported to), growing downward."""
    level = {n: 0 for n in g}
    for _ in range(len(g)):  # longest-path layering; the cap ends cycles
        changed = False
        for src, dst in g.edges():
            if level[src] < level[dst] + 1 and src != dst:
                level[src] = level[dst] + 1
                changed = True
        if not changed:
            break
    return level


def _subgraph(store: Store, node_ids: set[str], rel_types: list[str]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for i in node_ids:
        n = store.node(i)
        if n is not None:
            g.add_node(i, row=n)
    for i in node_ids:
        for e in store.edges(src=i, types=rel_types):
            if e.dst in node_ids:
                g.add_edge(e.src, e.dst, key=e.type, row=e)
    return g


def document_graph(store: Store, doc_id: str, depth: int | None = None) -> nx.MultiDiGraph:
    """The chain above a document and the implementers below it."""
    ids = {doc_id}
    for c in chain(store, doc_id):
        ids.update(c["path"])
    for r in trace(store, doc_id, depth):
        ids.update(r["path"])
    return _subgraph(store, ids, list(DOCUMENT_RELATIONS))


def hierarchy_graph(store: Store) -> nx.MultiDiGraph:
    """The organizational tree (SUB_ORGANIZATION_OF) with the stated reporting lines on it."""
    edges = store.edges(types=_TREE)
    return _subgraph(store, {e.src for e in edges} | {e.dst for e in edges}, _TREE)


def graph_data(g: nx.MultiDiGraph, center: str) -> dict[str, Any]:
    """A networkx picture as the shared script's data, each node on its level."""
    lv = levels(g)
    nodes = [{**node_json(a["row"], str(n)), "level": lv[n]} for n, a in g.nodes(data=True)]
    edges = [edge_json(a["row"]) for _, _, a in g.edges(data=True)]
    return {"center": center, "nodes": nodes, "edges": edges, "total": len(nodes), "hidden": 0}


def hierarchy_data(store: Store) -> dict[str, Any]:
    g = hierarchy_graph(store)
    return graph_data(g, next(iter(sorted(g.nodes)), ""))


def document_data(store: Store, doc_id: str) -> dict[str, Any]:
    """The chain and implementers when there are any, else the node's whole neighbourhood."""
    g = document_graph(store, doc_id)
    if g.number_of_nodes() > 1:
        return graph_data(g, doc_id)
    return neighbourhood(store, doc_id)


def page(data: dict[str, Any], heading: str, hierarchical: bool = False) -> str:
    """A standalone page drawing `data` (vis-network and the script inlined)."""
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    style = json.dumps(style_json())
    vis = (ASSETS / "vis-network.min.js").read_text(encoding="utf-8")
    script = (ASSETS / "graph.js").read_text(encoding="utf-8")
    css = (ASSETS / "app.css").read_text(encoding="utf-8")
    return (
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{html.escape(heading)}</title><style>{css}\n#graph{{height:85vh}}</style></head><body><main>"
        f"<h1>{html.escape(heading)}</h1><div id='filters'></div><div id='legend'></div>"
        "<p id='status' class='muted small'></p><div id='graph'></div></main>"
        f"<script>{vis}</script><script>{script}</script><script>var DATA = {payload};\n"
        "VbkgGraph.start(document.getElementById('graph'), {start: DATA.center, style: " + style + ","
        f" hierarchical: {'true' if hierarchical else 'false'},"
        " legend: document.getElementById('legend'), filters: document.getElementById('filters'),"
        " status: document.getElementById('status'),"
        " load: function (id, done) { done(id === DATA.center ? DATA : null); }});</script></body></html>"
    )  # fmt: skip


def document_page(store: Store, doc_id: str) -> str:
    n = store.node(doc_id)
    name = (n.props.get("symbol") or n.props.get("title") or doc_id) if n else doc_id
    return page(document_data(store, doc_id), f"Relations of {name}")


def hierarchy_page(store: Store) -> str:
    return page(
        hierarchy_data(store), "Organizations (SUB_ORGANIZATION_OF) and reporting lines (REPORTS_TO)", True
    )
