"""The graph of `merge.build_graph`, taken apart so a store can keep it up to date incrementally.

Pure. Each record contributes, on its own:
- items: its identities (its own document and every document it mentions), each with the
  group it is resolved in. Which document an identity is depends only on the identities of
  its group: a numbered identity's group is its number and issuer code (the parts of its key
  every rule of `clusters` compares: complete key, typed and untyped symbol, year and body
  that fit), an unnumbered one's is its own text key.
- facts: its relationship contributions, each end an item (resolved later) or a node id
  (an organization or a person, known from the record alone), with the evidence;
- owned nodes: the organizations and people it names, with their properties and the
  vocabulary link to their parent body.

`resolve` clusters the items of whole groups into document nodes, exactly as
`build_graph` does over all records; `citation` gives an unloaded document's issuer fact.
A store that keeps these per source and re-resolves only the groups a commit touches holds
the same graph as `build_graph` over all records (tests/test_incremental.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..extraction.identity_key import BaseKey, DocKey, key_of, readable_id, text_fingerprint
from .clusters import Cluster, Clusters, Item, unique_ids
from .merge import _document_node, _evidence, person_id
from .organizations import add_org
from .schema import Label, Rel

if TYPE_CHECKING:
    import networkx as nx

Record = Mapping[str, Any]
End = int | str  # an item's index in its record, or a node id

# What an evidence carries for the links the vocabulary itself states (Cục Thuế tỉnh X → Cục Thuế).
VOCABULARY = {"source": None, "kind": "vocabulary"}


@dataclass(frozen=True)
class ItemSpec:
    group: str
    identity: dict[str, Any]
    loaded: dict[str, Any] | None = None  # the part of its own record resolution reads
    year_bound: int | None = None
    dates: tuple[str, ...] = ()  # dates a date_conflict warning gives for it

    def to_json(self) -> dict[str, Any]:
        return {
            "g": self.group,
            "i": self.identity,
            "l": self.loaded,
            "y": self.year_bound,
            "d": list(self.dates),
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> ItemSpec:
        return cls(d["g"], d["i"], d["l"], d["y"], tuple(d["d"]))


@dataclass(frozen=True)
class Fact:
    src: End
    rel: str
    dst: End
    evidence: dict[str, Any]


@dataclass(frozen=True)
class OwnedNode:
    props: dict[str, Any]  # with `labels`
    link: tuple[str, str] | None = None  # (relationship, parent) the vocabulary states


@dataclass
class RecordFacts:
    items: list[ItemSpec] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    nodes: dict[str, OwnedNode] = field(default_factory=dict)


def key_group(key: DocKey) -> str:
    """A numbered key's group: its complete key less the type, or its bucket's partial group."""
    if key.complete:
        return f"n|{key.base.number}|{key.base.code}|{key.year}|{key.scope}"
    return f"p|{key.base.number}|{key.base.code}"


def bucket_of(group: str) -> str | None:
    """The number and code a numbered group is of; None for a text's group."""
    if group[0] not in "np":
        return None
    return "|".join(group.split("|")[1:3])


def group_of(identity: Mapping[str, Any], loaded: Record | None = None) -> str:
    """The group an identity is resolved in (see the module docstring)."""
    if identity.get("number"):
        return key_group(key_of(identity))
    if loaded is None:
        return f"m|{identity['id']}"
    return f"t|{readable_id(loaded)}#{text_fingerprint(loaded)}"


def _loaded_part(r: Record) -> dict[str, Any]:
    """What clustering and the document node read of a loaded record (text_fingerprint's inputs)."""
    return {
        "source": r["source"],
        "content_hash": r.get("content_hash"),
        "document": dict(r["document"]),
        "references": [{k: x.get(k) for k in ("start", "end", "mention")} for x in r.get("references", [])],
        "organizations": [
            {k: x.get(k) for k in ("start", "end", "name")} for x in r.get("organizations", [])
        ],
    }


def _orgs(g: nx.MultiDiGraph, out: dict[str, OwnedNode]) -> None:
    for n, attrs in g.nodes(data=True):
        if n in out:
            continue
        link = next(((str(k), str(d)) for _, d, k in g.out_edges(n, keys=True)), None)
        out[str(n)] = OwnedNode(dict(attrs), link)


