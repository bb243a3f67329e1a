//! Port of ingest/find.py: codes, type words before them, short forms, self references.
//! OWNER: helper "find".
//!
//! The patterns are the Python ones, built from the same pieces (a test compares the
//! sources). Codes and short forms are tried only at the starts of digit runs, as in
//! `TextScan`, after a plain-code check of what the pattern needs there (`code_may_start`,
//! `lead_window`), which only skips places where it cannot match. The type word before a
//! code is the plain `_TYPE_WORD_BEFORE.search` over the 48-character window (what
//! `scan_type_word_before` computes with its reversed look-back). Short forms use the
//! reversed lead-in patterns as the Python does, on the reversed shadow of a window that
//! holds everything they can read.

use crate::codes::{
    abbreviated_type_word, canonical_number, is_known_state_issuer, is_zero_number, lookup,
    party_issuers, party_types, state_issuers, state_types, How, ABBREVIATED_TYPE_WORDS,
};
use crate::doc::{Doc, Side};
use crate::pat;
use crate::pat::{Caps, Pat};
use crate::pystr::{char_is_upper, first_is_upper, is_space, is_upper};
use crate::types::{CodeMatch, DocCode, ShortMatch};
use pyo3::prelude::*;
use std::collections::HashMap;

// Letters allowed in type and issuer slots (after the character map, Đ is U+0110).
const L: &str = "A-Za-zĐđƯư";
const UP: &str = "A-ZĐƯ";
// Not glued to a word, path, decimal, dash or "01:2021".
const BOUNDARY_BEFORE: &str = r"(?<![\w/.\-:])";
// A number: up to five digits and an optional letter suffix (30c/NQ-CP).
const NUMBER: &str = r"\d{1,5}[a-zđ]?";
const MIN_YEAR: i32 = 1945;

/// Type words in the shadow text, longest first (`TYPE_WORDS_SHADOW`).
#[rustfmt::skip]
pub const TYPE_WORDS_SHADOW: &[&str] = &[
    "thong bao ket luan", "chuong trinh hanh dong", "thong tu lien tich",
    "van ban hop nhat", "nghi quyet", "quyet dinh", "quy dinh", "chi thi", "ket luan",
    "thong bao", "huong dan", "ke hoach", "chuong trinh", "thong tu", "thong tri",
    "cong van", "nghi dinh", "quy che", "bao cao", "to trinh", "de an", "du an",
    "phuong an", "cong dien", "phap lenh", "luat",
];

fn party_tail() -> String {
    format!(
        r"(?:\s*-\s*|(?P<nohyphen>[ ]+)(?=[{UP}][{L}]{{1,3}}\s*/))(?P<ptype>[{L}]{{1,4}})\s*/\s*(?P<pissuer>[{UP}][{UP}&]{{0,14}}(?:-[{UP}][{UP}&]{{0,14}})*)(?P<nb>/nb)?(?![\w/])"
    )
}

fn state_tail() -> String {
    format!(
        r"\s*/\s*(?:(?P<year>(?:19|20)\d{{2}})\s*/\s*)?(?P<stail>(?:UBTVQH|QH)\d{{1,2}}|(?:NQLT|TTLT)/[{UP}][{L}0-9&]{{0,14}}(?:[ ]?-[ ]?[{UP}][{L}0-9&]{{0,14}})+|[{L}][{L}0-9&]{{0,14}}(?:[ ]?-[ ]?[{UP}][{L}0-9&]{{0,14}})+)(?![\w/])"
    )
}

fn code_pattern() -> String {
    format!(r"(?=[0-9]){BOUNDARY_BEFORE}(?P<num>{NUMBER})(?:{}|{})", party_tail(), state_tail())
}

fn type_word_alt() -> String {
    TYPE_WORDS_SHADOW.iter().map(|w| w.replace(' ', r"\s+")).collect::<Vec<_>>().join("|")
}

fn abbrev_alt() -> String {
    ABBREVIATED_TYPE_WORDS.iter().map(|e| e.0).collect::<Vec<_>>().join("|")
}

fn initials<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut firsts: Vec<char> = words.filter_map(|w| w.chars().next()).collect();
    firsts.sort_unstable();
    firsts.dedup();
    firsts.into_iter().collect()
}

fn rev_type_word_alt() -> String {
    let mut words: Vec<&str> = TYPE_WORDS_SHADOW.to_vec();
    words.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    words
        .iter()
        .map(|w| {
            let rev: String = w.chars().rev().collect();
            rev.split(' ').collect::<Vec<_>>().join(r"\s+")
        })
        .collect::<Vec<_>>()
        .join("|")
}

const QUANTITY: &str = r"\s*(?:%|thang|nam|ngay|quy|tuan|dieu|khoan|lan|ty|trieu|nghin)(?![a-z])";

