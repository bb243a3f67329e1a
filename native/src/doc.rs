//! The normalized text of one document, as `ingest.text.NormalizedText` gives it, for text
//! made of the safe alphabet (see `tables.rs`), invisible characters that normalization
//! deletes (zero-width spaces, soft hyphen, BOM) and Vietnamese letters in decomposed form
//! (NFD). For safe text normalization is a one-to-one character map; deletions and
//! compositions change lengths, and `Doc::to_original` maps offsets back to the original
//! as `NormalizedText.to_original` does.
//!
//! Offsets are CHARACTER indices everywhere (as in Python) and, inside the crate, offsets
//! into the NORMALIZED text; `text` and `shadow` are UTF-8, so every access goes through
//! the tables here.

use crate::pat::{Caps, Pat};
use crate::tables::{COMPOSE, DELETED, MARKS, MAX_MARKS, SAFE, SHADOW_OF};
use pyo3::prelude::*;
use std::cell::RefCell;
use std::sync::OnceLock;

/// Code points below this bound are looked up in a dense table.
const DENSE: usize = 0x2000;

/// What a safe character becomes: its normalized character and its shadow.
#[derive(Clone, Copy)]
struct Entry {
    text: char,
    shadow: char,
}

struct Alphabet {
    ascii: [Option<Entry>; 128], // most characters: one lookup
    slot: Vec<u16>,              // code point < DENSE -> 1 + index in `entries`, 0 when not safe
    entries: Vec<Entry>,
    sparse: Vec<(char, Entry)>,
}

fn alphabet() -> &'static Alphabet {
    static A: OnceLock<Alphabet> = OnceLock::new();
    A.get_or_init(|| {
        let mut alphabet = Alphabet {
            ascii: [None; 128],
            slot: vec![0; DENSE],
            entries: Vec::new(),
            sparse: Vec::new(),
        };
        for &(c, m, s) in SAFE.iter() {
            let (text, shadow) = (char::from_u32(m).unwrap(), char::from_u32(s).unwrap());
            let entry = Entry { text, shadow };
            if c < 128 {
                alphabet.ascii[c as usize] = Some(entry);
            }
            if (c as usize) < DENSE {
                alphabet.entries.push(entry);
                alphabet.slot[c as usize] = alphabet.entries.len() as u16;
            } else {
                alphabet.sparse.push((char::from_u32(c).unwrap(), entry));
            }
        }
        alphabet
    })
}

/// The normalized character and shadow of `c`, or None when `c` is not safe.
fn entry(c: char) -> Option<&'static Entry> {
    alphabet().entry(c)
}

impl Alphabet {
    #[inline(always)]
    fn entry(&self, c: char) -> Option<&Entry> {
        let cp = c as usize;
        if cp < 128 {
            return self.ascii[cp].as_ref();
        }
        if cp < DENSE {
            let slot = self.slot[cp] as usize;
            return if slot == 0 { None } else { Some(&self.entries[slot - 1]) };
        }
        self.sparse.iter().find(|e| e.0 == c).map(|e| &e.1)
    }
}

/// Whether `c` is one of the combining marks of decomposed Vietnamese (MARKS is sorted).
fn is_mark(c: char) -> bool {
    let cp = c as u32;
    (MARKS[0]..=MARKS[MARKS.len() - 1]).contains(&cp) && MARKS.contains(&cp)
}

/// Whether normalization deletes `c` (`ingest.text._DELETED`).
fn is_deleted(c: char) -> bool {
    DELETED.contains(&(c as u32))
}

/// `base` and up to MAX_MARKS marks packed into one key: the base, then for each mark its
/// index in MARKS plus one (0 for no mark), four bits each.
fn compose_key(base: u32, marks: impl Iterator<Item = u32>) -> u64 {
    let mut key = u64::from(base);
    for m in marks.chain(std::iter::repeat(0)).take(MAX_MARKS) {
        let index = MARKS.iter().position(|&x| x == m).map_or(0, |i| i + 1);
        key = key << 4 | index as u64;
    }
    key
}

