"""Extraction records written as the JSON contract (docs/json.md), for graph and audit tests.

Written directly rather than extracted, so the tests hold whatever extraction reads.
"""

from __future__ import annotations

import hashlib
from typing import Any


def ident(type_code: str | None, number: str | None, issuer_code: str | None, symbol: str | None,
           year: int | None = None, date: str | None = None, issuer: str | None = None) -> dict[str, Any]:  # fmt: skip
    return {"id": "given-by-extraction", "type": "Document", "type_code": type_code, "number": number,
            "issuer_code": issuer_code, "symbol": symbol, "year": year, "date": date, "issuer": issuer}  # fmt: skip


def record(
    source: str, doc: dict[str, Any], *refs: dict[str, Any], title: str | None = None
) -> dict[str, Any]:
    references = [
        {"relation": "CITES", "section": "body", "mention": str(t["symbol"]), "start": 10 * i, "end": 10 * i + 5,
         "sentence": f"theo {t['symbol']}", "rule": "default_cites", "target": t}
        for i, t in enumerate(refs)
    ]  # fmt: skip
    return {"source": source, "content_hash": hashlib.sha256(source.encode()).hexdigest(), "document": {**doc, "place": None,
            "title": title, "signer": None}, "references": references, "statements": [], "organizations": [],
            "reports_to": [], "recipients": [], "warnings": []}  # fmt: skip


def letter(source: str, number: str, year: int, *refs: dict[str, Any]) -> dict[str, Any]:
    return record(source, ident("CV", number, "TCT-CS", f"{number}/TCT-CS", year, f"{year}-03-01",
                               "Tổng cục Thuế"), *refs)  # fmt: skip
