//! A development SMTP sink (`dondoc mail-sink`): a real SMTP server that accepts every message
//! and writes it, as received, to a folder (`<n>.eml`, the envelope in `X-Sink-*` lines first).
//! For the demo ("delivered to a local sink") and for tests that check what the worker sends.
//! It speaks plain SMTP only (no TLS, no authentication) and is never for production.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// Largest message accepted.
const MAX_MESSAGE: usize = 10 * 1024 * 1024;

/// How the sink behaves.
#[derive(Debug, Clone, Default)]
pub struct SinkOptions {
    /// Pause before accepting each message (after its final dot): lets a test stop a sender
    /// while a message is in flight.
    pub delay: Duration,
}

/// Accepts connections until the task is dropped.
pub async fn serve(listener: TcpListener, dir: PathBuf, opts: SinkOptions) -> std::io::Result<()> {
    std::fs::create_dir_all(&dir)?;
    let seq = Arc::new(AtomicU64::new(0));
    let dir = Arc::new(dir);
    loop {
        let (stream, _) = listener.accept().await?;
        let (seq, dir, opts) = (seq.clone(), dir.clone(), opts.clone());
        tokio::spawn(async move {
            if let Err(e) = session(stream, &dir, &seq, &opts).await {
                tracing::debug!(error = %e, "sink session ended");
            }
        });
    }
}

async fn session(stream: TcpStream, dir: &Path, seq: &AtomicU64, opts: &SinkOptions) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    write.write_all(b"220 dondoc-sink ESMTP\r\n").await?;
    let mut from = String::new();
    let mut rcpt: Vec<String> = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if read.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let cmd = line.trim_end().to_string();
        let upper = cmd.to_ascii_uppercase();
        let reply: &[u8] = if upper.starts_with("EHLO") {
            b"250-dondoc-sink\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n"
        } else if upper.starts_with("HELO") {
            b"250 dondoc-sink\r\n"
        } else if upper.starts_with("MAIL FROM:") {
            from = cmd[10..].trim().to_string();
            rcpt.clear();
            b"250 OK\r\n"
        } else if upper.starts_with("RCPT TO:") {
            rcpt.push(cmd[8..].trim().to_string());
            b"250 OK\r\n"
        } else if upper == "DATA" {
            if rcpt.is_empty() {
                b"503 RCPT first\r\n"
            } else {
                write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
                let data = read_data(&mut read).await?;
                if !opts.delay.is_zero() {
                    tokio::time::sleep(opts.delay).await;
                    // A sender that died meanwhile never hears the acceptance: keep nothing
                    // (it will send the message again).
                    if let Ok(Ok(buf)) = tokio::time::timeout(Duration::from_millis(1), read.fill_buf()).await
                        && buf.is_empty()
                    {
                        return Ok(());
                    }
                }
                store(dir, seq, &from, &rcpt, &data)?;
                rcpt.clear();
                b"250 OK queued\r\n"
            }
        } else if upper == "RSET" {
            rcpt.clear();
            b"250 OK\r\n"
        } else if upper == "NOOP" {
            b"250 OK\r\n"
        } else if upper == "QUIT" {
            write.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else {
            b"502 Command not implemented\r\n"
        };
        write.write_all(reply).await?;
    }
}

/// The message up to the line holding a single dot, dots unstuffed.
async fn read_data<R: tokio::io::AsyncBufRead + Unpin>(read: &mut R) -> std::io::Result<Vec<u8>> {
    let mut data = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if read.read_until(b'\n', &mut line).await? == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "closed in DATA"));
        }
        if line == b".\r\n" || line == b".\n" {
            return Ok(data);
        }
        let l = if line.starts_with(b"..") { &line[1..] } else { &line[..] };
        if data.len() + l.len() > MAX_MESSAGE {
            return Err(std::io::Error::other("message too large"));
        }
        data.extend_from_slice(l);
    }
}

fn store(dir: &Path, seq: &AtomicU64, from: &str, rcpt: &[String], data: &[u8]) -> std::io::Result<()> {
    let n = seq.fetch_add(1, Ordering::SeqCst);
    let name = format!("{}-{n:06}", std::process::id());
    let tmp = dir.join(format!(".{name}.tmp"));
    let mut out = Vec::with_capacity(data.len() + 200);
    out.extend_from_slice(format!("X-Sink-Mail-From: {from}\r\n").as_bytes());
    for r in rcpt {
        out.extend_from_slice(format!("X-Sink-Rcpt-To: {r}\r\n").as_bytes());
    }
    out.extend_from_slice(data);
    std::fs::write(&tmp, &out)?;
    // Whole files only: a reader never sees half a message.
    std::fs::rename(&tmp, dir.join(format!("{name}.eml")))
}
