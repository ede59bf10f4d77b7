"""A project's settings: the comparison policy and the folders every command uses.

They are read from ``factlint.toml``, else from the ``[tool.factlint]`` table of
``pyproject.toml``, in the working directory or the nearest folder above it that has
either (or from the file given with ``--config``). Paths in the file are relative to
its folder, so a command run anywhere in the project finds the same folders.

The policy's settings are fractions (0 ≤ value < 1); README's "Comparison policy" gives
the reasoning behind each default with worked examples. Who publishes the ClaimReview
records is a table of its own, ``[claimreview]`` (``[tool.factlint.claimreview]``).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Literal

from factlint.errors import ConfigError, display_path

CONFIG_FILE = "factlint.toml"
PYPROJECT = "pyproject.toml"
FAIL_ON = ("flag", "unverified", "none")


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


@dataclass(frozen=True)
class Config:
    """Settings from a config file; ``None`` (or empty) where the file says nothing.
    Paths are resolved against the file's folder."""

    policy: Policy = field(default_factory=Policy)
    documents: tuple[Path, ...] = ()
    references: Path | None = None
    claims: Path | None = None
    reports: Path | None = None
    glob: tuple[str, ...] = ()
    main_text: bool | None = None
    fail_on: str | None = None
    publisher: Publisher | None = None  # [claimreview]: who signs ClaimReview records
    file: Path | None = None  # where the settings were read; None: defaults only


@dataclass(frozen=True)
class Publisher:
    """Who publishes the ClaimReview records (``factlint check --format claimreview``).

    ``author``: the organisation or person that stands behind the reviews.
    ``author_url``: their home page. ``author_type``: ``Organization`` or ``Person``.
    ``url``: where the reviews are published (report.html put online); each review's own
    address is this page with the claim's anchor.
    """

    author: str
    author_url: str = ""
    author_type: Literal["Organization", "Person"] = "Organization"
    url: str = ""


POLICY_KEYS = tuple(f.name for f in fields(Policy))
PATH_KEYS = ("references", "claims", "reports")
KNOWN = sorted(
    [*POLICY_KEYS, *PATH_KEYS, "documents", "glob", "main_text", "fail_on", "claimreview"]
)


def find_config(start: Path) -> Path | None:
    """The nearest ``factlint.toml``, or ``pyproject.toml`` with a ``[tool.factlint]``
    table, in ``start`` or a folder above it."""
    folder = start.resolve()
    for here in (folder, *folder.parents):
        candidate = here / CONFIG_FILE
        if candidate.exists():
            return candidate  # a folder or an unreadable file: reading it says so
        pyproject = here / PYPROJECT
        if pyproject.exists() and _has_factlint_table(pyproject):
            return pyproject
    return None


def _has_factlint_table(path: Path) -> bool:
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True  # let reading it say what is wrong
    tool = table.get("tool", {})
    return isinstance(tool, dict) and "factlint" in tool


def load_config(start: Path | None = None, file: Path | None = None) -> Config:
    """The settings in ``file``, else in the config found from ``start`` (the working
    directory) upwards, else the defaults."""
    if file is None:
        file = find_config(start or Path.cwd())
        if file is None:
            return Config()
    elif not file.exists():
        raise ConfigError(
            f"{display_path(file)}: no such config file; give a factlint.toml or a "
            "pyproject.toml with a [tool.factlint] table"
        )
    where = display_path(file)
    text = _read(file)
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as ex:
        raise ConfigError(f"{where}: {ex}") from ex
    if file.name == PYPROJECT:
        tool = table.get("tool", {})
        table = tool.get("factlint", {}) if isinstance(tool, dict) else {}
        if not isinstance(table, dict):
            raise ConfigError(
                f"{_where(where, text, 'factlint')}: [tool.factlint] must be a table of settings "
                f"(got {type(table).__name__} {table!r}); write it as a [tool.factlint] section "
                "with lines like about = 0.05"
            )
    return _config(table, file, where, text)


def _read(path: Path) -> str:
    where = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as ex:
        what = "a folder, not a file" if path.is_dir() else f"cannot read it ({ex.strerror})"
        raise ConfigError(f"{where}: {what}; make it a readable TOML file, or remove it") from ex
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as ex:
        line = data.count(b"\n", 0, ex.start) + 1
        raise ConfigError(
            f"{where}:{line}:1: not UTF-8 (got byte 0x{data[ex.start]:02x}); save it as UTF-8"
        ) from ex


def load_policy(folder: Path) -> Policy:
    """The policy of the project ``folder`` is in (its config, or one above it)."""
    return load_config(folder).policy


