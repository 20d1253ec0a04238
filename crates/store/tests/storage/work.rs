//! The work on a task: progress, completion, extensions, explanations, cancellation, history.

use domain::status::TaskStatus;
use domain::task::{CompleteInput, Decision, DecisionInput, ExtensionInput, MessageInput, ProgressInput};
use store::model::Task;
use store::{StoreError, Tx, tasks, work};

use crate::common::*;

fn progress(percent: i32, on: Option<&str>, text: &str) -> ProgressInput {
    ProgressInput {
        confirm_drop: true,
        reported_on: on.map(d),
        percent,
        text: text.into(),
        evidence: vec![],
        author_id: None,
    }
}

fn done(t: &Task, on: &str) -> CompleteInput {
    CompleteInput {
        completed_on: Some(d(on)),
        note: Some("Đã tổ chức xong.".into()),
        author_id: None,
        version: t.version,
    }
}

fn extension(to: &str) -> ExtensionInput {
    ExtensionInput {
        new_due_on: d(to),
        reason: "Chờ kinh phí từ ngân sách quận".into(),
        requested_by: None,
    }
}

fn msg(text: &str) -> MessageInput {
    MessageInput {
        text: text.into(),
        person_id: None,
    }
}

async fn status(tx: &mut Tx, id: i64, c: &domain::status::Clock) -> Result<TaskStatus, StoreError> {
    Ok(tasks::get(tx, id, c).await?.status.expect("status is always derived"))
}

both!(progress_reports, |db| async move {
    let fx = fixture(&db).await?;
    let c = fx.clock;
    let t = &fx.tasks[2]; // Tuyên truyền, Ngọc Lâm, due 31/12/2023.
    assert_eq!(t.status, Some(TaskStatus::NotStarted));
    let mut tx = db.write().await?;
    let (report, after) = through_app::report_progress(
        &mut tx,
        t.id,
        ProgressInput {
            evidence: vec![" https://longbien.hanoi.gov.vn/tin-tuc ".into(), "".into()],
            ..progress(30, None, "Đã treo 40 băng rôn, khẩu hiệu")
        },
        &c,
    )
    .await?;
    assert_eq!((report.percent, report.reported_on), (30, c.today));
    assert_eq!(
        report.evidence.0,
        vec!["https://longbien.hanoi.gov.vn/tin-tuc".to_string()]
    );
    assert_eq!(
        (after.status, after.progress, after.version),
        (Some(TaskStatus::InProgress), 30, t.version + 1)
    );
    for (p, field) in [(100, "percent"), (150, "percent"), (-1, "percent")] {
        assert_eq!(
            invalid(through_app::report_progress(&mut tx, t.id, progress(p, None, "x"), &c).await).field,
            field,
            "{p}%"
        );
    }
    let e =
        invalid(through_app::report_progress(&mut tx, t.id, progress(40, Some("2023-11-21"), "ngày mai"), &c).await);
    assert_eq!(e.field, "reported_on", "a report dated in the future");
    let e = invalid(
        through_app::report_progress(&mut tx, t.id, progress(40, Some("2023-09-01"), "trước kế hoạch"), &c).await,
    );
    assert_eq!(e.field, "reported_on", "a report before the plan was issued");
    let e = invalid(
        through_app::report_progress(
            &mut tx,
            t.id,
            ProgressInput {
                author_id: Some(99_999),
                ..progress(40, None, "x")
            },
            &c,
        )
        .await,
    );
    assert_eq!(e.field, "author_id");
    let e = invalid(through_app::report_progress(&mut tx, t.id, progress(40, None, "  "), &c).await);
    assert_eq!(e.field, "text");
    // A late-filed older report does not override the latest one.
    through_app::report_progress(
        &mut tx,
        t.id,
        progress(50, Some("2023-11-18"), "Hoàn thành tuyên truyền tại 6/12 tổ dân phố"),
        &c,
    )
    .await?;
    let (_, after) = through_app::report_progress(
        &mut tx,
        t.id,
        progress(10, Some("2023-10-01"), "Báo cáo bổ sung tháng 10"),
        &c,
    )
    .await?;
    assert_eq!(after.progress, 30, "the report of 20/11 is still the latest");
    tx.commit().await?;
    let mut tx = db.read().await?;
    assert_eq!(tasks::get(&mut tx, t.id, &c).await?.progress, 30);
    let h = through_app::history(&mut tx, t.id, &c).await?;
    let seen: Vec<(chrono::NaiveDate, i32)> = h.progress.iter().map(|r| (r.reported_on, r.percent)).collect();
    assert_eq!(
        seen,
        vec![(d("2023-10-01"), 10), (d("2023-11-18"), 50), (d("2023-11-20"), 30)]
    );
    assert!(matches!(
        through_app::history(&mut tx, 99_999, &c).await,
        Err(StoreError::NotFound { .. })
    ));
    Ok(())
});

