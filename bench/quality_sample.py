"""The hand-check samples of docs/quality.md: 30 organizations, 30 REPORTS_TO and 30 IMPLEMENTS edges.

    vbkg load ../shared/corpus --store corpus.db
    python bench/quality_sample.py corpus.db [--verdicts FILE.json] > tables.md

Samples with a fixed seed (2026) from the whole-corpus graph: organizations sorted by id,
edges by key, then random.Random(2026).sample. Each organization row shows its first
mention (or the document it issued) with the surrounding text; each edge row its evidence
sentence and how the reporter was found (the rule's suffix; for a heading, the heading).
Each IMPLEMENTS row shows the implementing document, the implemented one (symbol, issuer,
date), the document that states it, and the edge's first evidence sentence with its section,
rule and kind (reference: the document's own cue; statement: "A … về thực hiện B" about two
other documents), plus how many more evidence items the edge holds.
Verdicts come from bench/quality_verdicts.json (or --verdicts FILE), keyed by what was judged,
not by row number, so a changed graph shows "?" on the rows nobody judged yet:
{"organizations": {node id: verdict}, "reports_to": {edge key: verdict},
"implements": {edge key: verdict}}.
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
from vbkg.stores.interface import Store
from vbkg.stores.rows import EdgeRow, NodeRow

SEED = 2026
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
VERDICTS = Path(__file__).resolve().parent / "quality_verdicts.json"


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


def sample(s: Store) -> tuple[list[NodeRow], list[EdgeRow], list[EdgeRow]]:
    """The three samples, in this order from one generator (the organizations and REPORTS_TO
    rows are drawn as before IMPLEMENTS was added)."""
    rnd = random.Random(SEED)
    orgs = sorted(s.nodes("Organization"), key=lambda n: n.id)
    picked = sorted(rnd.sample(orgs, min(30, len(orgs))), key=lambda n: str(n.props["name"]))
    edges = sorted(s.edges(types=["REPORTS_TO"]), key=lambda e: e.key)
    epicked = sorted(rnd.sample(edges, min(30, len(edges))), key=lambda e: e.key)
    implements = sorted(s.edges(types=["IMPLEMENTS"]), key=lambda e: e.key)
    ipicked = sorted(rnd.sample(implements, min(30, len(implements))), key=lambda e: e.key)
    return picked, epicked, ipicked


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store")
    ap.add_argument("--verdicts", default=str(VERDICTS))
    ap.add_argument("--corpus", default=str(CORPUS))
    a = ap.parse_args()
    vpath = Path(a.verdicts)
    verdicts: dict[str, dict[str, str]] = (
        json.loads(vpath.read_text(encoding="utf-8")) if vpath.exists() else {}
    )
    v_org, v_rep, v_imp = (verdicts.get(k, {}) for k in ("organizations", "reports_to", "implements"))
    s = open_embedded(a.store)
    orgs = sorted(s.nodes("Organization"), key=lambda n: n.id)
    where: dict[str, list[tuple[str, int | None, int | None, str]]] = defaultdict(list)
    # a corpus document (a JSONL line) first: a loose file such as the corpus's SOURCES.md is
    # loaded too, but its text is not what a reader checks a body against
    for r in sorted(s.records(), key=lambda r: ("#" not in r["source"], r["source"])):
        src = r["source"].split("#")[-1]
        for o in r["organizations"]:
            where[org_id(o["name"])].append((src, o["start"], o["end"], "text"))
        body = describe(r["document"].get("issuer") or "")
        if body and existed(body.name, r["document"].get("date")):
            where[org_id(body.name)].append((src, None, None, f"issuer «{r['document']['issuer']}»"))
    picked, epicked, ipicked = sample(s)
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
              f"{_cell(p.get('parent') or '')} | {_cell(ev)} | {v_org.get(n.id, '?')} |")  # fmt: skip
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
              f"{v_rep.get(e.key, '?')} |")  # fmt: skip

    print()
    print("| # | document | implements | stated in | section · rule · kind | evidence sentence | verdict |")
    print("|---|---|---|---|---|---|---|")
    for i, e in enumerate(ipicked, 1):
        evs = _evidence(e.props)
        x = evs[0]
        src = x["source"].split("#")[-1]
        more = len(evs) - 1
        others = len({y["source"] for y in evs}) - 1
        sentence = " ".join(x["sentence"].split())
        sentence = sentence if len(sentence) <= 420 else sentence[:420] + "…"
        if more:
            sentence += f" (+{more} more evidence" + (f", {others} other documents)" if others else ")")
        print(f"| {i} | {_doc(s, e.src)} | {_doc(s, e.dst)} | {src} | {x['section']} · {x['rule']} · {x['kind']} | "
              f"{_cell(sentence)} | {v_imp.get(e.key, '?')} |")  # fmt: skip


def _doc(s: Store, node_id: str) -> str:
    """A document as a reader checks it: symbol (or node id), issuer, date, loaded or cited only."""
    n = s.node(node_id)
    p = n.props if n else {}
    name = p.get("symbol") or node_id
    bits = [b for b in (p.get("issuer"), p.get("date") or p.get("year")) if b]
    return _cell(f"{name} ({', '.join(str(b) for b in bits)})" if bits else name)


if __name__ == "__main__":
    main()
