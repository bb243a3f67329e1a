//! Port of ingest/codes.py: type and issuer dictionaries, lookup, canonical forms.
//! OWNER: helper "find". Keep the public items below; add what you need.

use crate::types::{DocCode, Level};

impl DocCode {
    /// `DocumentCode.canonical`.
    pub fn canonical(&self) -> String {
        todo!()
    }

    /// `DocumentCode.issuer_level`.
    pub fn issuer_level(&self) -> Level {
        todo!()
    }
}

/// `TYPE_WORD_KINDS.get(word)`: the code kinds a type word (shadow form) calls for.
pub fn type_word_kinds(word: &str) -> Option<&'static [&'static str]> {
    let _ = word;
    todo!()
}

/// `TYPE_WORD_DISPLAY.get(word)`.
pub fn type_word_display(word: &str) -> Option<&'static str> {
    let _ = word;
    todo!()
}
