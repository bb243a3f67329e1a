//! Port of the extraction half of ingest/host.py (metadata stays in Python).
//! OWNER: helper "host".

use crate::doc::Doc;
use crate::types::{HostFacts, Layout, Level};
use pyo3::prelude::*;

/// `read_host_facts(norm, layout)`.
pub fn read_host_facts(doc: &Doc, layout: &Layout) -> HostFacts {
    let _ = (doc, layout);
    todo!()
}

/// `level_of_body(body_shadow, norm)`.
pub fn level_of_body(body_shadow: &str, doc: Option<&Doc>) -> Level {
    let _ = (body_shadow, doc);
    todo!()
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let _ = m;
    Ok(())
}
