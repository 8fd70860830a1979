"""``/tro-giup``: every operator of the search box, each with an example link that answers on the archive."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from app import urls
from app.errors import bad_request
from app.i18n import LANGS, t

bp = Blueprint("guide", __name__)

# (the i18n key of the operator, what the example types in the box, the rest of the example's search state)
OPERATORS = [
    ("help_words", "thông tin đối ngoại", {}),
    ("help_plain", "thong tin doi ngoai", {}),
    ("help_phrase", '"biên giới"', {}),
    ("help_exclude", 'thong tin doi ngoai -"Kon Tum"', {}),
    ("help_number", "57-KL/TW", {}),
    ("help_field_so", "so:57-KL/TW", {}),
    ("help_field_loai", 'loai:"ke hoach" bien gioi', {}),
    ("help_field_cap", "cap:xa", {}),
    ("help_field_tinh", 'tinh:"Cao Bang" thong tin', {}),
    ("help_field_nam", "nam:2019..2023 thong tin doi ngoai", {}),
    ("help_field_co_quan", 'co-quan:"Ban Tuyên giáo"', {}),
    ("help_dates", "thong tin", {"from": "2023-01-01", "to": "2024-12-31"}),
    ("help_sort", "thong tin doi ngoai", {"sort": "newest"}),
    ("help_facets", "", {"level": ["province"], "doc_type": ["Kế hoạch"]}),
]


def examples(lang: str | None = None) -> list[dict]:
    """Each operator's explanation and its example: what it types, what else it sets, the link."""
    rows = []
    for key, typed, rest in OPERATORS:
        state = {"q": typed, **rest, "lang": lang}
        shown = " ".join(
            [typed]
            + [
                f"{name}={value}"
                for name, values in rest.items()
                for value in (values if isinstance(values, list) else [values])
            ]
        ).strip()
        rows.append({"operator": t(key), "example": shown, "url": urls.search_url(state)})
    return rows


@bp.route("/tro-giup")
def help_page():
    """Show every operator of the search box, each with an example link."""
    for name in request.args:
        if name != "lang":
            raise bad_request(f"Tham số «{name}» không hợp lệ.", f"Unknown parameter '{name}'.")
    chosen = request.args.get("lang")
    return render_template("help.html", rows=examples(chosen if chosen in LANGS else None))
