"""Faults and hostile queries: every one ends in one clear sentence, never a traceback.

Stores that are corrupt, foreign, empty, read-only or missing; Neo4j URIs that are wrong or
carry a password; Cypher that tries to write; SPARQL that tries to reach the network, uses
every query form, or runs too long. The Bolt cases (server stopped mid-load, client killed
mid-load) are in test_faults_bolt.py.
"""

from __future__ import annotations

import http.server
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import typing
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from vbkg.cli import cli
from vbkg.ingest import load
from vbkg.stores import StoreError, open_embedded
from vbkg.stores.rows import NodeRow

from .conftest import ROOT, SAMPLES

SEED = str(SAMPLES / "003_75f77f7c71bf38e4.txt")
SECRET = "s3cr3t-Pa55"


def run(*args: str, env: dict[str, str] | None = None) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), env={"NEO4J_URI": None, "VBKG_STORE": None, **(env or {})})


def refused(result: click.testing.Result, *phrases: str) -> str:
    """The command failed with exit status 1 and a message holding every phrase, no traceback."""
    text = result.output
    assert result.exit_code == 1, (result.exit_code, text, result.exception)
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in text
    for phrase in phrases:
        assert phrase in text, (phrase, text)
    return text


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seeded") / "vbkg.db"
    with open_embedded(str(db)) as store:
        load(store, [SAMPLES])
    return db


def copy_of(db: Path, tmp_path: Path) -> Path:
    out = tmp_path / "copy.db"
    src = sqlite3.connect(db)
    dst = sqlite3.connect(out)
    src.backup(dst)
    src.close()
    dst.close()
    return out


# --- stores ----------------------------------------------------------------------------------


def test_a_query_on_a_missing_store_says_so_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "typo.db"
    refused(run("search", "ket luan", "--store", str(db)), "no vbkg store at", "vbkg load")
    refused(run("stats", "--store", str(db)), "no vbkg store at")
    assert not db.exists() and list(tmp_path.iterdir()) == []


def test_an_empty_file_is_not_taken_for_a_new_store(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    refused(run("load", SEED, "--store", str(db)), "empty file", "not a vbkg store")
    refused(run("stats", "--store", str(db)), "empty file")
    assert db.read_bytes() == b""


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = db.read_bytes()
    refused(run("load", SEED, "--store", str(db)), "not a vbkg store")
    refused(run("stats", "--store", str(db)), "not a vbkg store")
    assert db.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("just some notes\n" * 100)
    refused(run("stats", "--store", str(db)), "not a vbkg store")


def test_a_corrupt_page_is_one_sentence(seeded: Path, tmp_path: Path) -> None:
    db = copy_of(seeded, tmp_path)
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):  # every page but the header and the schema
        data[offset : offset + 64] = b"\xff" * 64
    db.write_bytes(bytes(data))
    for args in (("stats",), ("export", "--format", "nt"), ("search", "ket luan"), ("load", SEED)):
        refused(run(*args, "--store", str(db)), "damaged", str(db))


def test_an_invalid_json_row_is_one_sentence(seeded: Path, tmp_path: Path) -> None:
    db = copy_of(seeded, tmp_path)
    con = sqlite3.connect(db)
    # an index over json_extract(props) refuses bad JSON: damage the row as a disk would, under it
    for (name,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%json%'"
    ).fetchall():
        con.execute(f'DROP INDEX "{name}"')
    con.execute("UPDATE nodes SET props = '{not json' WHERE id = (SELECT min(id) FROM nodes)")
    con.execute("UPDATE edges SET props = '[1,' WHERE rowid = (SELECT min(rowid) FROM edges)")
    con.commit()
    con.close()
    for args in (("stats",), ("export", "--format", "nt"), ("show", "46/KH-LĐLĐ")):
        refused(run(*args, "--store", str(db)), "damaged", str(db))


