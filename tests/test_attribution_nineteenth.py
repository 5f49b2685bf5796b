"""Tests for the nineteenth round of attribution rules, written while the sixty-sixth and
sixty-seventh held-out sets were being written: unnamed staff whose order is joined to an
earlier verb ("a guard had come down and told everyone to"), addressees such as "everyone",
police officers as the police, and loudspeakers as things that speak for no one.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

HOTEL = [*GENERIC, {"name": "Verdelune Hotel Company", "aliases": []}, {"name": "Maris Talvenko", "aliases": []}]
HOTEL_LEAD = ("PORTHALLEN, Erdovia, Dec 3 (Quillmark Wire) - Smoke filled the underground car park of a hotel run "
              "by Verdelune Hotel Company on Sunday night, and 40 guests were led out, police said. ")


@pytest.mark.parametrize("staff", [
    "a receptionist had run in and shouted at them",
    "a security guard had come down and told everyone",
    "the night porter had run along the corridor and told guests",
])
def test_unnamed_staff_whose_order_is_joined_to_an_earlier_verb_speak_for_the_body(staff):
    """The order after "and" is the staff's, as it would be alone ("a guard had told
    everyone to"), not the guest's who reports it."""
    text = HOTEL_LEAD + f"Maris Talvenko, 34, a guest, said {staff} to leave by the stairs."
    assert source_of(text, "Maris Talvenko", HOTEL) == "Verdelune Hotel Company"


@pytest.mark.parametrize("staff", [
    "her neighbour's son had banged on the door and told her",
    "a man she did not know had run past and shouted at her",
])
def test_an_unnamed_person_whose_order_is_joined_to_an_earlier_verb_is_nobodys(staff):
    """Not the outer speaker's claim, and no body's: nobody's."""
    text = HOTEL_LEAD + f"Maris Talvenko, 34, a guest, said {staff} to leave by the stairs."
    assert source_of(text, "Maris Talvenko", HOTEL) is None


def test_a_speakers_own_verbs_joined_stay_hers():
    """"She said she had run in and told them": her own words; "She apologised and insisted
    that": one speaker's two verbs."""
    text = HOTEL_LEAD + ("Maris Talvenko, 34, a guest, said she had run into the bar and told everyone to leave. "
                         "Maris Talvenko apologised and insisted that the alarm had not sounded.")
    assert source_of(text, "Maris Talvenko, 34", HOTEL) == "Maris Talvenko"
    assert source_of(text, "Maris Talvenko apologised", HOTEL) == "Maris Talvenko"


@pytest.mark.parametrize("addressee", ["everyone", "everybody", "people"])
def test_an_order_to_everyone_is_the_staffs(addressee):
    text = HOTEL_LEAD + f"Maris Talvenko, 34, a guest, said a receptionist had told {addressee} to leave by the stairs."
    assert source_of(text, "Maris Talvenko", HOTEL) == "Verdelune Hotel Company"


@pytest.mark.parametrize("officers", ["police officers", "two police officers", "policemen"])
def test_police_officers_are_the_police(officers):
    text = HOTEL_LEAD + f"Maris Talvenko, 34, a guest, said {officers} had told her that the fire was out."
    assert source_of(text, "Maris Talvenko", HOTEL) == "police"


def test_safety_officers_are_not_the_police():
    text = HOTEL_LEAD + "Maris Talvenko, 34, a guest, said safety officers had told her that the fire was out."
    assert source_of(text, "Maris Talvenko", HOTEL) != "police"


def test_loudspeakers_speak_for_no_one_and_leave_the_witnesses_claim():
    text = HOTEL_LEAD + ("Witnesses said the sirens had wailed for an hour while loudspeakers on patrol cars told "
                         "people to climb to higher ground.")
    assert source_of(text, "Witnesses said", HOTEL) == "witnesses"


QUAKE = [*GENERIC, {"name": "Tavrenian Disaster Management Agency", "aliases": []},
         {"name": "Tavrenian Red Crescent", "aliases": []}, {"name": "Ostrel Metro Company", "aliases": []},
         {"name": "Lorvan Metro", "aliases": []}, {"name": "Irsa Dolvek", "aliases": []}]
QUAKE_BODY = ("Roads into the valley were cut by rockfalls. Schools in three districts were shut. Rain was forecast "
              "for the weekend. Power lines were down in two villages. The Tavrenian Red Crescent sent 40 volunteers. "
              "Water was brought in by lorry. ")


@pytest.mark.parametrize("description", ["the national disaster agency", "the country's disaster agency"])
def test_a_body_described_in_the_lead_is_the_one_the_story_names_later(description):
    """A lead attributes to a description; the story names the body only further down (here
    seven sentences on): that body, and "It said" after the lead too."""
    text = (f"OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Four people died in a landslide on Sunday, {description} "
            "said. It said 12 houses had been buried. " + QUAKE_BODY
            + "The Tavrenian Disaster Management Agency said 300 people had been moved to a school.")
    assert source_of(text, "OSTREL", QUAKE) == "Tavrenian Disaster Management Agency"
    assert source_of(text, "It said 12", QUAKE) == "Tavrenian Disaster Management Agency"


def test_a_company_described_by_a_word_of_its_name_in_the_lead():
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - A train ran through two stations without stopping on Sunday, "
            "the city's metro operator said. " + QUAKE_BODY + "Ostrel Metro Company said the brakes had been checked.")
    assert source_of(text, "OSTREL", QUAKE) == "Ostrel Metro Company"


def test_a_lead_description_that_two_later_names_fit_stays_unsure():
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - A train ran through two stations without stopping on Sunday, "
            "the metro operator said. " + QUAKE_BODY + "Ostrel Metro Company said the brakes had been checked. "
            "Lorvan Metro said it had lent two trains.")
    assert source_of(text, "OSTREL", QUAKE) is None


def test_a_bare_operator_in_the_lead_is_not_guessed_from_later_names():
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - A train ran through two stations without stopping on Sunday, "
            "the operator said. " + QUAKE_BODY + "Ostrel Metro Company said the brakes had been checked.")
    assert source_of(text, "OSTREL", QUAKE) is None


