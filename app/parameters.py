"""What a URL gives the views, without control characters: its query parameters and its path's values.

A NUL or another control character in a URL (``/search?q=a%00b``, ``/so/57%00KL``) was echoed as it came into
the page's ``<title>``, the search box and every link the page built from it (issue 21).  Each one is replaced
by a space before any view, template or error page reads it: the query's parameters by the portal's request
class when they are first read, the path's values (a document id, a number) before the view is called.
Form fields (a correction's line breaks) are left as they are.
"""

from __future__ import annotations

import re

from flask import Flask, Request
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.utils import cached_property

# C0 and C1 controls and DEL; the line and paragraph separators; the bidirectional embeddings, overrides and
# isolates, which reorder what follows them on screen.  None of them belongs in a query or a filter value.
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def without_controls(text: str) -> str:
    """``text`` with every control character replaced by a space.

    >>> without_controls("57-KL/TW\\x00<b>\\tthông tin\\u202e")
    '57-KL/TW <b> thông tin '
    """
    return CONTROLS.sub(" ", text)


class PortalRequest(Request):
    """Flask's request, its URL parameters (names and values) without control characters."""

    @cached_property
    def args(self) -> ImmutableMultiDict:
        parsed = super().args
        return ImmutableMultiDict(
            [(without_controls(name), without_controls(value)) for name, value in parsed.items(multi=True)]
        )


def register(app: Flask) -> None:
    """Have every request of ``app`` read its URL without control characters."""
    app.request_class = PortalRequest

    @app.url_value_preprocessor
    def path_values_without_controls(endpoint, values):
        for name, value in (values or {}).items():
            if isinstance(value, str):
                values[name] = without_controls(value)
