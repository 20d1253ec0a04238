//! Measures the engine on the held-out real sets: `testdata/real/heldout/` (passages from
//! public Vietnamese pages outside the set the engine was first tuned on; all of it is now
//! development data — its former test half was measured once and then folded in) and
//! `testdata/real/unseen/` (gathered and labelled afterwards, measured once, not tuned on;
//! spent by the third round), `testdata/real/unseen2/` (task lists only; spent by the fourth),
//! `testdata/real/unseen3/` (task lists only; spent by the fifth), `testdata/real/unseen4/`
//! (task lists only; spent by the sixth), `testdata/real/unseen5/` (task lists only; spent by
//! the seventh), `testdata/real/unseen6/` (task lists only; spent by the eighth) and
//! `testdata/real/unseen7/` (task lists only; spent by the ninth) and `testdata/real/unseen8/`
//! (task lists only; measured before and after the ninth round; spent by the tenth) and
//! `testdata/real/unseen9/` (task lists only; measured before and after the tenth round; spent
//! by the eleventh) and `testdata/real/unseen10/` (task lists only; measured before and after
//! the eleventh round; spent by the twelfth) and `testdata/real/unseen11/` (task lists only;
//! measured before and after the twelfth round; spent by the thirteenth) and
//! `testdata/real/unseen12/` (task lists only; measured before and after the thirteenth round,
//! spent by the seventeenth) and `testdata/real/unseen17/` (task lists only; measured before and
//! after the seventeenth round, then spent) and `testdata/real/unseen18/` (task lists only;
//! measured before and after the eighteenth round, then spent) and `testdata/real/unseen19/`
//! (task lists only; measured before and after the nineteenth round, then spent).
//! Run with `--nocapture` to see the figures and every failure.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use chrono::NaiveDate;
use serde_json::Value;
use vntext::fold;
use vntext::plan::extract_plan;

mod measure;
use measure::{deadline_answer, expected_refs, found_refs, score};

fn read(set: &str, name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("testdata/real")
        .join(set)
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Precision and recall of references (symbol and date) on one split.
fn references(set: &str, split: &str) -> (f64, f64, usize) {
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut failures = Vec::new();
    for line in read(set, "refs.jsonl").lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        if case["split"] != split {
            continue;
        }
        let text = case["text"].as_str().unwrap_or_default();
        let expected = expected_refs(&case);
        let found = found_refs(text);
        let (t, extra, missing) = score(&found, &expected);
        tp += t;
        fp += extra.len();
        fn_ += missing.len();
        if !extra.is_empty() || !missing.is_empty() {
            let snippet: String = text.chars().take(70).collect();
            failures.push(format!("+{extra:?} -{missing:?} ⇐ {snippet:?}"));
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "[{split}] references: {} labelled, P={p:.4} R={r:.4} (tp {tp} fp {fp} fn {fn_})",
        tp + fn_
    );
    for f in &failures {
        println!("  {f}");
    }
    (p, r, tp + fn_)
}

/// Share of deadline phrases read right on one split.
fn deadlines(set: &str, split: &str) -> (f64, usize) {
    let (mut total, mut right) = (0, 0);
    for line in read(set, "deadlines.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let [phrase, issued, expected, line_split, ..] = cols.as_slice() else {
            panic!("bad line {line}");
        };
        if *line_split != split {
            continue;
        }
        let issued = NaiveDate::parse_from_str(issued, "%Y-%m-%d").ok();
        let got = deadline_answer(phrase, issued);
        total += 1;
        if got == *expected {
            right += 1;
        } else {
            println!("  {phrase:?} (issued {issued:?}): expected {expected}, got {got}");
        }
    }
    let accuracy = right as f64 / total.max(1) as f64;
    println!("[{split}] deadlines: {total} phrases, {right} right, accuracy={accuracy:.4}");
    (accuracy, total)
}

