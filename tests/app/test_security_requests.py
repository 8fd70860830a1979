"""Security (issue 8), hostile requests: path traversal in upload names and addresses, originals linked out
of the corpus, oversized bodies and forms, very long addresses, deep or malformed page numbers.

Read-only questions go to one app over the session's index (``client``); anything that writes gets its
own copy of the corpus and index through the fixtures of :mod:`tests.app.conftest` (``app``, ``dirs``,
``archivist``), and checks that a refused request changed nothing.
"""

from __future__ import annotations

import io
import os

import pytest

from tests.app.archivist.test_upload import GOOD
from tests.app.archivists import LIMIT, TOKEN, api_upload, corpus_state
from tests.app.hostile import KL57, assert_header_policy

# --- path traversal ----------------------------------------------------------------------------------------------

NAME_REFUSED = "Tên tệp không hợp lệ"
TRAVERSAL_NAMES = [
    # (name as sent, status, words of the message)
    ("../ke-hoach.txt", 400, NAME_REFUSED),
    ("../../../../tmp/ke-hoach.txt", 400, NAME_REFUSED),
    ("/etc/passwd", 400, NAME_REFUSED),
    ("/tmp/ke-hoach.txt", 400, NAME_REFUSED),
    ("..\\\\ke-hoach.txt", 400, NAME_REFUSED),  # escaped in the multipart header: the server gets ..\ke-hoach.txt
    ("C:\\\\Windows\\\\ke-hoach.txt", 400, NAME_REFUSED),
    ("..", 400, NAME_REFUSED),
    ("thu-muc/ke-hoach.txt", 400, NAME_REFUSED),
    ("ke-hoach.txt\x00.pdf", 400, NAME_REFUSED),
    ("\x00", 400, NAME_REFUSED),
    ("ke-hoach\x7f.txt", 400, NAME_REFUSED),
    (".", 415, "không được hỗ trợ"),  # no extension: refused by format
    ("ke\nhoach.txt", 400, "Không có tệp nào"),  # breaks the part's header: no file arrives at all
]


def _files_outside(dirs) -> list[str]:
    """Every file under the test's folder but its index (which a refused upload must not touch either)."""
    root = dirs[0].parent
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and dirs[1] not in p.parents)


@pytest.mark.parametrize("name,status,words", TRAVERSAL_NAMES)
def test_upload_names_with_paths_are_refused(archivist, app, dirs, name, status, words):
    before = _files_outside(dirs)
    response = api_upload(app.test_client(), (name, GOOD))
    assert response.status_code == status and words in response.get_json()["error"]
    response = archivist.upload((name, GOOD))
    assert response.status_code == status
    if words != "Không có tệp nào":  # the web form says "no file chosen" in its own words
        assert words in response.get_data(as_text=True)
    assert _files_outside(dirs) == before


@pytest.mark.parametrize(
    "url",
    [
        "/doc/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/doc/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/doc/..%5C..%5Cetc%5Cpasswd",
        "/doc/%252e%252e%252fetc%252fpasswd",
        "/doc/....%2F%2F....%2F%2Fetc%2Fpasswd",
        "/doc/..",
        "/doc/.%2e",
        "/doc/..%2F..%2Fapp%2F__init__.py",
        "/doc/..%2Fcurrent%2Fmanifest",
        "/doc/%2Fetc%2Fpasswd",
        "/doc/%00",
        "/doc/..%2F..%2Fetc%2Fpasswd/source",
        "/doc/..%2F..%2Fetc%2Fpasswd.json",
        "/doc/..%2F..%2Fetc%2Fpasswd/chain.json",
        "/doc/57-kl-tw-2023%2F..%2F..%2Fetc%2Fpasswd/source",
        "/static/..%2F..%2Fapp%2F__init__.py",
        "/static/%2e%2e/%2e%2e/app/__init__.py",
        "/static/..%5C..%5Capp%5C__init__.py",
        "/so/..%2F..%2Fetc%2Fpasswd",
    ],
)
def test_addresses_that_climb_out_are_a_404_never_a_file(client, url):
    response = client.get(url)
    assert response.status_code == 404, response.status_code
    body = response.get_data(as_text=True)
    assert "root:" not in body and "def create_app" not in body and '"files"' not in body


