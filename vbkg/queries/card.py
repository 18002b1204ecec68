"""The document card: identity, issuer, signer, every relation with its evidence, warnings."""

from __future__ import annotations

import itertools
from typing import Any

from ..graph.schema import DOCUMENT_RELATIONS, Rel
from ..stores import EdgeRow, NodeRow, Store
from ..stores.rows import evidence
from .docs import label


def _relation(store: Store, e: EdgeRow, other: str) -> dict[str, Any]:
    node = store.node(other)
    return {
        "type": e.type,
        "id": other,
        "label": label(node, other),
        "target": {k: node.props.get(k) for k in ("symbol", "number")} if node else {},
        "head": bool(e.props.get("head")),
        "sections": e.props.get("sections", []),
        "evidence": [
            {k: ev.get(k) for k in ("source", "section", "sentence", "rule", "kind", "start", "end")}
            for ev in evidence(e.props)
        ],
    }


def _first_incoming(store: Store, dst: str, limit: int) -> tuple[list[EdgeRow], dict[str, int]]:
    """The edges into `dst`, at most `limit` of each type, and how many of each type are left
    out. A type within the limit comes whole in `edges` order; a larger one (a hub's 19,000
    implementers) gives its first `limit` in a trace's order (said in a title or preamble
    first), each read alone."""
    kept: list[EdgeRow] = []
    left: dict[str, int] = {}
    for rel, count in store.relation_counts(dst, [r.value for r in Rel]).items():
        if count <= limit:
            kept += [e for e in store.edges(dst=dst, types=[rel]) if e.src != dst]
            continue
        heads = (src for src, _, _ in store.edge_heads(dst, [rel]) if src != dst)
        kept += [store.edges(src=src, dst=dst, types=[rel])[0] for src in itertools.islice(heads, limit)]
        left[rel] = count - limit
    return kept, left


def card(store: Store, node: NodeRow, incoming_limit: int | None = None) -> dict[str, Any]:
    """The document's card; with `incoming_limit`, at most that many incoming relations of each
    type, and `incoming_left` says how many of each were left out (a page, not the archive)."""
    out_edges = store.edges(src=node.id)
    if incoming_limit is None:
        in_edges, left = store.edges(dst=node.id), None
    else:
        in_edges, left = _first_incoming(store, node.id, incoming_limit)
    p = node.props
    signer = next((e for e in out_edges if e.type == Rel.SIGNED_BY), None)
    signer_node = store.node(signer.dst) if signer else None
    warnings = []
    if p.get("date_conflict"):
        warnings.append(
            {"kind": "date_conflict", "message": f"printed with dates {', '.join(p['dates_seen'])}"}
        )
    if not p.get("loaded") and "Document" in node.labels:
        warnings.append(
            {"kind": "not_loaded", "message": "known only from citations; its own text is not loaded"}
        )
    return {
        "id": node.id,
        "labels": list(node.labels),
        **{k: v for k, v in p.items() if k not in ("id",)},
        "signer": {"name": signer_node.props.get("name"), "position": signer.props.get("position")}
        if signer and signer_node
        else None,
        "outgoing": [_relation(store, e, e.dst) for e in out_edges
                     if e.type in DOCUMENT_RELATIONS or e.type in (Rel.ISSUED_BY, Rel.SENT_TO, Rel.REPORTS_TO)],
        "incoming": [_relation(store, e, e.src) for e in in_edges],
        **({"incoming_left": left} if left is not None else {}),
        "warnings": warnings,
    }  # fmt: skip


# The relation groups as vbpl.vn shows them: (relation, direction, Vietnamese heading, English).
GROUPS: tuple[tuple[str, str, str, str], ...] = (
    (Rel.BASED_ON, "outgoing", "Căn cứ", "based on"),
    (Rel.BASED_ON, "incoming", "Được căn cứ", "cited as a legal basis by"),
    (Rel.IMPLEMENTS, "outgoing", "Thực hiện", "implements"),
    (Rel.IMPLEMENTS, "incoming", "Được thực hiện", "implemented by"),
    (Rel.AMENDS, "outgoing", "Sửa đổi, bổ sung", "amends"),
    (Rel.AMENDS, "incoming", "Bị sửa đổi, bổ sung", "amended by"),
    (Rel.REPLACES, "outgoing", "Thay thế", "replaces"),
    (Rel.REPLACES, "incoming", "Bị thay thế", "replaced by"),
    (Rel.CITES, "outgoing", "Dẫn chiếu", "cites"),
    (Rel.CITES, "incoming", "Được dẫn chiếu", "cited by"),
)


def grouped(c: dict[str, Any]) -> list[dict[str, Any]]:
    """The card's document relations in vbpl.vn's groups, each relation with evidence windows
    (before, mention, after) around the mention; empty groups are left out."""
    from .evidence import mention_length, window

    out = []
    for rel, direction, vi, en in GROUPS:
        items = []
        for r in c[direction]:
            if r["type"] != rel:
                continue
            about = c if direction == "incoming" else r.get("target", {})
            windows = [
                {**ev, "window": window(str(ev["sentence"]), about, mention_length(ev), 260)}
                for ev in r["evidence"]
                if ev.get("sentence")
            ]
            items.append({**r, "windows": windows})
        if items:
            left = c.get("incoming_left", {}).get(rel, 0) if direction == "incoming" else 0
            out.append(
                {"rel": rel, "direction": direction, "vi": vi, "en": en, "relations": items, "left": left}
            )
    return out
