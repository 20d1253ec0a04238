//! Conferences and inspections keep their tenant with their unit: moving a unit under another
//! top unit (the one operation that moves rows between tenants) carries its conferences, its
//! inspections and everything hanging off them along, rewrites the paths they were copied
//! with — also where a record left behind names a moved unit — and an ordinary edit never moves
//! a conference to another province.

use domain::conference::{
    Audience, AudienceGroup, BridgePointInput, ConferenceFormat, ConferenceInput, ConferenceKind, SeriesInput,
};
use domain::inspection::{
    ConclusionInput, FindingInput, InspectionDecisionInput, InspectionStep, Method, PlanInput, PlanItemInput,
    RecordInput, RecordKind, TeamMemberInput, TeamRole,
};
use domain::unit::{UnitInput, UnitKind, UnitPath};
use domain::{ErrorCode, Valid};
use store::inspections::{self, Inspection};
use store::{StoreError, Tx, conferences, units};

use crate::common::*;

pub(crate) fn conference(host: i64, series: Option<i64>, point: i64, documents: Vec<i64>) -> ConferenceInput {
    ConferenceInput {
        host_unit_id: host,
        kind: ConferenceKind::Dissemination,
        title: "Hội nghị quán triệt Chỉ thị 24-CT/TU".into(),
        starts_on: d("2023-10-10"),
        starts_at: None,
        format: ConferenceFormat::Hybrid,
        venue: Some("Hội trường Ủy ban nhân dân phường".into()),
        venue_expected: Some(40),
        venue_present: Some(38),
        document_ids: documents,
        audiences: vec![Audience {
            group: AudienceGroup::PartyMembers,
            note: Some("Đảng viên các chi bộ".into()),
        }],
        bridge_points: vec![BridgePointInput {
            unit_id: point,
            expected: Some(25),
            present: Some(24),
        }],
        series_id: series,
    }
}

/// An inspection by `body` of `subject` in the plan of 2023, with its team, a self-report, the
/// conclusion (notice `notice`) with a finding, and a recommendation followed up by `task`.
pub(crate) async fn inspection(
    tx: &mut Tx,
    body: i64,
    subject: i64,
    member: i64,
    notice: i64,
    task: i64,
) -> Result<Inspection, StoreError> {
    let plan = PlanInput {
        body_unit_id: body,
        year: 2023,
        title: "Chương trình kiểm tra, giám sát năm 2023".into(),
        items: vec![PlanItemInput {
            content: "Kiểm tra việc thực hiện Chỉ thị 24-CT/TU".into(),
            subject_unit_ids: vec![subject],
            time_text: "Quý IV/2023".into(),
            method: Method::Inspection,
        }],
    };
    let tenant = units::get(tx, body).await?.tenant_id;
    let (_, made) = inspections::create_plan(tx, &plan.validate()?, tenant).await?;
    let planned = made.into_iter().next().ok_or(StoreError::not_found("inspection", 0))?;
    let today = clock().today;
    let decision = InspectionDecisionInput {
        symbol: "45-QĐ/UBKT".into(),
        decided_on: d("2023-10-02"),
        team: vec![TeamMemberInput {
            person_id: member,
            role: TeamRole::Head,
        }],
        starts_on: d("2023-10-05"),
        ends_on: d("2023-10-30"),
    };
    let decided = inspections::decide(tx, &planned, &decision.validate(today)?, InspectionStep::Decided).await?;
    let report = RecordInput {
        subject_unit_id: Some(subject),
        dated_on: d("2023-10-12"),
        text: "Báo cáo tự kiểm tra việc thực hiện Chỉ thị".into(),
    };
    let report = report.validate(RecordKind::SelfReport, today)?;
    inspections::add_record(tx, &decided, RecordKind::SelfReport, &report, InspectionStep::Verifying).await?;
    let verifying = inspections::get(tx, decided.id).await?;
    let conclusion = ConclusionInput {
        symbol: "12-TB/UBKT".into(),
        concluded_on: d("2023-11-02"),
        summary: "Thực hiện cơ bản tốt".into(),
        findings: vec![FindingInput {
            subject_unit_id: subject,
            text: "Đã quán triệt kịp thời".into(),
        }],
        recommendations: vec![],
    };
    let conclusion = conclusion.validate(&[subject], today)?;
    let after = inspections::conclude(tx, &verifying, &conclusion, notice, InspectionStep::Concluded).await?;
    inspections::add_recommendation(tx, &after, subject, "Bổ sung phương án thoát nạn", task).await?;
    inspections::get(tx, after.id).await
}

