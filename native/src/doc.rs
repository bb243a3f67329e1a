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
//!
//! The input is a sequence of code points: a Python str's own storage (one, two or four
//! bytes per character, read in place by build.rs) or the characters of a Rust `&str`.

use crate::pat::{Caps, Pat};
use crate::tables::{COMPOSE, DELETED, MARKS, MAX_MARKS, SAFE, SHADOW_OF};
use pyo3::prelude::*;
use std::cell::RefCell;
use std::sync::OnceLock;

/// Code points below this bound are looked up in a dense table.
const DENSE: usize = 0x2000;

/// What normalization does with a code point.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Maps to one character (its normalized form and shadow below).
    Safe,
    /// A combining mark of decomposed Vietnamese: composes with the letter before.
    Mark,
    /// Deleted by normalization (zero-width characters, soft hyphen, BOM).
    Deleted,
    /// Outside the alphabet: the text is refused.
    Unknown,
}

/// One code point of the alphabet and what it becomes, with both characters' UTF-8
/// bytes ready to copy (the first `len` bytes count).
#[derive(Clone, Copy)]
struct Entry {
    kind: Kind,
    text: char,
    shadow: char,
    text_utf8: [u8; 4],
    shadow_utf8: [u8; 4],
    text_len: u8,
    shadow_len: u8,
}

impl Entry {
    fn new(kind: Kind, text: char, shadow: char) -> Entry {
        let (mut text_utf8, mut shadow_utf8) = ([0; 4], [0; 4]);
        let text_len = text.encode_utf8(&mut text_utf8).len() as u8;
        let shadow_len = shadow.encode_utf8(&mut shadow_utf8).len() as u8;
        Entry { kind, text, shadow, text_utf8, shadow_utf8, text_len, shadow_len }
    }
}

/// Every code point normalization handles: the safe alphabet, the marks and the deleted
/// characters.
struct Alphabet {
    slot: Box<[u8; DENSE]>, // code point < DENSE -> index in `entries` (0: not handled)
    entries: Box<[Entry; 256]>,
    sparse: Vec<(u32, Entry)>,
}

fn alphabet() -> &'static Alphabet {
    static A: OnceLock<Alphabet> = OnceLock::new();
    A.get_or_init(|| {
        let unknown = Entry::new(Kind::Unknown, '\0', '\0');
        let mut alphabet = Alphabet {
            slot: Box::new([0; DENSE]),
            entries: Box::new([unknown; 256]),
            sparse: Vec::new(),
        };
        let safe = SAFE.iter().map(|&(c, m, s)| {
            let entry =
                Entry::new(Kind::Safe, char::from_u32(m).unwrap(), char::from_u32(s).unwrap());
            (c, entry)
        });
        let itself = |kind: Kind| {
            move |&c: &u32| {
                let itself = char::from_u32(c).unwrap();
                (c, Entry::new(kind, itself, itself))
            }
        };
        let marks = MARKS.iter().map(itself(Kind::Mark));
        let pieces = marks.chain(DELETED.iter().map(itself(Kind::Deleted)));
        let mut used = 1;
        for (c, entry) in safe.chain(pieces) {
            if (c as usize) < DENSE {
                // fewer than 256 (tests/native/test_native_text.py checks the tables)
                alphabet.entries[used] = entry;
                alphabet.slot[c as usize] = u8::try_from(used).unwrap();
                used += 1;
            } else {
                alphabet.sparse.push((c, entry));
            }
        }
        alphabet
    })
}

impl Alphabet {
    /// What normalization does with code point `c` (kind Unknown: not handled).
    #[inline(always)]
    fn entry(&self, c: u32) -> &Entry {
        match self.slot.get(c as usize) {
            Some(&slot) => &self.entries[slot as usize],
            None => self.sparse.iter().find(|e| e.0 == c).map_or(&self.entries[0], |e| &e.1),
        }
    }

    /// The entry of a safe character (None for marks, deleted and unknown characters).
    fn safe(&self, c: char) -> Option<&Entry> {
        Some(self.entry(c as u32)).filter(|e| e.kind == Kind::Safe)
    }
}

