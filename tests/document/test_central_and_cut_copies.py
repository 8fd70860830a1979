# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Extraction on web copies of central and local documents (bench/real-directives-web3): the Politburo or the
Secretariat under the Central Committee's heading, boards whose name holds "và", subjects with a period noted,
copies that lost their header and are dated by their grounds."""

import pytest

from indexer import parse_bytes

# (id, text, expected fields)
CASES = [
    (
        "web3 303: the Youth Union's Secretariat, named by the opening under the Central Committee's heading",
        """BAN CHẤP HÀNH TRUNG ƯƠNG                                 ĐOÀN TNCS HỒ CHÍ MINH
***
   Số: 225 - KH/TWĐTN-CTTN                                      Hà Nội, ngày 16 tháng 5 năm 2024
KẾ HOẠCH
Tổ chức các
hoạt động hè dành cho thiếu nhi năm 2024
Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024; căn cứ Kế hoạch số 183-KH/TWĐTN-TNNT
ngày 28/2/2024 của Ban Bí thư Trung ương Đoàn, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch tổ chức các hoạt động
Hè dành cho thiếu nhi năm 2024, cụ thể như sau:
""",
        {"number": "225-KH/TWĐTN-CTTN", "issuer": "Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh", "level": "central"},
    ),
    (
        "web10 1003: the Youth Union's Central Committee, its heading broken over a legal site's cells",
        """BAN CHẤP
HÀNH TRUNG ƯƠNG |
ĐOÀN TNCS HỒ
CHÍ MINH |
Số: 411-KH/TWĐTN-BTC |
Hà Nội, ngày 25 tháng 8 năm 2021 |
Căn cứ Điều lệ Đoàn và Chương trình công tác toàn khóa của Ban Chấp hành Trung ương Đoàn khóa XI; căn cứ Chỉ thị số 08-CT/TW ngày 20/8/2021 của Ban Bí thư Trung ương Đảng về lãnh đạo đại hội đoàn các cấp, Ban Chấp hành Trung ương Đoàn ban hành Kế hoạch tổ chức đại hội đoàn các cấp.
""",
        {"issuer": "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "level": "central", "basis": ["08-CT/TW"]},
    ),
    (
        "web10 1004: the Pioneers' Central Council, 'ĐỘI' said once above it",
        """ĐỘI TNTP HỒ CHÍ MINH

HỘI ĐỒNG TRUNG ƯƠNG

***

Số: 23 -KH/HĐĐTW

Hà Nội, ngày 14 tháng 02 năm 2020

KẾ HOẠCH

Triển khai phong trào “Kế hoạch nhỏ” giai đoạn 2020 - 2023
""",
        {"issuer": "Hội đồng Đội Trung ương", "level": "central", "number": "23-KH/HĐĐTW"},
    ),
    (
        "web11 1105: the office of the province's National Assembly delegation and council, 'ĐBQH' spelt out",
        """VĂN PHÒNG ĐOÀN ĐBQH
VÀ HĐND TỈNH THANH HOÁ
Số: 295 /VP-CTHĐND
V/v gửi Danh mục sản phẩm/công việc quy đổi theo Nghị định số 335/2025/NĐ-CP.
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hoá, ngày 22 tháng 5 năm 2026
Kính gửi: Sở Nội vụ
Văn phòng Đoàn ĐBQH và HĐND tỉnh trân trọng gửi Sở Nội vụ để tổng hợp./.
""",
        {"issuer": "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Thanh Hoá", "doc_type": "Công văn"},
    ),
    (
        "web11 1106: the council's supervising delegation is the council's, not the province's",
        """HỘI ĐỒNG NHÂN DÂN
TỈNH BÌNH DƯƠNG
ĐOÀN GIÁM SÁT
Số: 11/TB-ĐGS
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 21 tháng 10 năm 2021
THÔNG BÁO
Phân công nhiệm vụ thành viên Đoàn giám sát
""",
        {"issuer": "Đoàn giám sát Hội đồng nhân dân tỉnh Bình Dương", "level": "province"},
    ),
    (
        "web11 1108: a contest's rules ('THỂ LỆ') are a type of their own; the day and month left blank",
        """ĐOÀN TRƯỜNG ĐẠI HỌC MỞ HÀ NỘI
