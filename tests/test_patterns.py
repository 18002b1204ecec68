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
    # real print (error_classes E2): "số" glued, six digits, doubled slash, glued date, dots
    ("SYMBOL", "Xét đề nghị của Chính phủ tại Tờ trình số382/TTr-CP và", "382/TTr-CP"),
    ("SYMBOL", "Tra lời công văn số 170503/CV-YTV đề ngày 03/05/2017", "170503/CV-YTV"),
    ("SYMBOL", "Căn cứ Nghị định số 126/2004 / / NĐ-CP ngày 26 tháng 5", ("legal", "NĐ-CP")),
    ("SYMBOL", "Căn cứ Điều 25 Nghị định số 08/201 5/NĐ- CP ngày 21/01/2015", ("year", "201 5")),
    ("SYMBOL", "Nghị định số 79/2025/NĐCP ngày 01 tháng 4 năm 2025", ("legal", "NĐCP")),
    ("SYMBOL", "Đề án số 381/ĐA-CPngày 09 tháng 5 năm 2025", "381/ĐA-CP"),
    ("SYMBOL", "tại Công văn số 247/TT.HĐND ngày 29/9/2009", ("state", "TT.HĐND")),
    ("SYMBOL", "và Quyết định 1188/QĐ.UBND-VX ngày 07/4/2006", ("state", "QĐ.UBND-VX")),
    ("SYMBOL", "Thông tư số 74/2013/TT- BTC. Căn cứ", ("legal", "TT- BTC")),
    ("SYMBOL", "Trả lời công văn số 63/FIN/15-KC ngày 27/11/2015", ("state", "FIN/15-KC")),
    ("SYMBOL", "Căn cứ Nghị định số 244-HĐBT ngày 30/6/1990", ("dissuer", "HĐBT")),
    ("SYMBOL", "Thông báo số 3525/TB-\nTTKQH về kết luận", ("state", "TB-\nTTKQH")),
    ("SYMBOL", "theo Nghị quyết số 66.4/2025/NQ-CP ngày 21 tháng 9 năm 2025", ("number", "66.4")),
    ("SYMBOL", "Nghị quyết số 30a/2008/NQ-CP ngày 27 tháng 12 năm 2008", ("number", "30a")),
    ("SYMBOL", "công văn số 25-2303/PBHC-KD của Tổng Công ty", ("number", "25-2303")),
    ("SYMBOL", "Thông tư số 49/2025TT-BCT ngày 09/9/2025", ("legal", "TT-BCT")),
    ("SYMBOL", "Nghị quyết số 19- 2016/NQ-CP ngày 28/4/2016", ("year", "2016")),
    ("SYMBOL", "Thông tư số 146/20 14/TT-BTC ngày 06/10/2014", ("year", "20 14")),
    ("SYMBOL", "Nghị quyết số 50- -NO/TW ngày 20 tháng 8", ("ptype", "NO")),
    ("SYMBOL", "Quyết định 09/2015/QD- -TTg ngày 25/3/2015", ("legal", "QD- -TTg")),
    ("SYMBOL", "(190502/ZV09/0001/7401/008483097)", None),
    ("LOWER_SYMBOL", "kèm theo quyết định số 177/2004/qđ-ub ngày 01/10/2004", "177/2004/qđ-u"),
    ("LOWER_SYMBOL", "quyết định số 177/2004/QĐ-UB", None),
    ("BARE_SYMBOL_SCAN", "Quyết định số 1268/QĐ-TTg ngày", "1268/QĐ-TTg"),
    ("TYPE_BEFORE_SYMBOL", "thực hiện kế hoạch số ", ("words", "kế hoạch")),
    ("TYPE_BEFORE_SYMBOL", "căn cứ tại điều 34 luật doanh nghiệp số ", ("name", " doanh nghiệp")),
    ("TYPE_BEFORE_SYMBOL", "nghị định số: ", ("words", "nghị định")),
    ("TYPE_BEFORE_SYMBOL", "của bộ chính trị ", None),
    # a qualifier between the type word and "số" (error_classes E1)
    ("TYPE_BEFORE_SYMBOL", "báo cáo thẩm tra số ", ("qualifier", " thẩm tra")),
    ("TYPE_BEFORE_SYMBOL", "ý kiến tại báo cáo giải trình, tiếp thu số ", ("words", "báo cáo")),
    ("TYPE_BEFORE_SYMBOL", "nhận được phiếu chuyển số\n", ("words", "phiếu chuyển")),
    ("TYPE_BEFORE_SYMBOL", "kýtờ trình quốc hội chính thức số ", ("qualifier", " quốc hội chính thức")),
    ("TYPE_BEFORE_SYMBOL", "căn cứ quy chế phối hợp số ", ("words", "quy chế")),
    ("TYPE_BEFORE_SYMBOL", "tại công vănsố", ("words", "công văn")),
    ("TYPE_BEFORE_SYMBOL", "(kèm theo quyết định s6:", ("words", "quyết định")),
    ("TYPE_BEFORE_SYMBOL", "thẩm định và tham gia ý kiến của sở tư pháp: ", None),
    ("TYPE_BEFORE_SYMBOL", "thông báo kết luận số\n", ("qualifier", " kết luận")),
    ("TYPE_BEFORE_SYMBOL", "kế hoạch thực hiện luật số ", ("words", "luật")),
    # form numbers are no documents (error_classes E7)
    ("FORM_BEFORE_SYMBOL", "thu nhập doanh nghiệp theo mẫu số ", "mẫu số "),
    ("FORM_BEFORE_SYMBOL", "quyết định hoàn thuế (mẫu số ", "mẫu số "),
    ("FORM_BEFORE_SYMBOL", "ban hành theo thông tư số ", None),
    ("FORM_BEFORE_SYMBOL", "kết quả kiêm tra theo mau ", "mau "),
    ("FORM_BEFORE_SYMBOL", "thực hiện mau ", None),
    ("STANDARD_BEFORE_SYMBOL", "quy định tại qcvn 06:", "qcvn 06:"),
    ("STANDARD_BEFORE_SYMBOL", "- tiêu chuẩn cơ sở 661: ", "tiêu chuẩn cơ sở 661: "),
    ("STANDARD_BEFORE_SYMBOL", "nghị định số ", None),
    ("DIGIT_COLON_BEFORE", "Hạnh phúc $6:", "6:"),
    ("DIGIT_COLON_BEFORE", "Căn cứ: ", None),
    ("FORM_LIST_GAP", ", mẫu ", ", mẫu "),
    ("FORM_LIST_GAP", " và ", " và "),
    # appendix headings are the document itself (error_classes E5)
    ("SELF_APPENDIX", "(kèm theo ", "(kèm theo "),
    ("SELF_APPENDIX", "(ban hành kèm theo ", "(ban hành kèm theo "),
    ("SELF_APPENDIX", "biểu khung mức phí ban hành kèm theo ", None),
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
    ("DATE_AFTER", " đề ngày 19/10/2015 của Công ty TNHH ICD Hà Nội", (" đề ngày 19/10/2015")),
    ("DATE_AFTER", " ghi ngày 16/3/2018", ("y", "2018")),
    (
        "DATE_BEFORE",
        "Ngày 22/4/2024, Tổng thư ký Quốc hội đã có ",
        "Ngày 22/4/2024, Tổng thư ký Quốc hội đã có ",
    ),
    ("DATE_BEFORE", "ngày 8/9/2014 Bộ Tài chính đã thừa ủy quyền Thủ tướng Chính phủ ký", ("d", "8")),
    ("DATE_BEFORE", "Ngày 27/7/2020, Cục Thuế tỉnh Bắc Ninh nhận được ", None),
    ("PLACE_DATE", "Long Biên, ngày 28 tháng 02 năm 2023", ("place", "Long Biên")),
    ("PLACE_DATE", "điều lệ Hà Nội, ngày 20 tháng 11 năm 2025 Kính gửi", ("place", "Hà Nội")),
    ("ANY_DATE_WORDS", "ngày 08 tháng 01 năm 2021", ("y2", "2021")),
    ("OWN_NUMBER", "\nSố:18 /KH - LDLĐ", "Số:"),
    ("OWN_NUMBER", "Số 221-KL/TW Hà Nội", "Số "),
    # OCR headers (error classes E5, S5)
    ("OWN_NUMBER", "số: 9344 /CT-TTHT Hà Nội, ngày tháng nam 2018", "số: "),
    ("OWN_NUMBER", "só: 73 3/TCHQ-GSQL Hà Nội", "só: "),
    ("OWN_NUMBER", "$6:5949 /BTC-CST Hà Nội, ngày OF tháng 6 năm 2024", "$6:"),
    ("OWN_NUMBER", "cơn bão số 15 năm 2025", None),
    ("OWN_NUMBER", "bổ sung Nghị định\nsố 108/2015/NĐ-CP", None),
    ("OWN_SYMBOL_LOOSE", "454É /TCT -CS Hà Nội", ("codes", "TCT -CS")),
    ("OWN_SYMBOL_LOOSE", "4451 CT-KK Hà Nội", ("number", "4451")),
    ("OWN_SYMBOL_LOOSE", "73 3/TCHQ-GSQL Hà Nội", ("number", "73 3")),
    ("OWN_SYMBOL_LOOSE", "2.9992 JCTHN-KK Hà Nội", ("codes", "CTHN-KK")),
    ("OWN_SYMBOL_LOOSE", "S¥O¥OICT-TTHT Ha Nội", ("codes", "CT-TTHT")),
    ("PLACE_DATE", "Hà Tĩnh, ngày 24 tháng11 năm 2025", ("m2", "11")),
    ("PLACE_DATE", "Hà Nội, ngày 18 tháng 11năm 2025", ("y2", "2025")),
    ("PLACE_DATE", "Hà Nội. ngày.28 thang 05 năm 2020", ("m2", "05")),
    ("HEADER_YEAR", "Hà Nội. ngày { § thủng 8 năm 2020", ("y", "2020")),
    ("DATE_LINE", "Chính sách thuế TNDN\nNgày 13/12/2012 \nMột trong những", ("y", "2012")),
    (
        "ADOPTION_DATE",
        "Nghị quyết này được Hội đồng nhân dân tỉnh khoá XVI, kỳ họp thứ mười tám thông qua ngày 11 tháng 12 năm 2009.",
        ("d2", "11"),
    ),
    ("ADOPTION_DATE", "Luật Tổ chức HĐND và UBND được Quốc hội thông qua ngày 26-11-2003", None),
    # the header beside the motto (S1, S4)
    (
        "NATIONAL_MOTTO",
        "ỦY BAN THƯỜNG VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM QUỐC HỘI Độc lập",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ),
    (
        "NATIONAL_MOTTO",
        "BỘ TÀI CHÍNH CỌNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "CỌNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ),
    ("NATIONAL_MOTTO", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", None),
    ("MOTTO_TAIL", "QUỐC HỘI Độc lập - Tự do - Hạnh phúc", "Độc lập"),
    ("MOTTO_WORDS", "tong cuc thue cong hoa xa hoi il xi et nam", "cong hoa"),
    ("HEADER_END", "Hà Nội, ngày 25 tháng 11 năm 2025 Kính gửi: Công ty TNHH MTV Seshin VN2.", "Kính gửi"),
    ("CITY_ABBREVIATION", "CỤC THUẾ TP HÀ NỘI", "TP"),
    ("CITY_ABBREVIATION", "ỦY BAN NHÂN DÂN TP.HCM", "TP."),
    ("HEADER_WORD_BREAK", "CỤC HẢI QUAN\n-------- CỘNG HÒA", " "),
    # documents with no header (S2)
    (
        "TITLE_TYPE",
        "Thông tư liên tịch hướng dẫn quản lý, sử dụng kinh phí ngân sách nhà nước",
        ("words", "Thông tư liên tịch"),
    ),
    ("TITLE_TYPE", "## Quy định mới về lập dự toán", None),
    ("ISSUER_LINE", "Ủy ban nhân dân tỉnh nghệ an", ("org", "Ủy ban nhân dân tỉnh nghệ an")),
    (
        "ISSUER_LINE",
        "Bộ trưởng bộ nông nghiệp và phát triển nông thôn",
        ("org", "Bộ trưởng bộ nông nghiệp và phát triển nông thôn"),
    ),
    ("BASED_ON_LINE", "Căn cứ Nghị định số 60/2003/NĐ-CP ngày 10 tháng 6 năm 2003", "Căn cứ"),
    (
        "ENACTING",
        "Để phù hợp với yêu cầu thực tế, Bộ Tài chính quy định chế độ chi tiêu đón tiếp khách nước ngoài",
        ("org", "Bộ Tài chính"),
    ),
    (
        "ENACTING",
        "Liên tịch Bộ Tài nguyên và Môi trường - Bộ Tài chính - Bộ Kế hoạch và Đầu tư hướng dẫn chế độ",
        ("org", "Bộ Tài nguyên và Môi trường - Bộ Tài chính - Bộ Kế hoạch và Đầu tư"),
    ),
    (
        "LETTER_ISSUER",
        "của Công ty TNHH cọc ống Kiến Hoa - Đất Việt về việc chính sách thuế, Cục Thuế tỉnh Hải Dương có ý kiến như sau:",
        ("org", "Cục Thuế tỉnh Hải Dương"),
    ),
    ("LETTER_ISSUER", "Tổng cục Thuế đã có công văn số 937/TCT-CS ngày 25/03/2010 trả lời", None),
    ("LETTER_ISSUER", "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố", ("org", "Bộ Tài chính")),
    ("LETTER_OPENING", "Kính gửi: Thủ tướng Chính phủ.", "Kính gửi"),
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
    (
        "TYPE_HEADING",
        "Số: 631/TB-VPCP Hà Nội, ngày 19 tháng 11 năm 2025 THÔNG BÁO KẾT LUẬN CỦA PHÓ THỦ TƯỚNG",
        ("rest", " KẾT LUẬN CỦA PHÓ THỦ TƯỚNG"),
    ),
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
    (
        "SIGNER_POSITION",
        "- Lưu: VT, HCC3.\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH\nNguyễn Thị Nguyệt",
        ("position", "PHÓ CHỦ TỊCH"),
    ),
    (
        "SIGNER_POSITION",
        "KT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ PHÓ TRƯỞNG BAN\nPhạm Thị Minh Hiền",
        ("position", "PHÓ TRƯỞNG BAN"),
    ),
    ("SIGNER_POSITION", "- Lưu: Văn thư, NN (2) Khôi THỦ TƯỚNG Phạm Minh Chính", ("position", "THỦ TƯỚNG")),
    ("SIGNER_POSITION", "T/M BỘ CHÍNH TRỊ\nTrần Cẩm Tú", ("position", "T/M BỘ CHÍNH TRỊ")),
    (
        "SIGNER_POSITION",
        "- Lưu: VT, CS.\nTL. CỤC TRƯỞNG TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ\nNguyễn Thị Thanh Hằng",
        ("position", "TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ"),
    ),
    ("PARTY_SIGNED_FOR", "T/M BAN BÍ THƯ\nTrần Cẩm Tú", ("body", "BAN BÍ THƯ")),
    ("PERSON_NAME", "\nPhan Thị Thu Hằng\n", ("name", "Phan Thị Thu Hằng")),
    ("PERSON_NAME", "Nguyễn Thị Nguyệt # DANH MỤC VÀ QUY TRÌNH", ("name", "Nguyễn Thị Nguyệt")),
    ("PERSON_NAME", "Thượng tướng Vũ Hải Sản", ("name", "Vũ Hải Sản")),
    ("VIET_SYLLABLE", "nguyễn", "nguyễn"),
    ("LOWER_CASE_NEXT", " chú: Kết quả xác định trước", " c"),
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
    ("ORG", "Cục Thuế tỉnh Bắc Ninh nhận được", ("tplace", "Bắc Ninh")),
    ("ORG", "các Cục Hải quan tỉnh, thành phố", ("tlevel", "tỉnh")),
    ("ORG", "Hội đồng nhân dân tỉnh Cao Bằng khóa XV", ("hplace", "Cao Bằng")),
    ("ORG", "UBND Quận 5 thực hiện", ("uplace", "5")),
    ("ORG", "Ủy ban nhân dân tỉnh\nPhùng Thành Vinh", "Ủy ban nhân dân tỉnh"),  # a signature is no place
    ("ORG", "Văn phòng Chính phủ theo dõi, đôn đốc", "Văn phòng Chính phủ"),
    ("ORG", "Đảng ủy Bộ Tư pháp", ("cplace", "Bộ Tư")),  # orgs reads the body after "Đảng ủy"
    ("ORG", "Ngân hàng Nhà nước Việt Nam:", "Ngân hàng Nhà nước Việt Nam"),
    ("ORG", "Bộ Nông nghiệp và Môi trường chủ trì", "Bộ Nông nghiệp và Môi trường"),
    ("ORG_GROUP_AFTER", " các tỉnh tổ chức sơ kết", " các"),
    ("ORG_GROUP_AFTER", " cấp xã", " cấp"),
    ("ORG_GROUP_AFTER", " ... .. báo cáo Tổng cục Thuế", " ..."),
    ("ORG_GROUP_AFTER", " tỉnh Bắc Ninh", None),
    ("GENERAL_DEPARTMENT", "TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH PHÚ YÊN", "TỔNG CỤC THUẾ"),
    ("GENERAL_DEPARTMENT", "gửi về Tổng cục Hải quan (Cục Thuế XNK)", "Tổng cục Hải quan"),
    ("GENERAL_DEPARTMENT", "TONG CUC HAI QUAN CONG HOA XÃ HOI", "TONG CUC HAI QUAN"),  # OCR
    ("GENERAL_DEPARTMENT", "BỘ TÀI CHÍNH CỤC THUẾ", None),
    ("ORGAN_PREFIX", "Ban Thường vụ Thành ủy", "Ban Thường vụ "),
    ("ORGAN_PREFIX", "Ban Chấp hành Trung ương", None),
    ("OF_ISSUER", " của Bộ Chính trị", " của "),
    ("REPORT_CUE", "định kỳ báo cáo kết quả thực hiện về LĐLĐ tỉnh", "báo cáo kết quả thực hiện về "),
    ("REPORT_CUE", "Gửi báo cáo Quận ủy và LĐLĐ Thành phố", "báo cáo "),
    ("ORG_LIST_JOIN", " và LĐLĐ", " và "),
    # reporting lines: who reports (lower-cased rows where the pattern runs on lower-cased text)
    ("REPORT_NOUN_BEFORE", "trên cơ sở báo cáo đề xuất của sở nông nghiệp và môi trường, theo ", "theo "),
    ("REPORT_NOUN_BEFORE", "phát triển hệ thống thông tin ", "thông tin "),
    ("REPORT_NOUN_BEFORE", "- định kỳ hàng quý, 6 tháng, năm ", None),
    ("REPORTER_TOLD", "Ban Thường vụ Liên đoàn Lao động quận Long Biên đề nghị ", "đề nghị "),
    ("REPORTER_TOLD", "Hội đồng nhân dân tỉnh giao cho ", "giao cho "),
    ("REPORTER_TOLD", "Chính phủ giao Bộ Tài chính: “Bộ Tài chính chủ trì, phối hợp với các Bộ ", None),
    ("CLAUSE_SUBJECT_LEAD", "- Các ", "- Các "),
    ("CLAUSE_SUBJECT_LEAD", "a) ", "a) "),
    ("CLAUSE_BREAK", "kỷ niệm các ngày lễ; báo cáo", ";"),
    ("CLAUSE_BREAK", "đơn vị chủ trì quản lý tài\nsản báo cáo Bộ Tài chính", None),  # hard-wrapped
    ("CLAUSE_BREAK", "theo quy định.\n- Gửi báo cáo Quận ủy", "\n"),
    ("GATHER_BEFORE_REPORT", "gửi bộ nông nghiệp và môi trường để tổng hợp, ", "tổng hợp, "),
    ("GATHER_BEFORE_REPORT", "gửi bộ tài chính dé tong hợp, ", "tong hợp, "),  # OCR
    ("SENT_TO_BEFORE", "kết quả thực hiện về ", "về "),
    ("SENT_TO_BEFORE", "phối hợp với ", None),
    ("PURPOSE_BEFORE_REPORT", "hoàn thiện báo cáo sơ kết để có cơ sở ", "để có cơ sở "),
    ("PURPOSE_BEFORE_REPORT", "về vấn đề này, sau khi ", "sau khi "),
    ("PURPOSE_BEFORE_REPORT", "- chủ trì tổ chức thực hiện chương trình; định kỳ hằng năm ", None),
    ("ACTOR_HEADING", "\n1. Liên đoàn Lao động quận:\n", ("actor", "Liên đoàn Lao động quận:")),
    # splitters, cleaners and keys applied after matching
    ("SPACES", "dân\n  tỉnh", "\n  "),
    ("CODE_SEPARATOR", "KH - LĐLĐ", " - "),
    ("CODE_PARTS", "QĐ.UBND-VX", "."),
    ("CODE_HEAD_END", "TT.HĐND", "."),
    ("SYMBOL_PUNCT", "126/2004 / / NĐ-CP", "/"),
    ("SYMBOL_PARTS", "91/2017/NĐ-CP", "/"),
    ("CODE_KEY_DROP", "TT. BTC", ". "),
    ("NON_ALNUM", "lien doan lao dong quan long bien", " "),
    ("ANY_LOOKALIKE", "Căn cứ Nghị quyết số 66/NQ-СР ngày 26/3/2025", "С"),
    ("ANY_LOOKALIKE", "66/NQ-CP", None),
    ("QH_TERM", "UBTVQHI0", ("term", "I0")),
    ("QH_TERM", "QH15", ("body", "QH")),
    ("QH_TERM", "BTC", None),
    ("CLAUSE_PUNCT", "Căn cứ Luật A; Căn cứ Nghị định B", ";"),
    ("QH_CODE", "UBTVQH15", "UBTVQH15"),
    ("QH_CODE", "QH15-CP", None),
    ("ISO_DATE", "2023-02-27", "2023-02-27"),
    ("LEVEL_WORDS", "Ủy ban nhân dân tỉnh Lai Châu", "tỉnh "),
    ("LDLD_WORDS", "Liên đoàn Lao động các huyện, thành phố", "Lao động "),
    ("CUE_LINE", "Thực hiện Kế hoạch số 83/KH-LĐLĐ ngày 27/02/2023", "Thực hiện"),
    ("CUE_LINE", "KẾ HOẠCH tuyên truyền", None),
    ("SUBJECT_END", "V/v khai bổ sung Hà Nội, ngày 3 tháng 12", " Hà Nội, ngày"),
    ("ROMAN_HEADING", "\nIII. TỔ CHỨC THỰC HIỆN\n", "III. "),
    ("ORG_GROUP_NAME", "lien doan lao dong cac huyen, thanh pho tinh lai chau", ("place", "lai chau")),
    (
        "ORG_UNDER_NAME",
        "cong doan co so thuoc lien doan lao dong quan long bien",
        ("what", "cong doan co so"),
    ),
    ("DISTRICT_IN_PROVINCE", "chau thanh, tinh tien giang", ("district", "chau thanh")),
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
