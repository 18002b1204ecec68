"""Which document a mention or a text is: the one rule set for keys and ids.

Extraction (mentions of one document unified), the graph (mentions of every document merged)
and queries use these functions and nothing else to tell two documents apart:

- codes are folded: look-alike letters to Latin (Cyrillic С, Т, Р…), accents off, Đ = D,
  upper case, no spaces or dots, and OCR letters in a National Assembly term read as digits
  (`QHI3` is QH13, `UBTVQHI5` UBTVQH15);
- numbers lose their leading zeros;
- types are equivalent where the documents use two codes for one kind (QĐi, QyĐ = QĐ;
  NQLT = NQ; TTLT = TT), and a symbol printed without a type part (`38/2019/QH14`,
  `64/CP`, `1234/CT-TTHT`) is one document whatever type word precedes it;
- the year is the symbol's, else the date's; a mention with neither may only be a document
  not newer than the text citing it (`year_bound`), and within the term its code prints
  (QH14: 2016-2021);
- the issuing body is part of the key where the code is shared by many bodies (LĐLĐ, TU,
  UBND, an official letter's unit): 46/KH-LĐLĐ of Long Biên is not 46/KH-LĐLĐ of Lai Châu.

Ids are built from the key alone, so a document's id never depends on what else is loaded.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import patterns as P
from .codes import ISSUER_NAMES, SHARED_ISSUER_CODES
from .gazetteer import fold
from .model import DocId
from .symbols import qh_term_digits

_LATIN = str.maketrans(P.LOOKALIKES)

_SHORTER = (
    ("lien doan lao dong", "ldld"),
    ("uy ban nhan dan", "ubnd"),
    ("hoi dong nhan dan", "hdnd"),
    ("thanh pho", "tp"),
)
_EQUIVALENT_TYPES = {"QĐi": "QĐ", "QyĐ": "QĐ", "NQLT": "NQ", "TTLT": "TT"}
UNTYPED = ""  # the type key of a symbol printed without a type part


@lru_cache(maxsize=65536)
def slug(text: str, max_words: int = 12) -> str:
    folded = fold(text)
    for long, short in _SHORTER:
        folded = folded.replace(long, short)
    words = [w for w in P.NON_ALNUM.split(folded) if w]
    return "-".join(words[:max_words])


@lru_cache(maxsize=65536)
def fold_code(code: str | None) -> str:
    """`LDLĐ`, `LĐLĐ` -> `LDLD`; `NQ-СР` (Cyrillic) -> `NQCP`; `QHI3` -> `QH13`; `BLĐTB-XH` -> `BLDTBXH`.

    Hyphens go too, as the scorer folds them: a code printed with or without one is one code.
    """
    if not code:
        return ""
    text = unicodedata.normalize("NFC", code).translate(_LATIN).replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    text = P.CODE_KEY_DROP.sub("", text).upper()
    # a National Assembly term is digits; OCR reads 1 as I or L and 0 as O ("71/2014/QHI3")
    return "".join(qh_term_digits(seg) for seg in text.split("-"))


def number_key(number: str) -> str:
    return number.lstrip("0") or "0"


@lru_cache(maxsize=65536)
def symbol_has_type(symbol: str | None, type_code: str | None) -> bool:
    """Whether the printed symbol carries the type code (`01-KL/TW`, `46/KH-LĐLĐ`, `91/2017/NĐ-CP`)."""
    if not symbol:
        return True  # a short form's type comes from its words, and is all we know
    if not type_code:
        return False
    after_number = P.SYMBOL_PARTS.split(symbol, maxsplit=1)[-1]
    parts = [p for p in P.SYMBOL_PARTS.split(after_number) if p.strip() and not p.strip().isdigit()]
    # the type is the first part and an issuer follows it: in "123/2020/NĐ" NĐ is all there is
    return len(parts) > 1 and _same_type(parts[0], type_code)


def _same_type(a: str, b: str) -> bool:
    """`QĐ` printed, `QĐi` read from "Quy định": one type."""
    return fold_code(_EQUIVALENT_TYPES.get(a, a)) == fold_code(_EQUIVALENT_TYPES.get(b, b))


def type_key(type_code: str | None, symbol: str | None = None) -> str:
    """The type as identity sees it; UNTYPED when the symbol itself names no type."""
    if not symbol_has_type(symbol, type_code):
        return UNTYPED
    code = type_code or ""
    return fold_code(_EQUIVALENT_TYPES.get(code, code))


_SHARED = frozenset(fold_code(c) for c in SHARED_ISSUER_CODES)
_ONE_BODY = frozenset(fold_code(c) for c in ISSUER_NAMES) | {"TW"}


@lru_cache(maxsize=65536)
def needs_issuer(issuer_code: str | None) -> bool:
    """A code shared by many bodies (LĐLĐ, TU, UBND, an official letter's unit) is not enough."""
    code = fold_code(issuer_code)
    if not code or code in _SHARED:
        return True
    return code not in _ONE_BODY and not P.QH_CODE.match(code)


def scope_of(issuer_code: str | None, issuer: str | None) -> str | None:
    """The issuing body as part of the key: "" where the code names one body, None where unknown."""
    if not needs_issuer(issuer_code):
        return ""
    return slug(issuer, max_words=20) if issuer else None


def year_of(symbol_year: int | None, date: str | None) -> int | None:
    """The symbol's year, else the date's."""
    if symbol_year:
        return symbol_year
    return int(date[:4]) if date and date[:4].isdigit() else None


@dataclass(frozen=True, order=True)
class BaseKey:
    """Type, number and issuer code: what a printed symbol says."""

    type: str
    number: str
    code: str


@dataclass(frozen=True)
class DocKey:
    """A numbered document: its base, year and (for a shared code) issuing body; None = unknown."""

    base: BaseKey
    year: int | None
    scope: str | None

    @property
    def complete(self) -> bool:
        return self.year is not None and self.scope is not None


def base_key(type_code: str | None, number: str, issuer_code: str | None, symbol: str | None) -> BaseKey:
    return BaseKey(type_key(type_code, symbol), number_key(number), fold_code(issuer_code))


def key_of(identity: Mapping[str, Any]) -> DocKey:
    """The key of a numbered identity (a `document` or `target` of the JSON contract)."""
    base = base_key(identity.get("type_code"), str(identity["number"]), identity.get("issuer_code"),
                    identity.get("symbol"))  # fmt: skip
    year = identity.get("year") or year_of(None, identity.get("date"))
    return DocKey(base, year, scope_of(identity.get("issuer_code"), identity.get("issuer")))


# First year of each National Assembly term (khóa): a QH14 law is of 2016-2021.
_NA_TERM_START = {10: 1997, 11: 2002, 12: 2007, 13: 2011, 14: 2016, 15: 2021, 16: 2026}


def term_years(code: str) -> tuple[int, int] | None:
    """The years a folded code's term spans, where the code prints one (QH15, UBTVQH14)."""
    m = P.QH_TERM.search(code)
    term = int(m.group("term")) if m and m.group("term").isdigit() else None
    if term is None or term not in _NA_TERM_START:
        return None
    return _NA_TERM_START[term], _NA_TERM_START.get(term + 1, _NA_TERM_START[term] + 5)


def fits(mention: DocKey, candidate: DocKey, year_bound: int | None = None) -> bool:
    """Whether an incomplete key can be this complete one.

    The candidate must not be newer than the text citing the mention, and must lie in the
    term its code prints (a mention of 38/QH14 is no document of 2012).
    """
    if mention.base != candidate.base or candidate.year is None or candidate.scope is None:
        return False
    if mention.year is not None and mention.year != candidate.year:
        return False
    if mention.year is None and year_bound is not None and candidate.year > year_bound:
        return False
    term = term_years(candidate.base.code)
    if mention.year is None and term is not None and not term[0] <= candidate.year <= term[1]:
        return False
    return mention.scope is None or mention.scope == candidate.scope


def key_id(key: DocKey) -> DocId:
    """`kl-1-tw-2021`, `kh-46-ldld-2023-ldld-quan-long-bien`, `doc-38-qh14-2019` (no type printed)."""
    parts = [key.base.type or "doc", key.base.number, key.base.code or "unknown"]
    if key.year:
        parts.append(str(key.year))
    if key.scope:
        parts.append(key.scope)
    return DocId("-".join(p for p in (slug(x, max_words=20) for x in parts) if p))


def document_id(
    type_code: str | None,
    number: str | None,
    issuer_code: str | None,
    year: int | None,
    issuer: str | None,
    date: str | None = None,
    title: str | None = None,
    symbol: str | None = None,
) -> DocId:
    """The id of an identity: its key's for a numbered document, issuer + date + title for others.

    Without `symbol` the type is taken as named (extraction's ids, which must equal the own
    document's id for self-mentions to be recognised); with it, as the key sees it (the graph).
    """
    if number:
        base = base_key(type_code, number, issuer_code, symbol)
        return key_id(DocKey(base, year, scope_of(issuer_code, issuer)))
    parts = [type_code or "doc", issuer or "unknown-issuer", date or (str(year) if year else "undated")]
    if title:
        parts.append(slug(title, max_words=6))
    return DocId("-".join(p for p in (slug(x) for x in parts) if p))


def text_fingerprint(record: Mapping[str, Any]) -> str:
    """Eight hex digits that differ for different texts: what extraction read, where it read it.

    A document without a number has no key; two loaded texts are one document only when they
    read the same (the same identity, title and mentions at the same places): a copy of a
    text in a second file is the same document, nine undated letters of one office are nine.
    """
    doc = {k: v for k, v in dict(record["document"]).items() if k != "id"}
    refs = [(r.get("start"), r.get("end"), r.get("mention")) for r in record.get("references", [])]
    orgs = [(o.get("start"), o.get("end"), o.get("name")) for o in record.get("organizations", [])]
    blob = json.dumps([doc, refs, orgs], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:8]


def text_suffix(record: Mapping[str, Any]) -> str:
    """What tells a text apart in its id: its content hash (stable across vbkg versions)."""
    return str(record.get("content_hash") or "")[:8] or text_fingerprint(record)


def readable_id(record: Mapping[str, Any]) -> DocId:
    """A loaded document without a number: type, issuer, date and title words."""
    d = record["document"]
    return document_id(d.get("type_code"), None, d.get("issuer_code"), d.get("year"), d.get("issuer"),
                       d.get("date"), d.get("title"))  # fmt: skip