def test_a_description_after_the_lead_is_not_resolved_forward():
    """Only a lead may name its source further down; "the disaster agency said" in the third
    sentence, before any agency is named, stays unsure."""
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Four people died in a landslide on Sunday. Roads were cut. "
            "Twelve houses were buried, the national disaster agency said. " + QUAKE_BODY
            + "The Tavrenian Disaster Management Agency said 300 people had been moved to a school.")
    assert source_of(text, "Twelve houses", QUAKE) is None


def test_a_role_in_the_lead_is_the_one_person_named_with_it_later():
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Four people died in a landslide on Sunday, the provincial "
            "governor said. He said 12 houses had been buried. " + QUAKE_BODY
            + "Governor Irsa Dolvek said the army would help.")
    assert source_of(text, "OSTREL", QUAKE) == "Irsa Dolvek"
    assert source_of(text, "He said 12", QUAKE) == "Irsa Dolvek"
    two = text + " Former Governor Ansel Morrow said the road should have been closed."
    assert source_of(two, "OSTREL", QUAKE) is None


LEAD_BODIES = [*GENERIC, *({"name": name, "aliases": []} for name in (
    "Tavrenian Department of Disease Control", "Tavrenian National Blood Centre", "Tavrenia Railways",
    "Tavrenian Drinking Water Inspectorate", "Ostrel Water"))]


@pytest.mark.parametrize(("description", "body"), [
    ("the country's department of disease control", "Tavrenian Department of Disease Control"),
    ("the country's national blood centre", "Tavrenian National Blood Centre"),
    ("the country's state railway operator", "Tavrenia Railways"),
])
def test_a_countrys_body_described_in_the_lead_is_the_one_named_later(description, body):
    text = (f"OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Nine people fell ill after the accident on Sunday, "
            f"{description} said. It said two of them were in intensive care. " + QUAKE_BODY
            + f"The {body} said it would hold an inquiry.")
    assert source_of(text, "OSTREL", LEAD_BODIES) == body
    assert source_of(text, "It said two", LEAD_BODIES) == body


def test_a_company_described_in_the_lead_is_no_other_kind_of_body_named_later():
    """"The town's water company, Ostrel Water, said": the name in apposition, not the water
    inspectorate named further down."""
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Households were told to boil their water on Sunday, the town's "
            "water company, Ostrel Water, said. " + QUAKE_BODY + "The Tavrenian Drinking Water Inspectorate said it "
            "would look at every treatment works.")
    assert source_of(text, "OSTREL", LEAD_BODIES) == "Ostrel Water"


def test_a_countrys_body_described_after_the_lead_is_not_resolved_forward():
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Nine people fell ill after the accident on Sunday. Roads were "
            "shut. Two of them were in intensive care, the country's national blood centre said. " + QUAKE_BODY
            + "The Tavrenian National Blood Centre said it would hold an inquiry.")
    assert source_of(text, "Two of them", LEAD_BODIES) is None


WARD = [*GENERIC, *({"name": name, "aliases": []}
                    for name in ("Ostrel General Hospital", "Kestra Medical Supplies", "Irsa Dolvek"))]
WARD_LEAD = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Five patients at Ostrel General Hospital fell ill after "
             "transfusions, police said. The blood bags were supplied by Kestra Medical Supplies. ")


@pytest.mark.parametrize("head", ["the head nurse had told staff", "a senior doctor had instructed them at a meeting",
                                  "the ward's head nurse had told doctors on Friday", "the matron had told nurses"])
def test_a_hospitals_head_nurse_or_doctor_giving_staff_an_order_speaks_for_the_hospital(head):
    """Not the outer speaker's, nor the supplier's, though it is the story's one company."""
    text = WARD_LEAD + f"Irsa Dolvek, 41, a porter, said {head} to use the bags anyway."
    assert source_of(text, "Irsa Dolvek", WARD) == "Ostrel General Hospital"


@pytest.mark.parametrize("sentence", [
    *(f"Irsa Dolvek, 41, whose son was treated, said {staff} would recover." for staff in (
        "a senior doctor had told her that he", "a nurse had told her that he", "the nurses had assured her that he",
        "a ward doctor had promised the family he", "a doctor on the ward had told her he",
        "the duty doctor had assured her that he", "a nurse at the hospital had told her he")),
    "Irsa Dolvek said a nurse at the emergency ward had told the family that he would recover.",
    "Irsa Dolvek said the nurse who screened her had told her to stop working.",
    "Irsa Dolvek said a ward manager had told nurses to use the bags anyway.",
    "Irsa Dolvek said the ward sister had told staff to use the bags anyway.",
])
def test_a_hospitals_nurse_or_doctor_telling_a_family_speaks_for_the_one_hospital(sentence):
    """The gold sets since 65 give an unnamed nurse's or doctor's words to a patient's family to
    the story's one registered hospital (14 sentences, none against); so too a ward manager's or
    sister's to staff."""
    assert source_of(WARD_LEAD + sentence, "Irsa Dolvek", WARD) == "Ostrel General Hospital"


@pytest.mark.parametrize("sentence", [
    "Irsa Dolvek, 41, whose son was treated, said her own doctor had told her that he would recover.",
    "Irsa Dolvek, 41, whose son was treated, said a nurse at the clinic had told her to wait for a letter.",
    "Irsa Dolvek, 41, whose son was treated, said a prison doctor had told her that he would recover.",
])
def test_a_doctor_of_someone_elses_is_not_the_hospitals(sentence):
    assert source_of(WARD_LEAD + sentence, "Irsa Dolvek", WARD) != "Ostrel General Hospital"


def test_a_nurse_with_no_hospital_named_speaks_for_no_one():
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Five patients fell ill after transfusions, police said. "
            "The blood bags were supplied by Kestra Medical Supplies. Irsa Dolvek, 41, whose son was treated, said "
            "a nurse had told her that he would recover.")
    assert source_of(text, "Irsa Dolvek", WARD) is None


