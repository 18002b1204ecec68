"""Data-quality report for analysts: what in the graph may be wrong, and why it looks so.

Written over the stores' read primitives (`nodes`, `edges`, `records`), so both stores answer
alike. Each finding is one row: `check`, `subject` (a node id or a source), `detail` (the
reason in words) and `related` (candidate or partner node ids, a cycle's members).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx

from ..extraction.identity_key import UNTYPED, DocKey, fits, fold_code, key_of, symbol_has_type, term_years
from ..graph.schema import DOCUMENT_RELATIONS, Label, Rel
from ..stores import NodeRow, Store
from .errors import QueryError

Row = dict[str, Any]
CHECKS = (
    "suspected_duplicate",
    "ambiguous_mention",
    "cites_newer",
    "date_conflict",
    "unresolved_short_form",
    "rejected_organization",
    "reporting_cycle",
)
MAX_CYCLES = 500  # a dense tangle has exponentially many; the first ones show where it is


def _row(check: str, subject: str, detail: str, related: Iterable[str] = ()) -> Row:
    return {"check": check, "subject": subject, "detail": detail, "related": sorted(set(related))}


def _typed_in_symbol(p: dict[str, Any]) -> bool:
    return bool(p.get("symbol")) and symbol_has_type(p.get("symbol"), p.get("type_code"))


def suspected_duplicates(docs: list[NodeRow]) -> list[Row]:
    """Nodes that may be one document: equal folded keys, a type only words gave, a year missing."""
    keyed = [(n, key_of(n.props)) for n in docs if n.props.get("number")]
    by_place: dict[tuple[str, str, int | None, str | None], list[tuple[NodeRow, DocKey]]] = defaultdict(list)
    for n, k in keyed:
        by_place[(k.base.number, k.base.code, k.year, k.scope)].append((n, k))
    rows: list[Row] = []
    for group in by_place.values():
        group.sort(key=lambda nk: nk[0].id)
        for i, (a, ka) in enumerate(group):
            for b, kb in group[i + 1 :]:
                codes = f"{a.props.get('symbol') or a.id} and {b.props.get('symbol') or b.id}"
                if ka.base.type == kb.base.type:
                    rows.append(
                        _row("suspected_duplicate", a.id, f"same key once codes are folded: {codes}", [b.id])
                    )
                elif UNTYPED in (ka.base.type, kb.base.type) or not (
                    _typed_in_symbol(a.props) and _typed_in_symbol(b.props)
                ):
                    rows.append(_row("suspected_duplicate", a.id,
                                     f"same number, issuer code and year; the type of one comes from words only: "
                                     f"{codes}", [b.id]))  # fmt: skip
    rows += _same_card(docs)
    complete: dict[Any, list[tuple[NodeRow, DocKey]]] = defaultdict(list)
    for n, k in keyed:
        if k.complete:
            complete[k.base].append((n, k))
    for n, k in keyed:
        if k.complete or n.props.get("ambiguous"):
            continue
        fit = [m for m, mk in complete.get(k.base, []) if fits(k, mk)]
        if len(fit) == 1:
            missing = "year" if k.year is None else "issuing body"
            rows.append(_row("suspected_duplicate", n.id,
                             f"no {missing}; one document fits it but is newer than the texts citing it",
                             [fit[0].id]))  # fmt: skip
    return rows


def _same_card(docs: list[NodeRow]) -> list[Row]:
    """Loaded texts without a number that read alike on their card but not word for word."""
    groups: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for n in docs:
        p = n.props
        if p.get("loaded") and not p.get("number"):
            groups[(p.get("type_code"), p.get("issuer"), p.get("date"), p.get("title"))].append(n.id)
    return [
        _row(
            "suspected_duplicate",
            ids[0],
            f"{len(ids)} texts without a number, one type, issuer, date and title: "
            "versions of one document, or different documents",
            ids[1:],
        )
        for ids in (sorted(g) for g in groups.values())
        if len(ids) > 1
    ]


def ambiguous_mentions(docs: list[NodeRow]) -> list[Row]:
    return [
        _row(
            "ambiguous_mention",
            n.id,
            f"{n.props.get('symbol') or n.id} without a year or issuing body; {len(n.props['candidates'])} "
            f"documents fit, kept apart",
            n.props["candidates"],
        )
        for n in docs
        if n.props.get("candidates")
    ]


def _when(p: dict[str, Any]) -> str | None:
    return str(p["date"]) if p.get("date") else (str(p["year"]) if p.get("year") else None)


def cites_newer(store: Store, by_id: dict[str, NodeRow]) -> list[Row]:
    """A document naming one issued after it: a wrong date, year or identity on one side."""
    rows = []
    for e in store.edges(types=[str(r) for r in DOCUMENT_RELATIONS]):
        src, dst = by_id.get(e.src), by_id.get(e.dst)
        if src is None or dst is None or not src.props.get("loaded"):
            continue
        a, b = _when(src.props), _when(dst.props)
        if a is None or b is None:
            continue
        n = min(len(a), len(b))  # a year against a date compares years
        if b[:n] > a[:n]:
            rows.append(_row("cites_newer", e.src, f"{e.type} {dst.props.get('symbol') or e.dst} dated {b}, "
                             f"itself dated {a}", [e.dst]))  # fmt: skip
    return rows


def date_conflicts(docs: list[NodeRow]) -> list[Row]:
    """Several dates for one document, or a year outside the term its code prints (QH14: 2016-2021)."""
    rows = [
        _row("date_conflict", n.id, "dates seen: " + ", ".join(n.props.get("dates_seen") or []))
        for n in docs
        if n.props.get("date_conflict")
    ]
    for n in docs:
        year, term = n.props.get("year"), term_years(fold_code(n.props.get("issuer_code")))
        if year and term and not term[0] <= int(year) <= term[1]:
            rows.append(_row("date_conflict", n.id, f"year {year} outside the term of {n.props.get('issuer_code')} "
                             f"({term[0]}-{term[1]})"))  # fmt: skip
    return rows


def warnings_of(store: Store, kind: str) -> list[Row]:
    """Extraction warnings of one kind, each with the source and offset it was raised at."""
    rows = []
    for record in store.records():
        for w in record.get("warnings", []):
            if w.get("kind") == kind:
                where = f"{record['source']}@{w['start']}" if w.get("start") is not None else record["source"]
                rows.append(_row(kind, where, str(w.get("message") or "")))
    return rows


def reporting_cycles(store: Store, limit: int = MAX_CYCLES) -> list[Row]:
    """Organizations that, through REPORTS_TO, report to themselves."""
    g = nx.DiGraph((e.src, e.dst) for e in store.edges(types=[Rel.REPORTS_TO]))
    rows: list[Row] = []
    for cycle in nx.simple_cycles(g):
        if len(rows) >= limit:
            rows.append(_row("reporting_cycle", "…", f"more cycles not listed (limit {limit})"))
            break
        start = cycle.index(min(cycle))
        cycle = cycle[start:] + cycle[:start]
        rows.append(_row("reporting_cycle", cycle[0], " → ".join([*cycle, cycle[0]]), cycle))
    return sorted(rows, key=lambda r: (r["subject"] == "…", r["detail"]))


def audit(store: Store, checks: Iterable[str] = CHECKS) -> list[Row]:
    """Every finding of the checks asked for, grouped by check in CHECKS order."""
    docs = sorted(store.nodes(Label.DOCUMENT), key=lambda n: n.id)
    by_id = {n.id: n for n in docs}
    run: dict[str, Callable[[], list[Row]]] = {
        "suspected_duplicate": lambda: suspected_duplicates(docs),
        "ambiguous_mention": lambda: ambiguous_mentions(docs),
        "cites_newer": lambda: cites_newer(store, by_id),
        "date_conflict": lambda: date_conflicts(docs),
        "unresolved_short_form": lambda: warnings_of(store, "unresolved_short_form"),
        "rejected_organization": lambda: warnings_of(store, "rejected_organization"),
        "reporting_cycle": lambda: reporting_cycles(store),
    }
    wanted = set(checks)
    unknown = wanted - set(CHECKS)
    if unknown:
        raise QueryError(f"unknown check(s): {', '.join(sorted(unknown))}; known: {', '.join(CHECKS)}")
    rows: list[Row] = []
    for check in CHECKS:
        if check in wanted:
            rows.extend(sorted(run[check](), key=lambda r: (r["subject"], r["detail"])) if check != "reporting_cycle"
                        else run[check]())  # fmt: skip
    return rows
