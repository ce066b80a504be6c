"""A misbehaving HTTP server on 127.0.0.1 for the URL-input tests.

Each path is one way a server goes wrong: it stalls, drips its body, fails
with 5xx or 4xx, redirects in a loop or too often or to a ``file:`` URL, or
sends more than the size limit. ``hits`` counts requests per path, so tests
can check the retry policy.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

PAGE = (b"<!doctype html><html><head><title>Port reopens after strike</title></head><body>"
        b"<article><h1>Port reopens after strike</h1><p>The port reopened on Monday after a two-week strike, "
        b"the harbour master said.</p><p>Ferries will run on the normal timetable from Tuesday.</p>"
        b"</article></body></html>")
FEED = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>Harbour news</title>"
        b"<item><guid>h1</guid><title>Ferries back</title><description>Ferries run again.</description></item>"
        b"</channel></rss>")
#: seconds a stalling path waits before answering: far longer than the tests' timeout
STALL = 5.0


class Handler(BaseHTTPRequestHandler):
    """Answers by path; see the module docstring."""

    server: "HostileServer"

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        return

    def _send(self, status: int, body: bytes = b"", content_type: str = "text/html", length: bool = True,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        path = self.path.split("?")[0]
        self.server.hits[path] += 1
        count = self.server.hits[path]
        if path == "/page.html":
            self._send(200, PAGE)
        elif path == "/news":  # no suffix: the content type says it is a feed
            self._send(200, FEED, "application/rss+xml")
        elif path == "/stall.html":
            time.sleep(STALL)
            self._send(200, PAGE)
        elif path == "/drip.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(int(STALL * 10)):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up on the drip, as the timeout test wants
        elif path == "/error500.html":
            self._send(500, b"internal error")
        elif path == "/error404.html":
            self._send(404, b"not found")
        elif path == "/flaky.html":  # fails once, then works: a retry recovers it
            self._send(503, b"busy") if count == 1 else self._send(200, PAGE)
        elif path in ("/loop-a.html", "/loop-b.html"):
            target = "/loop-b.html" if path == "/loop-a.html" else "/loop-a.html"
            self._send(302, headers={"Location": target})
        elif path.startswith("/chain/"):
            left = int(path.rsplit("/", 1)[1])
            if left == 0:
                self._send(200, PAGE)
            else:
                self._send(302, headers={"Location": f"/chain/{left - 1}"})
        elif path == "/to-file.html":
            self._send(302, headers={"Location": "file:///etc/passwd"})
        elif path == "/big.html":  # no Content-Length: the size is only known while reading
            self._send(200, b"<p>" + b"a" * (2 * 1024 * 1024) + b"</p>", length=False)
        elif path == "/big-declared.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(10 ** 9))
            self.end_headers()
            self.wfile.write(b"<p>")
        else:
            self._send(404, b"no such path")


class HostileServer(ThreadingHTTPServer):
    """The server, with its request counter."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: Counter[str] = Counter()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


def serve() -> Iterator[HostileServer]:
    """Run a server in a thread for the duration of a fixture."""
    server = HostileServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
