"""Labels and relationship types of the graph, shared by every store and view."""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    DOCUMENT = "Document"
    ORGANIZATION = "Organization"
    PERSON = "Person"


class Rel(StrEnum):
    IMPLEMENTS = "IMPLEMENTS"
    BASED_ON = "BASED_ON"
    CITES = "CITES"
    AMENDS = "AMENDS"
    REPLACES = "REPLACES"
    ISSUED_BY = "ISSUED_BY"
    SIGNED_BY = "SIGNED_BY"
    SENT_TO = "SENT_TO"
    REPORTS_TO = "REPORTS_TO"
    SUB_ORGANIZATION_OF = "SUB_ORGANIZATION_OF"
    POST_IN = "POST_IN"


DOCUMENT_RELATIONS = (Rel.IMPLEMENTS, Rel.BASED_ON, Rel.CITES, Rel.AMENDS, Rel.REPLACES)
# Document classes a node may carry next to Document (vbkg.extraction.codes.TYPE_CLASSES).
HEAD_SECTIONS = frozenset({"title", "preamble"})
