"""Words that look like a task's time frame and name something else: a body ("Sở Kế hoạch và Đầu tư" over the
next line's "Hằng năm"), a master plan's period ("Quy hoạch tỉnh … thời kỳ 2021-2030"). Cases from real plans."""

import pytest

from indexer.text.time_frames import due_of

# (text, the document's year, (the frame's words, kind, start, end) or None)
NAMED = [
    (  # dev 043 III-3: a body's name, then its work on the next line: "tư" is no "từ", "Kế hoạch" no plan
        "3. Sở Kế hoạch và Đầu tư\nHằng năm, trên cơ sở đề xuất của các cơ quan, đơn vị, tham mưu UBND tỉnh",
        2024,
        ("Hằng năm", "recurring", None, None),
    ),
    (  # dev 003 II-3: the master plan's period is its name, the task has none
        "3. Công tác quy hoạch khoáng sản trên địa bàn tỉnh - Tổ chức thực hiện rà soát, điều chỉnh phương án "
        "quản lý về địa chất, khoáng sản để tích hợp vào điều chỉnh Quy hoạch tỉnh Lào Cai thời kỳ 2021 - 2030, tầm "
        "nhìn đến năm 2050.",
        2026,
        None,
    ),
    (  # … and a recurrence said beside it is the task's
        "- Rà soát, cập nhật Quy hoạch tỉnh thời kỳ 2021-2030; định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh.",
        2026,
        ("định kỳ hằng năm", "recurring", None, None),
    ),
    (
        "Triển khai các nhiệm vụ trong thời kỳ 2021-2030.",
        2026,
        ("trong thời kỳ 2021-2030", "period", "2021-01-01", "2030-12-31"),
    ),
]


@pytest.mark.parametrize(("text", "year", "expected"), NAMED, ids=[c[0][:50] for c in NAMED])
def test_a_name_is_no_time_frame(text, year, expected):
    due = due_of(text, year)
    assert (due and (due.text, due.kind, due.start, due.end)) == expected
