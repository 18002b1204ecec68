"""The neo4j-admin bulk files hold the graph the Neo4j store writes, read back as neo4j-admin reads
them (typed header columns, the array delimiter, an empty cell for no property).

No neo4j-admin can run here; the files are read by the rules of its documented CSV format."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from vbkg.cli import cli
from vbkg.graph import build_graph
from vbkg.neo4j_import import ARRAY, write_import
from vbkg.stores import Upsert, open_embedded
from vbkg.stores.neo4j_values import edge_props, node_props

from .records import ident, record
from .test_incremental import _records

_PARSE = {
    "string": str,
    "long": int,
    "double": float,
    "boolean": lambda s: {"true": True, "false": False}[s],
    "date": dt.date.fromisoformat,
}


def _read(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    """neo4j-admin's reading: `name:type` columns, arrays split on the delimiter, "" is no property."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, out = rows[0], []
    for row in rows[1:]:
        item: dict[str, Any] = {}
        for column, cell in zip(header, row, strict=True):
            name, _, kind = column.partition(":")
            if cell == "":
                continue
            if kind.endswith("[]"):
                item[name or ":" + kind] = [_PARSE[kind[:-2]](x) for x in cell.split(ARRAY)]
            elif name == "" or kind.startswith(("ID", "LABEL", "START_ID", "END_ID", "TYPE")):
                key = name if kind.startswith("ID") else ":" + kind.split("(")[0]
                item[key] = cell.split(ARRAY) if kind == "LABEL" else cell
            else:
                item[name] = _PARSE[kind](cell)
        out.append(item)
    return header, out


def _no_empty_lists(props: dict[str, Any]) -> dict[str, Any]:
    """An empty cell is no property: an empty list, or a list of one "", is not imported."""
    return {k: v for k, v in props.items() if v not in ([], [""])}


@pytest.fixture
def hostile_store(tmp_path: Path) -> Any:
    records = list(_records())
    odd = record("odd.txt", ident("KH", "3", "UBND", "3/KH-UBND", 2024, "2024-02-29", "UBND tỉnh B"))
    odd["document"]["title"] = 'Kế hoạch "thực hiện", dòng 1\ndòng 2; a\x1fb, c'
    records.append(odd)
    store = open_embedded(str(tmp_path / "vbkg.db"))
    store.commit([Upsert(r["source"], r["content_hash"], r) for r in records], build_graph)
    yield store
    store.close()


def test_the_files_hold_every_node_edge_and_record(hostile_store: Any, tmp_path: Path) -> None:
    out = tmp_path / "import"
    counts = write_import(hostile_store, out)
    nodes = {}
    for f in sorted(out.glob("nodes_*.csv")):
        header, rows = _read(f)
        assert header[:2] == ["id:ID", ":LABEL"]
        nodes.update({r.pop("id"): r for r in rows})
    want = hostile_store.nodes()
    assert sorted(nodes) == [n.id for n in want]
    for n in want:
        got = dict(nodes[n.id])
        assert sorted(got.pop(":LABEL")) == list(n.labels)
        assert got == _no_empty_lists({k: v for k, v in node_props(n.props).items() if k != "id"}), n.id
    edges = {}
    for f in sorted(out.glob("relationships_*.csv")):
        header, rows = _read(f)
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        edges.update({(r.pop(":START_ID"), r.pop(":TYPE"), r.pop(":END_ID")): r for r in rows})
    want_edges = hostile_store.edges()
    assert sorted(edges) == [(e.src, e.type, e.dst) for e in want_edges]
    for e in want_edges:
        assert edges[(e.src, e.type, e.dst)] == _no_empty_lists(edge_props(e.props))
    header, sources = _read(out / "sources.csv")
    assert header[0] == "source:ID(Source)" and len(sources) == counts["sources.csv"]
    assert {s["source"]: json.loads(s["record"]) for s in sources} == {
        r["source"]: r for r in hostile_store.records()
    }
    assert {n.props["title"] for n in want if "title" in n.props} >= {
        'Kế hoạch "thực hiện", dòng 1\ndòng 2; a\x1fb, c'
    }
    script = (out / "import.sh").read_text(encoding="utf-8")
    assert "--array-delimiter=U+001F" in script and "--multiline-fields=true" in script
    assert all(f"={name}" in script for name in counts)


def test_export_neo4j_admin_needs_a_directory(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--format", "neo4j-admin", "--store", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "give a directory with -o" in result.output
