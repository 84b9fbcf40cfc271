"""The evaluator: facts and a date in, the verdicts every completion of the unknown facts gives.

How ``needs_info`` is decided — by trying values, never by guessing:
the rules in force are read in order of precedence (rules/table.py); the first rule whose
condition holds decides. When a condition depends on an unknown fact, the evaluation splits on
that fact (the values that satisfy the condition against the others) and carries on in each
branch. The result is a small decision tree whose leaves cover every completion of the unknown
facts exactly once. If all leaves agree, that is the verdict, whatever the unknown facts are
(so a forbidden settled by the known facts is answered without asking more). If they disagree,
the facts split on where the subtrees disagree are the decisive ones: the answer is
``needs_info`` and asks for those facts only.

Presumptions (tables/presumptions.yaml) narrow a few unknown facts that cannot sensibly be asked
every time — the person objected, the sector, the day and hour of a call, the calls already
made in the last 30 days, where the data came from — to their ordinary values, and
``presumption_duties`` names the obligation each one creates when it could have changed the
verdict. A stated fact always counts in full.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rules.calendar import call_limit, call_time, is_public_holiday, weekday_of
from rules.conditions import DOMAINS
from rules.decision import Text
from rules.facts import Address, Audience, Facts, Weekday
from rules.params import param
from rules.table import Presumption, Rule, presumptions, rules

ELECTRONIC_CHANNELS = frozenset({"email", "sms", "fax", "automated_call", "social_dm"})
GENERIC_LOCAL_PARTS = frozenset(
    [
        "contact",
        "info",
        "infos",
        "information",
        "hello",
        "bonjour",
        "sales",
        "vente",
        "ventes",
        "commercial",
        "commerciale",
        "accueil",
        "service",
        "support",
        "admin",
        "administration",
        "office",
        "bureau",
        "team",
        "equipe",
        "marketing",
        "communication",
        "direction",
        "secretariat",
        "rh",
        "hr",
        "jobs",
        "emploi",
        "recrutement",
        "recrutements",
        "compta",
        "comptabilite",
        "facturation",
        "billing",
        "press",
        "presse",
        "webmaster",
        "noreply",
        "no-reply",
        "newsletter",
        "devis",
        "sav",
        "clients",
        "client",
        "serviceclient",
        "service-client",
        "help",
        "aide",
        "reservation",
        "reservations",
    ]
)
PERSONAL_MAIL_DOMAINS = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.fr",
        "outlook.com",
        "outlook.fr",
        "live.com",
        "live.fr",
        "msn.com",
        "yahoo.com",
        "yahoo.fr",
        "icloud.com",
        "me.com",
        "orange.fr",
        "wanadoo.fr",
        "free.fr",
        "sfr.fr",
        "neuf.fr",
        "laposte.net",
        "bbox.fr",
        "aol.com",
        "gmx.fr",
        "gmx.com",
        "protonmail.com",
        "proton.me",
    ]
)


@dataclass(frozen=True)
class World:
    """What the evaluation sees: the facts, the action date and its calendar."""

    facts: Facts
    action_date: dt.date
    weekday: Weekday | None
    holiday: bool | None
    notes: tuple[Text, ...] = ()
    #: facts the question leaves in doubt ("des travaux de rénovation": energy or not?): asked,
    #: never presumed — a presumption stands for what goes without saying, not for a doubt
    doubts: frozenset[str] = frozenset()

    def domains(
        self, law_date: dt.date, presume: bool = True, unpresume: str | None = None
    ) -> dict[str, frozenset[str]]:
        dom: dict[str, frozenset[str]] = {}
        for name, values in DOMAINS.items():
            if name == "call_time":
                known = call_time(self.weekday, self.facts.hour, self.holiday, law_date)
            elif name == "call_limit":
                known = call_limit(self.facts.calls_30d, law_date)
            elif name == "retention_expired":
                known = self.retention_expired(law_date)
            elif name == "consent_expired":
                known = self.consent_expired(law_date)
            else:
                raw = getattr(self.facts, name)
                known = raw.value if raw is not None else None
            dom[name] = frozenset({known}) if known is not None else values
        if self.facts.audience is Audience.b2c and self.facts.address is None:
            dom["address"] = dom["address"] - {"generic"}  # a consumer has no company address
        if (
            self.facts.partner_consent is not None
            and self.facts.partner_consent.value == "yes"
            and self.facts.consent is None
            and self.facts.source is not None
            and self.facts.source.value in ("purchased", "rented")
            and self.facts.channel is not None
            and self.facts.channel.value in ELECTRONIC_CHANNELS
        ):
            # consent to partners' offers is the consent for e-mail, SMS and the like (L.34-5),
            # never consent to be phoned: from 2026-08-11 that consent is "par ce moyen" (L.223-1)
            dom["consent"] = frozenset({"yes"})
        if (
            self.facts.offhours_consent is None
            and self.facts.consent is not None
            and self.facts.consent.value != "yes"
        ):
            # no (valid) consent to marketing at all: no express consent to off-hours calls either
            dom["offhours_consent"] = frozenset({"no"})
        if (
            self.facts.partner_consent is None
            and self.facts.informed is not None
            and self.facts.informed.value == "no"
        ):
            # never told at collection: they cannot have agreed to partners' offers either
            dom["partner_consent"] = frozenset({"no"})
        if presume:
            for p in applicable_presumptions(dom, self, law_date):
                if p.fact != unpresume:
                    dom[p.fact] = dom[p.fact] & frozenset(p.presumed)
        return dom

    def retention_expired(self, law_date: dt.date) -> str | None:
        """'yes' when the last active contact is older than the prospect retention period."""
        if self.facts.last_contact is None:
            return None
        years = param("keeping/prospect_years", law_date)
        if years is None:
            return "no"
        return "yes" if self.action_date > add_years(self.facts.last_contact, years) else "no"

    def consent_expired(self, law_date: dt.date) -> str | None:
        """'yes' when the consent was given more than the phone-consent validity before the call."""
        if self.facts.consent_date is None:
            return None
        months = param("phone/consent_validity_months", law_date)
        if months is None:
            return "no"  # no validity limit before the reform
        return "yes" if self.action_date > _add_months(self.facts.consent_date, months) else "no"


def _add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    for last in (day.day, 30, 29, 28):  # 31 January + 1 month -> 28/29 February
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def applicable_presumptions(
    dom: dict[str, frozenset[str]], world: World, law_date: dt.date | None = None
) -> list[Presumption]:
    found = []
    for p in presumptions():
        if law_date is not None and not p.in_force(law_date):
            continue
        if len(dom[p.fact]) == 1:
            continue  # stated (or derived): it counts in full
        if p.fact in world.doubts and len(p.presumed) == 1:
            # the question raises the doubt: ask it, never guess the one value; a presumption
            # of several values (what the doubt is not about, e.g. no press offer) still narrows
            continue
        if p.when is not None and p.when.eval(dom) is not True:
            continue
        if p.unless is not None and p.unless.eval(dom) is True:
            continue
        found.append(p)
    return found


def build_world(facts: Facts, on: dt.date, doubts: frozenset[str] = frozenset()) -> World:
    """Normalise the facts (what a contact address tells, the calendar of the action date).

    ``doubts``: an address whose kind the question doubts is not read off its domain (a sole
    trader may well use a webmail address for the business)."""
    notes: list[Text] = []
    changes: dict[str, object] = {}
    if facts.contact and "@" in facts.contact and facts.address is None and "address" not in doubts:
        local, _, domain = facts.contact.lower().rpartition("@")
        if local.split("+")[0] in GENERIC_LOCAL_PARTS:
            changes["address"] = Address.generic
            notes.append(
                Text(
                    fr=f"{facts.contact} est une adresse générique d'entreprise.",
                    en=f"{facts.contact} is a generic company address.",
                )
            )
        elif domain in PERSONAL_MAIL_DOMAINS:
            changes["address"] = Address.personal
            notes.append(
                Text(
                    fr=f"{facts.contact} est une adresse de messagerie personnelle.",
                    en=f"{facts.contact} is a personal mailbox address.",
                )
            )
    address = changes.get("address", facts.address)
    if address is Address.generic and facts.audience is None:
        changes["audience"] = Audience.b2b  # a generic address belongs to a company
    if facts.action is None and facts.comment_kind is not None:
        from rules.facts import Action

        changes["action"] = Action.crm_comment
    facts = facts.with_(**changes) if changes else facts

    action_date = facts.date or on
    if facts.date is not None:
        weekday: Weekday | None = weekday_of(facts.date)
        holiday: bool | None = is_public_holiday(facts.date)
        if facts.weekday is not None and facts.weekday is not weekday:
            notes.append(
                Text(
                    fr=f"Le {facts.date:%d/%m/%Y} est un {weekday.value}, pas un {facts.weekday.value} : "
                    "la date fait foi.",
                    en=f"{facts.date} is a {weekday.value}, not a {facts.weekday.value}: the date "
                    "prevails.",
                )
            )
    else:
        weekday, holiday = facts.weekday, None
    return World(
        facts=facts, action_date=action_date, weekday=weekday, holiday=holiday, notes=tuple(notes)
    )


# The decision tree ---------------------------------------------------------------------------


@dataclass
class Leaf:
    verdict: str | None  # None: no rule covers this completion (a gap in the tables)
    rules: tuple[Rule, ...] = ()


@dataclass
class Split:
    fact: str
    branches: list[Leaf | Split] = field(default_factory=list)
    parts: list[frozenset[str]] = field(default_factory=list)  # the values each branch takes


Tree = Leaf | Split


def active_rules(law_date: dt.date) -> list[Rule]:
    return [r for r in rules() if r.verdict != "duty" and r.in_force(law_date)]


def explore(dom: dict[str, frozenset[str]], law_date: dt.date) -> Tree:
    return _explore(active_rules(law_date), 0, dom)


def _explore(active: list[Rule], start: int, dom: dict[str, frozenset[str]]) -> Tree:
    for i in range(start, len(active)):
        rule = active[i]
        holds = rule.condition.eval(dom)
        if holds is False:
            continue
        if holds is True:
            return Leaf(rule.verdict, _co_deciding(active, i, dom))
        settled = _settled_later(active, i, dom)
        if settled is not None:
            return Leaf(active[settled].verdict, _co_deciding(active, settled, dom))
        split = rule.condition.split(dom)
        assert split is not None
        fact, values = split
        inside, outside = dom[fact] & values, dom[fact] - values
        parts = [part for part in (inside, outside) if part]
        return Split(fact, [_explore(active, i, {**dom, fact: part}) for part in parts], parts)
    return Leaf(None)


def _settled_later(active: list[Rule], i: int, dom: dict[str, frozenset[str]]) -> int | None:
    """A later rule that certainly holds, when every undecided rule before it has its verdict.

    Whichever of them fires first, the verdict is the same, so there is nothing to ask; the
    rule that certainly holds is the one that decides (consent=yes decides by R1b without
    asking whether the person is also a customer).
    """
    pending = set()
    for k in range(i, len(active)):
        holds = active[k].condition.eval(dom)
        if holds is None:
            pending.add(active[k].verdict)
        elif holds is True:
            return k if pending <= {active[k].verdict} else None
    return None


def _co_deciding(active: list[Rule], i: int, dom: dict[str, frozenset[str]]) -> tuple[Rule, ...]:
    """The deciding rule, plus for a ban the other bans that certainly hold too."""
    first = active[i]
    if first.verdict != "forbidden":
        return (first,)
    found = [first]
    for other in active[i + 1 :]:
        if other.verdict != "forbidden" or other.condition.eval(dom) is not True:
            continue
        excepted = any(other.id in e.exception_of and e.condition.eval(dom) is True for e in active)
        if not excepted:
            found.append(other)
    return tuple(found)


def leaves(tree: Tree) -> list[Leaf]:
    if isinstance(tree, Leaf):
        return [tree]
    return [leaf for branch in tree.branches for leaf in leaves(branch)]


def verdicts(tree: Tree) -> set[str | None]:
    return {leaf.verdict for leaf in leaves(tree)}


def regions(
    tree: Tree, path: dict[str, frozenset[str]] | None = None
) -> list[tuple[str | None, dict[str, frozenset[str]]]]:
    """Each leaf's verdict with the values its branch of the tree allows (fact -> values)."""
    path = path or {}
    if isinstance(tree, Leaf):
        return [(tree.verdict, path)]
    out = []
    for branch, part in zip(tree.branches, tree.parts, strict=True):
        narrowed = path.get(tree.fact, part) & part
        out += regions(branch, {**path, tree.fact: narrowed})
    return out


