"""The channel of the action: phone, automated call, SMS, e-mail, post, fax, social DM."""

from __future__ import annotations

import re

from bot.understand.lexicon import words

_AUTOMATED = words("channel", "automated")
_FAX = words("channel", "fax")
_SMS = words("channel", "sms")
_EMAIL = words("channel", "email")
_PHONE = words("channel", "phone")
_POST = words("channel", "post")
_SOCIAL = words("channel", "social")
#: The do-not-call list: it concerns phone canvassing only, so a message naming it and no other
#: means is about calls ("mêmes particuliers, aucun sur Bloctel, mardi 15h ?").
_DO_NOT_CALL = words("bloctel", "bloctel")
_DENIAL = words("channel", "denial")
_JOINT = words("channel", "denied_list_joint")
_INTENT = words("channel", "intent")
#: A sending word before the noun "appel": an appeal that is sent, not a call ("envoyer notre appel
#: de fin d'année"); a call is made ("passer un appel").
_SENT = words("channel", "sent")
#: The channels ruled out just before a channel word: a denial, then any channels of its list
#: ("pas de mail, pas de sms", "ni mail ni sms", "no email or SMS"), up to the word.
_DENIED_BEFORE = re.compile(
    rf"(?:{_DENIAL.pattern})(?:(?:{_SMS.pattern}|{_EMAIL.pattern}|{_PHONE.pattern}|"
    rf"{_POST.pattern})(?:{_JOINT.pattern})(?:{_DENIAL.pattern})?)*$"
)


def _denied(folded: str, at: int) -> bool:
    """Is the channel word at ``at`` ruled out ("pas de sms", "no email or SMS", "not by phone")?"""
    return bool(_DENIED_BEFORE.search(folded[max(0, at - 80) : at]))


#: An action word or a "by" just before a channel word: the channel of the action asked about.
_ACTION_BEFORE = re.compile(
    r"(?:envoy\w*|envoi|send\w*|sent|ecri\w*|write|contact\w*|prospect\w*|relanc\w*|demarch\w*|"
    r"propos\w*|pitch\w*|cibl\w*|target\w*|campagne|campaign|blast|push|par|by|via|en|over|un|une|"
    r"des|an|a|on|de|d')\W+(?:\w+\W+){0,2}$"
)


_VERB_CHANNEL = {  # the word itself is the action: "appeler", "call", "text", "e-mail them"
    "phone": re.compile(
        r"^(?:appel(?:er|le|lent|ons|ez)|call(?:ing)?|cold[- ]?call\w*|phoning|"
        r"rappeler|ring|telephoner|demarchage tel\w*)"
    ),
    "sms": re.compile(r"^(?:text|texting)"),
    "email": re.compile(r"^e-?mail(?:ing|er|ez|ons)?$"),
}


#: English "to mail" something physical ("can we mail a paper catalogue"), not "un mail".
_MAIL_VERB = re.compile(
    r".*\b(?:to|can|could|may|we|i|should|will|our|your) mail(?:ed|ing)? ?(?!(?:to )?(?:an? )?e-?mail)"
)


def _channel(folded: str) -> str | None:
    if _AUTOMATED.search(folded):
        return "automated_call"
    if _FAX.search(folded):
        return "fax"
    found: list[tuple[int, bool, str]] = []  # (position, strong, channel)
    for name, pattern in (("sms", _SMS), ("email", _EMAIL), ("phone", _PHONE), ("post", _POST)):
        for m in pattern.finditer(folded):
            word = m.group(0)
            strong = bool(_ACTION_BEFORE.search(folded[max(0, m.start() - 40) : m.start()]))
            if name in _VERB_CHANNEL and _VERB_CHANNEL[name].match(word):
                strong = True
            if name == "phone" and word.startswith(("portable", "mobile")):
                strong = False  # "son portable" also gets SMS
            before = folded[max(0, m.start() - 40) : m.start()]
            if word in ("appel", "appels") and _SENT.search(before):
                continue  # "lui envoyer notre appel de fin d'année": a written appeal
            found.append((m.start(), strong, name))
    # a word inside a postal phrase is that phrase's ("regular mail", "mailing postal")
    posts = [(m.start(), m.end()) for m in _POST.finditer(folded)]
    found = [f for f in found if f[2] == "post" or not any(a <= f[0] < b for a, b in posts)]
    # a channel ruled out ("pas de mail ni de sms, que du courrier") is not the action's, as long
    # as another one is named; alone it is still what the message is about
    named = [f for f in found if not _denied(folded, f[0])]
    found = named or found
    if found:
        emails = [f[0] for f in found if f[2] == "email"]
        if (
            any(f[2] == "post" for f in found)
            and emails
            and all(_MAIL_VERB.match(folded, max(0, i - 12)) for i in emails)
        ):
            return "post"  # "to mail a paper catalogue / a letter": the verb, not an e-mail
        strong = [f for f in found if f[1]]
        # SMS beats a mere "numéro de téléphone / portable" mention
        names = {f[2] for f in found}
        if "sms" in names and not any(f[2] == "phone" and f[1] for f in found):
            return "sms"
        return min(strong or found)[2]
    if _SOCIAL.search(folded):
        return "social_dm"
    return None


#: A question sentence, and the contrast that sets the action apart inside it ("tel et mail c'est
#: mort, par contre un courrier ?").
_QUESTION_SENTENCE = re.compile(r"[^.!?\n]*\?")


