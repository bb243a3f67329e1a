//! Port of ingest/find.py: codes, type words before them, short forms, self references.
//! OWNER: helper "find".

use crate::doc::Doc;
use crate::types::{CodeMatch, ShortMatch};
use pyo3::prelude::*;

/// `scan_codes(TextScan.of(norm), this_year=this_year)`.
pub fn scan_codes(doc: &Doc, this_year: i32) -> Vec<CodeMatch> {
    let _ = (doc, this_year);
    todo!()
}

/// `scan_type_word_before(scan, start)`: (type word in shadow form, its start).
pub fn type_word_before(doc: &Doc, start: usize) -> Option<(String, usize)> {
    let _ = (doc, start);
    todo!()
}

/// `scan_short_refs(scan, taken)`.
pub fn scan_short_refs(doc: &Doc, taken: &[(usize, usize)]) -> Vec<ShortMatch> {
    let _ = (doc, taken);
    todo!()
}

/// Debug entry points for the differential tests (tests/native/test_native_find.py).
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let _ = m;
    Ok(())
}
