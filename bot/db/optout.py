"""The company's do-not-contact list, stored as keyed hashes only.

A contact is normalised (e-mail: case, plus-tag, Gmail dots; phone: E.164 with France as the
default region) and only HMAC-SHA256(secret, normalised) is written. The secret lives outside the
database (bot.privacy.secret), so the table alone reveals nobody and cannot be tested against a
list of guesses.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import phonenumbers
from pydantic import BaseModel
from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot.db.engine import Sessions, get_engine, normalise_url
from bot.db.models import OptOut, utcnow
from bot.privacy.secret import load_secret
from bot.settings import Settings, get_settings

log = logging.getLogger(__name__)

DEFAULT_REGION = "FR"
BATCH = 5000
#: A contact row is short; a longer line is reported as an error, never parsed.
MAX_LINE_CHARS = 4096
#: Providers that ignore dots in the local part (and their canonical domain).
DOTLESS_DOMAINS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}
#: Header cells that name the contact column of a CSV file.
HEADER_WORDS = {
    "email",
    "e-mail",
    "mail",
    "courriel",
    "adresse",
    "address",
    "adresse_email",
    "email_address",
    "phone",
    "telephone",
    "téléphone",
    "tel",
    "tél",
    "mobile",
    "portable",
    "numero",
    "numéro",
    "number",
    "phone_number",
    "contact",
    "contacts",
    "msisdn",
    "gsm",
}

_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]+$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s().\-/]+$")
_SEPARATORS = re.compile(r"[\s.\-/]")
_FR_NATIONAL = re.compile(r"^0[1-9]\d{8}$")
_FR_E164 = re.compile(r"^\+33[1-9]\d{8}$")

Kind = Literal["email", "phone"]


class ContactError(ValueError):
    """Neither an e-mail address nor a phone number."""


@dataclass(frozen=True)
class Contact:
    kind: Kind
    value: str  # normalised


def normalise_email(raw: str) -> str:
    text = raw.strip().strip("<>").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    text = text.lower()
    if not _EMAIL.match(text):
        raise ContactError(f"{raw!r} is not a valid e-mail address")
    local, _, domain = text.rpartition("@")
    domain = domain.rstrip(".")
    if "+" in local and not local.startswith("+"):
        local = local.split("+", 1)[0]  # plus-tags reach the same mailbox
    if domain in DOTLESS_DOMAINS:
        local = local.replace(".", "")
        domain = DOTLESS_DOMAINS[domain]
    if not local:
        raise ContactError(f"{raw!r} is not a valid e-mail address")
    return f"{local}@{domain}"


def normalise_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    text = raw.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    if not _PHONE_CHARS.match(text) or sum(c.isdigit() for c in text) < 6:
        raise ContactError(f"{raw!r} is neither an e-mail address nor a phone number")
    if region == "FR":
        # Fast path for the usual French forms (what phonenumbers returns for them, 20x faster:
        # it matters for 100,000-row imports).
        compact = _SEPARATORS.sub("", text)
        if _FR_NATIONAL.match(compact):
            return "+33" + compact[1:]
        if _FR_E164.match(compact):
            return compact
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise ContactError(f"{raw!r} is not a valid phone number") from None
    if not phonenumbers.is_possible_number(number):
        raise ContactError(f"{raw!r} is not a valid phone number (wrong length)")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_contact(raw: str) -> Contact:
    """An e-mail address or phone number in the one form that is hashed. Raises ContactError."""
    if not raw or not raw.strip():
        raise ContactError("empty contact: give an e-mail address or a phone number")
    if "@" in raw:
        return Contact("email", normalise_email(raw))
    return Contact("phone", normalise_phone(raw))


class RowError(BaseModel):
    line: int
    reason: str


class ImportReport(BaseModel):
    rows: int  # contact rows read (header and blank lines excluded)
    added: int
    already_listed: int
    duplicates_in_file: int
    errors: list[RowError]
    header: bool
    seconds: float


class OptOutList:
    def __init__(self, url: str, secret: bytes) -> None:
        if not secret:
            raise ValueError("the do-not-contact list needs a secret key")
        self.url = normalise_url(url)
        self._secret = secret
        self.db = Sessions(get_engine(self.url))

    def digest(self, contact: Contact) -> str:
        return hmac.new(self._secret, contact.value.encode("utf-8"), hashlib.sha256).hexdigest()

    def _insert(self):
        insert = pg_insert if self.db.engine.dialect.name == "postgresql" else sqlite_insert
        return insert(OptOut).on_conflict_do_nothing(index_elements=["digest"])

    def add(self, contact: str) -> bool:
        """Put a contact on the list; False if it was already there. Raises ContactError."""
        parsed = normalise_contact(contact)
        with self.db.write() as session, session.begin():
            stmt = self._insert().values(
                digest=self.digest(parsed), kind=parsed.kind, added_at=utcnow()
            )
            return session.execute(stmt.returning(OptOut.digest)).first() is not None

    def remove(self, contact: str) -> bool:
        """Take a contact off the list; False if it was not there. Raises ContactError."""
        parsed = normalise_contact(contact)
        with self.db.write() as session, session.begin():
            result = session.execute(delete(OptOut).where(OptOut.digest == self.digest(parsed)))
            return result.rowcount > 0

    def contains(self, contact: str) -> bool:
        """Is this contact on the list? Something that is not a contact is on no list."""
        try:
            parsed = normalise_contact(contact)
        except ContactError:
            return False
        with self.db.read() as session, session.begin():
            found = session.scalar(
                select(OptOut.digest).where(OptOut.digest == self.digest(parsed))
            )
        return found is not None

    def count(self) -> int:
        with self.db.read() as session, session.begin():
            return int(session.scalar(select(func.count()).select_from(OptOut)) or 0)

    def import_csv(
        self, path: Path | str, progress: Callable[[int, int], None] | None = None
    ) -> ImportReport:
        """Add every contact of a CSV file (one per row, header optional).

        Every malformed row (not a contact, a bare CR inside a quoted cell, a line over
        `MAX_LINE_CHARS`…) is reported with its line number and skipped; the rest is imported.
        The import is atomic: the whole file is read and checked first, then its contacts are
        written in one transaction, so a failure leaves the list as it was (never half-written).
        Re-importing the same file adds nothing. ``progress(done, total)`` is called per batch.
        """
        started = time.perf_counter()
        text = _read_text(Path(path))
        errors: list[RowError] = []
        pending: dict[str, tuple[str, int]] = {}  # digest -> (kind, line)
        rows = duplicates = 0
        header = False
        total = 0
        for line, cells, is_header, problem in _contact_cells(text):
            total = line
            if is_header:
                header = True
                continue
            if problem:
                rows += 1
                errors.append(RowError(line=line, reason=problem))
                continue
            if not cells:
                continue
            rows += 1
            contact, reason = None, None
            for cell in cells:
                try:
                    contact = normalise_contact(cell)
                    break
                except ContactError as exc:
                    reason = reason or str(exc)
            if contact is None:
                errors.append(RowError(line=line, reason=reason or "no contact"))
                continue
            digest = self.digest(contact)
            if digest in pending:
                duplicates += 1
                continue
            pending[digest] = (contact.kind, line)

        added = 0
        if pending:
            now = utcnow()
            items = list(pending.items())
            with self.db.write() as session, session.begin():
                before = session.scalar(select(func.count()).select_from(OptOut)) or 0
                for i in range(0, len(items), BATCH):
                    batch = items[i : i + BATCH]
                    payload = [{"digest": d, "kind": k, "added_at": now} for d, (k, _) in batch]
                    session.connection().execute(self._insert(), payload)
                    if progress:
                        progress(batch[-1][1][1], total)
                after = session.scalar(select(func.count()).select_from(OptOut)) or 0
            added = int(after) - int(before)
        if progress:
            progress(total, total)
        return ImportReport(
            rows=rows,
            added=added,
            already_listed=len(pending) - added,
            duplicates_in_file=duplicates,
            errors=errors,
            header=header,
            seconds=round(time.perf_counter() - started, 3),
        )


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # spreadsheets saved in Windows-1252


def _sniff_delimiter(text: str) -> str:
    first = next((ln for ln in text[:MAX_LINE_CHARS].splitlines() if ln.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _is_header(cells: list[str]) -> bool:
    words = [c.strip().strip('"').lower() for c in cells if c.strip()]
    return (
        bool(words)
        and all("@" not in w for w in words)
        and any(w in HEADER_WORDS or w.replace(" ", "_") in HEADER_WORDS for w in words)
    )


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _contact_cells(text: str) -> Iterator[tuple[int, list[str], bool, str | None]]:
    """(line number, candidate cells, is_header, problem) per line; the header picks the columns.

    Lines are cut at LF, CRLF or a bare CR (old spreadsheet exports) and each is parsed on its
    own: one bad line is one error with its number, never the end of the import."""
    delimiter = _sniff_delimiter(text)
    columns: list[int] | None = None
    first = True
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # the file's final line break
    for line, raw in enumerate(lines, 1):
        if len(raw) > MAX_LINE_CHARS:
            yield line, [], False, f"line longer than {MAX_LINE_CHARS} characters"
            continue
        try:
            row = next(csv.reader([raw], delimiter=delimiter), [])
        except csv.Error as exc:
            yield line, [], False, f"not a CSV row ({exc})"
            continue
        cells = [c.strip() for c in row]
        if not any(cells):
            yield line, [], False, None
            continue
        if first:
            first = False
            if _is_header(cells):
                named = [
                    i
                    for i, c in enumerate(cells)
                    if c.lower() in HEADER_WORDS or c.lower().replace(" ", "_") in HEADER_WORDS
                ]
                columns = named or None
                yield line, [], True, None
                continue
        if columns is not None:
            picked = [cells[i] for i in columns if i < len(cells) and cells[i]]
        else:
            picked = [c for c in cells if c]
        yield line, picked, False, None


_lists: dict[str, OptOutList] = {}
_lists_lock = threading.Lock()


def get_optout(settings: Settings | None = None) -> OptOutList:
    """The process's do-not-contact list for the configured database (one per database URL)."""
    settings = settings or get_settings()
    url = normalise_url(settings.resolved_database_url)
    secret = load_secret(settings)
    key = f"{url}|{hashlib.sha256(secret).hexdigest()}"
    with _lists_lock:
        optout = _lists.get(key)
        if optout is None:
            if not settings.secret and not url.startswith("sqlite"):
                # Each host would generate its own key and not match the others' hashes.
                log.warning(
                    "shared database without GARDEFOU_SECRET: set the same secret on "
                    "every host using it"
                )
            optout = OptOutList(url, secret)
            _lists[key] = optout
        return optout
