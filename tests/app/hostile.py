"""What the security tests of the portal share: a document every test index holds, and the headers every
answer must carry (checked by :mod:`tests.app.test_security_escaping` and :mod:`tests.app.test_security_requests`)."""

from __future__ import annotations

KL57 = "57-kl-tw-2023"


def assert_header_policy(response) -> None:
    policy = dict(part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";"))
    assert policy["script-src"] == "'self'" and policy["default-src"] == "'self'"
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
    assert "unsafe-eval" not in response.headers["Content-Security-Policy"]
    assert policy["frame-ancestors"] == "'none'" and policy["object-src"] == "'none'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
