//! Port of the extraction half of ingest/host.py (metadata stays in Python).
//! OWNER: helper "host".

use crate::context::parse_date;
use crate::doc::{shadow_of, Doc, Side};
use crate::pat;
use crate::pat::{Caps, Pat};
use crate::pystr;
use crate::types::{HostFacts, Layout, Level, Place};
use memchr::memmem;
use pyo3::prelude::*;

/// `_CAPITAL`: the capital letters a proper name starts with.
const CAPITAL: &str = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ";

/// `_NAME`: one to four capitalised words ("Bắc Giang", "Đức Phố", "Tân Yên").
fn name_pattern() -> String {
    format!(r"(?P<name>[{CAPITAL}]\w*(?:[ ][{CAPITAL}]\w*){{0,3}})")
}

/// `_PROVINCE_BEFORE`: words before a province name, then the name.
fn province_source() -> String {
    let before = concat!(
        r"(?:\b[Tt]ỉnh [uủ][ỷy]|\b[Tt]ỉnh|Đảng bộ tỉnh|UBND tỉnh",
        r"|[Tt]hành phố trực thuộc Trung ương)"
    );
    format!("{before} {}", name_pattern())
}

/// `_DISTRICT_BEFORE`: words before a district name, then the name.
fn district_source() -> String {
    let before = concat!(
        r"(?:\b[Hh]uyện [uủ][ỷy]|\b[Hh]uyện|\b[Tt]hị [uủ][ỷy]|\b[Tt]hị xã",
        r"|\b[Qq]uận [uủ][ỷy]|\b[Qq]uận)"
    );
    format!("{before} {}", name_pattern())
}

/// `_COMMUNE_BEFORE`: words before a commune name, then the name.
fn commune_source() -> String {
    format!(r"(?:\b[Pp]hường|\b[Xx]ã|\b[Tt]hị trấn) {}", name_pattern())
}

pat!(PROVINCE_BEFORE, province_source());
pat!(DISTRICT_BEFORE, district_source());
pat!(COMMUNE_BEFORE, commune_source());
// "Bắc Giang, ngày 08 tháng 12 năm 2020" (shadow text, so tone marks do not matter).
pat!(PLACE_DATE_LINE, r"(?m)^[ \t]*([^\n,]{2,40}),\s*ngay\s+");
// The acting body in the opening sentence: "…; Ban Thường vụ Huyện ủy xây dựng Kế hoạch …".
pat!(
    OPENING_ACTOR,
    concat!(
        r"(?:^|[,;]\s*)(?P<body>(?:Ban|Đảng|Huyện|Tỉnh|Thành|Thị|Quận|Chi|Bộ)[^,;:.\n]{0,80}?)\s+",
        r"(?:xây dựng|ban hành|thảo luận|thống nhất|quyết định|yêu cầu|chỉ đạo|kết luận)"
    )
);
pat!(SIGNATURE, r"(?m)^[ \t]*(?:T/M|K/T|T/L|TM\.|KT\.|TL\.|Q\.|TUQ\.)\s*(?P<body>[^\n]+)$");
pat!(RECIPIENTS, r"(?m)^[ \t]*N[ơo]i nh[ậa]n\s*:?[ \t]*$");
// For `last_match`: the start of a line on which a match can run on to later lines.
pat!(SIGNATURE_OPEN, r"[ \t]*(?:T/M|K/T|T/L|TM\.|KT\.|TL\.|Q\.|TUQ\.)");
pat!(RECIPIENTS_OPEN, r"[ \t]*N[ơo]i nh[ậa]n");
pat!(PERSON, r"^(?:[A-ZĐ][\wÀ-ỹ]*\s){1,5}[A-ZĐ][\wÀ-ỹ]*$");
pat!(HEADING_BODY, r"CỦA\s+([^\n]+?)(?:\s+KHÓA\s+([IVXL]+))?\s*(?:\n|$)");
pat!(TERM_SPLIT, r"\s+khóa\s+");
pat!(OPENING_TERM, r"khoa\s+([ivxl]+)(?![a-z])");
pat!(MEETING_DATE, r"hoi nghi[^.;\n]{0,80}?ngay\s+");
pat!(BARE_PARTY_COMMITTEE, r"(?<![a-z])dang uy(?![a-z])");
pat!(COMMUNE_UNITS, r"ubnd (?:phuong|xa|thi tran)|(?:phuong|xa|thi tran);|dang uy (?:phuong|xa)");

