//! Values the stages hand each other; each mirrors a Python class named in its comment.
//! All offsets are character offsets into the normalized text (= the original, see doc.rs).

use std::collections::BTreeMap;

/// `ingest.codes.Level`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Central,
    Province,
    District,
    Commune,
    Unknown,
}

impl Level {
    pub fn value(self) -> &'static str {
        match self {
            Level::Central => "central",
            Level::Province => "province",
            Level::District => "district",
            Level::Commune => "commune",
            Level::Unknown => "unknown",
        }
    }

    /// `Level(value)`, or None for a value that names no level.
    pub fn from_value(value: &str) -> Option<Level> {
        [Level::Central, Level::Province, Level::District, Level::Commune, Level::Unknown]
            .into_iter()
            .find(|level| level.value() == value)
    }
}

/// `ingest.codes.DocumentCode` (`party` is `family is Family.PARTY`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DocCode {
    pub number: String,
    pub kind: String,
    pub issuer: String,
    pub party: bool,
    pub year: Option<i32>,
    pub internal: bool,
}

/// `datetime.date`, always a valid calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// `date(year, month, day)`, or None where Python raises ValueError.
    pub fn new(year: i64, month: i64, day: i64) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day < 1 {
            return None;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        if day > days[(month - 1) as usize] {
            return None;
        }
        Some(Date { year: year as i32, month: month as u32, day: day as u32 })
    }

    /// `date.isoformat()`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// `ingest.context.Span`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// `ingest.find.CodeMatch`.
#[derive(Clone, Debug)]
pub struct CodeMatch {
    pub start: usize,
    pub end: usize,
    pub code: DocCode,
    pub flags: Vec<String>,
}

/// `ingest.find.ShortMatch` (`number` None for a self reference).
#[derive(Clone, Debug)]
pub struct ShortMatch {
    pub start: usize,
    pub end: usize,
    pub type_word: String,
    pub number: Option<String>,
}

/// `ingest.context.CitationTail`.
#[derive(Clone, Debug, Default)]
pub struct CitationTail {
    pub end: usize,
    pub date: Option<Date>,
    pub date_span: Option<Span>,
    pub issuing_body: Option<String>,
    pub term: Option<String>,
    pub subject: Option<String>,
    pub subject_span: Option<Span>,
}

/// `ingest.layout.Layout`; `kind` and annex kinds are display forms ("Kế hoạch").
#[derive(Clone, Debug)]
pub struct Layout {
    pub kind: Option<&'static str>,
    pub heading: Option<(usize, usize)>,
    pub title: Option<(usize, usize)>,
    pub opening: Option<(usize, usize)>,
    pub annexes: Vec<(usize, usize, &'static str)>,
    pub body_start: usize,
}

impl Layout {
    /// `Layout.position`.
    pub fn position(&self, offset: usize) -> &'static str {
        if let Some((a, b)) = self.title {
            if a <= offset && offset < b {
                return "title";
            }
        }
        if let Some((a, b)) = self.opening {
            if a <= offset && offset < b {
                return "opening";
            }
        }
        if self.annexes.iter().any(|&(s, _, _)| s <= offset) {
            return "annex";
        }
        "body"
    }
}

/// `ingest.models.Place`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    pub province: Option<String>,
    pub district: Option<String>,
    pub commune: Option<String>,
}

/// `ingest.host.HostFacts`; `sources` sorted by key (Python sorts them in the end).
#[derive(Clone, Debug)]
pub struct HostFacts {
    pub issuing_body: Option<String>,
    pub level: Level,
    pub term: Option<String>,
    pub date: Option<Date>,
    pub signer: Option<String>,
    pub signer_title: Option<String>,
    pub recipients: Vec<String>,
    pub place: Place,
    pub sources: BTreeMap<String, String>,
}

impl Default for HostFacts {
    fn default() -> Self {
        HostFacts {
            issuing_body: None,
            level: Level::Unknown,
            term: None,
            date: None,
            signer: None,
            signer_title: None,
            recipients: Vec::new(),
            place: Place::default(),
            sources: BTreeMap::new(),
        }
    }
}

/// `ingest.relations.RelationType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RelType {
    Implements,
    Reviews,
    AttachedTo,
    BasedOn,
    Cites,
}

impl RelType {
    pub fn value(self) -> &'static str {
        match self {
            RelType::Implements => "IMPLEMENTS",
            RelType::Reviews => "REVIEWS",
            RelType::AttachedTo => "ATTACHED_TO",
            RelType::BasedOn => "BASED_ON",
            RelType::Cites => "CITES",
        }
    }
}

/// `ingest.relations.Classification`.
#[derive(Clone, Debug)]
pub struct Classification {
    pub rtype: RelType,
    pub label: &'static str,
    pub cue: Option<String>,
}
