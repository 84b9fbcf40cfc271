"""Deployment files are checked as data: no Docker engine runs here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def dockerfile() -> str:
    # Continuation lines joined, so that one instruction is one line.
    return re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def env_example() -> str:
    return (ROOT / ".env.example").read_text(encoding="utf-8")