_AS_OTHER_USER = """
import os, sys
import rich.console, rich.progress, rich.table, sqlite3, json, csv
import vbkg.cli, vbkg.ingest, vbkg.stats, vbkg.stores.sqlite, vbkg.loaders, vbkg.queries.search
import importlib, networkx, vbkg.graph.merge, vbkg.extraction.document, vbkg.pipeline
for target in vbkg.cli.COMMANDS.values():  # imported lazily by vbkg: before the user changes
    importlib.import_module("vbkg.commands." + target.split(":")[0])
if os.geteuid() == 0:  # root ignores file modes: become nobody once everything is imported
    os.setgid(65534)
    os.setuid(65534)
sys.argv = ["vbkg", *sys.argv[1:]]
vbkg.cli.main()
"""


def as_other_user(args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run vbkg as an unprivileged user when we are root (root ignores file modes)."""
    return subprocess.run([sys.executable, "-c", _AS_OTHER_USER, *args], cwd="/tmp", capture_output=True,
                          text=True, timeout=120, env={**os.environ, "HOME": "/tmp"})  # fmt: skip


@pytest.fixture
def changed_seed() -> Iterator[str]:
    """A seed with one more line: a load has something to write. Readable by every user."""
    fd, name = tempfile.mkstemp(prefix="vbkg-seed-", suffix=".txt")
    os.write(fd, Path(SEED).read_bytes() + "\nPhụ lục.\n".encode())
    os.close(fd)
    os.chmod(name, 0o644)
    yield name
    os.unlink(name)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A directory the unprivileged user can read (pytest's tmp_path is root's alone)."""
    d = Path(tempfile.mkdtemp(prefix="vbkg-ro-"))
    d.chmod(0o755)
    yield d
    d.chmod(0o755)
    for p in d.iterdir():
        p.unlink()
    d.rmdir()


def test_a_read_only_store_reads_and_refuses_a_load_clearly(seeded: Path, shared_dir: Path,
                                                            changed_seed: str) -> None:  # fmt: skip
    db = copy_of(seeded, shared_dir)
    db.chmod(0o444)
    out = as_other_user(["load", changed_seed, "--store", str(db)])
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert "read-only" in out.stderr and str(db) in out.stderr
    out = as_other_user(["stats", "--store", str(db)])
    assert out.returncode == 0 and "documents 2" in out.stdout, out.stderr


def test_a_store_in_a_read_only_directory_still_answers(seeded: Path, shared_dir: Path,
                                                        changed_seed: str) -> None:  # fmt: skip
    db = copy_of(seeded, shared_dir)
    db.chmod(0o644)
    shared_dir.chmod(0o555)
    out = as_other_user(["stats", "--store", str(db)])
    assert out.returncode == 0 and "documents" in out.stdout, out.stderr
    out = as_other_user(["search", "ket luan", "--store", str(db), "--format", "json"])
    assert out.returncode == 0 and json.loads(out.stdout), out.stderr
    out = as_other_user(["load", changed_seed, "--store", str(db)])
    assert out.returncode == 1 and "Traceback" not in out.stderr and "read-only" in out.stderr, out.stderr


def test_the_graph_is_read_in_one_transaction(seeded: Path, tmp_path: Path) -> None:
    """A load that commits between reading the nodes and the edges does not mix two states."""
    db = copy_of(seeded, tmp_path)
    reader = open_embedded(str(db))
    real_nodes = reader.nodes
    expected = len(reader.edges())

    def nodes_then_a_load(label: str | None = None) -> list[NodeRow]:
        rows = real_nodes(label)
        with sqlite3.connect(db) as other:  # another process's commit
            other.execute("DELETE FROM edges")
        return rows

    reader.nodes = nodes_then_a_load  # type: ignore[method-assign]
    g = reader.graph()
    assert g.number_of_edges() == expected > 0
    reader.close()


def test_readers_during_a_load_see_whole_states(tmp_path: Path) -> None:
    """A load committing one document at a time while another process reads the graph."""
    db = tmp_path / "vbkg.db"
    open_embedded(str(db)).close()
    code = (f"from vbkg.ingest import load; from vbkg.stores import open_embedded\n"
            f"for p in sorted(__import__('pathlib').Path({str(SAMPLES)!r}).glob('*.txt')):\n"
            f"    load(open_embedded({str(db)!r}), [p])\n")  # fmt: skip
    loader = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    reads, sizes = 0, set()
    with open_embedded(str(db)) as reader:
        while loader.poll() is None or reads == 0:
            g = reader.graph()
            reads += 1
            sizes.add(g.number_of_nodes())
            # a node seen only through an edge has no labels: nodes and edges from two states
            assert all(a.get("labels") for _, a in g.nodes(data=True)), (
                "edges from a later state than the nodes"
            )
    assert loader.wait() == 0 and reads > 1


def test_a_file_that_holds_no_document_is_reported_and_skipped(tmp_path: Path) -> None:
    notes = tmp_path / "SOURCES.md"
    notes.write_text(
        "# Where the files come from\n\nCopied from a public repository; see 01-KL/TW for the genre.\n"
    )
    db = tmp_path / "vbkg.db"
    result = run("load", str(notes), SEED, "--store", str(db))
    assert result.exit_code == 0, result.output
    assert f"skipped: {notes}: holds no document" in result.output and "1 not documents" in result.output
    with open_embedded(str(db)) as store:
        assert set(store.known_hashes()) == {SEED}


def test_library_errors_are_store_errors(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    with pytest.raises(StoreError, match="empty file"):
        open_embedded(str(db))


# --- Neo4j URIs: no server needed to refuse these -------------------------------------------


@pytest.mark.parametrize(
    "uri",
    [
        f"bolt://root:{SECRET}@127.0.0.1:9",
        f"bolt://127.0.0.1:9?password={SECRET}",
        f"neo4j://root:{SECRET}@127.0.0.1:9/?password={SECRET}&x=1",
    ],
)
def test_credentials_in_a_uri_never_appear(uri: str) -> None:
    for args in (("stats", "--neo4j", uri), ("cypher", "MATCH (n) RETURN n", "--neo4j", uri),
                 ("load", SEED, "--neo4j", uri), ("push", "--neo4j", uri)):  # fmt: skip
        result = run(*args)
        text = refused(result, "cannot reach Neo4j")
        assert SECRET not in text


@pytest.mark.parametrize(
    ("uri", "phrase"),
    [
        ("http://localhost:7474", "use bolt:// or neo4j://"),
        ("https://user:pw@example.org", "use bolt:// or neo4j://"),
        ("::::", "not a Neo4j URI"),
        ("bolt://", "not a Neo4j URI"),
        ("bolt://host:notaport", "not a Neo4j URI"),
    ],
)
def test_a_wrong_uri_is_one_sentence(uri: str, phrase: str) -> None:
    text = refused(run("stats", "--neo4j", uri), phrase)
    assert "pw@" not in text


# --- Cypher: the checker -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n:X)",
        "LOAD/**/CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "LOAD // comment\n CSV FROM 'x' AS l RETURN l",
        "MATCH (n) SET n.x = 1",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n) CALL { WITH n MERGE (m:Y) } RETURN 1",
        "MATCH (n) FOREACH (x IN [1] | CREATE (:Z))",
        "match (n) remove n.x",
        "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
        "USING PERIODIC COMMIT LOAD CSV FROM 'x' AS l RETURN l",
    ],
)
def test_writes_are_refused_however_they_are_spelt(query: str) -> None:
    refused(run("cypher", query, "--neo4j", "bolt://127.0.0.1:9"), "writes", "--write")


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (d:Document) WHERE d.title CONTAINS 'set' RETURN d.id",
        'MATCH (d:Document) WHERE d.title = "DELETE me" RETURN d.id',
        "MATCH (d:Document) // we never CREATE here\nRETURN d.id",
        "MATCH (d:Document) /* MERGE? no */ RETURN d.id AS `create`",
        "MATCH (d:Document {settled: true}) RETURN d.offset, d.created",
        'MATCH (d:Document) WHERE d.title = "it\'s SET" RETURN d.id',
    ],
)
def test_reads_with_write_words_in_strings_or_comments_pass_the_checker(query: str) -> None:
    from vbkg.stores.cypher_guard import writes

    assert writes(query) is None


