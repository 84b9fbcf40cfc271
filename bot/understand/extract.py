"""Deterministic extraction of the `Facts` of a case from a French or English question.

Each fact family has its own reader in ``readers/`` (its words in ``lexicon/<family>.yaml``): a
small function over the *folded* question (see `text.fold`), word patterns for each value looked
for clause by clause, with a negation cue just before a match turning "a donné son accord" into
its opposite ("ne m'a jamais donné son accord"). Nothing is guessed beyond the words: a fact
that is not stated stays unknown and the rules ask for it. This module is the engine: it calls
the readers and settles together the facts that bear on one another.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bot.understand.context import Span, plain_text, spans
from bot.understand.corrections import retracted_belief, self_correction
from bot.understand.evidence_rules import ignored, is_permissive, kept_when_unknown, needs_plain
from bot.understand.hearsay import claim_spans, header_contacts, list_offered
from bot.understand.lexicon import words as _words
from bot.understand.persons import focus, others_named, target, unnamed
from bot.understand.readers.action import _action
from bot.understand.readers.address import address_of_all, contacts
from bot.understand.readers.advantage import read_advantage
from bot.understand.readers.audience import (
    _B2B_ORG,
    _B2C,
    _SOLE_TRADER,
    _WORKS_ALONE,
    _audience,
    _named_role,
    mask_not_the_person,
    settled_audience,
)
from bot.understand.readers.bloctel import _bloctel
from bot.understand.readers.calls import (
    _BOSS_WANTS,
    _CALLBACK,
    _calls_30d,
    callback_stated,
    without_calls_made,
)
from bot.understand.readers.channel import _channel as _channel  # re-exported
from bot.understand.readers.channel import _channel_asked
from bot.understand.readers.comments import _comment_kind
from bot.understand.readers.consent import (
    _COLD,
    _CONSENT_YES,
    _ELECTRONIC,
    _NO_PROOF,
    LEAD_FORM,
    ORIGIN_UNKNOWN,
    _consent,
    _consent_elsewhere,
    consent_means_unnamed,
)
from bot.understand.readers.consent import consent_condition as consent_condition  # re-exported
from bot.understand.readers.content import _SEND, _message_content
from bot.understand.readers.customer import (
    _BARE_SUBSCRIBERS,
    _NEWSLETTER_SUBS,
    _customer,
    _ongoing,
    mask_followers,
    runs_until_future,
)
from bot.understand.readers.dates import (
    _DAY_MONTH,
    _ISO,
    _MONTH_DAY,
    _NOTHING_SINCE,
    _WEEKDAY_SLASH,
    _consent_date,
    _date,
    _last_contact,
    _relative_day,
    _weekday,
)
from bot.understand.readers.doubted import conditions_in_doubt, ended_in_doubt
from bot.understand.readers.hours import _hour
from bot.understand.readers.informed import (
    _informed,
    _objected,
    did_object,
    free_account_open,
    free_account_sale,
    objector_in_doubt,
    objectors_removed,
    on_objection_list,
    refusal_box,
    removed_themselves,
    told_at_first_contact_plainly,
)
from bot.understand.readers.match import _hits, _yes_no
from bot.understand.readers.offhours import _offhours_consent
from bot.understand.readers.other_company import (
    consent_not_ours,
    consent_to_another,
    group_consent_unnamed,
    group_wide,
    named_among_partners,
)
from bot.understand.readers.partners import _partner_consent
from bot.understand.readers.records import record_facts, without_labels
from bot.understand.readers.related import _related, bought_from_group, private_life_offer
from bot.understand.readers.renewed import consent_renewed
from bot.understand.readers.sector import _sector
from bot.understand.readers.source import (
    _HANDED_OVER,
    _NOT_A_SALE,
    _PROFILES,
    _WORK_SOURCE,
    _source,
    details_of_people,
)
from bot.understand.text import clauses, fold, negated
from rules.facts import Facts

#: The rep says an alternative is still open ("je sais pas encore", "not sure").
_OPEN_DOUBT = _words("audience", "open_doubt")

#: A box described on a form ("our sign-up has a checkbox", "notre formulaire comporte une case")
#: and the person's tick of it said after.
_BOX_ON_FORM = re.compile(r"box|case|opt-?in")
_BOX_TICKED_AFTER = _words("consent", "box_ticked_after")

#: Our company or the partners named at collection (the condition of a partner consent, R11).
_US_NAMED = _words("partners", "us_named")

#: The means whose consent must name them (L.223-1 for calls since 2026-08-11; L.34-5 for SMS).
_MEANS_NAMED = ("phone", "sms")


def extract(question: str, on: dt.date, context: Facts | None = None) -> Facts:
    """The facts stated in ``question`` (anything else stays unknown).

    A value that can lead towards `allowed` is kept only when it is stated plainly: read again
    with the words under a negation, a possibility, a hypothesis, a mechanism, a claim… cut away
    (`context.plain_text`), the question must still give it. Otherwise it stays unknown and the
    rules ask (asymmetric evidence, ``lexicon/evidence.yaml``).
    """
    correction = self_correction(question)
    if correction is not None:
        return _corrected(question, correction, on, context)
    return _extract(question, on, context)


def _extract(question: str, on: dt.date, context: Facts | None = None) -> Facts:
    question = focus(question)  # several persons: the words about the one the action targets
    folded = fold(question)
    found = spans(folded) + claim_spans(folded)  # a seller's or a forwarded sender's words too
    if _BOX_TICKED_AFTER.search(folded):
        # "the form had an unticked box '…' which she ticked": the box described is the one the
        # person used, no mere mechanism of the form
        found = [
            s for s in found if not (s.category == "mechanism" and _BOX_ON_FORM.search(s.trigger))
        ]
    running = runs_until_future(folded, on)
    if running:
        # "contrat en cours jusqu'en mars 2027": an end still to come is no contract ended
        found = [
            s
            for s in found
            if s.category != "historical" or not any(a < s.end and s.start < b for a, b in running)
        ]
    skip = ignored()
    if any(s.category in skip for s in found):
        # a claim of approval says nothing about the case: read the rest only
        read = _read(plain_text(folded, found, skip), on, context)
        whole = _read(question, on, context).known()
        # a claim of compliance is no fact, but what it is said of is: "their crawler collected
        # them… so it's GDPR compliant", "sa base de particuliers est 100% RGPD" still say how
        # the data were got and whose they are; a restrictive value read there stands
        approved = _read(plain_text(folded, found, skip - {"approval"}), on, context).known()
        kept = {
            k: v
            for k, v in whole.items()
            if read.known().get(k) is None
            and not is_permissive(k, v)
            and (k in kept_when_unknown() or approved.get(k) == v)
        }
        if kept:
            # "not sure if she unsubscribed": the rules read no objection as none made, so the
            # doubt keeps the restrictive reading rather than none
            read = Facts.model_validate({**read.model_dump(exclude_none=True), **kept})
    else:
        read = _read(question, on, context)
    facts = _asserted(read, folded, found, on, context)
    facts = conditions_in_doubt(folded, facts)  # "je sais pas si notre société était citée"
    # "je sais pas s'il est encore actif ou s'il a résilié": ended or not, asked
    facts = ended_in_doubt(folded, found, facts, lambda text: _read(text, on, context))
    if facts.consent_for_advantage is None and facts.advantage_without_consent is not None:
        # an advantage open without consenting says something only of a consent given for it (R8)
        facts = facts.with_(advantage_without_consent=None)
    if (
        facts.consent is not None
        and facts.consent.value == "yes"
        and consent_condition(folded) == "unclear"
    ):
        # "je sais pas si la case était obligatoire pour jouer": the doubt set aside above as
        # unknown is what decides the consent (R8), so it stays asked
        facts = Facts.model_validate({**facts.model_dump(exclude_none=True), "consent": None})
    if facts.objected is not None and facts.objected.value == "yes" and objector_in_doubt(folded):
        # an opt-out on record that may be a namesake's: asked (doubts.py), neither kept nor dropped
        facts = facts.with_(objected=None)
    if facts.objected == "yes" and facts.consent == "yes" and consent_renewed(folded):
        # "unsubscribed in March, ticked the box himself in October": the plain later consent
        # supersedes the objection (a renewed objection after it would be read last)
        facts = Facts.model_validate({**facts.model_dump(exclude_none=True), "objected": None})
    if facts.objected is None and objectors_removed(folded, found):
        # "everyone who objected has been removed": those left, the ones contacted, did not object
        facts = Facts.model_validate({**facts.model_dump(exclude_none=True), "objected": "no"})
    if facts.customer is None and facts.informed == "yes" and free_account_sale(folded):
        # a free account whose holder was told at sign-up and could object: the CJEU reads it as
        # collected in the context of a sale (R2b); unknown otherwise, and then asked
        facts = Facts.model_validate({**facts.model_dump(exclude_none=True), "customer": "yes"})
    elif facts.customer == "no" and facts.informed is None and free_account_open(folded):
        # a free account with no word of the sign-up's information: a sale or not is what the
        # rules ask (R2b), not a plain "no" (no opt-in box leaves the customer route open)
        facts = Facts.model_validate({**facts.model_dump(exclude_none=True), "customer": None})
    if target(question) is None and others_named(question):
        # several persons and the action names none: what one of them agreed to is not the case's
        bare = _read(unnamed(question), on, context).known()
        drop = {
            k: None for k, v in facts.known().items() if is_permissive(k, v) and bare.get(k) != v
        }
        if drop:
            facts = Facts.model_validate({**facts.model_dump(exclude_none=True), **drop})
    return facts


#: Conditions of a consent that words taken back may have named (R8: a game or a discount).
_TAKEN_BACK_CONDITIONS = ("consent_for_advantage", "advantage_without_consent")


def _corrected(
    question: str, correction: tuple[str, str, str], on: dt.date, context: Facts | None
) -> Facts:
    """A self-correction ("…de notre formulaire... ah non attends, c'est un fichier acheté"): the
    facts the words after the marker state again are read without the words taken back; every
    other fact is read from the whole question (a correction naming no sector keeps the sector),
    except a value towards `allowed` that only the words taken back give."""
    kept, taken_back, said_again = correction
    again = _read(said_again, on, context).known()
    restated = set(again)
    if retracted_belief(taken_back):
        # "je pensais qu'il s'était désinscrit, en fait non": a belief said to be wrong is read
        # for nothing at all
        return extract(kept, on, context)
    if not restated:
        return _extract(question, on, context)
    whole = _extract(question, on, context).known()
    corrected = extract(kept, on, context).known()
    # a value towards `allowed` that only the words taken back give is no plain statement
    merged = {
        k: v
        for k, v in whole.items()
        if k not in restated
        and (not is_permissive(k, v) or corrected.get(k) == v)
        # a condition read only in the words taken back ("via notre jeu concours… non, pas le
        # jeu concours") was said not to hold
        and not (k in _TAKEN_BACK_CONDITIONS and corrected.get(k) is None)
    }
    merged.update({k: v for k, v in corrected.items() if k in restated})
    for k, v in again.items():
        if merged.get(k) != v and not is_permissive(k, v):
            # "une cliente qui a consenti... ah non, c'est une prospecte": the restrictive value
            # said again wins over a word left before the words taken back
            merged[k] = v
    return Facts.model_validate(merged)


def _read(question: str, on: dt.date, context: Facts | None = None) -> Facts:
    """Every value the words of ``question`` point to, before asymmetric evidence.

    ``context`` (the facts of the thread) only helps read the question — "what if it's a holiday
    trip?" after a case about a professional is an unrelated offer — it is not merged here.
    """
    lines = "\n".join(fold(line) for line in question.splitlines())
    # a pasted record's labels ("Customer:", "Bloctel :", "Phone consent:") state nothing by
    # themselves: the readers read the values, `record_facts` the fields
    folded = fold(without_labels(lines))
    cls = clauses(folded)
    headers = header_contacts(question)  # "De : commercial@vendor.fr": the sender, not the person
    found = [c for c in contacts(question) if len(c) <= 320 and fold(c) not in headers]
    address, contact = address_of_all(folded, found)
    action = _action(folded)
    values: dict[str, Any] = {
        "action": action,
        "channel": _channel_asked(folded),
        "audience": _audience(cls, folded),
        "contact": contact,
    }
    values["address"] = address
    if values["address"] == "generic" and (
        _SOLE_TRADER.search(who := mask_not_the_person(folded)) or _WORKS_ALONE.search(who)
    ):
        # a one-person business: its contact@ mailbox is that person's (personal data, R5/R6)
        values["address"] = "professional"
    if values["address"] == "generic" and values["audience"] is None and contact and "@" in contact:
        values["audience"] = "b2b"  # contact@company: a company's mailbox
    # "our newsletter subscribers… the subscribers": the same people, who hold no contract
    buyer_text = (
        _BARE_SUBSCRIBERS.sub("inscrits", folded) if _NEWSLETTER_SUBS.search(folded) else folded
    )
    # "nos abonnés Insta": the followers of an account, who bought nothing and hold no contract
    if (unfollowed := mask_followers(buyer_text)) != buyer_text:
        buyer_text = unfollowed
    buyer_cls = clauses(buyer_text) if buyer_text is not folded else cls
    # a pasted record's fields ("Customer: no | Phone consent: no"), read line by line
    record = record_facts(lines, values["channel"])
    values["customer"] = _field(record, "customer", _customer(buyer_cls, buyer_text))
    if values["audience"] is None and values["customer"] == "yes" and not _B2B_ORG.search(folded):
        values["audience"] = "b2c"  # a buyer with no sign of a business: the stricter regime
    values["ongoing_contract"] = _ongoing(buyer_cls, buyer_text, on)
    if values["ongoing_contract"] == "yes" and values["customer"] is None:
        values["customer"] = "yes"  # a contract with us makes a customer
        if values["audience"] is None and not _B2B_ORG.search(folded):
            values["audience"] = "b2c"  # as for a buyer: no sign of a business, the stricter regime
    audience = values["audience"] or (
        context.audience.value if context and context.audience else None
    )
    values["related_offer"] = _related(cls, folded, audience)
    values["source"] = _field(
        record, "source", _source(folded, action == "share_list", values["channel"])
    )
    if values["source"] not in ("purchased", "rented", "scraped") and list_offered(folded):
        # a list offered to us for sale ("0,08 €/contact", "offre fichier"): bought, whatever the
        # seller says of its own collection form
        values["source"] = "purchased"
    if values["source"] == "referral" and _HANDED_OVER.search(folded):
        # "a customer gave me her sister's number": the customer is who handed it over
        values["customer"] = values["ongoing_contract"] = None
    if values["customer"] is None and (
        values["source"] in _NOT_A_SALE or (values["audience"] == "b2c" and _B2C.search(folded))
    ):
        # Contacts from a list, the web or an event, or "consumers" with no word of a purchase:
        # not collected during a sale, so no soft opt-in (the stricter reading).
        values["customer"] = "no"
    if (
        values["address"] is None
        and values["audience"] == "b2b"
        and (
            _WORK_SOURCE.search(folded)
            or (
                values["channel"] in ("email", "social_dm")
                and _named_role(cls)
                and not _SOLE_TRADER.search(folded)
            )
        )
    ):
        # Found on their company's site or card, or written to a named role ("the HR manager"):
        # a named work address, not a generic mailbox. Sole traders stay asked (R6).
        values["address"] = "professional"
    if values["address"] is None and values["source"] == "scraped" and _PROFILES.search(folded):
        # details lifted from people's profiles name a person: no company's generic mailbox
        values["address"] = "professional" if "linkedin" in folded else "personal"
    if values["address"] is None and values["source"] == "scraped" and details_of_people(folded):
        # "the emails of 800 estate agents": persons' addresses, at work (stricter only: R14)
        values["address"] = "professional"
    values["consent"] = _field(record, "consent", _consent(cls, folded))
    if (
        values["consent"] == "yes"
        and values["source"] == "referral"
        and _HANDED_OVER.search(folded)
    ):
        # details passed on by someone else: a consent told is the giver's, not this person's
        values["consent"] = None
    # consent as the price of a discount or a game, and whether one could do without (R8)
    values["consent_for_advantage"], values["advantage_without_consent"] = read_advantage(folded)
    if (
        values["consent"] is None
        and values["source"] in ("scraped", "directory", "social", "referral")
        and not (values["source"] == "social" and LEAD_FORM.search(folded))
    ):
        # details picked up where they were published, or given by someone else: nobody consented
        values["consent"] = "no"
    if (
        values["consent"] == "yes"
        and values["channel"]
        and _consent_elsewhere(cls, values["channel"], folded)
    ):
        # "consented to our newsletter by e-mail… can I call him?": consent is given per means,
        # and one to another means is none to this one
        values["consent"] = "no"
    if values["consent"] == "yes" and (
        consent_to_another(folded) or consent_not_ours(folded, _CONSENT_YES)
    ):
        # "accord à notre filiale", "opted in with our sister brand": a consent names the company
        # it is given to, and ours is not that one (R1b, R11): none to us — unless it was worded
        # for the whole group ("les offres du groupe"), which may have named us: asked
        values["consent"] = None if group_wide(folded) else "no"
    if (
        values["consent"] == "yes"
        and group_consent_unnamed(folded)
        and not _US_NAMED.search(folded)
        and named_among_partners(folded) is not True
    ):
        # "ticked 'offers from the group' on our parent's site": a consent that names no company
        # of the group, or one given to another of them, says nothing plainly of us (asked)
        values["consent"] = None
    values["partner_consent"] = _field(record, "partner_consent", _partner_consent(cls, folded))
    if _NO_PROOF.search(folded):
        for key in ("consent", "partner_consent"):
            if values[key] == "yes":
                values[key] = "no"
    if ORIGIN_UNKNOWN.search(folded):
        # "opt-in = oui… personne sait d'où ça vient": a consent nobody can trace is no plain
        # statement (GDPR art. 7(1)), asked rather than taken
        for key in ("consent", "partner_consent"):
            if values[key] == "yes":
                values[key] = None
    if (
        values["consent"] is None
        and values["channel"] == "phone"
        and values["partner_consent"] == "yes"
    ):
        values["consent"] = (
            "no"  # partners' offers accepted: no consent to be phoned (given per means)
        )
    if (
        values["partner_consent"] == "yes"
        and values["source"] in ("purchased", "rented")
        and not _US_NAMED.search(folded)
        and named_among_partners(folded) is not True
    ):
        # "ticked 'I agree to receive partner offers'" on a list we buy: a partner consent counts
        # only where the partners (or we) were named at collection (R11), which is asked
        values["partner_consent"] = None
    if (
        values["partner_consent"] is None
        and values["source"] in ("purchased", "rented")
        and values["consent"] in ("no", "unknown")
    ):
        # the consent a bought list needs is the partners' one: none, or none that can be shown
        values["partner_consent"] = "no"
    if any(not negated(c.text, m.start(), window=12) for c, m in _hits(cls, _COLD)):
        # a cold call or e-mail: nobody asked for it and there is no relationship (stricter only)
        for key in ("consent", "customer", "ongoing_contract"):
            if values[key] is None:
                values[key] = "no"
    # who the person is for this action, now that the offer, address and consent are read
    # reached at work: read as b2b, or written to at a professional address (whatever the
    # offer's own target, "a gift box for consumers" sent to a CIO's work address)
    at_work = values["audience"] == "b2b" or values["address"] == "professional"
    values["audience"] = settled_audience(values, cls, folded)
    if (
        values["consent"] == "yes"
        and values["channel"] in _MEANS_NAMED
        and values["audience"] == "b2c"
        and consent_means_unnamed(cls, folded)
    ):
        # "elle a donné son accord pour recevoir nos offres, je peux l'appeler ?": a consent
        # naming no means is no plain consent to this one (given per means): asked
        values["consent"] = None
    callback = _yes_no(cls, _CALLBACK)
    if callback is None and _CALLBACK.search(folded):
        callback = "yes"  # "demande de devis et rappel": the pattern spans a clause break
    if callback == "yes" and not callback_stated(folded):
        callback = None  # "if he asked to be phoned", "did he ask…?", "his wife asked…"
    if callback == "yes" and _BOSS_WANTS.search(folded):
        callback = (
            None  # "mon manager veut qu'on appelle…": our side wants the call, not the person
        )
    values["callback"] = callback
    if values["channel"] in ("phone", None) or callback:
        values["calls_30d"] = _calls_30d(folded, on)
    values["informed"] = _informed(cls, folded)
    if (
        values["informed"] is None
        and values["consent"] == "bundled"
        and values["audience"] != "b2b"
    ):
        # the offers made part of the terms or the price of an advantage: nobody could refuse
        # them when the details were given (no soft opt-in either, R2)
        values["informed"] = "no"
    values["objected"] = _field(record, "objected", _objected(cls, folded))
    values["bloctel"] = _field(record, "bloctel", _bloctel(cls, folded))
    if values["partner_consent"] is None and action == "share_list" and values["informed"] == "no":
        values["partner_consent"] = "no"  # told nothing at collection: nobody accepted partners
    if values["partner_consent"] is None and action == "share_list" and values["consent"] == "no":
        # "they never gave us any consent", and our group company wants to text them: no partner
        # consent was named either (stricter only)
        values["partner_consent"] = "no"
    if values["consent"] is None and (
        values["informed"] == "no"
        or (
            values["informed"] == "yes"
            and at_work
            and (
                values["audience"] == "b2c"
                # an offer outside their job, said without doubt ("je sais pas encore si…")
                or (values["related_offer"] == "no" and not _OPEN_DOUBT.search(folded))
            )
        )
        or (
            values["informed"] == "yes"
            and (values["customer"] == "yes" or bought_from_group(cls, folded))
        )
        # reached at work with an offer for their private life (a family holiday to a CFO at
        # her work address): nothing of the B2B story asks a consent (stricter only)
        or (
            at_work
            and values["related_offer"] == "no"
            and private_life_offer(folded)
            and not _OPEN_DOUBT.search(folded)
        )
    ):
        # Told nothing at collection: nobody consents to what they were not told of. Told of
        # offers during a sale (ours, or another company's of the group): the soft opt-in
        # story, in which no consent was asked. Told at work of offers for their trade, now
        # offered something of their private life: the B2B story, no consent asked either.
        values["consent"] = "no"
    values["sector"] = (
        _sector(folded, values["audience"] == "b2b") if action != "crm_comment" else None
    )
    values["date"] = _date(without_calls_made(folded), on)  # not the day of a call already made
    values["weekday"] = _weekday(folded)
    if values["date"] is not None and (
        _DAY_MONTH.search(folded)
        or _MONTH_DAY.search(folded)
        or _ISO.search(folded)
        or _WEEKDAY_SLASH.search(folded)
    ):
        # "il nous a appelés jeudi… rappeler samedi 5 décembre": the day of the action is the date's
        values["weekday"] = values["date"].strftime("%A").lower()
    values["hour"] = _hour(folded, values["date"] or on)
    if values["channel"] in ("phone", None):
        values["offhours_consent"] = _offhours_consent(cls)
    values["last_contact"] = _last_contact(folded, on)
    if (
        values["ongoing_contract"] is None
        and values["customer"] == "yes"
        and values["last_contact"]
        and _NOTHING_SINCE.search(folded)
    ):
        values["ongoing_contract"] = "no"  # a dated purchase and nothing since: nothing running
    values["consent_date"] = _consent_date(folded, on)
    if values["date"] is not None and (
        values["date"] in (values["consent_date"], values["last_contact"]) or values["date"] < on
    ):
        # "a coché le 3 octobre … je l'appelle demain ?": that date (the event's, or any day
        # already past) is not the action's day, which is the relative one ("ce jeudi")
        relative = _relative_day(folded, on)
        if relative is not None:
            values["date"] = relative
            values["weekday"] = relative.strftime("%A").lower()
        elif values["date"] in (values["consent_date"], values["last_contact"]):
            # "dernier contact : réponse mail 2022-05-10 … je le remets dans la campagne ?": the
            # only date is the event's; the action is on the day asked for (the default)
            values["date"] = None
            values["weekday"] = _weekday(folded)
    if action == "crm_comment":
        values["comment_kind"] = _comment_kind(folded)
        # the words of a note are what is written about the person, not facts of a contact to
        # make: "asked to be called back" in a note is no call-back, channel or consent
        for key in (
            "channel",
            "consent",
            "callback",
            "partner_consent",
            "consent_for_advantage",
            "advantage_without_consent",
        ):
            values[key] = None
    if values["channel"] in _ELECTRONIC:
        values["message_content"] = _message_content(folded)
    if action == "share_list" and values["channel"] is None:
        values["channel"] = "email"
    if (
        values["channel"] is None
        and contact
        and "@" in contact
        and action is None
        and _SEND.search(folded)
    ):
        values["channel"] = "email"  # something to send to an e-mail address goes by e-mail
    return Facts(**{k: v for k, v in values.items() if v is not None})


def _field(record: dict[str, str], key: str, read: Any) -> Any:
    """``read`` (what the sentences say) with a pasted record's field for ``key``: the field
    fills what the sentences leave unknown, and its restrictive value beats theirs (asymmetric:
    "Customer: no" beside "a customer of ours" stays no)."""
    value = record.get(key)
    if value is None or (read is not None and is_permissive(key, value)):
        return read
    return value


def _asserted(
    read: Facts, folded: str, found: list[Span], on: dt.date, context: Facts | None
) -> Facts:
    """``read`` without the values that need a plain statement and have none (see `extract`)."""
    known = read.known()
    wanted = {k: needs_plain(k, v) for k, v in known.items()}
    wanted = {k: cats for k, cats in wanted.items() if cats}
    if not wanted or not found:
        return read
    update: dict[str, Any] = {}
    rereads: dict[str, dict[str, Any]] = {folded: known}

    def reread(cats: frozenset[str]) -> dict[str, Any]:
        # many category sets cut the same words: read each distinct text once
        text = plain_text(folded, found, cats)
        if text not in rereads:
            rereads[text] = _read(text, on, context).known()
        return rereads[text]

    for key, cats in wanted.items():
        cats = cats | ignored()
        if reread(cats).get(key) == known[key]:
            continue
        if key == "objected" and known[key] == "yes" and on_objection_list(folded):
            continue  # "checked the opt-out list and he is on it": the objection, recorded
        if key == "objected" and did_object(folded):
            continue  # "could opt out and did": the possibility, then the event itself
        if (
            key == "objected"
            and known[key] == "yes"
            and removed_themselves(folded, found)
            and reread(cats - {"removed"}).get(key) == "yes"
        ):
            continue  # "he unsubscribed and was taken off the list; can I still email him?"
        cut = [(s.start, s.end) for s in found if s.category in cats]
        if (
            key == "informed"
            and known[key] == "yes"
            and (told_at_first_contact_plainly(folded, cut) or refusal_box(folded, cut))
        ):
            # "the message says where I found her profile and that if she replies 'no thanks'
            # she won't hear from us again", "a 'don't send me offers' box": the condition and
            # the negation are what is told
            continue
        # Not stated plainly. What the rest says, negations kept, may still settle it the
        # strict way ("never agreed… the broker says they consented": no consent).
        other = reread(cats - {"negated"}).get(key)
        update[key] = other if other is not None and not needs_plain(key, other) else None
    if not update:
        return read
    return Facts.model_validate({**read.model_dump(exclude_none=True), **update})