fn shared_numbers() -> String {
    format!(r"(?:(?<![\w/.\-:])({NUMBER})\s*(?:,|&|và)\s*)+$")
}
fn shared_one() -> String {
    format!(r"({NUMBER})\s*(?:,|&|và)\s*")
}
fn type_word_before_pattern() -> String {
    format!(r"(?<![a-z])(?P<word>{})(?:\s+lien\s+tich)?\s*(?:so\s*:?\s*)?$", type_word_alt())
}
fn abbrev_before() -> String {
    format!(r"(?<![\w])(?P<word>{})\s*(?:số\s*)?$", abbrev_alt())
}
fn short_ref() -> String {
    format!(
        r"(?=[{}])(?<![a-z])(?P<word>{})\s+(?P<so>so\s+)?(?P<num>\d{{1,5}}[a-z]?)(?![\w/\-]|\s*[-/]|\s+[a-z]{{1,4}}\s*/|[.,]\d|{QUANTITY})",
        initials(TYPE_WORDS_SHADOW.iter().copied()),
        type_word_alt()
    )
}
fn short_abbrev_ref() -> String {
    format!(
        r"(?=[{}])(?<![\w])(?P<word>{})\s+(?P<so>số\s+)?(?P<num>\d{{1,5}}[a-z]?)(?![\w/\-]|\s*[-/]|\s+[A-Za-zĐđ]{{1,4}}\s*/|[.,]\d)",
        initials(ABBREVIATED_TYPE_WORDS.iter().map(|e| e.0)),
        abbrev_alt()
    )
}
fn self_ref() -> String {
    format!(r"(?<![a-z])(?P<word>{}|van\s+ban)\s+nay(?![a-z])", type_word_alt())
}
fn rev_short_lead() -> String {
    format!(r"\s+(?:os\s+)?(?:{})(?![a-z])", rev_type_word_alt())
}
fn rev_abbrev_lead() -> String {
    let mut alts: Vec<String> = ABBREVIATED_TYPE_WORDS
        .iter()
        .map(|e| e.0.to_lowercase().replace('đ', "d").chars().rev().collect())
        .collect();
    alts.sort();
    alts.dedup();
    format!(r"\s+(?:os\s+)?(?:{})(?!\w)", alts.join("|"))
}

pat!(CODE_PATTERN, code_pattern());
pat!(SHARED_NUMBERS, shared_numbers());
pat!(SHARED_ONE, shared_one());
pat!(TYPE_WORD_BEFORE, type_word_before_pattern());
pat!(ABBREV_BEFORE, abbrev_before());
pat!(SHORT_REF, short_ref());
pat!(SHORT_ABBREV_REF, short_abbrev_ref());
pat!(SELF_REF, self_ref());
pat!(REV_SHORT_LEAD, rev_short_lead());
pat!(REV_ABBREV_LEAD, rev_abbrev_lead());

/// `ingest.find.CODE_PATTERN`, compiled (ingest/normalize.py parses codes with it).
pub fn code_regex() -> &'static Pat {
    CODE_PATTERN()
}

/// The sources of the patterns, keyed by their Python names (for the tests).
pub fn pattern_sources() -> Vec<(&'static str, String)> {
    vec![
        ("CODE_PATTERN", code_pattern()),
        ("_SHARED_NUMBERS", shared_numbers()),
        ("_SHARED_ONE", shared_one()),
        ("_TYPE_WORD_BEFORE", type_word_before_pattern()),
        ("_ABBREV_BEFORE", abbrev_before()),
        ("SHORT_REF", short_ref()),
        ("SHORT_ABBREV_REF", short_abbrev_ref()),
        ("SELF_REF", self_ref()),
        ("_REV_SHORT_LEAD", rev_short_lead()),
        ("_REV_ABBREV_LEAD", rev_abbrev_lead()),
    ]
}

/// `_digit_runs(shadow)`: starts of the maximal runs of decimal digits in the shadow (ASCII
/// digits only on the safe alphabet; their bytes never occur inside other characters).
///
/// Eight bytes at a time: a run starts at a digit byte whose previous byte is no digit.
pub fn digit_starts(doc: &Doc) -> Vec<usize> {
    let b = doc.shadow.as_bytes();
    let mut out = Vec::new();
    let mut previous_digit = false; // the byte before the current block is a digit
    let mut push_starts = |at: usize, mut starts: u64| {
        while starts != 0 {
            let i = at + starts.trailing_zeros() as usize / 8;
            out.push(doc.char_at_byte(Side::Shadow, i));
            starts &= starts - 1;
        }
    };
    let blocks = b.chunks_exact(8);
    let rest = blocks.remainder();
    for (k, block) in blocks.enumerate() {
        let digits = digit_mask(u64::from_le_bytes(block.try_into().unwrap()));
        // The high bit of each byte whose previous byte is a digit.
        let after_digit = (digits << 8) | if previous_digit { 0x80 } else { 0 };
        push_starts(k * 8, digits & !after_digit);
        previous_digit = digits >> 63 != 0;
    }
    let done = b.len() - rest.len();
    let mut last = [0u8; 8]; // the remainder, padded with non-digits
    last[..rest.len()].copy_from_slice(rest);
    let digits = digit_mask(u64::from_le_bytes(last));
    push_starts(done, digits & !((digits << 8) | if previous_digit { 0x80 } else { 0 }));
    out
}