/// Share of labelled tasks whose lead and deadline are right, on one split's task lists.
fn task_lists(set: &str, split: &str) -> (f64, usize) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("testdata/real")
        .join(set)
        .join("plans");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_string))
        .filter(|n| n.starts_with(&format!("{split}_")))
        .collect();
    names.sort();
    let (mut total, mut right, mut extra) = (0, 0, 0);
    for name in &names {
        let expected: Value = serde_json::from_str(&read(set, &format!("plans/{name}.expected.json")))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        // As the CLI reads a plan file: through `repair_ocr` (docread does it). A list the
        // engine panics on counts all its tasks as missed (and says so), so that one crash
        // does not hide the figure of the rest of the set.
        let text = vntext::repair_ocr(&read(set, &format!("plans/{name}.txt")));
        let Ok(plan) = std::panic::catch_unwind(|| extract_plan(&text).to_cli()) else {
            let n = expected["tasks"].as_array().map_or(0, Vec::len);
            total += n;
            println!("  {name}: the engine panicked; its {n} tasks count as missed");
            continue;
        };
        let mut used = vec![false; plan.tasks.len()];
        for e in expected["tasks"].as_array().into_iter().flatten() {
            total += 1;
            let key = fold(e["title_has"].as_str().unwrap_or_default());
            let Some(k) = (0..plan.tasks.len()).find(|&i| !used[i] && fold(&plan.tasks[i].title).contains(&key)) else {
                println!("  {name}: missing task {key:?}");
                continue;
            };
            used[k] = true;
            let t = &plan.tasks[k];
            let lead_ok = t.lead.as_deref().map(fold) == e["lead"].as_str().map(fold);
            let due_ok = t.due.as_deref() == e["due"].as_str() && t.recurrence == e["recurrence"].as_str();
            if lead_ok && due_ok {
                right += 1;
            } else {
                println!(
                    "  {name} {key:?}: lead {:?} due {:?} recurrence {:?}; expected {e}",
                    t.lead, t.due, t.recurrence
                );
            }
        }
        for (i, t) in plan.tasks.iter().enumerate().filter(|(i, _)| !used[*i]) {
            extra += 1;
            println!("  {name}: extra task #{i} {:?} lead {:?}", t.title, t.lead);
        }
    }
    let accuracy = right as f64 / total.max(1) as f64;
    println!(
        "[{split}] task lists: {} lists, {total} tasks, {right} with right lead and deadline (accuracy={accuracy:.4}), {extra} extra",
        names.len()
    );
    (accuracy, names.len())
}

/// Figures of one split of a set: references (P, R), deadlines, tasks.
fn measure(set: &str, split: &str, min: (usize, usize, usize)) -> (f64, f64, f64, f64) {
    let (p, r, refs) = references(set, split);
    let (deadline_accuracy, phrases) = deadlines(set, split);
    let (task_accuracy, lists) = task_lists(set, split);
    assert!(
        refs >= min.0 && phrases >= min.1 && lists >= min.2,
        "[{set}/{split}] set too small"
    );
    (p, r, deadline_accuracy, task_accuracy)
}

/// The held-out set, now development data: the goals of issue 15 hold.
#[test]
fn heldout_dev() {
    let (p, r, deadlines, tasks) = measure("heldout", "dev", (270, 55, 11));
    assert!(p >= 0.98 && r >= 0.95, "[dev] references P={p:.4} R={r:.4}");
    assert!(deadlines >= 0.95, "[dev] deadlines {deadlines:.4}");
    assert!(tasks >= 0.90, "[dev] tasks {tasks:.4}");
}

/// The unseen set, labelled before any run and measured once (docs/vntext.md): references
/// P 0.9835 R 0.9675, deadlines 0.9667, tasks 0.5556 (10 of 18). Its task misses were read
/// and fixed by kind in the third round (it is spent: 18 of 18 since); this guards those
/// figures against regressions.
#[test]
fn unseen_floor() {
    let (p, r, deadlines, tasks) = measure("unseen", "test", (120, 30, 12));
    assert!(p >= 0.983 && r >= 0.967, "[unseen] references P={p:.4} R={r:.4}");
    assert!(deadlines >= 0.966, "[unseen] deadlines {deadlines:.4}");
    assert!(tasks >= 0.94, "[unseen] tasks {tasks:.4}");
}

/// The unseen2 task-list set (third round), labelled before any run and measured before
/// and after that round: 0.5000 and 0.5333 (16 of 30). Its misses were read and fixed by
/// kind in the fourth round (it is spent: 30 of 30 since); this guards that figure.
#[test]
fn unseen2_floor() {
    task_list_floor("unseen2", 18, 0.96);
}

