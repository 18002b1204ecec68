"""Faults on the Bolt store: the server killed mid-load, the client killed mid-load, bad
databases and credentials in URIs, Cypher that writes through a read. Each ends in one clear
sentence or converges when run again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from vbkg.cli import cli
from vbkg.ingest import load
from vbkg.stores import Neo4jConfig, StoreError, open_neo4j
from vbkg.stores.neo4j import Neo4jStore

from .conftest import ROOT, SAMPLES
from .test_stores import expected_rows

pytestmark = pytest.mark.bolt
ONE = SAMPLES / "000_e3178d03b91e3a28.txt"


def rows(store: Any) -> Any:
    return [(n.id, n.labels, n.props) for n in store.nodes()], [
        (e.src, e.type, e.dst, e.props) for e in store.edges()
    ]


def want(paths: list[Path]) -> Any:
    nodes, edges = expected_rows(paths)
    return [(n.id, n.labels, n.props) for n in nodes], [(e.src, e.type, e.dst, e.props) for e in edges]


def slow_load(uri: str, marker: Path, paths: list[Path], sleep: float) -> subprocess.Popen[str]:
    """`vbkg load` that marks the moment it is inside its write transaction, then waits."""
    code = textwrap.dedent(f"""
        import pathlib, sys, time
        from vbkg.stores.neo4j import Neo4jStore
        real = Neo4jStore._write_changes
        def slow(self, tx, changes):
            real(self, tx, changes)  # written, not committed
            if len(changes) > 20:  # the big batch
                pathlib.Path({str(marker)!r}).write_text("x")
                time.sleep({sleep})
        Neo4jStore._write_changes = slow
        from vbkg.cli import main
        sys.argv = ["vbkg", "load", *{[str(p) for p in paths]!r}, "--neo4j", {uri!r}]
        main()
    """)
    env = {**os.environ, "NEO4J_DATABASE": "kg", "NEO4J_USERNAME": "root"}
    from .bolt_server import PASSWORD

    env["NEO4J_PASSWORD"] = PASSWORD
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip


def wait_for(marker: Path, proc: subprocess.Popen[str], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not marker.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    assert marker.exists(), proc.communicate()


@pytest.fixture(scope="module")
def own_server() -> Iterator[Any]:
    """A server of this module's own, so stopping it disturbs no other test."""
    from .bolt_server import ArcadeServer

    server = ArcadeServer()
    server.start()
    yield server
    server.stop()


def config_of(server: Any) -> Neo4jConfig:
    from .bolt_server import DATABASE, PASSWORD

    return Neo4jConfig(server.uri, "root", PASSWORD, DATABASE)


def test_the_server_killed_mid_load_is_one_sentence_and_a_rerun_converges(
    own_server: Any, tmp_path: Path
) -> None:
    own_server.reset()
    with open_neo4j(config_of(own_server)) as store:
        load(store, [ONE])
    marker = tmp_path / "in-commit"
    proc = slow_load(own_server.uri, marker, [SAMPLES], sleep=3)
    wait_for(marker, proc)
    own_server.kill()
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 1, (out, err)
    assert "Traceback" not in err and err.count("\n") == 1, err
    assert "Neo4j" in err and "run the same load again" in err, err
    own_server.start()
    with open_neo4j(config_of(own_server)) as store:
        assert rows(store) == want([ONE])  # the killed batch left nothing behind
        load(store, [SAMPLES])
        assert rows(store) == want([SAMPLES])


def test_a_client_killed_mid_load_leaves_the_last_state(own_server: Any, tmp_path: Path) -> None:
    own_server.reset()
    with open_neo4j(config_of(own_server)) as store:
        load(store, [ONE])
    marker = tmp_path / "in-commit"
    proc = slow_load(own_server.uri, marker, [SAMPLES], sleep=60)
    wait_for(marker, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    with open_neo4j(config_of(own_server)) as store:
        assert rows(store) == want([ONE])
        load(store, [SAMPLES])
        assert rows(store) == want([SAMPLES])


@pytest.mark.parametrize("caches", ["one cache", "a cache each"])
def test_two_loads_at_once_both_land(own_server: Any, tmp_path: Path, caches: str) -> None:
    """On one machine the loads share the write planner's cache; on two, each has its own."""
    from .bolt_server import PASSWORD

    own_server.reset()
    files = sorted(SAMPLES.glob("*.txt"))
    env = {**os.environ, "NEO4J_DATABASE": "kg", "NEO4J_USERNAME": "root", "NEO4J_PASSWORD": PASSWORD}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "vbkg", "load", *map(str, part), "--neo4j", own_server.uri],
            cwd=ROOT,
            env={**env, "VBKG_CACHE_DIR": str(tmp_path / (str(i) if caches == "a cache each" else "shared"))},
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for i, part in enumerate((files[:3], files[3:]))
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    with open_neo4j(config_of(own_server)) as store:
        assert set(store.known_hashes()) == {str(f) for f in files}
        assert rows(store) == want(files)


