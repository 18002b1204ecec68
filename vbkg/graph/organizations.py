"""Organization nodes: one per real body, with kind, level, province and the tree above it.

Every name a record gives (an organization found in the text, an issuer, a recipient, a side
of a reporting line) goes through `extraction.bodies.describe`: spellings of one body become
one node ("UBND TP HCM", "Ủy ban nhân dân thành phố Hồ Chí Minh"), and a name that is no
body (a fragment, a sentence, a job title) becomes no node at all. Each body's parents are
added too, linked by SUB_ORGANIZATION_OF (org:subOrganizationOf): Cục Thuế tỉnh X → Cục
Thuế → Bộ Tài chính; LĐLĐ quận → LĐLĐ thành phố → Tổng LĐLĐ; Quận ủy → Thành ủy → Ban Chấp
hành Trung ương. A person-office (Thủ tướng Chính phủ, Chủ tịch UBND tỉnh) is a node of its
own, linked to its body by POST_IN (org:postIn).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..extraction import bodies as bd
from ..extraction.identity_key import slug
from .schema import Label, Rel

if TYPE_CHECKING:
    import networkx as nx


def org_id(name: str) -> str:
    return "org-" + slug(name, max_words=20)


def _props(body: bd.Body) -> dict[str, Any]:
    return {
        "labels": [Label.ORGANIZATION],
        "name": body.name,
        "kind": body.kind,
        "level": body.level,
        "province": body.province,
        "province_2025": body.province_2025,
        "parent": body.parent,
    }


def _link(g: nx.MultiDiGraph, src: str, dst: str, rel: Rel) -> None:
    if not g.has_edge(src, dst, key=str(rel)):
        g.add_edge(src, dst, key=str(rel), type=str(rel), evidence=[{"source": None, "kind": "vocabulary"}])


def add_org(g: nx.MultiDiGraph, name: str | None, date: str | None = "") -> str | None:
    """The node of the body `name` stands for (added with its parents), or None if it is none.

    With `date` (a document's, None when unknown) a body founded later is none either: "Cục
    Thuế" heading a 2018 letter is a provincial department, not the central Cục Thuế of 2025.
    """
    body = bd.describe(name) if name else None
    if body is None or (date != "" and not bd.existed(body.name, date)):
        return None
    node = org_id(body.name)
    if node in g:
        return node
    g.add_node(node, **_props(body))
    if body.parent:
        parent = add_org(g, body.parent)
        if parent is not None and parent != node:
            _link(g, node, parent, Rel.POST_IN if body.kind == bd.OFFICE else Rel.SUB_ORGANIZATION_OF)
    return node
