"""A matched symbol to its parts: type code, number, issuer code, year, normalised form."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import patterns as P
from .codes import (
    AMBIGUOUS_TYPE_CODES,
    ISSUER_CODES,
    KNOWN_CODES,
    MERGED_MINISTRY_CODES,
    MINISTRY_MERGER,
    TYPE_CODES,
    canonical_code,
)
from .gazetteer import fold

_FOLDED_TYPES = {fold(c).upper(): c for c in TYPE_CODES}
_FOLDED_ISSUERS = {fold(c).upper(): c for c in ISSUER_CODES}

_LATIN = str.maketrans(P.LOOKALIKES)
_TERM_DIGITS = str.maketrans("IlLO", "1110")


# Letters OCR takes for one another inside codes: "TT-BIC" is TT-BTC, "OD-BTC" QĐ-BTC,
# "20- NO/TW" 20-NQ/TW, "209/2013/NB- CP" NĐ-CP, "Thông tư số 39/2018/T1-BTC" TT-BTC.
_OCR_SWAPS = frozenset(
    {
        ("I", "T"),
        ("O", "Q"),
        ("O", "D"),
        ("B", "D"),
        ("0", "O"),
        ("1", "I"),
        ("L", "I"),
        ("1", "L"),
        ("1", "T"),
    }
)


def latin_view(text: str) -> str:
    """`text` with look-alike letters and slashes made Latin; same length, same offsets."""
    return text.translate(_LATIN) if P.ANY_LOOKALIKE.search(text) else text


@dataclass(frozen=True)
class ParsedSymbol:
    number: str
    type_code: str | None
    issuer_code: str | None
    year: int | None
    symbol: str
    typed: bool = False  # the type came from the symbol itself, not from the words before it

    def with_issuer(self, code: str | None) -> ParsedSymbol:
        if code == self.issuer_code or not self.issuer_code or not code:
            return self
        return replace(self, issuer_code=code, symbol=symbol_with_issuer(self.symbol, self.issuer_code, code))


def _code(raw: str) -> str:
    code = canonical_code(raw)
    return qh_term_digits(code)


def qh_term_digits(code: str) -> str:
    """A National Assembly term read as letters by OCR, as digits: "UBTVQHI0" -> "UBTVQH10",
    "OH13" -> "QH13"."""
    m = P.QH_TERM.search(code)
    if m is None:
        return code
    body = "UBTVQH" if m.group("body").startswith("UBTV") else "QH"  # "OH13", "UBTVQOH13": O read for Q
    return code[: m.start("body")] + body + m.group("term").translate(_TERM_DIGITS)


def _segments(codes: str) -> list[str]:
    segs = [_code(s) for s in P.CODE_PARTS.split(codes.strip()) if s]
    if len(segs) == 1:
        return _split_glued(segs[0])
    return segs


def _split_glued(seg: str) -> list[str]:
    """A type code glued to a known issuer: "NĐCP" is NĐ-CP, "TTBTC" TT-BTC, "CTTg" CT-TTg."""
    if seg in KNOWN_CODES:
        return [seg]
    folded = fold(seg).upper()
    for n in (4, 3, 2):
        head, rest = folded[:n], folded[n:]
        if head in _FOLDED_TYPES and rest in _FOLDED_ISSUERS:
            return [_FOLDED_TYPES[head], _FOLDED_ISSUERS[rest]]
        # one letter written once for both: "Chỉ thị số 27/CTTg" is 27/CT-TTg
        if head in _FOLDED_TYPES and len(rest) >= 2 and head[-1] + rest in _FOLDED_ISSUERS:
            return [_FOLDED_TYPES[head], _FOLDED_ISSUERS[head[-1] + rest]]
    return [seg]


def _initials(words: str | None) -> str:
    return "".join(w[0] for w in fold(words).upper().split()) if words else ""


def _is_type(seg: str, second: str | None, words_code: str | None, phrase: str | None) -> bool:
    """Whether a symbol's first segment is its type: a known type code, or the initials of
    the words before it ("Quy chế phối hợp số 49/QCPH-UBND" is QCPH)."""
    if seg in TYPE_CODES:
        if seg in AMBIGUOUS_TYPE_CODES:
            # "32/CT-TTg" is a directive; "1234/CT-TTHT", "Công văn số 247/TT.HĐND" letters
            # "Tờ trình số 419/TT-SXD": the old abbreviation of a Tờ trình is the printed type
            return (
                words_code == seg
                or (words_code != "CV" and second in KNOWN_CODES)
                or (seg == "TT" and words_code == "TTr")
            )
        return True
    folded = fold(seg).upper()
    if len(seg) >= 2 and folded == _initials(phrase):
        return True
    # an extended type code: "Quy chế 1999/QCPH-BHXH-TCT", "tờ trình liên sở số 1960/TTrLS-STC"
    head = fold(words_code or "").upper() if words_code != "CV" else ""
    return len(head) >= 2 and folded.startswith(head) and seg not in KNOWN_CODES


def parse_symbol(m: re.Match[str], words_code: str | None, phrase: str | None = None) -> ParsedSymbol:
    """Interpret a SYMBOL match; `words_code` is the type the words before it name, `phrase`
    those words with their qualifiers ("Quy chế phối hợp")."""
    number = m.group("number").replace(" ", "")  # OCR "27102017- 02"
    if m.group("legal"):
        year = int(m.group("year").replace(" ", ""))
        segs = _segments(m.group("legal").replace("/", "-"))  # "TTLT/BYT-BTC" is TTLT-BYT-BTC
        if len(segs) > 1 and words_code and ocr_variant(segs[0], words_code) and segs[1] in KNOWN_CODES:
            segs[0] = words_code
        if len(segs) > 1 and segs[0] == "NĐ" and segs[1] != "CP" and words_code not in (None, "NĐ"):
            segs[0] = words_code  # only the Government issues decrees: "Thông tư số 03/2025/NĐ-VPCP"
        if len(segs) > 1 and segs[0] in TYPE_CODES:
            type_code: str | None = segs[0]
            issuer = "-".join(segs[1:])
            symbol = f"{number}/{year}/{type_code}-{issuer}"
            return ParsedSymbol(number, type_code, issuer, year, symbol, True)
        else:
            issuer = "-".join(segs)
            # 38/2019/QH14 with no words is a law; "Nghị quyết số 98/2023/QH15" a resolution
            type_code = words_code or ("L" if issuer.startswith("QH") else None)
            symbol = f"{number}/{year}/{issuer}"
            if type_code is None and issuer in TYPE_CODES and issuer not in ISSUER_CODES:
                type_code = issuer  # "111/2013/TT" with no words
            if issuer == type_code:  # "Nghị định sô 132/2020/ND": the issuer is cut off
                return ParsedSymbol(number, type_code, None, year, f"{number}/{year}/{type_code}")
        return ParsedSymbol(number, type_code, issuer, year, symbol)
    if m.group("ptype"):
        type_code = canonical_code(m.group("ptype"))
        if type_code not in TYPE_CODES and words_code and ocr_variant(type_code, words_code):
            type_code = words_code
        issuer = "-".join(_segments(m.group("pissuer")))
        return ParsedSymbol(number, type_code, issuer, None, f"{number}-{type_code}/{issuer}", True)
    if m.groupdict().get("dissuer"):
        # "Nghị định số 244-HĐBT": the issuer alone; "Chỉ thị số 297-CT": the type alone
        code = _code(m.group("dissuer"))
        if code == words_code:
            return ParsedSymbol(number, code, None, None, f"{number}-{code}")
        return ParsedSymbol(number, words_code, code, None, f"{number}-{code}")
    state = m.group("state")
    head, _, more = state.partition("/")
    segs = _segments(head)
    first = segs[0]
    second = segs[1] if len(segs) > 1 else None
    if second in KNOWN_CODES and words_code and ocr_variant(first, words_code):
        first = words_code  # "Quyết định s6:2439/OD-BTC": OD is a misread QĐ
    if (second or more) and _is_type(first, second, words_code, phrase):
        issuer = "-".join(segs[1:] + ([_code(more)] if more else []))
        return ParsedSymbol(number, first, issuer, None, f"{number}/{first}-{issuer}", True)
    issuer = "-".join(segs) + (f"/{more.replace(' ', '')}" if more else "")
    type_code = words_code if words_code and words_code != "CV" else "CV"
    if issuer == type_code:
        # "Thông báo sô 118/TB", "công văn số 201801/CV": the issuer is not printed
        return ParsedSymbol(number, type_code, None, None, f"{number}/{type_code}")
    return ParsedSymbol(number, type_code, issuer, None, f"{number}/{issuer}")


def ocr_variant(printed: str, known: str) -> bool:
    """`printed` is `known` with one letter misread: "BIC" for BTC, "OD" for QĐ."""
    a, b = fold(printed).upper(), fold(known).upper()
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and (diff[0][0], diff[0][1]) in _OCR_SWAPS


def is_damaged(code: str | None) -> bool:
    """A one-part issuer code the tables do not know: "BIC", "BT"."""
    return bool(code) and "-" not in (code or "") and code not in KNOWN_CODES


def confirmed_issuer(code: str | None, named: str | None, date: str | None = None) -> str | None:
    """A misread issuer code corrected by the issuer named after it: "Thông tư số
    80/2012/TT- BIC ngày 22/05/2012 của Bộ Tài chính" is TT-BTC. A merged ministry's old code
    dated after the merger, with the new ministry named, is the new code: "2304/QĐ-BTNMT ngày
    23 tháng 6 năm 2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường" is QĐ-BNNMT. Else the code
    as printed."""
    if named and code and is_damaged(code) and ocr_variant(code, named):
        return named
    if named and code and date and date >= MINISTRY_MERGER and MERGED_MINISTRY_CODES.get(code) == named:
        return named
    return code


def symbol_with_issuer(symbol: str, old: str, new: str) -> str:
    """A symbol whose issuer code (its last part) `old` is read as `new`."""
    return symbol[: -len(old)] + new if symbol.endswith(old) else symbol


def without_doubled_eth(parsed: ParsedSymbol) -> ParsedSymbol:
    """An eth after a Đ is OCR's second stroke of that Đ: "1066/HQĐÐNa-TXNK" is HQĐNa,
    "99/QĐÐ-BHXH" QĐ. A code that starts with ĐĐ (ĐĐTLĐ) is left alone."""

    def fix(code: str | None) -> str | None:
        return code[0] + code[1:].replace("ĐĐ", "Đ") if code else code

    out = parsed.with_issuer(fix(parsed.issuer_code))
    type_code = fix(parsed.type_code)
    if type_code and parsed.type_code and type_code != parsed.type_code:
        out = replace(out, type_code=type_code, symbol=out.symbol.replace(parsed.type_code, type_code, 1))
    return out
