"""Which estimate of a figure the wording quotes. A statistic is often published more
than once (a first estimate, then revisions), and articles about a revision quote the
figure it replaced: "revised down to 270,000 from 275,000", "against an initial estimate
of a 0.1% decline", "a preliminary reading of a 0.4% contraction", "previously reported
as 1.6%". Such a number is compared with the earlier estimate it names, not with the one
current when the article was written (``factlint.link.vintages``).

``first``: the wording names the first estimate ("first estimated", "initial",
"preliminary", "flash", "advance estimate", "originally"); ``earlier``: an earlier one
("previously reported", "prior estimate", and the level a revision started from);
"" for neither: the figure as it stood when the document was published.
"""

from __future__ import annotations

import re
from typing import Literal

from factlint.claims.clauses import clause_around

QuotedEstimate = Literal["", "first", "earlier"]

_FIRST = re.compile(
    r"\b(?:first[\s-](?:estimate[sd]?|reading|print|reported|published|release|figures?)|"
    r"initial(?:ly)?(?![\s-]+(?:jobless\s+)?claims)|preliminary|flash|advance[\s-]estimates?|"
    r"original(?:ly)?)\b",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"\b(?:previously(?:\s+(?:reported|estimated|published))?|(?:prior|earlier|previous)\s+"
    r"(?:estimate|reading|print|figure)s?|had\s+(?:been\s+)?(?:first\s+)?(?:reported|estimated)|"
    r"before\s+(?:the\s+)?revision)\b",
    re.IGNORECASE,
)
_REVISION = re.compile(
    r"\b(?:revis\w*|upgrad\w*|downgrad\w*|marked\s+(?:up|down))\b",
    re.IGNORECASE,
)
_REVISED_FROM = re.compile(r"\b(?:revis\w*|upgrad\w*|downgrad\w*)(?:\s+(?:up|down)\w*)?\s+from\s+"
                           r"(?:an?\s+|the\s+)?$", re.IGNORECASE)  # fmt: skip
_FROM = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?(?:about\s+|around\s+)?$", re.IGNORECASE)


def quoted_estimate(sentence: str, start: int, end: int) -> QuotedEstimate:
    """Which estimate the number at [start, end) of ``sentence`` is (see the module)."""
    left, right = clause_around(sentence, start, end)
    if _REVISED_FROM.search(sentence, left, start):
        return "earlier"  # "revised from 275,000 to 270,000"
    if any(_governs(sentence, m, start, end) for m in _FIRST.finditer(sentence, left, right)):
        return "first"
    if any(_governs(sentence, m, start, end) for m in _EARLIER.finditer(sentence, left, right)):
        return "earlier"
    if _FROM.search(sentence, left, start) and _REVISION.search(sentence):
        return "earlier"  # "revised down to 270,000 from 275,000"
    return ""


_DIGIT = re.compile(r"\d")


def _governs(sentence: str, marker: re.Match[str], start: int, end: int) -> bool:
    """Whether an estimate's word speaks of the number at [start, end): no other number
    stands between them ("revised to 0.5% from an initially reported 0.7%": "initially"
    is the 0.7%'s)."""
    if marker.start() >= end:
        between = sentence[end : marker.start()]
        return _DIGIT.search(between) is None and _TO_ANOTHER.search(between) is None
    return _DIGIT.search(sentence, marker.end(), start) is None


# Words after a number that lead to another figure the estimate's word then speaks of.
_TO_ANOTHER = re.compile(r"\b(?:from|than|compared|against|versus)\b", re.IGNORECASE)
