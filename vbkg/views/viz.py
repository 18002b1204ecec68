"""Pictures with pyvis: a document's chain and implementers, and the reporting hierarchy.

Colour and shape by class, a legend, a hierarchical layout by level computed from the
edges, edge labels, tooltips with the evidence sentence shown as text, physics off above a
few hundred nodes. The HTML embeds vis-network, so it works from file:// with no network.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

import networkx as nx

from ..graph.schema import DOCUMENT_RELATIONS, Label, Rel
from ..queries.docs import label, label_props
from ..queries.trace import chain, trace
from ..stores import Store
from ..stores.rows import evidence

PHYSICS_LIMIT = 300
STYLE: dict[str, tuple[str, str]] = {
    "Resolution": ("#d62728", "diamond"),
    "Conclusion": ("#ff7f0e", "star"),
    "Directive": ("#9467bd", "triangle"),
    "Plan": ("#1f77b4", "dot"),
    "Program": ("#17becf", "dot"),
    "ActionProgram": ("#17becf", "square"),
    "Guidance": ("#bcbd22", "triangleDown"),
    "Decision": ("#e377c2", "hexagon"),
    "Decree": ("#8c564b", "hexagon"),
    "Law": ("#393b79", "hexagon"),
    "OfficialLetter": ("#7f7f7f", "dot"),
    "Organization": ("#2ca02c", "box"),
    "Person": ("#aec7e8", "ellipse"),
}
DEFAULT_STYLE = ("#c7c7c7", "dot")
EDGE_COLOUR = {Rel.IMPLEMENTS: "#d62728", Rel.BASED_ON: "#1f77b4", Rel.CITES: "#bbbbbb", Rel.AMENDS: "#ff7f0e",
               Rel.REPLACES: "#9467bd", Rel.REPORTS_TO: "#2ca02c",
               Rel.SUB_ORGANIZATION_OF: "#7f7f7f"}  # fmt: skip


def safe_text(text: str) -> str:
    """Text for a tooltip or label. vis-network shows strings as text, but pyvis swaps in an
    innerHTML popup as soon as any title contains "href"; a zero-width joiner defuses that."""
    return text.replace("href", "hre\u200df").replace("HREF", "HRE\u200dF")


def node_class(attrs: dict[str, Any]) -> str:
    labels = attrs.get("labels") or []
    if Label.DOCUMENT in labels:
        return str(attrs.get("type") or "Document")
    return str(labels[0]) if labels else "Document"


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


def _tooltip(name: str, attrs: dict[str, Any]) -> str:
    lines = [name]
    for key in ("title", "issuer", "date", "name"):
        if attrs.get(key) and attrs.get(key) != name:
            lines.append(str(attrs[key]))
    if attrs.get("loaded") is False:
        lines.append("(known only from citations)")
    return safe_text("\n".join(lines))


def render(g: nx.MultiDiGraph, heading: str, links: dict[str, str] | None = None) -> str:
    """The graph as a self-contained HTML page."""
    from pyvis.network import Network

    net = Network(height="780px", width="100%", directed=True, cdn_resources="in_line", heading="")
    lv = levels(g)
    for n, a in g.nodes(data=True):
        cls = node_class(a)
        colour, shape = STYLE.get(cls, DEFAULT_STYLE)
        name = label_props(str(n), a, width=40)
        net.add_node(str(n), label=safe_text(name), title=_tooltip(name, a), color=colour, shape=shape,
                     level=lv[n])  # fmt: skip
    for s, d, k, a in g.edges(keys=True, data=True):
        ev = [e.get("sentence") for e in evidence(a) if e.get("sentence")]
        tip = k if not ev else f"{k}\n“{ev[0]}”" + (f"\n(+{len(ev) - 1} more)" if len(ev) > 1 else "")
        net.add_edge(str(s), str(d), label=k, title=safe_text(tip), color=EDGE_COLOUR.get(k, "#999999"),
                     dashes=not a.get("head", True), arrows="to")  # fmt: skip
    physics = g.number_of_nodes() <= PHYSICS_LIMIT
    net.set_options(_options(physics))
    page: str = net.generate_html()
    legend = _legend(g)
    script = _link_script(links or {})
    return page.replace("<body>", f"<body>\n<h2 style='font-family:sans-serif'>{html.escape(heading)}</h2>\n{legend}", 1)\
               .replace("</body>", f"{script}\n</body>", 1)  # fmt: skip


def _options(physics: bool) -> str:
    import json

    return json.dumps({
        "layout": {"hierarchical": {"enabled": True, "direction": "UD", "sortMethod": "directed",
                                    "levelSeparation": 140, "nodeSpacing": 180}},
        "physics": {"enabled": physics, "hierarchicalRepulsion": {"nodeDistance": 180}},
        "edges": {"font": {"size": 10, "align": "middle"}, "smooth": {"type": "cubicBezier"}},
        "interaction": {"hover": True, "tooltipDelay": 100},
    })  # fmt: skip


def _legend(g: nx.MultiDiGraph) -> str:
    classes = sorted({node_class(a) for _, a in g.nodes(data=True)})
    rels = sorted({k for _, _, k in g.edges(keys=True)})
    items = [f"<span style='color:{STYLE.get(c, DEFAULT_STYLE)[0]}'>&#9679;</span> {html.escape(c)} "
             f"<small>({STYLE.get(c, DEFAULT_STYLE)[1]})</small>" for c in classes]  # fmt: skip
    items += [
        f"<span style='color:{EDGE_COLOUR.get(r, '#999')}'>&#8594;</span> {html.escape(r)}" for r in rels
    ]
    items.append("<small>dashed: stated only in the body</small>")
    return ("<div id='legend' style='font-family:sans-serif;font-size:13px;margin:4px 0 8px'>"
            + " &nbsp; ".join(items) + "</div>")  # fmt: skip


def _link_script(links: dict[str, str]) -> str:
    """Double-click a node to open its page (the static site sets `links`)."""
    if not links:
        return ""
    import json

    data = json.dumps(links).replace("<", "\\u003c")
    return ("<script>var vbkgLinks = " + data + ";\n"
            "network.on('doubleClick', function (p) { if (p.nodes.length && vbkgLinks[p.nodes[0]]) "
            "{ window.location.href = vbkgLinks[p.nodes[0]]; } });</script>")  # fmt: skip


def _subgraph(store: Store, node_ids: Iterable[str], rel_types: Iterable[str]) -> nx.MultiDiGraph:
    ids = set(node_ids)
    g = nx.MultiDiGraph()
    for i in ids:
        n = store.node(i)
        if n is not None:
            g.add_node(i, labels=list(n.labels), **n.props)
    types = list(rel_types)
    for i in ids:
        for e in store.edges(src=i, types=types):
            if e.dst in ids:
                g.add_edge(e.src, e.dst, key=e.type, **{k: v for k, v in e.props.items() if k != "key"})
    return g


def document_graph(store: Store, doc_id: str, depth: int | None = None) -> nx.MultiDiGraph:
    """The chain above a document and the implementers below it."""
    ids = {doc_id}
    for c in chain(store, doc_id):
        ids.update(c["path"])
    for r in trace(store, doc_id, depth):
        ids.update(r["path"])
    return _subgraph(store, ids, DOCUMENT_RELATIONS)


_TREE = [Rel.SUB_ORGANIZATION_OF, Rel.REPORTS_TO]


def hierarchy_graph(store: Store) -> nx.MultiDiGraph:
    """The organizational tree (SUB_ORGANIZATION_OF) with the stated reporting lines on it."""
    edges = store.edges(types=_TREE)
    return _subgraph(store, {e.src for e in edges} | {e.dst for e in edges}, _TREE)


def document_page(store: Store, doc_id: str, links: dict[str, str] | None = None) -> str:
    node = store.node(doc_id)
    return render(document_graph(store, doc_id), f"Chain and implementers of {label(node, doc_id)}", links)


def hierarchy_page(store: Store, links: dict[str, str] | None = None) -> str:
    return render(hierarchy_graph(store), "Organizations (SUB_ORGANIZATION_OF) and reporting lines (REPORTS_TO)",
                  links)  # fmt: skip
