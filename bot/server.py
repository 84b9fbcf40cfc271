"""HTTP front of the Slack app: POST /slack/events (events, commands, interactivity), GET /healthz,
GET /metrics. Graceful stop: on SIGTERM uvicorn finishes the requests in flight, then the lifespan
waits for the answers still being computed in Bolt's executor before the process exits."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable

from prometheus_client import CONTENT_TYPE_LATEST, Counter, generate_latest
from slack_bolt import App
from slack_bolt.adapter.starlette import SlackRequestHandler
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

log = logging.getLogger(__name__)

SLACK_REQUESTS = Counter(
    "gardefou_slack_requests_total", "Requests from Slack, by HTTP status returned", ["status"]
)


class ThreadedSlackHandler(SlackRequestHandler):
    """Bolt's Starlette adapter, with dispatch (signature check, ack) off the event loop so that
    one slow ack never holds up other requests or /healthz."""

    async def handle(
        self, req: Request, addition_context_properties: dict | None = None
    ) -> Response:
        body = await req.body()
        bolt_resp = await run_in_threadpool(self.app.dispatch, to_bolt_request(req, body))
        SLACK_REQUESTS.labels(status=str(bolt_resp.status)).inc()
        return to_starlette_response(bolt_resp)


def create_server(
    app: App | None,
    *,
    on_startup: Callable[[], None] | None = None,
    on_shutdown: Callable[[], None] | None = None,
) -> Starlette:
    """``app`` None: health and metrics only (Socket Mode carries Slack's traffic)."""

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
        handler = ThreadedSlackHandler(app)

        async def events(req: Request) -> Response:
            return await handler.handle(req)

        routes.append(Route("/slack/events", events, methods=["POST"]))
    return Starlette(routes=routes, lifespan=lifespan)
