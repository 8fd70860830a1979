# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Agency names made canonical: one name per body, no people, no positions.

Every case is a line of a real document, quoted as written: the dev set
(``shared/data/real-directives-dev/docs/NNN``) or the seed corpus (``corpus/NNN_…``).
Where a line lists several bodies, the item the extraction takes from it is given too.
"""

import pytest

from indexer.text.agency_names import Locality, canonical_agency, less_specific, listed_departments
from indexer.text.vietnamese import key

# The documents the lines come from: their province, level and issuer, as extraction finds them.
LAO_CAI = {"province": "Lào Cai", "level": "province", "issuer": "Uỷ ban nhân dân tỉnh Lào Cai"}
LAM_DONG = {"province": "Lâm Đồng", "level": "province", "issuer": "Uỷ ban nhân dân tỉnh Lâm Đồng"}
LAM_DONG_NOI_VU = {"province": "Lâm Đồng", "level": "province", "issuer": "Sở Nội vụ tỉnh Lâm Đồng"}
NINH_BINH = {"province": "Ninh Bình", "level": "province", "issuer": "Uỷ ban nhân dân tỉnh Ninh Bình"}
KON_TUM = {"province": "Kon Tum", "level": "province", "issuer": "Ban Thường vụ Tỉnh uỷ Kon Tum"}
CAO_BANG = {"province": "Cao Bằng", "level": "province", "issuer": "Ban Thường vụ Tỉnh uỷ Cao Bằng"}
LANG_SON = {"province": "Lạng Sơn", "level": "province", "issuer": "Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh"}
HA_NOI = {"province": "Hà Nội", "level": "province", "issuer": "Ban Tổ chức Thành uỷ Hà Nội"}
BAC_NINH_CITY = {"province": "Bắc Ninh", "level": "district", "issuer": "Ban Tuyên giáo Thành uỷ Bắc Ninh"}
CAM_TAN = {"province": "Thanh Hoá", "level": "commune", "issuer": "Uỷ ban nhân dân xã Cẩm Tân"}
SA_DEC = {"province": None, "level": "commune", "issuer": "Uỷ ban nhân dân Phường sa đéc"}
PARTY_OF_LAO_CAI = {"province": "Lào Cai", "level": "province", "issuer": "Đảng uỷ Uỷ ban nhân dân tỉnh Lào Cai"}
CENTRAL = {"province": None, "level": "central", "issuer": "Thủ tướng Chính phủ"}
AN_PHU = {"province": "An Giang", "level": "district", "issuer": "Uỷ ban nhân dân huyện An Phú"}
VUNG_TAU_WARD_1 = {"province": "Bà Rịa - Vũng Tàu", "level": "commune", "issuer": "Uỷ ban nhân dân phường 1"}
BINH_THUAN = {"province": "Bình Thuận", "level": "province", "issuer": "Uỷ ban nhân dân tỉnh Bình Thuận"}
HAI_PHONG = {"province": "Hải Phòng", "level": "province", "issuer": "Uỷ ban nhân dân thành phố Hải Phòng"}
HO_CHI_MINH_JUSTICE = {"province": "Hồ Chí Minh", "level": "province", "issuer": "Sở Tư pháp Thành phố Hồ Chí Minh"}
LAC_DUONG_UNNAMED = {"province": None, "level": "district", "issuer": "Ban Tuyên giáo Huyện uỷ"}
VINH_LONG_COUNCIL = {"province": "Vĩnh Long", "level": "province", "issuer": "Hội đồng nhân dân tỉnh Vĩnh Long"}


# (source, the line as written, the item extraction takes from it, the document, its canonical name)
ONE_NAME = [
    ("015", "- UBND tỉnh;", "UBND tỉnh", LAM_DONG_NOI_VU, "Uỷ ban nhân dân tỉnh Lâm Đồng"),
    ("001_c14d", "- Ủy ban nhân dân tỉnh,", "Ủy ban nhân dân tỉnh", LANG_SON, "Uỷ ban nhân dân tỉnh Lạng Sơn"),
    ("015", "- Sở Tài chính;", "Sở Tài chính", LAM_DONG_NOI_VU, "Sở Tài chính tỉnh Lâm Đồng"),
    ("001", "- Công an tỉnh;", "Công an tỉnh", LAO_CAI, "Công an tỉnh Lào Cai"),
    ("007", "- Thuế tỉnh Lào Cai;", "Thuế tỉnh Lào Cai", LAO_CAI, "Thuế tỉnh Lào Cai"),
    ("016", "- Thường trực HĐND tỉnh;", "Thường trực HĐND tỉnh", LAM_DONG, "Thường trực Hội đồng nhân dân tỉnh Lâm Đồng"),
    ("009", "- TT. Tỉnh ủy, HĐND tỉnh;", "TT. Tỉnh ủy", LAO_CAI, "Thường trực Tỉnh uỷ Lào Cai"),
    ("016", "- Ủy ban MTTQVN tỉnh;", "Ủy ban MTTQVN tỉnh", LAM_DONG, "Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng"),
    ("044", "- UBMTTQVN tỉnh;", "UBMTTQVN tỉnh", NINH_BINH, "Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình"),
    (
        "010",  # a scan: the stamp's ink beside the list read as marks after the name
        "- Trung tâm xúc tiên Đâu tư, Thương mại và Du lịch >4? >> 2À",
        "Trung tâm xúc tiên Đâu tư, Thương mại và Du lịch >4? >> 2À",
        LAM_DONG,
        "Trung tâm xúc tiên Đâu tư, Thương mại và Du lịch",
    ),
    ("003", "- Ủy ban MTTQ Việt Nam tỉnh;", "Ủy ban MTTQ Việt Nam tỉnh", LAO_CAI,
     "Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai"),
    ("001_c14d", "- Mặt trận Tổ quốc, các tổ chức CT-XH tỉnh,", "Mặt trận Tổ quốc", LANG_SON,
     "Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn"),
    ("000_a01e", "4. Báo Cao Bằng, Đài Phát thanh - Truyền hình tỉnh chủ động, …", "Đài Phát thanh - Truyền hình tỉnh",
     CAO_BANG, "Đài Phát thanh - Truyền hình tỉnh Cao Bằng"),
    ("004_4e1e", "- Báo Kon Tum, Đài PT-TH tỉnh,", "Đài PT-TH tỉnh", KON_TUM, "Đài Phát thanh - Truyền hình tỉnh Kon Tum"),
    ("009", "- Báo và Phát thanh, Truyền hình tỉnh;", "Báo và Phát thanh, Truyền hình tỉnh", LAO_CAI,
     "Báo và Phát thanh - Truyền hình tỉnh Lào Cai"),
    ("008", "- Công thông tin điện tử tỉnh Lào Cai;", "Công thông tin điện tử tỉnh Lào Cai", LAO_CAI,
     "Cổng Thông tin điện tử tỉnh Lào Cai"),
    ("004_4e1e", "2. Giao Ban Tuyên giáo Tỉnh ủy chủ trì, …", "Ban Tuyên giáo Tỉnh ủy", KON_TUM,
     "Ban Tuyên giáo Tỉnh uỷ Kon Tum"),
    ("004_4e1e", "- Ban Bí thư Trung ương (báo cáo),", "Ban Bí thư Trung ương", KON_TUM, "Ban Bí thư Trung ương Đảng"),
    ("012", "- Ban Bí thư Trung ương Đảng;", "Ban Bí thư Trung ương Đảng", CENTRAL, "Ban Bí thư Trung ương Đảng"),
    ("038", "- Văn phòng Trung ương và các Ban của Đảng;", "Văn phòng Trung ương", CENTRAL, "Văn phòng Trung ương Đảng"),
    ("024", "- VP HĐND TP, VP UBND TP,", "VP HĐND TP", HA_NOI, "Văn phòng Hội đồng nhân dân thành phố Hà Nội"),
    ("024", "- Thường trực Thành ủy (để báo cáo),", "Thường trực Thành ủy (để báo cáo)", HA_NOI,
     "Thường trực Thành uỷ Hà Nội"),
    ("003_c4c0", "- Thường trực Thành ủy (B/c),", "Thường trực Thành ủy (B/c)", BAC_NINH_CITY, "Thường trực Thành uỷ Bắc Ninh"),
    ("002_0bd3", "- TT Đảng ủy – TT HĐND – TT UBND (B/c)", "TT HĐND", CAM_TAN,
     "Thường trực Hội đồng nhân dân xã Cẩm Tân"),
    ("002_0bd3", "- TT Đảng ủy – TT HĐND – TT UBND (B/c)", "TT Đảng ủy", CAM_TAN, "Thường trực Đảng uỷ xã Cẩm Tân"),
    ("002_0bd3", "5. Ban chỉ huy Quân Sự xã:", "Ban chỉ huy Quân Sự xã", CAM_TAN, "Ban Chỉ huy Quân sự xã Cẩm Tân"),
    ("002_0bd3", "2. Văn phòng HĐND-UBND", "Văn phòng HĐND-UBND", CAM_TAN,
     "Văn phòng Hội đồng nhân dân và Uỷ ban nhân dân xã Cẩm Tân"),
    ("022", "- TT. Đảng ủy/ TT. HĐND Phường;", "TT. HĐND Phường", SA_DEC, "Thường trực Hội đồng nhân dân phường Sa Đéc"),
    ("039", "- Thường trực Đảng ủy (để b/c);", "Thường trực Đảng ủy", PARTY_OF_LAO_CAI,
     "Thường trực Đảng uỷ Uỷ ban nhân dân tỉnh Lào Cai"),
    ("032", "- Cục GSQL về HQ (để t/h);", "Cục GSQL về HQ", CENTRAL, "Cục Giám sát quản lý về Hải quan"),
    ("032", "- Tổng Công ty Tân cảng Sài Gòn-Đ/c số 722, Đường Điện Biên Phủ, Phường 22, Quận Bình Thạnh, TP.HCM",
     "Tổng Công ty Tân cảng Sài Gòn-Đ/c số 722, Đường Điện Biên Phủ, Phường 22, Quận Bình Thạnh, TP.HCM", CENTRAL,
     "Tổng Công ty Tân cảng Sài Gòn"),
    ("027", "- Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", KON_TUM,
     "Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum"),
    ("029", "2 - Sở Lao động, Thương binh và Xã hội có trách nhiệm.", "Sở Lao động, Thương binh và Xã hội",
     {"province": "Tuyên Quang", "level": "province", "issuer": "Chủ tịch Uỷ ban nhân dân tỉnh Tuyên Quang"},
     "Sở Lao động - Thương binh và Xã hội tỉnh Tuyên Quang"),
    ("005", "c) Chủ trì, phối hợp với Sở Công Thương, chính quyền địa phương và cơ / quan liên quan …",
     "Sở Công Thương, chính quyền địa phương và cơ quan liên quan", LAO_CAI, "Sở Công Thương tỉnh Lào Cai"),
    ("033", "c) Sở, ban, ngành, Uỷ ban nhân dân huyện, thị xã là đầu mối theo dõi, giám sát …",
     "Uỷ ban nhân dân huyện, thị xã", {"province": "Bình Dương", "level": "province"}, "Uỷ ban nhân dân cấp huyện"),
    ("013", "- Sở Nội vụ các tỉnh, thành phố trực thuộc TW;", "Sở Nội vụ các tỉnh, thành phố trực thuộc TW", CENTRAL,
     "Sở Nội vụ cấp tỉnh"),
    ("016", "- Bộ Nội vụ;", "Bộ Nội vụ", LAM_DONG, "Bộ Nội vụ"),
    ("016", "2 | Thực hiện đồng bộ các giải pháp … | Trong năm 2026 | Các địa phương, các cơ quan có nguồn thu …",
     "Các địa phương", LAM_DONG, "Các địa phương"),  # the localities, beside "Các sở, ban, ngành" in a lead cell
    ("044", "12. Báo Ninh Bình, Đài Phát thanh và Truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh", NINH_BINH,
     "Đài Phát thanh - Truyền hình tỉnh Ninh Bình"),
    # the batches of bench/real-directives-web*: a department by its code, its parts joined any way
    ("web11 1104", "- Phòng TN và MT;", "Phòng TN và MT", AN_PHU,  # in a district's letter: its own office
     "Phòng Tài nguyên và Môi trường huyện An Phú"),
    ("web8 806", "- Phòng TN-MT (b/c);", "Phòng TN-MT", VUNG_TAU_WARD_1, "Phòng Tài nguyên và Môi trường"),
    ("web52 5202", "- Phòng CT HĐND tỉnh;", "Phòng CT HĐND tỉnh", VINH_LONG_COUNCIL,  # "Công tác", not "Công Thương"
     "Phòng CT Hội đồng nhân dân tỉnh Vĩnh Long"),
    # a province's own board named with its province bare, as its header names it with the unit
    ("web27 2709", "- Ban Quản lý các khu công nghiệp Bình Thuận;", "Ban Quản lý các khu công nghiệp Bình Thuận",
     BINH_THUAN, "Ban Quản lý các khu công nghiệp tỉnh Bình Thuận"),
    ("web49 4902", "- Chủ trì, phối hợp với các sở,ban, ngành, đoàn thể của Thành phố, UBND quận, huyện, …",
     "các sở,ban, ngành, đoàn thể của Thành phố", HA_NOI, "Các sở, ban, ngành, đoàn thể"),
    # a district's board whose district its own page leaves unnamed: the district's office stays unplaced
    ("web20 2009", "… Ban Tuyên giáo Huyện ủy đề nghị …, Phòng Văn hoá và Thông tin, Trung tâm Văn hoá, …",
     "Phòng Văn hoá và Thông tin", LAC_DUONG_UNNAMED, "Phòng Văn hoá và Thông tin"),
    ("web20 2009", "… Ban Tuyên giáo Huyện ủy đề nghị …, Trung tâm Văn hoá, Thông tin và Thể thao huyện thực hiện …",
     "Trung tâm Văn hoá, Thông tin và Thể thao huyện", LAC_DUONG_UNNAMED,
     "Trung tâm Văn hoá, Thông tin và Thể thao huyện"),
    ("web15 1501", "- Uỷ ban VHXH của Quốc hội;", "Uỷ ban VHXH của Quốc hội", CENTRAL, "Uỷ ban VHXH Quốc hội"),
]  # fmt: skip


@pytest.mark.parametrize("source,line,name,where,expected", ONE_NAME, ids=[f"{c[0]}:{c[2]}" for c in ONE_NAME])
def test_one_name_per_body(source, line, name, where, expected):
    assert canonical_agency(name, **where) == expected


@pytest.mark.parametrize("source,line,name,where,expected", ONE_NAME, ids=[f"{c[0]}:{c[2]}" for c in ONE_NAME])
def test_a_canonical_name_is_its_own_canonical_name(source, line, name, where, expected):
    """Filters compare a selected facet value by its canonical name, without the document's place."""
    assert canonical_agency(expected) == expected
    assert canonical_agency(expected, **where) == expected


