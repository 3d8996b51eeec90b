"""WARC files (web archives, gzipped or not): one document per archived HTML page.

Only `response` records with a 2xx HTTP status and an HTML content type are read; request, metadata and
other records, redirects, errors and non-HTML payloads are passed over. The page's URL is the record's
`WARC-Target-URI` and the crawl time its `fetched_at`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from presslens.errors import Rejected
from presslens.settings import Settings


def is_warc(head: bytes) -> bool:
    """Whether raw (already gunzipped) bytes start like a WARC record."""
    return head.lstrip()[:8] == b"WARC/1.0" or head.lstrip()[:8] == b"WARC/1.1"


def from_warc(stream: IO[bytes], uri: str, settings: Settings) -> Iterator[Any]:
    """The documents of a WARC file read from a binary stream, or a `Rejected` per unusable page. Pages
    over the size limit are refused one by one."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from presslens.ingest import decode, from_html

    found = 0
    try:
        for n, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode() or ""
            kind = (record.http_headers.get_header("Content-Type") or "").lower()
            if not status.startswith("2") or "html" not in kind:
                continue
            found += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{uri}#record{n}"
            try:
                charset = kind.split("charset=")[-1].split(";")[0].strip() if "charset=" in kind else None
                payload = record.content_stream().read(settings.max_chars * 4 + 1)
                if len(payload) > settings.max_chars * 4:
                    raise Rejected(f"page over the size limit of {settings.max_chars:,} characters", where)
                html, _ = decode(payload, where, charset)
                doc = from_html(html, url=url, uri=where, settings=settings)
            except Rejected as exc:
                yield exc
                continue
            doc.source.fetched_at = record.rec_headers.get_header("WARC-Date")
            yield doc
    except ArchiveLoadFailed as exc:
        yield Rejected(f"not a readable WARC file ({str(exc).splitlines()[0]})", uri)
        return
    if not found:
        yield Rejected("the WARC file holds no HTML pages", uri)
