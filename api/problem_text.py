"""What an error says happened, in Vietnamese and English, before its own detail: one table
for the API's problems (api.errors), the reports of files not stored (api.uploads) and the
summary of `vbgraph ingest` (api.cli_graph). Plain data: extraction workers import it."""

from __future__ import annotations

# What each problem says happened, in Vietnamese and English, before its own detail (by its
# title, else its status): the API's readers are Vietnamese analysts. The ingest summary of
# `vbgraph ingest` names why files were refused from the same table.
SAID: dict[str, str] = {
    "DocumentNotFound": "không tìm thấy văn bản / not found",
    "AmbiguousCode": "mã chỉ nhiều văn bản, chọn một / ambiguous code, pick one",
    "UnparseableCode": "không đọc được số hiệu / not a document code",
    "StoreUnavailable": "kho đồ thị không dùng được / store unavailable",
    "StoreCorrupt": "kho đồ thị bị hỏng / store corrupt",
    "Unauthorized": "cần mã truy cập để ghi / unauthorized",
    "PayloadTooLarge": "quá lớn / too large",
    "InvalidInput": "tham số không hợp lệ / invalid input",
    "InvalidPlaces": "danh sách địa bàn không hợp lệ / invalid places",
    "InvalidMetadata": "thông tin kèm theo không hợp lệ / invalid metadata",
    "UnreadableDocument": "không đọc được / unreadable",
    "LegacyEncodingError": "bảng mã cũ không chuyển được / legacy encoding not converted",
    "UnsupportedFormat": "loại tệp không đọc / unsupported file type",
    "Skipped": "bỏ qua / skipped",
    "TooSlow": "quá thời gian / too slow",
    "TooLarge": "quá bộ nhớ / too large",
    "WorkerDied": "tiến trình trích xuất hỏng / extraction worker died",
    "ExtractionFailed": "lỗi trích xuất / extraction failed",
    "InternalError": "lỗi máy chủ / server error",
}
_SAID_BY_STATUS = {
    401: SAID["Unauthorized"], 404: "không tìm thấy / not found", 409: "xung đột / conflict",
    413: SAID["PayloadTooLarge"], 415: SAID["UnsupportedFormat"], 422: SAID["InvalidInput"],
    503: SAID["StoreUnavailable"],
}  # fmt: skip


def said_detail(status: int, title: str, detail: str) -> str:
    """`detail` after what happened, in Vietnamese and English ("không tìm thấy văn bản / not
    found: no document '999-KL/TW' in the graph")."""
    said = SAID.get(title) or _SAID_BY_STATUS.get(status) or "lỗi / error"
    return f"{said}: {detail}"