@pytest.mark.parametrize(
    ("param", "phrase"),
    [
        ("x=" + "[" * 100_000 + "]" * 100_000, "-p x"),
        ("x=123456789012345678901234567890", "-p x"),
        ("x=1e999", "-p x"),
        ("novalue", "name=value"),
    ],
)
def test_hostile_parameters_are_one_sentence(param: str, phrase: str) -> None:
    result = run("cypher", "RETURN $x", "-p", param, "--neo4j", "bolt://127.0.0.1:9")
    assert result.exit_code in (1, 2) and isinstance(result.exception, SystemExit), repr(result.exception)
    assert phrase in result.output and "Traceback" not in result.output


# --- SPARQL ----------------------------------------------------------------------------------


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: typing.ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Counter.hits.append(self.path)
        body = b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "LEAK"}}]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def listener() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Counter)
    _Counter.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()


def test_sparql_never_reaches_the_network(seeded: Path, listener: str) -> None:
    q = f"SELECT ?x WHERE {{ SERVICE <{listener}> {{ ?x ?p ?o }} }}"
    text = refused(run("sparql", q, "--store", str(seeded)), "SERVICE")
    assert "LEAK" not in text
    q = f"SELECT ?x FROM <{listener}> WHERE {{ ?x ?p ?o }} LIMIT 1"
    result = run("sparql", q, "--store", str(seeded))
    assert "LEAK" not in result.output and "Traceback" not in result.output
    q = f"SELECT ?x WHERE {{ SERVICE SILENT <{listener}> {{ ?x ?p ?o }} }}"
    refused(run("sparql", q, "--store", str(seeded)), "SERVICE")
    assert _Counter.hits == []


