"""Every extraction pattern, in one place.

Each pattern is named, built from named parts, and carries a real example from the seeds
or the corpus. None of them backtracks catastrophically: quantifiers are bounded, and no
repeated group can match the same text two ways, so a scan stays linear in the input
(see bench/extract.py for the pathological inputs).

All patterns run on normalised text (NFC, tone on the first vowel: "ủy", "hóa").
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------
# Letters. Vietnamese precomposed capitals sit at even code points of U+1EA0..U+1EF8.
UPPER = "A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ" + "".join(chr(c) for c in range(0x1EA0, 0x1EF9, 2))
LOWER = "a-zàáâãèéêìíòóôõùúýăđĩũơư" + "".join(chr(c) for c in range(0x1EA1, 0x1EFA, 2))
LETTER = UPPER + LOWER
WORD = f"[{LETTER}]+"
CAP_WORD = f"[{UPPER}][{LETTER}]*"

# ---------------------------------------------------------------------------------------
# Symbols (số, ký hiệu). A code is a capital followed by letters or digits: KH, LĐLĐ, TTg,
# CTr, QĐi, UBTVQH15. Separators may carry one or two spaces: "Số:18 /KH - LDLĐ"; a line
# break may fall inside ("TT-⏎BIC"); a hyphen may be doubled ("09/2015/QD- -TTg"). A dot
# also separates codes, without spaces and before two capitals only: "Công văn số
# 247/TT.HĐND", "Thông tư số 124/TT.TTr", "Quyết định 1188/QĐ.UBND-VX" (a full stop ending a
# sentence is followed by a space).
_CODE = r"[A-ZĐ][A-Za-zĐđ0-9&]{0,11}"
_SEP = r"\s{0,2}"
# Before a code's hyphen no line break: "… 61/2025/NĐ-CP\n- Trung tâm Phục vụ" opens a list item.
_SEP_IN_LINE = r"[ \t]{0,2}"
# A dotted part: "247/TT.HĐND", a unit's number: "4814/CCTKV.05-TTKT3".
_CODES = rf"{_CODE}(?:{_SEP_IN_LINE}-(?:{_SEP}-)?{_SEP}{_CODE}|\.[A-ZĐ]{{2}}[A-Za-zĐđ0-9&]{{0,10}}|\.\d{{1,3}}(?=-)){{0,5}}"
# (up to six parts: a joint circular of five ministries, "02/2005/TTLT-BCVT-VHTT-CA-KHĐT")
# A company's letter may carry a second slash: "công văn số 63/FIN/15-KC", "65/CV/ĐU".
_MORE = rf"(?:/(?:\d{{1,4}}-)?{_CODES})?"
# A code may be glued to the date that follows: "Đề án số 381/ĐA-CPngày 09 tháng 5".
# A code followed by "/" and digits is a portal ticket, not a document: "(190502/ZV09/0001/7401/008483097)".
_CODE_END = r"(?:(?![\w])|(?=ngày\b|ngay\b))(?!/\d)"

SYMBOL = re.compile(
    rf"""
    (?=\d)(?:(?<![\w/.\-])|(?<=[Ss][ốỐoô]))  # "số382/TTr-CP": "số" glued to the number
    (?P<number>
        \d{{1,8}}                                   # a company's "20251022/CV-HD", "170503/CV-YTV"
        (?:[a-h]                                   # "Nghị quyết số 30a/2008/NQ-CP"
          | \.\d{{1,2}}(?={_SEP}/{_SEP}(?:19|20)\d\d)    # "Nghị quyết số 66.4/2025/NQ-CP"
          | -[ ]?(?!(?:19|20)\d\d\b)\d{{1,4}}(?={_SEP}/{_SEP}(?:[A-ZĐ]|(?:19|20)\d\d/[A-ZĐ]))  # "số 25-2303/PBHC-KD",
                                                   # OCR "27102017- 02/HC-VCST", "01-10/2025/CV-TKV"
        )?
    )
    (?:
        # legal normative and laws: 91/2017/NĐ-CP, 38/2019/QH14, 76/2025/UBTVQH15; OCR and
        # cleaning noise: "08/201 5/NĐ- CP", "146/20 14/TT-BTC", "126/2004 / / NĐ-CP",
        # "49/2025TT-BCT", "Nghị quyết số 19- 2016/NQ-CP"; an old joint circular: "14/2002/TTLT/BYT-BTC"
        {_SEP}[/-]{_SEP}(?P<year>(?:19|20)[ ]?\d[ ]?\d)(?:{_SEP}/(?:{_SEP}/)?{_SEP}|(?=[A-ZĐ]))
        (?P<legal>(?:TTLT{_SEP}/{_SEP})?{_CODES})
      | # Party: 01-KL/TW, 01- KL/TW, 13-NQ / TW, 01-CTHD/ĐĐTLD, "50- -NO/TW"
        {_SEP}-(?:{_SEP}-)?{_SEP}(?P<ptype>{_CODE}){_SEP}/{_SEP}(?P<pissuer>{_CODES})
      | # state and trade union: 46/KH-LĐLĐ, 1268/QĐ-TTg; official letters 04/VB-KHĐV
        {_SEP}/{_SEP}(?P<state>{_CODES}{_MORE})
      | # before 1992, an issuer without a type: "Nghị định số 244-HĐBT", "Nghị định số 90-CP"
        -(?P<dissuer>[A-ZĐ]{{2,8}})(?!{_SEP}/)
    )
    {_CODE_END}
    """,
    re.VERBOSE,
)

# The same shape, loosely, for the benchmark's bare scan (one compiled regex, no logic).
BARE_SYMBOL_SCAN = re.compile(r"\d{1,5}\s?[/-]\s?(?:\d{4}/)?[A-ZĐ][A-Za-zĐđ0-9&/-]{0,30}")

# ---------------------------------------------------------------------------------------
# Type words printed before a number: "Kết luận số 01-KL/TW", "kế hoạch số 83/KH-LDLĐ".
# Longer alternatives first ("chương trình hành động" before "chương trình").
TYPE_WORDS = (
    r"chương\s+trình\s+hành\s+động|chương\s+trình|nghị\s+quyết\s+liên\s+tịch|nghị\s+quyết|"
    r"kết\s+luận|chỉ\s+thị|kế\s+hoạch|hướng\s+dẫn|quyết\s+định|quy\s+định|quy\s+chế|thông\s+báo|"
    r"thông\s+tư\s+liên\s+tịch|thông\s+tư\s+liên\s+bộ|thông\s+tư|thông\s+tri|nghị\s+định|báo\s+cáo|công\s+văn|"
    r"văn\s+bản|phương\s+án|đề\s+án|tờ\s+trình|công\s+điện|phiếu\s+chuyển|giấy\s+phép|giấy\s+mời|đơn\s+đề\s+nghị|"
    r"pháp\s+lệnh|hiến\s+pháp|"
    r"bộ\s+luật|luật|điều\s+lệ"
)
# "cứ" of "căn cứ" as printed, OCR included ("căn cử", "cần cứ", "căn cú", "can ctr", "can cur",
# "căn cir" in scanned tax letters: "Can ctr Nghi dinh số 29/2004/NĐ-CP ngày 16 tháng 01 năm 2004").
_CU = r"c(?:[ứửừưuú]|tr|ur|ir)"
# "số" as printed, OCR included: "Quyết định s6:2439/OD-BTC", "công vănsố6673/VPCP-PL".
_SO = r"(?:số|so|sô|só|sồ|sé|s6)"

# Words that end a qualifier or a law's name: a verb, a preposition or another type word
# starts another phrase ("Kế hoạch thực hiện Luật số 38/2019/QH14" is a law, "Nghị định hướng
# dẫn Luật số 90/2025/QH15" too, "luật theo Nghị quyết số 197/2025/QH15" a resolution). A
# law's own name may hold "văn bản" and "luật": "Luật Ban hành văn bản quy phạm pháp luật".
_NOT_IN_NAME = (
    rf"(?:thực\s+hiện|triển\s+khai|c[ăâầa]n\s+{_CU}|theo|tại|của|về|và|với|các|những|nhằm|để|số|so|ngày|kèm|"
    r"quyết\s+định|nghị\s+định|nghị\s+quyết|thông\s+tư|chỉ\s+thị|kế\s+hoạch|công\s+văn|tờ\s+trình|"
    r"thông\s+báo|báo\s+cáo|kết\s+luận|hướng\s+dẫn|đề\s+án|công\s+điện|pháp\s+lệnh)\b"
)
# Type words that qualify another: "Thông báo kết luận số", "công văn hướng dẫn số".
_QUALIFYING_TYPE = r"(?:kết\s+luận|hướng\s+dẫn)\b"
_NOT_QUALIFIER = rf"(?:{_NOT_IN_NAME}|{TYPE_WORDS}|thực|triển|thi|ban|phê|sửa|bổ|thay|bãi)\b"

# Looked for in the 90 characters before a symbol, anchored at its end. The words nearest the
# symbol count, unless a law's name or a type word with qualifiers runs up to it:
#   "Nghị định số: 91/2017/NĐ-CP"  -> words "Nghị định"
#   "Luật Doanh nghiệp số 59/2020/QH14" -> words "Luật", name "Doanh nghiệp"
#   "Báo cáo thẩm tra số 416/BC-UBPLTP15" -> words "Báo cáo", qualifier "thẩm tra"
#   "Tờ trình Quốc hội chính thức số 366/TTr-CP", "Báo cáo giải trình, tiếp thu số ..."
TYPE_BEFORE_SYMBOL = re.compile(
    rf"""
    (?P<words>{TYPE_WORDS})
    (?:
        (?P<name>(?<=[Ll]uật)(?:\s+(?!{_NOT_IN_NAME}){WORD}){{1,8}}?)  # a law's name sits between
      | (?P<qualifier>(?:,?\s{{1,2}}(?:{_QUALIFYING_TYPE}|(?!{_NOT_QUALIFIER}){WORD})){{1,4}}?)(?=\s{{0,2}}{_SO})
    )?
    (?:\s{{0,2}}{_SO}){{0,2}}\s{{0,2}}[:.]?\s{{0,2}}$  # OCR "công văn số.\n0301/…", "mã số số 02-1025/NMT"
    """,
    re.VERBOSE,
)

# Some texts are lower-cased whole: "quyết định số 177/2004/qđ-ub ngày 01/10/2004". Such a
# symbol counts only after type words; SYMBOL is then tried on the upper-cased text.
# The lookahead first: most positions are no digit, and fail there before the lookbehind runs.
LOWER_SYMBOL = re.compile(r"(?=\d)(?<![\w/.\-])\d{1,6}\s?/\s?(?:(?:19|20)\d\d\s?/\s?)?[a-zđ]{1,4}[-.][a-zđ]")

# Form, table and appendix numbers are no documents: "theo mẫu số 03/TNDN", "(mẫu số
# 04/HTBT)", "Mẫu số 01/TB-CSSX/GSQL", "Biểu số 02/...", "Phụ lục số 01/...", "tờ khai
# 01/GTGT", "bảng kê 05- 3/BK-QTT-TNCN"; OCR drops the marks: "theo mau 06/PGKQKT/GSQL" (lower-cased
# text before a symbol; a bare "mau" only after "theo" or before "số", as it is also "fast").
FORM_BEFORE_SYMBOL = re.compile(
    rf"(?:mẫu|mâu|mau(?=\s{{1,2}}{_SO})|(?<=theo\s)mau|biểu|phụ\s+lục|tờ\s+khai|bảng\s+kê)(?:\s+biểu)?(?:\s{{1,2}}{_SO})?\s{{0,2}}:?"
    rf"\s{{0,2}}(?:\d{{1,3}}\s?-\s?[●•]?\s?)?$"
)
# A numbered standard is no document either: "QCVN 06:2022/BXD", "Tiêu chuẩn cơ sở 661:
# 2018/BVTV" (lower-cased text before the year that follows the colon).
STANDARD_BEFORE_SYMBOL = re.compile(r"(?:qcvn|tcvn|tccs|iso|tiêu\s+chuẩn|quy\s+chuẩn)[^\n:]{0,20}?\d\s?:\s?$")
# A digit and a colon right before a bare symbol: a clock time or a standard ("14:19 / NAM",
# "06:2022/BXD"), or OCR's reading of a header "Số:" ("$6:7009 /C1-TNCN"), never a reference.
DIGIT_COLON_BEFORE = re.compile(r"\d\s?:\s?$")
# The next item of a list of forms: "mẫu số 01/GTGT, 02/GTGT và 03/GTGT".
FORM_LIST_GAP = re.compile(
    rf"\s{{0,2}}(?:,|;|và|hoặc|hay)\s{{0,3}}(?:(?:mẫu|mâu|biểu)\s{{1,2}})?(?:{_SO}\s{{0,2}})?:?\s{{0,2}}"
)

# An appendix heading names the document itself: "(Kèm theo Quyết định s6:2439/OD-BTC ngày
# 22 tháng 4 năm 2022 của Bộ Tài chính)", "(Ban hành kèm theo Quyết định số: 203/QĐ-UBND
# ...)". Text from the line start to the mention's type words; the parenthesis is what tells
# a heading from a hard-wrapped sentence ("Quy chế làm việc ...⏎ban hành kèm theo Quyết định").
SELF_APPENDIX = re.compile(
    r"(?:^[ \t*_#>|]{0,8})?[(\[][ \t]{0,2}(?:ban\s+hành\s+)?kèm\s+theo\s{1,3}$", re.MULTILINE
)

# Short forms: a type word and a bare number. "Kết luận số 01", "Chỉ thị 05 của Bộ Chính
# trị", "Kế hoạch số 39 của Ban Thường vụ Thành ủy". The number must not start a symbol.
SHORT_FORM = re.compile(
    rf"""
    (?P<words>{TYPE_WORDS})
    \s+(?P<so>số\s+)?
    (?P<number>\d{{1,4}})
    (?!\d|\s{{0,2}}[/-]\s{{0,2}}[\da-zđ])
    """,
    re.VERBOSE,
)

# ---------------------------------------------------------------------------------------
# Splitters, cleaners and keys the later stages apply to what the patterns above found.

# Any run of white space, collapsed in titles, names and evidence: "Ủy ban nhân dân\n  tỉnh".
SPACES = re.compile(r"\s+")
# A run of printed characters, for walking a line word by word: "THỦ TƯỚNG CHÍNH PHỦ".
WORD_RUN = re.compile(r"\S+")
# The separator between the segments of a code: "KH - LĐLĐ", "TT-BTC".
CODE_SEPARATOR = re.compile(r"\s{0,3}-\s{0,3}")
# Segments of a code, dotted ones too: "QĐ.UBND-VX" (Quyết định 1188/QĐ.UBND-VX) -> QĐ, UBND, VX.
CODE_PARTS = re.compile(r"\s{0,3}-\s{0,3}|\.")
# What ends a code's first segment: "TT.HĐND" (Công văn số 247/TT.HĐND) -> "TT".
CODE_HEAD_END = re.compile(r"[-.\s]")
# Punctuation dropped from a printed symbol to compare two printings: "126/2004 / / NĐ-CP".
SYMBOL_PUNCT = re.compile(r"[\s./-]")
# The parts of a normalised symbol: "91/2017/NĐ-CP" -> 91, 2017, NĐ, CP.
SYMBOL_PARTS = re.compile(r"[/-]")
# What a folded code key drops: spaces and dots ("TT. BTC").
CODE_KEY_DROP = re.compile(r"[\s.]+")
# A slug keeps letters and digits only: "Liên đoàn Lao động quận Long Biên" -> ldld-quan-long-bien.
NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Letters that look Latin but are not, and slashes that are not "/": Cyrillic "66/NQ-СР",
# "16495/BТС-PTHT"; Greek capitals; the Icelandic eth "HQĐÐNa" for Đ; the fraction slash
# "38⁄2001/PL-UBTVQHI0". One character each, so a translated text keeps every offset.
LOOKALIKES = {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "У": "Y",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "у": "y",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "Ð": "Đ", "⁄": "/", "∕": "/", "／": "/", "‐": "-", "‑": "-", "—": "-", "–": "-",
}  # fmt: skip
ANY_LOOKALIKE = re.compile("[" + "".join(LOOKALIKES) + "]")
# What closes a clause inside a sentence: "Căn cứ Luật A; Căn cứ Nghị định B:".
CLAUSE_PUNCT = re.compile(r"[.;:\n]")
# A National Assembly term printed in a code, digits OCR may read as letters: "QH15",
# "UBTVQHI0" (UBTVQH10), "71/2014/QHI3" (QH13), "106/2016/OH13" (QH13).
QH_TERM = re.compile(r"(?P<body>UBTV[QO]{1,2}H|[QO]H)(?P<term>[0-9IlLO]{2})$")
# A code that is a National Assembly term and nothing else: "QH14", "UBTVQH15".
QH_CODE = re.compile(r"^(?:UBTVQH|QH)\d{1,2}$")
# An ISO date, as metadata gives it: "2023-02-27".
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The level word before a place in an organization's name: "Ủy ban nhân dân tỉnh Lai Châu".
LEVEL_WORDS = re.compile(r"\b(?:tỉnh|thành phố|quận|huyện|thị xã)\s+", re.IGNORECASE)
# What stands before a federation's place in a printed list: "Liên đoàn Lao động các huyện,
# thành phố" -> the part after "Lao động ".
LDLD_WORDS = re.compile(r"(?i)lao động |LĐLĐ |LDLĐ |LĐLD |LDLD ")
# A line that starts the preamble, so the title ends before it: "Căn cứ Luật ...", "Thực hiện
# Kế hoạch số 83/KH-LĐLĐ ...", "Kính gửi: ...", "Ngày 22/4/2024, ...".
CUE_LINE = re.compile(
    r"^\s*(?:Căn\s+cứ|Thực\s+hiện|Kính\s+gửi|Tại\s|Trên\s+cơ\s+sở|Ngày\s+\d)", re.IGNORECASE
)
# Where a letter's subject ("V/v ...") runs into the addressee or the place-and-date line:
# "V/v chính sách thuế Kính gửi: ...", "V/v khai bổ sung Hà Nội, ngày ...".
SUBJECT_END = re.compile(r"\s(?:Kính\s+gửi|[A-ZĐ][^\s,]*(?:\s[A-ZĐ][^\s,]*){0,3},\s*ngày)")
# A Roman-numbered part heading ("III. TỔ CHỨC THỰC HIỆN") closes the task heading above it.
ROMAN_HEADING = re.compile(r"^[ \t*#]*[IVX]{1,4}\.\s", re.MULTILINE)
# Organization names as folded keys (no diacritics, lower case):
#   a group of federations: "lien doan lao dong cac huyen, thanh pho tinh lai chau";
ORG_GROUP_NAME = re.compile(
    r"^lien doan lao dong cac (?P<tail>[a-z ,]{3,40}) (?:tinh|thanh pho) (?P<place>.+)$"
)
#   unions under a body: "cong doan co so thuoc lien doan lao dong quan long bien";
ORG_UNDER_NAME = re.compile(
    r"^(?P<what>cong doan co so|cong doan nganh|cong doan vien chuc) thuoc (?P<body>.+)$"
)
#   a district named with its province: "huyen chau thanh, tinh tien giang".
DISTRICT_IN_PROVINCE = re.compile(
    r"^(?P<district>[^,]{1,40}?),? (?:tinh|thanh pho) (?P<province>[a-z -]{2,30})$"
)

# ---------------------------------------------------------------------------------------
# Dates. "ngày 18/5/2021", "ngày 18 tháng 5 năm 2021", "ngày 05/3/2020".
DATE_NUMERIC = r"(?P<d>\d{1,2})\s{0,2}[/.-]\s{0,2}(?P<m>\d{1,2})\s{0,2}[/.-]\s{0,2}(?P<y>(?:19|20)\d\d)"
# The month may be glued to its words in headers, and OCR drops tone marks: "ngày 24
# tháng11 năm 2025", "ngày 18 tháng 11năm 2025", "ngày 22 thang 11 năm 2019".
DATE_WORDS = r"(?P<d2>\d{1,2})\s{0,3}(?:tháng|thang)\s{0,3}(?P<m2>\d{1,2})\s{0,3}(?:năm|nam)\s{1,3}(?P<y2>(?:19|20)\d\d)"

# After a mention: ", ngày 21/9/2021", " ngày 27/01/2023", " ban hành ngày 18 tháng 5 năm 2021";
# a letter's own date: "công văn số 06/CV-ICD đề ngày 19/10/2015", "ghi ngày 16/3/2018"; an
# OCR stroke after "ngày": "Quyết định số 63/QD-HQGT ngày | 08/02/2017"; OCR "ngay 13/4/2018".
DATE_AFTER = re.compile(
    # a TVPL year before the date: "Nghị quyết 57-NQ/TW năm 2024, ngày 22/12/2024 của Bộ Chính trị"
    rf"\s{{0,3}}(?:(?:năm|nam)\s{{1,2}}(?:19|20)\d\d(?!\d))?"
    rf"\s{{0,3}},?\s{{0,3}}(?:\(\s?)?(?:(?:được\s+)?ban\s+hành\s+|(?:đề|dé|ghi)\s+)?(?:ngày|ngay)\s{{0,3}}(?:[|¦]\s{{0,2}})?"
    rf"(?:{DATE_NUMERIC}|{DATE_WORDS})",
    re.IGNORECASE,
)
# Before a mention, the act of issuing it: "Ngày 22/4/2024, Tổng thư ký Quốc hội đã có
# Thông báo số 3525/TB-TTKQH", "ngày 8/9/2014 Bộ Tài chính đã thừa ủy quyền Thủ tướng Chính
# phủ kýTờ trình Quốc hội số 316/TTr-CP". Receiving ("nhận được") is not issuing, and a date
# followed by "của" is the tail of an earlier mention ("ngày 26/12/2024 của Bộ Chính trị,
# Chính phủ đã ban hành Nghị định 178/2024/NĐ-CP").
DATE_BEFORE = re.compile(
    rf"\bngày\s{{0,3}}(?:{DATE_NUMERIC}|{DATE_WORDS})(?!\s{{0,2}},?\s{{0,3}}của\b)\s{{0,2}},?\s{{0,3}}[^\n\d.;:]{{0,90}}?"
    rf"(?<![\w])(?:đã\s+)?(?:có|ký|ban\s+hành)\s{{0,2}}$",
    re.IGNORECASE,
)

# A letter dated before its number: "văn bản đề ngày 29 tháng 10 năm 2025 số 16/CV-HHTACN".
DATED_BEFORE_NUMBER = re.compile(
    rf"(?:đề|ghi)\s+ngày\s{{0,3}}(?:{DATE_NUMERIC}|{DATE_WORDS})\s{{0,3}}(?:số|so)\s{{0,2}}:?\s{{0,2}}$",
    re.IGNORECASE,
)
# The place and date line of a header: "Long Biên, ngày 28 tháng 02 năm 2023",
# "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025". OCR may garble it ("ngay$/ tháng").
# The place starts at a word: tried inside a run of capitals, it rescanned the run from
# each of its letters (quadratic).
PLACE_DATE = re.compile(
    rf"(?<![{LETTER}])(?P<place>(?:{CAP_WORD}[ \t]){{0,4}}{CAP_WORD})[ \t]{{0,2}}[,.]\s{{0,3}}(?:ngày|ngay)[.,]?\s{{0,3}}"
    rf"(?:{DATE_WORDS}|{DATE_NUMERIC})",
)
# A header date without a place ("ngày 28 tháng 02 năm 2023").
ANY_DATE_WORDS = re.compile(rf"(?:ngày|ngay)\s{{0,3}}{DATE_WORDS}", re.IGNORECASE)

# "Số: 18/KH-LĐLĐ", "Số:18 /KH - LDLĐ", "Số 221-KL/TW" at the head of a document; OCR
# spellings "só: 73 3/TCHQ-GSQL", "$6:5949 /BTC-CST", "Sé: 1234/CT-TTHT", "'Số:5 482 /TCHQ", and a lower-case
# "số: 9344 /CT-TTHT", "sé: 6834 /CTBDU-TTHT", "86:,3284 ICT-TTHT", or the label lost: ": 300
# /TCHQ-GSQL Hà Nội, ngày …", only where it opens a line with its colon (mid-sentence "số 15", a
# wrapped subject line "định sửa đổi, bổ sung Nghị định⏎số 108/2015/NĐ-CP" are no header).
OWN_NUMBER = re.compile(
    r"(?:(?:^|(?<=[\s'‘’`]))(?:Số|SỐ|So|SO|Sô|Só|Sé|S6|\$6)\s{0,3}(?::|\.)?"
    r"|^[ \t]*(?:số|só|sô|so|sé|sẽ|Sá|sá|s6|86)?[ \t]{0,3}[:;]"
    # the type word for a label, two header columns run together: "Nghị quyết số: 86/2019/QH14
    # Độc lập - Tự do - Hạnh phúc"
    rf"|^[ \t]*(?i:{TYPE_WORDS})[ \t]+(?i:số)[ \t]{{0,2}}:"
    # no label left at all, the symbol opening the place and date line: "861913 /TCHQ-TXNK Hà
    # Nội, ngày { 2 thắng 4 năm 2018"
    r"|^(?=[ \t]*\d{1,6}[ \t]{0,2}/[ \t]{0,2}[A-ZĐ][^\n]{0,60}?[,.][ \t]{0,2}(?:ngày|ngay)\b))"
    r"\s{0,3}[,.]?\s{0,2}(?=\S)",
    re.MULTILINE,
)
# An own number damaged by OCR, tried right after OWN_NUMBER when SYMBOL fails: stray glyphs
# in the number ("Số:454É /TCT -CS", "Số: AO5f /CT-TTHT"), a slash read as a letter
# ("$6:2.9992 JCTHN-KK", "S¥O¥OICT-TTHT", "Số:4#7Ï !CT-TTHT") or lost ("Số: 4451 CT-KK"), digits split
# ("só: 73 3/TCHQ-GSQL"). The issuer code is kept; the number only when it is all digits.
OWN_SYMBOL_LOOSE = re.compile(
    rf"""
    (?P<number>(?:\d{{1,5}}[ ]){{1,2}}\d{{1,5}}|[^\s/|\-]{{0,8}})  # none at all in a draft: "Số: /TT-BTC"
    \s{{0,3}}
    (?:(?P<slash>[/|!])\s{{0,2}}|[JIl](?=[A-ZĐ])|(?<=\d)\s{{1,2}}(?=[A-ZĐ]))
    (?:(?P<year>(?:19|20)\d\d)\s{{0,2}}/\s{{0,2}})?  # a draft's "Số: /2025/NĐ-CP"
    (?P<codes>{_CODES})
    (?![\w])
    """,
    re.VERBOSE,
)

# The header: the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", OCR "CONG HOA XA HOI
# CHU NGHIA VIET NAM") or the Party's ("ĐẢNG CỘNG SẢN VIỆT NAM"), the issuer printed beside it.
# Capitals only: "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam" in a Căn cứ is no header.
NATIONAL_MOTTO = re.compile(
    r"C[ỘỌOÔ]NG\s{1,3}H(?:[ÒOÓ]A|OÀ)\s{1,3}X[ÃA]\s{1,3}H[ỘỌO]I\s{1,3}CH[ỦU]\s{1,3}NGH[ĨI]A\s{1,3}VI[ỆE]T\s{1,3}NAM"
    r"|ĐẢNG\s{1,3}CỘNG\s{1,3}SẢN\s{1,3}VIỆT\s{1,3}NAM",
)
# A web page that opens with its own heading and a publisher's summary before the document
# (TVPL): "## Nguyên tắc xác định giá dịch vụ đăng kiểm … Ngày 21/11/2025, Bộ trưởng Bộ Xây dựng
# ban hành Thông tư 38/2025/TT-BXD …", then "Xem chi tiết Thông tư 38/2025/TT-BXD …" and the
# document from its header. A level-2 heading only: articles about documents open with "# ".
PAGE_LEAD = re.compile(r"\A##[ \t]")
# A page about documents: a TVPL Q&A or legal article opens with its own level-1 heading ("#
# Mẫu Giấy mời họp kiểm điểm … mới nhất? Tải về giấy mời?") and is no document itself: it has
# no number, issuer or date, and what it says of the documents it names is not its own act.
ARTICLE_PAGE = re.compile(r"\A[ \t]*#[ \t]+")
# The motto's first words in folded text, for headers OCR garbled past NATIONAL_MOTTO:
# "TONG CỤC THUÊ CỘNG HÒA XÃ HỘI IL XI ET NAM" folds to "tong cuc thue cong hoa xa hoi il xi et nam".
MOTTO_WORDS = re.compile(r"\bcong hoa\b|\bdoc lap\b")
# "Độc lập - Tự do - Hạnh phúc" (OCR "Doc lap"): the end of a flattened two-column header
# "ỦY BAN THƯỜNG VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM QUỐC HỘI Độc lập - Tự do - Hạnh phúc".
MOTTO_TAIL = re.compile(r"[ĐD][ộo]c\s{1,3}l[ậa]p", re.IGNORECASE)  # OCR "Doc lập" too
# Where the header ends at the latest: the letter's addressee, the preamble, the body.
# "Hà Nội, ngày 25 tháng 11 năm 2025 Kính gửi: Công ty ...", "Căn cứ Luật Tổ chức ...".
HEADER_END = re.compile(
    r"Kính\s+gửi|Căn\s+cứ|Trả\s+lời\s+công\s+văn|Thực\s+hiện\s|^[ \t*#]*(?:Điều\s+1\b|[IVX]{1,4}\.\s)",
    re.MULTILINE,
)
# A header date whose day or month OCR destroyed still gives the year:
# "Hà Nội, ngày { § thủng 8 năm 2020", "ngày (thang (năm 2016", "ngày #0 tháng Chăm 2018".
HEADER_YEAR = re.compile(
    r"(?:ngày|ngay)[^\n]{0,30}?(?:năm|tháng\s{1,3}[^\s\d]{1,6})\s{0,3}(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# A date on a line of its own near the top: "Ngày 13/12/2012".
DATE_LINE = re.compile(rf"^[ \t]*(?:Ngày|ngày)\s{{0,3}}(?:{DATE_NUMERIC}|{DATE_WORDS})[ \t.]*$", re.MULTILINE)
# The adoption line of a resolution or law with no header date: "Nghị quyết này được Hội đồng
# nhân dân tỉnh khoá XVI, kỳ họp thứ mười tám thông qua ngày 11 tháng 12 năm 2009."
ADOPTION_DATE = re.compile(
    rf"(?:{TYPE_WORDS})\s+này\s+(?:đã\s+)?được\s+[^\n;]{{0,200}}?thông\s+qua\s+(?:vào\s+)?ngày\s{{0,3}}(?:{DATE_WORDS}|{DATE_NUMERIC})",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------
# Relation cues (DOMAIN.md §3, ANNOTATION.md rule 3). The cue patterns run on the lower-cased
# text, and only at the places KEYWORDS found: one literal keyword alternation scans a whole
# archive at tens of MB/s, where a case-insensitive pattern tried at every position would crawl.
KEYWORDS = re.compile(
    rf"thực hiện|triển khai|thi hành|cụ thể hóa|c[ăâầa]n {_CU}|sửa đ[ổố]i|bổ sung|thay thế|bãi bỏ|hết hiệu lực|gắn với|"
    r"gắn liền|quán triệt|góp phần|theo tinh thần|phù hợp với|kết hợp với|đồng thời|gọi tắt|viết tắt"
    # OCR pages wrap inside a cue: "… và thay\nthế gạch đầu dòng thứ tư … Nghị quyết số 11/NQ-CP"
    rf"|thay\nthế|bãi\nbỏ|sửa\nđổi|thực\nhiện|triển\nkhai|c[ăâầa]n\n{_CU}"
)
# What may stand before an IMPLEMENTS verb as part of its cue: "nhằm", "về việc", "tiếp tục".
CUE_PREFIX = re.compile(r"(?:(?:nhằm|để)\s+)?(?:về\s+(?:việc\s+)?)?(?:tiếp\s+tục\s+)?(?:tổ\s+chức\s+)?$")
#
# The IMPLEMENTS verb group: "Thực hiện", "Tiếp tục triển khai thực hiện", "Nhằm cụ thể hóa",
# "Thực hiện theo Chỉ thị số 17/CT-UBND". `continue` / `deploy` mark the task verbs that
# keep a body clause the document's own ("- Tiếp tục triển khai thực hiện Chỉ thị số 05").
IMPLEMENTS_VERB = re.compile(
    r"""
    (?:(?:nhằm|để)\s+)?
    (?:về\s+(?:việc\s+)?)?
    (?P<continue>tiếp\s+tục\s+)?
    (?:(?:tổ\s+chức\s+)?(?P<deploy>triển\s+khai)\s+(?:thực\s+hiện\s+|thi\s+hành\s+)?
      |thực\s+hiện\s+|thi\s+hành\s+|cụ\s+thể\s+hóa\s+)
    (?:theo\s+)?
    """,
    re.VERBOSE,
)
# IMPLEMENTS (lower-cased text): the verb followed at once by a type word or a number
# ("Thực hiện Kết luận số 01-KL/TW", "Tiếp tục triển khai thực hiện Chỉ thị số 05-CT/TW").
# "Triển khai tốt các Nghị quyết chuyên đề: ..." is not one, nor "thực hiện quy định tại
# Chương II Thông tư ..." ("quy định" is a type word only before "số").
IMPLEMENTS_CUE = re.compile(
    rf"{IMPLEMENTS_VERB.pattern}(?=(?!quy\s+định\b(?!\s+số))(?:{TYPE_WORDS})\b|\d)",
    re.VERBOSE,
)
# Article locators (lower-cased): "khoản 2 Điều 8", "điểm đ khoản 2 Điều 7; điểm b, c khoản 2".
# OCR: "Diều 78", "Điều | Thông tư" (| for 1).
_LOCATOR = r"(?:điểm|khoản|[đd]i[ềeêé]u|chương|tiểu\s+mục|mục|phần|phụ\s+lục)\s+[\da-zđ.|]{1,8}"
_LOCATORS = rf"{_LOCATOR}(?:\s{{0,2}},?\s{{0,2}}(?:và\s+)?{_LOCATOR}){{0,5}}"
# Between an IMPLEMENTS verb and its act, what still leaves the act its direct object
# (lower-cased, the whole gap): "Thực hiện nội dung Thông báo số 141/TB-VPCP", "Thực hiện
# ý kiến của Ban Tổ chức Trung ương tại Văn bản số 9151- CV/BTCTW", "Thực hiện ý kiến chỉ đạo của
# Thủ tướng Chính phủ về việc triển khai kết luận … (Công văn số 282/TTg-TKBT …)", "Thực hiện Điều 5
# Nghị định số ...", and an OCR-damaged type word: "Thực hiện Thông bao số 439/TB-TCT".
# Words of at most 16 letters, as in _OCR_TYPE_WORDS (linear on a long run of letters).
OBJECT_GAP = re.compile(
    rf"""
    (?:(?:nội\s+dung|ý\s+kiến(?:\s+chỉ\s+đạo)?|chỉ\s+đạo|kết\s+luận|yêu\s+cầu|tinh\s+thần)
       (?:\s+của\s+[^;.\n]{{1,80}}?\s+(?:tại|theo|nêu\s+tại)
         |\s+của\s+[^;.\n()]{{1,200}}?\s\(
         |\s+(?:tại|theo))?\s*)?  # "Thực hiện chỉ đạo tại Thông báo số 48/TB-VPCP"  # "… về việc triển khai kết luận … (Công văn số 282/TTg-TKBT)"
    (?:quy\s+định\s+(?:của|tại)\s+)?  # "Thực hiện quy định tại Điều 32 Nghị quyết số 222/2025/QH15"
    (?:{_LOCATORS}\s{{1,2}}(?:của\s+|tại\s+)?)?
    (?:(?:[{LETTER}]{{2,16}}\s{{1,2}}){{0,2}}[{LETTER}]{{0,6}}(?:số|sô|so)\s{{0,2}}:?\s{{0,2}})?
    """,
    re.VERBOSE,
)

# BASED_ON: "Căn cứ Thông tư số 78/2014/TT-BTC", "Căn cứ khoản 3 Điều 18 Thông tư số ...",
# OCR "Cần cử Khoản 5 Diều 1 Luật số 21/2012/QH13".
BASED_ON_CUE = re.compile(rf"c[ăâầa]n\s+{_CU}(?:\s+vào)?\b")
# A Căn cứ that points back, or a table column, governs nothing: "Căn cứ các quy định nêu
# trên, trường hợp Công ty ...", "Căn cứ quy định trên thì ...", "Căn cứ pháp lý".
ANAPHORIC_BASIS = re.compile(
    rf"c[ăâầa]n\s+{_CU}(?:\s+vào)?\s+(?:pháp\s+lý\b|(?:[{LETTER}]+\s+){{0,5}}(?:nêu\s+|đã\s+nêu\s+)?trên\b)"
)

# AMENDS: "sửa đổi, bổ sung một số điều của Nghị định số 218/2013/NĐ-CP", "Sửa đổi Điều 3", OCR
# "Sửa đối, bo sung một số điều của Thông tư số 219/2013/TT-BTC";
# not a passive without its "được": "(Quyết định số 844/QĐ-TTg);\nsửa đổi, bỗ sung bởi Quyết
# định số 188/QĐ-TTg" (another act amended it).
AMENDS_CUE = re.compile(
    r"sửa\s+đ[ổố]i(?:\s?,?\s+b[ổốo]\s+sung)?(?:\s?,?\s+bãi\s+bỏ)?(?:\s+một\s+số\s+điều(?:\s+của)?)?\b"
    r"(?!(?:\s?,?\s+b[^\W\d_]{0,2}\s+sung)?\s+(?:bởi|tại|theo)\b)"
    # a procedure table's note: "Sửa đổi căn cứ pháp lý" (the procedure's legal basis, no act)
    r"(?!\s+c[ăâ]n\s+c[ứư]\s+pháp\s+lý)"
)

# "bổ sung" alone amends where a part of an act follows: "Quyết định về việc bổ sung một số điều
# của quy định hạn mức giao đất … ban hành kèm theo quyết định số 30/qđ-ub ngày 31/3/2005".
SUPPLEMENT_CUE = re.compile(
    r"bổ\s+sung(?=\s+(?:một\s+số\s+(?:điều|điểm|khoản|nội\s+dung)|điều\s+\d|khoản\s+\d|điểm\s+[a-zđ]\b))"
)

# REPLACES: "thay thế Quyết định số 12/2020/QĐ-UBND", "bãi bỏ Thông tư số ...".
REPLACES_CUE = re.compile(r"(?:thay\s+thế|bãi\s+bỏ)\b")

# Whole repeal stated of the act before it: "Quyết định số 1292/QĐ-BYT ... hết hiệu lực
# toàn bộ kể từ ngày Quyết định này có hiệu lực thi hành."
EXPIRES_CUE = re.compile(
    r"hết\s+hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+toàn\s+bộ)?\s+(?:k[ểế]\s+)?từ\s+ngày\s+[^.;\n]{0,40}?này\b"  # OCR "kế từ"
    # "Các Quyết định sau đây hết hiệu lực kể từ ngày 01 tháng 01 năm 2026:" and its list
    r"|(?<=sau\sđây\s)hết\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+ngày(?=[^:\n.;]{4,30}:)"
)

# A cue used as an adjective or one verb of a list names no act of this document:
# "THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG, BÃI BỎ LĨNH VỰC ĐẤU THẦU", "mới ban hành, thay thế",
# and the name of an amending law in a list: "… luật xuất bản ngày 03 tháng 12 năm 2004, luật sửa
# đổi, bổ sung một số điều của luật xuất bản ngày 03 tháng 6 năm 2008, nghị định số 111/2005/nđ-cp",
# "(được sửa đổi, bổ sung bởi điểm a khoản 12 Điều 8 Luật sửa đổi, bổ sung một số điều của …)".
ADJECTIVAL_CUE = re.compile(
    r"(?:(?:được|bị|đã|đang|mới|cần|phải|chưa|sẽ)\s+|(?:,|\b(?:và|của|tại|theo|bởi)|điều\s+\d{1,3})\s{1,2}luật\s+|(?:ban\s+hành|bổ\s+sung|sửa\s+đổi|thay\s+thế|bãi\s+bỏ)\s?,\s{0,2})$"
)

# Partial repeal or replacement names a part of the act before it (AMENDS, not REPLACES):
# "Bãi bỏ khoản 2 Điều 1 Nghị quyết số 246/NQ-HĐND", "thay thế Danh mục TTHC có số thứ tự
# 01,02 ... tại Quyết định số 1740/QĐ-UBND", "thay thế: - Điều 2 và Điều 6 Quyết định số 23",
# "Bãi bỏ 06 thủ tục hành chính cấp tỉnh … tại Quyết định số 1548/QĐ-UBND", "Bãi bỏ các quy
# định liên quan về công chức cấp xã tại Nghị định số 33/2023/NĐ-CP", "Bãi bỏ các hướng dẫn, mẫu
# biểu tại các Thông tư số 156/2013/TT-BTC …".
PARTIAL_OBJECT = re.compile(
    r"(?<![\w])(?:khoản|điểm|điều|chương|tiểu\s+mục|mục|phần|phụ\s+lục|danh\s+mục|cụm\s+từ|nội\s+dung|"
    r"số\s+thứ\s+tự|(?<!chi\s)tiết|một\s+phần|một\s+số\s+điều|thủ\s+tục\s+hành\s+chính|tthc|quy\s+trình|"
    r"(?:các|một\s+số)\s+quy\s+định|mẫu\s+biểu|hướng\s+dẫn(?=\s*,|\s+tại))(?![\w])"
)

# Between an amended or repealed act and a later mention in the same item, a word of the first
# act's description (lower-cased): "e) Thông tư số 06/2017/TT-BTC ngày 20/01/2017 của Bộ Tài
# chính sửa đổi, bổ sung … Thông tư số 26/2015/TT-BTC" repeals 06/2017 only; 26/2015 is named.
DESCRIPTION_WORD = re.compile(
    r"(?<![\w])(?:về|hướng\s+dẫn|quy\s+định|sửa\s+đổi|bổ\s+sung|thay\s+thế|thực\s+hiện|thi\s+hành|"
    r"ban\s+hành|thành\s+lập|phê\s+duyệt)(?![\w])"
)
# …unless the later mention is joined to it as another object (lower-cased, the gap's end):
# "Quyết định số 47/2005/QĐ-UBND … quy định chức năng, nhiệm vụ … và Quyết định số 04/2007",
# "…; khoản 2 Điều 3 của Thông tư số 85".
SIBLING_TAIL = re.compile(
    rf"(?:(?<![\w])(?:và|hoặc)|[,;])\s{{0,3}}(?:(?:các\s+)?{_LOCATORS}\s{{0,3}}(?:(?:của|tại)\s{{1,3}})?)?$"
)

# …or the act is followed at once (after its date) by another object: "bãi bỏ Danh mục TTHC …
# kèm theo Quyết định 1037/QĐ- UBND ngày 14/5/2025 và Quy trình nội bộ TTHC … Quyết định 1416".
SIBLING_HEAD = re.compile(
    r"\s{0,3}(?:ngày\s{0,2}\d{1,2}\s{0,2}(?:[/.-]|tháng)\s{0,2}\d{1,2}\s{0,2}(?:[/.-]|năm)\s{0,2}\d{2,4}\s{0,3})?"
    r"(?:(?:và|hoặc)(?![\w])|[,;])"
)

# A preposition right before an act that also governs a sibling joined to it (lower-cased): "bãi
# bỏ Danh mục … tại phần III ban hành kèm theo Quyết định số 1644 … và Quyết định số 1809".
SHARED_PREPOSITION = re.compile(r"(?<![\w])(?:tại|kèm\s+theo|của)\s{1,3}(?:các\s+)?$")

# Words that end an IMPLEMENTS cue's reach inside a sentence: what follows them is only
# cited. "... bằng nhiều hình thức, gắn với thực hiện ... Nghị quyết số 35-NQ/TW" (seed 000);
# an alias is only a name: "(gọi tắt là Nghị quyết 43-NQ/TW)" (seed 004).
CITE_BREAK = re.compile(
    r"\b(?:gắn\s+với|gắn\s+liền\s+với|quán\s+triệt|góp\s+phần|theo\s+tinh\s+thần|phù\s+hợp\s+với|"
    r"kết\s+hợp\s+với|đồng\s+thời|(?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt\s+là)\b",
)

# The self-reference that makes a REPLACES or AMENDS cue the document's own:
# "Quyết định này có hiệu lực ... và thay thế Quyết định số ...", a letter's "(Nội dung này thay
# thế nội dung hướng dẫn tại mục 2 công văn số 16468/CT-TTHT …)".
THIS_DOCUMENT = re.compile(rf"\b(?:{TYPE_WORDS}|nội\s+dung)\s+này\b")

# What may stand at the start of a clause before its cue: bullets, numbering, emphasis,
# "Điều 2.". "- Tiếp tục thực hiện ...", "1.1. Tiếp tục ...", "**Thực hiện ...".
# Each item is atomic and the repetition possessive: a run of digits "1111...x" could
# otherwise be cut into 1-3 digit items in exponentially many ways before failing at "x".
# Taking the longest item first loses nothing: no item starts with "." and a shorter
# number only leaves digits for the next one.
CLAUSE_LEAD = re.compile(
    r"(?>\s|[-+*•–—]|\d{1,3}(?:\.\d{1,3}){0,3}\.?|[a-zđ]\)|\(\d{1,3}\)|Điều\s+\d{1,3}\.?|[IVXLC]{1,6}\.)*+",
    re.IGNORECASE,
)
# The same lead, bounded (lower-cased text): at most four bullets, numbers or quotes (and OCR
# specks before a bullet: "- = Căn cứ", "` - Căn cứ").
LINE_LEAD = re.compile(
    r"[ \t]{0,8}(?:(?:[-+*•–—“\"`'~|=_]|\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|[a-zđ]\)|\(\d{1,3}\)|điều\s+\d{1,3}\.?|"
    r"[ivxlc]{1,6}\.)[ \t]{0,3}){0,4}"
)
# A line that ends in a word no clause ends with goes on in the next, whatever its case: "…
# Nghị định số 08/2015/NĐ- CP ngày 21/01/2015 của\nChính phủ được sửa đổi, bổ sung tại …" (OCR).
DANGLING_END = re.compile(r"(?<![\w])(?:của|và|tại|theo|bởi|số)[ \t]*$")
# A body's name that starts a hard-wrapped line of a long OCR line goes on the sentence before
# (lower-cased): "… Đề án định hướng Chương trình xây dựng pháp luật nhiệm kỳ\nQuốc hội khóa XV;
# Thông báo số 1486/TB-TTKQH …" (a new clause opening with "Quốc hội" follows a line's end mark).
WRAPPED_BODY = re.compile(
    r"(?:quốc\s+hội|chính\s+phủ|(?:ủy|uỷ)\s+ban|ubnd|hội\s+đồng|ban\s+thường\s+vụ|ban\s+chấp\s+hành|"
    r"bộ\s+chính\s+trị|bộ\s+trưởng|chủ\s+tịch|thủ\s+tướng|giám\s+đốc)(?![\w])"
)
# A clause that opens with another cue or a new part ends the scope of the cue before it
# (lower-cased, after LINE_LEAD): "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số ...",
# "Tại công văn của Thuế tỉnh ..." (but "- Tại khoản 5 Điều 1 Luật số ..." goes on a basis list),
# "Xét đề nghị ...", "Căn cứ ...", "Ủy ban nhân dân tỉnh ban hành ...", "QUYẾT ĐỊNH:".
SCOPE_STOP = re.compile(
    rf"(?:c[ăâầa]n\s+{_CU}|thực\s+hiện|triển\s+khai|tiếp\s+tục|nhằm|để|theo|xét|qua\s+xem\s+xét|trên\s+cơ\s+sở|trả\s+lời|"
    r"tại\s+(?!khoản|điểm|điều|chương|mục|phụ\s+lục)|về\s|trường\s+hợp|như\s+vậy|do\s+đó|vì\s+vậy|đối\s+với|"
    r"hiện\s+nay|sau\s+khi|"
    r"tiếp\s+theo|kính\s+gửi|ngày\s+\d|chương\s|phần\s|(?:ủy|uỷ)\s+ban|ubnd|hội\s+đồng|ban\s+thường\s+vụ|quốc\s+hội|chính\s+phủ|"
    r"ban\s+chấp\s+hành|bộ\s+trưởng|chủ\s+tịch|thủ\s+tướng|giám\s+đốc|(?:quyết\s+định|nghị\s+quyết|"
    r"quyết\s+nghị|chỉ\s+thị|kết\s+luận)\s*:)"
)
# The cue words that open the paragraphs of a preamble (lower-cased): its opening paragraph
# runs from the first such line to its main clause ("... ban hành Kế hoạch ... như sau:").
OPENING_CUE = re.compile(
    rf"(?:c[ăâầa]n\s+{_CU}|thực\s+hiện|triển\s+khai|tiếp\s+tục|nhằm|để|theo|xét|trên\s+cơ\s+sở|trả\s+lời|"
    r"tại\s+(?!khoản|điểm|điều|chương|mục|phụ\s+lục)|về\s|trường\s+hợp|như\s+vậy|do\s+đó|vì\s+vậy|đối\s+với|"
    r"hiện\s+nay|sau\s+khi|"
    r"cụ\s+thể\s+hóa)\b"
)
# What a colon before a line break may introduce while the scope goes on: "thay thế các
# Quyết định sau đây:", "Quyết định này có hiệu lực ... và thay thế:".
LIST_INTRO = re.compile(
    r"(?:sau(?:\s+đây)?|gồm|bao\s+gồm|như\s+sau|hiệu\s+lực(?:\s+thi\s+hành)?"
    rf"|(?:thay\s+thế|bãi\s+bỏ)(?:\s+(?:các|những)\s+(?:{TYPE_WORDS}|văn\s+bản))?)\s{{0,2}}$"  # "bãi bỏ các Nghị quyết:"
)
# A list of acts that an expiry clause ends with (lower-cased): "Các thủ tục hành chính tương ứng
# đã công bố tại các Quyết định số 3684/QĐ-BVHTTDL …;\nQuyết định số 1647/QĐ-BVHTTDL …; …
# Quyết định số 4347/QĐ-BVHTTDL … hết hiệu lực kể từ ngày Quyết định này có hiệu lực".
PLURAL_ACTS = re.compile(rf"(?<![\w])(?:các|những)\s+(?:{TYPE_WORDS}|văn\s+bản)\b")
# What breaks such a list: a full stop, or a line that does not end with its item's ";".
SENTENCE_BREAK_IN_LIST = re.compile(r"[^;\s][ \t]*\n|\.\s")
# Where a scope may end: "Căn cứ A; B.\nTheo đề nghị ...", "thay thế:\n- ...", ", xây dựng ...".
SCOPE_BOUNDARY = re.compile(r"[.;:,\n]")
# A full stop that ends no sentence: "UBND TP. Hà Nội", "Q. 1" (a short capitalised word before it).
ABBREVIATION_BEFORE_STOP = re.compile(rf"(?<![{LETTER}])[{UPPER}][{UPPER}p]{{0,2}}$")
# "hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:" then a list of acts.
LIST_COLON = re.compile(r"[^:\n]{0,30}:")
# A list item line: "a) Quyết định số 27/2009/QĐ-UBND", "- Quyết định số 2027/QĐ-UBND".
LIST_ITEM = re.compile(r"[ \t]{0,8}(?:[-+•–*]|[a-zđ]\)|\d{1,2}[.)])")
# A numbered item that is an act, whose number's dot ends no sentence: "thay thế các Quyết định
# sau:\n1. Quyết định số 47/2005/QĐ-UBND ngày 21 tháng 9 năm 2005 …", hard-wrapped "1. Quyết
# định số\n76/2006/QĐ-UBND", or a part of one: "bãi bỏ:\n1. Điểm b, khoản 3, mục III của Bản quy
# định … ban hành theo quyết định số 2751/2002/QĐ-UB" (not "8. Quy định về quản lý …").
ACT_ITEM = re.compile(
    rf"[ \t]{{0,8}}\d{{1,2}}\.[ \t]{{1,3}}(?:(?i:{TYPE_WORDS})\s{{1,3}}(?:{_SO}\s{{0,3}})?\d|(?i:{_LOCATOR}))"
)
# After a comma inside a Căn cứ clause, the main clause that ends the basis (lower-cased):
# "- Căn cứ Kế hoạch của LĐLĐ tỉnh và tình hình thực tế ..., xây dựng kế hoạch chỉ đạo ..."
# (seed 004), "Căn cứ quy định tại Điều 5 ..., trường hợp Công ty ...". Names and descriptions
# go on: "Luật Quản lý, sử dụng tài sản công số 15/2017/QH14", "để tổ chức, hướng dẫn thi hành",
# "quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập".
BASIS_ENDS = re.compile(
    r"\s{0,3}(?:(?:xây\s+dựng|ban\s+hành|tổ\s+chức(?!\s+lại)|triển\s+khai|thực\s+hiện|chỉ\s+đạo|đề\s+nghị|giao|yêu\s+cầu|"
    r"thống\s+nhất|bám\s+sát|chủ\s+động|phối\s+hợp|đăng\s+ký|trường\s+hợp|thì|nếu|do\s+đó|vì\s+vậy|theo\s+đó|"
    r"chúng\s+tôi|đơn\s+vị|các\s+cấp)\b"  # verbs and connectives stay lower case; names do not
    r"|(?:Cục\s+Thuế|Tổng\s+cục|Công\s+ty|Ủy\s+ban|Uỷ\s+ban|UBND|Ban\s+[Tt]hường\s+vụ|Ban\s+[Cc]hấp\s+hành|"
    r"Hội\s+đồng|Chúng\s+tôi|Trường\s+hợp)\b)"
)
# A bullet of a tax letter's basis list that does not repeat "Căn cứ" (lower-cased): "- Căn
# cứ Nghị định số 43/2010/NĐ-CP ...\n\n- Tại khoản 5, Điều 1, Luật số 21/2012/QH13 ...".
BASIS_BULLET = re.compile(
    r"^[ \t]{0,8}(?P<bullet>[-+•])[ \t]{0,3}tại\s+(?:khoản|điểm|điều|chương|mục)\b", re.MULTILINE
)
# The enacting formula names what the document itself is: "Quốc hội ban hành Luật sửa đổi, bổ
# sung một số điều của Luật thuế thu nhập doanh nghiệp số 14/2008/QH12 ..." (lower-cased).
ENACTS_BEFORE_CUE = re.compile(rf"ban\s+hành\s+(?:{TYPE_WORDS})\s{{1,2}}$")
# Another act named as proposed or drafted right before an amending cue (lower-cased): "về việc
# ban hành nghị định sửa đổi, bổ sung …", "góp ý dự thảo thông tư sửa đổi, bổ sung …", "trình
# Chính phủ ban hành nghị định sửa đổi …"; not an enacting formula ("Quốc hội ban hành Luật …").
OTHER_ACT_BEFORE_CUE = re.compile(
    r"(?:(?:về\s+việc|v/v|đề\s+nghị|trình(?:\s+[^\s]+){0,3})\s+ban\s+hành|dự\s+thảo|góp\s+ý)"
    r"\s+(?P<type>nghị\s+định|luật|nghị\s+quyết|thông\s+tư|pháp\s+lệnh)\s{1,2}$"
)
# A cue that opens a parenthesis describes the noun before it: "Nghị quyết của Ủy ban Thường vụ
# Quốc hội về tiêu chuẩn … (thay thế Nghị quyết số 1211/2016/UBTVQH13)" (a draft to come), unless
# that noun is the document itself: "… ban hành kèm theo Quyết định này (thay thế …)".
PAREN_BEFORE_CUE = re.compile(r"(?<!này)(?<!này\s)(?<!này\s\s)\s{0,2}\(\s{0,2}$")
# An IMPLEMENTS verb inside a noun phrase names a topic, not the document's act (lower-cased):
# "V/v đề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định 136/2025/NĐ-CP".
NOMINAL_BEFORE_CUE = re.compile(r"(?<![\w])(?:trong\s+(?:việc|quá\s+trình)|khi)\s+$")
# "thì" opens the main clause of a condition (lower-cased): "Thực hiện Nghị quyết số 68-NQ/TW …
# thì hộ kinh doanh … không áp dụng phương pháp khoán thuế".
THEN_WORD = re.compile(r"(?<![\w])thì(?![\w])")
# After a comma, the subject of the main clause ends what "Thực hiện" governs: "Thực hiện ý
# kiến ... tại Văn bản số 9151- CV/BTCTW ...; đề xuất ..., Bộ Nội vụ đã có Văn bản số 8091".
MAIN_CLAUSE_SUBJECT = re.compile(
    r"\s{0,3}(?:Bộ|Sở|Ủy\s+ban|Uỷ\s+ban|UBND|Ban|Cục|Tổng\s+cục|Liên\s+đoàn|LĐLĐ|Công\s+đoàn|Hội\s+đồng|"
    r"HĐND|Chính\s+phủ|Thủ\s+tướng|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Quận\s+ủy|Đảng\s+ủy|Đảng\s+đoàn|"
    r"Văn\s+phòng|Trung\s+tâm|Kho\s+bạc|[Cc]ác\s+(?:bộ|sở|cấp|cơ\s+quan|đơn\s+vị|địa\s+phương))\s"
)
# After a comma, a new clause whose subject is a noun phrase, not a body, also ends what
# "Thực hiện" governs: "Thực hiện Nghị quyết số 71-NQ/TW ...; Nghị quyết 74/NQ-CP ..., việc bổ
# sung, sửa đổi Quy chế Cuộc thi ban hành tại Thông tư số 06/2024/TT-BGD&ĐT ... trở nên cần thiết".
NOUN_CLAUSE_SUBJECT = re.compile(r"\s{0,3}(?:[Vv]iệc|[Cc]ông\s+tác|[Cc]húng\s+tôi)\s")
# A purpose clause before an IMPLEMENTS verb (lower-cased): "Để tiếp tục thực hiện Quyết định
# số 1813/QĐ-TTg ..., cần thiết phải sửa đổi ...": the aim of a task, not the document's own line.
PURPOSE_CUE = re.compile(r"(?:nhằm|để)\s")
# A line that opens with a bullet: one task among the tasks of a heading ("- Chủ trì, theo dõi ...").
BULLET_LINE = re.compile(r"[ \t]{0,8}(?:[-+•–]|\*(?=[ \t]))")
# "ban hành kế hoạch thực hiện X" in the title or preamble: the document's own plan implements X.
PLAN_BEFORE_CUE = re.compile(
    r"(?:ban\s+hành|xây\s+dựng)\s+(?:kế\s+hoạch|chương\s+trình(?:\s+hành\s+động)?)\s{1,2}[“\"]?$"
)

# ---------------------------------------------------------------------------------------
# Statements (ANNOTATION.md rule 4): what the text says about two other documents. These run
# on the original text; keywords are case-insensitive groups, names keep their capitals.
#
# A mention's tail: its date (numeric, in words, OCR-damaged), issuer ("của Bộ trưởng,
# Chủ nhiệm Văn phòng Chính phủ", "của Ủy ban nhân dân Thành phố Hồ Chí Minh", broken over
# lines), "(nay là ...)", term. The issuer is capitalised words that stop at a verb.
_DAY = r"[\dIlJO]{1,2}"
_DATE_ANY = (
    rf"(?i:ngày|ngay)\s{{0,3}}(?:[|¦]\s{{0,2}})?(?:\d{{1,2}}\s{{0,2}}[/.-]\s{{0,2}}[\d ]{{1,3}}[/.-]\s{{0,2}}\d{{2,4}}"
    rf"|{_DAY}\s{{1,3}}(?i:tháng)\s{{1,3}}{_DAY}\s{{1,3}}(?i:năm)\s{{1,3}}\d{{4}})"
)
_ISSUER_STOP = (
    r"(?i:quy\s+định|về|hướng\s+dẫn|ban\s+hành|phê\s+duyệt|sửa\s+đổi|bổ\s+sung|thực\s+hiện|triển\s+khai|"
    r"thi\s+hành|cụ\s+thể|thay\s+thế|bãi\s+bỏ|công\s+bố|tại|theo|số|ngày|đã|được|hết|có|đối\s+với|nhằm|để|"
    r"với|trong|trên|là|kèm|tiếp\s+tục|đẩy\s+mạnh)\b"
)
_SUBJECT_START = r"(?:Ban|BTV|Thường|Đảng|Liên|LĐLĐ|UBND|Ủy|Uỷ|Sở|Cục|Tổng|Công|Chi)\b"
_ISSUER = (
    rf"(?i:của)\s+[{UPPER}][{LETTER}]*"
    rf"(?:(?:[ \t]{{1,2}}|[ \t]?\n[ \t]?|[ \t]?[-–][ \t]?|,[ \t](?!{_SUBJECT_START}))(?!{_ISSUER_STOP})"
    # "và" joins names ("Bộ Văn hóa, Thể thao và Du lịch"), not verbs ("của Chính phủ và sửa đổi")
    rf"(?!(?i:và|va)\s+[{LOWER}])[{LETTER}]+){{0,14}}"
)
_TAIL_CORE = rf"""
    (?:\s{{0,3}},?\s{{0,3}}\(?(?:(?i:được\s+)?(?i:ban\s+hành|ký)\s+)?{_DATE_ANY}\)?)?
    (?:\s{{0,3}},?\s{{0,3}}{_ISSUER})?
    (?:\s{{0,3}}\(\s?(?i:nay\s+là)[^()\n]{{1,80}}\))?
    (?:\s{{0,3}},?\s{{0,3}}(?i:khóa|khoá)\s+[IVXLivxl]{{1,6}})?
    (?:\s{{0,3}},?\s{{0,3}}{_DATE_ANY})?
"""
# A gap that is only a mention's tail: a cue right after it speaks about that mention.
TAIL_ONLY = re.compile(rf"{_TAIL_CORE}\s{{0,3}}$", re.VERBOSE)

_ABOUT = r"(?:(?i:về|v/v)\s+(?:(?i:việc)\s+)?)?"
# "sửa đổi, bổ sung", OCR "sửa đối bố sung", "sửa đổi, bé sung", "sửa đồi, b6 sung", and
# reversed: "bổ sung, sửa đổi".
_AMEND_VERB = (
    r"(?i:s[ửưu]a\s+[đd][ổôồỗoơố]i(?:\s{0,3},?\s{0,3}b[ổôồỗoộốdé6]\s{1,2}s[uư]ng)?"  # OCR "bổ sưng"
    r"|b[ổôồỗoộốdé6]\s{1,2}s[uư]ng\s{0,3},?\s{0,3}s[ửưu]a\s+[đd][ổôồỗoơố]i)"
)
_IMPLEMENT_VERB = (
    r"(?i:(?:quy\s+(?:định|đinh)\s+chi\s+tiết(?:\s+một\s+số\s+điều)?\s{0,2}(?:và|,)\s{0,2})?"
    r"hướng\s+dẫn\s+(?:thi\s+hành|thực\s+hiện|triển\s+khai)"
    r"|(?:(?:tiếp\s+tục|đẩy\s+mạnh|tăng\s+cường|tổ\s+chức)\s+){0,2}"
    r"(?:triển\s+khai(?:\s{0,2},?\s{0,2}(?:thực\s+hiện|thi\s+hành))?|thực\s+hiện|thi\s+hành|cụ\s+thể\s+hóa))"
)
# After a mention's tail, a cue about it:
#   "Thông tư số 75/2024/TT-BTC ngày 31 tháng 10 năm 2024 của Bộ trưởng Bộ Tài chính sửa đổi,
#    bổ sung một số điều của Thông tư số 55/2023/TT-BTC"                     -> amends
#   "Kế hoạch số 44-KH/TU ngày 29/10/2021 của Tỉnh ủy Lai Châu về thực hiện Kết luận số ..."
#   "Thông tư số 39/2014/TT-BTC ... hướng dẫn thi hành Nghị định số 51/2010/NĐ-CP" -> implements
#   "Quyết định số 1899/QĐ-TTg ... ban hành Kế hoạch triển khai thi hành Nghị định số 200" -> plan
STATEMENT_CUE = re.compile(
    rf"""{_TAIL_CORE}\s{{0,3}}\(?\s{{0,2}}{_ABOUT}
    (?:(?P<plan>(?i:ban\s+hành|phê\s+duyệt)\s+[“"]?(?i:kế\s+hoạch|chương\s+trình|chiến\s+lược|đề\s+án)
          (?:\s+(?i:hành\s+động))?(?:\s+(?i:tổng\s+thể))?(?:\s+{_ISSUER})?
          (?:\s+(?!{_ISSUER_STOP})[\w-]+){{0,12}}\s+{_IMPLEMENT_VERB})
     | (?P<amends>(?:(?i:quy\s+định|hướng\s+dẫn)\s+)?
          # "Thông tư số 60/2019/TT-BTC … bổ sung Điều 4 Thông tư số 39/2015/TT-BTC": alone, before a part
          # "Quyết định số 06/2020/QĐ-UBND … bổ sung tiêu chuẩn, định mức … chuyên dùng quy định
          # tại Quyết định 09/2019/QĐ-UBND": what it changes is provided by the other act (first:
          # the bare verb would end the cue before the words)
          (?:(?:{_AMEND_VERB}|(?i:bổ\s+sung))(?:\s+[{LETTER}]+,?){{1,30}}?\s+(?i:quy\s+định\s+tại)(?=\s)
             |{_AMEND_VERB}|(?i:bổ\s+sung)(?=\s+(?i:điều|khoản|điểm|phụ\s+lục|một\s+số\s+điều)\b))
          (?:\s{{0,2}},?\s{{0,3}}(?i:bãi\s+bỏ|thay\s+thế))?
          (?:\s+(?i:một\s+số\s+(?:điều|nội\s+dung))(?:\s{{0,2}},\s{{0,2}}(?i:phụ\s+lục))?(?:\s+(?i:của))?)?
          (?!\s+(?i:tại|bởi|theo)\b))
     | (?P<implements>{_IMPLEMENT_VERB}
          # a circular's "hướng dẫn" with its act right after: "Thông tư số 36/2009/TT-BTC …
          # Hướng dẫn một số điều của Nghị định số 115/2008/NĐ-CP"
          | (?i:hướng\s+dẫn)(?=\s+(?i:một\s+số\s+(?:điều|nội\s+dung|quy\s+định)|nghị\s+định|luật|pháp\s+lệnh|
                                 nghị\s+quyết|quyết\s+định)))
    )\s+
    """,
    re.VERBOSE,
)
# A new Căn cứ clause inside a gap, in any case: "…; Căn cứ Nghị định số …".
BASED_ON_WORDS = re.compile(rf"(?i:c[ăâầa]n\s+{_CU})")
# Passive: "Luật ... số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15", "(đã
# được sửa đổi, bổ sung một số điều tại Thông tư số ...)", "(sửa đôi,\nbồ sung tại khoản 12
# Điều 1 Nghị định số 59/2018/NĐ-CP)", "(được điều chỉnh bổ sung bởi Quyết định số 128)".
PASSIVE_CUE = re.compile(
    rf"""(?:\(\s{{0,2}}|,\s{{0,2}}|\s)(?:(?i:đã)\s+)?(?:(?i:được)\s+)?
    (?:{_AMEND_VERB}|(?i:điều\s+chỉnh\s?,?\s+bổ\s+sung))
    (?:\s+(?i:một\s+số\s+(?:điều|nội\s+dung)))?\s+(?i:tại|bởi|theo|bằng)\s+(?:(?i:quy\s+định\s+tại)\s+)?
    """,
    re.VERBOSE,
)
_LOCATORS_ANY_CASE = rf"(?i:{_LOCATORS})"
# Before the number, type words the mention did not take as such: "số", or OCR-damaged ones
# ("Thông tư sô 08/2013/TT-BTC", "Thêng tư số\n39/2014/TT-BTC", "Nghị dịnh số 59/2018/NĐ-CP").
# A word is at most 16 letters: unbounded, a long run of letters is read to its end from each one.
_OCR_TYPE_WORDS = (
    rf"(?:(?:[{LETTER}]{{2,16}}\s{{1,2}}){{0,4}}[{LETTER}]{{0,6}}(?i:số|sô|so)\s{{0,2}}:?\s{{0,2}})?"
)
# From a statement cue to its first object (the whole gap): "một số nội dung của", "khoản 2
# Điều 8", "Điều 6", unnumbered laws before the numbered act: "hướng dẫn thi hành Luật Thuế
# giá trị gia tăng và Nghị định số 209/2013/NĐ-CP", "hướng dẫn thực hiện Luật Thuế thu nhập cá
# nhân, Luật sửa đổi, bổ sung một số điều của Luật thuế thu nhập cá nhân và Nghị định số
# 65/2013/NĐ-CP", "hướng dẫn thi hành một số điều của Luật Quản lý thuế; Luật sửa đổi, bổ sung
# một số điều của Luật Quản lý thuế và Nghị định số 83/2013/NĐ-CP", and a regulation issued with
# the act: "hướng dẫn thực hiện một số điều của Quy
# chế quản lý rừng ban hành kèm theo Quyết định số 186/2006/QĐ-TTg".
_AMENDING_LAW = (
    r"(?i:luật\s+sửa\s+đổi\s?,?\s+b[ổỗỏôoộốdé6]\s{1,2}sung\s+một\s+số\s+điều(?:\s+của)?)\s+"  # OCR "bd sung"
)
_LAW_DATE = (
    r"(?i:ngày)\s{1,2}(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+\d{4})"
)
FIRST_OBJECT = re.compile(
    rf"""
    (?:(?i:tiêu\s+đề\s+và)\s+)?
    (?:(?i:một\s+số\s+(?:điều|điểm|nội\s+dung|quy\s+định))(?:\s+(?i:và\s+biện\s+pháp\s+thi\s+hành))?\s+(?:(?i:của|tại)\s+){{0,2}})?
    (?:{_LOCATORS_ANY_CASE}\s{{0,2}},?\s{{0,3}}(?:(?i:của|tại|(?:ban\s+hành\s+)?kèm\s+theo)\s+)?)?
    (?:(?:{_AMENDING_LAW})?(?i:bộ\s+luật|luật|pháp\s+lệnh)(?:\s+[{LETTER}]+){{1,8}}?
       (?:\s{{1,2}}{_LAW_DATE})?  # "Luật Quản lý thuế ngày 13/6/2019, Nghị định số 123/2020/NĐ-CP"
       \s{{0,2}}(?:,|;(?=\s{{1,3}}(?i:luật|bộ\s+luật|pháp\s+lệnh))|(?i:và))\s{{1,3}}  # ";" only between laws
       # the verb said again: "… của Luật Quản lý thuế và hướng dẫn thi hành Nghị định số 85/2007/NĐ-CP"
       (?:(?i:hướng\s+dẫn\s+(?:thi\s+hành|thực\s+hiện))\s{{1,3}})?){{0,3}}
    (?:{_AMENDING_LAW})?  # the amending law's title
    (?:(?i:quy\s+chế|quy\s+định|điều\s+lệ)(?:\s+[{LETTER}]+){{0,10}}?\s+(?i:ban\s+hành\s+kèm\s+theo)\s+)?
    (?:(?i:các)\s+)?
    {_OCR_TYPE_WORDS}
    """,
    re.VERBOSE,
)
# From one unnamed law to the next past a ";" (the gap, then the next mention's start):
# "Luật số 36/2009/QH12; Luật số 42/2019/QH14".
BARE_LAW_AFTER = re.compile(r"[ \t]{0,3};[ \t]{0,3}(?i:luật)[ \t]{1,3}(?i:số)")
# From one object to the next of the same list (the whole gap): "Luật số 59/2020/QH14, Luật
# số 56/2024/QH15", "Thông tư số 119/2014/TT-BTC ngày 25 tháng 8 năm 2014, Thông tư số ...",
# "Nghị quyết số 137/NQ-CP ngày 31/12/2017 của Chính phủ và Chương trình số 27-CTr/TU".
NEXT_OBJECT = re.compile(
    rf"""{_TAIL_CORE}\s{{0,3}}(?:,\s{{0,3}}(?:(?i:và|hoặc)\s+)?|(?i:và|hoặc)\s+)
    (?:{_LOCATORS_ANY_CASE}\s{{0,2}}(?:(?i:của)\s+)?)?
    (?:(?i:các)\s+)?
    {_OCR_TYPE_WORDS}
    """,
    re.VERBOSE,
)
# After an object and its description, the next object of its list: "… Nghị định số
# 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết … hướng dẫn thi hành
# Luật Ban hành văn bản quy phạm pháp luật và Nghị định số 79/2025/NĐ-CP" (statements.py keeps
# it only for a document of the first object's kind). The whole gap; no ";" ends the clause.
# A comma joins too: "… Nghị định số 123/2020/NĐ-CP … quy định về hóa đơn, chứng từ, Nghị định số 70/2025/NĐ-CP".
NEXT_OBJECT_DESCRIBED = re.compile(
    # not past a sentence's end or a closing parenthesis: "… (sửa đổi, bổ sung tại Quy định số
    # 264-QĐ/TW …), Quy định số 296-QĐ/TW" lists another act beside the one amended
    rf"(?:[^;).]|\.(?!\s)){{0,300}}?(?:\s(?i:và)\s+|,\s{{1,3}})(?:(?i:các)\s+)?{_OCR_TYPE_WORDS}"
)
# An amending cue inside a clause, after another document's description rather than its
# subject's tail: "Thông tư số 96/2015/TT-BTC … hướng dẫn về thuế TNDN tại Nghị định số
# 12/2015/NĐ-CP … và sửa đổi, bổ sung một số Điều của Thông tư số 78/2014/TT-BTC"; OCR "… quy
# định về thuế sửa\nđối bố sung Khoản 3 Điều 14 Thông tư số 219/2013/TT-BTC". Not the passive
# "(đã được sửa đổi, bổ sung tại …)", which PASSIVE_CUE reads, nor the document's own "Quyết
# định này sửa đổi, bổ sung …", nor a law's title: "Luật sửa đổi, bổ sung một số điều của Luật …".
LOOSE_AMEND_CUE = re.compile(
    rf"(?<![\w])(?<!được\s)(?<!Được\s)(?<!này\s)(?<!Luật\s)(?<!luật\s){_AMEND_VERB}(?:\s+(?i:một\s+số\s+(?:điều|nội\s+dung))(?:\s+(?i:của))?)?"
    rf"\s+(?!(?i:tại|bởi|theo)\b)"
)
# Where LOOSE_AMEND_CUE can stand: its "sửa" or "sung". A plain scan for these is seven times
# faster than the cue's own over a whole text (its lookbehinds are tried at every position).
AMEND_WORD = re.compile(r"[sS](?:[ửưuỬƯU][aA]|[uU][nN][gG])")
# From a mention's tail, its "về <topic>" and a second verb that carries out the next act (the
# whole gap): "Nghị quyết số 11/NQ-CP ngày 30 tháng 01 năm 2022 của Chính phủ về Chương trình
# phục hồi và phát triển kinh tế - xã hội và triển khai Nghị quyết số 43/2022/QH15".
ABOUT_THEN_IMPLEMENT = re.compile(
    rf"""{_TAIL_CORE}\s{{0,3}}(?i:về)\s[^;]{{1,200}}?\s(?i:và)\s+
    (?P<verb>(?i:triển\s+khai(?:\s+thực\s+hiện)?|thực\s+hiện|hướng\s+dẫn\s+thi\s+hành))\s+{_OCR_TYPE_WORDS}""",
    re.VERBOSE,
)
# An amending law named by its title right after the law it amends: "Luật thuế TNDN số
# 14/2008/QH12, Luật sửa đổi, bổ sung một số điều của Luật thuế TNDN số 32/2013/QH13".
AMENDING_LAW_TITLE = re.compile(r"(?i:luật\s+sửa\s+đổi\s?,?\s+bổ\s+sung\s+một\s+số\s+điều\s+của)\s+$")
# The name of a law in its mention: "Luật thuế TNDN số 32/2013/QH13" -> "thuế TNDN".
LAW_NAME = re.compile(rf"(?i:bộ\s+luật|luật)\s+(?P<name>[{LETTER}](?:[{LETTER},\s-]){{0,80}}?)\s+(?i:số)\b")

# ---------------------------------------------------------------------------------------
# Sentences. A boundary is a blank line, a line that opens with a bullet or a number, or
# a full stop followed by a capital. A lone line break inside a sentence is not one: seed
# 000's title runs over three lines.
SENTENCE_BREAK = re.compile(
    rf"""
      \n[ \t]*\n
    | \n(?=[ \t]*(?:[-+•–]\s|\*\*|\d{{1,3}}(?:\.\d{{1,3}}){{0,3}}\.\s|[IVXLC]{{1,6}}\.\s|[a-zđ]\)\s|Điều\s+\d))
    | [.:!?][ \t]*\n
    | [.!?][ \t]{{1,3}}(?=[“"(*]?[{UPPER}])
    """,
    re.VERBOSE,
)

# ---------------------------------------------------------------------------------------
# Layout. The heading that names the document's type: "KẾ HOẠCH", "KẾT LUẬN CỦA BỘ CHÍNH
# TRỊ ...", "QUYẾT ĐỊNH", "CHỈ THỊ SỐ 32/CT-TTG", on a line of its own or at a line start, or
# in a flattened header right after the date: "Hà Nội, ngày 19 tháng 11 năm 2025 THÔNG BÁO KẾT LUẬN ...".
TYPE_HEADING = re.compile(
    r"(?:^[ \t*#]*|(?<=\d{4}[ \t]))(?P<words>CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH|NGHỊ QUYẾT|KẾT LUẬN|CHỈ THỊ|KẾ HOẠCH|"
    r"HƯỚNG DẪN|QUYẾT ĐỊNH|QUY ĐỊNH|THÔNG BÁO|THÔNG TƯ|THÔNG TRI|NGHỊ ĐỊNH|BÁO CÁO|CÔNG VĂN|"
    r"PHƯƠNG ÁN|ĐỀ ÁN|TỜ TRÌNH|CÔNG ĐIỆN|LUẬT|PHÁP LỆNH|QUY CHẾ|ĐIỀU LỆ|GI[ẤÁ]Y MỜI)(?![\w])(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
# A title printed in sentence case on the first line, where no heading names the type (legal
# texts of 2004-2012 as published): "Quyết định về việc điều chỉnh, sửa đổi một số điểm tại quyết
# định số 77/2006/qđ.ubnd ngày 1718/2006 của ubnđ tỉnh\nỦy ban nhân dân tỉnh nghệ an\nCăn cứ …".
SENTENCE_TITLE = re.compile(
    r"^[ \t]*(?:Quyết định|Nghị quyết(?: liên tịch)?|Thông tư(?: liên tịch)?|Nghị định|Chỉ thị|Kế hoạch|Quy định|"
    rf"Hướng dẫn|Luật|Pháp lệnh|Thông báo|Chương trình|Đề án|Quy chế)[ \t]+(?=[{LETTER}])(?![{UPPER}]|s[ốô][ \t])"
    r"[^\n]{3,600}$",
    re.MULTILINE,
)
# Trích yếu of an official letter: "V/v hướng dẫn góp vốn điều lệ", OCR "Viv: Tỷ giá tính thuế".
SUBJECT_LINE = re.compile(
    r"(?:\bV/v|^[ \t]*V[il1]v(?=[ \t]*:))\s*:?\s*(?P<subject>[^\n]{3,300})", re.IGNORECASE | re.MULTILINE
)
# Where the body proper starts: "I. MỤC ĐÍCH, YÊU CẦU", "Điều 1.", "QUYẾT ĐỊNH:", "1. ...".
BODY_START = re.compile(
    r"^[ \t*#]*(?:[IVX]{1,4}\.\s|Điều\s+1\b|Phần\s+(?:I|1|thứ\s+nhất)\b|Chương\s+I\b|"
    r"(?:QUYẾT ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|KẾT LUẬN)\s*:|1\.\s)",
    re.MULTILINE,
)
# Where the closing starts: "Trên đây là kế hoạch ...", "Nơi nhận:".
CLOSING_START = re.compile(r"^[ \t*]*(?:Trên\s+đây\s+là|Nơi\s+nhận\s*:?)", re.MULTILINE | re.IGNORECASE)
RECIPIENTS_HEAD = re.compile(r"^[ \t*]*Nơi\s+nhận\s*:?", re.MULTILINE | re.IGNORECASE)
# "- Thường trực, BTG LĐLĐ Thành phố;": the item runs to its line's last character that is
# not a space or a closing ";.,", found by one greedy scan and a step back; the rest of the
# line is consumed. (A lazy item before "\s*[;.,]?\s*$" retried both runs of spaces at every
# character: cubic in a run of spaces inside an item.)
RECIPIENT_ITEM = re.compile(r"^[ \t]*[-+•–]\s*+(?P<item>[^\n]*[^\s;.,])(?:[^\S\n]|[;.,])*+$", re.MULTILINE)
ARCHIVE_ITEM = re.compile(r"^\s*Lưu\b", re.IGNORECASE)

# The signature block: a line ending with the signer's title, the name on the next line.
# "TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH / Phan Thị Thu Hằng", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH / Nguyễn
# Thị Nguyệt", "TL. CỤC TRƯỞNG / KT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ PHÓ TRƯỞNG BAN /
# Phạm Thị Minh Hiền"; a central Party text names only the body: "T/M BỘ CHÍNH TRỊ / Trần Cẩm Tú".
# The first lookahead holds every title's first letter: a position that holds none fails at
# once instead of trying each title (4x faster over the corpus, the same matches).
SIGNER_POSITION = re.compile(
    r"(?=[PCTBGVH])(?P<position>(?:PHÓ[ \t]+)?(?:CHỦ[ \t]+TỊCH|TỔNG[ \t]+BÍ[ \t]+THƯ|BÍ[ \t]+THƯ|TRƯỞNG[ \t]+BAN|"
    r"TỔNG[ \t]+GIÁM[ \t]+ĐỐC|GIÁM[ \t]+ĐỐC|TỔNG[ \t]+CỤC[ \t]+TRƯỞNG|CHI[ \t]+CỤC[ \t]+TRƯỞNG|CỤC[ \t]+TRƯỞNG|"
    r"BỘ[ \t]+TRƯỞNG|THỦ[ \t]+TƯỚNG|CHÁNH[ \t]+VĂN[ \t]+PHÒNG|VỤ[ \t]+TRƯỞNG|TRƯỞNG[ \t]+PHÒNG|THỨ[ \t]+TRƯỞNG|"
    r"THƯỜNG[ \t]+TRỰC|CHỦ[ \t]+NHIỆM|VIỆN[ \t]+TRƯỞNG|THỐNG[ \t]+ĐỐC|TỔNG[ \t]+THƯ[ \t]+KÝ|CHÁNH[ \t]+THANH[ \t]+TRA|"
    r"TỔNG[ \t]+KIỂM[ \t]+TOÁN[ \t]+NHÀ[ \t]+NƯỚC|HIỆU[ \t]+TRƯỞNG|TRƯỞNG[ \t]+ĐOÀN|"
    r"TRƯỞNG[ \t]+THUẾ[ \t]+(?:TỈNH|THÀNH[ \t]+PHỐ|CƠ[ \t]+SỞ)|"
    # the head of a named unit: "TL. CỤC TRƯỞNG TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ"
    r"TRƯỞNG[ \t]+BAN[ \t]+(?:(?!PHÓ[ \t])[" + UPPER + r" ,&]){2,60}?)"
    r"|T[ \t]?[/.][ \t]?M\.?[ \t]+(?:BỘ[ \t]+CHÍNH[ \t]+TRỊ|BAN[ \t]+BÍ[ \t]+THƯ|BAN[ \t]+CHẤP[ \t]+HÀNH[ \t]+TRUNG[ \t]+ƯƠNG))"
    r"(?:[ \t*.]*$|[ \t]+(?=[" + UPPER + "][" + LOWER + "]))",
    re.MULTILINE,
)
# "TP" for "thành phố" in headers and running text: "CỤC THUẾ TP HÀ NỘI", "UBND TP.HCM",
# "Cục Thuế TP Hải Phòng", "Tp. Hồ Chí Minh".
CITY_ABBREVIATION = re.compile(r"\bTP\s?\.\s?|\bTP\b|\bTp\.\s?")
# Where the words of a header block break: spaces, dashes, rules ("-------- CỘNG HÒA").
HEADER_WORD_BREAK = re.compile(r"[\s\-–—_]+")
# A name followed on its line by lower-case text: "Đào Thu Hương Ghi chú:" ("Ghi" is no name).
# The run of blanks starts where blanks start, so a search over a long run stays linear.
LOWER_CASE_NEXT = re.compile(rf"(?<![ \t])[ \t]+[{LOWER}]")
# The central Party body a text is signed for: "T/M BỘ CHÍNH TRỊ", "T/M BAN BÍ THƯ", "TM. BAN CHẤP
# HÀNH TRUNG ƯƠNG" (the header prints "BAN CHẤP HÀNH TRUNG ƯƠNG" whichever body decided).
PARTY_SIGNED_FOR = re.compile(
    r"^[ \t*]*T[ \t]?[/.][ \t]?M\.?[ \t]+(?P<body>BỘ[ \t]+CHÍNH[ \t]+TRỊ|BAN[ \t]+BÍ[ \t]+THƯ|BAN[ \t]+CHẤP[ \t]+HÀNH[ \t]+TRUNG[ \t]+ƯƠNG)",
    re.MULTILINE,
)
# The signer's name opens the next line, maybe followed by other text: "Nguyễn Thị Nguyệt",
# "Đào Thu Hương Ghi chú:", "Phạm Thị Thanh Trà [1] Công văn số ...". Each word is one
# capitalised syllable; signature.py trims words that are no Vietnamese syllable. Matched
# where the line's blanks were skipped, so the leading run is bounded (linear under search).
PERSON_NAME = re.compile(
    rf"[ \t*]{{0,8}}(?:(?:Đại|Thượng|Trung|Thiếu)[ \t]+(?:tướng|tá|úy)[ \t]+)?(?P<name>[{UPPER}][{LOWER}]{{0,6}}(?:[ \t]{{1,2}}[{UPPER}][{LOWER}]{{0,6}}){{1,5}})(?![{LETTER}])",
    re.MULTILINE,
)
# One Vietnamese syllable (lower-cased): onset, vowel nucleus, coda. "nguyễn", "thị", "hằng"
# are; "circular", "no" (English) mostly are not: "Cao Anh Tuấn Circular No. 110/2025/TT-BTC".
_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
VIET_SYLLABLE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VOWELS}]{{1,3}}(?:ng|nh|ch|[cmnpt])?"
)

# A header-less document opens with its title: "Quyết định về việc bổ nhiệm thành viên ...",
# "Thông tư liên tịch hướng dẫn quản lý ...", "Nghị quyết về việc thành lập thị xã ...".
TITLE_TYPE = re.compile(rf"\A[ \t\n]{{0,5}}(?=[{UPPER}])(?P<words>(?i:{TYPE_WORDS}))(?=[ \t])")
# A local body named without its place, "Ủy ban nhân dân tỉnh" under a title that names it:
# "Quyết định … trên địa bàn tỉnh thừa thiên huế / Ủy ban nhân dân tỉnh".
BARE_LOCAL_ISSUER = re.compile(r"[ \t](?i:tỉnh|thành\s+phố)$")
# A province or city after its level word, for the place such a body belongs to: "trên địa bàn
# tỉnh gia lai", "tỉnh bình phước giai đoạn 2009" (the name is the longest known prefix).
# The name is only looked at, not taken: "tỉnh Đắk Lắk và tỉnh Gia Lai" names two.
LEVEL_AND_NAME = re.compile(
    rf"(?<![\w])(?i:tỉnh|thành\s+phố)[ \t]+(?=(?P<name>[{LETTER}]+(?:[ \t][{LETTER}]+){{0,3}}))"
)
# The body or office on the line after such a title: "Uỷ ban nhân dân tỉnh nghệ an", "Bộ
# trưởng bộ nông nghiệp và phát triển nông thôn", "Chủ tịch ubnd tỉnh bắc ninh", "Chính phủ".
# Matched at a line start; its blanks start where blanks start (linear under search).
ISSUER_LINE = re.compile(
    r"(?<![ \t])[ \t]*(?P<org>(?:Ủy[ \t]+ban|UBND|Hội[ \t]+đồng|Bộ|Thủ[ \t]+tướng|Chính[ \t]+phủ|Chủ[ \t]+tịch|Tổng[ \t]+cục|"
    r"Cục|Thống[ \t]+đốc|Tổng[ \t]+kiểm[ \t]+toán|Kiểm[ \t]+toán|Ngân[ \t]+hàng|Văn[ \t]+phòng|Ban)"
    r"(?:[ \t]+[^\s,;:.()]{1,20}){0,12})[ \t]*$",
    re.MULTILINE,
)
# A "Căn cứ" line right after a header-less title: "Căn cứ Luật Tổ chức HĐND và UBND ngày ...".
BASED_ON_LINE = re.compile(r"[ \t]{0,8}(?:[-–][ \t]{0,3})?Căn[ \t]{1,3}cứ\b")
# The enacting formula of a header-less text: "Bộ Lao động - Thương binh và Xã hội ban hành
# quy trình ...", "Để phù hợp với yêu cầu thực tế, Bộ Tài chính quy định ...", "Liên tịch Bộ
# Tài nguyên và Môi trường - Bộ Tài chính - Bộ Kế hoạch và Đầu tư hướng dẫn ...".
ENACTING = re.compile(
    r"^[ \t]*(?:[^\n,]{0,60},[ \t]{1,3})?(?:Liên[ \t]+tịch[ \t]+)?"
    r"(?P<org>(?:Bộ|Ủy[ \t]+ban|Cục|Tổng[ \t]+cục|Chính[ \t]+phủ|Thủ[ \t]+tướng|Ngân[ \t]+hàng|Văn[ \t]+phòng|"
    r"Thanh[ \t]+tra|Kiểm[ \t]+toán|Hội[ \t]+đồng)[ \t][^\n;:.]{1,80}?)"
    r"[ \t]+(?:quy[ \t]+định|hướng[ \t]+dẫn|ban[ \t]+hành|quyết[ \t]+định)\b",
    re.MULTILINE,
)
# Who writes a letter that has no header: "..., Cục Thuế tỉnh Hải Dương có ý kiến như sau:",
# "Bộ Tài chính xin báo cáo như sau:", "Cục Thuế nhận được công văn số 2094/TNI-CNTK ...",
# "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh ...", "Cục Thuế yêu cầu các Chi cục …".
LETTER_ISSUER = re.compile(
    r"(?<![\w])(?P<org>(?:Bộ|Tổng[ \t]+cục|Cục|Chi[ \t]+cục|Sở|Ủy[ \t]+ban|Văn[ \t]+phòng|Ban|Thuế)[ \t][^\n,;:.()\d]{1,80}?)"
    r"[ \t]+(?:có[ \t]+ý[ \t]+kiến|xin[ \t]+(?:báo[ \t]+cáo|trả[ \t]+lời|có[ \t]+ý[ \t]+kiến)|đề[ \t]+nghị|(?:xin[ \t]+)?trân[ \t]+trọng|"
    r"yêu[ \t]+cầu[ \t]+(?:các|Thủ[ \t]+trưởng)|(?:xin|kính)[ \t]+trình|"
    r"nhận[ \t]+được[ \t]+(?:công[ \t]+văn|văn[ \t]+bản|kiến[ \t]+nghị|đơn))"
)
# After a letter's subject and a blank line, the addressee's paragraph and the blank line after
# it: "V/v thẩm định hồ sơ …\n\nKính gửi: Bộ Tư pháp\n\nThực hiện chỉ đạo tại Thông báo số …".
ADDRESSEE_PARAGRAPH = re.compile(
    r"\s{0,6}Kính[ \t]+gửi\b[^\n]{0,200}(?:\n(?!\n)[^\n]{0,200}){0,12}\n\n\s{0,6}(?=\S)"
)
# The addressee's line, which no title runs into: "GIÁY MỜI\n\nKính gửi:\n\nThực hiện …".
ADDRESSEE_LINE = re.compile(r"Kính[ \t]+gửi\b")
# A letter that opens with its addressee: "Kính gửi: Công ty TNHH cọc ống Kiến Hoa".
LETTER_OPENING = re.compile(r"\A[ \t\n*#]{0,5}Kính[ \t]+gửi\b")

# The issuer stated in the preamble: "Ban Thường vụ LĐLĐ tỉnh ban hành kế hoạch",
# "Ban thường vụ LDLĐ quận Long Biên xây dựng kế hoạch", "Ban Thường vụ Liên đoàn Lao động
# quận Long Biên phát động phong trào thi đua".
ISSUER_ACT = re.compile(
    r"\b(?:Ban\s{1,3}(?:Thường\s{1,3}vụ|thường\s{1,3}vụ|Chấp\s{1,3}hành|chấp\s{1,3}hành)|Đoàn\s{1,3}Chủ\s{1,3}tịch|"
    r"Thường\s{1,3}trực)\s{1,3}(?P<org>\S[^\n,;:.]{1,79}?)\s{1,3}"
    r"(?:ban\s+hành|xây\s+dựng|phát\s+động|hướng\s+dẫn|thông\s+báo|kết\s+luận)\b",
)

# ---------------------------------------------------------------------------------------
# Organizations (DOMAIN.md §4). "- Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;" (a recipient
# list) is the front's central committee (group `front`). One alternative per kind; places are resolved afterwards
# against the gazetteer (a name whose place is unknown is no body). A place follows on the
# same line, after at most three blanks: "Ủy ban nhân dân tỉnh\nPhùng Thành Vinh" (a
# signature) names no province. Every repetition is bounded, so a run of spaces costs
# linear time ("Ban Chấp hành" + 6,000 spaces + "Trung ương").
_GAP = r"[ \t]{1,3}"
_PLACE = rf"(?P<place>(?:{CAP_WORD}[ \t]){{0,3}}{CAP_WORD})"
_LDLD = r"(?:Liên\s{1,3}đoàn\s{1,3}[Ll]ao\s{1,3}động|LĐLĐ|LDLĐ|LĐLD|LDLD)"
_LEVEL = r"(?P<level>[Tt]ỉnh|[Tt]hành\s{1,3}phố|TP\.?|[Qq]uận|[Hh]uyện|[Tt]hị\s{1,3}xã)"
_LEVEL_WORD = r"[Tt]ỉnh|[Tt]hành\s{1,3}phố|TP\.?|[Qq]uận|[Hh]uyện|[Tt]hị\s{1,3}xã"
_PLACE_WORDS = rf"(?:{CAP_WORD}[ \t]){{0,3}}(?:{CAP_WORD}|\d{{1,2}}\b)"
ORG = re.compile(
    rf"""
      (?P<dangdoan>Đảng\s{{1,3}}đoàn\s{{1,3}}(?:Tổng\s{{1,3}}Liên\s{{1,3}}đoàn|Tổng\s{{1,3}}LĐLĐ|TLĐ)(?:\s{{1,3}}[Ll]ao\s{{1,3}}động)?(?:\s{{1,3}}Việt\s{{1,3}}Nam)?)
    | (?P<tld>(?:Tổng\s{{1,3}}Liên\s{{1,3}}đoàn(?:\s{{1,3}}[Ll]ao\s{{1,3}}động)?|Tổng\s{{1,3}}LĐLĐ)(?:\s{{1,3}}Việt\s{{1,3}}Nam)?)
    | (?P<ldld_all>{_LDLD}\s{{1,3}}(?:các\s{{1,3}})?(?:huyện|quận|tỉnh)(?:\s{{0,2}},\s{{0,2}}(?:thành\s{{1,3}}phố|thị\s{{1,3}}xã|huyện|quận)){{1,4}}
                 |{_LDLD}\s{{1,3}}các\s{{1,3}}(?:huyện|quận|tỉnh))
    | (?P<ldld>{_LDLD}(?:{_GAP}{_LEVEL})?(?:{_GAP}{_PLACE})?)
    | (?P<committee>(?P<ctype>Thành|Tỉnh|Quận|Huyện|Thị|Đảng)\s{{1,3}}ủy(?:{_GAP}(?P<cplace>{_PLACE_WORDS}))?)
    | (?P<politburo>Bộ\s{{1,3}}Chính\s{{1,3}}trị)
    | (?P<secretariat>Ban\s{{1,3}}Bí\s{{1,3}}thư)
    | (?P<central>Ban\s{{1,3}}Chấp\s{{1,3}}hành\s{{1,3}}Trung\s{{1,3}}ương(?:\s{{1,3}}Đảng)?)
    | (?P<pm>Thủ\s{{1,3}}tướng\s{{1,3}}Chính\s{{1,3}}phủ|Thủ\s{{1,3}}tướng)
    | (?P<office>Văn\s{{1,3}}phòng\s{{1,3}}Chính\s{{1,3}}phủ|Thanh\s{{1,3}}tra\s{{1,3}}Chính\s{{1,3}}phủ|Văn\s{{1,3}}phòng\s{{1,3}}Trung\s{{1,3}}ương\s{{1,3}}Đảng)
    | (?P<gov>Chính\s{{1,3}}phủ)
    | (?P<ubtvqh>Ủy\s{{1,3}}ban\s{{1,3}}Thường\s{{1,3}}vụ\s{{1,3}}Quốc\s{{1,3}}hội)
    | (?P<qh>Quốc\s{{1,3}}hội)
    | (?P<front>(?:Ủy|Uỷ)\s{{1,3}}ban\s{{1,3}}Trung\s{{1,3}}ương\s{{1,3}}(?:Mặt\s{{1,3}}trận\s{{1,3}}Tổ\s{{1,3}}quốc|MTTQ)(?:\s{{1,3}}Việt\s{{1,3}}Nam)?)
    | (?P<ubnd>(?:Ủy\s{{1,3}}ban\s{{1,3}}nhân\s{{1,3}}dân|UBND)(?:{_GAP}(?P<ulevel>{_LEVEL_WORD}))?(?:{_GAP}(?P<uplace>{_PLACE_WORDS}))?)
    | (?P<hdnd>(?:Hội\s{{1,3}}đồng\s{{1,3}}nhân\s{{1,3}}dân|HĐND)(?:{_GAP}(?P<hlevel>{_LEVEL_WORD}))?(?:{_GAP}(?P<hplace>{_PLACE_WORDS}))?)
    | (?P<cdcs>Công\s{{1,3}}đoàn\s{{1,3}}cơ\s{{1,3}}sở|CĐCS|[Bb]an\s{{1,3}}[Cc]hấp\s{{1,3}}hành\s{{1,3}}[Cc]ông\s{{1,3}}đoàn\s{{1,3}}cơ\s{{1,3}}sở|BCH\s{{1,3}}CĐCS)
    | (?P<cdn>Công\s{{1,3}}đoàn\s{{1,3}}[Nn]gành|CĐN)
    | (?P<cdvc>Công\s{{1,3}}đoàn\s{{1,3}}[Vv]iên\s{{1,3}}chức|CĐVC)
    | (?P<ministry>Bộ\s{{1,3}}(?:Tài\s{{1,3}}chính|Nội\s{{1,3}}vụ|Tư\s{{1,3}}pháp|Y\s{{1,3}}tế|Công\s{{1,3}}an|Quốc\s{{1,3}}phòng|Xây\s{{1,3}}dựng|Công\s{{1,3}}Thương|Ngoại\s{{1,3}}giao|
        Giáo\s{{1,3}}dục\s{{1,3}}và\s{{1,3}}Đào\s{{1,3}}tạo|Lao\s{{1,3}}động\s{{0,3}}-\s{{0,3}}Thương\s{{1,3}}binh\s{{1,3}}và\s{{1,3}}Xã\s{{1,3}}hội|Kế\s{{1,3}}hoạch\s{{1,3}}và\s{{1,3}}Đầu\s{{1,3}}tư|
        Khoa\s{{1,3}}học\s{{1,3}}và\s{{1,3}}Công\s{{1,3}}nghệ|Nông\s{{1,3}}nghiệp\s{{1,3}}và\s{{1,3}}(?:Môi\s{{1,3}}trường|Phát\s{{1,3}}triển\s{{1,3}}nông\s{{1,3}}thôn)|
        Tài\s{{1,3}}nguyên\s{{1,3}}và\s{{1,3}}Môi\s{{1,3}}trường|Giao\s{{1,3}}thông\s{{1,3}}vận\s{{1,3}}tải|Thông\s{{1,3}}tin\s{{1,3}}và\s{{1,3}}Truyền\s{{1,3}}thông|
        Văn\s{{1,3}}hóa,?\s{{1,3}}Thể\s{{1,3}}thao\s{{1,3}}và\s{{1,3}}Du\s{{1,3}}lịch|Dân\s{{1,3}}tộc\s{{1,3}}và\s{{1,3}}Tôn\s{{1,3}}giáo))
    | (?P<bank>Ngân\s{{1,3}}hàng\s{{1,3}}Nhà\s{{1,3}}nước(?:\s{{1,3}}Việt\s{{1,3}}Nam)?)
    | (?P<tax>Tổng\s{{1,3}}cục\s{{1,3}}Thuế|Tổng\s{{1,3}}cục\s{{1,3}}Hải\s{{1,3}}quan
        |(?P<cuc>Cục\s{{1,3}}(?:Thuế|Hải\s{{1,3}}quan))(?:{_GAP}(?P<tlevel>{_LEVEL_WORD}))?(?:{_GAP}(?P<tplace>{_PLACE_WORDS}))?)
    """,
    re.VERBOSE,
)

# After an organization word, what makes it many bodies, a level or a blank, not one body:
# "Ủy ban nhân dân các tỉnh", "UBND cấp xã", "Liên đoàn Lao động cấp trên", "Cục Thuế ...".
ORG_GROUP_AFTER = re.compile(r"[ \t]{1,3}(?:các|cấp|những)\b|[ \t]{0,3}(?:\.{3}|…)")

# "Tổng cục Thuế", "TỔNG CỤC HẢI QUAN": the two-tier tax and customs administration (until 2025).
# OCR drops the marks: "TONG CUC HAI QUAN", "TONG CỤC THUÊ".
GENERAL_DEPARTMENT = re.compile(
    r"T[OÔỔ]NG\s{1,3}C[UỤ]C\s{1,3}(?:TH[UƯ][EÊẾ]|H[AẢ]I\s{1,3}QUAN)", re.IGNORECASE
)

# Where an ORG match may start; ORG itself is tried only there.
ORG_START = re.compile(
    r"\b(?:Đảng|Tổng|Liên|LĐL|LDL|Thành|Tỉnh|Quận|Huyện|Thị|Thủ|Bộ|Ban|ban|Chính|Công|CĐ|Cục|Quốc|Ủy|UBND|BCH|Hội|HĐND|Ngân|"
    r"Văn|Thanh)"
)

# Reporting lines: "báo cáo kết quả thực hiện về LĐLĐ tỉnh (qua Ban Tuyên giáo – Nữ công)",
# "Gửi báo cáo Quận ủy và LĐLĐ Thành phố", "Báo cáo kết quả thực hiện với Quận ủy".
REPORT_CUE = re.compile(
    r"[Bb](?:áo|ÁO)\s+(?:cáo|CÁO)(?:\s+(?:kết\s+quả|định\s+kỳ|sơ\s+kết|tổng\s+kết|thực\s+hiện|tình\s+hình|"
    r"tiến\s+độ|các\s+nội\s+dung|hàng\s+quý|hằng\s+năm|hàng\s+năm|việc\s+thực\s+hiện)){0,4}"
    r"\s+(?:(?:về|với|lên|gửi|cho)\s+)?(?=\S)",
)
# "báo cáo" as a noun, not a verb, when these words stand before it: "theo báo cáo của Sở",
# "tại Báo cáo số 19/BC-VHXH", "chế độ báo cáo", "các báo cáo", "Hệ thống thông tin báo cáo
# Chính phủ" (a system's name). Run on the lower-cased text.
REPORT_NOUN_BEFORE = re.compile(
    r"(?:theo|tại|các|của|trong|vào|số|chế\s{1,3}độ|kèm\s{1,3}theo|nội\s{1,3}dung|những|và\s{1,3}các|"
    r"thông\s{1,3}tin|hệ\s{1,3}thống|mẫu|biểu)[ \t]{1,3}$"  # on the same line: "NỘI DUNG\n\nBáo cáo …" is a verb
)
# Who a reporting task is given to: the body right after "đề nghị", "giao", "yêu cầu"
# (through an organ): "Ban Thường vụ LĐLĐ quận Long Biên đề nghị Ban chấp hành công đoàn cơ
# sở … báo cáo kết quả về LĐLĐ quận"; "Giao Ủy ban nhân dân các huyện … báo cáo Ủy ban nhân dân
# tỉnh". Matched against the text before the body.
REPORTER_TOLD = re.compile(
    r"(?:đề\s{1,3}nghị|[Gg]iao(?:\s{1,3}cho)?|yêu\s{1,3}cầu|chỉ\s{1,3}đạo|đôn\s{1,3}đốc)\s{1,3}(?:các\s{1,3})?"
    r"(?:(?:Ban\s{1,3}[Tt]hường\s{1,3}vụ|BTV|Thường\s{1,3}trực|Ban\s{1,3}[Cc]hấp\s{1,3}hành|BCH)\s{1,3})?$",
    re.IGNORECASE,
)
# What may stand before the body that is a clause's subject: a bullet or a number, "các", an
# organ. "- Liên đoàn Lao động các huyện … báo cáo", "2. Các Công đoàn cơ sở … báo cáo".
CLAUSE_SUBJECT_LEAD = re.compile(
    r"\s{0,3}(?:[-+*•–—]|\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\))?\s{0,3}(?:[Cc]ác\s{1,3})?"
    r"(?:(?:Ban\s{1,3}[Tt]hường\s{1,3}vụ|BTV|Thường\s{1,3}trực|Ban\s{1,3}[Cc]hấp\s{1,3}hành|BCH)\s{1,3})?"
)
# A report made after gathering what others send: "gửi Bộ Tài chính để tổng hợp, báo cáo Thủ
# tướng Chính phủ": the one who gathers reports. Run on the lower-cased text before the cue
# (OCR: "dé tong hợp").
GATHER_BEFORE_REPORT = re.compile(r"t[oổố]ng\s{1,3}h[ợo]p\s{0,3},?\s{0,3}(?:và\s{1,3})?$")
# The body that gathers is the one the reports are sent to: "gửi Bộ Tài chính", "về Bộ Lao
# động - Thương binh và Xã hội". Matched against the text before the body.
SENT_TO_BEFORE = re.compile(r"(?:gửi|về)\s{1,3}$", re.IGNORECASE)
# A report as a purpose, with no reporter: "khẩn trương hoàn thiện báo cáo … để có cơ sở báo
# cáo Bộ Chính trị"; "để kịp báo cáo Quốc hội"; or in a time clause whose subject follows it:
# "sau khi báo cáo Bộ Tài chính, Tổng cục Thuế có ý kiến". Run on the lower-cased text before the cue.
PURPOSE_BEFORE_REPORT = re.compile(
    r"(?:\b(?:để|dé|đế)\s{1,3}(?:có\s{1,3}cơ\s{1,3}sở\s{1,3}|kịp\s{1,3})?|\b(?:sau|trước)\s{1,3}khi\s{1,3})$"
)
# Where a clause ends, the last one before a cue: ";", a blank line, or a line that opens a
# bullet or an item ("\n- Gửi báo cáo …", "\nb) Bộ Kế hoạch và Đầu tư …"). Not a lone line break
# (hard-wrapped text: "… quản lý tài\nsản báo cáo Bộ Tài chính") and not ":" ("mail: …").
CLAUSE_BREAK = re.compile(r";|\n[ \t]*\n|\n(?=[ \t*]*(?:[-+•–]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)))")
# Parts of an issuing body that are not the body itself: "Ban Thường vụ Thành ủy", and the
# minister who signs for a ministry: "Quyết định số 2304/QĐ-BTNMT ngày 23 tháng 6 năm 2025 của
# Bộ trưởng Bộ Nông nghiệp và Môi trường" (the ministry is the issuer).
ORGAN_PREFIX = re.compile(
    r"(?:Ban\s+[Tt]hường\s+vụ|BTV|Thường\s+trực|Ban\s+[Cc]hấp\s+hành(?!\s+Trung)|BCH|Đoàn\s+Chủ\s+tịch|"
    r"Bộ\s+trưởng(?=\s+Bộ\s))\s+"
)
# The level (and place) printed in an issuer after "của" that names no known body: "Chương
# trình số 27-CTr/TU ngày 12/3/2018 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết ..."
# (cited in a document of Cần Thơ city: the Party committee of a province, not the city's).
PRINTED_LEVEL = re.compile(
    r"[^\n;.,:()]{0,50}?(?<!\w)(?P<level>[Tt]ỉnh|[Tt]hành\s+phố|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã)(?!\w)"
    rf"(?:\s(?P<place>[{UPPER}][\w]{{0,12}}(?:\s[{UPPER}][\w]{{0,12}}){{0,3}}))?"
)
# A name right after "Công đoàn cơ sở" names one union, not the class of them: "Công đoàn cơ sở
# Công ty TNHH Nhựa và hóa chất TPC VINA" (but "Công đoàn cơ sở xây dựng kế hoạch", "Công đoàn
# cơ sở; ...", "Công đoàn cơ sở:" are the class).
NAMED_UNIT_AFTER = re.compile(rf"[ \t]{{1,3}}[{UPPER}]")
# "của Bộ Chính trị" after a mention.
OF_ISSUER = re.compile(r"\s{0,3},?\s{0,3}của\s+")
# An issuer no table knows, up to the date printed after it and a comma: "báo cáo thẩm định số
# 62/BC-STP của Sở tư pháp, ngày 23 tháng 4 năm 2009" (the date is the mention's all the same).
UNKNOWN_ISSUER_BEFORE_DATE = re.compile(r"[^\n,;:()\d]{2,60}?(?=,\s{0,3}(?:ngày|ngay)\b)")
ORG_LIST_JOIN = re.compile(r"\s{0,2}(?:,|và|;)\s{1,3}")

# A numbered item, the opening line of the tasks (bullets) under it: "(1) Bộ Y tế chỉ đạo Ban
# Quản lý dự án ...\n- Chỉ đạo ...\n- Chủ trì ...; khẩn trương báo cáo Chính phủ ...".
NUMBERED_ITEM = re.compile(r"[ \t*]{0,4}(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\))[ \t]{1,3}")
# A heading that names who does what: "1. Liên đoàn Lao động quận:", "2. Công đoàn cơ sở".
ACTOR_HEADING = re.compile(r"^[ \t*]*(?:\d{1,2}|[a-zđ])[.)]\s+(?P<actor>[^\n]{3,120})$", re.MULTILINE)
