"""One document's text to its record: the pure heart of vbkg."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from . import layout as layout_mod
from .codes import NON_NORMATIVE_TYPES, NORMATIVE_RANK
from .identity import self_document
from .identity_key import BaseKey, base_key
from .mentions import find_mentions
from .model import DocIdentity, DocumentRecord, Evidence, Mention, Reference, Statement
from .orgs import collect, with_text_clues
from .relations import Reading, read_mentions
from .reporting import recipients, reporting_lines
from .resolve import ShortFormResolver, resolve, resolve_short_form


def extract_document(
    text: str,
    source: str,
    meta: Mapping[str, str] | None = None,
    content_hash: str | None = None,
    resolver: ShortFormResolver = resolve_short_form,
) -> DocumentRecord:
    """Extract identity, references, statements, organizations and reporting lines from normalised text.

    On a page whose publisher printed a summary before the document (layout.lead_end), the
    document is read from its header on; the summary adds only the documents it names, as CITES:
    its words are the publisher's, not the document's cues."""
    start = layout_mod.lead_end(text)
    record = _extract(text[start:], source, meta, content_hash, resolver)
    if not start:
        return record
    lead = _extract(text[:start], source, None, None, resolver)
    me = record.document.identity
    known = {_base(r.target): r.target for r in record.references if r.target.number and r.target.year}
    named: list[Reference] = []
    for r in lead.references:
        target, base = r.target, _base(r.target)
        if me.number and target.number and base == _base(me) and target.year in (None, me.year):
            continue  # the summary names the document itself
        if target.year is None and base in known:
            target = known[base]  # "Nghị quyết 380/NQ-CP": the document prints its year
        named.append(
            replace(r, relation="CITES", target=target, evidence=replace(r.evidence, section="lead"))
        )
    return replace(
        record,
        references=tuple(named)
        + tuple(replace(r, evidence=_moved(r.evidence, start)) for r in record.references),
        statements=tuple(replace(s, evidence=_moved(s.evidence, start)) for s in record.statements),
        organizations=tuple(
            replace(o, start=o.start + start, end=o.end + start) for o in record.organizations
        ),
        reports_to=tuple(replace(r, evidence=_moved(r.evidence, start)) for r in record.reports_to),
        warnings=tuple(
            w if w.start is None or w.end is None else replace(w, start=w.start + start, end=w.end + start)
            for w in record.warnings
        ),
    )


def _base(identity: DocIdentity) -> BaseKey:
    return base_key(identity.type_code, identity.number or "", identity.issuer_code, identity.symbol)


def _moved(evidence: Evidence, by: int) -> Evidence:
    return replace(evidence, start=evidence.start + by, end=evidence.end + by)


def _extract(
    text: str,
    source: str,
    meta: Mapping[str, str] | None,
    content_hash: str | None,
    resolver: ShortFormResolver,
) -> DocumentRecord:
    meta = dict(meta or {})
    layout = layout_mod.analyse(text)
    low = lower_same_length(text)
    me, ctx, own_span = self_document(text, layout, meta)
    ctx = with_text_clues(ctx, text, me.identity.date)
    mentions = find_mentions(text, low, own_span, ctx)
    identities, warnings = resolve(mentions, ctx, me.identity.issuer_code, me.identity.issuer, resolver)
    organizations, rejected = collect(text, ctx)
    readings, links = read_mentions(text, low, layout, mentions)
    references: list[Reference] = []
    for mention, target, reading in zip(mentions, identities, readings, strict=True):
        if target is None or _is_self(target, me.identity):
            continue
        if reading.relation in ("AMENDS", "REPLACES") and _beyond_power(me.identity, target):
            reading = Reading("CITES", "quoted_change")
        elif layout.article and reading.relation != "CITES":
            reading = Reading("CITES", "article_cites")  # "Căn cứ Điều 18 Nghị định 12/2022 …" in a Q&A
        elif _attached(layout, mention) and reading.relation != "CITES":
            reading = Reading("CITES", "attached_document")
        evidence = _evidence(text, layout, mention, reading.rule)
        references.append(Reference(reading.relation, target, layout_mod.clean(mention.text), evidence))
    statements: list[Statement] = []
    seen: set[tuple[str, str, str, int]] = set()  # each place a fact is stated is evidence of its own
    for link in links:
        actor, acted = identities[link.source], identities[link.target]
        if actor is None or acted is None or actor.id == acted.id:
            continue
        if (
            _is_self(actor, me.identity)
            or _is_self(acted, me.identity)
            or _misread(link.relation, actor, acted)
        ):
            continue
        said = mentions[max(link.source, link.target)]
        key = (actor.id, link.relation, acted.id, said.start)
        if key not in seen:
            seen.add(key)
            statements.append(
                Statement(actor, link.relation, acted, _evidence(text, layout, said, link.rule))
            )
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


def _evidence(text: str, layout: layout_mod.Layout, mention: Mention, rule: str) -> Evidence:
    return Evidence(
        mention.start,
        mention.end,
        layout_mod.sentence_of(text, layout, mention.start, mention.end),
        layout.section_at(mention.start),
        rule,
    )


def lower_same_length(text: str) -> str:
    """Lower-cased text with the same offsets (a few letters change length when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _attached(layout: layout_mod.Layout, mention: Mention) -> bool:
    """Is the mention inside another document this one carries (layout.attached_start)?"""
    return layout.attached_start is not None and mention.start >= layout.attached_start


def _beyond_power(own: DocIdentity, target: DocIdentity) -> bool:
    """Would this document amend or replace an act it has no power over: a letter, notice,
    report or submission changing an act of another type and issuer (codes.NON_NORMATIVE_TYPES)?"""
    return (
        own.type_code in NON_NORMATIVE_TYPES
        and target.type_code is not None
        and target.type_code != own.type_code
        # a body may change its own guidance by letter ("Văn bản số 14748-CV/VPTW … sửa đổi, bổ
        # sung một số điểm của Hướng dẫn số 40-HD/VPTW"); a submission or report only proposes
        and not (own.type_code in ("CV", "TB") and own.issuer_code and own.issuer_code == target.issuer_code)
    )


def _years(identity: DocIdentity) -> set[int]:
    """The years a document may be of: its symbol's and its date's, which a misprint may part."""
    return {y for y in (identity.year, int(identity.date[:4]) if identity.date else None) if y is not None}


def _trusted_date(identity: DocIdentity) -> str | None:
    """Its date where that agrees with its symbol's year. "Nghị định số 23/2015/NĐ-CP ngày
    16/02/2025" or "Nghị định số 24/2000/NĐ-CP ngày 06/3/2006" misprints one of them, so only
    the years are compared, and an act is not dated before another unless all its years are."""
    date = identity.date
    return date if date and (identity.year is None or date[:4] == str(identity.year)) else None


def _misread(relation: str, actor: DocIdentity, acted: DocIdentity) -> bool:
    """A statement that cannot be so, read from a list: the actor dated before what it would
    implement, amend or replace ("Nghị định số 136/2015/NĐ-CP … về hướng dẫn thi hành … Luật đầu
    tư công và số 161/2016/NĐ-CP" lists a sibling act), or a decree or circular carrying out
    another of its own rank and issuer ("… ban hành kèm theo Nghị định số 218/2013/NĐ-CP … hướng
    dẫn thi hành Luật Thuế TNDN và Nghị định số 53/2010/NĐ-CP"), or an act amending one above
    its rank (codes.NORMATIVE_RANK)."""
    actor_date, acted_date = _trusted_date(actor), _trusted_date(acted)
    if actor_date and acted_date:
        if actor_date < acted_date:
            return True
    elif _years(actor) and _years(acted) and max(_years(actor)) < min(_years(acted)):
        return True
    rank, acted_rank = NORMATIVE_RANK.get(actor.type_code or ""), NORMATIVE_RANK.get(acted.type_code or "")
    if relation == "AMENDS" and rank is not None and acted_rank is not None and rank < acted_rank:
        return True  # "… Nghị định số 83/2013/NĐ-CP (đã được sửa đổi theo Thông tư số 119/2014/TT-BTC)"
    if relation == "AMENDS" and _beyond_power(actor, acted):
        return True  # "Tờ trình số 6482/TTr-SNV … về việc sửa đổi, bổ sung … Quyết định số 48/2024/QĐ-UBND"
    return (
        relation == "IMPLEMENTS"
        and rank is not None
        and actor.type_code == acted.type_code
        and actor.issuer_code == acted.issuer_code
    )


def _is_self(target: DocIdentity, me: DocIdentity) -> bool:
    return bool(me.number) and target.id == me.id
