//! The Python entry points, and the Python values they return: the dataclasses of
//! ingest/models.py, built from what extract.rs computed.
//!
//! The dataclasses are frozen, so their generated `__init__` sets each field through
//! `object.__setattr__`, one interpreted call per field. `Model::make` does the same
//! without the interpreter: `cls.__new__(cls)` (the type's own `tp_new`), then
//! `PyObject_GenericSetAttr` per field, which is `object.__setattr__`. The object is the
//! one `cls(*values)` would give; `configure` refuses a class whose `__init__` would do
//! more (a `__post_init__`, a field left out of `__init__`).

use crate::codes::type_word_display;
use crate::doc::Doc;
use crate::extract::{run, Draft, Given, Host, Rel, Value, Warn};
use crate::layout::kind_heading;
use crate::types::{Date, DocCode, Level};
use pyo3::exceptions::{PyKeyError, PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::{PyDict, PyString, PyStringData, PyTuple, PyType};
use pyo3::{ffi, IntoPyObjectExt};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Mutex;

/// One frozen dataclass of ingest/models.py: the class and its field names, in order.
struct Model {
    class: Py<PyType>,
    fields: Vec<Py<PyString>>,
}

impl Model {
    fn of(py: Python<'_>, class: &Bound<'_, PyAny>) -> PyResult<Model> {
        let class = class.downcast::<PyType>()?;
        let name = class.qualname()?;
        if class.hasattr("__post_init__")? {
            return Err(PyTypeError::new_err(format!("{name} has a __post_init__")));
        }
        let mut fields = Vec::new();
        for field in py.import("dataclasses")?.call_method1("fields", (class,))?.try_iter()? {
            let field = field?;
            if !field.getattr("init")?.is_truthy()? {
                return Err(PyTypeError::new_err(format!("{name} has a field outside __init__")));
            }
            let field_name = field.getattr("name")?.downcast_into::<PyString>()?;
            fields.push(PyString::intern(py, field_name.to_str()?).unbind());
        }
        Ok(Model { class: class.clone().unbind(), fields })
    }

    /// `cls(*values)`: every field given, in order.
    fn make<'py>(
        &self,
        py: Python<'py>,
        values: &[Bound<'py, PyAny>],
    ) -> PyResult<Bound<'py, PyAny>> {
        let class = self.class.bind(py);
        if values.len() != self.fields.len() {
            let name = class.qualname()?;
            let message =
                format!("{name} takes {} fields, got {}", self.fields.len(), values.len());
            return Err(PyTypeError::new_err(message));
        }
        let no_args = PyTuple::empty(py);
        // SAFETY: `class` is a live type object; `tp_new` is the slot every type has (here
        // `object.__new__`), called with an empty argument tuple and no keywords as
        // `cls.__new__(cls)` would be; a null result is an error set by Python.
        let made = unsafe {
            let slot = ffi::PyType_GetSlot(class.as_type_ptr(), ffi::Py_tp_new);
            if slot.is_null() {
                return Err(PyTypeError::new_err("a model class without __new__"));
            }
            let new: ffi::newfunc = std::mem::transmute(slot);
            let made = new(class.as_type_ptr(), no_args.as_ptr(), std::ptr::null_mut());
            Bound::from_owned_ptr_or_err(py, made)?
        };
        for (name, value) in self.fields.iter().zip(values) {
            // SAFETY: three live objects; `object.__setattr__(made, name, value)`, which
            // borrows its arguments and returns -1 with an error set on failure.
            let status = unsafe {
                ffi::PyObject_GenericSetAttr(made.as_ptr(), name.as_ptr(), value.as_ptr())
            };
            if status < 0 {
                return Err(PyErr::fetch(py));
            }
        }
        Ok(made)
    }
}

/// `[value.into_bound_py_any(py)?, …]`: the field values of one object.
macro_rules! fields {
    ($py:expr; $($value:expr),* $(,)?) => {
        [$($value.into_bound_py_any($py)?),*]
    };
}

