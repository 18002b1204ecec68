"""`vbkg load`, `push`, `stats`, `export`, `validate`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..export import FORMATS, write_export
from ..ingest import BATCH_SIZE
from ..ingest import load as load_documents
from ..ingest import push as push_store
from ..pipeline import default_jobs
from ..stats import stats as store_stats
from ..stores import Neo4jConfig, StoreError, open_embedded, open_neo4j
from .common import opened, store_options
from .extract import JOBS


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_options
@click.option("--batch-size", type=click.IntRange(min=1), default=BATCH_SIZE, show_default=True,
              help="Documents per commit; each commit is atomic.")  # fmt: skip
@JOBS
def load(
    paths: tuple[str, ...], store_path: str | None, neo4j_uri: str | None, batch_size: int, jobs: int | None
) -> None:
    """Load documents into the graph (embedded store unless Neo4j is configured).

    Unchanged documents (same content hash of the raw bytes) are skipped without being
    decoded; a changed one replaces its own facts; a bad file (or JSONL line) fails alone and
    is named, and the rest is loaded. Documents are committed in batches, each atomically.
    Exit status 1 when some input failed. Limits: docs/loading.md.

    \b
    Example:
      vbkg load samples/
      vbkg load ../shared/corpus/ --store corpus.db
      vbkg load samples/ --neo4j bolt://localhost:7687
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ..loaders import count_documents

    columns = (BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), TextColumn("{task.description}"))
    console = Console(stderr=True)  # the bar is for people: none when stderr is a file or a pipe
    with (
        opened(store_path, neo4j_uri, create=True) as store,
        Progress(*columns, transient=True, console=console, disable=not console.is_terminal) as bar,
    ):
        task = bar.add_task("", total=count_documents(paths) if console.is_terminal else None)
        summary = load_documents(
            store, paths, progress=lambda src: bar.update(task, advance=1, description=src[-50:]),
            batch_size=batch_size, jobs=jobs or default_jobs(),
        )  # fmt: skip
    for source, problem in summary.failed:
        click.echo(f"error: {source}: {problem}", err=True)
    for source in summary.not_documents:
        click.echo(f"skipped: {source}: holds no document (no number, type, issuer, date or title)", err=True)
    click.echo(
        f"{summary.loaded} loaded, {summary.skipped} skipped (unchanged), {len(summary.failed)} failed"
        + (f", {len(summary.not_documents)} not documents" if summary.not_documents else "")
        + "; "
        f"nodes {summary.nodes_after} ({summary.nodes_added:+d}), edges {summary.edges_after} ({summary.edges_added:+d}) "
        f"in {store.name} store"
    )
    if summary.failed:
        sys.exit(1)


@click.command()
@click.option(
    "--store", "store_path", envvar="VBKG_STORE", metavar="PATH", help="Embedded store to copy from."
)
@click.option(
    "--neo4j", "neo4j_uri", envvar="NEO4J_URI", metavar="URI", required=True, help="Neo4j to copy into."
)
def push(store_path: str | None, neo4j_uri: str) -> None:
    """Copy the embedded store into Neo4j (records and graph; only differences are written).

    \b
    Example:
      NEO4J_PASSWORD=secret vbkg push --store vbkg.db --neo4j bolt://localhost:7687
    """
    try:
        config = Neo4jConfig.from_env(neo4j_uri)
        assert config is not None
        with open_neo4j(config) as target, open_embedded(store_path, create=False) as source:
            nodes, edges = push_store(source, target)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"pushed to {config.uri}: {nodes} nodes, {edges} edges")


