"""Time frames of tasks: a table of real phrasings, the deadline of real task paragraphs, and properties.

Sources: the seeds (``corpus/000``-``004``), the development set of real documents
(``../shared/data/real-directives-dev/docs/NNN``, "dev NNN") and the extraction bench
(``bench/real-directives/docs/NNN.md``, ``bench/real-directives-web/docs/NNN.txt``, "bench NNN").
"""

import datetime
import os
import string
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.text.time_frames import TimeFrame, due_of, find_time_frames


def marked(text, year=None):
    """The text with each frame found in brackets, and what each means: "date ..2024-06-30; recurring"."""
    found = find_time_frames(text, year)
    out, pos = [], 0
    for f in found:
        out += [text[pos : f.start_pos], "[", f.text, "]"]
        pos = f.end_pos
    notes = [f.kind if f.start is f.end is None else f"{f.kind} {f.start or ''}..{f.end or ''}" for f in found]
    return "".join(out) + text[pos:], "; ".join(notes)


# (the sentence with its time frames in brackets, the document's year, what each frame means:
#  "kind start..end", an empty side for None; a recurrence without dates is just "recurring")
PHRASINGS = [
    # --- a run of days of one month, written together (dev 041, a department's training schedule)
    ("- Thời gian thực hiện: [Ngày 26, 27/12/2011]", 2011, "period 2011-12-26..2011-12-27"),
    ("- Thời gian dự kiến: Chiều [ngày 28/12 và cả ngày 29/12/2011]", 2011, "period 2011-12-28..2011-12-29"),
    ("Tập huấn cho các phòng [từ ngày 02 - 05/01/2012] tại Phòng đào tạo", 2011, "period 2012-01-02..2012-01-05"),
    # two days a week apart are a list, not a run: the one with its year is read
    ("Họp giao ban ngày 5, [12/3/2024]", 2024, "date 2024-03-12..2024-03-12"),
    # --- dates: a deadline has no start, a plain day starts and ends that day
    (
        "Các đơn vị triển khai thực hiện trong buổi sinh hoạt chi bộ [định kỳ] [tháng 11], hoàn thành xong "
        "[trước ngày 05/11/2023].",
        2023,
        "recurring; period 2023-11-01..2023-11-30; date ..2023-11-05",
    ),  # seed 003
    (
        "phù hợp với tình hình của địa phương. Thời gian hoàn thành xong\n[trước ngày 05/10/2026].",
        2026,
        "date ..2026-10-05",
    ),  # dev 040, hard-wrapped
    ("cơ quan trung ương và địa phương, hoàn thành [trước ngày 31 tháng 5 năm 2020].", 2020, "date ..2020-05-31"),
    ("- [Trước ngày 30 tháng 6 năm 2020], hoàn thành việc giao chi tiết kế hoạch", 2020, "date ..2020-06-30"),
    ("trên Cổng Dịch vụ công Quốc gia [trước ngày 30 tháng 6 năm 2020].", 2020, "date ..2020-06-30"),  # bench 108
    ("Việc thiết lập và thông báo thực hiện [trước ngày 15/02/2017].", 2017, "date ..2017-02-15"),  # dev 008
    ("[trước ngày 25/09/2018] để Tổng cục Hải quan kịp thời hướng dẫn", 2018, "date ..2018-09-25"),  # dev 008
    ("Thời gian hoàn thành [trước ngày 30 tháng 9 năm 2025]", 2025, "date ..2025-09-30"),  # bench 102
    ("ấn định [trước ngày 01 tháng 3 năm 2020] nhưng còn nợ tiền chậm nộp.", 2020, "date ..2020-03-01"),  # bench 108
    ("thực hiện song song 2 quy trình [đến hết ngày 26/3/2017]", 2017, "date ..2017-03-26"),  # dev 008
    ("[chậm nhất ngày 05/11/2023]", None, "date ..2023-11-05"),
    ("xong [trước 31/3]", 2024, "date ..2024-03-31"),
    ("hoàn thành [trước 30-9-2025]", None, "date ..2025-09-30"),
    ("Lạng Sơn, [ngày 27 tháng 02 năm 2019]", None, "date 2019-02-27..2019-02-27"),  # seed 001, place and date
    ("[ngày 20/5]", 2024, "date 2024-05-20..2024-05-20"),
    ("[ngày 20/5]", None, "date"),  # no year known: found, not dated
    # --- months, quarters, halves of a year
    (
        "dụng tàu cuốc, thời gian thực hiện xong [trong tháng 6/2026]; Trường hợp cố",
        2026,
        "period 2026-06-01..2026-06-30",
    ),  # dev 007
    (
        "Thông tư hướng dẫn Nghị định số 68/2019/NĐ-CP [trong tháng 5 năm 2020].",
        2020,
        "period 2020-05-01..2020-05-31",
    ),  # bench 108
    (
        "41/2020/NĐ-CP ngày 08 tháng 4 năm 2020 [trong tháng 5 năm 2020], trong đó có",
        2020,
        "period 2020-05-01..2020-05-31",
    ),  # bench 108: the decree's date is a citation
    ("[trong tháng 10 năm 2020], kể cả việc điều chuyển vốn sang các Bộ", 2020, "period 2020-10-01..2020-10-31"),
    ("mô lớn, quan trọng [chậm nhất trong tháng 6 năm 2020]; thực hiện các thủ tục", 2020, "period ..2020-06-30"),
    (
        "[tháng 5 năm 2020]; [đến hết tháng 8 năm 2020] giải ngân toàn bộ số vốn kéo dài",
        2020,
        "period 2020-05-01..2020-05-31; period ..2020-08-31",
    ),  # bench 108
    ("[trong tháng 12]", 2024, "period 2024-12-01..2024-12-31"),
    ("- Thời gian thực hiện: Hoàn thành [trong quý III/2020].", 2020, "period 2020-07-01..2020-09-30"),  # dev 027
    ("quá 20 triệu đồng/m2), trình Chính phủ [trong Quý 3 năm 2020].", 2020, "period 2020-07-01..2020-09-30"),
    ("trình Thủ tướng Chính phủ [trong Quý I năm 2021].", 2020, "period 2021-01-01..2021-03-31"),  # bench 108
    ("[quý I]", 2024, "period 2024-01-01..2024-03-31"),
    ("[quý IV/2024]", None, "period 2024-10-01..2024-12-31"),
    ("[6 tháng đầu năm 2025]", None, "period 2025-01-01..2025-06-30"),
    ("[6 tháng cuối năm]", 2024, "period 2024-07-01..2024-12-31"),
    # --- years and spans of years
    ("[trong năm 2020] để các ngân hàng thương mại thực hiện cho vay", 2020, "period 2020-01-01..2020-12-31"),
    ("Công tác thông tin đối ngoại [năm 2019]", 2019, "period 2019-01-01..2019-12-31"),  # seed 001
    ("XÂY DỰNG NÔNG THÔN MỚI [GIAI ĐOẠN 2016-2020]", 2016, "period 2016-01-01..2020-12-31"),  # bench 205
    ("phát triển thông tin đối ngoại [giai đoạn 2011 - 2020]", 2019, "period 2011-01-01..2020-12-31"),  # seed 001
    ("Đại hội Đảng bộ tỉnh lần thứ XVI, [nhiệm kỳ 2021-2026]", 2023, "period 2021-01-01..2026-12-31"),  # bench 202
    ("[nhiệm kỳ 2019 – 2024]", None, "period 2019-01-01..2024-12-31"),
    ("trong kế hoạch 5 năm lần thứ 3 ([1981 – 1985])", 1980, "period 1981-01-01..1985-12-31"),  # dev 031
    ("mục tiêu phát triển đất nước [đến năm 2045].", 2023, "period ..2045-12-31"),  # seed 004
    ("[từ năm 2024 đến năm 2026]", None, "period 2024-01-01..2026-12-31"),
    # --- ranges and open ranges
    ("THỜI GIAN THỰC HIỆN: [Ngày 16/2/2022 đến ngày 30/12/2022]", 2022, "period 2022-02-16..2022-12-30"),
    (
        "[Từ ngày 15 tháng 01 đến hết ngày 19 tháng 01 năm 2018], Chủ tịch UBND tỉnh",
        2018,
        "period 2018-01-15..2018-01-19",
    ),  # bench 213
    (
        "có hiệu lực thi hành [kể từ ngày 26 tháng 01 năm 2026 đến hết ngày 28 tháng 02 năm 2027]",
        2026,
        "period 2026-01-26..2027-02-28",
    ),  # dev 037
    ("các chuyến bay nội địa [từ tháng 3 cho đến hết tháng 9 năm 2020]", 2020, "period 2020-03-01..2020-09-30"),
    ("[từ tháng 01 năm 1981 đến tháng 12 năm 1982]", 1980, "period 1981-01-01..1982-12-31"),  # dev 031
    ("[trước ngày 30/6/2025], có hiệu lực [từ ngày 01/7/2025]", 2025, "date ..2025-06-30; period 2025-07-01.."),
    # --- recurrences
    ("- Thời gian thực hiện: Thực hiện [thường xuyên].", 2020, "recurring"),  # dev 027
    ("- Thời gian thực hiện: [Thường xuyên hằng năm].", 2020, "recurring"),  # dev 027
    (
        "- Thời gian thực hiện: Thực hiện [định kỳ hằng năm]; Riêng [năm 2020] hoàn thành [trong quý II/2020].",
        2020,
        "recurring; period 2020-01-01..2020-12-31; period 2020-04-01..2020-06-30",
    ),  # dev 027
    ("gửi Ủy ban nhân dân tỉnh [trước ngày 30 tháng 11 hằng năm].", 2020, "recurring ..2020-11-30"),  # dev 027
    ("[định kỳ hàng năm (trước ngày 15/11] và đột xuất", 2020, "recurring ..2020-11-15"),  # dev 027: each year's
    ("[Hằng năm, trước ngày 20/12] tổng hợp báo cáo", 2024, "recurring ..2024-12-20"),
    ("[hằng năm]; [trước ngày 15/11/2020] báo cáo", 2020, "recurring; date ..2020-11-15"),  # a year written: its own
    ("tổ chức triển khai thực hiện kế hoạch; [định kỳ 6 tháng, hàng năm] đánh giá", 2024, "recurring"),  # seed 002
    ("[định kỳ hàng tháng, hàng quý] hoặc khi có biến động lớn gửi Sở Xây dựng", 2019, "recurring"),  # dev 008
    ("phối hợp với các cơ quan liên quan [thường xuyên] định hướng thông tin", 2023, "recurring"),  # seed 004
    ("Bảo đảm thông tin [liên tục], thông suốt", None, "recurring"),
    # how often as a count: a day a time, months a time ("báo cáo 03 tháng/lần"), not a span ("trong 3 tháng")
    ("Báo cáo kết quả [mỗi 2 ngày/lần] về Sở Y tế", 2021, "recurring"),
    ("kiểm tra, đánh giá [03 tháng/lần] và báo cáo", 2021, "recurring"),
    ("Tổ chức sơ kết [6 tháng một lần]", 2021, "recurring"),
    ("hoàn thành trong 3 tháng kể từ ngày ký", 2021, ""),
    # --- unaccented copies read as the original
    ("Thoi gian thuc hien: Hoan thanh [trong quy III/2020].", 2020, "period 2020-07-01..2020-09-30"),
    ("hoan thanh xong [truoc ngay 05/11/2023]", None, "date ..2023-11-05"),
    ("[THUONG XUYEN HANG NAM]", None, "recurring"),
]


