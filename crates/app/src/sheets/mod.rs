//! Importing the sheets offices keep — units, people, targets (plan and actual values), the
//! tasks of a plan — in the format the application exports (`office::xlsx::specs`).
//!
//! [`preview`] reads the file, matches unit names tolerantly (as the plan import does), and
//! checks every row as the forms would (the same `authz` refusals, the same input validation),
//! writing nothing; every problem is reported on its row ("Dòng 17, cột Hạn: 'quy 4' — không
//! hiểu thời hạn"). [`commit`] re-runs the same checks in the write transaction and then saves
//! every row through the forms' own operations (`org`, `targets`, `tasks`) — all or nothing:
//! one row in error and nothing is saved.
//!
//! The first column, "Mã", is a stable code: an exported sheet names each record by its id
//! ("NV-1024"), a sheet an office keeps by its own code ("CB-0001"), which the first import
//! stores on the record it creates (`store::import_codes`). Either way, importing the same
//! sheet again updates those records instead of adding copies; a row identical to its record
//! is left alone.

mod people;
mod read;
mod report;
mod resolve;
mod targets;
mod tasks;
mod units;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub use report::{Counts, PreviewRow, RowAction, RowError, SheetPreview};

use crate::{App, Caller, Error, Result};

/// The kinds of sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Units,
    People,
    Targets,
    Tasks,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Units, Kind::People, Kind::Targets, Kind::Tasks];

    /// The word in page addresses (`?loai=don-vi`).
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Units => "don-vi",
            Kind::People => "can-bo",
            Kind::Targets => "chi-tieu",
            Kind::Tasks => "nhiem-vu",
        }
    }

    pub fn from_slug(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.slug() == s || k.api() == s)
    }

    /// The word in API paths (`/imports/units`).
    pub fn api(self) -> &'static str {
        match self {
            Kind::Units => "units",
            Kind::People => "people",
            Kind::Targets => "targets",
            Kind::Tasks => "tasks",
        }
    }

    pub fn label_vi(self) -> &'static str {
        match self {
            Kind::Units => "Danh sách đơn vị",
            Kind::People => "Danh sách cán bộ",
            Kind::Targets => "Chỉ tiêu (kế hoạch và thực hiện)",
            Kind::Tasks => "Nhiệm vụ của một kế hoạch",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Kind::Units => "Units",
            Kind::People => "People",
            Kind::Targets => "Targets (planned and actual)",
            Kind::Tasks => "Tasks of a plan",
        }
    }

    /// The column specification (the tasks' "Hạn" reads phrases against the plan's issue date).
    pub fn spec(self, issued: Option<chrono::NaiveDate>) -> office::xlsx::SheetSpec {
        use office::xlsx::specs;
        match self {
            Kind::Units => specs::units(),
            Kind::People => specs::people(),
            Kind::Targets => specs::targets(),
            Kind::Tasks => specs::tasks(issued),
        }
    }

    /// The downloadable template.
    pub fn template(self) -> Result<Vec<u8>> {
        office::xlsx::template(&self.spec(None), read::MAX_ROWS).map_err(|e| {
            tracing::error!(error = %e, "import template not written");
            Error::internal()
        })
    }
}

/// Where a sheet goes and the choices made on the preview page.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Context {
    /// Units, people, targets: the unit whose subtree the sheet describes. Unit names are
    /// matched among the units it may direct, and codes among the records under it.
    pub unit_id: Option<i64>,
    /// Tasks: the plan they belong to.
    pub plan_id: Option<i64>,
    /// Unit names the matcher did not know, mapped by the user: (name as written, unit id).
    #[serde(default)]
    pub unit_map: Vec<(String, i64)>,
}

/// What a commit did.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Committed {
    /// Every row was saved.
    Saved { counts: Counts },
    /// Nothing was saved: the rows in error are marked.
    Refused { preview: SheetPreview },
}

/// Reads and checks a sheet, writing nothing.
pub async fn preview(
    app: &App,
    caller: &Caller,
    kind: Kind,
    bytes: Vec<u8>,
    context: &Context,
) -> Result<SheetPreview> {
    let cx = app.ctx();
    let mut tx = app.read_tx(caller).await?;
    let preview = match kind {
        Kind::Units => units::check(&mut tx, caller, context, bytes).await?.0,
        Kind::People => people::check(&mut tx, caller, context, bytes).await?.0,
        Kind::Targets => targets::check(&mut tx, caller, &cx, context, bytes).await?.0,
        Kind::Tasks => tasks::check(&mut tx, caller, &cx, context, bytes).await?.0,
    };
    Ok(preview)
}

/// Checks the sheet again and saves every row in one transaction, or nothing.
pub async fn commit(app: &App, caller: &Caller, kind: Kind, bytes: Vec<u8>, context: &Context) -> Result<Committed> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let outcome = match kind {
        Kind::Units => {
            let (p, plans) = units::check(&mut tx, caller, context, bytes).await?;
            match p.error_count {
                0 => match units::apply(&mut tx, caller, plans).await {
                    Ok(_) => Ok(p.counts),
                    Err(f) => Err(p.refuse(f)?),
                },
                _ => Err(p),
            }
        }
        Kind::People => {
            let (p, plans) = people::check(&mut tx, caller, context, bytes).await?;
            match p.error_count {
                0 => match people::apply(&mut tx, caller, plans).await {
                    Ok(_) => Ok(p.counts),
                    Err(f) => Err(p.refuse(f)?),
                },
                _ => Err(p),
            }
        }
        Kind::Targets => {
            let (p, plans) = targets::check(&mut tx, caller, &cx, context, bytes).await?;
            match p.error_count {
                0 => match targets::apply(&mut tx, caller, &cx, plans).await {
                    Ok(_) => Ok(p.counts),
                    Err(f) => Err(p.refuse(f)?),
                },
                _ => Err(p),
            }
        }
        Kind::Tasks => {
            let (p, plans) = tasks::check(&mut tx, caller, &cx, context, bytes).await?;
            match p.error_count {
                0 => match tasks::apply(&mut tx, caller, &cx, plans).await {
                    Ok(_) => Ok(p.counts),
                    Err(f) => Err(p.refuse(f)?),
                },
                _ => Err(p),
            }
        }
    };
    match outcome {
        Ok(counts) => {
            tx.commit().await?;
            Ok(Committed::Saved { counts })
        }
        // Dropping the transaction rolls every row back.
        Err(preview) => Ok(Committed::Refused { preview }),
    }
}

/// The value of an enum whose Vietnamese label is `text` (folded: case, tones and spacing do
/// not matter).
pub(crate) fn label_of<T: Copy>(all: &[T], label: impl Fn(T) -> &'static str, text: &str) -> Option<T> {
    let folded = vntext::fold(text.trim());
    all.iter().copied().find(|v| vntext::fold(label(*v)) == folded)
}

/// Whether row `index` already has a problem in column `key`.
pub(crate) fn has_error(sheet: &read::Read, index: usize, key: &str) -> bool {
    let header = sheet.header(key);
    sheet.preview.rows[index].errors.iter().any(|e| e.column == header)
}

/// The error of a row naming a record an earlier row already names.
pub(crate) fn same_record(first_row: u32) -> Error {
    Error::new(
        domain::ErrorCode::DuplicateCode,
        format!("dòng này và dòng {first_row} cùng chỉ một bản ghi"),
        format!("this row and row {first_row} name the same record"),
    )
}
