"""The document's own identity: type, number, issuer, date, place, title, signer."""

from __future__ import annotations

import re

from . import gazetteer as gz
from . import header as H
from . import patterns as P
from .codes import class_of, issuer_name_of_code, type_of_words
from .dates import iso_date
from .identity_key import document_id
from .layout import Layout, clean
from .model import DocIdentity, SelfDocument
from .orgs import Context, canonical
from .signature import find_signer, party_body_signed_for
from .symbols import ParsedSymbol, parse_symbol

_CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng"
_ADOPTION_TRIES = 20
_WRITER_REACH = 1500  # a header-less letter names its writer in its first paragraphs
_PROVINCE_WINDOW = 20000  # a title that names no province: the one the text names, if only one


def place_of_name(name: str, ctx: Context) -> gz.Place | None:
    """The place an organization's canonical name ends with: "... quận Long Biên"."""
    parts = P.LEVEL_WORDS.split(name)
    return gz.lookup(parts[-1], ctx.province) if len(parts) > 1 else None


def _title_page(text: str) -> re.Match[str] | None:
    """A header-less legal text: its title first, then the issuing body or the "Căn cứ" lines.

    A news item that opens "Luật Thanh tra (sửa đổi) quán triệt ..." is none.
    """
    title = P.TITLE_TYPE.match(text)
    if title is None:
        return None
    line_end = text.find("\n", title.end())
    if line_end < 0:
        return None
    next_end = text.find("\n", line_end + 1)
    next_end = len(text) if next_end < 0 else next_end
    if P.ISSUER_LINE.match(text, line_end + 1, next_end) or P.BASED_ON_LINE.match(text, line_end + 1):
        return title
    return None


def _headerless_issuer(text: str, layout: Layout) -> str | None:
    """No header: the body under the title, the enacting formula, or the letter's writer."""
    title = _title_page(text)
    if title:
        line_end = text.find("\n", title.end())
        if line_end >= 0:
            line = P.ISSUER_LINE.match(text, line_end + 1, max(line_end + 1, text.find("\n", line_end + 1)))
            if line:
                return H.tidy_name(line.group("org"))
        act = P.ENACTING.search(text, 0, min(len(text), layout.preamble_end + 1500, 6000))
        if act:
            return H.tidy_name(act.group("org"))
    letter = P.LETTER_ISSUER.search(text, 0, min(len(text), 3000))
    if letter and (
        title
        or P.LETTER_OPENING.match(text)
        or P.SUBJECT_LINE.search(text, 0, 600)
        or _opens_paragraph(text, letter.start())
    ):
        return H.tidy_name(letter.group("org"))
    return None


def _opens_paragraph(text: str, pos: int) -> bool:
    """A letter with no subject line nor addressee whose paragraph opens with its writer, near
    its top: "Bộ Tài chính nhận được kiến nghị …", "Bộ Tài chính có ý kiến như sau". A web
    article ("# …") quoting "Bộ Chính trị yêu cầu các cấp ủy …" is no letter of the Politburo."""
    return (
        pos < _WRITER_REACH
        and not text.lstrip().startswith("#")
        and not text[text.rfind("\n", 0, pos) + 1 : pos].strip()
    )


def _written_letter(text: str) -> bool:
    """A header-less text whose paragraph opens with its writer's letter formula."""
    letter = P.LETTER_ISSUER.search(text, 0, min(len(text), 3000))
    return letter is not None and _opens_paragraph(text, letter.start())


def _issuer(text: str, layout: Layout, zone_end: int, ctx: Context) -> str | None:
    block = H.header_block(text) or H.leading_block(text, zone_end)
    name = H.issuer_of_block(block) if block else None
    if name is None:
        name = _headerless_issuer(text, layout)
    if name is None:
        act = P.ISSUER_ACT.search(text, layout.title_start, min(len(text), layout.preamble_end + 2000))
        if act:
            m = P.ORG.match(act.group("org").strip())
            org = canonical(m, ctx) if m else None
            name = org.name if org else None
    if name == _CENTRAL_COMMITTEE:
        # the common header of central Party texts: the body that signs decided it
        name = party_body_signed_for(text) or name
    return name


def _same_body(printed: str, coded: str) -> bool:
    """The header names, partly, the body its code names: then the code's name is the canonical one.

    "BAN TỔ CHỨC" under the central committee with code BTCTW is Ban Tổ chức Trung ương;
    "VĂN PHÒNG" under it with code VPTW is Văn phòng Trung ương Đảng. "Bộ Nội vụ" is not
    "Bộ Tài chính" (a joint circular's first code), nor is a body with its own place.
    """
    p, c = gz.fold(printed), gz.fold(coded)
    if c.startswith(p + " "):
        return True
    return p.split()[:2] == c.split()[:2] and P.LEVEL_WORDS.search(printed) is None


def _code_issuer(parsed: ParsedSymbol | None) -> str | None:
    """The body the own symbol's issuer code names: UBTVQH15, CP, TTg, BTC-CST -> BTC."""
    if parsed is None or not parsed.issuer_code:
        return None
    code = parsed.issuer_code
    return issuer_name_of_code(code) or issuer_name_of_code(code.split("-")[0])


def _place(printed: str) -> str:
    """The known place a date line names: "thuế GTGT Tây Ninh, ngày …" (flattened) -> "Tây Ninh"."""
    words = printed.split()
    for i in range(len(words)):
        if gz.lookup(" ".join(words[i:])):
            head = P.LEVEL_WORDS.search(" ".join(words[max(0, i - 2) : i]) + " ")
            return " ".join(words[max(0, i - 2) if head else i :])
    return printed


