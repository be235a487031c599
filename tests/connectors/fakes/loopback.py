"""What the Microsoft Graph and Google fakes share: a threaded HTTP server on 127.0.0.1, a call log, and
faults a test arms for the next requests under a path (429 with Retry-After, 5xx)."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.services import free_port


@dataclass
class Request:
    method: str
    path: str  # percent-decoded
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    @property
    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode()))

    @property
    def bearer(self) -> str:
        kind, _, token = self.headers.get("authorization", "").partition(" ")
        return token if kind.lower() == "bearer" else ""


@dataclass
class Reply:
    status: int
    body: object = None  # dict/list as JSON, bytes as they are
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json; charset=utf-8"


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    status: int


@dataclass
class _Fault:
    prefix: str
    times: int
    status: int
    retry_after: int | None


class LoopbackApi:
    """Subclasses implement `handle(request) -> Reply` and `error(status, code, message) -> Reply`."""

    name = "fake-api"

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.calls: list[Call] = []
        self.lock = threading.RLock()
        self._faults: list[_Fault] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: with Nagle on, each keep-alive reply waits ~40 ms.
            disable_nagle_algorithm = True

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                fake._serve(self)

            def do_POST(self) -> None:
                fake._serve(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), name=self.name, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def throttle(self, prefix: str, times: int = 1, retry_after: int = 1) -> None:
        """The next `times` requests whose path starts with `prefix` answer 429 with this Retry-After."""
        with self.lock:
            self._faults.append(_Fault(prefix, times, 429, retry_after))

    def fail(self, prefix: str, times: int = 1, status: int = 503) -> None:
        with self.lock:
            self._faults.append(_Fault(prefix, times, status, None))

    def clear_faults(self) -> None:
        with self.lock:
            self._faults.clear()

    def calls_to(self, prefix: str, status: int | None = None) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.path.startswith(prefix) and (status is None or c.status == status)]

    def handle(self, request: Request) -> Reply:
        raise NotImplementedError

    def error(self, status: int, code: str, message: str) -> Reply:
        raise NotImplementedError

    def _fault(self, path: str) -> Reply | None:
        with self.lock:
            for fault in self._faults:
                if fault.times > 0 and path.startswith(fault.prefix):
                    fault.times -= 1
                    if fault.status == 429:
                        reply = self.error(429, "rateLimited", "Too many requests; retry later")
                        reply.headers["Retry-After"] = str(fault.retry_after)
                        return reply
                    return self.error(fault.status, "serviceUnavailable", "The service is unavailable")
        return None

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        request = Request(
            method=handler.command, path=unquote(parts.path), query=dict(parse_qsl(parts.query)),
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=handler.rfile.read(length) if length else b"",
        )
        try:
            reply = self._fault(request.path) or self.handle(request)
        except Exception as exc:  # noqa: BLE001 - a bug in the fake is a 500 the test sees, not a hung connection
            reply = Reply(500, {"fake_error": f"{type(exc).__name__}: {exc}"})
        with self.lock:
            self.calls.append(Call(request.method, request.path, request.query, request.headers, reply.status))
        data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        handler.send_response(reply.status)
        handler.send_header("Content-Type", reply.content_type)
        handler.send_header("Content-Length", str(len(data)))
        for key, value in reply.headers.items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(data)
