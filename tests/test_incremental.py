"""Incremental commits give exactly the graph of one clean build, in any order and any batching."""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vbkg.extraction import record_dict
from vbkg.graph import build_graph
from vbkg.loaders import RawDocument
from vbkg.pipeline import extract_paths, extract_raw
from vbkg.stores import Upsert, open_embedded
from vbkg.stores.rows import to_rows

from .conftest import SAMPLES
from .records import ident, letter, record

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPUS_SAMPLE = 80  # documents of the corpus sample (every 23rd line of its files)


def _synthetic() -> list[dict[str, Any]]:
    """Records that exercise resolution across batches: a symbol without a year that two
    documents fit, a later document that makes it fit one, two keys that slug alike."""
    return [
        letter("s1.txt", "12", 2020),
        letter("s2.txt", "12", 2021),
        letter("s3.txt", "40", 2022, ident("CV", "12", "TCT-CS", "12/TCT-CS", issuer="Tổng cục Thuế")),
        record(
            "s4.txt",
            ident("KH", "5", "UBND", "5/KH-UBND", 2023, "2023-01-02", "UBND huyện A"),
            ident("KH", "5", "UBND", "5/KH-UBND", 2022, None, "UBND tỉnh B"),
        ),
        record("s5.txt", ident("KH", "5", "UBND", "5/KH-UBND", 2022, "2022-02-03", "UBND tỉnh B")),
        record("s6.txt", ident("KH", "7", "U.BND", "7/KH-U.BND", 2022, "2022-02-03", "UBND tỉnh B")),
        record(
            "s7.txt",
            ident("KH", "7", "UBND", "7/KH-UBND", 2022, "2022-02-03", "UBND tỉnh B"),
            ident("KH", "7", "UBND", "7/KH-UBND", None, None, None),
        ),
        # an unnumbered mention whose id is a numbered document's: the two ids are told apart
        record(
            "s8.txt",
            ident("KH", "9", "UBND", "9/KH-UBND", 2024, "2024-01-01", "UBND tỉnh B"),
            {**ident("KH", None, None, None), "id": "kh-5-ubnd-2022-ubnd-tinh-b"},
        ),
        letter(
            "s9.txt", "13", 2020, ident("DOC", "12", "TCT-CS", "12/DOC-TCT-CS", 2020, issuer="Tổng cục Thuế")
        ),
        letter("s10.txt", "14", 2020, ident("CV", "12", "TCT-CS", "12/TCT-CS", 2020, issuer="Tổng cục Thuế")),
    ]


@cache
def _records() -> tuple[dict[str, Any], ...]:
    out = [record_dict(r) for r in extract_paths([SAMPLES])]  # type: ignore[arg-type]
    out += _synthetic()
    return tuple(out)


@cache
def _corpus_records() -> tuple[dict[str, Any], ...]:
    out: list[dict[str, Any]] = []
    lines = itertools.chain.from_iterable(p.open(encoding="utf-8") for p in sorted(CORPUS.glob("*.jsonl")))
    for line in itertools.islice(lines, 0, None, 23):
        if len(out) < CORPUS_SAMPLE:
            row = json.loads(line)
            text = row.get("text") or row.get("content") or ""
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            doc = RawDocument(source=f"corpus-{row.get('id', len(out))}", text=text, content_hash=digest)
            rec = extract_raw(doc)
            if not isinstance(rec, Exception):
                out.append(record_dict(rec))
    return tuple(out)


def _rows(nodes: Any, edges: Any) -> tuple[list[Any], list[Any]]:
    return (
        [(n.id, tuple(n.labels), n.props) for n in nodes],
        [(e.src, e.type, e.dst, e.props) for e in edges],
    )


def _load_in_batches(tmp: Path, batches: list[list[dict[str, Any]]]) -> tuple[list[Any], list[Any]]:
    db = tmp / "vbkg.db"
    for p in tmp.glob("vbkg.db*"):
        p.unlink()
    with open_embedded(str(db)) as store:
        for batch in batches:
            store.commit([Upsert(r["source"], r["content_hash"], r) for r in batch], build_graph)
        return _rows(store.nodes(), store.edges())


def _clean(records: list[dict[str, Any]]) -> tuple[list[Any], list[Any]]:
    return _rows(*to_rows(build_graph(records)))


def _edited(r: dict[str, Any]) -> dict[str, Any]:
    """An earlier version of a record: its references dropped, another title."""
    out = copy.deepcopy(r)
    out["references"] = out["references"][:1]
    out["document"]["title"] = "bản cũ"
    return out


def batchings(n: int) -> st.SearchStrategy[tuple[list[int], list[int], list[bool]]]:
    return st.tuples(st.permutations(range(n)), st.lists(st.integers(1, n), min_size=1, max_size=n),
                     st.lists(st.booleans(), min_size=n, max_size=n))  # fmt: skip


def _batches(
    records: list[dict[str, Any]], order: list[int], sizes: list[int], edit: list[bool]
) -> list[Any]:
    """Records in `order`, cut into batches of `sizes`; an `edit`ed one is first committed in an older version."""
    queue = [_edited(records[i]) for i in order if edit[i]] + [records[i] for i in order]
    out, cut = [], itertools.cycle(sizes)
    while queue:
        k = next(cut)
        out.append(queue[:k])
        queue = queue[k:]
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batchings(len(_records())))
def test_any_batching_gives_the_clean_graph(
    tmp_path: Path, plan: tuple[list[int], list[int], list[bool]]
) -> None:
    records = list(_records())
    assert _load_in_batches(tmp_path, _batches(records, *plan)) == _clean(records)


@pytest.mark.skipif(
    not CORPUS.exists(), reason=f"no corpus at {CORPUS} (read from ../shared/corpus, never copied)"
)
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batchings(CORPUS_SAMPLE))
def test_corpus_sample_any_batching_gives_the_clean_graph(
    tmp_path: Path, plan: tuple[list[int], list[int], list[bool]]
) -> None:
    records = list(_corpus_records())
    order, sizes, edit = plan
    order = [i for i in order if i < len(records)]
    assert _load_in_batches(tmp_path, _batches(records, order, sizes, edit)) == _clean(records)


def test_a_store_written_whole_is_rebuilt_incrementally_later(tmp_path: Path) -> None:
    records = list(_records())
    with open_embedded(str(tmp_path / "vbkg.db")) as store:
        nodes, edges = to_rows(build_graph(records[:3]))
        store.write_graph(nodes, edges)  # as push does: facts are stale now
        store.commit([Upsert(r["source"], r["content_hash"], r) for r in records], build_graph)
        assert _rows(store.nodes(), store.edges()) == _clean(records)


def test_a_store_of_an_older_vbkg_gets_its_facts_at_its_next_commit(tmp_path: Path) -> None:
    records = list(_records())
    db = tmp_path / "vbkg.db"
    with open_embedded(str(db)) as store:
        store.commit([Upsert(r["source"], r["content_hash"], r) for r in records[:5]], build_graph)
    con = sqlite3.connect(db)  # as an older vbkg left it: records and graph, no facts
    for table in ("items", "group_keys", "facts", "owned", "doc_nodes", "search_docs", "warnings"):
        con.execute(f"DROP TABLE {table}")
    con.execute("DELETE FROM meta WHERE key = 'facts'")
    con.commit()
    con.close()
    with open_embedded(str(db)) as store:
        assert store.grouped_stats() is None  # tables made again, facts not current: stats scan
        store.commit([Upsert(r["source"], r["content_hash"], r) for r in records[5:]], build_graph)
        assert _rows(store.nodes(), store.edges()) == _clean(records)
