"""Metadata given by the user (front matter, --meta): its keys, and the facts read from it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ingest.codes import DocumentCode, Level
from ingest.context import parse_date
from ingest.errors import InvalidMetadata, VbgraphError
from ingest.normalize import normalize_code, parse_code
from ingest.text import shadow_of

META_KEYS = frozenset({
    "code", "title", "kind", "issuing_body", "level", "province", "district", "commune",
    "date", "signer", "term",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class GivenFacts:
    """Typed metadata values; `fields` names the keys the user gave."""

    fields: frozenset[str]
    code: DocumentCode | None = None
    level: Level | None = None
    date: date | None = None


def read_metadata(meta: Mapping[str, str]) -> GivenFacts:
    """Check and type the metadata the user gave.

    Raises:
        InvalidMetadata: for a code, level or date that cannot be read.
    """
    code = level = day = None
    if meta.get("code"):
        try:
            code = parse_code(normalize_code(meta["code"]))
        except VbgraphError as exc:
            value = f" {exc.subject}" if exc.subject else ""
            raise InvalidMetadata(
                f"số hiệu cho trước (code){value}: {exc.vi}", f"metadata code{value}: {exc.en}"
            ) from exc
    if meta.get("level"):
        try:
            level = Level(meta["level"].lower())
        except ValueError:
            choices = ", ".join(v.value for v in Level)
            value = meta["level"]
            raise InvalidMetadata(
                f"cấp cho trước (level) {value!r} không hợp lệ; hãy dùng một trong {choices}",
                f"metadata level {value!r}: use one of {choices}",
            ) from None
    if meta.get("date"):
        day = _read_date(meta["date"])
    return GivenFacts(frozenset(k for k in META_KEYS if meta.get(k)), code, level, day)


# "2020-12-31", or with a time as a site's front matter writes it ("date: 2025-03-04 09:15:00",
# "2025-03-04T09:15:00+07:00"): the day is what is given
_ISO_DAY = re.compile(
    r"\s*[\"']?(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?[\"']?\s*"
)


def _read_date(text: str) -> date:
    iso = _ISO_DAY.fullmatch(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        parsed = parse_date(shadow_of(text.strip()), 0)
    except ValueError:
        parsed = None
    if parsed is None:
        raise InvalidMetadata(
            f"ngày cho trước (date) {text!r} không đọc được; hãy viết 2020-12-31 hoặc 31/12/2020",
            f"metadata date {text!r}: write 2020-12-31 or 31/12/2020",
        )
    return parsed[0]


def normalize_meta(meta: Mapping[str, str]) -> dict[str, str]:
    """Lower-case the keys and accept "place.province" for "province"."""
    out: dict[str, str] = {}
    for key, value in meta.items():
        k = key.strip().lower().replace("-", "_")
        k = k.removeprefix("place.")
        out[k] = str(value).strip()
    return out