/// The safe character NFC makes of `base` followed by `marks`, if it is one (the table is
/// generated from `unicodedata.normalize("NFC", ...)`).
fn compose(base: char, marks: &[char]) -> Option<char> {
    static T: OnceLock<Vec<(u64, char)>> = OnceLock::new();
    let table = T.get_or_init(|| {
        let mut t: Vec<(u64, char)> = COMPOSE
            .iter()
            .map(|(b, m, c)| (compose_key(*b, m.iter().copied()), char::from_u32(*c).unwrap()))
            .collect();
        t.sort_unstable();
        t
    });
    if marks.len() > MAX_MARKS {
        return None;
    }
    let key = compose_key(base as u32, marks.iter().map(|&m| m as u32));
    let i = table.binary_search_by_key(&key, |e| e.0).ok()?;
    Some(table[i].1)
}

/// The map from normalized offsets back to the original (`NormalizedText._norm`, `_orig`,
/// `_exact`): from normalized offset `norm[k]` on, the text maps to `orig[k]`, one to one
/// when `exact[k]`, else the region is one piece mapped as a whole. Empty when
/// normalization kept every character in place.
#[derive(Clone, Debug, Default)]
struct OffsetMap {
    norm: Vec<usize>,
    orig: Vec<usize>,
    exact: Vec<bool>,
}

impl OffsetMap {
    fn starting() -> OffsetMap {
        OffsetMap { norm: vec![0], orig: vec![0], exact: vec![true] }
    }

    /// Record a piece `raw[a:b]` replaced by `len` characters at normalized offset `at`,
    /// as `normalize_text` does for a piece whose length changes.
    fn piece(&mut self, a: usize, b: usize, at: usize, len: usize) {
        self.norm.extend([at, at + len]);
        self.orig.extend([a, b]);
        self.exact.extend([false, true]);
    }

    /// `bisect_right(self._norm, i) - 1`, or None for -1.
    fn checkpoint(&self, i: usize) -> Option<usize> {
        self.norm.partition_point(|&n| n <= i).checked_sub(1)
    }
}

/// `ingest.text.shadow_of(s)`: lower case without diacritics, one character per character.
/// Characters outside the safe alphabet stay as they are (Python's table does the same for
/// every character it does not know).
pub fn shadow_of(s: &str) -> String {
    static T: OnceLock<Vec<(u32, char)>> = OnceLock::new();
    let t = T.get_or_init(|| {
        SHADOW_OF.iter().map(|&(c, sh)| (c, char::from_u32(sh).unwrap())).collect()
    });
    s.chars()
        .map(|c| match t.binary_search_by_key(&(c as u32), |e| e.0) {
            Ok(i) => t[i].1,
            Err(_) => c,
        })
        .collect()
}

/// One view (text or shadow) under construction: its text, its characters and, for the
/// text view, the byte offset of each character. The shadow's offsets are worked out at
/// the end, and only when it is not ASCII (then character and byte offsets differ); byte
/// offsets go back to characters by binary search (far fewer lookups happen than
/// characters are pushed). Pushing as little as possible per character matters: this runs
/// on every character of every document.
struct ViewBuilder {
    text: String,
    chars: Vec<char>,
    to_byte: Vec<u32>,
}

thread_local! {
    /// Buffers of dropped documents, for the next one on this thread: a document needs
    /// ~20 bytes per character of tables, and taking fresh memory for each one made page
    /// faults a quarter of `Doc::new`.
    static SPARE_VIEWS: RefCell<Vec<ViewBuilder>> = const { RefCell::new(Vec::new()) };
}

impl ViewBuilder {
    /// Empty buffers for a text of `bytes` bytes, reused from a dropped document if any.
    fn with_capacity(bytes: usize) -> ViewBuilder {
        let mut view = SPARE_VIEWS.with(|spare| spare.borrow_mut().pop()).unwrap_or_else(|| {
            ViewBuilder { text: String::new(), chars: Vec::new(), to_byte: Vec::new() }
        });
        view.text.clear();
        view.chars.clear();
        view.to_byte.clear();
        view.text.reserve(bytes);
        view.chars.reserve(bytes);
        view.to_byte.reserve(bytes + 1);
        view
    }

    /// Keep the buffers for the next document (at most two views: one document).
    fn recycle(self) {
        SPARE_VIEWS.with(|spare| {
            let mut spare = spare.borrow_mut();
            if spare.len() < 2 {
                spare.push(self);
            }
        });
    }

