"""Archivists upload, correct and withdraw documents: logins, CSRF, every bad input, duplicates, audit log.

Each test gets its own copy of the corpus and index (the app writes to them),
files in real formats (:mod:`tests.office_files`), and goes through the web
forms with their CSRF tokens, the token API, or the command line.
"""

import hashlib
import io
import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner
from werkzeug.security import generate_password_hash

from app import create_app
from indexer import build_index, current_version, read_manifest
from indexer.reading.ocr import available as ocr_available
from tests.app.archivists import LIMIT, PASSWORD, Archivist, api_upload, corpus_state, csrf_of, search_ids
from tests.conftest import ROOT
from tests.office_files import blank_pdf, docx_bytes, plan, plan_html, plan_text, zip_bomb, zip_without_word
from tests.reading.test_readers_office import BLANK_SCAN_WORDS

PLAN_ID = "15-kh-hu-lang-son-2025"


GOOD = plan_text().encode("utf-8")
WORD = docx_bytes()  # made once: python-docx stamps the time into the zip, so two calls differ

BAD_INPUTS = [
    # (file name, bytes, status, words of the Vietnamese message)
    ("rong.txt", b"", 422, "Tệp rỗng"),
    ("trang.md", b"  \n\n ", 422, "Tệp rỗng"),
    ("anh.gif", b"GIF89a" + bytes(64), 415, "không được hỗ trợ"),
    ("anh-hong.png", b"\x89PNG\r\n\x1a\n" + bytes(64), 422, "Tệp ảnh bị hỏng"),
    ("chuong-trinh", b"\x7fELF" + bytes(64), 415, "không được hỗ trợ"),
    ("nhi-phan.txt", bytes(range(256)) * 8, 422, "Tệp nhị phân"),
    ("ke-hoach.pdf", docx_bytes(), 415, "đuôi «.pdf» nhưng nội dung là một tệp nén ZIP"),
    ("ke-hoach.docx", GOOD, 415, "đuôi «.docx» nhưng nội dung là văn bản thuần"),
    ("ke-hoach.txt", blank_pdf(), 415, "nội dung là một tệp PDF"),
    ("mat-khau.pdf", blank_pdf(password="bi-mat"), 422, "Tệp PDF được mã hoá"),
    ("qua-lon.txt", GOOD + b"x" * LIMIT, 413, "Tệp quá lớn: mỗi tệp tải lên tối đa 1 MB"),
    ("bom.docx", zip_bomb(300), 422, "zip bomb"),
    ("hong.docx", b"PK\x03\x04" + bytes(300), 422, "không phải tài liệu Word"),
    ("anh-nen.docx", zip_without_word(), 422, "không phải tài liệu Word"),
    ("../../etc/ke-hoach.txt", GOOD, 400, "đường dẫn thư mục"),
    # A backslash is escaped in a multipart header: the server receives "..\ke-hoach.txt".
    ("..\\\\ke-hoach.txt", GOOD, 400, "đường dẫn thư mục"),
    ("ke\x1bhoach.txt", GOOD, 400, "ký tự điều khiển"),
    ("ke-hoach\u202e.txt", GOOD, 400, "ký tự điều khiển"),
    ("nga.txt", "Постановление Правительства Российской Федерации".encode("cp1251"), 422, "mã hoá ký tự"),
    ("shift-jis.txt", "東京都の条例について".encode("shift_jis"), 422, "mã hoá ký tự"),
]
BAD_IDS = [
    "empty",
    "blank",
    "gif",
    "broken-png",
    "no-extension",
    "binary",
    "docx-named-pdf",
    "text-named-docx",
    "pdf-named-txt",
    "encrypted-pdf",
    "too-large",
    "zip-bomb",
    "not-a-zip",
    "zip-not-word",
    "dot-dot-slash",
    "backslash-path",
    "control-character",
    "bidi-override",
    "cp1251",
    "shift-jis",
]


# --- bad input: a precise message, a 4xx, nothing stored -----------------------------------------------------


@pytest.mark.parametrize("name,content,status,words", BAD_INPUTS, ids=BAD_IDS)
def test_bad_upload_in_the_browser(archivist, dirs, name, content, status, words):
    before = corpus_state(dirs[0])
    response = archivist.upload(("ke-hoach-tot.txt", GOOD), (name, content))
    assert response.status_code == status
    page = response.get_data(as_text=True)
    assert "Chưa lưu tệp nào" in page and words in page
    assert corpus_state(dirs[0]) == before  # the good file of the batch was not kept either


