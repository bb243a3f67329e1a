"""The native extraction core (`vbgraph_native`, Rust, in native/): same results, faster.

`ingest.extract.extract` calls `native_extract` first (metadata included: Python checks and
types it, the core merges it into the host); it answers None for what the core does not
handle (text outside its alphabet: ASCII, Vietnamese letters, precomposed or decomposed,
common punctuation and zero-width characters), and the Python pipeline, the reference
implementation, runs instead. tests/native/ checks that both agree.

Set VBGRAPH_NATIVE=0 to always run the Python pipeline.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from datetime import date
from types import ModuleType

from ingest.codes import DocumentCode, Family, Level
from ingest.host import normalize_meta, read_metadata
from ingest.models import Evidence, Extraction, HostDocument, Place, Reference, Relation, Warning
from ingest.relations import RelationType

_log = logging.getLogger(__name__)


def _load() -> ModuleType | None:
    if os.environ.get("VBGRAPH_NATIVE", "1") == "0":
        return None
    try:
        import vbgraph_native
    except ImportError:
        return None
    module: ModuleType = vbgraph_native
    return module


def _configured(core: ModuleType | None) -> ModuleType | None:
    """Give the core the classes it builds its results from; None for a stale build."""
    if core is not None and not hasattr(core, "configure"):
        _log.warning("vbgraph_native is out of date (make install); using the Python pipeline")
        return None
    if core is not None:
        core.configure({
            "DocumentCode": DocumentCode, "Reference": Reference, "Relation": Relation,
            "Evidence": Evidence, "Warning": Warning, "HostDocument": HostDocument,
            "Place": Place, "Extraction": Extraction, "date": date,
            "families": {True: Family.PARTY, False: Family.STATE},
            "levels": {level.value: level for level in Level},
            "relation_types": {kind.value: kind for kind in RelationType},
        })  # fmt: skip
    return core


_core = _configured(_load())
AVAILABLE = _core is not None


def set_enabled(enabled: bool) -> None:
    """Turn the native core on (when installed) or off (benchmarks, comparisons)."""
    global _core
    _core = _configured(_load()) if enabled else None


def enabled() -> bool:
    """Whether the native core is installed and turned on."""
    return _core is not None


def handles(text: str) -> bool:
    """Whether the native core is on and `text` is in its alphabet."""
    return _core is not None and _core.normalize(text) is not None


def native_extract(
    text: str, body_start: int, path: str | None, metadata: Mapping[str, str] | None = None
) -> Extraction | None:
    """`extract(text, path=path, metadata=metadata, body_start=body_start)` by the native
    core, or None when the core is missing or the text is outside its alphabet. The core
    builds the dataclasses of ingest/models.py itself.

    Raises:
        InvalidMetadata: as the Python pipeline does, for metadata that cannot be used
            (checked here, before the core runs).
    """
    if _core is None:
        return None
    meta = given = None
    if metadata:
        meta = normalize_meta(metadata)
        given = read_metadata(meta)
    year = time.localtime().tm_year
    try:
        found: Extraction | None = _core.extract(text, body_start, year, path, meta, given)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a bug in the core; a Rust panic arrives as BaseException
        _log.warning("native core failed on %s (%s); using the Python pipeline", path, exc)
        return None
    return found
