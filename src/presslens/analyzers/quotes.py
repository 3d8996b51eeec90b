"""Quotations: who said what, direct, indirect or mixed, with the speaker resolved to an actor.

1. Quotation marks are paired in one pass over the text (straight, curly, guillemets, German low-high,
   single quotes told apart from apostrophes; a quote running over paragraphs reopens each paragraph).
2. Cue words from `data/lexicons/cues.yaml` (said, pointed out, according to, described ... as) are found
   on the parse; each cue's subject is the speaker ("who" stands for the noun it hangs on), its clause
   complement the reported content.
3. Each quoted span is then attributed: to the cue whose clause holds it or that sits next to it, or, for
   a quote standing alone, to the speaker of the quote just before it. A long verbatim stretch is a direct
   quote; a short fragment inside someone's reported words is a mixed quote; a short quoted phrase with no
   speaker and no cue is a scare quote, the writer keeping its distance (a signal for the persuasion
   analyzer), unless it is a name in title case ("Belt and Road Initiative").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from presslens.model import Mention, Quote, ScareQuote, Span
from presslens.nlp import remarked_on, stray_speaker, text_of
from presslens.resources import load_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from presslens.analyzers import Parsed

SCARE_MAX_WORDS = 6
_RELATIVE = {"who", "that", "which", "whom"}
_INVERTED = {
    "nsubj",
    "dobj",
    "npadvmod",
    "attr",
    "appos",
    "oprd",
    "dep",
}  # 'said X': how the parser may tag X
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_SPEAKER_LEFT = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "predet", "flat"}
# what "according to" can name besides people and organisations
_SOURCE_NOUNS = {
    "officials",
    "official",
    "sources",
    "source",
    "data",
    "figures",
    "statistics",
    "report",
    "reports",
    "statement",
    "survey",
    "poll",
    "polls",
    "estimates",
    "estimate",
    "ministry",
    "government",
    "police",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "analysts",
    "analyst",
    "experts",
    "expert",
    "witnesses",
    "residents",
    "documents",
    "study",
    "research",
    "researchers",
    "media",
    "agency",
    "prosecutors",
    "army",
    "military",
    "authorities",
    "diplomats",
    "diplomat",
    "observers",
    "monitors",
    "organisers",
    "organizers",
}
# verbs whose object is a document, not words: a quoted phrase there is the writer's, not a speaker's
_PUBLISHING = {"publish", "release", "issue", "post", "print", "launch", "file", "report", "reveal"}
_COGNITION = {"think", "believe", "hope", "fear", "expect", "feel", "doubt", "worry", "suspect", "reckon"}


# -- quotation marks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quoted:
    """A stretch between quotation marks: `start`/`end` include the marks, `inner_*` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True  # False: ran to the end of its paragraph without a closing mark


_DOUBLE_OPEN = {"“": '”"', "„": "“”", "«": "»", "»": "«", '"': '"'}
_SINGLE_OPEN = {"‘": "’'", "'": "'’", "‹": "›", "‚": "‘’"}
_MARKS = re.compile(r"[\"“”„«»'‘’‹›‚]|\n\n")


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "«»‹›„‚":  # directional marks; French sets them off with spaces
        return not before.isalnum()
    return (before.isspace() or before in '([{—–-/:;,"“„«‘') and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "«»‹›":
        return not after.isalnum()
    return not before.isspace() and (after.isspace() or not after.isalnum())


def find_quoted(text: str) -> list[Quoted]:
    """Every quotation in `text`, in order of opening; nested quotes come out as quotes of their own."""
    found: list[Quoted] = []
    double: list[tuple[int, str]] = []  # open marks: (position, mark)
    single: list[tuple[int, str]] = []
    continued: int | None = None  # start of a double quote left open at a paragraph break and reopened
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n\n":
            single.clear()  # single quotes never run over paragraphs
            if double:
                start = continued if continued is not None else double[0][0]
                double.clear()
                nxt = m.end()
                if nxt < len(text) and text[nxt] in _DOUBLE_OPEN and _opens(text, nxt):
                    continued = start  # the next paragraph reopens the same quotation
                else:
                    found.append(Quoted(start, i, start + 1, i, closed=False))
                    continued = None
            else:
                continued = None
            continue
        if ch in "'’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue  # an apostrophe inside a word: don't, Russia's
        stack, table = (double, _DOUBLE_OPEN) if ch in _DOUBLE_OPEN or ch == "”" else (single, _SINGLE_OPEN)
        top = stack[-1] if stack else None
        if top and ch in table.get(top[1], "") and _closes(text, i):
            start = stack.pop()[0]
            if stack is double and not double and continued is not None:
                start, continued = continued, None
            found.append(Quoted(start, i + 1, start + 1, i))
        elif ch in table and _opens(text, i):
            stack.append((i, ch))
    if double:
        start = continued if continued is not None else double[0][0]
        found.append(Quoted(start, len(text), start + 1, len(text), closed=False))
    found.sort(key=lambda q: q.start)
    return [q for q in found if text[q.inner_start : q.inner_end].strip()]


