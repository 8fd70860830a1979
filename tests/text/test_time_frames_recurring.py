"""A deadline on a day of the month or quarter after each one recurs: a monthly or quarterly report. Real lines."""

import pytest

from indexer.text.time_frames import due_of

# (text, the document's year, (the frame's words, kind, start, end))
NEXT_PERIOD = [
    (  # dev 016, appendix row 5 of part VII: its time column
        "Trước ngày 05 của tháng liền kề",
        2026,
        ("Trước ngày 05 của tháng liền kề", "recurring", None, None),
    ),
    (  # gazette: a department's quarterly report
        "Hằng quý, trước ngày 15 của tháng đầu quý tiếp theo (riêng quý IV là vào",
        2020,
        ("Hằng quý, trước ngày 15 của tháng đầu quý", "recurring", None, None),
    ),
    (  # gazette: a report sent where the firm has its seat
        "Sở Lao động - Thương binh và Xã hội nơi doanh nghiệp đặt trụ sở chính trước ngày 15 của tháng đầu quý sau",
        2020,
        ("trước ngày 15 của tháng đầu quý", "recurring", None, None),
    ),
    (  # the month named stays a date
        "Báo cáo kết quả về Sở Nội vụ trước ngày 05 tháng 12 năm 2026.",
        2026,
        ("trước ngày 05 tháng 12 năm 2026", "date", None, "2026-12-05"),
    ),
]


@pytest.mark.parametrize(("text", "year", "expected"), NEXT_PERIOD, ids=[c[0][:50] for c in NEXT_PERIOD])
def test_a_day_of_the_next_month_or_quarter_recurs(text, year, expected):
    due = due_of(text, year)
    assert (due.text, due.kind, due.start, due.end) == expected


# (text, the document's year, (the frame's words, kind, start, end)): a day or month of "the year after" is in the
# year after the document's.
NEXT_YEAR = [
    (  # dev 016, appendix row 2 of part I: a plan of 2025 asks for the list by the next January
        "Trước ngày 31/01 năm liền kề",
        2025,
        ("Trước ngày 31/01 năm liền kề", "date", None, "2026-01-31"),
    ),
    (
        "Báo cáo kết quả thực hiện trước ngày 15 tháng 01 của năm sau.",
        2025,
        ("trước ngày 15 tháng 01 của năm sau", "date", None, "2026-01-15"),
    ),
    (
        "Hoàn thành trong tháng 3 năm tiếp theo",
        2024,
        ("trong tháng 3 năm tiếp theo", "period", "2025-03-01", "2025-03-31"),
    ),
    (  # "năm sau khi …" counts from an event, not from the document's year
        "trước ngày 31/01 năm sau khi có kết quả thẩm định",
        2025,
        ("trước ngày 31/01", "date", None, "2025-01-31"),
    ),
]


@pytest.mark.parametrize(("text", "year", "expected"), NEXT_YEAR, ids=[c[0][:50] for c in NEXT_YEAR])
def test_a_day_of_the_year_after_is_next_year(text, year, expected):
    due = due_of(text, year)
    assert (due.text, due.kind, due.start, due.end) == expected
