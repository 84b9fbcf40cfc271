"""The bench's own machinery: percentiles, skipped sections, the report, the fake Slack API."""

from __future__ import annotations

import datetime as dt
import json
import urllib.request

from bench import report
from bench.child import run_section
from bench.fake_slack import FakeSlack
from bench.result import SectionResult
from bench.timing import percentile, summary_ms


def test_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 50) == 50
    assert percentile(values, 95) == 95
    assert percentile(values, 100) == 100
    assert percentile([7.0], 95) == 7.0


def test_summary_converts_seconds_to_milliseconds():
    s = summary_ms([0.010, 0.020, 0.030, 0.040])
    assert s["median_ms"] == 25.0
    assert s["max_ms"] == 40.0


def test_a_section_whose_code_is_missing_is_reported_skipped_not_crashed(tmp_path, monkeypatch):
    monkeypatch.setitem(
        __import__("bench.child").child.SECTIONS, "answers", "bench.no_such_module_yet"
    )
    result = run_section("answers", tmp_path, quick=True)
    assert result.status == "skipped"
    assert "no_such_module_yet" in result.reason


def test_report_names_the_machine_and_every_section_not_measured():
    results = [
        SectionResult(name="answers", title="Answer latency", metrics={"median ms": 12.5}),
        SectionResult(name="load", title="Load", status="skipped", reason="bot.server is absent"),
    ]
    md = report.markdown(
        results,
        {"cpu": "Test CPU", "cores (nproc)": "2"},
        dt.datetime(2026, 11, 23),
        quick=False,
        plot=None,
    )
    assert "| cpu | Test CPU |" in md
    assert "| median ms | 12.5 |" in md
    assert "- load: skipped: bot.server is absent" in md


def test_fake_slack_records_posts_by_channel_and_thread():
    seen = []
    with FakeSlack(on_post=seen.append) as fake:
        body = json.dumps({"channel": "C1", "thread_ts": "1.000100", "text": "hi"}).encode()
        req = urllib.request.Request(
            fake.api_url + "chat.postMessage",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=5) as resp:
            assert json.load(resp)["ok"] is True
        with urllib.request.urlopen(fake.api_url + "auth.test", data=b"", timeout=5) as resp:
            assert json.load(resp)["user_id"]
    assert seen == [("C1", "1.000100")]
    assert fake.posts[("C1", "1.000100")][0]["text"] == "hi"
