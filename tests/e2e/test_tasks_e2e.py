"""Tasks in a real browser (issue 22): from Kết luận 57-KL/TW to its implementation matrix, a cell to the Cao Bằng
paragraph that takes the task up, that plan's tasks, the archive's task list filtered by an agency, and the
calendar of its dated tasks."""

import datetime as dt
import re

import icalendar
from playwright.sync_api import expect

from tests.e2e.conftest import screenshot

KL57 = "57-kl-tw-2023"
CAO_BANG = "ke-hoach-ban-thuong-vu-tinh-uy-cao-bang-66144a8a"
LANG_SON = "06-kh-bcd-lang-son-2019"


def test_from_the_matrix_to_a_paragraph_to_an_agencys_tasks_and_their_calendar(page):
    page.goto(f"/doc/{KL57}")
    page.get_by_role("link", name="Ma trận thực hiện: nhiệm vụ nào, văn bản nào").click()
    expect(page).to_have_url(re.compile(rf"/doc/{KL57}/compare$"))
    expect(page.locator("table.compare thead th")).to_have_count(5)  # the tasks, then 4 documents
    # Row II-1 of the conclusion ("Tiếp tục quán triệt, cụ thể hoá …"): Cao Bằng restates it as its own II-1.
    row = page.locator("tr#task-II-1")
    expect(row.locator("th")).to_contain_text("Tiếp tục quán triệt")
    cell = row.locator(f'td.cell a[href^="/doc/{CAO_BANG}"]')
    expect(cell).to_have_text("II-1")
    screenshot(page, "10-matrix")
    cell.click()
    expect(page).to_have_url(re.compile(rf"/doc/{CAO_BANG}#II-1$"))
    expect(page.locator('[id="II-1"]')).to_be_in_viewport()
    expect(page.locator('[id="II-1"]')).to_contain_text("Tiếp tục quán triệt")

    # The plan's tasks, then every task of the archive its propaganda board leads.
    page.get_by_role("link", name="Nhiệm vụ: ai làm gì, đến khi nào").click()
    expect(page).to_have_url(re.compile(rf"/doc/{CAO_BANG}/tasks$"))
    page.locator("#task-III-2").get_by_role("link", name="Ban Tuyên giáo Tỉnh uỷ Cao Bằng").first.click()
    expect(page).to_have_url(re.compile(r"/tasks\?"))
    expect(page.locator(".active-filters .chip")).to_have_count(2)  # the agency and its role
    expect(page.locator("table.tasks tbody tr")).to_have_count(1)
    expect(page.locator("table.tasks tbody tr")).to_contain_text("định kỳ")

    # Another province's board, chosen among the lead agencies: its tasks of 2019 go to a calendar.
    page.locator(".active-filters a.clear").click()
    facet = page.locator("details.facet", has=page.locator("summary", has_text="Cơ quan chủ trì"))
    facet.get_by_role("checkbox", name=re.compile("Ban Tuyên giáo Tỉnh uỷ Lạng Sơn")).click()
    expect(page.locator("table.tasks tbody tr")).to_have_count(1)
    screenshot(page, "11-task-list")
    with page.expect_download() as download:
        page.get_by_role("link", name="Lịch (iCalendar)").click()
    calendar = icalendar.Calendar.from_ical(download.value.path().read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    assert events[0].decoded("DTSTART") == dt.date(2019, 12, 31)
    assert str(events[0]["UID"]).startswith(f"{LANG_SON}/III-1@")
    assert f"/doc/{LANG_SON}#III-1" in str(events[0]["URL"])
