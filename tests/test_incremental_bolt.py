"""Incremental commits on Neo4j: the planner's diff is exact, writes follow the change, and any
batching, any number of clients with caches of their own, and a lost cache give the clean graph."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from vbkg.graph import build_graph
from vbkg.stores import Neo4jConfig, Upsert
from vbkg.stores.neo4j import Neo4jStore
from vbkg.stores.rows import EdgeRow, NodeRow
from vbkg.stores.sqlite import SQLiteStore
from vbkg.stores.sqlite_changes import Changes

from .test_incremental import _batches, _clean, _records, _rows, batchings


def _upserts(records: list[dict[str, Any]]) -> list[Upsert]:
    return [Upsert(r["source"], r["content_hash"], r) for r in records]


def _replay(nodes: dict[str, NodeRow], edges: dict[tuple[str, str, str], EdgeRow], ch: Changes) -> None:
    """What a store does with a diff, on dicts: the model the Neo4j writes follow."""
    for e in ch.gone_edges:
        del edges[(e.src, e.type, e.dst)]
    for n in ch.gone_nodes:
        del nodes[n.id]
        for k in [k for k in edges if n.id in (k[0], k[2])]:
            del edges[k]  # DETACH DELETE
    for n in ch.new_nodes:
        assert n.id not in nodes, f"CREATE of an existing node {n.id}"
        nodes[n.id] = n
    for n in ch.changed_nodes:
        assert n.id in nodes
        nodes[n.id] = n
    for e in ch.new_edges:
        assert (e.src, e.type, e.dst) not in edges and e.src in nodes and e.dst in nodes
        edges[(e.src, e.type, e.dst)] = e
    for e in ch.changed_edges:
        assert (e.src, e.type, e.dst) in edges
        edges[(e.src, e.type, e.dst)] = e


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batchings(len(_records())))
def test_the_diff_of_every_commit_rebuilds_the_store_exactly(
    tmp_path: Path, plan: tuple[list[int], list[int], list[bool]]
) -> None:
    for p in tmp_path.glob("c.db*"):
        p.unlink()
    nodes: dict[str, NodeRow] = {}
    edges: dict[tuple[str, str, str], EdgeRow] = {}
    with SQLiteStore(tmp_path / "c.db") as store:
        assert isinstance(store, SQLiteStore)
        for batch in _batches(list(_records()), *plan):
            store.commit(_upserts(batch), build_graph, then=lambda ch: _replay(nodes, edges, ch))
            assert sorted(nodes.values(), key=lambda n: n.id) == store.nodes()
            assert sorted(edges.values(), key=lambda e: (e.src, e.type, e.dst)) == store.edges()


def test_a_failing_replay_commits_nothing(tmp_path: Path) -> None:
    records = list(_records())
    with SQLiteStore(tmp_path / "c.db") as store:
        store.commit(_upserts(records[:3]), build_graph)
        before = (store.nodes(), store.edges(), store.known_hashes())

        def fail(_: Changes) -> None:
            raise RuntimeError("the server went away")

        with pytest.raises(RuntimeError):
            store.commit(_upserts(records[3:]), build_graph, then=fail)
        assert (store.nodes(), store.edges(), store.known_hashes()) == before


# --- on the Bolt server --------------------------------------------------------------------------


def _neo(config: Neo4jConfig, cache: Path) -> Neo4jStore:
    return Neo4jStore(config.uri, config.user, config.password, config.database, cache=cache)


def _wipe(store: Neo4jStore) -> None:
    store.write_graph([], [])
    store.run("MATCH (s:Source) DELETE s", {}, write=True)


@pytest.fixture
def empty(bolt_config: Neo4jConfig, tmp_path: Path) -> Neo4jConfig:
    with _neo(bolt_config, tmp_path / "wipe.db") as store:
        _wipe(store)
    return bolt_config


@pytest.mark.bolt
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batchings(len(_records())))
def test_bolt_any_batching_gives_the_clean_graph(
    empty: Neo4jConfig, tmp_path: Path, plan: tuple[list[int], list[int], list[bool]]
) -> None:
    records = list(_records())
    with _neo(empty, tmp_path / "c.db") as store:
        _wipe(store)  # hypothesis runs every example with the one fixture
        for batch in _batches(records, *plan):
            store.commit(_upserts(batch), build_graph)
        assert _rows(store.nodes(), store.edges()) == _clean(records)


@pytest.mark.bolt
def test_bolt_writes_follow_the_change_and_never_read_the_graph_back(
    empty: Neo4jConfig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = list(_records())
    with _neo(empty, tmp_path / "c.db") as store:
        store.commit(_upserts(records[:-1]), build_graph)  # the first commit syncs the whole graph
        synced: list[int] = []
        written: list[int] = []
        real_sync, real_write = Neo4jStore._sync, Neo4jStore._write_changes

        def sync(self: Neo4jStore, tx: Any, nodes: Any, edges: Any) -> None:
            synced.append(1)
            real_sync(self, tx, nodes, edges)

        def write(self: Neo4jStore, tx: Any, changes: Changes) -> None:
            written.append(len(changes))
            real_write(self, tx, changes)

        monkeypatch.setattr(Neo4jStore, "_sync", sync)
        monkeypatch.setattr(Neo4jStore, "_write_changes", write)
        store.commit(_upserts(records[-1:]), build_graph)
        assert synced == [] and len(written) == 1
        total = sum(store.counts())
        assert 0 < written[0] < total / 4, (written, total)  # a letter: its node, its edges, a stub
        assert _rows(store.nodes(), store.edges()) == _clean(records)


@pytest.mark.bolt
def test_bolt_clients_with_caches_of_their_own_converge(empty: Neo4jConfig, tmp_path: Path) -> None:
    records = list(_records())
    with _neo(empty, tmp_path / "a.db") as a, _neo(empty, tmp_path / "b.db") as b:
        for i, r in enumerate(records):
            (a if i % 3 else b).commit(_upserts([r]), build_graph)  # each sees the other's commits
        assert _rows(a.nodes(), a.edges()) == _clean(records)
        a.commit(_upserts(records[:2]), build_graph)  # and its cache follows again
        assert _rows(b.nodes(), b.edges()) == _clean(records)


@pytest.mark.bolt
def test_bolt_a_lost_or_damaged_cache_is_rebuilt(empty: Neo4jConfig, tmp_path: Path) -> None:
    records = list(_records())
    cache = tmp_path / "c.db"
    with _neo(empty, cache) as store:
        store.commit(_upserts(records[:4]), build_graph)
    shutil.rmtree(tmp_path / "gone", ignore_errors=True)
    cache.unlink()
    with _neo(empty, cache) as store:
        store.commit(_upserts(records[4:8]), build_graph)
    for suffix in ("-wal", "-shm"):
        Path(f"{cache}{suffix}").unlink(missing_ok=True)
    cache.write_bytes(b"not a database at all")
    with _neo(empty, cache) as store:
        store.commit(_upserts(records[8:]), build_graph)
        assert _rows(store.nodes(), store.edges()) == _clean(records)


@pytest.mark.bolt
def test_bolt_dates_and_evidence_filter_in_plain_cypher(empty: Neo4jConfig, tmp_path: Path) -> None:
    records = list(_records())
    with _neo(empty, tmp_path / "c.db") as store:
        store.commit(_upserts(records), build_graph)
        dated = store.run(
            "MATCH (d:Document) WHERE d.date >= date('2021-01-01') AND d.date.year = 2021 RETURN d.id AS id, "
            "d.date AS date ORDER BY id",
            {},
        )
        assert dated and all(r["date"].startswith("2021-") for r in dated)
        assert {r["id"] for r in dated} == {
            n.id for n in store.nodes("Document") if str(n.props.get("date", "")).startswith("2021-")
        }
        cited = store.run(
            "MATCH (a)-[e:BASED_ON]->(b) WHERE any(s IN e.evidence_sentences WHERE s CONTAINS 'Căn cứ') "
            "AND 'reference' IN e.evidence_kinds RETURN a.id AS a, b.id AS b ORDER BY a, b",
            {},
        )
        every = [(e.src, e.dst) for e in store.edges(types=["BASED_ON"])
                 if any("Căn cứ" in ev.get("sentence", "") for ev in json.loads(e.props["evidence"]))]  # fmt: skip
        assert [(r["a"], r["b"]) for r in cited] == sorted(every) and every


@pytest.mark.bolt
def test_bolt_without_a_writable_cache_a_commit_still_lands(
    empty: Neo4jConfig, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    records = list(_records())
    (tmp_path / "file").write_text("not a directory")
    with _neo(empty, tmp_path / "file" / "c.db") as store:  # no cache can be made under a file
        store.commit(_upserts(records[:5]), build_graph)
        store.commit(_upserts(records[5:]), build_graph)
        assert _rows(store.nodes(), store.edges()) == _clean(records)
    err = capfd.readouterr().err
    assert err.count("cannot keep the write planner's cache") == 1 and "Traceback" not in err
