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
    # Căn cứ
    (
        "Căn cứ Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019;\nCăn cứ Nghị định số 126/2020/NĐ-CP;",
        "",
        [("38/2019/QH14", "BASED_ON"), ("126/2020/NĐ-CP", "BASED_ON")],
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