/// The Python classes and enum members the result is made of, given once by
/// ingest/native.py (`configure`).
struct Models {
    code: Model,
    reference: Model,
    relation: Model,
    evidence: Model,
    warning: Model,
    host: Model,
    place: Model,
    extraction: Model,
    date: Py<PyAny>,
    party: Py<PyAny>,                           // Family.PARTY
    state: Py<PyAny>,                           // Family.STATE
    levels: HashMap<String, Py<PyAny>>,         // "province" -> Level.PROVINCE
    relation_types: HashMap<String, Py<PyAny>>, // "IMPLEMENTS" -> RelationType.IMPLEMENTS
    /// The Python str of each fixed label the core returns ("code", "body", "Kế hoạch"…),
    /// made once: found by where the label lives, as labels are `&'static str` (a few
    /// dozen, so a list).
    labels: Mutex<Vec<(&'static str, Py<PyString>)>>,
}

impl Models {
    fn enum_member<'py>(
        py: Python<'py>,
        members: &HashMap<String, Py<PyAny>>,
        value: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let found = members.get(value).ok_or_else(|| PyKeyError::new_err(value.to_string()))?;
        Ok(found.bind(py).clone())
    }

    /// The Python str of a fixed label.
    fn label<'py>(&self, py: Python<'py>, label: &'static str) -> Bound<'py, PyString> {
        let mut labels = self.labels.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, made)) = labels.iter().find(|(at, _)| std::ptr::eq(*at, label)) {
            return made.bind(py).clone();
        }
        let made = PyString::new(py, label);
        labels.push((label, made.clone().unbind()));
        made
    }
}

static MODELS: GILOnceCell<Models> = GILOnceCell::new();

/// Give the core the classes to build (called once, by ingest/native.py).
#[pyfunction]
pub fn configure(py: Python<'_>, models: &Bound<'_, PyDict>) -> PyResult<()> {
    let get = |name: &str| -> PyResult<Bound<'_, PyAny>> {
        models.get_item(name)?.ok_or_else(|| PyKeyError::new_err(name.to_string()))
    };
    let model = |name: &str| Model::of(py, &get(name)?);
    let members = |name: &str| -> PyResult<HashMap<String, Py<PyAny>>> {
        let dict = get(name)?.downcast_into::<PyDict>()?;
        dict.iter().map(|(key, member)| Ok((key.extract::<String>()?, member.unbind()))).collect()
    };
    let families = get("families")?.downcast_into::<PyDict>()?;
    let family = |party: bool| -> PyResult<Py<PyAny>> {
        let member = families.get_item(party)?;
        Ok(member.ok_or_else(|| PyKeyError::new_err(format!("families[{party}]")))?.unbind())
    };
    let found = Models {
        code: model("DocumentCode")?,
        reference: model("Reference")?,
        relation: model("Relation")?,
        evidence: model("Evidence")?,
        warning: model("Warning")?,
        host: model("HostDocument")?,
        place: model("Place")?,
        extraction: model("Extraction")?,
        date: get("date")?.unbind(),
        party: family(true)?,
        state: family(false)?,
        levels: members("levels")?,
        relation_types: members("relation_types")?,
        labels: Mutex::new(Vec::new()),
    };
    let _ = MODELS.set(py, found);
    Ok(())
}

/// Builds one document's values; each distinct code and date once (a code is cited ~2.5
/// times per document).
struct Builder<'py, 'm> {
    py: Python<'py>,
    m: &'m Models,
    text: &'m Bound<'py, PyString>,
    codes: HashMap<String, Bound<'py, PyAny>>,
    dates: HashMap<Date, Bound<'py, PyAny>>,
}