# -- cues ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cues:
    verbs: dict[str, str]  # inflected form -> base
    phrasal: frozenset[str]  # verb form + particle: "pointed out"
    describe: frozenset[str]  # "described", "called" ... (Y as Z)
    first_words: frozenset[str]  # every word a cue can start with: a cheap first test per token


@functools.cache
def _cues() -> _Cues:
    table = load_table("lexicons/cues")
    verbs: dict[str, str] = {}
    for base, forms in (table.get("verbs") or {}).items():
        for form in [base, *(forms or ())]:
            verbs.setdefault(str(form).lower(), str(base).lower())
    # two-word phrasal cues are matched on the parse (verb + particle); longer phrases, the according-to
    # variants and the cue nouns of the lexicon are not used yet
    phrasal = frozenset(
        p for p in (str(x).lower() for x in table.get("phrasal") or ()) if len(p.split()) == 2
    )
    describe = frozenset(
        word
        for entry in table.get("describe") or ()
        if " " not in (word := str(entry).lower().removesuffix(" as"))
    )
    first = {*verbs, *describe, *(p.split()[0] for p in phrasal), "according"}
    return _Cues(verbs, phrasal, describe, frozenset(first))


@dataclass
class _Cue:
    verb: Token  # the cue word (for "according to": "according")
    start: int
    end: int  # character span of the cue ("pointed out")
    base: str
    speaker: tuple[int, int] | None  # character span
    content: tuple[int, int] | None  # the reported clause, if any
    region: tuple[int, int]  # the stretch whose quotes this cue attributes
    describes: bool = False  # "described Y as Z": `content` is Z, a characterisation, not a report


def _speaker_span(tok: Token) -> tuple[int, int]:
    """The noun phrase of a subject, without relative clauses or appositions hanging on it."""
    left = [c for c in tok.lefts if c.dep_ in _SPEAKER_LEFT]
    start = min([tok.idx, *(c.left_edge.idx for c in left)])
    end = tok.idx + len(tok)
    for c in tok.rights:
        # "their chair, Hannah Okafor": the name in apposition; "campaigners from the Friends of ...": the
        # phrase that says who they are (common nouns only: "Putin in Moscow" is still Putin)
        if c.dep_ == "appos" or (c.dep_ == "prep" and tok.tag_ in ("NN", "NNS", "CD")):
            end = max(end, c.right_edge.idx + len(c.right_edge))
    doc = tok.doc
    if tok.dep_ in _SUBJECTS and tok.i + 1 < len(doc) and doc[tok.i + 1].dep_ == "flat":
        end = doc[tok.i + 1].idx + len(doc[tok.i + 1])
    return start, end