/// The unseen3 task-list set (fourth round), measured before and after that round: 0.3778
/// and 0.4444 (20 of 45). Its misses were read and fixed by kind in the fifth round (it is
/// spent: 41 of 45 since); this guards that figure.
#[test]
fn unseen3_floor() {
    task_list_floor("unseen3", 20, 0.88);
}

/// The unseen4 task-list set (fifth round), measured before and after that round: 0.5000
/// and 0.5000 (18 of 36, CLI). Its misses were read and fixed by kind in the sixth round (it
/// is spent: 33 of 36 since, library level); this guards that figure.
#[test]
fn unseen4_floor() {
    task_list_floor("unseen4", 20, 0.90);
}

/// A spent task-list set keeps at least `lists` lists and scores at least `floor`.
fn task_list_floor(set: &str, lists: usize, floor: f64) {
    let (tasks, n) = task_lists(set, "test");
    assert!(n >= lists, "[{set}] set too small");
    assert!(tasks >= floor, "[{set}] tasks {tasks:.4}");
}

/// The unseen5 task-list set (sixth round), measured before and after that round: 0.3404
/// and 0.4043 (19 of 47). Its misses were read and fixed by kind in the seventh round (it is
/// spent: 41 of 47 since); this guards that figure.
#[test]
fn unseen5_floor() {
    task_list_floor("unseen5", 20, 0.87);
}

/// The unseen6 task-list set (seventh round), measured before and after that round: 0.4444
/// and 0.5111 (23 of 45). Its misses were read and fixed by kind in the eighth round (it is
/// spent: 38 of 45 since); this guards that figure.
#[test]
fn unseen6_floor() {
    task_list_floor("unseen6", 20, 0.84);
}

/// The unseen7 task-list set (eighth round), measured before and after that round: 0.4355
/// and 0.4516 (28 of 62). Its misses were read in the ninth round, which fixed the classes
/// that recur across rounds (it is spent: 34 of 62 since); this guards that figure.
#[test]
fn unseen7_floor() {
    task_list_floor("unseen7", 20, 0.54);
}

/// The unseen8 task-list set (ninth round), measured before and after that round: 0.4000
/// and 0.4167 (25 of 60). The tenth round used it as development and training data (it is
/// spent: 28 of 60 since, in-sample for the lead model); this guards that figure.
#[test]
fn unseen8_floor() {
    task_list_floor("unseen8", 25, 0.46);
}

/// The unseen9 task-list set (tenth round), measured before and after that round: 0.5077 and
/// 0.5077 (33 of 65). The eleventh round used it as development and training data (it is
/// spent: 34 of 65 since, in-sample for the lead model); this guards that figure.
#[test]
fn unseen9_floor() {
    task_list_floor("unseen9", 30, 0.52);
}

/// The unseen10 task-list set (eleventh round), measured before and after that round: 0.6129
/// and 0.6774 (42 of 62). The twelfth round used it as development and training data for the
/// task/not-task decision (it is spent); this guards that figure.
#[test]
fn unseen10_floor() {
    task_list_floor("unseen10", 30, 0.67);
}

/// The unseen11 task-list set (twelfth round), measured before and after that round: 0.5000
/// and 0.5000 (30 of 60). The thirteenth round used it in its cross-validation (it is spent);
/// this guards that figure.
#[test]
fn unseen11_floor() {
    task_list_floor("unseen11", 25, 0.50);
}

/// The unseen11 task-list set (twelfth round), labelled before any run and measured before and
/// after that round (`testdata/real/unseen11/MEASURED_*.txt`); it is neither tuned nor trained
/// on, so only its size is asserted here. Run with `--nocapture` for the figure.
#[test]
fn unseen11_measured() {
    let (tasks, lists) = task_lists("unseen11", "test");
    println!("[unseen11] tasks {tasks:.4}");
    assert!(lists >= 25, "[unseen11] set too small");
}

/// Twenty-first round: a set weighted as real plans are (122 set, 54 cited of 176), the Official
/// Gazette's text of central documents and a province's 2026 plan table; 0.7045 before, 0.8750
/// after (154 of 176); 0.9148 (161) since the twenty-second round (acts told as done); 0.9205
/// (162) since the twenty-third round relabelled a deadline a told act set for others (set), 0.9261
/// (163) after that round's rules.
#[test]
fn unseen21d_deadlines() {
    deadline_floor("unseen21d", 0.92);
}

