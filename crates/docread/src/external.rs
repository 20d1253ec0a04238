//! Running poppler (`pdftotext`, `pdftoppm`) and Tesseract as child processes on
//! temporary files, since they read files and write text to stdout.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::ReadError;

/// Resolution for rendering scanned PDF pages before OCR.
const OCR_DPI: &str = "300";

pub(crate) fn has_program(name: &str) -> bool {
    Command::new(name).arg("-v").output().is_ok()
}

pub(crate) fn tesseract_has_vie() -> bool {
    Command::new("tesseract")
        .arg("--list-langs")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == "vie"))
}

/// A temporary directory removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<Self, ReadError> {
        static N: AtomicU64 = AtomicU64::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("docread-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| ReadError::Io(e.to_string()))?;
        Ok(Self(dir))
    }

    fn write(&self, name: &str, bytes: &[u8]) -> Result<PathBuf, ReadError> {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).map_err(|e| ReadError::Io(e.to_string()))?;
        Ok(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(program: &'static str, args: &[&std::ffi::OsStr]) -> Result<String, ReadError> {
    let out = Command::new(program).args(args).output().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ReadError::MissingProgram(program),
        _ => ReadError::ProgramFailed(program, e.to_string()),
    })?;
    if !out.status.success() {
        let msg = String::from_utf8_lossy(&out.stderr).trim().chars().take(300).collect();
        return Err(ReadError::ProgramFailed(program, msg));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `pdftotext -layout in.pdf -`: pages separated by form feeds.
pub(crate) fn pdf_to_text(bytes: &[u8]) -> Result<String, ReadError> {
    let dir = TempDir::new()?;
    let pdf = dir.write("in.pdf", bytes)?;
    run(
        "pdftotext",
        &[
            "-layout".as_ref(),
            "-enc".as_ref(),
            "UTF-8".as_ref(),
            pdf.as_os_str(),
            "-".as_ref(),
        ],
    )
}

fn tesseract(image: &Path) -> Result<String, ReadError> {
    if !tesseract_has_vie() {
        return Err(if has_program("tesseract") {
            ReadError::MissingProgram("tesseract-ocr-vie")
        } else {
            ReadError::MissingProgram("tesseract")
        });
    }
    // --psm 4: a single column of text of variable sizes, the layout of a plan.
    run(
        "tesseract",
        &[
            image.as_os_str(),
            "-".as_ref(),
            "-l".as_ref(),
            "vie".as_ref(),
            "--psm".as_ref(),
            "4".as_ref(),
        ],
    )
}

pub(crate) fn ocr_image(bytes: &[u8]) -> Result<String, ReadError> {
    let dir = TempDir::new()?;
    let img = dir.write("scan.img", bytes)?;
    tesseract(&img)
}

/// Renders each page (`pdftoppm -r 300 -png`) and reads it with Tesseract.
pub(crate) fn ocr_pdf(bytes: &[u8]) -> Result<String, ReadError> {
    let dir = TempDir::new()?;
    let pdf = dir.write("in.pdf", bytes)?;
    let prefix = dir.0.join("page");
    run(
        "pdftoppm",
        &[
            "-r".as_ref(),
            OCR_DPI.as_ref(),
            "-png".as_ref(),
            pdf.as_os_str(),
            prefix.as_os_str(),
        ],
    )?;
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir.0)
        .map_err(|e| ReadError::Io(e.to_string()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "png"))
        .collect();
    pages.sort();
    let mut text = String::new();
    for p in &pages {
        text.push_str(&tesseract(p)?);
        text.push('\n');
    }
    Ok(text)
}
