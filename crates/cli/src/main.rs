//! `dondoc`: the server, the demo, migrations, synthetic data and text tools.

mod config;
mod demo_notices;
mod mail_config;
mod notify_cmd;
mod ops;
mod text;
mod users;

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use store::Db;
use web::{App, AppState, ClockConfig};

use crate::config::Config;

/// The demo data set: Hà Nội, Long Biên and Hai Bà Trưng, from the source articles.
const DEMO: &str = include_str!("../demo/hanoi.toml");

#[derive(Parser)]
#[command(
    name = "dondoc",
    version,
    about = "Theo dõi, đôn đốc thực hiện nhiệm vụ — tracking the implementation of directives"
)]
struct Cli {
    /// A TOML configuration file (also `DONDOC_CONFIG`).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API on the configured database.
    Serve,
    /// Serve the demo data set (loaded on first run into `<data_dir>/demo.db`).
    Demo {
        /// Drop the demo database and load it again.
        #[arg(long)]
        reset: bool,
        /// Load the demo data and exit without serving.
        #[arg(long)]
        load_only: bool,
    },
    /// Create or upgrade the database schema.
    Migrate,
    /// Load a data set written in the demo's TOML format (units, people, documents, links,
    /// themes, tasks with their history, targets) into the configured database, all or nothing.
    Import { file: PathBuf },
    /// Fill an empty database with synthetic data shaped like a district, a city or the nation.
    Gen {
        /// district | city | nation
        #[arg(long, default_value = "district")]
        scale: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The day the generated statuses are shaped around (default: the configured today).
        #[arg(long)]
        today: Option<NaiveDate>,
    },
    /// Accounts: create (the first one with --admin), set a password.
    User {
        /// Act on the demo database (`<data_dir>/demo.db`).
        #[arg(long)]
        demo: bool,
        #[command(subcommand)]
        command: users::UserCommand,
    },
    /// API tokens for integrations.
    Token {
        /// Act on the demo database (`<data_dir>/demo.db`).
        #[arg(long)]
        demo: bool,
        #[command(subcommand)]
        command: users::TokenCommand,
    },
    /// Vietnamese administrative text tools.
    Text {
        #[command(subcommand)]
        command: text::TextCommand,
    },
    /// The audit trail.
    Audit {
        #[command(subcommand)]
        command: ops::AuditCommand,
    },
    /// Write a consistent copy of the SQLite database to FILE, while the server runs.
    Backup {
        file: PathBuf,
        /// Back up the demo database.
        #[arg(long)]
        demo: bool,
    },
    /// Replace the SQLite database with a checked backup (stop the server first).
    Restore {
        file: PathBuf,
        /// Replace a database that holds data.
        #[arg(long)]
        force: bool,
        /// Restore into the demo database.
        #[arg(long)]
        demo: bool,
    },
    /// Plan tools.
    Plan {
        #[command(subcommand)]
        command: text::PlanCommand,
    },
    /// Run the notification worker alone (reminders, digests, mail delivery) until Ctrl+C.
    Worker {
        /// Work on the demo database.
        #[arg(long)]
        demo: bool,
    },
    /// Run the daily reminders once (for DAY, default today) and queue their mail.
    Remind {
        #[arg(long)]
        day: Option<NaiveDate>,
        /// Work on the demo database.
        #[arg(long)]
        demo: bool,
    },
    /// A development SMTP server that writes every message it receives to a folder.
    MailSink {
        #[arg(long, default_value = "127.0.0.1:2525")]
        listen: std::net::SocketAddr,
        #[arg(long, default_value = "mail-sink")]
        dir: PathBuf,
        /// Wait this long before accepting each message (tests).
        #[arg(long, default_value_t = 0)]
        delay_ms: u64,
    },
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let result = match cli.command {
        Command::Text { command } => text::run_text(command),
        Command::Plan { command } => text::run_plan(command),
        command => Config::load(cli.config.as_deref(), &env).and_then(|config| run_async(command, config)),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dondoc: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}

fn run_async(command: Command, config: Config) -> Result<std::process::ExitCode> {
    let filter = tracing_subscriber::EnvFilter::try_from_env("DONDOC_LOG").unwrap_or_else(|_| "info,sqlx=warn".into());
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if config.log_json {
        logs.json().init();
    } else {
        logs.init();
    }
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    rt.block_on(async move {
        match command {
            Command::Serve => serve(&config, &config.database("dondoc.db")?, config.today).await?,
            Command::Demo { reset, load_only } => demo(&config, reset, load_only).await?,
            Command::Migrate => {
                let db = open(&config.database("dondoc.db")?).await?;
                println!("Cơ sở dữ liệu đã được cập nhật lược đồ.");
                db.close().await;
            }
            Command::Gen { scale, seed, today } => generate(&config, &scale, seed, today).await?,
            Command::Import { file } => import(&config, &file).await?,
            Command::User { demo, command } => {
                let db = open(&config.database(if demo { "demo.db" } else { "dondoc.db" })?).await?;
                users::run_user(&db, command).await?;
                db.close().await;
            }
            Command::Token { demo, command } => {
                let db = open(&config.database(if demo { "demo.db" } else { "dondoc.db" })?).await?;
                users::run_token(&db, command).await?;
                db.close().await;
            }
            Command::Audit { command } => return ops::audit(&config, command).await,
            Command::Backup { file, demo } => return ops::backup(&config, &file, demo).await,
            Command::Restore { file, force, demo } => return ops::restore(&config, &file, force, demo).await,
            Command::Worker { demo } => {
                let url = config.database(if demo { "demo.db" } else { "dondoc.db" })?;
                notify_cmd::worker(&config, &url).await?
            }
            Command::Remind { day, demo } => {
                let url = config.database(if demo { "demo.db" } else { "dondoc.db" })?;
                notify_cmd::remind(&config, &url, day).await?
            }
            Command::MailSink { listen, dir, delay_ms } => notify_cmd::mail_sink(listen, dir, delay_ms).await?,
            Command::Text { .. } | Command::Plan { .. } => unreachable_command()?,
        }
        Ok(std::process::ExitCode::SUCCESS)
    })
}

fn unreachable_command() -> Result<()> {
    bail!("internal: text commands run without the runtime")
}

pub(crate) async fn open(url: &str) -> Result<Db> {
    open_with(url, &store::cluster::ReadReplicas::default()).await
}

/// [`open`], with read replicas beside the database (the server's reads go to them).
pub(crate) async fn open_with(url: &str, read: &store::cluster::ReadReplicas) -> Result<Db> {
    let db = Db::connect_with(url, read)
        .await
        .with_context(|| format!("opening database {}", store::cluster::urls::redact(url)))?;
    db.migrate().await.context("migrating the database")?;
    Ok(db)
}

async fn serve(config: &Config, url: &str, today: Option<NaiveDate>) -> Result<()> {
    let db = open_with(url, &config.read_replicas(url)).await?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("listening on {}", config.listen))?;
    let addr = listener.local_addr()?;
    let clock = ClockConfig {
        fixed_today: today,
        due_soon_days: config.due_soon_days,
    };
    println!("dondoc đang chạy tại http://{addr}/");
    println!("  API:      http://{addr}/api/v1/");
    println!("  OpenAPI:  http://{addr}/api/v1/openapi.json");
    println!("  CSDL:     {}", store::cluster::urls::redact(url));
    if let Some(t) = today {
        println!("  Trạng thái tính theo ngày {}", t.format("%d/%m/%Y"));
    }
    println!("Nhấn Ctrl+C để dừng.");
    let app = App::new(db.clone(), clock, config.app());
    let worker = notify_cmd::spawn(app.clone(), config)?;
    let state = AppState::with(app, config.web()?);
    web::serve(listener, state, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    if let Some((stop, handle)) = worker {
        let _ = stop.send(true);
        let _ = handle.await;
    }
    db.close().await;
    Ok(())
}

async fn demo(config: &Config, reset: bool, load_only: bool) -> Result<()> {
    let set = fixtures::seed::SeedSet::from_toml(DEMO).context("reading the built-in demo data set")?;
    if reset && config.database_url.is_none() {
        let file = config.data_dir.join("demo.db");
        for suffix in ["", "-wal", "-shm"] {
            let p = PathBuf::from(format!("{}{suffix}", file.display()));
            if p.exists() {
                std::fs::remove_file(&p).with_context(|| format!("removing {}", p.display()))?;
            }
        }
    }
    let url = config.database("demo.db")?;
    let db = open(&url).await?;
    if is_empty(&db).await? {
        println!("Đang nạp dữ liệu minh họa: {} …", set.meta.title);
        let started = std::time::Instant::now();
        let stats = fixtures::seed::load(&db, &set, config.due_soon_days).await?;
        println!(
            "Đã nạp {} đơn vị, {} cán bộ, {} văn bản, {} nhiệm vụ ({} báo cáo tiến độ), {} chỉ tiêu trong {:.1} giây.",
            stats.units,
            stats.people,
            stats.documents,
            stats.tasks,
            stats.progress_reports,
            stats.targets,
            started.elapsed().as_secs_f64()
        );
        let ev = fixtures::seed_evaluation::load(&db, config.due_soon_days).await?;
        println!(
            "Đã đánh giá {} lượt cán bộ Quận Long Biên (tháng 1–10/2023, {} khiếu nại, {} hạ mức vì vượt tỷ lệ, {} mở lại), {} phiếu ý kiến người dân.",
            ev.evaluations, ev.disputes, ev.lowered_for_quota, ev.reopened, ev.feedback
        );
        users::demo_accounts(&db).await?;
        demo_notices::populate(&db, config.today.unwrap_or(set.meta.as_of), config.due_soon_days).await?;
        // Fresh tables have no statistics: without them PostgreSQL plans joins blind (the
        // inbox's queries took 80 ms instead of 1 on the demo where autovacuum is off).
        db.analyze().await?;
    } else if reset {
        bail!("--reset only clears the SQLite demo database; the configured database is not empty");
    }
    db.close().await;
    if load_only {
        return Ok(());
    }
    users::print_demo_accounts();
    // The demo shows its year as of its own "today", unless one is configured.
    serve(config, &url, config.today.or(Some(set.meta.as_of))).await
}

async fn import(config: &Config, file: &std::path::Path) -> Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let set = fixtures::seed::SeedSet::from_toml(&text).with_context(|| format!("parsing {}", file.display()))?;
    let db = open(&config.database("dondoc.db")?).await?;
    let stats = fixtures::seed::load(&db, &set, config.due_soon_days)
        .await
        .with_context(|| format!("importing {} (nothing was written)", file.display()))?;
    db.analyze().await?;
    println!(
        "Đã nhập {} đơn vị, {} cán bộ, {} văn bản, {} liên kết, {} nhiệm vụ ({} báo cáo tiến độ), {} chỉ tiêu.",
        stats.units, stats.people, stats.documents, stats.links, stats.tasks, stats.progress_reports, stats.targets
    );
    db.close().await;
    Ok(())
}

