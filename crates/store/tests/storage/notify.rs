//! Notifications: written in the change's own transaction, once per (recipient, item, day);
//! the outbox's claims, leases, retries and digests; the daily reminder run.

use app::{Caller, Ctx, Settings};
use chrono::{Duration, Utc};
use domain::access::Role;
use domain::notify::{NotificationKind as K, PreferencesInput};
use domain::status::Clock;
use domain::task::{CompleteInput, MessageInput, NoteKind, TaskInput};
use store::accounts::{NewUser, RoleBinding};
use store::model::Task;
use store::{Db, StoreError, Tx, notify, outbox};

use crate::common::*;

fn cx(clock: &Clock) -> Ctx<'static> {
    static S: std::sync::OnceLock<Settings> = std::sync::OnceLock::new();
    Ctx {
        clock: *clock,
        settings: S.get_or_init(Settings::default),
    }
}

async fn user(tx: &mut Tx, login: &str, person: Option<i64>, role: Role, unit: Option<i64>) -> Result<i64, StoreError> {
    let u = NewUser {
        login: login.into(),
        display_name: login.into(),
        password: String::new(),
        person_id: person,
        roles: vec![RoleBinding { role, unit_id: unit }],
    };
    Ok(store::accounts::create_user(tx, &u, "x").await?.id)
}

async fn prefs(db: &Db, user: i64, mode: &str, email: Option<&str>) -> TestResult {
    let p = PreferencesInput {
        mode: mode.into(),
        digest_hour: "7".into(),
        email_on: email.is_some(),
        email: email.unwrap_or("").into(),
    }
    .validate()
    .map_err(StoreError::Invalid)?;
    let mut tx = db.write().await?;
    notify::set_preferences(&mut tx, user, &p).await?;
    tx.commit().await?;
    Ok(())
}

/// (user, kind, task) of every notification.
async fn all(db: &Db) -> Result<Vec<(i64, String, Option<i64>)>, StoreError> {
    let mut tx = db.read().await?;
    let rows = store::on_tx!(tx, c => sqlx::query_as(
        "SELECT user_id, kind, task_id FROM notifications ORDER BY user_id, kind, task_id").fetch_all(c).await?);
    Ok(rows)
}

async fn mails(db: &Db) -> Result<Vec<(i64, String, String)>, StoreError> {
    let mut tx = db.read().await?;
    let rows = store::on_tx!(tx, c => sqlx::query_as(
        "SELECT user_id, idem_key, state FROM mail_outbox ORDER BY id").fetch_all(c).await?);
    Ok(rows)
}

struct People {
    officer: i64,
    binh: i64,
    office: i64,
    head: i64,
}

/// An officer of Bồ Đề, Bình (responsible, staff), the district office, and the head of Bồ
/// Đề's cell (Hồng).
async fn people(db: &Db, fx: &Fx) -> Result<People, StoreError> {
    let mut tx = db.write().await?;
    let p = People {
        officer: user(&mut tx, "canbo.bode", None, Role::UnitOfficer, Some(fx.bo_de.id)).await?,
        binh: user(&mut tx, "binh", Some(fx.binh.id), Role::Staff, Some(fx.bo_de.id)).await?,
        office: user(&mut tx, "vanphong", None, Role::Specialist, Some(fx.long_bien.id)).await?,
        head: user(&mut tx, "hong", Some(fx.hong.id), Role::Staff, Some(fx.cb_bo_de.id)).await?,
    };
    tx.commit().await?;
    Ok(p)
}

fn task(fx: &Fx, lead: i64, title: &str, due: &str, responsible: Option<i64>) -> TaskInput {
    let mut t = task_in(fx.kh152.id, lead, title, Some(due));
    t.responsible_id = responsible;
    t
}

async fn create(db: &Db, fx: &Fx, input: TaskInput) -> Result<Task, StoreError> {
    let mut tx = db.write().await?;
    let t = through_app::create_task(&mut tx, input, &fx.clock).await?;
    tx.commit().await?;
    Ok(t)
}

