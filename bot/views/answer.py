"""Answer -> Slack message (text fallback + Block Kit). Pure: no Slack calls, no clock.

The verdict, the legal basis refs and the sources appear both in the blocks and in the `text`
fallback (notifications, screen readers, clients without Block Kit). In a shared channel the
contact is masked (`masked=True`); in a DM it is shown as given.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel
from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.answer import Answer
from bot.citation_labels import authority_word, link_label
from bot.render import verdict_label
from bot.views.labels import VERDICT_EMOJI, fact_name, lang_of, title, value_name
from bot.views.masking import mask_contact, mask_payload, mask_text

#: Slack limits: 3000 characters a section, 50 blocks a message, 2000 a button value.
_SECTION_MAX = 2900
_EXCERPT_MAX = 280
FACT_ACTION = "fact"  # action ids "fact:<key>:<value>" (unique within a message)
FEEDBACK_UP, FEEDBACK_DOWN, ESCALATE = "feedback_up", "feedback_down", "escalate"


class Message(BaseModel):
    """What `chat.postMessage` / `chat.update` receive."""

    text: str
    blocks: list[dict[str, Any]]


class FactClick(BaseModel):
    """The value behind a missing-fact button: enough to re-answer without the database."""

    e: int | None = None  # journal entry answered by the button's message
    d: str  # date of the verdict
    l: str  # noqa: E741 - language
    f: dict[str, Any]  # known facts (the contact left out: it never leaves in a button)
    k: str  # the fact asked
    v: str  # the value clicked


def verdict_line(answer: Answer) -> str:
    return f"{VERDICT_EMOJI[answer.verdict]} {verdict_label(answer.verdict, answer.language)}"


def answer_message(
    answer: Answer,
    *,
    entry_id: int | None = None,
    masked: bool = False,
    asked_by: str | None = None,
    question: str | None = None,
) -> Message:
    """The whole message. ``asked_by``/``question`` show a slash command's question above it."""
    text = answer_text(answer)
    blocks = [
        b.to_dict()
        for b in answer_blocks(
            answer, entry_id=entry_id, asked_by=asked_by, question=question, masked=masked
        )
    ]
    if masked:
        return Message(text=mask_text(text), blocks=mask_payload(blocks))
    return Message(text=text, blocks=blocks)


def answer_text(answer: Answer) -> str:
    """Plain-text fallback: verdict, summary, legal basis refs and sources."""
    lang = lang_of(answer.language)
    parts = [
        f"{verdict_line(answer)} ({title('date', lang)} {answer.date.isoformat()})",
        answer.summary,
    ]
    if answer.legal_basis:
        parts.append(
            f"{title('legal_basis', lang)} : " + " ; ".join(b.ref for b in answer.legal_basis)
        )
    if answer.citations:
        parts.append(
            f"{title('sources', lang)} : "
            + " ; ".join(
                f"{c.title} ({authority_word(c, lang)})"
                + (f" — {link_label(c, lang)} : {c.url}" if c.url else "")
                for c in answer.citations
            )
        )
    if answer.missing_facts:
        parts.append(
            f"{title('missing', lang)} : " + " ; ".join(m.question for m in answer.missing_facts)
        )
    return "\n".join(parts)


