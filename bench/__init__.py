"""`make bench` (`python -m bench`): how Gardefou behaves at the scale of a large sales team.

Each section runs in its own child process (so that its peak memory is its own and one failure
does not stop the others) and returns a `SectionResult`. Sections whose code is not written yet
report "skipped: …" instead of failing. The run prints a summary and writes docs/benchmarks.md
and docs/latency_vs_index.png.
"""
