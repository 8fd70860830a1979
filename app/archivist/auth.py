"""Who may write: archivists who log in (a session cookie), and programs with an API token.

Researchers need no login.  Accounts come from the ``ARCHIVISTS`` setting as
``name:hash`` entries (werkzeug's salted scrypt/pbkdf2 hashes, never a
password), tokens from ``API_TOKENS`` as ``name:sha256`` (a token is random,
so a plain hash suffices; it is compared in constant time).  Every form is
protected against cross-site requests by Flask-WTF's ``CSRFProtect``; the
token API, which takes no cookie, is exempt.

``python -m app.archivist.auth hash-password`` and ``python -m app.archivist.auth new-token NAME``
make the values to put in the settings.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import re
import secrets
import threading
import time
from urllib.parse import urlsplit

from flask import Blueprint, current_app, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.security import check_password_hash, generate_password_hash

from app.errors import PageError, wants_json

bp = Blueprint("auth", __name__, url_prefix="/archivist")

_HASH = re.compile(r"^(?:scrypt|pbkdf2):[^$]+\$[^$]+\$[0-9a-f]+$")
_TOKEN_HASH = re.compile(r"^[0-9a-f]{64}$")
# Checked when the name is unknown, so that a wrong name takes as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not-a-password")
MAX_FAILURES = 10  # wrong logins from one address within FAILURE_WINDOW seconds
FAILURE_WINDOW = 600


def _entries(value, what: str) -> dict[str, str]:
    """``{name: secret}`` from a dict, or from ``name:secret;name:secret`` text."""
    if isinstance(value, dict):
        return {str(k).strip(): str(v).strip() for k, v in value.items()}
    out = {}
    for item in re.split(r"[;\n]", str(value or "")):
        if not item.strip():
            continue
        name, sep, secret = item.strip().partition(":")
        if not sep or not name.strip():
            raise RuntimeError(f"{what}: each entry must be 'name:hash', got {item.strip()[:20]!r}…")
        out[name.strip()] = secret.strip()
    return out


def parse_accounts(value) -> dict[str, str]:
    """Archivist accounts from the setting; a value that is not a password hash fails at start-up."""
    accounts = _entries(value, "ARCHIVISTS")
    for name, hashed in accounts.items():
        if not _HASH.match(hashed):
            raise RuntimeError(
                f"ARCHIVISTS: the entry of {name!r} is not a password hash "
                "(make one with 'python -m app.archivist.auth hash-password')"
            )
    return accounts


def parse_tokens(value) -> dict[str, str]:
    """``{sha256: name}`` from the API_TOKENS setting."""
    tokens = _entries(value, "API_TOKENS")
    for name, digest in tokens.items():
        if not _TOKEN_HASH.match(digest):
            raise RuntimeError(
                f"API_TOKENS: the entry of {name!r} is not a sha256 hex digest "
                "(make one with 'python -m app.archivist.auth new-token NAME')"
            )
    return {digest: name for name, digest in tokens.items()}


def init_app(app) -> None:
    """Check the accounts and tokens, set up sessions and CSRF protection."""
    app.extensions["archivist_accounts"] = parse_accounts(app.config["ARCHIVISTS"])
    app.extensions["api_tokens"] = parse_tokens(app.config["API_TOKENS"])
    app.extensions["login_failures"] = ({}, threading.Lock())
    if int(app.config["SESSION_HOURS"]) < 1:
        raise RuntimeError("SESSION_HOURS must be a positive number")
    # A signed cookie stays valid until it expires: a short lifetime bounds a stolen one.
    app.config["PERMANENT_SESSION_LIFETIME"] = dt.timedelta(hours=int(app.config["SESSION_HOURS"]))
    if app.config.get("SESSION_COOKIE_SAMESITE") is None:
        app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)  # a token lives as long as the session (SESSION_HOURS)
    csrf = CSRFProtect(app)
    app.extensions["csrf_protect"] = csrf
    app.register_blueprint(bp)

    @app.errorhandler(CSRFError)
    def csrf_error(exc):
        return current_app.handle_user_exception(
            PageError(
                400,
                "Biểu mẫu thiếu mã bảo vệ chống giả mạo (CSRF) hoặc mã đã hết hạn: hãy tải lại trang rồi gửi lại.",
                "The form's anti-forgery (CSRF) token is missing or expired: reload the page and send it again.",
            )
        )


def _key_of(hashed: str) -> str:
    """A short fingerprint of the password hash kept in the session: a new password ends old sessions."""
    return hashlib.sha256(hashed.encode()).hexdigest()[:16]


def current_archivist() -> str | None:
    """The name of the archivist logged in on this request, if any (and still an account)."""
    name = session.get("archivist")
    if not name:
        return None
    hashed = current_app.extensions["archivist_accounts"].get(name)
    if hashed is None or not hmac.compare_digest(session.get("archivist_key", ""), _key_of(hashed)):
        return None
    return name


def login_required_error() -> PageError:
    return PageError(401, "Cần đăng nhập với tư cách lưu trữ viên.", "Log in as an archivist first.")


def archivist_required(view):
    """Let only a logged-in archivist in; others go to the login page (or get a 401)."""

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if current_archivist() is None:
            if request.method == "GET" and not wants_json():
                return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
            raise login_required_error()
        return view(*args, **kwargs)

    return wrapped


def token_owner() -> str | None:
    """The name an ``Authorization: Bearer <token>`` header belongs to, if the token is valid."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    digest = hashlib.sha256(token.strip().encode()).hexdigest()
    owner = None
    for known, name in current_app.extensions["api_tokens"].items():
        if hmac.compare_digest(known, digest):
            owner = name
    return owner


