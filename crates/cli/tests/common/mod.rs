//! What the CLI's process-level tests share: a fresh data directory, the real binary with no
//! configuration leaking in from outside, a free port, and a child process killed when the
//! test ends, however it ends.
// Each test file uses its own part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command};

pub const BIN: &str = env!("CARGO_BIN_EXE_dondoc");

/// A new, empty directory under the system's temporary directory.
pub fn temp_dir(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("dondoc_{name}_{}_{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// `dondoc <args>` on the data directory `dir`.
pub fn command(dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(BIN);
    c.args(args)
        .env("DONDOC_DATA_DIR", dir)
        .env_remove("DATABASE_URL")
        .env_remove("DONDOC_DATABASE_URL")
        .env_remove("DONDOC_CONFIG")
        .env("DONDOC_LOG", "warn");
    c
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A child process, killed when dropped.
pub struct Proc(pub Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
