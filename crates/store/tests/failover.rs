//! Automatic failover, for real: pg_auto_failover (a monitor, a primary and a secondary, from
//! Debian's `postgresql-15-auto-failover`) in a temporary directory; dondoc's store writes
//! through a multi-host URL with `target_session_attrs=read-write`; the primary is killed
//! (keeper and server, SIGKILL) under the write load. The writes resume on the promoted node,
//! every write that was acknowledged is there, and the writes refused meanwhile were refused
//! as "database unavailable" (503), not as internal errors.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "cluster/pg_servers.rs"]
mod pg_servers;

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use domain::unit::{UnitInput, UnitKind};
use pg_servers::{Scratch, as_pg, free_port, require_bins, run, until};
use sqlx::{Connection, PgConnection};
use store::{Db, StoreError, units};

/// A background process (a pg_autoctl keeper), killed with its group on drop.
pub struct Daemon {
    pub child: Child,
}

impl Daemon {
    /// Kills the process and everything it started (SIGKILL to its process group).
    /// The child was started with `process_group(0)`, so its id is its group's id.
    pub fn kill(&mut self) {
        if self.child.try_wait().ok().flatten().is_some() {
            return;
        }
        let group = i32::try_from(self.child.id()).expect("a process id");
        assert!(group > 1, "refusing to signal process group {group}");
        // SAFETY: kill(2) with a negative id signals that one process group, which is ours.
        unsafe {
            libc::kill(-group, libc::SIGKILL);
        }
        let _ = self.child.wait();
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        self.kill();
    }
}

/// `pg_autoctl args…` as the PostgreSQL user, with its files kept in `dir`.
fn autoctl(bin: &Path, dir: &Path, args: &[&str]) -> Command {
    let mut c = as_pg(Path::new("/usr/bin/env"));
    let path = format!("PATH={}:/usr/bin:/bin", bin.display());
    let d = dir.display();
    c.args([
        path,
        format!("XDG_CONFIG_HOME={d}/config"),
        format!("XDG_DATA_HOME={d}/share"),
        format!("XDG_RUNTIME_DIR={d}/run"),
        format!("PG_REGRESS_SOCK_DIR={d}"),
        format!("PGHOST={d}"),
        "pg_autoctl".into(),
    ]);
    c.args(args);
    c
}

/// A long-running `pg_autoctl`, in its own process group, logging to `dir/<name>.log`.
fn daemon(bin: &Path, dir: &Path, name: &str, args: &[&str]) -> Daemon {
    let log = std::fs::File::create(dir.join(format!("{name}.log"))).unwrap();
    let child = autoctl(bin, dir, args)
        .process_group(0)
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .unwrap();
    Daemon { child }
}

async fn connect(port: u16, db: &str) -> Option<PgConnection> {
    PgConnection::connect(&format!("postgres://postgres@127.0.0.1:{port}/{db}"))
        .await
        .ok()
}

/// The state a node reported to the monitor.
async fn reported(monitor: u16, node: &str) -> Option<String> {
    let mut c = connect(monitor, "pg_auto_failover").await?;
    let q = sqlx::query_scalar("SELECT reportedstate::text FROM pgautofailover.node WHERE nodename = $1");
    let s = q.bind(node).fetch_optional(&mut c).await.ok()?;
    let _ = c.close().await;
    s
}

async fn write_unit(db: &Db, name: &str) -> Result<(), StoreError> {
    let mut tx = db.write().await?;
    let input = UnitInput {
        parent_id: None,
        kind: UnitKind::Commune,
        name: name.into(),
        short_name: None,
    };
    units::create(&mut tx, &input.validate()?).await?;
    tx.commit().await
}

struct Nodes {
    // Declared first, dropped first: the keepers (and the servers they run) before the folder.
    keepers: Vec<Daemon>,
    bin: PathBuf,
    data: Vec<PathBuf>,
    _dir: Scratch,
}