def _speaker(verb: Token, inside: list[tuple[int, int]] = ()) -> tuple[int, int] | None:  # type: ignore[assignment]
    """The speaker's span: the cue's subjects ("who" stands for the noun it hangs on; a second verb in
    "he smiled and said" borrows the first one's subject). Words inside quotation marks are never the
    speaker: in '"Nobody," said the investigator' the parser may take "Nobody" for the subject."""

    def quoted(t: Token) -> bool:
        return any(s <= t.idx < e for s, e in inside)

    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and not quoted(c)]
    if len(subjects) == 1 and subjects[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
        subjects = [verb.head]  # "Putin, who described ...": the speaker is Putin
    if not subjects and (stray := stray_speaker(verb)) is not None and not quoted(stray):
        subjects = [stray]  # "..., Human Rights Watch said": the speaker the parser joined to a noun before
    if not subjects and verb.dep_ not in ("xcomp", "advcl", "acl", "relcl", "conj", "pcomp"):
        # inverted: 'said the lead investigator, Ruth Adeyemi'
        subjects = [
            c
            for c in verb.rights
            if c.dep_ in _INVERTED and c.i - verb.i <= 3 and not quoted(c) and c.tag_.startswith("NN")
        ][:1]
    if not subjects:
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            return _speaker(verb.head, inside)
        return None
    spans = [_speaker_span(s) for s in subjects]  # "The director of the fund, Kirill Dmitriev": both
    return min(s for s, _ in spans), max(e for _, e in spans)


def _span_of(tokens: list[Token]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    last = max(tokens, key=lambda t: t.idx + len(t))
    return start, last.idx + len(last)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, quote marks and trailing commas or dashes from both ends of a span."""
    junk = " \n\t\"“”„«»'‘’‹›,;:-—–"
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def _find_cues(doc: Doc, inside: list[tuple[int, int]]) -> list[_Cue]:
    """Cue words outside quotation marks (`inside`: the quoted stretches), with speaker and content."""
    cues = _cues()
    text = text_of(doc)
    found: list[_Cue] = []
    starts = [s for s, _ in inside]
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    for tok in doc:
        low = tok.lower_
        if low not in cues.first_words:
            continue
        i = bisect_right(starts, tok.idx) - 1
        if i >= 0 and tok.idx < inside[i][1]:
            continue  # a cue inside someone's quoted words belongs to their story, not ours
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            found.extend(_according(doc, tok, sentences))
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        phrase = f"{low} {nxt.lower_}" if nxt is not None else ""
        if phrase in cues.phrasal and nxt is not None and nxt.dep_ == "prt":
            base, end = phrase, nxt.idx + len(nxt)
        elif (low in cues.verbs or low in cues.describe) and tok.tag_.startswith("VB"):
            base, end = cues.verbs.get(low, low), tok.idx + len(tok)
        else:
            continue
        region = _span_of(list(tok.subtree))
        content = _content(tok, low in cues.describe, text)
        if content and content[0] < tok.idx < content[1]:
            # "a deal that the UN says keeps prices down": the clause's subject sits before the cue
            content = _strip(text, end, content[1])
        found.append(
            _Cue(
                tok,
                tok.idx,
                end,
                base,
                _speaker(tok, inside),
                content,
                region,
                describes=low in cues.describe,
            )
        )
    return found


def _content(verb: Token, describes: bool, text: str) -> tuple[int, int] | None:
    """What the cue reports: for "described Y as Z" the Z, else its clause ("said that X")."""
    if describes:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                objs = [t for t in c.children if t.dep_ == "pobj"]
                if objs:
                    return _strip(text, *_span_of(list(objs[0].subtree)))
            if c.dep_ == "oprd":  # "called the stoppage regrettable"
                return _strip(text, *_span_of(list(c.subtree)))
    for c in verb.children:
        if c.dep_ == "ccomp" and not remarked_on(c):
            toks = [t for t in c.subtree if not (t.dep_ == "mark" and t.head.i == c.i)]
            stray = stray_speaker(verb)
            if stray is not None and c.i < stray.left_edge.i - 1:  # the speaker hung inside the clause
                toks = [t for t in toks if t.i < stray.left_edge.i - 1]
            return _strip(text, *_span_of(toks))
    return None


def _according(doc: Doc, tok: Token, sentences: list[tuple[int, int]]) -> list[_Cue]:
    """ "according to X, CONTENT" or "CONTENT, according to X"."""
    to = doc[tok.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None or not (obj.tag_.startswith("NNP") or obj.ent_type_ or obj.lower_ in _SOURCE_NOUNS):
        return []  # "according to their abilities", "according to plan": a manner, not a source
    text = text_of(doc)
    start, end = sentences[bisect_right(sentences, (tok.idx, len(text))) - 1]
    speaker = _speaker_span(obj)
    source_end = obj.right_edge.idx + len(obj.right_edge)
    if len(text[start : tok.idx].split()) <= 2:  # "According to X, ..." (maybe after "But" or "And")
        content = _strip(text, source_end, end)
    else:
        content = _strip(text, start, tok.idx)
    return [_Cue(tok, tok.idx, to.idx + len(to), "according to", speaker, content, (start, end))]


# -- attribution ------------------------------------------------------------------------------------


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _finite(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.tag_ in _FINITE for t in span)


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def _nearest_cue(q: Quoted, cues: list[_Cue], text: str) -> _Cue | None:
    """The cue that attributes a quoted span: the innermost cue clause holding it, else a cue right next to
    it with only punctuation and the speaker between ('"...," said Xi', 'Xi said: "..."')."""
    inner = _strip(text, q.inner_start, q.inner_end)  # the closing mark often hangs on another word
    holding = [c for c in cues if c.region[0] <= q.start and inner[1] <= c.region[1] and c.speaker]
    if holding:
        return min(holding, key=lambda c: c.region[1] - c.region[0])
    for c in cues:
        if c.speaker is None:
            continue
        if q.end <= c.start < q.end + 80:  # quote, then cue: '"...," said Xi' or '"...," Xi said'
            between = text[q.end : min(c.start, c.speaker[0])]
            if "\n\n" not in between and re.fullmatch(r"[\s,.:;—–-]*", between):
                return c
        elif q.start - 80 < c.end <= q.start:  # cue, then quote: 'Xi said: "..."', even over a break
            between = text[c.end : q.start]
            if re.fullmatch(r"[\s,:;—–-]*(?:that\s*)?", between) and (
                "\n\n" not in between or ":" in between
            ):
                return c
    return None


def _colon_cue(doc: Doc, q: Quoted, inside: list[tuple[int, int]]) -> _Cue | None:
    """'The report was blunt: "..."': a clause ending in a colon introduces the quote; its subject speaks."""
    before = text_of(doc)[: q.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    tok = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return None
    sent = next(s for s in doc.sents if s.start <= tok.start - 1 < s.end)  # rare: a colon before a quote
    speaker = _speaker(sent.root, inside)
    if speaker is None:
        return None
    return _Cue(sent.root, colon, colon + 1, ":", speaker, None, (sent.start_char, q.end))


def _utterance(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whole words of a speaker rather than a fragment set in the writer's sentence: a capital or a finite
    clause, or (four words or more) ending in its own punctuation ("a true model of ... century,")."""
    body = text[start:end]
    if body[:1].isupper() or body[:1].isdigit() or _finite(doc, start, end):
        return True
    tail = text[end : end + 1]
    return _words(body) >= 4 and (body[-1:] in ".!?," or tail in ".!?,")


def _actors_in(start: int, end: int, mentions: list[Mention], starts: list[int]) -> list[str]:
    """Actors mentioned inside a speaker span; people first ("the director of the Fund, Kirill Dmitriev")."""
    i = bisect_right(starts, start - 1)
    inside = []
    while i < len(mentions) and mentions[i].start < end:
        if mentions[i].end <= end and mentions[i].actor_ids:
            inside.append(mentions[i])
        i += 1
    people = [m for m in inside if m.label in ("PERSON", "PRON", "GROUP")]
    chosen = people or inside
    if not chosen:
        return []
    if not people:  # the head of the phrase is its last mention: "the Russian foreign ministry"
        chosen = chosen[-1:]
    ids: list[str] = []
    for m in chosen:
        ids.extend(a for a in m.actor_ids if a not in ids)
    return ids


def find_quotes(
    doc: Doc, mentions: list[Mention], skip: list[tuple[int, int]]
) -> tuple[list[Quote], list[ScareQuote]]:
    text = text_of(doc)
    quoted = [q for q in find_quoted(text) if not any(s <= q.start < e for s, e in skip)]
    inside = [(q.inner_start, q.inner_end) for q in quoted]
    cues = [c for c in _find_cues(doc, inside) if not any(s <= c.start < e for s, e in skip)]
    starts = [m.start for m in mentions]
    quotes: list[Quote] = []
    scare: list[ScareQuote] = []

    def quote(
        kind: str, start: int, end: int, cue: _Cue | None, confidence: float, pieces: tuple | list = ()
    ) -> Quote:
        speakers, ids = [], []
        if cue is not None and cue.speaker is not None:
            s, e = _strip(text, *cue.speaker)
            speakers, ids = [Span.over(text, s, e)], _actors_in(s, e, mentions, starts)
        return Quote(
            start=start,
            end=end,
            text=text[start:end],
            kind=kind,  # type: ignore[arg-type]
            cue=Span.over(text, cue.start, cue.end) if cue else None,
            confidence=round(confidence, 3),
            speakers=speakers,
            speaker_ids=ids,
            fragments=[Span.over(text, *_strip(text, p.inner_start, p.inner_end)) for p in pieces],
        )

    last: tuple[Quoted, _Cue] | None = None  # the last direct quote and its cue
    used: set[int] = set()  # cues whose words are quoted directly or in fragments
    fragments: dict[int, tuple[_Cue, list[Quoted]]] = {}
    for q in quoted:
        inner = _strip(text, q.inner_start, q.inner_end)
        if inner[0] >= inner[1]:
            continue
        body = text[inner[0] : inner[1]]
        cue = _nearest_cue(q, cues, text) or _colon_cue(doc, q, inside)
        goes_on = cue is None and last is not None and _follows(text, *last, q, cues)
        if goes_on:
            cue = last[1]  # type: ignore[index]  # '"...," he said. "More words."': the same speaker
        if cue is not None and not _utterance(doc, text, *inner) and not _fragment_of(cue, inner):
            cue = None  # a quoted word in a sentence that merely has a verb like "published" in it
        if cue is None:
            words = _words(body)
            if _title_case(body):
                continue  # a name in quotation marks: "Belt and Road Initiative"
            if words > SCARE_MAX_WORDS or (words >= 3 and _utterance(doc, text, *inner)):
                # a quotation whose speaker the text does not give
                quotes.append(quote("direct", *inner, None, 0.5 if q.closed else 0.4))
            else:
                scare.append(ScareQuote(start=inner[0], end=inner[1], text=body, confidence=0.7))
            continue
        used.add(id(cue))
        if _utterance(doc, text, *inner):
            conf = 0.9 * (1.0 if q.closed else 0.8) * (0.8 if goes_on else 1.0)
            quotes.append(quote("direct", *inner, cue, conf))
            last = (q, cue)
        else:
            fragments.setdefault(id(cue), (cue, []))[1].append(q)
    for cue, pieces in fragments.values():  # mixed: reported words holding verbatim fragments
        lo, hi = min(p.start for p in pieces), max(p.end for p in pieces)
        start, end = cue.content if cue.content else _strip(text, cue.end, cue.region[1])
        start, end = min(start, lo), max(end, hi)
        quotes.append(quote("mixed", start, end, cue, 0.75, pieces))
    for cue in cues:  # indirect: a cue with a reported clause and no quotation marks of its own
        if id(cue) in used or cue.content is None or cue.speaker is None or cue.describes:
            continue
        s, e = cue.content
        if e - s < 3 or any(q.start < e and s < q.end for q in quoted):
            continue
        if cue.base in _COGNITION and s < cue.start:
            continue  # "Thank you for coming, he thought": an inner voice, not a report
        quotes.append(quote("indirect", s, e, cue, 0.6 if cue.base in _COGNITION else 0.8))
    quotes.sort(key=lambda x: (x.start, x.end))
    return quotes, scare


def _fragment_of(cue: _Cue, inner: tuple[int, int]) -> bool:
    """A quoted fragment belongs to a cue's reported words: inside its clause or its "as" complement, or in
    the object of a speech verb ("praised him for stopping attempts by '...'", 'promised rules "soon"'),
    but not of a verb of publishing ('published its "efficiency review"')."""
    if cue.content and cue.content[0] <= inner[0] and inner[1] <= cue.content[1] + 1:
        return True
    return cue.base not in _PUBLISHING and cue.end <= inner[0] and inner[1] <= cue.region[1] + 1


def _follows(text: str, prev: Quoted, cue: _Cue, q: Quoted, cues: list[_Cue]) -> bool:
    """`q` goes on with the quotation `prev`: same paragraph, and no other speaker's cue between them."""
    if "\n\n" in text[prev.end : q.start]:
        return False
    return not any(prev.end <= c.start < q.start and c is not cue and c.speaker for c in cues)


def run(parsed: Parsed) -> dict[str, object]:
    """The `quotes` analyzer: fills `quotes` and `scare_quotes`."""
    quotes, scare = find_quotes(parsed.doc, parsed.mentions, parsed.skip)
    return {"quotes": quotes, "scare_quotes": scare}
