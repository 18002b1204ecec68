"""Find the documents a text mentions: full symbols and short forms, with their tails."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import patterns as P
from .codes import CODE_OF_ISSUER, KNOWN_CODES, canonical_code, type_of_words
from .dates import iso_date
from .gazetteer import fold
from .model import Mention
from .orgs import Context, OrgName, org_at
from .symbols import (
    ParsedSymbol,
    confirmed_issuer,
    is_damaged,
    latin_view,
    ocr_variant,
    parse_symbol,
    symbol_with_issuer,
    without_doubled_eth,
)

_TITLE_REACH = 300  # an appendix title in capitals before its "(Kèm theo …)"
_LOOKBACK = 90
# Decrees, circulars and laws never reach five digits in a year.
_NEVER_FIVE_DIGITS = frozenset({"NĐ", "TT", "TTLT", "L"})


@dataclass(frozen=True)
class Tail:
    date: str | None
    issuer: OrgName | None
    end: int
    of_level: str | None = None  # the level word of an issuer named but not recognised
    of_place: str | None = None


def issuer_at(text: str, pos: int, ctx: Context) -> tuple[OrgName, int] | None:
    """The body named at `pos`, looking through "Ban Thường vụ", "Thường trực" and the like."""
    found = org_at(text, pos, ctx)
    if found is None:
        organ = P.ORGAN_PREFIX.match(text, pos)
        if organ:
            found = org_at(text, organ.end(), ctx)
    if found is None:
        return None
    return found[0], found[1].end()


def read_tail(text: str, pos: int, ctx: Context) -> Tail:
    """The date and issuer printed after a mention: ", ngày 21/9/2021 của Thành ủy Hà Nội"."""
    date = None
    issuer = None
    end = pos
    d = P.DATE_AFTER.match(text, pos)
    if d:
        date, end = iso_date(d), d.end()
    of = P.OF_ISSUER.match(text, end)
    level = place = None
    if of:
        found = issuer_at(text, of.end(), ctx)
        if found:
            issuer, end = found
        else:
            printed = P.PRINTED_LEVEL.match(text, of.end())
            if printed:
                level, place = " ".join(printed.group("level").lower().split()), printed.group("place")
            named = P.UNKNOWN_ISSUER_BEFORE_DATE.match(text, of.end())
            if named and date is None:
                d = P.DATE_AFTER.match(text, named.end())
                if d:
                    date, end = iso_date(d), d.end()
    if date is None:
        d = P.DATE_AFTER.match(text, end)
        if d:
            date, end = iso_date(d), d.end()
    return Tail(date, issuer, end, level, place)


def _type_words(low: str, start: int, end: int) -> re.Match[str] | None:
    """The type words before a symbol: the first with qualifiers ("Thông báo kết luận số") or a
    law's name, else the nearest ("luật theo Nghị quyết số 197/2025/QH15" is NQ)."""
    best = None
    w = P.TYPE_BEFORE_SYMBOL.search(low, start, end)
    while w is not None:
        if w.group("qualifier") or w.group("name"):
            return w
        best = w
        w = P.TYPE_BEFORE_SYMBOL.search(low, w.start() + 1, end)
    return best


def _is_form(low: str, m: re.Match[str], last_form_end: int) -> bool:
    """ "mẫu số 03/TNDN", "Mẫu số 01/GTGT, 02/GTGT", "QCVN 06:2022/BXD": a form's or a
    standard's number, no document."""
    window = max(0, m.start() - 40)
    if P.FORM_BEFORE_SYMBOL.search(low, window, m.start()) or P.STANDARD_BEFORE_SYMBOL.search(
        low, window, m.start()
    ):
        return True
    return 0 <= m.start() - last_form_end <= 20 and bool(
        P.FORM_LIST_GAP.fullmatch(low, last_form_end, m.start())
    )


