//! A learned second decision (issue 15, twelfth round): does this sentence of prose give a
//! task to someone? The rules read an order verb and a unit and make a task; on news pages
//! they also make one of a headline or teaser restating the body, a story sentence, or work
//! told as done, and those extras cost as much as a miss. An averaged perceptron trained on
//! the spent sets' tasks (the engine's tasks there, each matched to a labelled task or not,
//! `task_train.tsv`, written by `cargo test -p dondoc-vntext --test task_model -- --ignored
//! write_training_data`) scores each task the rules make from prose; a task scoring below
//! −margin is dropped. It never adds a task. Trained at first use from the committed data:
//! no weights file, nothing downloaded, deterministic (fixed order, fixed passes).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

use super::TaskDraft;
use crate::text::fold;

const TRAINING_DATA: &str = include_str!("task_train.tsv");
const PASSES: usize = 20;

/// What the decision sees of one task the rules made: its sentence, whether the rules found
/// a lead and a deadline, and where it stands in the passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub title: String,
    pub lead: Option<String>,
    pub has_due: bool,
    /// Its place among the passage's tasks, and how many there are.
    pub index: usize,
    pub count: usize,
    /// Which non-empty line of the passage the sentence starts on (headlines and teasers
    /// open a page), if it was found.
    pub line: Option<usize>,
}

/// One training example: an input and whether it was a labelled task.
#[derive(Debug, Clone)]
pub struct Example {
    pub set: String,
    pub task: bool,
    pub input: Input,
}

impl Example {
    /// The example as a line of `task_train.tsv`.
    pub fn to_line(&self) -> String {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            self.set,
            u8::from(self.task),
            self.input.index,
            self.input.count,
            self.input.line.map_or("-".to_string(), |l| l.to_string()),
            u8::from(self.input.has_due),
            clean(self.input.lead.as_deref().unwrap_or("")),
            clean(&self.input.title)
        )
    }
}

/// Reads `task_train.tsv` (lines written by [`Example::to_line`]).
pub fn parse_examples(tsv: &str) -> Vec<Example> {
    tsv.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let [set, task, index, count, line, due, lead, title] = f[..] else {
                return None;
            };
            Some(Example {
                set: set.to_string(),
                task: task == "1",
                input: Input {
                    title: title.to_string(),
                    lead: (!lead.is_empty()).then(|| lead.to_string()),
                    has_due: due == "1",
                    index: index.parse().ok()?,
                    count: count.parse().ok()?,
                    line: line.parse().ok(),
                },
            })
        })
        .collect()
}

/// Words written with their tones that tell how a sentence stands to its work: told as done
/// ("đã", "vừa"), as the future or the speaker's own ("sẽ"), as the story ("Trước đó",
/// "Cùng ngày"), as the content of an order ("Theo đó", "Đồng thời"). Folding would merge
/// "đã" with "đa", "sẽ" with "se".
const MARKERS: &[&str] = &[
    "đã",
    "sẽ",
    "vừa",
    "đang",
    "được",
    "cần",
    "phải",
    "có trách nhiệm",
    "yêu cầu",
    "đề nghị",
    "giao",
    "chỉ đạo",
    "trước đó",
    "cùng ngày",
    "theo đó",
    "đồng thời",
    "cho biết",
    "nhấn mạnh",
    "mong",
    "tiếp tục",
    "bên cạnh đó",
    "trong đó",
];

/// The features of an input, as strings (hashed by the model).
fn features(x: &Input) -> Vec<String> {
    let folded = fold(&x.title);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut f = vec!["bias".to_string()];
    for (k, w) in words.iter().enumerate() {
        f.push(format!("w:{w}"));
        if let Some(n) = words.get(k + 1) {
            f.push(format!("b:{w}_{n}"));
        }
        if k < 3 {
            f.push(format!("f{k}:{w}"));
        }
    }
    let lower = format!(" {} ", x.title.to_lowercase());
    for m in MARKERS {
        if lower.contains(&format!(" {m} ")) || lower.contains(&format!(" {m},")) {
            f.push(format!("m:{m}"));
        }
    }
    if x.title.contains(['“', '”', '"']) {
        f.push("quote".into());
    }
    if x.title.trim_end().ends_with(':') {
        f.push("colon_end".into());
    }
    f.push(match &x.lead {
        None => "lead:none".into(),
        Some(l) if folded.starts_with(&fold(l)) => "lead:opens".into(),
        Some(_) => "lead:inside".into(),
    });
    f.push(format!("due:{}", x.has_due));
    f.push(format!("len:{}", (words.len() / 8).min(6)));
    f.push(match x.index {
        0 => "i:first".into(),
        i if i + 1 == x.count => "i:last".into(),
        _ => "i:mid".into(),
    });
    f.push(format!("n:{}", x.count.min(6)));
    f.push(match x.line {
        None => "line:?".into(),
        Some(l) => format!("line:{}", l.min(3)),
    });
    f
}

