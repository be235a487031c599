"""Web pages: a breadth-first crawl from seed URLs or a sitemap, re-fetched with conditional requests.

One run uses one `httpx.Client`. Redirects are followed by hand so that every
hop is checked against the site, robots.txt and loops, and so that a page
reached under several URLs is delivered once, under its final URL. The
checkpoint keeps, per page, the validators, a content hash and the page's
links: a page that answers 304 is not downloaded again, yet the crawl still
goes through it to the pages it links to.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import re
import time
import zlib
from collections import deque
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx
from bs4 import BeautifulSoup
from lxml import etree
from pydantic import BaseModel, Field

from connectors.base import (
    Access,
    Checkpoint,
    CheckpointMark,
    Connector,
    ConnectorFailure,
    Deletion,
    Document,
    SourceItem,
    mark_gap,
)
from connectors.errors import (
    ConnectorAuthError,
    ConnectorConfigError,
    SourceUnavailableError,
)

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 10
MAX_SITEMAPS = 100
# Google reads no more than 500 KiB of a robots.txt.
MAX_ROBOTS_BYTES = 500 * 1024

_DEFAULT_PORTS = {"http": 80, "https": 443}
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# The parser picks a format by file suffix, so every delivered document gets one it knows.
_MIME_SUFFIXES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "text/plain": ".txt",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
}
_SUFFIX_ALIASES = {".htm": ".html", ".markdown": ".md"}
_KNOWN_SUFFIXES = frozenset(_MIME_SUFFIXES.values()) | _SUFFIX_ALIASES.keys()


class PageState(BaseModel):
    etag: str = Field("", description="ETag the server sent; echoed in If-None-Match.")
    last_modified: str = Field("", description="Last-Modified the server sent; echoed in If-Modified-Since.")
    sha256: str = Field("", description="Hash of the body; an identical body is not delivered again.")
    links: list[str] = Field(default_factory=list, description="In-scope links of an HTML page, to expand it on a 304.")


class WebCheckpoint(Checkpoint):
    pages: dict[str, PageState] = Field(default_factory=dict, description="Normalized final URL -> state last run.")


def normalize_url(url: str) -> str | None:
    """The URL a page is known by: lowercase scheme and host, no fragment, no default port; None unless http(s).

    Credentials in a URL are dropped: they would end up in document ids and logs.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = parts.hostname
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def guess_filename(url: str, mime_type: str) -> str:
    """A file name whose suffix matches the served type, so the parser picks the right reader."""
    segment = unquote(PurePosixPath(urlsplit(url).path).name).replace("/", "_")
    suffix = PurePosixPath(segment).suffix.lower()
    wanted = _MIME_SUFFIXES.get(mime_type)
    if suffix in _KNOWN_SUFFIXES:
        if wanted is None or _SUFFIX_ALIASES.get(suffix, suffix) == wanted:
            return segment
        segment = PurePosixPath(segment).stem
    return (segment or "index") + (wanted or mimetypes.guess_extension(mime_type) or ".bin")


def _join(base: str, href: str) -> str | None:
    try:
        return normalize_url(urljoin(base, href.strip()))
    except ValueError:
        return None


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _path_title(url: str) -> str:
    parts = urlsplit(url)
    path = unquote(parts.path).strip("/")
    return path or parts.netloc


def _http_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _status_reason(status: int) -> str:
    if status in (401, 403):
        return f"access denied (HTTP {status})"
    if status in (404, 410):
        return f"not found (HTTP {status})"
    if status == 429:
        return "rate limited (HTTP 429); a larger delay_s may help"
    if status >= 500:
        return f"server error (HTTP {status})"
    return f"unexpected answer (HTTP {status})"


def _as_list(value: str | Iterable[str]) -> list[str]:
    # A YAML option written as one string instead of a list is a common slip; it means one item.
    return [value] if isinstance(value, str) else list(value)


class _FetchError(Exception):
    """One URL could not be fetched; becomes a ConnectorFailure."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(reason)
        self.url = url
        self.reason = reason


class _OutOfCrawlError(Exception):
    """A redirect led outside the crawl; silent for a link, reported for a seed."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class _Response:
    url: str
    status: int
    headers: httpx.Headers
    content: bytes
    hops: tuple[str, ...]