_CONTRAST = re.compile(
    r"\b(?:mais|par contre|en revanche|plutot|sinon|but|however|instead|what about|how about|"
    r"et pour|and for|quid)\b"
)


#: A clause of reason or concession heading the question, up to its comma ("Since email is
#: covered, can we phone them too?", "puisqu'il a accepté les mails, je peux l'appeler ?"): what
#: is granted, the context; the main clause after the comma names the action asked.
_GIVEN_CLAUSE = re.compile(
    r"^\W*(?:since|as|given that|now that|seeing that|because|puisqu\w*|vu qu\w*|etant donne qu\w*|"
    r"comme|du moment qu\w*|des lors qu\w*|maintenant qu\w*|parce qu\w*)\b[^,;?]*[,;]"
)


#: A channel named as a point of comparison ("comme le démarchage tel", "like cold calling", "as
#: with e-mails", "pareil que pour les SMS"): what the action is compared with, not its channel.
_COMPARED = re.compile(
    r"\b(?:comme|like|as with|as for|same as|similar to|pareil que|au meme titre que|de meme que|"
    r"tout comme|just like|unlike|contrairement a|a la difference de)\b(?: pour)?(?: \w+){1,4}?"
    r"(?=\s*(?:\?|$))"
)


#: A channel as the second term of a comparative ("moins intrusif qu'un vrai appel", "cheaper
#: than a letter"), up to the end of its clause: the yardstick, not the means of the action.
_THAN = re.compile(
    rf"(?:{words('channel', 'comparative').pattern}) ?[\w-]+(?: [\w-]+){{0,3}}?(?=\s*(?:[?,;]|$))"
)


#: A channel replaced by the action's ("instead of emailing", "plutôt que par SMS", "au lieu de lui
#: écrire un mail"), up to its channel word: the means not used, blanked from the question.
_REPLACED = re.compile(
    rf"(?:{words('channel', 'replaced').pattern})\W*(?:[\w'-]+\W+){{0,3}}?"
    rf"(?:{_SMS.pattern}|{_EMAIL.pattern}|{_PHONE.pattern}|{_POST.pattern})"
)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda c: " " * len(c.group(0)), text)


def _channel_asked(folded: str) -> str | None:
    """The channel of the action asked about: the one the question names, after any contrast,
    before the channels merely mentioned around it (what was done, what is ruled out)."""
    for m in reversed(list(_QUESTION_SENTENCE.finditer(folded))):
        # "is it banned like phone canvassing?", "less intrusive than a real call, OK?": the
        # channel compared with is not the one asked, nor the one replaced ("instead of emailing")
        sentence = _blank(_REPLACED, _blank(_THAN, _blank(_COMPARED, m.group(0))))
        given = _GIVEN_CLAUSE.match(sentence)
        if given:
            main = _channel(sentence[given.end() :])
            if main:
                return main
        turns = list(_CONTRAST.finditer(sentence))
        if turns:
            after = _channel(sentence[turns[-1].start() :])
            if after:
                return after
        asked = _channel(sentence)
        if asked == "email" and _only_mail_verb(sentence) and _channel(folded) == "post":
            # "Fine to mail them?" after a postal list and a catalogue: the English verb "to mail"
            # says sending, not by which means; the message around it does
            return "post"
        if asked:
            return asked
    for m in _INTENT.finditer(folded):
        # no question names one: the words saying what the rep means to do ("now I'd like to
        # email him"), not a past call told before; the means is the verb's, within a few words
        window = m.group(0) + " ".join(folded[m.end() :].split(" ")[:4])
        meant = _channel(window)
        if meant and not (meant == "email" and _only_mail_verb(window)):
            return meant  # (the English verb "to mail" names no means: the message around does)
    instead = _channel_instead(folded)
    if instead:
        return instead
    read = _channel(folded)
    if read is None and _DO_NOT_CALL.search(folded):
        return "phone"
    return read


#: A preference that replaces what came before ("je voudrais plutôt les appeler", "I'd rather call
#: them", "call them instead"), not a comparison ("plutôt que par mail": a denial).
_INSTEAD = re.compile(
    r"\b(?:plutot(?! que| qu')|instead(?! of)|rather(?! than)|a la place(?! d))\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+")


def _channel_instead(folded: str) -> str | None:
    """The channel of the last sentence saying what the asker would do instead: the action asked
    when the question itself ("Ça passe ?") names none — not the channel of an earlier consent."""
    for m in reversed(list(_SENTENCE.finditer(folded))):
        turns = list(_INSTEAD.finditer(m.group(0)))
        if turns:
            sentence = m.group(0)
            return _channel(sentence[turns[-1].start() :]) or _channel(sentence)
    return None


#: The bare English word "mail" (not "e-mail", "mails", "mailbox"), as the verb its sentence uses.
_BARE_MAIL = re.compile(r"(?<![-@.\w])mail(?:ed|ing)?\b(?! ?(?:box|@|address|adress))")


def _only_mail_verb(sentence: str) -> bool:
    """The sentence names an e-mail only by the ambiguous English verb "to mail" ("can we mail
    them?", "ok to mail these people?"): every e-mail word of it is that verb."""
    hits = list(_EMAIL.finditer(sentence))
    return bool(hits) and all(
        _BARE_MAIL.match(sentence, m.start()) and _MAIL_VERB.match(sentence, max(0, m.start() - 12))
        for m in hits
    )
