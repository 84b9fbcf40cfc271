"""The key behind the do-not-contact hashes: `GARDEFOU_SECRET`, else generated once per data dir.

It never goes into the database: whoever copies the database alone cannot test guesses against the
hashes. Losing the key makes the stored hashes unmatchable, so the generated file must be backed up
with the data dir (or the key set in the environment).
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
import time
from pathlib import Path

from bot.settings import Settings, get_settings

log = logging.getLogger(__name__)

SECRET_FILE = "secret.key"


def secret_path(settings: Settings | None = None) -> Path:
    settings = settings or get_settings()
    return Path(settings.data_dir) / SECRET_FILE


def load_secret(settings: Settings | None = None) -> bytes:
    """The HMAC key: the environment's if set, else the data dir's key file (created 0600)."""
    settings = settings or get_settings()
    if settings.secret:
        if len(settings.secret) < 16:
            log.warning("GARDEFOU_SECRET is short (< 16 characters): use a long random value")
        return settings.secret.encode("utf-8")
    return _file_secret(secret_path(settings))


def _file_secret(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: two processes starting at once agree on one key (the loser reads the winner's).
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_existing(path)
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_hex(32) + "\n")
    log.info("generated a new secret key in %s (back it up with the data dir)", path)
    return _read_existing(path)


def _read_existing(path: Path) -> bytes:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        try:
            path.chmod(0o600)
        except OSError:
            log.warning("%s is readable by other users (mode %o)", path, mode)
    for _ in range(50):  # a concurrent creator may not have written it yet
        value = path.read_text().strip()
        if value:
            return value.encode("utf-8")
        time.sleep(0.02)
    raise RuntimeError(f"secret key file {path} is empty; delete it or set GARDEFOU_SECRET")
