"""report.html in a real headless browser (Chromium through Playwright): filters, the
evidence panel and where it sits, moving between flags by key and button, the phone
layout, Markdown, and axe-core's accessibility rules. CI installs Chromium; elsewhere,
without a browser, these tests are skipped with the reason.

The screenshots under docs/ are taken here; ``make screenshots`` refreshes them.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import factlint
from conftest import ROOT, SEED
from factlint.documents import load_documents
from factlint.report import Report
from factlint.report.html import render
from factlint.verdicts.reviews import Review

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

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
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
UNVERIFIED = (
    "\nIn 2019, trade between Russia and China reached $110 billion.\n"
    "\nIn 2018, trade between Russia and China reached $107 billion.\n"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def two_of_each(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """A Markdown document with two flags and two unverified claims, and the seed, read
    from files as factlint check reads them."""
    folder = tmp_path_factory.mktemp("docs")
    text = SEED.read_text(encoding="utf-8")
    changed = text.replace("$245 billion", "**$254 billion**").replace(
        "fifth largest", "fourth largest"
    )
    (folder / "news.md").write_text(
        "# Partners\n\n" + changed + UNVERIFIED + "\n- a *listed* point\n", encoding="utf-8"
    )
    (folder / "seed.txt").write_text(text, encoding="utf-8")
    (folder / "documents.csv").write_text(
        "path,title,outlet,url,published\n"
        "news.md,Trade <news>,,https://example.com/news,2025-01-21\n"
        "seed.txt,,,,2025-01-21\n",
        encoding="utf-8",
    )
    report = factlint.check(load_documents(folder), ROOT / "references")
    assert report.count("flag") == 2 and report.count("unverified") == 2
    return report


def open_page(browser: Browser, report: Report, folder: Path, viewport: dict[str, int]) -> Page:
    path = folder / "report.html"
    path.write_text(render(report), encoding="utf-8")
    page = browser.new_page(viewport=viewport)  # type: ignore[arg-type]
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page


@pytest.fixture
def desktop(browser: Browser, two_of_each: Report, tmp_path: Path) -> Iterator[Page]:
    page = open_page(browser, two_of_each, tmp_path, DESKTOP)
    yield page
    page.close()


@pytest.fixture
def phone(browser: Browser, two_of_each: Report, tmp_path: Path) -> Iterator[Page]:
    page = open_page(browser, two_of_each, tmp_path, PHONE)
    yield page
    page.close()


def visible(page: Page, selector: str) -> int:
    return int(
        page.locator(selector).evaluate_all(
            "els => els.filter(e => e.offsetParent !== null).length"
        )
    )


def highlighted(page: Page, selector: str) -> int:
    """Claims in the text whose highlight is showing (the text itself always stays)."""
    script = (
        "els => els.filter(e => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)').length"
    )
    return int(page.locator(selector).evaluate_all(script))


def current(page: Page) -> str:
    """The id of the claim the panel shows."""
    return str(page.evaluate("document.querySelector('a.claim.current').id"))


def ids(page: Page, verdict: str) -> list[str]:
    return [
        str(i)
        for i in page.locator(f'a.claim[data-verdict="{verdict}"]').evaluate_all(
            "els => els.map(e => e.id)"
        )
    ]


# Where the claim sits against what could hide it: the window, the panel, and the
# toolbar when it sticks to the top.
PLACEMENT = """link => {
  const r = link.getBoundingClientRect();
  const p = document.getElementById('panel').getBoundingClientRect();
  const bar = document.getElementById('toolbar');
  const sticky = getComputedStyle(bar).position === 'sticky';
  const b = bar.getBoundingClientRect();
  return {
    inWindow: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
    underPanel: r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom,
    underToolbar: sticky && r.top < b.bottom && b.top < r.bottom,
  };
}"""


def assert_in_plain_sight(page: Page, claim_id: str) -> None:
    placement: dict[str, bool] = page.locator(f"#{claim_id}").evaluate(PLACEMENT)
    assert placement == {"inWindow": True, "underPanel": False, "underToolbar": False}, claim_id


def test_every_claim_is_highlighted_and_the_toolbar_shows_once_scripts_run(
    desktop: Page, two_of_each: Report
) -> None:
    assert visible(desktop, "a.claim") == len(two_of_each.verdicts)
    assert desktop.locator("#toolbar").is_visible()


def test_the_page_opens_on_the_first_flag(desktop: Page, two_of_each: Report) -> None:
    first = next(v for v in two_of_each.verdicts if v.verdict == "flag")
    assert desktop.locator("#panel").is_visible()
    assert first.explanation in desktop.locator("#panel").inner_text()
    assert current(desktop) == ids(desktop, "flag")[0]
    assert desktop.locator("#position").inner_text() == "Flag 1 of 2"
    assert_in_plain_sight(desktop, current(desktop))


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_evidence_panel_never_covers_the_claim_it_shows(
    viewport: str, request: pytest.FixtureRequest
) -> None:
    page: Page = request.getfixturevalue(viewport)
    claims = page.locator("a.claim")
    for index in range(claims.count()):  # every claim, the last ones near the page's end too
        claims.nth(index).evaluate("link => link.click()")
        assert page.locator("#panel").is_visible()
        assert_in_plain_sight(page, str(claims.nth(index).get_attribute("id")))


def test_keys_move_from_flag_to_flag_and_between_unverified_claims(desktop: Page) -> None:
    flags, unverified = ids(desktop, "flag"), ids(desktop, "unverified")
    keyboard = desktop.keyboard

    keyboard.press("n")
    assert (
        current(desktop) == flags[1] and desktop.evaluate("document.activeElement.id") == flags[1]
    )
    assert desktop.locator("#position").inner_text() == "Flag 2 of 2"
    keyboard.press("n")
    assert current(desktop) == flags[0]  # round to the first after the last
    keyboard.press("p")
    assert current(desktop) == flags[1]
    keyboard.press("Shift+N")  # the first unverified claim after the second flag
    assert current(desktop) == unverified[0]
    assert desktop.locator("#position").inner_text() == "Unverified claim 1 of 2"
    keyboard.press("Shift+N")
    assert current(desktop) == unverified[1]
    keyboard.press("Shift+P")
    assert current(desktop) == unverified[0]
    for claim_id in (current(desktop),):
        assert_in_plain_sight(desktop, claim_id)
    keyboard.press("Escape")
    assert not desktop.locator("#panel").is_visible()


def test_buttons_move_the_same_way(phone: Page) -> None:
    flags, unverified = ids(phone, "flag"), ids(phone, "unverified")
    phone.get_by_role("button", name="Next unverified").click()
    assert current(phone) == unverified[0]
    phone.locator("#panel").get_by_role("button", name="Next", exact=True).click()
    assert current(phone) == unverified[1]  # the panel's buttons keep to the kind open
    phone.get_by_role("button", name="Previous flag").click()
    assert current(phone) == flags[1]
    assert_in_plain_sight(phone, flags[1])
    assert phone.get_by_role("button", name="Next flag").get_attribute("aria-keyshortcuts") == "n"


def test_the_claim_period_entities_and_metric_stand_beside_the_fact(desktop: Page) -> None:
    rows = desktop.locator("#panel table.compare tbody tr")
    cells = [[c.strip() for c in rows.nth(i).locator("th, td").all_inner_texts()] for i in range(3)]
    assert cells == [
        ["period", "2024", "2024"],
        ["entities", "PUTIN, CHN, RUS", "CHN, RUS"],
        ["metric", "bilateral_trade", "bilateral_trade"],
    ]


def test_a_period_mismatch_is_marked_in_words_and_colour(
    browser: Browser, two_of_each: Report, tmp_path: Path
) -> None:
    flag = next(v for v in two_of_each.verdicts if v.verdict == "flag")
    moved = flag.model_copy(update={"claim": flag.claim.model_copy(update={"period": "2023"})})
    verdicts = [moved if v is flag else v for v in two_of_each.verdicts]
    page = open_page(
        browser, two_of_each.model_copy(update={"verdicts": verdicts}), tmp_path, DESKTOP
    )
    period = page.locator("#panel table.compare tbody tr").first
    assert period.inner_text().split("\t") == ["period", "2023", "2024 differs"]
    colour = period.locator("td.differs").evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour != "rgba(0, 0, 0, 0)"
    page.close()


def test_a_phone_reads_everything_without_sideways_scrolling(phone: Page) -> None:
    width = "document.documentElement.scrollWidth"
    assert phone.evaluate(width) <= PHONE["width"]  # the first flag's panel is open
    phone.keyboard.press("Escape")
    assert phone.evaluate(width) <= PHONE["width"]
    cell = phone.locator("#claims-table td.explanation").first
    assert cell.evaluate("e => getComputedStyle(e).display") == "block"  # a card, not a row
    label = cell.evaluate("e => getComputedStyle(e, '::before').content")
    assert label == '"explanation"'


def test_markdown_is_rendered_not_shown_as_markup(desktop: Page) -> None:
    document = desktop.locator("section.document").first
    assert document.locator(".text h1").inner_text() == "Partners"
    assert document.locator(".text li em").inner_text() == "listed"
    assert document.locator(".text strong a.claim.v-flag").inner_text() == "$254 billion"
    text = document.locator(".text").inner_text()
    assert "**" not in text and "# Partners" not in text
    assert desktop.locator("section.document h2").first.inner_text() == "Trade <news>"


def test_unticking_passed_unhighlights_passed_claims_and_hides_their_rows(
    desktop: Page, two_of_each: Report
) -> None:
    passed = sum(v.verdict == "pass" for v in two_of_each.verdicts)
    box = desktop.locator('#filters input[data-filter="pass"]')
    assert highlighted(desktop, 'a.claim[data-verdict="pass"]') == passed
    box.uncheck()
    assert highlighted(desktop, 'a.claim[data-verdict="pass"]') == 0
    assert highlighted(desktop, 'a.claim[data-verdict="flag"]') == two_of_each.count("flag")
    assert visible(desktop, "tr.v-pass") == 0
    assert visible(desktop, "tr.v-flag") == two_of_each.count("flag")
    box.check()
    assert visible(desktop, "tr.v-pass") == passed


def test_clicking_a_claim_opens_its_evidence_and_escape_returns_to_it(
    desktop: Page, two_of_each: Report
) -> None:
    unverified = next(v for v in two_of_each.verdicts if v.verdict == "unverified")
    desktop.locator('a.claim[data-verdict="unverified"]').first.click()
    panel = desktop.locator("#panel")
    assert unverified.explanation in panel.inner_text()
    assert desktop.evaluate("document.activeElement.id") == "panel-close"
    desktop.keyboard.press("Escape")
    assert not panel.is_visible()
    assert desktop.evaluate("document.activeElement.id") == ids(desktop, "unverified")[0]


def test_unticking_ignored_hides_the_claims_an_analyst_set_aside(
    browser: Browser, two_of_each: Report, tmp_path: Path
) -> None:
    flagged = next(v for v in two_of_each.verdicts if v.verdict == "flag")
    review = Review(claim_id=flagged.claim.id, action="ignore", reason="a forecast")
    verdicts = [
        v.model_copy(update={"review": review}) if v is flagged else v for v in two_of_each.verdicts
    ]
    page = open_page(
        browser, two_of_each.model_copy(update={"verdicts": verdicts}), tmp_path, DESKTOP
    )
    assert visible(page, "tr.ignored") == 1
    assert highlighted(page, "a.claim.ignored") == 1
    assert page.locator("#position").inner_text() == "Flag 1 of 1"  # ignored ones are skipped
    page.locator('#filters input[data-filter="ignored"]').uncheck()
    assert visible(page, "tr.ignored") == 0
    assert highlighted(page, "a.claim.ignored") == 0
    page.close()


AXE = resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations of WCAG 2.x A and AA and its best practices."""
    page.add_script_tag(content=AXE)
    result: dict[str, Any] = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
    )
    return [
        {"id": v["id"], "nodes": [n["target"] for n in v["nodes"]]} for v in result["violations"]
    ]


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_axe_finds_no_violations_with_the_panel_open_or_closed(
    viewport: str, request: pytest.FixtureRequest
) -> None:
    page: Page = request.getfixturevalue(viewport)
    assert axe_violations(page) == []
    page.keyboard.press("Escape")
    assert axe_violations(page) == []


def test_axe_catches_the_low_contrast_chip_the_page_once_had(desktop: Page) -> None:
    desktop.add_style_tag(content=".counts .v-pass { color: #2e7d32; }")
    assert [v["id"] for v in axe_violations(desktop)] == ["color-contrast"]


def png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


@pytest.mark.parametrize(("viewport", "size"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_screenshot_of_the_first_flag(
    viewport: str, size: dict[str, int], request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    page: Page = request.getfixturevalue(viewport)
    shot = tmp_path / f"report-html-{viewport}.png"
    page.screenshot(path=str(shot))
    assert png_size(shot) == (size["width"], size["height"])
    if os.environ.get("FACTLINT_UPDATE_SCREENSHOTS"):
        shutil.copyfile(shot, ROOT / "docs" / shot.name)
    assert (ROOT / "docs" / shot.name).exists(), "run `make screenshots` and commit docs/*.png"
