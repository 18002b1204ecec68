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
            "level": n.props.get("level"), "province": n.props.get("province"),
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


def hierarchy(store: Store, org: str | None = None, depth: int | None = None) -> list[dict[str, Any]]:
    """The organizational tree (SUB_ORGANIZATION_OF, posts by POST_IN), from the top down, each
    body with the stated reporting lines (REPORTS_TO) it sends and receives. A reporting
    cycle is a data problem for `vbkg audit`; it is listed, never drawn as a tree."""
    orgs = {n.id: n.props for n in store.nodes(Label.ORGANIZATION)}
    parent: dict[str, str] = {}
    children: dict[str, list[str]] = {}
    for e in store.edges(types=[Rel.SUB_ORGANIZATION_OF, Rel.POST_IN]):
        if e.src in orgs and e.dst in orgs and e.src not in parent:
            parent[e.src] = e.dst
            children.setdefault(e.dst, []).append(e.src)
    up: dict[str, set[str]] = {}
    down: dict[str, set[str]] = {}
    for e in store.edges(types=[Rel.REPORTS_TO]):
        up.setdefault(e.src, set()).add(e.dst)
        down.setdefault(e.dst, set()).add(e.src)

    def name(node: str) -> str:
        return str(orgs.get(node, {}).get("name") or node)

    def tree(node: str, level: int, seen: frozenset[str]) -> dict[str, Any]:
        p = orgs.get(node, {})
        kids = sorted((k for k in children.get(node, []) if k not in seen), key=name)
        return {
            "id": node, "name": name(node), "kind": p.get("kind"), "level": p.get("level"),
            "reports_to": sorted(name(x) for x in up.get(node, set())),
            "reported_to_by": sorted(name(x) for x in down.get(node, set())),
            "children": [] if depth is not None and level >= depth else
                        [tree(k, level + 1, seen | {node}) for k in kids],
        }  # fmt: skip

    if org is not None:
        roots = [resolve_org(store, org).id]
    else:
        roots = sorted((n for n in orgs if n not in parent), key=name)
    return [tree(r, 1, frozenset()) for r in roots]


def reporting_cycles(store: Store) -> list[list[str]]:
    """Every cycle of stated reporting lines, as lists of body names (a data problem)."""
    import networkx as nx

    names = {n.id: str(n.props.get("name") or n.id) for n in store.nodes(Label.ORGANIZATION)}
    g = nx.DiGraph()
    g.add_edges_from((e.src, e.dst) for e in store.edges(types=[Rel.REPORTS_TO]))
    return sorted([names.get(n, n) for n in cycle] for cycle in nx.simple_cycles(g))
