"""Tests for the fourteenth round of attribution rules, written after an agreement study
(bench/attribution_agreement.py) showed that careful readers give the twenty-second and
twenty-third held-out sets the same sources as their writers, nested speech included: what the
rules miss there is theirs to find. An organisation's directive in nested speech is its request
(tests/test_attribution_nested.py), an organisation described in apposition ("X, a football
club,") is what "the club" may stand for, and a body's staff described after its name's
possessive speak for it.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, check, found

CLUB = {"name": "Ardmuir Harriers", "aliases": ["Harriers"]}
DAIRY = {"name": "Skelvik Dairies", "aliases": ["Skelvik"]}
REGISTERED = [*REGISTRY, CLUB, DAIRY]


@pytest.mark.parametrize("appositive", [
    "a football club", "one of the country's oldest football clubs", "the league's richest club"])
def test_an_organisation_described_in_apposition_is_what_its_noun_stands_for(appositive):
    """"X, a football club," / ", one of the oldest football clubs,": "the club" is X, also as
    the owner of its staff and inside nested speech."""
    text = (f"The tax office asked a court to wind up Ardmuir Harriers, {appositive}, over unpaid taxes. "
            "The club said it would pay. Kowalski said the club's manager had promised the players "
            "that the wages would come.")
    check(text, "The club said", "Ardmuir Harriers", "The club", "said", REGISTERED)
    check(text, "Kowalski said", "Ardmuir Harriers", "the club's manager", "promised", REGISTERED)


@pytest.mark.parametrize("appositive", [
    "according to the competition board", "where the board is based", "home of the board"])
def test_an_appositive_that_describes_no_organisation_gives_no_noun(appositive):
    """A clause or a place's description after a name: "the board" is not that name."""
    text = (f"Farmers sold their milk in Vellantry, {appositive}, at a loss. "
            "The board said prices would recover.")
    assert found(text, "The board said", REGISTRY) is None
