"""Counts a user checks after a load: labels, relationships, stubs, warnings."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .graph.schema import Label
from .stores import Store


def stats(store: Store) -> dict[str, Any]:
    grouped = store.grouped_stats()
    return grouped if grouped is not None else scanned_stats(store)


def scanned_stats(store: Store) -> dict[str, Any]:
    """The same counts from every node, edge and record (a store that cannot group them itself)."""
    docs = store.nodes(Label.DOCUMENT)
    labels: Counter[str] = Counter()
    for n in store.nodes():
        labels.update(n.labels)
    rels = Counter(e.type for e in store.edges())
    warnings: Counter[str] = Counter()
    for record in store.records():
        warnings.update(w["kind"] for w in record.get("warnings", []))
    return {
        "documents": len(docs),
        "numbered": sum(1 for d in docs if d.props.get("number")),
        "unnumbered": sorted(d.id for d in docs if not d.props.get("number")),
        "loaded": sum(1 for d in docs if d.props.get("loaded")),
        "stubs": sum(1 for d in docs if not d.props.get("loaded")),
        "labels": dict(sorted(labels.items())),
        "relationships": dict(sorted(rels.items())),
        "date_conflicts": sorted(d.id for d in docs if d.props.get("date_conflict")),
        "warnings": dict(sorted(warnings.items())),
    }
