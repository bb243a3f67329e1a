//! Port of ingest/extract.py: the stages wired together (`run`). build.rs turns the result
//! into the dataclasses of ingest/models.py. Offsets are character offsets into the
//! normalized text; `Doc::to_original` maps them back to the text as given.

use crate::codes::type_word_kinds;
use crate::context::{alias_definitions, parse_tail};
use crate::doc::{shadow_of, Doc, Side};
use crate::find::{scan_codes, scan_short_refs, type_word_before};
use crate::host::{level_of_body, read_host_facts};
use crate::layout::find_layout;
use crate::pat;
use crate::pystr::{collapse_ws, is_space, lstrip_chars, strip};
use crate::relations::classify_relation;
use crate::types::{
    CitationTail, Classification, Date, DocCode, HostFacts, Layout, Level, Place, RelType, Span,
};
use memchr::memmem;
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};

pat!(COORDINATION_GAP, r"\s*(?:,\s*)?(?:và|hoặc|,)?\s*");
pat!(OWN_NUMBER_LINE, caseless r"(?:^|\n)[ \t]*s[oố]\s*:?\s*$");
pat!(ANNEX_LINE, r"(?:^|\n)[ \t]*\(?\s*ban\s+hanh\s+kem\s+theo\s+(?P<kind>[a-z ]+?)\s+so\s*$");

const OWN_NUMBER_SCAN: usize = 2500;
const LEAD_IN_MAX: usize = 200;
const SENTENCE_MAX: usize = 600;
const HOST: &str = "HOST";

/// `_Draft`: a reference while it is being built.
#[derive(Clone, Debug)]
pub(crate) struct Draft {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) mention: &'static str, // code | short | self
    pub(crate) code: Option<DocCode>,
    pub(crate) lead_start: usize,
    pub(crate) type_word: Option<String>,
    pub(crate) tail: CitationTail,
    pub(crate) number: Option<String>,
    pub(crate) flags: Vec<String>,
    pub(crate) parent: Option<usize>,
    pub(crate) coordinated_with: Option<usize>,
    pub(crate) alias: bool,
    pub(crate) resolves_to: Option<String>,
    pub(crate) alternatives: Vec<String>,
    pub(crate) date: Option<Date>,
    pub(crate) issuing_body: Option<String>,
    pub(crate) term: Option<String>,
}

impl Draft {
    fn new(start: usize, end: usize, mention: &'static str, lead_start: usize) -> Draft {
        Draft {
            start,
            end,
            mention,
            code: None,
            lead_start,
            type_word: None,
            tail: CitationTail { end, ..Default::default() },
            number: None,
            flags: Vec::new(),
            parent: None,
            coordinated_with: None,
            alias: false,
            resolves_to: None,
            alternatives: Vec::new(),
            date: None,
            issuing_body: None,
            term: None,
        }
    }

    fn canonical(&self) -> Option<String> {
        self.code.as_ref().map(DocCode::canonical)
    }
}

/// A reading attached to a warning: a small dict of strings and offset lists.
pub(crate) enum Value {
    Str(String),
    Offsets(Vec<usize>),
}

