"""The web connector against a generated site served on 127.0.0.1 (tests/connectors/web_site.py)."""

import time
from datetime import UTC, datetime

import httpx
import pytest

from connectors import Access, ConnectorFailure, Deletion, Document
from connectors.errors import (
    ConnectorAuthError,
    ConnectorConfigError,
    SourceUnavailableError,
)
from connectors.web import WebCheckpoint, WebConnector, guess_filename, normalize_url
from tests.connectors.web_site import (
    LAST_MODIFIED,
    PDF,
    Page,
    Site,
    default_pages,
    html,
    redirect,
)
from tests.contract import check_contract, check_marks, drain
from tests.services import free_port

ACCESS = Access(groups=frozenset({"staff"}))
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
EVERYTHING = {"/", "/about", "/docs/", "/docs/guide", "/docs/deep", "/files/report.pdf", "/notes.txt", "/junk", "/old"}


@pytest.fixture
def site():
    with Site(default_pages()) as s:
        yield s


def connector(site: Site, seeds=("/",), **options) -> WebConnector:
    return WebConnector("web", ACCESS, seeds=[site.url(p) for p in seeds], **options)


def ids(site: Site, paths) -> set[str]:
    return {f"web:{site.url(p)}" for p in paths}


class RecordingTransport(httpx.HTTPTransport):
    """Notes when the client lets go of it: `Client.close()` calls `close`, leaving a `with` block calls `__exit__`."""

    closed = False

    def close(self) -> None:
        self.closed = True
        super().close()

    def __exit__(self, *exc) -> None:
        self.closed = True
        super().__exit__(*exc)


def test_first_sync_delivers_each_page_once_with_title_type_and_access(site):
    run = check_contract(connector(site))
    docs = {d.id: d for d in run.documents}
    assert set(docs) == ids(site, EVERYTHING)
    assert {f.id for f in run.failures} == ids(site, ["/loop", "/big", "/broken"])
    assert run.deletions == []

    def doc(path: str) -> Document:
        return docs[f"web:{site.url(path)}"]

    titles = {p: doc(p).title for p in ["/", "/about", "/docs/", "/docs/guide", "/files/report.pdf", "/junk"]}
    assert titles == {
        "/": "Home", "/about": "About", "/docs/": "Docs", "/docs/guide": "Guide",
        "/files/report.pdf": "files/report.pdf", "/junk": "junk",
    }
    kinds = {p: (doc(p).mime_type, doc(p).filename) for p in ["/", "/docs/guide", "/files/report.pdf", "/notes.txt"]}
    assert kinds == {
        "/": ("text/html", "index.html"), "/docs/guide": ("text/html", "guide.html"),
        "/files/report.pdf": ("application/pdf", "report.pdf"), "/notes.txt": ("text/plain", "notes.txt"),
    }
    # Binary junk served as HTML is delivered as it is (the parser judges it); it just has no links or title.
    assert (doc("/junk").mime_type, doc("/junk").filename) == ("text/html", "junk.html")
    assert doc("/files/report.pdf").content == PDF
    assert all(d.access == ACCESS and d.source == "web" and d.uri == d.metadata["url"] for d in docs.values())
    assert doc("/").uri == site.url("/") and doc("/").metadata["etag"].startswith('"')
    assert doc("/about").modified == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert doc("/about").metadata["etag"] == "" and doc("/").modified is None
    # Four links lead to the guide (with fragments, through /docs -> /docs/): one request, one document.
    assert len(site.hits("/docs/guide")) == 1 and len(site.hits("/docs/")) == 1
    assert len(site.hits("/robots.txt")) == 1 and site.hits("/private/secret") == []
    assert set(run.checkpoint.pages) == {site.url(p) for p in EVERYTHING}


def test_incremental_sync_asks_conditionally_and_delivers_only_changes(site):
    first = drain(connector(site)).checkpoint
    site.log.clear()
    again = check_contract(connector(site), first)
    assert again.documents == [] and again.deletions == []
    assert {f.id for f in again.failures} == ids(site, ["/loop", "/big", "/broken"])
    for path in ["/", "/docs/", "/docs/guide", "/docs/deep", "/files/report.pdf", "/junk", "/old"]:
        [hit] = site.hits(path)
        assert hit.status == 304 and hit.if_none_match, path
    [about] = site.hits("/about")
    assert about.status == 304 and about.if_modified_since == LAST_MODIFIED
    # No validators: downloaded again, but the same hash is not delivered again.
    assert [h.status for h in site.hits("/notes.txt")] == [200]

    site.pages["/docs/guide"] = html("Guide v2")
    site.pages["/notes.txt"] = Page(b"plain notes, revised", "text/plain", etag=False)
    del site.pages["/old"]
    changed = check_contract(connector(site), again.checkpoint)
    assert {d.id for d in changed.documents} == ids(site, ["/docs/guide", "/notes.txt"])
    # /old answers 404; /docs/deep is no longer linked from anywhere.
    assert set(changed.ids(Deletion)) == ids(site, ["/old", "/docs/deep"])
    assert set(changed.checkpoint.pages) == {site.url(p) for p in EVERYTHING - {"/old", "/docs/deep"}}


