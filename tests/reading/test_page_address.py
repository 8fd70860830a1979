"""Where a copy came from: a saved page's own address, or the one its archivist gives, names the province of a
site that its text does not name (issue 19: pages whose province only the site's address gives)."""

import pytest

from indexer import parse_bytes
from indexer.reading import read_bytes
from indexer.text.localities import division_of_address, province_of_site
from indexer.text.places import province_of_address

# The addresses of real pages in the labelled batches (bench/real-directives-web*), and the province they name.
ADDRESSES = [
    ("https://phuloc.thuathienhue.gov.vn/?gd=1&cn=1038&tc=25175", "Thừa Thiên Huế"),  # a commune's
    ("https://vanlam.hungyen.gov.vn/portal/pages/print.aspx?p=9661", "Hưng Yên"),  # a district's
    ("https://stnmt.dongthap.gov.vn/chitiettin.aspx?ID=685", "Đồng Tháp"),  # a department's
    ("https://sub.dost-dongnai.gov.vn/xuanphu/Pages/quychelamviec.aspx", "Đồng Nai"),
    ("https://bdvtu.binhthuan.dcs.vn/Trang-chu/post/254805/", "Bình Thuận"),  # a Party board's
    ("http://mnsonphu.thainguyen.edu.vn/tin-tuc/hoat-dong-chi-bo/", "Thái Nguyên"),  # a school's
    ("https://baoninhthuan.com.vn/news/9983p1c24/chi-thi-cua-ban-thuong-vu-tinh-uy", "Ninh Thuận"),  # its paper
    ("http://gialaitv.vn/thong-bao/ubmttqvn-tinh-trien-khai-ke-hoach", "Gia Lai"),  # its television
    ("https://www.quangtri.gov.vn/%C4%90%E1%BB%90i-tho%E1%BA%A0i", "Quảng Trị"),
    ("http://vhttdldaklak.gov.vn/quan-ly-van-hoa/to-chuc-cac-hoat-dong", "Đắk Lắk"),  # an office's initials first
    ("http://mttqdienbien.org.vn/tin-tuc", "Điện Biên"),
    ("https://thanhdoansadec.org.vn/x", None),  # a city's youth union: Sa Đéc is no province
    ("https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Huong-dan-16-HD-BTCTW-2018", None),  # a legal site
    ("https://thuviennhadat.vn/vbpl/ke-hoach-1576-kh-ubnd-2019", None),
    ("https://24hbinhphuoc.com.vn/tuyen-truyen-ky-niem-cac-ngay-le-lon-nam-2017", None),  # no official site
    ("https://vbpl.vn/van-ban/chi-tiet/186669", None),  # the national database's new pages name no province
    ("https://nari.gov.vn/thong-bao-lich-tiep-cong-dan", None),  # a district's site under its own name
    ("không phải địa chỉ", None),
    ("https://[vpubnd.laichau.gov.vn/x", None),  # a page's canonical link that is no address
]


@pytest.mark.parametrize("address,province", ADDRESSES)
def test_the_province_a_site_is_named_after(address, province):
    assert province_of_address(address) == province


