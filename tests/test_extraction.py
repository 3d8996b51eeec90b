"""Body extraction from HTML and the shingle metric used to tune it."""

from __future__ import annotations

from pathlib import Path

import pytest

from presslens.errors import Rejected
from presslens.eval.extraction import evaluate_extraction, score_pair, shingles
from presslens.ingest.html import HtmlDocument, extract_html

BENCHMARK = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "article-extraction-dev"

# --- the metric ---------------------------------------------------------------------------------


def test_shingles_lowercase_and_ignore_punctuation() -> None:
    assert shingles("The cat, the HAT!") == {("the", "cat", "the", "hat")}
    assert shingles("a b c d e") == {("a", "b", "c", "d"), ("b", "c", "d", "e")}


def test_shingles_of_short_and_empty_text() -> None:
    assert shingles("two words") == {("two", "words")}
    assert shingles(" ... ") == set()


def test_identical_texts_score_one() -> None:
    text = "The council voted on Tuesday to close the old bridge for repairs."
    assert score_pair(text, text) == (1.0, 1.0)
    # whitespace and punctuation do not count
    assert score_pair(text.upper().replace(" ", "\n\n"), text) == (1.0, 1.0)


def test_disjoint_texts_score_zero() -> None:
    assert score_pair("one two three four five", "six seven eight nine ten") == (0.0, 0.0)


def test_partial_overlap_by_hand() -> None:
    # truth: a b c d e f -> 3 shingles (abcd, bcde, cdef)
    # pred:  c d e f g   -> 2 shingles (cdef, defg); shared: cdef
    precision, recall = score_pair("c d e f g", "a b c d e f")
    assert precision == pytest.approx(1 / 2)
    assert recall == pytest.approx(1 / 3)


def test_empty_prediction_edge_cases() -> None:
    assert score_pair("", "") == (1.0, 1.0)
    assert score_pair("", "a b c d e") == (0.0, 0.0)  # a miss costs precision too
    assert score_pair("a b c d e", "") == (0.0, 1.0)


def test_benchmark_folder_must_be_complete(tmp_path: Path) -> None:
    with pytest.raises(Rejected, match=r"ground-truth\.json"):
        evaluate_extraction(tmp_path)
    (tmp_path / "ground-truth.json").write_text("{}", encoding="utf-8")
    with pytest.raises(Rejected, match="html/"):
        evaluate_extraction(tmp_path)


# --- extract_html --------------------------------------------------------------------------------

PARAGRAPHS = [
    "The harbour authority of Eastmere announced on Monday that the northern pier will close for eight "
    "months while engineers replace timber supports that were found to be rotting during a routine survey.",
    "Fishing crews who moor at the pier will be moved to the southern basin, where the authority says "
    "temporary pontoons and electricity points will be installed before the end of the month.",
    "Local traders worry about the loss of visitors. The pier café, which has operated since the 1970s, "
    "expects its takings to fall by half over the winter and has asked the council for a rates holiday.",
    "The authority said the work would cost about four million pounds, most of it covered by a regional "
    "maritime fund, and that a public meeting to answer questions is planned for early next month.",
]

ARTICLE_PAGE = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Eastmere pier to close for repairs | Coastline Courier</title>
  <meta property="og:title" content="Eastmere pier to close for repairs">
  <meta property="og:site_name" content="Coastline Courier">
  <meta name="author" content="Jane Marlow">
  <meta property="article:published_time" content="2023-10-02T08:15:00Z">
  <meta name="description" content="The northern pier will shut for eight months.">
</head>
<body>
  <nav class="menu"><ul>
    <li><a href="/">Front page</a></li><li><a href="/sport">Sport section</a></li>
    <li><a href="/weather">Weather outlook</a></li><li><a href="/subscribe">Subscribe today</a></li>
  </ul></nav>
  <main><article>
    <h1>Eastmere pier to close for repairs</h1>
    <p class="byline">By Jane Marlow</p>
    {"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
  </article></main>
  <footer><p>Copyright Coastline Courier Media Group. All rights reserved.</p>
    <a href="/privacy">Privacy policy and cookie settings</a></footer>
</body>
</html>"""


def test_extract_article_body_and_metadata() -> None:
    doc = extract_html(ARTICLE_PAGE, url="https://courier.example/news/eastmere-pier")
    assert isinstance(doc, HtmlDocument)
    body = doc.text.split("\n\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    # paragraphs come in order, one blank line apart
    assert "\n\n".join(PARAGRAPHS) in doc.text
    for boilerplate in ("Front page", "Weather outlook", "Subscribe today", "All rights reserved", "Privacy"):
        assert boilerplate not in doc.text
    assert doc.title == "Eastmere pier to close for repairs"
    assert doc.authors == ["Jane Marlow"]
    assert doc.published == "2023-10-02"
    assert doc.outlet == "Coastline Courier"
    assert doc.url == "https://courier.example/news/eastmere-pier"
    assert doc.language == "en"
    assert doc.description == "The northern pier will shut for eight months."


def test_extract_bytes_and_several_authors() -> None:
    page = ARTICLE_PAGE.replace("Jane Marlow", "Jane Marlow; Tom Reyes")
    doc = extract_html(page.encode("utf-8"))
    assert doc.authors == ["Jane Marlow", "Tom Reyes"]
    assert "pier café" in doc.text  # the bytes were decoded as UTF-8


NAV_ONLY_PAGE = """<!DOCTYPE html>
<html><head><title>Coastline Courier</title></head>
<body><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/contact">Contact</a></li>
</ul></nav></body></html>"""


@pytest.mark.parametrize(
    "page",
    [NAV_ONLY_PAGE, "<html><head><title>Nothing</title></head><body></body></html>", "", b"   "],
    ids=["nav-only", "empty-body", "empty-string", "blank-bytes"],
)
def test_page_without_article_is_rejected(page: str | bytes) -> None:
    with pytest.raises(Rejected, match="no article body found in the HTML"):
        extract_html(page)


# --- the acceptance criterion on the dev split of the Zyte benchmark ---------------------------------


def test_presslens_at_least_as_good_as_bare_trafilatura() -> None:
    if not BENCHMARK.is_dir():
        pytest.skip("../shared/datasets/article-extraction-dev not found")
    results = evaluate_extraction(BENCHMARK)
    ours, bare = results["presslens"], results["trafilatura"]
    assert ours["pages"] == bare["pages"] > 0
    rows = [
        f"{name:12} {r['precision']:9.4f} {r['recall']:7.4f} {r['f1']:7.4f}" for name, r in results.items()
    ]
    print(f"\n{'':12} {'precision':>9} {'recall':>7} {'F1':>7}", *rows, sep="\n")  # shown with pytest -s
    assert ours["f1"] >= bare["f1"]
