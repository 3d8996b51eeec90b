"""Fetching URLs safely, against a local HTTP server in a thread (never the internet): private addresses
need a flag, and redirects, size and time are capped."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from presslens.cli import main
from presslens.errors import Rejected
from presslens.ingest import from_source
from presslens.ingest.url import fetch
from presslens.model import Analysis
from presslens.settings import Settings

ARTICLE_HTML = b"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Dockworkers End Strike in Rotterdam</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Dockworkers End Strike in Rotterdam</h1>
<p>Dockworkers in Rotterdam ended a five-day strike on Wednesday after port operators agreed to a new
wage deal, the union said. The Netherlands had warned that the stoppage was hurting exports.</p>
<p>Belgium said ships diverted to Antwerp during the strike would return to Rotterdam by the weekend.</p>
</article>
</body>
</html>
"""
PLAIN_LATIN1 = (
    "Harvest Festival Opens\n\n"
    "Farmers from across the region gathered in Évora on Saturday for the harvest festival. "
    "The mayor said attendance had doubled since last year.\n"
)
SMALL_CAP = 2000


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # keep the test output quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path
        self.server.hits.append(path)
        if path == "/article.html":
            self._send(200, ARTICLE_HTML, "text/html; charset=utf-8")
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            self._redirect(f"/redirect/{n - 1}" if n > 1 else "/article.html")
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/article.html")
        elif path == "/no-location":
            self.send_response(302)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/big":
            self._send(200, b"<p>" + b"news " * 1000 + b"</p>", "text/html")
        elif path == "/big-unannounced":
            # no Content-Length: the body ends when the connection closes; only the running count can stop it
            self.close_connection = True
            self._send(200, b"words " * 1000, "text/plain", length=False)
        elif path == "/slow":
            self.server.release.wait(5)
            self._send(200, ARTICLE_HTML, "text/html")
        elif path == "/text":
            self._send(200, PLAIN_LATIN1.encode("latin-1"), "text/plain; charset=ISO-8859-1")
        else:
            self._send(404, b"not here", "text/plain")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.hits: list[str] = []
        self.release = threading.Event()


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.release.set()
        srv.shutdown()
        srv.server_close()
        thread.join(5)


@pytest.fixture
def base(server: _Server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


ALLOW = Settings(allow_private_urls=True)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_private_address_refused_by_default(server, base):
    url = f"{base}/article.html"
    before = len(server.hits)
    with pytest.raises(Rejected) as info:
        fetch(url, Settings())
    assert info.value.source == url
    assert "private or local address (127.0.0.1)" in info.value.reason
    assert "--allow-private-urls" in info.value.reason
    assert len(server.hits) == before  # refused before any connection was made


def test_private_address_refused_by_cli(capsys, base):
    url = f"{base}/article.html"
    code, out, err = run(capsys, "analyze", url, "--format", "json")
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"presslens: error: {url}: refusing to fetch from a private or local address")
    assert "--allow-private-urls" in lines[0]


def test_fetch_article(base):
    page = fetch(f"{base}/article.html", ALLOW)
    assert page.url == f"{base}/article.html"
    assert page.data == ARTICLE_HTML
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"


def test_cli_fetches_and_analyses_with_the_flag(capsys, base):
    url = f"{base}/article.html"
    code, out, err = run(capsys, "analyze", url, "--allow-private-urls", "--format", "json")
    assert code == 0, err
    analysis = Analysis.model_validate_json(out)
    assert analysis.meta.title == "Dockworkers End Strike in Rotterdam"
    assert analysis.source.uri == url
    assert analysis.source.kind == "html"
    assert "five-day strike" in analysis.text
    assert "<p>" not in analysis.text
    assert "NLD" in {a.code for a in analysis.actors}


def test_five_redirects_are_followed(server, base):
    before = len(server.hits)
    page = fetch(f"{base}/redirect/5", ALLOW)
    assert page.url == f"{base}/article.html"
    assert page.data == ARTICLE_HTML
    assert server.hits[before:] == [f"/redirect/{n}" for n in (5, 4, 3, 2, 1)] + ["/article.html"]


