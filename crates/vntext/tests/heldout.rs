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
use measure::deadline_answer;
mod sets;
use sets::{read, references};

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
/// conventions; 0.7987 (123) after (in sample); 0.8117 (125) after the twenty-fifth round's rules.
#[test]
fn unseen23d_deadlines() {
    deadline_floor("unseen23d", 0.81);
}

/// Twenty-fourth round: weighted toward plans' and notices' shapes (day-month read against the
/// issue date, ranges, month/quarter/year targets, yearly and monthly regimes, counts from events,
/// cited vs set in one report); 48 set, 55 cited of 103 (the round asked for at least 100).
/// 0.6990 (72 of 103) before the round's rules, 0.9223 (95) after (in sample).
#[test]
fn unseen24d_deadlines() {
    deadline_floor_of("unseen24d", 0.92, 100);
}

/// Twenty-fifth round: official letters', plans' and calendars' timetables (school years, the
/// 2026 call-up and election, admissions, consultations), day-month read against the issue date,
/// quarter/half/year targets, periodic regimes, counts from events, cited vs set in one report;
/// 58 set, 56 cited of 114. 0.7982 (91 of 114) before the round's rules, 0.9298 (106) after (in
/// sample).
#[test]
fn unseen25d_deadlines() {
    deadline_floor_of("unseen25d", 0.92, 100);
}

/// Twenty-sixth round: phrases from 18 whole documents (conclusion notices, official letters,
/// an urgent dispatch, provincial plans and decisions with their tables, two central Party
/// commissions' texts, a Government plan), each read against its document's own date; 50 set, 19
/// periodic, 12 ongoing, 23 cited of 104. 0.8750 (91 of 104) before the round's rules, 0.9519
/// (99) after (in sample).
#[test]
fn unseen26d_deadlines() {
    deadline_floor_of("unseen26d", 0.95, 100);
}

/// Twenty-seventh round: phrases from 21 whole documents (provincial plans with their tables, a
/// budget plan, a flood-relief plan, a department's letter to the wards, a land-procedure
/// regulation, a Party guide, conclusion notices, a national plan's tables, telegrams), each
/// read against its document's own date; 40 set, 20 periodic, 23 ongoing, 40 cited of 123.
/// 0.7480 (92 of 123) before the round's rules, 0.9512 (117) after (in sample).
#[test]
fn unseen27d_deadlines() {
    deadline_floor_of("unseen27d", 0.95, 100);
}

/// Twenty-eighth round: phrases from 50 local pages (district, commune, ward and Party-committee
/// news, notices and plans), each read against its page's date; 34 set, 8 periodic or ongoing, 67
/// cited of 109. 0.6697 (73 of 109) before the round's rules, 0.8807 (96) after (in sample).
#[test]
fn unseen28d_deadlines() {
    deadline_floor_of("unseen28d", 0.88, 100);
}

