"""Stable, readable document ids derived from identity.

`kl-01-tw-2021`, `kh-46-ldld-2023-ldld-quan-long-bien` (a shared issuer code needs the
issuing body), `kh-ldld-quan-long-bien-2021-01-08-thuc-hien-chu-de-cong-tac` (no number).
"""

from __future__ import annotations

import re

from .codes import SHARED_ISSUER_CODES, issuer_name_of_code
from .gazetteer import fold
from .model import DocId

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SHORTER = (
    ("lien doan lao dong", "ldld"),
    ("uy ban nhan dan", "ubnd"),
    ("hoi dong nhan dan", "hdnd"),
    ("thanh pho", "tp"),
)


def slug(text: str, max_words: int = 12) -> str:
    folded = fold(text)
    for long, short in _SHORTER:
        folded = folded.replace(long, short)
    words = [w for w in _NON_ALNUM.split(folded) if w]
    return "-".join(words[:max_words])


def needs_issuer(issuer_code: str | None) -> bool:
    """A code shared by many bodies (LĐLĐ, TU, UBND, an official letter's unit) is not enough."""
    if issuer_code is None or issuer_code in SHARED_ISSUER_CODES:
        return True
    return issuer_name_of_code(issuer_code) is None and issuer_code != "TW"


def document_id(
    type_code: str | None,
    number: str | None,
    issuer_code: str | None,
    year: int | None,
    issuer: str | None,
    date: str | None = None,
    title: str | None = None,
) -> DocId:
    if number:
        parts = [type_code or "doc", number.lstrip("0") or "0", issuer_code or "unknown"]
        if year:
            parts.append(str(year))
        if issuer and needs_issuer(issuer_code):
            parts.append(issuer)
        return DocId("-".join(p for p in (slug(x) for x in parts) if p))
    parts = [type_code or "doc", issuer or "unknown-issuer", date or (str(year) if year else "undated")]
    if title:
        parts.append(slug(title, max_words=6))
    return DocId("-".join(p for p in (slug(x) for x in parts) if p))
