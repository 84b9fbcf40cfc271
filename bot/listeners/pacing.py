"""Token buckets, one per key: paces the answers posted to one channel (Slack allows about one
message per second per channel, with short bursts) and bounds how often one user may ask."""

from __future__ import annotations

import re
import threading
import time

from pydantic import BaseModel

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h)?\s*$")
_UNIT_S = {None: 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600}


class Rate(BaseModel):
    """`count` requests per `per_s` seconds, a burst of `count` allowed."""

    count: int
    per_s: float

    @classmethod
    def parse(cls, text: str) -> Rate:
        """'10/60s', '10/1m', '30/1h'; ValueError for anything else."""
        match = _RATE.match(text or "")
        if not match or int(match.group(1)) < 1 or float(match.group(2)) <= 0:
            raise ValueError(f"not a rate: {text!r} (expected e.g. '10/60s')")
        return cls(count=int(match.group(1)), per_s=float(match.group(2)) * _UNIT_S[match.group(3)])

    @property
    def per_second(self) -> float:
        return self.count / self.per_s


class Buckets:
    """In-memory token buckets keyed by channel or user, safe across threads."""

    def __init__(self, rate_per_s: float, burst: float, max_keys: int = 10_000) -> None:
        self.rate, self.burst, self.max_keys = rate_per_s, burst, max_keys
        self._state: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def _refilled(self, key: str, now: float) -> float:
        tokens, last = self._state.get(key, (self.burst, now))
        return min(self.burst, tokens + (now - last) * self.rate)

    def reserve(self, key: str) -> float:
        """Take a token even if there is none yet: the seconds to wait before using it
        (concurrent callers queue up one behind the other)."""
        now = time.monotonic()
        with self._lock:
            tokens = self._refilled(key, now) - 1
            self._store(key, tokens, now)
        return max(0.0, -tokens / self.rate)

    def take(self, key: str) -> float:
        """Take a token if there is one: 0.0; else the seconds until there will be one."""
        now = time.monotonic()
        with self._lock:
            tokens = self._refilled(key, now)
            if tokens >= 1:
                self._store(key, tokens - 1, now)
                return 0.0
            return (1 - tokens) / self.rate

    def _store(self, key: str, tokens: float, now: float) -> None:
        self._state[key] = (tokens, now)
        if len(self._state) > self.max_keys:  # forget the keys whose bucket is full again
            full = [k for k in self._state if self._refilled(k, now) >= self.burst]
            for k in full:
                del self._state[k]


class ChannelPacer:
    """Spaces the messages posted to one channel (per replica; a 429 is still waited out)."""

    def __init__(self, per_second: float = 1.0, burst: int = 3) -> None:
        self.buckets = Buckets(per_second, burst)

    def wait(self, channel: str | None) -> float:
        delay = self.buckets.reserve(channel or "")
        if delay:
            time.sleep(delay)
        return delay
