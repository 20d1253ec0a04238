//! Sending through an SMTP server with lettre: plain, STARTTLS or TLS from the first byte, with
//! or without authentication, as configured.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::compose::Composed;

/// How the connection to the SMTP server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// No encryption (a relay on the same host or network).
    None,
    /// Plain connection upgraded with STARTTLS (port 587); refused if the server cannot.
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
}

impl Security {
    pub fn parse(s: &str) -> Option<Security> {
        match s.trim().to_ascii_lowercase().as_str() {
            "none" | "plain" => Some(Security::None),
            "starttls" => Some(Security::StartTls),
            "tls" | "ssl" | "smtps" => Some(Security::Tls),
            _ => None,
        }
    }
}

/// Where and how to send mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: Option<String>,
    pub password: Option<String>,
    /// The sender, e.g. `dondoc <dondoc@longbien.hanoi.gov.vn>`.
    pub from: String,
    /// Longest wait for the server, per command.
    pub timeout: Duration,
}

/// Why a message was not sent.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Worth trying again later (the server is unreachable, busy, or said "try later").
    #[error("{0}")]
    Transient(String),
    /// Will not succeed as it is (a refused address, a malformed message).
    #[error("{0}")]
    Permanent(String),
}

/// Something that delivers composed messages: the SMTP server, or a test's stand-in.
pub trait Sender: Send + Sync {
    fn send(&self, m: &Composed) -> impl std::future::Future<Output = Result<(), SendError>> + Send;
}

/// The SMTP sender.
pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Smtp {
    pub fn new(c: &SmtpConfig) -> Result<Smtp, SendError> {
        let from: Mailbox = c
            .from
            .parse()
            .map_err(|e| SendError::Permanent(format!("mail_from {:?}: {e}", c.from)))?;
        let tls =
            |host: &str| TlsParameters::new(host.to_string()).map_err(|e| SendError::Permanent(format!("TLS: {e}")));
        let tls = match c.security {
            Security::None => Tls::None,
            Security::StartTls => Tls::Required(tls(&c.host)?),
            Security::Tls => Tls::Wrapper(tls(&c.host)?),
        };
        let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(c.host.as_str())
            .port(c.port)
            .tls(tls)
            .timeout(Some(c.timeout));
        if let (Some(u), Some(p)) = (&c.username, &c.password) {
            b = b.credentials(Credentials::new(u.clone(), p.clone()));
        }
        Ok(Smtp {
            transport: b.build(),
            from,
        })
    }
}

/// The message as sent: UTF-8 plain text, the subject encoded for mail headers (RFC 2047).
pub fn message(from: &Mailbox, m: &Composed) -> Result<Message, SendError> {
    let to = Mailbox::new(
        Some(m.to_name.clone()),
        m.to.parse()
            .map_err(|e| SendError::Permanent(format!("address {:?}: {e}", m.to)))?,
    );
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(m.subject.clone())
        .message_id(Some(m.message_id.clone()))
        .header(ContentType::TEXT_PLAIN)
        .body(m.body.clone())
        .map_err(|e| SendError::Permanent(format!("message: {e}")))
}

impl Sender for Smtp {
    async fn send(&self, m: &Composed) -> Result<(), SendError> {
        let msg = message(&self.from, m)?;
        match self.transport.send(msg).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_permanent() => Err(SendError::Permanent(e.to_string())),
            Err(e) => Err(SendError::Transient(e.to_string())),
        }
    }
}
