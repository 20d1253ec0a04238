//! Mail and worker settings, in the same scheme as the rest: defaults, then the TOML file's
//! `[mail]` and `[worker]` tables, then `DONDOC_SMTP_*`, `DONDOC_MAIL_FROM`, `DONDOC_WORKER*`
//! and `DONDOC_REMIND_HOUR` variables.

use std::time::Duration;

use anyhow::{Context, Result, bail};
use mail::{Security, SmtpConfig, WorkerConfig};
use serde::Deserialize;

/// The `[mail]` table.
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileMail {
    pub smtp_host: Option<String>,
    pub smtp_port: Option<u16>,
    /// `none`, `starttls` (default) or `tls`.
    pub security: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub from: Option<String>,
    pub timeout_seconds: Option<u64>,
}

/// The `[worker]` table.
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileWorker {
    /// Run the worker inside `dondoc serve` (default true).
    pub enabled: Option<bool>,
    pub poll_seconds: Option<u64>,
    pub lease_seconds: Option<u64>,
    /// The hour (Vietnam time) the daily reminder run starts, default 6.
    pub remind_hour: Option<u8>,
}

/// Mail delivery and the worker, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct MailConfig {
    /// None: no SMTP server configured; messages wait in the outbox.
    pub smtp: Option<SmtpConfig>,
    pub worker_in_serve: bool,
    pub poll: Duration,
    pub lease: Duration,
    pub remind_hour: u8,
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            smtp: None,
            worker_in_serve: true,
            poll: Duration::from_secs(30),
            lease: Duration::from_secs(300),
            remind_hour: 6,
        }
    }
}

fn parse<T: std::str::FromStr>(key: &str, v: &str) -> Result<T> {
    v.trim()
        .parse()
        .ok()
        .with_context(|| format!("{key}={v:?} is not a valid value"))
}

impl MailConfig {
    pub fn load(
        file_mail: Option<FileMail>,
        file_worker: Option<FileWorker>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<MailConfig> {
        let mut m = file_mail.unwrap_or_default();
        let w = file_worker.unwrap_or_default();
        let mut c = MailConfig::default();
        if let Some(v) = w.enabled {
            c.worker_in_serve = v;
        }
        if let Some(v) = w.poll_seconds {
            c.poll = Duration::from_secs(v.max(1));
        }
        if let Some(v) = w.lease_seconds {
            c.lease = Duration::from_secs(v.max(1));
        }
        if let Some(v) = w.remind_hour {
            c.remind_hour = v;
        }
        if let Some(v) = env("DONDOC_WORKER") {
            c.worker_in_serve = !matches!(v.trim(), "0" | "off" | "false" | "no");
        }
        if let Some(v) = env("DONDOC_WORKER_POLL_SECONDS") {
            c.poll = Duration::from_secs(parse::<u64>("DONDOC_WORKER_POLL_SECONDS", &v)?.max(1));
        }
        if let Some(v) = env("DONDOC_WORKER_LEASE_SECONDS") {
            c.lease = Duration::from_secs(parse::<u64>("DONDOC_WORKER_LEASE_SECONDS", &v)?.max(1));
        }
        if let Some(v) = env("DONDOC_REMIND_HOUR") {
            c.remind_hour = parse("DONDOC_REMIND_HOUR", &v)?;
        }
        if c.remind_hour > 23 {
            bail!("remind_hour must be an hour from 0 to 23");
        }
        for (key, slot) in [
            ("DONDOC_SMTP_HOST", &mut m.smtp_host),
            ("DONDOC_SMTP_SECURITY", &mut m.security),
            ("DONDOC_SMTP_USERNAME", &mut m.username),
            ("DONDOC_SMTP_PASSWORD", &mut m.password),
            ("DONDOC_MAIL_FROM", &mut m.from),
        ] {
            if let Some(v) = env(key) {
                *slot = Some(v);
            }
        }
        if let Some(v) = env("DONDOC_SMTP_PORT") {
            m.smtp_port = Some(parse("DONDOC_SMTP_PORT", &v)?);
        }
        if let Some(v) = env("DONDOC_SMTP_TIMEOUT_SECONDS") {
            m.timeout_seconds = Some(parse("DONDOC_SMTP_TIMEOUT_SECONDS", &v)?);
        }
        if let Some(host) = m.smtp_host.filter(|h| !h.trim().is_empty()) {
            let security = match m.security.as_deref() {
                None => Security::StartTls,
                Some(s) => {
                    Security::parse(s).with_context(|| format!("mail security {s:?}: use none, starttls or tls"))?
                }
            };
            let port = m.smtp_port.unwrap_or(match security {
                Security::None => 25,
                Security::StartTls => 587,
                Security::Tls => 465,
            });
            if m.username.is_some() != m.password.is_some() {
                bail!("mail: set both the SMTP username and password, or neither");
            }
            c.smtp = Some(SmtpConfig {
                host: host.trim().to_string(),
                port,
                security,
                username: m.username,
                password: m.password,
                from: m.from.unwrap_or_else(|| "dondoc <dondoc@localhost>".into()),
                timeout: Duration::from_secs(m.timeout_seconds.unwrap_or(30).max(1)),
            });
        }
        Ok(c)
    }

    /// The worker's settings, with links to `base_url`.
    pub fn worker(&self, base_url: &str) -> WorkerConfig {
        WorkerConfig {
            poll: self.poll,
            lease: self.lease,
            remind_hour: self.remind_hour,
            base_url: base_url.to_string(),
            ..Default::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_from_file_then_env() {
        let file = FileMail {
            smtp_host: Some("smtp.longbien.gov.vn".into()),
            security: Some("tls".into()),
            from: Some("dondoc <dondoc@longbien.gov.vn>".into()),
            ..Default::default()
        };
        let none = |_: &str| None;
        let c = MailConfig::load(Some(file.clone()), None, &none).unwrap();
        let s = c.smtp.unwrap();
        assert_eq!((s.port, s.security), (465, Security::Tls));
        let env = |k: &str| match k {
            "DONDOC_SMTP_SECURITY" => Some("none".to_string()),
            "DONDOC_SMTP_PORT" => Some("2525".to_string()),
            "DONDOC_WORKER" => Some("off".to_string()),
            _ => None,
        };
        let c = MailConfig::load(Some(file), None, &env).unwrap();
        let s = c.smtp.unwrap();
        assert_eq!((s.port, s.security), (2525, Security::None));
        assert!(!c.worker_in_serve);
        assert!(MailConfig::load(None, None, &none).unwrap().smtp.is_none());
        let bad = |k: &str| {
            (k == "DONDOC_SMTP_HOST")
                .then(|| "h".to_string())
                .or_else(|| (k == "DONDOC_SMTP_USERNAME").then(|| "u".to_string()))
        };
        assert!(MailConfig::load(None, None, &bad).is_err());
        let hour = |k: &str| (k == "DONDOC_REMIND_HOUR").then(|| "25".to_string());
        assert!(MailConfig::load(None, None, &hour).is_err());
    }
}