@pytest.mark.parametrize("items_before_kill", [1, 4])
def test_interrupted_sync_closes_its_client_and_the_next_run_delivers_every_change(site, items_before_kill):
    first = drain(connector(site)).checkpoint
    site.pages["/about"] = html("About us", "/", last_modified="Wed, 03 Jan 2024 00:00:00 GMT", etag=False)
    site.pages["/docs/guide"] = html("Guide v2", "/docs/deep")
    site.pages["/notes.txt"] = Page(b"new notes", "text/plain", etag=False)

    transport = RecordingTransport()
    gen = connector(site, transport=transport).load(first)
    for _ in range(items_before_kill):
        next(gen)
    gen.close()
    assert transport.closed

    transport = RecordingTransport()
    resumed = check_contract(connector(site, transport=transport), first)
    assert {d.id for d in resumed.documents} == ids(site, ["/about", "/docs/guide", "/notes.txt"])
    assert resumed.deletions == [] and transport.closed


@pytest.mark.parametrize(
    ("robots", "respect", "expected"),
    [
        ("disallow", True, "failure"),
        ("disallow", False, "document"),
        (None, True, "document"),
        (Page(b"down", "text/plain", status=500), True, "document"),
        (Page(b"no", "text/plain", status=401), True, "failure"),
        (Page(b"no", "text/plain", status=403), True, "failure"),
    ],
)
def test_robots_txt_decides_whether_a_page_is_fetched(site, robots, respect, expected):
    if robots is None:
        del site.pages["/robots.txt"]
    elif robots != "disallow":
        site.pages["/robots.txt"] = robots
    run = check_contract(connector(site, seeds=["/private/secret"], max_depth=0, respect_robots=respect))
    if expected == "document":
        assert [d.title for d in run.documents] == ["Secret"]
    else:
        assert run.documents == [] and site.hits("/private/secret") == []
        assert [f.id for f in run.failures] == [f"web:{site.url('/private/secret')}"]
        assert "robots.txt disallows" in run.failures[0].reason


@pytest.mark.parametrize(
    ("max_depth", "max_pages", "expected"),
    [
        (0, 500, {"/"}),
        (1, 500, EVERYTHING - {"/docs/deep"}),
        (3, 3, {"/", "/about", "/docs/"}),
    ],
)
def test_depth_and_page_limits(site, max_depth, max_pages, expected):
    run = check_contract(connector(site, max_depth=max_depth, max_pages=max_pages))
    assert set(run.ids()) == ids(site, expected)


def test_a_crawl_cut_short_by_max_pages_deletes_nothing_it_did_not_reach(site):
    first = drain(connector(site, max_pages=3)).checkpoint
    site.pages["/"] = html("Home v2", "/new", "/about", "/docs")
    site.pages["/new"] = html("New")
    run = check_contract(connector(site, max_pages=3), first)
    assert set(run.ids()) == ids(site, ["/", "/new"]) and run.deletions == []
    assert site.url("/docs/") in run.checkpoint.pages


@pytest.mark.parametrize(
    ("include", "exclude", "expected"),
    [
        ([r"/docs/"], [], {"/", "/docs/", "/docs/guide", "/docs/deep"}),
        ([], [r"\.(pdf|txt)$", "junk"], EVERYTHING - {"/files/report.pdf", "/notes.txt", "/junk"}),
        ([r"/docs"], [r"deep"], {"/", "/docs/", "/docs/guide"}),
    ],
)
def test_include_and_exclude_filter_what_the_crawl_follows(site, include, exclude, expected):
    run = check_contract(connector(site, include=include, exclude=exclude))
    assert set(run.ids()) == ids(site, expected)


CHAIN = {f"/chain/{i}": redirect(f"/chain/{i + 1}") for i in range(11)} | {"/chain/11": html("End of chain")}