/// Twenty-ninth round: timetables, letters with reply dates, report regimes, lunar and
/// event-relative times and cited dates from 51 local pages and 11 whole 2025 documents, each
/// read against its page's or document's date; 50 set, 17 periodic or ongoing, 54 cited of 121
/// (three labels brought to round 23's convention after the first run). 0.7521 (91 of 121) before
/// the round's rules as first labelled, 0.7769 (94) on the relabelled set; 0.9339 (113) after (in
/// sample).
#[test]
fn unseen29d_deadlines() {
    deadline_floor_of("unseen29d", 0.93, 100);
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

/// A fresh deadline set (rounds 14–18): at least 150 phrases from public pages new to the
/// repository, labelled by hand before any run, measured before and after its round
/// (`testdata/real/<set>/MEASURED_*.txt`, `docs/vntext-rounds.md`), then spent. Scored as
/// `measure_cli.py` scores deadlines: the due date, the recurrence's code or `err` equals the
/// label. The floor sits just below the figure after the round.
fn deadline_floor(set: &str, floor: f64) {
    deadline_floor_of(set, floor, 150);
}

/// As `deadline_floor`, for a set whose round asked for fewer phrases (`min`).
fn deadline_floor_of(set: &str, floor: f64, min: usize) {
    let (accuracy, total) = deadlines(set, "test");
    assert!(total >= min, "[{set}] set too small: {total}");
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
/// round's rules; 0.9747 (154) after the twenty-fourth round's.
#[test]
fn unseen17d_deadlines() {
    deadline_floor("unseen17d", 0.97);
}

/// Eighteenth round: 0.8377 before, 0.9675 after (149 of 154); 0.9740 (150) since the
/// twenty-first round (a state before a day: "được công nhận … trước 15-10-1993").
/// Twenty-second round: 0.7403 (114 of 154) after thirty-seven narrated acts were relabelled cited,
/// 0.8506 (131) after that round's rules; 0.9286 (143) after the twenty-third round's rules;
/// 0.9351 (144) after the twenty-fifth round's.
#[test]
fn unseen18d_deadlines() {
    deadline_floor("unseen18d", 0.93);
}

/// Nineteenth round: 0.7727 before, 0.8182 after (126 of 154); 0.8506 (131) since the twentieth
/// round (dates cited, not set), 0.8571 (132) since the twenty-first (a count from an event).
/// Twenty-second round: 0.8117 (125 of 154) after eight narrated acts were relabelled cited,
/// 0.8377 (129) after that round's rules; 0.8442 (130) after the twenty-fourth round's; 0.8571
/// (132) after the twenty-fifth round's.
#[test]
fn unseen19d_deadlines() {
    deadline_floor("unseen19d", 0.85);
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

/// The unseen24 task-list set (twenty-fourth round: 31 short lists, 60 tasks — district,
/// commune and ward letters, plans and meeting conclusions, a ward Party committee, a
/// residential Party cell; from the pages corpus, `testdata/real/unseen24/SOURCES.md`),
/// labelled before any run, measured before and after the round: 0.5000 as first labelled,
/// 0.5167 with two leads put to the colon-list convention, and 0.7833 after (`MEASURED_*.txt`).
/// Its misses were read and fixed by kind in that round (it is spent); this guards that figure.
#[test]
fn unseen24_floor() {
    task_list_floor("unseen24", 31, 0.78);
}

/// The unseen25 task-list set (twenty-fifth round: 30 short lists, 61 tasks — district, town,
/// commune and ward letters, notices and meetings, district and ward Party committees, cities'
/// and provinces' orders; from the pages corpus, `testdata/real/unseen25/SOURCES.md`),
/// labelled before any run and measured before and after the round: 0.5082 (31 of 61) before,
/// 0.6721 after (`MEASURED_*.txt`). Its misses were read and fixed by kind in that round (it
/// is spent); this guards that figure.
#[test]
fn unseen25_floor() {
    task_list_floor("unseen25", 30, 0.67);
}

/// The unseen26 task-list set (twenty-sixth round: 10 whole documents' assignment parts, 86
/// tasks — a province's appendix table in its converted one-cell-a-line form, plans'
/// implementation sections, city letters, Government Office notices, a ministry's telegram,
/// Party conclusions; from `tnt305/tai_lieu_noi_bo`, `testdata/real/unseen26/SOURCES.md`),
/// labelled before any run and measured before and after the round: 0.4767 (41 of 86, 21
/// extra) before, 0.7442 (64 of 86, 16 extra) after (`MEASURED_*.txt`). Its misses were read
/// and fixed by kind in that round (it is spent); this guards that figure.
#[test]
fn unseen26_floor() {
    task_list_floor("unseen26", 10, 0.74);
}

/// The unseen27 task-list set (twenty-seventh round: 10 whole documents' assignment parts, 125
/// tasks — provinces' and cities' implementation sections, a plan's field form, a directive, a
/// province's appendix table in its one-cell-a-line form, Government Office notices; from
/// `tnt305/tai_lieu_noi_bo`, `testdata/real/unseen27/SOURCES.md`), labelled before any run and
/// measured before and after the round: 0.7200 (90 of 125, 13 extra) before (0.7280 with one
/// label put to convention), 0.9360 (117 of 125, 5 extra) after (`MEASURED_*.txt`). Its misses
/// were read and fixed by kind in that round (it is spent); this guards that figure.
#[test]
fn unseen27_floor() {
    task_list_floor("unseen27", 10, 0.93);
}

/// The unseen28 task-list set (twenty-eighth round: a city's directive to its wards and
/// communes, a district's directive, letter and plan notice, two district Party plans as
/// newspapers report them, a commune's tasks, Government Office notices and a telegram; 10
/// lists, 69 tasks; `testdata/real/unseen28/SOURCES.md`), labelled before any run and measured
/// before and after the round: 0.4928 (34 of 69, 20 extra) before (0.5217 with three leads put
/// to convention), 0.7246 (50 of 69, 18 extra) after (`MEASURED_*.txt`). Its misses were read
/// and fixed by kind in that round (it is spent); this guards that figure.
#[test]
fn unseen28_floor() {
    task_list_floor("unseen28", 10, 0.72);
}

/// The unseen29 task-list set (twenty-ninth round: the Prime Minister's plans in decisions in
/// the field form, telegrams and a scheme's implementation section, the Government's
/// resolution, Đắk Lắk's directive, Sơn La's and TP HCM's plans with communes and wards as
/// addressees, a ministry's letter, a Politburo conclusion; 10 lists, 146 tasks;
/// `testdata/real/unseen29/SOURCES.md`), labelled before any run and measured before the
/// round's rules: 0.5342 (78 of 146, 28 extra) (`MEASURED_BEFORE.txt`), and after them 0.8699
/// (127 of 146, 20 extra; `MEASURED_AFTER.txt`). Its misses were read and fixed by kind in that
/// round (it is spent); this guards that figure.
#[test]
fn unseen29_floor() {
    task_list_floor("unseen29", 10, 0.86);
}
