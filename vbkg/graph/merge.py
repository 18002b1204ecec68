"""Many document records to one graph: one node per real document and organization.

Pure: record dicts (the JSON of `vbkg extract`) in, a networkx MultiDiGraph out. The result
depends only on the set of records, never on their order.

Which identities are one document is decided by `clusters` (the rules of
`vbkg.extraction.identity_key`); this module makes the nodes and relationships.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from operator import methodcaller
from typing import TYPE_CHECKING, Any

from ..extraction.codes import class_of
from ..extraction.identity_key import slug
from .clusters import Cluster, Clusters, Item, unique_ids
from .organizations import add_org, org_id
from .schema import HEAD_SECTIONS, Label, Rel

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["build_graph", "org_id", "person_id"]

Record = Mapping[str, Any]
Identity = Mapping[str, Any]


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(values)  # counted in C: a hub's members are many, and each commit re-reads them
    counts.pop(None, None)
    counts.pop("", None)
    if not counts:
        return None
    return min(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[0]


def _document_node(cluster: Cluster, dates_warned: set[str]) -> dict[str, Any]:
    own = sorted(cluster.loaded, key=lambda r: r["source"])
    me: Mapping[str, Any] = own[0]["document"] if own else {}
    members = cluster.members

    def pick(name: str) -> Any:
        return me.get(name) or _most_common(map(methodcaller("get", name), members))

    type_code = pick("type_code")
    dates = {m.get("date") for m in members if m.get("date")} | dates_warned
    year = cluster.key.year if cluster.key and cluster.key.year else me.get("year")
    doc_type = me.get("type") or class_of(type_code)
    return {
        "labels": sorted({Label.DOCUMENT.value, doc_type}),
        "type": doc_type,
        "type_code": type_code,
        "number": pick("number"),
        "issuer_code": pick("issuer_code"),
        "symbol": pick("symbol"),
        "year": year,
        "date": pick("date"),
        "dates_seen": sorted(dates),
        "date_conflict": len(dates) > 1,
        "issuer": pick("issuer"),
        "title": me.get("title"),
        "place": me.get("place"),
        "loaded": bool(own),
        "sources": [r["source"] for r in own],
        "content_hashes": [r.get("content_hash") for r in own],
        "mentions": len(members),
    }


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


def _items(records: list[Record]) -> Iterable[Item]:
    for r in records:
        yield Item(r["document"], r)
        bound = r["document"].get("year")  # what a text cites is not newer than the text
        yield from (Item(ref["target"], None, bound) for ref in r["references"])
        for st in r["statements"]:
            yield from (Item(st["source"], None, bound), Item(st["target"], None, bound))
        yield from (Item(w["target"], None, bound) for w in r["warnings"] if w.get("target"))


def build_graph(records: Iterable[Record]) -> nx.MultiDiGraph:
    """Merge extraction records into one graph (node attrs: `labels` + properties)."""
    records = sorted(records, key=lambda r: r["source"])
    clusters = Clusters(_items(records))

    def cluster(ident: Identity, r: Record) -> Cluster:
        return clusters.find(Item(ident, r if ident is r["document"] else None, r["document"].get("year")))

    dates_warned: dict[int, set[str]] = defaultdict(set)
    for r in records:
        for w in r["warnings"]:
            if w["kind"] == "date_conflict" and w.get("target"):
                dates_warned[id(cluster(w["target"], r))].update(w.get("dates") or [])

    import networkx as nx  # here: importing the vocabulary of this package needs no networkx

    g = nx.MultiDiGraph()
    every = clusters.all()
    node_of = unique_ids(every)
    for c in every:
        props = _document_node(c, dates_warned.get(id(c), set()))
        if c.candidates:  # a mention several documents fit: kept apart, its candidates named
            props["ambiguous"] = True
            props["candidates"] = sorted(node_of[id(x)] for x in c.candidates)
        g.add_node(node_of[id(c)], **props)

    for r in records:
        me = node_of[id(cluster(r["document"], r))]
        src = r["source"]
        for ref in r["references"]:
            ev = {"start": ref["start"], "end": ref["end"], "sentence": ref["sentence"],
                  "section": ref["section"], "rule": ref["rule"]}  # fmt: skip
            dst = node_of[id(cluster(ref["target"], r))]
            _add_fact(g, me, dst, ref["relation"], _evidence(src, ev, "reference"))
        for st in r["statements"]:
            _add_fact(g, node_of[id(cluster(st["source"], r))], node_of[id(cluster(st["target"], r))],
                      st["relation"], _evidence(src, st["evidence"], "statement"))  # fmt: skip
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
    for _, _, attrs in g.edges(data=True):
        finish_edge(attrs)


def finish_edge(attrs: dict[str, Any]) -> None:
    """Sorted evidence and the summary properties queries filter on (`type` and `evidence` given)."""
    ev = sorted(attrs["evidence"], key=lambda e: (str(e.get("source")), e.get("start") or 0, e.get("kind")))
    attrs["evidence"] = ev
    sections = sorted({e["section"] for e in ev if e.get("section")})
    attrs["sections"] = sections
    attrs["head"] = any(s in HEAD_SECTIONS for s in sections)
    attrs["stated_in"] = sorted({e["source"] for e in ev if e.get("source")})
    attrs["count"] = len(ev)
    if attrs["type"] == Rel.SIGNED_BY:
        attrs["position"] = next((e.get("position") for e in ev if e.get("position")), None)
