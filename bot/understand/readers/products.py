"""Is the offer related to what the person bought, holds or does? (fact `related_offer`)

Knowledge, not phrasing: ``lexicon/products.yaml`` names product *families* (a sofa and an
armchair are furniture; a box and its TV option are telecom and declared complements) and *job
functions* with the families tied to them (a CFO and bank reconciliation software). The reader
finds in the folded question the families named as held (bought, under contract), as offered,
or as the company's own business, and the jobs of the person, then compares them:

- ``yes`` when every offered family is one held (or a declared complement of one), or tied to the
  person's job. Both sides must be recognised: an unknown product never relates.
- ``no`` when held and offered fall in different groups, when a professional is offered
  something for their home or private life, or when a job of one business function is offered
  a business product of another one.
- nothing otherwise (the rules ask).

Pure and fast: every pattern is compiled once, when the module is imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICON = Path(__file__).resolve().parent.parent / "lexicon" / "products.yaml"

#: Small words that may sit between a cue and the product ("client de notre box").
_LINK = (
    r"(?:\s+(?:de|du|des|d'|chez|of|at|with|from|sur|on|for|pour|about|un|une|le|la|les|l'|a|an|"
    r"the|notre|nos|our|leur|leurs|their|son|sa|ses|his|her|en|in|this|that|ce|cet|cette)\b)*"
)
#: Where a cue stops reaching: the end of a sentence (not the point of an abbreviated title:
#: "le resp. maintenance", "the dir. commercial").
_SENTENCE_END = re.compile(r"(?<!\bresp)(?<!\bdir)\.|[!?;\n]")
_WORD = re.compile(r"\w+")
#: A job word that qualifies an offer ("logiciel comptable", "outils de dev"), our own staff
#: ("nos commerciaux") or the rep ("je suis comptable") is not the person's job.
_NOT_THE_PERSON = re.compile(
    r"(?:\b(?:logiciels?|outils?|solutions?|software|services?|offres?|offers?|cabinets?|gestion|"
    r"suites?|modules?|apps?|applis?|plateformes?|platforms?|programmes?|programs?|systemes?|"
    r"systems?|tools?|ecritures?|expertise|audits?|conseil|formations?|training|produits?|"
    r"products?)(?: (?:de|d'|du|des|en|for|of))?|\b(?:notre|nos|our|mon|ma|mes|my|votre|vos|your)"
    r"(?: [\w-]+)?|\b(?:je suis|i am|i'm|im|moi|je bosse comme|je travaille comme|i work as|"
    r"en tant que|as (?:a|an|the))(?: (?:un|une|le|la|a|an|the))?)\W*$"
)
#: Cue sets in the order that breaks a tie: a customer "de notre box" holds it.
_ROLE_ORDER = ("held", "holder", "company", "offered")
_ROLE_OF = {"held": "held", "holder": "held", "company": "company", "offered": "offered"}


@dataclass(frozen=True)
class Family:
    name: str
    group: str
    scope: str  # personal | business | both
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Job:
    name: str
    families: frozenset[str]
    manages: bool
    buys: bool
    pattern: re.Pattern[str]
    sells: frozenset[str] = frozenset()  # what the trade sells when it is the writer's own


@dataclass(frozen=True)
class Mention:
    family: str
    start: int
    end: int
    role: str | None  # held | offered | company | None (named, role unknown)


@dataclass(frozen=True)
class Knowledge:
    families: dict[str, Family]
    complements: frozenset[tuple[str, str]]
    jobs: tuple[Job, ...]
    workplaces: tuple[Job, ...]
    # a workplace's or trade job's name: the kinds of business it is, and the broader ones too
    kinds: dict[str, tuple[frozenset[str], frozenset[str]]]
    team_heads: frozenset[str]
    management: frozenset[str]
    personal_use: re.Pattern[str]
    cues: dict[str, tuple[re.Pattern[str], int]]
    held_after: re.Pattern[str]
    equipment_of: re.Pattern[str]
    equipment_after: re.Pattern[str]
    offered_after: re.Pattern[str] | None = None
    opening: re.Pattern[str] | None = None  # the writer's business named first, its legal form
    self_intro: re.Pattern[str] | None = None  # the writer introducing their own trade


def _words(items: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(rf"\b(?:{w})" for w in items))


@lru_cache(maxsize=1)
def knowledge(path: Path = LEXICON) -> Knowledge:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    families = {
        name: Family(name, f["group"], f["scope"], _words(f["words"]))
        for name, f in data["families"].items()
    }
    pairs = set()
    for a, b in data["complements"]:
        pairs |= {(a, b), (b, a)}
    jobs = tuple(
        Job(
            name,
            frozenset(j.get("families") or ()),
            bool(j.get("manages")),
            bool(j.get("buys")),
            _words(j["words"]),
            frozenset(j.get("sells") or ()),
        )
        for name, j in data["jobs"].items()
    )
    workplaces = tuple(
        Job(f"works in a {name}", frozenset(w["families"]), False, False, _words(w["words"]))
        for name, w in data["workplaces"].items()
    )
    kinds: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for name, w in data["workplaces"].items():
        kind = (frozenset({name}), frozenset({name, *(w.get("within") or ())}))
        kinds[f"works in a {name}"] = kind
        for job in w.get("jobs") or ():
            narrow, broad = kinds.get(job, (frozenset(), frozenset()))
            kinds[job] = (narrow | kind[0], broad | kind[1])
    roles = data["roles"]
    # "{trade}" in a cue: any word of a job or a workplace ("Auto-École du Parc (driving school)")
    trade = "|".join(
        f"(?:{w})"
        for j in (*data["jobs"].values(), *data["workplaces"].values())
        for w in j["words"]
    )
    cues = {
        role: (
            re.compile(
                "(?:"
                + "|".join(rf"\b(?:{w.replace('{trade}', trade)})" for w in spec["before"])
                + f")\\b{_LINK}"
            ),
            int(spec["gap"]),
        )
        for role, spec in roles.items()
        if role in _ROLE_OF
    }
    unknown = {f for pair in pairs for f in pair} | {
        f for j in jobs + workplaces for f in j.families
    }
    unknown |= set(data["management"]) | set(data["team_heads"])
    unknown |= {f for j in jobs for f in j.sells}
    unknown -= set(families)
    if unknown:
        raise ValueError(f"products.yaml names unknown families: {sorted(unknown)}")
    return Knowledge(
        families=families,
        complements=frozenset(pairs),
        jobs=jobs,
        workplaces=workplaces,
        kinds=kinds,
        team_heads=frozenset(data["team_heads"]),
        management=frozenset(data["management"]),
        personal_use=_words(data["personal_use"]),
        cues=cues,
        # "matériel de brasserie", "restaurant equipment": the trade names the equipment
        equipment_of=re.compile(
            r"\b(?:" + "|".join(data["equipment"]["fr"]) + r")s? (?:de |d'|pour )(?:la |le |l')?$"
        ),
        equipment_after=re.compile(
            r"^(?:'s)?(?: (?:shops?|stores?|workshops?|kitchens?))? (?:"
            + "|".join(data["equipment"]["en"])
            + r")\b"
        ),
        held_after=re.compile(
            r"\W*(?:" + "|".join(rf"(?:{w})" for w in roles["holder"]["after"]) + ")"
        ),
        offered_after=re.compile(
            r"\W*(?:" + "|".join(rf"(?:{w})" for w in roles["offered"]["after"]) + ")"
        ),
        opening=re.compile("|".join(f"(?:{w})" for w in roles["company"]["opening"])),
        self_intro=re.compile(
            "|".join(f"(?:{w.replace('{trade}', trade)})" for w in data["self_intro"])
        ),
    )


def self_intro_spans(folded: str) -> list[tuple[int, int]]:
    """The writer introducing their own trade ("Traiteur, petite boîte.", "I'm a wedding
    photographer", "je suis plombier"): spans whose trade words are ours, not the person's."""
    pattern = knowledge().self_intro
    return [m.span() for m in pattern.finditer(folded)] if pattern else []


def _ours(start: int, intro: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in intro)


def our_trade_sells(folded: str) -> frozenset[str]:
    """The families the writer's own trade sells (a caterer: meals), from their self-intro."""
    intro = self_intro_spans(folded)
    if not intro:
        return frozenset()
    sold: set[str] = set()
    for job in knowledge().jobs:
        if job.sells and any(_ours(m.start(), intro) for m in job.pattern.finditer(folded)):
            sold |= job.sells
    return frozenset(sold)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


#: A head of a business function named by what it runs: "Head of Payroll", "responsable de la
#: paie", "payroll lead", "directrice des achats": the job of the family named.
_HEAD_BEFORE = re.compile(
    r"\b(?:heads?|directors?|direct(?:eu|ri)\w*|responsables?|managers?|chefs?|vps?|"
    r"vice[- ]presidents?|leads?|gestionnaires?|chargee?s?|officers?|specialists?|specialistes?)"
    r"(?: (?:of|for|de la|de l'|des|du|de|d'|en|in charge of))? ?$"
)
_HEAD_AFTER = re.compile(
    r"^ (?:managers?|leads?|directors?|heads?|specialists?|officers?|coordinators?|team|teams|"
    r"executives?|administrators?|admins?)\b"
)


def _function_jobs(folded: str) -> list[tuple[Job, int, int]]:
    """Heads of a business function named by a family of ``products.yaml`` (business scope)."""
    found = []
    for family in knowledge().families.values():
        if family.scope == "personal":
            continue
        for m in family.pattern.finditer(folded):
            start, end = m.span()
            if end < len(folded) and folded[end].isalnum():
                continue
            before = re.search(r"\S+(?: \S+){0,3} ?$", folded[max(0, start - 40) : start])
            head = _HEAD_BEFORE.search(before.group(0)) if before else None
            after = _HEAD_AFTER.match(folded[end : end + 30])
            if head:
                start = start - (len(before.group(0)) - head.start())
            elif after:
                end += after.end()
            else:
                continue
            if _NOT_THE_PERSON.search(folded[max(0, start - 40) : start]):
                continue
            job = Job(f"head of {family.name}", frozenset({family.name}), False, False, m.re)
            found.append((job, start, end))
    return found


def job_mentions(folded: str) -> list[tuple[Job, int, int]]:
    """The jobs the question gives a person ("la responsable qualité", "des DAF", "the Head of
    Payroll")."""
    found = []
    intro = self_intro_spans(folded)
    for job in knowledge().jobs:
        for m in job.pattern.finditer(folded):
            end = m.end()
            if end < len(folded) and folded[end].isalnum():
                continue  # "dg" inside "dgfip": only whole words
            if _ours(m.start(), intro):
                continue  # "Traiteur, petite boîte.": the writer's trade, not the person's job
            if _NOT_THE_PERSON.search(folded[max(0, m.start() - 40) : m.start()]):
                continue
            if equipment(folded, m.start(), end):
                continue  # "butcher's equipment": the trade names a kind of equipment
            found.append((job, m.start(), end))
    for job, start, end in _function_jobs(folded):
        if not any(s <= start < e or start <= s < end for _, s, e in found):
            found.append((job, start, end))
    return found


#: A workplace word that qualifies an offer ("software for driving schools", "dédié aux
#: pharmacies") names the offer's market, not where the person works.
_MARKET = re.compile(
    r"\b(?:pour|for|aux|dedie\w*|destine\w*|designed|built|made)(?: (?:les|des|la|le|l'|the|all|"
    r"tous les|toutes les|small|petite?s|independent|independant\w*))?\W*$"
)
#: Our own kind of business: "on est une boulangerie", "we are a driving school".
_WE_ARE_A = re.compile(r"\b(?:on est|nous sommes|we are|we're|je suis|i am|i'm) (?:une?|a|an)\W*$")


def market_spans(folded: str) -> list[tuple[int, int]]:
    """Workplace words that name the market an offer is made for ("software for driving
    schools"): they qualify the offer, no product is offered by them."""
    spans = []
    for place in knowledge().workplaces:
        for m in place.pattern.finditer(folded):
            if _MARKET.search(folded[max(0, m.start() - 40) : m.start()]):
                spans.append(m.span())
    return spans


def equipment(folded: str, start: int, end: int) -> bool:
    """Whether the trade word at ``start:end`` names a kind of equipment, not a workplace:
    "matériel de brasserie", "four de boulangerie", "restaurant equipment", "butcher's shop
    equipment"."""
    k = knowledge()
    return bool(
        k.equipment_of.search(folded[max(0, start - 30) : start])
        or k.equipment_after.match(folded[end : end + 30])
    )


def workplace_mentions(folded: str) -> list[tuple[Job, int, int]]:
    """The businesses a person is said to work in or run, named by their kind ("the office
    manager of a dental practice", "EARL Bertin"): not our own ("notre pharmacie") nor the market
    an offer is made for ("our software for driving schools")."""
    found = []
    intro = self_intro_spans(folded)
    for place in knowledge().workplaces:
        for m in place.pattern.finditer(folded):
            end = m.end()
            if (end < len(folded) and folded[end].isalnum()) or _ours(m.start(), intro):
                continue
            before = folded[max(0, m.start() - 40) : m.start()]
            if _NOT_THE_PERSON.search(before) or _MARKET.search(before) or _WE_ARE_A.search(before):
                continue
            if equipment(folded, m.start(), end):
                continue  # "un four de boulangerie", "bakery equipment": a product's name
            found.append((place, m.start(), end))
    return found


def _trade_spans(folded: str) -> list[tuple[tuple[frozenset[str], frozenset[str]], int, int]]:
    """Workplaces and trade jobs named in the question, the longest first ("boutique de
    fleurs", not "boutique"), with the kinds of business they are."""
    k = knowledge()
    found = []
    for job in k.workplaces + k.jobs:
        kinds = k.kinds.get(job.name)
        if kinds:
            for m in job.pattern.finditer(folded):
                if m.end() < len(folded) and folded[m.end()].isalnum():
                    continue
                found.append((kinds, m.start(), m.end()))
    kept: list[tuple[tuple[frozenset[str], frozenset[str]], int, int]] = []
    for kinds, start, end in sorted(found, key=lambda f: f[1] - f[2]):
        if all(end <= s or start >= e for _, s, e in kept):
            kept.append((kinds, start, end))
    return kept


def market_fit(folded: str) -> str | None:
    """Is an offer made for a kind of business ("logiciel pour pharmacies", "POS for
    restaurants") made for the person's? 'same' when the person works in or runs one of that
    kind, 'other' when their kind is named and differs (pharmacy software to a driving school),
    'unknown' when their kind is not named; None when no offer names its market."""
    markets: set[str] = set()
    theirs: set[str] = set()
    intro = self_intro_spans(folded)
    for (narrow, broad), start, _ in _trade_spans(folded):
        before = folded[max(0, start - 40) : start]
        if _MARKET.search(before):
            markets |= narrow  # software for pharmacies: not for any shop
        elif not (
            _NOT_THE_PERSON.search(before) or _WE_ARE_A.search(before) or _ours(start, intro)
        ):
            theirs |= broad  # a pharmacist runs a shop: a till for shops fits
    if not markets:
        return None
    if markets & theirs:
        return "same"
    return "other" if theirs else "unknown"


#: A job title that heads a team ("Head of Engineering", "directrice financière", "the CTO").
_TEAM_HEAD = re.compile(
    r"\b(?:heads?|direct\w*|dir|resp|responsables?|chefs?|managers?|leads?|vps?|vice|officers?|"
    r"ceos?|ctos?|cfos?|cios?|cmos?|coos?|cpos?|dsis?|dafs?|drhs?|rrhs?|pdgs?|dg)\b"
)


def _cue_spans(folded: str) -> dict[str, list[tuple[int, int]]]:
    """Where each role's cues start and end (small linking words included), in order."""
    return {
        role: [m.span() for m in p.finditer(folded)] for role, (p, _) in knowledge().cues.items()
    }


#: The product named as what people are customers of: "freight customers", "box subscribers".
_ITS_CUSTOMERS = re.compile(r" (?:customers?|clients|subscribers?)\b")


def _role(folded: str, start: int, end: int, cues: dict[str, list[tuple[int, int]]]) -> str | None:
    """The role of the product at ``start:end``: that of the nearest cue before it in the
    sentence; at the same distance the longer cue ("client de notre box", "proposer un
    abonnement box"), then held before company before offered."""
    k = knowledge()
    if _ITS_CUSTOMERS.match(folded, end):
        return "held"  # "our freight customer list", "our box subscribers": what they hold
    sentence = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    best: tuple[int, int, int, str] | None = None
    for rank, role in enumerate(_ROLE_ORDER):
        _, gap = k.cues[role]
        spans = [(s, e) for s, e in cues[role] if sentence < e <= start]
        if not spans:
            continue
        cue_start, cue_end = spans[-1]
        skipped = len(_WORD.findall(folded, cue_end, start))
        key = (skipped, cue_start, rank, role)
        if skipped <= gap and (best is None or key[:3] < best[:3]):
            best = key
    if best is not None:
        return _ROLE_OF[best[3]]
    if k.held_after.match(folded, end, min(len(folded), end + 60)):
        return "held"  # "box internet contract", "un canapé qu'elle a acheté"
    if k.offered_after and k.offered_after.match(folded, end, min(len(folded), end + 40)):
        return "offered"  # "la box édition Noël": a new edition of a product is offered
    opening = k.opening.match(folded) if k.opening else None
    if opening and end <= opening.end():
        return "company"  # "Salle de sport indé (SARL). …": our own business, named first
    return None


def mentions(folded: str, masked: str | None = None) -> list[Mention]:
    """Every product family named in the question, the longest match first, with its role."""
    text = folded if masked is None else masked
    raw = []
    for family in knowledge().families.values():
        for m in family.pattern.finditer(text):
            end = m.end()
            if end < len(text) and text[end].isalnum():
                continue
            raw.append((m.start(), end, family.name))
    kept: list[tuple[int, int, str]] = []
    # one word in two families ("un buffet": a sideboard or a caterer's meal): what our own trade
    # sells first, else the families' order
    sold = our_trade_sells(folded) if raw else frozenset()
    raw.sort(key=lambda r: r[2] not in sold)
    for start, end, name in sorted(raw, key=lambda r: (-(r[1] - r[0]), r[0])):
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, name))
    kept.sort()
    kept = _same_head(text, kept)
    cues = _cue_spans(folded) if kept else {}
    return [Mention(name, s, e, _role(folded, s, e, cues)) for s, e, name in kept]


