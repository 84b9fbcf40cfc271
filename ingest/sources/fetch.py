"""Polite HTTP for official sites: a User-Agent that names us, a delay between requests, a
timeout, and conditional GET (If-None-Match / If-Modified-Since) so that an unchanged page costs
the site a 304 and nothing more."""

from __future__ import annotations

import time
from importlib.metadata import PackageNotFoundError, version
from typing import Literal

import httpx
from pydantic import BaseModel

#: Where a site's operator can find who we are (replace with the deployment's repository).
REPO_URL = "https://github.com/YOUR-ORG/gardefou"


def user_agent() -> str:
    try:
        ours = version("gardefou")
    except PackageNotFoundError:  # running from a source tree that is not installed
        ours = "dev"
    return f"Gardefou/{ours} (+{REPO_URL}; official-text watch)"


class Response(BaseModel):
    outcome: Literal["ok", "not_modified", "failed"]
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    error: str = ""  # one line, for the operator


class Fetcher:
    """One HTTP client for a run; waits `delay_s` between two requests (never before the first)."""

    def __init__(self, *, timeout_s: float = 30.0, delay_s: float = 2.0) -> None:
        self.delay_s = max(0.0, delay_s)
        self._last: float | None = None
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout_s),
            follow_redirects=True,
            headers={"User-Agent": user_agent(), "Accept": "text/html,application/pdf;q=0.9"},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Response:
        self._wait()
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            reply = self._client.get(url, headers=headers)
        except httpx.TimeoutException:
            return Response(outcome="failed", error="timed out")
        except httpx.HTTPError as exc:
            return Response(outcome="failed", error=f"{type(exc).__name__}: {exc}".strip())
        finally:
            self._last = time.monotonic()
        if reply.status_code == 304:
            return Response(
                outcome="not_modified",
                etag=reply.headers.get("etag") or etag,
                last_modified=reply.headers.get("last-modified") or last_modified,
            )
        if reply.status_code != 200:
            return Response(
                outcome="failed", error=f"HTTP {reply.status_code} {reply.reason_phrase}".strip()
            )
        return Response(
            outcome="ok",
            content=reply.content,
            content_type=reply.headers.get("content-type", ""),
            etag=reply.headers.get("etag"),
            last_modified=reply.headers.get("last-modified"),
        )

    def _wait(self) -> None:
        if self._last is not None and self.delay_s:
            left = self.delay_s - (time.monotonic() - self._last)
            if left > 0:
                time.sleep(left)
