//! Port of ingest/codes.py: type and issuer dictionaries, lookup, canonical forms.
//! OWNER: helper "find". Keep the public items below; add what you need.
//!
//! Dictionaries are slices in the Python order; `lookup` only counts hits, so the order
//! never changes a result.

use crate::types::{DocCode, Level};

/// `PARTY_TYPES`: Party type abbreviation → the Vietnamese type word.
#[rustfmt::skip]
pub const PARTY_TYPES: &[(&str, &str)] = &[
    ("NQ", "Nghị quyết"), ("QĐ", "Quyết định"), ("QĐi", "Quy định"), ("QyĐ", "Quy định"),
    ("CT", "Chỉ thị"), ("KL", "Kết luận"), ("QC", "Quy chế"), ("TT", "Thông tri"),
    ("HD", "Hướng dẫn"), ("TB", "Thông báo"), ("TC", "Thông cáo"), ("BC", "Báo cáo"),
    ("KH", "Kế hoạch"), ("CTr", "Chương trình"), ("TTr", "Tờ trình"), ("ĐA", "Đề án"),
    ("PA", "Phương án"), ("DA", "Dự án"), ("CV", "Công văn"), ("BB", "Biên bản"),
    ("QTr", "Quy trình"),
];

/// `STATE_TYPES`: State type abbreviation → the Vietnamese type word.
#[rustfmt::skip]
pub const STATE_TYPES: &[(&str, &str)] = &[
    ("NĐ", "Nghị định"), ("QĐ", "Quyết định"), ("CT", "Chỉ thị"), ("TT", "Thông tư"),
    ("TTLT", "Thông tư liên tịch"), ("NQ", "Nghị quyết"), ("NQLT", "Nghị quyết liên tịch"),
    ("L", "Lệnh"), ("PL", "Pháp lệnh"), ("QC", "Quy chế"), ("QyĐ", "Quy định"),
    ("TC", "Thông cáo"), ("TB", "Thông báo"), ("HD", "Hướng dẫn"), ("CTr", "Chương trình"),
    ("KH", "Kế hoạch"), ("PA", "Phương án"), ("ĐA", "Đề án"), ("DA", "Dự án"),
    ("BC", "Báo cáo"), ("BB", "Biên bản"), ("TTr", "Tờ trình"), ("HĐ", "Hợp đồng"),
    ("CĐ", "Công điện"), ("BGN", "Bản ghi nhớ"), ("BTT", "Bản thỏa thuận"),
    ("GUQ", "Giấy ủy quyền"), ("GM", "Giấy mời"), ("GGT", "Giấy giới thiệu"),
    ("GNP", "Giấy nghỉ phép"), ("PG", "Phiếu gửi"), ("PC", "Phiếu chuyển"),
    ("PB", "Phiếu báo"), ("VBHN", "Văn bản hợp nhất"), ("KL", "Kết luận"),
];

/// `CENTRAL_PARTY_ISSUERS`.
#[rustfmt::skip]
pub const CENTRAL_PARTY_ISSUERS: &[&str] = &[
    "TW", "VPTW", "BTCTW", "UBKTTW", "BTGTW", "BDVTW", "BTGDVTW", "BNCTW", "BKTTW",
    "BĐNTW", "BCSĐTW", "TWĐTN", "QUTW", "ĐUCA", "ĐUKTW",
];
/// `LOCAL_PARTY_ISSUERS`.
#[rustfmt::skip]
pub const LOCAL_PARTY_ISSUERS: &[&str] = &[
    "TU", "HU", "QU", "ĐU", "ĐUK", "CB", "BCĐ", "BCSĐ", "TĐTN", "ĐTN", "ĐH",
    "VPTU", "BTGTU", "BDVTU", "BTCTU", "UBKTTU", "BTGDVTU", "VPHU", "BTGHU", "BDVHU",
    "BTCHU", "UBKTHU",
];
/// `CENTRAL_STATE_ISSUERS`.
#[rustfmt::skip]
pub const CENTRAL_STATE_ISSUERS: &[&str] = &[
    "CP", "TTg", "CTN", "VPCP", "NHNN", "TTCP", "KTNN", "TANDTC", "VKSNDTC", "MTTW",
    "UBTUMTTQVN", "BNV", "BTC", "BCA", "BQP", "BYT", "BTP", "BNG", "BCT", "BXD", "BGDĐT",
    "BKHCN", "BVHTTDL", "BNNMT", "BDTTG", "BKHĐT", "BNNPTNT", "BTNMT", "BTTTT", "BGTVT",
    "BLĐTBXH", "UBDT",
];
/// `LOCAL_STATE_ISSUERS`.
pub const LOCAL_STATE_ISSUERS: &[&str] = &["UBND", "HĐND", "VPUB", "MT", "SNV", "SGDĐT", "STC"];

