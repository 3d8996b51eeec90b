"""The actor gazetteer: countries, organisations, blocs and people, with every name they go by in the press.

Matching works on a light word tokenisation of the text ("U.S.-China" gives "U.S.", "-", "China"), so it does
not depend on how spaCy splits hyphenated compounds, and looks up the longest known name at each word.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from presslens.nlp import known_words
from presslens.resources import load_table

_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|\w+|[^\w\s]")


def words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


@dataclass(frozen=True)
class Office:
    office: str
    title: str
    country: str | None
    start: str | None = None
    end: str | None = None
    leader: bool = False

    def held_on(self, day: date) -> bool:
        return _as_date(self.start, first=True) <= day <= _as_date(self.end, first=False)


def _as_date(value: str | int | None, first: bool) -> date:
    if value is None or value == "":
        return date.min if first else date.max
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1) if first else date(parts[0], 12, 31)
    if len(parts) == 2:
        if first:
            return date(parts[0], parts[1], 1)
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return date(*parts[:3])


@dataclass(frozen=True)
class Entry:
    """One canonical actor of the gazetteer."""

    id: str
    code: str
    name: str
    kind: str  # country | igo | bloc | org | person
    country: str | None = None
    gender: str | None = None
    offices: tuple[Office, ...] = ()
    members: tuple[str, ...] = ()
    name_words: frozenset[str] = frozenset()  # a person's: every word of the names it goes by, lower case
    names: tuple[str, ...] = ()  # a person's: the names it goes by
    part_of: tuple[str, date] | None = None  # a country's: the state it belonged to, until the day it left

    def offices_on(self, day: date) -> list[Office]:
        return [o for o in self.offices if o.held_on(day)]


@dataclass(frozen=True)
class Alias:
    """A name an entry goes by, and how it refers (a seat of power refers to the government)."""

    entry_id: str
    kind: str  # name | alias | adjective | metonym | place
    sector: str | None = None
    ambiguous: bool = False  # only trusted when the NER agrees it is a place or a person
    needs_the: bool = False  # "the West": only with a leading "the" and not before a capitalised word


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    aliases: tuple[Alias, ...]
    after_the: bool  # preceded by "the"


_THE = ("the", "The", "THE")

# words one letter off a country's name that are words of their own ("Latina" is no misspelt Latvia)
_WORDS_NOT_TYPOS = frozenset({"latina", "latino", "latinas", "latinos", "granada", "tango", "kanye", "benni"})


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    # first word -> [(word tuple, aliases)], longest first; aliases empty for stop phrases
    index: dict[str, list[tuple[tuple[str, ...], tuple[Alias, ...]]]] = field(default_factory=dict)
    lexicon: dict = field(default_factory=dict)
    people: list[Entry] = field(default_factory=list)

    def find(self, text: str) -> Iterator[Match]:
        """Leftmost-longest known names in `text`; stop phrases ("Latin America") swallow what they cover."""
        toks = words(text.replace("’", "'"))  # same length: offsets hold
        i = 0
        while i < len(toks):
            hit = self._hit(toks, i)
            if hit is None:
                i += 1
                continue
            k, usable = hit
            # "President Jiang Zemin": a titled short name ("President Jiang") gives way to a person's full
            # name that starts inside it and runs on; the same person's keeps the title in the match
            later = next(
                (
                    (j, other)
                    for j in range(i + 1, i + k)
                    if usable
                    and all(self.entries[a.entry_id].kind == "person" for a in usable)
                    and (other := self._hit(toks, j)) is not None
                    and j + other[0] > i + k
                    and any(self.entries[a.entry_id].kind == "person" for a in other[1])
                ),
                None,
            )
            if later is not None:
                j, (k, usable) = later
                if {a.entry_id for a in usable} & {a.entry_id for a in hit[1]}:
                    k += j - i
                else:
                    i = j
            if usable:
                start, end = toks[i].start(), toks[i + k - 1].end()
                yield Match(start, end, text[start:end], usable, i > 0 and toks[i - 1].group() in _THE)
            i += k

    def _hit(self, toks: list[re.Match[str]], i: int) -> tuple[int, tuple[Alias, ...]] | None:
        """The longest name starting at word `i`: its length in words and the aliases usable there (none for
        a stop phrase)."""
        after_the = i > 0 and toks[i - 1].group() in _THE
        n = len(toks)
        for key, aliases in self.index.get(toks[i].group(), ()):
            k = len(key)
            if i + k > n or any(toks[i + j].group() != key[j] for j in range(1, k)):
                continue
            nxt = toks[i + k].group() if i + k < n else ""
            usable = tuple(
                a
                for a in aliases
                if not a.needs_the or (after_the and not (nxt[:1].isupper() and nxt.isalpha()))
            )
            if usable or not aliases:
                # a name wanting its "the" gives way to a shorter one: "the banned Solidarity union"
                return k, usable
        return None

    def state_on(self, code: str | None, day: date) -> str | None:
        """The state a country code stood for on `day`: Kosovo is Serbia's before June 1999, South Sudan
        Sudan's before July 2011, as the event data of the time code them."""
        entry = self.entries.get(code) if code else None
        if entry is not None and entry.part_of is not None and day < entry.part_of[1]:
            return self.state_on(entry.part_of[0], day)
        return code

    def misspelt(self, word: str) -> Alias | None:
        """The country a one-word name is one letter away from ("Ethopia", "Quatar", "Phillipines"), when
        that is a single country: a name or adjective of six letters or more with the same first letter.
        For names the NER marks that the gazetteer does not know; typos are common in wire copy."""
        if len(word) < 5 or not word[:1].isupper() or not word.isalpha() or word.lower() in _WORDS_NOT_TYPOS:
            return None
        if word.lower() in known_words():
            return None  # a word of its own: "Liberal" is no misspelt "Liberia"
        if len(word) == 5:  # a short name only with two letters swapped ("Lybia")
            return self._swapped_names.get(word.lower())
        near = {a.entry_id: a for key in _deletions(word.lower()) for a in self._near_names.get(key, ())}
        return next(iter(near.values())) if len(near) == 1 else None

    @functools.cached_property
    def _swapped_names(self) -> dict[str, Alias]:
        """Five-letter country names under each way of swapping two of their letters but the first."""
        out: dict[str, Alias] = {}
        for key, aliases in ((k, a) for bucket in self.index.values() for k, a in bucket):
            if len(key) != 1 or len(key[0]) != 5 or not key[0][:1].isupper() or key[0].isupper():
                continue
            for alias in aliases:
                if (
                    self.entries[alias.entry_id].kind == "country"
                    and alias.kind == "name"
                    and not alias.ambiguous
                ):
                    w = key[0].lower()
                    for i, j in itertools.combinations(range(1, 5), 2):
                        swapped = w[:i] + w[j] + w[i + 1 : j] + w[i] + w[j + 1 :]
                        if swapped != w:
                            out[swapped] = alias
        return out

    @functools.cached_property
    def _near_names(self) -> dict[str, list[Alias]]:
        """One-word country names and adjectives, under themselves and each one-letter deletion (a name one
        insertion, deletion or substitution away from a word shares one of these keys with it)."""
        out: dict[str, list[Alias]] = {}
        for key, aliases in ((k, a) for bucket in self.index.values() for k, a in bucket):
            if len(key) != 1 or len(key[0]) < 6 or not key[0][:1].isupper() or key[0].isupper():
                continue
            for alias in aliases:
                country = self.entries[alias.entry_id].kind == "country"
                if country and alias.kind in ("name", "adjective") and not alias.ambiguous:
                    for variant in _deletions(key[0].lower()):
                        out.setdefault(variant, []).append(alias)
        return out

    def person_spelt_as(self, name: str) -> Entry | None:
        """The one known person a full name of two words or more spells another way: accents, case or an
        Arabic article aside ("Robert Gueï", "Omar el-Bashir", "Jose Eduardo Dos Santos"), or with a word one
        letter off ("Mikhail Gorbachov", "Isaias Afewerki"); wire services transliterate names each their own
        way. Only the surname may differ, by one letter, and it must be five letters or more: first names
        one letter apart are often other people's ("Michel Martin" is not Ireland's Micheál Martin)."""
        key = _spelling(name)
        if len(key) < 2:
            return None
        found = set(self._spellings.get(key, ()))
        if not found:
            for other, people in self._spellings_by_shape.get(_shape(key), ()):
                differ = [(a, b) for a, b in zip(key, other, strict=True) if a != b]
                surname = key[-1] != other[-1]
                if len(differ) == 1 and surname and min(map(len, differ[0])) >= 5 and _near(*differ[0]):
                    found.update(people)
        return self.entries[found.pop()] if len(found) == 1 else None

    @functools.cached_property
    def _spellings(self) -> dict[tuple[str, ...], set[str]]:
        out: dict[tuple[str, ...], set[str]] = {}
        for entry in self.people:
            for form in entry.names:
                if len(key := _spelling(form)) >= 2:
                    out.setdefault(key, set()).add(entry.id)
        return out

    @functools.cached_property
    def _spellings_by_shape(self) -> dict[tuple[str, ...], list[tuple[tuple[str, ...], set[str]]]]:
        out: dict[tuple[str, ...], list[tuple[tuple[str, ...], set[str]]]] = {}
        for key, people in self._spellings.items():
            out.setdefault(_shape(key), []).append((key, people))
        return out

    def officeholder_by_surname(self, surname: str, day: date, title: str) -> Entry | None:
        """The one person whose name ends in `surname` ("Major", "dos Santos") and who held, on `day`, an
        office `title` names: wires call a leader by title and surname ("Prime Minister Major", "Defense
        Secretary Cheney"), with words too common in news to be aliases alone. A rank ("Captain Taylor")
        names no office."""
        key = _spelling(surname)
        words = set(_spelling(title)) - _TITLE_FILLERS
        found = {
            i for i in self._name_tails.get(key, ()) if key and words
            for o in self.entries[i].offices_on(day) if words & set(_spelling(o.title))
        }  # fmt: skip
        return self.entries[found.pop()] if len(found) == 1 else None

    def leader_by_surname(self, surname: str, day: date) -> Entry | None:
        """The one person whose name ends in `surname` and who led a state on `day` ("Sharon" in 2002, "Jiang"
        in 1995): a bare surname in political news is the leader's when no one else then leading shares it.
        Surnames are left out as aliases when other people bear them too, so only the day can settle them."""
        found = {
            i for i in self.bearers_of(surname) if any(o.leader for o in self.entries[i].offices_on(day))
        }
        return self.entries[found.pop()] if len(found) == 1 else None

    def bearers_of(self, surname: str) -> set[str]:
        """Everyone whose name ends in (or, in name-first countries, starts with) `surname`."""
        key = _spelling(surname)
        return self._name_tails.get(key, set()) | self._name_heads.get(key, set())

    @functools.cached_property
    def _name_heads(self) -> dict[tuple[str, ...], set[str]]:
        """People of the countries that put the family name first ("Deng Xiaoping", "Kim Dae-jung"), under the
        first word of their full name."""
        out: dict[tuple[str, ...], set[str]] = {}
        for entry in self.people:
            words = _spelling(entry.name)
            if entry.country in _FAMILY_NAME_FIRST and len(words) > 1:
                out.setdefault(words[:1], set()).add(entry.id)
        return out

    @functools.cached_property
    def _name_tails(self) -> dict[tuple[str, ...], set[str]]:
        """People under the last word or words of each name they go by ("Daniel arap Moi": moi, arap moi)."""
        out: dict[tuple[str, ...], set[str]] = {}
        for key, people in self._spellings.items():
            for k in range(1, len(key)):
                out.setdefault(key[-k:], set()).update(people)
        return out

    def people_in_office(self, country: str, office: str, day: date) -> list[Entry]:
        """Who held `office` ("head_of_state", "leader" ...) for `country` on `day`."""
        found = []
        for entry in self.people:
            for o in entry.offices:
                if (
                    o.country == country
                    and (o.office == office or (office == "leader" and o.leader))
                    and o.held_on(day)
                ):
                    found.append(entry)
                    break
        return found


