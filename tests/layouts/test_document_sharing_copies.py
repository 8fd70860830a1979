# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Documents as document-sharing sites and district portals give them (bench/real-directives-web25, web26): a
header, its type line and the first grounds run into one line; a commune's Party header naming the province's
and the district's organisations above it; a committee's open letter; a text view that lost its marked letters; a page that keeps one heading naming the type and its issuer (web5).  Each case quotes a real document, cut to
what the case needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = [
    (
        "a commune Party committee's header run into one line, its parents' names before its own",
        """Nội dung

ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG * Số 09 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020 KẾ HOẠCH kiểm điểm, đánh giá, xếp loại chất lượng hàng năm tổ chức đảng, đảng viên tập thể, cá nhân cán lãnh đạo, quản lý năm 2020 -Căn Hướng dẫn số 33-HD/BTCTW ngày 30/10/2020 Ban Tổ chức Trung ương
""",
        {
            "doc_type": "Kế hoạch",
            "number": "09-KH/ĐU",
            "issuer": "Đảng uỷ xã La Bằng",
            "level": "commune",
            "date": "2020-11-24",
        },
    ),
    (
        "the province's, the district's and the commune's Party organisations on three lines: the commune's issues",
        """ĐẢNG BỘ TỈNH THÁI NGUYÊN
ĐẢNG BỘ HUYỆN ĐẠI TỪ
ĐẢNG ỦY XÃ LA BẰNG
*
Số 09 -KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
La Bằng, ngày 24 tháng 11 năm 2020
KẾ HOẠCH
kiểm điểm, đánh giá, xếp loại chất lượng năm 2020
""",
        {"issuer": "Đảng uỷ xã La Bằng", "level": "commune", "province": "Thái Nguyên"},
    ),
    (
        "a decision's caps title, its authority and its grounds run into one line after the header",
        """Nội dung Text: Quyết định số 05/2019/QĐ-UBND tỉnh Trà Vinh

  1. ỦY BAN NHÂN DÂN CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM TỈNH TRÀ VINH Độc lập  Tự do  Hạnh phúc    Số: 05/2019/QĐUBND Trà Vinh, ngày 12 tháng 3 năm 2019   QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ ĐIỀU KIỆN NUÔI TÔM NƯỚC LỢ SIÊU THÂM CANH, CÔNG  NGHỆ CAO TRÊN ĐỊA BÀN TỈNH TRÀ VINH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật thủy sản ngày 21 tháng 11 năm 2017; Căn cứ Thông tư số 22/2014/TTBNNPTNT ngày 29 tháng 7 năm 2014 của Bộ trưởng Bộ Nông  nghiệp và Phát triển nông thôn ban hành Quy chuẩn kỹ thuật quốc gia về điều kiện nuôi thủy sản;
""",
        {
            "doc_type": "Quyết định",
            "number": "05/2019/QĐ-UBND",
            "issuer": "Uỷ ban nhân dân tỉnh Trà Vinh",
            "date": "2019-03-12",
            "title": "Ban hành quy định về điều kiện nuôi tôm nước lợ siêu thâm canh, công nghệ cao trên địa bàn tỉnh Trà Vinh",
        },
    ),
    (
        "a district committee's open letter to the public ('THƯ NGỎ')",
        """UỶ BAN NHÂN DÂN HUYỆN MAI CHÂU

Mai Châu, ngày 19 tháng 12 năm 2019

THƯ NGỎ

Vận động hỗ trợ (tự nguyện) kinh phí bắn pháo hoa

   Trong những năm qua, việc tổ chức bắn pháo hoa vào đêm giao thừa nhân dịp Tết Nguyên đán tại huyện đã tạo không khí sôi nổi, tinh thần phấn khởi, vui xuân đón tết của nhân dân các dân tộc trên địa bàn huyện.
""",
        {
            "doc_type": "Thư ngỏ",
            "issuer": "Uỷ ban nhân dân huyện Mai Châu",
            "date": "2019-12-19",
            "title": "Vận động hỗ trợ (tự nguyện) kinh phí bắn pháo hoa",
        },
    ),
    (
        "a town's committee whose name the body never writes in full: its place as a proper name, the town's level",
        """14

UỶ BAN NHÂN DÂN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ HỘI AN
Độc lập - Tự do - Hạnh phúc
Số: 94 /BC-UBND
Hội An, ngày 28 tháng 7 năm 2015
KẾ HOẠCH Phòng, chống thiên tai va tim kiêm cưu nan năm 2015 I. Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2014 1. Tình hình thiên tai và thiệt hại do thiên tai gây ra - Trong năm 2014, có 5 cơn bão, 3 áp thấp nhiệt đới (ATNĐ) hoạt động trên biển Đông ảnh hưởng đến nước ta. Các cơn bão, ATNĐ không ảnh hưởng trực tiếp đến khu vực Quang Nam, Đà Nẵng nhưng gián tiếp gây ra mưa vừa đến mưa rất to
""",
        {"issuer": "Uỷ ban nhân dân thành phố Hội An", "level": "district", "province": "Quảng Nam"},
    ),
    (
        "a text view that lost every letter outside ASCII: the header's names spelt again, the date read",
        """You are on page 1of 9
UBND TNH PH TH CNG HO X HI CH NGHA VIT NAM
S VN HO TH THAO V DU LCH c l p - T do - Hanh phuc
S: 02 /HD-SVHTTDL Ph Th, ngay 12 thang 01 nm 2017
HNG DN
V vic t chc Chng trnh V min l hi
ci ngun dn tc Vit Nam nm inh Du - 2017
Thc hin Ngh quyt s 179/2009/NQ-HND ngy 20/4/2009 ca Hi
ng nhn dn tnh v Quy hoch pht trin vn ha tnh Ph Th n nm
""",
        {
            "number": "02/HD-SVHTTDL",
            "issuer": "Sở Văn hoá, Thể thao và Du lịch tỉnh Phú Thọ",
            "level": "province",
            "province": "Phú Thọ",
            "date": "2017-01-12",
            "title": "V vic t chc Chng trnh V min l hi ci ngun dn tc Vit Nam nm inh Du - 2017",
            "basis": ["179/2009/NQ-HĐND"],
        },
    ),
    (
        "a text view that lost its marked letters, the others kept plain: the code's 'Đ' and the grounds' words (web16 1608)",
        """You are on page 1of 2

UBND QUN SN TRA

PHNG GIO DC V O TO
S: 313 /PGDT-THHC
V/v t chc cac hoat dng v
Ngay Sach Vit Nam 21/4
CNG HA X HI CH NGHA VIT NAM
c lp - T !" - H#$% p%&c

Sn Tr, ngy 18 thng 4 nm 2014

Kinh gui: Hiu truong cac truong mm non, tiu hoc, trung hoc co so
Thuc hin Cng vn s 1025/SGDT-CTHSSV ngay 17 thang 4 nm
2014 cua So Giao duc va ao tao v vic t chc cac hoat dng v Ngay Sach
Vit Nam 21/4, Phong Giao duc va ao tao d nghi Hiu truong cac truong hoc
thuc hin cac ni dung sau:
'( C)$* +,c +-./$ +0-.1$
Cac truong hoc t chc tuyn truyn v y nghia cua Ngay Sach Vit Nam,
cu th:
a) Ngay Sach Vit Nam duoc t chc hang nm (ngay 21/4) nhm xy
dung va phat trin phong trao doc sach, huong toi mt x hi hoc tp, mt net
dep trong doi sng x hi.
b) Ngay Sach Vit Nam duoc t chc nhm tn vinh gia tri cua sach,
khng dinh vai tro, vi tri, tm quan trong cua sach trong doi sng x hi; xy
dung vn hoa doc trong cng dng va tn vinh nhung nguoi tham gia suu tm,
sang tac, xut ban, in, phat hanh, luu giu, quang ba sach.
c) Vic t chc Ngay Sach Vit Nam nhm nng cao trach nhim cua cac
cp, cac nganh, cac co quan chc nng va cac t chc x hi di voi vic xy
""",
        {"number": "313/PGDĐT-THHC", "date": "2014-04-18", "basis": ["1025/SGDĐT-CTHSSV"]},
    ),
    (
        "a commune's plan run into one line: its caps subject, then its decision's note, then the grounds it cites",
        """ỦY BAN NHÂN DÂN XÃ VẦY NƯA CỘNG HÒA XÃ HỘI CHỦ NGHIA VIỆT NAM Độc lập – Tự – Hạnh phúc KẾ HOẠCH “NĂM GIÁO DỤC VÙNG KHÓ KHĂN” XÃ VẦY NƯA (Ban hành kèm theo Quyết định số ./QĐ-UBND ngày . tháng 11 năm 2013 của Ủy ban nhân dân xã Vầy Nưa) Căn công văn 167/SGD&ĐT-VP ngày 17/01/2013 việc triển khai thực “ Năm giáo dục vùng khó khăn” tỉnh Hòa Bình; Căn vào công văn số 804/HD-PGD-ĐT ngày 01/11/2013 V/v triển khai thực “Năm Giáo dục vùng khó khăn” năm học 2013- 2014;
""",
        {"doc_type": "Kế hoạch", "issuer": "Uỷ ban nhân dân xã Vầy Nưa", "date": None, "year": 2013},
    ),
    (
        "a page that keeps one line, a heading closed by a full stop: 'Chỉ thị của Chủ tịch … về việc …' (web5 521)",
        """Chỉ thị của Chủ tịch Uỷ ban nhân dân tỉnh về việc tiếp tục thực hiện và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh và chính quyền địa phương các cấp.
""",
        {
            "doc_type": "Chỉ thị",
            "issuer": "Chủ tịch Uỷ ban nhân dân tỉnh",
            "level": "province",
            "title": "tiếp tục thực hiện và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, các đơn vị sự nghiệp công lập thuộc Uỷ ban nhân dân tỉnh và chính quyền địa phương các cấp",
        },
    ),
    (
        "a Party database's 'Trích yếu' over the heading: the committee named with its term, then what it carries out (web5 515)",
        """Trích yếu
Chương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng "về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn mới".
""",
        {"doc_type": "Chương trình", "issuer": "Ban Chấp hành Đảng bộ tỉnh", "level": "province"},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_document_sharing_copies(text, expected):
    assert fields_of(text, expected, "van-ban.md") == expected
