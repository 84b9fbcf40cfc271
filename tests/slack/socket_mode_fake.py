"""A local stand-in for Slack's Socket Mode: a websocket server on 127.0.0.1 that says hello to
each app connection, sends it event envelopes, and counts the acks (the envelope id sent back)."""

from __future__ import annotations

import itertools
import json
import threading
import time
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve


class FakeSocketMode:
    def __init__(self) -> None:
        self.connections: list[ServerConnection] = []
        self.acks: dict[str, int] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.server = serve(self._handle, "127.0.0.1", 0)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.server.socket.getsockname()[1]}/link"

    def _handle(self, ws: ServerConnection) -> None:
        ws.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {}}))
        with self._lock:
            self.connections.append(ws)
        try:
            for message in ws:
                data = json.loads(message)
                if envelope := data.get("envelope_id"):
                    with self._lock:
                        self.acks[envelope] = self.acks.get(envelope, 0) + 1
        except ConnectionClosed:
            pass
        finally:
            with self._lock:
                self.connections.remove(ws)

    def wait_connections(self, n: int, timeout: float = 30) -> list[ServerConnection]:
        deadline = time.monotonic() + timeout
        while len(self.connections) < n:
            assert time.monotonic() < deadline, f"{len(self.connections)} of {n} connections"
            time.sleep(0.05)
        return list(self.connections)

    def send_event(
        self, ws: ServerConnection, body: dict[str, Any], *, retry: int = 0, envelope: str = ""
    ) -> str:
        """Deliver an Events API payload on one connection, as Slack does; its envelope id."""
        envelope = envelope or f"env-{next(self._ids)}"
        ws.send(
            json.dumps(
                {
                    "envelope_id": envelope,
                    "type": "events_api",
                    "accepts_response_payload": False,
                    "retry_attempt": retry,
                    "retry_reason": "timeout" if retry else "",
                    "payload": body,
                }
            )
        )
        return envelope

    def wait_ack(self, envelope: str, timeout: float = 5) -> None:
        deadline = time.monotonic() + timeout
        while not self.acks.get(envelope):
            assert time.monotonic() < deadline, f"envelope {envelope} was never acked"
            time.sleep(0.02)

    def close(self) -> None:
        self.server.shutdown()
