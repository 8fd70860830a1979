"""Implementation chains, citation resolution and the missing-documents list."""

import pytest
from bs4 import BeautifulSoup

from indexer import build_index, implementation_tree, open_index, remove_document
from indexer.citations.relations import compute
from indexer.document.summary import Summary
from indexer.text.vietnamese import normalize_tones
from tests.conftest import copy_corpus

KL57 = "57-kl-tw-2023"


CAM_TAN = "ke-hoach-uy-ban-nhan-dan-xa-cam-tan-70673bec"
BAC_NINH = "401-cv-btg-bac-ninh-2023"


def _outline(node: dict) -> list:
    """A tree as (number or issuer, level, missing, children) tuples: what the assertions compare."""
    return [
        (child["number"] or normalize_tones(child["issuer"]), child["level"], child["missing"], _outline(child))
        for child in node["children"]
    ]


def test_the_conclusion_lists_who_implements_it_level_by_level(client):
    chain = client.get(f"/doc/{KL57}/chain.json").get_json()
    # Central -> province -> district -> commune.  The commune plan of Cẩm Tân implements 57-KL/TW through the
    # district plan 216/KH-UBND, and the Bắc Ninh city letter through the province's letter 1192-CV/BTGTU: the
    # archive lacks both, so each is a placeholder between the conclusion and the document implementing it.
    assert _outline(chain["tree"]) == [
        ("1192-CV/BTGTU", "province", True, [("401-CV/BTG", "district", False, [])]),
        ("Ban Thường vụ Tỉnh uỷ Cao Bằng", "province", False, []),
        ("Ban Thường vụ Tỉnh uỷ Kon Tum", "province", False, []),
        ("216/KH-UBND", "district", True, [("Uỷ ban nhân dân xã Cẩm Tân", "commune", False, [])]),
    ]
    placeholder = chain["tree"]["children"][-1]
    assert {k: placeholder[k] for k in ("doc_id", "doc_type", "date", "province")} == {
        "doc_id": None,
        "doc_type": "Kế hoạch",
        "date": "2023-12-25",
        "province": "Thanh Hoá",
    }
    assert "Cẩm Thuỷ" in normalize_tones(placeholder["issuer"])
    # Placeholders are not counted as implementing documents; the levels are the same codes as the tree's.
    assert chain["summary"] == "4 văn bản thực hiện 57-KL/TW: 2 cấp tỉnh, 1 cấp huyện, 1 cấp xã"
    assert chain["stats"]["by_level"] == {"province": 2, "district": 1, "commune": 1}
    assert chain["stats"]["missing"] == 2
    assert chain["stats"]["by_province"] == {"Bắc Ninh": 1, "Cao Bằng": 1, "Kon Tum": 1, "Thanh Hoá": 1}
    english = client.get(f"/doc/{KL57}/chain.json?lang=en").get_json()["summary"]
    assert english == "4 documents implement 57-KL/TW: 2 at province level, 1 at district level, 1 at commune level"


def test_the_document_page_shows_the_chain(client):
    html = client.get(f"/doc/{KL57}").data.decode()
    assert "4 văn bản thực hiện 57-KL/TW: 2 cấp tỉnh, 1 cấp huyện, 1 cấp xã" in html
    assert f"/doc/{KL57}/chain" in html
    panel = BeautifulSoup(html, "html.parser").select_one(".chain-panel .chain-tree")
    placeholder = panel.select_one(".chain-missing.level-district")
    assert placeholder.a["href"] == "/missing#so-216-kh-ubnd-thanh-hoa"
    assert [a["href"] for a in placeholder.find("ul").select("a")] == [f"/doc/{CAM_TAN}"]  # hangs under it


def test_a_commune_plan_shows_what_it_implements_archived_or_not(client):
    cam_tan = client.get("/search.json?q=Cẩm+Tân&level=commune").get_json()["results"][0]["doc_id"]
    chain = client.get(f"/doc/{cam_tan}/chain.json").get_json()
    up = {(item["number"], item["doc_id"]) for item in chain["implements"]}
    assert up == {("57-KL/TW", KL57), ("216/KH-UBND", None)}
    missing = next(item for item in chain["implements"] if item["doc_id"] is None)
    assert (missing["missing"], missing["doc_type"], missing["level"]) == (True, "Kế hoạch", "district")


