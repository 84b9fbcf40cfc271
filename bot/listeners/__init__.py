"""Slack listeners, one module per kind; each `register(app, services)` only maps ids to handlers."""

from __future__ import annotations

from slack_bolt import App

from bot.listeners import actions, commands, events, sources, views
from bot.listeners.services import Services


def register(app: App, services: Services) -> None:
    for module in (events, commands, actions, views, sources):
        module.register(app, services)
