"""Dockerfile: slim, non-root, CPU torch pinned, models and index baked in, health-checked."""

from __future__ import annotations

import re
import tomllib

from tests.deploy.conftest import ROOT


def _final_stage(dockerfile: str) -> str:
    return re.split(r"(?m)^FROM ", dockerfile)[-1]


def _instructions(text: str, keyword: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith(keyword + " ")]


def test_every_stage_starts_from_python_311_slim(dockerfile):
    bases = [line.split()[1] for line in _instructions(dockerfile, "FROM")]
    assert bases and all(b == "python:3.11-slim" for b in bases)


def test_the_running_image_is_not_root(dockerfile):
    users = _instructions(_final_stage(dockerfile), "USER")
    assert users, "the final stage sets no USER: the bot would run as root"
    assert users[-1].split()[1] not in ("root", "0", "0:0")


def test_torch_is_the_pinned_cpu_wheel_installed_before_the_rest(dockerfile):
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pinned = next(d for d in deps if d.startswith("torch=="))
    runs = _instructions(dockerfile, "RUN")
    torch_at = next(i for i, r in enumerate(runs) if "torch" in r)
    assert pinned in runs[torch_at]
    assert "download.pytorch.org/whl/cpu" in runs[torch_at]
    project_at = next(i for i, r in enumerate(runs) if re.search(r"pip install (--no-deps )?\.", r))
    assert torch_at < project_at


def test_models_load_offline_and_the_index_is_built_at_build_time(dockerfile):
    final = _final_stage(dockerfile)
    assert re.search(r"HF_HUB_OFFLINE=1", final)
    assert re.search(r"TRANSFORMERS_OFFLINE=1", final)
    assert any("gardefou ingest" in r for r in _instructions(dockerfile, "RUN"))
    assert "COPY --from=build" in final and "/data" in final


def test_health_check_calls_healthz_on_the_exposed_port(dockerfile):
    final = _final_stage(dockerfile)
    checks = _instructions(final, "HEALTHCHECK")
    assert checks and "/healthz" in checks[0]
    port = _instructions(final, "EXPOSE")[0].split()[1]
    assert f"127.0.0.1:{port}/healthz" in checks[0]
    assert f'"{port}"' in _instructions(final, "CMD")[-1] or port in _instructions(final, "CMD")[-1]


def test_secrets_and_local_state_stay_out_of_the_build_context():
    ignored = (ROOT / ".dockerignore").read_text().split()
    for entry in (".env", ".venv", "data", ".git"):
        assert entry in ignored
    assert "!.env.example" in ignored


def test_entrypoint_execs_the_command_so_sigterm_reaches_the_bot():
    script = (ROOT / "docker-entrypoint.sh").read_text()
    assert script.startswith("#!/bin/sh")
    assert 'exec "$@"' in script
    assert (ROOT / "docker-entrypoint.sh").stat().st_mode & 0o111
