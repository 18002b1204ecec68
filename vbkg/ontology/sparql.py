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
from rdflib import Dataset, Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

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


def run_sparql(graph: Graph, query: str) -> bool | list[dict[str, str | None]] | Graph:
    """ASK → bool, SELECT → rows, CONSTRUCT/DESCRIBE → a graph. SERVICE is refused."""
    global _sandboxed
    try:
        prepared = prepareQuery(query, initNs=dict(graph.namespaces()))
    except RecursionError:
        raise SparqlError("SPARQL failed: the query is nested too deeply") from None
    except Exception as exc:  # pyparsing and rdflib raise several types for a bad query
        raise SparqlError(f"SPARQL failed: {' '.join(str(exc).split())[:300]}") from None
    if any(n.name == "ServiceGraphPattern" for n in _walk(prepared.algebra)):
        raise SparqlError("SERVICE is not allowed: vbkg's SPARQL answers from the local graph only")
    dataset = Dataset(store=graph.store, default_union=True)  # GRAPH ?g sees the one default graph
    _sandboxed = True
    try:
        with warnings.catch_warnings():  # rdflib's own evaluator uses its deprecated names
            warnings.simplefilter("ignore", DeprecationWarning)
            result = dataset.query(prepared)
    except SparqlError:
        raise
    except RecursionError:
        raise SparqlError("SPARQL failed: the query is nested too deeply") from None
    except Exception as exc:  # evaluation errors come as many types
        raise SparqlError(f"SPARQL failed: {' '.join(str(exc).split())[:300]}") from None
    finally:
        _sandboxed = False
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return result.graph
    names = [str(v) for v in (result.vars or [])]
    return [
        {n: (str(v) if v is not None else None) for n, v in zip(names, row, strict=True)}  # type: ignore[arg-type]
        for row in result
    ]
