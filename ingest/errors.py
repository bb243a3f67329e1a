"""The errors vbgraph raises on purpose, and the one way a message reaches its reader.

Every message a user can see (the CLI's stderr, the API's problem `detail`, the view's error
page) is said in Vietnamese first, then " / " and the English, as the run summaries are
("Đã xử lý 4 tệp / files"): "tệp rỗng / the file is empty". An error carries both halves
(`vi`, `en`) and, when it is about one file, code or store, that `subject`, said once before
them: "a.pdf: không có lớp chữ (bản scan?), hãy chạy OCR trước / no text layer (scanned
PDF?); run OCR first". A library's own words (an OS error, a driver's) go at the end of the
English half. `str(error)` joins them (`bilingual`); nothing else spells the convention.

The API maps every `VbgraphError` to one problem+json response in one place; nothing under
`ingest/` or `graph/` knows about HTTP beyond the `status` number carried here.
"""

from __future__ import annotations

import errno
from typing import Any, Self

SEPARATOR = " / "  # between the Vietnamese and the English of one message


def bilingual(vi: str, en: str, *, subject: str | None = None) -> str:
    """A message as its reader sees it: `subject` (a file, a code), the Vietnamese, " / ",
    the English.

    >>> bilingual("tệp rỗng", "the file is empty", subject="a.txt")
    'a.txt: tệp rỗng / the file is empty'
    """
    said = f"{vi}{SEPARATOR}{en}"
    return f"{subject}: {said}" if subject else said


class VbgraphError(Exception):
    """Root of every error vbgraph raises on purpose.

    `status` is the HTTP status the API maps it to; `vi` and `en` say what went wrong and what
    to do, `subject` names what it is about (said once, before both).
    """

    status = 500

    def __init__(self, vi: str, en: str, *, subject: str | None = None) -> None:
        super().__init__(vi, en)
        self.vi = vi
        self.en = en
        self.subject = subject

    def __str__(self) -> str:
        return bilingual(self.vi, self.en, subject=self.subject)

    def about(self, subject: str) -> Self:
        """This error, said of `subject` when it names nothing yet (an extraction error, of
        the file it came from)."""
        if not self.subject:
            self.subject = subject
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its attributes, not from its arguments (subclasses take others, as
        # DocumentNotFound does): errors cross from extraction workers to the writer.
        return (_rebuilt, (type(self), dict(self.__dict__)))


def _rebuilt(cls: type[VbgraphError], state: dict[str, Any]) -> VbgraphError:
    error = cls.__new__(cls)
    Exception.__init__(error, state.get("vi"), state.get("en"))
    error.__dict__.update(state)
    return error


# What the OS said, in Vietnamese, for the failures a reader meets with files and folders.
_OS_REASONS = {
    errno.ENOENT: "không có tệp hay thư mục này",
    errno.EACCES: "không có quyền truy cập",
    errno.EPERM: "không được phép",
    errno.EISDIR: "đây là thư mục, không phải tệp",
    errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.ENAMETOOLONG: "tên tệp quá dài",
    errno.EEXIST: "tệp đã có",
    errno.EIO: "lỗi đọc ghi đĩa",
}


def os_reason(exc: OSError) -> tuple[str, str]:
    """Why an OS call failed, (Vietnamese, English): "không có tệp hay thư mục này", "No such
    file or directory"."""
    en = exc.strerror or str(exc) or type(exc).__name__
    return _OS_REASONS.get(exc.errno or 0, "lỗi hệ thống"), en


class UnreadableDocument(VbgraphError):
    """A document's bytes could not be turned into text (empty, binary, corrupt, no text layer)."""

    status = 422


class LegacyEncodingError(UnreadableDocument):
    """TCVN3/VNI text that could not be converted to Unicode with confidence."""


class InvalidMetadata(VbgraphError):
    """A metadata value (front matter or --meta) that cannot be used."""

    status = 422


class UnsupportedFormat(UnreadableDocument):
    """A file type vbgraph does not read (judged by its extension)."""

    status = 415
