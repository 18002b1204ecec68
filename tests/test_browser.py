"""The pictures and the static site in a real browser: headless Chromium from Debian.

Checks that the graph renders (node count in the page's network), that a hostile title
shows as text in the tooltip and on the page, that search and links work from file://.
Screenshots are saved under out/screenshots/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vbkg.ingest import load
from vbkg.stores import open_embedded
from vbkg.views.site import build_site
from vbkg.views.viz import document_graph, hierarchy_graph

from .conftest import ROOT, SAMPLES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "out" / "screenshots"
HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> href=javascript:alert(1)'
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
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    root = tmp_path_factory.mktemp("site")
    docs = root / "docs"
    shutil.copytree(SAMPLES, docs)
    (docs / "hostile.txt").write_text(HOSTILE_DOC, encoding="utf-8")
    store = open_embedded(str(root / "vbkg.db"))
    assert not load(store, [docs]).failed
    build_site(store, root / "site")
    return root / "site", store


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
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.errors = errors
    return page


def _network_frame(page: Any) -> Any:
    iframe = page.query_selector("iframe")
    frame = iframe.content_frame() if iframe else page.main_frame
    frame.wait_for_function(
        "typeof network !== 'undefined' && network.body.data.nodes.length > 0", timeout=20000
    )
    return frame


def test_document_page_renders_its_picture(browser: Any, site: tuple[Path, Any]) -> None:
    out, store = site
    page = _open(browser, (out / "doc" / "kl-1-tw-2021.html").as_uri())
    frame = _network_frame(page)
    expected = document_graph(store, "kl-1-tw-2021").number_of_nodes()
    assert frame.evaluate("network.body.data.nodes.length") == expected >= 7
    assert frame.evaluate("network.body.data.edges.length") > 0
    assert "01-KL/TW" in page.inner_text("h1")
    assert "Bộ Chính trị" in page.inner_text("body")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(SHOTS / "kl-1-tw-2021.png"), full_page=True)
    assert not page.errors


def test_hostile_title_shows_as_text(browser: Any, site: tuple[Path, Any]) -> None:
    out, _ = site
    page = _open(browser, (out / "viz" / "kl-1-tw-2021.html").as_uri())
    page.wait_for_function(
        "typeof network !== 'undefined' && network.body.data.nodes.length > 0", timeout=20000
    )
    page.wait_for_timeout(1500)  # layout settles
    node = "kh-99-ldld-2024-ldld-quan-long-bien"
    pos = page.evaluate(
        "(id) => { const p = network.canvasToDOM(network.getPositions([id])[id]);"
        " const r = document.getElementById('mynetwork').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }",
        node,
    )
    page.mouse.move(pos[0] + 40, pos[1] + 40)
    page.mouse.move(pos[0], pos[1], steps=5)
    page.wait_for_selector(".vis-tooltip", state="visible", timeout=5000)
    tooltip = page.query_selector(".vis-tooltip")
    assert "<script>window.__pwned=2</script>" in tooltip.inner_text()
    assert tooltip.query_selector("script") is None and tooltip.query_selector("img") is None
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.screenshot(path=str(SHOTS / "hostile-tooltip.png"))
    card = _open(browser, (out / "doc" / f"{node}.html").as_uri())
    assert HOSTILE.split(" href")[0] in card.inner_text("body")
    assert card.evaluate("typeof window.__pwned") == "undefined"
    assert card.query_selector("img[src=x]") is None


def test_index_search_and_links(browser: Any, site: tuple[Path, Any]) -> None:
    out, store = site
    page = _open(browser, (out / "index.html").as_uri())
    page.fill("#q", "ket luan 01")
    page.wait_for_selector("#results li")
    first = page.query_selector("#results li a")
    assert first.get_attribute("href") == "doc/kl-1-tw-2021.html"
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert len(hrefs) >= len(store.nodes("Document"))
    for href in set(hrefs):
        assert (out / href).exists(), href
    first.click()
    page.wait_for_load_state()
    assert page.url.endswith("doc/kl-1-tw-2021.html") and "01-KL/TW" in page.inner_text("h1")
    links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    assert any(h.endswith("doc/kh-83-ldld-2023-ldld-tp-ha-noi.html") for h in links)
    page.click("text=83/KH-LĐLĐ")
    page.wait_for_load_state()
    assert "83/KH-LĐLĐ" in page.inner_text("h1")
    page.goto((out / "index.html").as_uri())
    page.screenshot(path=str(SHOTS / "index.png"))


def test_hierarchy_page(browser: Any, site: tuple[Path, Any]) -> None:
    out, store = site
    page = _open(browser, (out / "hierarchy.html").as_uri())
    frame = _network_frame(page)
    assert frame.evaluate("network.body.data.nodes.length") == hierarchy_graph(store).number_of_nodes() >= 5
    assert "Quận ủy Long Biên" in page.inner_text("body")
    page.wait_for_timeout(1000)
    page.screenshot(path=str(SHOTS / "hierarchy.png"), full_page=True)
    assert not page.errors
