//! Port of ingest/layout.py: heading, title, opening paragraph, annex headings.
//! OWNER: helper "host".

use crate::doc::{Doc, Side};
use crate::pat;
use crate::pystr;
use crate::types::Layout;
use pyo3::prelude::*;

/// `_HEADING_SCAN`: how far after the body start a heading is looked for.
const HEADING_SCAN: usize = 4000;
/// Longest heading line (`heading_kind`: `len(line) > 40` is no heading).
const HEADING_MAX_CHARS: usize = 40;

pat!(PARAGRAPH_BREAK, r"\n[ \t]*\n");
pat!(SECTION_START, r"\s*(?:[IVX]+[.\-]|\d+[.\-)])\s");

/// `KIND_HEADINGS.get(key)`.
pub fn kind_heading(key: &str) -> Option<&'static str> {
    Some(match key {
        "ke hoach" => "Kế hoạch",
        "ket luan" => "Kết luận",
        "nghi quyet" => "Nghị quyết",
        "quyet dinh" => "Quyết định",
        "chi thi" => "Chỉ thị",
        "thong bao" => "Thông báo",
        "thong bao ket luan" => "Thông báo kết luận",
        "huong dan" => "Hướng dẫn",
        "bao cao" => "Báo cáo",
        "de an" => "Đề án",
        "chuong trinh" => "Chương trình",
        "chuong trinh hanh dong" => "Chương trình hành động",
        "quy dinh" => "Quy định",
        "quy che" => "Quy chế",
        "to trinh" => "Tờ trình",
        "cong van" => "Công văn",
        "nghi dinh" => "Nghị định",
        "thong tu" => "Thông tư",
        "luat" => "Luật",
        "thong tri" => "Thông tri",
        "de cuong" => "Đề cương",
        "phuong an" => "Phương án",
        _ => return None,
    })
}

/// `_lines(text, start, end)`: (start, stop) of each line from `start`, cut at `end`.
///
/// One pass over the UTF-8 text between the two offsets: each line's length in characters
/// is counted from its bytes (fast for short lines, where a search per line plus a byte to
/// character lookup per line cost more).
fn lines(doc: &Doc, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    if start > end || start >= doc.len() {
        return spans;
    }
    let mut pos = start;
    let mut pieces = doc.text_slice(start, end).split('\n').peekable();
    while let Some(line) = pieces.next() {
        if pieces.peek().is_none() {
            // after the last newline; Python's loop ends first when that is the text's end
            if pos < doc.len() {
                spans.push((pos, end));
            }
            break;
        }
        let stop = pos + line.chars().count();
        spans.push((pos, stop));
        pos = stop + 1;
    }
    spans
}

/// `heading_kind(norm, start, end)`: the kind named by a heading line in capitals.
pub fn heading_kind(doc: &Doc, start: usize, end: usize) -> Option<&'static str> {
    let line = pystr::strip(doc.text_slice(start, end));
    // `len(line) > 40`, counting no further than needed.
    if line.is_empty() || line.chars().nth(HEADING_MAX_CHARS).is_some() {
        return None;
    }
    if !pystr::is_upper(line) {
        return None;
    }
    let key = pystr::split_ws(doc.shadow_slice(start, end)).join(" ");
    kind_heading(&key)
}

/// `_paragraph_after(text, pos)`: the next non-empty paragraph at or after `pos`.
fn paragraph_after(doc: &Doc, mut pos: usize) -> Option<(usize, usize)> {
    let chars = &doc.tchars;
    let n = chars.len();
    while pos < n {
        while pos < n && matches!(chars[pos], ' ' | '\t' | '\n') {
            pos += 1;
        }
        if pos >= n {
            return None;
        }
        let end = doc.search(PARAGRAPH_BREAK(), Side::Text, pos, n).map_or(n, |m| m.start());
        if !is_separator_line(&chars[pos..end]) {
            return Some((pos, end));
        }
        pos = end;
    }
    None
}

/// `_SEPARATOR_LINE.match(text[pos:end])` (`^[\s\-_=.]*$`): only blanks and rule characters.
fn is_separator_line(chars: &[char]) -> bool {
    chars.iter().all(|&c| pystr::is_space(c) || matches!(c, '-' | '_' | '=' | '.'))
}

/// The end of the title that starts with the heading line `lines[i]` (see `find_layout`).
fn title_end(doc: &Doc, lines: &[(usize, usize)], i: usize) -> usize {
    let b = lines[i].1;
    let mut end = b;
    // Further lines in capitals continue the heading ("CỦA BAN CHẤP HÀNH … KHÓA XXVII").
    for &(c, d) in &lines[i + 1..] {
        let line = pystr::strip(doc.text_slice(c, d));
        if !line.is_empty() && pystr::is_upper(line) && line.chars().nth(3).is_some() {
            end = d;
        } else if !line.is_empty() || end != b {
            break;
        }
    }
    if end == b {
        // The title runs on in the next paragraph ("thực hiện …").
        if let Some((p, q)) = paragraph_after(doc, b) {
            let content = doc.text_slice(p, q).trim_end_matches(pystr::is_space);
            if let Some(last) = content.chars().last() {
                if !".:;".contains(last) && pystr::clen(content) < 700 {
                    return q;
                }
            }
        }
    }
    end
}

