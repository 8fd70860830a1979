"""Issue 23 in a real browser: a year typed as a field in the search box (``nam:2023``) becomes the date-range
chip, the results re-sorted newest first by the form's select, the Atom link offered, and in a document opened
from them the find box steps to its second match, scrolled into view and marked current."""

import re
from datetime import date

from playwright.sync_api import expect

from tests.e2e.test_find_in_document import in_viewport


def shown_dates(page) -> list[date]:
    texts = page.locator(".result-list .result .meta .date").all_inner_texts()
    return [
        date(int(y), int(m), int(d)) for d, m, y in (re.search(r"(\d\d)/(\d\d)/(\d{4})", x).groups() for x in texts)
    ]


def test_a_typed_year_sorted_newest_then_found_in_a_document(page):
    page.goto("/search")
    box = page.locator("#q")
    box.fill("nam:2023 thong tin doi ngoai")
    box.press("Enter")
    # The field became the range: its chip, the words left in the box, results of 2023 only.
    expect(page).to_have_url(re.compile(r"/search\?q=nam%3A2023"))
    chip = page.locator(".active-filters a.chip", has_text="01/01/2023")
    expect(chip).to_contain_text("31/12/2023")
    expect(page.locator("#q")).to_have_value("thong tin doi ngoai")
    results = page.locator(".result-list .result")
    expect(results.first).to_be_visible()
    assert results.count() >= 2 and all(d.year == 2023 for d in shown_dates(page))
    # Newest first, by the select and the form's button.
    page.locator("#sort").select_option("newest")
    page.get_by_role("button", name="Tìm", exact=True).click()
    expect(page).to_have_url(re.compile(r"sort=newest"))
    expect(page.locator(".active-filters a.chip", has_text="01/01/2023")).to_be_visible()  # the range kept
    dates = shown_dates(page)
    assert len(dates) >= 2 and dates == sorted(dates, reverse=True) and all(d.year == 2023 for d in dates)
    # The Atom feed of this search is offered.
    feed = page.locator("a.feed-link")
    expect(feed).to_be_visible()
    assert "/search.atom?" in feed.get_attribute("href")
    assert page.locator('link[rel=alternate][type="application/atom+xml"]').count() == 1
    # Open the newest document and find in it: the second match is current and in view.
    page.locator(".result-list .result h2 a").first.click()
    expect(page).to_have_url(re.compile(r"/doc/"))
    find = page.get_by_label("Tìm trong văn bản")
    find.fill("thong tin")
    find.press("Enter")
    counter = page.locator("form.find-in-doc .find-count")
    expect(counter).to_have_text(re.compile(r"^1/\d+$"))
    marks = page.locator(".doc-text mark")
    total = marks.count()
    assert total >= 2
    page.get_by_role("button", name="Chỗ sau").click()
    expect(counter).to_have_text(f"2/{total}")
    second = marks.nth(1)
    expect(second).to_have_class(re.compile(r"\bcurrent\b"))
    expect(marks.nth(0)).not_to_have_class(re.compile(r"\bcurrent\b"))
    page.wait_for_function(
        "() => { const r = document.querySelector('.doc-text mark.current').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )
    assert in_viewport(page, second)
