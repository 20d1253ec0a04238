//! People (cán bộ): their category and the input rules.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{FieldError, Valid, labelled_enum, text};

labelled_enum! {
    /// The staff category (CBCCVC, LĐHĐ).
    StaffCategory {
        Cadre = "cadre", "Cán bộ", "Cadre";
        CivilServant = "civil_servant", "Công chức", "Civil servant";
        PublicEmployee = "public_employee", "Viên chức", "Public employee";
        Contract = "contract", "Lao động hợp đồng", "Contract worker";
    }
}

/// What a client sends to create or edit a person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PersonInput {
    pub unit_id: i64,
    pub name: String,
    pub position: Option<String>,
    pub category: StaffCategory,
    #[serde(default)]
    pub party_member: bool,
    /// Head of the unit (người đứng đầu), personally accountable for its tasks.
    #[serde(default)]
    pub is_head: bool,
}

impl PersonInput {
    pub fn validate(self) -> Result<Valid<PersonInput>, FieldError> {
        Ok(Valid::new(PersonInput {
            name: text::line("name", &self.name, 120)?,
            position: text::line_optional("position", self.position.as_deref(), 160)?,
            ..self
        }))
    }
}
