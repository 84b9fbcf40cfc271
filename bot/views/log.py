"""The managers' log as Block Kit: one section per flagged question (`/rgpd-log` and App Home)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel
from slack_sdk.models.blocks import (
    Block,
    ButtonElement,
    ContextBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.views.labels import VERDICT_EMOJI
from bot.views.masking import mask_text
from rules.decision import Verdict

#: filter id -> label; "all" means every flagged entry.
FILTERS = {
    "all": "Tout ce qui est signalé",
    "forbidden": "⛔ Interdits",
    "needs_info": "❓ Infos manquantes non résolues",
    "escalated": "🧑‍⚖️ Transmis au DPO",
    "down": "👎 Jugés pas utiles",
}


class LogRow(BaseModel):
    """One log entry as shown to a manager (the journal stores it masked)."""

    id: int
    created_at: dt.datetime | None = None
    user: str | None = None
    channel: str | None = None
    question: str | None = None
    summary: str = ""
    verdict: str
    feedback: str | None = None
    escalated: bool = False
    resolved: bool = False

    @classmethod
    def of(cls, entry: Any) -> LogRow:
        def get(*names: str) -> Any:
            for name in names:
                value = entry.get(name) if isinstance(entry, dict) else getattr(entry, name, None)
                if value is not None:
                    return value
            return None

        verdict = get("verdict")
        return cls(
            id=get("id"),
            created_at=get("created_at", "at"),
            user=get("user_id", "user"),
            channel=get("channel"),
            question=get("question"),
            summary=get("summary") or "",
            verdict=getattr(verdict, "value", verdict) or "",
            feedback=get("feedback"),
            escalated=bool(get("escalated")),
            resolved=bool(get("resolved")),
        )

    def reasons(self) -> set[str]:
        found = set()
        if self.verdict == "forbidden":
            found.add("forbidden")
        if self.verdict == "needs_info" and not self.resolved:
            found.add("needs_info")
        if self.escalated:
            found.add("escalated")
        if self.feedback == "down":
            found.add("down")
        return found


RESOLVE = "log_resolve"
_REASONS = {
    "forbidden": "interdit",
    "needs_info": "info manquante",
    "escalated": "DPO",
    "down": "👎",
}


def log_blocks(
    rows: Sequence[LogRow], filter_: str = "all", *, resolvable: bool = True
) -> list[Block]:
    blocks: list[Block] = [
        SectionBlock(
            text=MarkdownTextObject(
                text=f"*Journal — {FILTERS.get(filter_, FILTERS['all'])}* ({len(rows)})"
            )
        )
    ]
    if not rows:
        blocks.append(SectionBlock(text=MarkdownTextObject(text="_Rien à signaler._")))
    for row in rows[:20]:
        blocks.append(_row_section(row, resolvable))
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=_row_context(row))]))
    return blocks


def log_text(rows: Sequence[LogRow], filter_: str = "all") -> str:
    lines = [f"Journal — {FILTERS.get(filter_, FILTERS['all'])} ({len(rows)})"]
    lines += [f"#{r.id} {r.verdict} — {mask_text(r.question or r.summary)[:120]}" for r in rows]
    return "\n".join(lines)


def _row_section(row: LogRow, resolvable: bool) -> SectionBlock:
    try:
        emoji = VERDICT_EMOJI[Verdict(row.verdict)]
    except ValueError:
        emoji = "•"
    text = mask_text(row.question or row.summary or "—")
    section = SectionBlock(text=MarkdownTextObject(text=f"{emoji} *#{row.id}* {text}"[:2900]))
    if resolvable and not row.resolved:
        section.accessory = ButtonElement(
            action_id=RESOLVE, text="Marquer résolu", value=str(row.id)
        )
    return section


def _row_context(row: LogRow) -> str:
    parts = [row.created_at.strftime("%Y-%m-%d %H:%M UTC") if row.created_at else ""]
    if row.user:
        parts.append(f"<@{row.user}>")
    parts.append(", ".join(_REASONS[r] for r in sorted(row.reasons())))
    if row.resolved:
        parts.append("résolu")
    return " · ".join(p for p in parts if p)
