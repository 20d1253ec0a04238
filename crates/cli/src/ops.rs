//! Operations commands: `audit verify`, `backup`, `restore`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;
use store::backup::BackupError;

use crate::config::Config;

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Recompute every tenant's audit chain (several at a time); exit 0 when all hold, 1 when one is broken.
    Verify {
        /// Check the demo database (`<data_dir>/demo.db`) instead of `dondoc.db`.
        #[arg(long)]
        demo: bool,
    },
}

/// The pg_dump / pg_restore commands, for PostgreSQL installations.
const PG_TOOLS: &str = "Với PostgreSQL, hãy dùng công cụ của PostgreSQL (xem docs/operations.md):\n  \
     sao lưu:    pg_dump -Fc \"$DATABASE_URL\" -f dondoc.dump\n  \
     khôi phục:  pg_restore --clean --if-exists -d \"$DATABASE_URL\" dondoc.dump";

fn sqlite_name(demo: bool) -> &'static str {
    if demo { "demo.db" } else { "dondoc.db" }
}

fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// The SQLite file behind a `sqlite://` URL.
fn sqlite_path(url: &str) -> PathBuf {
    PathBuf::from(url.strip_prefix("sqlite://").unwrap_or(url))
}

pub async fn audit(config: &Config, command: AuditCommand) -> Result<ExitCode> {
    let AuditCommand::Verify { demo } = command;
    let url = config.database(sqlite_name(demo))?;
    if !is_postgres(&url) && !sqlite_path(&url).is_file() {
        eprintln!("Không tìm thấy cơ sở dữ liệu {}.", sqlite_path(&url).display());
        return Ok(ExitCode::from(2));
    }
    let db = crate::open(&url).await?;
    let started = std::time::Instant::now();
    let report = store::audit::verify(&db).await.context("reading the audit trail")?;
    let elapsed = started.elapsed().as_secs_f64();
    let mut names = Vec::with_capacity(report.chains.len());
    for c in &report.chains {
        names.push(chain_name(&db, c.tenant_id).await?);
    }
    db.close().await;
    let broken = report.problems().count();
    if broken == 0 {
        println!(
            "Nhật ký kiểm toán toàn vẹn: {} chuỗi, {} bản ghi ({elapsed:.1} giây).",
            report.chains.len(),
            report.entries()
        );
    } else {
        eprintln!(
            "Nhật ký kiểm toán KHÔNG toàn vẹn: {broken}/{} chuỗi có bản ghi không hợp lệ ({elapsed:.1} giây).",
            report.chains.len()
        );
    }
    for (c, name) in report.chains.iter().zip(&names) {
        match &c.problem {
            None => println!(
                "  {name}: toàn vẹn, {} bản ghi, bản ghi cuối số {}, mã băm {}.",
                c.entries, c.last_seq, c.last_hash
            ),
            Some(p) => eprintln!(
                "  {name}: KHÔNG toàn vẹn tại bản ghi số {} — {} ({}). Các bản ghi trước đó ({}, đến số {}) hợp lệ.",
                p.seq,
                p.kind.label_vi(),
                p.detail,
                c.entries,
                c.last_seq
            ),
        }
    }
    Ok(if broken == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// How a chain is named to the operator: the installation's own, or the tenant's top unit.
async fn chain_name(db: &store::Db, tenant: i64) -> Result<String> {
    if tenant == store::audit::INSTALLATION {
        return Ok("Chuỗi chung của hệ thống (tài khoản, phân quyền, cấu hình; mã 0)".to_string());
    }
    let mut tx = db.read().await?;
    Ok(match store::units::get(&mut tx, tenant).await {
        Ok(u) => format!("Chuỗi của {} (mã {tenant})", u.name),
        Err(store::StoreError::NotFound { .. }) => format!("Chuỗi của đơn vị mã {tenant} (đơn vị không còn)"),
        Err(e) => return Err(e.into()),
    })
}

/// The attached files of a backup: the folder `<backup file>.files` beside it.
fn files_beside(file: &Path) -> store::blobs::Blobs {
    let mut name = file.as_os_str().to_owned();
    name.push(".files");
    store::blobs::Blobs::new(std::path::PathBuf::from(name))
}

pub async fn backup(config: &Config, file: &Path, demo: bool) -> Result<ExitCode> {
    let url = config.database(sqlite_name(demo))?;
    if is_postgres(&url) {
        eprintln!("dondoc backup chỉ sao lưu cơ sở dữ liệu SQLite.\n{PG_TOOLS}");
        return Ok(ExitCode::FAILURE);
    }
    if file.exists() {
        eprintln!(
            "Tệp {} đã tồn tại; hãy chọn tên khác (bản sao lưu không bao giờ ghi đè).",
            file.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    if !sqlite_path(&url).is_file() {
        eprintln!("Không tìm thấy cơ sở dữ liệu {}.", sqlite_path(&url).display());
        return Ok(ExitCode::from(2));
    }
    let db = crate::open(&url).await?;
    let res = store::backup::backup(&db, file).await;
    db.close().await;
    match res {
        Ok(size) => {
            println!(
                "Đã sao lưu {} vào {} ({} byte).",
                sqlite_path(&url).display(),
                file.display(),
                size
            );
            // After the database: every file the copy refers to was stored before the
            // transaction that recorded it committed, so it is already there to copy.
            let to = files_beside(file);
            let copied = config
                .blobs()
                .copy_missing(&to)
                .with_context(|| format!("copying attached files to {}", to.dir().display()))?;
            println!("Đã sao lưu {copied} tệp đính kèm vào {}.", to.dir().display());
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => Err(e).with_context(|| format!("backing up to {}", file.display())),
    }
}

pub async fn restore(config: &Config, file: &Path, force: bool, demo: bool) -> Result<ExitCode> {
    let url = config.database(sqlite_name(demo))?;
    if is_postgres(&url) {
        eprintln!("dondoc restore chỉ khôi phục cơ sở dữ liệu SQLite.\n{PG_TOOLS}");
        return Ok(ExitCode::FAILURE);
    }
    let target = sqlite_path(&url);
    let message = match store::backup::restore(file, &target, force).await {
        Ok(check) => {
            println!(
                "Đã khôi phục {} từ {}: {} bảng, chuỗi nhật ký kiểm toán {} bản ghi hợp lệ.",
                target.display(),
                file.display(),
                check.tables,
                check.audit_entries
            );
            let from = files_beside(file);
            let copied = from
                .copy_missing(&config.blobs())
                .with_context(|| format!("restoring attached files from {}", from.dir().display()))?;
            println!("Đã khôi phục {copied} tệp đính kèm từ {}.", from.dir().display());
            return Ok(ExitCode::SUCCESS);
        }
        Err(BackupError::NotFound(p)) => format!("Không tìm thấy tệp sao lưu {}.", p.display()),
        Err(BackupError::NotDondoc(p, why)) => {
            format!("{} không phải cơ sở dữ liệu dondoc ({why}).", p.display())
        }
        Err(BackupError::Integrity(p, why)) => {
            format!(
                "{} không qua được kiểm tra toàn vẹn PRAGMA integrity_check: {why}",
                p.display()
            )
        }
        Err(BackupError::Chain(p, problem)) => format!(
            "Nhật ký kiểm toán trong {} bị phá vỡ tại bản ghi số {} của chuỗi mã {} — {} ({}).",
            p.display(),
            problem.seq,
            problem.tenant_id,
            problem.kind.label_vi(),
            problem.detail
        ),
        Err(BackupError::NotEmpty(p)) => format!(
            "Cơ sở dữ liệu {} đang có dữ liệu; dùng --force để thay thế (hãy dừng máy chủ trước).",
            p.display()
        ),
        Err(e) => return Err(e).with_context(|| format!("restoring {}", file.display())),
    };
    eprintln!("{message}\nKhông có gì bị thay đổi.");
    Ok(ExitCode::FAILURE)
}
