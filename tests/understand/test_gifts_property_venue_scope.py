"""Off the field: gifts and hospitality to a buyer or an official (anti-corruption law, even put as
'peut-on offrir…'), selling or letting a home and its diagnostics (property law), the practical
side of a venue (the wifi code, the parking). A channel, data or a prospecting action named
brings the question back."""

import pytest

from bot.understand.kind import question_kind


@pytest.mark.parametrize(
    "question",
    [
        "Peut-on offrir un coffret de vins au directeur des achats d'une mairie ?",
        "Je peux envoyer un panier garni à l'acheteuse d'un hôpital public pour les fêtes ?",
        "Can we give a bottle of whisky to a procurement officer at the council?",
        "Is a corporate gift to a public buyer a bribery risk?",
        "On a le droit de vendre notre maison sans DPE ?",
        "Can a landlord let a flat with a poor energy rating?",
        "C'est quoi le mot de passe du wifi sur notre stand ?",
        "Does anyone know the wifi password at the expo booth?",
    ],
)
def test_off_field(question: str) -> None:
    assert question_kind(question) == "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "Peut-on offrir un cadeau aux clients qui s'inscrivent à notre newsletter ?",
        "Can we send a gift voucher by email to customers who opted in?",
        "Je peux appeler les propriétaires de maisons classées DPE F pour leur proposer une pompe à chaleur ?",
        "Can I call homeowners with a poor energy rating about our insulation offer?",
        "On a récupéré des numéros au salon grâce au wifi du stand, je peux les appeler ?",
    ],
)
def test_back_in_field(question: str) -> None:
    assert question_kind(question) != "off_field"
