"""Extraction on whole (small) documents: relations, statements, noise (DOMAIN.md §5)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from vbkg.extraction import DocumentRecord, extract_document
from vbkg.loaders import normalize_text

HEAD = "Số: 12/KH-LĐLĐ\n\nLai Châu, ngày 07 tháng 3 năm 2024\n\nKẾ HOẠCH\n\n"
ISSUER = "Ban Thường vụ LĐLĐ tỉnh ban hành kế hoạch thực hiện như sau:\n\nI. NỘI DUNG\n\n"


def doc(preamble: str, body: str = "", head: str = HEAD) -> DocumentRecord:
    text = normalize_text(f"{head}{preamble}\n\n{ISSUER}{body}\n")
    return extract_document(text, "test.txt")


def refs(record: DocumentRecord) -> list[tuple[str, str, str | None]]:
    """(symbol, relation, section) of each target's first mention."""
    seen: dict[str, tuple[str, str, str | None]] = {}
    for r in record.references:
        seen.setdefault(r.target.id, (r.target.symbol or r.target.id, r.relation, r.evidence.section))
    return list(seen.values())


# (title-or-preamble text, body text, expected (symbol, relation) of first mentions)
RELATION_ROWS = [
    # one cue governs a list (seed 000)
    (
        "Thực hiện kế hoạch số 83/KH-LDLĐ ngày 27/2/2023 của LDLĐ Thành phố Hà Nội; Kế hoạch số 39-KH/TU, "
        "ngày 21/9/2021 của Thành ủy Hà Nội; Kế hoạch số 165-KH/QU ngày 27/01/2023 của Quận ủy Long Biên.",
        "",
        [("83/KH-LĐLĐ", "IMPLEMENTS"), ("39-KH/TU", "IMPLEMENTS"), ("165-KH/QU", "IMPLEMENTS")],
    ),
    # a cue after a mention's tail is a statement, and only a citation for this document (seed 001)
    (
        "Thực hiện Kế hoạch số 44-KH/TU ngày 29/10/2021 của Tỉnh ủy Lai Châu về thực hiện Kết luận số "
        "01-KL/TW ngày 18/5/2021 của Bộ Chính trị; Hướng dẫn số 37/HD-TLĐ ngày 28/10/2021 của Tổng LĐLĐ Việt Nam.",
        "",
        [("44-KH/TU", "IMPLEMENTS"), ("01-KL/TW", "CITES"), ("37/HD-TLĐ", "IMPLEMENTS")],
    ),
    # "gắn với" ends the reach of "Tiếp tục thực hiện" (seed 000)
    (
        "",
        "- Tiếp tục thực hiện Kết luận số 01-KL/TW bằng nhiều hình thức, gắn với thực hiện Nghị quyết số "
        "35-NQ/TW, ngày 22/10/2018.",
        [("01-KL/TW", "IMPLEMENTS"), ("35-NQ/TW", "CITES")],
    ),
    # "Triển khai tốt các Nghị quyết chuyên đề: X" is no cue (seed 000)
    (
        "",
        "Triển khai tốt các Nghị quyết chuyên đề: Nghị quyết số 15-NQ/TW ngày 05/5/2022.",
        [("15-NQ/TW", "CITES")],
    ),
    # "theo X" inside a governed sentence stays governed (seed 004)
    (
        "",
        "- Tiếp tục triển khai thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị theo Kết luận "
        "số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.",
        [("05-CT/TW", "IMPLEMENTS"), ("01-KL/TW", "IMPLEMENTS")],
    ),
    # an embedded verb is not the document's own cue (seed 004)
    (
        "",
        "- Xây dựng kế hoạch chỉ đạo CĐCS đẩy mạnh tuyên truyền thực hiện Nghị quyết số 43-NQ/TW.",
        [("43-NQ/TW", "CITES")],
    ),
    # "góp phần thực hiện thắng lợi" only cites (seed 000)
    (
        "",
        "góp phần thực hiện thắng lợi Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị.",
        [("02-NQ/TW", "CITES")],
    ),
    # a lower-case "thi hành Luật" at the start of a hard-wrapped (OCR) line goes on the line
    # before: no clause start, no own cue; the Căn cứ list goes on (pjj-0d424dfaabd5)
    (
        "Căn cứ Nghị định số 100/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định chi tiết\n"
        "thi hành Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng; Nghị định số "
        "146/2017/NĐ-CP ngày 15 tháng 12 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều;",
        "",
        [("100/2016/NĐ-CP", "BASED_ON"), ("146/2017/NĐ-CP", "BASED_ON")],
    ),
    # a task under a line naming another body only cites (tnt305-bffd9da6f0d38031)
    (
        "",
        "IV. NHIỆM VỤ CỤ THỂ\n1.\nSở Nông nghiệp và Môi trường\n- Chủ trì, theo dõi, kiểm tra, đôn đốc việc "
        "thực hiện các nhiệm vụ đã đề ra của Kế hoạch này.\n- Tiếp tục thực hiện Nghị quyết số 36-NQ/TW ngày "
        "22/10/2018; Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ.",
        [("36-NQ/TW", "CITES"), ("26/NQ-CP", "CITES")],
    ),
    # a lower-case type word after the verb is a common noun, no own cue (tnt305qa-1c8baf73ddbfcf9d)
    (
        "Tăng cường phân cấp\n\nBộ Nội vụ sẽ đôn đốc các bộ; thực hiện báo cáo về tình hình, kết quả thực hiện Kết luận số "
        "121-KL/TW của Ban Chấp hành Trung ương và Nghị quyết số 176/2025/QH15 của Quốc hội.",
        "",
        [("121-KL/TW", "CITES"), ("176/2025/QH15", "CITES")],
    ),
    # a numbered task "(1) Ban hành kế hoạch thực hiện X" is someone else's plan (tnt305qa-a98de0fc5c577519)
    (
        "Tăng cường phân cấp\n\nBộ Xây dựng yêu cầu Ủy ban nhân dân thành phố:\n(1) Ban hành kế hoạch thực hiện "
        "Công điện 130/CĐ-TTg ngày 10/12/2024 của Thủ tướng Chính phủ.",
        "",
        [("130/CĐ-TTg", "CITES")],
    ),
    # a task set to the bodies named before a colon is theirs (tnt305qa-168f9598acc32728)
    (
        "Tăng cường phân cấp\n\n- Sở Y tế các tỉnh, thành phố, Ban Quản lý An toàn thực phẩm tỉnh Bắc Ninh: Triển "
        "khai Kế hoạch số 1751/KH-BCĐTƯATTP ngày 18/12/2024 của Ban chỉ đạo liên ngành Trung ương.",
        "",
        [("1751/KH", "CITES")],  # the symbol stops at "Ư" (a code outside SYMBOL's letters): another issue
    ),
    # a purpose clause only cites (pjj-654a339c17b7)
    (
        "",
        "Để tiếp tục thực hiện Quyết định số 1813/QĐ-TTg ngày 28/10/2021 của Thủ tướng Chính phủ phê duyệt "
        "Đề án, cần thiết phải sửa đổi quy định.",
        [("1813/QĐ-TTg", "CITES")],
    ),
    # ", việc …" opens the main clause: the Thực hiện list ends there (tnt305qa-9646e4ee6af68ec8)
    (
        "Thực hiện Nghị quyết số 71-NQ/TW của Bộ Chính trị; Nghị quyết 74/NQ-CP của Chính phủ về kế hoạch, "
        "việc bổ sung, sửa đổi Quy chế Cuộc thi ban hành tại Thông tư số 06/2024/TT-BGDĐT ngày 10/4/2024 "
        "trở nên cần thiết.",
        "",
        [("71-NQ/TW", "IMPLEMENTS"), ("74/NQ-CP", "IMPLEMENTS"), ("06/2024/TT-BGDĐT", "CITES")],
    ),
    # Căn cứ
    (
        "Căn cứ Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019;\nCăn cứ Nghị định số 126/2020/NĐ-CP;",
        "",
        [("38/2019/QH14", "BASED_ON"), ("126/2020/NĐ-CP", "BASED_ON")],
    ),
    # a repealed procedure of a decision, named in quotes with another act in its name (tnt305-551c9da04f57dc24)
    (
        "",
        "Điều 2. Bãi bỏ TTHC: “Đăng ký sửa đổi chế độ Kế toán theo Thông tư số 200/2014/TT-BTC hướng dẫn Chế độ kế "
        "toán doanh nghiệp” tại Quyết định số 2083/QĐ-BTC ngày 29/09/2016 của Bộ trưởng Bộ Tài chính.",
        [("200/2014/TT-BTC", "CITES"), ("2083/QĐ-BTC", "AMENDS")],
    ),
    (
        "",
        "Điều 3. Bãi bỏ các quy định về xử lý kỷ luật cán bộ, công chức tại Nghị định số 112/2020/NĐ-CP ngày 18 "
        "tháng 9 năm 2020 của Chính phủ.",
        [("112/2020/NĐ-CP", "AMENDS")],
    ),
    # a Căn cứ item's description: an enumeration ("thành lập, tổ chức lại, giải thể") and an
    # OCR line break before the issuer's name do not end it
    (
        "Căn cứ Nghị định số 120/2020/NĐ-CP của Chính phủ quy định về thành lập, tổ chức lại, giải thể đơn vị sự "
        "nghiệp công lập được sửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP, Nghị định số 283/2025/NĐ-CP;",
        "",
        [("120/2020/NĐ-CP", "BASED_ON"), ("83/2024/NĐ-CP", "BASED_ON"), ("283/2025/NĐ-CP", "BASED_ON")],
    ),
    (
        "Căn cứ Nghị định số 08/2015/NĐ- CP ngày 21/01/2015 của\nChính phủ được sửa đổi, bố sung tại Nghị định số "
        "59/2018/NĐ-CP ngày 20/4/2018 của Chính phủ;",
        "",
        [("08/2015/NĐ-CP", "BASED_ON"), ("59/2018/NĐ-CP", "BASED_ON")],
    ),
    # a cue in a parenthesis describes the noun before it: a draft to come replaces the act
    (
        "",
        "Bộ Nội vụ được giao xây dựng Nghị quyết của Ủy ban Thường vụ Quốc hội về tiêu chuẩn của đơn vị hành chính "
        "(thay thế Nghị quyết số 1211/2016/UBTVQH13 ngày 25/5/2016).",
        [("1211/2016/UBTVQH13", "CITES")],
    ),
    # a passive without "được" is no cue of the document's own
    (
        "",
        "Các đề án đã được ban hành như: Đề án 844 (Quyết định số 844/QĐ-TTg);\nsửa đổi, bỗ sung bởi Quyết định "
        "số 188/QĐ-TTg ngày 09 tháng 02 năm 2021 của\nThủ tướng Chính phủ; Đề án 939 (Quyết định số 939/QĐ-TTg).",
        [("844/QĐ-TTg", "CITES"), ("188/QĐ-TTg", "CITES"), ("939/QĐ-TTg", "CITES")],
    ),
    # an expiry clause that ends a list of acts: a part of each lapses (tnt305-ca6ff32db1f99d30)
    (
        "",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\nCác thủ tục hành chính tương ứng đã công bố "
        "tại các Quyết định số 3684/QĐ-BVHTTDL ngày 27/12/2022;\nQuyết định số 1647/QĐ-BVHTTDL ngày 26/6/2023; "
        "Quyết định số 4347/QĐ-BVHTTDL ngày 14/11/2025 hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.",
        [("3684/QĐ-BVHTTDL", "AMENDS"), ("1647/QĐ-BVHTTDL", "AMENDS"), ("4347/QĐ-BVHTTDL", "AMENDS")],
    ),
    # a letter's own content replaces a part of an earlier letter; OCR "Can cứ"
    (
        "",
        "- Can cứ Nghị định 139/2016/NĐ-CP ngày 04/10/2016 của Chính phủ về lệ phí môn bài.\n(Nội dung này thay "
        "thế nội dung hướng dẫn tại mục 2 công văn số 16468/CT-TTHT ngày 30/5/2020 của Cục Thuế.)",
        [("139/2016/NĐ-CP", "BASED_ON"), ("16468/CT-TTHT", "AMENDS")],
    ),
    # "Thực hiện X … thì …" in a letter's reasoning is a condition, not the letter's act
    (
        "Căn cứ khoản 2 Điều 18 Luật Thuế GTGT số 48/2024/QH15 quy định hiệu lực thi hành;\nThực hiện Nghị quyết "
        "số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị thì hộ kinh doanh không áp dụng phương pháp khoán thuế.",
        "",
        [("48/2024/QH15", "BASED_ON"), ("68-NQ/TW", "CITES")],
    ),
    # a cue wrapped over a line on a scanned page; a repeal from a fixed date with its list
    (
        "",
        "Điều 12. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2025 và thay\nthế Thông tư số "
        "78/2021/TT-BTC ngày 17/9/2021.\nĐiều 13. Các Quyết định sau đây hết hiệu lực kể từ ngày 01 tháng 01 năm "
        "2026:\n- Quyết định số 08/2021/QĐ-UBND ngày 20 tháng 5 năm 2021;\n- Quyết định số 45/2022/QĐ-UBND ngày 29 "
        "tháng 12 năm 2022.",
        [("78/2021/TT-BTC", "REPLACES"), ("08/2021/QĐ-UBND", "REPLACES"), ("45/2022/QĐ-UBND", "REPLACES")],
    ),
    # an IMPLEMENTS verb inside a noun phrase of the title names a topic
    (
        "V/v đề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định 136/2025/NĐ-CP",
        "",
        [("136/2025/NĐ-CP", "CITES")],
    ),
    # a Căn cứ quoted from another document is not this document's basis
    (
        "",
        "Bộ Tài chính đã có công văn với nội dung: “Căn cứ Nghị quyết số 42/2017/QH14 ngày 21 tháng 6 năm 2017 của "
        "Quốc hội, đề nghị các tổ chức tín dụng thực hiện”.",
        [("42/2017/QH14", "CITES")],
    ),
    # "thay thế các Quyết định sau:" and numbered items
    (
        "",
        "Điều 4. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký và thay thế các Quyết định sau:\n"
        "1. Quyết định số 47/2005/QĐ-UBND ngày 21 tháng 9 năm 2005 của Ủy ban nhân dân tỉnh;\n2. Quyết định số "
        "04/2007/QĐ-UBND ngày 21 tháng 3 năm 2007 của Ủy ban nhân dân tỉnh.\nĐiều 5. Chánh Văn phòng.",
        [("47/2005/QĐ-UBND", "REPLACES"), ("04/2007/QĐ-UBND", "REPLACES")],
    ),
    # "như sau:" then numbered items opens the amended text: the acts it names are cited
    (
        "",
        "Điều 1. Sửa đổi, bổ sung Điều 5 Quyết định số 12/2020/QĐ-UBND như sau:\n1. Tại khoản 1 Điều 17 Nghị "
        "định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định về tiền sử dụng đất.\nĐiều 2. Hiệu lực.",
        [("12/2020/QĐ-UBND", "AMENDS"), ("103/2024/NĐ-CP", "CITES")],
    ),
    # a numbered item that is no act ends the list of repealed parts
    (
        "",
        "Điều 3. Bãi bỏ quy định về quản lý nhà nước tại các Quy chế như sau:\n1. Bãi bỏ Chương IV Quy chế "
        "hoạt động ban hành kèm theo Quyết định số 65/2007/QĐ-TTg ngày 14 tháng 5 năm 2007 của Thủ tướng "
        "Chính phủ.\n2. Quy định về quản lý nhà nước được thực hiện theo Chương IV Nghị định số 29/2008/NĐ-CP "
        "ngày 14 tháng 3 năm 2008 của Chính phủ.",
        [("65/2007/QĐ-TTg", "AMENDS"), ("29/2008/NĐ-CP", "CITES")],
    ),
    # a repealed act's description names another act; a sibling after "và" is repealed too
    (
        "",
        "Nghị quyết này thay thế Nghị quyết số 05/2022/NQ-HĐND ngày 06 tháng 7 năm 2022 của Hội đồng nhân dân "
        "Thành phố quy định việc xử lý các cơ sở được đưa vào sử dụng trước khi Luật phòng cháy và chữa cháy "
        "số 27/2001/QH10 có hiệu lực.",
        [("05/2022/NQ-HĐND", "REPLACES"), ("27/2001/QH10", "CITES")],
    ),
    (
        "",
        "Quyết định này thay thế Quyết định số 47/2005/QĐ-UBND ngày 21 tháng 9 năm 2005 của Ủy ban nhân dân "
        "tỉnh quy định chức năng, nhiệm vụ của Sở Tư pháp và Quyết định số 04/2007/QĐ-UBND ngày 21 tháng 3 "
        "năm 2007 của Ủy ban nhân dân tỉnh.",
        [("47/2005/QĐ-UBND", "REPLACES"), ("04/2007/QĐ-UBND", "REPLACES")],
    ),
    # a list of repealed acts longer than any one sentence (7,000 characters) runs to its last item
    (
        "",
        "Điều 2. Bãi bỏ các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế, cụ thể như sau:\n"
        + "\n".join(
            f"{k}. Quyết định số {k}/2002/QĐ-UB ngày 27 tháng 9 năm 2002 của Ủy ban nhân dân tỉnh Bình "
            f"Phước Thành lập trạm y tế xã số {k} trực thuộc Trung tâm y tế huyện Bù Đăng."
            for k in range(1, 61)
        )
        + "\nĐiều 3. Chánh Văn phòng.",
        [(f"{k}/2002/QĐ-UB", "REPLACES") for k in range(1, 61)],
    ),
    # an expiry clause whose colon opens a lettered list: every item expires
    (
        "",
        "2. Các quyết định sau hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:\na) Quyết định số "
        "08/2019/QĐ-UBND ngày 25 tháng 3 năm 2019 của UBND tỉnh Hòa Bình ban hành Quy định hành lang.\nb) Quyết "
        "định số 44/2023/QĐ-UBND ngày 30 tháng 11 năm 2023 của UBND tỉnh Vĩnh Phúc.\n3. Chánh Văn phòng.",
        [("08/2019/QĐ-UBND", "REPLACES"), ("44/2023/QĐ-UBND", "REPLACES")],
    ),
    # the expiring act's title holds a ";", or its lines are hard-wrapped; OCR "kế từ"
    (
        "",
        "2. Quyết định số 27/2024/QĐ-UBND ngày 20 tháng 11 năm 2024 của Ủy ban nhân dân thành phố Cần Thơ quy "
        "định danh mục tài sản cố định đặc thù; danh mục, thời gian tính hao mòn hết hiệu lực thi hành kể từ "
        "ngày Quyết định này có hiệu lực thi hành.",
        [("27/2024/QĐ-UBND", "REPLACES")],
    ),
    (
        "",
        "Điều 6. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 01 tháng 01 năm 2018. Nghị\nđịnh số "
        "153/2016/NĐ-CP ngày 14 tháng 11 năm 2016 của Chính phủ quy\nđịnh mức lương tối thiểu vùng hết hiệu "
        "lực kế từ ngày Nghị định này có hiệu lực thi hành.",
        [("153/2016/NĐ-CP", "REPLACES")],
    ),
    # a part of two acts: the preposition governs both siblings; a bare sibling is repealed whole
    (
        "",
        "Quyết định này có hiệu lực kể từ ngày ban hành; bãi bỏ Danh mục TTHC tại phần III ban hành kèm theo "
        "Quyết định số 1644/QĐ-UBND ngày 28/6/2025 và Quyết định số 1809/QĐ-UBND ngày 10/7/2025 của Chủ tịch "
        "UBND tỉnh.",
        [("1644/QĐ-UBND", "AMENDS"), ("1809/QĐ-UBND", "AMENDS")],
    ),
    (
        "",
        "Quyết định này có hiệu lực kể từ ngày ký và bãi bỏ khoản 2 Điều 1 Quyết định số 12/2020/QĐ-UBND ngày "
        "01/7/2020 và Quyết định số 15/2021/QĐ-UBND ngày 02/8/2021.",
        [("12/2020/QĐ-UBND", "AMENDS"), ("15/2021/QĐ-UBND", "REPLACES")],
    ),
    # OCR "Can ctr" opens a basis, and no law's name runs over it from the title above
    (
        "HUONG DAN THI HANH MOT SO DIEU CUA LUẬT DAU TƯ\n\nCan ctr Nghi dinh số 29/2004/NĐ-CP ngày 16 tháng 01 "
        "năm 2004 của Chính phủ về chức năng của Bộ Thương mại;",
        "",
        [("29/2004/NĐ-CP", "BASED_ON")],
    ),
    # an amending law named inside a passive clause amends nothing of this document's
    (
        "",
        "3. Tài sản công theo Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 (được sửa đổi, bổ sung bởi "
        "điểm a khoản 12 Điều 8 Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật số 90/2025/QH15).",
        [("15/2017/QH14", "CITES"), ("90/2025/QH15", "CITES")],
    ),
    # a repeal whose list of acts starts on the next line
    (
        "",
        "Điều 3. Nghị quyết này bãi bỏ các Nghị quyết:\na) Nghị quyết số 11/2024/NQ-HĐND ngày 29 tháng 6 năm 2024;\n"
        "b) Nghị quyết số 15/2024/NQ-HĐND ngày 12 tháng 7 năm 2024.",
        [("11/2024/NQ-HĐND", "REPLACES"), ("15/2024/NQ-HĐND", "REPLACES")],
    ),
    # a submission proposes another act; the amending is that act's, not this document's
    (
        "V/v ban hành Nghị định sửa đổi, bổ sung một số Điều của Nghị định số 108/2015/NĐ-CP",
        "",
        [("108/2015/NĐ-CP", "CITES")],
    ),
    (
        "Xét Tờ trình số 390/TTr-UBND ngày 16 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố về việc đề nghị ban "
        "hành Nghị quyết thay thế Nghị quyết số 32/2024/NQ-HĐND; Báo cáo thẩm tra số 111/BC-BPC ngày 20 tháng 11 năm "
        "2025 của Ban Pháp chế;",
        "",
        [("390/TTr-UBND", "CITES"), ("32/2024/NQ-HĐND", "CITES"), ("111/BC-BPC", "CITES")],
    ),
    # an OCR-damaged amending cue of the document's own
    (
        "",
        "Điều 1: Sửa đối, bo sung một số điều của Thông tư số 219/2013/TT-BTC ngày 31 tháng 12 năm 2013 như sau:",
        [("219/2013/TT-BTC", "AMENDS")],
    ),
    # the document amends and replaces
    (
        "Sửa đổi, bổ sung một số điều của Quyết định số 15/2020/QĐ-UBND ngày 01/7/2020.",
        "Quyết định này có hiệu lực từ ngày ký và thay thế Quyết định số 20/2019/QĐ-UBND.",
        [("15/2020/QĐ-UBND", "AMENDS"), ("20/2019/QĐ-UBND", "REPLACES")],
    ),
]


