"""RSS 2.0 and Atom feed files: one document per item, with its title, link, date, authors and the feed's
title as the outlet. The item's text is its full content when the feed carries it (`content:encoded`,
Atom `content`), else its description or summary; markup inside is reduced to text.

The XML is parsed with entities left unresolved and no network, so a hostile feed cannot expand or fetch
anything."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from presslens.errors import Rejected
from presslens.settings import Settings

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


def is_feed(head: str) -> bool:
    """Whether the start of a text looks like an RSS or Atom document."""
    start = head.lstrip()[:1000].lower()
    return "<rss" in start or ("<feed" in start and "atom" in start)


def _text_of(markup: str | None) -> str:
    """The text of an HTML fragment (paragraphs kept apart), or of plain text."""
    if not markup or not markup.strip():
        return ""
    if "<" not in markup:
        return markup.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml raises several kinds on broken markup; the raw text is the fallback
        return markup.strip()
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    return "\n\n".join(p.strip() for p in root.text_content().split("\n\n") if p.strip())


def _inner(node: Any) -> str:
    """An element's text, its child elements' text included (Atom xhtml content), without the text of
    unresolved entity references."""
    parts = [node.text or ""]
    for child in node:
        if isinstance(child.tag, str):  # an element; an entity reference's tag is not a string
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts).strip()


def _child(node: Any, *tags: str) -> str | None:
    for tag in tags:
        found = node.find(tag)
        if found is not None and (text := _inner(found)):
            return text
    return None


def _items(root: Any) -> tuple[str | None, list[dict[str, Any]]]:
    """(the feed's title, a record per item)."""
    if root.tag == f"{ATOM}feed":
        records = []
        for entry in root.findall(f"{ATOM}entry"):
            links = entry.findall(f"{ATOM}link")
            link = next((x.get("href") for x in links if x.get("rel", "alternate") == "alternate"), None)
            records.append(
                {
                    "title": _child(entry, f"{ATOM}title"),
                    "url": link,
                    "published": _child(entry, f"{ATOM}published", f"{ATOM}updated"),
                    "authors": [
                        a.text.strip()
                        for a in entry.findall(f"{ATOM}author/{ATOM}name")
                        if (a.text or "").strip()
                    ],
                    "text": _text_of(_child(entry, f"{ATOM}content") or _child(entry, f"{ATOM}summary")),
                }
            )
        return _child(root, f"{ATOM}title"), records
    channel = root.find("channel")
    if root.tag != "rss" or channel is None:
        raise Rejected("not an RSS 2.0 or Atom feed")
    records = [
        {
            "title": _child(item, "title"),
            "url": _child(item, "link"),
            "published": _child(item, "pubDate", DC_DATE),
            "authors": [x.text.strip() for x in item.findall(DC_CREATOR) if x.text and x.text.strip()],
            "text": _text_of(_child(item, CONTENT) or _child(item, "description")),
        }
        for item in channel.findall("item")
    ]
    return _child(channel, "title"), records


def from_feed(text: str, uri: str, settings: Settings) -> Iterator[Any]:
    """The documents of a feed, one per item (`Document`), or a `Rejected` per unusable item."""
    import lxml.etree

    from presslens.ingest import from_record

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = lxml.etree.fromstring(text.encode("utf-8"), parser)
        outlet, records = _items(root)
    except lxml.etree.XMLSyntaxError as exc:
        yield Rejected(f"not a well-formed feed ({exc.msg})", uri)
        return
    except Rejected as exc:
        yield Rejected(exc.reason, uri)
        return
    if not records:
        yield Rejected("the feed has no items", uri)
        return
    for n, record in enumerate(records, start=1):
        record["outlet"] = outlet
        try:
            doc = from_record({k: v for k, v in record.items() if v}, uri=f"{uri}#item{n}", settings=settings)
        except Rejected as exc:
            yield exc
            continue
        doc.source.kind = "feed"
        yield doc
