"""Document types, type codes and issuer codes (DOMAIN.md §2), as lookup tables."""

from __future__ import annotations

from .bodies import CENTRAL, issuer_names
from .gazetteer import fold

# type code -> class name. The class is what the graph labels a node with.
TYPE_CLASSES: dict[str, str] = {
    "NQ": "Resolution",
    "NQLT": "Resolution",
    "KL": "Conclusion",
    "CT": "Directive",
    "KH": "Plan",
    "CTr": "Program",
    "CTHĐ": "ActionProgram",
    "HD": "Guidance",
    "QĐ": "Decision",
    "QĐi": "Regulation",
    "QyĐ": "Regulation",
    "TB": "Notice",
    "TT": "Circular",
    "TTLT": "Circular",
    "TTLB": "Circular",  # a joint circular of ministries before 1997: "Thông tư liên bộ số 14/TTLB"
    "NĐ": "Decree",
    "BC": "Report",
    "CV": "OfficialLetter",
    "PA": "Scheme",
    "ĐA": "Project",
    "TTr": "Submission",
    "CĐ": "Dispatch",
    "L": "Law",
    "PL": "Ordinance",
    "HP": "Constitution",
    "ĐL": "Charter",
    "VBHN": "ConsolidatedText",
}

# words printed before a number (folded) -> type code
TYPE_WORDS: dict[str, str] = {
    "chuong trinh hanh dong": "CTHĐ",
    "chuong trinh": "CTr",
    "nghi quyet lien tich": "NQLT",
    "nghi quyet": "NQ",
    "ket luan": "KL",
    "chi thi": "CT",
    "ke hoach": "KH",
    "huong dan": "HD",
    "quyet dinh": "QĐ",
    "quy dinh": "QĐi",
    "quy che": "QC",
    "thong bao": "TB",
    "thong tu lien tich": "TTLT",
    "thong tu lien bo": "TTLB",
    "thong tu": "TT",
    "thong tri": "TT",
    "nghi dinh": "NĐ",
    "bao cao": "BC",
    "cong van": "CV",
    "van ban": "CV",
    "phuong an": "PA",
    "de an": "ĐA",
    "to trinh": "TTr",
    "cong dien": "CĐ",
    "phieu chuyen": "PC",
    "giay phep": "GP",
    "giay moi": "GM",  # an invitation: "Số: 12/GM-BTP … GIẤY MỜI"
    "don de nghi": "CV",  # a company's request: "Đơn đề nghị xác định mã số số 0825-03/HW-TCHQ"
    "bo luat": "L",
    "luat": "L",
    "phap lenh": "PL",
    "hien phap": "HP",
    "dieu le": "ĐL",
}

# Every type code, with or without a class of its own ("Phiếu chuyển số 704/PC-TCT": PC).
TYPE_CODES = frozenset(TYPE_CLASSES) | frozenset(TYPE_WORDS.values())

# Printed codes folded (no diacritics, upper case) -> canonical spelling. Covers the noise
# of DOMAIN.md §5: LDLĐ, ĐĐTLD, CTHD, TTG.
_CANONICAL_CODES = [
    "NQ", "NQLT", "KL", "CT", "KH", "CTr", "CTHĐ", "HD", "QĐ", "QĐi", "QyĐ", "TB", "TT", "TTLT", "NĐ",
    "BC", "CV", "PA", "ĐA", "TTr", "CĐ", "PL", "TW", "TU", "QU", "HU", "ĐU", "VPTW", "BTGDVTW", "BTGTW",
    "BTCTW", "BDVTW", "UBKTTW", "TLĐ", "LĐLĐ", "ĐĐTLĐ", "CĐN", "CP", "TTg", "UBND", "HĐND", "BTC",
    "BCĐ", "HĐBT", "BGDĐT", "LĐTBXH", "BLĐTBXH", "BNV", "BTP", "BYT", "BCA", "BQP", "VPCP", "TCT", "TCHQ",
    "NHNN", "BKHĐT", "BCT", "BXD", "BTNMT", "BNNPTNT", "BTTTT", "BVHTTDL", "BGTVT", "BKHCN", "MTTQ",
    "VBHN", "BNNMT", "CHQ", "BDTTG", "BCĐTW", "TTLB", "GM",
]  # fmt: skip
CANONICAL_CODE: dict[str, str] = {fold(c).upper(): c for c in _CANONICAL_CODES}
KNOWN_CODES = frozenset(CANONICAL_CODE.values())

