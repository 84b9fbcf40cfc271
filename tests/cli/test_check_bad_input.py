"""`gardefou check` on bad input: exit 2, one line naming the problem and what is accepted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GARDEFOU = Path(sys.executable).with_name("gardefou")


def run(*args: str, stdin: str | None = None, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GARDEFOU_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        [str(GARDEFOU), *args], input=stdin, capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["check", "colour=blue"], "colour"),
        (["check", "channel=pigeon"], "pigeon"),
        (["check", "channel=phone", "hour=27"], "hour"),
        (["check", "--date", "2026-13-45", "channel=email"], "2026-13-45"),
        (["check", "channel"], "KEY=VALUE"),
        (["check"], "no facts"),
        (["check", "channel=email", "canal=sms"], "twice"),
        (["check", "--lang", "de", "channel=email"], "fr, en"),
    ],
)
def test_bad_check_input_exits_2_with_one_line(args: list[str], named: str, tmp_path: Path) -> None:
    result = run(*args, tmp_path=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert named in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_value_lists_the_accepted_values(tmp_path: Path) -> None:
    result = run("check", "audience=martians", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "b2b" in result.stderr and "b2c" in result.stderr


def test_unknown_command_is_a_usage_error(tmp_path: Path) -> None:
    result = run("frobnicate", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
