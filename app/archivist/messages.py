"""Interface text of the archivist pages (login, upload, review, withdraw, audit log), Vietnamese and English.

Merged into :data:`app.i18n.MESSAGES` when the archivist's pages are registered.
"""

from __future__ import annotations

from app import i18n

MESSAGES: dict[str, tuple[str, str]] = {
    "arch_area": ("Lưu trữ viên", "Archivists"),
    "arch_signed_in_as": ("Lưu trữ viên: {name}", "Archivist: {name}"),
    "arch_login_title": ("Đăng nhập lưu trữ viên", "Archivist login"),
    "arch_login_intro": (
        "Chỉ lưu trữ viên cần đăng nhập, để tải lên, sửa hoặc rút văn bản. Tra cứu không cần đăng nhập.",
        "Only archivists log in, to upload, correct or withdraw documents. Searching needs no login.",
    ),
    "arch_name": ("Tên đăng nhập", "User name"),
    "arch_password": ("Mật khẩu", "Password"),
    "arch_login_button": ("Đăng nhập", "Log in"),
    "arch_logout": ("Đăng xuất", "Log out"),
    "arch_no_accounts": (
        "Chưa cấu hình tài khoản lưu trữ viên (thiết lập ARCHIVISTS).",
        "No archivist account is configured (setting ARCHIVISTS).",
    ),
    "arch_home_title": ("Khu vực lưu trữ viên", "Archivist area"),
    "arch_upload_title": ("Tải văn bản lên", "Upload documents"),
    "arch_upload_files": ("Chọn một hoặc nhiều tệp", "Choose one or several files"),
    "arch_upload_address": (
        "Địa chỉ trang web nguồn (nếu sao từ web)",
        "Address of the web page (if copied from the web)",
    ),
    "arch_upload_address_hint": (
        "Không bắt buộc. Được lưu cùng tệp; khi văn bản không ghi tỉnh, tỉnh được suy ra từ địa chỉ trang của tỉnh "
        "(ví dụ …thuathienhue.gov.vn) và đánh dấu để kiểm tra.",
        "Optional. Kept with the file; when the text names no province, the province is taken from a province's "
        "site address (e.g. …thuathienhue.gov.vn) and marked for checking.",
    ),
    "arch_upload_hint": (
        "Nhận {formats}; mỗi tệp tối đa {size}. Bản quét (PDF không có lớp chữ, ảnh PNG, JPEG, TIFF) được "
        "nhận dạng chữ (OCR), tối đa {pages} trang một tệp.",
        "Accepted: {formats}; at most {size} per file. Scans (PDF without a text layer, PNG, JPEG, TIFF images) "
        "are read by OCR, at most {pages} pages per file.",
    ),
    "arch_upload_button": ("Tải lên và xem trước", "Upload and review"),
    "arch_upload_refused": (
        "Chưa lưu tệp nào: hãy sửa các lỗi dưới đây rồi tải lên lại.",
        "Nothing was stored: correct the problems below and upload again.",
    ),
    "arch_pending": ("Tệp chờ xác nhận", "Files awaiting confirmation"),
    "arch_pending_none": ("Không có tệp nào chờ xác nhận.", "No file awaits confirmation."),
    "arch_uploaded_by": ("{name} tải lên lúc {at}", "uploaded by {name} at {at}"),
    "arch_review_title": ("Kiểm tra và xác nhận: {name}", "Review and confirm: {name}"),
    "arch_review_intro": (
        "Đây là thông tin trích xuất từ tệp. Sửa trường nào sai rồi bấm «Xác nhận và lưu vào kho».",
        "This is what was extracted from the file. Correct any field, then choose “Confirm and archive”.",
    ),
    "arch_part": ("Văn bản {part}/{parts} trong tệp", "Document {part} of {parts} in the file"),
    "arch_confirm": ("Xác nhận và lưu vào kho", "Confirm and archive"),
    "arch_discard": ("Huỷ tệp này", "Discard this file"),
    "arch_discarded": (
        "Đã huỷ tệp «{name}»; không có gì được lưu vào kho.",
        "Discarded “{name}”; nothing was archived.",
    ),
    "arch_duplicates": ("Có thể trùng với văn bản đã có trong kho", "This may duplicate an archived document"),
    "arch_keep_both": (
        "Tôi biết đây là bản trùng và vẫn muốn lưu cả hai.",
        "I know this is a duplicate and want to keep both.",
    ),
    "arch_duplicate_refused": (
        "Chưa lưu: văn bản trùng với văn bản đã có trong kho. Đánh dấu ô «lưu cả hai» nếu thật sự muốn lưu.",
        "Not archived: it duplicates an archived document. Tick “keep both” to archive it anyway.",
    ),
    "arch_open_existing": ("Mở văn bản đã có", "Open the archived document"),
    "arch_preview": ("Xem trước nội dung", "Preview of the text"),
    "arch_more_paragraphs": ("… và {n} đoạn nữa.", "… and {n} more paragraphs."),
    "arch_roles": ("Cơ quan và vai trò", "Agencies and roles"),
    "arch_role_agency": ("Cơ quan", "Agency"),
    "arch_role_role": ("Vai trò", "Role"),
    "arch_roles_hint": (
        "Xoá tên cơ quan để bỏ một dòng; điền vào dòng trống để thêm.",
        "Clear an agency's name to drop a row; fill an empty row to add one.",
    ),
    "arch_field_title": ("Trích yếu", "Subject line"),
    "arch_field_signer_title": ("Chức vụ người ký", "Signer's capacity"),
    "arch_field_level_none": ("(không rõ)", "(unknown)"),
    "arch_date_hint": ("ngày/tháng/năm", "day/month/year"),
    "arch_check_missing": ("Chưa tìm thấy — hãy điền", "Not found: please fill in"),
    "arch_check_unsure": ("Chưa chắc — hãy kiểm tra", "Unsure: please check"),
    "arch_check_from": ("Đọc từ {how}", "Read from {how}"),
    "arch_checks_summary": (
        "Cần kiểm tra {n} trường được đánh dấu; các trường khác được đọc từ vị trí quen thuộc của chúng.",
        "{n} marked fields need checking; the others were read where such documents put them.",
    ),
    "arch_checks_none": (
        "Mọi trường đều được đọc từ vị trí quen thuộc của chúng; vẫn nên xem lại nhanh.",
        "Every field was read where such documents put it; a quick look is still wise.",
    ),
    "arch_archived": ("Đã lưu vào kho và lập chỉ mục: {title}.", "Archived and indexed: {title}."),
    "arch_next_pending": ("Tiếp theo: kiểm tra «{name}».", "Next: review “{name}”."),
    "arch_manage_title": ("Quản lý văn bản: {title}", "Manage document: {title}"),
    "arch_view_public": ("Xem trang văn bản", "View the document page"),
    "arch_save": ("Lưu sửa đổi", "Save corrections"),
    "arch_saved": (
        "Đã lưu sửa đổi; văn bản đã được lập chỉ mục lại.",
        "Corrections saved; the document is re-indexed.",
    ),
    "arch_withdraw": ("Rút văn bản khỏi kho", "Withdraw the document"),
    "arch_withdraw_title": ("Rút văn bản: {title}", "Withdraw: {title}"),
    "arch_withdraw_explain": (
        "Văn bản sẽ không còn được tìm thấy trên cổng tra cứu. Tệp gốc không bị xoá: nó được "
        "chuyển vào thư mục lưu trữ «.withdrawn» của kho, và việc rút được ghi vào nhật ký.",
        "The document will no longer be found on the portal. Its original is not deleted: it moves "
        "to the archive folder “.withdrawn”, and the withdrawal is logged.",
    ),
    "arch_withdraw_reason": ("Lý do (không bắt buộc)", "Reason (optional)"),
    "arch_withdraw_confirm": ("Rút văn bản", "Withdraw"),
    "arch_withdrawn": (
        "Đã rút văn bản «{doc_id}» khỏi kho; tệp gốc được giữ trong thư mục lưu trữ.",
        "Withdrew “{doc_id}”; its original is kept in the archive folder.",
    ),
    "arch_cancel": ("Quay lại", "Back"),
    "arch_find_label": (
        "Tìm văn bản để sửa hoặc rút (số hiệu hoặc mã văn bản)",
        "Find a document to correct or withdraw (number or id)",
    ),
    "arch_find_button": ("Mở", "Open"),
    "arch_find_none": ("Không tìm thấy văn bản «{q}» trong kho.", "No document “{q}” in the archive."),
    "arch_find_many": ("Nhiều văn bản mang số «{q}»:", "Several documents are numbered “{q}”:"),
    "arch_audit_title": ("Nhật ký thay đổi", "Audit log"),
    "arch_audit_recent": ("Thay đổi gần đây", "Recent changes"),
    "arch_audit_all": ("Xem toàn bộ nhật ký", "See the whole log"),
    "arch_audit_empty": ("Chưa có thay đổi nào.", "No change yet."),
    "arch_audit_when": ("Thời điểm", "When"),
    "arch_audit_who": ("Người thực hiện", "Who"),
    "arch_audit_what": ("Việc", "What"),
    "arch_audit_doc": ("Văn bản", "Document"),
    "arch_audit_details": ("Chi tiết", "Details"),
    "arch_action_upload": ("Tải lên", "Upload"),
    "arch_action_correct": ("Sửa thông tin", "Correction"),
    "arch_action_withdraw": ("Rút khỏi kho", "Withdrawal"),
    "arch_via_web": ("web", "web"),
    "arch_via_api": ("API", "API"),
    "arch_via_cli": ("dòng lệnh", "command line"),
    "arch_kept_duplicate": ("lưu dù trùng", "kept although a duplicate"),
    "arch_reading_title": ("Đang nhận dạng chữ: {name}", "Reading the scan: {name}"),
    "arch_reading_progress": (
        "Đã đọc {done}/{total} trang bằng nhận dạng chữ (OCR). Trang này tự làm mới; "
        "bạn có thể làm việc khác và quay lại sau.",
        "{done} of {total} pages read by OCR. This page refreshes by itself; you may do something else and come back.",
    ),
    "arch_scan_pages": ("Các trang quét và chữ nhận dạng được", "The scanned pages and the text read from them"),
    "arch_scan_intro": (
        "Mỗi trang: ảnh bên trái, chữ nhận dạng được bên phải. Hãy đối chiếu số, ngày (được tô) và các chữ "
        "chưa chắc (gạch chân, khoanh trên ảnh) trước khi xác nhận.",
        "Each page: the image on the left, the text read on the right. Compare the numbers and dates "
        "(highlighted) and the unsure words (underlined, outlined on the image) before confirming.",
    ),
    "arch_scan_page": (
        "Trang {number} — độ tin cậy {confidence}%, {unsure} chữ chưa chắc",
        "Page {number}: confidence {confidence}%, {unsure} unsure words",
    ),
    "arch_scan_image": ("Ảnh trang {number}", "Image of page {number}"),
    "arch_edit_page_text": ("Sửa chữ trang {number}", "Correct the text of page {number}"),
    "arch_edit_page_text_hint": (
        "Chữ bạn sửa ở đây thay cho chữ nhận dạng được, được lưu kèm tệp và dùng để tìm kiếm và trích xuất lại.",
        "The text you correct here replaces what OCR read; it is kept with the file, searched and extracted again.",
    ),
    "arch_tasks": ("Nhiệm vụ văn bản giao", "Tasks the document assigns"),
    "arch_tasks_hint": (
        "Mỗi cơ quan một dòng (hoặc cách nhau bằng dấu ;). Thời hạn ghi như văn bản viết, ví dụ «trước ngày "
        "30/6/2025», «quý III/2025», «hằng năm»: ngày tháng được đọc lại từ đó. Bỏ chọn một nhiệm vụ đã bỏ để "
        "lấy lại nó.",
        "One agency a line (or separated by ;). Write the time frame as the document does, e.g. «trước ngày "
        "30/6/2025», «quý III/2025», «hằng năm»: its dates are read from it. Untick a dropped task to bring it back.",
    ),
    "arch_task_drop": ("Bỏ nhiệm vụ này (không phải nhiệm vụ)", "Drop this task (it is no task)"),
    "arch_task_dropped": ("Đã bỏ nhiệm vụ này", "This task is dropped"),
    "arch_task_due_hint": ("lời văn của thời hạn", "the words of the time frame"),
    "arch_mark_legend": (
        "Chú thích: số hiệu, ngày, chữ chưa chắc",
        "Key: number, date, unsure word",
    ),
}


def install() -> None:
    i18n.MESSAGES.update(MESSAGES)
