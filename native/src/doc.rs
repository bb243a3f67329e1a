//! The normalized text of one document, as `ingest.text.NormalizedText` gives it, for text
//! made only of the safe alphabet (see `tables.rs`). For such text normalization is a
//! one-to-one character map, so offsets into `text` and `shadow` are offsets into the
//! original too.
//!
//! Offsets are CHARACTER indices everywhere (as in Python); `text` and `shadow` are UTF-8,
//! so every access goes through the tables here.

use crate::pat::{Caps, Pat};
use crate::tables::{SAFE, SHADOW_OF};
use std::sync::OnceLock;

/// Code points below this bound are looked up in a dense table.
const DENSE: usize = 0x2000;

struct Alphabet {
    dense: Vec<(char, char)>, // (normalized, shadow); '\0' marks "not safe"
    sparse: Vec<(u32, char, char)>,
}

fn alphabet() -> &'static Alphabet {
    static A: OnceLock<Alphabet> = OnceLock::new();
    A.get_or_init(|| {
        let mut dense = vec![('\0', '\0'); DENSE];
        let mut sparse = Vec::new();
        for &(c, m, s) in SAFE.iter() {
            let (m, s) = (char::from_u32(m).unwrap(), char::from_u32(s).unwrap());
            if (c as usize) < DENSE {
                dense[c as usize] = (m, s);
            } else {
                sparse.push((c, m, s));
            }
        }
        Alphabet { dense, sparse }
    })
}

fn map_char(c: char) -> Option<(char, char)> {
    let a = alphabet();
    let cp = c as usize;
    if cp < DENSE {
        let e = a.dense[cp];
        return if e.0 == '\0' { None } else { Some(e) };
    }
    a.sparse.iter().find(|e| e.0 as usize == cp).map(|e| (e.1, e.2))
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
    t_byte: Vec<u32>, // char index -> byte offset in `text` (n + 1 entries)
    s_byte: Vec<u32>,
    t_char: Vec<u32>, // byte offset -> char index in `text` (bytes + 1 entries)
    s_char: Vec<u32>,
}

impl Doc {
    /// Normalize `raw`, or None when it holds a character outside the safe alphabet.
    ///
    /// One pass builds both views and their offset tables (this runs on every document,
    /// so it avoids intermediate collections).
    pub fn new(raw: &str) -> Option<Doc> {
        let bytes = raw.len();
        let mut doc = Doc {
            text: String::with_capacity(bytes),
            shadow: String::with_capacity(bytes),
            tchars: Vec::with_capacity(bytes),
            schars: Vec::with_capacity(bytes),
            t_byte: Vec::with_capacity(bytes + 1),
            s_byte: Vec::with_capacity(bytes + 1),
            t_char: Vec::with_capacity(bytes + 1),
            s_char: Vec::with_capacity(bytes + 1),
        };
        for c in raw.chars() {
            let (m, s) = map_char(c)?;
            let i = doc.tchars.len() as u32;
            doc.t_byte.push(doc.text.len() as u32);
            doc.s_byte.push(doc.shadow.len() as u32);
            doc.text.push(m);
            doc.shadow.push(s);
            doc.t_char.resize(doc.text.len(), i);
            doc.s_char.resize(doc.shadow.len(), i);
            doc.tchars.push(m);
            doc.schars.push(s);
        }
        let n = doc.tchars.len() as u32;
        doc.t_byte.push(doc.text.len() as u32);
        doc.s_byte.push(doc.shadow.len() as u32);
        doc.t_char.push(n);
        doc.s_char.push(n);
        Some(doc)
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

    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte(&self, side: Side, i: usize) -> usize {
        let t = match side {
            Side::Text => &self.t_byte,
            Side::Shadow => &self.s_byte,
        };
        t[i.min(t.len() - 1)] as usize
    }

    /// Character index of byte offset `b` (a character boundary).
    pub fn char_at_byte(&self, side: Side, b: usize) -> usize {
        match side {
            Side::Text => self.t_char[b] as usize,
            Side::Shadow => self.s_char[b] as usize,
        }
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
