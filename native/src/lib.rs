//! vbgraph's native extraction core: `ingest.extract.extract` for documents written in the
//! safe alphabet (ASCII and Vietnamese; see doc.rs), with the same results, faster.
//!
//! The Python pipeline in ingest/ is the reference: every module here ports one Python
//! module, and the tests in tests/native/ compare the two on real and generated text.

pub mod build;
pub mod codes;
pub mod context;
pub mod doc;
pub mod extract;
pub mod find;
pub mod host;
pub mod layout;
pub mod pat;
pub mod pystr;
pub mod relations;
pub mod tables;
pub mod types;

use pyo3::prelude::*;

// Functions named debug_* / find_debug_* are hooks for the differential tests in
// tests/native/: they expose one stage at a time.

#[pymodule]
fn vbgraph_native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    build::register(m)?;
    doc::register(m)?;
    find::register(m)?;
    context::register(m)?;
    relations::register(m)?;
    layout::register(m)?;
    host::register(m)?;
    Ok(())
}