BAN TỔ CHỨC CUỘC THI TRẮC NGHIỆM
TUỔI TRẺ TRƯỜNG ĐẠI HỌC MỞ HÀ NỘI
SẮT SON NIỀM TIN VỚI ĐẢNG
ĐOÀN TNCS HỒ CHÍ MINH
Hà Nội, ngày tháng năm 2020
THỂ LỆ
Cuộc thi trắc nghiệm trực tuyến
"Tuổi trẻ trường Đại học Mở Hà Nội sắt son niềm tin với Đảng"
Căn cứ kế hoạch số 04 - KH/ĐTN ngày 09/3/2020 của Ban chấp hành Đoàn thanh niên Trường Đại học Mở Hà Nội về việc tổ chức Cuộc thi.
""",
        {
            "doc_type": "Thể lệ",
            "title": 'Cuộc thi trắc nghiệm trực tuyến "Tuổi trẻ trường Đại học Mở Hà Nội sắt son niềm tin với Đảng"',
            "year": 2020,
            "date": None,
        },
    ),
    (
        "web3 307: a page's heading names the Politburo over a copy cut before its signature; grounds end the title",
        """Quy định số 97-QĐ/TW của Bộ Chính trị: Đảng đoàn MTTQ Việt Nam do Bộ Chính trị quyết định thành lập
Chỉ thị của Ban Bí thư về việc tổ chức Tết Ất Tỵ năm 2025
BAN CHẤP HÀNH TRUNG ƯƠNG
-------
ĐẢNG CỘNG SẢN VIỆT NAM
Số: 97-QĐ/TW
Hà Nội, ngày 07 tháng 02 năm 2023
QUY ĐỊNH
CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN, CƠ CẤU TỔ CHỨC, MỐI QUAN HỆ CÔNG TÁC CỦA ĐẢNG ĐOÀN, BAN CÁN SỰ ĐẢNG Ở TRUNG ƯƠNG
- Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW, ng
""",
        {
            "issuer": "Bộ Chính trị",
            "title": "Chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, mối quan hệ công tác của Đảng đoàn, ban cán sự "
            "Đảng ở Trung ương",
        },
    ),
    (
        "web3 301: a board whose name holds 'và' is one body; its abbreviations spelt out",
        """BAN CHỈ HUY PCTT VÀ TKCN
TỈNH THỪA THIÊN HUẾ
VĂN PHÒNG THƯỜNG TRỰC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 254 /TB-PCTT
Thừa Thiên Huế, ngày 06 tháng 9 năm 2022
THÔNG BÁO
Cảnh báo, ứng phó với mưa vừa, mưa to và dông
Theo bản tin cảnh báo của Trung tâm Dự báo khí tượng thuỷ văn Quốc gia, đề nghị các địa phương chủ động ứng phó.
""",
        {"issuer": "Văn phòng Thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Thừa Thiên Huế"},
    ),
    (
        "web3 316: a period noted under the subject is the subject's",
        """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 158/KH-UBND
Hà Nội, ngày 01 tháng 07 năm 2021
KẾ HOẠCH
NÂNG
CAO NĂNG LỰC, HIỆU LỰC, HIỆU QUẢ GIÁM SÁT, KIỂM TRA, THANH TRA NHẰM PHÒNG NGỪA,
PHÁT HIỆN, XỬ LÝ HÀNH VI VI PHẠM PHÁP LUẬT, TIÊU CỰC, THAM NHŨNG, LÃNG PHÍ
TRONG DOANH NGHIỆP NHÀ NƯỚC TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI
(Giai đoạn: 2021- 2025)
Thực hiện Quyết định số 695/QĐ-TTg ngày 10/5/2021 của Thủ tướng Chính phủ, UBND thành phố Hà Nội xây dựng kế hoạch.
""",
        {
            "title": "Nâng cao năng lực, hiệu lực, hiệu quả giám sát, kiểm tra, thanh tra nhằm phòng ngừa, phát hiện, xử lý "
            "hành vi vi phạm pháp luật, tiêu cực, tham nhũng, lãng phí trong doanh nghiệp Nhà nước trên địa bàn thành phố "
            "Hà Nội (Giai đoạn: 2021- 2025)",
            "basis": ["695/QĐ-TTg"],
        },
    ),
    (
        "web3 328: the issuer's line then the subject; an old number whose dash was typed as a slash",
        """ỦY BAN NHÂN