/// Twenty-second round: a commune's 2026 election file (Front committees of a commune, a ward and
/// a province, an election committee; code-page-broken extractions; 2025 laws) and a district's
/// calendar and document titles; 80 set, 72 cited of 152. 0.7697 before, 0.9539 after (145 of 152).
#[test]
fn unseen22d_deadlines() {
    deadline_floor("unseen22d", 0.95);
}

/// Twenty-third round: Party committees and cells, periodic regimes, commune reports mixing cited
/// and set dates, the 2025 reorganisation's timetable; 53 set, 101 cited of 154. Measured before
/// the round's rules: 0.5779 (89 of 154), 0.6364 (98) once twelve labels were brought to the
/// conventions; 0.7987 (123) after (in sample).
#[test]
fn unseen23d_deadlines() {
    deadline_floor("unseen23d", 0.79);
}

/// The unseen12 task-list set (thirteenth round), labelled before any run and measured before
/// and after that round (`testdata/real/unseen12/MEASURED_*.txt`); it is neither tuned nor
/// trained on, so only its size is asserted here. Run with `--nocapture` for the figure.
#[test]
fn unseen12_measured() {
    let (tasks, lists) = task_lists("unseen12", "test");
    println!("[unseen12] tasks {tasks:.4}");
    assert!(lists >= 25, "[unseen12] set too small");
}

/// The unseen13r references set (fourteenth round): 78 passages, 324 references from public
/// pages, labelled before any run and measured before and after that round
/// (`testdata/real/unseen13r/MEASURED_*.txt`), then its misses fixed by kind, so it is spent.
/// Scored as `measure_cli.py` scores it: a reference is right when its symbol and its date are
/// right.
#[test]
fn unseen13r_references() {
    let (p, r, refs) = references("unseen13r", "test");
    assert!(refs >= 300, "[unseen13r] set too small");
    // Before the round P 1.0000 R 0.9907 (3 missed); after it P 1.0000 R 1.0000. The floor
    // allows one error of each kind.
    assert!(p >= 0.996 && r >= 0.996, "[unseen13r] references P={p:.4} R={r:.4}");
}

/// The unseen15r references set (fifteenth round): 61 passages, 114 references from public pages
/// of local Party committees, blocs, hospitals, the Youth Union and news prose (12 passages as
/// tesseract OCR of rendered scans), labelled before any run and measured before and after the
/// round (`testdata/real/unseen15r/MEASURED_*.txt`). Scored as `measure_cli.py` scores it.
#[test]
fn unseen15r_references() {
    let (p, r, refs) = references("unseen15r", "test");
    assert!(refs >= 120, "[unseen15r] set too small");
    // Before the round P 0.9508 R 0.9355 (6 misread, 8 missed); after it P 1.0000 R 0.9919 (the
    // one left is a mention OCR destroyed). The floor allows one more error of each kind.
    assert!(p >= 0.99 && r >= 0.98, "[unseen15r] references P={p:.4} R={r:.4}");
}

/// The unseen16r references set (sixteenth round): 55 passages, 151 references from public pages
/// (local Party committees, mass organisations, news prose, legal databases, raw HTML; 10
/// passages as tesseract OCR of rendered scans), labelled before any run and measured before and
/// after the round (`testdata/real/unseen16r/MEASURED_*.txt`). Scored as `measure_cli.py` scores it.
#[test]
fn unseen16r_references() {
    let (p, r, refs) = references("unseen16r", "test");
    assert!(refs >= 150, "[unseen16r] set too small");
    // Before the round P 0.9184 R 0.8940 (12 misread or extra, 16 missed); after it P 0.9801
    // R 0.9801 (left: a joint regulation's two-slash number "01/QCPH/UBND-UBMTTQ", OCR's "TTLI"
    // for "TTLT", a header date inside raw HTML table cells); 0.9868 / 0.9868 after the
    // seventeenth round (its OCR rule reads "TTLI"). The floor allows one more error of each kind.
    assert!(p >= 0.97 && r >= 0.97, "[unseen16r] references P={p:.4} R={r:.4}");
}

