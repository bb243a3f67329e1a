//! Python `re` patterns run by PCRE2 (UTF + UCP, JIT): PCRE2 backtracks like `re`, knows
//! `(?P<name>…)`, look-behind and possessive quantifiers, so patterns port as written.
//!
//! Offsets here are BYTE offsets into the haystack; `Doc` converts them to characters.
//! `endpos` cuts the haystack, as in Python (the pattern sees the end of the string there).

use pcre2::bytes::{CaptureLocations, Regex, RegexBuilder};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub struct Pat {
    search: Regex,
    anchored: Regex,
    full: Regex,
    names: Arc<HashMap<String, usize>>,
    /// Match data blocks to reuse. `Regex::capture_locations` allocates a new block (and a
    /// match context) on every call, which cost more than most of our matches; the three
    /// regexes have the same groups, so one block serves all of them. A thread takes a
    /// block out for one match and puts it back (blocks are never shared while in use).
    spare: Mutex<Vec<CaptureLocations>>,
}

/// Group spans of one match (`None` for a group that did not take part).
#[derive(Clone, Debug)]
pub struct Caps {
    spans: Vec<Option<(usize, usize)>>,
    names: Arc<HashMap<String, usize>>,
}

impl Caps {
    pub fn start(&self) -> usize {
        self.spans[0].unwrap().0
    }
    pub fn end(&self) -> usize {
        self.spans[0].unwrap().1
    }
    pub fn span(&self) -> (usize, usize) {
        self.spans[0].unwrap()
    }
    /// Span of group `i`.
    pub fn get(&self, i: usize) -> Option<(usize, usize)> {
        self.spans.get(i).copied().flatten()
    }
    /// Span of the named group.
    pub fn name(&self, name: &str) -> Option<(usize, usize)> {
        let i = *self.names.get(name).unwrap_or_else(|| panic!("no group {name}"));
        self.get(i)
    }
    pub fn map_offsets(self, f: impl Fn(usize) -> usize) -> Caps {
        Caps {
            spans: self.spans.into_iter().map(|s| s.map(|(a, b)| (f(a), f(b)))).collect(),
            names: self.names,
        }
    }
}

fn build(pattern: &str, caseless: bool) -> Regex {
    RegexBuilder::new()
        .utf(true)
        .ucp(true)
        .jit_if_available(true)
        .caseless(caseless)
        .build(pattern)
        .unwrap_or_else(|e| panic!("bad pattern {pattern:?}: {e}"))
}

impl Pat {
    pub fn new(pattern: &str) -> Pat {
        Pat::with_flags(pattern, false)
    }

    /// `re.compile(pattern, re.IGNORECASE)`.
    pub fn caseless(pattern: &str) -> Pat {
        Pat::with_flags(pattern, true)
    }

    fn with_flags(pattern: &str, caseless: bool) -> Pat {
        let search = build(pattern, caseless);
        let anchored = build(&format!(r"\G(?:{pattern})"), caseless);
        let full = build(&format!(r"\G(?:{pattern})\z"), caseless);
        let mut names = HashMap::new();
        for (i, n) in search.capture_names().iter().enumerate() {
            if let Some(n) = n {
                names.insert(n.clone(), i);
            }
        }
        Pat { search, anchored, full, names: Arc::new(names), spare: Mutex::new(Vec::new()) }
    }

    fn run(&self, re: &Regex, hay: &str, pos: usize, endpos: usize) -> Option<Caps> {
        let mut locs = self.take_locations();
        let caps = self.run_with(&mut locs, re, hay, pos, endpos);
        self.put_back(locs);
        caps
    }

    /// One match of `re` on `hay[..endpos]` from `pos`, using the match data block `locs`.
    #[inline]
    fn run_with(
        &self,
        locs: &mut CaptureLocations,
        re: &Regex,
        hay: &str,
        pos: usize,
        endpos: usize,
    ) -> Option<Caps> {
        let subject = &hay.as_bytes()[..endpos];
        let found = re.captures_read_at(locs, subject, pos).expect("PCRE2 match error");
        found.map(|_| Caps {
            spans: (0..locs.len()).map(|i| locs.get(i)).collect(),
            names: Arc::clone(&self.names),
        })
    }

    /// A match data block from `spare`, or a new one.
    fn take_locations(&self) -> CaptureLocations {
        let spare = self.spare.lock().map(|mut v| v.pop()).unwrap_or(None);
        spare.unwrap_or_else(|| self.search.capture_locations())
    }

    fn put_back(&self, locs: CaptureLocations) {
        if let Ok(mut spare) = self.spare.lock() {
            spare.push(locs);
        }
    }

    pub fn match_at(&self, hay: &str, pos: usize, endpos: usize) -> Option<Caps> {
        self.run(&self.anchored, hay, pos, endpos)
    }

    pub fn search(&self, hay: &str, pos: usize, endpos: usize) -> Option<Caps> {
        self.run(&self.search, hay, pos, endpos)
    }

    pub fn fullmatch(&self, hay: &str, pos: usize, endpos: usize) -> Option<Caps> {
        self.run(&self.full, hay, pos, endpos)
    }

    /// `finditer`: after an empty match, the next search starts one character later.
    pub fn find_iter(&self, hay: &str, pos: usize, endpos: usize) -> Vec<Caps> {
        let mut out = Vec::new();
        let mut locs = self.take_locations(); // one block for all the searches
        let mut at = pos;
        while at <= endpos {
            let Some(c) = self.run_with(&mut locs, &self.search, hay, at, endpos) else { break };
            let (s, e) = c.span();
            at = if e == s { next_char(hay, e) } else { e };
            out.push(c);
            if e == s && e >= endpos {
                break;
            }
        }
        self.put_back(locs);
        out
    }

    /// Convenience for patterns on standalone strings: match spans in bytes.
    pub fn search_str(&self, hay: &str) -> Option<Caps> {
        self.search(hay, 0, hay.len())
    }
}

fn next_char(hay: &str, b: usize) -> usize {
    let mut i = b + 1;
    while i < hay.len() && !hay.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Declare a lazily compiled pattern: `pat!(NAME, r"…")`; use it as `NAME()`.
#[macro_export]
macro_rules! pat {
    ($name:ident, $re:expr) => {
        #[allow(non_snake_case)]
        fn $name() -> &'static $crate::pat::Pat {
            static P: std::sync::OnceLock<$crate::pat::Pat> = std::sync::OnceLock::new();
            P.get_or_init(|| $crate::pat::Pat::new(&$re))
        }
    };
    ($name:ident, caseless $re:expr) => {
        #[allow(non_snake_case)]
        fn $name() -> &'static $crate::pat::Pat {
            static P: std::sync::OnceLock<$crate::pat::Pat> = std::sync::OnceLock::new();
            P.get_or_init(|| $crate::pat::Pat::caseless(&$re))
        }
    };
}
