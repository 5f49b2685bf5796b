"""Tests for the twenty-fifth round of attribution rules, written while the hundred-and-eighteenth
and hundred-and-nineteenth held-out sets were being written: an unnamed employee's own director
as an inner speaker ("She said her director had told staff") speaks for the employee's employer,
never for the employee; a consumer agency, which oversees, is no employer of a site's supervisors.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

from tests.test_attribution_across import source_of

GENERIC = [{"name": name, "aliases": []} for name in ("anonymous official", "officials", "police", "prosecutors",
                                                       "witnesses")]

WELLS = [*GENERIC, {"name": "Dunmark Water Authority", "aliases": []}, {"name": "Orlo Springs", "aliases": []}]
WELLS_TEXT = ("ORLO, Dunmark, May 2 (Pellwick Wire) - Wells around the Orlo Springs bottling plant have fallen "
              "by 20 metres in three years. "
              "The Dunmark Water Authority said it was reviewing the plant's licence. "
              "A hydrologist employed by the authority, who asked not to be named, said the licence rested on "
              "an old study. "
              "She said her director had told staff not to measure the wells until the review was done.")


def test_an_anonymous_employees_director_speaks_for_her_employer():
    """"her director had told staff" after "A hydrologist employed by the authority, who asked not
    to be named,": the authority, not the hydrologist (the anonymous entry)."""
    assert source_of(WELLS_TEXT, "She said her director", WELLS) == "Dunmark Water Authority"


def test_an_anonymous_employees_director_of_no_known_employer_is_nobodys():
    """The same with a hydrologist whose description names no body, in a story of two: nobody
    (the director's words are not the hydrologist's)."""
    text = WELLS_TEXT.replace("A hydrologist employed by the authority", "A hydrologist")
    assert source_of(text, "She said her director", WELLS) is None


def test_an_anonymous_employees_directors_plural_speak_for_her_employer():
    """"her directors had told staff": the authority too."""
    text = WELLS_TEXT.replace("her director had", "her directors had")
    assert source_of(text, "She said her directors", WELLS) == "Dunmark Water Authority"


GIN = [*GENERIC, {"name": "Dunmark Consumer Affairs Agency", "aliases": []},
       {"name": "Hollin Distillers", "aliases": []}]
GIN_TEXT = ("HOLLIN, Dunmark, May 3 (Pellwick Wire) - Bottles of Hollin gin sold as aged for ten years held "
            "spirit made last spring, tests showed. "
            "The Dunmark Consumer Affairs Agency said it had sent samples from six shops to a laboratory. "
            "Hollin Distillers said its labels were correct. "
            "Aged gin can sell for four times the price of a new bottle. "
            "Collectors have traded the numbered bottles at auction for years. "
            "A worker at the distillery, who asked not to be named, said new spirit was poured into old casks. "
            "He said supervisors had told staff to write the old date on the labels.")


def test_a_consumer_agency_runs_nothing_whose_supervisors_speak():
    """"supervisors had told staff", reported by a worker at the distillery: the distiller's,
    not the consumer agency's (a consumer body oversees, it runs no site)."""
    assert source_of(GIN_TEXT, "He said supervisors", GIN) == "Hollin Distillers"
