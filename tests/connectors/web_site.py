"""A generated web site on 127.0.0.1 for the web connector's tests; its pages can change between syncs."""

from __future__ import annotations

import gzip
import hashlib
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

ZERO_CHUNK = bytes(64 * 1024)
LAST_MODIFIED = "Tue, 02 Jan 2024 03:04:05 GMT"
# Enough of a PDF for the connector, which only carries bytes; parsing is another module's business.
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@dataclass
class Page:
    body: bytes | Callable[[str], bytes] = b""  # a callable gets the site's base URL (for absolute URLs)
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: bool = True
    last_modified: str = ""
    zeros: int = 0  # a body of this many zero bytes, written lazily
    declare_length: bool = True
    sleep_s: float = 0.0


@dataclass(frozen=True)
class Hit:
    path: str
    status: int
    if_none_match: str | None
    if_modified_since: str | None


def html(title: str, *links: str, **page) -> Page:
    anchors = "".join(f'<a href="{href}">{href}</a>\n' for href in links)
    head = f"<html><head><title>{title}</title></head>"
    return Page(f"{head}<body><h1>{title}</h1>\n{anchors}</body></html>".encode(), **page)


def redirect(to: str, status: int = 301) -> Page:
    return Page(status=status, headers={"Location": to}, etag=False)


def sitemap(*urls: str, index: bool = False) -> bytes:
    tag, item = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    entries = "".join(f"<{item}><loc>{u}</loc></{item}>" for u in urls)
    return f'<?xml version="1.0"?><{tag} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</{tag}>'.encode()


def default_pages() -> dict[str, Page]:
    """Home links everything; /private/ is disallowed; /orphan is only in the (gzipped, indexed) sitemap."""
    return {
        "/robots.txt": Page(b"User-agent: *\nDisallow: /private/\n", "text/plain", etag=False),
        "/": html(
            "Home", "/about", "/docs", "/docs/#top", "/docs/guide#intro", "/files/report.pdf", "/notes.txt",
            "/private/secret", "http://elsewhere.invalid/x", "mailto:someone@example.com", "javascript:void(0)",
            "/loop", "/big", "/junk", "/broken", "/old",
        ),
        "/about": html("About", "/", "/docs/guide", etag=False, last_modified=LAST_MODIFIED),
        "/docs": redirect("/docs/"),
        "/docs/": html("Docs", "guide", "/docs/guide"),
        "/docs/guide": html("Guide", "/docs/deep"),
        "/docs/deep": html("Deep"),
        "/files/report.pdf": Page(PDF, "application/pdf"),
        "/notes.txt": Page(b"plain notes", "text/plain", etag=False),
        "/private/secret": html("Secret"),
        "/loop": redirect("/loop/a", 302),
        "/loop/a": redirect("/loop", 302),
        "/big": Page(zeros=50_000_000, content_type="application/octet-stream"),
        "/junk": Page(random.Random(7).randbytes(20_000).replace(b"<", b"\0<"), "text/html"),
        "/broken": Page(b"oops", "text/plain", status=500),
        "/old": html("Old"),
        "/orphan": html("Orphan"),
        "/sitemap.xml": Page(lambda base: sitemap(f"{base}/sitemap-pages.xml.gz", index=True), "application/xml"),
        "/sitemap-pages.xml.gz": Page(
            lambda base: gzip.compress(sitemap(f"{base}/about", f"{base}/orphan#x")), "application/gzip"
        ),
    }


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        site = self.server.site
        page = site.pages.get(self.path) or Page(b"not found", "text/plain", status=404, etag=False)
        body = page.body(site.base) if callable(page.body) else page.body
        etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"' if page.etag and page.status == 200 else None
        inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        not_modified = (etag is not None and inm == etag) or (bool(page.last_modified) and ims == page.last_modified)
        status = 304 if not_modified else page.status
        site.log.append(Hit(self.path, status, inm, ims))
        time.sleep(page.sleep_s)
        try:
            self.send_response(status)
            self.send_header("Content-Type", page.content_type)
            for name, value in page.headers.items():
                self.send_header(name, value)
            if etag:
                self.send_header("ETag", etag)
            if page.last_modified:
                self.send_header("Last-Modified", page.last_modified)
            size = page.zeros or len(body)
            if page.declare_length and status != 304:
                self.send_header("Content-Length", str(size))
            self.end_headers()
            if status == 304:
                return
            if not page.zeros:
                self.wfile.write(body)
            for start in range(0, page.zeros, len(ZERO_CHUNK)):
                self.wfile.write(ZERO_CHUNK[: page.zeros - start])
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler hung up on purpose (size cap, timeout)

    def log_message(self, *args) -> None:
        pass  # one line per request would bury the test output


class _Server(ThreadingHTTPServer):
    site: Site

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hung up is the point of several tests, not noise for their output


class Site:
    """Serves `pages` (path with query -> Page); `log` records every request."""

    def __init__(self, pages: dict[str, Page]) -> None:
        self.pages = pages
        self.log: list[Hit] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.site = self
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        # A short poll keeps shutdown (once per test) from costing the default half second.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[Hit]:
        return [h for h in self.log if h.path == path]
