"""Which tasks a selection of the task list lets through: agencies in their roles, places, documents, time frames
relative to a day, words with or without diacritics (issue 22)."""

import datetime as dt

import pytest

from indexer.document.summary import Summary
from indexer.query.filters import BadFilter, passes
from indexer.query.tasks import check_task_filters, due_classes, holds_words, newest_first, query_words, task_entries

TODAY = dt.date(2024, 5, 15)  # the second quarter of 2024


def task(anchor="III-1", text="", lead=(), coordinate=(), assigned=(), kind=None, start=None, end=None):
    due = {"text": "…" if kind else "", "kind": kind, "start": start, "end": end}
    return {
        "anchor": anchor,
        "text": text,
        "lead": list(lead),
        "coordinate": list(coordinate),
        "assigned": list(assigned),
        "due": due,
    }


def entry(**fields):
    summary = Summary("06-kh-bcd-lang-son-2019", level="province", province="Lạng Sơn", tasks=(task(**fields),))
    return task_entries(summary)[0]


@pytest.mark.parametrize(
    "due,classes",
    [
        ({"kind": "date", "end": "2024-05-31"}, {"dated", "month", "quarter"}),
        ({"kind": "date", "end": "2024-05-15"}, {"dated", "month", "quarter"}),  # due today: not yet overdue
        ({"kind": "date", "end": "2024-05-14"}, {"dated", "month", "quarter", "overdue"}),
        ({"kind": "period", "start": "2024-04-01", "end": "2024-06-30"}, {"dated", "quarter"}),  # "quý II/2024"
        ({"kind": "period", "start": "2024-07-01", "end": "2024-09-30"}, {"dated"}),
        ({"kind": "period", "start": "2019-01-01", "end": "2019-12-31"}, {"dated", "overdue"}),
        ({"kind": "date", "end": "2023-05-20"}, {"dated", "overdue"}),  # May, a year ago: not this month
        ({"kind": "period", "start": None, "end": "2045-12-31"}, {"dated"}),  # "đến năm 2045"
        ({"kind": "period", "start": "2024-03-01", "end": None}, set()),  # "từ tháng 3/2024": no end
        ({"kind": "recurring"}, {"recurring"}),
        ({"kind": "recurring", "end": "2023-11-30"}, {"recurring"}),  # "trước ngày 30/11 hằng năm"
        ({}, set()),
    ],
)
def test_a_time_frame_is_classed_against_a_day(due, classes):
    assert due_classes(entry(**due), TODAY) == classes


@pytest.mark.parametrize(
    "filters,lets_through",
    [
        ({"agency": ["Ban Tuyên giáo Tỉnh ủy"], "role": ["lead"]}, True),  # another tone placement, no place
        ({"agency": ["Ban Tuyên giáo Tỉnh uỷ Lạng Sơn"], "role": ["lead"]}, True),
        ({"agency": ["Ban Tuyên giáo Tỉnh uỷ"], "role": ["coordinate"]}, False),  # it leads, it does not coordinate
        ({"agency": ["Sở Ngoại vụ"], "role": ["coordinate"]}, True),
        ({"agency": ["Sở Ngoại vụ"]}, True),
        ({"agency": ["Ban Tuyên giáo Tỉnh uỷ Cao Bằng"]}, False),
        ({"role": ["assigned"]}, False),
        ({"province": ["Lạng Sơn"], "level": ["province"]}, True),
        ({"province": ["Cao Bằng"]}, False),
        ({"level": ["commune"]}, False),
        ({"doc": ["06-kh-bcd-lang-son-2019", "57-kl-tw-2023"]}, True),
        ({"doc": ["57-kl-tw-2023"]}, False),
    ],
)
def test_a_task_is_selected_by_its_agencies_in_their_roles_and_by_its_document(filters, lets_through):
    one = entry(lead=["Ban Tuyên giáo Tỉnh uỷ"], coordinate=["Sở Ngoại vụ"])
    selected = check_task_filters(filters)
    assert passes(one.facets, {f: v for f, v in selected.items() if f != "due"}) is lets_through


@pytest.mark.parametrize(
    "filters,message",
    [
        ({"due": ["tomorrow"]}, "Thời hạn «tomorrow» không hợp lệ"),
        ({"role": ["recipient"]}, "Vai trò «recipient» không hợp lệ"),  # a recipient is given no task
        ({"role": ["chủ trì"]}, "Vai trò «chủ trì» không hợp lệ"),
        ({"level": ["tỉnh"]}, "Cấp «tỉnh» không hợp lệ"),
        ({"doc": ["../etc/passwd"]}, "Mã văn bản «../etc/passwd» không hợp lệ"),
        ({"doc": ["a" * 201]}, "không hợp lệ"),
        ({"year": ["2024"]}, "Bộ lọc «year» không tồn tại"),
        ({"agency": ["x" * 301]}, "Giá trị bộ lọc quá dài"),
    ],
)
def test_a_malformed_filter_is_refused_in_vietnamese(filters, message):
    with pytest.raises(BadFilter) as refused:
        check_task_filters(filters)
    assert message in refused.value.message_vi and refused.value.status == 400


@pytest.mark.parametrize(
    "query,found",
    [
        ("ban tuyen giao", True),
        ("Ban Tuyên giáo", True),
        ("BAN TUYÊN GIÁO tỉnh", True),
        ("tuyen", True),
        ("tuyen truyen", False),  # every word must be there
        ("tuyê", False),  # words, not pieces of words
        ("", True),
    ],
)
def test_words_are_compared_folded_on_both_sides(query, found):
    one = entry(text="Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các sở")
    assert holds_words(one, query_words(query)) is found


def test_newest_documents_first_undated_last_and_entries_kept_for_the_same_summaries():
    old = Summary("a", date="2019-02-27", year=2019, tasks=(task("1"), task("2")))
    new = Summary("b", date="2023-06-15", year=2023, tasks=(task("III-1"),))
    undated = Summary("c", tasks=(task("p3"),))
    none = Summary("d", date="2025-01-01", year=2025)
    entries = newest_first([old, undated, none, new])
    assert [(e.summary.doc_id, e.task["anchor"]) for e in entries] == [
        ("b", "III-1"),
        ("a", "1"),
        ("a", "2"),
        ("c", "p3"),
    ]
    again = newest_first([old, undated, new, Summary("b2", date="2024-01-01", tasks=(task("x"),))], entries)
    assert [e.summary.doc_id for e in again] == ["b2", "b", "a", "a", "c"]
    assert again[1] is entries[0] and again[2] is entries[1]  # the very same summaries: their entries are kept