def test_the_head_nurse_is_not_the_unnamed_nurse_who_speaks():
    """"A nurse, who asked not to be named, said ... She said the head nurse had told staff to":
    the head nurse is someone else, whose order is the hospital's."""
    text = WARD_LEAD + ("A nurse on the ward, who asked not to be named, said the bags had looked cloudy. "
                        "She said the head nurse had then told staff to use them anyway.")
    assert source_of(text, "She said the head", WARD) == "Ostrel General Hospital"


@pytest.mark.parametrize("words", ["had certified in writing that", "had shouted up through a megaphone that"])
def test_certified_and_shouted_up_report_the_inner_speakers_words(words):
    text = WARD_LEAD + f"Irsa Dolvek, 41, a porter, said Kestra Medical Supplies {words} the bags were safe."
    assert source_of(text, "Irsa Dolvek", WARD) == "Kestra Medical Supplies"


def test_an_order_shouted_up_to_someone_is_the_shouters():
    text = WARD_LEAD + "Irsa Dolvek, 41, a porter, said Kestra Medical Supplies had shouted up to her to keep still."
    assert source_of(text, "Irsa Dolvek", WARD) == "Kestra Medical Supplies"


def test_a_request_for_money_to_do_something_is_an_act_the_outer_speaker_reports():
    """"had asked his office last year for money to replace the tank": a request for a thing
    (the outer speaker's claim), not an order to replace it."""
    text = WARD_LEAD + ("Irsa Dolvek, 41, a porter, said Kestra Medical Supplies had asked his office last year for "
                        "money to replace the fridges.")
    assert source_of(text, "Irsa Dolvek", WARD) == "Irsa Dolvek"


def test_an_order_to_staff_along_the_line_is_the_orderers():
    text = WARD_LEAD + ("Irsa Dolvek, 41, a porter, said Kestra Medical Supplies had instructed drivers along the "
                        "route to keep the bags warm.")
    assert source_of(text, "Irsa Dolvek", WARD) == "Kestra Medical Supplies"


@pytest.mark.parametrize("verb", ["given", "handed"])
def test_a_certificate_given_with_words_in_it_is_the_givers(verb):
    text = WARD_LEAD + (f"Irsa Dolvek, 41, a porter, said Kestra Medical Supplies had {verb} the hospital a "
                        "certificate stating that every batch was sterile.")
    assert source_of(text, "Irsa Dolvek", WARD) == "Kestra Medical Supplies"


PORT = [*GENERIC, *({"name": name, "aliases": []} for name in (
    "Ostrel Port Authority", "Zvolenka Doprava", "Kestra Medical Supplies", "Irsa Dolvek"))]
PORT_LEAD = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - A coach caught fire in a tunnel near Ostrel on Sunday, "
             "police said. Irsa Dolvek, 41, the driver, was treated for smoke. ")


@pytest.mark.parametrize(("staff", "body"), [
    ("a harbour master of the Ostrel Port Authority", "Ostrel Port Authority"),
    ("the duty officer at the Ostrel Port Authority, which runs the tunnel,", "Ostrel Port Authority"),
    ("a woman from Kestra Medical Supplies", "Kestra Medical Supplies"),
])
def test_someone_described_by_the_registered_body_they_work_at_speaks_for_it(staff, body):
    text = PORT_LEAD + f"He said {staff} had told him by phone to keep driving to the far end."
    assert source_of(text, "He said", PORT) == body


@pytest.mark.parametrize("staff", ["a man standing near Zvolenka Doprava's depot",
                                   "a passenger who had flown with Zvolenka Doprava"])
def test_someone_near_a_body_or_its_customer_does_not_speak_for_it(staff):
    text = PORT_LEAD + f"He said {staff} had told him by phone to keep driving to the far end."
    assert source_of(text, "He said", PORT) is None


CITY = [*GENERIC, *({"name": name, "aliases": []} for name in (
    "Ostrel City Health Office", "Ostrel Metropolitan Traffic Office", "Ostrel Emergency Medical Institute",
    "Ostrel City Council", "Tavrenian Ports Authority"))]


def test_a_described_office_is_not_another_office_that_spoke_before():
    """"the city's traffic office said", after the city's health office spoke: not the health
    office (its name lacks "traffic"), so nothing."""
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Traffic lights failed across Ostrel on Sunday. Two people "
            "were hurt in crashes, the city's health office said. The lights should switch to batteries when the "
            "power fails, the city's traffic office said.")
    assert source_of(text, "Two people", CITY) == "Ostrel City Health Office"
    assert source_of(text, "The lights should", CITY) is None


def test_two_words_of_a_name_fit_a_leads_description_whatever_its_noun():
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - A man died after his ambulance had to make a detour, the "
            "city's emergency medical service said. It said the crew had reached him in nine minutes. " + QUAKE_BODY
            + "The Ostrel Emergency Medical Institute said it would review the route.")
    assert source_of(text, "OSTREL", CITY) == "Ostrel Emergency Medical Institute"
    assert source_of(text, "It said the crew", CITY) == "Ostrel Emergency Medical Institute"


def test_a_port_official_is_of_the_ports_authority():
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - A swing bridge opened under a cyclist on Sunday, police said. "
            "The bridge is run by the Tavrenian Ports Authority. A walker, Irsa Dolvek, 41, was hurt. She said a port "
            "official had told her in hospital that the gate's motor had been broken since January.")
    assert source_of(text, "She said a port", CITY) == "Tavrenian Ports Authority"


