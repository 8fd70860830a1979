"""An archivist, in a real browser: log in, upload a Word file and a PDF printed by Chromium, correct the
issuer, confirm, find the document by an unaccented query, withdraw it."""

import pytest
from werkzeug.security import generate_password_hash

from tests.e2e.conftest import Server, screenshot
from tests.office_files import docx_bytes, plan, plan_html, print_pdf

PASSWORD = "mat-khau-luu-tru-vien"
CORRECTED_ISSUER = "Thường trực Huyện uỷ Lộc Bình"


@pytest.fixture
def archive_server(tmp_path):
    server = Server(tmp_path, {"PORTAL_ARCHIVISTS": f"lan:{generate_password_hash(PASSWORD)}"})
    yield server
    server.stop()


@pytest.fixture
def archivist_page(browser, archive_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=archive_server.url, locale="vi-VN")
    page = context.new_page()
    yield page
    context.close()


def log_in(page) -> None:
    """Open the archivist's area: not logged in, the login page, which comes back there."""
    page.goto("/archivist/")
    page.get_by_label("Tên đăng nhập").fill("lan")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/archivist/")


def test_upload_correct_confirm_find_and_withdraw(archivist_page, browser, tmp_path):
    page = archivist_page
    word = tmp_path / "ke-hoach-15.docx"
    word.write_bytes(docx_bytes(plan(number=15, topic="tuyên truyền chuyển đổi số")))
    pdf = tmp_path / "ke-hoach-16.pdf"
    pdf.write_bytes(print_pdf(browser, plan_html(plan(number=16, topic="phòng chống thiên tai"))))

    log_in(page)

    page.set_input_files("#files", [str(word), str(pdf)])
    page.get_by_role("button", name="Tải lên và xem trước").click()
    page.wait_for_url("**/archivist/uploads/*")
    assert page.input_value("#p1-number") == "15-KH/HU"
    page.fill("#p1-issuer", CORRECTED_ISSUER)
    screenshot(page, "upload-review")
    page.get_by_role("button", name="Xác nhận và lưu vào kho").click()

    # The second file of the batch comes next.
    page.wait_for_url("**/archivist/uploads/*")
    assert "Đã lưu vào kho" in page.inner_text("main")
    assert page.input_value("#p1-number") == "16-KH/HU"
    page.get_by_role("button", name="Xác nhận và lưu vào kho").click()
    page.wait_for_url("**/archivist/doc/16-kh-hu-lang-son-2025")

    page.goto("/search?q=" + "chuyen doi so huyen uy loc binh".replace(" ", "+"))
    first = page.locator(".result").first
    assert "15-KH/HU" in first.inner_text()
    assert CORRECTED_ISSUER in first.inner_text()
    page.goto("/search?q=phong+chong+thien+tai+loc+binh")
    assert "16-KH/HU" in page.locator(".result").first.inner_text()
    screenshot(page, "upload-found")

    page.goto("/archivist/doc/15-kh-hu-lang-son-2025")
    page.get_by_role("link", name="Rút văn bản khỏi kho").click()
    page.get_by_label("Lý do", exact=False).fill("Tải nhầm bản dự thảo")
    page.get_by_role("button", name="Rút văn bản", exact=True).click()
    assert "Đã rút văn bản" in page.inner_text("main")

    page.goto("/search?q=chuyen+doi+so+huyen+uy+loc+binh")
    assert "15-KH/HU" not in page.inner_text("main")
    assert page.goto("/doc/15-kh-hu-lang-son-2025").status == 404

    page.goto("/archivist/audit")
    log = page.inner_text("main")
    assert "15-kh-hu-lang-son-2025" in log and "16-kh-hu-lang-son-2025" in log and "Tải nhầm bản dự thảo" in log
    screenshot(page, "upload-audit")


