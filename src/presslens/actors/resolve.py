"""From names to canonical actors: gazetteer matches and NER entities become mentions of one cast of actors.

The gazetteer knows who "Moscow", "the Pentagon" or "Xi" are; the NER finds the people and organisations it
does not know, and vetoes gazetteer names that are ambiguous ("Jordan" the person). Unknown people keep their
surface name and get a country and a role from the words around them ("the director of the Russian Direct
Investment Fund, Kirill Dmitriev").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher
from itertools import pairwise
from typing import TYPE_CHECKING

from presslens.actors.gazetteer import Alias, Entry, Gazetteer, Match, Office, load_gazetteer
from presslens.nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# a country's possessive before an office or body of state: the country, whatever the NER says of the name
_GENDERED_TITLE = re.compile(r"\b(Mrs|Ms|Miss|Madam|Mr)\.? $")  # right before a name
_STATE_OWNS = re.compile(
    r"['\u2019]s\s+(?:new\s+|former\s+|interim\s+|ruling\s+|military\s+)?(?:president|government|"
    r"prime minister|premier|(?:foreign|defen[cs]e|interior|finance) minister|king|queen|emir|army|military|"
    r"parliament|ministry|leader|junta|cabinet|embassy|ambassador|navy|air force|police|security forces)\b"
)
_OWNER_BEFORE = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)['’]s\s+$")  # "Colombia's "
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_TRAIL = re.compile(r"(?:['’]s|['’])?[\s.,;:]*$")

# the states of the Americas, where "Indian villagers" are a native people, not India's
_AMERICAS = frozenset(
    {
        "USA", "CAN", "MEX", "GTM", "BLZ", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "HTI", "DOM",
        "JAM", "COL", "VEN", "ECU", "PER", "BOL", "BRA", "PRY", "URY", "ARG", "CHL", "GUY", "SUR",
    }
)  # fmt: skip

_LATIN_NATIVE_NOUNS = frozenset(
    {
        "women", "men", "children", "people", "protesters", "demonstrators", "marchers", "farmers", "leaders",
        "groups", "organisations", "organizations", "activists", "families", "workers", "movement",
        "federation", "confederation", "population", "rebels", "guerrillas", "residents",
    }
)  # fmt: skip
_NATIVE_NOUNS = frozenset(
    {
        "villagers", "villager", "peasants", "peasant", "tribes", "tribe", "tribal", "communities",
        "community", "reservation", "reservations", "lands", "land", "chiefs", "peoples", "settlements",
    }
)  # fmt: skip

# a people's word, its own state, and the neighbouring states where it also lives (as Bosnian Serbs do)
_PEOPLES_ABROAD = {"Serb": ("SRB", frozenset({"BIH", "HRV"})), "Croat": ("HRV", frozenset({"BIH"}))}

_ACRONYM = re.compile(r"[A-Z][A-Za-z&-]{1,9}")  # "EZLN", "HizbulM": a short form in brackets
_BODIES = frozenset({"org", "igo", "bloc"})

_SITES = frozenset(
    {"Square", "Street", "Avenue", "Road", "Boulevard", "Bridge", "Airport", "Stadium", "Park"}
)
# words on a body's politics the NER runs into its name: "Communist New People's Army"
_LEANINGS = frozenset(
    {"communist", "marxist", "maoist", "leftist", "left-wing", "rightist", "right-wing", "islamist",
     "fundamentalist", "separatist", "outlawed", "banned", "radical", "hardline", "militant", "secessionist",
     # and how a story opens on the doers of a deed: "Suspected Taliban gunmen", "Armed ETA members"
     "suspected", "alleged", "armed", "masked", "unidentified"}
)  # fmt: skip
# "the Gulf island of Abu Musa", "the town of Abu Dis": a name after these is a place's, whatever the NER says
_PLACE_OF = re.compile(
    r"\b(?:island|islands|islet|town|city|village|port|province|district|region|enclave|oasis|valley|camp)"
    r" of $"
)


# people a country's possessive marks as its residents ("Iraq's Kurdish minority"), unlike its partners
_RESIDENTS = frozenset(
    {
        "community", "minority", "majority", "population", "people", "citizen", "resident", "rebel",
        "separatist", "militant", "guerrilla", "insurgent", "fighter", "settler", "villager", "refugee",
        "muslim", "christian", "inhabitant", "activist", "party", "leader",
    }
)  # fmt: skip


@dataclass
class Ref:
    """A mention under construction."""

    start: int
    end: int
    label: str
    kind: str
    actor_ids: list[str]
    sector: str | None = None
    confidence: float = 1.0


@dataclass
class Draft:
    """An actor under construction."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    known: bool = True
    gender: str | None = None
    offices: list[Office] = field(default_factory=list)
    role_text: str | None = None
    confidence: float = 1.0


@dataclass
class Cast:
    """The actors of one document, known and unknown."""

    gaz: Gazetteer
    day: date
    actors: dict[str, Draft] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)  # last name -> unknown person id

    def known(self, entry: Entry) -> str:
        if entry.kind == "country" and (state := self.gaz.state_on(entry.id, self.day)) != entry.id:
            entry = self.gaz.entries[state or entry.id]  # "Pristina" in 1999 is Serbia's
        if entry.id not in self.actors:
            offices = entry.offices_on(self.day)
            sector = None
            if entry.kind == "person":  # a former office holder is one of the elite (CAMEO "ELI")
                sector = "LEADER" if any(o.leader for o in offices) else "GOV" if offices else "ELI"
            # whose they are on the day: Mark Rutte is the Netherlands' in March 2024, NATO's that October; a
            # state's office before a body's (a president who chairs the African Union is his country's)
            held = [o.country for o in offices if o.country in self.gaz.entries]
            states = [c for c in held if self.gaz.entries[c].kind == "country"]
            country = self.gaz.state_on((states or held or [entry.country])[0], self.day)
            self.actors[entry.id] = Draft(
                entry.id, entry.name, entry.kind, country, sector, gender=entry.gender, offices=offices
            )
        return entry.id

    def unknown(self, kind: str, name: str, country: str | None = None) -> str:
        if kind == "person":
            parts = name.split()
            last = parts[-1] if parts else name
            if len(parts) == 1 and last in self.surnames:
                return self.surnames[last]
            actor_id = f"person:{_slug(name)}"
            if len(parts) > 1:
                self.surnames.setdefault(last, actor_id)
        else:
            actor_id = f"org:{_slug(name)}"
        if actor_id not in self.actors:
            country = self.gaz.state_on(country, self.day)
            self.actors[actor_id] = Draft(actor_id, name, kind, country, known=False, confidence=0.7)
        elif country and not self.actors[actor_id].country:
            self.actors[actor_id].country = self.gaz.state_on(country, self.day)
        return actor_id

    def country_of(self, actor_id: str) -> str | None:
        draft = self.actors.get(actor_id)
        if draft is None:
            return None
        return actor_id if draft.kind in ("country", "igo", "bloc") else draft.country


def _slug(name: str) -> str:
    return re.sub(r"[^\w]+", "-", name.lower()).strip("-")


def _clean_entity(ent: Span) -> tuple[int, int]:
    """Entity span without a leading article and trailing possessive, punctuation or whitespace."""
    text = ent.text
    lead = _ARTICLE.match(text)
    start = lead.end() if lead else 0
    trail = _TRAIL.search(text)
    end = trail.start() if trail else len(text)
    if end <= start:
        start, end = 0, len(text.rstrip())
    return ent.start_char + start, ent.start_char + end


# a sum the NER ran into the name before it: "granted Jordan 200 million dollars"
_SUM_AFTER = re.compile(
    r"\s+\$?\d[\d.,]*\s+(?:million|billion|thousand|dollars?|pounds?|euros?|marks?|francs?|yen|rupees?)\b"
)
_HALVES = [("PRK", "KOR"), ("SDN", "SSD")]  # (the North, the South) of a divided name


# a phrase after a name, not part of it, or its first word ("the Islamic Conference on Monday")
_RUN_ON = re.compile(r" (?:for|to|against|with|on|near|outside)(?: |$)")
# "Iraq-related investigations", "a China-focused fund": a name that only says what a thing is about; "the
# Slovenian-born former model": where one was born, not whose one is
_ABOUT = re.compile(r"-(?:related|themed|focused|centric|centred|centered|specific|oriented|style|born)\b")
_BASED = re.compile(r"-based ")  # "a U.S.-based Saudi journalist"
_GENERATION = re.compile(r"\s(?:Jr|Sr)\.?$")  # "Donald Trump Jr.", "Martin Luther King Jr"


def _same_ref(a: Ref, b: Ref) -> bool:
    return (a.start, a.end, a.actor_ids) == (b.start, b.end, b.actor_ids)


def _topic(text: str, ref: Ref) -> bool:
    return _ABOUT.match(text, ref.end) is not None


