"""Slack through the wire: the real app behind uvicorn on 127.0.0.1, a recording fake Slack Web API
(pytest-httpserver) and requests signed like Slack's. Only the pipeline and journal are stand-ins
(small, rule-shaped) until the real ones are wired in `test_real_pipeline.py`."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import os
import re
import socket
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from pytest_httpserver import HTTPServer
from slack_sdk.signature import SignatureVerifier
from sqlalchemy import create_engine, text
from werkzeug import Request, Response

from bot.answer import Answer, Citation, LegalBasis, MissingFactOut
from bot.app import create_app
from bot.db.engine import dispose_all
from bot.server import create_server
from bot.settings import Settings
from rules.facts import Facts, YesNo

SECRET = "test-signing-secret-0123456789"
BOT_USER = "UBOT"
MANAGER = "UMANAGER"
REP = "UREP"
DPO_CHANNEL = "CDPO"
ON = dt.date(2026, 11, 23)

L34_5 = LegalBasis(
    ref="CPCE art. L.34-5",
    url="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049386357",
)
CNIL_EMAIL = Citation(
    source_id="cnil-prospection-email",
    title="La prospection commerciale par courrier électronique",
    url="https://www.cnil.fr/fr/la-prospection-commerciale-par-courrier-electronique",
    authority="cnil",
    excerpt="Le principe : pas de message commercial sans consentement préalable du destinataire…",
    score=0.82,
)


# -- the fake Slack Web API -------------------------------------------------------------------


class FakeSlack:
    """Answers every Web API method like Slack would, and records what the app sent."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.refuse_channels: set[str] = set()  # chat.postMessage there -> not_in_channel
        self.rate_limited: dict[str, int] = {}  # method -> how many 429s to answer first
        self.arrivals: list[tuple[str, float]] = []  # (method or "429 method", monotonic time)
        self.socket_url = ""  # what apps.connections.open answers (a FakeSocketMode's URL)
        self._ts = itertools.count(1)
        self._lock = threading.Lock()
        server.expect_request(re.compile(r"^/api/.+")).respond_with_handler(self._api)
        server.expect_request(re.compile(r"^/response/.+")).respond_with_handler(self._response)

    @property
    def api_url(self) -> str:
        return self.server.url_for("/api/")

    def response_url(self, name: str = "cmd") -> str:
        return self.server.url_for(f"/response/{name}")

    def _record(self, method: str, params: dict[str, Any]) -> None:
        with self._lock:
            self.calls.append((method, params))

    def _api(self, request: Request) -> Response:
        method = request.path.removeprefix("/api/")
        params: dict[str, Any] = dict(request.args)
        if request.is_json:
            params.update(request.get_json(silent=True) or {})
        else:
            params.update(request.form.to_dict())
        for key in ("blocks", "view"):
            if isinstance(params.get(key), str):
                params[key] = json.loads(params[key])
        with self._lock:
            limited = self.rate_limited.get(method, 0) > 0
            if limited:
                self.rate_limited[method] -= 1
            self.arrivals.append((f"429 {method}" if limited else method, time.monotonic()))
        if limited:  # as Slack's Web API does: HTTP 429 with the seconds to wait
            body = json.dumps({"ok": False, "error": "ratelimited"})
            return Response(body, status=429, headers={"Retry-After": "1"})
        reply: dict[str, Any] = {"ok": True}
        if method == "auth.test":
            reply |= {"user_id": BOT_USER, "bot_id": "BBOT", "team_id": "T1", "user": "gardefou"}
        elif method == "chat.postMessage":
            if params.get("channel") in self.refuse_channels:
                reply = {"ok": False, "error": "not_in_channel"}
            else:
                ts = f"1700001000.{next(self._ts):06d}"
                reply |= {"channel": params.get("channel"), "ts": ts, "message": {"ts": ts}}
                params["ts"] = ts
        elif method == "chat.update":
            reply |= {"channel": params.get("channel"), "ts": params.get("ts")}
        elif method == "apps.connections.open":  # Socket Mode: where the websocket is
            reply |= {"url": self.socket_url}
        elif method == "chat.getPermalink":
            reply |= {"permalink": "https://example.slack.com/archives/C1/p1"}
        self._record(method, params)
        return Response(json.dumps(reply), content_type="application/json")

    def _response(self, request: Request) -> Response:
        self._record("response_url", request.get_json(silent=True) or {})
        return Response("ok")

    # -- what the user would see --

    def sent(self, method: str) -> list[dict[str, Any]]:
        with self._lock:
            return [p for m, p in self.calls if m == method]

    def wait_for(
        self,
        method: str,
        where: Callable[[dict[str, Any]], bool] = lambda _: True,
        timeout: float = 5.0,
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [p for p in self.sent(method) if where(p)]
            if found:
                return found[-1]
            time.sleep(0.02)
        raise AssertionError(f"no {method} call matched within {timeout}s; calls: {self.calls}")


# -- stand-ins for the pipeline and the journal ------------------------------------------------

_WORDS = {
    "mail": ("channel", "email"),
    "sms": ("channel", "sms"),
    "appeler": ("channel", "phone"),
    "particulier": ("audience", "b2c"),
    "client": ("customer", "yes"),
    "acheté": ("source", "purchased"),
}


class FakePipeline:
    """Rule-shaped: purchased list -> forbidden; customer -> allowed (R2); else asks the audience.
    Remembers what it was asked, with which context, so that tests can check the wiring."""

    def __init__(self, optout: set[str] | None = None) -> None:
        self.asked: list[tuple[str, Facts | None]] = []
        self.checked: list[Facts] = []
        self.optout = optout or set()

    def ask(
        self,
        question: str,
        on: dt.date | None = None,
        *,
        context: Facts | None = None,
        lang: str | None = None,
        **_: Any,
    ) -> Answer:
        self.asked.append((question, context))
        if "panne" in question:
            raise RuntimeError("simulated failure")
        values = dict(context.known()) if context else {}
        for word, (key, value) in _WORDS.items():
            if word in question.lower():
                values[key] = value
        if match := re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", question):
            values["contact"] = match.group(0)
        return self.check(Facts(**values), on, record_call=False)

    def check(
        self,
        facts: Facts,
        on: dt.date | None = None,
        *,
        lang: str = "fr",
        record_call: bool = True,
        **_: Any,
    ) -> Answer:
        if record_call:
            self.checked.append(facts)
        if facts.contact in self.optout:
            facts = facts.with_(objected=YesNo.yes)
        common = {"language": "fr", "date": on or ON, "facts": facts.known()}
        if facts.objected is YesNo.yes or (facts.source and facts.source.value == "purchased"):
            return Answer(
                verdict="forbidden",
                summary="Interdit. Pas de prospection sans consentement ni sur opposition.",
                rule_ids=["R1"],
                legal_basis=[L34_5],
                citations=[CNIL_EMAIL],
                **common,
            )
        if facts.customer is YesNo.yes or facts.audience is not None:
            return Answer(
                verdict="allowed",
                summary="Autorisé. Exception client (produits analogues) ou cible connue.",
                rule_ids=["R2"],
                legal_basis=[L34_5],
                citations=[CNIL_EMAIL],
                obligations=["Offrir un lien de désinscription."],
                **common,
            )
        return Answer(
            verdict="needs_info",
            summary="Il me manque une information. Qui est le destinataire ?",
            missing_facts=[
                MissingFactOut(
                    fact="audience",
                    question="Le destinataire est-il un professionnel ou un particulier ?",
                    options=["b2b", "b2c"],
                )
            ],
            **common,
        )


class FakeJournal:
    """The Journal API of CONTRACTS.md, in memory."""

    def __init__(self) -> None:
        self.entries: dict[int, dict[str, Any]] = {}
        self.claims: list[tuple[str, bool]] = []
        self._ids = itertools.count(1)
        self._seen: set[str] = set()
        self._events: dict[str, str] = {}
        self._lock = threading.Lock()

    def record(
        self,
        question: str | None,
        answer: Answer,
        *,
        surface: str,
        user: str | None,
        channel: str | None,
        thread: str | None,
    ) -> int:
        with self._lock:
            entry_id = next(self._ids)
            self.entries[entry_id] = {
                "id": entry_id,
                "created_at": dt.datetime(2026, 11, 23, 10, 0),
                "question": question,
                "verdict": answer.verdict.value,
                "summary": answer.summary,
                "facts": answer.facts,
                "user_id": user,
                "channel": channel,
                "thread": thread,
                "surface": surface,
                "feedback": None,
                "escalated": False,
                "resolved": False,
            }
            return entry_id

    def claim_event(self, event_id: str) -> bool:
        with self._lock:
            first = event_id not in self._seen
            self._seen.add(event_id)
            self.claims.append((event_id, first))
            return first

    def take_event(self, event_id: str, owner: str, lease_s: float) -> str:
        """The claim states of the real Journal (no lease expiry: one process, nobody dies)."""
        with self._lock:
            state = self._events.get(event_id)
            if state is None:
                self._events[event_id] = "received"
            result = "claimed" if state is None else state.replace("received", "held")
            self.claims.append((event_id, result == "claimed"))
            return result

    def renew_event(self, event_id: str, owner: str, lease_s: float) -> bool:
        return self._events.get(event_id) == "received"

    def finish_event(self, event_id: str, owner: str) -> bool:
        with self._lock:
            self._events[event_id] = "answered"
        return True

    def release_event(self, event_id: str, owner: str) -> bool:
        with self._lock:
            self._events.pop(event_id, None)
        return True

    def thread_facts(self, channel: str, thread: str) -> dict[str, Any] | None:
        found = [
            e for e in self.entries.values() if (e["channel"], e["thread"]) == (channel, thread)
        ]
        return found[-1]["facts"] if found else None

    def feedback(self, entry_id: int, value: str, user: str) -> None:
        self.entries[entry_id]["feedback"] = value

    def escalate(self, entry_id: int, user: str) -> None:
        self.entries[entry_id]["escalated"] = True

    def mark_resolved(self, entry_id: int) -> None:
        self.entries[entry_id]["resolved"] = True

    def get(self, entry_id: int) -> dict[str, Any] | None:
        return self.entries.get(entry_id)

    def list(
        self,
        flagged_only: bool = False,
        since: Any = None,
        limit: int = 50,
        viewer: str | None = None,
    ) -> list[dict[str, Any]]:
        rows = sorted(self.entries.values(), key=lambda e: e["id"], reverse=True)
        return rows[:limit]


# -- Slack, the sender of signed requests ------------------------------------------------------


class SlackSender:
    """Sends what Slack sends: events (JSON), commands and interactions (form), signed."""

    def __init__(self, base_url: str, fake: FakeSlack) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=10)
        self.fake = fake
        self._ids = itertools.count(1)

    def post(
        self,
        body: str,
        content_type: str,
        *,
        secret: str = SECRET,
        age: int = 0,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        ts = str(int(time.time()) - age)
        signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
        return self.http.post(
            "/slack/events",
            content=body.encode(),
            headers={
                "Content-Type": content_type,
                "X-Slack-Request-Timestamp": ts,
                "X-Slack-Signature": signature,
                **(headers or {}),
            },
        )

    def event(
        self, event: dict[str, Any], *, event_id: str | None = None, **kwargs: Any
    ) -> httpx.Response:
        body = {
            "token": "legacy",
            "team_id": "T1",
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(self._ids):08d}",
            "event_time": int(time.time()),
            "event": event,
        }
        return self.post(json.dumps(body), "application/json", **kwargs)

    def mention(
        self,
        text: str,
        *,
        channel: str = "C1",
        ts: str | None = None,
        thread_ts: str | None = None,
        user: str = REP,
        **kwargs: Any,
    ) -> tuple[str, httpx.Response]:
        ts = ts or f"1700000000.{next(self._ids):06d}"
        event = {
            "type": "app_mention",
            "user": user,
            "text": f"<@{BOT_USER}> {text}",
            "ts": ts,
            "channel": channel,
            "event_ts": ts,
        }
        if thread_ts:
            event["thread_ts"] = thread_ts
        return ts, self.event(event, **kwargs)

    def command(
        self, command: str, text: str = "", *, user: str = REP, channel: str = "C1"
    ) -> httpx.Response:
        form = {
            "token": "legacy",
            "team_id": "T1",
            "channel_id": channel,
            "channel_name": "ventes",
            "user_id": user,
            "user_name": "rep",
            "command": command,
            "text": text,
            "api_app_id": "A1",
            "response_url": self.fake.response_url(),
            "trigger_id": f"trig.{next(self._ids)}",
        }
        return self.post(urllib.parse.urlencode(form), "application/x-www-form-urlencoded")

    def interact(self, payload: dict[str, Any]) -> httpx.Response:
        payload = {"team": {"id": "T1"}, "api_app_id": "A1", "token": "legacy", **payload}
        body = urllib.parse.urlencode({"payload": json.dumps(payload)})
        return self.post(body, "application/x-www-form-urlencoded")

    def click(
        self,
        message: dict[str, Any],
        action: dict[str, Any],
        *,
        user: str = REP,
        channel: str = "C1",
    ) -> httpx.Response:
        """A click on a button of a message the app posted (as Slack echoes it back)."""
        return self.interact(
            {
                "type": "block_actions",
                "user": {"id": user},
                "channel": {"id": channel},
                "container": {
                    "type": "message",
                    "message_ts": message["ts"],
                    "channel_id": channel,
                },
                "message": {
                    "ts": message["ts"],
                    "text": message.get("text"),
                    "blocks": message.get("blocks"),
                    "thread_ts": message.get("thread_ts"),
                },
                "response_url": self.fake.response_url("action"),
                "trigger_id": "trig.click",
                "actions": [{"type": "button", "block_id": "b", "action_ts": "1", **action}],
            }
        )