impl<'py> Builder<'py, '_> {
    fn code(&mut self, code: Option<&DocCode>) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py;
        let Some(code) = code else { return Ok(py.None().into_bound(py)) };
        let key = code.canonical();
        if let Some(found) = self.codes.get(&key) {
            return Ok(found.clone());
        }
        let family = if code.party { &self.m.party } else { &self.m.state };
        let values =
            fields![py; &code.number, &code.kind, &code.issuer, family, code.year, code.internal];
        let made = self.m.code.make(py, &values)?;
        self.codes.insert(key, made.clone());
        Ok(made)
    }

    fn date(&mut self, date: Option<Date>) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py;
        let Some(date) = date else { return Ok(py.None().into_bound(py)) };
        if let Some(found) = self.dates.get(&date) {
            return Ok(found.clone());
        }
        let made = self.m.date.bind(py).call1((date.year, date.month, date.day))?;
        self.dates.insert(date, made.clone());
        Ok(made)
    }

    /// `text[start:end]` of the original text.
    fn original(&self, start: usize, end: usize) -> PyResult<Bound<'py, PyAny>> {
        let (start, end) = (start as ffi::Py_ssize_t, end as ffi::Py_ssize_t);
        // SAFETY: `text` is a live str; PyUnicode_Substring clamps the offsets as slicing
        // does and returns a new reference, or null with an error set.
        unsafe {
            let made = ffi::PyUnicode_Substring(self.text.as_ptr(), start, end);
            Bound::from_owned_ptr_or_err(self.py, made)
        }
    }

    /// A fixed label as a Python str, made once per process.
    fn label(&self, label: &'static str) -> Bound<'py, PyString> {
        self.m.label(self.py, label)
    }

    fn maybe_label(&self, label: Option<&'static str>) -> Option<Bound<'py, PyString>> {
        label.map(|l| self.label(l))
    }

    /// The host's kind: a label, or the kind the user gave.
    fn kind(&self, kind: Option<&Cow<'static, str>>) -> Option<Bound<'py, PyString>> {
        kind.map(|kind| match kind {
            Cow::Borrowed(label) => self.label(label),
            Cow::Owned(given) => PyString::new(self.py, given),
        })
    }

    fn host(&mut self, host: &Host) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py;
        let f = &host.facts;
        let place = fields![py; &f.place.province, &f.place.district, &f.place.commune];
        let values = fields![py;
            &host.id,
            &host.content_hash,
            self.code(host.code.as_ref())?,
            self.kind(host.kind.as_ref()),
            &host.title,
            &f.issuing_body,
            Models::enum_member(py, &self.m.levels, f.level.value())?,
            self.m.place.make(py, &place)?,
            &f.term,
            self.date(f.date)?,
            &f.signer,
            &f.signer_title,
            PyTuple::new(py, &f.recipients)?,
            PyTuple::new(py, f.sources.iter())?,
        ];
        self.m.host.make(py, &values)
    }

    fn reference(
        &mut self,
        doc: &Doc,
        d: &Draft,
        host_code: Option<&DocCode>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py;
        let (start, end) = doc.to_original(d.start, d.end);
        let code = if d.mention == "self" { host_code } else { d.code.as_ref() };
        let word =
            d.type_word.as_deref().and_then(|w| type_word_display(w).or_else(|| kind_heading(w)));
        let mut flags: Vec<&str> = Vec::new();
        for f in &d.flags {
            if !flags.contains(&f.as_str()) {
                flags.push(f);
            }
        }
        let values = fields![py;
            self.original(start, end)?,
            start,
            end,
            self.label(d.mention),
            self.code(code)?,
            self.maybe_label(word),
            self.date(d.date)?,
            &d.issuing_body,
            &d.term,
            &d.tail.subject,
            &d.resolves_to,
            d.parent,
            d.alias,
            PyTuple::new(py, &d.alternatives)?,
            PyTuple::new(py, flags)?,
        ];
        self.m.reference.make(py, &values)
    }

    fn relation(&mut self, r: &Rel) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py;
        let (start, end) = r.evidence;
        let evidence =
            self.m.evidence.make(py, &fields![py; start, end, self.original(start, end)?])?;
        let kind = Models::enum_member(py, &self.m.relation_types, r.rtype.value())?;
        let values = fields![py;
            &r.source,
            &r.target,
            kind,
            self.label(r.label),
            &r.cue,
            self.label(r.position),
            evidence,
            r.reference,
        ];
        self.m.relation.make(py, &values)
    }

    fn warning(&mut self, w: &Warn) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py;
        let mut readings = Vec::with_capacity(w.readings.len());
        for reading in &w.readings {
            let dict = PyDict::new(py);
            for (key, value) in reading {
                match value {
                    Value::Str(s) => dict.set_item(*key, s)?,
                    Value::Offsets(o) => dict.set_item(*key, o)?,
                }
            }
            readings.push(dict);
        }
        let values =
            fields![py; self.label(w.kind), &w.message, &w.code, PyTuple::new(py, readings)?];
        self.m.warning.make(py, &values)
    }
}

/// `normalize_text(raw)` as (text, shadow), or None outside the safe alphabet.
#[pyfunction]
pub fn normalize(raw: &str) -> Option<(String, String)> {
    Doc::new(raw).map(|d| (d.text.clone(), d.shadow.clone()))
}

