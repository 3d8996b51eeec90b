"""The web app: a JSON API over analyses and the corpus store, and three pages (analyse, article view,
corpus dashboard). Bound to 127.0.0.1 by default (`presslens serve`).

Limits: a request body over `max_body` bytes gets 413 before it is read whole; an analysis that takes
longer than `timeout` seconds gets 504; URL fetches refuse private, loopback and link-local addresses
unless allowed, follow at most 5 redirects and cap size and time (`presslens.ingest.url`). Article ids
are checked against their hex form, and no route reads a file named by a request. The store is opened
read-only per request, so an ingest can run between requests. The interactive docs pages are off: they
load scripts from a CDN; the OpenAPI spec is at /openapi.json."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from presslens.errors import Rejected
from presslens.model import Analysis
from presslens.render.html import csp_hash
from presslens.settings import Settings

ARTICLE_ID = r"^[0-9a-f]{20}$"
NO_STORE = "no corpus store: start presslens serve with --db FILE"


class AnalyzeRequest(BaseModel):
    """One article to analyse: exactly one of `text`, `html` or `url`, with optional metadata."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(default=None, description="the article as plain text")
    html: str | None = Field(default=None, description="the article's web page")
    url: str | None = Field(default=None, description="an http(s) address to fetch the article from")
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(default=None, description="ISO date")
    authors: list[str] | None = None

    @model_validator(mode="after")
    def _one_source(self) -> AnalyzeRequest:
        given = [k for k in ("text", "html", "url") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self


class Problem(BaseModel):
    detail: str


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: date | None
    genre: str | None
    tone: float | None
    word_count: int | None
    uri: str | None


class ArticleList(BaseModel):
    total: int
    items: list[ArticleSummary]


class Table(BaseModel):
    """A report's table: column names and rows."""

    columns: list[str]
    rows: list[list[Any]]


class ActorReport(BaseModel):
    actor: str
    ids: list[str]
    portrayal: Table


class RelationsReport(BaseModel):
    a: list[str]
    b: list[str]
    events: Table


PROBLEMS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "the input cannot be analysed (refused URL, empty text ...)"},
    404: {"model": Problem, "description": "no such article or actor, or no store"},
    413: {"model": Problem, "description": "request body over the limit"},
    503: {"model": Problem, "description": "the store cannot be opened now (an ingest is writing to it)"},
    504: {"model": Problem, "description": "the analysis took too long"},
}


def _asset(name: str) -> str:
    return (resources.files("presslens") / "web" / "templates" / name).read_text(encoding="utf-8")


class BodyLimit:
    """ASGI middleware: 413 for a body over `limit` bytes, by its Content-Length or as it streams in."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or {}).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _too_large(send, self.limit)
            return
        seen = 0
        over = responded = False

        async def counted() -> Any:
            """The body as it streams in; past the limit the app is told the client has gone."""
            nonlocal seen, over
            if over:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    over = True
                    return {"type": "http.disconnect"}
            return message

        async def guarded(message: Any) -> None:
            """The app's response, unless the body went over the limit: then 413 in its place."""
            nonlocal responded
            if not over:
                await send(message)
            elif not responded:
                responded = True
                await _too_large(send, self.limit)

        try:
            await self.app(scope, counted, guarded)
        except Exception:
            if not over:
                raise
        if over and not responded:
            await _too_large(send, self.limit)