@pytest.mark.parametrize("name,content,status,words", BAD_INPUTS, ids=BAD_IDS)
def test_bad_upload_through_the_api(app, dirs, name, content, status, words):
    before = corpus_state(dirs[0])
    response = api_upload(app.test_client(), ("ke-hoach-tot.txt", GOOD), (name, content))
    body = response.get_json()
    assert response.status_code == status and body["ok"] is False and body["status"] == status
    assert words in body["error"] and "Traceback" not in body["error"]
    assert corpus_state(dirs[0]) == before


def _white_page_png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (1240, 1754), 255).save(out, "PNG")
    return out.getvalue()


BLANK_SCANS = [("trang-trang.pdf", blank_pdf()), ("trang-trang.png", _white_page_png())]


@pytest.mark.parametrize("name,content", BLANK_SCANS, ids=["pdf", "png"])
def test_a_blank_scan_is_refused_through_the_api(app, dirs, name, content):
    before = corpus_state(dirs[0])
    response = api_upload(app.test_client(), (name, content))
    assert response.status_code == 422 and BLANK_SCAN_WORDS in response.get_json()["error"]
    assert corpus_state(dirs[0]) == before


@pytest.mark.skipif(not ocr_available(), reason="scripts/test installs tesseract-ocr-vie and poppler-utils")
@pytest.mark.parametrize("name,content", BLANK_SCANS, ids=["pdf", "png"])
def test_a_blank_scan_is_read_then_refused_with_nothing_kept(archivist, dirs, name, content):
    """A scan is staged and read by OCR after the upload; what cannot be read is then refused and dropped."""
    before = corpus_state(dirs[0])
    response = archivist.upload((name, content))
    assert response.status_code == 302
    page = archivist.when_read(response.headers["Location"])
    assert page.status_code == 422 and BLANK_SCAN_WORDS in page.get_data(as_text=True)
    assert corpus_state(dirs[0]) == before
    assert not list((dirs[0] / ".uploads").iterdir())  # the staged copy is gone too
    assert archivist.client.get(response.headers["Location"]).status_code == 404


def test_a_request_over_the_size_limit_is_a_413_that_names_the_limit(archivist, app, dirs):
    before = corpus_state(dirs[0])
    huge = b"x" * (4 * LIMIT + 1)
    response = archivist.upload(("lon.txt", huge))
    assert response.status_code == 413 and "tối đa 4 MB" in response.get_data(as_text=True)
    response = api_upload(app.test_client(), ("lon.txt", huge))
    assert response.status_code == 413 and "tối đa 4 MB" in response.get_json()["error"]
    assert corpus_state(dirs[0]) == before


def test_a_form_without_its_csrf_token_is_refused(archivist, app, dirs):
    before = corpus_state(dirs[0])
    response = archivist.upload(("ke-hoach.txt", GOOD), csrf=False)
    assert response.status_code == 400 and "CSRF" in response.get_data(as_text=True)
    response = app.test_client().post("/archivist/login", data={"name": "lan", "password": PASSWORD})
    assert response.status_code == 400 and "mã bảo vệ chống giả mạo" in response.get_data(as_text=True)
    # A token from another session is no better than none.
    stranger = Archivist(app.test_client())
    stranger.login()
    forged = archivist.client.post(
        "/archivist/upload",
        content_type="multipart/form-data",
        data={"csrf_token": csrf_of(stranger.client.get("/archivist/")), "files": [(io.BytesIO(GOOD), "x.txt")]},
    )
    assert forged.status_code == 400
    assert corpus_state(dirs[0]) == before


@pytest.mark.parametrize(
    "name,password,words",
    [
        ("lan", "sai-mat-khau", "Sai tên đăng nhập hoặc mật khẩu"),
        ("khong-co", PASSWORD, "Sai tên đăng nhập hoặc mật khẩu"),
        ("lan", "", "Hãy nhập tên đăng nhập và mật khẩu"),
        ("", "", "Hãy nhập tên đăng nhập và mật khẩu"),
    ],
    ids=["wrong-password", "unknown-name", "no-password", "nothing"],
)
def test_a_wrong_or_missing_login_is_a_401(app, name, password, words):
    person = Archivist(app.test_client())
    response = person.login(name, password)
    assert response.status_code == 401 and words in response.get_data(as_text=True)
    assert person.client.get("/archivist/").status_code == 302  # still not let in


