"""Ingest: read documents, find and normalize document codes, type their relations."""

from ingest.extract import extract
from ingest.find import find_codes
from ingest.normalize import normalize_code
from ingest.relations import RelationType, classify_relation

__all__ = ["RelationType", "classify_relation", "extract", "find_codes", "normalize_code"]
