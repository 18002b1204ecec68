"""REF as users type it: "01-KL/TW", "Kết luận 01", "KL 01/2021", "ket luan so 01", a node id."""

from __future__ import annotations

import re

from ..extraction.codes import CANONICAL_CODE, TYPE_WORDS, canonical_code
from ..extraction.gazetteer import fold
from ..extraction.patterns import SYMBOL
from ..extraction.symbols import parse_symbol
from ..stores import NodeRow, Store
from .docs import summary
from .errors import QueryError

_CODE_THEN_NUMBER = re.compile(
    r"^\s*([A-Za-zĐđ]{1,5})\s*\.?\s*(?:số\s*)?(\d{1,5})(?:\s*/\s*((?:19|20)\d\d))?\s*$"
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_NUMBER = re.compile(r"\b(\d{1,5})\b")
_FOLDED_WORDS = sorted(TYPE_WORDS, key=len, reverse=True)


def parse_ref(ref: str) -> tuple[str | None, str | None, str | None, int | None]:
    """(type code, number, issuer code, year) that REF names; None where it does not say."""
    m = SYMBOL.search(ref)
    if m:
        p = parse_symbol(m, None)
        rest = ref[: m.start()] + ref[m.end() :]
        year = p.year or (int(y.group(1)) if (y := _YEAR.search(rest)) else None)
        return p.type_code, p.number, p.issuer_code, year
    short = _CODE_THEN_NUMBER.match(ref)
    if short and canonical_code(short.group(1)) in CANONICAL_CODE.values():
        year = int(short.group(3)) if short.group(3) else None
        return canonical_code(short.group(1)), short.group(2), None, year
    folded = fold(ref)
    code = next((TYPE_WORDS[w] for w in _FOLDED_WORDS if folded.startswith(w)), None)
    year_m = _YEAR.search(folded)
    year = int(year_m.group(1)) if year_m else None
    numbers = [n for n in _NUMBER.findall(folded) if not (year_m and n == year_m.group(1))]
    return code, numbers[0] if numbers else None, None, year


def resolve_ref(store: Store, ref: str) -> NodeRow:
    """The one document REF names; QueryError listing the candidates when it names several."""
    exact = store.node(ref.strip())
    if exact is not None:
        return exact
    type_code, number, issuer_code, year = parse_ref(ref)
    if number is None:
        raise QueryError(f"{ref!r} names no document number; try `vbkg search {ref!r}`")
    found = store.documents_referenced(type_code, number, issuer_code, year)
    if len(found) == 1:
        return found[0]
    if not found:
        raise QueryError(f"no document matches {ref!r}")
    raise QueryError(f"{ref!r} is ambiguous: {len(found)} documents match", [summary(n) for n in found])
