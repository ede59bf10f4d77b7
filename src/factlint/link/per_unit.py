"""A number written without what it is per, read per what its metric is per: "EPS of
$1.10" against a metric kept in "USD per share", "average hourly earnings rose to
$34.69" against "USD per hour". A number written per something keeps it, and meets
only facts per the same thing (``link.screen``)."""

from __future__ import annotations

import dataclasses

from factlint.claims.model import Claim, ClaimKind
from factlint.references.models import Metric
from factlint.units import UnitError

_AMOUNTS = frozenset({ClaimKind.MONEY, ClaimKind.NUMBER, ClaimKind.QUANTITY})


def measured_as(claim: Claim, metric: Metric) -> Claim:
    """``claim`` with its metric's per-unit when it wrote none and its unit is the
    metric's otherwise (dollars for dollars a share); else unchanged."""
    measure = metric.measure
    if claim.kind not in _AMOUNTS or claim.unit.per or not measure.per:
        return claim
    try:
        fits = claim.unit.dimension == measure.whole.dimension
    except UnitError:
        return claim
    if not fits:
        return claim
    text = f"{claim.unit} per {measure.text.split(' per ', 1)[-1]}".strip()
    unit = dataclasses.replace(claim.unit, per=measure.per, text=text)
    return claim.model_copy(update={"unit": unit})
