"""The bulk path into Neo4j: CSV files for `neo4j-admin database import full`.

For a first load of millions of documents, Bolt writes (even batched) are the slow way;
neo4j-admin builds the store files offline from CSV. `vbkg export --format neo4j-admin -o DIR`
writes, from either store:

- `nodes_Document.csv`, `nodes_Organization.csv`, `nodes_Person.csv`: `id:ID`, `:LABEL`, then
  one typed column per property (`year:long`, `date:date`, `sources:string[]`, ...): the
  property values the Neo4j store writes itself (neo4j_values.py), so native dates and the
  evidence lists are there too;
- `relationships_<TYPE>.csv`: `:START_ID`, `:END_ID`, `:TYPE` and the edge properties;
- `sources.csv`: the `Source` nodes holding each document's extraction record, so later
  `vbkg load`s into that database add to it incrementally (the first one syncs the write
  planner's cache once, see stores/neo4j_plan.py);
- `import.sh`: the neo4j-admin command with the options these files need (an array delimiter
  that no value holds, multi-line fields), and the constraints to create once imported.

An empty cell is no property in neo4j-admin, so an empty list (a stub's `sources`), or a
list of one empty text (the sentence of an evidence that has none), is absent after a bulk
import where a Bolt load stores it; Cypher's `any(...)` over it is false either way.
Column types are those the values have; a column whose values disagree is text (JSON for
anything nested), never a failed import.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .stores.interface import Store
from .stores.neo4j import CONSTRAINTS, NUMBER_INDEX
from .stores.neo4j_values import edge_props, node_props

ARRAY = "\x1f"  # U+001F, the unit separator: no text vbkg extracts holds it
ARRAY_OPTION = "U+001F"


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, list):
        inner = {_kind(v) for v in value}
        if len(inner) == 1 and not next(iter(inner)).endswith("[]"):
            return next(iter(inner)) + "[]"
        return "string[]" if not value else "json"
    if isinstance(value, str):
        return "string"
    return "json"


def _column_types(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Each property's neo4j-admin type over every row that has it (text when they disagree)."""
    types: dict[str, str] = {}
    for props in rows:
        for k, v in props.items():
            kind = _kind(v)
            if kind == "string[]" and not v:  # an empty list fits any list type
                types.setdefault(k, kind)
                continue
            was = types.get(k)
            if was is None or (was == "string[]" and kind.endswith("[]")):
                types[k] = kind
            elif was != kind:
                types[k] = "string"
    return types


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return ""  # no property
    if kind.endswith("[]"):  # the delimiter inside a value would split it: a space instead
        return ARRAY.join(_cell(v, kind[:-2]).replace(ARRAY, " ") for v in value)
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "date" and isinstance(value, dt.date):
        return value.isoformat()
    if kind in ("string", "json") and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _header(types: dict[str, str], lead: list[str]) -> tuple[list[str], list[str]]:
    """Property names in column order, and the header: the leading columns, then `name:type`."""
    names = sorted(k for k in types if k != "id")  # the id is the :ID column
    return names, [*lead, *(f"{k}:{'string' if types[k] == 'json' else types[k]}" for k in names)]


def _write(path: Path, lead: list[str], rows: list[tuple[list[str], dict[str, Any]]]) -> int:
    """One CSV file: the leading cells of each row, then its properties by typed column."""
    types = _column_types(p for _, p in rows)
    names, header = _header(types, lead)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for first, props in rows:
            w.writerow([*first, *(_cell(props.get(k), types[k]) for k in names)])
    return len(rows)


def _by(items: Iterable[Any], key: Any) -> Iterator[tuple[str, list[Any]]]:
    groups: dict[str, list[Any]] = {}
    for x in items:
        groups.setdefault(key(x), []).append(x)
    yield from sorted(groups.items())


def write_import(store: Store, out: Path) -> dict[str, int]:
    """The CSV files and import.sh in `out`; rows written per file."""
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    nodes = store.nodes()
    for base, group in _by(nodes, lambda n: n.base):
        rows = [([n.id, ARRAY.join(n.labels)], {k: v for k, v in node_props(n.props).items() if k != "id"})
                for n in group]  # fmt: skip
        counts[f"nodes_{base}.csv"] = _write(out / f"nodes_{base}.csv", ["id:ID", ":LABEL"], rows)
    for etype, group in _by(store.edges(), lambda e: e.type):
        rows = [([e.src, e.dst, e.type], edge_props(e.props)) for e in group]
        name = f"relationships_{etype}.csv"
        counts[name] = _write(out / name, [":START_ID", ":END_ID", ":TYPE"], rows)
    with (out / "sources.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(
            ["source:ID(Source)", ":LABEL", "content_hash:string", "record:string", "warnings:string[]"]
        )
        n = 0
        for record in store.records():
            n += 1
            w.writerow([record["source"], "Source", record.get("content_hash") or "",
                        json.dumps(record, ensure_ascii=False),
                        ARRAY.join(str(x["kind"]) for x in record.get("warnings", []))])  # fmt: skip
        counts["sources.csv"] = n
    (out / "import.sh").write_text(import_script(sorted(counts)), encoding="utf-8")
    return counts


def import_script(files: list[str]) -> str:
    nodes = [f for f in files if f.startswith("nodes_") or f == "sources.csv"]
    rels = [f for f in files if f.startswith("relationships_")]
    lines = [
        "#!/bin/sh",
        "# Written by `vbkg export --format neo4j-admin`. Run on the Neo4j server with the database",
        "# stopped (or absent); DATABASE defaults to neo4j. Then start it and create the constraints.",
        'set -e\ncd "$(dirname "$0")"',
        'neo4j-admin database import full "${DATABASE:-neo4j}" --overwrite-destination \\',
        f"  --array-delimiter={ARRAY_OPTION} --multiline-fields=true --id-type=string \\",
        *(f"  --nodes={f} \\" for f in nodes),
        *(f"  --relationships={f} \\" for f in rels),
        "  --verbose",
        "",
        "# then, in cypher-shell (vbkg load creates these itself when it first connects):",
        *(f"#   {cypher};" for cypher in (*CONSTRAINTS, NUMBER_INDEX)),
        "",
    ]
    return "\n".join(lines)
