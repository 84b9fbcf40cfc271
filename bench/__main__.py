"""`python -m bench [--quick] [--only a,b] [--no-write]`: run every section, print, write the report.

Sections run one after the other, each in a child process with its own temporary data dir
(GARDEFOU_DATA_DIR, SQLite, embedded Chroma; the working directory is the temp dir so that an
operator's `.env` cannot point the bench at production). The ingest section runs first: its index
is the one the answer, scale and load sections use.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import machine, report
from bench.child import MARK, SECTIONS
from bench.result import SectionResult

REPO = Path(__file__).resolve().parent.parent
ORDER = (
    "ingest_speed",
    "answers",
    "ask_stream",
    "index_scale",
    "optout_lookup",
    "load",
    "replicas",
    "hostile_input",
    "linear_time",
)
SECTION_TIMEOUT_S = 40 * 60


def _child_env(workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GARDEFOU_"))}
    env.pop("CHROMA_URL", None)
    data = workdir / "data"
    env.update(
        PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""),
        GARDEFOU_DATA_DIR=str(data),
        DATABASE_URL=f"sqlite:///{data / 'gardefou.db'}",
        GARDEFOU_SECRET="bench-secret-not-for-production",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        ORT_DISABLE_TELEMETRY="1",
        TOKENIZERS_PARALLELISM="false",
    )
    for key in ("GARDEFOU_SEEDS_DIR", "GARDEFOU_KNOWLEDGE_DIR"):
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def _run_child(name: str, workdir: Path, quick: bool) -> SectionResult:
    cmd = [sys.executable, "-m", "bench.child", name, "--workdir", str(workdir)]
    if quick:
        cmd.append("--quick")
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=workdir, env=_child_env(workdir), stdout=subprocess.PIPE, text=True
    )
    result = None
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(MARK):
                result = SectionResult.model_validate_json(line[len(MARK) :])
            else:
                print(line, end="", flush=True)
        proc.wait(timeout=max(1.0, SECTION_TIMEOUT_S - (time.perf_counter() - started)))
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if result is None:
        title = getattr(__import__(SECTIONS[name], fromlist=["TITLE"]), "TITLE", name)
        result = SectionResult(
            name=name,
            title=title,
            status="failed",
            reason=f"the section process ended with code {proc.returncode} and no result",
            seconds=round(time.perf_counter() - started, 1),
        )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, shorter load test")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {','.join(ORDER)}")
    parser.add_argument("--no-write", action="store_true", help="print only, keep docs/ as is")
    parser.add_argument(
        "--docs", type=Path, default=REPO / "docs", help="where to write the report"
    )
    args = parser.parse_args(argv)
    names = [n for n in ORDER if not args.only or n in args.only.split(",")]

    described = machine.describe()
    started_at = dt.datetime.now(dt.UTC)
    print(f"Gardefou bench{' (quick)' if args.quick else ''} — {started_at:%Y-%m-%d %H:%M} UTC")
    for key, value in described.items():
        print(f"  {key}: {value}")
    results: list[SectionResult] = []
    with tempfile.TemporaryDirectory(prefix="gardefou-bench-") as tmp:
        workdir = Path(tmp)
        (workdir / "data").mkdir()
        for name in names:
            print(f"\n== {name} ==", flush=True)
            result = _run_child(name, workdir, args.quick)
            results.append(result)
            print(report.section_text(result), flush=True)

    described["load average at end"] = f"{os.getloadavg()[0]:.2f}"
    print("\n" + report.summary_text(results))
    if not args.no_write:
        args.docs.mkdir(parents=True, exist_ok=True)
        try:
            plot = report.write_plot(results, args.docs / "latency_vs_index.png")
        except Exception as exc:  # noqa: BLE001 - the figures still get written
            print(f"could not draw the plot: {type(exc).__name__}: {exc}")
            plot = None
        md = report.markdown(results, described, started_at, quick=args.quick, plot=plot)
        (args.docs / "benchmarks.md").write_text(md, encoding="utf-8")
        print(f"\nwrote {args.docs / 'benchmarks.md'}" + (f" and {plot}" if plot else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