/// `ISSUER_LEVEL`.
#[rustfmt::skip]
pub const ISSUER_LEVEL: &[(&str, Level)] = &[
    ("TW", Level::Central), ("TU", Level::Province), ("HU", Level::District),
    ("QU", Level::District), ("ĐU", Level::Commune), ("CB", Level::Commune),
    ("TĐTN", Level::Province), ("ĐTN", Level::Commune),
];

/// `TYPE_WORD_KINDS` (the frozensets as slices).
#[rustfmt::skip]
pub const TYPE_WORD_KINDS: &[(&str, &[&str])] = &[
    ("nghi quyet", &["NQ", "NQLT"]), ("quyet dinh", &["QĐ"]),
    ("quy dinh", &["QĐi", "QĐ", "QyĐ"]), ("chi thi", &["CT"]),
    ("ket luan", &["KL"]), ("thong bao ket luan", &["TB"]),
    ("thong bao", &["TB"]), ("huong dan", &["HD"]),
    ("ke hoach", &["KH", "CTr"]), ("chuong trinh hanh dong", &["CTr"]),
    ("chuong trinh", &["CTr"]), ("thong tu lien tich", &["TTLT"]),
    ("thong tu", &["TT"]), ("thong tri", &["TT"]),
    ("cong van", &["CV", ""]), ("nghi dinh", &["NĐ"]),
    ("quy che", &["QC"]), ("bao cao", &["BC"]), ("to trinh", &["TTr"]),
    ("de an", &["ĐA"]), ("du an", &["DA"]), ("phuong an", &["PA"]),
    ("cong dien", &["CĐ"]), ("van ban hop nhat", &["VBHN"]),
    ("luat", &[""]), ("phap lenh", &["PL", ""]),
];

/// `ABBREVIATED_TYPE_WORDS`, in the Python order (the pattern alternation follows it).
#[rustfmt::skip]
pub const ABBREVIATED_TYPE_WORDS: &[(&str, &str)] = &[
    ("NQ", "nghi quyet"), ("QĐ", "quyet dinh"), ("KL", "ket luan"), ("CT", "chi thi"),
    ("NĐ", "nghi dinh"), ("TB", "thong bao"), ("KH", "ke hoach"), ("CV", "cong van"),
];

/// `TYPE_WORD_DISPLAY`.
#[rustfmt::skip]
pub const TYPE_WORD_DISPLAY: &[(&str, &str)] = &[
    ("nghi quyet", "Nghị quyết"), ("quyet dinh", "Quyết định"), ("quy dinh", "Quy định"),
    ("chi thi", "Chỉ thị"), ("ket luan", "Kết luận"), ("thong bao ket luan", "Thông báo kết luận"),
    ("thong bao", "Thông báo"), ("huong dan", "Hướng dẫn"), ("ke hoach", "Kế hoạch"),
    ("chuong trinh hanh dong", "Chương trình hành động"), ("chuong trinh", "Chương trình"),
    ("thong tu lien tich", "Thông tư liên tịch"), ("thong tu", "Thông tư"),
    ("thong tri", "Thông tri"), ("cong van", "Công văn"), ("nghi dinh", "Nghị định"),
    ("quy che", "Quy chế"), ("bao cao", "Báo cáo"), ("to trinh", "Tờ trình"), ("de an", "Đề án"),
    ("du an", "Dự án"), ("phuong an", "Phương án"), ("cong dien", "Công điện"),
    ("van ban hop nhat", "Văn bản hợp nhất"), ("luat", "Luật"), ("phap lenh", "Pháp lệnh"),
    ("van ban", "Văn bản"),
];

/// The letters `canonical_number` strips as a suffix.
pub const NUMBER_SUFFIX: &str = "abcdefghijklmnopqrstuvwxyzđ";

fn get<V: Copy>(table: &[(&str, V)], key: &str) -> Option<V> {
    table.iter().find(|e| e.0 == key).map(|e| e.1)
}