class WebConnector(Connector):
    """Crawls web pages and the documents they link to (PDF, Office files, text).

    Seeds are always fetched; `include`/`exclude` regexes filter the links and
    sitemap entries the crawl follows. With `same_site`, links are followed
    only within the seeds' origins (scheme and host), the origins a seed
    redirects to, and those of the sitemap and its entries. `max_pages`
    counts every page requested, failures and unchanged pages included.
    """

    kind = "web"
    checkpoint_model = WebCheckpoint

    def __init__(
        self,
        name: str,
        access: Access | None = None,
        *,
        seeds: str | Sequence[str] = (),
        sitemap: str = "",
        same_site: bool = True,
        max_depth: int = 3,
        max_pages: int = 500,
        respect_robots: bool = True,
        user_agent: str = "enterprise-assistant",
        delay_s: float = 0.0,
        timeout_s: float = 20.0,
        max_bytes: int = 20_000_000,
        include: str | Sequence[str] = (),
        exclude: str | Sequence[str] = (),
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(name)
        self.access = access or Access()
        self.seeds = list(dict.fromkeys(self._url_option("seed", s) for s in _as_list(seeds)))
        self.sitemap = self._url_option("sitemap", sitemap) if sitemap else ""
        if not self.seeds and not self.sitemap:
            raise ConnectorConfigError(f"source {name!r}: a web source needs at least one seed URL or a sitemap")
        counts = {"max_depth": (max_depth, 0), "max_pages": (max_pages, 1), "max_bytes": (max_bytes, 1)}
        for option, (value, low) in counts.items():
            if not isinstance(value, int) or value < low:
                raise ConnectorConfigError(f"source {name!r}: {option} must be a whole number >= {low}, not {value!r}")
        for option, value, positive in (("delay_s", delay_s, False), ("timeout_s", timeout_s, True)):
            if not isinstance(value, int | float) or value < 0 or (positive and value == 0):
                bound = "> 0" if positive else ">= 0"
                raise ConnectorConfigError(f"source {name!r}: {option} must be seconds {bound}, not {value!r}")
        self.same_site = same_site
        self.max_depth = max_depth
        self.max_pages = max_pages
        self.respect_robots = respect_robots
        self.user_agent = user_agent
        self.delay_s = float(delay_s)
        self.timeout_s = float(timeout_s)
        self.max_bytes = max_bytes
        self.include = self._patterns("include", include)
        self.exclude = self._patterns("exclude", exclude)
        self.transport = transport

    def _url_option(self, option: str, value: str) -> str:
        url = normalize_url(value) if isinstance(value, str) else None
        if url is None:
            raise ConnectorConfigError(f"source {self.name!r}: {option} {value!r} is not an http(s) URL")
        return url

    def _patterns(self, option: str, values: str | Sequence[str]) -> list[re.Pattern[str]]:
        patterns = []
        for value in _as_list(values):
            try:
                patterns.append(re.compile(value))
            except (re.error, TypeError) as exc:
                raise ConnectorConfigError(
                    f"source {self.name!r}: {option} pattern {value!r} is invalid: {exc}"
                ) from None
        return patterns

    def doc_id(self, url: str) -> str:
        return f"{self.name}:{url}"

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        previous = checkpoint.pages if isinstance(checkpoint, WebCheckpoint) else {}
        client = httpx.Client(
            transport=self.transport,
            timeout=self.timeout_s,
            headers={"User-Agent": self.user_agent},
            follow_redirects=False,
        )
        # The `with` also closes the client when the consumer closes the generator early.
        with client:
            return (yield from _Crawl(self, client, previous).run())


class _Crawl:
    """The state of one run."""

    def __init__(self, connector: WebConnector, client: httpx.Client, previous: dict[str, PageState]) -> None:
        self.c = connector
        self.client = client
        self.previous = previous
        self.pages: dict[str, PageState] = {}
        self.gone: set[str] = set()
        self.visited: set[str] = set()
        self.queued: set[str] = set()
        self.queue: deque[tuple[str, int, bool]] = deque()
        self.sites: set[str] = set()
        self.robots: dict[str, RobotFileParser] = {}
        self.last_request: dict[str, float] = {}
        self.answered = False
        self.complete = True
        self.fetched = 0

    def run(self) -> Generator[SourceItem, None, WebCheckpoint]:
        for seed in self.c.seeds:
            self.sites.add(_origin(seed))
            self._push(seed, 0, seed=True)
        if self.c.sitemap:
            self.sites.add(_origin(self.c.sitemap))
            yield from self._read_sitemaps()
        truncated = False
        unmarked = 0
        while self.queue:
            url, depth, seed = self.queue.popleft()
            if url in self.visited:
                continue
            if self.c.respect_robots and not self._robots_allow(url):
                self.visited.add(url)
                if seed:
                    yield ConnectorFailure(
                        id=self.c.doc_id(url), reason=f"robots.txt disallows it for user agent {self.c.user_agent!r}"
                    )
                continue
            if self.fetched >= self.c.max_pages:
                truncated = True
                break
            for item in self._visit(url, depth, seed):
                yield item
                unmarked += 1
            if unmarked >= mark_gap(len(self.previous) + len(self.pages)):
                unmarked = 0
                yield self._mark()
        # A page the crawl did not reach because it hit max_pages (or lost its sitemap) may well still exist;
        # deleting it would make the index flap as the crawl order shifts. It stays until a complete crawl misses it.
        complete = self.complete and not truncated
        for url in sorted(self.previous.keys() - self.pages.keys() - self.gone):
            if complete:
                yield Deletion(id=self.c.doc_id(url))
            else:
                self.pages[url] = self.previous[url]
        return WebCheckpoint(pages=self.pages)

    def _mark(self) -> CheckpointMark:
        # The pages visited so far over what the previous run knew. A crawl resumed from it starts at the
        # seeds again, but pages visited before the mark answer 304 (or hash the same) and are not delivered
        # again, while pages not visited yet keep their old state: neither skipped nor taken for deleted.
        kept = {url: state for url, state in self.previous.items() if url not in self.gone}
        return CheckpointMark(checkpoint=WebCheckpoint.model_construct(pages={**kept, **self.pages}))

    def _push(self, url: str, depth: int, seed: bool = False) -> None:
        if url not in self.visited and url not in self.queued:
            self.queued.add(url)
            self.queue.append((url, depth, seed))

    def _expand(self, links: Iterable[str], depth: int) -> None:
        if depth < self.c.max_depth:
            for link in links:
                self._push(link, depth + 1)

    def _wanted(self, url: str) -> bool:
        if self.c.include and not any(p.search(url) for p in self.c.include):
            return False
        return not any(p.search(url) for p in self.c.exclude)

    def _in_scope(self, url: str) -> bool:
        return (not self.c.same_site or _origin(url) in self.sites) and self._wanted(url)

    def _visit(self, url: str, depth: int, seed: bool) -> Generator[SourceItem, None, None]:
        self.visited.add(url)
        self.fetched += 1
        try:
            resp = self._fetch(url, conditional=True, seed=seed, checked=True)
        except _OutOfCrawlError as skip:
            if seed:
                yield ConnectorFailure(id=self.c.doc_id(url), reason=skip.reason)
            return
        except _FetchError as exc:
            self.visited.add(exc.url)
            yield ConnectorFailure(id=self.c.doc_id(exc.url), reason=exc.reason)
            self._keep(exc.url, depth)
            return
        self.visited.update(resp.hops)
        if resp.url in self.pages or resp.url in self.gone:
            return  # another URL redirected here earlier in this run
        doc_id = self.c.doc_id(resp.url)
        if resp.status == 304:
            state = self.previous.get(resp.url)
            if state is None:
                yield ConnectorFailure(id=doc_id, reason="the server answered 304 to an unconditional request")
                return
            self.pages[resp.url] = state
            self._expand(state.links, depth)
        elif resp.status in (404, 410):
            self.gone.add(resp.url)
            if resp.url in self.previous:
                yield Deletion(id=doc_id)
        elif resp.status in (401, 403) and seed:
            raise ConnectorAuthError(
                f"source {self.c.name!r}: {url} answered HTTP {resp.status}; the site refuses this crawler access"
            )
        elif 200 <= resp.status < 300:
            yield from self._deliver(resp, depth)
        else:
            yield ConnectorFailure(id=doc_id, reason=_status_reason(resp.status))
            self._keep(resp.url, depth)

    def _keep(self, url: str, depth: int) -> None:
        # A page that failed this time is most likely still there: keep what the last run knew, so it is
        # neither deleted nor are the pages only it links to cut off.
        state = self.previous.get(url)
        if state is not None:
            self.pages.setdefault(url, state)
            self._expand(state.links, depth)

    def _deliver(self, resp: _Response, depth: int) -> Generator[SourceItem, None, None]:
        declared = resp.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        mime = declared
        if not declared or declared == "application/octet-stream":
            mime = mimetypes.guess_type(urlsplit(resp.url).path)[0] or declared or "application/octet-stream"
        title, links = self._parse_html(resp.url, resp.content) if mime in _HTML_TYPES else ("", [])
        digest = hashlib.sha256(resp.content).hexdigest()
        etag = resp.headers.get("etag", "")
        last_modified = resp.headers.get("last-modified", "")
        self.pages[resp.url] = PageState(etag=etag, last_modified=last_modified, sha256=digest, links=links)
        self._expand(links, depth)
        old = self.previous.get(resp.url)
        if old is not None and old.sha256 == digest:
            return
        yield Document(
            id=self.c.doc_id(resp.url),
            source=self.c.name,
            title=title or _path_title(resp.url),
            uri=resp.url,
            content=resp.content,
            mime_type=mime,
            filename=guess_filename(resp.url, mime),
            modified=_http_date(last_modified),
            access=self.c.access,
            metadata={"url": resp.url, "etag": etag},
        )

    def _parse_html(self, url: str, content: bytes) -> tuple[str, list[str]]:
        try:
            soup = BeautifulSoup(content, "lxml")
            base_tag = soup.find("base", href=True)
            base = urljoin(url, str(base_tag["href"])) if base_tag else url
            title = " ".join(soup.title.get_text().split()) if soup.title else ""
            hrefs = [str(a["href"]) for a in soup.find_all("a", href=True)]
        except Exception as exc:  # noqa: BLE001 - junk served as HTML is a page without links, not a crash
            logger.debug("cannot parse links of %s: %s", url, type(exc).__name__)
            return "", []
        links = (_join(base, href) for href in hrefs)
        return title[:300], list(dict.fromkeys(u for u in links if u and u != url and self._in_scope(u)))

    def _read_sitemaps(self) -> Generator[SourceItem, None, None]:
        pending = deque([self.c.sitemap])
        done: set[str] = set()
        while pending:
            url = pending.popleft()
            if url in done:
                continue
            if len(done) == MAX_SITEMAPS:
                self.complete = False
                reason = f"sitemap skipped: over {MAX_SITEMAPS} sitemap files"
                yield ConnectorFailure(id=self.c.doc_id(url), reason=reason)
                return
            done.add(url)
            try:
                is_index, locs = self._sitemap_entries(self._fetch(url))
            except _FetchError as exc:
                # Without the sitemap's list the crawl cannot tell a removed page from one it did not reach.
                self.complete = False
                yield ConnectorFailure(id=self.c.doc_id(url), reason=f"sitemap: {exc.reason}")
                continue
            if is_index:
                pending.extend(locs)
                continue
            for loc in locs:
                # A sitemap lists what its owner wants crawled, on any of their hosts: each entry joins the site.
                self.sites.add(_origin(loc))
                if self._wanted(loc):
                    self._push(loc, 0)

    def _sitemap_entries(self, resp: _Response) -> tuple[bool, list[str]]:
        if resp.status in (401, 403):
            raise ConnectorAuthError(f"source {self.c.name!r}: sitemap {resp.url} answered HTTP {resp.status}")
        if not 200 <= resp.status < 300:
            raise _FetchError(resp.url, _status_reason(resp.status))
        content = resp.content
        if content[:2] == b"\x1f\x8b":
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                content = inflater.decompress(content, self.c.max_bytes + 1)
            except zlib.error:
                raise _FetchError(resp.url, "corrupt gzip file") from None
            if len(content) > self.c.max_bytes:
                raise _FetchError(resp.url, f"over the limit of {self.c.max_bytes:,} bytes once unzipped")
        # No entities and no network: a sitemap must not make the parser read files or other URLs.
        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
        try:
            root = etree.fromstring(content, parser)
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            raise _FetchError(resp.url, "not a sitemap (no XML)")
        locs = (normalize_url(el.text) for el in root.iter("{*}loc") if el.text)
        return etree.QName(root).localname == "sitemapindex", list(dict.fromkeys(u for u in locs if u))

    def _robots_allow(self, url: str) -> bool:
        origin = _origin(url)
        parser = self.robots.get(origin)
        if parser is None:
            parser = self.robots[origin] = self._read_robots(origin)
        return parser.can_fetch(self.c.user_agent, url)

    def _read_robots(self, origin: str) -> RobotFileParser:
        url = f"{origin}/robots.txt"
        parser = RobotFileParser(url)
        try:
            resp: _Response | None = self._fetch(url, limit=min(MAX_ROBOTS_BYTES, self.c.max_bytes))
        except _FetchError:
            resp = None
        # As Google reads it: 401/403 shut the crawler out; a missing or unreachable file means no rules.
        if resp is not None and resp.status in (401, 403):
            parser.disallow_all = True
        elif resp is not None and 200 <= resp.status < 300:
            parser.parse(resp.content.decode("utf-8", "replace").splitlines())
        else:
            parser.allow_all = True
        return parser

    def _fetch(
        self, url: str, *, limit: int = 0, conditional: bool = False, seed: bool = False, checked: bool = False
    ) -> _Response:
        """GET with redirects followed by hand; `checked` holds every hop to the crawl's scope and robots.txt."""
        hops: list[str] = []
        current = url
        while True:
            hops.append(current)
            status, headers, content, location = self._request(current, limit or self.c.max_bytes, conditional)
            if location is None:
                return _Response(current, status, headers, content, tuple(hops))
            target = _join(current, location)
            if target is None:
                raise _FetchError(url, "redirects to a URL that is not http(s)")
            if target in hops:
                raise _FetchError(url, "redirect loop")
            if len(hops) > MAX_REDIRECTS:
                raise _FetchError(url, f"more than {MAX_REDIRECTS} redirects")
            if checked:
                if seed:
                    # A seed's redirect (to https, to a www host) says where the site really is.
                    self.sites.add(_origin(target))
                elif not self._in_scope(target):
                    raise _OutOfCrawlError(f"redirects outside the crawl, to {target}")
                if self.c.respect_robots and not self._robots_allow(target):
                    raise _OutOfCrawlError(f"redirects to {target}, which robots.txt disallows")
            current = target

    def _request(self, url: str, limit: int, conditional: bool) -> tuple[int, httpx.Headers, bytes, str | None]:
        self._pause(url)
        headers = {}
        state = self.previous.get(url) if conditional else None
        if state is not None and state.etag:
            headers["If-None-Match"] = state.etag
        if state is not None and state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        started = time.monotonic()
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                self.answered = True
                status = response.status_code
                location = response.headers.get("location") if status in _REDIRECT_CODES else None
                content = b""
                if location is None and response.is_success:
                    content = self._read_body(url, response, limit, started)
                return status, response.headers, content, location
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            if not self.answered:
                raise SourceUnavailableError(
                    f"source {self.c.name!r}: cannot reach {_origin(url)} ({str(exc) or type(exc).__name__})"
                ) from None
            raise _FetchError(url, "cannot connect to the server") from None
        except httpx.TimeoutException:
            raise _FetchError(url, f"timed out after {self.c.timeout_s:g} s") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise _FetchError(url, f"transfer failed ({type(exc).__name__})") from None

    def _read_body(self, url: str, response: httpx.Response, limit: int, started: float) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _FetchError(url, f"{int(declared):,} bytes, over the limit of {limit:,}")
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise _FetchError(url, f"over the limit of {limit:,} bytes")
            # The client's timeout bounds each read; a server that trickles bytes would pass it forever.
            if time.monotonic() - started > self.c.timeout_s:
                raise _FetchError(url, f"timed out after {self.c.timeout_s:g} s")
        return bytes(body)

    def _pause(self, url: str) -> None:
        if self.c.delay_s <= 0:
            return
        origin = _origin(url)
        wait = self.last_request.get(origin, float("-inf")) + self.c.delay_s - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self.last_request[origin] = time.monotonic()