/// The high bit of each byte of `word` that is an ASCII digit (exact: no carry crosses
/// bytes, since the sums below stay under 0x100 on the low seven bits of each byte).
fn digit_mask(word: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = word & LOW7;
    let at_least_0 = low + 0x5050_5050_5050_5050; // high bit set where low >= 0x30
    let above_9 = low + 0x4646_4646_4646_4646; // high bit set where low >= 0x3a
    at_least_0 & !above_9 & !word & HIGH
}

fn group<'d>(doc: &'d Doc, side: Side, m: &Caps, name: &str) -> Option<&'d str> {
    m.name(name).map(|(a, b)| doc.slice(side, a, b))
}

/// `re.sub(r"\s+", " ", s)`.
fn collapse_runs(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if is_space(c) {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// `scan_codes(TextScan.of(norm), this_year=this_year)`; the caller resolves a missing year
/// (Python's `this_year or date.today().year`).
pub fn scan_codes(doc: &Doc, this_year: i32) -> Vec<CodeMatch> {
    let mut found = Vec::new();
    let mut resume = 0;
    for start in digit_starts(doc) {
        if start < resume || !doc.tchars[start].is_ascii_digit() {
            continue;
        }
        if !code_may_start(&doc.tchars, start) {
            continue; // CODE_PATTERN cannot match here (and so does not move `resume`)
        }
        let Some(m) = doc.match_at(CODE_PATTERN(), Side::Text, start, doc.len()) else {
            continue;
        };
        resume = m.end();
        let Some(matched) = code_from_match(doc, &m, this_year) else {
            continue;
        };
        found.extend(shared_before(doc, &matched));
        found.push(matched);
    }
    found
}

/// A necessary condition for `CODE_PATTERN` to match at `start` (a digit), in plain code:
/// no word character, "/", ".", "-" or ":" before; at most five digits and an optional
/// letter; then, after any whitespace, "-", "/" or an upper-case letter.
fn code_may_start(t: &[char], start: usize) -> bool {
    if start > 0 {
        let c = t[start - 1];
        if c.is_ascii_alphanumeric() || matches!(c, '_' | '/' | '.' | '-' | ':') {
            return false;
        }
    }
    let mut i = start;
    while i < t.len() && t[i].is_ascii_digit() {
        i += 1;
    }
    if i - start > 5 {
        return false; // `\d{1,5}` would leave a digit, which no tail accepts
    }
    if i < t.len() && (t[i].is_ascii_lowercase() || t[i] == 'đ') {
        i += 1;
    }
    while i < t.len() && is_space(t[i]) {
        i += 1;
    }
    i < t.len() && matches!(t[i], '-' | '/' | 'A'..='Z' | 'Đ' | 'Ư')
}

fn code_from_match(doc: &Doc, m: &Caps, this_year: i32) -> Option<CodeMatch> {
    let text = |name| group(doc, Side::Text, m, name);
    let raw_number = text("num").unwrap();
    if is_zero_number(raw_number) {
        return None;
    }
    let number = canonical_number(raw_number);
    let (code, flags) = if let Some(ptype) = text("ptype") {
        let (mut code, mut flags) = party_code(number, ptype, text("pissuer").unwrap())?;
        if text("nohyphen").is_some() {
            // `code.kind in PARTY_TYPES` always holds: it came from that table.
            if ptype != code.kind {
                return None; // a missing hyphen is accepted only for an exact type
            }
            flags.push("missing_hyphen".to_string());
        }
        if text("nb").is_some_and(|s| !s.is_empty()) {
            code.year = None;
            code.internal = true;
        }
        (code, flags)
    } else {
        let year = text("year").map(|y| y.parse::<i32>().unwrap());
        if let Some(y) = year {
            if !(MIN_YEAR <= y && y <= this_year + 1) {
                return None;
            }
        }
        state_code(number, year, text("stail").unwrap())?
    };
    Some(CodeMatch { start: m.start(), end: m.end(), code, flags })
}

fn how_flag(prefix: &str, how: How) -> String {
    format!("{prefix}_{}", how.value())
}

/// `_party_code`; None where the Python raises ValueError.
fn party_code(number: String, raw_type: &str, raw_issuer: &str) -> Option<(DocCode, Vec<String>)> {
    let mut flags = Vec::new();
    let (kind, how) = lookup(raw_type, party_types());
    let kind = kind?;
    if how != How::Exact {
        flags.push(how_flag("type", how));
    }
    let parts: Vec<&str> = raw_issuer.split('-').collect();
    let (found, body_how) = lookup(parts[0], party_issuers());
    let body = match found {
        None => {
            flags.push("unknown_issuer".to_string());
            parts[0]
        }
        Some(body) => {
            if body_how != How::Exact {
                flags.push(how_flag("issuer", body_how));
            }
            body
        }
    };
    if parts[0].contains('Ư') && !body.contains('Ư') {
        flags.push("ocr_horn".to_string()); // "445-KL/TƯ": OCR turned U into Ư
    }
    let mut issuer = body.to_string();
    for p in &parts[1..] {
        issuer.push('-');
        issuer.push_str(p);
    }
    let code = DocCode {
        number,
        kind: kind.to_string(),
        issuer,
        party: true,
        year: None,
        internal: false,
    };
    Some((code, flags))
}

/// `_state_code`; None where the Python raises ValueError.
fn state_code(number: String, year: Option<i32>, tail: &str) -> Option<(DocCode, Vec<String>)> {
    let mut flags = Vec::new();
    let joint;
    let tail = if tail.contains('/') {
        joint = tail.replace('/', "-");
        flags.push("irregular_joint".to_string());
        joint.as_str()
    } else {
        tail
    };
    // re.split(r"\s*-\s*", tail): the tail holds spaces only next to its hyphens.
    let parts: Vec<&str> =
        tail.split('-').map(|p| p.trim_matches(is_space)).filter(|p| !p.is_empty()).collect();
    let state = |kind: &str, issuer: String| DocCode {
        number: number.clone(),
        kind: kind.to_string(),
        issuer,
        party: false,
        year,
        internal: false,
    };
    if parts.len() == 1 {
        return Some((state("", parts[0].to_string()), flags));
    }
    let (kind, how) = lookup(parts[0], state_types());
    let (kind, issuers): (&str, &[&str]) = match kind {
        Some(kind) => {
            if how != How::Exact {
                flags.push(how_flag("type", how));
            }
            (kind, &parts[1..])
        }
        None => {
            if year.is_some() || !is_upper(parts[0]) {
                return None;
            }
            flags.push("letter".to_string());
            ("", &parts[..])
        }
    };
    let mut fixed: Vec<&str> = Vec::with_capacity(issuers.len());
    for &token in issuers {
        let (canonical, token_how) = lookup(token, state_issuers());
        if let Some(canonical) = canonical {
            fixed.push(canonical);
            if token_how != How::Exact {
                flags.push(how_flag("issuer", token_how));
            }
        } else if is_known_state_issuer(token) || is_upper(token) || first_is_upper(token) {
            fixed.push(token);
        } else {
            return None;
        }
    }
    if !(is_known_state_issuer(fixed[0]) || is_upper(fixed[0])) {
        return None;
    }
    if issuers.iter().any(|t| t.contains('Ư')) && !fixed.iter().any(|t| t.contains('Ư')) {
        flags.push("ocr_horn".to_string());
    }
    Some((state(kind, fixed.join("-")), flags))
}

/// `_shared_before`: numbers sharing the symbol of `matched`, written just before it.
fn shared_before(doc: &Doc, matched: &CodeMatch) -> Vec<CodeMatch> {
    let t = &doc.tchars;
    let window_start = matched.start.saturating_sub(60);
    let mut j = matched.start;
    while j > window_start && is_space(t[j - 1]) {
        j -= 1;
    }
    let joined = (j >= 1 && matches!(t[j - 1], ',' | '&'))
        || (j >= window_start + 2 && t[j - 2] == 'v' && t[j - 1] == 'à');
    if !joined {
        return Vec::new();
    }
    let Some(head) = doc.search(SHARED_NUMBERS(), Side::Text, window_start, matched.start) else {
        return Vec::new();
    };
    let mut shared = Vec::new();
    for part in doc.find_iter(SHARED_ONE(), Side::Text, head.start(), matched.start) {
        let (a, b) = part.get(1).unwrap();
        let number = canonical_number(doc.text_slice(a, b));
        if is_zero_number(&number) {
            continue;
        }
        let mut flags = matched.flags.clone();
        flags.push("shared_symbol".to_string());
        let code = DocCode { number, ..matched.code.clone() };
        shared.push(CodeMatch { start: a, end: b, code, flags });
    }
    shared
}

/// `scan_type_word_before(scan, start)`: (type word in shadow form, its start).
pub fn type_word_before(doc: &Doc, start: usize) -> Option<(String, usize)> {
    let window = start.saturating_sub(48);
    if let Some(m) = doc.search(TYPE_WORD_BEFORE(), Side::Shadow, window, start) {
        let word = group(doc, Side::Shadow, &m, "word").unwrap();
        return Some((collapse_runs(word), m.start()));
    }
    // `_ABBREV_BEFORE` ends in an abbreviation, then whitespace and "số": check that first.
    let t = &doc.tchars;
    let mut j = start.min(t.len());
    while j > window && is_space(t[j - 1]) {
        j -= 1;
    }
    if j >= 2 && t[j - 2] == 's' && t[j - 1] == 'ố' {
        j -= 2;
        while j > window && is_space(t[j - 1]) {
            j -= 1;
        }
    }
    if j > window && matches!(t[j - 1], 'Q' | 'Đ' | 'L' | 'T' | 'B' | 'H' | 'V') {
        if let Some(m) = doc.search(ABBREV_BEFORE(), Side::Text, window, start) {
            let word = group(doc, Side::Text, &m, "word").unwrap();
            return Some((abbreviated_type_word(word).unwrap().to_string(), m.start()));
        }
    }
    None
}

/// The reversed shadow from `lo` up to `end`: the part of `TextScan.reversed_shadow` that
/// a look-back from `end` can read (see `lead_window`).
struct Reversed<'d> {
    doc: &'d Doc,
    end: usize,
    text: String,
}

impl<'d> Reversed<'d> {
    fn window(doc: &'d Doc, lo: usize, end: usize) -> Self {
        Reversed { doc, end, text: doc.schars[lo..end].iter().rev().collect() }
    }

    /// `scan.leftmost_before(pattern, end)`: where a match of `pattern` (a reversed pattern)
    /// ending at `end` starts, or None.
    fn leftmost_before(&self, pattern: &Pat) -> Option<usize> {
        let m = pattern.match_at(&self.text, 0, self.text.len())?;
        Some(self.end - self.text[..m.end()].chars().count())
    }

    /// `_match_before`: the match of `pattern` whose number starts at `end`, if any.
    fn match_before(&self, lead_in: &Pat, pattern: &Pat, side: Side) -> Option<Caps> {
        let lead = self.leftmost_before(lead_in)?;
        let m = self.doc.match_at(pattern, side, lead, self.doc.len())?;
        (m.name("num").map(|s| s.0) == Some(self.end)).then_some(m)
    }
}

/// `_is_year`.
fn is_year(number: &str) -> bool {
    number.len() == 4
        && number.bytes().all(|b| b.is_ascii_digit())
        && (MIN_YEAR..=2099).contains(&number.parse::<i32>().unwrap())
}

/// `scan_short_refs(scan, taken)`.
pub fn scan_short_refs(doc: &Doc, taken: &[(usize, usize)]) -> Vec<ShortMatch> {
    let mut short = Vec::new();
    let mut abbreviated = Vec::new();
    for digits in digit_starts(doc) {
        if digits == 0 || !is_space(doc.schars[digits - 1]) {
            continue;
        }
        let Some(lo) = lead_window(&doc.schars, digits) else {
            continue; // neither lead-in pattern can match before these digits
        };
        let reversed = Reversed::window(doc, lo, digits);
        if let Some(m) = reversed.match_before(REV_SHORT_LEAD(), SHORT_REF(), Side::Shadow) {
            short.extend(short_match(doc, &m));
        }
        if let Some(m) = reversed.match_before(REV_ABBREV_LEAD(), SHORT_ABBREV_REF(), Side::Text) {
            abbreviated.extend(abbreviated_match(doc, &m));
        }
    }
    let mut found = short;
    found.append(&mut abbreviated);
    for m in self_refs(doc) {
        let word = collapse_runs(group(doc, Side::Shadow, &m, "word").unwrap());
        found.push(ShortMatch { start: m.start(), end: m.end(), type_word: word, number: None });
    }
    let mut kept: Vec<ShortMatch> =
        found.into_iter().filter(|s| !overlaps(s.start, s.end, taken)).collect();
    kept.sort_by_key(|s| s.start); // stable, as Python's sort
    kept
}

/// Last two letters of the words a lead-in can end with: the type words of `SHORT_REF` and
/// the abbreviations of `SHORT_ABBREV_REF` as the shadow writes them ("qd").
fn lead_endings() -> &'static [[char; 2]] {
    static E: std::sync::OnceLock<Vec<[char; 2]>> = std::sync::OnceLock::new();
    E.get_or_init(|| {
        let abbreviations =
            ABBREVIATED_TYPE_WORDS.iter().map(|e| e.0.to_lowercase().replace('đ', "d"));
        let mut out: Vec<[char; 2]> = TYPE_WORDS_SHADOW
            .iter()
            .map(|w| w.to_string())
            .chain(abbreviations)
            .map(|w| {
                let c: Vec<char> = w.chars().collect();
                [c[c.len() - 2], c[c.len() - 1]]
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    })
}

/// Where the look-backs before `digits` start reading, or None where neither
/// `_REV_SHORT_LEAD` nor `_REV_ABBREV_LEAD` can match.
///
/// Both read whitespace back from `digits`, an optional "so" and whitespace, then a type
/// word or abbreviation and one character more (`(?![a-z])`, `(?!\w)`). Such a word ends in
/// one of `lead_endings` and holds at most `LEAD_LETTERS` letters (between its whitespace
/// runs), so no attempt of either pattern reads further back than `LEAD_LETTERS + 1`
/// non-space characters before the word's end: the reversed shadow of the window from
/// there gives the same matches as the whole reversed shadow.
fn lead_window(s: &[char], digits: usize) -> Option<usize> {
    let skip_space = |mut i: usize| {
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        i
    };
    let ends_word = |e: usize| e >= 2 && lead_endings().contains(&[s[e - 2], s[e - 1]]);
    let e = skip_space(digits);
    let mut word_end = ends_word(e).then_some(e);
    if e >= 2 && s[e - 2] == 's' && s[e - 1] == 'o' {
        let before = skip_space(e - 2);
        if before < e - 2 && ends_word(before) {
            word_end = Some(before);
        }
    }
    let mut lo = word_end?;
    let mut letters = 0;
    while lo > 0 && letters <= LEAD_LETTERS + 1 {
        if !is_space(s[lo - 1]) {
            letters += 1;
        }
        lo -= 1;
    }
    Some(lo)
}

/// The most non-space characters of a type word or abbreviation ("chuong trinh hanh dong").
const LEAD_LETTERS: usize = 19;

/// `_short_ref`.
fn short_match(doc: &Doc, m: &Caps) -> Option<ShortMatch> {
    let number = group(doc, Side::Shadow, m, "num").unwrap();
    // A bare four-digit year after a type word ("Kế hoạch 2021") is not a number.
    if m.name("so").is_none() && is_year(number) {
        return None;
    }
    if !char_is_upper(doc.tchars[m.start()]) {
        return None; // "quyết định 5 nội dung" is prose; references are capitalised
    }
    let word = collapse_runs(group(doc, Side::Shadow, m, "word").unwrap());
    Some(ShortMatch {
        start: m.start(),
        end: m.end(),
        type_word: word,
        number: Some(canonical_number(number)),
    })
}

/// `_abbreviated_ref`.
fn abbreviated_match(doc: &Doc, m: &Caps) -> Option<ShortMatch> {
    let number = group(doc, Side::Text, m, "num").unwrap();
    if is_year(number) {
        return None;
    }
    let word = abbreviated_type_word(group(doc, Side::Text, m, "word").unwrap()).unwrap();
    Some(ShortMatch {
        start: m.start(),
        end: m.end(),
        type_word: word.to_string(),
        number: Some(canonical_number(number)),
    })
}

/// Byte offsets of "này" in `text`, in order (`text.find("này", k + 3)` in a loop): found
/// through its rarest character, "à", which `str::find(char)` looks for with memchr.
fn nay_offsets(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(i) = text[pos..].find('à') {
        let at = pos + i; // "à" is two bytes; "n" before it, "y" after it
        if at >= 1 && b[at - 1] == b'n' && b.get(at + 2) == Some(&b'y') {
            out.push(at - 1);
        }
        pos = at + 2;
    }
    out
}

/// `_self_refs`: the SELF_REF matches of the shadow that end in "này" in the text.
fn self_refs(doc: &Doc) -> Vec<Caps> {
    let (t, s) = (&doc.tchars, &doc.schars);
    let mut starts = Vec::new();
    for b in nay_offsets(&doc.text) {
        let k = doc.char_at_byte(Side::Text, b);
        if k == 0 || !is_space(t[k - 1]) {
            continue;
        }
        let mut i = k;
        for _ in 0..4 {
            while i > 0 && is_space(s[i - 1]) {
                i -= 1;
            }
            let end = i;
            while i > 0 && s[i - 1].is_ascii_lowercase() {
                i -= 1;
            }
            if i == end {
                break;
            }
            starts.push(i);
        }
    }
    starts.sort_unstable();
    starts.dedup();
    let mut found = Vec::new();
    let mut pos = 0;
    for start in starts {
        if start < pos {
            continue;
        }
        if let Some(m) = doc.match_at(SELF_REF(), Side::Shadow, start, doc.len()) {
            let end = m.end();
            if end >= 3 && doc.text_slice(end - 3, end) == "này" {
                pos = end;
                found.push(m);
            }
        }
    }
    found
}

/// `_overlaps(start, end, spans)`, with `bisect_right(spans, (start, 10**18))` as written.
fn overlaps(start: usize, end: usize, spans: &[(usize, usize)]) -> bool {
    const BIG: u128 = 1_000_000_000_000_000_000;
    let (mut lo, mut hi) = (0usize, spans.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let (a, b) = spans[mid];
        if start < a || (start == a && BIG < b as u128) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    let i = lo as isize - 1;
    [i, i + 1].into_iter().any(|j| {
        j >= 0
            && (j as usize) < spans.len()
            && spans[j as usize].0 < end
            && start < spans[j as usize].1
    })
}

// ---- debug entry points for tests/native/test_native_find.py --------------------------

/// A (start, end) span.
type Span = (usize, usize);
/// A short form as (start, end, type word, number).
type ShortRow = (usize, usize, String, Option<String>);

type CodeRow = (
    usize,
    usize,
    (String, String, String, bool, Option<i32>, bool),
    Vec<String>,
    (String, String, bool, &'static str),
);

fn code_row(m: CodeMatch) -> CodeRow {
    let c = &m.code;
    let derived =
        (c.canonical(), c.main_issuer().to_string(), c.is_central(), c.issuer_level().value());
    let fields = (c.number.clone(), c.kind.clone(), c.issuer.clone(), c.party, c.year, c.internal);
    (m.start, m.end, fields, m.flags, derived)
}

/// `scan_codes` rows, or None outside the safe alphabet.
#[pyfunction]
fn find_debug_codes(raw: &str, this_year: i32) -> Option<Vec<CodeRow>> {
    let doc = Doc::new(raw)?;
    Some(scan_codes(&doc, this_year).into_iter().map(code_row).collect())
}

/// `scan_type_word_before` at each of `starts`.
#[pyfunction]
fn find_debug_type_word_before(
    raw: &str,
    starts: Vec<usize>,
) -> Option<Vec<Option<(String, usize)>>> {
    let doc = Doc::new(raw)?;
    Some(starts.into_iter().map(|s| type_word_before(&doc, s)).collect())
}

/// The `_drafts` pipeline up to the short forms: (codes' (lead_start, end), short forms).
#[pyfunction]
fn find_debug_drafts(raw: &str, this_year: i32) -> Option<(Vec<Span>, Vec<ShortRow>)> {
    let doc = Doc::new(raw)?;
    let taken: Vec<(usize, usize)> = scan_codes(&doc, this_year)
        .iter()
        .map(|m| (type_word_before(&doc, m.start).map_or(m.start, |(_, lead)| lead), m.end))
        .collect();
    let short = short_rows(scan_short_refs(&doc, &taken));
    Some((taken, short))
}

fn short_rows(found: Vec<ShortMatch>) -> Vec<ShortRow> {
    found.into_iter().map(|s| (s.start, s.end, s.type_word, s.number)).collect()
}

/// `scan_short_refs(scan, taken)` rows.
#[pyfunction]
fn find_debug_short_refs(raw: &str, taken: Vec<(usize, usize)>) -> Option<Vec<ShortRow>> {
    let doc = Doc::new(raw)?;
    Some(short_rows(scan_short_refs(&doc, &taken)))
}

/// `lookup(token, table)` for table in party_types, state_types, party_issuers, state_issuers.
#[pyfunction]
fn find_debug_lookup(token: &str, table: &str) -> (Option<&'static str>, &'static str) {
    let (found, how) = match table {
        "party_types" => lookup(token, party_types()),
        "state_types" => lookup(token, state_types()),
        "party_issuers" => lookup(token, party_issuers()),
        "state_issuers" => lookup(token, state_issuers()),
        _ => panic!("no table {table}"),
    };
    (found, how.value())
}

/// (canonical_number(raw), is_known_state_issuer(raw)).
#[pyfunction]
fn find_debug_number_issuer(raw: &str) -> (Option<String>, bool) {
    let number = raw.trim_end_matches(|c| crate::codes::NUMBER_SUFFIX.contains(c));
    let valid = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    (valid.then(|| canonical_number(raw)), is_known_state_issuer(raw))
}

/// The derived properties of a code given by its fields.
#[pyfunction]
#[pyo3(signature = (number, kind, issuer, party, year, internal))]
fn find_debug_code(
    number: String,
    kind: String,
    issuer: String,
    party: bool,
    year: Option<i32>,
    internal: bool,
) -> (String, String, bool, &'static str) {
    let c = DocCode { number, kind, issuer, party, year, internal };
    (c.canonical(), c.main_issuer().to_string(), c.is_central(), c.issuer_level().value())
}

/// Dictionaries and pattern sources, keyed by their Python names.
#[pyfunction]
fn find_debug_tables() -> HashMap<&'static str, Vec<(String, Vec<String>)>> {
    use crate::codes::*;
    let pairs = |t: &[(&str, &str)]| {
        t.iter().map(|e| (e.0.to_string(), vec![e.1.to_string()])).collect::<Vec<_>>()
    };
    let keys = |t: &mut dyn Iterator<Item = &'static str>| {
        t.map(|k| (k.to_string(), Vec::new())).collect::<Vec<_>>()
    };
    let mut out = HashMap::new();
    out.insert("PARTY_TYPES", pairs(PARTY_TYPES));
    out.insert("STATE_TYPES", pairs(STATE_TYPES));
    out.insert("ABBREVIATED_TYPE_WORDS", pairs(ABBREVIATED_TYPE_WORDS));
    out.insert("TYPE_WORD_DISPLAY", pairs(TYPE_WORD_DISPLAY));
    out.insert(
        "TYPE_WORD_KINDS",
        TYPE_WORD_KINDS
            .iter()
            .map(|e| (e.0.to_string(), e.1.iter().map(|k| k.to_string()).collect()))
            .collect(),
    );
    out.insert(
        "ISSUER_LEVEL",
        ISSUER_LEVEL.iter().map(|e| (e.0.to_string(), vec![e.1.value().to_string()])).collect(),
    );
    out.insert("CENTRAL_PARTY_ISSUERS", keys(&mut CENTRAL_PARTY_ISSUERS.iter().copied()));
    out.insert("LOCAL_PARTY_ISSUERS", keys(&mut LOCAL_PARTY_ISSUERS.iter().copied()));
    out.insert("CENTRAL_STATE_ISSUERS", keys(&mut CENTRAL_STATE_ISSUERS.iter().copied()));
    out.insert("LOCAL_STATE_ISSUERS", keys(&mut LOCAL_STATE_ISSUERS.iter().copied()));
    out.insert("TYPE_WORDS_SHADOW", keys(&mut TYPE_WORDS_SHADOW.iter().copied()));
    out.insert(
        "patterns",
        pattern_sources().into_iter().map(|(k, v)| (k.to_string(), vec![v])).collect(),
    );
    out
}

/// Debug entry points for the differential tests (tests/native/test_native_find.py).
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(find_debug_codes, m)?)?;
    m.add_function(wrap_pyfunction!(find_debug_type_word_before, m)?)?;
    m.add_function(wrap_pyfunction!(find_debug_drafts, m)?)?;
    m.add_function(wrap_pyfunction!(find_debug_short_refs, m)?)?;
    m.add_function(wrap_pyfunction!(find_debug_lookup, m)?)?;
    m.add_function(wrap_pyfunction!(find_debug_number_issuer, m)?)?;
    m.add_function(wrap_pyfunction!(find_debug_code, m)?)?;
    m.add_function(wrap_pyfunction!(find_debug_tables, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_mask_is_exact() {
        for byte in 0..=255u8 {
            let word = u64::from_le_bytes([b'x', byte, 0xff, byte, b'0', 0x39, 0x3a, 0x2f]);
            let expect: Vec<bool> = word.to_le_bytes().iter().map(|c| c.is_ascii_digit()).collect();
            let got: Vec<bool> = (0..8).map(|i| digit_mask(word) >> (8 * i + 7) & 1 == 1).collect();
            assert_eq!(got, expect, "byte {byte}");
        }
    }

    #[test]
    fn digit_starts_like_runs() {
        let texts = ["", "1", "a1", "1234567890 12 x3", "Số 12/NQ-TW ngày 1234567 và 8", "đđđđ9"];
        for text in texts.iter().map(|t| t.repeat(3)).chain(texts.iter().map(|t| t.to_string())) {
            let doc = Doc::new(&text).unwrap();
            let s = &doc.schars;
            let expect: Vec<usize> = (0..s.len())
                .filter(|&i| s[i].is_ascii_digit() && (i == 0 || !s[i - 1].is_ascii_digit()))
                .collect();
            assert_eq!(digit_starts(&doc), expect, "{text:?}");
        }
    }

    #[test]
    fn lead_letters_bounds_every_lead_word() {
        let abbreviations = ABBREVIATED_TYPE_WORDS.iter().map(|e| e.0);
        let longest = TYPE_WORDS_SHADOW
            .iter()
            .copied()
            .chain(abbreviations)
            .map(|w| w.chars().filter(|c| *c != ' ').count())
            .max();
        assert_eq!(longest, Some(LEAD_LETTERS));
    }
}
