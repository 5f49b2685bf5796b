"""Tests for the fortieth round of attribution rules, written after the pairs up to the
two-hundred-and-eleventh held-out set were scored, while the next pair was being written.

A lead's cue whose subject is the body of the people the lead is about ("Miners stayed underground,
and their union warned that", "..., with their union vowing to", "..., which their cooperative says
will", "..., their union said, three days after") speaks for the one such body named next or later;
"the airline" is no engine maker whose name holds a word for an airline only before its own head;
"the club" fits a club named in Spanish or Portuguese ("Deportivo X"); telling "its head of
security to" do something is a directive in words, the teller's.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

UNION = [*GENERIC, {"name": "Brackwater Quarrymen's Federation", "aliases": []},
         {"name": "Tolvane Stone", "aliases": []}, {"name": "Idrel Maskowen", "aliases": ["Maskowen"]}]
UNION_STORY = (" The Brackwater Quarrymen's Federation said 300 of its members had joined the protest. Idrel "
               "Maskowen, its secretary, said talks with Tolvane Stone had broken down.")


@pytest.mark.parametrize("lead", [
    "Quarrymen blocked the road to the Brackwater pits on Monday, and their union warned that the blockade would last.",
    "Quarrymen blocked the road to the Brackwater pits on Monday, with their union vowing to keep it shut for a week.",
    "Quarrymen blocked the road to the Brackwater pits on Monday over a pay cut, which their union says will halve "
    "their earnings.",
    "Quarrymen blocked the road to the Brackwater pits on Monday, their union said, a week after a pay cut.",
])
def test_a_leads_their_union_is_the_union_named_next(lead):
    assert source_of(lead + UNION_STORY, "Quarrymen blocked", UNION) == "Brackwater Quarrymen's Federation"


def test_their_union_with_two_unions_named_is_no_ones():
    registry = [*UNION, {"name": "Brackwater Hauliers' Union", "aliases": []}]
    text = ("Quarrymen blocked the road to the Brackwater pits on Monday, and their union warned that the blockade "
            "would last. The Brackwater Hauliers' Union and the Brackwater Quarrymen's Federation both backed it.")
    assert source_of(text, "Quarrymen blocked", registry) is None


def test_their_employer_is_not_read_as_their_union():
    text = ("Quarrymen blocked the road to the Brackwater pits on Monday, and their employer warned that the blockade "
            "would cost jobs." + UNION_STORY)
    assert source_of(text, "Quarrymen blocked", UNION) != "Brackwater Quarrymen's Federation"


def test_a_guild_is_a_union():
    registry = [*GENERIC, {"name": "Orlesa Guild of Puppeteers", "aliases": []}]
    text = ("Puppeteers walked out of every theatre in Orlesa on Friday, their union said, after fees were cut. The "
            "Orlesa Guild of Puppeteers said 200 members had stopped work.")
    assert source_of(text, "Puppeteers walked", registry) == "Orlesa Guild of Puppeteers"


AIRLINE = [*GENERIC, {"name": "Harrowby Airways", "aliases": []}, {"name": "Quendal Aero Engines", "aliases": []},
           {"name": "Harrowby Airline Pilots' Association", "aliases": []}]


def test_the_airline_is_not_an_engine_maker_with_aero_in_its_name():
    text = ("A Harrowby Airways jet lost an engine on take-off on Monday. Quendal Aero Engines, which built the "
            "engine, said its staff were on their way. The Harrowby Airline Pilots' Association praised the crew. "
            "The airline denied that its maintenance staff had been cut.")
    assert source_of(text, "The airline denied", AIRLINE) == "Harrowby Airways"


def test_the_airline_with_two_airlines_named_is_no_ones():
    registry = [*AIRLINE, {"name": "Korrin Air", "aliases": []}]
    text = ("A Harrowby Airways jet and a Korrin Air jet touched wings at the gate on Monday. Quendal Aero Engines "
            "said nothing. The airline denied that its ground staff had been cut.")
    assert source_of(text, "The airline denied", registry) is None


def test_the_club_is_a_deportivo():
    registry = [*GENERIC, {"name": "Deportivo Valcarra", "aliases": []},
                {"name": "Valcarra Supporters' Association", "aliases": []}]
    text = ("Deportivo Valcarra sold 4,000 tickets too many for Sunday's match. The Valcarra Supporters' Association "
            "said fans had been turned away. The club also said the gate was the city's responsibility.")
    assert source_of(text, "The club also said", registry) == "Deportivo Valcarra"


def test_telling_a_head_of_security_to_act_is_the_tellers_directive():
    registry = [*GENERIC, {"name": "Deportivo Valcarra", "aliases": []}]
    text = ("Deportivo Valcarra said the gate was shut at eight. The club said a police commander at the ground had "
            "told its head of security to close the gate.")
    assert source_of(text, "The club said a police", registry) == "police"


RESCUE = [*GENERIC, {"name": "Corve Valley Rescue", "aliases": []}]


def test_the_rescue_services_control_room_is_the_rescue_named_before():
    text = ("Corve Valley Rescue flew four helicopters to the gorge on Friday. A doctor who was lowered into the "
            "cabins, and who asked not to be named, said the children had been sick. According to her, the rescue "
            "service's control room had told crews to bring the children down first.")
    assert source_of(text, "According to her", RESCUE) == "Corve Valley Rescue"


def test_the_civil_protection_service_is_one_named_civil_protection():
    registry = [*GENERIC, {"name": "Lunsk Civil Protection", "aliases": []}]
    text = ("Fire tore through a theatre in Lunsk on Friday. Lunsk Civil Protection sent six engines. The civil "
            "protection service said smoke alarms had been disconnected.")
    assert source_of(text, "The civil protection service", registry) == "Lunsk Civil Protection"


RANGERS = [*GENERIC, {"name": "Terva Forest Agency", "aliases": []}]
RANGER = ("The Terva Forest Agency said poaching had fallen. A ranger in one of the eastern valleys, who withheld his "
          "name because rangers may not speak to the press, said he had not been paid since November. ")


@pytest.mark.parametrize("boss", ["his district chief", "his supervisor"])
def test_according_to_the_unnamed_worker_his_boss_speaks_for_the_employer(boss):
    text = RANGER + f"According to the ranger, {boss} had told rangers in the autumn not to report carcasses."
    assert source_of(text, "According to the ranger", RANGERS) == "Terva Forest Agency"


def test_his_chief_is_not_he():
    text = ("A ranger in one of the eastern valleys, who withheld his name, said he had not been paid since "
            "November. According to the ranger, his district chief had told rangers not to report carcasses.")
    assert source_of(text, "According to the ranger", GENERIC) != "anonymous official"


def test_the_manager_of_a_depot_is_someone_described_not_the_driver():
    registry = [*GENERIC, {"name": "Orbesco Fruit", "aliases": []}]
    text = ("Orbesco Fruit supplies the schools. A driver who asked not to be named said the lorries were old. "
            "According to the driver, the manager of the supplier's depot had instructed drivers to set the "
            "cooling to minus two degrees.")
    assert source_of(text, "According to the driver", registry) != "anonymous official"


@pytest.mark.parametrize("maker", ["the manufacturer", "the engine's manufacturer"])
def test_the_manufacturer_is_no_airline(maker):
    registry = [*GENERIC, {"name": "Harrowby Airways", "aliases": []},
                {"name": "Ilse Varnhagen", "aliases": ["Varnhagen"]}]
    text = ("A Harrowby Airways jet lost an engine on take-off on Monday. Its chief executive, Ilse Varnhagen, blamed "
            f"a bird strike. She said {maker} had told the airline on Friday that the damage pointed to a bird.")
    assert source_of(text, "She said", registry) != "Harrowby Airways"


def test_the_engine_maker_is_the_maker_named_before():
    registry = [*GENERIC, {"name": "Harrowby Airways", "aliases": []}, {"name": "Quendal Aero Engines", "aliases": []},
                {"name": "Ilse Varnhagen", "aliases": ["Varnhagen"]}]
    text = ("A Harrowby Airways jet lost an engine on take-off on Monday. Quendal Aero Engines built the engine. "
            "Ilse Varnhagen, who heads the airline, said the engine maker had advised operators in December to "
            "inspect the blades more often.")
    assert source_of(text, "Ilse Varnhagen", registry) == "Quendal Aero Engines"


def test_the_countrys_highest_court_is_the_supreme_court_named_later():
    registry = [*GENERIC, {"name": "Supreme Court of Dravenna", "aliases": []},
                {"name": "Ollen Hydro", "aliases": []}]
    text = ("SOLVIK, Dravenna, Feb 12 (Wire) - The country's highest court cancelled the licence for a dam on "
            "Tuesday, ruling that the consent of the villages had been forged. The Supreme Court of Dravenna said "
            "the signatures of 300 villagers had been copied. Ollen Hydro said it would study the ruling.")
    assert source_of(text, "SOLVIK", registry) == "Supreme Court of Dravenna"


def test_a_leads_national_airline_is_the_airline_not_the_engine_maker():
    registry = [*GENERIC, {"name": "Dravenna Air", "aliases": []}, {"name": "Quendal Aero Engines", "aliases": []}]
    text = ("SOLVIK, Dravenna, Feb 12 (Wire) - Dravenna's national airline announced on Wednesday that it had grounded "
            "its fleet of 14 turboprops. Dravenna Air said the engines would be checked. Quendal Aero Engines, "
            "which built them, said it was sending engineers.")
    assert source_of(text, "SOLVIK", registry) == "Dravenna Air"


def test_a_conservator_at_the_archive_speaks_for_the_archive():
    registry = [*GENERIC, {"name": "Tsvar Archive of Manuscripts", "aliases": []}]
    text = ("The Tsvar Archive of Manuscripts offered in 2037 to keep the gospels. A conservator at the archive said "
            "damp had already faded the colours on several pages.")
    assert source_of(text, "A conservator", registry) == "Tsvar Archive of Manuscripts"


# A review's probes: what the rules above must not reach.

@pytest.mark.parametrize("lead", [
    "Dockers walked out at Portvale on Monday, and their union warned that the strike would spread to other ports.",
    "Dockers walked out at Portvale on Monday, with their union vowing to keep the cranes idle for a week.",
])
def test_their_union_is_no_employers_federation(lead):
    registry = [*GENERIC, {"name": "Portvale Port Employers' Federation", "aliases": []}]
    text = lead + " The Portvale Port Employers' Federation said the walkout was illegal."
    assert source_of(text, "Dockers walked", registry) is None


def test_their_union_is_no_union_of_another_trade():
    registry = [*GENERIC, {"name": "Brackwater Hauliers' Union", "aliases": []}]
    text = ("Quarrymen blocked the road to the Brackwater pits on Monday, and their union warned that the blockade "
            "would last. The Brackwater Hauliers' Union, whose drivers were turned back, said it would sue.")
    assert source_of(text, "Quarrymen blocked", registry) is None


@pytest.mark.parametrize(("named", "description"), [("Arvel Police", "The police union"),
                                                    ("Kessel Water", "The water board"),
                                                    ("Dorvik Mining", "The mining ministry")])
def test_a_description_of_its_own_kind_is_no_body_headed_by_its_modifier(named, description):
    registry = [*GENERIC, {"name": named, "aliases": []}]
    text = f"{named} was at the scene on Monday. {description} said its members had been pelted with bottles."
    assert source_of(text, description, registry) is None


def test_an_air_x_airline_is_an_airline():
    registry = [*GENERIC, {"name": "Air Vahtelia", "aliases": []}, {"name": "Harrowby Airways", "aliases": []}]
    text = ("An Air Vahtelia jet skidded off the runway at Solvik on Monday. Harrowby Airways, whose jet was waiting "
            "to take off, cancelled six flights. The airline said none of the 140 passengers had been hurt.")
    assert source_of(text, "The airline said", registry) is None


def test_telling_a_manager_of_a_plan_is_no_directive():
    registry = [*GENERIC, {"name": "Solvik City Council", "aliases": []},
                {"name": "Ivo Tesk", "aliases": ["Tesk"]}]
    text = ("The Solvik City Council will sell the old library. Ivo Tesk, a trustee, said the Solvik City Council had "
            "told its director of the decision to sell the building.")
    assert source_of(text, "Ivo Tesk", registry) == "Ivo Tesk"


def test_according_to_the_ranger_is_no_named_ranger():
    registry = [*GENERIC, {"name": "Joel Mbeki", "aliases": ["Mbeki"]}]
    text = ("A ranger in one of the eastern valleys, who withheld his name, said he had not been paid since "
            "November. Another ranger, Joel Mbeki, said fuel had been sold. According to the ranger, poachers had "
            "been paid by officials.")
    assert source_of(text, "According to the ranger", registry) != "Joel Mbeki"


PEOPLE = [*GENERIC, {"name": "Malick Thiaw", "aliases": ["Thiaw"]}, {"name": "Aminata Sarr", "aliases": ["Sarr"]}]


def test_telling_a_trades_leaders_is_telling_someone():
    text = ("Aminata Sarr, the fisheries minister, banned night fishing. Malick Thiaw, a boat owner, said the ban was "
            "unfair. Thiaw said Sarr had told fishermen's leaders on Tuesday that the ban could last until the rains.")
    assert source_of(text, "Thiaw said Sarr", PEOPLE) == "Aminata Sarr"


def test_a_threat_to_do_a_thing_in_quoted_words_is_the_threateners():
    text = ("Aminata Sarr, the fisheries minister, banned night fishing. Malick Thiaw, a boat owner, said the ban was "
            "unfair. Thiaw said Sarr had threatened in a telephone call last December to \"close the harbour down\".")
    assert source_of(text, "Thiaw said Sarr", PEOPLE) == "Aminata Sarr"


def test_department_officials_as_an_agent_are_the_departments():
    registry = [*GENERIC, {"name": "Korvan Examinations Department", "aliases": []},
                {"name": "Lida Abeyra", "aliases": ["Abeyra"]}]
    text = ("The Korvan Examinations Department cancelled the chemistry paper. Lida Abeyra, a teachers' leader, said "
            "the retest was rushed. Abeyra said teachers had been told by department officials to collect phones at "
            "the door.")
    assert source_of(text, "Abeyra said teachers", registry) == "Korvan Examinations Department"


def test_telling_guests_earlier_in_the_evening_is_telling_them():
    registry = [*GENERIC, {"name": "Ekkan Halls", "aliases": []}, {"name": "Edi Ntuk", "aliases": ["Ntuk"]}]
    text = ("The floor of Ekkan Halls gave way during a wedding on Saturday. Edi Ntuk, a guest, said the music was "
            "loud. He said the hall's manager had told guests earlier in the evening not to crowd onto the floor.")
    assert source_of(text, "He said the hall", registry) == "Ekkan Halls"


def test_telling_someone_on_the_telephone_to_act_is_no_claim_of_the_one_told():
    registry = [*GENERIC, {"name": "Edi Ntuk", "aliases": ["Ntuk"]}]
    text = ("Edi Ntuk, whose two daughters fell ill, said the clinic had been closed for a week. He said a nurse at "
            "the clinic had told him on the telephone to wait for a letter.")
    assert source_of(text, "He said a nurse", registry) != "Edi Ntuk"


def test_radioing_marshals_at_ten_oclock_to_act_is_the_radioers():
    registry = [*GENERIC, {"name": "Adama Marathon Organising Committee", "aliases": []}]
    text = ("One runner died at the Adama Marathon on Sunday, the Adama Marathon Organising Committee said. A nurse "
            "at the finish, who asked not to be named, said 63 runners had collapsed. She said a committee member had "
            "radioed marshals at about 10 o'clock to tell them to stop any runner who looked unwell.")
    assert source_of(text, "She said a committee", registry) == "Adama Marathon Organising Committee"


ZOO = [*GENERIC, {"name": "Chantha Zoological Park", "aliases": []},
       {"name": "Gysbert Rooiberg", "aliases": ["Rooiberg"]}]


def test_the_zoo_is_the_zoological_park():
    text = ("A keeper at the zoo in Chantha was hurt on Friday after a tiger attacked him, and the zoo said it had "
            "shot the animal. The Chantha Zoological Park has 400 animals. A zoo spokeswoman insisted that no "
            "complaint about the latch had been recorded.")
    assert source_of(text, "A keeper at the zoo", ZOO) == "Chantha Zoological Park"
    assert source_of(text, "A zoo spokeswoman", ZOO) == "Chantha Zoological Park"


def test_the_zoos_director_named_closing_a_clause_speaks_of_his_own_zoo():
    text = ("An okapi died at the Chantha Zoological Park on Tuesday. Keepers found her collapsed at midnight, the "
            "zoo's director, Gysbert Rooiberg, said. Rooiberg said the zoo had written to the hotel next door in "
            "March to ask it not to set off fireworks.")
    assert source_of(text, "Rooiberg said the zoo", ZOO) == "Gysbert Rooiberg"


def test_a_leads_largest_mobile_operator_is_the_telecom_company_heard_next():
    registry = [*GENERIC, {"name": "Lumora Telecom", "aliases": []}, {"name": "Sylva Nakawe", "aliases": ["Nakawe"]}]
    text = ("NAKIVU, Bugemba, Apr 4 (Wire) - Bugemba's largest mobile operator said on Thursday that its money "
            "service was working again after a two-day outage. The service went down early on Tuesday. Lumora "
            "Telecom's chief executive, Sylva Nakawe, apologised to customers.")
    assert source_of(text, "NAKIVU", registry) == "Lumora Telecom"


def test_a_superintendence_is_a_public_body_not_the_company():
    registry = [*GENERIC, {"name": "Qormel Superintendence of Cultural Heritage", "aliases": []},
                {"name": "Deepwell Recovery", "aliases": []}]
    text = ("A court barred Deepwell Recovery from raising the wreck's cargo. The Qormel Superintendence of Cultural "
            "Heritage said no permit had been given. The company rejected that claim. The superintendence said the "
            "objects would go on show.")
    assert source_of(text, "The company rejected", registry) != "Qormel Superintendence of Cultural Heritage"
    assert source_of(text, "The superintendence said", registry) == "Qormel Superintendence of Cultural Heritage"


@pytest.mark.parametrize(("text", "prefix"), [
    ("Regional Governor Wilfred Amaru proclaimed an emergency across the province on Sunday.", "Regional"),
    ("Prime Minister Suhail Qarsh proclaimed three days of mourning across the country.", "Prime"),
    ("Thiruvan Medical College, founded in 1894, admits about 250 students a year from 20,000 applicants.",
     "Thiruvan"),
])
def test_proclaiming_an_emergency_and_admitting_students_are_no_claims(text, prefix):
    registry = [*GENERIC, {"name": "Wilfred Amaru", "aliases": ["Amaru"]}, {"name": "Suhail Qarsh", "aliases": []},
                {"name": "Thiruvan Medical College", "aliases": []}]
    assert source_of(text, prefix, registry) is None