@pytest.mark.parametrize(("preamble", "body", "expected"), RELATION_ROWS)
def test_relations(preamble: str, body: str, expected: list[tuple[str, str]]) -> None:
    got = [(symbol, relation) for symbol, relation, _ in refs(doc(preamble, body))]
    assert got == expected


def test_statements_carry_evidence() -> None:
    record = doc(
        "Thực hiện Kế hoạch số 44-KH/TU ngày 29/10/2021 của Tỉnh ủy Lai Châu về thực hiện Kết luận số 01-KL/TW "
        "ngày 18/5/2021 của Bộ Chính trị về tiếp tucwj."
    )
    (st,) = record.statements
    assert (st.source.symbol, st.relation, st.target.symbol) == ("44-KH/TU", "IMPLEMENTS", "01-KL/TW")
    assert st.source.issuer == "Tỉnh ủy Lai Châu" and st.target.year == 2021
    assert "về thực hiện Kết luận" in st.evidence.sentence and st.evidence.rule == "nested_implements"


def test_passive_amendment_is_a_statement() -> None:
    record = doc(
        "Căn cứ Thông tư số 219/2013/TT-BTC ngày 31/12/2013 của Bộ Tài chính (được sửa đổi, bổ sung tại "
        "khoản 3 Điều 1 Thông tư số 130/2016/TT-BTC ngày 12/8/2016 của Bộ Tài chính);"
    )
    assert [(s.source.symbol, s.relation, s.target.symbol) for s in record.statements] == [
        ("130/2016/TT-BTC", "AMENDS", "219/2013/TT-BTC")
    ]


