"""Every pattern in vbkg.extraction.patterns, tried on real sentences from the seeds and corpus.

A row is (pattern, text, expected): expected is the text the pattern must find (a named
group when given as (group, value)), or None where it must find nothing. Patterns that run
on lower-cased text get lower-cased rows.
"""

from __future__ import annotations

import re

import pytest

from vbkg.extraction import patterns as P

Row = tuple[str, str, str | tuple[str, str] | None]

ROWS: list[Row] = [
    # symbols (DOMAIN §2 and the noise of §5)
    ("SYMBOL", "Số:18 /KH - LDLĐ", "18 /KH - LDLĐ"),
    ("SYMBOL", "Kết luận số 01- KL/TW ngày 18/5/2021", "01- KL/TW"),
    ("SYMBOL", "Nghị quyết số 13-NQ / TW", "13-NQ / TW"),
    ("SYMBOL", "Chương trình hành động số 01-CTHD/ĐĐTLD ngày 30/01/2024", "01-CTHD/ĐĐTLD"),
    ("SYMBOL", "Nghị định số: 91/2017/NĐ-CP ngày 31/7/2017", ("legal", "NĐ-CP")),
    ("SYMBOL", "Luật Quản lý thuế số 38/2019/QH14", ("year", "2019")),
    ("SYMBOL", "công văn số 04/VB-KHĐV", ("state", "VB-KHĐV")),
    ("SYMBOL", "CHỈ THỊ SỐ 32/CT-TTG NGÀY", "32/CT-TTG"),
    ("SYMBOL", "(28/7/1929-28/7/2024)", None),
    ("SYMBOL", "nhiệm kỳ 2023-2028 và Covid-19", None),
    ("BARE_SYMBOL_SCAN", "Quyết định số 1268/QĐ-TTg ngày", "1268/QĐ-TTg"),
    ("TYPE_BEFORE_SYMBOL", "thực hiện kế hoạch số ", ("words", "kế hoạch")),
    ("TYPE_BEFORE_SYMBOL", "căn cứ tại điều 34 luật doanh nghiệp số ", ("name", " doanh nghiệp")),
    ("TYPE_BEFORE_SYMBOL", "nghị định số: ", ("words", "nghị định")),
    ("TYPE_BEFORE_SYMBOL", "của bộ chính trị ", None),
    ("SHORT_FORM", "sơ kết 03 năm thực hiện kết luận số 01;", ("number", "01")),
    (
        "SHORT_FORM",
        "tiếp tục thực hiện nghị quyết tw4 (khóa xii) và chỉ thị 05 của bộ chính trị",
        "chỉ thị 05",
    ),
    ("SHORT_FORM", "kế hoạch số 83/kh-ldlđ", None),
    # dates
    ("DATE_AFTER", ", ngày 21/9/2021 của Thành ủy", ", ngày 21/9/2021"),
    ("DATE_AFTER", " ngày 18 tháng 5 năm 2021", ("y2", "2021")),
    ("PLACE_DATE", "Long Biên, ngày 28 tháng 02 năm 2023", ("place", "Long Biên")),
    ("PLACE_DATE", "điều lệ Hà Nội, ngày 20 tháng 11 năm 2025 Kính gửi", ("place", "Hà Nội")),
    ("ANY_DATE_WORDS", "ngày 08 tháng 01 năm 2021", ("y2", "2021")),
    ("OWN_NUMBER", "\nSố:18 /KH - LDLĐ", "\nSố:"),
    ("OWN_NUMBER", "Số 221-KL/TW Hà Nội", "Số "),
    # relation cues (lower-cased text)
    ("KEYWORDS", "tiếp tục triển khai thực hiện chỉ thị", "triển khai"),
    ("KEYWORDS", "gắn với việc thực hiện", "gắn với"),
    ("CUE_PREFIX", "- nhằm ", "nhằm "),
    ("IMPLEMENTS_CUE", "tiếp tục triển khai thực hiện chỉ thị số 05-ct/tw", "tiếp tục triển khai thực hiện "),
    ("IMPLEMENTS_CUE", "nhằm cụ thể hóa chương trình hành động số 01", "nhằm cụ thể hóa "),
    ("IMPLEMENTS_CUE", "triển khai tốt các nghị quyết chuyên đề: nghị quyết số 15-nq/tw", None),
    ("BASED_ON_CUE", "căn cứ thông tư số 78/2014/tt-btc", "căn cứ"),
    (
        "AMENDS_CUE",
        "sửa đổi, bổ sung một số điều của nghị định số 218/2013/nđ-cp",
        "sửa đổi, bổ sung một số điều của",
    ),
    ("REPLACES_CUE", "quyết định này thay thế quyết định số 12/2020/qđ-ubnd", "thay thế"),
    ("REPLACES_CUE", "bãi bỏ thông tư số 20/2019/tt-btc", "bãi bỏ"),
    ("CITE_BREAK", "sinh động, gắn với thực hiện chương trình", "gắn với"),
    ("CITE_BREAK", "(gọi tắt là nghị quyết 43-nq/tw)", "gọi tắt là"),
    ("THIS_DOCUMENT", "quyết định này có hiệu lực từ ngày ký", "quyết định này"),
    ("CLAUSE_LEAD", "- ", "- "),
    ("CLAUSE_LEAD", "1.1. ", "1.1. "),
    ("KEYWORDS", "cần cử khoản 5 diều 1 luật số", "cần cử"),
    ("KEYWORDS", "hết hiệu lực toàn bộ kể từ ngày", "hết hiệu lực"),
    ("IMPLEMENTS_VERB", "thực hiện theo chỉ thị số 17/ct-ubnd", "thực hiện theo "),
    ("IMPLEMENTS_VERB", "tiếp tục triển khai thực hiện chỉ thị", ("deploy", "triển khai")),
    ("IMPLEMENTS_CUE", "thực hiện quy định tại chương ii thông tư 01/2023/tt-vpcp", None),
    ("OBJECT_GAP", "nội dung thông báo số ", "nội dung thông báo số "),
    ("OBJECT_GAP", "ý kiến của ban tổ chức trung ương tại ", "ý kiến của ban tổ chức trung ương tại "),
    ("OBJECT_GAP", "thông bao số ", "thông bao số "),
    ("BASED_ON_CUE", "cần cử khoản 5 diều 1 luật số 21/2012/qh13", "cần cử"),
    ("ANAPHORIC_BASIS", "căn cứ các quy định nêu trên, trường hợp", "căn cứ các quy định nêu trên"),
    ("ANAPHORIC_BASIS", "căn cứ luật quản lý thuế số 38/2019/qh14", None),
    ("AMENDS_CUE", "sửa đổi điều 3 nghị định số 01/2008/nđ-cp", "sửa đổi"),
    (
        "EXPIRES_CUE",
        "hết hiệu lực toàn bộ kể từ ngày quyết định này có hiệu lực thi hành",
        "hết hiệu lực toàn bộ kể từ ngày quyết định này",
    ),
    ("EXPIRES_CUE", "hết hiệu lực từ năm 2020.", None),
    ("ADJECTIVAL_CUE", "thủ tục hành chính được sửa đổi, bổ sung, ", "bổ sung, "),
    ("ADJECTIVAL_CUE", "quyết định này có hiệu lực từ ngày ký, ", None),
    ("PARTIAL_OBJECT", " khoản 2 điều 1 ", "khoản"),
    ("PARTIAL_OBJECT", " toàn bộ ", None),
    ("LINE_LEAD", "- 1.1. ", "- 1.1. "),
    ("SCOPE_STOP", "theo đề nghị của giám đốc sở y tế", "theo"),
    ("SCOPE_STOP", "nghị định số 48/2013/nđ-cp", None),
    ("SCOPE_STOP", "tại công văn của thuế tỉnh vĩnh long", "tại "),
    ("SCOPE_STOP", "tại khoản 5, điều 1, luật số 21/2012/qh13", None),
    ("OPENING_CUE", "thực hiện chỉ đạo của phó thủ tướng", "thực hiện"),
    ("LIST_INTRO", "quyết định này thay thế các quyết định sau đây", "sau đây"),
    ("LIST_ITEM", "a) Quyết định số 27/2009/QĐ-UBND", "a)"),
    ("SCOPE_BOUNDARY", "số 20/2019/QĐ-UBND; Nghị định", ";"),
    ("ABBREVIATION_BEFORE_STOP", "của UBND TP", "TP"),
    ("ABBREVIATION_BEFORE_STOP", "thủ tục hành chính", None),
    ("LIST_COLON", " thi hành như sau:\na) Quyết định", " thi hành như sau:"),
    ("BASIS_ENDS", " xây dựng kế hoạch chỉ đạo cđcs", " xây dựng"),
    ("BASIS_ENDS", " sử dụng tài sản công số 15/2017/qh14", None),
    ("BASIS_ENDS", " Ban hành văn bản quy phạm pháp luật số 80/2015/QH13", None),
    ("BASIS_ENDS", " Cục Thuế TP Hà Nội trả lời", " Cục Thuế"),
    ("ENACTS_BEFORE_CUE", "quốc hội ban hành luật ", "ban hành luật "),
    ("MAIN_CLAUSE_SUBJECT", " Bộ Nội vụ đã có Văn bản số 8091", " Bộ "),
    ("BASIS_BULLET", "\n- Tại khoản 5, Điều 1, Luật số 21/2012/QH13".lower(), ("bullet", "-")),
    ("PLAN_BEFORE_CUE", "ủy ban nhân dân thành phố cần thơ ban hành kế hoạch ", "ban hành kế hoạch "),
    ("TAIL_ONLY", " ngày 26/8/2022 của Thành ủy Hà Nội ", " ngày 26/8/2022 của Thành ủy Hà Nội "),
    (
        "TAIL_ONLY",
        " ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ ",
        " ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ ",
    ),
    (
        "STATEMENT_CUE",
        " ngày 29/10/2021 của Tỉnh ủy Lai Châu về thực hiện Kết luận",
        ("implements", "thực hiện"),
    ),
    (
        "STATEMENT_CUE",
        " ngày 31 tháng 10 năm 2024 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư",
        ("amends", "sửa đổi, bổ sung một số điều của"),
    ),
    (
        "STATEMENT_CUE",
        " ngày 28/02/2025 của UBND Thành phố về việc Phê duyệt “Chiến lược dữ liệu thành phố Hà Nội đến năm 2030 "
        "triển khai thực hiện Quyết định",
        ("plan", "Phê duyệt “Chiến lược dữ liệu thành phố Hà Nội đến năm 2030 triển khai thực hiện"),
    ),
    (
        "STATEMENT_CUE",
        " của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Nghị định",
        ("plan", "ban hành Kế hoạch triển khai thi hành"),
    ),
    ("STATEMENT_CUE", ", ngày 21/9/2021 của Thành ủy Hà Nội về “Đẩy mạnh học tập”; ", None),
    (
        "STATEMENT_CUE",
        " của Chính phủ Quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành",
        None,
    ),
    ("PASSIVE_CUE", " (được sửa đổi, bổ sung tại khoản 3 Điều 1 ", "(được sửa đổi, bổ sung tại "),
    ("PASSIVE_CUE", " (sửa đôi,\nbồ sung tại khoản 12", "(sửa đôi,\nbồ sung tại "),
    (
        "PASSIVE_CUE",
        " đã được sửa đổi, bổ sung một số điều theo Luật",
        " đã được sửa đổi, bổ sung một số điều theo ",
    ),
    ("FIRST_OBJECT", "một số nội dung của Nghị định số ", "một số nội dung của Nghị định số "),
    (
        "FIRST_OBJECT",
        "Luật Thuế giá trị gia tăng và Nghị định số ",
        "Luật Thuế giá trị gia tăng và Nghị định số ",
    ),
    ("FIRST_OBJECT", "khoản 2 Điều 8 Nghị định số ", "khoản 2 Điều 8 Nghị định số "),
    ("NEXT_OBJECT", " ngày 25 tháng 8 năm 2014, Thông tư số ", " ngày 25 tháng 8 năm 2014, Thông tư số "),
    (
        "NEXT_OBJECT",
        " của Chính phủ và Chương trình hành động số ",
        " của Chính phủ và Chương trình hành động số ",
    ),
    (
        "AMENDING_LAW_TITLE",
        "Luật sửa đổi, bổ sung một số điều của ",
        "Luật sửa đổi, bổ sung một số điều của ",
    ),
    ("LAW_NAME", "Luật thuế TNDN số 32/2013/QH13", ("name", "thuế TNDN")),
    # layout
    ("SENTENCE_BREAK", "như sau:\n\nI. MỤC ĐÍCH", ":\n"),
    ("SENTENCE_BREAK", "giai đoạn 2021 - 2025. Ban Thường vụ", ". "),
    ("SENTENCE_BREAK", "ngày 18/5/2021\ncủa Bộ Chính trị", None),
    ("TYPE_HEADING", "\nKẾ HOẠCH\n", ("words", "KẾ HOẠCH")),
    ("TYPE_HEADING", "KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TÌNH HÌNH", ("words", "KẾT LUẬN")),
    (
        "SUBJECT_LINE",
        "Số: 5348/CT-CS V/v hướng dẫn góp vốn điều lệ",
        ("subject", "hướng dẫn góp vốn điều lệ"),
    ),
    ("BODY_START", "\nI. MỤC ĐÍCH, YÊU CẦU", "I. "),
    ("BODY_START", "\nĐiều 1. Phạm vi", "Điều 1"),
    ("CLOSING_START", "\nTrên đây là kế hoạch", "Trên đây là"),
    ("RECIPIENTS_HEAD", "\nNơi nhận:\n", "Nơi nhận:"),
    ("RECIPIENT_ITEM", "- Thường trực, BTG LĐLĐ Thành phố;", ("item", "Thường trực, BTG LĐLĐ Thành phố")),
    ("ARCHIVE_ITEM", "Lưu: VP, TG", "Lưu"),
    ("SIGNER_POSITION", "**TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH**", ("position", "PHÓ CHỦ TỊCH")),
    ("PERSON_NAME", "\nPhan Thị Thu Hằng\n", ("name", "Phan Thị Thu Hằng")),
    ("ISSUER_ACT", "Ban Thường vụ LĐLĐ tỉnh ban hành kế hoạch", ("org", "LĐLĐ tỉnh")),
    ("ISSUER_ACT", "Ban thường vụ LDLĐ quận Long Biên xây dựng kế hoạch", ("org", "LDLĐ quận Long Biên")),
    # organizations (DOMAIN §4)
    ("ORG_START", "của LDLĐ Thành phố", "LDL"),
    ("ORG", "LDLĐ Thành phố Hà Nội về", ("place", "Hà Nội")),
    ("ORG", "Quận uỷ Long Biên", None),  # only after normalisation, which makes it "Quận ủy"
    ("ORG", "Quận ủy Long Biên về", ("cplace", "Long Biên")),
    ("ORG", "Đảng đoàn Tổng Liên đoàn Lao động Việt Nam", "Đảng đoàn Tổng Liên đoàn Lao động Việt Nam"),
    ("ORG", "Liên đoàn Lao động huyện, thành phố, Công đoàn Ngành", "Liên đoàn Lao động huyện, thành phố"),
    ("ORG", "Ban chấp hành công đoàn cơ sở phối hợp", "Ban chấp hành công đoàn cơ sở"),
    ("ORGAN_PREFIX", "Ban Thường vụ Thành ủy", "Ban Thường vụ "),
    ("ORGAN_PREFIX", "Ban Chấp hành Trung ương", None),
    ("OF_ISSUER", " của Bộ Chính trị", " của "),
    ("REPORT_CUE", "định kỳ báo cáo kết quả thực hiện về LĐLĐ tỉnh", "báo cáo kết quả thực hiện về "),
    ("REPORT_CUE", "Gửi báo cáo Quận ủy và LĐLĐ Thành phố", "báo cáo "),
    ("ORG_LIST_JOIN", " và LĐLĐ", " và "),
    ("ACTOR_HEADING", "\n1. Liên đoàn Lao động quận:\n", ("actor", "Liên đoàn Lao động quận:")),
]


def _find(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return pattern.search(text)


@pytest.mark.parametrize(("name", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in ROWS])
def test_pattern_row(name: str, text: str, expected: str | tuple[str, str] | None) -> None:
    pattern = getattr(P, name)
    m = _find(pattern, text)
    if expected is None:
        assert m is None, f"{name} matched {m.group(0)!r}"
        return
    assert m is not None, f"{name} found nothing in {text!r}"
    if isinstance(expected, tuple):
        group, value = expected
        assert m.group(group) == value
    else:
        assert m.group(0) == expected


def test_every_pattern_has_rows() -> None:
    compiled = {n for n, v in vars(P).items() if isinstance(v, re.Pattern) and not n.startswith("_")}
    tested = {r[0] for r in ROWS}
    assert compiled - tested == set(), f"patterns without a table row: {sorted(compiled - tested)}"
