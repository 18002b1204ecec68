"""Property values as Neo4j holds them, and back to the one form every store answers with.

Neo4j gets what Cypher can filter without APOC:
- a document's `date` and `dates_seen` as native `date` values
  (`WHERE d.date >= date('2025-01-01')`, `d.date.year`); a date that is not a real calendar
  day stays text, as extracted;
- beside an edge's `evidence` (JSON text: the one form every store returns), its parts as
  parallel lists, one entry per evidence in the same order: `evidence_sources`,
  `evidence_sentences`, `evidence_rules`, `evidence_kinds`, `evidence_starts`, `evidence_ends`
  (`WHERE any(s IN e.evidence_sentences WHERE s CONTAINS 'Căn cứ')`). Neo4j lists hold no
  null, so a missing text is "" and a missing offset -1.

Reads turn dates back into ISO text and drop the lists, so both stores give the same rows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any

DATE_PROPS = ("date",)
DATE_LIST_PROPS = ("dates_seen",)
EVIDENCE_LISTS = {  # property -> (evidence field, value for a missing one)
    "evidence_sources": ("source", ""),
    "evidence_sentences": ("sentence", ""),
    "evidence_rules": ("rule", ""),
    "evidence_kinds": ("kind", ""),
    "evidence_starts": ("start", -1),
    "evidence_ends": ("end", -1),
}


def _date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _text(value: Any) -> Any:
    iso = getattr(value, "iso_format", None)  # neo4j.time.Date; ArcadeDB answers the same type
    if iso is not None:
        return iso()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _dates(props: Mapping[str, Any], convert: Callable[[Any], Any]) -> dict[str, Any]:
    """`props` with each date, and each date list, converted; a list holds one type, so one
    that does not convert whole stays as it was."""
    out = dict(props)
    for k in DATE_PROPS:
        if k in out:
            out[k] = convert(out[k])
    for k in DATE_LIST_PROPS:
        if isinstance(out.get(k), list):
            values = [convert(v) for v in out[k]]
            out[k] = values if len({type(v) for v in values}) <= 1 else out[k]
    return out


def node_props(props: Mapping[str, Any]) -> dict[str, Any]:
    return _dates(props, _date)


def edge_props(props: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(props)
    raw = props.get("evidence")
    evidence = json.loads(raw) if isinstance(raw, str) else []
    for name, (field, missing) in EVIDENCE_LISTS.items():
        values = [e.get(field) for e in evidence]
        out[name] = [missing if v is None else v for v in values]
    return out


def read_node_props(props: Mapping[str, Any]) -> dict[str, Any]:
    return _dates(props, _text)


def read_edge_props(props: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if k not in EVIDENCE_LISTS}


def plain(value: Any) -> Any:
    """An analyst's Cypher result with temporal values as ISO text (JSON, CSV and tables print it)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return _text(value)
