"""The comparison policy: tolerances a statistics desk would accept, overridable in
``[tool.factlint]`` of pyproject.toml or in factlint.toml.

Every setting is a fraction (0 ≤ value < 1). README's "Comparison policy" gives the
reasoning behind each default with worked examples.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from factlint.errors import ConfigError, display_path


@dataclass(frozen=True)
class Policy:
    """``about``: "about X" allows X ± this fraction of X, plus X's own rounding.
    ``nearly``: "nearly X" allows [X × (1 − nearly), X).
    ``multiple``: a multiple in words ("doubled", "three times") allows the factor ±
    this fraction; a written factor ("2.5 times") keeps its own rounding.
    ``fx``: the relative uncertainty of an average exchange rate over the fact's own
    period; a converted fact stands for its value ± this fraction.
    ``fx_longer``: the same when the only rate covers a longer period than the fact
    (a yearly average rate for a monthly figure), where the real rate strays further.
    """

    about: float = 0.05
    nearly: float = 0.05
    multiple: float = 0.05
    fx: float = 0.02
    fx_longer: float = 0.05


def load_policy(folder: Path) -> Policy:
    """The policy from factlint.toml, else pyproject.toml's [tool.factlint], else defaults."""
    for name, section in (("factlint.toml", ()), ("pyproject.toml", ("tool", "factlint"))):
        path = folder / name
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        try:
            table = tomllib.loads(text)
        except tomllib.TOMLDecodeError as ex:
            raise ConfigError(f"{display_path(path)}: {ex}") from ex
        for key in section:
            table = table.get(key, {})
        if table or name == "factlint.toml":
            return _policy(table, display_path(path), text)
    return Policy()


def _where(path: str, text: str, key: str) -> str:
    """``path:line:column`` of the line that sets ``key``, or the path alone."""
    pattern = re.compile(rf"^(\s*)(?:\"{re.escape(key)}\"|{re.escape(key)})\s*=", re.MULTILINE)
    found = pattern.search(text)
    if found is None:
        return path
    line = text.count("\n", 0, found.start()) + 1
    return f"{path}:{line}:{len(found.group(1)) + 1}"


def _policy(table: dict[str, object], path: str, text: str = "") -> Policy:
    known = sorted(f.name for f in fields(Policy))
    values: dict[str, float] = {}
    for key, value in table.items():
        where = _where(path, text, key)
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise ConfigError(f"{where}: unknown setting {key!r}; {hint}known: {', '.join(known)}")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
            raise ConfigError(
                f"{where}: {key} = {value!r} must be a fraction such as 0.05 (5%), "
                "at least 0 and below 1"
            )
        values[key] = float(value)
    return Policy(**values)