@pytest.mark.parametrize("apposition", ["one of the injured walkers", "one of the anglers on the ice"])
def test_a_name_set_off_as_one_of_some_people_is_a_person_she_stands_for(apposition):
    """"X, one of the injured walkers, said ... '...,' she said": X, a person by that apposition
    though her name says nothing of it."""
    registry = [*GENERIC, {"name": "Ayanda Matyila", "aliases": []}, {"name": "Tavrenian Ports Authority",
                                                                       "aliases": []}]
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - A swing bridge opened under a cyclist on Sunday, the Tavrenian "
            f"Ports Authority said. Ayanda Matyila, {apposition}, said the bells had rung for only a few seconds. "
            "\u201cThere was no gate, nothing,\u201d she said from the hospital.")
    assert source_of(text, "\u201cThere was", registry) == "Ayanda Matyila"


def test_one_of_the_lenders_is_no_person():
    registry = [*GENERIC, {"name": "Korvane Bank", "aliases": []}, {"name": "Ayanda Matyila", "aliases": []}]
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Ayanda Matyila, 41, lost her savings, police said. Korvane "
            "Bank, one of the lenders, said the loans had been sold. \u201cWe acted lawfully,\u201d she said.")
    assert source_of(text, "\u201cWe acted", registry) != "Korvane Bank"


@pytest.mark.parametrize("words", [
    "nobody had informed it that the machine was broken",
    "no one had ever told its staff that the machine was broken",
    "it would fine the hospital if its inspection confirmed that the alarm had been off",
])
def test_speech_that_was_never_made_or_only_supposed_is_the_outer_speakers(words):
    text = WARD_LEAD + f"Kestra Medical Supplies said {words}."
    assert source_of(text, "Kestra Medical Supplies said", WARD) == "Kestra Medical Supplies"


@pytest.mark.parametrize("words", [
    "said in a statement that its dispatcher had told the driver to stop",
    "stated in a press release on Monday that one of its engineers had told hospital staff to stop",
    "said its technician had found the battery flat in December and had told the hospital to replace it",
])
def test_a_bodys_own_staff_speaking_outward_are_its_own_words_past_phrases_and_first_verbs(words):
    text = WARD_LEAD + f"Kestra Medical Supplies {words}."
    assert source_of(text, "Kestra Medical Supplies", WARD) == "Kestra Medical Supplies"


def test_a_bodys_staff_who_were_told_are_not_its_own_words():
    """"its technician had been told by the hospital to": the hospital's words."""
    text = WARD_LEAD + ("Kestra Medical Supplies said in a statement that its technician had been told by Ostrel "
                        "General Hospital to leave the fridges alone.")
    assert source_of(text, "Kestra Medical Supplies said", WARD) == "Ostrel General Hospital"


LEADS = [*GENERIC, *({"name": name, "aliases": []} for name in (
    "Ostrel Fire and Rescue Division", "Tavrenian Fire Safety and Civil Protection Directorate",
    "Tavrenian Ports Authority", "Ostrel Provincial Hospital", "Tavrenian Department of Disease Control",
    "Ostrel District Office", "Kestra Safety Office", "Kestra Logistics"))]
LEAD_START = "OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Three people died when a footbridge fell on Sunday, "


@pytest.mark.parametrize(("description", "body"), [
    ("the town's fire and rescue division", "Ostrel Fire and Rescue Division"),
    ("the country's fire and civil protection directorate", "Tavrenian Fire Safety and Civil Protection Directorate"),
    ("the country's port authority", "Tavrenian Ports Authority"),
    ("the city's main hospital", "Ostrel Provincial Hospital"),
    ("Ostrel's district office", "Ostrel District Office"),
])
def test_more_of_a_places_own_bodies_described_in_a_lead(description, body):
    text = LEAD_START + f"{description} said. It said two others were hurt. " + QUAKE_BODY + f"The {body} said " \
        "it would hold an inquiry."
    assert source_of(text, "OSTREL", LEADS) == body
    assert source_of(text, "It said two", LEADS) == body


def test_a_countrys_department_of_some_work_never_named_is_the_registered_one():
    """Never named in the story: the registered "Tavrenian Department of Disease Control", its
    nationality tied to the dateline's country."""
    text = LEAD_START + "the country's department of disease control said. It said two others were hurt."
    assert source_of(text, "OSTREL", LEADS) == "Tavrenian Department of Disease Control"


def test_a_companys_office_is_no_places_own_body():
    """"Kestra's district office" is the company's, not the dateline town's district office."""
    text = LEAD_START + "Kestra's district office said. " + QUAKE_BODY + "Kestra Logistics said it would help."
    assert source_of(text, "OSTREL", LEADS) != "Ostrel District Office"


@pytest.mark.parametrize("speaker", [
    "A utility engineer, who requested that his identity be kept secret,",
    "A mortuary porter, who feared he would be fired if named,",
    "An official in the sports ministry, speaking without being named because the minister had yet to speak,",
    "A municipal worker, speaking on condition that Quillmark Wire not print his name,",
    "An official at the hospital, speaking on the promise of anonymity,",
    "An engineer at the hospital, who would speak only unnamed,",
    "A nurse at the hospital, who asked to go unnamed,",
])
def test_more_wordings_of_a_name_kept_back(speaker):
    text = WARD_LEAD + f"{speaker} said the fridges had been humming for weeks."
    assert source_of(text, speaker.split(",")[0], WARD) == "anonymous official"


def test_anonymity_given_after_the_cue():
    text = WARD_LEAD + ("A firefighter from one of the first crews said, on condition he stay anonymous, that the "
                        "crews had been sent in with no word of the gas.")
    assert source_of(text, "A firefighter", WARD) == "anonymous official"


def test_a_name_the_speaker_gives_is_not_kept_back():
    text = WARD_LEAD + "Irsa Dolvek, who gave her name and her identity card to the police, said the fridges hummed."
    assert source_of(text, "Irsa Dolvek", WARD) == "Irsa Dolvek"


def test_whose_child_of_an_age_shows_a_person():
    """"X, whose 11-year-old daughter is among the infected," is a person, whom a later "he"
    stands for after nested speech of someone unnamed."""
    registry = [*WARD, {"name": "Anuwat Chaiprasert", "aliases": []}]
    text = WARD_LEAD + ("Anuwat Chaiprasert, whose 11-year-old daughter is among the infected, said she had been given "
                        "blood every three weeks. He said a nurse had reassured him that the blood was safe. "
                        "\u201cThey knew, and they kept giving it to her,\u201d he said.")
    assert source_of(text, "\u201cThey knew", registry) == "Anuwat Chaiprasert"