def test_the_original_of_a_document_is_never_read_outside_the_corpus(app, dirs):
    # A corpus file replaced by a link to a file elsewhere (a tampered or badly copied corpus).
    secret = dirs[0].parent / "bi-mat.txt"
    secret.write_text("MẬT KHẨU CỦA MÁY CHỦ", encoding="utf-8")
    rel = app.test_client().get(f"/doc/{KL57}.json").get_json()["source"]["path"]
    original = dirs[0] / rel
    original.unlink()
    os.symlink(secret, original)
    response = app.test_client().get(f"/doc/{KL57}/source")
    assert response.status_code == 404 and "MẬT KHẨU" not in response.get_data(as_text=True)


# --- oversized requests -------------------------------------------------------------------------------------------

OVER = 4 * LIMIT + 1  # MAX_CONTENT_LENGTH of the test app, plus one byte


@pytest.mark.parametrize(
    "url,kind",
    [
        ("/archivist/upload", "file"),
        ("/documents.json", "api"),
        ("/archivist/login", "field"),
        (f"/archivist/doc/{KL57}", "field"),
        ("/archivist/logout", "field"),
    ],
)
def test_a_body_over_the_limit_is_a_413_in_vietnamese(archivist, dirs, url, kind):
    before = corpus_state(dirs[0])
    headers = {"Authorization": f"Bearer {TOKEN}"} if kind == "api" else {}
    if kind == "field":
        data = {"csrf_token": archivist.token, "p1-issuer": "x" * OVER}
    else:
        data = {
            "csrf_token": archivist.token,
            "file" if kind == "api" else "files": [(io.BytesIO(b"x" * OVER), "lon.txt")],
        }
    response = archivist.client.post(url, data=data, headers=headers, content_type="multipart/form-data")
    assert response.status_code == 413
    message = response.get_json()["error"] if kind == "api" else response.get_data(as_text=True)
    assert "Dữ liệu gửi lên quá lớn" in message and "tối đa 4 MB" in message
    assert_header_policy(response)
    assert corpus_state(dirs[0]) == before


def test_a_form_of_too_many_parts_is_refused_not_a_500(archivist, dirs):
    before = corpus_state(dirs[0])
    data = {f"p1-role-{i}-agency": "x" for i in range(1500)}
    data["csrf_token"] = archivist.token
    response = archivist.client.post(f"/archivist/doc/{KL57}", data=data, content_type="multipart/form-data")
    assert response.status_code == 413
    assert corpus_state(dirs[0]) == before


@pytest.mark.parametrize(
    "url,status",
    [
        ("/search?q=" + "thông tin " * 20_000, 200),  # cut to its first words, with a notice
        ("/search.json?q=" + "a" * 100_000, 200),
        ("/search?" + "&".join(f"issuer=co-quan-{i}" for i in range(3000)), 400),  # every link would carry them all
        ("/search.json?" + "a=1&" * 20_000, 400),
        ("/search?lang=" + "e" * 100_000, 200),
        ("/doc/" + "a" * 100_000, 404),
        ("/doc/" + "a" * 100_000 + ".json", 404),
        ("/so/" + "9" * 100_000, 404),
        ("/archivist/login?next=/" + "a" * 100_000, 200),
    ],
)
def test_very_long_addresses_are_answered_and_small(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    # The page must not echo the address into every link: no amplification.
    assert len(response.data) < 1_000_000, len(response.data)


# --- deep pagination --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page,status",
    [
        ("1000000000", 200),
        ("999999999999", 200),
        ("", 200),
        ("-1", 400),
        ("0", 400),
        ("abc", 400),
        ("1e9", 400),
        ("1.0", 400),
        ("+1", 400),
        (" 1", 400),
        ("9999999999999", 400),
        ("²", 400),
        ("١", 400),
        ("0x10", 400),
    ],
)
@pytest.mark.parametrize("path", ["/search", "/search.json", "/export.csv", "/export.json"])
def test_deep_or_malformed_pages_are_an_empty_page_or_a_400(client, path, page, status):
    response = client.get(path, query_string={"q": "thông tin", "page": page})
    assert response.status_code == status
    if status == 400:
        text = response.get_json()["error"] if path.endswith(".json") else response.get_data(as_text=True)
        too_large = page.isascii() and page.isdigit() and int(page) > 0
        assert ("Số trang quá lớn: tối đa 999.999.999.999" if too_large else "Số trang phải là số nguyên dương") in text
    elif path == "/search.json" and page:
        data = response.get_json()
        assert data["results"] == [] and data["page"] == int(page) and data["total"] > 0
