"""A small timeline of results per year, drawn on the server as SVG: each bar filters by its year."""

from __future__ import annotations

from markupsafe import Markup, escape

from app import urls
from app.i18n import t

WIDTH, HEIGHT, LABEL = 560, 120, 18


def timeline(years: list[dict], state: dict) -> Markup | None:
    """SVG markup for the year facet, or ``None`` when there are fewer than two years."""
    points = sorted(
        (int(item["value"]), item["count"], item.get("selected", False))
        for item in years
        if str(item["value"]).isdigit()
    )
    if len(points) < 2:
        return None
    first, last = points[0][0], points[-1][0]
    span = last - first + 1
    by_year = {y: (c, s) for y, c, s in points}
    top = max(c for _, c, _ in points)
    slot = WIDTH / span
    bar = max(2.0, slot * 0.8)
    parts = [
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {HEIGHT + LABEL}" role="img" '
        f'aria-labelledby="timeline-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="timeline-title">{escape(t("timeline"))}</title>',
    ]
    for k in range(span):
        year = first + k
        if year not in by_year:
            continue
        count, selected = by_year[year]
        h = max(2.0, HEIGHT * count / top)
        x = k * slot + (slot - bar) / 2
        label = t("timeline_bar", year=year, count=count)
        href = urls.toggle_url(state, "year", str(year))
        css = "bar selected" if selected else "bar"
        parts.append(
            f'<a href="{escape(href)}" aria-label="{escape(label)}"><title>{escape(label)}</title>'
            f'<rect class="{css}" x="{x:.1f}" y="{HEIGHT - h:.1f}" width="{bar:.1f}" height="{h:.1f}"/></a>'
        )
    step = max(1, span // 8)
    for k in range(0, span, step):
        x = k * slot + slot / 2
        parts.append(f'<text x="{x:.1f}" y="{HEIGHT + LABEL - 4}" text-anchor="middle">{first + k}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
