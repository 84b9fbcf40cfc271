"""The contact patterns shared by every masker: the log scrubber, the journal's masker and the
display masker of channel posts. One set, so that what one masks the others mask too.

Every pattern runs in time linear in the text (checked with 5 MB adversarial strings in
tests/db/test_masking_speed.py): a run of the characters that may start a match can only be
entered at its first character (a lookbehind on the same class) and is taken possessively
(``++``), so a failed match never re-scans the run from each of its positions.
"""

from __future__ import annotations

import re

#: Longest text any masker reads; the rest is cut (and said to be cut), never scanned.
MAX_MASKED_CHARS = 50_000

_LOCAL = r"[\w.%+'-]"
# "@", or the bracketed forms people use to dodge harvesters: "[at]", "(at)", "{@}".
_AT = r"(?:\s?+@\s?+|\s?+[\[({]\s?+(?:at|arobase|@)\s?+[\])}]\s?+)"
# " at " / " arobase " between words is also ordinary prose ("John at john.doe@…"): accepted only
# before a domain ending in a common top-level domain.
_AT_WORD = r"\s(?:at|arobase)\s"
_COMMON_TLD = r"(?:fr|com|net|org|eu|io|co|uk|de|be|ch|es|it|lu|nl|ca|us|info|biz)"
_DOT = r"(?:\.|\s?+[\[({]\s?+(?:dot|point)\s?+[\])}]\s?+|\s(?:dot|point)\s)"
# The domain's labels are taken greedily and the last one must end in two letters ("co.uk",
# "example.org"): giving labels back costs one step each, so the match stays linear.
EMAIL = re.compile(
    rf"(?<!{_LOCAL}){_LOCAL}++"
    rf"(?:{_AT}[\w-]++(?:{_DOT}[\w-]++)+(?<=[^\W\d_]{{2}})"
    rf"|{_AT_WORD}[\w-]++(?:{_DOT}[\w-]++)*?{_DOT}{_COMMON_TLD})(?![\w])",
    re.IGNORECASE,
)
# IBAN: country, check digits, then groups of 4, separated by nothing, spaces, dots or dashes.
IBAN = re.compile(
    r"(?<![\w.])[A-Z]{2}\d{2}(?:[ .-]?[A-Z0-9]{4}){2,7}+(?:[ .-]?[A-Z0-9]{1,4})?(?![\w])",
    re.IGNORECASE,
)
# 9+ digits, grouped by spaces, dots, dashes, slashes or a bracketed area code:
# phones (French, "(212) 555-0187", "06 1 2 3 4 5 6 7 8"), NIR, card, SIRET, account numbers.
# The lookbehinds keep a match from starting inside a run of digits and separators.
LONG_NUMBER = re.compile(
    r"(?<![\w.,])(?<!\d[ .\-/)])(?<!\d\)\s)"
    r"(?:\+|\(\+?)?+\d(?:(?:[ .\-/]|\)\s?+)?+\d){8,}+(?![\w])"
)
# IP addresses: dotted IPv4, and IPv6 (full or with "::").
IP = re.compile(
    r"(?<![\w.:])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w]|\.\d)"
    r"|(?<![\w:])(?=[0-9a-f:]*\d)(?:[0-9a-f]{1,4}:){3,7}+:?(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?"
    r"(?![\w:])",
    re.IGNORECASE,
)
# Slack user ids (U…/W…) identify a rep.
SLACK_USER = re.compile(r"(?<![\w])[UW][A-Z0-9]{8,}+(?![\w])")


def cut(text: str, limit: int = MAX_MASKED_CHARS) -> str:
    """``text`` at most ``limit`` characters long: what is beyond is dropped, never scanned."""
    if len(text) <= limit:
        return text
    return text[:limit] + f"… [{len(text) - limit} characters cut]"