/// The unseen17r references set (seventeenth round): 50 passages, 165 references from public pages
/// (National Assembly laws and resolutions, joint circulars, the Supreme Court and Procuracy, Social
/// Security, the State Bank, provinces and communes after the 2025 merger, UPPER-CASE titles, '|'
/// table cells; 11 passages as tesseract OCR of rendered scans), labelled before any run and
/// measured before and after the round (`testdata/real/unseen17r/MEASURED_*.txt`). Scored as
/// `measure_cli.py` scores it.
#[test]
fn unseen17r_references() {
    let (p, r, refs) = references("unseen17r", "test");
    assert!(refs >= 150, "[unseen17r] set too small");
    // Before the round P 0.9444 R 0.9273 (9 misread or extra, 12 missed); after it P 0.9939
    // R 0.9939 (left: OCR's doubled letter in an issuer, "1473/BTP-CNTTT"). The floor allows one
    // more error of each kind.
    assert!(p >= 0.98 && r >= 0.98, "[unseen17r] references P={p:.4} R={r:.4}");
}

/// The unseen18r references set (eighteenth round): 65 passages, 158 references — Party cells,
/// commune and ward Party committees after the 2025 merger, inspection commissions, army, police,
/// school and enterprise Party committees, the Youth Union and other mass organisations, mostly
/// quoted inside public GitHub files (JSON, JSX, HTML entities, SQL and tab-separated dumps,
/// Markdown tables); 13 passages as tesseract OCR of rendered scans. Labelled before any run and
/// measured before and after the round (`testdata/real/unseen18r/MEASURED_*.txt`). Scored as
/// `measure_cli.py` scores it.
#[test]
fn unseen18r_references() {
    let (p, r, refs) = references("unseen18r", "test");
    assert!(refs >= 150, "[unseen18r] set too small");
    println!("[unseen18r] references P={p:.4} R={r:.4}");
    // Before the round P 0.9145 R 0.8797 (13 misread or extra, 19 missed); after it P 0.9937
    // R 0.9937 (left: OCR's inserted "-T" after an issuer, "2906/KH-ĐHCT-T"). The floor allows
    // one more error of each kind.
    assert!(p >= 0.98 && r >= 0.98, "[unseen18r] references P={p:.4} R={r:.4}");
}

/// The unseen19r references set (nineteenth round): 51 passages, 167 references — old symbol
/// shapes of 1957–2005 ("35-CP", "15/CP", "182/HĐBT", "426/TTg", "QĐ-UB", "QĐ.UB", "TC/TCT"),
/// ministries' circulars, provincial People's Council resolutions, Party documents around the
/// 2025 merger, citations in Markdown tables and legal databases' lists, Căn cứ chains, "ban hành
/// kèm theo", UPPER-CASE titles; 9 passages as tesseract OCR of rendered scans and 5 as
/// pdftotext output of PDFs printed by LibreOffice. Labelled before any run and measured before
/// and after the round (`testdata/real/unseen19r/MEASURED_*.txt`). Scored as `measure_cli.py`
/// scores it.
#[test]
fn unseen19r_references() {
    let (p, r, refs) = references("unseen19r", "test");
    assert!(refs >= 150, "[unseen19r] set too small");
    println!("[unseen19r] references P={p:.4} R={r:.4}");
    // Before the round P 0.8533 R 0.7665 with the first labels (P 0.8667 R 0.7784 with three
    // labels brought to the earlier sets' convention); after it P 1.0000 R 0.9880 (left: a PDF
    // column that split "138-" from "QĐ", and "Sắc lệnh 135SL/GD" with the type glued). The
    // floor allows a few more errors of each kind.
    assert!(p >= 0.98 && r >= 0.97, "[unseen19r] references P={p:.4} R={r:.4}");
}

/// The unseen20r references set (twentieth round): 59 passages, 161 references — a scanned case
/// file of the Long An labour department (2005–2012) read by an OCR model, district and commune
/// People's Committees' decisions, a court judgment as PDF text, procuracy, enforcement, the Youth
/// Union, women's, farmers' and students' associations, trade unions, the Fatherland Front,
/// "kèm theo", amendments, lists; 5 passages as tesseract OCR and 5 as pdftotext output. Labelled
/// before any run and measured before and after the round (`testdata/real/unseen20r/MEASURED_*.txt`).
/// Scored as `measure_cli.py` scores it.
#[test]
fn unseen20r_references() {
    let (p, r, refs) = references("unseen20r", "test");
    assert!(refs >= 150, "[unseen20r] set too small");
    println!("[unseen20r] references P={p:.4} R={r:.4}");
    // Before the round P 0.8742 R 0.8199; after it P 0.9752 R 0.9752 (left: four OCR letter
    // misreads — "650/TCV-", "312 /TT-Tr-", "TTrg", "HĐTTP"; round 21 reads "312 /TT-Tr-", P = R =
    // 0.9814).
    // The floor allows a few more errors of each kind.
    assert!(p >= 0.96 && r >= 0.96, "[unseen20r] references P={p:.4} R={r:.4}");
}