DÂN
THÀNH PHỐ HỒ CHÍ MINH
Số:
120/2003/QĐ-UB
TP Hồ Chí
Minh, ngày 17 tháng 7 năm 2003
QUYẾT ĐỊNH
CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH
PHÁT TRIỂN NGÀNH CÔNG NGHIỆP TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH ĐẾN NĂM 2010
ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
Căn cứ Nghị định số 93/2001/NĐ-CP ngày 12 tháng 12 năm 2001 của Chính phủ về phân cấp quản lý;
Căn cứ Chỉ thị số 19/2001/CT/UB ngày 01 tháng 7 năm 2001 của Ủyban nhân dân thành phố;
""",
        {
            "title": "Phê duyệt đề cương quy hoạch phát triển ngành công nghiệp trên địa bàn thành phố Hồ Chí Minh đến năm "
            "2010",
            "basis": ["93/2001/NĐ-CP", "19/2001/CT/UB"],
        },
    ),
    (
        "web3 322: a council signed in Huế, a city of its own since 2025, named as its place line names it",
        """| Cơ quan ban hành | Thành phố Huế |
|
ỦY BAN NHÂN DÂN
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
|
Số: 18/CT-UBND |
Huế, ngày 29 tháng 12 năm 2025 |
CHỈ THỊ
TĂNG CƯỜNG KỶ CƯƠNG, KỶ LUẬT HÀNH CHÍNH TRÊN ĐỊA BÀN THÀNH PHỐ
Thành phố Huế chính thức trở thành thành phố trực thuộc Trung ương từ ngày 01/01/2025.
""",
        {"issuer": "Uỷ ban nhân dân thành phố Huế", "level": "province", "province": "Thừa Thiên Huế"},
    ),
    (
        "web3 308: a propaganda bureau's monthly guidelines without a header; its subject ends where the body opens",
        """ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020

Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ
Tỉnh ủy Bắc Kạn về “công tác tuyên giáo năm 2020”; Kế hoạch số 157-KH/TU,
ngày 17/9/2019 của Ban Thường vụ Tỉnh ủy về “truyền thông của tỉnh từ nay đến
hết năm 2020”… Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương tập trung tuyên truyền tốt các nội dung sau:
""",
        # undated: no year is guessed from the dates its grounds cite; the month its subject names gives it
        {"doc_type": "Định hướng", "title": "Tuyên truyền tháng 7 năm 2020", "date": None, "year": 2020},
    ),
    (
        "web3 327: a decision copied without its header; the law its grounds cite was passed in 1983, not it",
        """QUYẾT ĐỊNH

Về việc Ban hành quy định về việc trú đóng của các đơn vị trên địa bàn thành phố Hồ Chí Minh

ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH

- Căn cứ Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân đã được Quốc hội thông qua ngày 30 tháng 6 năm 1983 ;

- Căn cứ Quyết định số 76/HĐBT ngày 26 tháng 6 năm 1986 của Hội đồng Bộ trưởng ;

QUYẾT ĐỊNH

Điều 1: Nay ban hành bản quy định về việc trú đóng.
""",
        {"date": None, "year": None, "basis": ["76/HĐBT"], "issuer": "Uỷ ban nhân dân thành phố Hồ Chí Minh"},
    ),
    (
        "web3 321: a site's notice above the header opens with 'Để …' and is no body; the council completed",
        """Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.
Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp tục.
HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 58/NQ-HĐND | Hà Giang, ngày 11 tháng 12 năm 2016 |
HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG
KHÓA XVII - KỲ HỌP THỨ BA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 77/2015/NĐ-CP ngày 10 tháng 9 năm 2015 của Chính phủ về kế hoạch đầu tư công trung hạn và hằng năm;
""",
        {
            "doc_type": "Nghị quyết",
            "number": "58/NQ-HĐND",
            "issuer": "Hội đồng nhân dân tỉnh Hà Giang",
            "date": "2016-12-11",
            "basis": ["77/2015/NĐ-CP"],
        },
    ),
    (
        "web3 304: a decision flattened to one line, its type run into its subject ('QUYẾT ĐỊNHVề việc')",
        """BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Để thống nhất trong toàn hệ thống việc ban hành văn bản của Đoàn TNCS Hồ Chí Minh, QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh.
