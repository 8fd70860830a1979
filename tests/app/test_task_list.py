"""The archive-wide task list (issue 22): ``/tasks``, its JSON twin, its CSV and its calendar; each filter and facet,
words with or without diacritics, malformed parameters, and archivists' corrections of tasks seen everywhere."""

import csv
import datetime as dt
import io
import json

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from app.implementation import task_list as view
from app.implementation.calendar import summary_of
from indexer import build_index, fold
from tests.app.archivists import csrf_of
from tests.fuzzing import FUZZ, filter_values, queries

LANG_SON = "06-kh-bcd-lang-son-2019"  # corpus/001, 27/02/2019: III-1 to III-5, four of them "năm 2019"
KL57 = "57-kl-tw-2023"
CAM_TAN = "ke-hoach-uy-ban-nhan-dan-xa-cam-tan-70673bec"  # a commune's plan in Thanh Hoá, undated
TASK_KEYS = {"anchor", "url", "text", "lead", "coordinate", "assigned", "due"}
ROW_KEYS = TASK_KEYS | {"doc_id", "doc_url", "number", "doc_type", "issuer", "province", "level", "date"}


@pytest.fixture
def on(monkeypatch):
    """Class time frames against a given day."""

    def set_day(day: dt.date):
        monkeypatch.setattr(view, "today", lambda: day)

    return set_day


def tasks_json(client, **params) -> dict:
    response = client.get("/tasks.json", query_string=params)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def own_tasks(client, doc_id: str) -> dict:
    """A document's tasks as its own page's JSON twin gives them, by anchor."""
    return {t["anchor"]: t for t in client.get(f"/doc/{doc_id}/tasks.json").get_json()["tasks"]}


def every_task(client, **params) -> list[dict]:
    """Every task of every page (the JSON twin pages its answer)."""
    found, page = [], 1
    while True:
        data = tasks_json(client, page=page, **params)
        if not data["tasks"]:
            return found
        found += data["tasks"]
        page += 1


def test_the_json_follows_the_contract_and_lists_newest_documents_first(client):
    data = tasks_json(client)
    assert set(data) >= {"total", "page", "tasks", "facets"} and data["page"] == 1
    assert set(data["facets"]) >= {"agency_lead", "agency_coordinate", "agency_assigned", "province", "level", "doc"}
    tasks = every_task(client)
    assert len(tasks) == data["total"] > 20
    for task in tasks:
        assert set(task) == ROW_KEYS
        assert task["url"] == f"/doc/{task['doc_id']}#{task['anchor']}" and task["doc_url"] == f"/doc/{task['doc_id']}"
    dates = [t["date"] or "" for t in tasks]
    assert dates == sorted(dates, reverse=True)  # the undated last
    # the same task as /doc/<id>/tasks.json gives it
    own = {t["anchor"]: t for t in client.get(f"/doc/{LANG_SON}/tasks.json").get_json()["tasks"]}
    listed = [t for t in tasks if t["doc_id"] == LANG_SON]
    assert [{k: t[k] for k in TASK_KEYS} for t in listed] == list(own.values())
    assert (
        listed[0]["number"] == "06-KH/BCĐ" and listed[0]["province"] == "Lạng Sơn" and listed[0]["date"] == "2019-02-27"
    )


def has_agency(role: str, name: str):
    """The task names the agency in that role (with its place, or without: as extraction wrote it)."""
    return lambda task: any(agency.startswith(name) for agency in task[role])