/// The unseen21r references set (twenty-first round): 49 passages, 197 references — a Lào Cai
/// office's notes (tables, the province's directives), Hà Nội, Thanh Hóa and Quảng Ngãi Party
/// programmes and guides, university and residential-group Party committees and cells, National
/// Assembly laws, decrees and circulars in applications' legal bases and records, People's
/// Councils' resolutions, tax letters, an army unit's register of documents (dates in their own
/// field); 5 passages as tesseract OCR and 5 as pdftotext output. Labelled before any run and
/// measured before and after the round (`testdata/real/unseen21r/MEASURED_*.txt`). Scored as
/// `measure_cli.py` scores it.
#[test]
fn unseen21r_references() {
    let (p, r, refs) = references("unseen21r", "test");
    assert!(refs >= 150, "[unseen21r] set too small");
    println!("[unseen21r] references P={p:.4} R={r:.4}");
    // Before the round P 0.7835 R 0.7716; after it P 0.9795 R 0.9695 (left: one table printed to
    // PDF whose narrow cells pdftotext interleaves line by line — a column-aware reading of
    // `-layout` output, not a symbol rule). The floor allows a few more errors of each kind.
    assert!(p >= 0.96 && r >= 0.95, "[unseen21r] references P={p:.4} R={r:.4}");
}

/// The unseen22r references set (twenty-second round): 52 passages, 202 references — joint
/// circulars of two to six bodies, ministries' decisions and circulars in applications' legal bases
/// and records (named date fields), a ward's and a commune's letters and plans, a ward Party
/// committee's decisions with bracketed dates, schools and universities, amended acts, People's
/// Council resolutions amended, markup (entities, Word HTML, escapes); 4 passages as tesseract OCR
/// and 5 as pdftotext output. Labelled before any run and measured before and after the round
/// (`testdata/real/unseen22r/MEASURED_*.txt`). Scored as `measure_cli.py` scores it.
#[test]
fn unseen22r_references() {
    let (p, r, refs) = references("unseen22r", "test");
    assert!(refs >= 200, "[unseen22r] set too small");
    println!("[unseen22r] references P={p:.4} R={r:.4}");
    // Before the round P 0.9643 R 0.9356; after it P 0.9745 R 0.9455; after round 23 (its cut
    // joint-circular number relabelled a reference by the written convention; entity slashes,
    // underscores, a comma list's bracketed date and a header in quoted pieces read) P 0.9950
    // R 0.9803 — left: PDF table cells. The floor allows a few errors of each kind.
    assert!(p >= 0.98 && r >= 0.97, "[unseen22r] references P={p:.4} R={r:.4}");
}

/// The unseen23r references set (twenty-third round): 59 passages, 215 references from 59 public
/// web pages (legal databases' copies of provincial and ministry documents, a commune council, a
/// commune school, a district education office, Party conclusions and rules, the taxation, social
/// security, health, police, defence, State Bank, procuracy and social policy bank's documents,
/// metadata blocks in every layout, effect-history registers, upper-case titles, garbled dates); 4
/// passages as tesseract OCR and 5 as pdftotext output. Labelled before any run and measured before
/// and after the round (`testdata/real/unseen23r/MEASURED_*.txt`). Scored as `measure_cli.py`
/// scores it.
#[test]
fn unseen23r_references() {
    let (p, r, refs) = references("unseen23r", "test");
    assert!(refs >= 200, "[unseen23r] set too small");
    println!("[unseen23r] references P={p:.4} R={r:.4}");
    // Before the round P 0.9765 R 0.9674 (0.9812 / 0.9721 with its one label brought to round 19's
    // dot convention); after it P 1.0000 R 1.0000 (in-sample). The floor allows a few errors.
    assert!(p >= 0.98 && r >= 0.97, "[unseen23r] references P={p:.4} R={r:.4}");
}

