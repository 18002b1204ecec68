"""Each store's indexed reads answer exactly as the scans they replace."""

from __future__ import annotations

import pytest

from vbkg.graph import build_graph
from vbkg.queries.refs import resolve_ref
from vbkg.queries.search import search
from vbkg.queries.trace import chain, parse_rels, trace
from vbkg.stats import scanned_stats, stats
from vbkg.stores import EdgeRow, Store, Upsert, sqlite_search
from vbkg.stores.interface import Store as BaseStore

from .test_incremental import _records


@pytest.fixture
def loaded(store: Store) -> Store:
    records = list(_records())
    store.commit([Upsert(r["source"], r["content_hash"], r) for r in records[:6]], build_graph)
    store.commit([Upsert(r["source"], r["content_hash"], r) for r in records[4:]], build_graph)
    return store


def test_grouped_stats_are_the_scanned_ones(loaded: Store) -> None:
    grouped = loaded.grouped_stats()
    assert grouped is not None and grouped["documents"] > 20 and grouped["warnings"]
    assert grouped == scanned_stats(loaded) == stats(loaded)


@pytest.mark.parametrize("number", ["1", "01", "12", "5", "44", "0", "999"])
def test_documents_by_number_are_the_scanned_ones(loaded: Store, number: str) -> None:
    assert loaded.documents_numbered(number) == BaseStore.documents_numbered(loaded, number)


@pytest.mark.parametrize(
    "query",
    [
        "ket luan 01",
        "long bien 2023",
        "ke hoach 46",
        "tong cuc thue",
        "kl",
        "0012",
        "ldld",
        "kl 1",
        "01-KL/TW",
        "46",
        "0",
        "2021",  # nobody's own number: a word of titles at best
        "uan",  # inside words only ("luận", "quận")
        "uan 2023 ldld",
    ],
)
def test_search_through_the_index_finds_what_the_scan_finds(
    loaded: Store, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every plan of sqlite_search: a best tier sorted (FEW large), walked in rank order (FEW
    # small), or every candidate scored (limit above the best tier's size)
    plans = [(few, limit) for few in (1, 3, 2000) for limit in (1, 2, 5, 50)]
    indexed = {}
    for few, limit in plans:
        monkeypatch.setattr(sqlite_search, "FEW", few)
        indexed[few, limit] = search(loaded, query, limit)
    monkeypatch.setattr(type(loaded), "search_ranked", lambda self, tokens, limit: None)
    assert indexed == {(few, limit): search(loaded, query, limit) for few, limit in plans}
    assert indexed[2000, 50] or query == "0"  # "0" is nobody's number and no word


@pytest.mark.parametrize("types", [["IMPLEMENTS"], ["IMPLEMENTS", "BASED_ON", "CITES", "AMENDS", "REPLACES"],
                                   ["REPORTS_TO"], ["NO_SUCH_TYPE"]])  # fmt: skip
def test_counted_reads_are_the_scanned_ones(loaded: Store, types: list[str]) -> None:
    degrees = loaded.in_degrees(types)
    assert sorted(degrees) == sorted(BaseStore.in_degrees(loaded, types))
    assert degrees or types == ["NO_SUCH_TYPE"]
    for dst, _ in degrees:
        assert loaded.relation_counts(dst, types) == BaseStore.relation_counts(loaded, dst, types)
    for limit in (1, 3, 100):
        assert loaded.recent_documents(limit) == BaseStore.recent_documents(loaded, limit)
    assert len(loaded.recent_documents(100)) > 3


def test_symbol_lookup_uses_the_number_index(loaded: Store) -> None:
    assert resolve_ref(loaded, "01-KL/TW").id == "kl-1-tw-2021"


@pytest.mark.parametrize(
    "parts",
    [
        ("KL", "01", "TW", None),
        ("KL", "1", None, 2021),
        (None, "01", None, None),
        ("KH", "46", "LĐLĐ", None),
        ("KH", "46", "LDLD", 2023),
        ("CT", "1", "TW", 1999),
        (None, "0", None, None),
        ("NQ", "999", "TW", None),
    ],
)
def test_documents_by_ref_parts_are_the_scanned_ones(
    loaded: Store, parts: tuple[str | None, str, str | None, int | None]
) -> None:
    indexed = loaded.documents_referenced(*parts)
    assert indexed == BaseStore.documents_referenced(loaded, *parts)
    assert parts[1] != "01" or indexed  # the lookups find something, not only agree on nothing


@pytest.mark.parametrize("rels", ["implements", "all"])
def test_trace_and_chain_through_one_read_walk_as_the_edge_by_edge_reads(
    loaded: Store, rels: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [n.id for n in loaded.nodes("Document")]
    kinds = parse_rels(rels)

    def walk() -> list[object]:
        out: list[object] = []
        for d in docs:
            out += [trace(loaded, d, rels=kinds), trace(loaded, d, depth=1, head_only=True, rels=kinds)]
            out += [chain(loaded, d, rels=kinds), chain(loaded, d, head_only=True, rels=kinds)]
        return out

    read_once = walk()
    monkeypatch.setattr(type(loaded), "edges_reaching", BaseStore.edges_reaching)
    assert read_once == walk()
    assert any(read_once)  # some document is traced or chained


def _trace_as_one_sort(store: Store, target: str, rels: tuple[str, ...]) -> list[dict[str, object]]:
    """trace as it was written before iter_trace: breadth-first over every path, one sort at the end."""
    from collections import deque

    from vbkg.queries import trace as t

    node_of = t._Nodes(store)
    found: list[dict[str, object]] = []
    queue: deque[list[EdgeRow]] = deque([[]])
    while queue and len(found) < t.MAX_ROWS:
        path = queue.popleft()
        tip = path[0].src if path else target
        if len(path) >= t.MAX_DEPTH:
            continue
        on_path = {target, *(s.src for s in path)}
        for e in store.edges(dst=tip, types=list(rels)):
            if e.src not in on_path:
                found.append(t._row(node_of, target, [e, *path]))
                queue.append([e, *path])
    order = {"direct": 0, "body": 1, "transitive": 2}
    found.sort(key=lambda r: (order[str(r["level"])], r["depth"], r["id"], r["path"]))
    return found


@pytest.mark.parametrize(("max_rows", "page"), [(5000, 100), (3, 100), (1, 100), (5000, 1), (3, 2)])
def test_trace_by_depth_is_the_one_sort_and_stops_where_it_stopped(
    loaded: Store, max_rows: int, page: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vbkg.queries import trace as t

    monkeypatch.setattr(t, "MAX_ROWS", max_rows)
    monkeypatch.setattr(t, "PAGE", page)  # depth 1 read an edge at a time, then all at once
    rels = parse_rels("all")
    traced = [d.id for d in loaded.nodes("Document") if trace(loaded, d.id, rels=rels)]
    assert traced
    for d in traced:
        assert trace(loaded, d, rels=rels) == _trace_as_one_sort(loaded, d, rels)
