"""The document's own identity: type, number, issuer, date, place, title, signer."""

from __future__ import annotations

import re

from . import gazetteer as gz
from . import patterns as P
from .codes import class_of, type_of_words
from .dates import iso_date
from .ids import document_id
from .layout import Layout, clean
from .mentions import own_symbol
from .model import DocIdentity, SelfDocument, Signer
from .orgs import Context, canonical, header_issuer
from .symbols import ParsedSymbol, parse_symbol

_HEADER_STOP = re.compile(
    r"CỘNG\s+HÒA|Độc\s+lập|Số\s*:?\s*\d|KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT", re.IGNORECASE
)
_LEVEL_WORDS = re.compile(r"\b(?:tỉnh|thành phố|quận|huyện|thị xã)\s+", re.IGNORECASE)


def _position(raw: str) -> str:
    s = " ".join(raw.lower().split())
    s = s.replace("chủ tịch", "Chủ tịch").replace("bí thư", "Bí thư")
    return s[0].upper() + s[1:]


def find_signer(text: str) -> Signer | None:
    region_start = max(0, len(text) - 2500)
    positions = list(P.SIGNER_POSITION.finditer(text, region_start))
    for pos in reversed(positions):
        name = P.PERSON_NAME.search(text, pos.end(), min(len(text), pos.end() + 200))
        if name:
            return Signer(clean(name.group("name")), _position(pos.group("position")))
    return None


def place_of_name(name: str, ctx: Context) -> gz.Place | None:
    """The place an organization's canonical name ends with: "... quận Long Biên"."""
    parts = _LEVEL_WORDS.split(name)
    return gz.lookup(parts[-1], ctx.province) if len(parts) > 1 else None


def context_and_issuer(
    text: str, layout: Layout, place: str | None, meta_issuer: str | None
) -> tuple[Context, str | None]:
    """The document's Context and its issuer's canonical name."""
    ctx = Context().with_place(gz.lookup(place) if place else None)
    header = text[: layout.title_start or 600][:600]
    stop = _HEADER_STOP.search(header)
    org = header_issuer(header[: stop.start()] if stop else header, ctx)
    if org is None:
        act = P.ISSUER_ACT.search(text, layout.title_start, min(len(text), layout.preamble_end + 2000))
        if act:
            m = P.ORG.match(act.group("org").strip())
            org = canonical(m, ctx) if m else None
    issuer = org.name if org else meta_issuer
    if issuer:
        ctx = ctx.with_place(place_of_name(issuer, ctx))
    ctx = Context(ctx.province, ctx.district, ctx.district_level, issuer)
    return ctx, issuer


def self_document(
    text: str, layout: Layout, meta: dict[str, str]
) -> tuple[SelfDocument, Context, tuple[int, int] | None]:
    """The document's identity card, the context it gives, and the span of its own number."""
    own = own_symbol(text)
    head_code = type_of_words(layout.heading_words) if layout.heading_words else None
    parsed: ParsedSymbol | None = parse_symbol(own[0], head_code) if own else None
    if parsed is None and meta.get("symbol"):
        # a corpus line may carry the symbol its header lost ("symbol": "221-KL/TW")
        m = P.SYMBOL.fullmatch(meta["symbol"].strip())
        parsed = parse_symbol(m, head_code) if m else None
    pd = P.PLACE_DATE.search(text, 0, 3000)
    place = pd.group("place") if pd else None
    date = iso_date(pd) if pd else None
    if date is None:
        any_date = P.ANY_DATE_WORDS.search(text, 0, 3000)
        date = iso_date(any_date) if any_date else None
    if date is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("date") or ""):
        date = meta["date"]
    ctx, issuer = context_and_issuer(text, layout, place, meta.get("issuer"))
    type_code = parsed.type_code if parsed else head_code
    if type_code is None and layout.heading_words is None and P.SUBJECT_LINE.search(text, 0, 3000):
        type_code = "CV"  # an official letter: "V/v ..." and no type heading
    year = parsed.year if parsed and parsed.year else (int(date[:4]) if date else None)
    issuer_code = parsed.issuer_code if parsed else None
    title = clean(text[layout.title_start : layout.title_end]) or meta.get("title")
    identity = DocIdentity(
        id=document_id(type_code, parsed.number if parsed else None, issuer_code, year, issuer, date, title),
        type=class_of(head_code or type_code),
        type_code=type_code,
        number=parsed.number if parsed else None,
        issuer_code=issuer_code,
        symbol=parsed.symbol if parsed else None,
        year=year,
        date=date,
        issuer=issuer,
    )
    return SelfDocument(identity, place, title or None, find_signer(text)), ctx, own[1] if own else None
