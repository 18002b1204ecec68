"""Merging records into one graph (pure): identity resolution against seeds_gold.json."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from vbkg.extraction import DocumentRecord, extract_document, record_dict
from vbkg.graph import build_graph
from vbkg.loaders import normalize_text
from vbkg.stores.rows import to_rows

from .conftest import GOLD, need
from .records import ident, letter, record


def fold(s: object) -> str:
    s = str(s or "").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").upper()


def key(d: dict[str, Any]) -> tuple[str, str, str, object]:
    t = {"QDI": "QD", "QYD": "QD"}.get(fold(d.get("type_code")), fold(d.get("type_code")))
    return (t, str(d["number"]).lstrip("0"), fold(d.get("issuer_code")), d.get("year"))


@pytest.fixture(scope="module")
def seed_graph(seed_records: dict[str, DocumentRecord]) -> Any:
    return build_graph([record_dict(r) for r in seed_records.values()])


def test_seed_documents_are_exactly_the_gold_ones(seed_graph: Any) -> None:
    gold = json.loads(need(GOLD, "seeds_gold.json").read_text(encoding="utf-8"))
    expected = set()
    for doc in gold["documents"]:
        if doc["self"].get("number"):
            expected.add(key({**doc["self"]}))
        for ref in doc["references"]:
            if ref.get("year") is None:  # 05-CT/TW in 001/002: the graph gives it 2016 (seed 004)
                continue
            expected.add(key(ref))
    docs = [a for _, a in seed_graph.nodes(data=True) if "Document" in a["labels"]]
    got = {key(a) for a in docs if a.get("number")}
    assert len(docs) == gold["documents_total"] == 27
    assert len(got) == gold["numbered_documents"] == 25
    missing = {k for k in expected if k not in got and k[:3] != ("CT", "34", "TW")}
    assert not missing
    assert ("CT", "34", "TW", None) in got  # cited without a date anywhere


def test_one_node_per_document(seed_graph: Any) -> None:
    nodes = dict(seed_graph.nodes(data=True))
    kl01 = nodes["kl-1-tw-2021"]
    assert kl01["date_conflict"] and kl01["dates_seen"] == ["2021-05-18", "2022-05-18"]
    assert kl01["date"] == "2021-05-18" and not kl01["loaded"]
    assert nodes["ct-5-tw-2016"]["year"] == 2016 and "ct-5-tw" not in nodes
    assert nodes["nq-2-tw-2021"]["mentions"] >= 4
    assert nodes["kh-46-ldld-2023-ldld-quan-long-bien"]["issuer"] == "Liên đoàn Lao động quận Long Biên"
    assert nodes["kh-47-ldld-2024-ldld-tinh-lai-chau"]["issuer"] == "Liên đoàn Lao động tỉnh Lai Châu"


def test_statements_about_unloaded_documents_are_edges(seed_graph: Any) -> None:
    edge = seed_graph.edges["kh-44-tu-2021-tinh-uy-lai-chau", "kl-1-tw-2021", "IMPLEMENTS"]
    assert [Path(s).name for s in edge["stated_in"]] == ["001_37282833023c045f.txt"]
    assert all(e["kind"] == "statement" for e in edge["evidence"])
    # a fact stated in several documents keeps every piece of evidence
    both = seed_graph.edges["kl-1-tw-2021", "ct-5-tw-2016", "IMPLEMENTS"]
    assert both["count"] >= 2 and both["evidence"][0]["sentence"]


def test_organizations_and_reporting(seed_graph: Any) -> None:
    assert seed_graph.has_edge("org-ldld-quan-long-bien", "org-quan-uy-long-bien", "REPORTS_TO")
    assert seed_graph.has_edge("kl-1-tw-2021", "org-bo-chinh-tri", "ISSUED_BY")
    signer = seed_graph.edges["kh-47-ldld-2024-ldld-tinh-lai-chau", "person-hoang-van-trinh", "SIGNED_BY"]
    assert signer["position"] == "Phó Chủ tịch"


def _record(issuer_line: str, body: str, source: str, place: str = "Long Biên") -> dict[str, Any]:
    text = normalize_text(f"Số: 9/KH-LĐLĐ\n\n{place}, ngày 02 tháng 3 năm 2024\n\nKẾ HOẠCH\n\nKế hoạch thử\n\n"
                          f"{issuer_line}\n\nI. NỘI DUNG\n\n{body}\n")  # fmt: skip
    return record_dict(extract_document(text, source))


def test_same_symbol_different_issuers_stay_apart() -> None:
    a = _record(
        "Ban Thường vụ LĐLĐ quận Long Biên ban hành kế hoạch.",
        "Căn cứ Kế hoạch số 46/KH-LĐLĐ ngày 1/2/2024.",
        "a",
    )
    b = _record(
        "Ban Thường vụ LĐLĐ tỉnh ban hành kế hoạch.",
        "Căn cứ Kế hoạch số 46/KH-LĐLĐ ngày 1/2/2024.",
        "b",
        "Lai Châu",
    )
    g = build_graph([a, b])
    ids = sorted(n for n in g if str(n).startswith("kh-46"))
    assert ids == ["kh-46-ldld-2024-ldld-quan-long-bien", "kh-46-ldld-2024-ldld-tinh-lai-chau"]


def test_a_mention_without_year_joins_only_when_unambiguous() -> None:
    with_2016 = _record("", "Căn cứ Kết luận số 01-KL/TW ngày 01/4/2016 của Bộ Chính trị.", "a")
    with_2021 = _record("", "Căn cứ Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.", "b")
    no_year = _record("", "Căn cứ Kết luận số 01-KL/TW của Bộ Chính trị.", "c")
    one = build_graph([with_2021, no_year])
    assert sorted(n for n in one if str(n).startswith("kl-")) == ["kl-1-tw-2021"]
    two = build_graph([with_2016, with_2021, no_year])
    assert sorted(n for n in two if str(n).startswith("kl-")) == ["kl-1-tw", "kl-1-tw-2016", "kl-1-tw-2021"]


def test_order_does_not_matter(seed_records: dict[str, DocumentRecord]) -> None:
    records = [record_dict(r) for r in seed_records.values()]
    assert to_rows(build_graph(records)) == to_rows(build_graph(list(reversed(records))))


def test_loaded_text_turns_a_stub_into_a_full_node() -> None:
    citing = _record(
        "", "Căn cứ Kế hoạch số 5/KH-TLĐ ngày 02/01/2024 của Tổng Liên đoàn Lao động Việt Nam.", "a"
    )
    own = record_dict(extract_document(normalize_text(
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nSố: 5/KH-TLĐ\nHà Nội, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH\nVề công tác\n"), "tld.txt"))  # fmt: skip
    stub = dict(build_graph([citing]).nodes(data=True))["kh-5-tld-2024"]
    full = dict(build_graph([citing, own]).nodes(data=True))["kh-5-tld-2024"]
    assert (stub["loaded"], full["loaded"]) == (False, True) and full["sources"] == ["tld.txt"]


# --- identity across records (vbkg.extraction.identity_key, vbkg.graph.clusters) -------------
# Records are written as the JSON contract directly (tests/records.py), so these tests hold
# whatever extraction reads.


def _doc_ids(g: Any) -> set[str]:
    return {str(n) for n, a in g.nodes(data=True) if "Document" in a["labels"]}


def test_a_symbol_without_a_type_part_is_one_document_whatever_word_precedes_it() -> None:
    g = build_graph([
        letter("a", "1", 2025, ident("L", "222", "QH15", "222/2025/QH15", 2025, issuer="Quốc hội")),
        letter("b", "2", 2025, ident("NQ", "222", "QH15", "222/2025/QH15", 2025, issuer="Quốc hội")),
        letter("c", "3", 2025, ident("NĐ", "222", "QHI5", "222/2025/QHI5", 2025)),  # OCR: I for 1
        # "Thông tư số 80/2021/BTC": the words name the type the symbol lost
        letter("d", "4", 2022, ident("TT", "80", "BTC", "80/2021/BTC", 2021)),
        letter("e", "5", 2022, ident("TT", "80", "BTC", "80/2021/TT-BTC", 2021, issuer="Bộ Tài chính")),
    ])  # fmt: skip
    docs = _doc_ids(g)
    assert [n for n in docs if "222" in n] == ["doc-222-qh15-2025"]
    assert [n for n in docs if "-80-" in n] == ["tt-80-btc-2021"]
    assert g.nodes["doc-222-qh15-2025"]["mentions"] == 3


def test_texts_without_a_number_are_one_document_only_when_they_read_the_same() -> None:
    undated = ident("CV", None, None, None, issuer="Cục Thuế")
    one = record(
        "one.txt", undated, ident("TT", "78", "BTC", "78/2014/TT-BTC", 2014), title="V/v chính sách thuế"
    )
    other = record(
        "other.txt", undated, ident("TT", "96", "BTC", "96/2015/TT-BTC", 2015), title="V/v chính sách thuế"
    )
    copy = {**one, "source": "copy.jsonl#one", "content_hash": "ffff"}
    g = build_graph([one, other, copy])
    texts = sorted(n for n in _doc_ids(g) if n.startswith("cv-cuc-thue-undated-v-v-chinh-sach-thue"))
    assert len(texts) == 2
    assert sorted(len(g.nodes[n]["sources"]) for n in texts) == [1, 2]


def test_ids_never_depend_on_what_else_is_loaded() -> None:
    undated = ident("CV", None, None, None, issuer="Cục Thuế")
    one = record("one.txt", undated, ident("TT", "78", "BTC", "78/2014/TT-BTC", 2014), title="V/v thuế")
    other = record("other.txt", undated, ident("TT", "96", "BTC", "96/2015/TT-BTC", 2015), title="V/v thuế")
    mine = letter("l", "9", 2020, ident("CV", "1", "DK-TCT", "01/ĐK-TCT"))
    alone = _doc_ids(build_graph([one, mine]))
    together = _doc_ids(build_graph([one, other, mine, letter("m", "9", 2021)]))
    assert alone <= together


def test_a_mention_without_a_year_never_joins_a_document_newer_than_its_citer() -> None:
    stub = ident("KH", "27", "TLĐ", "27/KH-TLĐ")
    dated = ident("KH", "27", "TLĐ", "27/KH-TLĐ", 2023, "2023-02-01")
    g = build_graph(
        [letter("a", "1", 2020, stub), letter("b", "2", 2024, stub), letter("c", "3", 2024, dated)]
    )
    assert g.has_edge("doc-2-tctcs-2024-tong-cuc-thue", "kh-27-tld-2023", "CITES")
    assert g.has_edge("doc-1-tctcs-2020-tong-cuc-thue", "kh-27-tld", "CITES")  # 2020 cannot cite a 2023 plan
    assert not g.nodes["kh-27-tld"].get("candidates")


def test_an_ambiguous_mention_stays_apart_and_names_its_candidates() -> None:
    no_year = ident("KL", "01", "TW", "01-KL/TW", issuer="Bộ Chính trị")
    g = build_graph([
        letter("a", "1", 2024, no_year),
        letter("b", "2", 2024, ident("KL", "01", "TW", "01-KL/TW", 2016, "2016-04-01")),
        letter("c", "3", 2024, ident("KL", "01", "TW", "01-KL/TW", 2021, "2021-05-18")),
    ])  # fmt: skip
    stub = g.nodes["kl-1-tw"]
    assert stub["ambiguous"] and stub["candidates"] == ["kl-1-tw-2016", "kl-1-tw-2021"]
    assert to_rows(g) == to_rows(build_graph(reversed([letter("a", "1", 2024, no_year),
        letter("b", "2", 2024, ident("KL", "01", "TW", "01-KL/TW", 2016, "2016-04-01")),
        letter("c", "3", 2024, ident("KL", "01", "TW", "01-KL/TW", 2021, "2021-05-18"))])))  # fmt: skip