def test_six_redirects_are_refused(server, base):
    url = f"{base}/redirect/6"
    with pytest.raises(Rejected) as info:
        fetch(url, ALLOW)
    assert info.value.reason == "more than 5 redirects"
    assert info.value.source == url
    assert "/article.html" not in server.hits[-6:]


def test_redirect_cap_follows_settings(base):
    with pytest.raises(Rejected, match="more than 1 redirects"):
        fetch(f"{base}/redirect/2", Settings(allow_private_urls=True, fetch_max_redirects=1))
    assert fetch(f"{base}/redirect/1", Settings(allow_private_urls=True, fetch_max_redirects=1)).data


def test_redirect_to_another_scheme_is_refused(base):
    with pytest.raises(Rejected, match="only http and https URLs can be fetched"):
        fetch(f"{base}/to-ftp", ALLOW)


def test_redirect_without_location(base):
    with pytest.raises(Rejected, match="HTTP 302 redirect without a location"):
        fetch(f"{base}/no-location", ALLOW)


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_size_cap(base, path):
    settings = Settings(allow_private_urls=True, fetch_max_bytes=SMALL_CAP)
    with pytest.raises(Rejected) as info:
        fetch(f"{base}{path}", settings)
    assert info.value.reason == "the page is larger than the 2,000-byte limit"
    # the same pages pass under the default cap
    assert len(fetch(f"{base}{path}", ALLOW).data) > SMALL_CAP


def test_timeout(base):
    settings = Settings(allow_private_urls=True, fetch_timeout=0.5)
    with pytest.raises(Rejected) as info:
        fetch(f"{base}/slow", settings)
    assert info.value.reason == "timed out after 0.5 s"


def test_http_404(capsys, base):
    url = f"{base}/missing"
    with pytest.raises(Rejected) as info:
        fetch(url, ALLOW)
    assert info.value.reason.startswith("HTTP error 404")
    code, out, err = run(capsys, "analyze", url, "--allow-private-urls")
    assert code == 2
    assert out == ""
    assert err.strip().splitlines() == [f"presslens: error: {url}: HTTP error 404 Not Found"]


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/article.html", "file:///etc/passwd", "http:///no-host"])
def test_non_http_url_refused(url):
    with pytest.raises(Rejected) as info:
        fetch(url, ALLOW)
    assert info.value.reason == "only http and https URLs can be fetched"
    assert info.value.source == url


def test_file_url_through_cli_is_not_read(capsys):
    code, out, err = run(capsys, "analyze", "file:///etc/passwd", "--format", "json")
    assert code == 2
    assert out == ""
    assert "root:" not in err
    assert err.startswith("presslens: error: file:///etc/passwd: ")


def test_unresolvable_host(capsys):
    url = "http://nonexistent.invalid/"
    with pytest.raises(Rejected) as info:
        fetch(url, ALLOW)
    assert info.value.reason == "cannot resolve the host name"
    code, _, err = run(capsys, "analyze", url)
    assert code == 2
    assert err.strip().splitlines() == [f"presslens: error: {url}: cannot resolve the host name"]


def test_plain_text_latin1_page_keeps_its_accent(base):
    url = f"{base}/text"
    page = fetch(url, ALLOW)
    assert page.content_type == "text/plain"
    assert page.charset == "ISO-8859-1"
    (doc,) = from_source(url, ALLOW)
    assert not isinstance(doc, Rejected), doc
    assert "Évora" in doc.text
    assert doc.text == PLAIN_LATIN1.strip()
    assert doc.meta.title == "Harvest Festival Opens"
    assert doc.source.uri == url


def test_plain_text_page_through_cli(capsys, base):
    code, out, err = run(capsys, "analyze", f"{base}/text", "--allow-private-urls", "--format", "jsonl")
    assert code == 0, err
    (row,) = out.splitlines()
    assert "Évora" in json.loads(row)["text"]
