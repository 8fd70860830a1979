"""A document's tasks: who leads, coordinates, is assigned, and by when (issue 22's per-document contract)."""

import csv
import io

import pytest

LANG_SON = "06-kh-bcd-lang-son-2019"  # corpus/001: "III. TỔ CHỨC THỰC HIỆN", items 1- to 5-


def test_the_json_follows_the_contract(client):
    data = client.get(f"/doc/{LANG_SON}/tasks.json").get_json()
    assert data["doc_id"] == LANG_SON and data["tasks"]
    for task in data["tasks"]:
        assert set(task) == {"anchor", "url", "text", "lead", "coordinate", "assigned", "due"}
        assert task["url"].endswith("#" + task["anchor"])
        assert set(task["due"]) == {"text", "kind", "start", "end"}
        assert task["due"]["kind"] in ("date", "period", "recurring", None)


@pytest.mark.parametrize(
    "anchor,lead,coordinate,assigned,due",
    [
        # "1- Ban Tuyên giáo Tỉnh uỷ - Cơ quan Thường trực Ban Chỉ đạo …" then "Chủ trì, phối hợp …"
        # agencies by their canonical names, the province completed: what the agency facets compare
        (
            "III-1",
            ["Ban Tuyên giáo Tỉnh uỷ Lạng Sơn"],
            [],
            ["Ban Tuyên giáo Tỉnh uỷ Lạng Sơn"],
            ("period", "2019-01-01", "2019-12-31"),
        ),
        # "3- Các huyện uỷ, thành uỷ …: … phối hợp với Ban Tuyên giáo Tỉnh uỷ, các đơn vị thành viên Ban Chỉ đạo"
        (
            "III-3",
            [],
            ["Ban Tuyên giáo Tỉnh uỷ Lạng Sơn", "Các đơn vị thành viên Ban Chỉ đạo"],
            ["Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc"],
            ("period", "2019-01-01", "2019-12-31"),
        ),
        ("III-4", [], [], ["Các cơ quan báo chí trên địa bàn"], ("period", "2019-01-01", "2019-12-31")),
    ],
)
def test_the_tasks_of_a_provincial_plan(client, anchor, lead, coordinate, assigned, due):
    tasks = {t["anchor"]: t for t in client.get(f"/doc/{LANG_SON}/tasks.json").get_json()["tasks"]}
    task = tasks[anchor]
    assert (task["lead"], task["coordinate"], task["assigned"]) == (lead, coordinate, assigned)
    assert (task["due"]["kind"], task["due"]["start"], task["due"]["end"]) == due


def test_the_page_and_the_csv_say_the_same(client):
    page = client.get(f"/doc/{LANG_SON}/tasks").get_data(as_text=True)
    assert "Chủ trì" in page and "Ban Tuyên giáo Tỉnh" in page and 'id="task-III-1"' in page
    response = client.get(f"/doc/{LANG_SON}/tasks.csv")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0] == ["Mục", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Được giao", "Thời hạn"]
    assert len(rows) - 1 == len(client.get(f"/doc/{LANG_SON}/tasks.json").get_json()["tasks"])
    assert f"/doc/{LANG_SON}/tasks" in client.get(f"/doc/{LANG_SON}").get_data(as_text=True)


def test_an_unknown_document_has_no_tasks_page(client):
    assert client.get("/doc/khong-co/tasks.json").status_code == 404