/// The `Doc` of a Python str, read in place from the str's own storage (one, two or four
/// bytes per character): no UTF-8 copy is made.
fn doc_of(text: &Bound<'_, PyString>) -> PyResult<Option<Doc>> {
    // SAFETY: the storage is borrowed from `text`, which outlives this call, and only read.
    let data = unsafe { text.data()? };
    Ok(match data {
        PyStringData::Ucs1(units) => Doc::from_units(units),
        PyStringData::Ucs2(units) => Doc::from_units(units),
        PyStringData::Ucs4(units) => Doc::from_units(units),
    })
}

/// The core's `Given` from `normalize_meta(metadata)` and `read_metadata` of it (the
/// `GivenFacts`, already checked by Python).
fn given_of(meta: &Bound<'_, PyDict>, facts: &Bound<'_, PyAny>) -> PyResult<Given> {
    let mut given = Given::default();
    for key in facts.getattr("fields")?.try_iter()? {
        given.fields.push(key?.extract()?);
    }
    let code = facts.getattr("code")?;
    if !code.is_none() {
        given.code = Some(DocCode {
            number: code.getattr("number")?.extract()?,
            kind: code.getattr("kind")?.extract()?,
            issuer: code.getattr("issuer")?.extract()?,
            party: code.getattr("family")?.getattr("value")?.extract::<String>()? == "party",
            year: code.getattr("year")?.extract()?,
            internal: code.getattr("internal")?.extract()?,
        });
    }
    let level = facts.getattr("level")?;
    if !level.is_none() {
        let value: String = level.getattr("value")?.extract()?;
        let found = Level::from_value(&value);
        given.level = Some(found.ok_or_else(|| PyKeyError::new_err(value))?);
    }
    let day = facts.getattr("date")?;
    if !day.is_none() {
        let part = |name: &str| -> PyResult<i64> { day.getattr(name)?.extract() };
        let found = Date::new(part("year")?, part("month")?, part("day")?);
        given.date = Some(found.ok_or_else(|| PyTypeError::new_err("metadata date"))?);
    }
    given.meta = meta.extract()?;
    Ok(given)
}

/// `extract(text, path=path, metadata=…, body_start=…)`: the `Extraction`, built from the
/// classes given to `configure`, or None when `text` holds a character outside the core's
/// alphabet (then the Python pipeline runs). `meta` and `given` are `normalize_meta` of the
/// metadata and `read_metadata` of that, or both None.
#[pyfunction]
#[pyo3(signature = (text, body_start, this_year, path, meta=None, given=None))]
pub fn extract<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    body_start: usize,
    this_year: i32,
    path: Option<&Bound<'py, PyAny>>,
    meta: Option<&Bound<'py, PyDict>>,
    given: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let given = match (meta, given) {
        (Some(meta), Some(facts)) => given_of(meta, facts)?,
        (None, None) => Given::default(),
        _ => return Err(PyTypeError::new_err("give both meta and given, or neither")),
    };
    let Some(doc) = doc_of(text)? else { return Ok(py.None().into_bound(py)) };
    let m = MODELS
        .get(py)
        .ok_or_else(|| PyRuntimeError::new_err("vbgraph_native.configure was not called"))?;
    let body_start = body_start.min(doc.len());
    let found = py.allow_threads(|| run(&doc, body_start, this_year, &given));
    let mut build = Builder { py, m, text, codes: HashMap::new(), dates: HashMap::new() };
    let host = build.host(&found.host)?;
    let mut references = Vec::with_capacity(found.drafts.len());
    for d in &found.drafts {
        references.push(build.reference(&doc, d, found.host.code.as_ref())?);
    }
    let mut relations = Vec::with_capacity(found.relations.len());
    for r in &found.relations {
        relations.push(build.relation(r)?);
    }
    let mut warnings = Vec::with_capacity(found.warnings.len());
    for w in &found.warnings {
        warnings.push(build.warning(w)?);
    }
    let values = fields![py;
        host,
        PyTuple::new(py, references)?,
        PyTuple::new(py, relations)?,
        PyTuple::new(py, warnings)?,
        path,
    ];
    m.extraction.make(py, &values)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(configure, m)?)?;
    Ok(())
}
