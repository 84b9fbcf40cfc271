"""Storage: the managers' log (journal) and the do-not-contact list (optout), on SQLAlchemy 2.

from bot.db import get_journal, get_optout
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.db.journal import Journal
    from bot.db.optout import OptOutList
    from bot.settings import Settings

__all__ = ["get_journal", "get_optout"]


def get_journal(settings: Settings | None = None) -> Journal:
    from bot.db.journal import get_journal as _get

    return _get(settings)


def get_optout(settings: Settings | None = None) -> OptOutList:
    from bot.db.optout import get_optout as _get

    return _get(settings)