/// `Warning`.
pub(crate) struct Warn {
    pub(crate) kind: &'static str,
    pub(crate) message: String,
    pub(crate) code: Option<String>,
    pub(crate) readings: Vec<Vec<(&'static str, Value)>>,
}

/// `Relation` (evidence as character offsets; Python slices the text).
#[derive(Clone)]
pub(crate) struct Rel {
    pub(crate) source: String,
    pub(crate) target: String,
    pub(crate) rtype: RelType,
    pub(crate) label: &'static str,
    pub(crate) cue: Option<String>,
    pub(crate) position: &'static str,
    pub(crate) evidence: (usize, usize),
    pub(crate) reference: usize,
}

/// `_drafts(norm, body_start)`.
fn drafts_of(doc: &Doc, body_start: usize, this_year: i32) -> Vec<Draft> {
    let mut drafts = Vec::new();
    for found in scan_codes(doc, this_year) {
        if found.start < body_start {
            continue;
        }
        let (word, lead) = match type_word_before(doc, found.start) {
            Some((w, lead)) => (Some(w), lead),
            None => (None, found.start),
        };
        let mut d = Draft::new(found.start, found.end, "code", lead);
        d.tail = parse_tail(doc, found.end);
        d.code = Some(found.code);
        d.type_word = word;
        d.flags = found.flags;
        drafts.push(d);
    }
    let taken: Vec<(usize, usize)> = drafts.iter().map(|d| (d.lead_start, d.end)).collect();
    for short in scan_short_refs(doc, &taken) {
        if short.start < body_start {
            continue;
        }
        let mention = if short.number.is_none() { "self" } else { "short" };
        let mut d = Draft::new(short.start, short.end, mention, short.start);
        if mention == "short" {
            d.tail = parse_tail(doc, short.end);
        }
        d.type_word = Some(short.type_word);
        d.number = short.number;
        drafts.push(d);
    }
    drafts.sort_by_key(|d| d.start);
    drafts
}

/// `_link_structure(norm, drafts, aliases)`.
fn link_structure(doc: &Doc, drafts: &mut [Draft], aliases: &[Span]) {
    for j in 0..drafts.len() {
        let start = drafts[j].start;
        drafts[j].alias = aliases.iter().any(|a| a.start <= start && start < a.end);
        for i in (0..j).rev() {
            if let Some(span) = drafts[i].tail.subject_span {
                if span.start <= start && start < span.end {
                    drafts[j].parent = Some(i);
                    break;
                }
            }
        }
        if j > 0 {
            let prev = &drafts[j - 1];
            let mut gap_start = prev.tail.end.max(prev.end);
            if let Some(span) = prev.tail.subject_span {
                gap_start = gap_start.max(span.end);
            }
            let lead = drafts[j].lead_start;
            let gap = doc.text_slice(gap_start, lead);
            let listed =
                gap_start <= lead && COORDINATION_GAP().fullmatch(gap, 0, gap.len()).is_some();
            if listed && prev.parent == drafts[j].parent {
                drafts[j].coordinated_with = Some(j - 1);
            }
        }
    }
    for d in drafts.iter_mut() {
        d.date = d.tail.date;
        d.issuing_body = d.tail.issuing_body.clone();
        d.term = d.tail.term.clone();
    }
    // The date, body and term written after the last code of a list apply to the others.
    for j in (0..drafts.len()).rev() {
        let Some(k) = drafts[j].coordinated_with else { continue };
        if drafts[k].tail.end <= drafts[k].end {
            let (date, body, term) =
                (drafts[j].date, drafts[j].issuing_body.clone(), drafts[j].term.clone());
            let prev = &mut drafts[k];
            prev.date = prev.date.or(date);
            prev.issuing_body = prev.issuing_body.take().or(body);
            prev.term = prev.term.take().or(term);
        }
    }
}

/// `_own_code(norm, drafts, layout)`.
fn own_code(doc: &Doc, drafts: &[Draft], layout: &Layout) -> Option<(usize, &'static str)> {
    for (i, d) in drafts.iter().enumerate() {
        if d.start > layout.body_start + OWN_NUMBER_SCAN {
            break;
        }
        if d.mention == "code"
            && doc
                .search(OWN_NUMBER_LINE(), Side::Shadow, d.start.saturating_sub(12), d.start)
                .is_some()
        {
            return Some((i, "number line"));
        }
    }
    let host_kind = layout.kind.map(|k| shadow_of(k).to_lowercase());
    for (i, d) in drafts.iter().enumerate() {
        if d.mention != "code" {
            continue;
        }
        let Some(m) = doc.search(ANNEX_LINE(), Side::Shadow, d.start.saturating_sub(60), d.start)
        else {
            continue;
        };
        let (a, b) = m.name("kind").unwrap();
        if let Some(kind) = &host_kind {
            if collapse_ws(doc.shadow_slice(a, b)) == *kind {
                return Some((i, "annex line"));
            }
        }
    }
    None
}

/// `_resolve_short_forms(norm, drafts, warnings)`.
fn resolve_short_forms(doc: &Doc, drafts: &mut [Draft], warnings: &mut Vec<Warn>) {
    let mut by_number: HashMap<String, BTreeSet<(String, String)>> = HashMap::new();
    let mut codes_by_canonical: HashMap<String, DocCode> = HashMap::new();
    for d in drafts.iter() {
        if let Some(code) = &d.code {
            let canonical = code.canonical();
            by_number
                .entry(code.number.clone())
                .or_default()
                .insert((code.kind.clone(), canonical.clone()));
            codes_by_canonical.insert(canonical, code.clone());
        }
    }
    for d in drafts.iter_mut() {
        if d.mention == "self" {
            d.resolves_to = Some(HOST.to_string());
            continue;
        }
        let (true, Some(number)) = (d.mention == "short", &d.number) else { continue };
        let wanted = type_word_kinds(d.type_word.as_deref().unwrap_or("")).unwrap_or(&[]);
        let listed = by_number.get(number);
        let of_kinds = |kinds: &[&str]| -> BTreeSet<String> {
            listed
                .into_iter()
                .flatten()
                .filter(|(kind, _)| kinds.contains(&kind.as_str()))
                .map(|(_, c)| c.clone())
                .collect()
        };
        let mut candidates = of_kinds(wanted);
        if candidates.is_empty() && d.type_word.as_deref() == Some("thong bao") {
            // "Thông báo 160" for a notice cited as "Thông báo Kết luận số 160-KL/TW"
            candidates = of_kinds(&["KL"]);
            if candidates.len() == 1 {
                d.flags.push("type_word_differs".to_string());
            }
        }
        let surface = doc.text_slice(d.start, d.end);
        if candidates.len() == 1 {
            let target = candidates.into_iter().next().unwrap();
            d.code = Some(codes_by_canonical[&target].clone());
            d.resolves_to = Some(target);
        } else if !candidates.is_empty() {
            let sorted: Vec<String> = candidates.into_iter().collect();
            warnings.push(Warn {
                kind: "ambiguous_short_form",
                message: format!("'{surface}' may mean any of {}", sorted.join(", ")),
                code: None,
                readings: sorted.into_iter().map(|c| vec![("code", Value::Str(c))]).collect(),
            });
        } else {
            warnings.push(Warn {
                kind: "unresolved_short_form",
                message: format!("'{surface}' names no document cited in full in this text"),
                code: None,
                readings: Vec::new(),
            });
        }
    }
}

/// `_type_word_warnings(norm, drafts, warnings)`.
fn type_word_warnings(doc: &Doc, drafts: &mut [Draft], warnings: &mut Vec<Warn>) {
    for d in drafts.iter_mut() {
        if d.mention != "code" {
            continue;
        }
        let (Some(code), Some(word)) = (&d.code, &d.type_word) else { continue };
        let Some(wanted) = type_word_kinds(word) else { continue };
        if wanted.is_empty() || wanted.contains(&code.kind.as_str()) {
            continue;
        }
        let canonical = code.canonical();
        let mut alt = None;
        if wanted.len() == 1 && code.party {
            let mut other = code.clone();
            other.kind = wanted[0].to_string();
            alt = Some(other.canonical());
        }
        let written = strip(doc.text_slice(d.lead_start, d.start)).to_string();
        let mut readings = vec![vec![
            ("reading", Value::Str(canonical.clone())),
            ("from", Value::Str("code".to_string())),
        ]];
        let mut message = format!("type word '{written}' does not match the code {canonical}");
        if let Some(alt) = &alt {
            d.alternatives.push(alt.clone());
            readings.push(vec![
                ("reading", Value::Str(alt.clone())),
                ("from", Value::Str(format!("type word '{written}'"))),
            ]);
            message.push_str(&format!(" (it suggests {alt})"));
        }
        warnings.push(Warn {
            kind: "type_word_mismatch",
            message,
            code: Some(canonical),
            readings,
        });
    }
}

/// An insertion-ordered map (Python dicts keep insertion order; warnings depend on it).
type Ordered<V> = Vec<(String, V)>;

fn ordered_entry<'a, V: Default>(map: &'a mut Ordered<V>, key: &str) -> &'a mut V {
    let i = match map.iter().position(|(k, _)| k == key) {
        Some(i) => i,
        None => {
            map.push((key.to_string(), V::default()));
            map.len() - 1
        }
    };
    &mut map[i].1
}

