"""Implementation chains, citation resolution and the missing-documents list."""

import pytest

from indexer import build_index, open_index, remove_document
from indexer.citations.relations import compute
from indexer.document.summary import Summary
from tests.conftest import copy_corpus

KL57 = "57-kl-tw-2023"


def test_the_conclusion_lists_who_implements_it(client):
    chain = client.get(f"/doc/{KL57}/chain.json").get_json()
    issuers = {node["issuer"] for node in chain["tree"]["children"]}
    assert issuers == {
        "Ban Thường vụ Tỉnh uỷ Cao Bằng",
        "Ban Thường vụ Tỉnh uỷ Kon Tum",
        "Uỷ ban nhân dân xã Cẩm Tân",
        "Ban Tuyên giáo Thành uỷ Bắc Ninh",
    }
    assert chain["summary"] == "4 văn bản thực hiện 57-KL/TW: 2 tỉnh, 1 thành phố, 1 xã"
    assert chain["stats"]["by_province"] == {"Bắc Ninh": 1, "Cao Bằng": 1, "Kon Tum": 1, "Thanh Hoá": 1}
    # Level by level: provinces first, then the city, then the commune.
    assert [node["level"] for node in chain["tree"]["children"]] == ["province", "province", "district", "commune"]
    english = client.get(f"/doc/{KL57}/chain.json?lang=en").get_json()["summary"]
    assert english == "4 documents implement 57-KL/TW: 2 provinces, 1 city, 1 commune"


def test_the_document_page_shows_the_chain(client):
    html = client.get(f"/doc/{KL57}").data.decode()
    assert "4 văn bản thực hiện 57-KL/TW: 2 tỉnh, 1 thành phố, 1 xã" in html
    assert f"/doc/{KL57}/chain" in html


def test_a_commune_plan_shows_what_it_implements_archived_or_not(client):
    cam_tan = client.get("/search.json?q=Cẩm+Tân&level=commune").get_json()["results"][0]["doc_id"]
    chain = client.get(f"/doc/{cam_tan}/chain.json").get_json()
    up = {(item["number"], item["doc_id"]) for item in chain["implements"]}
    assert up == {("57-KL/TW", KL57), ("216/KH-UBND", None)}


def test_missing_documents_page(client):
    missing = client.get("/missing.json").get_json()["missing"]
    kl16 = next(row for row in missing if row["number"] == "16-KL/TW")
    assert kl16["count"] == 2 and kl16["province"] is None
    assert {c["doc_id"] for c in kl16["citers"]} == {"06-kh-bcd-lang-son-2019", KL57}
    assert missing[0]["count"] >= missing[-1]["count"]  # most cited first
    html = client.get("/missing").data.decode()
    assert "16-KL/TW" in html and "/doc/06-kh-bcd-lang-son-2019" in html


def test_the_lang_son_plan_lists_its_references_with_placeholders(client):
    data = client.get("/doc/06-kh-bcd-lang-son-2019.json").get_json()
    assert [r["number"] for r in data["references_resolved"]] == [
        "82-HD/BTGTW",
        "73-NQ/TU",
        "16-KL/TW",
        "18/KH-UBND",
        "89-KH/TU",
        "25-CT/TW",
        "90-CTr/TU",
        "16-NQ/TW",
    ]
    assert all(r["doc_id"] is None for r in data["references_resolved"])
    html = client.get("/doc/06-kh-bcd-lang-son-2019").data.decode()
    assert html.count("chưa có trong kho") >= 8


def test_implements_filter_combines_with_other_facets(client):
    everyone = client.get("/search.json?implements=57-KL/TW").get_json()
    assert everyone["total"] == 4
    communes = client.get("/search.json?implements=57-KL/TW&level=commune").get_json()
    assert [r["issuer"] for r in communes["results"]] == ["Uỷ ban nhân dân xã Cẩm Tân"]
    facet = {
        i["value"]: i["count"]
        for i in client.get("/search.json?q=thông+tin+đối+ngoại").get_json()["facets"]["implements"]
    }
    assert facet["57-KL/TW"] == 4


# --- resolution of local numbers --------------------------------------------------------------------------

RESOLUTION = """TỈNH UỶ {PROVINCE}
Số {number}

ĐẢNG CỘNG SẢN VIỆT NAM

{place}, ngày {day} tháng {month} năm {year}

NGHỊ QUYẾT
về nhiệm vụ năm {next_year}

Ban Chấp hành Đảng bộ tỉnh {province} quyết nghị nhiệm vụ năm {next_year} như sau:

1. Tăng cường công tác thông tin đối ngoại.
"""


