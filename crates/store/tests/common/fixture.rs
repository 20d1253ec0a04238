//! A small real-looking data set and helpers to build more.

use chrono::NaiveDate;
use domain::FieldError;
use domain::document::DocumentInput;
use domain::person::{PersonInput, StaffCategory};
use domain::status::Clock;
use domain::task::TaskInput;
use domain::unit::{UnitInput, UnitKind};
use store::model::{Document, Person, Task, Unit};
use store::{Db, StoreError, Tx, documents, people, tasks, units};

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s}: {e}"))
}

/// The clock the fixture is built with: 20/11/2023, "due soon" = 7 days.
pub fn clock() -> Clock {
    Clock::new(d("2023-11-20"), 7)
}

pub async fn unit(tx: &mut Tx, parent: Option<i64>, kind: UnitKind, name: &str) -> Result<Unit, StoreError> {
    let input = UnitInput {
        parent_id: parent,
        kind,
        name: name.into(),
        short_name: None,
    };
    units::create(tx, &input.validate()?).await
}

pub async fn person(
    tx: &mut Tx,
    unit_id: i64,
    name: &str,
    position: &str,
    is_head: bool,
) -> Result<Person, StoreError> {
    let input = PersonInput {
        unit_id,
        name: name.into(),
        position: Some(position.into()),
        category: StaffCategory::Cadre,
        party_member: true,
        is_head,
    };
    people::create(tx, &input.validate()?).await
}

pub async fn doc(tx: &mut Tx, symbol: &str, title: &str, issuer: i64, issued: &str) -> Result<Document, StoreError> {
    let input = DocumentInput {
        kind: None,
        symbol: symbol.into(),
        title: title.into(),
        issuer_unit_id: issuer,
        issued_on: d(issued),
        valid_from: None,
        valid_to: None,
    };
    // Registered on the day it was issued.
    let issued = input.issued_on;
    documents::create(tx, &input.validate(issued)?).await
}

/// A document input checked as registered on the day it was issued (a document cannot be
/// registered before it exists).
pub fn registered(i: DocumentInput) -> Result<domain::Valid<domain::document::DocumentDraft>, FieldError> {
    let on = i.issued_on;
    i.validate(on)
}

/// A task of `plan` led by `lead`, due on `due` (or "thường xuyên" — ongoing — when none).
pub fn task_in(plan: i64, lead: i64, title: &str, due: Option<&str>) -> TaskInput {
    TaskInput {
        plan_id: plan,
        parent_id: None,
        code: None,
        title: title.into(),
        details: None,
        is_key: false,
        is_group: false,
        lead_unit_id: lead,
        cooperating_unit_ids: vec![],
        responsible_id: None,
        deadline_text: if due.is_none() {
            Some("thường xuyên".into())
        } else {
            None
        },
        due_on: due.map(d),
        recurrence: None,
        expected_output: None,
    }
}

/// Hà Nội → Quận Long Biên → Phường Bồ Đề, Phường Ngọc Lâm, each with a chi bộ; people;
/// Chỉ thị 24-CT/TU and Kế hoạch 152-KH/QU implementing it; five tasks.
#[derive(Debug, Clone)]
pub struct Fx {
    pub clock: Clock,
    pub ha_noi: Unit,
    pub long_bien: Unit,
    pub bo_de: Unit,
    pub ngoc_lam: Unit,
    pub cb_bo_de: Unit,
    pub cb_ngoc_lam: Unit,
    pub an: Person,
    pub binh: Person,
    pub dat: Person,
    pub hong: Person,
    pub ct24: Document,
    pub kh152: Document,
    /// Quán triệt (Long Biên, key, "trong tháng 10/2023"), rà soát (Bồ Đề, cooperating Ngọc Lâm),
    /// tuyên truyền (Ngọc Lâm), kiện toàn (chi bộ Bồ Đề), sơ kết (Long Biên).
    pub tasks: Vec<Task>,
}

pub async fn fixture(db: &Db) -> Result<Fx, StoreError> {
    let clock = clock();
    let mut write = db.write().await?;
    let fx = build(&mut write, clock).await?;
    write.commit().await?;
    Ok(fx)
}