impl Drop for Nodes {
    /// Each keeper is asked to stop with its server (`pg_autoctl stop --immediate`): a server
    /// whose postmaster is killed leaves the monitor's health-check worker running. Whatever is
    /// still up after that is killed.
    fn drop(&mut self) {
        let dir = self._dir.path.clone();
        for d in &self.data {
            let mut c = autoctl(&self.bin, &dir, &["stop", "--immediate", "--pgdata"]);
            let _ = c.arg(d).stdout(Stdio::null()).stderr(Stdio::null()).status();
        }
        for k in &mut self.keepers {
            for _ in 0..150 {
                if k.child.try_wait().ok().flatten().is_some() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            k.kill();
        }
        for d in &self.data {
            let mut c = as_pg(&self.bin.join("pg_ctl"));
            c.args(["-D"]).arg(d).args(["-m", "immediate", "stop"]);
            let _ = c.stdout(Stdio::null()).stderr(Stdio::null()).status();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_survive_the_primary_being_killed() {
    let Some(bin) = require_bins("writes_survive_the_primary_being_killed") else {
        return;
    };
    if !Path::new("/usr/bin/pg_autoctl").exists() {
        eprintln!(
            "SKIPPED writes_survive_the_primary_being_killed: pg_autoctl not found \
             (apt-get install postgresql-15-auto-failover); the test did not run"
        );
        return;
    }
    let t0 = std::time::Instant::now();
    let stage = |what: &str| eprintln!("{:>6.1} s  {what}", t0.elapsed().as_secs_f64());
    let dir = Scratch::new("failover");
    let d = dir.path.clone();
    let (pm, p1, p2) = (free_port(), free_port(), free_port());
    let mut nodes = Nodes {
        keepers: Vec::new(),
        bin: bin.clone(),
        data: ["monitor", "n1", "n2"].iter().map(|n| d.join(n)).collect(),
        _dir: dir,
    };

    // The monitor, with failure detection shortened from tens of seconds to a few.
    let (pm_s, p1_s, p2_s) = (pm.to_string(), p1.to_string(), p2.to_string());
    let monitor_dir = d.join("monitor");
    let mut c = autoctl(
        &bin,
        &d,
        &["create", "monitor", "--pgport", &pm_s, "--hostname", "127.0.0.1"],
    );
    c.args(["--auth", "trust", "--no-ssl", "--pgdata"]).arg(&monitor_dir);
    run(c, "pg_autoctl create monitor");
    let md = monitor_dir.to_str().unwrap();
    nodes
        .keepers
        .push(daemon(&bin, &d, "monitor", &["run", "--pgdata", md]));
    until(Duration::from_secs(60), "the monitor accepts connections", || async {
        connect(pm, "pg_auto_failover").await.is_some()
    })
    .await;
    let mut m = connect(pm, "pg_auto_failover").await.unwrap();
    for (k, v) in [
        ("health_check_period", 1000),
        ("health_check_timeout", 1000),
        ("health_check_max_retries", 1),
        ("health_check_retry_delay", 500),
        ("node_considered_unhealthy_timeout", 3000),
        ("primary_demote_timeout", 3000),
    ] {
        let q = format!("ALTER SYSTEM SET pgautofailover.{k} = {v}");
        sqlx::raw_sql(sqlx::AssertSqlSafe(q)).execute(&mut m).await.unwrap();
    }
    sqlx::query("SELECT pg_reload_conf()").execute(&mut m).await.unwrap();
    stage("monitor up");

    // Two data nodes: the first becomes the primary, the second its secondary.
    let monitor_url = format!("postgres://autoctl_node@127.0.0.1:{pm}/pg_auto_failover?sslmode=disable");
    for (name, port) in [("n1", &p1_s), ("n2", &p2_s)] {
        let pgdata = d.join(name);
        let args = [
            "create",
            "postgres",
            "--pgdata",
            pgdata.to_str().unwrap(),
            "--pgport",
            port,
            "--hostname",
            "127.0.0.1",
            "--auth",
            "trust",
            "--no-ssl",
            "--dbname",
            "dondoc",
            "--name",
            name,
            "--monitor",
            &monitor_url,
            "--run",
        ];
        nodes.keepers.push(daemon(&bin, &d, name, &args));
        let want = if name == "n1" { "single" } else { "secondary" };
        until(Duration::from_secs(90), &format!("{name} becomes {want}"), || async {
            if name == "n2" {
                // The secondary's base backup waits for a checkpoint: ask for it now.
                if let Some(mut c) = connect(p1, "dondoc").await {
                    let _ = sqlx::query("CHECKPOINT").execute(&mut c).await;
                }
            }
            reported(pm, name).await.as_deref() == Some(want)
        })
        .await;
        stage(&format!("{name} is {want}"));
    }
    until(Duration::from_secs(60), "n1 is primary", || async {
        reported(pm, "n1").await.as_deref() == Some("primary")
    })
    .await;

    // dondoc on both nodes, the way pg_autoctl show uri gives them.
    let url = format!("postgres://postgres@127.0.0.1:{p1},127.0.0.1:{p2}/dondoc?target_session_attrs=read-write");
    let db = Db::connect(&url).await.unwrap();
    db.migrate().await.unwrap();
    let Db::Postgres { cluster, .. } = &db else {
        unreachable!()
    };
    assert_eq!(cluster.primary(), format!("127.0.0.1:{p1}"));
    stage("dondoc migrated on n1");

    // Write load: one write after another; a refused write is tried again later, as a user
    // would. Each acknowledged write is kept.
    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let refused = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let load = {
        let (db, acked, refused, stop) = (db.clone(), acked.clone(), refused.clone(), stop.clone());
        tokio::spawn(async move {
            let mut i = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let name = format!("Xã ghi số {i}");
                match write_unit(&db, &name).await {
                    Ok(()) => acked.lock().unwrap().push(name),
                    Err(e) => {
                        assert!(
                            e.is_unavailable(),
                            "a write failed for another reason than failover: {e:?}"
                        );
                        refused.lock().unwrap().push(e.to_string());
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                }
                i += 1;
            }
        })
    };
    let count = |v: &Arc<Mutex<Vec<String>>>| v.lock().unwrap().len();
    until(Duration::from_secs(30), "20 writes before the kill", || async {
        count(&acked) >= 20
    })
    .await;

    // Kill the primary: its keeper and its server, at once.
    nodes.keepers[1].kill();
    let mut c = as_pg(&bin.join("pg_ctl"));
    c.arg("-D").arg(d.join("n1")).args(["-m", "immediate", "stop"]);
    let _ = c.stdout(Stdio::null()).stderr(Stdio::null()).status();
    let at_kill = count(&acked);
    stage(&format!("primary killed after {at_kill} acknowledged writes"));
    until(
        Duration::from_secs(120),
        "writes resume on the promoted node",
        || async { count(&acked) >= at_kill + 20 },
    )
    .await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    load.await.unwrap();
    stage("writes resumed");
    assert_eq!(
        cluster.primary(),
        format!("127.0.0.1:{p2}"),
        "dondoc writes to the promoted node"
    );
    assert_eq!(
        reported(pm, "n2").await.as_deref().map(|s| s.ends_with("primary")),
        Some(true)
    );

    // Every acknowledged write is on the new primary.
    let mut c = connect(p2, "dondoc").await.unwrap();
    let in_recovery: bool = sqlx::query_scalar("SELECT pg_is_in_recovery()")
        .fetch_one(&mut c)
        .await
        .unwrap();
    assert!(!in_recovery);
    let present: Vec<String> = sqlx::query_scalar("SELECT name FROM units WHERE name LIKE 'Xã ghi số %'")
        .fetch_all(&mut c)
        .await
        .unwrap();
    let present: std::collections::HashSet<String> = present.into_iter().collect();
    let acked = acked.lock().unwrap().clone();
    let lost: Vec<&String> = acked.iter().filter(|n| !present.contains(*n)).collect();
    assert!(lost.is_empty(), "acknowledged writes lost in the failover: {lost:?}");
    let refused = refused.lock().unwrap().len();
    eprintln!(
        "acknowledged {} writes ({at_kill} before the kill), none lost; {refused} refused during the failover",
        acked.len()
    );
    db.close().await;
    drop(nodes);
}