def record_facts(r: Record) -> RecordFacts:
    """One record's items, facts and owned nodes, in the order build_graph adds them."""
    out = RecordFacts()
    src = r["source"]
    bound = r["document"].get("year")

    def item(ident: dict[str, Any], loaded: Record | None = None, dates: Sequence[str] = ()) -> int:
        part = _loaded_part(loaded) if loaded is not None else None
        out.items.append(ItemSpec(group_of(ident, part), dict(ident), part, None if loaded else bound,
                                  tuple(dates)))  # fmt: skip
        return len(out.items) - 1

    me = item(r["document"], r)
    refs = [item(ref["target"]) for ref in r["references"]]
    stmts = [(item(st["source"]), item(st["target"])) for st in r["statements"]]
    for w in r["warnings"]:
        if w.get("target"):
            dates = (w.get("dates") or []) if w["kind"] == "date_conflict" else []
            item(w["target"], dates=dates)

    def fact(a: End, rel: str, b: End, ev: dict[str, Any]) -> None:
        out.facts.append(Fact(a, str(rel), b, ev))

    for ref, i in zip(r["references"], refs, strict=True):
        ev = {"start": ref["start"], "end": ref["end"], "sentence": ref["sentence"],
              "section": ref["section"], "rule": ref["rule"]}  # fmt: skip
        fact(me, ref["relation"], i, _evidence(src, ev, "reference"))
    for st, (a, b) in zip(r["statements"], stmts, strict=True):
        fact(a, st["relation"], b, _evidence(src, st["evidence"], "statement"))
    import networkx as nx  # here: a store opened to be read imports no networkx

    g = nx.MultiDiGraph()  # the organizations this record names, with their parents
    for o in r["organizations"]:
        add_org(g, o["name"])
    doc = r["document"]
    if issuer := add_org(g, doc.get("issuer"), doc.get("date")):
        fact(me, Rel.ISSUED_BY, issuer, {"source": src, "kind": "identity"})
    if doc.get("signer"):
        person = person_id(doc["signer"]["name"])
        out.nodes[person] = OwnedNode({"labels": [Label.PERSON], "name": doc["signer"]["name"]})
        fact(me, Rel.SIGNED_BY, person,
             {"source": src, "kind": "signature", "position": doc["signer"].get("position")})  # fmt: skip
    for rcp in r["recipients"]:
        for name in rcp["organizations"]:
            if to := add_org(g, name):
                fact(me, Rel.SENT_TO, to, {"source": src, "kind": "recipients", "text": rcp["text"]})
    for line in r["reports_to"]:
        frm, to = add_org(g, line["from"]), add_org(g, line["to"])
        if frm and to:
            fact(frm, Rel.REPORTS_TO, to, _evidence(src, line["provenance"], "reports_to"))
    _orgs(g, out.nodes)
    return out


@dataclass(frozen=True)
class DocNode:
    id: str
    plain: str  # the id before unique_ids told it apart from another key that slugs alike
    group: str
    props: dict[str, Any]  # with `labels`


def resolve(
    items: Sequence[ItemSpec], keys: Sequence[dict[str, Any]] = ()
) -> tuple[list[str], list[DocNode]]:
    """The node id of each item and the document nodes, for the items of whole groups.

    `keys` stand for complete keys of other groups of the same buckets: where a mention
    without a year or body may go. Their clusters' nodes are not whole (their group's items
    are not all here) and must be thrown away.
    """
    its = [Item(s.identity, s.loaded, s.year_bound) for s in items]
    its += [Item(k) for k in keys]
    clusters = Clusters(its)
    found = [clusters.find(it) for it in its]
    every = clusters.all()
    node_of = unique_ids(every)
    dates: dict[int, set[str]] = {}
    group: dict[int, str] = {}
    for spec, c in zip(items, found, strict=False):
        group.setdefault(id(c), spec.group if c.key is None else key_group(c.key))
        if spec.dates:
            dates.setdefault(id(c), set()).update(spec.dates)
    nodes = []
    for c in every:
        props = _document_node(c, dates.get(id(c), set()))
        if c.candidates:
            props["ambiguous"] = True
            props["candidates"] = sorted(node_of[id(x)] for x in c.candidates)
        where = group.get(id(c)) or (key_group(c.key) if c.key else "")
        nodes.append(DocNode(node_of[id(c)], c.node_id, where, props))
    return [node_of[id(c)] for c in found[: len(items)]], nodes


# What `merge._document_node` reads of a member identity: items with equal views count alike.
MEMBER_FIELDS = ("type_code", "number", "issuer_code", "symbol", "date", "issuer")


def member_view(identity: Mapping[str, Any]) -> dict[str, Any]:
    return {k: identity.get(k) for k in MEMBER_FIELDS}


def key_text(identity: Mapping[str, Any]) -> str | None:
    """A numbered identity's key as text (equal texts: equal keys); None for an unnumbered one."""
    return repr(key_of(identity)) if identity.get("number") else None


def document_node(
    year: int | None,
    members: Sequence[tuple[dict[str, Any], int]],
    loaded: Sequence[dict[str, Any]],
    dates: set[str],
) -> dict[str, Any]:
    """A complete key's document node from its members' views (with counts) and its loaded texts:
    what `resolve` gives it, without resolving the group again."""
    key = DocKey(BaseKey("", "", ""), year, "")  # the node reads the key's year only
    cluster = Cluster("", key, members=[m for m, n in members for _ in range(n)], loaded=list(loaded))
    return _document_node(cluster, dates)


def complete_keys(items: Sequence[ItemSpec]) -> list[dict[str, Any]]:
    """One identity for each complete key these items have (what `resolve` takes as `keys`)."""
    out: dict[DocKey, dict[str, Any]] = {}
    for s in items:
        if s.identity.get("number"):
            key = key_of(s.identity)
            if key.complete:
                out.setdefault(key, s.identity)
    return list(out.values())


def citation(node: DocNode) -> RecordFacts:
    """An unloaded document's issuer, as its citations name it: the fact and the organizations."""
    out = RecordFacts()
    if node.props["loaded"]:
        return out
    import networkx as nx

    g = nx.MultiDiGraph()
    if issuer := add_org(g, node.props.get("issuer"), node.props.get("date")):
        out.facts.append(Fact(node.id, str(Rel.ISSUED_BY), issuer, {"source": None, "kind": "citation"}))
        _orgs(g, out.nodes)
    return out
