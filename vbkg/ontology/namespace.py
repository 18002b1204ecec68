"""The vocabulary as typed namespaces: a misspelt term fails loudly."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

DATA = Namespace("https://w3id.org/vbkg/id/")


class VBKG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/vbkg/ontology#")
    _fail = True

    Document: URIRef
    Resolution: URIRef
    Conclusion: URIRef
    Directive: URIRef
    Plan: URIRef
    Program: URIRef
    ActionProgram: URIRef
    Guidance: URIRef
    Decision: URIRef
    Regulation: URIRef
    Notice: URIRef
    Circular: URIRef
    Decree: URIRef
    Report: URIRef
    OfficialLetter: URIRef
    Scheme: URIRef
    Project: URIRef
    Submission: URIRef
    Dispatch: URIRef
    Law: URIRef
    Ordinance: URIRef
    Constitution: URIRef
    Charter: URIRef
    ConsolidatedText: URIRef
    Organization: URIRef
    Person: URIRef
    Evidence: URIRef
    signedBy: URIRef
    sentTo: URIRef
    source: URIRef
    sentence: URIRef
    section: URIRef
    rule: URIRef
    start: URIRef
    end: URIRef
    typeCode: URIRef
    issuerCode: URIRef
    year: URIRef
    loaded: URIRef
    dateSeen: URIRef
    dateConflict: URIRef
    mayBe: URIRef
    issuerName: URIRef
    kind: URIRef
    level: URIRef
    province: URIRef
    province2025: URIRef


class ELI(DefinedNamespace):
    _NS = Namespace("http://data.europa.eu/eli/ontology#")
    _fail = True

    LegalResource: URIRef
    ensures_implementation_of: URIRef
    based_on: URIRef
    cites: URIRef
    amends: URIRef
    repeals: URIRef
    passed_by: URIRef
    date_document: URIRef
    number: URIRef
    title: URIRef
    type_document: URIRef
    id_local: URIRef