/// `_conflict_warnings(norm, drafts, warnings)`.
fn conflict_warnings(doc: &Doc, drafts: &[Draft], warnings: &mut Vec<Warn>) {
    let mut dates: Ordered<Ordered<Vec<usize>>> = Vec::new();
    let mut terms: Ordered<Ordered<Vec<usize>>> = Vec::new();
    for d in drafts {
        let Some(canonical) = d.canonical() else { continue };
        if d.alias {
            continue;
        }
        if let Some(date) = d.date {
            ordered_entry(ordered_entry(&mut dates, &canonical), &date.iso()).push(d.start);
        }
        if let Some(term) = &d.term {
            ordered_entry(ordered_entry(&mut terms, &canonical), term).push(d.start);
        }
    }
    for (kind, table, what) in
        [("conflicting_date", dates, "dates"), ("conflicting_term", terms, "terms (khóa)")]
    {
        for (canonical, mut values) in table {
            if values.len() < 2 {
                continue;
            }
            values.sort_by(|a, b| a.0.cmp(&b.0));
            let names: Vec<&str> = values.iter().map(|(v, _)| v.as_str()).collect();
            let message =
                format!("{canonical} is given {} {what}: {}", values.len(), names.join(", "));
            let readings = values
                .iter()
                .map(|(v, starts)| {
                    let offsets = starts.iter().map(|&s| doc.to_original(s, s).0).collect();
                    vec![("value", Value::Str(v.clone())), ("offsets", Value::Offsets(offsets))]
                })
                .collect();
            warnings.push(Warn { kind, message, code: Some(canonical), readings });
        }
    }
}

