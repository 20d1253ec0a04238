//! Configuration: defaults that need no file, then a TOML file, then `DONDOC_*` variables.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use domain::rag::Thresholds;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Where to listen (`DONDOC_LISTEN`), default 127.0.0.1:8080.
    pub listen: SocketAddr,
    /// Where the SQLite file and other state live (`DONDOC_DATA_DIR`), default `./data`.
    pub data_dir: PathBuf,
    /// `postgres://…` to use PostgreSQL (`DATABASE_URL` or `DONDOC_DATABASE_URL`); SQLite under
    /// the data directory otherwise.
    pub database_url: Option<String>,
    /// PostgreSQL read replicas (`database_read_url`, `DONDOC_DATABASE_READ_URL`: URLs separated
    /// by commas, or one URL naming several hosts) for the server's reads.
    pub database_read_urls: Vec<String>,
    /// A replica lagging more than this many seconds serves no read
    /// (`database_read_max_lag`, `DONDOC_DATABASE_READ_MAX_LAG`), default 5.
    pub database_read_max_lag: u32,
    /// A fixed "today" for statuses (`DONDOC_TODAY`, YYYY-MM-DD); the real date otherwise.
    pub today: Option<NaiveDate>,
    /// How many days before the due date a task counts as "due soon" (`DONDOC_DUE_SOON_DAYS`).
    pub due_soon_days: u32,
    /// The red/amber/green thresholds, in percent (`rag_green_on_time`, `rag_red_overdue`,
    /// `rag_red_completion`; `DONDOC_RAG_GREEN_ON_TIME`…).
    pub rag: Thresholds,
    /// The address users reach the server at (`public_url`, `DONDOC_PUBLIC_URL`): `https://…`
    /// makes session cookies `Secure` with the `__Host-` prefix and turns HSTS on.
    pub public_url: Option<String>,
    /// Proxies whose `X-Forwarded-For` is believed (`trusted_proxies`, `DONDOC_TRUSTED_PROXIES`,
    /// addresses or CIDR ranges separated by commas); none by default.
    pub trusted_proxies: Vec<String>,
    /// How many days back a lead unit may date a completion on its own
    /// (`completion_backdate_days`, `DONDOC_COMPLETION_BACKDATE_DAYS`), default 7.
    pub completion_backdate_days: u32,
    /// Mail delivery and the worker (`[mail]`, `[worker]`, `DONDOC_SMTP_*`…).
    pub mail: crate::mail_config::MailConfig,
    /// `json` for one JSON object per log line (`log_format`, `DONDOC_LOG_FORMAT`); text otherwise.
    pub log_json: bool,
    /// The size limit of one attached file in MB (`max_upload_mb`, `DONDOC_MAX_UPLOAD_MB`),
    /// default 20. Files are kept under `<data_dir>/files`.
    pub max_upload_mb: u64,
}

/// The optional file: every key may be left out.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    listen: Option<SocketAddr>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    database_read_url: Option<String>,
    database_read_max_lag: Option<u32>,
    today: Option<NaiveDate>,
    due_soon_days: Option<u32>,
    rag_green_on_time: Option<f64>,
    rag_red_overdue: Option<f64>,
    rag_red_completion: Option<f64>,
    public_url: Option<String>,
    trusted_proxies: Option<Vec<String>>,
    completion_backdate_days: Option<u32>,
    mail: Option<crate::mail_config::FileMail>,
    worker: Option<crate::mail_config::FileWorker>,
    log_format: Option<String>,
    max_upload_mb: Option<u64>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("data"),
            database_url: None,
            database_read_urls: Vec::new(),
            database_read_max_lag: 5,
            today: None,
            due_soon_days: 7,
            rag: Thresholds::default(),
            public_url: None,
            trusted_proxies: Vec::new(),
            completion_backdate_days: 7,
            mail: crate::mail_config::MailConfig::default(),
            log_json: false,
            max_upload_mb: domain::file::DEFAULT_MAX_BYTES / (1024 * 1024),
        }
    }
}