@pytest.mark.parametrize(
    "params,each,among",
    [
        # an agency in a role by its canonical name, in another tone placement, without its place: that body leads
        # item III-1 of the Lạng Sơn plan, and only coordinates item III-3
        ({"agency": "Ban Tuyên giáo Tỉnh ủy", "role": "lead"}, has_agency("lead", "Ban Tuyên giáo Tỉnh uỷ"), "III-1"),
        ({"agency": "Ban Tuyên giáo Tỉnh uỷ Lạng Sơn", "role": "lead"}, has_agency("lead", "Ban Tuyên giáo"), "III-1"),
        (
            {"agency": "Ban Tuyên giáo Tỉnh uỷ Lạng Sơn", "role": "coordinate"},
            has_agency("coordinate", "Ban Tuyên giáo Tỉnh uỷ"),
            "III-3",
        ),
        ({"role": "lead"}, lambda task: task["lead"], "III-1"),
        ({"role": "assigned"}, lambda task: task["assigned"], "III-4"),
        ({"province": "Lạng Sơn"}, lambda task: task["province"] == "Lạng Sơn", "III-4"),
        ({"province": ["Lạng Sơn", "Cao Bằng"]}, lambda task: task["province"] in ("Lạng Sơn", "Cao Bằng"), "III-4"),
        ({"level": "province"}, lambda task: task["level"] == "province", "III-4"),
        ({"level": "central"}, lambda task: task["level"] == "central", None),
        ({"doc": LANG_SON}, lambda task: task["doc_id"] == LANG_SON, "III-4"),
        ({"doc": [KL57, LANG_SON], "role": "lead"}, lambda task: task["lead"], "III-1"),
        ({"due": "recurring"}, lambda task: task["due"]["kind"] == "recurring", None),
        ({"due": "dated"}, lambda task: task["due"]["kind"] in ("date", "period") and task["due"]["end"], "III-4"),
        ({"due": "overdue"}, lambda task: task["due"]["end"] < "2026-01-01", "III-4"),
        (
            {"due": ["overdue", "recurring"]},
            lambda task: task["due"]["kind"] in ("period", "date", "recurring"),
            "III-4",
        ),
        ({"due": "month"}, lambda task: task["due"]["end"][:7] == "2026-01", None),
    ],
)
def test_each_filter_lets_through_what_it_says_and_counts_agree(client, on, params, each, among):
    on(dt.date(2026, 1, 1))
    found = every_task(client, **params)
    assert all(each(task) for task in found), params
    if among:  # one of the Lạng Sơn plan's items, as its own page lists it, is among them
        assert (LANG_SON, among) in {(t["doc_id"], t["anchor"]) for t in found}
    assert tasks_json(client, **params)["total"] == len(found)
    if len(params) == 1 and not isinstance(next(iter(params.values())), list):  # one value: its count says it
        name, value = next(iter(params.items()))
        counts = {i["value"]: i["count"] for i in tasks_json(client)["facets"][name]}
        assert counts.get(value, 0) == len(found)


@pytest.mark.parametrize("doc_id,role", [(KL57, None), (LANG_SON, "lead"), (CAM_TAN, "assigned"), (CAM_TAN, None)])
def test_a_documents_tasks_in_the_list_are_those_of_its_own_page(client, doc_id, role):
    own = [a for a, t in own_tasks(client, doc_id).items() if role is None or t[role]]
    params = {"doc": doc_id, **({"role": role} if role else {})}
    assert [t["anchor"] for t in every_task(client, **params)] == own


def test_a_level_selects_the_tasks_of_documents_of_that_level(client):
    communes = every_task(client, level="commune")
    assert communes and {t["doc_id"] for t in communes} == {CAM_TAN}  # the one commune's plan of the corpus
    assert [t["anchor"] for t in communes] == list(own_tasks(client, CAM_TAN))


@pytest.mark.parametrize(
    "day,due,in_2019",
    [
        # "năm 2019" ends 31/12/2019: due this month and this quarter in December 2019, overdue from 2020
        (dt.date(2019, 12, 15), "month", True),
        (dt.date(2019, 10, 1), "quarter", True),
        (dt.date(2019, 9, 30), "quarter", False),
        (dt.date(2019, 12, 31), "overdue", False),  # due today: not yet overdue
        (dt.date(2020, 1, 1), "overdue", True),
        (dt.date(2020, 1, 1), "month", False),
    ],
)
def test_time_frames_are_relative_to_today(client, on, day, due, in_2019):
    on(day)
    ending_2019 = {a for a, t in own_tasks(client, LANG_SON).items() if t["due"]["end"] == "2019-12-31"}
    assert {"III-1", "III-3", "III-4", "III-5"} <= ending_2019
    expected = ending_2019 if in_2019 else set()
    assert {t["anchor"] for t in every_task(client, due=due, doc=LANG_SON)} == expected
    counts = {i["value"]: i["count"] for i in tasks_json(client, doc=LANG_SON)["facets"]["due"]}
    assert counts.get(due, 0) == len(expected)


