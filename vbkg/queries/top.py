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

    Ties go to the document whose text is loaded, then by id, so both stores rank alike.
    """
    sources: dict[str, set[str]] = {}
    by_rel: dict[str, dict[str, int]] = {}
    for e in store.edges(types=list(rels)):
        if e.src == e.dst:
            continue
        sources.setdefault(e.dst, set()).add(e.src)
        per = by_rel.setdefault(e.dst, {})
        per[e.type] = per.get(e.type, 0) + 1
    docs = {n.id: n for n in store.nodes(Label.DOCUMENT)}
    ranked = sorted(
        (i for i in sources if i in docs and _keep(docs[i], doc_class, issuer, year)),
        key=lambda i: (-len(sources[i]), not docs[i].props.get("loaded"), i),
    )
    rows = []
    for rank, i in enumerate(ranked[:limit] if limit else ranked, 1):
        rows.append({"rank": rank, "count": len(sources[i]), **summary(docs[i]), "by_relation": by_rel[i]})
    return rows
