"""The self-contained HTML report: every character of the article kept and escaped, each finding over its
own span, nothing loaded from anywhere, a Content-Security-Policy that admits only the page's own style and
script."""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import re
import subprocess
import sys
from pathlib import Path

import pytest

from presslens.render.html import findings, render_html, segments

ROOT = Path(__file__).resolve().parents[1]
CLI = str(Path(sys.executable).parent / "presslens")
HOSTILE = (
    "Moscow and Beijing agreed on Tuesday to expand trade, the ministers said. <script>window.__pwned = 1;"
    'alert(\'x\')</script> The deal was "a shameful betrayal", critics said. <img src=x onerror="alert(1)"> '
    'See <a href="javascript:alert(2)">this</a> & that.'
)


@pytest.fixture(scope="module")
def baltic(analyze):
    return analyze((ROOT / "examples" / "baltic-grain-talks.md").read_text(encoding="utf-8"))


def _body_text(page: str) -> str:
    """The article as the page shows it: the #text element's content with tags dropped, unescaped."""
    inner = re.search(r'<article id="text"[^>]*>(.*?)</article>', page, re.S)
    assert inner
    return html.unescape(re.sub(r"<[^>]+>", "", inner.group(1)))


def test_segments_cover_the_text_and_each_finding_exactly(baltic):
    table = findings(baltic)
    assert {f["layer"] for f in table.values()} >= {"actors", "claims", "events"}
    segs = segments(baltic.text, table)
    assert "".join(s.text for s in segs) == baltic.text
    for fid, f in table.items():
        covered = [s for s in segs if fid in s.findings]
        assert covered[0].start == f["start"] and covered[-1].end == f["end"], fid
        assert all(a.end == b.start for a, b in itertools.pairwise(covered))


def test_the_page_shows_the_article_whole_and_loads_nothing(baltic):
    page = render_html(baltic)
    assert _body_text(page) == baltic.text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # no external resource
    for section in ("meta", "actors", "quotes", "claims", "events", "legend"):
        assert f'<section id="{section}">' in page


def test_the_csp_admits_only_the_pages_own_style_and_script(baltic):
    page = render_html(baltic)
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    script = page.rsplit("<script>", 1)[1].split("</script>")[0]
    for source in (style, script):
        digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert " style=" not in page  # an inline style attribute would be refused by the policy


def test_hostile_article_text_is_escaped(analyze):
    analysis = analyze(HOSTILE)
    analysis.meta.title = "<script>alert('title')</script>"
    analysis.meta.url = "javascript:alert(3)"
    page = render_html(analysis)
    assert _body_text(page) == analysis.text
    assert page.count("<script") == 2  # the findings data block and the page's own script
    assert "<img" not in page and 'href="javascript:' not in page
    assert "&lt;script&gt;window.__pwned" in page
    data = page.split('<script type="application/json" id="findings">')[1].split("</script>")[0]
    assert "<" not in data and ">" not in data


def test_cli_writes_the_html_report_and_refuses_several_sources(tmp_path):
    out = tmp_path / "report.html"
    done = subprocess.run(
        [
            CLI,
            "analyze",
            str(ROOT / "examples" / "baltic-grain-talks.md"),
            "--format",
            "html",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    two = subprocess.run(
        [CLI, "analyze", str(out), str(out), "--format", "html"], capture_output=True, text=True, timeout=300
    )
    assert two.returncode == 2 and "--format html shows one article" in two.stderr
