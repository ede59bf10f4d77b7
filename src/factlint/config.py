"""The comparison policy: tolerances a statistics desk would accept, overridable in
``[tool.factlint]`` of pyproject.toml or in factlint.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from factlint.errors import ConfigError, display_path


@dataclass(frozen=True)
class Policy:
    """``about``: "about X" allows X ± this fraction (plus X's own rounding).
    ``nearly``: "nearly X" allows [X × (1 − nearly), X)."""

    about: float = 0.05
    nearly: float = 0.05


def load_policy(folder: Path) -> Policy:
    """The policy from factlint.toml, else pyproject.toml's [tool.factlint], else defaults."""
    for name, section in (("factlint.toml", ()), ("pyproject.toml", ("tool", "factlint"))):
        path = folder / name
        if not path.exists():
            continue
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as ex:
            raise ConfigError(f"{display_path(path)}: {ex}") from ex
        for key in section:
            table = table.get(key, {})
        if table or name == "factlint.toml":
            return _policy(table, display_path(path))
    return Policy()


def _policy(table: dict[str, object], where: str) -> Policy:
    known = {f.name for f in fields(Policy)}
    values: dict[str, float] = {}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(
                f"{where}: unknown setting {key!r}; known: {', '.join(sorted(known))}"
            )
        if not isinstance(value, int | float) or not 0 <= value < 1:
            raise ConfigError(f"{where}: {key} = {value!r} must be a fraction such as 0.05")
        values[key] = float(value)
    return Policy(**values)
