"""Tests for the forty-third round of attribution rules, written after the pairs up to the
two-hundred-and-twenty-fifth held-out set were scored, while the next pairs were being written.

A lead whose second clause's subject is a body described by what it does ("..., and the company
that runs it admitted that ...", "... after the body that sets the papers confirmed that ..."): the
first registered body of that kind named further down where it or its head speaks. A lead's body
described by its field ("the national roads agency warned", "the national building safety regulator
announced", "the islands' emergency management agency conceded"): the public body heard further down
whose name holds a word of the description, however far down when it holds them all.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

from tests.test_attribution_across import GENERIC, found, source_of

BATHS = [*GENERIC, {"name": "Korvani Thermal Baths", "aliases": []},
         {"name": "Korvani Health Office", "aliases": []},
         {"name": "Ilsa Bodranek", "aliases": ["Bodranek"]}, {"name": "Teodor Maruszek", "aliases": ["Maruszek"]}]


def _spa(lead_clause: str, head_line: str) -> str:
    return ("VELMAR, Korvania, May 4 (Wire) - Eleven bathers were scalded when hot water poured into a pool at the "
            f"town's best-known spa on Monday, {lead_clause} that a valve had failed. "
            "The spring that feeds the pools rises at 70 degrees. "
            "\"We closed every pool at once,\" Ilsa Bodranek, head of the Korvani Health Office, told reporters. "
            + head_line)


def test_the_company_that_runs_it_is_the_first_company_whose_head_speaks_later():
    text = _spa("and the company that runs it admitted",
                "\"We failed our guests,\" Teodor Maruszek, managing director of Korvani Thermal Baths, said.")
    assert source_of(text, "VELMAR", BATHS) == "Korvani Thermal Baths"


def test_the_company_that_runs_it_is_nobody_when_no_company_is_heard_further_down():
    text = _spa("and the company that runs it admitted",
                "Korvani Thermal Baths has run the spa since 2031.")
    assert source_of(text, "VELMAR", BATHS) is None


def test_the_body_that_sets_the_papers_is_the_first_body_heard_after_the_lead():
    registry = [*GENERIC, {"name": "Daskovan Examinations Centre", "aliases": []},
                {"name": "Mira Solvenka", "aliases": ["Solvenka"]}]
    text = ("DASKOV, Daskova, June 6 (Wire) - National exams were put off by a week after the body that sets the "
            "papers confirmed on Sunday that a paper had been shared online. "
            "Photographs of all the questions were passed around overnight. "
            "\"Every paper will be written again,\" Mira Solvenka, director of the Daskovan Examinations Centre, "
            "told journalists.")
    assert source_of(text, "DASKOV", registry) == "Daskovan Examinations Centre"


def test_a_regulator_described_by_its_field_is_the_body_holding_those_words_heard_far_down():
    registry = [*GENERIC, {"name": "Tamberan Building Safety Agency", "aliases": []},
                {"name": "Tamberan Retail Properties", "aliases": []},
                {"name": "Rina Suwarno", "aliases": ["Suwarno"]}, {"name": "Adi Prasetyan", "aliases": ["Prasetyan"]}]
    filler = " ".join(f"Shop number {n} stayed shut." for n in range(1, 9))
    text = ("KARANG, Tambera, May 8 (Wire) - An escalator collapsed at a shopping centre on Tuesday, and the national "
            "building safety regulator announced that every escalator of the same model would be switched off. "
            "\"We are paying every hospital bill,\" Adi Prasetyan, chief executive of Tamberan Retail Properties, "
            f"told reporters. {filler} "
            "Rina Suwarno, head of the Tamberan Building Safety Agency, said a chain had snapped.")
    assert source_of(text, "KARANG", registry) == "Tamberan Building Safety Agency"


ROADS = [*GENERIC, {"name": "Hvalmark Road Administration", "aliases": []},
         {"name": "Sigrun Holtsdottir", "aliases": ["Holtsdottir"]}]
ROADS_TEXT = ("HVALVIK, Hvalmark, May 1 (Wire) - A landslide swept across the only road into this town before dawn on "
              "Tuesday, and the national roads agency warned that the route could stay closed for weeks. "
              "Some 4,000 tonnes of rock came down the slope. "
              "\"Nobody will work beneath it until it stops,\" Sigrun Holtsdottir, director of the ADMIN, told "
              "reporters.")


def test_a_roads_agency_is_the_public_body_heard_later_whose_name_holds_road():
    text = ROADS_TEXT.replace("ADMIN", "Hvalmark Road Administration")
    assert source_of(text, "HVALVIK", ROADS) == "Hvalmark Road Administration"


def test_a_roads_agency_is_no_company_heard_later_whose_name_holds_road():
    registry = [*GENERIC, {"name": "Hvalmark Road Builders", "aliases": []},
                {"name": "Sigrun Holtsdottir", "aliases": ["Holtsdottir"]}]
    text = ROADS_TEXT.replace("ADMIN", "Hvalmark Road Builders")
    assert source_of(text, "HVALVIK", registry) is None


def test_a_body_described_after_a_plural_possessive_is_the_one_holding_its_words():
    registry = [*GENERIC, {"name": "Moanalu Emergency Management Agency", "aliases": []},
                {"name": "Keala Nohoalii", "aliases": ["Nohoalii"]}]
    text = ("MOANALU, Moanalu Islands, May 11 (Wire) - Tsunami sirens stayed silent during a warning early on Friday, "
            "and the islands' emergency management agency conceded that a software update had disabled them. "
            "Residents learnt of the warning from their phones. "
            "\"We let people down,\" Keala Nohoalii, director of the Moanalu Emergency Management Agency, said.")
    assert source_of(text, "MOANALU", registry) == "Moanalu Emergency Management Agency"


SLOPE = [*GENERIC, {"name": "Hvalmark Road Administration", "aliases": []},
         {"name": "Grjot Slope Engineering", "aliases": []},
         {"name": "Valgerd Brekka", "aliases": ["Brekka"]}, {"name": "Hallvard Eldgrim", "aliases": ["Eldgrim"]}]
SLOPE_TEXT = ("Valgerd Brekka, director general of the Hvalmark Road Administration, told reporters beside the slide. "
              "SHORT paid Grjot Slope Engineering in 2038 to fix steel netting across the slope. "
              "Hallvard Eldgrim, chief executive of Grjot Slope Engineering, insisted that the netting was sound. "
              "Eldgrim said engineers from the road administration had assured his firm in writing that the design "
              "met every standard.")


def test_a_capitalised_short_form_of_a_registered_name_is_that_body_not_another():
    text = SLOPE_TEXT.replace("SHORT", "The Road Administration")
    assert source_of(text, "Eldgrim said", SLOPE) == "Hvalmark Road Administration"


def test_another_bodys_capitalised_name_leaves_a_description_to_the_body_it_fits():
    text = SLOPE_TEXT.replace("SHORT", "The Coast Administration")  # (another body, not registered)
    assert source_of(text, "Eldgrim said", SLOPE) == "Hvalmark Road Administration"


WINERY = [*GENERIC, {"name": "Kovesd Winery", "aliases": []}, {"name": "Kovesd Wine Office", "aliases": []},
          {"name": "Bela Szurdok", "aliases": ["Szurdok"]}]
WINERY_TEXT = ("Bela Szurdok, head of the Kovesd Wine Office, said on Monday that 40,000 bottles had been seized. "
               "Kovesd Winery said it had done nothing wrong. "
               "A cellar hand at the winery, who is not named in this report because she still works there, said "
               "barrels of bulk wine had arrived by night all summer. ")


def test_a_boss_an_unnamed_employee_reports_by_job_alone_speaks_for_her_employer():
    nested = "She said the cellar master had instructed the night crew to scrub the markings off the barrels."
    assert source_of(WINERY_TEXT + nested, nested[:20], WINERY) == "Kovesd Winery"


def test_an_official_of_another_body_reported_by_an_unnamed_employee_is_not_her_employers():
    nested = "She said the provincial health director had told staff that the wine was safe to sell."
    assert source_of(WINERY_TEXT + nested, nested[:20], WINERY) is None


def test_someone_an_unnamed_employee_reports_by_a_job_that_heads_no_one_is_not_her_employers():
    nested = "She said the driver had told the night crew that the barrels came from abroad."
    assert source_of(WINERY_TEXT + nested, nested[:20], WINERY) is None


FISH = [*GENERIC, {"name": "Varno Fisheries Board", "aliases": []}, {"name": "Kesti Fish Farm", "aliases": []}]
FISH_LEAD = "The Varno Fisheries Board fined the Kesti Fish Farm on Monday for dumping feed in the lake. "


def test_figures_from_a_body_described_show_what_the_body_says():
    for opener in ("Figures from the board show that", "Figures published by the board show that",
                   "Records kept by the board show that", "The board's own figures show"):
        text = FISH_LEAD + opener + " the farm produced about 1,800 tonnes of bream last year."
        assert source_of(text, opener[:12], FISH) == "Varno Fisheries Board", opener


def test_figures_of_people_or_of_an_unregistered_name_show_no_ones_claim():
    for opener in ("Figures from the farmers show that", "Board figures show that",
                   "Photographs from the board show that"):
        text = FISH_LEAD + opener + " the farm produced about 1,800 tonnes of bream last year."
        assert source_of(text, opener[:12], FISH) is None, opener


def test_a_dateline_city_in_vietnamese_capitals_is_a_place_not_a_speaker():
    registry = [*GENERIC, {"name": "Hoalam Food Safety Administration", "aliases": []},
                {"name": "Thu Lanhuong", "aliases": ["Lanhuong"]}]
    text = ("BẾN THỦYLAM, Hoalam, May 13 (Wire) - The country's food safety regulator recalled 300,000 tins of infant "
            "formula on Wednesday and disclosed that tests had found too little protein in them. "
            "Parents queued at pharmacies to hand the tins back. "
            "\"No child should have been fed this,\" Thu Lanhuong, director of the Hoalam Food Safety Administration, "
            "told reporters.")
    assert source_of(text, "BẾN", registry) == "Hoalam Food Safety Administration"


def test_a_rail_operator_and_a_tram_company_are_bodies_named_for_railways_and_tramways():
    for described, name in (("the state rail operator", "Kivanda Railways Corporation"),
                            ("the city's tram company", "Jaskowa Municipal Tramways")):
        registry = [*GENERIC, {"name": name, "aliases": []}, {"name": "Amani Mbwana", "aliases": ["Mbwana"]}]
        text = ("KIVANDA, Kivandia, May 8 (Wire) - A packed train left the tracks on a bend on Friday, and "
                f"{described} acknowledged that a rail had cracked. "
                "Seventeen people were killed. "
                f"\"We will find out why,\" Amani Mbwana, head of {name}, told reporters.")
        assert source_of(text, "KIVANDA", registry) == name, described


def test_a_club_named_with_its_letters_is_a_club_even_when_who_follows_its_name():
    registry = [*GENERIC, {"name": "NK Zelezarji Blatno", "aliases": []},
                {"name": "Bojana Vrhovnik", "aliases": ["Vrhovnik"]}]
    text = ("Two fans were killed on Tuesday when a temporary stand gave way during a cup match in Blatno. "
            "\"I heard the bolts go,\" said Bojana Vrhovnik, president of NK Zelezarji Blatno, who was sitting "
            "opposite. "
            "The club said it would pay for the funerals of both men.")
    assert source_of(text, "The club said", registry) == "NK Zelezarji Blatno"


def test_a_bodys_reports_records_notices_and_tests_say_what_the_body_says():
    for sentence in ("The board's inspection reports, seen by this agency, list the farm's nets as needing repair.",
                     "The board's annual reports rate the farm's nets as poor.",
                     "Records posted on the board's website show that the farm was last inspected in 2039.",
                     "A notice on the board's website promised a new inspection before the year's end.",
                     "The board's tests found that the water held too much feed.",
                     "Figures from the Varno Fisheries Board show the average catch falling to 40 tonnes."):
        assert source_of(FISH_LEAD + sentence, sentence[:20], FISH) == "Varno Fisheries Board", sentence


def test_a_list_or_a_rate_with_no_document_before_it_is_no_claim():
    for sentence in ("The farmers rate the new nets as poor.", "Anglers list the lake among the best in Varno."):
        assert source_of(FISH_LEAD + sentence, sentence[:12], FISH) is None, sentence


def test_asking_the_agency_not_to_identify_her_keeps_a_worker_anonymous():
    sentence = ("A worker at the farm, who asked this agency not to identify her as she still draws a wage from the "
                "firm, said nobody had tested the feed.")
    found_ = found(FISH_LEAD + sentence, sentence[:20], FISH)
    assert found_ is not None and found_.source == "anonymous official"
    text = FISH_LEAD + sentence
    assert text[slice(*found_.cue_span)] == "said"


def test_told_by_radio_is_no_teller_so_the_outer_speaker_makes_the_claim():
    registry = [*FISH, {"name": "Anna Berg", "aliases": ["Berg"]}]
    for how, source in (("by radio", "Anna Berg"), ("by letter", "Anna Berg"),
                        ("by the board", "Varno Fisheries Board")):
        sentence = f"Anna Berg, who runs the farm, said divers had been told {how} to leave the nets alone."
        assert source_of(FISH_LEAD + sentence, "Anna Berg", registry) == source, how


DUMP = [*GENERIC, {"name": "Ngubevan Department of Environmental Affairs", "aliases": []},
        {"name": "Ngubevan Provincial Hospital", "aliases": []},
        {"name": "Sibusiso Mthethwayo", "aliases": ["Mthethwayo"]}]
DUMP_TEXT = ("A rubbish heap slid onto shacks on Wednesday. Sibusiso Mthethwayo, director-general of the Ngubevan "
             "Department of Environmental Affairs, denied that her department had approved the heap. ")


def test_a_role_given_with_a_long_name_of_a_body_is_the_persons_role():
    sentence = "The director-general said inspectors had measured the pile in May."
    assert source_of(DUMP_TEXT + sentence, sentence[:20], DUMP) == "Sibusiso Mthethwayo"


def test_another_bodys_director_is_not_the_director_of_a_body_named_by_its_noun():
    sentence = "The hospital's director warned that its blood bank was nearly empty."
    text = "The Ngubevan Provincial Hospital took in 20 injured. " + DUMP_TEXT + sentence
    assert source_of(text, sentence[:20], DUMP) == "Ngubevan Provincial Hospital"


def test_a_person_of_a_registered_body_is_two_names_so_the_body_is_known_later():
    registry = [*GENERIC, {"name": "Modra Transport Technical Inspectorate", "aliases": []},
                {"name": "Przemko Debor", "aliases": ["Debor"]}, {"name": "Jagna Orzesz", "aliases": ["Orzesz"]}]
    sentence = "She said the inspectorate had cautioned the city in March that the rails were worn out."
    text = ("A tram jumped the rails on Sunday. Chief Inspector Przemko Debor of the Modra Transport Technical "
            "Inspectorate said his inspectors had found the rail snapped. Mayor Jagna Orzesz suspended the board. "
            + sentence)
    assert source_of(text, "Chief Inspector", registry) == "Przemko Debor"
    assert source_of(text, sentence[:20], registry) == "Modra Transport Technical Inspectorate"


def test_according_to_a_bodys_log_or_records_or_the_figures_it_took_is_the_body():
    registry = [*FISH, {"name": "Varno Ice Monitoring Service", "aliases": []}]
    for sentence, source in (
            ("According to the drilling log of the Varno Ice Monitoring Service, the last reading was in May.",
             "Varno Ice Monitoring Service"),
            ("According to records kept by the board, the catch fell by half.", "Varno Fisheries Board"),
            ("According to figures the board took from the farm, the catch fell by half.", "Varno Fisheries Board"),
            ("According to figures the anglers took from the lake, the catch fell by half.", None)):
        assert source_of(FISH_LEAD + sentence, sentence[:30], registry) == source, sentence


# Guards from a review of this round's rules (report-only helper, own clone): each input once went wrong.


def test_a_boss_of_another_body_reported_by_an_unnamed_employee_is_not_her_employers():
    for who in ("the health secretary", "the fire chief", "the union leader", "the district health director",
                "the wine office director", "the union's leader"):
        nested = f"She said {who} had told staff that the wine was safe to sell."
        assert source_of(WINERY_TEXT + nested, nested[:20], WINERY) is None, who


def test_the_body_that_sets_the_papers_is_no_union_heard_first():
    registry = [*GENERIC, {"name": "Daskovan Examinations Centre", "aliases": []},
                {"name": "Daskovan Teachers Union", "aliases": []}, {"name": "Mira Solvenka", "aliases": ["Solvenka"]}]
    text = ("DASKOV, Daskova, June 6 (Wire) - National exams were put off by a week after the body that sets the "
            "papers confirmed on Sunday that a paper had been shared online. "
            "The Daskovan Teachers Union said the delay was unfair. "
            "\"Every paper will be written again,\" Mira Solvenka, director of the Daskovan Examinations Centre, "
            "told journalists.")
    assert source_of(text, "DASKOV", registry) == "Daskovan Examinations Centre"


def test_the_company_that_runs_it_is_no_person_and_no_company_merely_mentioned():
    registry = [*BATHS, {"name": "Draxl Valves GmbH", "aliases": []}, {"name": "Korvani Times", "aliases": []}]
    for line in ("Ilsa Bodranek, a bather, told reporters the water was boiling.",
                 "Ilsa Bodranek said the valve had been made by Draxl Valves GmbH, which declined to comment.",
                 "Ilsa Bodranek told the Korvani Times the water was boiling."):
        assert source_of(_spa("and the company that runs it admitted", line), "VELMAR", registry) is None, line


def test_deciding_not_to_name_her_successor_is_no_anonymity():
    sentence = "The farm, which decided not to name her successor, said the manager had resigned."
    assert source_of(FISH_LEAD + sentence, sentence[:10], FISH) == "Kesti Fish Farm"


def test_a_water_authority_is_no_waterways_authority():
    registry = [*GENERIC, {"name": "Hvalmark Inland Waterways Authority", "aliases": []},
                {"name": "Sigrun Holt", "aliases": ["Holt"]}]
    text = ("HVALVIK, Hvalmark, May 1 (Wire) - A landslide swept across the road on Tuesday, and the national water "
            "authority warned that the route could stay closed. Rock came down. "
            "\"Nobody will work beneath it,\" Sigrun Holt, director of the Hvalmark Inland Waterways Authority, told "
            "reporters.")
    assert source_of(text, "HVALVIK", registry) is None


def test_a_list_the_noun_is_no_documents_verb_and_a_persons_records_are_no_bodys():
    registry = [*FISH, {"name": "Anna Berg", "aliases": ["Berg"]}]
    sentence = "The board published a list the farm had asked it to keep secret, Anna Berg said."
    assert source_of(FISH_LEAD + sentence, sentence[:10], registry) == "Anna Berg"
    for sentence in ("Records of Anna Berg show that she was paid twice.",
                     "Tests of the officials found that both had been drinking."):
        assert source_of(FISH_LEAD + sentence, sentence[:10], registry) is None, sentence


def test_initials_before_a_surname_are_a_person_not_a_clubs_letters():
    registry = [*FISH, {"name": "SK Gupta", "aliases": ["Gupta"]}]
    text = FISH_LEAD + "SK Gupta, who owns the farm, said he would appeal. He said the fine was unfair."
    assert source_of(text, "He said", registry) == "SK Gupta"


def test_a_relative_clause_after_a_name_gives_no_role():
    registry = [*FISH, {"name": "Anna Berg", "aliases": ["Berg"]}]
    text = (FISH_LEAD + "Anna Berg, who sat beside the director of the fisheries board at a dinner in the capital last "
            "spring, said the fine was fair. The director said the farm would pay.")
    assert source_of(text, "The director", registry) is None


def test_a_roads_body_of_another_country_is_not_a_short_form_of_the_registered_one():
    registry = [*GENERIC, {"name": "Hvalmark Road Administration", "aliases": []},
                {"name": "Grjot Slope Engineering", "aliases": []},
                {"name": "Hallvard Eldgrim", "aliases": ["Eldgrim"]}]
    text = ("The Hvalmark Road Administration closed the road. Engineers from Sweden's Road Administration arrived on "
            "Monday. Hallvard Eldgrim, chief executive of Grjot Slope Engineering, insisted that the netting was "
            "sound. Eldgrim said engineers from the road administration had assured his firm that the design was "
            "sound.")
    assert source_of(text, "Eldgrim said", registry) is None


def test_a_body_named_next_by_its_heads_who_clause_holding_the_descriptions_words_is_the_leads():
    registry = [*GENERIC, {"name": "Cisman Air Accident Investigation Bureau", "aliases": []},
                {"name": "Lucia Orsatti", "aliases": ["Orsatti"]}]
    text = ("PETRA, Cismania, May 6 (Wire) - A rescue helicopter crashed on Wednesday, killing two crew members, and "
            "the national air accident bureau revealed that the aircraft had been flying with a known fault. "
            "The helicopter came down in fog. "
            "\"The crew knew the light could not be trusted,\" said Lucia Orsatti, who directs the Cisman Air "
            "Accident Investigation Bureau.")
    assert source_of(text, "PETRA", registry) == "Cisman Air Accident Investigation Bureau"


def test_a_companys_own_instructions_in_what_it_says_are_its_words():
    registry = [*GENERIC, {"name": "Surya Medical Systems", "aliases": []}]
    text = ("A radiotherapy machine burned 40 patients in Kirana last month. Surya Medical Systems, in a written reply "
            "to questions, maintained that its update instructions told users to recalibrate the machine.")
    assert source_of(text, "Surya", registry) == "Surya Medical Systems"


def test_a_head_or_chief_of_a_trade_reported_by_an_unnamed_employee_speaks_for_her_employer():
    for who in ("the head nurse", "the chief pilot"):
        nested = f"She said {who} had instructed the night crew to scrub the markings off the barrels."
        assert source_of(WINERY_TEXT + nested, nested[:20], WINERY) == "Kovesd Winery", who
    nested = "She said the head office had instructed the night crew to scrub the markings off the barrels."
    assert source_of(WINERY_TEXT + nested, nested[:20], WINERY) != "Kovesd Winery"  # (an office, no boss)


def test_his_company_is_the_company_he_was_introduced_as_heading():
    registry = [*GENERIC, {"name": "Dhulcad Haulage Company", "aliases": []},
                {"name": "Cabdi Guuleed", "aliases": ["Guuleed"]}, {"name": "Varno Aid Commission", "aliases": []}]
    text = ("The Varno Aid Commission said food had vanished from its convoys. Dhulcad Haulage Company carried the "
            "food. Cabdi Guuleed, chief executive of Dhulcad Haulage Company, denied that his drivers had sold any "
            "food. Guuleed said his drivers had been handed sealed loads. His company later confirmed that it had "
            "handed its delivery records to the auditors.")
    assert source_of(text, "His company", registry) == "Dhulcad Haulage Company"
    assert source_of(text.replace("His company", "Her company"), "Her company", registry) is None


def test_a_bodys_head_described_by_its_noun_is_the_head_the_story_named():
    registry = [*GENERIC, {"name": "Achan Seaside Amusement Park", "aliases": []},
                {"name": "Astamur Chkotua", "aliases": ["Chkotua"]}, {"name": "Achan Ride Inspectorate", "aliases": []}]
    text = ("A swing ride broke at the Achan Seaside Amusement Park on Sunday. Astamur Chkotua, the park's director, "
            "insisted that the swing had been found sound. The Achan Ride Inspectorate closed the park. "
            "The park's director said he had visited the injured children in hospital.")
    assert source_of(text, "The park's director said", registry) == "Astamur Chkotua"
    other = text.replace("Astamur Chkotua, the park's director,", "Astamur Chkotua, a ride engineer,")
    assert source_of(other, "The park's director said", registry) == "Achan Seaside Amusement Park"


def test_work_a_body_maintains_and_a_refusal_to_speak_are_no_claims():
    registry = [*FISH, {"name": "Anna Berg", "aliases": ["Berg"]}]
    for sentence in ("The Varno Fisheries Board maintains more than 300 nets across the lake.",
                     "Anna Berg was asked about the nets but said she would not discuss them until an inquiry.",
                     "Berg said she no longer wished to speak and went back to her boat."):
        assert source_of(FISH_LEAD + sentence, sentence[:40], registry) is None, sentence
    sentence = "The Varno Fisheries Board maintains that the farm broke the rules."
    assert source_of(FISH_LEAD + sentence, sentence[:40], registry) == "Varno Fisheries Board"