STATEMENT_ROWS = [
    # a submission proposes a change, it makes none; a body's letter may change its own guidance
    (
        "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 6482/TTr-SNV ngày 29/10/2025 về việc sửa đổi, bổ "
        "sung một số nội dung của Quyết định số 48/2024/QĐ-UBND ngày 22 tháng 7 năm 2024 của UBND thành phố.",
        set(),
    ),
    (
        "Căn cứ Văn bản số 14748-CV/VPTW ngày 6/5/2025 của Văn phòng Trung ương sửa đổi, bổ sung một số điểm "
        "của Hướng dẫn số 40-HD/VPTW ngày 07/3/2025 của Văn phòng Trung ương;",
        {("14748-CV/VPTW", "AMENDS", "40-HD/VPTW")},
    ),
    # "A … bổ sung <what> quy định tại B": A amends B
    (
        "Căn cứ Quyết định số 42/2020/QĐ-UBND ngày 21/12/2020 của Ủy ban nhân dân tỉnh Kon Tum bổ sung tiêu "
        "chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng quy định tại Quyết định số 09/2019/QĐ-UBND ngày "
        "28 tháng 5 năm 2019 và quyết định số 06/2020/QĐ-UBND ngày 13 tháng 02 năm 2020 của Ủy ban nhân dân tỉnh;",
        {("42/2020/QĐ-UBND", "AMENDS", "09/2019/QĐ-UBND"), ("42/2020/QĐ-UBND", "AMENDS", "06/2020/QĐ-UBND")},
    ),
    # a misprinted date (its year disagrees with the symbol's) does not make the statement impossible
    (
        "Căn cứ Nghị định số 23/2015/NĐ-CP ngày 16/02/2025 của Chính phủ về cấp bản sao;\nCăn cứ Thông tư số "
        "01/2020/TT-BTP ngày 03/3/2020 của Bộ Tư pháp quy định chi tiết và hướng dẫn thi hành một số điều của "
        "Nghị định số 23/2015/NĐ-CP;",
        {("01/2020/TT-BTP", "IMPLEMENTS", "23/2015/NĐ-CP")},
    ),
    # unnamed amending laws go on past a ";"
    (
        "Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số "
        "36/2009/QH12; Luật số 42/2019/QH14 và Luật số 07/2022/QH15;\nCăn cứ Luật Đất đai số 31/2024/QH15;",
        {
            ("36/2009/QH12", "AMENDS", "50/2005/QH11"),
            ("42/2019/QH14", "AMENDS", "50/2005/QH11"),
            ("07/2022/QH15", "AMENDS", "50/2005/QH11"),
        },
    ),
    # the verb said again after an unnumbered law; a comma-joined list after a description
    (
        "Căn cứ Thông tư số 60/2007/TT-BTC ngày 14/6/2007 của Bộ Tài chính hướng dẫn thi hành một số điều của "
        "Luật Quản lý thuế và hướng dẫn thi hành Nghị định số 85/2007/NĐ-CP ngày 25/5/2007 của Chính phủ;\n"
        "Căn cứ Thông tư số 32/2025/TT-BTC ngày 31/5/2025 của Bộ Tài chính hướng dẫn thực hiện một số điều của "
        "Luật Quản lý thuế ngày 13/6/2019, Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định "
        "về hóa đơn, chứng từ, Nghị định số 70/2025/NĐ-CP ngày 20/3/2025 của Chính phủ;",
        {
            ("60/2007/TT-BTC", "IMPLEMENTS", "85/2007/NĐ-CP"),
            ("32/2025/TT-BTC", "IMPLEMENTS", "123/2020/NĐ-CP"),
            ("32/2025/TT-BTC", "IMPLEMENTS", "70/2025/NĐ-CP"),
        },
    ),
    # a parenthesis closes the amended act's description: the act after it is a sibling
    (
        "Căn cứ Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ về chính sách (được sửa đổi, bổ "
        "sung tại Nghị định số 67/2025/NĐ-CP ngày 15/3/2025 của Chính phủ), Nghị định số 154/2025/NĐ-CP ngày "
        "15/6/2025 của Chính phủ;",
        {("67/2025/NĐ-CP", "AMENDS", "178/2024/NĐ-CP")},
    ),
    (  # a second object of the list past the first one's description
        "Căn cứ Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều "
        "của Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và "
        "biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định số "
        "79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về kiểm tra, rà soát văn bản;",
        {("187/2025/NĐ-CP", "AMENDS", "78/2025/NĐ-CP"), ("187/2025/NĐ-CP", "AMENDS", "79/2025/NĐ-CP")},
    ),
    (  # an amending cue after another act's description: the act of the object's kind amends
        "- Căn cứ Điều 4 Thông tư số 96/2015/TT-BTC ngày 22/6/2015 của Bộ\nTài chính hướng dẫn về thuế thu nhập "
        "doanh nghiệp tại Nghị định số\n12/2015/NĐ-CP ngày 12/2/2015 của Chính phủ quy định chi tiết thi hành "
        "Luật\nsửa đổi, bổ sung một số Điều của các Luật về thuế và sửa đổi, bỗ sung một số Điều của Thông tư\n"
        "số 78/2014/TT-BTC ngày 18/6/2014, Thông tư số 119/2014/TT-BTC ngày 25/8/2014;",
        {("96/2015/TT-BTC", "AMENDS", "78/2014/TT-BTC"), ("96/2015/TT-BTC", "AMENDS", "119/2014/TT-BTC")},
    ),
    (  # the same, the cue OCR-damaged and without "và"
        "- Căn cứ Điều 9 Thông tư số 151/2014/TT-BTC ngày 10/10/2014 của Bộ Tài chính hướng dẫn thi hành Nghị "
        "định số\n91/2014/NĐ-CP ngày 01/10/2014 của Chính phủ về việc sửa đối, bố sung một số điều tại các Nghị "
        "định quy định về thuế sửa\nđối bố sung Khoản 3 Điều 14 Thông tư số 219/2013/TT-BTC như sau:",
        {
            ("151/2014/TT-BTC", "IMPLEMENTS", "91/2014/NĐ-CP"),
            ("151/2014/TT-BTC", "AMENDS", "219/2013/TT-BTC"),
        },
    ),
    (  # two unnumbered laws before the numbered object
        "- Căn cứ Thông tư sô 111/2013/TT-BTC ngày 15/8/2013 của Bộ Tài chính\nhướng dẫn thực hiện Luật Thuế thu "
        "nhập cá nhân, Luật sửa đổi, bỗ sung một số\nđiều của Luật thuế thu nhập cá nhân và Nghị định số "
        "65/2013/NĐ-CP của Chính\nphủ quy định chi tiết một số điều của Luật Thuế thu nhập cá nhân;",
        {("111/2013/TT-BTC", "IMPLEMENTS", "65/2013/NĐ-CP")},
    ),
    (  # a regulation issued with the act
        "Căn cứ Thông tư số 99/2006/TT-BNN ngày 06/11/2006 của Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn "
        "thực hiện một số điều của Quy chế quản lý rừng ban hành kèm theo Quyết định số 186/2006/QĐ-TTg ngày "
        "14/8/2006 của Thủ tướng Chính phủ;",
        {("99/2006/TT-BNN", "IMPLEMENTS", "186/2006/QĐ-TTg")},
    ),
    (  # "một số điểm của", an OCR-damaged cue
        "Căn cứ Thông tư số 130/2007/TT-BTC ngày 02/11/2007 của Bộ Tài chính sửa đổi, bổ sung một số điểm của "
        "Thông tư số 27/2007/TT-BTC ngày 03/4/2007;\nCăn cứ Thông tư số 26/2015/TT-BTC ngày 27/02/2015 sửa đồi, b6 "
        "sung Điều 11 Thông tư số 156/2013/TT-BTC ngày 6/11/2013;",
        {("130/2007/TT-BTC", "AMENDS", "27/2007/TT-BTC"), ("26/2015/TT-BTC", "AMENDS", "156/2013/TT-BTC")},
    ),
    (  # a circular amends no decree: the passive after a decree in a circular's title is the circular's
        "Sửa đổi, bổ sung Thông tư số 156/2013/TT-BTC ngày 6/11/2013 của Bộ Tài chính hướng dẫn thi hành Nghị định "
        "số 83/2013/NĐ-CP ngày 22/7/2013 của Chính phủ (đã được sửa đổi, bổ sung theo Thông tư số 119/2014/TT-BTC "
        "ngày 25/8/2014 của Bộ Tài chính) như sau:",
        {("156/2013/TT-BTC", "IMPLEMENTS", "83/2013/NĐ-CP")},
    ),
    (  # a ";" inside a title the passive's parenthesis follows
        "Thủ tục được quy định tại Điều 91 Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính quy định về "
        "thủ tục hải quan; kiểm tra, giám sát hải quan; thuế xuất khẩu (được sửa đổi, bổ sung bởi khoản 59 Điều 1 "
        "Thông tư số 39/2018/TT-BTC ngày 20/4/2018).",
        {("39/2018/TT-BTC", "AMENDS", "38/2015/TT-BTC")},
    ),
    (  # "… Quy định ban hành kèm theo Quyết định số …": the regulation is the act's
        "Căn cứ Quyết định số 44/2009/QĐ-UBND ngày 10/12/2009 của UBND tỉnh sửa đổi, bổ sung một số điều của "
        "Quy định ban hành kèm theo Quyết định số 04/2008/QĐ-UBND ngày 15/01/2008 của UBND tỉnh;",
        {("44/2009/QĐ-UBND", "AMENDS", "04/2008/QĐ-UBND")},
    ),
    (  # unnumbered laws joined by ";" before the numbered object; OCR "bỏ sung"
        "- Căn cứ Thông tư số 156/2013/TT-BTC ngày 06/11/2013 của Bộ Tài chính hướng dẫn thi hành một số điều "
        "của Luật Quản lý thuế; Luật sửa đổi, bỏ sung một số điều của Luật Quản lý thuế và Nghị định số "
        "83/2013/NĐ-CP ngày 22/7/2013 của Chính phủ;",
        {("156/2013/TT-BTC", "IMPLEMENTS", "83/2013/NĐ-CP")},
    ),
    (  # a guiding cue with an unnumbered object, then the passive of the act before it
        "Căn cứ Nghị định số 120/2016/NĐ-CP ngày 23 tháng 8 năm 2016 của Chính phủ quy định chi tiết và hướng dẫn "
        "thi hành một số điều của Luật phí và lệ phí, được sửa đổi, bổ sung bởi Nghị định số 82/2023/NĐ-CP;",
        {("82/2023/NĐ-CP", "AMENDS", "120/2016/NĐ-CP")},
    ),
    (  # an act's topic, then a second verb that carries out the next act
        "Căn cứ Nghị quyết số 11/NQ-CP ngày 30 tháng 01 năm 2022 của Chính phủ về Chương trình phục hồi và phát "
        "triển kinh tế - xã hội và triển khai Nghị quyết số 43/2022/QH15 của Quốc hội về chính sách tài khóa;",
        {("11/NQ-CP", "IMPLEMENTS", "43/2022/QH15")},
    ),
    (  # an amending law named by its title after a ";" of the same Căn cứ line
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15; Luật sửa đổi, bổ sung một số điều của "
        "Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;",
        {("87/2025/QH15", "AMENDS", "64/2025/QH15")},
    ),
    (  # not across a new Căn cứ
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\nCăn cứ Luật sửa đổi, bổ sung một số điều "
        "của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;",
        set(),
    ),
    (  # "được sửa đổi, bổ sung … bằng Luật số …"
        "Căn cứ Luật Xuất bản số 30/2004/QH11 ngày 03 tháng 12 năm 2004 đã được sửa đổi, bổ sung một số điều bằng "
        "Luật số 12/2008/QH12 ngày 03 tháng 6 năm 2008;",
        {("12/2008/QH12", "AMENDS", "30/2004/QH11")},
    ),
    (  # a circular's plain "hướng dẫn" with its act right after
        "Căn cứ Thông tư số 36/2009/TT-BTC, ngày 26/02/2009 của Bộ Tài chính Hướng dẫn một số điều của Nghị định số "
        "115/2008/NĐ-CP, ngày 24/11/2008 của Chính phủ;",
        {("36/2009/TT-BTC", "IMPLEMENTS", "115/2008/NĐ-CP")},
    ),
    (  # "hướng dẫn về … tại …" is no cue
        "Căn cứ Thông tư số 96/2015/TT-BTC ngày 22/6/2015 của Bộ Tài chính hướng dẫn về thuế thu nhập doanh nghiệp "
        "tại Nghị định số 12/2015/NĐ-CP ngày 12/2/2015 của Chính phủ;",
        set(),
    ),
    (  # an amending law's title is no cue; another kind after a description is no object
        "Luật thuế giá trị gia tăng số 13/2008/QH12 thay thế Luật thuế GTGT năm 1997 và Luật sửa đổi, bổ sung "
        "một số điều của Luật thuế GTGT số 07/2003/QH11.",
        set(),
    ),
]