/// `find_layout(norm, body_start=body_start)`.
pub fn find_layout(doc: &Doc, body_start: usize) -> Layout {
    let n = doc.len();
    let mut kind = None;
    let mut heading = None;
    let mut title = None;
    let head_lines = lines(doc, body_start, n.min(body_start + HEADING_SCAN));
    for (i, &(a, b)) in head_lines.iter().enumerate() {
        if let Some(found) = heading_kind(doc, a, b) {
            kind = Some(found);
            heading = Some((a, b));
            title = Some((a, title_end(doc, &head_lines, i)));
            break;
        }
    }
    let after_title = title.map_or(body_start, |(_, end)| end);
    // The opening paragraph follows the title; without a heading, it is the first paragraph.
    let mut opening = paragraph_after(doc, after_title);
    if let Some((start, _)) = opening {
        if doc.match_at(SECTION_START(), Side::Text, start, n).is_some() {
            opening = None; // the body starts straight with section "I."
        }
    }
    let annexes = annex_headings(doc, after_title);
    Layout { kind, heading, title, opening, annexes, body_start }
}

/// The annex headings: `(a, b, heading_kind(...))` for each line `(a, b)` of
/// `_lines(text, after, len(text))` that starts a line (`a == 0 or text[a - 1] == "\n"`)
/// and is a heading.
///
/// Lines are found in the UTF-8 text; one whose stripped bytes are more than four times
/// `HEADING_MAX_CHARS` holds more characters than a heading may, so it is not measured in
/// characters (most lines of a document are prose).
fn annex_headings(doc: &Doc, after: usize) -> Vec<(usize, usize, &'static str)> {
    let mut found = Vec::new();
    if after >= doc.len() {
        return found; // `_lines` gives nothing
    }
    let text = doc.text.as_bytes();
    let first = doc.byte(Side::Text, after);
    let mut start = first;
    loop {
        let end = memchr::memchr(b'\n', &text[start..]).map_or(text.len(), |i| start + i);
        let starts_line = start != first || after == 0 || doc.tchars[after - 1] == '\n';
        let stripped = pystr::strip(&doc.text[start..end]).len();
        if starts_line && stripped > 0 && stripped <= 4 * HEADING_MAX_CHARS {
            let a = doc.char_at_byte(Side::Text, start);
            let b = doc.char_at_byte(Side::Text, end);
            if let Some(kind) = heading_kind(doc, a, b) {
                found.push((a, b, kind));
            }
        }
        if end + 1 >= text.len() {
            break; // the text's end, or a newline that ends it (`pos < len(text)` fails)
        }
        start = end + 1;
    }
    found
}

/// `find_layout(normalize_text(raw), body_start=…)` as plain values, for the tests:
/// (kind, heading, title, opening, annexes, body_start); None outside the safe alphabet.
#[pyfunction]
#[allow(clippy::type_complexity)]
fn debug_find_layout(
    raw: &str,
    body_start: usize,
) -> Option<(
    Option<&'static str>,
    Option<(usize, usize)>,
    Option<(usize, usize)>,
    Option<(usize, usize)>,
    Vec<(usize, usize, &'static str)>,
    usize,
)> {
    let doc = Doc::new(raw)?;
    let l = find_layout(&doc, body_start);
    Some((l.kind, l.heading, l.title, l.opening, l.annexes, l.body_start))
}

/// `heading_kind(normalize_text(raw), start, end)`, for the tests.
#[pyfunction]
fn debug_heading_kind(raw: &str, start: usize, end: usize) -> Option<&'static str> {
    heading_kind(&Doc::new(raw)?, start, end)
}

/// `_paragraph_after(normalize_text(raw).text, pos)`, for the tests.
#[pyfunction]
fn debug_paragraph_after(raw: &str, pos: usize) -> Option<(usize, usize)> {
    paragraph_after(&Doc::new(raw)?, pos)
}

/// `_lines(normalize_text(raw).text, start, end)`, for the tests.
#[pyfunction]
fn debug_lines(raw: &str, start: usize, end: usize) -> Option<Vec<(usize, usize)>> {
    Some(lines(&Doc::new(raw)?, start, end))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(debug_find_layout, m)?)?;
    m.add_function(wrap_pyfunction!(debug_heading_kind, m)?)?;
    m.add_function(wrap_pyfunction!(debug_paragraph_after, m)?)?;
    m.add_function(wrap_pyfunction!(debug_lines, m)?)?;
    Ok(())
}
