"""The article's own priors: where a sentence leaves a choice of metric open (two
keywords stand equally near the number), prefer the metric the article's other claims
use. The claims of one article share their measures far more often than chance
(AggChecker, SIGMOD 2019, scores a claim's readings by keyword evidence plus priors
learned from the document's other claims); this is a deterministic version of that
idea, and each open claim records the score of every metric it could have taken."""

from __future__ import annotations

from collections import Counter

from factlint.claims.model import Claim


def settled_by_the_article(claims: list[Claim], open_choices: dict[str, list[str]]) -> list[Claim]:
    """The claims with each open choice of metric settled by the article: a metric's
    score is its keyword evidence (1 for each metric that stood as near) plus the share
    of the article's other claims that use it; the highest score comes first, the
    wording's own order settling a tie."""
    if not open_choices:
        return claims
    settled = [c for c in claims if c.id not in open_choices]
    uses = Counter(c.metric for c in settled if c.metric)
    total = max(sum(uses.values()), 1)
    result = []
    for claim in claims:
        choices = open_choices.get(claim.id)
        if not choices:
            result.append(claim)
            continue
        scores = {metric: round(1.0 + uses[metric] / total, 4) for metric in choices}
        ranked = sorted(choices, key=lambda m: -scores[m])  # stable: the wording's order
        rest = [m for m in claim.alternatives if m not in ranked]
        result.append(
            claim.model_copy(
                update={
                    "metric": ranked[0],
                    "alternatives": [*ranked[1:], *rest],
                    "metric_scores": scores,
                }
            )
        )
    return result