""",
        {"doc_type": "Quyết định"},
    ),
    (
        "web7 705: the one Cục Thuế of the State, named alone under its ministry (a scan; OCR's 'Kinh gửi')",
        """Ký bởi: CỤC THUẾ
Thời gian ký: 08.04.2026 17:35
BỘ TÀI CHÍNH                    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC THUẾ                        Độc lập - Tự do - Hạnh phúc
Số: 2191/CT-CS                  Hà Nội, ngày 09 tháng 4 năm 2026
V/v chính sách thuế TNDN
Kính gửi: Thuế tỉnh Ninh Bình.
Cục Thuế nhận được Công văn số 5770/NBI-QLDN2 ngày 15/12/2025 của Thuế tỉnh Ninh Bình vướng mắc về việc xác định thời gian ưu đãi thuế của Công ty cổ phần Dược phẩm.
""",
        # "CT" in "2191/CT-CS" is Cục Thuế's code, not Chỉ thị's: a letter's subject line opens its title
        {
            "issuer": "Cục Thuế",
            "level": "central",
            "province": None,
            "title": "chính sách thuế TNDN",
            "doc_type": "Công văn",
        },
    ),
    (
        "dev 018: a department that is one of many keeps its ministry in brackets",
        """BỘ CÔNG AN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC CẢNH SÁT ĐIỀU TRA                 Độc lập - Tự do - Hạnh phúc
TỘI PHẠM VỀ MA TUÝ
Số: 3980/C04-P6               Hà Nội, ngày 28 tháng 8 năm 2025
V/v chuẩn bị tổ chức triển khai
Chương trình MTQG phòng, chống ma tuý
đến năm 2030
Kính gửi: Đồng chí Chủ tịch UBND tỉnh Lâm Đồng
Trong thời gian qua, công tác phòng, chống ma tuý tại địa bàn tỉnh Lâm Đồng đã được Tỉnh uỷ, HĐND, UBND tỉnh và các sở, ban ngành quan tâm lãnh đạo.
""",
        {"issuer": "Cục Cảnh sát điều tra tội phạm về ma tuý (Bộ Công an)", "level": "central"},
    ),
    (
        "web7 716: a letter opening on the request it answers; its subject's second line opens 'Quyết định số'",
        """UỶ BAN NHÂN DÂN                    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI                        Độc lập - Tự do - Hạnh phúc
Số: 507 /UBND-KGVX                  Quảng Ngãi, ngày 24 tháng 01 năm 2025
V/v góp ý dự thảo Quyết định sửa đổi, bổ sung một số điều của
Quyết định số 2269/QĐ-TTg về
Chương trình cung cấp dịch vụ viễn thông công ích
Kính gửi: Sở Thông tin và Truyền thông
Theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số 202/BTTTT-KHTC ngày 21/01/2025 về việc góp ý dự thảo Quyết định sửa đổi, bổ sung một số điều của Quyết định số 2269/QĐ-TTg ngày 31/12/2021 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì nghiên cứu, góp ý.
""",
        {"doc_type": "Công văn", "number": "507/UBND-KGVX", "basis": ["202/BTTTT-KHTC", "2269/QĐ-TTg"]},
    ),
    (
        "web7 703: a ministry's office is named with its ministry, sits in no province; what it issued before is no ground",
        """BỘ TƯ PHÁP
VĂN PHÒNG
Số: 935/VP-TCKT
V/v lấy ý kiến thông qua dự thảo Quy chế chi tiêu nội bộ của
Văn phòng Bộ Tư pháp
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 11 năm 2019
Kính gửi: - Thủ trưởng các đơn vị thuộc khối Văn phòng
Thực hiện quy định về chế độ tự chủ, tự chịu trách nhiệm trong sử dụng kinh phí quản lý hành chính đối với các cơ quan nhà nước, Văn phòng Bộ đã ban hành Quy chế chi tiêu nội bộ tại Quyết định số 109/QĐ-VP ngày 01/3/2011, Quy chế đã được sửa đổi lần thứ nhất theo Quyết định số 588/QĐ-VP ngày 12/7/2012, qua 8 năm thực hiện Quy chế, đến nay một số nội dung đã không còn phù hợp.
Sau khi rà soát, chỉnh lý, đến nay dự thảo Quy chế về cơ bản đã hoàn thiện.
""",
        # the office's own rules it tells of issuing before are being replaced, not its grounds
        {"issuer": "Văn phòng Bộ Tư pháp", "level": "central", "province": None, "doc_type": "Công văn", "basis": []},
    ),
    (
        "web7 704: a university its ministry runs is central, though its name and place line name a city",
        """BỘ CÔNG THƯƠNG                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG        Độc lập - Tự do - Hạnh phúc
