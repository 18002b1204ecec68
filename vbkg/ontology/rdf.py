"""The graph as RDF (ELI and W3C ORG terms), with every fact's evidence reified."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from typing import Any

import networkx as nx
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, SKOS

from ..extraction.codes import TYPE_CLASSES
from ..graph.schema import Label, Rel
from ..stores.rows import evidence
from .namespace import DATA, ELI, VBKG

PREDICATE = {
    Rel.IMPLEMENTS: ELI.ensures_implementation_of,
    Rel.BASED_ON: ELI.based_on,
    Rel.CITES: ELI.cites,
    Rel.AMENDS: ELI.amends,
    Rel.REPLACES: ELI.repeals,
    Rel.ISSUED_BY: ELI.passed_by,
    Rel.REPORTS_TO: ORG.reportsTo,
    Rel.SUB_ORGANIZATION_OF: ORG.subOrganizationOf,
    Rel.POST_IN: ORG.postIn,
    Rel.SIGNED_BY: VBKG.signedBy,
    Rel.SENT_TO: VBKG.sentTo,
}
_CLASSES = set(TYPE_CLASSES.values())
_VBKG_TERMS = set(VBKG.__annotations__)  # a class missing from the ontology is left out, not a crash
Warn = Callable[[str], None]
TYPE_SCHEME = "https://w3id.org/vbkg/type/"


def node_iri(node_id: str) -> URIRef:
    return DATA[node_id]


def _date(value: Any, node: str, warn: Warn) -> Literal | None:
    """An xsd:date literal, or None (and a warning) for an impossible date such as 2023-02-29."""
    text = str(value)
    try:
        if len(text) == 10:
            date.fromisoformat(text)
            return Literal(text, datatype=XSD.date)
    except ValueError:
        pass
    warn(f"{node}: impossible date {text!r} left out of the RDF view")
    return None


def _ignore(message: str) -> None:
    pass


def _document(out: Graph, s: URIRef, a: dict[str, Any], warn: Warn) -> None:
    out.add((s, RDF.type, VBKG.Document))
    if a.get("type") in _CLASSES and a["type"] in _VBKG_TERMS:
        out.add((s, RDF.type, VBKG[a["type"]]))
    if a.get("type_code"):
        out.add((s, ELI.type_document, URIRef(TYPE_SCHEME + a["type_code"])))
        out.add((s, VBKG.typeCode, Literal(a["type_code"])))
    for key, pred in (("symbol", ELI.id_local), ("number", ELI.number), ("issuer_code", VBKG.issuerCode),
                      ("issuer", VBKG.issuerName)):  # fmt: skip
        if a.get(key):
            out.add((s, pred, Literal(str(a[key]))))
    if a.get("title"):
        out.add((s, ELI.title, Literal(a["title"], lang="vi")))
    if a.get("date") and (d := _date(a["date"], str(s), warn)) is not None:
        out.add((s, ELI.date_document, d))
    if a.get("year") is not None:
        out.add((s, VBKG.year, Literal(int(a["year"]))))
    for seen in a.get("dates_seen") or []:
        if (d := _date(seen, str(s), warn)) is not None:
            out.add((s, VBKG.dateSeen, d))
    out.add((s, VBKG.loaded, Literal(bool(a.get("loaded")))))
    if a.get("date_conflict"):
        out.add((s, VBKG.dateConflict, Literal(True)))
    for candidate in a.get("candidates") or []:
        out.add((s, VBKG.mayBe, node_iri(str(candidate))))


PREFIXES = {"vbkg": str(VBKG), "eli": str(ELI), "org": str(ORG), "skos": str(SKOS), "foaf": str(FOAF),
            "id": str(DATA)}  # fmt: skip
# Every triple of an evidence node has one of these predicates (or rdf:type vbkg:Evidence).
EVIDENCE_PREDICATES = frozenset({RDF.subject, RDF.predicate, RDF.object, VBKG.source, VBKG.sentence,
                                 VBKG.section, VBKG.rule, VBKG.start, VBKG.end})  # fmt: skip


def to_rdf(g: nx.MultiDiGraph, warn: Warn = _ignore, evidence_nodes: bool = True) -> Graph:
    """The RDF view; `warn` hears of values left out (impossible dates).

    Without `evidence_nodes` the reified evidence (three quarters of the triples) is left
    out: for a query that cannot match it (sparql.needs_evidence), the answer is the same.
    """
    out = Graph()
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns)
    for n, a in g.nodes(data=True):
        s = node_iri(str(n))
        labels = a.get("labels") or []
        if Label.DOCUMENT in labels:
            _document(out, s, a, warn)
        elif Label.ORGANIZATION in labels:
            out.add((s, RDF.type, VBKG.Organization))
            out.add((s, RDF.type, ORG.Organization))
            out.add((s, SKOS.prefLabel, Literal(a.get("name") or str(n), lang="vi")))
            if a.get("kind") == "office":  # a post held by a person, in its body (org:postIn)
                out.add((s, RDF.type, ORG.Post))
            for key, prop in (("kind", VBKG.kind), ("level", VBKG.level), ("province", VBKG.province),
                              ("province_2025", VBKG.province2025)):  # fmt: skip
                if a.get(key):
                    out.add((s, prop, Literal(a[key])))
        elif Label.PERSON in labels:
            out.add((s, RDF.type, VBKG.Person))
            out.add((s, FOAF.name, Literal(a.get("name") or str(n))))
    for src, dst, rel, a in g.edges(keys=True, data=True):
        pred = PREDICATE.get(Rel(rel))
        if pred is None:
            continue
        s, o = node_iri(str(src)), node_iri(str(dst))
        out.add((s, pred, o))
        for i, ev in enumerate(evidence(a) if evidence_nodes else []):
            if not ev.get("sentence"):
                continue
            digest = hashlib.sha1(f"{src}|{rel}|{dst}|{i}".encode()).hexdigest()[:16]
            e = DATA[f"evidence/{digest}"]
            out.add((e, RDF.type, VBKG.Evidence))
            out.add((e, RDF.subject, s))
            out.add((e, RDF.predicate, pred))
            out.add((e, RDF.object, o))
            out.add((e, VBKG.source, Literal(str(ev["source"]))))
            out.add((e, VBKG.sentence, Literal(ev["sentence"], lang="vi")))
            out.add((e, VBKG.section, Literal(ev.get("section") or "")))
            out.add((e, VBKG.rule, Literal(ev.get("rule") or ev.get("kind") or "")))
            out.add((e, VBKG.start, Literal(int(ev.get("start") or 0))))
            out.add((e, VBKG.end, Literal(int(ev.get("end") or 0))))
    return out


def validate(data: Graph, inference: str = "rdfs") -> tuple[bool, list[dict[str, str]]]:
    """Run the SHACL shapes; (conforms, violations as focus/path/message).

    `inference="none"` for a graph made by to_rdf: it states every class the shapes name
    (vbkg:Document, org:Organization, vbkg:Evidence) on each node, so RDFS inference, most of
    the time on a large graph, would add nothing the shapes look at.
    """
    from pyshacl import validate as shacl_validate

    from . import ontology_ttl, shapes_ttl

    shapes = Graph().parse(data=shapes_ttl(), format="turtle")
    ontology = Graph().parse(data=ontology_ttl(), format="turtle")
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes, ont_graph=ontology, inference=inference)
    SH = "http://www.w3.org/ns/shacl#"
    violations = []
    for result in report.subjects(RDF.type, URIRef(SH + "ValidationResult")):

        def one(p: str, r: Any = result) -> str:
            v = report.value(r, URIRef(SH + p))
            return str(v) if v is not None else ""

        violations.append(
            {"focus": one("focusNode"), "path": one("resultPath"), "message": one("resultMessage")}
        )
    violations.sort(key=lambda v: (v["focus"], v["path"], v["message"]))
    return bool(conforms), violations
