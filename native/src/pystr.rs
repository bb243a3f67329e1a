//! Python `str` methods, exactly as CPython answers them on the safe alphabet (ASCII,
//! Vietnamese letters and the punctuation in `tables.rs`). Ports call these instead of
//! guessing: `str.isupper()` is not `char::is_uppercase` on a string.

pub fn is_space(c: char) -> bool {
    // str.isspace on the safe alphabet (after the character map: only " " and "\n" remain,
    // but raw slices may hold \t and \r).
    matches!(c, ' ' | '\n' | '\t' | '\r' | '\x0b' | '\x0c' | '\u{a0}')
}

/// `c.isdigit()`: ASCII digits and the superscripts ¹²³ on this alphabet.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '¹' | '²' | '³')
}

/// `c.isdecimal()` (what `\d` matches).
pub fn is_decimal(c: char) -> bool {
    c.is_ascii_digit()
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase()
}

/// `s.isupper()`: at least one cased character and no lower-case one.
pub fn is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    cased
}

/// `c.isupper()` for one character.
pub fn char_is_upper(c: char) -> bool {
    c.is_uppercase()
}

/// `s[:1].isupper()`.
pub fn first_is_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char_is_upper)
}

/// `s[:1].isdigit()`.
pub fn first_is_digit(s: &str) -> bool {
    s.chars().next().is_some_and(is_digit)
}

/// `c.isalpha()`.
pub fn is_alpha(c: char) -> bool {
    c.is_alphabetic()
}

/// `c.isalnum()` / what `\w` matches, underscore aside.
pub fn is_alnum(c: char) -> bool {
    c.is_alphanumeric() || is_digit(c)
}

/// What Python's `\w` matches.
pub fn is_word(c: char) -> bool {
    is_alnum(c) || c == '_'
}

pub fn lower(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

pub fn upper(s: &str) -> String {
    s.chars().flat_map(char::to_uppercase).collect()
}

/// `s.title()`: upper case after a non-cased character, lower case after a cased one.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for c in s.chars() {
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        previous_cased = is_cased(c);
    }
    out
}

/// `s.split()`: runs of whitespace separate, no empty parts.
pub fn split_ws(s: &str) -> Vec<&str> {
    // Words and their spaces take six bytes or more on average in our texts: this is enough
    // room for most, and far cheaper than counting the words first.
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    for_each_word(s, |a, b| out.push(&s[a..b]));
    out
}

/// `" ".join(s.split())`.
///
/// The stripped text, copied in long pieces: only the whitespace runs that are not already
/// a single " " need replacing, and `irregular_spaces` finds where they start, eight bytes
/// at a time (a run that starts with " " and goes on, or starts with another space).
pub fn collapse_ws(s: &str) -> String {
    let t = strip(s);
    let b = t.as_bytes();
    let mut out = String::with_capacity(t.len());
    let mut copied = 0; // t[..copied] is done
    for (at, word, spaces) in blocks(b) {
        let mut starts = irregular_spaces(b, at, word, spaces);
        while starts != 0 {
            let i = at + starts.trailing_zeros() as usize / 8;
            starts &= starts - 1;
            if i < copied || i >= b.len() {
                continue; // inside a run already replaced, or the padding after the text
            }
            let mut j = i;
            while j < b.len() && space_len(b, j) > 0 {
                j += space_len(b, j);
            }
            out.push_str(&t[copied..i]);
            out.push(' ');
            copied = j;
        }
    }
    out.push_str(&t[copied..]);
    out
}

/// Byte length of the `is_space` character starting at byte `i` of `b`, or 0.
fn space_len(b: &[u8], i: usize) -> usize {
    match b[i] {
        b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => 1,
        0xc2 if b.get(i + 1) == Some(&0xa0) => 2,
        _ => 0,
    }
}

/// Of the block `word` of `b` at `at`, with space mask `spaces` (see `blocks`): the
/// high bit of each byte that is a space other than " ", or a space followed by a space.
#[inline]
fn irregular_spaces(b: &[u8], at: usize, word: u64, spaces: u64) -> u64 {
    let x = word ^ 0x2020_2020_2020_2020; // zero where a " " was
    let plain = !(((x & LOW7) + LOW7) | x) & HIGH; // high bit set where x is zero
    let next_is_space = at + 8 < b.len() && space_len(b, at + 8) > 0;
    let followed_by_space = (spaces >> 8) | if next_is_space { 1 << 63 } else { 0 };
    spaces & (!plain | followed_by_space)
}

