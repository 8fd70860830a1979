# ruff: noqa: E501  (the cases quote real documents, whose lines are as long as they are)
"""Documents that lost their header and say who they are in their own voice (bench/real-directives-web5, web27): a
commune's notice that "trân trọng thông báo và kính mời" the people, a township's submission that "kính trình" the
district; and where such a voice names its grounds (web20, web48): after the lead that narrates the letter, after
a telegram's account of the storm and its purpose; a page's one-line heading, and a meeting's conclusions told after
the meeting (web39); a letter's subject over its addressees, the header lost (web23); a Party regulation's page that names it after its grounds (web44), a guidance's after its purpose (web64); a guidance and a letter in their writers' voice after grounds (web47, web20); a dated lead after them (web26); a lead after a newspaper's tag, a fund's campaign board (web64); a notice's closing over a site's name between its links (web39); a procuracy's request (web35); a lead's day written half in words (web64 6404); a commune that informs and spreads the word (web5 505).  Each case quotes a real
document, cut to what the case needs."""

import pytest

from tests.layouts.fields import fields_of

CASES = [
    (
        "a commune's notice on its portal: the closing 'UBND xã Chí Minh trân trọng thông báo và kính mời …' (web5 503)",
        """Xã Chí Minh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân các thôn Thanh Kỳ, An Lao, An Định

Thực hiện Luật Tổ chức chính quyền địa phương năm 2025 và Hướng dẫn số 13-HD/BTGDVTU ngày 06/8/2025 của Ban Tuyên giáo và Dân vận Thành ủy về công tác đối thoại giữa người đứng đầu cấp ủy, chính quyền cấp xã với Nhân dân, Chủ tịch UBND xã Chí Minh sẽ tổ chức Hội nghị đối thoại trực tiếp với Nhân dân các thôn Thanh Kỳ, An Lao và An Định vào 07 giờ 30 phút, ngày 29/10/2025  tại hội trường UBND xã Chí Minh tại thôn Thanh Kỳ (Trụ sở Công an xã).

Hội nghị nhằm lắng nghe ý kiến, kiến nghị, đề xuất của Nhân dân về các vấn đề liên quan đến phát triển kinh tế - xã hội, đảm bảo an ninh – quốc phòng, an sinh xã hội và công tác xây dựng chính quyền cơ sở. Đây là dịp để chính quyền xã và Nhân dân cùng trao đổi, tháo gỡ khó khăn, góp phần xây dựng chính quyền thân thiện, gần dân, vì dân.

Thành phần tham dự gồm đại diện lãnh đạo Ban Tuyên giáo – Dân vận Thành ủy phụ trách, theo dõi xã; Thường trực Đảng ủy, HĐND, UBND xã; đại diện các cơ quan, đơn vị, trường học, tổ chức chính trị - xã hội; cùng cấp ủy, chính quyền, các đoàn thể và đông đảo Nhân dân các thôn Thanh Kỳ, An Lao, An Định.

UBND xã Chí Minh trân trọng thông báo và kính mời toàn thể Nhân dân các thôn Thanh Kỳ, An Lao, An Định đến dự Hội nghị để cùng tham gia trao đổi, góp ý xây dựng địa phương ngày càng phát triển.
""",
        {"doc_type": "Thông báo", "issuer": "Uỷ ban nhân dân xã Chí Minh", "level": "commune"},
    ),
    (
        "a township's submission without its header: 'UBND thị trấn Nếnh kính trình UBND huyện Việt Yên …' (web27 2703)",
        """Cộng hoà xã hội chủ nghĩa Việt Nam
Độc lập - Tự do - Hạnh phúc
-----o0o-----
TỜ TRÌNH
(V/v xin kinh phí tư vấn đầu tư xây dựng công trình: Khu dân cư dịch vụ thôn Ninh Khánh, thị trấn Nếnh, huyện Việt Yên)
Kính gửi: UBND huyện Việt Yên, tỉnh Bắc Giang
Phòng Công Thương huyện Việt Yên
Căn cứ nghị quyết của UBND tỉnh Bắc Giang và của UBND huyện Việt Yên về việc triển khai các dự án dân cư dịch vụ trên địa bản tỉnh Bắc Giang và huyện Việt Yên năm 2012.
Chính vì vậy để giảm chi phí đóng góp cho các hộ dân trong quá trình thực hiện dự án, UBND thị trấn Nếnh kính trình UBND huyện Việt Yên và phòng Công Thương huyện xem xét hỗ trợ cho người dân khoản chi phí tư vấn đầu tư xây dựng (bao gồm chi phí thiết kế, chi phí thẩm tra, chi phí giám sát…)
|UBND THỊ TRẤN NẾNH |
|Chủ tịch |

""",
        {
            "doc_type": "Tờ trình",
            "issuer": "Uỷ ban nhân dân thị trấn Nếnh",
            "level": "commune",
            "province": "Bắc Giang",
        },
    ),
    (
        "a district portal's lead that narrates the letter, then its grounds in the next sentence (web20 2005)",
        """Ban Tuyên giáo Huyện ủy: Công tác định hướng tuyên truyền tháng 6 năm 2022
16/06/2022 4:14:PM
Ngày 30/5/2022, Ban Tuyên giáo Huyện ủy đã ban hành văn bản số 78-CV/BTGHU về việc định hướng tuyên truyền tháng 6 năm 2022. Thực hiện Hướng dẫn số 07-HD/HU, ngày 04/01/2022 của Ban Thường vụ Huyện ủy về tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2022 và Chương trình công tác của Ban Tuyên giáo Huyện ủy năm 2022, Ban Tuyên giáo Huyện ủy định hướng nội dung công tác tuyên truyền tháng 6 năm 2022 như sau:

I. NỘI DUNG TUYÊN TRUYỀN

1. Tuyên truyền Kết quả Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khoá XIII.
""",
        {"number": "78-CV/BTGHU", "basis": ["07-HD/HU"]},
    ),
    (
        "a city chairman's telegram: the storm told first, then 'Để chủ động …; Thực hiện Công điện số …' (web48 4803)",
        """Công điện của Chủ tịch Ủy ban nhân dân thành phố Hải Phòng về việc chủ động phòng chống cơn bão số 10 năm 2025
Theo tin từ Trung tâm dự báo khí tượng thủy văn Quốc gia, bão Bualoi đã đi vào Biển Đông, trở thành cơn bão số 10 năm 2025. Hồi 17 giờ 00, ngày 26/9/2025, vị trí tâm bão ở khoảng 12,7 độ Vĩ Bắc, 120,2 độ Kinh Đông.
Đến 16 giờ 00 ngày 27/9/2025, vị trí tâm bão ở khoảng 15,4 độ Vĩ Bắc, 113,0 độ Kinh Đông, trên vùng biển Hoàng Sa. Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 12, giật cấp 15.
Dự báo đến 16 giờ 00 ngày 28/9/2025, vị trí tâm bão ở khoảng 17,3 độ Vĩ Bắc, 107,7 độ Kinh Đông, trên vùng biển từ Nghệ An đến thành phố Huế. Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 13, giật cấp 16.
Để chủ động ứng phó bão và mưa lớn, nguy cơ xảy ra lũ, sạt lở đất, ngập lụt, bảo đảm an toàn tính mạng và tài sản của Nhân dân và Nhà nước; Thực hiện Công điện số 05/CĐ-BCĐ-BNNMT ngày 26/9/2025 của Ban Chỉ đạo Phòng thủ dân sự quốc gia; Chủ tịch Ủy ban nhân dân thành phố yêu cầu Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu và thủ trưởng các Sở, ngành, cơ quan, đơn vị khẩn trương thực hiện các nhiệm vụ sau:
1. Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu và Thủ trưởng các Sở, ban, ngành thành phố:
""",
        {"doc_type": "Công điện", "basis": ["05/CĐ-BCĐ-BNNMT"]},
    ),
    (
        "a commune portal's post: the city's plan narrated, then the grounds of the board's request up to its colon (web48 4805)",
        """Thủ tướng Phạm Minh Chính và các đại biểu thực hiện nghi thức phát động phong trào "Bình dân học vụ số" (Ảnh Internet)
Ngày 22/4/2025, Ban Chỉ đạo Thành uỷ về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đã ban hành kế hoạch số 05 để triển khai Phong trào "Bình dân học vụ số" trên địa bàn Thành phố Hà Nội. Thực hiện chỉ đạo của Ban Tuyên giáo và Dân vận Thành ủy tại Công văn số 440-CV/BTGDVTU ngày 22/7/2025 và chỉ đạo của Thường trực Đảng ủy xã Trần Phú về đẩy mạnh triển khai Phong trào và khai thác nền tảng Bình dân học vụ số, Ban Xây dựng Đảng trân trọng đề nghị: Ủy ban nhân dân xã; Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị -xã hội xã, các đảng bộ, chi bộ trực thuộc Đảng uỷ căn cứ chức năng, nhiệm vụ triển khai thực hiện Kế hoạch số 05-KH/BCĐ57 của Ban Chỉ đạo Thành uỷ.
""",
        {"basis": ["440-CV/BTGDVTU"]},
    ),
    (
        "a provincial letter's text on a portal, opening on its writer's short line 'UBND tỉnh có ý kiến như sau:' (web4 423)",
        """UBND tỉnh có ý kiến như sau:
Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn vị, địa phương liên quan nghiên cứu, đề xuất UBND tỉnh xem xét theo quy định; hoàn thành trước ngày 10/12/2023./.
(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)
""",
        {"number": "6202/UBND-KT", "issuer": "Uỷ ban nhân dân tỉnh", "level": "province"},
    ),
    (
        "a page's one-line heading, the type in capitals and the subject in the sentence's case, over the page's place and stamp (web39 3904)",
        """THÔNG BÁO Niêm yết công khai kết quả bình xét các khu dân đạt khu dân cư văn hóa năm 2024
Thanh Bình
2024-10-08T04:01:27-04:00
HỘI ĐỒNG NHÂN DÂN HUYỆN BÙ ĐỐP
Căn cứ Nghị định số 86/2023/NĐ-CP ngày 7 tháng 12 năm 2023 của Chính phủ quy định về khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu “Gia đình văn hóa”, “Thôn, tổ dân phố văn hóa”, “Xã, phường, thị trấn tiêu biểu”;
Ngày 2/10/2024. UBND thị trấn tiến hành họp xét khu dân cư văn hóa năm 2024. Kết qủa có 6/6 khu dân cư đạt khu dân cư văn hóa, cụ thể các KDC có tên sau:
""",
        {
            "doc_type": "Thông báo",
            "title": "Niêm yết công khai kết quả bình xét các khu dân đạt khu dân cư văn hoá năm 2024",
        },
    ),
    (
        "a meeting told first, then the leader who concluded ('… Chủ tịch UBND thị xã - Trần Úc kết luận:'): the notice of his conclusions (web39 3907)",
        """Ngày 06/9/2017, Uỷ ban nhân dân thị xã tổ chức cuộc họp Ủy ban nhân dân thường kỳ nhằm đánh giá tình hình thực hiện nhiệm vụ tháng 8, triển khai công tác chủ yếu tháng 9 năm 2017, dưới sự chủ trì của Chủ tịch UBND thị xã – Trần Úc. Tham dự cuộc họp có các đồng chí Phó Chủ tịch UBND thị xã; các đồng chí thành viên UBND thị xã; đại diện lãnh đạo: Chi cục Thống kê, Chi nhánh Trung tâm Phát triển Quỹ đất, Thanh tra, Phòng Lao động – TB&XH, Chi nhánh Văn phòng Đăng ký đất đai Điện Bàn, Trung tâm Phát triển Cụm CN-TM&DV, BQL Dự án Đầu tư xây dựng, Đội Kiểm tra Quy tắc đô thị, Trung tâm Văn hóa - Thể thao, Đài Truyền thanh - Truyền hình; Văn phòng HĐND&UBND thị xã (vắng Công an).
Sau khi nghe lãnh đạo Văn phòng HĐND&UBND thị xã báo cáo tình hình thực hiện nhiệm vụ tháng 8, triển khai công tác chủ yếu tháng 9 năm 2017, ý kiến phát biểu của các thành viên tham dự, Chủ tịch UBND thị xã - Trần Úc kết luận:
Trong tháng 9/2017, bên cạnh việc thực hiện các chương trình, kế hoạch, nhiệm vụ thường xuyên trên các lĩnh vực kinh tế, văn hóa - xã hội, an ninh - quốc phòng, các nhiệm vụ được giao qua các văn bản chỉ đạo, điều hành,…các cơ quan, ban ngành, địa phương cần tập trung thực hiện các nhiệm vụ trọng tâm sau:
""",
        {"doc_type": "Thông báo"},
    ),
    (
        "a copy that lost its header and kept the subject over 'Kính gửi:', no type line: a letter, that its subject (web23 2307)",
        """Hỗ trợ giáo dục miền núi, vùng sâu, vùng xa năm học 2016-2017 và ủng hộ đồng bào miền trung bị thiệt hại do ảnh hưởng của áp thấp nhiệt đới

Kính gửi: Công đoàn Giáo dục các huyện, thành phố; Các Công đoàn cơ sở trực thuộc.
Thực hiện Chương trình công tác nhiệm kỳ XVI (2012-2017) và Kế hoạch hoạt động Công đoàn năm học 2016 -2017;Căn cứ Công văn số 199/CSPL-CĐN ngày 17/8/2016 của Công đoàn Giáo dục Việt Nam về việc tiếp tục thực hiện cuộc vận động hỗ trợ giáo dục miền núi, vùng sâu, vùng xa, vùng đặc biệt khó khăn năm học 2016-2017; Công văn số 2301/LĐLĐ-CSPL ngày 21/10/2016 của Liên đoàn Lao động tỉnh Sơn La về việc hưởng ứng lời kêu gọi của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về ủng hộ đồng bào miền trung bị thiệt hại do ảnh hưởng của áp thấp nhiệt đới.

Ban Thường vụ Công đoàn ngành đề nghị Công đoàn Giáo dục huyện, thành phố, các CĐCS trực thuộc triển khai thực hiện tốt một số nội dung
""",
        {
            "doc_type": "Công văn",
            "number": None,
            "title": "Hỗ trợ giáo dục miền núi, vùng sâu, vùng xa năm học 2016-2017 và ủng hộ đồng bào miền trung bị thiệt hại do ảnh hưởng của áp thấp nhiệt đới",
        },
    ),
    (
        "a Party regulation's page, one paragraph: its grounds, then 'Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU …' (web44 4402)",
        """Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng; Hướng dẫn số 06-HD/TW, ngày 09/6/2025 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng; Hướng dẫn số 38-HD/BTCTW, ngày 29/9/2025 của Ban Tổ chức Trung ương về hướng dẫn nghiệp vụ đảng viên; Luật Thi đua, khen thưởng năm 2022; Nghị định số 152/2025/NĐ-CP, ngày 14/6/2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn một số điều của Luật Thi đua, khen thưởng; Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khoá I, nhiệm kỳ 2025 - 2030; Quy định số 09-QĐ/TU, ngày 13/11/2025 của Ban Chấp hành Đảng bộ ủy về phân cấp quản lý cán bộ và quy hoạch, bổ nhiệm, giới thiệu ứng cử, tạm đình chỉ công tác, cho thôi giữ chức vụ, từ chức, miễn nhiệm đối với cán bộ; Quy định số 10-QĐ/TU, ngày 01/02/2023 của Ban Thường vụ Tỉnh ủy Hà Giang, về khen thưởng tổ chức đảng, đảng viên. Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU, ngày 25/12/2025 về khen thưởng tổ chức đảng, đảng viên.
""",
        {"doc_type": "Quy định", "number": "19-QĐ/TU", "year": 2025, "title": "về khen thưởng tổ chức đảng, đảng viên"},
    ),
    (
        "a page's purpose told in two sentences, then 'Ban Tuyên giáo Tỉnh ủy đã ban hành Hướng dẫn số 51/HD-BTGTU …' (web64 6407)",
        """Hướng dẫn tuyên truyền thực hiện Chỉ thị số 07-CT/TW của Ban bí thư (khóa XII) về "Đẩy mạnh công tác thông tin cơ sở trong tình hình mới"

Nhằm tuyên truyền sâu rộng, nâng cao nhận thức của các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị-xã hội, của cán bộ, đảng viên và quần chúng nhân dân về vị trí, vai trò và tác dụng của công tác thông tin cơ sở. Qua đó, phát huy sức mạnh tổng hợp của cả hệ thống chính trị, của tổ chức, cá nhân để làm tốt thông tin cơ sở, đáp ứng yêu cầu, nhiệm vụ chính trị trong tình hình mới. Ban Tuyên giáo Tỉnh ủy đã ban hành Hướng dẫn số 51/HD-BTGTU về việc hướng dẫn tuyên truyền Chỉ thị số 07 –CT/TW ngày 5/9/2016 của Ban Bí thư (khóa XII) về đẩy mạnh công tác thông tin cơ sở trong tình hình mới.
""",
        {"doc_type": "Hướng dẫn", "number": "51/HD-BTGTU", "issuer": "Ban Tuyên giáo Tỉnh uỷ"},
    ),
    (
        "the Front's standing board guides in its own voice after its grounds: '… tỉnh hướng dẫn công tác tuyên truyền … như sau:' (web47 4703)",
        """Thực hiện Chương trình phối hợp thống nhất hành động của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam năm 2021; Căn cứ Hướng dẫn số 01 - HD/BTGTW ngày 08/02/2021 của Ban Tuyên giáo Trung ương về công tác tuyên truyền biển, đảo năm 2021; Căn cứ Hướng dẫn số 50/HD-MTTW-BTT, ngày 23/2/2021, của Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về Công tác tuyên truyền biển, đảo năm 2021 trong hệ thống Mặt trận Tổ quốc Việt Nam. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh hướng dẫn công tác tuyên truyền biển, đảo năm 2021 trong hệ thống Mặt trận như sau:
""",
        {
            "doc_type": "Hướng dẫn",
            "issuer": "Ban Thường trực Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "level": "province",
        },
    ),
    (
        "a district board's letter whose grounds end with a semicolon: '…; Ban Tuyên giáo Huyện ủy đề nghị các tổ chức …' (web20 2009)",
        """Thực hiện Công văn số 1494-CV/BTGTU, ngày 31 tháng 3 năm 2020 của Ban Tuyên giáo Tỉnh ủy về việc tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh; Ban Tuyên giáo Huyện ủy đề nghị các tổ chức cơ sở đảng, Mặt trận Tổ quốc và các đoàn thể huyện, Phòng Văn hoá và Thông tin, Trung tâm Văn hoá, Thông tin và Thể thao huyện thực hiện một số nội dung sau:
1. Tuyên truyền về thân thế, cuộc đời, sự nghiệp cách mạng vẻ vang của Chủ tịch Hồ Chí Minh.
""",
        {"doc_type": "Công văn", "issuer": "Ban Tuyên giáo Huyện uỷ", "basis": ["1494-CV/BTGTU"]},
    ),
    (
        "a portal's lead after the grounds, dated, its department's name with its comma: '… Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành …' (web26 2607)",
        """Kế hoạch tổ chức Hội thi xe tuyên truyền lưu động chào mừng 190 năm thành lập tỉnh, 80 năm thành lập Đảng bộ tỉnh và 25 năm tái lập tỉnh Hưng Yên

Căn cứ Kế hoạch số 01/KH-BTCKN ngày 05/7/2021 của Ban Tổ chức kỷ niệm; Kế hoạch số 24/KH-BTGTU ngày 13/8/2021 của Ban Tuyên giáo Tỉnh ủy. Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL tổ chức Hội thi xe tuyên truyền lưu động chào mừng 190 năm thành lập tỉnh, 80 năm thành lập Đảng bộ tỉnh và 25 năm tái lập tỉnh Hưng Yên./.
""",
        {"number": "67/KH-SVHTTDL", "issuer": "Sở Văn hoá, Thể thao và Du lịch tỉnh Hưng Yên", "year": 2021},
    ),
    (
        "a newspaper's tag before its lead: '(Mặt trận) - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định vừa ban hành …' (web64 6410)",
        """Bình Định: Triển khai vận động xây dựng Quỹ ‘Vì người nghèo’ các cấp trong tỉnh năm 2020

(Mặt trận) - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định vừa ban hành Kế hoạch triển khai vận động xây dựng Quỹ “Vì người nghèo” các cấp trong tỉnh năm 2020. Theo đó, Chỉ tiêu phấn đấu vận động thu vào Quỹ “Vì người nghèo” các cấp trong tỉnh năm 2020 là 10 tỷ đồng.
""",
        {
            "doc_type": "Kế hoạch",
            "issuer": "Ban Thường trực Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Định",
            "province": "Bình Định",
        },
    ),
    (
        "a fund's campaign board issues: 'Ngày 25/9/2017, Ban vận động Quỹ “Vì người nghèo” tỉnh ban hành kế hoạch số 97/KH-BVĐ …' (web64 6411)",
        """Kế hoạch tổ chức hoạt động tháng cao điểm vì người nghèo năm 2017

04/10/2017

 Ngày 25/9/2017, Ban vận động Quỹ “Vì người nghèo” tỉnh ban hành kế hoạch số 97/KH-BVĐ tổ chức hoạt động Tháng cao điểm “Vì người nghèo” năm 2017 (từ 17/10 đến 18/11/2017).
""",
        {"doc_type": "Kế hoạch", "number": "97/KH-BVĐ", "issuer": "Ban vận động Quỹ “Vì người nghèo” tỉnh"},
    ),
    (
        "a township's notice on the district council's site, the site's name between its links: 'Vậy UBND thị trấn Thanh Bình thông báo để …' at the close (web39 3904)",
        """THÔNG BÁO Niêm yết công khai kết quả bình xét các khu dân đạt khu dân cư văn hóa năm 2024
Thanh Bình
2024-10-08T04:01:27-04:00
https://hdnd.budop.gov.vn/vi/thanhbinh/van-hoa-xa-hoi/thong-bao-niem-yet-cong-khai-ket-qua-binh-xet-cac-khu-dan-dat-khu-dan-cu-van-hoa-nam-2024-353.html
https://hdnd.budop.gov.vn/uploads/thanhbinh/2024_10/thong-bao-niem-yet.png
HỘI ĐỒNG NHÂN DÂN HUYỆN BÙ ĐỐP
https://hdnd.budop.gov.vn/uploads/logo.png
Căn cứ Nghị định số 86/2023/NĐ-CP ngày 7 tháng 12 năm 2023 của Chính phủ quy định về khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu “Gia đình văn hóa”, “Thôn, tổ dân phố văn hóa”, “Xã, phường, thị trấn tiêu biểu”;
Ngày 2/10/2024. UBND thị trấn tiến hành họp xét khu dân cư văn hóa năm 2024. Kết qủa có 6/6 khu dân cư đạt khu dân cư văn hóa, cụ thể các KDC có tên sau:
- KDC khu phố Thanh Bình.
- KDC Khu phố Thanh Xuân.
- KDC ấp Thanh Trung.
Nay UBND thị trấn Thanh Bình tổ chức niêm yết công khai kết quả bình xét tại trụ sở UBND thị trấn, nhà văn hóa các ấp, khu phố và trên trang thông tin điện tử thị trấn để mọi người dân được biết và có ý kiến góp ý, bổ sung.
Thời gian niêm yết công khai từ ngày 07/10/2023 đến hết ngày 16/10/2024.
Văn bản góp ý gửi về Văn phòng UBND thị trấn trước ngày 17/10/2024. Quá thời hạn trên mà các tổ chức, cá nhân không có ý kiến đóng góp thì xem như đồng ý với kết quả bình xét trên. UBND thị trấn Thanh Bình sẽ tiến hành hoàn thiện hồ sơ trình cấp có thẩm quyền công nhận đạt khu dân cư văn hóa theo đúng quy định.
Vậy UBND thị trấn Thanh Bình thông báo để cán bộ
""",
        {"doc_type": "Thông báo", "issuer": "Uỷ ban nhân dân thị trấn Thanh Bình", "level": "commune"},
    ),
    (
        "a province's procuracy asks in its own voice, its header lost: '…, VKSND tỉnh Bà Rịa - Vũng Tàu yêu cầu lãnh đạo các đơn vị …' (web35 3501)",
        """Căn cứ Kế hoạch số 72/KH-VKSTC ngày 15/5/2020 của VKSND tối cao về việc tổ chức sơ kết công tác 6 tháng đầu năm 2020 của ngành Kiểm sát nhân dân. Để đánh giá kịp thời, khách quan, toàn diện kết quả thực hiện nhiệm vụ trên tất cả các lĩnh vực công tác nghiệp vụ 6 tháng đầu năm 2020, VKSND tỉnh Bà Rịa - Vũng Tàu yêu cầu lãnh đạo các đơn vị triển khai, thực hiện báo cáo sơ kết công tác 6 tháng đầu năm 2020.
Do thời gian gấp rút để hoàn thành báo cáo sơ kết 6 tháng đầu năm 2020 của VKSND tỉnh nên yêu cầu :
- Các đơn vị cấp huyện và các phòng nghiệp vụ: Gửi thống kê tháng 5/2020 trước 16 giờ ngày 31/5/2020, thống kê 6 tháng trước 16 giờ ngày 01/6/2020 cho Bộ phận Thống kê thuộc Văn phòng tổng hợp VKSND tỉnh.
""",
        {"doc_type": "Công văn", "issuer": "Viện kiểm sát nhân dân tỉnh Bà Rịa - Vũng Tàu", "basis": ["72/KH-VKSTC"]},
    ),
    (
        "a lead dated with the month's word and its figures mixed: 'Ngày 29 tháng 12/2020  Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành …' (web64 6404)",
        """Chỉ thị của Ban Thường vụ Tỉnh ủy Đắk Lắk về việc tổ chức đón Tết Nguyên đán Tân Sửu năm 2021

Cập nhật lúc: 11:02 02/01/2021

Ngày 29 tháng 12/2020  Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành Chỉ thị số 04 -CT/TU về việc tổ chức đón Tết Nguyên đán Tân Sửu năm 2021. Theo đó Chỉ thị của Ban Thường vụ Tỉnh ủy được ban hành trên cơ sở thực hiện Chỉ thị số 48 -CT/TW, ngày 09/12/2020 của Ban Bí thư Trung ương Đảng về việc “Tổ chức Tết năm 2021”.
""",
        {"doc_type": "Chỉ thị", "number": "04-CT/TU", "year": 2020},
    ),
    (
        "a commune 'thông báo và tuyên truyền đến toàn thể cử tri' after its grounds (web5 505)",
        """TUYÊN TRUYỀN DANH SÁCH 16 KHU VỰC BỎ PHIẾU BẦU CỬ ĐẠI BIỂU HĐND XÃ AVƯƠNG NHIỆM KỲ 2026 - 2031
Thực hiện Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; căn cứ quyết định số 438/QĐ-UBND ngày 31/12/2026 của UBND xã Avương, UBND xã Avương thông báo và tuyên truyền đến toàn thể cử tri trên địa bàn xã Danh sách 16 khu vực bỏ phiếu bầu cử đại biểu Hội đồng nhân dân xã Avương nhiệm kỳ 2026 – 2031.
""",
        {"issuer": "Uỷ ban nhân dân xã Avương", "level": "commune"},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fields_of_documents_in_their_own_voice(text, expected):
    assert fields_of(text, expected, "van-ban.txt") == expected
