"""Implementation chains in a real browser: down from the Politburo conclusion to a commune plan, and back up."""

import re

from playwright.sync_api import expect

from tests.e2e.conftest import screenshot

KL57 = "57-kl-tw-2023"


def test_from_a_search_down_the_chain_to_a_commune_plan_and_back_up(page):
    page.goto("/search?q=tiếp+tục+nâng+cao+chất+lượng+thông+tin+đối+ngoại&doc_type=Kết+luận")
    page.locator(".result h2 a").first.click()
    expect(page).to_have_url(re.compile(rf"/doc/{KL57}"))
    expect(page.locator(".chain-panel .chain-summary")).to_have_text(
        "4 văn bản thực hiện 57-KL/TW: 2 tỉnh, 1 thành phố, 1 xã"
    )
    page.get_by_role("link", name="Xem chuỗi thực hiện").click()
    expect(page).to_have_url(re.compile(rf"/doc/{KL57}/chain$"))
    expect(page.locator(".chain-tree .chain-tree, .chain-tree li li")).to_have_count(4)
    screenshot(page, "07-chain")
    commune = page.locator(".chain-node.level-commune > a")
    expect(commune).to_have_count(1)
    commune.click()
    expect(page.locator(".doc-byline")).to_contain_text("Uỷ ban nhân dân xã Cẩm Tân")
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
    row.get_by_role("link", name=re.compile(r"57-KL\/TW")).click()
    expect(page).to_have_url(re.compile(rf"/doc/{KL57}$"))
