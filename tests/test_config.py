"""The comparison policy from pyproject.toml or factlint.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config import Policy, load_policy
from factlint.errors import ConfigError


def test_defaults_without_configuration(tmp_path: Path) -> None:
    assert load_policy(tmp_path) == Policy(
        about=0.05, nearly=0.05, multiple=0.05, fx=0.02, fx_longer=0.05
    )


def test_pyproject_section(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.factlint]\nabout = 0.1\n", encoding="utf-8")
    assert load_policy(tmp_path) == Policy(about=0.1, nearly=0.05)


def test_factlint_toml_wins(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.factlint]\nabout = 0.1\n", encoding="utf-8")
    (tmp_path / "factlint.toml").write_text("nearly = 0.02\n", encoding="utf-8")
    assert load_policy(tmp_path) == Policy(about=0.05, nearly=0.02)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("abut = 0.1\n", r"factlint.toml:1:1: unknown setting 'abut'; did you mean 'about'\?"),
        ("about = 5\n", "factlint.toml:1:1: about = 5 must be a fraction such as 0.05"),
        ("nearly = 0.05\n  fx = -0.1\n", "factlint.toml:2:3: fx = -0.1 must be a fraction"),
        ("fx = true\n", "fx = True must be a fraction"),
        ("fx = '2%'\n", "fx = '2%' must be a fraction"),
        ("tolerance = 0.1\n", "unknown setting 'tolerance'; known: about, claims, documents"),
    ],
)
def test_bad_settings_are_named(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "factlint.toml").write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_policy(tmp_path)


def test_about_widens_the_interval(claims_of: object, tmp_path: Path) -> None:
    from conftest import ROOT, make_document
    from factlint.claims.assemble import assemble
    from factlint.references import load_references

    references = load_references(ROOT / "references")
    text = "China-Russia trade reached about $240 billion in 2024."
    narrow, _ = assemble(make_document(text), references, Policy(about=0.0))
    wide, _ = assemble(make_document(text), references, Policy(about=0.1))
    assert (narrow[0].lower, narrow[0].upper) == (235.0, 245.0)
    assert (wide[0].lower, wide[0].upper) == pytest.approx((211.0, 269.0))


def test_every_setting_is_read_from_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = 'x'\n\n[tool.factlint]\nmultiple = 0.1\nfx = 0.03\nfx_longer = 0.06\n",
        encoding="utf-8",
    )
    assert load_policy(tmp_path) == Policy(multiple=0.1, fx=0.03, fx_longer=0.06)


def test_a_bad_setting_in_pyproject_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = 'x'\n\n[tool.factlint]\nfx = 2\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"pyproject.toml:5:1: fx = 2 must be a fraction"):
        load_policy(tmp_path)