@pytest.mark.parametrize(
    ("page", "options", "reason"),
    [
        ("/loop", {}, "redirect loop"),
        ("/chain/0", {}, "more than 10 redirects"),
        ("/big", {}, "50,000,000 bytes, over the limit of 20,000,000"),
        ("/big-stream", {"max_bytes": 1_000_000}, "over the limit of 1,000,000 bytes"),
        ("/broken", {}, "server error (HTTP 500)"),
        ("/teapot", {}, "unexpected answer (HTTP 418)"),
        ("/slow", {"timeout_s": 0.2}, "timed out after 0.2 s"),
        ("/secret", {}, "access denied (HTTP 403)"),
    ],
)
def test_a_page_that_cannot_be_fetched_is_a_failure_and_the_crawl_goes_on(site, page, options, reason):
    site.pages |= CHAIN | {
        "/start": html("Start", page, "/about"),
        "/big-stream": Page(zeros=5_000_000, declare_length=False, content_type="text/plain"),
        "/teapot": Page(b"short and stout", "text/plain", status=418),
        "/slow": html("Slow", sleep_s=1.0),
        "/secret": html("Secret", status=403),
    }
    run = check_contract(connector(site, seeds=["/start"], max_depth=1, **options))
    assert [(f.id, f.reason) for f in run.failures] == [(f"web:{site.url(page)}", reason)]
    assert set(run.ids()) == ids(site, ["/start", "/about"])


def test_ten_redirects_are_followed_to_the_final_url(site):
    site.pages |= CHAIN
    run = check_contract(connector(site, seeds=["/chain/1"], max_depth=0))
    assert [(d.id, d.title) for d in run.documents] == [(f"web:{site.url('/chain/11')}", "End of chain")]


def test_a_failing_page_keeps_its_place_and_its_links(site):
    first = drain(connector(site)).checkpoint
    site.pages["/docs/guide"] = Page(b"down", "text/plain", status=503)
    run = check_contract(connector(site), first)
    assert run.ids() == [] and run.deletions == []
    assert f"web:{site.url('/docs/guide')}" in run.ids(ConnectorFailure)
    assert {site.url("/docs/guide"), site.url("/docs/deep")} <= run.checkpoint.pages.keys()


def test_a_seed_redirect_moves_the_site_but_a_link_redirect_cannot_leave_it(site):
    with Site({"/": html("Elsewhere", "/page"), "/page": html("Elsewhere page")}) as other:
        site.pages["/moved"] = redirect(other.url("/"))
        site.pages["/start"] = html("Start", "/away")
        site.pages["/away"] = redirect(other.url("/page"))
        moved = check_contract(connector(site, seeds=["/moved"]))
        assert [d.title for d in moved.documents] == ["Elsewhere", "Elsewhere page"]
        other.log.clear()
        run = check_contract(connector(site, seeds=["/start"]))
        assert [d.title for d in run.documents] == ["Start"] and run.failures == [] and other.log == []


def test_delay_spaces_requests_to_one_host(site):
    started = time.monotonic()
    run = check_contract(connector(site, seeds=["/", "/about", "/old"], max_depth=0, delay_s=0.05))
    assert len(run.documents) == 3 and time.monotonic() - started >= 0.15  # robots.txt, then three pages


def test_sitemap_index_with_a_gzipped_sitemap_seeds_the_crawl(site):
    sitemap = site.url("/sitemap.xml")
    run = check_contract(WebConnector("web", ACCESS, sitemap=sitemap, max_depth=0))
    assert set(run.ids()) == ids(site, ["/about", "/orphan"]) and run.failures == []

    del site.pages["/sitemap.xml"]
    lost = check_contract(WebConnector("web", ACCESS, sitemap=sitemap, max_depth=0), run.checkpoint)
    assert [(f.id, f.reason) for f in lost.failures] == [(f"web:{sitemap}", "sitemap: not found (HTTP 404)")]
    assert lost.deletions == [] and lost.checkpoint == run.checkpoint


@pytest.mark.parametrize("respect_robots", [True, False])
def test_an_unreachable_seed_host_stops_the_sync(respect_robots):
    dead = WebConnector("web", seeds=[f"http://127.0.0.1:{free_port()}/"], respect_robots=respect_robots)
    with pytest.raises(SourceUnavailableError, match=r"^source 'web': cannot reach http://127\.0\.0\.1:\d+ \("):
        drain(dead, WebCheckpoint())