def test_every_sparql_form_prints_a_result(seeded: Path) -> None:
    doc = "<https://w3id.org/vbkg/id/kh-46-ldld-2023-ldld-quan-long-bien>"
    result = run("sparql", f"ASK {{ {doc} ?p ?o }}", "--store", str(seeded))
    assert result.exit_code == 0 and result.output.strip() == "true", result.output
    result = run("sparql", "ASK { ?s <urn:nothing> ?o }", "--store", str(seeded), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.output) is False, result.output
    result = run("sparql", f"CONSTRUCT {{ {doc} ?p ?o }} WHERE {{ {doc} ?p ?o }}", "--store", str(seeded))
    assert result.exit_code == 0 and "46/KH-LĐLĐ" in result.output, result.output
    result = run("sparql", f"DESCRIBE {doc}", "--store", str(seeded), "--format", "json")
    assert result.exit_code == 0, result.output
    assert any(t["predicate"].endswith("id_local") for t in json.loads(result.output))
    result = run("sparql", "SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3", "--store", str(seeded))
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output


def test_sparql_has_a_time_limit(seeded: Path) -> None:
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    refused(run("sparql", q, "--store", str(seeded), "--timeout", "1"), "1 s")


def test_a_huge_sparql_query_is_stopped_in_time(seeded: Path) -> None:
    values = ", ".join(f'"v{i}"' for i in range(12_000))  # about 100 KB
    started = time.monotonic()
    result = run("sparql", f"SELECT ?s WHERE {{ ?s ?p ?o FILTER(?o IN ({values})) }}", "--store", str(seeded),
                 "--timeout", "2")  # fmt: skip
    # a guard against a limit that does not fire (the issue saw 223 s), not a speed goal: the
    # 27 s once seen here was the alarm's exception raised inside hypothesis's garbage-collector
    # callback, where Python ignores it; the alarm now rings again until the block ends
    assert time.monotonic() - started < 30
    if result.exit_code:  # a fast machine may answer within the limit
        refused(result, "took longer than 2 s")
    deep = "SELECT * WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(4000)) + " }"
    refused(run("sparql", deep, "--store", str(seeded)), "SPARQL failed")


