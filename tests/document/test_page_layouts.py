# ruff: noqa: E501, W291, W293  (the cases quote real pages, whose lines are as long as they are)
"""Extraction on pages of legal, city and commune websites whose layout breaks a document's lines where it pleases:
narrow columns, property tables, dropped headings, rules of en dashes, fonts that lost letters.  Each case quotes a
real page (bench/real-directives-web 218-237), cut to what the case needs."""

import pytest

from indexer import parse_bytes

CASES = []

# Legal websites' narrow columns that break every header line where they please (Quyết định 2033/QĐ-UBND Trà Vinh
# 2011, 3970/QĐ-UBND Đồng Nai 2013, Quy chế 01/QCPH/UBND-UBMTTQ Đắk Lắk 2017), a page that dropped the document's
# own heading under its property table (Nghị quyết 51/2016/NQ-HĐND Kiên Giang), and a site whose blurb stands
# over a header whose columns are each underlined (Nghị quyết 653/2019/UBTVQH14).
CASES += [
    (
        "a council's name broken after its first word, the subject inside a word, an article after 'Điều'",
        """ỦY
BAN NHÂN DÂN
TỈNH TRÀ VINH
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 2033 /QĐ-UBND
|
Trà Vinh, ngày
02 tháng 11 năm 2011
|
QUYẾT ĐỊNH
VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH BẢO VỆ TRẺ EM TỈNH TRÀ VINH GIAI
ĐOẠN 2011 - 2015
ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
Căn cứ Luật Tổ chức Hội
đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;
Căn cứ Quyết định số
267/QĐ-TTg ngày 22/02/2011 của Thủ tướng Chính phủ phê duyệt Chương trình quốc
gia bảo vệ trẻ em giai đoạn 2011 - 2015;
Xét đề nghị của Giám đốc
Sở Lao động - Thương binh và Xã hội tại Tờ trình số 1163/TTr-SLĐTBXH ngày
07/11/2011,
QUYẾT ĐỊNH:
Điều
1. Phê duyệt
Chương trình bảo vệ trẻ em tỉnh Trà Vinh giai đoạn 2011 - 2015 với các nội dung
chính như sau:
""",
        {
            "number": "2033/QĐ-UBND",
            "issuer": "Uỷ ban nhân dân tỉnh Trà Vinh",
            "date": "2011-11-02",
            "title": "Về việc phê duyệt chương trình bảo vệ trẻ em tỉnh Trà Vinh giai đoạn 2011 - 2015",
            "basis": ["267/QĐ-TTg"],  # the proposal considered ("Xét đề nghị … Tờ trình") is no basis
        },
    ),
    (
        "the national heading broken after 'XÃ', the council's name before its last word",
        """ỦY BAN NHÂN
DÂN
TỈNH ĐỒNG NAI
--------
|
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
-------------------
|
Số:
3970/QĐ-UBND
|
Đồng Nai, ngày
04 tháng 12 năm 2013
|
QUYẾT ĐỊNH
BAN HÀNH ĐỀ ÁN THÀNH LẬP ĐỘI CÔNG TÁC XÃ HỘI TÌNH NGUYỆN TẠI
XÃ, PHƯỜNG, THỊ TRẤN TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI
ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/
2003;
""",
        {"number": "3970/QĐ-UBND", "issuer": "Uỷ ban nhân dân tỉnh Đồng Nai", "date": "2013-12-04"},
    ),
    (
        "a joint regulation: numbered with both issuers' codes, its subject broken after its first word",
        """ỦY BAN NHÂN DÂN
ỦY BAN MTTQ VIỆT NAM
TỈNH ĐẮK LẮK
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 01/QCPH/UBND-UBMTTQ
|
Đắk Lắk, ngày 27 tháng 10 năm 2017
|
QUY CHẾ
PHỐI
HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN
TỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIAI ĐOẠN
2017-2021
Căn cứ Luật Tổ chức chính quyền địa
phương ngày 19/6/2015;
""",
        {
            "doc_type": "Quy chế",
            "number": "01/QCPH/UBND-UBMTTQ",
            # both bodies over the one place line, each with its place
            "issuer": "Uỷ ban nhân dân tỉnh Đắk Lắk và Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk",
            "date": "2017-10-27",
            "title": "Phối hợp công tác giữa Uỷ ban nhân dân tỉnh và Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh giai đoạn "
            "2017-2021",
        },
    ),
    (
        "a property table and a header in cells, the document's own heading dropped by the page",
        """Nghị quyết 51/2016/NQ-HĐND Quy định phân cấp nguồn thu, nhiệm vụ chi đối với ngân sách tỉnh; ngân sách cấp huyện; ngân sách cấp xã giai đoạn 2017-2020 trên địa bàn tỉnh Kiên Giang
Số hiệu: | 51/2016/NQ-HĐND | Loại văn bản: | Nghị quyết |
Nơi ban hành: | Tỉnh Kiên Giang | Người ký: | Đặng Tuyết Em |
Ngày ban hành: | 13/12/2016 | Ngày hiệu lực: | Đang cập nhật |
Ngày công báo: | Đang cập nhật | Số công báo: | Đang cập nhật |
Lĩnh vực: | Tài chính, | Tình trạng: | Đang cập nhập |
Ngày hết hiệu lực: | Đang cập nhật |
HỘI ĐỒNG NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 51/2016/NQ-HĐND |
Kiên Giang, ngày 13 tháng 12 năm 2016 |
HỘI ĐỒNG NHÂN DÂN TỈNH KIÊN GIANG
KHÓA IX, KỲ HỌP THỨ BA
Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật ngân sách nhà nước ngày 25 tháng 6 năm 2015;
""",
        {
            "doc_type": "Nghị quyết",
            "number": "51/2016/NQ-HĐND",
            "issuer": "Hội đồng nhân dân tỉnh Kiên Giang",
            "date": "2016-12-13",
            "title": "Quy định phân cấp nguồn thu, nhiệm vụ chi đối với ngân sách tỉnh; ngân sách cấp huyện; ngân sách "
            "cấp xã giai đoạn 2017-2020 trên địa bàn tỉnh Kiên Giang",
        },
    ),
    (
        "a chairman's decision whose header lost its province line: the authority line names the place",
        """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 232/QĐ-UBND | Ninh Bình, ngày 12 tháng 4 năm 2019 |
QUYẾT ĐỊNH
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Xét đề nghị của Giám đốc sở Giáo dục và Đào tạo,
QUYẾT ĐỊNH:
Điều 1. Công bố Danh mục thủ tục hành chính thực hiện theo cơ chế một cửa, một cửa liên thông thuộc thẩm quyền giải quyết của sở Giáo dục và Đào tạo.
""",
        {"number": "232/QĐ-UBND", "issuer": "Chủ tịch Uỷ ban nhân dân tỉnh Ninh Bình", "province": "Ninh Bình"},
    ),
    (
        "a site's blurb over a header whose heading and motto are underlined: one document, not two",
        """Nghị quyết 653/2019/UBTVQH14

Nội dung toàn văn Nghị quyết 653/2019/UBTVQH14 sắp xếp các đơn vị hành chính cấp huyện xã giai đoạn 2019 2021


ỦY BAN THƯỜNG VỤ
QUỐC HỘI
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Nghị quyết số: 653/2019/UBTVQH14

Hà Nội, ngày 12 tháng 3 năm 2019

NGHỊ QUYẾT

VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TRONG GIAI ĐOẠN 2019 - 2021

ỦY BAN THƯỜNG VỤ QUỐC HỘI

Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;

Căn cứ Nghị quyết số 56/2017/QH14 ngày 24 tháng 11 năm 2017 của Quốc hội về việc tiếp tục cải cách tổ chức bộ máy hành chính nhà nước tinh gọn, hoạt động hiệu lực, hiệu quả;

QUYẾT NGHỊ:
""",
        {
            "number": "653/2019/UBTVQH14",
            "issuer": "Uỷ ban Thường vụ Quốc hội",
            "level": "central",
            "date": "2019-03-12",
            "basis": ["57/2014/QH13", "56/2017/QH14"],
        },
    ),
]

