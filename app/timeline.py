"""A small timeline of results per year, drawn on the server as SVG: each bar filters by its year.

Each bar says its count above it; the years run along the bottom; undated documents have a bar of their own,
apart at the right ("không ghi ngày"), so that the timeline and the year facet count the same documents.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from app import urls
from app.i18n import t
from indexer import UNDATED

WIDTH, HEIGHT, LABEL, COUNT = 560, 110, 18, 14
UNDATED_SLOT = 56  # the width kept at the right for the undated documents' bar


def timeline(years: list[dict], state: dict) -> Markup | None:
    """SVG markup for the year facet, or ``None`` when there are fewer than two bars to draw."""
    points = sorted(
        (int(item["value"]), item["count"], item.get("selected", False))
        for item in years
        if str(item["value"]).isdigit()
    )
    undated = next((item for item in years if item["value"] == UNDATED), None)
    if len(points) + (undated is not None) < 2 or not points:
        return None
    first, last = points[0][0], points[-1][0]
    span = last - first + 1
    by_year = {y: (c, s) for y, c, s in points}
    top = max([c for _, c, _ in points] + ([undated["count"]] if undated else []))
    room = WIDTH - (UNDATED_SLOT if undated else 0)
    slot = room / span
    bar = max(2.0, min(slot * 0.8, 48.0))
    parts = [
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {COUNT + HEIGHT + LABEL}" role="img" '
        f'aria-labelledby="timeline-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="timeline-title">{escape(t("timeline"))}</title>',
        f'<line class="axis" x1="0" y1="{COUNT + HEIGHT}" x2="{WIDTH}" y2="{COUNT + HEIGHT}"/>',
    ]
    for k in range(span):
        year = first + k
        if year in by_year:
            count, selected = by_year[year]
            parts.append(_bar(k * slot + slot / 2, bar, count, top, selected, str(year), state))
    step = max(1, span // 8)
    for k in range(0, span, step):
        parts.append(_axis_label(k * slot + slot / 2, str(first + k)))
    if undated:
        x = WIDTH - UNDATED_SLOT / 2
        parts.append(_bar(x, min(bar, 36.0), undated["count"], top, undated.get("selected", False), UNDATED, state))
        parts.append(_axis_label(x, t("undated")))
    parts.append("</svg>")
    return Markup("".join(parts))


def _bar(centre: float, width: float, count: int, top: int, selected: bool, value: str, state: dict) -> str:
    h = max(2.0, HEIGHT * count / top)
    y = COUNT + HEIGHT - h
    shown = t("undated") if value == UNDATED else value
    label = t("timeline_bar", year=shown, count=count)
    href = urls.toggle_url(state, "year", value)
    css = "bar selected" if selected else "bar"
    return (
        f'<a href="{escape(href)}" aria-label="{escape(label)}"><title>{escape(label)}</title>'
        f'<rect class="{css}" x="{centre - width / 2:.1f}" y="{y:.1f}" width="{width:.1f}" height="{h:.1f}"/>'
        f'<text class="count" x="{centre:.1f}" y="{y - 3:.1f}" text-anchor="middle">{count}</text></a>'
    )


def _axis_label(centre: float, text: str) -> str:
    y = COUNT + HEIGHT + LABEL - 4
    return f'<text class="year" x="{centre:.1f}" y="{y}" text-anchor="middle">{escape(text)}</text>'
