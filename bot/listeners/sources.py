"""The law watch in Slack: the managers' "mark reviewed" button on App Home (managers only, as for
the log); the pending changes themselves are shown by `publish_home`."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from bot.listeners.events import ack_at_once, publish_home
from bot.listeners.services import Services
from bot.views.home import HOME_FILTER, SOURCE_REVIEWED

log = logging.getLogger(__name__)


def pending_changes(services: Services) -> list:  # type: ignore[type-arg]
    """Unreviewed changes of the official texts; none when the database cannot be read."""
    from ingest.sources.changes import Changes

    try:
        return Changes(services.settings).pending()
    except Exception:
        log.warning("pending official-text changes unavailable", exc_info=True)
        return []


def register(app: App, services: Services) -> None:
    def on_reviewed(action: dict, body: dict, client: WebClient) -> None:
        from ingest.sources.changes import Changes

        user = body["user"]["id"]
        if not services.is_manager(user):
            return
        try:
            Changes(services.settings).review(str(action.get("value") or ""), by=f"slack:{user}")
        except Exception:
            log.error("could not mark an official-text change reviewed", exc_info=True)
        state = body.get("view", {}).get("state", {}).get("values", {})
        selected = state.get("home_filters", {}).get(HOME_FILTER, {}).get("selected_option") or {}
        publish_home(services, client, user, selected.get("value", "all"))

    app.action(SOURCE_REVIEWED)(ack=ack_at_once, lazy=[on_reviewed])
