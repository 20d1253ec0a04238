//! Reading conferences: one with everything it names, the lists of a unit (held by it or
//! reaching a bridge point in it), of a document (disseminating it or concluded by it) and of a
//! series, each narrowed to what the caller may read; their attached files.

use domain::access::Operation;
use store::access::Subject;
use store::conferences::{Filter, Full, Series};
use store::files::StoredFile;

use crate::read::Reader;
use crate::{App, Caller, Error, Result, authz};

/// Most conferences in one list.
pub const MAX_LIST: i64 = 500;

/// A conference the caller may read; `not_found` otherwise, as for a missing one.
pub async fn get(app: &App, caller: &Caller, id: i64) -> Result<Full> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::Read, Subject::Conference(id)).await?;
    Ok(store::conferences::full(&mut tx, id).await?)
}

/// A conference the caller may read with its materials and minutes, in one read.
pub async fn get_with_files(app: &App, caller: &Caller, id: i64) -> Result<(Full, Vec<StoredFile>)> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::Read, Subject::Conference(id)).await?;
    let full = store::conferences::full(&mut tx, id).await?;
    Ok((full, store::files::of_subject(&mut tx, Subject::Conference(id)).await?))
}

/// What a list asks for, by ids the caller must be able to read.
#[derive(Debug, Clone, Copy, Default)]
pub struct ListQuery {
    pub within: Option<i64>,
    pub document_id: Option<i64>,
    pub series_id: Option<i64>,
}

/// The conferences matching `q` the caller may read, latest first.
pub async fn list(app: &App, caller: &Caller, q: ListQuery, limit: i64) -> Result<Vec<Full>> {
    list_in(&mut app.read(caller).await?, q, limit).await
}

/// [`list`] in a page's own read snapshot (its record's access already checked there is not
/// read again).
pub async fn list_in(rd: &mut Reader<'_>, q: ListQuery, limit: i64) -> Result<Vec<Full>> {
    list_parts(rd, q, limit, store::conference_batch::Parts::Whole).await
}

/// [`list_in`] for a page's lines: each conference without its documents, conclusions and
/// audiences (`store::conference_batch::Parts::Lines`).
pub async fn lines_in(rd: &mut Reader<'_>, q: ListQuery, limit: i64) -> Result<Vec<Full>> {
    list_parts(rd, q, limit, store::conference_batch::Parts::Lines).await
}

async fn list_parts(
    rd: &mut Reader<'_>,
    q: ListQuery,
    limit: i64,
    parts: store::conference_batch::Parts,
) -> Result<Vec<Full>> {
    let caller = rd.caller;
    let mut f = Filter::default();
    if let Some(u) = q.within {
        rd.check(Subject::Unit(u)).await?;
        f.within = Some(store::units::path_of(&mut rd.tx, u).await?);
    }
    if let Some(d) = q.document_id {
        rd.check(Subject::Document(d)).await?;
        f.document_id = Some(d);
    }
    if let Some(s) = q.series_id {
        let series = store::conferences::series(&mut rd.tx, s)
            .await
            .map_err(|_| Error::not_found("conference_series", s))?;
        if !rd.may_read(Subject::Unit(series.host_unit_id)).await? {
            return Err(Error::not_found("conference_series", s));
        }
        f.series_id = Some(s);
    }
    let limit = limit.clamp(1, MAX_LIST);
    let ids = store::conferences::ids(&mut rd.tx, &f, limit).await?;
    // Read together, each kept when the caller may read it (as `authz::visible` decides).
    Ok(store::conference_batch::many_of(&mut rd.tx, &ids, parts)
        .await?
        .into_iter()
        .filter(|(_, b)| caller.principal.can_read(&b.target()))
        .map(|(full, _)| full)
        .collect())
}

/// The latest conference held by or reaching `unit_id` (for the overview), if any, in the
/// page's own read snapshot.
pub async fn latest_in(rd: &mut Reader<'_>, unit_id: i64) -> Result<Option<Full>> {
    let q = ListQuery {
        within: Some(unit_id),
        ..ListQuery::default()
    };
    Ok(list_in(rd, q, 20).await?.into_iter().next())
}

/// The series a unit holds, for a caller who may read the unit.
pub async fn series_of(app: &App, caller: &Caller, unit_id: i64) -> Result<Vec<Series>> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::Read, Subject::Unit(unit_id)).await?;
    Ok(store::conferences::series_of(&mut tx, unit_id).await?)
}

/// The materials and minutes attached to a conference.
pub async fn files(app: &App, caller: &Caller, id: i64) -> Result<Vec<StoredFile>> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::Read, Subject::Conference(id)).await?;
    Ok(store::files::of_subject(&mut tx, Subject::Conference(id)).await?)
}