def _where(path: str, text: str, key: str, table: str = "") -> str:
    """``path:line:column`` of the line that sets ``key`` (in ``[table]`` when given), or
    the path alone."""
    start = 0
    if table:
        header = re.search(rf"^\s*\[\s*{re.escape(table)}\s*\]", text, re.MULTILINE)
        start = header.end() if header else 0
    pattern = re.compile(
        rf"^(\s*)(?:\"{re.escape(key)}\"|{re.escape(key)}|\[tool\.{re.escape(key)}\])\s*=?",
        re.MULTILINE,
    )
    found = pattern.search(text, start)
    if found is None:
        return path
    line = text.count("\n", 0, found.start()) + 1
    return f"{path}:{line}:{len(found.group(1)) + 1}"


def _strings(value: object, where: str, key: str) -> tuple[str, ...]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        what, example = ("a path", "docs") if key == "documents" else ("a pattern", "*.md")
        raise ConfigError(
            f"{where}: {key} = {value!r} must be {what} or a list of them, "
            f'such as {key} = ["{example}"]'
        )
    return tuple(values)


def _config(table: dict[str, object], file: Path, path: str, text: str) -> Config:
    policy: dict[str, float] = {}
    settings: dict[str, object] = {}
    folder = file.parent
    for key, value in table.items():
        where = _where(path, text, key)
        if key not in KNOWN:
            close = difflib.get_close_matches(key, KNOWN, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise ConfigError(f"{where}: unknown setting {key!r}; {hint}known: {', '.join(KNOWN)}")
        if key in POLICY_KEYS:
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
                raise ConfigError(
                    f"{where}: {key} = {value!r} must be a fraction such as 0.05 (5%), "
                    "at least 0 and below 1"
                )
            policy[key] = float(value)
        elif key in PATH_KEYS:
            if not isinstance(value, str) or not value:
                raise ConfigError(
                    f'{where}: {key} = {value!r} must be a folder, such as {key} = "{key}"'
                )
            settings[key] = folder / value
        elif key == "documents":
            settings[key] = tuple(folder / v for v in _strings(value, where, key))
        elif key == "glob":
            settings[key] = _strings(value, where, key)
        elif key == "main_text":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: main_text = {value!r} must be true or false")
            settings[key] = value
        elif key == "fail_on":
            if value not in FAIL_ON:
                raise ConfigError(
                    f"{where}: fail_on = {value!r} must be one of {', '.join(FAIL_ON)}"
                )
            settings[key] = value
        elif key == "claimreview":
            section = "tool.factlint.claimreview" if file.name == PYPROJECT else "claimreview"
            settings["publisher"] = _publisher(value, path, text, section)
    return Config(policy=Policy(**policy), file=file, **settings)  # type: ignore[arg-type]


_EXAMPLE = 'author = "The Data Desk"'


def _publisher(table: object, path: str, text: str, section: str) -> Publisher:
    """The [claimreview] table, each value checked where it is written."""
    if not isinstance(table, dict):
        raise ConfigError(
            f"{_where(path, text, 'claimreview')}: claimreview must be a table, [{section}]"
        )
    known = sorted(f.name for f in fields(Publisher))
    for key, value in table.items():
        at = _where(path, text, key, section)
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise ConfigError(
                f"{at}: unknown setting {key!r} in [{section}]; {hint}known: {', '.join(known)}"
            )
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{at}: {key} = {value!r} must be non-empty text, such as {_EXAMPLE}")
    if "author" not in table:
        raise ConfigError(f"{_where(path, text, f'[{section}]')}: [{section}] needs {_EXAMPLE}")
    for key in ("author_url", "url"):
        value = str(table.get(key, ""))
        if value and not value.lower().startswith(("http://", "https://")):
            raise ConfigError(
                f"{_where(path, text, key, section)}: {key} = {value!r} must be a web address "
                "starting with https://"
            )
    kind = table.get("author_type", "Organization")
    if kind not in ("Organization", "Person"):
        raise ConfigError(
            f"{_where(path, text, 'author_type', section)}: author_type = {kind!r} must be "
            "'Organization' or 'Person'"
        )
    return Publisher(
        author=str(table["author"]).strip(),
        author_url=str(table.get("author_url", "")).strip(),
        author_type="Person" if kind == "Person" else "Organization",
        url=str(table.get("url", "")).strip(),
    )


def publisher_of(config: Config) -> Publisher:
    """Who signs the ClaimReview records; without a [claimreview] table, say where to add
    one."""
    if config.publisher is not None:
        return config.publisher
    where = display_path(config.file) if config.file else PYPROJECT
    section = (
        "claimreview"
        if config.file and config.file.name == CONFIG_FILE
        else "tool.factlint.claimreview"
    )
    raise ConfigError(
        f"{where}: --claimreview needs to know who publishes the reviews: "
        f"add [{section}] with {_EXAMPLE}"
    )
