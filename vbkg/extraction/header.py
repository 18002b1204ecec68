"""The header of a document: its own number, the issuing body beside the motto, its date.

A header is printed in two columns; extracted text often flattens them into one line:
"ỦY BAN THƯỜNG VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM QUỐC HỘI Độc lập - Tự do - Hạnh phúc".
The issuer is what stands before the motto plus what follows it up to "Độc lập"; of a
two-level issuer ("BỘ TÀI CHÍNH / CỤC HẢI QUAN") the lower line is the one that signs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import gazetteer as gz
from . import patterns as P
from .codes import TYPE_CLASSES, body_spelling, canonical_code
from .gazetteer import fold
from .symbols import ParsedSymbol, parse_symbol

_WINDOW = 1500
_BLOCK_CHARS = 200  # a header's issuer lines before the motto are short
# Words that open an issuing unit, folded, longest first where one is a prefix of another.
_UNIT_STARTS = sorted(
    (
        tuple(s.split())
        for s in (
            "uy ban thuong vu quoc hoi", "ban chap hanh trung uong", "tong lien doan lao dong viet nam",
            "tong lien doan lao dong", "lien doan lao dong", "ldld", "uy ban nhan dan", "ubnd",
            "hoi dong nhan dan", "hdnd", "tong cuc thue", "tong cuc hai quan", "tong cuc", "chi cuc thue",
            "chi cuc hai quan", "chi cuc", "cuc thue", "cuc hai quan", "cuc", "bo chinh tri", "ban bi thu",
            "bo", "so", "trung tam", "van phong chinh phu", "van phong", "thue", "thu tuong chinh phu",
            "chinh phu", "quoc hoi", "tinh uy", "thanh uy", "quan uy", "huyen uy", "dang uy", "dang bo",
            "ban", "ngan hang nha nuoc", "kiem toan nha nuoc", "thanh tra", "uy ban", "bao hiem xa hoi",
        )
    ),
    key=len,
    reverse=True,
)  # fmt: skip
# Offices that head the unit after them: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP".
_OFFICES = (("chu", "tich"), ("bo", "truong"), ("thu", "tuong"), ("tong", "cuc", "truong"), ("cuc", "truong"),
            ("thong", "doc"), ("giam", "doc"))  # fmt: skip
# How an issuer printed without the motto may start, spelled properly.
_FIRST_WORDS = frozenset({"bộ", "tổng", "cục", "sở", "ủy", "ubnd", "hội", "hđnd", "liên", "lđlđ", "tỉnh", "thành",
                          "quận", "huyện", "đảng", "ban", "văn", "trung", "chi", "thuế", "chủ", "thủ", "chính",
                          "quốc", "ngân", "kiểm", "thanh", "bảo"})  # fmt: skip
_COMMITTEES = {"tinh uy", "thanh uy", "quan uy", "huyen uy", "dang uy"}
_ABBREVIATED = {"ubnd": "Ủy ban nhân dân", "hdnd": "Hội đồng nhân dân", "ldld": "Liên đoàn Lao động",
                "ban chap hanh trung uong": "Ban Chấp hành Trung ương Đảng"}  # fmt: skip


@dataclass(frozen=True)
class OwnNumber:
    """The document's own number as its header prints it; `number` None where OCR garbled it."""

    parsed: ParsedSymbol
    number: str | None
    span: tuple[int, int]


def header_end(text: str, heading_start: int | None) -> int:
    """Where the header ends at the latest: the type heading, the addressee, the preamble."""
    end = min(len(text), _WINDOW)
    stop = P.HEADER_END.search(text, 0, end)
    if stop:
        end = stop.start()
    if heading_start is not None:
        # numbers in the title are the documents it names ("HƯỚNG DẪN … NGHỊ ĐỊNH SỐ 65/2013/NĐ-CP")
        end = min(end, heading_start)
    return end


def _typed(parsed: ParsedSymbol, m: re.Match[str], words_code: str | None) -> ParsedSymbol:
    """Its own symbol's type part names a document's type: n/TB-CHQ is a notice, not a letter."""
    state = m.group("state")
    if parsed.type_code != "CV" or not state:
        return parsed
    segs = P.CODE_SEPARATOR.split(state.strip())
    first = canonical_code(segs[0])
    if len(segs) > 1 and first in TYPE_CLASSES and first != "CT" and first != words_code:
        return parse_symbol(m, first)
    return parsed


