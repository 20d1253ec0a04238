//! The rule sets shipped with dondoc, as readable TOML files with their legal citations
//! (`crates/domain/rulesets/`), embedded at build time and parsed on demand.

use super::ruleset::RuleSet;
use crate::{FieldError, Valid};

/// Nghị định 335/2025/NĐ-CP — civil servants, monthly or quarterly, from 01/01/2026.
pub const ND335_2025: &str = include_str!("../../rulesets/nd335_2025.toml");
/// Quyết định 3814-QĐ/TU of Hà Nội — all staff, monthly.
pub const QD3814_HANOI: &str = include_str!("../../rulesets/qd3814_hanoi.toml");
/// Quy định 366-QĐ/TW — Party collectives and members, quarterly and yearly.
pub const QD366_TW: &str = include_str!("../../rulesets/qd366_tw.toml");

/// Every shipped file, by name.
pub const FILES: [(&str, &str); 3] = [
    ("nd335_2025.toml", ND335_2025),
    ("qd3814_hanoi.toml", QD3814_HANOI),
    ("qd366_tw.toml", QD366_TW),
];

/// Reads a rule set from TOML (an administrator's import as well as the shipped files).
pub fn from_toml(text: &str) -> Result<RuleSet, FieldError> {
    toml::from_str(text).map_err(|e| {
        let msg = e.message().to_string();
        FieldError::invalid(
            "rule_set",
            format!("Không đọc được bộ quy tắc: {msg}"),
            format!("The rule set could not be read: {msg}"),
        )
    })
}

/// The shipped rule sets, parsed and validated.
pub fn shipped() -> Result<Vec<Valid<RuleSet>>, FieldError> {
    FILES.iter().map(|(_, text)| from_toml(text)?.validate()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_shipped_file_parses_and_validates() {
        for (name, text) in FILES {
            let set = from_toml(text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            let valid = set.clone().validate().unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert!(!valid.notes.is_empty(), "{name} says what is uncertain");
            assert!(!valid.legal_basis.is_empty(), "{name} cites its text");
        }
        let all = shipped().unwrap();
        let families: Vec<&str> = all.iter().map(|s| s.family.as_str()).collect();
        assert_eq!(families, ["nd335", "qd3814_hanoi", "qd366_tw"]);
    }

    #[test]
    fn a_rule_set_round_trips_through_json_as_the_store_keeps_it() {
        for (name, text) in FILES {
            let set = from_toml(text).unwrap();
            let json = serde_json::to_string(&set).unwrap();
            let back: RuleSet = serde_json::from_str(&json).unwrap();
            assert_eq!(back, set, "{name}");
        }
    }

    #[test]
    fn unreadable_text_is_refused_with_the_reason() {
        let e = from_toml("family = 1").unwrap_err();
        assert_eq!(e.field, "rule_set");
        assert!(e.message_vi.starts_with("Không đọc được bộ quy tắc"));
        let typo = ND335_2025.replace("[workflow]", "[workflow]\nreveiw_days = 4");
        assert!(from_toml(&typo).unwrap_err().message_en.contains("reveiw_days"));
    }
}
