"""Danish counts in service messages: "2 udleveringer", never "2 udlevering(er)"."""

from clinicdesk.domain.wording import count_da


def test_danish_counts_use_the_right_noun_form():
    assert count_da(1, "udlevering", "udleveringer") == "1 udlevering"
    assert count_da(2, "udlevering", "udleveringer") == "2 udleveringer"
    assert count_da(0, "udlevering", "udleveringer") == "0 udleveringer"
