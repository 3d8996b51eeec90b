"""The HTML report in a real browser (headless Chromium driven by Playwright): layers switch on and off,
a technique's explanation shows on hover, an actor's evidence link scrolls to its sentence, the page fits a
phone, and a hostile article runs nothing. Screenshots go to build/screenshots/."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from presslens.render.html import render_html

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "build" / "screenshots"
SAMPLE = ROOT.parent / "shared" / "samples" / "russia-china-coordination.txt"
CHROMIUM = os.environ.get("PRESSLENS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [  # as root, on a machine with no outside network
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (make test installs Debian's chromium when run as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (it is in the dev extras: pip install -e '.[dev]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def _open(browser, page_html: str, tmp_path: Path, name: str, width: int = 1300, height: int = 900):
    path = tmp_path / f"{name}.html"
    path.write_text(page_html, encoding="utf-8")
    return _visit(browser, path.as_uri(), width, height)


def _visit(browser, url: str, width: int = 1300, height: int = 900):
    """A new page at `url`, with the list of problems it meets: script errors, console errors (a CSP
    violation is one), and dialogs (dismissed)."""
    page = browser.new_page(viewport={"width": width, "height": height})
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"error: {e}"))
    page.on(
        "console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None
    )
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(url)
    return page, problems


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def _walk_through(browser, analysis, tmp_path: Path, name: str) -> None:
    page, problems = _open(browser, render_html(analysis), tmp_path, name)
    _shot(page, f"{name}-page")
    # every layer switches off and on again
    for layer in ("actors", "quotes", "claims", "events", "techniques", "frames"):
        box = page.locator(f'#layers input[data-layer="{layer}"]')
        count = page.locator(f"#text .l-{layer}").count()
        if not count:
            continue
        box.uncheck()
        assert not page.locator("#text").evaluate(f"t => t.classList.contains('show-{layer}')")
        box.check()
        assert page.locator("#text").evaluate(f"t => t.classList.contains('show-{layer}')")
    # switched off, a layer's findings leave the tooltip
    technique = next(t for t in analysis.techniques if t.explanation)
    seg = page.locator(f'#text .seg[data-f~="techniques-{analysis.techniques.index(technique)}"]').first
    seg.hover()
    tip = page.locator("#tip")
    assert tip.is_visible()
    assert technique.explanation in tip.inner_text()
    _shot(page, f"{name}-technique-hover")
    page.locator('#layers input[data-layer="techniques"]').uncheck()
    page.mouse.move(0, 0)
    seg.hover()
    assert technique.explanation not in (tip.inner_text() if tip.is_visible() else "")
    page.locator('#layers input[data-layer="techniques"]').check()
    # an actor's evidence link scrolls to its sentence and marks it
    link = page.locator("#actors a.jump").first
    target = link.get_attribute("href")[1:]
    link.click()
    assert page.evaluate("location.hash") == f"#{target}"
    marked = page.locator(f"#{target}")
    assert "flash" in (marked.get_attribute("class") or "")
    flashed = "".join(page.locator("#text .flash").all_text_contents())
    assert flashed == analysis.text[int(target[3:]) :][: int(link.get_attribute("data-len"))]
    box = marked.bounding_box()
    assert box is not None and 0 <= box["y"] <= page.viewport_size["height"]
    _shot(page, f"{name}-evidence-link")
    # keyboard: the first highlighted passage takes focus and shows its tooltip
    page.locator('#layers input[data-layer="frames"]').focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('seg')")
    assert tip.is_visible()
    assert problems == []
    page.close()
    # on a phone the page has no sideways scroll
    phone, problems = _open(browser, render_html(analysis), tmp_path, f"{name}-phone", 390, 844)
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    _shot(phone, f"{name}-phone")
    assert problems == []
    phone.close()


def test_the_seed_sample_report_in_a_browser(browser, analyze, tmp_path):
    if not SAMPLE.exists():
        pytest.skip(f"the seed sample is in ../shared, not found at {SAMPLE}")
    _walk_through(browser, analyze(SAMPLE.read_text(encoding="utf-8")), tmp_path, "sample")


def test_a_fixture_report_in_a_browser(browser, analyze, tmp_path):
    text = (ROOT / "tests" / "fixtures" / "portrayal" / "opinion-border.txt").read_text(encoding="utf-8")
    _walk_through(browser, analyze(text), tmp_path, "opinion-border")


def test_a_hostile_article_runs_nothing(browser, analyze, tmp_path):
    from test_html import HOSTILE

    analysis = analyze(HOSTILE)
    analysis.meta.title = '<img src=x onerror="window.__pwned=2">'
    page, problems = _open(browser, render_html(analysis), tmp_path, "hostile")
    for seg in page.locator("#text .seg").all():
        seg.hover()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0 and page.locator("#text a").count() == 0
    assert page.locator("script").count() == 2
    assert "<script>window.__pwned" in page.locator("#text").inner_text()
    _shot(page, "hostile")
    assert problems == []


@pytest.fixture(scope="module")
def server(tmp_path_factory, analyze):
    """`presslens serve` on a free local port, over a small store with narratives."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from presslens.store import Store
    from test_web import STORY

    db = tmp_path_factory.mktemp("served") / "corpus.duckdb"
    with Store(db) as store:
        store.add(
            [
                analyze((ROOT / "examples" / "baltic-grain-talks.md").read_text(encoding="utf-8")),
                analyze(STORY, meta={"outlet": "Harbour Wire", "published": "2024-03-02"}),
            ]
        )
    cli = str(Path(sys.executable).parent / "presslens")
    outlets = ROOT / "tests" / "fixtures" / "narratives" / "outlets.jsonl"  # three outlets, one assertion
    for args in (["ingest", str(outlets), "--db", str(db), "-j", "1"], ["narratives", "--db", str(db)]):
        subprocess.run([cli, *args], check=True, capture_output=True, timeout=600)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([cli, "serve", "--db", str(db), "--port", str(port)], stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(240):
        try:
            urllib.request.urlopen(base + "/", timeout=1)
            break
        except OSError:
            time.sleep(0.25)
    else:
        proc.kill()
        pytest.fail("presslens serve did not answer within a minute")
    yield base
    proc.terminate()
    proc.wait(timeout=30)


def test_the_served_analyse_page(browser, server):
    from test_web import STORY

    page, problems = _visit(browser, server + "/")
    _shot(page, "served-analyse")
    page.locator("#text").fill(STORY)
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_selector("article#text .l-actors", timeout=120_000)
    assert "Moscow and Beijing agreed" in page.locator("article#text").inner_text()
    page.locator('#layers input[data-layer="actors"]').uncheck()
    assert not page.locator("article#text").evaluate("t => t.classList.contains('show-actors')")
    page.locator('#layers input[data-layer="actors"]').check()
    page.locator("article#text .l-actors").first.hover()
    assert page.locator("#tip").is_visible() and "(RUS)" in page.locator("#tip").inner_text()
    _shot(page, "served-report")
    assert problems == []  # a CSP violation would show here as a console error
    # neither text nor URL: the form comes back with the reason, as a 400
    page.goto(server + "/")
    page.get_by_role("button", name="Analyse").click()
    assert "paste an article" in page.get_by_role("alert").inner_text()
    assert [p for p in problems if "status of 400" not in p] == []
    page.close()


def test_the_served_dashboard(browser, server):
    page, problems = _visit(browser, server + "/dashboard")
    charts = page.locator("img.chart")
    assert charts.count() >= 3
    for k in range(charts.count()):
        assert charts.nth(k).evaluate("img => img.complete && img.naturalWidth > 0")
    _shot(page, "served-dashboard")
    # a narrative opens the article where it first appeared
    page.locator("#narratives a").first.click()
    page.wait_for_selector("article#text")
    assert "The Northfield Courier" in page.locator("header .byline").inner_text()
    page.go_back()
    page.get_by_label("Actor").fill("China")
    page.get_by_role("button", name="Show").click()
    assert "How the press portrays China" in page.locator("#portrayal h2").inner_text()
    page.locator("#recent a").first.click()
    page.wait_for_selector("article#text")
    _shot(page, "served-article")
    assert problems == []
    page.close()
    phone, problems = _visit(browser, server + "/dashboard", 390, 844)
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    _shot(phone, "served-dashboard-phone")
    assert problems == []
    phone.close()
