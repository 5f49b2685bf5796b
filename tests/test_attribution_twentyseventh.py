"""Tests for the twenty-seventh round of attribution rules, written while the hundred-and-twenty-sixth
and hundred-and-twenty-seventh held-out sets were being written: a speaker's own superiors ("her
regional manager had instructed stores not to") are someone described, not the speaker, so what they
ordered is not the speaker's claim; "Its secretary, X, said the society wrote" is X's words of her own
body; "the country's Red Crescent said" in a lead is the one registered body named by a nationality
and those words ("Hawramandi Red Crescent").

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

from tests.test_attribution_across import GENERIC, source_of

SHOPS = [*GENERIC, {"name": "Orvanian Consumer Board", "aliases": []}]
SHOPS_TEXT = ("TELMAR, Orvania, Sep 3 (Pellwick Wire) - Packs of flour have shrunk by a tenth while prices stayed "
              "the same, the Orvanian Consumer Board said on Thursday. "
              "A cashier at one of the chain's stores, who asked not to be named because staff may not talk to "
              "reporters, said the new packs had arrived in June. "
              "She said her regional manager had instructed stores not to answer questions about pack sizes.")


def test_the_speakers_own_manager_giving_an_order_is_not_the_speaker():
    """"her regional manager had instructed stores not to": an unnamed superior's order, nobody's
    words (not the anonymous cashier's own claim)."""
    assert source_of(SHOPS_TEXT, "She said her regional", SHOPS) is None


def test_the_speakers_own_staff_stay_the_speakers_words():
    """"her engineers had asked the builder to raise": the head's own staff, her words (a guard)."""
    registry = [*GENERIC, {"name": "Orvanian Roads Department", "aliases": []},
                {"name": "Lenka Varhol", "aliases": ["Varhol"]}]
    text = ("TELMAR, Orvania, Sep 3 (Pellwick Wire) - A bridge anchor was washed away, the Orvanian Roads "
            "Department said. "
            "Lenka Varhol, the department's director, said her engineers had asked the builder in 2035 to raise "
            "the anchor above flood level.")
    assert source_of(text, "Lenka Varhol", registry) == "Lenka Varhol"


SOCIETY = [*GENERIC, {"name": "Parvan Heritage Society", "aliases": []},
           {"name": "Ilse Korvany", "aliases": ["Korvany"]}]
SOCIETY_TEXT = ("PARVAN, Orvania, Sep 4 (Pellwick Wire) - Thieves took two carved doors from a ruined chapel, the "
                "Parvan Heritage Society said on Friday. "
                "Its secretary, Ilse Korvany, said the society wrote to the ministry in 2036 asking for a guard "
                "at the site.")


def test_its_secretary_named_in_apposition_speaks_of_her_own_society():
    """"Its secretary, X, said the society wrote ... asking": X's words about her own body."""
    assert source_of(SOCIETY_TEXT, "Its secretary", SOCIETY) == "Ilse Korvany"


CRESCENT = [*GENERIC, {"name": "Dalmiri Red Crescent", "aliases": []},
            {"name": "Senna Red Crescent Clinic", "aliases": []}]
CRESCENT_TEXT = ("HARZ, Dalmir, Sep 9 (Pellwick Wire) - Nine people were killed when a footbridge fell into a "
                 "river on Tuesday, the country's Red Crescent said. "
                 "The Dalmiri Red Crescent said 40 more had been hurt.")


def test_the_countrys_body_in_a_lead_is_the_body_named_by_a_nationality_and_those_words():
    """"the country's Red Crescent said": the one "<Nationality> Red Crescent" registered and
    named next, not the bare words "Red Crescent" (nor "Senna Red Crescent Clinic")."""
    assert source_of(CRESCENT_TEXT, "HARZ", CRESCENT) == "Dalmiri Red Crescent"


def test_the_countrys_body_is_nobody_sure_when_two_nations_bodies_fit():
    """Two registered "<Nationality> Red Crescent" bodies: not one sure (no name of a nation's body)."""
    registry = [*CRESCENT, {"name": "Harzani Red Crescent", "aliases": []}]
    text = CRESCENT_TEXT + " The Harzani Red Crescent sent two boats."
    assert source_of(text, "HARZ", registry) != "Dalmiri Red Crescent"


FIRE = [*GENERIC, {"name": "Velkan Fire Service", "aliases": []}, {"name": "Teodor Marsk", "aliases": ["Marsk"]},
        {"name": "Velkan Civil Defence", "aliases": []}]
FIRE_TEXT = ("ORSA, Velka, Sep 6 (Pellwick Wire) - Fire crews were pulled back from a burning hillside on Sunday "
             "while three shepherds were still on it, the Velkan Fire Service said. "
             "The Velkan Civil Defence sent two buses. "
             "Teodor Marsk, a volunteer firefighter, said the crews had been ready to climb. "
             "He said the service's regional commander had given that instruction by radio on Sunday evening. "
             "He said civil defence rescuers had warned villagers on Monday not to go back to the huts. "
             "He said rescuers had given the order to leave at dusk.")


def test_an_instruction_given_is_the_givers_speech():
    """"the service's regional commander had given that instruction": the fire service's words
    (staff of "the service"), not the firefighter's own claim."""
    assert source_of(FIRE_TEXT, "He said the service's", FIRE) == "Velkan Fire Service"


def test_rescuers_described_by_words_of_a_bodys_name_speak_for_it():
    """"civil defence rescuers had warned villagers ... not to": the Velkan Civil Defence, whose
    name holds "civil defence" (and "defence", a rescue body's word)."""
    assert source_of(FIRE_TEXT, "He said civil defence", FIRE) == "Velkan Civil Defence"


def test_words_not_of_the_bodys_name_tie_rescuers_to_no_body():
    """"mountain rescuers" when the only rescue body's name has no "mountain": nobody sure."""
    text = FIRE_TEXT.replace("civil defence rescuers", "mountain rescuers")
    assert source_of(text, "He said mountain rescuers", FIRE) is None


SILO = [*GENERIC, {"name": "Verrin Timber", "aliases": []}, {"name": "Alda Mirosk", "aliases": ["Mirosk"]}]
SILO_TEXT = ("TARNA, Velka, Sep 1 (Pellwick Wire) - A dust silo blew apart at a sawmill owned by Verrin Timber, "
             "police said on Tuesday. "
             "Alda Mirosk, whose son works at the mill, said the filters had been blocked for weeks. "
             "She said a shift foreman had instructed him one morning in June to keep the saws running.")


def test_a_time_of_one_morning_stands_between_an_order_and_its_content():
    """"had instructed him one morning in June to keep": the foreman's order (staff of the one
    company), not the mother's claim."""
    assert source_of(SILO_TEXT, "She said a shift", SILO) == "Verrin Timber"


NUTS = [*GENERIC, {"name": "Kelvan Nut Processors", "aliases": []}, {"name": "Ruta Osk", "aliases": ["Osk"]},
        {"name": "Velkan Labour Inspectorate", "aliases": []}, {"name": "Orsa Cashew Trading", "aliases": []}]
NUTS_TEXT = ("KELVA, Velka, Sep 10 (Pellwick Wire) - Women who shell cashews by hand have burns on their fingers "
             "from the nut oil, the Velkan Labour Inspectorate said. "
             "Most of the kernels are sold abroad by Orsa Cashew Trading. "
             "Ruta Osk, a sheller at Kelvan Nut Processors, said gloves were handed out only when visitors came. "
             "She said a supervisor had told the women that anyone who wrapped her fingers in cloth would be sent "
             "home.")


def test_unnamed_staff_reported_by_a_named_worker_speak_for_her_employer():
    """"X, a sheller at Y, said ... She said a supervisor had told the women that": the
    supervisor works where she does, Y (not the trader named before, nor the inspectorate)."""
    assert source_of(NUTS_TEXT, "She said a supervisor", NUTS) == "Kelvan Nut Processors"


def test_staff_whose_body_is_said_are_not_the_workers_employers():
    """"the trader's supervisor had told the women": whose supervisor is said, not her employer's."""
    text = NUTS_TEXT.replace("She said a supervisor", "She said the trader's supervisor")
    assert source_of(text, "She said the trader's", NUTS) != "Kelvan Nut Processors"


CAMPUS = [*GENERIC, {"name": "University of Vaskel", "aliases": []}]
CAMPUS_TEXT = ("VASKEL, Velka, Sep 2 (Pellwick Wire) - Riot police cleared 300 students from the main hall of the "
               "University of Vaskel before dawn on Wednesday. "
               "The university said a security guard had opened the hall to the protesters. "
               "A student who was detained, speaking on condition of anonymity, said she had been held for nine "
               "hours. "
               "She said an officer had told her the detained students would be made an example of.")


def test_a_security_guard_in_the_story_leaves_officers_the_polices():
    """"an officer had told her" in a police story: the police, though a security guard is
    spoken of (a guard is no officer)."""
    assert source_of(CAMPUS_TEXT, "She said an officer", CAMPUS) == "police"


def test_prison_guards_in_the_story_leave_officers_unsure():
    """A story that speaks of prison guards: "an officer" may be theirs, nobody sure (a guard)."""
    text = CAMPUS_TEXT.replace("a security guard", "a prison guard")
    assert source_of(text, "She said an officer", CAMPUS) is None


FUEL = [*GENERIC, {"name": "Ostra District Council", "aliases": []}, {"name": "Jorun Haldek", "aliases": ["Haldek"]}]
FUEL_TEXT = ("OSTRA, Velka, Sep 11 (Pellwick Wire) - A grass fire killed two herders on Thursday while the district's "
             "only fire engine stood without fuel, police said. "
             "Jorun Haldek, a herder who lost 40 sheep, said he had walked to the Ostra District Council office to "
             "ask for the engine. "
             "He said a council clerk had told villagers who came to ask for it that the fuel money for the month "
             "had been spent. "
             "He said a nurse at the clinic had told one herder his burns would heal by themselves. "
             "He said his supervisor in Tarnhof had instructed drivers by radio not to leave the depot.")


def test_an_addressee_with_a_relative_clause_still_hears_the_clerks_words():
    """"a council clerk had told villagers who came to ask for it that": the council's words."""
    assert source_of(FUEL_TEXT, "He said a council clerk", FUEL) == "Ostra District Council"


def test_one_person_told_a_bare_clause_is_the_tellers_speech():
    """"a nurse at the clinic had told one herder his burns would heal": the unnamed nurse's
    words, nobody's, not the herder Haldek's own claim."""
    assert source_of(FUEL_TEXT, "He said a nurse", FUEL) is None


def test_a_supervisor_in_a_place_is_someone_described():
    """"his supervisor in Tarnhof had instructed drivers": an unnamed superior's order, not the
    speaker's own claim (the story's one body with staff, or nobody)."""
    assert source_of(FUEL_TEXT, "He said his supervisor", FUEL) != "Jorun Haldek"


REGATTA = [*GENERIC, {"name": "Orsund Yacht Club", "aliases": []}, {"name": "Velkan Weather Institute", "aliases": []},
           {"name": "Orsund Harbour Council", "aliases": []}, {"name": "Brede Tallak", "aliases": ["Tallak"]}]
REGATTA_TEXT = ("ORSUND, Velka, Sep 12 (Pellwick Wire) - Two sailors drowned when a squall hit a regatta off Orsund "
                "on Saturday, the Orsund Harbour Council said. "
                "Brede Tallak, who sailed in the race for the Orsund Yacht Club, said the sky had been clear. "
                "He said the Velkan Weather Institute had forecast a light westerly breeze for the afternoon. "
                "He said the lock keeper had radioed the boats twice to slow down. "
                "He said council officials on the quay had assured crews that the harbour would stay open.")


def test_a_forecast_of_a_thing_is_the_forecasters_words():
    """"the Velkan Weather Institute had forecast a light westerly breeze": the institute's."""
    assert source_of(REGATTA_TEXT, "He said the Velkan", REGATTA) == "Velkan Weather Institute"


def test_radioing_someone_to_do_something_is_a_directive():
    """"the lock keeper had radioed the boats twice to slow down": an unnamed keeper's order,
    not the sailor's own claim."""
    assert source_of(REGATTA_TEXT, "He said the lock keeper", REGATTA) != "Brede Tallak"


def test_officials_described_by_a_bodys_noun_are_that_bodys():
    """"council officials on the quay had assured crews": the Orsund Harbour Council named before,
    not the generic officials."""
    assert source_of(REGATTA_TEXT, "He said council officials", REGATTA) == "Orsund Harbour Council"


STORM = [*GENERIC, {"name": "Tarnvik Greens", "aliases": []}, {"name": "Velkan Meteorological Service", "aliases": []},
         {"name": "Oda Renvall", "aliases": ["Renvall"]}]
STORM_TEXT = ("TARNVIK, Velka, Sep 3 (Pellwick Wire) - Five farm workers were killed when a windstorm flattened rows "
              "of greenhouses on Thursday, police said. "
              "The greenhouses belong to Tarnvik Greens, which grows tomatoes for export. "
              "The Velkan Meteorological Service said it had issued a warning for strong gusts at noon. "
              "The service said its warning went out on television. "
              "Oda Renvall, 23, who was pulled from the wreckage, said a supervisor had told the workers to go "
              "inside and shut the doors.")


def test_a_supervisor_works_for_the_owner_the_story_names_not_a_state_service_named_near():
    """"a supervisor had told the workers": Tarnvik Greens, which the story says owns the
    greenhouses, not the weather service named in the two sentences before."""
    assert source_of(STORM_TEXT, "Oda Renvall", STORM) == "Tarnvik Greens"