@pytest.mark.parametrize("text,year,expected", PHRASINGS)
def test_real_phrasings(text, year, expected):
    assert marked(text.replace("[", "").replace("]", ""), year) == (text, expected)


def frames(text, year=None):
    return [(f.kind, f.start, f.end, f.text) for f in find_time_frames(text, year)]


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch số 15/KH-UBND ngày 10/3/2024 của UBND tỉnh",  # a citation's date
        "Thực hiện Hướng dẫn số 82-HD/BTGTW, ngày 18/01/2019 của Ban Tuyên giáo Trung ương",  # seed 001
        "Thực hiện Kết luận số 57-KL/TW, ngày 15-6-2023 của Bộ Chính trị",  # seed 004
        "Căn cứ Nghị quyết ngày 30/11/2018 của Hội nghị lần thứ 14",
        "Quyết định này ban hành ngày 05/8/2020",
        "30/2/2024; ngày 32 tháng 13; 31/4/2025; năm 1900; năm 2101",  # no such days, no such years
        "trong đó 11/11 phường đạt đơn vị hành chính loại I",  # a fraction
        "PCR từ 3-5 ngày trước ngày nhập cảnh",  # a count of days; "trước ngày nhập cảnh" has no date
        "Số: 24/2022/UBTVQH15; Thông tư liên tịch số 01/2021/TTLT-BTC-BLĐTBXH",
        "18 tháng tuổi trở lên; 1.155 tỷ đồng; Quy định về quý báu",
    ],
)
def test_things_that_are_not_time_frames(text):
    assert frames(text, 2024) == []