# Browsers read a backslash in a URL as "/" and drop tabs and newlines: "/\\evil.example" and
# "/\t/evil.example" both lead to //evil.example (found by tests/app/test_security_access.py).
_URL_NOISE = re.compile(r"[\x00-\x1f\x7f\\]")


def _safe_next(target: str | None) -> str:
    """Only a path of this site: never an open redirect to another."""
    if (
        target
        and target.startswith("/")
        and not target.startswith("//")
        and not _URL_NOISE.search(target)
        and not urlsplit(target).netloc
    ):
        return target
    return url_for("archivist.home")


def _too_many_failures(address: str) -> bool:
    failures, lock = current_app.extensions["login_failures"]
    now = time.monotonic()
    with lock:
        recent = [t for t in failures.get(address, []) if now - t < FAILURE_WINDOW]
        failures[address] = recent
        return len(recent) >= MAX_FAILURES


def _note_failure(address: str) -> None:
    failures, lock = current_app.extensions["login_failures"]
    with lock:
        failures.setdefault(address, []).append(time.monotonic())


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Show the login form; log an archivist in."""
    accounts = current_app.extensions["archivist_accounts"]
    next_url = _safe_next(request.values.get("next"))
    if request.method == "GET":
        return render_template("archivist/login.html", next_url=next_url, no_accounts=not accounts, name="")
    address = request.remote_addr or "?"
    if _too_many_failures(address):
        raise PageError(
            429,
            "Đăng nhập sai quá nhiều lần; hãy thử lại sau 10 phút.",
            "Too many failed logins; try again in 10 minutes.",
        )
    name = request.form.get("name", "").strip()
    password = request.form.get("password", "")
    hashed = accounts.get(name)
    valid = check_password_hash(hashed or _DUMMY_HASH, password) and hashed is not None
    if not valid:
        _note_failure(address)
        message = "Sai tên đăng nhập hoặc mật khẩu." if name and password else "Hãy nhập tên đăng nhập và mật khẩu."
        return render_template(
            "archivist/login.html", next_url=next_url, no_accounts=not accounts, name=name, error=message
        ), 401
    session.clear()
    session.permanent = True
    session["archivist"] = name
    session["archivist_key"] = _key_of(hashed)
    return redirect(next_url)


@bp.route("/logout", methods=["POST"])
def logout():
    """Log out."""
    session.clear()
    return redirect(url_for("search.search_page"))


# --- making the values of the settings -------------------------------------------------------------------


def main(argv=None) -> None:
    import argparse
    import getpass
    import sys

    parser = argparse.ArgumentParser(prog="python -m app.archivist.auth", description="Make archivist credentials.")
    commands = parser.add_subparsers(dest="command", required=True)
    hash_cmd = commands.add_parser("hash-password", help="print 'NAME:hash' for the ARCHIVISTS setting")
    hash_cmd.add_argument("name", nargs="?", default=None)
    token_cmd = commands.add_parser("new-token", help="print a new API token and its 'NAME:sha256' entry")
    token_cmd.add_argument("name")
    args = parser.parse_args(argv)
    if args.command == "hash-password":
        name = args.name or input("Tên đăng nhập / user name: ").strip()
        if not name or ":" in name or ";" in name:
            sys.exit("error: tên đăng nhập không được trống hay chứa ':' ';' (name must be non-empty, without ':' ';')")
        if sys.stdin.isatty():
            password = getpass.getpass("Mật khẩu / password: ")
            if getpass.getpass("Nhập lại / again: ") != password:
                sys.exit("error: hai lần nhập không khớp (the passwords differ)")
        else:
            password = sys.stdin.readline().rstrip("\n")
        if len(password) < 10:
            sys.exit("error: mật khẩu cần ít nhất 10 ký tự (at least 10 characters)")
        print(f"{name}:{generate_password_hash(password)}")
    else:
        token = secrets.token_urlsafe(32)
        print(f"token (give it to the program, once): {token}")
        print(f"API_TOKENS entry: {args.name}:{hashlib.sha256(token.encode()).hexdigest()}")


if __name__ == "__main__":
    main()