/// Call `f(start, end)` with the byte span of each part of `s.split()`, in order: the
/// maximal runs of characters that are not `is_space`.
///
/// This runs over whole documents, so it reads bytes, eight at a time (`space_mask`):
/// every character `is_space` accepts is one ASCII byte except U+00A0 (C2 A0 in UTF-8), and
/// ASCII bytes never occur inside other characters, so a byte test finds the same runs as a
/// character test.
pub fn for_each_word(s: &str, mut f: impl FnMut(usize, usize)) {
    let mut start = 0;
    let mut in_word = false;
    for (at, _, spaces) in blocks(s.as_bytes()) {
        // Bytes whose space-ness differs from that of the byte before.
        let mut changes = (spaces ^ ((spaces << 8) | if in_word { 0 } else { 0x80 })) & HIGH;
        while changes != 0 {
            let i = at + changes.trailing_zeros() as usize / 8;
            if in_word {
                f(start, i);
            } else {
                start = i;
            }
            in_word = !in_word;
            changes &= changes - 1;
        }
    }
}

const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// The eight-byte blocks of `b` as (offset, little-endian `word`, `spaces`), where `spaces`
/// has the high bit of each byte that belongs to an `is_space` character; the last block
/// is padded with spaces, so that a final word ends inside it.
fn blocks(b: &[u8]) -> Blocks<'_> {
    Blocks { b, at: 0 }
}

struct Blocks<'a> {
    b: &'a [u8],
    at: usize,
}

impl Iterator for Blocks<'_> {
    type Item = (usize, u64, u64);

    #[inline(always)] // a call per block would cost more than the block's work
    fn next(&mut self) -> Option<(usize, u64, u64)> {
        let at = self.at;
        let word = match self.b.get(at..at + 8) {
            Some(block) => u64::from_le_bytes(block.try_into().unwrap()),
            None if at <= self.b.len() => {
                let mut last = [b' '; 8];
                last[..self.b.len() - at].copy_from_slice(&self.b[at..]);
                u64::from_le_bytes(last)
            }
            None => return None,
        };
        self.at = at + 8;
        Some((at, word, space_mask(self.b, at, word)))
    }
}

/// The high bit of each byte of `word` (the block of `b` at `at`) that belongs to an
/// `is_space` character.
#[inline(always)]
fn space_mask(b: &[u8], at: usize, word: u64) -> u64 {
    let mut mask = ascii_space_mask(word);
    // U+00A0 (C2 A0) is rare: look for it only where a C2 byte lies in or just before the
    // block (the 0xA0 byte alone is common: "à" is C3 A0).
    if has_byte(word, 0xc2) || (at > 0 && b[at - 1] == 0xc2) {
        for j in 0..8.min(b.len() - at) {
            let i = at + j;
            let nbsp = (b[i] == 0xc2 && b.get(i + 1) == Some(&0xa0))
                || (b[i] == 0xa0 && i > 0 && b[i - 1] == 0xc2);
            if nbsp {
                mask |= 0x80 << (8 * j);
            }
        }
    }
    mask
}

/// Whether a byte of `word` equals `byte` (the classic zero-byte test: exact for "any").
#[inline]
fn has_byte(word: u64, byte: u8) -> bool {
    let x = word ^ (0x0101_0101_0101_0101 * byte as u64);
    x.wrapping_sub(0x0101_0101_0101_0101) & !x & HIGH != 0
}

/// The high bit of each byte of `word` that is " " or one of "\t\n\x0b\x0c\r" (9 to 13).
/// Exact: the sums stay under 0x100 on the low seven bits of each byte, so no carry
/// crosses bytes, and bytes with the high bit set (non-ASCII) are masked out.
#[inline]
fn ascii_space_mask(word: u64) -> u64 {
    let low = word & LOW7;
    let at_least_9 = low + 0x7777_7777_7777_7777; // high bit set where low >= 0x09
    let at_least_14 = low + 0x7272_7272_7272_7272; // high bit set where low >= 0x0e
    let x = low ^ 0x2020_2020_2020_2020; // zero where a " " was
    let plain = !((x + LOW7) | x); // high bit set where x is zero
    ((at_least_9 & !at_least_14) | plain) & !word & HIGH
}