def _date(text: str, zone_end: int, has_header: bool) -> tuple[str | None, str | None, int | None]:
    """Place, ISO date and year of the header's date line; else the adoption line or a date line."""
    pd = P.PLACE_DATE.search(text, 0, zone_end)
    if pd:
        year = P.HEADER_YEAR.search(text, pd.start("place"), pd.end())
        return _place(pd.group("place")), iso_date(pd), int(year.group("y")) if year else None
    if has_header:
        any_date = P.ANY_DATE_WORDS.search(text, 0, zone_end)
        if any_date:
            return None, iso_date(any_date), int(any_date.group("y2"))
        year = P.HEADER_YEAR.search(text, 0, zone_end)
        if year:
            return None, None, int(year.group("y"))
    line = P.DATE_LINE.search(text, 0, min(len(text), 300))
    if line:
        return None, iso_date(line), None
    low = text.lower()
    pos = low.find("thông qua")
    tries = 0
    while pos >= 0 and tries < _ADOPTION_TRIES:
        # the adoption line says "<type> này … thông qua ngày …": only those few are read
        if low.find(" này ", max(0, pos - 300), pos) >= 0:
            tries += 1
            adopted = P.ADOPTION_DATE.search(text, max(0, pos - 300), min(len(text), pos + 60))
            if adopted:
                return None, iso_date(adopted), None
        pos = low.find("thông qua", pos + 9)
    return None, None, None


def self_document(
    text: str, layout: Layout, meta: dict[str, str]
) -> tuple[SelfDocument, Context, tuple[int, int] | None]:
    """The document's identity card, the context it gives, and the span of its own number."""
    if layout.article:
        # a page about documents: nothing of its own but the title its container gives (a notes
        # file "# Where the files come from" stays no document at all)
        title = meta.get("title")
        blank = DocIdentity(
            id=document_id(None, None, None, None, None, None, title),
            type=class_of(None),
            type_code=None,
            number=None,
            issuer_code=None,
            symbol=None,
            year=None,
            date=None,
            issuer=None,
        )
        return SelfDocument(blank, None, title or None, None), Context(), None
    heading = layout.heading_words
    head_code = type_of_words(heading) if heading else None
    zone_end = H.header_end(text, layout.heading_start)
    own = H.own_number(text, zone_end, head_code)
    parsed = own.parsed if own else None
    number = own.number if own else None
    if parsed is None and meta.get("symbol"):
        # a corpus line may carry the symbol its header lost ("symbol": "221-KL/TW")
        m = P.SYMBOL.fullmatch(meta["symbol"].strip())
        parsed = parse_symbol(m, head_code) if m else None
        number = parsed.number if parsed else None
    has_header = bool(own) or P.NATIONAL_MOTTO.search(text, 0, min(len(text), 1500)) is not None
    place, date, header_year = _date(text, zone_end, has_header)
    if date is None and P.ISO_DATE.fullmatch(meta.get("date") or ""):
        date = meta["date"]
    ctx = Context().with_place(gz.lookup(place) if place else None)
    issuer = _issuer(text, layout, zone_end, ctx)
    coded = _code_issuer(parsed)
    if coded and (issuer is None or _same_body(issuer, coded)):
        issuer = coded
    issuer = issuer or meta.get("issuer")
    title = clean(text[layout.title_start : layout.title_end]) or _headerless_title(text) or meta.get("title")
    if issuer and not place and P.BARE_LOCAL_ISSUER.search(issuer):
        own_province = _named_province(title or "") or _named_province(text[:_PROVINCE_WINDOW])
        if own_province:
            issuer = f"{issuer} {own_province}"
    if issuer:
        ctx = ctx.with_place(place_of_name(issuer, ctx))
    ctx = Context(ctx.province, ctx.district, ctx.district_level, issuer)
    type_code = parsed.type_code if parsed else head_code
    if type_code is None and not has_header:
        title_type = _title_page(text)
        type_code = type_of_words(title_type.group("words")) if title_type else None
    if (
        type_code is None
        and heading is None
        and (P.SUBJECT_LINE.search(text, 0, 3000) or P.LETTER_OPENING.match(text) or _written_letter(text))
    ):
        type_code = "CV"  # an official letter: "V/v ..." or "Kính gửi:" and no type heading
    year = parsed.year if parsed and parsed.year else (int(date[:4]) if date else header_year)
    issuer_code = parsed.issuer_code if parsed else None
    symbol = parsed.symbol if parsed and number else None
    identity = DocIdentity(
        id=document_id(type_code, number, issuer_code, year, issuer, date, title),
        type=class_of(type_code if parsed else head_code or type_code),
        type_code=type_code,
        number=number,
        issuer_code=issuer_code,
        symbol=symbol,
        year=year,
        date=date,
        issuer=issuer,
    )
    signer = find_signer(text)
    return SelfDocument(identity, place, title or None, signer), ctx, own.span if own else None


def _named_province(title: str) -> str | None:
    """The one province a title names ("… trên địa bàn tỉnh gia lai"), or a city's province
    ("… thành phố pleiku"); None when it names none or several."""
    found: set[str] = set()
    for m in P.LEVEL_AND_NAME.finditer(title):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):
            place = gz.lookup(" ".join(words[:n]))
            if place:
                # a province as printed ("thừa thiên huế", before it became the city of Huế)
                found.add(place.province if place.district else " ".join(w.capitalize() for w in words[:n]))
                break
    return found.pop() if len(found) == 1 else None


def _headerless_title(text: str) -> str | None:
    title = _title_page(text)
    if title is None:
        return None
    end = text.find("\n", title.end())
    return clean(text[: end if end >= 0 else len(text)])