/// `_last_of(text, chars, lo, hi)`: the last index in [lo, hi) holding one of `chars`.
fn last_of(chars: &[char], set: &[char], lo: usize, hi: usize) -> Option<usize> {
    (lo..hi.min(chars.len())).rev().find(|&i| set.contains(&chars[i]))
}

const CLAUSE_BREAKS: [char; 6] = ['.', ';', ':', '!', '?', '\n'];

/// `_clause_start(norm, pos, floor)`.
fn clause_start(doc: &Doc, pos: usize, floor: usize) -> usize {
    let text = &doc.tchars;
    let window_start = floor.max(pos.saturating_sub(LEAD_IN_MAX));
    let Some(last) = last_of(text, &CLAUSE_BREAKS, window_start, pos) else {
        return window_start;
    };
    if last + 1 == pos && text[last] == '\n' {
        if let Some(before) = last_of(text, &CLAUSE_BREAKS, window_start, last) {
            return before + 1;
        }
    }
    last + 1
}

/// `text.rfind(c, lo, hi)`.
fn rfind(chars: &[char], c: char, lo: usize, hi: usize) -> Option<usize> {
    last_of(chars, &[c], lo, hi)
}

/// `_sentence(norm, start, end)`.
///
/// Python looks for "\n" and then for each of `.;!?` in turn, each search narrowed by the
/// last find; that comes to the nearest boundary on each side, which one scan finds: a
/// line break, or one of `.;!?` followed by whitespace (or, after the reference, by the
/// end of the text).
fn sentence(doc: &Doc, start: usize, end: usize) -> (usize, usize) {
    let text = &doc.tchars;
    let n = text.len();
    let is_stop = |c: char| matches!(c, '.' | ';' | '!' | '?');
    let limit = start.saturating_sub(SENTENCE_MAX);
    let before = (limit..start.min(n)).rev().find(|&k| {
        text[k] == '\n' || (is_stop(text[k]) && text.get(k + 1).is_some_and(|&c| is_space(c)))
    });
    let mut a = before.map_or(0, |k| k + 1).max(limit);
    let limit = n.min(end + SENTENCE_MAX);
    let after = (end..limit)
        .find(|&k| text[k] == '\n' || (is_stop(text[k]) && (k + 1 >= n || is_space(text[k + 1]))));
    let mut b = after.unwrap_or(limit);
    if b < n && is_stop(text[b]) {
        b += 1;
    }
    while a < b && is_space(text[a]) {
        a += 1;
    }
    (a, b)
}

