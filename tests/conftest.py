"""Shared fixtures: where ../shared is, and the seeds extracted once per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from vbkg.extraction import DocumentRecord
from vbkg.pipeline import extract_paths
from vbkg.stores import Neo4jConfig, Store, open_embedded, open_neo4j

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VBKG_SHARED", ROOT.parent / "shared"))
SAMPLES = ROOT / "samples"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "acceptance" / "seeds_gold.json"


def need(path: Path, what: str) -> Path:
    if not path.exists():
        pytest.skip(f"{what} not found at {path} (tests read it from ../shared; it is not copied here)")
    return path


@pytest.fixture(scope="session")
def seed_records() -> dict[str, DocumentRecord]:
    """The five sample documents (copies of ../shared/seeds), extracted, by file stem."""
    records = {}
    for item in extract_paths([SAMPLES]):
        assert isinstance(item, DocumentRecord), item
        records[Path(item.source).stem] = item
    return records


# --- stores: every store test runs on the embedded store and on the Bolt server ---------------


@pytest.fixture(scope="session", autouse=True)
def planner_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Neo4j store's write-planner caches (neo4j_plan.py) of this run, not the user's."""
    where = tmp_path_factory.mktemp("vbkg-cache")
    os.environ["VBKG_CACHE_DIR"] = str(where)  # the `vbkg` processes tests start inherit it
    return where


@pytest.fixture(scope="session")
def arcade() -> Iterator[object]:
    try:
        from .bolt_server import ArcadeServer

        server = ArcadeServer()
    except ImportError:
        pytest.skip("arcadedb-embedded is not installed (pip install -e '.[dev]')")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def bolt_config(arcade: object) -> Neo4jConfig:
    """A fresh database for each test module."""
    from .bolt_server import DATABASE, PASSWORD, ArcadeServer

    assert isinstance(arcade, ArcadeServer)
    arcade.reset()
    return Neo4jConfig(arcade.uri, "root", PASSWORD, DATABASE)


def fresh_store(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Store:
    if kind == "embedded":
        return open_embedded(str(tmp_path / "vbkg.db"))
    config = request.getfixturevalue("bolt_config")
    from vbkg.stores.neo4j import Neo4jStore

    store = open_neo4j(config)
    assert isinstance(store, Neo4jStore)
    store.write_graph([], [])  # an empty graph: deletes what an earlier test of the module left
    store.run("MATCH (s:Source) DELETE s", {}, write=True)
    return store


@pytest.fixture(params=["embedded", pytest.param("bolt", marks=pytest.mark.bolt)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = fresh_store(request.param, tmp_path, request)
    yield s
    s.close()