@pytest.mark.parametrize(("words", "body"), [
    ("a police officer had promised Dolvek he would be released", "police"),
    ("Kestra Medical Supplies had given the hospital board an assurance in May that the bags were safe",
     "Kestra Medical Supplies"),
    ("Kestra Medical Supplies had signed a certificate in 2024 confirming that the bags were safe",
     "Kestra Medical Supplies"),
    ("Kestra Medical Supplies had undertaken to replace every bag", "Kestra Medical Supplies"),
])
def test_more_shapes_of_nested_speech(words, body):
    text = WARD_LEAD + f"Irsa Dolvek, 41, a porter, said {words}."
    assert source_of(text, "Irsa Dolvek", WARD) == body


def test_a_product_recalled_is_no_cue():
    text = WARD_LEAD + "Kestra Medical Supplies suspended its night shift and recalled every bag sold since May."
    assert source_of(text, "Kestra Medical Supplies suspended", WARD) is None


def test_a_passive_with_a_time_before_its_unnamed_agent_is_nobodys():
    """"He said he had been told in 2023 by a former engineer that": the agent's words, unsure
    whose, not the outer speaker's."""
    text = WARD_LEAD + ("Irsa Dolvek, 41, a porter, said he had been told in 2023 by a former Kestra engineer that "
                        "the fridges were old.")
    assert source_of(text, "Irsa Dolvek", WARD) is None


@pytest.mark.parametrize("body", ["Kestra Medical Supplies, which supplies the bags,", "Kestra Medical Supplies"])
def test_a_statement_issued_saying(body):
    text = WARD_LEAD + f"{body} issued a statement saying the bags had been tested."
    assert source_of(text, "Kestra Medical Supplies", WARD) == "Kestra Medical Supplies"


def test_a_name_the_agency_is_withholding():
    text = WARD_LEAD + ("A nurse on the ward, who is barred from talking to reporters and whose name Quillmark Wire is "
                        "withholding, said the ward had run out of bags.")
    assert source_of(text, "A nurse on the ward", WARD) == "anonymous official"


@pytest.mark.parametrize("words", ["he had told her on Thursday that the dust was thick",
                                   "he had phoned her at two in the morning to say the roof was creaking"])
def test_he_after_whose_husband_in_the_same_sentence_is_the_husband(words):
    """"X, whose husband was killed, said he had told her that": the husband's words, nobody's
    (he has no entry), not X's."""
    text = WARD_LEAD + f"Irsa Dolvek, whose husband was killed in the fire, said {words}."
    assert source_of(text, "Irsa Dolvek", WARD) is None


def test_he_after_whose_wife_is_the_speaker_himself():
    text = WARD_LEAD + ("Irsa Dolvek, whose wife was hurt in the fire, said he had told the hospital that the bags "
                        "smelled odd.")
    assert source_of(text, "Irsa Dolvek", WARD) == "Irsa Dolvek"


@pytest.mark.parametrize("someone", ["a man on the ward", "a man fishing under the bridge"])
def test_someone_unnamed_calling_out_is_nobodys(someone):
    text = WARD_LEAD + f"Irsa Dolvek, 41, a porter, said {someone} had shouted up that the roof was moving."
    assert source_of(text, "Irsa Dolvek", WARD) is None


def test_a_quote_after_nobodys_nested_speech_goes_on_with_the_outer_speaker():
    text = WARD_LEAD + ("Irsa Dolvek, 41, a porter, said a man on the ward had shouted up that the roof was moving. "
                        "\u201cWe heard that for six hours.\u201d")
    assert source_of(text, "\u201cWe heard", WARD) == "Irsa Dolvek"


def test_a_bodys_former_officer_no_longer_speaks_for_it():
    text = WARD_LEAD + ("Police said the hospital's former technical director had told investigators the fridges "
                        "had not been serviced since 2019.")
    assert source_of(text, "Police said", WARD) != "Ostrel General Hospital"
    current = text.replace("former technical director", "technical director")
    assert source_of(current, "Police said", WARD) == "Ostrel General Hospital"


@pytest.mark.parametrize("lead", [
    "The chairman of the Lipniski District Executive Committee, Stepan Kuzmic,",
    "The medical superintendent of Dhuripur District Hospital, Dr Stepan Kuzmic,",
    "The registrar of the Dhuripur Medical Council, Stepan Kuzmic,",
])
def test_the_role_of_a_long_named_body_then_the_name_is_the_person(lead):
    """"The chairman of the <four-word body>, X, said": X, though the body's name is long and
    X's name says nothing of a person."""
    registry = [*GENERIC, *({"name": name, "aliases": []} for name in (
        "Lipniski District Executive Committee", "Dhuripur District Hospital", "Dhuripur Medical Council",
        "Stepan Kuzmic"))]
    text = "OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - A footbridge fell on Sunday, police said. " \
        f"{lead} said the bridge was old."
    assert source_of(text, "The ", registry) == "Stepan Kuzmic"


def test_someone_unnamed_in_the_words_does_not_make_the_speaker_anonymous():
    text = WARD_LEAD + "Police said the nurse, who has not been named, had been suspended and was being questioned."
    assert source_of(text, "Police said", WARD) == "police"


def test_unnamed_here_keeps_a_name_back():
    text = WARD_LEAD + ("An official at the hospital, unnamed here because only the director may comment, said the "
                        "email had arrived. He said the only technician had been on leave.")
    assert source_of(text, "An official", WARD) == "anonymous official"
    assert source_of(text, "He said the only", WARD) == "anonymous official"


