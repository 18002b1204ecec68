"""A static site that works from file:// with no server and no network, at archive scale.

One shared copy of every asset (assets/), one page per document (its card, its relations in
vbpl.vn's groups with the evidence around each mention, its neighbourhood picture), each
document's neighbourhood as a small script (data/NAME.js) that the picture loads and grows
from, an index with counts, the most cited and implemented, recent documents and search.
The pages are the same Jinja2 templates `vbkg serve` uses (autoescaped).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..extraction.gazetteer import fold
from ..graph.schema import DOCUMENT_RELATIONS, Label
from ..queries.card import card, grouped
from ..queries.listing import hierarchy
from ..queries.search import haystack
from ..queries.top import top
from ..stores import NodeRow, Store
from .graphdata import neighbourhood
from .memory import MemoryStore
from .style import style_json
from .templates_env import environment
from .viz import hierarchy_data

ASSETS = Path(__file__).parent / "assets"
SHIPPED = ("vis-network.min.js", "graph.js", "search.js", "site.js", "app.css")
TOP = 20
RECENT = 20

# File names are made of these characters only, and at most this long (file systems stop
# at 255 bytes; an id built from a long title or issuer can be longer).
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
_MAX_NAME = 120


def page_name(node_id: str) -> str:
    """The file name stem for a node: the id itself when short and plain, else a readable
    prefix and a hash of the whole id (stable across runs, distinct for distinct ids)."""
    if len(node_id) <= _MAX_NAME and not _UNSAFE.search(node_id) and not node_id.startswith("."):
        return node_id
    digest = hashlib.sha256(node_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{_UNSAFE.sub('-', node_id)[: _MAX_NAME - len(digest) - 1]}-{digest}"


def doc_file(node_id: str) -> str:
    return f"doc/{page_name(node_id)}.html"


def _script(call: str, data: Any) -> str:
    """JSON inside a script: '<' escaped so no title can close the script element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f"{call}({text});\n"


def _search_entry(n: NodeRow) -> dict[str, Any]:
    p = n.props
    return {"id": n.id, "href": doc_file(n.id), "symbol": p.get("symbol"), "title": str(p.get("title") or "")[:160],
            "type": p.get("type"), "date": p.get("date"), "year": p.get("year"), "issuer": p.get("issuer"),
            "key": haystack(n), "num": str(p.get("number") or "").lstrip("0"),
            "loaded": 1 if p.get("loaded") else 0}  # fmt: skip


def build_site(
    source: Store, outdir: Path, progress: Callable[[int, int], None] | None = None,
) -> int:  # fmt: skip
    """Write the site into `outdir`; returns the number of document pages.

    `progress(done, total)` is called as document pages are written.
    """
    store = MemoryStore(source)  # one pass over the store; every page reads it many times
    for sub in ("doc", "data", "assets"):
        (outdir / sub).mkdir(parents=True, exist_ok=True)
    for name in SHIPPED:
        shutil.copyfile(ASSETS / name, outdir / "assets" / name)
    docs = sorted(store.nodes(Label.DOCUMENT), key=lambda n: (not n.props.get("loaded"), fold(n.id)))
    known = {n.id for n in docs}
    env = environment()
    style = json.dumps(style_json())

    def href_from(root: str) -> Callable[[str], str | None]:
        return lambda i: f"{root}{doc_file(i)}" if i in known else None

    common = {"static": True, "neo4j": False}
    (outdir / "search-index.js").write_text(
        "window.VBKG_DOCS = " + json.dumps([_search_entry(n) for n in docs], ensure_ascii=False,
                                           separators=(",", ":")).replace("<", "\\u003c") + ";\n",
        encoding="utf-8",
    )  # fmt: skip
    (outdir / "index.html").write_text(
        env.get_template("index.html").render(
            **common, root="", href=href_from(""), **_index_data(store, docs)
        ),
        encoding="utf-8",
    )
    doc_page = env.get_template("doc.html")
    href = href_from("../")
    for i, n in enumerate(docs, 1):
        name = page_name(n.id)
        data = neighbourhood(store, n.id)
        for node in data["nodes"]:
            if node["id"] in known:
                node["file"] = page_name(node["id"])
        (outdir / "data" / f"{name}.js").write_text(_script("vbkgData", data), encoding="utf-8")
        c = card(store, n)
        (outdir / "doc" / f"{name}.html").write_text(
            doc_page.render(**common, root="../", href=href, c=c, groups=grouped(c), style=style, data_file=name,
                            hidden=data["hidden"], total=data["total"]),
            encoding="utf-8",
        )  # fmt: skip
        if progress:
            progress(i, len(docs))
    (outdir / "data" / "_hierarchy.js").write_text(
        _script("vbkgData", hierarchy_data(store)), encoding="utf-8"
    )
    (outdir / "hierarchy.html").write_text(
        env.get_template("orgs.html").render(**common, root="", href=href_from(""), trees=hierarchy(store),
                                             style=style),
        encoding="utf-8",
    )  # fmt: skip
    return len(docs)


def _index_data(store: Store, docs: list[NodeRow]) -> dict[str, Any]:
    rel_counts: dict[str, int] = {}
    for e in store.edges(types=list(DOCUMENT_RELATIONS)):
        rel_counts[e.type] = rel_counts.get(e.type, 0) + 1
    recent = sorted((n for n in docs if n.props.get("loaded") and n.props.get("date")),
                    key=lambda n: (str(n.props["date"]), n.id), reverse=True)[:RECENT]  # fmt: skip
    return {
        "counts": {"documents": len(docs), "loaded": sum(1 for n in docs if n.props.get("loaded")),
                   "organizations": len(store.nodes(Label.ORGANIZATION)), **rel_counts},
        "cited": top(store, DOCUMENT_RELATIONS, limit=TOP),
        "implemented": top(store, ["IMPLEMENTS"], limit=TOP),
        "recent": recent,
    }  # fmt: skip
