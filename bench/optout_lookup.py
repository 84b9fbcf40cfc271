"""(4) The do-not-contact list at 1,000,000 entries: bulk import, then lookups.

Through the product's `OptOutList` on SQLite in the bench data dir: `import_csv` of a generated
file (half e-mail addresses, half French mobile numbers, all synthetic), then `contains()` for
contacts on the list (written differently from the file: case, spaces, +33) and contacts not on it.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from bench.indexed import bench_settings
from bench.result import SectionResult, Skipped
from bench.timing import summary_ms

TITLE = "Do-not-contact lookup on 1,000,000 entries"
ENTRIES = 1_000_000
QUICK_ENTRIES = 100_000
LOOKUPS = 2_000
#: the targets tests/db/test_optout.py no longer asserts with a clock
IMPORT_100K_TARGET_S = 30.0
TWO_LOOKUPS_TARGET_MS = 500.0


def _email(i: int) -> str:
    return f"prenom.nom{i}@exemple-{i % 997}.fr"


def _phone(i: int) -> str:
    return f"06{i:08d}"


def _contact(i: int) -> str:
    return _email(i) if i % 2 else _phone(i)


def _variant(i: int) -> str:
    """The same contact as a rep would type it: other case, spaced digits, +33."""
    if i % 2:
        return _email(i).upper()
    digits = f"{i:08d}"
    return "+33 6 " + " ".join(digits[j : j + 2] for j in range(0, 8, 2))


def run(workdir: Path, quick: bool) -> SectionResult:
    try:
        from bot.db.optout import OptOutList, get_optout
    except ImportError as exc:
        raise Skipped(f"bot.db.optout is not complete ({exc})") from exc

    n = QUICK_ENTRIES if quick else ENTRIES
    data = workdir / "optout"
    data.mkdir()
    csv_path = data / "do-not-contact.csv"
    t0 = time.perf_counter()
    with csv_path.open("w", encoding="utf-8") as fh:
        fh.write("contact\n")
        for i in range(n):
            fh.write(_contact(i) + "\n")
    gen_s = time.perf_counter() - t0

    settings = bench_settings(data, database_url=f"sqlite:///{data / 'optout.db'}")
    optout: OptOutList = get_optout(settings)
    t0 = time.perf_counter()
    report = optout.import_csv(csv_path)
    import_s = time.perf_counter() - t0
    print(f"  imported {report.added:,} of {report.rows:,} rows in {import_s:.1f} s", flush=True)
    count = optout.count()

    rng = random.Random(8)
    listed = [_variant(rng.randrange(n)) for _ in range(LOOKUPS // 2)]
    absent = [_contact(n + rng.randrange(n)) for _ in range(LOOKUPS // 2)]
    for probe in listed[:20]:  # connection pool and page cache warm
        optout.contains(probe)
    hit_t, miss_t, wrong = [], [], 0
    for probe in listed:
        t0 = time.perf_counter()
        wrong += not optout.contains(probe)
        hit_t.append(time.perf_counter() - t0)
    for probe in absent:
        t0 = time.perf_counter()
        wrong += optout.contains(probe)
        miss_t.append(time.perf_counter() - t0)
    hits, misses = summary_ms(hit_t), summary_ms(miss_t)
    per_100k_s = import_s * 100_000 / max(report.rows, 1)
    # two listed contacts looked up one after the other, as a rep checking a pair would
    pairs = [a + b for a, b in zip(hit_t[0::2], hit_t[1::2], strict=False)]
    pair_ms = summary_ms(pairs)
    db_mib = (data / "optout.db").stat().st_size / 2**20 if (data / "optout.db").exists() else 0
    return SectionResult(
        name="optout_lookup",
        title=TITLE,
        metrics={
            "entries": count,
            "import_csv s": round(import_s, 1),
            "import rate (rows/s)": round(report.rows / import_s),
            "lookup median ms, listed (typed differently)": hits["median_ms"],
            "lookup p95 ms, listed": hits["p95_ms"],
            "lookup median ms, not listed": misses["median_ms"],
            "lookup p95 ms, not listed": misses["p95_ms"],
            "wrong lookups": wrong,
            "import, s per 100,000 rows": round(per_100k_s, 1),
            "import, target < 30 s per 100,000 rows": (
                "met" if per_100k_s < IMPORT_100K_TARGET_S else "NOT MET"
            ),
            "two listed lookups, p95 ms": pair_ms["p95_ms"],
            "two lookups, target < 500 ms (the slowest pair)": (
                "met" if pair_ms["max_ms"] < TWO_LOOKUPS_TARGET_MS else "NOT MET"
            ),
            "database size MiB": round(db_mib, 1),
            "CSV generation s": round(gen_s, 1),
        },
        notes=[
            f"SQLite file in the bench data dir; {LOOKUPS:,} lookups, half listed contacts written "
            "another way (upper case e-mail, '+33 6 12 34 …'), half absent. Each lookup normalises, "
            "computes the HMAC and reads the primary-key index: nothing grows with the list but "
            "the B-tree depth.",
        ],
    )
