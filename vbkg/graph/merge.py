"""Many document records to one graph: one node per real document and organization.

Pure: record dicts (the JSON of `vbkg extract`) in, a networkx MultiDiGraph out. The result
depends only on the set of records, never on their order.

Identity: the same type + number + issuer code + year is one document; the issuing body is
part of the identity where the code is shared by many bodies (46/KH-LĐLĐ of Long Biên is not
46/KH-LĐLĐ of Lai Châu). A mention without a year (or without its issuing body) joins the one
document that fits it, and stays apart when several do. Documents without a number are keyed
by issuer + date + title.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..extraction.codes import class_of
from ..extraction.ids import document_id, needs_issuer, slug
from ..extraction.resolve import number_key, type_key
from .organizations import add_org, org_id
from .schema import HEAD_SECTIONS, Label, Rel

__all__ = ["build_graph", "org_id", "person_id"]

Record = Mapping[str, Any]
Identity = Mapping[str, Any]
BaseKey = tuple[str, str, str]


@dataclass
class _Cluster:
    """Every mention of one document, from every record."""

    year: int | None
    scope: str | None
    members: list[Identity] = field(default_factory=list)
    loaded: list[Record] = field(default_factory=list)


def _base(ident: Identity) -> BaseKey:
    return (
        type_key(ident.get("type_code")),
        number_key(str(ident["number"])),
        ident.get("issuer_code") or "",
    )


def _scope(ident: Identity) -> str | None:
    return ident.get("issuer") if needs_issuer(ident.get("issuer_code")) else ""


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v not in (None, ""))
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


class _Resolver:
    """Assigns every identity to a cluster, independent of the order identities arrive in."""

    def __init__(self, identities: list[tuple[Identity, Record | None]]) -> None:
        by_base: dict[BaseKey, list[tuple[Identity, Record | None]]] = defaultdict(list)
        self.unnumbered: dict[str, _Cluster] = {}
        for ident, loaded in identities:
            if ident.get("number"):
                by_base[_base(ident)].append((ident, loaded))
            else:
                cluster = self.unnumbered.setdefault(
                    ident["id"], _Cluster(ident.get("year"), ident.get("issuer"))
                )
                cluster.members.append(ident)
                if loaded is not None:
                    cluster.loaded.append(loaded)
        self.clusters: dict[BaseKey, dict[tuple[int | None, str | None], _Cluster]] = {}
        for base, items in by_base.items():
            self.clusters[base] = self._cluster(items)

    @staticmethod
    def _cluster(
        items: list[tuple[Identity, Record | None]],
    ) -> dict[tuple[int | None, str | None], _Cluster]:
        full: dict[tuple[int | None, str | None], _Cluster] = {}
        partial: list[tuple[Identity, Record | None]] = []
        for ident, loaded in items:
            year, scope = ident.get("year"), _scope(ident)
            if year is not None and scope is not None:
                full.setdefault((year, scope), _Cluster(year, scope))
            else:
                partial.append((ident, loaded))
        clusters = dict(full)
        for ident, loaded in items:
            year, scope = ident.get("year"), _scope(ident)
            key: tuple[int | None, str | None] = (year, scope)
            if key not in full:
                fits = [
                    k for k in full if (year is None or k[0] == year) and (scope is None or k[1] == scope)
                ]
                if len(fits) == 1:
                    key = fits[0]
                clusters.setdefault(key, _Cluster(year, scope))
            clusters[key].members.append(ident)
            if loaded is not None:
                clusters[key].loaded.append(loaded)
        return clusters

    def cluster_of(self, ident: Identity) -> _Cluster:
        if not ident.get("number"):
            return self.unnumbered[ident["id"]]
        clusters = self.clusters[_base(ident)]
        year, scope = ident.get("year"), _scope(ident)
        if (year, scope) in clusters and (year is not None and scope is not None):
            return clusters[(year, scope)]
        fits = [c for k, c in clusters.items() if k[0] is not None and k[1] is not None
                and (year is None or k[0] == year) and (scope is None or k[1] == scope)]  # fmt: skip
        return fits[0] if len(fits) == 1 else clusters[(year, scope)]

    def all(self) -> Iterable[_Cluster]:
        for clusters in self.clusters.values():
            yield from clusters.values()
        yield from self.unnumbered.values()


def _document_node(cluster: _Cluster, conflicts: dict[int, set[str]]) -> tuple[str, dict[str, Any]]:
    own = sorted(cluster.loaded, key=lambda r: r["source"])
    me: Mapping[str, Any] = own[0]["document"] if own else {}
    members = cluster.members
    type_code = me.get("type_code") or _most_common(m.get("type_code") for m in members)
    number = me.get("number") or _most_common(m.get("number") for m in members)
    issuer_code = me.get("issuer_code") or _most_common(m.get("issuer_code") for m in members)
    issuer = me.get("issuer") or _most_common(m.get("issuer") for m in members)
    dates = {m.get("date") for m in members if m.get("date")} | conflicts.get(id(cluster), set())
    date = me.get("date") or _most_common(m.get("date") for m in members)
    year = cluster.year if cluster.year is not None else me.get("year")
    title = me.get("title")
    node_id = (
        me.get("id") if own and not number else document_id(type_code, number, issuer_code, year, issuer)
    )
    doc_type = me.get("type") or class_of(type_code)
    props: dict[str, Any] = {
        "labels": sorted({Label.DOCUMENT.value, doc_type}),
        "type": doc_type,
        "type_code": type_code,
        "number": number,
        "issuer_code": issuer_code,
        "symbol": me.get("symbol") or _most_common(m.get("symbol") for m in members),
        "year": year,
        "date": date,
        "dates_seen": sorted(dates),
        "date_conflict": len(dates) > 1,
        "issuer": issuer,
        "title": title,
        "place": me.get("place"),
        "loaded": bool(own),
        "sources": [r["source"] for r in own],
        "content_hashes": [r.get("content_hash") for r in own],
        "mentions": len(members),
    }
    return str(node_id), props


def _evidence(source: str, ev: Mapping[str, Any], kind: str) -> dict[str, Any]:
    return {"source": source, "start": ev["start"], "end": ev["end"], "sentence": ev["sentence"],
            "section": ev["section"], "rule": ev["rule"], "kind": kind}  # fmt: skip


def _add_fact(g: nx.MultiDiGraph, src: str, dst: str, rel: str, evidence: dict[str, Any]) -> None:
    rel = str(rel)
    if src == dst:
        return
    if not g.has_edge(src, dst, key=rel):
        g.add_edge(src, dst, key=rel, type=rel, evidence=[])
    g.edges[src, dst, rel]["evidence"].append(evidence)


def person_id(name: str) -> str:
    return "person-" + slug(name, max_words=8)


def build_graph(records: Iterable[Record]) -> nx.MultiDiGraph:
    """Merge extraction records into one graph (node attrs: `labels` + properties)."""
    records = sorted(records, key=lambda r: r["source"])
    identities: list[tuple[Identity, Record | None]] = []
    for r in records:
        identities.append((r["document"], r))
        identities.extend((ref["target"], None) for ref in r["references"])
        for st in r["statements"]:
            identities.extend([(st["source"], None), (st["target"], None)])
        identities.extend((w["target"], None) for w in r["warnings"] if w.get("target"))
    resolver = _Resolver(identities)
    conflicts: dict[int, set[str]] = defaultdict(set)
    for r in records:
        for w in r["warnings"]:
            if w["kind"] == "date_conflict" and w.get("target"):
                conflicts[id(resolver.cluster_of(w["target"]))].update(w.get("dates") or [])

    g = nx.MultiDiGraph()
    node_of: dict[int, str] = {}
    for cluster in resolver.all():
        node_id, props = _document_node(cluster, conflicts)
        if node_id in g:  # two clusters naming the same id: keep them apart, visibly
            node_id = f"{node_id}-{len([n for n in g if str(n).startswith(node_id)]) + 1}"
        g.add_node(node_id, **props)
        node_of[id(cluster)] = node_id

    def node(ident: Identity) -> str:
        return node_of[id(resolver.cluster_of(ident))]

    for r in records:
        me = node(r["document"])
        src = r["source"]
        for ref in r["references"]:
            ev = {"start": ref["start"], "end": ref["end"], "sentence": ref["sentence"],
                  "section": ref["section"], "rule": ref["rule"]}  # fmt: skip
            _add_fact(g, me, node(ref["target"]), ref["relation"], _evidence(src, ev, "reference"))
        for st in r["statements"]:
            _add_fact(g, node(st["source"]), node(st["target"]), st["relation"],
                      _evidence(src, st["evidence"], "statement"))  # fmt: skip
        for o in r["organizations"]:
            add_org(g, o["name"])
        doc = r["document"]
        if issuer := add_org(g, doc.get("issuer"), doc.get("date")):  # a name that is no body gets no node
            _add_fact(g, me, issuer, Rel.ISSUED_BY, {"source": src, "kind": "identity"})
        if doc.get("signer"):
            person = person_id(doc["signer"]["name"])
            g.add_node(person, labels=[Label.PERSON], name=doc["signer"]["name"])
            _add_fact(g, me, person, Rel.SIGNED_BY,
                      {"source": src, "kind": "signature", "position": doc["signer"].get("position")})  # fmt: skip
        for rcp in r["recipients"]:
            for name in rcp["organizations"]:
                if to := add_org(g, name):
                    _add_fact(
                        g, me, to, Rel.SENT_TO, {"source": src, "kind": "recipients", "text": rcp["text"]}
                    )
        for line in r["reports_to"]:
            frm, to = add_org(g, line["from"]), add_org(g, line["to"])
            if frm and to:
                _add_fact(g, frm, to, Rel.REPORTS_TO, _evidence(src, line["provenance"], "reports_to"))
    for n, attrs in list(g.nodes(data=True)):  # add_org adds nodes
        if (
            Label.DOCUMENT in attrs["labels"]
            and not attrs["loaded"]
            and (issuer := add_org(g, attrs.get("issuer"), attrs.get("date")))
        ):
            _add_fact(g, n, issuer, Rel.ISSUED_BY, {"source": None, "kind": "citation"})
    _finish_edges(g)
    return g


def _finish_edges(g: nx.MultiDiGraph) -> None:
    """Sorted evidence and the summary properties queries filter on."""
    for _, _, attrs in g.edges(data=True):
        ev = sorted(
            attrs["evidence"], key=lambda e: (str(e.get("source")), e.get("start") or 0, e.get("kind"))
        )
        attrs["evidence"] = ev
        sections = sorted({e["section"] for e in ev if e.get("section")})
        attrs["sections"] = sections
        attrs["head"] = any(s in HEAD_SECTIONS for s in sections)
        attrs["stated_in"] = sorted({e["source"] for e in ev if e.get("source")})
        attrs["count"] = len(ev)
        if attrs["type"] == Rel.SIGNED_BY:
            attrs["position"] = next((e.get("position") for e in ev if e.get("position")), None)