impl Config {
    /// Defaults, overridden by the file (if given or named by `DONDOC_CONFIG`), overridden by
    /// the environment.
    pub fn load(file: Option<&Path>, env: &dyn Fn(&str) -> Option<String>) -> Result<Config> {
        let mut c = Config::default();
        let (mut file_mail, mut file_worker, mut log_format) = (None, None, None);
        let file = file
            .map(Path::to_path_buf)
            .or_else(|| env("DONDOC_CONFIG").map(PathBuf::from));
        if let Some(path) = file {
            let text =
                std::fs::read_to_string(&path).with_context(|| format!("reading config file {}", path.display()))?;
            let f: FileConfig =
                toml::from_str(&text).with_context(|| format!("parsing config file {}", path.display()))?;
            if let Some(v) = f.listen {
                c.listen = v;
            }
            if let Some(v) = f.data_dir {
                c.data_dir = v;
            }
            if f.database_url.is_some() {
                c.database_url = f.database_url;
            }
            if let Some(v) = f.database_read_url {
                c.database_read_urls = store::cluster::urls::split_list(&v);
            }
            if let Some(v) = f.database_read_max_lag {
                c.database_read_max_lag = v;
            }
            if f.today.is_some() {
                c.today = f.today;
            }
            if let Some(v) = f.due_soon_days {
                c.due_soon_days = v;
            }
            if f.public_url.is_some() {
                c.public_url = f.public_url;
            }
            if let Some(v) = f.trusted_proxies {
                c.trusted_proxies = v;
            }
            if let Some(v) = f.completion_backdate_days {
                c.completion_backdate_days = v;
            }
            (file_mail, file_worker, log_format) = (f.mail, f.worker, f.log_format);
            if let Some(v) = f.max_upload_mb {
                c.max_upload_mb = v;
            }
            for (v, slot) in [
                (f.rag_green_on_time, &mut c.rag.green_on_time_min),
                (f.rag_red_overdue, &mut c.rag.red_overdue_share_min),
                (f.rag_red_completion, &mut c.rag.red_completion_below),
            ] {
                if let Some(v) = v {
                    *slot = v;
                }
            }
        }
        if let Some(v) = env("DONDOC_LISTEN") {
            c.listen = v
                .parse()
                .with_context(|| format!("DONDOC_LISTEN={v:?} is not an address:port"))?;
        }
        if let Some(v) = env("DONDOC_DATA_DIR") {
            c.data_dir = PathBuf::from(v);
        }
        if let Some(v) = env("DONDOC_DATABASE_URL").or_else(|| env("DATABASE_URL")) {
            c.database_url = Some(v);
        }
        if let Some(v) = env("DONDOC_DATABASE_READ_URL") {
            c.database_read_urls = store::cluster::urls::split_list(&v);
        }
        if let Some(v) = env("DONDOC_DATABASE_READ_MAX_LAG") {
            c.database_read_max_lag = v
                .parse()
                .with_context(|| format!("DONDOC_DATABASE_READ_MAX_LAG={v:?} is not a number of seconds"))?;
        }
        c.check_replicas()?;
        if let Some(v) = env("DONDOC_TODAY") {
            c.today = Some(
                NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                    .with_context(|| format!("DONDOC_TODAY={v:?} is not YYYY-MM-DD"))?,
            );
        }
        if let Some(v) = env("DONDOC_DUE_SOON_DAYS") {
            c.due_soon_days = v
                .parse()
                .with_context(|| format!("DONDOC_DUE_SOON_DAYS={v:?} is not a number"))?;
        }
        if let Some(v) = env("DONDOC_PUBLIC_URL") {
            c.public_url = Some(v);
        }
        if let Some(v) = env("DONDOC_TRUSTED_PROXIES") {
            c.trusted_proxies = v
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
        }
        if let Some(v) = env("DONDOC_COMPLETION_BACKDATE_DAYS") {
            c.completion_backdate_days = v
                .parse()
                .with_context(|| format!("DONDOC_COMPLETION_BACKDATE_DAYS={v:?} is not a number"))?;
        }
        c.mail = crate::mail_config::MailConfig::load(file_mail, file_worker, env)?;
        if let Some(v) = env("DONDOC_LOG_FORMAT") {
            log_format = Some(v);
        }
        c.log_json = match log_format.as_deref().map(str::trim) {
            None | Some("text") => false,
            Some("json") => true,
            Some(other) => bail!("log_format must be text or json, not {other:?}"),
        };
        if let Some(v) = env("DONDOC_MAX_UPLOAD_MB") {
            c.max_upload_mb = v
                .parse()
                .with_context(|| format!("DONDOC_MAX_UPLOAD_MB={v:?} is not a number"))?;
        }
        if !(1..=1024).contains(&c.max_upload_mb) {
            bail!("max_upload_mb must be from 1 to 1024");
        }
        if let Some(u) = &c.public_url
            && !(u.starts_with("https://") || u.starts_with("http://"))
        {
            bail!("public_url must start with https:// or http://, not {u:?}");
        }
        if c.due_soon_days > 365 {
            bail!("due_soon_days must be at most 365");
        }
        for (key, slot) in [
            ("DONDOC_RAG_GREEN_ON_TIME", &mut c.rag.green_on_time_min),
            ("DONDOC_RAG_RED_OVERDUE", &mut c.rag.red_overdue_share_min),
            ("DONDOC_RAG_RED_COMPLETION", &mut c.rag.red_completion_below),
        ] {
            if let Some(v) = env(key) {
                *slot = v.parse().with_context(|| format!("{key}={v:?} is not a number"))?;
            }
        }
        c.rag = c
            .rag
            .validate()
            .map_err(|e| anyhow::anyhow!("{}: {}", e.field, e.message_en))?;
        Ok(c)
    }

