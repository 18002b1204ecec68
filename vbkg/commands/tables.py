"""Tables that read at 80 columns: identifiers whole, long text wrapped to a few lines, the
least needed columns dropped (and named) when the terminal is too narrow for the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import click

from .common import _cell, emit

TEXT_LINES = 3  # a title or evidence cell wraps to at most this many lines
MIN_TEXT = 24  # below this a text column is not worth showing


@dataclass(frozen=True)
class Col:
    """A column: `key` cells (ids, symbols, dates) are never cut; `text` cells wrap; `drop` is the
    order in which columns go when the terminal is narrow (higher goes first, 0 never)."""

    name: str
    text: bool = False
    drop: int = 0
    # For text cells: the cell for a row given the characters it has room for (an evidence
    # window narrows around the mention rather than losing it off the end).
    fit: Callable[[dict[str, Any], int], str] | None = None


def _cut(text: str, width: int, lines: int = TEXT_LINES) -> str:
    room = width * lines
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"


def table(
    rows: list[dict[str, Any]], fmt: str, cols: Sequence[Col], title: str | None = None,
    width: int | None = None,
) -> None:  # fmt: skip
    """Print rows as JSON, flat CSV (every column, whole) or a table fitted to the terminal."""
    if fmt != "table":
        emit(rows, fmt, [c.name for c in cols], title)
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(width=width) if width else Console()
    total = console.width
    if rows:  # a column empty in every row says nothing: it goes before any other
        cols = [c for c in cols if any(r.get(c.name) not in (None, "", [], {}) for r in rows)]
    cells = [[_cell(r.get(c.name)) for c in cols] for r in rows]
    need = {c.name: max([len(c.name), *(len(row[i]) for row in cells)]) for i, c in enumerate(cols)}
    shown = list(cols)
    dropped: list[str] = []

    def width_of(columns: list[Col]) -> int:
        keys = sum(min(need[c.name], total // 3) for c in columns if not c.text)
        texts = sum(min(need[c.name], MIN_TEXT) for c in columns if c.text)
        return keys + texts + 3 * len(columns) + 1  # rich's padding and borders

    for c in sorted((c for c in cols if c.drop), key=lambda c: -c.drop):
        if width_of(shown) <= total:
            break
        shown.remove(c)
        dropped.append(c.name)
    text_cols = [c for c in shown if c.text]
    spare = total - width_of([c for c in shown if not c.text]) - 3 * len(text_cols)
    text_width = max(MIN_TEXT, spare // max(1, len(text_cols)))
    tbl = Table(title=title, title_justify="left", expand=False)
    for c in shown:
        if c.text:
            tbl.add_column(c.name, overflow="fold", max_width=text_width)
        else:
            # whole up to a third of the width; a longer id folds onto more lines, never loses characters
            width = min(need[c.name], total // 3)
            tbl.add_column(c.name, overflow="fold", min_width=width, max_width=width)
    index = {c.name: i for i, c in enumerate(cols)}
    room = text_width * TEXT_LINES
    for r, row in zip(rows, cells, strict=True):
        tbl.add_row(*(
            (c.fit(r, room) if c.fit else _cut(row[index[c.name]], text_width)) if c.text else row[index[c.name]]
            for c in shown
        ))  # fmt: skip
    console.print(tbl)
    if dropped:
        import textwrap

        note = f"({', '.join(dropped)} left out to fit {total} columns; --format csv has every column)"
        click.echo(textwrap.fill(note, width=total))
