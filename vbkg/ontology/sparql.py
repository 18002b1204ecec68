"""SPARQL over the RDF view, sandboxed: no network, every query form answered.

rdflib would fetch `SERVICE <url>` endpoints and `FROM <url>` graphs; its security notes
recommend refusing such queries and blocking network access with an audit hook
(https://rdflib.readthedocs.io/en/stable/security_considerations/). Both are done here.
"""

from __future__ import annotations

import sys
import warnings
from typing import Any

import rdflib.plugins.sparql
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query

from .namespace import VBKG
from .rdf import EVIDENCE_PREDICATES, PREFIXES

rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False  # FROM <url> names a graph, never fetches it


class SparqlError(Exception):
    """A query that cannot run here; the message is one sentence."""


_sandboxed = False
_NETWORK_EVENTS = frozenset({"urllib.Request", "socket.connect", "socket.getaddrinfo", "http.client.connect"})


def _no_network(event: str, args: tuple[Any, ...]) -> None:
    if _sandboxed and event in _NETWORK_EVENTS:
        raise SparqlError("SPARQL queries may not reach the network")


sys.addaudithook(_no_network)  # hooks stay for the process; this one acts only while a query runs


def _walk(node: Any) -> Any:
    """Every CompValue in a parsed query's algebra (iteratively: queries can nest deeply)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, CompValue):
            yield n
            stack.extend(n.values())
        elif isinstance(n, list | tuple):
            stack.extend(n)


Answer = bool | list[dict[str, str | None]] | Graph


def prepare(query: str) -> Query:
    """Parse a query; a syntax error or a SERVICE clause is a SparqlError."""
    try:
        prepared = prepareQuery(query, initNs=PREFIXES)
    except RecursionError:
        raise SparqlError("SPARQL failed: the query is nested too deeply") from None
    except Exception as exc:  # pyparsing and rdflib raise several types for a bad query
        raise SparqlError(f"SPARQL failed: {' '.join(str(exc).split())[:300]}") from None
    if any(n.name == "ServiceGraphPattern" for n in _walk(prepared.algebra)):
        raise SparqlError("SERVICE is not allowed: vbkg's SPARQL answers from the local graph only")
    return prepared


def needs_evidence(prepared: Query) -> bool:
    """Could the query match an evidence node's triples? False only when no pattern can."""
    if prepared.algebra.name == "DescribeQuery":
        return True
    for node in _walk(prepared.algebra):
        if node.name == "BGP":
            triples = list(node.get("triples") or [])
        elif node.name == "TriplesBlock":  # untranslated patterns (inside EXISTS): flat term lists
            flat = [t for block in node.get("triples") or [] for t in block]
            if len(flat) % 3:
                return True
            triples = [tuple(flat[i : i + 3]) for i in range(0, len(flat), 3)]
        else:
            continue
        for triple in triples:
            if not (isinstance(triple, tuple) and len(triple) == 3):
                return True  # a form not known here: build everything
            _s, p, o = triple
            if not isinstance(p, URIRef) or p in EVIDENCE_PREDICATES:  # a variable, a path, or evidence
                return True
            if p == RDF.type and (not isinstance(o, URIRef) or o == VBKG.Evidence):
                return True
    return False


def run_sparql(graph: Graph, query: str | Query) -> Answer:
    """ASK → bool, SELECT → rows, CONSTRUCT/DESCRIBE → a graph. SERVICE is refused."""
    global _sandboxed
    prepared = prepare(query) if isinstance(query, str) else query
    _sandboxed = True
    try:
        with warnings.catch_warnings():  # rdflib's own evaluator uses its deprecated names
            warnings.simplefilter("ignore", DeprecationWarning)
            dataset = Dataset(store=graph.store, default_union=True)  # GRAPH ?g sees the default graph
            return _answer(dataset.query(prepared))  # results are lazy: evaluated in _answer
    except SparqlError:
        raise
    except RecursionError:
        raise SparqlError("SPARQL failed: the query is nested too deeply") from None
    except Exception as exc:  # evaluation errors come as many types
        raise SparqlError(f"SPARQL failed: {' '.join(str(exc).split())[:300]}") from None
    finally:
        _sandboxed = False


def _answer(result: Any) -> Answer:
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return result.graph  # type: ignore[no-any-return]
    names = [str(v) for v in (result.vars or [])]
    return [
        {n: (str(v) if v is not None else None) for n, v in zip(names, row, strict=True)} for row in result
    ]