def test_facets_are_counted_over_the_other_filters(client):
    data = tasks_json(client, province="Lạng Sơn", level="commune")
    assert data["total"] == 0
    assert {i["value"] for i in data["facets"]["province"]} == {"Thanh Hoá"}  # the communes' province, to switch to
    assert "province" in {i["value"] for i in data["facets"]["level"]}  # Lạng Sơn's level, to switch to
    chosen = tasks_json(client, role="lead", agency="Ban Tuyên giáo Tỉnh uỷ Lạng Sơn")["facets"]["agency_lead"]
    assert [i["value"] for i in chosen if i["selected"]] == ["Ban Tuyên giáo Tỉnh uỷ Lạng Sơn"]
    assert len(chosen) > 1  # the other leads stay listed, to add to the selection


@pytest.mark.parametrize(
    "accented,folded",
    [
        ("Ban Tuyên giáo", "ban tuyen giao"),
        ("thông tin đối ngoại", "THONG TIN DOI NGOAI"),
        ("Công an xã", "cong an xa"),
    ],
)
def test_words_match_with_or_without_diacritics(client, accented, folded):
    with_marks = every_task(client, q=accented)
    assert with_marks and with_marks == every_task(client, q=folded)
    for task in with_marks:
        assert all(word in fold(task["text"]) for word in fold(accented).split())


def test_words_no_task_holds_find_nothing(client):
    assert tasks_json(client, q="tàu vũ trụ")["total"] == 0
    assert tasks_json(client, q="ban tuyen giao", level="central", role="coordinate")["total"] == 0


@pytest.mark.parametrize(
    "query,message",
    [
        ("due=tomorrow", "Thời hạn «tomorrow» không hợp lệ"),
        ("role=recipient", "Vai trò «recipient» không hợp lệ"),
        ("role=chủ+trì", "Vai trò «chủ trì» không hợp lệ"),
        ("level=tinh", "Cấp «tinh» không hợp lệ"),
        ("doc=../../etc/passwd", "Mã văn bản «../../etc/passwd» không hợp lệ"),
        ("page=0", "Số trang phải là số nguyên dương"),
        ("page=abc", "Số trang phải là số nguyên dương"),
        ("page=" + "9" * 20, "Số trang quá lớn"),
        ("year=2024", "Tham số «year» không hợp lệ"),
        ("&".join(f"province=P{k}" for k in range(51)), "Chọn tối đa 50 giá trị bộ lọc"),
    ],
)
@pytest.mark.parametrize("path", ["/tasks", "/tasks.json", "/tasks.csv", "/tasks.ics"])
def test_a_malformed_parameter_is_a_400_in_the_house_shape(client, path, query, message):
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    if path.endswith(".json"):
        assert response.get_json() == {"ok": False, "status": 400, "error": response.get_json()["error"]}
        assert message in response.get_json()["error"]
    else:
        assert response.mimetype == "text/html" and message in response.get_data(as_text=True)


