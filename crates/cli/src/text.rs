//! `dondoc text …` and `dondoc plan …`: Vietnamese document tools on the command line. Their
//! JSON output is a stable interface that scripts and checks depend on.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::Subcommand;
use serde_json::json;

#[derive(Subcommand)]
pub enum TextCommand {
    /// Find document references in UTF-8 text read from stdin; prints a JSON array.
    Refs,
    /// Read a deadline phrase: prints {"due"} or {"recurrence"}, with "ambiguous" and "note".
    Deadline {
        phrase: String,
        /// The plan's issue date, for phrases without a year.
        #[arg(long)]
        issued: Option<NaiveDate>,
    },
    /// Parse and normalise a document symbol.
    Symbol { symbol: String },
}

#[derive(Subcommand)]
pub enum PlanCommand {
    /// Extract a plan's (or conclusion notice's) header and tasks from a .txt, .docx, PDF
    /// or scanned image (PNG, JPEG, TIFF; read by OCR); prints JSON.
    Extract { file: PathBuf },
}

fn print(v: &impl serde::Serialize) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

pub fn run_text(cmd: TextCommand) -> Result<ExitCode> {
    match cmd {
        TextCommand::Refs => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context("reading UTF-8 text from stdin")?;
            let refs: Vec<_> = vntext::refs::extract_refs(&text).iter().map(|r| r.to_cli()).collect();
            print(&refs)?;
        }
        TextCommand::Deadline { phrase, issued } => match vntext::parse_deadline(&phrase, issued) {
            Ok(d) => {
                let mut v = match d.value {
                    vntext::DeadlineValue::Due(date) => json!({ "due": date.format("%Y-%m-%d").to_string() }),
                    vntext::DeadlineValue::Recurrence(r) => json!({ "recurrence": r.as_str() }),
                };
                v["ambiguous"] = json!(d.ambiguous);
                v["note"] = json!(d.note);
                print(&v)?;
            }
            Err(e) => {
                eprintln!("{e}");
                return Ok(ExitCode::from(1));
            }
        },
        TextCommand::Symbol { symbol } => match vntext::parse_symbol(&symbol) {
            Ok(p) => print(&p)?,
            Err(e) => {
                eprintln!("{e}");
                return Ok(ExitCode::from(1));
            }
        },
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_plan(cmd: PlanCommand) -> Result<ExitCode> {
    match cmd {
        PlanCommand::Extract { file } => {
            let bytes = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let name = file.file_name().and_then(|n| n.to_str());
            let text = match docread::read_text(&bytes, name) {
                Ok(extracted) => extracted.text,
                Err(e) => {
                    eprintln!("{e}\n{}", e.message_en());
                    return Ok(ExitCode::from(1));
                }
            };
            print(&vntext::plan::extract_plan(&text).to_cli())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
