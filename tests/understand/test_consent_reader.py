"""How consent is read (bot/understand/readers/consent.py, lexicon/consent.yaml).

Classes, not wordings: the ways people say a person opted in (a box the person ticked however
it is described, its first-person words after the act, a signed form, a sign-up for offers, a
confirmed subscription, a consent described as valid), the ways they say nobody did (no box for
offers, only took part, "elle ne nous en a jamais donné"), silence taken as agreement, and a box
to tick to REFUSE, whose ticking words say nothing of consent. A permissive `consent=yes` still
never comes from a hedged, reported, hypothetical or negated statement, nor from a pre-ticked
box, a bundled condition or silence (asymmetric evidence).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


def consent(text: str) -> str | None:
    value = extract(text, ON).consent
    return value.value if value is not None else None


#: Plain statements that the person opted in, each alone enough for consent=yes, with the means
#: it was given for (a consent is given per means: one to be phoned is none to be e-mailed).
OPT_INS = [
    # a box ticked by the person, however the box is described
    ("A consumer ticked an empty-by-default box on our form", "email"),
    ("she ticked the (unticked-by-default) box to get our offers by email", "email"),
    ("he checked the optional unticked checkbox for our newsletter", "email"),
    ("elle a coché la petite case vide par défaut pour recevoir nos offres", "email"),
    ("il a coche la case non precochee pour nos promos", "email"),
    # the box's own first-person words after the act that used them
    ("people actively ticked 'Send me Bellerive's offers by email'", "email"),
    ("they ticked: 'yes, I want to receive your deals'", "email"),
    ("il nous a signé un formulaire : « j'accepte d'être appelé par Habitat Confort »", "phone"),
    ('elle a signé le bulletin "je souhaite recevoir les offres de MaBoutique par mail"', "email"),
    # a box named before, ticked by them
    ("il y avait une case facultative pour nos offres et ils l'ont cochée", "email"),
    # signed up / subscribed for offers, a few words between
    ("Prospect signed up on our site for the deals newsletter", "email"),
    ("they subscribed via the app to our promo emails", "email"),
    ("elle s'est inscrite sur notre site à la newsletter des bons plans", "email"),
    ("il est abonne depuis 2024 a nos alertes promo", "email"),
    # agreed to be contacted, in the person's own act
    ("these homeowners all signed a form agreeing to be phoned by us", "phone"),
    ("he accepted to be called by our sales team", "phone"),
    ("elle a accepté d'être rappelée par nos conseillers", "phone"),
    # a confirmed subscription (double opt-in)
    ("she clicked the confirmation link in our welcome email", "email"),
    ("il a cliqué sur le lien de confirmation de notre newsletter", "email"),
    # the participle slipped into an infinitive, a sign-up in order to receive
    ("il a cocher la case pour recevoir nos offres", "email"),
    ("ils se sont inscrits via le formulaire du site pour recevoir les bons plans", "email"),
    ('He checked "Yes, send me news and offers from Acme" on the signup form', "email"),
    ("Il a signé le bon de commande avec la mention j'accepte d'être recontacté", "phone"),
    # a consent described as valid, held by us
    ("consumers who gave us proper phone consent", "phone"),
    ("M. Lopez, particulier, consentement téléphonique valide", "phone"),
    ("on a leur accord écrit", "email"),
    ("il a souscrit à notre newsletter", "email"),
    ("il voulait bien recevoir nos offres", "email"),
    ("She chose to receive our offers by email at checkout", "email"),
    ("Elle aimerait recevoir nos promos par mail", "email"),
    # a pasted record
    ("Contact : Jean Martin, particulier, opt-in : oui (08/2026)", "email"),
    ("Lead: Mark, consumer, consent = yes", "email"),
]

QUESTIONS = {
    "email": [". Can I email them?", ". Je peux leur écrire un mail ?"],
    # (no gendered pronoun: "she accepted… can I call him?" is someone else's consent)
    "phone": [". Can I call them on Tuesday?", ". Je peux l'appeler mardi ?"],
}


@pytest.mark.parametrize(("statement", "means"), OPT_INS)
def test_a_plain_opt_in_is_read_as_consent(statement, means):
    for question in QUESTIONS[means]:
        assert consent(statement + question) == "yes", statement + question


#: Statements that nobody opted in, said far from the verb or in other words.
ABSENCES = [
    "ils ont juste participé, y avait aucune case pour les offres",
    "bulletin de jeu, pas de case pour les offres",
    "the entry form had no opt-in box at all",
    "there was no box for marketing on the form",
    "they only entered the contest",
    "pour ce qui est d'un accord pour être démarchée par téléphone, elle ne nous en a jamais donné",
    "as for consent to be called, she never gave us any",
    "no phone-marketing consent on file",
    "She didn't say anything about wanting offers",
    "aucun consentement nulle part dans le dossier",
    "Ils ont participé au jeu concours et c'est tout",
    "Fiche CRM : Sophie L., consentement: non",
    "aucune case cochée",
    "simple participation au jeu, rien d'autre",
    "Nowhere on the form did they agree to marketing",
]


@pytest.mark.parametrize("statement", ABSENCES)
def test_an_absence_of_consent_said_in_other_words_is_read(statement):
    assert consent(f"Particuliers, pas clients. {statement}. Je peux leur envoyer un mail ?") == (
        "no"
    )


@pytest.mark.parametrize(
    "text",
    [
        "We emailed our prospect list saying 'if you don't reply within 15 days we'll assume "
        "you're happy to get our offers'. Nobody replied. Can we send promos?",
        "On leur a écrit que sans réponse de leur part sous 10 jours on part du principe qu'ils "
        "sont d'accord. Personne n'a répondu, je peux leur envoyer nos offres ?",
        "Our contest entry form had a checkbox 'I do NOT want to receive offers'. Most consumers "
        "didn't tick it. So they consented, right? Can I email them?",
        "We treat non-responders as interested. Ok to email them?",
    ],
)
def test_silence_or_inaction_taken_as_agreement_is_implied(text):
    assert consent(text) == "implied"


@pytest.mark.parametrize(
    "text",
    [
        "No reply from him so I assume he's not interested. Can I call him?",
        "Sans réponse de sa part je suppose qu'il n'est pas intéressé, je le relance par mail ?",
        "J'ai appelé ce particulier le 5 et le 12, sans réponse (il nous a donné son consentement "
        "écrit pour être appelé). Je retente ?",
    ],
)
def test_no_reply_with_no_agreement_drawn_from_it_is_not_implied(text):
    assert consent(text) != "implied"


@pytest.mark.parametrize(
    "text",
    [
        # an opt-out box left unticked: the person did not refuse, and did not opt in either
        "Prospect from our fair form: there was a box to tick if he didn't want our marketing, "
        "and he left it empty. Can I email him?",
        "Contact de salon : sur le bulletin il y avait une case pour refuser les offres, il ne "
        "l'a pas cochée. Je peux lui écrire ?",
        "Inscrit au webinar, case pr refuser les offres, il a rien coché. Je lui écris ?",
        "Lead from our site: an opt-out box on the form, which she did not tick. Email ok?",
    ],
)
def test_an_opt_out_box_left_unticked_is_neither_an_opt_in_nor_a_refusal(text):
    assert consent(text) is None


def test_an_opt_out_box_beside_a_stated_consent_leaves_the_consent():
    text = (
        "Case pour refuser les offres des partenaires laissée vide, et elle a donné son "
        "consentement pour nos offres par mail. Je lui écris ?"
    )
    assert consent(text) == "yes"


def test_the_person_asked_about_is_the_one_who_ticked():
    text = (
        "Two contacts from the same webinar:\n- Paul Girard, paul.girard@gmail.com: ticked the "
        "(unticked-by-default) box to get our offers by email, logged.\n- Ines Haddad, "
        "ines.h@gmail.com: unsubscribed last week.\nBoth are consumers. I only want to email "
        "Paul about our spring workshop. Fine?"
    )
    assert consent(text) == "yes"


# Asymmetric evidence ----------------------------------------------------------------------------

#: Words around an opt-in that keep it from being a plain statement about this case.
HEDGES = [
    "le vendeur dit que {s}",
    "d'après le broker, {s}",
    "the vendor says {s}",
    "according to the list seller, {s}",
    "je pense que {s}",
    "peut-être que {s}",
    "I think {s}",
    "maybe {s}",
    "si {s}, on l'appelle",
    "if {s}, we call",
    "au cas où {s}, on écrit",
    "normalement {s}",
    "en principe {s}",
    "in theory {s}",
]

#: Opt-ins written so that they read after "that" / "que" as well as alone.
SUBORDINATE_OPT_INS = [
    "she ticked the (unticked-by-default) box for our offers",
    "they ticked 'Send me your offers by email'",
    "he signed up on our site for the deals newsletter",
    "they signed a form agreeing to be phoned by us",
    "il a coché la case vide par défaut pour nos offres",
    "elle s'est inscrite sur le site à la newsletter promo",
    "il a signé un formulaire : « j'accepte d'être appelé par nous »",
    "ils ont accepté d'être rappelés par nos conseillers",
    "elle a cliqué sur le lien de confirmation",
    "she chose to receive our offers by email",
    "they gave us proper phone consent",
    "the record says opt-in : oui",
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(SUBORDINATE_OPT_INS),
    st.sampled_from(HEDGES),
    st.sampled_from(["", "Particulier. ", "Consumer list. "]),
    st.sampled_from([" Je peux l'appeler ?", " Can I email them?", " On y va ?"]),
)
def test_a_hedged_reported_or_hypothetical_opt_in_is_never_consent(opt_in, hedge, lead, question):
    text = lead + hedge.format(s=opt_in) + "." + question
    assert consent(text) != "yes", text


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(SUBORDINATE_OPT_INS),
    st.sampled_from(
        [
            ("La case était pré-cochée.", "pre_ticked"),
            ("The box was pre-ticked.", "pre_ticked"),
            ("C'était dans les CGV.", "bundled"),
            ("It was part of the terms and conditions.", "bundled"),
            ("Sans réponse de leur part on considère qu'ils sont d'accord.", "implied"),
            ("No reply means they agree.", "implied"),
        ]
    ),
    st.booleans(),
)
def test_a_pre_ticked_box_a_bundled_condition_or_silence_is_never_consent(opt_in, voiding, first):
    words, value = voiding
    text = f"{words} {opt_in}. Can I email them?" if first else f"{opt_in}. {words} Email ok?"
    assert consent(text) == value, text


@pytest.mark.parametrize(
    "text",
    [
        "She never ticked the box for our offers. Can I email her?",
        "Il n'a pas coché la case pour nos offres. Je peux lui écrire ?",
        "They did not sign up for our newsletter. Email them?",
        "Elle ne s'est jamais inscrite à notre newsletter. Je lui écris ?",
        "Elle a pas coché la case. Je lui écris ?",
        "Two contacts:\n- Paul Girard: ticked the (unticked-by-default) box for our offers.\n"
        "- Ines Haddad: came to the webinar only.\nI want to email Ines about our workshop.",
        # the same list written on one line
        "Two contacts: - Paul Girard: ticked the (unticked-by-default) box for our offers. - Ines "
        "Haddad: came to the webinar only. I want to email Ines about our workshop. Fine?",
        "Deux contacts : - M. Dupont : a coché la case pour nos offres - Mme Leroy : rien coché. "
        "Je peux écrire à Mme Leroy ?",
    ],
)
def test_a_negated_or_another_persons_opt_in_is_not_consent(text):
    assert consent(text) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        # what a form says is a mechanism, not an act of the person
        "Our form has a box saying 'I agree to receive offers'. Can I email the people in it?",
        "Le formulaire propose une case « je veux recevoir vos offres ». Je peux écrire à tous ?",
        # a possibility or a duty, not an act
        "They can tick the box for our offers if they want. Can I email them all?",
        "Ils pourront s'inscrire à la newsletter plus tard. Je leur écris ?",
        # an infinitive is what we ask of people, not what they did
        "On leur demande de cocher la case pour recevoir nos offres. Je peux écrire à tous ?",
        "We ask people to tick the box for our offers. Can I email everyone on the list?",
        "Le formulaire dit 'j'accepte de recevoir vos offres'. Je peux écrire à tous ?",
        "We want people to sign up for our deals newsletter. Can I email our prospect list?",
        "On leur propose de s'inscrire à la newsletter. Je peux écrire à tous les prospects ?",
        # a list one is "inscrit" on to be left alone
        "Elle est inscrite sur la liste d'opposition. Je l'appelle ?",
        "Is the consent valid if they signed up for the newsletter? Can I email them?",
    ],
)
def test_a_box_offered_or_a_possibility_is_not_an_opt_in(text):
    assert consent(text) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Can I send an email to a prospect who left their details on our website form but "
        "didn't tick the marketing box?",
        "Il a laissé ses coordonnées sur le site mais n'a pas coché la case des offres. Mail ok ?",
    ],
)
def test_an_opt_in_box_left_unticked_is_no_consent(text):
    assert consent(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "We bought 20,000 consumer emails from a broker. The seller says the file is 'fully GDPR "
        "compliant' but couldn't show us any consent records. Can we launch the campaign?",
        "On a acheté un fichier d'adresses email de particuliers, aucune preuve de consentement. "
        "On peut lancer la campagne demain ?",
        "Le broker garantit que tout le monde a consenti. On a pas vu les preuves. On y va ?",
        "Ils ont consenti, mais on n'a aucune preuve. Je leur écris ?",
    ],
)
def test_a_consent_nobody_can_prove_is_unknown_never_yes(text):
    assert consent(text) == "unknown"


def test_a_box_that_is_unticked_by_default_is_no_enrolment_by_default():
    text = (
        "Des utilisateurs ont créé un compte gratuit sur notre appli. À l'inscription, une case "
        "(décochée par défaut) leur permettait de refuser nos emails commerciaux. Je leur écris ?"
    )
    assert consent(text) is None
    assert consent("Les clients sont inscrits par défaut à la newsletter. Je leur écris ?") == (
        "implied"
    )


def test_a_missing_proof_of_something_else_is_not_about_consent():
    assert consent("Pas de trace d'achat dans le CRM. Je peux lui envoyer un mail ?") is None
    assert consent("Particuliers, aucun consentement et aucune preuve de rien. Mail ok ?") == "no"
    assert consent("Elle a consenti à être appelée (case cochée, preuve ok). Je l'appelle ?") == (
        "yes"
    )


def test_terms_agreed_to_are_a_bundled_consent_not_an_opt_in():
    text = "Registering for the webinar, they agreed to the terms. Email them our offers?"
    assert consent(text) == "bundled"
    assert (
        consent("Ils ont accepté les CGV à la commande. Je leur envoie nos offres ?") == "bundled"
    )


@pytest.mark.parametrize(
    "text",
    [
        "We ticked the box for them at the stand. Can I email them?",
        "Le commercial a coché la case pour eux au salon. Je leur écris ?",
        "We signed them up for our newsletter after the call. Email ok?",
        "On les a inscrits à la newsletter après le salon. Je leur écris ?",
    ],
)
def test_a_box_ticked_or_a_sign_up_made_by_us_is_no_consent(text):
    assert consent(text) == "no"


def test_checking_something_ourselves_leaves_the_persons_own_opt_in():
    text = "I checked Bloctel, she's not on it and she ticked the box for our offers. Email ok?"
    assert consent(text) == "yes"
    text = "On l'a inscrite à la newsletter, elle avait coché la case pour nos offres. Mail ok ?"
    assert consent(text) == "yes"


def test_the_reps_question_about_adding_someone_is_no_act_of_ours():
    assert consent("Met her at a conference. Can I put her on our newsletter?") is None
    assert consent("Je peux l'inscrire à la newsletter ?") is None


@pytest.mark.parametrize(
    "text",
    [
        "Elle a accepté les cookies sur notre site. Je peux lui envoyer nos promos par mail ?",
        "He consented to data processing for his order. Can I email him our deals?",
        "Ils ont accepté d'être recontactés pour le SAV. Je leur envoie nos offres ?",
        "She agreed to be contacted about her delivery. Can I email her our promo?",
    ],
)
def test_a_consent_to_another_purpose_is_no_consent_to_offers(text):
    assert consent(text) != "yes"


def test_a_consent_to_offers_given_during_an_order_is_still_one():
    assert consent("Elle a accepté de recevoir nos offres lors de sa commande. Mail ok ?") == "yes"
    text = "She agreed to receive our offers by email when she created her account. Email ok?"
    assert consent(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Elle aurait coché la case pour nos offres. Je lui écris ?",
        "He should have ticked the box for our offers. Can I email him?",
        "They must have signed up for our newsletter. Email ok?",
    ],
)
def test_a_hearsay_conditional_or_an_inference_is_no_opt_in(text):
    assert consent(text) != "yes"