/// Keys of `PARTY_TYPES`.
pub fn party_types() -> impl Iterator<Item = &'static str> + Clone {
    PARTY_TYPES.iter().map(|e| e.0)
}

/// Keys of `STATE_TYPES`.
pub fn state_types() -> impl Iterator<Item = &'static str> + Clone {
    STATE_TYPES.iter().map(|e| e.0)
}

/// `PARTY_ISSUERS` (central | local).
pub fn party_issuers() -> impl Iterator<Item = &'static str> + Clone {
    CENTRAL_PARTY_ISSUERS.iter().chain(LOCAL_PARTY_ISSUERS).copied()
}

/// `STATE_ISSUERS` (central | local).
pub fn state_issuers() -> impl Iterator<Item = &'static str> + Clone {
    CENTRAL_STATE_ISSUERS.iter().chain(LOCAL_STATE_ISSUERS).copied()
}

/// How `lookup` found a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    Exact,
    Case,
    Debarred,
    Ambiguous,
    Unknown,
}

impl How {
    pub fn value(self) -> &'static str {
        match self {
            How::Exact => "exact",
            How::Case => "case",
            How::Debarred => "debarred",
            How::Ambiguous => "ambiguous",
            How::Unknown => "unknown",
        }
    }
}

fn upper_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().flat_map(char::to_uppercase)
}

/// `_fold`: upper case, Đ → D, Ư → U.
fn fold_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    upper_chars(s).map(|c| match c {
        'Đ' => 'D',
        'Ư' => 'U',
        c => c,
    })
}

/// `lookup(token, table)`: (dictionary spelling, how). Exact matches win; then a unique
/// case-insensitive match; then a unique match with bars and horns folded away.
pub fn lookup<I>(token: &str, keys: I) -> (Option<&'static str>, How)
where
    I: IntoIterator<Item = &'static str>,
    I::IntoIter: Clone,
{
    let keys = keys.into_iter();
    if let Some(k) = keys.clone().find(|k| *k == token) {
        return (Some(k), How::Exact);
    }
    let upper: Vec<char> = upper_chars(token).collect();
    let mut by_case = keys.clone().filter(|k| upper_chars(k).eq(upper.iter().copied()));
    let first_case = by_case.next();
    let more_case = by_case.next().is_some();
    if let (Some(k), false) = (first_case, more_case) {
        return (Some(k), How::Case);
    }
    let folded: Vec<char> = fold_chars(token).collect();
    // Keys are distinct (central and local sets do not meet), so hits count set members.
    let mut hits = keys.filter(|k| fold_chars(k).eq(folded.iter().copied()));
    let first = hits.next();
    let more = hits.next().is_some();
    match (first, more) {
        (Some(k), false) => (Some(k), How::Debarred),
        (Some(_), true) => (None, How::Ambiguous),
        (None, _) if first_case.is_some() => (None, How::Ambiguous),
        _ => (None, How::Unknown),
    }
}

/// `canonical_number(raw)`: the integer zero-padded to two digits, letter suffix kept
/// ("5" → "05", "030c" → "30c").
pub fn canonical_number(raw: &str) -> String {
    let digits = raw.trim_end_matches(|c| NUMBER_SUFFIX.contains(c));
    let suffix = &raw[digits.len()..];
    format!("{:02}{}", number_value(digits), suffix)
}

/// `int(digits)` for the ASCII digit runs of codes (at most five digits).
pub fn number_value(digits: &str) -> u64 {
    digits.chars().fold(0u64, |n, c| n * 10 + c.to_digit(10).unwrap_or(0) as u64)
}

/// `int(raw.rstrip("a…zđ")) == 0`.
pub fn is_zero_number(raw: &str) -> bool {
    number_value(raw.trim_end_matches(|c| NUMBER_SUFFIX.contains(c))) == 0
}

/// `_LEGISLATURE.match(token)`: QHnn or UBTVQHnn (`$` admits one final newline).
pub fn is_legislature(token: &str) -> bool {
    let t = token.strip_suffix('\n').unwrap_or(token);
    let rest = t.strip_prefix("UBTVQH").or_else(|| t.strip_prefix("QH"));
    match rest {
        Some(d) => (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()),
        None => false,
    }
}

/// `is_known_state_issuer(token)`.
pub fn is_known_state_issuer(token: &str) -> bool {
    state_issuers().any(|k| k == token) || is_legislature(token)
}

impl DocCode {
    /// `DocumentCode.canonical`: "05-NQ/TW", "05-KH/HU/nb", "12/2020/QĐ-UBND", "03/CP".
    /// (Built by pushes rather than `format!`: the extraction calls it for every reference.)
    pub fn canonical(&self) -> String {
        use std::fmt::Write;
        let mut out =
            String::with_capacity(self.number.len() + self.kind.len() + self.issuer.len() + 9);
        out.push_str(&self.number);
        if self.party {
            out.push('-');
            out.push_str(&self.kind);
            out.push('/');
            out.push_str(&self.issuer);
            if self.internal {
                out.push_str("/nb");
            }
            return out;
        }
        out.push('/');
        if let Some(year) = self.year.filter(|&y| y != 0) {
            write!(out, "{year}/").expect("writing to a String cannot fail");
        }
        if !self.kind.is_empty() {
            out.push_str(&self.kind);
            out.push('-');
        }
        out.push_str(&self.issuer);
        out
    }

    /// `DocumentCode.main_issuer`: the issuer without drafting-unit suffixes.
    pub fn main_issuer(&self) -> &str {
        self.issuer.split('-').next().unwrap_or("")
    }

    /// `DocumentCode.is_central`: the code alone identifies the document nationally.
    pub fn is_central(&self) -> bool {
        let issuer = self.main_issuer();
        if self.party {
            return CENTRAL_PARTY_ISSUERS.contains(&issuer);
        }
        CENTRAL_STATE_ISSUERS.contains(&issuer) || is_legislature(issuer)
    }

    /// `DocumentCode.issuer_level`.
    pub fn issuer_level(&self) -> Level {
        if self.is_central() {
            return Level::Central;
        }
        get(ISSUER_LEVEL, self.main_issuer()).unwrap_or(Level::Unknown)
    }
}

/// `TYPE_WORD_KINDS.get(word)`: the code kinds a type word (shadow form) calls for.
pub fn type_word_kinds(word: &str) -> Option<&'static [&'static str]> {
    get(TYPE_WORD_KINDS, word)
}

