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
PLACE_DATE = re.compile(
    rf"(?P<place>(?:{CAP_WORD}[ \t]){{0,4}}{CAP_WORD})[ \t]{{0,2}},\s{{0,3}}(?:ngày|ngay)\s{{0,3}}"
    rf"(?:{DATE_WORDS}|{DATE_NUMERIC})",
)
# A header date without a place ("ngày 28 tháng 02 năm 2023").
ANY_DATE_WORDS = re.compile(rf"(?:ngày|ngay)\s{{0,3}}{DATE_WORDS}", re.IGNORECASE)

# "Số: 18/KH-LĐLĐ", "Số:18 /KH - LDLĐ", "Số 221-KL/TW" at the head of a document.
OWN_NUMBER = re.compile(r"(?:^|\s)(?:Số|SỐ|So)\s{0,3}(?::|\.)?\s{0,3}(?=\d)", re.MULTILINE)

# ---------------------------------------------------------------------------------------
# Relation cues (DOMAIN.md §3, ANNOTATION.md rule 3). The cue patterns run on the lower-cased
# text, and only at the places KEYWORDS found: one literal keyword alternation scans a whole
# archive at tens of MB/s, where a case-insensitive pattern tried at every position would crawl.
# "căn cử", "cần cứ": OCR of "căn cứ" in scanned tax letters.
KEYWORDS = re.compile(
    r"thực hiện|triển khai|thi hành|cụ thể hóa|c[ăâầ]n c[ứửừư]|sửa đổi|thay thế|bãi bỏ|hết hiệu lực|gắn với|"
    r"gắn liền|quán triệt|góp phần|theo tinh thần|phù hợp với|kết hợp với|đồng thời|gọi tắt|viết tắt"
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
# ý kiến của Ban Tổ chức Trung ương tại Văn bản số 9151- CV/BTCTW", "Thực hiện Điều 5
# Nghị định số ...", and an OCR-damaged type word: "Thực hiện Thông bao số 439/TB-TCT".
OBJECT_GAP = re.compile(
    rf"""
    (?:(?:nội\s+dung|ý\s+kiến(?:\s+chỉ\s+đạo)?|chỉ\s+đạo|kết\s+luận|yêu\s+cầu|tinh\s+thần)
       (?:\s+của\s+[^;.\n]{{1,80}}?\s+(?:tại|theo|nêu\s+tại))?\s+)?
    (?:{_LOCATORS}\s{{1,2}}(?:của\s+|tại\s+)?)?
    (?:(?:[{LETTER}]{{2,}}\s{{1,2}}){{0,2}}[{LETTER}]{{0,6}}(?:số|sô|so)\s{{0,2}}:?\s{{0,2}})?
    """,
    re.VERBOSE,
)

# BASED_ON: "Căn cứ Thông tư số 78/2014/TT-BTC", "Căn cứ khoản 3 Điều 18 Thông tư số ...",
# OCR "Cần cử Khoản 5 Diều 1 Luật số 21/2012/QH13".
BASED_ON_CUE = re.compile(r"c[ăâầ]n\s+c[ứửừư](?:\s+vào)?\b")
# A Căn cứ that points back, or a table column, governs nothing: "Căn cứ các quy định nêu
# trên, trường hợp Công ty ...", "Căn cứ quy định trên thì ...", "Căn cứ pháp lý".
ANAPHORIC_BASIS = re.compile(
    rf"c[ăâầ]n\s+c[ứửừư](?:\s+vào)?\s+(?:pháp\s+lý\b|(?:[{LETTER}]+\s+){{0,5}}(?:nêu\s+|đã\s+nêu\s+)?trên\b)"
)

# AMENDS: "sửa đổi, bổ sung một số điều của Nghị định số 218/2013/NĐ-CP", "Sửa đổi Điều 3".
AMENDS_CUE = re.compile(
    r"sửa\s+đổi(?:\s?,?\s+bổ\s+sung)?(?:\s?,?\s+bãi\s+bỏ)?(?:\s+một\s+số\s+điều(?:\s+của)?)?\b"
)

# REPLACES: "thay thế Quyết định số 12/2020/QĐ-UBND", "bãi bỏ Thông tư số ...".
REPLACES_CUE = re.compile(r"(?:thay\s+thế|bãi\s+bỏ)\b")

# Whole repeal stated of the act before it: "Quyết định số 1292/QĐ-BYT ... hết hiệu lực
# toàn bộ kể từ ngày Quyết định này có hiệu lực thi hành."
EXPIRES_CUE = re.compile(
    r"hết\s+hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+toàn\s+bộ)?\s+(?:kể\s+)?từ\s+ngày\s+[^.;\n]{0,40}?này\b"
)

# A cue used as an adjective or one verb of a list names no act of this document:
# "THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG, BÃI BỎ LĨNH VỰC ĐẤU THẦU", "mới ban hành, thay thế".
ADJECTIVAL_CUE = re.compile(
    r"(?:(?:được|bị|đã|đang|mới|cần|phải|chưa|sẽ)\s+|(?:ban\s+hành|bổ\s+sung|sửa\s+đổi|thay\s+thế|bãi\s+bỏ)\s?,\s{0,2})$"
)

# Partial repeal or replacement names a part of the act before it (AMENDS, not REPLACES):
# "Bãi bỏ khoản 2 Điều 1 Nghị quyết số 246/NQ-HĐND", "thay thế Danh mục TTHC có số thứ tự
# 01,02 ... tại Quyết định số 1740/QĐ-UBND", "thay thế: - Điều 2 và Điều 6 Quyết định số 23".
PARTIAL_OBJECT = re.compile(
    r"(?<![\w])(?:khoản|điểm|điều|chương|tiểu\s+mục|mục|phần|phụ\s+lục|danh\s+mục|cụm\s+từ|nội\s+dung|"
    r"số\s+thứ\s+tự|tiết|một\s+phần|một\s+số\s+điều)(?![\w])"
)

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
CLAUSE_LEAD = re.compile(
    r"(?:\s|[-+*•–—]|\d{1,3}(?:\.\d{1,3}){0,3}\.?|[a-zđ]\)|\(\d{1,3}\)|Điều\s+\d{1,3}\.?|[IVXLC]{1,6}\.)*",
    re.IGNORECASE,
)
# The same lead, bounded (lower-cased text): at most four bullets, numbers or quotes (and OCR
# specks before a bullet: "- = Căn cứ", "` - Căn cứ").
LINE_LEAD = re.compile(
    r"[ \t]{0,8}(?:(?:[-+*•–—“\"`'~|=_]|\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|[a-zđ]\)|\(\d{1,3}\)|điều\s+\d{1,3}\.?|"
    r"[ivxlc]{1,6}\.)[ \t]{0,3}){0,4}"
)
# A clause that opens with another cue or a new part ends the scope of the cue before it
# (lower-cased, after LINE_LEAD): "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số ...",
# "Tại công văn của Thuế tỉnh ..." (but "- Tại khoản 5 Điều 1 Luật số ..." goes on a basis list),
# "Xét đề nghị ...", "Căn cứ ...", "Ủy ban nhân dân tỉnh ban hành ...", "QUYẾT ĐỊNH:".
SCOPE_STOP = re.compile(
    r"(?:c[ăâầ]n\s+c[ứửừư]|thực\s+hiện|triển\s+khai|tiếp\s+tục|nhằm|để|theo|xét|trên\s+cơ\s+sở|trả\s+lời|"
    r"tại\s+(?!khoản|điểm|điều|chương|mục|phụ\s+lục)|về\s|trường\s+hợp|như\s+vậy|do\s+đó|vì\s+vậy|đối\s+với|"
    r"hiện\s+nay|sau\s+khi|"
    r"tiếp\s+theo|kính\s+gửi|ngày\s+\d|chương\s|phần\s|(?:ủy|uỷ)\s+ban|ubnd|hội\s+đồng|ban\s+thường\s+vụ|quốc\s+hội|chính\s+phủ|"
    r"ban\s+chấp\s+hành|bộ\s+trưởng|chủ\s+tịch|thủ\s+tướng|giám\s+đốc|(?:quyết\s+định|nghị\s+quyết|"
    r"quyết\s+nghị|chỉ\s+thị|kết\s+luận)\s*:)"
)
# The cue words that open the paragraphs of a preamble (lower-cased): its opening paragraph
# runs from the first such line to its main clause ("... ban hành Kế hoạch ... như sau:").
OPENING_CUE = re.compile(
    r"(?:c[ăâầ]n\s+c[ứửừư]|thực\s+hiện|triển\s+khai|tiếp\s+tục|nhằm|để|theo|xét|trên\s+cơ\s+sở|trả\s+lời|"
    r"tại\s+(?!khoản|điểm|điều|chương|mục|phụ\s+lục)|về\s|trường\s+hợp|như\s+vậy|do\s+đó|vì\s+vậy|đối\s+với|"
    r"hiện\s+nay|sau\s+khi|"
    r"cụ\s+thể\s+hóa)\b"
)
# What a colon before a line break may introduce while the scope goes on: "thay thế các
# Quyết định sau đây:", "Quyết định này có hiệu lực ... và thay thế:".
LIST_INTRO = re.compile(
    r"(?:sau(?:\s+đây)?|gồm|bao\s+gồm|như\s+sau|thay\s+thế|bãi\s+bỏ|hiệu\s+lực(?:\s+thi\s+hành)?)\s{0,2}$"
)
# Where a scope may end: "Căn cứ A; B.\nTheo đề nghị ...", "thay thế:\n- ...", ", xây dựng ...".
SCOPE_BOUNDARY = re.compile(r"[.;:,\n]")
# A full stop that ends no sentence: "UBND TP. Hà Nội", "Q. 1" (a short capitalised word before it).
ABBREVIATION_BEFORE_STOP = re.compile(rf"(?<![{LETTER}])[{UPPER}][{UPPER}p]{{0,2}}$")
# "hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:" then a list of acts.
LIST_COLON = re.compile(r"[^:\n]{0,30}:")
# A list item line: "a) Quyết định số 27/2009/QĐ-UBND", "- Quyết định số 2027/QĐ-UBND".
LIST_ITEM = re.compile(r"[ \t]{0,8}(?:[-+•–*]|[a-zđ]\)|\d{1,2}[.)])")
# After a comma inside a Căn cứ clause, the main clause that ends the basis (lower-cased):
# "- Căn cứ Kế hoạch của LĐLĐ tỉnh và tình hình thực tế ..., xây dựng kế hoạch chỉ đạo ..."
# (seed 004), "Căn cứ quy định tại Điều 5 ..., trường hợp Công ty ...". Names and descriptions
# go on: "Luật Quản lý, sử dụng tài sản công số 15/2017/QH14", "để tổ chức, hướng dẫn thi hành".
BASIS_ENDS = re.compile(
    r"\s{0,3}(?:(?:xây\s+dựng|ban\s+hành|tổ\s+chức|triển\s+khai|thực\s+hiện|chỉ\s+đạo|đề\s+nghị|giao|yêu\s+cầu|"
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
# After a comma, the subject of the main clause ends what "Thực hiện" governs: "Thực hiện ý
# kiến ... tại Văn bản số 9151- CV/BTCTW ...; đề xuất ..., Bộ Nội vụ đã có Văn bản số 8091".
MAIN_CLAUSE_SUBJECT = re.compile(
    r"\s{0,3}(?:Bộ|Sở|Ủy\s+ban|Uỷ\s+ban|UBND|Ban|Cục|Tổng\s+cục|Liên\s+đoàn|LĐLĐ|Công\s+đoàn|Hội\s+đồng|"
    r"HĐND|Chính\s+phủ|Thủ\s+tướng|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Quận\s+ủy|Đảng\s+ủy|Đảng\s+đoàn|"
    r"Văn\s+phòng|Trung\s+tâm|Kho\s+bạc|[Cc]ác\s+(?:bộ|sở|cấp|cơ\s+quan|đơn\s+vị|địa\s+phương))\s"
)
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
    rf"(?i:ngày|ngay)\s{{0,3}}(?:\d{{1,2}}\s{{0,2}}[/.-]\s{{0,2}}[\d ]{{1,3}}[/.-]\s{{0,2}}\d{{2,4}}"
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
_AMEND_VERB = r"(?i:s[ửưu]a\s+[đd][ổôồỗoơ]i(?:\s{0,3},?\s{0,3}b[ổôồỗoộốd]\s{1,2}sung)?)"
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
     | (?P<amends>(?:(?i:quy\s+định|hướng\s+dẫn)\s+)?{_AMEND_VERB}(?:\s{{0,2}},?\s{{0,3}}(?i:bãi\s+bỏ|thay\s+thế))?
          (?:\s+(?i:một\s+số\s+(?:điều|nội\s+dung))(?:\s{{0,2}},\s{{0,2}}(?i:phụ\s+lục))?(?:\s+(?i:của))?)?
          (?!\s+(?i:tại|bởi|theo)\b))
     | (?P<implements>{_IMPLEMENT_VERB})
    )\s+
    """,
    re.VERBOSE,
)
# Passive: "Luật ... số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15", "(đã
# được sửa đổi, bổ sung một số điều tại Thông tư số ...)", "(sửa đôi,\nbồ sung tại khoản 12
# Điều 1 Nghị định số 59/2018/NĐ-CP)", "(được điều chỉnh bổ sung bởi Quyết định số 128)".
PASSIVE_CUE = re.compile(
    rf"""(?:\(\s{{0,2}}|,\s{{0,2}}|\s)(?:(?i:đã)\s+)?(?:(?i:được)\s+)?
    (?:{_AMEND_VERB}|(?i:điều\s+chỉnh\s?,?\s+bổ\s+sung))
    (?:\s+(?i:một\s+số\s+(?:điều|nội\s+dung)))?\s+(?i:tại|bởi|theo)\s+(?:(?i:quy\s+định\s+tại)\s+)?
    """,
    re.VERBOSE,
)
_LOCATORS_ANY_CASE = rf"(?i:{_LOCATORS})"
# Before the number, type words the mention did not take as such: "số", or OCR-damaged ones
# ("Thông tư sô 08/2013/TT-BTC", "Thêng tư số\n39/2014/TT-BTC", "Nghị dịnh số 59/2018/NĐ-CP").
_OCR_TYPE_WORDS = (
    rf"(?:(?:[{LETTER}]{{2,}}\s{{1,2}}){{0,4}}[{LETTER}]{{0,6}}(?i:số|sô|so)\s{{0,2}}:?\s{{0,2}})?"
)
# From a statement cue to its first object (the whole gap): "một số nội dung của", "khoản 2
# Điều 8", "Điều 6", and an unnumbered law before the numbered act: "hướng dẫn thi hành
# Luật Thuế giá trị gia tăng và Nghị định số 209/2013/NĐ-CP".
FIRST_OBJECT = re.compile(
    rf"""
    (?:(?i:một\s+số\s+(?:điều|nội\s+dung|quy\s+định))(?:\s+(?i:và\s+biện\s+pháp\s+thi\s+hành))?\s+(?:(?i:của)\s+)?)?
    (?:{_LOCATORS_ANY_CASE}\s{{0,2}},?\s{{0,3}}(?:(?i:của|tại)\s+)?)?
    (?:(?i:bộ\s+luật|luật|pháp\s+lệnh)(?:\s+[{LETTER}]+){{1,8}}?\s{{0,2}}(?:,|(?i:và))\s{{1,3}})?
    (?:(?i:luật\s+sửa\s+đổi\s?,?\s+bổ\s+sung\s+một\s+số\s+điều(?:\s+của)?)\s+)?  # the amending law's title
    (?:(?i:các)\s+)?
    {_OCR_TYPE_WORDS}
    """,
    re.VERBOSE,
)
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
RECIPIENT_ITEM = re.compile(r"^[ \t]*[-+•–]\s*(?P<item>[^\n]+?)\s*[;.,]?\s*$", re.MULTILINE)
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
    r"\b(?:Ban\s+(?:Thường\s+vụ|thường\s+vụ|Chấp\s+hành|chấp\s+hành)|Đoàn\s+Chủ\s+tịch|Thường\s+trực)\s+"
    r"(?P<org>[^\n,;:.]{2,80}?)\s+(?:ban\s+hành|xây\s+dựng|phát\s+động|hướng\s+dẫn|thông\s+báo|kết\s+luận)\b",
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
ORG_LIST_JOIN = re.compile(r"\s{0,2}(?:,|và|;)\s{1,3}")

# A heading that names who does what: "1. Liên đoàn Lao động quận:", "2. Công đoàn cơ sở".
ACTOR_HEADING = re.compile(r"^[ \t*]*(?:\d{1,2}|[a-zđ])[.)]\s+(?P<actor>[^\n]{3,120})$", re.MULTILINE)