def test_nobody_else_can_write(app, dirs):
    before = corpus_state(dirs[0])
    anonymous = app.test_client()
    # Pages lead to the login; writes and JSON are a 401.
    response = anonymous.get("/archivist/")
    assert response.status_code == 302 and "/archivist/login?next=/archivist/" in response.headers["Location"]
    assert anonymous.get("/archivist/audit.json").status_code == 401
    token = csrf_of(anonymous.get("/archivist/login"))
    response = anonymous.post(
        "/archivist/upload",
        data={"csrf_token": token, "files": [(io.BytesIO(GOOD), "k.txt")]},
        content_type="multipart/form-data",
    )
    assert response.status_code == 401 and "Cần đăng nhập" in response.get_data(as_text=True)
    response = anonymous.post(f"/archivist/doc/{PLAN_ID}/withdraw", data={"csrf_token": token})
    assert response.status_code == 401
    for token_sent in (None, "ma-sai", ""):
        response = api_upload(anonymous, ("k.txt", GOOD), token=token_sent)
        assert response.status_code == 401 and "mã truy cập API" in response.get_json()["error"]
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert corpus_state(dirs[0]) == before


def test_repeated_wrong_logins_are_slowed_down(app):
    person = Archivist(app.test_client())
    for _ in range(10):
        assert person.login("lan", "doan-mo").status_code == 401
    response = person.login("lan", PASSWORD)
    assert response.status_code == 429 and "quá nhiều lần" in response.get_data(as_text=True)


def test_a_session_ends_when_the_password_changes(app, archivist):
    assert archivist.client.get("/archivist/").status_code == 200
    app.extensions["archivist_accounts"]["lan"] = generate_password_hash("mat-khau-moi-hoan-toan")
    assert archivist.client.get("/archivist/").status_code == 302


def test_the_login_redirects_only_within_the_site(app):
    person = Archivist(app.test_client())
    token = csrf_of(person.client.get("/archivist/login"))
    for target, expected in [
        ("/archivist/audit", "/archivist/audit"),
        ("https://evil.example/", "/archivist/"),
        ("//evil.example/", "/archivist/"),
    ]:
        response = person.client.post(
            "/archivist/login", data={"name": "lan", "password": PASSWORD, "csrf_token": token, "next": target}
        )
        assert response.headers["Location"] == expected
        token = csrf_of(person.client.get("/archivist/login"))


# --- upload, review, correct, confirm ------------------------------------------------------------------------


def test_upload_review_correct_and_confirm(archivist, app, dirs):
    corpus, index = dirs
    response = archivist.upload(("Kế hoạch 15.docx", WORD))
    assert response.status_code == 302
    review = response.headers["Location"]
    # The review page's JSON twin: the record as extracted, nothing archived yet.
    extracted = archivist.client.get(review + ".json").get_json()
    assert extracted["records"][0]["issuer"] == "Ban Thường vụ Huyện uỷ Lộc Bình" and extracted["duplicates"] == []
    assert PLAN_ID not in search_ids(app.test_client(), "15-KH/HU")
    response = archivist.confirm(
        review, **{"p1-issuer": "Thường trực Huyện uỷ Lộc Bình", "p1-province": "Lạng Sơn", "p1-date": "13/03/2025"}
    )
    assert response.status_code == 302
    # The id is made from the corrected fields: a district plan's number carries its province.
    doc_id = "15-kh-hu-lang-son-2025"
    assert response.headers["Location"] == f"/archivist/doc/{doc_id}"
    record = app.test_client().get(f"/doc/{doc_id}.json").get_json()
    assert (record["issuer"], record["province"], record["date"]) == (
        "Thường trực Huyện uỷ Lộc Bình",
        "Lạng Sơn",
        "2025-03-13",
    )
    # Searchable at once, without diacritics.
    assert doc_id in search_ids(app.test_client(), "chuyen doi so loc binh")
    # The original is in the corpus as received, the corrections in its sidecar, the id pinned.
    assert (corpus / "Kế hoạch 15.docx").read_bytes() == WORD
    sidecar = json.loads((corpus / "Kế hoạch 15.docx.meta.json").read_text(encoding="utf-8"))
    # The province is the one extracted (huyện Lộc Bình is in Lạng Sơn): no correction of it is kept.
    assert sidecar["corrections"]["1"] == {
        "issuer": "Thường trực Huyện uỷ Lộc Bình",
        "date": "2025-03-13",
        "year": 2025,
    }
    assert sidecar["doc_ids"] == {"1": doc_id} and sidecar["uploaded"]["by"] == "lan"
    assert not (corpus / ".uploads").exists() or not any((corpus / ".uploads").iterdir())
    # The corrections survive a rebuild from the corpus.
    build_index(str(corpus), str(index), procs=1)
    again = create_app({"TESTING": True, "CORPUS_DIR": str(corpus), "INDEX_DIR": str(index)}).test_client()
    assert again.get(f"/doc/{doc_id}.json").get_json()["issuer"] == "Thường trực Huyện uỷ Lộc Bình"
    # The audit log says who did it, and what they changed.
    (entry,) = archivist.client.get("/archivist/audit.json").get_json()["entries"]
    assert (entry["action"], entry["actor"], entry["via"], entry["doc_ids"]) == ("upload", "lan", "web", [doc_id])
    assert entry["corrections"]["1"]["issuer"] == "Thường trực Huyện uỷ Lộc Bình"