async def _too_large(send: Any, limit: int) -> None:
    body = f'{{"detail": "request body over the limit of {limit:,} bytes"}}'.encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def create_app(
    db: Path | None = None,
    settings: Settings | None = None,
    workers: int = 1,
    timeout: float = 60.0,
    max_body: int = 2_000_000,
) -> Any:
    """The FastAPI app; analyses run in `workers` processes started with the app."""
    from presslens.ingest import from_html, from_source, from_text
    from presslens.render.html import render_html
    from presslens.web.analysis import Analyser, AnalysisTimeout

    settings = settings or Settings()
    analyser: Analyser | None = None

    @contextlib.asynccontextmanager
    async def lifespan(_: Any) -> AsyncIterator[None]:
        nonlocal analyser
        analyser = Analyser(settings, workers, timeout)
        try:
            yield
        finally:
            analyser.close()

    app = FastAPI(
        title="presslens",
        summary="News analysis with its evidence: actors, events, quotes, claims, techniques, portrayal",
        version="1",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )

    @app.exception_handler(Rejected)
    async def rejected(_: Request, exc: Rejected) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(AnalysisTimeout)
    async def too_slow(_: Request, exc: AnalysisTimeout) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=504)

    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if not response.headers.get("content-type", "").startswith("text/html"):
            response.headers.setdefault(
                "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"
            )
        return response

    @contextlib.contextmanager
    def store() -> Iterator[Any]:
        if db is None:
            raise HTTPException(404, NO_STORE)
        from presslens.store import Store

        try:
            opened = Store(db, read_only=True)
        except Rejected as exc:  # gone, or locked by a writer (an ingest running): try again later
            raise HTTPException(503, str(exc)) from None
        with opened:
            yield opened

    def document(request: AnalyzeRequest) -> Any:
        meta = {
            k: getattr(request, k) for k in ("title", "outlet", "published", "authors") if getattr(request, k)
        }
        if request.url is not None:
            if not request.url.startswith(("http://", "https://")):
                raise Rejected("only http(s) URLs are fetched")
            found = next(iter(from_source(request.url, settings)))
            if isinstance(found, Rejected):
                raise found
            return found
        if request.html is not None:
            return from_html(request.html, uri=None, meta=meta, settings=settings, kind="api")
        return from_text(request.text or "", uri=None, kind="api", meta=meta, settings=settings)

    async def analysed(request: AnalyzeRequest) -> Analysis:
        from starlette.concurrency import run_in_threadpool

        assert analyser is not None
        doc = await run_in_threadpool(document, request)  # a URL fetch blocks: not on the event loop
        return await analyser.analyse(doc)

    # --- the API ---------------------------------------------------------------------------------------

    @app.post("/api/analyze", response_model=Analysis, responses=PROBLEMS, tags=["analysis"])
    async def analyze(request: AnalyzeRequest) -> Analysis:
        """Analyse one article given as text, HTML or a URL to fetch."""
        return await analysed(request)

    @app.get("/api/articles", response_model=ArticleList, responses=PROBLEMS, tags=["corpus"])
    def articles(
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        actor: Annotated[str | None, Query(max_length=200, description="id, code or name")] = None,
        since: date | None = None,
        until: date | None = None,
        technique: Annotated[str | None, Query(max_length=100)] = None,
        q: Annotated[str | None, Query(max_length=200, description="words in the title or text")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> ArticleList:
        """Stored articles, newest first, filtered by outlet, actor, date range, technique and text."""
        with store() as s:
            total, items = s.articles(outlet, actor, since, until, technique, q, limit, offset)
        return ArticleList(total=total, items=[ArticleSummary(**i) for i in items])

    @app.get("/api/articles/{article_id}", response_model=Analysis, responses=PROBLEMS, tags=["corpus"])
    def article(article_id: Annotated[str, PathParam(pattern=ARTICLE_ID)]) -> Any:
        """One stored article's whole analysis."""
        with store() as s:
            found = s.analysis(article_id)
        if found is None:
            raise HTTPException(404, "no such article")
        return Analysis.model_validate_json(found)

    @app.get("/api/actors/{actor}", response_model=ActorReport, responses=PROBLEMS, tags=["corpus"])
    def actor_report(
        actor: Annotated[str, PathParam(max_length=200, description="id, code or name")],
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        period: Annotated[str, Query(pattern="^(day|week|month|quarter|year)$")] = "month",
    ) -> ActorReport:
        """How the press portrays an actor over time, by outlet."""
        with store() as s:
            ids = s.actor_ids(actor)
            if not ids:
                raise HTTPException(404, f"no actor {actor!r} in the store")
            columns, rows = s.portrayal_series(actor, outlet, period)
        return ActorReport(
            actor=actor, ids=ids, portrayal=Table(columns=columns, rows=[list(r) for r in rows])
        )

    @app.get("/api/relations", response_model=RelationsReport, responses=PROBLEMS, tags=["corpus"])
    def relations(
        a: Annotated[str, Query(max_length=200, description="one actor: id, code or name")],
        b: Annotated[str, Query(max_length=200, description="the other actor")],
        period: Annotated[str, Query(pattern="^(day|week|month|quarter|year)$")] = "month",
    ) -> RelationsReport:
        """Events between two actors over time, both directions, with an example sentence each."""
        with store() as s:
            columns, rows = s.relations(a, b, period)
            return RelationsReport(
                a=s.actor_ids(a) or [a],
                b=s.actor_ids(b) or [b],
                events=Table(columns=columns, rows=[list(r) for r in rows]),
            )

    # --- the pages -------------------------------------------------------------------------------------

    from jinja2 import Environment, PackageLoader

    templates = Environment(
        loader=PackageLoader("presslens.web", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )

    style = _asset("site.css")
    policy = (
        f"default-src 'none'; style-src {csp_hash(style)}; img-src data:; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    )

    def page(template: str, status: int = 200, **values: Any) -> HTMLResponse:
        body = templates.get_template(template).render(style=style, has_store=db is not None, **values)
        return HTMLResponse(body, status_code=status, headers={"Content-Security-Policy": policy})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> HTMLResponse:
        return page("analyse.html")

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    async def analyse_page(request: Request) -> HTMLResponse:
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        text, url = (form.get("text") or [""])[0].strip(), (form.get("url") or [""])[0].strip()
        try:
            if bool(text) == bool(url):
                raise Rejected("paste an article's text or give its URL (one of the two)")
            analysis = await analysed(AnalyzeRequest(text=text) if text else AnalyzeRequest(url=url))
        except (Rejected, AnalysisTimeout) as exc:
            return page("analyse.html", status=400, error=str(exc), text=text, url=url)
        return HTMLResponse(render_html(analysis))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: Annotated[str, PathParam(pattern=ARTICLE_ID)]) -> HTMLResponse:
        with store() as s:
            found = s.analysis(article_id)
        if found is None:
            raise HTTPException(404, "no such article")
        return HTMLResponse(render_html(Analysis.model_validate_json(found)))

    @app.get("/dashboard", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(
        actor: Annotated[str | None, Query(max_length=200)] = None,
        a: Annotated[str | None, Query(max_length=200)] = None,
        b: Annotated[str | None, Query(max_length=200)] = None,
        period: Annotated[str, Query(pattern="^(day|week|month|quarter|year)$")] = "month",
    ) -> HTMLResponse:
        from presslens.render import charts

        with store() as s:
            top_actor, top_pair = s.busiest()
            actor = actor or top_actor
            if not (a and b) and top_pair:
                a, b = top_pair
            portrayal = s.portrayal_series(actor, None, period) if actor else ([], [])
            relation = s.relations(a, b, period) if a and b else ([], [])
            rates = s.technique_rates()
            narratives = s.narrative_summary(10)
            spread = s.narrative_series(period, 5)
            recent = s.articles(limit=15)[1]
        return page(
            "dashboard.html",
            actor=actor,
            a=a,
            b=b,
            period=period,
            portrayal=portrayal,
            relation=relation,
            rates=rates,
            narratives=narratives,
            recent=recent,
            portrayal_chart=charts.data_uri(charts.portrayal_chart(f"Portrayal of {actor}", portrayal))
            if actor
            else None,
            relations_chart=charts.data_uri(charts.relations_chart(f"Events between {a} and {b}", relation))
            if a and b
            else None,
            rates_chart=charts.data_uri(charts.outlet_rates_chart(rates)),
            narratives_chart=charts.data_uri(charts.narratives_chart(spread)) if spread[1] else None,
        )

    app.add_middleware(BodyLimit, limit=max_body)  # added last: the outermost, before any body is read
    return app