/// `_LEVEL_WORDS`, each compiled as `level_of_body` does: rf"(?<![a-z]){pattern}(?![a-z])"
/// (no group around the alternatives: the look-arounds bind to the first and last only).
fn level_words() -> &'static [(Pat, Level)] {
    static WORDS: std::sync::OnceLock<Vec<(Pat, Level)>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        [
            (r"bo chinh tri|ban bi thu|ban chap hanh trung uong|trung uong", Level::Central),
            (r"tinh uy|thanh uy|dang bo tinh|dang bo thanh pho", Level::Province),
            (r"huyen uy|quan uy|thi uy|dang bo huyen|dang bo quan|dang bo thi xa", Level::District),
            (r"dang uy (?:xa|phuong|thi tran)|dang bo (?:xa|phuong|thi tran)", Level::Commune),
        ]
        .into_iter()
        .map(|(words, level)| (Pat::new(&format!(r"(?<![a-z]){words}(?![a-z])")), level))
        .collect()
    })
}

/// `_LOWER_SYLLABLES`: second syllables written in lower case inside body names.
const LOWER_SYLLABLES: [&str; 9] =
    ["Hành", "Vụ", "Trực", "Trị", "Thư", "Ương", "Nhân", "Dân", "Ban"];
/// `_AFTER_UNIT`: words after which "Ủy" is written "ủy".
const AFTER_UNIT: [&str; 8] = ["Tỉnh", "Huyện", "Đảng", "Thị", "Quận", "Thành", "Xã", "Phường"];
/// `_PLACE_WORDS`: unit words written in lower case after "Bộ".
const PLACE_WORDS: [&str; 5] = ["Tỉnh", "Huyện", "Xã", "Phường", "Quận"];

/// `body_name_case(name)`: "BAN THƯỜNG VỤ TỈNH ỦY" → "Ban Thường vụ Tỉnh ủy".
pub fn body_name_case(name: &str) -> String {
    let titled = pystr::title(name);
    let words = pystr::split_ws(&titled);
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, &word) in words.iter().enumerate() {
        let previous = if i > 0 { words[i - 1] } else { "" };
        let lower = i > 0
            && (LOWER_SYLLABLES.contains(&word)
                || ((word == "Ủy" || word == "Uỷ") && AFTER_UNIT.contains(&previous))
                || (word == "Bộ" && previous == "Đảng")
                || (PLACE_WORDS.contains(&word) && previous == "Bộ"));
        out.push(if lower { pystr::lower(word) } else { word.to_string() });
    }
    out.join(" ")
}

/// `level_of_body(body_shadow, norm)`.
pub fn level_of_body(body_shadow: &str, doc: Option<&Doc>) -> Level {
    for (pattern, level) in level_words() {
        if pattern.search_str(body_shadow).is_some() {
            return *level;
        }
    }
    if let Some(doc) = doc {
        // A bare "Đảng ủy" signing a plan: a commune/ward committee when the text names
        // commune-level units ("UBND phường", "các xã").
        if BARE_PARTY_COMMITTEE().search_str(body_shadow).is_some()
            && doc.search(COMMUNE_UNITS(), Side::Shadow, 0, doc.len()).is_some()
        {
            return Level::Commune;
        }
    }
    Level::Unknown
}

/// `_PROVINCE_ANCHORS`, `_DISTRICT_ANCHORS`, `_COMMUNE_ANCHORS`: a literal every match
/// holds (each ends in a space), and how many characters before it a match can start.
type Anchors = [(&'static str, &'static [usize])];
const PROVINCE_ANCHORS: &Anchors =
    &[("ỉnh ", &[1, 6, 9]), ("hành phố trực thuộc Trung ương ", &[1])];
const DISTRICT_ANCHORS: &Anchors = &[("uyện ", &[1]), ("hị ", &[1]), ("uận ", &[1])];
const COMMUNE_ANCHORS: &Anchors =
    &[("hường ", &[1]), ("xã ", &[0]), ("Xã ", &[0]), ("hị trấn ", &[1])];

/// A pattern compiled as `\G(?:…)` on its own, to test candidate starts without the
/// allocation `Pat::match_at` makes for its groups (PCRE2 keeps a pool of match data).
struct Anchored(pcre2::bytes::Regex);