/// Everything a reader sees of an inspection (its tenant aside).
async fn seen(tx: &mut Tx, id: i64) -> Result<String, StoreError> {
    let clock = clock();
    let i = inspections::get(tx, id).await?;
    Ok(format!(
        "{:?} {:?} {:?} {:?} {:?}",
        inspections::subjects(tx, &i).await?,
        inspections::team(tx, &i).await?,
        inspections::records(tx, &i).await?,
        inspections::findings(tx, &i).await?,
        inspections::recommendations(tx, &i, &clock).await?,
    ))
}

/// How many rows of `table` that hang off `parent_col` = `id` are not in `tenant`.
async fn strays(tx: &mut Tx, table: &str, parent_col: &str, id: i64, tenant: i64) -> Result<i64, StoreError> {
    // Table and column names are this file's constants.
    let sql = format!("SELECT COUNT(*) FROM {table} WHERE {parent_col} = $1 AND tenant_id <> $2");
    Ok(
        store::on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).bind(tenant).fetch_one(c).await?),
    )
}

async fn text_of(tx: &mut Tx, sql: &'static str, id: i64) -> Result<String, StoreError> {
    Ok(store::on_tx!(tx, c => sqlx::query_scalar::<_, String>(sql).bind(id).fetch_one(c).await?))
}

both!(
    conferences_and_inspections_follow_their_unit_to_another_tenant,
    |db| async move {
        let fx = fixture(&db).await?;
        let nl = fx.ngoc_lam.clone();
        let mut tx = db.write().await?;
        let nl_path = UnitPath::parse(&nl.path).ok_or(StoreError::not_found("unit", nl.id))?;
        let nl_plan = doc(&mut tx, "05-KH/ĐU", "Kế hoạch của Đảng ủy phường", nl.id, "2023-10-01").await?;
        let notice = doc(
            &mut tx,
            "12-TB/UBKT",
            "Thông báo kết luận kiểm tra",
            nl.id,
            "2023-11-02",
        )
        .await?;
        let lb_notice = doc(
            &mut tx,
            "13-TB/UBKTQU",
            "Thông báo kết luận",
            fx.long_bien.id,
            "2023-11-02",
        )
        .await?;
        let series = SeriesInput {
            host_unit_id: nl.id,
            title: "Quán triệt Chỉ thị 24-CT/TU".into(),
        };
        let series = conferences::create_series(&mut tx, &series.validate()?, nl.tenant_id).await?;
        let input = conference(nl.id, Some(series.id), fx.cb_ngoc_lam.id, vec![fx.ct24.id, nl_plan.id]);
        let conf = conferences::create(&mut tx, &input.validate(clock().today)?, &nl_path, nl.tenant_id).await?;
        conferences::link_conclusion(&mut tx, conf.conference.id, nl_plan.id).await?;
        let conf_before = conferences::full(&mut tx, conf.conference.id).await?;
        // Ngọc Lâm inspects its chi bộ; Long Biên (which stays) inspects Ngọc Lâm.
        let own = inspection(&mut tx, nl.id, fx.cb_ngoc_lam.id, fx.dat.id, notice.id, fx.tasks[2].id).await?;
        let by_district = inspection(&mut tx, fx.long_bien.id, nl.id, fx.an.id, lb_notice.id, fx.tasks[0].id).await?;
        let own_before = seen(&mut tx, own.id).await?;
        tx.commit().await?;

        // Ngọc Lâm becomes a top-level organisation of its own: a tenant of its own.
        let mut tx = db.write().await?;
        let input = UnitInput {
            parent_id: None,
            kind: UnitKind::Ward,
            name: nl.name.clone(),
            short_name: None,
        };
        units::update(&mut tx, nl.id, nl.version, &input.validate()?).await?;
        tx.commit().await?;

        let mut tx = db.read().await?;
        let new_path = format!("/{}/", nl.id);
        let after = conferences::full(&mut tx, conf.conference.id).await?;
        assert_eq!(after.conference.tenant_id, nl.id);
        assert_eq!(conferences::series(&mut tx, series.id).await?.tenant_id, nl.id);
        assert_eq!(
            (
                &after.document_ids,
                &after.audiences,
                &after.points,
                &after.conclusion_ids
            ),
            (
                &conf_before.document_ids,
                &conf_before.audiences,
                &conf_before.points,
                &conf_before.conclusion_ids
            ),
            "the conference reads the same in its new tenant"
        );
        assert_eq!(
            text_of(
                &mut tx,
                "SELECT host_path FROM conferences WHERE id = $1",
                conf.conference.id
            )
            .await?,
            new_path
        );
        for table in [
            "conference_documents",
            "conference_audiences",
            "conference_points",
            "conference_conclusions",
        ] {
            assert_eq!(
                strays(&mut tx, table, "conference_id", conf.conference.id, nl.id).await?,
                0,
                "{table}"
            );
        }

        let moved = inspections::get(&mut tx, own.id).await?;
        assert_eq!(moved.tenant_id, nl.id);
        assert_eq!(inspections::plan(&mut tx, own.plan_id).await?.tenant_id, nl.id);
        assert_eq!(
            seen(&mut tx, own.id).await?,
            own_before,
            "the inspection reads the same in its new tenant"
        );
        assert_eq!(
            text_of(&mut tx, "SELECT body_path FROM inspections WHERE id = $1", own.id).await?,
            new_path
        );
        for table in [
            "inspection_subjects",
            "inspection_team",
            "inspection_records",
            "inspection_findings",
            "inspection_recommendations",
        ] {
            assert_eq!(
                strays(&mut tx, table, "inspection_id", own.id, nl.id).await?,
                0,
                "{table}"
            );
        }

        // The district's inspection stays in Hà Nội, and finds its subject at the new address: the
        // ward's readers still see it.
        assert_eq!(inspections::get(&mut tx, by_district.id).await?.tenant_id, fx.ha_noi.id);
        assert_eq!(
            text_of(
                &mut tx,
                "SELECT unit_path FROM inspection_subjects WHERE inspection_id = $1",
                by_district.id
            )
            .await?,
            new_path
        );
        Ok(())
    }
);