async fn is_empty(db: &Db) -> Result<bool> {
    let mut tx = db.read().await?;
    let page = store::units::list(&mut tx, &store::units::UnitFilter::default(), 1, 0).await?;
    Ok(page.total == 0)
}

async fn generate(config: &Config, scale: &str, seed: u64, today: Option<NaiveDate>) -> Result<()> {
    let scale = fixtures::synth::Scale::parse(scale)
        .with_context(|| format!("unknown scale {scale:?}: use district, city or nation"))?;
    let db = open(&config.database("dondoc.db")?).await?;
    if !is_empty(&db).await? {
        bail!("the database is not empty; generate into a fresh data directory or database");
    }
    let today = today
        .or(config.today)
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg:>18} [{bar:40}] {pos}/{len} ({eta})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let started = std::time::Instant::now();
    // When each stage began, so that its time is printed when the next one starts.
    let stage_began = std::sync::Mutex::new(started);
    let report = |stage: &str, done: u64, total: u64| {
        if bar.message() != stage {
            if let Ok(mut began) = stage_began.lock() {
                if !bar.message().is_empty() {
                    // Printed even when the bar is hidden (output not a terminal).
                    let line = format!("{:>18}: {:.1} s", bar.message(), began.elapsed().as_secs_f64());
                    bar.suspend(|| println!("{line}"));
                }
                *began = std::time::Instant::now();
            }
            bar.set_message(stage.to_string());
        }
        bar.set_length(total);
        bar.set_position(done);
    };
    let stats = fixtures::synth::generate(&db, scale, seed, today, &report).await?;
    bar.finish_and_clear();
    println!(
        "Đã tạo {} đơn vị, {} cán bộ, {} văn bản, {} nhiệm vụ, {} báo cáo tiến độ, {} chỉ tiêu, {} phiếu đánh giá hằng tháng ({} bước quy trình) trong {:.1} giây.",
        stats.units,
        stats.people,
        stats.documents,
        stats.tasks,
        stats.progress_reports,
        stats.targets,
        stats.evaluations,
        stats.evaluation_steps,
        started.elapsed().as_secs_f64()
    );
    db.close().await;
    Ok(())
}