    /// Read replicas need PostgreSQL as the database; each URL must be one dondoc can open.
    fn check_replicas(&self) -> Result<()> {
        if self.database_read_max_lag > 3600 {
            bail!("database_read_max_lag must be at most 3600 seconds");
        }
        if self.database_read_urls.is_empty() {
            return Ok(());
        }
        if !self
            .database_url
            .as_deref()
            .is_some_and(store::cluster::urls::is_postgres)
        {
            bail!("database_read_url needs database_url to be a postgres:// URL (replicas are PostgreSQL only)");
        }
        for u in &self.database_read_urls {
            store::cluster::urls::parse(u).map_err(|e| anyhow::anyhow!("database_read_url: {e}"))?;
        }
        Ok(())
    }

    /// The read replicas for the database `url`: the configured ones when `url` is the
    /// configured database, none otherwise (the demo file, another database).
    pub fn read_replicas(&self, url: &str) -> store::cluster::ReadReplicas {
        let ours = self.database_url.as_deref() == Some(url);
        store::cluster::ReadReplicas {
            urls: if ours {
                self.database_read_urls.clone()
            } else {
                Vec::new()
            },
            max_lag: std::time::Duration::from_secs(u64::from(self.database_read_max_lag)),
        }
    }

    /// The web layer's settings from this configuration.
    pub fn web(&self) -> Result<web::auth::WebSettings> {
        let mut trusted = Vec::new();
        for p in &self.trusted_proxies {
            trusted.push(
                web::auth::address::Net::parse(p)
                    .with_context(|| format!("trusted proxy {p:?} is not an address or CIDR range"))?,
            );
        }
        Ok(web::auth::WebSettings {
            https: self.public_url.as_deref().is_some_and(|u| u.starts_with("https://")),
            trusted_proxies: trusted,
            public_url: self.public_url.as_deref().map(|u| u.trim_end_matches('/').to_string()),
        })
    }

    /// The use-case layer's settings from this configuration.
    pub fn app(&self) -> app::Settings {
        app::Settings {
            rag: self.rag,
            completion_backdate_days: self.completion_backdate_days,
            files: app::files::FileSettings {
                blobs: self.blobs(),
                max_bytes: self.max_upload_mb * 1024 * 1024,
            },
            ..Default::default()
        }
    }

    /// Where attached files are kept: `<data_dir>/files`.
    pub fn blobs(&self) -> store::blobs::Blobs {
        store::blobs::Blobs::new(self.data_dir.join("files"))
    }

