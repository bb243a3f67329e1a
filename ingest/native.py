"""The native extraction core (`vbgraph_native`, Rust, in native/): same results, faster.

`ingest.extract.extract` calls `native_extract` first; it answers None for what the core
does not handle (text outside its alphabet of ASCII, Vietnamese letters and common
punctuation, e.g. decomposed Unicode or zero-width spaces), and the Python pipeline, the
reference implementation, runs instead. tests/native/ checks that both agree.

Set VBGRAPH_NATIVE=0 to always run the Python pipeline.
"""

from __future__ import annotations

import os
import time
from datetime import date
from types import ModuleType
from typing import Any

from ingest.codes import DocumentCode, Family, Level
from ingest.models import Evidence, Extraction, HostDocument, Place, Reference, Relation, Warning
from ingest.relations import RelationType


def _load() -> ModuleType | None:
    if os.environ.get("VBGRAPH_NATIVE", "1") == "0":
        return None
    try:
        import vbgraph_native
    except ImportError:
        return None
    module: ModuleType = vbgraph_native
    return module


_core = _load()
AVAILABLE = _core is not None


def set_enabled(enabled: bool) -> None:
    """Turn the native core on (when installed) or off (benchmarks, comparisons)."""
    global _core
    _core = _load() if enabled else None


def handles(text: str) -> bool:
    """Whether the native core is on and `text` is in its alphabet."""
    return _core is not None and _core.normalize(text) is not None


_FAMILY = {True: Family.PARTY, False: Family.STATE}
_LEVEL = {level.value: level for level in Level}
_RELATION = {kind.value: kind for kind in RelationType}


_RawCode = tuple[str, str, str, bool, int | None, bool]


class _Builder:
    """Turns the core's tuples into the dataclasses of ingest/models.py for one document.
    Codes and dates repeat within a document (a code is cited ~2.5 times), so each distinct
    one is built once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.codes: dict[_RawCode, DocumentCode] = {}
        self.dates: dict[tuple[int, int, int], date] = {}

    def code(self, raw: _RawCode | None) -> DocumentCode | None:
        if raw is None:
            return None
        found = self.codes.get(raw)
        if found is None:
            number, kind, issuer, party, year, internal = raw
            found = DocumentCode(number, kind, issuer, _FAMILY[party], year, internal)
            self.codes[raw] = found
        return found

    def date(self, raw: tuple[int, int, int] | None) -> date | None:
        if raw is None:
            return None
        found = self.dates.get(raw)
        if found is None:
            found = self.dates[raw] = date(*raw)
        return found

    def host(self, raw: Any) -> HostDocument:
        (doc_id, content_hash, code, kind, title, body, level), rest = raw
        place, term, day, signer, signer_title, recipients, sources = rest
        return HostDocument(
            doc_id, content_hash, self.code(code), kind, title, body, _LEVEL[level],
            Place(*place), term, self.date(day), signer, signer_title, tuple(recipients),
            tuple(sources),
        )  # fmt: skip

    def reference(self, raw: Any) -> Reference:
        (start, end, mention, code, word, day, body), rest = raw
        term, subject, resolves_to, parent, alias, alternatives, flags = rest
        return Reference(
            self.text[start:end], start, end, mention, self.code(code), word, self.date(day),
            body, term, subject, resolves_to, parent, alias, tuple(alternatives), tuple(flags),
        )  # fmt: skip

    def relation(self, raw: Any) -> Relation:
        source, target, kind, label, cue, position, start, end, reference = raw
        evidence = Evidence(start, end, self.text[start:end])
        return Relation(source, target, _RELATION[kind], label, cue, position, evidence, reference)


def native_extract(text: str, body_start: int, path: str | None) -> Extraction | None:
    """`extract(text, path=path, body_start=body_start)` by the native core (no metadata),
    or None when the core is missing or the text is outside its alphabet."""
    if _core is None:
        return None
    raw = _core.extract(text, body_start, time.localtime().tm_year)  # date.today().year
    if raw is None:
        return None
    host, references, relations, warnings = raw
    build = _Builder(text)
    return Extraction(
        build.host(host),
        tuple(map(build.reference, references)),
        tuple(map(build.relation, relations)),
        tuple(
            Warning(kind, message, code, tuple(readings))
            for kind, message, code, readings in warnings
        ),  # fmt: skip
        path,
    )
