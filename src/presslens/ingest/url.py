"""Fetch one URL the user asked for, safely.

Every hop (the URL and each redirect) is resolved once, every address is checked, and the connection goes to
the checked address itself, so a DNS answer cannot change between the check and the request. Private,
loopback, link-local and reserved addresses are refused unless allowed. Size, time and redirects are capped.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from presslens import __version__
from presslens.errors import Rejected
from presslens.settings import Settings

_USER_AGENT = f"presslens/{__version__} (+offline news analysis)"


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str
    charset: str | None


def _addresses(host: str, port: int, allow_private: bool, url: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise Rejected("cannot resolve the host name", url) from None
    addresses = []
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        unsafe = (
            ip.is_private
            or ip.is_loopback
            or ip.is_link_local
            or ip.is_reserved
            or ip.is_multicast
            or ip.is_unspecified
        )
        if unsafe and not allow_private:
            raise Rejected(
                f"refusing to fetch from a private or local address ({ip}); "
                "use --allow-private-urls to allow it",
                url,
            )
        addresses.append(str(ip))
    return addresses


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, ip: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self) -> None:
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, ip: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip = ip

    def connect(self) -> None:
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def fetch(url: str, settings: Settings) -> Fetched:
    deadline = time.monotonic() + settings.fetch_timeout
    current = url
    for _hop in range(settings.fetch_max_redirects + 1):
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise Rejected("only http and https URLs can be fetched", url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        ip = _addresses(parts.hostname, port, settings.allow_private_urls, url)[0]
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise Rejected(f"timed out after {settings.fetch_timeout:g} s", url)
        conn_type = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
        conn = conn_type(parts.hostname, ip, port, remaining)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            conn.request(
                "GET", path, headers={"User-Agent": _USER_AGENT, "Accept": "text/html,text/plain,*/*"}
            )
            resp = conn.getresponse()
            if resp.status in (301, 302, 303, 307, 308):
                location = resp.getheader("Location")
                if not location:
                    raise Rejected(f"HTTP {resp.status} redirect without a location", url)
                current = urljoin(current, location)
                continue
            if resp.status >= 400:
                raise Rejected(f"HTTP error {resp.status} {resp.reason}", url)
            data = _read_capped(resp, settings.fetch_max_bytes, deadline, settings.fetch_timeout, url)
            msg = Message()
            msg["content-type"] = resp.getheader("Content-Type") or ""
            return Fetched(current, data, msg.get_content_type(), msg.get_param("charset"))  # type: ignore[arg-type]
        except TimeoutError:
            raise Rejected(f"timed out after {settings.fetch_timeout:g} s", url) from None
        except (OSError, http.client.HTTPException) as exc:
            raise Rejected(f"fetch failed: {exc.__class__.__name__}: {exc}".rstrip(": "), url) from None
        finally:
            conn.close()
    raise Rejected(f"more than {settings.fetch_max_redirects} redirects", url)


def _read_capped(
    resp: http.client.HTTPResponse, cap: int, deadline: float, timeout: float, url: str
) -> bytes:
    length = resp.getheader("Content-Length")
    if length and length.isdigit() and int(length) > cap:
        raise Rejected(f"the page is larger than the {cap:,}-byte limit", url)
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise Rejected(f"timed out after {timeout:g} s", url)
        chunk = resp.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > cap:
            raise Rejected(f"the page is larger than the {cap:,}-byte limit", url)
        chunks.append(chunk)