@click.command()
@store_options
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(store_path: str | None, neo4j_uri: str | None, fmt: str) -> None:
    """Counts by label and relationship, stubs (cited, not loaded), warnings.

    \b
    Example:
      vbkg stats
      vbkg stats --format json
    """
    with opened(store_path, neo4j_uri) as store:
        s = store_stats(store)
    if fmt == "json":
        click.echo(json.dumps(s, ensure_ascii=False, indent=2))
        return
    click.echo(f"documents {s['documents']} ({s['numbered']} numbered, {len(s['unnumbered'])} without a number); "
               f"loaded {s['loaded']}, stubs {s['stubs']}")  # fmt: skip
    click.echo("labels: " + ", ".join(f"{k} {v}" for k, v in s["labels"].items()))
    click.echo("relationships: " + ", ".join(f"{k} {v}" for k, v in s["relationships"].items()))
    if s["unnumbered"]:
        more = (
            f" … and {len(s['unnumbered']) - 20} more (--format json lists all)"
            if len(s["unnumbered"]) > 20
            else ""
        )
        click.echo("documents without a number: " + ", ".join(s["unnumbered"][:20]) + more)
    if s["date_conflicts"]:
        click.echo("date conflicts: " + ", ".join(s["date_conflicts"]))
    click.echo("warnings: " + (", ".join(f"{k} {v}" for k, v in s["warnings"].items()) or "none"))


@click.command()
@click.option(
    "--format", "fmt", type=click.Choice([*FORMATS, "neo4j-admin"]), default="ttl", show_default=True
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path),
    help="File (a directory for csv and neo4j-admin); default stdout.",
)  # fmt: skip
@store_options
def export(fmt: str, output: Path | None, store_path: str | None, neo4j_uri: str | None) -> None:
    """Export the graph as RDF (ttl, jsonld, nt: ELI and W3C ORG terms), GraphML or CSV, or as
    the CSV files and command of neo4j-admin's bulk import (a first load of millions).

    \b
    Example:
      vbkg export --format ttl -o graph.ttl
      vbkg export --format csv -o out/
      vbkg export --format neo4j-admin -o import/ && sh import/import.sh
    """
    if fmt == "neo4j-admin":
        from ..neo4j_import import write_import

        if output is None:
            raise click.UsageError("--format neo4j-admin writes several files: give a directory with -o")
        with opened(store_path, neo4j_uri) as store:
            counts = write_import(store, output)
        for name, n in counts.items():
            click.echo(f"{output / name}: {n:,} rows", err=True)
        click.echo(f"then, on the Neo4j server: sh {output / 'import.sh'}", err=True)
        return
    with opened(store_path, neo4j_uri) as store:
        text = write_export(store.graph(), fmt, output)
    if text is not None:
        click.echo(text, nl=False)


@click.command()
@click.option("--file", "rdf_file", type=click.Path(exists=True, path_type=Path),
              help="Validate this RDF file (Turtle) instead of a store.")  # fmt: skip
@store_options
def validate(rdf_file: Path | None, store_path: str | None, neo4j_uri: str | None) -> None:
    """Check the graph's RDF view against the SHACL shapes; list every violation.

    Exit status 1 when the graph does not conform.

    \b
    Example:
      vbkg validate
      vbkg validate --file graph.ttl
    """
    import time

    from rdflib import Graph

    from ..ontology.rdf import to_rdf
    from ..ontology.rdf import validate as shacl

    started = time.monotonic()

    def step(message: str) -> None:  # progress on stderr: stdout stays the report
        click.echo(f"[{time.monotonic() - started:5.1f} s] {message}", err=True)

    inference = "none"  # the RDF view states every class the shapes name; a file may not
    if rdf_file is not None:
        inference = "rdfs"
        step(f"reading {rdf_file}")
        try:
            data = Graph().parse(rdf_file, format="turtle")
        except Exception as exc:  # rdflib's parsers raise several types
            raise click.ClickException(
                f"{rdf_file} is not valid Turtle: {' '.join(str(exc).split())[:300]}"
            ) from None
    else:
        step("reading the store")
        with opened(store_path, neo4j_uri) as store:
            g = store.graph()
        step(f"building the RDF view of {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
        data = to_rdf(g, warn=lambda m: click.echo(f"warning: {m}", err=True))
    step(f"checking {len(data)} triples against the SHACL shapes")
    conforms, violations = shacl(data, inference)
    step("done")
    for v in violations:
        click.echo(f"violation: {v['focus']} {v['path']}: {v['message']}")
    click.echo("conforms" if conforms else f"{len(violations)} violation(s)")
    if not conforms:
        sys.exit(1)