/// `s.strip()`.
pub fn strip(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// `s.strip(chars)`.
pub fn strip_chars<'a>(s: &'a str, chars: &str) -> &'a str {
    s.trim_matches(|c| chars.contains(c))
}

/// `s.lstrip(chars)`.
pub fn lstrip_chars<'a>(s: &'a str, chars: &str) -> &'a str {
    s.trim_start_matches(|c| chars.contains(c))
}

/// `s.rstrip(chars)`.
pub fn rstrip_chars<'a>(s: &'a str, chars: &str) -> &'a str {
    s.trim_end_matches(|c| chars.contains(c))
}

/// Length in characters (`len(s)`).
pub fn clen(s: &str) -> usize {
    s.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_masks_are_exact() {
        for byte in 0..=255u8 {
            let word = u64::from_le_bytes([b'x', byte, 0xff, byte, 0xc2, 0x20, 0x0d, 0xa0]);
            let spaces: Vec<bool> =
                word.to_le_bytes().iter().map(|&c| c.is_ascii() && is_space(c as char)).collect();
            let mask = ascii_space_mask(word);
            let got: Vec<bool> = (0..8).map(|i| mask >> (8 * i + 7) & 1 == 1).collect();
            assert_eq!(got, spaces, "byte {byte}");
            let single = u64::from_le_bytes([b'x', byte, b'y', byte, b'y', b'y', b'z', b'z']);
            assert_eq!(has_byte(single, 0xc2), byte == 0xc2, "byte {byte}");
        }
    }

    #[test]
    fn title_like_python() {
        assert_eq!(title("BAN THƯỜNG VỤ TỈNH ỦY"), "Ban Thường Vụ Tỉnh Ủy");
        assert_eq!(title("3a đảng-bộ"), "3A Đảng-Bộ");
    }

    #[test]
    fn split_like_python() {
        let s = "  a\u{a0}bb\t\r\n c\u{b}\u{c}dđ \u{a0}";
        let plain: Vec<&str> = s.split(is_space).filter(|p| !p.is_empty()).collect();
        assert_eq!(split_ws(s), plain);
        assert_eq!(split_ws(s), ["a", "bb", "c", "dđ"]);
        let mut samples = vec![String::new(), " ".into(), "x".into(), "ab  cd\n".into()];
        let pieces =
            ["a", " ", "\n", "\t", "\r", "\u{b}", "\u{c}", "\u{1c}", "đ", "ữ", "²", "\u{a0}"];
        for (k, a) in pieces.iter().enumerate() {
            for b in &pieces {
                // Every pair at every offset of an eight-byte block.
                samples.push(format!("{}{a}{b}{}", "x".repeat(k % 8), pieces[(k + 3) % 12]));
                samples.push(format!("{}{a}{b}", "đ ".repeat(k)));
            }
        }
        for s in &samples {
            let plain: Vec<&str> = s.split(is_space).filter(|p| !p.is_empty()).collect();
            assert_eq!(split_ws(s), plain, "{s:?}");
            assert_eq!(collapse_ws(s), plain.join(" "), "{s:?}");
        }
        let mut seed = 12345u64;
        for _ in 0..5000 {
            let mut s = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            for _ in 0..(seed >> 59) * 2 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let plain: Vec<&str> = s.split(is_space).filter(|p| !p.is_empty()).collect();
            assert_eq!(split_ws(&s), plain, "{s:?}");
            assert_eq!(collapse_ws(&s), plain.join(" "), "{s:?}");
        }
        for k in 0..=16 {
            let s = format!("{}\u{a0}x\u{a0}à\u{a0}\u{a0}²", "a".repeat(k));
            let plain: Vec<&str> = s.split(is_space).filter(|p| !p.is_empty()).collect();
            assert_eq!(split_ws(&s), plain, "{s:?}");
        }
        assert_eq!(collapse_ws(s), "a bb c dđ");
        assert_eq!(collapse_ws(" \n"), "");
        assert!(split_ws("").is_empty());
    }

    #[test]
    fn isupper_like_python() {
        assert!(is_upper("KẾ HOẠCH 5"));
        assert!(!is_upper("123"));
        assert!(!is_upper("Kế"));
    }
}
