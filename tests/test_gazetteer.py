"""The gazetteer data: complete, consistent, and answering who held which office when."""

from __future__ import annotations

import json
from datetime import date

import pytest

from presslens.actors.gazetteer import _as_date, load_gazetteer
from presslens.resources import load_table

G20 = [
    "ARG",
    "AUS",
    "BRA",
    "CAN",
    "CHN",
    "FRA",
    "DEU",
    "IND",
    "IDN",
    "ITA",
    "JPN",
    "MEX",
    "RUS",
    "SAU",
    "ZAF",
    "KOR",
    "TUR",
    "GBR",
    "USA",
]
ALSO = ["UKR", "TWN", "IRN", "ISR", "PRK"]
OFFICES = {
    "head_of_state",
    "head_of_government",
    "deputy_head_of_state",
    "foreign_minister",
    "defence_minister",
    "security_adviser",
    "spokesperson",
    "supreme_leader",
    "igo_head",
    "igo_official",
    "group_leader",
    "other",
}


def test_every_iso_country_once() -> None:
    codes = [row["code"] for row in load_table("actors/countries")]
    assert len(codes) == len(set(codes)) >= 249
    assert all(len(c) == 3 and c.isupper() for c in codes)
    for code in ("RUS", "CHN", "USA", "TWN", "PSE", "HKG", "GRL", "ATA", "XKX"):
        assert code in codes


def test_organisations_and_members_are_consistent() -> None:
    countries = {row["code"] for row in load_table("actors/countries")}
    orgs = {row["code"]: row for row in load_table("actors/organizations")}
    for code in ("NATO", "UN", "EU", "SCO", "BRICS", "EAEU", "ASEAN", "WHO", "WEST"):
        assert code in orgs
    for row in orgs.values():
        assert row["kind"] in ("igo", "bloc", "org")
        assert set(row.get("members") or ()) <= countries, row["code"]
        assert row["code"] not in countries, f"{row['code']} is a country's code"  # NLD is the Netherlands
        assert row.get("country") is None or row["country"] in countries, row["code"]
    assert len(orgs["NATO"]["members"]) >= 32 and "FIN" in orgs["NATO"]["members"]


def test_people_have_valid_offices() -> None:
    gaz = load_gazetteer()
    assert len(gaz.people) >= 500
    for person in gaz.people:
        assert person.gender in ("m", "f"), person.id
        for office in person.offices:
            assert office.office in OFFICES, (person.id, office)
            assert _as_date(office.start, first=True) <= _as_date(office.end, first=False), (
                person.id,
                office,
            )


@pytest.mark.parametrize("day", [date(2021, 12, 23), date(2024, 6, 1)])
def test_g20_and_others_have_their_office_holders(day: date) -> None:
    gaz = load_gazetteer()
    missing = [
        (country, office)
        for country in G20 + ALSO
        for office in ("head_of_state", "head_of_government", "foreign_minister")
        if country != "PRK" and not gaz.people_in_office(country, office, day)
    ]
    assert not missing


@pytest.mark.parametrize(
    ("country", "office", "day", "name"),
    [
        ("USA", "head_of_state", date(2019, 6, 1), "Donald Trump"),
        ("USA", "head_of_state", date(2022, 6, 1), "Joe Biden"),
        ("RUS", "head_of_government", date(2010, 6, 1), "Vladimir Putin"),
        ("RUS", "foreign_minister", date(2021, 12, 23), "Sergei Lavrov"),
        ("CHN", "leader", date(2021, 12, 23), "Xi Jinping"),
        ("GBR", "head_of_government", date(2020, 6, 1), "Boris Johnson"),
        ("UKR", "head_of_state", date(2023, 1, 1), "Volodymyr Zelenskyy"),
    ],
)
def test_offices_are_time_aware(country: str, office: str, day: date, name: str) -> None:
    holders = [p.name for p in load_gazetteer().people_in_office(country, office, day)]
    assert any(name.split()[-1][:6] in h for h in holders), holders


def test_every_alias_resolves_to_a_known_entry() -> None:
    gaz = load_gazetteer()
    for bucket in gaz.index.values():
        for _key, aliases in bucket:
            for alias in aliases:
                assert alias.entry_id in gaz.entries


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("workers loyal to the Solidarity union", "Solidarity union"),
        ("workers loyal to the banned Solidarity union", "Solidarity"),  # the longer name wants its "the"
        ("the West warned", "West"),
        ("West Bank settlers", "West Bank"),
    ],
)
def test_a_name_that_wants_its_the_gives_way_to_a_shorter_one(text: str, found: str) -> None:
    assert [m.text for m in load_gazetteer().find(text)][:1] == [found]


def test_a_parsed_table_is_kept_as_json_and_a_bad_copy_is_ignored(tmp_path, monkeypatch) -> None:
    import yaml

    from presslens import resources

    monkeypatch.setenv("PRESSLENS_CACHE", str(tmp_path))
    resources.load_table.cache_clear()
    try:
        first = resources.load_table("actors/lexicon")
        (kept,) = tmp_path.glob("actors-lexicon-*.json")
        source = resources.resources.files("presslens") / "data" / "actors" / "lexicon.yaml"
        assert first == yaml.safe_load(source.read_text(encoding="utf-8"))
        resources.load_table.cache_clear()
        assert resources.load_table("actors/lexicon") == first  # read back from the JSON copy
        kept.write_text("{not json", encoding="utf-8")
        resources.load_table.cache_clear()
        assert resources.load_table("actors/lexicon") == first  # a damaged copy: parsed again, rewritten
        assert json.loads(kept.read_text(encoding="utf-8")) == first
    finally:
        resources.load_table.cache_clear()


def test_every_person_is_listed_once() -> None:
    ids = [p["id"] for p in load_table("actors/persons")]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
