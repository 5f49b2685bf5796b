"""Tests for the thirty-fifth round of attribution rules, written while the hundred-and-ninetieth
and hundred-and-ninety-first held-out sets were being written.

A person introduced as one of a body's staff by trade ("X, a researcher at the Y Institute,",
"X, a senior engineer with Y,") is not its head or officer: what that body itself warned or
advised, she reporting it later ("She said the institute had warned the forest service"), is the
body's, as nested speech; a head or officer ("X, director of Y,") still makes it her own claim.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

PINE = [*GENERIC, {"name": "Norvashi Institute of Soil Science", "aliases": []},
        {"name": "Norvashi Forest Service", "aliases": []},
        {"name": "Ilse Brannock", "aliases": ["Brannock"]}]


@pytest.mark.parametrize("role", ["a researcher at", "a senior soil scientist at", "one of the engineers at"])
def test_staff_by_trade_report_their_bodys_warning_as_the_bodys(role):
    """"X, a researcher at the Y Institute, said ...  Brannock said the institute had warned":
    the institute's warning, not hers."""
    text = (f"The Norvashi Forest Service began felling pines on Monday. Ilse Brannock, {role} the Norvashi "
            "Institute of Soil Science, said the blight could spread to the whole valley. Brannock said the "
            "institute had warned the forest service in 2038 that the blight had reached the next valley.")
    assert source_of(text, "Brannock said the", PINE) == "Norvashi Institute of Soil Science"


@pytest.mark.parametrize("role", ["director of", "the head of"])
def test_a_head_reports_her_own_bodys_warning_as_her_own_claim(role):
    """"X, director of the Y Institute, said ... She said the institute had warned": hers (she
    speaks of her own body)."""
    text = (f"The Norvashi Forest Service began felling pines on Monday. Ilse Brannock, {role} the Norvashi "
            "Institute of Soil Science, said the blight could spread to the whole valley. Brannock said the "
            "institute had warned the forest service in 2038 that the blight had reached the next valley.")
    assert source_of(text, "Brannock said the", PINE) == "Ilse Brannock"