# -- fixtures ----------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """A fresh database shared by several replicas: SQLite, and the real PostgreSQL of `make test`
    (same rules as tests/db/conftest.py: skipped without it, an error under CI=true)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'shared' / 'gardefou.db'}"
        return
    server = os.environ.get("GARDEFOU_TEST_DATABASE_URL")
    if not server:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("GARDEFOU_TEST_DATABASE_URL is not set under CI: run `make test`")
        pytest.skip("GARDEFOU_TEST_DATABASE_URL not set (run `make test` for PostgreSQL)")
    name = f"gf_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{server.rpartition('/')[0]}/{name}"
    finally:
        dispose_all()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def fake_slack(httpserver: HTTPServer) -> FakeSlack:
    return FakeSlack(httpserver)


@pytest.fixture
def pipeline() -> FakePipeline:
    return FakePipeline(optout={"blocked@acme.fr"})


@pytest.fixture
def journal() -> FakeJournal:
    return FakeJournal()


@pytest.fixture
def settings(fake_slack: FakeSlack, tmp_path: Any) -> Settings:
    return Settings(
        slack_bot_token="xoxb-test",
        slack_signing_secret=SECRET,
        slack_api_url=fake_slack.api_url,
        managers=f"{MANAGER}, UOTHERBOSS",
        escalation_channel=DPO_CHANNEL,
        data_dir=tmp_path,
    )


@contextlib.contextmanager
def serve(app_server: Any) -> Iterator[tuple[str, uvicorn.Server]]:
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app_server, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}", server
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def serve_app() -> Callable[[Any], Any]:
    """Runs an ASGI app on a free loopback port: ``with serve_app(app) as (url, server): …``."""
    return serve


@pytest.fixture
def sender_for(fake_slack: FakeSlack) -> Callable[[str], SlackSender]:
    return lambda url: SlackSender(url, fake_slack)


@pytest.fixture
def slack(
    settings: Settings, pipeline: FakePipeline, journal: FakeJournal, fake_slack: FakeSlack
) -> Iterator[SlackSender]:
    app = create_app(settings, pipeline=pipeline, journal=journal)
    with serve(create_server(app)) as (url, _):
        yield SlackSender(url, fake_slack)
