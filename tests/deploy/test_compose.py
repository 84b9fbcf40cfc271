"""docker-compose.yml: the bot, Chroma and PostgreSQL wired together, healthy before the bot starts."""

from __future__ import annotations

import re
import tomllib
from urllib.parse import urlparse

from tests.deploy.conftest import ROOT


def _env(service: dict) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def _interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's `${NAME}`, `${NAME:-default}` and `${NAME:?error}` with the given variables."""

    def one(m: re.Match) -> str:
        name, op, rest = m.group(1), m.group(2) or "", m.group(3) or ""
        if name in env:
            return env[name]
        assert op != ":?", f"{name} is required: {rest}"
        return rest if op == ":-" else ""

    return re.sub(r"\$\{([A-Z0-9_]+)(:[-?])?([^}]*)\}", one, value)


def _healthcheck_text(service: dict) -> str:
    test = service["healthcheck"]["test"]
    return " ".join(test) if isinstance(test, list) else test


def test_the_three_services_run_by_default_and_ollama_only_with_the_llm_profile(compose):
    services = compose["services"]
    for name in ("bot", "chroma", "postgres"):
        assert name in services
        assert "profiles" not in services[name], f"{name} must start with a plain `up`"
    assert services["ollama"]["profiles"] == ["llm"]


def test_every_default_service_has_a_health_check(compose):
    for name in ("bot", "chroma", "postgres"):
        check = compose["services"][name].get("healthcheck")
        assert check and check.get("test"), f"{name} has no health check"
        assert check["test"][0] in ("CMD", "CMD-SHELL")


def test_health_checks_probe_what_each_service_serves(compose):
    services = compose["services"]
    assert "/api/v2/heartbeat" in _healthcheck_text(services["chroma"])
    assert "pg_isready" in _healthcheck_text(services["postgres"])
    assert "/healthz" in _healthcheck_text(services["bot"])


def test_bot_waits_for_healthy_chroma_and_postgres(compose):
    depends = compose["services"]["bot"]["depends_on"]
    assert depends["chroma"]["condition"] == "service_healthy"
    assert depends["postgres"]["condition"] == "service_healthy"
    # Ollama is optional: a plain `up` must not need it.
    assert depends.get("ollama", {}).get("required", True) is False


def test_state_lives_in_named_volumes(compose):
    declared = set(compose["volumes"])
    mounts = {
        name: {v.split(":", 1)[1]: v.split(":", 1)[0] for v in svc.get("volumes", [])}
        for name, svc in compose["services"].items()
    }
    assert mounts["postgres"]["/var/lib/postgresql/data"] in declared
    assert mounts["chroma"]["/data"] in declared  # Chroma 1.x persists under /data
    assert mounts["bot"][_env(compose["services"]["bot"])["GARDEFOU_DATA_DIR"]] in declared


def test_bot_reaches_postgres_with_its_own_user_database_and_password(compose):
    services = compose["services"]
    secrets = {"POSTGRES_PASSWORD": "s3cret"}
    url = urlparse(_interpolate(_env(services["bot"])["DATABASE_URL"], secrets))
    pg = {k: _interpolate(v, secrets) for k, v in _env(services["postgres"]).items()}
    assert url.scheme == "postgresql+psycopg"
    assert url.hostname == "postgres"
    assert url.port in (None, 5432)
    assert url.username == pg["POSTGRES_USER"]
    assert url.path.lstrip("/") == pg["POSTGRES_DB"]
    assert url.password == pg["POSTGRES_PASSWORD"] == "s3cret"  # one variable feeds both sides
    for value in (
        _env(services["bot"])["DATABASE_URL"],
        _env(services["postgres"])["POSTGRES_PASSWORD"],
    ):
        assert "${POSTGRES_PASSWORD:?" in value  # compose refuses to start without it


def test_bot_uses_the_chroma_server_on_its_container_port(compose):
    url = urlparse(_env(compose["services"]["bot"])["CHROMA_URL"])
    assert (url.scheme, url.hostname, url.port) == ("http", "chroma", 8000)
    assert "8000" in _healthcheck_text(compose["services"]["chroma"])


def test_slack_and_hashing_secrets_are_required_not_defaulted(compose):
    env = _env(compose["services"]["bot"])
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "GARDEFOU_SECRET"):
        assert env[name].startswith("${" + name + ":?"), f"{name} must fail fast when unset"


def test_bot_serves_http_on_the_port_it_publishes_and_checks(compose):
    bot = compose["services"]["bot"]
    command = " ".join(bot["command"])
    assert "serve" in command and "--http" in command
    port = re.search(r"--port (\d+)", command).group(1)
    assert any(str(p).endswith(f":{port}") for p in bot["ports"])
    assert f":{port}/healthz" in _healthcheck_text(bot)


def test_optional_settings_reach_the_bot_through_the_env_file(compose):
    env_files = compose["services"]["bot"]["env_file"]
    paths = [e["path"] if isinstance(e, dict) else e for e in env_files]
    assert ".env" in paths


def test_chroma_image_matches_the_pinned_client(compose):
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pinned = next(d.split("==")[1] for d in deps if d.startswith("chromadb=="))
    assert compose["services"]["chroma"]["image"] == f"chromadb/chroma:{pinned}"


def test_images_are_pinned_to_a_version(compose):
    for name, svc in compose["services"].items():
        if "image" in svc and "build" not in svc:
            assert ":" in svc["image"] and not svc["image"].endswith(":latest"), name
