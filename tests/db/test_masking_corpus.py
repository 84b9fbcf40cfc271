"""Recall of the masker on a corpus written blind (by someone who never saw the masker): French and
English messages a rep might write, each with the personal data it holds. An item counts as
masked only if every letter and digit of it is inside a masked span; a pii-free line counts as
over-masked if anything in it is masked.

    .venv/bin/pytest -q -s tests/db/test_masking_corpus.py   # prints recall by kind
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

from bot.privacy.masking import find_personal_data

CORPUS = Path(__file__).with_name("masking_corpus.jsonl")
#: Reached on this corpus (see the closing note of issue 15); a drop is a regression.
MIN_RECALL = 0.99
MAX_OVER_MASKED_LINES = 6


def _item_masked(text: str, item: str, covered: list[bool]) -> bool:
    start = text.find(item)
    while start != -1:
        span = range(start, start + len(item))
        if all(covered[i] for i in span if text[i].isalnum()):
            return True
        start = text.find(item, start + 1)
    return False


def measure() -> dict:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    by_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    missed, over = [], []
    for row in rows:
        text = row["text"]
        found = find_personal_data(text)
        covered = [False] * len(text)
        for f in found:
            for i in range(f.start, f.end):
                covered[i] = True
        if not row["pii"] and found:
            over.append((row["id"], [f.text for f in found]))
        for item, kind in zip(row["pii"], row["kind"], strict=True):
            ok = _item_masked(text, item, covered)
            by_kind[kind][0] += ok
            by_kind[kind][1] += 1
            if not ok:
                missed.append((row["id"], kind, item))
    masked = sum(v[0] for v in by_kind.values())
    total = sum(v[1] for v in by_kind.values())
    return {
        "recall": masked / total,
        "masked": masked,
        "items": total,
        "by_kind": dict(by_kind),
        "missed": missed,
        "pii_free_lines": sum(1 for r in rows if not r["pii"]),
        "over_masked": over,
    }


def test_masking_corpus_recall_and_over_masking():
    result = measure()
    print(
        f"\nmasking corpus: recall {result['masked']}/{result['items']} = {result['recall']:.3f}; "
        f"over-masked pii-free lines {len(result['over_masked'])}/{result['pii_free_lines']}"
    )
    for kind, (ok, n) in sorted(result["by_kind"].items()):
        print(f"  {kind:13} {ok}/{n}")
    for miss in result["missed"]:
        print("  missed", miss)
    for over in result["over_masked"]:
        print("  over-masked", over)
    assert result["recall"] >= MIN_RECALL
    assert len(result["over_masked"]) <= MAX_OVER_MASKED_LINES


if __name__ == "__main__":
    test_masking_corpus_recall_and_over_masking()