# City and Front pages (real-directives-web 218 Yên Bái 2016, 223 Đông Hà 2017): the site's heading is a type line
# too; a subject one semicolon divides, or closed by a full stop; a font that lost letters ("S:" for "Số:").
CASES += [
    (
        "a subject in two parts divided by a semicolon, the opening after a blank line, the issuer in the opening",
        """BẢN TIN THÀNH PHỐ

KẾ HOẠCH 07/KH-BTC Tổ chức các hoạt động chào mừng Đại hội lần thứ XII của Đảng; Kỷ niệm 86 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2016) và đón xuân Bính Thân 2016
Ngày xuất bản: 18/01/2016 1:46:39 CH

 KẾ HOẠCH 07/KH-BTC

Tổ chức các hoạt động chào mừng Đại hội lần thứ XII của Đảng;

 Kỷ niệm 86 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2016)

và đón xuân Bính Thân 2016

 

Thực hiện Kế hoạch số 05/KH-BTC ngày 08/01/2016 của Ủy ban nhân dân tỉnh Yên Bái về tổ chức các hoạt động kỷ niệm 86 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930-3/2/2016) và đón xuân Bính Thân 2016; thiết thực lập thành tích chào mừng Đại hội lần thứ XII của Đảng; Ban Tổ chức những ngày lễ lớn thành phố xây dựng kế hoạch tổ chức các hoạt động như sau:

I. MỤC ĐÍCH, YÊU CẦU
""",
        {
            "number": "07/KH-BTC",
            "issuer": "Ban Tổ chức những ngày lễ lớn thành phố Yên Bái",
            "title": "Tổ chức các hoạt động chào mừng Đại hội lần thứ XII của Đảng; Kỷ niệm 86 năm ngày thành lập Đảng "
            "Cộng sản Việt Nam (3/2/1930 - 3/2/2016) và đón xuân Bính Thân 2016",
            "basis": ["05/KH-BTC"],
        },
    ),
    (
        "a commune's notice: blank number and day, every rule drawn with en dashes (one under the subject)",
        """TẠM DỪNG TIẾP CÔNG DÂN ĐỂ PHÒNG CHỐNG DỊCH

Văn hóa - Xã hội

ỦY BAN NHÂN DÂN

XÃ ĐỨC HỢP

––––––––

Số:         / TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập – Tự do – Hạnh phúc

–––––––––––––––––––

Đức Hợp, ngày ….. tháng 12 năm 2021

 THÔNG BÁO

Về viêc tạm dừng tiếp công dân để phòng, chống dịch Covid-19

–––––––––––

Thực hiện Thông báo số 444/TB-UBND ngày 22/12/2021 của UBND tỉnh Hưng Yên và Thông báo sô 1481/TB-UBND ngày 23/12/2021 của UBND huyện Kim Động về việc tạm dừng hoạt động tiếp công dân để phòng chống dịch Covid-19

Ủy ban nhân dân xã Đức Hợp thông báo như sau:
""",
        {
            "number": None,
            "issuer": "Uỷ ban nhân dân xã Đức Hợp",
            "date": None,
            "year": 2021,
            "title": "Về viêc tạm dừng tiếp công dân để phòng, chống dịch Covid-19",
            "basis": ["444/TB-UBND", "1481/TB-UBND"],
        },
    ),
    (
        "a page's caps heading over the header, a subject closed by a full stop, 'Số' without its mark",
        """KẾ HOẠCH THỰC HIỆN CVĐ "VÌ NGƯỜI NGHÈO" 2017

Thứ hai - 13/03/2017 23:00
     UBMTTQVN TP ĐÔNG HÀ                CNG HOÀ XÃ HI CHỦ NGHĨA VIT NAM
 BVĐ QŨY  “VÌ NGƯI NGHÈO”                     Đc lp –Tự  do - Hnh phúc
    
            S:  03 / KH-BVĐ                              Đông Hà, ngày 20 tháng 02 năm 2017  
 
KẾ HOẠCH
Vận động ủng hộ Quỹ “Vì người nghèo ” năm 2017.
----- 
 
Thc hin Đề án s: 343/ĐA-UBMT-BTT, ngày 24 tháng 6 năm 2016 ca UBMT thành phố v vic tổ chc thc hin cuc vn đng.
""",
        {
            "number": "03/KH-BVĐ",
            "date": "2017-02-20",
            "title": "Vận động ủng hộ Quỹ “Vì người nghèo ” năm 2017",
        },
    ),
]