/// A fresh deadline set (rounds 14–18): at least 150 phrases from public pages new to the
/// repository, labelled by hand before any run, measured before and after its round
/// (`testdata/real/<set>/MEASURED_*.txt`, `docs/vntext-rounds.md`), then spent. Scored as
/// `measure_cli.py` scores deadlines: the due date, the recurrence's code or `err` equals the
/// label. The floor sits just below the figure after the round.
fn deadline_floor(set: &str, floor: f64) {
    let (accuracy, total) = deadlines(set, "test");
    assert!(total >= 150, "[{set}] set too small: {total}");
    assert!(accuracy >= floor, "[{set}] deadlines {accuracy:.4}");
}

/// Fourteenth round: 0.8831 before, 0.9935 after (153 of 154).
#[test]
fn unseen13d_deadlines() {
    deadline_floor("unseen13d", 0.99);
}

/// Fifteenth round: 0.9351 before, 0.9870 after (152 of 154).
/// Twenty-second round: 0.9740 (150 of 154) after two narrated acts were relabelled cited (`err`)
/// by the labelling convention of that round (docs/vntext.md, "Labelling conventions").
#[test]
fn unseen15d_deadlines() {
    deadline_floor("unseen15d", 0.97);
}

/// Sixteenth round: 0.8148 before, 0.9815 after (159 of 162).
/// Twenty-second round: 0.9444 (153 of 162) after seven narrated acts were relabelled cited.
/// Twenty-third round: 0.9630 (156) after that round's rules (told meetings, results reported).
#[test]
fn unseen16d_deadlines() {
    deadline_floor("unseen16d", 0.96);
}

/// Seventeenth round: 0.8734 before, 0.9937 after (157 of 158); 158 of 158 since the eighteenth
/// round (a cited date alone is no deadline).
/// Twenty-second round: 0.8797 (139 of 158) after nineteen narrated acts were relabelled cited,
/// 0.9304 (147) after that round's rules (acts told as done); 0.9684 (153) after the twenty-third
/// round's rules.
#[test]
fn unseen17d_deadlines() {
    deadline_floor("unseen17d", 0.96);
}

/// Eighteenth round: 0.8377 before, 0.9675 after (149 of 154); 0.9740 (150) since the
/// twenty-first round (a state before a day: "được công nhận … trước 15-10-1993").
/// Twenty-second round: 0.7403 (114 of 154) after thirty-seven narrated acts were relabelled cited,
/// 0.8506 (131) after that round's rules; 0.9286 (143) after the twenty-third round's rules.
#[test]
fn unseen18d_deadlines() {
    deadline_floor("unseen18d", 0.92);
}

/// Nineteenth round: 0.7727 before, 0.8182 after (126 of 154); 0.8506 (131) since the twentieth
/// round (dates cited, not set), 0.8571 (132) since the twenty-first (a count from an event).
/// Twenty-second round: 0.8117 (125 of 154) after eight narrated acts were relabelled cited,
/// 0.8377 (129) after that round's rules.
#[test]
fn unseen19d_deadlines() {
    deadline_floor("unseen19d", 0.83);
}

/// Twentieth round: a set weighted toward dates cited, not set (90 of 157 labelled `err`), from
/// whole documents; 0.5478 before, 0.8217 after (129 of 157); 0.8344 (131) since the twenty-second
/// round. Twenty-third round: 0.8217 (129) after two deadlines that a told act set for others were
/// relabelled set (docs/vntext.md, "Labelling conventions"); 0.8280 (130) after that round's rules.
#[test]
fn unseen20d_deadlines() {
    deadline_floor("unseen20d", 0.82);
}

/// The unseen12 task-list set (thirteenth round), measured before and after that round: 0.5135
/// and 0.5135 (38 of 74). The seventeenth round read its misses with unseen17's (it is spent);
/// this guards that figure.
#[test]
fn unseen12_floor() {
    task_list_floor("unseen12", 25, 0.51);
}

