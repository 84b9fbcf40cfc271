"""The HMAC key: from GARDEFOU_SECRET, else generated once into the data dir, owner-only."""

from __future__ import annotations

import stat

from bot.privacy.secret import load_secret, secret_path
from bot.settings import Settings


def test_generated_once_with_owner_only_permissions(tmp_path):
    settings = Settings(GARDEFOU_DATA_DIR=tmp_path / "data", GARDEFOU_SECRET=None)
    first = load_secret(settings)
    assert len(first) >= 32
    assert load_secret(settings) == first  # stable across runs
    mode = stat.S_IMODE(secret_path(settings).stat().st_mode)
    assert mode == 0o600


def test_environment_secret_wins_and_no_file_is_written(tmp_path):
    settings = Settings(GARDEFOU_DATA_DIR=tmp_path / "data", GARDEFOU_SECRET="x" * 40)
    assert load_secret(settings) == b"x" * 40
    assert not secret_path(settings).exists()