impl Anchored {
    fn new(pattern: &str) -> Anchored {
        let regex = pcre2::bytes::RegexBuilder::new()
            .utf(true)
            .ucp(true)
            .jit_if_available(true)
            .build(&format!(r"\G(?:{pattern})"))
            .unwrap_or_else(|e| panic!("bad pattern {pattern:?}: {e}"));
        Anchored(regex)
    }

    /// The end of `pattern.match(text, start)`, if it matches (byte offsets).
    fn match_end(&self, text: &str, start: usize) -> Option<usize> {
        let found = self.0.find_at(text.as_bytes(), start).expect("PCRE2 match error");
        found.map(|m| m.end())
    }
}

/// The place patterns in order province, district, commune: each with its anchored form.
fn place_patterns() -> &'static [(&'static Pat, Anchored); 3] {
    static PATTERNS: std::sync::OnceLock<[(&'static Pat, Anchored); 3]> =
        std::sync::OnceLock::new();
    PATTERNS.get_or_init(|| {
        [
            (PROVINCE_BEFORE(), Anchored::new(&province_source())),
            (DISTRICT_BEFORE(), Anchored::new(&district_source())),
            (COMMUNE_BEFORE(), Anchored::new(&commune_source())),
        ]
    })
}

/// One anchor of a place pattern (index into `place_patterns`), with a searcher for it.
struct AnchorWord {
    place: usize,
    finder: memmem::Finder<'static>,
    backs: &'static [usize],
}

/// The anchors of the three place patterns.
fn anchor_words() -> &'static [AnchorWord] {
    static WORDS: std::sync::OnceLock<Vec<AnchorWord>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let all = [PROVINCE_ANCHORS, DISTRICT_ANCHORS, COMMUNE_ANCHORS];
        let mut words = Vec::new();
        for (place, anchors) in all.into_iter().enumerate() {
            for &(anchor, backs) in anchors {
                words.push(AnchorWord { place, finder: memmem::Finder::new(anchor), backs });
            }
        }
        words
    })
}

/// The byte offset `chars` characters before byte offset `at`, if the text has them.
fn chars_back(text: &str, at: usize, chars: usize) -> Option<usize> {
    let mut pos = at;
    for _ in 0..chars {
        pos = text[..pos].char_indices().next_back()?.0;
    }
    Some(pos)
}

/// Where a match of each place pattern can start: `backs` characters before each of its
/// anchors (sorted, each once). Each anchor is searched for on its own (memchr's SIMD
/// substring search: a few passes over the text cost less than a test at each space).
fn anchored_starts(text: &str) -> [Vec<usize>; 3] {
    let mut starts: [Vec<usize>; 3] = Default::default();
    for word in anchor_words() {
        for at in word.finder.find_iter(text.as_bytes()) {
            let found = word.backs.iter().filter_map(|&back| chars_back(text, at, back));
            starts[word.place].extend(found);
        }
    }
    for list in &mut starts {
        list.sort_unstable();
        list.dedup();
    }
    starts
}

/// `_finditer_anchored(pattern, text, anchors)` = `list(pattern.finditer(text))`, trying
/// the pattern only at `starts`, where an anchor says a match can start. Byte offsets.
fn find_iter_anchored(
    text: &str,
    pattern: &Pat,
    anchored: &Anchored,
    starts: &[usize],
) -> Vec<Caps> {
    let mut found = Vec::new();
    let mut pos = 0;
    for &start in starts {
        if start < pos {
            continue;
        }
        if let Some(end) = anchored.match_end(text, start) {
            pos = end;
            found.extend(pattern.match_at(text, start, text.len()));
        }
    }
    found
}

/// `_most_common(matches)`: the name found most often; among equals, the one found first
/// (`Counter.most_common(1)`).
fn most_common_name(text: &str, matches: &[Caps]) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in matches {
        let (a, b) = m.name("name").expect("the name group always takes part");
        let name = &text[a..b];
        match counts.iter_mut().find(|(seen, _)| *seen == name) {
            Some(entry) => entry.1 += 1,
            None => counts.push((name, 1)),
        }
    }
    let mut best: Option<(&str, usize)> = None;
    for &(name, count) in &counts {
        if best.is_none_or(|(_, top)| count > top) {
            best = Some((name, count));
        }
    }
    best.map(|(name, _)| name.to_string())
}