/// The unseen17 task-list set (seventeenth round, task lists): 35 lists / 85 tasks from public
/// pages (conclusion notices, letters, decisions' articles, news summaries), labelled before any
/// run (`testdata/real/unseen17/SOURCES.md`), measured before and after the round: 0.5765 (49 of
/// 85) and 0.6941 (59 of 85; `MEASURED_*.txt`). Its misses were read and fixed by kind in that
/// round (it is spent); this guards that figure.
#[test]
fn unseen17_floor() {
    task_list_floor("unseen17", 25, 0.69);
}

/// The unseen18 task-list set (eighteenth round, task lists): 25 lists / 96 tasks —
/// implementation sections of plans, directives and conclusion notices from a public
/// repository's corpus and orders from public pages — labelled before any run
/// (`testdata/real/unseen18/SOURCES.md`), measured before and after the round: 0.3646 (35 of
/// 96) and 0.7188 (69 of 96; `MEASURED_*.txt`). Its misses were read and fixed by kind in that
/// round (it is spent); this guards that figure.
#[test]
fn unseen18_floor() {
    task_list_floor("unseen18", 25, 0.71);
}

/// The unseen19 task-list set (nineteenth round, task lists): 20 lists / 88 tasks —
/// implementation sections, decisions' and resolutions' Điều 2/3 and a conclusion notice of
/// provincial issuers no earlier set used (a public corpus), and 2018–2025 telegrams and orders
/// quoted in public GitHub files — labelled before any run (`testdata/real/unseen19/SOURCES.md`),
/// measured before and after the round: 0.5568 (49 of 88) and 0.7727 (68 of 88;
/// `MEASURED_*.txt`). Its misses were read and fixed by kind in that round (it is spent); this
/// guards that figure.
#[test]
fn unseen19_floor() {
    task_list_floor("unseen19", 20, 0.77);
}

/// The unseen20 task-list set (twentieth round, task lists): 20 lists / 89 tasks — closing
/// and implementation articles of central texts (directives, Government Office letters, a
/// steering board's plan, decrees), Sơn La's 2023 plan, seven provinces' People's Councils'
/// resolutions with the page's hard line breaks, and a police university's regulation
/// (`testdata/real/unseen20/SOURCES.md`), labelled before any run, measured before and after
/// the round: 0.5955 (53 of 89) and 0.7528 (67 of 89; `MEASURED_*.txt`). Its misses were read
/// and fixed by kind in that round (it is spent); this guards that figure.
#[test]
fn unseen20_floor() {
    task_list_floor("unseen20", 20, 0.75);
}

/// The unseen21 task-list set (twenty-first round, task lists): 16 lists / 133 tasks — 2025
/// implementation sections of merged provinces' plans and a directive, the Government Office's
/// conclusion notices, a Politburo conclusion, the Central Party Office's conclusion and a
/// ministry's plan, with the page's hard line breaks (`testdata/real/unseen21/SOURCES.md`),
/// labelled before any run, measured before and after the round: 0.3383 (45 of 133) and 0.9098
/// (121 of 133; `MEASURED_*.txt`). Its misses were read and fixed by kind in that round (it is
/// spent); this guards that figure.
#[test]
fn unseen21_floor() {
    task_list_floor("unseen21", 16, 0.90);
}

/// The unseen22 task-list set (twenty-second round, task lists): 13 lists / 100 tasks — a
/// commune's, a ward's and a province's Fatherland Front election plans of 2025–2026 (the
/// field form, doers named by their post, two lists as tesseract OCR) and two provincial
/// answers (`testdata/real/unseen22/SOURCES.md`), labelled before any run, measured before
/// and after the round: 0.3900 as first labelled, 0.4400 with 26 leads put to the documented
/// convention, and 0.9100 after (`MEASURED_*.txt`). Its misses were read and fixed by kind in
/// that round (it is spent); this guards that figure.
#[test]
fn unseen22_floor() {
    task_list_floor("unseen22", 13, 0.89);
}

/// The unseen23 task-list set (twenty-third round: 24 short lists, 56 tasks — district,
/// commune, ward and Party committees' orders told as news, conclusion notices; from the
/// pages corpus, `testdata/real/unseen23/SOURCES.md`), labelled before any run, measured
/// before and after the round: 0.5357 as first labelled, 0.5893 with three leads put to the
/// convention, and 0.7143 after (`MEASURED_*.txt`). Its misses were read and fixed by kind in
/// that round (it is spent); this guards that figure.
#[test]
fn unseen23_floor() {
    task_list_floor("unseen23", 24, 0.70);
}
