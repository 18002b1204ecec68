"""`vbkg serve` and the static site in a real browser: headless Chromium from Debian.

Search as you type ('ket luan 01' finds 01-KL/TW), the document page lists the gold
implementers with the mention highlighted, a click expands a node, the Cypher console refuses
a write, every page loads with the network cut off (any request off the server or off
file:// is aborted and fails the test), a hostile title is shown as text everywhere.
Screenshots are saved under out/screenshots/.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vbkg.ingest import load
from vbkg.queries.search import search
from vbkg.stores import Neo4jConfig, open_embedded
from vbkg.views.graphdata import neighbourhood
from vbkg.views.site import build_site, doc_file
from vbkg.views.viz import hierarchy_graph, page
from vbkg.web.searching import SearchIndex

from .conftest import GOLD, ROOT, SAMPLES, need
from .test_queries import SEED_ID

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "out" / "screenshots"
HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> href=javascript:alert(1)'
HOSTILE_ID = "kh-99-ldld-2024-ldld-quan-long-bien"
HOSTILE_DOC = f"""Số: 99/KH-LĐLĐ

Long Biên, ngày 01 tháng 3 năm 2024

KẾ HOẠCH

Thực hiện Kết luận số 01-KL/TW {HOSTILE}

Ban Thường vụ LĐLĐ quận Long Biên ban hành kế hoạch thực hiện như sau:

I. NỘI DUNG

- Báo cáo kết quả về Quận ủy theo quy định.
"""

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded store with the samples and a document whose title is an attack."""
    root = tmp_path_factory.mktemp("seeded")
    docs = root / "docs"
    shutil.copytree(SAMPLES, docs)
    (docs / "hostile.txt").write_text(HOSTILE_DOC, encoding="utf-8")
    store = open_embedded(str(root / "vbkg.db"))
    assert not load(store, [docs]).failed
    store.close()
    return root / "vbkg.db"


@pytest.fixture(scope="module")
def site(seeded: Path) -> Path:
    out = seeded.parent / "site"
    store = open_embedded(str(seeded))
    build_site(store, out)
    store.close()
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(args: list[str], env: dict[str, str] | None = None) -> Iterator[str]:
    """Start `vbkg serve` as a user does; yield its address; stop it."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "vbkg", "serve", "--port", str(port), *args],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, **(env or {})},
    )  # fmt: skip
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert f"http://127.0.0.1:{port}/" in first, first
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(seeded: Path) -> Iterator[str]:
    yield from _serve(["--store", str(seeded)])


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(
            "chromium is not installed (`make test` installs Debian's chromium; apt-get install chromium)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        yield b
        b.close()


def _open(browser: Any, url: str) -> Any:
    """A page with the network cut off: any request that is not to `url`'s own server (or
    file://) is aborted and recorded in page.outside; script errors in page.errors."""
    own = url.split("/", 3)[:3] if url.startswith("http") else ["file:"]
    prefix = "/".join(own)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.errors, page.outside = [], []

    def route(r: Any) -> None:
        if r.request.url.startswith(prefix):
            r.continue_()
        else:
            page.outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(url)
    return page


def _graph(page: Any, at_least: int = 1) -> int:
    page.wait_for_function(
        f"typeof network !== 'undefined' && network.body.data.nodes.length >= {at_least}", timeout=20000
    )
    return int(page.evaluate("network.body.data.nodes.length"))


def _shot(page: Any, name: str, full: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=full)


def _gold_implementers() -> tuple[set[str], set[str]]:
    """Ids (for gold entries naming a sample file) and symbols the gold lists as implementing 01-KL/TW."""
    gold = json.loads(need(GOLD, "seeds_gold.json").read_text(encoding="utf-8"))["implementers_of"]
    entry = gold["KL 01-KL/TW (2021)"]
    ids, symbols = set(), set()
    for x in entry["direct_title_or_preamble"] + entry["body_only"]:
        if x.endswith(".txt"):
            ids.add(SEED_ID[x[:3]])
        else:
            symbols.add(x.split(" ")[1])
    return ids, symbols


# --- vbkg serve -------------------------------------------------------------------------------


def test_serve_search_as_you_type(browser: Any, server: str) -> None:
    page = _open(browser, server + "/")
    page.type("#q", "ket luan 01", delay=20)
    page.wait_for_selector("#results li a")
    first = page.query_selector("#results li a")
    assert first.get_attribute("href") == "/doc/kl-1-tw-2021"
    assert "01-KL/TW" in first.inner_text()
    assert "Most cited" in page.inner_text("body") and "Recent documents" in page.inner_text("body")
    _shot(page, "serve-search.png")
    first.click()
    page.wait_for_load_state()
    assert "01-KL/TW" in page.inner_text("h1")
    assert not page.errors and not page.outside


