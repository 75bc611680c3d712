"""A definite noun that names no class by itself but heads the phrase of a thing just told of takes it back ("a
letter of intent ... The letter was signed by A and B": the same agreement; referents._same_head). Sentences
written for these tests."""

from __future__ import annotations


def _signed(x) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in x.relations:
        if r.predicate == "signatory":
            out.setdefault(r.subject, set()).add(x.entities[r.object].label)
    return out


def test_the_letter_is_the_letter_of_intent(read):
    x = read("The Korvan Space Agency and the Orla Institute signed a letter of intent on 3 February. The letter was "
             "signed by Maria Lopez, Director General of the Korvan Space Agency, and Tomas Berg, President of the "
             "Orla Institute.")
    signed = _signed(x)
    assert len(signed) == 1, signed
    assert {"Korvan Space Agency", "Maria Lopez", "Tomas Berg"} <= next(iter(signed.values())), signed


def test_a_letter_far_back_is_not_taken_back(read):
    x = read("The Korvan Space Agency and the Orla Institute signed a letter of intent on 3 February. The Vela "
             "satellite was launched on 5 February. It reached orbit on 6 February. The letter was signed by Tomas "
             "Berg.")
    assert not any("Tomas Berg" in who for who in _signed(x).values()), _signed(x)
