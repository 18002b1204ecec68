"""One document's text to its record: the pure heart of vbkg."""

from __future__ import annotations

from collections.abc import Mapping

from . import layout as layout_mod
from .identity import self_document
from .mentions import find_mentions
from .model import DocIdentity, DocumentRecord, Evidence, Reference, Statement
from .orgs import collect, with_text_clues
from .relations import read_mentions
from .reporting import recipients, reporting_lines
from .resolve import ShortFormResolver, resolve, resolve_short_form


def extract_document(
    text: str,
    source: str,
    meta: Mapping[str, str] | None = None,
    content_hash: str | None = None,
    resolver: ShortFormResolver = resolve_short_form,
) -> DocumentRecord:
    """Extract identity, references, statements, organizations and reporting lines from normalised text."""
    meta = dict(meta or {})
    layout = layout_mod.analyse(text)
    low = lower_same_length(text)
    me, ctx, own_span = self_document(text, layout, meta)
    ctx = with_text_clues(ctx, text, me.identity.date)
    mentions = find_mentions(text, low, own_span, ctx)
    identities, warnings = resolve(mentions, ctx, me.identity.issuer_code, me.identity.issuer, resolver)
    organizations, rejected = collect(text, ctx)
    readings = read_mentions(text, low, layout, mentions)
    references: list[Reference] = []
    statements: list[Statement] = []
    for mention, target, reading in zip(mentions, identities, readings, strict=True):
        if target is None or _is_self(target, me.identity):
            continue
        evidence = Evidence(
            mention.start,
            mention.end,
            layout_mod.sentence_of(text, layout, mention.start, mention.end),
            layout.section_at(mention.start),
            reading.rule,
        )
        references.append(Reference(reading.relation, target, layout_mod.clean(mention.text), evidence))
        if reading.statement_of is not None and reading.statement_relation is not None:
            other = identities[reading.statement_of]
            if other is not None and other.id != target.id:
                source_doc, target_doc = (target, other) if reading.statement_reversed else (other, target)
                statements.append(Statement(source_doc, reading.statement_relation, target_doc, evidence))
    return DocumentRecord(
        source=source,
        document=me,
        references=tuple(references),
        statements=tuple(statements),
        organizations=organizations,
        reports_to=reporting_lines(text, low, layout, ctx),
        recipients=recipients(text, ctx),
        warnings=(*warnings, *rejected),
        content_hash=content_hash,
        meta=meta,
    )


def lower_same_length(text: str) -> str:
    """Lower-cased text with the same offsets (a few letters change length when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _is_self(target: DocIdentity, me: DocIdentity) -> bool:
    return bool(me.number) and target.id == me.id