def test_serve_document_page_lists_gold_implementers(browser: Any, server: str) -> None:
    page = _open(browser, server + "/doc/kl-1-tw-2021")
    group = page.query_selector(".rel-group[data-rel=IMPLEMENTS][data-direction=incoming]")
    assert group is not None and "Được thực hiện" in group.inner_text()
    hrefs = group.eval_on_selector_all("li > a", "els => els.map(e => e.getAttribute('href'))")
    texts = group.eval_on_selector_all("li > a", "els => els.map(e => e.textContent)")
    ids, symbols = _gold_implementers()
    assert {f"/doc/{i}" for i in ids} <= set(hrefs), hrefs
    assert symbols <= set(texts), texts
    marks = group.eval_on_selector_all("mark", "els => els.map(e => e.textContent)")
    assert marks and all("01" in m for m in marks), marks
    _graph(page, 5)
    page.wait_for_timeout(500)
    _shot(page, "serve-document.png")
    assert not page.errors and not page.outside


def test_serve_click_expands_a_node(browser: Any, server: str) -> None:
    page = _open(browser, server + "/doc/kl-1-tw-2021")
    before = _graph(page, 5)
    node = "kh-83-ldld-2023-ldld-tp-ha-noi"  # implements 01-KL/TW; the seed 000 implements it in turn
    page.locator("#graph").scroll_into_view_if_needed()
    box = page.query_selector("#graph").bounding_box()
    pos = page.evaluate("(id) => network.canvasToDOM(network.getPositions([id])[id])", node)
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_function("(id) => vbkgGraph.expanded().includes(id)", arg=node, timeout=10000)
    # the neighbours arrive after the node is marked expanded: wait for the edge itself
    edge = f"{SEED_ID['000']}>{node}"
    with contextlib.suppress(Exception):  # on a time-out the assertion below says what was there
        page.wait_for_function(
            "(edge) => vbkgGraph.edges.get().some(e => e.from + '>' + e.to === edge)", arg=edge, timeout=10000
        )
    edges = page.evaluate("vbkgGraph.edges.get().map(e => e.from + '>' + e.to)")
    assert edge in edges, edges
    assert page.evaluate("network.body.data.nodes.length") >= before
    page.locator("#graph").screenshot(path=str(SHOTS / "serve-expanded.png"))
    # filtering by relation hides edges of that relation from the view
    page.uncheck("#filters input[data-kind=rel][value=IMPLEMENTS]")
    assert page.evaluate("network.body.data.edges.get().every(e => e.rel !== 'IMPLEMENTS')")
    assert not page.errors and not page.outside


def test_serve_trace_chain_top_orgs(browser: Any, server: str) -> None:
    page = _open(browser, server + "/trace/kl-1-tw-2021")
    assert "44-KH/TU" in page.inner_text("table")
    page = _open(browser, server + "/trace/kl-1-tw-2021?rel=AMENDS")
    assert "No document points at it over AMENDS" in page.inner_text("body")
    assert "IMPLEMENTS" in page.inner_text(".note")
    page = _open(browser, server + f"/chain/{SEED_ID['000']}")
    assert "01-KL/TW" in page.inner_text("ol")
    page = _open(browser, server + "/top?rel=IMPLEMENTS")
    assert page.inner_text("table tr:nth-child(2) td:nth-child(3)") == "01-KL/TW"
    page = _open(browser, server + "/orgs")
    assert "Quận ủy Long Biên" in page.inner_text(".tree")
    _graph(page, 5)
    _shot(page, "serve-orgs.png")
    assert not page.errors and not page.outside


def test_serve_trace_pages(server: str) -> None:
    status, one = _get(server + "/trace/kl-1-tw-2021?rel=IMPLEMENTS")
    assert status == 200 and "Paths 1–" in one and "44-KH/TU" in one and "next →" not in one
    status, two = _get(server + "/trace/kl-1-tw-2021?rel=IMPLEMENTS&page=2")  # past the last row
    assert (
        status == 200 and "<table>" not in two and "No more paths" in two and "No document points" not in two
    )
    for bad in ("0", "-1", "x", ""):  # page 1
        status, body = _get(server + f"/trace/kl-1-tw-2021?page={bad}")
        assert status == 200 and "Paths 1–" in body
    status, body = _get(server + "/trace/kl-1-tw-2021?page=99999999999999999999")
    assert status == 200 and "No more paths" in body


def test_serve_shows_a_hostile_title_as_text(browser: Any, server: str) -> None:
    page = _open(browser, server + "/")
    page.type("#q", "99 long bien", delay=10)
    page.wait_for_selector("#results li")
    assert "<script>window.__pwned=2</script>" in page.inner_text("#results")
    page.goto(server + f"/doc/{HOSTILE_ID}")
    assert HOSTILE.split(" href")[0] in page.inner_text("body")
    _graph(page, 2)
    _hover_tooltip(page, HOSTILE_ID)
    assert page.query_selector("img[src=x]") is None
    assert page.evaluate("typeof window.__pwned") == "undefined"
    _shot(page, "serve-hostile.png", full=False)


