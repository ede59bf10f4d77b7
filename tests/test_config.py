"""The comparison policy from pyproject.toml or factlint.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config import Policy, Publisher, load_config, load_policy, publisher_of
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
        (
            "tolerance = 0.1\n",
            "unknown setting 'tolerance'; known: about, claimreview, claims, documents",
        ),
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


def load_publisher(folder: Path) -> Publisher:
    return publisher_of(load_config(folder))


PUBLISHER = """[project]
name = "desk"
urls = { Homepage = "https://example.org" }

[tool.factlint]
about = 0.1

[tool.factlint.claimreview]
author = "The Data Desk"
author_url = "https://example.org/desk"
url = "https://example.org/factcheck/report.html"
"""


def test_the_claimreview_publisher_sits_beside_the_policy(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PUBLISHER, encoding="utf-8")
    assert load_policy(tmp_path) == Policy(about=0.1)
    assert load_publisher(tmp_path) == Publisher(
        author="The Data Desk",
        author_url="https://example.org/desk",
        url="https://example.org/factcheck/report.html",
    )


def test_factlint_toml_has_a_claimreview_table_of_its_own(tmp_path: Path) -> None:
    (tmp_path / "factlint.toml").write_text(
        'nearly = 0.02\n[claimreview]\nauthor = "A. Analyst"\nauthor_type = "Person"\n',
        encoding="utf-8",
    )
    assert load_policy(tmp_path) == Policy(nearly=0.02)
    assert load_publisher(tmp_path) == Publisher(author="A. Analyst", author_type="Person")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("about = 0.1\n", r"factlint.toml: --claimreview needs to know who publishes "
         r"the reviews: add \[claimreview\] with author = \"The Data Desk\""),
        ('about = 0.1\n[claimreview]\nurl = "https://example.org"\n',
         r"factlint.toml:2:1: \[claimreview\] needs author = \"The Data Desk\""),
        ('[claimreview]\nauthr = "x"\n',
         r"factlint.toml:2:1: unknown setting 'authr' in \[claimreview\]; did you mean 'author'\?"),
        ("[claimreview]\nauthor = 3\n", "factlint.toml:2:1: author = 3 must be non-empty text"),
        ('[claimreview]\nauthor = "  "\n', "factlint.toml:2:1: author = '  ' must be non-empty"),
        ('[claimreview]\nauthor = "D"\nurl = "example.org"\n',
         "factlint.toml:3:1: url = 'example.org' must be a web address starting with https://"),
        ('[claimreview]\nauthor = "D"\nauthor_type = "Team"\n',
         "factlint.toml:3:1: author_type = 'Team' must be 'Organization' or 'Person'"),
        ('claimreview = "D"\n', r"factlint.toml:1:1: claimreview must be a table, \[claimreview\]"),
    ],
)  # fmt: skip
def test_bad_claimreview_settings_are_named(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "factlint.toml").write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_publisher(tmp_path)


def test_a_bad_publisher_line_is_found_in_its_own_table(tmp_path: Path) -> None:
    text = PUBLISHER.replace('url = "https://example.org/factcheck', 'url = "ftp://example.org/x')
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pyproject.toml:11:1: url = 'ftp://example.org/x"):
        load_publisher(tmp_path)
