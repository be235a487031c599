"""A fake OpenAI-compatible chat endpoint on loopback that records every request it receives.

It stands in for a cloud model in the privacy tests and follows the API's
documented streaming shape: `data: {chat.completion.chunk}` lines, then
`data: [DONE]`. Its answer repeats the first placeholders it saw, the way a
model cites the people and addresses in its context.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")


class FakeOpenAI:
    def __init__(self) -> None:
        self.bodies: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                server.bodies.append(raw)
                body = json.loads(raw)
                prompt = "\n".join(m["content"] for m in body["messages"])
                seen = list(dict.fromkeys(PLACEHOLDER.findall(prompt)))[:3]
                words = ["According to the documents [1], "] + [f"{p.lower().replace('<', '').replace('>', '')} " for p in seen[:1]] \
                    + [f"and {p} " for p in seen[1:]] + ["can help."]
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for i, piece in enumerate(words):
                    chunk = {"id": "c1", "object": "chat.completion.chunk", "model": body.get("model", "fake"),
                             "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                end = {"id": "c1", "object": "chat.completion.chunk", "model": "fake",
                       "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                       "usage": {"prompt_tokens": len(prompt) // 4, "completion_tokens": len(words),
                                 "total_tokens": len(prompt) // 4 + len(words)}}
                self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
