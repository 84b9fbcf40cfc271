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
    Option,
    SectionBlock,
    StaticSelectElement,
)

from bot.answer import Answer
from bot.citation_labels import authority_word, link_label
from bot.render import verdict_label
from bot.views.clicks import Case, FactClick, Signer
from bot.views.labels import VERDICT_EMOJI, fact_name, lang_of, title, value_name
from bot.views.masking import mask_contact, mask_payload, mask_text
from rules.derive import ASK_AT_ONCE
from rules.facts import ENUM_FACTS, accepted_values

#: Slack limits: 3000 characters a section, 50 blocks a message, 2000 a button value.
_SECTION_MAX = 2900
_EXCERPT_MAX = 280
FACT_ACTION = "fact"  # action ids "fact:<key>:<value>" (unique within a message)
FEEDBACK_UP, FEEDBACK_DOWN, ESCALATE = "feedback_up", "feedback_down", "escalate"
CORRECT_ACTION = "correct"  # action ids "correct:<key>", option values "<key>=<value>"
#: The option of a correction menu that makes a fact unknown again (its value is empty).
_UNSET = {"fr": "— je ne sais pas", "en": "— not sure"}
#: Facts read as free text or numbers: shown, not offered as a menu.
_NOT_CORRECTED = ("contact",)


class Message(BaseModel):
    """What `chat.postMessage` / `chat.update` receive."""

    text: str
    blocks: list[dict[str, Any]]


def verdict_line(answer: Answer) -> str:
    return f"{VERDICT_EMOJI[answer.verdict]} {verdict_label(answer.verdict, answer.language)}"


def answer_message(
    answer: Answer,
    *,
    entry_id: int | None = None,
    masked: bool = False,
    asked_by: str | None = None,
    question: str | None = None,
    owner: str | None = None,
    signer: Signer | None = None,
    corrections: bool = True,
) -> Message:
    """The whole message. ``asked_by``/``question`` show a slash command's question above it.

    With a ``signer``, the buttons carry the case signed for ``owner`` (who asked), and each
    understood fact gets a menu to correct it (unless ``corrections`` is off: an ephemeral
    message, which Slack does not echo back with a click)."""
    text = answer_text(answer)
    if masked and answer.facts_evidence:
        # Masked before the case is signed: a signed value is never altered afterwards.
        spans = {k: mask_text(v) for k, v in answer.facts_evidence.items()}
        answer = answer.model_copy(update={"facts_evidence": spans})
    blocks = [
        b.to_dict()
        for b in answer_blocks(
            answer,
            entry_id=entry_id,
            asked_by=asked_by,
            question=question,
            masked=masked,
            owner=owner,
            signer=signer,
            corrections=corrections,
        )
    ]
    if masked:
        return Message(text=mask_text(text), blocks=_masked(blocks))
    return Message(text=text, blocks=blocks)


def _masked(node: Any) -> Any:
    """Every string masked but the elements' values: those are built from masked text already,
    and a signed one must stay as signed."""
    if isinstance(node, dict):
        return {
            k: v if k == "value" and isinstance(v, str) else _masked(v) for k, v in node.items()
        }
    if isinstance(node, list):
        return [_masked(v) for v in node]
    return mask_payload(node)


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
        asked = answer.missing_facts[:ASK_AT_ONCE]  # ask little: the others after this answer
        parts.append(f"{title('missing', lang)} : " + " ; ".join(m.question for m in asked))
    return "\n".join(parts)


def answer_blocks(
    answer: Answer,
    *,
    entry_id: int | None = None,
    asked_by: str | None = None,
    question: str | None = None,
    masked: bool = False,
    owner: str | None = None,
    signer: Signer | None = None,
    corrections: bool = True,
) -> list[Block]:
    lang = lang_of(answer.language)
    case = Case(
        e=entry_id,
        u=owner,
        d=answer.date.isoformat(),
        l=lang,
        f={k: v for k, v in answer.facts.items() if k != "contact"},
        x={k: v for k, v in answer.facts_evidence.items() if k != "contact"},
    )
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
    blocks.append(_section(f"*{title('facts', lang)}* : {_facts_line(answer, lang, masked)}"))
    if signer is not None and corrections:
        blocks += _correction_blocks(answer, lang)
    for key, items in (("warnings", answer.warnings), ("obligations", answer.obligations)):
        icon = "⚠️" if key == "warnings" else "📝"
        blocks += _listing(f"{icon} *{title(key, lang)}*", items)
    blocks += _missing_blocks(answer, case, lang, signer)
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
    # Slack takes 50 blocks: the buttons stay (they carry the case a correction menu reads).
    return [*blocks[:49], feedback_actions(entry_id, lang, case, signer)]


