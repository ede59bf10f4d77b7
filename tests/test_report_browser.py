"""report.html in a real headless browser: the filters hide claims by verdict and a
click on a claim opens its evidence. CI installs Chromium; elsewhere, without a browser,
these tests are skipped with the reason."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from factlint.report import Report
from factlint.report.html import render

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def page(report: Report, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    sync_api = pytest.importorskip("playwright.sync_api")
    path: Path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render(report), encoding="utf-8")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.goto(path.as_uri())
        yield page
        browser.close()


def visible(page: Page, selector: str) -> int:
    return int(
        page.locator(selector).evaluate_all(
            "els => els.filter(e => e.offsetParent !== null).length"
        )
    )


def test_every_claim_is_highlighted_and_filters_show_once_scripts_run(
    page: Page, report: Report
) -> None:
    assert visible(page, "a.claim") == len(report.verdicts)
    assert page.locator("#filters").is_visible()


def highlighted(page: Page, selector: str) -> int:
    """Claims in the text whose highlight is showing (the text itself always stays)."""
    script = (
        "els => els.filter(e => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)').length"
    )
    return int(page.locator(selector).evaluate_all(script))


def test_unticking_passed_unhighlights_passed_claims_and_hides_their_rows(
    page: Page, report: Report
) -> None:
    passed = sum(v.verdict == "pass" for v in report.verdicts)
    box = page.locator('#filters input[data-filter="pass"]')
    assert highlighted(page, 'a.claim[data-verdict="pass"]') == passed
    box.uncheck()
    assert highlighted(page, 'a.claim[data-verdict="pass"]') == 0
    assert highlighted(page, 'a.claim[data-verdict="flag"]') == report.count("flag")
    assert visible(page, "tr.v-pass") == 0
    assert visible(page, "tr.v-flag") == report.count("flag")
    box.check()
    assert visible(page, "tr.v-pass") == passed


def test_clicking_a_flagged_claim_opens_its_evidence(page: Page, report: Report) -> None:
    flagged = next(v for v in report.verdicts if v.verdict == "flag")
    page.locator('a.claim[data-verdict="flag"]').first.click()
    panel = page.locator("#panel")
    assert panel.is_visible()
    assert flagged.explanation in panel.inner_text()
    page.keyboard.press("Escape")
    assert not panel.is_visible()


def test_unticking_ignored_hides_the_claims_an_analyst_set_aside(
    page: Page, report: Report, tmp_path: Path
) -> None:
    from factlint.verdicts.reviews import Review

    flagged = next(v for v in report.verdicts if v.verdict == "flag")
    review = Review(claim_id=flagged.claim.id, action="ignore", reason="a forecast")
    verdicts = [
        v.model_copy(update={"review": review}) if v is flagged else v for v in report.verdicts
    ]
    path = tmp_path / "report.html"
    path.write_text(render(report.model_copy(update={"verdicts": verdicts})), encoding="utf-8")
    browser = page.context.browser
    assert browser is not None
    reviewed = browser.new_page()  # the same browser, a page of its own
    reviewed.goto(path.as_uri())
    assert visible(reviewed, "tr.ignored") == 1
    assert highlighted(reviewed, "a.claim.ignored") == 1
    reviewed.locator('#filters input[data-filter="ignored"]').uncheck()
    assert visible(reviewed, "tr.ignored") == 0
    assert highlighted(reviewed, "a.claim.ignored") == 0
    assert visible(reviewed, "tr.v-flag") == report.count("flag") - 1
    reviewed.close()