def test_several_files_at_once_are_reviewed_one_after_the_other(archivist, app):
    response = archivist.upload(
        ("a.docx", WORD), ("b.html", plan_html(plan(16, topic="phòng chống thiên tai")).encode())
    )
    first = response.headers["Location"]
    second = archivist.confirm(first).headers["Location"]
    assert second.startswith("/archivist/uploads/") and second != first
    assert "Tiếp theo" in archivist.client.get(second).get_data(as_text=True)
    assert archivist.confirm(second).headers["Location"] == "/archivist/doc/16-kh-hu-lang-son-2025"
    assert {"15-kh-hu-lang-son-2025", "16-kh-hu-lang-son-2025"} <= set(
        search_ids(app.test_client(), "ke hoach loc binh")
    )


def test_a_bad_correction_is_refused_and_nothing_is_archived(archivist, dirs):
    review = archivist.upload(("k.docx", WORD)).headers["Location"]
    response = archivist.confirm(review, **{"p1-date": "31/02/2025", "p1-issuer": "Đã sửa"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "Ngày «31/02/2025» không hợp lệ" in page
    assert 'value="Đã sửa"' in page  # what was typed is kept for the next try
    assert not (dirs[0] / "k.docx").exists()


def test_correcting_the_number_later_keeps_the_address(archivist, app):
    review = archivist.upload(("k.docx", WORD)).headers["Location"]
    archivist.confirm(review)
    form = archivist.review_form(f"/archivist/doc/{PLAN_ID}")
    form.update({"p1-number": "15 kh/hu ", "p1-issuer": "Ban Thường vụ Huyện uỷ Lộc Bình"})
    form["p1-number"] = "150-KH/HU"
    assert archivist.client.post(f"/archivist/doc/{PLAN_ID}", data=form).status_code == 302
    record = app.test_client().get(f"/doc/{PLAN_ID}.json").get_json()
    assert record["number"] == "150-KH/HU" and record["doc_id"] == PLAN_ID
    entry = archivist.client.get("/archivist/audit.json").get_json()["entries"][0]
    assert entry["action"] == "correct" and entry["fields"]["number"] == {"from": "15-KH/HU", "to": "150-KH/HU"}


def test_roles_can_be_corrected(archivist, app):
    review = archivist.upload(("k.docx", WORD)).headers["Location"]
    form = archivist.review_form(review)
    rows = int(form["p1-roles"])
    lead = next(i for i in range(rows) if form[f"p1-role-{i}-agency"] == "Ban Tuyên giáo Huyện uỷ")
    empty = next(i for i in range(rows) if not form[f"p1-role-{i}-agency"])
    form[f"p1-role-{lead}-agency"] = ""  # dropped
    form.update({f"p1-role-{empty}-agency": "Văn phòng Huyện uỷ", f"p1-role-{empty}-role": "lead"})
    archivist.client.post(review + "/confirm", data=form)
    roles = app.test_client().get(f"/doc/{PLAN_ID}.json").get_json()["roles"]
    assert {"agency": "Văn phòng Huyện uỷ", "role": "lead", "anchor": ""} in roles
    assert not any(r["agency"] == "Ban Tuyên giáo Huyện uỷ" for r in roles)


# --- duplicates ---------------------------------------------------------------------------------------------------


def test_the_same_bytes_again_are_shown_with_a_link_and_kept_only_on_purpose(archivist, app, dirs):
    archivist.confirm(archivist.upload(("k.docx", WORD)).headers["Location"])
    review = archivist.upload(("ban-sao.docx", WORD)).headers["Location"]
    page = archivist.client.get(review).get_data(as_text=True)
    assert "Tệp này đã có trong kho (k.docx)" in page and f'href="/doc/{PLAN_ID}"' in page
    refused = archivist.confirm(review)
    assert refused.status_code == 409 and "lưu cả hai" in refused.get_data(as_text=True)
    assert not (dirs[0] / "ban-sao.docx").exists()
    kept = archivist.confirm(review, keep_both="1")
    assert kept.status_code == 302 and (dirs[0] / "ban-sao.docx").exists()
    copies = [d for d in search_ids(app.test_client(), "chuyen doi so loc binh") if d.startswith(PLAN_ID)]
    assert len(copies) == 2


def test_the_same_number_from_the_same_issuer_is_a_duplicate(archivist, app):
    archivist.confirm(archivist.upload(("k.docx", WORD)).headers["Location"])
    # The same plan as a web page: other bytes, same number, same issuer.
    review = archivist.upload(("k.html", plan_html().encode())).headers["Location"]
    duplicates = archivist.client.get(review + ".json").get_json()["duplicates"]
    assert [(d["reason"], [x["doc_id"] for x in d["documents"]]) for d in duplicates] == [("same_number", [PLAN_ID])]
    assert "Kho đã có văn bản số 15-KH/HU của Ban Thường vụ Huyện uỷ Lộc Bình" in duplicates[0]["message"]
    assert archivist.confirm(review).status_code == 409
    # The same number from another district is no duplicate.
    other = archivist.upload(("k2.html", plan_html(plan(district="Cao Lộc")).encode())).headers["Location"]
    assert archivist.client.get(other + ".json").get_json()["duplicates"] == []


def test_the_api_refuses_duplicates_unless_asked(app):
    client = app.test_client()
    assert api_upload(client, ("k.docx", WORD)).status_code == 201
    response = api_upload(client, ("k-lan-2.docx", WORD))
    body = response.get_json()
    assert response.status_code == 409 and body["ok"] is False and "đã có trong kho" in body["error"]
    assert body["duplicates"] == [{"doc_id": PLAN_ID, "url": f"/doc/{PLAN_ID}"}]
    assert api_upload(client, ("k-lan-2.docx", WORD), allow_duplicate="1").status_code == 201


# --- the API, withdrawal, the audit log, the command line ---------------------------------------------------------


def test_the_api_archives_and_answers_the_records(app, dirs):
    client = app.test_client()
    response = api_upload(
        client, ("k.docx", WORD), ("t.html", plan_html(plan(16, topic="phòng chống thiên tai")).encode())
    )
    assert response.status_code == 201
    documents = response.get_json()["documents"]
    assert [(d["doc_id"], d["url"], d["file"]) for d in documents] == [
        (PLAN_ID, f"/doc/{PLAN_ID}", "k.docx"),
        ("16-kh-hu-lang-son-2025", "/doc/16-kh-hu-lang-son-2025", "t.html"),
    ]
    assert documents[0]["number"] == "15-KH/HU" and documents[0]["paragraphs"]
    assert "16-kh-hu-lang-son-2025" in search_ids(client, "phong chong thien tai")
    entries = json.loads("[" + ",".join((dirs[0] / ".audit.jsonl").read_text(encoding="utf-8").split("\n")[:-1]) + "]")
    assert [(e["action"], e["actor"], e["via"]) for e in entries] == [("upload", "may-quet", "api")] * 2


def test_withdraw_leaves_search_and_keeps_the_original(archivist, app, dirs):
    corpus = dirs[0]
    archivist.confirm(archivist.upload(("k.docx", WORD)).headers["Location"])
    page = archivist.client.get(f"/archivist/doc/{PLAN_ID}/withdraw")
    response = archivist.client.post(
        f"/archivist/doc/{PLAN_ID}/withdraw", data={"csrf_token": csrf_of(page), "reason": "Tải nhầm bản dự thảo"}
    )
    assert response.status_code == 302
    client = app.test_client()
    assert PLAN_ID not in search_ids(client, "chuyen doi so loc binh")
    assert client.get(f"/doc/{PLAN_ID}.json").status_code == 404
    assert not (corpus / "k.docx").exists() and (corpus / ".withdrawn" / "k.docx").read_bytes() == WORD
    entry = archivist.client.get("/archivist/audit.json").get_json()["entries"][0]
    assert (entry["action"], entry["actor"], entry["reason"]) == ("withdraw", "lan", "Tải nhầm bản dự thảo")
    page = archivist.client.get("/archivist/audit").get_data(as_text=True)
    assert "Rút khỏi kho" in page and "Tải nhầm bản dự thảo" in page


def test_the_find_box_opens_a_document_by_number_or_id(archivist):
    assert archivist.client.get("/archivist/find?q=57 kl tw").headers["Location"] == "/archivist/doc/57-kl-tw-2023"
    assert archivist.client.get("/archivist/find?q=57-kl-tw-2023").headers["Location"] == "/archivist/doc/57-kl-tw-2023"
    response = archivist.client.get("/archivist/find?q=999-KH/XYZ")
    assert response.status_code == 404 and "Không tìm thấy văn bản «999-KH/XYZ»" in response.get_data(as_text=True)


def test_archivist_pages_escape_what_files_and_people_typed(archivist):
    evil = plan_text(plan(district="<script>alert(1)</script>")).encode()
    review = archivist.upload(("<img src=x onerror=alert(1)>.exe", evil))
    assert review.status_code == 415  # refused, and the name shown escaped in the message
    page = review.get_data(as_text=True)
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    review = archivist.upload(("k.txt", evil)).headers["Location"]
    page = archivist.client.get(review).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_python_m_indexer_add_does_the_same_from_the_command_line(dirs, tmp_path):
    from indexer.cli import cli

    corpus, index = dirs
    word = tmp_path / "ke hoach 15.docx"
    word.write_bytes(WORD)
    args = ["--corpus", str(corpus), "--index", str(index)]
    result = CliRunner().invoke(cli, ["add", str(word), *args])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{PLAN_ID}\tKế hoạch 15-KH/HU")
    manifest = read_manifest(current_version(str(index)))
    assert manifest["files"]["ke hoach 15.docx"]["doc_ids"] == [PLAN_ID]
    (entry,) = [json.loads(line) for line in (corpus / ".audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (entry["action"], entry["via"]) == ("upload", "cli")
    # The same number again (as HTML) and a bad file: one line each, status 2, nothing stored.
    again = tmp_path / "ban-html.html"
    again.write_text(plan_html(), encoding="utf-8")
    bomb = tmp_path / "bom.docx"
    bomb.write_bytes(zip_bomb(300))
    for path, words in [(again, "Kho đã có văn bản số 15-KH/HU"), (bomb, "zip bomb")]:
        result = CliRunner().invoke(cli, ["add", str(path), *args])
        assert result.exit_code == 2 and words in result.stderr and result.stderr.count("\n") == 1
    assert not (corpus / "ban-html.html").exists() and not (corpus / "bom.docx").exists()


def test_hash_password_makes_an_account_that_logs_in(dirs):
    made = subprocess.run(
        [sys.executable, "-m", "app.archivist.auth", "hash-password", "minh"],
        cwd=ROOT,
        input="mat-khau-cua-minh\n",
        capture_output=True,
        text=True,
        check=True,
    )
    entry = made.stdout.strip()
    assert entry.startswith("minh:scrypt:") and "mat-khau-cua-minh" not in entry
    app = create_app(
        {
            "TESTING": True,
            "CORPUS_DIR": str(dirs[0]),
            "INDEX_DIR": str(dirs[1]),
            "ARCHIVISTS": entry,
            "SYNC_ON_START": False,
        }
    )
    assert Archivist(app.test_client()).login("minh", "mat-khau-cua-minh").status_code == 302
    token = subprocess.run(
        [sys.executable, "-m", "app.archivist.auth", "new-token", "may-quet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    secret = re.search(r"token.*: (\S+)", token).group(1)
    digest = re.search(r"API_TOKENS entry: may-quet:([0-9a-f]{64})", token).group(1)
    assert hashlib.sha256(secret.encode()).hexdigest() == digest


@pytest.mark.parametrize(
    "setting,value",
    [
        ("ARCHIVISTS", "lan:mat-khau-de-doan"),
        ("ARCHIVISTS", "khong-co-hai-cham"),
        ("API_TOKENS", "may:abc123"),
        ("SESSION_HOURS", 0),
    ],
    ids=["plain-password", "no-colon", "short-token-hash", "no-session"],
)
def test_bad_credentials_settings_fail_when_the_app_is_made(dirs, setting, value):
    with pytest.raises(RuntimeError):
        create_app({"CORPUS_DIR": str(dirs[0]), "INDEX_DIR": str(dirs[1]), setting: value})
