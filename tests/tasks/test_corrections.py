"""Archivists' corrections of tasks: what a form row is cleaned into, what the sidecar keeps, what the record shows
(issue 22)."""

import pytest

from indexer.document.corrections import BadCorrection
from indexer.tasks.corrections import clean_task, clean_tasks, corrected_tasks, task_corrections_between

NO_DUE = {"text": "", "kind": None, "start": None, "end": None}
YEAR_2019 = {"text": "năm 2019", "kind": "period", "start": "2019-01-01", "end": "2019-12-31"}
# Two tasks of corpus/001 (06-KH/BCĐ Lạng Sơn, 2019) as extraction finds them.
EXTRACTED = [
    {
        "anchor": "III-1",
        "text": "1- Ban Tuyên giáo Tỉnh ủy - Cơ quan Thường trực Ban Chỉ đạo tỉnh …",
        "lead": ["Ban Tuyên giáo Tỉnh uỷ"],
        "coordinate": [],
        "assigned": ["Ban Tuyên giáo Tỉnh uỷ"],
        "due": YEAR_2019,
    },
    {
        "anchor": "III-2",
        "text": "2- Các đơn vị thành viên Ban Chỉ đạo tỉnh: …",
        "lead": [],
        "coordinate": [],
        "assigned": ["Các đơn vị thành viên Ban Chỉ đạo tỉnh"],
        "due": NO_DUE,
    },
]


@pytest.mark.parametrize(
    "row,cleaned",
    [
        # one agency a line, or several separated by ";"; commas are part of a name; blanks and repeats go
        (
            {
                "anchor": "III-3",
                "coordinate": "Sở Ngoại vụ\r\n\r\nSở Nội vụ; Sở Ngoại vụ",
                "assigned": "Các huyện uỷ, thành uỷ",
            },
            {"anchor": "III-3", "coordinate": ["Sở Ngoại vụ", "Sở Nội vụ"], "assigned": ["Các huyện uỷ, thành uỷ"]},
        ),
        # the time frame's words, tidied (NFC, spaces)
        ({"anchor": "III-1", "due": "  trước ngày  30/6/2019 "}, {"anchor": "III-1", "due": "trước ngày 30/6/2019"}),
        # words without numbers that name no time frame are kept: "when asked" is a time frame a person reads
        ({"anchor": "III-1", "due": "khi có yêu cầu"}, {"anchor": "III-1", "due": "khi có yêu cầu"}),
        ({"anchor": "III-1", "due": ""}, {"anchor": "III-1", "due": ""}),
        ({"anchor": "III-4", "drop": True, "lead": ""}, {"anchor": "III-4", "drop": True, "lead": []}),
        ({"anchor": "III-4", "drop": False}, {"anchor": "III-4"}),
    ],
)
def test_a_row_of_the_form_is_cleaned(row, cleaned):
    assert clean_task(row, 2019) == cleaned


@pytest.mark.parametrize(
    "row,message",
    [
        ({"anchor": "III-1", "due": "trước ngày 30/13/2019"}, "Không đọc được thời hạn «trước ngày 30/13/2019»"),
        ({"anchor": "III-1", "due": "trong quý 5/2019"}, "Không đọc được thời hạn"),
        ({"anchor": "III-1", "due": "hằng năm " * 30}, "Thời hạn dài quá 200 ký tự"),
        ({"anchor": "III-1", "lead": "Sở " + "Ngoại vụ " * 200}, "Tên cơ quan quá dài"),
        ({"anchor": "III-1", "lead": "\n".join(f"Sở {k}" for k in range(51))}, "tối đa 50 cơ quan"),
        ({"anchor": "", "lead": "Sở Ngoại vụ"}, "Nhiệm vụ không có mục hợp lệ"),
        ({"anchor": "III-" + "1" * 100}, "Nhiệm vụ không có mục hợp lệ"),
    ],
)
def test_a_row_that_cannot_be_kept_is_refused_in_vietnamese(row, message):
    with pytest.raises(BadCorrection) as refused:
        clean_task(row, 2019)
    assert message in refused.value.message_vi and refused.value.status == 400


def test_at_most_500_rows_at_once():
    with pytest.raises(BadCorrection):
        clean_tasks([{"anchor": f"p{k}"} for k in range(501)], 2019)


@pytest.mark.parametrize(
    "wanted,kept,corrections",
    [
        # what the form sends unchanged is no correction
        ({"III-1": {"lead": ["Ban Tuyên giáo Tỉnh uỷ"], "due": "năm 2019"}}, {}, {}),
        # only what differs is kept
        (
            {"III-1": {"lead": ["Sở Ngoại vụ"], "coordinate": [], "due": "năm 2019"}},
            {},
            {"III-1": {"lead": ["Sở Ngoại vụ"]}},
        ),
        ({"III-2": {"due": "trước ngày 30/6/2019"}}, {}, {"III-2": {"due": "trước ngày 30/6/2019"}}),
        ({"III-2": {"drop": True, "assigned": []}}, {}, {"III-2": {"drop": True}}),
        # a task dropped before is not on the form: its correction stays; unticked, it comes back
        ({"III-1": {"due": "năm 2019"}}, {"III-2": {"drop": True}}, {"III-2": {"drop": True}}),
        ({"III-2": {}}, {"III-2": {"drop": True}}, {}),
        # a row of a task extraction does not find corrects nothing
        ({"IX-9": {"lead": ["Sở Ngoại vụ"]}}, {}, {}),
    ],
)
def test_the_sidecar_keeps_what_differs_from_extraction(wanted, kept, corrections):
    assert task_corrections_between(EXTRACTED, wanted, kept) == corrections


@pytest.mark.parametrize(
    "corrections,anchors,changed",
    [
        ({}, ["III-1", "III-2"], {}),
        ({"III-2": {"drop": True}}, ["III-1"], {}),
        ({"III-1": {"coordinate": ["Sở Ngoại vụ"]}}, ["III-1", "III-2"], {"III-1": {"coordinate": ["Sở Ngoại vụ"]}}),
        # the words are kept as written, their dates read again; the document's year completes "30/6"
        (
            {"III-2": {"due": "Hoàn thành trước ngày 30/6"}},
            ["III-1", "III-2"],
            {
                "III-2": {
                    "due": {"text": "Hoàn thành trước ngày 30/6", "kind": "date", "start": None, "end": "2019-06-30"}
                }
            },
        ),
        (
            {"III-1": {"due": "khi có yêu cầu"}},
            ["III-1", "III-2"],
            {"III-1": {"due": {**NO_DUE, "text": "khi có yêu cầu"}}},
        ),
        ({"III-1": {"due": ""}}, ["III-1", "III-2"], {"III-1": {"due": NO_DUE}}),
        # a correction of a task that is no more applies nowhere
        ({"IX-9": {"drop": True}}, ["III-1", "III-2"], {}),
    ],
)
def test_corrections_are_applied_to_the_tasks_extracted(corrections, anchors, changed):
    tasks = corrected_tasks(EXTRACTED, corrections, 2019)
    assert [t["anchor"] for t in tasks] == anchors
    for task in tasks:
        original = next(t for t in EXTRACTED if t["anchor"] == task["anchor"])
        assert task == {**original, **changed.get(task["anchor"], {})}
    assert EXTRACTED[0]["lead"] == ["Ban Tuyên giáo Tỉnh uỷ"]  # the extracted tasks are left as they were
