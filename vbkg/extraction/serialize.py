"""Records to the JSON contract of `vbkg extract --format json` (docs/json.md)."""

from __future__ import annotations

from typing import Any

from .model import DocIdentity, DocumentRecord, Evidence


def identity_dict(d: DocIdentity) -> dict[str, Any]:
    return {
        "id": d.id,
        "type": d.type,
        "type_code": d.type_code,
        "number": d.number,
        "issuer_code": d.issuer_code,
        "symbol": d.symbol,
        "year": d.year,
        "date": d.date,
        "issuer": d.issuer,
    }


def evidence_dict(e: Evidence) -> dict[str, Any]:
    return {"start": e.start, "end": e.end, "sentence": e.sentence, "section": e.section, "rule": e.rule}


def record_dict(r: DocumentRecord) -> dict[str, Any]:
    doc = identity_dict(r.document.identity)
    doc["place"] = r.document.place
    doc["title"] = r.document.title
    signer = r.document.signer
    doc["signer"] = {"name": signer.name, "position": signer.position} if signer else None
    return {
        "source": r.source,
        "content_hash": r.content_hash,
        "document": doc,
        "references": [
            {
                "relation": ref.relation,
                "section": ref.evidence.section,
                "mention": ref.mention,
                "start": ref.evidence.start,
                "end": ref.evidence.end,
                "sentence": ref.evidence.sentence,
                "rule": ref.evidence.rule,
                "target": identity_dict(ref.target),
            }
            for ref in r.references
        ],
        "statements": [
            {
                "source": identity_dict(s.source),
                "relation": s.relation,
                "target": identity_dict(s.target),
                "evidence": evidence_dict(s.evidence),
            }
            for s in r.statements
        ],
        "organizations": [
            {
                "name": o.name,
                "kind": o.kind,
                "level": o.level,
                "province": o.province,
                "mention": o.mention,
                "start": o.start,
                "end": o.end,
            }
            for o in r.organizations
        ],
        "reports_to": [
            {
                "from": x.from_,
                "to": x.to,
                "evidence": x.evidence.sentence,
                "provenance": evidence_dict(x.evidence),
            }
            for x in r.reports_to
        ],
        "recipients": [{"text": x.text, "organizations": list(x.organizations)} for x in r.recipients],
        "warnings": [
            {
                "kind": w.kind,
                "message": w.message,
                "target": identity_dict(w.target) if w.target else None,
                "start": w.start,
                "end": w.end,
                "dates": list(w.dates),
            }
            for w in r.warnings
        ],
    }