@pytest.mark.parametrize(("preamble", "expected"), STATEMENT_ROWS)
def test_statement_rows(preamble: str, expected: set[tuple[str, str, str]]) -> None:
    got = {(s.source.symbol, s.relation, s.target.symbol) for s in doc(preamble).statements}
    assert got == expected


# --- real text (acceptance/error_classes.md R1-R8, T1-T7; sentences from corpus documents) ------

RANK = {"CITES": 1, "BASED_ON": 2, "IMPLEMENTS": 3, "AMENDS": 4, "REPLACES": 4}
B, C, IMP, A, R = "BASED_ON", "CITES", "IMPLEMENTS", "AMENDS", "REPLACES"


def strongest(record: DocumentRecord) -> dict[str, str]:
    """Each target's relation, the strongest over its mentions (as the scorer reads it)."""
    best: dict[str, str] = {}
    for r in record.references:
        key = r.target.symbol or r.target.id
        if key not in best or RANK[r.relation] > RANK[best[key]]:
            best[key] = r.relation
    return best


def said(record: DocumentRecord) -> set[tuple[str | None, str, str | None]]:
    return {(s.source.symbol, s.relation, s.target.symbol) for s in record.statements}


# (preamble, body, relation of each target, statements)
REAL_ROWS: list[tuple[str, str, dict[str, str], set[tuple[str, str, str]]]] = [
    # R1: a Căn cứ clause governs its ';' list; "các nghị định liên quan" names no act
    (
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành "
        "chính; Nghị định số 48/2013/NĐ-CP ngày 14 tháng 5 năm 2013; Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 "
        "năm 2017 của Chính phủ quy định sửa đổi, bổ sung một số điều của các nghị định liên quan;",
        "",
        {"63/2010/NĐ-CP": B, "48/2013/NĐ-CP": B, "92/2017/NĐ-CP": B},
        set(),
    ),
    (
        "Căn cứ Nghị định số 81/2018/NĐ-CP ngày 22/5/2018 của Chính phủ quy định chi tiết Luật Thương mại về "
        "hoạt động xúc tiến thương mại; Nghị định số 128/2024/NĐ-CP ngày 10/10/2024 của Chính phủ sửa đổi, bổ "
        "sung một số điều của Nghị định số 81/2018/NĐ-CP của Chính phủ quy định chi tiết Luật Thương mại;",
        "",
        {"81/2018/NĐ-CP": B, "128/2024/NĐ-CP": B},
        {("128/2024/NĐ-CP", A, "81/2018/NĐ-CP")},
    ),
    # R1: "thay thế A; B" replaces both
    (
        "",
        "Nghị định này thay thế các Nghị định sau: Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của "
        "Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của bộ, cơ quan ngang bộ; Nghị định "
        "số 101/2020/NĐ-CP ngày 28 tháng 8 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
        "123/2016/NĐ-CP.",
        {"123/2016/NĐ-CP": R, "101/2020/NĐ-CP": R},
        {("101/2020/NĐ-CP", A, "123/2016/NĐ-CP")},
    ),
    # R2, T3: acts named only in a Căn cứ item's description are BASED_ON; every amender counts
    (
        "Căn cứ Luật Thuế thu nhập cá nhân số 04/2007/QH12 được sửa đổi, bổ sung bởi Luật số 26/2012/QH13, "
        "Luật số 71/2014/QH13 và Luật số 56/2024/QH15;",
        "",
        {"04/2007/QH12": B, "26/2012/QH13": B, "71/2014/QH13": B, "56/2024/QH15": B},
        {
            ("26/2012/QH13", A, "04/2007/QH12"),
            ("71/2014/QH13", A, "04/2007/QH12"),
            ("56/2024/QH15", A, "04/2007/QH12"),
        },
    ),
    (
        "Căn cứ Thông tư số 89-TC/TCT ngày 09/11/1993 của Bộ Tài chính hướng dẫn thi hành Nghị định số 74/CP "
        "ngày 25/10/1993 của Chính phủ quy định chi tiết thi hành Luật Thuế sử dụng đất nông nghiệp;",
        "",
        {"89-TC/TCT": B, "74/CP": B},
        {("89-TC/TCT", IMP, "74/CP")},
    ),
    (
        "Căn cứ Công văn số 2350/BDTTG-VPQGDTMN ngày 19 tháng 10 năm 2025 của Bộ trưởng Bộ Dân tộc và Tôn giáo "
        "về việc tổ chức triển khai thực hiện Nghị định số 272/2025/NĐ-CP ngày 16/10/2025 của Chính phủ;",
        "",
        {"2350/BDTTG-VPQGDTMN": B, "272/2025/NĐ-CP": B},
        {("2350/BDTTG-VPQGDTMN", IMP, "272/2025/NĐ-CP")},
    ),
    # R3: "hướng dẫn thi hành Luật ... và Nghị định số 187" after a description is no statement of
    # NĐ 78; "Theo đề nghị ... tại Tờ trình" after the Căn cứ lines only cites
    (
        "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ Quy định chi tiết một số điều "
        "và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định số "
        "187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ Sửa đổi, bổ sung một số điều của Nghị định số "
        "78/2025/NĐ-CP;\nTheo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 242/TTr-SYT ngày 19 tháng 11 năm 2025.",
        "",
        {"78/2025/NĐ-CP": B, "187/2025/NĐ-CP": B, "242/TTr-SYT": C},
        {("187/2025/NĐ-CP", A, "78/2025/NĐ-CP")},
    ),
    # R6: partial repeal or replacement amends; R7: "hết hiệu lực toàn bộ" replaces
    (
        "",
        "a) Bãi bỏ khoản 2 Điều 1 Nghị quyết số 246/NQ-HĐND ngày 10 tháng 9 năm 2025 của Hội đồng nhân dân "
        "tỉnh Vĩnh Long.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ban hành; thay thế Danh mục TTHC có số "
        "thứ tự 01,02 lĩnh vực Tổ chức cán bộ tại Quyết định số 1740/QĐ-UBND ngày 30/6/2025.\n2. Quyết định số "
        "1292/QĐ-BYT ngày 16 tháng 4 năm 2025 của Bộ Y tế hết hiệu lực toàn bộ kể từ ngày Quyết định này có "
        "hiệu lực thi hành.",
        {"246/NQ-HĐND": A, "1740/QĐ-UBND": A, "1292/QĐ-BYT": R},
        set(),
    ),
    # a narrative clause ends a basis list
    (
        "Căn cứ điểm d khoản 2 Điều 7 Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định hồ "
        "sơ khai thuế;\nTại công văn của Thuế tỉnh Vĩnh Long đề xuất 02 phương án nhưng chưa phù hợp với chỉ đạo "
        "của Tổng cục Thuế tại công văn số 5029/TCT-PC ngày 09/11/2023.",
        "",
        {"126/2020/NĐ-CP": B, "5029/TCT-PC": C},
        set(),
    ),
    # the enacting formula amends the laws it names; their earlier amenders are only cited
    (
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật sửa đổi, bổ sung một "
        "số điều của Luật thuế thu nhập doanh nghiệp số 14/2008/QH12 đã được sửa đổi, bổ sung một số điều theo\n"
        "Luật số 32/2013/QH13, Luật thuế thu nhập cá nhân số 04/2007/QH12 đã được\nsửa đổi, bổ sung một số điều "
        "theo Luật số 26/2012/QH13.",
        "",
        {"14/2008/QH12": A, "32/2013/QH13": C, "04/2007/QH12": A, "26/2012/QH13": C},
        {("32/2013/QH13", A, "14/2008/QH12"), ("26/2012/QH13", A, "04/2007/QH12")},
    ),
    # R8: an OCR-damaged type word or a noun between the verb and the act
    (
        "Thực hiện Thông bao số 439/TB-TCT ngày 16/10/2018 của Tổng cục Thuế; Thực hiện nội dung Thông báo số "
        "141/TB-VPCP ngày 19/11/2022 của Văn phòng Chính phủ.",
        "",
        {"439/TB-TCT": IMP, "141/TB-VPCP": IMP},
        set(),
    ),
    # R4: a bare "Thực hiện" in the body only cites; "thực hiện quy định tại" is no cue
    (
        "",
        "- Thực hiện Nghị quyết số 07-NQ/TW ngày 18/11/2016 của Bộ Chính trị.\nThực hiện quy định tại Chương "
        "II Thông tư 01/2023/TT-VPCP ngày 05/4/2023 của Bộ Trưởng, Chủ nhiệm Văn phòng Chính phủ.",
        {"07-NQ/TW": C, "01/2023/TT-VPCP": C},
        set(),
    ),
    # T1: dates in words, chains
    (
        "Căn cứ Kế hoạch số 4354/KH-UBND ngày 14 tháng 6 năm 2025 của Ủy ban nhân dân Thành phố Hồ Chí Minh về "
        "việc triển khai Kế hoạch hành động số 459-KHHĐ/TU ngày 21 tháng 5 năm 2025 của Thành ủy Thành phố về "
        "thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá;",
        "",
        {"4354/KH-UBND": B, "459-KHHĐ/TU": B, "57-NQ/TW": B},
        {("4354/KH-UBND", IMP, "459-KHHĐ/TU"), ("459-KHHĐ/TU", IMP, "57-NQ/TW")},
    ),
    # T5: the numbered act after an unnumbered law
    (
        "- Căn cứ Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính hướng dẫn thi hành một số điều của "
        "Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định chi tiết.",
        "",
        {"80/2021/TT-BTC": B, "126/2020/NĐ-CP": B},
        {("80/2021/TT-BTC", IMP, "126/2020/NĐ-CP")},
    ),
    # T6: amending with a locator or the bare verb
    (
        "Căn cứ Nghị định số 75/2009/NĐ-CP ngày 10/9/2009 của Chính phủ sửa đổi Điều 3 Nghị định số "
        "01/2008/NĐ-CP ngày 03/01/2008 của Chính phủ quy định chức năng;\nCăn cứ Nghị định số 16/2009/NĐ-CP "
        "ngày 16/02/2009 của Chính phủ về sửa đổi, bổ sung khoản 2 Điều 8 Nghị định số 13/2008/NĐ-CP;",
        "",
        {"75/2009/NĐ-CP": B, "01/2008/NĐ-CP": B, "16/2009/NĐ-CP": B, "13/2008/NĐ-CP": B},
        {("75/2009/NĐ-CP", A, "01/2008/NĐ-CP"), ("16/2009/NĐ-CP", A, "13/2008/NĐ-CP")},
    ),
    # T2: "được sửa đổi, bổ sung một số điều theo/tại"
    (
        "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số "
        "65/2020/QH14;\nCăn cứ Nghị định số 78/2025/NĐ-CP của Chính phủ (được sửa đổi, bổ sung một số điều tại "
        "Nghị định số 187/2025/NĐ-CP) quy định chi tiết một số điều;",
        "",
        {"57/2014/QH13": B, "65/2020/QH14": B, "78/2025/NĐ-CP": B, "187/2025/NĐ-CP": B},
        {("65/2020/QH14", A, "57/2014/QH13"), ("187/2025/NĐ-CP", A, "78/2025/NĐ-CP")},
    ),
    # T4: "ban hành Kế hoạch triển khai thi hành B" inside an item implemented by this document
    (
        "Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển "
        "khai thi hành Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ quy định chi tiết.",
        "",
        {"1899/QĐ-TTg": IMP, "200/2025/NĐ-CP": C},
        {("1899/QĐ-TTg", IMP, "200/2025/NĐ-CP")},
    ),
    # T7: the amending law named by its title, on the same line as the law it amends
    (
        "",
        "Dự án đáp ứng điều kiện theo quy định của Luật thuế TNDN số 14/2008/QH12, Luật sửa đổi, bổ sung một số "
        "điều của Luật thuế TNDN số 32/2013/QH13, Luật sửa đổi, bổ sung một số điều của các Luật về thuế số "
        "71/2014/QH13 (sau đây gọi là Luật thuế TNDN).",
        {"14/2008/QH12": C, "32/2013/QH13": C, "71/2014/QH13": C},
        {("32/2013/QH13", A, "14/2008/QH12")},
    ),
]