def feedback_actions(
    entry_id: int | None, lang: str, case: Case | None = None, signer: Signer | None = None
) -> ActionsBlock:
    """👍/👎 and "Ask the DPO". Their value is the signed case (a correction menu reads it back
    from the message); unsigned, the bare entry id, which the listeners do not act on."""
    if signer is not None and case is not None:
        value = signer.value(case)
    else:
        value = str(entry_id) if entry_id is not None else "0"
    return ActionsBlock(
        block_id="feedback",
        elements=[
            ButtonElement(action_id=FEEDBACK_UP, text=title("up", lang), value=value),
            ButtonElement(action_id=FEEDBACK_DOWN, text=title("down", lang), value=value),
            ButtonElement(action_id=ESCALATE, text=title("escalate", lang), value=value),
        ],
    )


def _missing_blocks(answer: Answer, case: Case, lang: str, signer: Signer | None) -> list[Block]:
    """The questions that settle most (``ASK_AT_ONCE``, in the rules' order); the others come
    with the answer a click gives. A question whose options are not values of a fact (a day and
    an hour, a count of calls) is answered in the thread, not by a button."""
    if not answer.missing_facts:
        return []
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text=f"🧩 *{title('missing', lang)}*"))
    ]
    for missing in answer.missing_facts[:ASK_AT_ONCE]:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=_cut(missing.question))))
        buttons = []
        for option in [o for o in missing.options if _is_value(missing.fact, o)][:25]:
            click = FactClick(**case.model_dump(exclude={"s"}), k=missing.fact, v=option)
            value = (
                signer.value(click)
                if signer is not None
                else json.dumps(click.model_dump(exclude={"s", "x"}), ensure_ascii=False)
            )
            buttons.append(
                ButtonElement(
                    action_id=f"{FACT_ACTION}:{missing.fact}:{option}"[:255],
                    text=_cut(value_name(option, lang), 75),
                    value=value[:2000],
                )
            )
        if buttons:
            blocks.append(ActionsBlock(block_id=f"missing:{missing.fact}"[:255], elements=buttons))
    return blocks


def _is_value(fact: str, option: str) -> bool:
    return fact in ENUM_FACTS and option in accepted_values(fact)


def _correction_blocks(answer: Answer, lang: str) -> list[Block]:
    """One menu per understood fact: its other values and "not sure"; choosing one re-answers."""
    menus = []
    for key, value in answer.facts.items():
        if key in _NOT_CORRECTED or key not in ENUM_FACTS:
            continue
        name = fact_name(key, lang)
        options = [
            Option(value=f"{key}={v}"[:150], text=_cut(f"{name} : {value_name(v, lang)}", 75))
            for v in accepted_values(key)
        ]
        options.append(Option(value=f"{key}=", text=_cut(f"{name} : {_UNSET[lang]}", 75)))
        current = next((o for o in options if o.value == f"{key}={value}"), None)
        menus.append(
            StaticSelectElement(
                action_id=f"{CORRECT_ACTION}:{key}"[:255],
                placeholder=_cut(name, 150),
                options=options[:100],
                initial_option=current,
            )
        )
    return [ActionsBlock(block_id="correct", elements=menus[:25])] if menus else []


def _facts_line(answer: Answer, lang: str, masked: bool) -> str:
    """Each understood fact, with the words of the question it was read from."""
    if not answer.facts:
        return f"_{title('none', lang)}_"
    shown = []
    for key, value in answer.facts.items():
        if key == "contact":
            value = mask_contact(str(value)) if masked else str(value)
            line = f"{fact_name(key, lang)} = `{value}`"
        else:
            line = f"{fact_name(key, lang)} = `{value_name(value, lang)}`"
        span = answer.facts_evidence.get(key)
        if span:
            line += f" — _« {_plain(span)} »_"
        shown.append(line)
    return _cut("\n• " + "\n• ".join(shown))


def _plain(text: str) -> str:
    """User text inside mrkdwn: no mention, link or formatting can come out of it."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("_", " ").replace("*", "∗").replace("`", "'").replace("\n", " ")


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
