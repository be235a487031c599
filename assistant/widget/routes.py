"""GET /widget.js (the embeddable script) and GET /widget/demo (a page that embeds it).

Both answer with a strict Content-Security-Policy. The widget styles its shadow root with a constructed
stylesheet, which style-src does not govern, so the demo needs neither inline scripts nor inline styles.
"""

from __future__ import annotations

import hashlib
import html
import re
from functools import cache
from importlib.resources import files
from string import Template

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

router = APIRouter(include_in_schema=False)

WIDGET_KEY = re.compile(r"wk-asst-[A-Za-z0-9_-]{16,128}")
JWT = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
MAX_TITLE = 80

COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
# A script is not a document, so most directives do nothing here; they stop it from being framed or
# rendered as a page if someone links to it directly.
SCRIPT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
DEMO_CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'none'; "
            "font-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


@cache
def _static(name: str) -> tuple[bytes, str]:
    body = (files("assistant.widget") / "static" / name).read_bytes()
    return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _asset(request: Request, name: str, media_type: str) -> Response:
    body, etag = _static(name)
    headers = {**COMMON_HEADERS, "Content-Security-Policy": SCRIPT_CSP, "ETag": etag,
               "Cache-Control": "public, max-age=300",
               # Host pages on other origins load it; with COEP they need the resource to say so.
               "Cross-Origin-Resource-Policy": "cross-origin"}
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


@router.get("/widget.js")
def widget_js(request: Request) -> Response:
    return _asset(request, "widget.js", "text/javascript; charset=utf-8")


@router.get("/widget/demo.css")
def demo_css(request: Request) -> Response:
    return _asset(request, "demo.css", "text/css; charset=utf-8")


@router.get("/widget/demo", response_class=HTMLResponse)
def demo(request: Request, key: str = "", user_token: str = "", title: str = "Assistant") -> HTMLResponse:
    headers = {**COMMON_HEADERS, "Content-Security-Policy": DEMO_CSP, "Cache-Control": "no-store",
               "Cross-Origin-Opener-Policy": "same-origin",
               "Permissions-Policy": "camera=(), microphone=(), geolocation=()"}
    root = request.scope.get("root_path", "").rstrip("/")
    problems = []
    if key and not WIDGET_KEY.fullmatch(key):
        problems.append("The key parameter is not a widget key (they start with wk-asst-).")
    if user_token and not JWT.fullmatch(user_token):
        problems.append("The user_token parameter is not a signed token (header.payload.signature).")
    title = " ".join(title.split())[:MAX_TITLE] or "Assistant"
    esc = html.escape
    if problems or not key:
        origin = f"{request.url.scheme}://{request.url.netloc}"
        body = Template(_static("demo-setup.html")[0].decode()).substitute(
            root=esc(root), origin=esc(origin), problems="".join(f"<p class=\"problem\">{esc(p)}</p>" for p in problems))
        return HTMLResponse(body, status_code=400 if problems else 200, headers=headers)
    token_attr = f' data-user-token="{esc(user_token)}"' if user_token else ""
    body = Template(_static("demo.html")[0].decode()).substitute(
        root=esc(root), key=esc(key), title=esc(title), user_token_attr=token_attr,
        who="a signed-in user (from user_token)" if user_token else "an anonymous visitor: only public documents")
    return HTMLResponse(body, headers=headers)
