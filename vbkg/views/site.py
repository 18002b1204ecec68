"""A static site that works from file:// with no server: index with search, lists by class,
issuer and year, one page per document (its card and its picture), the hierarchy page."""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..extraction.gazetteer import fold
from ..graph.schema import Label
from ..queries.card import card
from ..queries.listing import hierarchy
from ..queries.search import haystack
from ..stores import Store
from .viz import document_page, hierarchy_page

CSS = """body{font-family:system-ui,sans-serif;margin:1.5rem auto;max-width:1100px;padding:0 1rem;color:#222}
a{color:#1f5fa8;text-decoration:none}a:hover{text-decoration:underline}
table{border-collapse:collapse}td,th{padding:2px 8px;text-align:left;vertical-align:top}
.ev{color:#555;font-size:90%;margin:2px 0 6px 1.5rem}.muted{color:#777}
iframe{width:100%;height:820px;border:1px solid #ccc}#q{font-size:1.1rem;width:60%;padding:4px}
nav a{margin-right:1rem}"""


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _page(title: str, body: str, depth: int = 0) -> str:
    up = "../" * depth
    return (f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<style>{CSS}</style></head><body><nav><a href='{up}index.html'>Documents</a>"
            f"<a href='{up}hierarchy.html'>Hierarchy</a></nav><h1>{esc(title)}</h1>{body}</body></html>")  # fmt: skip


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


def _doc_link(node_id: str, text: str, depth: int, known: set[str]) -> str:
    if node_id in known:
        return f"<a href='{'../' * depth}{doc_file(node_id)}'>{esc(text)}</a>"
    return esc(text)


def _card_html(c: dict[str, Any], known: set[str]) -> str:
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(c.get(k))}</td></tr>"
                   for k in ("type", "symbol", "title", "issuer", "date", "year", "place", "loaded") if c.get(k) is not None)  # fmt: skip
    if c.get("signer"):
        rows += (
            f"<tr><th>signer</th><td>{esc(c['signer']['name'])} ({esc(c['signer']['position'])})</td></tr>"
        )
    parts = [f"<table>{rows}</table>"]
    for direction, arrow in (("outgoing", "→"), ("incoming", "←")):
        items = []
        for r in c[direction]:
            evs = "".join(f"<div class='ev'>“{esc(e['sentence'])}” <span class='muted'>{esc(e.get('source'))}, "
                          f"{esc(e.get('section'))}</span></div>" for e in r["evidence"][:5] if e.get("sentence"))  # fmt: skip
            items.append(f"<li>{arrow} <b>{esc(r['type'])}</b> {_doc_link(r['id'], r['label'], 1, known)} "
                         f"<span class='muted'>{esc(', '.join(r['sections']))}</span>{evs}</li>")  # fmt: skip
        if items:
            parts.append(f"<h2>{direction}</h2><ul>{''.join(items)}</ul>")
    for w in c["warnings"]:
        parts.append(f"<p class='muted'>warning {esc(w['kind'])}: {esc(w['message'])}</p>")
    return "".join(parts)


def _tree_html(node: dict[str, Any]) -> str:
    """A body, the reporting lines it states, and the bodies under it."""
    kids = "".join(_tree_html(k) for k in node["children"])
    reports = "".join(f" <span class='muted'>⇢ reports to {esc(to)}</span>" for to in node["reports_to"])
    return f"<li>{esc(node['name'])}{reports}{f'<ul>{kids}</ul>' if kids else ''}</li>"