# Groups of lines that name one body (or one group), whichever document they come from.
SAME_BODY = [
    [  # the issue's own case: "các huyện uỷ, thành uỷ" and "Các huyện uỷ…"
        ("000_a01e", "- Các huyện, thành uỷ,", CAO_BANG),
        ("004_4e1e", "- Các huyện ủy, thành ủy,", KON_TUM),
        (
            "004_4e1e",
            "* Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh phối hợp với các huyện ủy, thành ủy chỉ đạo, …",
            KON_TUM,
        ),
    ],
    [
        ("001_c14d", "- Các huyện ủy, thành ủy, đảng ủy trực thuộc,", LANG_SON),
        ("004_4e1e", "các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", KON_TUM),
    ],
    [
        ("001", "- Các Sở, ban, ngành thuộc tỉnh;", LAO_CAI),
        ("007", "- Các Sở, ban, ngành thuộc UBND tỉnh;", LAO_CAI),
        ("043", "- Các sở, ban, ngành trong tỉnh;", NINH_BINH),
        ("009", "- Các sở, ban, ngành tỉnh;", LAO_CAI),
        ("027", "- Các sở, ban, ngành;", KON_TUM),
        ("003", "- Chủ trì, phối hợp với các Sở, ngành liên quan tham mưu UBND tỉnh ban hành …", LAO_CAI),
        (
            "004",
            "… đã giao Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành và địa phương thực hiện rà soát, …",
            LAO_CAI,
        ),
        ("001", "Chủ trì, phối hợp với Công an tỉnh và các sở, ngành, địa phương có liên", LAO_CAI),
    ],
    [
        ("001", "- Ủy ban nhân dân các xã, phường.", LAO_CAI),
        ("016", "- UBND các xã, phường, đặc khu;", LAM_DONG),
        ("003", "-  Chủ trì, phối hợp với các Sở, ngành liên quan và Ủy ban nhân dân cấp xã kiểm tra, …", LAO_CAI),
    ],
    [
        ("043", "- UBND các huyện, thành phố;", NINH_BINH),
        ("046", "2. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố liên quan có", NINH_BINH),
    ],
    [
        ("012", "- UBND các tỉnh, thành phố trực thuộc trung ương;", CENTRAL),
        ("013", "- UBND các tỉnh, thành phố trực thuộc Trung ương.", CENTRAL),
        ("002", "- HĐND, UBND các tỉnh, thành phố;", CENTRAL),
    ],
    [
        ("003_c4c0", "- Các chi, đảng bộ trực thuộc,", BAC_NINH_CITY),
        ("003_c4c0", "Các chi, đảng bộ trực thuộc Thành ủy", BAC_NINH_CITY),
    ],
    [  # a committee's Party organisations are those under it, "trực thuộc" said or not
        ("025", "các tổ chức đảng trực thuộc", HA_NOI),
        ("026", "các tổ chức đảng", HA_NOI),
    ],
    [
        ("027", "- Thường trực các huyện ủy, thành ủy;", KON_TUM),
        ("043", "- Thường trực các Huyện ủy, Thành ủy;", NINH_BINH),
    ],
    [
        ("027", "- Ủy ban MTTQVN và các tổ chức chính trị- xã hội tỉnh;", KON_TUM),
        ("001_c14d", "- Mặt trận Tổ quốc, các tổ chức CT-XH tỉnh,", LANG_SON),
        ("027", "Đề nghị Ủy ban MTTQ Việt Nam và các tổ chức chính trị xã hội tỉnh: Căn cứ chức năng, …", KON_TUM),
    ],
    [
        ("012", "- Viện kiểm sát nhân dân tối cao;", CENTRAL),
        ("038", "- Viện Kiểm sát nhân dân tối cao;", CENTRAL),
    ],
    [
        ("002", "- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;", CENTRAL),
        ("012", "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;", CENTRAL),
        ("web63 6308", "- Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;", CENTRAL),  # at a line's start: no "Các"
    ],
    [  # a group of one kind named by its level needs no "Các"
        ("web63 6307", "Kính gửi: Các Cục Hải quan tỉnh, thành phố", CENTRAL),
        ("web63 6306", "Kính gửi: Cục Hải quan các tỉnh, thành phố", CENTRAL),
    ],
    [  # the genitive before the parent body, said in one sentence and left out in the next
        (
            "web52 5202",
            "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, Tổ đại biểu …",
            VINH_LONG_COUNCIL,
        ),
        (
            "web52 5202",
            "3. Đề nghị … phối hợp với Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, …",
            VINH_LONG_COUNCIL,
        ),
    ],
    [  # units joined by a slash or a dash
        (
            "web56 5601",
            "1. Giao Sở Y tế, Sở Tài nguyên và Môi trường, Uỷ ban nhân dân các quận/huyện, Đài Phát thanh …",
            HAI_PHONG,
        ),
        ("web52 5205", "- Uỷ ban nhân dân Thành phó Thủ Đức và Uỷ ban nhân dân các quận-huyện;", HO_CHI_MINH_JUSTICE),
        ("043", "- UBND các huyện, thành phố;", NINH_BINH),
    ],
]
# The item extraction takes from a line that lists several bodies.
ITEM = {
    "* Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh phối hợp với các huyện ủy, thành ủy chỉ đạo, …": "các huyện ủy, thành ủy",
    "- Chủ trì, phối hợp với các Sở, ngành liên quan tham mưu UBND tỉnh ban hành …": "các Sở, ngành liên quan",
    "… đã giao Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành và địa phương thực hiện rà soát, …": "các Sở, ban, ngành và địa phương",
    "Chủ trì, phối hợp với Công an tỉnh và các sở, ngành, địa phương có liên": "các sở, ngành, địa phương",
    "-  Chủ trì, phối hợp với các Sở, ngành liên quan và Ủy ban nhân dân cấp xã kiểm tra, …": "Ủy ban nhân dân cấp xã",
    "2. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố liên quan có": "Ủy ban nhân dân các huyện, thành phố liên quan",
    "- HĐND, UBND các tỉnh, thành phố;": "UBND các tỉnh, thành phố",
    "Kính gửi: Các Cục Hải quan tỉnh, thành phố": "Các Cục Hải quan tỉnh, thành phố",
    "Kính gửi: Cục Hải quan các tỉnh, thành phố": "Cục Hải quan các tỉnh, thành phố",
    "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, Tổ đại biểu …": "các Ban của Hội đồng nhân dân",
    "3. Đề nghị … phối hợp với Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, …": "các Ban Hội đồng nhân dân",
    "1. Giao Sở Y tế, Sở Tài nguyên và Môi trường, Uỷ ban nhân dân các quận/huyện, Đài Phát thanh …": (
        "Uỷ ban nhân dân các quận/huyện"
    ),
    "- Uỷ ban nhân dân Thành phó Thủ Đức và Uỷ ban nhân dân các quận-huyện;": "Uỷ ban nhân dân các quận-huyện",
    "- Ủy ban MTTQVN và các tổ chức chính trị- xã hội tỉnh;": "các tổ chức chính trị- xã hội tỉnh",
    "- Mặt trận Tổ quốc, các tổ chức CT-XH tỉnh,": "các tổ chức CT-XH tỉnh",
    "Đề nghị Ủy ban MTTQ Việt Nam và các tổ chức chính trị xã hội tỉnh: Căn cứ chức năng, …": (
        "các tổ chức chính trị xã hội tỉnh"
    ),
}