def own_number(text: str, end: int, words_code: str | None) -> OwnNumber | None:
    """The "Số: 18/KH-LĐLĐ" of the header (never a number from a Căn cứ clause or an appendix)."""
    subject = P.SUBJECT_LINE.search(text, 0, end)
    if subject:  # the number precedes a letter's "V/v ..." subject, which may cite others
        end = subject.start()
    for head in P.OWN_NUMBER.finditer(text, 0, end):
        m = P.SYMBOL.match(text, head.end())
        if m:
            parsed = _typed(parse_symbol(m, words_code), m, words_code)
            return OwnNumber(parsed, parsed.number, (head.start(), m.end()))
        loose = P.OWN_SYMBOL_LOOSE.match(text, head.end())
        if loose is None or not (loose.group("slash") or "-" in loose.group("codes")):
            continue
        printed = loose.group("number")
        codes = P.SPACES.sub("", loose.group("codes"))
        year = f"{loose.group('year')}/" if loose.group("year") else ""
        m = P.SYMBOL.fullmatch(f"{printed if printed.isdigit() else '0'}/{year}{codes}")
        if m is None:
            continue
        parsed = _typed(parse_symbol(m, words_code), m, words_code)
        return OwnNumber(parsed, printed if printed.isdigit() else None, (head.start(), loose.end()))
    return None


def header_block(text: str) -> str | None:
    """The issuer's words in the header: before the motto and, flattened, after it."""
    motto = P.NATIONAL_MOTTO.search(text, 0, min(len(text), _WINDOW))
    if motto is None:
        return None
    blank = text.rfind("\n\n", 0, motto.start())
    start = max(blank + 2 if blank >= 0 else 0, motto.start() - _BLOCK_CHARS)
    before = text[start : motto.start()]
    tail = P.MOTTO_TAIL.search(text, motto.end(), min(len(text), motto.end() + 120))
    after = text[motto.end() : tail.start()] if tail else ""
    return _upper_part(before) + " " + _upper_part(after)


def _upper_part(chunk: str) -> str:
    """The trailing words of `chunk` that are printed in capitals, as header issuers are."""
    words = chunk.split()
    kept: list[str] = []
    for w in reversed(words):
        letters = [c for c in w if c.isupper() or c.islower()]
        if not letters and any(c.isalpha() for c in w):
            continue  # OCR marks with no case ("ˆ", a modifier letter) are no words
        lower = sum(c.islower() for c in letters)
        # one letter OCR read in lower case keeps a word of capitals: "CUC THUE TP. HO CHi MINH"
        if any(c.isdigit() or c == "/" for c in w) or (
            letters and lower > (1 if len(letters) - lower >= 2 else 0)
        ):
            break
        kept.append(w)
    return " ".join(reversed(kept))


def leading_block(text: str, end: int) -> str | None:
    """A header with no motto: upper-case lines at the very top ("BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ")."""
    lines: list[str] = []
    for line in text[:end].split("\n"):
        letters = [c for c in line if c.isalpha()]
        if not letters:
            continue
        if (
            sum(c.isupper() for c in letters) < 0.8 * len(letters)
            or P.TYPE_HEADING.match(line)
            or P.OWN_NUMBER.match(line)
            or any(c.isdigit() for c in line)
        ):
            break
        lines.append(line)
    block = " ".join(lines)
    motto = P.MOTTO_WORDS.search(fold(block))
    if motto:  # a motto OCR garbled past recognition: "CỘNG HÒA XÃ HỘI IL XI ET NAM"
        block = " ".join(block.split()[: len(fold(block)[: motto.start()].split())])
    units = _units(block)
    # a title in capitals ("BẢN KIỂM ĐIỂM ...") is no issuer: the block must open with a unit
    if not units or block.split()[0].lower().strip(".,:") not in _FIRST_WORDS:
        return None
    return block


@dataclass(frozen=True)
class _Unit:
    start: str  # the folded words that opened it
    words: list[str]


def _units(block: str) -> list[_Unit]:
    words = [
        w
        for w in P.HEADER_WORD_BREAK.split(P.CITY_ABBREVIATION.sub("THÀNH PHỐ ", block))
        if any(c.isalpha() for c in w)
    ]
    folded = [fold(w.strip(".,;:*#")) for w in words]
    units: list[_Unit] = []
    i = 0
    while i < len(words):
        office = next((o for o in _OFFICES if tuple(folded[i : i + len(o)]) == o), None)
        if office:
            nxt = _start_at(folded, i + len(office))
            if nxt:
                units.append(_Unit(" ".join(nxt), words[i : i + len(office) + len(nxt)]))
                i += len(office) + len(nxt)
                continue
        start = _start_at(folded, i)
        if start is None:
            if units:
                units[-1].words.append(words[i])
            i += 1
            continue
        units.append(_Unit(" ".join(start), words[i : i + len(start)]))
        i += len(start)
    return units


def _start_at(folded: list[str], i: int) -> tuple[str, ...] | None:
    return next((s for s in _UNIT_STARTS if tuple(folded[i : i + len(s)]) == s), None)


