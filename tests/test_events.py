"""The events analyzer on sentences written for these tests: compound and reciprocal sides, nominal
triggers, passives, negation, future, reported and conditional modality, and CAMEO coding."""

from __future__ import annotations

import pytest

from presslens.analyzers.events import coded_plover, is_main, noun_forms, verb_forms
from presslens.model import Event


@pytest.fixture(scope="module")
def events_of(analyze):
    def run(sentence: str) -> tuple[list[Event], object]:
        analysis = analyze(sentence, meta={"published": "2024-03-12"})
        return analysis.events, analysis

    return run


def _codes(analysis, ids: list[str]) -> set[str]:
    out = set()
    for i in ids:
        actor = analysis.actor(i)
        out.add(actor.country or actor.code)
    return out


def _sides(analysis, event: Event) -> tuple[set[str], set[str]]:
    """An event's sides as a GSR codes them: a country's code, IGO for an intergovernmental body, a person
    or a group as their country."""
    from presslens.eval.events import gsr_code

    def codes(ids: list[str]) -> set[str]:
        return {gsr_code(analysis.actor(i)) for i in ids} - {None}

    return codes(event.source_ids), codes(event.target_ids)


def _coded_sides(events_of, sentence: str, plover: str) -> tuple[set[str], set[str]]:
    """The sides of the first event of a sentence that codes as `plover` (intent and threats included)."""
    from presslens.analyzers.events import coded_plover

    events, analysis = events_of(sentence)
    hits = [e for e in events if coded_plover(e) == plover]
    assert hits, f"no {plover} event in {[(e.plover, e.text) for e in events]}"
    return _sides(analysis, hits[0])


def _lead(events_of, sentence: str) -> tuple[str | None, set[str], set[str]]:
    """A sentence's lead event (its first main one, as `presslens eval events` scores it): type and sides."""
    events, analysis = events_of(sentence)
    lead = next(e for e in sorted(events, key=lambda e: e.start) if is_main(e) and coded_plover(e))
    return (coded_plover(lead), *_sides(analysis, lead))


def _one(events: list[Event], plover: str) -> Event:
    hits = [e for e in events if e.plover == plover]
    assert hits, f"no {plover} event in {[(e.plover, e.text) for e in events]}"
    return hits[0]


@pytest.mark.parametrize("table", ["lexicons/events.yaml", "events/plover.yaml", "actors/organizations.yaml"])
def test_no_key_is_written_twice(table):
    """YAML lets a repeated key silently replace the first: every entry must be written once."""
    from importlib.resources import files

    import yaml

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        repeated = {k for k in keys if keys.count(k) > 1}
        assert not repeated, f"{table}: {sorted(map(str, repeated))} written twice"
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load((files("presslens") / "data" / table).read_text(encoding="utf-8"), Loader=Strict)


def test_inflections():
    assert {"agrees", "agreed", "agreeing"} <= verb_forms("agree")
    assert {"bans", "banned", "banning"} <= verb_forms("ban")
    assert {"visited", "visiting"} <= verb_forms("visit")
    assert {"denies", "denied"} <= verb_forms("deny")
    assert {"sanctions"} <= noun_forms("sanction") and {"embargoes"} <= noun_forms("embargo") | {"embargoes"}


def test_compound_source_one_event(events_of):
    events, a = events_of(
        "The United States, Britain, Australia and Canada announced a diplomatic boycott of the Games"
        " in Beijing."
    )
    boycott = _one(events, "PROTEST")
    assert boycott.mode == "boycott"
    assert _codes(a, boycott.source_ids) == {"USA", "GBR", "AUS", "CAN"}
    assert len([e for e in events if e.plover == "PROTEST"]) == 1
    assert len(boycott.sources) == 4  # one evidence span per actor


def test_compound_people_agree(events_of):
    events, a = events_of("Vladimir Putin and Xi Jinping agreed to extend the friendship treaty.")
    agree = _one(events, "AGREE")
    assert _codes(a, agree.source_ids) == {"RUS", "CHN"}
    assert agree.target_ids == [] and not agree.reciprocal


def test_reciprocal(events_of):
    events, a = events_of("Russia and China promised to support each other at the United Nations.")
    support = _one(events, "SUPPORT")
    assert support.reciprocal
    assert _codes(a, support.source_ids) == _codes(a, support.target_ids) == {"RUS", "CHN"}
    assert support.modality == "future"


def test_negation(events_of):
    events, a = events_of("Turkey did not expel the Swedish ambassador.")
    expel = _one(events, "SANCTION")
    assert expel.modality == "negated"
    assert coded_plover(expel) is None  # a conflict act that did not happen codes nothing
    assert _codes(a, expel.source_ids) == {"TUR"} and _codes(a, expel.target_ids) == {"SWE"}


def test_refusal_codes_as_reject(events_of):
    events, a = events_of("Hungary refused to send weapons to Ukraine.")
    reject = _one(events, "REJECT")
    assert _codes(a, reject.source_ids) == {"HUN"} and _codes(a, reject.target_ids) == {"UKR"}
    assert not [e for e in events if e.plover == "AID"]  # the refused act is the content, not an event


def test_future_aid_codes_as_intent(events_of):
    events, a = events_of("Germany will send weapons to Ukraine next month.")
    aid = _one(events, "AID")
    assert aid.modality == "future"
    assert coded_plover(aid) == "AGREE" and aid.cameo and aid.cameo.startswith("03")
    assert _codes(a, aid.target_ids) == {"UKR"}


def test_threat(events_of):
    events, a = events_of("Iran threatened to close the Strait of Hormuz to Western tankers.")
    threat = _one(events, "THREATEN")
    assert _codes(a, threat.source_ids) == {"IRN"}
    assert threat.quad_class == 3 and threat.intensity is not None and threat.intensity < 0


def test_reported_by_someone_else(events_of):
    events, a = events_of(
        '"Ukrainian drones attacked an oil depot in Belgorod overnight," the Russian defence ministry said.'
    )
    attack = _one(events, "ASSAULT")
    assert _codes(a, attack.source_ids) == {"UKR"}
    assert attack.modality == "claimed" and _codes(a, attack.claimant_ids) == {"RUS"}


def test_speaker_reporting_own_act_is_not_claimed(events_of):
    events, a = events_of("Poland said it had expelled two Belarusian diplomats.")
    expel = _one(events, "SANCTION")
    assert _codes(a, expel.source_ids) == {"POL"} and _codes(a, expel.target_ids) == {"BLR"}
    assert expel.modality == "asserted"


def test_conditional(events_of):
    events, _ = events_of("Brussels could impose new tariffs on Chinese cars if talks fail.")
    tariffs = _one(events, "SANCTION")
    assert tariffs.modality == "hypothetical"
    assert coded_plover(tariffs) == "THREATEN"


def test_an_act_in_a_condition_is_not_the_act_told(events_of):
    """ "Iraq will burn half of Israel if it is attacked": the attack is the condition, kept as hypothetical
    but never the sentence's main event."""
    events, _ = events_of("Iraq will burn half of Israel if it is attacked, President Saddam Hussein said.")
    attack = _one(events, "ASSAULT")
    assert attack.modality == "hypothetical"
    assert not is_main(attack)


def test_nominal_triggers(events_of):
    events, a = events_of("The continuing sanctions on Russia have pushed Moscow closer to Beijing.")
    sanctions = _one(events, "SANCTION")
    assert sanctions.text.endswith("sanctions")
    assert _codes(a, sanctions.target_ids) == {"RUS"}
    assert sanctions.modality == "ongoing"


def test_light_verb_takes_its_type_from_the_noun(events_of):
    events, a = events_of("The European Union imposed sanctions on Belarus on Monday.")
    sanctions = _one(events, "SANCTION")
    assert sanctions.text == "imposed sanctions"
    assert _codes(a, sanctions.target_ids) == {"BLR"}


def test_passive(events_of):
    events, a = events_of("Two Russian diplomats were expelled by Norway.")
    expel = _one(events, "SANCTION")
    assert _codes(a, expel.source_ids) == {"NOR"} and _codes(a, expel.target_ids) == {"RUS"}


def test_request(events_of):
    events, a = events_of("Egypt urged Israel and Hamas to agree to a ceasefire in Gaza.")
    request = _one(events, "REQUEST")
    assert _codes(a, request.source_ids) == {"EGY"}
    assert {"ISR"} <= _codes(a, request.target_ids)
    assert not [e for e in events if e.plover == "AGREE" and e.main]  # what is asked is not an event


@pytest.mark.parametrize(
    ("sentence", "source", "target", "cameo"),
    [
        ("Warsaw said Minsk must close the camps on the border.", "POL", "BLR", "100"),
        ("Ottawa said New Delhi should share what it knows about the killing.", "CAN", "IND", "020"),
        ("Tokyo says Seoul has to honour the 2015 accord.", "JPN", "KOR", "100"),
        ("Brazil wants Argentina to reopen the border crossing.", "BRA", "ARG", "020"),
    ],
)
def test_a_statement_that_another_party_must_act_is_a_request(events_of, sentence, source, target, cameo):
    events, a = events_of(sentence)
    request = _one(events, "REQUEST")
    assert _sides(a, request) == ({source}, {target}) and request.cameo == cameo
    assert len([e for e in events if e.main]) == 1  # what is demanded is its content, not a second event


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin said Russia must strengthen its air defences.",  # the speaker's own state: resolve, no demand
        "The minister said the sanctions must be lifted.",  # no one named to ask
        "Brazil wants to reopen the border crossing with Argentina.",  # an intention, not a request
    ],
)
def test_own_obligations_and_intentions_are_no_request(events_of, sentence):
    events, _ = events_of(sentence)
    assert not [e for e in events if e.plover == "REQUEST"]


def test_a_subject_the_parser_hung_on_an_opening_phrase(events_of):
    # the small parser makes "the Sudanese government" a conjunct of "memorandum" and leaves "agreed" bare
    events, a = events_of(
        "With the signing of a memorandum on the cessation of hostilities, the Sudanese government and"
        " the rebels have agreed to allow humanitarian access to all areas."
    )
    agree = _one(events, "AGREE")
    assert "SDN" in _codes(a, agree.source_ids)


def test_we_and_each_other_are_the_pair_the_story_is_about(events_of):
    events, a = events_of(
        'Kenya and Tanzania signed a border accord on Monday. "We firmly support each other," said the'
        " Kenyan president."
    )
    support = next(e for e in events if e.text == "support")
    assert _codes(a, support.source_ids) == {"KEN", "TZA"} == _codes(a, support.target_ids)
    assert support.reciprocal and support.modality == "asserted"  # the speaker tells his own side's act


def test_a_cleft_names_the_actor(events_of):
    events, a = events_of("It is Armenia the one trying to attack the villages near the border.")
    assert _codes(a, _one(events, "ASSAULT").source_ids) == {"ARM"}


def test_ethnic_groups_are_not_the_state_of_their_name(events_of):
    events, a = events_of("Hundreds of ethnic Uzbeks demonstrated in Kyrgyzstan on Friday.")
    protest = _one(events, "PROTEST")
    assert _codes(a, protest.source_ids) == {"KGZ"}  # where they protest, not Uzbekistan
    assert "UZB" not in {x.id for x in a.actors}


def test_a_purpose_clause_names_who_was_fired_on(events_of):
    events, a = events_of("Bolivian police opened fire to disperse striking miners near Oruro.")
    assault = _one(events, "ASSAULT")
    assert _codes(a, assault.source_ids) == {"BOL"} == _codes(a, assault.target_ids)
    assert assault.target_sector == "CVL" or assault.target_ids


def test_an_offered_act_is_intent(events_of):
    events, a = events_of("Seoul offered humanitarian aid to Pyongyang.")
    aid = _one(events, "AID")
    assert _codes(a, aid.source_ids) == {"KOR"} and _codes(a, aid.target_ids) == {"PRK"}
    assert aid.modality == "future" and coded_plover(aid) == "AGREE"  # CAMEO 03: intent to help


def test_traded_accusations_go_both_ways(events_of):
    events, a = events_of("Morocco and Algeria traded accusations over the border closure.")
    accuse = _one(events, "ACCUSE")
    assert accuse.reciprocal and _codes(a, accuse.target_ids) == {"MAR", "DZA"}


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Unidentified gunmen shot dead two aid workers in northern Mali on Sunday.", "MLI", "MLI"),
        ("A suicide bomber blew himself up among police recruits in the Iraqi city of Mosul.", "IRQ", "IRQ"),
        ("The junta expelled the French ambassador.", None, "FRA"),  # a state body is not its target's
    ],
)
def test_unnamed_attackers_and_bodies_in_a_one_country_story(events_of, sentence, source, target):
    events, a = events_of(sentence)
    event = next(e for e in events if e.main)
    assert _codes(a, event.source_ids) == ({source} if source else set())
    assert _codes(a, event.target_ids) == {target}


def test_seeking_something_is_a_request_but_seeking_to_is_trying(events_of):
    events, a = events_of("Ethiopia sought guarantees from Egypt on the dam.")
    request = _one(events, "REQUEST")
    assert _codes(a, request.source_ids) == {"ETH"} and _codes(a, request.target_ids) == {"EGY"}
    events, a = events_of("Russian forces sought to encircle the town of Avdiivka.")
    assert not [e for e in events if e.plover == "REQUEST"]
    assert _codes(a, _one(events, "COERCE").target_ids) == {"UKR"}


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        ("Doctors Without Borders airlifted 15 tonnes of medical supplies to Port-au-Prince.", "AID",
         None, "HTI"),
        ("Bangladesh contributed a battalion of 800 peacekeepers to help stabilise Liberia.", "AID",
         "BGD", "LBR"),
        ("Uganda's army gave Lord's Resistance Army commanders a two-week ultimatum to leave.", "THREATEN",
         "UGA", "UGA"),
        ("Nepal's Maoist rebels abided by the ceasefire with the government.", "RETREAT", "NPL", "NPL"),
        ("Saudi Arabia deposited $3 billion with Pakistan's central bank.", "AID", "SAU", "PAK"),
    ],
)  # fmt: skip
def test_material_acts_and_what_they_carry(events_of, sentence, plover, source, target):
    events, a = events_of(sentence)
    event = _one(events, plover)
    if source:
        assert _codes(a, event.source_ids) == {source}
    assert _codes(a, event.target_ids) == {target}


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("The Kenyan government told the strikers to return to work or face arrest.", "KEN", "KEN"),
        ("Striking nurses in Malawi were given 48 hours by the minister to return or face dismissal.", "MWI",
         "MWI"),
        ("Serbia must comply or face sanctions, the EU said.", "IGO", "SRB"),
    ],
)  # fmt: skip
def test_an_act_demanded_on_pain_of_a_penalty_is_a_threat(events_of, sentence, source, target):
    from presslens.eval.events import gsr_code

    events, a = events_of(sentence)
    threat = _one(events, "THREATEN")
    assert {gsr_code(a.actor(i)) for i in threat.source_ids} == {source}
    assert _codes(a, threat.target_ids) == {target}
    assert not [e for e in events if e.plover in ("SANCTION", "COERCE")]  # the penalty is no act


def test_a_state_body_in_a_speakers_words_is_the_speakers(events_of):
    events, a = events_of(
        "Israel's defence minister said the army was prepared to strike Hamas leaders in Gaza."
    )
    assert _codes(a, events[0].source_ids) == {"ISR"}


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        ("The downgrading of diplomatic links with Tonga by Fiji's government took effect.", "SANCTION",
         "FJI", "TON"),
        ("A general strike called by Nepal's opposition parties shut shops across Kathmandu.", "PROTEST",
         "NPL", "NPL"),
        ("Opposition activists held in Harare were tortured by state security agents.", "ASSAULT", "ZWE",
         "ZWE"),
        ("Fighters of Somalia's Islamic Courts Union massed on the outskirts of Baidoa.", "MOBILIZE", "SOM",
         "SOM"),
    ],
)  # fmt: skip
def test_nominal_passive_and_intransitive_acts(events_of, sentence, plover, source, target):
    events, a = events_of(sentence)
    assert _sides(a, _one(events, plover)) == ({source}, {target})


@pytest.mark.parametrize(
    ("sentence", "plover", "target"),
    [
        ("Zimbabwe's refusal to accept election observers from Britain was confirmed.", "REJECT", "GBR"),
        ("Russia's threat to aim missiles at Poland was repeated by a general.", "THREATEN", "POL"),
        ("Pakistan's call for India to reduce its troops was repeated on Monday.", "REQUEST", "IND"),
    ],
)
def test_a_nominal_request_threat_or_refusal_names_its_recipient_in_its_act(
    events_of, sentence, plover, target
):
    events, a = events_of(sentence)
    assert _codes(a, _one(events, plover).target_ids) == {target}


@pytest.mark.parametrize(
    ("sentence", "coded", "source", "target"),
    [
        ("Moscow warned Kyiv of consequences.", "THREATEN", "RUS", "UKR"),
        ("India said it would respond forcefully to any Chinese incursion.", "THREATEN", "IND", "CHN"),
        ("The army vowed to crush the rebels in the north of Chad.", "THREATEN", "TCD", "TCD"),
        ("France proposed that Ethiopia and Eritrea sign a peace accord.", "REQUEST", "FRA", "ETH"),
    ],
)
def test_warnings_vows_and_proposals(events_of, sentence, coded, source, target):
    events, a = events_of(sentence)
    lead = next(e for e in events if e.main)
    assert coded_plover(lead) == coded
    assert _codes(a, lead.source_ids) == {source} and target in _codes(a, lead.target_ids)


def test_an_act_against_any_comer_is_hypothetical(events_of):
    events, _ = events_of("India said it would respond forcefully to any Chinese incursion.")
    assert next(e for e in events if e.text == "incursion").modality == "hypothetical"


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Beijing voiced strong dissatisfaction with Tokyo.", "CHN", "JPN"),
        ("Turkey held Greece responsible for the incident.", "TUR", "GRC"),
        ("Baghdad charged that Iranian forces had shelled border villages.", "IRQ", "IRN"),
        ("The Indian home minister alleged that Pakistan's intelligence agency had trained the gunmen.",
         "IND", "PAK"),
    ],
)  # fmt: skip
def test_blame_in_its_many_forms_is_an_accusation(events_of, sentence, source, target):
    events, a = events_of(sentence)
    lead = next(e for e in events if e.main)
    assert lead.plover == "ACCUSE"
    assert _codes(a, lead.source_ids) == {source} and _codes(a, lead.target_ids) == {target}


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Serbia accepted the demands of the international community.", "SRB", None),
        ("Argentina met the demands of the IMF.", "ARG", "IGO"),
        ("Georgia granted autonomy to the Abkhaz region.", "GEO", "GEO"),  # a region of its own
        ("Nigeria's government reversed the fuel price increase after strikes.", "NGA", "NGA"),  # at home
    ],
)
def test_yielding_is_a_concession(events_of, sentence, source, target):
    from presslens.eval.events import gsr_code

    events, a = events_of(sentence)
    concede = _one(events, "CONCEDE")
    assert _codes(a, concede.source_ids) == {source}
    assert {gsr_code(a.actor(i)) for i in concede.target_ids} - {None} == ({target} if target else set())


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        ("The EU earmarked 20 million euros for refugees in Chad.", "AID", "IGO", "TCD"),
        ("The U.S. airlifted food to earthquake victims in Haiti.", "AID", "USA", "HTI"),
        ("Iran executed two Kurdish activists.", "ASSAULT", "IRN", "IRN"),
        ("Russia blocked access to Facebook.", "COERCE", "RUS", "RUS"),  # censorship at home is domestic
    ],
)
def test_aid_where_it_lands_and_repression_of_ones_own(events_of, sentence, plover, source, target):
    events, a = events_of(sentence)
    assert _sides(a, _one(events, plover)) == ({source}, {target} if target else set())


def test_hanging_people_is_killing_and_a_valley_is_no_capital(events_of):
    events, a = events_of("Iran hanged three men convicted of spying.")
    # men of no named nation, acted on by one state, are its own (CAMEO's domestic coding)
    assert _sides(a, next(e for e in events if e.main)) == ({"IRN"}, {"IRN"})
    events, a = events_of("Indian and Chinese troops clashed in the Galwan Valley.")
    assert "AIA" not in {x.id for x in a.actors}  # Anguilla's capital is "The Valley"
    events, _ = events_of("Protesters hung a banner on the embassy gate.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_executing_a_plan_is_no_event(events_of):
    events, _ = events_of("The Kenyan government executed the plan in March.")
    assert not events


def test_who_bombs_says_how(events_of):
    events, _ = events_of("Basque separatists bombed a police station in Bilbao.")
    assert _one(events, "ASSAULT").mode == "explosives"
    events, _ = events_of("Israeli jets bombed targets in Gaza.")
    assert _one(events, "ASSAULT").mode == "aerial"


def test_whose_side_a_phrase_names(events_of):
    events, a = events_of("A spokesman for the Turkish foreign ministry condemned the attack.")
    assert _codes(a, _one(events, "ACCUSE").source_ids) == {"TUR"}
    events, a = events_of("The Kosovo Albanian leader rejected the Serbian plan.")
    assert _codes(a, _one(events, "REJECT").source_ids) == {"XKX"}  # the place named, not the people
    events, a = events_of("The Ugandan-backed rebels attacked a Congolese army post.")
    assert "UGA" not in _codes(a, _one(events, "ASSAULT").source_ids)  # backed by Uganda, not Uganda


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        ("Workers at the Chilean copper mine walked off the job.", "PROTEST", "CHL", "CHL"),
        ("Farmers in India blockaded highways around Delhi.", "PROTEST", "IND", "IND"),  # not a siege
        ("The rebel commander surrendered to Ugandan troops.", "RETREAT", "UGA", "UGA"),
        ("The Chinese premier arrived in Moscow on a three-day visit.", "CONSULT", "CHN", "RUS"),
    ],
)
def test_who_protests_surrenders_and_visits(events_of, sentence, plover, source, target):
    events, a = events_of(sentence)
    assert _sides(a, _one(events, plover)) == ({source}, {target})


def test_an_act_warned_against_is_not_the_warners(events_of):
    events, a = events_of("NATO's secretary general warned Russia against an invasion.")
    assert not [e for e in events if e.plover == "ASSAULT" and "IGO" in _codes(a, e.source_ids)]
    assert not [e for e in events if "NATO" in e.source_ids and e.plover == "ASSAULT"]


def test_a_claim_about_ones_own_side_asks_no_one(events_of):
    events, a = events_of("Beijing insists that its heat pump makers receive no state subsidies.")
    assert not [e for e in events if e.plover == "REQUEST"]
    events, a = events_of("Chad insisted that French troops leave by the end of the month.")
    assert _codes(a, _one(events, "REQUEST").target_ids) == {"FRA"}
    events, a = events_of("Sergei Lavrov warned that Moscow would not extend the grain deal.")
    assert "RUS" not in _codes(a, _one(events, "THREATEN").target_ids)  # his own state is not threatened


@pytest.mark.parametrize(
    "sentence",
    [
        "The campaign manager insisted that the mayor had won the recount.",  # a claim, not a demand
        '"The order went out the moment the fire turned," the fire chief insisted.',
        "The college warned that the boosters would do little good unless supplies improved.",  # a forecast
    ],
)
def test_claims_and_forecasts_are_no_requests_or_threats(events_of, sentence):
    events, _ = events_of(sentence)
    assert not [e for e in events if e.plover in ("REQUEST", "THREATEN")]


def test_a_warning_of_an_act_is_a_threat(events_of):
    events, a = events_of("North Korea warned that it would take strong countermeasures against South Korea.")
    threat = _one(events, "THREATEN")
    assert _codes(a, threat.source_ids) == {"PRK"} and _codes(a, threat.target_ids) == {"KOR"}


def test_an_order_to_a_paper_or_party_to_stop_is_coercion(events_of):
    events, _ = events_of("The Kenyan government ordered the opposition newspaper to suspend publication.")
    assert _one(events, "COERCE").mode == "censor"
    events, _ = events_of("The Kenyan government ordered the opposition party to disband.")
    assert _one(events, "COERCE").mode == "ban"
    events, _ = events_of("Kenya's court ordered the government to stop the deportations.")
    assert _one(events, "REQUEST")  # a state body told to stop is asked, not coerced


def test_the_patient_of_a_passive_governor_acts_below_it(events_of):
    events, a = events_of("Vietnam is committed to opening up its economy.")
    assert _codes(a, _one(events, "CONCEDE").source_ids) == {"VNM"}
    events, a = events_of("Iraq was forced to withdraw its troops from Kuwait.")
    assert _codes(a, _one(events, "RETREAT").source_ids) == {"IRQ"}


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        ("Ethiopian troops, backed by tanks, pushed into Somalia on Sunday.", "ASSAULT", "ETH", "SOM"),
        ("Protesters occupied the parliament building in Colombo.", "PROTEST", "LKA", "LKA"),
    ],
)
def test_entering_and_occupying(events_of, sentence, plover, source, target):
    events, a = events_of(sentence)
    assert _sides(a, _one(events, plover)) == ({source}, {target})


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("North Korea is building new missiles aimed at Japan.", "PRK", "JPN"),
        ("Iran is enriching uranium to weapons grade.", "IRN", None),
    ],
)  # fmt: skip
def test_arming_is_a_show_of_force(events_of, sentence, source, target):
    events, a = events_of(sentence)
    arming = _one(events, "MOBILIZE")
    assert arming.mode == "weapons" and _codes(a, arming.source_ids) == {source}
    assert _codes(a, arming.target_ids) == ({target} if target else set())


def test_producing_goods_is_no_event(events_of):
    events, _ = events_of("Kenya produces tea for export to Britain.")
    assert not events


def test_a_denied_act_is_not_the_deniers(events_of):
    events, a = events_of("The Taliban denied involvement in the attack on the Kabul hotel.")
    assert not [e for e in events if "AFG" in _codes(a, e.source_ids)]


def test_whom_an_agreed_act_lets_do_something(events_of):
    events, a = events_of("Iraq agreed to allow UN weapons inspectors to return.")
    agree = _one(events, "AGREE")
    assert _codes(a, agree.source_ids) == {"IRQ"} and "UN" in agree.target_ids


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        ("Sri Lanka's government and the Tamil Tigers agreed in Oslo to explore a federal solution.", "AGREE",
         {"LKA"}, set()),  # two parties acting together: both sources, no recipient (as the GSR codes it)
        ("Qatar's neighbours demanded that Doha close the Al Jazeera television network.", "REQUEST",
         set(), {"QAT"}),  # Qatar's neighbours are not Qatar
        ("The Greek and Turkish foreign ministers met on the sidelines of the UN General Assembly.",
         "CONSULT", {"GRC", "TUR"}, set()),  # the setting is no side
        ("Spanish and Moroccan police carried out joint raids against people-smuggling networks.",
         "COOPERATE", {"ESP", "MAR"}, set()),
        ("Brazilian army engineers handed out water and rice to survivors in the Haitian capital.", "AID",
         {"BRA"}, {"HTI"}),
        ("Zimbabwean police detained the editor of the Daily News in Harare.", "COERCE", {"ZWE"}, {"ZWE"}),
        ("A suicide bomber killed 22 people at a mosque in the Pakistani town of Chakwal.", "ASSAULT",
         {"PAK"}, {"PAK"}),
        ("Washington told Ankara it would face sanctions if it bought the Russian missiles.", "THREATEN",
         {"USA"}, {"TUR"}),
    ],
)  # fmt: skip
def test_sides_in_wire_copy(events_of, sentence, plover, source, target):
    events, a = events_of(sentence)
    lead = next(e for e in events if e.main)
    assert lead.plover == plover and _sides(a, lead) == (source, target)


def test_a_place_of_ones_own_country_aimed_at_is_a_recipient(events_of):
    events, a = events_of("Syrian troops shelled Homs.")
    assert _codes(a, _one(events, "ASSAULT").target_ids) == {"SYR"}
    events, a = events_of("Georgia sent tanks and artillery towards the breakaway region of South Ossetia.")
    assert _codes(a, _one(events, "MOBILIZE").target_ids) == {"GEO"}
    events, a = events_of("Taiwan's armed forces staged live-fire drills on the outlying island of Penghu.")
    assert _one(events, "MOBILIZE").target_ids == []  # where the drills are, not whom they aim at


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        ("Nigeria recalled its troops from Sierra Leone.", "RETREAT", "NGA", "SLE"),
        ("Nigeria recalled its ambassador from Ghana.", "SANCTION", "NGA", "GHA"),
        ("Chinese warships entered Japanese waters near the disputed islands.", "MOBILIZE", "CHN", "JPN"),
    ],
)
def test_recalling_and_entering(events_of, sentence, plover, source, target):
    events, a = events_of(sentence)
    assert _sides(a, _one(events, plover)) == ({source}, {target})


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        ("Turkey withdrew its objection to Sweden's NATO membership.", "CONCEDE", "TUR", "IGO"),
        ("Russia withdrew its troops from Georgia.", "RETREAT", "RUS", "GEO"),
        (
            "The military government handed power to a civilian administration in Niger.",
            "CONCEDE",
            "NER",
            "NER",
        ),
    ],
)
def test_withdrawing_an_objection_or_handing_over_power_is_yielding(
    events_of, sentence, plover, source, target
):
    events, a = events_of(sentence)
    assert _sides(a, _one(events, plover)) == ({source}, {target})


def test_neutral_sentence_has_no_events(events_of):
    events, _ = events_of("The weather in Lisbon was mild and the markets were quiet on Tuesday.")
    assert events == []


def test_events_round_trip_in_json(events_of):
    from presslens.model import Analysis

    _, a = events_of("Japan and South Korea held talks in Tokyo on Friday.")
    assert a.events and Analysis.model_validate_json(a.model_dump_json()) == a


def test_lexicon_words_are_words():
    """YAML reads a bare `on` or `no` as a boolean; every word of the trigger lexicon must stay a word."""
    from presslens.resources import load_table

    def walk(value):
        if isinstance(value, bool):
            raise AssertionError(f"a boolean where a word belongs: {value}")
        if isinstance(value, dict):
            for k, v in value.items():
                if k not in ("reciprocal",):
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(load_table("lexicons/events"))


def test_accused_each_other_is_reciprocal(events_of):
    events, a = events_of("Armenia and Azerbaijan accused each other of shelling villages near the border.")
    accuse = _one(events, "ACCUSE")
    assert accuse.reciprocal and _codes(a, accuse.target_ids) == {"ARM", "AZE"}
    assert not [e for e in events if e.plover == "ASSAULT"]  # the charge is not a second event


def test_aid_counted_in_money(events_of):
    events, a = events_of("The European Union announced 50 million euros in aid for Moldovan farmers.")
    aid = _one(events, "AID")
    assert _codes(a, aid.source_ids) == {"EU"} and _codes(a, aid.target_ids) == {"MDA"}


def test_conditional_threat_names_who_must_comply(events_of):
    events, a = events_of("Turkey threatened to cut its gas supplies unless Greece withdrew its warships.")
    threat = _one(events, "THREATEN")
    assert threat.condition is not None and threat.condition.text.startswith("unless")
    assert _codes(a, threat.target_ids) == {"GRC"}


def test_readied_attack_is_a_show_of_force(events_of):
    events, a = events_of("The Serbian army prepared to shell rebel positions in Kosovo.")
    readied = _one(events, "MOBILIZE")
    assert readied.modality == "asserted" and _codes(a, readied.source_ids) == {"SRB"}


def test_event_dates_resolve_against_publication():
    from datetime import date

    from presslens.analyzers.events import resolve_day

    wednesday = date(2024, 3, 13)
    assert resolve_day("on tuesday", wednesday) == date(2024, 3, 12)
    assert resolve_day("tuesday", wednesday, ahead=True) == date(2024, 3, 19)
    assert resolve_day("yesterday", wednesday) == date(2024, 3, 12)
    assert resolve_day("september 29", wednesday) == date(2023, 9, 29)  # a past act: last September
    assert resolve_day("29 september", wednesday, ahead=True) == date(2024, 9, 29)
    assert resolve_day("last week", wednesday) is None


def test_event_date_and_place_in_an_article(events_of):
    events, a = events_of("Poland expelled two Russian diplomats in Warsaw on Monday.")
    expel = _one(events, "SANCTION")
    assert a.meta.published == "2024-03-12"  # a Tuesday
    assert expel.date == "2024-03-11"
    assert expel.location is not None and expel.location.text == "Warsaw"


def test_own_event_set_floor():
    """Regression floors on the sets of sentences written for the project (tests/fixtures/events): the coder
    was developed on them, so these guard against regressions; the unseen figure is the GSR's held-out half.
    Sets three to forty-two were coded before any of them was run; blind they scored type F1 / full F1 of
    0.826 / 0.630 (48 sentences), 0.867 / 0.733 (94), 0.905 / 0.757 (78), 0.850 / 0.598 (66),
    0.835 / 0.757 (54), 0.824 / 0.682 (46), 0.903 / 0.839 (33), 0.916 / 0.839 (79, re-coded gold),
    0.895 / 0.719 (58), 0.958 / 0.854 (50), 0.924 / 0.759 (75, re-coded gold; 0.869 / 0.690 as first
    coded), 0.966 / 0.793 (59, re-coded gold; 0.931 / 0.759 as first coded), 0.853 / 0.507 (40 long
    sentences, re-coded gold; 0.827 / 0.480 as first coded), 0.816 / 0.684 (40 long sentences, re-coded
    gold; 0.789 / 0.658 as first coded), 0.861 / 0.684 (40 long sentences, re-coded gold; 0.810 / 0.633
    as first coded), 0.921 / 0.789 (40 long sentences) and 0.975 / 0.875 (40 long sentences, re-coded gold;
    0.875 / 0.800 as first coded), 0.914 / 0.886 (36 long sentences, re-coded gold; 0.829 / 0.800 as
    first coded), 0.974 / 0.821 (40 long sentences, re-coded gold; 0.923 / 0.744 as first coded),
    0.925 / 0.800 (40 long sentences, re-coded gold; 0.875 / 0.750 as first coded), 0.730 / 0.622 (40
    sentences in less common wordings), 0.883 / 0.805 (40 more), 0.831 / 0.779 (40 of yielding, sanctions
    and coercion), 0.911 / 0.785 (40 of 1980s wire copy) and 0.622 / 0.378 (40 acts told from the
    recipient's side, re-coded gold; 0.622 / 0.351 as first coded), 0.925 / 0.875 (40 that tell more
    than one act), 0.883 / 0.649 (40 modality traps), 0.974 / 0.846 (40 actors named in roundabout
    ways), 0.828 / 0.655 (30 of yielding and sanctions), 0.667 / 0.596 (30 less common acts), 0.877 /
    0.842 (30 of attributed wire copy), 0.949 / 0.881 (30 of threats, demands and attacks), 0.933 / 0.933
    (30 acts beside words for deals, as first coded; 1.000 / 1.000 re-coded), 0.960 / 0.880 (38 of 1990s
    wire copy), 0.877 / 0.795 (38 of 1980s wire copy), 0.958 / 0.930 (36 requests, charges, refusals and
    threats), 0.971 / 0.886 (36 deeds), 0.983 / 0.915 (30 naming three or more parties), 0.896 / 0.806
    (34 of 2000s and 2010s wire copy) and 0.931 / 0.793 (30 of African wire copy). The CAMEO batteries
    (sets 112 and 113, sentences for each of 156 CAMEO codes) scored 0.883 / 0.777 and 0.877 / 0.776 on the
    code before them; set 113 was written blind to the fixes set 112 led to. Set 114 (224 sentences of hard
    wire copy) scored 0.938 / 0.784 on the code before it; set 115 (224 more, by two other writers) 0.934 /
    0.803 on the code before it; set 116 (216 weighted to demands, criticism, inquiries, concessions,
    talks and aid, by two more writers) 0.944 / 0.850; set 117 (224 hard on the actors, by two more) 0.888
    / 0.802 (0.907 / 0.820 with four codings corrected to the written conventions); set 118 (224 with a
    second event beside the coded one, by two more) 0.942 / 0.785; set 119 (224 hard on the recipient, a
    fifth with none, by two more) 0.903 / 0.749."""
    from pathlib import Path

    from conftest import SCORES
    from presslens.eval.events import evaluate_events

    folder = Path(__file__).parent / "fixtures" / "events"
    floors = {"presslens-events": (160, 0.85, 0.55), "presslens-events-2": (160, 0.75, 0.40)}
    floors["presslens-events-3"] = (48, 0.80, 0.60)
    floors["presslens-events-4"] = (94, 0.85, 0.70)
    floors["presslens-events-5"] = (78, 0.85, 0.70)
    floors["presslens-events-6"] = (66, 0.85, 0.70)
    floors["presslens-events-7"] = (54, 0.85, 0.70)
    floors["presslens-events-8"] = (46, 0.85, 0.70)
    floors["presslens-events-9"] = (33, 0.85, 0.70)
    floors["presslens-events-10"] = (79, 0.85, 0.70)
    floors["presslens-events-11"] = (58, 0.85, 0.70)
    floors["presslens-events-12"] = (50, 0.85, 0.70)
    floors["presslens-events-13"] = (75, 0.85, 0.70)
    floors["presslens-events-14"] = (59, 0.85, 0.70)
    floors["presslens-events-15"] = (40, 0.80, 0.60)
    floors["presslens-events-16"] = (40, 0.85, 0.70)
    floors["presslens-events-17"] = (40, 0.85, 0.70)
    floors["presslens-events-18"] = (40, 0.85, 0.70)
    floors["presslens-events-19"] = (40, 0.85, 0.70)
    floors["presslens-events-20"] = (36, 0.85, 0.70)
    floors["presslens-events-21"] = (40, 0.85, 0.70)
    floors["presslens-events-22"] = (40, 0.85, 0.70)
    floors["presslens-events-23"] = (40, 0.85, 0.70)
    floors["presslens-events-24"] = (40, 0.85, 0.70)
    floors["presslens-events-25"] = (40, 0.85, 0.70)
    floors["presslens-events-26"] = (40, 0.85, 0.70)
    floors["presslens-events-27"] = (40, 0.80, 0.70)
    floors["presslens-events-28"] = (40, 0.85, 0.70)
    floors["presslens-events-29"] = (40, 0.85, 0.70)
    floors["presslens-events-30"] = (40, 0.85, 0.70)
    floors["presslens-events-31"] = (30, 0.85, 0.70)
    floors["presslens-events-32"] = (30, 0.80, 0.70)
    floors["presslens-events-33"] = (30, 0.85, 0.70)
    floors["presslens-events-34"] = (30, 0.85, 0.70)
    sizes = (
        (35, 30), (36, 38), (37, 38), (38, 36), (39, 36), (40, 30), (41, 34), (42, 30), (43, 34), (44, 36),
        (45, 36), (46, 36), (47, 26), (48, 36), (49, 36), (50, 30), (51, 32), (52, 30), (53, 30), (54, 30),
        (55, 30), (56, 30), (57, 30), (58, 30), (59, 30), (60, 30), (61, 30), (62, 30), (63, 30), (64, 30),
        (65, 30), (66, 30), (67, 30), (68, 30), (69, 30), (70, 30), (71, 30), (72, 30), (73, 30), (74, 30),
        (75, 30), (76, 30), (77, 30), (78, 30), (79, 30), (80, 30), (81, 30),
        (82, 30), (83, 30), (84, 30), (85, 30), (86, 30), (87, 30), (88, 30), (89, 30), (90, 30), (91, 30),
        (92, 30), (93, 30), (94, 30), (95, 30), (96, 30), (97, 30), (98, 30), (99, 30), (100, 30), (101, 20),
        (102, 30), (103, 30), (104, 30), (105, 30), (106, 30), (107, 30), (108, 30), (109, 30), (110, 30),
        (111, 32),
    )  # fmt: skip
    for number, size in sizes:
        floors[f"presslens-events-{number}"] = (size, 0.85, 0.75)
    # the CAMEO batteries: three sentences per code, then two more written blind to the first round's fixes
    floors["presslens-events-112"] = (468, 0.90, 0.78)
    floors["presslens-events-113"] = (312, 0.85, 0.75)
    # hard wire copy (datelines, titled surnames, armed groups, nested targets), written blind to its fixes
    floors["presslens-events-114"] = (224, 0.92, 0.80)
    floors["presslens-events-115"] = (224, 0.92, 0.78)  # a fourth such battery, by two more writers
    # demands, criticism, inquiries, concessions, talks and aid, the types the GSR tune half holds few of
    floors["presslens-events-116"] = (216, 0.92, 0.82)
    # actors made hard: lesser officials, state bodies, capitals, domestic groups, compound sides
    floors["presslens-events-117"] = (224, 0.92, 0.83)
    # and hard on the choice of event: a second event beside the coded one in about half of them
    floors["presslens-events-118"] = (224, 0.93, 0.86)
    # and hard on the recipient: named by a capital, a title, an adjective or late; or none at all
    floors["presslens-events-119"] = (224, 0.88, 0.74)
    # in a coding manual's manner, weighted as the PLOVER records; speech and nouns; short manual examples
    floors["presslens-events-120"] = (224, 0.95, 0.85)
    floors["presslens-events-121"] = (224, 0.94, 0.82)
    floors["presslens-events-122"] = (224, 0.96, 0.77)
    # regions seldom touched; sides made hard; modality and second clauses; people without a country word;
    # less common wordings (two rounds); domestic politics; the records' loose manner
    floors["presslens-events-123"] = (200, 0.97, 0.79)
    floors["presslens-events-124"] = (200, 0.95, 0.76)
    floors["presslens-events-125"] = (200, 0.95, 0.89)
    floors["presslens-events-126"] = (200, 0.92, 0.79)
    floors["presslens-events-127"] = (200, 0.82, 0.67)
    floors["presslens-events-128"] = (200, 0.92, 0.77)
    floors["presslens-events-129"] = (200, 0.94, 0.77)
    floors["presslens-events-130"] = (200, 0.88, 0.76)
    floors["presslens-events-131"] = (200, 0.94, 0.85)
    # long leads; roundabout actors; hidden recipients; passives and nouns; many-sided wars; diplomacy and
    # money; asides between subject and verb; the records' loose manner with money and debt
    floors["presslens-events-132"] = (200, 0.91, 0.82)
    floors["presslens-events-133"] = (200, 0.95, 0.89)
    floors["presslens-events-134"] = (200, 0.96, 0.83)
    floors["presslens-events-135"] = (200, 0.92, 0.77)
    floors["presslens-events-136"] = (200, 0.96, 0.83)
    floors["presslens-events-137"] = (200, 0.92, 0.79)
    floors["presslens-events-138"] = (200, 0.90, 0.74)
    floors["presslens-events-139"] = (200, 0.95, 0.81)
    # leaders by surname or capital; short strong-verb leads; possessives and nouns; modality and reports;
    # a mixture written after the first fixes; wire copy of 2010-2024
    floors["presslens-events-140"] = (200, 0.96, 0.87)
    floors["presslens-events-141"] = (200, 0.96, 0.93)
    floors["presslens-events-142"] = (200, 0.95, 0.84)
    floors["presslens-events-143"] = (200, 0.94, 0.86)
    floors["presslens-events-144"] = (200, 0.95, 0.88)
    floors["presslens-events-145"] = (200, 0.92, 0.83)
    # sides that are not governments; sources after the first side named; 1990s wire; a blind 2000s mixture
    floors["presslens-events-146"] = (200, 0.95, 0.82)
    floors["presslens-events-147"] = (200, 0.93, 0.81)
    floors["presslens-events-148"] = (200, 0.96, 0.89)
    floors["presslens-events-149"] = (200, 0.91, 0.75)
    # 1980s wire; compound and reciprocal sides; 2013-2024 wire; a blind plain mixture of 1985-2020
    floors["presslens-events-150"] = (200, 0.97, 0.92)
    floors["presslens-events-151"] = (200, 0.94, 0.88)
    floors["presslens-events-152"] = (200, 0.92, 0.78)
    floors["presslens-events-153"] = (200, 0.95, 0.89)
    for name, (size, type_floor, full_floor) in floors.items():
        result = evaluate_events(folder / f"{name}.json")
        figures = (result["type_f1"], result["actor_f1"], result["full_f1"])
        SCORES[f"events {name} (lead)"] = "type F1 {:.3f}, actor F1 {:.3f}, full F1 {:.3f}".format(*figures)
        assert result["n_sentences"] == size and result["n_failed"] == 0
        assert result["type_f1"] >= type_floor, name
        assert result["full_f1"] >= full_floor, name


def test_plover_gsr_scores():
    """The PLOVER gold-standard records in ../shared: the tuned half and the held-out half, reported."""
    from conftest import SCORES, shared_path
    from presslens.eval.events import evaluate_events

    path = shared_path("datasets", "plover-gsr-dev", "plover_gsr_dev.json")
    for split in ("tune", "unseen"):
        result = evaluate_events(path, split=split)
        prf = "/".join(f"{result[f'type_{k}']:.3f}" for k in ("precision", "recall", "f1"))
        SCORES[f"events PLOVER GSR {split}"] = (
            f"type P/R/F1 {prf}, actor F1 {result['actor_f1']:.3f}, full F1 {result['full_f1']:.3f}"
            f" ({result['n_sentences']} sentences)"
        )
        assert result["n_rejected"] == 0 and result["n_failed"] == 0
        assert result["type_f1"] >= 0.6, split


def test_passive_light_verb(events_of):
    """The event noun of a passive comes before its verb: the trigger span still runs forward."""
    events, a = events_of("A general amnesty was granted by Tajikistan's president to hundreds of fighters.")
    amnesty = [e for e in events if "amnesty" in e.text]
    assert amnesty and amnesty[0].start < amnesty[0].end
    assert _codes(a, amnesty[0].source_ids) == {"TJK"}


def test_domestic_recipient_takes_the_actors_country(events_of):
    events, a = events_of("Belarusian police detained dozens of opposition supporters in Minsk on Sunday.")
    detained = _one(events, "COERCE")
    assert detained.target_sector == "OPP"
    assert _codes(a, detained.source_ids) == _codes(a, detained.target_ids) == {"BLR"}


def test_a_protest_that_names_no_one_targets_its_own_government(events_of):
    events, a = events_of("Chilean dockworkers went on strike on Monday over pay.")
    strike = _one(events, "PROTEST")
    assert _codes(a, strike.source_ids) == _codes(a, strike.target_ids) == {"CHL"}
    events, a = events_of("Chilean dockworkers protested outside the Argentine embassy against Argentina.")
    assert _codes(a, _one(events, "PROTEST").target_ids) == {"ARG"}


def test_mutual_act_named_by_a_noun(events_of):
    events, a = events_of("The U.S.-China trade war has pushed up prices for farmers in both countries.")
    war = _one(events, "SANCTION")
    assert war.text == "trade war" and war.reciprocal
    assert _codes(a, war.source_ids) == _codes(a, war.target_ids) == {"USA", "CHN"}


def test_context_from_the_sentence(events_of):
    events, _ = events_of("China and Russia held joint naval exercises with warships near Japan.")
    drills = _one(events, "COOPERATE")
    assert "military" in drills.context
    events, _ = events_of("The European Union imposed tariffs on Chinese electric cars.")
    assert "economic" in _one(events, "SANCTION").context


def test_unnamed_side_of_an_attack_takes_the_place(events_of):
    # written for this test: the attacker is unnamed, so CAMEO codes it by the place, as unidentified forces
    events, a = events_of("A car bomb near the market in Mosul killed four people on Friday.")
    attack = _one(events, "ASSAULT")
    assert _codes(a, attack.source_ids) == _codes(a, attack.target_ids) == {"IRQ"}
    assert attack.source_sector == "UAF" and attack.sources[0].text == "Mosul"
    events, a = events_of("Russian missiles struck a power station in Kharkiv.")
    attack = _one(events, "ASSAULT")
    assert _codes(a, attack.source_ids) == {"RUS"} and _codes(a, attack.target_ids) == {"UKR"}


def test_curfew_in_a_town_acts_on_its_country(events_of):
    events, a = events_of("Turkish authorities imposed a curfew in the town of Cizre after the protests.")
    curfew = _one(events, "COERCE")
    assert _codes(a, curfew.source_ids) == _codes(a, curfew.target_ids) == {"TUR"}


def test_named_side_is_not_replaced_by_the_place(events_of):
    events, a = events_of("Israeli jets bombed Hezbollah positions in southern Lebanon.")
    attack = _one(events, "ASSAULT")
    assert _codes(a, attack.source_ids) == {"ISR"} and attack.source_sector != "UAF"


def test_domestic_group_named_inside_the_object(events_of):
    events, a = events_of("Authorities in Malawi lifted a ban on opposition rallies on Monday.")
    lifted = _one(events, "CONCEDE")
    assert lifted.target_sector == "OPP"
    assert _codes(a, lifted.source_ids) == _codes(a, lifted.target_ids) == {"MWI"}


def test_a_country_named_in_a_title_takes_its_domestic_recipients(events_of):
    # "Azerbaijan's president" is one mention (the office holder's), but Azerbaijan is named: it is an
    # actor of the article, and the prisoners he pardons are Azerbaijan's (CAMEO codes domestic events so)
    events, analysis = events_of(
        "Azerbaijan's president pardoned 119 prisoners in a decree issued on Friday."
    )
    azerbaijan = analysis.actor("AZE")
    assert azerbaijan is not None and azerbaijan.mentions == []
    (pardon,) = [e for e in events if e.plover == "CONCEDE"]
    assert pardon.target_ids == ["AZE"] and pardon.target_sector == "CVL"
    assert analysis.actor(pardon.source_ids[0]).country == "AZE"


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        # whom the act lets do something is its recipient; "help" counts when it names whom it helps
        ("China said it stood ready to help Pakistan rebuild its power grid.", "AID", "CHN", "PAK"),
        ("Moscow defended the Syrian government against charges of using chemical arms.", "SUPPORT", "RUS",
         "SYR"),
        ("The Indian premier talked by telephone with the Japanese prime minister.", "CONSULT", "IND", "JPN"),
        ("Panama handed over a wanted Colombian drug baron to the authorities in Bogota.", "COOPERATE", "PAN",
         "COL"),
        ("Saudi Arabia gave Jordan a $300 million grant for its budget.", "AID", "SAU", "JOR"),
        ("Belgian planes dropped food to flood victims in southern Mozambique.", "AID", "BEL", "MOZ"),
        ("Riot police in Kenya broke up an opposition rally in Nairobi with water cannon.", "ASSAULT", "KEN",
         "KEN"),
        ("Rioters looted shops and burned cars in the Greek city of Thessaloniki.", "PROTEST", "GRC", "GRC"),
        ("A court in Ankara convicted a Turkish journalist of insulting the president.", "ACCUSE", "TUR",
         "TUR"),
        ("Tokyo's prime minister apologised to China for wartime aggression.", "SUPPORT", "JPN", "CHN"),
    ],
)  # fmt: skip
def test_acts_read_by_the_cameo_to_plover_tables_and_their_recipients(
    events_of, sentence, plover, source, target
):
    events, a = events_of(sentence)
    assert _sides(a, _one(events, plover)) == ({source}, {target})
    if "telephone" in sentence:
        assert _one(events, plover).mode == "phone"


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        # asking others to back a third party rallies support for it (CAMEO 053)
        ("Cuba urged Caribbean governments to support Venezuela's bid for a Council seat.", "SUPPORT", "CUB",
         "VEN"),
        # forces massed at a border face the country across it
        ("Thailand moved tanks to its border with Cambodia.", "MOBILIZE", "THA", "KHM"),
        # the captors, not the captives' country, are asked to release them
        ("Italy demanded the release of two aid workers held by gunmen in Somalia.", "REQUEST", "ITA", "SOM"),
        # a state's measures at home against no one named are domestic
        ("Venezuelan authorities seized three privately owned cement plants.", "COERCE", "VEN", "VEN"),
        ("Egypt's prosecutor threatened to dissolve the opposition party.", "THREATEN", "EGY", "EGY"),
    ],
)  # fmt: skip
def test_third_parties_conditions_borders_and_captors(events_of, sentence, plover, source, target):
    events, a = events_of(sentence)
    assert _sides(a, _one(events, plover)) == ({source}, {target})


def test_a_conditional_threat_names_who_must_comply(events_of):
    from presslens.analyzers.events import coded_plover

    events, a = events_of(
        "The Palestinian delegation said it would boycott the talks if Israel resumed building."
    )
    (boycott,) = [e for e in events if e.plover == "PROTEST"]
    assert coded_plover(boycott) == "THREATEN" and _sides(a, boycott) == ({"PSE"}, {"ISR"})


def test_who_is_no_recipient(events_of):
    # the place a treaty is signed is no party to it
    events, a = events_of("Eritrea and Djibouti signed a border accord in Doha on Tuesday.")
    assert _sides(a, _one(events, "SUPPORT")) == ({"ERI", "DJI"}, set())
    # what a recipient does in a relative clause is not acted on
    events, a = events_of(
        "Rabat threatened to recall its envoys from any state that recognised the Sahrawi republic."
    )
    assert _sides(a, _one(events, "THREATEN"))[1] == set()
    # rebels who free foreigners are not of the foreigners' country
    events, a = events_of("Rebels freed two Dutch engineers on Friday.")
    assert _sides(a, _one(events, "RETREAT")) == (set(), {"NLD"})


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        # 1990s wire copy: bodies, embargoes, misparses, places inside objects
        ("The OAU appealed to Sudan to open talks with the rebels.", "REQUEST", "IGO", "SDN"),
        ("Seoul lodged a protest with Tokyo over a textbook.", "ACCUSE", "KOR", "JPN"),
        ("The United States banned imports of Iranian oil.", "SANCTION", "USA", "IRN"),
        ("The UN imposed an oil and arms embargo on Haiti.", "SANCTION", "IGO", "HTI"),
        ("North Korea test-fired missiles into waters off Japan.", "MOBILIZE", "PRK", "JPN"),
        ("A car bomb exploded outside a hotel in the Algerian capital Algiers.", "ASSAULT", "DZA", "DZA"),
        ("Gunmen ambushed a convoy carrying Russian soldiers near Grozny.", "ASSAULT", "RUS", "RUS"),
        ("The rebels threatened to attack oil installations in Nigeria.", "THREATEN", "NGA", "NGA"),
        ("Syria's president received the Lebanese prime minister in Damascus.", "CONSULT", "SYR", "LBN"),
        ("Vietnam's government allowed the dissident leader to travel abroad.", "CONCEDE", "VNM", "VNM"),
        ("Italian dock workers blockaded the port of Genoa.", "PROTEST", "ITA", "ITA"),
        ("Kuwait sent 50 tonnes of medical supplies to flood victims in Pakistan.", "AID", "KWT", "PAK"),
        ("Britain pledged 40 million pounds to help Sierra Leone rebuild its army.", "AGREE", "GBR", "SLE"),
        ("Serbia moved troops to its border with Kosovo.", "MOBILIZE", "SRB", "XKX"),
        # longer sentences: intents, threats, withdrawals, trials, small clauses
        ("Hanoi vowed to respond in kind to any Chinese attack on its islands.", "THREATEN", "VNM", "CHN"),
        ("Athens said it reserved the right to use force if Ankara sent warships.", "THREATEN", "GRC", "TUR"),
        ("Britain has withdrawn its diplomats from Kabul.", "SANCTION", "GBR", "AFG"),
        ("Jakarta released the jailed Timorese leader Xanana Gusmao.", "RETREAT", "IDN", "TLS"),
        ("Rebel soldiers hacked off the arms of villagers in eastern Congo.", "ASSAULT", "COD", "COD"),
        ("Albanian students hurled stones at riot police in Tirana.", "PROTEST", "ALB", "ALB"),
        ("The Israeli army sealed off the town of Jenin.", "COERCE", "ISR", "PSE"),
        ("A Turkish court opened a trial of three Greek fishermen.", "ACCUSE", "TUR", "GRC"),
        ("The last Cuban troops left Angola in May 1991.", "RETREAT", "CUB", "AGO"),
        ("Tamil Tiger rebels shelled the town of Kilinochchi in Sri Lanka.", "ASSAULT", "LKA", "LKA"),
        ("China warned Washington that arms sales would force Beijing to reconsider ties.", "THREATEN", "CHN",
         "USA"),
        ("Pakistan has no intention of holding talks with India, a spokesman said.", "REJECT", "PAK", "IND"),
        ("Baghdad dismissed as propaganda a British call for new inspections.", "REJECT", "IRQ", "GBR"),
        # accountability and demands
        ("Italian prosecutors placed a former defence minister under investigation.", "ACCUSE", "ITA", "ITA"),
        ("A Kenyan inquiry found the police chief responsible for the killings.", "ACCUSE", "KEN", "KEN"),
        ("Peru's government agreed to the opposition's demand for early elections.", "CONCEDE", "PER", "PER"),
        ("Turkey froze the transfer of water payments to Syria.", "SANCTION", "TUR", "SYR"),
        ("Sudanese troops forcibly relocated thousands of villagers in Darfur.", "COERCE", "SDN", "SDN"),
        ("Haiti appealed for U.N. troops to restore order in Port-au-Prince.", "REQUEST", "HTI", "IGO"),
        ("Argentina requested the extradition of a police officer from Spain.", "REQUEST", "ARG", "ESP"),
        ("Tokyo demanded that Beijing apologise for the riots.", "REQUEST", "JPN", "CHN"),
        ("Iran said it would withdraw from the treaty if pressure continued.", "THREATEN", "IRN", None),
        ("Venezuela sent 200 doctors to Bolivia.", "AID", "VEN", "BOL"),
        ("Thousands of Greek workers struck against the austerity measures.", "PROTEST", "GRC", "GRC"),
        ("The Pentagon ordered an aircraft carrier to the Adriatic.", "MOBILIZE", "USA", None),
        ("Indonesia's president said he would allow a referendum in Aceh.", "AGREE", "IDN", "IDN"),
        # diplomatic and military routines
        ("Pakistan summoned the Indian high commissioner over the shelling.", "ACCUSE", "PAK", "IND"),
        ("Thousands of Iranian students stoned the British embassy in Tehran.", "PROTEST", "IRN", "GBR"),
        ("Nigeria sent 1,500 troops to Liberia to join the peacekeeping force.", "AID", "NGA", "LBR"),
        ("The Yugoslav army imposed a curfew in Kosovo.", "COERCE", "SRB", "XKX"),
        ("Iraq offered to send a delegation to Kuwait for talks on missing persons.", "AGREE", "IRQ", "KWT"),
        ("Syria handed back the captured town to Lebanese control.", "RETREAT", "SYR", "LBN"),
        ("India placed its armed forces on alert.", "MOBILIZE", "IND", None),
        ("The United States banned all trade with Libya.", "SANCTION", "USA", "LBY"),
        ("The Red Cross distributed seeds and tools to farmers in Angola.", "AID", "IGO", "AGO"),
        ("Zambia's parliament voted to restore multi-party politics.", "CONCEDE", "ZMB", "ZMB"),
    ],
)  # fmt: skip
def test_wire_copy_readings(events_of, sentence, plover, source, target):
    """Readings added for wire copy, each coded as a CAMEO coder would (intent and threats included)."""
    assert _coded_sides(events_of, sentence, plover) == ({source}, {target} if target else set())


def test_foreign_people_are_no_domestic_recipients(events_of):
    events, a = events_of(
        "Zimbabwe's president threatened to expel foreign correspondents who criticised him."
    )
    assert _sides(a, _one(events, "THREATEN"))[1] == set()


def test_a_person_s_country_is_an_actor_of_the_story(events_of):
    events, a = events_of("Milosevic conceded defeat after days of protests.")
    assert a.actor("SRB") is not None and a.actor("SRB").mentions == []
    assert _sides(a, _one(events, "CONCEDE")) == ({"SRB"}, {"SRB"})


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        ("In a letter to the Security Council, Tehran demanded an end to raids.", "REQUEST", "IRN", "IGO"),
        ("Kenya's ruling party accepted defeat in the by-election.", "CONCEDE", "KEN", "KEN"),
        ("Israel froze contacts with Austria over the new coalition.", "SANCTION", "ISR", "AUT"),
        ("Egypt's courts ordered the closure of two opposition newspapers.", "COERCE", "EGY", "EGY"),
        ("Chinese students burned American flags outside the U.S. consulate.", "PROTEST", "CHN", "USA"),
        ("Uganda called on neighbouring Sudan to stop arming the rebels.", "REQUEST", "UGA", "SDN"),
    ],
)  # fmt: skip
def test_letters_flags_and_closures(events_of, sentence, plover, source, target):
    events, a = events_of(sentence)
    assert _sides(a, _one(events, plover)) == ({source}, {target})


def test_coordinated_modifiers_and_groups_named_after_places(events_of):
    events, a = events_of("U.S. and Mexican agents carried out a joint raid against the Sinaloa cartel.")
    assert _sides(a, _one(events, "COOPERATE")) == ({"USA", "MEX"}, set())


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister was concerned.",
        "Israel denied the report.",
        "The Peruvian president arrived in Lima on Sunday.",
        "New senators swear to uphold the US Constitution.",  # an oath of office, no promise to another
        "Warplanes shuttled between the two airports.",
        "The embassy issued a health warning to Americans living in the city.",  # advice, no threat
        "The senator forcibly kissed her during a tour in 2006.",  # one person, no people made to
        "Germany said France was behind schedule on the project.",  # behind no deed
        "Britain said the situation was unacceptable.",  # no proposal or demand refused
        "Thousands of Lebanese refugees fled the fighting.",  # those who flee a fight are not its fighters
        "The talks will collapse unless both sides show flexibility.",  # on terms, but no side's deed
        "Bank lending to small firms rose by four percent.",  # lending, but to no one
        "The proposal was met with silence in the capital.",  # met with, but no meeting and no force
        "Scores of villagers were killed in a raid on a hill village, diplomats in Nairobi said.",  # no side
        "Iraq said the war had been a cause of great suffering.",  # a war that was: no threat of one
    ],
)
def test_no_event_without_a_cause_an_object_or_a_host(events_of, sentence):
    events, _ = events_of(sentence)
    assert [coded_plover(e) for e in events] == []


@pytest.mark.parametrize(
    ("sentence", "plover", "trigger"),
    [
        (
            "Uganda relased 40 Rwandan soldiers captured in the fighting.",
            "RETREAT",
            "relased",
        ),  # a letter out
        ("Kenya threatend to close its border with Somalia.", "THREATEN", "threatend"),
        ("Japan dpeloyed two minesweepers to the Gulf.", "MOBILIZE", "dpeloyed"),  # two letters swapped
    ],
)
def test_a_typo_of_a_trigger_is_read_as_the_word(events_of, sentence, plover, trigger):
    """Wire copy has typos; a word no dictionary of the model's knows, one letter away from one lexicon
    word, is read as that word, and the event's trigger span is still the text as written."""
    events, analysis = events_of(sentence)
    lead = next(e for e in events if is_main(e))
    assert (lead.plover, analysis.text[lead.start : lead.end]) == (plover, trigger)


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator texted his aides before the vote in Ohio.",  # a word inflected: no typo of "tested"
        "Rwanda's tribunal is meting out long sentences to Hutu officers.",  # "mete" known: no "meeting"
    ],
)
def test_a_rare_word_is_no_typo(events_of, sentence):
    events, _ = events_of(sentence)
    assert [coded_plover(e) for e in events] == []


def test_an_act_despite_which_another_is_done_is_background(events_of):
    """ "pressed ahead despite Bolivian protests": the protests are kept, but not as what is told."""
    events, _ = events_of("Brazil vowed to press ahead with its dam project despite Bolivian protests.")
    assert [e.plover for e in events] == ["PROTEST"]
    assert not any(is_main(e) for e in events)


def test_a_joint_pledge_is_aimed_at_neither_side(events_of):
    events, a = events_of(
        "Ethiopia and Eritrea agreed to demarcate their border near the Eritrean town of Badme."
    )
    assert _sides(a, _one(events, "AGREE")) == ({"ETH", "ERI"}, set())
    events, a = events_of("Russian and Syrian jets bombed Idlib.")
    assert _sides(a, _one(events, "ASSAULT")) == ({"RUS", "SYR"}, {"SYR"})


def test_coming_somewhere_is_no_attack(events_of):
    events, _ = events_of("The Egyptian president came to Paris for talks with the French prime minister.")
    assert "ASSAULT" not in {coded_plover(e) for e in events}


def test_giving_a_speech_is_no_aid(events_of):
    events, _ = events_of("The Egyptian president gave a speech in Cairo.")
    assert [coded_plover(e) for e in events] == []
    # a particle after the object is still the verb's
    events, a = events_of("Ethiopia pulled its troops out of Somalia's capital.")
    assert _sides(a, _one(events, "RETREAT")) == ({"ETH"}, {"SOM"})


def test_the_state_a_suspect_is_extradited_to_is_the_recipient(events_of):
    events, a = events_of("Britain extradited two Algerians to France.")
    assert _sides(a, _one(events, "COOPERATE")) == ({"GBR"}, {"FRA"})


def test_forces_readied_in_answer_to_a_rival(events_of):
    events, a = events_of("Greece put its forces on alert amid tension with Turkey over the islet.")
    assert _sides(a, _one(events, "MOBILIZE")) == ({"GRC"}, {"TUR"})
    events, a = events_of("Israel called up thousands of reservists as tension with Syria mounted.")
    assert _sides(a, _one(events, "MOBILIZE")) == ({"ISR"}, {"SYR"})
    events, a = events_of("Russia mobilised reservists after the election.")
    assert _sides(a, _one(events, "MOBILIZE")) == ({"RUS"}, set())


def test_defending_against_a_rival_and_firm_responses_are_threats(events_of):
    assert _coded_sides(
        events_of, "Pakistan vowed to defend Kashmir against any Indian aggression.", "THREATEN"
    ) == (
        {"PAK"},
        {"IND"},
    )
    assert _coded_sides(events_of, "China pledged to respond firmly to any Taiwanese move.", "THREATEN") == (
        {"CHN"},
        {"TWN"},
    )
    # a policy or a government defended is support
    events, a = events_of("Russia defended Syria's government against Western criticism.")
    assert _sides(a, _one(events, "SUPPORT")) == ({"RUS"}, {"SYR"})


def test_a_call_for_someone_to_act_asks_them(events_of):
    events, a = events_of("Japan renewed its call for North Korea to return the abducted citizens.")
    assert _sides(a, _one(events, "REQUEST")) == ({"JPN"}, {"PRK"})


def test_a_domestic_group_rejecting_a_foreign_offer_is_not_aimed_at_home(events_of):
    events, a = events_of("Irish voters turned down the terms of an international bailout in a referendum.")
    assert _sides(a, _one(events, "REJECT")) == ({"IRL"}, set())


@pytest.mark.parametrize(
    "sentence",
    [
        "Nicole Winfield of the Associated Press dropped the bomb that the leak came from the victims.",
        "A research group at the University of Pennsylvania found that the sugars activated those receptors.",
    ],
)
def test_no_event_in_figures_of_speech_and_findings_of_science(events_of, sentence):
    """A bomb dropped by a news agency is news; a laboratory's finding is no charge."""
    events, _ = events_of(sentence)
    assert not [(e.plover, e.text) for e in events if is_main(e) and coded_plover(e)]


@pytest.mark.parametrize(
    ("sentence", "plover", "source", "target"),
    [
        # words of dismay with a cause disapprove of whoever the cause names
        ("Germany said it was alarmed by reports that Serbian police had beaten students.",
         "ACCUSE", "DEU", "SRB"),
        ("Tokyo is concerned about China's naval build-up near the islands.", "ACCUSE", "JPN", "CHN"),
        # an office holder named without a country is the country's own
        ("Peru's congress launched an inquiry into the former interior minister.", "ACCUSE", "PER", "PER"),
        ("Farmers in France threatened to block the ports unless the government raised milk prices.",
         "THREATEN", "FRA", "FRA"),
        ("Indian police charged a senior official with selling secrets to a Chinese agent.",
         "ACCUSE", "IND", "IND"),
        # a named complier outweighs the place an act would happen in
        ("Egypt said it could close the Suez Canal if Israel attacked.", "THREATEN", "EGY", "ISR"),
        ("Turkish rescue workers arrived in Pakistan to search for survivors.", "AID", "TUR", "PAK"),
        ("The French president arrived in Algeria.", "CONSULT", "FRA", "DZA"),
        ("China sent Nepal a team of 30 doctors.", "AID", "CHN", "NPL"),
        ("Facing riots, the Jordanian government withdrew a bread price hike.", "CONCEDE", "JOR", "JOR"),
        ("Rwanda ordered the French ambassador to leave within 24 hours.", "SANCTION", "RWA", "FRA"),
        ("Israel ordered Syrian troops to leave the area.", "REQUEST", "ISR", "SYR"),
        ("Turkey denied American warplanes permission to use its air bases.", "REJECT", "TUR", "USA"),
        ("Japan offered Cambodia 10,000 tonnes of rice.", "AGREE", "JPN", "KHM"),
        # an opening clause's act is the setting, not the news
        ("Returning from talks in Moscow, the Syrian president said Damascus would reject any U.S. plan.",
         "REJECT", "SYR", "USA"),
        ("Kurdish rebels vowed to continue fighting until Turkey's army left.", "THREATEN", "TUR", "TUR"),
        ("Hamas vowed to fight on against Israel.", "THREATEN", "PSE", "ISR"),
        ("China vowed to block any attempt by Japan to join the council.", "REJECT", "CHN", "JPN"),
        ("Iran said it would stop selling oil to France if Paris backed it.", "THREATEN", "IRN", "FRA"),
        ("Nigeria's oil union said it would strike next week if fuel prices rose.", "THREATEN", "NGA", "NGA"),
        ("The European Union decided to impose a travel ban on Zimbabwe.", "SANCTION", "IGO", "ZWE"),
        ("Mali's junta handed over power to a civilian president.", "CONCEDE", "MLI", "MLI"),
        ("Kenya's opposition questioned the legitimacy of the vote.", "ACCUSE", "KEN", "KEN"),
        ("A Chilean court tried the former defence minister in absentia.", "ACCUSE", "CHL", "CHL"),
        ("Egyptian prosecutors put 20 Islamist activists on trial.", "ACCUSE", "EGY", "EGY"),
        ("Beijing voiced strong opposition to the U.S. warship visit to Taiwan.", "ACCUSE", "CHN", "USA"),
        # the parser hangs the verb on the noun of a "backed by" phrase: the subject is the phrase's owner
        ("Syrian troops backed by tanks crossed into Lebanon on Monday, officials said.",
         "ASSAULT", "SYR", "LBN"),
        ("Zairean troops shelled rebel positions near Goma.", "ASSAULT", "COD", "COD"),
        ("The Peruvian government released former president Alberto Fujimori.", "RETREAT", "PER", "PER"),
        # people sent away are deported; diplomats sent away cut ties
        ("Uzbekistan expelled two French journalists.", "COERCE", "UZB", "FRA"),
        ("Peru expelled the Venezuelan ambassador.", "SANCTION", "PER", "VEN"),
        ("Iran dismissed the new European Union sanctions as illegal.", "REJECT", "IRN", "IGO"),
        ("Forensic experts from the United Nations exhumed bodies near the Croatian town of Vukovar.",
         "ACCUSE", "IGO", "HRV"),
        ("Human Rights Watch charged in a statement issued Monday that Egyptian police beat detainees.",
         "ACCUSE", "NGO", "EGY"),
        ("Shiite leaders in Bahrain threatened to quit parliament unless the government freed them.",
         "THREATEN", "BHR", "BHR"),
        ("Peru's Shining Path rebels said they would attack candidates.", "THREATEN", "PER", "PER"),
        ("Thousands of Palestinians stormed the Egyptian border post at Rafah.", "PROTEST", "PSE", "EGY"),
        ("Syria moved two brigades of its army toward the Lebanese border, Israeli officials said.",
         "MOBILIZE", "SYR", "LBN"),
        ("Japan delivered 50,000 tonnes of rice to North Korea.", "AID", "JPN", "PRK"),
        # what one undergoes: the subject is the recipient, the attacker read from the place
        ("A Russian army convoy came under fire near Grozny.", "ASSAULT", "RUS", "RUS"),
        ("Israeli positions in southern Lebanon came under mortar attack.", "ASSAULT", "LBN", "ISR"),
        # a passive harm's doer told in a when-clause
        ("Two Palestinians were killed when Israeli troops opened fire on stone-throwers in Hebron.",
         "ASSAULT", "ISR", "PSE"),
        ("Dozens of Kenyan students were injured when police broke up a demonstration in Nairobi.",
         "ASSAULT", "KEN", "KEN"),
        ("China warned the United States against selling weapons to Taiwan.", "THREATEN", "CHN", "USA"),
        ("Zimbabwe's government nationalised the country's white-owned farms.", "COERCE", "ZWE", "ZWE"),
        ("Rights groups said Chinese authorities had executed dozens of Uighurs.", "ASSAULT", "CHN", "CHN"),
        ("The Algerian government legalised the Islamic Salvation Front.", "CONCEDE", "DZA", "DZA"),
        ("Rebels ambushed a Ugandan army convoy on Tuesday.", "ASSAULT", "UGA", "UGA"),
        # blame for a deed goes to its doer, else to where it was done, not to whom it was done
        ("The Pope deplored the execution of a Nigerian activist in Saudi Arabia.", "ACCUSE", "VAT", "SAU"),
        ("Washington condemned the killing of two Israeli soldiers by Hezbollah.", "ACCUSE", "USA", "LBN"),
        ("Under a deal brokered by Norway, Guatemala's government granted an amnesty to leftist guerrillas.",
         "CONCEDE", "GTM", "GTM"),
        ("Estonia demanded the withdrawal of Soviet troops from its territory.", "REQUEST", "EST", "RUS"),
        ("Japan will give Cambodia $20 million for road building.", "AGREE", "JPN", "KHM"),
        ("Kuwait gave Jordan 20,000 barrels of oil.", "AID", "KWT", "JOR"),
        # wordings added with own set 13
        ("Venezuela shunned Colombia's peace plan.", "REJECT", "VEN", "COL"),
        ("Poland's parliament voted against ratifying the trade pact with Canada.", "REJECT", "POL", "CAN"),
        ("Paris cut off arms sales to Rwanda.", "SANCTION", "FRA", "RWA"),
        ("Angolan troops repulsed a rebel offensive near Huambo.", "ASSAULT", "AGO", "AGO"),
        ("The Greek coast guard intercepted a Turkish trawler off Lesbos.", "COERCE", "GRC", "TUR"),
        ("Russia reduced its troop levels in Moldova.", "RETREAT", "RUS", "MDA"),
        ("Germany regretted the decision by Turkey to close its border.", "ACCUSE", "DEU", "TUR"),
        # civilians fighting police protest violently (CAMEO 145); rebels fighting troops assault
        ("Striking miners clashed with police in Bucharest.", "PROTEST", "ROU", "ROU"),
        ("Rebels clashed with government troops near Gulu.", "ASSAULT", "UGA", "UGA"),
        # "the government" a group with no state of its own acts on is its own country's
        ("Kurdish rebels in Turkey demanded that the government end air raids on northern Iraq.",
         "REQUEST", "TUR", "TUR"),
        # the town says where a protest is, the embassy whom it faces
        ("Students protested in front of the French embassy in Algiers.", "PROTEST", "DZA", "FRA"),
        # residents are coded by where they live: a country's own minority, Cyprus's two communities
        ("Moldova's Russian minority demanded autonomy.", "REQUEST", "MDA", "MDA"),
        ("Turkish Cypriot police arrested two Greek Cypriot students.", "COERCE", "CYP", "CYP"),
        ("The Dalai Lama urged Beijing to open talks.", "REQUEST", "CHN", "CHN"),
        ("Human rights groups condemned the execution of three students in Iran.", "ACCUSE", "NGO", "IRN"),
        ("West African peacekeepers shelled rebel positions near Monrovia.", "ASSAULT", "IGO", "LBR"),
        ("Croatia defied the U.N. war crimes tribunal.", "REJECT", "HRV", "IGO"),
        # armed men entering a place; a union's name describing another state is not that union
        ("Soviet troops entered Kabul.", "ASSAULT", "RUS", "AFG"),
        ("Russian troops entered the former Soviet republic of Georgia.", "ASSAULT", "RUS", "GEO"),
        ("Greece lifted its embargo on Macedonia, the former Yugoslav republic.", "CONCEDE", "GRC", "MKD"),
        # CAMEO wordings the lexicon lacked
        ("South Korea postponed a visit by its foreign minister to Tokyo.", "SANCTION", "KOR", "JPN"),
        ("Iraq complied with the U.N. resolutions on weapons inspections.", "CONCEDE", "IRQ", "IGO"),
        ("China blasted Washington for its arms sales to Taiwan.", "ACCUSE", "CHN", "USA"),
        ("Beijing rapped Japan over the textbooks.", "ACCUSE", "CHN", "JPN"),
        ("Government forces defeated the rebels near Jaffna.", "ASSAULT", "LKA", "LKA"),
        ("Ugandan troops drove the rebels out of Gulu.", "ASSAULT", "UGA", "UGA"),
        ("Chinese Premier Li Peng headed to Tokyo on Sunday for talks.", "CONSULT", "CHN", "JPN"),
        ("The World Bank suspended loans to Kenya over corruption.", "SANCTION", "IGO", "KEN"),
        ("The Nigerian authorities closed down three independent newspapers.", "COERCE", "NGA", "NGA"),
        # the object, not the predicate after it, is who is shot
        ("Indian troops shot dead five suspected militants in Kashmir.", "ASSAULT", "IND", "IND"),
        # a joint act of cooperation by two sides of one country is aimed at neither
        ("The Angolan government and UNITA rebels agreed to a timetable for demobilising UNITA fighters.",
         "AGREE", "AGO", ""),
        ("Guatemala's government and leftist guerrillas agreed to set up a truth commission.",
         "AGREE", "GTM", ""),
        # long sentences (own set 15): a clause on a noun or an opening participle is background
        ("Paris, which has accused Tehran of sheltering terrorists, said it was imposing sanctions on Iran.",
         "SANCTION", "FRA", "IRN"),
        ("A U.N. panel investigating the massacre has blamed troops loyal to President Mobutu.",
         "ACCUSE", "IGO", "COD"),
        ("Angered by the death of a student, thousands of Indonesians took to the streets, police said.",
         "PROTEST", "IDN", "IDN"),
        # whose proposal is accepted or rejected; whose pressure is yielded to; whose attempt is threatened
        ("The plan, put forward by Norway last week, was rejected by Sri Lanka's cabinet.",
         "REJECT", "LKA", "NOR"),
        ("Georgia would accept the division of the region proposed by Moscow.", "AGREE", "GEO", "RUS"),
        ("Under pressure from Washington, Haiti's generals agreed to step down.", "AGREE", "HTI", "USA"),
        ("Armenia warned it would respond to any attempt by Azerbaijan to retake the region.",
         "THREATEN", "ARM", "AZE"),
        ("If Belgrade continued the offensive, NATO would not hesitate to use force, the alliance said.",
         "THREATEN", "IGO", "SRB"),
        ("Several hundred Georgians chanted slogans outside the Russian embassy in Tbilisi.",
         "PROTEST", "GEO", "RUS"),
        ("Bosnian Serb forces handed over the suburbs of Sarajevo to the Muslim-Croat federation.",
         "RETREAT", "BIH", "BIH"),
        # long sentences (own set 16)
        ("China protested to the United States over the arms sales.", "ACCUSE", "CHN", "USA"),
        ("Chinese students protested outside the U.S. embassy in Beijing.", "PROTEST", "CHN", "USA"),
        ("The Iranian foreign ministry summoned the British charge d'affaires.", "ACCUSE", "IRN", "GBR"),
        ("In response to the Indian missile test, Pakistan put its forces on high alert.",
         "MOBILIZE", "PAK", "IND"),
        ("Armed men slit the throats of 12 villagers in western Algeria.", "ASSAULT", "DZA", "DZA"),
        ("The Chinese military held large-scale exercises off Fujian province, opposite Taiwan.",
         "MOBILIZE", "CHN", "TWN"),
        ("Following a meeting with Zhu Rongji in Beijing, Tony Blair said Britain would support China's bid.",
         "AGREE", "GBR", "CHN"),
        ("In Beijing, a foreign ministry spokesman rejected the accusation by Washington.",
         "REJECT", "CHN", "USA"),
        ("In a letter to the U.N. Security Council, Iraq said it was willing to allow inspectors back.",
         "AGREE", "IRQ", "IGO"),
        ("The decision by the European Union to ban imports of British beef was upheld by its scientists.",
         "SANCTION", "IGO", "GBR"),
        ("Some 300 Kurds occupied the Greek embassy in Bonn to protest against the arrest of their leader.",
         "PROTEST", "DEU", "GRC"),  # a people of no one state is the place's, Bonn the West German seat
        # long sentences (own set 17): parser slips around relative clauses, "as" phrases and infinitives
        ("The government in Lagos dismissed as unfounded a report by Amnesty International.",
         "REJECT", "NGA", "NGO"),
        ("French deputies asked President Chirac in a letter on Monday to impose sanctions on Burma.",
         "REQUEST", "FRA", "FRA"),
        ("Jordan's King Abdullah praised Washington's efforts.", "SUPPORT", "JOR", "USA"),
        ("Ankara said it could reconsider its cooperation with the European Union if talks failed.",
         "THREATEN", "TUR", "IGO"),
        ("Iran threatened to close the Strait of Hormuz in the event of an American attack.",
         "THREATEN", "IRN", "USA"),
        # own set 18: assurances, exchanges, recommendations in a report, asides and bodies to be made
        ("Syria has given assurances to Lebanon that it will not intervene.", "AGREE", "SYR", "LBN"),
        ("The Tamil Tigers said they were willing to exchange captured soldiers for jailed rebels.",
         "AGREE", "LKA", "LKA"),
        ("The U.N. envoy, in a report to the Security Council, recommended that the force be withdrawn.",
         "REQUEST", "IGO", "IGO"),
        ("Leaders of the two Khmer parties, meeting in Phnom Penh, agreed to form a coalition government.",
         "AGREE", "KHM", ""),
        ("The Kurdish Workers Party attacked a Turkish army post near the Iraqi border.",
         "ASSAULT", "TUR", "TUR"),
        # own set 19: a phrase of circumstance names no second word of the verb; waters off a place's ports
        ("Russia began withdrawing its troops from Georgia under an agreement reached in Istanbul.",
         "RETREAT", "RUS", "GEO"),
        ("China fired missiles into the waters off Taiwan's main ports.", "MOBILIZE", "CHN", "TWN"),  # a test
        ("Belgrade rebuffed requests by the Organisation for Security and Cooperation in Europe.",
         "REJECT", "SRB", "IGO"),
        # own set 20: a ban on trade is an embargo; an aside about some of a crowd names no one; evidence of a
        # deed accuses its doer; aid counted in planeloads
        ("The European Union imposed a ban on the import of Burmese timber.", "SANCTION", "IGO", "MMR"),
        ("The junta imposed a ban on political parties in Lagos.", "COERCE", "NGA", "NGA"),
        ("Thousands of Serbs, some carrying portraits of Milosevic, marched in Belgrade against NATO.",
         "PROTEST", "SRB", "IGO"),
        ("U.N. investigators said they had found evidence that Serb police killed civilians in Racak.",
         "ACCUSE", "IGO", "SRB"),
        ("France sent two planeloads of tents to flood victims in Mozambique.", "AID", "FRA", "MOZ"),
        # own set 21: a withdrawal through a two-word
        # preposition or from places a relative clause locates; a suspect goes where he is wanted
        ("Syrian troops pulled out of three towns in northern Lebanon on Friday.", "RETREAT", "SYR", "LBN"),
        ("Ethiopian forces withdrew from two villages they had held in western Somalia.",
         "RETREAT", "ETH", "SOM"),
        ("Kenya extradited a businessman wanted in Uganda for fraud.", "COOPERATE", "KEN", "UGA"),
        ("The Red Cross began airlifting blankets and tents to flood areas of Mozambique.",
         "AID", "IGO", "MOZ"),
        ("India voiced understanding of Sri Lanka's offensive against the rebels.", "SUPPORT", "IND", "LKA"),
        # own set 22: a request turned down, a protest delivered; the doer of a passive deed told in a
        # when-clause on the verb joined to it, and the body one is suspended from; police raids; aid received
        ("A Kuwaiti request for talks was turned down by Iraq on Wednesday.", "REJECT", "IRQ", "KWT"),
        ("Two Indian soldiers were killed and five wounded when Pakistani troops opened fire.",
         "ASSAULT", "PAK", "IND"),
        ("Yugoslavia was suspended from the Organisation for Security and Cooperation in Europe.",
         "SANCTION", "IGO", "SRB"),
        ("Jordanian police raided the offices of an opposition weekly in Amman.", "COERCE", "JOR", "JOR"),
        ("Haiti received food aid from the European Union.", "AID", "IGO", "HTI"),
        ("Baghdad threatened to strike at Kuwait if it let U.S. warplanes use its bases.",
         "THREATEN", "IRQ", "KWT"),
        # own set 23: idioms; "called for X to"; a sentence handed down to someone; an offered apology is
        # made; an order that moves forces; troops sent to help another state; placed under arrest
        ("Israel poured cold water on a Jordanian proposal for a regional conference.",
         "REJECT", "ISR", "JOR"),
        ("Hanoi took Beijing to task for building on the disputed reefs.", "ACCUSE", "VNM", "CHN"),
        ("Seoul turned a deaf ear to North Korean calls for talks.", "REJECT", "KOR", "PRK"),
        ("Moscow came to the defence of Belgrade at the United Nations.", "SUPPORT", "RUS", "SRB"),
        ("Tokyo said it would take countermeasures against Seoul if the talks failed.",
         "THREATEN", "JPN", "KOR"),
        ("The World Bank called for Kenya to sell its state airline.", "REQUEST", "IGO", "KEN"),
        ("A Cairo court handed down a ten-year jail term to a British engineer.", "COERCE", "EGY", "GBR"),
        ("The Dutch prime minister offered an apology to Indonesia for the colonial war.",
         "SUPPORT", "NLD", "IDN"),
        ("Peru's president ordered two battalions to the Ecuadorean border.", "MOBILIZE", "PER", "ECU"),
        ("France sent 300 paratroopers to Chad to help defend the capital.", "AID", "FRA", "TCD"),
        ("Burma's military government placed the opposition leader under house arrest.",
         "COERCE", "MMR", "MMR"),
        ("Ethiopia began pulling its troops back from positions inside Somalia.", "RETREAT", "ETH", "SOM"),
        ("Britain lifted a broadcasting ban on Sinn Fein.", "CONCEDE", "GBR", "GBR"),
        # own set 24: a sit-in the parser broke up; guns and mortars; a host; a finger pointed; settlers
        ("Hundreds of Chinese farmers staged a sit-in outside government offices in Guangzhou.",
         "PROTEST", "CHN", "CHN"),
        ("Gunmen mowed down nine worshippers at a mosque in the Pakistani city of Quetta.",
         "ASSAULT", "PAK", "PAK"),
        ("Insurgents lobbed mortar rounds at a police station in the Iraqi city of Mosul.",
         "ASSAULT", "IRQ", "IRQ"),
        ("Moscow played host on Tuesday to the Iranian president.", "CONSULT", "RUS", "IRN"),
        ("Belgrade pointed the finger at NATO for the deaths of the refugees.", "ACCUSE", "SRB", "IGO"),
        ("Jewish settlers attacked Palestinian farmers near Hebron.", "ASSAULT", "ISR", "PSE"),
        # own set 25: repealed articles, reopened crossings, allowed visits; ended operations are no act on
        # oneself; a lifted embargo's recipient; grants frozen; people expelled are deported
        ("Zambia's parliament repealed the article of the constitution that banned opposition parties.",
         "CONCEDE", "ZMB", "ZMB"),
        ("Sri Lanka's government ended military operations in the Jaffna peninsula.", "RETREAT", "LKA", ""),
        ("Burma's junta allowed the family of a jailed student leader to visit him.",
         "CONCEDE", "MMR", "MMR"),
        ("Egypt reopened its border crossings with the Gaza Strip.", "CONCEDE", "EGY", "PSE"),
        ("President Clinton lifted the U.S. trade embargo against Vietnam.", "CONCEDE", "USA", "VNM"),
        ("Japan froze grant aid to China over its nuclear tests.", "SANCTION", "JPN", "CHN"),
        ("Kenya expelled thousands of people of Somali origin.", "COERCE", "KEN", "SOM"),
        # own set 26: a strike told as staying away; sales suspended; a place phrase that is a reason
        ("Thousands of miners stayed away from work in Soweto on Monday.", "PROTEST", "ZAF", "ZAF"),
        ("Washington suspended arms sales to Peru after the coup.", "SANCTION", "USA", "PER"),
        ("French jets struck targets in Bouake in retaliation for what Paris called an Ivorian attack.",
         "ASSAULT", "FRA", "CIV"),
        # own set 27: acts told from the recipient's side; forces moved in the passive; a time phrase is no
        # second word of a verb ("rounded up ... on Sunday" is no "round on")
        ("Beijing's missile test drew sharp criticism from Tokyo on Friday.", "ACCUSE", "JPN", "CHN"),
        ("Serbia's stance won the backing of Russia at the Security Council.", "SUPPORT", "RUS", "SRB"),
        ("Sudan faced a barrage of condemnation at the United Nations over Darfur.", "ACCUSE", "IGO", "SDN"),
        ("Jordan secured a promise of fresh aid from Saudi Arabia.", "AGREE", "SAU", "JOR"),
        ("Pakistan came under pressure from Washington to close the camps.", "REQUEST", "USA", "PAK"),
        ("Nigerian police came under fire from Amnesty International for the killings.",
         "ACCUSE", "NGO", "NGA"),
        ("Ghana will get a loan from China to build a dam.", "AGREE", "CHN", "GHA"),
        ("Thousands of Indian troops were placed on high alert on Monday.", "MOBILIZE", "IND", ""),
        ("Dozens of opposition activists were rounded up by Kenyan police on Sunday.",
         "COERCE", "KEN", "KEN"),
        ("London laid the blame for the attack at the door of the Russian state.", "ACCUSE", "GBR", "RUS"),
        ("Beijing took strong exception to a visit by Japan's prime minister to the shrine.",
         "ACCUSE", "CHN", "JPN"),
        ("Ankara gave short shrift to a European Parliament resolution on Cyprus.", "REJECT", "TUR", "IGO"),
        # own set 28: the first of a batch delivered; a suspect handed to a state; tear gas fired is
        # repression, placed by the verb joined to it; a partner the parser hung on the verb
        ("Washington delivered the first of 12 helicopters to the Colombian army.", "AID", "USA", "COL"),
        ("Pakistan handed over a senior al Qaeda operative to the United States.", "COOPERATE", "PAK", "USA"),
        ("Malaysian police fired tear gas and detained dozens of people in Kuala Lumpur.",
         "ASSAULT", "MYS", "MYS"),
        ("Russia warned that it would freeze cooperation with NATO if the alliance bombed Serbia.",
         "THREATEN", "RUS", "IGO"),
        # own set 29: a readying with an "unless" is a threat; an offer made to whoever must comply; a treaty
        # is no one to comply; the recipient of a refused handover hung on its object
        ("NATO said it was ready to launch air strikes against Serbia unless Belgrade stopped its offensive.",
         "THREATEN", "IGO", "SRB"),
        ("Eritrea said it was willing to withdraw from Badme if Ethiopia agreed to a ceasefire.",
         "AGREE", "ERI", "ETH"),
        ("North Korea threatened to leave the Non-Proliferation Treaty if the IAEA insisted on inspections.",
         "THREATEN", "PRK", "IGO"),
        ("Britain will never hand over sovereignty of Gibraltar to Spain.", "REJECT", "GBR", "ESP"),
        # own set 30: a body the NER split; a leaning is no body; development banks and creditor clubs; the
        # other side of an act agreed to
        ("Reporters Without Borders condemned Turkey for jailing three journalists.", "ACCUSE", "NGO", "TUR"),
        ("Pro-Taliban demonstrators burned American flags outside the U.S. consulate in Peshawar.",
         "PROTEST", "PAK", "USA"),
        ("The Inter-American Development Bank approved a $200 million loan to Honduras.",
         "AID", "IGO", "HND"),
        ("The Paris Club agreed to write off two-thirds of Bosnia's foreign debt.", "AGREE", "IGO", "BIH"),
        ("The Moro Islamic Liberation Front agreed to a ceasefire with government troops.",
         "AGREE", "PHL", "PHL"),
        # own set 31: the lifting of martial law; a party named with its kind; plans scrapped; permits frozen;
        # services suspended; an undone act's recipient through a participle or a count
        ("The lifting of martial law in Lhasa was announced by Premier Li Peng.", "CONCEDE", "CHN", "CHN"),
        ("Tunisia's government legalised the Islamist party Ennahda.", "CONCEDE", "TUN", "TUN"),
        ("Canada froze new arms export permits to Saudi Arabia.", "SANCTION", "CAN", "SAU"),
        ("India suspended a cross-border bus service with Pakistan.", "SANCTION", "IND", "PAK"),
        ("The Security Council voted to lift the sanctions imposed on Libya.", "CONCEDE", "IGO", "LBY"),
        ("Washington waived most of the sanctions it imposed on Pakistan after its nuclear tests.",
         "CONCEDE", "USA", "PAK"),
        # own set 32: broadcasts jammed, stations taken over, airspace violated, groups shut down, a
        # constitution suspended
        ("Venezuela's government took over the largest private television station in Caracas.",
         "COERCE", "VEN", "VEN"),
        ("Russian warplanes violated Georgian airspace on Saturday.", "ASSAULT", "RUS", "GEO"),
        ("Russian authorities shut down the human rights group Memorial.", "COERCE", "RUS", "RUS"),
        ("Egypt's military rulers dissolved parliament and suspended the constitution.",
         "COERCE", "EGY", "EGY"),
        # own set 34: interests targeted; weapons used; foreign airlines banned
        ("Tehran said it would target American interests if the United States attacked its nuclear sites.",
         "THREATEN", "IRN", "USA"),
        ("The European Union banned Belarusian airlines from its airspace.", "SANCTION", "IGO", "BLR"),
        # own set 33: a crowd massing is a demonstration
        ("Thousands of students massed in central Jakarta to demand reform.", "PROTEST", "IDN", "IDN"),
        # plans to act are intent, and no plans to act a refusal
        ("Iran has no plans to resume talks with Washington.", "REJECT", "IRN", "USA"),
        ("Iran has plans to resume talks with Washington.", "AGREE", "IRN", "USA"),
        # a pact left is a tie cut, and leaving it unless another complies a threat; a city names a pact
        ("The United States pulled out of the nuclear deal with Iran on Tuesday.", "SANCTION", "USA", "IRN"),
        ("Washington tore up the accord with Cuba.", "SANCTION", "USA", "CUB"),
        ("Moscow walked away from the grain deal with Ukraine.", "SANCTION", "RUS", "UKR"),
        ("Libya abandoned its alliance with Morocco.", "SANCTION", "LBY", "MAR"),
        ("Canada withdrew from the Kyoto protocol on climate change.", "SANCTION", "CAN", ""),
        ("The United States withdrew from the Paris climate agreement.", "SANCTION", "USA", ""),
        ("Iran said it would stop honouring the nuclear agreement unless France protected its oil trade.",
         "THREATEN", "IRN", "FRA"),
        # a state of emergency ended is lifted
        ("Kenya's government ended the state of emergency in the northeast.", "CONCEDE", "KEN", "KEN"),
        # lending stopped, imports barred, ties cancelled and a loan withheld are ties cut
        ("The World Bank stopped lending to Burma over its human rights record.", "SANCTION", "IGO", "MMR"),
        ("Washington barred imports of Iranian carpets and caviar.", "SANCTION", "USA", "IRN"),
        ("Australia cancelled defence ties with Fiji after the coup.", "SANCTION", "AUS", "FJI"),
        ("The IMF withheld a $500 million loan to Russia.", "SANCTION", "IGO", "RUS"),
        # a fate told to another party is a threat to it
        ("Israel's defence minister said Hezbollah would pay a heavy price for the attack.",
         "THREATEN", "ISR", "LBN"),
        ("Beijing said Washington would bear full responsibility for the consequences of arms sales.",
         "THREATEN", "CHN", "USA"),
        ("Iran warned that Israel would pay dearly for any attack.", "THREATEN", "IRN", "ISR"),
        # people of a nation expelled are deported; sailors captured are detained, a town captured taken
        ("Ethiopia expelled thousands of Eritreans living on its territory.", "COERCE", "ETH", "ERI"),
        ("Iranian revolutionary guards captured 15 British sailors in the Gulf.", "COERCE", "IRN", "GBR"),
        ("Russia expelled two Estonian diplomats.", "SANCTION", "RUS", "EST"),
        # charges denied are rejected, as dismissed; an object the parser gave to the day before it
        ("Sudan denied on Monday American charges that it harboured terrorists.", "REJECT", "SDN", "USA"),
        ("Moscow dismissed as absurd on Wednesday British accusations that its agents had poisoned a spy.",
         "REJECT", "RUS", "GBR"),
        # what talks or an agreement are "on" is their topic, not a party
        ("Putin held talks with Macron on Ukraine.", "CONSULT", "RUS", "FRA"),
        ("Kenya handed over two terror suspects to the United States.", "COOPERATE", "KEN", "USA"),
        # own set 36: a body named by its leaders; a member or a newspaper suspended; a threat whose act the
        # parser read as a purpose after the day; pursuit across a border; a guest read as a verb's object
        ("Nigeria's rulers were asked by Commonwealth leaders to release prisoners.",
         "REQUEST", "IGO", "NGA"),
        ("Commonwealth foreign ministers suspended Fiji.", "SANCTION", "IGO", "FJI"),
        ("The Algerian government suspended the newspaper El Watan on Tuesday.", "COERCE", "DZA", "DZA"),
        ("Iraq threatened on Sunday to halt all cooperation with U.N. inspectors.", "THREATEN", "IRQ", "IGO"),
        ("Museveni said his army would pursue the rebels into Sudan if Khartoum kept arming them.",
         "THREATEN", "UGA", "SDN"),
        ("Chinese Premier Li Peng met visiting Vietnamese Communist Party chief Do Muoi in Beijing.",
         "CONSULT", "CHN", "VNM"),
        ("Kenyan police questioned two Somali men about the embassy bombing.", "ACCUSE", "KEN", "SOM"),
        # any such deed, named with its doer, is one the speaker would answer: a threat to the doer
        ("Syria said it would regard any Turkish incursion as aggression.", "THREATEN", "SYR", "TUR"),
        # a town taken is taken by force, as captured
        ("Tutsi-led rebels took the eastern town of Goma.", "ASSAULT", "COD", "COD"),
        # an act said to be out of the question is the speaker's refusal of it
        ("Israel said withdrawing from the Golan Heights was out of the question.", "REJECT", "ISR", "SYR"),
        # own set 37: a report's author; pylons dynamited; a partner hung on the object's last noun; a call on
        # a party; an end to trade ordered
        ("A report by the U.N. special rapporteur condemned Iraq for the execution of prisoners.",
         "ACCUSE", "IGO", "IRQ"),
        ("Shining Path guerrillas dynamited electricity pylons around Lima.", "ASSAULT", "PER", "PER"),
        ("Britain said it would not negotiate the sovereignty of the Falkland Islands with Argentina.",
         "REJECT", "GBR", "ARG"),
        ("Greece renewed its call on Britain to return the Parthenon marbles.", "REQUEST", "GRC", "GBR"),
        ("President Reagan ordered an end to all U.S. trade with Libya.", "SANCTION", "USA", "LBY"),
        # own set 38: the one a demand asks; a harm warned of hung on the day; all means used
        ("South Africa wants Mozambique to expel members of the African National Congress.",
         "REQUEST", "ZAF", "MOZ"),
        ("China warned Washington on Tuesday of serious consequences if it received Taiwan's president.",
         "THREATEN", "CHN", "USA"),
        ("Moscow warned Tbilisi that it would use all means to protect Russian peacekeepers.",
         "THREATEN", "RUS", "GEO"),
        # own set 39: whose border it is says nothing of where; food ferried is aid
        ("Iraqi gunships attacked Kurdish villages near the Iranian border.", "ASSAULT", "IRQ", ""),
        ("American helicopters ferried food and water to survivors in Indonesia's Aceh province.",
         "AID", "USA", "IDN"),
        # arms made to use against a party are a threat to it; a state's ally is not that state
        ("Iran is building missiles for use against Israel.", "THREATEN", "IRN", "ISR"),
        ("A group based in Trinidad claims to be manufacturing chemical weapons to use against Britain.",
         "THREATEN", "TTO", "GBR"),
        ("Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern Lebanon.",
         "ASSAULT", "LBN", "LBN"),
        # idioms of killing, detention, appeal, warning and threat
        ("Hutu militiamen hacked to death 30 villagers in northwestern Rwanda.", "ASSAULT", "RWA", "RWA"),
        ("Police took 40 opposition activists into custody in Minsk.", "COERCE", "BLR", "BLR"),
        ("Pope John Paul pleaded with Argentina to release the prisoners.", "REQUEST", "VAT", "ARG"),
        ("Israel issued a warning to Syria over its troop movements.", "THREATEN", "ISR", "SYR"),
        ("China said it would not tolerate any interference in its affairs by the United States.",
         "THREATEN", "CHN", "USA"),
        # curbs lifted include a closure, a boycott and a freeze
        ("Israel lifted the closure of the West Bank and Gaza on Sunday.", "CONCEDE", "ISR", "PSE"),
        ("Washington lifted the freeze on aid to Pakistan.", "CONCEDE", "USA", "PAK"),
        ("The European Union suspended trade concessions to Burma.", "SANCTION", "IGO", "MMR"),
        ("Bahrain stripped 72 people of their citizenship.", "COERCE", "BHR", "BHR"),
        # a two-word verb's readings by what it acts on: a curfew called off is eased, a visit called off a
        # tie cut; a ban revoked, a state of emergency withdrawn or a curfew suspended is lifted
        ("Sri Lanka called off the curfew in Colombo on Sunday.", "CONCEDE", "LKA", "LKA"),
        ("China called off the visit of its defence minister to Washington.", "SANCTION", "CHN", "USA"),
        ("The Nepalese king revoked the ban on political parties.", "CONCEDE", "NPL", "NPL"),
        ("Thailand's army withdrew the state of emergency in Bangkok.", "CONCEDE", "THA", "THA"),
        ("The military junta shut down all universities in Burma.", "COERCE", "MMR", "MMR"),
        ("Fiji's interim government reinstated the dismissed judges.", "CONCEDE", "FJI", "FJI"),
        # own set 40: a state backed; what is fired is no recipient, where it is fired at is
        ("Britain backed the United States in its dispute with France.", "SUPPORT", "GBR", "USA"),
        ("Iraq fired a Scud missile at the Saudi capital Riyadh on Tuesday.", "ASSAULT", "IRQ", "SAU"),
        # own set 41: forces ready to cross a border if another fails to act threaten it; food distributed
        ("Turkey said its troops were ready to cross into Iraq to crush the rebels if Baghdad failed to act.",
         "THREATEN", "TUR", "IRQ"),
        ("The World Food Programme distributed rice to survivors in Port-au-Prince.", "AID", "IGO", "HTI"),
        # sums granted or lent in any currency, and oil provided, are aid
        ("The European Union granted 50 million euros to the Palestinian Authority.", "AID", "IGO", "PSE"),
        ("France lent Senegal 300 million francs.", "AID", "FRA", "SEN"),
        ("Saudi Arabia provided Pakistan with oil on deferred payments.", "AID", "SAU", "PAK"),
        # idioms of hosting, snubbing, reconciling, sabre-rattling and pressing
        ("Moscow rolled out the red carpet for the Chinese president.", "CONSULT", "RUS", "CHN"),
        ("Turkey gave the cold shoulder to an Armenian offer of talks.", "REJECT", "TUR", "ARM"),
        ("China rattled its sabre at Taiwan ahead of the election.", "THREATEN", "CHN", "TWN"),
        ("Jordan leaned on Iraq to comply with the U.N. resolutions.", "REQUEST", "JOR", "IRQ"),
        # own set 42: a verb read as an adjective on its object in a reported clause; the object after the
        # day; troops sent to protect are aid
        ("Eritrea massed troops and tanks along its border with Ethiopia, U.N. officials said.",
         "MOBILIZE", "ERI", "ETH"),
        ("Zimbabwe rejected on Thursday British criticism of its land seizures.", "REJECT", "ZWE", "GBR"),
        ("France sent 300 more soldiers to Ivory Coast to protect foreigners.", "AID", "FRA", "CIV"),
        # a people driven from its homes is a mass expulsion; foreigners sent out of a country are deported
        ("Sudanese troops expelled thousands of villagers from the Nuba mountains.", "ASSAULT", "SDN", "SDN"),
        ("Burmese troops forced 6,000 villagers to flee their homes in Karen state.",
         "ASSAULT", "MMR", "MMR"),
        ("Ethiopia expelled thousands of Eritreans.", "COERCE", "ETH", "ERI"),
        # a mob that kills assaults; rioters who burn riot
        ("A mob armed with clubs attacked a bus in Lagos, killing 12 passengers.", "ASSAULT", "NGA", "NGA"),
        ("Rioters torched shops and killed two policemen in Lahore.", "PROTEST", "PAK", "PAK"),
        # a threat of measures at home, or against one's own people, is aimed at home; not at foreigners
        ("Kenyan police threatened to impose a curfew in Kisumu if the riots went on.",
         "THREATEN", "KEN", "KEN"),
        ("Egypt's interior minister warned that police would disperse protesters by force.",
         "THREATEN", "EGY", "EGY"),
        ("Zambia's president threatened to expel foreign journalists.", "THREATEN", "ZMB", ""),
        # marchers of no named country are the place's, not the country of what they protest against
        ("Students led thousands of people in a march on the British embassy in Jakarta.",
         "PROTEST", "IDN", "GBR"),
        ("Students marched in Dhaka to protest against air strikes in Afghanistan.", "PROTEST", "BGD", "BGD"),
        # a strike told as a noun: by whom, what it halts; a bare "strike" by workers is a labour strike
        ("A general strike paralysed Lagos on Monday.", "PROTEST", "NGA", "NGA"),
        ("Haiti was paralysed by a general strike on Monday.", "PROTEST", "HTI", "HTI"),
        ("A two-day strike by dock workers crippled ports across Britain.", "PROTEST", "GBR", "GBR"),
        ("Nigerian unions launched a strike on Monday.", "PROTEST", "NGA", "NGA"),
        ("Israel launched a strike on Gaza.", "ASSAULT", "ISR", "PSE"),
        # the doer of a deed told through its means; people of no nation struck abroad are the place's
        ("A strike by Israeli warplanes killed two militants in Gaza.", "ASSAULT", "ISR", "PSE"),
        ("A bomb planted by ETA killed two policemen in Bilbao.", "ASSAULT", "ESP", "ESP"),
        ("Turkish warplanes bombed Kurdish rebels in northern Iraq.", "ASSAULT", "TUR", "IRQ"),
        ("Egyptian police arrested 20 militants in Cairo.", "COERCE", "EGY", "EGY"),
        # a people of no one state is no person: the place says whose
        ("Hutu militiamen killed dozens of Tutsis near Kigali.", "ASSAULT", "RWA", "RWA"),
        # set 44: a day hung on the object's owner; whom a yielding lets in; a rejected treaty's other party
        ("Britain dismissed on Monday Argentina's claim to the Falkland Islands.", "REJECT", "GBR", "ARG"),
        ("Belgrade backed down and agreed to let U.N. inspectors into Kosovo.", "CONCEDE", "SRB", "IGO"),
        ("Ukraine's parliament voted down a treaty that would have let Russia's navy stay in Sevastopol.",
         "REJECT", "UKR", "RUS"),
        # aid sent to a place abroad is that place's; property destroyed or looted by forces is coerced
        ("France sent doctors and medicines to refugee camps in Rwanda.", "AID", "FRA", "RWA"),
        ("Israeli bulldozers destroyed dozens of Palestinian homes in Rafah.", "COERCE", "ISR", "PSE"),
        ("Iraqi soldiers looted Kuwaiti shops and ministries.", "COERCE", "IRQ", "KWT"),
        ("Rioters looted shops in Jakarta.", "PROTEST", "IDN", "IDN"),
        # set 45: a state's agencies are the state's; a complaint blames whom it is over; a ban on dealings
        # is aimed at the partner; what joint talks are on is no party; a force accepted is agreed to
        ("Cuba accused the CIA of masterminding bombings at Havana hotels.", "ACCUSE", "CUB", "USA"),
        ("Lebanon lodged a complaint with the U.N. over Israeli air raids.", "ACCUSE", "LBN", "ISR"),
        ("Washington ordered a ban on all U.S. trade and investment with Iran.", "SANCTION", "USA", "IRN"),
        ("Egypt and Israel agreed to resume talks on Palestinian self-rule.", "AGREE", "EGY+ISR", ""),
        ("Sudan said it would accept a United Nations peacekeeping force in Darfur.", "AGREE", "SDN", "IGO"),
        # set 46: aid provided a party "with" a sum, future: an offer; ties broken; men convicted at home
        ("Germany will provide Russia with 500 million marks in aid.", "AGREE", "DEU", "RUS"),
        ("Iran broke diplomatic ties with Britain over the novel.", "SANCTION", "IRN", "GBR"),
        ("An Indian court convicted seven men of plotting the Bombay bombings.", "ACCUSE", "IND", "IND"),
        # set 47: doers named by where they came from; forces moved within reach of a country; aid received
        # from someone; joint talks told as a noun; contacts resumed
        ("A Pakistani post was attacked by gunmen who crossed from Afghanistan.", "ASSAULT", "AFG", "PAK"),
        ("Indian warships were moved within striking distance of the Pakistani port of Karachi.",
         "MOBILIZE", "IND", "PAK"),
        ("Jordan received $50 million from Saudi Arabia.", "AID", "SAU", "JOR"),
        ("Talks between Iran and Britain resumed in Geneva.", "CONSULT", "IRN+GBR", ""),
        ("China resumed military contacts with the United States.", "CONSULT", "CHN", "USA"),
        # a refusal is aimed at whoever's demand it defies; a state's forces acting on something at home
        ("Niger's junta refused to free the ousted president despite repeated appeals from ECOWAS.",
         "REJECT", "NER", "IGO"),
        ("Israel ruled out a return to the 1967 borders, a demand the Palestinians made.",
         "REJECT", "ISR", "PSE"),
        ("Sudanese government planes bombed a hospital in the rebel-held south.", "ASSAULT", "SDN", "SDN"),
        # dealings stopped; staples sent; crowds filling a square protest there; protests called off give way
        ("Kuwait stopped issuing work visas to Filipinos.", "SANCTION", "KWT", "PHL"),
        ("Japan sent 500 tons of rice to famine-stricken North Korea.", "AID", "JPN", "PRK"),
        ("Tens of thousands of protesters filled Cairo's Tahrir Square.", "PROTEST", "EGY", "EGY"),
        ("Opposition parties in Kenya called off a planned general strike.", "CONCEDE", "KEN", "KEN"),
        # the town where an act happens is no party to it; an aide speaks for whom they serve
        ("Sierra Leone's government and the rebels signed a peace accord in Lome.", "SUPPORT", "SLE", ""),
        ("The Bosnian Serb leader threatened to quit the peace talks in Geneva.", "THREATEN", "BIH", ""),
        ("Iran warned that Tehran would retaliate with all its might against any Israeli attack.",
         "THREATEN", "IRN", "ISR"),
        ("Havana dispatched a brigade of 200 doctors to Guatemala.", "AID", "CUB", "GTM"),
        ("Cuba sent a battalion of troops to Angola.", "MOBILIZE", "CUB", "AGO"),
        # set 48: standing granted is support; warplanes and ships sent are a deployment
        ("The European Union granted Ukraine the status of a candidate.", "SUPPORT", "IGO", "UKR"),
        ("China sent 71 warplanes and nine ships toward Taiwan.", "MOBILIZE", "CHN", "TWN"),
        # a state's sanction on its own people is a seizure at home
        ("The junta froze the bank accounts of former ministers in Mali.", "COERCE", "MLI", "MLI"),
        ("The United States froze Iranian assets.", "SANCTION", "USA", "IRN"),
        # a person let do something: freedoms eased
        ("The Burmese junta allowed Aung San Suu Kyi to meet foreign diplomats.", "CONCEDE", "MMR", "MMR"),
        ("Pakistan's military government allowed Nawaz Sharif to go into exile.", "CONCEDE", "PAK", "PAK"),
        # another state's goods banned are an embargo; a party or people banned are coerced
        ("Russia banned Georgian wine.", "SANCTION", "RUS", "GEO"),
        ("Turkey banned the pro-Kurdish party.", "COERCE", "TUR", "TUR"),
        ("Israel banned Palestinian workers from entering Israel.", "COERCE", "ISR", "PSE"),
        # a hard answer promised is a threat; a reply promised to a letter is no threat
        ("Hezbollah promised a harsh response to Israel.", "THREATEN", "LBN", "ISR"),
        ("Japan promised a swift reply to the letter from China.", "AGREE", "JPN", "CHN"),
        # set 49: embassies reopened; arms handed over; supplies suspended; a refusal of a case brought by one
        ("Cuba and the United States reopened their embassies.", "SUPPORT", "CUB+USA", ""),
        ("Lebanon complained to the U.N. about Israeli raids in the south.", "ACCUSE", "LBN", "ISR"),
        # set 50: supplies flown are aid; the forces moved are no target; a radio station shut is censored
        ("British helicopters flew food and medicine to towns in eastern Sierra Leone.", "AID", "GBR", "SLE"),
        ("Iraq moved two Republican Guard divisions toward the Kuwaiti border.", "MOBILIZE", "IRQ", "KWT"),
        ("Serbian authorities shut down the independent radio station B92.", "COERCE", "SRB", "SRB"),
        # a seizure that takes hostages is an abduction
        ("Guerrillas seized the Japanese ambassador's residence in Lima, taking hundreds of hostages.",
         "ASSAULT", "PER", "JPN"),
        ("India handed over four attack helicopters to Afghanistan's air force.", "AID", "IND", "AFG"),
        ("India suspended fuel supplies to Nepal.", "SANCTION", "IND", "NPL"),
        ("China refused to take part in the arbitration case brought by the Philippines.",
         "REJECT", "CHN", "PHL"),
        ("India refused to allow mediation in the dispute over Kashmir, which Pakistan wants.",
         "REJECT", "IND", ""),
        ("A senior aide to Prime Minister Benjamin Netanyahu rejected Palestinian demands.",
         "REJECT", "ISR", "PSE"),
        # the speaker the parser hung on an opening phrase's last noun
        ("Speaking to reporters after meeting the visiting French envoy, Egypt's foreign minister said his "
         "government was ready to sign the treaty.", "AGREE", "EGY", ""),
        # claims after the day, read as a verb; sanctions one is hit with; a curfew only a state imposes
        ("Damascus flatly denied on Monday Israeli claims that it was arming Hezbollah.",
         "REJECT", "SYR", "ISR"),
        ("North Korea was hit with a new round of U.N. sanctions after the Security Council voted to punish "
         "it.", "SANCTION", "IGO", "PRK"),
        ("A curfew was imposed on the northern Nigerian city of Kano on Friday after riots.",
         "COERCE", "NGA", "NGA"),
        ("A curfew was imposed on the West Bank town of Nablus.", "COERCE", "", "PSE"),
        ("Japan would respond overwhelmingly to any Chinese attack on its islands.",
         "THREATEN", "JPN", "CHN"),
        # a misdeed one party tells of another is its accusation; told by the writer, it is no one's
        ("Syria's foreign minister said on Monday that Turkey was harbouring armed rebels.",
         "ACCUSE", "SYR", "TUR"),
        ("Kenya said Somalia had trained the gunmen who attacked the mall.", "ACCUSE", "KEN", "SOM"),
        ("Russia said Estonia was spying on its border posts.", "ACCUSE", "RUS", "EST"),
        ("The United States trained Afghan soldiers.", "AID", "USA", "AFG"),
        ("Iran said it reserved the right to use force if Iraq continued to shelter armed rebels.",
         "THREATEN", "IRN", "IRQ"),
        # reserve divisions called up; troops moving toward a border; a craft forced down; looted art returned
        ("The Egyptian army called up three reserve divisions.", "MOBILIZE", "EGY", ""),
        ("Iraqi troops moved toward the Kuwaiti border.", "MOBILIZE", "IRQ", "KWT"),
        ("Iran forced a British tanker to sail to Bandar Abbas.", "COERCE", "IRN", "GBR"),
        ("Italy returned a looted statue to Libya.", "RETREAT", "ITA", "LBY"),
        # set 52: the place a phrase on a particle names, and places inside the positions left
        ("Eritrea agreed to pull its troops back from positions inside Ethiopia.", "AGREE", "ERI", "ETH"),
        ("The United States pulled its warplanes out of bases in Saudi Arabia.", "RETREAT", "USA", "SAU"),
        # set 53: forces sent somewhere face whom tension is with; an alert along a border; an order's act
        ("The United States moved bombers to Guam as tension with North Korea rose.",
         "MOBILIZE", "USA", "PRK"),
        ("Pakistan put its army on high alert along the border with India.", "MOBILIZE", "PAK", "IND"),
        ("Bush signed an order banning all trade with Cuba, accusing Havana of repression.",
         "SANCTION", "USA", "CUB"),
        # set 54: a readying made to depend on the other side; a party of the one country named; refugees
        # kept out; a station taken off the air; aid cut where it went; people used as porters; a call to
        # rise up against a party; inspectors ordered out
        ("A guerrilla group based in Lima claims to be preparing a wave of bombings against U.S. targets "
         "unless its leader is freed.", "THREATEN", "PER", "USA"),
        ("The opposition Nationalist party issued a statement demanding that the Kenyan government lift the "
         "ban on rallies.", "REQUEST", "KEN", "KEN"),
        ("The pro-Kurdish Democracy party issued a statement demanding that the Turkish government lift "
         "emergency rule.", "REQUEST", "TUR", "TUR"),
        ("Syria said today it would not allow Iraqi refugees to cross its border.", "REJECT", "SYR", "IRQ"),
        ("Kenyan authorities ordered the independent radio station Capital FM off the air.",
         "COERCE", "KEN", "KEN"),
        ("The World Food Programme suspended food deliveries in Kabul after gunmen attacked a convoy.",
         "SANCTION", "IGO", "AFG"),
        ("The Burmese army has been using thousands of villagers as forced porters against Karen rebels.",
         "COERCE", "MMR", "MMR"),
        ("An official Libyan newspaper called on Arabs to rise up against the United States.",
         "ACCUSE", "LBY", "USA"),
        ("Iraq ordered U.N. weapons inspectors out of Baghdad on Monday.", "SANCTION", "IRQ", "IGO"),
        ("Britain ordered the Libyan embassy in London to reduce its staff.", "SANCTION", "GBR", "LBY"),
        ("Relief shipments from Japan began arriving at the Ethiopian port of Assab.", "AID", "JPN", "ETH"),
        ("ETA warned in a statement that it would bomb tourist resorts unless Madrid opened talks.",
         "THREATEN", "ESP", "ESP"),
        ("Hundreds of villagers were rounded up after Iraqi troops retook the area.", "COERCE", "IRQ", "IRQ"),
        ("Turkey said it would regard any extension of Greek territorial waters as a cause for war.",
         "THREATEN", "TUR", "GRC"),
        ("The Soviet Union delivered 20 MiG fighters to Angola.", "AID", "RUS", "AGO"),
        ("Workers loyal to the banned Solidarity union staged strikes in Gdansk.", "PROTEST", "POL", "POL"),
        ("Israeli jets raided guerrilla bases near Sidon on Sunday.", "ASSAULT", "ISR", "LBN"),
        ("Mitterrand assured Lebanon's president on Monday of France's backing.", "SUPPORT", "FRA", "LBN"),
        # a deed the records can code is coded as the deed, whoever tells it ("Human Rights Watch said")
        ("The White House said Nicaragua was shipping arms to rebels in El Salvador.", "AID", "NIC", "SLV"),
        ("Nicaragua shipped arms to rebels in El Salvador.", "AID", "NIC", "SLV"),
        ("Palestinian merchants kept their shops shut in a commercial strike against Israeli taxes.",
         "PROTEST", "PSE", "ISR"),
        ("Iran and Iraq held talks in Geneva under the auspices of the United Nations.",
         "CONSULT", "IRN+IRQ", ""),
        ("Pro-Iranian kidnappers freed an American hostage in Beirut.", "RETREAT", "LBN", "USA"),
        ("Pro-Syrian militiamen shelled east Beirut.", "ASSAULT", "LBN", "LBN"),
        ("The Treasury Department added 24 Russian firms to its sanctions list.", "SANCTION", "USA", "RUS"),
        ("Washington put three Chinese firms on a trade blacklist.", "SANCTION", "USA", "CHN"),
        ("Britain has sent 2,000 anti-tank missiles to Ukraine.", "AID", "GBR", "UKR"),
        ("Chinese warplanes flew into Taiwan's air defence zone on Sunday.", "MOBILIZE", "CHN", "TWN"),
        ("King Abdullah bowed to protests and sacked Prime Minister Samir Rifai.", "CONCEDE", "JOR", "JOR"),
        ("Medvedev agreed to halt military operations in Georgia.", "AGREE", "RUS", "GEO"),
        ("Russia halted military operations in Georgia.", "RETREAT", "RUS", "GEO"),
        ("Russia agreed to end its offensive in Chechnya.", "AGREE", "RUS", ""),
        ("Japan's foreign minister is in Seoul for two days of talks.", "CONSULT", "JPN", "KOR"),
        ("German and French warships began joint patrols off the coast of Somalia.",
         "COOPERATE", "DEU+FRA", ""),
        ("Nigerian governors said they were ready to back Jonathan's bid.", "SUPPORT", "NGA", "NGA"),
        ("Security forces in Zimbabwe have beaten and tortured scores of opposition activists.",
         "ASSAULT", "ZWE", "ZWE"),
        ("A militant group in Lebanon is training gunmen for use against Israeli targets.",
         "THREATEN", "LBN", "ISR"),
        ("An Iraqi newspaper called on Arabs to unite and stand against Iran's leaders.",
         "ACCUSE", "IRQ", "IRN"),
        ("Palestinian strikes against Israeli occupation measures are continuing.", "PROTEST", "PSE", "ISR"),
        ("The Burmese army is using Karen villagers as forced porters along the Thai border.",
         "COERCE", "MMR", "MMR"),
        ("Russia put troops on alert for exercises near its border with Ukraine.", "MOBILIZE", "RUS", "UKR"),
        ("Beijing sent warships to the Paracel Islands in a show of force aimed at Vietnam.",
         "MOBILIZE", "CHN", "VNM"),
        ("North Korea refused to take part in talks proposed by Seoul.", "REJECT", "PRK", "KOR"),
        ("French prosecutors opened an investigation into allegations that a former minister took bribes.",
         "ACCUSE", "FRA", "FRA"),
        ("Egypt called for an emergency session of the Arab League to discuss the crisis in Gaza.",
         "REQUEST", "EGY", "IGO"),
        ("A Japanese medical team arrived in the Philippine city of Tacloban.", "AID", "JPN", "PHL"),
        ("Shipments of American grain began arriving at the Ethiopian port of Assab.", "AID", "USA", "ETH"),
        ("Fifteen British sailors were seized by Iranian Revolutionary Guards.", "COERCE", "IRN", "GBR"),
        ("Villagers were hacked to death in a raid, Nigerian police said.", "ASSAULT", "NGA", "NGA"),
        ("Three foreign hostages held by rebels on the island of Jolo were freed.", "RETREAT", "PHL", ""),
        ("Russian soldiers held by Chechen rebels were released.", "RETREAT", "RUS", "RUS"),
        ("Jakarta was paralysed by a strike called by the labour unions.", "PROTEST", "IDN", "IDN"),
        ("A disengagement agreement between Israel and Syria was reached in Geneva.", "AGREE", "ISR+SYR", ""),
        ("A call by the Arab League for Iraq to withdraw went unanswered.", "REQUEST", "IGO", "IRQ"),
        ("Venezuela's main opposition television station was taken off the air.", "COERCE", "VEN", "VEN"),
        ("A Russian human rights group was ordered to close by the Supreme Court in Moscow.",
         "COERCE", "RUS", "RUS"),
        ("A Palestinian request for U.N. membership was blocked by Washington.", "REJECT", "USA", "PSE"),
        ("Refugees in Chad received food rations from the World Food Programme.", "AID", "IGO", "TCD"),
        ("Four American soldiers were killed when their vehicle struck a roadside bomb in Afghanistan.",
         "ASSAULT", "AFG", "USA"),
        ("A plan drawn up by the Contact Group was rejected by the Bosnian Serbs.", "REJECT", "BIH", "IGO"),
        ("Belgrade said it would not allow NATO troops to be stationed in Kosovo.", "REJECT", "SRB", "IGO"),
        # set 55: a described group's act; a measure at home offered to be lifted; forces of one's own no
        # target; a state body in a threat's condition is the other side's; a call to boycott a party's goods
        ("The banned Islamic Salvation Front issued a statement demanding that Algiers release its leaders.",
         "REQUEST", "DZA", "DZA"),
        ("President Zine el-Abidine Ben Ali said he was prepared to lift emergency law.",
         "AGREE", "TUN", "TUN"),
        ("Britain mobilized 5,000 Territorial Army troops for a possible war with Iraq.",
         "MOBILIZE", "GBR", "IRQ"),
        ("Hamas said it would resume attacks inside Israel if the army did not leave Gaza.",
         "THREATEN", "PSE", "ISR"),
        ("A Libyan newspaper called on Arabs to boycott American goods.", "ACCUSE", "LBY", "USA"),
        ("Nigerian oil workers began a strike outside the offices of Shell in Port Harcourt.",
         "PROTEST", "NGA", "NGA"),
        # set 56: a name after a word for a body is the body's; a people clashing with troops riots; arms
        # built to fire at a party threaten it
        ("The opposition party Ennahda issued a statement demanding that the Tunisian government release its "
         "leaders.", "REQUEST", "TUN", "TUN"),
        ("Palestinians clashed with Israeli troops in Hebron.", "PROTEST", "PSE", "ISR"),
        ("Indian and Pakistani troops clashed in Kashmir.", "ASSAULT", "IND+PAK", "IND+PAK"),
        ("A militant group based in Lebanon claims to be building rockets to fire at Israeli towns.",
         "THREATEN", "LBN", "ISR"),
        # set 57: a misspelt adjective; an Arabic name without its article; a weekly closed; a joint arrest
        ("Isreali troops shot dead two Palestinian youths in Nablus.", "ASSAULT", "ISR", "PSE"),
        ("Darfur rebels demanded the resignation of President Omar Bashir.", "REQUEST", "SDN", "SDN"),
        ("Egyptian authorities have closed down the opposition weekly al-Shaab.", "COERCE", "EGY", "EGY"),
        ("French and Spanish police jointly arrested five ETA suspects.", "COOPERATE", "FRA+ESP", ""),
        # set 58: supporters held; a warning that relations would suffer; arrears agreed to be paid
        ("Kenyan police have been holding 40 opposition supporters without charge.", "COERCE", "KEN", "KEN"),
        ("China warned Japan on Tuesday that visits to the shrine would seriously damage relations.",
         "THREATEN", "CHN", "JPN"),
        ("Russia has agreed to pay about $500 million of its U.N. arrears.", "AGREE", "RUS", "IGO"),
        # set 59: a verb in -ing the tagger called a noun; military training given
        ("UNICEF has begun airlifting medicine to flood victims in Mozambique.", "AID", "IGO", "MOZ"),
        ("Britain provided military training to the Kenyan army.", "AID", "GBR", "KEN"),
        # set 60: nationalists are a political side of their place; either of joined subjects may fit a verb;
        # aid resumed where it goes
        ("Hindu nationalists blocked roads into Ayodhya as they pressed their campaign.",
         "PROTEST", "IND", "IND"),
        ("Indian tanks and bulldozers destroyed dozens of homes in the village.", "COERCE", "IND", "IND"),
        ("The Red Cross has resumed aid deliveries in Mogadishu.", "AID", "IGO", "SOM"),
        # set 61: a deed's place told in a when-clause the parser introduced with an adverb; things given
        ("Twenty people were killed when a bomb exploded in the Pakistani city of Karachi.",
         "ASSAULT", "PAK", "PAK"),
        ("Russia has given Syria two nuclear reactors and financing for a port.", "AID", "RUS", "SYR"),
        # set 62: an arrest or deportation told without its doer is the state's where it happens; one who
        # undergoes a when-clause's act is not its doer; warships moved in the passive are the mover's
        ("A French journalist was detained in Tehran on suspicion of spying.", "COERCE", "IRN", "FRA"),
        ("A leading Egyptian blogger was sentenced to three years in prison for insulting the army.",
         "COERCE", "EGY", "EGY"),
        ("Hundreds of Nigerian migrants were deported from Ghana on Tuesday.", "COERCE", "GHA", "NGA"),
        ("Three British soldiers were wounded when their patrol came under fire near the Iraqi city of "
         "Basra.", "ASSAULT", "IRQ", "GBR"),
        # set 63: the place of what a when-clause's act struck; a ban or a block told without its doer
        ("At least 20 people were killed when a car bomb struck a market in the Iraqi city of Kirkuk.",
         "ASSAULT", "IRQ", "IRQ"),
        ("Access to Twitter has been blocked in Turkey since Friday, users said.", "COERCE", "TUR", "TUR"),
        ("Gunmen freed two Italian aid workers in Somalia.", "RETREAT", "SOM", "ITA"),
        # set 64: a deed told as the subject of a killing; a noun the passive verb tells; protests a state
        # gives are official complaints
        ("Russian shelling of the Ukrainian city of Kherson killed five civilians.", "ASSAULT", "RUS", "UKR"),
        ("Iran's backing of the Syrian government was reaffirmed by its president.", "SUPPORT", "IRN", "SYR"),
        ("The arrest of a Chinese lawyer in Beijing drew protests from Western governments.",
         "ACCUSE", "", "CHN"),
        ("Madrid rejected a Basque plan for a referendum.", "REJECT", "ESP", "ESP"),  # the people's own plan
        ("Moscow rejected a Chechen plan.", "REJECT", "RUS", "RUS"),
        ("Russian troops stormed Chechen rebel positions.", "ASSAULT", "RUS", "RUS"),
        ("Yoruba leaders said they would back President Obasanjo.", "AGREE", "NGA", "NGA"),
        ("Washington closed its embassy in Damascus on Monday.", "SANCTION", "USA", "SYR"),  # NER: an ORG
        ("Lithuania closed its border crossings with Belarus.", "SANCTION", "LTU", "BLR"),
        ("Farmers closed the border crossing with Spain for six hours.", "PROTEST", "", "ESP"),  # not a state
        ("Saudi Arabia, Egypt, Bahrain and the United Arab Emirates cut diplomatic ties with Qatar.",
         "SANCTION", "SAU+EGY+BHR+ARE", "QAT"),  # a list the parser reads as an apposition
        ("A Chinese vice premier arrived in Washington for two days of talks.", "CONSULT", "CHN", "USA"),
        ("The German Foreign Office summoned the Russian ambassador.", "ACCUSE", "DEU", "RUS"),
        ("The Foreign Office summoned the Russian ambassador in London.", "ACCUSE", "GBR", "RUS"),
        ("The European Union lifted economic sanctions on Iran.", "CONCEDE", "IGO", "IRN"),  # on the verb
        ("India cut tariffs on American motorcycles.", "CONCEDE", "IND", "USA"),
        ("The United States agreed to halve tariffs on $120 billion of Chinese goods.",
         "AGREE", "USA", "CHN"),
        ("China imposed anti-dumping duties of up to 218 percent on Australian wine.",
         "SANCTION", "CHN", "AUS"),
        ("Peruvian police captured Shining Path founder Abimael Guzman in Lima.", "COERCE", "PER", "PER"),
        ("Bolivia declared a state of siege on Thursday.", "COERCE", "BOL", "BOL"),
        ("Haiti's military rulers lifted the state of siege on Tuesday.", "CONCEDE", "HTI", "HTI"),
        ("The United States flew 3,200 troops to Honduras in a show of force aimed at Nicaragua.",
         "MOBILIZE", "USA", "NIC"),  # whom it faces, not where it goes
        ("Guatemalan soldiers massacred dozens of Indian villagers in El Quiche.", "ASSAULT", "GTM", "GTM"),
        ("Iran and Iraq exchanged 400 sick and wounded prisoners.", "RETREAT", "IRN+IRQ", "IRN+IRQ"),
        ("U.S. warships destroyed two Iranian oil platforms in the Gulf.", "ASSAULT", "USA", "IRN"),
        ("Israeli warplanes destroyed Iraq's nuclear reactor near Baghdad.", "ASSAULT", "ISR", "IRQ"),
        ("Israeli bulldozers destroyed Palestinian homes in Rafah.", "COERCE", "ISR", "PSE"),
        ("Thousands of Iranians marched through Tehran chanting Death to America.", "PROTEST", "IRN", "USA"),
        ("A West African peacekeeping force landed in Monrovia.", "AID", "IGO", "LBR"),
        ("Rebels in Sierra Leone seized about 300 U.N. peacekeepers.", "ASSAULT", "SLE", "IGO"),
        ("Britain sent paratroopers to Sierra Leone to evacuate foreigners and bolster the U.N. force.",
         "AID", "GBR", "SLE"),
        ("France sent troops into Rwanda on what it called a humanitarian mission.", "AID", "FRA", "RWA"),
        ("Government warplanes bombed the southern Sudanese town of Yei.", "ASSAULT", "SDN", "SDN"),
        ("The IAEA found North Korea in breach of its safeguards agreement.", "ACCUSE", "IGO", "PRK"),
        ("The chemical weapons watchdog found that the Syrian air force had dropped chlorine bombs on Douma.",
         "ACCUSE", "IGO", "SYR"),  # a body's finding is its charge
        ("Syria's foreign minister said that the Syrian air force had dropped chlorine bombs on Douma.",
         "ASSAULT", "SYR", "SYR"),  # one who only says so reports the deed
        ("A study found that Russian troops had shelled the town.", "ASSAULT", "RUS", "RUS"),
        ("Eritrea accepted the Organisation of African Unity's peace plan.", "AGREE", "ERI", "IGO"),
        ("The Commonwealth extended Zimbabwe's suspension on Friday.", "SANCTION", "IGO", "ZWE"),
        ("NATO put 40,000 troops on standby as Russian forces massed on the Ukrainian border.",
         "MOBILIZE", "IGO", "RUS"),
        ("West African leaders threatened to use force to oust Ivory Coast's Laurent Gbagbo.",
         "THREATEN", "IGO", "CIV"),
        ("Croatia and the Yugoslav army agreed to a ceasefire brokered by the European Community envoy.",
         "AGREE", "HRV+SRB", ""),  # who brokered it receives nothing
        ("A U.N. convoy carrying food and medicine reached the enclave of Srebrenica.", "AID", "IGO", "BIH"),
        ("Bosnian Serb forces refused to let a U.N. aid convoy through to the enclave of Gorazde.",
         "REJECT", "BIH", "IGO"),  # those let in, not where they go
        ("Serb forces shelled the centre of Sarajevo on Monday.", "ASSAULT", "BIH", "BIH"),  # Bosnia's Serbs
        ("Serbian forces shelled Sarajevo on Monday.", "ASSAULT", "SRB", "BIH"),  # Serbia's
        ("Croatian police detained 12 Serbs in the town of Knin.", "COERCE", "HRV", "HRV"),
        ("The last Soviet soldiers crossed the Amu Darya river out of Afghanistan.", "RETREAT", "RUS", "AFG"),
        ("India flew 3,000 troops to northern Sri Lanka to enforce a peace accord.", "AID", "IND", "LKA"),
        ("Australia sent 4,500 troops to East Timor to lead a U.N.-backed force.", "AID", "AUS", "TLS"),
        ("Russia sent troops to Syria to join the fight against rebels.", "MOBILIZE", "RUS", "SYR"),
        ("Militias burned homes and killed at least 30 people in Dili.", "ASSAULT", "TLS", "TLS"),
        ("Moro rebels ambushed an army convoy on Mindanao.", "ASSAULT", "PHL", "PHL"),
        ("Russia dropped bombs on Aleppo.", "ASSAULT", "RUS", "SYR"),
        ("Britain expelled 25 Soviet diplomats and journalists on Friday.", "SANCTION", "GBR", "RUS"),
        ("Iran expelled three British journalists.", "COERCE", "IRN", "GBR"),
        ("Moscow retaliated by ordering 25 British diplomats to leave.", "SANCTION", "RUS", "GBR"),
        ("Moscow warned Bonn that the deployment of new U.S. missiles would bring a Soviet response.",
         "THREATEN", "RUS", "DEU"),
        ("East Germany opened its borders with West Germany on Thursday night.", "CONCEDE", "DEU", "DEU"),
        ("The first U.S. cruise missiles arrived at a base in West Germany.", "MOBILIZE", "USA", "DEU"),
        ("Iran's supreme leader vowed that Israel would be severely punished.", "THREATEN", "IRN", "ISR"),
        ("North Korea fired an intercontinental ballistic missile into the sea off its east coast.",
         "MOBILIZE", "PRK", ""),  # a weapons test, at no one
        ("Iran launched about 180 ballistic missiles at Israel.", "ASSAULT", "IRN", "ISR"),
        ("Germany will send Ukraine another IRIS-T air defence system.", "AGREE", "DEU", "UKR"),
        ("The United States sent Patriot missile systems to Poland.", "AID", "USA", "POL"),
        ("Russia sent tanks into Georgia.", "MOBILIZE", "RUS", "GEO"),
        ("Russian jet shot down over Syria.", "ASSAULT", "SYR", "RUS"),  # a headline passive: the jet hit
        ("Turkish warplanes shot down a Russian jet over Syria.", "ASSAULT", "TUR", "RUS"),
        ("Amnesty found that Saudi forces had bombed a hospital in Yemen.", "ACCUSE", "NGO", "SAU"),
        # "his counterpart" is the one named beside it, whose country is the one nearest the name; the parser
        # may split the name off as a second subject
        ("Israeli Prime Minister Yitzhak Rabin and his Jordanian counterpart Abdul-Salam Majali met in "
         "Amman on Monday.", "CONSULT", "ISR+JOR", ""),
        ("Prime Minister Manmohan Singh and his Pakistani counterpart Ahmed Qureshiwala held talks in "
         "Bhutan.", "CONSULT", "IND+PAK", ""),
        ("Greek Prime Minister Costas Simitis and his Turkish counterpart Bulent Ecevit held talks in "
         "Brussels on Friday.", "CONSULT", "GRC+TUR", ""),
        # aid counted out and named last in a list
        ("The European Commission said it would send 8 million euros in emergency food and medical aid to "
         "flood victims in Bangladesh.", "AGREE", "IGO", "BGD"),
        # a place on the noun an act is against, under "on"
        ("The army began an assault on rebel positions on the Zamboanga peninsula.", "ASSAULT", "PHL", "PHL"),
        # a measure eased at home, with a broker named only as such
        ("In a deal brokered by Qatari mediators, the Sudanese government lifted a curfew in the east.",
         "CONCEDE", "SDN", "SDN"),
        # a country named only as whose border it is is no home for a group and no party to an act
        ("Two Turkish policemen were killed when Kurdish militants attacked a checkpoint near the Syrian "
         "border.", "ASSAULT", "TUR", "TUR"),
        ("Farmers blocked the road between Kiev and the Polish border to demand that the government cut fuel "
         "prices.", "PROTEST", "UKR", "UKR"),
        # the parties to relations cut, and both halves of "North and South Korean"
        ("Relations between Iran and Saudi Arabia were severed in 2016.", "SANCTION", "IRN+SAU", ""),
        ("North and South Korean generals met at Panmunjom on Monday.", "CONSULT", "PRK+KOR", ""),
        # a body of no country at a frontier is a place; the rival whose act readied the forces is faced
        ("Indian troops were put on high alert along the Line of Control after Pakistan test-fired a "
         "nuclear-capable missile, defence officials in New Delhi said.", "MOBILIZE", "IND", "PAK"),
        ("Five thousand tonnes of rice from Japan arrived in Dhaka on Friday.", "AID", "JPN", "BGD"),
        # a killing avenged, told as done in a strike: the strike's doer
        ("Hezbollah vowed to avenge the killing of its commander in an Israeli drone strike.",
         "THREATEN", "LBN", "ISR"),
        # acts told as nouns: whose they are, and to whom
        ("The release of 40 political detainees by the Tunisian authorities was announced on Monday.",
         "RETREAT", "TUN", "TUN"),
        ("Charges of vote rigging were levelled against the ruling party by Kenya's opposition on "
         "Monday.", "ACCUSE", "KEN", "KEN"),
        ("Three planeloads of tents and medicine sent by Turkey landed in Kabul on Friday.",
         "AID", "TUR", "AFG"),
        ("A mortar attack blamed on the IRA damaged a police station in the border town of Newry on "
         "Thursday.", "ASSAULT", "GBR", "GBR"),
        ("The leaders of the Group of Seven backed the Egyptian reforms.", "SUPPORT", "IGO", "EGY"),
        # the effect of a strike is no second act; whom a ceasefire answers; not where a teller is
        ("A general strike shut down shops and offices across Bangladesh on Sunday.",
         "PROTEST", "BGD", "BGD"),
        ("The PKK declared a unilateral ceasefire in response to the Turkish government's offer of talks.",
         "RETREAT", "TUR", "TUR"),
        ("Opposition activists have been rounded up by the Egyptian authorities, according to exiled "
         "dissidents in London.", "COERCE", "EGY", "EGY"),
        ("Syria has withdrawn half of its troops stationed in Lebanon's Bekaa valley.",
         "RETREAT", "SYR", "LBN"),
        # fighters handing in their arms disarm; an international tribunal is intergovernmental
        ("Rebels in Liberia handed over 300 rifles to West African peacekeepers on Friday.",
         "RETREAT", "LBR", "IGO"),
        ("An international tribunal in Arusha indicted a former Rwandan minister for genocide.",
         "ACCUSE", "IGO", "RWA"),
        # a known body's name the NER read as a woman's; homes blown up are demolished; a movement's adjective
        ("The Amal militia freed a kidnapped British teacher in Beirut on Friday.", "RETREAT", "LBN", "GBR"),
        ("Israeli troops blew up the homes of two Palestinians near Hebron.", "COERCE", "ISR", "PSE"),
        ("Costa Rica agreed to expel Contra rebel leaders living in San Jose.", "AGREE", "CRI", "NIC"),
        # a warning's condition names whom it warns; observers let in
        ("Russia's defence minister warned that Moscow would not hesitate to use force if Georgia attacked "
         "South Ossetia.", "THREATEN", "RUS", "GEO"),
        ("Sudan allowed a United Nations team to visit the camps in Darfur.", "RETREAT", "SDN", "IGO"),
        # the broker of a truce is no party to it
        ("Armenia and Azerbaijan agreed to a Russian-brokered ceasefire on Saturday.",
         "AGREE", "ARM+AZE", ""),
        ("Kurdish Peshmerga fighters clashed with Turkish troops near Dohuk.", "ASSAULT", "IRQ", "TUR"),
        # acts told in the passive: the doer of a when-clause, a closure ordered, force not ruled out, an
        # evacuation, abuses documented, a reactor destroyed by warplanes, a state's own people acted on
        ("Four Indian soldiers were killed when their patrol was ambushed by militants in Kashmir's Kupwara "
         "district.", "ASSAULT", "IND", "IND"),
        ("The closure of the Libyan embassy in London was ordered by the British government on Monday.",
         "SANCTION", "GBR", "LBY"),
        ("The closure of the Jordanian embassy in Baghdad was ordered by King Hussein on Sunday.",
         "SANCTION", "JOR", "IRQ"),
        ("The use of force against Serbia was not ruled out by the French foreign minister on Monday.",
         "THREATEN", "FRA", "SRB"),
        ("The extradition of former Peruvian president Alberto Fujimori was requested from Japan by the "
         "government in Lima on Friday.", "REQUEST", "PER", "JPN"),
        ("The evacuation of Soviet troops from Afghanistan was completed on Wednesday.",
         "RETREAT", "RUS", "AFG"),
        ("Abuses by Sudanese troops in Darfur were documented by Human Rights Watch in a report released on "
         "Monday.", "ACCUSE", "NGO", "SDN"),
        ("The Iraqi nuclear reactor at Osirak was destroyed by Israeli warplanes in a raid.",
         "ASSAULT", "ISR", "IRQ"),
        ("The bank accounts of hundreds of Kenyan farmers were frozen by the government on Friday.",
         "COERCE", "KEN", "KEN"),
        ("Proposals for a federal Cyprus put forward by the U.N. secretary-general were rejected by the "
         "Turkish Cypriot leader.", "REJECT", "CYP", "IGO"),
        # new wording for constructions the PLOVER records use
        ("Vietnam's trade minister said Hanoi is committed to opening its markets to foreign goods.",
         "AGREE", "VNM", ""),
        ("King Hussein has taken several steps to ease restrictions on the press.", "CONCEDE", "JOR", "JOR"),
        ("A group of Ijaw leaders said they were willing to back President Olusegun Obasanjo for a second "
         "term.", "SUPPORT", "NGA", "NGA"),
        ("The Algerian government suspended the independent daily El Watan for two weeks.",
         "COERCE", "DZA", "DZA"),
        ("Security forces in Burma have forced thousands of villagers to work as porters for the army.",
         "COERCE", "MMR", "MMR"),
        ("Yemen's president said he is ready to release southern leaders jailed after the civil war.",
         "AGREE", "YEM", "YEM"),
        ("The Turkish army lifted a week-old blockade on Kurdish villages near the Iraqi frontier.",
         "RETREAT", "TUR", "TUR"),
        # fighters trained for use against a party threaten it; forces readied for an intervention somewhere;
        # a pact of two sides is aimed at neither, not at whom its terms name
        ("Iran is training fighters to use against Israel.", "THREATEN", "IRN", "ISR"),
        ("Britain called up reservists for a possible intervention in Sierra Leone.",
         "MOBILIZE", "GBR", "SLE"),
        ("With the signing of a peace accord in Arusha, the Rwandan government and the rebels agreed to "
         "allow the deployment of U.N. observers.", "AGREE", "RWA", ""),
        # a clause describing the place, a town named as such, one's own people in the rival clause, a group
        # of a people, and the speaker a pronoun stands for
        ("Up to 3,000 ethnic Serbs demonstrated on Sunday in Croatia, where a new law restricts the use of "
         "Serbian in schools.", "PROTEST", "HRV", "HRV"),
        ("Egyptian authorities imposed a curfew on the town of Mallawi after clashes between Moslems and "
         "Christians.", "COERCE", "EGY", "EGY"),
        ("The government of Sind province deployed paramilitary rangers in Karachi after a week of violence "
         "between Mohajirs and Pashtuns.", "MOBILIZE", "PAK", ""),
        ("A group of Shi'ite clerics announced that they were willing to support Prime Minister Nouri "
         "al-Maliki.", "SUPPORT", "IRQ", "IRQ"),
        # "its" in a clause with a subject of its own is that subject's, not the teller's
        ("Under the accord, Syria will withdraw all its troops from Lebanon's Bekaa valley by June, said a "
         "spokesman for the Arab League.", "AGREE", "SYR", "LBN"),
        # a verb sharing the object of the one joined to it; aid distributions cut off where they went; a curb
        # on public life eased at home
        ("Security forces in Zimbabwe have beaten and detained scores of opposition activists.",
         "ASSAULT", "ZWE", "ZWE"),
        ("World Food Programme officials suspended food distributions in Darfur after two of their trucks "
         "were ambushed.", "SANCTION", "IGO", "SDN"),
        ("President Pervez Musharraf said he is prepared to lift the ban on political rallies.",
         "AGREE", "PAK", "PAK"),
        ("U.N. officials suspended aid convoys in eastern Chad after one of their vehicles was hijacked.",
         "SANCTION", "IGO", "TCD"),
        # "told visiting ..." describes a guest; the act is what was told
        ("The king told visiting French officials that Morocco would withdraw its troops from the border.",
         "AGREE", "MAR", ""),  # a promise
        # a phrase the parser hung on the day belongs to the verb
        ("Kuwait's emir launched a mediation effort on Saturday between Uganda and Colombia.",
         "CONSULT", "KWT", "UGA+COL"),
        ("A bomb exploded outside an army barracks in Bilbao on Tuesday.", "ASSAULT", "ESP", "ESP"),
        ("Syrian troops used nerve gas against rebels near Damascus.", "ASSAULT", "SYR", "SYR"),
        ("Angry Pakistani students burned the American consulate in Karachi.", "PROTEST", "PAK", "USA"),
        # a captive is also named by what was done to him
        ("Nigerian militants released two kidnapped engineers from Britain.", "RETREAT", "NGA", "GBR"),
        ("The Peruvian government agreed to the miners' demands on Friday.", "CONCEDE", "PER", "PER"),
        ("The U.N. refugee agency provided blankets to Afghan returnees.", "AID", "IGO", "AFG"),
        ("The JVP called a general strike across Sri Lanka.", "PROTEST", "LKA", "LKA"),
        ("Peking accused Moscow of aggression along the Ussuri river.", "ACCUSE", "CHN", "RUS"),
        ("Hungary quit the Warsaw Pact in 1991.", "SANCTION", "HUN", "IGO"),
        # a participle set off by commas is an aside, also where the parser made the subject the root
        ("Thousands of Filipinos, angered by the killing of a maid in Singapore, protested outside the"
         " Singaporean embassy in Manila on Sunday.", "PROTEST", "PHL", "SGP"),
        # a description set off by commas is no list of actors
        ("Saudi Arabia, Egypt's biggest creditor, promised on Sunday to lend Cairo another two billion"
         " dollars.", "AGREE", "SAU", "EGY"),
        # what two countries talk over is their topic, no party to the talks
        ("The presidents of Brazil and Argentina discussed the future of Mercosur in Brasilia on Friday.",
         "CONSULT", "BRA+ARG", ""),
        ("The Carter administration cut off military aid to Uruguay on Friday.", "SANCTION", "USA", "URY"),
        # a common noun capitalised to open the sentence is no organisation
        ("Kidnappers in Yemen freed two German tourists on Sunday.", "RETREAT", "YEM", "DEU"),
        # people protesting where the one country named is are its own
        ("Dock workers shut the port of Rotterdam in protest against new labour rules.",
         "PROTEST", "NLD", "NLD"),
        # a veto vowed unless the other side yields is a threat
        ("Cyprus will veto Turkey's entry talks unless Ankara opens its ports to Cypriot ships.",
         "THREATEN", "CYP", "TUR"),
        # a protest against a deed is against who did it
        ("Thousands of Palestinians protested against the killing of a Hamas commander by Israeli troops.",
         "PROTEST", "PSE", "ISR"),
        ("Germany will deliver an additional air defence system to Ukraine.", "AGREE", "DEU", "UKR"),
        # a deed drew condemnation from no one named: the deed is the act told
        ("India's nuclear test drew worldwide condemnation on Monday.", "MOBILIZE", "IND", ""),
        # one's own people called home cut a tie with the country they leave
        ("President Bush ordered all Americans to leave Kuwait on Friday.", "SANCTION", "USA", "KWT"),
        # whom an act is a message to
        ("North Korea fired two missiles into the sea on Tuesday in a warning to Seoul.",
         "MOBILIZE", "PRK", "KOR"),
        # saying someone was behind a deed is a charge, as "charged that" is
        ("Syria said on Tuesday that Israel was behind the car bombing in Damascus.", "ACCUSE", "SYR", "ISR"),
        # a retaliation vowed on a condition is a threat; the condition's own act is none
        ("Egypt will strike back hard if Libya attacks its border posts, the defence minister said.",
         "THREATEN", "EGY", "LBY"),
        ("Cuba has sent 2,000 military advisers to Angola, according to a State Department report.",
         "AID", "CUB", "AGO"),
        # "raped" is "rape" done, not "rap" (a rebuke) with its consonant undoubled
        ("Burmese soldiers raped four Karen women near the Thai border, a rights group said.",
         "ASSAULT", "MMR", "MMR"),
        ("Rwandan militiamen burned alive dozens of villagers.", "ASSAULT", "RWA", "RWA"),
        ("Rebels cut off the hands of villagers in Sierra Leone.", "ASSAULT", "SLE", "SLE"),
        ("Iraqi helicopters sprayed chemical agents on Kurdish villages.", "ASSAULT", "IRQ", "IRQ"),
        ("Thousands of Bangladeshi garment workers went on a rampage in Dhaka.", "PROTEST", "BGD", "BGD"),
        ("Sudanese troops forcibly recruited hundreds of boys in Darfur.", "COERCE", "SDN", "SDN"),
        # offers made are promises; a protest note is a complaint, no street protest
        ("Iran made a peace offer to Iraq on Friday.", "AGREE", "IRN", "IRQ"),
        ("Seoul made an offer of talks to Pyongyang on Monday.", "AGREE", "KOR", "PRK"),
        ("Beijing sent a protest note to Hanoi over the arrests.", "ACCUSE", "CHN", "VNM"),
        # a warning's recipient, as the parser's dative too; "deliver" is light
        ("Iran issued a warning to Saudi Arabia.", "THREATEN", "IRN", "SAU"),
        ("Moscow delivered a stern warning to Tbilisi on Friday.", "THREATEN", "RUS", "GEO"),
        ("Syria received a stern warning from Ankara on Monday.", "THREATEN", "TUR", "SYR"),
        # an opening phrase the parser took for a second subject is cut off from the verb by its comma
        ("Citing Libya's support for terrorism, Britain on Monday closed its embassy in Tripoli.",
         "SANCTION", "GBR", "LBY"),
        # who monitors what is agreed is no party to it
        ("Armenia and Azerbaijan agreed on Friday to a U.N.-monitored ceasefire line.",
         "AGREE", "ARM+AZE", ""),
        # a sentence-initial name the tagger took for an adverb is the subject
        ("Bucharest along with its partners demanded on Monday that Belgrade withdraw its troops"
         " from Kosovo.", "REQUEST", "ROU", "SRB"),
        # "back" leaves a pact only with a particle; backing an accord endorses it
        ("The Greek government backed the peace accord for Cyprus on Friday.", "SUPPORT", "GRC", "CYP"),
        # a body of states left is a tie cut, as a pact left is
        ("Gambia withdrew from the Commonwealth in 2013.", "SANCTION", "GMB", "IGO"),
        ("Senegal dispatched medical teams to flood-hit Guinea.", "AID", "SEN", "GIN"),
        ("France sent a naval task force to the coast of Lebanon.", "MOBILIZE", "FRA", "LBN"),
        # "vow" promises only what it names: keeping a pact, respecting a border
        ("Serbia vowed to respect Montenegro's independence.", "AGREE", "SRB", "MNE"),
        ("The American mediator shuttled between Khartoum and Juba.", "CONSULT", "USA", "SDN+SSD"),
        ("Paris warned Libya of reprisals.", "THREATEN", "FRA", "LBY"),
        ("Algerian students hurled petrol bombs at police in Algiers.", "PROTEST", "DZA", "DZA"),
        # a mission opened somewhere goes to that country, wherever the parser hangs the place
        ("Peru has established diplomatic relations with and opened an embassy in Caracas, the foreign"
         " ministry said on Monday.", "SUPPORT", "PER", "VEN"),
        # asking a state to sign a deal is a request, whatever place the deal is named for
        ("The U.N. Security Council called on Congo to sign the ceasefire agreement reached in Lusaka last"
         " week.", "REQUEST", "IGO", "COD"),
        # a government's seat the parser hung on the verb still names whose government it is
        ("Turkey recognised the new government in Kabul.", "SUPPORT", "TUR", "AFG"),
        ("Moscow accused the regime in Kabul of genocide.", "ACCUSE", "RUS", "AFG"),
        # not recognising a pact is a refusal
        ("Turkey said it would not recognise any agreement signed by the Greek Cypriot government.", "REJECT",
         "TUR", "CYP"),
        # the partner of a pact a threat is to leave, however far from the threat, and even "its" pact
        ("North Korea threatened on Monday to pull out of the 1994 nuclear agreement with the United States.",
         "THREATEN", "PRK", "USA"),
        ("Egypt threatened to pull out of its agreement with the United States.", "THREATEN", "EGY", "USA"),
        # transport links cancelled and air space closed are ties cut
        ("India cancelled the bus service to Pakistan and closed its air space to Pakistani flights.",
         "SANCTION", "IND", "PAK"),
        ("President Reagan ordered a freeze on Libyan assets in the United States.", "SANCTION", "USA",
         "LBY"),
        ("Israeli navy boats seized a Lebanese freighter bound for the port of Tyre.", "COERCE", "ISR",
         "LBN"),
        # officials let in to see something are access granted, before the visit they make
        ("China allowed Red Cross officials to visit prisoners in Tibet.", "RETREAT", "CHN", "IGO"),
        # a station named after its kind, the name tagged as a plural
        ("Russian authorities shut down the independent television station NTV.", "COERCE", "RUS", "RUS"),
        # a freeze on one's own building is no sanction
        ("Israel agreed to a freeze on settlement construction.", "AGREE", "ISR", ""),
        # what two sides failed to do, they did not do
        ("India and Pakistan failed to agree on the withdrawal of troops from the Siachen glacier.", "REJECT",
         "IND+PAK", ""),
        # cooperation stopped is a tie cut; one to stop, on a condition, a threat of it
        ("Iran stopped cooperating with U.N. nuclear inspectors.", "SANCTION", "IRN", "IGO"),
        ("Iran will stop cooperating with U.N. nuclear inspectors if the Security Council imposes sanctions.",
         "THREATEN", "IRN", "IGO"),
        # not renouncing force is a threat of it
        ("China will not renounce the use of force against Taiwan, the foreign ministry said.", "THREATEN",
         "CHN", "TWN"),
        # a proposal called unacceptable is refused
        ("Morocco said the Algerian proposal for a referendum was unacceptable.", "REJECT", "MAR", "DZA"),
        ("Tehran said the American demands were unacceptable.", "REJECT", "IRN", "USA"),
        # a pact reneged on reaches its partner
        ("North Korea reneged on its agreement with the United States to freeze its nuclear program.",
         "REJECT", "PRK", "USA"),
        # a solution one will not accept is refused
        ("Pakistan said it would not accept any solution imposed by India.", "REJECT", "PAK", "IND"),
        # what a refusal's own preposition names is what is refused
        ("Russia balked at a NATO plan to station troops in Poland.", "REJECT", "RUS", "IGO"),
        ("Turkey blocked a NATO decision to send missiles to Greece.", "REJECT", "TUR", "IGO"),
        ("Iran vowed revenge against Israel for the killing of its scientist.", "THREATEN", "IRN", "ISR"),
        ("North Korea vowed to annihilate any American force that invaded it.", "THREATEN", "PRK", "USA"),
        # a deadline set for someone to act is an ultimatum
        ("The United States gave Iraq until Saturday to leave Kuwait.", "THREATEN", "USA", "IRQ"),
        ("NATO gave the Serbs 48 hours to withdraw their heavy weapons.", "THREATEN", "IGO", "SRB"),
        ("Japan gave Indonesia 100 million dollars to rebuild Aceh.", "AID", "JPN", "IDN"),
        # a square where crowds gather is in its country
        ("Students staged a sit-in in Tiananmen Square to demand democracy.", "PROTEST", "CHN", "CHN"),
        # a gesture is aimed at whom it is made to
        ("In a gesture to the Palestinians ahead of the summit, Israel released 400 prisoners.", "RETREAT",
         "ISR", "PSE"),
        # a sum the NER ran into the name before it is still money given, to the one named
        ("Saudi Arabia gave Jordan 200 million dollars to help it cope with the flood of refugees.", "AID",
         "SAU", "JOR"),
        # whom one helps to act, the parser reading the name as the verb's compound
        ("Hanoi agreed to help Washington search for the remains of missing American servicemen.", "AGREE",
         "VNM", "USA"),
        # an attack at a foreign mission is aimed at its state
        ("A car bomb exploded outside the Israeli embassy in Buenos Aires, killing 29 people.", "ASSAULT",
         "ARG", "ISR"),
        ("Israeli helicopter gunships rocketed guerrilla targets in southern Lebanon.", "ASSAULT", "ISR",
         "LBN"),
        # clashes between two states' forces are fighting, not a riot
        ("Clashes between Indian and Pakistani troops continued.", "ASSAULT", "IND+PAK", "IND+PAK"),
        ("Fighting between Armenian and Azerbaijani forces killed 20 people.", "ASSAULT", "ARM+AZE", ""),
        # a sum in aid, the parser hanging the aid on the verb
        ("Congress approved 2 billion dollars in military aid to Egypt.", "AID", "USA", "EGY"),
        ("The United States approved 10 billion dollars in loan guarantees for Israel.", "AID", "USA", "ISR"),
        # "its" talks are those of whom "its" stands for
        ("Egypt said its talks with Israel on Palestinian autonomy had been constructive.", "CONSULT", "EGY",
         "ISR"),
        # what one stops short of, one does not do
        ("Britain stopped short of agreeing to joint sovereignty over Gibraltar with Spain.", "REJECT", "GBR",
         "GIB"),
        # ships let use one's ports are military cooperation; not letting them is a refusal
        ("Ethiopia would not allow Eritrean ships to use its ports.", "REJECT", "ETH", "ERI"),
        # a trip's host is whom it is made to meet, not the venue; not a with-phrase after the talks' topic
        ("The U.S. envoy arrived in Geneva for talks with the Iranian foreign minister.", "CONSULT", "USA",
         "IRN"),
        ("Iraqi Deputy Prime Minister Tariq Aziz arrived in Moscow on Sunday for talks on the standoff with"
         " the United Nations over weapons inspections.", "CONSULT", "IRQ", "RUS"),
        # a people stoning troops riots; settlers stoning cars attack
        ("Angry Greek Cypriots stoned Turkish troops near Nicosia during a demonstration on Sunday.",
         "PROTEST", "CYP", "TUR"),
        ("Jewish settlers stoned Palestinian cars near the West Bank city of Nablus on Saturday.", "ASSAULT",
         "ISR", "PSE"),
        ("Zambia expelled 40 Congolese traders for entering the country without permits.", "COERCE", "ZMB",
         "COD"),
        # threats of force in other words
        ("Turkey said it would consider the extension of Greek territorial waters a cause for war.",
         "THREATEN", "TUR", "GRC"),
        ("India said it would strike back hard at any Pakistani attempt to infiltrate militants across the"
         " border.", "THREATEN", "IND", "PAK"),
        ("China said it would teach Vietnam a lesson if it continued its provocations along the border.",
         "THREATEN", "CHN", "VNM"),
        ("Argentina said it was ready to use force against Britain.", "THREATEN", "ARG", "GBR"),
        # a named writer hanged; a paper's offices closed
        ("Nigeria hanged the writer Ken Saro-Wiwa and eight other activists.", "ASSAULT", "NGA", "NGA"),
        ("Sudanese authorities closed the offices of two independent newspapers in Khartoum.", "COERCE",
         "SDN", "SDN"),
        # people moved by force; whom kidnappers hold is where they hold them
        ("Thousands of Afghan refugees were forcibly returned across the border by Pakistani police.",
         "COERCE", "PAK", "AFG"),
        ("The Vatican appealed to the kidnappers of two Italian nuns in Somalia to free them unharmed.",
         "REQUEST", "VAT", "SOM"),
        # a pledge to take something from another by force is a threat, not a promise
        ("Saddam Hussein pledged to liberate Kuwait from the foreign armies.", "THREATEN", "IRQ", "KWT"),
        ("President Bush pledged to bring the perpetrators to justice.", "THREATEN", "USA", ""),
        ("Japan pledged to help Indonesia recover from the tsunami.", "AGREE", "JPN", "IDN"),
        ("The Turkish prime minister vowed to wipe out the PKK guerrillas.", "THREATEN", "TUR", "TUR"),
        # debts forgiven or rescheduled, supplies rushed: aid
        ("Britain forgave Zambia's debts of 200 million pounds.", "AID", "GBR", "ZMB"),
        ("The Paris Club rescheduled Egypt's foreign debt.", "AID", "IGO", "EGY"),
        ("The United States rushed tents and blankets to earthquake survivors in Armenia.", "AID", "USA",
         "ARM"),
        # diplomats declared unwelcome are expelled, however the parser reads the Latin
        ("Iran declared the British ambassador persona non grata on Sunday.", "SANCTION", "IRN", "GBR"),
        # the doer guessed for an act is not a party of the clause that only dates it
        ("Arab states cut off aid to Egypt after it signed a peace treaty with Israel.", "SANCTION", "",
         "EGY"),
        # a failure to understand is no failure of what is understood
        ("Washington failed to understand that China would only act by agreeing to a deal with Japan.",
         "AGREE", "CHN", "JPN"),
        # goods counted by their worth; debts cancelled, money released, lending resumed: aid
        ("Canada sent 3 million dollars worth of medicine to Ethiopia.", "AID", "CAN", "ETH"),
        ("Sweden cancelled most of Tanzania's debt.", "AID", "SWE", "TZA"),
        ("The Asian Development Bank released 80 million dollars to Nepal.", "AID", "IGO", "NPL"),
        ("The World Bank resumed lending to Peru after a two-year freeze.", "AID", "IGO", "PER"),
        # forces storming across a border; a mission closed; dues withheld; magazines shut
        ("Syrian troops stormed into the Lebanese town of Zahle.", "ASSAULT", "SYR", "LBN"),
        ("Libya ordered the closure of the Egyptian interests section in Tripoli.", "SANCTION", "LBY", "EGY"),
        ("Israel withheld its dues to the World Health Organisation.", "SANCTION", "ISR", "IGO"),
        ("Burmese authorities closed down three magazines in Rangoon.", "COERCE", "MMR", "MMR"),
        # a deed to come on another's terms is a threat, whatever the deed
        ("Iran said it would keep the tanker unless Britain released an Iranian ship.", "THREATEN", "IRN",
         "GBR"),
        ("Libya said it would resume oil exports to Italy unless Rome paid compensation.", "THREATEN", "LBY",
         "ITA"),
        # talks left are ties cut, and a threat when they hang on a condition; a city names the talks
        ("Syria walked out of the peace talks with Israel.", "SANCTION", "SYR", "ISR"),
        ("Eritrea said it would pull out of the talks if Ethiopia moved troops to Badme.", "THREATEN",
         "ERI", "ETH"),
        ("Israel pulled out of the Madrid conference.", "SANCTION", "ISR", ""),
        # ties said to be at stake; a "befitting reply" vowed
        ("Beijing warned that relations with Paris would suffer if France sold frigates to Taiwan.",
         "THREATEN", "CHN", "FRA"),
        ("India's army chief vowed to give a befitting reply to any Pakistani incursion.", "THREATEN",
         "IND", "PAK"),
        # an agreement's topic is no party to it
        ("Spain and Morocco reached an agreement on the future of Gibraltar's airport.", "AGREE",
         "ESP+MAR", ""),
        # whom one lets in, as the parser reads "let X do"; a protest against one's own government
        ("Serbia backed down and agreed to let OSCE monitors enter Kosovo.", "CONCEDE", "SRB", "IGO"),
        ("Thousands of Italians marched in Rome against the government's handling of the crisis in Libya.",
         "PROTEST", "ITA", "ITA"),
        # where those who report a story are is no party to it
        ("Syrian authorities hanged nine army officers accused of treason, exiles in Paris said.", "ASSAULT",
         "SYR", "SYR"),
        # "told X it must": a demand of the one told; a release made a condition of ties
        ("The Arab League told Baghdad on Friday it must free all Kuwaiti prisoners.", "REQUEST", "IGO",
         "IRQ"),
        ("Germany made the return of its kidnapped engineers in Yemen a condition for ties with Sudan.",
         "REQUEST", "DEU", "SDN"),
        # force kept open, or told without its target, in a warning
        ("Seoul said it would never renounce the option of using force against any North Korean incursion.",
         "THREATEN", "KOR", "PRK"),
        ("Israel warned Lebanon that it would strike again if the rocket fire continued.", "THREATEN", "ISR",
         "LBN"),
        # whom an act "in protest at" something protests; what forces are readied for
        ("Iran boycotted the Islamic summit in Rabat in protest at Morocco's ties with Israel.", "PROTEST",
         "IRN", "MAR"),
        ("Syria called up reservists in preparation for a possible offensive against Israel.", "MOBILIZE",
         "SYR", "ISR"),
        # an object shared by two joined verbs
        ("Zairean troops beat and detained scores of supporters of Etienne Tshisekedi.", "ASSAULT", "COD",
         "COD"),
        # a place the NER takes for a person; whom threatened force is against, however deep in the act
        ("Bahrain threatened to use force to keep its hold on the island of Hawar against Qatar.", "THREATEN",
         "BHR", "QAT"),
        # members of a group the gazetteer does not know, held at home, are the country's
        ("Tunisian police rounded up 40 members of the Renewal Front in Sfax.", "COERCE", "TUN", "TUN"),
        # a ban on travel to a country, lifted
        ("South Korea lifted its ban on travel to Vietnam.", "CONCEDE", "KOR", "VNM"),
        # a known body with a word on its politics run into its name by the NER
        ("Marxist New People's Army guerrillas attacked a police post on Mindanao.", "ASSAULT", "PHL", "PHL"),
        # a cooperative act refused until another acts first is refused to that other
        ("Jordan said it would not sign a peace treaty until Israel returned the occupied land.", "REJECT",
         "JOR", "ISR"),
        # victims of an attack are where what struck them landed; those who die at someone's hands are struck
        ("Rockets fired from Lebanon landed in Haifa on Monday, wounding four people.", "ASSAULT", "LBN",
         "ISR"),
        ("Eleven prisoners died at the hands of Kenyan prison guards last year.", "ASSAULT", "KEN", "KEN"),
        # another side's wrong, told as a fact, is a charge; a ministry of no named country speaks for where
        # it speaks
        ("Greece said on Monday that Turkey was violating the territorial waters agreement.", "ACCUSE",
         "GRC", "TUR"),
        ("\"Moscow is meddling in our elections,\" a Foreign Ministry spokesman said in Kiev.", "ACCUSE",
         "UKR", "RUS"),
        # "there will be no talks", said: the speaker's refusal; terrorists are a people's own insurgents
        ("Spain said there would be no negotiations with terrorists.", "REJECT", "ESP", "ESP"),
        ("Mubarak said there would be no dialogue with Israel while the killing continued.", "REJECT", "EGY",
         "ISR"),
        # vows of force, whatever the vowing verb, and fighting kept up
        ("Syria promised to punish Israel for the raid.", "THREATEN", "SYR", "ISR"),
        ("Somalia vowed to recapture the Ogaden from Ethiopia.", "THREATEN", "SOM", "ETH"),
        ("Hezbollah vowed to continue its armed struggle against Israel.", "THREATEN", "LBN", "ISR"),
        ("The Kurdish rebels of the PKK pledged to keep fighting in southeastern Turkey.", "THREATEN", "TUR",
         "TUR"),
        # a charge or report called baseless is rejected; a side named a wrongdoer is charged; an attack to be
        # "met with" force is threatened
        ("Pakistan said the Indian allegations were baseless.", "REJECT", "PAK", "IND"),
        ("Cuba said the State Department report was full of lies.", "REJECT", "CUB", "USA"),
        ("Libya said the United States was the real aggressor in the Gulf of Sidra.", "ACCUSE", "LBY", "USA"),
        ("Iran said any Iraqi attack on its oil terminals would be met with a crushing response.", "THREATEN",
         "IRN", "IRQ"),
        # the topic two sides meet to discuss is no party to their talks
        ("The French and British foreign ministers met in Paris to discuss the Libyan crisis.", "CONSULT",
         "FRA+GBR", ""),
        # a bridge reopened, a price rise cancelled: concessions; a border opened to refugees, shelter given
        ("Jordan reopened the King Hussein Bridge to Palestinian travellers.", "CONCEDE", "JOR", "PSE"),
        ("Jordan's government scrapped a planned hike in fuel prices after riots in Maan.", "CONCEDE", "JOR",
         "JOR"),
        ("Turkey opened its border to 60,000 Kurdish refugees from Iraq.", "AID", "TUR", "IRQ"),
        ("Kenya gave shelter to thousands of Somali refugees.", "AID", "KEN", "SOM"),
        # people questioned, or summoned for questioning, and inquiries at home: investigations
        ("Spanish police questioned 12 people about the bombing of a bus in Madrid.", "ACCUSE", "ESP", "ESP"),
        ("Brazilian prosecutors summoned a former president for questioning in a bribery case.", "ACCUSE",
         "BRA", "BRA"),
        ("Greek magistrates opened an inquiry into payments made to senior officials.", "ACCUSE", "GRC",
         "GRC"),
        # a vote or a word in favour or in defence of another side's cause is support
        ("India voted in favour of Egypt's candidate for the post.", "SUPPORT", "IND", "EGY"),
        ("Russia spoke out in defence of Serbia's claim to Kosovo.", "SUPPORT", "RUS", "SRB"),
        # notice served on a side is a warning addressed to it
        ("Britain served notice on Spain that it would not tolerate further harassment of its fishermen.",
         "THREATEN", "GBR", "ESP"),
        # food deliveries resumed are aid, whatever suspension came before
        ("UNICEF resumed food deliveries to Liberia after a month-long suspension.", "AID", "IGO", "LBR"),
        # a state's news agency or broadcaster speaks for the state; a reporter for one is the outlet's
        ("The official KCNA news agency denounced the joint military exercises of Seoul and Washington.",
         "ACCUSE", "PRK", "KOR+USA"),
        ("Tanjug accused Albania of arming the separatists.", "ACCUSE", "SRB", "ALB"),
        ("Kenya expelled a correspondent for Deutsche Welle.", "COERCE", "KEN", "DEU"),
        ("A journalist for the BBC was detained in Tehran.", "COERCE", "IRN", "GBR"),
        # one who tells of joint dealings "with" another side tells of its own
        ("Pakistan said the negotiations with India on Siachen would continue in March.", "CONSULT", "PAK",
         "IND"),
        ("Cuban officials said cooperation with Venezuela on health care had deepened.", "COOPERATE", "CUB",
         "VEN"),
        ("Economists said the talks with the IMF were likely to drag on.", "CONSULT", "", "IGO"),
        # sanctions a threat would ask others for hit whom they are against, not the body asked
        ("Canada threatened to ask the Commonwealth for sanctions against Fiji.", "THREATEN", "CAN", "FJI"),
        # weapons delivered, counted by their batteries, are aid
        ("Russia delivered S-300 missile batteries to Cyprus.", "AID", "RUS", "CYP"),
        # a state named for itself acts as a state when its deed is done in protest
        ("Iran expelled 300 Saudi workers to protest the killings in Mecca.", "COERCE", "IRN", "SAU"),
        # force vowed in other words: a country wiped off the map
        ("Iraq warned that Kuwait would be wiped off the map.", "THREATEN", "IRQ", "KWT"),
        # those on a side of a border are that side's
        ("Troops on the Iranian side of the border shelled Iraqi villages.", "ASSAULT", "IRN", "IRQ"),
        # one's own people charged are the recipients of the charge, whoever the charge names
        ("A court in Cairo convicted an Egyptian engineer of spying for Israel.", "ACCUSE", "EGY", "EGY"),
        # credits extended are aid; offered, a pledge
        ("Japan extended 300 million dollars in credits to Poland.", "AID", "JPN", "POL"),
        # membership applied for is diplomatic cooperation asked for
        ("Hungary applied for membership of the European Union on Thursday.", "REQUEST", "HUN", "IGO"),
        # whom a vehicle carries is who is attacked in it
        ("Gunmen opened fire on a bus carrying Greek tourists outside a Cairo hotel.", "ASSAULT", "EGY",
         "GRC"),
        ("A Jewish settler opened fire on Palestinian labourers near Nablus.", "ASSAULT", "ISR", "PSE"),
        # freedoms restored and the death penalty abolished: concessions at home
        ("Uruguay's military rulers restored civil liberties.", "CONCEDE", "URY", "URY"),
        ("Ukraine abolished the death penalty.", "CONCEDE", "UKR", "UKR"),
        # relief flown in or escorted, debt payments rescheduled: aid
        ("Danish relief planes landed in Mogadishu with medicine.", "AID", "DNK", "SOM"),
        ("French troops escorted relief convoys to Goma.", "AID", "FRA", "COD"),
        ("Japan rescheduled Peru's debt payments.", "AID", "JPN", "PER"),
        # what is handed over goes to the country it lies in, when no one is named to receive it
        ("Russia handed over control of its last radar station in Latvia.", "RETREAT", "RUS", "LVA"),
        # a march to voice anger at another side protests to it
        ("Thousands of Indonesians marched in Jakarta to vent their anger at Australia.", "PROTEST", "IDN",
         "AUS"),
        # prisoners protest to whoever holds them
        ("Moroccan prisoners in Algerian camps went on a hunger strike.", "PROTEST", "MAR", "DZA"),
        # a border sealed, a trade quota cancelled: ties cut
        ("Greece sealed its border with Albania after the shooting of two Greek soldiers.", "SANCTION", "GRC",
         "ALB"),
        ("The United States cancelled the Dominican Republic's sugar quota.", "SANCTION", "USA", "DOM"),
        # what is to come said to be a cause for war is a threat of war
        ("Ankara said any extension of Greek territorial waters would be a casus belli.", "THREATEN", "TUR",
         "GRC"),
        # force said to be in store for another, with no doer named, is the speaker's
        ("Syria said the Israeli jets would be shot down.", "THREATEN", "SYR", "ISR"),
        # a deed said to be a wrong is a charge against its doer
        ("Moscow said the NATO air strikes were a violation of international law.", "ACCUSE", "RUS", "IGO"),
        ("Beijing said the Japanese decision was an affront to the Chinese people.", "ACCUSE", "CHN", "JPN"),
        # wanting another to do what is no tie of its own is asking
        ("Paris wants Algeria to improve its treatment of journalists.", "REQUEST", "FRA", "DZA"),
        # the one a governing verb tells of undergoes its passive infinitive
        ("Iraq is expected to be condemned by the Security Council.", "ACCUSE", "IGO", "IRQ"),
        # a stand of one's own is no blow; plans undone are rejected
        ("Washington backed off its demand that Tokyo open its rice market.", "CONCEDE", "USA", "JPN"),
        ("The Indian premier attacked Pakistan's policy on Kashmir.", "ACCUSE", "IND", "PAK"),
        ("Greek lawmakers vowed to kill the accord with Macedonia.", "REJECT", "GRC", "MKD"),
        # a clause of time stands whatever the verb it hangs on denies
        ("Egypt did not raise the issue when Mubarak met Peres in Cairo.", "CONSULT", "EGY", "ISR"),
        ("Diplomats argued over whether or not Iran had complied with the accord.", "CONCEDE", "IRN", "IRN"),
        # the state an inquiry is named for is the one looked into
        ("Senators pressed ahead with the Iran investigation on Tuesday.", "ACCUSE", "", "IRN"),
        # what is struck inside a country is struck in it
        ("Turkish jets bombed convoys inside Iraq.", "ASSAULT", "TUR", "IRQ"),
        # "it" after a clause that names its doer first
        ("While Libya denied any role, it has shipped arms to the rebels in Chad.", "AID", "LBY", "TCD"),
        # dealings won or got with a partner are the winner's own; aid got from a giver is the giver's
        ("Jerusalem was eager to win an agreement with Amman on water rights.", "AGREE", "ISR", "JOR"),
        ("Rwanda received weapons from France with Egyptian help.", "AID", "FRA", "RWA"),
        # agencies ordered out are expelled, the particle read by the parser as a preposition
        ("Khartoum ordered two foreign aid agencies out of Kordofan on Monday.", "SANCTION", "SDN", ""),
        # an attack that names no one struck is aimed at whom its toll names
        ("Indian troops fired mortar bombs across the Line of Control on Friday, wounding six Pakistani "
         "villagers.", "ASSAULT", "IND", "PAK"),
        # dealings scaled back, reduced or shut are ties cut
        ("Egypt shut its embassy in Tehran after the killing of a diplomat.", "SANCTION", "EGY", "IRN"),
        ("Tokyo scaled back its trade with Hanoi.", "SANCTION", "JPN", "VNM"),
        ("The United States reduced its military aid to Pakistan.", "SANCTION", "USA", "PAK"),
        # words of wire copy for internment, a plan shelved, a gas attack and a ship torpedoed
        ("Thailand interned thousands of Cambodian refugees.", "COERCE", "THA", "KHM"),
        ("Israel shelved the Syrian peace plan.", "REJECT", "ISR", "SYR"),
        ("Iraqi jets gassed Kurdish villagers near Halabja.", "ASSAULT", "IRQ", "IRQ"),
        ("An Iraqi submarine torpedoed a Kuwaiti tanker.", "ASSAULT", "IRQ", "KWT"),
        # a party warned off a hostile deed is threatened
        ("Moscow warned Baku against any military intervention in Karabakh.", "THREATEN", "RUS", "AZE"),
        # or off a wrong; stock phrases of menace are threats
        ("Washington warned Baghdad against violations of the no-fly zone.", "THREATEN", "USA", "IRQ"),
        ("Ankara warned Damascus that its patience was wearing thin.", "THREATEN", "TUR", "SYR"),
        ("Beijing warned Taipei that it was playing with fire.", "THREATEN", "CHN", "TWN"),
        ("Moscow warned Tbilisi that all options were on the table.", "THREATEN", "RUS", "GEO"),
        # a deed that draws a state's protests is protested to its doer, officially
        ("The arrest of three Greek tourists by Turkey drew protests from Athens.", "ACCUSE", "GRC", "TUR"),
        # where backing is given is no party to it
        ("French backing for Iraq at the United Nations annoyed Washington.", "SUPPORT", "FRA", "IRQ"),
        # a complaint lodged with a body, accusing another, is aimed at the accused
        ("Egypt filed a complaint with the Arab League on Sunday, accusing Libya of training saboteurs.",
         "ACCUSE", "EGY", "LBY"),
        # a warning told after the harm it warns of
        ("Libya will face military retaliation, the Egyptian president warned.", "THREATEN", "EGY", "LBY"),
        # a trade ban on a state is a sanction, not a ban at home
        ("Washington imposed a total trade ban on Managua.", "SANCTION", "USA", "NIC"),
        # towns seized are taken by force (CAMEO 192), not property confiscated
        ("Tuareg rebels seized three towns in northern Mali.", "ASSAULT", "MLI", "MLI"),
        # a sect names no actor: fighters of one, named by it, act where they are
        ("Shi'ite militiamen shelled a Palestinian camp near Sidon.", "ASSAULT", "LBN", "PSE"),
        # a person attacked over a stand is criticised; an attack over the weekend is still an attack
        ("Republican senators attacked Warren Christopher over his handling of the Bosnian crisis.", "ACCUSE",
         "", "USA"),
        ("Israeli helicopters attacked Hamas leader Abdel Aziz Rantisi over the weekend.", "ASSAULT", "ISR",
         "PSE"),
        # where one is based is not whose one is
        ("Iranian authorities detained a U.S.-based Iranian scholar in Tehran.", "COERCE", "IRN", "IRN"),
        # an attack made of words: told in a speech, on Twitter or in a sermon, named so, aimed at a policy,
        # or one person's at another; with grenades, or by jets, it is force
        ("Senator Bob Dole attacked President Clinton in a speech in Iowa on Tuesday.", "ACCUSE", "USA",
         "USA"),
        ("Imran Khan attacked Nawaz Sharif on Twitter, calling him a thief.", "ACCUSE", "PAK", "PAK"),
        ("Rafsanjani attacked the United States in a Friday prayer sermon in Tehran.", "ACCUSE", "IRN",
         "USA"),
        ("Netanyahu's personal attacks on Ehud Barak dominated the campaign.", "ACCUSE", "ISR", "ISR"),
        ("Chancellor Kohl launched a scathing attack on Britain's monetary policy.", "ACCUSE", "DEU", "GBR"),
        ("Chechen gunmen attacked Akhmad Kadyrov with grenades in Grozny.", "ASSAULT", "RUS", "RUS"),
        ("Iraqi jets attacked Kuwaiti oil terminals on Friday.", "ASSAULT", "IRQ", "KWT"),
        # a person defended against words is backed; a nomination killed is refused
        ("The Saudi foreign minister defended Prince Bandar against allegations of bribery.", "SUPPORT",
         "SAU", "SAU"),
        ("The U.S. Senate killed the nomination of Anthony Lake.", "REJECT", "USA", "USA"),
        # voters rallying behind a leader back him; a rally where a leader blasts a foe is where he spoke
        ("Conservative voters rallied behind Chirac in the second round.", "SUPPORT", "FRA", "FRA"),
        ("Tens of thousands rallied in Seoul against the government.", "PROTEST", "KOR", "KOR"),
        ("At a rally in Caracas, Chavez blasted the American agenda in Latin America.", "ACCUSE", "VEN",
         "USA"),
        # a headline's passive without its auxiliary: who undergoes the act is its subject, or the noun
        # the parser made the headline of; where it happens, or the "by" phrase, says who does it
        ("Turkish journalist arrested in Germany", "COERCE", "DEU", "TUR"),
        ("Two Libyan diplomats expelled from Britain over shooting", "SANCTION", "GBR", "LBY"),
        ("Afghan refugees killed by Pakistani police in Peshawar", "ASSAULT", "PAK", "AFG"),
        # the state one is banned from bans one
        ("The writer was banned from Britain.", "COERCE", "GBR", "GBR"),
        # an attack told as the gist of a speech is words
        ("Khomeini spoke for an hour on Tehran radio, attacking Iraq.", "ACCUSE", "IRN", "IRQ"),
        # where one was born is not whose one is
        ("An Iranian-born American journalist was detained in Tehran.", "COERCE", "IRN", "USA"),
        # evidence that bears out a claim backs no one; a state that backs a claim does
        ("Egypt supported Iraq's claim to the islands.", "SUPPORT", "EGY", "IRQ"),
        # what one does not know the reason for happened: "did not know why" denies nothing
        ("Western diplomats did not know why Iran had expelled the two Danish journalists.", "COERCE",
         "IRN", "DNK"),
        ("Israel would not say why it expelled the two Iraqi diplomats.", "SANCTION", "ISR", "IRQ"),
        # a joint body set up is cooperation
        ("Egypt and Sudan formed a joint committee to manage the Nile waters.", "COOPERATE", "EGY+SDN", ""),
        # a name given is criticism, or praise; a name given to a deed is no deed of its own
        ("Khomeini called the Americans devils.", "ACCUSE", "IRN", "USA"),
        ("Syria called the Israeli raid a massacre.", "ACCUSE", "SYR", "ISR"),
        ("Mubarak called Israel a partner for peace.", "SUPPORT", "EGY", "ISR"),
        # "me" in someone's quoted words is the speaker; "the US" is no "us"
        ('"Mitterrand asked me for help against Libya," Reagan said.', "REQUEST", "FRA", "USA"),
        ("Then the US, France and Britain attacked Libya.", "ASSAULT", "USA+FRA+GBR", "LBY"),
        # a party named in the charge is not who makes it
        ("Mr. Bolton was accused of attempting to inflate the dangers of Syria's weapons programs.", "ACCUSE",
         "", "USA"),
        # forces or a state rolling or crossing into a land invade it
        ("Syrian tanks rolled into the Bekaa Valley on Sunday.", "ASSAULT", "SYR", "LBN"),
        ("Iraq crossed into Kuwait before dawn on Thursday.", "ASSAULT", "IRQ", "KWT"),
        # fighting or a protest stopped, suspended, called off or ended is the giving way, not the fighting
        ("Israel called off its bombing raids on Lebanon.", "RETREAT", "ISR", "LBN"),
        ("Russia suspended its air raids in Chechnya.", "RETREAT", "RUS", ""),
        ("Polish miners ended their strike on Friday.", "CONCEDE", "POL", "POL"),
        # goods given, in the passive with no agent, carry their giver; people given a thing get it
        ("Chinese weapons were delivered to Sudan.", "AID", "CHN", "SDN"),
        ("Russian tanks were shipped to Ethiopia.", "AID", "RUS", "ETH"),
        ("Afghan refugees were given shelter in Pakistan.", "AID", "PAK", "AFG"),
        # a warning's clause the parser hung on the one warned; a name in apposition to the object
        ("The Kenyan government warned the opposition that it would ban the rally.", "THREATEN", "KEN",
         "KEN"),
        ("Russia backed its ally Serbia.", "SUPPORT", "RUS", "SRB"),
        ("China defended its ally North Korea against U.S. charges.", "SUPPORT", "CHN", "PRK"),
        # CAMEO's codes told in the words of wire copy: trade, joint training, intelligence given, protection,
        # a plane returned, a body let in, beatings, a city stormed, a hijacking, a bomb set off, missiles
        # paraded, an alert, a mediation given up, parties deregistered, forced labour, a town reoccupied,
        # atrocities, a case brought, opposition rallied, dismay voiced
        ("Iran began exporting natural gas to Turkey.", "COOPERATE", "IRN", "TUR"),
        ("Israeli air force pilots trained with Turkish pilots over Anatolia.", "COOPERATE", "ISR", "TUR"),
        ("Britain gave the IAEA intelligence on Iraq's weapons programme.", "COOPERATE", "GBR", "IGO"),
        ("U.S. warships escorted Kuwaiti oil tankers through the Gulf.", "AID", "USA", "KWT"),
        ("China returned the U.S. spy plane.", "RETREAT", "CHN", "USA"),
        ("Myanmar let the ICRC visit political prisoners.", "RETREAT", "MMR", "IGO"),
        ("Medecins Sans Frontieres flew a team of doctors to Angola.", "AID", "NGO", "AGO"),
        ("Israeli police beat a Palestinian youth in Hebron.", "ASSAULT", "ISR", "PSE"),
        ("Kenyan police roughed up an opposition leader.", "ASSAULT", "KEN", "KEN"),
        ("Russian troops stormed Grozny on Sunday.", "ASSAULT", "RUS", "RUS"),
        ("Hijackers seized an Indian Airlines jet.", "ASSAULT", "", "IND"),
        ("Tamil Tiger rebels exploded a bomb in Colombo.", "ASSAULT", "LKA", "LKA"),
        ("North Korea paraded its new missiles through Pyongyang.", "MOBILIZE", "PRK", ""),
        ("The Indian army went on red alert.", "MOBILIZE", "IND", ""),
        ("The African Union abandoned its mediation efforts in Liberia.", "SANCTION", "IGO", "LBR"),
        ("The Kenyan government deregistered two opposition parties.", "COERCE", "KEN", "KEN"),
        ("The Burmese army forced villagers into labour.", "COERCE", "MMR", "MMR"),
        ("Israeli troops reoccupied the West Bank town of Jenin.", "ASSAULT", "ISR", "PSE"),
        ("Indonesian troops committed atrocities in Aceh.", "ASSAULT", "IDN", "IDN"),
        ("Bosnia brought a genocide case against Serbia.", "ACCUSE", "BIH", "SRB"),
        ("Iraq tried to rally Arab opposition to the U.N. sanctions.", "ACCUSE", "IRQ", "IGO"),
        ("Japan voiced dismay at the Indian decision.", "ACCUSE", "JPN", "IND"),
        ("Sudan's army waged a campaign of terror against civilians in Darfur.", "ASSAULT", "SDN", "SDN"),
        ("The Pentagon raised the alert status of U.S. forces in the Gulf.", "MOBILIZE", "USA", ""),
        # a ceasefire broken is fighting (CAMEO 196); told by the other side, it is that side's charge
        ("Tamil Tiger rebels breached the ceasefire in northern Sri Lanka.", "ASSAULT", "LKA", "LKA"),
        ("Armenian forces violated the ceasefire in Nagorno-Karabakh on Tuesday, shelling Azerbaijani "
         "villages, Baku said.", "ACCUSE", "AZE", "ARM"),
        # a demand told after its content, however the parser hangs the closing "..., X demanded"
        ("Syria must pull its troops out of Lebanon, Israeli Prime Minister Benjamin Netanyahu demanded on "
         "Friday.", "REQUEST", "ISR", "SYR"),
        ("The Serbian government must hand over war crimes suspects to the Hague tribunal, NATO "
         "Secretary-General Jens Stoltenberg demanded on Monday.", "REQUEST", "IGO", "SRB"),
        # the place a pact is named after is no party to it
        ("UNITA began demobilising its fighters under the Lusaka peace accord.", "RETREAT", "AGO", "AGO"),
        # an offer of any act is an agreement offered; a leader welcomed to one's capital is hosted
        ("Seoul offered to build a railway link with Pyongyang.", "AGREE", "KOR", "PRK"),
        ("King Abdullah welcomed Netanyahu to Amman.", "CONSULT", "JOR", "ISR"),
        # forces sent, told in the passive, are the sender's; money returned is given back
        ("Nigerian peacekeepers were deployed to Liberia.", "AID", "NGA", "LBR"),
        ("Switzerland returned $500 million of frozen funds to the Philippines.", "RETREAT", "CHE", "PHL"),
        # people made to act are coerced; a state made to act does the act
        ("Chinese authorities forced Tibetan monks to denounce the Dalai Lama.", "COERCE", "CHN", "CHN"),
        ("The U.S.-led coalition forced Iraq to withdraw from Kuwait.", "RETREAT", "IRQ", "KWT"),
    ],
)  # fmt: skip
def test_lead_event_readings(events_of, sentence, plover, source, target):
    """Readings of wire copy, each the lead event's type and sides as `presslens eval events` scores them."""
    sides = (set(source.split("+")) - {""}, set(target.split("+")) - {""})  # "EGY+ISR": both
    assert _lead(events_of, sentence) == (plover, *sides)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sanders beat Clinton by a ratio of nearly 2-to-1.",  # a vote won
        "In any case, the minister brought up the subject with the cardinal.",  # no case brought
        "The witness gave evidence to the committee on Tuesday.",  # testimony, not intelligence shared
    ],
)
def test_words_of_force_or_law_in_other_senses_are_no_events(events_of, sentence):
    events, _ = events_of(sentence)
    assert not [e for e in events if e.plover in ("ASSAULT", "ACCUSE", "COOPERATE")]


def test_police_readied_are_police_power(events_of):
    """Police put on alert or deployed are CAMEO 151 and 153, not armed forces (152, 154)."""
    for sentence, cameo in [
        ("Indonesian police were put on alert in Jakarta before the verdict.", "151"),
        ("The Thai government deployed 5,000 riot police in Bangkok.", "153"),
        ("Thailand deployed 5,000 troops in Bangkok.", "154"),
    ]:
        events, _ = events_of(sentence)
        readied = _one(events, "MOBILIZE")
        assert (readied.mode == "police", readied.cameo) == (cameo != "154", cameo), sentence


def test_a_doer_hung_on_the_counted_captives(events_of):
    """ "the arrest of dozens of activists by Burmese police": the parser hangs the doer on "dozens"."""
    plover, sources, _ = _lead(
        events_of, "The arrest of dozens of activists by Burmese police angered the opposition."
    )
    assert (plover, sources) == ("COERCE", {"MMR"})


def test_an_assault_takes_its_mode_from_its_weapons(events_of):
    """What an attack is done with, or what its doers wield, gives its PLOVER mode and CAMEO code."""
    for sentence, mode, cameo in [
        ("A mob armed with swords attacked a train in Gujarat, killing 58 people.", "primitive", "180"),
        ("Gunmen wielding machetes attacked a village in Burundi.", "primitive", "180"),
        ("Rebels attacked the army post with mortars and rockets near Kabul.", "heavy-weapons", "194"),
        ("Rebels attacked the army post near Kabul.", None, "190"),
    ]:
        events, _ = events_of(sentence)
        attack = _one(events, "ASSAULT")
        assert (attack.mode, attack.cameo) == (mode, cameo), sentence


def test_two_passive_verbs_share_their_doer_and_patient(events_of):
    """ "were trained and armed by Cuba": Cuba did both, to the troops."""
    events, _ = events_of("Angolan troops were trained and armed by Cuba.")
    assert sorted((e.plover, e.text, tuple(e.source_ids), tuple(e.target_ids)) for e in events) == [
        ("AID", "armed", ("CUB",), ("AGO",)),
        ("AID", "trained", ("CUB",), ("AGO",)),
    ]


def test_the_of_phrase_of_a_stand_is_who_takes_it(events_of):
    """ "the commitment of Japan": Japan commits; "in support of", or with an owner, the one supported."""
    events, _ = events_of("Seoul welcomed the commitment of Japan to the talks.")
    assert _one(events, "AGREE").source_ids == ["JPN"]
    events, _ = events_of("Thousands marched in Budapest in support of Prime Minister Viktor Orban.")
    assert (_one(events, "SUPPORT").source_ids, _one(events, "SUPPORT").target_ids) == (
        [],
        ["person:viktor-orban"],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A cyclone killed 2,000 people in Bangladesh.",
        "Hundreds of villagers were killed by floods in southern China.",
        "An outbreak of cholera has killed 40 people in Zimbabwe.",
        "The firing of General Ruiz angered the army.",
    ],
)
def test_nature_kills_and_a_firing_dismisses_no_one_by_force(events_of, sentence):
    """Deaths from storms, floods or disease are no one's assault; a person fired is dismissed."""
    events, _ = events_of(sentence)
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_what_is_cut_off_gives_the_cameo_code(events_of):
    """Talks halted are CAMEO 164, mediation halted 165, aid cut 162, other ties 161."""
    for sentence, cameo in [
        ("Algeria suspended its mediation between Mali and the Tuareg rebels.", "165"),
        ("Israel halted peace talks with Syria.", "164"),
        ("Washington suspended military aid to Pakistan.", "162"),
        ("Qatar broke off relations with Egypt.", "161"),
    ]:
        events, _ = events_of(sentence)
        assert _one(events, "SANCTION").cameo == cameo, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of Britons visited Portugal last summer.",
        "A Honduran migrant visited the clinic with his daughter.",
        "Japanese students toured Seoul in April.",
        "Pakistan flew the hijacked airliner's passengers to Karachi.",
    ],
)
def test_private_travellers_consult_no_one(events_of, sentence):
    """Tourists, students, migrants and a people named by its nation travel on no state's business; people
    flown somewhere are carried, not visiting."""
    events, _ = events_of(sentence)
    assert not [e for e in events if e.plover == "CONSULT"]


def test_a_deed_sanctioned_is_allowed_not_punished(events_of):
    """ "had sanctioned the murder": a deed allowed, no sanction on anyone."""
    events, _ = events_of("Baghdad said Tehran had sanctioned the murder of the Iraqi diplomat.")
    assert not [e for e in events if e.plover == "SANCTION"]


def test_a_name_that_says_what_a_thing_is_about_is_no_actor(events_of):
    """ "Iraq-related documents" are about Iraq: the official who resigned is not Iraq's."""
    sentence = "Inspector General Walter Krantz resigned after claims he hid Iraq-related documents."
    assert _lead(events_of, sentence) == ("RETREAT", set(), set())


def test_weather_destroys_no_one(events_of):
    """ "Destroy" codes only property destroyed by people, not by a storm or by warplanes (an assault)."""
    events, _ = events_of("The storm destroyed 300 homes in Bangladesh.")
    assert not events
    # nor does a virus kill anyone in the event sense ("virus" is no plural of "viru")
    events, _ = events_of("The Marburg virus killed two people in Uganda.")
    assert not events


def test_a_misdeed_the_writer_tells_is_no_accusation(events_of):
    """ "Iran harboured Taliban fighters" tells no one's charge: nothing is coded."""
    events, _ = events_of("Iran harboured Taliban fighters.")
    assert not events


def test_people_hiding_ask_nothing(events_of):
    """ "Sought refuge" is flight, not a request; "sought guarantees" is one."""
    events, _ = events_of("Villagers who sought refuge in a church near Kigali were found by militiamen.")
    assert not [e for e in events if e.plover == "REQUEST"]
    events, _ = events_of("Israel sought guarantees from Egypt on border security.")
    assert _one(events, "REQUEST").plover == "REQUEST"
    # refuge sought in an embassy or a country asks that party for asylum
    assert _lead(
        events_of, "Two defectors from North Korea sought refuge in the Japanese embassy in Beijing."
    ) == ("REQUEST", {"PRK"}, {"JPN"})


def test_tolerating_is_no_event(events_of):
    """Only the refusal to tolerate is coded, as a warning; tolerating something is no act."""
    events, _ = events_of("The government tolerated the protests.")
    assert [e.plover for e in events if e.plover == "THREATEN"] == []


def test_a_pact_kept_or_undone_is_no_act_of_its_own(events_of):
    """A pact's word is an act when the pact is made, not when it is kept, broken, left or signed, and a curb
    lifted is one concession, not a curb imposed as well."""
    for sentence, plovers in [
        ("Pyongyang accused Washington of breaking the 1994 agreement.", ["ACCUSE"]),
        ("Hanoi demanded that Beijing respect the agreement on the South China Sea.", ["REQUEST"]),
        ("Israel and the PLO signed the Oslo accords.", ["SUPPORT"]),
        ("North Korea quit the Non-Proliferation Treaty.", ["SANCTION"]),
        ("Sri Lanka lifted its ban on the Tamil Tigers.", ["CONCEDE"]),
        ("Sri Lanka ended the curfew in Colombo.", ["CONCEDE"]),
    ]:
        events, _ = events_of(sentence)
        assert [e.plover for e in events] == plovers, sentence
    # the city that names the accords is no party to their signing
    events, analysis = events_of("Israel and the PLO signed the Oslo accords.")
    assert _sides(analysis, events[0]) == ({"ISR", "PSE"}, set())
    # a pact made is still one
    events, _ = events_of("Israel and Jordan reached a peace agreement.")
    assert [e.plover for e in events] == ["AGREE"]
    # a quarrel buried is an agreement of both sides
    events, analysis = events_of("Egypt and Israel buried the hatchet after months of tension.")
    assert [e.plover for e in events] == ["AGREE"] and _sides(analysis, events[0]) == ({"EGY", "ISR"}, set())


def test_two_states_act_together(events_of):
    """ "The two Koreas" name both states; a pair hung by the parser on an opening phrase is the subject."""
    koreas = "The two Koreas agreed to reopen a liaison office."
    assert _lead(events_of, koreas) == ("AGREE", {"PRK", "KOR"}, set())
    together = "After talks in Ankara, Turkey and Syria agreed to reopen the border."
    assert _lead(events_of, together) == ("AGREE", {"TUR", "SYR"}, set())
    # a relative clause the parser did not see, or joined to the main verb, is not the sentence's act
    whose = "Iran and Iraq, whose eight-year war killed a million people, restored diplomatic relations."
    assert _lead(events_of, whose) == ("SUPPORT", {"IRN", "IRQ"}, set())
    joined = "The defence ministers of Peru and Ecuador, whose armies clashed in 1995, met in Brasilia."
    assert _lead(events_of, joined) == ("CONSULT", {"PER", "ECU"}, set())
    # a joint operation is one act of both sides, not each side's act on the other
    joint = "Dutch and Belgian police dismantled a drug ring in a joint operation near Antwerp."
    assert _lead(events_of, joint) == ("COOPERATE", {"NLD", "BEL"}, set())
    # and a noun of cooperation told of both sides: "a symbol of U.S.-Russian cooperation"
    both = (
        "American and Russian astronauts worked side by side aboard Mir on Monday, a symbol of cooperation."
    )
    assert _lead(events_of, both) == ("COOPERATE", {"USA", "RUS"}, set())
    # an act done jointly is cooperation, and one promised an intent to cooperate
    jointly = "France and Germany will jointly develop a new military transport plane."
    assert _lead(events_of, jointly) == ("AGREE", {"FRA", "DEU"}, set())
    signed = "Eritrea and Ethiopia put their signatures to a peace deal in Algiers."
    assert _lead(events_of, signed) == ("SUPPORT", {"ERI", "ETH"}, set())


def test_a_recipient_guessed_from_the_one_other_party(events_of):
    """An appeal, a charge, a sanction, praise or aid whose own phrases name no recipient goes to the one
    other party the sentence names (or the first named after it), with no gain in confidence; not for a
    pledge."""
    events, analysis = events_of("The European Union suspended aid after the coup, diplomats in Niamey said.")
    cut = next(e for e in events if e.plover == "SANCTION")
    assert _codes(analysis, cut.target_ids) == {"NER"}
    told = next(e for e in events_of("Russia suspended aid to Belarus.")[0] if e.plover == "SANCTION")
    assert cut.confidence < told.confidence
    # of several, the first named after the act, with those joined to it; none named after it, none guessed
    war = "The Security Council demanded an immediate ceasefire in the war between Iran and Iraq."
    assert _lead(events_of, war) == ("REQUEST", {"IGO"}, {"IRN", "IRQ"})
    two = "The European Union suspended aid after the coup, diplomats in Niamey and Lagos said."
    assert _lead(events_of, two) == ("SANCTION", {"IGO"}, {"NER", "NGA"})
    before = "After talks in Lagos and Accra, the European Union suspended aid."
    assert _lead(events_of, before) == ("SANCTION", {"IGO"}, set())
    # a pledge is made to no one in particular: "promised" names no recipient, and none is guessed
    pledge = "Japan promised more money for the dam, officials in Vientiane said."
    assert _lead(events_of, pledge)[2] == set()
    # a deed told without its doer is the one other party's; not the reporter's, nor a backer's, which the
    # subject set aside
    events, analysis = events_of(
        "Two Israeli soldiers were wounded when a bomb went off beside their jeep in southern Lebanon."
    )
    wounded = next(e for e in events if e.plover == "ASSAULT")
    assert _codes(analysis, wounded.source_ids) == {"LBN"} and _codes(analysis, wounded.target_ids) == {"ISR"}
    events, analysis = events_of("Two Indian soldiers were killed near the border, Pakistani officials said.")
    assert not next(e for e in events if e.plover == "ASSAULT").source_ids
    events, analysis = events_of("The Ugandan-backed rebels attacked a Congolese army post.")
    assert "UGA" not in _codes(analysis, next(e for e in events if e.plover == "ASSAULT").source_ids)


def test_an_act_warned_against_is_no_event(events_of):
    """The citizens warned off a journey do not travel, and the warner travels nowhere; a blast and an army
    heading north are no criticism and no visit."""
    for sentence in (
        "Britain warned its citizens against travelling to Yemen.",
        "The State Department advised Americans against travelling to Iraq.",
        "A bomb blasted a market in Karachi.",
        "The army headed north.",
    ):
        events, _ = events_of(sentence)
        assert [e.plover for e in events] == [], sentence


def test_people_crossing_a_border_invade_nothing(events_of):
    """Refugees pouring into a country, or a recruit crossing into one, neither invade nor protest; a
    preposition's reading keeps the subject it needs ("rolled into" needs forces or a state)."""
    for sentence in (
        "Hundreds of Albanian refugees crossed into Greece on Monday.",
        "Thousands of Rwandan refugees poured into Zaire overnight.",
    ):
        events, _ = events_of(sentence)
        assert [e.plover for e in events] == [], sentence


def test_what_was_not_done_and_what_the_page_asks_of_its_reader_are_no_events(events_of):
    """An act named after "without" did not happen and was not refused; an imperative the page addresses
    to its reader is no one's act; a gathering a speaker spoke at is not his protest. A quoted order is
    someone's words and is not dropped as the page's."""
    events, _ = events_of("Egypt signed the accord without consulting Syria.")
    assert [e.plover for e in events] == ["SUPPORT"]
    events, _ = events_of("The embassy said Americans in Cairo should consult a doctor if they fall ill.")
    assert "CONSULT" not in {e.plover for e in events}  # advice to see a doctor: no talks
    for sentence in ("Visit the Al-Ahram archive at our website.", "Lift the arms embargo on Bosnia now."):
        events, _ = events_of(sentence)
        assert events == [], sentence
    events, _ = events_of(
        "Speaking at a rally in Karachi, the opposition leader said the elections were rigged."
    )
    assert events == []
    # a comment declined refuses no act; talks refused are still refused
    events, _ = events_of("The Syrian embassy in London declined to comment on the report.")
    assert events == []
    assert _lead(events_of, "Iraq refused to discuss the issue.")[0] == "REJECT"
    # the wire's reason for anonymity is no refused talk; leave given to negotiate with a party is kept
    events, _ = events_of(
        "A U.S. official, who was not authorized to discuss the matter publicly, confirmed it."
    )
    assert events == []
    events, _ = events_of("Palestinian negotiators were allowed to negotiate with Israel in Oslo.")
    assert [e.plover for e in events] == ["CONSULT"]
    events, _ = events_of('"Withdraw your troops from Lebanon," Syria told Israel.')
    assert [e.plover for e in events] == ["RETREAT"]


def test_pleas_in_court_and_a_party_s_appeal_to_voters_ask_nothing(events_of):
    """ "pleaded guilty" is a plea in court, and a party's "appeal" among voters its charm: no request."""
    for sentence in (
        "Manuel Noriega pleaded guilty to drug charges in Miami.",
        "After the war, Solidarity had a new appeal among Polish voters.",
    ):
        events, _ = events_of(sentence)
        assert "REQUEST" not in {e.plover for e in events}, sentence


def test_a_pact_someone_has_is_no_pact_made(events_of):
    """A pact told as someone's ("Obama's nuclear deal with Iran", "his agreement with Arafat") is one the
    sentence talks about, not one made; a state's consent to act is still an agreement."""
    for sentence in (
        "Carter's arms deal with Moscow divided the Senate.",
        "Netanyahu said his agreement with Arafat was dead.",
    ):
        events, _ = events_of(sentence)
        assert "AGREE" not in {e.plover for e in events}, sentence
    assert _lead(events_of, "Syria's agreement to attend the conference surprised Washington.")[0] == "AGREE"
    assert _lead(events_of, "Hussein kept his agreement to attend the Madrid conference.")[0] == "AGREE"


def test_event_nouns_that_tell_no_act(events_of):
    """An attack foiled, a heart attack, the topic of released records and a state named as a danger are
    no acts told; evidence that bears out a claim backs no one."""
    for sentence in (
        "Tunisian police foiled an attack on the synagogue in Djerba.",
        "The Egyptian minister suffered a heart attack in Cairo.",
        "Congress released records on the 1968 assassination of Robert Kennedy.",
        "Thatcher spoke of the Soviet threat in Europe.",
    ):
        events, _ = events_of(sentence)
        assert not {e.plover for e in events} & {"ASSAULT", "THREATEN"}, sentence
    for sentence in (
        "The U.N. findings support Iraq's claim that it destroyed its missiles.",
        "There is no evidence to support the contention that Syria armed the rebels.",
    ):
        events, _ = events_of(sentence)
        assert "SUPPORT" not in {e.plover for e in events}, sentence
    events, _ = events_of("He stayed in the embassy for fear of British threats to arrest him.")
    assert "THREATEN" in {e.plover for e in events}  # threats made, not a state named as a danger


def test_the_knights_of_malta_are_no_state(analyze):
    """The Catholic order's name holds a state's; the order is an actor of its own."""
    analysis = analyze(
        "The Knights of Malta elected a new grand master in Rome.", meta={"published": "2008-03-11"}
    )
    assert "MLT" not in {a.id for a in analysis.actors}
    assert "ORDER_OF_MALTA" in {a.id for a in analysis.actors}


def test_a_name_given_that_neither_praises_nor_condemns_is_no_event(events_of):
    """Calling something by a plain name is no criticism; "let me" and "let her know" allow nothing."""
    for sentence in (
        "Fabius called the text a framework for the talks.",
        '"Let me be clear," Shamir told the Knesset.',
        '"I wanted to let her know the army is honourable," Sharon told reporters.',
    ):
        events, _ = events_of(sentence)
        assert events == [], sentence


def test_an_honorific_says_which_of_a_shared_surname(analyze):
    """ "Clinton" is listed for two people; "Mrs." and "Mr." settle which."""
    analysis = analyze(
        "Mrs. Clinton met Chinese President Jiang Zemin in Beijing.", meta={"published": "2000-01-01"}
    )
    assert "person:hillary-clinton" in {a.id for a in analysis.actors}
    analysis = analyze(
        "Mr. Clinton met Chinese President Jiang Zemin in Beijing.", meta={"published": "2000-01-01"}
    )
    assert "person:bill-clinton" in {a.id for a in analysis.actors}


def test_a_lexicon_word_yaml_misreads_is_refused():
    """An unquoted "on" in the YAML lexicon loads as true; the entry is refused rather than silently never
    matching."""
    from presslens.analyzers.events import _trigger

    with pytest.raises(ValueError, match="needs_prep"):
        _trigger({"type": "ACCUSE", "needs_prep": [True]})
    assert _trigger({"type": "ACCUSE", "needs_prep": ["on"]}).needs_prep == frozenset({"on"})


def test_a_warning_told_after_its_content_does_not_sink_the_story(analyze):
    """A warning told after the harm it warns of spans from the harm to the warning; the story's other
    events are kept."""
    analysis = analyze(
        "Israel and Syria held talks in Geneva. Iraq will face military action, President Bush warned.",
        meta={"published": "2000-01-01"},
    )
    assert not analysis.warnings
    assert {e.plover for e in analysis.events} >= {"CONSULT", "THREATEN"}
    assert all(e.start < e.end for e in analysis.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Polls suggest most of his proposals have broad support among voters.",
        "Neither the senator nor his aides could question the witness.",
    ],
)
def test_a_pronoun_inside_its_own_antecedent_search_ends(analyze, sentence):
    """ "most of his proposals": the subject that would stand for "his" holds "his" itself; the search
    must end, not recurse until the events analyzer fails."""
    analysis = analyze(sentence, meta={"published": "2018-01-01"})
    assert not analysis.warnings


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # goods a state sells or sends another are trade kept up; a base lent to others' planes, military help
        ("Algeria resumed oil deliveries to Tunisia after a two-week halt.", ("COOPERATE", {"DZA"}, {"TUN"})),
        ("Kazakhstan began selling grain to Afghanistan.", ("COOPERATE", {"KAZ"}, {"AFG"})),
        (
            "Tajikistan opened an airfield to Indian military transport planes.",
            ("COOPERATE", {"TJK"}, {"IND"}),
        ),
        # restrictions on trade or travel cut dealings; on rallies or the press they curb people at home
        ("The United States tightened restrictions on exports to Iran.", ("SANCTION", {"USA"}, {"IRN"})),
        ("Belarus imposed new restrictions on opposition rallies.", ("COERCE", {"BLR"}, {"BLR"})),
        # a package is what it holds
        ("Britain announced a package of weapons for Ukraine.", ("AID", {"GBR"}, {"UKR"})),
        # a plural the tagger read as a verb ("freezes"), and a verb it read as an adjective ("relaxed")
        ("Norway imposed asset freezes on Iranian officials.", ("SANCTION", {"NOR"}, {"IRN"})),
        ("Japan imposed travel bans and asset freezes on Russia.", ("SANCTION", {"JPN"}, {"RUS"})),
        ("Laos's government relaxed restrictions on trade with Thailand.", ("CONCEDE", {"LAO"}, {"THA"})),
    ],
)
def test_trade_bases_restrictions_and_misread_words(events_of, sentence, lead):
    assert _lead(events_of, sentence) == lead


def test_a_base_opened_to_no_one_is_no_cooperation(events_of):
    """A verb-and-object reading keeps its preposition: a base opened at home is lent to no one."""
    events, _ = events_of("Ghana opened a new air base in the north.")
    assert not [e for e in events if e.plover == "COOPERATE"]


def test_the_far_side_of_a_border_is_not_where_an_act_happens(events_of):
    """ "near Georgia's border with Chechnya": the place is Georgia's side; the state named after "with" is
    the far side, as a border's adjective ("near the Iranian border") names either side."""
    bombed = "Russian warplanes bombed villages near Georgia's border with Chechnya."
    assert _lead(events_of, bombed) == ("ASSAULT", {"RUS"}, {"GEO"})


def test_who_gets_round_a_sanction_does_not_impose_it(events_of):
    """ "skirted the sanctions": the subject evades the measure; it is not the state that imposed it."""
    for sentence in (
        "Syria skirted the oil embargo.",
        "Venezuela circumvented the restrictions on its gold sales.",
    ):
        events, _ = events_of(sentence)
        assert not [e for e in events if e.plover == "SANCTION" and e.source_ids], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "They sent arms to Ukraine through Poland.",
        "They imposed sanctions on Syria after a report by Human Rights Watch.",
    ],
)
def test_an_open_pronoun_is_no_party_named_after_it(events_of, sentence):
    """ "They", left unresolved, stands for a party named before it: the guess of a deed's doer from the one
    other party of the sentence does not reach past it to a transit country or a report's author."""
    events, _ = events_of(sentence)
    assert events and all(not e.source_ids for e in events if e.main), sentence


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # the one a clause asks to act, before the addressee of the letter the demand is made in
        (
            "In a letter to the United Nations, Peru demanded that Chile pay compensation for the damage.",
            ("REQUEST", {"PER"}, {"CHL"}),
        ),
        # with no such clause the letter's addressee is the one appealed to
        (
            "Iraq complained in a letter to the Security Council about the overflights.",
            ("ACCUSE", {"IRQ"}, {"IGO"}),
        ),
        # a state defended against charges is backed in words, not fought for
        ("Qatar defended Iran against charges of human rights abuses.", ("SUPPORT", {"QAT"}, {"IRN"})),
        ("Russia defended Serbia against criticism from the West.", ("SUPPORT", {"RUS"}, {"SRB"})),
        # "..., a charge X denies": the charge is the act told; the denial remarks on it
        (
            "Pakistan accuses India of backing the rebels, a charge New Delhi denies.",
            ("ACCUSE", {"PAK"}, {"IND"}),
        ),
        # titled names of the gazetteer hide no full name, and a country's name ends no person's
        ("President Jiang Zemin met Bill Clinton in Washington.", ("CONSULT", {"CHN"}, {"USA"})),
        ("Denmark granted diplomatic recognition to Antigua and Barbuda.", ("SUPPORT", {"DNK"}, {"ATG"})),
    ],
)
def test_letters_defences_remarks_and_names(events_of, sentence, lead):
    assert _lead(events_of, sentence) == lead


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # forces sent to a place near a state face it
        ("France sent warships to waters near Libya.", ("MOBILIZE", {"FRA"}, {"LBY"})),
        ("India moved troops to positions near the Pakistani border.", ("MOBILIZE", {"IND"}, {"PAK"})),
        # fuel or grain a state exports to another is trade kept up
        ("Turkey resumed oil exports to Israel.", ("COOPERATE", {"TUR"}, {"ISR"})),
        ("Russia resumed exports of gas to Ukraine.", ("COOPERATE", {"RUS"}, {"UKR"})),
        # "Foreign Minister X of Chad": the state named after a titled newcomer's name is theirs
        (
            "Foreign Minister Pierre Lamarque of Chad met President Yusuf Demiralp of Niger.",
            ("CONSULT", {"TCD"}, {"NER"}),
        ),
    ],
)
def test_destinations_exports_and_titled_newcomers(events_of, sentence, lead):
    assert _lead(events_of, sentence) == lead


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # an aid body's work suspended in a land is help cut; an army's operations suspended, a ceasefire
        (
            "The Red Cross suspended its operations in Georgia after two of its staff were killed.",
            ("SANCTION", {"IGO"}, {"GEO"}),
        ),
        ("The OSCE suspended its monitoring mission in Ukraine.", ("SANCTION", {"IGO"}, {"UKR"})),
        ("Russian troops suspended military operations in Chechnya.", ("RETREAT", {"RUS"}, set())),
        # "reject proposed Mozambican changes": the participle the parser took for a clause's verb
        ("The Norwegians reject proposed Mozambican changes to the deal.", ("REJECT", {"NOR"}, {"MOZ"})),
    ],
)
def test_work_suspended_and_a_participle_read_as_a_verb(events_of, sentence, lead):
    assert _lead(events_of, sentence) == lead


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # a wrong told of another side, with no act of force in it, is the teller's charge
        ("Kuwait said Iraq was stealing its oil.", ("ACCUSE", {"KWT"}, {"IRQ"})),
        ("Pakistan said India was sponsoring terrorism in Baluchistan.", ("ACCUSE", {"PAK"}, {"IND"})),
        ("Armenia said Azerbaijani forces had broken the ceasefire.", ("ACCUSE", {"ARM"}, {"AZE"})),
        ("Ethiopia said Eritrea was responsible for the border war.", ("ACCUSE", {"ETH"}, {"ERI"})),
        (
            "The White House said Iraq was in material breach of U.N. resolutions.",
            ("ACCUSE", {"USA"}, {"IRQ"}),
        ),
        # an act of force told is the act itself
        ("Russia said Georgian troops had shelled South Ossetian villages.", ("ASSAULT", {"GEO"}, {"GEO"})),
    ],
)
def test_wrongs_told_of_another_side_are_charges(events_of, sentence, lead):
    assert _lead(events_of, sentence) == lead


def test_the_speaker_of_a_trailing_attribution_is_no_recipient(events_of):
    """ "tortured scores of ... refugees, ..., Human Rights Watch said": the group the parser joined to the
    refugees tells of the torture; it is not tortured."""
    sentence = (
        "Security forces in Mexico have tortured scores of Norwegian and Azerbaijani refugees, whom "
        "authorities "
        "blame for a border conflict, Human Rights Watch (HRW) said Thursday."
    )
    assert _lead(events_of, sentence) == ("ASSAULT", {"MEX"}, {"NOR", "AZE"})


def test_a_conflict_act_denied_is_not_told_as_done(events_of):
    """ "Pakistan denied that its troops had crossed into India": negated, the crossing codes nothing."""
    events, _ = events_of("Pakistan denied that its troops had crossed into India.")
    assert [(e.plover, e.modality) for e in events] == [("ASSAULT", "negated")]
    assert not [e for e in events if coded_plover(e)]


def test_a_batch_of_peacekeepers_arriving_keeps_the_peace(events_of):
    """The subject counted ("a first batch of peacekeepers") is who arrives; peacekeepers sent to another
    state are military aid to it (CAMEO 074)."""
    sentence = "A first batch of Bangladeshi peacekeepers arrived in Sierra Leone on Tuesday."
    assert _lead(events_of, sentence) == ("AID", {"BGD"}, {"SLE"})


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # the city of a wire's dateline is where it was filed, not who acts
        (
            "GENEVA (AP) -- Iran released 1,000 Iraqi prisoners of war on Wednesday.",
            ("RETREAT", {"IRN"}, {"IRQ"}),
        ),
        (
            "CAIRO, Egypt (AP) -- Libya expelled 300 Egyptian workers on Tuesday.",
            ("COERCE", {"LBY"}, {"EGY"}),
        ),
        ("WASHINGTON (AP) _ Iraq expelled two American diplomats on Monday.", ("SANCTION", {"IRQ"}, {"USA"})),
        # a mediation in a quarrel is aimed at its sides; an accepted mediation at the mediator
        (
            "Libya mediated in the border dispute between Chad and Nigeria.",
            ("CONSULT", {"LBY"}, {"TCD", "NGA"}),
        ),
        (
            "The Organisation of African Unity is mediating in the conflict between Ethiopia and Eritrea.",
            ("CONSULT", {"IGO"}, {"ETH", "ERI"}),
        ),
        (
            "Eritrea said it would accept mediation by the OAU in its war with Ethiopia.",
            ("AGREE", {"ERI"}, {"IGO"}),
        ),
        # a march's trailing participle says whom it protests
        (
            "Thousands of students marched in Nairobi on Friday, protesting U.S. policy in the region.",
            ("PROTEST", {"KEN"}, {"USA"}),
        ),
    ],
)
def test_wire_datelines_quarrels_mediated_and_protests_told_by_a_participle(events_of, sentence, lead):
    assert _lead(events_of, sentence) == lead


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # a state named by rebels as their counterpart is no home they act in
        (
            "The Kurdistan Workers Party declared a unilateral ceasefire with Turkey.",
            ("RETREAT", {"TUR"}, {"TUR"}),
        ),
        # ties to be made, however ready the side, are a pledge; backing is voiced now
        ("Hanoi said it was ready to normalise relations with Washington.", ("AGREE", {"VNM"}, {"USA"})),
        ("Beijing said it was ready to restore diplomatic ties with Jakarta.", ("AGREE", {"CHN"}, {"IDN"})),
        # a boycott imposed, of trade or of goods, is an embargo
        ("The United States imposed a trade boycott on Nicaragua.", ("SANCTION", {"USA"}, {"NIC"})),
        # doers opening the story with a word on them ("Suspected ...") are the known group
        (
            "Suspected Taliban gunmen shot dead a Red Cross engineer in southern Afghanistan.",
            ("ASSAULT", {"AFG"}, {"IGO"}),
        ),
    ],
)
def test_rebels_counterpart_ties_pledged_trade_boycotts_and_suspected_doers(events_of, sentence, lead):
    assert _lead(events_of, sentence) == lead


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # a state's order to its own troops or police is the act it orders; to another's, a demand
        (
            "President Daniel arap Moi ordered police to arrest opposition leaders.",
            ("COERCE", {"KEN"}, {"KEN"}),
        ),
        ("Iran ordered its forces to observe a ceasefire with Iraq.", ("RETREAT", {"IRN"}, {"IRQ"})),
        ("The U.N. ordered Syrian troops to leave the area.", ("REQUEST", {"IGO"}, {"SYR"})),
        # a ship's name is no one's; its flag is whose it is
        ("Iran seized the British tanker Ocean Star on Monday.", ("COERCE", {"IRN"}, {"GBR"})),
        # an airline is its country's
        ("Palestinian gunmen hijacked a Pan Am jumbo jet in Karachi.", ("ASSAULT", {"PSE"}, {"USA"})),
    ],
)
def test_orders_to_own_forces_ships_and_airlines(events_of, sentence, lead):
    assert _lead(events_of, sentence) == lead


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # fuel pumped to a state is trade; a credit approved for one is aid; escorted vessels are protected
        ("Russia began pumping natural gas to Turkey.", ("COOPERATE", {"RUS"}, {"TUR"})),
        ("The IMF approved a standby credit for Mexico.", ("AID", {"IGO"}, {"MEX"})),
        ("Indian warships were escorting U.S. naval vessels through the strait.", ("AID", {"IND"}, {"USA"})),
        # people handed or transferred to a court are judicial cooperation; lorries blocked, an obstruction
        ("Kenya transferred three suspects to the Rwanda tribunal.", ("COOPERATE", {"KEN"}, {"RWA"})),
        (
            "French farmers blocked trucks carrying Spanish fruit at the border.",
            ("PROTEST", {"FRA"}, {"ESP"}),
        ),
    ],
)
def test_fuel_pumped_credit_approved_vessels_escorted_and_suspects_transferred(events_of, sentence, lead):
    assert _lead(events_of, sentence) == lead


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # forces readied after a rival's act, told of a noun trigger's verb, face that rival
        (
            "India raised the alert level of its forces after Pakistan tested a missile.",
            ("MOBILIZE", {"IND"}, {"PAK"}),
        ),
        # exercises held in waters near a state face it
        ("China conducted naval exercises in waters near Taiwan.", ("MOBILIZE", {"CHN"}, {"TWN"})),
    ],
)
def test_forces_readied_after_a_rivals_act_or_near_its_waters(events_of, sentence, lead):
    assert _lead(events_of, sentence) == lead


def test_a_vote_against_an_act_is_aimed_at_its_party(events_of):
    sentence = "The U.N. Security Council voted against lifting sanctions on Iraq."
    assert _lead(events_of, sentence) == ("REJECT", {"IGO"}, {"IRQ"})


def test_one_handed_over_in_the_passive_is_no_recipient(events_of):
    # whom a person is extradited or handed to receives them; goods given still carry their giver
    sentence = "Carlos Lehder was extradited to the United States by Colombia."
    assert _lead(events_of, sentence) == ("COOPERATE", {"COL"}, {"USA"})
    assert _lead(events_of, "Chinese weapons were delivered to Sudan.") == ("AID", {"CHN"}, {"SDN"})


def test_warriors_of_no_named_people_are_of_the_one_country_named(events_of):
    sentence = "Armed warriors blocked the Mercier Bridge into Montreal on Wednesday."
    assert _lead(events_of, sentence) == ("PROTEST", {"CAN"}, {"CAN"})


def test_a_guest_opening_the_sentence_as_visiting_is_hosted(events_of):
    sentence = (
        "Visiting Japanese Foreign Minister Yohei Kono was received by Chinese Premier Zhu Rongji "
        "in Beijing, Xinhua said."
    )
    assert _lead(events_of, sentence)[0] == "CONSULT"
    events, _ = events_of(sentence)
    assert [e.cameo for e in events if e.main] == ["043"]


def test_a_list_of_subjects_the_parser_split_in_two_acts_together(events_of):
    # the small parser hangs "May" and "Macron" on the verb as two subjects, Merkel a conjunct of the last
    sentence = (
        "British Prime Minister Theresa May, French President Emmanuel Macron and German Chancellor "
        "Angela Merkel issued a joint statement praising the accord."
    )
    assert _lead(events_of, sentence)[:2] == ("SUPPORT", {"GBR", "FRA", "DEU"})
    assert _lead(events_of, "Egypt, Jordan and Saudi Arabia condemned the attack.")[:2] == (
        "ACCUSE",
        {"EGY", "JOR", "SAU"},
    )
    # a headline's pair, the first name read as an adverb
    assert _lead(events_of, "Moscow, Kiev reach gas deal")[:2] == ("AGREE", {"RUS", "UKR"})


def test_the_side_a_pro_word_favours_is_no_recipient(events_of):
    sentence = "Hundreds of pro-Iranian protesters marched on the U.S. embassy in Baghdad."
    kind, _, targets = _lead(events_of, sentence)
    assert kind == "PROTEST" and "IRN" not in targets and "USA" in targets


def test_an_act_in_a_when_clause_is_the_occasion_not_the_act_told(events_of):
    sentence = (
        "When the Russians used chemical weapons in Britain, President Trump joined the allies and "
        "expelled 60 Russian intelligence officers."
    )
    assert _lead(events_of, sentence) == ("SANCTION", {"USA"}, {"RUS"})


def test_a_consulate_shuttered_is_a_cut_in_ties(events_of):
    sentence = "The United States shuttered the Russian consulate in San Francisco."
    assert _lead(events_of, sentence) == ("SANCTION", {"USA"}, {"RUS"})


def test_looking_forward_to_an_act_is_an_intent(events_of):
    sentence = (
        "President Lopez Obrador said on Twitter that he looks forward to meeting Prime Minister Trudeau."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"MEX"}, {"CAN"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Or do we leave our forces in Syria and defy any demand from Damascus to withdraw?",
        "Will Iran attack Israel?",
        "Is Tehran arming the Houthis in Yemen?",
    ],
)
def test_a_yes_no_question_tells_no_event(events_of, sentence):
    events, _ = events_of(sentence)
    assert not [e for e in events if e.main and coded_plover(e)]


def test_a_wh_question_presumes_its_act(events_of):
    assert _lead(events_of, "Why did Iran attack Israel?") == ("ASSAULT", {"IRN"}, {"ISR"})


def test_standing_by_an_ally_backs_it_standing_idly_by_does_nothing(events_of):
    assert _lead(events_of, "The United States stood by Israel.") == ("SUPPORT", {"USA"}, {"ISR"})
    events, _ = events_of("The administration in Washington stood idly by.")
    assert not [e for e in events if coded_plover(e)]


def test_whoever_was_involved_in_a_deed_did_it(events_of):
    sentence = "Syria was involved in the bombing of the U.S. embassy."
    assert _lead(events_of, sentence) == ("ASSAULT", {"SYR"}, {"USA"})
    # denied, it is no deed; said of another, a charge
    events, _ = events_of("Pakistan denied it was involved in the attack on the Indian parliament.")
    assert not [e for e in events if e.main and coded_plover(e)]
    sentence = "India said Pakistan was involved in the attack on its parliament."
    assert _lead(events_of, sentence) == ("ACCUSE", {"IND"}, {"PAK"})


def test_a_great_deal_is_an_amount_not_a_pact(events_of):
    events, _ = events_of("The Iranians have already spent a great deal on their militias abroad.")
    assert not [e for e in events if e.plover == "AGREE"]


def test_a_pact_named_after_a_state_is_made_with_it(events_of):
    assert _lead(events_of, "Obama pursued the Iran nuclear deal.") == ("AGREE", {"USA"}, {"IRN"})


def test_billions_given_are_aid_millions_of_people_are_not(events_of):
    assert _lead(events_of, "Obama gave billions to the Islamic Republic.") == ("AID", {"USA"}, {"IRN"})
    events, _ = events_of("The war gave millions of Syrians reason to flee to Turkey.")
    assert not [e for e in events if e.plover == "AID"]


def test_news_conferences_hosted_are_no_visit(events_of):
    events, _ = events_of("Police in Las Vegas were hosting news conferences every day.")
    assert not [e for e in events if e.plover == "CONSULT"]
    assert _lead(events_of, "Putin hosted Erdogan in Sochi.") == ("CONSULT", {"RUS"}, {"TUR"})


def test_the_subject_of_the_next_clause_is_no_second_object(events_of):
    sentence = (
        "In the northwest, Turkey has sent its Syrian allies to attack Afrin and President Recep Tayyip "
        "Erdogan has threatened Manbij, 80 miles to the east."
    )
    assert _lead(events_of, sentence) == ("ASSAULT", {"TUR"}, {"SYR"})
    # a list of subjects the parser hung on the phrase before stays whole
    sentence = (
        "After three days of talks in Geneva mediated by the United Nations, Armenia and Azerbaijan agreed "
        "to exchange prisoners of war."
    )
    assert _lead(events_of, sentence)[:2] == ("AGREE", {"ARM", "AZE"})


def test_being_critical_of_or_likening_to_tyrants_is_criticism(events_of):
    assert _lead(events_of, "Germany was critical of Turkey's move.") == ("ACCUSE", {"DEU"}, {"TUR"})
    sentence = "Erdogan compared the German government to the Nazis."
    assert _lead(events_of, sentence) == ("ACCUSE", {"TUR"}, {"DEU"})
    for sentence in (
        "Oil is critical to Russia's economy.",
        "Analysts compared the deal with the 1994 accord.",
    ):
        events, _ = events_of(sentence)
        assert not [e for e in events if e.plover == "ACCUSE"], sentence


def test_what_had_yet_to_happen_is_no_demand(events_of):
    events, _ = events_of("Chopra told The Sun Online the crisis in Madagascar had yet to peak.")
    assert not [e for e in events if e.plover == "REQUEST"]
    sentence = "Clinton told Milosevic that Serbia had to withdraw its troops from Kosovo."
    assert _lead(events_of, sentence) == ("REQUEST", {"USA"}, {"SRB"})


def test_pushing_back_against_a_demand_rejects_it(events_of):
    sentence = "Mexico pushed back on Trump's demand for a wall."
    assert _lead(events_of, sentence) == ("REJECT", {"MEX"}, {"USA"})
    events, _ = events_of("Ukrainian forces pushed back Russian troops near Kharkiv.")
    assert not [e for e in events if e.plover == "REJECT"]


def test_a_side_called_a_threat_is_accused_not_threatening(events_of):
    events, _ = events_of("The policy will ensure that Iran remains a major threat in the region.")
    assert not [e for e in events if e.plover == "THREATEN"]
    sentence = "Netanyahu said Iran is a threat to Israel."
    assert _lead(events_of, sentence) == ("ACCUSE", {"ISR"}, {"IRN"})
    sentence = "Iran's threat to close the Strait of Hormuz alarmed Washington."
    assert _lead(events_of, sentence)[0] == "THREATEN"


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Macron took aim at Trump's trade policy.", "FRA", "USA"),
        ("Pompeo took a swipe at Beijing.", "USA", "CHN"),
        ("Erdogan railed against the European Union.", "TUR", "IGO"),
        ("Iran poured scorn on the U.S. offer.", "IRN", "USA"),
    ],
)
def test_figures_of_speech_for_criticism(events_of, sentence, source, target):
    assert _lead(events_of, sentence) == ("ACCUSE", {source}, {target})


def test_a_sniper_taking_aim_criticises_no_one(events_of):
    events, _ = events_of("The sniper took aim at the soldiers.")
    assert not [e for e in events if e.plover == "ACCUSE"]


def test_a_threat_met_or_any_threat_is_a_danger_not_a_threat_made(events_of):
    for sentence in (
        "Hyten said the army was ready to counter any threat from North Korea.",
        "Israel faces a growing threat from Hezbollah.",
    ):
        events, _ = events_of(sentence)
        assert not [e for e in events if e.plover == "THREATEN"], sentence
    assert _lead(events_of, "North Korea renewed its threat to attack Guam.")[:2] == ("THREATEN", {"PRK"})


def test_a_warning_to_ones_own_people_or_travellers_is_advice(events_of):
    for sentence in (
        "The State Department warned Americans not to travel to Venezuela.",
        "Health officials have warned tourists to stay away from Madagascar.",
    ):
        events, _ = events_of(sentence)
        assert not [e for e in events if coded_plover(e)], sentence
    sentence = "Britain warned Russia not to attack Ukraine."
    assert _lead(events_of, sentence) == ("THREATEN", {"GBR"}, {"RUS"})


def test_ties_resumed_are_ties_restored_and_refusing_them_a_rejection(events_of):
    assert _lead(events_of, "Britain and Argentina resumed full diplomatic relations.")[:2] == (
        "SUPPORT",
        {"GBR", "ARG"},
    )
    sentence = "Kuwait said it would not resume diplomatic ties with Jordan."
    assert _lead(events_of, sentence) == ("REJECT", {"KWT"}, {"JOR"})
    events, _ = events_of("The rebels resumed their attacks on the town.")
    assert not [e for e in events if e.plover == "SUPPORT"]


def test_never_accepting_a_rival_s_expansion_is_a_rejection(events_of):
    sentence = "Kozyrev said Russia would never accept the expansion of NATO to its borders."
    assert _lead(events_of, sentence) == ("REJECT", {"RUS"}, {"IGO"})


def test_troops_sent_to_join_a_force_led_by_a_body_are_military_aid(events_of):
    sentence = "Germany sent 4,000 troops to join the NATO-led force in Bosnia."
    assert _lead(events_of, sentence)[:2] == ("AID", {"DEU"})
    events, _ = events_of("Russia sent troops to the border with Ukraine.")
    assert _one(events, "MOBILIZE")


def test_two_sides_named_together_that_clash_are_each_the_other_s_recipient(events_of):
    sentence = "Chinese and Vietnamese troops clashed along their disputed border."
    assert _lead(events_of, sentence) == ("ASSAULT", {"CHN", "VNM"}, {"CHN", "VNM"})
    sentence = "Chinese troops clashed with Vietnamese troops along the border."
    assert _lead(events_of, sentence) == ("ASSAULT", {"CHN"}, {"VNM"})


def test_a_date_after_a_request_verb_addresses_no_one(events_of):
    events, _ = events_of(
        "The Kurdish Workers Party called off its unilateral ceasefire with Turkey on Friday."
    )
    assert not [e for e in events if e.plover == "REQUEST"]
    sentence = "Britain called on Iran on Friday to free the sailors."
    assert _lead(events_of, sentence) == ("REQUEST", {"GBR"}, {"IRN"})
    sentence = "China was urged by the United States on Monday to let its currency rise faster."
    assert _lead(events_of, sentence) == ("REQUEST", {"USA"}, {"CHN"})
    events, _ = events_of("The U.S. banks were pressured into complying with the deal.")
    assert not [e for e in events if e.plover == "REQUEST"]


def test_a_high_commissioner_or_charge_d_affaires_recalled_is_an_envoy_recalled(events_of):
    for sentence, source, target in (
        ("Pakistan recalled its high commissioner from New Delhi for consultations.", "PAK", "IND"),
        ("Britain recalled its charge d'affaires from Tehran.", "GBR", "IRN"),
    ):
        assert _lead(events_of, sentence) == ("SANCTION", {source}, {target}), sentence


def test_technology_for_arms_sold_is_an_arms_sale(events_of):
    sentence = "Despite U.S. protests, China sold missile technology to Iran, a Pentagon report said."
    assert _lead(events_of, sentence) == ("COOPERATE", {"CHN"}, {"IRN"})


def test_an_attack_denied_in_a_gerund_is_not_told_as_done(events_of):
    for sentence in (
        "Syria denied shelling Lebanese villages.",
        "Syria denied having shelled Lebanese villages.",
    ):
        events, _ = events_of(sentence)
        assert not [e for e in events if coded_plover(e) == "ASSAULT"], sentence


def test_the_one_a_force_noun_acts_on_is_its_of_phrase(events_of):
    sentence = "The Cambodian prime minister ordered the arrest of a leading opposition politician."
    assert _lead(events_of, sentence) == ("COERCE", {"KHM"}, {"KHM"})


def test_one_prompted_or_led_to_act_is_who_acts(events_of):
    sentence = (
        "Thousands of Albanians crossed into Greece illegally, prompting Athens to deploy troops along the "
        "border."
    )
    assert _lead(events_of, sentence)[:2] == ("MOBILIZE", {"GRC"})


def test_constitutional_guarantees_suspended_are_freedoms_curbed(events_of):
    sentence = "The Venezuelan government suspended constitutional guarantees after the coup attempt."
    assert _lead(events_of, sentence) == ("COERCE", {"VEN"}, {"VEN"})


def test_a_state_menaced_is_threatened(events_of):
    assert _lead(events_of, "Iraq menaced Kuwait with troop movements along the border.") == (
        "THREATEN",
        {"IRQ"},
        {"KWT"},
    )
    events, _ = events_of("Smoking menaces public health.")
    assert not [e for e in events if e.plover == "THREATEN"]


def test_a_person_a_state_hands_to_another_state_s_agents_is_judicial_cooperation(events_of):
    for sentence, source, target in (
        (
            "Mexican authorities handed over reputed Gulf cartel boss Juan Garcia Abrego to U.S. agents.",
            "MEX",
            "USA",
        ),
        (
            "Pakistan handed over Ramzi Yousef, the suspected mastermind of the bombing, to the U.S.",
            "PAK",
            "USA",
        ),
    ):
        assert _lead(events_of, sentence) == ("COOPERATE", {source}, {target}), sentence
    sentence = "Kidnappers handed over Terry Anderson to Syrian officials."
    assert _lead(events_of, sentence)[0] == "RETREAT"


def test_arms_delivered_under_a_contract_are_sold(events_of):
    sentence = "Russia has delivered the first eight Su-30 fighters to India under a $1.8 billion contract."
    assert _lead(events_of, sentence) == ("COOPERATE", {"RUS"}, {"IND"})
    sentence = "Zambia was granted $1.2 billion in debt relief by China under a restructuring deal."
    assert _lead(events_of, sentence)[0] == "AID"


def test_warnings_of_blood_or_of_troops_and_hitting_back_are_threats(events_of):
    for sentence, source, target in (
        ("Zhu Rongji warned Taiwan that China was ready to shed blood to stop the island.", "CHN", "TWN"),
        (
            "Clinton warned Haiti's military leaders they must go or be driven out by American troops.",
            "USA",
            "HTI",
        ),
        (
            "Israel will hit back hard at Hezbollah guerrillas in south Lebanon if they keep firing rockets.",
            "ISR",
            "LBN",
        ),
    ):
        assert _lead(events_of, sentence) == ("THREATEN", {source}, {target}), sentence


def test_an_armed_struggle_suspended_or_a_cessation_of_operations_is_a_ceasefire(events_of):
    sentence = "The African National Congress will suspend its armed struggle against white-minority rule."
    assert _lead(events_of, sentence)[:2] == ("AGREE", {"ZAF"})
    sentence = "The Irish Republican Army declared a complete cessation of military operations on Wednesday."
    assert _lead(events_of, sentence)[:2] == ("RETREAT", {"GBR"})


def test_territory_not_given_up_is_a_refusal(events_of):
    sentence = "Netanyahu said that Israel would not give up the Golan Heights in any peace deal with Syria."
    assert _lead(events_of, sentence)[:2] == ("REJECT", {"ISR"})


def test_a_pledge_of_a_deed_at_home_is_made_to_the_one_promised(events_of):
    sentence = (
        "Serbian President Aleksandar Vucic promised U.S. envoy Richard Grenell that he would free "
        "all political prisoners."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"SRB"}, {"USA"})
    sentence = "Sudan's government promised Kofi Annan that it would disarm the Janjaweed militias in Darfur."
    assert _lead(events_of, sentence) == ("AGREE", {"SDN"}, {"IGO"})


def test_an_envoy_recalled_is_recalled_from_where_he_serves(events_of):
    sentence = "President Hugo Chavez recalled Venezuela's ambassador from Bogota and froze business deals."
    assert _lead(events_of, sentence) == ("SANCTION", {"VEN"}, {"COL"})


def test_who_objects_despite_an_act_is_not_its_recipient(events_of):
    sentence = (
        "U.S. and South Korean troops launched the annual Team Spirit military exercises on Tuesday, despite "
        "North Korea's complaints."
    )
    assert _lead(events_of, sentence) == ("COOPERATE", {"USA", "KOR"}, set())


def test_a_credit_worth_a_sum_and_supplies_trucked_in_are_aid(events_of):
    sentence = "The IMF on Friday approved a standby credit worth about $300 million for Egypt."
    assert _lead(events_of, sentence) == ("AID", {"IGO"}, {"EGY"})
    sentence = "Some 50 tonnes of medicines were trucked into Baghdad on Thursday by the Red Cross."
    assert _lead(events_of, sentence) == ("AID", {"IGO"}, {"IRQ"})


def test_a_march_denouncing_a_state_protests_it(events_of):
    sentence = (
        "Hundreds of thousands of Iranians marched through Tehran on Sunday denouncing Saudi Arabia's rulers."
    )
    assert _lead(events_of, sentence) == ("PROTEST", {"IRN"}, {"SAU"})


def test_serbia_and_montenegro_is_one_state(events_of):
    sentence = "The Security Council imposed sweeping trade, oil and air sanctions on Serbia and Montenegro."
    assert _lead(events_of, sentence) == ("SANCTION", {"IGO"}, {"SRB"})


def test_armed_men_of_no_named_country_striking_where_they_are_are_its(events_of):
    sentence = (
        "ALGIERS (AP) -- Suspected Islamic militants kidnapped three French consular officials in Algiers on "
        "Sunday, the French embassy said."
    )
    assert _lead(events_of, sentence) == ("ASSAULT", {"DZA"}, {"FRA"})


def test_a_politician_hitting_back_or_a_danger_menacing_makes_no_attack_or_threat(events_of):
    events, _ = events_of("Donald Trump Jr. hit back at actor Peter Fonda late Wednesday morning.")
    assert not [e for e in events if e.plover == "ASSAULT"]
    events, _ = events_of("Mary warned of the dangers which menace the Church.")
    assert not [e for e in events if e.plover == "THREATEN" and e.text.startswith("menace")]


def test_a_missile_fired_at_no_one_is_a_show_of_arms(events_of):
    sentence = (
        "North Korea fired a ballistic missile that flew over Japan and plunged into the Pacific on Monday."
    )
    assert _lead(events_of, sentence)[:2] == ("MOBILIZE", {"PRK"})
    sentence = "Iraq fired Scud missiles armed with chemical warheads at Iranian cities."
    events, _ = events_of(sentence)
    assert not [e for e in events if e.plover == "MOBILIZE"]


def test_a_sum_transferred_and_a_loan_instalment_released_are_aid(events_of):
    sentence = "Saudi Arabia transferred 30 million dollars to the Lebanese central bank on Wednesday."
    assert _lead(events_of, sentence) == ("AID", {"SAU"}, {"LBN"})
    sentence = "The World Bank released a second loan instalment of 200 million dollars to Ukraine on Monday."
    assert _lead(events_of, sentence) == ("AID", {"IGO"}, {"UKR"})
    # a person handed to a court is still no aid
    events, _ = events_of("Croatia transferred the general to the tribunal in The Hague on Friday.")
    assert all(e.plover != "AID" for e in events)


def test_a_subject_hung_on_an_opening_phrase_before_a_dating_phrase_still_acts(events_of):
    # the parser hangs the king on the opening phrase's last name; "on Monday" parts him from the verb
    sentence = (
        "A week after the death of President Hafez al-Assad, Jordan's King Abdullah on Monday lifted a ban "
        "on opposition newspapers."
    )
    assert _lead(events_of, sentence)[:2] == ("CONCEDE", {"JOR"})


def test_planes_loaded_with_relief_and_relief_flights_flown_are_aid(events_of):
    sentence = "Pakistan on Monday sent three cargo planes loaded with tents and medicine to Turkey."
    assert _lead(events_of, sentence) == ("AID", {"PAK"}, {"TUR"})
    sentence = "The World Food Programme on Sunday flew its first relief flights into Somalia."
    assert _lead(events_of, sentence)[:2] == ("AID", {"IGO"})
    events, _ = events_of("Russia on Monday sent two planes loaded with paratroopers to Belarus.")
    assert all(e.plover != "AID" for e in events)


def test_an_order_to_ones_own_prosecutor_to_investigate_is_an_inquiry(events_of):
    sentence = (
        "The Iraqi prime minister on Sunday ordered the judiciary to investigate the deaths of protesters."
    )
    assert _lead(events_of, sentence)[:2] == ("ACCUSE", {"IRQ"})
    events, _ = events_of(sentence)
    assert _one(events, "ACCUSE").mode == "investigate"
    # another's court asked to look into something is a request of it
    sentence = "Lebanon asked the International Criminal Court to investigate Israeli strikes."
    assert _lead(events_of, sentence)[:2] == ("REQUEST", {"LBN"})


def test_a_protest_lodged_with_a_state_is_aimed_at_it_whatever_place_the_cause_names(events_of):
    sentence = "Russia lodged a protest with Britain over an attack on its embassy in Kyiv."
    assert _lead(events_of, sentence) == ("ACCUSE", {"RUS"}, {"GBR"})
    # with no one named to lodge it with, the place of the deed stands for whom it blames
    sentence = "Iran lodged a protest over the killing of an Iranian diplomat in Kabul."
    assert _lead(events_of, sentence) == ("ACCUSE", {"IRN"}, {"AFG"})


def test_a_demanded_pullback_asks_the_state_whose_forces_would_withdraw(events_of):
    sentence = "The Arab League on Monday demanded the withdrawal of Israeli forces from southern Lebanon."
    assert _lead(events_of, sentence) == ("REQUEST", {"IGO"}, {"ISR"})
    # where they would leave is no one asked when no one's forces are named
    sentence = "Lebanon demanded the withdrawal of all foreign forces from its territory."
    assert _lead(events_of, sentence) == ("REQUEST", {"LBN"}, set())


def test_a_visit_a_trip_is_for_goes_to_where_the_trip_goes(events_of):
    sentence = "The Indian prime minister crossed into Pakistan by bus on Saturday for a two-day visit."
    assert _lead(events_of, sentence) == ("CONSULT", {"IND"}, {"PAK"})
    sentence = "The Japanese foreign minister left for Seoul on Monday for a three-day visit."
    assert _lead(events_of, sentence) == ("CONSULT", {"JPN"}, {"KOR"})


def test_a_mediator_bringing_sides_to_talks_meets_both(events_of):
    sentence = (
        "The Swiss foreign minister on Friday brought Armenian and Azerbaijani negotiators together in "
        "Geneva for a fresh round of peace talks."
    )
    assert _lead(events_of, sentence) == ("CONSULT", {"CHE"}, {"ARM", "AZE"})


def test_two_envoys_each_named_with_their_body_both_act(events_of):
    # "A of X and B of Y": the parser may set B beside A or join B to the last word of X's name
    sentence = (
        "Yasser Arafat of the Palestine Liberation Organisation and Shimon Peres of Israel met in Cairo."
    )
    assert _lead(events_of, sentence)[:2] == ("CONSULT", {"PSE", "ISR"})


def test_a_deed_said_to_amount_to_a_crime_or_to_rehearse_war_is_a_charge_against_its_doer(events_of):
    sentence = "The Israeli blockade of Gaza constitutes an act of war, a Hamas spokesman said on Monday."
    assert _lead(events_of, sentence) == ("ACCUSE", {"PSE"}, {"ISR"})
    sentence = "The Russian oil embargo amounts to economic genocide, the Lithuanian prime minister said."
    assert _lead(events_of, sentence) == ("ACCUSE", {"LTU"}, {"RUS"})
    sentence = "NATO manoeuvres in Norway are a rehearsal for an invasion of our country, Moscow radio said."
    assert _lead(events_of, sentence)[:2] == ("ACCUSE", {"RUS"})
    events, _ = events_of("The new trade agreement amounts to a major step forward, the Thai minister said.")
    assert all(e.plover != "ACCUSE" for e in events)


def test_evidence_gathered_on_a_suspected_deed_is_an_inquiry_into_its_doer(events_of):
    sentence = (
        "The U.N. tribunal said it had sent a team to the region to gather evidence on whether Croatian "
        "troops killed civilians."
    )
    assert _lead(events_of, sentence) == ("ACCUSE", {"IGO"}, {"HRV"})
    events, _ = events_of(sentence)
    assert _one(events, "ACCUSE").mode == "investigate"


def test_an_object_after_the_days_phrase_and_forces_put_on_a_state_of_alert(events_of):
    # the parser reads "a dusk-to-dawn curfew" after "on Monday" as an adverb of the verb
    sentence = "The Nepalese government lifted on Monday a dusk-to-dawn curfew imposed on Kathmandu."
    assert _lead(events_of, sentence)[:2] == ("CONCEDE", {"NPL"})
    sentence = "Syria placed its army on the highest state of alert on Saturday."
    assert _lead(events_of, sentence)[:2] == ("MOBILIZE", {"SYR"})
    events, _ = events_of("The minister put the state of the economy on the agenda on Monday.")
    assert not [e for e in events if e.plover == "MOBILIZE"]


def test_a_group_of_captives_freed_and_shelter_granted(events_of):
    sentence = "Vietnam released a second group of 300 Cambodian prisoners on Thursday."
    assert _lead(events_of, sentence) == ("RETREAT", {"VNM"}, {"KHM"})
    sentence = "Tanzania granted shelter on Monday to 50,000 Burundian refugees."
    assert _lead(events_of, sentence) == ("AID", {"TZA"}, {"BDI"})


def test_arms_flown_and_fighter_planes_delivered(events_of):
    sentence = "The United States flew rifles and ammunition to the Honduran army on Friday."
    assert _lead(events_of, sentence) == ("AID", {"USA"}, {"HND"})
    sentence = "France delivered the first Mirage fighter planes to India under a contract signed in 1982."
    assert _lead(events_of, sentence) == ("COOPERATE", {"FRA"}, {"IND"})


def test_a_civilian_government_is_the_state_handing_a_fugitive_to_another(events_of):
    sentence = (
        "Former police chief Carlos Mendoza was handed over by Bolivia's new civilian government to Peru."
    )
    assert _lead(events_of, sentence) == ("COOPERATE", {"BOL"}, {"PER"})


def test_recognition_won_from_states_food_refused_in_protest_and_loans_postponed(events_of):
    sentence = "The new Haitian government won formal recognition from France and Canada on Monday."
    assert _lead(events_of, sentence) == ("SUPPORT", {"FRA", "CAN"}, {"HTI"})
    sentence = "A jailed Tunisian journalist has refused food for ten days in protest against his detention."
    assert _lead(events_of, sentence)[:2] == ("PROTEST", {"TUN"})
    assert _lead(events_of, "Iran refused food aid from the United States on Sunday.")[0] == "REJECT"
    sentence = "Japan postponed a 500 million dollar loan to Iran on Tuesday."
    assert _lead(events_of, sentence) == ("SANCTION", {"JPN"}, {"IRN"})


def test_a_bargain_is_struck_with_whoever_gives_in_return(events_of):
    sentence = "Iran agreed on Sunday to cap uranium enrichment in return for fuel supplies from Russia."
    assert _lead(events_of, sentence) == ("AGREE", {"IRN"}, {"RUS"})


def test_a_name_the_tagger_ended_with_an_adjective_before_a_verb_read_as_one(events_of):
    # the parser reads the sentence as one noun phrase, "ul-Haq" an adjective and "lifted" a modifier of "law"
    sentence = "Pakistani President Mohammad Zia ul-Haq lifted martial law on Wednesday."
    events, analysis = events_of(sentence)
    lead = next(e for e in events if e.plover == "CONCEDE")
    assert _sides(analysis, lead) == ({"PAK"}, {"PAK"})


def test_a_warning_to_destroy_arms_is_a_threat_to_whoever_moved_them(events_of):
    sentence = (
        "Israel warned on Friday that it would destroy the Soviet-built missiles Syria moved into Lebanon."
    )
    kind, sources, targets = _lead(events_of, sentence)
    assert (kind, sources) == ("THREATEN", {"ISR"}) and "RUS" not in targets  # the maker is not the owner
    events, _ = events_of("Iraq destroyed its Scud missiles under U.N. supervision.")
    assert "ASSAULT" not in [e.plover for e in events]  # one's own arms destroyed: a disarmament


def test_people_a_count_is_made_of_are_the_nationals_an_aside_names(events_of):
    sentence = (
        "Rebels seized 12 foreign engineers, including five Germans and two Italians, in Yemen on Monday."
    )
    assert _lead(events_of, sentence)[2] == {"DEU", "ITA"}
    sentence = "Morocco freed 200 prisoners, most of them Algerians, on Friday."
    assert _lead(events_of, sentence) == ("RETREAT", {"MAR"}, {"DZA"})


def test_a_suspect_handed_over_goes_to_whom_the_misparsed_to_phrase_names(events_of):
    # the parser hangs "to the ... tribunal" on "masterminding", inside the description of the one handed over
    sentence = (
        "Cameroon on Thursday handed over former army colonel Paul Mbarga, accused of masterminding the 1994"
        " genocide, to the United Nations tribunal in Arusha, a court official said."
    )
    assert _lead(events_of, sentence) == ("COOPERATE", {"CMR"}, {"IGO"})


def test_captors_are_not_their_captives_and_a_dateline_is_a_last_resort(events_of):
    sentence = (
        "KABUL (Reuters) - French aid worker Marc Dupont was freed by his captors on Tuesday, officials said."
    )
    kind, sources, targets = _lead(events_of, sentence)
    assert kind == "RETREAT" and targets == {"FRA"} and "FRA" not in sources
    sentence = (
        "MOSCOW (Reuters) - Dissident writer Ivan Petrov was given refuge in the U.S. embassy on Friday."
    )
    assert _lead(events_of, sentence) == ("AID", {"USA"}, {"RUS"})


def test_a_promise_made_to_someone_is_made_to_them(events_of):
    sentence = (
        "Iran promised the visiting ministers of Britain and France that it would suspend enrichment and let"
        " U.N. inspectors visit its sites."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"IRN"}, {"GBR", "FRA"})


def test_money_in_aid_suspended_is_a_sanction(events_of):
    sentence = "Britain suspended 40 million pounds in development aid to Malawi on Thursday."
    assert _lead(events_of, sentence) == ("SANCTION", {"GBR"}, {"MWI"})


def test_forces_massed_near_a_border_face_the_side_across_it(events_of):
    sentence = "Syria moved 10,000 troops, including commando units, close to the Jordanian border."
    assert _lead(events_of, sentence) == ("MOBILIZE", {"SYR"}, {"JOR"})
    sentence = "Turkey massed tanks along Iraq's border with Syria on Monday."
    assert _lead(events_of, sentence) == ("MOBILIZE", {"TUR"}, {"SYR"})
    sentence = "The Soviet Union massed troops along the Chinese border."  # no trade union, no rally
    assert _lead(events_of, sentence) == ("MOBILIZE", {"RUS"}, {"CHN"})


def test_a_weapons_test_answering_another_aims_at_no_one(events_of):
    sentence = "India test-fired a long-range missile on Monday, two days after Pakistan tested its own."
    assert _lead(events_of, sentence) == ("MOBILIZE", {"IND"}, set())
    sentence = "China test-fired a missile into the Sea of Japan on Friday."
    assert _lead(events_of, sentence) == ("MOBILIZE", {"CHN"}, set())


def test_a_state_firm_is_its_state_and_fuel_shipped_abroad_is_trade(events_of):
    sentence = "Gazprom threatened on Monday to cut gas supplies to Belarus."
    assert _lead(events_of, sentence) == ("THREATEN", {"RUS"}, {"BLR"})
    sentence = "Iran began shipping crude oil to China under a new contract on Sunday."
    assert _lead(events_of, sentence) == ("COOPERATE", {"IRN"}, {"CHN"})


def test_a_walkout_in_protest_is_a_protest_but_a_recall_in_protest_a_sanction(events_of):
    sentence = "Zambia pulled out of the regional games on Friday in protest against South Africa's policies."
    assert _lead(events_of, sentence) == ("PROTEST", {"ZMB"}, {"ZAF"})
    sentence = "Ghana recalled its ambassador from Togo on Friday in protest at the shelling."
    assert _lead(events_of, sentence)[0] == "SANCTION"


def test_prisoners_counted_protest_at_their_jailers(events_of):
    sentence = "Hundreds of Lebanese detainees in Israeli jails began a hunger strike on Monday."
    assert _lead(events_of, sentence) == ("PROTEST", {"LBN"}, {"ISR"})


def test_a_party_body_is_its_state_and_a_bargain_with_a_promise_is_with_its_giver(events_of):
    sentence = (
        "The Soviet Communist Party's Central Committee voted on Tuesday to lift the curbs on the press."
    )
    assert _lead(events_of, sentence)[1] == {"RUS"}
    sentence = "Haiti agreed on Friday to halt the boat exodus in return for a U.S. promise of aid."
    assert _lead(events_of, sentence) == ("AGREE", {"HTI"}, {"USA"})


def test_a_pact_is_made_with_the_other_side_before_its_broker(events_of):
    sentence = "Ecuador agreed on Monday to a U.S.-brokered ceasefire with Peru."
    assert _lead(events_of, sentence) == ("AGREE", {"ECU"}, {"PER"})
    sentence = "The two factions agreed to a U.S.-brokered ceasefire in northern Iraq."
    assert _lead(events_of, sentence)[2] == {"USA"}


def test_people_on_a_states_ground_are_its_and_a_body_s_british_spelling(events_of):
    sentence = "India pledged on Friday to send medicine to Tamil refugees on Sri Lanka's northern coast."
    assert _lead(events_of, sentence) == ("AGREE", {"IND"}, {"LKA"})
    sentence = "Israeli warplanes bombed the offices of the Palestine Liberation Organisation near Beirut."
    assert _lead(events_of, sentence) == ("ASSAULT", {"ISR"}, {"PSE"})


def test_who_reacts_to_an_act_is_not_its_recipient(events_of):
    sentence = "Egypt signed the nuclear treaty on Monday, drawing sharp criticism from Syria."
    assert _lead(events_of, sentence) == ("SUPPORT", {"EGY"}, set())
    assert _lead(events_of, "Jordan recognised the new government on Monday, angering Syria.")[2] == set()


def test_an_envoy_acts_for_the_body_an_aside_names(events_of):
    sentence = (
        "ALGIERS (Reuters) - Amara Essy, the envoy of the Organisation of African Unity, held talks with"
        " Sudanese leaders in Khartoum on Tuesday."
    )
    assert _lead(events_of, sentence) == ("CONSULT", {"IGO"}, {"SDN"})


def test_talks_counted_in_rounds_are_between_their_sides_and_arms_upgraded_for_another(events_of):
    sentence = (
        "Egypt offered on Monday to host a new round of talks between Sudanese and Ugandan negotiators."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"EGY"}, {"SDN", "UGA"})
    events, analysis = events_of("Israel will upgrade 40 tanks for the Turkish army under a new contract.")
    upgrade = _one(events, "COOPERATE")
    assert _sides(analysis, upgrade) == ({"ISR"}, {"TUR"})


def test_a_pledge_to_envoys_from_a_body_made_to_it_and_captors_held_where_the_captive_was(events_of):
    sentence = (
        "ABUJA (Reuters) - Sierra Leone's rebel leaders pledged to mediators from the Economic Community of"
        " West African States on Friday that they would disarm their fighters by June."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"SLE"}, {"IGO"})
    sentence = (
        "BEIRUT (Reuters) - British teacher John Wells, the last Western hostage in Lebanon, was freed by his"
        " captors on Sunday."
    )
    assert _lead(events_of, sentence) == ("RETREAT", {"LBN"}, {"GBR"})


def test_an_offer_read_as_a_clause_on_its_makers_still_offers(events_of):
    # the parser hangs "offered" and "to help" both on "ministers"
    sentence = (
        "BRUSSELS (Reuters) - European Union foreign ministers offered on Monday to help Serbia rebuild its"
        " courts if Belgrade held elections as planned, diplomats said after a meeting in Brussels."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"IGO"}, {"SRB"})


def test_an_appeal_is_not_aimed_at_the_parties_of_a_clause_that_dates_it(events_of):
    sentence = (
        "Kenyan President Daniel arap Moi called for calm on Friday after a night of riots in Nairobi, as"
        " Britain and Germany voiced concern about the unrest."
    )
    assert _lead(events_of, sentence) == ("REQUEST", {"KEN"}, set())
    # a sanction may be aimed at the one whose deed it answers
    assert _lead(events_of, "The EU suspended aid after the coup, diplomats in Niamey said.")[2] == {"NER"}


def test_forces_readied_after_talks_collapse_somewhere_face_no_one_there(events_of):
    sentence = (
        "COLOMBO (Reuters) - Thousands of Sri Lankan troops were sent into Jaffna province on Monday as a"
        " curfew took effect, hours after peace talks in Oslo collapsed."
    )
    assert (
        _lead(events_of, sentence)[:2] == ("MOBILIZE", {"LKA"}) and "NOR" not in _lead(events_of, sentence)[2]
    )


def test_a_leaning_is_not_whom_one_serves_and_others_acting_meanwhile_are_no_recipients(events_of):
    sentence = "BEIRUT (Reuters) - Lebanon's pro-Syrian Prime Minister Omar Karami resigned on Monday."
    assert _lead(events_of, sentence)[:2] == ("RETREAT", {"LBN"})
    sentence = (
        "ACCRA (Reuters) - Ghana's government set up a judicial inquiry on Monday into ethnic riots in the"
        " north that killed 200 people, as neighbouring Togo tightened its border controls."
    )
    assert _lead(events_of, sentence)[2] != {"TGO"}


def test_a_call_up_approved_or_ordered_is_a_mobilisation(events_of):
    sentence = "Syria's cabinet approved the call-up of two more reserve divisions on Wednesday."
    assert _lead(events_of, sentence)[:2] == ("MOBILIZE", {"SYR"})
    assert _lead(events_of, "Egypt ordered the call-up of 20,000 reservists on Friday.")[:2] == (
        "MOBILIZE",
        {"EGY"},
    )


def test_what_a_decision_announced_is_for_is_the_act_and_fighters_hand_in_their_weapons(events_of):
    sentence = (
        "TUNIS (Reuters) - Tunisia's decision to sever diplomatic ties with Iran was announced on Friday by"
        " the Foreign Ministry, which accused Tehran of meddling in the country's affairs."
    )
    assert _lead(events_of, sentence) == ("SANCTION", {"TUN"}, {"IRN"})
    sentence = (
        "Rebels of the Revolutionary United Front handed the last of their weapons to U.N. observers"
        " on Tuesday."
    )
    assert _lead(events_of, sentence)[0] == "RETREAT"


def test_an_offer_the_parser_read_as_a_purpose_is_an_offer(events_of):
    sentence = (
        "Soviet leader Mikhail Gorbachev offered on Friday to dismantle all Soviet short-range rockets."
    )
    assert _lead(events_of, sentence)[:2] == ("AGREE", {"RUS"})
    # the act offered names the sides; a sum pledged keeps its own recipient, whatever its purpose
    sentence = "Egypt and Jordan offered on Monday to host talks between Israeli and Syrian negotiators."
    assert _lead(events_of, sentence) == ("AGREE", {"EGY", "JOR"}, {"ISR", "SYR"})
    sentence = (
        "Japan pledged 300 million dollars in loans to Poland on Monday to support its economic reforms."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"JPN"}, {"POL"})


def test_a_main_verb_misread_as_a_participle_of_its_subject(events_of):
    sentence = (
        "Striking Polish dockers threatened on Friday to close the port of Gdansk unless their pay was"
        " raised, the PAP news agency reported."
    )
    assert _lead(events_of, sentence)[:2] == ("THREATEN", {"POL"})


def test_a_peoples_demand_on_its_own_state_is_domestic_and_reporters_are_no_recipients(events_of):
    sentence = (
        "Angry Spanish fishermen demanded on Monday that Madrid stop all imports of cheap Moroccan sardines."
    )
    assert _lead(events_of, sentence) == ("REQUEST", {"ESP"}, {"ESP"})
    sentence = (
        "Opposition parties in Armenia called on Friday for a recount of the presidential vote, Russian"
        " news agencies reported."
    )
    assert _lead(events_of, sentence) == ("REQUEST", {"ARM"}, set())


def test_a_vote_for_the_imposition_of_sanctions_is_the_voters():
    from presslens.analyzers.events import _governing_verb
    from presslens.nlp import load

    doc = load()("The Security Council voted on Friday for the imposition of trade sanctions on Liberia.")
    sanctions = next(t for t in doc if t.lower_ == "sanctions")
    governing = _governing_verb(sanctions)
    assert governing is not None and governing.lower_ == "voted"


def test_working_alongside_and_visas_required_and_exchanges_suspended(events_of):
    sentence = "British detectives began working alongside Kenyan police on Monday to hunt the kidnappers."
    assert _lead(events_of, sentence) == ("COOPERATE", {"GBR"}, {"KEN"})
    assert _lead(events_of, "Russia began requiring visas for Latvian citizens on Monday.") == (
        "SANCTION",
        {"RUS"},
        {"LVA"},
    )
    sentence = "China suspended all military exchanges with Washington on Friday over arms sales to Taiwan."
    assert _lead(events_of, sentence) == ("SANCTION", {"CHN"}, {"USA"})


def test_students_at_a_university_and_a_bomb_shared_by_two_passives(events_of):
    sentence = "Students at the University of Khartoum boycotted classes on Monday in protest against fees."
    assert _lead(events_of, sentence)[:2] == ("PROTEST", {"SDN"})
    sentence = (
        "Two Israeli soldiers were killed and three wounded by a Hezbollah roadside bomb in south Lebanon on"
        " Sunday."
    )
    assert _lead(events_of, sentence) == ("ASSAULT", {"LBN"}, {"ISR"})


def test_a_promise_to_stop_firing_and_a_pledge_of_force_made_to_someone(events_of):
    sentence = (
        "Yeltsin promised Chechen elders on Friday that federal troops would stop bombing their villages."
    )
    assert _lead(events_of, sentence)[:2] == ("AGREE", {"RUS"})
    sentence = (
        "Palestinian leader Yasser Arafat promised U.S. envoy Dennis Ross that his police would crack down"
        " on the gunmen."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"PSE"}, {"USA"})
    sentence = (
        "Libyan leader Muammar Gaddafi assured visiting U.N. Secretary-General Kofi Annan that the two"
        " suspects would be handed over."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"LBY"}, {"IGO"})


def test_asking_another_to_approve_a_pact_is_a_request(events_of):
    sentence = (
        "Mexican President Carlos Salinas appealed to the U.S. Congress on Friday to approve the North"
        " American Free Trade Agreement."
    )
    assert _lead(events_of, sentence) == ("REQUEST", {"MEX"}, {"USA"})


def test_rebels_dealing_with_their_own_state_is_a_domestic_event(events_of):
    sentence = (
        "The Tamil Tigers agreed on Monday to a Norwegian-brokered truce with Sri Lankan government forces,"
        " a rebel spokesman said."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"LKA"}, {"LKA"})


def test_crowds_pouring_into_the_streets_protest(events_of):
    sentence = "Tens of thousands of Albanians poured into the streets of Pristina on Monday, residents said."
    assert _lead(events_of, sentence)[0] == "PROTEST"


def test_a_joint_call_named_by_two_hyphened_adjectives_and_a_package_dismissed(events_of):
    sentence = "Syria rejected a Saudi-Egyptian call for a regional peace conference on Monday."
    assert _lead(events_of, sentence) == ("REJECT", {"SYR"}, {"SAU", "EGY"})
    # a person of two nationalities is no pair of parties
    sentence = "A British-Iranian engineer was jailed for ten years by a court in Tehran on Monday."
    assert "GBR" not in _lead(events_of, sentence)[2] or "IRN" not in _lead(events_of, sentence)[2]
    sentence = "North Korea dismissed a package of economic incentives from Japan and South Korea on Friday."
    assert _lead(events_of, sentence) == ("REJECT", {"PRK"}, {"JPN", "KOR"})


def test_an_object_the_parser_made_the_subject_of_a_participle(events_of):
    sentence = (
        "Iraq has accepted Security Council Resolution 687 calling for the destruction of its missiles."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"IRQ"}, {"IGO"})


def test_a_note_handed_to_an_envoy_and_ground_taken_back_from_its_holders(events_of):
    sentence = (
        "Jordan's Foreign Ministry handed the Syrian ambassador a protest note over the shelling of a"
        " refugee camp near Irbid."
    )
    assert _lead(events_of, sentence) == ("ACCUSE", {"JOR"}, {"SYR"})
    sentence = "Iran said it was ready to use force to retake the three Gulf islands from Emirati troops."
    assert _lead(events_of, sentence) == ("THREATEN", {"IRN"}, {"ARE"})
    sentence = "India has moved 50,000 troops into Rajasthan opposite Pakistan, officials said on Monday."
    assert _lead(events_of, sentence) == ("MOBILIZE", {"IND"}, {"PAK"})


def test_an_appeal_for_aid_is_not_aimed_at_those_it_would_help(events_of):
    sentence = (
        "The World Food Programme appealed on Friday for 60,000 tonnes of maize to feed flood victims in"
        " southern Mozambique."
    )
    assert _lead(events_of, sentence) == ("REQUEST", {"IGO"}, set())
    # but a call for another to act names whom it asks
    sentence = "Greece's call for Turkey to withdraw its troops from Cyprus was repeated by the premier."
    assert _lead(events_of, sentence) == ("REQUEST", {"GRC"}, {"TUR"})


def test_a_blockade_in_protest_at_a_decision_is_a_protest(events_of):
    sentence = (
        "Anti-nuclear activists blocked the entrance to the French embassy in Rome on Monday in protest at"
        " the decision by Paris to resume nuclear tests in the South Pacific."
    )
    assert _lead(events_of, sentence)[0] == "PROTEST"


def test_a_rally_demanding_another_states_pull_out_is_aimed_at_it(events_of):
    sentence = (
        "Tens of thousands of Georgians rallied in Tbilisi on Sunday demanding the withdrawal of Russian"
        " troops from their country, police said."
    )
    assert _lead(events_of, sentence) == ("PROTEST", {"GEO"}, {"RUS"})


def test_a_clash_with_guerrillas_of_no_country_is_domestic_and_an_apology_is_not_to_oneself(events_of):
    sentence = "Guatemalan army troops clashed with leftist guerrillas in the western highlands on Sunday."
    assert _lead(events_of, sentence) == ("ASSAULT", {"GTM"}, {"GTM"})
    sentence = (
        "Japanese Prime Minister Tomiichi Murayama apologised on Monday for the suffering caused by Japan's"
        " colonial rule."
    )
    assert _lead(events_of, sentence) == ("SUPPORT", {"JPN"}, set())


def test_the_ec_of_the_wires_is_the_european_community_unless_the_story_is_indian(analyze):
    def codes(text: str) -> set[str | None]:
        analysis = analyze(text)
        return {analysis.actor(i).code for m in analysis.mentions if m.text == "EC" for i in m.actor_ids}

    assert codes("The EC imposed an arms embargo on South Africa on Monday.") == {"EU"}
    assert codes("The EC ordered a repoll in 20 booths in Uttar Pradesh, India's poll body said.") == {"ECI"}


def test_arms_airlifted_walkouts_from_a_sitting_and_two_titled_leaders_signing(events_of):
    sentence = "Moscow airlifted tanks and artillery to Angola on Monday for its war against UNITA."
    assert _lead(events_of, sentence) == ("AID", {"RUS"}, {"AGO"})
    sentence = (
        "Libyan and Syrian delegates walked out of the U.N. General Assembly on Tuesday when the Israeli"
        " foreign minister rose to speak."
    )
    assert _lead(events_of, sentence) == ("PROTEST", {"LBY", "SYR"}, {"ISR"})
    sentence = (
        "Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin signed a peace treaty"
        " in Washington on Monday."
    )
    assert _lead(events_of, sentence)[:2] == ("SUPPORT", {"EGY", "ISR"})


def test_a_that_clause_read_as_a_modifier_and_one_leader_telling_another_to_go(events_of):
    assert _lead(events_of, "Greece demands that Turkey withdraw its troops from Cyprus.") == (
        "REQUEST",
        {"GRC"},
        {"TUR"},
    )
    sentence = (
        "Parliament speaker Ruslan Khasbulatov said President Boris Yeltsin must resign over the reforms."
    )
    assert _lead(events_of, sentence) == ("REQUEST", {"RUS"}, {"RUS"})


def test_sales_halted_to_a_state_and_a_pledge_made_to_an_envoy_for_others(events_of):
    sentence = "President Jimmy Carter halted US grain sales to the Soviet Union on Friday."
    assert _lead(events_of, sentence) == ("SANCTION", {"USA"}, {"RUS"})
    sentence = (
        "Serbian President Slobodan Milosevic promised US envoy Richard Holbrooke that Bosnian Serb forces"
        " would lift the siege of Sarajevo."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"SRB"}, {"USA"})


def test_what_one_person_says_of_anothers_qualities_is_no_demand_and_an_apology_to_a_compatriot(events_of):
    events, _ = events_of("A law professor said Mr. Klain's long experience should help him in the new post.")
    assert not any(coded_plover(e) == "REQUEST" for e in events)
    sentence = "Former President Bill Clinton said he had apologised to Monica Lewinsky."
    assert _lead(events_of, sentence)[2] == {"USA"}


def test_workers_allowed_back_to_their_jobs_is_a_closure_eased(events_of):
    sentence = "Israel allowed 8,000 Palestinian labourers to return to their jobs inside Israel on Monday."
    assert _lead(events_of, sentence) == ("CONCEDE", {"ISR"}, {"PSE"})


def test_a_sum_a_zone_or_a_post_offered_to_a_party_is_an_offer(events_of):
    sentence = "Bonn offered Moscow 12 billion marks to help pay for the withdrawal of Soviet troops."
    assert _lead(events_of, sentence) == ("AGREE", {"DEU"}, {"RUS"})
    sentence = "Japan offered $200 million to Vietnam on Tuesday."
    assert _lead(events_of, sentence) == ("AGREE", {"JPN"}, {"VNM"})
    sentence = "President Putin offered the Chechen rebels safe passage out of Grozny."
    assert _lead(events_of, sentence)[0] == "AGREE"
    events, _ = events_of("Iran offered a reward of two million dollars for his head.")
    assert not events


def test_the_city_that_hosts_talks_is_no_party_to_them(events_of):
    sentence = "The Soviet delegation walked out of the Geneva missile talks with the United States."
    assert _lead(events_of, sentence)[1:] == ({"RUS"}, {"USA"})


def test_a_deed_done_by_force_to_people_is_force_used(events_of):
    assert _lead(events_of, "Thai police removed the protesters by force.") == ("ASSAULT", {"THA"}, {"THA"})
    sentence = "The Romanian prime minister warned the miners that police would stop them by force."
    assert _lead(events_of, sentence) == ("THREATEN", {"ROU"}, {"ROU"})
    events, _ = events_of("The general took power by force in 1987.")
    assert not events


def test_a_conference_held_for_reconciliation_is_a_meeting(events_of):
    sentence = (
        "Leaders of Lebanon's warring factions opened a national reconciliation conference in Lausanne."
    )
    assert _lead(events_of, sentence)[0] == "CONSULT"


def test_leaders_meeting_somewhere_are_the_subject_of_what_they_did_there(events_of):
    sentence = "Caribbean Community leaders meeting in Kingston on Saturday urged Haiti to disarm the gangs."
    assert _lead(events_of, sentence) == ("REQUEST", {"IGO"}, {"HTI"})


def test_dealings_banned_and_blockades_of_trade_are_embargoes(events_of):
    sentence = "The United States banned new American investment in Burma on Tuesday."
    assert _lead(events_of, sentence) == ("SANCTION", {"USA"}, {"MMR"})
    sentence = "Tanzania, Uganda and Kenya imposed an economic blockade on Burundi on Wednesday."
    assert _lead(events_of, sentence) == ("SANCTION", {"TZA", "UGA", "KEN"}, {"BDI"})


def test_leave_or_be_killed_is_a_threat(events_of):
    sentence = (
        "Algeria's Armed Islamic Group has told foreigners to leave the country within a month or be killed."
    )
    assert _lead(events_of, sentence)[:2] == ("THREATEN", {"DZA"})


def test_weapons_turned_in_and_aid_workers_admitted(events_of):
    sentence = "Nicaraguan Contra rebels began turning in their rifles at a jungle camp on Tuesday."
    assert _lead(events_of, sentence)[:2] == ("RETREAT", {"NIC"})
    events, _ = events_of("Myanmar admitted foreign aid workers to the Irrawaddy delta.")
    assert _one(events, "RETREAT").mode == "access"
    events, _ = events_of("Myanmar admitted responsibility for the delay.")
    assert not any(e.plover == "RETREAT" for e in events)


def test_a_pledge_told_to_someone_is_made_to_them_and_a_name_is_no_ban(events_of):
    sentence = (
        "Than Swe told Secretary-General Ban Ki-moon on Friday that Myanmar would admit foreign aid workers"
        " to the delta."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"MMR"}, {"IGO"})
    sentence = "Iran told Britain on Monday that it would release the sailors."
    assert _lead(events_of, sentence) == ("AGREE", {"IRN"}, {"GBR"})


def test_a_pledge_made_under_a_deal_with_another_is_made_to_it(events_of):
    sentence = (
        "North Korea pledged on Friday to freeze its reactors under an accord reached with the United States."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"PRK"}, {"USA"})
    sentence = (
        "Prime Minister Ehud Barak told Syria that Israel was ready to hand back most of the Golan Heights."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"ISR"}, {"SYR"})


def test_attacks_suspended_are_a_ceasefire_and_aid_held_back_a_threat(events_of):
    sentence = "Hamas said on Sunday it would suspend attacks on Israel for three months."
    assert _lead(events_of, sentence) == ("AGREE", {"PSE"}, {"ISR"})
    sentence = (
        "The European Union said it could hold back millions of euros in aid to Fiji if no election was set."
    )
    assert _lead(events_of, sentence) == ("THREATEN", {"IGO"}, {"FJI"})


def test_lesser_known_wordings_of_strikes_ties_refusals_and_missiles(events_of):
    assert _lead(events_of, "Polish shipyard workers downed tools on Thursday.")[0] == "PROTEST"
    sentence = "The United States and China opened full diplomatic relations on Monday."
    assert _lead(events_of, sentence) == ("SUPPORT", {"USA", "CHN"}, set())
    assert _lead(events_of, "Pakistan restored air links with India.") == ("SUPPORT", {"PAK"}, {"IND"})
    sentence = "The Bosnian Serb assembly voted on Thursday to throw out the peace plan."
    assert _lead(events_of, sentence)[0] == "REJECT"
    sentence = "U.S. cruise missiles slammed into training camps in eastern Afghanistan on Thursday."
    assert _lead(events_of, sentence) == ("ASSAULT", {"USA"}, {"AFG"})
    assert _lead(events_of, "Senator Smith slammed Iran on Monday.")[0] == "ACCUSE"


def test_a_refusal_to_hand_someone_over_is_made_to_whom_they_would_go(events_of):
    sentence = "The Taliban refused again on Sunday to hand Osama bin Laden over to the United States."
    assert _lead(events_of, sentence)[::2] == ("REJECT", {"USA"})


def test_talks_one_will_not_return_to_are_refused(events_of):
    sentence = "North Korea said on Tuesday it would not return to the six-party talks with China."
    assert _lead(events_of, sentence)[0] == "REJECT"
    sentence = "Iran said it would return to the talks with the European Union next week."
    assert _lead(events_of, sentence)[0] == "AGREE"


def test_a_state_organ_telling_its_own_sides_deed(events_of):
    sentence = (
        "The air force bombed suspected Hezbollah positions in southern Lebanon, the Israeli army said."
    )
    assert _lead(events_of, sentence) == ("ASSAULT", {"ISR"}, {"LBN"})


def test_a_junta_is_of_the_land_where_it_seized_power(events_of):
    sentence = (
        "The Security Council imposed an oil and arms embargo on Wednesday on the military junta that seized"
        " power in Freetown in May."
    )
    assert _lead(events_of, sentence) == ("SANCTION", {"IGO"}, {"SLE"})


def test_idioms_of_yielding_refusing_and_expelling(events_of):
    sentence = "Hezbollah said on Sunday it was ready to hand Israel the bodies of two soldiers."
    assert _lead(events_of, sentence) == ("AGREE", {"LBN"}, {"ISR"})
    sentence = "Britain sent 25 Soviet diplomats packing on Thursday."
    assert _lead(events_of, sentence) == ("SANCTION", {"GBR"}, {"RUS"})
    assert _lead(events_of, "Iran set the 52 American hostages free on Tuesday.") == (
        "RETREAT",
        {"IRN"},
        {"USA"},
    )
    sentence = "The Reagan administration pulled the plug on economic aid to Nicaragua on Wednesday."
    assert _lead(events_of, sentence) == ("SANCTION", {"USA"}, {"NIC"})
    sentence = "Israeli gunners rained shells on villages across southern Lebanon on Monday."
    assert _lead(events_of, sentence)[:2] == ("ASSAULT", {"ISR"})
    sentence = "Bosnian Serbs shunned the republic's independence referendum on Sunday."
    assert _lead(events_of, sentence)[0] == "PROTEST"
    assert _lead(events_of, "Pravda accused Washington on Sunday of spying.") == ("ACCUSE", {"RUS"}, {"USA"})


def test_challenges_fasts_rallies_and_reinforcements(events_of):
    sentence = "Reagan challenged Gorbachev on Friday to tear down the Berlin Wall."
    assert _lead(events_of, sentence)[0] == "REQUEST"
    events, _ = events_of("The opposition challenged the ruling in court.")
    assert not any(e.plover == "REQUEST" for e in events)
    sentence = "Cuban dissident Guillermo Farinas stopped eating on Wednesday to press the government."
    assert _lead(events_of, sentence)[:2] == ("PROTEST", {"CUB"})
    sentence = "The Philippine army rushed two more battalions to Mindanao on Sunday."
    assert _lead(events_of, sentence) == ("MOBILIZE", {"PHL"}, {"PHL"})
    sentence = "Hundreds of thousands of opposition supporters massed in central Tehran on Monday."
    assert _lead(events_of, sentence)[:2] == ("PROTEST", {"IRN"})
    sentence = "Nigeria's Labour Congress warned it would call a general strike unless fuel prices fell."
    assert _lead(events_of, sentence)[:2] == ("THREATEN", {"NGA"})


def test_a_second_round_of_idioms(events_of):
    sentence = (
        "U.S. Trade Representative Mickey Kantor prodded Japan on Monday to open its market for car parts."
    )
    assert _lead(events_of, sentence)[::2] == ("REQUEST", {"JPN"})
    assert _lead(events_of, "Russia and China torpedoed a U.S. push for sanctions on Friday.")[0] == "REJECT"
    assert _lead(events_of, "NATO jets blitzed the headquarters of Serbian state television.")[0] == "ASSAULT"
    sentence = "Egyptian police hauled in the Muslim Brotherhood's deputy leader on Thursday."
    assert _lead(events_of, sentence)[:2] == ("COERCE", {"EGY"})
    sentence = "India mothballed its peace dialogue with Pakistan on Tuesday."
    assert _lead(events_of, sentence) == ("SANCTION", {"IND"}, {"PAK"})
    assert _lead(events_of, "Iran let the 52 American hostages go on Tuesday.") == (
        "RETREAT",
        {"IRN"},
        {"USA"},
    )
    sentence = "Nepal's King Gyanendra buckled under weeks of street protests and reinstated the parliament."
    assert _lead(events_of, sentence)[:2] == ("CONCEDE", {"NPL"})
    sentence = "Rwanda smuggled arms to Laurent Nkunda's rebels in eastern Congo."
    assert _lead(events_of, sentence)[:2] == ("AID", {"RWA"})
    sentence = (
        "The Israeli army warned Palestinian residents of Hebron that it would impose a curfew on the town."
    )
    assert _lead(events_of, sentence) == ("THREATEN", {"ISR"}, {"PSE"})


def test_passive_pledges_and_lists_of_agents(events_of):
    sentence = "An offer to mediate in the border dispute was made on Tuesday by Qatar."
    assert _lead(events_of, sentence)[:2] == ("AGREE", {"QAT"})
    sentence = (
        "Economic sanctions were slapped on Burundi by Tanzania, Kenya, Uganda and Zambia on Wednesday."
    )
    assert _lead(events_of, sentence) == ("SANCTION", {"TZA", "KEN", "UGA", "ZMB"}, {"BDI"})
    sentence = "Calls for the release of the detained reporters were repeated by Britain on Tuesday."
    assert _lead(events_of, sentence)[:2] == ("REQUEST", {"GBR"})
    sentence = (
        "The release of two American journalists held by Houthi rebels was demanded by President Joe Biden."
    )
    assert _lead(events_of, sentence) == ("REQUEST", {"USA"}, {"YEM"})
    sentence = "The U.S. trade embargo against Cuba was lifted by President Barack Obama on Friday."
    assert _lead(events_of, sentence) == ("CONCEDE", {"USA"}, {"CUB"})
    assert _lead(events_of, "Syrian rockets were fired at Israeli towns on Monday.") == (
        "ASSAULT",
        {"SYR"},
        {"ISR"},
    )


def test_a_pledge_cut_off_by_the_day_and_pledges_told(events_of):
    sentence = "Norway made an offer on Sunday to mediate between Colombia and the rebels."
    events, _ = events_of(sentence)
    assert coded_plover(next(e for e in events if is_main(e))) == "AGREE"
    sentence = "Syria informed the Arab League on Monday that it would allow monitors into Homs."
    assert _lead(events_of, sentence) == ("AGREE", {"SYR"}, {"IGO"})


def test_troops_brought_home_and_refugees_taken_in(events_of):
    sentence = "Cuba said on Monday it would bring 3,000 of its soldiers home from Angola within a year."
    assert _lead(events_of, sentence) == ("AGREE", {"CUB"}, {"AGO"})
    sentence = "Sweden said on Tuesday it was prepared to take in 2,000 refugees from Syria."
    assert _lead(events_of, sentence) == ("AGREE", {"SWE"}, {"SYR"})


def test_a_march_that_voices_a_demand_is_the_protest(events_of):
    sentence = "A march by thousands of Kenyan teachers through Nairobi on Monday demanded higher pay."
    assert _lead(events_of, sentence)[:2] == ("PROTEST", {"KEN"})


def test_a_session_is_no_recipient(events_of):
    sentence = (
        "The UN Human Rights Council ordered an international inquiry into atrocities by Burmese troops in "
        "Rakhine on Monday at a special session in Geneva."
    )
    assert _lead(events_of, sentence) == ("ACCUSE", {"IGO"}, {"MMR"})


def test_a_participle_aside_between_subject_and_verb(events_of):
    sentence = (
        "Japanese Prime Minister Toshiki Kaifu, speaking at a banquet in Tokyo's Akasaka Palace for visiting "
        "Philippine President Corazon Aquino, called on Vietnam on Friday to pull all of its troops out of "
        "Cambodia."
    )
    assert _lead(events_of, sentence) == ("REQUEST", {"JPN"}, {"VNM"})
    sentence = (
        "Finnish President Martti Ahtisaari, making his first visit to Tallinn since the Soviet collapse, "
        "praised Estonia on Monday for its economic reforms."
    )
    assert _lead(events_of, sentence) == ("SUPPORT", {"FIN"}, {"EST"})


def test_parse_repairs_for_wire_copy(events_of):
    sentence = (
        "A Canadian patrol boat seized a Spanish trawler fishing illegally off Newfoundland on Thursday."
    )
    assert _lead(events_of, sentence) == ("COERCE", {"CAN"}, {"ESP"})
    sentence = (
        "Janjaweed militiamen armed with machetes hacked to death dozens of villagers in Darfur overnight."
    )
    assert _lead(events_of, sentence)[:2] == ("ASSAULT", {"SDN"})
    events, _ = events_of("Britain and Ireland wound up two days of talks on Northern Ireland on Friday.")
    assert not any(e.plover == "ASSAULT" for e in events)


def test_a_third_round_of_idioms(events_of):
    sentence = "Moscow dismissed Chechnya's declaration of independence as illegal on Tuesday."
    assert _lead(events_of, sentence)[:2] == ("REJECT", {"RUS"})
    sentence = "Egypt's government severed internet access across the country on Friday."
    events, _ = events_of(sentence)
    assert _one(events, "COERCE").mode == "censor"
    sentence = "The Basque separatist group ETA has put its weapons beyond use, international monitors said."
    assert _lead(events_of, sentence)[:2] == ("RETREAT", {"ESP"})
    sentence = "Ethiopia warned on Friday that its army would crush the Islamist militias if they advanced."
    assert _lead(events_of, sentence)[:2] == ("THREATEN", {"ETH"})


def test_a_debt_eased_is_eased_for_the_debtor(events_of):
    sentence = "Germany agreed on Tuesday to write off half of the debt owed to it by Zambia."
    assert _lead(events_of, sentence) == ("AGREE", {"DEU"}, {"ZMB"})
    sentence = "Japan agreed on Friday to reschedule the roughly $4 billion that Peru owes it."
    assert _lead(events_of, sentence) == ("AGREE", {"JPN"}, {"PER"})
    sentence = (
        "Held back by a budget crisis, Italy agreed on Monday to pay its arrears to the United Nations."
    )
    assert _lead(events_of, sentence)[2] == {"IGO"}


def test_whom_a_rally_asks(events_of):
    sentence = (
        "Thousands of Georgians rallied in Tbilisi on Friday, demanding that Moscow withdraw its troops."
    )
    assert _lead(events_of, sentence) == ("PROTEST", {"GEO"}, {"RUS"})


def test_money_made_available_or_worth_a_sum_goes_to_the_one_named(events_of):
    sentence = "Clinton offered on Tuesday to make $20 billion in American loans available to Mexico."
    assert _lead(events_of, sentence) == ("AGREE", {"USA"}, {"MEX"})
    sentence = "China will ship rice and fertiliser worth $10 million to Laos, Xinhua said on Thursday."
    assert _lead(events_of, sentence) == ("AGREE", {"CHN"}, {"LAO"})


def test_an_event_inside_the_aside_is_background(events_of):
    sentence = (
        "Zimbabwean President Robert Mugabe, addressing a rally in Bulawayo after three days of rioting "
        "over bread prices in Harare, warned striking nurses that he would sack them all if they stayed "
        "away again."
    )
    assert _lead(events_of, sentence) == ("THREATEN", {"ZWE"}, {"ZWE"})


def test_captives_named_by_nationality_and_a_particle_on_the_objects_noun(events_of):
    sentence = "Khmer Rouge guerrillas seized a Briton and a Frenchman from a bus in Cambodia on Monday."
    assert _lead(events_of, sentence) == ("ASSAULT", {"KHM"}, {"GBR", "FRA"})
    sentence = "China handed the last section of the disputed border area back to Vietnam on Monday."
    assert _lead(events_of, sentence) == ("RETREAT", {"CHN"}, {"VNM"})


def test_strong_verbs_of_wire_leads_read_by_what_they_take(events_of):
    # "blasted" and "hammered" positions are shelling; "blasted the government" stays words
    assert _lead(events_of, "Syrian jets blasted rebel positions near Idlib on Tuesday.")[0] == "ASSAULT"
    sentence = "Ukrainian artillery hammered Russian positions near Bakhmut on Friday."
    assert _lead(events_of, sentence) == ("ASSAULT", {"UKR"}, {"RUS"})
    assert _lead(events_of, "The opposition blasted the Israeli leader for the raid.")[0] == "ACCUSE"
    # talks shelved are talks suspended; an office quit, or left by letter from abroad, yields to no one
    assert _lead(events_of, "Israel shelved peace talks with Syria on Monday.") == (
        "SANCTION",
        {"ISR"},
        {"SYR"},
    )
    sentence = "Mongolia's prime minister quit the premiership by letter from Beijing on Monday."
    assert _lead(events_of, sentence) == ("RETREAT", {"MNG"}, set())
    sentence = "Haiti's prime minister resigned by letter from Nairobi on Tuesday."
    assert _lead(events_of, sentence) == ("RETREAT", {"HTI"}, set())
    sentence = "Hamas set free Israeli hostage Noa Argamani on Saturday."
    assert _lead(events_of, sentence) == ("RETREAT", {"PSE"}, {"ISR"})
    sentence = "India moved two strike corps to the Pakistani border on Wednesday."
    assert _lead(events_of, sentence) == ("MOBILIZE", {"IND"}, {"PAK"})
    sentence = "Bolivia seized three oil rigs owned by a Brazilian firm on Thursday."
    assert _lead(events_of, sentence) == ("COERCE", {"BOL"}, {"BRA"})


def test_a_pledge_to_rejoin_talks_told_to_someone(events_of):
    sentence = "North Korea told Russia on Saturday it was ready to rejoin the talks."
    assert _lead(events_of, sentence) == ("AGREE", {"PRK"}, {"RUS"})
    sentence = "North Korea said on Saturday it was not ready to return to the talks."
    assert _lead(events_of, sentence)[0] == "REJECT"


def test_a_popular_boycott_and_a_request_whose_deed_the_parser_missed(events_of):
    # traders boycotting a country's goods protest; a state doing so sanctions
    sentence = "Vendors across Jordan launched a boycott of American goods on Monday."
    assert _lead(events_of, sentence) == ("PROTEST", {"JOR"}, {"USA"})
    sentence = "The Arab League imposed a boycott of Israeli goods on Monday."
    assert _lead(events_of, sentence) == ("SANCTION", {"IGO"}, {"ISR"})
    sentence = "Egypt asked Israel on Sunday to clear settlers blocking the crossing."
    assert _lead(events_of, sentence) == ("REQUEST", {"EGY"}, {"ISR"})
    sentence = "Supporters of the opposition blockaded three ministries in Kiev on Tuesday."
    assert _lead(events_of, sentence) == ("PROTEST", {"UKR"}, {"UKR"})


def test_inspectors_let_in_and_troops_sent_to_prop_up_a_government(events_of):
    sentence = "Iran let the head of the UN nuclear watchdog inspect the Fordow site on Sunday."
    assert _lead(events_of, sentence) == ("RETREAT", {"IRN"}, {"IGO"})
    sentence = "Nigeria sent 500 more soldiers on Thursday to prop up Sierra Leone's government."
    assert _lead(events_of, sentence) == ("AID", {"NGA"}, {"SLE"})
    sentence = "Rwanda agreed on Tuesday to withdraw its troops from the Kivu provinces."
    assert _lead(events_of, sentence) == ("AGREE", {"RWA"}, {"COD"})


def test_a_debt_written_off_as_a_pledge_and_supplies_handed_over(events_of):
    # "write off" is no verb of saying that would end the reading of the pledge's mood
    sentence = "Tokyo said on Monday it was prepared to write off part of the debts owed by Dhaka."
    assert _lead(events_of, sentence) == ("AGREE", {"JPN"}, {"BGD"})
    sentence = "Beijing handed over 100 army trucks and 20,000 uniforms to Laos's armed forces on Friday."
    assert _lead(events_of, sentence) == ("AID", {"CHN"}, {"LAO"})


def test_places_named_in_an_of_phrase_and_a_partner_hung_on_the_topic(events_of):
    sentence = "Austria recognised the breakaway Yugoslav republics of Croatia and Slovenia on Wednesday."
    assert _lead(events_of, sentence) == ("SUPPORT", {"AUT"}, {"HRV", "SVN"})
    sentence = "Egypt shared intelligence on militants with Washington on Thursday."
    assert _lead(events_of, sentence) == ("COOPERATE", {"EGY"}, {"USA"})


def test_a_participle_beside_a_vow_and_a_demand_told_to_a_rally(events_of):
    # the refusal set beside the vow is made now, outside the vow's "never"
    sentence = (
        "Israel vowed on Thursday never to divide Jerusalem, "
        "rejecting a Palestinian demand for a capital there."
    )
    assert _lead(events_of, sentence) == ("REJECT", {"ISR"}, {"PSE"})
    # the crowd told is not the party asked
    sentence = (
        "The United States must lift its embargo, Castro told a rally of supporters in Havana on Monday."
    )
    assert _lead(events_of, sentence) == ("REQUEST", {"CUB"}, {"USA"})


def test_a_place_left_under_a_pledge_and_enrichment_suspended(events_of):
    # the place troops are to leave is whom the pledge is to, as it is for the withdrawal itself
    sentence = "Rwanda agreed on Monday to pull its troops out of North Kivu."
    assert _lead(events_of, sentence) == ("AGREE", {"RWA"}, {"COD"})
    # one's own enrichment suspended is a concession, no ties cut
    assert _lead(events_of, "Iran suspended uranium enrichment on Monday.")[0] == "CONCEDE"


def test_weapons_sent_or_handed_to_a_state_are_aid(events_of):
    sentence = "Britain promised on Monday to send 14 Challenger tanks to Ukraine."
    assert _lead(events_of, sentence) == ("AGREE", {"GBR"}, {"UKR"})
    assert _lead(events_of, "Germany handed Ukraine four tanks on Wednesday.") == ("AID", {"DEU"}, {"UKR"})
    # forces and warships sent are a deployment
    assert _lead(events_of, "Russia sent troops to the Ukrainian border on Monday.")[0] == "MOBILIZE"
    assert (
        _lead(events_of, "The United States sent an aircraft carrier to Israel on Monday.")[0] == "MOBILIZE"
    )


def test_a_list_the_parser_hung_on_the_subject_across_the_verb(events_of):
    sentence = (
        "Mali's junta refused on Tuesday to receive a joint delegation from ECOWAS, the African Union and "
        "the United Nations, citing security concerns."
    )
    assert _lead(events_of, sentence) == ("REJECT", {"MLI"}, {"IGO"})


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a movement's dealings with its own state's government, named by the country's adjective
        (
            "UNITA, the rebel movement led by Jonas Savimbi, agreed on Sunday with the Angolan government to "
            "confine its fighters to assembly areas.",
            ("AGREE", {"AGO"}, {"AGO"}),
        ),
        # rebels or protesters lifting their own blockade give ground, as a strike called off
        (
            "Nepal's Maoist rebels on Wednesday called off their week-long blockade of Kathmandu.",
            ("CONCEDE", {"NPL"}, {"NPL"}),
        ),
        (
            "Nepal's Maoist insurgents lifted their week-long blockade of Kathmandu on Wednesday.",
            ("CONCEDE", {"NPL"}, {"NPL"}),
        ),
        # a state's own blockade lifted is de-escalation
        ("Israel lifted its blockade of Gaza on Monday.", ("RETREAT", {"ISR"}, {"PSE"})),
        (
            "Thailand's army chief shortened the nightly curfew in Bangkok on Friday.",
            ("CONCEDE", {"THA"}, {"THA"}),
        ),
    ],
)
def test_domestic_counterparts_and_blockades_given_up(events_of, sentence, expected):
    assert _lead(events_of, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the agent the parser hung as a plain "by" phrase, in a clause someone reports
        (
            "Mengistu has been granted political asylum by Zimbabwe, officials in Harare said on Thursday.",
            ("AID", {"ZWE"}, {"ETH"}),
        ),
        # support that is cut is no backing: one sanction
        ("Britain froze budget support for Malawi on Thursday.", ("SANCTION", {"GBR"}, {"MWI"})),
    ],
)
def test_passive_agent_as_phrase_and_support_frozen(events_of, sentence, expected):
    assert _lead(events_of, sentence) == expected
    events, _ = events_of(sentence)
    assert len(events) == 1


def test_people_known_by_where_they_are_deal_with_their_own_state(analyze):
    """Leaders known only as "in Kosovo" are of the place's country, and its officials are their counterpart
    (CAMEO's domestic coding), where before the shared country made the officials the leaders' own."""
    sentence = (
        "Ethnic Albanian leaders in Kosovo said on Sunday they would sit down with Serbian officials at "
        "peace talks in France next week."
    )
    analysis = analyze(sentence, meta={"published": "1999-01-31"})
    lead = next(e for e in sorted(analysis.events, key=lambda e: e.start) if is_main(e) and coded_plover(e))
    assert (coded_plover(lead), *_sides(analysis, lead)) == ("AGREE", {"SRB"}, {"SRB"})


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an order that keeps a town's people indoors is a curfew, also told in the passive with the agent
        # hung on the act ordered
        (
            "The army commander ordered residents of Ambon off the streets from dusk to dawn on Tuesday.",
            ("COERCE", {"IDN"}, {"IDN"}),
        ),
        (
            "Residents of Srinagar were ordered to stay indoors by Indian authorities on Saturday.",
            ("COERCE", {"IND"}, {"IND"}),
        ),
        # one's own staff told to stay home is a request, no curfew
        (
            "The United Nations ordered its staff in Kabul to stay home on Monday.",
            ("REQUEST", {"IGO"}, set()),
        ),
        # a refusal's recipient is who pressed for it, in an opening participle, or whose ultimatum it defies,
        # before the place the refused act concerns
        (
            "Pressed by the United States and Britain to open up the political system, Kenya's President "
            "Daniel arap Moi on Friday ruled out a return to multi-party politics.",
            ("REJECT", {"KEN"}, {"USA", "GBR"}),
        ),
        (
            "Defying a NATO ultimatum, Bosnian Serb army commander Ratko Mladic refused on Tuesday to pull "
            "his heavy weapons back from around Sarajevo.",
            ("REJECT", {"BIH"}, {"IGO"}),
        ),
    ],
)
def test_curfews_ordered_and_refusals_of_pressure(events_of, sentence, expected):
    assert _lead(events_of, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one's own strait closed is a threat to whoever must comply, named in the condition
        (
            "Iran said it would close the Strait of Hormuz if the European Union imposed an oil embargo.",
            ("THREATEN", {"IRN"}, {"IGO"}),
        ),
        # prisoners held in another's jails protest to their jailer
        (
            "About 1,200 Palestinian prisoners held in Israeli jails began a hunger strike on Tuesday.",
            ("PROTEST", {"PSE"}, {"ISR"}),
        ),
    ],
)
def test_threat_to_the_complier_and_protest_to_the_jailer(events_of, sentence, expected):
    assert _lead(events_of, sentence) == expected


def test_pledge_told_to_the_own_government(events_of):
    """A movement's pledge told to "government negotiators" is made to its own country's government; a
    leader's told to his own parliament is no pledge to anyone."""
    sentence = (
        "Mozambique's RENAMO rebels told government negotiators in Rome on Monday that they would accept a "
        "ceasefire before the end of the month."
    )
    assert _lead(events_of, sentence) == ("AGREE", {"MOZ"}, {"MOZ"})
    sentence = (
        "Mozambique's president told parliament on Monday that his government would accept a ceasefire."
    )
    assert _lead(events_of, sentence)[2] == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the agent hung on the role given, a list of four
        (
            "Libya's rebel council was recognised as the country's legitimate government on Friday by "
            "Canada, Italy, Poland and Japan.",
            ("SUPPORT", {"CAN", "ITA", "POL", "JPN"}, {"LBY"}),
        ),
        # a hyphenated object the parser split ("self-rule")
        (
            "Indonesia offered limited self-rule to the province of Aceh on Tuesday.",
            ("AGREE", {"IDN"}, {"IDN"}),
        ),
        # an activity named by its kind: "enrichment activities" halted is a concession, not a sanction
        (
            "Iran promised on Monday to suspend all uranium enrichment activities for six months.",
            ("AGREE", {"IRN"}, set()),
        ),
        # the counterpart an opening phrase names
        (
            "After two days of talks with Egypt's President Hosni Mubarak, Israel pledged on Tuesday to "
            "withdraw its troops from the border area.",
            ("AGREE", {"ISR"}, {"EGY"}),
        ),
        (
            "Under a deal struck with Germany and France, Russia pledged on Friday to pull its heavy weapons "
            "back from the front.",
            ("AGREE", {"RUS"}, {"DEU", "FRA"}),
        ),
        ("Rebel fighters abandoned their positions outside Sirte on Monday.", ("RETREAT", {"LBY"}, set())),
        (
            "North Korea has given United Nations inspectors access to its main reactor, the agency said.",
            ("RETREAT", {"PRK"}, {"IGO"}),
        ),
    ],
)
def test_roles_hyphens_activities_and_opening_counterparts(events_of, sentence, expected):
    got = _lead(events_of, sentence)
    if expected[2]:
        assert got == expected
    else:  # the recipient is not what these sentences test
        assert got[:2] == expected[:2]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # joined acts of one kind by the same side share the recipient one of them names
        (
            "The rebel leader said his fighters were ready to halt their attacks and hold talks with "
            "Uganda's government.",
            ("AGREE", {"UGA"}, {"UGA"}),
        ),
        (
            "Armenia called up its reservists and moved tanks toward the border with Azerbaijan on Sunday.",
            ("MOBILIZE", {"ARM"}, {"AZE"}),
        ),
        # but forces moved on their own ground are aimed at no one
        (
            "Beijing reinforced its garrisons along the coast, deploying extra missile units in Fujian "
            "province.",
            ("MOBILIZE", {"CHN"}, set()),
        ),
    ],
)
def test_joined_acts_share_their_recipient(events_of, sentence, expected):
    assert _lead(events_of, sentence) == expected


def test_inverted_condition_is_the_threat_s_condition(events_of):
    """ "Should X do ..., Y will ...": an if-clause inverted; what it tells is the condition, not the act."""
    sentence = (
        "Should Japan deploy missiles on the disputed islands, Beijing will respond with force, the Chinese "
        "defence ministry warned on Monday."
    )
    assert _lead(events_of, sentence) == ("THREATEN", {"CHN"}, {"JPN"})


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # police named through their officers raid: a police act, not an armed assault
        (
            "Some 200 Turkish police officers raided the offices of an opposition daily in Istanbul on "
            "Friday.",
            ("COERCE", {"TUR"}),
        ),
        ("Hong Kong police officers raided a pro-democracy newsroom on Thursday.", ("COERCE", {"HKG"})),
    ],
)
def test_police_officers_raid(events_of, sentence, expected):
    assert _lead(events_of, sentence)[:2] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # every side of a listed phrase
        (
            "Islamabad said on Monday it would not accept mediation by the United States or Britain over the "
            "dispute.",
            ("REJECT", {"PAK"}, {"USA", "GBR"}),
        ),
        (
            "Turkey refused on Friday to halt its offensive, brushing aside appeals from Germany and the "
            "European Union.",
            ("REJECT", {"TUR"}, {"DEU", "IGO"}),
        ),
        (
            "Moscow on Wednesday rejected a French, German and Greek proposal for a summit on the crisis.",
            ("REJECT", {"RUS"}, {"FRA", "DEU", "GRC"}),
        ),
        # each side's at the other
        (
            "Ethiopia and Eritrea traded blame on Sunday for the clashes along their border.",
            ("ACCUSE", {"ETH", "ERI"}, {"ETH", "ERI"}),
        ),
        (
            "Russia and Ukraine exchanged warnings of retaliation on Tuesday.",
            ("THREATEN", {"RUS", "UKR"}, {"RUS", "UKR"}),
        ),
        # a go-between between two sides
        (
            "Qatar said on Monday it was willing to act as a go-between for Washington and the Taliban.",
            ("AGREE", {"QAT"}, {"USA", "AFG"}),
        ),
        # a joint gift is aimed at whom it is given, not at neither as a pact of the two would be
        (
            "The World Bank and Japan agreed on Tuesday to lend Sri Lanka $2 billion.",
            ("AGREE", {"IGO", "JPN"}, {"LKA"}),
        ),
    ],
)
def test_listed_sides_exchanges_and_joint_gifts(events_of, sentence, expected):
    assert _lead(events_of, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Niger was dropped from a U.S. duty-free trade programme on Monday over the military coup.",
            ("SANCTION", {"USA"}, {"NER"}),
        ),
        ("The African Union readmitted Mali on Friday after elections.", ("SUPPORT", {"IGO"}, {"MLI"})),
        (
            "Poland has taken delivery of 50 battle tanks from South Korea, the defence ministry said.",
            ("AID", {"KOR"}, {"POL"}),
        ),
        (
            "Thousands of Buddhist monks paraded through the streets of Mandalay on Friday against the "
            "junta.",
            ("PROTEST", {"MMR"}, {"MMR"}),
        ),
        (
            "Hundreds of thousands of Venezuelans packed an avenue in eastern Caracas on Saturday to demand "
            "new elections.",
            ("PROTEST", {"VEN"}, {"VEN"}),
        ),
    ],
)
def test_programmes_members_deliveries_and_crowds(events_of, sentence, expected):
    assert _lead(events_of, sentence) == expected


def test_an_army_parading_missiles_is_no_march(events_of):
    assert _lead(events_of, "North Korea paraded its newest missiles through Pyongyang on Saturday.")[0] == (
        "MOBILIZE"
    )


def test_commonwealth_secretary_general(analyze):
    """The Commonwealth's head named by title and name: the intergovernmental body, not the country the
    sentence is about."""
    from presslens.eval.events import gsr_code

    analysis = analyze(
        "Commonwealth Secretary-General Don McKinnon urged Zimbabwe on Tuesday to end the farm seizures.",
        meta={"published": "2000-04-18"},
    )
    codes = {
        analysis.text[m.start : m.end]: gsr_code(analysis.actor(m.actor_ids[0])) for m in analysis.mentions
    }
    assert codes["Don McKinnon"] == "IGO" and codes["Zimbabwe"] == "ZWE"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # talks one is ready or open for are only offered; not ready for them, refused
        ("Cuba said on Friday it was ready for talks with the European Union.", ("AGREE", {"CUB"}, {"IGO"})),
        ("Mali's junta said it was open to dialogue with the African Union.", ("AGREE", {"MLI"}, {"IGO"})),
        (
            "Serbia said on Monday it was not ready to hold talks with the European Union on the issue.",
            ("REJECT", {"SRB"}, {"IGO"}),
        ),
        # a passive with no doer, told by a leader of what will not be done: his state's refusal
        (
            "Foreign journalists will not be allowed to enter the disputed region, Indian Prime Minister "
            "Narendra Modi said on Friday.",
            ("REJECT", {"IND"}, None),
        ),
        # troops sent to train another's forces are military aid, here only pledged
        (
            "Canada will send 200 more soldiers to Latvia to train and advise the Latvian army, its defence "
            "minister said.",
            ("AGREE", {"CAN"}, {"LVA"}),
        ),
        # the body that recognises or backs a government is not its side
        (
            "Yemen's UN-recognised government asked Saudi Arabia on Sunday for more military support.",
            ("REQUEST", {"YEM"}, {"SAU"}),
        ),
    ],
)
def test_readiness_speakers_stances_and_backers(events_of, sentence, expected):
    got = _lead(events_of, sentence)
    assert got[:2] == expected[:2] and (expected[2] is None or got[2] == expected[2])


@pytest.mark.parametrize(
    "sentence",
    [
        "Yemen's Houthi rebels agreed on Friday to a prisoner swap with the Saudi-backed government.",
        "Colombia's ELN guerrillas agreed with the U.S.-backed government on Monday to a truce.",
        "Somalia's al-Shabaab militants rejected talks with the UN-backed government on Sunday.",
    ],
)
def test_a_movement_s_own_government_named_without_its_country(events_of, sentence):
    """A state body named as the other party, with no country of its own but its backer's, is the movement's
    own state."""
    plover, sources, targets = _lead(events_of, sentence)
    assert plover in ("AGREE", "REJECT") and sources == targets and len(sources) == 1


def test_passive_agent_through_the_means(events_of):
    """ "was hit by rockets fired by X": the doer is whoever used the means the agent phrase names."""
    sentence = "The Israeli city of Ashkelon was hit on Tuesday by rockets fired by Palestinian militants."
    assert _lead(events_of, sentence) == ("ASSAULT", {"PSE"}, {"ISR"})


def test_access_given_to_money_or_information_is_no_access(events_of):
    """Access given to observers is letting them in; access given to a banking system or to information is
    not an event of that kind."""
    events, _ = events_of("The central bank gave Venezuela access to its reserves held in London.")
    assert not [e for e in events if e.mode == "access"]
