"""Queries answer the same on the embedded store and the Bolt server; checked against the gold file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from vbkg.cli import cli
from vbkg.commands import query as query_commands
from vbkg.ingest import load
from vbkg.queries import QueryError, resolve_ref
from vbkg.queries.card import card, grouped
from vbkg.queries.listing import documents, hierarchy, organizations, reporting_cycles
from vbkg.queries.search import MAX_WORDS, search
from vbkg.queries.trace import chain, parse_rels, trace
from vbkg.stores import Store, open_embedded

from .conftest import GOLD, SAMPLES, need

# A document without a number is known by its own text: its content hash ends its id.
_HASH_001 = hashlib.sha256(next(SAMPLES.glob("001_*.txt")).read_bytes()).hexdigest()[:8]
SEED_ID = {
    "000": "kh-18-ldld-2023-ldld-quan-long-bien",
    "001": f"kh-ldld-tinh-lai-chau-2021-11-23-thuc-hien-ket-luan-so-01-{_HASH_001}",
    "003": "kh-46-ldld-2023-ldld-quan-long-bien",
    "004": "kh-47-ldld-2024-ldld-tinh-lai-chau",
}
GOLD_NAME = {"KH 83/KH-LĐLĐ": "83/KH-LĐLĐ", "KH 44-KH/TU": "44-KH/TU", "KL 01-KL/TW": "01-KL/TW",
             "CT 05-CT/TW": "05-CT/TW", "KH 12/KH-LĐLĐ": "12/KH-LĐLĐ", "CTHĐ 01-CTHD/ĐĐTLD": "01-CTHĐ/ĐĐTLĐ",
             "NQ 43-NQ/TW": "43-NQ/TW"}  # fmt: skip


@pytest.fixture
def seeds(store: Store) -> Store:
    load(store, [SAMPLES])
    return store


def _gold() -> dict[str, Any]:
    return json.loads(need(GOLD, "seeds_gold.json").read_text(encoding="utf-8"))


def _name(row: dict[str, Any]) -> str:
    for stem, node_id in SEED_ID.items():
        if row["id"] == node_id:
            return stem
    return str(row.get("symbol"))


def test_trace_of_conclusion_01_matches_gold(seeds: Store) -> None:
    gold = _gold()["implementers_of"]["KL 01-KL/TW (2021)"]
    rows = trace(seeds, resolve_ref(seeds, "Kết luận 01").id)
    direct = sorted(_name(r) for r in rows if r["level"] == "direct")
    body = sorted(_name(r) for r in rows if r["level"] == "body")
    want_direct = sorted(
        x[:3] if x.endswith(".txt") else x.split(" ")[1] for x in gold["direct_title_or_preamble"]
    )
    assert direct == want_direct == ["000", "001", "44-KH/TU", "83/KH-LĐLĐ"]
    assert body == [x[:3] for x in gold["body_only"]] == ["004"]
    transitive = {(_name(r), tuple(r["via"])) for r in rows if r["level"] == "transitive"}
    for stem, via in gold["transitive_via"].items():
        assert (stem[:3], tuple(v.split(" ")[1] for v in via)) in transitive
    assert all(r["evidence"] for r in rows)


def test_trace_head_only_and_depth(seeds: Store) -> None:
    rows = trace(seeds, "kl-1-tw-2021", head_only=True)
    assert "body" not in {r["level"] for r in rows}
    assert {r["depth"] for r in trace(seeds, "kl-1-tw-2021", depth=1)} == {1}


def test_chains_match_gold(seeds: Store) -> None:
    for stem, chains in _gold()["chains"].items():
        got = [c["labels"][1:] for c in chain(seeds, SEED_ID[stem[:3]])]
        for want in chains:
            assert [GOLD_NAME[x] for x in want[1:]] in got, (stem, want, got)


def test_chain_of_001_reaches_the_top(seeds: Store) -> None:
    longest = chain(seeds, SEED_ID["001"])[0]
    assert longest["labels"][1:] == ["44-KH/TU", "01-KL/TW", "05-CT/TW"]
    assert all(step["evidence"] for step in longest["steps"])


@pytest.mark.parametrize("ref", ["01-KL/TW", "Kết luận 01", "KL 01/2021", "ket luan so 01", "kl-1-tw-2021",
                                 "kết luận số 01-KL/TW"])  # fmt: skip
def test_ref_forms(seeds: Store, ref: str) -> None:
    assert resolve_ref(seeds, ref).id == "kl-1-tw-2021"


def test_ambiguous_ref_lists_candidates(seeds: Store) -> None:
    with pytest.raises(QueryError) as err:
        resolve_ref(seeds, "Kế hoạch 99")
    assert "no document" in str(err.value)
    with pytest.raises(QueryError) as err:
        resolve_ref(seeds, "01")  # KL 01 and CTHĐ 01
    ids = {c["id"] for c in err.value.candidates}
    assert {"kl-1-tw-2021", "cthd-1-ddtld-2024"} <= ids


def test_search_ignores_accents_and_case(seeds: Store) -> None:
    assert search(seeds, "ket luan 01")[0]["id"] == "kl-1-tw-2021"
    assert search(seeds, "KẾT LUẬN 01")[0]["id"] == "kl-1-tw-2021"
    assert {r["id"] for r in search(seeds, "lai chau 2024")} >= {SEED_ID["004"]}


def test_a_card_can_list_a_page_of_each_incoming_relation(seeds: Store) -> None:
    node = resolve_ref(seeds, "01-KL/TW")
    whole = card(seeds, node)
    assert "incoming_left" not in whole
    implementers = [r["id"] for r in whole["incoming"] if r["type"] == "IMPLEMENTS"]
    assert len(implementers) == 5
    for limit in (1, 4, 5, 100):
        page = card(seeds, node, incoming_limit=limit)
        shown = [r for r in page["incoming"] if r["type"] == "IMPLEMENTS"]
        assert len(shown) == min(limit, 5) and {r["id"] for r in shown} <= set(implementers)
        assert page["incoming_left"].get("IMPLEMENTS", 0) == 5 - len(shown)
        first = next(i for i in grouped(page) if i["rel"] == "IMPLEMENTS" and i["direction"] == "incoming")
        assert first["left"] == 5 - len(shown)
        # what is shown is what the whole card says of it
        assert all(r in whole["incoming"] for r in page["incoming"])
    heads = [src for src, _, _ in seeds.edge_heads(node.id, ["IMPLEMENTS"])]
    assert [
        r["id"] for r in card(seeds, node, incoming_limit=2)["incoming"] if r["type"] == "IMPLEMENTS"
    ] == heads[:2]


def test_search_takes_at_most_max_words(seeds: Store) -> None:
    # the longest queries still make valid SQL (every word one more condition)
    assert search(seeds, " ".join(f"w{i}" for i in range(MAX_WORDS))) == []
    assert search(seeds, " ".join(str(i) for i in range(MAX_WORDS))) == []
    with pytest.raises(QueryError, match=f"at most {MAX_WORDS} words; this one has 65"):
        search(seeds, " ".join(["ket"] * (MAX_WORDS + 1)))


def test_a_pasted_page_is_no_search(tmp_path: Path) -> None:
    db = str(tmp_path / "vbkg.db")
    assert CliRunner().invoke(cli, ["load", str(SAMPLES), "--store", db]).exit_code == 0
    out = CliRunner().invoke(cli, ["search", "ke hoach " * 2000, "--store", db])
    assert out.exit_code == 1 and f"at most {MAX_WORDS} words" in out.stderr and "damaged" not in out.stderr


def test_listings(seeds: Store) -> None:
    plans = documents(seeds, doc_class="Plan", issuer="long bien")
    assert {r["id"] for r in plans} >= {SEED_ID["000"], SEED_ID["003"]}
    assert all(not r["loaded"] for r in documents(seeds, loaded=False))
    assert {r["year"] for r in documents(seeds, year=2021)} == {2021}
    orgs = {r["name"]: r for r in organizations(seeds)}
    assert orgs["Liên đoàn Lao động quận Long Biên"]["documents_issued"] == 3
    (sub,) = hierarchy(seeds, "Liên đoàn Lao động quận Long Biên")
    assert sub["children"][0]["name"].startswith("Công đoàn cơ sở")
    assert sub["reported_to_by"] == ["Công đoàn cơ sở thuộc Liên đoàn Lao động quận Long Biên"]
    assert sub["reports_to"] == ["Liên đoàn Lao động thành phố Hà Nội", "Quận ủy Long Biên"]


def _paths(trees: list[dict[str, Any]], above: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for t in trees:
        path = (*above, t["name"])
        found.add(path)
        found |= _paths(t["children"], path)
    return found


def test_hierarchy_is_the_organizational_tree(seeds: Store) -> None:
    """Tổng LĐLĐ -> LĐLĐ thành phố Hà Nội -> LĐLĐ quận Long Biên, Tổng LĐLĐ -> LĐLĐ tỉnh Lai
    Châu, with the Party committees of each level beside them, on every store."""
    trees = hierarchy(seeds)
    assert {t["name"] for t in trees} >= {"Tổng Liên đoàn Lao động Việt Nam", "Ban Chấp hành Trung ương Đảng"}
    paths = _paths(trees)
    tld, bch = "Tổng Liên đoàn Lao động Việt Nam", "Ban Chấp hành Trung ương Đảng"
    assert (tld, "Liên đoàn Lao động thành phố Hà Nội", "Liên đoàn Lao động quận Long Biên") in paths
    assert (tld, "Liên đoàn Lao động tỉnh Lai Châu") in paths
    assert (bch, "Thành ủy Hà Nội", "Quận ủy Long Biên") in paths
    assert (bch, "Tỉnh ủy Lai Châu") in paths
    assert all(len(p) <= 1 for p in _paths(hierarchy(seeds, depth=1)))
    assert reporting_cycles(seeds) == []


def test_card(seeds: Store) -> None:
    c = card(seeds, resolve_ref(seeds, "47/KH-LĐLĐ"))
    assert c["signer"] == {"name": "Hoàng Văn Trinh", "position": "Phó Chủ tịch"}
    out = {(r["type"], r["label"]) for r in c["outgoing"]}
    assert ("IMPLEMENTS", "01-CTHĐ/ĐĐTLĐ") in out and ("ISSUED_BY", "Liên đoàn Lao động tỉnh Lai Châu") in out
    kl = card(seeds, resolve_ref(seeds, "01-KL/TW"))
    assert {w["kind"] for w in kl["warnings"]} == {"date_conflict", "not_loaded"}
    assert all(ev["sentence"] for r in kl["incoming"] if r["type"] == "IMPLEMENTS" for ev in r["evidence"])


def test_same_answers_as_the_embedded_store(seeds: Store, tmp_path: Path) -> None:
    """Whatever the store, the answers are those of the embedded store."""
    from vbkg.stores import open_embedded

    ref = open_embedded(str(tmp_path / "ref.db"))
    load(ref, [SAMPLES])
    for target in ("kl-1-tw-2021", "ct-5-tw-2016"):
        assert trace(seeds, target) == trace(ref, target)
    assert chain(seeds, SEED_ID["000"]) == chain(ref, SEED_ID["000"])
    assert card(seeds, resolve_ref(seeds, "01-KL/TW")) == card(ref, resolve_ref(ref, "01-KL/TW"))
    assert hierarchy(seeds) == hierarchy(ref)
    assert search(seeds, "long bien") == search(ref, "long bien")


def test_cli_query_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "vbkg.db")
    run = CliRunner().invoke
    assert run(cli, ["load", str(SAMPLES), "--store", db]).exit_code == 0
    out = run(cli, ["trace", "Kết luận 01", "--store", db, "--format", "json"])
    assert out.exit_code == 0 and json.loads(out.stdout)["target"] == "kl-1-tw-2021"
    out = run(cli, ["chain", "44-KH/TU", "--store", db])
    assert out.stdout.strip() == "44-KH/TU → 01-KL/TW → 05-CT/TW"
    out = run(cli, ["trace", "01", "--store", db])
    assert out.exit_code == 1 and "ambiguous" in out.stderr and "kl-1-tw-2021" in out.stderr
    assert "more" not in out.stderr
    with pytest.MonkeyPatch.context() as patch:  # a long list is cut, and says how much is left
        patch.setattr(query_commands, "SHOWN_CANDIDATES", 1)
        out = run(cli, ["trace", "01", "--store", db])
    listed = [line for line in out.stderr.splitlines() if line.startswith("  ")]
    assert len(listed) == 2 and "… and 1 more: add the year" in listed[1]
    with pytest.MonkeyPatch.context() as patch:  # for people, a page of each incoming relation
        patch.setattr(query_commands, "SHOWN_INCOMING", 1)
        text = run(cli, ["show", "01-KL/TW", "--store", db]).stdout.splitlines()
        whole = json.loads(run(cli, ["show", "01-KL/TW", "--store", db, "--format", "json"]).stdout)
    implements = [i for i, line in enumerate(text) if line.startswith("  ← IMPLEMENTS")]
    assert len(implements) == 1
    after = next(line for line in text[implements[0] + 1 :] if not line.startswith("      "))
    assert after.startswith("  … and 4 more ← IMPLEMENTS: vbkg trace kl-1-tw-2021 --rel IMPLEMENTS")
    assert (
        len([r for r in whole["incoming"] if r["type"] == "IMPLEMENTS"]) == 5 and "incoming_left" not in whole
    )
    out = run(cli, ["docs", "--store", db, "--format", "csv", "--class", "Conclusion"])
    assert out.stdout.splitlines()[1].startswith("kl-1-tw-2021,Conclusion,01-KL/TW")
    out = run(cli, ["sparql", "SELECT ?p WHERE { ?p eli:ensures_implementation_of id:kl-1-tw-2021 }",
                    "--store", db, "--format", "json"])  # fmt: skip
    assert len(json.loads(out.stdout)) == 5
    out = run(cli, ["chain", "44-KH/TU", "--store", db, "--format", "csv"])
    assert out.stdout.splitlines()[1].startswith("44-KH/TU → 01-KL/TW → 05-CT/TW,")
    out = run(cli, ["show", "01-KL/TW", "--store", db, "--format", "csv"])
    assert "incoming,IMPLEMENTS,kh-83-ldld-2023-ldld-tp-ha-noi" in out.stdout
    out = run(cli, ["hierarchy", "--store", db, "--format", "csv"])
    assert ("Liên đoàn Lao động quận Long Biên,Liên đoàn Lao động thành phố Hà Nội,2,union,district,"
            "Liên đoàn Lao động thành phố Hà Nội; Quận ủy Long Biên") in out.stdout  # fmt: skip
    out = run(cli, ["hierarchy", "Tổng Liên đoàn Lao động Việt Nam", "--depth", "2", "--store", db])
    assert out.stdout.splitlines()[:2] == [
        "Tổng Liên đoàn Lao động Việt Nam",
        "  └─ Liên đoàn Lao động thành phố Hà Nội",
    ]
    out = run(cli, ["cypher", "MATCH (n) RETURN n"], env={"NEO4J_URI": ""})
    assert out.exit_code == 1 and "vbkg cypher needs Neo4j" in out.stderr


@pytest.mark.bolt
def test_cypher_command_is_read_only_unless_write(bolt_config: Any) -> None:
    env = {"NEO4J_URI": bolt_config.uri, "NEO4J_USERNAME": bolt_config.user, "NEO4J_PASSWORD": bolt_config.password,
           "NEO4J_DATABASE": bolt_config.database}  # fmt: skip
    run = CliRunner().invoke
    out = run(cli, ["cypher", "CREATE (x:Scratch {id: 'x'})"], env=env)
    assert out.exit_code == 1 and "--write" in out.stderr
    out = run(cli, ["cypher", "MERGE (x:Scratch {id: $id}) RETURN x.id AS id", "-p", "id=x", "--write",
                    "--format", "json"], env=env)  # fmt: skip
    assert out.exit_code == 0, out.output
    out = run(
        cli,
        ["cypher", "MATCH (x:Scratch) RETURN x.id AS id, $n AS n", "-p", "n=3", "--format", "json"],
        env=env,
    )
    assert json.loads(out.stdout) == [{"id": "x", "n": 3}]


# --- every relation: --rel, top, evidence windows, flat CSV, 80-column tables ------------------


def test_trace_and_chain_follow_the_relations_asked(seeds: Store) -> None:
    from vbkg.queries.trace import other_relations, parse_rels

    assert parse_rels(None) == ("IMPLEMENTS",) and parse_rels("based_on, cites") == ("BASED_ON", "CITES")
    assert len(parse_rels("all")) == 5
    with pytest.raises(ValueError, match="unknown relation"):
        parse_rels("LIKES")
    assert trace(seeds, "kl-1-tw-2021", rels=("AMENDS",)) == []
    assert other_relations(seeds, "kl-1-tw-2021", ("AMENDS",))["IMPLEMENTS"] >= 5
    cites = trace(seeds, "kl-1-tw-2021", depth=1, rels=("CITES",))
    assert cites and {r["rel"] for r in cites} == {"CITES"}
    both = trace(seeds, "kl-1-tw-2021", depth=1, rels=parse_rels("all"))
    assert {r["rel"] for r in both} >= {"CITES", "IMPLEMENTS"}
    assert {r["id"] for r in both} >= {r["id"] for r in cites}
    up = chain(seeds, SEED_ID["000"], rels=parse_rels("all"))
    assert max(len(c["path"]) for c in up) >= 3 and all(s["rel"] for c in up for s in c["steps"])


def test_top_ranks_by_distinct_citing_documents(seeds: Store) -> None:
    from vbkg.queries.top import top

    implemented = top(seeds, ["IMPLEMENTS"])
    assert implemented[0]["id"] == "kl-1-tw-2021"
    direct = {e.src for e in seeds.edges(dst="kl-1-tw-2021", types=["IMPLEMENTS"])}
    assert implemented[0]["count"] == len(direct) >= 5
    assert [r["rank"] for r in implemented] == list(range(1, len(implemented) + 1))
    counts = [r["count"] for r in implemented]
    assert counts == sorted(counts, reverse=True)
    assert all(r["type"] == "Resolution" for r in top(seeds, ["CITES", "IMPLEMENTS"], doc_class="NQ"))
    assert top(seeds, ["IMPLEMENTS"], year=1990) == []


# A 'Căn cứ' preamble (a decree of 2025, corpus genre) naming the cited law after 300 characters.
PREAMBLE = (
    "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; Căn cứ Luật Ban hành văn bản quy phạm pháp luật "
    "số 64/2025/QH15 được sửa đổi, bổ sung một số điều theo Luật số 87/2025/QH15; Căn cứ Luật Cán bộ, "
    "công chức số 80/2025/QH15; Căn cứ Luật Di sản văn hóa số 45/2024/QH15; Căn cứ Luật Tổ chức chính "
    "quyền địa phương số 72/2025/QH15; Theo đề nghị của Bộ trưởng Bộ Nội vụ; Chính phủ ban hành Nghị định."
)


def test_evidence_is_a_window_around_the_mention() -> None:
    from vbkg.queries.evidence import window, window_text

    mention = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
    w = window(PREAMBLE, {"symbol": "72/2025/QH15", "number": "72"}, len(mention), width=120)
    assert w.mention == mention and w.cut_left
    text = w.text()
    assert mention in text and len(text) <= 125 and text.startswith("…")
    assert not text[1].isspace() and PREAMBLE.find(text[1:].split(mention)[0]) >= 0  # cut at a word
    short = "Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị"
    assert window_text(short, {"symbol": "01-KL/TW"}, 20) == short
    assert window(short, {"symbol": "01-KL/TW"}, 20).mention == "Kết luận số 01-KL/TW"
    assert window_text(PREAMBLE, {"symbol": "99/2099/QH99"}, None, 60).startswith(
        "Căn cứ Luật Tổ chức Chính phủ"
    )


def test_cli_every_relation_and_80_columns(tmp_path: Path) -> None:
    db = str(tmp_path / "vbkg.db")
    run = CliRunner().invoke
    assert run(cli, ["load", str(SAMPLES), "--store", db]).exit_code == 0
    narrow = {"COLUMNS": "80"}
    out = run(cli, ["trace", "01-KL/TW", "--rel", "AMENDS", "--store", db], env=narrow)
    assert out.exit_code == 0 and "following AMENDS only" in out.stdout and "IMPLEMENTS" in out.stdout
    out = run(cli, ["trace", "01-KL/TW", "--store", db], env=narrow)
    lines = out.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    for symbol in ("44-KH/TU", "83/KH-LĐLĐ", "18/KH-LĐLĐ", "47/KH-LĐLĐ"):
        assert symbol in out.stdout  # identifiers are never cut
    out = run(cli, ["show", "01-KL/TW", "--store", db], env=narrow)
    assert out.exit_code == 0 and all(len(line) <= 80 for line in out.stdout.splitlines())
    out = run(cli, ["top", "--rel", "IMPLEMENTS", "--store", db], env=narrow)
    assert "01-KL/TW" in out.stdout.splitlines()[4] and all(len(x) <= 80 for x in out.stdout.splitlines())
    out = run(cli, ["top", "--rel", "IMPLEMENTS", "--store", db, "--format", "csv"])
    assert out.stdout.splitlines()[0].startswith("rank,count,id,symbol,type,date")
    assert out.stdout.splitlines()[1].startswith("1,5,kl-1-tw-2021,01-KL/TW,Conclusion,2021-05-18")
    # CSV: flat, with ids and dates, and the whole evidence sentence
    import csv
    import io

    rows = list(
        csv.DictReader(io.StringIO(run(cli, ["trace", "01-KL/TW", "--store", db, "--format", "csv"]).stdout))
    )
    full = json.loads(run(cli, ["trace", "01-KL/TW", "--store", db, "--format", "json"]).stdout)[
        "implementers"
    ]
    assert [r["id"] for r in rows] == [r["id"] for r in full]
    assert [r["evidence"] for r in rows] == [r["evidence"] for r in full]
    assert all(r["date"] for r in rows if r["symbol"]) and all(r["rel"] == "IMPLEMENTS" for r in rows)
    out = run(cli, ["chain", "44-KH/TU", "--rel", "all", "--store", db])
    assert "-IMPLEMENTS→ 01-KL/TW" in out.stdout
    assert run(cli, ["trace", "01-KL/TW", "--rel", "LIKES", "--store", db]).exit_code == 2


@pytest.mark.parametrize("rel", ["IMPLEMENTS", "all", "REPLACES"])
def test_trace_json_streams_the_text_one_dump_writes(tmp_path: Path, rel: str) -> None:
    db = str(tmp_path / "vbkg.db")
    run = CliRunner().invoke
    assert run(cli, ["load", str(SAMPLES), "--store", db]).exit_code == 0
    out = run(cli, ["trace", "01-KL/TW", "--rel", rel, "--store", db, "--format", "json"])
    rels = parse_rels(rel)
    with open_embedded(db) as store:
        rows = trace(store, "kl-1-tw-2021", rels=rels)
        whole = {
            "target": "kl-1-tw-2021",
            "symbol": "01-KL/TW",
            "relations": list(rels),
            "implementers": rows,
        }
    assert out.exit_code == 0
    assert out.stdout == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"
    assert (len(rows) > 1) == (rel != "REPLACES")  # many rows, and none
