""".env.example documents every setting the bot reads and every variable compose needs."""

from __future__ import annotations

import re

from bot.settings import Settings


def _listed(env_example: str) -> set[str]:
    """Variables named as `NAME=` lines, commented out (defaults) or not."""
    return set(re.findall(r"(?m)^#?\s*([A-Z][A-Z0-9_]+)=", env_example))


def test_every_setting_the_bot_reads_is_listed(env_example):
    read = {field.alias for field in Settings.model_fields.values() if field.alias}
    assert read, "Settings declares no environment variable"
    missing = read - _listed(env_example)
    assert not missing, f".env.example lacks {sorted(missing)}"


def test_every_variable_compose_interpolates_is_listed(env_example):
    from tests.deploy.conftest import ROOT

    text = (ROOT / "docker-compose.yml").read_text()
    used = set(re.findall(r"\$\{([A-Z][A-Z0-9_]+)", text))
    assert used - _listed(env_example) == set()


def test_example_holds_placeholders_not_credentials(env_example):
    values = dict(re.findall(r"(?m)^([A-Z][A-Z0-9_]+)=(.*)$", env_example))
    assert values["SLACK_BOT_TOKEN"] == "xoxb-your-bot-token"
    for name in ("SLACK_SIGNING_SECRET", "GARDEFOU_SECRET", "POSTGRES_PASSWORD"):
        assert re.search(r"your|change-me", values[name]), f"{name} looks like a real secret"


def test_settings_accept_the_example_as_written(env_example, tmp_path, monkeypatch):
    """A copied .env.example must start the bot: no value the settings would reject."""
    for name in list(__import__("os").environ):
        if name.startswith(("GARDEFOU_", "SLACK_")) or name in ("DATABASE_URL", "CHROMA_URL"):
            monkeypatch.delenv(name, raising=False)
    (tmp_path / ".env").write_text(env_example)
    monkeypatch.chdir(tmp_path)
    settings = Settings()
    assert settings.slack_bot_token == "xoxb-your-bot-token"
    assert settings.database_url is None  # commented out: SQLite under the data dir
    assert settings.resolved_database_url.startswith("sqlite:///")
    assert settings.seeds_dir is None or settings.seeds_dir.name == "seeds"