    /// Push a character of the text view (with its byte offset).
    #[inline(always)]
    fn push_tracked(&mut self, c: char) {
        self.to_byte.push(self.text.len() as u32);
        self.text.push(c);
        self.chars.push(c);
    }

    /// Push a character of the shadow view (offsets come at the end).
    #[inline(always)]
    fn push(&mut self, c: char) {
        self.text.push(c);
        self.chars.push(c);
    }

    fn pop(&mut self) {
        if self.chars.pop().is_some() {
            self.text.pop();
            self.to_byte.pop();
        }
    }

    /// (text, characters, char -> byte table closed with the end of the text; empty when
    /// the text is ASCII, every offset being the same then).
    fn finish(mut self) -> (String, Vec<char>, Vec<u32>) {
        if self.text.len() == self.chars.len() {
            self.to_byte.clear();
        } else {
            if self.to_byte.len() != self.chars.len() {
                self.to_byte.clear();
                self.to_byte.extend(self.text.char_indices().map(|(b, _)| b as u32));
            }
            self.to_byte.push(self.text.len() as u32);
        }
        (self.text, self.chars, self.to_byte)
    }
}

/// Both views of a document under construction.
struct DocBuilder {
    text: ViewBuilder,
    shadow: ViewBuilder,
}

impl DocBuilder {
    fn with_capacity(bytes: usize) -> DocBuilder {
        DocBuilder {
            text: ViewBuilder::with_capacity(bytes),
            shadow: ViewBuilder::with_capacity(bytes),
        }
    }

    /// Number of characters pushed.
    fn len(&self) -> usize {
        self.text.chars.len()
    }

    #[inline(always)]
    fn push(&mut self, e: &Entry) {
        self.text.push_tracked(e.text);
        self.shadow.push(e.shadow);
    }

    /// Take back the last character pushed.
    fn pop(&mut self) {
        self.text.pop();
        self.shadow.pop();
    }

    fn finish(self, map: OffsetMap, original_len: usize) -> Doc {
        let (text, tchars, t_byte) = self.text.finish();
        let (shadow, schars, s_byte) = self.shadow.finish();
        Doc { text, shadow, tchars, schars, t_byte, s_byte, map, original_len }
    }

    /// Finish `Doc::new` from byte `at` of `raw`, where a deleted character or a mark is,
    /// all characters before being safe and already pushed. The piece of a mark starts at
    /// the character before it, which is taken back.
    fn continue_with_pieces(mut self, raw: &str, mut at: usize) -> Option<Doc> {
        if raw[at..].starts_with(is_mark) {
            at -= raw[..at].chars().next_back()?.len_utf8();
            self.pop();
        }
        self.push_pieces(&raw[at..])
    }

    /// Push the normalized form of `rest`, the end of a text whose beginning (all safe) is
    /// pushed: the `_SPECIAL` pieces of `normalize_text` are replaced and recorded in the
    /// offset map; None (Python handles the text) for anything but safe characters, runs
    /// of deleted characters and safe letters followed by marks that compose into one
    /// safe letter.
    ///
    /// Pieces are found like `_SPECIAL.finditer(raw)`: at each position `.[TRAILERS]+`
    /// first (a character followed by marks), then `[DELETED]+` (safe characters are
    /// neither trailers nor NFC-changed, and that alternative starts outside the safe
    /// alphabet; gen_tables.py checks these facts). A mark after a deleted character, or
    /// at the start, is part of no piece we accept, so the text is refused.
    fn push_pieces(mut self, rest: &str) -> Option<Doc> {
        let mut map = OffsetMap::starting();
        let mut chars = rest.chars().peekable();
        let mut pos = self.len(); // index of `c` in the original text, in characters
        while let Some(mut c) = chars.next() {
            let start = pos;
            pos += 1;
            if is_deleted(c) {
                while chars.next_if(|&d| is_deleted(d)).is_some() {
                    pos += 1;
                }
                map.piece(start, pos, self.len(), 0);
                continue;
            }
            let mut marks = ['\0'; MAX_MARKS];
            let mut count = 0;
            while let Some(mark) = chars.next_if(|&m| is_mark(m)) {
                *marks.get_mut(count)? = mark;
                count += 1;
                pos += 1;
            }
            if count > 0 {
                c = compose(c, &marks[..count])?;
                map.piece(start, pos, self.len(), 1);
            }
            self.push(entry(c)?);
        }
        Some(self.finish(map, pos))
    }
}

