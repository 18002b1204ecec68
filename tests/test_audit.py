"""`vbkg audit` finds each kind of suspect fact, alike on the embedded store and the Bolt server."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from vbkg.cli import cli
from vbkg.graph import build_graph
from vbkg.queries.audit import CHECKS, audit
from vbkg.stores import Store, Upsert, open_embedded

from .records import ident, letter, record


def _warning(
    kind: str, message: str, target: dict[str, Any] | None = None, dates: list[str] | None = None
) -> Any:
    return {"kind": kind, "message": message, "target": target, "start": 42, "end": 50, "dates": dates or []}


def _records() -> list[dict[str, Any]]:
    kl = ident("KL", "01", "TW", "01-KL/TW", issuer="Bộ Chính trị")
    plan = ident("KH", "27", "TLĐ", "27/KH-TLĐ", 2023, "2023-02-01")
    a = letter("a", "1", 2020, plan, ident("QĐ", "30", "BTC", "30/2014/QĐ-BTC", 2014))
    a["warnings"] = [
        _warning("unresolved_short_form", "'Kết luận số 5' names no document seen in full here"),
        _warning("rejected_organization", "'Ban' is not an organization name"),
        _warning(
            "date_conflict",
            "27/KH-TLĐ is dated 2023-02-01 and 2023-02-11",
            plan,
            ["2023-02-01", "2023-02-11"],
        ),
    ]
    prov = {"start": 1, "end": 2, "sentence": "báo cáo", "section": "body", "rule": "report_cue"}
    a["reports_to"] = [
        {
            "from": "Liên đoàn Lao động quận Long Biên",
            "to": "Quận ủy Long Biên",
            "evidence": "",
            "provenance": prov,
        },
        {
            "from": "Quận ủy Long Biên",
            "to": "Liên đoàn Lao động quận Long Biên",
            "evidence": "",
            "provenance": prov,
        },
    ]
    b = letter("b", "2", 2024, ident("KL", "01", "TW", "01-KL/TW", 2016, "2016-04-01"))
    # "Công văn số 30/2014/BTC": the words call it a letter, the symbol prints no type
    c = letter("c", "3", 2024, ident("KL", "01", "TW", "01-KL/TW", 2021, "2021-05-18"),
               ident("CV", "30", "BTC", "30/2014/BTC", 2014))  # fmt: skip
    d = letter("d", "4", 2024, kl, ident("L", "38", "QH14", "38/QH14", 2012))  # 2016 and 2021 both fit
    undated = ident("CV", None, None, None, issuer="Cục Thuế")  # two letters, one subject line
    e = record("e", undated, ident("TT", "78", "BTC", "78/2014/TT-BTC", 2014), title="V/v chính sách thuế")
    f = record("f", undated, ident("TT", "96", "BTC", "96/2015/TT-BTC", 2015), title="V/v chính sách thuế")
    return [a, b, c, d, e, f]


def _load(store: Store) -> Store:
    store.commit([Upsert(r["source"], r["content_hash"], r) for r in _records()], build_graph)
    return store


def _by_check(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {c: [] for c in CHECKS}
    for r in rows:
        out[r["check"]].append(r)
    return out


def test_audit_finds_every_kind_of_suspect_fact(store: Store) -> None:
    found = _by_check(audit(_load(store)))
    assert [(r["subject"], r["related"]) for r in found["ambiguous_mention"]] == [
        ("kl-1-tw", ["kl-1-tw-2016", "kl-1-tw-2021"])
    ]
    dup = {r["subject"]: r for r in found["suspected_duplicate"]}
    assert dup["doc-30-btc-2014"]["related"] == ["qd-30-btc-2014"]
    assert "type of one comes from words only" in dup["doc-30-btc-2014"]["detail"]
    letters = [r for s, r in dup.items() if s.startswith("cv-cuc-thue-undated-v-v-chinh-sach-thue-")]
    assert len(dup) == 2 and len(letters) == 1 and "2 texts without a number" in letters[0]["detail"]
    newer = found["cites_newer"]
    assert [(r["subject"], r["related"]) for r in newer] == [
        ("doc-1-tctcs-2020-tong-cuc-thue", ["kh-27-tld-2023"])
    ]
    conflicts = {r["subject"]: r["detail"] for r in found["date_conflict"]}
    assert "2023-02-11" in conflicts["kh-27-tld-2023"]
    assert conflicts["doc-38-qh14-2012"] == "year 2012 outside the term of QH14 (2016-2021)"
    assert [r["subject"] for r in found["unresolved_short_form"]] == ["a@42"]
    assert "'Ban'" in found["rejected_organization"][0]["detail"]
    cycle = found["reporting_cycle"]
    assert len(cycle) == 1 and cycle[0]["related"] == ["org-ldld-quan-long-bien", "org-quan-uy-long-bien"]


def test_audit_command_prints_table_json_and_csv(tmp_path: Path) -> None:
    db = str(tmp_path / "vbkg.db")
    with open_embedded(db) as store:
        _load(store)
    run = CliRunner().invoke
    out = run(cli, ["audit", "--store", db, "--format", "json"])
    assert out.exit_code == 0, out.output
    with open_embedded(db) as store:
        assert json.loads(out.stdout) == audit(store)
    out = run(cli, ["audit", "--store", db, "--format", "csv", "--check", "ambiguous_mention"])
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows == [{"check": "ambiguous_mention", "subject": "kl-1-tw", "related": "kl-1-tw-2016, kl-1-tw-2021",
                     "detail": "01-KL/TW without a year or issuing body; 2 documents fit, kept apart"}]  # fmt: skip
    out = run(cli, ["audit", "--store", db])
    assert out.exit_code == 0 and "ambiguous_mention 1" in out.stdout and "reporting_cycle 1" in out.stdout
    out = run(cli, ["audit", "--store", db, "--check", "nonsense"])
    assert out.exit_code == 2 and "nonsense" in out.stderr


def test_rdf_names_the_candidates_of_an_ambiguous_mention() -> None:
    from vbkg.ontology.namespace import DATA, VBKG
    from vbkg.ontology.rdf import to_rdf, validate

    rdf = to_rdf(build_graph(_records()[:4]))  # the undated letters would fail "needs its date"
    assert set(rdf.objects(DATA["kl-1-tw"], VBKG.mayBe)) == {DATA["kl-1-tw-2016"], DATA["kl-1-tw-2021"]}
    assert validate(rdf)[0]