def _index(docs: list[Any]) -> str:
    entries = []
    groups: dict[str, dict[str, list[str]]] = {"class": defaultdict(list), "issuer": defaultdict(list),
                                              "year": defaultdict(list)}  # fmt: skip
    for n in docs:
        p = n.props
        text = p.get("symbol") or (p.get("title") or n.id)[:80]
        link = f"<a href='{doc_file(n.id)}'>{esc(text)}</a>"
        entries.append({"id": n.id, "href": doc_file(n.id), "text": text, "issuer": p.get("issuer") or "",
                        "year": p.get("year") or "", "type": p.get("type") or "", "key": haystack(n),
                        "num": str(p.get("number") or "").lstrip("0")})  # fmt: skip
        groups["class"][p.get("type") or "Document"].append(link)
        groups["issuer"][p.get("issuer") or "(unknown issuer)"].append(link)
        groups["year"][str(p.get("year") or "(no year)")].append(link)
    data = json.dumps(entries, ensure_ascii=False).replace("<", "\\u003c")
    search = (
        "<p><input id='q' placeholder='Search: số, tên, cơ quan — e.g. ket luan 01' autofocus> "
        "<span id='count' class='muted'></span></p><ol id='results'></ol>"
        f"<script>var DOCS = {data};\n"
        "function fold(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').replace(/đ/g,'d')"
        ".replace(/Đ/g,'D').toLowerCase();}\n"
        "var q=document.getElementById('q'), out=document.getElementById('results');\n"
        "q.addEventListener('input', function(){ var words=fold(q.value).split(/\\s+/).filter(Boolean);"
        " out.textContent=''; if(!words.length){document.getElementById('count').textContent='';return;}"
        " function score(d){var s=0; for(var i=0;i<words.length;i++){var w=words[i];"
        " if(/^\\d+$/.test(w) && d.num && d.num===w.replace(/^0+/,'')){s+=3;} else if(d.key.indexOf(w)>=0){s+=1;}"
        " else {return 0;}} return s;}"
        " var hits=DOCS.map(function(d){return [score(d),d];}).filter(function(x){return x[0]>0;})"
        ".sort(function(a,b){return b[0]-a[0];}).map(function(x){return x[1];});"
        " document.getElementById('count').textContent=hits.length+' found';"
        " hits.slice(0,100).forEach(function(d){var li=document.createElement('li'), a=document.createElement('a');"
        " a.href=d.href; a.textContent=d.text; li.appendChild(a);"
        " li.appendChild(document.createTextNode(' — '+d.issuer+' '+d.year)); out.appendChild(li);});});</script>"
    )
    sections = []
    for name in ("class", "issuer", "year"):
        lists = "".join(f"<h3>{esc(k)} <span class='muted'>({len(v)})</span></h3><p>{' · '.join(v)}</p>"
                        for k, v in sorted(groups[name].items()))  # fmt: skip
        sections.append(f"<details><summary><b>By {name}</b></summary>{lists}</details>")
    return search + "".join(sections)


def build_site(store: Store, outdir: Path, max_pictures: int = 2000) -> int:
    """Write the site into `outdir`; returns the number of document pages."""
    (outdir / "doc").mkdir(parents=True, exist_ok=True)
    (outdir / "viz").mkdir(exist_ok=True)
    docs = sorted(store.nodes(Label.DOCUMENT), key=lambda n: (not n.props.get("loaded"), fold(n.id)))
    known = {n.id for n in docs}
    links = {i: f"../{doc_file(i)}" for i in known}
    (outdir / "index.html").write_text(_page("vbkg — documents", _index(docs)), encoding="utf-8")
    for i, n in enumerate(docs):
        c = card(store, n)
        picture = ""
        if i < max_pictures:
            name = page_name(n.id)
            (outdir / "viz" / f"{name}.html").write_text(document_page(store, n.id, links), encoding="utf-8")
            picture = f"<h2>Chain and implementers</h2><iframe src='../viz/{name}.html'></iframe>"
        title = f"{n.props.get('type') or 'Document'} {n.props.get('symbol') or ''}".strip()
        (outdir / doc_file(n.id)).write_text(
            _page(title, _card_html(c, known) + picture, depth=1), encoding="utf-8"
        )
    (outdir / "viz" / "hierarchy.html").write_text(hierarchy_page(store), encoding="utf-8")
    trees = "".join(_tree_html(t) for t in hierarchy(store))
    body = f"<ul>{trees}</ul><iframe src='viz/hierarchy.html'></iframe>"
    (outdir / "hierarchy.html").write_text(_page("Organizations and reporting lines", body), encoding="utf-8")
    return len(docs)
