"""The workbench as a Starlette application; pages are Jinja2 templates (autoescaped, so every
title, name and sentence from the documents is shown as text) and the scripts are shipped in
the package, so nothing is fetched from the internet.

Endpoints are `async` on purpose: they run on the event loop's one thread, where the store was
opened (an SQLite connection belongs to the thread that opened it); a local workbench serves
one analyst, and every query here answers in milliseconds to a few hundred.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ..graph.schema import DOCUMENT_RELATIONS, Label
from ..queries import QueryError, resolve_ref
from ..queries.card import card, grouped
from ..queries.listing import hierarchy
from ..queries.top import top
from ..queries.trace import PAGE, chain, iter_trace, other_relations, parse_rels
from ..stats import stats
from ..stores import Store, StoreError
from ..views.graphdata import neighbourhood
from ..views.style import style_json
from ..views.templates_env import environment
from ..views.viz import hierarchy_data
from .searching import SearchIndex

HERE = Path(__file__).parent
ASSETS = HERE.parent / "views" / "assets"
templates = Jinja2Templates(env=environment())
RECENT = 15


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    context.setdefault("neo4j", request.app.state.neo4j)
    context.update(root="/", static=False, href=_href)
    return templates.TemplateResponse(request, name, context, status_code=status)


def _href(node_id: str) -> str:
    return "/doc/" + quote(node_id, safe="")


def _rels(request: Request, default: str = "IMPLEMENTS") -> tuple[str, ...]:
    try:
        return parse_rels(request.query_params.get("rel") or default)
    except ValueError:
        return parse_rels(default)


def _cached(request: Request, key: str, compute: Callable[[], Any]) -> Any:
    """Whole-graph answers (counts, rankings) kept until the store's counts change."""
    store = _store(request)
    cache: dict[str, tuple[tuple[int, int], Any]] = request.app.state.cache
    version = store.counts()
    if key not in cache or cache[key][0] != version:
        cache[key] = (version, compute())
    return cache[key][1]


async def index(request: Request) -> Response:
    return _page(request, "index.html", **_cached(request, "index", lambda: _index_data(_store(request))))


def _index_data(store: Store) -> dict[str, Any]:
    """The home page's figures, each counted by the store (indexes where it has them)."""
    counted = stats(store)
    rels = counted["relationships"]
    return {"counts": {
        "documents": counted["documents"], "loaded": counted["loaded"],
        "organizations": counted["labels"].get(Label.ORGANIZATION.value, 0),
        **{str(r): rels[r] for r in DOCUMENT_RELATIONS if r in rels},
    }, "cited": top(store, DOCUMENT_RELATIONS, limit=10), "implemented": top(store, ["IMPLEMENTS"], limit=10),
        "recent": store.recent_documents(RECENT)}  # fmt: skip


async def api_search(request: Request) -> Response:
    index: SearchIndex = request.app.state.search
    text = request.query_params.get("q", "")
    try:
        return JSONResponse(index.search(_store(request), text, 30))
    except QueryError as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)


async def api_neighbours(request: Request) -> Response:
    store = _store(request)
    node_id = request.path_params["node_id"]
    if store.node(node_id) is None:
        return JSONResponse({"error": f"no node {node_id}"}, status_code=404)
    return JSONResponse(neighbourhood(store, node_id))


def _resolve(request: Request) -> Any:
    store = _store(request)
    ref = request.path_params["node_id"]
    try:
        return resolve_ref(store, ref)
    except QueryError as exc:
        return exc


def _not_found(request: Request, exc: QueryError) -> Response:
    return _page(request, "error.html", status=404, message=str(exc), candidates=exc.candidates)


async def document(request: Request) -> Response:
    node = _resolve(request)
    if isinstance(node, QueryError):
        return _not_found(request, node)
    c = card(_store(request), node, incoming_limit=CARD_INCOMING)
    return _page(request, "doc.html", c=c, groups=grouped(c), style=json.dumps(style_json()))


async def trace_page(request: Request) -> Response:
    node = _resolve(request)
    if isinstance(node, QueryError):
        return _not_found(request, node)
    store, rels = _store(request), _rels(request)
    page = _page_number(request)
    first = (page - 1) * TRACE_PAGE
    # one page of rows, in trace's order, and one more to know whether there is a next page
    rows = list(itertools.islice(iter_trace(store, node.id, rels=rels), first, first + TRACE_PAGE + 1))
    more = len(rows) > TRACE_PAGE
    rows = rows[:TRACE_PAGE]
    others = other_relations(store, node.id, rels) if not rows and page == 1 else {}
    return _page(request, "trace.html", node=node, rows=rows, rels=rels, others=others,
                 all_rels=DOCUMENT_RELATIONS, page=page, first=first + 1, more=more)  # fmt: skip


