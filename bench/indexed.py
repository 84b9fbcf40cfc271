"""The bench's knowledge index: built once per run with the product's own `ingest`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.result import Skipped


def bench_settings(data_dir: Path, **overrides: Any) -> Any:
    """Settings for a bench data dir (the rest from the environment the runner prepared)."""
    from bot.settings import Settings

    return Settings(data_dir=data_dir, **overrides)


def ensure_index(data_dir: Path) -> Path:
    """The live index generation under `data_dir`, ingesting the knowledge base first if needed."""
    try:
        from ingest.index import ingest, live_dir
    except ImportError as exc:
        raise Skipped(f"the ingest package is not complete ({exc})") from exc
    live = live_dir(data_dir)
    if live is None:
        print(f"  building the knowledge index in {data_dir}…", flush=True)
        ingest(settings=bench_settings(data_dir))
        live = live_dir(data_dir)
    if live is None:
        raise Skipped("`ingest` wrote no index")
    return live
