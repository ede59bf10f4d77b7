"""The grammar of a physical unit, read by factlint rather than evaluated by pint.

pint's own parser evaluates what it is given as an arithmetic expression: a unit of
``10**10**10 meter`` in metrics.csv would compute a number with ten billion digits and
hang the run. A unit here is names and small whole powers, joined by multiplication or
division, and nothing else::

    unit   := factor (("*" | "·" | " " | "/" | " per ") factor)*
    factor := name [("**" | "^") power | "²" | "³"]
    name   := letters and underscores that pint knows as a unit (prefixes and plurals
              included: "kilometres", "MW", "oil_barrel")
    power  := an optional minus and one digit (no unit is raised to the tenth)

pint is then asked only for each name's unit object, and the unit is built from them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

_TOKEN = re.compile(
    r"\s*(?:(?P<name>[A-Za-z_]+)|(?P<power>(?:\*\*|\^)\s*-?\d+|[²³])|(?P<op>[*/·]))"
)
_SUPERSCRIPTS = {"²": 2, "³": 3}
MAX_LENGTH = 100


class UnitGrammarError(ValueError):
    """Not a unit in factlint's grammar; the message says what stands where."""


class UnknownUnitName(UnitGrammarError):
    """A word in the right place that pint knows no unit by."""


def factors(expression: str) -> list[tuple[str, int]]:
    """``"meter ** 3 / day"`` as ``[("meter", 3), ("day", -1)]``; names not yet checked."""
    if len(expression) > MAX_LENGTH:
        raise UnitGrammarError(f"longer than {MAX_LENGTH} characters")
    found: list[tuple[str, int]] = []
    sign, position, expecting_name = 1, 0, True
    text = expression.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise UnitGrammarError(f"{text[position:].split()[0]!r} is not part of a unit")
        position = match.end()
        name, power, op = match.group("name"), match.group("power"), match.group("op")
        if name:
            if name.lower() == "per" and found and not expecting_name:
                sign, expecting_name = -1, True
                continue
            found.append((name, sign))
            expecting_name = False
        elif power:
            if expecting_name:
                raise UnitGrammarError(f"a power ({power.strip()}) with no unit before it")
            digits = power.lstrip("*^ ")
            if len(digits.lstrip("-")) > 1:
                raise UnitGrammarError(f"a power of {digits}; a unit's powers go from -9 to 9")
            exponent = _SUPERSCRIPTS.get(power) or int(digits)
            last, current = found[-1]
            found[-1] = (last, current * exponent)
        else:
            if expecting_name:
                raise UnitGrammarError(f"{op!r} with no unit before it")
            sign, expecting_name = (-1 if op == "/" else 1), True
    if expecting_name:
        raise UnitGrammarError("no unit" if not found else "ends without a unit")
    return found


def build(expression: str, unit_of: Callable[[str], Any]) -> Any:
    """The unit object: ``unit_of(name)`` for each name (UnitGrammarError when it is
    none), raised to its power, multiplied together."""
    result: Any = None
    for name, power in factors(expression):
        unit = unit_of(name)
        term = unit**power
        result = term if result is None else result * term
    return result


@functools.lru_cache(maxsize=1024)
def pint_unit(expression: str) -> Any:
    """The pint unit of ``expression``, read by factlint's grammar."""
    from factlint.units import registry

    ureg = registry()

    def unit_of(name: str) -> Any:
        if not ureg.parse_unit_name(name):
            raise UnknownUnitName(f"{name!r} is not a unit")
        return ureg.Unit(name)

    return build(expression, unit_of)
