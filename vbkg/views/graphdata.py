"""Graph data for the interactive pictures: a node's neighbourhood as small JSON, the styles.

One shape of data for `vbkg serve` (fetched as a node is expanded) and the static site (one
small file per document), drawn by the one script assets/graph.js. The strongest relations
come first and a neighbourhood is capped, saying how many it hides: a law cited by hundreds
of documents stays readable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..graph.schema import Label, Rel
from ..queries.evidence import mention_length, window_text
from ..stores import EdgeRow, NodeRow, Store
from ..stores.rows import evidence
from .style import node_class

TOOLTIP = 220  # characters of evidence in an edge's tooltip, around the mention
NEIGHBOURS = 60  # at most this many neighbours drawn around one node
# Which relations a crowded neighbourhood keeps first (lower first).
STRENGTH: dict[str, int] = {Rel.IMPLEMENTS: 0, Rel.AMENDS: 1, Rel.REPLACES: 2, Rel.BASED_ON: 3, Rel.REPORTS_TO: 4,
            Rel.SUB_ORGANIZATION_OF: 5, Rel.ISSUED_BY: 6, Rel.CITES: 7, Rel.SIGNED_BY: 8, Rel.SENT_TO: 9,
            Rel.POST_IN: 10}  # fmt: skip


def _props(store: Store, node_id: str) -> dict[str, Any] | None:
    n = store.node(node_id)
    return n.props if n else None


def short_name(n: NodeRow | None, node_id: str, width: int = 32) -> str:
    if n is None:
        return node_id
    p = n.props
    name = str(p.get("symbol") or p.get("name") or p.get("title") or n.id)
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


def node_json(n: NodeRow | None, node_id: str) -> dict[str, Any]:
    """What the picture needs of a node; text only (vis-network shows a string title as text)."""
    p = n.props if n else {}
    lines = [str(p.get("symbol") or p.get("name") or node_id)]
    for key in ("type", "title", "issuer", "date"):
        if p.get(key) and str(p.get(key)) not in lines:
            lines.append(str(p[key])[:300])
    if n is not None and Label.DOCUMENT in n.labels and not p.get("loaded"):
        lines.append("(known only from citations)")
    return {"id": node_id, "label": short_name(n, node_id), "cls": node_class(n), "title": "\n".join(lines),
            "doc": bool(n and Label.DOCUMENT in n.labels)}  # fmt: skip


def edge_json(e: EdgeRow, about: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """An edge with its tooltip: the relation and its first evidence, cut around the mention of
    `about` (the document pointed at) when given."""
    ev = [x for x in evidence(e.props) if x.get("sentence")]
    first = window_text(str(ev[0]["sentence"]), about, mention_length(ev[0]), TOOLTIP) if ev else ""
    title = e.type + (f"\n“{first}”" if ev else "") + (f"\n(+{len(ev) - 1} more)" if len(ev) > 1 else "")
    return {
        "from": e.src,
        "to": e.dst,
        "rel": e.type,
        "head": bool(e.props.get("head", True)),
        "title": title,
    }


def neighbourhood(store: Store, node_id: str, limit: int = NEIGHBOURS) -> dict[str, Any]:
    """A node, its neighbours over every relation (strongest first, at most `limit`), the edges."""
    edges = [e for e in store.edges(src=node_id) + store.edges(dst=node_id) if e.src != e.dst]
    edges.sort(key=lambda e: (STRENGTH.get(e.type, 99), not e.props.get("head"), e.src if e.dst == node_id
                              else e.dst))  # fmt: skip
    kept: dict[str, None] = {}
    for e in edges:
        other = e.dst if e.src == node_id else e.src
        if other in kept or len(kept) < limit:
            kept[other] = None
    total = len({e.dst if e.src == node_id else e.src for e in edges})
    nodes = [node_json(store.node(node_id), node_id)]
    nodes += [node_json(store.node(i), i) for i in kept]
    shown = [
        edge_json(e, _props(store, e.dst)) for e in edges if (e.dst if e.src == node_id else e.src) in kept
    ]
    return {"center": node_id, "nodes": nodes, "edges": shown, "total": total, "hidden": total - len(kept)}