# Joint documents whose header joins the bodies with a dash (bench/real-directives-web9 901, 902; web4 406): each
# body with the parent and the place line they share; a dash inside one body's name joins nothing.
CASES += [
    (
        "web9 901: a union over a department, the dash ending the first line, a seal's edge after the place",
        """LIÊN ĐOÀN LAO ĐỘNG -
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ VĂN HOÁ, THẺ THAO VÀ DU LỊCH
Độc lập - Tự do - Hạnh phúc
TỈNH AN GIANG ad.
Số: 154/CTPH-LĐLĐ-SVHTTDL
An Giang, ngày 28 tháng 4 năm 2017
CHƯƠNG TRÌNH PHÓI HỢP
Xây dựng đời sống văn hoá cơ sở trong CNVCLĐ
Giai đoạn 2016 - 2021
Liên đoàn Lao động tỉnh và Sở Văn hoá, Thể thao và Du lịch thống nhất ký kết Chương trình phối hợp.
""",
        {
            "doc_type": "Chương trình",
            "issuer": "Liên đoàn Lao động tỉnh An Giang và Sở Văn hoá, Thể thao và Du lịch tỉnh An Giang",
            "province": "An Giang",
            "title": "Xây dựng đời sống văn hoá cơ sở trong CNVCLĐ Giai đoạn 2016 - 2021",
        },
    ),
    (
        "web9 902: a department and its sector's union on one line, under the province's committee",
        """UBND TỈNH KIÊN GIANG
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ -CÔNG ĐOÀN NGÀNH
Độc lập - Tự do - Hạnh phúc
Số: 2004/KH-SYT-CĐN
Kiên Giang, ngày 20 tháng 10 năm 2017
KẾ HOẠCH
Triển khai thực hiện Tháng hành động vì bình đẳng giới năm 2017
Căn cứ Công văn số 5572/BYT-TCCB ngày 02/10/2017 của Bộ Y tế, Sở Y tế phối hợp Công đoàn ngành xây dựng kế hoạch.
""",
        {"issuer": "Sở Y tế tỉnh Kiên Giang và Công đoàn ngành Y tế tỉnh Kiên Giang", "level": "province"},
    ),
    (
        "web4 406: the council's standing board and the committee, 'THƯỜNG TRỰC' over both",
        """THƯỜNG TRỰC
HĐND - UBND TỈNH HÒA BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 06/QC-TT.HĐND-UBND
Hòa Bình, ngày 20 tháng 3 năm 2019
QUY CHẾ
PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM KỲ 2016 - 2021
""",
        {"issuer": "Thường trực Hội đồng nhân dân tỉnh Hoà Bình và Uỷ ban nhân dân tỉnh Hoà Bình"},
    ),
    (
        "web9 905: a council's resolution whose authority line is its standing committee's",
        """HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 07/NQ-HĐND | Đắk Lắk, ngày 13 tháng 10 năm 2016 |
THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH
Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Tiếp công dân;
Xét đề nghị của Chánh Văn phòng Hội đồng nhân dân tỉnh,
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Quy chế tiếp công dân của Hội đồng nhân dân, đại biểu Hội đồng nhân dân tỉnh khóa IX, nhiệm kỳ 2016-2021.
""",
        {"issuer": "Thường trực Hội đồng nhân dân tỉnh Đắk Lắk", "doc_type": "Nghị quyết", "province": "Đắk Lắk"},
    ),
    (
        "a dash inside one department's name joins no second body",
        """UBND TỈNH KIÊN GIANG
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Độc lập - Tự do - Hạnh phúc
Số: 1200/SLĐTBXH-VP
Kiên Giang, ngày 20 tháng 10 năm 2017
V/v tăng cường công tác an toàn lao động
""",
        {"issuer": "Sở Lao động - Thương binh và Xã hội tỉnh Kiên Giang"},
    ),
    (
        "web9 903: a scan's speck after the type line keeps it the type line, the subject under it the title",
        """UBND TỈNH KIÊN GIANG
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ
Độc lập - Tự do - Hạnh phúc
Số: 2094/TB-SYT
Kiên Giang, ngày 07 tháng 11 năm 2017
THÔNG BẢO.
Về lịch học năm thứ II lớp Chuyên khoa cấp I chuyên ngành Dược lý - Dược lâm sàng B2, Khoá 2016 - 2018
Căn cứ Kế hoạch số 1065/KH-SYT ngày 12/7/2016 của Sở Y tế;
""",
        {
            "doc_type": "Thông báo",
            "title": "Về lịch học năm thứ II lớp Chuyên khoa cấp I chuyên ngành Dược lý - Dược lâm sàng B2, Khoá 2016 - 2018",
        },
    ),
]

