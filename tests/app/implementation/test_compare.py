"""The implementation matrix of a directive: its JSON twin in the contract's shape, the page, the CSV (issue 22)."""

import csv
import io
import re

import pytest
from bs4 import BeautifulSoup
from flask import render_template

KL57 = "57-kl-tw-2023"  # corpus/003, second document: implemented by the seeds' plans and the Bắc Ninh letter
CAO_BANG = "ke-hoach-ban-thuong-vu-tinh-uy-cao-bang-66144a8a"  # implements 57-KL/TW; nothing implements it


@pytest.fixture(scope="module")
def matrix(portal):
    return portal.test_client().get(f"/doc/{KL57}/compare.json").get_json()


def test_the_json_follows_the_contract(matrix):
    assert set(matrix) == {"doc_id", "columns", "rows", "added"} and matrix["doc_id"] == KL57
    assert matrix["rows"] and matrix["columns"]
    for row in matrix["rows"]:
        assert set(row) == {"anchor", "text", "cells"} and isinstance(row["text"], str)
        assert list(row["cells"]) == matrix["columns"]
        for cell in row["cells"].values():
            assert set(cell) == {"anchor", "score"}
            assert cell["anchor"] is None or isinstance(cell["anchor"], str)
            assert isinstance(cell["score"], float) and 0 <= cell["score"] <= 1.5
    assert list(matrix["added"]) == matrix["columns"]
    assert all(isinstance(a, str) for anchors in matrix["added"].values() for a in anchors)


def test_the_rows_are_the_directives_tasks(client, matrix):
    tasks = client.get(f"/doc/{KL57}/tasks.json").get_json()["tasks"]
    assert [row["anchor"] for row in matrix["rows"]] == [task["anchor"] for task in tasks]


def test_the_columns_are_the_documents_implementing_it_province_first(client, matrix):
    chain = client.get(f"/doc/{KL57}/chain.json").get_json()

    def archived(node):
        found = [] if node.get("missing") else [node]
        return found + [n for child in node["children"] for n in archived(child)]

    nodes = {n["doc_id"]: n for child in chain["tree"]["children"] for n in archived(child)}
    assert set(matrix["columns"]) == set(nodes)
    levels = [nodes[doc_id]["level"] for doc_id in matrix["columns"]]
    assert levels == sorted(levels, key=["province", "district", "commune"].index)


def test_every_cell_names_a_paragraph_of_its_document(client, matrix):
    anchors = {
        doc_id: {p["anchor"] for p in client.get(f"/doc/{doc_id}.json").get_json()["paragraphs"]}
        for doc_id in matrix["columns"]
    }
    filled = [(doc_id, cell["anchor"]) for row in matrix["rows"] for doc_id, cell in row["cells"].items()]
    assert all(anchor in anchors[doc_id] for doc_id, anchor in filled if anchor)
    assert sum(bool(anchor) for _d, anchor in filled) >= len(matrix["rows"])  # the plans take most tasks up
    assert all(a in anchors[doc_id] for doc_id, added in matrix["added"].items() for a in added)


def test_the_csv_has_a_line_per_task_and_a_column_per_document(client, matrix):
    response = client.get(f"/doc/{KL57}/compare.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert len(rows) - 1 == len(matrix["rows"])
    assert rows[0][:2] == ["Mục", "Nhiệm vụ"] and len(rows[0]) == 2 + len(matrix["columns"])
    assert [r[0] for r in rows[1:]] == [row["anchor"] for row in matrix["rows"]]


def test_the_page_links_each_cell_to_its_paragraph(client, matrix):
    page = client.get(f"/doc/{KL57}/compare").get_data(as_text=True)
    for row in matrix["rows"]:
        for doc_id, cell in row["cells"].items():
            if cell["anchor"]:
                assert f'href="/doc/{doc_id}#{cell["anchor"]}"' in page
    empty = sum(not cell["anchor"] for row in matrix["rows"] for cell in row["cells"].values())
    assert len(re.findall(r'<td class="cell empty"', page)) == empty
    assert f'href="/doc/{KL57}/compare.json"' in page and f'href="/doc/{KL57}/compare.csv"' in page
    english = client.get(f"/doc/{KL57}/compare?lang=en").get_data(as_text=True)
    assert "Implementation matrix of" in english and "Ma trận thực hiện" in page


@pytest.mark.parametrize(
    "path,linked",
    [
        (f"/doc/{KL57}", True),  # implemented by four archived documents
        (f"/doc/{KL57}/chain", True),
        (f"/doc/{CAO_BANG}", False),  # nothing implements a provincial plan: no matrix to show
    ],
)
def test_the_document_and_chain_pages_link_to_the_matrix_and_the_tasks(client, path, linked):
    page = client.get(path).get_data(as_text=True)
    assert ('class="compare-link"' in page) is linked
    if linked:
        assert f'href="/doc/{KL57}/compare"' in page
    doc_id = path.split("/")[2]
    assert f'<a class="tasks-link" href="/doc/{doc_id}/tasks">' in page  # and to the document's own tasks


@pytest.mark.parametrize("path", ["/doc/khong-co/compare.json", "/doc/khong-co/compare", "/doc/khong-co/compare.csv"])
def test_an_unknown_document_has_no_matrix(client, path):
    response = client.get(path)
    assert response.status_code == 404
    if path.endswith(".json"):
        assert response.get_json() == {"ok": False, "status": 404, "error": "Không có văn bản «khong-co» trong kho."}


def test_a_document_implemented_by_none_has_an_empty_matrix(client):
    matrix = client.get(f"/doc/{CAO_BANG}/compare.json").get_json()
    assert matrix["columns"] == [] and matrix["added"] == {}
    assert all(row["cells"] == {} for row in matrix["rows"])
    assert "Kho chưa có văn bản nào thực hiện văn bản này." in client.get(f"/doc/{CAO_BANG}/compare").get_data(
        as_text=True
    )


def test_what_the_documents_say_is_escaped(portal):
    """A task's text, an implementer's issuer and an added task's text are shown as text, never as markup."""
    script, image = '<script>alert("x")</script>', '"><img src=x onerror=alert(1)>'
    record = portal.extensions["archive"].index.record(KL57)
    node = {"doc_id": CAO_BANG, "doc_type": "Kế hoạch", "number": None, "issuer": image, "level": "province"}
    node.update(province=script, date=None)
    matrix = {
        "doc_id": KL57,
        "columns": [CAO_BANG],
        "rows": [{"anchor": "III-1", "text": script, "cells": {CAO_BANG: {"anchor": "III-1", "score": 0.5}}}],
        "added": {CAO_BANG: ["III-4"]},
    }
    with portal.test_request_context(f"/doc/{KL57}/compare"):
        page = render_template(
            "compare.html", doc=record, matrix=matrix, heads=[node], added=[(node, [("III-4", image)])]
        )
    soup = BeautifulSoup(page, "html.parser")
    assert [s.get("src") for s in soup.find_all("script")] == ["/static/app.js"]
    assert not soup.find_all("img") and script in soup.get_text() and image.strip('"><') in soup.get_text()