@pytest.mark.parametrize(("preamble", "body", "relations", "statements"), REAL_ROWS)
def test_real_text(
    preamble: str, body: str, relations: dict[str, str], statements: set[tuple[str, str, str]]
) -> None:
    record = doc(preamble, body)
    assert strongest(record) == relations
    assert said(record) == statements


def test_an_adjective_in_the_title_opens_no_cue() -> None:
    head = (
        "Số: 2015/QĐ-UBND An Giang, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH "
        "CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG, BÃI BỎ LĨNH VỰC ĐẤU THẦU THEO QUYẾT ĐỊNH SỐ 100/QĐ-BTC\n"
    )
    assert strongest(doc("Căn cứ Luật Đấu thầu số 22/2023/QH15;", head=head)) == {
        "100/QĐ-BTC": C,
        "22/2023/QH15": B,
    }


def test_statements_are_scanned_in_linear_time() -> None:
    """A long run of mentions and near-cues (no catastrophic backtracking in the tail or lists)."""
    import time

    item = "Nghị định số 12/2020/NĐ-CP ngày 01 tháng 01 năm 2020 của Bộ trưởng Bộ Tài chính, Chủ nhiệm Văn phòng "
    text = "Căn cứ " + item * 400 + "được sửa đổi, bổ sung bởi " + "Luật số 1/2020/QH14, " * 400
    start = time.perf_counter()
    doc(text)
    assert time.perf_counter() - start < 5