both!(notices_are_written_with_the_change_and_once_a_day, |db| async move {
    let fx = fixture(&db).await?;
    let p = people(&db, &fx).await?;
    prefs(&db, p.binh, "immediate", Some("binh@bode.longbien.gov.vn")).await?;
    let before = all(&db).await?.len();
    // A change rolled back leaves no notification.
    {
        let mut tx = db.write().await?;
        let input = task(
            &fx,
            fx.bo_de.id,
            "Rà soát bình chữa cháy",
            "2023-12-15",
            Some(fx.binh.id),
        );
        through_app::create_task(&mut tx, input, &fx.clock).await?;
    }
    assert_eq!(all(&db).await?.len(), before);
    assert!(mails(&db).await?.is_empty());
    // Committed: the lead unit's officer and the responsible person; a mail for Bình only.
    let t = create(
        &db,
        &fx,
        task(
            &fx,
            fx.bo_de.id,
            "Rà soát bình chữa cháy",
            "2023-12-15",
            Some(fx.binh.id),
        ),
    )
    .await?;
    let got: Vec<_> = all(&db).await?.into_iter().filter(|n| n.2 == Some(t.id)).collect();
    assert_eq!(
        got,
        vec![
            (p.officer, "assigned".into(), Some(t.id)),
            (p.binh, "assigned".into(), Some(t.id)),
        ]
    );
    let m = mails(&db).await?;
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].0, p.binh);
    assert!(m[0].1.starts_with("n:"));
    // Two urges the same day: one notification each; the office urging is not told itself.
    for text in ["Đề nghị khẩn trương", "Nhắc lần hai"] {
        let mut tx = db.write().await?;
        app::work::add_note_in(
            &mut tx,
            &Caller::system(),
            &cx(&fx.clock),
            t.id,
            NoteKind::Urge,
            MessageInput {
                text: text.into(),
                person_id: None,
            },
        )
        .await
        .map_err(through_app::as_store)?;
        tx.commit().await?;
    }
    let urged: Vec<_> = all(&db).await?.into_iter().filter(|n| n.1 == "urged").collect();
    assert_eq!(urged.len(), 2, "{urged:?}");
    // The next day, another.
    let next_day = Clock::new(fx.clock.today + Duration::days(1), 7);
    let mut tx = db.write().await?;
    let urge = MessageInput {
        text: String::new(),
        person_id: None,
    };
    app::work::add_note_in(&mut tx, &Caller::system(), &cx(&next_day), t.id, NoteKind::Urge, urge)
        .await
        .map_err(through_app::as_store)?;
    tx.commit().await?;
    assert_eq!(all(&db).await?.into_iter().filter(|n| n.1 == "urged").count(), 4);
    // Reading: only one's own.
    let mut tx = db.write().await?;
    let mine = notify::list(&mut tx, p.binh, true, 50, 0).await?;
    assert_eq!(mine.len(), 3);
    assert_eq!(mine[0].detail, "Đề nghị đơn vị khẩn trương thực hiện, báo cáo kết quả.");
    // Each names the task it is about, as the bell's list shows it.
    for n in &mine {
        assert_eq!(n.task_id, Some(t.id));
        assert_eq!(
            (n.task_code.as_deref(), n.task_title.as_deref(), n.task_due_on),
            (t.code.as_deref(), Some(t.title.as_str()), t.due_on),
            "{n:?}"
        );
    }
    assert_eq!(notify::mark_read(&mut tx, p.officer, Some(mine[0].id)).await?, 0);
    assert_eq!(notify::mark_read(&mut tx, p.binh, Some(mine[0].id)).await?, 1);
    assert_eq!(notify::unread_count(&mut tx, p.binh).await?, 2);
    assert_eq!(notify::mark_read(&mut tx, p.binh, None).await?, 2);
    assert_eq!(notify::unread_count(&mut tx, p.binh).await?, 0);
    tx.commit().await?;
    Ok(())
});

both!(outbox_leases_retries_and_digests, |db| async move {
    let fx = fixture(&db).await?;
    let p = people(&db, &fx).await?;
    prefs(&db, p.binh, "immediate", Some("binh@bode.longbien.gov.vn")).await?;
    prefs(&db, p.officer, "digest", Some("bode@longbien.gov.vn")).await?;
    let t = create(
        &db,
        &fx,
        task(
            &fx,
            fx.bo_de.id,
            "Kiểm tra lối thoát nạn",
            "2023-12-01",
            Some(fx.binh.id),
        ),
    )
    .await?;
    let now = Utc::now().timestamp_millis();
    let mut tx = db.write().await?;
    let ids = outbox::claim(&mut tx, now, 60_000, 10).await?;
    tx.commit().await?;
    assert_eq!(ids.len(), 1);
    // Claimed: nobody else gets it until the lease runs out.
    let mut tx = db.write().await?;
    assert!(outbox::claim(&mut tx, now + 1000, 60_000, 10).await?.is_empty());
    assert_eq!(outbox::claim(&mut tx, now + 61_000, 60_000, 10).await?, ids);
    // A failure: due again after the backoff, not before.
    assert_eq!(
        outbox::mark_failed(&mut tx, ids[0], "connection refused", false, now + 61_000).await?,
        "pending"
    );
    assert!(outbox::claim(&mut tx, now + 62_000, 60_000, 10).await?.is_empty());
    let s = outbox::stats(&mut tx, &domain::access::Scope::everything()).await?;
    assert_eq!((s.pending, s.retrying), (1, 1));
    // An administrator of another ward sees neither the message nor its address; one of the
    // recipient's ward sees both.
    let under = |u: &store::model::Unit| {
        domain::access::Scope::subtrees(vec![domain::unit::UnitPath::parse(&u.path).expect("a path")])
    };
    let s = outbox::stats(&mut tx, &under(&fx.ngoc_lam)).await?;
    assert_eq!((s.pending, s.retrying), (0, 0));
    assert!(outbox::list(&mut tx, &under(&fx.ngoc_lam), None, 10).await?.is_empty());
    assert_eq!(outbox::stats(&mut tx, &under(&fx.bo_de)).await?.pending, 1);
    let mine = outbox::list(&mut tx, &under(&fx.bo_de), Some("pending"), 10).await?;
    assert_eq!(mine.iter().map(|m| m.id).collect::<Vec<_>>(), ids);
    let again = outbox::claim(&mut tx, now + 61_000 + outbox::backoff_ms(2), 60_000, 10).await?;
    assert_eq!(again, ids);
    assert!(outbox::mark_sent(&mut tx, ids[0]).await?);
    assert_eq!(outbox::get(&mut tx, ids[0]).await?.state, "sent");
    // Sent once: a late record of a failure by a worker whose lease ran out changes nothing.
    assert_eq!(outbox::mark_failed(&mut tx, ids[0], "late", false, now).await?, "sent");
    tx.commit().await?;
    // The officer's digest: not before the hour, once at it, carrying the notification.
    let day = fx.clock.today;
    let since = Utc::now() - Duration::hours(36);
    let mut tx = db.write().await?;
    assert_eq!(outbox::queue_grouped(&mut tx, true, day, 6, since).await?, 0);
    assert_eq!(outbox::queue_grouped(&mut tx, true, day, 7, since).await?, 1);
    assert_eq!(outbox::queue_grouped(&mut tx, true, day, 8, since).await?, 0);
    tx.commit().await?;
    let m = mails(&db).await?;
    let digest = m.iter().find(|x| x.1.starts_with("d:")).expect("a digest");
    assert_eq!(digest.0, p.officer);
    let mut tx = db.read().await?;
    let id: i64 = store::on_tx!(tx, c => sqlx::query_scalar("SELECT id FROM mail_outbox WHERE idem_key = $1")
        .bind(&digest.1).fetch_one(c).await?);
    let carried = notify::of_mail(&mut tx, id).await?;
    assert_eq!(carried.len(), 1);
    assert_eq!((carried[0].kind, carried[0].task_id), (K::Assigned, Some(t.id)));
    Ok(())
});

