"""The most cited, implemented or based-on documents: who the archive leans on.

Counts distinct documents pointing at each document over one or more relations, with the
class, issuer and year filters of `vbkg docs` applied to the document pointed at.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..extraction.gazetteer import fold
from ..graph.schema import Label
from ..stores import NodeRow, Store
from .docs import summary


def _keep(n: NodeRow, doc_class: str | None, issuer: str | None, year: int | None) -> bool:
    p = n.props
    if doc_class and fold(doc_class) not in (fold(str(p.get("type"))), fold(str(p.get("type_code")))):
        return False
    if issuer and fold(issuer) not in fold(str(p.get("issuer") or "")):
        return False
    return year is None or p.get("year") == year


def top(
    store: Store, rels: Sequence[str], doc_class: str | None = None, issuer: str | None = None,
    year: int | None = None, limit: int | None = 20,
) -> list[dict[str, Any]]:  # fmt: skip
    """Documents ranked by how many distinct documents point at them over `rels`.

    Ties go to the document whose text is loaded, then by id, so both stores rank alike. The
    store counts (Store.in_degrees); only the documents shown are read, a count at a time.
    """
    levels: dict[int, list[str]] = {}
    for dst, count in store.in_degrees(rels):
        levels.setdefault(count, []).append(dst)
    rows: list[dict[str, Any]] = []
    for count in sorted(levels, reverse=True):
        kept = [n for i in levels[count] if (n := store.node(i)) is not None
                and Label.DOCUMENT in n.labels and _keep(n, doc_class, issuer, year)]  # fmt: skip
        for n in sorted(kept, key=lambda n: (not n.props.get("loaded"), n.id)):
            if limit and len(rows) >= limit:
                return rows
            rows.append({"rank": len(rows) + 1, "count": count, **summary(n),
                         "by_relation": store.relation_counts(n.id, rels)})  # fmt: skip
    return rows
