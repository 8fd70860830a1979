# ruff: noqa: E501  (the cases quote real pages, whose lines are as long as they are)
"""Documents reposted by news pages and portals without their header (bench/real-directives-web4): the lead or
the closing source note names the type, the number, the subject and the year, marked for review; the body that
issues is read from the lead without its dates and verbs."""

import pytest

from indexer import parse_bytes

# (id, text, expected fields, evidence expected: {field: how})
CASES = [
    (
        "411: a portal's lead names the issuer and the type; a number without its code is no number",
        """CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh đạo của các cấp ủy, tổ chức đảng đối với công tác điều tra, nắm bắt, nghiên cứu, định hướng dư luận xã hội trong tình hình mới.
Nội dung Chỉ thị như sau:
Trong những năm qua, quán triệt và thực hiện Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư.
""",
        {
            "doc_type": "Chỉ thị",
            "number": None,
            "issuer": "Ban Thường vụ Tỉnh uỷ Yên Bái",
            "title": "về việc tăng cường sự lãnh đạo của các cấp uỷ, tổ chức đảng đối với công tác điều tra, nắm bắt, nghiên cứu, định hướng dư luận xã hội trong tình hình mới",
        },
        {"doc_type": "lead", "issuer": "opening"},
    ),
    (
        "413: a newspaper's editor's note gives the number and the year; the term is not part of the body's name",
        """Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIII về huy động nguồn lực, ưu tiên đầu tư xây dựng kết cấu hạ tầng cấp thiết giao thông, thủy lợi, đô thị, giáo dục, y tế giai đoạn 2016-2020

LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU về huy động nguồn lực, ưu tiên đầu tư xây dựng kết cấu hạ tầng cấp thiết giao thông, thủy lợi, đô thị, giáo dục, y tế giai đoạn 2016-2020. Báo Ninh Thuận trân trọng giới thiệu toàn văn nội dung Nghị quyết.

I- Khái quát tình hình

Những năm qua, trong bối cảnh kinh tế còn khó khăn, tỉnh Ninh Thuận đã huy động nhiều nguồn lực.
""",
        {"doc_type": "Nghị quyết", "number": "10-NQ/TU", "year": 2016, "date": None},
        {"number": "lead", "year": "lead"},
    ),
    (
        "web5 525: a headline names the plan by what it is about, with no 'về' before it",
        """Nghệ An ban hành Kế hoạch cải cách hành chính năm 2026
""",
        {"doc_type": "Kế hoạch", "title": "cải cách hành chính năm 2026", "province": "Nghệ An"},
        {"doc_type": "lead"},
    ),
    (
        "web10 1007: a board named after the grounds' own 'xây dựng kế hoạch', its plan 'với các nội dung sau'",
        """Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014
Thực hiện Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp & PTNT - Tổng cục Thủy Lợi về việc xây dựng kế hoạch Chương trình MTQG Nước sạch và VSMT nông thôn năm 2014. Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam xây dựng kế hoạch thực hiện Chương trình năm 2014 của tỉnh với các nội dung sau:
Phần I
ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2013
""",
        {
            "doc_type": "Kế hoạch",
            "issuer": "Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam",
            "province": "Hà Nam",
            "basis": ["2191/BNN-TCTL"],
        },
        {"doc_type": "opening", "issuer": "opening"},
    ),
    (
        "421: a lead that opens with the day of issue; the body that issues starts after it",
        """Tiếp tục thực hiện quyết liệt công tác phòng, chống dịch Covid-19

Ngày 16/4/2020 Ủy ban nhân dân tỉnh ban hành Chỉ thị số 11/CT-CTUBND về việc tiếp tục thực hiện quyết liệt công tác phòng, chống dịch Covid-19 trên địa bàn tỉnh

Thực hiện chỉ đạo của Thủ tướng Chính phủ tại cuộc họp Thường trực Chính phủ ngày 15/4/2020 về phòng, chống dịch Covid-19, Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành thực hiện.
""",
        {"doc_type": "Chỉ thị", "number": "11/CT-CTUBND", "issuer": "Chủ tịch Uỷ ban nhân dân tỉnh", "year": 2020},
        {"number": "lead"},
    ),
    (
        "422: a district portal's heading names the type and subject; its source note closing the page, the number",
        """Thông báo về việc hoãn tổ chức phiên tiếp công dân định kỳ tháng 6 của Thường trực HĐND, Lãnh đạo UBND huyện

Hiện nay, tình hình dịch bệnh Covid - 19 tiếp tục diễn biến phức tạp, lây lan trong cộng đồng.

Ủy ban nhân dân huyện thông báo để các phòng, ban, ngành, đoàn thể cấp huyện; Ủy ban nhân dân các xã; các tổ chức và công dân biết.

(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)
""",
        {
            "doc_type": "Thông báo",
            "number": "81/TB-UBND",
            "year": 2021,
            "title": "hoãn tổ chức phiên tiếp công dân định kỳ tháng 6 của Thường trực HĐND, Lãnh đạo UBND huyện",
        },
        {"number": "lead"},
    ),
    (
        "409: a Front portal's lead sits above the document's type line; it names the standing board that issues",
        """Ủy ban Mặt trận Tổ quốc tỉnh Thanh Hóa
Ban Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn trọng tâm công tác Mặt trận năm 2023

Ngày 08/02/2023, Ban Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn trọng tâm công tác Mặt trận năm 2023; Ban Biên tập website giới thiệu toàn văn Hướng dẫn (bản word)

HƯỚNG DẪN

Trọng tâm công tác Mặt trận năm 2023

Thực hiện Hướng dẫn số 96/HD-MTTW-BTT ngày 01/02/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, hướng dẫn trọng tâm công tác Mặt trận năm 2023.
""",
        {
            "doc_type": "Hướng dẫn",
            "issuer": "Ban Thường trực Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hoá",  # the Front's full name
            "province": "Thanh Hoá",
            "year": 2023,
        },
        {"issuer": "opening"},
    ),
    (
        "401: a national union over its branch names the branch; the branch of a national union is central",
        """TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG ĐOÀN GIÁO DỤC VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 172/CĐN-TGNC
Hà Nội, ngày 9 tháng 8 năm 2013
V/v tuyên truyền kết quả Đại hội Công đoàn Việt Nam lần thứ XI
Kính gửi: Công đoàn các đại học, học viện, trường đại học, cao đẳng
Thực hiện Kế hoạch số 04/KH-TLĐ ngày 04/8/2013 của Tổng Liên đoàn Lao động Việt Nam về tuyên truyền kết quả Đại hội.
""",
        {"issuer": "Công đoàn Giáo dục Việt Nam", "level": "central", "province": None},
        {},
    ),
    (
        "405: a commune council's standing board names itself as it issues its plan, its commune named as the council opens",
        """Hội đồng nhân dân xã Gia Hanh căn cứ:
- Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Sau khi thống nhất với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã, Tổ đại biểu Hội đồng nhân dân xã, Thường trực Hội đồng nhân dân xã xây dựng Kế hoạch tiếp xúc cử tri của đại biểu Hội đồng nhân dân xã trước kỳ họp cuối năm 2025.
""",
        {"issuer": "Thường trực Hội đồng nhân dân xã Gia Hanh", "level": "commune"},
        {"issuer": "opening"},
    ),
    (
        "web5 502: a commune's notice on its portal names itself as it gives notice ('… thông báo lịch …'), under a headline",
        """Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Tây Sơn năm 2025 (sau khi sáp nhập)
Căn cứ Luật tiếp công dân số 42/2013/QH13 ngày 25/11/2013;
Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật tiếp công dân;
Ủy Ban nhân dân xã Tây Sơn thông báo lịch tiếp công năm 2025 sau khi sáp nhập như sau:
I. LỊCH TIẾP CÔNG DÂN
""",
        {
            "issuer": "Uỷ ban nhân dân xã Tây Sơn",
            "level": "commune",
            "basis": ["42/2013/QH13", "64/2014/NĐ-CP"],
            "doc_type": "Thông báo",
            # no header at all: the page's headline over the grounds is the subject, marked for review
            "title": "Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Tây Sơn năm 2025 (sau khi sáp nhập)",
        },
        {"issuer": "opening", "doc_type": "opening", "title": "lead"},
    ),
    (
        "web4 422: a district's notice names itself as it gives notice ('… thông báo các Phiên …'), its name lost",
        """Thông báo về việc hoãn tổ chức phiên tiếp công dân định kỳ tháng 6 của Thường trực HĐND, Lãnh đạo UBND huyện
Hiện nay, tình hình dịch bệnh Covid - 19 tiếp tục diễn biến phức tạp.
Để thực hiện nghiêm các văn bản chỉ đạo của Thủ tướng Chính phủ và của UBND tỉnh, UBND huyện thông báo các Phiên tiếp công dân định kỳ tháng 6 được hoãn.
""",
        {"issuer": "Uỷ ban nhân dân huyện", "level": "district"},
        {"issuer": "opening"},
    ),
    (
        "406: a caps subject broken after 'NHIỆM' goes on with 'KỲ 2016 - 2021'",
        """THƯỜNG TRỰC
HĐND - UBND TỈNH HÒA BÌNH
Số: 06/QC-TT.HĐND-UBND
Hòa Bình, ngày 20 tháng 3 năm 2019
QUY CHẾ
PHỐI
HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM
KỲ 2016 - 2021
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
""",
        {
            "title": "Phối hợp công tác giữa thường trực Hội đồng nhân dân tỉnh - Uỷ ban nhân dân tỉnh nhiệm kỳ 2016 - 2021"
        },
        {},
    ),
    (
        "a document whose number its header left blank keeps it blank, whatever its opening says was issued before",
        """ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số:      /KH-UBND
Kon Tum, ngày    tháng 11 năm 2025
KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2026
Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 120/KH-UBND ngày 10/4/2025 về chuyển đổi số; nay ban hành Kế hoạch năm 2026 như sau:
""",
        {"number": None, "doc_type": "Kế hoạch", "year": 2025},
        {},
    ),
    (
        "web5 511: a district portal's print view; the lead after grounds gives the plan, the district named in its file's name",
        """Hải Phòng, ngày 18 tháng 11 năm 2019
    Thực hiện Chương trình hành động số 16-CTr/TU ngày 25/3/2008 của Ban Thường vụ Thành ủy về đẩy mạnh  cải cách hành chính; Nghị quyết Đại hội Đảng bộ Thuỷ Nguyên lần thứ XXIII, ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND về thực hiện cải cách hành chính năm 2011.
    Trên cơ sở kế hoạch của Uỷ ban nhân dân huyện, đề nghị các phòng chuyên môn và UBND các xã, thị trấn tổ chức xây dựng kế hoạch thực hiện tại cơ quan, đơn vị mình.
    Tệp đính kèm:
Kế hoạch thực hiện công tác CCHC tại huyện Thuỷ Nguyên năm 2011.doc
""",
        {
            "doc_type": "Kế hoạch",
            "number": "42/KH-UBND",
            "issuer": "Uỷ ban nhân dân huyện Thuỷ Nguyên",
            "basis": ["16-CTr/TU"],
        },
        {"number": "lead", "doc_type": "number_code"},
    ),
    (
        "web5 508: a ministry's letter copied without its 'V/v' line; a number with no type code and 'Kính gửi' make it a Công văn",
        """BỘ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 4168/BNV-CQĐP | Hà Nội, ngày 23 tháng 6 năm 2025 |
Kính gửi: Tỉnh ủy, Thành ủy, Ủy ban nhân dân tỉnh, thành phố.
Căn cứ Nghị quyết số 203/2025/QH15 ngày 16/6/2025 của Quốc hội sửa đổi, bổ sung một số điều của Hiến pháp, Bộ Nội vụ hướng dẫn một số nội dung về sắp xếp tổ chức bộ máy như sau:
1. Về số lượng Phó Chủ tịch UBND cấp tỉnh, cấp xã
""",
        {"doc_type": "Công văn", "number": "4168/BNV-CQĐP", "issuer": "Bộ Nội vụ"},
        {"doc_type": "addressed"},
    ),
    (
        "a Party board's report opening on 'Kính gửi' keeps the type its number's code gives",
        """BAN TUYÊN GIÁO TỈNH UỶ
Số 45-BC/BTGTU
Kính gửi: Ban Thường vụ Tỉnh uỷ
Thực hiện Kế hoạch số 12-KH/TU, Ban Tuyên giáo Tỉnh uỷ báo cáo như sau:
""",
        {"doc_type": "Báo cáo"},
        {"doc_type": "number_code"},
    ),
    (
        "web5 523: a plan copied from its opening names its own type in its main clause",
        """Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng
4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong
giải quyết thủ tục hành chính, Ủy ban nhân dân thành phố ban hành Kế hoạch triển
khai như sau:
Đánh giá hài lòng về giải quyết thủ tục hành chính một cách khách quan.
""",
        {"doc_type": "Kế hoạch", "number": None, "basis": ["61/2018/NĐ-CP"]},
        {"doc_type": "opening"},
    ),
    (
        "grounds that cite a decision issuing a plan do not name this document's type (the department's request does)",
        """Thực hiện Quyết định số 15/QĐ-UBND ngày 02/3/2024 của Ủy ban nhân dân tỉnh ban hành Kế hoạch số 20/KH-UBND thực hiện Chương trình mục tiêu quốc gia.
Phòng Nông nghiệp đề nghị các xã báo cáo kết quả trước ngày 30/3/2024.
""",
        {"doc_type": "Công văn", "number": None},
        {},
    ),
    (
        "web5 512: a department's letter copied without its header speaks as the department ('… đề nghị các UBND …'): "
        "its issuer, and a letter",
        """Về việc tham gia ý kiến vào dự thảo Đề cương Đề án thực hiện nhiệm vụ phát triển ngành nông nghiệp
Thực hiện Công văn số 866/UBND-KT2 ngày 18/4/2019 của UBND tỉnh Hưng Yên, Sở Nông nghiệp và PTNT đã xây dựng 02 Đề cương Đề án phát triển vùng sản xuất hoa, cây ăn quả tập trung tỉnh Hưng Yên giai đoạn 2020-2025.
Để bản dự thảo Đề cương hoàn chỉnh hơn trước khi trình UBND tỉnh, Sở Nông nghiệp và PTNT đề nghị các UBND huyện, thị xã, thành phố tham gia ý kiến đóng góp.
""",
        {
            "issuer": "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hưng Yên",
            "province": "Hưng Yên",
            "doc_type": "Công văn",
        },
        {"issuer": "opening", "doc_type": "opening"},
    ),
    (
        "web5 514: the department's abbreviation in brackets inside the sentence that asks ('(GDĐT) yêu cầu …')",
        """Thực hiện Công văn số 3711/UBND-KGVX ngày 07/5/2021 của Ủy ban nhân dân tỉnh về việc chỉ đạo hoạt động dạy và học, Sở Giáo dục và Đào tạo (GDĐT) yêu cầu các phòng GDĐT, các đơn vị trực thuộc nghiêm túc chỉ đạo, thực hiện các nội dung.
""",
        {"issuer": "Sở Giáo dục và Đào tạo", "doc_type": "Công văn"},
        {"issuer": "opening", "doc_type": "opening"},
    ),
    (
        "web5 519: a news lead that opens on what the document implements still gives the document it names",
        """Hướng dẫn nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
Thực hiện Chỉ thị số 01-CT/TW, ngày 23/01/2026 của Bộ Chính trị khóa XIV, Ban Tuyên giáo và Dân vận Trung ương ban hành Hướng dẫn số 03-HD/BTGDVTW, ngày 28/01/2026, hướng dẫn nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.
Mục đích nhằm giúp các cấp ủy, tổ chức đảng nắm vững nội dung cơ bản của Nghị quyết.
""",
        {
            "doc_type": "Hướng dẫn",
            "number": "03-HD/BTGDVTW",
            "basis": ["01-CT/TW"],
            "title": "nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        },
        {"doc_type": "number_code", "number": "lead"},
    ),
]

# web12: a sharing site's lead in capitals after its chrome, a district's letter known by its source line, a
# commune's notice and a provincial guidance in their writers' own voice (verbs other than "ban hành").
CASES += [
    (
        "web12 1210: a lead in capitals replaces the header; the lead's type wins over the code's guess (TTr)",
        """Mặt trận Tổ quốc Việt Nam giám sát cán bộ, công chức, đảng viên ở khu dân cư
tải về 66.06 Kb.
Chuyển đổi dữ liệu13.08.2016
Kích66.06 Kb.
#17596
NGÀY 28 THÁNG 4 NĂM 2006, BAN THƯỜNG TRỰC UỶ BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM BAN HÀNH THÔNG TRI SỐ 18/TTr-MTTW VỀ VIỆC HƯỚNG DẪN VIỆC THỰC HIỆN "QUY CHẾ MẶT TRẬN TỔ QUỐC VIỆT NAM GIÁM SÁT CÁN BỘ, CÔNG CHỨC,  ĐẢNG VIÊN Ở KHU DÂN CƯ"

Để cụ thể hóa việc tổ chức, thực hiện Quy chế nêu trên, Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn một số việc cụ thể như sau:
I. YÊU CẦU
""",
        {
            "doc_type": "Thông tri",
            "number": "18/TTr-MTTW",
            "issuer": "Ban Thường trực Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "level": "central",
            "year": 2006,
            "date": None,
        },
        {"doc_type": "lead", "number": "lead", "year": "lead", "issuer": "opening"},
    ),
    (
        "web12 1205: a district portal's copy; the source line 'Nguồn: Từ Công văn số …', the writer's 'có ý kiến'",
        """Tin chỉ đạo điều hành
  22/04/2021

Triển khai hướng dẫn tuyên truyền kỷ niệm 30 năm Ngày thành lập tỉnh Bà Rịa - Vũng Tàu (12/8/1991-12/8/2021) của Huyện ủy

Thực hiện Hướng dẫn số 06-HD/HU ngày 15/3/2021 của Huyện ủy về tuyên truyền kỷ niệm 30 năm Ngày thành lập tỉnh Bà Rịa – Vũng Tàu (12/8/1991-12/8/2021); Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau:

1. Phòng Văn hóa và Thông tin chủ trì, phối hợp Ban Tuyên giáo Huyện ủy và các cơ quan, đơn vị có liên quan, tham mưu Ủy ban nhân dân huyện hướng dẫn công tác tuyên truyền.

(Nguồn: Từ Công văn số 1150/UBND-VP ngày 22/04/2021)

Đánh giá
""",
        {
            "doc_type": "Công văn",
            "number": "1150/UBND-VP",
            "issuer": "Uỷ ban nhân dân huyện Côn Đảo",
            "level": "district",
            "year": 2021,
            "date": None,
        },
        {"number": "lead", "issuer": "opening"},
    ),
    (
        "web12 1203: a commune's notice 'thông báo đến …'; the portal's posting stamp is not the subject's",
        """THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC
Thứ Hai, 28/04/2025
THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC
Thực hiện Kế hoạch của Ủy ban nhân dân thành phố Thanh Hóa; Kế hoạch số 469/KH-UBND ngày 28 tháng 4 năm 2025 của UBND xã Thiệu Vân về việc tuyên truyền kỷ niệm 50 năm Ngày Giải phóng Miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025. Uỷ ban nhân dân xã Thiệu Vân thông báo đến các cơ quan, đơn vị và toàn thể nhân dân trên địa bàn xã Thiệu Vân thực hiện về việc treo cờ Tổ quốc cụ thể như sau:
1/ Tất cả các cơ quan, các thôn thực hiện treo cờ Tổ quốc.
""",
        {
            "doc_type": "Thông báo",
            "issuer": "Uỷ ban nhân dân xã Thiệu Vân",
            "level": "commune",
            "title": "Treo cờ tổ quốc",
            "date": None,
        },
        {"issuer": "opening"},
    ),
    (
        "web5 518: a city Party board's letter in a news summary; the page's words of purpose end the subject",
        """Ban Tuyên giáo và Dân vận Thành ủy Hà Nội vừa ban hành Công văn số 228-CV/BTGDVTU, ngày 11-12-2025 về việc tăng cường tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, nhằm tạo khí thế thi đua sôi nổi, sâu rộng trên địa bàn Thành phố, góp phần thiết thực vào thành công của Đại hội.
Công văn được ban hành trên cơ sở thực hiện Công văn số 3245-CV/BTGDVTW, ngày 08-12-2025 của Ban Tuyên giáo và Dân vận Trung ương về “Tuyên truyền Đại hội XIV của Đảng”.
""",
        {
            "doc_type": "Công văn",
            "number": "228-CV/BTGDVTU",
            "title": "về việc tăng cường tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
            "basis": ["3245-CV/BTGDVTW"],  # what the page says it "được ban hành trên cơ sở thực hiện"
        },
        {"number": "lead"},
    ),
    (
        "web39 3903: the council's standing body 'xây dựng lịch tiếp công dân'; its district named once, the page's "
        "link to another story naming Hồ Chí Minh City (no guess over the district's own province)",
        """Thông báo Lịch tiếp công dân của Chủ tịch HĐND huyện tại Trụ sở tiếp công dân của huyện nhiệm kỳ 2021-2026

Thực hiện Điều 107, Luật Tổ chức chính quyền địa phương năm 2015, Thường trực HĐND huyện xây dựng lịch tiếp công dân của Chủ tịch HĐND huyện nhiệm kỳ 2021-2026 như sau:

Địa điểm: Trụ sở tiếp công dân huyện Na Rì.

Chi tiết Thông báo tại đây

Bài trướcNa Rì tổ chức gặp mặt động viên Y, Bác sỹ tình nguyện tham gia phòng chống dịch Covid-19 tại Thành phố Hồ Chí Minh
""",
        {
            "doc_type": "Thông báo",
            "issuer": "Thường trực Hội đồng nhân dân huyện Na Rì",
            "level": "district",
            "province": "Bắc Kạn",
        },
        {"issuer": "opening"},
    ),
    (
        "web39 3907: a meeting's conclusions, said by the body that held it 'tổ chức cuộc họp'",
        """Ngày 06/9/2017, Uỷ ban nhân dân thị xã tổ chức cuộc họp Ủy ban nhân dân thường kỳ nhằm đánh giá tình hình thực hiện nhiệm vụ tháng 8, triển khai công tác chủ yếu tháng 9 năm 2017, dưới sự chủ trì của Chủ tịch UBND thị xã – Trần Úc. Tham dự cuộc họp có các đồng chí Phó Chủ tịch UBND thị xã; đại diện lãnh đạo: Chi cục Thống kê, Chi nhánh Văn phòng Đăng ký đất đai Điện Bàn.
""",
        {"issuer": "Uỷ ban nhân dân thị xã", "level": "district"},
        {"issuer": "opening"},
    ),
    (
        "web67 6704: a page's chrome and a sentence of purpose before the lead; the letter 'đã ban hành công văn về việc …'",
        """Tìm kiếm tin tức
Đôn đốc nộp hồ sơ đề nghị xem xét, công nhận đạt chuẩn văn hóa
Ngày cập nhật 09/09/2019

   Để đảm bảo thực hiện đúng thời gian theo Kế hoạch số 2448/KH-UBND ngày 15/7/2019 của Ủy ban nhân dân huyện về kiểm tra các đơn vị, thôn, tổ dân phố, các cơ quan, đơn vị, trường học đạt chuẩn văn hóa giai đoạn 2014-2019 và công nhận “Xã đạt chuẩn văn hóa nông thôn mới”,

   Phòng Văn hóa và Thông tin huyện đã ban hành công văn về việc đôn đốc nộp hồ sơ đề nghị xem xét, công nhận đạt chuẩn văn hóa.

   Theo đó, đề nghị các cơ quan, đơn vị, thôn, tổ dân phố khẩn trương lập hồ sơ gửi về Phòng Văn hóa và Thông tin để tổng hợp, báo cáo UBND huyện trước ngày 15/9/2019.
""",
        {"doc_type": "Công văn", "number": None, "issuer": "Phòng Văn hoá và Thông tin huyện"},
        {"doc_type": "lead"},
    ),
    (
        "web64 6405: the subject of a lead ends at the semicolon after which the page tells what it says",
        """Ngày 07/12/2023, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 35-CT/TU về việc tổ chức Tết Giáp Thìn năm 2024; theo đó, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh tập trung lãnh đạo, chỉ đạo và tổ chức thực hiện tốt các chính sách an sinh xã hội.
Xem chi tiết tại đây.
""",
        {"doc_type": "Chỉ thị", "number": "35-CT/TU", "year": 2023, "title": "về việc tổ chức Tết Giáp Thìn năm 2024"},
        {"number": "lead"},
    ),
    (
        "web64 6408: a page says the board 'đã có văn bản hướng dẫn …': a guidance, its subject after the word",
        """Ngày 16/1, Ban Tuyên giáo Tỉnh ủy đã có văn bản hướng dẫn tuyên truyền kỷ niệm các ngày lễ lớn năm 2017.
Ban Tuyên giáo Tỉnh ủy yêu cầu các hoạt động tuyên truyền kỷ niệm cần được tổ chức dưới nhiều hình thức, đảm bảo đúng tầm mức sự kiện, thiết thực, an toàn, tiết kiệm, tránh phô trương hình thức.
""",
        {"doc_type": "Hướng dẫn", "number": None, "title": "tuyên truyền kỷ niệm các ngày lễ lớn năm 2017"},
        {"doc_type": "lead"},
    ),
    (
        "web64 6404: what the directive was issued on, to the body that then asks (not the resolution it names after)",
        """Ảnh minh họa

Ngày 29 tháng 12/2020  Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành Chỉ thị số 04 -CT/TU về việc tổ chức đón Tết Nguyên đán Tân Sửu năm 2021. Theo đó Chỉ thị của Ban Thường vụ Tỉnh ủy được ban hành trên cơ sở thực hiện Chỉ thị số 48 -CT/TW, ngày 09/12/2020 của Ban Bí thư Trung ương Đảng về việc “Tổ chức Tết năm 2021”, Ban Thường vụ Tỉnh ủy Đắk Lắk yêu cầu các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội của tỉnh triển khai tổ chức thực hiện Chỉ thị nhằm chuẩn bị tốt các điều kiện để Nhân dân trên địa bàn tỉnh vui Xuân, đón Tết Nguyên đán Tân Sửu năm 2021, góp phần thực hiện thắng lợi nhiệm vụ năm 2021 theo Nghị quyết số 02-NQ/TU, ngày 04/12/2020 của tỉnh ủy gắn với phòng, chống dịch bệnh COVID-19.
""",
        {"doc_type": "Chỉ thị", "number": "04-CT/TU", "basis": ["48-CT/TW"]},
        {"number": "lead"},
    ),
    (
        "web12 1209: a guidance in its writer's voice 'hướng dẫn việc …'; 'Hội LHTN' spelt out",
        """Hướng dẫn thực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các cấp (nhiệm kỳ 2009- 2014).
HƯỚNG DẪN
Thực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các cấp
(nhiệm kỳ 2009- 2014).
Căn cứ Điều lệ Hội LHTN Việt Nam; thực hiện Kế hoạch số 49- KH/TƯH ngày 02/3/2008 của Đoàn Chủ tịch Uỷ ban Trung ương Hội LHTN Việt Nam. Ban thư ký Uỷ ban Hội LHTN Việt Nam tỉnh Hưng Yên hướng dẫn việc triển khai tổ chức Đại hội Hội LHTN Việt Nam các cấp như sau:
I. VỀ TÊN GỌI CỦA ĐẠI HỘI HỘI CÁC CẤP:
""",
        {
            "doc_type": "Hướng dẫn",
            # under the type line, a subject that opens like grounds: the page's heading repeats it
            "title": "Thực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các cấp (nhiệm kỳ 2009- 2014)",
            "issuer": "Ban thư ký Uỷ ban Hội Liên hiệp Thanh niên Việt Nam tỉnh Hưng Yên",
            "level": "province",
            "province": "Hưng Yên",
        },
        {"issuer": "opening"},
    ),
    (
        "6601: a heading closed by a full stop names the notice by number, day and issuer, its subject opening on 'đề nghị'",
        """Thông báo số 1443/BQL-KCN-HCM ngày 04/7/2012 của Ban quản lý các KCX-KCN Thành phố đề nghị doanh nghiệp nộp báo cáo triển khai dự án đầu tư.
5/10/23 6:10 AM

Căn cứ Chỉ thị số 07/CT-TTg ngày 2/3/2012 về chấn chỉnh công tác quản lý và nâng cao hiệu quả hoạt động của các Khu kinh tế, Khu công nghiệp, Cụm công nghiệp;

Nay Ban quản lý đề nghị các doanh nghiệp đang hoạt động tại các KCX-KCN báo cáo về tình hình triển khai dự án đầu tư, văn bản có mẫu đính kèm, file mẫu báo cáo đăng tại trang www.hepza.gov.vn
""",
        {
            "doc_type": "Thông báo",
            "number": "1443/BQL-KCN-HCM",
            "year": 2012,
            "title": "đề nghị doanh nghiệp nộp báo cáo triển khai dự án đầu tư",
        },
        {"doc_type": "lead", "number": "lead"},
    ),
    (
        "520: the lead names the office-holder who signed, his title and his name around the body's",
        """Ngày 15/01/2026, Chánh Văn phòng UBND thành phố Hà Nội Nguyễn Tiến Thiết ký ban hành Kế hoạch số 05/KH-VP về phổ biến, giáo dục pháp luật (PBGDPL) năm 2026 của Văn phòng UBND thành phố Hà Nội.
Kế hoạch nhằm triển khai nghiêm túc, đồng bộ và hiệu quả công tác phổ biến, giáo dục pháp luật theo các chủ trương, chỉ đạo của Trung ương và Thành phố, trọng tâm là Chỉ thị số 32-CT/TW; Kết luận số 80-KL/TW; Nghị quyết số 27-NQ/TW; Nghị quyết số 66-NQ/TW của Bộ Chính trị.
""",
        {
            "doc_type": "Kế hoạch",
            "number": "05/KH-VP",
            "issuer": "Văn phòng Uỷ ban nhân dân thành phố Hà Nội",
            "province": "Hà Nội",
        },
        {"issuer": "opening"},
    ),
    (
        "web20 2010: a directive's own opening recounts the Politburo's directive, then speaks in its own voice",
        """Ngày 05-1-2011, Bộ Chính trị ban hành Chỉ thị số 50-CT/TW về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2011-2016; Ủy ban Thường vụ Quốc hội đã ban hành Nghị quyết số 1018-NQ/UBTVQH12 ngày 21-1-2011 công bố ngày bầu cử (vào ngày chủ nhật, 22 tháng 5 năm 2011) và thành lập Hội đồng bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011-2016. Để cuộc bầu cử đại biểu QH khóa XIII và bầu cử đại biểu HĐND các cấp nhiệm kỳ 2011-2016 đạt kết quả cao, Ban Thường vụ Tỉnh ủy yêu cầu các ban cán sự Đảng, đảng đoàn, các sở, ban ngành, Mặt trận và các đoàn thể; các huyện, thành ủy, đảng ủy trực thuộc thực hiện tốt một số nhiệm vụ sau:
""",
        {"number": None, "year": None, "issuer": "Ban Thường vụ Tỉnh uỷ", "basis": ["50-CT/TW", "1018-NQ/UBTVQH12"]},
        {"issuer": "opening"},
    ),
]


@pytest.mark.parametrize("text,expected,how", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_news_copies(text, expected, how):
    document = parse_bytes(text.encode("utf-8"), "van-ban.txt")[0].to_dict()
    assert {field: document[field] for field in expected} == expected
    assert {field: document["evidence"][field]["how"] for field in how} == how
    assert all(not document["evidence"][field]["sure"] for field, found in how.items() if found == "lead")