@pytest.mark.parametrize("lines", SAME_BODY, ids=[lines[0][1][:40] for lines in SAME_BODY])
def test_one_body_spelled_many_ways_has_one_key(lines):
    names = {canonical_agency(ITEM.get(line, line), **where) for _source, line, where in lines}
    assert None not in names
    assert len({key(name) for name in names}) == 1, names


# (source, the line as written, the item extraction takes from it): a person or a position, not an agency.
PEOPLE = [
    ("001", "- Chủ tịch UBND tỉnh;", "Chủ tịch UBND tỉnh"),
    ("001", "- Phó Chủ tịch UBND tỉnh (phụ trách XD);", "Phó Chủ tịch UBND tỉnh (phụ trách XD)"),
    ("001", "- Chánh VP, Phó CVP UBND tỉnh (Đ/c Minh);", "Chánh VP, Phó CVP UBND tỉnh (Đ/c Minh)"),
    ("002", "- Thủ tướng Chính phủ (để b/c);", "Thủ tướng Chính phủ"),
    ("002", "- Các Phó Thủ tướng Chính phủ (để b/c);", "Các Phó Thủ tướng Chính phủ"),
    ("002", "- Các đ/c Thứ trưởng;", "Các đ/c Thứ trưởng"),
    ("003", "- Chủ tịch, các PCT UBND tỉnh;", "các PCT UBND tỉnh"),
    ("003", "- CVP, các PCVP UBND tỉnh;", "CVP"),
    ("003", "- Các chuyên viên TMTH;", "Các chuyên viên TMTH"),
    ("004", "- PCT UBND tỉnh Nguyễn Thành Sinh;", "PCT UBND tỉnh Nguyễn Thành Sinh"),
    ("012", "- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,", "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT"),
    ("013", "- Thứ trưởng Cao Huy;", "Thứ trưởng Cao Huy"),
    ("015", "- Lãnh đạo SNV;", "Lãnh đạo SNV"),
    ("016", "- Chủ tịch, PCT.UBND tỉnh (Đ/c Phúc);", "PCT.UBND tỉnh (Đ/c Phúc)"),
    ("017", "- LĐVP;", "LĐVP"),
    ("022", "- CT và các PCT UBND Phường;", "CT"),
    ("027", "- Đ/c Chủ tịch, các PCT.UBND tỉnh;", "Đ/c Chủ tịch"),
    ("028", "- TTg, các PTTg: Vương Đình Huệ, Trịnh Đình Dũng;", "các PTTg: Vương Đình Huệ, Trịnh Đình Dũng"),
    ("029", "- Tr.phòng VX, TH; C.viên TC, LĐ;", "Tr.phòng VX, TH"),
    ("029", "- Tr.phòng VX, TH; C.viên TC, LĐ;", "C.viên TC, LĐ"),
    ("030", "- Lãnh đạo Văn phòng;", "Lãnh đạo Văn phòng"),
    ("032", "- Đ/c Tổng cục trưởng (để b/c);", "Đ/c Tổng cục trưởng"),
    ("024", "- Các đồng chí UV BTV Thành ủy,", "Các đồng chí UV BTV Thành ủy"),
    ("026", "- Các đồng chí Ủy viên Ban Chấp hành Trung ương", "Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng"),
    ("037", "3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …", "Bộ trưởng, Thủ trưởng cơ quan ngang bộ"),
    ("046", "- Văn phòng UBND tỉnh: CVP,", "Văn phòng UBND tỉnh: CVP"),
    ("000_a01e", "- Các đồng chí Tỉnh uỷ viên,", "Các đồng chí Tỉnh uỷ viên"),
    ("000_a01e", "- LĐVP, CVTH,", "LĐVP, CVTH"),
    ("001_c14d", "- Các đ/c thành viên BCĐ Công tác TTĐN tỉnh,", "Các đ/c thành viên BCĐ Công tác TTĐN tỉnh"),
    ("002_0bd3", "1. Công chức Văn Hóa – Xã hội:", "Công chức Văn Hóa – Xã hội"),
    ("002_0bd3", "3. Công chức kế toán:", "Công chức kế toán"),
    ("003_c4c0", "1. Cấp uỷ, tổ chức đảng các cấp quán triệt, …", "Cấp uỷ"),
    ("021", "2. Các cấp uỷ, thủ trưởng cơ quan, tổ chức đảng có trách nhiệm …", "Các cấp uỷ, thủ trưởng cơ quan"),
]

