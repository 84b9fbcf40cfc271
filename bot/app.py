"""The Slack app: a Bolt App on our own WebClient (so SLACK_API_URL is honoured), listeners wired."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

from bot import listeners
from bot.listeners.services import Services
from bot.settings import Settings


def create_app(settings: Settings, pipeline: Any = None, journal: Any = None) -> App:
    """``pipeline``/``journal`` default to the real ones; tests pass stand-ins."""
    if pipeline is None:
        from bot.pipeline import get_pipeline

        pipeline = get_pipeline(settings)
    if journal is None:
        journal = pipeline.journal  # the pipeline's own (lazily opened) journal
    base_url = (settings.slack_api_url or "https://slack.com/api/").rstrip("/") + "/"
    app = App(
        client=WebClient(
            token=settings.slack_bot_token, base_url=base_url, retry_handlers=retry_handlers()
        ),
        signing_secret=settings.slack_signing_secret,
        # Acks run in the request's thread, at once; answers are lazy listeners on the executor
        # (so a busy executor never delays an ack past Slack's 3 s). server.py drains it on SIGTERM.
        process_before_response=True,
        listener_executor=ThreadPoolExecutor(max_workers=8, thread_name_prefix="gardefou-slack"),
    )
    listeners.register(app, Services(settings=settings, pipeline=pipeline, journal=journal))
    return app


def retry_handlers() -> list[RetryHandler]:
    """Bolt copies these into the client of every request: a 429 is waited out (its Retry-After)
    and sent again, and a dropped connection is retried, instead of losing the answer."""
    return [
        ConnectionErrorRetryHandler(max_retry_count=2),
        RateLimitErrorRetryHandler(max_retry_count=3),
    ]
