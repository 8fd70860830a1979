"""The research portal in a real browser: search, facets, deep links, resolver, citations, no JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import screenshot

KL57 = "57-kl-tw-2023"


def in_viewport(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] < height and box["y"] + box["height"] > 0


def test_unaccented_query_facet_and_passage_link(page):
    page.goto("/")
    box = page.get_by_label("Tìm trong kho văn bản")
    box.fill("dang doan quoc hoi")
    box.press("Enter")
    expect(page.locator(".result").first).to_be_visible()
    screenshot(page, "01-search-unaccented")
    # Narrow with a facet: the type "Kết luận".
    page.locator(".facet").filter(has_text="Loại văn bản").get_by_role("checkbox", name=re.compile("Kết luận")).click()
    expect(page).to_have_url(re.compile(r"doc_type=K%E1%BA%BFt\+lu%E1%BA%ADn"))
    expect(page.locator(".result")).to_have_count(1)
    expect(page.locator(".chip")).to_contain_text("Kết luận")
    screenshot(page, "02-search-facet")
    # Open the passage: the target paragraph is in view, marked, and the query words highlighted.
    page.locator("a.passage").first.click()
    expect(page).to_have_url(re.compile(rf"/doc/{KL57}\?q=dang\+doan\+quoc\+hoi#III-2$"))
    target = page.locator("#III-2")
    expect(target).to_have_class(re.compile(r"\btarget\b"))
    expect(target.locator("mark").first).to_have_text(re.compile("Đảng đoàn Quốc hội", re.I))
    assert in_viewport(page, "#III-2")
    screenshot(page, "03-document-target")
    # The filter can be removed again.
    page.go_back()
    page.locator(".chip").first.click()
    expect(page.locator(".chip")).to_have_count(0)


def test_number_resolver(page):
    page.goto("/so/57 kl tw")
    expect(page).to_have_url(re.compile(rf"/doc/{KL57}$"))
    expect(page.locator("h1")).to_contain_text("tiếp tục nâng cao chất lượng")
    page.goto("/")
    page.get_by_label("Tìm trong kho văn bản").fill("KL57")
    page.get_by_label("Tìm trong kho văn bản").press("Enter")
    expect(page).to_have_url(re.compile(rf"/doc/{KL57}$"))


def test_copy_a_citation(page):
    page.goto(f"/doc/{KL57}#III-3")
    button = page.locator("#III-3 button.copy-citation")
    expect(button).to_be_visible()
    button.click()
    expect(button).to_have_text("Đã chép trích dẫn")
    copied = page.evaluate("navigator.clipboard.readText().catch(() => window.__lastCopiedCitation)")
    assert copied == "Kết luận 57-KL/TW ngày 15/06/2023 của Bộ Chính trị, mục III.3"
    screenshot(page, "04-citation-copied")


# The boxes of a paragraph's text lines and of its tools, from the page itself.
_BOXES = """(id) => {
    const para = document.getElementById(id);
    const range = document.createRange();
    range.selectNodeContents(para.querySelector('.para-text'));
    const lines = Array.from(range.getClientRects()).map(r => [r.left, r.top, r.right, r.bottom]);
    const tools = Array.from(para.querySelectorAll('.para-tools > *'))
        .filter(e => e.offsetParent !== null)
        .map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });
    return {lines, tools};
}"""


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, {"width": 390, "height": 844}])
@pytest.mark.parametrize("anchor", ["III-3", "III-1", "I-1"])
def test_the_citation_button_covers_no_text(page, viewport, anchor):
    """A deep link lands on a paragraph: its ¶ and "Chép trích dẫn" are shown, and cover none of its words."""
    page.set_viewport_size(viewport)
    page.goto(f"/doc/{KL57}#{anchor}")
    expect(page.locator(f"#{anchor} button.copy-citation")).to_be_visible()
    boxes = page.evaluate(_BOXES, anchor)
    assert boxes["lines"] and len(boxes["tools"]) == 2
    for tool in boxes["tools"]:
        assert not any(_overlaps(tool, line) for line in boxes["lines"]), (tool, boxes["lines"])
    if anchor == "III-3":
        screenshot(page, f"04b-citation-button-{viewport['width']}")


def test_everything_works_without_javascript(page_without_js):
    page = page_without_js
    page.goto("/")
    page.get_by_label("Tìm trong kho văn bản").fill("cong an xa")
    page.get_by_role("button", name="Tìm").click()
    expect(page.locator(".result").first).to_be_visible()
    page.locator(".facet").filter(has_text="Cấp").get_by_role("checkbox", name=re.compile("Cấp xã")).click()
    expect(page.locator(".result")).to_have_count(1)
    page.locator("a.passage").first.click()
    expect(page).to_have_url(re.compile(r"#V-4$"))
    # Without scripts the browser itself scrolls to the anchor and CSS :target marks it.
    assert in_viewport(page, "#V-4")
    expect(page.locator("#V-4 mark").first).to_have_text(re.compile("Công an xã", re.I))
    expect(page.locator("#V-4 button.copy-citation")).to_be_hidden()  # needs scripts: not offered
    expect(page.locator("#V-4 a.para-link")).to_have_attribute("title", re.compile("mục V.4"))
    screenshot(page, "05-no-javascript")


def test_keyboard_and_landmarks(page):
    page.goto("/search?q=thông+tin")
    page.keyboard.press("Tab")
    expect(page.locator("a.skip")).to_be_focused()
    page.keyboard.press("Enter")
    for role in ("banner", "main", "search", "contentinfo", "complementary"):
        expect(page.get_by_role(role).first).to_be_attached()
    page.keyboard.press("/")
    expect(page.get_by_label("Tìm trong kho văn bản")).to_be_focused()


def test_timeline_bar_filters_by_year(page):
    page.goto("/search?q=thông+tin+đối+ngoại")
    page.locator("svg.timeline a").first.click()
    expect(page).to_have_url(re.compile(r"year=2019"))
    expect(page.locator(".result")).to_have_count(1)


def test_english_switch_and_phone(phone):
    phone.goto("/search?q=thong+tin+doi+ngoai")
    phone.get_by_role("link", name="English").click()
    expect(phone.locator("h1")).to_contain_text("documents")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # nothing overflows sideways on a phone
    screenshot(phone, "06-phone-english")


def test_unknown_document_page(page):
    response = page.goto("/doc/khong-co-van-ban-nay")
    assert response.status == 404
    expect(page.get_by_role("search")).to_be_visible()


def test_the_timeline_shows_counts_and_years_undated_apart(page):
    page.goto("/search")
    svg = page.locator("svg.timeline")
    expect(svg).to_be_visible()
    counts = svg.locator("text.count")
    bars = svg.locator("rect.bar")
    assert counts.count() == bars.count() >= 2
    for k in range(bars.count()):
        bar, count = bars.nth(k).bounding_box(), counts.nth(k).bounding_box()
        assert count["width"] > 0 and count["y"] + count["height"] <= bar["y"] + 1  # above its bar, readable
    expect(svg.locator("text.year").last).to_have_text("Không ghi ngày")
    screenshot(page, "06-timeline-counts")
    svg.locator("a").last.click()
    expect(page).to_have_url(re.compile(r"year=none"))
    expect(page.locator(".chip")).to_contain_text("Không ghi ngày")