/// Whether code point `c` is one of the combining marks of decomposed Vietnamese.
fn is_mark(c: u32) -> bool {
    (MARKS[0]..=MARKS[MARKS.len() - 1]).contains(&c) && MARKS.contains(&c)
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
    /// as `normalize_text` does for a piece whose length changes (the first piece starts
    /// the map).
    fn piece(&mut self, a: usize, b: usize, at: usize, len: usize) {
        if self.norm.is_empty() {
            *self = OffsetMap::starting();
        }
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

/// One view (text or shadow) under construction: its UTF-8 bytes, its characters and the
/// byte offset of each character (tracked for the text; the shadow's, when it needs them,
/// are worked out at the end). Byte offsets go back to characters by binary search (far
/// fewer lookups happen than characters are written).
struct ViewBuilder {
    bytes: Vec<u8>,
    chars: Vec<char>,
    to_byte: Vec<u32>,
}

thread_local! {
    /// Buffers of dropped documents, for the next one on this thread: a document needs
    /// ~20 bytes per character of tables, and taking fresh memory for each one made page
    /// faults a quarter of building a `Doc`.
    static SPARE_VIEWS: RefCell<Vec<ViewBuilder>> = const { RefCell::new(Vec::new()) };
}

impl ViewBuilder {
    /// Empty buffers, reused from a dropped document if any.
    fn take() -> ViewBuilder {
        let mut view = SPARE_VIEWS.with(|spare| spare.borrow_mut().pop()).unwrap_or_else(|| {
            ViewBuilder { bytes: Vec::new(), chars: Vec::new(), to_byte: Vec::new() }
        });
        view.bytes.clear();
        view.chars.clear();
        view.to_byte.clear();
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

    /// (text, characters, char -> byte table closed with the end of the text; empty when
    /// the text is ASCII, every offset being the same then).
    fn finish(mut self) -> (String, Vec<char>, Vec<u32>) {
        if self.bytes.len() == self.chars.len() {
            self.to_byte.clear();
        } else {
            if self.to_byte.len() != self.chars.len() {
                // not tracked (the shadow, ASCII but for a few punctuation marks)
                self.to_byte.clear();
                let mut at = 0;
                for c in &self.chars {
                    self.to_byte.push(at);
                    at += c.len_utf8() as u32;
                }
            }
            self.to_byte.push(self.bytes.len() as u32);
        }
        // SAFETY: `Doc::from_units` writes only whole UTF-8 encodings (`Entry::new`'s
        // `char::encode_utf8`) and cuts `bytes` at the end of the last one written, so
        // it is valid UTF-8.
        let text = unsafe { String::from_utf8_unchecked(self.bytes) };
        debug_assert!(std::str::from_utf8(text.as_bytes()).is_ok());
        (text, self.chars, self.to_byte)
    }
}

/// Write the characters of `units` into both views, each where it stands, up to the first
/// that is not safe: (how many, bytes written to the text, to the shadow). The views are
/// sized for all of `units` (see `Doc::from_units`). Most documents are safe throughout:
/// this loop is most of building a `Doc`, so it avoids bounds checks and reloads.
fn write_safe_prefix<U: Copy + Into<u32>>(
    alphabet: &Alphabet,
    units: &[U],
    text: &mut ViewBuilder,
    shadow: &mut ViewBuilder,
) -> (usize, usize, usize) {
    let (text_bytes, shadow_bytes) = (&mut text.bytes[..], &mut shadow.bytes[..]);
    let slots = text.to_byte.iter_mut().zip(text.chars.iter_mut()).zip(shadow.chars.iter_mut());
    let (mut written, mut t, mut s) = (0, 0, 0);
    for (&unit, ((to_byte, text_char), shadow_char)) in units.iter().zip(slots) {
        let e = alphabet.entry(unit.into());
        if e.kind != Kind::Safe {
            break;
        }
        *to_byte = t as u32;
        *text_char = e.text;
        *shadow_char = e.shadow;
        text_bytes[t..t + 4].copy_from_slice(&e.text_utf8);
        shadow_bytes[s..s + 4].copy_from_slice(&e.shadow_utf8);
        t += e.text_len as usize;
        s += e.shadow_len as usize;
        written += 1;
    }
    (written, t, s)
}

/// Both views while `Doc::from_units` writes them, and the bytes written to each.
struct Views<'a> {
    text: &'a mut ViewBuilder,
    shadow: &'a mut ViewBuilder,
    t: usize,
    s: usize,
}

impl Views<'_> {
    /// Write `e` as character `at` of both views (the bytes of its UTF-8 encoding past the
    /// first `len` are overwritten by the next character or cut off at the end).
    #[inline(always)]
    fn put(&mut self, at: usize, e: &Entry) {
        self.text.to_byte[at] = self.t as u32;
        self.text.bytes[self.t..self.t + 4].copy_from_slice(&e.text_utf8);
        self.shadow.bytes[self.s..self.s + 4].copy_from_slice(&e.shadow_utf8);
        self.text.chars[at] = e.text;
        self.shadow.chars[at] = e.shadow;
        self.t += e.text_len as usize;
        self.s += e.shadow_len as usize;
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
            bytes: std::mem::take(text).into_bytes(),
            chars: std::mem::take(chars),
            to_byte: std::mem::take(to_byte),
        };
        take(&mut self.text, &mut self.tchars, &mut self.t_byte).recycle();
        take(&mut self.shadow, &mut self.schars, &mut self.s_byte).recycle();
    }
}

