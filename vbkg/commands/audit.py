"""`vbkg audit`: the data-quality report."""

from __future__ import annotations

import json
from collections import Counter

import click

from ..queries import QueryError
from ..queries.audit import CHECKS, audit
from .common import FORMAT, emit, opened, store_options


@click.command("audit")
@click.option("--check", "checks", multiple=True, type=click.Choice(CHECKS),
              help="Run only this check (repeat for several); default all.")  # fmt: skip
@FORMAT
@store_options
def audit_cmd(checks: tuple[str, ...], fmt: str, store_path: str | None, neo4j_uri: str | None) -> None:
    """What in the graph may be wrong: one row per finding, with the reason.

    Checks: suspected duplicates (equal keys once codes are folded, a type known from words
    only, a missing year one document fits), ambiguous mentions with their candidates,
    documents citing newer documents, date conflicts, unresolved short forms, rejected
    organization names, REPORTS_TO cycles.

    \b
    Example:
      vbkg audit
      vbkg audit --check ambiguous_mention --format json
      vbkg audit --store corpus.db --format csv > audit.csv
    """
    with opened(store_path, neo4j_uri) as store:
        try:
            rows = audit(store, checks or CHECKS)
        except QueryError as exc:
            raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if fmt == "table":
        for r in rows:
            detail = r["detail"]
            r["detail"] = detail if len(detail) <= 110 else detail[:109] + "…"  # json and csv keep it whole
        counts = Counter(r["check"] for r in rows)
        title = "Audit: " + (", ".join(f"{k} {v}" for k, v in counts.items()) or "nothing found")
        emit(rows, fmt, ["check", "subject", "detail", "related"], title=title)
        return
    emit(rows, fmt, ["check", "subject", "detail", "related"])