# Whole task paragraphs (the seeds' "Tổ chức thực hiện" and "Nhiệm vụ", real plans) -> their deadline.
DUE = [
    # dev 016 (KH Lâm Đồng 2026), I-2 and I-4: a year that names a plan is no time frame; the task's own frame is
    (
        "- Ban hành và tổ chức thực hiện Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 của tỉnh.\n"
        "- Thường xuyên theo dõi, cập nhật và kịp thời công bố danh mục thủ tục hành chính.",
        2026,
        ("Thường xuyên", "recurring", None, None),
    ),
    ("- Xây dựng và tổ chức thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm 2026 của tỉnh.", 2026, None),
    # seed 001 (Lạng Sơn) III-5: the year of the work, not of a plan's name
    (
        "- Chủ động tham mưu cho thường trực cấp ủy xây dựng kế hoạch và triển khai thực hiện các nhiệm vụ thông tin "
        "đối ngoại năm 2019 theo chức năng, nhiệm vụ được phân công.",
        2019,
        ("năm 2019", "period", "2019-01-01", "2019-12-31"),
    ),
    ("- Hoàn thành việc rà soát trong năm 2026.", 2026, ("trong năm 2026", "period", "2026-01-01", "2026-12-31")),
    # seed 004 (Kon Tum), II.1 and II.2
    (
        "\\* Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh chủ trì, phối hợp với các cơ quan liên quan thường xuyên "
        "định hướng thông tin tuyên truyền.",
        2023,
        ("thường xuyên", "recurring", None, None),
    ),
    (
        "\\* Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh chủ trì, phối hợp với các cơ quan liên "
        "quan triển khai thực hiện thường xuyên.",
        2023,
        ("thường xuyên", "recurring", None, None),
    ),
    # seed 004, III.2
    (
        "2. Giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan giúp Ban Thường vụ Tỉnh ủy theo "
        "dõi, "
        "đôn đốc, kiểm tra, giám sát việc thực hiện Kế hoạch này; định kỳ báo cáo kết quả thực hiện và tham mưu sơ "
        "kết, "
        "tổng kết theo chỉ đạo của Trung ương.",
        2023,
        ("định kỳ", "recurring", None, None),
    ),
    # seed 001 (Lạng Sơn), III.1 and III.4
    (
        "- Theo dõi, đôn đốc việc triển khai thực hiện công tác thông tin đối ngoại năm 2019 trên địa bàn tỉnh; báo "
        "cáo "
        "Thường trực Tỉnh ủy và Ban Chỉ đạo Công tác thông tin đối ngoại Trung ương theo quy định.",
        2019,
        ("năm 2019", "period", "2019-01-01", "2019-12-31"),
    ),
    (
        "- Chủ động kế hoạch thông tin, tuyên truyền đối ngoại, bám sát các sự kiện quan trọng của thế giới, đất "
        "nước và "
        "của tỉnh trong năm 2019; quan tâm việc thông tin bằng tiếng nước ngoài, nhất là đối với các địa bàn trọng "
        "điểm.",
        2019,
        ("trong năm 2019", "period", "2019-01-01", "2019-12-31"),
    ),
    (
        "- Thường xuyên kiểm tra, đôn đốc việc thực hiện nhiệm vụ của các cơ quan, đơn vị trực thuộc; chủ động đánh "
        "giá, "
        "sơ kết, tổng kết, khen thưởng về công tác thông tin đối ngoại tại đơn vị, địa bàn.",
        2019,
        ("Thường xuyên", "recurring", None, None),
    ),
    # seed 001, II.1: only a citation (its date, its title's year): no deadline
    (
        "1- Chỉ đạo triển khai thực hiện tốt các nội dung, hình thức hoạt động theo Kế hoạch số 18/KH-UBND, ngày "
        "21/01/2019 của Ủy ban nhân dân tỉnh về “Hoạt động thông tin đối ngoại trên địa bàn tỉnh Lạng Sơn năm 2019”.",
        2019,
        None,
    ),
    # seed 001, I.1: the strategy's period is its title; the task's is "trong năm 2019"
    (
        "- Tiếp tục triển khai thực hiện có hiệu quả Kết luận số 16-KL/TW, ngày 14/2/2012 của Bộ Chính trị khóa XI về "
        "Chiến lược phát triển thông tin đối ngoại giai đoạn 2011 - 2020 và các văn bản chỉ đạo của Đảng, Nhà nước, "
        "của "
        "tỉnh về công tác thông tin đối ngoại; tổ chức triển khai, thực hiện có hiệu quả các hoạt động thông tin đối "
        "ngoại "
        "trên địa bàn tỉnh, góp phần hoàn thành tốt các nhiệm vụ về công tác thông tin đối ngoại của Đảng và Nhà nước "
        "trong năm 2019.",
        2019,
        ("trong năm 2019", "period", "2019-01-01", "2019-12-31"),
    ),
    # seed 002 (Cẩm Tân): "đến năm 2025" and "đến năm 2030" are the cited strategy's title
    (
        "- Đẩy mạnh chuyển đổi số theo Quyết định số 348/QĐ-TTg ngày 06/4/2023 của Thủ tướng Chính phủ về phê duyệt "
        "Chiến lược “Chuyển đổi số báo chí đến năm 2025, định hướng đến năm 2030”, để thông tin kịp thời, chính xác "
        "các "
        "quan điểm của Đảng, chính sách pháp luật của nhà nước.",
        2024,
        None,
    ),
    (
        "UBND xã yêu cầu các ban, ngành; đoàn thể, các thôn và các cơ quan đơn vị có liên quan đóng trên địa bàn xã "
        "căn "
        "cứ chức năng, nhiệm vụ và phạm vi, lĩnh vực phụ trách tổ chức triển khai thực hiện kế hoạch; định kỳ 6 tháng, "
        "hàng năm đánh giá tình hình và kết quả thực hiện, báo cáo UBND xã (qua Công chức Văn hóa) để tổng hợp, báo "
        "cáo "
        "theo quy định./.",
        2024,
        ("định kỳ 6 tháng, hàng năm", "recurring", None, None),
    ),
    # seed 003 (Bắc Ninh): the deadline wins over "định kỳ tháng 11"
    (
        " Các đơn vị triển khai thực hiện trong buổi sinh hoạt chi bộ định kỳ tháng 11, hoàn thành xong trước ngày "
        "05/11/2023.",
        2023,
        ("trước ngày 05/11/2023", "date", None, "2023-11-05"),
    ),
    # seed 003, the conclusion's own III.3
    (
        "3. Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan tổ chức quán triệt, hướng dẫn triển "
        "khai, kiểm tra, giám sát việc thực hiện Kết luận này, định kỳ báo cáo Bộ Chính trị.",
        2023,
        ("định kỳ", "recurring", None, None),
    ),
    # dev 040: the deadline after a citation of the programme
    (
        "2. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan, đơn vị, địa phương xây dựng dự thảo "
        "Kế "
        "hoạch thực hiện Chương trình hành động số 104-CTr/TU của Ủy ban nhân dân tỉnh, bảo đảm đúng quy định của pháp "
        "luật, phù hợp với tình hình của địa phương. Thời gian hoàn thành xong trước ngày 05/10/2026.",
        2026,
        ("trước ngày 05/10/2026", "date", None, "2026-10-05"),
    ),
    # dev 027: "thường xuyên", then a deadline for one part: the deadline
    (
        "- Thời gian thực hiện: Thực hiện thường xuyên, riêng việc tuyên truyền, quán triệt Chỉ thị số 37-CT/TW và các "
        "Văn bản có liên quan hoàn thành trong quý II/2020.",
        2020,
        ("trong quý II/2020", "period", "2020-04-01", "2020-06-30"),
    ),
    (
        "- Làm đầu mối, theo dõi, đôn đốc và tổng hợp báo cáo tình hình triển khai thực hiện Chương trình này gửi Bộ "
        "Lao "
        "động - Thương binh và Xã hội, Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 hằng năm.",
        2020,
        ("trước ngày 30 tháng 11 hằng năm", "recurring", None, "2020-11-30"),
    ),
    # bench 108: the cited decree's date is not the deadline
    (
        "- Bộ Tài chính khẩn trương ban hành Thông tư hướng dẫn Nghị định số 41/2020/NĐ-CP ngày 08 tháng 4 năm 2020 "
        "trong tháng 5 năm 2020.",
        2020,
        ("trong tháng 5 năm 2020", "period", "2020-05-01", "2020-05-31"),
    ),
    # a task with no time frame at all (seed 004, II.1)
    (
        "- Tập trung phổ biến, quán triệt, tuyên truyền sâu rộng Kết luận số 57-KL/TW và Kế hoạch này nhằm nâng cao "
        "nhận thức, trách nhiệm của cấp uỷ, tổ chức đảng, chính quyền.",
        2023,
        None,
    ),
    # the aim a task serves is not its time frame (seed 004, II.1, its bullet under the item)
    (
        "- Nâng cao nhận thức … về công tác thông tin đối ngoại trong tình hình mới, góp phần thực hiện có hiệu quả "
        "Nghị quyết Đại hội XIII của Đảng và mục tiêu phát triển đất nước đến năm 2045.",
        2023,
        None,
    ),
    # … but a period the aim is to be reached in is (an open "đến năm" is the aim's, a closed span the task's)
    (
        "- Triển khai các giải pháp thực hiện mục tiêu của Kế hoạch trong giai đoạn 2026-2030.",
        2025,
        ("trong giai đoạn 2026-2030", "period", "2026-01-01", "2030-12-31"),
    ),
    # "hằng năm" that says which budget, target or plan (dev 016 II-2, dev 039 item 2, dev 033 item 1) …
    (
        "b) Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được giao, đề xuất bố trí kinh phí thực hiện các nhiệm "
        "vụ của kế hoạch trong dự toán ngân sách hằng năm được cấp có thẩm quyền giao./.",
        2025,
        None,
    ),
    (
        "Quán triệt sâu sắc quan điểm; đưa chỉ tiêu bảo vệ môi trường, ứng phó biến đổi khí hậu vào chỉ tiêu đánh giá "
        "kết quả thực hiện nhiệm vụ hằng năm của các cấp ủy, chính quyền và người đứng đầu.",
        2026,
        None,
    ),
    (
        "b) Các sở, ban, ngành, huyện, thị xã xây dựng kế hoạch hoạt động khoa học và công nghệ hàng năm phục vụ kế "
        "hoạch phát triển kinh tế - xã hội",
        2009,
        None,
    ),
    # … and "hằng năm" that says how often the work is done
    (
        "- Hằng năm, xây dựng kế hoạch kiểm tra công tác cải cách hành chính.",
        2025,
        ("Hằng năm", "recurring", None, None),
    ),
    (
        "- Tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh hằng năm.",
        2025,
        ("hằng năm", "recurring", None, None),
    ),
]


