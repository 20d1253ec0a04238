//! The stable code ("Mã") a spreadsheet row carries, so that re-importing an exported sheet
//! updates the records it came from instead of adding copies: a prefix per kind of record
//! and the record's id ("NV-1024", "DV-17", "CB-305", "CT-42").

/// The kinds of record a sheet holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Task,
    Unit,
    Person,
    Target,
}

impl CodeKind {
    pub fn prefix(self) -> &'static str {
        match self {
            CodeKind::Task => "NV",
            CodeKind::Unit => "DV",
            CodeKind::Person => "CB",
            CodeKind::Target => "CT",
        }
    }
}

/// "NV-1024".
pub fn format(kind: CodeKind, id: i64) -> String {
    format!("{}-{id}", kind.prefix())
}

/// The id in a code of `kind` ("nv-1024", " NV-1024 " are read too); none for anything else.
pub fn parse(kind: CodeKind, code: &str) -> Option<i64> {
    let c = code.trim();
    let (prefix, rest) = c.split_once('-')?;
    if !prefix.trim().eq_ignore_ascii_case(kind.prefix()) {
        return None;
    }
    let rest = rest.trim();
    if rest.is_empty() || !rest.chars().all(|ch| ch.is_ascii_digit()) {
        return None;
    }
    rest.parse::<i64>().ok().filter(|id| *id > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for kind in [CodeKind::Task, CodeKind::Unit, CodeKind::Person, CodeKind::Target] {
            for id in [1, 17, 1_000_000] {
                assert_eq!(parse(kind, &format(kind, id)), Some(id));
            }
        }
        assert_eq!(parse(CodeKind::Task, " nv-12 "), Some(12));
        assert_eq!(parse(CodeKind::Task, "DV-12"), None);
        assert_eq!(parse(CodeKind::Task, "NV-"), None);
        assert_eq!(parse(CodeKind::Task, "NV-1a"), None);
        assert_eq!(parse(CodeKind::Task, "NV-0"), None);
        assert_eq!(parse(CodeKind::Task, "1.2"), None);
    }
}
