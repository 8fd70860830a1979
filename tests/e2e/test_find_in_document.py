"""Find in a document (issue 23) in a real browser: an unaccented word typed in the page's box, its matches
counted, the next one scrolled into view and marked current; without JavaScript the server still marks them."""

import re

from playwright.sync_api import expect

CAO_BANG = "ke-hoach-ban-thuong-vu-tinh-uy-cao-bang-66144a8a"  # corpus/000: "biên giới" in several places


def in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_typed_without_diacritics_counted_and_stepped_through(page):
    page.goto(f"/doc/{CAO_BANG}")
    box = page.get_by_label("Tìm trong văn bản")
    box.fill("bien gioi")
    box.press("Enter")
    expect(page).to_have_url(re.compile(rf"/doc/{CAO_BANG}\?q=bien\+gioi"))
    counter = page.locator("form.find-in-doc .find-count")
    expect(counter).to_have_text(re.compile(r"^1/\d+$"))
    marks = page.locator(".doc-text mark")
    total = marks.count()
    assert total >= 3 and counter.inner_text() == f"1/{total}"
    expect(marks.nth(0)).to_have_class(re.compile(r"\bcurrent\b"))
    # The second match: counted, marked current (the first no longer), scrolled into view.
    page.get_by_role("button", name="Chỗ sau").click()
    expect(counter).to_have_text(f"2/{total}")
    second = marks.nth(1)
    expect(second).to_have_class(re.compile(r"\bcurrent\b"))
    expect(second).to_have_attribute("aria-current", "true")
    expect(marks.nth(0)).not_to_have_class(re.compile(r"\bcurrent\b"))
    assert re.fullmatch(r"(?i)biên|giới|biên giới", second.inner_text())
    page.wait_for_function(
        "() => { const r = document.querySelector('.doc-text mark.current').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )
    assert in_viewport(page, second)
    # Back past the first: the last one.
    page.get_by_role("button", name="Chỗ trước").click()
    page.get_by_role("button", name="Chỗ trước").click()
    expect(counter).to_have_text(f"{total}/{total}")
    expect(marks.nth(total - 1)).to_have_class(re.compile(r"\bcurrent\b"))


def test_a_word_the_document_lacks_says_so(page):
    page.goto(f"/doc/{CAO_BANG}?q=zzzkhongco&find=1")
    expect(page.locator("form.find-in-doc .find-count")).to_have_text("Không thấy")
    expect(page.get_by_role("button", name="Chỗ sau")).to_be_disabled()


def test_without_javascript_the_box_still_marks_the_words(page_without_js):
    page = page_without_js
    page.goto(f"/doc/{CAO_BANG}")
    box = page.locator("#find-q")
    box.fill("bien gioi")
    box.press("Enter")
    expect(page.locator(".doc-text mark").first).to_be_visible()
    expect(page.locator("form.find-in-doc .find-steps")).to_be_hidden()
