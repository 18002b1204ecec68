"""Organizations as real bodies, stated reporting lines, and the organizational tree."""

from __future__ import annotations

import time

import pytest

from vbkg.extraction import bodies as bd
from vbkg.extraction import extract_document
from vbkg.extraction.bodies import describe
from vbkg.extraction.codes import ISSUER_NAMES
from vbkg.extraction.header import issuer_of_block
from vbkg.extraction.orgs import Context, find_orgs
from vbkg.extraction.serialize import record_dict
from vbkg.graph import build_graph
from vbkg.loaders import normalize_text

# (printed name, canonical body or None when it names no body, kind, level, parent)
BODIES: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    ("UBND THÀNH PHỐ HÀ NỘI", "Ủy ban nhân dân thành phố Hà Nội", "state", "province", "Chính phủ"),
    ("Ủy ban nhân dân TP Hai Phòng", "Ủy ban nhân dân thành phố Hải Phòng", "state", "province", "Chính phủ"),
    ("Hội đồng nhân dân tỉnh nghệ an", "Hội đồng nhân dân tỉnh Nghệ An", "state", "province",
     "Ủy ban Thường vụ Quốc hội"),
    ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Bộ Khoa học và Công nghệ", "state", "central", "Chính phủ"),
    ("Cục Thuế tỉnh Bắc Ninh", "Cục Thuế tỉnh Bắc Ninh", "state", "province", "Cục Thuế"),
    ("Cục Thuế", "Cục Thuế", "state", "central", "Bộ Tài chính"),
    ("Quận ủy Long Biên", "Quận ủy Long Biên", "party", "district", "Thành ủy Hà Nội"),
    ("Thành ủy Hà Nội", "Thành ủy Hà Nội", "party", "province", "Ban Chấp hành Trung ương Đảng"),
    ("LĐLĐ quận Long Biên", "Liên đoàn Lao động quận Long Biên", "union", "district",
     "Liên đoàn Lao động thành phố Hà Nội"),
    ("Liên đoàn Lao động thành phố Hà Nội", "Liên đoàn Lao động thành phố Hà Nội", "union", "province",
     "Tổng Liên đoàn Lao động Việt Nam"),
    ("Tổng LĐLĐ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", "union", "central", None),
    ("Đảng ủy Bộ Tư pháp", "Đảng ủy Bộ Tư pháp", "party", "central", "Ban Chấp hành Trung ương Đảng"),
    ("Thủ tướng", "Thủ tướng Chính phủ", "office", "central", "Chính phủ"),
    ("Chủ tịch ubnd tỉnh bắc ninh", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh", "office", "province",
     "Ủy ban nhân dân tỉnh Bắc Ninh"),
    ("Ủy ban nhân dân quận 5", "Ủy ban nhân dân quận 5", "state", "district",
     "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    # fragments, sentences, job titles without their body, numbers that are no place
    ("Ủy ban nhân dân tỉnh Phùng Thành Vinh", None, None, None, None),
    ("UBND CẤP XÃ I", None, None, None, None),
    ("Đảng ủy Bộ Tư", None, None, None, None),
    ("Căn cứ Nghị định số 77/2008/NĐ-CP ngày 16 tháng 7 năm 2008 của Chính phủ về tư vấn pháp luật;", None, None,
     None, None),
    ("Hội đồng nhân dân tỉnh tiền giang khóa vii - kỳ họp thứ 6", None, None, None, None),
    ("Ủy ban nhân dân tỉnh 1", None, None, None, None),
    ("Thành ủy Thành", None, None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("printed", "name", "kind", "level", "parent"), BODIES, ids=[b[0][:40] for b in BODIES]
)
def test_describe(
    printed: str, name: str | None, kind: str | None, level: str | None, parent: str | None
) -> None:
    body = bd.describe(printed)
    if name is None:
        assert body is None
        return
    assert body is not None
    assert (body.name, body.kind, body.level, body.parent) == (name, kind, level, parent)


def test_provinces_across_the_2025_merger() -> None:
    body = bd.describe("Cục Thuế tỉnh Bình Dương")
    assert body is not None and (body.province, body.province_2025) == ("Bình Dương", "Hồ Chí Minh")
    hanoi = bd.describe("Ủy ban nhân dân thành phố Hà Nội")
    assert hanoi is not None and hanoi.province_2025 == "Hà Nội"


def test_one_vocabulary() -> None:
    """Issuer codes, header issuers and ORG names all come from bodies.CENTRAL."""
    assert ISSUER_NAMES["TLĐ"] == "Tổng Liên đoàn Lao động Việt Nam"
    assert "TW" not in ISSUER_NAMES  # the Central Committee, the Politburo and the Secretariat share it
    tld = describe(issuer_of_block("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM") or "")
    assert tld is not None and (tld.kind, tld.name) == ("union", "Tổng Liên đoàn Lao động Việt Nam")
    assert issuer_of_block("TỔNG CỤC THUẾ") == "Tổng cục Thuế"  # "cục thuế" inside it is no second body
    assert issuer_of_block("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH PHÚ YÊN") == "Cục Thuế tỉnh Phú Yên"


def _doc(header: str, body: str) -> dict[str, object]:
    text = normalize_text(f"{header}\n\nKẾ HOẠCH\n\nKế hoạch thử\n\nI. NỘI DUNG\n\n{body}\n")
    return record_dict(extract_document(text, "t.txt"))


def test_fragments_are_warnings_not_organizations() -> None:
    rec = _doc(
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 9/KH-UBND Nghệ An, ngày 18 tháng 11 năm 2025",
        "Giao Sở Tài chính thực hiện.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
        "Chủ tịch Ủy ban nhân dân tỉnh Phùng Thành Vinh ký.",
    )
    names = {o["name"] for o in rec["organizations"]}  # type: ignore[attr-defined]
    assert "Ủy ban nhân dân tỉnh Nghệ An" in names
    assert not any("Phùng" in n for n in names)
    warned = [w["message"] for w in rec["warnings"] if w["kind"] == "rejected_organization"]  # type: ignore[attr-defined]
    assert warned == ["'Ủy ban nhân dân tỉnh Phùng Thành Vinh' names no known body"]


def test_named_union_and_front_committee() -> None:
    # pjj-c5fa0867e37f: a letter of Tổng LĐLĐ names one company union, not the class of them
    rec = _doc(
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nSố: 5/TLĐ Hà Nội, ngày 2 tháng 8 năm 2019",
        "Tổng Liên đoàn Lao động Việt Nam nhận được Công văn số 01/2019 của Công đoàn cơ sở Công ty TNHH Nhựa "
        "và hóa chất TPC VINA.\n\nNơi nhận:\n- Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;\n- Lưu VT.",
    )
    names = {o["name"] for o in rec["organizations"]}  # type: ignore[attr-defined]
    assert not any(n.startswith("Công đoàn cơ sở") for n in names)
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in names
    # under a district federation, "Công đoàn cơ sở" (no name after it) is its grassroots unions
    rec = _doc(
        "LIÊN ĐOÀN LAO ĐỘNG QUẬN LONG BIÊN\nSố: 9/KH-LĐLĐ Long Biên, ngày 2 tháng 3 năm 2024",
        "Công đoàn cơ sở xây dựng kế hoạch cụ thể.",
    )
    names = {o["name"] for o in rec["organizations"]}  # type: ignore[attr-defined]
    assert "Công đoàn cơ sở thuộc Liên đoàn Lao động quận Long Biên" in names


def test_spellings_of_one_body_are_one_node_with_its_parents() -> None:
    a = _doc(
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSố: 1/KH-UBND Hồ Chí Minh, ngày 2 tháng 3 năm 2024",
        "Báo cáo Chính phủ.",
    )
    b = _doc(
        "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH\nSố: 2/KH-LĐLĐ Hồ Chí Minh, ngày 2 tháng 3 năm 2024",
        "Thực hiện chỉ đạo của UBND TP. Hồ Chí Minh.",
    )
    g = build_graph([a, {**b, "source": "u.txt"}])
    orgs = {n: a for n, a in g.nodes(data=True) if "Organization" in a["labels"]}
    ucity = [n for n, a in orgs.items() if a["name"] == "Ủy ban nhân dân thành phố Hồ Chí Minh"]
    assert len(ucity) == 1
    node = orgs[ucity[0]]
    assert (node["kind"], node["level"], node["province"], node["province_2025"]) == (
        "state", "province", "Hồ Chí Minh", "Hồ Chí Minh")  # fmt: skip
    assert g.has_edge(ucity[0], "org-chinh-phu", "SUB_ORGANIZATION_OF")
    # the issuer of the plan reports to a body above it when the task is bare
    assert g.has_edge(ucity[0], "org-chinh-phu", "REPORTS_TO")


# (issuer header, body sentence, expected reporting lines)
REPORTS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # a decree telling a fund to report: the Government does not report to the ministry
    ("CHÍNH PHỦ\nSố: 1/2024/NĐ-CP Hà Nội, ngày 2 tháng 3 năm 2024",
     "Quỹ có trách nhiệm định kỳ báo cáo Bộ Xây dựng kết quả hoạt động.", []),
    ("CHÍNH PHỦ\nSố: 1/2024/NĐ-CP Hà Nội, ngày 2 tháng 3 năm 2024",
     "- Các Bộ, ngành gửi Bộ Tài chính để tổng hợp, báo cáo Thủ tướng Chính phủ.",
     [("Bộ Tài chính", "Thủ tướng Chính phủ")]),
    ("CHÍNH PHỦ\nSố: 1/2024/NĐ-CP Hà Nội, ngày 2 tháng 3 năm 2024",
     "Giao Bộ Tài chính hoàn thiện báo cáo sơ kết để có cơ sở báo cáo Bộ Chính trị.", []),
    ("HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG\nSố: 5/NQ-HĐND Cao Bằng, ngày 2 tháng 3 năm 2024",
     "Hội đồng nhân dân tỉnh giao cho Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết, định kỳ báo "
     "cáo kết quả thực hiện với Hội đồng nhân dân tỉnh theo quy định.",
     [("Ủy ban nhân dân tỉnh Cao Bằng", "Hội đồng nhân dân tỉnh Cao Bằng")]),
    # a line never runs down the tree
    ("LIÊN ĐOÀN LAO ĐỘNG QUẬN LONG BIÊN\nSố: 9/KH-LĐLĐ Long Biên, ngày 2 tháng 3 năm 2024",
     "- Liên đoàn Lao động thành phố Hà Nội báo cáo Liên đoàn Lao động quận Long Biên.", []),
    # a bullet task continues the numbered item whose body acts (tnt305-75a0867a09525909)
    ("VĂN PHÒNG CHÍNH PHỦ\nSố: 637/KH-VPCP Hà Nội, ngày 24 tháng 11 năm 2025",
     "(1) Bộ Y tế chỉ đạo Ban Quản lý dự án, các đơn vị liên quan tập trung tối đa nguồn lực.\n- Chỉ đạo Ban "
     "Quản lý dự án thúc đẩy công tác mua sắm.\n- Chủ trì, phối hợp với Bộ Tài chính hoàn thiện hồ sơ trình; "
     "khẩn trương báo cáo Chính phủ đảm bảo chất lượng.",
     [("Bộ Y tế", "Chính phủ")]),
    # the time clause's subject comes after it
    ("TỔNG CỤC THUẾ\nSố: 12/TCT-CS Hà Nội, ngày 2 tháng 3 năm 2019",
     "Về vấn đề này, sau khi báo cáo Bộ Tài chính, Tổng cục Thuế có ý kiến như sau:", []),
]  # fmt: skip


