//! Port of ingest/context.py: date, issuing body, term and subject after a code; aliases.
//! OWNER: helper "context".

use crate::doc::Doc;
use crate::types::{CitationTail, Date, Span};
use pyo3::prelude::*;

use crate::doc::Side;
use crate::pat;
use crate::pystr;

pat!(DATE_NUMERIC, r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)");
pat!(DATE_WORDS, r"(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+nam\s+(\d{4})(?!\d)");
// `_TAIL_STEP`: the separator, then a date, body, term or subject lead word (shadow text).
pat!(
    TAIL_STEP,
    r"[\s,]*+(?:(?P<date>(?:ban\s+hanh\s+)?ngay\s+)|(?P<body>cua\s+)|(?P<term>\(?\s*khoa\s+(?P<term_number>[ivxl]+|\d{1,2})(?![a-z0-9])\s*\)?)|(?P<subject>ve\s+(?:viec\s+)?))"
);
pat!(SUBJECT_ASIDE, r"\(\s*(?:sau\s+day|goi\s+tat|viet\s+tat|theo\b)");
pat!(ALIAS_DEF, r"\(\s*(?:sau\s+day\s+)?(?:goi|viet)\s+tat\s+la\s+(?P<alias>[^)]{1,200})\)");
pat!(WORD, r#"[^\s,;:()"]+"#);
pat!(NEXT_WORD, r",\s*([^\s,;]+)");

/// `_BODY_LOWER_WORDS`: lower-case words that belong inside the name of a body.
const BODY_LOWER_WORDS: [&str; 29] = [
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "thị",
    "trấn",
    "thành",
    "phố",
    "quận",
    "ủy",
    "uỷ",
    "bộ",
    "hành",
    "vụ",
    "trị",
    "ương",
    "phủ",
    "thư",
    "tướng",
    "nhân",
    "dân",
    "quốc",
    "trực",
    "khối",
    "chấp",
    "đồng",
    "trường",
    "trận",
    "đảng",
];
/// `_BODY_STOP_SHADOW`.
const BODY_STOP_SHADOW: [&str; 8] = ["ve", "khoa", "ngay", "va", "tai", "theo", "thuc", "trong"];
const MAX_BODY_WORDS: usize = 10;
const MAX_SUBJECT: usize = 400;
/// How many tail steps `parse_tail` reads at most.
const MAX_TAIL_STEPS: usize = 6;

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

/// Port of `_parse_body(norm, pos)`: the name of a body written at `pos` and its end.
fn parse_body(doc: &Doc, pos: usize) -> Option<(String, usize)> {
    let window_end = doc.len().min(pos + 160);
    let mut words: Vec<&str> = Vec::new();
    let mut end = pos;
    let mut at = pos;
    while let Some(m) = doc.search(WORD(), Side::Text, at, window_end) {
        let (m_start, m_end) = m.span();
        at = m_end;
        let gap = doc.text_slice(end, m_start);
        if !words.is_empty() && (!pystr::strip(gap).is_empty() || gap.contains('\n')) {
            break; // punctuation or a line break ends the name
        }
        let matched = doc.text_slice(m_start, m_end);
        let ends_sentence = matched.ends_with('.');
        let word = pystr::rstrip_chars(matched, "./");
        let lower = pystr::lower(word);
        let word_len = pystr::clen(word);
        let shadow = doc.shadow_slice(m_start, m_start + word_len);
        let previous = words.last().map(|w| pystr::lower(w)).unwrap_or_default();
        if BODY_STOP_SHADOW.contains(&shadow) || pystr::first_is_digit(word) {
            break;
        }
        let belongs = pystr::first_is_upper(word)
            || BODY_LOWER_WORDS.contains(&lower.as_str())
            || (lower == "ban" && (previous == "ủy" || previous == "uỷ"));
        if !belongs || word.is_empty() {
            break;
        }
        words.push(word);
        end = m_start + word_len;
        if words.len() >= MAX_BODY_WORDS || ends_sentence {
            break;
        }
    }
    if words.is_empty() {
        return None;
    }
    Some((words.join(" "), end))
}

/// Port of `_subject_end(norm, start)`: where a subject starting at `start` stops.
fn subject_end(doc: &Doc, start: usize) -> usize {
    let n = doc.len();
    let limit = n.min(start + MAX_SUBJECT);
    let chars = &doc.tchars;
    if chars.get(start) == Some(&'"') {
        let from = (start + 1).min(limit);
        return match chars[from..limit].iter().position(|&c| c == '"') {
            Some(k) => from + k + 1,
            None => limit,
        };
    }
    // `_SUBJECT_STOP.finditer(text, start, limit)`: only these characters matter.
    for (i, &c) in chars.iter().enumerate().take(limit).skip(start) {
        match c {
            '\n' | ';' => return i,
            '(' if doc.match_at(SUBJECT_ASIDE(), Side::Shadow, i, n).is_some() => return i,
            '.' | ':' if i + 1 >= n || matches!(chars[i + 1], ' ' | '\n') => return i,
            ',' if starts_new_clause(doc, i) => return i,
            _ => {}
        }
    }
    limit
}

/// `_NEXT_WORD.match(text, i)` gives a capitalised word that is not all upper case:
/// ", Đảng ủy ban hành …" starts a new clause; ", MTTQ …" does not.
fn starts_new_clause(doc: &Doc, comma: usize) -> bool {
    match doc.match_at(NEXT_WORD(), Side::Text, comma, doc.len()) {
        Some(m) => {
            let (a, b) = m.get(1).unwrap();
            let word = doc.text_slice(a, b);
            pystr::first_is_upper(word) && !pystr::is_upper(word)
        }
        None => false,
    }
}

/// Which part of a tail one `_TAIL_STEP` match starts (its `lastgroup`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum TailPart {
    Date,
    Body,
    Term,
    Subject,
}

