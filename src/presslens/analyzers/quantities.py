"""Quantities in English news text: money, percentages, counts, measures, ordinals, years and periods.

Standard library only, and a handful of compiled patterns. One pass of `_MAIN` finds the core of every
candidate (a number with its currency sign and scale, an ordinal, a year form, a relative time, or a form to
skip: dates, clock times, phone and version numbers). Short anchored matches around each core then read the
qualifier before it (`_BEFORE`: "more than", "a record", "since") and what follows it (`_TAIL`: "percent",
"USD", "doses", "years"; then "a day", "ago", "or more"). A last pass joins ranges ("3 to 5 million",
"10-15%", "from 2010 to 2015") and drops number words that count nothing ("one of the partners").

Conventions: a count with no counted noun has unit ""; "dozens of" / "hundreds of" / "thousands of" are
`at_least` 24 / 200 / 2,000 (two of the unit); a year is resolved to itself ("2013"), a month-granular
expression ("December 2021", "next February") has unit "month", the year as value and "YYYY-MM" resolved;
relative years and months ("last year", "next February") are only found when `day` is given; "in the
1990s" is value 1990, unit "decade"; a range of years resolves to "2010/2015"; "the 21st century" is an
ordinal with unit "century". "since 2013" is at_least, while a lone "from 2013" stays exact ("up 12% from
2020" is a base) and only "from 2010 to 2015" makes a range. Fractions ("a third of") are not read.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from presslens.model import Quantity

__all__ = ["FoundQuantity", "find_quantities"]


@dataclass(frozen=True)
class FoundQuantity:
    start: int  # offsets into the text given, end exclusive; the span includes qualifiers and the unit
    end: int
    value: float
    unit: str  # ISO 4217 code, "percent", "ordinal", "year", "years", ... or the counted noun; "" for none
    bound: str = "exact"  # exact | more_than | less_than | at_least | at_most | about | range
    high: float | None = None  # upper end of a range
    kind: str = "count"  # money | percent | count | ordinal | year | period | measure
    resolved: str | None = None  # "2001", "2022-02", "2021-12-16", "2010/2015"

    def to_model(self, text: str) -> Quantity:
        """The finding as a `presslens.model.Quantity` over `text` (the text it was found in)."""
        from presslens.model import Quantity

        return Quantity(
            start=self.start,
            end=self.end,
            text=text[self.start : self.end],
            value=self.value,
            unit=self.unit,
            bound=self.bound,  # type: ignore[arg-type]
            high=self.high,
            kind=self.kind,  # type: ignore[arg-type]
            resolved=self.resolved,
        )


# ---------------------------------------------------------------------------------------------- vocabulary


def _words(text: str) -> list[str]:
    """A word list written as one string: long vocabularies stay readable."""
    return text.split()


_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SMALL = {**_UNITS, **_TEENS, **_TENS}
_ORD_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
_ORDINALS = {
    **_ORD_UNITS,
    **{w + "th": v for w, v in _TEENS.items() if w not in ("twelve",)},
    "twelfth": 12,
    **{w[:-1] + "ieth": v for w, v in _TENS.items()},
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1_000_000,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1000,
    "k": 1000,
    "lakh": 100_000,
    "million": 10**6,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "crore": 10**7,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "dozen": 12,
}
_WORD_SCALES = ("hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore")
# "dozens of" -> 24: two of the unit, the least the plural can mean; "tens of" / "hundreds of" multiply
_VAGUE = {"dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 10**6, "billions": 10**9}
_VAGUE_TIMES = {"tens": 10, "hundreds": 100}

_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₴": "UAH",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "Rs": "INR",
    "Rs.": "INR",
    "RMB": "CNY",
}
_CODES = _words(
    "USD EUR GBP JPY CNY RUB UAH INR CHF CAD AUD NZD HKD SGD KRW TRY BRL SAR AED ILS PLN ZAR NGN KZT SEK NOK"
)
_CURRENCY_WORDS = {
    "dollars": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "british pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rubles": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rouble": "RUB",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "hryvnas": "UAH",
    "hryvnya": "UAH",
    "rupees": "INR",
    "rupee": "INR",
    "swiss francs": "CHF",
    "francs": "CHF",
    "lira": "TRY",
    "liras": "TRY",
    "won": "KRW",
    "riyals": "SAR",
    "dirhams": "AED",
    "shekels": "ILS",
    "zlotys": "PLN",
    "zloty": "PLN",
    "rand": "ZAR",
    "naira": "NGN",
    "tenge": "KZT",
}
_AMBIGUOUS_CURRENCY = {"pounds", "won", "rand"}  # a currency only after a scale: "5 billion won", not "won"

_MEASURES = (
    "tonnes tonne tons ton metric tons kilotons megatons kilograms kilogram kilos kg grams "
    "kilometres kilometre kilometers kilometer km miles mile metres metre meters meter feet foot "
    "litres litre liters liter gallons barrels barrel bpd bcm cubic metres cubic meters cubic feet "
    "square kilometres square kilometers square miles square metres square meters sq km hectares acres "
    "megawatts gigawatts kilowatts MW GW kW TWh GWh MWh kWh degrees Celsius degrees Fahrenheit degrees mph "
    "knots km/h"
)
# multi-word measures, kept whole ("cubic metres"); the rest split into single words
_MEASURE_PHRASES = [
    "metric tons",
    "cubic metres",
    "cubic meters",
    "cubic feet",
    "square kilometres",
    "square kilometers",
    "square miles",
    "square metres",
    "square meters",
    "sq km",
    "degrees Celsius",
    "degrees Fahrenheit",
]
_ATTACHED = _words("km kg kw mw gw twh gwh mwh kwh bcm mph bpd cm mm ft lbs lb")  # "10km", "55bcm"

_PERIODS = {
    "year": "years",
    "month": "months",
    "week": "weeks",
    "day": "days",
    "decade": "decades",
    "century": "centuries",
    "hour": "hours",
    "minute": "minutes",
}
_PERIOD_PLURALS = {**_PERIODS, **{v: v for v in _PERIODS.values()}}

_MONTH_NAMES = _words("January February March April May June July August September October November December")
_MONTH_NUMBER = {name.lower(): i + 1 for i, name in enumerate(_MONTH_NAMES)}
_MONTH_NUMBER.update({name.lower()[:3]: i + 1 for i, name in enumerate(_MONTH_NAMES)})
_MONTH_NUMBER["sept"] = 9

# qualifier before a number -> bound
_QUALIFIERS = {
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "exceeded": "more_than",
    "exceeding": "more_than",
    "exceeds": "more_than",
    "exceed": "more_than",
    "surpassed": "more_than",
    "surpassing": "more_than",
    "surpasses": "more_than",
    "topped": "more_than",
    "topping": "more_than",
    "tops": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "north of": "more_than",
    "greater than": "more_than",
    "higher than": "more_than",
    "larger than": "more_than",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "nearly": "less_than",
    "almost": "less_than",
    "just under": "less_than",
    "just below": "less_than",
    "just shy of": "less_than",
    "shy of": "less_than",
    "short of": "less_than",
    "lower than": "less_than",
    "close to": "less_than",
    "not quite": "less_than",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "approx.": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "an approximate": "about",
    "on the order of": "about",
    "in the region of": "about",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "a minimum of": "at_least",
    "at most": "at_most",
    "up to": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "a maximum of": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    "as high as": "at_most",
}
_ADVERBS = ("well", "just", "slightly", "far", "much", "significantly", "substantially", "considerably")
# words that sit between a qualifier and the number and belong to the expression ("exceeded a record $1bn")
_FILLERS = (
    "a record",
    "a new record",
    "a record high of",
    "a record-high",
    "an all-time high of",
    "a total of",
    "an additional",
    "a further",
    "a staggering",
    "a whopping",
    "a mere",
    "an unprecedented",
    "a historic",
)
# prepositions before a year -> bound ("since 2013": at_least); "in" and "during" are exact
_YEAR_PREPS = {
    "since": "at_least",
    "from": "exact",  # "up 12% from 2020" is a base, not a start; "from 2010 to 2015" becomes a range
    "after": "more_than",
    "before": "less_than",
    "prior to": "less_than",
    "ahead of": "less_than",
    "until": "at_most",
    "till": "at_most",
    "through": "at_most",
    "by": "at_most",
    "in": "exact",
    "during": "exact",
    "between": "exact",
    "as of": "exact",
}
_DETERMINERS = _words("the its their his her our this that these those an a")
_SUFFIX_BOUNDS = {
    "more": "at_least",
    "above": "at_least",
    "so": "about",
    "less": "at_most",
    "fewer": "at_most",
}
# capitalised words that may stand before a number without making it a label ("Only 5", not "Article 5")
_NOT_LABEL = frozenset(
    _words("""
    and but or so yet only just all about around with without for to at on of when while after before if as
    because then there here nearly almost exactly even also another each every both per than that this these
    those what which who we they he she it i you our their his her its my your some over under up down least
    most more less fewer top the a an
    """)
)
# words that are neither the counted noun nor an adjective before it ("one of the ...", "90 were killed")
_STOP = _words("""
    of in on at to from by for with and or but nor that which who whom whose than as the a an is are was were
    be been being has have had will would could should shall may might can must do does did not no per its
    their his her our this these those it they he she we you i ago more less fewer over under about around
    after before since until into onto upon out up down off between among during through while when where if
    so yet also only just each every both thus plus yes always perhaps whereas besides towards sometimes
    nowadays afterwards news says seems remains means includes makes takes gives goes comes becomes shows
    suggests looks needs wants gets holds leads plays stands appears believes thinks knows calls tells asks
    uses works lives runs sees feels keeps starts adds continues expects follows involves requires represents
    reflects happens exists depends