/// `TYPE_WORD_DISPLAY.get(word)`.
pub fn type_word_display(word: &str) -> Option<&'static str> {
    get(TYPE_WORD_DISPLAY, word)
}

/// `ABBREVIATED_TYPE_WORDS.get(word)`.
pub fn abbreviated_type_word(word: &str) -> Option<&'static str> {
    get(ABBREVIATED_TYPE_WORDS, word)
}

/// `PARTY_TYPES.get(kind)` / `STATE_TYPES.get(kind)`.
pub fn type_name(kind: &str, party: bool) -> Option<&'static str> {
    get(if party { PARTY_TYPES } else { STATE_TYPES }, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_like_python() {
        assert_eq!(lookup("TTG", state_issuers()), (Some("TTg"), How::Case));
        assert_eq!(lookup("QD", party_types()), (Some("QĐ"), How::Debarred));
        assert_eq!(lookup("DA", party_types()), (Some("DA"), How::Exact));
        assert_eq!(lookup("HD", party_types()), (Some("HD"), How::Exact));
        assert_eq!(lookup("Ctr", party_types()), (Some("CTr"), How::Case));
        assert_eq!(lookup("XYZ", party_types()), (None, How::Unknown));
    }

    #[test]
    fn canonical_forms() {
        let code = |number: &str, kind: &str, issuer: &str, party, year, internal| DocCode {
            number: number.into(),
            kind: kind.into(),
            issuer: issuer.into(),
            party,
            year,
            internal,
        };
        assert_eq!(code("05", "NQ", "TW", true, None, false).canonical(), "05-NQ/TW");
        assert_eq!(code("05", "KH", "HU", true, Some(2020), true).canonical(), "05-KH/HU/nb");
        assert_eq!(
            code("12", "QĐ", "UBND", false, Some(2020), false).canonical(),
            "12/2020/QĐ-UBND"
        );
        assert_eq!(code("03", "", "CP", false, Some(0), false).canonical(), "03/CP");
        assert_eq!(code("03", "", "QH14", false, None, false).canonical(), "03/QH14");
    }

    #[test]
    fn numbers() {
        assert_eq!(canonical_number("5"), "05");
        assert_eq!(canonical_number("030c"), "30c");
        assert!(is_zero_number("000đ"));
    }
}