@pytest.mark.parametrize(("header", "body", "expected"), REPORTS, ids=[r[1][:40] for r in REPORTS])
def test_stated_reporting_lines(header: str, body: str, expected: list[tuple[str, str]]) -> None:
    rec = _doc(header, body)
    assert [(x["from"], x["to"]) for x in rec["reports_to"]] == expected  # type: ignore[attr-defined]


def test_organization_finding_is_linear_in_a_run_of_spaces() -> None:
    """ "Ban Chấp hành" + 6,000 spaces + "Trung ương" took 14.7 s (ISSUER_ACT tried the run every way)."""
    text = "Ban Chấp hành" + " " * 6000 + "Trung ương"
    start = time.perf_counter()
    extract_document(text, "spaces.txt")
    list(find_orgs(text * 3, Context()))
    assert time.perf_counter() - start < 1.0


def test_steering_committees_share_their_code() -> None:
    """BCĐTW is printed by many central steering committees: no one body, identity needs the name."""
    from vbkg.extraction.bodies import central
    from vbkg.extraction.codes import ISSUER_NAMES, SHARED_ISSUER_CODES

    assert central("Ban Chỉ đạo Trung ương") is None
    assert "BCĐTW" in SHARED_ISSUER_CODES and "BCĐTW" not in ISSUER_NAMES