    /// The database to open: the configured URL, or `<data_dir>/<sqlite_name>`.
    pub fn database(&self, sqlite_name: &str) -> Result<String> {
        if let Some(url) = &self.database_url {
            return Ok(url.clone());
        }
        std::fs::create_dir_all(&self.data_dir)
            .with_context(|| format!("creating data directory {}", self.data_dir.display()))?;
        Ok(format!("sqlite://{}", self.data_dir.join(sqlite_name).display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn defaults_then_file_then_env() {
        let none = |_: &str| None;
        assert_eq!(Config::load(None, &none).unwrap(), Config::default());

        let dir = std::env::temp_dir().join(format!("dondoc-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("dondoc.toml");
        std::fs::write(&file, "listen = \"0.0.0.0:9000\"\ndue_soon_days = 3\n").unwrap();
        let env: HashMap<&str, &str> = [
            ("DONDOC_LISTEN", "127.0.0.1:7000"),
            ("DONDOC_DATA_DIR", "/var/lib/dondoc"),
        ]
        .into();
        let get = |k: &str| env.get(k).map(|v| v.to_string());
        let c = Config::load(Some(&file), &get).unwrap();
        assert_eq!(c.listen.to_string(), "127.0.0.1:7000");
        assert_eq!(c.data_dir, PathBuf::from("/var/lib/dondoc"));
        assert_eq!(c.due_soon_days, 3);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn red_amber_green_thresholds_are_settings() {
        let env: HashMap<&str, &str> = [("DONDOC_RAG_RED_OVERDUE", "5"), ("DONDOC_RAG_GREEN_ON_TIME", "95.5")].into();
        let get = |k: &str| env.get(k).map(|v| v.to_string());
        let c = Config::load(None, &get).unwrap();
        assert_eq!(c.rag.red_overdue_share_min, 5.0);
        assert_eq!(c.rag.green_on_time_min, 95.5);
        assert_eq!(c.rag.red_completion_below, Thresholds::default().red_completion_below);
        let get = |k: &str| (k == "DONDOC_RAG_RED_COMPLETION").then(|| "150".to_string());
        let e = Config::load(None, &get).unwrap_err();
        assert!(e.to_string().contains("rag_red_completion"), "{e}");
    }

    #[test]
    fn read_replicas_are_a_list_for_postgres_only() {
        let env: HashMap<&str, &str> = [
            (
                "DONDOC_DATABASE_URL",
                "postgres://app@p1,p2/dd?target_session_attrs=read-write",
            ),
            (
                "DONDOC_DATABASE_READ_URL",
                "postgres://app@r1/dd, postgres://app@r2:5433,r3/dd",
            ),
            ("DONDOC_DATABASE_READ_MAX_LAG", "2"),
        ]
        .into();
        let get = |k: &str| env.get(k).map(|v| v.to_string());
        let c = Config::load(None, &get).unwrap();
        assert_eq!(
            c.database_read_urls,
            vec!["postgres://app@r1/dd", "postgres://app@r2:5433,r3/dd"]
        );
        let r = c.read_replicas(c.database_url.as_deref().unwrap());
        assert_eq!((r.urls.len(), r.max_lag.as_secs()), (2, 2));
        assert!(c.read_replicas("sqlite://data/demo.db").urls.is_empty());

        let get = |k: &str| (k == "DONDOC_DATABASE_READ_URL").then(|| "postgres://r1/dd".to_string());
        let e = Config::load(None, &get).unwrap_err();
        assert!(e.to_string().contains("database_read_url needs database_url"), "{e}");
        let bad = |k: &str| match k {
            "DONDOC_DATABASE_URL" => Some("postgres://p/dd".to_string()),
            "DONDOC_DATABASE_READ_URL" => Some("postgres://r1:port/dd".to_string()),
            _ => None,
        };
        let e = Config::load(None, &bad).unwrap_err();
        assert!(e.to_string().contains("database_read_url"), "{e}");
        let lag = |k: &str| (k == "DONDOC_DATABASE_READ_MAX_LAG").then(|| "soon".to_string());
        let e = Config::load(None, &lag).unwrap_err();
        assert!(e.to_string().contains("DONDOC_DATABASE_READ_MAX_LAG"), "{e}");
    }

    #[test]
    fn bad_values_are_reported() {
        let get = |k: &str| (k == "DONDOC_LISTEN").then(|| "nowhere".to_string());
        let e = Config::load(None, &get).unwrap_err();
        assert!(e.to_string().contains("DONDOC_LISTEN"));
    }
}