# A district's or a commune's own site, named left of its province's: (address, (district, commune)).
DIVISIONS = [
    ("https://phuloc.thuathienhue.gov.vn/?gd=1&cn=1038&tc=25175", ("Thừa Thiên Huế", "huyện Phú Lộc", None)),
    ("https://lacduong.lamdong.dcs.vn/huong-dan-nghiep-vu/type/detail/id/16299", ("Lâm Đồng", "huyện Lạc Dương", None)),
    ("https://caugiay.hanoi.gov.vn/dang-doan-the/-/view_content/3117925", ("Hà Nội", "quận Cầu Giấy", None)),
    ("https://quangthai.thuathienhue.gov.vn/?gd=4&cn=97", ("Thừa Thiên Huế", "huyện Quảng Điền", "xã Quảng Thái")),
    ("https://vinhhien.thuathienhue.gov.vn/?gd=4&cn=28", ("Thừa Thiên Huế", "huyện Phú Lộc", "xã Vinh Hiền")),
    # a district's own site under its name alone, with a commune's left of it, or its office's prefix
    ("https://nari.gov.vn/thong-bao-lich-tiep-cong-dan", ("Bắc Kạn", "huyện Na Rì", None)),
    ("https://donphong.bachthong.gov.vn/x", ("Bắc Kạn", "huyện Bạch Thông", "xã Đôn Phong")),
    ("https://danluc.trieuson.gov.vn/x", ("Thanh Hoá", "huyện Triệu Sơn", "xã Dân Lực")),
    ("http://mnquangphuc.pgdbadon.edu.vn/x", ("Quảng Bình", "thị xã Ba Đồn", None)),
    ("https://lhu.edu.vn/x", None),  # a university's
    ("https://qeza.gov.vn/x", None),  # a province's economic zone's
    ("https://stnmt.dongthap.gov.vn/chitiettin.aspx?ID=685", None),  # a department's
    ("https://btc.tuyenquang.dcs.vn", None),  # a Party board's
    ("http://laichau.dcs.vn/x", None),  # the province's own
    ("https://thuvienphapluat.vn/van-ban/x", None),
]


@pytest.mark.parametrize("address,division", DIVISIONS)
def test_the_district_or_commune_a_site_is_named_after(address, division):
    assert division_of_address(address) == division
    assert province_of_site(address) == (division[0] if division else province_of_address(address))


# Where a saved page says it came from: the browser's mark first, then the address the page gives itself.
HEAD = '<html lang="vi"><head><meta charset="utf-8"><meta property="og:url" content="https://hcc.nghean.gov.vn/x">'


@pytest.mark.parametrize(
    "page,address",
    [
        (HEAD + "</head><body><p>Giao Sở Nội vụ chủ trì.</p></body></html>", "https://hcc.nghean.gov.vn/x"),
        (
            "<!-- saved from url=(0048)https://phuloc.thuathienhue.gov.vn/?gd=1&cn=1038 -->\n"
            + HEAD
            + '<link rel="canonical" href="https://hcc.nghean.gov.vn/y"></head><body><p>Kế hoạch</p></body></html>',
            "https://phuloc.thuathienhue.gov.vn/?gd=1&cn=1038",
        ),
        (
            '<html><head><link href="https://vbpl.vn/van-ban/chi-tiet/186669" rel="canonical"/></head>'
            "<body><p>Nghị quyết</p></body></html>",
            "https://vbpl.vn/van-ban/chi-tiet/186669",
        ),
        ('<html><head><base href="/"></head><body><p>Nghị quyết</p></body></html>', None),
    ],
    ids=["open-graph", "saved-from-mark", "canonical", "no-web-address"],
)
def test_a_saved_page_keeps_the_address_it_came_from(page, address):
    assert read_bytes(page.encode("utf-8"), "trang.html").address == address