def _is_appendix_heading(text: str, low: str, start: int, number: str, own_number: str | None) -> bool:
    """ "(Kèm theo Quyết định số ...)" at the head of a line, or after an appendix title in
    capitals on it ("THÔNG TIN “DS CHI TIẾT …” (Kèm theo Công văn số 5435/CT-NVT …)"), names the
    document itself, unless the document's own number is known and differs: a Kết luận may carry
    "(Kèm theo Báo cáo số 565-BC/BTCTW ...)". A number cut or run on ("203" for 2031, "10325" for
    103/2025) is still its own."""
    line_start = low.rfind("\n", max(0, start - 41), start) + 1
    heading = line_start > 0 or start <= 40
    if not (heading and P.SELF_APPENDIX.match(low, line_start, start)):
        line_start = low.rfind("\n", max(0, start - _TITLE_REACH), start) + 1
        paren = low.rfind("(", line_start, start)
        if paren < 0 or not P.SELF_APPENDIX.match(low, paren, start):
            return False
        title: list[str] = []  # the words in capitals right before the parenthesis
        for word in reversed(text[line_start:paren].split()):
            letters = [c for c in word if c.isalpha()]
            if letters and not all(c.isupper() for c in letters):
                break
            title.extend(letters)
        if len(title) < 8:
            return False
    if own_number is None:
        return True
    a, b = number.lstrip("0"), own_number.lstrip("0")
    return a.startswith(b) or b.startswith(a)


def _symbol_matches(latin: str, low: str) -> list[re.Match[str]]:
    """SYMBOL over the text, and over its upper-cased form where a lower-cased text prints
    "quyết định số 177/2004/qđ-ub": there only codes the tables know count."""
    found = list(P.SYMBOL.finditer(latin))
    upper: str | None = None
    taken = {m.start() for m in found}
    extra = []
    for low_symbol in P.LOWER_SYMBOL.finditer(latin):
        start = low_symbol.start()
        if start in taken or not P.TYPE_BEFORE_SYMBOL.search(low, max(0, start - _LOOKBACK), start):
            continue
        upper = upper if upper is not None else latin.upper()
        if len(upper) != len(latin):
            break
        m = P.SYMBOL.match(upper, start)
        code = m and (m.group("legal") or m.group("state") or "")
        if m and code and canonical_code(P.CODE_HEAD_END.split(code)[0]) in KNOWN_CODES:
            extra.append(m)
    return sorted(found + extra, key=lambda m: m.start()) if extra else found


def _symbol_mentions(text: str, low: str, own: tuple[int, int] | None, ctx: Context) -> list[Mention]:
    found: list[tuple[str, ParsedSymbol, Mention]] = []
    last_form_end = -100
    own_match = P.SYMBOL.search(text, own[0], own[1]) if own else None
    own_number = own_match.group("number") if own_match else None
    for m in _symbol_matches(latin_view(text), low):
        if own and own[0] <= m.start() < own[1]:
            continue
        if _is_form(low, m, last_form_end):
            last_form_end = m.end()
            continue
        w = _type_words(low, max(0, m.start() - _LOOKBACK), m.start())
        if w is None and (
            m.group("dissuer")
            or not m.group("number").isdigit()
            or P.DIGIT_COLON_BEFORE.search(text, max(0, m.start() - 4), m.start())
        ):
            continue  # "244-HĐBT", "25-2303/PBHC-KD" are symbols only after their type words
        start = w.start() if w else m.start()
        if _is_appendix_heading(text, low, start, m.group("number"), own_number):
            continue
        words = text[w.start("words") : w.end("words")] if w else None
        phrase = text[w.start("words") : w.end("qualifier")] if w and w.group("qualifier") else words
        parsed = parse_symbol(m, type_of_words(words) if words else None, phrase)
        if len(parsed.number) > 4 and parsed.year is None and parsed.type_code in _NEVER_FIVE_DIGITS:
            continue  # "Nghị định số 0912018/NĐ-CP": a year glued on, where the slash was is unsure
        tail = read_tail(text, m.end(), ctx)
        named = (tail.issuer.code or CODE_OF_ISSUER.get(tail.issuer.name)) if tail.issuer else None
        date = tail.date or _date_before(text, start)
        parsed = parsed.with_issuer(confirmed_issuer(parsed.issuer_code, named, date))
        if "Ð" in text[m.start() : m.end()]:
            parsed = without_doubled_eth(parsed)
        mention = Mention(
            start=start,
            end=m.end(),
            text=text[start : m.end()],
            type_code=parsed.type_code,
            number=parsed.number,
            issuer_code=parsed.issuer_code,
            symbol=parsed.symbol,
            symbol_year=parsed.year,
            date=date,
            issuer=tail.issuer.name if tail.issuer else None,
            short=False,
            words=words,
            of_level=tail.of_level,
            of_place=tail.of_place,
        )
        found.append((fold(P.SYMBOL_PUNCT.sub("", m.group(0))).upper(), parsed, mention))
    return repair_codes(_same_symbol_same_document(found))


