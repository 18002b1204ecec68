"""The static site at archive scale, and a 5,000-node picture in Chromium.

    python bench/site.py [--store corpus.db | --corpus DIR] [--keep DIR]

Loads ../shared/corpus into a fresh embedded store (unless --store names one), writes the
whole static site, and prints its time, size and file count against the goals (under 60 s,
under 150 MB). Then draws a real 5,000-node view (the neighbourhood of the most cited document
grown breadth-first over every relation) in Debian's headless Chromium and prints the time
from navigation to the first drawn frame (goal: under 2 s). Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vbkg.graph.schema import DOCUMENT_RELATIONS  # noqa: E402
from vbkg.ingest import load  # noqa: E402
from vbkg.queries.top import top  # noqa: E402
from vbkg.stores import Store, open_embedded  # noqa: E402
from vbkg.views.graphdata import edge_json, node_json  # noqa: E402
from vbkg.views.memory import MemoryStore  # noqa: E402
from vbkg.views.site import build_site  # noqa: E402
from vbkg.views.viz import page  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def big_view(store: Store, size: int) -> dict[str, Any]:
    """`size` nodes around the most cited document, breadth-first over every relation."""
    start = top(store, DOCUMENT_RELATIONS, limit=1)[0]["id"]
    seen = {start: None}
    queue = deque([start])
    while queue and len(seen) < size:
        here = queue.popleft()
        for e in store.edges(src=here) + store.edges(dst=here):
            other = e.dst if e.src == here else e.src
            if other not in seen and len(seen) < size:
                seen[other] = None
                queue.append(other)
    nodes = [node_json(store.node(i), i) for i in seen]
    edges = [edge_json(e, _props(store, e.dst)) for i in seen for e in store.edges(src=i) if e.dst in seen]
    return {"center": start, "nodes": nodes, "edges": edges, "total": len(nodes), "hidden": 0}


def _props(store: Store, node_id: str) -> dict[str, Any] | None:
    n = store.node(node_id)
    return n.props if n else None


def render_time(html: Path, want: int) -> float:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        pg = b.new_page(viewport={"width": 1400, "height": 1000})
        pg.goto(html.as_uri())
        pg.wait_for_function("window.vbkgDrawnAt !== undefined", timeout=60000)
        drawn = float(pg.evaluate("window.vbkgDrawnAt"))
        assert pg.evaluate("network.body.data.nodes.length") == want
        b.close()
    return drawn / 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", help="an embedded store already loaded with the corpus")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--keep", type=Path, help="write the site here and keep it")
    ap.add_argument("--nodes", type=int, default=5000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="vbkg-site-bench-"))
    try:
        if args.store:
            store = open_embedded(args.store)
        else:
            if not args.corpus.exists():
                sys.exit(f"no corpus at {args.corpus}")
            store = open_embedded(str(tmp / "corpus.db"))
            t0 = time.perf_counter()
            load(store, [args.corpus])
            print(f"loaded the corpus in {time.perf_counter() - t0:.1f} s")
        out = args.keep or tmp / "site"
        t0 = time.perf_counter()
        pages = build_site(store, out)
        took = time.perf_counter() - t0
        files = [f for f in out.rglob("*") if f.is_file()]
        size = sum(f.stat().st_size for f in files)
        print(f"site: {pages} document pages, {len(files)} files, {size / 1e6:.1f} MB in {took:.1f} s "
              f"(goals: under 60 s, under 150 MB)")  # fmt: skip
        view = big_view(MemoryStore(store), args.nodes)
        html = tmp / "big.html"
        html.write_text(page(view, f"{len(view['nodes'])} nodes"), encoding="utf-8")
        if Path(CHROMIUM).exists():
            secs = render_time(html, len(view["nodes"]))
            print(f"chromium: a {len(view['nodes'])}-node, {len(view['edges'])}-edge view drawn {secs:.2f} s "
                  f"after navigation (goal: under 2 s)")  # fmt: skip
        else:
            print("chromium not installed: the render time is not measured")
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
