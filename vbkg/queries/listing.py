"""Lists: documents by class, issuer, year; organizations; the reporting hierarchy."""

from __future__ import annotations

from typing import Any

from ..extraction.gazetteer import fold
from ..graph.schema import Label, Rel
from ..stores import NodeRow, Store
from .docs import summary
from .errors import QueryError


def documents(
    store: Store, doc_class: str | None = None, issuer: str | None = None, year: int | None = None,
    loaded: bool | None = None,
) -> list[dict[str, Any]]:  # fmt: skip
    rows = []
    for n in store.nodes(Label.DOCUMENT):
        p = n.props
        if doc_class and fold(doc_class) not in (fold(str(p.get("type"))), fold(str(p.get("type_code")))):
            continue
        if issuer and fold(issuer) not in fold(str(p.get("issuer") or "")):
            continue
        if year is not None and p.get("year") != year:
            continue
        if loaded is not None and bool(p.get("loaded")) != loaded:
            continue
        rows.append(summary(n))
    return rows


def organizations(store: Store, kind: str | None = None) -> list[dict[str, Any]]:
    reports = store.edges(types=[Rel.REPORTS_TO])
    issued: dict[str, int] = {}
    for e in store.edges(types=[Rel.ISSUED_BY]):
        issued[e.dst] = issued.get(e.dst, 0) + 1
    rows = []
    for n in store.nodes(Label.ORGANIZATION):
        if kind and n.props.get("kind") != kind:
            continue
        rows.append({
            "id": n.id, "name": n.props.get("name"), "kind": n.props.get("kind"),
            "documents_issued": issued.get(n.id, 0),
            "reports_to": sorted(e.dst for e in reports if e.src == n.id),
        })  # fmt: skip
    return rows


def resolve_org(store: Store, ref: str) -> NodeRow:
    exact = store.node(ref)
    if exact is not None and Label.ORGANIZATION in exact.labels:
        return exact
    want = fold(ref)
    found = [n for n in store.nodes(Label.ORGANIZATION) if want in fold(str(n.props.get("name")))]
    exact_name = [n for n in found if fold(str(n.props.get("name"))) == want]
    if len(exact_name) == 1 or len(found) == 1:
        return (exact_name or found)[0]
    if not found:
        raise QueryError(f"no organization matches {ref!r}")
    raise QueryError(f"{ref!r} is ambiguous: {len(found)} organizations match",
                     [{"id": n.id, "name": n.props.get("name")} for n in found])  # fmt: skip


def hierarchy(store: Store, org: str | None = None) -> list[dict[str, Any]]:
    """The reporting tree: each body with the bodies that report to it, from the top down."""
    names = {n.id: n.props.get("name") for n in store.nodes(Label.ORGANIZATION)}
    up: dict[str, set[str]] = {}
    down: dict[str, set[str]] = {}
    for e in store.edges(types=[Rel.REPORTS_TO]):
        up.setdefault(e.src, set()).add(e.dst)
        down.setdefault(e.dst, set()).add(e.src)

    def tree(node: str, seen: frozenset[str]) -> dict[str, Any]:
        kids = sorted(down.get(node, set()) - seen)
        return {"id": node, "name": names.get(node, node),
                "reported_to_by": [tree(k, seen | {node}) for k in kids]}  # fmt: skip

    if org is not None:
        root = resolve_org(store, org)
        node = tree(root.id, frozenset())
        node["reports_to"] = sorted(up.get(root.id, set()))
        return [node]
    tops = sorted(n for n in down if not up.get(n))
    if not tops and down:  # a cycle: start anywhere, deterministically
        tops = [min(down)]
    return [tree(t, frozenset()) for t in tops]
