"""Writing the graph out: RDF (ttl, jsonld, nt), GraphML and CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx

FORMATS = ("ttl", "jsonld", "nt", "graphml", "csv")
_RDF = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt"}


def _scalar(v: object) -> object:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict | tuple) else v


def export_text(g: nx.MultiDiGraph, fmt: str) -> str:
    """The graph in `fmt` as text; CSV is nodes then edges, separated by a blank line."""
    if fmt in _RDF:
        from .ontology.rdf import to_rdf

        out = to_rdf(g).serialize(format=_RDF[fmt])
        if fmt == "nt":  # N-Triples order is whatever the store yields: sort for stable exports
            out = "\n".join(sorted(line for line in out.splitlines() if line.strip())) + "\n"
        return out
    if fmt == "graphml":
        flat = nx.MultiDiGraph()
        for n, a in g.nodes(data=True):
            flat.add_node(n, **{k: _scalar(v) for k, v in a.items() if v is not None})
        for s, d, k, a in g.edges(keys=True, data=True):
            flat.add_edge(s, d, key=k, **{x: _scalar(v) for x, v in a.items() if v is not None})
        buf = io.BytesIO()
        nx.write_graphml(flat, buf, encoding="utf-8")
        return buf.getvalue().decode("utf-8")
    if fmt == "csv":
        nodes, edges = csv_tables(g)
        return nodes + "\n" + edges
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def csv_tables(g: nx.MultiDiGraph) -> tuple[str, str]:
    """nodes.csv and edges.csv: id/labels or source/type/target, then the properties as JSON."""
    nodes, edges = io.StringIO(), io.StringIO()
    nw = csv.writer(nodes)
    nw.writerow(["id", "labels", "properties"])
    for n, a in sorted(g.nodes(data=True), key=lambda x: str(x[0])):
        props = {k: v for k, v in a.items() if k != "labels" and v is not None}
        nw.writerow([n, ";".join(a.get("labels", [])), json.dumps(props, ensure_ascii=False, sort_keys=True)])
    ew = csv.writer(edges)
    ew.writerow(["source", "type", "target", "properties"])
    for s, d, k, a in sorted(g.edges(keys=True, data=True), key=lambda x: (str(x[0]), x[2], str(x[1]))):
        props = {x: v for x, v in a.items() if x != "type" and v is not None}
        ew.writerow([s, k, d, json.dumps(props, ensure_ascii=False, sort_keys=True)])
    return nodes.getvalue(), edges.getvalue()


def write_export(g: nx.MultiDiGraph, fmt: str, output: Path | None) -> str | None:
    """Write to `output` (a CSV export writes nodes.csv and edges.csv into a directory)."""
    if output is not None and fmt == "csv" and (output.is_dir() or not output.suffix):
        output.mkdir(parents=True, exist_ok=True)
        nodes, edges = csv_tables(g)
        (output / "nodes.csv").write_text(nodes, encoding="utf-8")
        (output / "edges.csv").write_text(edges, encoding="utf-8")
        return None
    text = export_text(g, fmt)
    if output is None:
        return text
    output.write_text(text, encoding="utf-8")
    return None