both!(completion_on_time_and_late, |db| async move {
    let fx = fixture(&db).await?;
    let c = fx.clock;
    let (ra_soat, kien_toan) = (&fx.tasks[1], &fx.tasks[3]);
    let mut tx = db.write().await?;
    stale(
        through_app::complete(
            &mut tx,
            ra_soat.id,
            CompleteInput {
                version: ra_soat.version + 5,
                ..done(ra_soat, "2023-11-18")
            },
            &c,
        )
        .await,
    );
    let e = invalid(through_app::complete(&mut tx, ra_soat.id, done(ra_soat, "2023-11-30"), &c).await);
    assert_eq!(e.field, "completed_on", "cannot complete in the future");
    let on_time = through_app::complete(&mut tx, ra_soat.id, done(ra_soat, "2023-11-18"), &c).await?;
    assert_eq!(
        (on_time.status, on_time.progress, on_time.completed_on),
        (Some(TaskStatus::CompletedOnTime), 100, Some(d("2023-11-18")))
    );
    let late = through_app::complete(&mut tx, kien_toan.id, done(kien_toan, "2023-11-19"), &c).await?;
    assert_eq!(late.status, Some(TaskStatus::CompletedLate));
    // Completed on the due date itself is on time.
    let quan_triet = &fx.tasks[0];
    let exact = through_app::complete(&mut tx, quan_triet.id, done(quan_triet, "2023-10-31"), &c).await?;
    assert_eq!(exact.status, Some(TaskStatus::CompletedOnTime));
    // Closed: nothing more can be done to it.
    let e = conflict(through_app::report_progress(&mut tx, ra_soat.id, progress(50, None, "x"), &c).await);
    assert_eq!((e.code.as_str(), e.field.as_str()), ("task_closed", "task"));
    assert_eq!(
        conflict(through_app::complete(&mut tx, ra_soat.id, done(&on_time, "2023-11-19"), &c).await).code,
        "task_closed"
    );
    assert_eq!(
        conflict(through_app::cancel(&mut tx, ra_soat.id, on_time.version, msg("Hủy"), &c).await).code,
        "task_closed"
    );
    assert_eq!(
        conflict(through_app::request_extension(&mut tx, ra_soat.id, extension("2023-12-30"), &c).await).code,
        "task_closed"
    );
    tx.commit().await?;
    // Later, a completed task stays completed (never overdue).
    let later = domain::status::Clock::new(d("2024-06-01"), 7);
    let mut tx = db.read().await?;
    assert_eq!(status(&mut tx, ra_soat.id, &later).await?, TaskStatus::CompletedOnTime);
    assert_eq!(status(&mut tx, kien_toan.id, &later).await?, TaskStatus::CompletedLate);
    let h = through_app::history(&mut tx, ra_soat.id, &c).await?;
    assert_eq!(
        h.progress
            .iter()
            .map(|r| (r.percent, r.body.as_str()))
            .collect::<Vec<_>>(),
        vec![(100, "Đã tổ chức xong.")]
    );
    Ok(())
});

