"""The sector of the offer when the law singles it out: energy renovation, home adaptation, CPF
training, other."""

from __future__ import annotations

from bot.understand.readers.match import _rx

_ENERGY = _rx(
    r"\bisolation\b",
    r"\bisoler\b",
    r"\bisolants?\b",
    r"\binsulat\w*",
    r"pompes? a chaleur",
    r"\bpac\b",
    r"heat pumps?",
    r"renovation energetique",
    r"energy (?:renovation|efficiency|saving|retrofit)",
    r"economies? d'energie",
    r"panneaux (?:solaires|photovoltaiques)",
    r"photovoltai\w*",
    r"solar panels?",
    r"\bsolaire\b",
    r"\bsolar\b",
    r"chaudieres?",
    r"\bboilers?\b",
    r"energies? renouvelables?",
    r"renewable energ\w*",
    r"ballons? thermodynamiques?",
    r"maprimerenov",
    r"audit energetique",
    r"\bcombles\b",
    r"\bvmc\b",
    r"double vitrage",
    r"double glazing",
    r"energy[- ]efficien\w* (?:windows|doors|glazing|heating|homes?|houses?|renovations?|boilers?)",
    r"fenetres? (?:\w+ )?(?:isolantes?|performantes?|basse consommation)",
    r"\bpoeles? a (?:bois|granules)",
    r"thermique",
    r"\bloft insulation\b",
    r"\bcee\b",
)


_HOME_ADAPT = _rx(
    r"adaptation (?:du|de la|des|de leur|de son|de sa) (?:logement|domicile|maison|salle de bains?|habitat)",
    r"logements? adaptes?",
    r"monte-? ?escaliers?",
    r"stair ?lifts?",
    r"douches? (?:senior|adaptee|securisee|plain-pied)",
    r"walk-?in (?:shower|bath)",
    r"baignoires? (?:a porte|adaptee)",
    r"home adaptation",
    r"perte d'autonomie",
    r"maintien a domicile",
    r"adapt\w* (?:the |their |his |her )?(?:home|house|bathroom)",
    r"(?:vieillissement|handicap|disability|disabled|old age|elderly|seniors|\bpmr\b|mobilite reduite)"
    r".{0,40}(?:logement|domicile|maison|home|travaux|works|amenagement|salle de bain)",
    r"(?:logement|domicile|maison|home|travaux|works|amenagement|salle de bain).{0,40}"
    r"(?:vieillissement|handicap|disability|disabled|old age|elderly|\bpmr\b|mobilite reduite)",
)


_CPF = _rx(
    r"\bcpf\b",
    r"compte personnel (?:de )?formation",
    r"personal training account",
    r"mon ?compte ?formation",
)


_OTHER = _rx(
    r"assurances?",
    r"insurance",
    r"mutuelles?",
    r"banques?",
    r"credits?",
    r"\bloans?\b",
    r"\bprets?\b",
    r"logiciels?",
    r"software",
    r"\bsaas\b",
    r"voyages?",
    r"\btrips?\b",
    r"holidays?",
    r"vacances",
    r"\bvins?\b",
    r"\bwines?\b",
    r"chaussures",
    r"\bshoes\b",
    r"vetements",
    r"clothes",
    r"telephonie",
    r"forfaits?",
    r"box internet",
    r"electricite",
    r"\bgaz\b",
    r"voitures?",
    r"\bcars?\b",
    r"immobilier",
    r"real estate",
    r"comptab\w*",
    r"accounting",
    r"conseil",
    r"consulting",
    r"\bproduits?\b",
    r"\bproducts?\b",
    r"\bpromo\w*",
    r"\bsoldes\b",
    r"abonnements?",
    r"subscriptions?",
    r"\bservices?\b",
    r"\bformations?\b",
    r"\btraining\b",
    r"(?<!en )(?<!au )\bcours\b",  # a course, not "en cours" (in progress)
    r"meubles",
    r"furniture",
)


def _sector(folded: str) -> str | None:
    if _CPF.search(folded):
        return "cpf"
    if _HOME_ADAPT.search(folded):
        return "home_adaptation"
    if _ENERGY.search(folded):
        return "energy_renovation"
    if _OTHER.search(folded):
        return "other"
    return None