def _same_symbol_same_document(found: list[tuple[str, ParsedSymbol, Mention]]) -> list[Mention]:
    """One printed symbol is one document, whatever words stand before each mention: "Quy chế
    phối hợp số 49/QCPH-UBND" then "theo Quy chế phối hợp 49/QCPH-UBND" (ANNOTATION rule 2).
    A type read from the symbol itself wins, then one read from type words, first first."""
    chosen: dict[str, tuple[int, ParsedSymbol]] = {}
    for raw, parsed, mention in found:
        rank = 2 if parsed.typed else 1 if mention.words else 0
        if raw not in chosen or rank > chosen[raw][0]:
            chosen[raw] = (rank, parsed)
    out = []
    for raw, parsed, mention in found:
        best = chosen[raw][1]
        if best is not parsed and (best.type_code, best.issuer_code) != (
            parsed.type_code,
            parsed.issuer_code,
        ):
            mention = replace(
                mention, type_code=best.type_code, issuer_code=best.issuer_code, symbol=best.symbol
            )
        out.append(mention)
    return out


def repair_codes(mentions: Sequence[Mention]) -> list[Mention]:
    """Misread or cut issuer codes take the one known code the same document prints for the
    same type, number and year: "38/2015/TT- BT€" beside "38/2015/TT-BTC"."""
    known: dict[tuple[str | None, str, int | None], set[str]] = {}
    for m in mentions:
        if m.issuer_code and m.issuer_code in KNOWN_CODES:
            known.setdefault((m.type_code, m.number, m.symbol_year), set()).add(m.issuer_code)
    out: list[Mention] = []
    for m in mentions:
        code = m.issuer_code
        seen = known.get((m.type_code, m.number, m.symbol_year), set())
        if code is None and m.symbol_year is not None and m.symbol and len(seen) == 1:
            # "Nghị định sô 132/2020/ND" beside "Nghị định số 132/2020/NĐ-CP"
            (only,) = seen
            m = replace(m, issuer_code=only, symbol=f"{m.symbol}-{only}")
        elif code and is_damaged(code) and m.symbol_year is not None:
            fits = [
                k for k in seen if ocr_variant(code, k) or (k.startswith(code) and len(k) == len(code) + 1)
            ]
            if len(fits) == 1:
                symbol = symbol_with_issuer(m.symbol, code, fits[0]) if m.symbol else None
                m = replace(m, issuer_code=fits[0], symbol=symbol)
        out.append(m)
    return out


def _date_before(text: str, start: int) -> str | None:
    """ "Ngày 22/4/2024, Tổng thư ký Quốc hội đã có Thông báo số ...", "văn bản đề ngày 29 tháng
    10 năm 2025 số 16/CV-HHTACN": the date it was issued."""
    dated = P.DATED_BEFORE_NUMBER.search(text, max(0, start - 60), start)
    if dated:
        return iso_date(dated)
    d = P.DATE_BEFORE.search(text, max(0, start - 150), start)
    if d is None:
        return None
    previous = text[max(0, d.start() - 8) : d.start()].rstrip(" \t")[-1:]
    if previous and previous not in "\n.;,:(":
        return None  # the date must open its clause
    return iso_date(d)


def _short_mentions(text: str, low: str, taken: list[tuple[int, int]], ctx: Context) -> list[Mention]:
    found: list[Mention] = []
    starts = [s for s, _ in taken]
    for m in P.SHORT_FORM.finditer(low):
        i = bisect.bisect_right(starts, m.start("number")) - 1
        if i >= 0 and m.start("number") < taken[i][1]:
            continue
        words = text[m.start("words") : m.end("words")]
        tail = read_tail(text, m.end(), ctx)
        # "kế hoạch 5 năm" is no reference: a short form needs "số", a capital or an issuer
        if not (m.group("so") or words[0].isupper() or tail.issuer):
            continue
        found.append(
            Mention(
                start=m.start(),
                end=m.end(),
                text=text[m.start() : m.end()],
                type_code=type_of_words(words),
                number=m.group("number"),
                issuer_code=tail.issuer.code if tail.issuer else None,
                symbol=None,
                symbol_year=None,
                date=tail.date,
                issuer=tail.issuer.name if tail.issuer else None,
                short=True,
                words=words,
            )
        )
    return found


def find_mentions(text: str, low: str, own: tuple[int, int] | None, ctx: Context) -> list[Mention]:
    """Every mention in the text except the document's own number, in reading order."""
    full = _symbol_mentions(text, low, own, ctx)
    short = _short_mentions(text, low, sorted((x.start, x.end) for x in full), ctx)
    return sorted(full + short, key=lambda x: x.start)
