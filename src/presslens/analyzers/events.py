"""Political events: who did what to whom, in PLOVER types with CAMEO codes, over the whole document.

A trigger is a verb of the lexicon ("expelled"), a light verb with an event noun as its object ("imposed
sanctions", "launched an offensive") or an event noun on its own ("the sanctions on Russia", "joint
operations"). Its actors and recipients are read from the dependency parse and resolved through the
mentions the actors analyzer found, so that "Moscow", "the Kremlin" and "Putin" all code as Russia, and
coordinated phrases give compound sides ("the United States, Britain and Canada announced a boycott").

Modality comes from the clause around the trigger: negation, future and intent ("will", "promised to"),
conditions ("if", "unless", "could"), reported speech (inside a quote of someone other than the actor) and
ongoing action. A verb that takes another act as its content codes the pair as one event, as CAMEO does:
"threatened to impose sanctions" is THREATEN, "refused to withdraw" is REJECT, "urged Iran to talk" is
REQUEST; an act promised or offered keeps its own type with future modality and codes as intent. A
statement that another party must or should act is a demand or an appeal to it ("Russia said NATO must
withdraw"), and an act demanded on pain of a penalty a threat ("return to work or face arrest").

Unnamed sides follow CAMEO's domestic coding: an attack, a curfew or a protest with no named side takes the
country of the place it happens in (an attacker as that country's unidentified forces, UAF); a protest that
names no one targets the protesters' own state; a group or a state body of no named country ("police",
"opposition supporters", "the finance ministry") is of the one country a story names; a state body in a
speaker's words is the speaker's; aid goes to the country where it is delivered, a visit to its host; a
state's measures at home against or for no one named (a curfew, a seizure, a pardon) and an insurgency's
attacks at home are domestic events; an act two parties do together ("A and B agreed", joint exercises)
has both as sources and no recipient, while "each other" and trading acts make each the other's; forces
readied "after" or "as" a rival acts are readied against it; blame for a deed goes to its doer or its place,
not its victim; people of no nation struck, aided or arrested abroad are the place's; the town an act
happens in is no party to it. Where CAMEO-to-PLOVER tables file a code under another type than its CAMEO
root suggests, they are followed (apologies and signed agreements SUPPORT, findings of guilt ACCUSE,
violent repression and mass expulsion ASSAULT).

Known limits: sides are actors (countries, organisations, people) with a CAMEO sector read from their words
beside them, not full CAMEO actor codes; people and bodies the gazetteer does not know count only through a
country named beside them or the one country a story names; a story naming two countries or more leaves an
unnamed side open; and every error of the small spaCy parser (a verb read as a noun, a phrase attached to
the wrong word) reaches the coding, though a few frequent ones are repaired (a subject hung on an opening
phrase, a second object hung on the first, a headline-like "China test-fired missiles" read as a noun
phrase, an object hung inside an "as" phrase, a verb hung on the noun of a "backed by" phrase, a gerund
tagged as a noun, a plural noun after the day read as a verb, a "when" read as an adverb).
"""

from __future__ import annotations

import functools
import re
import string
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from presslens.model import STORY_ROLES, Event, Mention, Span
from presslens.nlp import known_words, remarked_on, stray_speaker, text_of
from presslens.resources import load_table

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from presslens.analyzers import Parsed
    from presslens.model import Quote


# -- the tables -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Trigger:
    """What a lexicon entry codes."""

    type: str
    mode: str | None = None
    cameo: str | None = None
    reciprocal: bool = False
    needs_object: frozenset[str] = frozenset()  # object nouns it must have ("charge" ... "with")
    needs_prep: frozenset[str] = frozenset()
    object_is: str = "recipient"  # or "content": "signed a treaty", "agreed on a plan"
    except_object: frozenset[str] = frozenset()  # objects that make it something else: "demonstrated resolve"
    needs_subject: frozenset[str] = frozenset()  # who must do it: "troops left Latvia", "doctors arrived"
    # or "recipient": "a convoy came under fire"; or "accused": a misdeed one party tells of another ("said
    # Greece was harbouring guerrillas"), coded as the teller's accusation of the doer
    subject_is: str = "actor"


@dataclass(frozen=True)
class Lexicon:
    verb_lemma: dict[str, str]  # inflected form -> base
    noun_lemma: dict[str, str]
    verbs: dict[str, tuple[Trigger, ...]]  # base -> its readings, tried in order ("arrive": aid, or a visit)
    verb_seconds: dict[str, dict[str, tuple[Trigger, ...]]]  # base -> second word -> readings ("pull out")
    nouns: dict[str, list[tuple[tuple[str, ...], Trigger]]]  # head noun -> (words before it, trigger)
    light: frozenset[str]
    intent: frozenset[str]
    intent_adjectives: frozenset[str]
    dismay: frozenset[str]  # "concerned", "alarmed": disapproval of a cause
    dismay_preps: frozenset[str]
    dealings: frozenset[str]  # "aid", "trade", "talks": ties that can be cut
    pacts: frozenset[str]  # "treaty", "deal": left ("quit the treaty") or kept ("honoured the deal")
    quitting: frozenset[str]
    keeping: frozenset[str]
    stopping: frozenset[str]  # "stopped honouring the agreement": kept no longer
    refuse: frozenset[str]
    request: dict[str, Trigger]  # "urge", "call on" -> REQUEST with its CAMEO code
    request_verbs: frozenset[str]  # their first words
    threaten: frozenset[str]
    reciprocal_markers: frozenset[str]
    recipient_preps: dict[str, frozenset[str]]
    sectors: dict[str, str]  # group noun -> CAMEO sector ("police" -> COP, "protester" -> CVL)
    contexts: dict[str, tuple[str, ...]]  # word -> PLOVER contexts it signals ("troops" -> military)
    instruments: dict[str, str]  # weapon noun -> the ASSAULT mode it gives ("machete" -> primitive)
    types: dict[str, dict[str, Any]]  # PLOVER type -> quad, cameo, goldstein, cooperative, material, modes
    cameo: dict[str, dict[str, Any]]  # CAMEO code -> name, goldstein, quad

    def preps_for(self, plover: str) -> frozenset[str]:
        return self.recipient_preps.get(plover) or self.recipient_preps.get("*", frozenset())

    @functools.cached_property
    def forms(self) -> frozenset[str]:
        """Every verb and noun form the lexicon knows, for reading typos."""
        return frozenset(self.verb_lemma) | frozenset(self.noun_lemma)


_VOWELS = set("aeiou")


def verb_forms(base: str) -> set[str]:
    """Regular inflections of a verb (doubling guessed generously: a form that never occurs costs nothing)."""
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", (base if base.endswith(("ee", "ye", "oe")) else base[:-1]) + "ing"}
    elif base.endswith("y") and len(base) > 2 and base[-2] not in _VOWELS:
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
    if re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", base):
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


def noun_forms(base: str) -> set[str]:
    if base.endswith(("s", "x", "z", "ch", "sh")):
        return {base, base + "es"}
    if base.endswith("y") and len(base) > 2 and base[-2] not in _VOWELS:
        return {base, base[:-1] + "ies"}
    return {base, base + "s"}


def _trigger(entry: dict[str, Any] | None, plover: str | None = None) -> Trigger:
    entry = entry or {}
    try:
        lists = {
            k: _words(entry.get(k), k)
            for k in ("needs_object", "needs_prep", "except_object", "needs_subject")
        }
    except ValueError as error:
        raise ValueError(f"lexicon entry {entry}: {error}") from None
    return Trigger(
        type=str(entry.get("type") or plover or ""),
        mode=entry.get("mode"),
        cameo=str(entry["cameo"]) if entry.get("cameo") else None,
        reciprocal=bool(entry.get("reciprocal")),
        object_is=str(entry.get("object_is") or "recipient"),
        subject_is=str(entry.get("subject_is") or "actor"),
        **lists,
    )


def _invert(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name, words in table.items():
        for word in words or ():
            out.setdefault(str(word).lower(), []).append(str(name))
    return {word: tuple(names) for word, names in out.items()}


def _words(items: Any, where: str = "events lexicon") -> frozenset[str]:
    """A lexicon word list, lowercased. A word YAML read as something else (an unquoted "on" is true) is a
    mistake in the table, refused when it loads rather than never matching."""
    if bad := [w for w in items or () if not isinstance(w, str)]:
        raise ValueError(f"{where}: {bad[0]!r} is not a word (quote 'on', 'no' and the like)")
    return frozenset(w.lower() for w in items or ())


@functools.cache
def lexicon() -> Lexicon:
    table = load_table("lexicons/events")
    ontology = load_table("events/plover")
    irregular = {str(k).lower(): [str(f).lower() for f in v or ()] for k, v in table["irregular"].items()}
    verb_lemma: dict[str, str] = {}
    noun_lemma: dict[str, str] = {}

    def add_verb(base: str) -> None:
        for form in (*verb_forms(base), *irregular.get(base, ())):
            verb_lemma.setdefault(form, base)

    verbs: dict[str, tuple[Trigger, ...]] = {}
    seconds: dict[str, dict[str, tuple[Trigger, ...]]] = {}
    for key, entry in (table.get("verbs") or {}).items():
        words = str(key).lower().split()
        add_verb(words[0])
        if len(words) == 1:
            verbs[words[0]] = tuple(_trigger(e) for e in (entry if isinstance(entry, list) else [entry]))
        else:
            readings = tuple(_trigger(e) for e in (entry if isinstance(entry, list) else [entry]))
            seconds.setdefault(words[0], {})[" ".join(words[1:])] = readings
    nouns: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for key, entry in (table.get("nouns") or {}).items():
        words = str(key).lower().split()
        head = words[-1]
        for form in (*noun_forms(head), *irregular.get(head, ())):
            noun_lemma.setdefault(form, head)
        for e in entry if isinstance(entry, list) else [entry]:  # readings tried in order, as for verbs
            nouns.setdefault(head, []).append((tuple(words[:-1]), _trigger(e)))
    for options in nouns.values():
        # longest phrase first (a stable sort keeps the readings' order): "hunger strike" before "strike"
        options.sort(key=lambda o: -len(o[0]))
    request: dict[str, Trigger] = {}
    for key, entry in (table.get("request") or {}).items():
        words = str(key).lower().split()
        add_verb(words[0])
        request[str(key).lower()] = _trigger(entry, "REQUEST")
    groups = {
        name: _words(table.get(name))
        for name in ("light", "intent", "refuse", "threaten", "quitting", "keeping", "stopping")
    }
    for words in groups.values():
        for w in words:
            add_verb(w.split()[0])
    for base in {b for b in verb_lemma.values() if b.endswith("e")}:
        # "raped" is "rape" done, not "rap" with its consonant left undoubled
        for form in (base + "d", base[:-1] + "ing"):
            owner = verb_lemma.get(form, base)
            if owner != base and form in (owner + "ed", owner + "ing"):
                verb_lemma[form] = base
    preps = {str(k): _words(v) for k, v in (table.get("recipient_preps") or {}).items()}
    return Lexicon(
        verb_lemma=verb_lemma,
        noun_lemma=noun_lemma,
        verbs=verbs,
        verb_seconds=seconds,
        nouns=nouns,
        light=groups["light"],
        intent=groups["intent"],
        intent_adjectives=_words(table.get("intent_adjectives")),
        dismay=_words(table.get("dismay")),
        dismay_preps=_words(table.get("dismay_preps")),
        dealings=_words(table.get("dealings")),
        pacts=_words(table.get("pacts")),
        quitting=groups["quitting"],
        keeping=groups["keeping"],
        stopping=groups["stopping"],
        refuse=groups["refuse"],
        request=request,
        request_verbs=frozenset(k.split()[0] for k in request),
        threaten=groups["threaten"],
        reciprocal_markers=_words(table.get("reciprocal_markers")),
        recipient_preps=preps,
        sectors={
            str(word).lower(): str(sector)
            for sector, words in (load_table("actors/lexicon").get("group_sector_words") or {}).items()
            for word in words or ()
        },
        contexts=_invert(table.get("contexts") or {}),
        instruments={
            str(w): str(mode) for mode, words in (table.get("instruments") or {}).items() for w in words
        },
        types=ontology["types"],
        cameo={str(k): v for k, v in ontology["cameo"].items()},
    )


# -- coding: from the act as told to the CAMEO code -------------------------------------------------

_THREATEN_MODES = {
    "SANCTION": "restrict",
    "COERCE": "restrict",
    "ASSAULT": "violence",
    "PROTEST": "non-force",
}


def _share_recipients(coded: list[tuple[_Found, Event]]) -> None:
    """An act with no recipient takes the one of the same kind of act joined to it, by the same actors:
    "called up reservists and moved armoured units to the Syrian frontier", "were ready to halt attacks and
    sit down with the government", "rammed a truck into the Central Bank, killing 53 people". Not an office
    left ("resigned, handing over to his deputy"): that is yielded to no one."""
    for f, event in coded:
        if event.target_ids or not event.main or event.mode == "resign" or event.plover == "THREATEN":
            continue  # each threat names its own aim: "threatened to send the military ..., but also ..."
        for g, other in coded:
            if (
                other is not event
                and other.target_ids
                and _joined_acts(f.head, g.head)
                and coded_plover(other) == coded_plover(event)
                and set(other.source_ids) == set(event.source_ids)
                # forces moved on their own ground are aimed at no one there
                and not (event.plover == "MOBILIZE" and set(other.target_ids) & set(event.source_ids))
            ):
                event.target_ids, event.targets = list(other.target_ids), list(other.targets)
                break


def _joined_acts(a: Token, b: Token) -> bool:
    """Are two trigger heads conjoined verbs, or is the second a participle telling what the first did? A
    doer noun stands for its verb ("a suicide bomber rammed ..., killing")."""
    a, b = (t.head if t.dep_ == "nsubj" and t.tag_.startswith("NN") else t for t in (a, b))
    return (
        (b.dep_ == "conj" and b.head.i == a.i)
        or (a.dep_ == "conj" and a.head.i == b.i)
        or (b.dep_ == "advcl" and b.tag_ == "VBG" and b.head.i == a.i)
    )


def coded_plover(event: Event) -> str | None:
    """The PLOVER type the event counts as in CAMEO-style coding, or None when it codes nothing.

    A deed made to depend on the other side ("will withdraw unless ...") is a threat (CAMEO 13); an
    intended or offered cooperative act is an agreement (03, intent to cooperate) and an intended
    conflict deed a threat; a cooperative act negated ("will not withdraw") is a rejection (12); a
    conflict act that did not happen is no event."""
    if event.modality == "negated":
        return "REJECT" if _cooperative(event.plover) else None
    if event.condition is not None and event.condition.text.lower().startswith("unless"):
        # "refused to talk unless the rebels disarmed" is a refusal; "will veto Turkey's bid unless" a threat
        vowed = event.plover == "REJECT" and event.modality == "future"
        return "THREATEN" if event.plover not in ("REQUEST", "ACCUSE", "REJECT") or vowed else event.plover
    if event.modality in ("future", "hypothetical"):
        if _cooperative(event.plover):
            return "AGREE"
        if _material(event.plover):
            return "THREATEN"
    return event.plover


def _respellings(doc: Doc, lex: Lexicon) -> dict[int, str]:
    """Lower-case words of six letters or more that are no word the model knows nor one of the lexicon's,
    but one letter away from exactly one lexicon verb or noun form with the same first letter (and, among
    several, the same last letter): the typos of wire copy ("depolyed", "relased"), read as the word.
    Names and capitalised words are left alone."""
    known = known_words()
    out: dict[int, str] = {}
    if not known:
        return out
    forms = lex.forms
    for tok in doc:
        word = tok.text
        if len(word) < 6 or not word.isalpha() or not word.islower() or word in known or word in forms:
            continue
        if any(stem in known for stem in _stems(word)):
            continue  # a known word inflected is a word: "texted", "meting"
        for edits in _one_edit(word):  # a letter left out first ("relased": "released", not "relaxed")
            near = {w for w in edits if w in forms and w[0] == word[0]}
            if len(near) > 1:  # "threatend": "threatened", not "threatens"
                near = {w for w in near if w[-1] == word[-1]}
            if near:
                if len(near) == 1:
                    out[tok.i] = near.pop()
                break
    return out


def _stems(word: str) -> list[str]:
    """What `word` would be with a regular ending taken off: "texted" -> "text", "texte"."""
    out = []
    for ending in ("ing", "ers", "ed", "er", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            out += [word[: -len(ending)], word[: -len(ending)] + "e"]
    return out


def _one_edit(word: str) -> list[set[str]]:
    """The strings one edit away from `word` that typing errors make most, by the edit: a letter left out,
    then two letters swapped. A letter too many or a wrong one turns too many rare words into others."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return [
        {a + c + b for a, b in splits for c in string.ascii_lowercase},
        {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1},
    ]


def _cooperative(plover: str) -> bool:
    return bool(lexicon().types.get(plover, {}).get("cooperative"))


def _material(plover: str) -> bool:
    return bool(lexicon().types.get(plover, {}).get("material"))


def _codes(event: Event, cameo: str | None) -> tuple[str | None, int, float]:
    """CAMEO code, quad class and Goldstein value for the act as CAMEO codes it."""
    lex = lexicon()
    plover, mode = event.plover, event.mode
    coded = coded_plover(event) or plover
    spec = lex.types.get(coded, {})
    if coded == plover:
        modes = spec.get("modes") or {}
        code = cameo or (modes.get(mode) or {}).get("cameo") or spec.get("cameo")
    else:
        code = spec.get("cameo")
        if coded == "THREATEN":
            threat = (spec.get("modes") or {}).get(_THREATEN_MODES.get(plover, ""))
            code = (threat or {}).get("cameo") or code
    row = lex.cameo.get(str(code), {}) if code else {}
    quad = int(row.get("quad") or spec.get("quad") or 0)
    goldstein = float(row.get("goldstein", spec.get("goldstein", 0.0)))
    return (str(code) if code else None), quad, goldstein


def _condition_mark(clause: Token) -> Token | None:
    """The word that makes a clause a condition: its "if" or "unless", or the auxiliary an inverted one
    opens with ("Should the United States attack ...", "Had the talks failed, ...")."""
    mark = next((g for g in clause.children if g.dep_ == "mark" and g.lower_ in _IF), None)
    if mark is not None or clause.dep_ != "advcl":
        return mark
    first = clause.doc[clause.left_edge.i]
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        first.lower_ in _INVERTED_IF
        and first.head.i == clause.i
        and subject is not None
        and first.i < subject.i
    ):
        return first
    return None


def is_main(event: Event) -> bool:
    """Not told in a subordinate clause of another event (the eval's "main" events)."""
    return event.main


# -- reading the parse ----------------------------------------------------------------------------

_SUBJECTS = ("nsubj", "csubj")
_CORE_LEFT = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "predet", "flat", "case", "cc"}
_RELATIVE = {"who", "that", "which", "whom"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_CONDITIONAL_AUX = {"would", "could", "might", "may", "should", "'d"}
_IF = {"if", "unless", "whether"}
_INVERTED_IF = {"should", "had", "were"}  # "Should Washington enact the bill, ...": an if-clause inverted
_NEGATION = {"not", "n't", "never", "no"}
_SIGNALS = {
    "warning", "message", "signal", "show", "demonstration", "reminder", "rebuke", "snub", "gesture",
    "overture",
}  # fmt: skip
_PLOTS = {"plot", "conspiracy", "coup", "unrest", "violence", "riot", "campaign", "massacre", "blast"}
_SAYING_FORMS = frozenset(
    {"said", *(f for b in ("say", "claim", "allege", "insist", "state") for f in verb_forms(b))}
)
_SAY = {
    "say", "tell", "report", "announce", "state", "claim", "allege", "add", "confirm", "insist", "declare",
    "note", "write", "argue", "suggest", "believe", "think", "hope", "deny", "accord",
}  # fmt: skip
_OPEN_PRONOUNS = {"it", "its", "they", "their", "them", "we", "our", "he", "his", "him", "she", "her"}
_DEEDS = {  # nouns whose "by" names the doer ("any attempt by Azerbaijan")
    "attempt", "move", "effort", "bid", "decision", "request", "offer", "proposal", "plan", "initiative",
    "interference", "meddling",
}  # fmt: skip
_SECOND_DEPS = {"prt", "prep", "advmod", "oprd", "acomp", "ccomp", "xcomp", "amod", "acl"}
_INFORMING = frozenset(f for b in ("inform", "notify") for f in verb_forms(b))
_VOICED = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT"}  # what a crowd's march or rally may say
_STATEMENTS = {"report", "statement", "resolution", "communique", "letter", "declaration", "study", "ruling"}
# participles that make what they describe someone's proposal ("the plan put forward by Egypt")
_PROPOSED = {
    "proposed", "put", "drafted", "drawn", "offered", "suggested", "tabled", "brokered", "sponsored",
    "floated",
}  # fmt: skip
# participles that make what they describe someone's gift ("tents sent by Turkey", "food donated by Japan")
_GIVEN = {"sent", "donated", "supplied", "provided", "shipped", "delivered", "flown", "airlifted", "pledged"}
_ADVISED = {  # people a state warns for their own good
    "citizen", "national", "traveller", "traveler", "tourist", "resident", "visitor", "expatriate",
    "holidaymaker",
}  # fmt: skip
# verbs matched by every form, since the coder's parse carries no lemmas
_ADVISING = frozenset(f for b in ("advise", "caution", "counsel") for f in verb_forms(b))
_SPEECH_LIKE_REQUESTS = {"tell", "ask", "invite", "encourage", "press", "push", "direct", "lobby"}
# a "decision to ban" is no intent: it is the ban, as "decided to ban" is
_INTENT_NOUNS = {
    "promise", "pledge", "plan", "offer", "vow", "intention", "readiness", "willingness", "commitment",
    "proposal", "bid", "attempt", "threat", "right",
}  # fmt: skip
_DONE_BY_OF = {"MOBILIZE", "RETREAT", "PROTEST", "CONSULT"}  # "the visit of", "the withdrawal of": the actor
# stands whose of-phrase is who takes them: "the commitment of the United States", "with the backing of Iran"
_STANDS_OF = {
    "commitment", "refusal", "willingness", "readiness", "determination", "insistence", "support", "backing",
    "approval", "consent", "help", "assistance", "objection", "opposition", "request", "demand", "invitation",
    "proposal", "initiative",
}  # fmt: skip
# time and place: never where a recipient is looked for
_SETTING_PREPS = {
    "in",
    "at",
    "near",
    "during",
    "after",
    "before",
    "since",
    "until",
    "on",
    "outside",
    "inside",
    "despite",  # "despite North Korea's complaints": who objects, not whom it is aimed at
    "amid",
}
_NOUN_RECIPIENT_PREPS = {"on", "against", "with", "to", "into", "of", "at", "toward", "towards"}
_ABOUT_ON = {"CONSULT", "AGREE", "COOPERATE"}  # acts whose "on" names what they are about, not a party
_IRREGULAR_SAYING = frozenset({"said", "told", "thought", "wrote"})
_SAY_FORMS = frozenset(f for base in _SAY for f in verb_forms(base)) | _IRREGULAR_SAYING
# "Russia said NATO must withdraw", "China wants Japan to apologise": a statement that another party must or
# should act is a demand or an appeal to it (CAMEO 10, 02), the act its content
_STATING = {
    "say", "tell", "state", "declare", "stress", "add", "argue", "believe", "think", "write", "maintain",
    "reiterate", "emphasise", "emphasize", "underline", "insist",
}  # fmt: skip
_STATING_FORMS = frozenset(f for base in _STATING for f in verb_forms(base)) | _IRREGULAR_SAYING
_WHEN_SAID = {"prep", "pobj", "npadvmod", "advmod", "punct", "det", "compound", "amod", "nummod", "poss"}
_WANTING_FORMS = frozenset(verb_forms("want") | verb_forms("wish"))
# "proposed that Ethiopia and Eritrea sign an accord": a suggestion with a bare verb after it is an appeal
_SUGGESTING_FORMS = frozenset(f for b in ("propose", "suggest", "recommend", "advise") for f in verb_forms(b))
_DEONTIC = {"must": "100", "should": "020", "ought": "020"}  # the modal's force: demand or appeal
_NEEDING = {"have": "100", "has": "100", "had": "100", "need": "100", "needs": "100"}  # "has to withdraw"


@dataclass
class _Found:
    """A trigger found in the parse, before its arguments are read."""

    head: Token  # the verb or noun that carries the event
    start: int
    end: int  # the trigger's character span
    trigger: Trigger
    noun: Token | None = None  # the event noun, for light verbs and nominal triggers
    content: Token | None = (
        None  # the embedded act of "threatened to ...", "refused to ...", "pledged to ..."
    )


class _Reader:
    """One document's parse with its mentions, quotes and the lexicon."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        quotes: list[Quote],
        placed: frozenset[str] = frozenset(),
        countries: dict[str, str] | None = None,
    ) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.lex = lexicon()
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.quotes = quotes
        self.placed = placed  # actors with a country or a code of their own (not a bare unknown name)
        self.countries = countries or {}  # actor id -> its country's actor id, where the analysis has one
        self.named_countries = set(self.countries.values())
        self.respelt = _respellings(doc, self.lex)  # token index -> the lexicon word a typo stands for
        self._seeking: set[int] = set()  # pronouns whose antecedent is being sought

    def word(self, tok: Token) -> str:
        """The token's lower-case form, a typo of a lexicon word read as the word ("depolyed")."""
        return self.respelt.get(tok.i, tok.lower_) if self.respelt else tok.lower_  # most texts have none

    # lemmas: the pipeline runs without a lemmatizer, so inflections come from the lexicon's own forms
    def verb(self, tok: Token) -> str | None:
        return self.lex.verb_lemma.get(self.respelt.get(tok.i, tok.lower_) if self.respelt else tok.lower_)

    def noun(self, tok: Token) -> str | None:
        return self.lex.noun_lemma.get(self.respelt.get(tok.i, tok.lower_) if self.respelt else tok.lower_)

    def noun_base(self, tok: Token) -> str:
        """A noun's singular, for object lists: the lexicon's own forms, else the regular plural undone."""
        low = tok.lower_
        return self.lex.noun_lemma.get(self.respelt.get(tok.i, low) if self.respelt else low) or _singular(
            low
        )

    def sector(self, tok: Token | None) -> str | None:
        """The CAMEO sector a phrase's head or its modifiers name: "riot police" COP, "opposition supporters"
        OPP, "Tamil refugees" REF."""
        if tok is None:
            return None
        # "dozens of opposition supporters", "a group of Shi'ite clerics"
        if (
            self.noun_base(tok) in _COUNTING
            or tok.tag_ == "CD"
            or self.noun_base(tok) in ("group", "delegation")
        ):
            counted = next(
                (p for c in tok.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None
            )
            if counted is not None:
                tok = counted
                if tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS", "NNP"):
                    return "CVL"  # "hundreds of Turkish Kurds": a crowd of a people
        if self.noun_base(tok) in ("man", "men", "group", "band") and any(
            c.lower_ == "armed" for c in tok.lefts
        ):
            return "REB"  # "armed men", "an armed group": irregulars, not the army
        if tok.tag_ in ("NNP", "NNPS") and any(
            m.kind in ("name", "alias") and m.sector is None and m.label == "GPE"
            for m in self.mention_at(tok)
        ):
            return None  # a state's own name: "the Soviet Union" is no trade union
        found = None
        for t in [tok, *(c for c in tok.lefts if c.dep_ in ("compound", "amod"))]:
            sector = self.lex.sectors.get(self.noun_base(t)) or self.lex.sectors.get(t.lower_)
            if (
                sector
                and t.i != tok.i
                and (sector in _DOMESTIC or sector == "COP")
                and not (
                    t.lower_ == "civilian" and found in _STATE  # "the new civilian government" is the state's
                )
            ):
                # "rebel commander" is a rebel, "opposition lawmaker" the opposition, "police officers" police
                return sector
            found = found or sector
        return found

    # -- triggers ---------------------------------------------------------------------------------

    def triggers(self, start: int, end: int) -> list[_Found]:
        """Event triggers among the tokens of one sentence (token indices `start`..`end`)."""
        found: list[_Found] = []
        used: set[int] = set()  # event nouns already taken by a verb
        doc = self.doc
        lemmas, nouns = self.lex.verb_lemma, self.lex.noun_lemma
        # a first look at the words alone: most are neither an event verb nor an event noun
        verbs, candidates = [], []
        for tok in doc[start:end]:
            low = self.word(tok)
            if low in lemmas:
                verbs.append(tok)
            if low in nouns or tok.tag_.startswith("NN") or self._hyphen_word(tok):
                candidates.append(tok)
        for tok in doc[start:end]:
            low = tok.lower_
            if (
                low in _SAYING_FORMS
                and (self._behind_it(tok) or self._misdeed_told(tok))
                and (charge := self._charge_that()) is not None
            ):
                # "Iran said the United States was behind the bombing": a charge, as "charged that"
                found.append(_Found(tok, tok.idx, tok.idx + len(tok), charge))
            elif low in _DECLARING and "persona non grata" in tok.sent.text.lower():
                # "declared three Libyan diplomats persona non grata", however the parser reads the Latin
                found.append(_Found(tok, tok.idx, tok.idx + len(tok), _EXPELLED))
            elif low in _GIVING and self._deadline_given(tok):
                # "gave Iraq until Saturday to leave Kuwait": an ultimatum (CAMEO 139)
                found.append(_Found(tok, tok.idx, tok.idx + len(tok), _DEADLINE))
            elif low in _SAYING_FORMS and self._deemed_cause_for_war(tok, said=True):
                # "said extending Greek waters would be a cause for war": a threat of force
                found.append(_Found(tok, tok.idx, tok.idx + len(tok), Trigger("THREATEN", cameo="138")))
            elif low in _SAYING_FORMS and self._deemed_unacceptable(tok) is not None:
                # "Morocco said the Algerian proposal was unacceptable": a refusal of it
                found.append(_Found(tok, tok.idx, tok.idx + len(tok), _REFUSAL))
            elif (
                tok.lower_ in _STATING_FORMS
                or tok.lower_ in _WANTING_FORMS
                or tok.lower_ in _SUGGESTING_FORMS
            ):
                hit = self._reported_demand(tok)
                if hit is not None:
                    found.append(hit)
            elif self._penalty_faced(tok):
                hit = self._ultimatum(tok)
                if hit is not None and all(f.head.i != hit.head.i for f in found):
                    found.append(hit)
            elif (tok.lower_ in self.lex.dismay or tok.lower_ in _CRITICAL_OF) and (
                cause := self.dismay_cause(tok)
            ) is not None:
                found.append(_Found(tok, tok.idx, tok.idx + len(tok), _DISMAY, content=cause))
            elif low in _COMPARING_FORMS and tok.tag_.startswith("VB") and self._likened_to_tyrant(tok):
                # "Soros compared Orban to the Nazis": an insult, as a denunciation
                found.append(_Found(tok, tok.idx, tok.idx + len(tok), _DENOUNCED))
            elif (
                tok.lower_ in _DEEMING_FORMS and tok.tag_.startswith("VB") and self._deemed_cause_for_war(tok)
            ):
                # "would regard any extension of Greek waters as a cause for war": a threat of force
                found.append(_Found(tok, tok.idx, tok.idx + len(tok), Trigger("THREATEN", cameo="138")))
            elif low in _DYING and _hands_of(tok) is not None:
                # "thirty people died at the hands of police": killed by them
                found.append(_Found(tok, tok.idx, tok.idx + len(tok), _DIED_AT_HANDS))
            elif low not in lemmas and tok.tag_ == "VB" and self._on_terms(tok):
                # "will keep its troops in Kuwait unless ...": a deed of no trigger of its own
                found.append(_Found(tok, tok.idx, tok.idx + len(tok), _ON_TERMS))
            elif (
                (low not in lemmas or lemmas[low] in _MOVED)  # "were forcibly returned across the border"
                and tok.tag_.startswith("VB")
                and any(c.lower_ == "forcibly" for c in tok.children)
                and any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in _PLURAL for c in tok.children)
            ):
                # "soldiers forcibly recruited hundreds of boys": whatever the verb, people made to (CAMEO
                # 17); not one person "forcibly kissed"
                found.append(_Found(tok, tok.idx, tok.idx + len(tok), _FORCED))
        for tok in verbs:
            if not (
                tok.tag_.startswith("VB") or _gerund_read_as_noun(tok) or _verb_read_as_modifier(tok)
            ) or any(f.head.i == tok.i for f in found):
                continue
            if _paired_adjective(tok):
                continue  # "exchanged 400 sick and wounded prisoners": a description, not a wounding
            if self._leave_to_speak(tok):
                continue  # "an official who was not authorized to discuss the issue": no talks
            if self._told_to_the_reader(tok):
                # "Visit The Virginian-Pilot at pilotonline.com"; "End the trade embargo": nor is its object
                used.update(o.i for o in self._objects(tok))
                continue
            if lemmas[self.word(tok)] in ("retaliate", "respond", "react") and _answered_by_deed(tok):
                continue  # "retaliated by ordering 25 British diplomats to leave": the act is the expulsion
            hit = self._verb_trigger(tok, lemmas[self.word(tok)])
            if hit is not None and hit.trigger.type in ("COERCE", "SANCTION") and self._protest_did(tok):
                continue  # "a general strike shut down shops": what the strike did, not a second act
            if hit is not None:
                found.append(hit)
                # the words of "lifted a blockade" are taken: "blockade" is no second event
                taken = doc.char_span(hit.start, hit.end, alignment_mode="expand")
                if taken is not None:
                    used.update(range(taken.start, taken.end))
                if hit.noun is not None:
                    used.add(hit.noun.i)
                if self.verb(tok) == "call" and (label := self._label_given(tok)) is not None:
                    used.add(label.i)  # "called it a threat": a name given, no threat made
                if hit.trigger.type == "SANCTION":
                    # "froze budget support for Malawi": the backing cut is no second act
                    used.update(
                        o.i for o in self._objects(tok)
                        if (entry := self._noun_entry(o)) is not None and _cooperative(entry.type)
                    )  # fmt: skip
                if hit.trigger.object_is == "content":
                    # "lifted the curfew", "signed the Oslo accords", "agreed on a deal": what the act is
                    # about is no second act
                    used.update(o.i for o in self._objects(tok) if self._noun_entry(o) is not None)
                    if hit.trigger.type in ("AGREE", "SUPPORT") and (
                        pact := self._pact_of(tok, ("on", "to"))
                    ):
                        used.add(pact.i)
        for tok in candidates:
            if tok.i in used or not (
                tok.tag_.startswith("NN") or self._hyphen_word(tok) or _noun_read_as_gerund(tok)
            ):
                continue
            if tok.ent_type_ in ("DATE", "TIME") or (tok.text == "March" and tok.tag_ == "NNP"):
                continue  # "in March": the month, not a protest
            if tok.tag_ == "NNP" and any(
                m.label == "PERSON" and tok.idx + len(tok) < m.end for m in self.mention_at(tok)
            ):
                continue  # "Ban Ki-moon": a word inside a person's name, not a ban
            face = tok.head if tok.dep_ in ("dobj", "conj", "compound") else None
            if face is not None and self._penalty_faced(face):
                continue  # "or face sanctions": the penalty threatened, not an act
            if self._pact_kept(tok):
                continue
            if self._not_an_act(tok):
                continue  # "records on the 1963 assassination", "the Iranian threat", "prevent attacks"
            if self._where_one_spoke(tok):
                continue  # "Trump said at a rally in Wichita": where he spoke, no protest of his
            if (ending := self._ended(tok)) is not None:  # "announced a halt to aid": ties cut
                found.append(_Found(tok, ending.idx, tok.idx + len(tok), _CUT_OFF, noun=tok))
                continue
            hit = self._noun_trigger(tok)
            if hit is not None:
                found.append(hit)
        return found

    def dismay_cause(self, tok: Token) -> Token | None:
        """What a word of dismay is about: "concerned by reports that ...", "alarmed at the arrest", "dismayed
        that ..." (the parser may hang the phrase on the copula: "is concerned over")."""
        if tok.tag_ not in ("JJ", "VBN"):
            return None
        # "was critical of Kerry's comment"; not "critical to", "critical infrastructure"
        preps = {"of"} if tok.lower_ in _CRITICAL_OF else self.lex.dismay_preps
        owners = [tok, tok.head] if tok.dep_ == "acomp" else [tok]
        for owner in owners:
            for c in owner.children:
                if tok.lower_ in _CRITICAL_OF and c.dep_ == "ccomp":
                    continue
                if c.dep_ in ("prep", "agent") and c.lower_ in preps and c.i > tok.i:
                    cause = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                    if cause is not None:
                        return cause
                if c.dep_ == "ccomp" and c.i > tok.i:
                    return c
        return None

    def _likened_to_tyrant(self, verb: Token) -> bool:
        """Does the verb liken its object to a byword for tyranny ("compared Orban to the Nazis", "likened
        the president to Hitler")?"""
        if self._object(verb) is None:
            return False
        return any(
            t.lower_ in _BYWORDS
            for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
            for t in c.subtree
        )  # fmt: skip

    def _deemed_cause_for_war(self, verb: Token, said: bool = False) -> bool:
        """Does the verb hold something to be a cause for war ("regard X as a casus belli", "consider X an
        act of war"), or, `said`, say that something to come would be one ("said extending Greek waters
        would be a cause for war")?"""
        if said:
            told = [
                a for c in verb.children if c.dep_ == "ccomp" and c.lower_ in _BEING
                and any(g.lower_ in ("will", "would") for g in c.children)
                for a in c.children if a.dep_ == "attr"
            ]  # fmt: skip
        else:
            told = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
            # "would consider the extension of Greek waters a cause for war": the small clause read as object
            told += [
                c
                for c in verb.children
                if c.dep_ in ("oprd", "xcomp", "ccomp", "dobj") and c.tag_.startswith("NN")
            ]
        return any(t.lower_ in _WARLIKE for p in told for t in p.subtree)

    def _hyphen_word(self, tok: Token) -> str | None:
        """The word the tokenizer split at its hyphen, ending at `tok`: "build-up", "sit-in"."""
        if tok.i < 2 or self.text[tok.idx - 1 : tok.idx] != "-":  # a look at the text first: cheap
            return None
        doc = tok.doc
        if doc[tok.i - 1].text != "-":
            return None
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"

    def _person(self, tok: Token | None) -> bool:
        """Does the phrase name a person ("Comey", "the Clintons", "Judge Robart")?"""
        return tok is not None and any(m.label == "PERSON" for m in self.phrase_mentions(tok))

    def _worded_attack(self, tok: Token) -> bool:
        """Is an attack, verb or noun, one made of words? Told as said in a tweet, a speech or an interview,
        or while saying or calling ("attacked the fired FBI director again Sunday, tweeting ..."); or one
        person's attack on another, with no weapon named ("Trump attacked Comey", "Trump's attacks on the
        Clintons"): in the news, persons attack persons in words and are said to shoot or stab them."""
        if any(c.dep_ == "prep" and c.lower_ in ("with", "using") for c in tok.children):
            return False  # "attacked him with a knife"
        if any(self.sector(d) in ("MIL", "COP", "REB") for d in _doers(tok)):
            return False  # "police attacked protesters during a speech by the opposition leader"
        # "launched an attack in a speech"; "Trump at his rally attacked", the phrase hung on the subject
        told = [tok, tok.head] if tok.dep_ in ("dobj", "pobj") else [tok, *_doers(tok)]
        for t in told:
            for c in t.children:
                if (
                    c.dep_ == "prep"
                    and c.lower_ in _WORDED_PREPS
                    and any(
                        p.lower_ in _WORDED or self.noun_base(p) in _WORDED
                        for p in c.children
                        if p.dep_ == "pobj"
                    )
                ):
                    return True
                if c.dep_ in ("advcl", "xcomp", "conj") and c.lower_ in _WORDING_FORMS:
                    return True  # "attacked Washington and accused the administration of ..."
        if tok.dep_ in ("advcl", "xcomp", "conj") and (
            tok.head.lower_ in _SAY_FORMS or tok.head.lower_ in _SPEAKING_FORMS
        ):
            return True  # "Maduro spoke for over an hour, attacking Washington"
        if tok.tag_.startswith("VB"):
            doer = self.subject(tok)
            return self._person(doer) and any(self._person(o) for o in self._objects(tok))
        doers = [c for c in tok.children if c.dep_ == "poss"]
        doers += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children]
        aimed = [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for p in c.children
        ]
        return any(self._person(d) for d in doers) and any(self._person(a) for a in aimed)

    def _where_one_spoke(self, noun: Token) -> bool:
        """Is a gathering the place a speaker spoke at ("said at a rally", "speaking during a protest")?"""
        if (
            self.noun_base(noun) not in _GATHERINGS
            or noun.dep_ != "pobj"
            or noun.head.lower_ not in ("at", "during")
        ):
            return False
        verb = noun.head.head
        return verb.lower_ in _SAY_FORMS or verb.lower_ in _SPEAKING_FORMS

    def _label_given(self, verb: Token) -> Token | None:
        """The noun a verb of calling gives its object as a name: "called the Democrats hypocrites" (the
        parser may make the object the name's compound)."""
        label = next((c for c in verb.children if c.dep_ == "oprd" and c.tag_ in ("NN", "NNS")), None)
        if label is None:
            return None
        named = any(c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS") for c in label.children)
        return label if named or any(c.dep_ == "dobj" for c in verb.children) else None

    def _not_an_act(self, noun: Token) -> bool:
        """An event noun that tells no act: the topic of a record or a report ("records on the 1963
        assassination of Kennedy"), an act prevented ("to prevent jihadi attacks"), a danger ("the Iranian
        threat", with no act threatened), an ailment ("a heart attack", "an attack of conscience")."""
        base = self.noun_base(noun)
        if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "about", "into", "of"):
            holder = noun.head.head  # or what it is of, the phrase hung one noun too high ("the release of
            # records on the assassination")
            holders = [holder, *(p for c in holder.children if c.lower_ == "of" for p in c.children)]
            if any(h.tag_.startswith("NN") and self.noun_base(h) in _TOPIC_HOLDERS for h in holders):
                return True
        if noun.dep_ == "dobj" and noun.head.lower_ in _PREVENTING_FORMS:
            return True
        # "Iran remains a major threat", "its rise as a hegemonic threat": what it is; "ready to counter any
        # threat from North Korea", "faces a threat from Russia": a danger met. No threat made
        danger = (
            noun.dep_ == "attr"
            or (noun.dep_ == "pobj" and noun.head.lower_ == "as")
            or (noun.dep_ == "dobj" and noun.head.lower_ in _THREATS_MET)
            or any(c.lower_ == "any" for c in noun.lefts)
        )
        if noun.lower_ == "threat" and danger and not any(c.dep_ == "acl" for c in noun.children):
            return True
        if noun.lower_ == "threat" and not any(
            c.dep_ == "acl" or c.lower_ in ("of", "against") for c in noun.children
        ):
            # "the Iranian threat": the state as a danger; not "British threats to arrest him"
            return any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children) and any(
                c.lower_ == "the" for c in noun.children
            )
        if base == "attack":
            kinds = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
            kinds |= {p.lower_ for c in noun.children if c.lower_ == "of" for p in c.children}
            return bool(kinds & _AILMENTS)
        return False

    def _no_comment(self, refusal: Token) -> bool:
        """Is what is refused only a word on something ("declined to comment", "refused to elaborate on the
        report", "declined to name the suspects")?"""
        return any(c.dep_ == "xcomp" and c.lower_ in _COMMENTING_FORMS for c in refusal.children)

    def _leave_to_speak(self, verb: Token) -> bool:
        """Is the verb the speaking someone is (not) authorised to do, the wire's reason for anonymity ("who
        was not authorized to discuss the issue publicly")?"""
        leave = verb.head
        return (
            verb.dep_ == "xcomp"
            and leave.lower_ in _LEAVE_GIVEN
            and any(c.dep_ == "auxpass" for c in leave.children)
            and self.verb(verb) in _SPEAKING
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in verb.children)  # no partner
        )

    def _told_to_the_reader(self, verb: Token) -> bool:
        """Is the verb an imperative the page addresses to its reader: the sentence's first word, its root,
        with no subject, outside any quote ("Visit our website", "Sign up for the newsletter")? A quoted
        order ("Get out of Kuwait," Bush said) is someone's words and stays."""
        if verb.tag_ != "VB" or verb.dep_ != "ROOT" or verb.i != verb.sent.start:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
            return False
        if verb.i > 0 and verb.doc[verb.i - 1].text in _QUOTE_MARKS:
            return False
        return not any(q.start <= verb.idx < q.end for q in self.quotes)

    def _protest_did(self, verb: Token) -> bool:
        """Is the subject a protest whose effect the verb tells ("a general strike shut down shops")?"""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        trig = self._noun_entry(subject) if subject is not None else None
        return trig is not None and trig.type == "PROTEST"

    def _verb_trigger(self, tok: Token, base: str) -> _Found | None:
        """The event a verb codes, tried in order: a light verb with an event noun as its object ("imposed
        sanctions", "ordered the expulsion", "launched a general strike"); a two-word verb ("pull out",
        "open fire", "send troops"); a request, threat or refusal with its content; the verb's own entry."""
        lex = self.lex
        end = tok.idx + len(tok)
        doc = tok.doc
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "test":
            # "test-fired a missile": a weapons test is a show of force (CAMEO 15)
            return _Found(tok, doc[tok.i - 2].idx, end, Trigger("MOBILIZE", mode="weapons"))
        if base in ("fire", "launch") and self._into_the_sea(tok):
            # "fired a ballistic missile into the sea off its east coast": a weapons test, at no one
            return _Found(tok, tok.idx, end, Trigger("MOBILIZE", mode="weapons"))
        if base in ("vote", "speak", "come", "rise") and self._in_favour(tok):
            # "voted in favour of Pakistan's bid", "spoke out in defence of Iraq's right to sell oil"
            return _Found(tok, tok.idx, end, _BACKED)
        if base == "open" and self._opened_to_refugees(tok):
            return _Found(tok, tok.idx, end, _ASYLUM)  # "opened its border to East German refugees": refuge
        if tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl") and base in _DESCRIPTIVE:
            return None  # "units armed with nuclear weapons"
        if tok.lower_ == "wound" and any(
            c.lower_ in ("up", "down") for c in tok.children if c.i == tok.i + 1
        ):
            return None  # "wound up two days of talks": the past of "wind up", no one hurt
        if _visiting_guest(tok) and not any(c.dep_ == "dobj" for c in tok.head.children):
            return None  # "met visiting Vietnamese party chief Do Muoi": a guest, not a second visit
        if base == "call" and (label := self._label_given(tok)) is not None:
            # "called the Democrats hypocrites", "called the embargo a crime": a name given, criticism;
            # "called Egypt a trusted partner": praise; "called it a framework": neither, no event
            words = {self.noun_base(t) for t in label.subtree} | {t.lower_ for t in label.subtree}
            if words & _name_calling():
                return _Found(tok, tok.idx, end, _DENOUNCED)
            return _Found(tok, tok.idx, end, _BACKED) if words & _PRAISE_WORDS else None
        light = self._light(tok, base)
        if light is not None:
            return light
        left = self._pact_left(tok, base)
        if left is not None:
            return left
        seconds = lex.verb_seconds.get(base) or {}
        if seconds:  # what it acts on, or what a preposition names ("took to the streets", "went on strike")
            objects = {w for o in self._objects(tok) for w in self._object_words(o)}
            # not a phrase of time or terms ("withdrawing ... under an agreement"); "came under fire" is one
            # nor what the act answers: "blocked the entrance ... in protest at the decision"
            phrased = [  # and a phrase the parser hung on a particle: "was taken off the air"
                p for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ not in _CIRCUMSTANCES
                and c.lower_ not in ("at", "over", "about", "against")
                for p in c.children if p.dep_ == "pobj" and not (c.lower_ == "under" and p.lower_ in _TERMS)
            ]  # fmt: skip
            objects |= {p.lower_ for p in phrased}
            # "added 24 companies to its sanctions list"
            objects |= {f"{c.lower_} {p.lower_}" for p in phrased for c in p.lefts if c.i == p.i - 1}
            # "placed its forces on the highest state of alert"
            objects |= {
                f"{p.lower_} of {g.lower_}" for p in phrased for c in p.children if c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"
            }  # fmt: skip
            # "assured Aoun on Monday of France's backing": a phrase the parser hung on the day
            on_day = [
                g for c in tok.children if c.dep_ == "prep" for p in c.children if p.ent_type_ == "DATE"
                for q in p.children if q.dep_ == "prep" for g in q.children if g.dep_ == "pobj"
            ]  # fmt: skip
            objects |= {g.lower_ for g in on_day}
            hit = next(
                (r for w, t in seconds.items() if w in objects for r in t if self._fits(tok, r)),
                None,
            )  # "Syrian jets dropped barrel bombs"; not "the AP dropped the bomb that ..."
            if hit is not None:  # the span runs to the object it names ("lodged a protest"): no second event
                named = [
                    o for o in self._objects(tok) if o.i > tok.i and self._object_words(o) & seconds.keys()
                ] or [  # "put its forces on high alert": one act, not a second one for the noun
                    p for c in tok.children if c.dep_ == "prep" and c.lower_ not in _CIRCUMSTANCES
                    for p in c.children if p.dep_ == "pobj" and p.lower_ in seconds
                ] or [g for g in on_day if g.lower_ in seconds]  # fmt: skip
                return _Found(tok, tok.idx, max([end, *(o.idx + len(o) for o in named[:1])]), hit)
        # "pulled out", "respond forcefully", "held Greece responsible" (the parser may make it the object's)
        kids = [  # and "burned alive dozens of villagers", the word read as the object's adjective
            *tok.children,
            # "would hit back hard", the particle read as the adverb's
            *(g for c in tok.children if c.dep_ == "advmod" for g in c.children if g.dep_ == "advmod"),
            *_particles_on_object(tok),
            *(
                g for c in tok.children if c.dep_ == "dobj" for g in c.children
                if (g.dep_ == "amod" and (g.i > c.i or g.i == tok.i + 1))
                or (g.dep_ == "acl" and g.tag_ == "VBG" and g.i == c.i + 1)  # "sent the diplomats packing"
            ),
            # "set free Israeli soldier Gilad Shalit": the word read as the adjective of a name's title
            *(
                g for c in tok.children if c.dep_ == "dobj" for g in c.subtree
                if g.dep_ == "amod" and g.i == tok.i + 1 and g.head.i != c.i
            ),
        ]  # fmt: skip
        objects = [set(self._object_words(o)) for o in self._objects(tok)]
        # "hauled in the Brotherhood's deputy leader": the particle read as a preposition with the object
        objects += [
            set(self._object_words(p)) for c in kids if c.dep_ == "prep" and c.lower_ in seconds
            for p in c.children if p.dep_ == "pobj"
        ]  # fmt: skip
        for second, readings in seconds.items():
            # the first reading whose object fits: "broke up a rally", not "the coalition broke up"; "called
            # off the visit" (ties cut), "called off the curfew" (a concession)
            trig = next(
                (
                    t
                    for t in readings
                    if (
                        not t.needs_object
                        or any(w & t.needs_object for w in objects)
                        or self._object_fits(tok, t)  # and "@actor" and the like: "ordered the envoy out"
                    )
                    and (not t.needs_subject or self._subject_is(tok, t.needs_subject))
                ),
                None,
            )  # "Iraqi tanks rolled into Kuwait"; not "refugees poured into Macedonia"
            if trig is None:
                continue
            for c in kids:
                if (
                    # "held Arafat personally responsible": the adjective, after an adverb, read as a clause
                    (c.dep_ in _SECOND_DEPS or (c.dep_ == "advcl" and c.tag_ == "JJ"))
                    and c.lower_ == second
                    and not _after_object(tok, c)
                    and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children if c.dep_ == "prep")
                    # "stood by Israel" backs it; the Obama administration that "stood idly by" did nothing
                    and (second != "by" or any(p.dep_ == "pobj" for p in c.children))
                    # "pushed back against a demand", not troops pushed back; "stayed away from their jobs",
                    # the preposition maybe hung on the particle
                    and (
                        not trig.needs_prep
                        or self._fits(tok, trig)
                        or any(g.dep_ == "prep" and g.lower_ in trig.needs_prep for g in c.children)
                    )
                ):  # "gave in", "sealed off the town"; not "gave a speech in Cairo", "rounded up on Sunday"
                    return _Found(tok, tok.idx, max(end, c.idx + len(c)), trig)
        if base == "let" and any(
            c.lower_ in ("me", "us") or (c.dep_ in ("ccomp", "xcomp") and c.lower_ in ("know", "see"))
            for c in [*tok.children, *(g for c in tok.children if c.dep_ == "ccomp" for g in c.children)]
        ):
            return None  # "Let me be clear", "let her know": a turn of speech, nothing allowed
        if base == "plead" and any(c.lower_ in _PLEAS for c in tok.children):
            return None  # "pleaded guilty to helping two murderers escape": a plea in court, no appeal
        # "ordered ten battalions to the border": a deployment, where the verb's own reading fits and nothing
        # is asked of anyone
        deployed = any(t.type == "MOBILIZE" and self._fits(tok, t) for t in lex.verbs.get(base, ()))
        challenged = base != "challenge" or any(
            c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in tok.children
        )  # "challenged Gorbachev to tear down the wall"; not "challenged Boehner for the speakership"
        if base in lex.request_verbs and challenged and not (deployed and not self._content_act(tok)):
            trig = self._request(tok, base)
            if trig is not None:
                return _Found(tok, tok.idx, end, trig, content=_trailing_attribution(tok))
        if base in lex.refuse and self._no_comment(tok):
            return None  # "declined to comment on the report": no act refused (CAMEO's 011 is no PLOVER type)
        if base == "warn" and self._advice_to_own(tok):
            return None  # "warned Americans not to travel to Venezuela": advice to one's own, no threat
        if base in lex.threaten or base in lex.refuse:
            content = self._content_act(tok)
            plover = "THREATEN" if base in lex.threaten else "REJECT"
            if plover == "THREATEN" and content is not None and not self._threat_in(content):
                content = None  # "warned that the boosters would do little good": a forecast, no threat
            if content is not None or plover == "REJECT":
                # the verb's own preposition names what is refused: "balked at a NATO plan"
                preps = frozenset(
                    p for t in lex.verbs.get(base, ()) if t.type == plover for p in t.needs_prep
                )
                return _Found(tok, tok.idx, end, Trigger(plover, needs_prep=preps), content=content)
            if plover == "THREATEN" and self._warned_of_harm(tok):  # "warned Kyiv of consequences"
                return _Found(tok, tok.idx, end, Trigger(plover, cameo="130"))
        if base in ("force", "compel") and (uprooted := self._forced_to_flee(tok)) is not None:
            return _Found(tok, tok.idx, end, uprooted)
        if base in ("force", "compel") and self._forced_to_work(tok):
            return _Found(tok, tok.idx, end, _FORCED_LABOUR)  # "forced villagers to work as porters"
        if base in ("force", "compel", "coerce") and self._people_forced(tok):
            return _Found(tok, tok.idx, end, _COERCED)  # "forced Tibetan monks to denounce the Dalai Lama"
        if (
            base == "strike" and not self._objects(tok) and self._workers(tok)
        ):  # "workers struck across India"
            return _Found(tok, tok.idx, end, Trigger("PROTEST", mode="strike"))
        trig = next((t for t in lex.verbs.get(base, ()) if self._fits(tok, t)), None)
        if base == "attack" and trig is not None and trig.type == "ASSAULT" and self._worded_attack(tok):
            trig = _DENOUNCED
        if trig is None and any(c.dep_ == "advmod" and c.lower_ == "jointly" for c in tok.children):
            trig = _JOINT_ACT  # "France and Germany will jointly develop a transport plane"
        if (
            trig is None
            and base in _SWORN
            and any(
                c.dep_ == "xcomp" and self.verb(c) in _HONOURING and self._honoured(c) for c in tok.children
            )
        ):
            trig = _PROMISE  # "vowed to respect Georgia's territorial integrity": a promise, not a threat
        if (
            trig is None
            and base == "offer"
            and (act := self._content_act(tok)) is not None
            and any(a.lower_ == "to" for a in act.lefts)
        ):
            # "offered to set up joint industrial zones with the North": an offer of any act; "offered on
            # Saturday to scrap ...", the day made the parser read a purpose
            trig = _PROMISE
        if (
            trig is None
            and base == "warn"
            and any(
                self.noun_base(p) in _REPRISALS
                for c in [*tok.children, *(g for o in tok.children if o.dep_ == "dobj" for g in o.children)]
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            )
        ):
            trig = _WARNED  # "warned Libya of reprisals": a threat; not "warned of a famine"
        if (
            base == "meet"
            and any(c.dep_ == "auxpass" and c.lower_ != "'s" for c in tok.children)  # not "he's met with"
            and (answer := self._met_with(tok))
        ):
            # "any attack would be met with a merciless counterblow": force promised in answer, not a meeting
            return _Found(tok, tok.idx, end, _VOWED_FORCE) if answer == "force" else None
        if trig is None and self._on_terms(tok):
            trig = _ON_TERMS
        # "vowed to liberate Kuwait", "pledged to wipe out the guerrillas": a vow of force is a threat,
        # whether or not the vowing verb is an entry of its own
        vowed = base in lex.intent and (trig is None or trig.type == "AGREE")
        aim = self._content_act(tok) if vowed else None
        if aim is not None and self._hostile_aim(aim):
            return _Found(tok, tok.idx, end, _VOWED_FORCE, content=aim)
        if trig is None and self._by_force(tok):
            trig = _BY_FORCE  # "police would stop them by force", "vowed to evict the squatters by force"
        if trig is None:
            return None
        if trig.type == "CONSULT" and trig.mode is None and any(
            p.lower_ in _MEANS for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "over", "via")
            for p in c.children
        ):  # fmt: skip
            trig = replace(trig, mode="phone")  # "spoke by telephone with", "talked via video link"
        if (
            _cooperative(trig.type)
            and tok.tag_ == "VBG"
            and tok.dep_ == "xcomp"
            and tok.head.lower_ in _QUITTING
        ):
            return _Found(tok, tok.head.idx, end, _CUT_OFF)  # "will stop cooperating with U.N. inspectors"
        if (
            trig.type == "ASSAULT"
            and tok.tag_ == "VBG"
            and tok.dep_ == "xcomp"
            and tok.head.lower_ in _QUITTING
            and (stopper := self.subject(tok.head)) is not None
            and self.sector(stopper) in _STATE | {"REB"}
        ):
            # "troops would stop shelling villages"; not a gunman who "stopped shooting"
            return _Found(tok, tok.head.idx, end, _FIRE_HALTED)
        # "pledged to send batteries to Ukraine": what was pledged says to whom
        content = self._content_act(tok) if base in lex.intent or trig.type == "AGREE" else None
        return _Found(tok, tok.idx, end, trig, content=content)

    def _on_terms(self, tok: Token) -> bool:
        """ "said it would resume reprocessing plutonium unless the United States resumed fuel shipments": a
        side's own deed to come, made to hang on what another does, is a threat whatever the deed (CAMEO 130).
        Not "the talks will fail unless both sides compromise", which no side does."""
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in tok.children):
            return False
        if not any(
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless" for g in c.children)
            for c in tok.children
        ):
            return False
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return subject is not None and (subject.tag_ == "PRP" or bool(self.phrase_mentions(subject)))

    def _in_favour(self, verb: Token) -> bool:
        """Is the verb said "in favour of", "in support of" or "in defence of" another side's cause?"""
        return any(
            p.lower_ in _FAVOUR and any(g.dep_ == "prep" and g.lower_ == "of" for g in p.children)
            for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children if p.dep_ == "pobj"
        )  # fmt: skip

    def _opened_to_refugees(self, verb: Token) -> bool:
        """ "opened its border to refugees", "opened its doors to thousands of refugees": refuge given."""
        opened = [c for c in verb.children if c.dep_ == "dobj" and self.noun_base(c) in _GATES]
        to = [
            p for h in (verb, *opened) for c in h.children
            if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
        ]  # fmt: skip
        return bool(opened) and any(self._object_words(p) & _REFUGEES for p in to)

    def _met_with(self, verb: Token) -> str | None:
        """What a passive "met with" meets a thing with: "force" ("would be met with a crushing response"),
        a "reaction" ("was met with silence"), or None when it may be a meeting ("was met with full honours").
        """
        answers = [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
            if p.dep_ == "pobj"
        ]  # fmt: skip
        if any(self.noun_base(p) in _HARMS | _COUNTERBLOWS or self._noun_entry(p) for p in answers):
            return "force"
        return "reaction" if any(self.noun_base(p) in _REACTIONS for p in answers) else None

    def _hostile_aim(self, act: Token) -> bool:
        """Is a promised act one done against another by force ("to liberate Kuwait", "to recover the
        Falklands", "to bring the perpetrators to justice")?"""
        base = self.verb(act) or self.lex.verb_lemma.get(act.lower_) or act.lower_
        if base == "bring":
            return any(
                c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "justice" for p in c.children)
                for c in act.children
            )
        obj = self._object(act)  # against someone: "to liberate Kuwait", not "to eliminate the sales tax"
        return (
            base in _HOSTILE_AIMS and obj is not None and bool(self.phrase_mentions(obj) or self.sector(obj))
        )

    def _charge_that(self) -> Trigger | None:
        return next((t for t in self.lex.verbs.get("charge", ()) if "that" in t.needs_prep), None)

    def _deadline_given(self, verb: Token) -> bool:
        """Does "give" set someone a deadline to act ("gave Iraq until Saturday to leave Kuwait", "gave the
        Serbs 48 hours to withdraw")?"""
        kids = list(verb.children)
        given = any(c.dep_ in ("dobj", "dative") and self.phrase_mentions(c) for c in kids)
        times = [c for c in kids if c.dep_ == "prep" and c.lower_ == "until"]
        times += [c for c in kids if c.dep_ in ("npadvmod", "dobj") and c.ent_type_ in ("DATE", "TIME")]
        acts = [
            c
            for c in [*kids, *(g for t in times for g in t.children)]
            if c.dep_ in ("advcl", "xcomp", "relcl")
        ]
        to_act = any(g.dep_ == "aux" and g.lower_ == "to" for a in acts for g in a.children)
        return given and bool(times) and to_act

    def sector_around(self, m: Mention) -> str | None:
        """The sector of the noun a people's word modifies ("Pakistani troops": MIL), if any."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        tok = span.root if span is not None else None
        while tok is not None and tok.dep_ in ("amod", "compound", "conj", "nmod") and tok.head.i != tok.i:
            tok = tok.head
            if tok.tag_.startswith("NN") and (sector := self.sector(tok)) is not None:
                return sector
        return None

    def _deemed_unacceptable(self, verb: Token) -> Token | None:
        """The proposal, plan, demand or charge a saying verb calls unacceptable or baseless ("said the
        Algerian proposal for a referendum was unacceptable", "said the American report was full of lies"), or
        None."""
        return next(
            (s for c in verb.children if c.dep_ == "ccomp" and c.lower_ in _BEING
             if any(g.dep_ == "acomp" and (g.lower_ in _UNACCEPTABLE or _full_of_lies(g)) for g in c.children)
             for s in c.children if s.dep_ == "nsubj"
             and (self.noun_base(s) in _DEEDS | _TERMS | _STATEMENTS | _ASKINGS | _CHARGES
                  or self._noun_entry(s))),
            None,
        )  # fmt: skip

    def _behind_it(self, verb: Token) -> bool:
        """Does the verb tell that someone was behind a deed ("said Washington was behind the bombing"), not
        behind schedule, or involved in one?"""
        deeds = [
            p for c in verb.children if c.dep_ == "ccomp" and c.lower_ in _BEING
            for g in c.children if g.dep_ == "prep" and g.lower_ == "behind"
            for p in g.children if p.dep_ == "pobj"
        ]  # fmt: skip
        # "said Pakistan was involved in the attack": had a hand in it
        deeds += [
            p for c in verb.children if c.dep_ == "ccomp" and c.lower_ in _PARTY_WORDS
            for g in c.children if g.dep_ == "prep" and g.lower_ == "in"
            for p in g.children if p.dep_ == "pobj"
        ]  # fmt: skip
        return any(self._noun_entry(p) is not None or self.noun_base(p) in _PLOTS for p in deeds)

    def _misdeed_told(self, verb: Token) -> bool:
        """Does the verb tell that another side does wrong ("said the United States was interfering in China's
        internal affairs", "said Syria was harbouring terrorists", "said Iran was a sponsor of terrorism"): a
        charge, as "charged that"?"""
        for c in verb.children:
            # "said Iran was the world's leading sponsor of terrorism": a wrongdoer named as such
            # or a deed named a wrong: "said U.S. air strikes on Iraq were a violation of international law"
            # "said Iraq was in material breach of resolutions", "said Eritrea was responsible for the war"
            villain = c.lower_ in _BEING and any(
                (g.dep_ == "attr" and (self.noun_base(g) in _VILLAINS | _WRONGS or self._prelude_to_war(g)))
                or (g.dep_ == "acomp" and g.lower_ in ("responsible", "guilty"))
                or (g.dep_ == "prep" and g.lower_ == "in"
                    and any(self.noun_base(p) in _WRONGS for p in g.children if p.dep_ == "pobj"))
                for g in c.children
            )  # fmt: skip
            # "said the embargo amounts to genocide", "said the raid constituted an act of aggression"
            named_as = [g for g in c.children if g.dep_ == "dobj"]
            named_as += [p for g in c.children if g.dep_ == "prep" and g.lower_ == "to" for p in g.children]
            villain = villain or (
                c.lower_ in _AMOUNTING
                and any(self.noun_base(p) in _WRONGS or self._act_of_war(p) for p in named_as)
            )
            wrong = c.lower_ in _MISDEEDS or villain
            if c.dep_ != "ccomp" or not wrong or any(g.dep_ == "neg" for g in c.children):
                continue
            deed = self._verb_trigger(c, base) if (base := self.verb(c)) is not None else None
            if deed is not None and _material(deed.trigger.type) and deed.trigger.cameo != "196":
                # "said Russian warplanes violated Georgian airspace": the deed itself is told; a truce
                # broken, as the other side tells it, is its charge
                continue
            doer = next((g for g in c.children if g.dep_ == "nsubj"), None)
            speaker = self.subject(verb)
            speakers = self.side_of(speaker) if speaker is not None else set()
            if doer is not None and (named := self.side_of(doer)) and not named & speakers:
                return True
        return False

    def _act_of_war(self, noun: Token) -> bool:
        """ "an act of aggression", "an act of war": a wrong named by what it is an act of."""
        return self.noun_base(noun) == "act" and any(
            self.noun_base(p) in _WRONGS | {"war", "terrorism", "piracy"}
            for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        )  # fmt: skip

    def _prelude_to_war(self, noun: Token) -> bool:
        """ "a rehearsal for a nuclear war of aggression", "a prelude to invasion": a deed told as the
        preparation of a war, or an act of one."""
        if self._act_of_war(noun):
            return True
        return self.noun_base(noun) in ("rehearsal", "prelude", "preparation", "pretext") and any(
            self.noun_base(p) in {"war", "invasion", "aggression", "attack"}
            for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "to") for p in c.children
        )  # fmt: skip

    def _honoured(self, verb: Token) -> bool:
        """Does the verb keep a pact or another's due ("respect Georgia's territorial integrity", "abide by
        the truce"), not an oath of office ("swear to uphold the Constitution")?"""
        held = [c for c in verb.children if c.dep_ == "dobj"]
        held += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        return any(self._is_pact(n) or self.noun_base(n) in _DUES for n in held)

    def _forced_to_flee(self, tok: Token) -> Trigger | None:
        """ "forced 10,000 villagers to flee", "compelled thousands of Kurds to leave their homes": a people
        driven out, read as the lexicon reads "uproot"."""
        uproot = next(iter(self.lex.verbs.get("uproot", ())), None)
        flight = [c for o in (tok, *self._objects(tok)) for c in o.children if c.dep_ == "xcomp"]
        if uproot is None or not any(c.lower_ in _FLIGHT for c in flight) or not self._fits(tok, uproot):
            return None
        return uproot

    def _people_forced(self, tok: Token) -> bool:
        """ "forced Tibetan monks to denounce the Dalai Lama", "forced opposition supporters to attend
        rallies": people, not a state or its government, made to act; the act is theirs under duress, the
        force its maker's."""
        objects = [o for o in tok.children if o.dep_ == "dobj"]
        acts = [c for o in (tok, *objects) for c in o.children if c.dep_ == "xcomp" and c.tag_ == "VB"]
        return bool(acts) and any(
            (self._people(o) or self.sector(o) in _DOMESTIC)
            and not any(self.countries.get(a) == a for m in self.mention_at(o) for a in m.actor_ids)
            for o in objects
        )

    def _forced_to_work(self, tok: Token) -> bool:
        """ "forced thousands of villagers to work as porters": people put to forced labour."""
        work = [c for o in (tok, *self._objects(tok)) for c in o.children if c.dep_ == "xcomp"]
        return any(c.lower_ in _LABOUR for c in work) and any(
            self._names_actor(o) or self.sector(o) in _DOMESTIC for o in self._objects(tok)
        )

    def _pact_left(self, tok: Token, base: str) -> _Found | None:
        """ "pulled out of the nuclear deal", "tore up the accord", "stopped honouring the agreement": a pact
        left is a tie cut (CAMEO 166), whatever the verb's other readings ("pull out" of troops)."""
        lex = self.lex
        verb: Token | None = tok
        if base in lex.stopping:
            kept = (c for c in tok.children if c.dep_ in ("xcomp", "dobj") and self.verb(c) in lex.keeping)
            verb = next(kept, None)
        elif base not in lex.quitting or (
            base in _LEFT_WITH_PARTICLE and not any(c.lower_ in _AWAY for c in tok.children)
        ):
            verb = None  # "backed the accord" endorses it; "backed out of the accord" leaves it
        pact = self._pact_of(verb, ("from", "of")) if verb is not None else None
        if pact is None and verb is not None and verb.i == tok.i:
            pact = self._body_left(tok, base)
        if pact is None:
            return None
        return _Found(tok, tok.idx, max(tok.idx + len(tok), pact.idx + len(pact)), _PACT_LEFT)

    def _body_left(self, verb: Token, base: str) -> Token | None:
        """ "quit the Commonwealth", "withdrew from OPEC": a body of states left, a tie cut as a pact left is;
        the body must be the phrase itself, not something of it ("left the UN building"). So are talks
        walked or pulled out of ("pulled out of the peace talks"); not troops pulled out of a country."""
        holders = [
            verb,
            *(c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _AWAY),
        ]
        nouns = [c for c in verb.children if c.dep_ == "dobj" and base in _LEFT_AS_OBJECT]
        nouns += [
            p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
            for p in c.children if p.dep_ == "pobj"
        ]  # fmt: skip
        talks = (n for n in nouns if n.dep_ == "pobj" and self.noun_base(n) in _TALKS_LEFT)
        return next((n for n in nouns if self._names_body(n)), None) or next(talks, None)

    def _names_body(self, noun: Token) -> bool:
        """Is the phrase itself a body with a code of its own and no country ("the Commonwealth", "OPEC")?"""
        return any(
            m.start <= noun.idx < m.end and a in self.placed and not self.countries.get(a)
            for m in self.phrase_mentions(noun)
            for a in m.actor_ids
        )

    def _pact_of(self, verb: Token, preps: tuple[str, ...]) -> Token | None:
        """The pact a verb acts on: its object ("scrapped the deal") or what one of `preps` names, on the verb
        or on its particle ("pulled out of the treaty", "abided by the truce")"""
        holders = [
            verb,
            *(c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _AWAY),
        ]
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        nouns += [
            p for h in holders for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"
        ]  # fmt: skip
        return next((n for n in nouns if self._is_pact(n)), None)

    def _is_pact(self, noun: Token) -> bool:
        return self.noun_base(noun) in self.lex.pacts or self._hyphen_word(noun) in self.lex.pacts

    def names_pact(self, m: Mention) -> bool:
        """ "the Paris climate agreement", "the Lusaka peace accord": a city or place before a pact's (or
        talks') word names the pact, not a party to it (a country does: "the Iran nuclear deal")."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.kind not in ("metonym", "place") or span.root.dep_ not in ("compound", "amod"):
            return False
        named = span.root.head
        while named.dep_ == "compound" and self.noun_base(named) in ("peace", "cease-fire", "ceasefire"):
            named = named.head  # "the Lusaka peace accord"
        return self._is_pact(named) or self.noun_base(named) in _TALKS_LEFT  # "the Madrid talks" too

    def _pact_kept(self, noun: Token) -> bool:
        """ "accused Washington of breaking the 1994 agreement", "demanded that Beijing respect the deal": a
        pact kept, broken or argued over is no pact made; nor is one a person has ("Obama's nuclear deal")."""
        if not self._is_pact(noun):
            return False
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        consent = any(c.dep_ == "acl" for c in noun.children)  # "her agreement to testify": a consent given
        if owner is not None and (owner.tag_ == "PRP$" or self._person(owner)) and not consent:
            return True  # "Obama's nuclear deal with Iran legitimized ...": a pact one has, not one made
        verb = next((t for t in list(noun.ancestors)[:3] if t.tag_.startswith("VB")), None)
        if verb is None or self.verb(verb) not in self.lex.keeping | self.lex.quitting:
            return False
        pact = self._pact_of(verb, ("from", "of", "by", "with", "to"))
        return pact is not None and pact.i == noun.i

    def _people(self, obj: Token) -> bool:
        """Does an object name people by their nation ("thousands of Eritreans", "15 Britons")?"""
        counted = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        return any(t.ent_type_ == "NORP" and t.tag_ in ("NNPS", "NNS") for t in [obj, *counted])

    def _by_force(self, verb: Token) -> bool:
        """A deed done to people or a country "by force" ("stop them by force", "remove the squatters by
        force", "annex the islands by force"): force used on them, whatever the verb. Not "took power by
        force", which names no one it is done to."""
        forced = any(
            self.noun_base(p) == "force"
            for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj"
        )  # fmt: skip
        if not forced or not verb.tag_.startswith("VB"):
            return False
        done_to = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(
            (o.tag_ == "PRP" and o.lower_ not in ("it", "itself"))
            or self.lex.sectors.get(self.noun_base(o)) is not None
            or self._people(o)
            or bool(self.phrase_mentions(o))
            for o in done_to
        )

    def _object_fits(self, tok: Token, trig: Trigger) -> bool:
        """Whether a verb's object is one a reading's `needs_object` lists (or it lists none)."""
        objects = self._objects(tok)
        if trig.mode == "access":  # "gave U.N. inspectors access": those let in, told as the indirect object
            objects = [*objects, *(c for c in tok.children if c.dep_ == "dative")]
        return not trig.needs_object or any(
            self._object_words(o) & trig.needs_object
            or ("@actor" in trig.needs_object and self._names_actor(o))
            or ("@money" in trig.needs_object and _money(o))
            or ("@people" in trig.needs_object and self._people(o))
            or ("@person" in trig.needs_object and self._person(o))
            or ("@body" in trig.needs_object and self._names_body(o))
            for o in objects
        )

    def _names_body(self, phrase: Token, itself: bool = False) -> bool:
        """Does a phrase name a body with a code of its own and no country ("the head of the UN nuclear
        watchdog", "Amnesty researchers"; with `itself`, the phrase's own word: "the IAEA", "Amnesty")?"""
        return any(
            a in self.placed and not self.countries.get(a)
            for m in self.phrase_mentions(phrase)
            if not itself or m.start <= phrase.idx < m.end
            for a in m.actor_ids
        )

    def _fits(self, tok: Token, trig: Trigger) -> bool:
        """Whether a verb's use meets a reading's constraints on its object, preposition and subject."""
        if not self._object_fits(tok, trig):
            return False
        if (
            trig.mode == "weapons"
            and self.verb(tok) == "fire"
            and any(
                t.dep_ == "prep" and t.lower_ in ("at", "on", "upon", "toward", "towards") and not _dating(t)
                for t in tok.subtree
            )
        ):
            return False  # "fired Scud missiles armed with chemical warheads at Iranian cities": an attack
        if trig.except_object and any(self._object_words(o) & trig.except_object for o in self._objects(tok)):
            return False
        if (
            trig.type == "ASSAULT"
            and self.verb(tok) == "destroy"
            and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their")
                for o in self._objects(tok)
                for c in o.children
            )
        ):
            return False  # "Iraq destroyed its Scud missiles": a disarmament, not an attack
        if trig.needs_prep:
            # the parser may hang the preposition on the object: "charged an official with selling secrets"
            on_object = [c for o in tok.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep"]
            prep = any(
                c.dep_ in ("prep", "prt", "dative", "agent")
                and c.lower_ in trig.needs_prep
                and not _dating(c)  # not "over the weekend"
                for c in [*tok.children, *_misplaced_preps(tok), *on_object]
            )
            clauses = self.reported_clauses(tok) if "that" in trig.needs_prep else []
            # "charged that forces had ..."; a finding must find a deed ("found that the sugars activated
            # receptors" is no charge)
            said = bool(clauses) and (self.verb(tok) != "find" or any(self._tells_deed(c) for c in clauses))
            if not (prep or said):
                return False
            if trig.type == "ASSAULT" and any(
                c.lower_ == "against" and self.noun_base(p) in _BLAME
                for c in tok.children
                if c.dep_ == "prep"
                for p in c.children
                if p.dep_ == "pobj"
            ):
                return False  # "defended Iran against charges of abuses": words answered, no fight
        if trig.type == "ASSAULT" and any(self.noun_base(d) in _NATURE for d in _doers(tok)):
            return False  # "an earthquake killed 300 people", "were killed by floods": no one's deed
        evidence = [*_doers(tok), *([tok.head] if tok.dep_ == "acl" else [])]
        if trig.type == "SUPPORT" and any(self.noun_base(d) in _EVIDENCE for d in evidence):
            return False  # "not enough evidence to support the contention": a claim borne out, no backing
        if trig.mode == "visit" and trig.needs_prep and any(c.dep_ == "dobj" for c in tok.children):
            return False  # "flying it to Iran": a trip "to" a place carries no object; a cargo is carried
        if trig.mode == "visit" and any(self._private(d) for d in _doers(tok)):
            return False  # "millions of Americans visited the new exchanges", "tourists visited Petra"
        # "the last Russian troops left Latvia", not "the president left Moscow"
        return not trig.needs_subject or self._subject_is(tok, trig.needs_subject)

    def _private(self, subj: Token) -> bool:
        """Is the subject private people, who travel on no state's business: tourists, students, pilgrims,
        or a people named by its nation ("Americans")?"""
        counted = [p for c in subj.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        counting = self.noun_base(subj) in _COUNTING or subj.tag_ == "CD" or subj.ent_type_ == "CARDINAL"
        heads = counted if counting else [subj]
        return any(
            self.noun_base(h) in _PRIVATE_TRAVELLERS
            or (h.tag_ == "NNPS" and any(m.label == "NORP" for m in self.mention_at(h)))
            for h in heads
        )

    def _into_the_sea(self, verb: Token) -> bool:
        """A missile fired "into the sea" or "into the Sea of Japan": no one is aimed at."""
        return any(self._object_words(o) & _MISSILES for o in self._objects(verb)) and any(
            c.dep_ == "prep" and c.lower_ in ("into", "in") and any(p.lower_ in _SEAS for p in c.subtree)
            for c in verb.children
        )

    def _tells_deed(self, clause: Token) -> bool:
        """Does a clause tell of an act the lexicon codes ("that the air force dropped chlorine bombs")?"""
        return any(
            t.tag_.startswith("VB") and (base := self.verb(t)) is not None and self._verb_trigger(t, base)
            for t in clause.subtree
        )

    def _subject_is(self, verb: Token, nouns: frozenset[str]) -> bool:
        """Whether the verb's subject is one of `nouns` ("rescue workers" counts as "rescue worker");
        "@official" is a person the story names or an office holder ("the Chinese premier"). In the passive
        the doer is the agent ("the reactor was destroyed by Israeli warplanes")."""
        by = next(
            (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None
        )
        subj = by if by is not None else self._named_subject(verb)
        if subj is None:
            return False
        # a body as the subject itself, not "a group at the University of X"
        if "@body" in nouns and self._names_body(subj, itself=True):
            return True
        if "@state" in nouns and any(  # "Russia dropped bombs on Aleppo"; not "thousands of Kosovo refugees"
            self.countries.get(a) == a
            for m in self.phrase_mentions(subj)
            if m.start <= subj.idx < m.end
            for a in m.actor_ids
        ):
            return True
        if "@official" in nouns and (
            self.sector(subj) == "GOV"
            or any(a.startswith("person:") for m in self.phrase_mentions(subj) for a in m.actor_ids)
        ):
            return True
        heads = [subj]
        if self.noun_base(subj) in _COUNTING or subj.lower_ in ("tens", "thousands", "hundreds"):
            # "tens of thousands of protesters": whom the number counts; "shipments of grain": either
            counted = [p for c in subj.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            while counted and self.noun_base(counted[0]) in _COUNTING:
                counted = [p for c in counted[0].children if c.lower_ == "of" for p in c.children]
            heads = [counted[0], subj] if counted else heads
        words: set[str] = set()
        for head in (*heads, *self._conjuncts(heads[0])):  # "Israeli tanks and bulldozers": either will do
            own = {self.noun_base(head), _singular(head.lower_)}
            if _carries_relief(head):  # "a U.N. convoy carrying food and medicine": an aid convoy
                own |= {f"aid {w}" for w in own}
            words |= own | {
                f"{c.lower_} {w}" for c in head.children
                if c.dep_ == "compound" or (c.dep_ == "amod" and c.i == head.i - 1)  # "a medical team"
                for w in own
            }  # fmt: skip
        return bool(words & nouns)

    def _workers(self, verb: Token) -> bool:
        """Is the verb's subject a group that strikes by stopping work (workers, teachers, students)?"""
        return self.sector(self._named_subject(verb)) in ("LAB", "CVL", "EDU")

    def _named_subject(self, verb: Token) -> Token | None:
        """The verb's subject, or for a pronoun the speaker's ("the union said it would strike")."""
        subj = self.subject(verb)
        if subj is None or subj.lower_ not in ("it", "they"):
            return subj
        tok = verb  # "clerics announced that they were willing to support": up to the clause said
        for _ in range(4):
            if tok.dep_ == "ccomp" and tok.head.i != tok.i:
                return self.subject(tok.head) or subj
            if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
                break
            tok = tok.head
        return subj

    def _names_actor(self, obj: Token) -> bool:
        """Whether an object phrase names an actor ("helped Venezuela", "defended Sudan's government"),
        for the entries whose `needs_object` lists "@actor"."""
        if self.noun_base(obj) in _COUNTING or obj.tag_ == "CD":  # "executed dozens of Uighurs"
            counted = [p for c in obj.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            return any(self._names_actor(p) for p in counted)
        if self._inside(obj.left_edge.idx, obj.idx + len(obj)) or self.titled_name(obj):
            return True
        return any(c.dep_ == "appos" and self._names_actor(c) for c in obj.children)  # "its ally Serbia"

    def reported_clauses(self, verb: Token) -> list[Token]:
        """What a verb says: its that-clause, or one hung on the document it is said in ("charged in a report
        released Thursday that Turkish police torture detainees")."""
        out = [c for c in verb.children if c.dep_ == "ccomp"]
        out += [
            a for p in self.said_in(verb, _DOCUMENTS) for a in p.children
            if a.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in a.children)
        ]  # fmt: skip
        return out

    def said_in(self, verb: Token, nouns: frozenset[str] | set[str]) -> list[Token]:
        """The writings a verb is said in: "in a report", "in a letter to the Security Council"."""
        return [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
            if p.dep_ == "pobj" and self.noun_base(p) in nouns
        ]  # fmt: skip

    def titled_name(self, obj: Token) -> list[Mention]:
        """The name after a title the parser split off: "former head of state Olusegun Obasanjo", read as
        the object of "of", or a title with the name in apposition."""
        if obj.lower_ not in _TITLES:
            return []
        named = [c for c in obj.children if c.dep_ == "appos"]
        named += [
            p
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        people = [m for p in named if p.tag_ == "NNP" for m in self.phrase_mentions(p)]
        return [m for m in people if any(a.startswith("person:") for a in m.actor_ids)]

    def _light(self, tok: Token, base: str) -> _Found | None:
        """A light verb ("carry out" too) whose object names the event."""
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        if base not in self.lex.light and f"{base} {particle}" not in self.lex.light:
            return None
        seconds = self.lex.verb_seconds.get(base, {})
        if particle in seconds:
            return None  # "called off the talks" is a verb of its own, not "call" with "talks"
        if any(c.dep_ == "prep" and c.lower_ in seconds and not _after_object(tok, c) for c in tok.children):
            return None  # "ordered three aid agencies out of Darfur": the particle read as a preposition
        for o in self._objects(tok):
            match = self._noun_match(o) if self._object_words(o) & seconds.keys() else (None, 1)
            if match is None or (match[1] == 0 and match[0] is not _LABOUR_STRIKE):
                # "lodged a protest" is a complaint of its own, a two-word verb; "launched a general strike"
                # names a longer event noun, which the light verb reads
                return None
        objects = [c for c in tok.children if c.dep_ == "dobj"] or [
            o for o in [self._object(tok)] if o is not None
        ]
        # "gave LRA commanders an ultimatum": the parser may hang the second object on the first
        objects += [
            g for c in tok.children if c.dep_ in ("dative", "dobj") for g in c.children if g.dep_ == "dobj"
        ]
        objects += [g for o in objects for g in o.children if g.dep_ == "conj"]  # "an air and arms embargo"
        if not objects:
            # "imposed travel bans and asset freezes on Russia": the last plural read as a clause's verb
            objects = [
                o
                for c in tok.children
                if c.dep_ == "ccomp" and self._plural_read_as_verb(c)
                for o in [c, *(g for g in c.children if g.dep_ == "nsubj")]  # the first holds the preposition
            ]
        for obj in objects:  # "gave the rebels a two-week ultimatum": the object that names an event
            event_noun = self._event_noun(obj)
            if (
                event_noun is not None
            ):  # the span runs from the first word to the last: a passive's noun leads
                noun, trig = event_noun
                start = min(tok.idx, noun.idx, obj.idx)
                end = max(tok.idx + len(tok), noun.idx + len(noun), obj.idx + len(obj))
                return _Found(tok, start, end, trig, noun=noun)
        return None

    def _ended(self, noun: Token) -> Token | None:
        """The "end" or "halt" whose object names dealings ("a halt to aid", "an end to all trade with
        Libya"), which are cut off."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "of"):
            return None
        ending = prep.head
        if self.noun_base(ending) not in _ENDINGS or not self._object_words(noun) & self.lex.dealings:
            return None
        return ending

    def _event_noun(self, obj: Token) -> tuple[Token, Trigger] | None:
        """The event noun a light verb's object names: itself ("imposed sanctions"), its modifier ("a
        mediation effort"), or what it counts ("a series of attacks", "ten days of war games")."""
        trig = self._noun_entry(obj)
        if trig is not None:
            return obj, trig
        if self.noun_base(obj) in _MANOEUVRES:  # "held large-scale exercises"; not "the exercise of power"
            return obj, _EXERCISE
        if self.noun_base(obj) in _ENDINGS:  # "ordered an end to all U.S. trade with Libya": ties cut
            ended = next((p for c in obj.children for p in c.children if self._ended(p) is not None), None)
            if ended is not None:
                return ended, _CUT_OFF
        for c in obj.children:
            if c.dep_ == "compound" and c.i < obj.i and (trig := self._noun_entry(c)) is not None:
                return c, trig
            counted = (
                self.noun_base(obj) in _COUNTING
                or obj.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")
                or any(g.tag_ == "CD" for g in obj.lefts)  # "€50 million in aid", "30 tonnes of aid"
            )
            if c.dep_ == "prep" and c.lower_ in ("of", "in") and counted:  # "€50 million in aid"
                p = next((g for g in c.children if g.dep_ == "pobj"), None)
                # "12 million ecus in emergency food and medical aid": the aid may be the last of a list
                for named in [p, *self._conjuncts(p)] if p is not None else []:
                    if (trig := self._noun_entry(named)) is not None:
                        return named, trig
        nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
        if nxt is not None and (match := self._plural_read_as_verb(nxt)) is not None:
            return nxt, match  # "imposed asset freezes on Russia"
        after = obj.right_edge.i + 1
        if obj.ent_type_ == "MONEY" and obj.dep_ == "dobj" and after < len(obj.doc):
            # "approved 2 billion dollars in military aid to Egypt", "in" hung by the parser on the verb
            prep = obj.doc[after]
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.head.i == obj.head.i:
                p = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if p is not None and (trig := self._noun_entry(p)) is not None:
                    return p, trig
        return None

    def _plural_read_as_verb(self, tok: Token) -> Trigger | None:
        """The event a plural the tagger read as a verb names with the word before it ("asset freezes")."""
        match = self._noun_match(tok) if tok.tag_ == "VBZ" else None
        return match[0] if match is not None and match[1] else None

    def _object_words(self, obj: Token) -> set[str]:
        """An object's words: its own (with a compound before it: "power station"), its conjuncts' ("aerial
        photographs and other intelligence"), what a counting noun counts ("a batch of tanks", "15 tonnes of
        supplies"), and "X of Y" phrases ("state of emergency")."""
        # the regular singular too: "supplies" is a noun key of its own, yet lists name "supply"
        words = {obj.lower_, self.noun_base(obj), _singular(obj.lower_)}
        # a hyphenated word, the object's own ("offered limited self-rule") or one the parser broke up and
        # hung on the noun after it ("staged a sit-in outside government offices")
        words |= {w for t in obj.doc[obj.left_edge.i : obj.i + 1] if (w := self._hyphen_word(t))}
        if _carries_relief(obj):  # "sent two transport planes loaded with tents and medicine": relief sent
            words.add("relief")
        for c in obj.children:
            if c.dep_ in ("compound", "amod") and c.i == obj.i - 1:  # "a power station", "martial law"
                words.add(f"{c.lower_} {self.noun_base(obj)}")
                if c.dep_ == "compound" and self.noun_base(obj) in ("activity", "work"):
                    words.add(self.noun_base(c))  # "suspend all uranium enrichment activities": enrichment
            if c.dep_ == "amod" and c.lower_ in _HELD:
                words.add("captive")  # "released a kidnapped engineer"
            named = obj.tag_ == "NNP" or obj.ent_type_ == "ORG"  # the parser may tag "NTV" a plural
            if c.dep_ == "compound" and named and c.tag_ in ("NN", "NNS"):
                words.add(self.noun_base(c))  # "the main Islamist party Ennahda": a party
                # "the independent television station NTV": a television station
                words |= {f"{g.lower_} {self.noun_base(c)}" for g in c.children if g.dep_ == "compound"}
            elif c.dep_ in ("amod", "compound") and obj.tag_ == "NNP" and c.lower_ in _PAPERS:
                words.add(c.lower_)  # "the reformist daily Salam", the paper's kind read as an adjective
            elif c.dep_ == "conj":
                # "all air, rail, road and postal links": the parser chains each conjunct on the one before
                for j in (c, *(g for g in c.subtree if g.dep_ == "conj" and g.tag_.startswith("NN"))):
                    words |= {j.lower_, self.noun_base(j), _singular(j.lower_)}
            elif c.dep_ == "acl" and c.lower_ in _PROPOSED:
                words.add("proposal")  # "the division of the country proposed by the mediators"
            elif c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        words.add(f"{self.noun_base(obj)} of {p.lower_}")
                        if any(g.dep_ == "acl" and g.lower_ in _PROPOSED for g in p.children):
                            words.add("proposal")  # the parser hangs the participle on the last noun
                        if (
                            self.noun_base(obj) in _COUNTING
                            or self.noun_base(obj) in _PREMISES  # "the offices of two newspapers"
                            or any(g.tag_ == "CD" for g in obj.lefts)
                            or obj.tag_ == "CD"  # "bring 50,000 of its soldiers home"
                        ):
                            words |= self._object_words(p)
        return words

    def _objects(self, verb: Token) -> list[Token]:
        """What a verb acts on: its direct object, the patient of a passive, "provide X with Y"."""
        out = [_owned_past_name(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        # "suspended $564 million in aid", the parser hanging "in aid" on the verb: the money's kind
        out += [
            p for o in out if _money(o) for c in (*o.children, *verb.children)
            if c.dep_ == "prep" and c.lower_ == "in" and c.i == o.i + 1
            for p in c.children if p.dep_ == "pobj"
        ]  # fmt: skip
        # "approved a standby credit worth $300 million", "worth" read as the object: the thing it prices
        out += [
            g for o in out if o.lower_ == "worth" for g in o.children if g.dep_ == "npadvmod" and g.i < o.i
        ]
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                out.extend(p for p in c.children if p.dep_ == "pobj")
            elif _visiting_guest(c):  # "assured visiting U.N. Secretary-General Kofi Annan that ..."
                out.extend(o for o in c.children if o.dep_ == "dobj")
            elif c.dep_ == "prep" and c.lower_ in ("down", "up") and c.i == verb.i + 1:
                # "closed down the daily", the particle read as a preposition
                out.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ in (
                "ccomp",
                "xcomp",
            ):  # "allowed inspectors to visit", "allow troops to be stationed"
                out.extend(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
                if c.tag_.startswith("NN"):  # "denied U.S. forces permission to use", read as a clause
                    out.append(c)
                if c.tag_ == "VBG" and self.verb(verb) in self.lex.stopping:  # "stopped issuing visas"
                    out.extend(g for g in c.children if g.dep_ == "dobj")
        if not out and (described := _participle_read_as_clause(verb)) is not None:
            out = [described]  # "reject proposed Mozambican changes", "proposed" read as a clause's verb
        if not out:  # "exchanged 400 sick and wounded prisoners": the object hung on the paired participle
            out = [g for c in verb.children if c.dep_ == "conj" and _paired_adjective(c) for g in c.children
                   if g.dep_ == "dobj"]  # fmt: skip
        if not out and _verb_read_as_modifier(verb):
            out = [_modified_noun(verb)]  # "Eritrea massed troops along the border", read as a noun phrase
        if not out:  # "have beaten and detained scores of activists": the object the joined verb takes
            out = _joined_objects(verb)
        if not out:
            out = _hidden_object(verb)
        return out

    def _request(self, tok: Token, base: str) -> Trigger | None:
        """A request needs something asked for: "urged Iran to talk", "demanded that ...", "called for
        talks", "demanded the release"; "told reporters" and "asked about" are speech, not requests."""
        lex = self.lex
        deps = {c.dep_ for c in tok.children}
        for c in tok.children:
            key = f"{base} {c.lower_}"
            # not a date: "called off its ceasefire on Friday" calls on no one
            if key in lex.request and c.dep_ in ("prep", "prt") and not _dating(c):
                return lex.request[key]
        clause = (
            bool(deps & {"xcomp", "ccomp"})
            or any(
                c.dep_ == "dobj" and any(g.dep_ in ("xcomp", "acl") for g in c.children) for c in tok.children
            )
            or _trailing_attribution(tok) is not None  # "Syria must leave Lebanon, Netanyahu demanded"
        )
        asks_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) or any(
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
            for c in tok.children
        )  # "appealed for U.N. peacekeepers to monitor the withdrawal"
        addressed = any(
            c.dep_ == "prep" and c.lower_ in ("to", "on", "upon") and not _dating(c) for c in tok.children
        )
        if asks_for and f"{base} for" in lex.request:  # "called for Indonesia to close insolvent banks"
            return lex.request[f"{base} for"]
        if (
            base == "seek"
        ):  # "sought guarantees from Egypt", "is seeking the extradition"; "sought to" is trying
            # "sought refuge in a church": people hiding ask nothing of anyone; "sought refuge in the Japanese
            # embassy", "in Greece" asks that party for asylum
            refuge = [c for c in tok.children if c.dep_ == "dobj" and self.noun_base(c) in _HIDING]
            places = [p for h in (tok, *refuge) for p in h.children if p.dep_ == "prep"]
            hiding = bool(refuge) and not any(  # a town says where one hides, not whom one asks
                m.kind not in _PLACE_KINDS
                for p in places
                for m in self._inside(p.left_edge.idx, p.right_edge.idx + len(p.right_edge))
            )
            return lex.request.get(base) if ("dobj" in deps or asks_for) and not hiding else None
        if base == "insist" and (not self._asks_another(tok) or self._tells_a_fact(tok)):
            return None  # "Beijing insists that its makers receive no subsidies", "insisted that he had won"
        if base in _SPEECH_LIKE_REQUESTS:  # "told them to leave", not "told AFP that ..."
            infinitive = (
                # not a participle the parser hung there: "told visiting American officials that ..."
                any(c.dep_ == "xcomp" and c.tag_ != "VBG" for c in tok.children)
                or any(c.dep_ == "dobj" and any(g.dep_ == "xcomp" for g in c.children) for c in tok.children)
                or any(c.dep_ == "advcl" and any(g.lower_ == "to" for g in c.lefts) for c in tok.children)
                or _stray_infinitive(tok) is not None
            )
            return lex.request.get(base) if infinitive or asks_for else None
        # "appealed to", "insisted on"; a passive's subject is what is asked ("the release was demanded"),
        # not those pressed into a deed of their own ("were pressured into complying")
        asked = "nsubjpass" in deps and not any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children)
        if clause or asks_for or addressed or asked or "dobj" in deps:
            return lex.request.get(base)
        return None

    def _reported_demand(self, tok: Token) -> _Found | None:
        """ "Russia said NATO must withdraw", "told Berlin it should cut spending", "China wants Japan to
        apologise": a demand or appeal whose content is the other party's act. The clause's subject must name
        someone other than the speaker or the speaker's country ("Putin said Russia must respond" is no
        demand), and a passive ("must be punished") names no one to ask."""
        if not tok.tag_.startswith("VB"):
            return None
        wanting = tok.lower_ in _WANTING_FORMS
        closing = _trailing_attribution(tok)  # "Syria must leave Lebanon, Israel's prime minister said"
        for clause in [*tok.children, *([closing] if closing is not None else [])]:
            if (clause.dep_ != "ccomp" and clause is not closing) or not clause.tag_.startswith("VB"):
                continue
            if wanting:
                force = "020" if any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children) else None
                content = clause
            elif (
                tok.lower_ in _SUGGESTING_FORMS
                and clause.tag_ == "VB"
                and not any(c.dep_ == "aux" for c in clause.children)
            ):
                force, content = "020", clause  # "suggested that Iran halt": a subjunctive
            else:
                force = next(
                    (_DEONTIC[c.lower_] for c in clause.children if c.dep_ == "aux" and c.lower_ in _DEONTIC),
                    None,
                )
                content = clause
                # "had to withdraw"; not "had yet to peak", which tells what has not happened
                if (
                    force is None
                    and clause.lower_ in _NEEDING
                    and not any(c.lower_ == "yet" for c in clause.children)
                ):
                    content = next((c for c in clause.children if c.dep_ == "xcomp"), None)
                    force = _NEEDING[clause.lower_] if content is not None else None
            if force is None or content is None:
                continue
            asked = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            told = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
            if asked is not None and asked.lower_ in ("it", "they") and told is not None:
                asked = told  # "told Belgrade it must allow monitors into Kosovo": the one told
            speaker = self.subject(tok)
            if asked is None or speaker is None:
                continue
            addressed, speakers = self.side_of(asked), self.side_of(speaker)
            # one person of a state telling another what he must do is a demand ("the speaker said
            # President Yeltsin must resign"), as the state itself saying what it must do is not
            people = [{a for a in side if a.startswith("person:")} for side in (addressed, speakers)]
            between_people = (
                all(people)
                and not people[0] & people[1]
                and any(m.label == "PERSON" for m in self.mention_at(asked))  # not "Klain's experience"
                and content is clause  # a modal or a wish, not "will have all resources to ..."
            )
            if not speakers or not addressed or (addressed & speakers and not between_people):
                continue
            # "Serbia must comply or face sanctions, the EU said": the demand is a threat
            threat = any(self._penalty_faced(t) for t in content.subtree)
            trigger = Trigger("THREATEN", cameo="130") if threat else Trigger("REQUEST", cameo=force)
            return _Found(tok, tok.idx, tok.idx + len(tok), trigger, content=content)
        return None

    def _ultimatum(self, face: Token) -> _Found | None:
        """ "told the strikers to return to work or face arrest", "were given 48 hours to leave or face
        expulsion": an act demanded on pain of a penalty is a threat by whoever sets the terms (CAMEO 13)."""
        if face.dep_ == "ccomp" and face.head.tag_.startswith("VB"):  # "told Ankara it would face sanctions"
            # the warning told before its content or after it ("Iraq will face military action, Bush warned")
            teller = face.head
            start, end = min(teller.idx, face.idx), max(teller.idx + len(teller), face.idx + len(face))
            return _Found(teller, start, end, Trigger("THREATEN", cameo="130"), content=face)
        tok, content = face, None
        for _ in range(8):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
                content = content or tok  # the infinitive asked for
            subject = any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children)
            if tok.tag_.startswith("VB") and tok.i != face.i and (subject or tok.dep_ == "ROOT"):
                if content is None or content.i == tok.i:
                    return None
                start, end = min(tok.idx, face.idx), max(tok.idx + len(tok), face.idx + len(face))
                return _Found(tok, start, end, Trigger("THREATEN", cameo="130"), content=content)
        return None

    def _penalty_faced(self, face: Token) -> bool:
        """ "... or face arrest", and "told Ankara it would face sanctions", "said Hezbollah would pay a heavy
        price": a penalty set out for someone."""
        if (
            face.tag_ == "VBN"
            and face.i >= 2
            and face.doc[face.i - 1].lower_ == "be"
            and face.doc[face.i - 2].lower_ in ("or", "else")
            and self.verb(face) in _DONE_TO - {"free", "release"}
        ):
            return True  # "leave the country within a month or be killed"
        fate = _FATE_FORMS.get(face.lower_)
        if fate is None or face.i == 0:
            return False
        if fate == "face" and face.doc[face.i - 1].lower_ in ("or", "else"):
            return True
        if face.dep_ != "ccomp" or (self.verb(face.head) or face.head.lower_) not in _TELLING:
            return False
        if fate != "face":  # "would pay dearly", "would bear full responsibility for the consequences"
            told = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in face.children)
            return told and any(
                c.dep_ in ("dobj", "advmod") and self.noun_base(c) in _FATES[fate] for c in face.children
            )
        penalty = next((c for c in face.children if c.dep_ == "dobj"), None)
        return penalty is not None and (
            self.noun_base(penalty) in _HARMS | _PENALTIES or self._noun_entry(penalty) is not None
        )

    def _warned_of_harm(self, tok: Token) -> bool:
        """A warning of harm to come ("warned Kyiv of consequences", "warned of retaliation"), or warning a
        named party off an act or a wrong ("warned the United States against selling weapons to Taiwan",
        "warned Turkey against any incursion", "warned Iraq against further violations")."""
        warned = any(c.dep_ == "dobj" and self._names_actor(c) for c in tok.children)
        # "warned Washington on Tuesday of serious consequences": the parser may hang the phrase on the day
        dated = [g for c in tok.children if c.dep_ == "prep" for d in c.children if d.ent_type_ == "DATE"
                 for g in d.children if g.dep_ == "prep"]  # fmt: skip
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("of", "against")
            and (
                self.noun_base(p) in _HARMS
                or (
                    warned
                    and c.lower_ == "against"
                    and (p.dep_ == "pcomp" or self._hostile_act(p) or self.noun_base(p) in _WRONGS)
                )
            )
            for c in [*tok.children, *dated]
            for p in c.children
            if p.dep_ in ("pobj", "pcomp")
        )

    def _hostile_act(self, noun: Token) -> bool:
        """Does the noun name a deed of material conflict ("any incursion", "military intervention")?"""
        trig = self._noun_entry(noun)
        return trig is not None and not _cooperative(trig.type) and _material(trig.type)

    def _threat_in(self, content: Token) -> bool:
        """Does a warning's content name an act, or its refusal ("would cut aid", "would not extend")?"""
        if self.verb(content) and self._verb_trigger(content, self.verb(content) or "") is not None:
            return True
        if any(c.dep_ == "neg" for c in content.children):
            return True  # "would not extend the deal": a cooperative act withheld
        if self._stock_threat(content):
            return True
        for t in content.subtree:  # "would take countermeasures against Seoul", "would close the strait"
            if t.i == content.i:
                continue
            if t.tag_.startswith("NN") and (self.noun_base(t) in _HARMS or self._noun_entry(t) is not None):
                return True
            if t.tag_.startswith("VB") and self.verb(t) and self._verb_trigger(t, self.verb(t) or ""):
                return True
            if t.lower_ == "against" and t.dep_ == "prep":
                return True
            if t.dep_ == "pobj" and t.head.dep_ == "agent" and self.sector(t) == "MIL":
                return True  # "must leave power or be driven out by American troops": force the alternative
        if (
            content.lower_ in _CONSEQUENCES
            and any(  # "warned NATO that expanding would force Moscow to rethink"
                c.dep_ in ("dobj", "dative") and self.phrase_mentions(c) for c in content.head.children
            )
        ):
            return True
        if content.lower_ in _WORSENING and any(
            c.dep_ == "nsubj" and self.noun_base(c) in ("relation", "tie") for c in content.children
        ):  # "warned that relations with the United States would suffer if ...": ties put at stake
            return True
        # "would strike again if Libya continued to sponsor terrorism": force, aimed at no thing
        if self.verb(content) in _STRIKING and not any(c.dep_ == "dobj" for c in content.children):
            return True
        return self.verb(content) in ("close", "shut", "block", "cut", "halt", "stop", "suspend")

    def _stock_threat(self, content: Token) -> bool:
        """A stock phrase of menace: "its patience was running out" (or "wearing thin"), "was playing with
        fire", "all options were on the table"."""
        words = {t.lower_ for t in content.subtree}
        if any(c.dep_ == "nsubj" and c.lower_ == "patience" for c in content.children):
            return bool(words & {"out", "thin", "exhausted", "limit", "limits", "end"})
        return (self.verb(content) == "play" and "fire" in words) or {"options", "table"} <= words

    def _tells_a_fact(self, tok: Token) -> bool:
        """Is the clause a verb introduces told as done, in a past or perfect tense ("insisted that the
        mayor had won", "'The order went out,' she insisted"), not asked for ("insisted troops leave")?"""
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if clause is None:
            return False
        auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
        return clause.tag_ in ("VBD", "VBN") or bool(auxes & {"had", "has", "have", "was", "were", "did"})

    def _asks_another(self, tok: Token) -> bool:
        """Does the clause a verb introduces have a subject of another side than the verb's own?"""
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if clause is None:
            return True  # "insisted on a ceasefire"
        asked = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        speaker = self.subject(tok)
        if asked is None or speaker is None:
            return True
        theirs, ours = self.side_of(asked), self.side_of(speaker)
        return not (theirs and theirs <= ours) and not (asked.lower_ in _OPEN_PRONOUNS and not theirs - ours)

    def side_of(self, phrase: Token) -> set[str]:
        """The actors a phrase names, with their countries: who speaks or is spoken to, as a side."""
        actors = {a for m in self.phrase_mentions(phrase) for a in m.actor_ids}
        return actors | {c for a in actors if (c := self.countries.get(a))}

    def _advice_to_own(self, verb: Token) -> bool:
        """Are those warned the warner's own people, or travellers ("warned its citizens in China to be
        vigilant", "warned Americans not to travel to Venezuela", "warned tourists to stay away")?"""
        warned = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if warned is None:
            return False
        if self.noun_base(warned) in _ADVISED:
            return True
        warner = self.subject(verb)
        own = self.side_of(warner) if warner is not None else set()
        return warned.ent_type_ == "NORP" and bool(own & self.side_of(warned))

    def _content_act(self, tok: Token) -> Token | None:
        """The act a verb like "threaten" or "refuse" takes as its content ("threatened to ban ...")."""
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp") and c.tag_.startswith("VB"):
                return c
        for c in tok.children:  # "threatened on Sunday to halt ...": the day made the parser read a purpose
            if (
                c.dep_ == "advcl"
                and c.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and any(t.ent_type_ in ("DATE", "TIME") for t in tok.doc[tok.i + 1 : c.i])
            ):
                return c
        # "warned the opposition that it would ban the rally": the parser hangs the clause on the one warned
        return next(
            (
                g
                for c in tok.children
                if c.dep_ == "dobj"
                for g in c.children
                if g.dep_ in ("acl", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
                and any(m.dep_ in ("nsubj", "nsubjpass") for m in g.children)
            ),
            None,
        )

    def _object(self, tok: Token) -> Token | None:
        # the object before a predicate ("shot dead five militants": the militants, not "dead")
        objects = [c for c in tok.children if c.dep_ == "dobj"] or [
            c for c in tok.children if c.dep_ in ("attr", "oprd")
        ]
        if objects:  # "lifted Friday a day-old blockade": not the date
            return next((c for c in objects if c.ent_type_ not in ("DATE", "TIME")), objects[0])
        if any(c.dep_ == "auxpass" for c in tok.children):  # "a curfew was imposed"
            return next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            return tok.head  # "the sanctions imposed on ..."
        if _verb_read_as_modifier(tok):
            return _modified_noun(tok)  # "China test-fired missiles", read as a noun phrase: what it fired
        misread = next((c for c in tok.children if c.dep_ == "ccomp" and c.tag_.startswith("NN")), None)
        # "denied U.S. forces permission to use"
        return misread or _participle_read_as_clause(tok) or next(iter(_hidden_object(tok)), None)

    def _noun_entry(self, tok: Token) -> Trigger | None:
        match = self._noun_match(tok)
        return match[0] if match is not None else None

    def _noun_match(self, tok: Token) -> tuple[Trigger, int] | None:
        """The event a noun names, and how many words before it belong to the name ("hunger strike": 1)."""
        joined = self._hyphen_word(tok)
        base = (joined and self.lex.noun_lemma.get(joined)) or self.noun(tok) or self.noun_base(tok)
        if base in _JOINT_ACTIVITIES and any(c.lower_ in _JOINTLY for c in tok.lefts):
            return _JOINT_ACT, 0  # "joint anti-submarine drills"
        if (
            (base in _JOINT_BODIES or tok.lower_ in _JOINT_BODIES)
            and any(c.lower_ in _JOINTLY for c in tok.lefts)
            and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lower_ in _CREATING_FORMS
        ):
            return _JOINT_ACT, 0  # "will set up a joint army corps": a body made together
        if base not in self.lex.nouns:
            return self._gerund(tok)
        if base == "deal" and any(c.lower_ in ("great", "good") for c in tok.lefts):
            return None  # "spent a great deal", "a good deal of time": an amount, no pact
        if base == "warning" and any(c.lower_ in _ADVISORIES for c in tok.lefts):
            return None  # "issued a health warning to Americans", "a storm warning": advice, no threat
        # "voiced dissatisfaction with Tokyo": the light verb may carry the noun's preposition
        kids = [*tok.children, *(tok.head.children if tok.dep_ in ("dobj", "nsubjpass") else ())]
        # or hung on its of-phrase: "charges of electoral fraud against the ruling party"
        kids += [g for c in tok.children if c.lower_ == "of" for p in c.children for g in p.children]
        # "received a warning from Turkey": the one who gets it is whom the preposition would name; and the
        # parser may call the preposition a dative ("issued a warning to Saudi Arabia")
        received = tok.dep_ == "dobj" and tok.head.lower_ in _RECEIVING
        phrases = [c for c in kids if c.dep_ in ("prep", "dative", "acl", "ccomp", "advcl")]
        for before, trig in self.lex.nouns[base]:
            if (
                trig.needs_prep
                and not (received and "to" in trig.needs_prep)
                and not any(c.lower_ in trig.needs_prep or _marked(c, trig.needs_prep) for c in phrases)
            ):
                continue  # "calls for a truce", not "phone calls"
            if trig.needs_object and not any(
                self._object_words(p) & trig.needs_object
                or ("@actor" in trig.needs_object and p.tag_ in ("NNP", "NNPS") and self.mention_at(p))
                for c in (kids if trig.needs_prep else tok.children)
                if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ in trig.needs_prep)
                for p in c.children if p.dep_ == "pobj"
            ):  # fmt: skip
                # "the release of 150 prisoners", "of Aung San Suu Kyi", "a freeze on Libyan assets"; not "the
                # release of a report", nor of "Barr's summary" or "the Podesta emails", which name an actor
                # without being one
                continue
            if not before:
                return trig, 0
            i = tok.i - len(before)
            if i >= 0 and tuple(t.lower_ for t in self.doc[i : tok.i]) == before:
                return trig, len(before)
        if base == "strike" and self._labour_strike(tok):  # "a strike by dock workers", "the miners' strike"
            return _LABOUR_STRIKE, 0
        return None

    def _labour_strike(self, tok: Token) -> bool:
        """Is a bare "strike" (left out of the lexicon, as often military) one by workers, students or
        civilians: "a strike by dock workers", "the miners' strike", "a teachers' strike"?"""
        by = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children]
        # "a strike called by the main labour unions"
        by += [
            p for a in tok.children if a.dep_ == "acl"
            for c in a.children if c.dep_ == "agent" for p in c.children
        ]  # fmt: skip
        owners = [c for c in tok.children if c.dep_ in ("poss", "compound")]
        if tok.dep_ == "dobj":  # "teachers began a strike", "the union called a strike"
            owners += [c for c in tok.head.children if c.dep_ == "nsubj"]
        # "strikes against Israeli occupation measures": what a strike is against says it is a protest
        against = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "against" for p in c.children]
        return any(self.sector(t) in ("LAB", "CVL", "EDU") for t in (*by, *owners)) or any(
            self.noun_base(p) in _GRIEVANCES for p in against
        )

    def _gerund(self, tok: Token) -> tuple[Trigger, int] | None:
        """An event verb used as a noun with its object after "of": "the downgrading of diplomatic links",
        "the expelling of the envoys". The verb's object constraint holds for that object."""
        if not tok.lower_.endswith("ing") or tok.dep_ == "compound":
            return None
        trig = next(iter(self.lex.verbs.get(self.lex.verb_lemma.get(tok.lower_, ""), ())), None)
        if trig is None or trig.type in ("REQUEST", "THREATEN", "REJECT"):
            return None
        of = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if not of or not any(c.dep_ == "det" for c in tok.lefts):  # "the downgrading of": a noun phrase
            return None
        if trig.needs_object and not any(self._object_words(o) & trig.needs_object for o in of):
            return None
        if trig.needs_prep and any(o.tag_ in ("NNP", "NNPS") for o in of):
            return None  # "the firing of McCabe": a person fired is dismissed, not shot at
        return trig, 0

    def _noun_trigger(self, tok: Token) -> _Found | None:
        if tok.dep_ == "compound" and self.lex.sectors.get(self.noun_base(tok.head)) is not None:
            return None  # "aid agencies", "peace activists": who they are, not an act
        match = self._noun_match(tok)
        if match is None:
            return None
        trig, before = match
        if trig.type == "ASSAULT" and self.noun_base(tok) == "attack" and self._worded_attack(tok):
            trig = _DENOUNCED  # "Trump's sharply negative attacks on the Clintons"
        first = tok.i - before if self._hyphen_word(tok) is None else tok.i - 2
        start = tok.doc[first].idx if first != tok.i else tok.idx
        for c in tok.lefts:  # "diplomatic boycott", "joint military operations": the trigger phrase
            marker = c.lower_ in self.lex.reciprocal_markers or c.tag_ == "JJ"
            if c.dep_ in ("amod", "compound") and marker and not self.mention_at(c):
                start = min(start, c.idx)
        return _Found(tok, start, tok.idx + len(tok), trig, noun=tok)

    # -- arguments --------------------------------------------------------------------------------

    def mention_at(self, tok: Token) -> list[Mention]:
        """Mentions that cover a token."""
        i = bisect_right(self.starts, tok.idx) - 1
        out = []
        while i >= 0 and self.mentions[i].end > tok.idx:
            if self.mentions[i].actor_ids and not self.names_pact(self.mentions[i]):
                out.append(self.mentions[i])
            i -= 1
            if i >= 0 and self.mentions[i].start < tok.idx - 200:
                break
        return out

    def phrase_mentions(self, tok: Token) -> list[Mention]:
        """The actors a noun phrase names: its own words and modifiers; coordinated phrases give each."""
        heads = [tok, *self._conjuncts(tok)]
        found: list[Mention] = []
        for h in heads:
            for m in self._one_phrase(h):
                if m not in found:
                    found.append(m)
        return found

    def _conjuncts(self, tok: Token) -> list[Token]:
        out = []
        for c in tok.children:
            if (
                c.dep_ == "conj"
                and (c.tag_.startswith("NN") or c.tag_ in ("PRP", "NNP"))
                and not _stray_speaker(c)
                and not _next_clause_subject(c)
            ):
                out.append(c)
                out.extend(self._conjuncts(c))
                if (name := self._split_off_name(tok, c)) is not None:
                    out.append(name)
        return out

    @staticmethod
    def _split_off_name(first: Token, conj: Token) -> Token | None:
        """The name right after a conjunct that the parser made a second subject of the same verb: in
        "Simitis and his Turkish counterpart Bulent Ecevit met", "Ecevit" names the counterpart."""
        after = conj.right_edge.i + 1
        if first.dep_ not in _SUBJECTS or after >= len(first.doc) or first.doc[after].tag_ != "NNP":
            return None
        name = first.doc[after]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        same_verb = name.dep_ in _SUBJECTS and name.head.i == first.head.i and name.i != first.i
        return name if same_verb else None

    def _one_phrase(self, h: Token) -> list[Mention]:
        listed = _NATIONALS_LISTED.match(self.text, h.idx + len(h)) if h.tag_ == "NNS" else None
        # "16 Western tourists, including 12 Britons, two Americans and two Australians", "1,150 prisoners,
        # most of them Palestinians": the nationals the aside names
        if listed and (named := self._inside(listed.start(1), listed.end(1))):
            return named
        if h.lower_ in _RELATIVE and h.head.dep_ == "relcl":
            return self.phrase_mentions(h.head.head)
        if h.lower_ in _FIRST_PERSON and h.tag_ in ("PRP", "PRP$") and h.text != "US":  # not "the US"
            return self._speaker(h)
        if self.noun_base(h) in _RELATIONAL or self.noun_base(h) in _SETTINGS:
            # "Qatar's neighbours demanded": not Qatar; but "his Pakistani counterpart Yousuf Raza Gilani" is
            # the one named beside the word
            named = [c for c in h.rights if c.dep_ == "appos" and c.tag_ == "NNP"]
            return [m for c in named for m in self.phrase_mentions(c)]
        # "the breakaway Yugoslav republics of Croatia and Slovenia": the states named, not whose the word
        # before calls them
        called = [
            p for c in h.rights if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj" and p.tag_ in ("NNP", "NNPS")
        ] if self.noun_base(h) in _UNITS else []  # fmt: skip
        of_named = [m for p in called for m in self.phrase_mentions(p)]
        states = all(
            m.kind != "place" and any(self.countries.get(a) == a for a in m.actor_ids) for m in of_named
        )
        if of_named and states:  # states, not a town the word places nor a name no one knows
            return of_named
        across = [
            p for c in h.rights if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj"
        ] if self.noun_base(h) in _FRONTIERS else []  # fmt: skip
        if far := [m for p in across for m in self.phrase_mentions(p)]:
            return far  # "massed troops along Namibia's border with Angola": the side across it
        left = [c for c in h.lefts if c.dep_ in _CORE_LEFT]
        if self.noun_base(h) in _CAPTORS:  # "freed by his kidnappers": the captors are not the captive's
            left = [c for c in left if c.dep_ != "poss"]
        start = min([h.idx, *(c.left_edge.idx for c in left)])
        end = h.idx + len(h)
        for c in h.rights:
            # not an aside about some of them: "Serbs, some carrying portraits of Slobodan Milosevic,"
            aside = c.dep_ == "appos" and (
                c.lower_ in _SOME or any(t.tag_ in ("VBG", "VBN", "VBD") for t in c.subtree)
            )
            if c.dep_ in ("appos", "flat", "compound") and not aside and not _stray_speaker(c):
                end = max(end, c.right_edge.idx + len(c.right_edge))
        core = self._inside(start, end)
        core += [m for m in self.mention_at(h) if m not in core]  # "the U.S. secretary of state"
        core = [m for m in core if not self.names_pact(m)]
        if not core and self.noun_base(h) in _AIDES:  # "a senior aide to Prime Minister Benjamin Netanyahu"
            served = [
                p for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                for p in c.children if p.dep_ == "pobj"
            ]  # fmt: skip
            core = [m for p in served for m in self.phrase_mentions(p)]
        # "Ugandan-backed rebels" are not Uganda's own, nor are "pro-Iranian kidnappers" Iran's
        core = [
            m for m in core
            if not _BACKER.match(self.text, m.end)
            and not _prefixed(self.text, m, ("pro-", "anti-"))
        ]  # fmt: skip
        # "Ahmed Ouyahia, the envoy of the Organisation of African Unity": whom the person acts for
        served = [
            p for c in h.rights if c.dep_ == "appos" and self.noun_base(c) in _AGENT_NOUNS
            for g in c.children if g.dep_ == "prep" and g.lower_ in ("of", "for")
            for p in g.children if p.dep_ == "pobj"
        ]  # fmt: skip
        envoy_of = [m for p in served for m in self.phrase_mentions(p)] if served else []
        if envoy_of and any(m.label == "PERSON" for m in self.mention_at(h)):
            return envoy_of
        coordinated = [m for m in core if self._coordinated(m, h)]
        ordered = sorted(core, key=lambda m: m.start)
        joined = [self.text[a.end : b.start] for a, b in pairwise(ordered)]
        # "Japan, Indonesia's biggest aid donor,": a description set off by commas, no list
        described = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in h.rights
            if c.dep_ == "appos" and c.tag_ in ("NN", "NNS")
        ]
        listed = not any(a <= m.start < b for m in ordered for a, b in described)
        if len(ordered) > 1 and listed and all(j in (" and ", ", ", ", and ") for j in joined):
            # "U.S. and Mexican drug agents", read by the parser as two modifiers; "a French, German and
            # Russian proposal", the first read apart from the other two
            return ordered
        if len(coordinated) > 1:
            return coordinated
        if (
            len(ordered) == 2
            and joined == ["-"]
            and all(m.kind in ("adjective", "alias") for m in ordered)
            and ordered[1].end <= h.idx
            # of an act or a word, not of a person: "a British-Iranian aid worker" has two nationalities
            and (self.noun_base(h) in _DEEDS | _STATEMENTS or self._noun_entry(h) is not None)
        ):
            return ordered  # "a French-Egyptian call", "a U.S.-Soviet proposal": a joint one
        own = [m for m in core if m.start <= h.idx < m.end]
        placed = [m for m in core if m not in own and set(m.actor_ids) & self.placed]
        if own and placed and not any(set(m.actor_ids) & self.placed for m in own):
            return placed[-1:]  # "Sweden's Supreme Court", a body the gazetteer does not know: Sweden
        if own:  # "Pakistan, a key U.S. ally": Pakistan
            return own
        # "his Pakistani counterpart Yousuf Raza Gilani": the one the name beside the word names, not "his"
        appos = [c for c in h.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        titled = [m for c in appos for m in core if m.label == "PERSON" and m.start <= c.idx < m.end]
        if titled:
            return titled
        # an unknown "person" of no country is often the NER's misreading ("Burundian Hutu rebels")
        core = [m for m in core if set(m.actor_ids) & self.placed or m.label == "PRON"] or core
        people = [m for m in core if m.label in ("PERSON", "PRON")]
        if people:
            return people[-1:]
        named = [m for m in core if m.kind in ("name", "alias")]
        if named and len(named) < len(core):  # "the Kosovo Albanian leader": the place named, not the people
            return named[-1:]
        if core:
            return core[-1:]
        if h.tag_ == "PRP" and h.lower_ in _OPEN_PRONOUNS:
            return self.antecedent(h)
        owner = next((c for c in h.children if c.dep_ == "poss" and c.lower_ in _OPEN_PRONOUNS), None)
        if owner is not None and self.noun_base(h) not in _CAPTORS:
            return self.antecedent(owner)
        # "rebels in the Ivory Coast", "the government of Sudan", "scores of Liberian and Sierra Leonean
        # refugees": the phrase's own preposition
        ties = self.noun_base(h) in _TIES
        spokesman = self.noun_base(h) in _AGENT_NOUNS
        # "proposals for a federal Cyprus put forward by the U.N. secretary-general": whose they are, before
        # what they are for (the parser may hang the proposer on the last noun)
        if (
            self.noun_base(h) in _DEEDS
            and (by := self._proposer(h)) is not None
            and (inner := self.phrase_mentions(by))
        ):
            return inner
        if self.noun_base(h) in _CAPTORS:
            # "the kidnappers of two Italian nuns in Somalia": where the captives are held, not their country
            held = [
                g for c in h.rights if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"
                for q in p.children if q.dep_ == "prep" and q.lower_ in ("in", "inside")
                for g in q.children if g.dep_ == "pobj"
            ]  # fmt: skip
            return [m for g in held for m in self.phrase_mentions(g)]
        for c in [*h.rights, *self._seat_on_verb(h)]:  # "a spokesman for the Turkish foreign ministry"
            if c.dep_ == "prep" and (
                c.lower_ in ("of", "from")
                or (
                    c.lower_ in ("in", "inside", "off") and self._noun_entry(h) is None
                )  # "a treaty signed in Brasilia" is no party
                or (ties and c.lower_ == "with")
                or (spokesman and c.lower_ == "for")
                # "any attempt by Azerbaijan to retake", "a request by the Dalai Lama": whose deed it is;
                # "the plan for a federal Bosnia": what it is for
                or (
                    c.lower_ == "by"
                    and (self.noun_base(h) in _DEEDS | _STATEMENTS or self._noun_entry(h) is not None)
                )  # "a report by the U.N. special rapporteur condemned Iraq": whose report
                or (c.lower_ == "for" and self.noun_base(h) in _DEEDS)
                # "troops on the Indian side of the border": the side they are on
                or (c.lower_ == "on" and any(p.lower_ == "side" for p in c.children))
                # "Tamil civilians on Sri Lanka's Jaffna peninsula": people where they are
                or (c.lower_ == "on" and self.sector(h) in _DOMESTIC and not _dating(c))
                # "students at the University of Nairobi", "workers at the Gdansk shipyard": where they
                # study or work; not "protesters at the U.S. embassy"
                or (
                    c.lower_ == "at"
                    and self.sector(h) in _DOMESTIC
                    and any(
                        self.noun_base(p) in _WORKPLACES
                        and any(set(m.actor_ids) & self.placed for m in self.phrase_mentions(p))
                        for p in c.children
                        if p.dep_ == "pobj"
                    )
                )
            ):
                for p in c.children:  # "links with Fiji": the partner
                    if (
                        c.lower_ == "off"
                        and p.tag_ != "NNP"
                        and not any(g.dep_ == "poss" and g.tag_ == "NNP" for g in p.children)
                    ):
                        continue  # "waters off Taiwan", "off Taiwan's ports"; not "off its east coast"
                    if p.dep_ == "pobj" and _owned(p) is not None:
                        return []  # "two divisions of its Republican Guard": the actor's own, no one else
                    if p.dep_ == "pobj" and (inner := self.phrase_mentions(p)):
                        return inner
        if self.sector(h) in _STATE:  # "the military junta that seized power in Freetown": where it rules
            ruled = [
                p for c in h.rights if c.dep_ == "relcl" and (c.lemma_ in _RULING or self.verb(c) in _RULING)
                for o in (c, *(o for o in c.children if o.dep_ == "dobj"))  # "seized power in Freetown"
                for g in o.children if g.dep_ == "prep" and g.lower_ == "in"
                for p in g.children if p.dep_ == "pobj"
            ]  # fmt: skip
            if placed := [
                m for p in ruled for m in self.phrase_mentions(p) if set(m.actor_ids) & self.placed
            ]:
                return placed
        if self.noun_base(h) in _CARRIERS:  # "a bus carrying German tourists": whom it carries
            for c in h.rights:
                if c.dep_ == "acl" and c.lower_ in ("carrying", "transporting", "ferrying"):
                    carried = next((g for g in c.children if g.dep_ == "dobj"), None)
                    if carried is not None and (inner := self.phrase_mentions(carried)):
                        return inner
        for c in h.rights:  # "troops loyal to rebel leader Laurent Kabila": whose side they are on
            if c.dep_ == "amod" and c.lower_ in ("loyal", "allied"):
                for p in (p for d in c.children if d.dep_ == "prep" for p in d.children if p.dep_ == "pobj"):
                    if inner := self.phrase_mentions(p):
                        return inner
        for c in h.rights:  # "talks proposed by Seoul", "a plan drafted by the UN": whose they are
            if (
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                and (self._noun_entry(h) is not None or c.lower_ in _PROPOSED or c.lower_ in _GIVEN)
            ):
                for p in (p for d in c.children if d.dep_ == "agent" for p in d.children if p.dep_ == "pobj"):
                    if inner := self.phrase_mentions(p):
                        return inner
        for c in h.rights:  # "opposition activists held in Harare"
            if c.dep_ == "acl" and c.tag_ == "VBN":
                for p in (
                    p for d in c.children if d.dep_ == "prep" and d.lower_ in _PLACE_PREPS for p in d.children
                ):
                    if p.dep_ == "pobj" and (inner := self.phrase_mentions(p)):
                        return inner
        return []

    def _seat_on_verb(self, h: Token) -> list[Token]:
        """ "recognised the new government in Kabul": the parser may hang a government's seat on the verb."""
        after = h.right_edge.i + 1
        if self.noun_base(h) not in _RULERS or h.dep_ != "dobj" or after >= len(self.doc):
            return []
        prep = self.doc[after]
        return [prep] if prep.head.i == h.head.i and prep.lower_ == "in" and prep.dep_ == "prep" else []

    def _proposer(self, h: Token) -> Token | None:
        """Who put forward what a noun names ("proposals for a federal Cyprus put forward by the U.N.")."""
        return next(
            (p for c in h.subtree if c.dep_ == "acl" and c.lower_ in _PROPOSED
             for d in c.children if d.dep_ == "agent" for p in d.children if p.dep_ == "pobj"),
            None,
        )  # fmt: skip

    def _coordinated(self, m: Mention, h: Token) -> bool:
        """Is the mention one of several coordinated modifiers ("Hungarian and Romanian officials")?"""
        tok = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if tok is None:
            return False
        root = tok.root
        # "Saudi Arabia, Egypt, Bahrain and the UAE": a list the parser hangs on the first as an apposition
        listed = any(
            c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS") and any(g.dep_ == "conj" for g in c.children)
            for c in root.children
        )
        return root.dep_ == "conj" or listed or any(c.dep_ == "conj" for c in root.children)

    def _speaker(self, pronoun: Token) -> list[Mention]:
        """ "I", "me" or "we" in someone's quoted words: the speaker ("Macron asked me for approval," Trump
        said). Outside a direct quote the writer speaks, who is no party."""
        for q in self.quotes:
            if q.kind != "direct" and not any(f.start <= pronoun.idx < f.end for f in q.fragments):
                continue
            if q.start <= pronoun.idx < q.end and q.speaker_ids:
                return [m for s in q.speakers for m in self._inside(s.start, s.end)]
        return []

    def _inside(self, start: int, end: int) -> list[Mention]:
        i = bisect_right(self.starts, start - 1)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and m.actor_ids:
                out.append(m)
            i += 1
        return out

    def subject(self, verb: Token) -> Token | None:
        """The verb's subject; a controlled or coordinated verb borrows its governor's ("Syria is willing
        to withdraw", "his promise to travel", "rebels fighting to topple")."""
        if (stray := stray_speaker(verb)) is not None and _trailing_attribution(verb) is not None:
            return stray  # "..., NATO's Jens Stoltenberg demanded", the name hung on the clause's last noun
        if verb.dep_ == "xcomp" and (
            self.verb(verb.head) in _MAKING_DO or verb.head.lower_ in _MAKING_DO_FORMS
        ):
            made = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if made is not None:
                return made  # "forced Iraq to withdraw from Kuwait": Iraq withdraws
        if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and verb.i > 0 and verb.nbor(-1).text == ",":
            # "The foreign ministers of Greece and Turkey, whose countries came close to war, met": the parser
            # joined the main verb to the relative clause; its subject is the noun the clause describes
            return verb.head.head
        if _verb_read_as_modifier(verb):
            # "Eritrea massed troops along the border", read as a noun phrase: the name before the verb
            before = next((c for c in verb.children if c.dep_ in ("npadvmod", "nmod") and c.i < verb.i), None)
            if before is not None and self.phrase_mentions(before):
                return before
        tok = verb
        for _ in range(6):
            # a passive governor's patient controls the act below it: "Vietnam is committed to opening up",
            # "Iran was forced to withdraw"
            subjects = [
                c for c in tok.children if c.dep_ in _SUBJECTS or (c.dep_ == "nsubjpass" and tok is not verb)
            ]
            if len(subjects) > 1:
                # "Citing Sudan's support for terrorism, the United States closed its embassy": an opening
                # phrase the parser took for a second subject is cut off from the verb by its comma, and
                # names no actor by its own head word
                doc = tok.doc
                near = [
                    c for c in subjects
                    if c.i > tok.i
                    or self.mention_at(c)
                    or all(t.text != "," for t in doc[c.right_edge.i : tok.i])
                ]  # fmt: skip
                if any(self.phrase_mentions(c) for c in near):
                    subjects = near
            if subjects:  # "presidents Vladimir Putin and Xi Jinping": the parser may give two
                first = next((c for c in subjects if self.phrase_mentions(c)), subjects[0])
                if first.lower_ in _RELATIVE and tok.dep_ == "relcl":
                    return tok.head
                if not self.phrase_mentions(first) and any(
                    c.dep_ == "prep" and c.i < first.i for c in tok.children
                ):
                    # "After talks in Ankara, Turkey and Iraq agreed": the parser took "talks" for the subject
                    # and hung the real one on the opening phrase, after its comma
                    stranded = [
                        t for t in first.subtree
                        if t.dep_ == "conj" and t.nbor(-1).text == "," and self.phrase_mentions(t)
                    ]  # fmt: skip
                    if stranded:
                        return stranded[0]
                return first
            if tok.dep_ == "acl" and (tok.tag_ == "VBD" or tok.head.head.dep_ == "agent"):
                # "Turkish troops backed by helicopter gunships crossed into Iraq", the verb hung on the last
                # noun: the subject the phrase belongs to
                up = tok.head
                while up.dep_ not in _SUBJECTS and up.head.i != up.i and up.i > up.head.i:
                    up = up.head
                if up.dep_ in _SUBJECTS and self.phrase_mentions(up):
                    return up
            # "took several steps to ease restrictions": an infinitive the parser read as a relative clause
            infinitive = (
                tok.dep_ == "relcl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                and self.noun_base(tok.head) in _STEPS  # not "ways to assassinate", "nothing to investigate"
            )
            if tok.dep_ == "acl" or infinitive:
                noun = tok.head
                if noun.dep_ in ("appos", "attr") and not self.phrase_mentions(noun):
                    # "it is Ukraine the one trying to attack": who "the one" is
                    named = [noun.head] if noun.dep_ == "appos" else []
                    named += [c for c in noun.head.children if c.dep_ == "attr" and c.i < noun.i]
                    noun = next((n for n in named if self.phrase_mentions(n)), noun)
                if tok.tag_ == "VBG" and self.phrase_mentions(noun):  # "rebels fighting to topple"
                    return noun
                if noun.dep_ == "ROOT" and tok.tag_ in ("VBD", "VBN") and self.phrase_mentions(noun):
                    return noun  # "A Syrian newspaper called Thursday on Arabs to ...": the parser's one verb
                owner = next((c for c in noun.children if c.dep_ == "poss"), None)
                if owner is not None:
                    return owner
                agent = next(  # "the decision by the European Union to ban imports"
                    (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                     if p.dep_ == "pobj"),
                    None,
                )  # fmt: skip
                if agent is not None and self.phrase_mentions(agent):
                    return agent
                if noun.dep_ == "dobj":
                    tok = noun.head
                    continue
                if noun.dep_ == "nsubjpass" and self.verb(noun.head) in self.lex.light:
                    # "an offer to mediate was made by the United States": the one who makes it
                    agent = self.passive_agent(noun.head)[0]
                    if agent is not None and self.phrase_mentions(agent):
                        return agent
                break
            if tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ == "ROOT":
                # "China test-fired missiles into ...", read as a noun phrase: the name before the verb
                named = [c for c in tok.head.children if c.dep_ == "compound" and c.i < tok.i]
                # or a name whose last word the tagger took for an adjective: "President Mohammad Zia ul-Haq
                # lifted martial law"
                named = named or [
                    c for c in tok.head.children
                    if c.dep_ == "amod" and c.i < tok.i and c.tag_ in ("NNP", "JJ") and c.is_title
                    and any(g.ent_type_ == "PERSON" for g in c.subtree)
                ]  # fmt: skip
                if named and self.phrase_mentions(named[0]):
                    return named[0]
                break
            if tok.dep_ in ("xcomp", "conj", "advcl", "acomp", "attr") and tok.head.i != tok.i:
                tok = tok.head  # "Qatar is mediating": the parser may hang the verb on "is"
                continue
            if tok.dep_ == "pcomp" and tok.head.head.tag_.startswith("VB"):
                controller = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
                if tok.head.lower_ in ("against", "from") and controller is not None:
                    return controller  # "warned its citizens against travelling", "barred Iran from buying"
                tok = tok.head.head  # "committed to sharing"
                continue
            if (
                tok.dep_ == "pcomp"
                and tok.head.head.dep_ in ("dobj", "attr", "advmod")
                and tok.head.head.head.i != tok.i
            ):
                # "has no intention of discussing": the one who has it; "stopped short of agreeing"
                tok = tok.head.head.head
                continue
            break
        return self._stranded_subject(tok)

    def _stranded_subject(self, verb: Token) -> Token | None:
        """The noun phrase right before a finite verb the parser left without a subject, having hung the
        phrase on an opening one: "With the signing of a memorandum, the Sudanese government and the SPLM
        have agreed". The phrase is climbed through its conjuncts up to a comma."""
        doc = verb.doc
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children)
        if not finite or verb.dep_ not in ("ROOT", "conj", "ccomp"):
            return None
        first = verb.sent[0]
        if (
            first.head.i == verb.i
            and first.dep_ in ("advmod", "npadvmod")
            and first.is_title
            and self.phrase_mentions(first)
        ):
            return first  # "Bucharest along with its allies demanded": a name the tagger took for an adverb
        i = verb.i - 1
        while i >= 0:
            if doc[i].head.i == verb.i and doc[i].dep_ in ("aux", "neg", "advmod"):
                i -= 1
                continue
            # "..., Indonesia's new President B.J. Habibie on Friday lifted": a dating phrase between
            dated = next((c for c in verb.children if c.right_edge.i == i and c.i < verb.i), None)
            if dated is not None and (
                (dated.dep_ == "prep" and _day_phrase(dated)) or (dated.dep_ == "npadvmod" and _a_time(dated))
            ):
                i = dated.left_edge.i - 1
                continue
            break
        if i < 0:
            return None
        tok = doc[i]
        if not (tok.tag_.startswith("NN") or tok.tag_ == "PRP") or tok.head.i == verb.i:
            return None
        if tok.ent_type_ in ("DATE", "TIME") or tok.head.i > tok.i:
            return None
        while tok.dep_ in ("conj", "compound", "flat", "appos") and tok.head.i < tok.i:
            if any(t.text in (",", ";", ":", "(") for t in doc[tok.head.i : tok.i]) and (
                tok.dep_ == "conj" or (tok.dep_ == "appos" and _within_opening(tok.head, verb))
            ):
                # "Speaking after meeting the U.S. envoy, Pakistan's foreign minister said": the speaker was
                # hung on the opening phrase's last noun
                break
            tok = tok.head
        return tok if self.phrase_mentions(tok) else None

    def antecedent(self, pronoun: Token) -> list[Mention]:
        """What "it", "they" or "their" stands for when coreference left it open (see `_antecedent`); a
        pronoun met again while its own antecedent is sought ("most of his proposals", whose subject holds
        the pronoun) stands for nothing."""
        if pronoun.i in self._seeking:
            return []
        self._seeking.add(pronoun.i)
        try:
            return self._antecedent(pronoun)
        finally:
            self._seeking.discard(pronoun.i)

    def _antecedent(self, pronoun: Token) -> list[Mention]:
        """What "it", "they" or "their" stands for when coreference left it open: the subject of the
        clause that governs it ("Syria says it is willing", "Bosnian Serbs said their forces ...")."""
        tok = pronoun.head
        for _ in range(8):
            # "Russia will withdraw all its troops ..., said a spokesman for the OSCE": the clause's own
            # subject before the pronoun comes first
            own = None
            if tok.tag_.startswith("VB") and pronoun.tag_ == "PRP$":
                own = next((c for c in tok.children if c.dep_ in _SUBJECTS and c.i < pronoun.i), None)
            if own is not None and own.tag_ not in ("PRP", "PRP$") and (found := self.phrase_mentions(own)):
                return [m for m in found if not any(a.startswith("person:") for a in m.actor_ids)] or found
            # "ETA warned in a statement that it would ...": a clause told by a writing the verb is hung on
            told = tok.dep_ == "acl" and tok.head.lower_ in _LETTERS and tok.head.dep_ == "pobj"
            if told:
                tok = tok.head.head
            if (told or tok.dep_ in ("ccomp", "xcomp", "advcl", "conj", "acomp")) and tok.head.i != tok.i:
                tok = tok.head
                # "warned that Pakistan would be wiped off the map if it ...": a passive's subject too
                subj = next(
                    (c for c in tok.children if c.dep_ in (*_SUBJECTS, "nsubjpass") and c.i != pronoun.i),
                    None,
                )
                subj = subj if subj is not None else self._stranded_subject(tok)
                if subj is not None and subj.tag_ not in ("PRP", "PRP$"):
                    found = self.phrase_mentions(subj)
                    if pronoun.lower_ in ("it", "its"):  # a state or a body, never a person
                        found = [m for m in found if not any(a.startswith("person:") for a in m.actor_ids)]
                    return found
            elif tok.head.i != tok.i:
                tok = tok.head
            else:
                break
        # "While Israel stayed out of the war, it has bombed convoys": the subject of a clause before it
        before = [
            s for c in pronoun.head.children if c.dep_ == "advcl" and c.i < pronoun.i
            for s in c.children if s.dep_ in _SUBJECTS and s.tag_ not in ("PRP", "PRP$")
        ]  # fmt: skip
        found = [m for s in before[:1] for m in self.phrase_mentions(s)]
        person = {m.start for m in found if any(a.startswith("person:") for a in m.actor_ids)}
        if pronoun.lower_ in ("it", "its"):
            return [m for m in found if m.start not in person]  # a state or a body
        if pronoun.lower_ in ("he", "his", "him", "she", "her"):
            return [m for m in found if m.start in person]
        return found

    def _headline_passive(self, verb: Token) -> Token | None:
        """A headline's passive without its auxiliary, whose subject undergoes the act: "Brazilian arms dealer
        arrested in the United States", "Journalist expelled from Uganda". Only a headline (no full stop)
        whose verb acts on people and is left without an object of its own."""
        if verb.tag_ not in ("VBD", "VBN") or self.verb(verb) not in _DONE_TO:
            return None
        if any(c.dep_ in _LEFT_OPEN for c in verb.children) or verb.sent[-1].text in _FULL_STOPS:
            return None
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
            return verb.head  # the parser made the headline a noun phrase: what it names undergoes the act
        return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.dep_ == "ROOT" else None

    def passive_agent(self, verb: Token) -> tuple[Token | None, Token | None]:
        """For a passive verb: (agent, patient)."""
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or next(
            (o for c in verb.children if c.dep_ == "csubjpass" and _visiting_guest(c)
             for o in c.children if o.dep_ == "dobj"),
            None,
        )  # fmt: skip
        agent = None
        if patient is None and any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ == "xcomp":
            # "Iran would continue to be denied access", "is expected to be sanctioned by the EU": the
            # one the governing verb tells of undergoes it
            patient = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            patient is None and verb.dep_ == "conj" and verb.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):  # fmt: skip
            joined = verb.head  # "was trained and armed by the United States": the first verb's patient
            if any(c.dep_ == "auxpass" for c in joined.children):
                patient = next((c for c in joined.children if c.dep_ == "nsubjpass"), None)
        if patient is None and (shot := _headline_shot_down(verb)) is not None:
            return None, shot  # "Russian jet shot down over Syria", "helicopter shot down and destroyed"
        if patient is None:  # "Brazilian arms dealer arrested in the United States"
            patient = self._headline_passive(verb)
        if patient is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and self._noun_entry(verb.head):
            patient = verb.head  # "a general strike called by the opposition"
        if (
            patient is None and verb.dep_ == "advcl" and verb.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in verb.children)
        ):  # fmt: skip
            # "Pressed by the United States to open up, Moi ruled out ...": the main clause's subject
            patient = self.subject(verb.head)
        elif patient is None and not any(c.dep_ == "auxpass" for c in verb.children):
            return None, None  # "opened an inquiry ... by Venezuelan forces": a misread "by", not a passive
        for c in verb.children:
            if c.dep_ == "agent":
                agent = next((p for p in c.children if p.dep_ == "pobj"), None)
        if agent is None and any(c.dep_ == "auxpass" for c in verb.children):
            # "has been granted political asylum by Zimbabwe, officials said": the agent read as a phrase, of
            # the verb or of the act it is told to do ("were ordered to stay indoors by Indian authorities")
            told = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
            agent = next(
                (p for v in told for c in v.children if c.dep_ == "prep" and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pobj" and self.phrase_mentions(p)),
                None,
            )  # fmt: skip
        if agent is None and any(c.dep_ == "auxpass" for c in verb.children):
            # "sanctions were slapped on Burundi by Tanzania, Kenya and Rwanda": "by" hung on the object; or
            # on the role given ("was recognised as the country's interim president on Monday by Spain")
            agent = next(
                (p for c in verb.children if c.dep_ == "prep" and c.lower_ != "by"
                 for o in c.children if o.dep_ == "pobj" and (c.lower_ == "as" or self.phrase_mentions(o))
                 for b in o.children if b.dep_ == "prep" and b.lower_ == "by"
                 for p in b.children if p.dep_ == "pobj" and self.phrase_mentions(p)),
                None,
            )  # fmt: skip
        if agent is None:  # "was trained and armed by the United States": the doer of both
            # and "were killed and five wounded by a roadside bomb", the second read as "five [who were]"
            joined = [
                j for c in verb.children if c.dep_ == "conj"
                for j in (c, *(g for g in c.children if g.dep_ == "acl" and c.tag_ == "CD"))
            ]  # fmt: skip
            agent = next(
                (p for j in joined if j.tag_ == "VBN"
                 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in j.children)
                 for c in j.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
                None,
            )  # fmt: skip
        if agent is not None and not self.phrase_mentions(agent):
            # "was hit by rockets fired by Palestinian militants": whoever the means were used by
            agent = next(
                (p for c in agent.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"),
                agent,
            )  # fmt: skip
        return agent or _hands_of(verb), patient


# -- the analyzer ----------------------------------------------------------------------------------


_PARTICLES = {"back", "out", "away", "off"}
_QUARRELS = {
    "conflict", "dispute", "war", "row", "feud", "quarrel", "standoff", "crisis", "fighting", "confrontation",
}  # fmt: skip
# acts of force, whose sides are the deed's own, not those of the war it happens in
_NOT_PEACEMAKING = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION", "PROTEST"}
_WH_WORDS = {"what", "why", "how", "who", "where", "which"}  # not "whether", "if", "when": open or to come
_FACT_MARKS = {"when", "after", "before", "because", "since", "while", "although", "though", "once", "as"}
_PAPERS = {"daily", "weekly", "monthly", "fortnightly"}
_OWED = {"arrears", "debt", "due", "dues", "compensation", "reparation", "contribution", "share"}
_ARMS = {
    "weapon", "arms", "missile", "munition", "warhead", "fighter", "militant", "guerrilla", "gunman",
    "bomber",
}  # fmt: skip
_ARMING_FORMS = frozenset(
    f for b in ("build", "develop", "make", "manufacture", "produce", "buy", "acquire", "stockpile", "amass",
                "prepare", "import", "smuggle", "test", "train", "recruit", "arm", "equip")
    for f in verb_forms(b)
) | {"built", "made", "bought"}  # fmt: skip
_HELP = {
    "aid", "aid delivery", "food delivery", "delivery", "relief", "assistance", "food aid", "food",
    "shipment", "distribution", "food distribution", "convoy", "aid convoy",
}  # fmt: skip
_FRONTIERS = {"border", "frontier", "boundary"}
_ENACTMENTS = {"order", "decree", "law", "bill", "directive", "regulation", "edict", "executive order"}
# public life a ban may curb at home ("lifted the ban on political rallies")
_PUBLIC_LIFE = {
    "rally", "protest", "demonstration", "party", "press", "gathering", "assembly", "union", "strike",
}  # fmt: skip
_MEASURES_AT_HOME = {
    "emergency law", "state of emergency", "emergency rule", "martial law", "curfew", "censorship",
    "emergency",
}  # fmt: skip
_IRREGULARS = {"REB", None}  # captors, gunmen and kidnappers: no state's forces
_STATE_ACTS = {"arrest", "deport", "censor", "ban"}  # told in the passive, the state's where they happen
_STATE_MEASURES = {"curfew", "martial-law"}  # only a state imposes them, on its own ground
_HELD_GROUND = {"PSE"}  # where curfews are mostly another state's: the occupied Palestinian territories
_CONSUMING = {"THREATEN", "REJECT"}  # their content act is coded inside them, not on its own
_DESCRIPTIVE = {"arm", "equip", "back", "base"}  # past participles that describe a noun, not an act
_READY = {"prepared", "poised", "ready", "preparing", "mobilised", "mobilized"}
_OBJECT_PREPS = {"of", "by", "between"}
_AROUND = {"prep", "dobj", "xcomp", "advmod", "prt"}
# an aside naming the nationals among people counted: ", including 12 Britons and two Americans", ", most of
# them Palestinians"
_LISTED_ONE = r"(?:(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+)?[A-Z][\w'’-]+"
_NATIONALS_LISTED = re.compile(
    r",\s+(?:(?:most|many|all|almost all|nearly all|several|some|two|three|four|five) of (?:them|whom)|"
    rf"including|among them|mostly|mainly)\s+({_LISTED_ONE}(?:(?:,\s+|,?\s+and\s+){_LISTED_ONE})*)"
)
_FREEINGS = {"release", "repatriation"}  # nouns whose of-phrase names those freed, not who frees them
# event nouns whose from-phrase names who does it ("a call from Clinton", "aid from Japan")
_SENT_FROM = {"AID", "SANCTION", "CONSULT", "REQUEST", "AGREE", "THREATEN", "ACCUSE", "SUPPORT", "REJECT"}
_TIES = {"tie", "relation", "link", "contact", "relationship", "border", "frontier"}  # fmt: skip
_CONVENING = {"bring", "gather", "convene", "assemble"}  # a mediator's bringing sides to talks
_PULLBACKS = {"withdrawal", "pullout", "pull-out", "pullback", "pull-back", "removal", "redeployment"}
_ORDERS = {"order", "command", "instruct", "direct", "tell"}
_COURTS = {"tribunal", "court", "prosecutor", "prosecutors"}
_ORDERED_ACTS = {"RETREAT", "MOBILIZE", "ASSAULT", "COERCE"}  # what forces ordered to act do
_TELLING = frozenset(verb_forms("tell") | verb_forms("warn") | verb_forms("say") | {"told", "said"})
_PENALTIES = {"penalty", "dismissal", "expulsion", "prosecution", "isolation", "fine", "tariff", "ban"}
# what a party told of its fate is told it will suffer: "would pay a heavy price", "would bear full
# responsibility for the consequences" ("face" takes a penalty or a harm)
_FATES = {"face": frozenset(), "pay": {"price", "dearly"}, "bear": {"responsibility", "consequence"},
          "suffer": {"consequence"}}  # fmt: skip
_FATE_FORMS = {f: base for base in _FATES for f in verb_forms(base) if f != "faced"}  # a fate to come
_DENYING = frozenset(verb_forms("deny") | {"denied"})
_SHUTTING = frozenset(
    f for b in ("suspend", "close", "stop", "halt", "cease", "shut", "disband", "dissolve")
    for f in verb_forms(b)
)  # fmt: skip
_AGENT_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "envoy", "negotiator", "representative", "adviser", "advisor",
    "reporter", "correspondent", "journalist", "editor", "columnist",  # "a reporter for Tass": the outlet's
}  # fmt: skip
_ACCUSING = frozenset({"accuse", "blame", "charge"})
_TOLLING = frozenset({"kill", "wound", "injure"})  # the toll an attack takes
_PRIVATE_TRAVELLERS = {
    "tourist", "student", "pilgrim", "fan", "visitor", "traveller", "traveler", "shopper", "customer",
    "user", "migrant", "immigrant", "citizen", "resident", "holidaymaker", "backpacker", "worshipper",
}  # fmt: skip
_INQUIRIES = {"investigation", "inquiry", "probe"}  # "the Russia investigation": the state looked into
# what kills without anyone's hand
_NATURE = {
    "earthquake", "quake", "aftershock", "flood", "flooding", "storm", "hurricane", "typhoon", "cyclone",
    "tornado", "tsunami", "landslide", "mudslide", "avalanche", "drought", "famine", "heatwave", "wildfire",
    "blaze", "lightning", "eruption", "disease", "epidemic", "pandemic", "outbreak", "virus", "cholera",
    "malaria", "ebola", "measles", "flu", "influenza", "meningitis", "illness", "infection", "cancer",
    "overdose", "crash", "accident", "collision", "derailment", "rain", "snow", "cold", "heat", "weather",
}  # fmt: skip
_BROKER = re.compile(r"-(?:brokered|mediated|sponsored)\b")  # not "the U.N.-supervised election"
_BACKER = re.compile(
    r"-(?:backed|funded|supported|armed|trained|sponsored|brokered|mediated|made|built|supplied|designed|manufactured"
    r"|recognised|recognized|allied|aligned)\b"
)  # "the UN-recognised government in Tripoli" is Libya's
_HARMS = {
    "consequence", "retaliation", "reprisal", "response", "countermeasure", "measure", "action", "step",
    "war", "escalation", "sanction", "punishment", "strike", "attack", "retribution", "revenge", "force",
    "price", "target", "means", "blood", "bloodshed",  # "was ready to shed blood to stop the island ..."
}  # fmt: skip
_JOINT_ACTIVITIES = {
    "drill", "exercise", "patrol", "operation", "manoeuvre", "maneuver", "game", "raid", "investigation",
    "inquiry", "probe", "search", "mission", "crackdown", "flight", "training",
}  # fmt: skip
# nouns whose possessor is not the one named: "Qatar's neighbours", "Russia's critics"
_RELATIONAL = {
    "neighbour", "neighbor", "rival", "enemy", "foe", "critic", "opponent", "adversary", "detractor", "ally",
    "proxy",
}  # fmt: skip
# verbs that end what the act in -ing after them names ("will stop cooperating"): ties cut
_QUITTING = frozenset(f for b in ("stop", "halt", "cease", "quit", "end", "suspend") for f in verb_forms(b))
# what is vowed against another, a threat when promised: "pledged to liberate Kuwait"
_HOSTILE_AIMS = {
    "liberate", "recover", "reclaim", "retake", "recapture", "punish", "crush", "defeat", "destroy",
    "annihilate", "eliminate", "eradicate", "hunt", "drive", "oust", "topple", "overthrow", "avenge", "smash",
    "wipe",
}  # fmt: skip
_VOWED_FORCE = Trigger("THREATEN", cameo="138")
_DECLARING = frozenset(verb_forms("declare"))  # "declared three diplomats persona non grata"
_EXPELLED = Trigger("SANCTION", mode="expel")
# clauses that only date an act ("after it signed a treaty with Israel"): no party of theirs is its doer
_TIME_MARKS = {"after", "before", "since", "until", "when", "while", "as"}
_FAILING = {"fail", "fails", "failed", "failing"}  # "failed to agree": the act did not happen
# what a saying verb may call unacceptable, refusing it ("said the American demands were unacceptable")
_ASKINGS = {"demand", "condition", "ultimatum", "call", "suggestion", "idea"}
_UNACCEPTABLE = {
    "unacceptable", "inadmissible", "unworkable", "baseless", "groundless", "unfounded", "false", "untrue",
    "absurd", "ridiculous", "fabricated",
}  # fmt: skip
_REFUSAL = Trigger("REJECT", cameo="120")
_GIVING = {"give", "gives", "gave", "given", "giving"}  # "gave Iraq until Saturday to leave Kuwait"
_DEADLINE = Trigger("THREATEN", cameo="139")  # an ultimatum
_CAPTORS = {"kidnapper", "captor", "abductor", "hostage-taker", "hijacker"}  # their of-phrase: the captives
_MOVED = {
    "return",
    "repatriate",
    "send",
    "move",
    "transfer",
    "resettle",
    "relocate",
}  # people "forcibly" moved
_PREMISES = {"office", "headquarters", "bureau", "premises", "building", "studio"}  # "the offices of a paper"
_PARTNER_PREPS = frozenset({"with", "between"})  # "its talks with Israel": another party named
_TOPICS = {"on", "about", "over", "concerning", "regarding"}  # what talks are about
# who flees, escapes, survives or gets round a deed ("skirted the sanctions"), or sees it, is not its doer
_GETTING_AWAY = ("flee", "escape", "evade", "survive", "witness", "skirt", "circumvent", "bypass", "dodge")
_ESCAPING = frozenset({"fled", *(f for b in _GETTING_AWAY for f in verb_forms(b))})
_RULERS = {"government", "regime", "authority", "leadership", "junta", "administration", "ruler"}
# the setting of a meeting, not a side of it: "on the sidelines of the UN General Assembly"
_SETTINGS = {"sideline", "margin", "eve", "occasion", "anniversary"}
# acts done in the offering: "offered an apology", "offered condolences"
_EXPRESSIVE = {"apology", "condolence", "congratulation", "thanks", "sympathy", "greeting"}
_MISSIONS_ABROAD = {"mission", "operation", "intervention"}
_SEAS = {"sea", "ocean", "waters"}
_FIRED = {"missile", "rocket", "shell", "bomb", "mortar", "grenade", "scud", "projectile", "salvo", "round"}
_MISSILES = {"missile", "ballistic missile", "cruise missile", "icbm", "rocket", "projectile"}
_VOWING = {"vow", "warn", "threaten", "promise", "pledge", "swear"}
_CARRIERS = {
    "bus", "coach", "minibus", "plane", "aircraft", "airliner", "jet", "helicopter", "train", "ship", "boat",
    "ferry", "vessel", "convoy", "car", "vehicle", "truck", "lorry", "van",
}  # fmt: skip
_HANDING = {"hand", "return", "cede", "surrender", "relinquish", "transfer", "give"}  # "handed over": "hand"
_ANGER = {"anger", "outrage", "fury", "rage", "indignation", "displeasure", "opposition", "protest"}
_PRISONERS = {"prisoner", "detainee", "inmate", "captive", "internee"}
_JAILS = {"jail", "prison", "detention", "detention centre", "detention center", "camp", "cell", "custody"}
_SEEKING = {"seek", "ask", "request", "call", "push", "press", "demand", "urge", "propose", "pursue"}
_PEACE_TERMS = {"peace", "accord", "agreement", "ceasefire", "cease-fire", "truce", "settlement"}
_BROKERED = {"brokered", "mediated", "sponsored", "arranged", "hosted", "organised", "organized"}
_WATCHED = {"monitored", "supervised", "observed"}  # "a U.N.-monitored buffer zone": its monitor is no party
# nouns whose possessor is the one they befall ("Zimbabwe's suspension", "the journalist's arrest")
_UNDERGONE = {
    "suspension", "expulsion", "arrest", "detention", "capture", "kidnapping", "abduction", "execution",
    "ouster", "overthrow", "assassination", "murder", "imprisonment", "jailing", "deportation", "extradition",
}  # fmt: skip
_HELPING = frozenset(
    f for b in ("help", "assist", "protect", "defend", "support", "bolster", "shore", "secure", "prop",
                "guard", "train", "advise", "equip")
    for f in verb_forms(b)
)  # fmt: skip
# acts that are done to someone (CAMEO codes them with a recipient), whose recipient a sentence may name away
# from the verb's own phrases
_ADDRESSED_ACTS = {"REQUEST", "ACCUSE", "SANCTION", "SUPPORT", "AID", "COOPERATE"}
# who gives a received act, in order: "at the Security Council" only when no one else is named
_GIVER_PREPS = ({"from", "by", "of"}, {"at"})
_SENTENCES = {"sentence", "term"}  # a court's sentence, handed down to the one sentenced
# an act two sides do together: "joint anti-submarine drills", "will jointly develop a transport plane"
_JOINT_ACT = Trigger("COOPERATE", cameo="062", reciprocal=True)
_FORCED = Trigger("COERCE")
_PLURAL = ("NNS", "NNPS")
_SWORN = {"vow", "swear"}  # intent verbs that promise only what they name, unlike "pledge" and "promise"
_HONOURING = {"honour", "honor", "respect", "uphold", "observe", "abide", "comply", "implement", "guarantee"}
_PROMISE = Trigger("AGREE", object_is="content")
_DUES = {
    "integrity",
    "sovereignty",
    "independence",
    "border",
    "frontier",
    "neutrality",
    "autonomy",
    "commitment",
}
_ADVISORIES = {
    "health",
    "travel",
    "weather",
    "storm",
    "flood",
    "tsunami",
    "safety",
    "profit",
    "heat",
    "hurricane",
}
_HELD = {"captive", "kidnapped", "abducted", "jailed", "detained", "imprisoned", "captured", "hostage"}
_REPRISALS = {"reprisal", "retaliation", "retribution", "revenge", "punishment", "sanction", "countermeasure"}
_WARNED = Trigger("THREATEN", cameo="130")
_BY_FORCE = Trigger("ASSAULT")
# verbs whose subject receives the act their object names: "received aid", "drew criticism", "faced calls"
# participles that tell a reaction to the act before them: "..., drawing a protest from Moscow"
_REACTING = {
    "drawing", "prompting", "provoking", "sparking", "triggering", "angering", "infuriating", "earning",
}  # fmt: skip
_RECEIVING = frozenset(
    {f for b in ("receive", "get", "obtain", "accept", "secure", "win", "earn", "draw", "attract", "face",
                 "incur") for f in verb_forms(b)} | {"got", "gotten", "won", "drew", "drawn"}
)  # fmt: skip
# bodies two sides set up together ("set up a joint army corps", "formed a joint commission")
_JOINT_BODIES = {
    "corps", "force", "unit", "brigade", "battalion", "command", "commission", "committee", "venture",
    "company", "team", "council", "body", "panel", "centre", "center", "group", "fund", "bank",
}  # fmt: skip
_CREATING = ("set", "form", "create", "establish", "launch", "found", "build")
_CREATING_FORMS = frozenset({"built", *(f for b in _CREATING for f in verb_forms(b))})
_JOINTLY = {"joint", "coordinated", "combined", "bilateral", "trilateral"}
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_PLACE_PREPS = frozenset(
    {"in", "near", "at", "outside", "inside", "around", "across", "throughout", "through"}
)
_RALLYING = {"unite", "mobilize", "mobilise", "rally", "stand", "unify", "join", "rise", "fight", "work"}
_RALLYING_FORMS = frozenset(f for b in _RALLYING for f in verb_forms(b))  # the parser gives no lemma
_BOYCOTT_FORMS = frozenset(verb_forms("boycott"))
_NATIONALS = {
    "national", "citizen", "tourist", "engineer", "missionary", "diplomat", "ambassador", "adviser",
    "advisor", "expert", "contractor", "sailor", "fisherman", "pilot", "businessman", "teacher", "doctor",
    "nurse", "priest", "nun", "man", "woman", "child", "employee", "staff", "crew", "volunteer",
}  # fmt: skip
_APPROACHES = {
    "outskirts",
    "gates",
    "approaches",
    "edge",
    "doorstep",
    "perimeter",
}  # of a town forces close in on
_HOME_MEASURES = {
    "seize",
    "destroy",
    "ban",
    "censor",
    "curfew",
    "martial-law",
}  # COERCE modes of state measures
_PLACE_KINDS = ("place", "metonym")  # mentions that may say where: "near Ramallah", "outside Moscow"
_PLACE_WORDS = {
    "town", "city", "village", "port", "capital", "province", "region", "district", "island", "enclave",
    "hamlet", "camp", "outpost",
}  # fmt: skip
# those a country's name marks as its own people when its state acts on them ("arrested Kenyan students")
_PEOPLE_AT_HOME = {
    "farmer", "villager", "peasant", "landowner", "student", "protester", "demonstrator", "activist",
    "dissident", "striker", "miner", "worker", "trader", "opposition", "opponent",
}  # fmt: skip
_FOREIGN = {"foreign", "expatriate", "overseas", "western", "foreign-born"}
_CONSEQUENCES = {
    "force", "forced", "compel", "oblige", "make", "prompt", "provoke", "trigger", "reconsider", "rethink",
} | {  # "warned the United States that arms sales to Taiwan would damage relations"
    f for b in ("damage", "harm", "hurt", "jeopardise", "jeopardize", "undermine", "sour", "poison")
    for f in verb_forms(b)
}  # fmt: skip
_STRIKING = {"strike", "hit", "retaliate", "attack"}  # force told without its target: "would strike again"
_MEMBERS = {"member", "supporter", "follower", "militant", "activist", "cadre", "sympathiser", "sympathizer"}
# wrongs one side says another does: "said the United States was interfering in its internal affairs"
_MISDEEDS = frozenset(
    f for b in (
        "interfere", "meddle", "sabotage", "destabilise", "destabilize", "violate", "harbour", "harbor",
        "persecute", "oppress", "mistreat", "provoke", "conspire", "plot", "spy", "undermine", "torpedo",
        "sponsor", "steal", "lie", "deceive", "break", "intrude",
    ) for f in verb_forms(b)
) | {"broke", "broken", "stole", "stolen", "lied"}  # fmt: skip
_BACKED = Trigger("SUPPORT", cameo="051")  # "voted in favour of", "spoke out in defence of"
_FAVOUR = {"favour", "favor", "support", "defence", "defense"}
_ASYLUM = Trigger("AID", mode="asylum", cameo="075")  # refuge given
_REFUGEES = {"refugee", "asylum seeker", "asylum-seeker", "exile", "displaced", "migrant"}
_GATES = {"door", "border", "frontier"}
_REACTIONS = {  # what a passive "met with" greets a thing with, when no one meets anyone
    "silence", "scepticism", "skepticism", "opposition", "criticism", "anger", "outrage", "indifference",
    "suspicion", "derision", "dismay", "concern", "alarm", "approval", "praise", "enthusiasm", "applause",
}  # fmt: skip
_COUNTERBLOWS = {"counterblow", "counterattack", "counter-attack", "resistance", "riposte", "reprisal"}
_VILLAINS = {
    "sponsor", "aggressor", "terrorist", "criminal", "murderer", "occupier", "violator", "warmonger", "liar",
    "threat", "menace",
}  # fmt: skip
_WRONGS = {
    "violation", "breach", "interference", "aggression", "provocation", "crime", "affront", "insult",
    "outrage", "blunder", "atrocity", "meddling", "adventurism", "genocide", "terrorism", "piracy",
    "blackmail",
}  # fmt: skip
_RESUMING = frozenset(f for b in ("resume", "halt", "suspend", "continue", "keep") for f in verb_forms(b))
_WORSENING = frozenset(f for b in ("suffer", "deteriorate", "worsen") for f in verb_forms(b))
# civilians doing these riot
_RIOTING = {"stone", "pelt", "torch", "burn", "loot", "ransack", "smash", "storm"}
_PROTESTED = frozenset({"against", "over", "about", "for", "at"})  # what a protest is about
_HIDING = {"refuge", "shelter", "sanctuary", "cover", "safety"}  # what the hunted seek
_DEMANDS = {
    "ultimatum", "appeal", "call", "demand", "plea", "request", "pressure", "proposal", "offer", "invitation",
}  # fmt: skip
_MISSIONS = {"embassy", "consulate", "mission", "legation", "office", "representation"}
_AIDES = {"aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "assistant", "emissary"}
_MEETINGS = {"talk", "talks", "meeting", "conference", "summit", "negotiation", "negotiations", "session"}
# what an opening phrase may name an act's counterpart through: "After talks with X", "Under an accord with X"
_COUNTERPART_NOUNS = _MEETINGS | {"accord", "agreement", "deal", "pact", "understanding", "arrangement"}
_OPENING_DEALINGS = {"after", "under", "at", "following", "during", "in", "as part of"}
_HEALERS = {
    "doctor", "medic", "nurse", "rescuer", "rescue worker", "aid worker", "relief worker", "paramedic",
}  # fmt: skip
_KILLING = frozenset(verb_forms("kill"))
_LABOUR = frozenset(f for b in ("work", "labour", "labor", "toil", "serve", "carry") for f in verb_forms(b))
_FORCED_LABOUR = Trigger("COERCE", cameo="175")
_COERCED = Trigger("COERCE", cameo="170")  # people made to act against their will
_SENT_FORCES = {"peacekeeper", "peacekeeping force", "contingent", "battalion", "observer", "monitor"}
# verbs whose object does the act they make it do: "forced Iraq to withdraw", "prompting Athens to deploy"
_MAKING_DO = {
    "force", "compel", "coerce", "oblige", "prompt", "cause", "spur", "persuade", "convince", "provoke",
    "induce", "lead", "push", "pressure", "pressurise", "pressurize", "drive",
}  # fmt: skip
_MAKING_DO_FORMS = frozenset(f for b in _MAKING_DO for f in verb_forms(b)) | {"led", "drove", "driven"}
_FLIGHT = frozenset(f for b in ("flee", "leave", "abandon", "evacuate", "quit") for f in verb_forms(b))
_SCUFFLES = {"clash", "scuffle", "fight", "brawl"}  # "students clashed with riot police": a violent protest
_PARTS_OF_PLACES = {
    "coast", "coasts", "shore", "shores", "waters", "north", "south", "east", "west", "centre", "center",
}  # fmt: skip
_GRIEVANCES = {
    "policy", "measure", "law", "tax", "plan", "reform", "price", "cut", "decision", "occupation",
    "austerity", "corruption", "closure", "increase", "hike", "privatisation", "privatization", "rule", "ban",
    "curfew",
}  # fmt: skip
_CHARGES = {"allegation", "report", "claim", "accusation", "charge", "suspicion"}
_BLAME = _CHARGES | {"criticism", "critic", "condemnation", "censure"}
_WILLING = {"ready", "willing", "prepared"}
# acts of diplomatic cooperation yet to be done, not a stance voiced: ties and recognition
_TIES_MADE = {
    "establish", "restore", "normalize", "normalise", "upgrade", "improve", "recognize", "recognise",
}  # fmt: skip
_BEING = {"is", "are", "was", "were", "be", "been", "being"}
_AMOUNTING = frozenset(verb_forms("amount") | verb_forms("constitute"))  # "amounts to genocide"
_AUSPICES = {"auspices", "aegis", "sponsorship", "chairmanship"}
_COMPARING_FORMS = frozenset(f for b in ("compare", "liken", "equate") for f in verb_forms(b))
_BYWORDS = {  # bywords for tyranny a person or state is likened to, as an insult
    "nazi", "nazis", "hitler", "stalin", "mussolini", "gestapo", "fascists", "fascist", "pol", "goebbels",
    "dictators", "dictator", "tyrant", "tyrants", "terrorists", "isis",
}  # fmt: skip
# adjectives of disapproval that name what they disapprove of after "of": "was critical of the deal"
_CRITICAL_OF = {"critical", "scornful", "contemptuous", "dismissive", "disdainful", "derisive"}
_DEEMING_FORMS = frozenset(f for b in ("regard", "consider", "treat", "view", "deem") for f in verb_forms(b))
_WARLIKE = {"war", "belli", "aggression"}  # "a cause for war", "casus belli", "an act of aggression"
_CIVIC_BODIES = {
    "group", "organisation", "organization", "association", "society", "foundation", "charity", "movement",
    "centre", "center", "network", "ngo",
}  # fmt: skip
_CUTTING = {"cut", "reduce", "halve", "shrink", "slash", "trim"}
_STAFF = {"staff", "personnel", "diplomat", "size", "number", "presence"}
_CLOSURES = {"closure", "closing", "shutdown", "suspension", "dissolution", "banning"}  # of a paper or party
# writings addressed "to" someone
_LETTERS = {"letter", "message", "note", "memorandum", "statement", "complaint", "appeal"}
_ADDRESSED = _LETTERS | {"call", "speech", "address", "report"}  # "in a report to the Security Council"
_DOCUMENTS = _LETTERS | {
    "report", "interview", "communique", "broadcast", "speech", "editorial", "commentary",
}  # fmt: skip
_RIOTERS = {"rioter", "protester", "protestor", "demonstrator", "mob", "crowd", "looter", "marcher"}
_WANTED = {
    "suspect", "suspected", "fugitive", "criminal", "wanted", "accused", "defendant", "indicted", "convicted",
    "operative", "terrorist",  # "handed over a senior al Qaeda operative to the United States"
}  # fmt: skip
_ASSURING = frozenset(f for b in ("assure", "reassure") for f in verb_forms(b))  # pledges made to someone
_DECRYING = {"protest", "denounce", "condemn", "decry", "criticize", "criticise"}  # a march's participle
_SALES = {"contract", "deal", "order", "purchase", "sale"}  # what goods delivered under are sold by
_DOMESTIC = {"CVL", "OPP", "REB", "REF", "JRN", "LAB", "EDU", "REL"}  # groups with no state of their own
_STATE = {"GOV", "LEG", "JUD", "COP", "MIL"}  # a state's bodies: whose, the story must say
_PRESSING = {"press", "urge", "push", "pressure", "ask", "lobby"}  # "Pressed by Washington to ..., ..."
_RESIDENTS = {
    "resident", "inhabitant", "people", "citizen", "civilian", "villager", "population", "townspeople",
}  # fmt: skip
# where people study, work or are held: "students at the University of Nairobi"
_WORKPLACES = frozenset({
    "university", "college", "school", "academy", "institute", "factory", "plant", "shipyard", "mine",
    "mill", "refinery", "works", "port", "dock", "prison", "jail", "hospital", "company", "firm",
})  # fmt: skip
_TRADES = {"AGR", "BUS"}  # farmers, businessmen: people of a country, not its state
# bodies sitting in session, a walkout from which is a protest (from talks it is a break-off)
_SITTINGS = frozenset({
    "assembly", "session", "parliament", "chamber", "hall", "meeting", "ceremony", "conference", "congress",
    "summit", "debate", "sitting", "council", "speech", "address",
})  # fmt: skip
# what aid asked for is to do for its beneficiaries: "appealed for grain to feed drought victims"
_BENEFITING = frozenset({"feed", "help", "assist", "aid", "rebuild", "resettle", "house", "shelter", "save"})
_RETAKING = frozenset({"retake", "recapture", "reclaim", "recover", "wrest"})  # taken back from its holders
_RULING = frozenset({"seize", "take", "rule", "govern", "grab", "hold"})  # a junta's power, where it has it
_SUPPLYING = {"send", "ship", "deliver", "supply", "provide", "dispatch"}
# forces and warships, as against the weapons a state may send another (ships sent somewhere are deployed,
# not handed over: "sent an aircraft carrier to Israel")
_FORCES = {
    "troop", "soldier", "force", "forces", "marine", "paratrooper", "commando", "division", "brigade",
    "battalion", "unit", "contingent", "reinforcement", "army", "corps", "special force", "warship", "ship",
    "carrier", "aircraft carrier", "destroyer", "frigate", "fleet", "submarine", "task force", "flotilla",
}  # fmt: skip
_UNITS = {"republic", "province", "region", "enclave", "territory", "city", "town", "island", "village"}
# those a speaker addresses who are not the party a demand told to them asks ("told a rally of supporters")
_AUDIENCES = {
    "rally", "crowd", "reporter", "journalist", "audience", "meeting", "conference", "gathering", "supporter",
    "session", "assembly", "convention", "press", "newspaper", "television", "radio", "congregation",
}  # fmt: skip
_TAKING_PART = frozenset(
    f
    for b in ("go", "return", "rejoin", "join", "attend", "resume", "participate", "come")
    for f in verb_forms(b)
) | {"went", "gone", "came"}
_EXTRADITING = frozenset({"hand", "extradite", "surrender", "turn"})  # people given up to another state
_PASSING_ON = frozenset({"hand", "deliver", "give", "present", "send", "pass"})  # a note handed to someone
# nouns for putting a measure into effect, which name no act of their own: "the imposition of sanctions"
_CARRYING_OUT = frozenset({
    "imposition", "introduction", "adoption", "extension", "tightening", "enforcement", "implementation",
    "application", "resumption",
})  # fmt: skip
_COUNTING = {
    "scores", "hundreds", "thousands", "dozens", "tens", "millions",
    "flotilla", "fleet", "column", "contingent", "squadron", "battalion", "brigade", "company", "team",
    "batch", "shipment", "consignment", "convoy", "package", "tranche", "load", "cargo", "tonne", "ton",
    "planeload", "shipload", "truckload", "plane-load", "group",
    "thousand", "hundred", "dozen", "million", "score",
    "series", "round", "wave", "spate", "string", "number", "flurry", "barrage", "volley", "salvo", "burst",
    "day", "week", "month", "hour", "year", "campaign", "cycle", "set", "couple",
    # partitives: "suspended part of its aid programme" acts on the programme
    "part", "portion", "share", "half", "rest", "remainder", "bulk", "majority",
    "some", "most", "much", "all", "first", "last",  # "delivered the first of 18 helicopters"
    "worth",  # "10 million dollars worth of food": the food
}  # fmt: skip
_PROVOCATIONS = {"after", "as", "amid", "following"}  # what forces are readied in answer to
_STEPS = {"step", "measure", "move", "action"}  # "took steps to ease restrictions": doing it
_COMMITTED = {"committed", "perpetrated", "carried", "conducted"}  # a deed "committed by" its doer
# what forces are readied for ("for a possible intervention in the Ivory Coast")
_INTERVENTIONS = {
    "intervention", "operation", "mission", "deployment", "invasion", "offensive", "war", "attack",
}  # fmt: skip
_ANSWERS = {"response", "retaliation", "reaction", "answer", "reply"}
_CIRCUMSTANCES = {"after", "before", "during", "despite", "amid", "following", "since", "until"}
_SOME = {"some", "many", "most", "several", "all", "one", "none", "both"}
_DEALING_PREPS = ("in", "with", "to", "from")  # whom trade is done with: "investment in Burma"
_TRADE = {"import", "export", "trade", "sale", "investment", "purchase", "shipment", "flight", "oil"}
_ECONOMIC = {"economic", "commercial", "consumer"}
_GOODS = {"good", "goods", "product", "produce", "import", "export"}
_TERMS = {"agreement", "deal", "accord", "treaty", "pact", "plan", "terms", "arrangement", "protocol"}
_MAKING = frozenset(f for b in ("form", "set", "establish", "create") for f in verb_forms(b))
_REVIEWING = frozenset(f for b in ("reconsider", "rethink", "review", "reassess") for f in verb_forms(b))
_VERBAL = {"AGREE", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "SUPPORT"}  # acts done by saying so
_TITLES = {
    "head", "leader", "chief", "president", "premier", "minister", "chairman", "commander", "king", "ruler",
}  # fmt: skip
_DIED_AT_HANDS = Trigger("ASSAULT", subject_is="recipient")  # "died at the hands of police"
_DYING = frozenset(verb_forms("die") | {"died", "perished", "suffered"})
_ON_TERMS = Trigger("THREATEN", cameo="130")  # a deed to come on another's terms: "would resume ... unless"
_DISMAY = Trigger("ACCUSE", mode="disapprove", cameo="111")  # the trigger of a word of dismay
_DENOUNCED = Trigger("ACCUSE", mode="disapprove", cameo="111")  # an attack made of words, a name condemning
# what an attack made of words is told in or with: "in a tweet", "in a speech", "on Twitter"
_WORDED_PREPS = {"in", "on", "at", "during", "via", "through"}
_WORDED = {
    "tweet", "twitter", "speech", "interview", "statement", "op-ed", "editorial", "column", "debate",
    "remark", "letter", "ad", "advertisement", "post", "conference", "briefing", "podcast", "memoir", "book",
    "essay", "sermon", "address", "broadcast", "message", "video", "article",
}  # fmt: skip
_WORDING = (
    "tweet", "say", "write", "call", "accuse", "claim", "label", "brand", "argue", "describe", "dub",
    "charge", "suggest", "insist", "complain", "declare", "mock", "ridicule", "deride", "post",
)  # fmt: skip
_WORDING_FORMS = frozenset(f for b in _WORDING for f in verb_forms(b))  # "tweeting", "calling him a thief"
_SPEAKING_FORMS = frozenset(
    {"spoke", "spoken", *(f for b in ("speak", "address", "talk", "declare", "vow") for f in verb_forms(b))}
)
# words of a name that praise whom it is given to: "called Egypt a trusted partner", "the accord a historic
# breakthrough", "a brave man"
_PRAISE_WORDS = {
    "friend", "ally", "partner", "hero", "brother", "success", "breakthrough", "victory", "model", "champion",
    "statesman", "patriot", "asset", "milestone", "achievement", "triumph", "inspiration", "example",
    "historic", "important", "great", "positive", "good", "brave", "special", "trusted", "valued", "dear",
    "extraordinary", "excellent", "wonderful", "outstanding", "true", "honest", "courageous", "remarkable",
    "significant", "constructive", "useful", "welcome", "encouraging", "honourable", "honorable", "integrity",
}  # fmt: skip
# names of a deed that condemn it: "called the raid a massacre", "called the findings garbage"
_CONDEMNING = {
    "crime", "massacre", "farce", "sham", "hoax", "garbage", "threat", "aggression", "provocation", "lie",
    "disaster", "mistake", "failure", "joke", "violation", "betrayal", "misuse", "outrage", "insult",
    "disgrace", "atrocity", "genocide", "terrorism", "witch", "hunt", "backward", "blow", "abuse", "scandal",
    "piracy", "interference", "meddling", "slander", "fabrication", "nonsense", "dotard", "troubler",
    "offensive", "racist", "dangerous", "troubling", "shameful", "disgraceful", "unacceptable", "illegal",
    "irresponsible", "evil", "deranged", "criminal", "satan", "devil", "enemy", "killer", "liar", "thief",
    "coward", "weasel", "traitor", "fascist", "murderer", "forgery", "whitewash", "fiction", "torture",
    "apartheid", "tyranny", "dumb", "rash", "cover-up", "coverup", "smear", "propaganda", "fake", "fraud",
    "conspiracy", "plot", "stunt", "charade", "travesty", "distortion", "disinformation", "ploy",
}  # fmt: skip


@functools.cache
def _name_calling() -> frozenset[str]:
    """Words of a name given in condemnation: the labels of the persuasion-technique lexicon (one place for
    name-calling) and the names of condemned deeds above."""
    labels = load_table("lexicons/techniques")["labels"]
    return frozenset({str(w).lower() for w in labels if " " not in str(w)} | _CONDEMNING)


# acts done to people, which a headline tells in the passive without its auxiliary
_DONE_TO = {
    "arrest", "detain", "jail", "imprison", "expel", "deport", "ban", "bar", "sentence", "execute", "kill",
    "free", "release", "charge", "indict", "convict", "kidnap", "abduct", "hang", "extradite", "sack", "oust",
    "sanction", "injure", "wound", "behead", "murder", "assassinate", "capture", "fine", "punish", "summon",
}  # fmt: skip
_LEFT_OPEN = {"dobj", "aux", "auxpass", "ccomp", "xcomp", "dative", "attr", "prt", "nsubjpass"}
_FULL_STOPS = {".", "!", "?", ":", ";"}  # a headline ends without one
_SHUT_OUT = {"ban", "bar", "expel", "deport", "exclude", "evict"}  # whom a state keeps or puts out
# what holds a topic, not a deed told: "records on the assassination", "a book about the massacre"
_TOPIC_HOLDERS = {
    "record", "report", "book", "film", "movie", "documentary", "article", "story", "file", "document",
    "memo", "archive", "novel", "essay", "column", "podcast", "series", "exhibition", "museum", "memorial",
    "anniversary",
}  # fmt: skip
_PREVENTING = ("prevent", "avert", "thwart", "foil", "forestall", "preempt", "pre-empt")
_MEETING = (  # what is done to a danger: "ready to counter any threat"
    "counter", "deter", "face", "confront", "combat", "meet", "tackle", "repel", "neutralize", "neutralise",
)  # fmt: skip
_THREATS_MET = frozenset(f for b in _MEETING for f in verb_forms(b))
_PREVENTING_FORMS = frozenset(f for b in _PREVENTING for f in verb_forms(b))  # "foiled an attack"
_AILMENTS = {"heart", "panic", "asthma", "anxiety", "conscience", "nerves", "gout", "coughing", "laughter"}
# what bears out a claim without backing anyone: "no evidence to support the contention"
_EVIDENCE = {"evidence", "data", "fact", "finding", "study", "research", "record", "proof", "poll", "survey"}
# leave to speak, the wire's reason for anonymity: "was not authorized to discuss the matter"
_LEAVE_GIVEN = {"authorized", "authorised", "allowed", "permitted", "cleared", "entitled"}
_SPEAKING = {"discuss", "talk", "speak", "negotiate"}  # lexicon verbs, as the trigger loop reads
_COMMENTING = (
    "comment", "elaborate", "confirm", "specify", "identify", "name", "disclose", "reveal", "detail",
    "speculate",
)  # fmt: skip
_COMMENTING_FORMS = frozenset(f for b in _COMMENTING for f in verb_forms(b))  # a word refused, no act
_PLEAS = {"guilty", "innocent", "contest"}  # "pleaded guilty", "pleaded no contest"
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}  # in a quote, the speaker
_GATHERINGS = {"rally", "protest", "demonstration", "march", "vigil"}  # where a speaker may speak
_QUOTE_MARKS = set("\"“”„«»‘’'")  # a quote opening before a word
# CAMEO's code for what is cut off: mediation (165), talks (164), aid (162); other ties stay 161
_CUT_CODES = (
    ({"mediation"}, "165"),
    ({"talks", "negotiation", "dialogue", "contact"}, "164"),
    ({"aid", "assistance", "funding", "loan", "lending", "credit", "grant", "disbursement", "payment"},
     "162"),
)  # fmt: skip
_PACT_LEFT = Trigger("SANCTION", mode="withdraw", cameo="166")  # "pulled out of the deal": a tie cut
_LEFT_WITH_PARTICLE = {"back", "pull", "walk", "tear"}  # leave a pact only with a particle: "backed out of"
_TALKS_LEFT = {"talk", "talks", "negotiation", "conference", "dialogue"}
_LEFT_AS_OBJECT = {"quit", "leave", "exit", "abandon"}  # "quit the Commonwealth"
_AWAY = {"out", "away", "up", "back"}  # "pulled out of", "walked away from", "tore up", "backed out of"
_ENDINGS = {"end", "halt", "cutoff", "stop"}
_CUT_OFF = Trigger("SANCTION", mode="discontinue")
_FIRE_HALTED = Trigger("RETREAT", mode="ceasefire", cameo="087")
_LABOUR_STRIKE = Trigger("PROTEST", mode="strike")  # a bare "strike" that workers make
_MANOEUVRES = {"exercise", "manoeuvre", "maneuver"}
_EXERCISE = Trigger("MOBILIZE", mode="troops")  # forces held to manoeuvres, a show of force (CAMEO 15)
_SUBORDINATE = {"acl", "relcl", "xcomp", "ccomp", "pcomp", "pobj", "dobj", "nsubj", "nsubjpass", "npadvmod"}


def _by_whom(thing: Token) -> Token | None:
    """Who a thing is by: "a strike by Israeli warplanes", "a bomb planted by ETA"."""
    for c in thing.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            if agent is not None:
                return next((p for p in agent.children if p.dep_ == "pobj"), None)
    return None


def _in_thousands(phrase: Token) -> bool:
    """Does a phrase count its people in thousands ("thousands of Kurdish families", "10,000 villagers"),
    outside any clause of its own ("two men who had waited 2,000 days")?"""
    for t in phrase.subtree:
        up = t
        while up.i != phrase.i and up.dep_ not in ("relcl", "acl"):
            up = up.head
        if up.i != phrase.i:
            continue
        if t.lower_ in ("thousands", "millions", "million"):
            return True
        digits = t.text.replace(",", "")
        if t.tag_ == "CD" and digits.isdigit() and int(digits) >= 1000 and t.ent_type_ != "DATE":
            return True
    return False


def _purpose_or_condition(clause: Token) -> bool:
    """An adverbial clause that is a purpose ("to disperse them") or a condition ("if talks fail"), not
    a time or contrast clause ("while four countries announced a boycott"), which tells a real event."""
    return any(
        (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ in _IF | {"so"})
        for c in clause.children
    )


_SAME_IN_PLURAL = {
    "means", "series", "species", "news", "headquarters", "barracks", "crossroads", "whereabouts",
}  # fmt: skip


def _singular(word: str) -> str:
    """A noun's regular singular ("supplies" -> "supply", "gunmen" -> "gunman"); "series" and "means" are
    their own."""
    if word in _SAME_IN_PLURAL:
        return word
    if word.endswith("men") and word not in ("omen", "amen", "specimen", "regimen"):  # "men", "gunmen"
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]  # not "virus", "crisis", "status"
    return word


_MEANS = {"telephone", "phone", "video", "videoconference", "link", "videolink", "line"}


def _describing_verbs(obj: Token) -> list[Token]:
    """The verbs of a clause describing an object, where the parser may hang the main verb's phrases:
    "handed over the two men accused of the bombing to U.N. officials", "Bagosora, accused of masterminding
    the genocide, to the U.N. tribunal"."""
    return [t for t in obj.subtree if t.dep_ in ("acl", "pcomp") and t.tag_.startswith("VB") and t.i > obj.i]


def _particles_on_object(verb: Token) -> list[Token]:
    """A verb's particle the parser hung on the last noun of its object: "handed the last part of the Sinai
    peninsula back to Egypt"."""
    return [
        a for o in verb.children if o.dep_ == "dobj" for a in o.subtree
        if a.dep_ == "advmod" and a.lower_ in _PARTICLES and a.head.dep_ == "pobj"
    ]  # fmt: skip


def _misplaced_preps(tok: Token) -> list[Token]:
    """Prepositions the parser hung on a means phrase or a day instead of the verb: "spoke by telephone
    with Primakov", "talked over the phone with", "launched a mediation effort on Saturday between Uganda
    and Kenya"; not a day's own of-phrase ("on the anniversary of the war")."""
    means = [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("by", "over", "via")
        for p in c.children
        if p.dep_ == "pobj" and p.lower_ in _MEANS
    ]
    days = [
        p
        for c in tok.children
        for p in (
            [c] if c.dep_ == "npadvmod" else c.children if c.dep_ == "prep" and c.lower_ == "on" else []
        )
        if p.ent_type_ in ("DATE", "TIME") and p.dep_ in ("npadvmod", "pobj")
    ]
    # "shared intelligence on Islamic militants with Washington": the partner hung on the topic's noun
    topics = [  # not "talked about his interaction with prison guards"
        p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "over")
        for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")
    ]  # fmt: skip
    # "make $20 billion in loans available to Mexico", "ship food worth $5 million to Pyongyang"
    valued = [
        c for c in tok.children if c.lower_ in ("available", "worth") and c.dep_ in ("oprd", "acomp", "ccomp")
    ]
    return (
        [g for p in means + days for g in p.children if g.dep_ == "prep" and (p in means or g.lower_ != "of")]
        + [g for c in valued for g in c.children if g.dep_ == "prep" and g.lower_ == "to"]
        + [g for p in topics for g in p.children if g.dep_ == "prep" and g.lower_ == "with"]
    )


def _hidden_object(verb: Token) -> list[Token]:
    """An object the parser hung inside a phrase before it: "dismissed as interference a U.S. call",
    "dismissed on Wednesday British accusations", "on Monday Argentina's claim" (the day read as the object's
    or its owner's), or took for an "as" phrase
    itself: "dismissed as unfounded a report", the adjective read as the noun's."""
    phrases = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
    inner = [g for p in phrases if p.dep_ in ("pcomp", "pobj") for g in p.children if g.dep_ == "dobj"]
    swallowed = [
        p for p in phrases
        if p.dep_ == "pobj" and p.tag_.startswith("NN")
        and any(a.dep_ == "amod" and a.i == p.head.i + 1 for a in p.lefts)
    ]  # fmt: skip
    # "met visiting Vietnamese party chief Do Muoi": the guest read as the object of a verb "visiting"
    guest = [
        o for c in verb.children if _visiting_guest(c) for o in c.children if o.dep_ == "dobj"
    ]  # fmt: skip
    dated = [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ != "DATE"
        and any(a.ent_type_ == "DATE" and a.i == c.i + 1 for a in [*p.subtree, *c.children])
    ]  # fmt: skip
    # "denied on Sunday U.S. claims that ...": the plural noun after the day's phrase read as a verb
    dated = [
        n for p in dated for n in verb.children
        if n.i == p.i + 1 and n.dep_ == "ccomp" and n.tag_ == "VBZ"
        and not any(c.dep_ in _SUBJECTS for c in n.children)
    ] or dated  # fmt: skip
    # "have beaten and tortured scores of activists": the second verb read as the object's modifier, the
    # object as the first verb's conjunct
    shared = [
        c for c in verb.children
        if c.dep_ == "conj" and c.tag_.startswith("NN") and c.i > verb.i
        and any(a.dep_ == "amod" and a.tag_ == "VBN" and a.i == c.left_edge.i for a in c.lefts)
    ]  # fmt: skip
    # "lifted on Sunday a night curfew": the object after the day's phrase read as an adverb of the verb
    days = {c.right_edge.i + 1 for c in verb.children if c.dep_ == "prep" and _day_phrase(c)}
    after_day = [
        n for n in verb.children
        if n.dep_ == "npadvmod" and n.i > verb.i and n.tag_.startswith("NN") and not _a_time(n)
        and n.left_edge.i in days
    ]  # fmt: skip
    return inner or swallowed or guest or dated or shared or after_day


def _ruled_out(copula: Token) -> bool:
    """ "... is out of the question": what the clause's subject names will not be done."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "out"
        and any(o.lower_ == "of" and any(q.lower_ == "question" for q in o.children) for o in c.children)
        for c in copula.children
    )


def _to_use_against(clause: Token) -> bool:
    """A purpose clause "to use against X" (or "for use against X")."""
    if clause.dep_ in ("advcl", "xcomp") and clause.lower_ == "use":
        return any(c.dep_ == "prep" and c.lower_ == "against" for c in clause.children)
    return (
        clause.dep_ == "prep"
        and clause.lower_ == "for"
        and any(p.lower_ == "use" and any(g.lower_ == "against" for g in p.children) for p in clause.children)
    )


def _any_of(f: _Found) -> bool:
    """ "would respond to any incursion", "would regard any Turkish incursion as aggression": an act named
    only as one that may come is no act the sentence tells."""
    return f.noun is not None and any(c.lower_ == "any" and c.dep_ == "det" for c in f.noun.children)


def _within_opening(tok: Token, verb: Token) -> bool:
    """Is the token inside a phrase that opens the sentence before the verb ("Speaking after meeting the
    envoy, ...")?"""
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ in ("advcl", "prep", "npadvmod") and tok.i < verb.i


def _joined_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the one joined to it: "have beaten and detained scores of activists"."""
    return [
        g for c in verb.children if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD") and c.i == verb.i + 2
        for g in c.children if g.dep_ == "dobj"
    ]  # fmt: skip


def _full_of_lies(word: Token) -> bool:
    """ "full of lies", "full of distortions": said of a report or a charge, a denial of it."""
    return word.lower_ == "full" and any(
        p.lower_ in ("lies", "distortions", "fabrications", "falsehoods")
        for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
    )  # fmt: skip


def _dealt_with(noun: Token, plover: str) -> bool:
    """ "a deal with Iran", "talks with Hamas": dealings with a partner, whoever gets or wins them."""
    if plover not in ("AGREE", "CONSULT", "COOPERATE"):
        return False
    hosts = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # the parser may hang "with" on the verb
    return any(c.dep_ == "prep" and c.lower_ == "with" and c.i > noun.i for h in hosts for c in h.children)


def _a_time(tok: Token) -> bool:
    """A time and no more ("the weekend", "Monday"); not what it counts ("weeks of street protests")."""
    return tok.ent_type_ in ("DATE", "TIME") and not any(c.lower_ == "of" for c in tok.children)


def _dating(prep: Token) -> bool:
    """A preposition that only dates ("on Friday", "over the weekend"), naming no one."""
    return any(_a_time(p) for p in prep.children)


def _day_phrase(prep: Token) -> bool:
    """ "on Friday", "over the weekend": a preposition whose object is a time ("a month after" is not)."""
    return any(p.dep_ == "pobj" and _a_time(p) for p in prep.children)


def _doers(verb: Token) -> list[Token]:
    """A verb's subject and a passive's agent."""
    return [
        d for c in verb.children if c.dep_ in ("nsubj", "agent")
        for d in ([c] if c.dep_ == "nsubj" else [p for p in c.children if p.dep_ == "pobj"])
    ]  # fmt: skip


def _whether_or_not(neg: Token) -> bool:
    """ "whether or not Iran was complying": no denial."""
    doc = neg.doc
    return neg.i >= 2 and doc[neg.i - 1].lower_ == "or" and doc[neg.i - 2].lower_ == "whether"


def _told_as_a_fact(clause: Token) -> bool:
    """A clause of time or cause ("when he met Sisi", "after the talks broke down"), which a denial of the
    verb it hangs on leaves standing."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _FACT_MARKS and c.i < clause.i for c in clause.children
    )


def _asked_about(clause: Token) -> bool:
    """A clause a wh-word opens ("did not know why Iran had expelled the diplomats", "don't know what
    caused him to travel"): what one does not know about happened; a denial of the knowing leaves it."""
    return clause.dep_ == "ccomp" and any(t.lower_ in _WH_WORDS and t.i < clause.i for t in clause.subtree)


def _span_range(tok: Token) -> range:
    """The token indices of a token's subtree."""
    return range(tok.left_edge.i, tok.right_edge.i + 1)


def _char_range(tok: Token) -> range:
    """The character offsets of a token's subtree."""
    return range(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge))


def _of_object(tok: Token) -> Token | None:
    """What an "of" phrase on a noun names: the people of "thousands of prisoners", the talks of "a round
    of talks"."""
    return next(
        (
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )


def _participle_read_as_clause(verb: Token) -> Token | None:
    """The object of a verb whose participle adjective the parser took for a clause's verb: "reject proposed
    Mozambican changes" (the changes); a participle right after the verb, with no subject and an object."""
    return next(
        (
            g
            for c in verb.children
            if c.dep_ == "ccomp" and c.tag_ == "VBN" and c.i == verb.i + 1
            and not any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for k in c.children)
            for g in c.children
            if g.dep_ == "dobj"
        ),
        None,
    )  # fmt: skip


def _stray_speaker(conj: Token) -> bool:
    """Is a conjunct the speaker of a trailing attribution ("..., Human Rights Watch said"), not one more
    party of the phrase it was joined to?"""
    after = conj.right_edge.i + 1
    if after >= len(conj.doc):
        return False
    verb = conj.doc[after]
    speaker = stray_speaker(verb)
    if speaker is None or speaker.i != conj.i:
        return False
    return verb.lower_ in _SAY_FORMS or _trailing_attribution(verb) is not None  # "..., X demanded"


_FINITE = ("VBZ", "VBD", "VBP", "MD")


def _next_clause_subject(conj: Token) -> bool:
    """Is a conjunct the subject of the next clause, whose finite verb the parser left without one: "sent its
    allies to attack Afrin and President Erdogan has threatened Manbij"?"""
    doc = conj.doc
    after = conj.right_edge.i + 1
    # an object's conjunct; not the last of a list of subjects the parser hung on the phrase before
    if conj.head.dep_ not in ("dobj", "pobj") or after >= len(doc) or doc[after].tag_ not in _FINITE:
        return False
    verb = doc[after].head if doc[after].dep_ in ("aux", "auxpass") else doc[after]
    return (
        verb.i >= after
        and verb.dep_ in ("conj", "ROOT")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)
    )


def _hands_of(verb: Token) -> Token | None:
    """Whose hands one suffers at: "died at the hands of police", "were killed at the hands of the army"."""
    return next(
        (q for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for p in c.children
         if p.lower_ == "hands" for g in p.children if g.dep_ == "prep" and g.lower_ == "of"
         for q in g.children if q.dep_ == "pobj"),
        None,
    )  # fmt: skip


def _gerund_read_as_noun(tok: Token) -> bool:
    """ "has begun airlifting rations to earthquake survivors": a verb in -ing the tagger called a noun,
    though it heads a clause with an object."""
    return (
        tok.tag_ == "NN" and tok.lower_.endswith("ing") and tok.dep_ in ("xcomp", "ccomp", "advcl", "pcomp")
        and any(c.dep_ == "dobj" for c in tok.children)
    )  # fmt: skip


def _noun_read_as_gerund(tok: Token) -> bool:
    """ "Fighting between Armenian and Azerbaijani forces killed 20 people": a subject the tagger called a
    verb in -ing, though it takes no object and heads no clause of its own; so is what is resumed, kept up or
    halted ("resumed lending to China", "pledged to keep fighting")."""
    resumed = tok.dep_ == "xcomp" and tok.head.lower_ in _RESUMING  # "resumed lending to China"
    return (
        tok.tag_ == "VBG"
        and (tok.dep_ in ("nsubj", "nsubjpass") or resumed)
        and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in tok.children)
    )


def _verb_read_as_modifier(tok: Token) -> bool:
    """A main verb the parser read as an adjective on its object: "China test-fired missiles", "Eritrea
    massed troops along the border", the object taken for the clause's head; or on the object's owner
    ("The Commonwealth extended Zimbabwe's suspension")."""
    noun = _modified_noun(tok)
    # an adjective with a subject of its own is a verb too: "the government relaxed restrictions"
    verb = tok.tag_ in ("VBD", "VBN") or (tok.tag_ == "JJ" and any(c.dep_ == "nsubj" for c in tok.children))
    return (
        tok.dep_ == "amod" and verb and noun.dep_ in ("ROOT", "ccomp") and noun.tag_.startswith("NN")
    )  # fmt: skip


def _modified_noun(tok: Token) -> Token:
    """The noun phrase a verb read as a modifier heads: its head, or its head's owner's head."""
    return tok.head.head if tok.head.dep_ == "poss" else tok.head


def _in_protest(prep: Token) -> bool:
    """Is the phrase "in protest" ("in protest at", "in protest against")?"""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(p.lower_ == "protest" for p in prep.children)


def _in_answer(prep: Token) -> bool:
    """Is the phrase "in response to", "in retaliation for", "in reply to" ...?"""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(p.lower_ in _ANSWERS for p in prep.children)


def _given_by(goods: Token) -> bool:
    """Do goods carry their giver ("supplies donated by the Red Cross")?"""
    return any(
        c.dep_ == "acl" and c.lower_ in _GIVEN and any(g.dep_ == "agent" for g in c.children)
        for c in goods.children
    )


def _visiting_guest(tok: Token) -> bool:
    """Is this the "visiting" of "met visiting Chinese Premier Li Peng" or "told visiting U.S. envoy Bill
    Richardson that ...", which the parser read as a verb?"""
    if tok.lower_ == "visiting" and tok.dep_ in ("csubj", "csubjpass") and tok.i == tok.sent.start:
        return (
            True  # "Visiting Japanese Foreign Minister Yohei Kono was received by ...", opening the sentence
        )
    if tok.lower_ != "visiting" or tok.i != tok.head.i + 1:
        return False
    return tok.dep_ == "advcl" or (tok.dep_ == "xcomp" and tok.head.lower_ in _TOLD_GUESTS)


# verbs whose object a "visiting" right after them describes, read by the parser as a verb "visiting"
_TOLD_GUESTS = {
    "told", "tells", "tell", "assured", "promised", "informed", "briefed", "warned", "urged", "asked",
    "thanked",
}  # fmt: skip


def _purpose_object(verb: Token) -> Token | None:
    """What a purpose clause acts on: "opened fire to disperse the demonstrators" gives "demonstrators";
    "pledged 40 million pounds to help Sierra Leone rebuild" (a clause hung on the object) "Sierra Leone"."""
    clauses = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]
    for c in clauses:
        infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts for a in a.subtree)
        if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and infinitive:
            for _ in range(3):  # "to help stabilise Liberia", "weapons to use against the United States"
                # "to retake the Falkland Islands from Argentine troops": those it is taken from
                taken = (
                    [p for x in c.children if x.dep_ == "prep" and x.lower_ == "from" for p in x.children]
                    if c.lower_.startswith(("retak", "retook", "recaptur", "reclaim", "recover", "wrest"))
                    else []
                )
                obj = next((p for p in taken if p.dep_ == "pobj"), None)
                obj = obj or next((o for o in c.children if o.dep_ == "dobj"), None) or next(
                    (p for x in c.children if x.dep_ == "prep" and x.lower_ == "against" for p in x.children
                     if p.dep_ == "pobj"),
                    None,
                )  # fmt: skip
                if obj is not None:
                    return obj
                helped = next(
                    (g for x in c.children if x.dep_ == "ccomp" for g in x.children if g.dep_ == "nsubj"),
                    None,
                )
                if helped is not None:  # "to help Indonesia weather its crisis": whom the act helps
                    return helped
                c = next((x for x in c.children if x.dep_ in ("xcomp", "ccomp")), None)
                if c is None:
                    break
    return None


def _phrase_words(tok: Token) -> list[Token]:
    """A phrase's words in order, relative clauses included ("the Olympics, which Beijing will host") but not
    clauses of their own, nor what the phrase's own referent does in a relative clause ("any country that
    recognised the Polisario Front" is no act against the Front), nor what is the actor's own ("two divisions
    of its Republican Guard")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("ccomp", "advcl"):
            continue
        if c.lower_ == "of" and any(_owned(p) is not None for p in c.children):
            continue
        if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in _RELATIVE for g in c.children):
            continue
        out.extend(_phrase_words(c))
    return sorted(out, key=lambda t: t.i)


def _after_object(verb: Token, c: Token) -> bool:
    """Is `c` a particle word used as a preposition with its own object after the verb's ("gave a speech in
    Cairo"), so no particle of the verb ("gave in", "pulled its troops out of Somalia")?"""
    return (
        c.dep_ == "prep"
        and c.lower_ in ("in", "up", "out", "down", "off", "back", "over", "away")
        and any(p.dep_ == "pobj" for p in c.children)
        and any(o.dep_ == "dobj" and o.i < c.i for o in verb.children)
    )


def _party_to(noun: Token) -> Token | None:
    """Whom a sentence says had a hand in a deed a noun names: the subject of "involved in", "implicated in"
    or "complicit in" it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lower_ not in _PARTY_WORDS:
        return None
    return next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


_PARTY_WORDS = {"involved", "implicated", "complicit"}


def _yes_no_question(tok: Token) -> bool:
    """Is the token in a yes-no question, its verb before its subject ("Will Iran attack Israel?", "Or do we
    defy Assad?")? A wh-question ("Why did Iran attack?") presumes its act, so it is not one."""
    sent = tok.sent
    ends = [t for t in sent if not t.is_punct or t.text == "?"]
    if not ends or ends[-1].text != "?":
        return False
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in sent[: subject.i - sent.start]):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in root.children) or (
        root.lower_ in ("is", "are", "was", "were") and root.i < subject.i
    )


def _prefixed(text: str, m: Mention, prefixes: tuple[str, ...]) -> bool:
    """Does one of `prefixes` ("pro-", "anti-") join the word before the mention to it?"""
    return text[max(0, m.start - 5) : m.start].lower().endswith(prefixes)


def _favoured(text: str, m: Mention) -> bool:
    """Is the mention the side a "pro-" word favours ("a pro-Hamas rally", "pro-Russian separatists")?"""
    return _prefixed(text, m, ("pro-",)) or m.text.lower().startswith("pro-")


def _listed_subjects(subject: Token) -> list[Token]:
    """The other subjects of a list the parser split in two: for "A, B and C issued" it hangs A and B on the
    verb as subjects (C a conjunct of B). Only a list: each subject before the verb, the first two joined by
    a comma alone, the last with a conjunct of its own. Or the first name of a headline's pair ("US, China
    reach deal"), which the parser reads as an adverb."""
    verb = subject.head
    doc = subject.doc
    paired = [
        c for c in verb.children
        if c.dep_ == "npadvmod" and c.tag_ == "NNP" and c.i == c.sent.start
        and c.right_edge.i + 2 == subject.left_edge.i and doc[c.i + 1].text == ","
    ]  # fmt: skip
    if paired:
        return paired
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i)
    if (
        len(subjects) < 2
        or subject not in subjects
        or not any(c.dep_ == "conj" for c in subjects[-1].children)
    ):
        return []
    for a, b in pairwise(subjects):
        if b.left_edge.i != a.right_edge.i + 2 or doc[a.right_edge.i + 1].text != ",":
            return []
    return [s for s in subjects if s.i != subject.i]


def _second_of(subject: Token) -> Token | None:
    """The second person of a pair "A of X and B of Y", where the parser joined B to the last word of X's
    name or set it beside A: "Wang Daohan of China's ARATS and Koo Chen-fu of Taiwan's SEF opened talks"."""
    if subject.tag_ != "NNP" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return None
    for tok in subject.subtree:
        if (
            tok.dep_ in ("conj", "appos")
            and tok.ent_type_ == "PERSON"
            and tok.left_edge.i > 0
            and subject.doc[tok.left_edge.i - 1].lower_ == "and"
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        ):
            return tok
    return None


def _trailing_attribution(verb: Token) -> Token | None:
    """The clause a closing ", NATO Secretary-General Javier Solana demanded on Monday" reports, when the
    parser joined the verb to that clause as a conjunct or a complement, or hung it on the clause's last noun
    as a relative clause; None for any other verb."""
    if verb.dep_ not in ("conj", "ccomp", "relcl") or not verb.tag_.startswith("VB"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or stray_speaker(verb)
    if subject is None or subject.tag_ in ("WP", "WDT") or subject.left_edge.i == 0:
        return None
    clause = verb.sent.root if verb.dep_ == "relcl" else verb.head
    if (
        verb.doc[subject.left_edge.i - 1].text != ","
        or not clause.tag_.startswith("VB")
        or clause.i >= subject.left_edge.i
        or any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl") for c in verb.children)
        or any(c.dep_ == "cc" and clause.i < c.i < verb.i for c in clause.children)  # "X attacked and Y said"
    ):
        return None
    # nothing after the verb but when or where it was said
    if any(t.i > verb.i and t.dep_ not in _WHEN_SAID for t in verb.subtree):
        return None
    return clause


def _aside(head: Token) -> range | None:
    """The token range of a participle phrase set off by commas between a subject and its verb, when the
    head is its participle."""
    if head.tag_ not in ("VBG", "VBN") or head.i == 0 or head.nbor(-1).text != ",":
        return None
    sent = head.sent
    close = next((t.i for t in sent if t.i > head.i and t.text == ","), None)
    if close is None:
        return None
    verb = sent.root
    if verb.tag_.startswith("NN") and head.dep_ == "acl" and head.head.i == verb.i < head.i:
        # "The Council, alarmed by reports of killings, called on Sudan": the parser made the subject the root
        # and hung both verbs on it; the participle is an aside when the act is told after it
        told = any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > close for c in verb.children)
        return range(head.i - 1, close + 1) if told else None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or not subject.i < head.i < close < verb.i:
        return None
    return range(head.i - 1, close + 1)


def _stray_infinitive(verb: Token) -> Token | None:
    """An infinitive the parser hung on a phrase after the verb: "asked Clinton in a letter on Monday to
    impose sanctions", where "to impose" belongs to "asked"."""
    for c in verb.children:
        if c.dep_ != "prep" or c.i < verb.i:
            continue
        for p in c.children:
            for g in p.children:
                if g.dep_ == "acl" and g.tag_ == "VB" and any(a.lower_ == "to" for a in g.lefts):
                    return g
    return None


def _in_front_of(prep: Token) -> Token | None:
    """The "of" of "in front of X", a place phrase the parser builds as "in" + "front" + "of X"."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    front = next((p for p in prep.children if p.dep_ == "pobj" and p.lower_ == "front"), None)
    return next((c for c in front.children if c.dep_ == "prep" and c.lower_ == "of"), None) if front else None


_CURRENCIES = {
    "dollar", "dollars", "pound", "pounds", "euro", "euros", "yen", "franc", "francs", "mark", "marks",
    "rouble", "roubles", "ruble", "rubles", "yuan", "riyal", "riyals", "rupee", "rupees", "ecu", "ecus",
    "peso", "pesos", "dinar", "dinars", "shekel", "shekels", "rand", "lira", "lire", "guilder", "guilders",
    "deutschmark", "deutschmarks", "krona", "kronor", "krone", "kroner", "dirham", "dirhams",
}  # fmt: skip


def _money(tok: Token) -> bool:
    """A sum of money: the NER's, or a counted currency it ran into a name ("gave Jordan 200 million
    dollars", read as one organisation)."""
    if tok.ent_type_ == "MONEY":
        return True
    # "gave billions to the Islamic Republic"; not "millions of people"
    if tok.lower_ in ("millions", "billions"):  # "millions of euros" is money too
        counted = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        return not counted or any(p.lower_ in _CURRENCIES for p in counted)
    return tok.lower_ in _CURRENCIES and any(c.tag_ == "CD" or c.dep_ == "nummod" for c in tok.children)


def _owned(tok: Token) -> Token | None:
    """The "its" or "their" a phrase is owned by ("its Republican Guard"), if any; not a tie shared with a
    partner ("its agreement with the United States")."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
        return None
    return next((g for g in tok.children if g.dep_ == "poss" and g.lower_ in ("its", "their")), None)


def _struck_with(noun: Token) -> Token | None:
    """The patient of a passive verb the noun is what it is struck "with": "Iran was hit with a fresh round
    of sanctions", "was slapped with fines"."""
    tok = noun
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and _singular(tok.head.head.lower_) in _COUNTING:
        tok = tok.head.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "with" or not tok.head.head.tag_.startswith("VB"):
        return None
    return next((c for c in tok.head.head.children if c.dep_ == "nsubjpass"), None)


def _gone_back_to(noun: Token) -> Token | None:
    """The verb of "go back to the talks", "come back to the table", whose "to" hangs on "back"."""
    prep = noun.head if noun.dep_ == "pobj" else None
    back = prep.head if prep is not None and prep.lower_ == "to" else None
    if back is None or back.lower_ != "back" or back.head.i == back.i:
        return None
    return back.head if back.head.tag_.startswith("VB") else None


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun hangs on as object or through a preposition ("stayed away in protest")."""
    tok, steps = noun, 3
    for step in range(5):
        if (
            step >= steps
            or tok.dep_ not in ("dobj", "pobj", "nsubjpass", "prep", "npadvmod")
            or tok.head.i == tok.i
        ):
            return None
        if tok.dep_ == "prep" and tok.lower_ == "of" and _singular(tok.head.lower_) in _COUNTING:
            steps = 5  # through a count: "is in Seoul for two days of talks"
        elif tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.lower_ in _CARRYING_OUT:
            steps += 1  # through the doing of it: "voted for the imposition of sanctions"
        if (
            tok.dep_ == "prep"
            and tok.lower_ in ("against", "of", "about", "over")
            and tok.head.tag_.startswith("VB")
        ):
            return None  # "warned Russia against an invasion": the invasion is not the warner's
        tok = tok.head
        if tok.lower_ in _DENYING:
            return None  # "the Taliban denied involvement in the attack": not theirs as told
        if tok.tag_.startswith("VB"):
            return tok
    return None


def _marked(clause: Token, words: frozenset[str]) -> bool:
    """A clause introduced by one of `words` ("a demand that ...", "when a bomb exploded", where the parser
    makes "when" an adverb of the clause)."""
    return any(
        (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")) and c.lower_ in words
        for c in clause.children
    )


_RELIEF = {
    "food", "aid", "medicine", "medicines", "supplies", "relief", "blankets", "tents", "water", "fuel",
    "flour",
}  # fmt: skip


def _carries_relief(noun: Token) -> bool:
    """ "a convoy carrying food and medicine", "trucks loaded with flour": the noun bears relief."""
    for c in noun.children:
        if c.dep_ == "acl" and c.lower_ in ("carrying", "bringing", "delivering", "loaded", "laden"):
            things = [g for g in c.subtree if g.i != c.i]
            if any(g.lower_ in _RELIEF for g in things):
                return True
    return False


def _owned_past_name(obj: Token) -> Token:
    """ "accepted the Organisation of African Unity's peace plan": the parser takes the name's first word for
    the object and hangs the thing owned inside the name; the object is the thing."""
    if obj.tag_ != "NNP":
        return obj
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj" and p.tag_.startswith("NN") and any(g.dep_ == "poss" for g in p.children):
                    return p
    return obj


def _answered_by_deed(verb: Token) -> bool:
    """ "retaliated by ordering diplomats to leave": an answer told by the deed it was made with."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children)
        for c in verb.children
    )


def _headline_shot_down(verb: Token) -> Token | None:
    """A headline's passive without its auxiliary: "Russian jet shot down over Syria" (nothing is shot down
    without an object, so the subject is what was hit), and a verb joined to it ("... and destroyed").
    Returns what was shot down."""
    head = (
        verb.head
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "dobj") for c in verb.children)
        else verb
    )
    if head.lower_ not in ("shot", "shoots") or not any(c.lower_ == "down" for c in head.children):
        return None
    if any(c.dep_ in ("dobj", "aux", "auxpass") for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def _paired_adjective(tok: Token) -> bool:
    """A participle paired with an adjective before a noun ("sick and wounded prisoners", "dead and injured
    civilians"), which the parser may read as a verb."""
    return (
        tok.tag_ in ("VBD", "VBN")
        and tok.i >= 2
        and tok.nbor(-1).lower_ == "and"
        and tok.nbor(-2).tag_ == "JJ"
        and tok.i + 1 < len(tok.doc)
        and tok.nbor(1).tag_ in ("NNS", "NN")
    )


def _others(mentions: list[Mention], own: set[str]) -> list[Mention]:
    """Mentions that name someone besides `own` (a recipient is not the actor itself); a place in the actor's
    own country is one ("Georgia sent tanks towards South Ossetia", "the army shelled Homs")."""
    return [m for m in mentions if set(m.actor_ids) - own or m.kind == "place"]


def _uniq(ids: list[str]) -> list[str]:
    out: list[str] = []
    for i in ids:
        if i not in out:
            out.append(i)
    return out


class _Coder:
    def __init__(self, reader: _Reader, published: date | None = None) -> None:
        self.r = reader
        self.lex = reader.lex
        self.published = published
        self._verb_heads: set[int] = set()  # the sentence's own verb triggers (not light verbs)
        self._context: list[str] = []  # the sentence's PLOVER contexts
        self._pair: list[str] = []  # the sides of the latest act done together: who "we ... each other" are
        self._whereabouts: frozenset[int] | None = None  # starts of mentions of where the reporters are
        self._story: set[str] | None = None  # the countries the story names, less the reporters' whereabouts

    def code_sentence(self, start: int, end: int, index: int) -> list[Event]:
        found = self.r.triggers(start, end)
        if not found:
            return []
        contexts, doc = self.lex.contexts, self.r.doc
        words = _WORD.findall(self.r.text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])].lower())
        self._context = sorted({c for w in words for c in contexts.get(w, ())})
        self._verb_heads = {f.head.i for f in found if f.noun is None}
        # an act that is the content of another trigger ("threatened to ban") is coded inside it
        contents = {f.content.i for f in found if f.content is not None and f.trigger.type in _CONSUMING}
        heads = {f.head.i for f in found}
        kept = [
            f
            for f in found
            if f.head.i not in contents
            and not self._announces(f, heads)
            and not self._embedded_in_request(f, found)
        ]
        coded = [(f, e) for f in kept if (e := self._event(f, kept, index)) is not None]
        _share_recipients(coded)
        return [e for _, e in coded]

    def _announces(self, f: _Found, heads: set[int]) -> bool:
        """ "pledged to send aid", "reiterated his promise to travel": the pledge gives way to the act it
        announces, which is coded as intent. A vow of force ("vowed to punish the United States") is the
        threat itself, its act taken as its content."""
        if f.trigger is _VOWED_FORCE:
            return False
        if f.noun is not None and f.noun.lower_ in _INTENT_NOUNS:
            return any(c.dep_ == "acl" and c.i in heads for c in f.noun.children)
        if (
            f.noun is not None
            or f.trigger.type == "REQUEST"
            or (self.r.verb(f.head) or "") not in self.lex.intent
        ):
            return False
        act = (
            self.r._verb_trigger(f.content, base)
            if f.content is not None and (base := self.r.verb(f.content))
            else None
        )
        doer = self.r.subject(f.content) if f.content is not None else None
        promiser = self.r.subject(f.head)
        for_others = (
            doer is not None
            and promiser is not None
            and bool(doers := self.r.side_of(doer))
            and not doers & self.r.side_of(promiser)
        )
        if (
            f.trigger.type == "AGREE"
            and act is not None
            and (not _cooperative(act.trigger.type) or for_others)
            and any(self.r._names_actor(o) for o in f.head.children if o.dep_ in ("dobj", "dative"))
        ):
            # "promised U.S. envoy Dennis Ross that his forces would crack down on militants": a pledge of
            # force made to someone is a promise to that one, not a threat; so is a pledge for others
            # ("promised Holbrooke that Bosnian Serb forces would respect the ceasefire")
            return False
        for t in f.head.subtree:
            if t.i in heads and t.i != f.head.i:
                tok, steps = t, 0
                while (
                    tok.i != f.head.i
                    # or the act the parser read as a purpose ("offered on Monday to host talks"); not the
                    # purpose of a thing pledged ("pledged 200 million marks ... to support its reforms")
                    and (
                        tok.dep_ in ("xcomp", "ccomp", "conj", "acomp", "dobj")
                        or (tok == f.content and not any(c.dep_ == "dobj" for c in f.head.children))
                    )
                    and steps < 4
                ):
                    tok, steps = tok.head, steps + 1
                if tok.i == f.head.i:
                    return True
        return False

    def _embedded_in_request(self, f: _Found, found: list[_Found]) -> bool:
        """ "urged Iran to halt enrichment": the halt is what is asked for, not an event."""
        tok = f.head
        if tok.dep_ == "pcomp" and tok.head.head.i in {g.head.i for g in found if g.trigger.type == "ACCUSE"}:
            return True  # "accused each other of blocking a deal": the charge, not a second event
        for _ in range(3):
            if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i or remarked_on(tok):
                return False
            tok = tok.head
            if any(g.head.i == tok.i and g.trigger.type in ("REQUEST", "REJECT", "THREATEN") for g in found):
                return True
            if (
                any(g.head.i == tok.i and g.trigger.type in ("AGREE", "ACCUSE") and g is not f for g in found)
                and (self.r.verb(tok) or "") not in self.lex.intent
            ):
                return True
        return False

    def _event(self, f: _Found, found: list[_Found], index: int) -> Event | None:
        r = self.r
        head = f.head
        if self._warned_against(head):
            return None  # "warned its citizens against travelling to Yemen": not done, and not by the warner
        if any(t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "without" for t in (head, f.noun) if t):
            return None  # "imposed the closure without consulting Washington": not done, nor refused
        text = r.text
        if "?" in text and _yes_no_question(head):
            return None  # "Or do we leave our forces in Syria and defy Assad?": asked, not told
        plover, mode, cameo = f.trigger.type, f.trigger.mode, f.trigger.cameo
        if f.noun is not None and f.noun.i == head.i and self._answered(f) is not None:
            plover, mode, cameo = "THREATEN", _THREATEN_MODES.get(plover), None  # answering any such deed
        content = f.content
        if content is not None and plover in ("THREATEN", "REJECT"):
            inner = r._verb_trigger(content, r.verb(content) or "") if r.verb(content) else None
            if inner is not None and plover == "THREATEN":
                mode = _THREATEN_MODES.get(inner.trigger.type, mode)
        sources, targets, source_head = self._sides(f, content)
        if (
            source_head is not None
            and source_head.dep_ == "nsubj"
            and (listed := _listed_subjects(source_head))
        ):
            # "May, French President Macron and German Chancellor Merkel issued": one list, parsed as two
            sources = _uniq([*sources, *(m for s in listed for m in r.phrase_mentions(s))])
        if source_head is not None and source_head.dep_ == "nsubj" and (second := _second_of(source_head)):
            # "Wang Daohan of China's ARATS and Koo Chen-fu of Taiwan's SEF opened talks": both open them
            sources = _uniq([*sources, *r.phrase_mentions(second)])
        if not sources and f.noun is not None and (speaker := self._ruling_out(f.noun)) is not None:
            # "Iran said there would be no negotiations with the United States": the speaker's refusal
            sources, source_head = r.phrase_mentions(speaker), speaker
        if not sources and f.noun is not None and (partner := self._partner_told(f, targets)):
            sources = partner  # "China said the talks with Vietnam had made progress": the speaker's talks
        answered = f.trigger is _VOWED_FORCE and head.dep_ == "ccomp" and head.head.lower_ in _SAYING_FORMS
        if not sources and answered and (speaker := r.subject(head.head)) is not None:
            # "said any American attack would be met with a merciless counterblow": the speaker's threat
            sources, source_head = r.phrase_mentions(speaker), speaker
        targets = [m for m in targets if not self._sponsor(m)]  # "talks in Geneva under U.N. auspices"
        # "a pro-Hamas rally outside the Israeli consulate": the side a "pro-" word favours is no recipient
        targets = [m for m in targets if not _favoured(text, m)]
        # a mutual act named by a noun ("the U.S.-China trade war", "Russia-Ukraine talks") involves each side
        # in both roles; a verb needs a marker ("agreed with each other"), since "A and B agreed" is one act
        nominal = f.noun is not None and f.noun.i == head.i
        reciprocal = f.trigger.reciprocal and (nominal or self._marked_reciprocal(head, f))
        # each side the other's recipient: "the U.S.-China trade war", "accused each other"; not a joint act,
        # noun or verb ("dismantled the cell in a joint operation")
        jointly = nominal and any(c.lower_ in _JOINTLY for c in head.lefts)
        mutual = reciprocal and (
            (nominal and not jointly and not _cooperative(plover))
            or self._marked_reciprocal(head, f, pronoun=True)
        )
        source_ids = _uniq([a for m in sources for a in m.actor_ids])
        if source_ids and all(a not in r.placed for a in source_ids) and r.sector(source_head) == "GOV":
            # "a Foreign Ministry spokesman said in Beijing": a ministry of no named country speaks for the
            # country it speaks in
            sources = self._spoken_in(head) or self._spoken_in(source_head) or sources
            source_ids = _uniq([a for m in sources for a in m.actor_ids])
        # a place of the actor's own is a recipient when the act is aimed at it ("Russian and Syrian jets
        # bombed Idlib"), but a joint act of cooperation is aimed at neither side ("Israel and the PLO agreed
        # to extend self-rule to six West Bank towns")
        joint = (
            set()
            if len(source_ids) == 1 or mutual or not _cooperative(plover)
            else self._countries(source_ids) - {None}
        )
        # one's own people charged or held are the recipients: "indicted a former CIA officer"
        held = self._own_people_held(f)
        held_span = (
            range(held.left_edge.idx, held.right_edge.idx + len(held.right_edge)) if held else range(0)
        )
        # a people's dealings with its own state are a domestic event: "French farmers demanded that Paris
        # halt imports", "the Tamil Tigers agreed to a ceasefire with Sri Lankan government forces", "Ankara
        # rejected a ceasefire offer from the Kurdistan Workers Party"
        homes = self._countries(source_ids) - {None}
        at_home = (
            bool(targets and homes) and self._countries([a for m in targets for a in m.actor_ids]) <= homes
        )
        if at_home:
            source_kinds = {m.sector for m in sources} | {r.sector(source_head)}
            if self._located(sources, source_head):  # "ethnic Albanian leaders in Kosovo": a people
                source_kinds.add("CVL")
            target_kinds = {m.sector for m in targets} | {r.sector(self._target_head(f))}
            # and the noun a country's adjective hangs on: "agreed with the Angolan government"
            target_kinds |= {r.sector(self._described(m)) for m in targets if m.kind == "adjective"}
            people = _DOMESTIC | _TRADES
            at_home = bool(
                (source_kinds & people and (plover == "REQUEST" or target_kinds & _STATE))
                or (source_kinds & _STATE and target_kinds & {"REB", "OPP"})
            )
        target_ids = _uniq(
            [
                a for m in targets for a in m.actor_ids
                if (a not in source_ids or mutual or at_home or (not joint and self._aimed_at(m))
                    or (m.start in held_span and m.kind != "place"))
                and (at_home or r.countries.get(a) not in joint)
            ]
        )  # fmt: skip
        if f.trigger.cameo == "055" and (home := self._home(source_ids)) is not None:
            # "apologised for the suffering caused by Japan's wartime aggression": one's own country is what
            # the apology is for, not whom it is made to
            target_ids = [a for a in target_ids if a != home]  # but "apologised to Hill" is to her
        if joint and plover == "COOPERATE":
            # "German and French warships began joint patrols off the coast of Somalia": where partners act
            # together is no recipient
            venues = {a for m in targets if self._venue_of(m) for a in m.actor_ids}
            target_ids = [a for a in target_ids if a not in venues]
        if plover == "MOBILIZE" and mode in (None, "troops"):
            forces = r._object(head) or source_head
            if forces is not None and r.sector(forces) == "COP":  # "riot police were deployed": police power
                mode, cameo = "police", "151" if cameo == "152" else None  # an alert is CAMEO's own code
        if plover == "SANCTION" and mode == "discontinue" and cameo is None:
            # what is cut gives CAMEO's code
            cut = {w for o in r._objects(head) for w in r._object_words(o)} if f.noun is None else set()
            cameo = next((code for words, code in _CUT_CODES if cut & words), None)
        handed = r._object(head) if plover == "RETREAT" and not target_ids and f.noun is None else None
        if handed is not None and r.verb(head) in _HANDING:
            # "handed over control of its last military base in Estonia": where what is handed over lies
            lying = [
                m for t in handed.subtree if t.dep_ == "prep" and t.lower_ == "in"
                for p in t.children if p.dep_ == "pobj" for m in r.phrase_mentions(p)
            ]  # fmt: skip
            homes = {r.countries.get(a) for m in lying for a in m.actor_ids} - {None}
            if len(homes) == 1 and not homes & self._countries(source_ids):
                targets, target_ids = lying, list(homes)
        if plover == "REQUEST" and (done := self._order_to_own_forces(f, source_ids)) is not None:
            # "Yeltsin ordered Russian troops to pull out of Chechnya", "ordered police to arrest opposition
            # leaders": a state's order to its own forces is the act it orders
            plover, mode, cameo = done.trigger.type, done.trigger.mode, done.trigger.cameo
            own = set(source_ids) | {c for c in self._countries(source_ids) if c}
            aimed_at = self._recipients(done.head, done, done.content, own)
            targets, target_ids = aimed_at, _uniq([a for m in aimed_at for a in m.actor_ids])
        freeing = plover == "RETREAT" and mode == "release"  # "released 200 Russian soldiers": the freed
        if (
            plover in ("AGREE", "RETREAT", "MOBILIZE")
            and not freeing
            and (own_home := self._home(source_ids))
        ):
            # "promised to democratize Serbia", "withdrew from the Bosnian town of Gorazde": one's own country
            # is no recipient of a pledge, a pull-back or a deployment, unless the act is aimed at a place of
            # it ("sent tanks towards South Ossetia")
            # a compatriot or a body of one's own is a recipient ("released former head of state Olusegun
            # Obasanjo", "handed over the suburbs to the Muslim-Croat federation"): only places are dropped
            # and a state body named as the other party ("a ceasefire with the government in Tripoli")
            aimed = {
                a for m in targets if self._aimed_at(m) or (m.kind == "body" and plover == "AGREE")
                for a in m.actor_ids
            }  # fmt: skip
            # a state named as a party by rebels or a party of its own ("the PKK declared a ceasefire with
            # Turkey") is their counterpart, not their home
            if r.sector(source_head) in _DOMESTIC | {"PTY"}:
                aimed |= {a for m in targets if m.kind in ("name", "alias", "metonym") for a in m.actor_ids}
            target_ids = [
                a
                for a in target_ids
                if at_home or r.countries.get(a) != own_home or a in aimed or r.countries.get(a) != a
            ]
            # "moved two Republican Guard divisions": the forces moved, a body of no country, are no target
            moved = r._object(head) if plover == "MOBILIZE" else None
            if moved is not None:
                span = range(moved.left_edge.idx, moved.right_edge.idx + len(moved.right_edge))
                forces = {
                    a for m in targets if m.start in span for a in m.actor_ids
                    if r.countries.get(a) in (None, own_home)
                }  # fmt: skip
                target_ids = [a for a in target_ids if a not in forces]
                if forces and not target_ids:
                    # then whom the deployment faces: "mobilized National Guard troops for a war with Iraq"
                    targets = _others(self._around(head, set(source_ids), skip=moved.i), set(source_ids))
                    target_ids = _uniq([a for m in targets for a in m.actor_ids])
        if len(source_ids) == 1 and len(self._pair) > 1 and self._marked_reciprocal(head, f):
            # "'We firmly support each other,' said Xi": we are the speaker's side and its partner, the
            # sides of the latest act the story told them doing together
            own = {source_ids[0], r.countries.get(source_ids[0])}
            if source_head is not None and source_head.lower_ in ("we", "us") and own & set(self._pair):
                source_ids = list(self._pair)
        if len(source_ids) > 1 and not target_ids:
            self._pair = [a for a in source_ids if a in r.named_countries] or source_ids
        # "Chinese and Vietnamese troops clashed": a fight of two sides named together is each at the other,
        # as "exchanged fire" is
        fought = (
            f.trigger.reciprocal
            and not nominal
            and not _cooperative(plover)
            and not target_ids
            and len(self._countries(source_ids) - {None}) > 1
        )
        if fought:
            target_ids, targets = list(source_ids), sources
        if len(source_ids) > 1 and ((reciprocal and not target_ids) or self._marked_reciprocal(head, f)):
            # "accused each other", "the U.S.-China trade war": every actor is also a recipient, whatever else
            # the clause names. A joint act ("held joint exercises", "A and B agreed") is one act of both
            # sides together, which CAMEO codes with no recipient
            reciprocal = True
            if (nominal and not jointly and not _cooperative(plover)) or self._marked_reciprocal(
                head, f, pronoun=True
            ):
                target_ids, targets = list(source_ids), sources
        source_sector = r.sector(source_head)
        # "drew protests from Western governments": a protest a state's body gives, told as a noun
        drawn = _governing_verb(f.noun) if f.noun is not None and r.noun_base(f.noun) == "protest" else None
        givers = (
            [p for c in [*f.noun.children, *drawn.children] if c.lower_ == "from" for p in c.children]
            if drawn
            else []
        )
        official = (
            drawn is not None
            and drawn.lower_ in _RECEIVING
            and any(self._state_itself(p, r.sector(p)) for p in givers)
        )
        if (
            plover == "PROTEST"
            and r.verb(head) == "protest"
            and self._state_itself(source_head, source_sector)
        ) or official:
            # "China protested to the United States", "the ministry summoned the envoy to protest": a state's
            # protest is an official complaint (CAMEO 114), not a demonstration
            plover, mode, cameo = "ACCUSE", "disapprove", "114"
        review = head.head if head.dep_ == "dobj" and nominal else None
        if _cooperative(plover) and review is not None and review.lower_ in _REVIEWING:
            # "could reconsider its cooperation with NATO if ...": ties put in doubt, a threat to cut them
            plover, mode, cameo = "THREATEN", "non-force", None
        if (
            plover == "PROTEST"
            and mode == "boycott"
            and f.noun is not None
            and source_sector not in _DOMESTIC - {"REB"}  # "traders launched a boycott of Chinese goods"
            and self._trade_boycott(f.noun)
        ):
            # "imposed a trade boycott on Nicaragua", "a boycott of Israeli goods": an embargo
            plover, mode, cameo = "SANCTION", "sanction", "163"
        if (
            plover in ("SANCTION", "RETREAT")
            and r.verb(head) in ("pull", "withdraw", "walk", "quit")
            and f.noun is None
            and r._object(head) is None  # not "withdrew its ambassador in protest": a recall
            and (
                any(_in_protest(c) for c in head.children)
                # "opposition deputies walked out of Congress": a walkout from one's own state's body
                or (r.verb(head) == "walk" and self._home(target_ids) in self._countries(source_ids))
                # "walked out of the U.N. General Assembly": a walkout from a sitting, not from talks
                or (
                    r.verb(head) == "walk"
                    and any(
                        r.noun_base(p) in _SITTINGS
                        for c in head.children
                        if c.dep_ in ("prep", "prt")
                        for g in (c, *c.children)
                        for p in g.children
                        if p.dep_ == "pobj"
                    )
                )
            )
        ):
            # "Nigeria pulled out of the Commonwealth Games in protest against Britain's refusal": a boycott
            plover, mode, cameo = "PROTEST", "boycott", None
            # "... when the Israeli foreign minister rose to speak": whom the walkout is aimed at
            spoke = [
                m for c in head.children if c.dep_ == "advcl" and _marked(c, frozenset({"when", "as"}))
                for g in c.children if g.dep_ in _SUBJECTS for m in r.phrase_mentions(g)
            ]  # fmt: skip
            if walked_from := _others(spoke, set(source_ids)):
                targets, target_ids = walked_from, _uniq([a for m in walked_from for a in m.actor_ids])
        if plover == "COERCE" and mode == "ban" and f.noun is not None and self._bans_trade(f.noun):
            # "a ban on the import of Iranian oil": an embargo
            plover, mode, cameo = "SANCTION", "sanction", "163"
        banned = r._object(head) if plover == "COERCE" and mode == "ban" and f.noun is None else None
        if banned is not None and r.noun_base(banned) in _TRADE:
            # "banned new American investment in Burma": dealings with a state stopped, an embargo
            plover, mode, cameo = "SANCTION", "sanction", "163"
            if not target_ids:
                partner = [
                    m for c in banned.children if c.dep_ == "prep" and c.lower_ in _DEALING_PREPS
                    for p in c.children if p.dep_ == "pobj"
                    for m in _others(r.phrase_mentions(p), set(source_ids))
                ]  # fmt: skip
                targets, target_ids = partner, _uniq([a for m in partner for a in m.actor_ids])
        if (
            banned is not None
            and not r.mention_at(banned)
            and r.sector(banned) is None  # goods, not people ("banned Palestinian workers from entering")
            and self._home(target_ids) is not None
            and self._home(target_ids) not in self._countries(source_ids)
        ):
            # "Russia banned Georgian wine": goods marked as another state's, banned, are an embargo; not a
            # party or a group ("banned the pro-Kurdish party"), which is coerced
            plover, mode, cameo = "SANCTION", "sanction", "163"
        protesting = any(c.dep_ in ("advcl", "xcomp") and r.verb(c) == "protest" for c in head.children)
        # a state named for itself acts as a state: "Libya expelled Palestinian workers to protest the accord"
        state_named = any(m.kind in ("name", "alias", "metonym") and r.countries.get(a) == a for m in sources
                          for a in m.actor_ids)  # fmt: skip
        if (
            plover in ("ASSAULT", "COERCE")
            and protesting
            and source_sector not in _STATE | {"REB"}
            and not state_named
        ):
            plover, mode, cameo = "PROTEST", "obstruct", None  # "occupied the embassy to protest against"
        if (
            plover == "ASSAULT"
            and "raid" in (r.verb(head), r.noun_base(head))
            and source_sector in ("COP", "JUD")
        ):
            plover, mode, cameo = "COERCE", "seize", None  # "police raided the offices of a radio station"
        if plover == "COERCE" and mode == "seize" and self._hostages_taken(head):
            # "seized the ambassador's residence, taking hostages": an abduction
            plover, mode, cameo = "ASSAULT", "abduct", None
        if r.verb(head) == "expel" and mode == "deport" and self._driven_from_homes(head):
            # "expelled thousands of Kurdish families from Kirkuk": a mass expulsion
            plover, mode, cameo = "ASSAULT", "expel", None
        crowd = source_sector in _DOMESTIC - {"REB"} or (source_sector is None and not source_ids)
        if plover == "MOBILIZE" and r.verb(head) == "mass" and crowd:
            plover, mode, cameo = "PROTEST", "demo", None  # "100,000 people massed on a Manila highway"
        if plover == "SANCTION" and r.verb(head) in ("close", "shut") and crowd:
            # "farmers closed the border crossing": not a state's sanction
            plover, mode, cameo = "PROTEST", "obstruct", None
        followers = source_head is not None and r.noun_base(source_head) in ("supporter", "follower")
        if cameo in ("191", "192") and (source_sector in _DOMESTIC - {"REB"} or followers):
            # farmers blockading highways, protesters occupying parliament, a leader's supporters blockading
            # ministries: a protest, not a siege
            plover, mode, cameo = "PROTEST", "obstruct", None
        # "a mob armed with swords attacked a train, killing 58 people": a killing is an assault by anyone
        kills = plover == "ASSAULT" and any(
            t.lower_ in _KILLING for t in (head, *(c for c in head.children if c.dep_ in ("advcl", "conj")))
        )
        # "Palestinian clashes with Israeli troops", "Palestinians clashed with troops": a people, not forces
        # not a people's forces: "clashes between Indian and Pakistani troops"
        people = (
            source_sector is None
            and bool(sources)
            and all(m.label == "NORP" and r.sector_around(m) not in ("MIL", "COP") for m in sources)
        )
        scuffle = (r.verb(head) or r.noun_base(head)) in _SCUFFLES
        if (
            plover in ("COERCE", "ASSAULT")
            and not kills
            and (
                (source_head is not None and r.noun_base(source_head) in _RIOTERS)
                or (source_head is not None and source_sector == "CVL" and r.verb(head) in _RIOTING)
                # "angry Greek Cypriots stoned Turkish troops": a people at forces; not settlers stoning cars
                or (people and r.verb(head) in _RIOTING and self._against_forces(head))
                or ((source_sector in _DOMESTIC - {"REB"} or people) and scuffle)
            )
        ):
            plover, mode, cameo = "PROTEST", "riot", None  # "rioters torched buildings", "students stoned"
        if plover == "COERCE" and any(c.dep_ == "conj" and c.lower_ in _KILLING for c in head.children):
            plover, mode, cameo = "ASSAULT", None, None  # "militias burned homes and killed 30 people"
        # "sent troops to lead the peacekeeping force", "dispatched paratroopers to Sierra Leone to help
        # secure the capital": forces sent to another state's aid
        helping = any(
            c.dep_ in ("advcl", "xcomp", "relcl", "acl")
            and any(a.lower_ == "to" for a in c.lefts)
            and (
                c.lower_ in _HELPING
                or any(g.dep_ == "conj" and g.lower_ in _HELPING for g in c.children)
                or self._keeps_peace(c)
            )
            # and the sent forces' own: "send 3,000 more troops to guard Mozambique's Beira corridor"
            for c in [*head.children, *(g for o in head.children if o.dep_ == "dobj" for g in o.children)]
        )  # "to evacuate foreigners and bolster the U.N. force", "to enforce a peace accord"
        # "on what it called a humanitarian mission to protect civilians"
        humane = any(
            t.lower_ == "humanitarian" and r.noun_base(t.head) in _MISSIONS_ABROAD for t in head.subtree
        )
        # "promised to send 14 Leopard 2 battle tanks to Ukraine": weapons, not forces, sent to a state
        supplied = (
            plover == "MOBILIZE"
            and r.verb(head) in _SUPPLYING
            and all(w not in _FORCES for o in r._objects(head) for w in r._object_words(o))
            and any(
                m.kind in ("name", "alias") and set(m.actor_ids) - set(source_ids)
                for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj" for m in r.mention_at(p)
            )
        )  # fmt: skip
        if plover == "MOBILIZE" and supplied:
            plover, mode, cameo = "AID", "military", "072"
        if plover == "MOBILIZE" and (
            any("peacekeep" in t.lower_ for t in head.subtree)
            or humane
            or (helping and target_ids and self._home(target_ids) not in self._countries(source_ids))
        ):
            plover, mode, cameo = "AID", "military", "074"
        healers = {w for o in r._objects(head) for w in r._object_words(o)} & _HEALERS
        if plover == "MOBILIZE" and healers:  # "dispatched a brigade of 200 doctors to Guatemala"
            plover, mode, cameo = "AID", "humanitarian", None
        blamed = any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in head.children)
        if f.trigger.subject_is == "recipient" and plover == "ASSAULT" and blamed:
            plover, mode, cameo = "ACCUSE", "disapprove", None  # "came under fire from rights groups for ..."
        if plover == "REQUEST" and (rally := self._rallied(head, set(source_ids))) is not None:
            plover, mode, cameo, targets = rally
            target_ids = _uniq([a for m in targets for a in m.actor_ids])
        if plover == "AID" and self._sold(head):  # "delivered 8 fighters under a $1.8 billion contract"
            plover, mode, cameo = "COOPERATE", None, "062"
        if plover == "RETREAT" and mode in (None, "release") and self._hands_over_suspects(head):
            plover, mode, cameo = "COOPERATE", None, "063"  # "handed over a suspected war criminal"
            # to the state it goes to, not the suspect's group: "an al Qaeda operative to the United States"
            own = set(source_ids)
            handed = [head, *([o, *_describing_verbs(o)] if (o := r._object(head)) is not None else [])]
            to = next((m for h in handed if (m := _others(self._prep_mentions(h, {"to"}, own), own))), [])
            if to:
                targets, target_ids = to, _uniq([a for m in to for a in m.actor_ids])
        if plover == "REQUEST" and (stop := self._ordered_to_stop(f)) is not None:
            plover, mode, cameo = "COERCE", stop, None
        if plover == "REQUEST" and self._ordered_indoors(f):
            plover, mode, cameo = "COERCE", "curfew", None
        if plover == "REQUEST" and (cut := self._ordered_out(f)) is not None:
            plover, mode, cameo = "SANCTION", cut, None
            home = self._home(source_ids)
            asked = self._ordered_act(f) if home is not None and self._home(target_ids) == home else None
            left = r._object(asked) if asked is not None else None
            if left is not None and (gone := _others(r.phrase_mentions(left), set(target_ids))):
                # "Reagan ordered all Americans to leave Libya": one's own people called home, a tie cut with
                # the country they leave
                targets, target_ids = gone, _uniq([a for m in gone for a in m.actor_ids])
        state_held = self._group_sector(source_head) in _STATE if source_head is not None else False
        if plover == "ASSAULT" and mode == "abduct" and r.verb(head) == "seize" and state_held:
            plover, mode, cameo = "COERCE", "arrest", None  # "Revolutionary Guards seized 15 British sailors"
        # a side of no known country ("the editor of the Daily News", a paper the gazetteer does not know)
        placeless = not any(a in r.placed for a in target_ids)
        target_head = self._target_head(f) if placeless else None
        target_sector = self._group_sector(target_head)
        if placeless and target_sector is None:
            # "surrendered their weapons to the army": the side a recipient preposition names
            target_sector = next(
                (sector for p in self._recipient_phrases(f) if (sector := r.sector(p)) is not None), None
            )
        if placeless and target_sector is None and plover == "ASSAULT" and mode == "expel":
            target_sector = "CVL"  # "drove 5,000 Moslems from the town": a people named by no nation, at home
        # courts and police act on their own country's officials: "prosecutors charged a former defence
        # official with leaking data to a Russian diplomat" is domestic however many countries the story names
        # and a group with no state of its own that acts on "the government" acts on its own country's
        # ("Mexico's Zapatista rebels demanded that the government withdraw troops from Indian communities")
        domestic = target_sector in _DOMESTIC or (
            target_sector in _STATE | {"PTY"}
            and (
                len(r.named_countries) == 1
                or source_sector in ("JUD", "COP")
                or (target_sector in _STATE and source_sector in _DOMESTIC - {"REF"})
            )
        )
        if target_head is not None and any(c.lower_ in _FOREIGN for c in target_head.children):
            domestic = False  # "threatened to expel foreign journalists": not the country's own
        # "Egyptian police dispersed demonstrators": people with no country of their own, acted on by one
        # country's forces, are that country's (CAMEO codes a domestic event so); so is a state body named
        # without a country in a story about one country ("launched an inquiry into the finance ministry").
        # Refuge is for foreigners.
        home = self._home(source_ids)
        # "put its armed forces on alert", "ended military operations in Aceh": its own forces
        own_forces = target_sector in _STATE and (
            plover == "MOBILIZE" or (plover == "RETREAT" and source_sector in _STATE)
        )
        # a joint act of cooperation ("the Angolan government and UNITA rebels agreed to a timetable") is
        # aimed at neither side, even when both are of one country
        together = _cooperative(plover) and (
            bool(joint) or (source_head is not None and any(c.dep_ == "conj" for c in source_head.children))
        )
        # "agreed to form a coalition government", "to set up a commission": a body to be made is no recipient
        made = target_head is not None and target_head.dep_ == "dobj" and target_head.head.lower_ in _MAKING
        if (
            placeless
            and domestic
            and mode != "asylum"
            and not own_forces
            and not together
            and not made
            and home is not None
        ):
            # "Israeli warplanes killed two militants in Gaza", "sent doctors to refugee camps in Rwanda":
            # people of no named country, struck or aided abroad, are the place's
            abroad = plover in ("ASSAULT", "COERCE", "AID")
            # "raided guerrilla bases near Sidon": where what was struck lies
            struck = r._object(head) if f.noun is None else None
            # "missiles fired from Iraq landed in Tel Aviv, wounding 15 people": where they landed
            landed = head.head if head.dep_ == "advcl" and head.tag_ == "VBG" else None
            where = (
                self._place([head, f.noun, *self._recipient_phrases(f), struck, landed])[1]
                if abroad
                else None
            )
            target_ids = [*target_ids, where if where is not None else home]
        # "the Congolese government and the rebels have agreed to allow the deployment of U.N. observers": a
        # pact of two sides is aimed at neither, nor at whom its terms name; but at a third state whose ground
        # it concerns ("agreed to set up a demilitarised zone in Syria's Idlib province")
        joint_pact = (
            together
            and plover == "AGREE"
            and f.content is not None
            and not self._partner_named(head)
            and not any(m.kind == "place" for m in targets)
            # but not a joint gift: "the IMF and the EU agreed to lend Greece 110 billion euros"
            and not self._gives(f.content)
        )
        if joint_pact:
            targets, target_ids = [], []
        if _cooperative(plover):
            # "Milosevic promised Holbrooke that he would pull his forces out of Kosovo", "promised the
            # visiting ministers it would let U.N. inspectors in": a pledge made to someone is made to them
            promised = self._promised_to(head, set(source_ids))
            doing = _governing_verb(head) if f.noun is not None and f.noun.i == head.i else None
            if not promised and not target_ids and doing is not None:
                # "told China it was ready to rejoin the talks": the verb the pledged noun hangs on
                promised = self._promised_to(doing, set(source_ids))
            if promised:
                targets, target_ids = promised, _uniq([a for m in promised for a in m.actor_ids])
            elif not target_ids and plover == "AGREE" and (dealt := self._deal_partner(f, set(source_ids))):
                # "pledged to freeze its reactors under an accord reached with the United States"
                targets, target_ids = dealt, _uniq([a for m in dealt for a in m.actor_ids])
        elif not target_ids and (warned := self._promised_to(head, set(source_ids), warning=True)):
            # "warned Palestinian residents of Hebron that it would impose a curfew on the town": on them
            targets, target_ids = warned, _uniq([a for m in warned for a in m.actor_ids])
        if not source_ids and source_sector in _STATE:
            # "Israel's defence minister said the army was prepared to strike": the speaker's army
            homes = {r.countries.get(a) for q in self._quotes_around(f) for a in q.speaker_ids} - {None}
            # "The air force bombed ..., the Israeli army said": a state's organ telling its own side's deed
            homes = homes or {
                r.countries.get(a) for m in self._attribution_speakers(head)
                if m.sector in _STATE or r.sector(self._root(m)) in _STATE for a in m.actor_ids
            } - {None}  # fmt: skip
            if len(homes) == 1:
                source_ids = list(homes)
        if not source_ids and source_sector in _STATE and (opening := self._opening_place(head)) is not None:
            source_ids = [opening]  # "In Beijing, a foreign ministry spokesman dismissed ...": the place's
        if (
            not source_ids
            and source_sector in _DOMESTIC | _STATE
            and len(story := self._beyond_borders(far=True)) == 1
        ):
            # "opposition supporters rallied", "police arrested": a group of no named country, in a story
            # about one country, is of that country; a state body acting on someone that country's name
            # marks as a foreigner is another's ("the junta expelled the French ambassador"); a country named
            # only as whose border it is does not count ("rebels attacked an outpost near the Iraqi border")
            (home,) = story
            marked = [m for m in targets if m.kind == "adjective" and home in m.actor_ids]
            # a state body is foreign to those its country's name marks as its nationals ("the junta
            # expelled the French ambassador"), not to a people of its own ("the government froze Zimbabwean
            # farmers' accounts"); a group, only to that country's people ("rebels freed three German aid
            # workers"), not to its army or its ports
            foreigner = any(
                self._marks_nationals(m) if source_sector in _STATE else self._marks_people(m) for m in marked
            )
            sentence = head.sent
            at_home = any(  # "Kenyan students were injured when police broke up a demonstration in Nairobi"
                home in m.actor_ids and self._where(m)
                for m in r._inside(sentence.start_char, sentence.end_char)
            )
            if not foreigner or at_home:
                source_ids = [home]
        if not source_ids and source_sector == "REB" and plover in ("ASSAULT", "COERCE"):
            # "suspected Islamic militants kidnapped three French consular officials in Algiers": armed men of
            # no named country, striking where they are, are that country's
            where = self._place([head, source_head])[1]
            if where is not None and where not in target_ids:
                source_ids = [where]
        if plover == "PROTEST" and not source_ids and (source_head is not None or f.noun is not None):
            # "ethnic Albanians demonstrated in Serbia", "led thousands in a march on the U.S. consulate in
            # Karachi": protesters of no named country are the place's, not what they protest against's
            led = _governing_verb(head) if f.noun is not None and f.noun.i == head.i else None
            sources, country = self._place([head, f.noun, source_head, led], _PROTESTED)
            if country is None and f.noun is not None and f.noun.i == head.i:
                sources, country = self._struck(head)  # "a general strike paralysed Lagos"
            source_ids = [country] if country is not None else []
        # a protest that names no one protests against the protesters' own government: CAMEO codes
        # "Algerian landowners began a hunger strike" as a domestic event; so is an opposition's complaint
        # that names no one in a story about its own country ("questioned the fairness of the election")
        dissent = (
            source_sector in _DOMESTIC - {"REF"}
            and not _cooperative(plover)
            and r.named_countries <= {self._home(source_ids)}
            and not self._foreign_object(
                head
            )  # not "voters turned down the terms of an international bailout"
        )
        # a protest at a firm of no known country ("outside the offices of Shell in Port Harcourt") is also
        # aimed at home
        if plover == "PROTEST" and (cursed := self._chanted_against(head, set(source_ids))):
            # "marched through Tehran chanting Death to America": whom the crowd curses
            targets, target_ids = cursed, _uniq([a for m in cursed for a in m.actor_ids])
        if plover == "PROTEST" and source_ids and not target_ids and f.noun is None:
            # "boycotted a regional summit in protest at India's policies": whom the protest is at
            targets = _others(self._protested_at(head), set(source_ids))
            target_ids = _uniq([a for m in targets for a in m.actor_ids])
        if (
            plover == "PROTEST"
            and self._against_own_rulers(head, f.noun)
            and (home := self._home(source_ids)) is not None
        ):
            # "demonstrated against the government's handling of the war in Lebanon": their own government's
            target_ids = [home]
        if (
            plover == "PROTEST"
            and set(target_ids) <= set(source_ids)
            and (jailer := self._jailer(source_head))
        ):
            # "Palestinian prisoners in Israeli jails began a hunger strike": prisoners protest to those who
            # hold them
            targets, target_ids = jailer, _uniq([a for m in jailer for a in m.actor_ids])
        firms = all(a.startswith("org:") and not r.countries.get(a) for a in target_ids)
        protest_default = (plover == "PROTEST" or dissent) and firms
        if protest_default and (home := self._home(source_ids)) is not None:
            target_ids = [*target_ids, home]
        arrival = f.noun is None and r.verb(head) == "arrive"  # "arrived in Algiers": the place is the host
        # "Japan's foreign minister is in Seoul for talks", "arrived in Washington for two days of talks": one
        # who is or comes somewhere for talks is visiting
        stay = (
            f.noun is not None
            and (held := _governing_verb(head)) is not None
            and (held.lower_ in _BEING or r.verb(held) in ("arrive", "fly", "travel", "come"))
        )
        if plover == "CONSULT" and stay and not target_ids:
            mode = "visit"
        # "arrived in Rome for an audience with the Pope": whom the trip is to meet is the host
        met = arrival and bool(target_ids) and bool(self._meeting_partner(head, set(source_ids)))
        if plover == "CONSULT" and mode == "visit" and source_ids and (arrival or not target_ids) and not met:
            # "the Chinese premier arrived in Moscow on a three-day visit": the host is where the visit is
            places, country = self._place(
                [head, f.noun, _governing_verb(head) if f.noun is not None else None]
            )
            if country is not None and country not in self._countries(source_ids):
                targets, target_ids = places, [country]
            elif arrival:
                return None  # "the president arrived in Lima": home again, no one visited
        if plover in ("AGREE", "CONCEDE", "RETREAT") and source_ids and not target_ids:
            # "under growing pressure from Washington, agreed to step down": one yields to whoever presses
            targets = _others(self._pressed_by(head, source_head), set(source_ids))
            if not targets:  # "backed down and agreed to let U.N. investigators into Kosovo": whom it lets
                targets = _others(self._yielded_to(head), set(source_ids))
            paid = r._object(content) if plover == "AGREE" and content is not None else None
            # "agreed to pay about $900 million of its U.N. arrears": whom the debt is owed
            owed = [
                t for t in (paid.subtree if paid is not None else ()) if {t.lower_, r.noun_base(t)} & _OWED
            ]
            # "agreed to write off the debt owed to them by Mozambique", "half of what Poland owes them": a
            # debt eased is eased for the debtor
            debtor = (
                self._debtor(paid) if paid is not None and r.verb(content) not in ("pay", "repay") else []
            )
            if not targets and debtor:
                targets = _others(debtor, set(source_ids))
            if not targets and owed:
                targets = _others(r.phrase_mentions(owed[0]), set(source_ids))
            target_ids = _uniq([a for m in targets for a in m.actor_ids])
        if plover == "REJECT" and source_ids and not target_ids and f.noun is None:
            named = self._rejected_party(head, content, set(source_ids))
            target_ids = _uniq([a for m in self._with_conjuncts(named) for a in m.actor_ids])
        sent_to = self._prep_mentions(head, {"to"}, set(source_ids)) if plover == "MOBILIZE" else []
        frontier = any(
            r.noun_base(p) in _FRONTIERS for c in head.children if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children
        )  # fmt: skip
        sent = target_ids and not frontier and {a for m in sent_to for a in m.actor_ids} == set(target_ids)
        # "moved bombers to Guam as tension with North Korea rose": whom forces are readied against, not where
        # they are sent
        if sent and (provoked := self._provoked_by(head, set(source_ids))):
            targets, target_ids = provoked, _uniq([a for m in provoked for a in m.actor_ids])
        if (
            plover == "MOBILIZE"
            and source_ids
            and target_ids
            and (aimed := self._aimed(head, set(source_ids)))
        ):
            # "flew troops to Honduras in a show of force aimed at Nicaragua": whom it faces, not where it is
            targets, target_ids = aimed, _uniq([a for m in aimed for a in m.actor_ids])
        if plover == "SANCTION" and source_ids and (hosts := self._mission_host(head, f, set(source_ids))):
            # "closed the Jordanian embassy in Baghdad", "ordered the closure of its embassy in Baghdad": the
            # state the mission was in, not the one whose mission it is
            targets, target_ids = hosts, _uniq([a for m in hosts for a in m.actor_ids])
        if plover in ("RETREAT", "CONCEDE") and source_ids and not target_ids:
            # "declared a ceasefire in response to the Turkish government's offer of talks": the one answered
            targets = self._party_answered(head, set(source_ids))
            target_ids = _uniq([a for m in targets for a in m.actor_ids])
        if plover == "MOBILIZE" and source_ids and not any(r.countries.get(a) for a in target_ids):
            # "massed troops on its border with Syria", "near the Iraqi border": forces readied at a frontier
            # face the country across it; a body of no country there is a place ("along the Line of Control")
            faced = (
                self._across_border(head, set(source_ids))
                or self._aimed(head, set(source_ids))
                # a weapons test answering another's is aimed at no one: "test-fired its Ghauri missile,
                # three days after India tested its Agni"
                or (self._provoked_by(head, set(source_ids)) if mode != "weapons" else [])
                or self._within_reach(head, set(source_ids))
                or self._readied_for(head, set(source_ids))
            )
            if faced or not target_ids:
                targets, target_ids = faced, _uniq([a for m in faced for a in m.actor_ids])
        inquiry = plover == "ACCUSE" and mode == "investigate"
        # "halted military operations in Georgia": a de-escalation is aimed where the fighting was
        drawdown = plover == "RETREAT" and mode in ("withdraw", "ceasefire")
        cut_off = plover == "SANCTION" and self._cuts_aid(head)
        if (plover == "AID" or inquiry or drawdown or cut_off) and source_ids and not target_ids:
            # "airlifted food to earthquake victims in Haiti", "resumed aid deliveries in Baghdad": aid goes
            # to the country where it is delivered, and aid cut off ("suspended aid deliveries in Mogadishu")
            # was going there; "exhumed a mass grave near Srebrenica": an inquiry looks into the place;
            # "reduced its troop levels in Moldova": forces drawn down leave the country they are in
            near = inquiry or drawdown or cut_off or plover == "AID"
            places, country = self._place([head, f.noun, r._object(head) if near else None])
            if country is not None and country not in self._countries(source_ids):
                targets, target_ids = places, [country]
            elif (
                inquiry and (home := self._home(source_ids)) is not None and self._story_countries() == {home}
            ):
                # "Italian magistrates opened an investigation into bribes paid to senior officials": an
                # inquiry at home, into no one the story places elsewhere
                target_ids = [home]
        by_place = False  # a recipient guessed from where the act happens, which a named complier overrides
        # members of a group of no known country ("60 suspected members of the Islamic Group") are of the
        # story's country; not a broadcaster's correspondent
        members = r._object(head) if f.noun is None else None
        stateless = not target_ids or (
            members is not None
            and r.noun_base(members) in _MEMBERS
            and all(a.startswith("org:") and a not in r.placed for a in target_ids)
        )
        if plover in ("ASSAULT", "COERCE") and (not (source_ids and target_ids) or stateless):
            # an attack or a curfew "in Samarra" with no named side: CAMEO codes the unnamed side by the
            # place, the attacker as that country's unidentified armed forces (UAF)
            # "a car bomb exploded outside a police station in Bilbao": the verb the noun is subject of
            said = head.head if head.dep_ in ("nsubj", "nsubjpass") and head.head.i != head.i else None
            said = said or (
                _governing_verb(head) if head.tag_.startswith("NN") else None
            )  # "imposed ... in Kosovo"
            undergoer = r.subject(head) if f.trigger.subject_is == "recipient" else None  # "positions in X"
            # "soldiers were wounded when a roadside bomb exploded next to their patrol in southern Lebanon"
            when = next(
                (c for c in head.children if c.dep_ == "advcl" and _marked(c, frozenset({"when"}))), None
            )
            # and the verb joined to it: "fired tear gas and detained dozens of people in Kuala Lumpur"
            joined = next((c for c in head.children if c.dep_ == "conj" and c.tag_.startswith("VB")), None)
            joined_obj = r._object(joined) if joined is not None else None
            # what the when-clause's act struck: "when a car bomb struck a hotel in the Somali capital"
            struck = r._object(when) if when is not None else None
            # what the attack the noun names hit: "a mortar attack damaged a police station in Newry"
            hit = r._object(said) if said is not None and head.dep_ == "nsubj" else None
            places, country = self._place(
                [head, f.noun, source_head, said, undergoer, when, joined, joined_obj, struck, hit]
            )
            if (
                plover == "ASSAULT"
                and not target_ids
                and (owner := self._mission_struck([head, said], set(source_ids)))
            ):
                # "a car bomb exploded outside the Israeli embassy in Buenos Aires": the mission's state
                targets, target_ids = owner, _uniq([a for m in owner for a in m.actor_ids])
            obj = r._object(head) if f.noun is None else None
            # "using thousands of Karen villagers as forced porters": those the noun's verb acts on
            used = _governing_verb(head) if f.noun is not None and head.dep_ == "pobj" else None
            used_on = r._object(used) if used is not None and head.head.lower_ == "as" else None
            obj = obj or (used_on if used_on is not None and used_on.i != head.i else None)
            if country is None and obj is not None:  # "ambushed a bus carrying settlers near Ramallah"
                places, country = self._places_within(obj)
            told_of_victims = f.noun is None and any(c.dep_ == "nsubjpass" for c in head.children)
            if (
                country is None
                and not source_ids
                and not target_ids
                and told_of_victims
                and len(story := self._story_countries()) == 1
            ):
                # "dozens of villagers were hacked to death in a raid on a farming community, Nigerian police
                # said": with no side and no place named, the story's one country
                (country,) = story
            if country is not None and not target_ids:
                targets, target_ids = places, [country]  # a curfew in one's own town is domestic
                by_place = True
            home = self._home(source_ids)
            # "UNITA rebels shelled the besieged city of Kuito": an insurgency at home; "Sudanese government
            # planes bombed a hospital in the rebel-held south": a state's forces at home
            at_home = source_sector in _DOMESTIC or (obj is not None and not self._foreign_object(head))
            # coercion falls on people under one's rule: a border named beside it ("forced porters along the
            # Thai border") does not make the story another country's too; an attack may cross it
            story = self._beyond_borders() if plover == "COERCE" else self._story_countries()
            if stateless and at_home and home is not None and story <= {home}:
                target_ids = [*target_ids, home]
            if country is not None and not source_ids and (source_sector or plover == "ASSAULT"):
                sources, source_ids, source_sector = places, [country], source_sector or "UAF"
            # "an American businessman was detained in Beijing", "migrants were deported from Thailand", "a
            # reformist was sentenced": an arrest or a deportation told without its doer is the state's where
            # it happens, or, in a story of one country, that country's
            doer, undergone = r.passive_agent(head) if f.noun is None else (None, None)
            unsaid = mode in _STATE_ACTS and doer is None and undergone is not None
            if unsaid and not source_ids:
                expelled_from = self._prep_mentions(head, {"from"}, set()) if mode == "deport" else []
                held = {a for m in expelled_from for a in m.actor_ids} or ({country} if country else set())
                if len(held) == 1 and not held & _HELD_GROUND:
                    sources, source_ids, source_sector = expelled_from or places, list(held), "GOV"
            if (
                unsaid
                and not source_ids
                and not target_ids
                and len(story := self._story_countries()) == 1
                and r.sector(undergone) is not None  # people, not "foreign interference would be outlawed"
            ):
                # "Kurdish villagers were rounded up ... after Iraqi troops regained the area": people of no
                # named country held in a story of one country are its, and held by it
                target_ids = list(story)
            one_state = r.named_countries == {self._home(target_ids)}
            measure = mode in _STATE_MEASURES or (unsaid and one_state)
            state = self._home(target_ids) if measure and not source_ids else None
            if state is not None and state not in _HELD_GROUND:
                # "a curfew was imposed on the Indian city of Coimbatore": only the state there imposes one
                sources, source_ids, source_sector = targets, [state], "GOV"
        if plover == "RETREAT" and mode == "release" and not source_ids and source_sector in _IRREGULARS:
            # "were released by their kidnappers in Baghdad": captors of no named country are the place's
            # "freed American hostage David Jacobsen in Beirut": the place may hang on the freed
            freed = r._object(head)
            # "soldiers held by Chechen rebels were released": the captors the freed are told held by
            captors = [
                p for a in (freed.children if freed is not None else ()) if a.dep_ == "acl"
                for c in a.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
            ]  # fmt: skip
            held_by = [
                m for p in captors for m in r.phrase_mentions(p) if any(map(r.countries.get, m.actor_ids))
            ]
            places, country = self._place([head, f.noun, source_head, freed])
            if country is None and freed is not None:  # "hostages held by rebels on the island of Jolo"
                places, country = self._places_within(freed)
            if country is None and freed is not None:
                # "Terry Anderson, the longest-held Western hostage in Lebanon, was freed by his captors"
                held_in = [
                    m for t in freed.subtree if t.dep_ == "pobj" and t.head.lower_ in ("in", "inside")
                    for m in r.phrase_mentions(t)
                ]  # fmt: skip
                homes = {r.countries.get(a) for m in held_in for a in m.actor_ids}
                if len(homes) == 1 and None not in homes:
                    places, country = held_in, homes.pop()
            if held_by:
                sources, source_ids = held_by, _uniq([a for m in held_by for a in m.actor_ids])
            elif country is not None and country not in self._countries(target_ids):
                sources, source_ids = places, [country]
        target_home = self._home(target_ids)
        if (
            not source_ids
            and source_sector in _DOMESTIC - {"REF"}
            and r.named_countries == {target_home}
            and not any(m.kind == "adjective" and self._marks_people(m) for m in targets)
            and not any(self._far_side(m) for m in targets)  # "farmers closed the crossing with Spain"
        ):
            # "rebels ambushed a Ugandan army convoy", "the opposition rejected President Moi's offer": in a
            # story about one country, a group of no named country acting on its state is of it; not on its
            # people ("rebels freed two Dutch engineers")
            source_ids = [target_home]
        if plover == "THREATEN" and content is not None and source_ids and not target_ids:
            # "threatened to attack tourist resorts in Turkey": the threatened act's place, as an attack's
            # "to impose a curfew in Srinagar", "troops would be ordered to clear protesters from Bangkok's
            # airports": where the acts within it, or what they act on, are
            acts = [t for t in content.subtree if t.tag_.startswith("VB")]
            places, country = self._place([*acts, *(r._object(t) for t in acts)])
            if any(self._meeting_place(m) for m in places):
                places, country = [], None  # "to pull out of the talks in Geneva": a venue, not a target
            # "would retaliate with all its might against any Israeli attack": whoever would do the deed
            deeds = [
                (t, trig) for t in content.subtree
                if t.tag_.startswith("NN") and any(c.lower_ == "any" and c.dep_ == "det" for c in t.children)
                and (trig := r._noun_entry(t)) is not None
            ]  # fmt: skip
            answered = [
                m for t, trig in deeds if _material(trig.type) and not _cooperative(trig.type)
                for m in self._noun_arguments(t, trig.type)[0]
            ]  # fmt: skip
            if country is None and (doers := _others(answered, set(source_ids))):
                targets, target_ids = doers, _uniq([a for m in doers for a in m.actor_ids])
            if country is not None:
                targets, target_ids, by_place = places, [country], True
            home = self._home(source_ids)
            # "threatened to impose a curfew", "warned that troops would clear protesters": a threat of
            # measures at home, or against its own people, in a story about no other country
            at_home = (
                mode in ("restrict", "ban", "arrest")
                or any(t.tag_.startswith("NN") and r.sector(t) in _DOMESTIC for t in content.subtree)
            ) and not any(t.lower_ in _FOREIGN for t in content.subtree)  # not "to expel foreign journalists"
            if not target_ids and at_home and home is not None and r.named_countries <= {home}:
                target_ids = [home]
            own_act = not any(c.dep_ in _SUBJECTS for c in content.children)  # not "that they would pay"
            if not target_ids and own_act and (far := self._around(content, set(source_ids))):
                # "threatened on Monday to pull out of the 1994 nuclear agreement with the United States":
                # the threatened act's own recipient, too far from the threat to be read from it
                targets, target_ids = far, _uniq([a for m in far for a in m.actor_ids])
            against = [
                m for t in content.subtree if t.dep_ == "prep" and t.lower_ == "against" for p in t.children
                if p.dep_ == "pobj" for m in _others(r.phrase_mentions(p), set(source_ids))
            ]  # fmt: skip
            if not target_ids and own_act and against:
                # "threatened to use force to defend its claim to the island of Abu Musa against the United
                # Arab Emirates": whom the threatened force is against, however deep in the act
                targets, target_ids = against[:1], _uniq(against[0].actor_ids)
        if (
            plover == "THREATEN"
            and content is not None
            and (hit := self._sanctions_sought(content, source_ids))
        ):
            # "threatened to seek U.N. sanctions against North Korea": whom the measures would hit, not the
            # body asked for them
            targets, target_ids = hit, _uniq([a for m in hit for a in m.actor_ids])
            mode = _THREATEN_MODES.get("SANCTION", mode)
        modality, claimants, condition = self._modality(f, source_ids)
        own_side = set(source_ids) | {c for c in self._countries(source_ids) if c}
        if modality == "negated" and source_ids and set(target_ids) <= own_side and _cooperative(plover):
            # "would not negotiate until Israel withdrew from the Golan", "would not release the hostages
            # until the United States lifted the blockade": whoever must act first
            first = [
                c
                for c in head.children
                if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "until" for g in c.children)
            ]
            subjects = [g for c in first for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if first_doers := _others([m for g in subjects for m in r.phrase_mentions(g)], own_side):
                targets, target_ids = first_doers, _uniq([a for m in first_doers for a in m.actor_ids])
        if plover in ("REJECT", "CONCEDE") and modality == "negated" and self._force_not_ruled_out(head):
            # "did not rule out the use of force against Iraq": a threat (CAMEO 138)
            plover, mode, cameo, modality = "THREATEN", "violence", None, "asserted"
        if (
            plover == "SUPPORT"
            and modality == "future"
            and cameo != "057"  # "ready to sign the treaty" is a pledge
            and r.verb(head) not in _TIES_MADE  # so is "ready to normalise relations with Washington"
            and head.dep_ == "xcomp"
            and head.head.lower_ in _WILLING
        ):
            modality = "asserted"  # "said they were ready to back Jonathan's bid": support voiced now
        armed_for = next((c for c in head.children if _to_use_against(c)), None)
        self_told = not claimants or set(claimants) <= set(source_ids)
        if f.trigger.subject_is == "accused" and armed_for is not None and self_told:
            # "a group claims to be training suicide bombers to use against American targets": its own word
            # of fighters readied for use on a named party is a threat to it (CAMEO 138)
            plover, mode, cameo, modality, claimants = "THREATEN", "violence", None, "asserted", []
            use = next((p for p in armed_for.children if p.lower_ == "use"), armed_for)  # "for use against"
            targets = _others(self._prep_mentions(use, {"against"}, set()), set(source_ids))
            target_ids = _uniq([a for m in targets for a in m.actor_ids])
        elif f.trigger.subject_is == "accused":
            if not claimants or modality != "claimed":
                return None  # told by the writer, or as what may come ("if Damascus continued to shelter")
            targets, target_ids = sources, source_ids
            sources = self._speaker_mentions(f, claimants)
            source_ids, modality, claimants = claimants, "asserted", []
        if (
            not source_ids
            and any(self._countries(claimants))
            and (modality == "negated" or (modality == "future" and _cooperative(plover)))
            and any(c.dep_ == "auxpass" for c in head.children)
            and not any(c.dep_ == "agent" for c in head.children)
        ):
            # "IAEA inspectors will not be allowed to visit Iran's military sites, Khamenei said", "normal
            # relations with Hanoi will be restored": a passive with no doer, told of what will not be done
            # or of a step to come, is the speaker's own refusal or pledge
            sources = self._speaker_mentions(f, claimants)
            source_ids, claimants = claimants, []
        if r.verb(head) == "tolerate":  # "would not tolerate any interference": a warning; tolerating is none
            if modality != "negated":
                return None
            modality = "future"
        # "prepared to lift emergency law": a measure on one's own people, eased or offered to be, is aimed at
        # home
        eased_at_home = plover == "CONCEDE" and (
            bool({w for o in r._objects(head) for w in r._object_words(o)} & _MEASURES_AT_HOME)
            # "prepared to lift the ban on political rallies": a curb on public life at home
            or any(
                r.noun_base(p) in _PUBLIC_LIFE
                for o in r._objects(head) for c in o.children if c.dep_ == "prep" and c.lower_ == "on"
                for p in c.children if p.dep_ == "pobj"
            )
        )  # fmt: skip
        home_measure = plover in ("CONCEDE", "COERCE") and (
            (plover == "CONCEDE" and modality not in ("future", "hypothetical"))
            or mode in _HOME_MEASURES
            or eased_at_home
        )
        yielded = plover == "RETREAT" and (mode == "release" or (mode is None and modality == "asserted"))
        # not foreigners freed: "three foreign hostages were freed"
        yielded = yielded and not any(t.lower_ in _FOREIGN for t in (f.noun or head).subtree)
        if (
            (home_measure or yielded)
            and not target_ids
            and (home := self._home(source_ids)) is not None
            and self._beyond_borders(sponsors=True) <= {home}
        ):
            # "Zimbabwean authorities seized white-owned farms", "took steps to enhance political freedoms": a
            # state's measures at home, for or against no one named, are a domestic event (ZWE to ZWE); an
            # offer to yield ("offered to freeze its nuclear programme") is made to whoever asked. So are
            # captives freed ("ready to release southern leaders jailed after the war") and a blockade lifted
            # at home
            target_ids = [home]
        # "shut the port in protest": who protests is who did what the protest is the reason for
        done = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "in" else None
        doer = source_sector or (
            r.sector(r.subject(done)) if done is not None and done.tag_.startswith("VB") else None
        )
        if not source_ids and not target_ids and plover == "PROTEST" and doer in _DOMESTIC:
            # "dock workers paralysed the port of Antwerp in protest against privatisation": people of no
            # named country protesting where the one country the sentence names is are its own
            only = {  # not "the crossing with Spain"
                c for m in self._sole_other(head, []) if not self._far_side(m)
                for a in m.actor_ids if (c := r.countries.get(a))
            }  # fmt: skip
            source_ids = target_ids = sorted(only) if len(only) == 1 else []
        if not source_ids and not target_ids:
            return None
        home = self._home(source_ids)
        if (
            plover == "SANCTION"
            and mode == "sanction"
            and home is not None
            and self._countries(target_ids) == {home}
        ):
            # "the junta froze the bank accounts of former ministers": a state's sanction on its own people
            # is a seizure at home, not a cut in relations
            plover, mode, cameo = "COERCE", "seize", None
        if (plover == "MOBILIZE" or (plover == "AID" and mode == "military")) and any(
            _to_use_against(c) for c in head.children
        ):  # also fighters trained "to use against Israel"
            # "manufacturing chemical weapons to use against the United States": arms readied for use on a
            # named party are a threat to it (CAMEO 138)
            plover, mode, cameo = "THREATEN", "violence", None
        if plover == "MOBILIZE" and len(source_ids) > 1 and not target_ids:
            plover, mode, cameo = "COOPERATE", None, "062"  # joint exercises and deployments
        if plover in ("COERCE", "ASSAULT") and len(source_ids) > 1 and self._done_jointly(head):
            # "French and Spanish police jointly arrested five ETA suspects": the two sides' cooperation,
            # judicial for an arrest, military for force; its target is no party to it
            plover, cameo = "COOPERATE", "063" if mode == "arrest" else "062"
            mode, targets, target_ids = None, [], []
        if plover == "ASSAULT" and mode is None:
            mode = self._weapon_mode(head, source_head)
        if mode == "aerial" and r.verb(head) == "bomb" and source_sector in _DOMESTIC:
            mode = "explosives"  # states bomb from the air; separatists and gunmen plant bombs
        # "the army prepared to resume shelling": forces readied, a show of force (CAMEO 15); not "ready to
        # cross into Iraq if Baghdad failed to act", a threat
        conditional = condition is not None or any(t.dep_ == "mark" and t.lower_ in _IF for t in head.subtree)
        # nor "ready to use force": a word of force, not forces moved
        readied = (
            plover in ("ASSAULT", "COERCE")
            and self._readied(head)
            and not conditional
            and r.verb(head) != "use"
        )
        if readied:
            plover, mode, cameo = "MOBILIZE", "weapons" if mode == "heavy-weapons" else "troops", None
        if readied and modality == "future":
            modality = "claimed" if claimants else "asserted"  # the readying is what happened
        if condition is None and plover == "THREATEN" and f.content is not None:
            # "warned that Beijing would not hesitate to use force if Taiwan declared independence": the
            # warning's condition is the one its content is under
            condition = next((c for t in f.content.subtree if (c := self._condition_of(t)) is not None), None)
        threat = modality in ("future", "hypothetical") and _material(plover) and not _cooperative(plover)
        # "willing to withdraw from Badme if Ethiopia agreed to a ceasefire": an offer is made to whoever must
        # comply, as a threat is
        offer = modality in ("future", "hypothetical") and _cooperative(plover)
        # "threatened to withdraw from the Non-Proliferation Treaty": a treaty is no one to comply
        unplaced = not any(a in r.placed for a in target_ids)
        # "would close the Strait of Hormuz if the European Union went ahead with an embargo": one's own
        # ground is no one to comply
        at_own = bool(target_ids) and set(target_ids) <= self._countries(source_ids)
        if (
            condition is not None
            and (unplaced or protest_default or by_place or at_own)
            and (plover in ("THREATEN", "REQUEST") or threat or offer)
            and (complier := self._condition_subject(condition, set(source_ids)))
            # not a state body guessed to be one's own, against a place abroad the act is aimed at ("would
            # resume attacks inside Israel if the army did not withdraw")
            and not (
                by_place
                and all(m.kind == "body" for m in complier)
                and self._countries([a for m in complier for a in m.actor_ids]) <= self._countries(source_ids)
                and not set(target_ids) <= self._countries(source_ids)
            )
        ):
            # "threatened to attack unless Baghdad accepted", "would boycott the talks if Israel resumed
            # building": who must comply is who is threatened
            targets, target_ids = complier, _uniq([a for m in complier for a in m.actor_ids])
        if source_ids and plover in _VERBAL and (served := _others(self._served_on(head), set(source_ids))):
            targets, target_ids = served, _uniq([a for m in served for a in m.actor_ids])
        if source_ids and not target_ids and not joint_pact:
            # whom the act faces, told beside it: the doer of a deed found out ("found evidence that Croatian
            # troops killed civilians"), whoever would set off a threat ("in the event of a U.S. attack"), and
            # whom a statement or a pledge is addressed to ("In a letter to the U.N. Security Council, Iraq
            # said it was willing to ..."); not the actor's own country ("a U.S. attack on Iranian territory")
            own = set(source_ids) | {c for c in self._countries(source_ids) if c}
            targets = (
                (_others(self._told_doer(head), own) if plover == "ACCUSE" else [])
                or (_others(self._in_the_event_of(head), own) if plover == "THREATEN" else [])
                or (
                    _others(self._addressed_to(head), own)
                    if plover in _VERBAL or modality in ("future", "hypothetical")
                    else []
                )
            )
            target_ids = _uniq([a for m in targets for a in m.actor_ids])
        if (
            source_ids
            and not target_ids
            and not joint_pact
            and plover in _ADDRESSED_ACTS
            and modality not in ("future", "hypothetical", "negated")
            and (len(source_ids) == 1 or self._home(source_ids) is not None)
        ):
            # an appeal, a charge, a sanction, praise or aid with no recipient in its own phrases goes to the
            # one other party the sentence names ("The EU suspended aid after the coup, diplomats in Niamey
            # said"), or the first named after it; a guess, which adds nothing to the confidence
            calm = plover in ("SUPPORT", "AID", "COOPERATE", "REQUEST")
            targets = self._sole_other(
                head, source_ids, nearest_after=True, calm=calm, asked=plover == "REQUEST"
            )
            guessed = [a for m in targets for a in m.actor_ids]
        else:
            guessed = []
        if not source_ids and head.dep_ == "csubj" and _ruled_out(head.head) and head.head.dep_ == "ccomp":
            # "Israel said withdrawing from the Golan was out of the question": the speaker's refusal
            sayer = r.subject(head.head.head)
            sources = r.phrase_mentions(sayer) if sayer is not None else []
            source_ids = _uniq([a for m in sources for a in m.actor_ids])
        confidence = self._confidence(f, source_ids, target_ids)
        target_ids = target_ids or _uniq(guessed)
        # a charge made by a speaker of no known side ("Islamic foreign ministers condemned Israel's
        # annexation of East Jerusalem") is no one's the sentence names: the other party named is mostly the
        # wronged one
        unplaced_speaker = plover == "ACCUSE" and source_head is not None and source_head.dep_ == "nsubj"
        if not source_ids and not unplaced_speaker:
            # a deed told without its doer ("two soldiers were wounded when a bomb went off in southern
            # Lebanon") is the one other party's the sentence names, if it names just one, leaving out whoever
            # reports it: a guess, as above
            sources = self._sole_other(head, [*target_ids, *claimants], source_head)
            # not a party of a clause that only dates the act ("after it signed a peace treaty with Israel")
            dated = [
                range(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in head.children
                if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _TIME_MARKS for g in c.children)
            ]  # fmt: skip
            if plover == "PROTEST":
                # nor what is protested ("marched on Friday, protesting U.S. policy")
                dated += [
                    range(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in head.children
                    if (c.dep_ in ("advcl", "xcomp") and r.verb(c) == "protest")
                    or (c.dep_ == "prep" and c.lower_ in ("against", "over", "at"))
                    or (c.dep_ == "prep" and any(r.noun_base(p) == "protest" for p in c.children))
                ]  # fmt: skip
            if plover == "ACCUSE":
                # nor one named in the charge ("was accused of inflating the dangers of Syria's programmes")
                dated += [
                    range(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in head.children
                    if c.dep_ == "prep" and c.lower_ in ("of", "for", "over")
                ]  # fmt: skip
            sources = [m for m in sources if not any(m.start in d for d in dated)]
            if source_head is not None and source_head.tag_ == "PRP":
                # "they" or "it" left unresolved stands for a party named before it, not one named after
                sources = [m for m in sources if m.end <= source_head.idx]
            source_ids = _uniq([a for m in sources for a in m.actor_ids])
        home = self._home(target_ids)
        if (
            not source_ids and source_sector in _DOMESTIC | {"PTY"} and home is not None
            and r.named_countries == {home} and any(self._state_body(m) for m in targets)
        ):  # fmt: skip
            # "the pro-Kurdish HADEP party issued a statement demanding that the Turkish government ...": a
            # party, a union or rebels the gazetteer does not know, acting on the one state a story names, are
            # its own
            sources, source_ids = [m for m in targets if home in m.actor_ids][:1], [home]
        if plover != "MOBILIZE":
            # "blocked the highway between La Paz and the Chilean border": a country named only as whose
            # border a place is, beside another recipient, is no party (forces readied at a border face
            # across it)
            edge = {a for m in targets if self._border_of(m) for a in m.actor_ids}
            edge -= {a for m in targets if not self._border_of(m) for a in m.actor_ids}
            if edge and set(target_ids) - edge:
                targets = [m for m in targets if not set(m.actor_ids) & edge]
                target_ids = [a for a in target_ids if a not in edge]
        event = Event(
            start=f.start,
            end=f.end,
            text=text[f.start : f.end],
            confidence=confidence,
            plover=plover,
            mode=mode,
            condition=condition,
            source_ids=source_ids,
            target_ids=target_ids,
            sources=[Span.over(text, m.start, m.end) for m in sources],
            source_sector=source_sector,
            target_sector=target_sector,
            targets=[
                Span.over(text, m.start, m.end) for m in targets if any(a in target_ids for a in m.actor_ids)
            ],
            modality=modality,  # type: ignore[arg-type]
            claimant_ids=claimants,
            reciprocal=reciprocal,
            main=self._main(head, found),
            location=self._location(head),
            date=self._date(head, modality),
            context=list(self._context),
            sentence=index,
        )
        event.cameo, event.quad_class, event.intensity = _codes(event, cameo)
        return event

    def _sole_other(
        self,
        head: Token,
        side: list[str],
        read: Token | None = None,
        *,
        nearest_after: bool = False,
        calm: bool = False,
        asked: bool = False,
    ) -> list[Mention]:
        """The mentions of the one party of the sentence other than the given side, if it names just one
        (actors of one country count as one party); when it names several, with `nearest_after`, the first
        named after the act, else none. Names in the phrase already `read` for the side were weighed there
        and left out ("the Ugandan-backed rebels"). A `calm` act (praise, aid, an appeal) is not aimed at
        the parties of a clause that only dates it ("called for calm after riots, as Singapore and Malaysia
        voiced concern"), as a charge or a sanction may be at the one whose deed it answers."""
        r = self.r
        own = set(side) | {c for c in self._countries(side) if c}
        parties: dict[str, list[Mention]] = {}
        weighed = _char_range(read) if read else range(0)
        # nor who reacts to it: "signed a treaty ..., drawing sharp criticism from Israel"
        aside = [
            t for t in head.sent
            if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj") and t.lower_ in _REACTING
            and t.i > head.i
        ]  # fmt: skip
        # nor who does something else meanwhile: "set up an inquiry into the riots, as neighbouring Niger
        # tightened its border controls"
        aside += [
            g for t in head.sent
            if t.dep_ == "advcl" and head.i not in _span_range(t)
            and any(m.dep_ == "mark" and m.lower_ in ("as", "while") for m in t.lefts)
            for g in t.children if g.dep_ in _SUBJECTS
        ]  # fmt: skip
        # nor who tells of it after the fact: "..., Russian news agencies reported"; but where they are may
        # say where it happened ("..., diplomats in Niamey said")
        told_by = [
            range(g.left_edge.idx, g.idx + len(g)) for t in head.ancestors
            if t.i > head.i and t.lower_ in _SAY_FORMS
            for g in t.children
            if g.dep_ in _SUBJECTS and g.i > head.i and g.doc[g.left_edge.i - 1].text == ","
        ]  # fmt: skip
        if calm:
            aside += [
                t for t in head.sent
                if head.i not in _span_range(t)
                and (
                    (t.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _TIME_MARKS for g in t.lefts))
                    or (t.dep_ == "prep" and t.lower_ in ("after", "before", "since", "following"))
                )
            ]  # fmt: skip
        if asked:  # nor whom what is asked for would help: "appealed for grain to feed victims in Ethiopia"
            aside += [
                t for t in head.subtree
                if t.i > head.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
                and not any(a.dep_ in _SUBJECTS for a in t.children)  # "a call for India to reduce"
                and (t.dep_ in ("advcl", "acl", "relcl") or (t.dep_ == "xcomp" and t.lower_ in _BENEFITING))
            ]  # fmt: skip
        set_aside = [_char_range(t) for t in aside] + told_by
        for m in r._inside(head.sent.start_char, head.sent.end_char):
            if (
                m.start in weighed
                or r.names_pact(m)
                or self._venue(m, head)
                or any(m.start in x for x in set_aside)
            ):
                continue  # nor where the act happens: "signed a peace accord in Lome"
            for a in m.actor_ids:
                party = r.countries.get(a) or (a if a in r.placed else None)
                if party is not None and party not in own and a not in own:
                    parties.setdefault(party, []).append(m)
        if len(parties) == 1:
            return next(iter(parties.values()))
        after = [ms for ms in parties.values() if ms[0].start > head.idx]
        if not (nearest_after and after):
            return []
        first = min(after, key=lambda ms: ms[0].start)[0]
        # with those joined to it: "a ceasefire in the war between Iran and Iraq"
        span = r.doc.char_span(first.start, first.end, alignment_mode="expand")
        joined = _others(r.phrase_mentions(span.root), own) if span is not None else []
        return joined if first in joined else [first]

    def _told_doer(self, head: Token) -> list[Mention]:
        """The subject of a clause on the verb's object ("evidence that Croatian troops killed ...")."""
        obj = self.r._object(head)
        if obj is None:
            return []
        for c in obj.children:
            if c.dep_ in ("acl", "ccomp") and _marked(c, frozenset({"that"})):
                subject = next((g for g in c.children if g.dep_ in _SUBJECTS), None)
                if subject is not None:
                    return self.r.phrase_mentions(subject)
        return []

    def _struck(self, noun: Token) -> tuple[list[Mention], str | None]:
        """The one country a protest told as a noun brings to a halt: what it "paralysed" or "shut", or who
        "was paralysed by" it ("a general strike paralysed Lagos", "Haiti was crippled by a strike")."""
        r, verb = self.r, noun.head
        if noun.dep_ == "nsubj":
            hit = r._object(verb)
        elif noun.dep_ == "pobj" and verb.dep_ == "agent":
            hit = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        else:
            return [], None
        if hit is None:
            return [], None
        found = r.phrase_mentions(hit)
        countries = {r.countries.get(a) for m in found for a in m.actor_ids}
        if len(countries) == 1 and None not in countries:
            return found, countries.pop()
        return self._place([noun.head, hit])  # "crippled ports across Britain"

    def _protested_at(self, head: Token) -> list[Mention]:
        """Whom an act done "in protest at", "against" or "over" something protests: "in protest at India's
        policies in Kashmir" (the owner first, not the place); or done to voice anger at it ("marched to vent
        their anger at Japan")."""
        r = self.r
        protests = [
            p for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children if p.dep_ == "pobj" and r.noun_base(p) == "protest"
        ]  # fmt: skip
        protests += [
            o for c in head.children if c.dep_ in ("advcl", "xcomp")
            for o in c.children if o.dep_ == "dobj" and r.noun_base(o) in _ANGER
        ]  # fmt: skip
        aims = [q for p in protests for c in p.children if c.dep_ == "prep" and c.lower_ in _PROTESTED
                for q in c.children]  # fmt: skip
        # "marched through Nairobi, protesting U.S. policy", "denouncing Saudi Arabia's rulers": what the
        # participle protests
        aims += [
            o for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and r.verb(c) in _DECRYING
            for o in c.children if o.dep_ == "dobj"
        ]  # fmt: skip
        for q in aims:
            owners = [g for g in q.children if g.dep_ in ("poss", "amod", "compound") and g.i < q.i]
            if found := [m for o in owners for m in r.phrase_mentions(o)] or r.phrase_mentions(q):
                return found
        return []

    def _ruling_out(self, noun: Token) -> Token | None:
        """Who says "there will be no" such act ("said there would be no negotiations"), if anyone."""
        be = noun.head
        if noun.dep_ != "attr" or not any(c.dep_ == "expl" for c in be.children):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return None
        return self.r.subject(be.head) if be.dep_ == "ccomp" and be.head.lower_ in _SAYING_FORMS else None

    def _jailer(self, held: Token | None) -> list[Mention]:
        """Whose jails prisoners are in ("Palestinian prisoners in Israeli jails"), when not their own."""
        r = self.r
        counts = []
        while held is not None and r.noun_base(held) in _COUNTING:  # "thousands of Palestinian prisoners"
            counts.append(held)
            held = _of_object(held)
        if held is None or r.noun_base(held) not in _PRISONERS:
            return []
        own = {a for m in r.phrase_mentions(held) for a in m.actor_ids}
        # the parser may hang the jails on the count, or on a participle ("prisoners held in Israeli jails")
        holders = [*(held, *counts), *(c for c in held.children if c.dep_ == "acl" and c.tag_ == "VBN")]
        jails = [
            p for t in holders for c in t.children
            if c.dep_ == "prep" and c.lower_ in ("in", "inside")
            for p in c.children if p.dep_ == "pobj" and r.noun_base(p) in _JAILS
        ]  # fmt: skip
        return next((m for p in jails if (m := _others(r.phrase_mentions(p), own))), [])

    def _own_people_held(self, f: _Found) -> Token | None:
        """The direct object of a verb of charging or holding, when it names no act ("condemned the
        expulsion"): who is charged or held, of whatever side."""
        if f.trigger.type not in ("ACCUSE", "COERCE") or f.noun is not None:
            return None
        held = next((c for c in f.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return held if held is not None and self.r._noun_entry(held) is None else None

    def _sanctions_sought(self, content: Token, source_ids: list[str]) -> list[Mention]:
        """Whom the sanctions are aimed at that a threatened act asks someone else for ("to seek U.N.
        sanctions against North Korea", "to ask the Security Council for an arms embargo on Serbia")."""
        r, own = self.r, set(source_ids)
        if (r.verb(content) or content.lower_) not in _SEEKING or any(
            c.dep_ in _SUBJECTS for c in content.children
        ):
            return []
        for t in content.subtree:
            trig = r._noun_entry(t) if t.tag_.startswith("NN") else None
            if (
                trig is not None
                and trig.type == "SANCTION"
                and (hit := _others(self._noun_arguments(t, "SANCTION")[1], own))
            ):
                return hit
        return []

    def _partner_told(self, f: _Found, targets: list[Mention]) -> list[Mention]:
        """The speaker's mentions, when the speaker tells of joint dealings "with" another side and names no
        one else in them: one tells of one's own talks."""
        noun, r = f.noun, self.r
        if noun is None or not _cooperative(f.trigger.type) or not targets:
            return []
        if not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
            return []
        partners = self._countries([a for m in targets for a in m.actor_ids]) | {
            a for m in targets for a in m.actor_ids
        }
        for q in self._quotes_around(f):
            speakers = set(q.speaker_ids) | self._countries(q.speaker_ids)
            if q.speaker_ids and not (speakers & partners) - {None}:
                return [m for s in q.speakers for m in r._inside(s.start, s.end) if m.actor_ids]
        return []

    def _spoken_in(self, tok: Token | None) -> list[Mention]:
        """The place a statement is made in ("said in Beijing", "a spokesman in Tokyo"), as a mention of its
        country."""
        r = self.r
        return [
            m for c in (tok.children if tok is not None else ()) if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
            if p.dep_ == "pobj" for m in r.phrase_mentions(p) if any(r.countries.get(a) for a in m.actor_ids)
        ][:1]  # fmt: skip

    def _against_own_rulers(self, head: Token, noun: Token | None) -> bool:
        """Is what a protest is against a state body's own deed, the body named without a country ("against
        the government's handling of the war")?"""
        r = self.r
        opposed = [
            p for t in {head, noun or head} for c in t.children if c.dep_ == "prep" and c.lower_ in _PROTESTED
            for p in c.children if p.dep_ == "pobj"
        ]  # fmt: skip
        return any(
            g.dep_ == "poss" and r.sector(g) in ("GOV", "LEG") and not r.phrase_mentions(g)
            for p in opposed for g in p.children
        )  # fmt: skip

    def _yielded_to(self, head: Token) -> list[Mention]:
        """Whom a yielding verb's joined act lets in or gives way to: "backed down and agreed to let U.N.
        investigators into Kosovo"."""
        r = self.r
        for joined in (c for c in head.children if c.dep_ == "conj" and c.tag_.startswith("VB")):
            act = r._content_act(joined) or joined
            # "to let U.N. inspectors resume their work": the parser makes the ones let the subject of what
            # they are let do
            let = [r.subject(c) for c in act.children if c.dep_ == "ccomp"] if r.verb(act) == "let" else []
            for obj in (r._object(act), *let):
                if obj is not None and (found := r.phrase_mentions(obj)):
                    return found
        return []

    def _hostages_taken(self, head: Token) -> bool:
        """Does a seizure come with hostages taken ("seized the residence, taking hundreds of hostages")?"""
        r = self.r
        for c in head.children:
            if c.dep_ in ("advcl", "conj") and c.tag_.startswith("VB") and (base := r.verb(c)):
                found = r._verb_trigger(c, base)
                if found is not None and found.trigger.type == "ASSAULT" and found.trigger.mode == "abduct":
                    return True
        return False

    def _driven_from_homes(self, head: Token) -> bool:
        """Is an expulsion a people's, en masse, from where they live ("expelled thousands of Kurdish families
        from Kirkuk"), not foreigners sent out of a country ("expelled 15 Eritreans"): a mass expulsion."""
        obj = self.r._object(head)
        return (
            obj is not None
            and _in_thousands(obj)
            and any(c.dep_ == "prep" and c.lower_ == "from" for c in (*head.children, *obj.children))
        )

    def _weapon_mode(self, head: Token, source_head: Token | None) -> str | None:
        """The mode an attack's weapons give it: what it is done "with" or "using", or what its doers are
        "armed with" or "wielding" ("a mob armed with swords attacked", "attacked the post with rockets")."""
        instruments = self.r.lex.instruments
        obj = self.r._object(head)  # the parser may hang "with rockets" on what is attacked
        tools = [
            p for o in (head, obj) if o is not None
            for c in o.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
        ]  # fmt: skip
        tools += [o for c in head.children if c.dep_ == "advcl" and c.lower_ == "using" for o in c.children]
        if source_head is not None:
            for c in source_head.children:
                if c.dep_ == "acl" and c.lower_ in ("armed", "wielding", "carrying", "brandishing"):
                    tools += [g for g in c.subtree if g.dep_ in ("pobj", "dobj")]
        for tool in tools:
            for word in (tool, *(c for c in tool.children if c.dep_ == "conj")):
                words = {self.r.noun_base(word)}
                words |= {
                    f"{c.lower_} {self.r.noun_base(word)}"
                    for c in word.lefts
                    if c.dep_ in ("compound", "amod")
                }
                mode = next((instruments[w] for w in words if w in instruments), None)
                if mode is not None:
                    return mode
        return None

    def _trade_boycott(self, noun: Token) -> bool:
        """Is a boycott of trade: imposed ("imposed a boycott on Cuba"), named so ("a trade boycott"), or of
        goods ("a boycott of Israeli goods")?"""
        r = self.r
        return (
            (noun.dep_ == "dobj" and r.verb(noun.head) in ("impose", "enforce", "tighten"))
            or any(c.dep_ in ("compound", "amod") and r.noun_base(c) in _TRADE | _ECONOMIC
                   for c in noun.lefts)
            or any(
                r.noun_base(p) in _TRADE | _GOODS
                for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on")
                for p in c.children if p.dep_ == "pobj"
            )
        )  # fmt: skip

    def _bans_trade(self, noun: Token) -> bool:
        """Is a ban on trade ("a ban on the import of Iranian oil", "a ban on arms sales")?"""
        return any(
            self.r.noun_base(p) in _TRADE or any(self.r.noun_base(g) in _TRADE for g in p.lefts)
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for p in c.children
            if p.dep_ == "pobj"
        )

    def _in_the_event_of(self, head: Token) -> list[Mention]:
        """The mentions of an "in the event of X" or "in case of X" phrase on the act or its content."""
        for tok in head.subtree:
            if tok.dep_ == "pobj" and tok.lower_ in ("event", "case") and tok.head.lower_ == "in":
                edge = tok.right_edge
                return self.r._inside(tok.idx, edge.idx + len(edge))
        return []

    def _served_on(self, head: Token) -> list[Mention]:
        """Whom notice of the act is served on: "served notice on Panama that it would not tolerate ..."."""
        tok = head
        for _ in range(3):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            if any(c.dep_ == "dobj" and c.lower_ == "notice" for c in tok.children):
                served = [
                    p for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
                ]
                return [m for p in served for m in self.r.phrase_mentions(p)]
        return []

    def _addressed_to(self, head: Token) -> list[Mention]:
        """Whom a statement is addressed to: "in a letter to X", "in a message to X", said of the act or of
        the verb of saying it hangs on."""
        tok = head
        for _ in range(6):
            for p in self.r.said_in(tok, _ADDRESSED):
                for to in (g for g in p.children if g.dep_ == "prep" and g.lower_ == "to"):
                    for addressee in (g for g in to.children if g.dep_ == "pobj"):
                        if found := self.r.phrase_mentions(addressee):
                            return found
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return []

    def _opening_place(self, head: Token) -> str | None:
        """The country of a place that opens the sentence ("In Beijing, ..."), where wire copy says whose
        officials speak."""
        first = head.sent[0]
        if first.lower_ != "in" or first.dep_ != "prep":
            return None
        edge = first.right_edge
        homes = {
            self.r.countries.get(a)
            for m in self.r._inside(first.idx, edge.idx + len(edge))
            if m.kind in _PLACE_KINDS
            for a in m.actor_ids
        }
        return homes.pop() if len(homes) == 1 and None not in homes else None

    def _state_itself(self, subject: Token | None, sector: str | None) -> bool:
        """Is the subject a state or one of its bodies ("China", "Beijing", "the foreign ministry"), not
        people of it ("Chinese students")?"""
        if subject is None:
            return False
        if sector in _STATE:
            return True
        named = self.r.mention_at(subject)
        return bool(named) and all(
            m.kind in ("name", "alias", "metonym") and all(self.r.countries.get(a) == a for a in m.actor_ids)
            for m in named
        )

    def _pressed_by(self, head: Token, subject: Token | None) -> list[Mention]:
        """Who presses the actor to act: "under pressure from X", "bowing to pressure from X", "at the
        urging of X", said of the act or of its actor."""
        for tok in [*head.subtree, *(subject.subtree if subject is not None else ())]:
            if tok.lower_ not in ("pressure", "urging", "insistence") or tok.dep_ != "pobj":
                continue
            if tok.head.lower_ not in ("under", "to", "at"):
                continue  # "after months of pressure from the Commonwealth": a cause, not who is yielded to
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "of", "by"):
                    for p in c.children:
                        if p.dep_ == "pobj" and (found := self.r.phrase_mentions(p)):
                            return found
        return []

    def _speaker_mentions(self, f: _Found, claimants: list[str]) -> list[Mention]:
        """The words naming those who tell the act, in the report around it."""
        told = [q for q in self._quotes_around(f) if set(q.speaker_ids) == set(claimants)]
        return [m for q in told[:1] for s in q.speakers for m in self.r._inside(s.start, s.end)]

    def _with_conjuncts(self, named: list[Mention]) -> list[Mention]:
        """The first of `named` with those listed beside it in one phrase ("objections from the United
        States and the European Union")."""
        if not named:
            return []
        span = self.r.doc.char_span(named[0].start, named[0].end, alignment_mode="expand")
        if span is None:
            return named[:1]
        listed = {(m.start, m.end) for m in self.r.phrase_mentions(span.root)}
        return [named[0], *(m for m in named[1:] if (m.start, m.end) in listed)]

    def _rejected_party(self, head: Token, content: Token | None, own: set[str]) -> list[Mention]:
        """Whom a refusal naming no recipient is aimed at: the party the rejected thing is for, told
        anywhere in its phrase ("voted down a treaty that would have allowed Russia's fleet to stay"), or in
        the refused act but not in an aside on it ("refused to take part in the case brought by Manila", not
        "the dispute, which Pakistan says ..."); else whoever's demand it defies."""
        r = self.r
        obj = r._object(head) or next(  # "voted down a treaty", the particle read as a preposition
            (p for c in head.children if c.dep_ == "prep" and c.lower_ in ("down", "off", "out")
             for p in c.children if p.dep_ == "pobj"),
            None,
        )  # fmt: skip
        # "voted against lifting sanctions on Iraq": what the vote was against
        against = next(
            (p for c in head.children if c.dep_ == "prep" and c.lower_ == "against"
             for p in c.children if p.dep_ in ("pcomp", "pobj")),
            None,
        )  # fmt: skip
        told = obj if obj is not None else (content if content is not None else against)
        inside = r._inside(told.left_edge.idx, told.right_edge.idx + len(told.right_edge)) if told else []
        if obj is None and content is not None:
            asides = [
                range(t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
                for t in content.subtree if t.dep_ == "relcl"
            ]  # fmt: skip
            inside = [m for m in inside if not any(m.start in a for a in asides)]
        # not a backer: "voted against the UN-backed unity government in Tripoli"
        named = _others(
            [m for m in inside if m.kind not in _PLACE_KINDS and not _BACKER.match(r.text, m.end)], own
        )
        return named or _others(self._defied(head), own)

    def _defied(self, head: Token) -> list[Mention]:
        """Whose demand a refusal defies, told beside it: "refused ..., defying an ultimatum from the West
        African bloc", "despite repeated appeals from ECOWAS", "ruled out ..., a demand the Palestinians have
        made", "rejected ..., rebuffing a British call"."""
        r = self.r
        for tok in head.subtree:
            if not tok.tag_.startswith("NN") or r.noun_base(tok) not in _DEMANDS or tok.i == head.i:
                continue
            owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod") and c.i < tok.i]
            owners += [
                p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "by")
                for p in c.children if p.dep_ == "pobj"
            ]  # fmt: skip
            owners += [g for c in tok.children if c.dep_ == "relcl" for g in c.children if g.dep_ == "nsubj"]
            found = [m for o in owners for m in r.phrase_mentions(o)]
            if found:
                return found
        return []

    def _opening_counterpart(self, head: Token) -> list[Mention]:
        """The other party of talks or a deal an opening phrase of the act's clause names: "After talks
        with Jordan's King Hussein, Rabin pledged ...", "Under an accord reached with Britain, ...", "At a
        joint news conference with Koizumi, Putin said Moscow was willing ..."."""
        r = self.r
        verb = head
        while verb.dep_ in ("xcomp", "ccomp", "acomp", "conj") and verb.head.i != verb.i:
            verb = verb.head  # the clause the opening phrase is hung on
        subject = next((c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), verb.i)
        for c in verb.children:
            if c.dep_ != "prep" or c.i > subject or c.lower_ not in _OPENING_DEALINGS:
                continue
            for p in c.children:
                if (
                    p.dep_ == "pobj"
                    and r.noun_base(p) in _COUNTING
                    and (counted := _of_object(p)) is not None
                ):
                    p = counted  # "After two days of talks with ..."
                elif p.dep_ != "pobj":
                    continue
                if r.noun_base(p) not in _COUNTERPART_NOUNS:
                    continue
                # "talks with X", or the deal's participle: "an accord reached with X"
                hosts = [p, *(g for g in p.children if g.dep_ == "acl" and g.tag_ == "VBN")]
                found = [
                    m for h in hosts for w in h.children if w.dep_ == "prep" and w.lower_ == "with"
                    for o in w.children if o.dep_ == "pobj" for m in r.phrase_mentions(o)
                ]  # fmt: skip
                if found:
                    return [m for m in found if m.kind not in _PLACE_KINDS]
        return []

    def _pressing_participle(self, head: Token) -> list[Mention]:
        """Who pressed for what a refusal turns down, in an opening participle: "Pressed by the United States
        and Britain to open up the political system, Moi ruled out ..."."""
        r = self.r
        return [
            m for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and r.verb(c) in _PRESSING
            for a in c.children if a.dep_ == "agent" for p in a.children for m in r.phrase_mentions(p)
        ]  # fmt: skip

    def _across_border(self, head: Token, own: set[str]) -> list[Mention]:
        """The country across a border the act happens at: "on its border with Syria", "along the Lebanese
        border", "near Iraq's frontier"."""
        r = self.r
        homes = own | {c for a in own if (c := r.countries.get(a))}
        objects = r._objects(head)  # "massed troops on its border with Georgia"
        # "put its forces on high alert along the border with Pakistan": the phrase hung on the alert
        # "put troops on alert for snap exercises near its border with Ukraine": what they are readied for
        objects += [
            p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "for") for p in c.children
        ]
        around = [*head.children, *(g for o in objects for g in o.children)]
        # "moved 20,000 troops close to the Kuwaiti border": the phrase hung on the adverb
        around += [
            g for c in around if c.lower_ in ("close", "closer", "near", "nearer", "next") for g in c.children
        ]
        for c in around:
            if c.dep_ != "prep" or c.lower_ not in ("on", "along", "near", "at", "to", "toward", "towards"):
                continue
            for p in c.children:
                if p.dep_ != "pobj" or r.noun_base(p) not in _FRONTIERS:
                    continue
                phrases = [
                    g for w in p.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children
                ]
                phrases += [w for w in p.children if w.dep_ in ("poss", "amod", "compound")]
                found = [m for g in phrases for m in r.phrase_mentions(g) if not set(m.actor_ids) & homes]
                if found:
                    return found
        return []

    def _keeps_peace(self, purpose: Token) -> bool:
        """Keeping the peace as a purpose: "to enforce a peace accord", "to lead a U.N.-backed force"."""
        obj = self.r._object(purpose)
        if obj is None:
            return False
        words = {self.r.noun_base(obj), *(t.lower_ for t in obj.subtree)}
        enforced = purpose.lower_ in ("enforce", "monitor", "supervise", "police") and bool(
            words & _PEACE_TERMS
        )
        led = purpose.lower_ in ("lead", "join", "reinforce", "command") and self.r.noun_base(obj) in (
            "force",
            "mission",
            "coalition",
        )
        # a force of several, or one led or backed by a body: "the NATO-led force", "a U.N.-backed mission"
        phrase = obj.doc[obj.left_edge.i : obj.i + 1].text.lower()
        shared = bool(words & {"multinational", "international", "allied", "coalition"}) or any(
            m in phrase for m in ("-led", "-backed", "- led", "- backed")
        )
        return enforced or (led and shared)

    def _chanted_against(self, head: Token, own: set[str]) -> list[Mention]:
        """Whom a crowd's slogan curses: "chanting Death to America", "shouting Down with the dictator"."""
        for t in head.subtree:
            nxt = t.nbor(1) if t.i + 2 < len(t.doc) else None
            if nxt is not None and (t.lower_, nxt.lower_) in (("death", "to"), ("down", "with")):
                found = _others(self.r.mention_at(nxt.nbor(1)), own)
                if found:
                    return found
        return []

    def _aimed(self, head: Token, own: set[str]) -> list[Mention]:
        """Whom a show of force is said to be aimed at: "in a show of force aimed at Vietnam"."""
        r = self.r
        homes = own | {c for a in own if (c := r.countries.get(a))}
        for t in head.subtree:
            if t.lower_ in ("aimed", "directed", "targeted"):
                at = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "at" for p in c.children]
                found = [m for p in at for m in r.phrase_mentions(p) if not set(m.actor_ids) & homes]
                if found:
                    return found
        return []

    def _readied_for(self, head: Token, own: set[str]) -> list[Mention]:
        """Where forces are readied to go: "called up reservists for a possible intervention in the Ivory
        Coast"."""
        r = self.r
        homes = own | {c for a in own if (c := r.countries.get(a))}
        # "in preparation for a new offensive against Iran", "in readiness for an invasion"
        ready = [
            g for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
            if r.noun_base(p) in ("preparation", "readiness", "anticipation") for g in p.children
        ]  # fmt: skip
        for c in [*head.children, *ready]:
            for p in c.children if c.dep_ == "prep" and c.lower_ == "for" else ():
                if r.noun_base(p) in _INTERVENTIONS:
                    edge = p.right_edge
                    found = [
                        m for m in r._inside(p.idx, edge.idx + len(edge)) if not set(m.actor_ids) & homes
                    ]
                    if found:
                        return found[:1]
        return []

    def _provoked_by(self, head: Token, own: set[str]) -> list[Mention]:
        """Who forces are readied against, told in a clause of cause or time ("put its air force on alert
        after Indian jets crossed into Kashmir", "called up reservists as tension with Syria mounted")."""
        r = self.r
        homes = own | {c for a in own if (c := r.countries.get(a))}
        # the clause may hang on the phrase ending the act: "put troops on standby as Russian forces massed"
        hung = [g for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                for g in p.children if g.dep_ == "advcl"]  # fmt: skip
        # or on the verb a noun trigger is the object of: "raised the alert level after Pakistan tested"
        governing = [*head.head.children] if head.dep_ == "dobj" and head.head.i != head.i else []
        for c in [*head.children, *hung, *governing]:
            marked = c.dep_ == "advcl" and any(m.lower_ in _PROVOCATIONS for m in c.lefts)
            # "in response to the Indian nuclear tests", "in retaliation for"
            answer = _in_answer(c)
            if marked or answer or (c.dep_ == "prep" and c.lower_ in _PROVOCATIONS):
                edge = c.right_edge
                # not one's own people ("after ethnic violence between Mohajirs and Pashtuns")
                found = [
                    m
                    for m in r._inside(c.left_edge.idx, edge.idx + len(edge))
                    if not set(m.actor_ids) & homes
                    and not {r.countries.get(a) for a in m.actor_ids} <= homes
                    and m.kind not in _PLACE_KINDS  # not where: "hours after peace talks in Tokyo collapsed"
                ]
                # the clause's own doer first: "after Vietnamese forces overran a Khmer Rouge camp"
                doer = next((g for g in c.children if g.dep_ in _SUBJECTS), None) if marked else None
                named = [m for m in found if doer is not None and doer.left_edge.idx <= m.start <= doer.idx]
                if named or found:
                    return (named or found)[:1]
        return []

    @staticmethod
    def _partner_named(head: Token) -> bool:
        """Does the act name whom it is agreed with or to ("agreed with Syria", "agreed to a U.N. plan"), not
        in an opening phrase ("With the signing of a memorandum, ...")?"""
        return any(c.dep_ == "prep" and c.lower_ in ("with", "to") and c.i > head.i for c in head.children)

    def _force_not_ruled_out(self, head: Token) -> bool:
        """Is the act a refusal to rule out force ("did not rule out the use of force", "military action";
        "will not renounce the use of force against Taiwan")?"""
        obj = self.r._object(head)
        ruled = (head.lower_.startswith("rul") and any(c.lower_ == "out" for c in head.children)) or (
            self.r.verb(head) == "renounce"
        )
        return ruled and obj is not None and any(self.r.noun_base(t) in _HARMS for t in obj.subtree)

    def _mission_host(self, head: Token, f: _Found, own: set[str]) -> list[Mention]:
        """The country a mission the act closes or cuts is in ("its embassy in Baghdad")."""
        r = self.r
        if f.noun is not None:
            mission = next((p for c in f.noun.children if c.lower_ == "of" for p in c.children), None)
        else:
            mission = r._object(head)
        if mission is None or r.noun_base(mission) not in _MISSIONS:
            return []
        homes = own | {c for a in own if (c := r.countries.get(a))}
        found = [
            m for c in mission.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
            for m in r.phrase_mentions(p)
        ]  # fmt: skip
        return [m for m in found if not {r.countries.get(a) for a in m.actor_ids} <= homes]

    def _party_answered(self, head: Token, own: set[str]) -> list[Mention]:
        """The party whose act an act answers: "in response to the Turkish government's offer" (a rebel
        group's own state is another party)."""
        r = self.r
        # "a ceasefire was declared in response to", "declared a ceasefire in response to"
        near = [_governing_verb(head) if head.tag_.startswith("NN") else r._object(head)]
        for c in [*head.children, *(g for t in near if t is not None for g in t.children)]:
            if _in_answer(c):
                edge = c.right_edge
                found = [
                    m for m in r._inside(c.left_edge.idx, edge.idx + len(edge)) if not set(m.actor_ids) & own
                ]
                if found:
                    return found[:1]
        return []

    def _state_body(self, m: Mention) -> bool:
        """Does the mention name a state's body ("the Turkish government", "Kenyan police")?"""
        tok = self._root(m)
        if tok is None:
            return False
        noun = tok.head if tok.dep_ in ("amod", "compound", "poss", "nmod") else tok
        return self.r.sector(noun) in _STATE

    def _done_jointly(self, head: Token) -> bool:
        """ "jointly arrested", "arrested ... in a joint operation"."""
        if any(c.dep_ == "advmod" and c.lower_ in ("jointly", "together") for c in head.children):
            return True
        return any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.lower_ in _JOINTLY for p in c.children for g in p.lefts)
            for c in head.children
        )

    def _undergoes(self, verb: Token) -> bool:
        """Is the clause's subject what undergoes its act ("their patrol came under fire")?"""
        base = self.r.verb(verb)
        found = self.r._verb_trigger(verb, base) if base else None
        return found is not None and found.trigger.subject_is == "recipient"

    def _cuts_aid(self, head: Token) -> bool:
        """ "suspended aid deliveries", "halted food shipments": what is cut off is help."""
        words = {w for o in self.r._objects(head) for w in self.r._object_words(o)}
        return bool(words & _HELP)

    def _rallied(self, head: Token, own: set[str]) -> tuple[str, None, str, list[Mention]] | None:
        """ "urged the EC to support the PLO": asking others to back a third party rallies support for it
        (CAMEO 053); "called on Arabs to unite and mobilize against Sharon" rallies opposition to him (113).
        The type, mode, CAMEO code and the third party, or None for a plain request."""
        r = self.r
        acts = [c for c in head.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
        acts += [
            g for c in head.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("xcomp", "acl")
        ]
        acts += [g for a in acts for g in a.children if g.dep_ == "conj"]
        homes = own | {c for a in own if (c := r.countries.get(a))}
        for act in acts:
            base = r.verb(act) or act.lemma_.lower()
            # the reading the act's own words meet: "to improve its human rights record" is no tie improved
            trig = next((t for t in self.lex.verbs.get(base, ()) if r._fits(act, t)), None)
            against = [
                p for c in act.children if c.dep_ == "prep" and c.lower_ == "against"
                for p in c.children if p.dep_ == "pobj"
            ]  # fmt: skip
            if (base in _RALLYING or act.lower_ in _RALLYING_FORMS) and against:  # "to stand against"
                kind, cameo, phrases = "ACCUSE", "113", against
            elif trig is not None and trig.type == "SUPPORT" and trig.object_is != "content":  # not "to sign"
                kind, cameo, phrases = "SUPPORT", "053", [c for c in act.children if c.dep_ == "dobj"]
            elif act.lower_ in _BOYCOTT_FORMS:  # "called on Moslems to boycott American goods"
                kind, cameo, phrases = "ACCUSE", "113", [c for c in act.children if c.dep_ == "dobj"]
            else:
                continue
            # not "to approve the North American Free Trade Agreement": a pact is no party to rally for
            third = [
                m for p in phrases if not r._is_pact(p) for m in r.phrase_mentions(p)
                if not set(m.actor_ids) & homes
            ]  # fmt: skip
            if third:
                return kind, None, cameo, third
        return None

    def _recipient_phrases(self, f: _Found) -> list[Token]:
        """The nouns the trigger's recipient prepositions govern ("to the army", "from the government")."""
        preps = self.lex.preps_for(f.trigger.type) | {"from"}
        return [
            p for c in f.head.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"
        ]  # fmt: skip

    def _deal_partner(self, f: _Found, own: set[str]) -> list[Mention]:
        """Whom a pledge is made to when it is made under a deal with them: "pledged to freeze its reactors
        under a framework accord reached with the United States", "would take back its nationals under an
        accord with Washington"."""
        heads = [f.head, *([f.content] if f.content is not None else [])]
        heads += [
            c for h in heads for c in h.children if c.dep_ in ("xcomp", "conj") and c.tag_.startswith("VB")
        ]
        deals = [
            p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "under"
            for p in c.children if p.dep_ == "pobj" and self.r.noun_base(p) in _TERMS
        ]  # fmt: skip
        if self.r.noun_base(f.head) in _TERMS:  # "an accord reached with Washington": the deal itself
            deals.append(f.head)
        withs = [
            p for d in deals for h in (d, *(a for a in d.children if a.dep_ == "acl"))
            for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj"
        ]  # fmt: skip
        return next((m for p in withs if (m := _others(self.r.phrase_mentions(p), own))), [])

    def _promised_to(self, head: Token, own: set[str], warning: bool = False) -> list[Mention]:
        """Whom a deed told in a pledge's clause is promised to: the pledging verb's addressee ("promised
        U.S. envoy Richard Holbrooke that he would ...", "assured Annan that it would ..."); with `warning`,
        whom a warning's deed is aimed at ("warned residents of Hebron that it would impose a curfew")."""
        pledge = head.head if head.dep_ == "acl" and head.head.dep_ == "dobj" else None
        if not warning and pledge is not None and self.r.noun_base(pledge) in _INTENT_NOUNS - {"threat"}:
            # "gave Washington and London a pledge on Friday to dismantle ...": whom the pledge is given to
            giver = pledge.head
            told = [c for c in giver.children if c.dep_ in ("dative", "dobj") and c.i < pledge.i]
            told += [
                p for c in giver.children if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj"
            ]  # fmt: skip
            if found := _others([m for t in told for m in self.r.phrase_mentions(t)], own):
                return found
        tok = head
        for _ in range(4):  # "promised the ministers that it would suspend enrichment and let inspectors in"
            if tok.dep_ not in ("xcomp", "ccomp", "conj", "acomp") or tok.head.i == tok.i:
                return []  # "acomp": "told Syria that Israel was ready to hand back the Golan"
            tok = tok.head
            verb = self.r.verb(tok) or ""
            if warning:
                addressed = verb == "warn"
            else:
                # "told Annan that it would allow the inspectors back": a pledge told is made to the one told
                told_pledge = (verb == "tell" or tok.lower_ in _INFORMING) and (
                    any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in head.children)
                    or (head.dep_ == "xcomp" and head.head.lower_ in ("ready", "prepared", "willing"))
                )
                addressed = verb in self.lex.intent or tok.lower_ in _ASSURING or told_pledge
            if addressed:
                told = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i < head.i]
                told += [  # "pledged to mediators from ECOWAS that they would disarm"
                    p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and c.i < head.i
                    for p in c.children if p.dep_ == "pobj"
                ]  # fmt: skip
                # whose they are, the parser hanging "from ECOWAS" on the verb after them
                told += [
                    g for p in told for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "from" and c.i == p.right_edge.i + 1
                    for g in c.children if g.dep_ == "pobj"
                ]  # fmt: skip
                named = next((m for c in told if (m := _others(self.r.phrase_mentions(c), own))), [])
                return named or self._own_state_told(told, own)
        return []

    def _state_counterpart(self, head: Token, own: set[str]) -> list[Mention]:
        """The actor's own state, as the body its act is made with or against, named without a country of its
        own: "agreed with the Saudi-backed government", "a ceasefire with the government in Tripoli"."""
        r = self.r
        home = self._home(list(own))
        if home is None:
            return []
        homes = {home, *own}
        phrases = [
            head,
            *(p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"),
        ]
        for t in phrases:
            for c in t.children:
                if c.dep_ != "prep" or c.lower_ not in ("with", "against"):
                    continue
                for body in c.children:
                    if body.dep_ != "pobj" or r.noun_base(body) not in _RULERS:
                        continue
                    # a phrase's mentions leave out its backers ("the Saudi-backed government")
                    others = [
                        m for m in r.phrase_mentions(body)
                        if not set(m.actor_ids) <= homes
                        and not {r.countries.get(a) for a in m.actor_ids} <= homes
                    ]  # fmt: skip
                    if not others:
                        return [self._body_of(body, home)]
        return []

    def _own_state_told(self, told: list[Token], own: set[str]) -> list[Mention]:
        """ "RENAMO rebels told government negotiators that they would accept a ceasefire": a state body
        named without a country, told by a group of no state of its own, is the group's own country's."""
        r = self.r
        home = self._home(list(own))
        body = next((t for t in told if r.sector(t) in _STATE and not r.phrase_mentions(t)), None)
        # not a state's own pledge to its parliament ("Ahern told parliament that his government would ...")
        if (
            body is None
            or home is None
            or any(r.countries.get(a) == a or a.startswith("person:") for a in own)
        ):
            return []
        return [self._body_of(body, home)]

    def _body_of(self, phrase: Token, country: str) -> Mention:
        """A state body the text names without a country ("the government"), as a mention of `country`."""
        start, end = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge)
        return Mention(
            start=start, end=end, text=self.r.text[start:end], label="NOUN", kind="body", actor_ids=[country]
        )

    def _sold(self, head: Token) -> bool:
        """Goods delivered under a contract or a deal are sold, not given: "has delivered the first batch
        of Su-27 jets to China under a deal worth $1 billion"."""
        return (self.r.verb(head) or "") in ("deliver", "supply", "ship", "send", "provide") and any(
            c.dep_ == "prep" and c.lower_ == "under" and self.r.noun_base(p) in _SALES
            for c in head.children
            for p in c.children
            if p.dep_ == "pobj"
        )  # not "was granted $1.2 billion in debt relief under a restructuring deal"

    def _hands_over_suspects(self, head: Token) -> bool:
        """ "handed over a suspected war criminal to Phnom Penh": giving up people wanted for trial is
        judicial cooperation (CAMEO 063), not the release of captives."""
        r = self.r
        obj = r._object(head) or r.passive_agent(head)[1]
        if obj is None or (r.verb(head) or "") not in ("hand", "turn", "deliver", "transfer"):
            return False
        # the person's own words and an apposition's: "Ramzi Yousef, the suspected mastermind of ..."
        described = [obj, *(c for c in obj.children if c.dep_ == "appos")]
        kinds = ("amod", "acl", "compound")
        words = {
            w for t in described for w in (r.noun_base(t), *(c.lower_ for c in t.children if c.dep_ in kinds))
        }  # fmt: skip
        received = [
            p for t in (head, obj, *_describing_verbs(obj)) for c in t.children
            if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
        ]  # fmt: skip
        # or anyone handed to a court: "transferred Bagosora to the U.N. tribunal"
        courts = [p for p in received if r.noun_base(p) in _COURTS]
        # or a named person, not a captive, whom a state's authorities give to another state's agents:
        # "Mexican authorities handed over reputed cartel boss Juan Garcia Abrego to U.S. agents"
        giver = r.passive_agent(head)[0] if obj.dep_ == "nsubjpass" else r.subject(head)
        agents = [p for p in received if r.sector(p) in _STATE or self._state_itself(p, r.sector(p))]
        person = any(t.ent_type_ == "PERSON" for t in described) or r.sector(obj) == "GOV"
        state_to_state = (
            person
            and not words & _HELD
            and giver is not None
            and (r.sector(giver) in _STATE or self._state_itself(giver, r.sector(giver)))
            and bool(agents)
        )
        return bool(words & _WANTED) or bool(courts) or state_to_state

    def _marked(self, m: Mention) -> Token | None:
        """The noun a nationality adjective modifies ("workers" of "German aid workers"), or its own head."""
        root = self._root(m)
        return root.head if root is not None and root.dep_ in ("amod", "compound", "nmod") else root

    def _marks_people(self, m: Mention) -> bool:
        """Whether a nationality adjective marks people ("German aid workers", "French nationals") rather than
        a body or a place ("the Congolese army", "the Liberian port")."""
        noun = self._marked(m)
        return noun is not None and (self.r.sector(noun) in _DOMESTIC or self.r.noun_base(noun) in _NATIONALS)

    def _marks_nationals(self, m: Mention) -> bool:
        """Whether a nationality adjective marks those a state body acts on as another country's ("the French
        ambassador", "North Korean communists"), rather than as its own people at home ("Zimbabwean
        farmers", "Kenyan students")."""
        noun = self._marked(m)
        return noun is None or _singular(noun.lower_) not in _PEOPLE_AT_HOME

    def _countries(self, ids: list[str]) -> set[str | None]:
        return {self.r.countries.get(a) for a in ids}

    def _home(self, ids: list[str]) -> str | None:
        """The one country a side's actors all belong to, if there is one."""
        countries = self._countries(ids)
        return countries.pop() if len(countries) == 1 else None

    def _ordered_act(self, f: _Found) -> Token | None:
        """What an order tells its addressee to do ("ordered the ambassador to leave")."""
        head = f.head
        return (
            f.content
            or self.r._content_act(head)
            or next(
                (
                    g
                    for c in head.children
                    if c.dep_ == "dobj"
                    for g in c.children
                    if g.dep_ in ("xcomp", "acl")
                ),
                None,
            )
        )

    def _order_to_own_forces(self, f: _Found, source_ids: list[str]) -> _Found | None:
        """The act an order tells the orderer's own troops or police to do (a pull-back, a deployment, an
        arrest, an attack), found as a trigger of its own."""
        r = self.r
        if r.verb(f.head) not in _ORDERS or f.noun is not None:
            return None
        told = r._object(f.head)
        act = self._ordered_act(f)
        sector = self._group_sector(told)
        if told is None or act is None or sector not in ("MIL", "COP", "JUD"):
            return None
        homes = {c for m in r.phrase_mentions(told) for a in m.actor_ids if (c := r.countries.get(a))}
        if not homes <= self._countries(source_ids):
            return None  # "ordered Syrian troops to leave the area": another's forces asked
        inner = r._verb_trigger(act, r.verb(act) or "")
        if inner is None:
            return None
        if sector == "JUD":  # "ordered a special prosecutor to investigate state police": the inquiry opened
            return inner if (inner.trigger.type, inner.trigger.mode) == ("ACCUSE", "investigate") else None
        return inner if inner.trigger.type in _ORDERED_ACTS else None

    def _ordered_out(self, f: _Found) -> str | None:
        """ "ordered the Australian high commissioner to leave the country": an order to leave is an
        expulsion (CAMEO 166), a sanction on the one sent away; "ordered the Sudanese embassy to cut its
        staff" downgrades ties (CAMEO 161). The sanction's mode, or None for any other request."""
        if self.r.verb(f.head) not in _ORDERS:
            return None
        asked = self._ordered_act(f)
        if asked is None:
            return None
        addressee = self._target_head(f)
        if asked.lower_ in ("leave", "quit", "depart"):
            # not "ordered Syrian troops to leave the area": a pull-back asked
            return "expel" if addressee is None or self.r.sector(addressee) != "MIL" else None
        cut = self.r.verb(asked) in _CUTTING and any(
            self.r.noun_base(c) in _STAFF for c in asked.children if c.dep_ == "dobj"
        )
        mission = addressee is not None and self.r.noun_base(addressee) in _MISSIONS
        return "discontinue" if cut and mission else None

    def _ordered_indoors(self, f: _Found) -> bool:
        """Is the act an order that keeps people off the streets ("ordered residents of Ambon off the
        streets", "residents were ordered to stay indoors"): a curfew (CAMEO 1723), not a request?"""
        r, head = self.r, f.head
        if r.verb(head) not in _ORDERS or f.noun is not None:
            return False
        stays = [head, *(c for c in head.children if c.dep_ == "xcomp" and r.verb(c) in ("stay", "remain"))]
        off_streets = any(
            c.dep_ == "prep" and c.lower_ == "off" and any(r.noun_base(p) == "street" for p in c.children)
            for v in stays for c in v.children
        )  # fmt: skip
        indoors = any(c.lower_ in ("indoors", "inside", "home") for v in stays[1:] for c in v.children)
        # the people of a place, not one's own staff ("ordered its staff to stay home")
        told = r._object(head) or next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        return (off_streets or indoors) and told is not None and r.noun_base(told) in _RESIDENTS

    def _ordered_to_stop(self, f: _Found) -> str | None:
        """ "ordered the opposition newspaper to suspend publication": an order to a paper, party or union to
        stop is censorship or a ban (CAMEO 172), not a request. The mode, or None for any other request."""
        r, head = self.r, f.head
        if r.verb(head) not in _ORDERS:
            return None
        asked = self._ordered_act(f)
        closure = next((c for c in head.children if c.dep_ == "dobj" and r.noun_base(c) in _CLOSURES), None)
        if closure is not None:  # "ordered the closure of two reformist newspapers"
            addressee = next((p for c in closure.children if c.lower_ == "of" for p in c.children), None)
        elif asked is None or asked.lower_ not in _SHUTTING:
            return None
        else:
            addressee = self._target_head(f)
        civic = addressee is not None and r.noun_base(addressee) in _CIVIC_BODIES  # "a rights group"
        if self._group_sector(addressee) not in ("JRN", "OPP", "LAB", "EDU", "REL", "BUS") and not civic:
            return None
        press = addressee is not None and any(
            self.lex.sectors.get(r.noun_base(t)) == "JRN" for t in addressee.subtree
        )
        return "censor" if press else "ban"

    def _answered(self, f: _Found) -> tuple[list[Mention], list[Mention], Token] | None:
        """ "Syria said it would regard any Turkish incursion as aggression": a deed that may come, named with
        its doer, is one the clause's subject would answer, a threat to whoever would do it. The answerer,
        the doer and the answerer's head word."""
        if not (_any_of(f) and _material(f.trigger.type) and not _cooperative(f.trigger.type)):
            return None
        doers = self._noun_arguments(f.head, f.trigger.type)[0]
        verb = _governing_verb(f.head)
        speaker = self.r.subject(verb) if verb is not None and doers else None
        if speaker is None:
            return None
        answerer = _others(self.r.phrase_mentions(speaker), {a for m in doers for a in m.actor_ids})
        return (answerer, doers, speaker) if answerer else None

    def _sides(self, f: _Found, content: Token | None) -> tuple[list[Mention], list[Mention], Token | None]:
        """Who acts and who is acted on: the subject or a passive's agent and patient; an event noun's own
        phrases ("Russia's invasion of Ukraine"), which for a light verb also fill what the verb leaves open
        ("the withdrawal of Georgian police was completed", "filed a complaint against Poland at the WTO");
        then the verb's recipients, and a last look around the trigger. Also the actor's head word, whose
        sector the event records."""
        r, head = self.r, f.head
        if f.noun is not None and f.noun.i == head.i:
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            answered = self._answered(f)
            if answered is not None:
                return answered
            sources, targets = self._noun_arguments(head, f.trigger.type)
            trip = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else None
            if not targets and f.trigger.mode == "visit" and trip is not None and trip.tag_.startswith("VB"):
                # "crossed into Pakistan by bus for a two-day visit": the visit is to where the trip goes
                targets = self._prep_mentions(trip, {"to", "into", "in", "for"}, set())
            if not targets and f.trigger.type == "CONSULT":
                targets = self._brought_together(head)
            party = _party_to(head)
            if party is not None and (named := r.phrase_mentions(party)):
                # "Syria was involved in the bombing of the U.S. embassy": who had a hand in the deed did it
                return named, [m for m in targets if m not in named], party
            return sources, targets, owner
        sources: list[Mention] = []
        targets: list[Mention] = []
        if f.trigger is _DISMAY:  # the one dismayed ("Britain was alarmed at"), and who the cause names first
            source_head = next((c for c in head.children if c.dep_ == "nsubjpass"), None) or r.subject(head)
            sources = r.phrase_mentions(source_head) if source_head is not None else []
            own = {a for m in sources for a in m.actor_ids}
            cause = f.content or head
            named = _others(r._inside(cause.left_edge.idx, cause.right_edge.idx + len(cause.right_edge)), own)
            return sources, named[:1], source_head
        if f.trigger.subject_is == "recipient":  # "a Russian army convoy came under fire near Grozny"
            undergoer = r.subject(head)
            # who it comes from: "came under pressure from Washington", "under fire from rebels"
            under = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "under" for p in c.children]
            got = [o for o in [r._object(head)] if o is not None]  # "received food rations from the WFP"
            giver = next(
                (m for h in (head, *under, *got) if (m := self._prep_mentions(h, {"from"}, set()))), []
            )
            if not giver and (hands := _hands_of(head)) is not None:  # "died at the hands of police"
                giver = r.phrase_mentions(hands)
            return giver, r.phrase_mentions(undergoer) if undergoer is not None else [], None
        agent, patient = r.passive_agent(head)
        if agent is None and patient is not None and f.trigger.type in ("ASSAULT", "COERCE"):
            # "students were injured when police broke up a demonstration": the doer, told in a when-clause
            # or on the verb joined to it: "two soldiers were killed and five wounded when troops opened fire"
            joined = [c for c in head.children if c.dep_ == "conj" and c.tag_ == "VBN"]
            when = [
                c
                for v in (head, *joined)
                for c in v.children
                if c.dep_ == "advcl" and any(m.lower_ in ("when", "as") for m in c.lefts)
            ]
            # not one that undergoes it: "were wounded when their patrol came under fire"
            when = [c for c in when if not self._undergoes(c)]
            agent = next((g for c in when for g in c.children if g.dep_ == "nsubj"), None)
            # or its agent, when it is told in the passive: "when their convoy was ambushed by militants"
            agent = agent or next((b for c in when for b in [r.passive_agent(c)[0]] if b is not None), None)
        if (
            agent is None
            and patient is not None
            and (f.trigger.type == "SANCTION" or r.verb(head) in _SHUT_OUT)
        ):
            # "Yugoslavia was suspended from the OSCE": the body one is put out of put one out; "was banned
            # from Britain": the state one is kept out of
            agent = next(
                (p for c in head.children if c.dep_ == "prep" and c.lower_ == "from"
                 for p in c.children if p.dep_ == "pobj" and r.phrase_mentions(p)),
                None,
            )  # fmt: skip
        # "vowed that Israel would be severely punished": the one who vows; "Iraq said American planes
        # violating its airspace would be shot down": force to come, said, is the speaker's
        forced = (
            f.trigger.type == "ASSAULT"
            and head.head.lower_ in _SAYING_FORMS
            and any(c.lower_ in ("will", "would") for c in head.children)
        )
        if (
            agent is None
            and patient is not None
            and head.dep_ == "ccomp"
            and (r.verb(head.head) in _VOWING or forced)
        ):
            agent = r.subject(head.head)
        moved = agent is None and patient is not None and f.trigger.type in ("MOBILIZE", "RETREAT")
        if (
            moved
            and (r.sector(patient) in ("MIL", "COP") or r.noun_base(patient) in _SENT_FORCES)
            and f.trigger.mode != "release"
        ):  # not soldiers freed
            # "thousands of troops were placed on combat alert", "the last troops were pulled back": the
            # forces moved are the side that moves them, when no one else is named
            agent, patient = patient, None
        if (
            agent is None
            and patient is not None
            and f.trigger.type == "ASSAULT"
            and r.noun_base(patient) in _FIRED
            and r.phrase_mentions(patient)
        ):
            # "Iraqi Scud missiles were fired at Tel Aviv": whose missiles fired them; what they hit is found
            # as for an active verb
            agent, patient = patient, None
        if patient is not None or agent is not None:
            source_head = agent
            sources = r.phrase_mentions(agent) if agent is not None else []
            # not the event noun itself ("Russia's backing of Syria was reaffirmed by Putin"): its own phrases
            told = f.noun is not None and patient is not None and patient.i == f.noun.i
            targets = r.phrase_mentions(patient) if patient is not None and not told else []
            aimed = [
                m for c in patient.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                for p in c.children if p.dep_ == "pobj" for m in r.phrase_mentions(p)
            ] if patient is not None and f.trigger.type in ("CONCEDE", "SANCTION") else []  # fmt: skip
            if aimed:  # "the U.S. trade embargo against Vietnam was lifted": the one it was aimed at
                targets = aimed
            if patient is not None and f.trigger.type == "REQUEST":
                # "the release of 39 hostages held by Shi'ite hijackers was demanded": asked of the captors
                own = {a for m in sources for a in m.actor_ids}
                targets = self._holder(patient, own) or self._withdrawing(patient, own) or targets
            asked = [
                m for c in head.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                for m in r.phrase_mentions(p)
            ] if f.trigger.type == "REQUEST" else []  # fmt: skip
            if asked:  # "his extradition was requested from Japan": whom it is asked of
                targets = asked
            if (
                agent is None
                and patient is not None
                and f.trigger.type == "AID"
                and (
                    _given_by(patient)
                    or (
                        targets
                        and not r.mention_at(patient)
                        and not any(c.dep_ == "dobj" for c in head.children)
                    )
                )
            ):
                # "medical supplies donated by the Red Cross were flown into Srebrenica", "Chinese weapons
                # were delivered to Sudan": goods given carry their giver (not "Afghan refugees were given
                # shelter", who get it)
                sources, targets = targets, []
            if (
                agent is not None
                and f.trigger.object_is == "content"
                and f.noun is None
                and patient is not None
            ):
                # "Carlos Lehder was extradited to the United States by Colombia": what is handed over is no
                # recipient; whom it goes to is
                sent_to = [
                    m for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj" for m in r.phrase_mentions(p)
                ]  # fmt: skip
                targets = sent_to or targets
            ties = patient is not None and r.noun_base(patient) in _TIES - {"border", "frontier"}
            if agent is None and patient is not None and (f.trigger.reciprocal or ties):
                # "a disengagement agreement between Israel and Syria was reached": the parties to it; so
                # are those of "relations between Morocco and Iran were broken off"
                parties = self._prep_mentions(patient, {"between"}, set())
                if parties:
                    sources, targets = parties, [m for m in targets if m not in parties]
        else:
            source_head = r.subject(head)
            sources = r.phrase_mentions(source_head) if source_head is not None else []
            if not sources and source_head is not None and (by := _by_whom(source_head)) is not None:
                source_head, sources = by, r.phrase_mentions(by)  # "a strike by Israeli warplanes killed"
            if source_head is not None and source_head.lower_ in ("it", "they"):
                # "Ghana's main union said it would strike": the group the pronoun stands for, and its sector
                named = r._named_subject(head)
                if named is not None and not sources:
                    sources = r.phrase_mentions(named)
                source_head = named
        if (
            not sources and source_head is not None
        ):  # "gunmen who crossed from Afghanistan": where they came from
            sources = self._came_from(source_head)
        if f.noun is not None:
            noun_sources, noun_targets = self._noun_arguments(f.noun, f.trigger.type)
            sources = sources or noun_sources
            own = {a for m in sources for a in m.actor_ids}
            if not _others(targets, own):
                targets = _others(noun_targets, own)
            if (
                head.lower_ in _RECEIVING
                and sources
                and patient is None
                and not _dealt_with(f.noun, f.trigger.type)
            ):
                # "drew sharp criticism from the United States", "won the backing of Russia": the subject
                # receives the act, whoever the object's phrases name gives it
                givers = _others(self._givers(f.noun, head), own)
                if givers:
                    sources, targets = givers, sources
        own = {a for m in sources for a in m.actor_ids}
        deed = r._noun_entry(source_head) if f.noun is None and source_head is not None else None
        if deed is not None and deed.type == f.trigger.type and not sources and deed.reciprocal:
            # "fighting between Armenian and Azerbaijani forces killed 20 people": the deed's sides, each
            # the other's recipient
            sources, targets = self._noun_arguments(source_head, deed.type)
            own = {a for m in sources for a in m.actor_ids}
        if deed is not None and deed.type == f.trigger.type and not _others(targets, own):
            # "Russian shelling of the Ukrainian city of Kharkiv killed nine civilians": one act, aimed where
            # the deed that does it is
            targets = _others(self._noun_arguments(source_head, deed.type)[1], own)
        if not _others(targets, own):
            # people known only by where they are ("ethnic Albanian leaders in Kosovo") may deal with their
            # own state ("would sit down with Serbian officials"): whether they do, the domestic rule decides
            if self._located(sources, source_head):
                own = {a for a in own if r.countries.get(a) != a}
            targets = self._recipients(head, f, content, own)
            if f.trigger.type == "REQUEST" and targets and not _others(targets, own):
                return sources, targets, source_head  # a people's demand on its own state
        if f.trigger.type == "ACCUSE" and f.noun is None:
            # "complained to the U.N. about Israeli raids": the one blamed, not the one told
            over = [
                m for c in head.children if c.dep_ == "prep" and c.lower_ in ("over", "about")
                for p in c.children if p.dep_ == "pobj" for m in r._inside(p.left_edge.idx, p.idx + len(p))
            ]  # fmt: skip
            targets = _others(over, own) or targets
        if f.trigger.type == "ACCUSE":
            # "lodged a complaint with the United Nations, accusing Iraq of ...": the one accused, not the
            # one told
            targets = _others(self._participle_object(head, _ACCUSING), own) or targets
        # "charged an official with leaking data to a Russian diplomat": the charge names no recipient
        accused = f.trigger.type == "ACCUSE" and f.noun is None and r._object(head) is not None
        if not _others(targets, own) and not accused:
            # "staged landing exercises off its coast, in a warning to Taiwan": whom the act is a signal to
            targets = self._signalled(head, own) or targets
        if not _others(targets, own) and f.trigger.type == "ASSAULT" and f.noun is None:
            # "fired mortar shells across the Line of Control, killing three Pakistani civilians": whom the
            # attack's toll names
            targets = _others(self._participle_object(head, _TOLLING), own) or targets
        # an office left is yielded to no one the phrases around name ("resigned by fax from Tokyo")
        resigned = f.trigger.mode == "resign"
        if not _others(targets, own) and not accused and not resigned and not self._joint_talk(f, own):
            targets = self._around(head, own)
            if f.trigger.object_is == "content":  # "close the Suez Canal": the place closed is no recipient
                closed = [
                    (t.idx, t.idx + len(t)) for c in head.children if c.dep_ == "dobj" for t in c.subtree
                ]  # but "agreed to pull its troops out of Ituri": the place left is
                targets = [
                    m for m in targets if m.kind != "place" or not any(a <= m.start < b for a, b in closed)
                ]
        if _cooperative(f.trigger.type) and not any(
            m.kind not in _PLACE_KINDS for m in _others(targets, own)
        ):
            # "Under an accord reached with Britain, France and Germany, Iran pledged to suspend ...": the
            # pledge or the step is made to those the opening phrase tells it was dealt with
            targets = _others(self._opening_counterpart(head), own) or targets
        if f.trigger.type in ("AGREE", "REJECT", "CONSULT") and not _others(targets, own):
            # "agreed to a ceasefire with the UN-recognised government in Tripoli", "voted against the
            # unity government": a state body the text names with no country of its own is the actor's own
            targets = self._state_counterpart(head, own) or targets
        if f.trigger.type == "REJECT" and all(m.kind == "place" or self._where(m) for m in targets):
            # "Pressed by the United States and Britain to ..., Moi ruled out ...": those who pressed; and
            # "Defying a NATO ultimatum, Mladic refused to pull back from around Sarajevo": whose demand it
            # defies, before the place the refused act concerns
            defied = self._pressing_participle(head) or (self._defied(head) if targets else [])
            targets = _others(defied, own) or targets
        return sources, targets, source_head

    def _participle_object(self, head: Token, verbs: frozenset[str]) -> list[Mention]:
        """Whom a participle clause of the act names as its object ("..., accusing Iraq of", "..., killing
        three Pakistani civilians")."""
        r = self.r
        return [
            m for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and r.verb(c) in verbs
            for o in c.children if o.dep_ == "dobj" for m in r.phrase_mentions(o)
        ]  # fmt: skip

    def _meeting_partner(self, head: Token, own: set[str]) -> list[Mention]:
        """Whom a trip is made to meet: "for talks with Honecker"; not a with-phrase after the talks' topic
        ("for talks on the standoff with the United Nations"), which the parser may hang on the talks."""
        for c in head.children:
            purpose = next((p for p in c.children if p.dep_ == "pobj"), None)
            if c.dep_ != "prep" or c.lower_ != "for" or purpose is None or self.r.noun(purpose) is None:
                continue
            topic = min(
                (g.i for g in purpose.children if g.dep_ == "prep" and g.lower_ in _TOPICS), default=None
            )
            partners = [
                g for g in purpose.children
                if g.dep_ == "prep" and g.lower_ in ("with", "between") and (topic is None or g.i < topic)
            ]  # fmt: skip
            found = [
                m for g in partners for p in g.children if p.dep_ == "pobj" for m in self.r.phrase_mentions(p)
            ]
            if found := _others(found, own):
                return found
        return []

    def _against_forces(self, head: Token) -> bool:
        """Is the act's object troops or police ("stoned Turkish troops")?"""
        obj = self.r._object(head)
        return obj is not None and self.r.sector(obj) in ("MIL", "COP")

    def _mission_struck(self, heads: list[Token | None], own: set[str]) -> list[Mention]:
        """Whose embassy or consulate an attack happens at ("exploded outside the Israeli embassy")."""
        missions = [
            p for h in heads if h is not None for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("outside", "at", "near", "on")
            for p in c.children if p.dep_ == "pobj" and self.r.noun_base(p) in _MISSIONS
        ]  # fmt: skip
        return next((m for p in missions if (m := _others(self.r.phrase_mentions(p), own))), [])

    def _signalled(self, head: Token, own: set[str]) -> list[Mention]:
        """Whom an act is a message to: "in a warning to Taiwan", "as a signal to Moscow"."""
        signals = [
            p for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "as")
            for p in c.children if p.dep_ == "pobj" and self.r.noun_base(p) in _SIGNALS
        ]  # fmt: skip
        return next(
            (found for p in signals if (found := self._prep_mentions(p, {"to", "toward", "towards"}, own))),
            [],
        )

    def _gives(self, act: Token) -> bool:
        """Is the act a gift of aid ("to lend Greece 110 billion euros", "to finance and build two
        reactors for North Korea")?"""
        r = self.r
        acts = [act, *(c for c in act.children if c.dep_ == "conj")]
        return any(
            (base := r.verb(a)) is not None
            and (found := r._verb_trigger(a, base)) is not None
            and found.trigger.type == "AID"
            for a in acts
        )

    def _joint_talk(self, f: _Found, own: set[str]) -> bool:
        """Talks of two countries or more: "France and Germany discussed the future of NATO" names their
        topic, no party to them."""
        return f.trigger.type == "CONSULT" and len({self.r.countries.get(a) for a in own} - {None}) > 1

    def _within_reach(self, head: Token, own: set[str]) -> list[Mention]:
        """Whom forces are moved within reach of: "within striking distance of the Pakistani port of Karachi",
        "off the coast of Libya", or sent to a place near: "sent warships to waters near Libya"."""
        r = self.r
        reach = [
            p for c in head.children if c.dep_ == "prep" and c.lower_ in ("within", "off")
            for p in c.children if p.dep_ == "pobj"
        ]  # fmt: skip
        spans = [(p.idx, p.right_edge.idx + len(p.right_edge)) for p in reach]
        # "held naval exercises in waters near Taiwan": the place hung on the noun or on the verb doing it
        held = [head, head.head] if head.dep_ == "dobj" else [head]
        spans += [
            (q.left_edge.idx, q.right_edge.idx + len(q.right_edge))
            for h in held for c in h.children
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into", "in")
            for p in c.children if p.dep_ == "pobj"
            for n in p.children if n.dep_ == "prep" and n.lower_ in ("near", "off", "within")
            for q in n.children if q.dep_ == "pobj"
        ]  # fmt: skip
        return _others([m for start, end in spans for m in r._inside(start, end)], own)

    def _came_from(self, doers: Token) -> list[Mention]:
        """The country unnamed doers came from: "gunmen who crossed from Afghanistan", "infiltrators from
        Pakistan"."""
        r = self.r
        clauses = [doers, *(c for c in doers.children if c.dep_ in ("relcl", "acl"))]
        if doers.dep_ == "nsubj" and doers.head.lower_ in ("fired", "launched"):
            # "missiles fired from Lebanon landed in Haifa", the participle read as the verb
            clauses.append(doers.head)
        found = [
            m for h in clauses for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj" for m in r.phrase_mentions(p)
        ]  # fmt: skip
        return [m for m in found if any(r.countries.get(a) for a in m.actor_ids)]

    def _foreign_object(self, head: Token) -> bool:
        """Does the act's object call itself foreign or international ("an international bailout")?"""
        obj = self.r._object(head)
        return obj is not None and any(t.lower_ in _FOREIGN | {"international"} for t in obj.subtree)

    def _place_prep(self, m: Mention) -> Token | None:
        """The preposition a place mention is the object of, through a coordination ("in Lagos and Accra")."""
        if m.kind not in _PLACE_KINDS:
            return None
        root = self._root(m)
        if root is None:
            return None
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        return root.head if root.dep_ == "pobj" else None

    def _where(self, m: Mention) -> bool:
        """Is the mention a place something happens in ("in Nairobi", "near Grozny")?"""
        prep = self._place_prep(m)
        return prep is not None and prep.lower_ in _PLACE_PREPS

    def _meeting_place(self, m: Mention) -> bool:
        """Is the mention where talks or a meeting are held ("the peace talks in Geneva")?"""
        prep = self._place_prep(m)
        return prep is not None and prep.dep_ == "prep" and self.r.noun_base(prep.head) in _MEETINGS

    def _venue(self, m: Mention, head: Token) -> bool:
        """Is the mention the place the act itself happens in ("signed a peace accord in Lome"), not where
        its reporters are ("diplomats in Niamey said") nor where a mission is opened ("an embassy in Tehran",
        the party it is sent to)?"""
        prep = self._place_prep(m) if self._where(m) else None
        if prep is None or prep.i not in {t.i for t in head.subtree}:
            return False
        # "opened an embassy in Bogota": the parser may hang the place on the verb of the mission
        missions = [
            prep.head,
            *(c for c in prep.head.children if c.dep_ == "dobj" and prep.head.tag_.startswith("VB")),
        ]
        return not any(self.r.noun_base(t) in _MISSIONS for t in missions)

    def _aimed_at(self, m: Mention) -> bool:
        """Is a place of the actor's own country what the act is aimed at ("shelled Homs", "sent tanks towards
        South Ossetia"), not where it happens ("drills on the island of Penghu")?"""
        if m.kind != "place":
            return False
        tok = self._root(m)
        if tok is not None and tok.dep_ in ("compound", "amod"):
            # "the Tijuana cartel": a group named after the place, not the place; but a people's own thing
            # acted on is aimed at them ("rejected a Basque plan")
            return m.label == "NORP" and tok.head.dep_ in ("dobj", "nsubjpass")
        for _ in range(4):
            if tok is None or tok.dep_ in ("dobj", "nsubjpass"):
                return tok is not None
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _APPROACHES:
                return True  # "massed on the outskirts of Baidoa"
            if tok.dep_ == "pobj" and tok.head.lower_ != "of":  # "the region of South Ossetia": the region's
                return tok.head.lower_ in ("to", "towards", "toward", "into", "against")
            tok = tok.head if tok.head.i != tok.i else None
        return False

    def _target_head(self, f: _Found) -> Token | None:
        """The head word of the acted-on side, to read its sector: the patient, the object, or the noun
        after a recipient preposition."""
        r, head = self.r, f.head
        if f.noun is not None and f.noun.i == head.i:
            if (
                head.dep_ == "pobj"
                and head.head.lower_ in ("under", "on")
                and head.head.head.i != head.head.i
            ):
                return r._object(head.head.head)  # "placed a former minister under investigation", "on trial"
            # "no negotiations with terrorists": the side a recipient preposition of the noun names
            preps = self.lex.preps_for(f.trigger.type) & _NOUN_RECIPIENT_PREPS
            return next(
                (p for c in head.children if c.dep_ == "prep" and c.lower_ in preps
                 for p in c.children if p.dep_ == "pobj"),
                None,
            )  # fmt: skip
        in_phrase = f.noun is not None and f.noun.dep_ == "pobj"  # "placed a minister under investigation"
        target = r.passive_agent(head)[1] or (r._object(head) if f.noun is None or in_phrase else None)
        seconds = self.lex.verb_seconds.get(r.verb(head) or "") or {}
        if target is not None and (target.lower_ in seconds or r.noun_base(target) in seconds):
            target = None  # the second word of "opened fire"
        if target is not None and r.noun_base(target) in _SENTENCES:  # "handed down sentences to militants"
            target = next(
                (p for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on")
                 for p in c.children if p.dep_ == "pobj"),
                None,
            )  # fmt: skip
        if target is None:
            # and the other side of a clash: "troops clashed with leftist guerrillas"
            preps = self.lex.preps_for(f.trigger.type) | ({"with"} if f.trigger.reciprocal else set())
            target = next(
                (p for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
                 for p in c.children if p.dep_ == "pobj"),
                None,
            )  # fmt: skip
        if target is None and f.noun is not None and f.noun.i != head.i:
            # "opened an investigation into the former finance minister": the light verb's noun names it
            preps = self.lex.preps_for(f.trigger.type)
            target = next(
                (p for c in f.noun.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
                 if p.dep_ == "pobj"),
                None,
            )  # fmt: skip
        if target is None and f.noun is not None and f.trigger.type in ("COERCE", "ASSAULT"):
            # "ordered the arrest of a leading opposition politician": whom a force noun acts on
            target = next(
                (p for c in f.noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"),
                None,
            )  # fmt: skip
        if target is not None and r._noun_entry(target) is not None:
            # "agreed to a ceasefire with government troops": the act agreed to names the other side
            target = next(
                (p for c in target.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                 for p in c.children if p.dep_ == "pobj"),
                target,
            )  # fmt: skip
        if target is not None and r.noun_base(target) in _CHARGES:
            # "an investigation into allegations that a former defence minister took bribes": the one alleged
            told = next((c for c in target.children if c.dep_ in ("acl", "ccomp")), None)
            alleged = (
                next((g for g in told.children if g.dep_ in _SUBJECTS), None) if told is not None else None
            )
            target = alleged if alleged is not None else target
        if target is None and f.trigger.type in ("ASSAULT", "COERCE"):
            target = _purpose_object(head)
        if target is None and f.content is not None:  # "threatened to outlaw the pro-Kurdish party"
            target = r._object(f.content)
        if target is None:  # "found the former government responsible": a small clause's subject
            target = next(
                (
                    g
                    for c in head.children
                    if c.dep_ in ("ccomp", "xcomp")
                    for g in c.children
                    if g.dep_ == "nsubj"
                ),
                None,
            )
        return target

    def _group_sector(self, head: Token | None) -> str | None:
        """The sector of the acted-on phrase, or of a group it is about ("pardoned 119 prisoners, among
        them several opposition journalists", "lifted a ban on opposition rallies")."""
        if head is None:
            return None
        own = self.r.sector(head)
        if own is not None:
            return own
        about = [head]
        if head.dep_ == "dobj":  # "lifted the ban on opposition parties", the parser hanging "on" on the verb
            about += [p for c in head.head.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                      for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        for tok in (t for a in about for t in a.subtree):
            if tok.i == head.i or not tok.tag_.startswith("NN") or (found := self.r.sector(tok)) is None:
                continue
            # "payment of wage arrears from the government": the one asked, however deep
            if found in _DOMESTIC or (found in _STATE and tok.dep_ == "pobj" and tok.head.lower_ == "from"):
                return found
            if found == "PTY" and tok.dep_ == "poss" and tok.head.i == head.i:  # "the party's two leaders"
                return found
        return None

    def _place(
        self,
        owners: list[Token | None],
        topics: frozenset[str] = frozenset(),
        preps: frozenset[str] = _PLACE_PREPS,
    ) -> tuple[list[Mention], str | None]:
        """The one country where an act happens, read from the place phrases of the trigger and of its
        actor ("a bombing near the town of Samarra", "a curfew in the town of Cizre"), not from the phrases
        under the prepositions `topics` ("protested against air strikes in Afghanistan")."""
        r = self.r
        found: list[Mention] = []
        own = {o.i for o in owners if o is not None}  # "shut in a commercial strike against Israeli taxes"
        for owner in owners:
            if owner is None:
                continue
            for c in owner.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    for p in c.children:
                        # not "in retaliation for what Washington said was Libyan involvement": no place
                        if p.dep_ == "pobj" and self.r.noun_base(p) not in _ANSWERS:
                            # not a clause about the place: "in Slovakia, where a law restricts Hungarian"
                            kept = [g for g in p.children if g.dep_ != "relcl" and g.i > p.i]
                            end = max([p.idx + len(p), *(g.right_edge.idx + len(g.right_edge) for g in kept)])
                            # the act's own phrase, but not what it is against ("shut their shops in a
                            # strike against Israeli taxes"), nor about
                            topical = [
                                (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
                                for t in p.children if p.i in own and t.dep_ == "prep" and t.lower_ in topics
                            ]  # fmt: skip
                            found += [
                                m for m in r._inside(p.left_edge.idx, end)
                                if m not in found and not any(a <= m.start < b for a, b in topical)
                            ]  # fmt: skip
        if not found:  # "blew himself up among police recruits in the city of Baquba": one phrase deeper
            # not who tells of it: "according to exiled dissident groups in Thailand"
            inner = [
                p for o in owners if o is not None
                for c in o.children if c.dep_ == "prep" and c.lower_ not in topics and c.lower_ != "according"
                for p in c.children
            ]  # fmt: skip
            # "pulled out of two villages in southern Lebanon": a two-word preposition; "pulling its troops
            # back from positions inside Somalia": a preposition on an adverb
            inner += [g for p in inner if p.dep_ == "prep" for g in p.children]
            inner += [
                p for o in owners if o is not None for a in o.children if a.dep_ in ("advmod", "prt")
                for c in a.children if c.dep_ == "prep" for p in c.children
            ]  # fmt: skip
            phrases = [p for p in inner if p.dep_ == "pobj"]
            # "withdrew from villages they had held in southern Lebanon", "a third of its weapons stockpiled
            # in Moldova's Transdniestria region": where a relative or participial clause puts them
            phrases += [c for p in phrases for c in p.children if c.dep_ in ("relcl", "acl")]
            # there "on" places too: "an offensive against rebel strongholds on the Jaffna peninsula", where
            # on the act itself it is a topic or a target ("talks on Kashmir", "an attack on Israel")
            return self._place(phrases, preps=_PLACE_PREPS | {"on"}) if phrases else ([], None)
        found = [m for m in found if any(r.countries.get(a) for a in m.actor_ids)]  # not "Chakwal", unplaced
        # "near the Iranian border": either side of it; "near its border with Chechnya": the far side
        found = [m for m in found if not self._border_of(m) and not self._far_side(m)]
        countries = {r.countries.get(a) for m in found for a in m.actor_ids}
        if len(countries) > 1 and (named := [m for m in found if self._names_the_place(m)]):
            found = named  # "the Ethiopian port of Assab": the writer says whose the place is (then)
        elif len(countries) > 1 and (places := [m for m in found if m.kind in _PLACE_KINDS]):
            # "outside the U.S. embassy in Jakarta": the town says where; the embassy says whose it is
            found = places
            countries = {r.countries.get(a) for m in found for a in m.actor_ids}
        if len(countries) != 1 or None in countries:
            return [], None
        return found, countries.pop()

    def _located(self, sources: list[Mention], head: Token | None) -> bool:
        """Are the actors, not of a state's bodies, known only by where they are ("ethnic Russian leaders in
        Estonia's northeast", "student leaders in Beijing")?"""
        if head is None or not sources or self.r.sector(head) in _STATE:
            return False
        for m in sources:
            root = self._root(m)
            while root is not None and root.dep_ in ("poss", "compound", "conj") and root.head.i != root.i:
                root = root.head
            if root is None or root.dep_ != "pobj" or root.head.lower_ != "in" or root.head.head.i != head.i:
                return False
        return True

    def _described(self, m: Mention) -> Token | None:
        """The noun a country's adjective or possessive describes ("the Angolan government", "Serbian
        officials", "Sierra Leone's new civilian government")."""
        root = self._root(m)
        if (
            root is not None
            and root.dep_ in ("amod", "compound", "poss", "nmod")
            and root.head.tag_.startswith("NN")
        ):
            return root.head
        return root

    def _root(self, m: Mention) -> Token | None:
        """The head word of a mention's words in the parse."""
        span = self.r.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None else None

    def _places_within(self, phrase: Token) -> tuple[list[Mention], str | None]:
        """The places a phrase names anywhere inside it, and their one country if they have one."""
        r, edge = self.r, phrase.right_edge
        places = [m for m in r._inside(phrase.left_edge.idx, edge.idx + len(edge)) if m.kind in _PLACE_KINDS]
        homes = {r.countries.get(a) for m in places for a in m.actor_ids}
        return places, (homes.pop() if len(homes) == 1 and None not in homes else None)

    def _beyond_borders(self, sponsors: bool = False, far: bool = False) -> set[str]:
        """The story's countries, less those named only as whose border it is ("along the Thai border"),
        with `sponsors` only as who brokered or hosts what is done ("under a deal brokered by Norwegian
        mediators"), and with `far` only as the far side of a border ("the border crossing with Spain")."""
        r = self.r
        kept = {
            r.countries.get(a) for m in r.mentions
            if not self._border_of(m)
            and not (sponsors and self._sponsor(m))
            and not (far and self._far_side(m))
            and not self._reporters_whereabouts(m)
            for a in m.actor_ids
        }  # fmt: skip
        return {c for c in r.named_countries if c in kept}

    def _story_countries(self) -> set[str]:
        """The countries the story names, less those named only as where its reporters are."""
        if self._story is None:
            r = self.r
            kept = {
                r.countries.get(a)
                for m in r.mentions
                if not self._reporters_whereabouts(m)
                for a in m.actor_ids
            }
            self._story = {c for c in r.named_countries if c in kept}
        return self._story

    def _reporters_whereabouts(self, m: Mention) -> bool:
        """Is the mention where those who report the story are ("opposition sources in London said",
        "diplomats in Islamabad said"), which is no party to it? Read once per document."""
        if self._whereabouts is None:
            self._whereabouts = frozenset(x.start for x in self.r.mentions if self._reported_from(x))
        return m.start in self._whereabouts

    def _reported_from(self, m: Mention) -> bool:
        tok = self._root(m)
        if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "in":
            return False
        return any(t.dep_ == "nsubj" and t.head.lower_ in _SAYING_FORMS for t in tok.ancestors)

    def _venue_of(self, m: Mention) -> bool:
        """Does the mention say where something is done ("in Jordan", "off the coast of Somalia", "in the
        north of Mali")?"""
        tok = self._root(m)
        if tok is None:
            return False
        for _ in range(2):
            if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
                return False
            prep = tok.head
            if prep.lower_ in _PLACE_PREPS or prep.lower_ == "off":
                return True
            if prep.lower_ != "of" or prep.head.lower_ not in _PARTS_OF_PLACES:
                return False
            tok = prep.head  # "the coast of Somalia"
        return False

    def _sponsor(self, m: Mention) -> bool:
        """Is the mention the one under whose auspices an act is held ("under U.N. auspices", "under the
        aegis of the Arab League"), or who brokered what is agreed ("a ceasefire brokered by European
        Community envoy Lord Carrington"): a host of the act, not its recipient?"""
        tok = self._root(m)
        if tok is None:
            return False
        if tok.lower_.rpartition("-")[2] in _WATCHED:
            return True  # "a U.N.-monitored buffer zone", one word to the parser
        for _ in range(4):
            if tok.lower_ in _AUSPICES:
                return tok.head.lower_ == "under"
            if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lower_ in _BROKERED:
                return True
            if tok.dep_ in ("npadvmod", "amod", "compound") and tok.head.lower_ in _BROKERED:
                return True  # "an Egyptian-brokered truce"
            if tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def _names_the_place(self, m: Mention) -> bool:
        """Is the mention the country word of "the Ethiopian port of Assab", "the Lebanese village of
        Khiam": an adjective on a word for a place that an of-phrase names?"""
        root = self._root(m)
        if root is None or root.dep_ != "amod":
            return False
        kind = root.head
        return self.r.noun_base(kind) in _PLACE_WORDS and any(
            c.lower_ == "of" and any(p.dep_ == "pobj" and p.tag_ == "NNP" for p in c.children)
            for c in kind.children
        )

    def _border_of(self, m: Mention) -> bool:
        """Does the mention only name whose border it is ("near the Iranian border", "along the Thai
        frontier"), which does not say on which side the act took place?"""
        root = self._root(m)
        return (
            root is not None
            and root.dep_ in ("amod", "compound")
            and self.r.noun_base(root.head) in _FRONTIERS
        )

    def _far_side(self, m: Mention) -> bool:
        """Is the mention the far side of a border ("the crossing with Spain", "its border with Iraq")?"""
        root = self._root(m)
        if root is None or root.dep_ != "pobj" or root.head.lower_ != "with":
            return False
        edge = root.head.head
        return self.r.noun_base(edge) in _FRONTIERS | {"crossing"} or any(
            c.dep_ == "compound" and self.r.noun_base(c) in _FRONTIERS for c in edge.children
        )

    def _readied(self, head: Token) -> bool:
        """Is the act what someone prepares or stands ready to do ("prepared to attack", "poised to hit")?"""
        tok = head
        for _ in range(3):
            if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
                return False
            tok = tok.head
            if self.r.verb(tok) == "prepare" or tok.lower_ in _READY:
                return True
        return False

    def _condition_of(self, verb: Token) -> Span | None:
        """The if- or unless-clause a verb depends on, as a span."""
        for c in verb.children:
            if c.dep_ == "advcl":
                mark = _condition_mark(c)
                if mark is not None:
                    return Span.over(self.r.text, mark.idx, c.right_edge.idx + len(c.right_edge))
        return None

    def _condition_subject(self, condition: Span, own: set[str]) -> list[Mention]:
        clause = self.r.doc.char_span(condition.start, condition.end, alignment_mode="expand")
        if clause is None:
            return []
        subject = next((c for c in clause.root.children if c.dep_ in _SUBJECTS), None)
        if subject is None:
            return []
        named = _others(self.r.phrase_mentions(subject), own)
        home = self._home(list(own))
        if len(self.r.named_countries) == 1:
            (home,) = self.r.named_countries
        if not named and home is not None and self.r.sector(subject) in _STATE:
            # "threatened to block the highways unless the government cut taxes": a state body named without
            # a country is the one country of the story, else the threatening side's own
            return [self._body_of(subject, home)]
        return named

    def _stand_of(self, noun: Token) -> bool:
        """Whether a stand's of-phrase names who takes it, as "the" marks it: "the commitment of the United
        States", "with the backing of Iran"; not "his support of Saucier", "an expression of support of
        Trump", or what one acts in: "in support of Orban"."""
        return (
            self.r.noun_base(noun) in _STANDS_OF
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and not (noun.dep_ == "pobj" and noun.head.lower_ == "in")
        )

    def _noun_arguments(self, noun: Token, plover: str) -> tuple[list[Mention], list[Mention]]:
        """An event noun's sides: "Russia's invasion of Ukraine", "sanctions on Russia", "U.S.-China war"."""
        r = self.r
        sources: list[Mention] = []
        targets: list[Mention] = []
        # "Zimbabwe's suspension", "Gbagbo's arrest": the one it befalls, unless an of-phrase names that one
        # ("Russia's suspension of the treaty")
        undergone = r.noun_base(noun) in _UNDERGONE and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
        )
        withheld = noun.dep_ == "dobj" and r.verb(noun.head) in ("withhold", "deny")
        for c in noun.children:
            if c.dep_ == "poss":
                owner = r.phrase_mentions(c)
                if (
                    not owner
                    and c.lower_ in ("its", "their")
                    and self._prep_mentions(noun, _PARTNER_PREPS, set())
                ):
                    owner = r.antecedent(c)  # "its talks with Israel": whom "its" stands for
                (targets if undergone else sources).extend(owner)
            elif c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i:
                named = [m for m in r._inside(c.left_edge.idx, c.idx + len(c)) if m not in sources]
                if (
                    c.dep_ == "compound"
                    and r.noun_base(noun) in _INQUIRIES
                    and all(m.kind == "name" and m.label == "GPE" for m in named)
                ):
                    targets.extend(named)  # "the Russia investigation": the state looked into
                else:
                    sources.extend(named)
            elif c.dep_ == "prep" and c.lower_ == "by":
                for p in c.children:
                    if p.dep_ == "pobj":
                        sources.extend(r.phrase_mentions(p))
            elif c.dep_ == "prep" and c.lower_ == "from" and plover in _SENT_FROM and not withheld:
                # "under a grant from Tokyo", "food aid from the European Union", "a telephone call from
                # Clinton"; "the suspension of Nigeria from the Commonwealth": the body one is put out of puts
                # one out. Not "a withdrawal from Lebanon": the place left; nor "withholding endorsement from
                # Ryan": whom it is kept from
                for p in c.children:
                    if p.dep_ == "pobj":
                        sources.extend(r.phrase_mentions(p))
            elif c.dep_ == "prep" and c.lower_ == "of" and r.noun_base(noun) in _FREEINGS | {"boycott"}:
                # "the release of 52 political prisoners by Cuba": those freed; "a boycott of Chinese goods"
                for p in c.children:
                    if p.dep_ == "pobj":
                        targets.extend(r.phrase_mentions(p))
            elif c.dep_ == "prep" and c.lower_ == "of" and (plover in _DONE_BY_OF or self._stand_of(noun)):
                for p in c.children:  # "the advance of NATO troops", "the withdrawal of Russian forces"
                    if p.dep_ == "pobj":
                        sources.extend(r.phrase_mentions(p))
                        for g in p.children:  # "... of NATO troops towards its border"
                            if (
                                g.dep_ == "prep"
                                and g.lower_ != "of"
                                and g.lower_ in self.lex.preps_for(plover)
                            ):
                                targets.extend(
                                    m for q in g.children if q.dep_ == "pobj" for m in r.phrase_mentions(q)
                                )
            elif (
                c.dep_ == "prep"
                and c.lower_ != "between"
                and (c.lower_ in _NOUN_RECIPIENT_PREPS or c.lower_ in self.lex.preps_for(plover))
            ):
                if c.lower_ == "on" and plover in _ABOUT_ON:
                    continue  # "talks with Macron on Ukraine", "an agreement on Kashmir": the topic
                if c.lower_ == "at" and _cooperative(plover):
                    # "support for Iraq at the United Nations": where it is given; but "talks at the U.N.
                    # between Iran and Iraq", the parties hung on the venue
                    sources.extend(
                        m for p in c.children for g in p.children
                        if g.dep_ == "prep" and g.lower_ == "between"
                        for q in g.children if q.dep_ == "pobj" for m in r.phrase_mentions(q)
                    )  # fmt: skip
                    continue
                for p in c.children:
                    if p.dep_ == "pobj":  # "a ban on U.S. trade with Iran": the partner the dealings are with
                        found = self._dealings_partner(p) or r.phrase_mentions(p)
                        # not where it happens: "talks with communist rebels in Oslo"
                        targets.extend(m for m in found if not self._where(m))
            elif c.dep_ == "prep" and c.lower_ == "between":
                for p in c.children:
                    if p.dep_ == "pobj":
                        sources.extend(r.phrase_mentions(p))
            elif c.dep_ == "acl" and c.lower_ in ("blamed", "attributed"):
                # "a mortar attack blamed on the IRA": whose deed it is said to be
                sources.extend(
                    m for g in c.children if g.dep_ == "prep" and g.lower_ in ("on", "to")
                    for p in g.children if p.dep_ == "pobj" for m in r.phrase_mentions(p)
                )  # fmt: skip
            elif c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBN"):
                # "the sanctions imposed on Libya", "the sanctions it imposed on India and Pakistan"
                targets.extend(
                    m for g in c.children if g.dep_ == "prep" and g.lower_ in ("on", "against")
                    for p in g.children if p.dep_ == "pobj" for m in r.phrase_mentions(p)
                )  # fmt: skip
        if plover == "ACCUSE":  # "a complaint to the Security Council over Israeli air raids": the one blamed
            own = {a for m in sources for a in m.actor_ids}
            # "an investigation into war crimes committed by Serb forces against Croat civilians": blame goes
            # to the doer, not the victim
            doers = [
                m for c in noun.children if c.dep_ == "prep" and c.lower_ in ("into", "over", "of")
                for p in c.children for a in p.children if a.dep_ == "acl" and a.lower_ in _COMMITTED
                for g in a.children if g.dep_ == "agent" for q in g.children for m in r.phrase_mentions(q)
            ]  # fmt: skip
            targets = _others(doers, own) or targets
            heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "lodged a complaint ... over"
            over = [
                m for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("over", "about")
                for p in c.children if p.dep_ == "pobj" for m in r._inside(p.left_edge.idx, p.idx + len(p))
            ]  # fmt: skip
            targets = _others(over, own) or targets
        if not targets and plover in ("REQUEST", "THREATEN", "REJECT"):
            # "Pakistan's call for India to reduce its troops", "Russia's threat to aim missiles at Poland":
            # whom the act asked for, threatened or refused is done to
            own = {a for m in sources for a in m.actor_ids}
            for act in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB"):
                asked = next((g for g in act.children if g.dep_ == "nsubj"), None)
                if asked is not None and plover == "REQUEST":
                    targets = _others(r.phrase_mentions(asked), own)
                else:
                    preps = self.lex.preps_for("*")
                    obj = r._object(act)
                    targets = (_others(r.phrase_mentions(obj), own) if obj is not None else []) or (
                        self._prep_mentions(act, preps, own)
                    )
        if not sources:
            # "the arrest of dozens of activists by Burmese police": the doer the parser hung on the of-phrase
            sources = [
                m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for t in c.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.tag_ in ("NN", "NNS")
                for p in t.children if p.dep_ == "pobj" for m in r.phrase_mentions(p)
            ]  # fmt: skip
        verb = _governing_verb(noun)
        if not targets and verb is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("under", "on"):
            # "placed Aung San Suu Kyi under house arrest", "put three officers on trial": the one placed
            placed = r._object(verb)
            targets = r.phrase_mentions(placed) if placed is not None else []
        if not targets and noun.dep_ == "dobj" and verb is not None and r.verb(verb) in _PASSING_ON:
            # "handed the Israeli ambassador a protest note": whom it is handed to
            handed = [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i < noun.i]
            handed += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
            targets = [m for c in handed for m in r.phrase_mentions(c)]
        if not targets and (struck := _struck_with(noun)) is not None:
            # "Iran was hit with a fresh round of U.N. sanctions": the one it falls on
            targets = r.phrase_mentions(struck)
        counted = noun.dep_ == "pobj" and noun.head.head.dep_ == "dobj"  # "faced a barrage of condemnation"
        if (
            verb is not None
            and verb.lower_ in _RECEIVING
            and (noun.dep_ == "dobj" or counted)
            and not _dealt_with(noun, plover)
        ):
            # "Haiti received food aid from the European Union", "drew sharp criticism from the United
            # States", "won the backing of Russia": the subject is the recipient, the giver is named after;
            # not "to get a deal with Iran", which the subject is party to
            subj = r.subject(verb)
            # "the jailing of two British journalists by Iraq drew protests from London": whose deed it is
            deed = r._noun_entry(subj) if subj is not None else None
            doers = self._noun_arguments(subj, deed.type)[0] if subj is not None and deed is not None else []
            if subj is not None and (got := doers or r.phrase_mentions(subj)):
                own = {a for m in got for a in m.actor_ids}
                return _others(self._givers(noun, verb), own) or _others(sources, own), got
        if (
            not sources
            and verb is not None
            and not self._is_trigger_verb(verb)
            and verb.lower_ not in _ESCAPING
        ):
            # "Italy announced a suspension", "doctors stayed away in protest": the clause's subject; not
            # "Iran rejected the demand", whose verb is an event of its own with the other side as actor; nor
            # "refugees fled the fighting", who escape it
            subj = r.subject(verb)
            if subj is not None:
                sources = r.phrase_mentions(subj)
        elif (
            sources
            and not targets
            and verb is not None
            and noun.dep_ == "dobj"
            and r._is_pact(noun)
            and not self._is_trigger_verb(verb)
            and all(m.start < noun.idx and m.end <= noun.idx for m in sources)
            and (subj := r.subject(verb)) is not None
        ):
            # "Obama pursued the Iran nuclear deal": the one who pursues it is a party, the state the pact is
            # named after the other
            own = {a for m in sources for a in m.actor_ids}
            party = [m for m in r.phrase_mentions(subj) if not set(m.actor_ids) & own]
            if party:
                sources, targets = party, sources
        return sources, targets

    def _dealings_partner(self, dealings: Token) -> list[Mention]:
        """Whom dealings are with: "U.S. trade and investment with Iran", "arms sales to Taiwan"."""
        r = self.r
        if r.noun_base(dealings) not in self.lex.dealings:
            return []
        heads = [dealings, *(c for c in dealings.children if c.dep_ == "conj")]
        preps = [c for h in heads for c in h.children]
        if dealings.dep_ == "dobj":  # "halted US grain sales to the Soviet Union", "to" hung on the verb
            preps += [c for c in dealings.head.children if c.i == dealings.right_edge.i + 1]
        return [
            m for c in preps if c.dep_ == "prep" and c.lower_ in ("with", "to")
            for p in c.children if p.dep_ == "pobj" for m in r.phrase_mentions(p)
        ]  # fmt: skip

    def _givers(self, noun: Token, verb: Token) -> list[Mention]:
        """Who gives what a receiving verb's object names: "criticism from the United States", "the backing
        of Russia", "condemnation at the United Nations"."""
        for preps in _GIVER_PREPS:
            phrases = [
                p for h in (noun, verb) for c in h.children
                if c.dep_ in ("prep", "agent") and c.lower_ in preps and (h is noun or c.lower_ != "of")
                for p in c.children if p.dep_ == "pobj"
            ]  # fmt: skip
            if found := [m for p in phrases for m in self.r.phrase_mentions(p)]:
                return found
        return []

    def _is_trigger_verb(self, verb: Token) -> bool:
        return verb.i in self._verb_heads

    def _recipients(self, head: Token, f: _Found, content: Token | None, own: set[str]) -> list[Mention]:
        """Who the act is done to: the object ("expelled two Russian diplomats"; for a thing, whose thing:
        "rejected Israel's proposal"), a recipient preposition ("talks with", "sanctions on"), the one
        asked in a request ("demanded that the US cancel"), or the refused or threatened act's own."""
        r = self.r
        # and the preposition an idiom needs: "poured cold water on a Palestinian proposal"
        preps = self.lex.preps_for(f.trigger.type) | f.trigger.needs_prep
        general = preps | self.lex.preps_for("*")
        if f.trigger.mode == "resign":  # "quit the presidency by fax from Tokyo": where it was sent from
            preps, general = preps - {"from"}, general - {"from"}
        obj = r._object(head)
        # "X must stop funding ..., Morales told a rally of supporters": the crowd told is not the one asked
        if obj is not None and f.content is not None and r.noun_base(obj) in _AUDIENCES:
            obj = None
        if obj is None and f.noun is None and f.trigger.type in ("ASSAULT", "COERCE"):
            obj = next(iter(_joined_objects(head)), None)  # "beat and arrested dozens of supporters"
        out: list[Mention] = []
        if f.trigger.type == "SANCTION" and f.trigger.mode == "withdraw" and f.noun is None:
            # "recalled Venezuela's ambassador from Bogota": where the envoy is called home from, not whose
            out = self._prep_mentions(head, {"from"}, own) or (
                self._prep_mentions(obj, {"from", "to", "in"}, own) if obj is not None else []
            )
        if f.trigger.type == "CONSULT":
            # "travel to Beijing for a new meeting with Xi", "arrived in Geneva for talks with the Iranian
            # foreign minister": whom the trip is to meet, before where it goes
            out = self._meeting_partner(head, own)
        if r.verb(head) in _RETAKING:  # "to retake the Falkland Islands from Argentine troops": the holders
            out = self._prep_mentions(head, {"from"}, own)
        if r.verb(head) in _EXTRADITING:
            # "refused to hand Osama bin Laden over to the United States": whom he would be handed to
            out = self._prep_mentions(head, {"to"}, own) or next(
                (
                    found
                    for c in head.children
                    if c.dep_ == "prt" and (found := self._prep_mentions(c, {"to"}, own))
                ),
                [],
            )
        if f.trigger.type == "MOBILIZE" and f.noun is None:
            # "moved troops into Fujian province opposite Taiwan": whom the ground they go to faces
            out = [
                m for t in head.subtree if t.dep_ == "prep" and t.lower_ in ("opposite", "facing")
                for p in t.children if p.dep_ == "pobj" for m in _others(r.phrase_mentions(p), own)
            ]  # fmt: skip
        if f.trigger.type == "REQUEST" and obj is not None:  # "demanded the release of a driver seized by X"
            out = self._holder(obj, own) or self._withdrawing(obj, own)
        if f.trigger.mode == "access" and obj is not None and f.noun is None:
            # "let a U.N. aid convoy through to Gorazde": those let in, before where they are going
            out = [m for m in _others(r.phrase_mentions(obj), own) if m.kind != "place"]
        if not out and f.trigger.type == "REQUEST":
            # "called for an emergency meeting of the Organisation of the Islamic Conference": the body asked
            # to meet is the one asked
            asked = [obj] if obj is not None else []
            asked += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children]
            out = next(
                (
                    m
                    for p in asked
                    if r.noun_base(p) in _MEETINGS and (m := self._prep_mentions(p, {"of"}, own))
                ),
                [],
            )
        if not out and f.trigger.type == "REQUEST":  # "requested the extradition of Pinochet from Britain"
            out = self._prep_mentions(head, {"from"}, own) or (
                self._prep_mentions(obj, {"from"}, own) if obj is not None else []
            )
        deed = (
            r._noun_entry(obj) if f.trigger.type == "ACCUSE" and obj is not None and f.noun is None else None
        )
        lodged_with = (
            self._prep_mentions(obj, {"with", "to"}, own)
            if deed is not None and f.start <= obj.idx < f.end
            else []
        )
        if lodged_with:  # "lodged a strong protest with the United States over NATO's attack in Belgrade"
            out = lodged_with
        elif deed is not None:
            # "deplored the execution of a Filipino maid in the Emirates": blame goes to who did it, else to
            # where it was done, not to whom it was done
            out = _others(self._noun_arguments(obj, deed.type)[0], own) or self._place([obj])[0]
        if f.trigger.type == "PROTEST":
            # "protested against the killing of a Hamas leader by Israeli forces": against who did the deed
            # and the purpose's: "marched through Gaza City to protest against the killing ..."; not where a
            # march is aimed at someone of its own ("marched on the U.S. embassy to protest against NATO
            # strikes")
            aimed = any(
                c.dep_ == "prep" and c.lower_ in ("on", "to", "at", "outside") and r.phrase_mentions(p)
                for c in head.children for p in c.children if p.dep_ == "pobj"
            )  # fmt: skip
            purpose = [
                c
                for c in head.children
                if c.dep_ in ("advcl", "xcomp") and r.verb(c) == "protest" and not aimed
            ]
            deeds = [
                (p, d) for t in {head, f.noun or head, *purpose} for c in t.children
                if c.dep_ == "prep" and c.lower_ in ("against", "over")
                for p in c.children if p.dep_ == "pobj" and (d := r._noun_entry(p)) is not None
            ]  # fmt: skip
            out = next(
                (doers for p, d in deeds if not _cooperative(d.type)
                 if (doers := _others(self._noun_arguments(p, d.type)[0], own))),
                [],
            )  # fmt: skip
            # "a hunger strike against Israel's practice of detention without trial": whose the thing is
            owners = [
                g for t in {head, f.noun or head, *purpose} for c in t.children
                if c.dep_ == "prep" and c.lower_ in ("against", "over")
                for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "poss"
            ]  # fmt: skip
            out = out or next((m for g in owners if (m := _others(r.phrase_mentions(g), own))), [])
            # "rallied in Beirut demanding the withdrawal of Syrian troops": whose pull-back is demanded
            demanded = [
                o for c in head.children if c.dep_ in ("advcl", "xcomp") and r.verb(c) in ("demand", "urge")
                for o in c.children if o.dep_ == "dobj"
            ]  # fmt: skip
            out = out or next((m for o in demanded if (m := self._withdrawing(o, own))), [])
            # "rallied in Yerevan, demanding that Moscow transfer the enclave": the one asked to act
            asked = [
                g for c in head.children if c.dep_ in ("advcl", "xcomp") and r.verb(c) in ("demand", "urge")
                for v in c.children if v.dep_ == "ccomp" for g in v.children if g.dep_ == "nsubj"
            ]  # fmt: skip
            out = out or next((m for g in asked if (m := _others(r.phrase_mentions(g), own))), [])
        if obj is not None and r.noun_base(obj) in _SENTENCES:  # "handed down death sentences to X"
            out = self._prep_mentions(head, {"to", "on"}, own)
            obj = None
        if not out and obj is not None and f.noun is None and f.trigger.object_is != "content":
            out = self._object_side(obj, general, own)
        if not out and (held := self._own_people_held(f)) is not None:
            # "indicted a former CIA officer", "arrested two Chinese dissidents for contacts with Taiwan":
            # one's own people charged or held, before what a phrase after them says they did
            out = [m for m in r.phrase_mentions(held) if m.kind != "place"]
        if not out:
            out = self._dative(head, own) or self._prep_mentions(head, preps, own)
        if not out and obj is None and f.trigger.type not in _NOT_PEACEMAKING:
            # not "would accept mediation by the OAU in its war with Ethiopia": the mediator is accepted
            out = self._quarrel_sides(head, own)
        # "made the release of its hostages a condition for better ties with Iran": whom the ties are with
        terms = [
            c for c in head.children if c.dep_ == "dobj" and r.noun_base(c) in ("condition", "precondition")
        ]
        if not out and terms and f.noun is None:
            out = next(
                (m for c in terms[0].children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                 if (m := self._prep_mentions(p, {"with", "between"}, own))),
                [],
            )  # fmt: skip
        if not out and obj is not None and f.noun is None and f.trigger.object_is == "content":
            # "banned U.S. trade with Iran": the partner; "hand over sovereignty of Gibraltar to Spain": the
            # verb's recipient, hung by the parser on the object
            out = self._prep_mentions(obj, {"with", "between"}, own) or self._prep_mentions(obj, preps, own)
            if not out and f.trigger.type == "CONSULT":
                # "negotiate the sovereignty of the Falklands with Argentina": the partner, hung on a noun
                # further in; not "accepted a U.S. proposal for talks with Israel", whose proposer receives it
                out = next(
                    (m for t in obj.subtree if t.i != obj.i and (m := self._prep_mentions(t, {"with"}, own))),
                    [],
                )
        if not out and obj is not None and f.noun is None and r._noun_entry(obj) is not None:
            # "would freeze cooperation with NATO", the parser hanging the partner on the verb
            out = self._prep_mentions(head, {"with", "between"}, own)
        # the act the object names, or counts: "waived most of the sanctions it imposed on India"
        undone = r._event_noun(obj) if not out and obj is not None and f.noun is None else None
        act, named = undone if undone is not None else (None, None)
        if (
            act is not None
            and named is not None
            and (
                f.trigger.type in ("CONCEDE", "RETREAT", "SANCTION")
                or (f.trigger.type == "REJECT" and _material(named.type))
            )
        ):
            # "lifted the U.S. trade embargo against Vietnam", "vetoed the EU's aid package for Turkey": the
            # act undone, cut or blocked is aimed where it was; not "rejected the IAEA's request to ..."
            out = _others(self._noun_arguments(act, named.type)[1], own)
            if (
                not out and named.type == "SANCTION"
            ):  # "lifted economic sanctions on Iran", "on" hung on the verb
                out = self._prep_mentions(head, {"on", "against"}, own)
            if (
                not out
            ):  # "lifted its ban on travel to Vietnam", "on" hung on the verb: whom the dealings are with
                out = _others(
                    [m for c in head.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
                     if p.dep_ == "pobj" for m in self._dealings_partner(p)],
                    own,
                )  # fmt: skip
        # not what talks or a deal are "on": "resume talks on Palestinian self-rule", "reached an agreement
        # on Hong Kong's new airport"
        topic = obj is not None and (
            f.trigger.type in _ABOUT_ON or getattr(r._noun_entry(obj), "type", None) in _ABOUT_ON
        )
        about = general - ({"on"} if topic else set())
        if not out and obj is not None and f.noun is None and not self._joint_talk(f, own):
            # "rejected Israel's proposal": whose thing; not "the Suez Canal"; but a people's word is whose
            # the thing is: "a Basque plan"
            out = [m for m in self._object_side(obj, about, own) if m.kind != "place" or m.label == "NORP"]
        if not out and obj is not None:  # "agreed on a deal with X", "a mediation effort between X and Y"
            out = self._prep_mentions(obj, about | {"between"}, own)
        if not out and obj is not None and f.trigger.type == "ASSAULT":
            # "to avenge the killing of its leader in an Israeli air strike": the strike's doer
            strikes = [
                p for c in obj.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                if p.dep_ == "pobj" and getattr(r._noun_entry(p), "type", None) == "ASSAULT"
            ]  # fmt: skip
            out = _others([m for p in strikes for m in self._noun_arguments(p, "ASSAULT")[0]], own)
        if not out and content is not None and f.trigger.type == "REQUEST":
            # "South Africa wants Mozambique to expel ANC members": the one asked, before whom it is to act on
            asked = next((c for c in content.children if c.dep_ == "nsubj"), None)
            out = _others(r.phrase_mentions(asked), own) if asked is not None else []
        # "refused to deploy troops in Iraq": the refused act's recipient; not for a charge, whose accused is
        # its object ("charged an official with leaking data to a Russian diplomat")
        if not out and content is not None and not (f.trigger.type == "ACCUSE" and obj is not None):
            inner = r._verb_trigger(content, r.verb(content) or "") if r.verb(content) else None
            out = self._recipients(content, inner or f, None, own)
            if (
                not out
                and inner is not None
                and inner.trigger.type == "RETREAT"
                and inner.trigger.mode in ("withdraw", "ceasefire")
            ):  # "agreed to halt military operations in Georgia": where the fighting to be halted is
                homes = self._countries(list(own))
                places = self._place([content, r._object(content)])[0]
                out = [
                    m for m in places
                    if not {r.countries.get(a) for a in m.actor_ids} & homes and not self._meeting_place(m)
                ]  # fmt: skip
            if not out:  # "agreed to allow UN inspectors to return": whom the act lets or makes do something
                # "help Washington search", the parser reading the name as the verb's compound
                let = next(
                    (g for c in content.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                     if g.dep_ in ("nsubj", "nsubjpass")
                     or (g.dep_ == "compound" and g.tag_ == "NNP" and c.tag_ == "VB")),
                    None,
                )  # fmt: skip
                out = _others(r.phrase_mentions(let), own) if let is not None else []
        if not out and f.noun is None and f.trigger.type not in ("REQUEST", "THREATEN", "ACCUSE", "REJECT"):
            # "helped Venezuela modernise its air force": whom the act lets or makes do something
            let = next((g for c in head.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                        if g.dep_ in ("nsubj", "nsubjpass")), None)  # fmt: skip
            out = _others(r.phrase_mentions(let), own) if let is not None else []
        if (
            not out
            and not self._joint_talk(f, own)
            and f.trigger.type != "REQUEST"
            and (aim := _purpose_object(head)) is not None
        ):
            # "opened fire to disperse the demonstrators", "sent peacekeepers to help stabilise Liberia"; not
            # the topic of talks between two sides ("met in Geneva to discuss the Syrian crisis"), nor whom
            # what is asked for would help ("appealed for grain to feed drought victims in Ethiopia")
            out = _others(r.phrase_mentions(aim), own)
        if not out and obj is not None and f.trigger.cameo == "063":
            # "extradited two men wanted in Bangladesh": a suspect goes to the state that wants him
            wanted = [a for a in obj.children if a.dep_ == "acl" and a.lower_ == "wanted"]
            out = next((m for a in wanted if (m := self._prep_mentions(a, {"in", "by"}, own))), [])
        if not out and f.trigger.type == "REJECT":
            # "refused to take part in talks proposed by Seoul": a refusal reaches whoever proposed
            proposers = [
                p for t in head.subtree if t.dep_ == "acl" and t.lower_ in _PROPOSED
                for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
            ]  # fmt: skip
            out = next((m for p in proposers if (m := _others(r.phrase_mentions(p), own))), [])
        if not out and f.noun is None and f.trigger.type == "REJECT" and (pact := r._pact_of(head, ("on",))):
            out = self._prep_mentions(pact, {"with", "between"}, own)  # "reneged on its deal with Seoul"
        if not out and f.trigger is _REFUSAL and (refused := r._deemed_unacceptable(head)) is not None:
            out = _others(r.phrase_mentions(refused), own)  # whose proposal was called unacceptable
        if not out and f.trigger.type in ("REQUEST", "THREATEN", "ACCUSE"):
            said = {t.i for t in r.reported_clauses(head)}
            noun = (
                [*f.noun.children] if f.noun is not None and f.noun.i != head.i else []
            )  # "its call for X to"
            for c in [*head.children, *(t for t in r.reported_clauses(head) if t.head.i != head.i), *noun]:
                # "demanded that the US cancel", "alleged that Pakistan's agency had ..."
                asked_for = c.dep_ in ("advcl", "acl") and any(  # "a call by the Arab League for Iraq to"
                    g.dep_ == "mark" and g.lower_ == "for" for g in c.children
                )
                if c.i in said or asked_for:  # "appealed for U.N. peacekeepers to monitor"
                    subj = next((g for g in c.children if g.dep_ in _SUBJECTS), None)
                    if subj is None and c.tag_.startswith("NN"):  # "that Pyongyang apologise", read as a noun
                        subj = next((g for g in c.children if g.dep_ == "compound"), None)
                    if subj is not None:  # not the speaker's own state: "Lavrov warned that Moscow would not"
                        state = {a for a in own if a.startswith("person:") or a in r.named_countries}
                        homes = own | {c for a in state if (c := r.countries.get(a))}
                        named = r.phrase_mentions(subj)
                        out = [m for m in _others(named, own) if not set(m.actor_ids) & homes]
                        if (
                            not out
                            and f.trigger.type == "REQUEST"
                            and r.sector(r.subject(head)) in _DOMESTIC | _TRADES
                        ):
                            # "French farmers demanded that Paris halt imports": a people's demand on its
                            # own state is a domestic event
                            out = [m for m in named if m.kind == "metonym" or m.label == "GPE"]
        # "in a letter to the Security Council", where no clause names who is to act ("demanded in a letter
        # to the UN that Chile pay" asks Chile)
        if not out and f.trigger.type in ("REQUEST", "ACCUSE"):
            for c in head.children:
                letter = next((p for p in c.children if p.dep_ == "pobj"), None) if c.dep_ == "prep" else None
                if letter is not None and r.noun_base(letter) in _LETTERS:
                    out = out or self._prep_mentions(letter, {"to"}, own)
        if not out and f.trigger.type in ("AGREE", "CONCEDE", "RETREAT"):
            out = self._in_return_from(head, own)
        return out

    def _in_return_from(self, head: Token, own: set[str]) -> list[Mention]:
        """Whom a bargain is struck with, named by what is had from them in return: "agreed to freeze its
        nuclear programme in return for help from the United States"."""
        for tok in head.subtree:
            if tok.lower_ in ("return", "exchange") and tok.head.lower_ == "in" and tok.dep_ == "pobj":
                goods = [p for c in tok.children if c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
                # the giver may hang on the bargain itself: "in return for fuel supplies from Russia"
                found = [m for g in [*goods, tok] for m in self._prep_mentions(g, {"from", "by"}, own)]
                # or own it: "in return for a U.S. promise to admit 20,000 Cubans", "for Israel's withdrawal"
                owners = [c for g in goods for c in g.lefts if c.dep_ in ("poss", "amod", "compound")]
                found = found or _others([m for c in owners for m in self.r.phrase_mentions(c)], own)
                if found:
                    return found
        return []

    def _object_side(self, obj: Token, preps: frozenset[str], own: set[str]) -> list[Mention]:
        counted = _of_object(obj) if self.r.noun_base(obj) in _COUNTING else None
        if counted is not None and not self.r.phrase_mentions(obj):  # "a fresh round of talks between ..."
            obj = counted
        # "halted US grain sales to the Soviet Union": whom dealings are with, before whose they are
        return (
            _others(self._dealings_partner(obj), own)
            or _others(self.r.phrase_mentions(obj), own)
            or _others(self.r.titled_name(obj), own)
            or self._prep_mentions(obj, preps | _OBJECT_PREPS, own)
        )

    def _around(self, head: Token, own: set[str], skip: int = -1) -> list[Mention]:
        """Last resort for a recipient: the first other actor in a purpose or object phrase of the trigger
        ("mobilized reservists for a possible war against Iraq"); time and place phrases are not read, nor
        the phrase at index `skip`."""
        brokers: list[Mention] = []
        for c in head.children:
            if c.dep_ in _AROUND and c.lower_ not in _SETTING_PREPS and c.i > head.i and c.i != skip:
                for t in _phrase_words(c):
                    if t.i - head.i > 12 or (t.dep_ == "prep" and t.lower_ in _SETTING_PREPS):
                        break
                    if t.dep_ == "poss" and self.r.noun_base(t.head) in _RELATIONAL:
                        continue  # "the deputy chief of Israel's militia ally": not Israel's own
                    if self._venue_of_talks(t):
                        continue  # "walked out of the Geneva missile talks with the United States"
                    # who brokered it only when no other side is named: "agreed to a Russian-brokered
                    # ceasefire with Armenia" is made with Armenia, "to a U.S.-brokered ceasefire" with the US
                    if hosts := [m for m in self.r.mention_at(t) if _BROKER.match(self.r.text, m.end)]:
                        brokers += _others(hosts, own)
                        own = own | {a for m in hosts for a in m.actor_ids}
                    here = [
                        m for m in _others(self.r.mention_at(t), own) if not _BACKER.match(self.r.text, m.end)
                    ]
                    if here:  # not the backer: "a ceasefire with the UN-recognised government in Tripoli"
                        # the whole name's phrase, its conjuncts too: "from the United States and the EU"
                        name = self.r.doc.char_span(here[0].start, here[0].end, alignment_mode="expand")
                        root = name.root if name is not None else t
                        return _others(self.r.phrase_mentions(root), own) or here
        return brokers

    def _venue_of_talks(self, tok: Token) -> bool:
        """A city named in front of a meeting ("the Geneva talks", "the Reykjavik summit"): where it sits, not
        a party to it."""
        head = tok
        while head.dep_ == "compound" and head.head is not head:
            head = head.head
        if head is tok or self.r.noun_base(head) not in _MEETINGS:
            return False
        found = self.r.mention_at(tok)
        return bool(found) and all(m.kind == "place" for m in found)

    def _dative(self, head: Token, own: set[str]) -> list[Mention]:
        """ "gave Ukraine weapons", "sent weapons to Ukraine" (the parser calls both dative)."""
        for c in head.children:
            if c.dep_ == "dative":
                tok = next((p for p in c.children if p.dep_ == "pobj"), None) if c.tag_ == "IN" else c
                if tok is not None and (found := _others(self.r.phrase_mentions(tok), own)):
                    return found
        return []

    def _debtor(self, thing: Token) -> list[Mention]:
        """Who owes a sum or a debt named in a phrase: "the debt owed by Hanoi", "owed to them by
        Mozambique", "the $33 billion that Poland owes", "Zambia's debt"."""
        r = self.r
        for t in thing.subtree:
            if t.lower_ in ("owed", "owing") and t.dep_ in ("acl", "relcl", "amod"):
                by = [
                    p
                    for c in t.children
                    if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                    for p in c.children
                ]
                if by and (found := r.phrase_mentions(by[0])):
                    return found
            if t.lower_ in ("owes", "owe") and t.dep_ == "relcl":
                who = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE), None)
                if who is not None and (found := r.phrase_mentions(who)):
                    return found
            if r.noun_base(t) in ("debt", "arrears"):
                owner = next((c for c in t.children if c.dep_ == "poss"), None)
                if owner is not None and (found := r.phrase_mentions(owner)):
                    return found
        return []

    def _holder(self, obj: Token, own: set[str]) -> list[Mention]:
        """Who holds the captives whose release is asked for: "the release of a Filipino driver seized by
        militants in Iraq" asks the captors (or the country they hold him in), not the Philippines."""
        r = self.r
        if r.noun_base(obj) not in ("release", "freedom", "freeing", "return"):
            return []
        for c in obj.children:
            for p in (p for p in c.children if c.dep_ == "prep" and c.lower_ == "of" and p.dep_ == "pobj"):
                # "seized by militants in Iraq", or told in a clause: "an executive of Yazaki Corp who was
                # abducted by leftist guerrillas in Colombia" (the clause may hang on the last noun)
                clauses = [
                    a for a in p.subtree
                    if (a.dep_ == "acl" and a.tag_ == "VBN" and a.head.i == p.i)
                    or (a.dep_ == "relcl" and any(g.dep_ == "auxpass" for g in a.children))
                ]  # fmt: skip
                for held in clauses:
                    # the captors ("seized by militants in Iraq"), else where the captive is ("held in Iraq")
                    phrases = [g for d in held.children if d.dep_ in ("agent", "prep") for g in d.children
                               if g.dep_ == "pobj"]  # fmt: skip
                    found = [m for g in phrases for m in _others(r.phrase_mentions(g), own)]
                    if found:
                        return found
        return []

    def _brought_together(self, talks: Token) -> list[Mention]:
        """The sides a mediator brings to talks: "brought the government and the rebels together in Arusha
        for a new round of peace talks"."""
        tok = talks
        while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
            tok = tok.head.head  # "a new round of talks"
        if tok.dep_ != "pobj" or tok.head.lower_ != "for" or self.r.verb(tok.head.head) not in _CONVENING:
            return []
        sides = [c for c in tok.head.head.children if c.dep_ == "dobj"]
        sides += [g for c in sides for g in self.r._conjuncts(c)]
        return [m for c in sides for m in self.r.phrase_mentions(c) if m.kind != "place"]

    def _withdrawing(self, obj: Token, own: set[str]) -> list[Mention]:
        """Whose forces a pull-back asked for would withdraw: "the withdrawal of Argentine forces from the
        Falkland Islands" asks Argentina, not the islands."""
        if self.r.noun_base(obj) not in _PULLBACKS:
            return []
        forces = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"]  # fmt: skip
        return [m for p in forces for m in _others(self.r.phrase_mentions(p), own) if m.kind != "place"]

    def _prep_mentions(self, tok: Token, preps: frozenset[str] | set[str], own: set[str]) -> list[Mention]:
        # "pull its troops back from Eritrea": the phrase the parser hung on the particle
        particles = [g for a in tok.children if a.dep_ in ("advmod", "prt") and a.lower_ in _PARTICLES
                     for g in a.children]  # fmt: skip
        particles += [g for a in _particles_on_object(tok) for g in a.children]
        for c in [*tok.children, *particles, *_misplaced_preps(tok)]:
            front = _in_front_of(c)  # "in front of the U.S. embassy": as "outside" it
            if front is not None and "outside" in preps:
                c = front
            elif c.dep_ != "prep" or c.lower_ not in preps:
                continue
            # "called on neighbouring Tanzania", the parser reading "neighbouring" as a verb: its object
            phrases = [p for p in c.children if p.dep_ == "pobj"] + [
                g for p in c.children if p.dep_ == "pcomp" and p.tag_ == "VBG" for g in p.children
                if g.dep_ == "dobj"
            ]  # fmt: skip
            for p in phrases:
                if _owned(p) is not None:
                    continue  # "two divisions of its Republican Guard": the actor's own
                found = _others(self.r.phrase_mentions(p), own)
                if c.lower_ == "at" and self.r.noun_base(p) in _MEETINGS:
                    found = [m for m in found if m.kind != "place"]  # "at a special session in Geneva"
                # "back from positions inside Eritrea", "out of bases in Saudi Arabia": where the places are
                left = c.lower_ == "from" or (c.lower_ == "of" and c.head.lower_ == "out")
                inner = [g for q in p.children if left and q.dep_ == "prep" and q.lower_ in ("in", "inside")
                         for g in q.children if g.dep_ == "pobj"]  # fmt: skip
                found = found or [m for g in inner for m in _others(self.r.phrase_mentions(g), own)]
                if found:
                    return found
        return []

    def _quarrel_sides(self, head: Token, own: set[str]) -> list[Mention]:
        """ "mediated in the conflict between Ethiopia and Eritrea", "declared a truce in their war with the
        government": the sides of the quarrel an act of peacemaking is about."""
        return [
            m for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "over", "to")
            for p in c.children if p.dep_ == "pobj" and self.r.noun_base(p) in _QUARRELS
            for q in p.children if q.dep_ == "prep" and q.lower_ in ("between", "with")
            for g in q.children if g.dep_ == "pobj" for m in _others(self.r.phrase_mentions(g), own)
        ]  # fmt: skip

    def _marked_reciprocal(self, head: Token, f: _Found, *, pronoun: bool = False) -> bool:
        """ "support each other", "met one another" (the object or a preposition's), or a modifier of the
        trigger itself: "jointly", "joint operations", "mutual support"; not a "joint statement" elsewhere.
        With `pronoun`, only "each other" and "one another" (and trading acts) count."""
        markers = self.lex.reciprocal_markers
        if pronoun:
            markers = [m for m in markers if " " in m]
        if (self.r.verb(head) or "") in ("trade", "exchange", "swap"):
            return True  # "traded accusations", "exchanged fire": each side to the other
        toks = [head, *([f.noun] if f.noun is not None else [])]
        doc = head.doc
        for t in toks:
            for c in t.children:
                if c.dep_ in ("advmod", "amod", "npadvmod") and c.lower_ in markers and not pronoun:
                    return True
                if c.dep_ not in ("dobj", "pobj", "prep", "det", "advmod"):
                    continue
                for w in c.subtree:
                    if (
                        w.i + 1 < len(doc)
                        and f"{w.lower_} {doc[w.i + 1].lower_}" in markers
                        and abs(w.i - t.i) <= 4
                    ):
                        return True
        return False

    def _modality(self, f: _Found, source_ids: list[str]) -> tuple[str, list[str], Span | None]:
        r = self.r
        head = f.head
        chain = [head]
        tok = head
        if f.noun is not None and f.noun.i == head.i and _party_to(head) is not None:
            tok = head.head.head  # "denied it was involved in the attack": the deed's mood is the hand's
            chain.append(tok)
        while (
            tok.dep_ in ("xcomp", "conj", "ccomp", "advcl", "acomp", "pcomp")
            and tok.head.i != tok.i
            and len(chain) < 5
            and not remarked_on(tok)
        ):
            # "committed to sharing": past the preposition to the verb
            tok = tok.head.head if tok.dep_ == "pcomp" and tok.head.head.i != tok.head.i else tok.head
            chain.append(tok)
        if tok.dep_ == "acl" and any(c.lower_ == "to" for c in tok.children):
            # "European Union foreign ministers offered on Monday to help Albania", "offered" and "help" both
            # read as clauses on "ministers": the infinitive is what the verb before it offers
            offered = [
                c for c in tok.head.children
                if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i < tok.i
                and r.verb(c) in self.lex.intent
            ]  # fmt: skip
            chain += offered[-1:]
        ready = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("for", "to") else None
        if (
            f.noun is not None
            and f.noun.i == head.i
            and ready is not None
            and ready.dep_ == "acomp"
            and ready.lower_ in self.lex.intent_adjectives
        ):
            chain += [ready, ready.head]  # "was ready for talks", "was not open to dialogue": talks to come
        claimants = self._claimants(f, source_ids)
        negated = future = hypothetical = ongoing = False
        receiver = _governing_verb(head) if f.noun is not None and f.noun.i == head.i else None
        if receiver is not None and receiver.lower_ in _RECEIVING:
            chain.append(receiver)  # "Zambia will get a $400 million loan from China": the loan is to come
        if receiver is None and f.noun is not None and f.noun.i == head.i and f.trigger.type == "CONSULT":
            receiver = _gone_back_to(head)
        unready = False
        joined = (
            receiver
            if receiver is not None
            and f.trigger.type == "CONSULT"
            and r.noun_base(head) in _MEETINGS | {"dialogue"}  # talks one goes to; not a visit
            and receiver.lower_ in _TAKING_PART
            else None
        )
        if joined is not None and joined.i != head.i:
            chain.append(joined)  # "would never go back to the six-party talks": the talks will not be held
            up = joined
            while up.dep_ == "xcomp" and up.head.i != up.i and len(chain) < 6:
                up = up.head  # "was ready to rejoin the talks": the joining's own mood
                chain.append(up)
            # "was not ready to return to the talks"
            unready = up.dep_ == "acomp" and any(c.dep_ == "neg" for c in up.head.children)
        condition: Span | None = None
        for i, t in enumerate(chain):
            kids = list(t.children)
            denied = any(
                (c.dep_ == "neg" and not _whether_or_not(c))
                or (c.lower_ in _NEGATION and c.dep_ in ("advmod", "det"))
                for c in kids
            )
            # "did not say he would go" is not a denial of going; "did not mention the case when he met
            # Sisi": the meeting happened
            if i > 0 and _asked_about(chain[i - 1]):
                break  # what one (does not) know the reason for happened, whatever the knowing's mood
            # "vowed never to divide Jerusalem, rejecting Palestinian demands": a participle set beside a verb
            # told as done is done, whatever that verb promises; not "would close the strait, cutting off ..."
            beside = i > 0 and chain[i - 1].dep_ == "advcl" and chain[i - 1].tag_ == "VBG"
            # (or an infinitive the parser hung it on: "vowed never to divide Jerusalem, rejecting ...")
            done = t.tag_ in ("VBD", "VBZ", "VBP", "VB") and not any(
                c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | _CONDITIONAL_AUX for c in kids
            )
            if beside and done and not any(c.dep_ in ("mark", "aux") for c in chain[i - 1].children):
                break
            unwilling = (
                i > 0 and chain[i - 1].dep_ == "acomp" and chain[i - 1].lower_ in self.lex.intent_adjectives
            )
            if denied and (
                i == 0 or unwilling or (t.dep_ != "ccomp" and not _told_as_a_fact(chain[i - 1]))
            ):  # and "said it was not ready to hold talks", a reported clause's own denial
                negated = True
            if (
                i > 0
                and t.lower_ in _DENYING
                and chain[i - 1].dep_ in ("ccomp", "xcomp")
                and not _cooperative(f.trigger.type)
            ):
                # "Pakistan denied that its troops had crossed into India", "Syria denied shelling Lebanese
                # villages": not told as done (a cooperative
                # act negated codes as a refusal, which a denial is not: those stay as told)
                negated = True
            for c in kids:
                if c.dep_ == "aux" and c.lower_ in _FUTURE_AUX:
                    future = True
                elif c.dep_ == "aux" and c.lower_ in _CONDITIONAL_AUX:
                    if t.head.lower_ in _SAY_FORMS or (
                        i + 1 < len(chain) and chain[i + 1].lower_ in _SAY_FORMS
                    ):
                        future = True  # "said they would boycott": reported intent
                    else:
                        hypothetical = True
                elif c.dep_ == "mark" and c.lower_ in _IF and t.dep_ == "advcl":
                    hypothetical = True
                elif (
                    c.dep_ == "advcl"
                    and condition is None
                    and (i == 0 or chain[i - 1].dep_ == "xcomp" or (i > 1 and chain[i - 1].dep_ == "acomp"))
                ):
                    # the act's own, or its governor's: "would not hesitate to use force if ...", "was ready
                    # to launch air strikes unless Belgrade stopped"
                    condition = self._condition_of(t)
                elif (
                    c.dep_ == "aux"
                    and c.tag_ in ("VBZ", "VBP", "VBD")
                    and c.lower_ in ("is", "are", "was", "were")
                    and t.tag_ == "VBG"
                ):
                    ongoing = True
            base = r.verb(t) or t.lower_
            if i > 0 and t.lower_ in _FAILING and all(c.dep_ == "xcomp" for c in chain[:i]):
                negated = True  # "India and Pakistan failed to agree on a withdrawal": no agreement
            if i > 0 and t.lower_ == "short" and t.head.lower_ in _QUITTING and chain[i - 1].dep_ == "pcomp":
                negated = True  # "stopped short of agreeing to joint sovereignty"
            if i > 0 and (base in self.lex.intent or t.lower_ in self.lex.intent_adjectives):
                future = True
            if i > 0 and base == "look" and any(c.lower_ == "forward" for c in kids):
                future = True  # "looks forward to meeting Pena Nieto": a meeting to come
            if t.dep_ == "acl" and r.noun_base(t.head) in _INTENT_NOUNS:  # "his promise to travel"
                future = True
                if any(c.lower_ == "no" for c in t.head.children):  # "has no plans to resume talks"
                    negated = True
            if i > 0 and t.dep_ != "conj" and t.lower_ in ("going",) and head.dep_ == "xcomp":
                future = True
            if t.lower_ in _SAY_FORMS and not any(c.dep_ == "prt" for c in kids):  # not "write off"
                break
        if condition is None and head.dep_ == "acl" and head.head.lower_ in _INTENT_NOUNS:
            owner = (
                head.head.head
            )  # "reserved the right to use force if Damascus ...": the intent's condition
            if head.head.dep_ == "dobj" and owner.i != head.head.i:
                condition = self._condition_of(owner)
        if f.noun is not None and any(c.lower_ in ("no",) for c in f.noun.children):
            negated = True
        if head.dep_ == "csubj" and _ruled_out(head.head):  # "removing the sanctions is out of the question"
            negated = True
        if joined is not None and (
            unready
            or any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in joined.children)
        ):
            negated = True  # "said it would not return to the talks": no talks to be held
        if _any_of(f):
            hypothetical = True  # "would respond to any incursion": no incursion told
        # "building rockets to fire at Israeli towns", "training suicide bombers to attack": what arms made
        # or got, or fighters trained, are for is not done; not "used mortars to shell the town"
        arms = [head.head] if head.dep_ == "acl" else []
        arms += [c for c in head.head.children if c.dep_ == "dobj"] if head.dep_ in ("advcl", "xcomp") else []
        armed = any(
            (r.noun_base(a) in self.lex.instruments or r.noun_base(a) in _ARMS)
            and a.head.lower_ in _ARMING_FORMS
            for a in arms
        )
        if armed and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            future = True
        if (
            f.noun is not None
            and f.noun.i != head.i
            and (r.verb(head) or "") in self.lex.intent
            and r.noun_base(f.noun) not in _EXPRESSIVE
        ):
            future = True  # "offered aid", "pledged support": promised, not done; not "offered an apology"
        if head.lower_ in ("continuing", "ongoing") or any(
            c.lower_ in ("continuing", "ongoing", "continued") for c in (f.noun.children if f.noun else ())
        ):
            ongoing = True
        if condition is None and f.content is not None:  # "threatened to attack unless ..."
            condition = self._condition_of(f.content)
        if condition is None and receiver is not None:
            # "preparing a campaign of bombings against U.S. targets unless extraditions are stopped"
            condition = self._condition_of(receiver)
        if condition is not None and condition.text.lower().startswith("if"):
            hypothetical = True
        if negated:
            modality = "negated"
        elif hypothetical:
            modality = "hypothetical"
        elif future:
            modality = "future"
        elif claimants:
            modality = "claimed"
        else:
            modality = "ongoing" if ongoing else "asserted"
        return modality, claimants, condition

    def _attribution_speakers(self, head: Token) -> list[Mention]:
        """The mentions in the speaker of a closing attribution of the head's clause ("..., the Israeli army
        said")."""
        root = head.sent.root
        return [
            m for c in root.children
            if c.lower_ in _SAYING_FORMS and _trailing_attribution(c) is not None
            for s in c.children if s.dep_ == "nsubj" for m in self.r.phrase_mentions(s)
        ]  # fmt: skip

    def _quotes_around(self, f: _Found) -> list[Quote]:
        """The quotes (direct or reported) the trigger sits in."""
        return [
            q
            for q in self.r.quotes
            if q.start <= f.start < q.end or any(s.start <= f.start < s.end for s in q.fragments)
        ]

    def _claimants(self, f: _Found, source_ids: list[str]) -> list[str]:
        """Who reports the event, when it sits in someone's quote and that someone is not its actor."""
        for q in self._quotes_around(f):
            if not q.speaker_ids:
                continue
            sides = set(source_ids) | self._countries(source_ids)
            speakers = set(q.speaker_ids) | self._countries(q.speaker_ids)
            if not (sides & speakers) - {None}:  # Xi telling what China did tells his own side's act
                return list(q.speaker_ids)
        return []

    def _warned_against(self, head: Token) -> bool:
        """An act someone is warned or advised against ("warned its citizens against travelling"), or that a
        warning to one's own people or to travellers tells them to do ("warned tourists to stay away")."""
        if head.dep_ == "xcomp" and self.r.verb(head.head) == "warn" and self.r._advice_to_own(head.head):
            return True
        if head.dep_ != "pcomp" or head.head.lower_ != "against" or head.head.head.i == head.head.i:
            return False
        warner = head.head.head
        if warner.dep_ == "dobj":  # "advised Americans against travelling", the phrase hung on the noun
            warner = warner.head
        return (self.r.verb(warner) or warner.lower_) in self.lex.threaten or warner.lower_ in _ADVISING

    def _main(self, head: Token, found: list[_Found]) -> bool:
        """False when the trigger hangs in a subordinate clause below another trigger of the sentence."""
        # not a verb that tells this very act ("a formal protest by Japan was delivered to Beijing": one act)
        kinds = {g.trigger.type for g in found if g.head.i == head.i}
        # a misdeed alleged governs no act ("the right to use force if Damascus continued to shelter")
        others = {
            g.head.i for g in found
            if g.head.i != head.i and not (head.dep_ == "nsubjpass" and g.head.i == head.head.i
                                           and g.trigger.type in kinds)
            and g.trigger.subject_is != "accused"
            and g.head.dep_ != "amod"  # "the outlawed Kurdistan Workers Party": a description, no act told
        }  # fmt: skip
        told = {g.head.i for g in found if g.head.i in others and (g.noun is None or g.noun.i != g.head.i)}
        if (
            "PROTEST" in kinds
            and head.dep_ == "nsubj"
            and any(g.head.i == head.head.i and g.noun is None and g.trigger.type in _VOICED for g in found)
        ):
            return True  # "a march by 100,000 people denounced the annulment": the march, which voices it
        # "Beijing's missile test drew sharp criticism from Tokyo": the cause of the act told, not the act
        verb = head.head
        caused = head.dep_ == "nsubj" and verb.lower_ in _RECEIVING
        if caused and any(
            g.noun is not None
            and g.noun.head.i == verb.i
            and g.head.i != head.i
            # not "drew international condemnation", from no one: then the cause is the act told
            and any(c.dep_ == "prep" and c.lower_ == "from" for c in (*g.noun.children, *verb.children))
            for g in found
        ):
            return False
        # "Leaders of the two parties, meeting in Phnom Penh, agreed": a participle aside
        # "Chiluba, addressing a rally in Lusaka, warned ...": and what the aside's participle governs
        aside = _aside(head) or next(
            (a for t in list(head.ancestors)[:4] if (a := _aside(t)) is not None and head.i in a), None
        )
        if aside is not None:
            # and an event noun the main verb takes: "Gyanendra, accusing the government of ..., declared a
            # state of emergency"
            objects = {
                t.i for t in (head.doc[i] for i in others)
                if any(a.dep_ == "dobj" and a.head.dep_ == "ROOT" for a in [t, *t.ancestors][:3])
            }  # fmt: skip
            if any(i not in aside for i in told | objects):
                return False
        for whose in (t for t in head.sent if t.tag_ == "WP$"):
            # "Ethiopia and Eritrea, whose border war killed tens of thousands, signed": the parser may not
            # see the relative clause, which runs from "whose" to the next comma
            close = next((t.i for t in head.sent if t.i > whose.i and t.text == ","), head.sent.end)
            if whose.i <= head.i < close and any(not whose.i <= i < close for i in told):
                return False
        if head.tag_.startswith("NN") and head.dep_ == "pobj" and head.head.lower_ in ("despite", "amid"):
            return False  # "pressed ahead with its programme despite Pakistani protests": the background
        if any(remarked_on(c) and any(i in told for i in _span_range(c)) for c in head.children):
            return False  # "..., a charge New Delhi denies": a remark on the act told before it
        if any(
            g.content is not None and g.content.i == head.i and g.head.i in told
            for g in found
            if ((c := _trailing_attribution(g.head)) is not None and c.i == head.i)
        ):
            return False  # "Syria must leave Lebanon, Netanyahu demanded": the act asked for, not done
        if _trailing_attribution(head) is not None and any(
            g.head.i == head.i and g.content is not None for g in found
        ):
            return True  # the demand itself, however the parser hung it
        tok = head
        subordinate = False
        modifier: Token | None = None  # the relative or participial clause on a noun the act is told in
        for _ in range(8):
            if tok.head.i == tok.i or remarked_on(tok):
                # "Washington, which has accused Khartoum of sponsoring terrorism, announced sanctions", "a
                # commission investigating the massacre blamed the troops": a clause on a noun is background
                # to what the sentence tells of it
                return modifier is None or not any(
                    i in told
                    for i in _span_range(tok)
                    if not modifier.left_edge.i <= i <= modifier.right_edge.i
                )
            misread = (
                tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.tag_ in ("VBD", "VBN")
            ) or _verb_read_as_modifier(tok)
            # "signed an order banning all trade with Iran": what an enactment does is the act told
            enacted = (
                tok.dep_ == "acl" and tok.tag_ in ("VBG", "VB") and self.r.noun_base(tok.head) in _ENACTMENTS
            )
            # "Morocco's decision to sever ties with Iran was announced": what a decision or a plan is for is
            # the act told, not a clause describing the noun
            decided = tok.dep_ == "acl" and tok.tag_ == "VB" and self.r.noun_base(tok.head) in _DEEDS
            if modifier is None and tok.dep_ in ("relcl", "acl") and tok.head.tag_.startswith(("NN", "PRP")):
                # not the main verb the parser hung on its subject
                modifier = None if misread or enacted or decided else tok
            if (
                tok.dep_ == "advcl"
                and (mark := _condition_mark(tok)) is not None
                and mark.lower_ != "whether"
            ):
                # "will burn half of Israel if it is attacked", "Should Washington enact the bill, China will
                # ...": a condition is not what is told
                return False
            if tok.dep_ in _SUBORDINATE or (tok.dep_ == "advcl" and _purpose_or_condition(tok)):
                subordinate = True
            if tok.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children):
                subordinate = True  # "When the Russians used chemical weapons, Trump expelled": the occasion
            branch, tok = tok, tok.head
            if subordinate and tok.i in others:
                return False
            # the clause opens the sentence, or the report a trailing "witnesses said" attributes
            top = tok.dep_ == "ROOT" or (tok.dep_ == "ccomp" and tok.head.i > tok.i)
            # "Speaking after talks in Ankara, ...", "Following a meeting with Zhu Rongji in Beijing, ..."
            opening = branch.dep_ in ("advcl", "prep") and branch.i < tok.i and top
            if opening and (subordinate or not any(c.dep_ in _SUBJECTS for c in branch.children)):
                # "Speaking after talks in Ankara, the minister said Baghdad would not allow ...": an opening
                # clause's act is the setting of what the sentence reports
                setting = _span_range(branch)
                return not any(i in others and i not in setting for i in _span_range(tok))
        return True

    def _date(self, head: Token, modality: str) -> str | None:
        """The day the sentence gives the event ("on Tuesday", "yesterday", "on September 29"), resolved
        against the publication date; None when the text gives none or the article is undated."""
        if self.published is None:
            return None
        for c in head.children:
            words = None
            if c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "tmod", "advmod"):
                words = c
            elif c.dep_ == "prep" and c.lower_ in ("on", "in"):
                words = next((p for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "DATE"), None)
            if words is not None:
                phrase = " ".join(t.lower_ for t in words.subtree)
                found = resolve_day(phrase, self.published, ahead=modality == "future")
                if found is not None:
                    return found.isoformat()
        return None

    def _location(self, head: Token) -> Span | None:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "near"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC"):
                        ent = next((e for e in p.doc.ents if e.start <= p.i < e.end), None)
                        if ent is not None:
                            return Span.over(self.r.text, ent.start_char, ent.end_char)
        return None

    def _confidence(self, f: _Found, sources: list[str], targets: list[str]) -> float:
        base = 0.75 if f.noun is None else 0.65 if f.noun.i != f.head.i else 0.55
        if not sources:
            base -= 0.15
        if targets:
            base += 0.1
        return round(min(0.95, max(0.1, base)), 2)


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_DAY = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>[a-z]+)|(?P<m2>[a-z]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
    r"(?:\s*,?\s*(?P<y>\d{4}))?\b"
)


def resolve_day(phrase: str, published: date, ahead: bool = False) -> date | None:
    """A day named relative to the publication date: a weekday is the latest one on or before it (the
    next one for a future act), "yesterday" the day before; a month and day without a year fall in the
    publication year, or the year before when that would put a past act after publication."""
    from presslens.ingest.dates import month_number

    words = phrase.lower().split()
    if "yesterday" in words:
        return published - timedelta(days=1)
    if "today" in words or "tonight" in words:
        return published
    if "tomorrow" in words:
        return published + timedelta(days=1)
    for i, name in enumerate(_WEEKDAYS):
        if name in words and not ({"last", "next", "every"} & set(words)):
            back = (published.weekday() - i) % 7
            return published + timedelta(days=(7 - back) % 7) if ahead else published - timedelta(days=back)
    m = _MONTH_DAY.search(phrase.lower())
    if m:
        month = month_number(m["m1"] or m["m2"] or "")
        day = int(m["d1"] or m["d2"])
        if month and 1 <= day <= 31:
            year = int(m["y"]) if m["y"] else published.year
            try:
                found = date(year, month, day)
            except ValueError:
                return None
            if not m["y"] and not ahead and found > published:
                found = found.replace(year=year - 1)
            return found
    return None


def find_events(
    doc: Doc,
    mentions: list[Mention],
    quotes: list[Quote],
    sentences: list[tuple[int, int]],
    published: date | None = None,
    placed: frozenset[str] = frozenset(),
    countries: dict[str, str] | None = None,
    failed: Callable[[int, Exception], None] | None = None,
) -> list[Event]:
    """Events in a parsed document, sentence by sentence (character ranges), in text order; `published`
    is the article's date, against which "on Tuesday" is resolved. A sentence the coder fails on is passed
    to `failed` (its index and the error) and coded as having no events; without `failed` the error is
    raised."""
    reader = _Reader(doc, sorted(mentions, key=lambda m: m.start), quotes, placed, countries)
    coder = _Coder(reader, published)
    events: list[Event] = []
    for index, (start, end) in enumerate(sentences):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        try:
            events.extend(coder.code_sentence(span.start, span.end, index))
        except Exception as exc:  # six thousand lines of rules: one odd parse must not cost the document
            if failed is None:
                raise
            failed(index, exc)
    return events


def run(parsed: Parsed) -> dict[str, object]:
    """The `events` analyzer: fills `events` from the story's sentences (not bylines or credits)."""
    sentences = [(s.start, s.end) if s.role in STORY_ROLES else (s.start, s.start) for s in parsed.sentences]
    published = parsed.day if parsed.document.meta.published else None
    placed = frozenset(a.id for a in parsed.actors if a.known or a.country)
    ids = {a.id for a in parsed.actors}
    countries = {
        a.id: country
        for a in parsed.actors
        if (country := a.id if a.kind == "country" else a.country) is not None and country in ids
    }

    def failed(index: int, exc: Exception) -> None:
        s = parsed.sentences[index]
        parsed.failed("events", f"sentence {index + 1} (characters {s.start}-{s.end})", exc)

    events = find_events(
        parsed.doc, parsed.mentions, parsed.quotes, sentences, published, placed, countries, failed
    )
    return {"events": events}
