"""(2) Ingest throughput and incremental re-ingest, with the product's own `ingest()`.

Into the bench's temporary data dir, from a copy of knowledge/ (so that one note can be edited)
plus the seed articles when present: a first ingest (embedder already loaded, so that model loading
is counted apart), the same again with nothing changed, once more with one note edited, and back.
The index it leaves is the one the other sections use.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.indexed import bench_settings
from bench.result import SectionResult, Skipped

TITLE = "Ingest throughput and incremental re-ingest"
REPO = Path(__file__).resolve().parent.parent
EDIT = "\n\nNote du banc d'essai : ce paragraphe ajouté vérifie que seule cette note est relue.\n"


def run(workdir: Path, quick: bool) -> SectionResult:
    try:
        from ingest.dense import get_embedder
        from ingest.index import ingest
    except ImportError as exc:
        raise Skipped(f"the ingest package is not complete ({exc})") from exc

    knowledge = workdir / "knowledge"
    shutil.copytree(REPO / "knowledge", knowledge)
    data = workdir / "data"
    settings = bench_settings(data, knowledge_dir=knowledge)

    t0 = time.perf_counter()
    get_embedder(settings.embedder).model  # noqa: B018 - load now, time it apart
    model_s = time.perf_counter() - t0

    first = ingest(settings=settings)
    print(f"  first ingest: {first.passages} passages, {first.seconds:.1f} s", flush=True)
    again = ingest(settings=settings)
    note = sorted(knowledge.rglob("*.md"))[len(list(knowledge.rglob("*.md"))) // 2]
    original = note.read_text(encoding="utf-8")
    note.write_text(original + EDIT, encoding="utf-8")
    edited = ingest(settings=settings)
    note.write_text(original, encoding="utf-8")
    restored = ingest(settings=settings)

    # What `make run` pays at every start when the index is up to date: a whole CLI process.
    env = {**os.environ, "GARDEFOU_DATA_DIR": str(data), "GARDEFOU_KNOWLEDGE_DIR": str(knowledge)}
    script = Path(sys.executable).with_name("gardefou")
    t0 = time.perf_counter()
    cli = subprocess.run(
        [str(script), "ingest", "--quiet"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    cli_s = time.perf_counter() - t0

    rows = [
        {
            "run": name,
            "files": r.files,
            "changed": r.changed,
            "passages": r.passages,
            "embedded": r.embedded,
            "seconds": r.seconds,
            "ratio to first": round(r.seconds / first.seconds, 3) if first.seconds else 0,
        }
        for name, r in (
            ("first (empty data dir)", first),
            ("again, nothing changed", again),
            ("one note edited", edited),
            ("edit reverted", restored),
        )
    ]
    return SectionResult(
        name="ingest_speed",
        title=TITLE,
        metrics={
            "passages": first.passages,
            "files": first.files,
            "embedding model load s": round(model_s, 2),
            "first ingest s": first.seconds,
            "throughput, first ingest (passages/s)": round(first.passages / first.seconds, 1),
            "re-ingest, nothing changed: ratio to first": round(again.seconds / first.seconds, 3),
            "re-ingest, one note edited: ratio to first": round(edited.seconds / first.seconds, 3),
            "passages re-embedded after editing one note": edited.embedded,
            "`gardefou ingest --quiet` up to date, whole process (s)": (
                round(cli_s, 2) if cli.returncode == 0 else f"failed: {cli.stderr.strip()[-200:]}"
            ),
        },
        rows=rows,
        notes=[
            f"Sources: knowledge/ ({first.files} files with the seed articles"
            f"{'' if settings.seeds_dir else ', no seeds folder found'}); embedded Chroma.",
            "Throughput counts reading, splitting, embedding (MiniLM, CPU), Chroma writes and the "
            "BM25 build; the embedding model's load is timed apart (first line).",
        ],
    )