def _split_place(words: list[str]) -> tuple[list[str], str | None, list[str]]:
    """Body words, level ("tỉnh") and place words of a unit."""
    folded = [fold(w) for w in words]
    for i in range(1, len(words)):
        for key, level in gz.LEVELS.items():
            n = len(key.split())
            if " ".join(folded[i : i + n]) == key and i + n < len(words):
                if key == "quan" and (folded[i - 1] == "hai" or folded[i + 1] in ("ly", "tri")):
                    continue  # "HẢI QUAN", "QUẢN LÝ" read without their tone marks
                return words[:i], level, words[i + n :]
    return words, None, []


def _place_name(words: list[str]) -> str:
    for n in range(len(words), 0, -1):
        place = gz.lookup(" ".join(words[:n]))
        if place:
            return place.district or place.province
    if all(w.isupper() for w in words):
        return " ".join(w[:1] + w[1:].lower() for w in words)
    return " ".join(words)


def _sentence_case(words: list[str]) -> str:
    text = " ".join(words).lower()
    return text[:1].upper() + text[1:]


def unit_name(unit: _Unit) -> str:
    """A unit's name as the annotation spells it: "CỤC THUẾ TP HÀ NỘI" -> "Cục Thuế thành phố Hà Nội"."""
    words = [w.strip(".;:*#") for w in unit.words]
    if words:
        words[-1] = words[-1].rstrip(",")
    if unit.start in _COMMITTEES and fold(" ".join(words[:2])) == unit.start:
        spelled = body_spelling(" ".join(words[:2])) or _sentence_case(words[:2])
        return f"{spelled} {_place_name(words[2:])}" if len(words) > 2 else spelled
    body, level, place = _split_place(words)
    name = _spelled(body)
    if not place:
        return name
    return f"{name} {level} {_place_name(place)}"


def _spelled(body: list[str], printed: bool = False) -> str:
    """Known bodies keep their spelling; an office before one is sentence-cased ("Chủ tịch ...").

    Other names are sentence-cased from capitals, or kept as `printed` in running text.
    """
    for k in range(min(4, len(body))):
        rest = body[k:]
        known = _ABBREVIATED.get(fold(" ".join(rest))) or body_spelling(" ".join(rest))
        if known:
            return f"{_sentence_case(body[:k])} {known}" if k else known
    if printed:
        return " ".join(body)
    if len(body) > 2:
        # one stray OCR word after a known body: "TONG CUC THUE MINH" -> Tổng cục Thuế
        known = body_spelling(" ".join(body[:-1]))
        if known:
            return known
    return _sentence_case(body)


def issuer_of_block(block: str) -> str | None:
    """The lower (signing) unit of a header block, completed with the upper unit's place."""
    units = _units(block)
    if not units:
        return None
    lower = units[-1]
    name = unit_name(lower)
    if (
        len(units) > 1
        and _split_place(lower.words)[1] is None
        and len(lower.words) > len(lower.start.split())
    ):
        upper = units[-2]
        _, level, place = _split_place(upper.words)
        if place and lower.start not in (
            "bo",
            "tong cuc",
            "cuc hai quan",
            "tong cuc thue",
            "tong cuc hai quan",
        ):
            name = f"{name} {level} {_place_name(place)}"
    elif len(units) > 1 and len(lower.words) == len(lower.start.split()):
        # a bare unit under its parent: "TỔNG CỤC THUẾ / CỤC THUẾ", "TỈNH ỦY" under "ĐẢNG BỘ TỈNH …"
        _, level, place = _split_place(units[-2].words)
        if place:
            where = _place_name(place)
            name = f"{name} {where}" if lower.start in _COMMITTEES else f"{name} {level} {where}"
        elif lower.start == "van phong":
            name = f"{name} {unit_name(units[-2])}"
    return name if _readable(_split_place(lower.words)[0]) else None


def _readable(body: list[str]) -> bool:
    """Every word of the body's name a Vietnamese syllable: OCR garble ("CUC GSQL VE HAI QUAN")
    is no name. Places are not checked ("ĐẮK LẮK")."""
    words = [w.strip(".,;:*#()").lower() for w in body]
    return all(P.VIET_SYLLABLE.fullmatch(w) for w in words if w)


def tidy_name(raw: str) -> str:
    """A body named in running text, tidied: "Uỷ ban nhân dân tỉnh nghệ an" -> "... tỉnh Nghệ An"."""
    words = P.CITY_ABBREVIATION.sub("thành phố ", " ".join(raw.split())).split()
    if words and fold(words[0]) in _ABBREVIATED:
        words = _ABBREVIATED[fold(words[0])].split() + words[1:]
    body, level, place = _split_place(words)
    name = _spelled(body, printed=True)
    if level and place:
        name = f"{name} {level} {_place_name(place)}"
    return name[:1].upper() + name[1:]