# Real copies whose text names no province (bench/real-directives-web67 6702, web4 414, web39 3905), with the
# address of the page each was copied from: (text, address, province, issuer, level)
COPIES = [
    (
        "Văn phòng UBND tỉnh\nThứ ba 22/10/2019\nHướng dẫn nội dung tuyên truyền tháng 09/2019\n\n"
        "Ngày 27/8, Đảng ủy Văn phòng UBND tỉnh ban hành Công văn số 468 về việc hướng dẫn nội dung tuyên truyền "
        "tháng 09/2019.\n\nTheo đó, Đảng ủy Văn phòng UBND tỉnh yêu cầu cấp uỷ các chi bộ trực thuộc thực hiện tốt "
        "một số nội dung tuyên truyền trong tháng 9/2019 như sau:\n",
        "https://vpubnd.laichau.gov.vn/detailNews.aspx?id=19730&lang=vi",
        "Lai Châu",
        "Đảng uỷ Văn phòng Uỷ ban nhân dân tỉnh Lai Châu",
        "province",
    ),
    (
        "Tìm kiếm tin tức\nBáo cáo Tổng kết công tác phòng chống thiên tai và tìm kiếm cứu nạn năm 2019, phương án, "
        "kế hoạch phòng chống thiên tai và tìm kiếm cứu nạn năm 2020\nNgày cập nhật 28/08/2020\n\nPHẦN THỨ NHẤT\n\n"
        "TỔNG KẾT CÔNG TÁC PHÒNG CHỐNG THIÊN TAI\n\nI. Tình hình thiên tai\n\nNăm 2019, là một năm chứng kiến nhiều "
        "sự thay đổi diễn biến bất thường của thời tiết trên hầu hết các khu vực.\n",
        "https://quangan.thuathienhue.gov.vn/?gd=4&cn=218&tc=23192",
        "Thừa Thiên Huế",
        None,
        None,  # a commune's site: its level is not in the address
    ),
]


# Real copies that name their body without its district or commune (bench/real-directives-web20 2005, web26 2605,
# web67 6704), from the site of the district or the commune: the body is that district's or that commune's.
COPIES += [
    (
        "Tìm kiếm tin tức\nBan Tuyên giáo Huyện ủy: Công tác định hướng tuyên truyền tháng 6 năm 2022\n"
        "16/06/2022 4:14:PM\nNgày 30/5/2022, Ban Tuyên giáo Huyện ủy đã ban hành văn bản số 78-CV/BTGHU về việc "
        "định hướng tuyên truyền tháng 6 năm 2022.\n",
        "https://phuloc.thuathienhue.gov.vn/?gd=1&cn=1038&tc=25175",
        "Thừa Thiên Huế",
        "Ban Tuyên giáo Huyện uỷ Phú Lộc",
        "district",
    ),
    (
        "Tìm kiếm tin tức\nQUYẾT ĐỊNH Về việc công nhận Gia đình văn hóa năm 2020\nNgày cập nhật 19/11/2020\n\n"
        "QUYẾT ĐỊNH\n\nVề việc công nhận Gia đình văn hóa năm 2020\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ\n\n"
        "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
        "https://quangthai.thuathienhue.gov.vn/?gd=4&cn=97&tc=25688",
        "Thừa Thiên Huế",
        "Chủ tịch Uỷ ban nhân dân xã Quảng Thái",
        "commune",
    ),
    (
        "Tìm kiếm tin tức\nĐôn đốc nộp hồ sơ đề nghị xem xét, công nhận đạt chuẩn văn hóa\nNgày cập nhật 09/09/2019"
        "\n\nPhòng Văn hóa và Thông tin huyện đã ban hành công văn về việc đôn đốc nộp hồ sơ đề nghị xem xét, công "
        "nhận đạt chuẩn văn hóa.\n",
        "https://vinhhien.thuathienhue.gov.vn/?gd=4&cn=28&tc=1953",  # a commune's site reposts its district's
        "Thừa Thiên Huế",
        "Phòng Văn hoá và Thông tin huyện Phú Lộc",
        "district",
    ),
    (
        "Ngày 06/9/2017, Uỷ ban nhân dân thị xã tổ chức cuộc họp Ủy ban nhân dân thường kỳ nhằm đánh giá tình hình "
        "thực hiện nhiệm vụ tháng 8, triển khai công tác chủ yếu tháng 9 năm 2017, dưới sự chủ trì của Chủ tịch UBND "
        "thị xã – Trần Úc.\n",
        "https://dienban.gov.vn/tin-tuc/ket-luan-cuoc-hop",  # web39 3907: a district's site under its name alone
        "Quảng Nam",
        "Uỷ ban nhân dân thị xã Điện Bàn",
        "district",
    ),
    (
        "Thông báo về cao điểm sinh vật gây hại cây trồng vụ Đông năm 2020\n29/10/2020\nHiện nay, các cây trồng vụ "
        "Đông đang giai đoạn phát triển thân lá. Để chủ động phòng chống sinh vật gây hại, bảo vệ an toàn cho sản "
        "xuất vụ Đông, Chi cục Trồng trọt và Bảo vệ thực vật thông báo về cao điểm sinh vật gây hại, cụ thể như sau:\n",
        "http://nnptnt.vinhphuc.gov.vn/dichbenhbvtv/pages/thong-bao.aspx",  # web66 6604: a department's site
        "Vĩnh Phúc",
        "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Vĩnh Phúc",
        "province",
    ),
]