both!(extensions_approved_and_rejected, |db| async move {
    let fx = fixture(&db).await?;
    let c = fx.clock;
    let (quan_triet, tuyen_truyen) = (&fx.tasks[0], &fx.tasks[2]);
    let mut tx = db.write().await?;
    let e = invalid(through_app::request_extension(&mut tx, tuyen_truyen.id, extension("2023-12-31"), &c).await);
    assert_eq!(e.field, "new_due_on", "the new date must be later than the current one");
    let req = through_app::request_extension(&mut tx, tuyen_truyen.id, extension("2024-01-31"), &c).await?;
    assert_eq!(
        (req.decision, req.old_due_on, req.new_due_on, req.requested_on),
        (Decision::Pending, Some(d("2023-12-31")), d("2024-01-31"), c.today)
    );
    assert_eq!(
        status(&mut tx, tuyen_truyen.id, &c).await?,
        TaskStatus::ExtensionPending
    );
    let e = conflict(through_app::request_extension(&mut tx, tuyen_truyen.id, extension("2024-02-28"), &c).await);
    assert_eq!(e.code, "extension_pending");
    let approve = DecisionInput {
        approve: true,
        approved_due_on: None,
        note: Some("Đồng ý gia hạn".into()),
        decided_by: Some(fx.an.id),
    };
    let (decided, after) = through_app::decide_extension(&mut tx, tuyen_truyen.id, req.id, approve.clone(), &c).await?;
    assert_eq!(
        (decided.decision, decided.decided_on, decided.decided_by),
        (Decision::Approved, Some(c.today), Some(fx.an.id))
    );
    assert_eq!(
        (after.due_on, after.original_due_on, after.ext_pending),
        (Some(d("2024-01-31")), Some(d("2023-12-31")), false)
    );
    assert_eq!(after.status, Some(TaskStatus::NotStarted));
    assert_eq!(
        conflict(through_app::decide_extension(&mut tx, tuyen_truyen.id, req.id, approve, &c).await).code,
        "already_decided"
    );

    // Overdue since 31/10; a pending request shows "Chờ gia hạn", a refusal brings "Quá hạn" back.
    assert_eq!(quan_triet.status, Some(TaskStatus::Overdue));
    let req2 = through_app::request_extension(&mut tx, quan_triet.id, extension("2023-12-15"), &c).await?;
    assert_eq!(status(&mut tx, quan_triet.id, &c).await?, TaskStatus::ExtensionPending);
    let reject = DecisionInput {
        approve: false,
        approved_due_on: None,
        note: Some("Không có lý do chính đáng".into()),
        decided_by: None,
    };
    let (decided, after) = through_app::decide_extension(&mut tx, quan_triet.id, req2.id, reject, &c).await?;
    assert_eq!(
        (decided.decision, after.due_on, after.status),
        (Decision::Rejected, Some(d("2023-10-31")), Some(TaskStatus::Overdue))
    );
    // A pending request is withdrawn when the task is completed.
    let req3 = through_app::request_extension(&mut tx, quan_triet.id, extension("2023-12-20"), &c).await?;
    let t = tasks::get(&mut tx, quan_triet.id, &c).await?;
    let closed = through_app::complete(&mut tx, t.id, done(&t, "2023-11-20"), &c).await?;
    assert_eq!(
        (closed.status, closed.ext_pending),
        (Some(TaskStatus::CompletedLate), false)
    );
    assert_eq!(
        work::get_extension(&mut tx, quan_triet.tenant_id, quan_triet.id, req3.id)
            .await?
            .decision,
        Decision::Withdrawn
    );
    assert!(matches!(
        work::get_extension(&mut tx, tuyen_truyen.tenant_id, tuyen_truyen.id, req3.id).await,
        Err(StoreError::NotFound { .. })
    ));
    tx.commit().await?;

    let mut tx = db.read().await?;
    let h = through_app::history(&mut tx, tuyen_truyen.id, &c).await?;
    assert_eq!(h.extensions.len(), 1);
    assert_eq!(
        (h.extensions[0].old_due_on, h.extensions[0].new_due_on),
        (Some(d("2023-12-31")), d("2024-01-31"))
    );
    let h = through_app::history(&mut tx, quan_triet.id, &c).await?;
    let decisions: Vec<Decision> = h.extensions.iter().map(|e| e.decision).collect();
    assert_eq!(decisions, vec![Decision::Rejected, Decision::Withdrawn]);
    Ok(())
});

