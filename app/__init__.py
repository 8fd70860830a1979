"""The research portal: a thin Flask layer over the ``indexer`` library.

``create_app(config=None)`` sets the defaults of :mod:`app.config`, reads the
instance configuration and the environment, checks the settings, opens (or
builds) the index, and registers one blueprint per kind of page.
"""

from __future__ import annotations

import logging
import os
import secrets
import time

from flask import Flask, g, request, send_from_directory

from app import config as settings
from app import errors, i18n, parameters, urls
from app.archive import Archive

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLOW_REQUEST_MS = 1000  # requests slower than this are logged, with their path
slow_log = logging.getLogger("app.slow")

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def create_app(config: dict | None = None) -> Flask:
    """The portal over the corpus and index its settings name (built from the corpus when there is none)."""
    app = Flask(
        __name__,
        instance_path=os.path.join(ROOT, "instance"),
        template_folder=os.path.join(ROOT, "templates"),
        static_folder="static",
    )
    parameters.register(app)  # what a URL gives the views, without control characters
    app.config.from_mapping(settings.defaults())
    app.config.from_pyfile(os.path.join(app.instance_path, "config.py"), silent=True)
    app.config.update(settings.from_environment())
    if config:
        app.config.update(config)
    settings.check(app.config)
    app.config["SECRET_KEY"] = app.config["SECRET_KEY"] or _secret_key(app)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    app.extensions["archive"] = Archive(
        app.config["CORPUS_DIR"],
        app.config["INDEX_DIR"],
        sync_on_start=app.config["SYNC_ON_START"],
        vectors=app.config["VECTORS"],
    )

    from app import archivist, documents, search
    from app.api import openapi
    from app.guide import help as guide
    from app.implementation import chains, compare, task_list, tasks

    for views in (search, documents, chains, tasks, task_list, compare, openapi, guide):
        app.register_blueprint(views.bp)
    archivist.init_app(app)  # archivists' pages, upload API, logins, CSRF protection
    errors.register(app)

    _set_up_templates(app, search.type_label)
    app.add_url_rule("/favicon.ico", "favicon", lambda: _favicon(app))

    @app.before_request
    def start_clock():
        g.started = time.perf_counter()

    @app.after_request
    def headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        elapsed_ms = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        if elapsed_ms > SLOW_REQUEST_MS:
            slow_log.warning(
                "slow request: %s %s took %.0f ms (process %s)",
                request.method,
                request.full_path.rstrip("?")[:300],
                elapsed_ms,
                os.getpid(),
            )
        return i18n.remember_language(response)

    return app


def _set_up_templates(app: Flask, type_label) -> None:
    """What every template may call: the interface text, the language, URLs, how a document type reads, how a
    link names a document."""
    from app.render import document_label

    app.jinja_env.globals.update(
        document_label=document_label,
        t=i18n.t,
        lang=i18n.lang,
        urls=urls,
        language_url=i18n.language_url,
        chosen_lang=_chosen_lang,
        type_label=type_label,
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True


def _favicon(app: Flask):
    """Answer the browsers that ask for the icon at the site's root, whatever the page links."""
    return send_from_directory(app.static_folder, "favicon.ico", mimetype="image/vnd.microsoft.icon", max_age=86400)


def _chosen_lang() -> str | None:
    """The ``?lang=`` of this request when it names a language, for the links of the page.

    Anything else is dropped: every link carried it, so a 100 KB ``lang`` made a 2 MB page.
    """
    chosen = request.args.get("lang")
    return chosen if chosen in i18n.LANGS else None


def _secret_key(app: Flask) -> str:
    """A key kept in the instance folder, so sessions survive restarts."""
    path = os.path.join(app.instance_path, "secret_key")
    os.makedirs(app.instance_path, exist_ok=True)
    if not os.path.exists(path):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    with open(path) as fh:
        return fh.read().strip()