/// `_body_relation(kind, label, primary)`.
fn body_relation(kind: RelType, label: &str, primary: Option<&HashSet<RelType>>) -> RelType {
    if !matches!(kind, RelType::Implements | RelType::Reviews) {
        return kind;
    }
    let Some(primary) = primary.filter(|p| !p.is_empty()) else { return RelType::Cites };
    if kind == RelType::Implements && !primary.contains(&RelType::Implements) {
        return if label == "continues" { kind } else { RelType::Cites };
    }
    kind
}

/// `_relations(norm, drafts, layout, host_index)`.
fn relations_of(
    doc: &Doc,
    drafts: &[Draft],
    layout: &Layout,
    host_index: Option<usize>,
) -> Vec<Rel> {
    let mut classes: Vec<Classification> = Vec::with_capacity(drafts.len());
    for (j, d) in drafts.iter().enumerate() {
        let mut floor = if j > 0 { drafts[j - 1].end } else { 0 };
        if let Some(p) = d.parent {
            floor = floor.max(drafts[p].end);
        }
        let start = clause_start(doc, d.lead_start, floor);
        let mut found = classify_relation(doc.shadow_slice(start, d.lead_start));
        if found.cue.is_none() {
            if let Some(k) = d.coordinated_with {
                found = classes[k].clone();
            }
        }
        if found.rtype == RelType::AttachedTo {
            let line_start = rfind(&doc.tchars, '\n', 0, d.lead_start).map_or(0, |i| i + 1);
            let head = lstrip_chars(doc.shadow_slice(line_start, d.lead_start), " (");
            if !(head.starts_with("ban hanh kem theo") || head.starts_with("kem theo")) {
                found = Classification { rtype: RelType::Cites, label: "annex_of", cue: found.cue };
            }
        }
        classes.push(found);
    }
    let host_code = host_index.and_then(|i| drafts[i].canonical());
    let mut primary: HashMap<String, HashSet<RelType>> = HashMap::new();
    for (d, cls) in drafts.iter().zip(&classes) {
        let at_top = matches!(layout.position(d.start), "title" | "opening");
        if d.parent.is_none() && at_top {
            if let Some(canonical) = d.canonical() {
                primary.entry(canonical).or_default().insert(cls.rtype);
            }
        }
    }
    let mut relations: Vec<Rel> = Vec::new();
    for (j, (d, cls)) in drafts.iter().zip(&classes).enumerate() {
        if d.alias || d.mention == "self" {
            continue;
        }
        let Some(target) = d.canonical() else { continue };
        let (source, position) = match d.parent {
            Some(p) => match drafts[p].canonical() {
                Some(parent) => (parent, "nested"),
                None => continue,
            },
            None => (HOST.to_string(), layout.position(d.start)),
        };
        if Some(&target) == host_code.as_ref() || source == target {
            continue;
        }
        let mut rtype = cls.rtype;
        if source == HOST && matches!(position, "body" | "annex") {
            rtype = body_relation(rtype, cls.label, primary.get(&target));
        }
        relations.push(Rel {
            source,
            target,
            rtype,
            label: cls.label,
            cue: cls.cue.clone(),
            position,
            evidence: {
                let (a, b) = sentence(doc, d.start, d.end);
                doc.to_original(a, b)
            },
            reference: j,
        });
    }
    // A document named only inside another's subject clause is still cited by the host.
    let mut cited: HashSet<String> =
        relations.iter().filter(|r| r.source == HOST).map(|r| r.target.clone()).collect();
    for k in 0..relations.len() {
        let rel = relations[k].clone();
        if rel.source != HOST
            && !cited.contains(&rel.target)
            && Some(&rel.target) != host_code.as_ref()
        {
            cited.insert(rel.target.clone());
            let mut mention = rel;
            mention.source = HOST.to_string();
            mention.rtype = RelType::Cites;
            mention.label = "mentions";
            mention.cue = None;
            mention.position = layout.position(drafts[mention.reference].start);
            relations.push(mention);
        }
    }
    // CITES says nothing more where the same source states a stronger edge to the target.
    let typed: HashSet<(String, String)> = relations
        .iter()
        .filter(|r| r.rtype != RelType::Cites)
        .map(|r| (r.source.clone(), r.target.clone()))
        .collect();
    relations
        .into_iter()
        .filter(|r| {
            r.rtype != RelType::Cites || !typed.contains(&(r.source.clone(), r.target.clone()))
        })
        .collect()
}

