//! Port of ingest/relations.py: type a reference from the shadow text leading up to it.
//! OWNER: helper "context".

use crate::pat::Pat;
use crate::types::{Classification, RelType};
use pyo3::prelude::*;
use std::sync::OnceLock;

/// `ingest.relations.Rule`: a cue pattern on the shadow text, its edge type and label.
struct Rule {
    pattern: Pat,
    rtype: RelType,
    label: &'static str,
    /// Words of which every match holds one (see `required_words`), when known.
    words: Option<Vec<String>>,
}

/// `DEFAULT_RULES`, in priority order: (pattern, type, label).
const RULES: [(&str, RelType, &str); 19] = [
    (r"(?:ban\s+hanh\s+)?kem\s+theo", RelType::AttachedTo, "annex_of"),
    (r"so\s+ket", RelType::Reviews, "interim_review"),
    (r"tong\s+ket", RelType::Reviews, "final_review"),
    (r"danh\s+gia", RelType::Reviews, "assesses"),
    (
        r"ket\s+qua(?:\s+\d+\s+nam)?(?:\s+\(\S+\s*-\s*\S+\))?(?:\s+trien\s+khai)?\s+thuc\s+hien",
        RelType::Reviews,
        "assesses",
    ),
    (r"qua\s+\d+\s+nam", RelType::Reviews, "assesses"),
    (r"kiem\s+tra,?\s+giam\s+sat\s+viec", RelType::Reviews, "monitors"),
    (r"can\s+cu|xet\s+to\s+trinh|theo\s+de\s+nghi", RelType::BasedOn, "based_on"),
    (
        r"tiep\s+tuc(?:\s+day\s+manh)?(?:\s+trien\s+khai)?\s+thuc\s+hien",
        RelType::Implements,
        "continues",
    ),
    (r"cu\s+the\s+hoa", RelType::Implements, "concretises"),
    (r"huong\s+dan\s+(?:thuc\s+hien|thi\s+hanh)", RelType::Implements, "guides"),
    (r"quy\s+dinh\s+chi\s+tiet", RelType::Implements, "details"),
    (r"thuc\s+hien|trien\s+khai", RelType::Implements, "implements"),
    (r"quan\s+triet", RelType::Implements, "disseminates"),
    (r"thay\s+the", RelType::Cites, "replaces"),
    (r"sua\s+doi,?\s+bo\s+sung", RelType::Cites, "amends"),
    (r"bai\s+bo|het\s+hieu\s+luc", RelType::Cites, "repeals"),
    (r"theo\s+tinh\s+than|tren\s+co\s+so|theo\s+noi\s+dung", RelType::Cites, "in_spirit_of"),
    (r"phuc\s+dap|tra\s+loi", RelType::Cites, "replies_to"),
];

/// `_REVIEW_SCOPE`: how far (in characters) a review cue may stand from the reference and
/// still scope over an implementation cue after it.
const REVIEW_SCOPE: usize = 110;

/// The source of one rule's pattern: `_rule` keeps word boundaries around every alternative.
fn rule_source(pattern: &str) -> String {
    format!(r"(?<![a-z])(?:{pattern})(?![a-z])")
}

/// `DEFAULT_RULES`, compiled once.
fn rules() -> &'static [Rule] {
    static R: OnceLock<Vec<Rule>> = OnceLock::new();
    R.get_or_init(|| {
        RULES
            .iter()
            .map(|&(pattern, rtype, label)| Rule {
                pattern: Pat::new(&rule_source(pattern)),
                rtype,
                label,
                words: required_words(pattern),
            })
            .collect()
    })
}

/// Words that every match of `pattern` holds, one for each of its top-level alternatives,
/// or None when unsure: in each alternative, the longest run of letters written outside any
/// group, class or escape, none of them made optional by a quantifier. A rule whose words
/// are all missing from a lead-in cannot match it, so `classify_relation` skips its search
/// (most rules, on most lead-ins; the searches cost more than these substring tests).
fn required_words(pattern: &str) -> Option<Vec<String>> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut words = Vec::new();
    let (mut best, mut run) = (String::new(), String::new());
    let mut depth = 0;
    let mut i = 0;
    fn end_run(run: &mut String, best: &mut String) {
        if run.len() > best.len() {
            *best = run.clone();
        }
        run.clear();
    }
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => i += 1, // an escape: skip the escaped character too
            '[' => {
                while i < chars.len() && chars[i] != ']' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
            }
            '(' => depth += 1,
            ')' => depth -= 1,
            '|' if depth == 0 => {
                end_run(&mut run, &mut best);
                if best.is_empty() {
                    return None;
                }
                words.push(std::mem::take(&mut best));
            }
            'a'..='z' if depth == 0 && !matches!(chars.get(i + 1), Some('?' | '*' | '{')) => {
                run.push(c);
                i += 1;
                continue;
            }
            _ => {}
        }
        end_run(&mut run, &mut best);
        i += 1;
    }
    end_run(&mut run, &mut best);
    if best.is_empty() || depth != 0 {
        return None;
    }
    words.push(best);
    Some(words)
}

