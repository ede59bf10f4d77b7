"""The terms a figure is measured in: its basis. A growth rate "in real terms" is not the
one "in nominal terms", a seasonally adjusted level is not the unadjusted one, and an
annualised quarterly rate is four quarters' worth of a quarter-on-quarter change.

The vocabulary is controlled: a fact's ``basis`` column holds a |-separated set of the
terms below (``real|seasonally-adjusted|quarter-on-quarter``), and a claim holds the
terms its wording states (``factlint.claims.terms``). Each term belongs to one group,
and a figure has at most one term of a group.

A claim is compared only with facts of its terms. For every group the claim states a
term of, a fact whose basis names another term of that group is another figure; a fact
whose basis is filled but silent on the group is not known to be of the claim's terms
(so a term the text states that no fact has leaves the claim unverified, never flagged);
a fact with no basis at all is the analyst's figure as before, of any terms. Two
exceptions follow from what the terms mean: a level (a fact of a metric that holds no
changes) has no comparison term, so a change's "year on year" only says which level it
is measured from; and a fact that is annualised is not the plain quarter-on-quarter or
month-on-month change a claim states without "annualised".
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from enum import StrEnum

from factlint.currencies import is_currency


class Group(StrEnum):
    """What a term says about a figure."""

    PRICES = "prices"  # real or nominal
    CURRENCY = "currency"  # local currency, or one currency's terms
    ADJUSTMENT = "adjustment"  # seasonally adjusted or not
    COMPARISON = "comparison"  # the period a change is measured from
    ANNUALISED = "annualised"  # a shorter period's change expressed at an annual rate


REAL = "real"
NOMINAL = "nominal"
LOCAL_CURRENCY = "local-currency"
SEASONALLY_ADJUSTED = "seasonally-adjusted"
NOT_SEASONALLY_ADJUSTED = "not-seasonally-adjusted"
YEAR_ON_YEAR = "year-on-year"
MONTH_ON_MONTH = "month-on-month"
QUARTER_ON_QUARTER = "quarter-on-quarter"
ANNUALISED = "annualised"

# Every term but currency codes (any ISO 4217 code is a term of the currency group).
TERMS: dict[str, Group] = {
    REAL: Group.PRICES,
    NOMINAL: Group.PRICES,
    LOCAL_CURRENCY: Group.CURRENCY,
    SEASONALLY_ADJUSTED: Group.ADJUSTMENT,
    NOT_SEASONALLY_ADJUSTED: Group.ADJUSTMENT,
    YEAR_ON_YEAR: Group.COMPARISON,
    MONTH_ON_MONTH: Group.COMPARISON,
    QUARTER_ON_QUARTER: Group.COMPARISON,
    ANNUALISED: Group.ANNUALISED,
}
# How the terms read in an explanation.
WORDS: dict[str, str] = {
    REAL: "in real terms",
    NOMINAL: "in nominal terms",
    LOCAL_CURRENCY: "in local-currency terms",
    SEASONALLY_ADJUSTED: "seasonally adjusted",
    NOT_SEASONALLY_ADJUSTED: "not seasonally adjusted",
    YEAR_ON_YEAR: "year on year",
    MONTH_ON_MONTH: "month on month",
    QUARTER_ON_QUARTER: "quarter on quarter",
    ANNUALISED: "annualised",
}
# What a Table Schema pattern can say of a basis cell; basis_problem checks the rest.
_TERM_PATTERN = "|".join([*TERMS, "[A-Z]{3}"])  # letters and hyphens: no escaping
BASIS_PATTERN = rf"^(?:{_TERM_PATTERN})(?:\|(?:{_TERM_PATTERN}))*$"


def group_of(term: str) -> Group | None:
    """The group of a term; None for a word that is no term."""
    if term in TERMS:
        return TERMS[term]
    if len(term) == 3 and term.isupper() and is_currency(term):
        return Group.CURRENCY
    return None


def words(term: str) -> str:
    """ "in real terms", "in CNY terms"."""
    return WORDS.get(term, f"in {term} terms")


def said(terms: Iterable[str]) -> str:
    """The terms as an explanation says them: "in real terms, seasonally adjusted"."""
    return ", ".join(words(t) for t in terms)


def basis_problem(terms: list[str]) -> str:
    """Why a fact's basis is not a set of terms of the vocabulary, with how to mend it;
    empty when it is one."""
    seen: dict[Group, str] = {}
    for term in terms:
        group = group_of(term)
        if group is None:
            close = difflib.get_close_matches(term.lower(), list(TERMS), n=1, cutoff=0.6)
            if is_currency(term.upper()):
                close = [term.upper()]
            hint = f"did you mean {close[0]}? " if close else ""
            return (
                f"not a term of the basis vocabulary (got {term!r}); {hint}write terms from: "
                f"{', '.join(TERMS)}, or a currency code like USD, separated by |"
            )
        if group in seen and seen[group] != term:
            return (
                f"{seen[group]} and {term} are both {group} terms (got "
                f"{'|'.join(terms)!r}); a figure has one, keep the right one"
            )
        seen[group] = term
    return ""


def by_group(terms: Iterable[str]) -> dict[Group, str]:
    """The terms keyed by their group (terms outside the vocabulary are left out)."""
    found = {}
    for term in terms:
        group = group_of(term)
        if group is not None:
            found[group] = term
    return found


def mismatch(stated: Iterable[str], basis: Iterable[str], level: bool) -> str:
    """Why a fact of ``basis`` is not a figure of the terms a claim ``stated``, in words;
    empty when it is one (see the module's docstring). ``level``: the fact's metric
    holds levels, not changes."""
    claim, fact = by_group(stated), by_group(basis)
    if not fact or not claim:
        return ""
    if ANNUALISED in fact.values() and Group.ANNUALISED not in claim:
        comparison = claim.get(Group.COMPARISON)
        if comparison in (QUARTER_ON_QUARTER, MONTH_ON_MONTH):
            return f"the fact is annualised; the claim's {words(comparison)} change is not"
    for group, term in claim.items():
        if group is Group.COMPARISON and level:
            continue  # a level has no comparison: the change's baseline says it
        other = fact.get(group)
        if other is None:
            return f"the claim is {words(term)}; the fact's basis ({said(basis)}) does not say"
        if other != term:
            return f"the claim is {words(term)}, the fact {words(other)}"
    return ""


def comparison_of(terms: Iterable[str]) -> str:
    """The comparison term among ``terms`` (year-on-year, ...), or ""."""
    return by_group(terms).get(Group.COMPARISON, "")
