"""A scan on the archivist's side: read by OCR after the upload (progress shown), its pages beside their
text on the review page, its OCR results kept by digest and reused, its page images on the document page."""

from __future__ import annotations

import json
import pathlib
import time

import pytest

from app.archivist import ocr_jobs
from app.archivist.ocr_view import segments
from indexer import build_index, open_index
from indexer.reading.ocr import available as ocr_available
from tests.office_files import plan, print_pdf, scan_html

needs_ocr = pytest.mark.skipif(not ocr_available(), reason="scripts/test installs tesseract-ocr-vie and poppler-utils")


@pytest.mark.parametrize(
    "text,unsure,marked",
    [
        (
            "Số: 15/KH-UBND ngày 05/3/2025 về vịệc",
            ["vịệc"],
            [("15/KH-UBND", "number"), ("05/3/2025", "date"), ("vịệc", "unsure")],
        ),
        ("ngày 20 tháng 11 năm 2025", [], [("ngày 20 tháng 11 năm 2025", "date")]),
        # The second "vị" is the unsure one: OCR lists unsure words in reading order.
        ("đơn vị; các đơn vị", ["vị", "vị"], [("vị", "unsure"), ("vị", "unsure")]),
        ("Thực hiện Kết luận số 57-KL/TW", ["57-KL/TW"], [("57-KL/TW", "number")]),  # one mark, not two
        ("", ["x"], []),
    ],
)
def test_what_the_review_page_marks_in_a_pages_text(text, unsure, marked):
    pieces = segments(text, unsure)
    assert "".join(p["text"] for p in pieces) == text
    assert [(p["text"], p["mark"]) for p in pieces if p["mark"]] == marked


@pytest.fixture(scope="module")
def scan(browser):
    return print_pdf(browser, scan_html(plan(number=15, topic="tuyên truyền chuyển đổi số")), draw_canvas=True)


@needs_ocr
def test_a_scan_shows_its_progress_then_its_pages_then_is_archived_with_its_confidence(archivist, dirs, scan):
    corpus, _ = dirs
    response = archivist.upload(("ban-quet.pdf", scan))
    review = response.headers["Location"]
    # Read after the upload (a page takes a second or more): the page says how far it got, and refreshes.
    first = archivist.client.get(review)
    assert first.status_code == 202
    page = first.get_data(as_text=True)
    assert 'http-equiv="refresh"' in page and "trang bằng nhận dạng chữ (OCR)" in page
    assert archivist.client.get(review + ".json").get_json()["ocr"]["total"] == 1
    page = archivist.when_read(review)
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and 'id="scan-page-1"' in html and "độ tin cậy" in html
    assert '<mark class="ocr-number">15-KH/HU</mark>' in html
    token = review.rsplit("/", 1)[-1]
    image = archivist.client.get(f"/archivist/uploads/{token}/pages/1.png")
    assert image.status_code == 200 and image.data.startswith(b"\x89PNG")
    assert archivist.client.get(f"/archivist/uploads/{token}/pages/9.png").status_code == 404
    body = archivist.client.get(review + ".json").get_json()
    assert body["ocr"]["state"] == "done" and body["pages"][0]["number"] == 1
    ocr = body["records"][0]["source"]["ocr"]
    assert ocr[0]["words"] > 10 and 0.5 < ocr[0]["confidence"] <= 1
    cached = list((corpus / ".ocr").rglob("*.json"))
    assert len(cached) == 1 and json.loads(cached[0].read_text())["page"]["number"] == 1

    form = archivist.review_form(review)
    confirmed = archivist.client.post(review + "/confirm", data=form)
    assert confirmed.status_code == 302
    doc_id = confirmed.headers["Location"].rsplit("/", 1)[-1]
    document = archivist.client.get(f"/doc/{doc_id}").get_data(as_text=True)
    assert "nhận dạng từ ảnh quét (OCR): 1 trang" in document
    source = archivist.client.get(f"/doc/{doc_id}/source").get_data(as_text=True)
    assert f"/doc/{doc_id}/pages/1.png" in source
    image = archivist.client.get(f"/doc/{doc_id}/pages/1.png")
    assert image.status_code == 200 and image.data.startswith(b"\x89PNG")
    assert archivist.client.get(f"/doc/{doc_id}/pages/2.png").status_code == 404
    assert len(list((corpus / ".ocr").rglob("*.json"))) == 1  # confirmed and indexed without reading it again


@needs_ocr
def test_a_reading_that_stalled_is_started_again(archivist, scan):
    """The server restarted while a scan was read: the review page starts it again rather than wait for ever."""
    review = archivist.upload(("ban-quet.pdf", scan)).headers["Location"]
    archivist.when_read(review)
    corpus = pathlib.Path(archivist.client.application.config["CORPUS_DIR"])
    folder = next(p for p in (corpus / ".uploads").iterdir() if p.is_dir())
    (folder / ocr_jobs.STATE_FILE).write_text(
        json.dumps({"state": "running", "done": 0, "total": 1, "updated": time.time() - ocr_jobs.STALLED - 1})
    )
    page = archivist.when_read(review)
    assert page.status_code == 200 and 'id="scan-page-1"' in page.get_data(as_text=True)
    assert json.loads((folder / ocr_jobs.STATE_FILE).read_text())["state"] == "done"


@needs_ocr
def test_a_pages_text_corrected_on_review_is_kept_in_the_sidecar_and_read_again(archivist, dirs, scan, tmp_path):
    """The archivist reads "16" on the image where OCR read "15", and corrects the page's text itself."""
    corpus, _ = dirs
    review = archivist.upload(("ban-quet.pdf", scan)).headers["Location"]
    archivist.when_read(review)
    form = archivist.review_form(review)
    read = archivist.client.get(review + ".json").get_json()["pages"][0]["text"]
    assert "15-KH/HU" in read
    form["page-1"] = read.replace("15-KH/HU", "16-KH/HU").replace("\n", "\r\n")  # as a browser sends it
    assert form["p1-number"] == "15-KH/HU"  # the field is left as extracted: it is extracted again
    confirmed = archivist.client.post(review + "/confirm", data=form)
    doc_id = confirmed.headers["Location"].rsplit("/", 1)[-1]
    record = archivist.client.get(f"/doc/{doc_id}.json").get_json()
    assert record["number"] == "16-KH/HU" and record["source"]["ocr"][0]["corrected"] is True
    sidecar = json.loads(next(corpus.glob("ban-quet*.meta.json")).read_text(encoding="utf-8"))
    assert "16-KH/HU" in sidecar["page_texts"]["1"] and "\r" not in sidecar["page_texts"]["1"]
    rebuilt = tmp_path / "rebuilt"
    build_index(str(corpus), str(rebuilt), procs=1)
    again = open_index(str(rebuilt)).record(doc_id)
    assert again.number == "16-KH/HU"


@needs_ocr
def test_a_text_for_a_page_the_scan_does_not_have_is_ignored(archivist, scan):
    review = archivist.upload(("ban-quet.pdf", scan)).headers["Location"]
    archivist.when_read(review)
    form = dict(archivist.review_form(review), **{"page-7": "chữ"})
    confirmed = archivist.client.post(review + "/confirm", data=form)
    # A field the file has no page for is not a page of the form: it is ignored, the rest archived.
    assert confirmed.status_code == 302