both!(the_daily_run_reminds_escalates_and_repeats_nothing, |db| async move {
    let fx = fixture(&db).await?;
    let p = people(&db, &fx).await?;
    prefs(&db, p.officer, "immediate", Some("bode@longbien.gov.vn")).await?;
    let today = fx.clock.today;
    let day = |n: i64| (today + Duration::days(n)).format("%Y-%m-%d").to_string();
    let soon = create(&db, &fx, task(&fx, fx.bo_de.id, "Bảy ngày nữa", &day(7), None)).await?;
    let tomorrow = create(&db, &fx, task(&fx, fx.bo_de.id, "Ngày mai", &day(1), Some(fx.binh.id))).await?;
    let quiet = create(&db, &fx, task(&fx, fx.bo_de.id, "Hai ngày nữa", &day(2), None)).await?;
    let head = create(&db, &fx, task(&fx, fx.cb_bo_de.id, "Quá hạn năm ngày", &day(-5), None)).await?;
    let office = create(&db, &fx, task(&fx, fx.bo_de.id, "Quá hạn mười ngày", &day(-10), None)).await?;
    let done = create(&db, &fx, task(&fx, fx.bo_de.id, "Đã xong", &day(-1), None)).await?;
    let mut tx = db.write().await?;
    let finish = CompleteInput {
        completed_on: Some(today),
        note: None,
        author_id: None,
        version: done.version,
    };
    through_app::complete(&mut tx, done.id, finish, &fx.clock).await?;
    tx.commit().await?;
    let assigned = all(&db).await?.len();
    let first = app::reminders::run_at(&db, today, Utc::now())
        .await
        .map_err(through_app::as_store)?;
    let got: Vec<(i64, String, Option<i64>)> = all(&db).await?.into_iter().filter(|n| n.1 != "assigned").collect();
    let has = |u: i64, k: K, t: &Task| got.contains(&(u, k.as_str().to_string(), Some(t.id)));
    assert!(has(p.officer, K::DueBefore, &soon), "{got:?}");
    assert!(has(p.officer, K::DueBefore, &tomorrow));
    assert!(has(p.binh, K::DueBefore, &tomorrow));
    assert!(has(p.head, K::EscalatedHead, &head));
    assert!(has(p.office, K::EscalatedOffice, &office));
    assert!(
        !got.iter().any(|n| n.2 == Some(quiet.id) || n.2 == Some(done.id)),
        "{got:?}"
    );
    assert_eq!(first.notifications as usize, got.len());
    // One message for the officer, listing everything not yet mailed.
    let m: Vec<_> = mails(&db)
        .await?
        .into_iter()
        .filter(|m| m.1.starts_with("r:"))
        .collect();
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].0, p.officer);
    // Again the same day: nothing new.
    let second = app::reminders::run_at(&db, today, Utc::now())
        .await
        .map_err(through_app::as_store)?;
    assert_eq!((second.notifications, second.mails), (0, 0));
    assert_eq!(all(&db).await?.len(), assigned + got.len());
    assert!(
        app::reminders::ran_today(&db, today)
            .await
            .map_err(through_app::as_store)?
    );
    Ok(())
});
