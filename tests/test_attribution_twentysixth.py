"""Tests for the twenty-sixth round of attribution rules, written while the hundred-and-twenty-second
and hundred-and-twenty-third held-out sets were being written: a company's buyer, salesman or
representative ("the agency's buyers", "the exporter's buyer") is its staff; a company described by
the agent noun of the trade its name holds ("the exporter" for "X Oils Export", "the brewer" for
"X Brewery") is that company; staff at a works in "-ery" ("a salesman from the distillery") work for
the one company whose name holds its trade ("X Distilling", "X Distillers"); in a second reported
clause ("X said she had written to Y, and that Y had replied that"), the inner speaker is the
second clause's subject; a company's owner ("the firm's owner had told investigators") speaks for the
company, but no other body's owner does; a court that "ruled in April that" or "ruled late on Wednesday
that" is the speaker, as one that "ruled on Monday that"; "X, director of Y, the largest of the firms,
said" is X's, Y standing in X's own appositive; the second of two places after a preposition
("Growers in the villages of X and Y said") is no speaker; a name "held back" or feared "in print"
keeps a source anonymous; a promise of a bare thing by a date ("had promised the service delivery by
the end of March", "had promised the villages water trucks in September") is the promiser's; a phrase
of time after a verb ends in no "and" ("had radioed the ministry in May and that Y had answered that":
Y's words, not a message radioed); an answer given by saying something ("Y had answered every letter
by saying") is Y's; staff at a body's named or modified unit ("an officer at the authority's Oruvai
station", "an operator on the health agency's night helpline") speak for the body; more wordings of a name kept
back ("asked that the agency not identify him", "withholding her name", "refusing to have his name
written down", "neither himself nor his shop identified", "identified only as") make an anonymous
source.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

from tests.test_attribution_across import GENERIC, source_of

PEPPER = [*GENERIC, {"name": "Kelvano Pepper Growers' Union", "aliases": []},
          {"name": "Sarrow Spice Export", "aliases": []}, {"name": "Matteo Ruval", "aliases": ["Ruval"]}]
PEPPER_TEXT = ("KELVANO, Dunmark, May 4 (Pellwick Wire) - Pepper growers around Kelvano have not been paid since "
               "January by the exporter that buys their crop, their union said on Monday. "
               "The Kelvano Pepper Growers' Union said Sarrow Spice Export owed its members 40 million crowns. "
               "Pepper is the main crop of the valley. "
               "Matteo Ruval, who grows pepper on two hectares, said he had sold his truck. "
               "He said the exporter's buyer had promised on each visit that the money would come in a week.")


def test_an_exporters_buyer_speaks_for_the_company_whose_name_holds_export():
    """"the exporter's buyer had promised": Sarrow Spice Export, whose name holds "Export"."""
    assert source_of(PEPPER_TEXT, "He said the exporter", PEPPER) == "Sarrow Spice Export"


def test_an_exporters_salesman_and_representative_speak_for_it_too():
    """"the exporter's salesman", "the exporter's representatives": the company too."""
    for staff in ("salesman", "representatives"):
        text = PEPPER_TEXT.replace("exporter's buyer", "exporter's " + staff)
        assert source_of(text, "He said the exporter", PEPPER) == "Sarrow Spice Export", staff


def test_the_exporter_is_no_company_whose_name_holds_no_trade_word():
    """With the company named "Sarrow Spice Traders" there is no exporter in the registry's words
    and the story names no company so: nobody (not the grower who reports it)."""
    registry = [*PEPPER[:-2], {"name": "Sarrow Spice Traders", "aliases": []}, PEPPER[-1]]
    text = PEPPER_TEXT.replace("Sarrow Spice Export", "Sarrow Spice Traders")
    assert source_of(text, "He said the exporter", registry) is None


def test_a_buyer_from_nowhere_is_no_ones_staff():
    """"a buyer from the coast had promised" (no body's buyer): not the exporter's, and not the grower's."""
    text = PEPPER_TEXT.replace("the exporter's buyer", "a buyer from the coast")
    assert source_of(text, "He said a buyer", PEPPER) is None


BEER = [*GENERIC, {"name": "Hallow Brewery", "aliases": []}, {"name": "Dunmark Excise Office", "aliases": []}]
BEER_TEXT = ("HALLOW, Dunmark, May 5 (Pellwick Wire) - Tax inspectors sealed the vats of Hallow Brewery on "
             "Tuesday over unpaid duty, the Dunmark Excise Office said. "
             "The office said the brewer owed 12 million crowns. "
             "A driver who delivers for the firm said the brewer's sales staff had told pubs the beer would "
             "arrive as usual.")


def test_the_brewer_is_the_company_whose_name_holds_brewery():
    """"The office said the brewer owed": the office; "the brewer's sales staff had told pubs":
    Hallow Brewery."""
    assert source_of(BEER_TEXT, "The office said", BEER) == "Dunmark Excise Office"
    assert source_of(BEER_TEXT, "A driver who delivers", BEER) == "Hallow Brewery"


GIN = [*GENERIC, {"name": "Dunmark Food Safety Office", "aliases": []},
       {"name": "Corrin Distilling", "aliases": []}, {"name": "Oskar Brell", "aliases": ["Brell"]}]
GIN_TEXT = ("CORRIN, Dunmark, May 6 (Pellwick Wire) - Inspectors seized 3,000 bottles of gin sold as aged in "
            "Corrin on Wednesday, the Dunmark Food Safety Office said. "
            "The bottles were made by Corrin Distilling, it said. "
            "Oskar Brell, who runs a shop in the town, said he had sold the gin for two years. "
            "He said a salesman from the distillery had assured him every bottle was ten years old.")


def test_a_salesman_from_the_distillery_speaks_for_the_distilling_company():
    """"a salesman from the distillery had assured him": Corrin Distilling, not the shopkeeper."""
    assert source_of(GIN_TEXT, "He said a salesman", GIN) == "Corrin Distilling"


def test_a_salesman_from_the_distillery_speaks_for_the_distillers_too():
    """The same with the company named "Corrin Distillers"."""
    registry = [*GIN[:-2], {"name": "Corrin Distillers", "aliases": []}, GIN[-1]]
    text = GIN_TEXT.replace("Corrin Distilling", "Corrin Distillers")
    assert source_of(text, "He said a salesman", registry) == "Corrin Distillers"


def test_a_salesman_from_a_distillery_no_name_holds_is_nobodys():
    """With the company named "Corrin Spirits" no name holds the trade: nobody (not the shopkeeper)."""
    registry = [*GIN[:-2], {"name": "Corrin Spirits", "aliases": []}, GIN[-1]]
    text = GIN_TEXT.replace("Corrin Distilling", "Corrin Spirits")
    assert source_of(text, "He said a salesman", registry) is None


CLINIC = [*GENERIC, {"name": "Dunmark Medicines Authority", "aliases": []},
          {"name": "Ferra Nevel", "aliases": ["Nevel"]}, {"name": "Ulla Marrow", "aliases": ["Marrow"]},
          {"name": "Pell Vaccines", "aliases": []}]
CLINIC_TEXT = ("FERRA, Dunmark, May 7 (Pellwick Wire) - Nine children fell ill after a batch of measles vaccine "
               "was given at a clinic in Ferra, doctors said on Thursday. "
               "Ferra Nevel, who heads the clinic, said the batch had come from Pell Vaccines. "
               "Nevel said her clinic had sent a letter to the Dunmark Medicines Authority after the first cases, "
               "and that the authority had replied that it would look into the matter.")


def test_the_second_clauses_subject_speaks_in_and_that_y_had_replied_that():
    """"X said her clinic had sent a letter to Y ..., and that the authority had replied that":
    the authority, not the head of the clinic who reports it."""
    assert source_of(CLINIC_TEXT, "Nevel said her clinic", CLINIC) == "Dunmark Medicines Authority"


def test_the_second_clauses_subject_speaks_without_a_comma_too():
    """The same without the comma before "and that"."""
    text = CLINIC_TEXT.replace("first cases, and that", "first cases and that")
    assert source_of(text, "Nevel said her clinic", CLINIC) == "Dunmark Medicines Authority"


def test_the_outer_speakers_own_it_in_the_second_clause_stays_hers():
    """"..., and that it had warned the authority that": the clinic's (its head's) own words."""
    text = CLINIC_TEXT.replace("and that the authority had replied that it would look into the matter",
                               "and that it had warned the authority that more children could fall ill")
    assert source_of(text, "Nevel said her clinic", CLINIC) == "Ferra Nevel"


def test_a_demand_in_the_second_clause_stays_the_outer_speakers_report():
    """"..., and that Pell Vaccines had demanded 4,000 crowns for each batch": the head's report of
    an act, not a claim of the company's."""
    text = CLINIC_TEXT.replace("and that the authority had replied that it would look into the matter",
                               "and that Pell Vaccines had demanded 4,000 crowns for each batch")
    assert source_of(text, "Nevel said her clinic", CLINIC) == "Ferra Nevel"


TENTS = [*GENERIC, {"name": "Dunmark Fire Service", "aliases": []}, {"name": "Marro Tents and Chairs", "aliases": []},
         {"name": "Dunmark Event Agencies Association", "aliases": []}]
TENTS_TEXT = ("MARRO, Dunmark, May 8 (Pellwick Wire) - A wedding tent caught fire in Marro on Friday, injuring "
              "14 guests, the Dunmark Fire Service said. "
              "The tent was hired from Marro Tents and Chairs, a family firm. "
              "The service said the firm's owner had told investigators the tent had been bought second-hand.")


def test_a_firms_owner_speaks_for_the_company():
    """"the firm's owner had told investigators": Marro Tents and Chairs."""
    assert source_of(TENTS_TEXT, "The service said the firm", TENTS) == "Marro Tents and Chairs"


def test_an_agencys_owner_is_no_registered_bodys_voice():
    """"the agency's owner had told investigators", the agency an events agency that no entry
    names, and the one body whose name holds "agencies" an association: nobody (not the
    association, and not the fire service that reports it)."""
    text = TENTS_TEXT.replace("from Marro Tents and Chairs, a family firm", "through an events agency, a member "
                              "of the Dunmark Event Agencies Association")
    text = text.replace("the firm's owner", "the agency's owner")
    assert source_of(text, "The service said the agency", TENTS) is None


COURT = [*GENERIC, {"name": "Dunmark Labour Court", "aliases": []}]


def test_a_court_that_ruled_in_a_month_that_speaks():
    """"The Dunmark Labour Court ruled in April that": the court; the same after a year, and late on a weekday."""
    for when in ("in April", "in 2031", "late on Wednesday", "on Monday"):
        text = (f"The Dunmark Labour Court ruled {when} that the workers' claims ranked ahead of any debt to "
                "the state.")
        assert source_of(text, "The Dunmark Labour Court", COURT) == "Dunmark Labour Court", when


def test_a_court_that_ruled_in_a_case_is_no_cue_without_that():
    """"ruled in April on the workers' claims" reports no claim: nobody."""
    text = "The Dunmark Labour Court ruled in April on the workers' claims against the state."
    assert source_of(text, "The Dunmark Labour Court", COURT) is None


MILLS = [*GENERIC, {"name": "Tarro Fibre Mills", "aliases": []}, {"name": "Elsa Varn", "aliases": ["Varn"]}]


def test_a_director_of_a_body_described_in_a_second_appositive_speaks_herself():
    """"Elsa Varn, managing director of Tarro Fibre Mills, the largest of the firms, said": Varn."""
    text = ("Elsa Varn, managing director of Tarro Fibre Mills, the largest of the firms, said every machine "
            "had a guard.")
    assert source_of(text, "Elsa Varn", MILLS) == "Elsa Varn"


def test_a_body_described_in_a_second_appositive_with_no_person_before_it_speaks():
    """"Tarro Fibre Mills, the largest of the firms, said": the company."""
    text = "Tarro Fibre Mills, the largest of the firms, said every machine had a guard."
    assert source_of(text, "Tarro Fibre Mills", MILLS) == "Tarro Fibre Mills"


def test_a_spokesman_for_a_body_described_in_a_second_appositive_speaks_for_it():
    """"A spokesman for Tarro Fibre Mills, the largest of the firms, said": no name opens the
    clause, so the company, as before."""
    text = "A spokesman for Tarro Fibre Mills, the largest of the firms, said every machine had a guard."
    assert source_of(text, "A spokesman for", MILLS) == "Tarro Fibre Mills"


def test_the_second_of_two_places_after_a_preposition_is_no_speaker():
    """"Growers in the villages of Huaycotambo and Coaquira said": the growers, no one registered
    (not "Coaquira", a place)."""
    text = "Growers in the villages of Tarrow and Coaquira said they had sold goats to buy rice."
    assert source_of(text, "Growers in", GENERIC) is None


def test_the_second_of_two_places_does_not_hide_the_registered_head():
    """"Police in the towns of Tarrow and Coaquira said": the police."""
    text = "Police in the towns of Tarrow and Coaquira said three shops had been robbed."
    assert source_of(text, "Police in", GENERIC) == "police"


def test_a_person_named_after_a_body_and_and_still_speaks():
    """"Officials from Norvex and Ana Ruiz said": a person's name of two words is not taken as a place."""
    text = "Officials from Norvex and Ana Ruiz said the plant would reopen."
    assert source_of(text, "Officials from", GENERIC) == "Ana Ruiz"


FIRE = [*GENERIC, {"name": "Dunmark Fire Service", "aliases": []}]
FIRE_LEAD = "Forest fires burned 9,000 hectares in Dunmark this week, the Dunmark Fire Service said. "


def test_a_name_held_back_or_feared_in_print_is_an_anonymous_source():
    """"who asked that his name be held back", "who would talk only with her name held back",
    "who feared that her name in print would cost her the job": the anonymous official."""
    for clause in ("who asked that his name be held back", "who would talk only with her name held back",
                   "who feared that her name in print would cost her the job"):
        text = FIRE_LEAD + f"A senior firefighter, {clause}, said the watch towers had no one in them."
        assert source_of(text, "A senior firefighter", FIRE) == "anonymous official", clause


def test_a_fear_with_no_name_in_it_keeps_no_one_anonymous():
    """"Ana Ruiz, who feared for her family, said": Ruiz, named."""
    registry = [*FIRE, {"name": "Ana Ruiz", "aliases": ["Ruiz"]}]
    text = FIRE_LEAD + "Ana Ruiz, who feared for her family, said the watch towers had no one in them."
    assert source_of(text, "Ana Ruiz", registry) == "Ana Ruiz"


VACCINE = [*GENERIC, {"name": "Dunmark Veterinary Service", "aliases": []},
           {"name": "Kessa Animal Health Supplies", "aliases": []}, {"name": "Irma Voss", "aliases": ["Voss"]}]
VACCINE_TEXT = ("Sheep in three valleys have gone unvaccinated this spring, the Dunmark Veterinary Service said. "
                "Irma Voss, who heads its vaccine unit, said the order had been placed in January. "
                "Voss said the importer, Kessa Animal Health Supplies, had promised the service delivery by the "
                "end of March.")


def test_a_promise_of_a_bare_thing_by_a_date_is_the_promisers():
    """"the importer, Kessa Animal Health Supplies, had promised the service delivery by the end of
    March": the importer's (not Voss's)."""
    assert source_of(VACCINE_TEXT, "Voss said the importer", VACCINE) == "Kessa Animal Health Supplies"


def test_a_promise_of_a_bare_thing_by_a_weekday_or_a_month_is_the_promisers_too():
    """The same with "by Friday" and "within 30 days"."""
    for when in ("by Friday", "within 30 days"):
        text = VACCINE_TEXT.replace("by the end of March", when)
        assert source_of(text, "Voss said the importer", VACCINE) == "Kessa Animal Health Supplies", when


CLINIC2 = [*GENERIC, {"name": "Dunmark Health Ministry", "aliases": []}, {"name": "Ona Hest", "aliases": ["Hest"]},
           {"name": "Kessa Health Centre", "aliases": []}]
CLINIC2_TEXT = ("The Kessa Health Centre ran out of insulin in June, its head nurse said. "
                "Ona Hest said the centre had sent three patients to the mainland. "
                "The Dunmark Health Ministry said a delivery was on its way. "
                "Hest said she had radioed the ministry for new stock in May and that a ministry official had "
                "answered that the order was in the system.")


def test_and_that_after_a_phrase_of_time_opens_the_second_clause():
    """"she had radioed the ministry for new stock in May and that a ministry official had answered
    that": the ministry's (not a message she radioed)."""
    assert source_of(CLINIC2_TEXT, "Hest said she had radioed", CLINIC2) == "Dunmark Health Ministry"


def test_a_message_radioed_in_a_month_that_is_still_the_senders():
    """"she had radioed the ministry in May that the stock was gone": her own message, hers."""
    text = CLINIC2_TEXT.replace("for new stock in May and that a ministry official had answered that the order was "
                                "in the system", "in May that the stock was gone")
    assert source_of(text, "Hest said she had radioed", CLINIC2) == "Ona Hest"


def test_a_promise_of_bare_things_in_a_month_is_the_promisers():
    """"the ministry had promised the villages water trucks in September and that none had come":
    the ministry's promise."""
    text = CLINIC2_TEXT.replace("she had radioed the ministry for new stock in May and that a ministry official had "
                                "answered that the order was in the system", "the ministry had promised the villages "
                                "water trucks in September and that none had come")
    assert source_of(text, "Hest said the ministry", CLINIC2) == "Dunmark Health Ministry"


def test_an_answer_given_by_saying_something_is_the_answerers():
    """"the ministry had answered every request by saying it could not afford one": the
    ministry's; also "replied to each letter by telling them that"."""
    for answer in ("had answered every request by saying it could not afford one",
                   "had replied to each of her letters by telling the centre that no insulin was left"):
        text = CLINIC2_TEXT.replace("she had radioed the ministry for new stock in May and that a ministry official "
                                    "had answered that the order was in the system", "the ministry " + answer)
        assert source_of(text, "Hest said the ministry", CLINIC2) == "Dunmark Health Ministry", answer


def test_an_answer_by_an_act_is_no_speech():
    """"the ministry had answered every request by sending a nurse": the outer speaker's report."""
    text = CLINIC2_TEXT.replace("she had radioed the ministry for new stock in May and that a ministry official "
                                "had answered that the order was in the system",
                                "the ministry had answered every request by sending a nurse")
    assert source_of(text, "Hest said the ministry", CLINIC2) == "Ona Hest"


SEARCH = [*GENERIC, {"name": "Dunmark Maritime Authority", "aliases": []}, {"name": "Tane Rua", "aliases": ["Rua"]}]
SEARCH_TEXT = ("Three fishermen have been missing off Kessa since Tuesday, the Dunmark Maritime Authority said. "
               "Tane Rua, whose brother is one of them, said the boat had no radio. "
               "Rua said an officer at the authority's Oruvai station had told families on Thursday that the search "
               "would go on.")


def test_staff_at_a_bodys_named_unit_speak_for_the_body():
    """"an officer at the authority's Oruvai station had told families": the authority."""
    assert source_of(SEARCH_TEXT, "Rua said an officer", SEARCH) == "Dunmark Maritime Authority"


def test_staff_at_a_modified_bodys_unit_speak_for_the_body():
    """"an operator on the maritime authority's night helpline had told him": the authority."""
    text = SEARCH_TEXT.replace("an officer at the authority's Oruvai station had told families on Thursday",
                               "an operator on the maritime authority's night helpline had told him")
    assert source_of(text, "Rua said an operator", SEARCH) == "Dunmark Maritime Authority"


def test_more_wordings_of_a_name_kept_back_make_an_anonymous_source():
    """Each wording of a name kept back makes the anonymous official."""
    for subject in ("A firefighter, who asked that Pellwick Wire not identify him,",
                    "A firefighter, withholding her name because she feared dismissal,",
                    "A firefighter, refusing to have his name written down,",
                    "A firefighter, who wanted neither himself nor his station identified,",
                    "A firefighter who asked to be identified only as a station volunteer"):
        text = FIRE_LEAD + f"{subject} said the watch towers had no one in them."
        assert source_of(text, "A firefighter", FIRE) == "anonymous official", subject


def test_a_name_withheld_by_someone_else_is_no_anonymity_of_the_speaker():
    """"Ana Ruiz, who blamed neither him nor the station, said": Ruiz, named (the clause keeps no
    name of hers back)."""
    registry = [*FIRE, {"name": "Ana Ruiz", "aliases": ["Ruiz"]}]
    text = FIRE_LEAD + "Ana Ruiz, who blamed neither him nor the station, said the watch towers had no one in them."
    assert source_of(text, "Ana Ruiz", registry) == "Ana Ruiz"