@pytest.mark.parametrize("text,address,province,issuer,level", COPIES)
def test_a_copy_is_placed_by_the_site_it_came_from(text, address, province, issuer, level):
    record = parse_bytes(text.encode("utf-8"), "trang.txt", address=address)[0].to_dict()
    assert (record["province"], record["issuer"], record["level"]) == (province, issuer, level)
    assert record["evidence"]["province"] == {"line": address, "anchor": None, "how": "site_address", "sure": False}
    assert record["source"]["address"] == address
    assert parse_bytes(text.encode("utf-8"), "trang.txt")[0].province is None  # its text alone names none


def test_the_site_places_a_commune_whose_name_moved_province():
    """bench/real-directives-web5 504: "xã Long Phụng" was Long An's until 2025 and is Quảng Ngãi's since; the
    undated page says neither, the commune's site says Quảng Ngãi. A province the text names is kept whatever the
    site (the ministry's letter above)."""
    text = (
        "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025\nNgày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành "
        "Quyết định số 119/QĐ-UBND về hoạch cải cách hành chính Nhà nước năm 2025 trên địa bàn xã\nUBND xã Long "
        "Phụng ban hành Kế hoạch cải cách hành chính Nhà nước năm 2025 trên địa bàn xã, cụ thể như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    ).encode()
    guessed = parse_bytes(text, "trang.txt")[0]
    assert (guessed.province, guessed.evidence["province"]["how"]) == (None, "body")
    address = "https://longphung.quangngai.gov.vn/tin-tuc/ke-hoach-cai-cach-hanh-chinh-nam-2025.html"
    placed = parse_bytes(text, "trang.txt", address=address)[0]
    assert (placed.province, placed.issuer, placed.level) == ("Quảng Ngãi", "Uỷ ban nhân dân xã Long Phụng", "commune")


def test_a_central_text_reposted_by_a_province_keeps_no_province():
    """A ministry's letter (real-directives-dev 013's header) on a province's portal is still the ministry's."""
    text = (
        "BỘ NỘI VỤ\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 5816 /BNV-CCHC\n"
        "Hà Nội, ngày 31 tháng 7 năm 2025\nV/v cập nhật, bổ sung số liệu sơ kết giai đoạn 2021-2025 thực hiện Nghị "
        "quyết số 76/NQ-CP của Chính phủ\n\nKính gửi:\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n"
        "- UBND các tỉnh, thành phố trực thuộc Trung ương.\n"
    )
    record = parse_bytes(text.encode("utf-8"), "cv.txt", address="https://sonoivu.laichau.gov.vn/van-ban/1")[0]
    assert (record.issuer, record.level, record.province) == ("Bộ Nội vụ", "central", None)


def test_a_saved_page_whose_own_address_is_broken_is_read_all_the_same():
    page = (
        '<html><head><link rel="canonical" href="https://[vpubnd.laichau.gov.vn/x"></head><body>'
        "<p>UBND tỉnh</p><p>Kế hoạch số 12/KH-UBND</p></body></html>"
    )
    (record,) = parse_bytes(page.encode(), "trang.html")
    assert (record.province, record.source.address) == (None, "https://[vpubnd.laichau.gov.vn/x")
