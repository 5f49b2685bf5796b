"""Tests for the sixteenth round of attribution rules, written while the forty-second and
forty-third held-out sets were being written: nested speech whose inner speaker is an
organisation's unnamed staff.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, found, source_of

BODIES = [
    {"name": "Orvallian Maritime Directorate", "aliases": []},
    {"name": "Pellworth Harbour Board", "aliases": []},
    {"name": "Tamsin Okoro-Vale", "aliases": ["Okoro-Vale"]},
]
REGISTERED = [*REGISTRY, *BODIES]
LEAD = ("PELLWORTH, Orvallia, Dec 2 (Quillmark Wire) - A ferry lost power off Pellworth on Sunday, the "
        "Orvallian Maritime Directorate said. Its captain, Tamsin Okoro-Vale, said the crew had "
        "followed every rule. ")


@pytest.mark.parametrize(("sentence", "source_text"), [
    ("She said a surveyor from the Orvallian Maritime Directorate had inspected the ship in August and "
     "had told the crew its engines were in good order.", "Orvallian Maritime Directorate"),
    ("She said a directorate inspector had checked the lifeboats in March and had assured her that "
     "every one was fit for use.", "directorate inspector"),
    ("She said an inspector from the Orvallian Maritime Directorate, which licenses the route, had "
     "walked the decks in May and had told the crew that the ship met the rules.",
     "Orvallian Maritime Directorate"),
])
def test_a_nested_verb_joined_to_an_earlier_verb_is_the_first_verbs_subjects(sentence, source_text):
    """"X said Y had inspected the ship and had told the crew ...": the told speech is Y's
    (here staff of the directorate, so the directorate's), not the outer speaker's."""
    text = LEAD + sentence
    suggestion = found(text, sentence[:14], REGISTERED)
    assert suggestion is not None and suggestion.source == "Orvallian Maritime Directorate"
    assert source_text in text[suggestion.source_span[0] : suggestion.source_span[1]]


@pytest.mark.parametrize("sentence", [
    "She said the survey had been done over the summer and had found that the hull was sound.",
    "She said she had checked the engines herself and had told the crew they were sound.",
])
def test_a_joined_verb_with_no_other_speaker_stays_the_outer_speakers(sentence):
    """A passive first verb has no agent to speak, and "she" is the outer speaker herself."""
    assert source_of(LEAD + sentence, sentence[:14], REGISTERED) == "Tamsin Okoro-Vale"