def _same_head(text: str, kept: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A bare head noun named again after a fuller mention ("notre box beauté … la box édition
    Noël", "our wine box … the box") is that product again: it takes the fuller one's family."""
    out: list[tuple[int, int, str]] = []
    for start, end, name in kept:
        word = text[start:end]
        if " " not in word:
            for s, e, n in out:
                fuller = text[s:e]
                if n != name and (fuller.startswith(word + " ") or fuller.endswith(" " + word)):
                    name = n
        out.append((start, end, name))
    return out


def _related_to_jobs(family: str, jobs: list[Job]) -> bool:
    k = knowledge()
    scope = k.families[family].scope
    for job in jobs:
        if family in job.families:
            return True
        if job.manages and family in k.management:
            return True
        if job.buys and scope == "business":
            return True
    return False


def for_private_life(folded: str) -> bool:
    """The offer is said to be for the person's home or private life ("pour sa maison")."""
    return bool(knowledge().personal_use.search(folded))


#: A purchase said only to be made from us ("les clients qui commandent en ligne", "who ordered
#: from us"): no other product bought, our own business is what they hold.
_FROM_US = re.compile(
    r"\w+ (?:en ligne|online|chez nous|aupres de nous|sur (?:notre|le) site|with us|from us|"
    r"on (?:our|the) (?:site|website|app))\b"
)


def relation(folded: str, professional: bool = False, ours_offered: bool = False) -> str | None:
    """'yes', 'no' or None: does the offer relate to what the person holds or does?

    ``ours_offered``: an offer of ours naming no product is made ("notre offre de la semaine"):
    what the company sells is then the offer, read only to tie it to the person's job."""
    k = knowledge()
    found_jobs = job_mentions(folded)
    heads = any(_TEAM_HEAD.search(folded[s:e]) for _, s, e in found_jobs)
    if professional:
        # the business they work in: its equipment, supplies and software relate to their job
        found_jobs += workplace_mentions(folded)
    jobs = [j for j, _, _ in found_jobs]
    if (jobs or professional) and for_private_life(folded):
        return "no"  # a professional offered something for their home or private life
    masked = _blank(folded, [(s, e) for _, s, e in found_jobs])
    if professional:
        masked = _blank(masked, market_spans(folded))
    named = mentions(folded, masked)
    offered = [m.family for m in named if m.role == "offered"]
    held = [m.family for m in named if m.role == "held"]
    company = [m.family for m in named if m.role == "company"]
    if not held and not offered and company and not jobs:
        return None
    # "je suis grossiste en fleurs coupées … notre offre de la semaine" to a florist: what we
    # sell is what is offered; a plain tie to the job only, never a reason to say no
    # "we sell plumbing supplies … a plumber, fine?": to a professional, with no other product
    # named, what we sell is what we would pitch
    implied = (ours_offered or professional) and jobs and not offered and not held and bool(company)
    if implied:
        offered = company
    # "on est une salle de sport": what its members hold — unless the question names a purchase
    # of something else, or a professional's job
    bought_other = any(
        not _FROM_US.match(folded, m.start()) for m in knowledge().cues["held"][0].finditer(folded)
    )
    base = held or ([] if jobs or bought_other else company)
    if offered:

        def related(family: str) -> bool:
            if any(family == h or (h, family) in k.complements for h in base):
                return True
            if heads and family in k.team_heads:
                return True  # a head of a team hires for it
            return bool(jobs) and _related_to_jobs(family, jobs)

        if all(related(f) for f in offered):
            return "yes"
        if implied or any(related(f) for f in offered):
            return None
        scopes = {k.families[f].scope for f in offered}
        if jobs and scopes == {"personal"}:
            return "no"  # a holiday trip to a production director
        if jobs and scopes == {"business"} and not any(j.manages or j.buys for j in jobs):
            return "no"  # payroll software to a quality manager
        groups = {k.families[f].group for f in offered}
        if base and not groups & {k.families[h].group for h in base}:
            return "no"  # travel insurance to the buyer of a mattress
        return None
    company_groups = {k.families[f].group for f in company}
    if held and company and not company_groups & {k.families[h].group for h in held}:
        return "no"  # "we sell windows… customers who bought a sofa": what we sell is the offer
    return None
