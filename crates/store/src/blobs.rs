//! The content of attached files, stored once per SHA-256 under a directory
//! (`<dir>/ab/abcdef…`), outside the database.
//!
//! An upload is streamed into a temporary file in the same directory while it is hashed and
//! measured ([`Incoming`]); nothing is held whole in memory. Only when the record it belongs to
//! is written does the temporary file get its content address by a rename, which is atomic, so
//! a reader never sees half a file. An upload refused or abandoned leaves nothing behind (the
//! temporary file is removed when [`Received`] is dropped without being kept). A content address
//! already present is kept as it is: same name, same bytes.

use std::path::{Path, PathBuf};

use domain::file::{FileKind, SNIFF_BYTES, Sniffed, office_kind, sniff};
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

/// Where file contents live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blobs {
    dir: PathBuf,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Blobs {
    pub fn new(dir: impl Into<PathBuf>) -> Blobs {
        Blobs { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where the content with this SHA-256 (lower-case hex) is kept; `None` for anything that
    /// is not a digest (so no name from outside can reach another path).
    pub fn path_of(&self, sha256: &str) -> Option<PathBuf> {
        if sha256.len() != 64 || !sha256.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return None;
        }
        Some(self.dir.join(&sha256[..2]).join(sha256))
    }

    fn tmp_dir(&self) -> PathBuf {
        self.dir.join("tmp")
    }

    /// Starts receiving a file named `name`; bytes past `limit` are counted but not written.
    pub async fn receive(&self, name: &str, limit: u64) -> std::io::Result<Incoming> {
        let tmp_dir = self.tmp_dir();
        tokio::fs::create_dir_all(&tmp_dir).await?;
        let tmp = tmp_dir.join(format!("up-{:032x}", rand::random::<u128>()));
        let file = tokio::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .await?;
        Ok(Incoming {
            file,
            received: Received {
                tmp: Some(tmp),
                name: name.to_string(),
                size: 0,
                sha256: String::new(),
                kind: None,
            },
            hasher: Sha256::new(),
            head: Vec::with_capacity(SNIFF_BYTES),
            limit,
        })
    }

    /// Gives a received file its content address (renaming the temporary file), unless the same
    /// content is already kept. Called inside the transaction that records it, before commit:
    /// if the commit fails, an unreferenced content file is left, never a reference to nothing.
    pub async fn keep(&self, r: &mut Received) -> std::io::Result<PathBuf> {
        let Some(tmp) = r.tmp.take() else {
            return self
                .path_of(&r.sha256)
                .ok_or_else(|| std::io::Error::other("kept file without a digest"));
        };
        let Some(path) = self.path_of(&r.sha256) else {
            let _ = tokio::fs::remove_file(&tmp).await;
            return Err(std::io::Error::other("received file without a digest"));
        };
        if tokio::fs::try_exists(&path).await? {
            tokio::fs::remove_file(&tmp).await?;
        } else {
            if let Some(parent) = path.parent() {
                tokio::fs::create_dir_all(parent).await?;
            }
            tokio::fs::rename(&tmp, &path).await?;
        }
        Ok(path)
    }

    /// Copies every content file not already in `to` (a backup's or a restored installation's
    /// files directory). Returns how many files were copied.
    pub fn copy_missing(&self, to: &Blobs) -> std::io::Result<u64> {
        let mut copied = 0;
        let Ok(prefixes) = std::fs::read_dir(&self.dir) else {
            return Ok(0);
        };
        for prefix in prefixes {
            let prefix = prefix?;
            let name = prefix.file_name().to_string_lossy().to_string();
            if name.len() != 2 || !prefix.file_type()?.is_dir() {
                continue;
            }
            for entry in std::fs::read_dir(prefix.path())? {
                let entry = entry?;
                let sha = entry.file_name().to_string_lossy().to_string();
                let Some(dest) = to.path_of(&sha) else { continue };
                if dest.exists() {
                    continue;
                }
                if let Some(parent) = dest.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                // Copy beside, then rename: a copy cut short never takes the content address.
                let part = dest.with_extension("part");
                std::fs::copy(entry.path(), &part)?;
                std::fs::rename(&part, &dest)?;
                copied += 1;
            }
        }
        Ok(copied)
    }
}

/// A file being received.
#[derive(Debug)]
pub struct Incoming {
    file: tokio::fs::File,
    received: Received,
    hasher: Sha256,
    head: Vec<u8>,
    limit: u64,
}

impl Incoming {
    /// Adds the next piece of the file.
    pub async fn write(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        if self.head.len() < SNIFF_BYTES {
            let take = (SNIFF_BYTES - self.head.len()).min(chunk.len());
            self.head.extend_from_slice(&chunk[..take]);
        }
        let before = self.received.size;
        self.received.size += chunk.len() as u64;
        if before >= self.limit {
            return Ok(());
        }
        let keep = ((self.limit - before) as usize).min(chunk.len());
        self.hasher.update(&chunk[..keep]);
        self.file.write_all(&chunk[..keep]).await
    }

    /// True once more bytes arrived than the limit allows.
    pub fn over_limit(&self) -> bool {
        self.received.size > self.limit
    }

    /// The file as received: its size, digest and kind told from the content.
    pub async fn finish(mut self) -> std::io::Result<Received> {
        self.file.flush().await?;
        self.file.sync_all().await?;
        drop(self.file);
        let mut r = self.received;
        r.sha256 = hex(&self.hasher.finalize());
        r.kind = match sniff(&self.head) {
            Sniffed::Kind(k) => Some(k),
            Sniffed::Unknown => None,
            Sniffed::Zip if r.size > self.limit => None,
            Sniffed::Zip => match r.tmp.clone() {
                Some(tmp) => tokio::task::spawn_blocking(move || zip_kind(&tmp))
                    .await
                    .unwrap_or(None),
                None => None,
            },
        };
        Ok(r)
    }
}

/// Which Office file a ZIP container is, from its directory (no entry is decompressed).
fn zip_kind(path: &Path) -> Option<FileKind> {
    let file = std::fs::File::open(path).ok()?;
    let archive = zip::ZipArchive::new(file).ok()?;
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    office_kind(names.iter().map(String::as_str))
}

/// A file received in full (or cut at the limit), waiting to be recorded.
#[derive(Debug)]
pub struct Received {
    tmp: Option<PathBuf>,
    /// The name the sender gave it (checked by `domain::file::FileInput::validate`).
    pub name: String,
    pub size: u64,
    pub sha256: String,
    pub kind: Option<FileKind>,
}

impl Received {
    /// The facts the domain checks.
    pub fn input(&self) -> domain::file::FileInput {
        domain::file::FileInput {
            name: self.name.clone(),
            size: self.size,
            kind: self.kind,
            sha256: self.sha256.clone(),
        }
    }
}

impl Drop for Received {
    fn drop(&mut self) {
        if let Some(tmp) = self.tmp.take() {
            let _ = std::fs::remove_file(tmp);
        }
    }
}
