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


def _code(raw: tuple[str, str, str, bool, int | None, bool] | None) -> DocumentCode | None:
    if raw is None:
        return None
    number, kind, issuer, party, year, internal = raw
    return DocumentCode(number, kind, issuer, _FAMILY[party], year, internal)


def _date(raw: tuple[int, int, int] | None) -> date | None:
    return None if raw is None else date(*raw)


def _host(raw: Any) -> HostDocument:
    (doc_id, content_hash, code, kind, title, body, level), rest = raw
    place, term, day, signer, signer_title, recipients, sources = rest
    return HostDocument(
        id=doc_id,
        content_hash=content_hash,
        code=_code(code),
        kind=kind,
        title=title,
        issuing_body=body,
        level=_LEVEL[level],
        place=Place(*place),
        term=term,
        date=_date(day),
        signer=signer,
        signer_title=signer_title,
        recipients=tuple(recipients),
        sources=tuple(sources),
    )


def _reference(text: str, raw: Any) -> Reference:
    (start, end, mention, code, word, day, body), rest = raw
    term, subject, resolves_to, parent, alias, alternatives, flags = rest
    return Reference(
        surface=text[start:end],
        start=start,
        end=end,
        mention=mention,
        code=_code(code),
        type_word=word,
        date=_date(day),
        issuing_body=body,
        term=term,
        subject=subject,
        resolves_to=resolves_to,
        parent=parent,
        alias=alias,
        alternatives=tuple(alternatives),
        flags=tuple(flags),
    )


def _relation(text: str, raw: Any) -> Relation:
    source, target, kind, label, cue, position, start, end, reference = raw
    evidence = Evidence(start, end, text[start:end])
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
    return Extraction(
        _host(host),
        tuple(_reference(text, r) for r in references),
        tuple(_relation(text, r) for r in relations),
        tuple(
            Warning(kind, message, code, tuple(readings))
            for kind, message, code, readings in warnings
        ),  # fmt: skip
        path,
    )