/// `_place(norm, layout, level)`: names cited after unit words in the body.
fn place(doc: &Doc, layout: &Layout, level: Level) -> Place {
    // A slice, as in Python: look-behinds and `\b` see nothing before the body.
    let text = doc.text_slice(layout.body_start, doc.len());
    let starts = anchored_starts(text);
    let [province, district, commune] = place_patterns();
    let name = |(pattern, anchored): &(&Pat, Anchored), starts: &[usize]| {
        most_common_name(text, &find_iter_anchored(text, pattern, anchored, starts))
    };
    let mut found = Place { province: name(province, &starts[0]), ..Place::default() };
    if matches!(level, Level::District | Level::Commune | Level::Unknown) {
        found.district = name(district, &starts[1]);
    }
    if matches!(level, Level::Commune | Level::Unknown) {
        found.commune = name(commune, &starts[2]);
    }
    found
}

/// `_SIGNATURE_ANCHORS` / `_RECIPIENTS_ANCHORS`: a literal every match holds.
const SIGNATURE_ANCHORS: [&str; 7] = ["T/M", "K/T", "T/L", "TM.", "KT.", "TL.", "Q."];
const RECIPIENTS_ANCHORS: [&str; 2] = ["Nơi nh", "Noi nh"];

/// `_last_match(pattern, text, start, anchors, opening)`: the last of
/// `pattern.finditer(text, start)`, found from the end of the text (character offsets).
fn last_match(
    doc: &Doc,
    pattern: &Pat,
    start: usize,
    anchors: &[&str],
    opening: &Pat,
) -> Option<Caps> {
    let text = doc.text.as_str();
    if start >= doc.len() {
        return None;
    }
    let start = doc.byte(Side::Text, start);
    let mut end = text.len();
    while start < end {
        let anchor = last_anchor(text, start, end, anchors)?;
        let line = line_start_before_runover(text, start, anchor, opening);
        if let Some(found) = pattern.find_iter(text, line, text.len()).pop() {
            return Some(found.map_offsets(|b| doc.char_at_byte(Side::Text, b)));
        }
        end = line;
    }
    None
}

/// `max(text.rfind(a, start, end) for a in anchors)`: the last start of an anchor that lies
/// wholly in `start..end`, found by one scan back from `end` (byte offsets; every anchor
/// starts with an ASCII letter).
fn last_anchor(text: &str, start: usize, end: usize, anchors: &[&str]) -> Option<usize> {
    let bytes = &text.as_bytes()[..end];
    let mut first = [false; 256];
    for anchor in anchors {
        first[anchor.as_bytes()[0] as usize] = true;
    }
    (start..end).rev().find(|&p| {
        first[bytes[p] as usize] && anchors.iter().any(|a| bytes[p..].starts_with(a.as_bytes()))
    })
}

/// `_line_start_before_runover(text, start, pos, opening)`: the start of the line holding
/// `pos` (not before `start`), moved back over lines that a match starting earlier could
/// run on through. Byte offsets (the whitespace stepped over is ASCII).
fn line_start_before_runover(text: &str, start: usize, pos: usize, opening: &Pat) -> usize {
    let bytes = text.as_bytes();
    let line_start = |before: usize| text[..before].rfind('\n').map_or(0, |i| i + 1);
    let mut line = line_start(pos).max(start);
    while line > start {
        // The last non-whitespace character before the line ends at `last`.
        let mut last = line;
        while last > start && bytes[last - 1].is_ascii() && pystr::is_space(bytes[last - 1] as char)
        {
            last -= 1;
        }
        if last == start {
            break;
        }
        let previous = line_start(last);
        if previous < start || opening.fullmatch(text, previous, last).is_none() {
            break;
        }
        line = previous;
    }
    line
}

/// `_signature(norm, start)`: (acting body, signer title, signer name) from the last
/// signature block.
fn signature(doc: &Doc, start: usize) -> (Option<String>, Option<String>, Option<String>) {
    let Some(block) = last_match(doc, SIGNATURE(), start, &SIGNATURE_ANCHORS, SIGNATURE_OPEN())
    else {
        return (None, None, None);
    };
    let (a, b) = block.name("body").expect("the body group always takes part");
    let acting = Some(pystr::collapse_ws(doc.text_slice(a, b))).filter(|s| !s.is_empty());
    let mut title = None;
    let mut name = None;
    // The first 8 lines after the block (`split("\n", 8)[:8]`).
    for line in doc.text_slice(block.end(), doc.len()).split('\n').take(8) {
        let clean = pystr::collapse_ws(line);
        if clean.is_empty() || clean.starts_with('(') {
            continue;
        }
        if title.is_none() && pystr::is_upper(&clean) {
            title = Some(clean);
        } else if PERSON().match_at(&clean, 0, clean.len()).is_some() {
            name = Some(clean);
            break;
        }
    }
    (acting, title, name)
}

