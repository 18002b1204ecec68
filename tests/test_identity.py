"""A document's own identity on the layouts real documents use (error classes S1-S5, E5).

Each row is the head (or tail) of a real corpus document outside the dev set, quoted as
printed (OCR noise kept), and what the identity must be. A field absent from a row's
expectation is not checked; a None is checked: a wrong value is worse than none.
"""

from __future__ import annotations

from typing import Any

import pytest

from vbkg.extraction import extract_document
from vbkg.loaders import normalize_text

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
BODY = "\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\nĐiều 1. Nội dung.\n"

Row = tuple[str, str, dict[str, Any]]
ROWS: list[Row] = [
    (
        "S1 two-column header flattened into one line (dvhcvn-1656_NQ-UBTVQH15)",
        "ỦY BAN THƯỜNG VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM QUỐC HỘI Độc lập - Tự do - Hạnh phúc -------- "
        "---------------\nSố: 1656/NQ-UBTVQH15 Hà Nội, ngày 16 tháng 6 năm 2025\nNGHỊ QUYẾT\n"
        "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH NGHỆ AN NĂM 2025\n" + BODY,
        {"type_code": "NQ", "number": "1656", "issuer_code": "UBTVQH15", "date": "2025-06-16",
         "issuer": "Ủy ban Thường vụ Quốc hội"},
    ),
    (
        "S4 two-level header: the lower line signs (tnt305-1894fbabcd1b75f6)",
        "BỘ TÀI CHÍNH CỤC HẢI QUAN\n-------- " + MOTTO + "Số: 39992/CHQ-GSQL V/v hàng hóa gửi kho ngoại quan "
        "Hà Nội, ngày 03 tháng 12 năm 2025 Kính gửi: Công ty TNHH Almar Marketing CLV.\nCục Hải quan có ý kiến "
        "như sau:\n",
        {"type_code": "CV", "number": "39992", "issuer_code": "CHQ-GSQL", "date": "2025-12-03",
         "issuer": "Cục Hải quan"},
    ),
    (
        "S4 a department keeps the place of its people's committee (tnt305-3870cd0c35318a44)",
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH SỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------- " + MOTTO
        + "Số: 5155/SGDĐT-GDTXNNĐH V/v đánh giá Hà Nội, ngày 28 tháng 11 năm 2025 Kính gửi: Các trường.\n",
        {"type_code": "CV", "issuer": "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh"},
    ),
    (
        "S4 a person-office header keeps the office (tnt305-55d7a47de4f0ccee)",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\n-------- " + MOTTO + "Số:\n144/2025/QĐ-CTUBND\nĐồng Tháp, ngày "
        "02 tháng 12 năm 2025\nQUYẾT ĐỊNH BAN HÀNH QUY CHẾ VỀ QUẢN LÝ, SỬ DỤNG CHỮ KÝ SỐ\n" + BODY,
        {"type_code": "QĐ", "number": "144", "year": 2025, "date": "2025-12-02",
         "issuer": "Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp"},
    ),
    (
        "S4 'TP.' is thành phố, the department keeps it (error classes S4)",
        "ỦY BAN NHÂN DÂN TP.HCM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------- " + MOTTO + "Số: 5095/SGDĐT-CTTTHSSV V/v tăng cường "
        "các biện pháp Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2025\nKính gửi: Các trường.\n",
        {"issuer": "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh", "date": "2025-11-20"},
    ),
    (
        "a central unit takes the canonical name its code names (tnt305-b3f47f1508761da8)",
        "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG ĐẢNG CỘNG SẢN VIỆT NAM\n---------------\nSố 432-TB/VPTW Hà Nội, ngày 26 "
        "tháng 11 năm 2025 THÔNG BÁO KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ\n",
        {"type_code": "TB", "issuer_code": "VPTW", "issuer": "Văn phòng Trung ương Đảng"},
    ),
    (
        "S4 the place of the lower line is kept (pjj-698291f9d0c9)",
        "TỔNG CỤC THUẾ\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tCỤC THUẾ TỈNH PHÚ YÊN\tĐộc lập - Tự do - Hạnh phúc.\n"
        "\n\tSố: 2359 /CT-TTHT\t                       Phú Yên, ngày 14 tháng 12 năm 2011\n"
        "\tV/v hướng dẫn chính sách thuế  \n\n                           Kính gửi: Công ty CP xây dựng Phú Yên.\n",
        {"type_code": "CV", "number": "2359", "issuer_code": "CT-TTHT", "date": "2011-12-14",
         "issuer": "Cục Thuế tỉnh Phú Yên"},
    ),
    (
        "S5 stray glyph in the number, impossible day: no number, no date, the year stays (pjj-fee24332827f)",
        "TỔNG CỤC THUẾ\n\nSố:454É /TCT -CS Hà Nội, ngay 48 tháng 6 năm 2018\nViv tý giá tính thuế nhà thấu.\n\n"
        "Kính gửi: Cục Thuế thành pho Ha Nội.\n",
        {"number": None, "symbol": None, "issuer_code": "TCT-CS", "date": None, "year": 2018,
         "issuer": "Tổng cục Thuế"},
    ),
    (
        "S5 slash lost (pjj-7207f880ef85)",
        "BỘ TÀI CHÍNH CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM\nTỎNG CỤC THUÊ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 4451 CT-KK Hà Nội, ngày AG tháng 4 năm 2016.\nV/v hướng dẫn kê khai và điều Cue THU NG na\n",
        {"type_code": "CV", "number": "4451", "issuer_code": "CT-KK", "date": None, "year": 2016},
    ),
    (
        "S5 digits split by OCR: no number is invented (pjj-32550055d258)",
        "BỘ TÀI CHÍNH CỌNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTONG CỤC HAI QUAN Độc lập - Ty do — Hạnh phúc\n\n"
        "só: 73 3/TCHQ-GSQL Hà Nội, ngày ¥2 tháng 8 năm 2015\nV/v thủ tục hải quan, giám sát hải quan\n",
        {"number": None, "issuer_code": "TCHQ-GSQL", "year": 2015, "issuer": "Tổng cục Hải quan"},
    ),
    (
        "E5 a lower-case header number is the document's own (pjj-0064b3ad6415)",
        "TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TP HÀ NỘI Độc lập - Tự do - Hạnh phúc\n"
        "số: 9344 /CT-TTHT Hà Nội, ngày tháng nam 2018\nV/v chính sách thuế TNCN đối với\n",
        {"type_code": "CV", "number": "9344", "issuer_code": "CT-TTHT", "issuer": "Cục Thuế thành phố Hà Nội"},
    ),
    (
        "S3 a header date with a glued month (tnt305-db39a42d7d789171)",
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n-------- " + MOTTO + "Số:\n79/2025/QĐ-UBND\nHà Tĩnh, ngày 24 tháng11 năm 2025\n"
        "QUYẾT ĐỊNH BÃI BỎ QUYẾT ĐỊNH SỐ 09/2022/QĐ-UBND NGÀY 25/3/2022\n" + BODY,
        {"number": "79", "date": "2025-11-24", "issuer": "Ủy ban nhân dân tỉnh Hà Tĩnh"},
    ),
    (
        "S2/S3 no header: type from the title, issuer from the next line, date from the adoption line "
        "(nqb-00194903)",
        "Nghị quyết về việc thông qua bảng giá đất năm 2010\nHội đồng nhân dân tỉnh phú thọ\n"
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;\nCăn cứ Luật Đất đai số 13/2003/QH11;\n"
        "QUYẾT NGHỊ:\nĐiều 1. Thông qua bảng giá đất.\n"
        "Nghị quyết này được Hội đồng nhân dân tỉnh khoá XVI, kỳ họp thứ mười tám thông qua ngày 11 tháng 12 "
        "năm 2009.\n",
        {"type_code": "NQ", "number": None, "issuer_code": None, "date": "2009-12-11",
         "issuer": "Hội đồng nhân dân tỉnh Phú Thọ"},
    ),
    (
        "S2 no header: the enacting formula names the issuer; a cited law's number is not the own one "
        "(nqb-00191770)",
        "Thông tư hướng dẫn thực hiện nghĩa vụ thuế đối với nhà đầu tư Việt Nam đầu tư ra nước ngoài\n"
        "Căn cứ Luật Quản lý thuế số 78/2006/QH11 ngày 29 tháng 11 năm 2006;\n"
        "Bộ Tài chính hướng dẫn việc thực hiện nghĩa vụ thuế đối với nhà đầu tư Việt Nam như sau:\n",
        {"type_code": "TT", "number": None, "symbol": None, "date": None, "issuer": "Bộ Tài chính"},
    ),
    (
        "a number in the title names another document (pjj-831d105b2ecc)",
        "THÔNG TƯ[1]\nHƯỚNG DẪN THỰC HIỆN LUẬT THUẾ THU NHẬP CÁ NHÂN VÀ NGHỊ ĐỊNH SỐ 65/2013/NĐ-CP CỦA CHÍNH PHỦ "
        "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT THUẾ THU NHẬP CÁ NHÂN\nCăn cứ Luật Quản lý thuế;\n",
        {"type_code": "TT", "number": None, "issuer_code": None, "issuer": None},
    ),
    (
        "a flattened heading after the date gives the type and the title (tnt305-05729ab54fc07c39)",
        "VĂN PHÒNG CHÍNH PHỦ\n------- " + MOTTO + "Số: 631/TB-VPCP Hà Nội, ngày 19 tháng 11 năm 2025 THÔNG BÁO KẾT LUẬN "
        "CỦA PHÓ THỦ TƯỚNG THƯỜNG TRỰC CHÍNH PHỦ NGUYỄN HÒA BÌNH TẠI CUỘC HỌP\nNgày 14 tháng 11 năm 2025, tại trụ "
        "sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp.\n",
        {"type_code": "TB", "number": "631", "date": "2025-11-19", "issuer": "Văn phòng Chính phủ"},
    ),
    (
        "a letter without header: type CV, the writer from its opening (tnt305-5cbddd8946f41ee1)",
        "Kính gửi: Thuế tỉnh Tây Ninh.\nCục Thuế nhận được công văn số 2094/TNI-CNTK ngày 14/10/2025 của Thuế "
        "tỉnh Tây Ninh về hướng dẫn cách xây dựng Bảng giá tính lệ phí trước bạ.\n",
        {"type_code": "CV", "number": None, "date": None, "issuer": "Cục Thuế"},
    ),
    (
        "the own symbol's type part: n/TB-CHQ is a notice (tnt305-6f4ccdb7459d17a5)",
        "BỘ TÀI CHÍNH CỤC HẢI QUAN\n------- " + MOTTO + "Số: 39305/TB-CHQ Hà Nội, ngày 01 tháng 12 năm 2025 "
        "THÔNG BÁO VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\n",
        {"type_code": "TB", "issuer_code": "CHQ", "issuer": "Cục Hải quan"},
    ),
    (
        "a central Party text is issued by the body that signs for it (tnt305-53b3997d70905b16)",
        "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\n---------------\nSố 212-KL/TW Hà Nội, ngày 18 tháng 11 năm "
        "2025\nKẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ ĐỊNH HƯỚNG XÂY DỰNG TIÊU CHUẨN\nBộ Chính trị, Ban Bí thư "
        "kết luận như sau:\n1. Nội dung.\nNơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n"
        "T/M BỘ CHÍNH TRỊ\nTrần Cẩm Tú",
        {"type_code": "KL", "number": "212", "issuer_code": "TW", "issuer": "Bộ Chính trị",
         "signer": ("Trần Cẩm Tú", None)},
    ),
    (
        "no header, a bare 'Ủy ban nhân dân tỉnh' under a title that names the province (nqb)",
        "Quyết định về việc ban hành quy định sử dụng chung cơ sở hạ tầng viễn thông trên địa bàn tỉnh thừa "
        "thiên huế\nỦy ban nhân dân tỉnh\nCăn cứ Luật Xây dựng ngày 26 tháng 11 năm 2003;\nQuyết định:\nĐiều 1.",
        {"type_code": "QĐ", "issuer": "Ủy ban nhân dân tỉnh Thừa Thiên Huế"},
    ),
    (
        "the same under a title naming a city of the province",
        "Quyết định về việc sửa đổi quy định bồi thường trên địa bàn thành phố pleiku\nỦy ban nhân dân tỉnh\n"
        "Căn cứ Luật Đất đai năm 2003;\nQuyết định:\nĐiều 1.",
        {"issuer": "Ủy ban nhân dân tỉnh Gia Lai"},
    ),
    (
        "a letter OCR read in lower case inside a header word; a case-less mark after the issuer",
        "TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM\nCUC THUE TP. HO CHi MINH Độc lập - Tự do - Hạnh phúc\n"
        "Số: 10047/CT-TTHT Thành phố Hồ Chí Minh, ngày 04 tháng 9 năm 2019\nV/v chính sách thuế\n",
        {"issuer": "Cục Thuế thành phố Hồ Chí Minh"},
    ),
    (
        "a motto and no issuer: the writer opening the letter's first paragraph",
        "CONG HOA XA HOI CHU NGHIA VIET NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBộ Tài chính nhận được kiến nghị của "
        "một số doanh nghiệp về hóa đơn điện tử.\nBộ Tài chính có ý kiến như sau:\n1. Về chữ ký.\n",
        {"type_code": "CV", "issuer": "Bộ Tài chính"},
    ),
    (
        "the social insurance agency, its provincial office under it",
        "BẢO HIỂM XÃ HỘI VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBẢO HIẾM XÃ HỘI TP HÀ NỘI Độc lập - Tự do - "
        "Hạnh phúc\nSố: 3444 /BHXH-PT-CST Hà Nội, ngày 30 tháng 12 năm 2014\nV/v thu bảo hiểm\n",
        {"issuer": "Bảo hiểm xã hội thành phố Hà Nội", "issuer_code": "BHXH-PT-CST"},
    ),
    (
        "a case-less OCR mark after the lower unit",
        "BO TÀI CHÍNH CỌNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTONG CỤC HẢI QUAN  ˆ Độc lập - Tự do - Hạnh phúc\n"
        "Số 5826 /TCHQ-TXNK Hà Nội ngày 18 tháng 10 năm 2018\nV/v xử lý thuế\n",
        {"issuer": "Tổng cục Hải quan"},
    ),
    (
        "a title that names no province: the one province the text names",
        "Quyết định về việc ban hành giá các loại đất trên địa bàn tỉnh\nỦy ban nhân dân tỉnh\n"
        "Căn cứ Luật Đất đai năm 2003;\nQuyết định:\nĐiều 1. Ban hành giá đất trên địa bàn tỉnh Đắk Lắk.",
        {"issuer": "Ủy ban nhân dân tỉnh Đắk Lắk"},
    ),
    (
        "a text that names no province, or two, leaves it bare",
        "Quyết định về việc ban hành giá các loại đất trên địa bàn tỉnh\nỦy ban nhân dân tỉnh\n"
        "Căn cứ Luật Đất đai năm 2003;\nQuyết định:\nĐiều 1. Giá đất giáp ranh tỉnh Đắk Lắk và tỉnh Gia Lai.",
        {"issuer": "Ủy ban nhân dân tỉnh"},
    ),
    (
        "the motto OCR'd without its first tone mark still closes the issuer's line (pjj-627373cfd2ff)",
        "TONG CỤC THUÊ CONG HÒA XÃ HỘI CHỦ NGHĨA VIET NAM\nCỤC THUÊ TỈNH BÌNH DƯƠNG Doc lập - Tự do - Hạnh phúc\n"
        "Số: 1440 /CT-TT&HT Bình Dương, ngày 21 tháng 9 năm 2018\n\nV/v thuế nhà thầu nước ngoài.\n",
        {"issuer": "Cục Thuế tỉnh Bình Dương"},
    ),
    (
        "a draft's blank number keeps its year and issuer code (pjj-a483c837f86f)",
        "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: /2025/NĐ-CP Hà Nội, ngày tháng năm 2025\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều\n"
        "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
        {"type_code": "NĐ", "number": None, "issuer_code": "CP", "year": 2025, "symbol": None},
    ),
    (
        "an invitation (giấy mời) is its own type, and has no title (pjj-6b08a493e053)",
        "BỘ TƯ PHÁP CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 950/GM-BTP Hà Nội, ngày 10 tháng 10 năm 2025\n\nGIẤY MỜI\n\nKính gửi:\n\n"
        "Thực hiện quy định của Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15, Bộ Tư pháp tổ chức họp.",
        {"type_code": "GM", "issuer_code": "BTP", "symbol": "950/GM-BTP", "title": "GIẤY MỜI"},
    ),
    (
        "a title in sentence case on the first line, no header (nqb-00270253)",
        "Quyết định về việc điều chỉnh, sửa đổi một số điểm tại quyết định số 77/2006/qđ.ubnd ngày 17/8/2006\n"
        "Ủy ban nhân dân tỉnh nghệ an\nCăn cứ Luật tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;",
        {"type_code": "QĐ", "title": "Quyết định về việc điều chỉnh, sửa đổi một số điểm tại quyết định số 77/2006/qđ.ubnd ngày 17/8/2006"},
    ),
]  # fmt: skip