/// `_content_id(norm, body_start)`: SHA-256 of the body with whitespace runs collapsed
/// (`" ".join(body.split())`), in hex. After normalization the only whitespace characters
/// of a text the core takes are " " and "\n" (tabs, CR and no-break spaces map to " ";
/// tests/native checks the alphabet), so the words are the space-separated pieces of the
/// lines: the lines are hashed as they stand (single spaces inside), without building the
/// collapsed text.
fn content_id(doc: &Doc, body_start: usize) -> String {
    let body = doc.text_slice(body_start, doc.len());
    let mut hasher = Sha256::new();
    let mut first = true;
    let mut put = |piece: &str| {
        if !first {
            hasher.update(b" ");
        }
        hasher.update(piece.as_bytes());
        first = false;
    };
    for line in body.split('\n') {
        let line = line.trim_matches(' ');
        if line.is_empty() {
            continue;
        }
        if memmem::find(line.as_bytes(), b"  ").is_none() {
            put(line);
        } else {
            line.split(' ').filter(|word| !word.is_empty()).for_each(&mut put);
        }
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = hasher.finalize();
    digest
        .iter()
        .flat_map(|&b| [HEX[usize::from(b >> 4)] as char, HEX[usize::from(b & 15)] as char])
        .collect()
}

/// What `_host` computes when no metadata is given.
pub(crate) struct Host {
    pub(crate) id: String,
    pub(crate) content_hash: String,
    pub(crate) code: Option<DocCode>,
    pub(crate) kind: Option<Cow<'static, str>>, // a label, or the kind the user gave
    pub(crate) title: Option<String>,
    pub(crate) facts: HostFacts,
}

/// What the user gave about the document (front matter, `--meta`): `read_metadata(meta)`
/// and the non-empty `meta` values `_host` reads, typed and checked by Python first.
#[derive(Default)]
pub(crate) struct Given {
    pub(crate) fields: Vec<String>, // `GivenFacts.fields`: sources become "metadata"
    pub(crate) code: Option<DocCode>,
    pub(crate) level: Option<Level>,
    pub(crate) date: Option<Date>,
    pub(crate) meta: HashMap<String, String>,
}

impl Given {
    /// `meta.get(key)` when it is not empty.
    fn get(&self, key: &str) -> Option<&String> {
        self.meta.get(key).filter(|value| !value.is_empty())
    }

    /// `meta.get(key) or fallback`.
    fn or(&self, key: &str, fallback: Option<String>) -> Option<String> {
        self.get(key).cloned().or(fallback)
    }
}

/// `_host(norm, layout, facts, own, meta, body_start)`.
fn host_of(
    doc: &Doc,
    layout: &Layout,
    facts: HostFacts,
    own: Option<DocCode>,
    given: &Given,
    body_start: usize,
) -> Host {
    let mut sources = facts.sources;
    if own.is_some() {
        sources.entry("code".to_string()).or_insert_with(|| "text".to_string());
    }
    for key in &given.fields {
        sources.insert(key.clone(), "metadata".to_string());
    }
    let code = given.code.clone().or(own);
    let title = layout.title.map(|(a, b)| collapse_ws(doc.text_slice(a, b)));
    let issuing_body = given.or("issuing_body", facts.issuing_body);
    let mut level = facts.level;
    if let Some(given_level) = given.level {
        level = given_level;
    } else if given.get("issuing_body").is_some() {
        level = level_of_body(&shadow_of(issuing_body.as_deref().unwrap_or("")), Some(doc));
    }
    if level == Level::Unknown {
        if let Some(code) = &code {
            level = code.issuer_level();
        }
    }
    let place = Place {
        province: given.or("province", facts.place.province),
        district: given.or("district", facts.place.district),
        commune: given.or("commune", facts.place.commune),
    };
    let facts = HostFacts {
        issuing_body,
        level,
        term: given.or("term", facts.term),
        date: given.date.or(facts.date),
        signer: given.or("signer", facts.signer),
        signer_title: facts.signer_title,
        recipients: facts.recipients,
        place,
        sources,
    };
    let content_hash = content_id(doc, body_start);
    let id = match &code {
        Some(code) => code.canonical(),
        None => format!("doc-{}", &content_hash[..16]),
    };
    let kind = match given.get("kind") {
        Some(kind) => Some(Cow::Owned(kind.clone())),
        None => layout.kind.map(Cow::Borrowed),
    };
    Host { id, content_hash, code, kind, title: given.or("title", title), facts }
}

/// Everything `extract()` computes, before conversion to Python values.
pub(crate) struct Extraction {
    pub(crate) host: Host,
    pub(crate) drafts: Vec<Draft>,
    pub(crate) relations: Vec<Rel>,
    pub(crate) warnings: Vec<Warn>,
}

/// `extract(text, body_start=…)` without metadata.
pub(crate) fn run(doc: &Doc, body_start: usize, this_year: i32, given: &Given) -> Extraction {
    let layout = find_layout(doc, body_start);
    let aliases: Vec<Span> = alias_definitions(doc).into_iter().map(|(s, _)| s).collect();
    let mut drafts = drafts_of(doc, body_start, this_year);
    link_structure(doc, &mut drafts, &aliases);
    let mut warnings = Vec::new();
    let own_found = own_code(doc, &drafts, &layout);
    let own = own_found.and_then(|(i, _)| drafts[i].code.clone());
    let mut facts = read_host_facts(doc, &layout);
    if let Some((i, "annex line")) = own_found {
        let annex = &drafts[i];
        facts.date = facts.date.or(annex.date);
        let source = facts.sources.get("issuing_body").map(String::as_str);
        if annex.issuing_body.is_some() && matches!(source, None | Some("signature block")) {
            facts.issuing_body = annex.issuing_body.clone();
            facts.sources.insert("issuing_body".to_string(), "annex line".to_string());
        }
    }
    if let Some((i, _)) = own_found {
        if facts.level == Level::Unknown {
            let body = drafts[i].issuing_body.clone().unwrap_or_default();
            facts.level = level_of_body(&shadow_of(&body), Some(doc));
        }
    }
    let host = host_of(doc, &layout, facts, own, given, body_start);
    resolve_short_forms(doc, &mut drafts, &mut warnings);
    type_word_warnings(doc, &mut drafts, &mut warnings);
    conflict_warnings(doc, &drafts, &mut warnings);
    let relations = relations_of(doc, &drafts, &layout, own_found.map(|(i, _)| i));
    for d in &drafts {
        let Some(canonical) = d.canonical() else { continue };
        if d.flags.iter().any(|f| f == "ocr_horn" || f == "unknown_issuer") {
            let flags: BTreeSet<&str> = d.flags.iter().map(String::as_str).collect();
            let listed: Vec<&str> = flags.into_iter().collect();
            warnings.push(Warn {
                kind: "suspicious_code",
                message: format!("{canonical}: {}", listed.join(", ")),
                code: Some(canonical),
                readings: Vec::new(),
            });
        }
    }
    Extraction { host, drafts, relations, warnings }
}