/// Which view of the document a pattern runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Text,
    Shadow,
}

pub struct Doc {
    /// The normalized text and its shadow (lower case, no diacritics), same length in chars.
    pub text: String,
    pub shadow: String,
    pub tchars: Vec<char>,
    pub schars: Vec<char>,
    // char index -> byte offset in `text` / `shadow` (n + 1 increasing entries), empty for
    // an ASCII view (offsets are equal).
    t_byte: Vec<u32>,
    s_byte: Vec<u32>,
    map: OffsetMap,
    original_len: usize,
}

impl Drop for Doc {
    fn drop(&mut self) {
        let take = |text: &mut String, chars: &mut Vec<char>, to_byte: &mut Vec<u32>| ViewBuilder {
            text: std::mem::take(text),
            chars: std::mem::take(chars),
            to_byte: std::mem::take(to_byte),
        };
        take(&mut self.text, &mut self.tchars, &mut self.t_byte).recycle();
        take(&mut self.shadow, &mut self.schars, &mut self.s_byte).recycle();
    }
}

impl Doc {
    /// `ingest.text.normalize_text(raw)`, or None when `raw` holds a character outside the
    /// safe alphabet that is neither deleted nor part of a composing letter (see
    /// `DocBuilder::push_pieces`).
    ///
    /// Safe text takes one pass that builds both views and their offset tables (this runs
    /// on every document, so it avoids intermediate collections); from the first deleted
    /// character or mark on, `DocBuilder::push_pieces` takes over.
    pub fn new(raw: &str) -> Option<Doc> {
        let mut doc = DocBuilder::with_capacity(raw.len());
        let alphabet = alphabet();
        let mut rest = raw.chars();
        while let Some(c) = rest.next() {
            match alphabet.entry(c) {
                Some(e) => doc.push(e),
                None if is_mark(c) || is_deleted(c) => {
                    let at = raw.len() - rest.as_str().len() - c.len_utf8();
                    return doc.continue_with_pieces(raw, at);
                }
                None => return None,
            }
        }
        let n = doc.len();
        Some(doc.finish(OffsetMap::default(), n))
    }

    /// Length of the original text in characters (`len(NormalizedText.original)`).
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// Whether every offset is the same in the original (no character deleted or composed).
    pub fn offsets_unchanged(&self) -> bool {
        self.map.norm.is_empty()
    }