THÀNH PHỐ HỒ CHÍ MINH
Số: 753/KH-DCT                Thành phố Hồ Chí Minh, ngày 23 tháng 6 năm 2026
KẾ HOẠCH
Khảo sát, xác định chỉ số hài lòng của người dân đối với dịch vụ giáo dục công năm 2026
Căn cứ Công văn số 2637/BGDĐT-VP ngày 15 tháng 5 năm 2026 của Bộ Giáo dục và Đào tạo về việc hướng dẫn khảo sát.
""",
        {"level": "central", "province": None},
    ),
    (
        "web7 702: a university a city runs is the city's",
        """UBND THÀNH PHỐ CẦN THƠ                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG ĐẠI HỌC KỸ THUẬT - CÔNG NGHỆ CẦN THƠ        Độc lập - Tự do - Hạnh phúc
Số: 873/TB-ĐHKTCN                Cần Thơ, ngày 29 tháng 9 năm 2023
THÔNG BÁO
Về việc tổ chức Lễ trao bằng tốt nghiệp sinh viên đại học chính quy đợt tháng 9 năm 2023
Trường Đại học Kỹ thuật - Công nghệ Cần Thơ thông báo đến sinh viên tốt nghiệp đợt tháng 9/2023.
""",
        {"level": "province", "province": "Cần Thơ"},
    ),
    (
        "web8 811: a consolidated text of 2026 opens on the circular's type line; who consolidated it and when is in "
        "the authentication block under its last article; a ministry's receiving stamp above is not its issuer",
        """VĂN PHÒNG CHÍNH PHỦ
CÔNG VĂN ĐẾN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
THÔNG TƯ
Quy định và hướng dẫn tổ chức lễ tang đối với quân nhân, công nhân, viên chức quốc phòng
Thông tư số 86/2016/TT-BQP ngày 20 tháng 6 năm 2016 của Bộ trưởng Bộ Quốc phòng quy định và hướng dẫn tổ chức lễ tang, có hiệu lực kể từ ngày 05 tháng 8 năm 2016, được sửa đổi, bổ sung bởi Thông tư số 18/2026/TT-BQP.
Căn cứ Nghị định số 105/2012/NĐ-CP ngày 17 tháng 12 năm 2012 của Chính phủ về tổ chức lễ tang cán bộ, công chức, viên chức;
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định và hướng dẫn tổ chức lễ tang.
Điều 37. Trách nhiệm thi hành
Tổng Tham mưu trưởng, Chủ nhiệm Tổng cục Chính trị chịu trách nhiệm thi hành Thông tư này.
BỘ QUỐC PHÒNG XÁC THỰC VĂN BẢN HỢP NHẤT
Số: 46/VBHN-BQP Hà Nội, ngày 04 tháng 5 năm 2026
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn Gấu
""",
        {"doc_type": "Văn bản hợp nhất", "number": "46/VBHN-BQP", "issuer": "Bộ Quốc phòng", "date": "2026-05-04"},
    ),
    (
        "web12 1207: a district's decision whose copy lost its type line: the caps subject over the authority line",
        """Quyết định 01/2011/QĐ-UBND về Quy chế làm việc của Ủy ban nhân dân quận 9 do Ủy ban nhân dân quận 9 ban hành
