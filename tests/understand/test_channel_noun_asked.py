"""A verbless question naming the channel to use ("Mail possible ?", "Email ok?") asks permission
for that contact: an off-field trade word (invoicing software sold to a tradesman) does not put it
out of the field; a question about the channel's kind or duty is no permission asked."""

import pytest

from bot.understand.kind import question_kind


@pytest.mark.parametrize(
    "question",
    [
        "Menuisier en SARL, on lui vend un outil de facturation. Mail possible ?",
        "On propose un logiciel de comptabilité aux boulangers, elle nous a laissé sa carte. E-mail ok ?",
        "We sell invoicing software to electricians; he gave us his card at the fair. Email ok?",
        "Accounting tools for hairdressers, she left her card at our stand. Email allowed?",
    ],
)
def test_channel_asked_is_a_case(question: str) -> None:
    assert question_kind(question) == "case"


@pytest.mark.parametrize(
    "question",
    ["Mail pro ou perso ?", "Email obligatoire ?", "Quel mail faut-il utiliser ?"],
)
def test_channel_named_in_a_question_on_it_asks_no_permission(question: str) -> None:
    assert question_kind(question) != "case"
