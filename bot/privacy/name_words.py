"""Word lists behind the rule-based name finder (the light rule that backs up spaCy's NER).

Lower-case; accents kept. They only need to be good enough to tell a person's name from the
capitalised words of prospecting questions (weekdays, regulators, tools, places).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that introduce a person's name: the following capitalised words are a name.
CUES_CASED = _words(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Sir Madam Dame Lady Lord "
    "M M. Mme Mme. Mlle Mlle. Mmes MM. Me Madame Monsieur Mademoiselle Docteur Maître Maitre "
    "Pr Pr."
)
CUES_ANY_CASE = _words(
    "named called nommé nommée nommés appelé appelée prénommé prénommée surnommé surnommée "
    "dénommé dénommée"
)

#: Capitalised words that start sentences without being names (questions, greetings, verbs).
OPENERS = _words(
    """
    the a an and but or so if when where what which who whom whose why how can could may might
    must shall should will would is are am was were be do does did have has had i we you he she
    they it its our my your their his her this that these those there here please yes no ok okay
    hello hi hey dear thanks thank send call email mail text contact buy sell use add check ask
    let tell give get make after before for from in on at to with by about as also then now today
    tomorrow yesterday since until all any each every some one two is isn't can't don't
    le la les l un une des du de d je j nous vous il elle ils elles on ce cet cette ces c est
    puis peux peut pouvons pouvez peuvent dois doit devons devez faut quel quelle quels quelles
    quand comment pourquoi où qui que qu quoi combien est-ce mon ma mes ton ta tes son sa ses notre
    nos votre vos leur leurs si bonjour bonsoir salut merci oui non et mais ou donc or ni car avec
    pour par dans sur sous chez entre vers sans selon depuis avant après pendant envoyer appeler
    écrire ecrire contacter relancer prospecter acheter vendre ajouter vérifier verifier demander
    faire a-t-on peut-on puis-je dois-je faut-il est-il y aujourd'hui demain hier voici voilà
    ai as avons avez ont suis es sommes êtes sont mon notre madame monsieur cher chère
    """
)

#: Capitalised words that are not people: calendar, institutions, tools, places, legal words.
NOT_NAMES = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december lundi mardi mercredi jeudi vendredi samedi
    dimanche janvier février fevrier mars avril mai juin juillet août aout septembre octobre
    novembre décembre decembre noël noel pâques paques toussaint
    cnil rgpd gdpr bloctel cpce code article articles loi lois règlement reglement directive
    conseil cour cass cassation état etat légifrance legifrance eur-lex union européenne europeenne
    européen europeen european europe commission parliament parlement république republique
    ministère ministere dgccrf arcep autorité autorite edpb cepd
    france french français francais française anglais english allemagne germany belgique belgium
    suisse switzerland espagne spain italie italy royaume-uni uk usa états-unis etats-unis canada
    paris lyon marseille lille toulouse bordeaux nantes nice strasbourg rennes montpellier london
    londres brussels bruxelles
    linkedin sales navigator google gmail googlemail outlook hotmail yahoo orange sfr free
    bouygues microsoft apple slack teams zoom whatsapp facebook instagram twitter tiktok
    salesforce hubspot pipedrive lemlist mailchimp brevo sendinblue excel word crm erp api
    b2b b2c sms mms rcs email e-mail emails newsletter opt-in opt-out optin optout double
    internet web site intranet bot gardefou android ios windows linux macos iphone ipad
    business pro premium enterprise cloud
    client clients cliente prospect prospects customer customers partner partners partenaire
    partenaires salon fair event événement evenement webinar webinaire
    sa sas sarl eurl sci inc ltd llc gmbh group groupe
    drh dsi daf pdg dg rh ceo cto cfo coo cmo vp sdr ae kam tpe pme eti cse ce crédit credit
    """
)

#: Common first names (France and English-speaking countries) that are rarely ordinary words.
#: A lone capitalised first name is masked; ambiguous ones (Will, May, Mark, Rose…) are left out.
FIRST_NAMES = _words(
    """
    jean pierre michel philippe alain nicolas christophe patrick christian daniel david éric eric
    frédéric frederic laurent stéphane stephane olivier julien sébastien sebastien thierry pascal
    françois francois vincent jacques bernard thomas alexandre antoine romain guillaume mathieu
    matthieu maxime kevin kévin jérôme jerome franck bruno didier dominique gilles sylvain yves
    hugo lucas louis gabriel arthur jules léo leo raphaël raphael paul adam nathan théo theo
    ethan noah mathis enzo clément clement baptiste quentin florian benjamin cédric cedric damien
    fabien ludovic arnaud loïc loic mickaël mickael yann jonathan anthony rémi remi xavier hervé
    herve marc luc andré andre henri rené rene claude serge gérard gerard joël joel lionel
    marie nathalie isabelle sylvie catherine françoise francoise christine sandrine valérie
    valerie véronique veronique sophie céline celine stéphanie stephanie nadine monique martine
    chantal brigitte anne julie aurélie aurelie caroline camille laura léa lea manon emma chloé
    chloe inès ines jade louise alice lina mila ambre léna lena zoé zoe juliette clara sarah
    pauline mathilde marine émilie emilie elodie élodie audrey laetitia karine virginie corinne
    patricia sabrina delphine agnès agnes florence hélène helene claire charlotte lucie margaux
    océane oceane morgane amandine jessica mélanie melanie justine anaïs anais marion alexandra
    béatrice beatrice odile mireille josiane danielle jacqueline simone ginette yvette colette
    fatima mohamed mohammed ahmed karim rachid samir mehdi yassine nadia leila leïla amina
    yasmine sofia
    john james robert michael william richard joseph charles christopher matthew anthony donald
    steven andrew joshua kenneth kevin brian george edward ronald timothy jason jeffrey ryan
    jacob gary eric stephen larry justin scott brandon benjamin samuel gregory alexander
    patrick dennis jerry tyler aaron henry douglas peter adam zachary walter kyle harold carl
    jeremy keith roger gerald ethan arthur terry christian sean lawrence austin noah jesse
    oliver harry jack charlie george oscar leo freddie alfie archie
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
    margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
    nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
    heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn
    judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances
    kathryn janice jean abigail alice julia judy sophia isabella charlotte amelia mia ava
    """
)

#: Lower-case particles inside a name ("Marie de la Tour", "Ludwig van Beethoven").
PARTICLES = _words("de du des la le d' van von der den da di del della dos ben bin")

#: Lower-case words that follow a first name in ordinary text (not a surname), and first names
#: that are ordinary words in lower case ("pierre", "claire", "rose"…): the lower-case name rule
#: skips them.
LOWER_CASE_NOT_SURNAMES = _words(
    """
    pierre claire rose marine camille victoire france olive prune colombe aurore
    est a ai as sera était etait va veut peut doit souhaite voudrait dit a-t-il au aux
    is was has had will would can could said wants asked et ou mais donc car ni the and or
    de du des la le les un une en dans sur pour par avec sans chez vers
    """
)

#: Verbs that follow a person as the subject of a sentence: "Rousseau veut", "O'Brien is".
PERSON_VERBS = _words(
    """
    veut voudrait souhaite demande préfère prefere a est était etait sera m'a m’a n'a n’a ne dit
    pense attend appelle rappelle part travaille s'est s’est
    is was wants wanted asked asks says said has had will would called calls prefers left
    """
)
