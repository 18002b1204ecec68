"""Document summaries as queries print them."""

from __future__ import annotations

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
    if n is None:
        return fallback
    p = n.props
    if p.get("symbol"):
        return str(p["symbol"])
    if p.get("name"):
        return str(p["name"])
    title = str(p.get("title") or n.id)
    return (title[:50] + "…") if len(title) > 50 else title
