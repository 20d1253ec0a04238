//! Mail through a real SMTP server process (the `dondoc-mail-sink` binary, started here): the
//! headers, the Vietnamese subject's encoding, the body and its links; an unreachable server
//! (retries, nothing lost). On SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::Duration;

use fixtures::testing::TestDb;
use mail::{Security, Smtp, SmtpConfig, WorkerConfig};
use store::{Backend, Db};

/// A sink process on a free port, writing to its own folder; killed when dropped.
pub struct Sink {
    pub port: u16,
    pub dir: PathBuf,
    child: Child,
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub fn start_sink(port: u16) -> Sink {
    let dir = std::env::temp_dir().join(format!("dondoc-sink-{}-{port}", std::process::id()));
    let child = Command::new(env!("CARGO_BIN_EXE_dondoc-mail-sink"))
        .arg(format!("127.0.0.1:{port}"))
        .arg(&dir)
        .spawn()
        .expect("start the sink");
    // The sink is killed and waited for when `Sink` drops, started or not.
    let sink = Sink { port, dir, child };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return sink;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the sink did not start on port {port}");
}

/// The messages the sink holds.
pub fn received(dir: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "eml"));
    files.sort();
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn smtp(port: u16) -> Smtp {
    Smtp::new(&SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        security: Security::None,
        username: None,
        password: None,
        from: "Văn phòng Quận ủy Long Biên <dondoc@longbien.hanoi.gov.vn>".into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

fn worker() -> WorkerConfig {
    WorkerConfig {
        base_url: "https://dondoc.longbien.hanoi.gov.vn".into(),
        ..Default::default()
    }
}

async fn on_both<F, Fut>(f: F)
where
    F: Fn(Db) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let Some(t) = TestDb::open(backend).await else {
            eprintln!("skipped {backend:?}: DONDOC_TEST_PG_URL not set");
            continue;
        };
        f(t.db.clone()).await;
        t.finish().await;
    }
}

fn header<'a>(m: &'a mailparse::ParsedMail<'a>, name: &str) -> String {
    use mailparse::MailHeaderMap;
    m.headers.get_first_value(name).unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notices_reach_a_real_smtp_server() {
    on_both(|db| async move {
        let office = fixtures::mailbox::office(&db, 2, 1).await.unwrap();
        let sink = start_sink(free_port());
        let done = mail::worker::deliver_due(&db, &smtp(sink.port), &worker())
            .await
            .unwrap();
        assert_eq!((done.sent, done.retrying, done.dead), (2, 0, 0));
        let got = received(&sink.dir);
        assert_eq!(got.len(), 2);
        let task = office.tasks[0];
        let mut seen_vi = false;
        let mut seen_en = false;
        for raw in &got {
            let text = String::from_utf8_lossy(raw);
            // The subject travels encoded (RFC 2047), never as raw UTF-8 in the header.
            let subject_line = text.lines().find(|l| l.starts_with("Subject:")).unwrap();
            assert!(subject_line.contains("=?utf-8?"), "{subject_line}");
            let m = mailparse::parse_mail(raw).unwrap();
            let to = header(&m, "X-Sink-Rcpt-To");
            let (user, email) = office
                .officers
                .iter()
                .find(|(_, e)| to.contains(e.as_str()))
                .expect("a known recipient");
            assert!(header(&m, "To").contains(email.as_str()));
            assert!(header(&m, "From").contains("dondoc@longbien.hanoi.gov.vn"));
            assert!(
                header(&m, "From").contains("Văn phòng Quận ủy Long Biên"),
                "{}",
                header(&m, "From")
            );
            let id = header(&m, "Message-ID");
            assert!(
                id.starts_with("<n.") && id.ends_with("@dondoc.longbien.hanoi.gov.vn>"),
                "{id}"
            );
            assert!(m.ctype.mimetype == "text/plain" && m.ctype.charset.eq_ignore_ascii_case("utf-8"));
            let body = m.get_body().unwrap();
            let link = format!("https://dondoc.longbien.hanoi.gov.vn/nhiem-vu/{task}");
            assert!(body.contains(&link), "{body}");
            assert!(body.contains("Kiểm tra an toàn phòng cháy khu dân cư số 1"), "{body}");
            let subject = header(&m, "Subject");
            if user % 2 == office.officers[0].0 % 2 {
                assert_eq!(
                    subject,
                    "[dondoc] Được giao nhiệm vụ mới: Kiểm tra an toàn phòng cháy khu dân cư số 1"
                );
                assert!(body.starts_with("Kính gửi Cán bộ phường Bồ Đề số"), "{body}");
                seen_vi = true;
            } else {
                assert_eq!(
                    subject,
                    "[dondoc] New task assigned: Kiểm tra an toàn phòng cháy khu dân cư số 1"
                );
                assert!(body.contains("All your notifications: https://dondoc.longbien.hanoi.gov.vn/thong-bao"));
                seen_en = true;
            }
        }
        assert!(seen_vi && seen_en);
        // Nothing left to send.
        let again = mail::worker::deliver_due(&db, &smtp(sink.port), &worker())
            .await
            .unwrap();
        assert_eq!(again.sent, 0);
        assert_eq!(received(&sink.dir).len(), 2);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_server_means_retries_and_nothing_lost() {
    on_both(|db| async move {
        fixtures::mailbox::office(&db, 3, 2).await.unwrap();
        let port = free_port();
        // Nobody listens: every message fails and waits for its next try.
        let done = mail::worker::deliver_due(&db, &smtp(port), &worker()).await.unwrap();
        assert_eq!((done.sent, done.retrying, done.dead), (0, 6, 0));
        let mut tx = db.read().await.unwrap();
        let s = store::outbox::stats(&mut tx, &domain::access::Scope::everything())
            .await
            .unwrap();
        drop(tx);
        assert_eq!((s.pending, s.retrying, s.sent), (6, 6, 0));
        // Not due again before the backoff.
        let sink = start_sink(port);
        let early = mail::worker::deliver_due(&db, &smtp(port), &worker()).await.unwrap();
        assert_eq!(early.sent, 0);
        // The backoff passes (moved forward rather than waited for).
        let mut tx = db.write().await.unwrap();
        store::on_tx!(tx, c => sqlx::query("UPDATE mail_outbox SET next_at = 0 WHERE state = 'pending'")
            .execute(c).await.unwrap().rows_affected());
        tx.commit().await.unwrap();
        let later = mail::worker::deliver_due(&db, &smtp(port), &worker()).await.unwrap();
        assert_eq!(later.sent, 6);
        assert_eq!(received(&sink.dir).len(), 6);
        let mut tx = db.read().await.unwrap();
        let s = store::outbox::stats(&mut tx, &domain::access::Scope::everything())
            .await
            .unwrap();
        assert_eq!((s.pending, s.retrying, s.sent, s.dead), (0, 0, 6, 0));
        let rows = store::outbox::list(&mut tx, &domain::access::Scope::everything(), Some("sent"), 10)
            .await
            .unwrap();
        assert!(
            rows.iter().all(|r| r.attempts == 2 && r.last_error.is_none()),
            "{rows:?}"
        );
    })
    .await;
}