# Every link to a document in the chain views names it: type, number (its date when it has none), issuer.
LINK_LABELS = [
    (f"/doc/{KL57}/chain", f"/doc/{CAM_TAN}", "Kế hoạch của Uỷ ban nhân dân xã Cẩm Tân"),
    (f"/doc/{KL57}/chain", f"/doc/{BAC_NINH}", "Công văn 401-CV/BTG của Ban Tuyên giáo Thành uỷ Bắc Ninh"),
    (f"/doc/{KL57}/chain", "/missing#so-216-kh-ubnd-thanh-hoa", "Kế hoạch 216/KH-UBND của huyện Uỷ huyện Cẩm Thuỷ"),
    (f"/doc/{CAM_TAN}/chain", f"/doc/{KL57}", "Kết luận 57-KL/TW của Bộ Chính trị"),
    (f"/doc/{CAM_TAN}", f"/doc/{KL57}", "Kết luận 57-KL/TW của Bộ Chính trị"),
    (f"/doc/{KL57}", f"/doc/{BAC_NINH}", "Công văn 401-CV/BTG của Ban Tuyên giáo Thành uỷ Bắc Ninh"),
    ("/missing", f"/doc/{CAM_TAN}", "Kế hoạch của Uỷ ban nhân dân xã Cẩm Tân"),
    (
        "/missing",
        "/doc/06-kh-bcd-lang-son-2019",
        "Kế hoạch 06-KH/BCĐ của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh Lạng Sơn",
    ),
]


DOCUMENT_LINKS = ".chain-tree a, .implements a, .related a, .missing-table td a, .cited-by a"


@pytest.mark.parametrize("page,href,label", LINK_LABELS)
def test_links_say_what_the_document_is(client, page, href, label):
    soup = BeautifulSoup(client.get(page).data.decode(), "html.parser")
    texts = {normalize_tones(a.get_text()) for a in soup.select(f'main a[href="{href}"]')}
    assert normalize_tones(label) in texts  # in the source's spelling or ours (Uỷ, Ủy): the words are the point
    # No link reads "Kế hoạch " (a type and nothing else, a trailing space): the bug of issue 21; a document
    # without an issuer is named by its subject.
    for a in soup.select(DOCUMENT_LINKS):
        text = a.get_text()
        assert text == text.strip() and "  " not in text and (" của " in text or ": " in text), (page, text)


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
    assert [normalize_tones(r["issuer"]) for r in communes["results"]] == ["Uỷ ban nhân dân xã Cẩm Tân"]
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


def test_a_number_of_another_year_is_not_the_one_cited():
    """The Prime Minister numbers his directives anew each year: An Giang's plan 102/KH-UBND (2020) implements
    "Chỉ thị số 27/CT-TTg ngày 08 tháng 9 năm 2016" (studying Hồ Chí Minh's thought); the archive holds the
    27/CT-TTg of 2018 (scrap imports), its copy without its day (bench/real-directives-web46 4608, web70 7003)."""
    summaries = [
        {"doc_id": "scrap", "number": "27/CT-TTg", "level": "central", "year": 2018},
        {
            "doc_id": "plan",
            "number": "102/KH-UBND",
            "province": "An Giang",
            "level": "province",
            "date": "2020-03-03",
            "references": ["27/CT-TTg"],
            "basis": ["27/CT-TTg"],
            "reference_dates": {"27/CT-TTg": "2016-09-08"},
        },
        {
            "doc_id": "earlier",
            "number": "5/KH-UBND",
            "province": "An Giang",
            "level": "province",
            "date": "2017-01-05",
            "references": ["27/CT-TTg"],
        },
    ]
    relations = compute([Summary.from_dict(s) for s in summaries])
    assert relations.resolved["plan"] == [{"number": "27/CT-TTg", "doc_id": None, "basis": True}]
    assert relations.resolved["earlier"][0]["doc_id"] is None  # a letter of 2017 cites no directive of 2018
    assert "scrap" not in relations.implemented_by


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


# --- the tree: placeholders between levels, each document under its nearest implementer ---------------------

KL = {"doc_id": "kl", "number": "57-KL/TW", "level": "central", "date": "2023-06-15"}


def _plan(doc_id, level, basis, cited_as=None, province="Thanh Hoá", number=None):
    return {
        "doc_id": doc_id,
        "number": number,
        "level": level,
        "province": province,
        "date": "2024-01-10",
        "references": list(basis),
        "basis": list(basis),
        "cited_as": cited_as or {},
    }


