"""What the reports say about factlint itself: where it lives, and the rules page their
links point at."""

from __future__ import annotations

import re
import tomllib

from conftest import ROOT
from factlint.about import HOMEPAGE, RULES_PAGE
from factlint.report.rules import RULES, document


def test_the_homepage_is_the_one_the_package_declares() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["urls"]["Homepage"] == HOMEPAGE


def test_the_rules_page_is_generated_from_the_rules() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == document(), (
        "docs/rules.md is stale: run `make generated` and commit it"
    )


def test_every_rule_links_to_its_own_heading_on_the_rules_page() -> None:
    headings = re.findall(r"^## (.+)$", document(), flags=re.MULTILINE)
    # GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens.
    anchors = {re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-") for h in headings}
    for rule in RULES:
        page, _, anchor = rule.help_uri.partition("#")
        assert page == RULES_PAGE and anchor in anchors
    assert len(anchors) == len(RULES)