both!(a_conference_edit_cannot_move_it_to_another_province, |db| async move {
    let fx = fixture(&db).await?;
    let nl = fx.ngoc_lam.clone();
    let mut tx = db.write().await?;
    let hai_phong = unit(&mut tx, None, UnitKind::Province, "Thành phố Hải Phòng").await?;
    let nl_path = UnitPath::parse(&nl.path).ok_or(StoreError::not_found("unit", nl.id))?;
    let input = conference(nl.id, None, fx.cb_ngoc_lam.id, vec![fx.ct24.id]);
    let made = conferences::create(&mut tx, &input.validate(clock().today)?, &nl_path, nl.tenant_id).await?;
    tx.commit().await?;

    let mut tx = db.write().await?;
    let hp_path = UnitPath::parse(&hai_phong.path).ok_or(StoreError::not_found("unit", hai_phong.id))?;
    let moved: Valid<ConferenceInput> =
        conference(hai_phong.id, None, fx.cb_ngoc_lam.id, vec![]).validate(clock().today)?;
    let id = made.conference.id;
    let e = invalid(conferences::update(&mut tx, id, made.conference.version, &moved, &hp_path, hai_phong.id).await);
    assert_eq!((e.field.as_str(), e.code), ("host_unit_id", ErrorCode::OutOfScope));
    assert!(e.message_vi.contains("tỉnh, thành phố khác"), "{}", e.message_vi);
    drop(tx);
    let mut tx = db.read().await?;
    assert_eq!(conferences::full(&mut tx, id).await?, made, "nothing was written");
    Ok(())
});

/// How many rows of `table` with `id_col` = `id` sit in `tenant`.
async fn rows_in(tx: &mut Tx, table: &str, id_col: &str, id: i64, tenant: i64) -> Result<i64, StoreError> {
    // Table and column names are this file's constants.
    let sql = format!("SELECT COUNT(*) FROM {table} WHERE {id_col} = $1 AND tenant_id = $2");
    Ok(
        store::on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).bind(tenant).fetch_one(c).await?),
    )
}