def _hover_tooltip(page: Any, node: str) -> None:
    page.wait_for_timeout(300)
    page.locator("#graph").scroll_into_view_if_needed()
    box = page.query_selector("#graph").bounding_box()
    pos = page.evaluate("(id) => network.canvasToDOM(network.getPositions([id])[id])", node)
    x, y = box["x"] + pos["x"], box["y"] + pos["y"]
    page.mouse.move(x + 40, y + 40)
    page.mouse.move(x, y, steps=5)
    page.wait_for_selector(".vis-tooltip", state="visible", timeout=5000)
    tooltip = page.query_selector(".vis-tooltip")
    assert "<script>window.__pwned=2</script>" in tooltip.inner_text()
    assert tooltip.query_selector("script") is None and tooltip.query_selector("img") is None


@pytest.mark.bolt
def test_serve_over_bolt_and_the_cypher_console_refuses_a_write(
    browser: Any, bolt_config: Neo4jConfig, seeded: Path
) -> None:
    from vbkg.stores import open_neo4j

    bolt = open_neo4j(bolt_config)
    bolt.write_graph([], [])
    embedded = open_embedded(str(seeded))
    bolt.write_graph(embedded.nodes(), embedded.edges())  # the same graph on both stores
    bolt.close()
    env = {"NEO4J_USERNAME": bolt_config.user or "", "NEO4J_PASSWORD": bolt_config.password or "",
           "NEO4J_DATABASE": bolt_config.database or ""}  # fmt: skip
    for base in _serve(["--neo4j", bolt_config.uri], env):
        _, body = _get(base + "/api/neighbours/kl-1-tw-2021")
        assert json.loads(body) == json.loads(json.dumps(neighbourhood(embedded, "kl-1-tw-2021")))
        _, body = _get(base + "/api/search?q=ket%20luan%2001")
        assert json.loads(body)[0]["id"] == "kl-1-tw-2021"
        page = _open(browser, base + "/doc/kl-1-tw-2021")
        group = page.query_selector(".rel-group[data-rel=IMPLEMENTS][data-direction=incoming]")
        ids, _ = _gold_implementers()
        hrefs = group.eval_on_selector_all("li > a", "els => els.map(e => e.getAttribute('href'))")
        assert {f"/doc/{i}" for i in ids} <= set(hrefs)
        page = _open(browser, base + "/cypher")
        page.fill("textarea", "CREATE (n:Intruder {name: 'x'}) RETURN n")
        page.click("#run")
        page.wait_for_load_state()
        assert "read-only" in page.inner_text("#error")
        page.fill("textarea", "MATCH (n:Intruder) RETURN count(n) AS n")
        page.click("#run")
        page.wait_for_load_state()
        assert page.inner_text("#rows td") == "0"
        _shot(page, "serve-cypher.png")
        assert not page.errors and not page.outside
    embedded.close()


# --- the static site ----------------------------------------------------------------------------


def test_site_document_page_draws_its_neighbourhood(browser: Any, site: Path, seeded: Path) -> None:
    page = _open(browser, (site / doc_file("kl-1-tw-2021")).as_uri())
    store = open_embedded(str(seeded))
    expected = len(neighbourhood(store, "kl-1-tw-2021")["nodes"])
    store.close()
    assert _graph(page, expected) == expected >= 7
    assert "01-KL/TW" in page.inner_text("h1") and "Bộ Chính trị" in page.inner_text("body")
    page.wait_for_timeout(500)
    _shot(page, "site-kl-1-tw-2021.png")
    assert not page.errors and not page.outside


def test_site_hostile_title_shows_as_text(browser: Any, site: Path) -> None:
    page = _open(browser, (site / doc_file(HOSTILE_ID)).as_uri())
    assert HOSTILE.split(" href")[0] in page.inner_text("body")
    _graph(page, 2)
    _hover_tooltip(page, HOSTILE_ID)
    assert page.query_selector("img[src=x]") is None
    assert page.evaluate("typeof window.__pwned") == "undefined"
    _shot(page, "site-hostile-tooltip.png", full=False)


