"""The hand-check samples of docs/quality.md: 30 organizations and 30 REPORTS_TO edges.

    vbkg load ../shared/corpus --store corpus.db
    python bench/quality_sample.py corpus.db [--verdicts FILE.json] > tables.md

Samples with a fixed seed (2026) from the whole-corpus graph: organizations sorted by id,
edges by key, then random.Random(2026).sample. Each organization row shows its first
mention (or the document it issued) with the surrounding text; each edge row its evidence
sentence and how the reporter was found (the rule's suffix; for a heading, the heading).
Verdicts come from a JSON file {"o1": "right …", "e1": "right …"} so a reader can re-judge.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

from vbkg.extraction import patterns as P
from vbkg.extraction.bodies import describe, existed
from vbkg.graph.organizations import org_id
from vbkg.loaders import normalize_text
from vbkg.stores import open_embedded

SEED = 2026
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _cell(x: object) -> str:
    return " ".join(str(x).split()).replace("|", "\\|")


def _texts(ids: set[str], corpus: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    for f in sorted(corpus.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if d.get("id") in ids:
                texts[d["id"]] = normalize_text(d["text"])
    return texts


def _evidence(props: dict[str, Any]) -> list[dict[str, Any]]:
    ev = props["evidence"]
    return json.loads(ev) if isinstance(ev, str) else list(ev)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store")
    ap.add_argument("--verdicts")
    ap.add_argument("--corpus", default=str(CORPUS))
    a = ap.parse_args()
    verdicts: dict[str, str] = json.loads(Path(a.verdicts).read_text(encoding="utf-8")) if a.verdicts else {}
    s = open_embedded(a.store)
    orgs = sorted(s.nodes("Organization"), key=lambda n: n.id)
    where: dict[str, list[tuple[str, int | None, int | None, str]]] = defaultdict(list)
    for r in sorted(s.records(), key=lambda r: r["source"]):
        src = r["source"].split("#")[-1]
        for o in r["organizations"]:
            where[org_id(o["name"])].append((src, o["start"], o["end"], "text"))
        body = describe(r["document"].get("issuer") or "")
        if body and existed(body.name, r["document"].get("date")):
            where[org_id(body.name)].append((src, None, None, f"issuer «{r['document']['issuer']}»"))
    rnd = random.Random(SEED)
    picked = sorted(rnd.sample(orgs, 30), key=lambda n: str(n.props["name"]))
    edges = sorted(s.edges(types=["REPORTS_TO"]), key=lambda e: e.key)
    epicked = sorted(rnd.sample(edges, min(30, len(edges))), key=lambda e: e.key)
    need = {where[n.id][0][0] for n in picked if where.get(n.id)}
    need |= {_evidence(e.props)[0]["source"].split("#")[-1] for e in epicked}
    texts = _texts(need, Path(a.corpus))

    print("| # | organization | kind | level | province (→ after July 2025) | parent | evidence | verdict |")
    print("|---|---|---|---|---|---|---|---|")
    for i, n in enumerate(picked, 1):
        p = n.props
        prov = p.get("province") or ""
        if p.get("province_2025") and p["province_2025"] != prov:
            prov += " → " + p["province_2025"]
        if where.get(n.id):
            src, start, end, how = where[n.id][0]
            t = texts.get(src, "")
            ev = f"{src}: …{t[max(0, start - 90) : start]}**{t[start:end]}**{t[end : end + 60]}…" if start is not None and end is not None else f"{src}: {how}"  # fmt: skip
        else:
            ev = "no mention: a parent of a body found, or the issuer of a cited document by its code"
        print(f"| {i} | {_cell(p['name'])} | {p.get('kind')} | {p.get('level')} | {_cell(prov)} | "
              f"{_cell(p.get('parent') or '')} | {_cell(ev)} | {verdicts.get(f'o{i}', '?')} |")  # fmt: skip
    print()
    print("| # | reporter | reports to | document | reporter found by | evidence sentence | verdict |")
    print("|---|---|---|---|---|---|---|")
    names = {n.id: n.props["name"] for n in orgs}
    for i, e in enumerate(epicked, 1):
        x = _evidence(e.props)[0]
        src = x["source"].split("#")[-1]
        how = x["rule"].removeprefix("report_cue_")
        if how == "heading":
            heads = list(P.ACTOR_HEADING.finditer(texts.get(src, ""), 0, x["start"]))
            how += f" «{_cell(heads[-1].group('actor'))[:80]}»" if heads else ""
        sentence = " ".join(x["sentence"].split())
        sentence = sentence if len(sentence) <= 420 else "…" + sentence[-420:]
        print(f"| {i} | {_cell(names[e.src])} | {_cell(names[e.dst])} | {src} | {how} | {_cell(sentence)} | "
              f"{verdicts.get(f'e{i}', '?')} |")  # fmt: skip


if __name__ == "__main__":
    main()