    /// `NormalizedText.to_original(start, end)`: the span of the original text that the
    /// normalized span [start, end) comes from.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if self.map.norm.is_empty() {
            return (start, end);
        }
        let a = self.original_start(start);
        (a, if end > start { self.original_end(end) } else { a })
    }

    /// `NormalizedText._start(i)`.
    fn original_start(&self, i: usize) -> usize {
        match self.map.checkpoint(i) {
            None => i,
            Some(k) if self.map.exact[k] => self.map.orig[k] + (i - self.map.norm[k]),
            Some(k) => self.map.orig[k],
        }
    }

    /// `NormalizedText._end(j)`, for j > 0.
    fn original_end(&self, j: usize) -> usize {
        let map = &self.map;
        match map.checkpoint(j - 1) {
            None => j,
            Some(k) if map.exact[k] => map.orig[k] + (j - map.norm[k]),
            Some(k) => map.orig.get(k + 1).copied().unwrap_or(self.original_len),
        }
    }

    pub fn len(&self) -> usize {
        self.tchars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tchars.is_empty()
    }

    pub fn hay(&self, side: Side) -> &str {
        match side {
            Side::Text => &self.text,
            Side::Shadow => &self.shadow,
        }
    }

    pub fn chars(&self, side: Side) -> &[char] {
        match side {
            Side::Text => &self.tchars,
            Side::Shadow => &self.schars,
        }
    }

    fn to_byte_table(&self, side: Side) -> &[u32] {
        match side {
            Side::Text => &self.t_byte,
            Side::Shadow => &self.s_byte,
        }
    }

    /// Byte offset of character index `i` (clamped to the end).
    #[inline]
    pub fn byte(&self, side: Side, i: usize) -> usize {
        let t = self.to_byte_table(side);
        if t.is_empty() {
            return i.min(self.len()); // an ASCII view
        }
        t[i.min(t.len() - 1)] as usize
    }

    /// Character index of byte offset `b` (a character boundary).
    #[inline]
    pub fn char_at_byte(&self, side: Side, b: usize) -> usize {
        let t = self.to_byte_table(side);
        if t.is_empty() {
            return b; // an ASCII view
        }
        t.partition_point(|&x| (x as usize) < b)
    }

    /// `text[a:b]` / `shadow[a:b]` in character offsets, clamped like Python slicing.
    pub fn slice(&self, side: Side, a: usize, b: usize) -> &str {
        let n = self.len();
        let (a, b) = (a.min(n), b.min(n));
        if a >= b {
            return "";
        }
        &self.hay(side)[self.byte(side, a)..self.byte(side, b)]
    }

    pub fn text_slice(&self, a: usize, b: usize) -> &str {
        self.slice(Side::Text, a, b)
    }

    pub fn shadow_slice(&self, a: usize, b: usize) -> &str {
        self.slice(Side::Shadow, a, b)
    }

    fn to_chars(&self, side: Side, caps: Caps) -> Caps {
        caps.map_offsets(|b| self.char_at_byte(side, b))
    }

    /// `pattern.match(view, pos, endpos)`: anchored at `pos`; offsets in characters.
    pub fn match_at(&self, pat: &Pat, side: Side, pos: usize, endpos: usize) -> Option<Caps> {
        let (p, e) = self.bounds(side, pos, endpos)?;
        pat.match_at(self.hay(side), p, e).map(|c| self.to_chars(side, c))
    }

    /// `pattern.search(view, pos, endpos)`.
    pub fn search(&self, pat: &Pat, side: Side, pos: usize, endpos: usize) -> Option<Caps> {
        let (p, e) = self.bounds(side, pos, endpos)?;
        pat.search(self.hay(side), p, e).map(|c| self.to_chars(side, c))
    }

    /// `pattern.fullmatch(view, pos, endpos)`.
    pub fn fullmatch(&self, pat: &Pat, side: Side, pos: usize, endpos: usize) -> Option<Caps> {
        let (p, e) = self.bounds(side, pos, endpos)?;
        pat.fullmatch(self.hay(side), p, e).map(|c| self.to_chars(side, c))
    }

    /// `list(pattern.finditer(view, pos, endpos))`.
    pub fn find_iter(&self, pat: &Pat, side: Side, pos: usize, endpos: usize) -> Vec<Caps> {
        match self.bounds(side, pos, endpos) {
            None => Vec::new(),
            Some((p, e)) => pat
                .find_iter(self.hay(side), p, e)
                .into_iter()
                .map(|c| self.to_chars(side, c))
                .collect(),
        }
    }

    /// Python's pos/endpos rules: endpos is clamped to the length; pos > endpos finds nothing
    /// (except an empty match at endpos, which no pattern of ours can give).
    fn bounds(&self, side: Side, pos: usize, endpos: usize) -> Option<(usize, usize)> {
        let endpos = endpos.min(self.len());
        if pos > endpos {
            return None;
        }
        Some((self.byte(side, pos), self.byte(side, endpos)))
    }
}

/// (text, shadow, _norm, _orig, _exact) of a `NormalizedText`.
type NormalizeMap = (String, String, Vec<usize>, Vec<usize>, Vec<bool>);

/// `normalize_text(raw)` as (text, shadow, _norm, _orig, _exact), or None when the native
/// core does not handle `raw`.
#[pyfunction]
pub fn debug_normalize_map(raw: &str) -> Option<NormalizeMap> {
    let doc = Doc::new(raw)?;
    let map = doc.map.clone();
    Some((doc.text.clone(), doc.shadow.clone(), map.norm, map.orig, map.exact))
}

/// `[normalize_text(raw).to_original(a, b) for a, b in spans]`, or None when the native core
/// does not handle `raw`.
#[pyfunction]
pub fn debug_to_original(raw: &str, spans: Vec<(usize, usize)>) -> Option<Vec<(usize, usize)>> {
    let doc = Doc::new(raw)?;
    Some(spans.into_iter().map(|(a, b)| doc.to_original(a, b)).collect())
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(debug_normalize_map, m)?)?;
    m.add_function(wrap_pyfunction!(debug_to_original, m)?)?;
    Ok(())
}