def test_an_unreachable_linked_host_is_only_a_failure(site):
    dead = f"http://127.0.0.1:{free_port()}/gone"
    site.pages["/"] = html("Home", dead)
    run = check_contract(connector(site, same_site=False, max_depth=1))
    assert [(f.id, f.reason) for f in run.failures] == [(f"web:{dead}", "cannot connect to the server")]


@pytest.mark.parametrize("status", [401, 403])
def test_a_seed_or_sitemap_refusing_access_is_a_credentials_error(site, status):
    site.pages["/"] = html("Home", status=status)
    with pytest.raises(ConnectorAuthError, match=f"answered HTTP {status}"):
        drain(connector(site))
    site.pages["/sitemap.xml"] = Page(b"no", "text/plain", status=status)
    with pytest.raises(ConnectorAuthError, match=f"sitemap .* answered HTTP {status}"):
        drain(WebConnector("web", sitemap=site.url("/sitemap.xml")))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({}, "needs at least one seed URL or a sitemap"),
        ({"seeds": ["ftp://example.com/x"]}, "seed 'ftp://example.com/x' is not an http"),
        ({"sitemap": "file:///etc/sitemap.xml"}, "sitemap 'file:///etc/sitemap.xml' is not an http"),
        ({"seeds": ["http://example.com/"], "include": ["("]}, "include pattern '\\(' is invalid"),
        ({"seeds": ["http://example.com/"], "max_pages": 0}, "max_pages must be a whole number >= 1"),
        ({"seeds": ["http://example.com/"], "timeout_s": 0}, "timeout_s must be seconds > 0"),
    ],
)
def test_bad_options_are_configuration_errors_naming_the_source(options, message):
    with pytest.raises(ConnectorConfigError, match=f"^source 'web': .*{message}"):
        WebConnector("web", **options)


def test_a_single_seed_string_is_one_seed():
    assert WebConnector("web", seeds="HTTP://Example.COM:80/a#b").seeds == ["http://example.com/a"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://Example.COM:80/a/b?x=1&y=2#frag", "http://example.com/a/b?x=1&y=2"),
        ("https://example.com:443", "https://example.com/"),
        ("https://user:secret@example.com:8443/p", "https://example.com:8443/p"),
        ("http://[::1]:8080/", "http://[::1]:8080/"),
        ("mailto:someone@example.com", None),
        ("javascript:void(0)", None),
        ("http://example.com:99999/", None),
        ("/relative", None),
    ],
)
def test_normalize_url(url, expected):
    assert normalize_url(url) == expected


@pytest.mark.parametrize(
    ("url", "mime", "expected"),
    [
        ("https://x/files/report.pdf", "application/pdf", "report.pdf"),
        ("https://x/files/report.pdf", "application/octet-stream", "report.pdf"),
        ("https://x/page.htm", "text/html", "page.htm"),
        ("https://x/docs/guide", "text/html", "guide.html"),
        ("https://x/", "text/html", "index.html"),
        ("https://x/moved.pdf", "text/html", "moved.html"),
        ("https://x/download?id=3", "application/pdf", "download.pdf"),
        ("https://x/spec.v2", PPTX, "spec.v2.pptx"),
        ("https://x/README.md", "text/markdown", "README.md"),
        ("https://x/my%20notes", "text/plain", "my notes.txt"),
    ],
)
def test_filename_suffix_follows_the_served_type(url, mime, expected):
    assert guess_filename(url, mime) == expected


def test_marks_let_a_killed_crawl_skip_the_pages_it_had_delivered(site):
    site.pages.update({"/": html("Home", *(f"/p/{i}" for i in range(30)))})
    for i in range(30):
        site.pages[f"/p/{i}"] = html(f"Page {i}", "/", etag=i % 3 != 0)  # some pages without validators
    conn = connector(site, respect_robots=False)
    first = check_marks(conn)
    assert [at for at, _ in first.marks] == [10, 20, 30]

    site.log.clear()
    resumed = drain(conn, first.marks[0][1])  # after "/" and /p/0-8
    assert len(resumed.documents) == 21
    assert site.hits("/p/1")[0].status == 304 and site.hits("/p/20")[0].if_none_match is None

    for i in range(2, 26, 2):
        site.pages[f"/p/{i}"] = html(f"Page {i}, revised", "/")
    del site.pages["/p/7"]
    later = check_marks(conn, first.checkpoint)
    assert len(later.documents) == 12 and later.ids(Deletion) == [f"web:{site.url('/p/7')}"]