""")
_IRREGULAR = _words("people children men women personnel aircraft cattle sheep livestock police staff crew")

# ------------------------------------------------------------------------------------------------ patterns

_SC = " \t\u00a0\u202f"  # spaces within a line (no newline: a quantity never spans paragraphs)
_S = f"[{_SC}]"


def _alt(phrases: Iterable[str]) -> str:
    """An alternation of the phrases, longest first, with any run of spaces between their words."""
    items = sorted(set(phrases), key=len, reverse=True)
    return "|".join(f"{_S}+".join(re.escape(w) for w in p.split()) for p in items)


def _trie(words: Iterable[str], case: str = "first", backwards: bool = False) -> str:
    """The words (or phrases) as one trie-shaped alternation, so that the regex engine tests one character
    a step instead of trying each word in turn. The patterns stay case-sensitive, which is faster; `case`
    says which capitals to allow: "first" ("Four soldiers"), "any" (each letter either way) or "exact".
    `backwards` spells each word right to left, for `_BEFORE`, which reads the reversed text.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word[::-1] if backwards else word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(tree, case, True)


def _trie_node(node: dict[str, dict], case: str, first: bool) -> str:
    def step(ch: str) -> str:
        if ch == " ":
            return f"{_S}+"
        if ch.isalpha() and (case == "any" or (case == "first" and first)):
            return f"[{ch.upper()}{ch.lower()}]"
        return re.escape(ch)

    branches = [step(ch) + _trie_node(sub, case, False) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = "|".join(branches)
    if "" in node:
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


# `_MAIN` runs case-sensitively over the text with a space put in front. Each match starts on the
# separator before the quantity, so the scan only stops at separators (a character-set skip inside the
# regex engine), and then only goes on past `_GATE`, a cheap test of the next word.
# "-" only after a non-letter ("10-15", not "COVID-19"), or in "mid-2021"
_SEP = r"[\s(\[{\"“‘'«—–-](?:(?<![A-Za-z]-)|(?<=[Mm]id-))"
_KEYWORDS = [
    *_SMALL,
    *_ORDINALS,
    *(m.lower() for m in _MONTH_NAMES),
    *(m[:3].lower() for m in _MONTH_NAMES),
    *_words("sept half tens dozens hundreds thousands millions billions"),
]
_GATE = rf"""(?=
    [\d$€£¥₽₴₹₩₺+(]
  | (?:{_trie(_KEYWORDS)})\b
  | (?:{_trie([*_SYMBOLS, *_CODES], "exact")}){_S}?\d                    # US$4.5bn, USD 5 million
  | (?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming){_S}+[ymJFMASOND]              # last year, next February
  | [Aa]n?{_S}+(?:{_trie([*_WORD_SCALES, *_PERIODS], "exact")})\b        # a million, a year ago
)"""
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_YEAR4 = r"(?:1[89]|20)\d\d(?!\d)"
_AMPM = r"[AaPp]\.?[Mm]\b\.?"
_SKIP = rf"""
    (?>\d+)(?:                                      # one digit run, then what makes it no quantity:
        (?:\.\d+){{2,}}                               # versions, dotted dates: 1.2.3, 23.12.2021
      | [/.-]\d{{1,2}}[/.-]\d{{2,4}}(?!\d)            # numeric dates: 23/12/2021, 2021-12-23
      | /\d+                                        # 24/7, 9/11, fractions
      | :\d\d(?::\d\d)?(?:{_S}?{_AMPM})?            # clock times: 10:30, 10:30 pm
      | (?:\.\d\d)?{_S}?{_AMPM}                     # 10 am, 3 p.m.
      | [.-]\d{{3}}[.-]\d{{4}}                        # 202-555-0134
      | (?:st|nd|rd|th)?{_S}+(?:of{_S}+)?{_MONTH}(?:,?{_S}+\d{{4}}(?!\d))?   # 23rd of December 2021
    )
  | \+\d{{1,3}}(?:[{_SC}.-]?\(?\d{{1,4}}\)?){{2,5}}       # +7 495 123-45-67
  | \(\d{{2,5}}\){_S}?\d{{3,4}}[{_SC}.-]\d{{3,4}}        # (202) 555-0134
  | (?<=\[)\d{{1,3}}(?=\])                           # footnote marks: [1]
  | {_MONTH}{_S}*\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])(?:,?{_S}+\d{{4}}(?!\d))?   # December 23, 2021
"""
_DIG = r"(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![.,]?\d)"
_FRACTION_WORDS = _words("third fourth fifth sixth seventh eighth ninth tenth quarter")
_FRACTIONS = rf"(?:{_trie(_FRACTION_WORDS, 'exact')})s?"
_WSCALE = _trie(_WORD_SCALES, "exact")
_WORDNUM = rf"""
    (?:{_trie(_TENS)})-(?:{_trie(_UNITS, "exact")})(?!\w)
  | (?:{_trie(_SMALL)})(?:{_S}+and{_S}+a{_S}+half)?(?!{_S}+{_FRACTIONS}\b)  # not "two thirds"
  | [Hh]alf{_S}+an?(?={_S}+(?:{_WSCALE})\b)
  | [Aa]n?(?={_S}+(?:{_WSCALE})\b)
"""
_SCALE = rf"(?:{_S}*(?:bn|mn|mln|tn|trn|BN)|[mbkMBK])(?![A-Za-z])|(?:{_S}+(?:{_WSCALE})\b)+"
_CURPRE = rf"(?:{_trie([*_SYMBOLS, *_CODES], 'exact')}){_S}?"
_ORD = rf"(?:{_trie(_TENS)})-(?:{_trie(_ORD_UNITS, 'exact')})|{_trie(_ORDINALS)}"
# after a number: no letter, and no hyphen and letter, unless it is an attached unit ("10km", "40MW")
_ATT = "|".join([*_ATTACHED, *(a.upper() for a in _ATTACHED), "kW", "MW", "GW", "TWh", "GWh", "MWh", "kWh"])
_ASSERT = rf"(?=[^\w-]|\Z|-(?![A-Za-z])|(?:{_trie(_ATT.split('|'), 'exact')})(?![A-Za-z]))"

_MAIN = re.compile(
    rf"""
    {_SEP}{_GATE}
    (?:
      (?P<skip>{_SKIP})
    | (?P<decade>(?:1[89]|20)\d0['’]?s\b)
    | (?P<number>
        (?P<cur>{_CURPRE})?
        (?P<num>{_DIG}|{_WORDNUM})
        (?P<plus>\+|-plus\b|-odd\b)?
        (?P<scale>{_SCALE})?
        (?P<plus2>\+|-plus\b)?
        (?P<hyph>-(?P<hunit>{"|".join(_PERIODS)})s?(?:-old)?\b)?
        {_ASSERT})
    | (?P<monthyear>{_MONTH}{_S}+(?:of{_S}+)?(?P<my>{_YEAR4}))
    | (?P<rel>(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming){_S}+(?P<runit>year|month|{"|".join(_MONTH_NAMES)})\b)
    | (?P<aago>[Aa]n?{_S}+(?P<aunit>year|month|week|decade|day){_S}+ago\b)
    | (?P<ord>(?:\d+(?:st|nd|rd|th)|{_ORD})(?!\w)(?P<cent>[{_SC}-]+centur(?:y|ies)\b)?)
    | (?P<vague>(?:(?P<vtimes>[Tt]ens|[Hh]undreds){_S}+of{_S}+)?
                (?P<vbase>[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions){_S}+of\b)
    )
    """,
    re.X,
)

# What stands before a quantity, read right to left over the reversed text with an anchored match (a
# right-anchored search would retry at every position of the window). Phrases are spelt backwards.
_BEFORE = re.compile(
    rf"""
      {_S}+
      (?:
        (?:(?P<f1>{_trie(_FILLERS, "any", True)}){_S}+)?
        (?P<q>{_trie(_QUALIFIERS, "any", True)})(?:{_S}+(?:{_trie(_ADVERBS, "any", True)}))?
      | (?P<f>{_trie(_FILLERS, "any", True)})
      | (?:eht{_S}+)?(?P<yp>{_trie(_YEAR_PREPS, "any", True)})
      | (?P<det>{_trie(_DETERMINERS, "any", True)})
      | (?P<cap>\.oN|\w*?[A-Z])
      )(?![\w'’])
    | {_S}+(?P<poss>s['’])
    """,
    re.X,
)

_STOP_RE = rf"(?:{_trie(_STOP)})\b"
# a plural noun: lower-case, or a capitalised people-word ("Americans", "Muslims"), not a title-case name
_PLURAL = (
    rf"(?!{_STOP_RE})(?:[a-z][A-Za-z'’-]*[^\W\dsiuS_]s|[A-Z][a-z]+(?:n|er|im|ist|ite|ard)s|[A-Z]{{2,}}s)"
)
_IRREG = rf"(?:{'|'.join(_IRREGULAR)})(?!{_S}+{_PLURAL}\b)"
_TAIL = re.compile(
    rf"""
      {_S}?(?P<pct>%|per{_S}?cent\b|percent\b|pct\b)
    | {_S}+(?P<pp>percentage{_S}+points?|basis{_S}+points?)\b
    | {_S}?(?P<code>{"|".join(_CODES)})\b
    | {_S}+(?P<curw>{_trie(_CURRENCY_WORDS, "any")})\b
    | {_S}+(?P<per>{_trie(_PERIOD_PLURALS, "exact")})\b
    | {_S}?(?P<meas>{_trie([*_MEASURE_PHRASES, *_MEASURES.split()], "exact")})(?![A-Za-z])
    | {_S}+(?:(?!{_STOP_RE})[A-Za-z][\w'’-]*{_S}+){{0,2}}?(?P<noun>{_IRREG}|{_PLURAL})(?![\w'’-])
    """,
    re.X,
)
_RATE = re.compile(rf"{_S}+(?:a|an|per|each|every){_S}+(?:day|week|month|year|hour|annum)\b")
_AGO = re.compile(rf"{_S}+ago\b")
_SUFFIX = re.compile(rf"{_S}+(?:or|and){_S}+(?P<sq>more|above|so|less|fewer)\b(?!{_S}+than\b)")
_OF = re.compile(rf"{_S}+of\b")
_FRACTION_BEFORE = re.compile(rf"{_S}+(?:{_trie(['a', 'an', 'one'], 'any', True)})(?![\w'’])")  # backwards
_CONNECTOR = re.compile(rf"{_S}*(-|–|—|to|and|or){_S}*")

# ------------------------------------------------------------------------------------------------- finding


@dataclass(slots=True)
class _Item:
    """A quantity being built: `FoundQuantity` plus what the range pass needs."""

    start: int
    end: int
    value: float
    unit: str
    kind: str
    bound: str = "exact"
    high: float | None = None
    resolved: str | None = None
    raw: float = 0.0  # the number before its scale
    mult: int = 1  # the scale applied (10**6 for "million")
    digits: str = ""  # the number as written, when in digits
    word: bool = False  # written in words ("four")
    prep: str | None = None  # "from" / "between" before it
    prep_start: int = -1
    qualified: bool = False  # a qualifier of its own ("more than"): never the second half of a range

    @property
    def unitless(self) -> bool:
        return self.kind == "count" and not self.unit

    @property
    def bare(self) -> bool:
        return self.unitless and self.mult == 1 and self.bound == "exact"


class _Before(NamedTuple):
    """The word or phrase just before a quantity, as `_BEFORE` read it."""

    kind: str  # q (a qualifier), f (a filler), yp (a preposition of time), det, cap, poss
    word: str  # lower-cased, single-spaced, in reading order
    start: int  # where the phrase starts (with its adverb or filler)


@dataclass(slots=True)
class _Scan:
    text: str  # the text with one space in front
    backwards: str  # the same reversed
    day: datetime.date | None

    def before(self, lo: int, start: int) -> _Before | None:
        """What stands before `start`, looking no further back than `lo`."""
        n = len(self.text)
        m = _BEFORE.match(self.backwards, n - start, n - lo)
        if m is None:
            return None
        kind = m.lastgroup  # the named group that closed last: q (after its filler f1), f, yp, det, cap, poss
        return _Before(kind, " ".join(m[kind][::-1].lower().split()), n - m.end())  # type: ignore[arg-type]


def find_quantities(text: str, day: datetime.date | None = None) -> list[FoundQuantity]:
    """All quantities in `text`, in order, non-overlapping (longest expression wins)."""
    if isinstance(day, datetime.datetime):
        day = day.date()
    padded = " " + text  # a separator before a quantity at the very start; `_finish` shifts offsets back
    scan = _Scan(padded, padded[::-1], day)
    items: list[_Item] = []
    prev = 0  # qualifiers are read back to the previous quantity, never into it
    for m in _MAIN.finditer(padded):
        group = m.lastgroup
        item = None if group == "skip" else _HANDLERS[group](m, scan, prev)  # type: ignore[index]
        if item is not None:
            items.append(item)
            prev = item.end
        else:
            prev = m.end()
    return _finish(_join_ranges(items, padded))


def _number(m: re.Match[str], scan: _Scan, lo: int) -> _Item | None:
    text = scan.text
    start, end = m.span("number")
    cur, num, plus, scale, plus2, hunit = m.group("cur", "num", "plus", "scale", "plus2", "hunit")
    word = not num[0].isdigit()
    digits = "" if word else num.replace(",", "")
    raw = _word_value(num) if word else float(digits)
    mult = 1
    if scale:
        for tok in scale.lower().split():
            mult *= _SCALES[tok]
    value = raw if mult == 1 else _scaled(digits, raw, mult)
    bound = "about" if plus == "-odd" else "more_than" if plus or plus2 else "exact"
    if cur:
        cur = cur.strip()
        cur = _SYMBOLS.get(cur, cur)
    item = _Item(start, end, value, "", "count", bound, None, None, raw, mult, digits, word)

    # what follows: a percent sign, a currency, a period, a measure or a counted noun
    tail = None if hunit else _TAIL.match(text, end)
    what = tail.lastgroup if tail else None
    said = tail[what] if tail and what else ""  # the words of the tail's unit
    if hunit:
        item.kind, item.unit = "period", _PERIOD_PLURALS[hunit]
    elif cur and what not in ("code", "curw"):
        tail = None  # "$5 billion loans": the money is the quantity
    elif what == "pct":
        item.kind, item.unit = "percent", "percent"
    elif what == "pp":
        item.kind, item.unit = "percent", " ".join(said.split()).rstrip("s") + "s"
    elif what == "code":
        cur = said
    elif what == "curw":
        name = " ".join(said.lower().split())
        if name not in _AMBIGUOUS_CURRENCY or mult > 1:
            cur = _CURRENCY_WORDS[name]
        elif name == "pounds":
            item.kind, item.unit = "measure", "pounds"  # "5 pounds of rice"
        else:
            tail = None  # "the team won"
    elif what == "per":
        item.kind, item.unit = "period", _PERIOD_PLURALS[said]
    elif what == "meas":
        item.kind, item.unit = "measure", " ".join(said.split())
    elif what == "noun":
        period = _PERIOD_PLURALS.get(said.lower())
        item.kind, item.unit = ("period", period) if period else ("count", said)
    if cur:
        item.kind, item.unit = "money", cur
    if tail:
        item.end = tail.end()

    before = scan.before(lo, start)
    year_like = num.isdigit() and len(num) == 4 and 1800 <= raw <= 2100 and mult == 1 and bound == "exact"
    if year_like and item.kind == "count":
        verdict = _year_or_count(before, counted=bool(item.unit))
        if verdict == "year":
            return _year_item(start, start + 4, int(raw), before)
        if verdict == "drop":
            return None
    label = before is not None and before.kind == "cap" and before.word not in _NOT_LABEL
    if label and item.kind == "count" and mult == 1 and not word:
        return None  # "Article 5", "Boeing 737 jets", "Top 10": a name, not an amount

    # a rate, "ago", "or more" after the unit
    if item.unit and item.kind in ("count", "measure") and (r := _RATE.match(text, item.end)):
        item.unit += " " + " ".join(r.group().split())
        item.end = r.end()
    elif item.kind == "period" and (a := _AGO.match(text, item.end)):
        item.end = a.end()
        item.resolved = _ago(scan.day, item.value, item.unit)
    if s := _SUFFIX.match(text, item.end):
        item.bound = _SUFFIX_BOUNDS[s["sq"]]
        item.end = s.end()

    if before is not None:
        if before.kind == "q":
            item.bound, item.start, item.qualified = _QUALIFIERS[before.word], before.start, True
        elif before.kind == "f":
            item.start = before.start
        elif before.kind == "yp":
            item.prep, item.prep_start = before.word, before.start
    return item


def _year_or_count(before: _Before | None, counted: bool) -> str:
    """Whether a four-digit 1800-2100 number is a year, a count ("2000 troops") or a label ("Vision 2030")."""
    kind = before.kind if before else ""
    if kind == "q":
        return "count"  # "more than 2000"
    if kind in ("yp", "det", "poss"):
        return "year"  # "in 2013", "the 2014 elections", "Russia's 2014 annexation"
    if counted:
        return "count"
    if kind == "cap" and before is not None and before.word not in _NOT_LABEL:
        return "drop"
    return "year"


def _year_item(start: int, end: int, year: int, before: _Before | None) -> _Item:
    item = _Item(
        start, end, float(year), "year", "year", resolved=str(year), raw=float(year), digits=str(year)
    )
    if before is not None and before.kind == "yp":
        item.prep, item.prep_start = before.word, before.start
        bound = _YEAR_PREPS[before.word]
        if bound != "exact":
            item.bound, item.start = bound, before.start
    return item


def _vague(m: re.Match[str], scan: _Scan, lo: int) -> _Item | None:
    value = 2 * _VAGUE[m["vbase"].lower()] * _VAGUE_TIMES.get((m["vtimes"] or "").lower(), 1)
    item = _Item(m.start("vague"), m.end(), float(value), "", "count", "at_least", raw=float(value))
    tail = _TAIL.match(scan.text, m.end())
    if tail and (tail["curw"] or tail["noun"] or tail["meas"]):
        if tail["curw"]:
            item.kind, item.unit = "money", _CURRENCY_WORDS[" ".join(tail["curw"].lower().split())]
        elif tail["meas"]:
            item.kind, item.unit = "measure", " ".join(tail["meas"].split())
        else:
            item.unit = tail["noun"]
        item.end = tail.end()
    return item


_RANKED = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|my|your|this|every)|['’]s)\s+$", re.I)


def _ordinal(m: re.Match[str], scan: _Scan, lo: int) -> _Item | None:
    start, end = m.span("ord")
    token = scan.text[start : m.end(0) - len(m["cent"] or "")]
    if token[0].isdigit():
        value = float(token.rstrip("stndrh"))
    else:
        fraction = _FRACTION_BEFORE.match(scan.backwards, len(scan.text) - start, len(scan.text) - lo)
        if fraction and _OF.match(scan.text, end):
            return None  # "a third of", "one fifth of": a fraction, not a rank (fractions are not read yet)
        if not _RANKED.search(scan.text, max(lo, start - 12), start):
            return None  # "put people first", "First, ...": an adverb; a rank needs "the", "its", "a" ...
        value = float(sum(_TENS.get(w, 0) or _ORDINALS[w] for w in token.lower().split("-")))
    return _Item(start, end, value, "century" if m["cent"] else "ordinal", "ordinal", raw=value)


def _decade(m: re.Match[str], scan: _Scan, lo: int) -> _Item | None:
    start = m.start("decade")
    value = float(scan.text[start : start + 4])
    item = _Item(start, m.end(), value, "decade", "year", raw=value)
    before = scan.before(lo, start)
    if before is not None and before.kind == "yp" and (bound := _YEAR_PREPS[before.word]) != "exact":
        item.bound, item.start = bound, before.start
    return item


def _month_year(m: re.Match[str], scan: _Scan, lo: int) -> _Item | None:
    start = m.start("monthyear")
    year = int(m["my"])
    month = _MONTH_NUMBER[scan.text[start : start + 3].lower()]
    return _dated(start, m.end(), year, f"{year:04d}-{month:02d}", "month", scan, lo)


def _relative(m: re.Match[str], scan: _Scan, lo: int) -> _Item | None:
    start, day = m.start("rel"), scan.day
    before = scan.before(lo, start)
    if day is None or (before is not None and before.kind == "det"):
        return None  # nothing to resolve against; "the last year" is the past twelve months
    step = {"l": -1, "n": 1, "c": 1, "t": 0}[scan.text[start].lower()]  # last, next, coming, this
    unit = m["runit"].lower()
    if unit == "year":
        return _dated(start, m.end(), day.year + step, str(day.year + step), "year", scan, lo)
    if unit == "month":
        year, month = _shift_months(day, step)
    else:
        month, year = _MONTH_NUMBER[unit], day.year
        if step > 0 and month <= day.month:
            year += 1
        elif step < 0 and month >= day.month:
            year -= 1
    return _dated(start, m.end(), year, f"{year:04d}-{month:02d}", "month", scan, lo)


def _dated(start: int, end: int, year: int, resolved: str, unit: str, scan: _Scan, lo: int) -> _Item:
    item = _year_item(start, end, year, scan.before(lo, start))
    item.unit, item.resolved = unit, resolved
    return item


def _a_ago(m: re.Match[str], scan: _Scan, lo: int) -> _Item | None:
    unit = _PERIODS[m["aunit"]]
    return _Item(m.start("aago"), m.end(), 1.0, unit, "period", resolved=_ago(scan.day, 1, unit), raw=1.0)


_HANDLERS = {
    "number": _number,
    "vague": _vague,
    "ord": _ordinal,
    "decade": _decade,
    "monthyear": _month_year,
    "rel": _relative,
    "aago": _a_ago,
}

# ------------------------------------------------------------------------------------------ ranges, output


def _join_ranges(items: list[_Item], text: str) -> list[_Item]:
    """Join neighbours into ranges ("3 to 5 million", "10-15%", "between 2010 and 2015"); drop bare words."""
    out: list[_Item] = []
    i, n = 0, len(items)
    while i < n:
        a = items[i]
        b = items[i + 1] if i + 1 < n else None
        if (
            b is not None
            and b.start - a.end < 8  # " and ", " to ", "-": a short gap, checked before the regex
            and not b.qualified
            and (c := _CONNECTOR.fullmatch(text, a.end, b.start))
        ):
            joined = _join(a, b, c.group(1))
            if joined is not None:
                out.extend(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return [q for q in out if not (q.word and q.bare)]


def _join(a: _Item, b: _Item, conn: str) -> list[_Item] | None:
    """`a` and `b` as one range, as two quantities sharing a unit, or None to leave them as they are."""
    if conn == "and" and a.prep != "between":
        return None
    dash = conn in "-–—"
    if a.kind == "year" and a.unit == "year" and conn != "or":
        if b.kind == "year" and b.unit == "year":
            high = b.value
        elif dash and b.bare and len(b.digits) == 2:
            high = a.value // 100 * 100 + b.raw  # "2010-15"
        else:
            return None
        if high <= a.value:
            return None
        start = a.prep_start if a.prep in ("from", "between") else a.start
        resolved = f"{int(a.value)}/{int(high)}"
        return [replace(a, start=start, end=b.end, high=high, bound="range", resolved=resolved)]
    if a.kind in ("year", "ordinal") or b.kind in ("year", "ordinal"):
        return None
    if a.bare and b.bare and dash and not (a.word or b.word):
        return []  # "won 3-1": a score, not two amounts
    if a.unitless and not b.unitless:
        a = replace(a, kind=b.kind, unit=b.unit)
    elif b.unitless and not a.unitless:
        b = replace(b, kind=a.kind, unit=a.unit)
    elif (a.kind, a.unit) != (b.kind, b.unit):
        return None
    if a.mult == 1 and b.mult > 1 and a.raw <= b.raw:  # "3 to 5 million": the scale is shared
        a = replace(a, value=_scaled(a.digits, a.raw, b.mult), mult=b.mult)
    if a.prep == "from":
        return [a, b]  # "from 3% to 5%": a change, two quantities
    if b.value <= a.value:
        return None
    start = a.prep_start if a.prep == "between" else a.start
    return [replace(a, start=start, end=b.end, high=b.value, bound="range", word=False, resolved=None)]


def _finish(items: list[_Item]) -> list[FoundQuantity]:
    """The items as `FoundQuantity`, offsets back on the unpadded text, overlaps resolved to the longer."""
    out: list[FoundQuantity] = []
    last_start = last_end = -1
    for q in items:  # already in text order: each item starts after the one before it ends
        if q.start < last_end:  # overlapping (an item's tail ran into the next): the longer wins
            if q.end - q.start <= last_end - last_start:
                continue
            out.pop()
        out.append(
            FoundQuantity(q.start - 1, q.end - 1, q.value, q.unit, q.bound, q.high, q.kind, q.resolved)
        )
        last_start, last_end = q.start, q.end
    return out


# ---------------------------------------------------------------------------------------------- arithmetic


def _scaled(digits: str, raw: float, mult: int) -> float:
    """`raw` times `mult` without binary rounding ("1.2" million is 1200000.0, not 1199999.9999999998)."""
    if digits and "." not in digits:
        return float(int(digits) * mult)
    return float(Decimal(digits or repr(raw)) * mult)


def _word_value(words: str) -> float:
    """'twenty-one' -> 21, 'two and a half' -> 2.5, 'half a' -> 0.5, 'a' -> 1 (the scale follows)."""
    tokens = words.lower().split()
    if tokens[0] == "half":
        return 0.5
    if tokens[0] in ("a", "an"):
        return 1.0
    value = float(sum(_SMALL[w] for w in tokens[0].split("-")))
    return value + 0.5 if tokens[-1] == "half" else value


def _shift_months(day: datetime.date, months: int) -> tuple[int, int]:
    k = day.year * 12 + day.month - 1 + months
    return k // 12, k % 12 + 1


def _ago(day: datetime.date | None, n: float, unit: str) -> str | None:
    """The date `n` `unit` before `day`, as precise as the unit: years -> 'YYYY', months -> 'YYYY-MM'."""
    if day is None or n != int(n):
        return None
    k = int(n)
    if unit in ("years", "decades", "centuries"):
        return str(day.year - k * {"years": 1, "decades": 10, "centuries": 100}[unit])
    if unit == "months":
        year, month = _shift_months(day, -k)
        return f"{year:04d}-{month:02d}"
    if unit in ("weeks", "days"):
        return (day - datetime.timedelta(days=k * (7 if unit == "weeks" else 1))).isoformat()
    return None