def answer_blocks(
    answer: Answer,
    *,
    entry_id: int | None = None,
    asked_by: str | None = None,
    question: str | None = None,
    masked: bool = False,
) -> list[Block]:
    lang = lang_of(answer.language)
    blocks: list[Block] = []
    if question:
        who = f"<@{asked_by}> {title('asked', lang)}" if asked_by else "❔"
        blocks.append(
            ContextBlock(elements=[MarkdownTextObject(text=_cut(f"{who} : « {question} »"))])
        )
    blocks.append(HeaderBlock(text=_cut(verdict_line(answer), 150)))
    blocks.append(SectionBlock(text=MarkdownTextObject(text=_cut(_without_label(answer)))))
    blocks.append(
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text=f"📅 {title('date', lang)} *{answer.date.isoformat()}*"
                    + (f" · {', '.join(answer.rule_ids)}" if answer.rule_ids else "")
                )
            ]
        )
    )
    blocks.append(
        SectionBlock(
            text=MarkdownTextObject(
                text=f"*{title('facts', lang)}* : {_facts_line(answer.facts, lang, masked)}"
            )
        )
    )
    for key, items in (("warnings", answer.warnings), ("obligations", answer.obligations)):
        icon = "⚠️" if key == "warnings" else "📝"
        blocks += _listing(f"{icon} *{title(key, lang)}*", items)
    blocks += _missing_blocks(answer, entry_id, lang)
    blocks += _listing(
        f"🔀 *{title('alternatives', lang)}*", [a.explanation for a in answer.alternatives]
    )
    blocks += _listing(
        f"⏱ *{title('changes', lang)}*",
        [
            f"{title('from', lang)} {c.from_.isoformat()} : "
            f"{VERDICT_EMOJI[c.verdict]} {verdict_label(c.verdict, lang)} ({c.rule_id})"
            for c in answer.changes_over_time
        ],
    )
    if answer.legal_basis:
        blocks.append(
            _section(
                f"⚖️ *{title('legal_basis', lang)}* : "
                + " · ".join(f"<{b.url}|{_link_label(b.ref)}>" for b in answer.legal_basis)
            )
        )
    blocks += _listing(
        f"📚 *{title('sources', lang)}*",
        [
            f"*{c.title}* — _{authority_word(c, lang)}_"
            + (f"\n<{c.url}|{_link_label(link_label(c, lang))}>" if c.url else "")
            + f"\n> {_cut(c.excerpt, _EXCERPT_MAX)}"
            for c in answer.citations
        ],
    )
    blocks.append(DividerBlock())
    blocks.append(feedback_actions(entry_id, lang))
    return blocks[:50]


def feedback_actions(entry_id: int | None, lang: str) -> ActionsBlock:
    value = str(entry_id) if entry_id is not None else "0"
    return ActionsBlock(
        block_id="feedback",
        elements=[
            ButtonElement(action_id=FEEDBACK_UP, text=title("up", lang), value=value),
            ButtonElement(action_id=FEEDBACK_DOWN, text=title("down", lang), value=value),
            ButtonElement(action_id=ESCALATE, text=title("escalate", lang), value=value),
        ],
    )


def _missing_blocks(answer: Answer, entry_id: int | None, lang: str) -> list[Block]:
    if not answer.missing_facts:
        return []
    known = {k: v for k, v in answer.facts.items() if k != "contact"}
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text=f"🧩 *{title('missing', lang)}*"))
    ]
    for missing in answer.missing_facts[:5]:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=_cut(missing.question))))
        buttons = []
        for option in missing.options[:25]:
            click = FactClick(
                e=entry_id, d=answer.date.isoformat(), l=lang, f=known, k=missing.fact, v=option
            )
            buttons.append(
                ButtonElement(
                    action_id=f"{FACT_ACTION}:{missing.fact}:{option}"[:255],
                    text=_cut(value_name(option, lang), 75),
                    value=json.dumps(click.model_dump(), ensure_ascii=False)[:2000],
                )
            )
        if buttons:
            blocks.append(ActionsBlock(block_id=f"missing:{missing.fact}"[:255], elements=buttons))
    return blocks


def _facts_line(facts: dict[str, Any], lang: str, masked: bool) -> str:
    if not facts:
        return f"_{title('none', lang)}_"
    shown = []
    for key, value in facts.items():
        if key == "contact":
            value = mask_contact(str(value)) if masked else str(value)
            shown.append(f"{fact_name(key, lang)} = `{value}`")
        else:
            shown.append(f"{fact_name(key, lang)} = `{value_name(value, lang)}`")
    return _cut(" · ".join(shown))


def _without_label(answer: Answer) -> str:
    """The summary starts with the verdict's words, already in the header just above."""
    label = verdict_label(answer.verdict, answer.language) + "."
    rest = answer.summary.removeprefix(label).strip()
    return rest or answer.summary


def _link_label(text: str) -> str:
    # `<url|label>`: a `|`, `<` or `>` in the label would break the link.
    return text.replace("|", "/").replace("<", "‹").replace(">", "›")


def _section(text: str) -> SectionBlock:
    """One Markdown section, cut to Slack's limit."""
    return SectionBlock(text=MarkdownTextObject(text=_cut(text)))


def _listing(heading: str, lines: list[str]) -> list[SectionBlock]:
    """A heading and its bullet lines as one section; nothing when there is nothing to list."""
    return [_section(heading + "\n" + "\n".join(f"• {line}" for line in lines))] if lines else []


def _cut(text: str, limit: int = _SECTION_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
