//! The demo's notifications: reminder rules for both districts, mail preferences for the demo
//! accounts, a leader's urges and an office's explanation request on overdue work in Bồ Đề,
//! then the day's reminder run and the digests — so every account that works on tasks opens a
//! populated notification centre, and mail waits in the outbox (sent to a sink if one is
//! configured). All through the same `app` operations users call.

use anyhow::{Context, Result};
use app::{App, Caller, ClockConfig};
use chrono::NaiveDate;
use domain::notify::PreferencesInput;
use domain::reminder::ReminderRulesInput;
use domain::status::TaskStatus;
use domain::task::{ExplanationRequestInput, MessageInput, NoteKind};
use store::{Actor, Db};

fn failed(what: &str) -> impl Fn(app::Error) -> anyhow::Error + '_ {
    move |e| anyhow::anyhow!("{what}: {}", e.message_en)
}

async fn caller(db: &Db, login: &str) -> Result<Caller> {
    let mut tx = db.read().await?;
    let (id, _) = store::accounts::credentials(&mut tx, login)
        .await?
        .with_context(|| format!("demo account {login}"))?;
    let principal = store::accounts::principal(&mut tx, id)
        .await?
        .with_context(|| format!("demo account {login}"))?;
    Ok(Caller {
        principal,
        actor: Actor {
            user_id: Some(id),
            label: login.to_string(),
            address: None,
        },
    })
}

async fn unit_named(db: &Db, q: &str) -> Result<i64> {
    let mut tx = db.read().await?;
    let f = store::units::UnitFilter {
        q: Some(q.into()),
        ..Default::default()
    };
    let page = store::units::list(&mut tx, &f, 1, 0).await?;
    page.items
        .first()
        .map(|u| u.id)
        .with_context(|| format!("demo unit {q:?}"))
}

/// How many days of reminder runs the demo replays before its "today".
const REPLAY_DAYS: i64 = 30;

/// Delivery preferences of the demo accounts: (login, mode, digest hour).
const PREFERENCES: &[(&str, &str, &str)] = &[
    ("quantri", "immediate", "7"),
    ("lanhdao.longbien", "digest", "7"),
    ("chuyenvien.longbien", "immediate", "7"),
    ("chuyenvien.haibatrung", "digest", "8"),
    ("phuong.bode", "immediate", "7"),
    ("ubkt.longbien", "digest", "7"),
    ("canbo.bode", "immediate", "7"),
];

pub async fn populate(db: &Db, today: NaiveDate, due_soon_days: u32) -> Result<()> {
    let app = App::new(
        db.clone(),
        ClockConfig {
            fixed_today: Some(today),
            due_soon_days,
        },
        app::Settings::default(),
    );
    for (login, mode, hour) in PREFERENCES {
        let c = caller(db, login).await?;
        let input = PreferencesInput {
            mode: (*mode).into(),
            digest_hour: (*hour).into(),
            email_on: true,
            email: format!("{login}@demo.dondoc.vn"),
        };
        app::notices::set_preferences(&app, &c, input)
            .await
            .map_err(failed("demo preferences"))?;
    }
    let admin = caller(db, "quantri").await?;
    let rules = [
        ("quan long bien", "7, 3, 1", "1, 3, 7, 14", "5", "10"),
        ("quan hai ba trung", "5, 2", "2, 5, 10", "3", "7"),
    ];
    for (unit, before, after, head, office) in rules {
        let id = unit_named(db, unit).await?;
        let input = ReminderRulesInput {
            before_days: before.into(),
            on_day: true,
            after_days: after.into(),
            escalate_head_after: head.into(),
            escalate_office_after: office.into(),
        };
        app::notices::set_reminder_rules(&app, &admin, id, input)
            .await
            .map_err(failed("demo reminder rules"))?;
    }
    // A leader urges, and the office asks for an explanation, on Bồ Đề's open work.
    let bo_de = unit_named(db, "phuong bo de").await?;
    let open = {
        let mut tx = db.read().await?;
        let f = store::tasks::TaskFilter {
            within: Some(bo_de),
            ..Default::default()
        };
        let clock = app.clock.clock();
        let mut items = store::tasks::list(&mut tx, &f, &clock, 100, 0).await?.items;
        items.retain(|t| {
            matches!(
                t.status,
                Some(TaskStatus::Overdue | TaskStatus::DueSoon | TaskStatus::InProgress | TaskStatus::NotStarted)
            )
        });
        items.truncate(3);
        items
    };
    let leader = caller(db, "lanhdao.longbien").await?;
    let office = caller(db, "chuyenvien.longbien").await?;
    for (i, t) in open.iter().enumerate() {
        let urge = MessageInput {
            text: "Đề nghị Phường Bồ Đề khẩn trương hoàn thành, báo cáo Thường trực Quận ủy.".into(),
            person_id: None,
        };
        app::work::add_note(&app, &leader, t.id, NoteKind::Urge, urge)
            .await
            .map_err(failed("demo urge"))?;
        if i == 0 {
            let ask = ExplanationRequestInput {
                text: "Đề nghị báo cáo tiến độ và khó khăn, vướng mắc (nếu có).".into(),
                addressee_unit_id: None,
                answer_due_on: None,
                person_id: None,
            };
            app::work::request_explanation(&app, &office, t.id, ask)
                .await
                .map_err(failed("demo explanation request"))?;
        }
    }
    // The daily runs of the last weeks, as if dondoc had been reminding all along.
    let mut s = app::reminders::RunStats::default();
    let mut day = today - chrono::Duration::days(REPLAY_DAYS);
    while day <= today {
        let r = app::reminders::run(db, day)
            .await
            .map_err(failed("demo reminder run"))?;
        s.notifications += r.notifications;
        s.mails += r.mails;
        day += chrono::Duration::days(1);
    }
    // Digests as if their hour had come, so they wait in the outbox too.
    let digests = app::reminders::queue_digests(db, today, 23)
        .await
        .map_err(failed("demo digests"))?;
    println!(
        "Thông báo minh họa: {} nhắc việc trong {} ngày đến {}, {} thư nhắc việc và {} thư tổng hợp chờ gửi.",
        s.notifications,
        REPLAY_DAYS + 1,
        today.format("%d/%m/%Y"),
        s.mails,
        digests
    );
    Ok(())
}
