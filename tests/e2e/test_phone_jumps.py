"""On a phone (390x844) the filters come after every result, and a document's details after its whole text: a link
at the top of each page reaches them at once, with or without JavaScript (issue 21).  Measured from the boxes of the
elements; labels read from the page."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import screenshot

PHONE = {"width": 390, "height": 844}
KL57 = "57-kl-tw-2023"


@pytest.fixture(params=[True, False], ids=["javascript", "no-javascript"])
def phone_page(request, browser, server):
    context = browser.new_context(
        viewport=PHONE,
        base_url=server.url,
        is_mobile=True,
        has_touch=True,
        java_script_enabled=request.param,
        locale="vi-VN",
    )
    page = context.new_page()
    page.scripts = request.param
    yield page
    context.close()


def on_first_screen(box: dict) -> bool:
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]


def on_screen(locator, *, top_half: bool = False) -> bool:
    """Whether the element's top is on screen (in its upper half): its box is relative to the viewport."""
    box = locator.bounding_box()
    bottom = PHONE["height"] / 2 if top_half else PHONE["height"]
    return box is not None and 0 <= box["y"] < bottom and 0 <= box["x"] < PHONE["width"]


@pytest.mark.parametrize(
    "url,link_name,target,shown,shot",
    [
        ("/search?q=thong+tin", "Bộ lọc", "#facets-heading", ".facet summary", "11-phone-filters"),
        (f"/doc/{KL57}", "Thông tin văn bản", "#doc-details", ".doc-aside dt", "12-phone-details"),
    ],
    ids=["filters", "document-details"],
)
def test_a_link_on_the_first_screen_reaches_what_comes_last(phone_page, url, link_name, target, shown, shot):
    phone_page.goto(url)
    variant = "js" if phone_page.scripts else "no-js"
    link = phone_page.get_by_role("link", name=link_name, exact=True)
    expect(link).to_be_visible()
    assert on_first_screen(link.bounding_box()), link.bounding_box()
    screenshot(phone_page, f"{shot}-link-{variant}")
    heading = phone_page.locator(target)
    far = heading.bounding_box()["y"]
    assert far > 2 * PHONE["height"], far  # without the link: screens of scrolling
    assert heading.inner_text().strip() == link_name  # the link says where it goes
    link.click()
    expect(heading).to_be_in_viewport()
    assert on_screen(heading, top_half=True), heading.bounding_box()  # at the top, what it heads below it
    assert on_screen(phone_page.locator(shown).first)
    screenshot(phone_page, f"{shot}-{variant}")


def test_the_jump_links_stay_out_of_a_wide_screen(page):
    """Beside the results and the text, the filters and the details need no link."""
    page.goto("/search?q=thong+tin")
    expect(page.locator(".jump-link")).to_be_hidden()
    expect(page.locator("#facets-heading")).to_be_in_viewport()
    page.goto(f"/doc/{KL57}")
    expect(page.locator(".jump-link")).to_be_hidden()
    expect(page.locator("#doc-details")).to_be_in_viewport()


def test_no_filters_no_filter_link(phone_page):
    phone_page.goto("/search?q=xyzzyqqq")
    expect(phone_page.locator(".empty")).to_be_visible()
    expect(phone_page.get_by_role("link", name="Bộ lọc", exact=True)).to_have_count(0)
    expect(phone_page.locator("#facets-heading")).to_have_count(0)
