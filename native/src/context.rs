//! Port of ingest/context.py: date, issuing body, term and subject after a code; aliases.
//! OWNER: helper "context".

use crate::doc::Doc;
use crate::types::{CitationTail, Date, Span};
use pyo3::prelude::*;

/// `parse_date(norm.shadow, pos)`: the date and its end offset.
pub fn parse_date(doc: &Doc, pos: usize) -> Option<(Date, usize)> {
    let _ = (doc, pos);
    todo!()
}

/// `parse_tail(norm, pos)`.
pub fn parse_tail(doc: &Doc, pos: usize) -> CitationTail {
    let _ = (doc, pos);
    todo!()
}

/// `alias_definitions(norm)`.
pub fn alias_definitions(doc: &Doc) -> Vec<(Span, String)> {
    let _ = doc;
    todo!()
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let _ = m;
    Ok(())
}