# Incoming relations of each type a document page lists; the rest are counted, and the
# trace pages through them (a hub's page was 22 MB at 100k plans).
CARD_INCOMING = 100
# Paths a trace page shows. Under queries.trace.PAGE, so that page one (and the row that says
# there is a next) is read edge by edge: a hub's first page reads 51 edges, not its 19,000.
TRACE_PAGE = 50
assert TRACE_PAGE < PAGE


def _page_number(request: Request) -> int:
    """?page=N, from 1; anything else is page 1."""
    text = request.query_params.get("page", "1")
    return max(1, min(int(text), 10**6)) if text.isdigit() else 1


async def chain_page(request: Request) -> Response:
    node = _resolve(request)
    if isinstance(node, QueryError):
        return _not_found(request, node)
    store, rels = _store(request), _rels(request)
    rows = chain(store, node.id, rels=rels)
    others = other_relations(store, node.id, rels, incoming=False) if not rows else {}
    return _page(
        request, "chain.html", node=node, rows=rows, rels=rels, others=others, all_rels=DOCUMENT_RELATIONS
    )


async def top_page(request: Request) -> Response:
    q = request.query_params
    rel = q.get("rel") or "cited"
    rels = DOCUMENT_RELATIONS if rel == "cited" else _rels(request)
    year = int(q["year"]) if q.get("year", "").isdigit() else None
    key = f"top|{','.join(rels)}|{q.get('class')}|{q.get('issuer')}|{year}"
    rows = _cached(request, key, lambda: top(_store(request), rels, q.get("class") or None, q.get("issuer") or None,
                                             year, 100))  # fmt: skip
    return _page(request, "top.html", rows=rows, rel=rel, all_rels=DOCUMENT_RELATIONS, q=q)


async def orgs_page(request: Request) -> Response:
    return _page(request, "orgs.html", trees=hierarchy(_store(request)), style=json.dumps(style_json()))


async def api_hierarchy(request: Request) -> Response:
    return JSONResponse(_cached(request, "hierarchy", lambda: hierarchy_data(_store(request))))


async def cypher_page(request: Request) -> Response:
    store = _store(request)
    query = ""
    rows: list[dict[str, Any]] | None = None
    error = None
    if request.method == "POST":
        # a urlencoded form, read as such (Starlette's form() would need python-multipart)
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        query = (form.get("query") or [""])[0]
        rows, error = _run_cypher(store, query)
    return _page(request, "cypher.html", query=query, rows=rows, error=error,
                 columns=list(rows[0]) if rows else [])  # fmt: skip


def _run_cypher(store: Store, query: str) -> tuple[list[dict[str, Any]] | None, str | None]:
    """Read-only Cypher through the store's own runner, which enforces read-only; the
    console adds nothing of its own but the same refusal `vbkg cypher` gives before sending."""
    from ..stores.cypher_guard import writes
    from ..stores.neo4j import Neo4jStore

    if not isinstance(store, Neo4jStore):
        return None, "the Cypher console needs Neo4j: start `vbkg serve --neo4j URI`"
    if word := writes(query):
        return None, f"this console is read-only: the query writes ({word})"
    try:
        rows = store.run(query, {}, write=False)
    except StoreError as exc:
        return None, str(exc)
    return [{k: _plain(v) for k, v in r.items()} for r in rows[:500]], None


def _plain(v: Any) -> Any:
    return v if isinstance(v, str | int | float | bool) or v is None else json.dumps(v, ensure_ascii=False,
                                                                                      default=str)  # fmt: skip


def create_app(open_store: Callable[[], Store], neo4j: bool = False) -> Starlette:
    """The application; `open_store` runs once at startup, on the thread that serves requests."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.store = open_store()
        app.state.search = SearchIndex()
        app.state.neo4j = neo4j
        app.state.cache = {}
        try:
            yield
        finally:
            app.state.store.close()

    routes = [
        Route("/", index),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Route("/api/search", api_search),
        Route("/api/hierarchy", api_hierarchy),
        Route("/api/neighbours/{node_id:path}", api_neighbours),
        Route("/doc/{node_id:path}", document),
        Route("/trace/{node_id:path}", trace_page),
        Route("/chain/{node_id:path}", chain_page),
        Route("/top", top_page),
        Route("/orgs", orgs_page),
        Route("/cypher", cypher_page, methods=["GET", "POST"]),
        Mount("/assets", StaticFiles(directory=str(ASSETS)), name="assets"),
    ]
    return Starlette(routes=routes, lifespan=lifespan)
