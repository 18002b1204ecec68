"""Document summaries as queries print them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..stores import NodeRow


def summary(n: NodeRow) -> dict[str, Any]:
    p = n.props
    return {
        "id": n.id,
        "type": p.get("type"),
        "symbol": p.get("symbol"),
        "year": p.get("year"),
        "date": p.get("date"),
        "issuer": p.get("issuer"),
        "title": p.get("title"),
        "loaded": p.get("loaded", False),
    }


def label(n: NodeRow | None, fallback: str = "?") -> str:
    """How a document is named in a chain: its symbol, else its title's first words."""
    return fallback if n is None else label_props(n.id, n.props)


def label_props(node_id: str, props: Mapping[str, Any], width: int = 50) -> str:
    """A node's short name from its properties: symbol, organization name, or title."""
    if props.get("symbol"):
        return str(props["symbol"])
    if props.get("name"):
        return str(props["name"])
    title = str(props.get("title") or node_id)
    return (title[:width] + "…") if len(title) > width else title