def test_a_stopped_server_is_one_sentence(own_server: Any) -> None:
    config = config_of(own_server)
    own_server.kill()
    try:
        result = CliRunner().invoke(cli, ["stats", "--neo4j", config.uri],
                                    env={"NEO4J_USERNAME": "root", "NEO4J_PASSWORD": "x"})  # fmt: skip
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
        assert "cannot reach Neo4j" in result.output
    finally:
        own_server.start()


# --- on the shared server ----------------------------------------------------------------------


def test_credentials_in_the_uri_are_used_and_never_shown(bolt_config: Neo4jConfig) -> None:
    host = bolt_config.uri.removeprefix("bolt://")
    env = {"NEO4J_DATABASE": bolt_config.database or "", "NEO4J_USERNAME": None, "NEO4J_PASSWORD": None}
    result = CliRunner().invoke(
        cli, ["stats", "--neo4j", f"bolt://root:{bolt_config.password}@{host}"], env=env
    )
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["stats", "--neo4j", f"bolt://root:wrong-{bolt_config.password}@{host}"],
                                env=env)  # fmt: skip
    assert result.exit_code == 1 and "cannot reach Neo4j" in result.output
    assert str(bolt_config.password) not in result.output


def test_a_missing_database_is_one_sentence(bolt_config: Neo4jConfig) -> None:
    env = {"NEO4J_DATABASE": "no_such_db", "NEO4J_USERNAME": "root", "NEO4J_PASSWORD": bolt_config.password}
    result = CliRunner().invoke(cli, ["stats", "--neo4j", bolt_config.uri], env=env)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "no_such_db" in result.output and "Traceback" not in result.output


@pytest.fixture
def neo(bolt_config: Neo4jConfig) -> Iterator[Neo4jStore]:
    store = open_neo4j(bolt_config)
    assert isinstance(store, Neo4jStore)
    load(store, [ONE])
    yield store
    store.close()


def test_a_write_through_a_read_is_refused_even_where_access_mode_is_ignored(neo: Neo4jStore) -> None:
    for cypher in (
        "CREATE (:Intruder {x: 1})",
        "LOAD/**/CSV FROM 'file:///etc/passwd' AS l CREATE (:Intruder)",
    ):
        with pytest.raises(StoreError, match="writes"):
            neo.run(cypher, {}, write=False)
    assert neo.run("MATCH (n:Intruder) RETURN count(n) AS c", {}) == [{"c": 0}]


def test_reads_with_write_words_in_strings_run(neo: Neo4jStore, bolt_config: Neo4jConfig) -> None:
    env = {
        "NEO4J_DATABASE": bolt_config.database,
        "NEO4J_USERNAME": "root",
        "NEO4J_PASSWORD": bolt_config.password,
    }
    q = "MATCH (d:Document) WHERE toLower(d.title) CONTAINS 'set' OR d.id = $query RETURN d.id AS id"
    result = CliRunner().invoke(cli, ["cypher", q, "-p", "query=1", "--neo4j", bolt_config.uri], env=env)
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output


def test_cypher_has_a_time_limit(
    neo: Neo4jStore, bolt_config: Neo4jConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server's limit is passed on; the client stops waiting a second after it (ArcadeDB ignores it)."""
    seen: list[float | None] = []

    def slow(
        self: Neo4jStore, cypher: str, params: Any, write: bool = False, timeout: float | None = None
    ) -> Any:
        seen.append(timeout)
        time.sleep(30)  # a server that never answers

    monkeypatch.setattr(Neo4jStore, "run", slow)
    env = {
        "NEO4J_DATABASE": bolt_config.database,
        "NEO4J_USERNAME": "root",
        "NEO4J_PASSWORD": bolt_config.password,
    }
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["cypher", "MATCH (n) RETURN n", "--timeout", "0.5", "--neo4j", bolt_config.uri],
                                env=env)  # fmt: skip
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "took longer than 1.5 s" in result.output and seen == [0.5]
    assert time.monotonic() - started < 20


