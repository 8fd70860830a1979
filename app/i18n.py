"""Interface text in Vietnamese (the default) and English.

The language comes from ``?lang=`` (remembered in a cookie), else the cookie,
else ``DEFAULT_LANG``.  Templates call ``t("key", **values)``.
"""

from __future__ import annotations

from flask import current_app, g, request

from indexer import CHAIN_LEVEL_TERMS, ROLE_TERMS

LANGS = ("vi", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    "site_name": ("Kho văn bản chỉ đạo", "Directive archive"),
    "site_tagline": (
        "Tra cứu kế hoạch, kết luận, nghị quyết, chỉ thị, công văn",
        "Search plans, conclusions, resolutions, directives and letters",
    ),
    "skip_to_content": ("Bỏ qua, tới nội dung chính", "Skip to main content"),
    "search_label": ("Tìm trong kho văn bản", "Search the archive"),
    "search_placeholder": (
        "ví dụ: thông tin đối ngoại Cao Bằng, hoặc 57-KL/TW",
        "e.g. thong tin doi ngoai Cao Bang, or 57-KL/TW",
    ),
    "search_button": ("Tìm", "Search"),
    "search_hint": (
        'Gõ có dấu hoặc không dấu. Dùng "…" cho cụm từ, -từ để loại trừ, hoặc gõ một số hiệu; '
        'lọc ngay trong ô: nam:2023, cap:xa, loai:"ke hoach".',
        'With or without diacritics. Use "…" for a phrase, -word to exclude, or type a directive number; '
        'filter in the box: nam:2023, cap:xa, loai:"ke hoach".',
    ),
    "example_query": ("Ví dụ", "Example"),
    "results_count": ("{total} văn bản", "{total} documents"),
    "results_for": ("cho «{query}»", "for “{query}”"),
    "no_results": ("Không tìm thấy văn bản nào.", "No document found."),
    "past_end": ("Trang {page} nằm sau trang cuối (trang {pages}).", "Page {page} is past the last page ({pages})."),
    "last_page": ("Về trang cuối", "Go to the last page"),
    "did_you_mean": ("Có phải bạn muốn tìm", "Did you mean"),
    "notice_some_words_missing": (
        "Không văn bản nào có đủ mọi từ đã gõ; dưới đây là các văn bản có nhiều từ nhất.",
        "No document holds every word; these hold the most of them.",
    ),
    "notice_too_long": ("Truy vấn quá dài: chỉ dùng phần đầu.", "The query is too long: only its beginning is used."),
    "filters": ("Bộ lọc", "Filters"),
    "active_filters": ("Đang lọc", "Active filters"),
    "remove_filter": ("Bỏ lọc {label}", "Remove filter {label}"),
    "clear_filters": ("Bỏ mọi bộ lọc", "Clear all filters"),
    "apply_filters": ("Áp dụng", "Apply"),
    "facet_issuer": ("Cơ quan ban hành", "Issuer"),
    "facet_year": ("Năm", "Year"),
    "facet_number": ("Số hiệu", "Number"),
    "facet_doc_type": ("Loại văn bản", "Document type"),
    "facet_level": ("Cấp", "Level"),
    "facet_province": ("Tỉnh, thành phố", "Province"),
    "facet_implements": ("Thực hiện văn bản", "Implements"),
    "facet_role": ("Vai trò", "Role"),
    "facet_agency": ("Cơ quan", "Agency"),
    "facet_agency_lead": ("Cơ quan chủ trì", "Leading agency"),
    "facet_agency_coordinate": ("Cơ quan phối hợp", "Coordinating agency"),
    "facet_agency_assigned": ("Cơ quan được giao", "Assigned agency"),
    "facet_agency_recipient": ("Nơi nhận", "Recipients"),
    "more_values": ("Xem thêm", "Show more"),
    "timeline": ("Số văn bản theo năm", "Documents per year"),
    "timeline_bar": ("{year}: {count} văn bản — lọc theo năm này", "{year}: {count} documents — filter by this year"),
    "pagination": ("Phân trang", "Pagination"),
    "previous": ("Trang trước", "Previous"),
    "next": ("Trang sau", "Next"),
    "page_n": ("Trang {page}", "Page {page}"),
    "export": ("Xuất danh sách", "Export list"),
    "export_csv": ("CSV", "CSV"),
    "export_json": ("JSON", "JSON"),
    "export_file": ("kết quả tìm kiếm", "search results"),
    "export_file_for": ("kết quả {query}", "results {query}"),
    "column_doc_id": ("Mã văn bản", "Document id"),
    "column_title": ("Trích yếu", "Subject"),
    # Date range, order and feeds of a search (issue 23)
    "facet_dates": ("Ngày ký", "Signed"),
    "date_from": ("Từ ngày", "From"),
    "date_to": ("Đến ngày", "To"),
    "sort_label": ("Sắp xếp", "Sort"),
    "sort_relevance": ("Liên quan nhất", "Most relevant"),
    "sort_newest": ("Mới nhất", "Newest"),
    "sort_oldest": ("Cũ nhất", "Oldest"),
    "feed_link": ("Theo dõi (Atom)", "Follow (Atom)"),
    "feed_archive": ("Kho văn bản chỉ đạo: văn bản mới", "Directive archive: new documents"),
    "feed_search": ("Văn bản mới cho «{query}»", "New documents for “{query}”"),
    "feed_chain": ("Văn bản mới trích dẫn hoặc thực hiện {label}", "New documents citing or implementing {label}"),
    "column_url": ("Đường dẫn", "Link"),
    "untitled": ("(không có trích yếu)", "(no subject line)"),
    "no_number": ("không số", "no number"),
    "no_date": ("không ghi ngày", "undated"),
    "partial_month": ("tháng {m}/{y} (văn bản để trống ngày)", "{m}/{y} (the day is left blank)"),
    "partial_year": ("năm {y} (văn bản để trống ngày, tháng)", "{y} (the day and month are left blank)"),
    "issued_by": ("của {issuer}", "by {issuer}"),
    "open_passage": ("Mở đoạn {section}", "Open paragraph {section}"),
    "place_recipients": ("Nơi nhận", "Recipients"),
    "toc": ("Mục lục", "Contents"),
    "tasks_of": ("Nhiệm vụ giao trong", "Tasks assigned by"),
    "tasks_link": ("Nhiệm vụ: ai làm gì, đến khi nào", "Tasks: who does what, by when"),
    "tasks_count": ("{n} nhiệm vụ", "{n} tasks"),
    "tasks_none": (
        "Văn bản này không giao nhiệm vụ nào cho cơ quan được nêu tên.",
        "This document assigns no task to a named body.",
    ),
    "task_col_anchor": ("Mục", "Item"),
    "task_col_text": ("Nhiệm vụ", "Task"),
    "task_col_lead": ("Chủ trì", "Lead"),
    "task_col_coordinate": ("Phối hợp", "Coordinate"),
    "task_col_assigned": ("Được giao", "Assigned"),
    "task_col_due": ("Thời hạn", "Time frame"),
    "task_col_doc": ("Văn bản giao", "Assigned by"),
    "task_col_date": ("Ngày văn bản", "Document date"),
    "task_col_url": ("Liên kết", "Link"),
    "task_list_nav": ("Nhiệm vụ", "Tasks"),
    "task_list_link": ("Mọi nhiệm vụ trong kho", "Every task of the archive"),
    "task_list_title": ("Nhiệm vụ trong kho văn bản", "Tasks of the archive"),
    "task_list_search": ("Tìm trong nội dung nhiệm vụ", "Search the tasks' text"),
    "task_list_hint": (
        "Gõ có dấu hoặc không dấu; nhiệm vụ phải có mọi từ đã gõ. Văn bản mới nhất trước.",
        "With or without diacritics; a task must hold every word. Newest documents first.",
    ),
    "task_list_none": ("Không có nhiệm vụ nào khớp.", "No task matches."),
    "task_list_caption": ("Nhiệm vụ, trang {page}/{pages}", "Tasks, page {page} of {pages}"),
    "tasks_of_agency": ("Mọi nhiệm vụ của {agency} trong kho", "Every task of {agency} in the archive"),
    "task_export_ics": ("Lịch (iCalendar)", "Calendar (iCalendar)"),
    "task_facet_due": ("Thời hạn", "Time frame"),
    "task_facet_agency": ("Cơ quan", "Agency"),
    "task_facet_role": ("Vai trò", "Role"),
    "task_facet_agency_lead": ("Cơ quan chủ trì", "Leading agency"),
    "task_facet_agency_coordinate": ("Cơ quan phối hợp", "Coordinating agency"),
    "task_facet_agency_assigned": ("Cơ quan được giao", "Assigned agency"),
    "task_facet_province": ("Tỉnh, thành phố", "Province"),
    "task_facet_level": ("Cấp", "Level"),
    "task_facet_doc": ("Văn bản giao", "Assigning document"),
    "due_month": ("Đến hạn trong tháng này", "Due this month"),
    "due_quarter": ("Đến hạn trong quý này", "Due this quarter"),
    "due_overdue": ("Đã quá hạn", "Overdue"),
    "due_recurring": ("Định kỳ, thường xuyên", "Recurring"),
    "due_dated": ("Có ngày hạn", "With a due date"),
    "compare_of": ("Ma trận thực hiện {label}", "Implementation matrix of {label}"),
    "compare_link": ("Ma trận thực hiện: nhiệm vụ nào, văn bản nào", "Implementation matrix: which task, where"),
    "compare_intro": (
        "Mỗi dòng là một nhiệm vụ của văn bản; mỗi cột là một văn bản thực hiện nó. Ô ghi mục của văn bản thực hiện "
        "tiếp nhận nhiệm vụ đó và độ tương đồng (0–1); ô trống: không mục nào đủ giống.",
        "Each row is a task of the document; each column a document implementing it. A cell names the item of the "
        "implementing document that takes the task up, with its similarity (0–1); an empty cell: no item is alike "
        "enough.",
    ),
    "compare_task": ("Nhiệm vụ", "Task"),
    "compare_empty": ("không có", "none"),
    "compare_best": ("gần nhất: {score}", "closest: {score}"),
    "compare_added": ("Nhiệm vụ văn bản thực hiện bổ sung", "Tasks the implementing documents add"),
    "compare_added_none": ("Không có nhiệm vụ bổ sung.", "No task added."),
    "compare_no_tasks": ("Văn bản này không giao nhiệm vụ nào.", "This document assigns no task."),
    "undated": ("Không ghi ngày", "Undated"),
    "source_part_note": (
        "Tệp gốc chứa nhiều văn bản; văn bản này là phần {part}/{parts}, được tô nền, phần còn lại mờ đi.",
        "The original file holds several documents; this one is part {part} of {parts}, shaded; the rest is dimmed.",
    ),
    "source_part_jump": ("Đến phần của văn bản này ›", "Go to this document's part ›"),
    "source_part_begins": ("▼ Văn bản này bắt đầu", "▼ This document begins"),
    "source_part_ends": ("▲ Văn bản này kết thúc", "▲ This document ends"),
    "issuer_documents": ("Các văn bản của cơ quan này trong kho", "This body's documents in the archive"),
    "agency_documents": (
        "Các văn bản giao cơ quan này vai trò «{role}»",
        "Documents giving this body the role '{role}'",
    ),
    "agency_documents_short": ("văn bản ›", "documents ›"),
    "place_signature": ("phần ký", "signature"),
    "place_paragraph": ("đoạn {n}", "paragraph {n}"),
    "metadata": ("Thông tin văn bản", "Document details"),
    "field_doc_type": ("Loại", "Type"),
    "field_number": ("Số hiệu", "Number"),
    "field_issuer": ("Cơ quan ban hành", "Issuer"),
    "field_level": ("Cấp", "Level"),
    "field_province": ("Tỉnh, thành phố", "Province"),
    "field_date": ("Ngày ký", "Signed on"),
    "field_signer": ("Người ký", "Signed by"),
    "field_source": ("Tệp gốc", "Original file"),
    "view_source": ("Xem bản gốc", "View the original"),
    "field_text_from": ("Nguồn chữ", "Text"),
    "text_from_ocr": (
        "nhận dạng từ ảnh quét (OCR): {pages} trang, độ tin cậy trung bình {confidence}%",
        "read from a scan by OCR: {pages} pages, mean confidence {confidence}%",
    ),
    "text_from_tcvn3": (
        "gõ bằng phông TCVN3 (ABC, .VnTime), đã chuyển sang Unicode",
        "typed in a TCVN3 font (ABC, .VnTime), converted to Unicode",
    ),
    "text_from_vni": (
        "gõ bằng phông VNI (VNI-Times), đã chuyển sang Unicode",
        "typed in a VNI font (VNI-Times), converted to Unicode",
    ),
    "ocr_source_note": (
        "Chữ của văn bản này được nhận dạng từ ảnh quét (OCR) và có thể có lỗi; hãy đối chiếu với ảnh các trang.",
        "The text of this document was read from a scan by OCR and may hold errors; compare it with the page images.",
    ),
    "page_image": ("Ảnh trang {number}", "Image of page {number}"),
    "agencies": ("Cơ quan và vai trò", "Agencies and roles"),
    "references": ("Văn bản được dẫn chiếu", "Documents cited"),
    "basis_mark": ("căn cứ", "basis"),
    "not_in_archive": ("chưa có trong kho", "not in the archive"),
    "cited_by": ("Văn bản dẫn chiếu văn bản này", "Documents citing this one"),
    "implemented_by": ("Văn bản thực hiện văn bản này", "Documents implementing this one"),
    "none": ("Không có", "None"),
    "related": ("Văn bản cùng chủ đề", "Related documents"),
    "related_shared": ("Cùng có", "Both have"),
    "find_in_doc": ("Tìm trong văn bản", "Find in this document"),
    "find_in_doc_go": ("Tìm", "Find"),
    "find_in_doc_previous": ("Chỗ trước", "Previous match"),
    "find_in_doc_next": ("Chỗ sau", "Next match"),
    "find_in_doc_none": ("Không thấy", "Not found"),
    "paragraph_link": ("Liên kết tới đoạn này", "Link to this paragraph"),
    "copy_citation": ("Chép trích dẫn", "Copy citation"),
    "citation_copied": ("Đã chép trích dẫn", "Citation copied"),
    "citation": ("Trích dẫn", "Citation"),
    "section_word": ("mục", "section"),
    "back_to_results": ("Quay lại kết quả tìm kiếm", "Back to the results"),
    "language": ("Ngôn ngữ", "Language"),
    "switch_language": ("English", "Tiếng Việt"),
    "error_title": ("Có lỗi", "Something went wrong"),
    "error_404_title": ("Không tìm thấy", "Not found"),
    "error_400_title": ("Yêu cầu không hợp lệ", "Bad request"),
    "error_404_doc": ("Không có văn bản «{doc_id}» trong kho.", "There is no document “{doc_id}” in the archive."),
    "error_404_page": ("Không có trang này.", "There is no such page."),
    "error_404_number": ("Kho chưa có văn bản số {number}.", "The archive holds no document numbered {number}."),
    "error_search_again": ("Thử tìm lại:", "Try another search:"),
    "similar_numbers": ("Số hiệu gần giống trong kho", "Similar numbers in the archive"),
    "bad_param": ("Tham số «{name}» không hợp lệ.", "Unknown parameter “{name}”."),
    "bad_page": ("Số trang phải là số nguyên dương.", "The page must be a positive whole number."),
    "footer": (
        "Kho lưu trữ văn bản chỉ đạo — dữ liệu từ các văn bản gốc trong kho.",
        "Directive archive — built from the original documents it holds.",
    ),
    "main_nav": ("Điều hướng chính", "Main navigation"),
    "home": ("Trang chủ", "Home"),
    "source_of": ("Bản gốc của", "Original of"),
    "source_address": ("Sao từ trang:", "Copied from:"),
    "chain": ("Chuỗi thực hiện", "Implementation chain"),
    "chain_of": ("Chuỗi thực hiện {label}", "Implementation chain of {label}"),
    "chain_view": ("Xem chuỗi thực hiện", "View the implementation chain"),
    "chain_none": ("Kho chưa có văn bản nào thực hiện văn bản này.", "No archived document implements this one yet."),
    "chain_by_province": ("Theo tỉnh, thành phố", "By province"),
    "implements": ("Văn bản này thực hiện", "This document implements"),
    "implementing_search": ("Tìm mọi văn bản thực hiện {number}", "Find every document implementing {number}"),
    "missing_title": ("Văn bản được dẫn chiếu nhưng chưa có trong kho", "Documents cited but not in the archive"),
    "missing_intro": (
        "Các văn bản dưới đây được văn bản trong kho dẫn chiếu nhưng kho chưa có; "
        "văn bản được dẫn chiếu nhiều nhất đứng đầu — nên sưu tầm trước.",
        "Documents the archive cites but does not hold, most cited first: what to collect next.",
    ),
    "missing_count": ("{count} văn bản dẫn chiếu", "cited by {count}"),
    "missing_link": ("Văn bản còn thiếu", "Missing documents"),
    "missing_as_cited": ("Theo văn bản dẫn chiếu", "As its citations describe it"),
    "missing_level": ("Cấp, tỉnh", "Level, province"),
    "missing_placeholder": (
        "chưa có trong kho: văn bản dưới đây thực hiện văn bản trên qua văn bản này",
        "not in the archive: the documents below implement the one above through it",
    ),
    "chain_missing": ("{count} văn bản trung gian chưa có trong kho", "{count} intermediate documents not archived"),
    "number_cited_by": ("Văn bản trong kho dẫn chiếu số {number}", "Archived documents citing {number}"),
    "number_cited_as": ("Các văn bản đó ghi là", "They cite it as"),
    "cites_number": ("Văn bản dẫn chiếu số {number}", "Documents citing {number}"),
    "cites_this_number": ("Văn bản dẫn chiếu số này", "Documents citing this number"),
    "facet_cites": ("Dẫn chiếu số", "Cites"),
    # The help page (/tro-giup, issue 23): one row per operator of the search box.
    "help_link": ("Cách tìm", "How to search"),
    "help_title": ("Cách tìm trong kho", "How to search the archive"),
    "help_intro": (
        "Các cách dưới đây dùng chung được với nhau trong ô tìm. Bấm vào ví dụ để xem kết quả.",
        "The operators below can be combined in the search box. Follow an example to see its results.",
    ),
    "help_operator": ("Cách gõ", "Operator"),
    "help_example": ("Ví dụ", "Example"),
    "help_words": ("Từ, có dấu", "Words, with diacritics"),
    "help_plain": ("Từ, không dấu: khớp cả chữ có dấu", "Words without diacritics: they match the accented ones"),
    "help_phrase": ('"Cụm từ": các từ liền nhau, đúng thứ tự', '"A phrase": the words together, in order'),
    "help_exclude": ('-từ hoặc -"cụm từ": bỏ văn bản có nó', '-word or -"a phrase": leave out what holds it'),
    "help_number": (
        "Một số hiệu, viết kiểu nào cũng được (57-KL/TW, 57 kl tw, kết luận 57): mở văn bản đó",
        "A directive number in any spelling (57-KL/TW, 57 kl tw, kết luận 57): opens that document",
    ),
    "help_field_so": ("so: số hiệu (bộ lọc «Số hiệu»)", "so: the number (the Number filter)"),
    "help_field_loai": (
        'loai: loại văn bản (kế hoạch, kết luận, công văn…); nhiều từ thì để trong "…"',
        'loai: the document type (kế hoạch, kết luận, công văn…); several words in "…"',
    ),
    "help_field_cap": ("cap: cấp ban hành: trung-uong, tinh, huyen, xa", "cap: the level: trung-uong, tinh, huyen, xa"),
    "help_field_tinh": ("tinh: tỉnh, thành phố", "tinh: the province"),
    "help_field_nam": (
        "nam: năm ký, một năm (nam:2023) hoặc một khoảng (nam:2019..2023)",
        "nam: the signing year, one (nam:2023) or a range (nam:2019..2023)",
    ),
    "help_field_co_quan": (
        "co-quan: cơ quan được nêu trong văn bản, gõ phần đầu tên là đủ (mọi Ban Tuyên giáo)",
        "co-quan: an agency the document names; the start of its name is enough (every Ban Tuyên giáo)",
    ),
    "help_fields_note": (
        "Tên trường và giá trị gõ có dấu hay không dấu đều được (loại:, cấp:xã, tỉnh:, năm:, cơ-quan:). "
        "Mỗi trường thành một bộ lọc, hiện ở «Đang lọc» và bỏ được như bộ lọc khác.",
        "Field names and values work with or without diacritics (loại:, cấp:xã, tỉnh:, năm:, cơ-quan:). "
        "Each field becomes a filter, shown under Active filters and removable like the others.",
    ),
    "help_dates": (
        "Từ ngày, đến ngày: khoảng ngày ký (dưới ô tìm)",
        "From, to: the signing-date range (under the box)",
    ),
    "help_sort": (
        "Sắp xếp: liên quan nhất, mới nhất, cũ nhất (dưới ô tìm)",
        "Sort: most relevant, newest, oldest (under the box)",
    ),
    "help_facets": (
        "Bộ lọc bên cạnh kết quả: cơ quan ban hành, năm, số hiệu, loại, cấp, vai trò, cơ quan, tỉnh",
        "The filters beside the results: issuer, year, number, type, level, role, agency, province",
    ),
}
# The names of levels and roles: "level_commune", "role_lead" (indexer.vocabulary).
MESSAGES.update({f"level_{term.value}": (term.vi, term.en) for term in CHAIN_LEVEL_TERMS})
MESSAGES.update({f"role_{term.value}": (term.vi, term.en) for term in ROLE_TERMS})


def lang() -> str:
    if "lang" not in g:
        chosen = request.args.get("lang")
        if chosen not in LANGS:
            chosen = request.cookies.get("lang")
        g.lang = chosen if chosen in LANGS else current_app.config["DEFAULT_LANG"]
    return g.lang


def t(key: str, **values) -> str:
    vi, en = MESSAGES[key]
    text = en if lang() == "en" else vi
    return text.format(**values) if values else text


def language_url(other: str) -> str:
    """This page in the other language."""
    from urllib.parse import quote, urlencode

    pairs = [(k, v) for k, v in request.args.items(multi=True) if k != "lang"] + [("lang", other)]
    return quote(request.path) + "?" + urlencode(pairs)  # the path as a URL writes it: a %00 stays %00


def remember_language(response):
    """Keep an explicit ``?lang=`` choice in a cookie."""
    chosen = request.args.get("lang")
    if chosen in LANGS and request.cookies.get("lang") != chosen:
        response.set_cookie("lang", chosen, max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
    return response
