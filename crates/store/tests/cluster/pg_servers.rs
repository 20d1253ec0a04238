//! Real PostgreSQL servers for the replica and failover tests, from Debian's binaries
//! (`/usr/lib/postgresql/<major>/bin`), each in a temporary directory on a free port.
//!
//! PostgreSQL refuses to run as root: as root, every server command runs as the `postgres`
//! user (`runuser`), and the directories are given to it. Without the binaries the tests say
//! so and pass without running (`.ci/run` installs them, so CI runs them for real).
//! Shared with the CLI's serve test (`crates/cli/tests/replicas_serve.rs`) by path.

#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// The newest installed PostgreSQL's `bin` folder.
pub fn bin_dir() -> Option<PathBuf> {
    let mut majors: Vec<u32> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
        .collect();
    majors.sort_unstable();
    let dir = PathBuf::from(format!("/usr/lib/postgresql/{}/bin", majors.pop()?));
    ["initdb", "pg_ctl", "pg_basebackup"]
        .iter()
        .all(|b| dir.join(b).exists())
        .then_some(dir)
}

/// The binaries, or a loud reason to skip.
pub fn require_bins(test: &str) -> Option<PathBuf> {
    let dir = bin_dir();
    if dir.is_none() {
        eprintln!(
            "SKIPPED {test}: PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin \
             (apt-get install postgresql); the test did not run"
        );
    }
    dir
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// `program args…` as the user that may run PostgreSQL.
pub fn as_pg(program: &Path) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

pub fn run(mut c: Command, what: &str) {
    let out = c.output().unwrap_or_else(|e| panic!("{what}: cannot start: {e}"));
    assert!(
        out.status.success(),
        "{what} failed: {}\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A port nobody listens on now.
pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    l.local_addr().expect("local address").port()
}

/// A temporary directory the PostgreSQL user owns; removed on drop.
pub struct Scratch {
    pub path: PathBuf,
}

impl Scratch {
    pub fn new(tag: &str) -> Scratch {
        let path = std::env::temp_dir().join(format!("dondoc-{tag}-{}-{}", std::process::id(), free_port()));
        std::fs::create_dir_all(&path).expect("create scratch directory");
        if is_root() {
            run(
                {
                    let mut c = Command::new("chown");
                    c.args(["-R", "postgres:postgres"]).arg(&path);
                    c
                },
                "chown",
            );
        }
        Scratch { path }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// One server: its data directory, port and log.
pub struct Server {
    pub bin: PathBuf,
    pub data: PathBuf,
    pub port: u16,
    pub log: PathBuf,
}

impl Server {
    /// A new primary (`initdb`, trust authentication on 127.0.0.1), started.
    pub fn primary(bin: &Path, dir: &Path, name: &str) -> Server {
        let s = Server::at(bin, dir, name);
        let mut c = as_pg(&bin.join("initdb"));
        c.args(["-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "-D"])
            .arg(&s.data);
        run(c, "initdb");
        s.configure();
        s.start();
        s
    }

    /// A streaming replica of `primary` (`pg_basebackup -R`), started.
    pub fn replica_of(primary: &Server, dir: &Path, name: &str) -> Server {
        let s = Server::at(&primary.bin, dir, name);
        let mut c = as_pg(&primary.bin.join("pg_basebackup"));
        c.args([
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-X",
            "stream",
            "-R",
            "-c",
            "fast",
            "-p",
        ])
        .arg(primary.port.to_string())
        .arg("-D")
        .arg(&s.data);
        run(c, "pg_basebackup");
        s.configure();
        s.start();
        s
    }

    fn at(bin: &Path, dir: &Path, name: &str) -> Server {
        Server {
            bin: bin.to_path_buf(),
            data: dir.join(name),
            port: free_port(),
            log: dir.join(format!("{name}.log")),
        }
    }

    /// Own port and socket folder; no fsync (the tests stop processes, not the machine).
    fn configure(&self) {
        let conf = self.data.join("postgresql.conf");
        let mut text = std::fs::read_to_string(&conf).expect("read postgresql.conf");
        text.push_str(&format!(
            "\nport = {}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{}'\n\
             fsync = off\nmax_connections = 60\nshared_buffers = 32MB\n",
            self.port,
            self.data.parent().expect("parent").display()
        ));
        std::fs::write(&conf, text).expect("write postgresql.conf");
    }

    pub fn start(&self) {
        let mut c = as_pg(&self.bin.join("pg_ctl"));
        c.args(["-w", "-t", "60", "-D"])
            .arg(&self.data)
            .arg("-l")
            .arg(&self.log)
            .arg("start");
        run(c, "pg_ctl start");
    }

    /// Stops at once, like a crash (`-m immediate`).
    pub fn kill(&self) {
        let mut c = as_pg(&self.bin.join("pg_ctl"));
        c.args(["-w", "-D"]).arg(&self.data).args(["-m", "immediate", "stop"]);
        let _ = c.stdout(Stdio::null()).stderr(Stdio::null()).status();
    }

    pub fn url(&self, db: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{db}", self.port)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Polls `check` every 100 ms until it holds, for at most `limit` (then panics with `what`).
pub async fn until<F, Fut>(limit: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = std::time::Instant::now();
    while !check().await {
        assert!(start.elapsed() < limit, "gave up waiting: {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
