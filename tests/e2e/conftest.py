"""One real knowledge index (real embedder, embedded Chroma, BM25) for the end-to-end tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.pipeline import Pipeline
from bot.settings import Settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture(scope="session")
def e2e_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from ingest.index import ingest

    settings = Settings(data_dir=tmp_path_factory.mktemp("e2e-data"))
    report = ingest(settings=settings)
    assert not report.skipped, report.skipped
    return settings


@pytest.fixture(scope="session")
def e2e_pipeline(e2e_settings: Settings) -> Pipeline:
    return Pipeline(e2e_settings)


@pytest.fixture(scope="session")
def seeds_dir(e2e_settings: Settings) -> Path | None:
    return e2e_settings.seeds_dir
