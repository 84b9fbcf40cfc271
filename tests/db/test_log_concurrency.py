"""Two processes writing the log at once lose nothing, and agree on which Slack events are new."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from bot.db.journal import Journal

WRITES = 200

WRITER = textwrap.dedent(
    """
    import sys
    import datetime as dt
    from bot.answer import Answer
    from bot.db.journal import Journal

    url, name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    journal = Journal(url)
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    claimed = 0
    for i in range(n):
        answer = Answer(verdict="allowed", summary="ok", language="en", date=dt.date(2026, 11, 23))
        journal.record(f"question {i} from writer {name}", answer,
                       surface="cli", user=name, channel="C", thread=f"{name}-{i}")
        claimed += journal.claim_event(f"event-{i}")
    print(claimed, flush=True)
    """
)


def test_two_processes_writing_at_once_lose_nothing(db_url):
    # no warm-up: both processes also create the schema at once, as two replicas starting
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, db_url, name, str(WRITES)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("alpha", "beta")
    ]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    claimed = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        claimed.append(int(out.strip().splitlines()[-1]))

    records = Journal(db_url).list(limit=None, viewer="test")
    questions = {r.question for r in records}
    for name in ("alpha", "beta"):
        assert {f"question {i} from writer {name}" for i in range(WRITES)} <= questions
    assert len(records) == 2 * WRITES
    # each event id is claimed by exactly one of the two processes
    assert sum(claimed) == WRITES
