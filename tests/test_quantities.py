"""Quantities in news sentences: what each expression means, and exactly which characters say it."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.analyzers.quantities import FoundQuantity, find_quantities
from presslens.model import Quantity

DAY = date(2021, 12, 23)


def _one(text: str, span: str, day: date | None = DAY) -> FoundQuantity:
    """The quantity whose span reads `span`, checking its offsets point at that text."""
    found = find_quantities(text, day)
    hits = [q for q in found if text[q.start : q.end] == span]
    assert hits, f"{span!r} not found in {text!r}: {[text[q.start : q.end] for q in found]}"
    return hits[0]


def _check(
    text: str,
    span: str,
    value: float,
    unit: str,
    bound: str = "exact",
    kind: str = "count",
    high: float | None = None,
    resolved: str | None = None,
    day: date | None = DAY,
) -> None:
    q = _one(text, span, day)
    assert q.value == pytest.approx(value), q
    assert (q.unit, q.bound, q.kind) == (unit, bound, kind), q
    assert q.high == (None if high is None else pytest.approx(high)), q
    assert q.resolved == resolved, q


# --------------------------------------------------------------------------------- the reference sample


def test_sample_record_exports() -> None:
    text = "this year exceeded a record $100 billion USD, despite"
    money = [q for q in find_quantities(text) if q.kind == "money"]
    assert len(money) == 1
    q = money[0]
    assert (q.value, q.unit, q.bound) == (100_000_000_000, "USD", "more_than")
    assert text[q.start : q.end] == "exceeded a record $100 billion USD"
    assert find_quantities(text) == money  # without a date, "this year" resolves to nothing


def test_sample_record_exports_with_a_date() -> None:
    text = "this year exceeded a record $100 billion USD, despite"
    found = find_quantities(text, DAY)
    assert [(text[q.start : q.end], q.kind) for q in found] == [
        ("this year", "year"),
        ("exceeded a record $100 billion USD", "money"),
    ]
    assert found[0].resolved == "2021"


def test_sample_doses() -> None:
    text = "have already produced 100-plus million doses of Sputnik V"
    [q] = find_quantities(text)
    assert (q.value, q.unit, q.bound, q.kind) == (100_000_000, "doses", "more_than", "count")
    assert text[q.start : q.end] == "100-plus million doses"


def test_sample_effectiveness() -> None:
    text = "The effectiveness of the Russian vaccine is 91.6%"
    [q] = find_quantities(text)
    assert (q.value, q.unit, q.bound, q.kind) == (91.6, "percent", "exact", "percent")
    assert text[q.start : q.end] == "91.6%"


def test_sample_38th_time_since_2013() -> None:
    text = "It will be the 38th time since 2013"
    ordinal, year = find_quantities(text)
    assert (ordinal.value, ordinal.unit, ordinal.kind) == (38, "ordinal", "ordinal")
    assert text[ordinal.start : ordinal.end] == "38th"
    assert (year.value, year.unit, year.kind, year.bound) == (2013, "year", "year", "at_least")
    assert text[year.start : year.end] == "since 2013"
    assert year.resolved == "2013"


def test_sample_twenty_years_ago() -> None:
    text = "which was signed twenty years ago"
    [q] = find_quantities(text, day=date(2021, 12, 23))
    assert (q.value, q.unit, q.kind, q.resolved) == (20, "years", "period", "2001")
    assert text[q.start : q.end] == "twenty years ago"


# --------------------------------------------------------------------------------------------- money

MONEY = [
    ("The fund now holds $100 billion in reserves.", "$100 billion", 1e11, "USD", "exact"),
    ("Imports reached $100 billion USD last quarter.", "$100 billion USD", 1e11, "USD", "exact"),
    ("The carrier booked US$4.5bn in orders.", "US$4.5bn", 4.5e9, "USD", "exact"),
    ("Brussels set aside €50 million for the ports.", "€50 million", 5e7, "EUR", "exact"),
    ("London promised £3.2 billion over a decade.", "£3.2 billion", 3.2e9, "GBP", "exact"),
    ("Tokyo unveiled a ¥10 trillion stimulus.", "¥10 trillion", 1e13, "JPY", "exact"),
    ("The fine came to 50 million euros in the end.", "50 million euros", 5e7, "EUR", "exact"),
    ("Beijing set aside 2.3 trillion yuan for railways.", "2.3 trillion yuan", 2.3e12, "CNY", "exact"),
    ("The ministry spent 400 billion rubles on roads.", "400 billion rubles", 4e11, "RUB", "exact"),
    ("The deficit hit 12 billion roubles.", "12 billion roubles", 1.2e10, "RUB", "exact"),
    ("Kyiv raised 30 billion hryvnias from bonds.", "30 billion hryvnias", 3e10, "UAH", "exact"),
    ("The state will invest 500 crore rupees.", "500 crore rupees", 5e9, "INR", "exact"),
    ("The start-up raised $1.2m from friends.", "$1.2m", 1.2e6, "USD", "exact"),
    ("He paid $300,000 for the flat.", "$300,000", 3e5, "USD", "exact"),
    ("Donors pledged USD 5 million to the clinic.", "USD 5 million", 5e6, "USD", "exact"),
    ("Sales stood at a record $100 billion.", "a record $100 billion", 1e11, "USD", "exact"),
    (
        "Trade exceeded a record $100 billion USD in May.",
        "exceeded a record $100 billion USD",
        1e11,
        "USD",
        "more_than",
    ),
    ("Revenue surpassed $2 billion for once.", "surpassed $2 billion", 2e9, "USD", "more_than"),
    ("Its value topped €40 million.", "topped €40 million", 4e7, "EUR", "more_than"),
    ("The bill came in excess of £1 million.", "in excess of £1 million", 1e6, "GBP", "more_than"),
    ("They asked for more than $7 billion.", "more than $7 billion", 7e9, "USD", "more_than"),
    ("The loss was well over $3bn.", "well over $3bn", 3e9, "USD", "more_than"),
    ("The plan costs nearly $5 billion.", "nearly $5 billion", 5e9, "USD", "less_than"),
    ("The plan costs almost $5 billion.", "almost $5 billion", 5e9, "USD", "less_than"),
    ("It sold for just under $1 million.", "just under $1 million", 1e6, "USD", "less_than"),
    ("Aid worth about $2 billion arrived.", "about $2 billion", 2e9, "USD", "about"),
    ("Aid worth an estimated $2 billion arrived.", "an estimated $2 billion", 2e9, "USD", "about"),
    ("The firm owes some $500,000 in tax.", "some $500,000", 5e5, "USD", "about"),
    ("Banks must hold at least $3bn in capital.", "at least $3bn", 3e9, "USD", "at_least"),
    ("The fund can lend up to $4 billion.", "up to $4 billion", 4e9, "USD", "at_most"),
    ("The fund can lend no more than $4 billion.", "no more than $4 billion", 4e9, "USD", "at_most"),
    ("The embassy spent millions of dollars on it.", "millions of dollars", 2e6, "USD", "at_least"),
    ("The bond raised half a billion dollars.", "half a billion dollars", 5e8, "USD", "exact"),
    ("The transfer was 5 million pounds.", "5 million pounds", 5e6, "GBP", "exact"),
    ("A barrel cost 75 roubles more.", "75 roubles", 75, "RUB", "exact"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "bound"), MONEY)
def test_money(text: str, span: str, value: float, unit: str, bound: str) -> None:
    _check(text, span, value, unit, bound, "money")


def test_money_value_is_exact_after_scaling() -> None:
    [q] = find_quantities("They borrowed $1.2m.")
    assert q.value == 1_200_000.0  # not 1199999.9999999998


def test_money_noun_after_the_amount_stays_outside() -> None:
    text = "They signed a $5 billion arms deal."
    [q] = find_quantities(text)
    assert text[q.start : q.end] == "$5 billion"


def test_pounds_without_a_scale_weigh() -> None:
    _check("She carried 5 pounds of rice.", "5 pounds", 5, "pounds", kind="measure")


# ------------------------------------------------------------------------------------------ percentages

PERCENT = [
    ("Turnout reached 91.6% on Sunday.", "91.6%", 91.6, "percent", "exact", None),
    ("Turnout reached 91.6 percent on Sunday.", "91.6 percent", 91.6, "percent", "exact", None),
    ("Turnout reached 91.6 per cent on Sunday.", "91.6 per cent", 91.6, "percent", "exact", None),
    (
        "Support fell 12 percentage points in a month.",
        "12 percentage points",
        12,
        "percentage points",
        "exact",
        None,
    ),
    ("The bank cut rates by 50 basis points.", "50 basis points", 50, "basis points", "exact", None),
    ("Prices may rise 10-15% next year.", "10-15%", 10, "percent", "range", 15),
    ("Prices may rise 10–15% next year.", "10–15%", 10, "percent", "range", 15),
    ("Prices may rise between 10 and 15 percent.", "between 10 and 15 percent", 10, "percent", "range", 15),
    ("Prices may rise 10% to 15% this winter.", "10% to 15%", 10, "percent", "range", 15),
    ("Only ten percent of the land is farmed.", "ten percent", 10, "percent", "exact", None),
    ("Unemployment is just under 40%.", "just under 40%", 40, "percent", "less_than", None),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "bound", "high"), PERCENT)
def test_percent(text: str, span: str, value: float, unit: str, bound: str, high: float | None) -> None:
    _check(text, span, value, unit, bound, "percent", high)


def test_from_one_percentage_to_another_is_two_quantities() -> None:
    text = "Inflation climbed from 3% to 5% within a year."
    found = find_quantities(text)
    assert [(text[q.start : q.end], q.value, q.unit, q.bound) for q in found] == [
        ("3%", 3, "percent", "exact"),
        ("5%", 5, "percent", "exact"),
    ]


def test_from_bare_number_takes_the_unit_of_the_second() -> None:
    text = "The share rose from 40 to 55 percent."
    first, second = find_quantities(text)
    assert (text[first.start : first.end], first.unit, first.kind) == ("40", "percent", "percent")
    assert (text[second.start : second.end], second.value) == ("55 percent", 55)


# --------------------------------------------------------------------------------------------- counts

COUNTS = [
    (
        "Plants made 100-plus million doses this year.",
        "100-plus million doses",
        1e8,
        "doses",
        "more_than",
        "count",
    ),
    (
        "Rebels freed 2.3 million people in the north.",
        "2.3 million people",
        2.3e6,
        "people",
        "exact",
        "count",
    ),
    (
        "The field pumps 300,000 barrels a day.",
        "300,000 barrels a day",
        3e5,
        "barrels a day",
        "exact",
        "measure",
    ),
    (
        "The field pumps 300,000 barrels per day.",
        "300,000 barrels per day",
        3e5,
        "barrels per day",
        "exact",
        "measure",
    ),
    ("The navy sent 90 ships to the strait.", "90 ships", 90, "ships", "exact", "count"),
    (
        "The port shipped 25 million tonnes of grain.",
        "25 million tonnes",
        2.5e7,
        "tonnes",
        "exact",
        "measure",
    ),
    ("Officials said four soldiers were wounded.", "four soldiers", 4, "soldiers", "exact", "count"),
    (
        "Officials said four Ukrainian soldiers were wounded.",
        "four Ukrainian soldiers",
        4,
        "soldiers",
        "exact",
        "count",
    ),
    ("Seven people were hurt in the blast.", "Seven people", 7, "people", "exact", "count"),
    ("The region lost 1.5bn in a year.", "1.5bn", 1.5e9, "", "exact", "count"),
    ("The region lost 3m in a year.", "3m", 3e6, "", "exact", "count"),
    (
        "Nearly half a million people fled.",
        "Nearly half a million people",
        5e5,
        "people",
        "less_than",
        "count",
    ),
    ("A million voters stayed home.", "A million voters", 1e6, "voters", "exact", "count"),
    (
        "Two hundred thousand workers struck.",
        "Two hundred thousand workers",
        2e5,
        "workers",
        "exact",
        "count",
    ),
    ("A dozen countries signed the pact.", "A dozen countries", 12, "countries", "exact", "count"),
    ("Two dozen firms joined the bid.", "Two dozen firms", 24, "firms", "exact", "count"),
    ("Dozens of people gathered outside.", "Dozens of people", 24, "people", "at_least", "count"),
    ("Hundreds of reporters waited.", "Hundreds of reporters", 200, "reporters", "at_least", "count"),
    ("Thousands of protesters marched.", "Thousands of protesters", 2000, "protesters", "at_least", "count"),
    ("Tens of thousands of people left.", "Tens of thousands of people", 2e4, "people", "at_least", "count"),
    (
        "Hundreds of thousands of refugees left.",
        "Hundreds of thousands of refugees",
        2e5,
        "refugees",
        "at_least",
        "count",
    ),
    ("The rally drew 1,200,000 people.", "1,200,000 people", 1.2e6, "people", "exact", "count"),
    ("Some 300 people died in the floods.", "Some 300 people", 300, "people", "about", "count"),
    ("More than 2,000 were injured.", "More than 2,000", 2000, "", "more_than", "count"),
    ("At least 12 civilians were killed.", "At least 12 civilians", 12, "civilians", "at_least", "count"),
    (
        "No fewer than 40 lawmakers objected.",
        "No fewer than 40 lawmakers",
        40,
        "lawmakers",
        "at_least",
        "count",
    ),
    ("As many as 17 witnesses were heard.", "As many as 17 witnesses", 17, "witnesses", "at_most", "count"),
    ("Fewer than 30 doctors remain.", "Fewer than 30 doctors", 30, "doctors", "less_than", "count"),
    ("About 100+ people came.", "About 100+ people", 100, "people", "about", "count"),
    ("The 40-odd reporters left early.", "40-odd reporters", 40, "reporters", "about", "count"),
    ("Five or more drones were seen.", "Five or more", 5, "", "at_least", "count"),
    ("The city had 200 police officers on duty.", "200 police officers", 200, "officers", "exact", "count"),
    ("The navy has 40 aircraft carriers.", "40 aircraft carriers", 40, "carriers", "exact", "count"),
    ("The border guard counted 90 aircraft.", "90 aircraft", 90, "aircraft", "exact", "count"),
    ("Two Americans and a Briton were held.", "Two Americans", 2, "Americans", "exact", "count"),
    ("Two F-16 jets flew over.", "Two F-16 jets", 2, "jets", "exact", "count"),
    ("The pipeline carries 55 bcm a year.", "55 bcm a year", 55, "bcm a year", "exact", "measure"),
    ("The new road is 10km long.", "10km", 10, "km", "exact", "measure"),
    ("The plant will supply 40 MW of power.", "40 MW", 40, "MW", "exact", "measure"),
    ("The front runs 1,000 kilometres.", "1,000 kilometres", 1000, "kilometres", "exact", "measure"),
    ("The price is 2.5 times higher.", "2.5 times", 2.5, "times", "exact", "count"),
    ("The rate was 3.75 on Friday.", "3.75", 3.75, "", "exact", "count"),
    ("The firm employs 2000 engineers.", "2000 engineers", 2000, "engineers", "exact", "count"),
    ("Payrolls grew by 2,037 jobs.", "2,037 jobs", 2037, "jobs", "exact", "count"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "bound", "kind"), COUNTS)
def test_counts(text: str, span: str, value: float, unit: str, bound: str, kind: str) -> None:
    _check(text, span, value, unit, bound, kind)


def test_number_words_need_a_noun_or_a_scale() -> None:
    assert find_quantities("Russia is one of the key partners, one official said.") == []
    assert find_quantities("Two of them left, and then one more.") == []
    _check("Two million voted.", "Two million", 2e6, "")


# ------------------------------------------------------------------------------------------- ordinals

ORDINALS = [
    ("It will be the 38th time they meet.", "38th", 38, "ordinal"),
    ("The 1st and the 2nd rounds were close.", "1st", 1, "ordinal"),
    ("The 1st and the 2nd rounds were close.", "2nd", 2, "ordinal"),
    ("She came 101st in the race.", "101st", 101, "ordinal"),
    ("For the first time, the talks failed.", "first", 1, "ordinal"),
    ("A second round is due.", "second", 2, "ordinal"),
    ("It was the tenth attempt.", "tenth", 10, "ordinal"),
    ("It marks the twentieth anniversary.", "twentieth", 20, "ordinal"),
    ("It marks the fiftieth anniversary.", "fiftieth", 50, "ordinal"),
    ("Crowds marked the hundredth day.", "hundredth", 100, "ordinal"),
    ("He won a third term.", "third", 3, "ordinal"),
    ("Wars of the 21st century differ.", "21st century", 21, "century"),
    ("Wars of the twenty-first century differ.", "twenty-first century", 21, "century"),
    ("It is a 19th-century fortress.", "19th-century", 19, "century"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), ORDINALS)
def test_ordinals(text: str, span: str, value: float, unit: str) -> None:
    _check(text, span, value, unit, kind="ordinal")


def test_fractions_are_not_ranks() -> None:
    assert find_quantities("A third of voters and one fifth of the staff stayed.") == []
    assert find_quantities("Two thirds of the budget went on arms.") == []


# ----------------------------------------------------------------------------------- years and periods

TIMES = [
    # text, span, value, unit, bound, kind, resolved
    ("The law was passed in 2013.", "2013", 2013, "year", "exact", "year", "2013"),
    ("The law has applied since 2013.", "since 2013", 2013, "year", "at_least", "year", "2013"),
    ("Nothing changed until 2025.", "until 2025", 2025, "year", "at_most", "year", "2025"),
    ("Emissions must halve by 2030.", "by 2030", 2030, "year", "at_most", "year", "2030"),
    ("It was built before 1914.", "before 1914", 1914, "year", "less_than", "year", "1914"),
    ("It was rebuilt after 1945.", "after 1945", 1945, "year", "more_than", "year", "1945"),
    ("The 2014 elections were disputed.", "2014", 2014, "year", "exact", "year", "2014"),
    ("Russia's 2014 annexation of Crimea.", "2014", 2014, "year", "exact", "year", "2014"),
    ("In 2013 protesters filled the square.", "2013", 2013, "year", "exact", "year", "2013"),
    ("Growth slowed in mid-2021.", "2021", 2021, "year", "exact", "year", "2021"),
    ("Prices rose 12% from 2020.", "2020", 2020, "year", "exact", "year", "2020"),
    ("Prices were lower in the 1990s.", "1990s", 1990, "decade", "exact", "year", None),
    ("It has grown since the 2000s.", "since the 2000s", 2000, "decade", "at_least", "year", None),
    ("The pact was signed in March 2020.", "March 2020", 2020, "month", "exact", "year", "2020-03"),
    ("It was signed twenty years ago.", "twenty years ago", 20, "years", "exact", "period", "2001"),
    ("It was signed 20 years ago.", "20 years ago", 20, "years", "exact", "period", "2001"),
    ("It was signed two decades ago.", "two decades ago", 2, "decades", "exact", "period", "2001"),
    ("It was signed about 10 years ago.", "about 10 years ago", 10, "years", "about", "period", "2011"),
    ("It was signed a year ago.", "a year ago", 1, "years", "exact", "period", "2020"),
    ("It was signed three months ago.", "three months ago", 3, "months", "exact", "period", "2021-09"),
    ("It was signed five days ago.", "five days ago", 5, "days", "exact", "period", "2021-12-18"),
    ("It was signed two weeks ago.", "two weeks ago", 2, "weeks", "exact", "period", "2021-12-09"),
    ("The war lasted two decades.", "two decades", 2, "decades", "exact", "period", None),
    ("The war lasted twenty years.", "twenty years", 20, "years", "exact", "period", None),
    ("Talks took two and a half years.", "two and a half years", 2.5, "years", "exact", "period", None),
    ("He signed a 10-year deal.", "10-year", 10, "years", "exact", "period", None),
    ("A 45-year-old man was held.", "45-year-old", 45, "years", "exact", "period", None),
    ("The truce held for over 12 months.", "over 12 months", 12, "months", "more_than", "period", None),
    ("Last year, exports grew.", "Last year", 2020, "year", "exact", "year", "2020"),
    ("Exports grew this year.", "this year", 2021, "year", "exact", "year", "2021"),
    ("Exports will grow next year.", "next year", 2022, "year", "exact", "year", "2022"),
    ("Prices rose last month.", "last month", 2021, "month", "exact", "year", "2021-11"),
    ("Talks resume next February.", "next February", 2022, "month", "exact", "year", "2022-02"),
    ("Talks began last February.", "last February", 2021, "month", "exact", "year", "2021-02"),
    ("It has been closed since last year.", "since last year", 2020, "year", "at_least", "year", "2020"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "bound", "kind", "resolved"), TIMES)
def test_years_and_periods(
    text: str, span: str, value: float, unit: str, bound: str, kind: str, resolved: str | None
) -> None:
    _check(text, span, value, unit, bound, kind, resolved=resolved)


def test_relative_times_need_a_day() -> None:
    assert find_quantities("Exports grew last year and will grow next February.") == []
    [q] = find_quantities("It was signed twenty years ago.")
    assert (q.value, q.unit, q.resolved) == (20, "years", None)


def test_the_last_year_is_a_span_not_a_year() -> None:
    assert find_quantities("Over the last year, prices doubled.", DAY) == []


def test_a_datetime_works_as_the_day() -> None:
    [q] = find_quantities("It was signed twenty years ago.", datetime(2021, 12, 23, 9, 30))
    assert q.resolved == "2001"


def test_years_are_not_counts_and_counts_are_not_years() -> None:
    text = "The firm had 2000 employees in 2000."
    count, year = find_quantities(text)
    assert (text[count.start : count.end], count.kind) == ("2000 employees", "count")
    assert (text[year.start : year.end], year.kind) == ("2000", "year")


# ---------------------------------------------------------------------------------------------- ranges

RANGES = [
    # text, span, value, high, unit, kind
    ("Between 3 and 5 million people moved.", "Between 3 and 5 million people", 3e6, 5e6, "people", "count"),
    ("Some 3 to 5 million people moved.", "Some 3 to 5 million people", 3e6, 5e6, "people", "count"),
    ("Three to five soldiers were hurt.", "Three to five soldiers", 3, 5, "soldiers", "count"),
    ("The talks lasted two or three days.", "two or three days", 2, 3, "days", "period"),
    ("The plan covers 2010-2015.", "2010-2015", 2010, 2015, "year", "year"),
    ("The plan covers 2010-15.", "2010-15", 2010, 2015, "year", "year"),
    ("The plan runs from 2010 to 2015.", "from 2010 to 2015", 2010, 2015, "year", "year"),
    ("It happened between 2010 and 2015.", "between 2010 and 2015", 2010, 2015, "year", "year"),
    ("The deal is worth $3-5 billion.", "$3-5 billion", 3e9, 5e9, "USD", "money"),
    ("The deal is worth €50–60 million.", "€50–60 million", 5e7, 6e7, "EUR", "money"),
    (
        "Between 500,000 and 1 million people left.",
        "Between 500,000 and 1 million people",
        5e5,
        1e6,
        "people",
        "count",
    ),
]


@pytest.mark.parametrize(("text", "span", "value", "high", "unit", "kind"), RANGES)
def test_ranges(text: str, span: str, value: float, high: float, unit: str, kind: str) -> None:
    resolved = f"{int(value)}/{int(high)}" if kind == "year" else None
    _check(text, span, value, unit, "range", kind, high, resolved)


def test_or_more_is_not_more_than() -> None:
    text = "Medics counted 124 and more than 1,300 casualties."
    first, second = find_quantities(text)
    assert (text[first.start : first.end], first.bound) == ("124", "exact")
    assert (text[second.start : second.end], second.bound) == ("more than 1,300 casualties", "more_than")


def test_a_score_is_not_a_range() -> None:
    assert find_quantities("The home side won 3-1 on Sunday.") == []


# ------------------------------------------------------------------------------------ not quantities

NOT_QUANTITIES = [
    "Call +7 495 123-45-67 for details.",
    "Call (202) 555-0134 for details.",
    "Call 202-555-0134 for details.",
    "The meeting starts at 10:30.",
    "The meeting starts at 10 a.m. sharp.",
    "It was published on 23/12/2021.",
    "It was published on 2021-12-23.",
    "It was published on 23.12.2021.",
    "It was published on December 23, 2021.",
    "It was published on 23 December 2021.",
    "It was published on the 23rd of December.",
    "Install version 1.2.3 today.",
    "The COVID-19 wave has passed.",
    "The Sputnik V shot was approved.",
    "The G20 met in Rome.",
    "An F-16 flew over.",
    "The Su-57 is a fighter.",
    "The COP26 summit ended.",
    "Under Article 5, allies must help.",
    "Several Boeing 737 jets were grounded.",
    "The clinic is open 24/7.",
    "It changed after 9/11.",
    "He cited a memo[1] and a letter[12].",
    "Saudi Vision 2030 was launched.",
    "Russia is one of the key partners.",
    "Take the A1 road and the M25.",
    "A 5G network and a 3D printer arrived.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text, DAY) == []


def test_a_date_hides_its_numbers_but_not_the_rest() -> None:
    text = "On December 23, 2021, officials counted 90 ships."
    [q] = find_quantities(text)
    assert text[q.start : q.end] == "90 ships"


# --------------------------------------------------------------------------------------- text and offsets

MIXED = (
    "Exports this year exceeded a record $100 billion USD, despite sanctions. "
    "Plants made 100-plus million doses, and effectiveness is 91.6%. "
    "It will be the 38th time since 2013 that the leaders meet, under a treaty signed twenty years ago. "
    "Call +7 495 123-45-67 at 10:30 on 23/12/2021. "
    "Between 3 and 5 million people moved; inflation rose from 3% to 5%. "
)


def test_offsets_cover_the_expressions_in_order() -> None:
    found = find_quantities(MIXED, DAY)
    assert [MIXED[q.start : q.end] for q in found] == [
        "this year",
        "exceeded a record $100 billion USD",
        "100-plus million doses",
        "91.6%",
        "38th",
        "since 2013",
        "twenty years ago",
        "Between 3 and 5 million people",
        "3%",
        "5%",
    ]


def test_quantity_at_the_very_start_and_end() -> None:
    text = "90 ships"
    [q] = find_quantities(text)
    assert (q.start, q.end) == (0, 8)


def test_to_model_gives_a_valid_quantity() -> None:
    text = "Trade exceeded a record $100 billion USD in May."
    [q] = find_quantities(text)
    model = q.to_model(text)
    assert isinstance(model, Quantity)
    assert (model.text, model.value, model.unit, model.bound, model.kind) == (
        "exceeded a record $100 billion USD",
        1e11,
        "USD",
        "more_than",
        "money",
    )


def _words(text: str) -> list[str]:
    return text.split()


_TOKENS = [
    *_words("$ € £ US$ USD 5 2013 1,200 3.5 10-15 million bn m % percent to and between from since"),
    *_words("more than about a an one twenty first twenty-first years ago last next year February 23"),
    *_words("people doses Article the in of dozens hundreds half record exceeded -plus + 10:30 / . , 's"),
    *_words("COVID-19 G20 1990s tonnes barrels day or century -year-old Rs ¥ tens No. third two ( ) [ ]"),
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=16), st.lists(st.sampled_from(["", " "]), min_size=16))
def test_any_mix_of_number_words_gives_sane_spans(tokens: list[str], gaps: list[str]) -> None:
    text = "".join(t + g for t, g in zip(tokens, gaps, strict=False))
    last = 0
    for q in find_quantities(text, DAY):
        assert last <= q.start < q.end <= len(text)
        span = text[q.start : q.end]
        assert span == span.strip()
        assert q.high is None or q.high > q.value
        last = q.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_read_without_error(text: str) -> None:
    find_quantities(text, DAY)


def test_speed_stays_linear() -> None:
    """5,000 words in well under a second even on a loaded machine (the measured figure is a few ms)."""
    sentences = [MIXED, "The minister said the talks were useful and would go on after the holidays. " * 3]
    text = " ".join(sentences * 40)
    words = len(text.split())
    text = " ".join(text.split()[: min(words, 5000)])
    find_quantities(text, DAY)
    start = time.perf_counter()
    find_quantities(text, DAY)
    assert time.perf_counter() - start < 0.25
