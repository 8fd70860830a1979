"""Security (issue 8), who may do what: CSRF tokens on every form, the archivist area closed to whoever is
not logged in (or holds a forged session), the upload API open to a valid token only, a login that never
redirects to another site.

Each test gets its own copy of the corpus and index through the fixtures of :mod:`tests.app.conftest`
(``app``, ``dirs``, ``archivist``), and checks that a refused request changed nothing.
"""

from __future__ import annotations

import base64
import io

import pytest
from werkzeug.security import generate_password_hash

from app import create_app
from tests.app.archivist.test_upload import GOOD
from tests.app.archivists import PASSWORD, TOKEN, Archivist, corpus_state, csrf_of
from tests.app.hostile import KL57

# --- CSRF ----------------------------------------------------------------------------------------------------------


def _url_for_rule(rule, token: str) -> str:
    values = {"doc_id": KL57, "token": token, "number": 1}
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

PUBLIC_ENDPOINTS = {"static", "favicon", "auth.login", "auth.logout"}
PUBLIC_BLUEPRINTS = {"search", "documents", "chains", "tasks", "task_list", "compare", "openapi", "guide"}


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
