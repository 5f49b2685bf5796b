"""Tests for the thirty-seventh round of attribution rules, written while the two-hundredth and
two-hundred-and-first held-out sets were being written.

What a body's own study found is the body's finding, reported by its staff by trade or by an
outsider, for more kinds of study and more ways of naming its author: "tagging by the college",
"trials run by the college in 2038", "a count by the institute", "a 2038 trial by the centre", "a
census by the X Institute", "research at the university's marine station", "a survey by the
university's economics faculty" (the university, not its faculty or station), "the institute's 2039
study" (a year before the study). What scientists, researchers, engineers, experts or specialists
"at" or "from" a body found or recommended is the body's ("He said scientists at the X Academy had
recommended the campaign in a 2038 report", "engineers from the X Institute had found the water
table falling").

A lead opened by a body described by a clause or a phrase ("The national park that covers the X
plateau banned ..., warning", "The council of a First Nation on Y's northern X River condemned")
has that body for its subject, not a name inside the description (never "X", "X River"); but "The
town hall of X" is X's. Such a lead may describe a park, a conservancy, a legislature, elders, a
clan or chiefs ("The elders who govern the atoll of X banned", "A clan on the island of X
accused"): the body named next whose name holds the word. A place's possessive before an
adjective ("on Y's northern X River") governs the name after it. A lead by place and field under
another noun may name its field by the word before the noun alone ("Arvenza's mountain forestry
service" for the "Arvenzan Regional Forestry Corps").

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

COLLEGE = [*GENERIC, {"name": "Vesterholm Northern College", "aliases": []},
           {"name": "Vesterholm Fisheries Board", "aliases": []},
           {"name": "Ingrid Saltvedt", "aliases": ["Saltvedt"]}]
INTRO = ("The Vesterholm Fisheries Board closed the river to salmon nets on Monday. Ingrid Saltvedt, a fish "
         "biologist at Vesterholm Northern College, said the run was the weakest in 40 years. ")


@pytest.mark.parametrize("study", [
    "tagging by the college had found that most of the fish were caught at sea",
    "trials run by the college in 2038 had found that the nets killed most of the young fish",
    "a count by the college had found a third of the spawning beds empty",
    "a 2038 census by the college had found the run down by half since 2030",
    "research at the college's river station had found that the water had warmed by two degrees",
    "a survey by the college's biology faculty had found that one net in five was illegal",
    "the college's 2039 study had found the river warming by a degree a decade",
])
def test_what_a_bodys_own_study_found_reported_by_its_staff_is_the_bodys(study):
    """"X, a biologist at the college, said ... Saltvedt said tagging by the college had found that":
    the college's finding."""
    text = INTRO + f"Saltvedt said {study}."
    assert source_of(text, "Saltvedt said", COLLEGE) == "Vesterholm Northern College"


@pytest.mark.parametrize("staff", ["scientists at", "engineers from", "researchers at"])
def test_what_a_bodys_scientists_recommended_or_found_is_the_bodys(staff):
    """"He said scientists at the X College had recommended the closure": the college's."""
    text = ("The Vesterholm Fisheries Board closed the river to salmon nets on Monday. Its chairman, Arne Voll, "
            f"defended the ban. He said {staff} Vesterholm Northern College had recommended the closure in a "
            "2038 report.")
    registry = [*COLLEGE, {"name": "Arne Voll", "aliases": ["Voll"]}]
    assert source_of(text, "He said", registry) == "Vesterholm Northern College"


def test_a_heads_own_bodys_study_is_her_claim():
    """"Its director, X, said ... a count by the college had found": hers (she heads it)."""
    text = ("Vesterholm Northern College counted the salmon in May. Its director, Ingrid Saltvedt, said the run "
            "was weak. Saltvedt said a count by the college had found a third of the spawning beds empty.")
    assert source_of(text, "Saltvedt said", COLLEGE) == "Ingrid Saltvedt"


@pytest.mark.parametrize(("lead", "body"), [
    ("The national park that covers the Dravna plateau in Ostrel's northern mountains banned the picking of "
     "berries on Tuesday, warning that gatherers had killed thousands of shrubs.", "Dravna National Park"),
    ("The council of a First Nation on Ostrel's northern Kessik River condemned on Monday a federal ban on "
     "fishing, insisting that its families had a right to fill their smokehouses.", "Kessik Nation Council"),
    ("The elders who govern the atoll of Dravna banned night fishing on Wednesday, warning that the torches "
     "scared the fish away.", "Dravna Council of Elders"),
    ("A clan on the island of Dravna accused a road builder on Monday of draining its swamps.", "Dravna Clan Council"),
    ("Ostrel's mountain forestry service capped the gathering of wild herbs on Sunday, arguing that the slopes "
     "were stripped bare.", "Ostrelian Regional Forestry Corps"),
])
def test_a_lead_by_a_body_described_is_the_body_named_next_not_a_name_inside(lead, body):
    """"The national park that covers the X plateau banned ..., warning": the park, never "X"."""
    registry = [*GENERIC, *({"name": name, "aliases": []} for name in (
        "Dravna National Park", "Kessik Nation Council", "Dravna Council of Elders", "Dravna Clan Council",
        "Ostrelian Regional Forestry Corps"))]
    text = f"DRAVNA, Ostrel, Oct 2 (Agency) - {lead} The {body} said the rule would stand."
    assert source_of(text, "DRAVNA", registry) == body


def test_the_town_hall_of_a_place_is_the_places_body():
    """"The town hall of X banned ..., arguing": the X Municipality, as before."""
    registry = [*GENERIC, {"name": "Dravna Municipality", "aliases": ["Dravna"]}]
    text = ("DRAVNA, Ostrel, Oct 2 (Agency) - The town hall of Dravna banned bonfires from its winter festival on "
            "Friday, arguing that sparks had set two roofs alight. The Dravna Municipality said the ban would stand.")
    assert source_of(text, "DRAVNA", registry) == "Dravna Municipality"
