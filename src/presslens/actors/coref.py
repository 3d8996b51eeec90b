"""Coreference-lite: the references a careful reader resolves without thinking.

- titles after a country word: "the Chinese president", "Russia's foreign minister", "the Russian leader"
  name whoever held that office at the article's date (the gazetteer knows), preferring people already named;
- "his Russian counterpart": the person holding, in the other country, the office the possessor holds;
- groups: "both leaders", "the two countries", "both sides" are the two actors last named together;
- he / his / she / her: the last person named, of a fitting gender, within a few sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from presslens.actors.gazetteer import Gazetteer
from presslens.actors.resolve import Cast, Ref
from presslens.nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

PRONOUN_REACH = 3  # sentences a pronoun may look back
PAIR_REACH = 2  # sentences within which a pair named together ("Putin and Xi") is taken up first
_POSSESSIVE = re.compile(r"(?:\b(?:the|his|her|its|their|The|His|Her|Its|Their)\s+)$")
_OFFICES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "deputy_head_of_state",
}


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    kind: str  # pronoun | nominal | group
    detail: str  # gender, office, or group type
    det_start: int = -1  # nominal: where "his"/"the" begins (-1: none)


class Coreference:
    def __init__(self, gaz: Gazetteer, cast: Cast, doc: Doc, refs: list[Ref], skip: list[tuple[int, int]]):
        self.gaz, self.cast, self.doc, self.text = gaz, cast, doc, text_of(doc)
        self.skip = skip
        self.sent_starts = [s.start_char for s in doc.sents]
        self.timeline = sorted(refs, key=lambda r: (r.start, r.end))
        self.keys = [(r.start, r.end) for r in self.timeline]
        lex = gaz.lexicon
        self.role_nouns: dict[str, str] = lex.get("role_nouns") or {}
        self.genders = {w: g for g, ws in (lex.get("pronouns") or {}).items() for w in ws}
        groups = lex.get("group_nouns") or {}
        self.group_nouns = {noun: kind for kind, nouns in groups.items() for noun in nouns}
        self.group_dets = lex.get("group_determiners") or []
        self.absorbed: list[str] = []  # countries named only inside a title ("Azerbaijan's president")

    def _sentence(self, offset: int) -> int:
        return bisect_right(self.sent_starts, offset) - 1

    def _add(self, ref: Ref) -> None:
        key = (ref.start, ref.end)
        i = bisect_right(self.keys, key)
        self.keys.insert(i, key)
        self.timeline.insert(i, ref)

    def resolve(self) -> list[Ref]:
        """All references after resolution: the name mentions plus the ones resolved here."""
        for trig in sorted(self._triggers(), key=lambda t: (t.start, t.end)):
            if any(s <= trig.start < e for s, e in self.skip):
                continue
            if trig.kind == "pronoun":
                self._pronoun(trig)
            elif trig.kind == "nominal":
                self._nominal(trig)
            else:
                self._group(trig)
        return self.timeline

    # -- finding triggers

    def _triggers(self) -> list[_Trigger]:
        found: list[_Trigger] = []
        for tok in self.doc:
            gender = self.genders.get(tok.lower_)
            if gender and tok.tag_ in ("PRP", "PRP$"):
                found.append(_Trigger(tok.idx, tok.idx + len(tok), "pronoun", gender))
        if self.role_nouns:
            nouns = "|".join(sorted((re.escape(n) for n in self.role_nouns), key=len, reverse=True))
            for m in re.finditer(rf"\b(?:{nouns})\b", self.text, re.I):
                trig = self._nominal_trigger(m)
                if trig:
                    found.append(trig)
        if self.group_nouns:
            dets = "|".join(re.escape(d) for d in self.group_dets)
            nouns = "|".join(sorted((re.escape(n) for n in self.group_nouns), key=len, reverse=True))
            for m in re.finditer(rf"\b(?:{dets})\s+(?P<noun>{nouns})\b", self.text, re.I):
                found.append(_Trigger(m.start(), m.end(), "group", self.group_nouns[m.group("noun").lower()]))
        return found

    def _nominal_trigger(self, m: re.Match[str]) -> _Trigger | None:
        noun = m.group().lower()
        office = self.role_nouns.get(noun) or self.role_nouns.get(re.sub(r"\s+", " ", noun))
        if office is None:
            return None
        after = self.text[m.end() : m.end() + 40]
        if re.match(r"\s+(?:[A-Z][a-z]+\s+)*[A-Z][\w'’\-]+", after) and not re.match(
            r"\s+(?:of|for|to)\b", after
        ):
            return None  # a title before a name: "Chinese President Xi Jinping"
        if re.match(r"\s+of\b", after):
            return None  # "the president of the bank": not the country's president
        before = self.text[max(m.start() - 60, 0) : m.start()]
        # the country word just before: a mention ending right there, maybe with "'s"
        i = bisect_right(self.keys, (m.start(), m.start())) - 1
        while i >= 0 and self.timeline[i].end > m.start():
            i -= 1
        if i >= 0:
            ref = self.timeline[i]
            gap = self.text[ref.end : m.start()]
            if (
                re.fullmatch(r"(?:['’]s)?\s+", gap)
                and ref.kind in ("adjective", "name", "alias")
                and self.cast.country_of(ref.actor_ids[0] if ref.actor_ids else "")
                and self.cast.actors[ref.actor_ids[0]].kind == "country"
            ):
                det = _POSSESSIVE.search(self.text[max(ref.start - 10, 0) : ref.start])
                possessive = gap.startswith(("'", "’"))
                if det or possessive:
                    det_start = ref.start - len(det.group()) if det else ref.start
                    return _Trigger(det_start, m.end(), "nominal", office + "|" + ref.actor_ids[0], det_start)
                return None
        bare = re.search(r"\b(?:the|The)\s+$", before)
        if bare and (office in _OFFICES or office == "leader"):
            return _Trigger(m.start() - len(bare.group()), m.end(), "nominal", office + "|")
        return None

    # -- resolving

    def _people_before(self, offset: int, reach: int | None = None) -> list[tuple[Ref, str]]:
        """(mention, person id) of single people named before `offset`, nearest first."""
        i = bisect_right(self.keys, (offset, -1)) - 1
        limit = self._sentence(offset) - reach if reach is not None else -1
        out = []
        while i >= 0:
            ref = self.timeline[i]
            i -= 1
            if ref.end > offset:
                continue
            if reach is not None and self._sentence(ref.start) < limit:
                break
            if len(ref.actor_ids) == 1 and self.cast.actors[ref.actor_ids[0]].kind == "person":
                out.append((ref, ref.actor_ids[0]))
        return out

    def _pronoun(self, trig: _Trigger) -> None:
        described = self._described(trig)
        people = self._people_before(trig.start, PRONOUN_REACH)
        # "Milosevic promised Holbrooke that he would pull his forces out": the subject of a clause one says
        # or promises is the sayer, before anyone named nearer
        sayer = self._sayer(trig)
        if sayer is not None:
            people.sort(key=lambda p: not (sayer[0] <= p[0].start < sayer[1]))
        # "Xi, the leader that he described as his friend": he is not the leader, by any of his names
        unlike = {pid for ref, pid in people if described is not None and ref.start <= described < ref.end}
        for _ref, pid in people:
            if pid in unlike:
                continue
            gender = self.cast.actors[pid].gender
            if gender and gender != trig.detail:
                continue
            conf = 0.8 if gender else 0.6
            self._add(Ref(trig.start, trig.end, "PRON", "pronoun", [pid], self.cast.actors[pid].sector, conf))
            return

    def _sayer(self, trig: _Trigger) -> tuple[int, int] | None:
        """The character span of the subject of the verb whose that-clause the pronoun is the subject of (or
        the subject's owner)."""
        span = self.doc.char_span(trig.start, trig.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.dep_ == "poss":  # "promised Ross that his security forces would ...": whose forces
            tok = tok.head
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp":
            return None
        subject = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)

    def _described(self, trig: _Trigger) -> int | None:
        """The offset of the noun a relative clause describes when the pronoun is that clause's subject."""
        span = self.doc.char_span(trig.start, trig.end, alignment_mode="expand")
        tok = span.root if span is not None else None
        if tok is None or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "relcl":
            return None
        return tok.head.head.idx

    def _nominal(self, trig: _Trigger) -> None:
        office, _, country = trig.detail.partition("|")
        person = None
        conf = 0.9
        if not country:
            person, conf = self._named_holder(trig, office)
        elif office == "counterpart":
            person, conf = self._counterpart(trig, country)
        else:
            person, conf = self._office_holder(country, office)
        if person is None:
            return
        if country:
            self._absorb(trig, country)
        draft = self.cast.actors[person]
        self._add(Ref(trig.start, trig.end, "PERSON", "nominal", [person], draft.sector, conf))

    def _named_holder(self, trig: _Trigger, office: str) -> tuple[str | None, float]:
        """ "the president": the person named nearest before who holds that office ("the leader": who leads a
        state or a group), one of the same sentence first. Who one meets "with" is not oneself, and may be
        named later in the sentence ("Putin promised a meeting with the leader he calls his dear friend, Xi
        said"); elsewhere a leader named later is seldom the one meant ("The president's refusal to accept
        that Putin interfered")."""
        doer = self._doer(trig)
        sentence = self._sentence(trig.start)

        def holds(pid: str) -> bool:
            offices = self.cast.actors[pid].offices
            return pid != doer and any(
                o.leader if office == "leader" else o.office == office for o in offices
            )

        before = [pid for _ref, pid in self._people_before(trig.start, PRONOUN_REACH + 2) if holds(pid)]
        here = [pid for ref, pid in self._people_before(trig.start, 0) if holds(pid)]
        after = [
            ref.actor_ids[0]
            for ref in self.timeline[bisect_right(self.keys, (trig.end, -1)) :]
            if self._sentence(ref.start) == sentence and len(ref.actor_ids) == 1
            and self.cast.actors[ref.actor_ids[0]].kind == "person" and holds(ref.actor_ids[0])
        ] if doer is not None else []  # fmt: skip
        for found, conf in ((here, 0.7), (after, 0.6), (before, 0.7)):
            if found:
                return found[0], conf
        return None, 0.0

    def _doer(self, trig: _Trigger) -> str | None:
        """Who one does something "with" ("Putin promised a meeting with the leader") is not oneself: the
        person who is subject of the nearest clause above such a phrase. Elsewhere the phrase may well be
        the subject ("Trump attacked Sessions, opening the president to complaints")."""
        span = self.doc.char_span(trig.end - 1, trig.end, alignment_mode="expand")
        tok = span.root if span is not None else None
        if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "with":
            return None
        while tok is not None and tok.head.i != tok.i:
            tok = tok.head
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            if trig.start <= subject.idx < trig.end:
                return None
            ids = [r.actor_ids for r in self.timeline if r.start <= subject.idx < r.end]
            return ids[0][0] if ids and len(ids[0]) == 1 else None
        return None

    def _office_holder(self, country: str, office: str) -> tuple[str | None, float]:
        holders = self.gaz.people_in_office(country, office, self.cast.day)
        named = [h for h in holders if h.id in self.cast.actors]
        if named:
            return named[0].id, 0.9
        if len(holders) == 1:
            return self.cast.known(holders[0]), 0.75
        return None, 0.0

    def _counterpart(self, trig: _Trigger, country: str) -> tuple[str | None, float]:
        possessor = None
        if trig.det_start >= 0:
            owner = [r for r in self.timeline if r.start == trig.det_start and r.kind == "pronoun"]
            possessor = owner[0].actor_ids[0] if owner else None
        if possessor:
            for office in self.cast.actors[possessor].offices:
                holder, conf = self._office_holder(country, "leader" if office.leader else office.office)
                if holder and holder != possessor:
                    return holder, conf
        for _ref, pid in self._people_before(trig.start):
            if self.cast.actors[pid].country == country:
                return pid, 0.7
        return self._office_holder(country, "leader")

    def _absorb(self, trig: _Trigger, country: str) -> None:
        """The country word in "the Chinese president" is part of the reference, not a mention of its own."""
        for i, ref in enumerate(self.timeline):
            if trig.start <= ref.start and ref.end <= trig.end and ref.actor_ids == [country]:
                del self.timeline[i]
                del self.keys[i]
                self.absorbed.append(country)
                return

    def _group(self, trig: _Trigger) -> None:
        """ "both leaders": the pair named together nearest before it ("Putin and Xi", or an earlier "both
        sides") within a couple of sentences; else the pair the article set up earlier (its last group, or
        its last coordinated pair); else the two distinct actors named last."""
        wanted = trig.detail  # person | country
        sentence = self._sentence(trig.start)
        before = [r for r in self.timeline if r.end <= trig.start]
        groups: list[list[str]] = []
        pairs: list[list[str]] = []
        for i in range(len(before) - 1, -1, -1):
            ref = before[i]
            if ref.kind == "group":
                found, into = self._pair([self._as(a, wanted) for a in ref.actor_ids]), groups
            elif i > 0 and re.fullmatch(
                r"\s*(?:and|&|or|-|–|,)\s*", self.text[before[i - 1].end : ref.start]
            ):
                found = self._pair([self._as(a, wanted) for r in (before[i - 1], ref) for a in r.actor_ids])
                into = pairs
            else:
                continue
            if found:
                if sentence - self._sentence(ref.start) <= PAIR_REACH:
                    groups, pairs = [found], []
                    break
                into.append(found)
        members = (groups or pairs or [self._last_two(before, wanted)])[0]
        if len(members) == 2:
            sector = "LEADER" if wanted == "person" else None
            self._add(Ref(trig.start, trig.end, "GROUP", "group", members, sector, 0.7))

    def _last_two(self, before: list[Ref], wanted: str) -> list[str]:
        members: list[str] = []
        for ref in reversed(before):
            for actor_id in ref.actor_ids:
                as_wanted = self._as(actor_id, wanted)
                if as_wanted and as_wanted not in members and len(members) < 2:
                    members.append(as_wanted)
        return members

    @staticmethod
    def _pair(ids: list[str | None]) -> list[str] | None:
        distinct = list(dict.fromkeys(i for i in ids if i))
        return distinct if len(distinct) == 2 and None not in ids else None

    def _as(self, actor_id: str, wanted: str) -> str | None:
        draft = self.cast.actors.get(actor_id)
        if draft is None:
            return None
        if wanted == "person":
            return actor_id if draft.kind == "person" else None
        country = draft.country  # "both nations" are countries: a person or a body counts for its country
        entry = self.gaz.entries.get(country or "")
        if entry is None or entry.kind != "country":
            return None
        return self.cast.known(entry)


__all__ = ["Coreference"]
