"""(8) Linear time on hostile text: the speed targets the unit tests do not assert.

A timed unit test fails on a loaded machine (CI, 2 shared cores); the targets live here instead,
each printed with its measured median, and with the time at 4n vs n (about 4 when linear, 16 when
quadratic, about 1 when the input is cut before it is read):

- `strip_injection` on hostile questions (tests/understand/test_language_topics_scope.py):
  target < 100 ms at 2,000 characters (the longest question read); 500, 2,000 and 8,000 timed.
- the log scrubber, the channel masker and the journal masker (without spaCy) on 5 MB of
  adversarial text (tests/db/test_masking_speed.py): target < 5 s each.
- the journal masker with spaCy on 40,000 characters of names: target < 5 s; and on the 1 MB
  line of tests/cli/test_cli_edges.py: target < 30 s (it was over 60 s, quadratic).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bench.result import SectionResult

TITLE = "Linear time on hostile text: strip_injection and the maskers (targets of the unit tests)"
RUNS = 3
STRIP_RUNS = 7
STRIP_N = 2_000  # the longest question read (bot/understand/text.py MAX_CHARS)
STRIP_NS = (STRIP_N // 4, STRIP_N, STRIP_N * 4)
STRIP_TARGET_MS = 100.0
FIVE_MB = 5 * 1024 * 1024
MASK_5MB_TARGET_MS = 5_000.0
NAMES_40K_TARGET_MS = 5_000.0
ONE_MB_TARGET_MS = 30_000.0

HOSTILE_QUESTIONS = {
    "'ignore previous instructions, '": "ignore previous instructions, ",
    "'say yes '": "say yes ",
    "'ok ' then 'answer allowed'": "ok ",
    "'system: '": "system: ",
    "'<system>'": "<system>",
    "'Aa '": "Aa ",
}
ADVERSARIAL_UNITS = {
    "a": "a",
    "@": "@",
    ".": ".",
    "'": "'",
    "%": "%",
    "Aa.": "Aa.",
    "Jean Dupont, ": "Jean Dupont, ",
    "1 ": "1 ",
    "a@": "a@",
    "12 rue ": "12 rue ",
    "jean dupont ": "jean dupont ",
    "a1:": "a1:",
}


def _median_ms(fn: Callable[[str], object], text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 2)


def _repeat(unit: str, n: int, tail: str = "") -> str:
    return (unit * (n // len(unit) + 1))[: n - len(tail)] + tail


def _ratio(big: float, small: float) -> float:
    return round(big / max(small, 1e-3), 1)


def _met(value: float, target: float) -> str:
    return "met" if value < target else "NOT MET"


def run(workdir: Path, quick: bool) -> SectionResult:
    from bot.logging_setup import scrub
    from bot.privacy.masking import get_nlp, mask_text
    from bot.understand.injection import strip_injection
    from bot.views.masking import mask_text as channel_mask

    runs = 1 if quick else RUNS
    strip_injection("warm up")
    strip_rows: list[dict] = []
    for label, unit in HOSTILE_QUESTIONS.items():
        tail = " answer allowed" if unit == "ok " else ""
        ms = {n: _median_ms(strip_injection, _repeat(unit, n, tail), STRIP_RUNS) for n in STRIP_NS}
        small, cap, big = (ms[n] for n in STRIP_NS)
        strip_rows.append(
            {
                "function": "strip_injection",
                "input": label,
                "n → 4n → 16n (chars)": " → ".join(f"{n:,}" for n in STRIP_NS),
                "median ms": f"{small} → {cap} → {big}",
                "4n / n": _ratio(cap, small),
                "16n / 4n": _ratio(big, cap),
                "target ms": f"< {STRIP_TARGET_MS:,.0f} at {STRIP_N:,}: {_met(cap, STRIP_TARGET_MS)}",
            }
        )

    journal = lambda text: mask_text(text, ner=False)  # noqa: E731 - spaCy timed apart below
    maskers = (("log scrub", scrub), ("channel", channel_mask), ("journal, no spaCy", journal))
    mask_rows: list[dict] = []
    quarter = FIVE_MB // 4
    for label, unit in ADVERSARIAL_UNITS.items():
        # digits then a letter: a number that fails at its very end (old patterns re-scanned it)
        big_text = _repeat(unit, FIVE_MB, "x")
        small_text = big_text[: quarter - 1] + "x"
        for masker, fn in maskers:
            small = _median_ms(fn, small_text, runs)
            big = _median_ms(fn, big_text, runs)
            mask_rows.append(
                {
                    "function": masker,
                    "input": f"'{label}' × n",
                    "n → 4n → 16n (chars)": f"{quarter:,} → {FIVE_MB:,}",
                    "median ms": f"{small} → {big}",
                    "4n / n": _ratio(big, small),
                    "16n / 4n": "",
                    "target ms": f"< {MASK_5MB_TARGET_MS:,.0f} at 5 MB: "
                    + _met(big, MASK_5MB_TARGET_MS),
                }
            )

    get_nlp()  # loaded once per process in production too
    mask_text("Jean Dupont habite 12 rue des Lilas.")
    names_n = _median_ms(mask_text, "Jean Dupont, " * 750, runs)
    names_4n = _median_ms(mask_text, "Jean Dupont, " * 3_000, runs)
    one_mb = _median_ms(
        mask_text, "Puis-je appeler Jean Dupont ? " + "Jean Dupont, " * 80_000, runs
    )

    strip_worst = max(float(r["median ms"].split(" → ")[1]) for r in strip_rows)
    mask_worst = max(float(r["median ms"].split(" → ")[1]) for r in mask_rows)
    metrics = {
        "strip_injection, worst median at 2,000 chars (the cap) ms": strip_worst,
        "strip_injection, target < 100 ms at 2,000 chars": _met(strip_worst, STRIP_TARGET_MS),
        "strip_injection, worst time at 2,000 / 500 chars": max(r["4n / n"] for r in strip_rows),
        "strip_injection, worst time at 8,000 / 2,000 chars": max(
            r["16n / 4n"] for r in strip_rows
        ),
        "maskers on 5 MB, worst median ms": mask_worst,
        "maskers on 5 MB, target < 5,000 ms": _met(mask_worst, MASK_5MB_TARGET_MS),
        "maskers, worst time at 5 MB / 1.25 MB": max(r["4n / n"] for r in mask_rows),
        "journal masker with spaCy, 40k chars of names, median ms": names_4n,
        "journal masker with spaCy on names, target < 5,000 ms": _met(
            names_4n, NAMES_40K_TARGET_MS
        ),
        "journal masker with spaCy, time at 40k / 10k chars": _ratio(names_4n, names_n),
        "journal masker with spaCy, the CLI's 1 MB line, median ms": one_mb,
        "the 1 MB line, target < 30,000 ms": _met(one_mb, ONE_MB_TARGET_MS),
    }
    notes = [
        f"Median of {runs} runs per input ({STRIP_RUNS} for strip_injection), one process, after "
        "a warm-up. 4n / n is the time on four times the text over the time on the text: about 4 "
        "when linear, 16 when quadratic, about 1 when the text is cut before it is read (the "
        "maskers stop at 50,000 characters). strip_injection reads at most 2,000 characters "
        "(bot/understand/text.py MAX_CHARS cuts the question first): its target is at 2,000, "
        "8,000 shows the growth past the cap.",
        "These targets were wall-clock assertions in the unit tests "
        "(tests/understand/test_language_topics_scope.py, tests/db/test_masking_speed.py, "
        "tests/cli/test_cli_edges.py), which failed on a loaded machine; a target not met is "
        "reported here, never failed.",
    ]
    return SectionResult(
        name="linear_time", title=TITLE, metrics=metrics, rows=strip_rows + mask_rows, notes=notes
    )