# (source, the line as written, the item): what a list of bodies holds but names no body.
NOTHING = [
    ("001", "- Như trên;", "Như trên"),
    ("002", "- Như Điều 3;", "Như Điều 3"),
    ("001", "- Lưu: VT, TH, XD(Đông).", "Lưu: VT, TH, XD(Đông)."),
    ("001", "KT. CHỦ TỊCH", "KT. CHỦ TỊCH"),
    ("001", "PHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("008", "- Chính phủ; TM. ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"),
    ("008", "Nơi nhận: Ti h ˆ", "Ti h ˆ"),
    ("008", "~ Lưu: VT, các CV, XD.", "~ Lưu: VT"),
    ("039", "Nơi nhận:                                    T/M BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ"),
    ("007", "Thực hiện Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ", "Thực hiện Văn bản số 4250/BNNMT-ĐCKS"),
    ("008", "d) Trường hợp cần thiết, cơ quan được giao nhiệm vụ chủ trì thẩm tra quyết", "Trường hợp cần thiết, cơ quan"),
    ("009", "- Trung tâm Thông tin và Hội nghị tỉnh;", "Hội nghị tỉnh"),
    ("003", "Sở, ngành chủ trì tham mưu", "Sở, ngành"),
    ("046", "các PCVP và các VP, Ban, TT;", "Ban"),
    ("047", "các VP: 2,3,5;", "các VP: 2,3,5"),
    ("016", "a) Các cơ quan, đơn vị, địa phương tổ chức quán triệt …", "Các cơ quan, đơn vị, địa phương"),
    ("026", "… phối hợp với cấp ủy địa phương thực hiện …", "cấp ủy địa phương"),
    ("005", "g) … phối hợp với chính quyền địa phương, các cơ quan chức năng và cộng đồng dân cư để …",
     "các cơ quan chức năng và cộng đồng dân cư"),
    ("000_a01e", "1. Các cấp uỷ đảng, chính quyền, Mặt trận Tổ quốc và …", "Các cấp uỷ đảng, chính quyền"),
    ("002_0bd3", "- Các cơ quan, đơn vị (T/h)", "Các cơ quan, đơn vị (T/h)"),
    ("045", "UBND tỉnh nhận được Văn bản số 4705/HD-BQP ngày 31/10/2024 của", "UBND tỉnh nhận được Văn bản số 4705/HD-BQP"),
    ("045", "Bộ Quốc phòng hướng dẫn về việc tuyển chọn và gọi công dân nhập ngũ năm 2025",
     "Bộ Quốc phòng hướng dẫn về việc tuyển chọn và gọi công dân nhập ngũ năm 2025"),
]  # fmt: skip


@pytest.mark.parametrize("source,line,name", PEOPLE + NOTHING, ids=[f"{c[0]}:{c[2][:30]}" for c in PEOPLE + NOTHING])
def test_people_positions_and_non_names_are_no_agencies(source, line, name):
    assert canonical_agency(name) is None
    assert canonical_agency(name, **LAO_CAI) is None


# (source, the line as written, the departments it names)
DEPARTMENTS = [
    ("004", "- Các Sở: NNMT, CT, XD;", ["Sở NNMT", "Sở CT", "Sở XD"]),
    (
        "005",
        "- Các Sở, ngành: Công Thương, Nội vụ, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Ban Chỉ huy Bộ đội Biên phòng tỉnh;",
        [
            "Sở Công Thương",
            "Sở Nội vụ",
            "Công an tỉnh",
            "Bộ Chỉ huy Quân sự tỉnh",
            "Ban Chỉ huy Bộ đội Biên phòng tỉnh",
        ],
    ),
    ("001", "- Các Sở, ban, ngành thuộc tỉnh;", []),
]


@pytest.mark.parametrize("source,line,expected", DEPARTMENTS)
def test_a_list_of_departments_names_each(source, line, expected):
    assert listed_departments(line.lstrip("- ").rstrip(";")) == expected


def test_department_codes_are_spelled_out():
    names = [canonical_agency(name, **LAO_CAI) for name in listed_departments("Các Sở: NNMT, CT, XD")]
    assert names == [
        "Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
        "Sở Công Thương tỉnh Lào Cai",
        "Sở Xây dựng tỉnh Lào Cai",
    ]


# (canonical name, the document, the names a filter may give it without the document's place)
LESS_SPECIFIC = [
    ("Uỷ ban nhân dân tỉnh Lào Cai", LAO_CAI, ["Uỷ ban nhân dân", "Uỷ ban nhân dân tỉnh"]),
    ("Ban Tuyên giáo Tỉnh uỷ Kon Tum", KON_TUM, ["Ban Tuyên giáo Tỉnh uỷ"]),
    ("Sở Tài chính tỉnh Lâm Đồng", LAM_DONG_NOI_VU, ["Sở Tài chính", "Sở Tài chính tỉnh"]),
    ("Công an xã Cẩm Tân", CAM_TAN, ["Công an", "Công an xã"]),
    ("Bộ Nội vụ", CENTRAL, []),
    ("Uỷ ban nhân dân tỉnh Ninh Bình", LAO_CAI, []),  # another province's: not the document's own
]


@pytest.mark.parametrize("name,where,expected", LESS_SPECIFIC)
def test_names_without_the_documents_place(name, where, expected):
    assert sorted(less_specific(name, **where)) == sorted(expected)


# (the issuer of a district's or a commune's document, the unit its own bodies belong to)
UNITS = [
    ("003_c4c0", "Ban Tuyên giáo Thành uỷ Bắc Ninh", "district", "thành phố Bắc Ninh"),
    ("002_0bd3", "Uỷ ban nhân dân xã Cẩm Tân", "commune", "xã Cẩm Tân"),
    ("022", "Uỷ ban nhân dân Phường sa đéc", "commune", "phường Sa Đéc"),
]


@pytest.mark.parametrize("source,issuer,level,expected", UNITS)
def test_the_issuers_own_unit(source, issuer, level, expected):
    assert Locality.of(None, level, issuer).own() == expected
