"""`gardefou serve`: the Slack app. Socket Mode when SLACK_APP_TOKEN is set (no public URL needed),
else HTTP on POST /slack/events; /healthz and /metrics are served in both modes."""

from __future__ import annotations

import logging
import threading
from typing import Annotated

import typer

from bot.cli import UsageError


def register(app: typer.Typer) -> None:
    @app.command(
        "serve", help="Run the Slack app (Socket Mode if SLACK_APP_TOKEN is set, else HTTP)."
    )
    def serve(
        http: Annotated[
            bool, typer.Option("--http", help="HTTP even if SLACK_APP_TOKEN is set")
        ] = False,
        port: Annotated[
            int,
            typer.Option("--port", min=1, max=65535, help="port for HTTP, /healthz, /metrics"),
        ] = 3000,
        host: Annotated[str, typer.Option("--host", help="interface to listen on")] = "0.0.0.0",
        warm_up: Annotated[
            bool, typer.Option("--warm-up/--no-warm-up", help="load the models at start")
        ] = True,
    ) -> None:
        import uvicorn
        from slack_bolt.error import BoltError

        from bot.app import create_app
        from bot.server import create_server
        from bot.settings import get_settings

        settings = get_settings()
        socket_mode = bool(settings.slack_app_token) and not http
        if not settings.slack_bot_token:
            raise UsageError("SLACK_BOT_TOKEN is not set (the bot's xoxb- token; see manifest.yml)")
        if not socket_mode and not settings.slack_signing_secret:
            raise UsageError(
                "SLACK_SIGNING_SECRET is not set (needed to verify Slack's requests over HTTP; "
                "or set SLACK_APP_TOKEN for Socket Mode)"
            )
        from bot.logging_setup import configure_logging

        configure_logging(settings)  # GARDEFOU_LOG_FORMAT=json for one JSON object per line
        try:
            slack_app = create_app(settings)
        except BoltError as exc:
            raise RuntimeError(f"Slack refused the bot token ({exc})") from None

        handler = None
        if socket_mode:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            handler = SocketModeHandler(slack_app, settings.slack_app_token)

        purge_stop: threading.Event | None = None
        watch_stop: threading.Event | None = None

        def started() -> None:
            nonlocal purge_stop, watch_stop
            # The log's retention limit is applied at start and then daily (GDPR art. 5(1)(e)).
            from bot.db.retention import start_purge_thread

            purge_stop = start_purge_thread(settings)
            if settings.sources_watch == "daily":  # the law watch, off by default
                from ingest.sources.schedule import start_watch_thread

                watch_stop = start_watch_thread(settings)
            if warm_up:
                threading.Thread(target=_warm_up, name="gardefou-warm-up", daemon=True).start()
            if handler is not None:
                handler.connect()
                logging.getLogger(__name__).info("connected to Slack in Socket Mode")

        def stopping() -> None:
            if purge_stop is not None:
                purge_stop.set()
            if watch_stop is not None:
                watch_stop.set()
            if handler is not None:
                handler.close()

        server = create_server(
            None if socket_mode else slack_app,
            on_startup=started,
            on_shutdown=stopping,
            max_body=settings.max_request_bytes,
        )
        uvicorn.run(
            server,
            host=host,
            port=port,
            log_level="info",
            log_config=None,  # keep our handler (JSON option, no personal data)
            timeout_graceful_shutdown=60,
        )


def _warm_up() -> None:
    """Load the models before the first rep asks (spaCy, embedder, index: ~15 s cold)."""
    from bot.pipeline import get_pipeline

    try:
        pipeline = get_pipeline()
        # Serving waits for the embedder here, once, so that Slack answers use dense retrieval
        # from the first question on (GARDEFOU_DENSE=off skips it).
        pipeline.retriever.warm(dense=True)
        pipeline.ask("Puis-je envoyer un e-mail à un client ?", surface="warmup", record=False)
        # Every Slack answer is logged (masked) before it is posted: load the NER model now too.
        from bot.privacy.masking import get_nlp

        get_nlp()
    except Exception:
        logging.getLogger(__name__).warning("warm-up failed", exc_info=True)