both!(editing_keeps_an_approved_extension, |db| async move {
    let fx = fixture(&db).await?;
    let c = fx.clock;
    let t = &fx.tasks[2];
    let mut tx = db.write().await?;
    let req = through_app::request_extension(&mut tx, t.id, extension("2024-01-31"), &c).await?;
    through_app::decide_extension(
        &mut tx,
        t.id,
        req.id,
        DecisionInput {
            approve: true,
            approved_due_on: None,
            note: None,
            decided_by: None,
        },
        &c,
    )
    .await?;
    let cur = tasks::get(&mut tx, t.id, &c).await?;
    let mut edit = task_in(
        t.plan_id,
        t.lead_unit_id,
        "Tuyên truyền kỹ năng thoát nạn cho hộ gia đình, nhà trọ",
        Some("2023-12-31"),
    );
    edit.code = t.code.clone();
    let edited = tasks::update(&mut tx, t.id, cur.version, edit.clone(), &c).await?;
    assert_eq!(
        (edited.due_on, edited.original_due_on),
        (Some(d("2024-01-31")), Some(d("2023-12-31")))
    );
    // A new deadline is a new assignment.
    let edit = domain::task::TaskInput {
        due_on: Some(d("2024-03-31")),
        ..edit
    };
    let edited = tasks::update(&mut tx, t.id, edited.version, edit, &c).await?;
    assert_eq!(
        (edited.due_on, edited.original_due_on),
        (Some(d("2024-03-31")), Some(d("2024-03-31")))
    );
    Ok(())
});

both!(explanations_and_cancellation, |db| async move {
    let fx = fixture(&db).await?;
    let c = fx.clock;
    let (kien_toan, so_ket) = (&fx.tasks[3], &fx.tasks[4]);
    let mut tx = db.write().await?;
    let q = through_app::request_explanation(
        &mut tx,
        kien_toan.id,
        MessageInput {
            person_id: Some(fx.an.id),
            ..msg("Đề nghị giải trình lý do chậm kiện toàn đội PCCC cơ sở")
        },
        &c,
    )
    .await?;
    assert_eq!(
        (q.requested_on, q.requested_by, q.answered_on),
        (c.today, Some(fx.an.id), None)
    );
    let a = through_app::answer_explanation(
        &mut tx,
        kien_toan.id,
        q.id,
        MessageInput {
            person_id: Some(fx.hong.id),
            ..msg("Do thay đổi nhân sự tổ dân phố")
        },
        &c,
    )
    .await?;
    assert_eq!(
        (a.answered_on, a.answered_by, a.answer.as_deref()),
        (Some(c.today), Some(fx.hong.id), Some("Do thay đổi nhân sự tổ dân phố"))
    );
    let e = conflict(through_app::answer_explanation(&mut tx, kien_toan.id, q.id, msg("Trả lời lần hai"), &c).await);
    assert_eq!(e.code, "already_answered");
    let e = invalid(
        through_app::request_explanation(
            &mut tx,
            kien_toan.id,
            MessageInput {
                person_id: Some(55_555),
                ..msg("?")
            },
            &c,
        )
        .await,
    );
    assert_eq!(e.field, "person_id");
    through_app::request_explanation(&mut tx, kien_toan.id, msg("Đề nghị báo cáo bổ sung"), &c).await?;

    stale(
        through_app::cancel(
            &mut tx,
            so_ket.id,
            so_ket.version + 1,
            msg("Nội dung đã lồng ghép vào báo cáo năm"),
            &c,
        )
        .await,
    );
    let cancelled = through_app::cancel(
        &mut tx,
        so_ket.id,
        so_ket.version,
        msg("Nội dung đã lồng ghép vào báo cáo năm"),
        &c,
    )
    .await?;
    assert_eq!(
        (cancelled.status, cancelled.cancelled_on),
        (Some(TaskStatus::Cancelled), Some(c.today))
    );
    assert_eq!(
        cancelled.cancel_reason.as_deref(),
        Some("Nội dung đã lồng ghép vào báo cáo năm")
    );
    let e = conflict(through_app::report_progress(&mut tx, so_ket.id, progress(10, None, "x"), &c).await);
    assert_eq!(e.code, "task_closed");
    tx.commit().await?;
    let mut tx = db.read().await?;
    let h = through_app::history(&mut tx, kien_toan.id, &c).await?;
    assert_eq!(
        h.explanations.iter().map(|e| e.answer.is_some()).collect::<Vec<_>>(),
        vec![true, false],
        "oldest first"
    );
    let r = rollup_of(&db, fx.long_bien.id, c, None, None).await?;
    assert_eq!(r.totals.by_status["cancelled"], 1);
    assert_eq!(
        r.totals.completion_rate,
        Some(0.0),
        "cancelled tasks are left out of the completion rate"
    );
    Ok(())
});
