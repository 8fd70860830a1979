"""Implementation chains in a real browser: down from the Politburo conclusion to a commune plan through the
district plan the archive lacks, and back up; the missing list and a missing number's page."""

import re

from playwright.sync_api import expect

from tests.e2e.conftest import screenshot

KL57 = "57-kl-tw-2023"
CAM_TAN = "ke-hoach-uy-ban-nhan-dan-xa-cam-tan-70673bec"


def test_from_a_search_down_the_chain_to_a_commune_plan_and_back_up(page):
    page.goto("/search?q=tiếp+tục+nâng+cao+chất+lượng+thông+tin+đối+ngoại&doc_type=Kết+luận")
    page.locator(".result h2 a").first.click()
    expect(page).to_have_url(re.compile(rf"/doc/{KL57}"))
    expect(page.locator(".chain-panel .chain-summary")).to_have_text(
        "4 văn bản thực hiện 57-KL/TW: 2 cấp tỉnh, 1 cấp huyện, 1 cấp xã"
    )
    page.get_by_role("link", name="Xem chuỗi thực hiện").click()
    expect(page).to_have_url(re.compile(rf"/doc/{KL57}/chain$"))
    # The tree, read from the page: conclusion -> placeholder of the district plan 216/KH-UBND -> commune plan.
    commune = page.locator(f'.chain-node:has(> a[href="/doc/{CAM_TAN}"])')
    expect(commune).to_have_count(1)
    path = commune.evaluate(
        """node => { const path = [];
            for (let n = node; n; n = n.parentElement.closest('.chain-node'))
                path.unshift([n.className, n.querySelector(':scope > a').textContent.trim()]);
            return path; }"""
    )
    assert [cls.split()[1] for cls, _ in path] == ["level-central", "level-district", "level-commune"]
    assert path[0][1] == "Kết luận 57-KL/TW của Bộ Chính trị"
    assert "chain-missing" in path[1][0] and re.fullmatch(
        r"Kế hoạch 216/KH-UBND của huyện [UỦ][ỷy] huyện Cẩm Th[uủ][ỷy]", path[1][1]
    )
    assert re.fullmatch(r"Kế hoạch của [UỦ][ỷy] ban nhân dân xã Cẩm Tân", path[2][1])
    placeholder = page.locator(".chain-node.chain-missing.level-district")
    expect(placeholder.locator("> .missing")).to_have_text("(chưa có trong kho)")
    # Each level is indented under the one above it: the boxes say the tree is a tree.
    boxes = [page.locator(f'.chain-node:has(> a:text-is("{text}")) > a').bounding_box() for _, text in path]
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]
    # Every level is named the one way: "Cấp huyện" for the Bắc Ninh city letter, never "thành phố".
    expect(page.locator('.chain-node:has(> a[href="/doc/401-cv-btg-bac-ninh-2023"]) > .chain-meta')).to_contain_text(
        "Cấp huyện"
    )
    placeholder.scroll_into_view_if_needed()
    screenshot(page, "07-chain")
    page.locator(f'.chain-node > a[href="/doc/{CAM_TAN}"]').click()
    expect(page.locator(".doc-byline")).to_contain_text(re.compile("ban nhân dân xã Cẩm Tân"))
    # Back up: the plan says what it implements, the archived conclusion linked, the district plan a placeholder.
    up = page.locator(".chain-panel .implements")
    expect(up).to_contain_text("216/KH-UBND")
    expect(up).to_contain_text("chưa có trong kho")
    up.get_by_role("link", name=re.compile(r"57-KL\/TW")).click()
    expect(page).to_have_url(re.compile(rf"/doc/{KL57}$"))
    screenshot(page, "08-chain-back-up")


def test_missing_documents_page(page):
    page.goto("/")
    page.get_by_role("link", name="Văn bản còn thiếu").click()
    row = page.locator("tr", has_text="16-KL/TW")
    expect(row).to_contain_text("2 văn bản dẫn chiếu")
    # What the citing sentences say: "Kết luận số 16-KL/TW, ngày 14/2/2012 của Bộ Chính trị khóa XI".
    said = row.locator("td.as-cited").inner_text()  # as the reader sees it, line by line
    assert re.fullmatch(r"Kết luận của Bộ Chính trị\s*\nNgày ký: 14/02/2012", said.strip()), said
    expect(row).to_contain_text("Trung ương")
    numbers = page.locator(".missing-table tbody th").all_text_contents()
    # Numbers as numbers: 348/QĐ-TTg before 1191/QĐ-TTg, 73-NQ/TU before 162-KH/TU (string order had them reversed).
    assert numbers.index("348/QĐ-TTg") < numbers.index("1191/QĐ-TTg")
    assert numbers.index("73-NQ/TU") < numbers.index("162-KH/TU")
    screenshot(page, "09-missing")
    row.get_by_role("link", name=re.compile(r"57-KL\/TW")).click()
    expect(page).to_have_url(re.compile(rf"/doc/{KL57}$"))


def test_a_placeholder_leads_to_its_row_on_the_missing_list(page):
    page.goto(f"/doc/{KL57}/chain")
    page.locator(".chain-node.chain-missing.level-district > a").click()
    expect(page).to_have_url(re.compile(r"/missing#so-216-kh-ubnd-thanh-hoa$"))
    row = page.locator("tr#so-216-kh-ubnd-thanh-hoa")
    expect(row).to_contain_text("Kế hoạch")
    expect(row).to_contain_text("25/12/2023")
    expect(row).to_contain_text("Cấp huyện · Thanh Hoá")
    assert 0 <= row.bounding_box()["y"] < page.viewport_size["height"]  # the browser scrolled to it


def test_a_missing_number_names_who_cites_it(page):
    response = page.goto("/so/16-KL/TW")
    assert response.status == 404
    cited_by = page.locator(".number-cited .cited-by a")
    expect(cited_by).to_have_count(2)
    expect(cited_by.first).to_have_text(re.compile(r"^Kế hoạch 06-KH/BCĐ của Ban Chỉ đạo"))
    screenshot(page, "10-missing-number")
    page.get_by_role("link", name="Văn bản dẫn chiếu số 16-KL/TW").click()
    expect(page.locator(".result")).to_have_count(2)
    expect(page.locator(".active-filters .chip")).to_contain_text("Dẫn chiếu số: 16-KL/TW")


def test_the_missing_list_and_the_chain_fit_a_phone(phone):
    for path, name in (("/missing", "09b-missing-phone"), (f"/doc/{KL57}/chain", "07b-chain-phone")):
        phone.goto(path)
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= phone.viewport_size["width"], (path, width)  # nothing to scroll sideways
        screenshot(phone, name)


def test_a_plans_tasks_from_its_page(page):
    """From a plan's page to its tasks: who leads, coordinates, is assigned, by when; a task leads to its item."""
    page.goto("/doc/06-kh-bcd-lang-son-2019")
    page.locator("a.tasks-link").click()
    rows = page.locator("table.tasks tbody tr")
    assert rows.count() >= 4
    first = page.locator("#task-III-1")
    assert "Ban Tuyên giáo Tỉnh" in first.inner_text() and "năm 2019" in first.locator("td.due").inner_text()
    screenshot(page, "13-tasks")
    first.locator("a").first.click()
    assert page.url.endswith("#III-1")
