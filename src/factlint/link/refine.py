"""Among the facts that fit a claim, the ones its wording means: those of the terms it
states and the kind of expectation it names before others, then one estimate of each
revised figure (``vintages``)."""

from __future__ import annotations

from factlint.claims.model import Claim
from factlint.link.choose import Selection
from factlint.link.expectations import prefer_kind
from factlint.link.record import Vintages
from factlint.link.terms import prefer_stated
from factlint.link.vintages import resolve
from factlint.references.dataset import References


def refine(claim: Claim, selection: Selection, references: References) -> Vintages | None:
    """Narrow ``selection.chosen`` in place, giving each fact left out its reason; the
    record of the revised figures' other estimates, if any."""
    for prefer in (prefer_stated, prefer_kind):
        kept, left_out = prefer(claim, selection.chosen)
        selection.chosen = kept
        selection.left_out |= left_out
    resolved = resolve(claim, selection.chosen, references)
    selection.chosen = resolved.chosen
    selection.left_out |= resolved.left_out
    return resolved.vintages
