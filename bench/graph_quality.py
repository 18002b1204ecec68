"""Graph quality on the main corpus: wrong merges, duplicates, form numbers, reporting cycles.

    python bench/graph_quality.py [--corpus DIR] [--cache FILE] [--list N]

Extracts every document of ../shared/corpus except the articles file
(tnt305_tvpl_articles_party_union.jsonl), builds the graph in memory (the same
`build_graph` every store is loaded with) and prints counts, not assertions:

- wrong merges: loaded nodes whose sources hold two or more different texts (texts
  compared after normalisation, so the genre file's copies of a document are one text);
  counted twice: texts that differ at all, and texts of different documents (two texts are
  versions of one document, an OCR scan and a typed copy say, when at least 70% of the
  4-word shingles of the shorter one's first 3,000 words are in the other);
- duplicates: extra nodes of one document. Two document nodes are one document when their
  folded keys are equal: type (QĐi/QyĐ = QĐ, NQLT = NQ, TTLT = TT, every n/yyyy/QHnn symbol one
  type), number without leading zeros, issuer code folded (upper case, no accents, Đ = D,
  Cyrillic look-alikes to Latin, no spaces, hyphens or dots, O/I/l read as digits in a QH
  term), year, and the issuing body where the code is shared. A node without a year (or
  without the issuing body of a shared code) is a duplicate when exactly one node with a
  year (with a body) fits it, among those not newer than the documents citing it; and
  two loaded nodes without a year whose keys are equal, or without a number whose type,
  issuer, date and title are equal, and whose texts are versions of one document (as above);
- form numbers: document nodes every mention of which follows "mẫu (số)", "biểu (số)" or
  "tờ khai" (tax forms such as "mẫu số 04/SS-HĐĐT", not documents);
- REPORTS_TO cycles: simple cycles among organizations (and the nodes in them).

The definitions are written here, apart from vbkg's identity module, so the measure does not
grade itself. `--cache FILE` keeps the extraction records (JSONL) between runs; delete the
file after changing extraction.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import networkx as nx  # noqa: E402

from vbkg.extraction import record_dict  # noqa: E402
from vbkg.extraction.codes import SHARED_ISSUER_CODES, issuer_name_of_code  # noqa: E402
from vbkg.graph import build_graph  # noqa: E402
from vbkg.loaders import LoaderError, load_paths  # noqa: E402
from vbkg.pipeline import extract_raw  # noqa: E402

ARTICLES = "tnt305_tvpl_articles_party_union.jsonl"
_CYRILLIC = str.maketrans("АВСЕНІКМОРТХУавсеікмортху", "ABCEHIKMOPTXYabceikmoptxy")
_QH_TERM = re.compile(r"^(UBTVQH|QH)([0-9IlO]{1,2})$")
_TYPE_EQUIVALENT = {"QDI": "QD", "QYD": "QD", "NQLT": "NQ", "TTLT": "TT"}
_FORM_BEFORE = re.compile(
    r"(?:m[ẫa]u|bi[ểe]u|t[ờo] khai)\s{0,3}(?:s[ốo]\s{0,3})?[:.]?\s{0,3}$", re.IGNORECASE
)


def fold(s: object) -> str:
    text = str(s or "").translate(_CYRILLIC).replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return re.sub(r"[\s\-.]", "", text).upper()


def fold_code(code: object) -> str:
    folded = fold(code)
    m = _QH_TERM.match(folded)
    if m:
        folded = m.group(1) + m.group(2).replace("I", "1").replace("L", "1").replace("O", "0")
    return folded


def shared(code: object) -> bool:
    c = str(code or "")
    return not c or c in SHARED_ISSUER_CODES or (issuer_name_of_code(c) is None and c != "TW")


def base_key(p: dict[str, Any]) -> tuple[str, str, str]:
    code = fold_code(p.get("issuer_code"))
    t = fold(p.get("type_code"))
    if code.startswith("QH") and p.get("symbol") and re.search(r"/(?:19|20)\d\d/", str(p["symbol"])):
        t = "QH"  # a Quốc hội n/yyyy/QHnn symbol is one document whatever word precedes it
    return _TYPE_EQUIVALENT.get(t, t), str(p.get("number") or "").lstrip("0") or "0", code


def read_corpus(
    corpus: Path, cache: Path | None
) -> tuple[list[dict[str, Any]], dict[str, str], dict[str, str]]:
    """(records, source -> text hash, source -> text) of the main corpus."""
    files = sorted(p for p in corpus.glob("*.jsonl") if p.name != ARTICLES)
    texts: dict[str, str] = {}
    raws = []
    for item in load_paths(files):
        if isinstance(item, LoaderError):
            print(f"failed: {item.source}: {item.problem}", file=sys.stderr)
            continue
        texts[item.source] = item.text
        raws.append(item)
    hashes = {s: hashlib.sha256(t.encode("utf-8")).hexdigest() for s, t in texts.items()}
    if cache is not None and cache.exists():
        records = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
        return records, hashes, texts
    records = []
    for raw in raws:
        r = extract_raw(raw)
        if isinstance(r, LoaderError):
            print(f"failed: {r.source}: {r.problem}", file=sys.stderr)
        else:
            records.append(record_dict(r))
    if cache is not None:
        cache.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return records, hashes, texts


def documents(g: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    return {str(n): a for n, a in g.nodes(data=True) if "Document" in a["labels"]}


def wrong_merges(docs: dict[str, dict[str, Any]], hashes: dict[str, str]) -> list[tuple[str, int]]:
    out = []
    for n, a in docs.items():
        distinct = {hashes.get(s, s) for s in a.get("sources") or []}
        if len(distinct) > 1:
            out.append((n, len(distinct)))
    return sorted(out)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())[:3000]
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def different_documents(sources: list[str], texts: dict[str, str]) -> int:
    """How many documents these texts are: versions (70% shingle containment) count once."""
    shingles = {s: _shingles(texts.get(s, "")) for s in sources}
    groups: list[list[str]] = []
    for s in sources:
        for group in groups:
            other = shingles[group[0]]
            if len(shingles[s] & other) >= 0.7 * max(1, min(len(shingles[s]), len(other))):
                group.append(s)
                break
        else:
            groups.append([s])
    return len(groups)


def citing_years(g: nx.MultiDiGraph, docs: dict[str, dict[str, Any]]) -> dict[str, int]:
    """node -> the earliest year of a loaded document that mentions it (an upper bound)."""
    year_of_source = {s: a.get("year") for a in docs.values() for s in a.get("sources") or []}
    bound: dict[str, int] = {}
    for _, dst, e in g.edges(data=True):
        for ev in e.get("evidence") or []:
            y = year_of_source.get(ev.get("source"))
            if y and ev.get("kind") in ("reference", "statement"):
                bound[str(dst)] = min(bound.get(str(dst), y), y)
    return bound


def duplicates(
    g: nx.MultiDiGraph, docs: dict[str, dict[str, Any]], texts: dict[str, str]
) -> list[tuple[str, str, str]]:
    """(extra node, node it duplicates, why)."""
    numbered = {n: a for n, a in docs.items() if a.get("number")}
    by_base: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for n, a in numbered.items():
        by_base[base_key(a)].append(n)
    bound = citing_years(g, docs)
    out: list[tuple[str, str, str]] = []
    for base, nodes in by_base.items():
        scope = {n: (fold(numbered[n].get("issuer")) if shared(base[2]) else "") for n in nodes}
        full: dict[tuple[int, str], list[str]] = defaultdict(list)
        for n in nodes:
            y = numbered[n].get("year")
            if y and (scope[n] or not shared(base[2])):
                full[(y, scope[n])].append(n)
        same: dict[tuple[int | None, str], list[str]] = defaultdict(list)
        for n in nodes:  # complete or not, one key is one node (loaded texts without a year aside)
            if numbered[n].get("year") or not numbered[n].get("loaded"):
                same[(numbered[n].get("year"), scope[n])].append(n)
        for group in same.values():
            group.sort()
            out.extend((n, group[0], "same folded key") for n in group[1:])
        yearless: dict[str, list[str]] = defaultdict(list)
        for n in sorted(nodes):
            if numbered[n].get("loaded") and not numbered[n].get("year"):
                yearless[scope[n]].append(n)
        for group in yearless.values():
            for n in group[1:]:
                if different_documents([*docs[group[0]]["sources"], *docs[n]["sources"]], texts) == 1:
                    out.append((n, group[0], "loaded, no year, a version of the same text"))
        for n in sorted(nodes):
            y, s = numbered[n].get("year"), scope[n]
            if y and (s or not shared(base[2])):
                continue
            fits = [
                k for k in full
                if (y is None or k[0] == y) and (not s or k[1] == s)
                and (y is not None or n not in bound or k[0] <= bound[n])
            ]  # fmt: skip
            if len(fits) == 1:
                why = "no year, one dated fits" if y is None else "no issuing body, one fits"
                out.append((n, sorted(full[fits[0]])[0], why))
    unnumbered: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for n, a in docs.items():
        if a.get("loaded") and not a.get("number"):
            unnumbered[(a.get("type_code"), a.get("issuer"), a.get("date"), a.get("title"))].append(n)
    for group in unnumbered.values():
        group.sort()
        for n in group[1:]:
            if different_documents([*docs[group[0]]["sources"], *docs[n]["sources"]], texts) == 1:
                out.append((n, group[0], "loaded, no number, a version of the same text"))
    return sorted(out)


def form_numbers(g: nx.MultiDiGraph, docs: dict[str, dict[str, Any]], texts: dict[str, str]) -> list[str]:
    out = []
    for n in docs:
        seen = form = 0
        for _, _, e in g.in_edges(n, data=True):
            for ev in e.get("evidence") or []:
                if ev.get("kind") != "reference" or ev.get("start") is None:
                    continue
                text = texts.get(ev["source"], "")
                seen += 1
                form += bool(_FORM_BEFORE.search(text[max(0, ev["start"] - 25) : ev["start"]]))
        if seen and form == seen:
            out.append(n)
    return sorted(out)


def reporting_cycles(g: nx.MultiDiGraph, limit: int = 10_000) -> tuple[int, int]:
    """(simple cycles, counted up to `limit`; nodes on a cycle) of REPORTS_TO."""
    rt = nx.DiGraph((u, v) for u, v, k in g.edges(keys=True) if k == "REPORTS_TO")
    cycles = 0
    for _ in nx.simple_cycles(rt):
        cycles += 1
        if cycles >= limit:
            break
    on_cycle = sum(len(c) for c in nx.strongly_connected_components(rt) if len(c) > 1)
    on_cycle += sum(1 for u, v in rt.edges if u == v)
    return cycles, on_cycle


def _show(title: str, rows: list[Any], n: int) -> Iterator[str]:
    yield f"{title}: {len(rows)}"
    for r in rows[:n]:
        yield "    " + (" | ".join(map(str, r)) if isinstance(r, tuple) else str(r))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--cache", type=Path, help="JSONL of extraction records, reused when present")
    ap.add_argument("--list", type=int, default=10, help="examples listed per count")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"skipped: no corpus at {args.corpus} (it is read from ../shared/corpus, never copied)")
        return 0
    t0 = time.perf_counter()
    records, hashes, texts = read_corpus(args.corpus, args.cache)
    t1 = time.perf_counter()
    g = build_graph(records)
    t2 = time.perf_counter()
    docs = documents(g)
    merged = wrong_merges(docs, hashes)
    merged_docs = [(n, k) for n, k in merged if different_documents(docs[n]["sources"], texts) > 1]
    dups = duplicates(g, docs, texts)
    ambiguous = sorted(n for n, a in docs.items() if a.get("candidates"))
    forms = form_numbers(g, docs, texts)
    form_mentions = sum(docs[n].get("mentions") or 0 for n in forms)
    cycles, on_cycle = reporting_cycles(g)
    labels = Counter(
        lb
        for _, a in g.nodes(data=True)
        for lb in a["labels"]
        if lb in ("Document", "Organization", "Person")
    )
    print(f"records {len(records)} (extracted/read in {t1 - t0:.1f} s), graph built in {t2 - t1:.1f} s")
    print(f"nodes {g.number_of_nodes()} ({', '.join(f'{k} {v}' for k, v in sorted(labels.items()))}), "
          f"edges {g.number_of_edges()}; loaded documents {sum(1 for a in docs.values() if a['loaded'])}, "
          f"stubs {sum(1 for a in docs.values() if not a['loaded'])}")  # fmt: skip
    for line in _show("loaded nodes holding two or more different texts", merged, args.list):
        print(line)
    for line in _show(
        "... of which texts of different documents (not versions of one)", merged_docs, args.list
    ):
        print(line)
    for line in _show("duplicate nodes of one document (extra node | kept | why)", dups, args.list):
        print(line)
    for line in _show("ambiguous mentions kept apart (node with candidates)", ambiguous, args.list):
        print(line)
    for line in _show(f"form-number document nodes ({form_mentions} mentions)", forms, args.list):
        print(line)
    print(f"REPORTS_TO cycles: {cycles} (organizations on a cycle: {on_cycle})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