/// `_recipients(norm, start)`: the "- …" lines under the last "Nơi nhận:".
fn recipients(doc: &Doc, start: usize) -> Vec<String> {
    let Some(heading) =
        last_match(doc, RECIPIENTS(), start, &RECIPIENTS_ANCHORS, RECIPIENTS_OPEN())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // Lines 1 to 39 after the heading (`split("\n", 40)[1:40]`).
    for line in doc.text_slice(heading.end(), doc.len()).split('\n').skip(1).take(39) {
        let clean = pystr::collapse_ws(line);
        if clean.is_empty() {
            continue;
        }
        if !clean.starts_with(['-', '+']) {
            break;
        }
        let item = pystr::rstrip_chars(pystr::lstrip_chars(&clean, "-+ "), ",;.");
        if !item.is_empty() {
            out.push(item.to_string());
        }
    }
    out
}

/// The heading continuation: "KẾT LUẬN / CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXVII".
fn body_from_heading(doc: &Doc, layout: &Layout, facts: &mut HostFacts) {
    let (Some((_, heading_end)), Some((_, title_end))) = (layout.heading, layout.title) else {
        return;
    };
    let Some(m) = doc.search(HEADING_BODY(), Side::Text, heading_end, title_end) else {
        return;
    };
    let (a, b) = m.get(1).expect("group 1 always takes part");
    facts.issuing_body = Some(body_name_case(pystr::strip(doc.text_slice(a, b))));
    facts.term = m.get(2).map(|(a, b)| doc.text_slice(a, b).to_string());
    facts.sources.insert("issuing_body".into(), "heading".into());
}

/// The acting body of the opening sentence: "…; Ban Thường vụ Huyện ủy xây dựng …".
fn body_from_opening(doc: &Doc, layout: &Layout, facts: &mut HostFacts) {
    let Some((a, b)) = layout.opening else { return };
    let Some(actor) = doc.search(OPENING_ACTOR(), Side::Text, a, b) else {
        return;
    };
    let (p, q) = actor.name("body").expect("the body group always takes part");
    let body = pystr::collapse_ws(doc.text_slice(p, q));
    let before_term = match TERM_SPLIT().search_str(&body) {
        Some(m) => &body[..m.start()],
        None => &body[..],
    };
    facts.issuing_body = Some(before_term.to_string());
    facts.sources.insert("issuing_body".into(), "opening sentence".into());
    if let Some(term) = doc.search(OPENING_TERM(), Side::Shadow, actor.start(), actor.end()) {
        if facts.term.is_none() {
            let (s, e) = term.get(1).expect("group 1 always takes part");
            facts.term = Some(doc.shadow_slice(s, e).to_ascii_uppercase());
        }
    }
}

/// The date: a "<place>, ngày … tháng … năm …" line near the top, else the meeting date
/// named in the opening ("Hội nghị … ngày …").
fn read_date(doc: &Doc, layout: &Layout, facts: &mut HostFacts) {
    let head_end = doc.len().min(layout.body_start + 3000);
    let mut at = layout.body_start;
    while let Some(m) = doc.search(PLACE_DATE_LINE(), Side::Shadow, at, head_end) {
        if let Some((day, _)) = parse_date(doc, m.end()) {
            facts.date = Some(day);
            facts.sources.insert("date".into(), "place-date line".into());
            return;
        }
        at = m.end(); // matches are never empty
    }
    let Some((a, b)) = layout.opening else { return };
    if let Some(m) = doc.search(MEETING_DATE(), Side::Shadow, a, b) {
        if let Some((day, _)) = parse_date(doc, m.end()) {
            facts.date = Some(day);
            facts.sources.insert("date".into(), "meeting date in opening".into());
        }
    }
}

