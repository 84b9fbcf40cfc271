"""Understanding free-text questions: language, facts, topics, scope — then the rules decide."""

from bot.understand.answer import answer_question

__all__ = ["answer_question"]
