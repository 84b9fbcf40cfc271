"""Slack event claims with a state and a lease: a retry never answers twice, and an event whose
owner died mid-answer is taken over once the owner's lease runs out (issue 15, item 7)."""

from __future__ import annotations

import threading
import time

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from bot.db.engine import MIGRATIONS_DIR, get_engine, make_engine
from bot.db.journal import EventClaim, Journal


def test_a_retry_waits_while_the_owner_answers_and_is_dropped_once_answered(db_url):
    journal = Journal(db_url)
    assert journal.take_event("Ev1", "alpha", lease_s=30) is EventClaim.claimed
    assert journal.take_event("Ev1", "beta", lease_s=30) is EventClaim.held
    assert journal.renew_event("Ev1", "alpha", lease_s=30)
    assert not journal.finish_event("Ev1", "beta")  # not beta's claim to settle
    assert journal.finish_event("Ev1", "alpha")
    assert journal.take_event("Ev1", "beta", lease_s=30) is EventClaim.answered
    assert journal.event_state("Ev1").state == "answered"


def test_an_owner_that_died_is_taken_over_after_its_lease(db_url):
    journal = Journal(db_url)
    assert journal.take_event("Ev2", "dead", lease_s=0.3) is EventClaim.claimed
    assert journal.take_event("Ev2", "beta", lease_s=30) is EventClaim.held
    time.sleep(0.4)  # "dead" never renewed
    assert journal.take_event("Ev2", "beta", lease_s=30) is EventClaim.claimed
    record = journal.event_state("Ev2")
    assert (record.owner, record.attempts, record.state) == ("beta", 2, "received")
    # the old owner, were it only paused, has lost the claim and cannot settle it
    assert not journal.renew_event("Ev2", "dead", lease_s=30)
    assert not journal.finish_event("Ev2", "dead")
    assert journal.finish_event("Ev2", "beta")
    assert journal.take_event("Ev2", "gamma", lease_s=30) is EventClaim.answered


def test_a_released_claim_is_taken_by_the_next_retry_at_once(db_url):
    journal = Journal(db_url)
    assert journal.take_event("Ev3", "alpha", lease_s=30) is EventClaim.claimed
    assert journal.release_event("Ev3", "alpha")  # alpha could not post the answer
    assert journal.take_event("Ev3", "beta", lease_s=30) is EventClaim.claimed


def test_the_one_shot_claim_still_dedupes(db_url):
    journal = Journal(db_url)
    assert journal.claim_event("Ev4")
    assert not journal.claim_event("Ev4")
    assert journal.take_event("Ev4", "beta", lease_s=30) is EventClaim.answered


def test_two_replicas_racing_for_expired_and_new_claims_take_each_once(db_url):
    first, second = Journal(db_url), Journal(db_url)
    for i in range(20):  # half of them held by an owner whose lease has already run out
        if i % 2:
            first.take_event(f"race-{i}", "dead", lease_s=0.01)
    time.sleep(0.05)
    won: dict[str, list[str]] = {"one": [], "two": []}
    start = threading.Barrier(2)

    def replica(name: str, journal: Journal) -> None:
        start.wait()
        for i in range(20):
            if journal.take_event(f"race-{i}", name, lease_s=30) is EventClaim.claimed:
                won[name].append(f"race-{i}")

    threads = [
        threading.Thread(target=replica, args=("one", first)),
        threading.Thread(target=replica, args=("two", second)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(won["one"] + won["two"]) == sorted(f"race-{i}" for i in range(20))


def test_events_handled_before_the_upgrade_stay_answered(db_url):
    engine = make_engine(db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.commit()
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO processed_events (event_id, claimed_at) VALUES ('EvOld', :now)"),
            {"now": "2026-11-20 10:00:00"},
        )
    engine.dispose()
    get_engine(db_url)  # upgrade head, as a replica starting on the new version
    journal = Journal(db_url)
    assert journal.event_state("EvOld").state == "answered"
    assert journal.take_event("EvOld", "beta", lease_s=30) is EventClaim.answered
