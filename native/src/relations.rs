//! Port of ingest/relations.py: type a reference from the shadow text leading up to it.
//! OWNER: helper "context".

use crate::types::Classification;
use pyo3::prelude::*;

/// `classify_relation(lead_in)` with the default rules; `lead_in` is shadow text.
pub fn classify_relation(lead_in: &str) -> Classification {
    let _ = lead_in;
    todo!()
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let _ = m;
    Ok(())
}