def test_a_write_failing_after_another_load_committed_is_planned_again(
    own_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ArcadeDB lets two writers run and fails one with an error that names no clash; when
    another load committed meanwhile, the failed commit is planned again on its graph. (On
    Neo4j the second writer would wait on the state node instead, and this test would hang.)"""
    from neo4j.exceptions import Neo4jError

    own_server.reset()
    files = sorted(SAMPLES.glob("*.txt"))
    monkeypatch.setenv("VBKG_CACHE_DIR", str(tmp_path / "a"))
    a = open_neo4j(config_of(own_server))
    monkeypatch.setenv("VBKG_CACHE_DIR", str(tmp_path / "b"))
    b = open_neo4j(config_of(own_server))
    load(a, files[:2])
    real = Neo4jStore._write_changes
    failed: list[bool] = []

    def fails_once(self: Neo4jStore, tx: Any, changes: Any) -> None:
        if self is a and not failed:
            failed.append(True)
            load(b, files[3:])  # another load commits while this transaction is open
            raise Neo4jError("an error that names no clash")
        real(self, tx, changes)

    monkeypatch.setattr(Neo4jStore, "_write_changes", fails_once)
    load(a, files[2:3])
    assert failed
    a.close()
    b.close()
    with open_neo4j(config_of(own_server)) as store:
        assert set(store.known_hashes()) == {str(f) for f in files}
        assert rows(store) == want(files)


def _arcade_schema_race() -> Exception:
    from neo4j.exceptions import Neo4jError

    # what ArcadeDB's Bolt plugin sends when another load created the type `Document~Plan` first
    return Neo4jError._hydrate_neo4j(
        code="Neo.ClientError.Statement.SemanticError",
        message="Error executing Cypher command: UNWIND $rows AS r CREATE (n:Document:Plan {id: r.id}) SET n = r.props",
    )


def test_a_write_losing_arcadedbs_schema_race_runs_again(
    own_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two loads meeting a new label set at once: ArcadeDB fails one before the other commits,
    so the graph's token has not moved yet; running the transaction again lands it."""
    own_server.reset()
    files = sorted(SAMPLES.glob("*.txt"))
    monkeypatch.setenv("VBKG_CACHE_DIR", str(tmp_path))
    real = Neo4jStore._write_changes
    failed: list[bool] = []

    def fails_once(self: Neo4jStore, tx: Any, changes: Any) -> None:
        if not failed:
            failed.append(True)
            raise _arcade_schema_race()
        real(self, tx, changes)

    with open_neo4j(config_of(own_server)) as store:
        load(store, files[:2])
        monkeypatch.setattr(Neo4jStore, "_write_changes", fails_once)
        load(store, files[2:])
        assert failed
    with open_neo4j(config_of(own_server)) as store:
        assert rows(store) == want(files)


def test_a_failing_write_that_is_no_race_is_one_sentence(
    own_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from neo4j.exceptions import Neo4jError

    own_server.reset()
    files = sorted(SAMPLES.glob("*.txt"))
    monkeypatch.setenv("VBKG_CACHE_DIR", str(tmp_path))
    calls: list[int] = []

    def fails(self: Neo4jStore, tx: Any, changes: Any) -> None:
        calls.append(1)
        raise Neo4jError._hydrate_neo4j(code="Neo.ClientError.Statement.SyntaxError", message="Invalid input")

    with open_neo4j(config_of(own_server)) as store:
        load(store, files[:2])
        monkeypatch.setattr(Neo4jStore, "_write_changes", fails)
        with pytest.raises(StoreError, match=r"this batch was not committed \(Invalid input\)"):
            load(store, files[2:])
        assert calls == [1]  # not run again: nothing would change
    with open_neo4j(config_of(own_server)) as store:
        assert rows(store) == want(files[:2])
