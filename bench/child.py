"""Runs one bench section in this process and prints its SectionResult as the last stdout line."""

from __future__ import annotations

import argparse
import importlib
import time
import traceback
from pathlib import Path

from bench.result import SectionResult, Skipped
from bench.timing import peak_rss_mib

#: section name -> module (each has TITLE and run(workdir, quick) -> SectionResult)
SECTIONS = {
    "ingest_speed": "bench.ingest_speed",
    "answers": "bench.answers",
    "ask_stream": "bench.ask_stream",
    "index_scale": "bench.index_scale",
    "optout_lookup": "bench.optout_lookup",
    "load": "bench.load",
    "replicas": "bench.replicas",
    "hostile_input": "bench.hostile_input",
    "linear_time": "bench.linear_time",
}
MARK = "BENCH-RESULT "


def run_section(name: str, workdir: Path, quick: bool) -> SectionResult:
    started = time.perf_counter()
    title = name
    try:
        module = importlib.import_module(SECTIONS[name])
        title = module.TITLE
        result = module.run(workdir, quick)
    except Skipped as exc:
        result = SectionResult(name=name, title=title, status="skipped", reason=str(exc))
    except ModuleNotFoundError as exc:
        missing = exc.name or str(exc)
        result = SectionResult(
            name=name, title=title, status="skipped", reason=f"{missing} does not exist yet"
        )
    except Exception as exc:  # noqa: BLE001 - reported; the other sections still run
        traceback.print_exc()
        result = SectionResult(
            name=name, title=title, status="failed", reason=f"{type(exc).__name__}: {exc}"
        )
    result.seconds = round(time.perf_counter() - started, 1)
    result.peak_rss_mib = peak_rss_mib()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("section", choices=sorted(SECTIONS))
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    result = run_section(args.section, args.workdir, args.quick)
    print(MARK + result.model_dump_json(), flush=True)


if __name__ == "__main__":
    main()