class NameResolver:
    """Turns the gazetteer matches and NER entities of one document into name mentions."""

    def __init__(
        self,
        gaz: Gazetteer,
        cast: Cast,
        doc: Doc,
        skip: list[tuple[int, int]],
        headlines: list[tuple[int, int]] = (),
    ) -> None:  # type: ignore[assignment]
        self.gaz = gaz
        self.cast = cast
        self.doc = doc
        self.text = text_of(doc)
        self.skip = skip
        self.headlines = list(headlines)  # title-case lines, where the NER finds names in every capital
        self.words = _word_tables()
        self._sentences: list[tuple[int, int]] | None = None  # token bounds, computed on first use
        self._bodies_named_as_people: set[str] = set()  # "the party Herri Batasuna", a PERSON to the NER
        self.named: set[str] = set()  # actors the text names unambiguously
        self.matches: list[Match] = []  # every gazetteer match of the text

    def _skipped(self, start: int, end: int) -> bool:
        return any(s <= start < e for s, e in self.skip)

    def resolve(self) -> list[Ref]:
        matches = [m for m in self.gaz.find(self.text) if not self._skipped(m.start, m.end)]
        self.matches = matches
        # the countries the text names outright, to settle names two bodies share ("RSF" in a story on Sudan)
        self.named = {
            a.entry_id for m in matches if len(m.aliases) == 1 for a in m.aliases if not a.ambiguous
        }
        ents = [e for e in self.doc.ents if e.label_ in ACTOR_LABELS]
        ents = [
            e
            for e in ents
            if not self._skipped(e.start_char, e.end_char)
            and not any(s <= e.start_char < t for s, t in self.headlines)
        ]
        starts = [m.start for m in matches]
        used: set[int] = set()
        refs: list[Ref] = []
        for ent in ents:
            start, end = _clean_entity(ent)
            label = ent.label_
            if (summed := _SUM_AFTER.search(self.text, start, end)) is not None and summed.start() > start:
                # "granted Jordan 200 million dollars", one entity to the NER: the name before the sum
                end, label = summed.start(), "GPE" if label == "ORG" else label
            if self.text[start:end] in self.words.not_actors:
                continue
            if self.text[start:end] in _PLATFORMS and _MEDIUM_BEFORE.search(
                self.text, max(0, start - 12), start
            ):
                continue  # "said on Twitter": where it was said, not who said it (the NER may say a person)
            lo, hi = bisect_right(starts, start - 1), bisect_right(starts, end - 1)
            lead = next((m for m in matches[lo:hi] if m.start == start and m.end < end), None)
            if label == "ORG" and lead is not None and _RUN_ON.match(self.text, lead.end, end):
                # "a call by the Arab League for Iraq to withdraw": a known name the NER ran on into a phrase
                end = lead.end
                hi = bisect_right(starts, end - 1)
            inside = [i for i in range(lo, hi) if matches[i].end <= end]
            if not inside and self.text[start:end].rsplit(" ", 1)[-1] in _SITES:
                continue  # "Tahrir Square", "Nathan Road": a site, where things happen, not who does them
            if label == "PERSON" and not inside and _PLACE_OF.search(self.text, max(start - 20, 0), start):
                continue  # "the Gulf island of Abu Musa": a place the NER took for a person
            overlapping = [i for i in range(max(lo - 1, 0), hi) if matches[i].end > start and i not in inside]
            if label == "PERSON" and any(
                matches[i].start <= start
                and matches[i].end > end
                and (self._names_a_person(matches[i]) or matches[i].start == start)
                for i in overlapping
            ):
                # "Daniel arap" of "President Daniel arap Moi": the known name the NER cut short; "Amal" of
                # "the Amal militia": a known body's name read as a woman's
                continue
            if label == "PERSON" and any(
                matches[i].start < start
                and matches[i].end == end
                and all(self.gaz.entries[a.entry_id].kind == "country" for a in matches[i].aliases)
                for i in overlapping
            ):
                continue  # "Barbuda" of "Antigua and Barbuda": the end of a country's name, read as a person
            used.update(inside)
            used.update(overlapping)
            if not inside and not overlapping and label != "PERSON":
                misspelt = self._misspelt(start, end, label)
                if misspelt is not None:  # "Quatar's emir": a name one letter off a country's
                    refs.append(misspelt)
                    continue
            refs.extend(
                self._entity(
                    label, start, end, [matches[i] for i in inside], [matches[i] for i in overlapping]
                )
            )
        refs.extend(r for i, m in enumerate(matches) if i not in used and (r := self._match_ref(m, None)))
        refs.extend(self._misspelt_names(refs))
        refs = [
            r for r in refs if not self._ethnic(r) and not self._former_union(r) and not _topic(self.text, r)
        ]
        # "a U.S.-based Saudi journalist": where one lives, before whose one is
        adjectives = {r.start for r in refs if r.kind == "adjective"}
        refs = [r for r in refs if not ((b := _BASED.match(self.text, r.end)) and b.end() in adjectives)]
        congresses = [(r, self._congress_of(r)) for r in refs]
        refs = [
            r if c is None else replace(r, actor_ids=[self.cast.known(self.gaz.entries[c])])
            for r, c in congresses
            if c != ""
        ]
        refs = [r for r in refs if not self._native_american(r, refs)]
        by_end = {r.end: r for r in refs}  # what ends just before a mention: "the German Foreign Office"
        refs = [
            r
            for r in self._residents(refs)
            if not self._paired_name(r)
            and not self._possessed_people(r, refs)
            and not self._other_seat(r, by_end)
        ]
        for ref in refs:
            self._writers_place(ref, by_end)
            self._people_abroad(ref, refs)
        refs.extend(self._surnames(refs))
        refs.extend(self._halves(refs))
        refs.extend(self._elided())
        refs.extend(self._divided())
        refs.sort(key=lambda r: (r.start, -r.end))
        # "Trinidad and Tobago": two entities to the NER, each inside the one name, give it once
        refs = [r for i, r in enumerate(refs) if not i or not _same_ref(refs[i - 1], r)]
        self._glossed(refs)
        self._home_officials(refs)
        return refs

    def _congress_of(self, ref: Ref) -> str | None:
        """Whether "Congress" is another body than the US one, and whose: None where it is not at issue. The
        last word of another body's name ("the Nigeria Labour Congress") is dropped (""): the
        name's country speaks for it. A bare one, in a story that names (or is datelined in) a state whose
        legislature or leading party is called so, and not the United States, is not the US one ("outside
        the Congress building in La Paz"): it is the legislature of the state the dateline names, else it is
        dropped."""
        if self.text[ref.start : ref.end] != "Congress" or ref.actor_ids != ["USA"]:
            return None
        named_by = re.search(r"([A-Z][\w'’-]*) $", self.text[max(0, ref.start - 40) : ref.start])
        if named_by and named_by.group(1) not in _US_CONGRESS_WORDS:
            return ""
        named = {
            a.entry_id
            for m in self.matches
            if len(m.aliases) == 1 and self.text[m.start : m.end] != "Congress"
            for a in m.aliases
            if not a.ambiguous
        }
        # the dateline's place ("MEXICO CITY (Reuters) -"), which the story's own mentions leave out, says
        # whose Congress it is; a state named in the story only that it is not the US one
        dated = {
            a.entry_id for s, e in self.skip for m in self.gaz.find(self.text[s:e].title()) for a in m.aliases
        }
        if "USA" in named | dated or not (named | dated) & _CONGRESSES:
            return None
        return next(iter(dated & _CONGRESSES)) if len(dated & _CONGRESSES) == 1 else ""

    def _glossed(self, refs: list[Ref]) -> None:
        """A body's name and the short form bracketed after it are one body. A known short form says which
        ("the Zapatista National Liberation Army (EZLN)", whose tail is another army's name); an unknown one,
        a local acronym or a typo, is the name's ("Human Rights Watch (HWR)")."""
        for name, short in pairwise(refs):
            if (
                self.text[name.end : short.start] != " ("
                or not self.text.startswith(")", short.end)
                or not _ACRONYM.fullmatch(self.text, short.start, short.end)
                or len(name.actor_ids) != 1
                or len(short.actor_ids) != 1
                or name.actor_ids == short.actor_ids
                or not all(self.cast.actors[r.actor_ids[0]].kind in _BODIES for r in (name, short))
            ):
                continue
            if self.cast.actors[short.actor_ids[0]].known:
                name.actor_ids, name.sector = list(short.actor_ids), short.sector
            else:
                short.actor_ids, short.sector = list(name.actor_ids), name.sector

    def _writers_place(self, ref: Ref, by_end: dict[int, Ref]) -> None:
        """ "the southern Sudanese town of Yei", "the Ethiopian port of Assab": the writer says whose the
        place is (at the time), whatever the gazetteer's present-day country."""
        if ref.kind != "place":
            return
        said = _PLACE_OF.search(self.text, max(ref.start - 30, 0), ref.start)
        if said is None or said.end() != ref.start:
            return
        adjective = by_end.get(said.start() - 1)
        if (
            adjective is not None
            and adjective.kind == "adjective"
            and len(adjective.actor_ids) == 1
            and adjective.actor_ids != ref.actor_ids
            and self.cast.actors[adjective.actor_ids[0]].kind == "country"
        ):
            ref.actor_ids = list(adjective.actor_ids)

    def _other_seat(self, ref: Ref, by_end: dict[int, Ref]) -> bool:
        """A seat's name that another country's word owns is that country's body: "Germany's Foreign Office"
        and "the German Foreign Office" are not Britain's."""
        if ref.kind != "metonym" or not ref.actor_ids:
            return False
        home = self.cast.country_of(ref.actor_ids[0])
        owners = (by_end.get(ref.start - 1), by_end.get(ref.start - 3))  # "German ", "Germany's "
        return any(
            o is not None
            and o.kind in ("name", "adjective")
            and len(o.actor_ids) == 1
            and self.text[o.end : ref.start] in (" ", "'s ", "’s ")
            and (country := self.cast.country_of(o.actor_ids[0])) is not None
            and country != home
            for o in owners
        )

    def _names_a_person(self, match: Match) -> bool:
        return any(self.gaz.entries[a.entry_id].kind == "person" for a in match.aliases)

    def _home_officials(self, refs: list[Ref]) -> None:
        """Someone the gazetteer does not know, whose title or description names no country, is of the one
        country a story names: "rebels in the Ivory Coast rejected an appeal from President Laurent Gbagbo";
        where it names none, of the one country its known people serve ("King Abdullah sacked Prime Minister
        Samir Rifai"). With two countries or more nothing says which."""
        drafts = [self.cast.actors[a] for a in {a for r in refs for a in r.actor_ids}]
        countries = {d.id for d in drafts if d.kind == "country"}
        leaders = {d.country for d in drafts if d.kind == "person" and d.known}
        if not countries and len(leaders) == 1 and None not in leaders:
            countries = leaders  # "King Abdullah sacked Prime Minister Samir Rifai": the known one's country
        abroad = leaders - countries
        if len(countries) != 1 or abroad:  # a known leader of another country: a visit, perhaps
            return
        (home,) = countries
        for d in drafts:
            person = d.kind == "person" or d.id in self._bodies_named_as_people
            if person and not d.known and d.country is None:
                d.country = home
                d.confidence = min(d.confidence, 0.6)

    def _misspelt_names(self, refs: list[Ref]) -> list[Ref]:
        """Proper nouns and capitalised adjectives outside every entity and name found so far that are one
        letter off a country's name ("Ethopia has agreed", "Isreali troops", which the NER does not mark)."""
        spans = [(r.start, r.end) for r in refs] + [(e.start_char, e.end_char) for e in self.doc.ents]
        taken = {offset for start, end in spans for offset in range(start, end)}
        found = []
        for tok in self.doc:
            # "Isreali troops": a misspelt adjective the tagger calls an adjective
            # and a sentence's first word the tagger calls a common noun ("Isreal and Syria resumed talks")
            opening = tok.tag_ == "NN" and tok.is_sent_start
            if (
                (tok.tag_ not in ("NNP", "NNPS", "JJ") and not opening)
                or tok.idx in taken
                or self._skipped(tok.idx, tok.idx + len(tok))
            ):
                continue
            if (ref := self._misspelt(tok.idx, tok.idx + len(tok), "GPE")) is not None:
                found.append(ref)
        return found

    def _misspelt(self, start: int, end: int, label: str) -> Ref | None:
        """A lone word one letter off a country's name, as that country (with a lower confidence); not a
        town named as one ("the town of Mallawi")."""
        named_place = re.search(
            r"\b(?:town|city|village|port|district|province|region) of\s+$",
            self.text[max(0, start - 40) : start],
        )
        if named_place or not self._lone_word(start, end):
            return None
        if (alias := self.gaz.misspelt(self.text[start:end])) is None:
            return None
        entry = self.gaz.entries[alias.entry_id]
        return Ref(start, end, label, alias.kind, [self.cast.known(entry)], None, 0.6)

    def _former_union(self, ref: Ref) -> bool:
        """ "the former Soviet republic of Georgia", "Macedonia, a former Yugoslav republic": the union named
        is not the state described."""
        return (
            ref.kind == "adjective"
            and self.text[max(ref.start - 7, 0) : ref.start].lower() == "former "
            and re.match(r" republics?\b", self.text[ref.end : ref.end + 11]) is not None
        )

    def _ethnic(self, ref: Ref) -> bool:
        """ "Ethnic Albanians in Serbia", "Macedonia's ethnic Albanian rebels": a people, not the state that
        bears its name."""
        if ref.kind not in ("adjective", "name", "alias") or not ref.actor_ids:
            return False
        draft = self.cast.actors.get(ref.actor_ids[0])
        return (
            draft is not None
            and draft.kind == "country"
            and self.text[max(ref.start - 7, 0) : ref.start].lower() == "ethnic "
        )

    def _people_abroad(self, ref: Ref, refs: list[Ref]) -> None:
        """ "Serb forces shelled Sarajevo", "Croatian police detained 12 Serbs in Knin": the people's word
        (not the state's, "Serbian") in a sentence set in a neighbouring state where they live, and naming
        nothing of their own state, is of that state, as "Bosnian Serbs" are."""
        word = self.text[ref.start : ref.end]
        homes = _PEOPLES_ABROAD.get(word.rstrip("s"))
        if homes is None or ref.actor_ids != [homes[0]]:
            return
        sentence = self._sentence_of(self.doc.char_span(ref.start, ref.end, alignment_mode="expand").start)
        lo, hi = sentence.start_char, sentence.end_char
        others = {
            self.cast.country_of(o.actor_ids[0])
            for o in refs
            if o.actor_ids
            and lo <= o.start < hi
            and self.text[o.start : o.end].rstrip("s") not in _PEOPLES_ABROAD
        }
        lands = others & homes[1]
        if homes[0] not in others and len(lands) == 1:
            ref.actor_ids = [lands.pop()]

    def _native_american(self, ref: Ref, refs: list[Ref]) -> bool:
        """ "Indian villagers in the highlands of El Quiche": in a story of the Americas that names nothing
        else of India, the Indians are the Americas' native peoples."""
        if ref.actor_ids != ["IND"] or not self.text[ref.start : ref.end].startswith("Indian"):
            return False
        after = self.text[ref.end : ref.end + 20].split()
        named = self.text[ref.start : ref.end] == "Indians" and re.search(
            r"[A-Z][a-z]+ $", self.text[max(ref.start - 30, 0) : ref.start]
        )
        others = {
            self.cast.country_of(o.actor_ids[0])
            for o in refs
            if o.actor_ids and not self.text[o.start : o.end].startswith("Indian")
        }
        noun = after[0].strip(",.;") if after else ""
        # "Indian women in Chiapas", "Indian protesters in Quito": in a story of Latin America alone, people
        latin = noun in _LATIN_NATIVE_NOUNS and not others & {"USA", "CAN"}
        if not named and noun not in _NATIVE_NOUNS and not latin:
            return False  # "Indian officials" may well be India's; "Miskito Indians", "Indian villagers" not
        return "IND" not in others and bool(others & _AMERICAS)

    def _elided(self) -> list[Ref]:
        """ "North and South Korea", "North and South Korean officials", "East and West Germany": the first
        half names a country of its own."""
        found: list[Ref] = []
        for m in re.finditer(
            r"\b(North|South|East|West)(?= and (?:North|South|East|West) ([A-Z][a-z]+)\b)", self.text
        ):
            entry = next(
                (
                    a
                    for x in self.gaz.find(f"{m.group(1)} {m.group(2)}")
                    for a in x.aliases
                    if a.kind in ("name", "adjective")
                ),
                None,
            )
            if entry is not None and not self._skipped(m.start(), m.end()):
                known = self.cast.known(self.gaz.entries[entry.entry_id])
                label = "GPE" if entry.kind == "name" else "NORP"
                found.append(Ref(m.start(), m.end(), label, entry.kind, [known], None, 0.9))
        return found

    def _divided(self) -> list[Ref]:
        """ "The two Koreas", "both Sudans": the two states of a divided name, together."""
        found: list[Ref] = []
        for m in re.finditer(r"\b(?:[Tt]he two|[Bb]oth(?: the)?) (Koreas|Sudans)\b", self.text):
            pair = _HALVES[0] if m.group(1) == "Koreas" else _HALVES[1]
            entries = [self.gaz.entries.get(code) for code in pair]
            if None in entries or self._skipped(m.start(), m.end()):
                continue
            ids = [self.cast.known(e) for e in entries if e is not None]
            found.append(Ref(m.start(), m.end(), "GPE", "alias", ids, None, 0.9))
        return found

    def _halves(self, refs: list[Ref]) -> list[Ref]:
        """ "South Korea urged the North to return": in a story that names one of two states sharing a
        name, "the North" or "the South" is the other one."""
        named = {a for r in refs for a in r.actor_ids}
        taken = [(r.start, r.end) for r in refs if r.actor_ids]
        blank = {(r.start, r.end): r for r in refs if not r.actor_ids}  # "the North", a place the NER saw
        found: list[Ref] = []
        for north, south in _HALVES:
            if (north in named) == (south in named):
                continue
            other, word = (south, "South") if north in named else (north, "North")
            entry = self.gaz.entries.get(other)
            if entry is None:
                continue
            for m in re.finditer(rf"\bthe ({word})\b(?! [A-Z])", self.text):
                if any(s <= m.start(1) < e for s, e in taken) or self._skipped(m.start(1), m.end(1)):
                    continue
                ref = blank.get(m.span(1))
                if ref is not None:
                    ref.kind, ref.actor_ids, ref.confidence = "alias", [self.cast.known(entry)], 0.8
                else:
                    found.append(
                        Ref(m.start(1), m.end(1), "GPE", "alias", [self.cast.known(entry)], None, 0.8)
                    )
        return found

    def _paired_name(self, ref: Ref) -> bool:
        """A surname joined to another by a hyphen names a plan, a pact or a line ("the Vance-Owen plan",
        "the Sykes-Picot agreement"), not the person; "al-Sisi" is one name."""
        if ref.kind == "adjective" or not ref.actor_ids:
            return False
        if self._kind(ref) != "person":
            return False
        after = self.text[ref.end : ref.end + 2]
        before = re.search(r"([A-Z][a-z]{3,})-$", self.text[max(ref.start - 30, 0) : ref.start])
        return (len(after) == 2 and after[0] == "-" and after[1].isupper()) or before is not None

    def _kind(self, ref: Ref) -> str | None:
        """The kind of actor a reference names first ("country", "person", ...), None when it names none."""
        return getattr(self.cast.actors.get(ref.actor_ids[0]), "kind", None) if ref.actor_ids else None

    def _possessed_people(self, ref: Ref, refs: list[Ref]) -> bool:
        """ "Cyprus' Greek and Turkish communities", "Iraq's Kurdish minority": a people a country's
        possessive marks as its own is that country's, as CAMEO codes residents; the adjective names kin."""
        if ref.kind != "adjective" or self._kind(ref) != "country":
            return False
        span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:  # "Greek and Turkish": the first conjunct's head
            tok = tok.head
        if tok.dep_ not in ("amod", "compound") or tok.head.i == tok.i:
            return False
        noun = tok.head.lower_
        if not {noun, noun[:-1], noun[:-3] + "y"} & _RESIDENTS:  # the lemmatizer may not have run
            return False
        owners = [c for c in tok.head.children if c.dep_ == "poss" and c.i < tok.i]
        return any(
            o.idx <= r.start < o.idx + len(o) and r.actor_ids != ref.actor_ids and self._kind(r) == "country"
            for o in owners
            for r in refs
        )

    def _residents(self, refs: list[Ref]) -> list[Ref]:
        """ "Bosnian Serb lawmakers", "Kosovo Albanian guerrillas": a people named after the state it lives
        in is that state's, as CAMEO codes it; the second word names an ethnic kin state, not an actor."""
        countries = [r for r in refs if self._kind(r) == "country"]
        countries.sort(key=lambda r: r.start)
        kin = {
            id(b)
            for a, b in pairwise(countries)
            if b.kind == "adjective" and self.text[a.end : b.start] == " " and a.actor_ids != b.actor_ids
        }
        return [r for r in refs if id(r) not in kin]

    def _lone_word(self, start: int, end: int) -> bool:
        """One proper noun standing alone: not part of a longer name ("Franco Nero") nor after a title
        ("General Franco"), where a word one letter off a country is a person's name."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        tok = span[0]
        before = tok.nbor(-1) if tok.i > 0 else None
        after = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
        if after is not None and after.tag_ == "NNP":
            return False
        return before is None or (before.tag_ != "NNP" and before.text not in self.words.titles)

    def _surnames(self, refs: list[Ref]) -> list[Ref]:
        """Later bare surnames of people the gazetteer does not know ("... said Marchuk"), which the NER
        often misses."""
        found: list[Ref] = []
        if not self.cast.surnames:
            return found
        taken = sorted((r.start, r.end) for r in refs)
        first: dict[str, int] = {}
        for r in refs:
            for a in r.actor_ids:
                first.setdefault(a, r.start)
        names = "|".join(re.escape(s) for s in sorted(self.cast.surnames, key=len, reverse=True))
        for m in re.finditer(rf"(?<![\w'’-])(?:{names})(?![\w-])", self.text):
            actor_id = self.cast.surnames[m.group()]
            if m.start() <= first.get(actor_id, len(self.text)) or self._skipped(m.start(), m.end()):
                continue
            i = bisect_right(taken, (m.start(), m.end()))
            if any(s < m.end() and m.start() < e for s, e in taken[max(i - 2, 0) : i + 1]):
                continue
            draft = self.cast.actors[actor_id]
            found.append(Ref(m.start(), m.end(), "PERSON", "name", [actor_id], draft.sector, 0.7))
        return found

    # -- gazetteer names with and without an entity around them

    def _pick(self, match: Match, label: str | None) -> tuple[Alias, Entry] | None:
        """The alias a match stands for, given the NER label around it (None: no entity)."""
        options = []
        for alias in match.aliases:
            entry = self.gaz.entries[alias.entry_id]
            fits = _label_fits(entry.kind, label)
            if (
                alias.ambiguous
                and not fits
                and not (
                    alias.kind == "adjective"
                    and len(match.aliases) == 1
                    and self._before_common_noun(match.end)
                )
                and not (entry.kind == "country" and _STATE_OWNS.match(self.text, match.end))
                and not (alias.kind == "metonym" and label == "ORG")
                and not (
                    entry.kind == "country"
                    and alias.kind in ("name", "alias")
                    and label is None
                    and self._among_states(match, entry)
                )
            ):
                continue  # "Jordan Peterson", "Georgia" the state: only when the NER agrees or a state's
                # office follows ("Chad's president", "Jordan's king"), or the NER reads a seat as a body
                # acting ("Washington closed its embassy")
            if entry.kind == "person" and self._not_the_leader(match, entry):
                continue
            if alias.ambiguous and entry.kind == "org" and self._owned_by_another(match, entry):
                continue  # "Colombia's National Liberation Army" is not Macedonia's
            options.append((not fits, alias.kind != "name", alias, entry))
        if not options:
            return None
        people = [o for o in options if o[3].kind == "person"]
        if len(people) > 1:  # a shared surname ("Castro"): prefer whoever held office at the date
            return self._pick_person(match, people)
        options.sort(key=lambda o: (o[0], o[1], o[3].country not in self.named))
        return options[0][2], options[0][3]

    def _owned_by_another(self, match: Match, entry: Entry) -> bool:
        """Does a country's possessive right before the name give it to a state not the body's own?"""
        owner = _OWNER_BEFORE.search(self.text, max(0, match.start - 40), match.start)
        if owner is None:
            return False
        found = next(self.gaz.find(owner.group(1)), None)
        countries = {self.gaz.entries[a.entry_id].id for a in found.aliases} if found is not None else set()
        return bool(countries) and all(
            self.gaz.entries[c].kind == "country" and c != entry.country for c in countries
        )

    def _among_states(self, match: Match, entry: Entry) -> bool:
        """A country's name the NER missed ("Saudi Arabia gave Jordan 100 million dollars"), read as the
        country when the text names another state outright and no other name joins it ("Jordan Peterson",
        "Michael Jordan" stay a person's). Only its name: a seat of power ("Miraflores") names a district
        as often."""
        if not any(e != entry.id and self.gaz.entries[e].kind == "country" for e in self.named):
            return False
        span = self.doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None:
            return False
        doc = self.doc
        before = doc[span.start - 1] if span.start > 0 and not doc[span.start].is_sent_start else None
        after = doc[span.end] if span.end < len(doc) else None
        return not any(t is not None and t.text[:1].isupper() and t.is_alpha for t in (before, after))

    def _pick_person(self, match: Match, options: list) -> tuple[Alias, Entry]:
        # "Jordan's King Abdullah", "Saudi King Abdullah": the one of the country named just before the name
        owners = {
            a.entry_id for m in self.matches if self.text[m.end : match.start] in ("'s ", "’s ", " ")
            for a in m.aliases
        }  # fmt: skip
        options = [o for o in options if o[3].country in owners] or options
        # "Mrs. Clinton", "Mr. Kirchner": the honorific says which of a shared surname's people
        if (title := _GENDERED_TITLE.search(self.text, max(0, match.start - 8), match.start)) is not None:
            gender = "m" if title.group(1) == "Mr" else "f"
            options = [o for o in options if o[3].gender == gender] or options
        # else the one the story has named already, the one of a country it names, whoever held office then
        in_doc = [o for o in options if o[3].id in self.cast.actors]
        if in_doc:
            return in_doc[0][2], in_doc[0][3]
        options = sorted(options, key=lambda o: o[3].country not in self.named)
        in_office = [o for o in options if o[3].offices_on(self.cast.day)]
        best = (in_office or options)[0]
        return best[2], best[3]

    def _ref(self, match: Match, alias: Alias, entry: Entry, label: str, confidence: float = 1.0) -> Ref:
        actor_id = self.cast.known(entry)
        sector = alias.sector
        if entry.kind == "person":
            sector = self.cast.actors[actor_id].sector
            if (serves := self._introduced_as(match.start)) is not None:
                self.cast.actors[actor_id].country = serves
            elif (home := self._national_title(match.start, entry)) is not None:
                self.cast.actors[actor_id].country = home
        elif alias.kind == "metonym" and self._as_place(match.start):
            sector = None  # "in Moscow" is a place; "Moscow said" is the government
        if len(match.aliases) > 1:
            confidence = min(confidence, 0.8)
        if not _label_fits(entry.kind, label or None):
            label = _label_of(entry.kind, alias.kind)
        return Ref(match.start, match.end, label, alias.kind, [actor_id], sector, confidence)

    def _entity(
        self, label: str, start: int, end: int, inside: list[Match], overlapping: list[Match]
    ) -> list[Ref]:
        surname = self.cast.surnames.get(self.text[start:end])
        if surname and not inside:  # "said Marchuk", which the NER took for an organisation
            draft = self.cast.actors[surname]
            return [Ref(start, end, "PERSON", "name", [surname], draft.sector, 0.75)]
        whole = next((m for m in inside if m.start == start and m.end == end), None)
        if whole:
            picked = self._pick(whole, label)
            if picked and picked[1].kind == "person" and (ref := self._named_before(whole)):
                return [ref]
            if picked:
                return [self._ref(whole, *picked, label=label)]
            lone = label == "PERSON" and " " not in whole.text and whole.text not in self.cast.surnames
            country = self._country_reading(whole, ("name", "adjective")) if lone else None
            if country is not None and (country[0].kind == "name" or whole.text.endswith("s")):
                # "Jordan passed intelligence": news names a person in full before it uses a surname alone,
                # so one word that is a country's name is the country, where the NER took it for a person;
                # "Serbs" or "Kurds" tagged as a person are a people. "General Franco" stays a person.
                before = self.text[max(start - 20, 0) : start].split()
                if not (before and before[-1] in self.words.titles):
                    return [self._ref(whole, *country, label="GPE", confidence=0.7)]
            return self._unknown_person(start, end) if label == "PERSON" else []
        if label == "PERSON":
            # "President Obama", a titled name of the gazetteer, where the NER took only "Obama"
            titled = next((m for m in overlapping if m.start < start and m.end == end), None)
            picked = self._pick(titled, label) if titled is not None else None
            if titled is not None and picked is not None and picked[1].kind == "person":
                return [self._ref(titled, *picked, label=label)]
            # "Reporters Without Borders", where the NER took "Without Borders" for a person: the body
            body = (picked or self._pick(titled, "ORG")) if titled is not None else None
            if titled is not None and body is not None and body[1].kind in ("org", "igo"):
                return [self._ref(titled, *body, label="ORG")]
            return self._person_entity(start, end, inside)
        if label in ("ORG", "FAC") and not overlapping and (named := self._foreign_namesake(inside, end)):
            # "the Pakistan Democratic Alliance": a body of the state named first, not South Africa's party
            return self._organisation(label, start, end, [named])
        if label in ("ORG", "FAC") and not overlapping:
            rest = self.text[start:end]
            for m in inside:
                rest = rest.replace(m.text, " ")
            # "Communist New People's Army": a known body with a word on its politics before it
            described = bool(inside) and inside[-1].end == end and set(rest.lower().split()) <= _LEANINGS
            if re.sub(r"\W|\band\b", "", rest) and not described:
                return self._organisation(label, start, end, inside)
        refs = [
            ref for m in inside + overlapping if (ref := self._match_ref(m, label if m in inside else None))
        ]
        if not refs and label in ("GPE", "LOC") and not overlapping:
            if (leader := self._leader_by_surname(start, end)) is not None:
                return [self._leader_ref(start, end, leader)]  # "Menem promised Cardoso", read as a place
            refs.append(Ref(start, end, label, "name", [], None, 0.6))  # a place we cannot place
        return refs

    def _foreign_namesake(self, inside: list[Match], end: int) -> Match | None:
        """The country's name an organisation's name opens with, where the rest of it is a known body of
        another country ("Pakistan Democratic Alliance", "the Nigeria Labour Congress"); else None."""
        if len(inside) < 2 or inside[-1].end != end:
            return None
        if not re.fullmatch(r"(?: [A-Z][\w'’-]*)* ", self.text[inside[-2].end : inside[-1].start]):
            return None
        named, body = self._pick(inside[-2], None), self._pick(inside[-1], "ORG")
        if named is None or body is None or named[1].kind != "country" or body[1].kind != "org":
            return None
        return inside[-2] if body[1].country not in (None, named[1].id) else None

    def _match_ref(self, match: Match, label: str | None) -> Ref | None:
        picked = self._pick(match, label)
        if picked is None:
            return None
        if picked[1].kind == "person" and (ref := self._named_before(match)):
            return ref
        if picked[1].kind == "person" and self._first_name_before(match, picked[1]):
            return None  # "Ivanka Trump", which the NER missed: a namesake or a relative, not the known one
        return self._ref(match, *picked, label=label or "", confidence=1.0 if label else 0.9)

    def _first_name_before(self, match: Match, person: Entry) -> bool:
        """Is a known surname given another's first name: a proper noun just before it that the NER left
        unmarked (so no place or body), and none of the words the known person goes by?"""
        span = self.doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        before = self.doc[span.start - 1]
        return (
            before.tag_ == "NNP"
            and before.is_alpha
            and not before.ent_type_
            and self._someone_else(before.idx, match, person)
        )

    def _not_the_leader(self, match: Match, person: Entry) -> bool:
        """Is a family name written first ("Kim", "Moon"), and standing alone for a Korean leader, another's:
        a given name after it ("Kim Kardashian") or "the" before it ("the Moon")?"""
        words = person.name.split()
        if " " in match.text or len(words) < 2 or words[0] != match.text:
            return False
        span = self.doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None:
            return False
        after = self.doc[span.end] if span.end < len(self.doc) else None
        named = after is not None and after.tag_ == "NNP" and after.is_alpha and after.is_title
        return named or (span.start > 0 and self.doc[span.start - 1].lower_ == "the")

    def _country_reading(self, match: Match, kinds: tuple[str, ...]) -> tuple[Alias, Entry] | None:
        """A match read as a country's name or people, where the NER took it for a person."""
        picked = self._pick(match, "GPE")
        if picked is None or picked[1].kind != "country" or picked[0].kind not in kinds:
            return None
        return picked

    def _person_entity(self, start: int, end: int, inside: list[Match]) -> list[Ref]:
        """A PERSON entity: a known person named at its end ("U.S. President Joe Biden"), or someone new."""
        refs: list[Ref] = []
        bare = self._strip_title(start, end)  # "Haig", "Mr Haig": a surname alone
        if (
            bare
            and inside
            and (inside[-1].start, inside[-1].end) == bare
            and (ref := self._named_before(inside[-1]))
        ):
            return [ref]
        for m in inside:
            picked = self._pick(m, "PERSON")
            if (
                picked
                and picked[1].kind == "person"
                and m.end == end
                and not self._someone_else(start, m, picked[1])
            ):
                refs.append(self._ref(m, *picked, label="PERSON"))
                refs.extend(r for o in inside if o.end <= m.start and (r := self._match_ref(o, None)))
                return refs
        name = (start, end)
        # "Donald Trump Jr.": a son of the known name is someone else, whose name holds the father's
        junior = _GENERATION.search(self.text[start:end]) is not None
        moved = True
        while moved and name:  # peel titles and known words off the front: "Chinese Premier Li Qiang"
            moved = False
            name = self._strip_title(*name)
            for m in inside:
                if (
                    name
                    and m.start == name[0]
                    and m.end < end
                    and not (junior and self._names_a_person(m))
                    and (ref := self._match_ref(m, None))
                ):
                    refs.append(ref)
                    name = (m.end + len(self.text[m.end : end]) - len(self.text[m.end : end].lstrip()), end)
                    moved = True
        rest = next((m for m in inside if name and (m.start, m.end) == name), None)
        people = self._country_reading(rest, ("adjective",)) if rest is not None else None
        if rest is not None and people is not None:
            refs.append(self._ref(rest, *people, label="NORP"))  # "Bosnian Serbs": a people, not a person
        elif name and self._named_as_group(name[0]):
            # "the separatist party Herri Batasuna": a body, of the one country of its story as a person is
            found = self._organisation("ORG", *name, inside)
            self._bodies_named_as_people.update(a for r in found for a in r.actor_ids)
            refs.extend(found)
        elif name:
            father = next((m for m in inside if self._names_a_person(m)), None) if junior else None
            family = self._pick(father, "PERSON") if father is not None else None
            refs.extend(self._unknown_person(*name, family=family[1].country if family else None))
        return refs

    def _national_title(self, start: int, person: Entry) -> str | None:
        """The person's own state, when the day's offices make them an international official but the title
        right before the name is a national one ("Labour leader Neil Kinnock", "Governor Chris Patten" in a
        story dated when both sat on the European Commission): the writer's title tells which part of a
        career the story is about."""
        draft = self.cast.actors.get(person.id)
        now = self.gaz.entries.get(draft.country) if draft is not None and draft.country else None
        if now is None or now.kind == "country":
            return None
        words = re.findall(r"[\w-]+", self.text[max(0, start - 40) : start])[-3:]
        before = []
        for w in reversed(words):  # the title's words, nearest first, up to a word that is none
            if w.lower() not in self.words.title_words and not (w[:1].isupper() and w.isalpha()):
                break
            before.append(w.lower())
        if not set(before) & _NATIONAL_OFFICES or set(before) & _INTERNATIONAL_OFFICES:
            return None
        homes = [
            person.country,
            *(o.country for o in reversed(person.offices)),
        ]  # its offices, the last listed first
        return next((c for c in homes if self._is_state(c)), None)

    def _introduced_as(self, start: int) -> str | None:
        """The state or body a known person is introduced as serving, where the text says so right before
        the name ("Soviet Foreign Minister Eduard Shevardnadze", "Algeria's foreign minister Lakhdar
        Brahimi"): the writer's word for that day beats the gazetteer's offices, which are read at the
        article's date (a placeholder in some corpora)."""
        i = bisect_right(self._match_ends, start) - 1
        if i < 0:
            return None
        owner = self.matches[self._match_order[i]]
        if _LEANING_PREFIX.search(self.text, max(0, owner.start - 5), owner.start):
            return None  # "Lebanon's pro-Syrian Prime Minister Omar Karami": a leaning, not whom he serves
        # "the Soviet foreign minister, Eduard Shevardnadze": a comma may close the title
        between = re.sub(r",\s*$", " ", self.text[owner.end : start])
        words = re.findall(r"[\w-]+", between.replace("'s", " ").replace("’s", " "))
        if not words or len(words) > 5 or re.search(r"[^\w\s'’.-]", between):
            return None
        if not all(w.lower() in self.words.title_words for w in words):
            return None
        if i > 0 and self.text[self._match_ends[i - 1] : owner.start] == " ":
            return None  # "Bosnian Serb leader Radovan Karadzic": a people of one state in another
        picked = self._pick(owner, None)
        if picked is None or picked[1].kind not in ("country", "igo") or picked[0].kind == "place":
            return None
        return picked[1].id

    @functools.cached_property
    def _match_order(self) -> list[int]:
        return sorted(range(len(self.matches)), key=lambda i: self.matches[i].end)

    @functools.cached_property
    def _match_ends(self) -> list[int]:
        return [self.matches[i].end for i in self._match_order]

    def _named_before(self, match: Match) -> Ref | None:
        """A bare surname the story gave earlier to someone the gazetteer does not know ("Douglas Haig ...
        Haig said"): that person, not the known one of the same name."""
        actor_id = self.cast.surnames.get(match.text)
        if actor_id is None or " " in match.text:
            return None
        return Ref(
            match.start, match.end, "PERSON", "name", [actor_id], self.cast.actors[actor_id].sector, 0.8
        )

    def _someone_else(self, start: int, match: Match, person: Entry) -> bool:
        """Does the entity give a known surname another's first name ("Douglas Haig", "Laura Bush",
        "Nuncio Pietro Sambi")? True when the capitalised words before the surname, titles aside, include
        a full word and none of the words the known person goes by ("Omar Hassan al-Bashir" is Bashir)."""
        span = self._strip_title(start, match.start)
        if (
            " " in match.text.strip()
            or span is None
            or re.search(r"[^\w\s.'’-]", self.text[span[0] : match.start])
        ):
            return False  # a full name known as such, or a caption run together ("AP Photo Trump")
        known = [
            (m.start, m.end)
            for m in self.matches
            if span[0] <= m.start and m.end <= match.start and not all(a.ambiguous for a in m.aliases)
        ]
        words = [
            w.group()
            for w in _WORD_RE.finditer(self.text, span[0], match.start)
            if w.group()[:1].isupper()
            and w.group().lower() not in _HONORIFICS
            and w.group().lower() not in self.words.title_words
            and not any(s <= w.start() < e for s, e in known)  # "Chile Bergoglio": a place, not a name
        ]
        # a first name: a capitalised word of letters, not an acronym or a heading in capitals
        first_names = [w for w in words if len(w) > 1 and w.isalpha() and not w.isupper()]
        return bool(first_names) and not any(_same_name(w.lower(), person.name_words) for w in words)

    def _named_as_group(self, start: int) -> bool:
        """Is the name put after a word for a body ("the party Herri Batasuna", "the daily al-Shaab")?"""
        before = re.search(r"([A-Za-z]+)\s+$", self.text[max(0, start - 30) : start])
        return before is not None and before.group(1).lower() in _GROUP_WORDS

    def _organisation(self, label: str, start: int, end: int, inside: list[Match]) -> list[Ref]:
        """An organisation: a state body of a known country becomes that country with a sector."""
        name = self.text[start:end]
        if not inside and (leader := self._leader_by_surname(start, end)) is not None:
            return [self._leader_ref(start, end, leader)]  # "Banda assured Chissano", read as a body
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if (
            not inside
            and span is not None
            and span.end < len(self.doc)
            and self.doc[span.end].tag_ in ("NN", "NNS")
            and all(t.tag_ in ("JJ", "VBN", "VBD", "RB") and t.is_title for t in span)  # not "NLRB", "GetSet"
        ):
            return []  # "Suspected Islamic militants", capitalised after a dateline: words before a noun
        country = None
        for m in inside:
            picked = self._pick(m, None)
            if picked and picked[1].kind in ("country", "igo", "bloc"):
                country = picked[1].id
                break
            if picked and picked[1].kind == "person" and not self._someone_else(start, m, picked[1]):
                country = picked[1].country
        lowered = name.lower()
        if country:
            rest = lowered
            for m in inside:
                rest = rest.replace(m.text.lower(), " ")
            sector = _find_phrase(self.words.sector, rest)
            if sector:
                self.cast.known(self.gaz.entries[country])
                return [Ref(start, end, label, "body", [country], sector, 0.9)]
        if not country and (lowered in self.words.generic or name.islower()):
            return []  # "the Treaty", "supreme leader": a kind of body or an office, not a body
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if (
            not country
            and span is not None
            and len(span) == 1
            and span[0].is_sent_start
            and span[0].tag_ == "NNS"
        ):
            return []  # "Kidnappers in Colombia freed ...": a common noun capitalised to open the sentence
        if re.match(r"(?:pro|anti)-", lowered):
            return []  # "pro-Taliban demonstrators": a leaning, not a body
        country = country or self._described_as(start)
        if (
            country is None
            and _find_phrase(self.words.sector, lowered) in _STATE_SECTORS
            and (seat := _IN_PLACE.match(self.text, end)) is not None
        ):
            # "the Constitutional Court in Ankara", "the Majlis in Tehran": an arm of a state, where it sits
            found = self._country_in(seat.start(1), seat.end(1), "GPE")
            country = found if self._is_state(found) else None
        if country is None and (of := _OF_STATE.match(self.text, end)) is not None:
            # "the National Council of Churches of Kenya", the NER ending the name before "of Kenya"
            country = self._country_in(of.start(1), of.end(1), "GPE")
        actor_id = self.cast.unknown("org", name, country)
        return [Ref(start, end, label, "name", [actor_id], None, 0.7)]

    def _described_as(self, start: int) -> str | None:
        """The country the words just before a name give it: "the Belgrade radio station B92", "Kenya's
        Daily Nation newspaper"; not a backer's ("the Iranian-backed militia Kataib Hezbollah")."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return None
        left = []
        for tok in reversed(self.doc[self._sentence_of(span.start).start : span.start]):
            if tok.tag_ not in _DESCRIBING or len(left) >= 8:
                break
            left.append(tok)
        if not left or any(t.lower_ in _BACKING for t in left):
            return None
        return self._country_in(left[-1].idx, left[0].idx + len(left[0]))

    def _strip_title(self, start: int, end: int) -> tuple[int, int] | None:
        name = self.text[start:end]
        for title in self.words.titles:
            if name.startswith(title + " "):
                return self._strip_title(start + len(title) + 1, end)
        return (start, end) if name else None

    def _title_before(self, start: int) -> str | None:
        """The title of office right before a name ("President Moi", "Secretary of State Baker"), if any."""
        # a particle the NER left out of the name may come between ("President dos Santos")
        before = _PARTICLES_BEFORE.sub("", self.text[max(0, start - 40) : start])
        # the longest: "Secretary of State", not "State"; "Defense Secretary" with the word before it
        titles = [t for t in self.words.titles if before.endswith(t + " ")]
        if not titles:
            return None
        title = max(titles, key=len)
        lead = re.search(r"([A-Z][a-z]+) $", before[: len(before) - len(title) - 1])
        return f"{lead.group(1)} {title}" if lead else title

    def _unknown_person(self, start: int, end: int, family: str | None = None) -> list[Ref]:
        """Someone the gazetteer does not know, of the country the context gives, else of `family`'s (the
        country of the known person whose son or namesake it is)."""
        span = self._strip_title(start, end)
        if span is None:
            return []
        start, end = span
        name = self.text[start:end]
        if not any(c.isupper() for c in name[:1]) or any(c.isdigit() for c in name):
            return []
        if _VESSEL_BEFORE.search(self.text, max(0, start - 20), start):
            return []  # "the British tanker Ocean Star": a ship's name, no one's
        if family is None and (known := self.gaz.person_spelt_as(name)) is not None:
            # "Mikhail Gorbachov", "Omar el-Bashir": a known person under another spelling
            actor_id = self.cast.known(known)
            return [Ref(start, end, "PERSON", "name", [actor_id], self.cast.actors[actor_id].sector, 0.8)]
        if (
            family is None
            and (title := self._title_before(start))
            and (held := self.gaz.officeholder_by_surname(name, self.cast.day, title)) is not None
        ):
            # "President Moi", "Prime Minister Major": a title and the surname of the one then in office
            actor_id = self.cast.known(held)
            return [Ref(start, end, "PERSON", "name", [actor_id], self.cast.actors[actor_id].sector, 0.8)]
        country, sector, role = self._context(start, end)
        leader = self._leader_by_surname(start, end) if family is None else None
        if leader is not None and country in (None, leader.country):
            return [self._leader_ref(start, end, leader)]
        actor_id = self.cast.unknown("person", name, country or family)
        draft = self.cast.actors[actor_id]
        draft.sector = draft.sector or sector
        draft.role_text = draft.role_text or role
        return [Ref(start, end, "PERSON", "name", [actor_id], draft.sector, 0.8)]

    def _leader_by_surname(self, start: int, end: int) -> Entry | None:
        """ "Sharon ruled out any meeting", "Jiang offered talks", "Banda assured Chissano": the one leader of
        the day whose surname a lone capitalised word is (the NER often calls it an organisation); not after
        a title ("Captain Taylor") or an article ("on the Moon")."""
        name = self.text[start:end]
        if not re.fullmatch(r"[A-Z][a-z]{3,}", name) or self._title_before(start):
            return None
        if re.search(r"\b(?:the|a|an)\s+$", self.text[max(0, start - 5) : start], re.IGNORECASE):
            return None
        leader = self.gaz.leader_by_surname(name, self.cast.day)
        if leader is None:
            return None
        # only where the story names the leader's state or another of its people: "Harris" in American news
        # is not the prime minister of St Kitts and Nevis, nor every "Francis" the pope
        if self._names_state(leader.country):
            return leader
        # or among other leaders of the day ("Museveni accused Bashir", "Lula urged Uribe and Correa"), when
        # no one else then in office bears the surname, nor anyone of those leaders' own states ("Harris"
        # beside Trump is an American)
        day = self.cast.day
        bearers = self.gaz.bearers_of(name) - {leader.id}
        others = self._other_leaders_states(leader)
        if not others or any(
            self.gaz.entries[i].offices_on(day) or self.gaz.entries[i].country in others for i in bearers
        ):
            return None
        return leader

    def _other_leaders_states(self, leader: Entry) -> set[str]:
        """The states of the known people other than `leader` the text names who led one on the article's
        day."""
        states = set()
        for m in self.matches:
            for alias in m.aliases:
                entry = self.gaz.entries.get(alias.entry_id)
                if entry is None or entry.id == leader.id or entry.kind != "person":
                    continue
                states |= {o.country for o in entry.offices_on(self.cast.day) if o.leader and o.country}
        return states

    def _names_state(self, code: str | None) -> bool:
        """Does the text name the state `code` (its name, adjective, capital or seat), or a known person or
        body of it?"""
        for m in self.matches:
            for alias in m.aliases:
                entry = self.gaz.entries.get(alias.entry_id)
                if entry is not None and code in (entry.id, entry.country):
                    return True
        return False

    def _is_state(self, code: str | None) -> bool:
        entry = self.gaz.entries.get(code) if code else None
        return entry is not None and entry.kind == "country"

    def _leader_ref(self, start: int, end: int, leader: Entry) -> Ref:
        actor_id = self.cast.known(leader)
        return Ref(start, end, "PERSON", "name", [actor_id], self.cast.actors[actor_id].sector, 0.7)

    # -- context around names

    def _before_common_noun(self, end: int) -> bool:
        """An adjective used as one: "Western sanctions", "Georgian President", not "Western Australia"."""
        nxt = re.match(r"\s+([A-Za-z][a-z\-]+)", self.text[end : end + 30])
        if nxt is None or not (nxt.group(1).islower() or nxt.group(1).lower() in _TITLE_WORDS):
            return False
        word = self.doc.char_span(nxt.start(1) + end, nxt.end(1) + end, alignment_mode="expand")
        return word is None or not word[0].tag_.startswith("VB")  # "Franco ruled": a name before a verb

    def _as_place(self, start: int) -> bool:
        tok = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if tok is None:
            return False
        head = tok[0]
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS

    def _sentence_of(self, token: int) -> Span:
        """The sentence holding a token (spaCy's `Token.sent` walks the document from the start each time)."""
        if self._sentences is None:
            self._sentences = [(s.start, s.end) for s in self.doc.sents]
        start, end = self._sentences[bisect_right(self._sentences, (token, len(self.doc) + 1)) - 1]
        return self.doc[start:end]

    def _context(self, start: int, end: int) -> tuple[str | None, str | None, str | None]:
        """Country, sector and role of an unknown person from an appositive or a title next to the name."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None, None, None
        sent = self._sentence_of(span.start)
        left, dateline = [], None
        for tok in reversed(self.doc[sent.start : span.start]):
            if _is_verb(tok) or tok.text in (";", '"', "“", "”", ":") or len(left) >= 14:
                break
            if self._skipped(tok.idx, 0):
                # the dateline only where the words before the name give no country: "BEIRUT (Reuters) -
                # American journalist Terry Anderson" is American, "BEIJING - Dissident Fang Lizhi" Chinese
                dateline = next(((s, e) for s, e in self.skip if s <= tok.idx < e), None)
                break
            left.append(tok)
        left.reverse()
        right = []
        if span.end < sent.end and self.doc[span.end].text == ",":
            for tok in self.doc[span.end + 1 : sent.end]:
                if _is_verb(tok) or tok.text in (",", ";", ".", '"', "“", "”") or len(right) >= 14:
                    break
                right.append(tok)
        for window in (left, right):
            if not window:
                continue
            w_start, w_end = window[0].idx, window[-1].idx + len(window[-1])
            words = self.text[w_start:w_end]
            sector = _find_phrase(self.words.person_sector, words.lower())
            told = _described_by_nation(window) if sector is None and window is left else None
            # "British teacher John Wells": a nationality and a calling the table does not list
            if told is not None and (country := self._country_in(told.idx, told.idx + len(told))):
                return country, None, None
            if sector is None:
                continue
            # the country of the conjunct the name is in: "Singh and his Pakistani counterpart Gilani" is
            # Pakistan's; "Foreign Minister and Deputy Premier X" takes the whole title's
            joined = [t for t in window if t.dep_ == "cc"] if window is left else []
            own = joined[-1].idx + len(joined[-1]) if joined else w_start
            # "the Macedonian ambassador to the United Nations": where one is posted is not whose one is
            posted = next((t.idx for t in window if t.lower_ == "to" and t.dep_ == "prep"), None)
            w_end = posted if posted is not None and posted > own else w_end
            country = self._country_in(own, w_end) or self._country_in(w_start, w_end)
            if country is None and window is left and (of := _OF_STATE.match(self.text, end)) is not None:
                country = self._country_in(of.start(1), of.end(1), "GPE")  # "Foreign Minister X of Chad"
            if country is None and window is left and dateline is not None:
                country = self._country_in(*dateline)
            role = re.sub(r"^(?:the|a|an|The|A|An)\s+", "", words.strip(" ,")).strip()
            return country, sector, role or None
        return None, None, None

    def _country_in(self, start: int, end: int, label: str | None = None) -> str | None:
        for m in self.gaz.find(self.text[start:end]):
            if _LEANING_PREFIX.search(self.text, max(0, start + m.start - 5), start + m.start):
                continue  # "Lebanon's pro-Syrian Prime Minister": a leaning, not whose
            picked = self._pick(m, label)
            if picked is None:
                continue
            entry = picked[1]
            # a person's or a party's is its country's ("the Soviet Communist Party's Central Committee")
            code = entry.country if entry.kind == "person" else entry.id
            if entry.kind == "org":
                code = entry.country or entry.id
            if code:
                return code
        for word in re.findall(r"[A-Z][a-z]+", self.text[start:end]):  # "Quatar's emir"
            if (alias := self.gaz.misspelt(word)) is not None:
                return alias.entry_id
        return None


_PLATFORMS = {
    "Twitter", "Facebook", "Instagram", "YouTube", "WhatsApp", "Telegram", "TikTok", "Truth Social", "Weibo",
    "WeChat", "VKontakte", "Snapchat", "Reddit", "LinkedIn", "X",
}  # fmt: skip
_MEDIUM_BEFORE = re.compile(r"\b(?:on|via|in a|in an) $", re.IGNORECASE)
# states other than the US whose legislature (or, in India and Nepal, a leading party) is called "Congress"
_CONGRESSES = {
    "ARG", "BOL", "BRA", "CHL", "COL", "DOM", "ECU", "GTM", "HND", "MEX", "PRY", "PER", "VEN", "PHL", "IND",
    "NPL", "FSM",
}  # fmt: skip
# capitalised words before "Congress" that leave it the US legislature ("the U.S. Congress", "a Republican
# Congress"), where another name's last word makes it another body ("the Nigeria Labour Congress")
_US_CONGRESS_WORDS = {
    "U.S.", "US", "USA", "American", "States", "The", "Republican", "Democratic", "Democrat", "Congress",
    "In", "By", "To", "From", "Of", "And", "But", "When", "If", "As", "Both", "Neither", "Senate", "House",
}  # fmt: skip
# titles only a state's officials carry, and words of an international body's ("Commissioner", "NATO")
_NATIONAL_OFFICES = frozenset({"leader", "minister", "governor", "premier", "chancellor", "opposition"})
_INTERNATIONAL_OFFICES = frozenset({
    "commissioner", "commission", "secretary-general", "envoy", "representative", "director-general", "un",
    "eu", "nato", "european", "united", "nations", "alliance",
})  # fmt: skip
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
_IN_PLACE = re.compile(
    r" in ((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,2})"
)  # "... in Tehran", "in Addis Ababa"
_LEANING_PREFIX = re.compile(r"\b(?:pro|anti)-$")  # "pro-Syrian": a leaning, not whose one is
# "of" and a name right after a titled person's name: the state they serve ("Foreign Minister X of Chad")
_OF_STATE = re.compile(r" of ((?:the )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})")
# the words of a noun phrase before a name that describes it ("the independent Belgrade radio station")
_DESCRIBING = {"DT", "JJ", "NNP", "NNPS", "NN", "NNS", "POS", "CD"}
_BACKING = {"backed", "funded", "sponsored", "supported", "armed", "allied"}
# words for a body a name may follow ("the separatist party Herri Batasuna", "the opposition weekly al-Shaab")
_GROUP_WORDS = {
    "party", "group", "movement", "front", "militia", "organisation", "organization", "faction", "union",
    "league", "alliance", "newspaper", "daily", "weekly", "paper", "agency", "station", "company", "firm",
}  # fmt: skip

_VESSEL_BEFORE = re.compile(
    r"\b(?:tanker|ship|vessel|freighter|frigate|destroyer|cruiser|carrier|submarine|ferry|liner|trawler|"
    r"yacht|boat|gunboat|warship|supertanker|cargo ship) $"
)
_PARTICLES_BEFORE = re.compile(r"(?:\b(?:dos|da|de|del|van|von|der|al|el|bin|ibn|ould|arap) )+$")
# words before a name that are neither first names nor titles of office: "Chief Buthelezi", "Nuncio Sambi"
_HONORIFICS = {
    "nuncio", "mullah", "imam", "cardinal", "archbishop", "bishop", "father", "rev", "reverend", "rabbi",
    "brigadier", "brig", "cmdr", "field", "shah", "sayyed", "sayed", "sayyid", "hojatoleslam", "grand",
    "mufti", "patriarch", "dalai", "lama", "speaker", "elder", "monsignor", "sister", "brother", "saint",
    "st", "haji", "hajji", "mwalimu", "pastor", "late", "interim", "opposition", "rebel", "sheikh", "sheik",
    "shaikh",
}  # fmt: skip
_WORD_RE = re.compile(r"[A-Za-z][\w'’.-]*")

# capitalised words that follow a nationality adjective as a title: "Georgian President", "Serbian Army"
_TITLE_WORDS = {
    "president", "prime", "premier", "foreign", "defence", "defense", "interior", "finance", "minister",
    "chancellor", "king", "queen", "emir", "ambassador", "general", "army", "navy", "air", "parliament",
    "government", "embassy", "leader", "opposition", "senate", "congress", "supreme", "vice", "deputy",
}  # fmt: skip


def _described_by_nation(window: list[Token]) -> Token | None:
    """The nationality adjective that opens the words just before a name, when only common nouns follow it
    ("British teacher", "Dutch aid worker"): whose the person is."""
    tail = window[-3:]
    for i, tok in enumerate(tail):
        if tok.tag_ in ("JJ", "NNP", "NNPS") and tok.text[:1].isupper():
            rest = tail[i + 1 :]
            if rest and all(t.tag_ in ("NN", "NNS") and t.text.islower() for t in rest):
                return tok
    return None


def _same_name(word: str, names: frozenset[str]) -> bool:
    """Is `word` one of `names`, or a transliteration of one ("Itzhak" for "Yitzhak", "Muhammad" for
    "Mohammed")?"""
    return word in names or any(SequenceMatcher(None, word, n).ratio() >= 0.66 for n in names)


def _is_verb(tok: Token) -> bool:
    """From the fine-grained tag: the coarse POS needs the attribute ruler, about a sixth of parse time."""
    return tok.tag_.startswith("VB") or tok.tag_ == "MD"


_PLACE_PREPOSITIONS = {
    "in",
    "at",
    "to",
    "from",
    "near",
    "into",
    "across",
    "outside",
    "around",
    "toward",
    "towards",
    "via",
    "inside",
    "throughout",
    "through",
}


def _label_fits(kind: str, label: str | None) -> bool:
    if label is None:
        return False
    if kind == "person":
        return label == "PERSON"
    if kind == "country":
        return label in ("GPE", "LOC", "NORP", "FAC")
    return label in ("ORG", "GPE", "LOC", "NORP")


def _label_of(kind: str, alias_kind: str) -> str:
    if kind == "person":
        return "PERSON"
    if alias_kind == "adjective":
        return "NORP"
    return "GPE" if kind == "country" else "ORG"


@dataclass(frozen=True)
class _WordTables:
    sector: list[tuple[re.Pattern[str], str]]
    person_sector: list[tuple[re.Pattern[str], str]]
    titles: list[str]
    not_actors: frozenset[str]
    generic: frozenset[str]
    title_words: frozenset[str]  # the words of titles and offices, lower case ("foreign", "minister")


@functools.cache
def _word_tables() -> _WordTables:
    """The resolver's word lists from the lexicon, compiled once per process."""
    lex = load_gazetteer().lexicon
    return _WordTables(
        sector=_phrase_table(lex.get("sector_words") or {}),
        person_sector=_phrase_table(lex.get("person_sector_words") or {}),
        titles=sorted(lex.get("person_titles") or (), key=len, reverse=True),
        not_actors=frozenset(lex.get("not_actors") or ()),
        generic=frozenset(lex.get("generic_org_words") or ()),
        title_words=frozenset(
            w.lower()
            for phrase in [
                *(lex.get("person_titles") or ()),
                *(p for kind in ("GOV", "MIL") for p in (lex.get("person_sector_words") or {}).get(kind, ())),
            ]
            for w in re.findall(r"[\w-]+", phrase)
        )
        | {"foreign", "defence", "defense", "interior", "finance", "vice", "deputy", "leader", "of", "state"}
        | {"affairs", "former", "then", "acting", "senior", "top", "ruler", "strongman"},
    )


def _phrase_table(table: dict[str, list[str]]) -> list[tuple[re.Pattern[str], str]]:
    """(word pattern, value) pairs, longest phrases first, for finding a sector word in lower-cased text."""
    rows = [(phrase, value) for value, phrases in table.items() for phrase in phrases]
    rows.sort(key=lambda r: -len(r[0]))
    return [(re.compile(rf"(?<!\w){re.escape(p)}(?!\w)"), v) for p, v in rows]


def _find_phrase(table: list[tuple[re.Pattern[str], str]], text: str) -> str | None:
    for pattern, value in table:
        if pattern.search(text):
            return value
    return None