TREES = [
    # The Cẩm Tân case: a commune plan implements the conclusion through the district's plan the archive lacks.
    (
        [_plan("xa", "commune", ["57-KL/TW", "216/KH-UBND"], {"216/KH-UBND": {"issuer": "UBND huyện Cẩm Thuỷ"}})],
        [("216/KH-UBND", True, [("xa", False, [])])],
    ),
    # A provincial plan resting on the province's own yearly resolution (73-NQ/TU, province level): the same
    # level as the plan, not between: no placeholder.
    (
        [_plan("tinh", "province", ["57-KL/TW", "73-NQ/TU"], {"73-NQ/TU": {"issuer": "Ban Chấp hành Đảng bộ tỉnh"}})],
        [("tinh", False, [])],
    ),
    # A missing document whose level nothing tells (no issuer given, a code of no level): no placeholder.
    ([_plan("xa", "commune", ["57-KL/TW", "5/KH-UBND"])], [("xa", False, [])]),
    # The level from the number's code when the citation names no issuer: /HU is a Huyện uỷ (district).
    ([_plan("xa", "commune", ["57-KL/TW", "12-KH/HU"])], [("12-KH/HU", True, [("xa", False, [])])]),
    # Two communes through the same missing district plan share one placeholder; the nearest level wins.
    (
        [
            _plan(
                "xa1", "commune", ["57-KL/TW", "162-KH/TU", "216/KH-UBND"], {"216/KH-UBND": {"issuer": "UBND huyện"}}
            ),
            _plan("xa2", "commune", ["57-KL/TW", "216/KH-UBND"], {"216/KH-UBND": {"issuer": "UBND huyện"}}),
        ],
        [("216/KH-UBND", True, [("xa1", False, []), ("xa2", False, [])])],
    ),
    # A commune plan implementing both the conclusion and the archived district plan that implements it hangs
    # under the district plan only.
    (
        [
            _plan("huyen", "district", ["57-KL/TW"], number="216/KH-UBND"),
            _plan("xa", "commune", ["57-KL/TW", "216/KH-UBND"]),
        ],
        [("huyen", False, [("xa", False, [])])],
    ),
]


@pytest.mark.parametrize("documents,outline", TREES)
def test_the_tree_hangs_each_document_under_its_nearest_implementer(documents, outline):
    summaries = {s.doc_id: s for s in (Summary.from_dict(d) for d in [KL, *documents])}
    tree = implementation_tree(compute(list(summaries.values())), summaries, "kl")

    def shape(node):
        return [(c["doc_id"] or c["number"], c["missing"], shape(c)) for c in node["children"]]

    assert shape(tree) == outline


# --- one name per level -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,names",
    [
        ("vi", {"central": "Trung ương", "province": "Cấp tỉnh", "district": "Cấp huyện", "commune": "Cấp xã"}),
        (
            "en",
            {
                "central": "Central",
                "province": "Province level",
                "district": "District level",
                "commune": "Commune level",
            },
        ),
    ],
)
def test_a_level_has_one_name_in_every_view(client, lang, names):
    """The Bắc Ninh city letter (Thành uỷ of a city under a province) is district level everywhere: the JSON
    keeps the code, the facet, the metadata panel and the chain say the one label of the vocabulary."""
    facet = {
        i["value"]: i
        for i in client.get(f"/search.json?q=thông+tin+đối+ngoại&lang={lang}").get_json()["facets"]["level"]
    }
    assert set(facet) <= set(names)
    chain = client.get(f"/doc/{KL57}/chain.json").get_json()
    assert set(chain["stats"]["by_level"]) <= set(names)
    html = client.get(f"/search?q=thông+tin+đối+ngoại&lang={lang}").data.decode()
    soup = BeautifulSoup(html, "html.parser")
    facet_labels = {
        a.select_one(".label").get_text() for a in soup.select(".facet .facet-value") if "level=" in a["href"]
    }
    assert {names["district"], names["province"], names["commune"]} <= facet_labels
    page = BeautifulSoup(client.get(f"/doc/{BAC_NINH}?lang={lang}").data.decode(), "html.parser")
    assert f"<dd>{names['district']}</dd>" in str(page.select_one(".doc-aside dl"))
    tree = BeautifulSoup(client.get(f"/doc/{KL57}/chain?lang={lang}").data.decode(), "html.parser")
    node = tree.select_one(f'.chain-node:has(> a[href="/doc/{BAC_NINH}"]) > .chain-meta')
    assert node.get_text().startswith(names["district"])
    assert "thành phố" not in client.get(f"/doc/{KL57}/chain").data.decode().split("chain-summary")[1][:200]


def test_a_provinces_letter_answers_a_ministrys_letter_numbered_by_its_unit():
    """dev 013 and 014: Bộ Nội vụ's "Công văn số 5816/BNV-CCHC" (the ministry's code, then its unit's: no type
    code) is one letter nationwide; the Lâm Đồng letter that answers it hangs under it, not under a local
    placeholder of the same number."""
    ministry = {
        "doc_id": "bnv",
        "number": "5816/BNV-CCHC",
        "doc_type": "Công văn",
        "issuer": "Bộ Nội vụ",
        "level": "central",
        "date": "2025-07-31",
        "year": 2025,
    }
    province = {
        "doc_id": "lam-dong",
        "doc_type": "Công văn",
        "issuer": "Uỷ ban nhân dân tỉnh Lâm Đồng",
        "level": "province",
        "province": "Lâm Đồng",
        "year": 2025,
        "references": ["5816/BNV-CCHC"],
        "basis": ["5816/BNV-CCHC"],
        "reference_dates": {"5816/BNV-CCHC": "2025-07-31"},
    }
    summaries = {s.doc_id: s for s in (Summary.from_dict(d) for d in (ministry, province))}
    tree = implementation_tree(compute(list(summaries.values())), summaries, "bnv")
    assert [(c["doc_id"], c["missing"]) for c in tree["children"]] == [("lam-dong", False)]