SIGNER_ROWS: list[tuple[str, str, tuple[str, str] | None]] = [
    (
        "'KT. CHỦ TỊCH PHÓ CHỦ TỊCH' on one line, an appendix after the signature (tnt305-b3255cff86e07ff4)",
        "Nơi nhận:\n- Như Điều 4;\n- Lưu: VT, TTTT-CB, TTPVHCC.\nTĐ_QĐCB/2025\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH\n"
        "Nguyễn Anh Chức\nPHỤ LỤC QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n"
        + "Bước 1. Tiếp nhận hồ sơ.\n"
        * 300,
        ("Nguyễn Anh Chức", "Phó Chủ tịch"),
    ),
    (
        "the name shares its line with a note (tnt305-e7eff1a535c155c1)",
        "Nơi nhận:\n- Lưu: VT, NVTHQ-PL-Hoàng (3b).\nTL.\nCỤC TRƯỞNG\nKT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ PHÓ TRƯỞNG "
        "BAN\nĐào Thu Hương Ghi chú:\nKết quả xác định trước mã số trên chỉ có giá trị sử dụng.",
        ("Đào Thu Hương", "Phó trưởng ban"),
    ),
    (
        "an English translation follows the name (tnt305-39db3d8c3cc4571d)",
        "Nơi nhận:\n- Lưu: VT, CST\nKT. BỘ TRƯỞNG THỨ TRƯỞNG\nCao Anh Tuấn Circular No. 110/2025/TT-BTC dated",
        ("Cao Anh Tuấn", "Thứ trưởng"),
    ),
    ("a recipient list is no signature", "Nơi nhận:\n- Như trên;\n- Lưu: VT.", None),
]