def test_the_review_page_shows_which_fields_to_check(archivist_page, tmp_path):
    """A commune Party programme with its number and day left blank (the issue's example): the number and the
    date are marked, the fields read where they belong are not."""
    from tests.app.archivist.test_review_checks import BLANK_NUMBER_AND_DAY

    page = archivist_page
    draft = tmp_path / "chuong-trinh-cong-hai.txt"
    draft.write_bytes(BLANK_NUMBER_AND_DAY)
    log_in(page)
    page.set_input_files("#files", [str(draft)])
    page.get_by_role("button", name="Tải lên và xem trước").click()
    page.wait_for_url("**/archivist/uploads/*")
    number_mark = page.locator('label[for="p1-number"] .check')
    assert number_mark.is_visible() and number_mark.inner_text() == "Chưa tìm thấy — hãy điền"
    assert page.locator('label[for="p1-date"] .check').is_visible()
    assert page.locator('label[for="p1-issuer"] .check').count() == 0
    assert page.input_value("#p1-issuer") == "Ban Thường vụ Đảng uỷ xã Công Hải"
    assert "Cần kiểm tra 2 trường" in page.inner_text("main")
    screenshot(page, "upload-review-checks")


@pytest.mark.skipif(not __import__("shutil").which("tesseract"), reason="scripts/test installs tesseract-ocr-vie")
def test_a_scan_is_uploaded_read_by_ocr_confirmed_and_found(archivist_page, browser, tmp_path):
    """A plan that exists only as an image of its page (no text layer), as a scanner's PDF holds it."""
    from tests.office_files import scan_html

    page = archivist_page
    scan = tmp_path / "ban-quet-ke-hoach-15.pdf"
    scan.write_bytes(
        print_pdf(browser, scan_html(plan(number=15, topic="tuyên truyền chuyển đổi số")), draw_canvas=True)
    )
    log_in(page)
    page.set_input_files("#files", [str(scan)])
    page.get_by_role("button", name="Tải lên và xem trước").click()
    page.wait_for_url("**/archivist/uploads/*")
    # The scan is read by OCR after the upload: the page shows the progress until its text is there.
    page.locator("#scan-pages").wait_for(timeout=120_000)
    image = page.locator("#scan-page-1 img")
    image.scroll_into_view_if_needed()
    page.wait_for_function("i => i.complete && i.naturalWidth > 500", arg=image.element_handle())
    assert "15-KH/HU" in page.locator("#scan-page-1 mark.ocr-number").all_inner_texts()
    assert "độ tin cậy" in page.inner_text("#scan-page-1 h3")
    assert page.input_value("#p1-number") == "15-KH/HU"
    screenshot(page, "upload-scan-review")
    # The archivist reads "16" on the page image where OCR read "15", and corrects the number.
    page.fill("#p1-number", "16-KH/HU")
    page.get_by_role("button", name="Xác nhận và lưu vào kho").click()
    page.wait_for_url("**/archivist/doc/*")
    page.goto("/search?q=ke+hoach+loc+binh")
    first = page.locator(".result").first
    assert "16-KH/HU" in first.inner_text()
    first.locator("a").first.click()
    assert "nhận dạng từ ảnh quét (OCR)" in page.inner_text(".text-from-ocr")
    page.locator(".text-from-ocr a").click()
    page.wait_for_function(
        "() => { const i = document.querySelector('#page-1 img'); return i && i.naturalWidth > 500 }"
    )
    screenshot(page, "scan-source-pages")


def test_a_web_copy_is_placed_by_the_address_of_its_page(archivist_page, tmp_path):
    """A portal's repost that names no province (bench/real-directives-web67 6702), uploaded with the address of its
    page: the review page fills the province in from the site, marked for checking, and the source page links it."""
    from tests.app.archivist.test_upload_address import ADDRESS, COPY, ISSUER

    page = archivist_page
    copy = tmp_path / "huong-dan-468.txt"
    copy.write_bytes(COPY)
    log_in(page)
    page.set_input_files("#files", [str(copy)])
    page.get_by_label("Địa chỉ trang web nguồn", exact=False).fill(ADDRESS)
    page.get_by_role("button", name="Tải lên và xem trước").click()
    page.wait_for_url("**/archivist/uploads/*")
    assert page.input_value("#p1-issuer") == ISSUER
    assert page.locator('label[for="p1-province"] .check').is_visible()
    screenshot(page, "upload-web-copy-address")
    page.get_by_role("button", name="Xác nhận và lưu vào kho").click()
    page.wait_for_url("**/archivist/doc/*")
    doc_id = page.url.rsplit("/", 1)[-1]
    page.goto(f"/doc/{doc_id}/source")
    assert page.get_by_role("link", name=ADDRESS).get_attribute("href") == ADDRESS