@pytest.mark.parametrize("text,year,expected", DUE)
def test_due_of_task_paragraphs(text, year, expected):
    due = due_of(text, year)
    assert (due and (due.text, due.kind, due.start, due.end)) == expected


def test_the_due_contract():
    due = due_of("Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2024.")
    assert due.to_dict() == {"text": "trước ngày 30/6/2024", "kind": "date", "start": None, "end": "2024-06-30"}
    assert due.deadline and isinstance(due, TimeFrame)


# --- properties

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
LETTERS = VIETNAMESE + VIETNAMESE.upper()
FRAGMENTS = [
    "trước ngày ",
    "chậm nhất ",
    "hoàn thành ",
    "xong ",
    "trong ",
    "từ ",
    "kể từ ",
    "đến ",
    "đến hết ",
    "cho đến ",
    "ngày ",
    "tháng ",
    " năm ",
    "quý ",
    "III",
    "IV",
    "giai đoạn ",
    "nhiệm kỳ ",
    "6 tháng đầu năm ",
    "cuối năm ",
    "thường xuyên",
    "hằng năm",
    "hàng quý",
    "định kỳ ",
    "liên tục",
    "Căn cứ ",
    "số 15/KH-UBND ",
    "ban hành ",
    "của ",
    "30/6/2024",
    "29/2",
    "31/4",
    "15-12-2025",
    "2026-2030",
    "2030 - 2021",
    "1944",
    "2024",
    "2101",
    "12",
    "0",
    "13",
    "32",
    "/",
    "-",
    " – ",
    ", ",
    "; ",
    ". ",
    "\n",
    " ",
    "(",
]
texts = (
    st.text()
    | st.text(alphabet=st.sampled_from(list(LETTERS + string.digits + string.punctuation + " \n–")))
    | st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=LETTERS + string.digits + " /-", max_size=8)),
        max_size=30,
    ).map("".join)
)
years = st.none() | st.integers(min_value=1900, max_value=2200)
SETTINGS = settings(
    max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def valid_iso(value):
    return value is None or datetime.date.fromisoformat(value).isoformat() == value


@SETTINGS
@given(texts, years)
def test_never_raises_and_gives_valid_ordered_dates_at_their_span(text, year):
    found = find_time_frames(text, year)
    for frame in found:
        assert frame.kind in ("date", "period", "recurring")
        assert valid_iso(frame.start) and valid_iso(frame.end)
        assert frame.start is None or frame.end is None or frame.start <= frame.end
        assert frame.text == text[frame.start_pos : frame.end_pos] and frame.text
        for value in (frame.start, frame.end):
            assert value is None or "1944-12-31" <= value <= "2100-12-31"  # "trước năm 1945" ends the day before
    assert all(a.end_pos <= b.start_pos for a, b in zip(found, found[1:], strict=False))
    due = due_of(text, year)
    assert due is None or due in found


def unaccented(text):
    """What an unaccented copy of a text reads: the marks gone, đ written d, one character for one."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append({"đ": "d", "Đ": "D"}.get(ch, base) if ch in LETTERS else ch)
    return "".join(out)


@SETTINGS
@given(texts, years)
def test_an_unaccented_copy_gives_the_same_frames(text, year):
    def meaning(t):
        return [(f.kind, f.start, f.end, f.start_pos, f.end_pos) for f in find_time_frames(t, year)]

    assert meaning(unaccented(text)) == meaning(text)