def _identity(text: str) -> dict[str, Any]:
    record = extract_document(normalize_text(text), "test.txt")
    me = record.document
    signer = (me.signer.name, me.signer.position) if me.signer else None
    return {**vars(me.identity), "signer": signer, "title": me.title, "references": record.references}


@pytest.mark.parametrize(("why", "text", "expected"), ROWS, ids=[r[0][:60] for r in ROWS])
def test_own_identity(why: str, text: str, expected: dict[str, Any]) -> None:
    got = _identity(text)
    assert {k: got[k] for k in expected} == expected, why


def test_an_appendix_heading_after_its_title_is_the_document_itself() -> None:
    """No header: the letter's number only in its appendix headings, after their titles in capitals."""
    text = normalize_text(
        "Kính gửi: Thuế các tỉnh, thành phố.\nCục Thuế hướng dẫn như sau.\nNơi nhận:\n- Như trên.\n"
        "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nNguyễn Thị Thu Phụ lục 1 CÁC TÌNH HUỐNG THƯỜNG GẶP (Kèm theo Công văn số "
        "5435/CT-NVT ngày 21/11/2025 của Cục Thuế)\n1. Câu hỏi: …\nTheo Công văn số 4000/CT-NVT ngày 01/10/2025.\n"
    )
    got = [r.target.symbol for r in extract_document(text, "letter.txt").references]
    assert got == ["4000/CT-NVT"]


def test_own_number_is_never_a_reference() -> None:
    """The own number of an OCR header is no citation (E5): "só: 73 3/TCHQ-GSQL" is not CV 3."""
    for _, text, _ in ROWS:
        got = _identity(text)
        numbers = {(r.target.number, r.target.issuer_code) for r in got["references"]}
        own = (got["number"], got["issuer_code"])
        assert own not in numbers and ("3", "TCHQ-GSQL") not in numbers


@pytest.mark.parametrize(("why", "tail", "expected"), SIGNER_ROWS, ids=[r[0][:60] for r in SIGNER_ROWS])
def test_signer(why: str, tail: str, expected: tuple[str, str] | None) -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n"
        + MOTTO
        + "Số: 12/QĐ-UBND Ninh Bình, ngày 01 tháng 12 năm 2025\n"
        + tail
    )
    assert _identity(text)["signer"] == expected, why
