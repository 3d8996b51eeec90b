"""Deterministic generator of synthetic English news articles.

The articles imitate international politics and economics coverage (wire reports, newspaper
stories and the occasional opinion column). They are composed procedurally from hand-written
templates and vocabularies, so the output contains no third-party text. Everything is driven by
a single ``random.Random(seed)`` instance: the same ``n`` and ``seed`` always give byte-identical
output, on any machine.

Used for throughput benchmarks and as input for property-style tests.

Command line::

    python bench/corpus.py 1000 /tmp/corpus.jsonl --seed 13
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["SyntheticArticle", "generate", "template_count", "word_count", "write_jsonl"]

LDQ, RDQ = "\u201c", "\u201d"  # curly double quotes
LSQ, RSQ = "\u2018", "\u2019"  # curly single quotes
MDASH = "\u2014"

MIN_WORDS = 250
MAX_WORDS = 1200
MIN_PARAGRAPHS = 5
MAX_PARAGRAPHS = 25
OPINION_SHARE = 0.10


@dataclass(frozen=True)
class SyntheticArticle:
    id: str
    title: str
    text: str
    outlet: str
    author: str
    published: str


def word_count(text: str) -> int:
    """Whitespace word count, the measure used for the length bounds."""
    return len(text.split())


def _words_in(sentences: Iterable[str]) -> int:
    return sum(word_count(s) for s in sentences)


# ---------------------------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    name: str  # "the United States"
    short: str  # headline form: "US"
    adjs: tuple[str, ...]
    capital: str
    metonyms: tuple[str, ...]  # capital plus seats of power
    leader: str  # "President Joe Biden"
    leader_short: str  # "Biden"
    pronoun: str  # "he" / "she"
    currency: str
    parliament: str


def _c(
    name: str,
    short: str,
    adjs: str,
    capital: str,
    seats: str,
    leader: str,
    leader_short: str,
    pronoun: str,
    currency: str,
    parliament: str,
) -> Country:
    metonyms = (capital, *(s for s in seats.split("|") if s))
    return Country(
        name,
        short,
        tuple(adjs.split("|")),
        capital,
        metonyms,
        leader,
        leader_short,
        pronoun,
        currency,
        parliament,
    )


# fmt: off
COUNTRIES: tuple[Country, ...] = (
    _c("Russia", "Russia", "Russian", "Moscow", "the Kremlin", "President Vladimir Putin", "Putin", "he",
       "the rouble", "the State Duma"),
    _c("China", "China", "Chinese", "Beijing", "", "President Xi Jinping", "Xi", "he", "the yuan",
       "the National People's Congress"),
    _c("the United States", "the US", "American|U.S.|US", "Washington", "the White House",
       "President Joe Biden", "Biden", "he", "the dollar", "Congress"),
    _c("Ukraine", "Ukraine", "Ukrainian", "Kyiv", "", "President Volodymyr Zelensky", "Zelensky", "he",
       "the hryvnia", "the Verkhovna Rada"),
    _c("Germany", "Germany", "German", "Berlin", "the Chancellery", "Chancellor Olaf Scholz", "Scholz", "he",
       "the euro", "the Bundestag"),
    _c("France", "France", "French", "Paris", "the Élysée Palace", "President Emmanuel Macron", "Macron",
       "he", "the euro", "the National Assembly"),
    _c("India", "India", "Indian", "New Delhi", "", "Prime Minister Narendra Modi", "Modi", "he",
       "the rupee", "the Lok Sabha"),
    _c("Japan", "Japan", "Japanese", "Tokyo", "", "Prime Minister Fumio Kishida", "Kishida", "he", "the yen",
       "the Diet"),
    _c("Iran", "Iran", "Iranian", "Tehran", "", "President Masoud Pezeshkian", "Pezeshkian", "he",
       "the rial", "the Majlis"),
    _c("Israel", "Israel", "Israeli", "Jerusalem", "", "Prime Minister Benjamin Netanyahu", "Netanyahu",
       "he", "the shekel", "the Knesset"),
    _c("Turkey", "Turkey", "Turkish", "Ankara", "", "President Recep Tayyip Erdogan", "Erdogan", "he",
       "the lira", "the Grand National Assembly"),
    _c("Brazil", "Brazil", "Brazilian", "Brasília", "the Planalto Palace",
       "President Luiz Inácio Lula da Silva", "Lula", "he", "the real", "the National Congress"),
    _c("South Africa", "South Africa", "South African", "Pretoria", "", "President Cyril Ramaphosa",
       "Ramaphosa", "he", "the rand", "the National Assembly"),
    _c("the United Kingdom", "the UK", "British|UK", "London", "Downing Street",
       "Prime Minister Keir Starmer", "Starmer", "he", "the pound", "the House of Commons"),
    _c("Saudi Arabia", "Saudi Arabia", "Saudi", "Riyadh", "", "Crown Prince Mohammed bin Salman",
       "Prince Mohammed", "he", "the riyal", "the Shura Council"),
    _c("Poland", "Poland", "Polish", "Warsaw", "", "Prime Minister Donald Tusk", "Tusk", "he", "the zloty",
       "the Sejm"),
    _c("South Korea", "South Korea", "South Korean", "Seoul", "", "President Yoon Suk Yeol", "Yoon", "he",
       "the won", "the National Assembly"),
    _c("Mexico", "Mexico", "Mexican", "Mexico City", "", "President Claudia Sheinbaum", "Sheinbaum", "she",
       "the peso", "Congress"),
    _c("Indonesia", "Indonesia", "Indonesian", "Jakarta", "", "President Prabowo Subianto", "Prabowo", "he",
       "the rupiah", "the House of Representatives"),
    _c("Egypt", "Egypt", "Egyptian", "Cairo", "", "President Abdel Fattah el-Sisi", "Sisi", "he",
       "the Egyptian pound", "the House of Representatives"),
    _c("Nigeria", "Nigeria", "Nigerian", "Abuja", "", "President Bola Tinubu", "Tinubu", "he", "the naira",
       "the National Assembly"),
    _c("Canada", "Canada", "Canadian", "Ottawa", "", "Prime Minister Justin Trudeau", "Trudeau", "he",
       "the Canadian dollar", "the House of Commons"),
    _c("Italy", "Italy", "Italian", "Rome", "Palazzo Chigi", "Prime Minister Giorgia Meloni", "Meloni", "she",
       "the euro", "the Chamber of Deputies"),
    _c("Australia", "Australia", "Australian", "Canberra", "", "Prime Minister Anthony Albanese", "Albanese",
       "he", "the Australian dollar", "Parliament"),
)
# Bigger players appear more often, as they do in real coverage.
COUNTRY_WEIGHTS: tuple[float, ...] = (
    6, 6, 7, 4, 3, 3, 3, 2, 3, 3, 2, 2, 1.5, 3, 2, 1.5, 1.5, 1.5, 1, 1.5, 1, 1.5, 1.5, 1,
)
_BY_NAME = {c.name: c for c in COUNTRIES}

# (full name, short name, attributive form)
ORGS: dict[str, tuple[str, str, str]] = {
    "NATO": ("the North Atlantic Treaty Organization", "NATO", "NATO"),
    "UN": ("the United Nations", "the UN", "UN"),
    "EU": ("the European Union", "the EU", "EU"),
    "WHO": ("the World Health Organization", "the WHO", "WHO"),
    "IMF": ("the International Monetary Fund", "the IMF", "IMF"),
    "WB": ("the World Bank", "the World Bank", "World Bank"),
    "OPEC": ("the Organization of the Petroleum Exporting Countries", "OPEC", "OPEC"),
    "IEA": ("the International Energy Agency", "the IEA", "IEA"),
    "WTO": ("the World Trade Organization", "the WTO", "WTO"),
    "G7": ("the Group of Seven", "the G7", "G7"),
    "G20": ("the Group of 20", "the G20", "G20"),
    "IAEA": ("the International Atomic Energy Agency", "the IAEA", "IAEA"),
    "AU": ("the African Union", "the African Union", "African Union"),
    "ASEAN": ("the Association of Southeast Asian Nations", "ASEAN", "ASEAN"),
    "UNSC": ("the UN Security Council", "the Security Council", "Security Council"),
    "WFP": ("the World Food Programme", "the WFP", "WFP"),
}

# Invented companies, grouped by sector.
COMPANIES: dict[str, tuple[str, ...]] = {
    "energy": ("Norveth Energy", "Caspara Oil & Gas", "Brightwater Power", "Solvang Petroleum"),
    "shipping": ("Tidewell Shipping", "Castellan Maritime", "Orsova Freight Lines"),
    "tech": ("Arkwright Semiconductors", "Lumora Systems", "Quellstone Microdevices", "Vantrel Networks"),
    "mining": ("Tavira Mining", "Redhollow Minerals", "Cobaltia Resources"),
    "pharma": ("Quillon Pharmaceuticals", "Veloris Biotech", "Amberleigh Vaccines"),
    "finance": ("Helmsgate Capital", "Stanmore Clearing Bank", "Pellworth Insurance"),
    "defence": ("Stormcrest Defence", "Aldreth Aerospace"),
    "agri": ("Goldfield Agri", "Harrowmere Grain", "Sunmeadow Fertilisers"),
    "autos": ("Voltaris Motors", "Kestrin Automotive"),
    "steel": ("Ironvale Steel", "Marrowby Metals"),
}

# (full, short) invented think tanks
THINK_TANKS: tuple[tuple[str, str], ...] = (
    ("the Halden Institute for Strategic Studies", "the Halden Institute"),
    ("the Corvan Centre for Economic Policy", "the Corvan Centre"),
    ("the Marlowe Foundation for International Affairs", "the Marlowe Foundation"),
    ("the Eastbridge Council on Global Security", "the Eastbridge Council"),
    ("the Thessaly Forum for Energy Studies", "the Thessaly Forum"),
    ("the Larchmont Institute of Political Economy", "the Larchmont Institute"),
)
BANKS = (
    "Corrigan & Vale", "Halstead Brothers", "Norland Capital Markets", "Pellmore Bank", "Ashgrove Securities",
)
UNIVERSITIES = (
    "the University of Aldermoor", "Kestrel Bay University", "the Varenholt School of Government",
    "Greymouth University", "the Institute of Advanced Policy at Linwater",
)
CONSULTANCIES = (
    "Greyline Risk Advisory", "Talgarth Political Risk", "Orrery Geopolitics", "Compass Point Analytics",
)
CHARITIES = (
    "Open Hands Relief", "the Riverbank Aid Trust", "the Lantern Medical Mission",
    "Harvest Bridge International",
)

# (name, kind) — all invented.
OUTLETS: tuple[tuple[str, str], ...] = (
    ("Meridian Wire", "wire"),
    ("Global Dispatch", "wire"),
    ("Continental Press Service", "wire"),
    ("The Harbour Tribune", "paper"),
    ("The Northfield Courier", "paper"),
    ("The Lanterngate Herald", "paper"),
    ("Crossroads Daily", "paper"),
    ("The Evening Compass", "paper"),
    ("Riverside Observer", "paper"),
    ("Orbit News Network", "broadcast"),
    ("Horizon World Service", "broadcast"),
    ("The Pinewood Review", "magazine"),
)

FEMALE_NAMES = (
    "Anna", "Marta", "Leila", "Sofia", "Ingrid", "Priya", "Yuki", "Amara", "Elena", "Claire", "Nadia",
    "Hana", "Beatriz", "Zanele", "Olga", "Fatima", "Mei", "Ruth", "Carmen", "Aylin", "Noa", "Irina",
    "Kavya", "Lucia", "Grace", "Astrid", "Chiara", "Adaeze", "Soraya", "Helena",
)
MALE_NAMES = (
    "Tomas", "Anders", "Rafael", "Kenji", "Omar", "Pieter", "Luca", "Dmitri", "Arjun", "Samuel", "Julien",
    "Mehmet", "Kwame", "Felix", "Hugo", "Daniel", "Yusuf", "Matteo", "Sipho", "Viktor", "Hiroshi", "Ethan",
    "Karim", "Paulo", "Jonas", "Emeka", "Bruno", "Ravi", "Stefan", "Idris",
)
SURNAMES = (
    "Lindqvist", "Moreau", "Castell", "Haddad", "Okafor", "Brennan", "Novak", "Takeda", "Ferreira", "Rahman",
    "Kowalczyk", "Adeyemi", "Petrova", "Sorensen", "Dlamini", "Ortega", "Aydin", "Kaplan", "Weiss",
    "Marchetti", "Iyer", "Nakamura", "Oyelaran", "Halloran", "Ostrowski", "Fontaine", "Grieve", "Sato",
    "Mendes", "Kaya", "Renner", "Achterberg", "Lund", "Quiroga", "Abiodun", "Farouk", "Sandoval", "Tremblay",
    "Whitcombe", "Hollis", "Carvalho", "Bauer", "Rasku", "Elbaz", "Navarro", "Strand", "Okoro", "Pereira",
    "Demir", "Mishra", "Kovalenko", "Chen", "Lin", "Wang", "Morales", "Van der Berg", "O'Connell",
    "Abubakar", "Rossi", "Jankowski", "Hoffmann", "Duarte", "Nilsen", "Khoury", "Mensah", "Park",
)

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SMALL_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")

COMMODITIES = (
    "wheat", "crude oil", "natural gas", "steel", "copper", "fertiliser", "rice", "coal", "lithium",
    "palm oil", "aluminium", "sunflower oil", "cobalt", "soybeans",
)
ISSUES = (
    "disputed maritime boundaries", "the detention of foreign journalists", "arms sales to the region",
    "cross-border water rights", "the status of a contested border region", "allegations of espionage",
    "the treatment of religious minorities", "cyberattacks on critical infrastructure",
    "fishing rights in shared waters", "the extradition of a prominent businessman",
)
EVENTS_PAST = (
    "a border incident left several soldiers dead",
    "a diplomatic row led to the expulsion of envoys on both sides",
    "a landmark trade agreement between them collapsed",
    "a cyberattack blamed on state-backed hackers crippled government websites",
    "a disputed election triggered months of mutual recriminations",
    "a naval collision in contested waters nearly sparked a wider clash",
)
EVENTS_RECENT = (
    "{B} expelled {num_small} {A_adj} diplomats accused of spying",
    "a drone crashed near a military base close to the border",
    "{A_adj} customs officials seized a cargo ship bound for {B}",
    "a senior {B_adj} official was refused entry at {a_A_adj} airport",
    "hackers leaked thousands of internal documents from the {B_adj} trade ministry",
    "{a_A_adj} journalist was detained in {B_cap} on charges his employer called fabricated",
)
REFORMS = (
    "raise the retirement age to 64", "cut fuel subsidies", "introduce a new tax on bank deposits",
    "overhaul labour laws", "raise value-added tax by two percentage points",
    "close dozens of rural hospitals", "privatise the national railway",
)
GRIEVANCES = (
    "rising food prices", "a disputed election result", "allegations of police brutality",
    "corruption in the ruling party", "chronic electricity shortages", "soaring rents",
)
DISEASES = (
    "cholera", "measles", "dengue fever", "mpox", "an unidentified respiratory illness", "avian influenza",
)
REGIONS = (
    "the besieged eastern districts", "the northern border province", "the flooded southern delta",
    "the mountain towns cut off by fighting", "the coastal province hit by last month's cyclone",
)
ELECTIONS = (
    "parliamentary elections", "a presidential election", "regional elections",
    "a closely watched by-election", "a referendum on constitutional changes",
)
# fmt: on

# ---------------------------------------------------------------------------------------------
# Sentence templates
#
# Slots are written {NAME}. Country slots exist for A (the main actor), B (the counterpart) and C
# (a third party): X, X_pos, X_adj, X_cap, X_met, X_lead, X_ln, X_he, X_his, X_cur, X_parl.
# Invented people are P1 (official of A), P2 (analyst), P3 (company), P4 (official of B) and
# P5 (international organisation), each with _full, _s (surname), _role, _he, _his.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    key: str
    noun: str
    orgs: tuple[str, ...]
    sectors: tuple[str, ...]
    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    body: tuple[str, ...]
    subheads: tuple[str, ...]
    b_prefer: tuple[str, ...] = ()


TOPICS: tuple[Topic, ...] = (
    Topic(
        key="sanctions",
        noun="sanctions policy",
        orgs=("EU", "G7", "UNSC"),
        sectors=("finance", "energy", "defence", "shipping"),
        headlines=(
            "{A} hits {B_adj} banks with new sanctions",
            "{B_cap} vows response as {A} widens sanctions",
            "{A_adj} sanctions package targets {B_adj} energy and finance",
            "{ORG} divided over fresh sanctions on {B}",
            "New sanctions on {B} aim to close trade loopholes",
        ),
        leads=(
            "{A} announced a new package of sanctions against {B} {when}, targeting {num_small} banks, "
            "{num_small} energy companies and dozens of individuals accused of helping {B_met} evade "
            "earlier restrictions.",
            "{A_met} unveiled fresh sanctions on {B_adj} firms {when}, escalating a months-long dispute "
            "that has already disrupted trade worth an estimated {money} a year.",
            "{B_adj} officials condemned a new round of {A_adj} sanctions {when}, calling the measures "
            "illegal and promising what one minister described as a proportionate response.",
            "Member states of {ORG} agreed {when} to extend sanctions on {B} for another {num_months} "
            "months, after a late objection from one government was resolved in overnight talks.",
        ),
        body=(
            "The measures freeze assets held by {num_small} {B_adj} officials and bar {A_adj} companies "
            "from providing insurance, shipping or financial services to sanctioned entities.",
            "Among those targeted is {CO}, which {A_adj} authorities accuse of supplying components used "
            "in drones and missiles.",
            "Officials in {A_cap} said the package was designed to close loopholes that had allowed goods "
            "to reach {B} through third countries such as {C}.",
            "Previous rounds of sanctions have cut {B_adj} exports to {A} by roughly {pct}, according to "
            "customs data, although trade through intermediaries has grown.",
            "The {B_adj} central bank said the restrictions would have a limited effect on the economy and "
            "that it held sufficient reserves to support {B_cur}.",
            "Enforcement remains the weakest link, several diplomats acknowledged, with shipments "
            "rerouted through ports that fall outside any sanctions regime.",
            "Companies have {num_days} days to wind down existing contracts before the new rules take "
            "full effect.",
            "Officials stressed that the sanctions were *not* aimed at ordinary {B_adj} citizens and that "
            "food and medicine were exempt.",
        ),
        subheads=("LOOPHOLES AND ENFORCEMENT", "TARGETS", "THE COST OF SANCTIONS"),
    ),
    Topic(
        key="energy",
        noun="energy security",
        orgs=("OPEC", "IEA", "EU"),
        sectors=("energy", "shipping"),
        headlines=(
            "Oil jumps after {A} signals deeper output cuts",
            "{A} and {B} sign long-term gas supply deal",
            "{CO} warns of fuel shortages as pipeline stays shut",
            "{ORG} meeting ends without agreement on production targets",
            "{B} scrambles for fuel as {A_adj} supplies dry up",
        ),
        leads=(
            "{A} will cut crude production by {bpd} starting next month, the energy ministry said {when}, "
            "a move that sent benchmark prices to their highest level in {num_weeks} weeks.",
            "{A} and {B} signed a {num_years}-year agreement {when} for the supply of liquefied natural "
            "gas, worth an estimated {money}, as {B_met} seeks to diversify away from its traditional "
            "suppliers.",
            "A key pipeline carrying gas from {A} to {B} remained shut for {a_ordinal} day {when}, with "
            "the operator, {CO}, citing unscheduled maintenance that officials in {B_cap} said was "
            "politically motivated.",
            "Energy ministers from {ORG} member states failed to agree on new production quotas {when}, "
            "leaving markets uncertain about supply for the rest of the year.",
        ),
        body=(
            "Brent crude rose {pct_small} to {price} a barrel in early trading, while other benchmarks "
            "gained slightly less.",
            "{A} currently exports about {bpd}, much of it to buyers in Asia who have taken advantage of "
            "discounted prices.",
            "{CO} said in a statement that it expected flows to resume within {num_days} days but gave no "
            "further details.",
            "Storage facilities in {B} are about {pct_high} full, according to industry data, which gives "
            "the government some room to manoeuvre over the winter.",
            "Traders said the cut was as much a political signal as a market decision, coming days before "
            "a scheduled meeting between {A_lead} and {B_lead}.",
            "Fuel prices at the pump have risen by {pct} since the start of the year, adding to pressure "
            "on households already struggling with higher food costs.",
            "The deal includes an option to expand deliveries to {tonnes} of liquefied natural gas a year "
            "from {year_future}.",
            "Tanker rates on the route have roughly doubled in a month, brokers said.",
        ),
        subheads=("OIL MARKETS", "WINTER SUPPLY", "PIPELINE POLITICS"),
        b_prefer=("Germany", "Poland", "India", "Japan", "Turkey", "Italy", "China"),
    ),
    Topic(
        key="trade",
        noun="trade policy",
        orgs=("WTO", "EU", "G20"),
        sectors=("steel", "autos", "agri"),
        headlines=(
            "{A} raises tariffs on {B_adj} steel and electric vehicles",
            "{B} files complaint at WTO over {A_adj} import duties",
            "Trade talks between {A} and {B} stall over farm subsidies",
            "Exporters brace for fallout as {A_cap} and {B_cap} trade blows",
            "{B_adj} carmakers count the cost of {A_adj} tariffs",
        ),
        leads=(
            "{A} will impose tariffs of up to {pct_big} on imports of {B_adj} steel, aluminium and "
            "electric vehicles, the government announced {when}, citing what it called unfair state "
            "subsidies.",
            "{B} lodged a formal complaint with the World Trade Organization {when}, arguing that new "
            "{A_adj} import duties breach international trade rules and discriminate against its "
            "exporters.",
            "Negotiators from {A} and {B} ended {a_ordinal} round of trade talks {when} without a deal, "
            "with both sides blaming disagreements over agricultural subsidies and access to public "
            "contracts.",
            "Bilateral trade between {A} and {B} fell {pct} in the first quarter, official figures showed "
            "{when}, as tit-for-tat tariffs took a toll on manufacturers on both sides.",
        ),
        body=(
            "The duties apply to goods worth about {money} a year, according to government estimates, and "
            "will be phased in over {num_months} months.",
            "{B_adj} manufacturers say the measures will cost thousands of jobs, particularly in regions "
            "that depend heavily on exports to {A}.",
            "{CO}, one of the largest exporters affected, said it was reviewing its supply chain and might "
            "shift some production to {C}.",
            "The dispute has also drawn in {C}, whose officials have warned that diverted goods could flood "
            "their domestic market.",
            "Economists estimate that a full-blown trade war between the two could shave as much as "
            "{pct_small} off global growth.",
            "{A_adj} officials insist the tariffs are temporary and could be lifted if {B_met} agrees to "
            "curb production of cheap steel.",
            "Shipping volumes between the two countries have dropped to their lowest level since "
            "{year_past}, according to port data.",
            "Farmers' groups in {A} have welcomed the tariffs, while retailers warn that shoppers will end "
            "up paying more.",
        ),
        subheads=("TARIFF WAR", "WINNERS AND LOSERS", "SUPPLY CHAINS"),
    ),
    Topic(
        key="military",
        noun="the military build-up",
        orgs=("NATO", "UNSC"),
        sectors=("defence",),
        headlines=(
            "{A} launches large-scale military drills near {B_adj} border",
            "{B} accuses {A} of airspace violation as tensions rise",
            "{A_adj} troops massed near frontier, satellite images show",
            "NATO monitors {A_adj} naval exercises",
            "{B} puts forces on alert after {A_adj} warplanes spotted",
        ),
        leads=(
            "{A} began large-scale military exercises {when} involving about {troops}, {num_small} "
            "warships and dozens of aircraft, in what its defence ministry described as a test of combat "
            "readiness.",
            "{B} accused {A} {when} of violating its airspace with {num_small} military aircraft, "
            "summoning the {A_adj} ambassador in {B_cap} to lodge a formal protest.",
            "Satellite images published {when} appear to show a build-up of {A_adj} armoured vehicles and "
            "troops near the border with {B}, raising fears of a wider confrontation.",
            "NATO said {when} that it was closely monitoring {A_adj} naval drills in waters close to "
            "member states, as allied aircraft were scrambled to shadow a group of warships.",
        ),
        body=(
            "The drills, which are due to last {num_days} days, include live-fire exercises and the "
            "simulated defence of coastal infrastructure.",
            "{A_adj} defence officials said the exercises were routine and not directed at any third "
            "country.",
            "{B_adj} forces were placed on heightened alert, and the defence ministry in {B_cap} said it had "
            "deployed additional air-defence systems.",
            "Military analysts noted that the exercises were larger than in previous years, with reservists "
            "called up for the first time since {year_past}.",
            "A spokesperson for the alliance said there was no immediate threat to any member state but "
            "that NATO would 'remain vigilant'.",
            "The incident is the {ordinal} reported violation of {B_adj} airspace this year, according to a "
            "tally kept by the defence ministry.",
            "{A} spends about {pct_small} of its economic output on defence, a figure its leaders have "
            "pledged to raise.",
            "Residents of border villages told local media they had heard artillery fire throughout the "
            "night.",
        ),
        subheads=("ON HIGH ALERT", "SHOW OF FORCE", "ALLIED RESPONSE"),
    ),
    Topic(
        key="diplomacy",
        noun="diplomacy",
        orgs=("UN", "G20", "ASEAN", "AU"),
        sectors=("energy", "finance", "agri"),
        headlines=(
            "{A_lead} and {B_lead} hold talks in {C_cap}",
            "{A} and {B} agree to restore diplomatic ties",
            "{C_cap} hosts talks as pressure mounts for a deal on regional security",
            "Leaders paper over differences at {ORG} summit",
            "{A} and {B} seek to ease tensions",
        ),
        leads=(
            "{A_lead} and {B_lead} met in {C_cap} {when} for talks that officials on both sides described "
            "as frank and constructive, the first face-to-face meeting between the two leaders in more "
            "than a year.",
            "{A} and {B} agreed {when} to restore full diplomatic relations and reopen embassies within "
            "{num_months} months, ending a rift that began in {year_past}.",
            "Foreign ministers from more than {num_tens} countries gathered in {C_cap} {when} for a two-day "
            "conference aimed at reviving stalled negotiations on regional security.",
            "A summit of {ORG} leaders closed {when} with a joint declaration that avoided direct criticism "
            "of {B}, reflecting deep divisions among members.",
        ),
        body=(
            "The two sides signed {num_small} memorandums of understanding covering trade, energy and "
            "cultural exchanges, according to a statement released after the meeting.",
            "Officials said the leaders discussed energy security, food prices and the conflicts in "
            "Ukraine and the Middle East, but no breakthroughs were announced.",
            "The talks lasted nearly {num_hours} hours, longer than scheduled, an aide told reporters.",
            "A planned joint press conference was cancelled at the last minute, fuelling speculation that "
            "differences remained on key issues.",
            "Diplomats said the final text of the declaration had been negotiated line by line until the "
            "early hours of the morning.",
            "{C}, which brokered the talks, said it was ready to host a further round of negotiations before "
            "the end of the year.",
            "The meeting took place against the backdrop of rising tensions over {issue}, which has strained "
            "relations between {A_cap} and {B_cap} for years.",
            "Both delegations agreed to set up working groups on visas, aviation and the return of detained "
            "citizens.",
        ),
        subheads=("BEHIND CLOSED DOORS", "A FRAGILE THAW", "WHAT WAS AGREED"),
    ),
    Topic(
        key="protests",
        noun="the unrest",
        orgs=("EU", "UN"),
        sectors=("finance", "energy"),
        headlines=(
            "Thousands protest in {A_cap} against government reforms",
            "Police clash with demonstrators as {A_adj} unrest spreads",
            "{A_adj} government survives confidence vote after week of protests",
            "Opposition calls for early elections in {A}",
            "Strikes paralyse {A_cap} as protest movement grows",
        ),
        leads=(
            "Tens of thousands of people marched through the streets of {A_cap} {when} to protest against "
            "the government's plan to {reform}, in the largest demonstration the country has seen in years.",
            "Police in {A_cap} used tear gas and water cannon to disperse protesters {when}, as anger over "
            "{grievance} spread to several other cities.",
            "The {A_adj} government survived a no-confidence vote in {A_parl} {when} by a margin of "
            "{num_votes} votes, after a week of street protests and strikes.",
            "Opposition leaders in {A} called {when} for early elections, accusing the ruling coalition of "
            "mismanaging the economy and ignoring the concerns of young people.",
        ),
        body=(
            "Organisers put the turnout at more than {people_small}, while police estimated the crowd at "
            "about half that number.",
            "At least {num_tens} people were arrested and several injured, including {num_small} police "
            "officers, according to the interior ministry.",
            "Unions have called a general strike for next week, threatening to shut down public transport "
            "and ports.",
            "The protests began after the government announced plans to {reform}, a measure it says is "
            "needed to stabilise public finances.",
            "Many of the demonstrators were students and young workers, who say they have been hit hardest "
            "by rising rents and stagnant wages.",
            "Opinion polls show support for the governing party has fallen to {pct}, its lowest level since "
            "it took office.",
            "The government has so far refused to withdraw the proposal but has offered to hold talks with "
            "trade unions.",
            "Videos shared online showed crowds chanting outside {A_parl} as riot police formed lines "
            "across the main avenue.",
        ),
        subheads=("ANGER ON THE STREETS", "A GOVERNMENT UNDER PRESSURE", "THE OPPOSITION"),
    ),
    Topic(
        key="aid",
        noun="humanitarian aid",
        orgs=("UN", "WFP", "AU"),
        sectors=("agri", "shipping"),
        headlines=(
            "First aid convoy reaches besieged region in {B}",
            "UN appeals for {deal_money} as crisis deepens in {B}",
            "{A} pledges {deal_money} in humanitarian aid to {B}",
            "Aid deliveries to {B} resume after weeks of delays",
            "Hunger spreads in {B} as donors fall short",
        ),
        leads=(
            "A convoy of {num_tens} trucks carrying food, medicine and fuel reached {region} of {B} {when}, "
            "the first aid delivery to the area in more than a month, the United Nations said.",
            "The United Nations appealed {when} for {deal_money} to help an estimated {people} affected by "
            "the crisis in {B}, warning that funding had fallen far short of needs.",
            "{A} pledged {deal_money} in humanitarian assistance to {B} {when}, making it one of the largest "
            "donors to the relief effort.",
            "Aid agencies said {when} that deliveries to {B} had resumed after a {num_weeks}-week suspension "
            "caused by fighting along the main supply route.",
        ),
        body=(
            "The World Food Programme said {people} were facing acute food shortages and that child "
            "malnutrition rates had doubled in some districts.",
            "Aid workers described hospitals operating without electricity and clinics running out of basic "
            "medicines.",
            "The International Committee of the Red Cross said access remained extremely limited and called "
            "on all parties to guarantee safe passage for humanitarian staff.",
            "Only {pct} of the UN's appeal for the year has been funded so far, according to its own "
            "figures.",
            "Trucks have been held at border crossings for days while inspectors check their cargo, a "
            "process aid groups say is needlessly slow.",
            "{CHAR}, a relief organisation working in the area, said its teams had distributed {tonnes} of "
            "food since the start of the month.",
            "More than {people} have been forced from their homes, many of them sheltering in schools and "
            "makeshift camps.",
            "Airdrops have been tried in some areas, but aid officials say they are costly and reach far "
            "fewer people than road convoys.",
        ),
        subheads=("A DEEPENING CRISIS", "ACCESS DENIED", "FUNDING GAP"),
        b_prefer=("Ukraine", "Egypt", "Nigeria", "Iran", "Turkey", "Indonesia"),
    ),
    Topic(
        key="health",
        noun="public health",
        orgs=("WHO",),
        sectors=("pharma",),
        headlines=(
            "WHO warns of rising cases as outbreak spreads in {B}",
            "{A} sends medical teams to help contain outbreak in {B}",
            "Vaccine shortage hampers response to outbreak in {B}",
            "Health ministers agree on pandemic preparedness plan",
            "Hospitals in {B_cap} stretched as cases climb",
        ),
        leads=(
            "The World Health Organization warned {when} that an outbreak of {disease} in {B} was spreading "
            "faster than expected, with more than {cases} suspected cases reported in the past month.",
            "{A} said {when} it would send {num_tens} doctors and nurses to {B} to help contain an outbreak "
            "of {disease} that has overwhelmed local hospitals.",
            "Health officials in {B} said {when} that a shortage of vaccines was hampering efforts to "
            "control an outbreak of {disease}, as the number of confirmed cases continued to climb.",
            "Health ministers from more than {num_tens} countries agreed {when} on a framework for sharing "
            "data and vaccines during future pandemics, after two years of difficult negotiations.",
        ),
        body=(
            "The WHO said the risk to the wider region was moderate but could increase if cases spread to "
            "densely populated cities.",
            "At least {num_tens} deaths have been linked to the outbreak, most of them among young children "
            "and elderly people.",
            "{CO}, which manufactures one of the approved vaccines, said it would ship {num_doses} doses "
            "within {num_weeks} weeks.",
            "Health workers say testing capacity remains limited outside the capital, meaning the true "
            "number of cases is likely much higher.",
            "The outbreak has prompted several neighbouring countries, including {C}, to step up screening "
            "at border crossings.",
            "Funding for disease surveillance has fallen sharply in recent years, public health experts say, "
            "leaving countries less prepared.",
            "Schools in the worst-affected districts have been closed for {num_weeks} weeks as a precaution.",
        ),
        subheads=("OUTBREAK RESPONSE", "RACE FOR VACCINES", "STRETCHED HOSPITALS"),
    ),
    Topic(
        key="economy",
        noun="the economy",
        orgs=("IMF", "WB", "G20"),
        sectors=("finance", "autos", "steel"),
        headlines=(
            "{A_adj} central bank raises rates to {policy_rate} as inflation persists",
            "{A_pos} economy grows faster than expected",
            "IMF cuts growth forecast for {A}, citing weak demand",
            "{A_cur} slides to record low against the dollar",
            "{A_adj} markets on edge as economic worries mount",
        ),
        leads=(
            "The {A_adj} central bank raised its benchmark interest rate by {bp} basis points to "
            "{policy_rate} {when}, its {ordinal} increase this year, as inflation remained well above "
            "target.",
            "{A_pos} economy grew {pct_small} in the second quarter compared with the previous three "
            "months, official data showed {when}, beating economists' expectations.",
            "The International Monetary Fund cut its growth forecast for {A} {when} to {pct_small} for this "
            "year, citing weaker domestic demand and the impact of higher borrowing costs.",
            "{A_cur} fell to a record low against the dollar {when}, prompting the central bank to intervene "
            "in currency markets for the {ordinal} time this month.",
        ),
        body=(
            "Annual inflation stood at {pct} in {month}, down slightly from the previous month but still "
            "more than double the central bank's target.",
            "The bank's governor told reporters that policymakers were prepared to tighten further if price "
            "pressures did not ease.",
            "Unemployment fell to {pct_mid}, the lowest level on record, although wage growth has lagged "
            "behind rising prices.",
            "The budget deficit is expected to reach {pct_mid} of gross domestic product this year, "
            "according to finance ministry projections.",
            "Shares on the {A_adj} stock exchange fell {pct_small} after the announcement, led by banks and "
            "property developers.",
            "Economists polled by {OUTLET} had expected a smaller increase.",
            "Public debt has climbed to {money} over the past decade, raising questions about the country's "
            "ability to finance new spending.",
            "Exports, which account for about {pct} of the economy, were hit by weaker demand from {B} and "
            "{C}.",
        ),
        subheads=("INFLATION WATCH", "MARKET REACTION", "GROWTH OUTLOOK"),
    ),
    Topic(
        key="technology",
        noun="technology controls",
        orgs=("WTO", "EU", "G7"),
        sectors=("tech", "mining"),
        headlines=(
            "{A} tightens export controls on advanced chips to {B}",
            "{CO} to build {deal_money} chip plant in {A}",
            "{B} retaliates with curbs on rare earth exports",
            "Tech firms warn new rules could disrupt supply chains",
            "Chip curbs deepen rift between {A_cap} and {B_cap}",
        ),
        leads=(
            "{A} announced new restrictions {when} on exports of advanced semiconductors and chipmaking "
            "equipment to {B}, citing national security concerns.",
            "{CO} said {when} it would invest {deal_money} in a new semiconductor factory in {A}, one of the "
            "largest foreign investments in the country's history.",
            "{B} will restrict exports of several rare earth elements used in electronics and defence "
            "equipment, the commerce ministry said {when}, in an apparent response to {A_adj} chip controls.",
            "Technology companies in {A} warned {when} that a proposed law on data storage could disrupt "
            "supply chains and raise costs for consumers.",
        ),
        body=(
            "The rules require companies to obtain a licence before selling certain chips to {B_adj} "
            "customers, and most applications are expected to be denied.",
            "{B} accounts for about {pct_high} of global processing of some of the affected minerals, giving "
            "it significant leverage over manufacturers.",
            "The plant is expected to employ about {num_thousands} people when it reaches full capacity in "
            "{year_future}.",
            "Industry groups said the measures were drafted without sufficient consultation and could harm "
            "{A_adj} firms more than their competitors.",
            "Shares in {CO} fell {pct_small} in early trading after the announcement.",
            "Officials in {B_cap} dismissed the controls as an attempt to preserve technological dominance "
            "and said domestic firms would accelerate efforts to develop their own chips.",
            "The restrictions also cover cloud computing services and the software used to design "
            "processors.",
        ),
        subheads=("THE CHIP WAR", "RARE EARTHS", "INDUSTRY PUSHBACK"),
    ),
    Topic(
        key="climate",
        noun="climate policy",
        orgs=("UN", "G20", "EU"),
        sectors=("energy", "autos", "mining"),
        headlines=(
            "Climate talks in {C_cap} end with compromise on finance",
            "{A} pledges to phase out coal by {phaseout_year}",
            "Record heat strains power grid in {A}",
            "Developing nations push for more climate funding",
            "{A} and {B} clash over emissions targets",
        ),
        leads=(
            "Negotiators from nearly 200 countries reached a compromise {when} on financing for developing "
            "nations hit by climate change, after talks in {C_cap} ran more than a day past their "
            "scheduled close.",
            "{A} pledged {when} to phase out coal-fired power by {phaseout_year}, a target environmental "
            "groups welcomed as overdue and industry representatives called unrealistic.",
            "A record heatwave pushed temperatures above {temp} in parts of {A} {when}, straining the power "
            "grid and forcing authorities to impose rolling blackouts.",
            "A coalition of developing countries called {when} for wealthy nations to triple their "
            "contributions to climate funds, saying existing pledges had not been met.",
        ),
        body=(
            "The agreement commits richer countries to provide {money} a year by the end of the decade, well "
            "below the amount developing nations had demanded.",
            "Coal still accounts for roughly {pct} of {A_pos} electricity generation, down from more than "
            "half a decade ago.",
            "Environmental campaigners staged protests outside the conference venue, accusing governments of "
            "backsliding on earlier commitments.",
            "{CO} said it would invest {money} in solar and wind projects over the next {num_years} years.",
            "Scientists say the world is on track for warming well above the limits agreed in Paris unless "
            "emissions fall sharply this decade.",
            "Officials said electricity demand hit an all-time high on {weekday} as households and offices "
            "ran air conditioning around the clock.",
            "Insurers estimate that floods, fires and storms caused {money} in damage across the region last "
            "year.",
        ),
        subheads=("THE MONEY QUESTION", "HEAT AND POWER", "CLIMATE FINANCE"),
    ),
    Topic(
        key="nuclear",
        noun="the nuclear programme",
        orgs=("IAEA", "UNSC"),
        sectors=("energy", "defence"),
        headlines=(
            "IAEA says {B} has expanded uranium enrichment",
            "{A} warns of consequences over {B_adj} nuclear programme",
            "Talks on reviving nuclear deal resume in {C_cap}",
            "Inspectors denied access to {B_adj} nuclear site",
            "{B} rejects watchdog report as politically motivated",
        ),
        leads=(
            "The International Atomic Energy Agency said {when} that {B} had significantly expanded its "
            "stockpile of enriched uranium, according to a confidential report seen by {OUTLET}.",
            "{A} warned {when} that it would take all necessary measures to prevent {B} from acquiring "
            "nuclear weapons, after inspectors reported new activity at an underground site.",
            "Indirect talks aimed at reviving a deal on {B_pos} nuclear programme resumed in {C_cap} {when}, "
            "with European mediators shuttling between delegations.",
            "{B} denied international inspectors access to a nuclear facility {when}, the UN's atomic "
            "watchdog said, in a move likely to deepen tensions with Western governments.",
        ),
        body=(
            "The report said {B} now held enough material enriched to {pct_high} purity to make several "
            "weapons if further refined, although it found no evidence of a weapons programme.",
            "{B_adj} officials insist that the country's nuclear programme is entirely peaceful and designed "
            "to generate electricity.",
            "Diplomats said the agency's board of governors could vote on a resolution censuring {B} at its "
            "next meeting.",
            "The original agreement collapsed in {year_past}, and several rounds of negotiations since then "
            "have failed to restore it.",
            "Surveillance cameras installed by inspectors at some sites have been switched off for months, "
            "the report said.",
            "A senior Western diplomat said the window for a negotiated solution was 'closing rapidly'.",
            "The facility, built deep inside a mountain, is thought to be largely protected from air "
            "strikes.",
        ),
        subheads=("INSPECTIONS", "A NARROWING WINDOW", "THE ENRICHMENT QUESTION"),
        b_prefer=("Iran",),
    ),
)

REACTION: tuple[str, ...] = (
    "{B_met} reacted angrily, with the foreign ministry describing the move as a provocation that would "
    "'not go unanswered'.",
    "The {B_adj} foreign ministry summoned {A_pos} ambassador on {weekday} to protest against what it "
    "called interference in its internal affairs.",
    "In {C_cap}, officials urged both sides to show restraint and return to dialogue.",
    "{ORG} called for calm and said it was ready to support efforts to reduce tensions.",
    "There was no immediate comment from {B_met}.",
    "{B_met} has previously rejected similar accusations as baseless.",
    "A spokesperson for {B_lead} declined to comment on the report.",
    "{C} said it would not take sides but was concerned about the impact on regional stability.",
    "{B_lead} dismissed the announcement as political theatre aimed at a domestic audience.",
    "Officials in {B_cap} said they were studying the measures and would respond 'at a time of our "
    "choosing'.",
    "The move drew criticism from opposition politicians in {A}, who said the government had acted without "
    "consulting {A_parl}.",
    "{A_met} defended its decision, saying it had exhausted all other options.",
    "Several {ORG_a} member states expressed concern, although none publicly opposed the decision.",
    "The {B_adj} embassy in {A_cap} did not respond to a request for comment.",
    "Markets reacted cautiously, with {B_cur} weakening slightly against the dollar.",
    "{C_lead} said in a phone call with {A_ln} that dialogue was the only way forward, according to a "
    "readout published by {C_cap}.",
    "Human rights groups criticised both governments, saying civilians were paying the price for a "
    "political standoff.",
    "{B_adj} state media accused {A_met} of hypocrisy, pointing to its own record on the issue.",
    "The reaction in {B_cap} was muted, with most newspapers relegating the story to their inside pages.",
    "{ORG} said it had not been consulted in advance, a claim {A_adj} officials disputed.",
)

ANALYSIS: tuple[str, ...] = (
    "{P2_intro} said the decision reflected growing frustration in {A_cap} with the pace of negotiations.",
    "Analysts said the timing was significant, coming just weeks before {A} holds {elections}.",
    "Some analysts believe {A_met} is testing how far it can go without provoking a unified response from "
    "its partners.",
    "{P2_intro} said the measures were unlikely to change {B_pos} behaviour in the short term but could "
    "raise costs over time.",
    "Others are more sceptical. {P2_intro} argued that previous pledges had rarely been followed by concrete "
    "action.",
    "According to {P2_appos}, the bigger risk is miscalculation rather than deliberate conflict.",
    "Independent economists estimate the real cost could be two or three times higher than official "
    "figures suggest.",
    "Few observers expect a quick resolution.",
    "Research by {TANK} suggests that similar measures in the past have had mixed results, with their "
    "effects fading after about {num_small} years.",
    "{P2_intro} noted that {B} had spent the past decade building trade ties with {C} and other partners, "
    "reducing its exposure to outside pressure.",
    "Diplomats in {C_cap} privately describe the relationship as the worst it has been in a generation.",
    "{P2_intro} said the outcome would depend largely on whether {C} chooses to side with {A_met} or "
    "stays neutral.",
    "Analysts at {BANK} said in a note to clients that they expected volatility to persist for several "
    "weeks.",
    "A report published by {TANK} last month warned that the risk of an accidental clash was rising.",
    "{P2_intro} said {P2_he} expected {B_met} to respond cautiously, at least in public.",
)

BACKGROUND: tuple[str, ...] = (
    "Relations between {A} and {B} have deteriorated sharply since {year_past}, when {event_past}.",
    "{A} and {B} have a long history of rivalry, but trade between them reached a record {money} last year.",
    "The dispute is the latest in a series of confrontations that have tested ties between {A_cap} and "
    "{B_cap}.",
    "{A_lead} has made {topic_noun} a central theme of {A_his} time in office.",
    "{A} is the world's {ordinal}-largest producer of {commodity} and a major exporter to {B}.",
    "Over the past decade, {A_met} has sought to position itself as a bridge between rival blocs.",
    "Earlier this year, {A} and {B} agreed on a framework for cooperation that was meant to ease tensions, "
    "but little progress has been made since.",
    "{ORG} has repeatedly called on members to coordinate their response, with limited success.",
    "The region has been a flashpoint for decades, and previous attempts at mediation have collapsed amid "
    "mutual accusations.",
    "{A_adj} officials point out that the country has honoured every commitment it made over the past "
    "{num_years} years.",
    "In {year_past}, a similar dispute was resolved only after {num_months} months of talks mediated by {C}.",
    "Both governments face domestic pressure to appear tough, which makes compromise politically risky.",
    "The last time the two leaders met, in {C_cap} in {year_past}, they agreed to set up a hotline to "
    "prevent accidental clashes.",
    "The issue has dominated political debate in {A} for months, with opposition parties accusing the "
    "government of being too soft.",
    "Tensions escalated further last month after {event_recent}.",
    "{B_lead} has governed with a narrow majority since the last election and can ill afford a "
    "prolonged crisis.",
    "{ORG} was founded to prevent exactly this kind of standoff, critics point out, but has struggled to "
    "act when its most powerful members disagree.",
    "The two countries share a long border and deep economic ties, which has tempered their rivalry in "
    "the past.",
)

NUMBERS: tuple[str, ...] = (
    "Trade between the two countries was worth {money} last year, according to official statistics.",
    "The government estimates that the measures will cost the economy {money} over the next {num_years} "
    "years.",
    "About {people} live in the areas most affected.",
    "Prices for {commodity} have risen {pct} since January.",
    "{A} imported {tonnes} of {commodity} from {B} last year, {pct} more than the year before.",
    "The package is worth {money}, with roughly a third earmarked for infrastructure.",
    "{CO} employs about {num_thousands} people in {A} and reported revenue of {money} last year.",
    "Foreign direct investment into {A} fell by {pct} last year, the lowest level in more than a decade.",
    "Inflation in {B} averaged {pct} last year, eroding the purchasing power of millions of households.",
    "The country's foreign currency reserves stand at about {money}, enough to cover roughly {num_small} "
    "months of imports.",
    "Ten-year government bond yields rose to {bond_yield}, the highest since {year_past}.",
    "Defence spending across NATO rose by {pct_small} last year, according to alliance figures.",
    "Remittances from workers abroad, worth {money} a year, are a vital source of income for many "
    "families in {B}.",
    "Shipping companies said {num_tens} vessels had been diverted, adding about {num_weeks} weeks to journey "
    "times and pushing up freight rates by {pct}.",
    "{B} produces about {bpd} of crude oil, roughly {pct_small} of global supply.",
    "Roughly {pct} of respondents in a recent poll said they expected the situation to get worse.",
)

CLOSING: tuple[str, ...] = (
    "Talks are expected to resume next month.",
    "{A_lead} is due to travel to {C_cap} later this month, where the issue is likely to top the agenda.",
    "{ORG} is scheduled to discuss the matter at its next meeting on {weekday}.",
    "It was not immediately clear when the measures would take effect.",
    "Further details are expected to be published in the coming days.",
    "{A_parl} is expected to vote on the proposal before the summer recess.",
    "Officials said they would review the situation again at the end of {month}.",
    "For now, both sides appear content to wait for the other to blink.",
    "A final decision is expected by the end of the year.",
    "The ministry said it would provide an update once more information became available.",
    "Neither side has indicated what it will do next.",
    '{P1_intro} said further announcements could follow "within days".',
)

OPINION: tuple[str, ...] = (
    "We have been here before, and we should remember how it ended.",
    "It is tempting to see {A_pos} latest move as a sign of strength. We think it is the opposite.",
    "Let us be *clear*: {topic_noun} is not a technical question but a political one.",
    "For too long, {ORG} has treated {B} as a problem to be managed rather than a country to be engaged.",
    "The response from {A_met} has been timid, incoherent and, above all, late.",
    "We should not pretend that pressure alone will change the calculus in {B_cap}.",
    "What is needed now is not another communiqué but a credible plan.",
    "Our leaders like to talk about shared values. It is time they acted as if they meant it.",
    "This is a *reckless* gamble, and ordinary people will pay for it.",
    "Nobody should be surprised by what happened this week.",
    "The uncomfortable truth is that we have grown used to crises we once considered unthinkable.",
    "We owe it to the next generation to get this right.",
    "There is a better path, and it begins with honesty about what has failed.",
    "It would be *naive* to believe that {B_met} will change course simply because it has been asked to.",
    "The numbers tell a sobering story.",
    "None of this is inevitable.",
    "We are told that {topic_noun} is under control. The evidence suggests otherwise.",
    "Critics will call this alarmist. They said the same thing a year ago.",
    "The lesson of the past decade is that half-measures invite further tests.",
    "We do not need more summits. We need decisions.",
    "If {A_met} is serious, it will put money behind its promises; if it is not, we should stop pretending.",
    "The stakes could hardly be higher, yet the debate has been strangely muted.",
    "It is a *shameful* episode, and it deserves more scrutiny than it has received.",
    "Our own governments are hardly blameless here.",
    "The danger is not that we act too boldly, but that we do not act at all.",
    "A wiser approach would combine firmness with a genuine offer of engagement.",
    "Make no mistake: this is a defining moment for {ORG_s}.",
    "We should welcome {A_pos} decision, however belated it may be.",
    "What happens next will depend on choices that have not yet been made, and on whether we have the "
    "courage to make them.",
    "Those who warned about this were dismissed as pessimists. They were right.",
    "We find it *extraordinary* that so little has been said about the human cost.",
    "There are no easy answers, but there are *better* and *worse* ones.",
    "The official line from {A_cap} is that everything is proceeding according to plan. We are not "
    "convinced.",
    "It is a *cynical* calculation dressed up as principle.",
    "Our readers deserve a frank account of the risks, and so far they have not been given one.",
    "We have argued in these pages that engagement and deterrence are not opposites. This week proved "
    "the point.",
    "History will not judge kindly those who looked away.",
    "The *admirable* restraint shown by {C} deserves more credit than it has received.",
    "We were promised a new era of cooperation. What we got was a *disastrous* muddle.",
    "Let us not confuse activity with progress.",
)

OPINION_HEADLINES: tuple[str, ...] = (
    "The world cannot afford to look away from {B}",
    "Why {A_pos} gamble on {topic_noun} will backfire",
    "Our leaders are sleepwalking into a crisis",
    "It is time to be honest about {topic_noun}",
    "{A_cap} has misread the moment",
    "Pressure is not a strategy",
    "The quiet cost of {B_pos} isolation",
    "We were warned about this. We chose not to listen",
    "A deal with {B} is worth the risk",
    "The real lesson of the {C_cap} talks",
    "Half-measures will not fix {topic_noun}",
    "What {A_lead} gets wrong about {B}",
)

QUOTES_OFFICIAL: tuple[str, ...] = (
    "We will not accept pressure from anyone, and we will defend our interests with every means available",
    "Our position has been clear from the start, and it has not changed",
    "This decision was not taken lightly, but we had no other choice",
    "We remain open to dialogue, but dialogue cannot be a one-way street",
    "These accusations are absurd and have no basis in fact",
    "The door to negotiations remains open, as it always has been",
    "We call on {B_met} to stop this dangerous behaviour immediately",
    "Our partners understand that stability in the region is in everyone's interest",
    "Nobody wants an escalation, least of all the people who would suffer from it",
    "We have done everything possible to find a diplomatic solution",
    "The measures are targeted and proportionate, and they are fully in line with international law",
    "Let me be very clear: there will be consequences",
    "This is a historic day for our two countries",
    "We expect our partners to honour their commitments",
    "The government is doing everything in its power to protect jobs and keep prices under control",
    "I don't think anyone benefits from a confrontation like this",
    "We are not going to negotiate through the media",
    "The people of {A} deserve better than empty promises",
    "{B} knows exactly what it needs to do to end this",
    "We have shown patience, but patience has its limits",
)
QUOTES_ANALYST: tuple[str, ...] = (
    "The message is aimed as much at a domestic audience as it is at {B_met}",
    "Nobody in the markets was expecting this, and that is what makes it significant",
    "It's a risky bet, and it could easily backfire",
    "What we are seeing is a slow, grinding escalation rather than a sudden break",
    "Sanctions rarely change a government's behaviour on their own, but they do raise the price",
    "The question is not whether there will be a response, but how big it will be",
    "I would be surprised if this changed anything on the ground in the next six months",
    "Both sides have locked themselves into positions that are very hard to climb down from",
    "There is a lot of posturing here, but the underlying economic logic hasn't changed",
    "The real test will come in the winter, when demand peaks",
    "This is the most serious crisis between the two countries in at least a decade",
    "Investors hate uncertainty, and right now there is plenty of it",
    "If you look at the numbers, the trend has been clear for years",
    "It's a signal, not a policy, at least for now",
    "Everyone is waiting to see what {C} does",
)
QUOTES_COMPANY: tuple[str, ...] = (
    "We are monitoring the situation closely and will comply with all applicable regulations",
    "Our priority is the safety of our staff and the continuity of supply to our customers",
    "It is too early to say what the impact on our business will be",
    "We have contingency plans in place and do not expect significant disruption",
    "We have seen demand hold up better than expected, but the outlook remains uncertain",
    "This investment reflects our long-term confidence in the country",
    "We have been operating in {A} for more than {num_tens} years and we intend to stay",
)
QUOTES_ORG: tuple[str, ...] = (
    "We urge all parties to respect international law",
    "This is a moment for cool heads and clear commitments",
    "The situation is serious, but it is not yet out of control",
    "Our members have very different views, and any decision will take time",
    "We stand ready to support any process that both sides can accept",
    "The rules exist for a reason, and they apply to everyone",
)
QUOTES_HUMANITARIAN: tuple[str, ...] = (
    "The needs are enormous, and the funding simply isn't there",
    "Every day of delay costs lives",
    "We are ready to help, but we need safe and unhindered access",
    "Our teams on the ground are doing extraordinary work under very difficult conditions",
    "Families are making impossible choices between food, medicine and heating",
)

# Frames that introduce a speaker together with their role (first mention).
FRAMES_ROLE: tuple[str, ...] = (
    '{S}, {S_role}, said: "{Q}."',
    '"{Q}," said {S}, {S_role}.',
    '"{Q}," {S}, {S_role}, told {OUTLET}.',
    '{S}, {S_role}, told reporters: "{Q}."',
    "'{Q},' said {S}, {S_role}.",
    LDQ + "{Q}," + RDQ + " said {S}, {S_role}.",
)
FRAMES: tuple[str, ...] = (
    '"{Q}," {S} said.',
    '"{Q}," said {S}.',
    '{S} said: "{Q}."',
    LDQ + "{Q}," + RDQ + " {S} told reporters.",
    "'{Q},' {S} said.",
    '"{Q}," {S} said in a statement. "{Q2}."',
    '"{Q}," {S} told {OUTLET}.',
    '"{Q}," {S} wrote on social media.',
    'In a statement, {S} said: "{Q}."',
    LDQ + "{Q}," + RDQ + " {S} said. " + LDQ + "{Q2}." + RDQ,
    '{S} put it bluntly: "{Q}."',
    'Asked about {topic_noun}, {S} said: "{Q}."',
    LSQ + "{Q}," + RSQ + " {S} said.",
    'Speaking to reporters on {weekday}, {S} said: "{Q}."',
)
FOLLOW_UPS: tuple[str, ...] = (
    '"{Q}," {S_he} added.',
    "{S_he} did not elaborate.",
    "{S_he} declined to give a timeline.",
    '"{Q}," {S_he} said later.',
    "{S_he} gave no further details.",
    "'{Q},' {S_he} added.",
)
INDIRECT_CLAUSES: tuple[str, ...] = (
    "the government had no intention of backing down",
    "the ministry would publish a full list of the affected entities",
    "{A_lead} had personally approved the decision",
    "{A} would respond to any further provocation 'firmly and decisively'",
    "talks with {B} had made progress but several issues remained unresolved",
    "the measures were temporary and would be reviewed in {num_months} months",
    "the ministry was aware of the reports and was seeking further information",
    "there was no evidence to support the allegations",
    "{A_met} remained committed to a diplomatic solution",
    "the economy was strong enough to withstand the pressure",
    "{num_small} people had been detained in connection with the incident",
    "the decision had been coordinated with allies in advance",
    "the country's reserves were sufficient to cover any shortfall",
    "a new round of negotiations could begin as early as next month",
    "any agreement would have to be approved by {A_parl}",
    "the government was considering further measures, including restrictions on visas",
    "{B_met} had repeatedly ignored earlier warnings",
    "the figures were preliminary and could be revised",
    "the leaders had agreed to speak again by phone in the coming weeks",
    "{B} had been given every opportunity to comply",
)
CLAUSES_ANALYST: tuple[str, ...] = (
    "the measures were unlikely to change much in the short term",
    "markets had largely priced in the decision",
    "the real test would come when the rules had to be enforced",
    "{B} had more room to manoeuvre than many in {A_cap} assumed",
    "both sides had a strong interest in avoiding a complete rupture",
    "the official figures probably understated the scale of the problem",
    "{A_met} was sending a message to its allies as much as to {B_met}",
    "a compromise was still possible if neither side overplayed its hand",
    "similar episodes in the past had faded from the headlines within weeks",
)
CLAUSES_COMPANY: tuple[str, ...] = (
    "the company had suspended shipments pending a legal review",
    "costs had risen by {pct} in a year and would be passed on to customers",
    "the company was reviewing its contracts in {B}",
    "production would continue as normal for the time being",
    "the firm had not been informed of the decision in advance",
    "its factories in {C} could absorb some of the lost output",
)
CLAUSES_ORG: tuple[str, ...] = (
    "the organisation was ready to send a team to {B} at short notice",
    "it was too early to assess the full extent of the damage",
    "member states had been briefed on the latest developments",
    "the aid would be delivered through trusted local partners",
    "the situation on the ground was deteriorating rapidly",
    "any solution would have to respect international law",
)
INDIRECT_FRAMES_ROLE: tuple[str, ...] = (
    "{S}, {S_role}, said that {IC}.",
    "{S}, {S_role}, told reporters that {IC}.",
    "Speaking to {OUTLET}, {S}, {S_role}, said {IC}.",
)
INDIRECT_FRAMES: tuple[str, ...] = (
    "{S} said that {IC}.",
    "{S} told reporters on {weekday} that {IC}.",
    "{S} added that {IC}.",
    "According to {S}, {IC}.",
    "In a statement, {S} said that {IC}.",
    "{S} insisted that {IC}.",
    "{S} warned that {IC}.",
    "{S} also said {IC}.",
    "Speaking to {OUTLET}, {S} said {IC}.",
    "{S} claimed that {IC}, a point disputed by {C_met}.",
)

# fmt: off
GENERIC_SUBHEADS: tuple[str, ...] = (
    "WHAT COMES NEXT", "REGIONAL FALLOUT", "A LONG DISPUTE", "DOMESTIC PRESSURE", "MIXED SIGNALS",
    "THE NUMBERS", "REACTION ABROAD", "BACKGROUND", "UNCERTAIN OUTLOOK", "PRESSURE ON {A_cap}",
    "{B_cap} RESPONDS", "THE VIEW FROM {C_cap}",
)
# fmt: on

OFFICIAL_ROLES: tuple[str, ...] = (
    "a spokesperson for the {X_adj} foreign ministry",
    "{X_pos} deputy foreign minister",
    "a senior adviser to {X_ln}",
    "the {X_adj} ambassador to the United Nations",
    "{X_pos} minister for trade",
    "the head of the foreign affairs committee in {X_parl}",
    "a government spokesperson in {X_cap}",
    "the {X_adj} finance minister",
    "a senior official at the {X_adj} energy ministry",
)
ANALYST_ROLES: tuple[str, ...] = (
    "an analyst at {TANK_full}",
    "a senior fellow at {TANK_full}",
    "chief economist at {BANK}",
    "a professor of international relations at {UNI}",
    "a former {A_adj} diplomat who now teaches at {UNI}",
    "head of research at {CONSULT}",
    "director of the energy programme at {TANK_full}",
)
COMPANY_ROLES: tuple[str, ...] = (
    "a spokesperson for {CO}",
    "the chief executive of {CO}",
    "the head of {CO_pos} operations in {A}",
    "chief financial officer at {CO}",
)
ORG_ROLES: tuple[str, ...] = (
    "a spokesperson for {ORG_full}",
    "a senior {ORG_a} official",
    "the {ORG_a} representative in {B_cap}",
    "deputy head of the {ORG_a} mission in {B_cap}",
)


def template_count() -> dict[str, int]:
    """Number of hand-written templates per category (sentences, quotes, frames, headlines)."""
    counts = {
        "topic_leads": sum(len(t.leads) for t in TOPICS),
        "topic_body": sum(len(t.body) for t in TOPICS),
        "reaction": len(REACTION),
        "analysis": len(ANALYSIS),
        "background": len(BACKGROUND),
        "numbers": len(NUMBERS),
        "closing": len(CLOSING),
        "opinion": len(OPINION),
        "quotes": len(QUOTES_OFFICIAL)
        + len(QUOTES_ANALYST)
        + len(QUOTES_COMPANY)
        + len(QUOTES_ORG)
        + len(QUOTES_HUMANITARIAN),
        "quote_frames": len(FRAMES) + len(FRAMES_ROLE) + len(FOLLOW_UPS),
        "indirect_clauses": len(INDIRECT_CLAUSES)
        + len(CLAUSES_ANALYST)
        + len(CLAUSES_COMPANY)
        + len(CLAUSES_ORG),
        "indirect_frames": len(INDIRECT_FRAMES) + len(INDIRECT_FRAMES_ROLE),
        "headlines": sum(len(t.headlines) for t in TOPICS) + len(OPINION_HEADLINES),
    }
    counts["sentence_templates"] = sum(
        counts[k]
        for k in (
            "topic_leads",
            "topic_body",
            "reaction",
            "analysis",
            "background",
            "numbers",
            "closing",
            "opinion",
            "quotes",
            "indirect_clauses",
        )
    )
    return counts


# ---------------------------------------------------------------------------------------------
# Rendering machinery
# ---------------------------------------------------------------------------------------------

_SLOT_RE = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)\}")
_AB_SWAP_RE = re.compile(r"\{([AB])(_[a-z]+)?\}")
_SMALL_TITLE_WORDS = frozenset(
    (
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "up",
        "via",
        "with",
    )
)


def _swap_ab(template: str) -> str:
    """Swap the A and B roles in a template (used when the speaker comes from country B)."""
    return _AB_SWAP_RE.sub(
        lambda m: "{" + ("B" if m.group(1) == "A" else "A") + (m.group(2) or "") + "}", template
    )


def _cap_first(s: str) -> str:
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1 :] if ch.islower() else s
    return s


def _indefinite_article(word: str) -> str:
    if word[:1] in "AEIOaeio" and not word.startswith(("Euro", "One", "one")):
        return "an"
    return "a"


def _possessive(name: str) -> str:
    return name + "'" if name.endswith("s") else name + "'s"


def _title_case(title: str) -> str:
    words = title.split(" ")
    out: list[str] = []
    for i, w in enumerate(words):
        if i > 0 and w.lower() in _SMALL_TITLE_WORDS:
            out.append(w.lower())
        else:
            out.append(_cap_first(w))
    return " ".join(out)


def _money(rng: random.Random) -> str:
    sym = rng.choices(("$", "€", "£"), weights=(7, 2, 1))[0]
    if rng.random() < 0.65:
        v = rng.uniform(1.0, 95.0)
        amount = f"{v:.1f}".removesuffix(".0") if v < 9.95 else str(round(v))
        return f"{sym}{amount} billion"
    return f"{sym}{rng.randrange(50, 960, 10)} million"


def _pct(rng: random.Random, lo: float, hi: float, decimals: bool) -> str:
    v = f"{rng.uniform(lo, hi):.1f}".removesuffix(".0") if decimals else str(rng.randint(int(lo), int(hi)))
    return v + rng.choices(("%", " percent", " per cent"), weights=(7, 2, 1))[0]


def _big_number(rng: random.Random, lo_thousands: int, hi_thousands: int) -> str:
    """A human-style quantity: '45,000' or '2.3 million'."""
    v = rng.randint(lo_thousands, hi_thousands) * 1000
    if v >= 1_000_000:
        return f"{v / 1_000_000:.1f} million".replace(".0 ", " ")
    return f"{v:,}"


def _bpd(rng: random.Random) -> str:
    unit = rng.choice(("barrels a day", "barrels per day", "barrels a day"))
    if rng.random() < 0.4:
        return f"{rng.randint(11, 45) / 10:.1f} million {unit}"
    return f"{rng.randrange(150_000, 950_000, 50_000):,} {unit}"


def _person_name(rng: random.Random) -> tuple[str, str, str]:
    """Return (full name, surname, pronoun) for an invented person."""
    if rng.random() < 0.5:
        first, pron = rng.choice(FEMALE_NAMES), "she"
    else:
        first, pron = rng.choice(MALE_NAMES), "he"
    surname = rng.choice(SURNAMES)
    if rng.random() < 0.08:  # a middle initial now and then
        first = f"{first} {rng.choice('ABCDEFGHJKLMNPRST')}."
    return f"{first} {surname}", surname, pron


@dataclass
class _Person:
    key: str
    full: str
    surname: str
    pronoun: str
    role: str


@dataclass
class _Speaker:
    slot: str  # slot that names the speaker, e.g. "P1" or "A_lead"
    pronoun_slot: str
    role_slot: str | None
    quotes: Sequence[str]
    clauses: Sequence[str]
    swap: bool = False  # speaker belongs to country B: swap A/B in quotes and clauses


@dataclass
class _Ctx:
    rng: random.Random
    fixed: dict[str, str] = field(default_factory=dict)
    smart: dict[str, tuple[str, str]] = field(default_factory=dict)  # slot -> (first mention, later)
    headline_forms: dict[str, str] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    mentioned: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)
    headline: bool = False
    emphasis_keep: float = 0.2
    published: dt.date = dt.date(2024, 1, 1)

    # -- slot resolution -------------------------------------------------------------------
    def slot(self, name: str) -> str:
        if name.startswith("a_"):  # "{a_A_adj}" -> "an Indian" / "a German"
            value = self.slot(name[2:])
            return f"{_indefinite_article(value)} {value}"
        if self.headline and name in self.headline_forms:
            return self.headline_forms[name]
        base, _, variant = name.partition("_")
        if variant in ("intro", "appos") and base in self.smart:
            # first mention with the role as an appositive; later mentions by surname only
            if base in self.mentioned or self.headline:
                return self.smart[base][1]
            self.mentioned.add(base)
            appos = f"{self.smart[base][0]}, {self.fixed[base + '_role']}"
            return appos + "," if variant == "intro" else appos
        if name in self.smart:
            full, short = self.smart[name]
            if self.headline:
                return short
            if name in self.mentioned:
                return short
            self.mentioned.add(name)
            return full
        if name in self.fixed:
            return self.fixed[name]
        prefix, _, attr = name.partition("_")
        if prefix in self.countries and attr in ("adj", "met"):
            c = self.countries[prefix]
            return self.rng.choice(c.adjs if attr == "adj" else c.metonyms)
        gen = _DYNAMIC.get(name)
        if gen is None:
            raise KeyError(f"unknown template slot {{{name}}}")
        return gen(self)

    def fill(self, template: str) -> str:
        out = template
        for _ in range(3):  # slot values may contain slots themselves
            if "{" not in out:
                break
            out = _SLOT_RE.sub(lambda m: self.slot(m.group(1)), out)
        if "*" in out and self.rng.random() >= self.emphasis_keep:
            out = out.replace("*", "")
        return out

    def sentence(self, template: str) -> str:
        return _cap_first(self.fill(template))

    def pick_or_any(self, pool: Sequence[str]) -> str:
        """Prefer an unused template, but fall back to any template of the pool."""
        return self.pick(pool) or self.rng.choice(pool)

    def pick(self, pool: Sequence[str]) -> str | None:
        """Pick a template from the pool that has not been used in this article yet."""
        fresh = [t for t in pool if t not in self.used]
        if not fresh:
            return None
        t = self.rng.choice(fresh)
        self.used.add(t)
        return t


def _when(ctx: _Ctx) -> str:
    pub = ctx.published
    day = WEEKDAYS[(pub - dt.timedelta(days=ctx.rng.choice((0, 0, 1)))).weekday()]
    return ctx.rng.choice(
        (
            f"on {day}",
            f"on {day}",
            f"late on {day}",
            f"on {day} evening",
            "earlier this week",
            "this week",
            f"on {day} morning",
        )
    )


_DYNAMIC: dict[str, Callable[[_Ctx], str]] = {
    "money": lambda c: _money(c.rng),
    "pct": lambda c: _pct(c.rng, 3, 45, c.rng.random() < 0.3),
    "pct_small": lambda c: _pct(c.rng, 0.2, 4.9, True),
    "pct_big": lambda c: _pct(c.rng, 25, 100, False),
    "pct_high": lambda c: _pct(c.rng, 60, 95, False),
    "bpd": lambda c: _bpd(c.rng),
    "people": lambda c: _big_number(c.rng, 15, 4500) + " people",
    "people_small": lambda c: _big_number(c.rng, 10, 400),
    "troops": lambda c: _big_number(c.rng, 5, 90) + " troops",
    "tonnes": lambda c: _big_number(c.rng, 20, 3000) + " tonnes",
    "num_small": lambda c: c.rng.choice(SMALL_NUMBERS),
    "num_tens": lambda c: str(c.rng.randint(12, 95)),
    "num_thousands": lambda c: f"{c.rng.randrange(1200, 25000, 100):,}",
    "num_days": lambda c: str(c.rng.choice((10, 14, 21, 30, 45, 60, 90))),
    "num_weeks": lambda c: c.rng.choice(SMALL_NUMBERS[:5]),
    "num_months": lambda c: c.rng.choice(("three", "six", "nine", "12", "18")),
    "num_years": lambda c: c.rng.choice(("three", "five", "seven", "ten", "15", "20")),
    "bond_yield": lambda c: f"{c.rng.uniform(1.5, 14.0):.2f}%",
    "num_hours": lambda c: c.rng.choice(("three", "four", "five", "six")),
    "num_votes": lambda c: str(c.rng.randint(3, 41)),
    "num_doses": lambda c: _big_number(c.rng, 200, 5000),
    "cases": lambda c: f"{c.rng.randrange(400, 30000, 10):,}",
    "ordinal": lambda c: c.rng.choice(ORDINALS),
    "year_past": lambda c: str(c.published.year - c.rng.randint(2, 12)),
    "year_future": lambda c: str(c.published.year + c.rng.randint(1, 5)),
    "month": lambda c: c.rng.choice(MONTHS),
    "weekday": lambda c: c.rng.choice(WEEKDAYS),
    "when": _when,
    "price": lambda c: f"${c.rng.uniform(62, 118):.2f}",
    "pct_mid": lambda c: _pct(c.rng, 2.5, 14.9, True),
    "bp": lambda c: str(c.rng.choice((25, 50, 75, 100, 150, 200))),
    "temp": lambda c: f"{c.rng.randint(42, 51)}" + c.rng.choice(("C", " degrees Celsius")),
    "commodity": lambda c: c.rng.choice(COMMODITIES),
    "issue": lambda c: c.rng.choice(ISSUES),
    "event_past": lambda c: c.rng.choice(EVENTS_PAST),
    "event_recent": lambda c: c.rng.choice(EVENTS_RECENT),
    "reform": lambda c: c.rng.choice(REFORMS),
    "grievance": lambda c: c.rng.choice(GRIEVANCES),
    "disease": lambda c: c.rng.choice(DISEASES),
    "region": lambda c: c.rng.choice(REGIONS),
    "elections": lambda c: c.rng.choice(ELECTIONS),
    "EDITOR": lambda c: _person_name(c.rng)[0],
}


# ---------------------------------------------------------------------------------------------
# Article assembly
# ---------------------------------------------------------------------------------------------


class _ArticleBuilder:
    def __init__(self, rng: random.Random, index: int, seed: int) -> None:
        self.rng = rng
        self.id = f"syn-{seed}-{index:06d}"
        self.opinion = rng.random() < OPINION_SHARE
        self.topic = rng.choice(TOPICS)
        self.lead_index = rng.randrange(len(self.topic.leads))
        self.published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 7 * 365))
        if self.opinion:
            self.outlet, self.outlet_kind = rng.choice([o for o in OUTLETS if o[1] != "wire"])
        else:
            self.outlet, self.outlet_kind = rng.choice(OUTLETS)
        self.author = _person_name(rng)[0]
        self.ctx = _Ctx(rng=rng, published=self.published, emphasis_keep=0.75 if self.opinion else 0.2)
        self._setup_context()

    # -- context ---------------------------------------------------------------------------
    def _choose_countries(self) -> tuple[Country, Country, Country]:
        rng = self.rng
        a = rng.choices(COUNTRIES, weights=COUNTRY_WEIGHTS)[0]
        b: Country | None = None
        if self.topic.b_prefer and rng.random() < 0.7:
            options = [_BY_NAME[n] for n in self.topic.b_prefer if n != a.name]
            if options:
                b = rng.choice(options)
        while b is None or b is a:
            b = rng.choices(COUNTRIES, weights=COUNTRY_WEIGHTS)[0]
        c = a
        while c is a or c is b:
            c = rng.choices(COUNTRIES, weights=COUNTRY_WEIGHTS)[0]
        return a, b, c

    def _setup_context(self) -> None:
        rng, ctx, topic = self.rng, self.ctx, self.topic
        countries = dict(zip("ABC", self._choose_countries(), strict=True))
        ctx.countries = countries
        for key, c in countries.items():
            ctx.fixed[key] = c.name
            ctx.headline_forms[key] = c.short
            ctx.fixed[f"{key}_pos"] = _possessive(c.name)
            ctx.headline_forms[f"{key}_pos"] = _possessive(c.short)
            ctx.fixed[f"{key}_cap"] = c.capital
            ctx.fixed[f"{key}_ln"] = c.leader_short
            ctx.fixed[f"{key}_he"] = c.pronoun
            ctx.fixed[f"{key}_his"] = "her" if c.pronoun == "she" else "his"
            ctx.fixed[f"{key}_cur"] = c.currency
            ctx.fixed[f"{key}_parl"] = c.parliament
            ctx.smart[f"{key}_lead"] = (c.leader, c.leader_short)

        org_full, org_short, org_attr = ORGS[rng.choice(topic.orgs)]
        ctx.smart["ORG"] = (org_full, org_short)
        ctx.headline_forms["ORG"] = org_short.removeprefix("the ")
        ctx.fixed["ORG_full"] = org_full
        ctx.fixed["ORG_s"] = org_short
        ctx.fixed["ORG_a"] = org_attr

        company = rng.choice(COMPANIES[rng.choice(topic.sectors)])
        ctx.fixed["CO"] = company
        ctx.fixed["CO_pos"] = _possessive(company)
        tank_full, tank_short = rng.choice(THINK_TANKS)
        ctx.smart["TANK"] = (tank_full, tank_short)
        ctx.fixed["TANK_full"] = tank_full
        ctx.fixed["BANK"] = rng.choice(BANKS)
        ctx.fixed["UNI"] = rng.choice(UNIVERSITIES)
        ctx.fixed["CONSULT"] = rng.choice(CONSULTANCIES)
        ctx.fixed["CHAR"] = rng.choice(CHARITIES)
        ctx.fixed["OUTLET"] = self.outlet
        ctx.fixed["AUTH"] = self.author
        ctx.fixed["topic_noun"] = topic.noun
        # amounts that must agree between the headline and the lead
        ctx.fixed["deal_money"] = _money(rng)
        ctx.fixed["policy_rate"] = f"{rng.randint(8, 90) * 0.25:.2f}%"
        ctx.fixed["phaseout_year"] = str(self.published.year + rng.randint(6, 20))

        def official_role(country_key: str) -> str:
            return rng.choice(OFFICIAL_ROLES).replace("{X", "{" + country_key)

        role_templates = {
            "P1": official_role("A"),
            "P2": rng.choice(ANALYST_ROLES),
            "P3": rng.choice(COMPANY_ROLES),
            "P4": official_role("B"),
            "P5": rng.choice(ORG_ROLES),
        }
        seen_surnames = {self.author.split()[-1]}
        for key, role_t in role_templates.items():
            full, surname, pron = _person_name(rng)
            while surname in seen_surnames:
                full, surname, pron = _person_name(rng)
            seen_surnames.add(surname)
            p = _Person(key, full, surname, pron, ctx.fill(role_t))
            ctx.smart[key] = (p.full, p.surname)
            ctx.fixed[f"{key}_full"] = p.full
            ctx.fixed[f"{key}_s"] = p.surname
            ctx.fixed[f"{key}_he"] = p.pronoun
            ctx.fixed[f"{key}_his"] = "her" if p.pronoun == "she" else "his"
            ctx.fixed[f"{key}_role"] = p.role
        # role filling may have "mentioned" the think tank etc.; start the article fresh
        ctx.mentioned.clear()

        humanitarian = topic.key in ("aid", "health")
        org_quotes = QUOTES_ORG + QUOTES_HUMANITARIAN if humanitarian else QUOTES_ORG
        company_weight = 1.8 if topic.key in ("energy", "trade", "technology", "economy") else 0.8
        self.speakers: list[tuple[_Speaker, float]] = [
            (_Speaker("P1", "P1_he", "P1_role", QUOTES_OFFICIAL, INDIRECT_CLAUSES), 3.0),
            (_Speaker("A_lead", "A_he", None, QUOTES_OFFICIAL, INDIRECT_CLAUSES), 1.5),
            (_Speaker("P4", "P4_he", "P4_role", QUOTES_OFFICIAL, INDIRECT_CLAUSES, swap=True), 2.0),
            (_Speaker("B_lead", "B_he", None, QUOTES_OFFICIAL, INDIRECT_CLAUSES, swap=True), 0.8),
            (_Speaker("P2", "P2_he", "P2_role", QUOTES_ANALYST, CLAUSES_ANALYST), 2.5),
            (_Speaker("P3", "P3_he", "P3_role", QUOTES_COMPANY, CLAUSES_COMPANY), company_weight),
            (_Speaker("P5", "P5_he", "P5_role", org_quotes, CLAUSES_ORG), 2.0 if humanitarian else 0.8),
        ]
        self.last_speaker: _Speaker | None = None

    # -- sentence producers ----------------------------------------------------------------
    def _from_pool(self, pool: Sequence[str]) -> str | None:
        self.last_speaker = None  # a narrative sentence breaks the chain of attribution
        t = self.ctx.pick(pool)
        return None if t is None else self.ctx.sentence(t)

    def _quote_text(self, speaker: _Speaker) -> str | None:
        t = self.ctx.pick(speaker.quotes)
        if t is None:
            return None
        if speaker.swap:
            t = _swap_ab(t)
        return _cap_first(self.ctx.fill(t))

    def _choose_speaker(self) -> _Speaker:
        speakers, weights = zip(*self.speakers, strict=True)
        return self.rng.choices(speakers, weights=weights)[0]

    def _speaker_frame(self, frame: str, speaker: _Speaker) -> str:
        out = frame.replace("{S}", "{" + speaker.slot + "}")
        out = out.replace("{S_he}", "{" + speaker.pronoun_slot + "}")
        if speaker.role_slot:
            out = out.replace("{S_role}", "{" + speaker.role_slot + "}")
        return out

    def _direct_quote(self) -> str | None:
        for _ in range(4):
            sp = self._choose_speaker()
            q = self._quote_text(sp)
            if q is None:
                continue
            first_mention = sp.slot not in self.ctx.mentioned
            frame = self.ctx.pick_or_any(FRAMES_ROLE if first_mention and sp.role_slot else FRAMES)
            if "{Q2}" in frame:
                q2 = self._quote_text(sp)
                frame = frame.replace("{Q2}", q2) if q2 is not None else FRAMES[0]
            frame = self._speaker_frame(frame, sp).replace("{Q}", q)
            self.last_speaker = sp
            return self.ctx.sentence(frame)
        return None

    def _follow_up(self) -> str | None:
        sp = self.last_speaker
        if sp is None:
            return None
        frame = self.ctx.pick(FOLLOW_UPS)
        if frame is None:
            return None
        if "{Q}" in frame:
            q = self._quote_text(sp)
            if q is None:
                return None
            frame = frame.replace("{Q}", q)
        else:
            self.last_speaker = None  # "He did not elaborate." closes the attribution chain
        return self.ctx.sentence(self._speaker_frame(frame, sp))

    def _indirect(self) -> str | None:
        sp = self._choose_speaker()
        clause = self.ctx.pick(sp.clauses)
        if clause is None:
            return None
        if sp.swap:
            clause = _swap_ab(clause)
        first_mention = sp.slot not in self.ctx.mentioned
        pool = INDIRECT_FRAMES_ROLE if first_mention and sp.role_slot else INDIRECT_FRAMES
        frame = self.ctx.pick_or_any(pool)
        if frame.startswith("{S} claimed") and sp.swap:
            frame = frame.replace("{C_met}", "{A_met}")
        frame = self._speaker_frame(frame, sp).replace("{IC}", clause)
        self.last_speaker = sp
        return self.ctx.sentence(frame)

    # -- paragraphs ------------------------------------------------------------------------
    def _paragraph(self, kind: str, target_words: float) -> list[str]:
        topic = self.topic
        primary: dict[str, Callable[[], str | None]] = {
            "topic": lambda: self._from_pool(topic.body),
            "quote": self._direct_quote,
            "indirect": self._indirect,
            "reaction": lambda: self._from_pool(REACTION),
            "analysis": lambda: self._from_pool(ANALYSIS),
            "background": lambda: self._from_pool(BACKGROUND),
            "numbers": lambda: self._from_pool(NUMBERS),
            "opinion": lambda: self._from_pool(OPINION),
        }
        secondary: dict[str, tuple[Callable[[], str | None], ...]] = {
            "topic": (primary["topic"], primary["topic"], primary["numbers"]),
            "quote": (self._follow_up, primary["quote"], primary["indirect"]),
            "indirect": (self._follow_up, primary["quote"], primary["topic"]),
            "reaction": (primary["reaction"], primary["quote"]),
            "analysis": (primary["analysis"], primary["quote"], primary["numbers"]),
            "background": (primary["background"], primary["background"], primary["numbers"]),
            "numbers": (primary["numbers"], primary["topic"], primary["analysis"]),
            "opinion": (
                primary["opinion"],
                primary["opinion"],
                primary["opinion"],
                primary["background"],
                primary["numbers"],
                primary["reaction"],
            ),
        }
        first = primary[kind]()
        if first is None:
            return []
        sents = [first]
        words = word_count(first)
        max_sentences = 6 if kind == "opinion" else 4
        while words < target_words and len(sents) < max_sentences:
            nxt = self.rng.choice(secondary[kind])()
            if nxt is None:
                break
            sents.append(nxt)
            words += word_count(nxt)
        return sents

    def _next_kind(self) -> str:
        if self.opinion:
            kinds = ("opinion", "background", "numbers", "quote", "analysis", "reaction")
            weights = (6.0, 1.5, 1.0, 1.0, 1.0, 0.5)
        else:
            kinds = ("topic", "quote", "indirect", "reaction", "analysis", "background", "numbers")
            weights = (3.5, 3.0, 2.0, 1.8, 1.8, 2.0, 1.5)
        return self.rng.choices(kinds, weights=weights)[0]

    def _lead(self, target_words: float) -> list[str]:
        ctx = self.ctx
        if self.opinion:
            first = self._from_pool(OPINION) or ""
            sents = [first]
            for _ in range(2):
                nxt = self._from_pool(BACKGROUND) if self.rng.random() < 0.5 else self._from_pool(OPINION)
                if nxt:
                    sents.append(nxt)
            return sents
        lead_t = self.topic.leads[self.lead_index]
        ctx.used.add(lead_t)
        lead = ctx.sentence(lead_t)
        if self.outlet_kind == "wire" and self.rng.random() < 0.7:
            city = ctx.fixed["A_cap"].upper()
            style = self.rng.randrange(3)
            if style == 0:
                lead = f"{city} ({self.outlet}) {MDASH} {lead}"
            elif style == 1:
                lead = f"{city}, {MONTHS[self.published.month - 1]} {self.published.day} -- {lead}"
            else:
                lead = f"{city} {MDASH} {lead}"
        sents = [lead]
        if self.rng.random() < 0.5:
            extra = self._from_pool(self.topic.body)
            if extra and word_count(lead) + word_count(extra) < target_words * 1.5:
                sents.append(extra)
        return sents

    def _closing(self) -> list[str]:
        if self.opinion:
            return [s for s in (self._from_pool(OPINION), self._from_pool(OPINION)) if s]
        s = self._from_pool(CLOSING)
        return [s] if s else []

    # -- header ----------------------------------------------------------------------------
    def _title(self) -> str:
        ctx = self.ctx
        ctx.headline = True
        try:
            if self.opinion:
                headline_t = self.rng.choice(OPINION_HEADLINES)
            elif self.rng.random() < 0.8:  # the headline that matches the lead sentence
                headline_t = self.topic.headlines[self.lead_index]
            else:  # the topic's general-purpose headline
                headline_t = self.topic.headlines[-1]
            title = ctx.fill(headline_t).replace("*", "")
            title = _cap_first(title.removeprefix("the "))  # "the US raises ..." -> "US raises ..."
        finally:
            ctx.headline = False
        if self.opinion and self.rng.random() < 0.4:
            title = "Opinion: " + title
        elif self.rng.random() < 0.25:
            title = _title_case(title)
        return title

    def _byline(self) -> str:
        style = self.rng.randrange(3)
        if style == 0:
            return f"By {self.author} / {self.outlet}"
        if style == 1:
            return f"By {self.author}, {self.outlet}"
        return f"By: {self.author}"

    def _date_line(self) -> str:
        d = self.published
        month = MONTHS[d.month - 1]
        style = self.rng.randrange(5)
        if style == 0:
            return d.isoformat()
        if style == 1:
            return f"{d.day} {month} {d.year}"
        if style == 2:
            return f"{month} {d.day}, {d.year}"
        if style == 3:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{WEEKDAYS[d.weekday()]}, {month} {d.day}, {d.year}"

    # -- assembly --------------------------------------------------------------------------
    def build(self) -> SyntheticArticle:
        rng = self.rng
        # Length target: right-skewed, 250..1200 words, mean around 600.
        target = 0.0
        while not 270 <= target <= 1140:
            target = 240 + rng.gammavariate(2.2, 165.0)
        n_lo = max(MIN_PARAGRAPHS, int(target / 85) + 1)
        n_hi = min(MAX_PARAGRAPHS - 2, int(target / 28))
        n_paras = rng.randint(n_lo, max(n_lo, n_hi))
        wpp = target / n_paras

        title = self._title()
        header = [title, "", self._byline(), self._date_line(), ""]
        header_words = sum(word_count(x) for x in header)

        paras: list[list[str]] = [self._lead(wpp)]
        running = header_words + _words_in(paras[0])

        # The closing paragraph is written last (so that first mentions of people come first);
        # reserve roughly one sentence for it while filling the body.
        closing_estimate = 30 if self.opinion else 15
        stalls = 0
        while (running + closing_estimate < target or len(paras) + 1 < MIN_PARAGRAPHS) and len(
            paras
        ) < MAX_PARAGRAPHS - 2:
            p = self._paragraph(self._next_kind(), wpp * rng.uniform(0.6, 1.4))
            if p:
                paras.append(p)
                running += _words_in(p)
                stalls = 0
            else:
                stalls += 1
                if stalls > 20:
                    break
        closing = self._closing()
        if closing:
            paras.append(closing)
        if self.outlet_kind == "wire" and not self.opinion and rng.random() < 0.3:
            paras.append([f"(Reporting by {self.author}; editing by {_person_name(rng)[0]})"])

        # Enforce the hard word limit (leaving room for subheadings) by trimming the middle.
        running = header_words + sum(_words_in(p) for p in paras)
        while running > MAX_WORDS - 20:
            victims = [i for i in range(1, len(paras) - 1) if len(paras[i]) > 1]
            if victims:
                running -= word_count(paras[victims[-1]].pop())
            elif len(paras) > MIN_PARAGRAPHS + 1:
                running -= _words_in(paras.pop(len(paras) - 2))
            else:
                break

        body_blocks = [" ".join(p) for p in paras if p]
        body_blocks = self._add_subheadings(body_blocks)
        text = "\n".join(header) + "\n" + "\n\n".join(body_blocks)
        return SyntheticArticle(
            id=self.id,
            title=title,
            text=text,
            outlet=self.outlet,
            author=self.author,
            published=self.published.isoformat(),
        )

    def _add_subheadings(self, blocks: list[str]) -> list[str]:
        rng = self.rng
        if self.opinion or len(blocks) < 8 or rng.random() > 0.35:
            return blocks
        pool = [*self.topic.subheads, *GENERIC_SUBHEADS]
        rng.shuffle(pool)
        count = min(len(blocks) // 5, 3)
        positions = sorted(rng.sample(range(3, len(blocks) - 1), k=max(1, count)))
        out: list[str] = []
        heads = iter(pool)
        for i, block in enumerate(blocks):
            if i in positions:
                out.append(self.ctx.fill(next(heads)).upper())
            out.append(block)
        return out


def generate(n: int, seed: int = 13) -> list[SyntheticArticle]:
    """Generate ``n`` synthetic articles; identical output for identical ``(n, seed)``."""
    if n < 0:
        raise ValueError("n must be non-negative")
    rng = random.Random(seed)
    return [_ArticleBuilder(rng, i, seed).build() for i in range(n)]


def write_jsonl(path: str | Path, articles: Iterable[SyntheticArticle]) -> None:
    """Write one JSON record per line: id, title, text, outlet, published, authors."""
    with Path(path).open("w", encoding="utf-8", newline="\n") as fh:
        for a in articles:
            record = {
                "id": a.id,
                "title": a.title,
                "text": a.text,
                "outlet": a.outlet,
                "published": a.published,
                "authors": [a.author],
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a synthetic news corpus as JSONL.")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="output .jsonl path")
    parser.add_argument("--seed", type=int, default=13, help="random seed (default: 13)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    articles = generate(args.n, seed=args.seed)
    write_jsonl(args.out, articles)
    elapsed = time.perf_counter() - t0
    words = [word_count(a.text) for a in articles]
    mean = sum(words) / len(words) if words else 0.0
    print(
        f"wrote {len(articles)} articles to {args.out} in {elapsed:.2f}s (mean {mean:.0f} words)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
