"""Information and objection (issue 11): how `informed` and `objected` are read.

- A soft opt-in story ("told at the sale, a box to refuse, left empty", "il ne s'y est jamais
  opposé", "aucune opposition de sa part") is informed=yes and objected=no.
- Objectors taken out of the list describe the list now: those contacted did not object.
- A means to object (an unsubscribe link, STOP in our SMS, "how to tell us to stop", a box to
  refuse) is no objection: the mechanism, possibility and purpose categories of the ConText engine
  block objected=yes, whatever the objection words inside them. The person using the means
  (clicking the link, replying STOP, ticking the box to refuse) still is one.
- Information at first contact (our message names the source and how to object) and a contractual
  warranty of a list's seller inform; a bare claim ("the broker says", "RGPD compliant") does not.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from rules import decide
from rules.decision import Verdict

ON = dt.date(2026, 11, 30)


def facts(text: str) -> dict:
    return extract(text, ON).known()


# Soft opt-in: informed, and no objection --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A l'achat on lui a dit qu'on lui enverrait nos offres et elle pouvait cocher pour refuser, "
        "elle a rien coché.",
        "À la commande on lui a dit qu'elle recevrait nos offres par email et elle pouvait cocher "
        "une case pour refuser, elle ne l'a pas fait.",
        "At checkout there was a box to tick if he didn't want our marketing, and he left it empty.",
        "The form told them we'd send mailings by post, with an opt-out box they left empty.",
        "the form said we'd email offers and had an opt-out checkbox, none of them ticked it",
        "Il y avait une case à cocher si vous ne souhaitez pas recevoir nos offres, il l'a laissée "
        "vide.",
        "Ils ont été informés à la collecte et pouvaient s'opposer, personne s'est opposé.",
        "Elle a été informée à l'inscription qu'elle pouvait refuser, aucune opposition de sa part.",
        "informés a la collecte qu'ils pouvaient s'opposer et aucun ne l'a fait",
        "She was informed when we collected her address and didn't object.",
        "They were told at sign-up they could opt out; nobody has unsubscribed.",
        "on l'avait informé qu'il recevrait nos offres et il ne s'y est jamais opposé",
        "il avait été informé a la souscription et s'est jamais opposé",
    ],
)
def test_a_soft_opt_in_story_is_informed_without_objection(text):
    got = facts(text)
    assert got.get("informed") == "yes", got
    assert got.get("objected") == "no", got


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("personne s'est opposé", "no"),
        ("aucun opposant dans le lot", "no"),
        ("no opt-outs so far", "no"),
        # "la personne" is someone, not nobody
        ("la personne s'est opposée à la prospection, je peux lui écrire ?", "yes"),
        ("il s'y est opposé dès le premier mail", "yes"),
        ("She objected last week.", "yes"),
    ],
)
def test_nobody_objected_is_not_somebody_objected(text, value):
    assert facts(text).get("objected") == value


def test_the_soft_opt_in_story_allows_the_email():
    text = (
        "Customer bought a coffee machine from us in October. At checkout there was a box to tick "
        "if he didn't want our marketing, and he left it empty. Every email we send has a "
        "one-click unsubscribe link in the footer. Can we email him about our coffee capsules?"
    )
    assert decide(extract(text, ON), ON).verdict is Verdict.allowed


# The means used: an objection -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le client a cliqué le mois dernier sur le lien de désabonnement de notre newsletter. Je "
        "lui envoie la promo ?",
        "He hit the unsubscribe button last week, can I email him?",
        "She clicked the unsubscribe link in our last newsletter. Can I email her?",
        "There was a box to tick if he didn't want our marketing, and he ticked it. Email him?",
        "Il y avait une case pour refuser nos offres, il l'a cochée. Je lui écris ?",
        "She was told she could opt out and did. Can I email her?",
        "Il a répondu STOP à notre dernier SMS, je lui renvoie la promo ?",
        # what our message carries, then what the person did: the description ends at the new
        # subject (the `until` of a modifier)
        "Our SMS has STOP at the end and she replied STOP last week. Can I text her?",
        "Le SMS contient STOP et elle a répondu STOP hier. Je lui renvoie ?",
        # a box labelled with a refusal, ticked
        "The customer ticked 'no marketing please' at checkout. Can I email her?",
        "A la commande elle a coché la case « je ne souhaite pas recevoir vos offres ». Je lui écris ?",
        # the person's own words
        "Elle m'a dit au tel 'ne m'appelez plus'. Je peux lui envoyer un mail ?",
        "Il a fait opposition par courrier. Je peux lui envoyer un mail ?",
        "She exercised her right to object last year. Can I email her?",
        # not wanting any more, asking to be taken off, consent withdrawn, a do-not flag
        "Il nous a écrit qu'il ne voulait plus de nos mails. Je lui envoie une promo ?",
        "She emailed us saying she doesn't want any more marketing. Can I email her?",
        "He asked to be removed from our mailing list. Can I email him a similar product?",
        "Il a demandé à être retiré de la liste. Je lui envoie la promo ?",
        "He said he didn't want to hear from us again. Can I email him?",
        "Customer marked as do not email in the CRM. Can I email her?",
        "Il a retiré son consentement la semaine dernière. Je lui envoie une promo ?",
        "He withdrew his consent last week. Can I email him about a similar product?",
        # on our list: the person objected (the list is no mechanism then)
        "Il est inscrit dans notre liste d'opposition. Je peux l'appeler ?",
        "He is on our suppression list. He bought last month, informed at checkout. Email him?",
    ],
)
def test_using_the_means_is_an_objection(text):
    assert facts(text).get("objected") == "yes"
    assert decide(extract(text, ON), ON).verdict is not Verdict.allowed


@pytest.mark.parametrize(
    "text",
    [
        "Il y avait une case pour refuser, il l'a pas cochée.",
        "Ils pouvaient s'opposer et aucun ne l'a fait.",
        "Elle peut cliquer sur le lien de désinscription quand elle veut.",
    ],
)
def test_the_means_not_used_is_no_objection(text):
    assert facts(text).get("objected") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        # our own wishes are no objection of the person
        "On ne veut plus acheter de fichiers. Je lui envoie un mail ?",
        "We don't want our emails to look like spam. Can I email him?",
    ],
)
def test_what_we_no_longer_want_is_no_objection(text):
    assert facts(text).get("objected") != "yes"


# Objectors removed from the list --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Customers were told at collection and could object; everyone who objected has been "
        "removed. Can we share the file with our partner for postal offers?",
        "Ceux qui ont refusé on les a sortis du fichier. Les autres je peux leur envoyer un SMS ?",
        "On a retiré de la liste ceux qui sont dans notre liste d'opposition. On envoie le mail ?",
        "Every email has an unsubscribe link and a few people used it, we removed them. Can I "
        "send the promo to everyone else?",
        "A few CFOs unsubscribed earlier, we'd skip those obviously. Good?",
        "We scrubbed our prospect list against our internal do-not-contact file. Can we call?",
        "On vérifie chaque numéro contre notre liste d'opposition avant d'appeler.",
        "Les désinscrits ont été retirés du fichier, on envoie la newsletter ?",
    ],
)
def test_objectors_taken_out_leave_people_who_did_not_object(text):
    assert facts(text).get("objected") == "no"


@pytest.mark.parametrize(
    "text",
    [
        # this very person objected: removing him says nothing about the others, and he objected
        "He unsubscribed last month so we removed him from our list. Can I email him our offer?",
        "Il s'est désinscrit, on l'a sorti du fichier. Je peux lui envoyer un mail ?",
        # not done, or only a plan
        "We haven't removed the people who unsubscribed yet. Can I email the list?",
    ],
)
def test_a_removal_that_is_not_of_others_or_not_done_is_no_clean_list(text):
    got = facts(text)
    assert got.get("objected") != "no", got
    assert decide(extract(text, ON), ON).verdict is not Verdict.allowed


@pytest.mark.parametrize(
    "text",
    [
        "Je crois qu'on a retiré ceux qui ont refusé.",
        "The broker says everyone who objected has been removed.",
        "We have not removed those who unsubscribed.",
    ],
)
def test_a_removal_guessed_claimed_or_denied_is_no_clean_list(text):
    assert objectors_removed_reading(text) is False
    assert facts(text).get("objected") != "no"


def objectors_removed_reading(text: str) -> bool:
    from bot.understand.context import spans
    from bot.understand.readers.informed import objectors_removed
    from bot.understand.text import fold

    folded = fold(text)
    return objectors_removed(folded, spans(folded))


# A mechanism of ours is no objection ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je peux lui envoyer la promo Black Friday par SMS ? on met STOP à la fin bien sûr",
        "Can we text customers who double opted in? Message will have our brand name and STOP.",
        "Sending an InMail to an HR director; the message says who we are, that we found her on "
        "LinkedIn, and how to tell us to stop.",
        "Every email has an unsubscribe link. Can I email her?",
        "Our SMS will end with 'STOP au 36180'. OK?",
        "Le courrier dira comment s'opposer. On l'envoie ?",
        "Chaque SMS comporte STOP. Je peux envoyer ?",
    ],
)
def test_our_opt_out_mechanism_is_no_objection(text):
    assert facts(text).get("objected") != "yes"


# Information at first contact, and a seller's warranty ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je me présente, je dis comment j'ai trouvé son profil et qu'elle peut me dire d'arrêter.",
        "The message says who we are, that we found her on LinkedIn, and how to tell us to stop.",
        "The letter says where we got their details and how to object.",
        "My first email says where I found her address and how to unsubscribe.",
        "Je veux leur envoyer un mail en indiquant d'où vient le fichier et qu'ils peuvent "
        "s'opposer.",
    ],
)
def test_our_first_message_naming_the_source_and_the_objection_informs(text):
    assert facts(text).get("informed") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # the source without a word of objection, or an objection without the source
        "I found his number on a website, he can always tell me to stop, can I call him?",
        "My email says where I found her address. Can I send it?",
        # the message does not say it
        "Le mail ne dit pas d'où vient son adresse ni comment s'opposer. Je l'envoie ?",
    ],
)
def test_half_of_the_information_at_first_contact_is_none(text):
    assert facts(text).get("informed") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Le fournisseur garantit par contrat qu'ils ont été informés de la cession et pouvaient "
        "s'opposer.",
        "Le contrat garantit que les personnes ont été informées à la collecte et pouvaient s'y "
        "opposer.",
        "The contract guarantees they were informed at collection and could object.",
        "The broker contractually guarantees they were informed and could object.",
        "The contract with the broker guarantees they were told and could opt out.",
    ],
)
def test_a_contractual_warranty_of_the_seller_informs(text):
    assert facts(text).get("informed") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "The broker says they were informed and could object.",
        "Le fournisseur garantit qu'ils ont été informés et pouvaient s'opposer.",
        "le vendeur refuse de nous donner une garantie au contrat, il dit juste qu'ils ont été "
        "informés",
        "il dit juste que c'est RGPD compliant",
        "the broker's email says they were all informed",
    ],
)
def test_a_claim_without_a_warranty_does_not_inform(text):
    assert facts(text).get("informed") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Liste B2B achetée. Je ne sais pas d'où viennent les données ni si les gens ont été "
        "prévenus. On peut leur envoyer un mail ?",
        "We bought a B2B list. No idea where it comes from or whether they were informed.",
    ],
)
def test_not_knowing_whether_they_were_told_is_no_denial(text):
    assert facts(text).get("informed") is None


@pytest.mark.parametrize(
    "text",
    [
        "We bought a B2B list of CFOs with their work emails. Can they object if we email them "
        "about our treasury software?",
        "On a acheté un fichier B2B de DAF (adresses pro nominatives). Est-ce qu'ils peuvent "
        "s'opposer si on leur écrit pour notre logiciel de trésorerie ?",
    ],
)
def test_asking_whether_they_can_object_is_no_information(text):
    assert facts(text).get("informed") is None
    assert decide(extract(text, ON), ON).verdict is not Verdict.allowed


# Properties -----------------------------------------------------------------------------------

#: Objections this person made, plainly (each gives objected=yes alone).
OBJECTIONS = [
    "il s'est désinscrit",
    "elle a répondu STOP",
    "il s'est opposé à la prospection",
    "she unsubscribed",
    "he opted out",
    "she asked us to stop contacting her",
    "he told us to take him off our list",
]

#: Means to object, as a mechanism of ours, a possibility or a purpose would name them.
MEANS = {
    "fr": ["se désinscrire", "répondre STOP", "s'opposer", "nous dire stop", "se désabonner"],
    "en": ["unsubscribe", "opt out", "reply STOP", "tell us to stop", "object"],
}

#: A mechanism, a possibility or a purpose around a means: no objection made.
MECHANISMS = {
    "fr": [
        "il peut {m} quand il veut",
        "chaque SMS explique comment {m}",
        "le courrier dira comment {m}",
        "on met un lien pour {m}",
        "elle pourra {m} à tout moment",
    ],
    "en": [
        "the message says how to {m}",
        "they can {m} anytime",
        "every email has a link to {m}",
        "so that they can {m}, we add a footer",
        "our letter will explain how to {m}",
    ],
}

WRAPPED = [w.format(m=m) for lang in MEANS for w in MECHANISMS[lang] for m in MEANS[lang]]

NOISE = [
    "",
    "Client particulier. ",
    "Prospect B2B, adresse pro. ",
    "Customer bought a bike last year. ",
]

QUESTIONS = [" Je peux lui écrire ?", " Can I email him?", ""]


def test_each_objection_alone_is_one():
    for text in OBJECTIONS:
        assert facts(text).get("objected") == "yes", text


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(WRAPPED), st.sampled_from(NOISE), st.sampled_from(QUESTIONS))
def test_no_objection_is_read_through_a_mechanism_possibility_or_purpose(wrapped, lead, q):
    text = lead + wrapped + "." + q
    assert facts(text).get("objected") != "yes", text


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(OBJECTIONS), st.sampled_from(NOISE), st.sampled_from(QUESTIONS))
def test_a_plain_objection_survives_the_noise_around_it(o, lead, q):
    text = lead + o[0].upper() + o[1:] + "." + q
    assert facts(text).get("objected") == "yes", text
    assert decide(extract(text, ON), ON).verdict is not Verdict.allowed


#: Plain statements that the person did not object.
NO_OBJECTION = [
    "il ne s'y est jamais opposé",
    "elle n'a pas refusé",
    "aucune opposition de sa part",
    "personne s'est opposé",
    "she didn't object",
    "he never unsubscribed",
    "nobody opted out",
]

#: Words around them that keep them from being a plain statement about this case.
NOT_PLAIN = [
    "le vendeur dit que {s}",
    "je crois que {s}",
    "si {s}, on l'appelle",
    "the broker says {s}",
    "I think {s}",
    "if {s}, we email",
]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(NO_OBJECTION), st.sampled_from(NOISE), st.sampled_from(QUESTIONS))
def test_a_plain_no_objection_is_read(s, lead, q):
    assert facts(lead + s + "." + q).get("objected") == "no"


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(NO_OBJECTION), st.sampled_from(NOT_PLAIN), st.sampled_from(QUESTIONS))
def test_no_objection_is_not_read_from_a_claim_guess_or_hypothesis(s, wrap, q):
    assert facts(wrap.format(s=s) + "." + q).get("objected") != "no"
