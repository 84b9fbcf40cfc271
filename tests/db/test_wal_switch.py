"""Processes opening the same new SQLite file at once all get it, in WAL mode.

Switching a new file to WAL needs it to itself, and SQLite may refuse that at once ("database is
locked") without waiting on the busy timeout: two replicas starting together failed this way in CI.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

OPENER = textwrap.dedent(
    """
    import sys
    from bot.db.engine import make_engine
    engine = make_engine(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()  # open together
    with engine.connect() as connection:
        print(connection.exec_driver_sql("PRAGMA journal_mode").scalar(), flush=True)
    """
)


def test_processes_opening_a_new_file_together_all_get_wal(tmp_path):
    for round_ in range(4):
        url = f"sqlite:///{tmp_path / f'new{round_}.db'}"
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", OPENER, url],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(6)
        ]
        for proc in procs:
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            assert out.strip().splitlines()[-1] == "wal"