const NO_CUE: Classification =
    Classification { rtype: RelType::Cites, label: "mentions", cue: None };

/// The cue that wins so far: the match end (bytes), the rule and the cue's byte span.
struct Best {
    end: usize,
    rule: &'static Rule,
    span: (usize, usize),
}

/// `classify_relation(lead_in)` with the default rules; `lead_in` is shadow text.
///
/// The cue nearest to the reference wins (the earlier rule when two end at the same place),
/// except that a review cue shortly before an implementation cue scopes over it.
pub fn classify_relation(lead_in: &str) -> Classification {
    let mut best: Option<Best> = None;
    // The review cue starting last (the first such in rule order): start, rule, span.
    let mut last_review: Option<(usize, &'static Rule, (usize, usize))> = None;
    for rule in rules() {
        if let Some(words) = &rule.words {
            if !words.iter().any(|w| lead_in.contains(w.as_str())) {
                continue; // no match can lie here (see `required_words`)
            }
        }
        for m in rule.pattern.find_iter(lead_in, 0, lead_in.len()) {
            let (start, end) = m.span();
            // Rules come in priority order, so a later rule wins only by ending later.
            if best.as_ref().is_none_or(|b| end > b.end) {
                best = Some(Best { end, rule, span: (start, end) });
            }
            if rule.rtype == RelType::Reviews && last_review.is_none_or(|r| start > r.0) {
                last_review = Some((start, rule, (start, end)));
            }
        }
    }
    let Some(best) = best else { return NO_CUE };
    let cue_of = |(a, b): (usize, usize)| Some(lead_in[a..b].to_string());
    if best.rule.rtype == RelType::Implements && best.rule.label != "continues" {
        if let Some((start, rule, span)) = last_review {
            if lead_in[start..].chars().count() <= REVIEW_SCOPE {
                return Classification { rtype: rule.rtype, label: rule.label, cue: cue_of(span) };
            }
        }
    }
    Classification { rtype: best.rule.rtype, label: best.rule.label, cue: cue_of(best.span) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_words_of_the_rules() {
        let words: Vec<Option<Vec<String>>> = RULES.iter().map(|r| required_words(r.0)).collect();
        let expect: [&[&str]; 19] = [
            &["theo"],
            &["ket"],
            &["tong"],
            &["danh"],
            &["thuc"],
            &["qua"],
            &["kiem"],
            &["can", "trinh", "theo"],
            &["tiep"],
            &["the"],
            &["huong"],
            &["dinh"],
            &["thuc", "trien"],
            &["triet"],
            &["thay"],
            &["sung"],
            &["bai", "hieu"],
            &["theo", "tren", "theo"],
            &["phuc", "tra"],
        ];
        for (found, want) in words.iter().zip(expect) {
            assert_eq!(found.as_deref().unwrap(), want);
        }
        assert_eq!(required_words(r"a(b|c)d|e[f|g]h"), Some(vec!["a".into(), "e".into()]));
        assert_eq!(required_words(r"ab?|\w+"), None);
        assert_eq!(required_words(r"(?:x)|yz*"), None);
    }
}

/// Test hook: `classify_relation(lead_in)` as (type value, label, cue).
#[pyfunction]
fn debug_classify_relation(lead_in: &str) -> (&'static str, &'static str, Option<String>) {
    let found = classify_relation(lead_in);
    (found.rtype.value(), found.label, found.cue)
}

/// Test hook: the rules as compiled (pattern source, type value, label) and the review
/// scope, to pin them to `DEFAULT_RULES` and `_REVIEW_SCOPE`.
#[pyfunction]
fn debug_relation_rules() -> (Vec<(String, &'static str, &'static str)>, usize) {
    let rules =
        RULES.iter().map(|&(p, rtype, label)| (rule_source(p), rtype.value(), label)).collect();
    (rules, REVIEW_SCOPE)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(debug_classify_relation, m)?)?;
    m.add_function(wrap_pyfunction!(debug_relation_rules, m)?)?;
    Ok(())
}
