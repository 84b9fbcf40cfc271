"""A recording stand-in for the Slack Web API on 127.0.0.1, for the load bench.

Answers `auth.test` (Bolt calls it at start) and every other method with `ok: true`; records each
`chat.postMessage` / `chat.update` and each POST to a `response_url` under a key the bench chose
(channel and thread), and calls `on_post(key)` so that the bench can wake the waiting client.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

AUTH = {
    "ok": True,
    "url": "https://bench.slack.com/",
    "team": "bench",
    "user": "gardefou",
    "team_id": "T0BENCH",
    "user_id": "U0GARDEFOU",
    "bot_id": "B0GARDEFOU",
}


class FakeSlack:
    def __init__(self, on_post: Callable[[tuple[str, str]], None] | None = None) -> None:
        self.posts: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self.calls: dict[str, int] = defaultdict(int)
        self.lock = threading.Lock()
        self.on_post = on_post
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                kind = self.headers.get("Content-Type", "")
                if "json" in kind:
                    payload = json.loads(raw or b"{}")
                else:
                    payload = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
                fake.record(self.path, payload)
                method = self.path.rsplit("/", 1)[-1]
                body = (
                    AUTH
                    if method == "auth.test"
                    else {
                        "ok": True,
                        "channel": payload.get("channel", ""),
                        "ts": f"{time.time():.6f}",
                    }
                )
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, key: str) -> str:
        return f"http://127.0.0.1:{self.port}/response/{key}"

    def record(self, path: str, payload: dict) -> None:
        method = path.rsplit("/", 1)[-1] if path.startswith("/api/") else "response_url"
        if path.startswith("/response/"):
            key = ("response", path.split("/response/", 1)[1])
        elif method in ("chat.postMessage", "chat.update", "chat.postEphemeral"):
            key = (str(payload.get("channel", "")), str(payload.get("thread_ts") or ""))
        else:
            key = None
        with self.lock:
            self.calls[method] += 1
            if key is not None:
                self.posts[key].append({"method": method, "text": payload.get("text", "")})
        if key is not None and self.on_post:
            self.on_post(key)

    def __enter__(self) -> FakeSlack:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
