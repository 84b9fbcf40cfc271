"""Personal data is replaced by typed placeholders; legal content of a question is left alone."""

from __future__ import annotations

import pytest

from bot.privacy.masking import mask

# (text, personal values that must disappear, placeholders that must appear)
CASES = [
    (
        "Puis-je envoyer un SMS à Jean Dupont, client depuis 2023 ?",
        ["Jean", "Dupont"],
        ["<NAME>"],
    ),
    (
        "Mon client Marie-Claire Lefèvre habite 12 rue des Lilas, 69003 Lyon.",
        ["Marie-Claire", "Lefèvre", "Lilas", "69003"],
        ["<NAME>", "<ADDRESS>"],
    ),
    (
        "Can I call Marie Dupont at 06 12 34 56 78 tomorrow?",
        ["Marie", "Dupont", "06 12 34 56 78"],
        ["<NAME>", "<PHONE>"],
    ),
    (
        "Can I email John Smith? His address is john.smith+promo@gmail.com",
        ["John", "Smith", "john.smith"],
        ["<NAME>", "<EMAIL>"],
    ),
    (
        "Sophie Martin s'est désinscrite, puis-je la rappeler au +33 6 12 34 56 78 ?",
        ["Sophie", "Martin", "+33 6 12 34 56 78"],
        ["<NAME>", "<PHONE>"],
    ),
    ("Puis-je appeler M. Durand samedi à 11h ?", ["Durand"], ["<NAME>"]),
    ("a customer named Alice Walker bought from us", ["Alice", "Walker"], ["<NAME>"]),
    ("Mrs Brown lives at 221B Baker Street, London.", ["Brown", "221B Baker"], ["<ADDRESS>"]),
    (
        "Virement depuis FR76 3000 6000 0112 3456 7890 189 reçu.",
        ["FR76", "3000 6000 0112"],
        ["<IBAN>"],
    ),
    ("John Smith asked us to text him on +44 7911 123456.", ["Smith", "7911"], ["<PHONE>"]),
    ("Appeler le 0033612345678 ou le 01.23.45.67.89", ["612345678", "01.23.45.67.89"], ["<PHONE>"]),
    ("NIR 1 85 05 78 006 084 36 dans le CRM", ["006 084"], ["<NUMBER>"]),
    ("Profil https://www.linkedin.com/in/jean-dupont-42", ["jean-dupont"], ["<URL>"]),
    ("Bonjour, puis-je relancer Marie de la Tour ?", ["Marie", "Tour"], ["<NAME>"]),
    ("J'ai rencontré Pierre au salon, puis-je lui écrire ?", ["Pierre"], ["<NAME>"]),
    ("Mme DUPONT veut être rappelée", ["DUPONT"], ["<NAME>"]),
]


@pytest.mark.parametrize(("text", "secrets", "placeholders"), CASES)
def test_personal_data_is_replaced_by_placeholders(text, secrets, placeholders):
    masked = mask(text).text
    for secret in secrets:
        assert secret not in masked, (secret, masked)
    for placeholder in placeholders:
        assert placeholder in masked, (placeholder, masked)


@pytest.mark.parametrize(
    "text",
    [
        "Puis-je envoyer un e-mail à un prospect B2B le lundi 2026-08-11 à 10h ?",
        "Est-ce que la CNIL autorise Bloctel pour les appels B2B ?",
        "Une amende de 20 000 000 euros ou 4 % du CA selon l'article L.34-5 du CPCE.",
        "Peut-on prospecter par LinkedIn un DRH ?",
        "Can I send a newsletter to customers who bought from us in 2024?",
        "La loi n° 78-17 du 6 janvier 1978 s'applique-t-elle à un fichier B2B ?",
        "Puis-je appeler un particulier le 12/03/2027 à 10h ?",
    ],
)
def test_questions_without_personal_data_are_kept_verbatim(text):
    assert mask(text).text == text


def test_the_found_values_can_be_scrubbed_from_another_text():
    masked = mask("Puis-je écrire à Jean Dupont ?")
    echo = mask("Jean Dupont est sur la liste.", ner=False, also=masked.originals)
    assert "Dupont" not in echo.text


# The gaps found by the attack on the running bot (issue 15): each is masked, with the rest kept.
ISSUE_15_GAPS = [
    ("IBAN FR76 à points", "fr76.1027.8060.6100.0206.3210.185", "<IBAN>"),
    ("US phone", "(212) 555-0187", "<PHONE>"),
    ("spaced digits", "06 1 2 3 4 5 6 7 8", "<PHONE>"),
    ("lower-case name", "jean-pierre durand", "<NAME>"),
    ("abbreviated street", "8 r. des Lilas", "<ADDRESS>"),
    ("lower-case US street", "1600 pennsylvania avenue", "<ADDRESS>"),
    ("UK postcode", "NW1 6XE", "<ADDRESS>"),
    ("spaced @", "jean.moulin @ acme.fr", "<EMAIL>"),
    ("[at]", "lucie.aubrac[at]resistance.fr", "<EMAIL>"),
    ("birth date", "12/03/1975", "<DATE>"),
]


@pytest.mark.parametrize(
    ("value", "placeholder"),
    [(v, p) for _, v, p in ISSUE_15_GAPS],
    ids=[name for name, _, _ in ISSUE_15_GAPS],
)
@pytest.mark.parametrize("ner", [True, False], ids=["ner", "rules"])
def test_the_gaps_of_issue_15_are_masked(value, placeholder, ner):
    masked = mask(f"Le prospect : {value}. Puis-je le relancer ?", ner=ner).text
    assert masked.startswith("Le prospect : ") and "relancer" in masked
    assert placeholder in masked, masked
    for token in value.replace("(", " ").replace(")", " ").split():
        if len(token) > 2 and any(c.isalnum() for c in token):
            assert token not in masked, (token, masked)
