"""`vbkg extract`."""

from __future__ import annotations

import sys

import click

from ..extraction import DocumentRecord
from ..loaders import LoaderError
from ..pipeline import default_jobs, extract_json_parallel, extract_paths_parallel

JOBS = click.option("--jobs", type=click.IntRange(min=1), default=None, metavar="N",
                    help="Processes extracting documents (default: every core).")  # fmt: skip


def _print_table(records: list[DocumentRecord]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for rec in records:
        d = rec.document.identity
        head = f"[bold]{rec.source}[/bold]  {d.type} {d.symbol or '(no number)'}  {d.date or '?'}  {d.issuer or '?'}"
        table = Table(title=head, title_justify="left")
        for col in ("relation", "section", "target", "year", "issuer", "mention"):
            table.add_column(col)
        for ref in rec.references:
            t = ref.target
            table.add_row(ref.relation, ref.evidence.section, t.symbol or t.id, str(t.year or ""),
                          t.issuer or "", ref.mention)  # fmt: skip
        console.print(table)
        for s in rec.statements:
            console.print(f"  statement: {s.source.symbol} {s.relation} {s.target.symbol}")
        for r in rec.reports_to:
            console.print(f"  reports to: {r.from_} → {r.to}")
        for w in rec.warnings:
            console.print(f"  [yellow]warning[/yellow] {w.kind}: {w.message}")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True,
    help="table for people; json (one array) or jsonl (one object a line, streamed) for programs.",
)  # fmt: skip
@JOBS
def extract(paths: tuple[str, ...], fmt: str, jobs: int | None) -> None:
    """Extract identity, references, statements and organizations from documents.

    PATHS are files (.txt .md .docx .pdf .html .jsonl) or directories, read recursively.
    Exit status: 0 when every file was read, 1 when some failed (each named on stderr).

    \b
    Example:
      vbkg extract samples/000_e3178d03b91e3a28.txt --format json
      vbkg extract ../shared/corpus/genre_party_plan_documents.jsonl --format jsonl
    """
    failed = 0
    records: list[DocumentRecord] = []
    first = True
    out = sys.stdout
    if fmt == "json":
        out.write("[")
    jobs = jobs or default_jobs()
    # JSON is made where the record is (a worker with --jobs): the text is cheaper to send back
    items = extract_paths_parallel(paths, jobs) if fmt == "table" else extract_json_parallel(paths, jobs)
    for item in items:
        if isinstance(item, LoaderError):
            failed += 1
            click.echo(f"error: {item}", err=True)
        elif isinstance(item, str):
            out.write((("\n" if first else ",\n") + item) if fmt == "json" else item + "\n")
            first = False
        else:
            records.append(item)
    if fmt == "json":
        out.write("\n]\n")
    elif fmt == "table":
        _print_table(records)
    out.flush()
    if failed:
        click.echo(f"{failed} input(s) failed", err=True)
        sys.exit(1)