# web14: a ministry's letter as a portal stores it (its number alone over "Công văn V/v …"), a header table that cut
# the national heading short, a PDF's page label run into the issuer's line, a board's closing note.
CASES += [
    (
        "web14 1412: a ministry's letter under 'Công văn V/v …', its issuer known by its number's code",
        """3313/BVHTTDL-VHDT

TLBT, Vụ TVVHDT Hoàng Đức Hậu Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -

Công văn V/v Tham gia Ngày hội văn hóa, thể thao và du lịch các dân tộc vùng Tây Bắc

Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ
 
Bộ Văn hóa, Thể thao và Du lịch nhận được Công văn số 352/SVHTTDL-VP ngày 18 tháng 5 năm 2016 của Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ về việc xin chủ trương không tham gia Ngày hội văn hóa, thể thao và du lịch các dân tộc vùng Đông Bắc. Về việc này Bộ Văn hóa, Thể thao và Du lịch có ý kiến như sau:
""",
        {
            "doc_type": "Công văn",
            "number": "3313/BVHTTDL-VHDT",
            "issuer": "Bộ Văn hoá, Thể thao và Du lịch",
            "level": "central",
            "province": None,
            "title": "Tham gia Ngày hội văn hoá, thể thao và du lịch các dân tộc vùng Tây Bắc",
        },
    ),
    (
        "web14 1414: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT |': a cell cut the national heading short; not the issuer's",
        """VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT |
Số: 5669/VPCP-NN | Hà Nội, ngày 06 tháng 10 năm 2007 |
Kính gửi: | - Bộ Kế hoạch và Đầu tư; |
Xét đề nghị của Ủy ban nhân dân tỉnh Thái Nguyên (Tờ trình số 21/TTr-UBND ngày 03 tháng 8 năm 2007), Phó Thủ tướng Hoàng Trung Hải có ý kiến như sau:
""",
        {"issuer": "Văn phòng Chính phủ", "level": "central", "date": "2007-10-06"},
    ),
    (
        "web14 1410: 'Trang 1UỶ BAN NHÂN DÂN': a page's label run into the issuer's line; 'BGD&ĐT' in a code",
        """Trang 1UỶ BAN NHÂN DÂN
THỊ TRẤN HƯƠNG SƠN
Số: 67 /TTr - UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hương Sơn, ngày 26 tháng 9 năm 2014
TỜ TRÌNH
Về việc đề nghị công nhận Thị trấn Hương Sơn đạt chuẩn Phổ cập giáo dục tiểu học
Căn cứ Thông tư số 36/2009/TT-BGD&ĐT ngày 04 tháng 12 năm 2009 của Bộ Giáo dục và Đào tạo;
""",
        {
            "issuer": "Uỷ ban nhân dân thị trấn Hương Sơn",
            "level": "commune",
            "number": "67/TTr-UBND",
            "basis": ["36/2009/TT-BGDĐT"],
        },
    ),
    (
        "web14 1407: a department's letter whose subject opens on 'Về', over its mark of urgency; a letter's symbol",
        """UỶ BAN NHÂN DÂN                                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

THÀNH PHỐ HỒ CHÍ MINH                                         Độc lập – Tự do – Hạnh phúc

SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số : 4144 /GDĐT – VP                                        Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018

Về cho học sinh nghỉ học

Ngày 26/11/2018

   KHẨN

Kính gửi : Chủ tịch Ủy ban nhân dân các quận, huyện.

Căn cứ tình hình sau cơn bão số 9, để đảm bảo an toàn cho học sinh, Sở Giáo dục và Đào tạo đề nghị Chủ tịch Ủy ban nhân dân các quận, huyện chỉ đạo hiệu trưởng các trường thông báo cho học sinh nghỉ học.
""",
        {
            "doc_type": "Công văn",
            "number": "4144/GDĐT-VP",
            "title": "Về cho học sinh nghỉ học Ngày 26/11/2018",
            "date": "2018-11-25",
        },
    ),
    (
        "web14 1401: a district board's guidance known by the page's closing note '… đăng tải Hướng dẫn số …'",
        """CÔNG TÁC ĐẢNG

Hướng dẫn tuyên truyền, kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2019
Ngày đăng 07/01/2019 | 14:09  | View count: 695

Thực hiện Hướng dẫn số 70- HD/BTGTU ngày 14/12/2018 của Ban Tuyên giáo Thành uỷ về việc “Tuyên truyền, kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2019”,

Phòng Văn hóa và Thông tin đăng tải Hướng dẫn số 35-HD/BTG ngày 25/12/2018 của Ban Tuyên giáo Quận ủy. Xem nội dung Hướng dẫn tại đây.
""",
        {"doc_type": "Hướng dẫn", "number": "35-HD/BTG", "year": 2018, "date": None},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_broken_page_layouts(text, expected):
    records = parse_bytes(text.encode("utf-8"), "van-ban.txt")
    assert len(records) == 1
    assert {field: records[0].to_dict()[field] for field in expected} == expected
