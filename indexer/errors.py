"""The errors the library raises, each with a precise message for people.

Every error has a stable ``code`` (for programs and tests), a Vietnamese
message (what the portal shows) and an English one (the CLI prints both).
"""

from __future__ import annotations


class ArchiveError(Exception):
    """Base class: something a user did or gave cannot be processed."""

    code = "archive_error"
    status = 400

    def __init__(self, message_vi: str, message_en: str, *, subject: str | None = None):
        self.message_vi = message_vi
        self.message_en = message_en
        self.subject = subject
        super().__init__(str(self))

    def __str__(self) -> str:
        prefix = f"{self.subject}: " if self.subject else ""
        return f"{prefix}{self.message_vi} ({self.message_en})"

    def for_subject(self, subject: str) -> ArchiveError:
        """Return the same error, naming the file or value it is about."""
        self.subject = subject
        self.args = (str(self),)
        return self

    def __reduce__(self):
        # Errors raised in the upload helper process come back pickled; the subclasses' constructors
        # take other arguments than ``args``, so the error is rebuilt from its attributes.
        return _rebuilt, (self.__class__, self.args, dict(self.__dict__))


def _rebuilt(cls: type, args: tuple, state: dict) -> ArchiveError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class UnreadableFile(ArchiveError):
    """A file that cannot be turned into text: empty, binary, unknown encoding or format."""

    code = "unreadable_file"
    status = 422


class EmptyFile(UnreadableFile):
    code = "empty_file"

    def __init__(self):
        super().__init__("Tệp rỗng, không có nội dung văn bản.", "the file is empty")


class BinaryFile(UnreadableFile):
    code = "binary_file"

    def __init__(self, what: str | None = None):
        vi = "Tệp nhị phân, không phải văn bản"
        en = "binary data, not text"
        if what:
            vi += f" (có vẻ là {what})"
            en += f" (looks like {what})"
        super().__init__(vi + ".", en)


class UndecodableText(UnreadableFile):
    code = "undecodable_text"

    def __init__(self):
        super().__init__(
            "Không nhận ra mã hoá ký tự của tệp. Chỉ nhận UTF-8, UTF-16, Windows-1258 và văn bản gõ bằng phông "
            "TCVN3 (ABC) hay VNI; hãy lưu lại tệp dạng Unicode (UTF-8) rồi tải lên.",
            "unrecognised character encoding: only UTF-8, UTF-16, Windows-1258 and text typed in the TCVN3 (ABC) "
            "or VNI fonts are read; save the file as Unicode (UTF-8) and upload it again",
        )


class UnsupportedFormat(UnreadableFile):
    code = "unsupported_format"
    status = 415

    def __init__(self, extension: str, accepted: str):
        super().__init__(
            f"Định dạng tệp «{extension or 'không có đuôi'}» không được hỗ trợ; chỉ nhận {accepted}.",
            f"unsupported file type '{extension or 'no extension'}'; accepted: {accepted}",
        )


class ReaderMissing(UnreadableFile):
    """The server lacks the program a format is read with: not the file's fault, so not a 4xx."""

    code = "reader_missing"
    status = 503

    def __init__(self, extension: str, program: str):
        super().__init__(
            f"Máy chủ chưa cài chương trình đọc tệp «{extension}» ({program}); hãy báo người quản trị, "
            "hoặc lưu tệp sang định dạng khác (.docx, .pdf) rồi tải lên.",
            f"the server cannot read '{extension}' files: {program} is not installed",
        )


def human_size(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class FileTooLarge(ArchiveError):
    code = "file_too_large"
    status = 413

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(
            f"Tệp quá lớn: mỗi tệp tải lên tối đa {human_size(limit)}.",
            f"the file is too large: at most {human_size(limit)} per file",
        )


class BadFileName(ArchiveError):
    code = "bad_file_name"
    status = 400

    def __init__(self, reason_vi: str, reason_en: str):
        super().__init__(f"Tên tệp không hợp lệ: {reason_vi}.", f"invalid file name: {reason_en}")


class BadAddress(ArchiveError):
    """The address given for the web page a file was copied from is no web address."""

    code = "bad_address"
    status = 400

    def __init__(self, reason_vi: str, reason_en: str):
        super().__init__(f"Địa chỉ trang nguồn không hợp lệ: {reason_vi}.", f"invalid source page address: {reason_en}")


class ExtensionMismatch(UnsupportedFormat):
    """The name says one format, the bytes another (``ke-hoach.pdf`` holding a Word file)."""

    code = "extension_mismatch"

    def __init__(self, extension: str, what_vi: str, what_en: str):
        UnreadableFile.__init__(
            self,
            f"Tệp có đuôi «{extension}» nhưng nội dung là {what_vi}; hãy lưu lại đúng định dạng "
            "hoặc đổi đuôi cho đúng rồi tải lên lại.",
            f"the file is named '{extension}' but holds {what_en}",
        )


class CorruptDocument(UnreadableFile):
    """A PDF or Word file whose structure is broken (truncated, not a zip, not a Word document)."""

    code = "corrupt_document"

    def __init__(self, what_vi: str, what_en: str):
        super().__init__(what_vi, what_en)


class ZipBomb(UnreadableFile):
    code = "zip_bomb"

    def __init__(self, unpacked: int, limit: int):
        super().__init__(
            f"Tệp .docx giải nén ra tới {human_size(unpacked)} (giới hạn {human_size(limit)}): "
            "không phải một văn bản thông thường, có thể là tệp độc hại (zip bomb); tệp bị từ chối.",
            f"the .docx unpacks to {human_size(unpacked)} (limit {human_size(limit)}): refused as a possible zip bomb",
        )


class EncryptedPdf(UnreadableFile):
    code = "encrypted_pdf"

    def __init__(self):
        super().__init__(
            "Tệp PDF được mã hoá (đặt mật khẩu), không đọc được nội dung; hãy gỡ mật khẩu "
            "(in hoặc lưu lại thành PDF không mã hoá) rồi tải lên lại.",
            "the PDF is encrypted (password-protected); save an unencrypted copy and upload that",
        )


class NoTextLayer(UnreadableFile):
    code = "no_text_layer"

    def __init__(self):
        super().__init__(
            "Tệp PDF không có lớp văn bản (bản quét, chỉ có hình ảnh): không trích được chữ. "
            "Hãy nhận dạng chữ (OCR) trước, hoặc tải lên bản Word/PDF gốc có chữ.",
            "the PDF has no text layer (a scan, images only); run OCR first or upload the original",
        )


class StorageFailed(ArchiveError):
    """The file could not be written (disk full, no permission…): nothing was kept of it."""

    code = "storage_failed"
    status = 507  # Insufficient Storage

    def __init__(self, reason: str):
        super().__init__(
            f"Không lưu được tệp vào kho ({reason}); chưa có gì được lưu. Hãy báo quản trị viên giải phóng ổ đĩa "
            "rồi tải lên lại.",
            f"the file could not be stored ({reason}); nothing was kept. Ask the administrator to free disk space, "
            "then upload again",
        )

    @classmethod
    def from_os_error(cls, exc: OSError) -> StorageFailed:
        import errno

        reason = {
            errno.ENOSPC: "ổ đĩa đầy / disk full",
            errno.EDQUOT: "hết hạn mức đĩa / disk quota exceeded",
            errno.EACCES: "không có quyền ghi / permission denied",
            errno.EROFS: "ổ đĩa chỉ đọc / read-only disk",
        }
        return cls(reason.get(exc.errno, exc.strerror or type(exc).__name__))
