"""What a REF's parts (type, number, issuer, year) match on a document node, and the keys stores index.

One definition for every store: the scan in the base class, the SQLite `doc_refs` table and
the Neo4j lookup all filter with `matches`, so their answers are the same.
"""

from __future__ import annotations

from typing import Any

from ..extraction.identity_key import UNTYPED, fold_code, number_key, type_key
from .rows import NodeRow

RefKeys = tuple[str, str, str, int | None]  # (number key, type key, folded issuer code, year)


def ref_keys(props: dict[str, Any]) -> RefKeys:
    """The keys of a document node's properties, as `matches` compares them."""
    year = props.get("year")
    return (
        number_key(str(props.get("number") or "")),
        type_key(props.get("type_code"), props.get("symbol")),
        fold_code(props.get("issuer_code")),
        year if isinstance(year, int) and year else None,
    )


def matches(
    n: NodeRow, type_code: str | None, number: str | None, issuer_code: str | None, year: int | None
) -> bool:
    p = n.props
    if number is None or number_key(str(p.get("number") or "")) != number_key(number):
        return False
    if type_code and type_key(p.get("type_code"), p.get("symbol")) not in (type_key(type_code), UNTYPED):
        return False  # a symbol printed without a type (38/2019/QH14) is that document whatever its word
    if issuer_code and fold_code(p.get("issuer_code")) != fold_code(issuer_code):
        return False
    return not (year and p.get("year") and p.get("year") != year)
