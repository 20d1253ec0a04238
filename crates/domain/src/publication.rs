//! Publishing to citizens: what a unit's office chooses to show on its public page. Only what
//! is chosen here is ever public — selected plans with their progress, the targets of one year,
//! completed key tasks — and never people's names, notes or explanation requests.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{FieldError, Valid, text};

/// Most plans one public page lists.
pub const MAX_PLANS: usize = 50;

/// What an office sends to publish (or unpublish) its unit's page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PublicationInput {
    /// Whether the page is public at all.
    pub published: bool,
    /// A short introduction shown at the top of the page.
    #[serde(default)]
    pub intro: String,
    /// The plans shown, with their progress (documents issued by the unit or assigning work to it).
    #[serde(default)]
    pub plan_ids: Vec<i64>,
    /// Show the targets of `targets_year` ("16/16 đạt, 09/16 vượt").
    #[serde(default)]
    pub show_targets: bool,
    pub targets_year: Option<i32>,
    /// Show the completed key tasks.
    #[serde(default)]
    pub show_key_tasks: bool,
}

impl PublicationInput {
    pub fn validate(self) -> Result<Valid<PublicationInput>, FieldError> {
        let intro = text::optional("intro", Some(&self.intro), 2000)?.unwrap_or_default();
        let mut plan_ids = self.plan_ids.clone();
        plan_ids.sort_unstable();
        plan_ids.dedup();
        if plan_ids.len() > MAX_PLANS {
            return Err(FieldError::invalid(
                "plan_ids",
                format!("Chỉ công khai tối đa {MAX_PLANS} kế hoạch trên một trang."),
                format!("At most {MAX_PLANS} plans per public page."),
            ));
        }
        if self.show_targets {
            match self.targets_year {
                None => return Err(FieldError::required("targets_year")),
                Some(y) if !(crate::dates::EARLIEST_YEAR..=crate::dates::LATEST_YEAR).contains(&y) => {
                    return Err(FieldError::invalid(
                        "targets_year",
                        format!("Năm {y} không hợp lệ."),
                        format!("Year {y} is invalid."),
                    ));
                }
                Some(_) => {}
            }
        }
        Ok(Valid::new(PublicationInput {
            intro,
            plan_ids,
            targets_year: if self.show_targets { self.targets_year } else { None },
            ..self
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> PublicationInput {
        PublicationInput {
            published: true,
            intro: "  Kết quả thực hiện  ".into(),
            plan_ids: vec![3, 1, 3],
            show_targets: true,
            targets_year: Some(2023),
            show_key_tasks: true,
        }
    }

    #[test]
    fn validates_and_names_fields() {
        let v = input().validate().unwrap();
        assert_eq!(v.plan_ids, vec![1, 3]);
        assert_eq!(v.intro, "Kết quả thực hiện");
        let e = PublicationInput {
            targets_year: None,
            ..input()
        }
        .validate()
        .unwrap_err();
        assert_eq!(e.field, "targets_year");
        assert!(e.message_vi.contains("Năm công khai chỉ tiêu"));
        let e = PublicationInput {
            plan_ids: (1..=60).collect(),
            ..input()
        }
        .validate()
        .unwrap_err();
        assert_eq!(e.field, "plan_ids");
        let e = PublicationInput {
            intro: "x".repeat(2001),
            ..input()
        }
        .validate()
        .unwrap_err();
        assert_eq!(e.field, "intro");
        let v = PublicationInput {
            show_targets: false,
            ..input()
        }
        .validate()
        .unwrap();
        assert_eq!(v.targets_year, None);
    }
}
