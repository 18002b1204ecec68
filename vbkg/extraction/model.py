"""Extracted facts: small frozen dataclasses carrying their spans and provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NewType

DocId = NewType("DocId", str)
Relation = Literal["IMPLEMENTS", "BASED_ON", "CITES", "AMENDS", "REPLACES"]
# "lead": a publisher's summary printed before the document (layout.lead_end)
Section = Literal["lead", "title", "preamble", "body", "closing"]
RELATIONS: tuple[Relation, ...] = ("IMPLEMENTS", "BASED_ON", "CITES", "AMENDS", "REPLACES")


@dataclass(frozen=True)
class DocIdentity:
    """Who a document is: enough to tell it from every other document."""

    id: DocId
    type: str
    type_code: str | None
    number: str | None
    issuer_code: str | None
    symbol: str | None
    year: int | None
    date: str | None
    issuer: str | None


@dataclass(frozen=True)
class Signer:
    name: str
    position: str | None


@dataclass(frozen=True)
class Evidence:
    """Where a fact was said: the span in the normalised text, its sentence and the rule."""

    start: int
    end: int
    sentence: str
    section: Section
    rule: str


@dataclass(frozen=True)
class Mention:
    """A document mentioned in the text, before resolution (internal to extraction)."""

    start: int
    end: int
    text: str
    type_code: str | None
    number: str
    issuer_code: str | None
    symbol: str | None
    symbol_year: int | None
    date: str | None
    issuer: str | None
    short: bool  # "Kết luận số 01" without a symbol
    words: str | None  # the type words printed before the number
    # where an unrecognised "của <issuer>" stands, as printed: "của Ban Chấp hành Đảng bộ tỉnh"
    # gives ("tỉnh", None); a bare Party code is not filled from a place of another level or name
    of_level: str | None = None
    of_place: str | None = None


@dataclass(frozen=True)
class Reference:
    relation: Relation
    target: DocIdentity
    mention: str
    evidence: Evidence


@dataclass(frozen=True)
class Statement:
    """The text says `source` RELATION `target`, neither being this document."""

    source: DocIdentity
    relation: Relation
    target: DocIdentity
    evidence: Evidence


@dataclass(frozen=True)
class Organization:
    """A real body named in the text (extraction.bodies), canonically named."""

    name: str
    kind: str  # party, state, union, mass, office (a post held by a person)
    mention: str
    start: int
    end: int
    level: str | None = None  # central, province, district, commune, grassroots
    province: str | None = None  # as named before the July 2025 merger


@dataclass(frozen=True)
class ReportsTo:
    from_: str
    to: str
    evidence: Evidence


@dataclass(frozen=True)
class Recipient:
    text: str
    organizations: tuple[str, ...]


@dataclass(frozen=True)
class Warning:
    kind: str
    message: str
    target: DocIdentity | None = None
    start: int | None = None
    end: int | None = None
    dates: tuple[str, ...] = ()


@dataclass(frozen=True)
class SelfDocument:
    identity: DocIdentity
    place: str | None
    title: str | None
    signer: Signer | None


@dataclass(frozen=True)
class DocumentRecord:
    """Everything extraction found in one document."""

    source: str
    document: SelfDocument
    references: tuple[Reference, ...] = ()
    statements: tuple[Statement, ...] = ()
    organizations: tuple[Organization, ...] = ()
    reports_to: tuple[ReportsTo, ...] = ()
    recipients: tuple[Recipient, ...] = ()
    warnings: tuple[Warning, ...] = ()
    content_hash: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
