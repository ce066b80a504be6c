"""URL inputs: fetched only when the user names them, with a timeout, a size limit and retries.

``mtcheck audit https://example.org/page.html`` downloads the page and reads it
like a file of that kind; nothing else in mtcheck opens a connection (readers
parse only the bytes they are given; the tests check that no socket opens).

The policy, chosen so that a CI job neither hangs nor hammers a server:

- ``timeout`` seconds for the whole download (connect, headers and body; a
  server that drips one byte a second is cut off too);
- at most ``max_bytes`` of body (a ``Content-Length`` above it is refused
  before reading);
- ``retries`` more attempts, after 0.5 s then 1 s (doubling), for a 5xx
  answer, a 429, a timeout or a refused/reset connection; none for any other
  4xx, which will not change;
- at most ``max_redirects`` redirects, to ``http``/``https`` only, and a
  redirect loop is reported as one.

A failed download becomes a document with an error (``http-error``,
``timeout``, ``too-large``, ``redirect``...) and the run goes on.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .base import ReadOptions, RecordError

#: seconds before the first retry; each next retry waits twice as long
RETRY_DELAY = 0.5
#: HTTP statuses worth retrying: the server may answer differently in a moment
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_CHUNK = 64 * 1024
USER_AGENT = "mtcheck (+https://pypi.org/project/mtcheck/)"


def is_url(value: str) -> bool:
    """True for an ``http://`` or ``https://`` input."""
    return value.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Fetched:
    """A downloaded body and what the server said about it."""

    data: bytes
    url: str
    content_type: str


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most ``limit`` redirects, only to http(s), and names a loop as a loop."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.visited: list[str] = []

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        if not is_url(newurl):
            raise RecordError("redirect", f"{req.full_url} redirects to '{newurl}', which is not an http(s) URL")
        self.visited.append(req.full_url)
        if newurl in self.visited:
            raise RecordError("redirect", f"{self.visited[0]} redirects in a loop (back to {newurl}); "
                                          "fix the URL or give the final address")
        if len(self.visited) > self.limit:
            raise RecordError("redirect", f"{self.visited[0]} redirects more than {self.limit} times; "
                                          "give the final address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _download(url: str, options: ReadOptions, deadline: float) -> Fetched:
    """One attempt; raises RecordError, urllib errors or socket timeouts."""
    opener = urllib.request.build_opener(_Redirects(options.max_redirects))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
    remaining = max(deadline - time.monotonic(), 0.01)
    with opener.open(request, timeout=remaining) as response:
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > options.max_bytes:
            raise RecordError("too-large", f"{url} announces {int(length):,} bytes, over the "
                                           f"{options.max_bytes:,}-byte limit; raise it with --max-bytes")
        chunks: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError("the body is still arriving")
            chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > options.max_bytes:
                raise RecordError("too-large", f"{url} sends more than the {options.max_bytes:,}-byte limit; "
                                               "raise it with --max-bytes")
            chunks.append(chunk)
        content_type = response.headers.get_content_type() if response.headers else ""
        return Fetched(b"".join(chunks), response.geturl(), content_type)


def _retryable(error: OSError) -> bool:
    """HTTP statuses in RETRY_STATUSES, and every network failure that is not an HTTP answer."""
    if isinstance(error, urllib.error.HTTPError):
        return error.code in RETRY_STATUSES
    return True


def _as_record_error(url: str, error: OSError, attempts: int, timeout: float) -> RecordError:
    tries = f" (after {attempts} attempts)" if attempts > 1 else ""
    if isinstance(error, urllib.error.HTTPError) and 300 <= error.code < 400:
        # urllib refuses a redirect to another scheme (file:, data:...) itself
        return RecordError("redirect", f"{url} redirects where mtcheck does not follow: {error.reason}; "
                                       "only http(s) redirects are followed")
    if isinstance(error, urllib.error.HTTPError):
        hint = "; check the URL" if 400 <= error.code < 500 else "; the server failed, try again later"
        return RecordError("http-error", f"{url} answered HTTP {error.code} {error.reason}{tries}{hint}")
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return RecordError("timeout", f"{url} did not answer within {timeout:g} s{tries}; "
                                      "raise --timeout or try again later")
    return RecordError("url-error", f"cannot fetch {url}: {reason}{tries}")


def fetch(url: str, options: ReadOptions) -> Fetched:
    """Download ``url`` under the module's policy; raises RecordError when it cannot."""
    attempts = 0
    while True:
        attempts += 1
        try:
            return _download(url, options, time.monotonic() + options.timeout)
        except OSError as error:  # URLError, HTTPError, timeouts, refused or reset connections
            if attempts > options.retries or not _retryable(error):
                raise _as_record_error(url, error, attempts, options.timeout) from None
            time.sleep(RETRY_DELAY * 2 ** (attempts - 1))
        except (ValueError, http.client.HTTPException) as error:  # a malformed URL or answer
            raise RecordError("url-error", f"cannot fetch {url}: {type(error).__name__}: {error}") from None


def url_suffix_name(url: str) -> str:
    """The path part of a URL, for choosing a reader by suffix (``/feed.rss`` → ``.rss``)."""
    return urlsplit(url).path or "/"