def test_site_index_search_and_links(browser: Any, site: Path, seeded: Path) -> None:
    page = _open(browser, (site / "index.html").as_uri())
    page.fill("#q", "ket luan 01")
    page.wait_for_selector("#results li")
    first = page.query_selector("#results li a")
    assert first.get_attribute("href") == "doc/kl-1-tw-2021.html"
    for href in set(page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")):
        assert (site / href).exists(), href
    assert "Most implemented" in page.inner_text("body")
    _shot(page, "site-index.png")
    first.click()
    page.wait_for_load_state()
    assert page.url.endswith("doc/kl-1-tw-2021.html") and "01-KL/TW" in page.inner_text("h1")
    page.click("text=83/KH-LĐLĐ >> nth=0")
    page.wait_for_load_state()
    assert "83/KH-LĐLĐ" in page.inner_text("h1")
    assert not page.errors and not page.outside


def test_site_graph_expands_from_file(browser: Any, site: Path) -> None:
    page = _open(browser, (site / doc_file("kl-1-tw-2021")).as_uri())
    _graph(page, 5)
    page.evaluate("vbkgGraph.expand('kh-83-ldld-2023-ldld-tp-ha-noi')")
    page.wait_for_function(
        f"vbkgGraph.edges.get().some(e => e.from === '{SEED_ID['000']}' && e.to === 'kh-83-ldld-2023-ldld-tp-ha-noi')",
        timeout=10000,
    )
    assert not page.errors and not page.outside


def test_site_hierarchy_page(browser: Any, site: Path, seeded: Path) -> None:
    page = _open(browser, (site / "hierarchy.html").as_uri())
    store = open_embedded(str(seeded))
    expected = hierarchy_graph(store).number_of_nodes()
    store.close()
    assert _graph(page, expected) == expected >= 5
    assert "Quận ủy Long Biên" in page.inner_text("body")
    page.wait_for_timeout(500)
    _shot(page, "site-hierarchy.png")
    assert not page.errors and not page.outside


def test_a_5000_node_view_opens(browser: Any, tmp_path: Path) -> None:
    """The layered layout draws thousands of nodes without physics (bench/site.py times it)."""
    data = synthetic(5000)
    (tmp_path / "big.html").write_text(page(data, "5,000 nodes"), encoding="utf-8")
    p = _open(browser, (tmp_path / "big.html").as_uri())
    assert _graph(p, 5000) == 5000
    assert not p.errors and not p.outside


def synthetic(n: int) -> dict[str, Any]:
    """A tree of n documents of mixed classes, each implementing an earlier one."""
    classes = ["Resolution", "Plan", "Decree", "Law", "Circular", "Decision"]
    nodes = [{"id": f"d{i}", "label": f"{i}/KH", "cls": classes[i % len(classes)], "title": f"document {i}",
              "doc": True} for i in range(n)]  # fmt: skip
    edges = [{"from": f"d{i}", "to": f"d{(i - 1) // 4}", "rel": "IMPLEMENTS", "head": True, "title": "IMPLEMENTS"}
             for i in range(1, n)]  # fmt: skip
    return {"center": "d0", "nodes": nodes, "edges": edges, "total": n, "hidden": 0}


def test_search_as_you_type_uses_the_store_index_where_there_is_one(seeded: Path) -> None:
    store = open_embedded(str(seeded))
    index = SearchIndex()
    found = index.search(store, "ket luan 01")
    assert found[0]["id"] == "kl-1-tw-2021" and found == search(store, "ket luan 01", 20)
    assert index.entries == []  # no document read into memory: the embedded store ranked them
    store.search_ranked = lambda tokens, limit: None  # type: ignore[method-assign]  # a store without one
    assert index.search(store, "ket luan 01") == found and len(index.entries) > 20
    store.close()


def _get(url: str) -> tuple[int, str]:
    from urllib.error import HTTPError
    from urllib.request import urlopen

    try:
        with urlopen(url, timeout=30) as r:
            return int(r.status), r.read().decode("utf-8")
    except HTTPError as exc:
        return int(exc.code), exc.read().decode("utf-8")


def test_serve_json_and_errors(server: str, seeded: Path) -> None:
    status, body = _get(server + "/api/search?q=ket%20luan%2001")
    assert status == 200 and json.loads(body)[0]["id"] == "kl-1-tw-2021"
    status, body = _get(server + "/api/search?q=" + "ke%20" * 100)
    assert status == 400 and "at most 64 words" in json.loads(body)["error"]
    status, body = _get(server + "/api/neighbours/kl-1-tw-2021")
    store = open_embedded(str(seeded))
    assert json.loads(body) == json.loads(json.dumps(neighbourhood(store, "kl-1-tw-2021")))
    store.close()
    status, body = _get(server + "/doc/no-such-document")
    assert status == 404 and "names no document number" in body
    status, body = _get(server + "/doc/01")
    assert status == 404 and "ambiguous" in body and "/doc/kl-1-tw-2021" in body
    status, body = _get(server + "/cypher")
    assert status == 200 and "needs Neo4j" in body
    status, body = _get(server + "/assets/vis-network.min.js")
    assert status == 200 and "vis.js may be distributed under either license" in body
