"""HTTP front of the Slack app: POST /slack/events (events, commands, interactivity), GET /healthz,
GET /metrics. Graceful stop: on SIGTERM uvicorn finishes the requests in flight, then the lifespan
waits for the answers still being computed in Bolt's executor before the process exits.

Before Bolt sees a request, its body is read up to a limit (413 past it, whatever Content-Length
says) and its signature is checked here (401, logged without the body): an outsider's request is
never parsed, and its body never reaches a log."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable

from prometheus_client import CONTENT_TYPE_LATEST, Counter, generate_latest
from slack_bolt import App
from slack_bolt.adapter.starlette import SlackRequestHandler
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from slack_sdk.signature import SignatureVerifier
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

log = logging.getLogger(__name__)

#: Slack's events, commands and clicks are a few KiB; a 40,000-character message with its
#: rich-text copy stays well under this (GARDEFOU_MAX_REQUEST_BYTES overrides it).
DEFAULT_MAX_BODY = 256 * 1024

SLACK_REQUESTS = Counter(
    "gardefou_slack_requests_total", "Requests from Slack, by HTTP status returned", ["status"]
)


class BodyTooLarge(Exception):
    pass


async def read_body(req: Request, limit: int) -> bytes:
    """The body, read chunk by chunk and abandoned as soon as it passes ``limit`` bytes (chunked
    bodies carry no Content-Length; a declared one is only a first, cheap refusal)."""
    declared = req.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise BodyTooLarge
    body = bytearray()
    async for chunk in req.stream():
        body += chunk
        if len(body) > limit:
            raise BodyTooLarge
    return bytes(body)


class ThreadedSlackHandler(SlackRequestHandler):
    """Bolt's Starlette adapter, with dispatch (signature check, ack) off the event loop so that
    one slow ack never holds up other requests or /healthz; bodies bounded and signatures checked
    before Bolt parses anything."""

    def __init__(self, app: App, *, signing_secret: str | None, max_body: int) -> None:
        super().__init__(app)
        self.verifier = SignatureVerifier(signing_secret) if signing_secret else None
        self.max_body = max_body

    async def handle(
        self, req: Request, addition_context_properties: dict | None = None
    ) -> Response:
        try:
            body = await read_body(req, self.max_body)
        except BodyTooLarge:
            return self._refuse(413, "request body too large")
        if self.verifier is not None and not self._signed(req, body):
            # The fact only: the body of an unverified request is never logged.
            log.info("refused a request with a missing, stale or invalid signature")
            return self._refuse(401, "invalid request")
        try:
            bolt_req = to_bolt_request(req, body)
        except ValueError:  # JSON or form Bolt cannot parse (UnicodeDecodeError included)
            return self._refuse(400, "malformed body")
        bolt_resp = await run_in_threadpool(self.app.dispatch, bolt_req)
        SLACK_REQUESTS.labels(status=str(bolt_resp.status)).inc()
        return to_starlette_response(bolt_resp)

    def _signed(self, req: Request, body: bytes) -> bool:
        timestamp = req.headers.get("x-slack-request-timestamp", "")
        signature = req.headers.get("x-slack-signature", "")
        if not (timestamp.isascii() and timestamp.isdigit() and signature):
            return False  # Bolt's own check would raise on a non-numeric timestamp (HTTP 500)
        return self.verifier.is_valid(body, timestamp, signature)  # type: ignore[union-attr]

    @staticmethod
    def _refuse(status: int, error: str) -> Response:
        SLACK_REQUESTS.labels(status=str(status)).inc()
        return JSONResponse({"error": error}, status_code=status)


def create_server(
    app: App | None,
    *,
    on_startup: Callable[[], None] | None = None,
    on_shutdown: Callable[[], None] | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    signing_secret: str | None = None,
) -> Starlette:
    """``app`` None: health and metrics only (Socket Mode carries Slack's traffic).

    ``signing_secret`` defaults to the one the Bolt app was built with; ``max_body`` in bytes."""

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        if on_startup:
            on_startup()
        yield
        if on_shutdown:
            on_shutdown()
        if app is not None:
            log.info("waiting for answers in flight")
            await run_in_threadpool(app.listener_runner.listener_executor.shutdown, wait=True)

    async def healthz(_: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def metrics(_: Request) -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    routes = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
    ]
    if app is not None:
        secret = signing_secret or getattr(app, "_signing_secret", None)
        handler = ThreadedSlackHandler(app, signing_secret=secret, max_body=max_body)

        async def events(req: Request) -> Response:
            return await handler.handle(req)

        routes.append(Route("/slack/events", events, methods=["POST"]))
    return Starlette(routes=routes, lifespan=lifespan)
