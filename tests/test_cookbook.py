"""Every query of docs/cypher-cookbook.md, run against the Bolt server with the samples loaded."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from vbkg.ingest import load
from vbkg.stores import Neo4jConfig, open_neo4j
from vbkg.stores.neo4j import Neo4jStore

from .conftest import ROOT, SAMPLES

COOKBOOK = (ROOT / "docs" / "cypher-cookbook.md").read_text(encoding="utf-8")
BLOCK = re.compile(
    r"```cypher\n(?P<query>.*?)```\nexpect: (?P<column>\w+) includes (?P<values>[^\n]+)", re.DOTALL
)
CASES = [(m.group("query"), m.group("column"), m.group("values")) for m in BLOCK.finditer(COOKBOOK)]


@pytest.fixture(scope="module")
def neo(bolt_config: Neo4jConfig) -> Iterator[Neo4jStore]:
    store = open_neo4j(bolt_config)
    assert isinstance(store, Neo4jStore)
    load(store, [SAMPLES])
    yield store
    store.close()


def test_the_cookbook_has_its_queries() -> None:
    assert len(CASES) == COOKBOOK.count("```cypher") >= 10


@pytest.mark.bolt
@pytest.mark.parametrize(
    ("query", "column", "values"), CASES, ids=[c[0].splitlines()[-1][:40] for c in CASES]
)
def test_cookbook_query(neo: Neo4jStore, query: str, column: str, values: str) -> None:
    params_line = re.search(r"// params: (\{.*\})", query)
    params: dict[str, Any] = json.loads(params_line.group(1)) if params_line else {}
    rows = neo.run(query, params)
    got = [r[column] for r in rows]
    if values.startswith("["):
        assert json.loads(values) in got, got
    else:
        for value in (v.strip() for v in values.split(",")):
            assert value in got, (value, got)
