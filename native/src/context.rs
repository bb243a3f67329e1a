//! Port of ingest/context.py: date, issuing body, term and subject after a code; aliases.
//! OWNER: helper "context".

use crate::doc::Doc;
use crate::types::{CitationTail, Date, Span};
use pyo3::prelude::*;

use crate::doc::Side;
use crate::pat;

pat!(DATE_NUMERIC, r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)");
pat!(DATE_WORDS, r"(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+nam\s+(\d{4})(?!\d)");

/// `parse_date(norm.shadow, pos)`: the date and its end offset (character offsets).
pub fn parse_date(doc: &Doc, pos: usize) -> Option<(Date, usize)> {
    for pattern in [DATE_NUMERIC(), DATE_WORDS()] {
        if let Some(m) = doc.match_at(pattern, Side::Shadow, pos, doc.len()) {
            let int = |i: usize| {
                let (a, b) = m.get(i).unwrap();
                doc.shadow_slice(a, b).parse::<i64>().unwrap()
            };
            return Date::new(int(3), int(2), int(1)).map(|d| (d, m.end()));
        }
    }
    None
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
