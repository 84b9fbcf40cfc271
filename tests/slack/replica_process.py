"""One serving replica for the multi-process tests: the real app, server and Journal on a shared
database, with a rule-shaped stand-in pipeline that takes as long as the question says
("… lent 3" answers after 3 s) so that a test can kill the process mid-answer.

python tests/slack/replica_process.py DB_URL PORT SLACK_API_URL DATA_DIR
(Socket Mode when SLACK_APP_TOKEN is set in the environment.)
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import time
from typing import Any

from bot.answer import Answer, MissingFactOut
from rules.facts import Facts

WORDS = {"mail": ("channel", "email"), "particulier": ("audience", "b2c")}


class SlowPipeline:
    def ask(self, question: str, on: Any = None, *, context: Facts | None = None, **_: Any):
        slow = os.environ.get("GARDEFOU_TEST_SLOW") == "1"
        if slow and (match := re.search(r"lent (\d+(?:\.\d+)?)", question)):
            time.sleep(float(match.group(1)))
        values = dict(context.known()) if context else {}
        for word, (key, value) in WORDS.items():
            if word in question.lower():
                values[key] = value
        known = ", ".join(f"{k}={v}" for k, v in sorted(values.items())) or "aucun"
        return Answer(
            verdict="needs_info",
            summary=f"Il me manque une information. Faits connus : {known}.",
            language="fr",
            date=dt.date(2026, 11, 23),
            facts=values,
            missing_facts=[
                MissingFactOut(
                    fact="consent",
                    question="La personne a-t-elle consenti ?",
                    options=["yes", "no"],
                )
            ],
        )


def main() -> None:

    import uvicorn

    from bot.app import create_app
    from bot.db.journal import Journal
    from bot.server import create_server
    from bot.settings import Settings

    db_url, port, api_url, data_dir = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    settings = Settings(
        slack_bot_token="xoxb-test",
        slack_signing_secret="test-signing-secret-0123456789",
        slack_app_token=os.environ.get("SLACK_APP_TOKEN"),
        slack_api_url=api_url,
        database_url=db_url,
        data_dir=data_dir,
        event_lease_s=float(os.environ.get("GARDEFOU_EVENT_LEASE_S", "2")),
    )
    journal = Journal(db_url)
    app = create_app(settings, pipeline=SlowPipeline(), journal=journal)
    handler = None
    if settings.slack_app_token:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        handler = SocketModeHandler(app, settings.slack_app_token)
    server = create_server(
        None if handler else app,
        on_startup=handler.connect if handler else None,
        on_shutdown=handler.close if handler else None,
    )
    uvicorn.run(server, host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main()
