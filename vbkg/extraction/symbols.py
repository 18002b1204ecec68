"""A matched symbol to its parts: type code, number, issuer code, year, normalised form."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .codes import AMBIGUOUS_TYPE_CODES, CANONICAL_CODE, TYPE_CLASSES, canonical_code

_KNOWN_CODES = frozenset(CANONICAL_CODE.values())


@dataclass(frozen=True)
class ParsedSymbol:
    number: str
    type_code: str | None
    issuer_code: str | None
    year: int | None
    symbol: str


def _segments(codes: str) -> list[str]:
    return [canonical_code(s) for s in re.split(r"\s*-\s*", codes.strip()) if s]


def parse_symbol(m: re.Match[str], words_code: str | None) -> ParsedSymbol:
    """Interpret a SYMBOL match; `words_code` is the type the words before it name."""
    number = m.group("number")
    if m.group("legal"):
        year = int(m.group("year"))
        segs = _segments(m.group("legal"))
        if len(segs) > 1 and segs[0] in TYPE_CLASSES:
            type_code: str | None = segs[0]
            issuer = "-".join(segs[1:])
            symbol = f"{number}/{year}/{type_code}-{issuer}"
        else:
            issuer = "-".join(segs)
            # 38/2019/QH14 with no words is a law; "Nghị quyết số 98/2023/QH15" a resolution
            type_code = words_code or ("L" if issuer.startswith("QH") else None)
            symbol = f"{number}/{year}/{issuer}"
        return ParsedSymbol(number, type_code, issuer, year, symbol)
    if m.group("ptype"):
        type_code = canonical_code(m.group("ptype"))
        issuer = "-".join(_segments(m.group("pissuer")))
        return ParsedSymbol(number, type_code, issuer, None, f"{number}-{type_code}/{issuer}")
    segs = _segments(m.group("state"))
    first = segs[0]
    typed = first in TYPE_CLASSES and len(segs) > 1
    if typed and first in AMBIGUOUS_TYPE_CODES:
        # "32/CT-TTg" is a directive; "1234/CT-TTHT" a letter from a tax department
        typed = words_code == first or segs[1] in _KNOWN_CODES
    if typed:
        issuer = "-".join(segs[1:])
        return ParsedSymbol(number, first, issuer, None, f"{number}/{first}-{issuer}")
    issuer = "-".join(segs)
    type_code = words_code if words_code and words_code != "CV" else "CV"
    return ParsedSymbol(number, type_code, issuer, None, f"{number}/{issuer}")