_TITLE_FILLERS = {"of", "the", "for", "and"}


def _spelling(name: str) -> tuple[str, ...]:
    """A name's words without accents, case or an Arabic article: "Omar el-Bashir" -> ("omar", "bashir")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = re.sub(r"\b(?:al|el|ul|ad|ash|as)[- ](?=\w)", "", plain.casefold())
    return tuple(re.findall(r"[a-z]+", plain))


def _shape(key: tuple[str, ...]) -> tuple[str, ...]:
    """The first letters of a name's words: a misspelt name keeps them."""
    return tuple(w[0] for w in key)


def _near(a: str, b: str) -> bool:
    """Are two words with the same first letter one letter added, dropped, changed or two neighbours swapped
    apart? Such words share a one-letter deletion."""
    return bool(_deletions(a) & _deletions(b))


def _deletions(word: str) -> set[str]:
    """The word and every way of dropping one of its letters but the first (a typo keeps the first letter)."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(1, len(word))}


def _norm(name: str) -> tuple[str, bool]:
    """A name without its leading article, and whether it had one ("the West" -> "West", True)."""
    for lead in ("the ", "The "):
        if name.startswith(lead):
            return name[len(lead) :], True
    return name, False


def _variants(name: str) -> set[str]:
    # British and American spellings of a body's name: "Palestine Liberation Organisation"
    out = {name, name.replace("Organization", "Organisation"), name.replace("Organisation", "Organization")}
    if len(name) > 3 and any(c.islower() for c in name):
        out |= {n.upper() for n in out}  # headlines and section heads in capitals
    return out


_ARTICLE = re.compile(r"\b(?:al|el|ash|as|ad|an|ar|at|az)-(?=[A-Z])")  # the article of an Arabic name


@functools.cache
def load_gazetteer() -> Gazetteer:
    gaz = Gazetteer(lexicon=load_table("actors/lexicon"))
    table: dict[tuple[str, ...], list[Alias]] = {}

    def add(name: str, alias: Alias, needs_the_allowed: bool = False) -> None:
        bare, had_the = _norm(str(name))
        if not bare:
            return
        # "the West", "the world body": only after "the" ("football's world body" is another's)
        if had_the and needs_the_allowed and (bare[:1].isupper() or bare.islower()):
            alias = Alias(alias.entry_id, alias.kind, alias.sector, alias.ambiguous, needs_the=True)
        for variant in _variants(bare):
            key = tuple(m.group() for m in _WORD.finditer(variant))
            bucket = table.setdefault(key, [])
            if all(a.entry_id != alias.entry_id for a in bucket):
                bucket.append(alias)

    for row in load_table("actors/countries"):
        code = row["code"]
        part_of = row.get("part_of")
        gaz.entries[code] = Entry(
            code, code, row["name"], "country", country=code,
            part_of=(part_of["country"], _as_date(part_of["until"], first=True)) if part_of else None,
        )  # fmt: skip
        ambiguous = set(row.get("ambiguous") or ())
        add(row["name"], Alias(code, "name", ambiguous=row["name"] in ambiguous))
        for name in row.get("names") or ():
            add(name, Alias(code, "alias", ambiguous=name in ambiguous))
        for name in row.get("adjectives") or ():
            add(name, Alias(code, "adjective", ambiguous=name in ambiguous))
        for seat in row.get("seats") or ():  # "The Valley", "The Hague": only after "the" ("Galwan Valley")
            alias = Alias(code, "metonym", seat.get("sector", "GOV"), ambiguous=seat["name"] in ambiguous)
            add(seat["name"], alias, needs_the_allowed=True)

    # cities and regions: where things happen or what is hit ("shelled Kharkiv"), as their country. The
    # small NER model misses most of them, so the table leaves out names that are also words, people or
    # places in two countries ("Nice", "Florence", "Hyderabad") and is trusted as it stands
    for row in load_table("actors/places"):
        for name in [row["name"], *(row.get("aliases") or ())]:
            add(name, Alias(row["country"], "place"))

    for row in load_table("actors/organizations"):
        code = row["code"]
        gaz.entries[code] = Entry(
            code,
            code,
            row["name"],
            row.get("kind", "igo"),
            country=row.get("country"),
            members=tuple(row.get("members") or ()),
        )
        ambiguous = set(row.get("ambiguous") or ())
        for name in [row["name"], *(row.get("names") or ())]:
            alias = Alias(code, "name", row.get("sector"), ambiguous=name in ambiguous)
            add(name, alias, needs_the_allowed=True)
        for name in row.get("adjectives") or ():
            add(name, Alias(code, "adjective", ambiguous=name in ambiguous))
        for seat in row.get("seats") or ():
            add(seat["name"], Alias(code, "metonym", seat.get("sector", "GOV")))

    for row in load_table("actors/persons"):
        pid = f"person:{row['id']}"
        names = [row["name"], *(row.get("aliases") or ())]
        offices = tuple(
            Office(
                r["office"],
                r.get("title", ""),
                r.get("country"),
                _iso(r.get("start")),
                _iso(r.get("end")),
                bool(r.get("leader", False)),
            )
            for r in row.get("roles") or ()
        )
        gaz.entries[pid] = Entry(
            pid,
            pid,
            row["name"],
            "person",
            country=row.get("country"),
            gender=row.get("gender"),
            offices=offices,
            name_words=frozenset(w.group().lower() for n in names for w in _WORD.finditer(n)),
            names=tuple(names),
        )
        gaz.people.append(gaz.entries[pid])
        for name in names:
            for form in _name_forms(name):
                add(form, Alias(pid, "name"))

    for phrase in [*(gaz.lexicon.get("stop_phrases") or ()), *(gaz.lexicon.get("not_actors") or ())]:
        key = tuple(m.group() for m in _WORD.finditer(_norm(phrase)[0]))
        table.setdefault(key, [])

    for key, aliases in table.items():
        gaz.index.setdefault(key[0], []).append((key, tuple(aliases)))
    for bucket in gaz.index.values():
        bucket.sort(key=lambda item: -len(item[0]))
    return gaz


_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})
_REGNAL = re.compile(r"^((?:King|Queen|Emir|Sultan|Pope|Shah) \w.*?) [IVXL]+$")


def _name_forms(name: str) -> set[str]:
    """How wire copy writes a person's name: as given, less a leading "Sheikh"; without the article of an
    Arabic name ("Omar Bashir"); with that article as "al-" or "Al " ("Hamad bin Khalifa al-Thani", "... Al
    Thani"); a monarch or pope without the regnal number ("King Hassan"); each also without accents."""
    # "Sheikh" is no part of the name: kept in, it would take the name's first words for a shorter alias and
    # leave the full name the NER finds unmatched ("Sheikh Hamad bin Khalifa al-Thani")
    name = re.sub(r"^(?:Sheikh|Sheik|Shaikh) (?=[A-Z]\S* \S)", "", name)  # not "Sheikh Saad": a first name
    out = {name}
    bare = _ARTICLE.sub("", name)
    if bare != name and " " in bare:
        out.add(bare)
    out.add(re.sub(r"(?<= )Al (?=[A-Z])", "al-", name))
    out.add(re.sub(r"\bal-(?=[A-Z])", "Al ", name))
    if (reign := _REGNAL.match(name)) is not None:
        out.add(reign.group(1))
    # and without accents, as English wires mostly write them ("Sanchez de Lozada")
    out |= {"".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c)) for n in out}
    return out


def _iso(value: object) -> str | None:
    """YAML reads 2012-05-07 as a date: keep every date as an ISO string."""
    return None if value is None else str(value)
