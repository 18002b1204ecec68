"""One suite, two stores: the embedded store and the Bolt server give the same graph."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

from vbkg.cli import cli
from vbkg.export import export_text
from vbkg.extraction import record_dict
from vbkg.graph import build_graph
from vbkg.ingest import load
from vbkg.pipeline import extract_paths
from vbkg.stores import Store, StoreError
from vbkg.stores.rows import to_rows

from .conftest import SAMPLES


def expected_rows(paths: list[Path]) -> Any:
    records = [record_dict(r) for r in extract_paths(paths)]  # type: ignore[arg-type]
    return to_rows(build_graph(records))


def stored_rows(store: Store) -> Any:
    return store.nodes(), store.edges()


def test_seeds_load_to_the_same_graph(store: Store) -> None:
    summary = load(store, [SAMPLES])
    assert (summary.loaded, summary.skipped, summary.failed) == (5, 0, [])
    nodes, edges = stored_rows(store)
    want_nodes, want_edges = expected_rows([SAMPLES])
    assert [(n.id, n.labels, n.props) for n in nodes] == [(n.id, n.labels, n.props) for n in want_nodes]
    assert [(e.src, e.type, e.dst, e.props) for e in edges] == [
        (e.src, e.type, e.dst, e.props) for e in want_edges
    ]
    assert len(store.nodes("Document")) == 27
    kl = store.node("kl-1-tw-2021")
    assert kl is not None and kl.props["date_conflict"] is True and "Conclusion" in kl.labels
    implementers = {e.src for e in store.edges(dst="kl-1-tw-2021", types=["IMPLEMENTS"])}
    assert (
        "kh-83-ldld-2023-ldld-tp-ha-noi" in implementers and "kh-44-tu-2021-tinh-uy-lai-chau" in implementers
    )


def test_loading_twice_changes_nothing(store: Store) -> None:
    load(store, [SAMPLES])
    before = export_text(store.graph(), "nt")
    again = load(store, [SAMPLES])
    assert (again.loaded, again.skipped, again.nodes_added, again.edges_added) == (0, 5, 0, 0)
    assert export_text(store.graph(), "nt") == before


def test_order_of_loading_does_not_matter(store: Store, tmp_path: Path) -> None:
    files = sorted(SAMPLES.glob("*.txt"))
    for f in reversed(files):
        load(store, [f])
    one_by_one = export_text(store.graph(), "nt")
    assert one_by_one == export_text(build_graph([record_dict(r) for r in extract_paths(files)]), "nt")  # type: ignore[misc]


def test_changed_document_replaces_only_its_own_facts(store: Store, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SAMPLES, docs)
    load(store, [docs])
    seed = docs / "003_75f77f7c71bf38e4.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("kế hoạch số 12/KH-LĐLĐ ngày 25/12/2023",
                                                             "kế hoạch số 13/KH-LĐLĐ ngày 26/12/2023"),
                    encoding="utf-8")  # fmt: skip
    summary = load(store, [docs])
    assert (summary.loaded, summary.skipped) == (1, 4)
    me = "kh-46-ldld-2023-ldld-quan-long-bien"
    targets = {e.dst for e in store.edges(src=me, types=["IMPLEMENTS"])}
    assert "kh-13-ldld-2023-ldld-tp-ha-noi" in targets and "kh-12-ldld-2023-ldld-tp-ha-noi" not in targets
    assert store.node("kh-12-ldld-2023-ldld-tp-ha-noi") is None  # nobody else cited it
    assert store.node("kl-1-tw-2021") is not None  # other documents' facts stay


def test_bad_file_fails_alone_and_nothing_is_lost(store: Store, tmp_path: Path) -> None:
    load(store, [SAMPLES / "000_e3178d03b91e3a28.txt"])
    before = store.counts()
    (tmp_path / "empty.txt").write_bytes(b"")
    summary = load(store, [tmp_path / "empty.txt", SAMPLES / "003_75f77f7c71bf38e4.txt"])
    assert summary.failed == [(str(tmp_path / "empty.txt"), "file is empty")] and summary.loaded == 1
    assert store.counts()[0] > before[0] and store.node("kh-18-ldld-2023-ldld-quan-long-bien") is not None


def test_a_failed_commit_leaves_the_last_state(store: Store) -> None:
    load(store, [SAMPLES / "000_e3178d03b91e3a28.txt"])
    before = (stored_rows(store), store.known_hashes())

    def broken(records: Any) -> nx.MultiDiGraph:
        list(records)
        raise RuntimeError("killed half-way")

    from vbkg.stores import Upsert

    with pytest.raises((RuntimeError, StoreError)):
        store.commit([Upsert("x.txt", "h", {"source": "x.txt"})], broken)
    assert (stored_rows(store), store.known_hashes()) == before


def test_rdf_export_conforms_and_a_broken_graph_is_reported(store: Store, tmp_path: Path) -> None:
    from rdflib import Graph

    from vbkg.ontology.rdf import validate

    load(store, [SAMPLES])
    ttl = export_text(store.graph(), "ttl")
    conforms, violations = validate(Graph().parse(data=ttl, format="turtle"))
    assert conforms, violations
    broken = ttl + (
        "\nid:kl-1-tw-2021 <http://data.europa.eu/eli/ontology#ensures_implementation_of> id:org-bo-chinh-tri ;\n"
        '    <http://data.europa.eu/eli/ontology#date_document> "not a date" .\n'
    )
    path = tmp_path / "broken.ttl"
    path.write_text(broken, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "--file", str(path)])
    assert result.exit_code == 1
    assert "kl-1-tw-2021" in result.stdout and "ensures_implementation_of" in result.stdout
    assert "date_document" in result.stdout


@pytest.mark.parametrize("fmt", ["ttl", "jsonld", "nt", "graphml", "csv"])
def test_exports(store: Store, fmt: str) -> None:
    load(store, [SAMPLES])
    text = export_text(store.graph(), fmt)
    assert "kl-1-tw-2021" in text and "Liên đoàn Lao động quận Long Biên" in text


@pytest.mark.bolt
def test_push_copies_the_embedded_store_into_neo4j(tmp_path: Path, bolt_config: Any) -> None:
    from vbkg.ingest import push
    from vbkg.stores import open_embedded, open_neo4j

    embedded = open_embedded(str(tmp_path / "vbkg.db"))
    load(embedded, [SAMPLES])
    with open_neo4j(bolt_config) as neo:
        neo.write_graph([], [])
        assert push(embedded, neo) == embedded.counts()
        assert stored_rows(neo) == stored_rows(embedded)
        assert neo.known_hashes() == embedded.known_hashes()
        assert load(neo, [SAMPLES]).skipped == 5  # the pushed records make later loads incremental
