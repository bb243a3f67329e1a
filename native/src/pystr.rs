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
    s.split(is_space).filter(|p| !p.is_empty()).collect()
}

/// `" ".join(s.split())`.
pub fn collapse_ws(s: &str) -> String {
    split_ws(s).join(" ")
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
    fn title_like_python() {
        assert_eq!(title("BAN THƯỜNG VỤ TỈNH ỦY"), "Ban Thường Vụ Tỉnh Ủy");
        assert_eq!(title("3a đảng-bộ"), "3A Đảng-Bộ");
    }

    #[test]
    fn isupper_like_python() {
        assert!(is_upper("KẾ HOẠCH 5"));
        assert!(!is_upper("123"));
        assert!(!is_upper("Kế"));
    }
}