@FUZZ
@given(
    st.sampled_from(["/tasks", "/tasks.json", "/tasks.csv", "/tasks.ics"]),
    st.lists(
        st.tuples(
            st.sampled_from(["q", "agency", "role", "province", "level", "doc", "due", "page"]), queries | filter_values
        ),
        max_size=4,
    ),
)
def test_the_task_list_never_answers_500(portal, path, params):
    response = portal.test_client().get(path, query_string=params)
    assert response.status_code in (200, 400), (path, params, response.status_code)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"province": "Lạng Sơn"},
        {"role": "assigned"},
        {"q": "thong tin"},
        {"due": "recurring"},
        {"level": "central"},
    ],
)
def test_the_csv_has_a_row_per_task_the_json_counts(client, params):
    response = client.get("/tasks.csv", query_string=params)
    assert response.mimetype == "text/csv" and "nhiem-vu.csv" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0] == [
        "Văn bản giao",
        "Ngày văn bản",
        "Mục",
        "Nhiệm vụ",
        "Chủ trì",
        "Phối hợp",
        "Được giao",
        "Thời hạn",
        "Liên kết",
    ]
    assert len(rows) - 1 == tasks_json(client, **params)["total"]
    assert [r[2] for r in rows[1:]] == [t["anchor"] for t in every_task(client, **params)]


def events_of(response) -> list:
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    return list(Calendar.from_ical(response.data).walk("VEVENT"))


@pytest.mark.parametrize("params", [{}, {"province": "Lạng Sơn"}, {"role": "lead"}, {"province": "Cao Bằng"}])
def test_the_calendar_has_one_all_day_event_per_dated_task_on_its_last_day(client, params):
    events = events_of(client.get("/tasks.ics", query_string=params))
    dated = every_task(client, due="dated", **params)
    assert len(events) == len(dated)
    by_uid = {str(e["UID"]): e for e in events}
    for task in dated:
        event = by_uid[f"{task['doc_id']}/{task['anchor']}@localhost"]  # stable: the document and the anchor
        assert event.decoded("DTSTART") == dt.date.fromisoformat(task["due"]["end"])
        assert event.decoded("DTEND") - event.decoded("DTSTART") == dt.timedelta(days=1)
        assert str(event["URL"]) == "http://localhost" + task["url"]
        assert str(event["SUMMARY"]).startswith(" ".join(task["text"].split())[:60])
        assert "06-KH/BCĐ" in str(event["DESCRIPTION"]) or task["doc_id"] != LANG_SON


