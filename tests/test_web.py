"""`presslens serve`: every API endpoint, the body limit, refused private URLs, the pages, and a
property-based run of the OpenAPI spec (schemathesis) that must meet no server error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from presslens.store import Store

ROOT = Path(__file__).resolve().parents[1]
STORY = (
    "Moscow and Beijing agreed on Tuesday to expand trade in energy and farm goods, officials said.\n\n"
    "Trade between Russia and China rose by 30 percent last year to a record $190 billion, customs data "
    'showed. "This is a true partnership," the Russian trade minister told reporters.'
)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, analyze):
    path = tmp_path_factory.mktemp("web") / "corpus.duckdb"
    baltic = analyze((ROOT / "examples" / "baltic-grain-talks.md").read_text(encoding="utf-8"))
    with Store(path) as store:
        store.add([baltic, analyze(STORY, meta={"outlet": "Harbour Wire", "published": "2024-03-02"})])
    return path


@pytest.fixture(scope="module")
def client(store_path):
    from fastapi.testclient import TestClient

    from presslens.web.app import create_app

    with TestClient(create_app(store_path, workers=1, timeout=120, max_body=50_000)) as c:
        yield c


def test_analyze_text_html_and_bad_requests(client):
    done = client.post("/api/analyze", json={"text": STORY, "outlet": "Harbour Wire"})
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["meta"]["outlet"] == "Harbour Wire" and {"RUS", "CHN"} <= {a["id"] for a in body["actors"]}
    page = (
        "<html><body><article><h1>Trade record</h1><p>" + STORY.replace("\n\n", "</p><p>") + "</p></article>"
    )
    assert client.post("/api/analyze", json={"html": page}).status_code == 200
    assert client.post("/api/analyze", json={"text": STORY, "url": "https://x.example/"}).status_code == 422
    assert client.post("/api/analyze", json={}).status_code == 422
    empty = client.post("/api/analyze", json={"text": "   "})
    assert empty.status_code == 400 and empty.json()["detail"]


def test_a_body_over_the_limit_gets_413(client):
    big = client.post("/api/analyze", json={"text": "word " * 20_000})
    assert big.status_code == 413 and "over the limit" in big.json()["detail"]

    def chunks():  # no Content-Length: counted as it streams in
        for _ in range(30):
            yield b"x" * 4096

    streamed = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/admin",
        "http://localhost/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.7/",
    ],
)
def test_private_urls_are_refused(client, url):
    refused = client.post("/api/analyze", json={"url": url})
    assert refused.status_code == 400 and "private or local address" in refused.json()["detail"]
    assert client.post("/api/analyze", json={"url": "file:///etc/passwd"}).status_code == 400


def test_articles_filters_and_one_article(client):
    everything = client.get("/api/articles").json()
    assert everything["total"] == 2
    wire = client.get("/api/articles", params={"outlet": "Harbour Wire"}).json()
    assert wire["total"] == 1 and wire["items"][0]["published"] == "2024-03-02"
    assert client.get("/api/articles", params={"actor": "China"}).json()["total"] == 1
    assert client.get("/api/articles", params={"q": "RECORD $190"}).json()["total"] == 1
    assert client.get("/api/articles", params={"since": "2030-01-01"}).json()["total"] == 0
    assert client.get("/api/articles", params={"limit": 0}).status_code == 422
    article_id = wire["items"][0]["id"]
    one = client.get(f"/api/articles/{article_id}")
    assert one.status_code == 200 and one.json()["id"] == article_id
    assert client.get("/api/articles/" + "0" * 20).status_code == 404
    assert client.get("/api/articles/..%2F..%2Fetc%2Fpasswd").status_code in (404, 422)


def test_actor_and_relations_reports(client):
    russia = client.get("/api/actors/Russia")
    assert russia.status_code == 200 and "RUS" in russia.json()["ids"]
    assert russia.json()["portrayal"]["columns"][:3] == ["period", "outlet", "articles"]
    assert client.get("/api/actors/Atlantis").status_code == 404
    rel = client.get("/api/relations", params={"a": "RUS", "b": "CHN"})
    assert rel.status_code == 200 and rel.json()["a"] == ["RUS"]
    assert client.get("/api/relations", params={"a": "RUS", "b": "CHN", "period": "eon"}).status_code == 422


def test_pages_and_headers(client, store_path):
    home = client.get("/")
    assert home.status_code == 200 and '<form method="post" action="/analyze">' in home.text
    assert "default-src 'none'" in home.headers["content-security-policy"]
    report = client.post("/analyze", data={"text": STORY})
    assert report.status_code == 200 and '<article id="text"' in report.text
    neither = client.post("/analyze", data={"text": "", "url": ""})
    assert neither.status_code == 400 and "paste an article" in neither.text
    dash = client.get("/dashboard")
    assert dash.status_code == 200 and dash.text.count('src="data:image/svg+xml;base64,') >= 2
    with Store(store_path, read_only=True) as s:
        article_id = s.articles(limit=1)[1][0]["id"]
    assert client.get(f"/articles/{article_id}").status_code == 200
    api = client.get("/api/articles")
    assert api.headers["x-content-type-options"] == "nosniff"
    assert client.get("/docs").status_code == 404  # the interactive docs would load a CDN


def test_without_a_store_the_corpus_endpoints_say_so():
    from fastapi.testclient import TestClient

    from presslens.web.app import NO_STORE, create_app

    with TestClient(create_app(None, workers=1)) as c:
        missing = c.get("/api/articles")
        assert missing.status_code == 404 and missing.json()["detail"] == NO_STORE


def test_the_openapi_spec_holds_under_generated_requests(store_path):
    import schemathesis
    from hypothesis import HealthCheck, given, settings

    from presslens.web.app import create_app

    app = create_app(store_path, workers=1, timeout=120, max_body=50_000)
    spec = app.openapi()
    assert {"/api/analyze", "/api/articles", "/api/articles/{article_id}", "/api/actors/{actor}"} <= set(
        spec["paths"]
    )
    json.dumps(spec)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    from fastapi.testclient import TestClient

    failures: list[str] = []
    seen: dict[str, set[int]] = {}

    def check(op) -> None:
        @settings(
            max_examples=25,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            derandomize=True,
        )  # a fixed seed: the same requests on every run, so the run cannot pass or fail by chance
        @given(case=op.as_strategy())
        def run(case) -> None:
            response = case.call()
            seen.setdefault(f"{op.method.upper()} {op.path}", set()).add(response.status_code)
            if response.status_code >= 500:
                failures.append(
                    f"{op.method.upper()} {op.path}: {response.status_code} {response.text[:200]}"
                )

        run()

    with TestClient(app):  # starts the analysing worker for the generated calls
        for operation in schema.get_all_operations():
            check(operation.ok())
    assert failures == []
    # every operation was called; generated texts were analysed and generated filters answered
    assert len(seen) == len(spec["paths"]), seen
    assert 200 in seen["POST /api/analyze"] and 200 in seen["GET /api/articles"], seen


def test_an_analysis_past_the_timeout_gets_504():
    from fastapi.testclient import TestClient

    from presslens.web.app import create_app

    with TestClient(create_app(None, workers=1, timeout=0.001)) as c:
        slow = c.post("/api/analyze", json={"text": STORY})
        assert slow.status_code == 504 and "longer than" in slow.json()["detail"]