# Codes whose first segment in "n/XX-YY" is a type code only when YY is a known issuer:
# "32/CT-TTg" is a directive, "1234/CT-TTHT" a letter of the tax department (Cục Thuế),
# "247/TT.HĐND" a letter of the standing committee (Thường trực) of a council. BC and TB
# name no unit: "văn bản số 84/BC-UBND" is a report, "Số 294/BC-STP" too.
AMBIGUOUS_TYPE_CODES = frozenset({"CT", "TT"})
# The rank of normative acts: one amends or carries out acts of its rank or above it, never
# above its own (a circular does not amend a decree; a decree carries out a law).
NORMATIVE_RANK = {"L": 3, "NĐ": 2, "TT": 1, "TTLT": 1}
# Documents that lay down no rule: a letter, a notice, a report, a submission, a telegram. One
# amends or replaces only a document of its own type ("Công văn này thay thế Công văn số
# 6288/BYT-MT"); a tax letter's "Sửa đổi khoản 4 Điều 16 Thông tư số 219/2013/TT-BTC như sau:"
# quotes what a circular changed, a submission's "Sửa đổi khoản 1 Điều 8 Nghị định số
# 209/2013/NĐ-CP" proposes it.
NON_NORMATIVE_TYPES = frozenset({"CV", "TB", "BC", "TTr", "CĐ"})

# Issuer codes that name exactly one body: from the organization vocabulary (bodies.CENTRAL).
ISSUER_NAMES: dict[str, str] = issuer_names()

# Bodies printed in headers and enacting formulas that the central table (bodies.CENTRAL) does
# not hold because their name is shared or generic: with it they spell every known body
# ("TONG CỤC HAI QUAN" -> "Tổng cục Hải quan").
LOCAL_BODY_NAMES: tuple[str, ...] = (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Liên đoàn Lao động", "Tỉnh ủy", "Thành ủy",
    "Quận ủy", "Huyện ủy", "Đảng ủy", "Thuế", "Chi cục Thuế", "Chi cục Hải quan",
    "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Nội vụ", "Sở Y tế", "Sở Tư pháp", "Sở Xây dựng",
    "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ",
    "Sở Văn hóa, Thể thao và Du lịch", "Trung tâm Phục vụ hành chính công", "Văn phòng", "Đảng bộ",
    "Bảo hiểm xã hội",
)  # fmt: skip

CODE_OF_ISSUER: dict[str, str] = {name: code for code, name in ISSUER_NAMES.items()}

# Codes that name an issuing body (not a type): "NĐCP" is NĐ + CP, "27/CTTg" CT + TTg.
ISSUER_CODES = frozenset(ISSUER_NAMES) | frozenset(
    {"TW", "TU", "QU", "HU", "ĐU", "UBND", "HĐND", "HĐBT", "LĐLĐ", "BCĐTW"}
)

# Ministries merged on 1 March 2025: the old code -> the code of the ministry it became part of.
# A text of that time may print the old code while naming the new ministry ("Quyết định số
# 2304/QĐ-BTNMT ngày 23 tháng 6 năm 2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường").
MERGED_MINISTRY_CODES: dict[str, str] = {
    "BTNMT": "BNNMT", "BNNPTNT": "BNNMT", "BKHĐT": "BTC", "BTTTT": "BKHCN", "BGTVT": "BXD",
    "BLĐTBXH": "BNV", "UBDT": "BDTTG",
}  # fmt: skip
MINISTRY_MERGER = "2025-03-01"

# Issuer codes shared by many bodies: identity needs the issuing body's name too.
# BCĐTW: every central steering committee ("Ban Chỉ đạo Trung ương về phát triển khoa học,
# công nghệ, đổi mới sáng tạo và chuyển đổi số", the 2007 one of a campaign ...) prints it.
SHARED_ISSUER_CODES = frozenset(
    {"LĐLĐ", "TU", "QU", "HU", "ĐU", "UBND", "HĐND", "BCĐ", "BCĐTW", "CĐN", "CV", "MTTQ"}
)


def _body_key(name: str) -> str:
    return " ".join(fold(name).replace("-", " ").replace(",", " ").split())


_BODY_SPELLING: dict[str, str] = {
    **{_body_key(n): n for n in LOCAL_BODY_NAMES},
    **{_body_key(n): c.name for c in CENTRAL for n in (c.name, *c.aliases)},
}


def body_spelling(name: str) -> str | None:
    """The canonical spelling of a known body however it is printed: "BỘ TÀI CHÍNH" -> "Bộ Tài chính"."""
    return _BODY_SPELLING.get(_body_key(name))


def canonical_code(code: str) -> str:
    """`LDLĐ` -> `LĐLĐ`, `TTG` -> `TTg`; unknown codes keep their printed form."""
    compact = code.replace(" ", "")
    return CANONICAL_CODE.get(fold(compact).upper(), compact)


def type_of_words(words: str) -> str | None:
    return TYPE_WORDS.get(fold(words))


def class_of(type_code: str | None) -> str:
    return TYPE_CLASSES.get(type_code or "", "Document")


def issuer_name_of_code(issuer_code: str | None) -> str | None:
    if issuer_code is None:
        return None
    if issuer_code.startswith("UBTVQH"):
        return "Ủy ban Thường vụ Quốc hội"
    if issuer_code.startswith("QH") and issuer_code[2:].isdigit():
        return "Quốc hội"
    return ISSUER_NAMES.get(issuer_code)