Số hiệu: | 01/2011/QĐ-UBND | Loại văn bản: | Quyết định |
Nơi ban hành: | Thành phố Hồ Chí Minh | Người ký: | Nguyễn Hữu Việt |
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 01/2011/QĐ-UBND |
Quận 9, ngày 04 tháng 01 năm 2011 |
BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN QUẬN 9
ỦY BAN NHÂN DÂN QUẬN 9
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;
""",
        {
            "doc_type": "Quyết định",
            "issuer": "Uỷ ban nhân dân quận 9",
            "level": "district",
            "title": "Ban hành quy chế làm việc của Uỷ ban nhân dân quận 9",
        },
    ),
    (
        "a congress booklet's cover (a public repository's PDF): its caps lines are no part of the header's issuer",
        """         ĐẢNG CỘNG SẢN VIỆT NAM
  BAN CHẤP HÀNH ĐẢNG BỘ TỈNH THÁI NGUYÊN
                 BÁO CÁO
TỔNG HỢP Ý KIẾN GÓP Ý VÀO DỰ THẢO CÁC VĂN KIỆN
ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIV CỦA ĐẢNG
                LƯU HÀNH NỘI BỘ
                 THÁNG 9 - 2025
                                       3
  TỈNH ỦY THÁI NGUYÊN                       ĐẢNG CỘNG SẢN VIỆT NAM
            *
                                            Thái Nguyên, ngày   tháng 9 năm 2025
                                 BÁO CÁO
              tổng hợp ý kiến góp ý vào các dự thảo văn kiện
             Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
                                    -----
     Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.
""",
        {"doc_type": "Báo cáo", "issuer": "Tỉnh uỷ Thái Nguyên", "level": "province", "date": None, "year": 2025},
    ),
    (
        "web14 1409: a district steering committee's report; its number's code wrapped in the header's column",
        """UBND HUYỆN NGA SƠN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

BAN CHỈ ĐẠO PCGD, XMC

Độc lập – Tự do – Hạnh phúc

Số: 255 / BC-BCĐPCGD-

Nga Sơn, ngày 13 tháng 11 năm 2020

XMC

BÁO CÁO
TÌNH HÌNH THỰC HIỆN VÀ KẾT QUẢ
PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ
""",
        {"number": "255/BC-BCĐPCGD-XMC", "doc_type": "Báo cáo", "level": "district", "date": "2020-11-13"},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_central_and_cut_copies(text, expected):
    document = parse_bytes(text.encode("utf-8"), "van-ban.txt")[0].to_dict()
    assert {field: document[field] for field in expected} == expected


# web49 4904: a decision copied without its header, its number and day only in the note under the outline it approves.
DECISION_AND_ITS_OUTLINE = """Sign In

QUYẾT ĐỊNH

Của thủ tướng chính phủ về việc phê duyệt đề cương tổ chức kỷ niệm những ngày lễ lớn năm 2004 – 2005

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt "Đề cương tổ chức kỷ niệm những ngày lễ lớn năm 2004 - 2005" (kèm theo Quyết định này).

Điều 2. Ban Chỉ đạo Nhà nước kỷ niệm các ngày lễ lớn năm 2004 - 2005 trực tiếp chỉ đạo.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

KT. THỦ TƯỚNG CHÍNH PHỦ
PHÓ THỦ TƯỚNG
(Đã ký)

Phạm Gia Khiêm

ĐỀ CƯƠNG

Tổ chức kỷ niệm những ngày lễ lớn năm 2004 - 2005
(Ban hành kèm theo Quyết định số {number} ngày 19 tháng 11 năm 2004 của Thủ tướng Chính phủ)

I. MỤC ĐÍCH, YÊU CẦU
"""


def test_a_decision_takes_its_number_from_the_note_under_its_outline():
    decision, outline = parse_bytes(DECISION_AND_ITS_OUTLINE.format(number="1241/QĐ-TTg").encode(), "qd.md")
    assert (decision.number, decision.date, decision.year, decision.doc_id) == (
        "1241/QĐ-TTg",
        "2004-11-19",
        2004,
        "1241-qd-ttg-2004",
    )
    assert decision.evidence["number"]["how"] == "attachment" and not decision.evidence["number"]["sure"]
    assert (outline.doc_type, outline.number, outline.date) == ("Đề cương", None, "2004-11-19")
    # a note whose number is left blank gives none
    blank, _ = parse_bytes(DECISION_AND_ITS_OUTLINE.format(number="   /QĐ-TTg").encode(), "qd.md")
    assert (blank.number, blank.date) == (None, None)