# --- noise (DOMAIN.md §5) ------------------------------------------------------------------


def test_noisy_codes_are_canonical() -> None:
    record = doc("Thực hiện Chương trình hành động số 01-CTHD/ĐĐTLD ngày 30/01/2024; kế hoạch số 83/KH-LDLĐ.")
    assert [r.target.symbol for r in record.references] == ["01-CTHĐ/ĐĐTLĐ", "83/KH-LĐLĐ"]
    assert record.references[0].target.type == "ActionProgram"


def test_spaces_inside_symbols() -> None:
    record = doc("Thực hiện Kết luận số 01- KL/TW ngày 18/5/2021 và Nghị quyết số 13-NQ / TW.")
    assert [r.target.symbol for r in record.references] == ["01-KL/TW", "13-NQ/TW"]
    header = extract_document(
        normalize_text("\n\nSố:18 /KH - LDLĐ\n\nLong Biên, ngày 28 tháng 02 năm 2023\n"), "x"
    )
    assert header.document.identity.symbol == "18/KH-LĐLĐ"


def test_two_spellings_of_uy_and_nfd_text_give_one_organization() -> None:
    body = "- Báo cáo kết quả thực hiện với Quận uỷ.\n- Gửi báo cáo Quận ủy theo quy định."
    head = "Số: 12/KH-LĐLĐ\n\nLong Biên, ngày 28 tháng 02 năm 2023\n\nKẾ HOẠCH\n\n"
    nfd = unicodedata.normalize("NFD", head + "Thực hiện kế hoạch.\n\nBan Thường vụ LĐLĐ quận Long Biên ban hành "
                                "kế hoạch.\n\nI. NỘI DUNG\n\n" + body)  # fmt: skip
    record = extract_document(normalize_text(nfd), "nfd.txt")
    assert [o.name for o in record.organizations if o.kind == "party"] == ["Quận ủy Long Biên"]


def test_date_conflict_is_one_document_and_a_warning() -> None:
    record = doc(
        "Tiếp tục thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
        "Trên đây là kế hoạch thực hiện Kết luận số 01-KL/TW ngày 18/5/2022 của Bộ Chính trị.",
    )
    assert {r.target.id for r in record.references} == {"kl-1-tw-2021"}
    (warning,) = [w for w in record.warnings if w.kind == "date_conflict"]
    assert (
        warning.target is not None and warning.target.date == "2021-05-18" and "2022-05-18" in warning.message
    )


def test_upper_case_title_and_broken_symbol() -> None:
    text = normalize_text(
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 980/KH-UBND Nghệ An, ngày 18 tháng 11 năm 2025\n"
        "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 32/CT-TTG NGÀY 10/12/2024 CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
        "Thực hiện Quyết định số 1899/QĐ-\nTTg ngày 04/9/2025 của Thủ tướng Chính phủ.\n"
    )
    record = extract_document(text, "upper.txt")
    me = record.document.identity
    assert (me.symbol, me.type, me.issuer) == ("980/KH-UBND", "Plan", "Ủy ban nhân dân tỉnh Nghệ An")
    assert [(r.target.symbol, r.relation, r.evidence.section) for r in record.references] == [
        ("32/CT-TTg", "IMPLEMENTS", "title"),
        ("1899/QĐ-TTg", "IMPLEMENTS", "preamble"),
    ]


def test_ocr_noise_does_not_break_extraction() -> None:
    text = normalize_text(
        "TONG CỤC THUÊ\nSố: 1234/TCT-CS\nHà Nội, ngay$/ tháng 5 năm 2019\nKính gửi: Cục Thuế tỉnh Bình Dương\n"
        "Căn cứ Thông tư số 78/2014/TT-BTC ngày 18/6/2014 của Bộ Tài chính;"
    )
    record = extract_document(text, "ocr.txt")
    assert record.document.identity.symbol == "1234/TCT-CS"
    assert [(r.target.symbol, r.relation) for r in record.references] == [("78/2014/TT-BTC", "BASED_ON")]


def test_document_without_number_gets_identity_from_issuer_date_title(
    seed_records: dict[str, DocumentRecord],
) -> None:
    me = seed_records["002_30137e98268e585a"].document.identity
    assert me.number is None and me.date == "2021-01-08"
    assert me.id == "kh-ldld-quan-long-bien-2021-01-08-thuc-hien-chu-de-cong-tac"


def test_short_forms_resolve_or_warn(seed_records: dict[str, DocumentRecord]) -> None:
    rec = seed_records["000_e3178d03b91e3a28"]
    short = [r for r in rec.references if r.mention.startswith("Kết luận số 01") and "KL" not in r.mention]
    assert short and all(r.target.id == "kl-1-tw-2021" for r in short)
    unresolved = [w.message for w in rec.warnings if w.kind == "unresolved_short_form"]
    assert unresolved == ["'Chương trình số 01' names no document seen in full here",
                          "'Chương trình số 10' names no document seen in full here"]  # fmt: skip


def test_context_resolves_places(seed_records: dict[str, DocumentRecord]) -> None:
    rec = seed_records["000_e3178d03b91e3a28"]
    assert [(x.from_, x.to) for x in rec.reports_to] == [
        ("Liên đoàn Lao động quận Long Biên", "Quận ủy Long Biên"),
        ("Liên đoàn Lao động quận Long Biên", "Liên đoàn Lao động thành phố Hà Nội"),
    ]
    assert rec.recipients[0].organizations == ("Liên đoàn Lao động thành phố Hà Nội",)
    assert rec.document.signer is not None and rec.document.signer.name == "Phan Thị Thu Hằng"


def test_every_fact_has_provenance(seed_records: dict[str, DocumentRecord]) -> None:
    for rec in seed_records.values():
        text = normalize_text(Path(rec.source).read_text(encoding="utf-8"))
        for ref in rec.references:
            assert " ".join(text[ref.evidence.start : ref.evidence.end].split()) == ref.mention
            assert ref.evidence.rule and ref.mention.split()[-1] in ref.evidence.sentence
        for st in rec.statements:
            assert st.evidence.start < st.evidence.end and st.evidence.sentence


# --- which documents a text names, and who they are (error_classes E1-E7) -------------------

Identity = tuple[str | None, str | None, str | None, int | None]

