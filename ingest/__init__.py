"""Ingest: read documents, find and normalize document codes, type their relations.

The package's names load on first use (PEP 562), so a command that only reads the graph
(`vbgraph up`, `graph.model`'s use of `ingest.codes`) does not compile the extraction rules.
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ingest.extract import extract
    from ingest.find import find_codes
    from ingest.normalize import normalize_code
    from ingest.relations import RelationType, classify_relation

__all__ = ["RelationType", "classify_relation", "extract", "find_codes", "normalize_code"]

_HOMES = {
    "RelationType": "ingest.relations",
    "classify_relation": "ingest.relations",
    "extract": "ingest.extract",
    "find_codes": "ingest.find",
    "normalize_code": "ingest.normalize",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'ingest' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


class _Package(ModuleType):
    """The package's module type: `ingest.extract` stays the function `extract`.

    Importing the submodule `ingest.extract` binds it as the package's attribute `extract`
    after it runs, which would make `from ingest import extract` give the module once anything
    had imported `from ingest.extract import …`; the function is the public name.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "extract" and isinstance(value, ModuleType):
            value = value.extract
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