def ical_text(text: str) -> str:
    """A text as RFC 5545 writes it (section 3.3.11): backslashes, semicolons, commas and line breaks escaped."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def test_the_calendar_escapes_and_folds_its_lines(client):
    body = client.get("/tasks.ics", query_string={"doc": LANG_SON}).data
    lines = body.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-2:] == [b"END:VCALENDAR", b""]  # CRLF line ends
    assert all(len(line) <= 75 for line in lines)  # folded at 75 octets
    unfolded = body.replace(b"\r\n ", b"").decode("utf-8")  # a folded line goes on after CRLF and a space
    task = own_tasks(client, LANG_SON)["III-3"]  # "3- Các huyện ủy, thành ủy, đảng ủy trực thuộc; các đảng đoàn…"
    assert f"SUMMARY:{ical_text(summary_of(task['text']))}\r\n" in unfolded
    assert "\\nĐược giao: Các huyện uỷ\\, thành uỷ\\, đảng uỷ trực thuộc\\n" in unfolded
    event = next(e for e in Calendar.from_ical(body).walk("VEVENT") if str(e["UID"]).startswith(f"{LANG_SON}/III-3@"))
    assert str(event["SUMMARY"]) == summary_of(task["text"])
    assert "Được giao: Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc\n" in str(event["DESCRIPTION"])


def test_the_page_shows_filters_as_removable_chips_and_links_each_agency(client):
    page = client.get("/tasks", query_string={"province": "Lạng Sơn", "due": "dated", "q": "thong tin"})
    soup = BeautifulSoup(page.get_data(as_text=True), "html.parser")
    chips = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".active-filters a.chip")}
    assert chips == {
        "Tỉnh, thành phố: Lạng Sơn ×": "/tasks?q=thong+tin&due=dated",
        "Thời hạn: Có ngày hạn ×": "/tasks?q=thong+tin&province=L%E1%BA%A1ng+S%C6%A1n",
    }
    rows = soup.select("table.tasks tbody tr")
    assert len(rows) == tasks_json(client, province="Lạng Sơn", due="dated", q="thong tin")["total"] > 0
    assert [th.get("scope") for th in soup.select("table.tasks thead th")] == ["col"] * 6
    leads = [a for row in rows for a in row.select("td")[1].select("a")]
    assert leads and all(a["href"].startswith("/tasks?agency=") and a["href"].endswith("&role=lead") for a in leads)
    exports = [a["href"] for a in soup.select(".export a")]
    assert exports == [
        f"/tasks.{fmt}?q=thong+tin&province=L%E1%BA%A1ng+S%C6%A1n&due=dated" for fmt in ("csv", "ics", "json")
    ]
    facets = {d.select_one("summary").text for d in soup.select("aside.facets details")}
    assert {"Thời hạn", "Tỉnh, thành phố", "Văn bản giao"} <= facets


def test_the_page_in_english_and_its_navigation(client):
    page = client.get("/tasks?lang=en&due=recurring").get_data(as_text=True)
    assert "Tasks of the archive" in page and "Time frame: Recurring" in page
    home = BeautifulSoup(client.get("/search").get_data(as_text=True), "html.parser")
    assert home.select_one('header nav a[href="/tasks"]') is not None
    own = BeautifulSoup(client.get(f"/doc/{LANG_SON}/tasks").get_data(as_text=True), "html.parser")
    links = [a["href"] for a in own.select("table.tasks a[href^='/tasks?']")]
    assert "/tasks?agency=Ban+Tuy%C3%AAn+gi%C3%A1o+T%E1%BB%89nh+u%E1%BB%B7+L%E1%BA%A1ng+S%C6%A1n&role=lead" in links
    followed = tasks_json(client, agency="Ban Tuyên giáo Tỉnh uỷ Lạng Sơn", role="lead")
    assert [(t["doc_id"], t["anchor"]) for t in followed["tasks"]] == [(LANG_SON, "III-1")]


def test_pages_past_the_first(client, monkeypatch):
    monkeypatch.setattr(view, "PER_PAGE", 10)
    first, third = tasks_json(client), tasks_json(client, page=3)
    assert first["total"] > 20 and len(first["tasks"]) == 10 and third["page"] == 3 and third["tasks"]
    pages = [tasks_json(client, page=n)["tasks"] for n in range(1, -(-first["total"] // 10) + 1)]
    assert [t for page in pages for t in page] == every_task(client) and len(every_task(client)) == first["total"]
    assert tasks_json(client, page=len(pages) + 1)["tasks"] == []
    soup = BeautifulSoup(client.get("/tasks?page=2&role=assigned").get_data(as_text=True), "html.parser")
    assert soup.select_one("a[rel=prev]")["href"] == "/tasks?role=assigned&page=1"
    past = client.get("/tasks?page=99").get_data(as_text=True)
    assert "nằm sau trang cuối" in past


def test_everything_shown_is_escaped(client):
    hostile = '<script>alert("x")</script>'
    page = client.get("/tasks", query_string={"q": hostile, "agency": hostile}).get_data(as_text=True)
    assert hostile not in page and "&lt;script&gt;" in page


# --- archivists' corrections ---------------------------------------------------------------------------------------


def task_rows(form: dict) -> dict:
    """The task rows of the correction form, by anchor: their field names' prefix."""
    count = int(form["p1-tasks"])
    return {form[f"p1-task-{i}-anchor"]: f"p1-task-{i}-" for i in range(count)}