def test_a_division_is_a_body_a_description_may_stand_for():
    registry = [*WARD, {"name": "Tavrenian Wildlife Division", "aliases": []}]
    text = WARD_LEAD + ("The Tavrenian Wildlife Division said it would help. Irsa Dolvek, 41, a porter, said the "
                        "wildlife division had told the hospital that no ranger was free.")
    assert source_of(text, "Irsa Dolvek", registry) == "Tavrenian Wildlife Division"


@pytest.mark.parametrize("someone", ["an operator on the hospital's hotline", "a clerk at the hospital's front desk",
                                     "a man on the company's helpline"])
def test_someone_in_a_described_bodys_unit_speaks_for_it(someone):
    body = "Kestra Medical Supplies" if "company" in someone else "Ostrel General Hospital"
    text = WARD_LEAD + f"Irsa Dolvek, 41, a porter, said {someone} had promised her on Friday that a crew would come."
    assert source_of(text, "Irsa Dolvek", WARD) == body


BRIDGE = ("KESTRA, Tavrenia, Dec 3 (Quillmark Wire) - A bridge over the Ostra river was closed on Monday after a crack "
          "was found, police said. An officer, who asked not to be named, said the crack had been reported in May. ")


@pytest.mark.parametrize("inner", ["a senior officer had replied that", "his commander had told him that",
                                   "the station commander had told officers that"])
def test_a_police_officers_commander_speaks_for_the_police(inner):
    """In a story of police and no other body whose people are officers."""
    text = BRIDGE + f"He said {inner} the bridge would stay open."
    assert source_of(text, "He said", GENERIC) == "police"


def test_a_commander_in_a_story_of_soldiers_is_not_the_polices():
    text = BRIDGE + ("Soldiers were sent to guard it. "
                     "He said his commander had told him that the bridge would stay open.")
    assert source_of(text, "He said", GENERIC) != "police"


SHAFTS = [*GENERIC, *({"name": name, "aliases": []} for name in (
    "Nakorin County Government", "Nakorin County Disaster Office", "Nakorin City Government",
    "Tavrenian Mines Ministry", "Esse Lokot"))]
SHAFTS_LEAD = ("NAKORIN, Tavrenia, Dec 3 (Quillmark Wire) - Two boys drowned in an old mine shaft on Sunday, "
               "the Nakorin County Government said. Esse Lokot, a teacher, said the shafts had been open for years. ")


@pytest.mark.parametrize("words, source", [
    ("the ministry's answer had been that", "Tavrenian Mines Ministry"),
    ("the ministry's reply on Friday was that", "Tavrenian Mines Ministry"),
    ("the county's public works department had told her that", "Nakorin County Government"),
    ("an officer from the county's environment department had told her that", "Nakorin County Government"),
])
def test_a_bodys_answer_and_its_unnamed_department_are_the_bodys_words(words, source):
    text = SHAFTS_LEAD + f"The Tavrenian Mines Ministry did not comment. She said {words} the shafts were safe."
    assert source_of(text, "She said", SHAFTS) == source


def test_a_county_department_registered_by_its_own_name_is_not_the_county_government():
    text = ("NAKORIN, Tavrenia, Dec 3 (Quillmark Wire) - Two boys drowned in an old mine shaft on Sunday, the county's "
            "disaster office said. The Nakorin County Government and the Nakorin County Disaster Office sent divers.")
    assert source_of(text, "NAKORIN", SHAFTS) != "Nakorin County Government"


def test_a_clerk_in_the_citys_section_speaks_for_the_city():
    text = ("NAKORIN, Tavrenia, Dec 3 (Quillmark Wire) - Two boys drowned in a pond on Sunday, the Nakorin City "
            "Government said. Esse Lokot said a clerk in the city's environment section had informed him in May "
            "that the pond would be fenced.")
    assert source_of(text, "Esse Lokot said", SHAFTS) == "Nakorin City Government"


@pytest.mark.parametrize("maker", ["the wheel's maker, Kestra Medical Supplies of Garayurt,",
                                   "its supplier, Kestra Medical Supplies of Planinia,"])
def test_a_registered_maker_of_a_place_is_the_registered_maker(maker):
    text = WARD_LEAD + f"Irsa Dolvek said {maker} had promised in September to ship the part within a month."
    assert source_of(text, "Irsa Dolvek", WARD) == "Kestra Medical Supplies"


@pytest.mark.parametrize("speaker, child", [("Irsa Dolvek, whose son Tumpal, 6, died on Monday,", "Tumpal"),
                                            ("Irsa Dolvek, whose husband, Momanyi Orina, was one of the porters "
                                             "killed,", "Momanyi Orina")])
def test_a_name_inside_a_whose_clause_is_not_the_speaker(speaker, child):
    text = WARD_LEAD + f"{speaker} said the bags had looked cloudy."
    assert source_of(text, speaker[:11], WARD) == "Irsa Dolvek"


def test_a_name_after_a_whose_clause_that_ends_before_it_is_still_the_speaker():
    text = WARD_LEAD + ("Irsa Dolvek, whose songs about miners made her famous, died on Tuesday, her label, "
                        "Kestra Medical Supplies, said.")
    assert source_of(text, "Irsa Dolvek, whose", WARD) == "Kestra Medical Supplies"


@pytest.mark.parametrize("sentence", [
    "A nurse on the ward, who agreed to talk only if she went unnamed, said three children needed grafts.",
    "A porter, who talked to Quillmark Wire after being assured she would go unidentified, said the bags leaked.",
    "The hospital has not been inspected since 2021, said a ministry official, who would be quoted only without "
    "a name.",
])
def test_more_wordings_of_going_unnamed(sentence):
    assert source_of(WARD_LEAD + sentence, sentence[:12], WARD) == "anonymous official"


def test_doctors_at_the_towns_hospital_in_a_lead_are_the_hospital_named_later():
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Two fishermen died after eating mussels, doctors at the "
            "town's hospital said on Wednesday. Most patients felt numb, they said. Ostrel General Hospital has "
            "40 beds.")
    assert source_of(text, "OSTREL", WARD) == "Ostrel General Hospital"
    assert source_of(text, "Most patients", WARD) == "Ostrel General Hospital"


