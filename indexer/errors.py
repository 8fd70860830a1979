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

    def for_subject(self, subject: str) -> "ArchiveError":
        """Return the same error, naming the file or value it is about."""
        self.subject = subject
        self.args = (str(self),)
        return self


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
            "Không nhận ra mã hoá ký tự của tệp. Chỉ nhận UTF-8, UTF-16 hoặc Windows-1258; "
            "tệp soạn bằng phông TCVN3 (ABC) hay VNI cần chuyển sang Unicode trước.",
            "unrecognised character encoding: only UTF-8, UTF-16 and Windows-1258 are accepted; "
            "convert TCVN3/VNI files to Unicode first",
        )


class UnsupportedFormat(UnreadableFile):
    code = "unsupported_format"
    status = 415

    def __init__(self, extension: str, accepted: str):
        super().__init__(
            f"Định dạng tệp «{extension or 'không có đuôi'}» không được hỗ trợ; chỉ nhận {accepted}.",
            f"unsupported file type '{extension or 'no extension'}'; accepted: {accepted}",
        )