def _resolution(province: str, date: tuple[int, int, int]) -> str:
    day, month, year = date
    return RESOLUTION.format(
        PROVINCE=province.upper(),
        province=province,
        place=province,
        number="73-NQ/TU",
        day=day,
        month=month,
        year=year,
        next_year=year + 1,
    )


@pytest.fixture
def shared_number(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus")
    (corpus / "nq73_cao_bang.txt").write_text(_resolution("Cao Bằng", (5, 12, 2018)), encoding="utf-8")
    (corpus / "nq73_lang_son_2018.txt").write_text(_resolution("Lạng Sơn", (30, 11, 2018)), encoding="utf-8")
    (corpus / "nq73_lang_son_2013.txt").write_text(_resolution("Lạng Sơn", (2, 12, 2013)), encoding="utf-8")
    index = tmp_path / "index"
    build_index(str(corpus), str(index), procs=1)
    return corpus, index


def test_a_local_number_links_to_the_citing_documents_province_and_date(shared_number):
    corpus, index = shared_number
    archive = open_index(str(index))
    ids = archive.doc_ids()
    assert {"73-nq-tu-cao-bang-2018", "73-nq-tu-lang-son-2018", "73-nq-tu-lang-son-2013"} <= set(ids)
    relations = archive.relations()
    resolved = {r["number"]: r["doc_id"] for r in relations.resolved["06-kh-bcd-lang-son-2019"]}
    # The Lạng Sơn plan cites "Nghị quyết số 73-NQ/TU, ngày 30/11/2018": Lạng Sơn's, of that date.
    assert resolved["73-NQ/TU"] == "73-nq-tu-lang-son-2018"
    assert "06-kh-bcd-lang-son-2019" in relations.implemented_by["73-nq-tu-lang-son-2018"]
    assert "73-nq-tu-cao-bang-2018" not in relations.cited_by
    assert not any(m["number"] == "73-NQ/TU" for m in relations.missing.values())


def test_without_a_date_the_most_recent_earlier_document_wins():
    summaries = [
        {"doc_id": "old", "number": "73-NQ/TU", "province": "Lạng Sơn", "level": "province", "date": "2013-12-02"},
        {"doc_id": "new", "number": "73-NQ/TU", "province": "Lạng Sơn", "level": "province", "date": "2018-11-30"},
        {"doc_id": "later", "number": "73-NQ/TU", "province": "Lạng Sơn", "level": "province", "date": "2023-01-01"},
        {"doc_id": "other", "number": "73-NQ/TU", "province": "Cao Bằng", "level": "province", "date": "2018-12-05"},
        {
            "doc_id": "plan",
            "number": "1-KH/HU",
            "province": "Lạng Sơn",
            "level": "district",
            "date": "2019-03-01",
            "references": ["73-NQ/TU"],
            "basis": ["73-NQ/TU"],
        },
        {
            "doc_id": "elsewhere",
            "number": "2-KH/HU",
            "province": "Hà Giang",
            "level": "district",
            "date": "2019-03-01",
            "references": ["73-NQ/TU"],
        },
    ]
    relations = compute([Summary.from_dict(s) for s in summaries])
    assert relations.resolved["plan"] == [{"number": "73-NQ/TU", "doc_id": "new", "basis": True}]
    assert relations.resolved["elsewhere"][0]["doc_id"] is None  # no 73-NQ/TU of Hà Giang archived
    assert relations.missing[("73NQTU", "Hà Giang")]["citers"] == ["elsewhere"]


def test_chains_are_recomputed_when_a_document_is_withdrawn(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    build_index(str(corpus), str(index), procs=1)
    cao_bang = next(d for d in open_index(str(index)).doc_ids() if "cao-bang" in d)
    remove_document(str(corpus), str(index), cao_bang)
    archive = open_index(str(index))
    assert cao_bang not in archive.relations().implemented_by[KL57]
    assert len(archive.relations().implemented_by[KL57]) == 3


def test_an_old_central_number_resolves_in_any_province():
    """Gazette texts cite "Quyết định số 169-CP" and "Chỉ thị 299/TTg": one issuer code, no type code."""
    summaries = [
        {"doc_id": "decree", "number": "169-CP", "level": "central", "date": "1994-11-18"},
        {
            "doc_id": "plan",
            "number": "5/KH-UBND",
            "province": "Cao Bằng",
            "level": "province",
            "date": "1995-03-01",
            "references": ["169-CP", "64-HĐBT"],
        },
    ]
    relations = compute([Summary.from_dict(s) for s in summaries])
    assert relations.resolved["plan"] == [
        {"number": "169-CP", "doc_id": "decree", "basis": False},
        {"number": "64-HĐBT", "doc_id": None, "basis": False},
    ]