/// One `_TAIL_STEP.match(shadow, pos)`.
struct TailStep {
    part: TailPart,
    end: usize,
    term_number: Option<(usize, usize)>,
}

/// `_TAIL_STEP.match(shadow, pos)`, with its `lastgroup` as a `TailPart`.
fn tail_step(doc: &Doc, pos: usize) -> Option<TailStep> {
    let m = doc.match_at(TAIL_STEP(), Side::Shadow, pos, doc.len())?;
    let part = if m.name("date").is_some() {
        TailPart::Date
    } else if m.name("body").is_some() {
        TailPart::Body
    } else if m.name("term").is_some() {
        TailPart::Term
    } else {
        TailPart::Subject
    };
    Some(TailStep { part, end: m.end(), term_number: m.name("term_number") })
}

/// `parse_tail(norm, pos)`: date, issuing body, term and subject after a code ending at `pos`.
pub fn parse_tail(doc: &Doc, pos: usize) -> CitationTail {
    let mut tail = CitationTail { end: pos, ..CitationTail::default() };
    let mut end = pos;
    let mut subject_at: Option<usize> = None; // where a subject's words start
    let mut finished = false; // the Python loop ended with `break`
    for _ in 0..MAX_TAIL_STEPS {
        let Some(TailStep { part, end: step_end, term_number }) = tail_step(doc, end) else {
            finished = true;
            break;
        };
        match part {
            TailPart::Subject => {
                subject_at = Some(step_end);
                finished = true;
                break;
            }
            TailPart::Date => {
                let Some((date, date_end)) = parse_date(doc, step_end) else {
                    finished = true;
                    break;
                };
                if tail.date.is_none() {
                    tail.date = Some(date);
                    tail.date_span = Some(Span { start: step_end, end: date_end });
                }
                end = date_end;
            }
            TailPart::Body => {
                let Some((name, body_end)) = parse_body(doc, step_end) else {
                    finished = true;
                    break;
                };
                tail.issuing_body.get_or_insert(name);
                end = body_end;
            }
            TailPart::Term => {
                if tail.term.is_none() {
                    let (a, b) = term_number.unwrap();
                    tail.term = Some(pystr::upper(doc.shadow_slice(a, b)));
                }
                end = step_end;
            }
        }
    }
    if !finished {
        if let Some(TailStep { part: TailPart::Subject, end: step_end, .. }) = tail_step(doc, end) {
            subject_at = Some(step_end);
        }
    }
    tail.end = end;
    if let Some(start) = subject_at {
        let s_end = subject_end(doc, start);
        let raw = doc.text_slice(start, s_end);
        let collapsed = pystr::collapse_ws(raw);
        let cleaned = pystr::strip_chars(&collapsed, " \"-,");
        if !cleaned.is_empty() {
            tail.subject = Some(cleaned.to_string());
            tail.subject_span = Some(Span { start, end: s_end });
        }
    }
    tail
}

/// `alias_definitions(norm)`: "(sau đây gọi tắt là …)" spans and the alias text.
pub fn alias_definitions(doc: &Doc) -> Vec<(Span, String)> {
    doc.find_iter(ALIAS_DEF(), Side::Shadow, 0, doc.len())
        .into_iter()
        .map(|m| {
            let (a, b) = m.name("alias").unwrap();
            let alias = pystr::collapse_ws(doc.text_slice(a, b));
            (Span { start: m.start(), end: m.end() }, alias)
        })
        .collect()
}

type SpanTuple = (usize, usize);
/// A `CitationTail` as plain Python values: (end, date ISO, date span, body, term,
/// subject, subject span).
type TailTuple = (
    usize,
    Option<String>,
    Option<SpanTuple>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<SpanTuple>,
);

fn tail_tuple(t: CitationTail) -> TailTuple {
    let span = |s: Option<Span>| s.map(|s| (s.start, s.end));
    (
        t.end,
        t.date.map(|d| d.iso()),
        span(t.date_span),
        t.issuing_body,
        t.term,
        t.subject,
        span(t.subject_span),
    )
}

/// Test hook: `parse_tail(normalize_text(text), pos)` for each of `positions`, or None
/// when `text` is outside the safe alphabet.
#[pyfunction]
fn debug_parse_tails(text: &str, positions: Vec<usize>) -> Option<Vec<TailTuple>> {
    let doc = Doc::new(text)?;
    Some(positions.into_iter().map(|p| tail_tuple(parse_tail(&doc, p))).collect())
}

/// Test hook: `alias_definitions(normalize_text(text))` as ((start, end), alias) pairs.
#[pyfunction]
fn debug_alias_definitions(text: &str) -> Option<Vec<(SpanTuple, String)>> {
    let doc = Doc::new(text)?;
    Some(alias_definitions(&doc).into_iter().map(|(s, a)| ((s.start, s.end), a)).collect())
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(debug_parse_tails, m)?)?;
    m.add_function(wrap_pyfunction!(debug_alias_definitions, m)?)?;
    Ok(())
}