@pytest.mark.parametrize("sentence", [
    "Irsa Dolvek, a dermatologist at the hospital, said the paste held PPD, a chemical that turns skin black.",
    "Irsa Dolvek, the ministry's director of public health, said the law required hospitals to report the fungus "
    "within 48 hours.",
])
def test_a_name_described_in_apposition_speaks_not_a_name_after_the_cue(sentence):
    """"X, a dermatologist at Y, said the paste held PPD, a chemical ...": X, not PPD (nor
    "hospitals" after "X, the ministry's director of public health, said the law required")."""
    assert source_of(WARD_LEAD + sentence, "Irsa Dolvek", WARD) == "Irsa Dolvek"


COUNCIL = [*GENERIC, *({"name": name, "aliases": []} for name in (
    "Lusekelan Medical Council", "Lusekelan Health Ministry", "Ambindwile Mwaisumo"))]


@pytest.mark.parametrize("introduced", ["Ambindwile Mwaisumo, the council's registrar, said",
                                        "The council's registrar, Ambindwile Mwaisumo, said",
                                        "Its regional manager, Ambindwile Mwaisumo, said"])
def test_a_registrar_or_manager_speaking_of_his_own_body_makes_his_own_claim(introduced):
    text = ("LUSEKELO, Tavrenia, Dec 3 (Quillmark Wire) - A woman died after surgery at a clinic, the Lusekelan "
            f"Medical Council said. {introduced} the council could not discipline the clinic. He said the council "
            "had warned the Lusekelan Health Ministry in 2024 that such clinics were spreading.")
    assert source_of(text, "He said the council", COUNCIL) == "Ambindwile Mwaisumo"


@pytest.mark.parametrize("sentence, source", [
    ("Prosecutors in Kara have begun an inquiry into the crash, a spokesman for their office said.", "prosecutors"),
    ("Prosecutors have charged the driver, their office said on Monday.", "prosecutors"),
    ("Police have arrested two men, their spokesman said.", "police"),
])
def test_their_office_after_a_crowd_the_registry_holds_is_that_crowd(sentence, source):
    registry = [*GENERIC, {"name": "Kara Grain Union", "aliases": []}]
    text = "KARA, Tavrenia, Dec 3 (Quillmark Wire) - A bus crashed on Sunday, the Kara Grain Union said. " + sentence
    assert source_of(text, sentence[:12], registry) == source


def test_a_person_who_says_her_of_herself_is_the_she_of_her_quote():
    """"Pardede said her daughter had not been told" makes Pardede a woman, whom the next "she
    said" fits better than a woman named before her."""
    registry = [*GENERIC, *({"name": name, "aliases": []} for name in ("Dameria Sinaga", "Sondang Pardede"))]
    text = ("LUMBAN, Tavrenia, Dec 3 (Quillmark Wire) - Two babies were swapped at birth, a lawyer said. Dameria "
            "Sinaga, a lawyer for both families, said they would sue. The mother of one girl is Sondang Pardede. "
            "Pardede said her daughter had not yet been told. \u201cShe is seven,\u201d she said.")
    assert source_of(text, "\u201cShe is seven", registry) == "Sondang Pardede"


MILL = [*GENERIC, *({"name": name, "aliases": []} for name in (
    "Gwelhek Paper", "Polgwynnek Clean Air Group", "Loveday Angoven", "Atanda Marine"))]


@pytest.mark.parametrize("owned", ["The mill, owned by Gwelhek Paper, employs 700 people.",
                                   "The mill is run by Gwelhek Paper, and the ships by Atanda Marine."])
def test_the_sites_staff_speak_for_the_one_the_story_says_runs_it(owned):
    """Not the group named in the sentence before, which runs no mill."""
    text = ("POLGWYNNEK, Tavrenia, Dec 3 (Quillmark Wire) - A smell has hung over the town since August. " + owned
            + " Loveday Angoven, who chairs the Polgwynnek Clean Air Group, said children were kept indoors. "
            "She said the mill's plant manager had promised a meeting in August that the smell would go.")
    assert source_of(text, "She said the mill", MILL) == "Gwelhek Paper"


def test_the_judge_is_the_justice_named_before():
    registry = [*GENERIC, {"name": "Ojima Ekoja", "aliases": []}, {"name": "Kara Justice Ministry", "aliases": []}]
    text = ("KARA, Tavrenia, Dec 3 (Quillmark Wire) - A trader was jailed for selling fake cable, a court said. "
            "Justice Ojima Ekoja of the Kara High Court said the trader had known the cable was fake. "
            "\u201cHe put his profit above lives,\u201d the judge said. The Kara Justice Ministry said it would "
            "appeal.")
    assert source_of(text, "\u201cHe put", registry) == "Ojima Ekoja"
    assert source_of(text, "The Kara Justice", registry) == "Kara Justice Ministry"


@pytest.mark.parametrize("staff", ["a ministry director told", "ministry inspectors had told"])
def test_a_ministry_director_or_its_inspectors_speak_for_the_ministry(staff):
    registry = [*GENERIC, {"name": "Kara Labour Ministry", "aliases": []}, {"name": "Ede Tiomo", "aliases": []}]
    text = ("KARA, Tavrenia, Dec 3 (Quillmark Wire) - Maids are kept unpaid, the Kara Labour Ministry said. Ede "
            f"Tiomo runs a network of maids. According to Tiomo, {staff} the network that a register would not "
            "work.")
    assert source_of(text, "According to Tiomo", registry) == "Kara Labour Ministry"


@pytest.mark.parametrize("lead, body", [
    ("the state railway said", "Asuretan Railways Corporation"),
    ("Asureta's energy regulator said", "Asuretan Energy Regulatory Authority"),
])
def test_a_lead_body_named_later_by_a_plural_or_derived_word(lead, body):
    """Not the railway workers' union, whose name holds the word too."""
    registry = [*GENERIC, *({"name": name, "aliases": []} for name in (
        "Asuretan Railways Corporation", "Asuretan Railway Workers' Union", "Asuretan Energy Regulatory Authority"))]
    text = (f"ORUNGAMIT, Asureta, Feb 2 (Quillmark Wire) - Nineteen wagons left the rails on Sunday, {lead}. "
            "The Asuretan Railway Workers' Union blamed thieves. The Asuretan Railways Corporation and the Asuretan "
            "Energy Regulatory Authority are both based in the capital.")
    assert source_of(text, "ORUNGAMIT", registry) == body