/// `read_host_facts(norm, layout)`.
pub fn read_host_facts(doc: &Doc, layout: &Layout) -> HostFacts {
    let mut facts = HostFacts::default();
    body_from_heading(doc, layout, &mut facts);
    if facts.issuing_body.is_none() {
        body_from_opening(doc, layout, &mut facts);
    }
    let (acting, signer_title, signer) = signature(doc, layout.body_start);
    facts.signer = signer;
    facts.signer_title = signer_title;
    if let Some(acting) = acting {
        if facts.issuing_body.is_none() {
            let body = if pystr::is_upper(&acting) { body_name_case(&acting) } else { acting };
            facts.issuing_body = Some(body);
            facts.sources.insert("issuing_body".into(), "signature block".into());
        }
    }
    facts.recipients = recipients(doc, layout.body_start);
    read_date(doc, layout, &mut facts);
    if let Some(body) = facts.issuing_body.as_deref().filter(|b| !b.is_empty()) {
        facts.level = level_of_body(&shadow_of(body), Some(doc));
    }
    facts.place = place(doc, layout, facts.level);
    facts
}

fn level_from_value(value: &str) -> Option<Level> {
    [Level::Central, Level::Province, Level::District, Level::Commune, Level::Unknown]
        .into_iter()
        .find(|l| l.value() == value)
}

type Span = Option<(usize, usize)>;
type PlainPlace = (Option<String>, Option<String>, Option<String>);
type PlainFacts = (
    Option<String>,
    &'static str,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Vec<String>,
    PlainPlace,
    Vec<(String, String)>,
);

fn plain_facts(f: HostFacts) -> PlainFacts {
    (
        f.issuing_body,
        f.level.value(),
        f.term,
        f.date.map(|d| d.iso()),
        f.signer,
        f.signer_title,
        f.recipients,
        (f.place.province, f.place.district, f.place.commune),
        f.sources.into_iter().collect(),
    )
}

/// `read_host_facts(norm, layout)` as plain values, for the tests: (issuing_body, level,
/// term, date ISO, signer, signer_title, recipients, (province, district, commune),
/// sorted sources). The layout is `find_layout(norm, body_start)` unless `spans` gives
/// (heading, title, opening). None outside the safe alphabet.
#[pyfunction]
#[pyo3(signature = (raw, body_start, spans=None))]
fn debug_read_host_facts(
    raw: &str,
    body_start: usize,
    spans: Option<(Span, Span, Span)>,
) -> Option<PlainFacts> {
    let doc = Doc::new(raw)?;
    let mut layout = crate::layout::find_layout(&doc, body_start);
    if let Some((heading, title, opening)) = spans {
        layout.heading = heading;
        layout.title = title;
        layout.opening = opening;
    }
    Some(plain_facts(read_host_facts(&doc, &layout)))
}

/// `level_of_body(body_shadow, normalize_text(raw) if raw is not None else None).value`.
#[pyfunction]
#[pyo3(signature = (body_shadow, raw=None))]
fn debug_level_of_body(body_shadow: &str, raw: Option<&str>) -> &'static str {
    let doc = raw.and_then(Doc::new);
    level_of_body(body_shadow, doc.as_ref()).value()
}

/// `body_name_case(name)`, for the tests.
#[pyfunction]
fn debug_body_name_case(name: &str) -> String {
    body_name_case(name)
}

/// `_signature(normalize_text(raw), start)`, for the tests.
#[pyfunction]
fn debug_signature(raw: &str, start: usize) -> Option<PlainPlace> {
    Some(signature(&Doc::new(raw)?, start))
}

/// `_recipients(normalize_text(raw), start)`, for the tests.
#[pyfunction]
fn debug_recipients(raw: &str, start: usize) -> Option<Vec<String>> {
    Some(recipients(&Doc::new(raw)?, start))
}

/// `_place(normalize_text(raw), layout with body_start, Level(level))`, for the tests.
#[pyfunction]
fn debug_place(raw: &str, body_start: usize, level: &str) -> Option<PlainPlace> {
    let doc = Doc::new(raw)?;
    let level = level_from_value(level)?;
    let layout = Layout {
        kind: None,
        heading: None,
        title: None,
        opening: None,
        annexes: Vec::new(),
        body_start,
    };
    let p = place(&doc, &layout, level);
    Some((p.province, p.district, p.commune))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(debug_read_host_facts, m)?)?;
    m.add_function(wrap_pyfunction!(debug_level_of_body, m)?)?;
    m.add_function(wrap_pyfunction!(debug_body_name_case, m)?)?;
    m.add_function(wrap_pyfunction!(debug_signature, m)?)?;
    m.add_function(wrap_pyfunction!(debug_recipients, m)?)?;
    m.add_function(wrap_pyfunction!(debug_place, m)?)?;
    Ok(())
}