async fn build(tx: &mut Tx, clock: Clock) -> Result<Fx, StoreError> {
    let ha_noi = unit(tx, None, UnitKind::Province, "Thành phố Hà Nội").await?;
    let long_bien = unit(tx, Some(ha_noi.id), UnitKind::District, "Quận Long Biên").await?;
    let bo_de = unit(tx, Some(long_bien.id), UnitKind::Ward, "Phường Bồ Đề").await?;
    let ngoc_lam = unit(tx, Some(long_bien.id), UnitKind::Ward, "Phường Ngọc Lâm").await?;
    let cb_bo_de = unit(
        tx,
        Some(bo_de.id),
        UnitKind::PartyCell,
        "Chi bộ Tổ dân phố số 5 phường Bồ Đề",
    )
    .await?;
    let cb_ngoc_lam = unit(
        tx,
        Some(ngoc_lam.id),
        UnitKind::PartyCell,
        "Chi bộ Tổ dân phố số 12 phường Ngọc Lâm",
    )
    .await?;
    let an = person(tx, long_bien.id, "Nguyễn Văn An", "Bí thư Quận ủy", true).await?;
    let binh = person(tx, bo_de.id, "Trần Thị Bình", "Chủ tịch UBND phường", true).await?;
    let dat = person(tx, ngoc_lam.id, "Đặng Quốc Đạt", "Phó Chủ tịch UBND phường", false).await?;
    let hong = person(tx, cb_bo_de.id, "Lê Thị Hồng", "Bí thư chi bộ", true).await?;
    let ct24 = doc(
        tx,
        "24-CT/TU",
        "Về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy trên địa bàn Thành phố",
        ha_noi.id,
        "2023-08-07",
    )
    .await?;
    let kh152 = doc(
        tx,
        "Số: 152 -KH/QU",
        "Thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy",
        long_bien.id,
        "2023-09-13",
    )
    .await?;
    documents::link(
        tx,
        kh152.id,
        &domain::document::LinkInput {
            to_id: ct24.id,
            kind: domain::document::LinkKind::Implements,
        },
    )
    .await?;
    let mut inputs = Vec::new();
    let mut quan_triet = task_in(
        kh152.id,
        long_bien.id,
        "Tổ chức hội nghị quán triệt Chỉ thị 24-CT/TU",
        None,
    );
    quan_triet.code = Some("II.1".into());
    quan_triet.is_key = true;
    quan_triet.deadline_text = Some("trong tháng 10/2023".into());
    quan_triet.responsible_id = Some(an.id);
    inputs.push(quan_triet);
    let mut ra_soat = task_in(
        kh152.id,
        bo_de.id,
        "Rà soát, kiểm tra an toàn phòng cháy tại các khu dân cư",
        Some("2023-11-25"),
    );
    ra_soat.code = Some("II.2".into());
    ra_soat.cooperating_unit_ids = vec![ngoc_lam.id];
    ra_soat.responsible_id = Some(binh.id);
    inputs.push(ra_soat);
    let mut tuyen_truyen = task_in(
        kh152.id,
        ngoc_lam.id,
        "Tuyên truyền kỹ năng thoát nạn cho hộ gia đình",
        Some("2023-12-31"),
    );
    tuyen_truyen.code = Some("II.3".into());
    inputs.push(tuyen_truyen);
    let mut kien_toan = task_in(
        kh152.id,
        cb_bo_de.id,
        "Kiện toàn đội phòng cháy, chữa cháy cơ sở",
        Some("2023-10-15"),
    );
    kien_toan.code = Some("II.4".into());
    kien_toan.is_key = true;
    kien_toan.responsible_id = Some(hong.id);
    inputs.push(kien_toan);
    let mut so_ket = task_in(
        kh152.id,
        long_bien.id,
        "Sơ kết 6 tháng thực hiện Kế hoạch",
        Some("2024-03-31"),
    );
    so_ket.code = Some("III.1".into());
    inputs.push(so_ket);
    let tasks = tasks::create_batch(tx, inputs, &clock).await?;
    let fx = Fx {
        clock,
        ha_noi,
        long_bien,
        bo_de,
        ngoc_lam,
        cb_bo_de,
        cb_ngoc_lam,
        an,
        binh,
        dat,
        hong,
        ct24,
        kh152,
        tasks,
    };
    Ok(fx)
}

/// The field error of an `Invalid` result; panics on anything else.
#[track_caller]
pub fn invalid<T: std::fmt::Debug>(r: Result<T, StoreError>) -> FieldError {
    match r {
        Err(StoreError::Invalid(e)) => e,
        other => panic!("expected StoreError::Invalid, got {other:?}"),
    }
}

/// The field error of a `Conflict` result; panics on anything else.
#[track_caller]
pub fn conflict<T: std::fmt::Debug>(r: Result<T, StoreError>) -> FieldError {
    match r {
        Err(StoreError::Conflict(e)) => e,
        other => panic!("expected StoreError::Conflict, got {other:?}"),
    }
}

/// Panics unless the result is `StaleVersion`.
#[track_caller]
pub fn stale<T: std::fmt::Debug>(r: Result<T, StoreError>) {
    match r {
        Err(StoreError::StaleVersion { .. }) => {}
        other => panic!("expected StoreError::StaleVersion, got {other:?}"),
    }
}

/// How many tasks, units, people and documents are stored, read in a fresh transaction.
pub async fn counts(db: &Db) -> Result<[i64; 4], StoreError> {
    let mut tx = db.read().await?;
    let c = clock();
    let t = tasks::list(&mut tx, &Default::default(), &c, 1, 0).await?.total;
    let u = units::list(&mut tx, &Default::default(), 1, 0).await?.total;
    let p = people::list(&mut tx, &Default::default(), 1, 0).await?.total;
    let dcount = documents::list(&mut tx, &Default::default(), 1, 0).await?.total;
    Ok([t, u, p, dcount])
}

/// The roll-up of a unit's subtree, read in a fresh transaction.
pub async fn rollup_of(
    db: &Db,
    unit_id: i64,
    clock: Clock,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<store::rollup::Rollup, StoreError> {
    let mut tx = db.read().await?;
    let q = store::rollup::RollupQuery {
        unit_id,
        from,
        to,
        clock,
        overdue_limit: 500,
    };
    store::rollup::rollup(&mut tx, &q).await
}