# (body sentence from the corpus, expected (type_code, number, issuer_code, year) per target)
IDENTITY_ROWS: list[tuple[str, list[Identity]]] = [
    # E1: qualifiers between the type word and "số"; the symbol's own type part
    (
        "Báo cáo thẩm tra số 19/BC-VHXH ngày 30/11/2008 của Ban Văn hoá - Xã hội HĐND tỉnh.",
        [("BC", "19", "VHXH", 2008)],
    ),
    (
        "Ngày 27/7/2020, Cục Thuế tỉnh Bắc Ninh nhận được Phiếu chuyển số\n704/PC-TCT ngày 24/7/2020 của "
        "Tổng cục Thuế chuyển công văn số 24/CV-\nAPIBN.",
        [("PC", "704", "TCT", 2020), ("CV", "24", "APIBN", None)],
    ),
    (
        "Tổng thư ký Quốc hội đã có Thông báo kết luận số\n1486/TB-TTKQH ngày 27/9/2022 về Hội nghị.",
        [("TB", "1486", "TTKQH", 2022)],
    ),
    (
        "Các Văn bản thẩm định và tham gia ý kiến của Sở Tư pháp: Số 294/BC-STP ngày 12 tháng 9 năm 2025, "
        "số 1890/STP-VB&TDTHPL ngày 24 tháng 10 năm 2025.",
        [("BC", "294", "STP", 2025), ("CV", "1890", "STP-VB&TDTHPL", 2025)],
    ),
    (
        "Căn cứ Quy chế phối hợp số 49/QCPH-UBND-UBMT-HCTĐ ngày 24/01/2025; theo Quy chế phối hợp "
        "49/QCPH-UBND-UBMT-HCTĐ và quy định hiện hành.",
        [("QCPH", "49", "UBND-UBMT-HCTĐ", 2025)],
    ),
    (
        "Căn cứ ý kiến của Thường trực HĐND tỉnh tại Công văn số 247/TT.HĐND ngày 29/9/2009 về việc phúc "
        "đáp Tờ trình số 6238/TTr-UBND.VX ngày 24/9/2009; Quyết định 1188/QĐ.UBND-VX ngày 07/4/2006.",
        [("CV", "247", "TT-HĐND", 2009), ("TTr", "6238", "UBND-VX", 2009), ("QĐ", "1188", "UBND-VX", 2006)],
    ),
    ("Trả lời công văn số 1234/CT-TTHT ngày 05/3/2020 của Cục Thuế.", [("CV", "1234", "CT-TTHT", 2020)]),
    # a full symbol printed later without its year is the same document
    (
        "Căn cứ Thông tư 202/2014/TT-BTC ngày 22/12/2014 của Bộ Tài chính; theo Thông tư 202/TT-BTC, công ty lập "
        "báo cáo.",
        [("TT", "202", "BTC", 2014)],
    ),
    # E2: symbols as they really print
    (
        "Xét đề nghị của Chính phủ tại Tờ trình số382/TTr-CP và Đề án số 381/ĐA-CPngày 09 tháng 5 năm 2025.",
        [("TTr", "382", "CP", None), ("ĐA", "381", "CP", 2025)],
    ),
    (
        "và Nghị định số 79/2025/NĐCP ngày 01 tháng 4 năm 2025 của Chính phủ; Thông tư số 10/2024/TTBTC.",
        [("NĐ", "79", "CP", 2025), ("TT", "10", "BTC", 2024)],
    ),
    (
        "Căn cứ Nghị định số 126/2004 / / NĐ-CP ngày 26 tháng 5 năm 2004 của Chính phủ;",
        [("NĐ", "126", "CP", 2004)],
    ),
    ("Tra lời công văn số 170503/CV-YTV đề ngày 03/05/2017 của Công ty.", [("CV", "170503", "YTV", 2017)]),
    ("Trả lời công văn số 63/FIN/15-KC ngày 27/11/2015 của CN Công ty.", [("CV", "63", "FIN/15-KC", 2015)]),
    ("Căn cứ Nghị định số 244-HĐBT ngày 30/6/1990 của Hội đồng Bộ trưởng;", [("NĐ", "244", "HĐBT", 1990)]),
    ("[2] Chỉ thị số 27/CTTg ngày 15/7/2024 của Thủ tướng Chính phủ.", [("CT", "27", "TTg", 2024)]),
    (
        "Căn cứ Nghị quyết số 66.4/2025/NQ-CP ngày 21 tháng 9 năm 2025 của Chính phủ;",
        [("NQ", "66.4", "CP", 2025)],
    ),
    ("Căn cứ Nghị định số 0912018/NĐ-CP ngày 15/01/2018;", []),
    # E3: look-alike letters
    ("Căn cứ Nghị quyết số 66/NQ-СР ngày 26/3/2025 của Chính phủ;", [("NQ", "66", "CP", 2025)]),
    (
        "Trả lời công văn số 1066/HQĐÐNa-TXNK ngày 29/5/2020 của Cục Hải quan.",
        [("CV", "1066", "HQĐNa-TXNK", 2020)],
    ),
    # E4: a misread issuer code, confirmed by the issuer named or the same symbol printed in full
    (
        "Căn cứ điểm 3 Điều 11 Thông tr 80/2012/TT- BIC ngày 22/05/2012 của\nBộ Tài chính hướng dẫn.",
        [("TT", "80", "BTC", 2012)],
    ),
    (
        "Căn cứ Điều 21 Thông tư số 38/2015/TT-BTC ngày 25/3/2015; khoản 1 Điều 78 Thông tư số "
        "38/2015/TT- BT€\nngày 25/3/2015.",
        [("TT", "38", "BTC", 2015)],
    ),
    ("Căn cứ Điều 2 Thông tư số 119/2014/TT- BIC ngày 25/8/2014 sửa đỗi,", [("TT", "119", "BIC", 2014)]),
    # an old joint circular's slash before its issuers; a unit code with a number; a company's
    # hyphenated number before the year
    (
        "Căn cứ Thông tư liên tịch số 14/2002/TTLT/BYT-BTC ngày 30/12/2002 của Bộ Y tế và Bộ Tài chính;",
        [("TTLT", "14", "BYT-BTC", 2002)],
    ),
    (
        "Trả lời công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Chi cục.",
        [("CV", "4814", "CCTKV-05-TTKT3", 2025)],
    ),
    ("Trả lời công văn số 01-10/2025/CV-TKV của Công ty TNHH Tokokosen.", [("CV", "01-10", "TKV", 2025)]),
    # O read for Q in a National Assembly code
    ("Căn cứ Luật số 106/2016/OH13 ngày 06/4/2016;", [("L", "106", "QH13", 2016)]),
    ("Căn cứ Nghị quyết số 268/NQ- UBTVOHI5 ngày 6 tháng 8 năm 2021;", [("NQ", "268", "UBTVQH15", 2021)]),
    # the old abbreviation of a Tờ trình printed in its symbol is its type
    (
        "Xét đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 419/TT-SXD ngày 12/3/2009;",
        [("TT", "419", "SXD", 2009)],
    ),
    # an OCR digit in the type part, confirmed by the type words before it
    ("Căn cứ Thông tư số 39/2018/T1-BTC ngày 20/4/2018 của Bộ Tài chính;", [("TT", "39", "BTC", 2018)]),
    ("Quyết định số 290/2005/QĐ-T1g ngày 08/11/2005 của Thủ tướng Chính phủ;", [("QĐ", "290", "TTg", 2005)]),
    # E6: "đề ngày", and the date of issue told before the mention
    ("Cục Thuế nhận được công văn số 06/CV-ICD đề ngày 19/10/2015 của Công ty.", [("CV", "06", "ICD", 2015)]),
    (
        "Ngày 22/4/2024, Tổng thư ký Quốc hội đã có Thông báo số 3525/TB-\nTTKQH về kết luận.",
        [("TB", "3525", "TTKQH", 2024)],
    ),
    # E7: forms are no documents
    (
        "theo mẫu số 03/TNDN ban hành kèm theo Thông tư số 151/2014/TT-BTC ngày 10 tháng 10 năm 2014.",
        [("TT", "151", "BTC", 2014)],
    ),
    (
        "thay thế mẫu giấy đề nghị hoàn thuế, phí (mẫu số 01/HTBT),Quyết định hoàn thuế (mẫu số 04/HTBT) "
        "ban hành theo Thông tư số 60/2007/TT-BTCngày 14/6/2007 của Bộ Tài chính.",
        [("TT", "60", "BTC", 2007)],
    ),
    ("kê khai trên tờ khai 01/GTGT, 02/GTGT và bảng kê 05- 3/BK-QTT-TNCN.", []),
    ("theo quy định tại QCVN 06:2022/BXD và Tiêu chuẩn cơ sở 661: 2018/BVTV.", []),
    (
        "Ghi chú: TCHQ đã có công văn hướng dẫn số 7735/TCHQ-GSQL ngày 1/9/2020.",
        [("CV", "7735", "TCHQ-GSQL", 2020)],
    ),
    ("Nghị định hướng dẫn Luật số 90/2025/QH15 của Quốc hội.", [("L", "90", "QH15", 2025)]),
    (
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025;",
        [("L", "64", "QH15", 2025)],
    ),
    (
        "chương trình xây dựng luật nhiệm kỳ Quốc hội khóa XV, Nghị quyết số 101/2023/QH15 ngày 24/6/2023.",
        [("NQ", "101", "QH15", 2023)],
    ),
    # a merged ministry's old code, dated after the merger, with the new ministry named (tnt305-994dfbc3967e5ebf)
    (
        "Thực hiện Quyết định số 2304/QĐ-BTNMT ngày 23 tháng 6 năm 2025 của Bộ trưởng Bộ Nông nghiệp và Môi "
        "trường về việc công bố thủ tục hành chính.",
        [("QĐ", "2304", "BNNMT", 2025)],
    ),
    # only the Government issues decrees: the type words name a circular (tnt305-5298da2adb9eb4fe)
    (
        "Căn cứ Thông tư số 03/2025/NĐ-VPCP ngày 15 tháng 9 năm 2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính "
        "phủ hướng dẫn thi hành một số nội dung;",
        [("TT", "03", "VPCP", 2025)],
    ),
    # before the merger the printed code stands
    (
        "Thông tư số 25/2014/TT-BTNMT ngày 19 tháng 5 năm 2014 của Bộ Nông nghiệp và Môi trường.",
        [("TT", "25", "BTNMT", 2014)],
    ),
    # a law's name is not the type of the act that follows it
    (
        "theo quy định của luật theo Nghị quyết số 197/2025/QH15 của Quốc hội.",
        [("NQ", "197", "QH15", 2025)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), IDENTITY_ROWS, ids=[r[0][:40] for r in IDENTITY_ROWS])
def test_reference_identity(body: str, expected: list[Identity]) -> None:
    seen: dict[str, Identity] = {}
    for r in doc("", body).references:
        t = r.target
        seen.setdefault(t.id, (t.type_code, t.number, t.issuer_code, t.year))
    assert list(seen.values()) == expected


def test_appendix_heading_is_the_document_itself() -> None:
    head = "Số: 2031/QĐ-UBND\n\nCao Bằng, ngày 28 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\n"
    body = (
        "PHỤ LỤC\n(Kèm theo Quyết định số: 203/QĐ-UBND ngày 28 tháng 11 năm 2025 của Chủ tịch UBND tỉnh)\n"
        "PHỤ LỤC II\n(Kèm theo Báo cáo số 565-BC/BTCTW, ngày 27/11/2025 của Ban Tổ chức Trung ương)\n"
        "Quy chế làm việc của Tổng cục Thuế\nban hành kèm theo Quyết định số 2282/QĐ-TCT ngày 31/12/2017."
    )
    got = [r.target.symbol for r in doc("", body, head=head).references]
    assert got == ["565-BC/BTCTW", "2282/QĐ-TCT"]


def test_party_code_not_filled_from_another_level() -> None:
    # tnt305-a83fffe08d7aeed7, a plan of Cần Thơ city: "Ban Chấp hành Đảng bộ tỉnh" is a
    # province's Party committee (Sóc Trăng's), not Thành ủy Cần Thơ
    head = "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nSố: 165/KH-UBND\n\nCần Thơ, ngày 21 tháng 11 năm 2025\n\nKẾ HOẠCH\n\n"
    record = doc(
        "",
        "Kế hoạch số 75/KH-UBND ngày 09/7/2018 của UBND tỉnh Sóc Trăng về việc thực hiện Chương trình số "
        "27-CTr/TU ngày 12/3/2018 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 21-NQ/TW; Chương "
        "trình số 30-CTr/TU ngày 29/12/2017 của Thành ủy thực hiện Nghị quyết số 21-NQ/TW.",
        head=head,
    )
    issuers = {r.target.symbol: r.target.issuer for r in record.references}
    assert issuers["27-CTr/TU"] is None
    assert issuers["30-CTr/TU"] == "Thành ủy Cần Thơ"


def test_no_statement_that_an_act_implements_a_later_one() -> None:
    # pjj-abf0640d7752: "số 161/2016/NĐ-CP" is a sibling of the list, not what 136/2015 guides
    record = doc(
        "",
        "Trước đây, Nghị định số 120/2018/NĐ-CP của Chính phủ về sửa đổi, bổ sung một số điều Nghị định số "
        "77/2015/NĐ-CP ngày 10/9/2015 của Chính phủ, số 136/2015/NĐ-CP ngày 31/12/2015 của Chính phủ về hướng "
        "dẫn thi hành một số điều của Luật đầu tư công và số 161/2016/NĐ-CP ngày 02/12/2016 của Chính phủ.",
    )
    assert not any(
        s.source.symbol == "136/2015/NĐ-CP" and s.target.symbol == "161/2016/NĐ-CP" for s in record.statements
    )


def test_no_statement_that_a_decree_carries_out_another_decree() -> None:
    # pjj-f5e11892c6d0: "và Nghị định số 53/2010/NĐ-CP" is a sibling of the list
    record = doc(
        "",
        "Danh mục địa bàn ưu đãi ban hành kèm theo Nghị định số 218/2013/NĐ-CP ngày 26/12/2013 của Chính phủ "
        "quy định chi tiết và hướng dẫn thi hành Luật Thuế thu nhập doanh nghiệp và Nghị định số 53/2010/NĐ-CP "
        "ngày 19 tháng 5 năm 2010 của Chính phủ quy định về địa bàn ưu đãi đầu tư.",
    )
    assert not [s for s in record.statements if s.relation == "IMPLEMENTS"]


# A task under a heading that names who acts: the heading's body reports, until a Roman heading
# opens another part (headings are found once per document and looked up by position).
_ACTOR_HEADING_BODY = (
    "II. TỔ CHỨC THỰC HIỆN\n\n1. Liên đoàn Lao động các huyện, thành phố:\n"
    "- Tổ chức triển khai kế hoạch đến công đoàn cơ sở.\n{roman}"
    "- Tổng hợp và báo cáo kết quả về Liên đoàn Lao động tỉnh trước ngày 30/11/2024.\n"
)


def test_heading_names_the_reporter() -> None:
    rec = doc("", _ACTOR_HEADING_BODY.format(roman=""))
    assert [(x.from_, x.to, x.evidence.rule) for x in rec.reports_to] == [
        ("Liên đoàn Lao động các huyện, thành phố tỉnh Lai Châu", "Liên đoàn Lao động tỉnh Lai Châu",
         "report_cue_heading")
    ]  # fmt: skip
    assert doc("", _ACTOR_HEADING_BODY.format(roman="\nIII. CHẾ ĐỘ BÁO CÁO\n")).reports_to == ()


# A TVPL page: the publisher's heading and summary, then the document from its header.
LEAD_PAGE = """## Giảm lãi suất cho vay các chương trình tín dụng chính sách từ 01/12/2025 Ngày 21/11/2025, \
Thủ tướng Chính phủ ban hành Quyết định 2553/QĐ-TTg về việc điều chỉnh lãi suất cho vay.
Theo đó, điều chỉnh lãi suất cho vay quy định tại Quyết định 157/2007/QĐ-TTg và Nghị quyết 380/NQ-CP.
Xem chi tiết nội dung tại Quyết định 2553/QĐ-TTg ngày 21/11/2025 THỦ TƯỚNG CHÍNH PHỦ
------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2553/QĐ-TTg Hà Nội, ngày 21 tháng 11 năm 2025
QUYẾT ĐỊNH VỀ VIỆC ĐIỀU CHỈNH LÃI SUẤT CHO VAY
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Nghị quyết số 380/NQ-CP ngày 10 tháng 11 năm 2025 của Chính phủ;
Thực hiện Quyết định số 157/2007/QĐ-TTg ngày 27 tháng 9 năm 2007 của Thủ tướng Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Điều chỉnh lãi suất cho vay.
"""


def test_a_publishers_lead_before_the_header() -> None:
    """The page's own number is read from the header, not the summary; the summary's mentions
    of the document are no references, and its mentions of others are CITES, filled with the
    year the document prints."""
    rec = extract_document(normalize_text(LEAD_PAGE), "lead.txt")
    me = rec.document.identity
    assert (me.symbol, me.date, me.issuer) == ("2553/QĐ-TTg", "2025-11-21", "Thủ tướng Chính phủ")
    assert (rec.document.title or "").startswith("VỀ VIỆC ĐIỀU CHỈNH LÃI SUẤT CHO VAY")
    text = normalize_text(LEAD_PAGE)
    got = {(r.target.symbol, r.target.year, r.relation, r.evidence.section) for r in rec.references}
    assert got == {
        ("157/2007/QĐ-TTg", 2007, "CITES", "lead"),
        ("380/NQ-CP", 2025, "CITES", "lead"),
        ("380/NQ-CP", 2025, "BASED_ON", "preamble"),
        ("157/2007/QĐ-TTg", 2007, "IMPLEMENTS", "preamble"),
    }
    for r in rec.references:  # spans point into the whole page
        assert " ".join(text[r.evidence.start : r.evidence.end].split()) == r.mention


def test_an_article_heading_is_no_lead() -> None:
    text = normalize_text("# Toàn văn Quyết định 2553/QĐ-TTg ra sao?\n" + LEAD_PAGE.split("\n", 3)[3])
    assert extract_document(text, "article.txt").document.identity.symbol == "2553/QĐ-TTg"


def test_a_letters_opening_paragraph_after_kinh_gui_and_a_blank_line() -> None:
    """A scanned letter: its subject, "Kính gửi" and a blank line, then the opening paragraph."""
    text = normalize_text(
        "BỘ KHOA HỌC VÀ CÔNG NGHỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 1705/BKHCN-PC\n\nV/v thẩm định hồ sơ đề nghị xây dựng Hà Nội, ngày 22 tháng 5 năm 2024\n"
        "Luật KH&CN (sửa đổi)\n\nKính gửi: Bộ Tư pháp\n\nThực hiện chỉ đạo tại Thông báo số 48/TB-VPCP ngày "
        "07/02/2024 của Văn phòng Chính phủ, Bộ Khoa học và Công nghệ kính đề nghị Quý Bộ thẩm định hồ sơ, bao gồm:"
        "\n\n- Tờ trình đề nghị xây dựng Luật;\n\n- Báo cáo đánh giá tác động chính sách.\n"
    )
    (ref,) = extract_document(text, "letter.txt").references
    assert (ref.target.symbol, ref.relation, ref.evidence.section) == ("48/TB-VPCP", "IMPLEMENTS", "preamble")


LETTER = (
    "CỤC THUẾ TP HÀ NỘI\nSố: 76610/CT-TTHT\nV/v chính sách thuế\nHà Nội, ngày 19 tháng 11 năm 2018\n"
    "Kính gửi: Công ty TNHH A\n"
    "- Căn cứ Điều 3 Thông tư số 96/2015/TT-BTC ngày 22/6/2015 của Bộ Tài chính sửa đổi như sau:\n"
    "Sửa đổi, bổ sung Khoản 2 Điều 5 Thông tư số 78/2014/TT-BTC như sau:\n"
    "“2. Doanh thu để tính thu nhập chịu thuế …”\n"
    "Công văn này thay thế Công văn số 6288/CT-TTHT ngày 04/8/2018 của Cục Thuế.\n"
)


def test_a_letter_changes_no_act_of_another_type() -> None:
    """A tax letter quotes what a circular amended; it replaces only a letter of its own."""
    record = extract_document(normalize_text(LETTER), "letter.txt")
    assert record.document.identity.type_code == "CV"
    got = {(r.target.symbol, r.relation, r.evidence.rule) for r in record.references}
    assert ("78/2014/TT-BTC", "CITES", "quoted_change") in got
    assert not any(symbol == "78/2014/TT-BTC" and rel == "AMENDS" for symbol, rel, _ in got)
    assert ("6288/CT-TTHT", "REPLACES", "replaces_cue") in got


def test_an_article_about_documents_is_none_of_them() -> None:
    """A TVPL Q&A page ("# …") has no number or date of its own; its "Căn cứ" is the writer's."""
    text = normalize_text(
        "# Mẫu bản kiểm điểm đảng viên 2025? Tải về?\nTheo Báo cáo số 392-BC/BTCTW, ngày 23/5/2025 của Ban "
        "Tổ chức Trung ương.\nCăn cứ khoản 2 Điều 18 Nghị định 12/2022/NĐ-CP có quy định:\n“Thực hiện Kết "
        "luận số 01-KL/TW …”\nLiên đoàn Lao động tỉnh ban hành Kế hoạch 44-KH/LĐLĐ triển khai Kết luận số "
        "01-KL/TW.\n"
    )
    record = extract_document(text, "article.md", {"title": "Mẫu bản kiểm điểm đảng viên 2025"})
    me = record.document
    assert (me.identity.number, me.identity.date, me.identity.issuer) == (None, None, None)
    assert me.title == "Mẫu bản kiểm điểm đảng viên 2025"
    assert extract_document(text, "article.md").document.title is None
    assert {r.relation for r in record.references} == {"CITES"}
    assert ("12/2022/NĐ-CP", "article_cites") in {
        (r.target.symbol, r.evidence.rule) for r in record.references
    }
    assert [(s.source.symbol, s.relation, s.target.symbol) for s in record.statements] == [
        ("44-KH/LĐLĐ", "IMPLEMENTS", "01-KL/TW")
    ]


def test_a_document_attached_to_a_letter_keeps_its_basis_to_itself() -> None:
    """A letter carries the earlier letter it cites, header and all: that letter's Căn cứ is its own."""
    text = normalize_text(
        "TỔNG CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 966/TCHQ-TXNK Hà Nội, ngày 01 tháng 3 năm 2022\nV/v hoàn thuế\n\nKính gửi: Cục Hải quan tỉnh A.\n\n"
        "Tổng cục Hải quan đã có công văn số 3634/TCHQ-TXNK (đính kèm). Đề nghị đơn vị thực hiện.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
        "TỔNG CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 3634/TCHQ-TXNK Hà Nội, ngày 05 tháng 8 năm 2021\n\nCăn cứ Điều 59 Luật Hải quan số 54/2014/QH13;\n"
    )
    got = {
        r.target.symbol: (r.relation, r.evidence.rule)
        for r in extract_document(text, "letter.txt").references
    }
    assert got["54/2014/QH13"] == ("CITES", "attached_document")