impl Doc {
    /// `ingest.text.normalize_text(raw)`; see `Doc::from_units`.
    pub fn new(raw: &str) -> Option<Doc> {
        let units: Vec<u32> = raw.chars().map(u32::from).collect();
        Doc::from_units(&units)
    }

    /// `ingest.text.normalize_text` of the text whose code points are `units`, or None when
    /// it holds a code point outside the safe alphabet that is neither deleted nor part of
    /// a composing letter.
    ///
    /// One pass writes both views and the text's offset table in place, from a table that
    /// holds each character's UTF-8 bytes (this runs on every character of every
    /// document). The `_SPECIAL` pieces of `normalize_text` are replaced and recorded in
    /// the offset map as `_SPECIAL.finditer(raw)` finds them: at each position
    /// `.[TRAILERS]+` first (a character followed by marks), then `[DELETED]+` (safe
    /// characters are neither trailers nor NFC-changed, and that alternative starts outside
    /// the safe alphabet; gen_tables.py checks these facts). We accept runs of deleted
    /// characters and a safe letter followed by marks that compose into one safe letter; a
    /// mark at the start or after a piece is part of no piece we accept, so the text is
    /// refused.
    pub fn from_units<U: Copy + Into<u32>>(units: &[U]) -> Option<Doc> {
        let alphabet = alphabet();
        let n = units.len();
        let (mut text, mut shadow) = (ViewBuilder::take(), ViewBuilder::take());
        // Room for every character at its longest (3 bytes: the alphabet is in the BMP)
        // plus the 4-byte copy of the last one; cut to size below.
        text.bytes.resize(3 * n + 4, 0);
        shadow.bytes.resize(3 * n + 4, 0);
        text.chars.resize(n, '\0');
        shadow.chars.resize(n, '\0');
        text.to_byte.resize(n, 0);
        let (mut i, t, s) = write_safe_prefix(alphabet, units, &mut text, &mut shadow);
        let mut views = Views { text: &mut text, shadow: &mut shadow, t, s };
        // From the first piece on (in few documents), `out` <= `i`.
        let mut map = OffsetMap::default();
        let mut out = i;
        while i < n {
            let start = i;
            let mut e = alphabet.entry(units[i].into());
            i += 1;
            match e.kind {
                Kind::Safe => {}
                Kind::Unknown => return None,
                Kind::Deleted => {
                    while i < n && alphabet.entry(units[i].into()).kind == Kind::Deleted {
                        i += 1;
                    }
                    map.piece(start, i, out, 0);
                    continue;
                }
                Kind::Mark => {
                    // The base is the character before, written as itself: a safe
                    // character right before a mark ends no piece (pieces end with a mark
                    // or a deleted character).
                    let original = char::from_u32(units[start.checked_sub(1)?].into())?;
                    let base = alphabet.safe(original)?;
                    let mut marks = [e.text; MAX_MARKS];
                    let mut count = 1;
                    while i < n && is_mark(units[i].into()) {
                        *marks.get_mut(count)? = char::from_u32(units[i].into())?;
                        count += 1;
                        i += 1;
                    }
                    e = alphabet.safe(compose(original, &marks[..count])?)?;
                    out -= 1; // the base is taken back: the piece is base + marks
                    views.t -= base.text_len as usize;
                    views.s -= base.shadow_len as usize;
                    map.piece(start - 1, i, out, 1);
                }
            }
            views.put(out, e);
            out += 1;
        }
        let (t, s) = (views.t, views.s);
        text.bytes.truncate(t);
        shadow.bytes.truncate(s);
        for view in [&mut text, &mut shadow] {
            view.chars.truncate(out);
        }
        text.to_byte.truncate(out);
        let (text, tchars, t_byte) = text.finish();
        let (shadow, schars, s_byte) = shadow.finish();
        Some(Doc { text, shadow, tchars, schars, t_byte, s_byte, map, original_len: n })
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
