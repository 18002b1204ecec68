"""Options and helpers shared by the commands."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from ..stores import Store, StoreError, open_store

F = TypeVar("F", bound=Callable[..., Any])

# The Neo4j driver logs each retry of a failing transaction as a warning, which reaches
# stderr through logging's last-resort handler; the CLI reports the failure as one sentence.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

FORMAT = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
    help="table for people, json or csv for programs.",
)  # fmt: skip


def store_options(f: F) -> F:
    """--store PATH (VBKG_STORE) for the embedded store, or --neo4j URI (NEO4J_URI)."""
    f = click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI", metavar="URI",
                     help="Use Neo4j at URI (also NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).")(f)  # fmt: skip
    f = click.option("--store", "store_path", envvar="VBKG_STORE", metavar="PATH",
                     help="Embedded store file (default ./vbkg.db).")(f)  # fmt: skip
    return f


@contextmanager
def opened(store_path: str | None, neo4j_uri: str | None, create: bool = False) -> Iterator[Store]:
    """The store, or a ClickException with the store's one-sentence reason; only loads `create`."""
    try:
        store = open_store(store_path, neo4j_uri, create)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield store
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()


class _OutOfTime(BaseException):
    """Raised by the alarm; a BaseException so that no library's `except Exception` swallows it."""


@contextmanager
def time_limit(seconds: float | None, what: str) -> Iterator[None]:
    """Stop the block after `seconds` with one sentence (main thread only: signals need it)."""
    import signal
    import threading

    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise _OutOfTime

    old = signal.signal(signal.SIGALRM, ring)
    # The alarm rings again every 0.25 s until the block ends: an exception raised where Python
    # ignores it (a garbage-collector callback, a __del__) would otherwise lose the time limit.
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.25)
    try:
        yield
    except _OutOfTime:
        signal.setitimer(signal.ITIMER_REAL, 0)
        raise click.ClickException(
            f"{what} took longer than {seconds:g} s and was stopped; narrow it (LIMIT, fewer patterns) "
            "or raise --timeout"
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


TIMEOUT = click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60, show_default=True,
                       metavar="SECONDS", help="Stop the query after this long.")  # fmt: skip


def emit(rows: list[dict[str, Any]], fmt: str, columns: list[str], title: str | None = None) -> None:
    """Print rows as a rich table, JSON or CSV."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        import csv
        import sys

        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: _cell(r.get(k)) for k in columns})
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for c in columns:
        table.add_column(c)
    for r in rows:
        table.add_row(*(_cell(r.get(c)) for c in columns))
    Console().print(table)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list | tuple):
        return ", ".join(_cell(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)
