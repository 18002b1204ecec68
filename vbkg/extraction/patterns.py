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
# CTr, QĐi, UBTVQH15. Separators may carry one or two spaces: "Số:18 /KH - LDLĐ".
_CODE = r"[A-ZĐ][A-Za-zĐđ0-9&]{0,11}"
_SEP = r"\s{0,2}"
_CODES = rf"{_CODE}(?:{_SEP}-{_SEP}{_CODE}){{0,3}}"

SYMBOL = re.compile(
    rf"""
    (?<![\w/.\-])
    (?P<number>\d{{1,5}})
    (?:
        # legal normative and laws: 91/2017/NĐ-CP, 38/2019/QH14, 76/2025/UBTVQH15
        {_SEP}/{_SEP}(?P<year>(?:19|20)\d\d){_SEP}/{_SEP}(?P<legal>{_CODES})
      | # Party: 01-KL/TW, 01- KL/TW, 13-NQ / TW, 01-CTHD/ĐĐTLD
        {_SEP}-{_SEP}(?P<ptype>{_CODE}){_SEP}/{_SEP}(?P<pissuer>{_CODES})
      | # state and trade union: 46/KH-LĐLĐ, 1268/QĐ-TTg; official letters 04/VB-KHĐV
        {_SEP}/{_SEP}(?P<state>{_CODES})
    )
    (?![\w])
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
    r"kết\s+luận|chỉ\s+thị|kế\s+hoạch|hướng\s+dẫn|quyết\s+định|quy\s+định|thông\s+báo|"
    r"thông\s+tư\s+liên\s+tịch|thông\s+tư|thông\s+tri|nghị\s+định|báo\s+cáo|công\s+văn|"
    r"văn\s+bản|phương\s+án|đề\s+án|tờ\s+trình|công\s+điện|pháp\s+lệnh|hiến\s+pháp|bộ\s+luật|"
    r"luật|điều\s+lệ"
)

# Looked for in the 90 characters before a symbol, anchored at its end:
#   "Nghị định số: 91/2017/NĐ-CP"  -> words "Nghị định"
#   "Luật Doanh nghiệp số 59/2020/QH14" -> words "Luật", name "Doanh nghiệp"
TYPE_BEFORE_SYMBOL = re.compile(
    rf"""
    (?P<words>{TYPE_WORDS})
    (?P<name>(?<=[Ll]uật)(?:\s+{WORD}){{1,8}}?)?     # a law's name sits between
    (?:\s+(?:số|so))?\s{{0,2}}:?\s{{0,2}}$
    """,
    re.VERBOSE,
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
# Dates. "ngày 18/5/2021", "ngày 18 tháng 5 năm 2021", "ngày 05/3/2020".
DATE_NUMERIC = r"(?P<d>\d{1,2})\s{0,2}[/.-]\s{0,2}(?P<m>\d{1,2})\s{0,2}[/.-]\s{0,2}(?P<y>(?:19|20)\d\d)"
DATE_WORDS = r"(?P<d2>\d{1,2})\s{1,3}tháng\s{1,3}(?P<m2>\d{1,2})\s{1,3}năm\s{1,3}(?P<y2>(?:19|20)\d\d)"

# After a mention: ", ngày 21/9/2021", " ngày 27/01/2023", " ban hành ngày 18 tháng 5 năm 2021"
DATE_AFTER = re.compile(
    rf"\s{{0,3}},?\s{{0,3}}(?:\(\s?)?(?:(?:được\s+)?ban\s+hành\s+)?ngày\s{{0,3}}(?:{DATE_NUMERIC}|{DATE_WORDS})",
    re.IGNORECASE,
)

# The place and date line of a header: "Long Biên, ngày 28 tháng 02 năm 2023",
# "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025". OCR may garble it ("ngay$/ tháng").
# The place starts at a word: tried inside a run of capitals, it rescanned the run from
# each of its letters (quadratic).
PLACE_DATE = re.compile(
    rf"(?<![{LETTER}])(?P<place>(?:{CAP_WORD}[ \t]){{0,4}}{CAP_WORD})[ \t]{{0,2}},\s{{0,3}}(?:ngày|ngay)\s{{0,3}}"
    rf"(?:{DATE_WORDS}|{DATE_NUMERIC})",
)
# A header date without a place ("ngày 28 tháng 02 năm 2023").
ANY_DATE_WORDS = re.compile(rf"(?:ngày|ngay)\s{{0,3}}{DATE_WORDS}", re.IGNORECASE)

# "Số: 18/KH-LĐLĐ", "Số:18 /KH - LDLĐ", "Số 221-KL/TW" at the head of a document.
OWN_NUMBER = re.compile(r"(?:^|\s)(?:Số|SỐ|So)\s{0,3}(?::|\.)?\s{0,3}(?=\d)", re.MULTILINE)

# ---------------------------------------------------------------------------------------
# Relation cues (DOMAIN.md §3). The cue patterns run on the lower-cased text, and only at
# the places KEYWORDS found: one literal alternation scans a whole archive at tens of MB/s,
# where a case-insensitive pattern tried at every position would crawl.
KEYWORDS = re.compile(
    r"thực hiện|triển khai|thi hành|cụ thể hóa|căn cứ|sửa đổi|thay thế|bãi bỏ|gắn với|gắn liền|"
    r"quán triệt|góp phần|theo tinh thần|phù hợp với|kết hợp với|đồng thời|gọi tắt|viết tắt"
)
# What may stand before an IMPLEMENTS verb as part of its cue: "nhằm", "về việc", "tiếp tục".
CUE_PREFIX = re.compile(r"(?:(?:nhằm|để)\s+)?(?:về\s+(?:việc\s+)?)?(?:tiếp\s+tục\s+)?(?:tổ\s+chức\s+)?$")
#
# IMPLEMENTS (lower-cased text): "Thực hiện Kết luận số 01-KL/TW", "Tiếp tục thực hiện X", "Tiếp tục triển
# khai thực hiện Chỉ thị số 05-CT/TW", "Triển khai thực hiện Kế hoạch số 27/KH-LĐLĐ",
# "Nhằm cụ thể hóa Chương trình hành động số 01-CTHD/ĐĐTLD". The cue must be followed at
# once by a type word or a number: "Triển khai tốt các Nghị quyết chuyên đề: ..." is not one.
IMPLEMENTS_CUE = re.compile(
    rf"""
    (?:(?:nhằm|để)\s+)?
    (?:về\s+(?:việc\s+)?)?
    (?:tiếp\s+tục\s+)?
    (?:(?:tổ\s+chức\s+)?triển\s+khai\s+(?:thực\s+hiện\s+|thi\s+hành\s+)?
      |thực\s+hiện\s+|thi\s+hành\s+|cụ\s+thể\s+hóa\s+)
    (?=(?:{TYPE_WORDS})\b|\d)
    """,
    re.VERBOSE,
)

# BASED_ON: "Căn cứ Thông tư số 78/2014/TT-BTC", "Căn cứ khoản 3 Điều 18 Thông tư số ...".
BASED_ON_CUE = re.compile(r"căn\s+cứ(?:\s+vào)?\b")

# AMENDS: "sửa đổi, bổ sung một số điều của Nghị định số 218/2013/NĐ-CP".
AMENDS_CUE = re.compile(r"sửa\s+đổi\s?,?\s+bổ\s+sung(?:\s+một\s+số\s+điều(?:\s+của)?)?\b")

# REPLACES: "thay thế Quyết định số 12/2020/QĐ-UBND", "bãi bỏ Thông tư số ...".
REPLACES_CUE = re.compile(r"(?:thay\s+thế|bãi\s+bỏ)\b")

# Words that end an IMPLEMENTS cue's reach inside a sentence: what follows them is only
# cited. "... bằng nhiều hình thức, gắn với thực hiện ... Nghị quyết số 35-NQ/TW" (seed 000);
# an alias is only a name: "(gọi tắt là Nghị quyết 43-NQ/TW)" (seed 004).
CITE_BREAK = re.compile(
    r"\b(?:gắn\s+với|gắn\s+liền\s+với|quán\s+triệt|góp\s+phần|theo\s+tinh\s+thần|phù\s+hợp\s+với|"
    r"kết\s+hợp\s+với|đồng\s+thời|(?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt\s+là)\b",
)

# The self-reference that makes a REPLACES or AMENDS cue the document's own:
# "Quyết định này có hiệu lực ... và thay thế Quyết định số ...".
THIS_DOCUMENT = re.compile(rf"\b(?:{TYPE_WORDS})\s+này\b")

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

# Between two mentions, a statement about the first: "Kế hoạch số 44-KH/TU ngày 29/10/2021
# của Tỉnh ủy Lai Châu về thực hiện Kết luận số 01-KL/TW" says 44-KH/TU implements 01-KL/TW.
# The gap must be the first mention's tail (date, issuer, term) and then the cue.
_TAIL = rf"""
    (?:\s{{0,3}},?\s{{0,3}}(?:ban\s+hành\s+)?ngày\s{{0,3}}[\d/.\s]{{6,12}}(?:tháng\s{{1,3}}\d{{1,2}}\s{{1,3}}năm\s{{1,3}}\d{{4}})?)?
    (?:\s{{0,3}},?\s{{0,3}}của\s+{WORD}(?:[ \t]{WORD}){{0,11}}?)?
    (?:\s{{0,3}},?\s{{0,3}}khóa\s+[IVXL]{{1,6}})?
    (?:\s{{0,3}},?\s{{0,3}}(?:ngày|ngay)\s{{0,3}}[\d/.\s]{{6,12}})?
    \s{{0,3}}
"""
# A gap that is only a mention's tail: a cue right after it speaks about that mention.
TAIL_ONLY = re.compile(rf"{_TAIL}$", re.VERBOSE | re.IGNORECASE)
NESTED_IMPLEMENTS = re.compile(
    rf"{_TAIL}(?:về\s+(?:việc\s+)?)?(?:tiếp\s+tục\s+)?(?:triển\s+khai\s+)?(?:thực\s+hiện|thi\s+hành|cụ\s+thể\s+hóa)\s+$",
    re.VERBOSE | re.IGNORECASE,
)
NESTED_AMENDS = re.compile(
    rf"{_TAIL}(?:về\s+(?:việc\s+)?)?sửa\s+đổi\s?,?\s+bổ\s+sung(?:\s+một\s+số\s+điều(?:\s+của)?)?\s+$",
    re.VERBOSE | re.IGNORECASE,
)
NESTED_REPLACES = re.compile(
    rf"{_TAIL}(?:về\s+(?:việc\s+)?)?(?:thay\s+thế|bãi\s+bỏ)\s+$", re.VERBOSE | re.IGNORECASE
)
# Passive: "Thông tư số 219/2013/TT-BTC ... (được sửa đổi, bổ sung tại khoản 3 Điều 1 Thông
# tư số 130/2016/TT-BTC ...)" says 130/2016/TT-BTC amends 219/2013/TT-BTC.
PASSIVE_AMENDS = re.compile(
    rf"{_TAIL}\(?\s{{0,2}}(?:đã\s+)?được\s+sửa\s+đổi\s?,?\s+bổ\s+sung\s+(?:tại|bởi|theo)\s+[^;()“”\"]{{0,80}}$",
    re.VERBOSE | re.IGNORECASE,
)
PASSIVE_REPLACES = re.compile(
    rf"{_TAIL}\(?\s{{0,2}}(?:đã\s+)?được\s+thay\s+thế\s+(?:bằng|bởi|theo|tại)\s+[^;()“”\"]{{0,80}}$",
    re.VERBOSE | re.IGNORECASE,
)

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
# TRỊ ...", "QUYẾT ĐỊNH", "CHỈ THỊ SỐ 32/CT-TTG", on a line of its own or at a line start.
TYPE_HEADING = re.compile(
    r"^[ \t*#]*(?P<words>CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH|NGHỊ QUYẾT|KẾT LUẬN|CHỈ THỊ|KẾ HOẠCH|"
    r"HƯỚNG DẪN|QUYẾT ĐỊNH|QUY ĐỊNH|THÔNG BÁO|THÔNG TƯ|THÔNG TRI|NGHỊ ĐỊNH|BÁO CÁO|CÔNG VĂN|"
    r"PHƯƠNG ÁN|ĐỀ ÁN|TỜ TRÌNH|CÔNG ĐIỆN|LUẬT|PHÁP LỆNH|QUY CHẾ|ĐIỀU LỆ)(?![\w])(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
# Trích yếu of an official letter: "V/v hướng dẫn góp vốn điều lệ".
SUBJECT_LINE = re.compile(r"\bV/v\s*:?\s*(?P<subject>[^\n]{3,300})", re.IGNORECASE)
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

# The signature block: "TM. BAN THƯỜNG VỤ / CHỦ TỊCH / Phan Thị Thu Hằng", "KT. CHỦ TỊCH /
# PHÓ CHỦ TỊCH". The name is the last line of two to five capitalised words.
SIGNER_POSITION = re.compile(
    r"^[ \t*]*(?:(?:TM|KT|TL|TUQ|Q)\s*\.\s*[^\n]*\n[ \t*]*)?(?P<position>(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|BÍ\s+THƯ|"
    r"TRƯỞNG\s+BAN|GIÁM\s+ĐỐC|CỤC\s+TRƯỞNG|TỔNG\s+CỤC\s+TRƯỞNG|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|"
    r"CHÁNH\s+VĂN\s+PHÒNG|VỤ\s+TRƯỞNG|TRƯỞNG\s+PHÒNG|THỨ\s+TRƯỞNG|TỔNG\s+BÍ\s+THƯ|THƯỜNG\s+TRỰC))[ \t*]*$",
    re.MULTILINE,
)
PERSON_NAME = re.compile(rf"^[ \t*]*(?P<name>{CAP_WORD}(?:[ \t]{CAP_WORD}){{1,4}})[ \t*]*$", re.MULTILINE)

# The issuer stated in the preamble: "Ban Thường vụ LĐLĐ tỉnh ban hành kế hoạch",
# "Ban thường vụ LDLĐ quận Long Biên xây dựng kế hoạch", "Ban Thường vụ Liên đoàn Lao động
# quận Long Biên phát động phong trào thi đua".
ISSUER_ACT = re.compile(
    r"\b(?:Ban\s{1,3}(?:Thường\s{1,3}vụ|thường\s{1,3}vụ|Chấp\s{1,3}hành|chấp\s{1,3}hành)|Đoàn\s{1,3}Chủ\s{1,3}tịch|"
    r"Thường\s{1,3}trực)\s{1,3}(?P<org>\S[^\n,;:.]{1,79}?)\s{1,3}"
    r"(?:ban\s+hành|xây\s+dựng|phát\s+động|hướng\s+dẫn|thông\s+báo|kết\s+luận)\b",
)

# ---------------------------------------------------------------------------------------
# Organizations (DOMAIN.md §4). One alternative per kind; places are resolved afterwards.
_PLACE = rf"(?P<place>(?:{CAP_WORD}[ \t]){{0,3}}{CAP_WORD})"
_LDLD = r"(?:Liên\s+đoàn\s+[Ll]ao\s+động|LĐLĐ|LDLĐ|LĐLD|LDLD)"
_LEVEL = r"(?P<level>[Tt]ỉnh|[Tt]hành\s+phố|TP\.?|[Qq]uận|[Hh]uyện|[Tt]hị\s+xã)"
ORG = re.compile(
    rf"""
      (?P<dangdoan>Đảng\s+đoàn\s+(?:Tổng\s+Liên\s+đoàn|Tổng\s+LĐLĐ|TLĐ)(?:\s+[Ll]ao\s+động)?(?:\s+Việt\s+Nam)?)
    | (?P<tld>(?:Tổng\s+Liên\s+đoàn(?:\s+[Ll]ao\s+động)?|Tổng\s+LĐLĐ)(?:\s+Việt\s+Nam)?)
    | (?P<ldld_all>{_LDLD}\s+(?:các\s+)?(?:huyện|quận|tỉnh)(?:\s{{0,2}},\s{{0,2}}(?:thành\s+phố|thị\s+xã|huyện|quận))+
                 |{_LDLD}\s+các\s+(?:huyện|quận|tỉnh))
    | (?P<ldld>{_LDLD}(?:\s+{_LEVEL})?(?:\s+{_PLACE})?)
    | (?P<committee>(?P<ctype>Thành|Tỉnh|Quận|Huyện|Thị|Đảng)\s+ủy(?:\s+(?P<cplace>(?:{CAP_WORD}[ \t]){{0,3}}{CAP_WORD}))?)
    | (?P<politburo>Bộ\s+Chính\s+trị)
    | (?P<secretariat>Ban\s+Bí\s+thư)
    | (?P<central>Ban\s+Chấp\s+hành\s+Trung\s+ương(?:\s+Đảng)?)
    | (?P<pm>Thủ\s+tướng\s+Chính\s+phủ|Thủ\s+tướng)
    | (?P<gov>Chính\s+phủ)
    | (?P<ubtvqh>Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội)
    | (?P<qh>Quốc\s+hội)
    | (?P<ubnd>(?:Ủy\s+ban\s+nhân\s+dân|UBND)(?:\s+(?P<ulevel>[Tt]ỉnh|[Tt]hành\s+phố|[Qq]uận|[Hh]uyện|[Tt]hị\s+xã))?(?:\s+(?P<uplace>(?:{CAP_WORD}[ \t]){{0,3}}{CAP_WORD}))?)
    | (?P<cdcs>Công\s+đoàn\s+cơ\s+sở|CĐCS|[Bb]an\s+[Cc]hấp\s+hành\s+[Cc]ông\s+đoàn\s+cơ\s+sở|BCH\s+CĐCS)
    | (?P<cdn>Công\s+đoàn\s+[Nn]gành|CĐN)
    | (?P<cdvc>Công\s+đoàn\s+[Vv]iên\s+chức|CĐVC)
    | (?P<ministry>Bộ\s+(?:Tài\s+chính|Nội\s+vụ|Tư\s+pháp|Y\s+tế|Công\s+an|Quốc\s+phòng|Xây\s+dựng|Công\s+Thương|
        Giáo\s+dục\s+và\s+Đào\s+tạo|Lao\s+động\s*-\s*Thương\s+binh\s+và\s+Xã\s+hội|Kế\s+hoạch\s+và\s+Đầu\s+tư))
    | (?P<tax>Tổng\s+cục\s+Thuế|Tổng\s+cục\s+Hải\s+quan|Cục\s+Thuế)
    """,
    re.VERBOSE,
)

# Where an ORG match may start; ORG itself is tried only there.
ORG_START = re.compile(
    r"\b(?:Đảng|Tổng|Liên|LĐL|LDL|Thành|Tỉnh|Quận|Huyện|Thị|Thủ|Bộ|Ban|ban|Chính|Công|CĐ|Cục|Quốc|Ủy|UBND|BCH)"
)

# Reporting lines: "báo cáo kết quả thực hiện về LĐLĐ tỉnh (qua Ban Tuyên giáo – Nữ công)",
# "Gửi báo cáo Quận ủy và LĐLĐ Thành phố", "Báo cáo kết quả thực hiện với Quận ủy".
REPORT_CUE = re.compile(
    r"[Bb](?:áo|ÁO)\s+(?:cáo|CÁO)(?:\s+(?:kết\s+quả|định\s+kỳ|sơ\s+kết|tổng\s+kết|thực\s+hiện|tình\s+hình|"
    r"tiến\s+độ|các\s+nội\s+dung|hàng\s+quý|hằng\s+năm|hàng\s+năm|việc\s+thực\s+hiện)){0,4}"
    r"\s+(?:(?:về|với|lên|gửi|cho)\s+)?(?=\S)",
)
# Parts of an issuing body that are not the body itself: "Ban Thường vụ Thành ủy".
ORGAN_PREFIX = re.compile(
    r"(?:Ban\s+[Tt]hường\s+vụ|BTV|Thường\s+trực|Ban\s+[Cc]hấp\s+hành(?!\s+Trung)|BCH|Đoàn\s+Chủ\s+tịch)\s+"
)
# "của Bộ Chính trị" after a mention.
OF_ISSUER = re.compile(r"\s{0,3},?\s{0,3}của\s+")
# "ban hành kế hoạch thực hiện X": the document's own plan implements X.
PLAN_BEFORE_CUE = re.compile(r"(?:kế\s+hoạch|chương\s+trình|hướng\s+dẫn)\s+$")
ORG_LIST_JOIN = re.compile(r"\s{0,2}(?:,|và|;)\s{1,3}")

# A heading that names who does what: "1. Liên đoàn Lao động quận:", "2. Công đoàn cơ sở".
ACTOR_HEADING = re.compile(r"^[ \t*]*(?:\d{1,2}|[a-zđ])[.)]\s+(?P<actor>[^\n]{3,120})$", re.MULTILINE)