def test_a_time_limit_whose_first_alarm_is_swallowed_still_stops_the_block() -> None:
    import click

    from vbkg.commands.common import _OutOfTime, time_limit

    swallowed = 0
    deadline = time.monotonic() + 20
    with pytest.raises(click.ClickException, match=r"took longer than 0\.2 s"), time_limit(0.2, "the block"):
        while time.monotonic() < deadline:
            try:
                while time.monotonic() < deadline:
                    pass
            except _OutOfTime:
                if swallowed:
                    raise
                swallowed += 1  # as a garbage-collector callback or a __del__ would
    assert swallowed == 1 and time.monotonic() < deadline


def test_sparql_syntax_error_is_one_sentence(seeded: Path) -> None:
    refused(run("sparql", "SELECT WHERE {", "--store", str(seeded)), "SPARQL")


def test_an_impossible_date_is_a_warning_not_a_traceback(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "vbkg.db"
    with open_embedded(str(db)) as store:
        store.write_graph([NodeRow("kh-1-x-2023", ("Document", "Plan"),
                                   {"id": "kh-1-x-2023", "type": "Plan", "date": "2023-02-29",
                                    "dates_seen": ["2023-02-29"], "loaded": True, "symbol": "1/KH-X"})], [])  # fmt: skip
    for args in (("sparql", "SELECT ?d WHERE { ?d a vbkg:Document }"), ("validate",)):
        out = subprocess.run([sys.executable, "-m", "vbkg", *args, "--store", str(db)], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)  # fmt: skip
        assert "Traceback" not in out.stderr, out.stderr
        assert "2023-02-29" in out.stderr and "impossible date" in out.stderr, out.stderr


@pytest.mark.parametrize(
    ("query", "needed"),
    [
        ("SELECT ?d WHERE { ?d a vbkg:Plan ; eli:ensures_implementation_of ?k }", False),
        ("SELECT (COUNT(*) AS ?n) WHERE { ?d a vbkg:Document }", False),
        ("SELECT ?x ?t WHERE { ?x a ?t }", True),
        ("SELECT ?s WHERE { ?s ?p ?o }", True),
        ("SELECT ?e WHERE { ?e vbkg:sentence ?s }", True),
        ("SELECT ?d WHERE { ?d eli:cites/eli:cites ?x }", True),
        ("SELECT ?d WHERE { ?d a vbkg:Plan FILTER EXISTS { ?e rdf:subject ?d } }", True),
        ("DESCRIBE <https://w3id.org/vbkg/id/kl-1-tw-2021>", True),
    ],
)
def test_evidence_is_built_only_when_a_query_can_see_it(seeded: Path, query: str, needed: bool) -> None:
    from vbkg.ontology.rdf import to_rdf
    from vbkg.ontology.sparql import needs_evidence, prepare, run_sparql

    prepared = prepare(query)
    assert needs_evidence(prepared) is needed
    with open_embedded(str(seeded)) as store:
        g = store.graph()
    full = run_sparql(to_rdf(g), prepared)
    if not needed:
        assert run_sparql(to_rdf(g, evidence_nodes=False), prepared) == full


def test_every_document_class_is_in_the_ontology() -> None:
    """A class missing from the vocabulary made sparql and validate crash on the whole corpus."""
    from vbkg.extraction.codes import TYPE_CLASSES
    from vbkg.ontology import ontology_ttl
    from vbkg.ontology.namespace import VBKG

    for cls in set(TYPE_CLASSES.values()):
        assert cls in VBKG.__annotations__ and f"vbkg:{cls} a owl:Class" in ontology_ttl(), cls