def flipping_facts(tree: Tree, dom: dict[str, frozenset[str]]) -> set[str]:
    """Facts that alone can flip the verdict: two completions differing only in that fact give
    different verdicts. Exact: such completions lie in two leaves whose regions are apart on that
    fact only."""
    found: set[str] = set()
    areas = regions(tree)
    for i, (v1, r1) in enumerate(areas):
        for v2, r2 in areas[i + 1 :]:
            if v1 == v2:
                continue
            apart = [
                f for f in r1.keys() | r2.keys() if not (r1.get(f, dom[f]) & r2.get(f, dom[f]))
            ]
            if len(apart) == 1:
                found.add(apart[0])
    return found


def decisive_facts(tree: Tree) -> list[str]:
    """Facts split on where the subtrees do not all give the same verdict (breadth first)."""
    found: list[str] = []
    level: list[Tree] = [tree]
    while level:
        following: list[Tree] = []
        for node in level:
            if isinstance(node, Split):
                if len(verdicts(node)) > 1 and node.fact not in found:
                    found.append(node.fact)
                following.extend(node.branches)
        level = following
    return found


def presumption_duties(
    world: World, law_date: dt.date, outcome: set[str | None]
) -> list[Presumption]:
    """The presumptions whose fact, left open, could have changed the verdict."""
    dom = world.domains(law_date, presume=False)
    mattered = []
    for p in applicable_presumptions(dom, world, law_date):
        if p.obligation is None:
            continue
        open_dom = world.domains(law_date, unpresume=p.fact)
        if verdicts(explore(open_dom, law_date)) != outcome:
            mattered.append(p)
    return mattered
