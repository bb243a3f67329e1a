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
}

/// `DEFAULT_RULES`, in priority order: (pattern, type, label).
const RULES: [(&str, RelType, &str); 19] = [
    (
        r"(?:ban\s+hanh\s+)?kem\s+theo",
        RelType::AttachedTo,
        "annex_of",
    ),
    (r"so\s+ket", RelType::Reviews, "interim_review"),
    (r"tong\s+ket", RelType::Reviews, "final_review"),
    (r"danh\s+gia", RelType::Reviews, "assesses"),
    (
        r"ket\s+qua(?:\s+\d+\s+nam)?(?:\s+\(\S+\s*-\s*\S+\))?(?:\s+trien\s+khai)?\s+thuc\s+hien",
        RelType::Reviews,
        "assesses",
    ),
    (r"qua\s+\d+\s+nam", RelType::Reviews, "assesses"),
    (
        r"kiem\s+tra,?\s+giam\s+sat\s+viec",
        RelType::Reviews,
        "monitors",
    ),
    (
        r"can\s+cu|xet\s+to\s+trinh|theo\s+de\s+nghi",
        RelType::BasedOn,
        "based_on",
    ),
    (
        r"tiep\s+tuc(?:\s+day\s+manh)?(?:\s+trien\s+khai)?\s+thuc\s+hien",
        RelType::Implements,
        "continues",
    ),
    (r"cu\s+the\s+hoa", RelType::Implements, "concretises"),
    (
        r"huong\s+dan\s+(?:thuc\s+hien|thi\s+hanh)",
        RelType::Implements,
        "guides",
    ),
    (r"quy\s+dinh\s+chi\s+tiet", RelType::Implements, "details"),
    (
        r"thuc\s+hien|trien\s+khai",
        RelType::Implements,
        "implements",
    ),
    (r"quan\s+triet", RelType::Implements, "disseminates"),
    (r"thay\s+the", RelType::Cites, "replaces"),
    (r"sua\s+doi,?\s+bo\s+sung", RelType::Cites, "amends"),
    (r"bai\s+bo|het\s+hieu\s+luc", RelType::Cites, "repeals"),
    (
        r"theo\s+tinh\s+than|tren\s+co\s+so|theo\s+noi\s+dung",
        RelType::Cites,
        "in_spirit_of",
    ),
    (r"phuc\s+dap|tra\s+loi", RelType::Cites, "replies_to"),
];

/// `_REVIEW_SCOPE`: how far (in characters) a review cue may stand from the reference and
/// still scope over an implementation cue after it.
const REVIEW_SCOPE: usize = 110;

/// `DEFAULT_RULES`, compiled once; `_rule` keeps word boundaries around every alternative.
fn rules() -> &'static [Rule] {
    static R: OnceLock<Vec<Rule>> = OnceLock::new();
    R.get_or_init(|| {
        RULES
            .iter()
            .map(|&(pattern, rtype, label)| Rule {
                pattern: Pat::new(&format!(r"(?<![a-z])(?:{pattern})(?![a-z])")),
                rtype,
                label,
            })
            .collect()
    })
}

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
        for m in rule.pattern.find_iter(lead_in, 0, lead_in.len()) {
            let (start, end) = m.span();
            // Rules come in priority order, so a later rule wins only by ending later.
            if best.as_ref().is_none_or(|b| end > b.end) {
                best = Some(Best {
                    end,
                    rule,
                    span: (start, end),
                });
            }
            if rule.rtype == RelType::Reviews && last_review.is_none_or(|r| start > r.0) {
                last_review = Some((start, rule, (start, end)));
            }
        }
    }
    let Some(best) = best else {
        return Classification {
            rtype: RelType::Cites,
            label: "mentions",
            cue: None,
        };
    };
    let cue_of = |(a, b): (usize, usize)| Some(lead_in[a..b].to_string());
    if best.rule.rtype == RelType::Implements && best.rule.label != "continues" {
        if let Some((start, rule, span)) = last_review {
            if lead_in[start..].chars().count() <= REVIEW_SCOPE {
                return Classification {
                    rtype: rule.rtype,
                    label: rule.label,
                    cue: cue_of(span),
                };
            }
        }
    }
    Classification {
        rtype: best.rule.rtype,
        label: best.rule.label,
        cue: cue_of(best.span),
    }
}

/// Test hook: `classify_relation(lead_in)` as (type value, label, cue).
#[pyfunction]
fn debug_classify_relation(lead_in: &str) -> (&'static str, &'static str, Option<String>) {
    let found = classify_relation(lead_in);
    (found.rtype.value(), found.label, found.cue)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(debug_classify_relation, m)?)?;
    Ok(())
}
