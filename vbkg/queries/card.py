"""The document card: identity, issuer, signer, every relation with its evidence, warnings."""

from __future__ import annotations

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


def card(store: Store, node: NodeRow) -> dict[str, Any]:
    out_edges = store.edges(src=node.id)
    in_edges = store.edges(dst=node.id)
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
            out.append({"rel": rel, "direction": direction, "vi": vi, "en": en, "relations": items})
    return out