def test_a_correction_of_tasks_is_seen_everywhere_audited_and_survives_a_rebuild(archivist, app, dirs):
    form = archivist.review_form(f"/archivist/doc/{LANG_SON}")
    rows = task_rows(form)
    extracted = list(own_tasks(app.test_client(), LANG_SON))
    assert list(rows) == extracted
    form[rows["III-1"] + "lead"] = "Sở Ngoại vụ\nBan Tuyên giáo Tỉnh uỷ"
    form[rows["III-2"] + "due"] = "Hoàn thành trước ngày 30/6/2019"
    form[rows["III-4"] + "drop"] = "1"
    assert archivist.client.post(f"/archivist/doc/{LANG_SON}", data=form).status_code == 302
    reader = app.test_client()

    def seen():
        own = {t["anchor"]: t for t in reader.get(f"/doc/{LANG_SON}/tasks.json").get_json()["tasks"]}
        listed = {t["anchor"]: t for t in reader.get(f"/tasks.json?doc={LANG_SON}").get_json()["tasks"]}
        assert listed.keys() == own.keys()
        return own

    for rebuilt in (False, True):
        if rebuilt:
            build_index(str(dirs[0]), str(dirs[1]), procs=1)
        own = seen()
        assert list(own) == [a for a in extracted if a != "III-4"]
        assert own["III-1"]["lead"] == ["Sở Ngoại vụ", "Ban Tuyên giáo Tỉnh uỷ"]
        assert own["III-2"]["due"] == {
            "text": "Hoàn thành trước ngày 30/6/2019",
            "kind": "date",
            "start": None,
            "end": "2019-06-30",
        }
        assert reader.get("/tasks.json?agency=Sở Ngoại vụ&role=lead").get_json()["total"] == 1
    entry = archivist.client.get("/archivist/audit.json").get_json()["entries"][0]
    assert entry["action"] == "correct" and entry["actor"] == "lan" and entry["via"] == "web"
    assert set(entry["fields"]["tasks"]["to"]) == {"III-1", "III-2", "III-4"}
    sidecar = json.loads((dirs[0] / "001_c14d97335b0db08d.txt.meta.json").read_text())
    assert sidecar["corrections"]["1"]["tasks"]["III-4"] == {"drop": True}

    # the dropped task is shown as such; unticked, it comes back
    page = archivist.client.get(f"/archivist/doc/{LANG_SON}").get_data(as_text=True)
    assert "Đã bỏ nhiệm vụ này" in page
    form = archivist.review_form(f"/archivist/doc/{LANG_SON}")  # an unticked box is not sent
    assert archivist.client.post(f"/archivist/doc/{LANG_SON}", data=form).status_code == 302
    assert "III-4" in seen() and seen()["III-1"]["lead"] == ["Sở Ngoại vụ", "Ban Tuyên giáo Tỉnh uỷ"]


@pytest.mark.parametrize(
    "field,typed,message",
    [
        ("due", "trước ngày 31/02/2019", "Không đọc được thời hạn «trước ngày 31/02/2019»"),
        ("lead", "\n".join(f"Sở số {k}" for k in range(60)), "tối đa 50 cơ quan"),
        ("coordinate", "Sở " * 600, "Tên cơ quan quá dài"),
    ],
)
def test_a_bad_correction_of_a_task_is_refused_and_nothing_is_kept(archivist, dirs, field, typed, message):
    sidecar = dirs[0] / "001_c14d97335b0db08d.txt.meta.json"
    before = sidecar.read_text() if sidecar.exists() else None
    form = archivist.review_form(f"/archivist/doc/{LANG_SON}")
    form[task_rows(form)["III-1"] + field] = typed
    response = archivist.client.post(f"/archivist/doc/{LANG_SON}", data=form)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and message in page
    assert (sidecar.read_text() if sidecar.exists() else None) == before
    if field == "due":
        assert typed in page  # what was typed is kept for the next try


def test_correcting_tasks_needs_a_login_and_the_form_token(app, archivist):
    form = archivist.review_form(f"/archivist/doc/{LANG_SON}")
    form[task_rows(form)["III-4"] + "drop"] = "1"
    anonymous = app.test_client()
    assert anonymous.post(f"/archivist/doc/{LANG_SON}", data=form).status_code in (302, 400, 401)
    assert archivist.client.post(f"/archivist/doc/{LANG_SON}", data=dict(form, csrf_token="x")).status_code == 400
    assert csrf_of(archivist.client.get(f"/archivist/doc/{LANG_SON}"))
    assert "III-4" in {t["anchor"] for t in app.test_client().get(f"/doc/{LANG_SON}/tasks.json").get_json()["tasks"]}
