"""A batch of realistic questions for the latency bench: generated, varied, reproducible.

Combines channels, audiences, where the contact came from and what the rep knows, in French and in
English, the way reps phrase them. None is an evaluation case; the mix only has to look like a
working day (most questions settle a verdict, some lack a fact, some ask for general figures).
"""

from __future__ import annotations

import random

_FR_ACTIONS = [
    "envoyer un email de prospection à",
    "envoyer un SMS promotionnel à",
    "appeler",
    "envoyer un courrier publicitaire à",
    "contacter sur LinkedIn",
    "relancer par téléphone",
]
_FR_TARGETS = [
    "un particulier",
    "un client qui a acheté chez nous l'an dernier",
    "la directrice des achats d'une PME, sur son adresse pro,",
    "contact@ d'une entreprise",
    "un prospect rencontré sur un salon",
    "des particuliers d'un fichier acheté",
    "un ancien client parti il y a quatre ans",
]
_FR_CLAUSES = [
    "",
    " sans son accord",
    " qui a donné son consentement sur notre formulaire",
    " dont le numéro est sur Bloctel",
    " qui s'est désinscrit le mois dernier",
    " pour lui proposer une offre liée à son achat",
    " un dimanche matin",
    " pour des travaux de rénovation énergétique",
]
_EN_ACTIONS = ["email", "text", "call", "send a letter to", "cold-call"]
_EN_TARGETS = [
    "a consumer who never gave consent",
    "an existing customer about a similar product",
    "a procurement manager on her work address",
    "people from a purchased list",
    "someone who unsubscribed last week",
]
_INFO = [
    "Combien de temps peut-on garder les données d'un prospect ?",
    "Quel est le délai pour répondre à une demande d'accès ?",
    "Que faire en cas de fuite de données clients ?",
    "Quelles sont les heures autorisées pour le démarchage téléphonique ?",
    "How long can we keep a prospect's data?",
    "What are the fines for unsolicited calls?",
    "Peut-on transférer notre fichier clients vers un prestataire aux États-Unis ?",
    "Qu'est-ce qui change pour le démarchage téléphonique en août 2026 ?",
]


def questions(n: int = 200, seed: int = 8) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        roll = rng.random()
        if roll < 0.6:
            q = (
                f"Puis-je {rng.choice(_FR_ACTIONS)} {rng.choice(_FR_TARGETS)}"
                f"{rng.choice(_FR_CLAUSES)} ?"
            )
        elif roll < 0.85:
            q = f"Can I {rng.choice(_EN_ACTIONS)} {rng.choice(_EN_TARGETS)}?"
        else:
            q = rng.choice(_INFO)
        out.append(q)
    return out
