"""Errors the graph layer raises on purpose, each carrying its HTTP status (STYLE habit 10)."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.errors import VbgraphError, os_reason


class GraphError(VbgraphError):
    """Root of the graph layer's errors."""


class DocumentNotFound(GraphError):
    """No node answers to the code or key; `matches` holds close codes or keys, best first."""

    status = 404

    def __init__(self, text: str, matches: Sequence[str] = ()) -> None:
        self.text = text
        self.matches = tuple(matches)
        close = ", ".join(self.matches)
        super().__init__(
            f"không có văn bản {text!r} trong đồ thị" + (f"; gần giống: {close}" if close else ""),
            f"no document {text!r} in the graph" + (f"; close matches: {close}" if close else ""),
        )


class AmbiguousCode(GraphError):
    """A code names several nodes (a local code of several places, or several terms)."""

    status = 409

    def __init__(self, text: str, candidates: Sequence[str]) -> None:
        self.text = text
        self.candidates = tuple(candidates)
        count = len(self.candidates)
        super().__init__(
            f"số hiệu {text!r} ứng với {count} văn bản, hãy chọn một theo khóa (key)",
            f"{text!r} names {count} documents; pick one by its key: "
            + shown_candidates(self.candidates),
        )


CANDIDATES_SHOWN = 20  # a code a site's side list put on every page names hundreds of nodes


def shown_candidates(candidates: Sequence[str], limit: int = CANDIDATES_SHOWN) -> str:
    """The candidates of an ambiguous code for a message: the first `limit`, and how many
    more ("… và 380 khác / and 380 more")."""
    shown = ", ".join(candidates[:limit])
    more = len(candidates) - limit
    return f"{shown}, … và {more} khác / and {more} more" if more > 0 else shown


class StoreUnavailable(GraphError):
    """The store cannot be reached or read (server down, bad credentials, corrupt file)."""

    status = 503


class StoreCorrupt(StoreUnavailable):
    """The embedded store's file exists but cannot be read as a graph."""


# What was being done with the store when it failed: (Vietnamese, English).
_STORE_ACTIONS = {
    "open": ("không mở được kho đồ thị", "cannot open the graph store"),
    "read": ("không đọc được kho đồ thị", "cannot read the graph store"),
    "write": ("không ghi được kho đồ thị", "cannot write the graph store"),
    "use": ("không dùng được kho đồ thị", "cannot use the graph store"),
    "lock": ("không khóa được kho đồ thị để ghi", "cannot lock the graph store for writing"),
}


def store_failed(action: str, where: object, why: object) -> StoreUnavailable:
    """The store at `where` could not be opened, read, written, used or locked (`action`),
    `why` being the OS's or the database's error."""
    vi, en = _STORE_ACTIONS[action]
    if isinstance(why, OSError) and why.strerror:
        reason_vi, reason_en = os_reason(why)
        return StoreUnavailable(f"{vi}: {reason_vi}", f"{en}: {reason_en}", subject=str(where))
    return StoreUnavailable(vi, f"{en}: {why}", subject=str(where))


def store_corrupt(where: object, why: object) -> StoreCorrupt:
    """The store file at `where` exists but cannot be read as a graph (`why`)."""
    return StoreCorrupt(
        "kho đồ thị bị hỏng; hãy khôi phục bản sao lưu, hoặc chuyển tệp này đi nơi khác rồi "
        "nạp lại văn bản",
        f"the graph store is corrupt ({why}); restore a backup or move it away and re-ingest",
        subject=str(where),
    )


def store_busy(where: object, wait_s: float | None) -> StoreUnavailable:
    """Another process has held the store's writer lock (or lease) for over `wait_s`."""
    return StoreUnavailable(
        f"một tiến trình khác đang ghi vào kho đồ thị đã hơn {wait_s:g} giây, chưa ghi gì; "
        "hãy thử lại khi nó xong",
        f"another process has been writing the graph store for over {wait_s:g} s, nothing "
        "written; try again when it is done",
        subject=str(where),
    )


def _counted_vi(counts: dict[str, int]) -> str:
    return (f"{counts.get('documents', 0)} văn bản, {counts.get('nodes', 0)} nút, "
            f"{counts.get('edges', 0)} cạnh")  # fmt: skip


def _counted_en(counts: dict[str, int]) -> str:
    return (f"{counts.get('documents', 0)} documents, {counts.get('nodes', 0)} nodes, "
            f"{counts.get('edges', 0)} edges")  # fmt: skip


class TargetNotEmpty(GraphError):
    """A copy's target store already holds documents, and no merge was asked."""

    status = 409

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        super().__init__(
            f"kho đích đã có dữ liệu ({_counted_vi(counts)}), không chép gì; thêm --merge để "
            "gộp văn bản của kho nguồn vào (cũng là cách chép nốt một lần chép bị ngắt), hoặc "
            "chép vào một kho trống",
            f"the target store is not empty ({_counted_en(counts)}): nothing copied. Add "
            "--merge to add the source's documents to what it holds (which also completes a "
            "copy that was cut short), or copy into an empty store",
        )


class CopyClash(GraphError):
    """A merge would join two documents that share a code (or split one): not written."""

    status = 409

    def __init__(self, keys: Sequence[str]) -> None:
        self.keys = tuple(keys)
        shown = shown_candidates(self.keys)
        super().__init__(
            f"hai kho coi {len(self.keys)} số hiệu là những văn bản khác nhau, không gộp gì: "
            f"{shown}; hãy nạp các tệp của kho nguồn vào kho đích (vbgraph ingest)",
            f"the stores hold {len(self.keys)} code(s) as different documents, so nothing was "
            f"merged: {shown}. Ingest the source's files into the target instead (vbgraph "
            "ingest decides each code's document against what it holds)",
        )


class CopyIncomplete(GraphError):
    """A copy into an empty store did not end with the source's counts (a fault to report)."""

    status = 500

    def __init__(self, source: dict[str, int], target: dict[str, int]) -> None:
        self.source, self.target = dict(source), dict(target)
        super().__init__(
            f"bản chép không đủ: kho nguồn có {_counted_vi(source)}, kho đích "
            f"{_counted_vi(target)}; kho nguồn không đổi, xin báo lỗi này",
            f"the copy is incomplete: the source holds {_counted_en(source)}, the target "
            f"{_counted_en(target)}. The source is unchanged; please report this",
        )


class SameStore(GraphError):
    """A copy's source and target are the same store."""

    status = 422

    def __init__(self, where: str) -> None:
        super().__init__(
            "nguồn và đích là cùng một kho; hãy chọn --to, --to-data-dir hoặc --to-uri khác",
            "the source and the target are the same store: name another --to, --to-data-dir "
            "or --to-uri",
            subject=where,
        )
