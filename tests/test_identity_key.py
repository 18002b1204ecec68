"""The one rule set for document identity: folded codes, types, scope, year bound, ids."""

from __future__ import annotations

import pytest

from vbkg.extraction.identity_key import (
    UNTYPED,
    DocKey,
    document_id,
    fits,
    fold_code,
    key_of,
    needs_issuer,
    symbol_has_type,
    type_key,
)


@pytest.mark.parametrize(
    ("printed", "folded"),
    [
        ("LĐLĐ", "LDLD"),
        ("LDLĐ", "LDLD"),  # DOMAIN.md §5 noise
        ("QHI3", "QH13"),  # "71/2014/QHI3" in an OCR'd tax letter
        ("QHII", "QH11"),
        ("UBTVQHI5", "UBTVQH15"),
        ("NQ-СР", "NQCP"),  # Cyrillic С and Р ("66/NQ-СР")
        ("BLĐTB-XH", "BLDTBXH"),  # printed with and without the hyphen
        ("TT - BTC", "TTBTC"),
        ("TTg", "TTG"),
        (None, ""),
    ],
)
def test_codes_fold_to_one_spelling(printed: str | None, folded: str) -> None:
    assert fold_code(printed) == folded


@pytest.mark.parametrize(
    ("symbol", "type_code", "typed"),
    [
        ("01-KL/TW", "KL", True),
        ("46/KH-LĐLĐ", "KH", True),
        ("91/2017/NĐ-CP", "NĐ", True),
        ("217-QĐ/TW", "QĐi", True),  # a Party Quy định prints QĐ
        ("38/2019/QH14", "L", False),  # "Luật số 38/2019/QH14": no type in the symbol
        ("1234/CT-TTHT", "CV", False),  # a tax department's letter
        ("123/2020/NĐ", "NĐ", False),  # NĐ alone is what stands where the issuer should
        (None, "CT", True),  # "Chỉ thị 05 của Bộ Chính trị": the words are all we know
    ],
)
def test_a_symbol_carries_its_type_only_before_an_issuer(
    symbol: str | None, type_code: str, typed: bool
) -> None:
    assert symbol_has_type(symbol, type_code) is typed


def test_type_words_do_not_split_a_symbol_printed_without_a_type() -> None:
    law = key_of(
        {"type_code": "L", "number": "222", "issuer_code": "QH15", "symbol": "222/2025/QH15", "year": 2025}
    )
    resolution = key_of({"type_code": "NQ", "number": "222", "issuer_code": "QHI5", "symbol": "222/2025/QHI5",
                         "year": 2025})  # fmt: skip
    assert law == resolution and law.base.type == UNTYPED
    assert type_key("QyĐ") == type_key("QĐi") == type_key("QĐ") and type_key("TTLT") == type_key("TT")


@pytest.mark.parametrize(
    ("code", "shared"),
    [("LĐLĐ", True), ("LDLĐ", True), ("TU", True), ("UBND", True), ("CT-TTHT", True), ("TW", False),
     ("TTg", False), ("QH15", False), ("QHI5", False), ("UBTVQH15", False), ("BTC", False), (None, True)],
)  # fmt: skip
def test_the_issuing_body_is_part_of_the_key_where_the_code_is_shared(code: str | None, shared: bool) -> None:
    assert needs_issuer(code) is shared


def test_ids_come_from_the_key_alone() -> None:
    assert document_id("KL", "01", "TW", 2021, "Bộ Chính trị") == "kl-1-tw-2021"
    assert document_id("KH", "46", "LĐLĐ", 2023, "Liên đoàn Lao động quận Long Biên") == (
        "kh-46-ldld-2023-ldld-quan-long-bien"
    )
    # every spelling of one symbol names one id
    assert document_id("L", "71", "QHI3", 2014, None, symbol="71/2014/QHI3") == document_id(
        "NQ", "071", "QH13", 2014, "Quốc hội", symbol="71/2014/QH13"
    )


def test_a_mention_without_a_year_fits_only_documents_not_newer_than_its_citer() -> None:
    stub = key_of({"type_code": "KH", "number": "27", "issuer_code": "TLĐ", "symbol": "27/KH-TLĐ"})
    dated = DocKey(stub.base, 2023, "")
    assert fits(stub, dated) and fits(stub, dated, year_bound=2024)
    assert not fits(stub, dated, year_bound=2021)


def test_a_term_printed_in_the_code_bounds_the_year() -> None:
    stub = key_of({"type_code": "L", "number": "38", "issuer_code": "QH14", "symbol": "38/QH14"})
    assert fits(stub, DocKey(stub.base, 2019, "")) and not fits(stub, DocKey(stub.base, 2012, ""))