fn hash(s: &str) -> u64 {
    // FNV-1a: stable across runs and platforms (the model must train the same everywhere).
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// An averaged perceptron over hashed features.
#[derive(Debug, Clone, Default)]
pub struct TaskModel {
    weights: HashMap<u64, f32>,
}

/// Trains on `examples` in their order, `PASSES` times; the averaged weights are kept.
pub fn train(examples: &[Example]) -> TaskModel {
    let feats: Vec<Vec<u64>> = examples
        .iter()
        .map(|e| features(&e.input).iter().map(|s| hash(s)).collect())
        .collect();
    let mut w: HashMap<u64, f32> = HashMap::new();
    let mut total: HashMap<u64, f32> = HashMap::new();
    let mut stamp: HashMap<u64, usize> = HashMap::new();
    let mut step = 0usize;
    for _ in 0..PASSES {
        for (e, fs) in examples.iter().zip(&feats) {
            step += 1;
            let score: f32 = fs.iter().map(|f| w.get(f).copied().unwrap_or(0.0)).sum();
            let y = if e.task { 1.0 } else { -1.0 };
            if y * score <= 0.0 {
                for f in fs {
                    // Lazy averaging: add the weight's value for the steps it stood unchanged.
                    let cur = w.get(f).copied().unwrap_or(0.0);
                    let since = stamp.get(f).copied().unwrap_or(0);
                    *total.entry(*f).or_default() += cur * (step - since) as f32;
                    stamp.insert(*f, step);
                    *w.entry(*f).or_default() += y;
                }
            }
        }
    }
    let weights = w
        .iter()
        .map(|(f, cur)| {
            let since = stamp.get(f).copied().unwrap_or(0);
            let sum = total.get(f).copied().unwrap_or(0.0) + cur * (step - since) as f32;
            (*f, sum / step.max(1) as f32)
        })
        .collect();
    TaskModel { weights }
}

impl TaskModel {
    /// Above zero: a task; below: not one.
    pub fn score(&self, x: &Input) -> f32 {
        features(x)
            .iter()
            .map(|s| self.weights.get(&hash(s)).copied().unwrap_or(0.0))
            .sum()
    }
}

fn trained() -> &'static TaskModel {
    static MODEL: OnceLock<TaskModel> = OnceLock::new();
    MODEL.get_or_init(|| train(&parse_examples(TRAINING_DATA)))
}

/// The margin the engine uses: `None` leaves every task the rules make (the decision off).
/// Chosen by the twelfth round's pre-registered rule (docs/vntext-rounds.md).
pub const ENGINE_MARGIN: Option<f32> = None;

type Setting = (Option<Rc<TaskModel>>, Option<f32>);

thread_local! {
    static OVERRIDE: RefCell<Option<Setting>> = const { RefCell::new(None) };
    static RECORD: RefCell<Option<Vec<Input>>> = const { RefCell::new(None) };
}

/// Runs `f` with another model and margin on this thread (cross-validation trains a model
/// without the set it measures; `None` margin: the decision off).
pub fn with_setting<R>(model: Option<Rc<TaskModel>>, margin: Option<f32>, f: impl FnOnce() -> R) -> R {
    let before = OVERRIDE.with(|o| o.replace(Some((model, margin))));
    let out = f();
    OVERRIDE.with(|o| *o.borrow_mut() = before);
    out
}

/// Runs `f` with the decision off and returns the inputs of the prose tasks it made, in the
/// order of the plan's tasks (empty for a structured plan): the training data's source.
pub fn record<R>(f: impl FnOnce() -> R) -> (R, Vec<Input>) {
    RECORD.with(|r| *r.borrow_mut() = Some(Vec::new()));
    let out = with_setting(None, None, f);
    let inputs = RECORD.with(|r| r.borrow_mut().take()).unwrap_or_default();
    (out, inputs)
}

/// The inputs of `tasks`, made from the prose `lines`.
fn inputs(tasks: &[TaskDraft], lines: &[&str]) -> Vec<Input> {
    let nonempty: Vec<&str> = lines.iter().copied().filter(|l| !l.trim().is_empty()).collect();
    tasks
        .iter()
        .enumerate()
        .map(|(index, t)| {
            // The sentence's opening words locate it (titles keep the page's text).
            let probe: String = t.title.chars().take(24).collect();
            let line = nonempty.iter().position(|l| l.contains(probe.trim()));
            Input {
                title: t.title.clone(),
                lead: t.lead.clone(),
                has_due: t.deadline.is_some(),
                index,
                count: tasks.len(),
                line,
            }
        })
        .collect()
}

/// The prose tasks the engine keeps: those the decision does not reject.
pub(super) fn filter(tasks: Vec<TaskDraft>, lines: &[&str]) -> Vec<TaskDraft> {
    let recording = RECORD.with(|r| r.borrow().is_some());
    let (model, margin) = OVERRIDE.with(|o| o.borrow().clone()).unwrap_or((None, ENGINE_MARGIN));
    if !recording && margin.is_none() {
        return tasks;
    }
    let xs = inputs(&tasks, lines);
    if recording {
        RECORD.with(|r| r.borrow_mut().as_mut().map(|v| v.extend(xs.iter().cloned())));
        return tasks;
    }
    let Some(margin) = margin else { return tasks };
    let model: &TaskModel = match &model {
        Some(m) => m,
        None => trained(),
    };
    tasks
        .into_iter()
        .zip(xs)
        .filter(|(_, x)| model.score(x) >= -margin)
        .map(|(t, _)| t)
        .collect()
}