both!(
    a_ward_moved_to_another_province_is_read_there_and_gone_from_the_old,
    |db| async move {
        let fx = fixture(&db).await?;
        let c = fx.clock;
        let nl = fx.ngoc_lam.clone();
        let task = fx.tasks[2].clone();
        let mut tx = db.write().await?;
        let bac_ninh = unit(&mut tx, None, UnitKind::Province, "Tỉnh Bắc Ninh").await?;
        let (report, _) = through_app::report_progress(
            &mut tx,
            task.id,
            domain::task::ProgressInput {
                reported_on: None,
                percent: 40,
                text: "Đã tuyên truyền tại 6 tổ dân phố".into(),
                evidence: vec![],
                author_id: None,
                confirm_drop: false,
            },
            &c,
        )
        .await?;
        let photo = domain::file::FileInput {
            name: "Ảnh buổi tuyên truyền.jpg".into(),
            size: 7,
            kind: Some(domain::file::FileKind::Jpeg),
            sha256: "ab".repeat(32),
        };
        let to = store::files::Attachment {
            subject: store::access::Subject::Task(task.id),
            tenant_id: task.tenant_id,
            record_kind: "progress_report",
            record_id: report.id,
        };
        let file = store::files::attach(&mut tx, &to, &photo.validate(1000)?).await?;
        let history_before = store::work::history(&mut tx, task.id, &c).await?;
        tx.commit().await?;

        // Ngọc Lâm (its chi bộ, its official Đạt, its task and that task's report) moves to Bắc Ninh.
        let mut tx = db.write().await?;
        let input = UnitInput {
            parent_id: Some(bac_ninh.id),
            kind: UnitKind::Ward,
            name: nl.name.clone(),
            short_name: None,
        };
        let moved = units::update(&mut tx, nl.id, nl.version, &input.validate()?).await?;
        tx.commit().await?;
        let (h, bn) = (fx.ha_noi.id, bac_ninh.id);
        assert_eq!(
            (moved.tenant_id, moved.path.as_str()),
            (bn, format!("/{bn}/{}/", nl.id).as_str())
        );

        let mut tx = db.read().await?;
        // Read in the new province, with the same ids.
        let t = store::tasks::get(&mut tx, task.id, &c).await?;
        assert_eq!(
            (t.tenant_id, t.lead_unit_id, t.title.as_str()),
            (bn, nl.id, task.title.as_str())
        );
        let dat = store::people::get(&mut tx, fx.dat.id).await?;
        assert_eq!(dat.tenant_id, bn);
        assert_eq!(units::get(&mut tx, fx.cb_ngoc_lam.id).await?.tenant_id, bn);
        let within = |id| store::tasks::TaskFilter {
            within: Some(id),
            ..Default::default()
        };
        assert_eq!(
            ids!(store::tasks::list(&mut tx, &within(bn), &c, 50, 0).await?.items),
            vec![task.id]
        );
        let staff = |id| store::people::PersonFilter {
            within: Some(id),
            ..Default::default()
        };
        assert_eq!(
            ids!(store::people::list(&mut tx, &staff(bn), 50, 0).await?.items),
            vec![fx.dat.id]
        );
        let history = store::work::history(&mut tx, task.id, &c).await?;
        assert_eq!(ids!(history.progress), ids!(history_before.progress));
        assert_eq!(
            history.progress.first().map(|r| r.body.as_str()),
            Some("Đã tuyên truyền tại 6 tổ dân phố")
        );
        let files = store::files::of_subject(&mut tx, store::access::Subject::Task(task.id)).await?;
        assert_eq!(ids!(files), vec![file.id]);
        assert_eq!(
            store::files::report_tenant(&mut tx, task.id, report.id).await?,
            Some(bn)
        );
        // Gone from Hà Nội: no row of them left in the old tenant, none listed there.
        for (table, col, id) in [
            ("units", "id", nl.id),
            ("units", "id", fx.cb_ngoc_lam.id),
            ("people", "id", fx.dat.id),
            ("tasks", "id", task.id),
            ("progress_reports", "id", report.id),
            ("files", "id", file.id),
        ] {
            assert_eq!(
                rows_in(&mut tx, table, col, id, h).await?,
                0,
                "{table} {id} left in Hà Nội"
            );
            assert_eq!(
                rows_in(&mut tx, table, col, id, bn).await?,
                1,
                "{table} {id} in Bắc Ninh"
            );
        }
        let hn_tasks = ids!(store::tasks::list(&mut tx, &within(h), &c, 50, 0).await?.items);
        assert!(!hn_tasks.contains(&task.id), "{hn_tasks:?}");
        assert_eq!(hn_tasks.len(), 4);
        let hn_people = ids!(store::people::list(&mut tx, &staff(h), 50, 0).await?.items);
        assert!(!hn_people.contains(&fx.dat.id), "{hn_people:?}");
        drop(tx);
        assert_eq!(rollup_of(&db, h, c, None, None).await?.totals.total, 4);
        assert_eq!(rollup_of(&db, bn, c, None, None).await?.totals.total, 1);
        let report = store::audit::verify(&db).await?;
        assert!(report.ok(), "{report:?}");
        Ok(())
    }
);