def test_the_nurse_after_the_school_nurse_is_not_the_hospitals():
    text = WARD_LEAD + ("Irsa Dolvek said her son had been given cough mixture by the school nurse. "
                        "She said the nurse had told him that a cough was normal.")
    assert source_of(text, "She said the nurse", WARD) != "Ostrel General Hospital"


STANDARDS = [*GENERIC, *({"name": name, "aliases": []} for name in (
    "Kara Standards Organisation", "Oche Ogbole", "Winnie Alupo", "Kara Scrap Dealers' Association"))]


@pytest.mark.parametrize("sentence, speaker", [
    ("Its director general, Oche Ogbole, said the organisation had asked customs last year to let it test cable.",
     "Oche Ogbole"),
    ("Winnie Alupo, who chairs the Kara Scrap Dealers' Association, said the association had told its members "
     "not to buy rail parts.", "Winnie Alupo"),
    ("Winnie Alupo, who chairs the Kara Scrap Dealers' Association, said engineers from the association had told "
     "members that the parts were stolen.", "Kara Scrap Dealers' Association"),
])
def test_a_director_general_or_one_who_chairs_a_body_speaks_of_it_herself(sentence, speaker):
    """The body itself is her own claim; its staff are still the body's."""
    text = "KARA, Tavrenia, Dec 3 (Quillmark Wire) - Fake cable was seized, the Kara Standards Organisation said. "
    assert source_of(text + sentence, sentence[:10], STANDARDS) == speaker


def test_according_to_the_prosecution_is_the_prosecutors():
    text = ("KARA, Tavrenia, Dec 3 (Quillmark Wire) - A trader was jailed, police said. According to the prosecution, "
            "the trader imported 1,800 rolls of fake cable in 2023.")
    assert source_of(text, "According to the prosecution", GENERIC) == "prosecutors"


def test_inner_speech_set_before_a_closing_according_to_is_the_inner_speakers():
    registry = [*GENERIC, {"name": "Kara Roads Ministry", "aliases": []}, {"name": "Romeo Bondoc", "aliases": []}]
    text = ("KARA, Tavrenia, Dec 3 (Quillmark Wire) - A plant poured waste into the river, the Kara Roads Ministry "
            "said. Romeo Bondoc, a fisherman, said the river was dead. The ministry had answered that the plant's "
            "permit was in order, according to Bondoc.")
    assert source_of(text, "The ministry had answered", registry) == "Kara Roads Ministry"


def test_according_to_a_pronoun_is_whom_the_pronoun_stands_for():
    text = ("OSTREL, Tavrenia, Dec 3 (Quillmark Wire) - Four men died in a tank on Sunday, police said. "
            "According to them, the men had been overcome by gas. Irsa Dolvek, a nurse, said the ward had no beds. "
            "According to her, the ward was full.")
    assert source_of(text, "According to them", WARD) == "police"
    assert source_of(text, "According to her", WARD) == "Irsa Dolvek"


@pytest.mark.parametrize("words", ["the woman at the stall had promised her they were the usual kind",
                                   "the trader who sold them had sworn they were new",
                                   "a farmer had warned one of the teachers that morning that hornets were out"])
def test_an_unnamed_sellers_words_are_nobodys(words):
    """Words, not a commitment to do something, of someone with no entry: null."""
    text = WARD_LEAD + f"Irsa Dolvek said {words}."
    assert source_of(text, "Irsa Dolvek", WARD) is None


SCHOOL = [*GENERIC, *({"name": name, "aliases": []} for name in ("Onamutai Combined School", "Ndapewa Shilongo"))]


@pytest.mark.parametrize("staff", ["a teacher had telephoned her at midday and told her",
                                   "her son's teacher had warned parents in a message",
                                   "the bursar had told teachers"])
def test_a_schools_teacher_or_bursar_speaks_for_the_one_school(staff):
    """The gold sets give them to the story's one registered school (5 sentences, none against)."""
    text = ("ONAMUTAI, Tavrenia, Dec 3 (Quillmark Wire) - A boy collapsed at Onamutai Combined School on Friday, "
            f"police said. Ndapewa Shilongo, his mother, said {staff} that he was fine.")
    assert source_of(text, "Ndapewa Shilongo", SCHOOL) == "Onamutai Combined School"


def test_the_principal_named_before_speaks_for_herself():
    text = ("ONAMUTAI, Tavrenia, Dec 3 (Quillmark Wire) - A boy collapsed at Onamutai Combined School on Friday, "
            "police said. The principal, Kavetuna Hoveka, said he had been ill. Ndapewa Shilongo said the principal "
            "had told staff that he was fine.")
    assert source_of(text, "Ndapewa Shilongo said", SCHOOL) != "Onamutai Combined School"


@pytest.mark.parametrize("words", ["its inspectors had first noticed the fault when a lorry driver complained that",
                                   "the tests had been ordered only after a passenger complained that"])
def test_speech_in_a_clause_of_time_inside_the_words_is_part_of_the_outer_speakers_words(words):
    text = WARD_LEAD + f"Kestra Medical Supplies said {words} the tank was short."
    assert source_of(text, "Kestra Medical Supplies said", WARD) == "Kestra Medical Supplies"


def test_a_time_word_after_the_inner_verb_is_no_clause_of_time():
    text = WARD_LEAD + ("Irsa Dolvek said a man who had worked for Kestra Medical Supplies until October had told "
                        "her that the bags leaked.")
    assert source_of(text, "Irsa Dolvek said", WARD) != "Irsa Dolvek"
