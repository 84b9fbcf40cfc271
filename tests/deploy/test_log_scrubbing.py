"""The log scrubber: contacts masked even URL-encoded, the record's own time left alone, and
never more than `MAX_LOGGED_CHARS` of a message written."""

from __future__ import annotations

import io
import json
import logging
import re

import pytest

from bot.logging_setup import MAX_LOGGED_CHARS, configure_logging, scrub


@pytest.fixture
def captured():
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    yield stream
    for handler in list(root.handlers):
        if getattr(handler, "_gardefou_handler", False):
            root.removeHandler(handler)
    root.setLevel(level)


def test_text_logs_keep_their_time(captured):
    configure_logging(fmt="text", stream=captured)
    logging.getLogger("gardefou.test").info("started")
    line = captured.getvalue().strip()
    assert re.match(
        r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} INFO gardefou.test: started$", line
    )


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("text=Appeler+gaspard.ravenel%40exemple.fr", "ravenel"),
        ("phone=06%2071%2042%2093%2058", "93"),
        ("iban=FR76%203000%206000%200112%203456%207890%20189", "7890"),
        ("lucie.aubrac[at]resistance.fr", "aubrac"),
        ("(212) 555-0187 a appelé", "555"),
        ("fr76.1027.8060.6100.0206.3210.185", "1027"),
    ],
)
def test_contacts_are_masked_even_url_encoded_or_dodged(text, secret):
    assert secret not in scrub(text)


def test_a_long_message_is_cut_before_it_is_scrubbed_or_written(captured):
    configure_logging(fmt="json", stream=captured)
    logging.getLogger("gardefou.test").warning("x" * 1_000_000)
    entry = json.loads(captured.getvalue())
    assert len(entry["message"]) < MAX_LOGGED_CHARS + 100
    assert "characters cut" in entry["message"]
